//! The five classes of status codes (RFC 9110 Section 15).

use core::fmt;

/// The class of a status code, given by its first digit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StatusClass {
    /// 1xx: the request was received and processing continues.
    Informational,
    /// 2xx: the request was received, understood and accepted.
    Success,
    /// 3xx: the client must take further action to complete the request.
    Redirection,
    /// 4xx: the request has an error or cannot be fulfilled.
    ClientError,
    /// 5xx: the server failed to fulfil an apparently valid request.
    ServerError,
}

impl StatusClass {
    /// Every class, from 1xx to 5xx.
    pub const ALL: &'static [StatusClass] = &[
        StatusClass::Informational,
        StatusClass::Success,
        StatusClass::Redirection,
        StatusClass::ClientError,
        StatusClass::ServerError,
    ];

    /// The class of any three-digit `code` from 100 to 599, known or not.
    pub const fn of(code: u16) -> Option<StatusClass> {
        match code {
            100..=199 => Some(StatusClass::Informational),
            200..=299 => Some(StatusClass::Success),
            300..=399 => Some(StatusClass::Redirection),
            400..=499 => Some(StatusClass::ClientError),
            500..=599 => Some(StatusClass::ServerError),
            _ => None,
        }
    }

    /// The first digit shared by the class's codes, e.g. `2` for 2xx.
    pub const fn digit(self) -> u8 {
        match self {
            StatusClass::Informational => 1,
            StatusClass::Success => 2,
            StatusClass::Redirection => 3,
            StatusClass::ClientError => 4,
            StatusClass::ServerError => 5,
        }
    }

    /// The class's name in RFC 9110, e.g. `Successful`.
    pub const fn name(self) -> &'static str {
        match self {
            StatusClass::Informational => "Informational",
            StatusClass::Success => "Successful",
            StatusClass::Redirection => "Redirection",
            StatusClass::ClientError => "Client Error",
            StatusClass::ServerError => "Server Error",
        }
    }
}

/// Formats as `2xx Successful`.
impl fmt::Display for StatusClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}xx {}", self.digit(), self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_follow_the_first_digit() {
        assert_eq!(StatusClass::of(99), None);
        assert_eq!(StatusClass::of(100), Some(StatusClass::Informational));
        assert_eq!(StatusClass::of(299), Some(StatusClass::Success));
        assert_eq!(StatusClass::of(599), Some(StatusClass::ServerError));
        assert_eq!(StatusClass::of(600), None);
        for class in StatusClass::ALL {
            let code = u16::from(class.digit()) * 100;
            assert_eq!(StatusClass::of(code), Some(*class));
        }
    }
}
