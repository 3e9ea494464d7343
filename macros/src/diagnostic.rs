//! Problems found in content files, located by file, line and column.

use proc_macro2::Span;
use std::fmt;

/// One problem in one content file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Path as shown to the user, e.g. `content/204.md`.
    pub file: String,
    /// 1-based line, if the problem has a place in the file.
    pub line: Option<usize>,
    /// 1-based column, where it makes sense.
    pub column: Option<usize>,
    pub message: String,
}

impl Diagnostic {
    pub fn new(file: &str, line: Option<usize>, message: impl Into<String>) -> Self {
        Diagnostic {
            file: file.to_owned(),
            line,
            column: None,
            message: message.into(),
        }
    }

    pub fn at(file: &str, line: usize, column: usize, message: impl Into<String>) -> Self {
        Diagnostic {
            file: file.to_owned(),
            line: Some(line),
            column: Some(column),
            message: message.into(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        write!(f, ": {}", self.message)
    }
}

/// Turns all diagnostics into one `syn::Error` at `span`, one message each,
/// so the compiler prints every problem of the build at once.
pub fn into_error(diagnostics: &[Diagnostic], span: Span) -> Option<syn::Error> {
    diagnostics
        .iter()
        .map(|diagnostic| syn::Error::new(span, diagnostic))
        .reduce(|mut all, next| {
            all.combine(next);
            all
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_includes_available_location_parts() {
        let full = Diagnostic::at("content/204.md", 3, 7, "bad");
        assert_eq!(full.to_string(), "content/204.md:3:7: bad");
        let line_only = Diagnostic::new("content/204.md", Some(3), "bad");
        assert_eq!(line_only.to_string(), "content/204.md:3: bad");
        let file_only = Diagnostic::new("content/204.md", None, "bad");
        assert_eq!(file_only.to_string(), "content/204.md: bad");
    }
}
