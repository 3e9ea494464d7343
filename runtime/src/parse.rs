//! Parsing status codes from text: `"204"`, `"204 No Content"`, `"No Content"`.

use crate::{Status, StatusCode};
use core::fmt;
use core::str::FromStr;

/// Why a string is not a status; [`Display`](fmt::Display) quotes the input.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ParseStatusError {
    kind: ErrorKind,
    input: Excerpt,
}

/// What was wrong with the input of a failed parse.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input was empty or only whitespace.
    Empty,
    /// A number that is not a known status code (for [`StatusCode`]) or not
    /// three digits from 100 to 999 (for [`Status`]).
    UnknownCode,
    /// A known code followed by a reason phrase that is not that code's.
    PhraseMismatch(StatusCode),
    /// Neither a code nor a known reason phrase.
    Unrecognized,
}

impl ParseStatusError {
    fn new(kind: ErrorKind, input: &str) -> ParseStatusError {
        ParseStatusError {
            kind,
            input: Excerpt::new(input),
        }
    }

    /// What was wrong.
    pub const fn kind(&self) -> ErrorKind {
        self.kind
    }
}

impl fmt::Display for ParseStatusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let input = &self.input;
        match self.kind {
            ErrorKind::Empty => f.write_str("cannot parse an empty string as an HTTP status"),
            ErrorKind::UnknownCode => write!(f, "`{input}` is not a known HTTP status code"),
            ErrorKind::PhraseMismatch(status) => write!(
                f,
                "`{input}` does not match: the reason phrase of {} is `{}`",
                status.code(),
                status.title()
            ),
            ErrorKind::Unrecognized => write!(
                f,
                "`{input}` is not an HTTP status: expected a code (`204`), a code and \
                 reason phrase (`204 No Content`) or a reason phrase (`No Content`)"
            ),
        }
    }
}

impl core::error::Error for ParseStatusError {}

/// The start of the input, kept inline so that errors need no allocation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct Excerpt {
    bytes: [u8; Excerpt::CAPACITY],
    len: u8,
    truncated: bool,
}

impl Excerpt {
    const CAPACITY: usize = 48;

    fn new(input: &str) -> Excerpt {
        let mut len = input.len().min(Excerpt::CAPACITY);
        while !input.is_char_boundary(len) {
            len -= 1;
        }
        let mut bytes = [0; Excerpt::CAPACITY];
        bytes[..len].copy_from_slice(&input.as_bytes()[..len]);
        Excerpt {
            bytes,
            len: len as u8,
            truncated: len < input.len(),
        }
    }
}

impl fmt::Display for Excerpt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = core::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or_default();
        f.write_str(text)?;
        if self.truncated {
            f.write_str("…")?;
        }
        Ok(())
    }
}

/// The shape of a status text, shared by both `FromStr` impls.
enum Shape<'a> {
    /// Three digits, then the end or a space and an optional phrase.
    Code(u16, Option<&'a str>),
    /// Something else; a reason phrase, if anything.
    Phrase(&'a str),
}

/// Trims `input` and tells a code (with or without phrase) from a phrase;
/// errors for empty input and for digits that are not a three-digit code.
fn shape(input: &str) -> Result<Shape<'_>, ParseStatusError> {
    let text = input.trim();
    let bytes = text.as_bytes();
    if bytes.is_empty() {
        return Err(ParseStatusError::new(ErrorKind::Empty, input));
    }
    if bytes.len() >= 3 && bytes[..3].iter().all(u8::is_ascii_digit) {
        let code = bytes[..3]
            .iter()
            .fold(0u16, |code, digit| code * 10 + u16::from(digit - b'0'));
        match bytes.get(3) {
            None => return Ok(Shape::Code(code, None)),
            Some(b' ') => return Ok(Shape::Code(code, Some(text[4..].trim_start()))),
            Some(_) => {}
        }
    }
    if bytes.iter().all(u8::is_ascii_digit) {
        return Err(ParseStatusError::new(ErrorKind::UnknownCode, input));
    }
    Ok(Shape::Phrase(text))
}

/// Parses `"204"`, `"204 No Content"` or `"No Content"`; reason phrases
/// are compared ignoring ASCII case, and surrounding whitespace is ignored.
impl FromStr for StatusCode {
    type Err = ParseStatusError;

    fn from_str(input: &str) -> Result<StatusCode, ParseStatusError> {
        match shape(input)? {
            Shape::Code(code, phrase) => {
                let status = StatusCode::from_code(code)
                    .ok_or_else(|| ParseStatusError::new(ErrorKind::UnknownCode, input))?;
                match phrase {
                    Some(phrase) if !status.title().eq_ignore_ascii_case(phrase) => Err(
                        ParseStatusError::new(ErrorKind::PhraseMismatch(status), input),
                    ),
                    _ => Ok(status),
                }
            }
            Shape::Phrase(phrase) => StatusCode::from_title(phrase)
                .ok_or_else(|| ParseStatusError::new(ErrorKind::Unrecognized, input)),
        }
    }
}

/// Parses a status as a peer may send it: three digits from 100 to 999,
/// optionally followed by any reason phrase (ignored, as RFC 9112 Section
/// 4 tells recipients to do), or a known reason phrase alone.
impl FromStr for Status {
    type Err = ParseStatusError;

    fn from_str(input: &str) -> Result<Status, ParseStatusError> {
        match shape(input)? {
            Shape::Code(code, _phrase) => Status::from_code(code)
                .ok_or_else(|| ParseStatusError::new(ErrorKind::UnknownCode, input)),
            Shape::Phrase(phrase) => StatusCode::from_title(phrase)
                .map(Status::Known)
                .ok_or_else(|| ParseStatusError::new(ErrorKind::Unrecognized, input)),
        }
    }
}
