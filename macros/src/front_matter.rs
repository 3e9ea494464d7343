//! Splits a content file into its YAML front matter and Markdown body, and
//! finds the line of a front-matter key for error messages.

/// A content file cut at its front-matter fences.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Document<'a> {
    /// The YAML between the `---` fences.
    pub front_matter: &'a str,
    /// 1-based file line of the front matter's first line.
    pub front_matter_line: usize,
    /// Everything after the closing fence.
    pub body: &'a str,
    /// 1-based file line of the body's first line.
    pub body_line: usize,
}

/// Splits `text` (already LF-normalised) at its `---` fences. On failure,
/// returns the 1-based line and a message.
pub fn split(text: &str) -> Result<Document<'_>, (usize, String)> {
    let mut lines = text.split_inclusive('\n');
    match lines.next() {
        Some(first) if is_fence(first) => {}
        _ => {
            return Err((
                1,
                "expected the file to start with a `---` line opening the YAML front matter"
                    .to_owned(),
            ))
        }
    }
    let start = text.find('\n').map_or(text.len(), |newline| newline + 1);
    let mut offset = start;
    for (index, line) in lines.enumerate() {
        if is_fence(line) {
            return Ok(Document {
                front_matter: &text[start..offset],
                front_matter_line: 2,
                body: &text[offset + line.len()..],
                body_line: index + 3,
            });
        }
        offset += line.len();
    }
    Err((
        1,
        "the front matter opened on this line is never closed: expected a line `---` after it"
            .to_owned(),
    ))
}

fn is_fence(line: &str) -> bool {
    line.trim_end() == "---"
}

/// The 1-based file line on which `key` is defined, searching only lines
/// indented by `indent` (0 for top-level keys). Keys may be quoted.
pub fn key_line(document: &Document<'_>, key: &str, indented: bool) -> Option<usize> {
    document
        .front_matter
        .lines()
        .position(|line| {
            let trimmed = line.trim_start();
            let is_indented = trimmed.len() != line.len();
            is_indented == indented && defines_key(trimmed, key)
        })
        .map(|index| document.front_matter_line + index)
}

fn defines_key(line: &str, key: &str) -> bool {
    let rest = ["\"", "'", ""].iter().find_map(|quote| {
        line.strip_prefix(quote)?
            .strip_prefix(key)?
            .strip_prefix(quote)
    });
    rest.is_some_and(|rest| rest.trim_start().starts_with(':'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_at_fences_and_reports_lines() {
        let document = split("---\ncode: 204\ntitle: No Content\n---\n\nBody\n").unwrap();
        assert_eq!(document.front_matter, "code: 204\ntitle: No Content\n");
        assert_eq!(document.front_matter_line, 2);
        assert_eq!(document.body, "\nBody\n");
        assert_eq!(document.body_line, 5);
        assert_eq!(key_line(&document, "title", false), Some(3));
        assert_eq!(key_line(&document, "set", false), None);
    }

    #[test]
    fn missing_opening_fence_is_an_error_on_line_one() {
        let (line, message) = split("code: 204\n").unwrap_err();
        assert_eq!(line, 1);
        assert!(message.contains("start with a `---`"), "{message}");
    }

    #[test]
    fn unterminated_front_matter_is_an_error() {
        let (line, message) = split("---\ncode: 204\n").unwrap_err();
        assert_eq!(line, 1);
        assert!(message.contains("never closed"), "{message}");
    }

    #[test]
    fn finds_quoted_nested_keys_only_when_indented() {
        let document = split("---\nreferences:\n    \"Go\": \"x\"\nGo: 1\n---\n").unwrap();
        assert_eq!(key_line(&document, "Go", true), Some(3));
        assert_eq!(key_line(&document, "Go", false), Some(4));
    }
}
