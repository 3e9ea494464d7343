//! `Status`: any status code a peer can send, known to this crate or not.

use crate::{StatusClass, StatusCode};
use core::fmt;

/// Any three-digit status code from 100 to 999, so that parsing a response
/// never loses the number: a [`StatusCode`] this crate knows, or the
/// number of one it does not.
///
/// ```
/// use httpstatuses::{Status, StatusClass, StatusCode};
///
/// let known = Status::from_code(204).unwrap();
/// assert_eq!(known.known(), Some(StatusCode::NoContent));
///
/// let unknown = Status::from_code(299).unwrap();
/// assert_eq!(unknown.known(), None);
/// assert_eq!(unknown.code(), 299);
/// assert_eq!(unknown.class(), Some(StatusClass::Success));
/// assert_eq!(unknown.to_string(), "299");
///
/// assert_eq!(Status::from_code(99), None);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// A code this crate knows.
    Known(StatusCode),
    /// A code from 100 to 999 that this crate does not know.
    Unknown(UnknownStatus),
}

/// A status code from 100 to 999 that is not a [`StatusCode`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UnknownStatus(u16);

impl UnknownStatus {
    /// The number, from 100 to 999.
    pub const fn code(self) -> u16 {
        self.0
    }
}

/// The error of `Status::try_from(u16)`: not three digits from 100 to 999.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct InvalidStatusCode(pub u16);

impl fmt::Display for InvalidStatusCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} is not an HTTP status code: status codes are three digits, 100 to 999",
            self.0
        )
    }
}

impl core::error::Error for InvalidStatusCode {}

impl Status {
    /// The status for `code`; `None` unless it has three digits (100 to 999).
    pub const fn from_code(code: u16) -> Option<Status> {
        match StatusCode::from_code(code) {
            Some(known) => Some(Status::Known(known)),
            None if code >= 100 && code <= 999 => Some(Status::Unknown(UnknownStatus(code))),
            None => None,
        }
    }

    /// The number.
    pub const fn code(self) -> u16 {
        match self {
            Status::Known(known) => known.code(),
            Status::Unknown(unknown) => unknown.0,
        }
    }

    /// The known status code, if this is one.
    pub const fn known(self) -> Option<StatusCode> {
        match self {
            Status::Known(known) => Some(known),
            Status::Unknown(_) => None,
        }
    }

    /// The class, from the first digit; `None` for 600 to 999, which RFC
    /// 9110 gives no class.
    pub const fn class(self) -> Option<StatusClass> {
        StatusClass::of(self.code())
    }

    /// The reason phrase of a known code.
    pub const fn title(self) -> Option<&'static str> {
        match self {
            Status::Known(known) => Some(known.title()),
            Status::Unknown(_) => None,
        }
    }
}

/// Known codes as `204 No Content`, unknown ones as the number alone.
impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Status::Known(known) => known.fmt(f),
            Status::Unknown(unknown) => write!(f, "{}", unknown.0),
        }
    }
}

impl From<StatusCode> for Status {
    fn from(known: StatusCode) -> Status {
        Status::Known(known)
    }
}

impl From<Status> for u16 {
    fn from(status: Status) -> u16 {
        status.code()
    }
}

impl TryFrom<u16> for Status {
    type Error = InvalidStatusCode;

    fn try_from(code: u16) -> Result<Status, InvalidStatusCode> {
        Status::from_code(code).ok_or(InvalidStatusCode(code))
    }
}

impl TryFrom<Status> for StatusCode {
    type Error = UnknownStatus;

    /// The known code, or the unknown one back as the error.
    fn try_from(status: Status) -> Result<StatusCode, UnknownStatus> {
        match status {
            Status::Known(known) => Ok(known),
            Status::Unknown(unknown) => Err(unknown),
        }
    }
}

impl fmt::Display for UnknownStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (a status code this crate does not know)", self.0)
    }
}

impl core::error::Error for UnknownStatus {}
