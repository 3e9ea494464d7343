//! A small front-matter scanner shared by `build.rs` and the crate.
//!
//! `http_status!` expands once per call site in users' crates; it must not
//! parse YAML there. So `build.rs` runs this scanner over the content when
//! the macro crate is built and compiles in a table of `(code, variant,
//! title)`. It reads only the `title:` line (the code comes from the file
//! name), understands plain and simply quoted scalars, and skips anything
//! else. `status_api!` checks the table against the full parse, so any
//! disagreement is a compile error of the `httpstatuses` crate, never a
//! silently wrong expansion.

/// `(code, title)` of a content file, if the scanner understands it.
pub fn scan(file_name: &str, text: &str) -> Option<(u16, String)> {
    let stem = file_name.strip_suffix(".md")?;
    let code: u16 = stem.parse().ok()?;
    if code.to_string() != stem {
        return None;
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.lines();
    if lines.next()?.trim_end() != "---" {
        return None;
    }
    for line in lines {
        if line.trim_end() == "---" {
            return None;
        }
        if let Some(value) = line.strip_prefix("title:") {
            return Some((code, scalar(value.trim())?));
        }
    }
    None
}

/// A plain, `"double"` or `'single'` quoted YAML scalar on one line,
/// optionally followed by a `# comment`.
fn scalar(value: &str) -> Option<String> {
    let quoted = |quote: char| -> Option<(String, &str)> {
        let inner = value.strip_prefix(quote)?;
        let mut text = String::new();
        let mut chars = inner.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            match (quote, c) {
                ('\'', '\'') if chars.peek().map(|&(_, next)| next) == Some('\'') => {
                    chars.next();
                    text.push('\'');
                }
                ('"', '\\') => match chars.next()?.1 {
                    // Only the escapes a title could plausibly need.
                    escaped @ ('"' | '\\') => text.push(escaped),
                    _ => return None,
                },
                (_, c) if c == quote => return Some((text, &inner[at + 1..])),
                (_, c) => text.push(c),
            }
        }
        None
    };
    let (text, rest) = match value.chars().next()? {
        quote @ ('"' | '\'') => quoted(quote)?,
        _ => {
            let plain = value.split(" #").next().unwrap_or(value).trim_end();
            let special =
                plain.starts_with(['[', '{', '&', '*', '!', '|', '>', '%', '@', '`', '#']);
            return (!plain.is_empty() && !special).then(|| plain.to_owned());
        }
    };
    let rest = rest.trim_start();
    (rest.is_empty() || rest.starts_with('#')).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::scan;

    #[test]
    fn reads_plain_and_quoted_titles() {
        let plain = "---\nset: 2\ncode: 204\ntitle: No Content\n---\n";
        assert_eq!(scan("204.md", plain), Some((204, "No Content".to_owned())));
        let double = "\u{feff}---\r\ntitle: \"I'm a teapot\"\r\n---\r\n";
        assert_eq!(
            scan("418.md", double),
            Some((418, "I'm a teapot".to_owned()))
        );
        let single = "---\ntitle: '(Unused)' # reserved\n---\n";
        assert_eq!(scan("306.md", single), Some((306, "(Unused)".to_owned())));
    }

    #[test]
    fn skips_what_it_does_not_understand() {
        assert_eq!(scan("204.md", "title: x\n"), None);
        assert_eq!(scan("0204.md", "---\ntitle: x\n---\n"), None);
        assert_eq!(scan("notes.md", "---\ntitle: x\n---\n"), None);
        assert_eq!(scan("204.md", "---\ntitle: |\n  x\n---\n"), None);
        assert_eq!(scan("204.md", "---\ntitle: \"a\\nb\"\n---\n"), None);
        assert_eq!(scan("204.md", "---\ntitle: 'open\n---\n"), None);
        assert_eq!(scan("204.md", "---\ncode: 204\n---\ntitle: x\n"), None);
    }
}
