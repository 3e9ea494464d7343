//! Cleans a content body into Markdown that reads well in rustdoc and in IDE
//! hovers: the seed's HTML footnotes become Markdown footnotes, any other
//! raw HTML is an error, and the prose is split from the source list.

/// A cleaned body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Body {
    /// The explanatory prose.
    pub prose: String,
    /// The source list, then footnote definitions and link definitions.
    pub sources: String,
}

/// A problem at a 1-based line and column of the file.
pub type Problem = (usize, usize, String);

/// Cleans `body`, whose first line is file line `first_line`.
pub fn clean(body: &str, first_line: usize) -> Result<Body, Vec<Problem>> {
    if body.trim().is_empty() {
        let message = "the body is empty: expected prose, then a line `---`, then the sources, \
                       e.g. `* Source: [RFC 9110 Section 15.3.5][1]`";
        return Err(vec![(first_line, 1, message.to_owned())]);
    }
    let lines: Vec<String> = convert_footnotes(body);
    let mut problems = find_html(&lines, first_line);

    let Some(rule) = lines.iter().rposition(|line| line.trim_end() == "---") else {
        problems.push((
            first_line,
            1,
            "missing the source list: end the body with a line `---` followed by the sources, \
             e.g. `* Source: [RFC 9110 Section 15.3.5][1]`"
                .to_owned(),
        ));
        return Err(problems);
    };
    let prose = lines[..rule].join("\n").trim().to_owned();
    if prose.is_empty() {
        problems.push((
            first_line,
            1,
            "the prose before the `---` source list is empty".to_owned(),
        ));
    }
    // Footnote definitions (and their indented continuation lines) move to
    // the end, so they cannot swallow the list items that follow them.
    let mut footnotes: Vec<&String> = Vec::new();
    let mut rest: Vec<&String> = Vec::new();
    let mut in_footnote = false;
    for line in &lines[rule + 1..] {
        in_footnote = line.starts_with("[^") || (in_footnote && line.starts_with("    "));
        if in_footnote {
            footnotes.push(line);
        } else {
            rest.push(line);
        }
    }
    let mut sources = rest
        .iter()
        .map(|line| line.as_str())
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_owned();
    if sources.is_empty() {
        problems.push((
            first_line + rule,
            1,
            "the source list after `---` is empty: cite the defining RFC and section".to_owned(),
        ));
    }
    if !footnotes.is_empty() {
        sources.push_str("\n\n");
        sources.push_str(
            &footnotes
                .iter()
                .map(|line| line.as_str())
                .collect::<Vec<_>>()
                .join("\n"),
        );
    }
    if problems.is_empty() {
        Ok(Body { prose, sources })
    } else {
        Err(problems)
    }
}

/// Rewrites the seed's footnote markup line by line, keeping line numbers:
/// `text<sup>[1](#ref-1)</sup>` becomes `text[^1]`, and the list item
/// `* <span id="ref-1"><sup>1</sup> Text ...</span>` becomes the footnote
/// definition `[^1]: Text ...` (continuation lines indented).
fn convert_footnotes(body: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut in_footnote = false;
    for line in body.lines() {
        let mut line = replace_footnote_refs(line);
        if let Some((label, text)) = footnote_item_start(&line) {
            line = format!("[^{label}]: {text}");
            in_footnote = true;
        } else if in_footnote {
            line = format!("    {}", line.trim_start());
        }
        if in_footnote {
            if let Some(stripped) = line.trim_end().strip_suffix("</span>") {
                line = stripped.to_owned();
                in_footnote = false;
            }
        }
        lines.push(line);
    }
    lines
}

/// `<sup>[N](#ref-N)</sup>` → `[^N]`.
fn replace_footnote_refs(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(start) = rest.find("<sup>[") {
        let after = &rest[start + "<sup>[".len()..];
        let parsed = after.split_once("](#ref-").and_then(|(label, tail)| {
            let tail = tail.strip_prefix(label)?.strip_prefix(")</sup>")?;
            label
                .chars()
                .all(|c| c.is_ascii_alphanumeric())
                .then_some((label, tail))
        });
        match parsed {
            Some((label, tail)) => {
                out.push_str(&rest[..start]);
                out.push_str(&format!("[^{label}]"));
                rest = tail;
            }
            None => {
                // Not the footnote pattern: leave it for the HTML check.
                out.push_str(&rest[..start + 1]);
                rest = &rest[start + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// `* <span id="ref-N"><sup>N</sup> text` → `(N, text)`.
fn footnote_item_start(line: &str) -> Option<(String, String)> {
    let rest = line
        .strip_prefix("* ")
        .or_else(|| line.strip_prefix("- "))?
        .strip_prefix("<span id=\"ref-")?;
    let (label, rest) = rest.split_once("\"><sup>")?;
    let text = rest.strip_prefix(label)?.strip_prefix("</sup>")?;
    Some((label.to_owned(), text.trim().to_owned()))
}

/// Reports every raw HTML tag outside code spans. Autolinks such as
/// `<https://...>` are Markdown, not HTML, and are allowed.
fn find_html(lines: &[String], first_line: usize) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        let mut in_code = false;
        for (column, c) in line.char_indices() {
            match c {
                '`' => in_code = !in_code,
                '<' if !in_code => {
                    let tag: String = line[column..]
                        .chars()
                        .take_while(|&c| c != '>' && !c.is_whitespace())
                        .collect();
                    let next = tag[1..].chars().next();
                    let is_tag =
                        next.is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '!');
                    if is_tag && !tag.contains(':') {
                        problems.push((
                            first_line + index,
                            column + 1,
                            format!(
                                "raw HTML `{tag}>` is not allowed: rustdoc and IDE hovers would show \
                                 it as is; write Markdown instead (footnotes as `[^1]`)"
                            ),
                        ));
                    }
                }
                _ => {}
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED_TAIL: &str =
        "\nIt is cacheable by default; see\ncontrols<sup>[1](#ref-1)</sup>.\n\n---\n\n\
        * <span id=\"ref-1\"><sup>1</sup> Calculating Heuristic Freshness\n\
        [RFC7234 Section 4.2.2][2]</span>\n\
        * Source: [RFC7231 Section 6.3.5][1]\n\n\
        [1]: <http://tools.ietf.org/html/rfc7231#section-6.3.5>\n\
        [2]: <http://tools.ietf.org/html/rfc7234#section-4.2.2>\n";

    #[test]
    fn seed_footnotes_become_markdown_footnotes() {
        let body = clean(SEED_TAIL, 20).unwrap();
        assert_eq!(body.prose, "It is cacheable by default; see\ncontrols[^1].");
        assert_eq!(
            body.sources,
            "* Source: [RFC7231 Section 6.3.5][1]\n\n\
             [1]: <http://tools.ietf.org/html/rfc7231#section-6.3.5>\n\
             [2]: <http://tools.ietf.org/html/rfc7234#section-4.2.2>\n\n\
             [^1]: Calculating Heuristic Freshness\n    [RFC7234 Section 4.2.2][2]"
        );
        assert!(!body.prose.contains('<') && !body.sources.contains("<span"));
    }

    #[test]
    fn other_html_is_reported_with_line_and_column() {
        let problems = clean("Hello <b>world</b>.\n\n---\n\n* Source: x\n", 7).unwrap_err();
        assert_eq!(problems.len(), 2);
        assert_eq!((problems[0].0, problems[0].1), (7, 7));
        assert!(problems[0].2.contains("`<b>`"), "{}", problems[0].2);
        assert_eq!((problems[1].0, problems[1].1), (7, 15));
    }

    #[test]
    fn autolinks_and_code_spans_are_not_html() {
        let body = clean(
            "Use `<T>` here, or <https://example.com>.\n\n---\n\n* Source: x\n",
            1,
        );
        assert!(body.is_ok(), "{body:?}");
    }

    #[test]
    fn missing_or_empty_parts_are_reported() {
        let missing = clean("Only prose.\n", 5).unwrap_err();
        assert!(missing[0].2.contains("missing the source list"));
        let blank = clean("\n\n", 5).unwrap_err();
        assert!(blank[0].2.starts_with("the body is empty"));
        let empty = clean("\n---\n\n", 5).unwrap_err();
        assert!(empty.iter().any(|p| p.2.contains("prose")));
        assert!(empty.iter().any(|p| p.2.contains("source list after")));
    }
}
