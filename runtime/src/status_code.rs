//! Hand-written methods and trait impls for the generated `StatusCode`.

use crate::{StatusClass, StatusCode};
use core::fmt;

impl StatusCode {
    /// `true` for 1xx codes.
    pub const fn is_informational(self) -> bool {
        matches!(self.class(), StatusClass::Informational)
    }

    /// `true` for 2xx codes.
    pub const fn is_success(self) -> bool {
        matches!(self.class(), StatusClass::Success)
    }

    /// `true` for 3xx codes.
    pub const fn is_redirection(self) -> bool {
        matches!(self.class(), StatusClass::Redirection)
    }

    /// `true` for 4xx codes.
    pub const fn is_client_error(self) -> bool {
        matches!(self.class(), StatusClass::ClientError)
    }

    /// `true` for 5xx codes.
    pub const fn is_server_error(self) -> bool {
        matches!(self.class(), StatusClass::ServerError)
    }
}

/// Formats as a status line would: `204 No Content`.
impl fmt::Display for StatusCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.code(), self.title())
    }
}

impl From<StatusCode> for u16 {
    fn from(status: StatusCode) -> u16 {
        status.code()
    }
}

/// The error of `StatusCode::try_from(u16)`: the code is not one this crate knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct UnknownStatusCode(pub u16);

impl fmt::Display for UnknownStatusCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown HTTP status code {}", self.0)
    }
}

impl core::error::Error for UnknownStatusCode {}

impl TryFrom<u16> for StatusCode {
    type Error = UnknownStatusCode;

    fn try_from(code: u16) -> Result<StatusCode, UnknownStatusCode> {
        StatusCode::from_code(code).ok_or(UnknownStatusCode(code))
    }
}
