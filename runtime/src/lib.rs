//! Every HTTP status code as a first-class, documented value.
//!
//! [`StatusCode`] has one variant per code, generated at compile time from
//! this crate's content files: each variant's docs explain what the code
//! means, what senders and recipients must do, where it is specified, and
//! what other frameworks call it. [`http_status!`] turns the number you know
//! into the typed variant, checked at compile time.
//!
//! ```
//! use httpstatuses::{http_status, Framework, StatusClass, StatusCode};
//!
//! let status = http_status!(204);
//! assert_eq!(status, StatusCode::NoContent);
//! assert_eq!(status.code(), 204);
//! assert_eq!(status.title(), "No Content");
//! assert_eq!(status.to_string(), "204 No Content");
//! assert_eq!(status.class(), StatusClass::Success);
//! assert_eq!(status.go_constant(), Some("http.StatusNoContent"));
//! assert_eq!(StatusCode::from_reference(Framework::Rails, ":no_content"), Some(status));
//! assert_eq!(StatusCode::from_code(299), None);
//! assert_eq!("no content".parse::<StatusCode>(), Ok(StatusCode::NoContent));
//! ```
//!
//! For codes read from the wire, [`Status`] keeps unknown codes (100 to
//! 999) instead of losing them.
//!
//! The crate is `no_std` and has no runtime dependencies.

#![no_std]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod class;
mod framework;
mod parse;
mod status;
mod status_code;

pub use class::StatusClass;
pub use parse::{ErrorKind, ParseStatusError};
pub use status::{InvalidStatusCode, Status, UnknownStatus};
pub use status_code::UnknownStatusCode;

// Generates `StatusCode`, the per-class enums, `Classified`, `Framework` and
// the `http_status!` macro from the content embedded in the macro crate.
httpstatuses_macros::status_api!();

/// Not public API: paths that generated code and `http_status!` rely on.
#[doc(hidden)]
pub mod __private {
    pub use httpstatuses_macros::http_status_impl;
}

// The README's examples are compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeDoctests;
