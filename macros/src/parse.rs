//! Parses one content file into the model. Every problem in the file is
//! collected, not just the first.

use crate::diagnostic::Diagnostic;
use crate::front_matter::{self, Document};
use crate::markdown;
use crate::model::{FieldLines, Framework, Reference, Status};
use crate::source::SourceFile;
use serde_yaml::{Mapping, Value};

/// Front-matter fields a status file may have.
const STATUS_FIELDS: &[&str] = &[
    "set",
    "code",
    "layout",
    "title",
    "status",
    "origin",
    "references",
];

/// Accepted values of the optional `status` field.
pub const REGISTRY_STATUSES: &[&str] = &[
    "registered",
    "temporary",
    "reserved",
    "obsoleted",
    "non-standard",
];

/// Fields of one entry in `frameworks.yaml`.
const FRAMEWORK_FIELDS: &[&str] = &["key", "variant", "method", "doc"];

/// Decodes a file's bytes: rejects invalid UTF-8 (naming the line), drops a
/// byte-order mark and normalises CRLF line endings to LF.
pub fn decode(file: &SourceFile) -> Result<String, Diagnostic> {
    let bytes = file.bytes.as_ref().map_err(|error| {
        Diagnostic::new(
            &file.display,
            None,
            format!("cannot read the file: {error}"),
        )
    })?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|error| {
        let valid = &bytes[..error.valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
        let column = valid.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
        Diagnostic::at(
            &file.display,
            line,
            column,
            format!(
                "invalid UTF-8 at byte {}: content files must be UTF-8",
                error.valid_up_to()
            ),
        )
    })?;
    Ok(text.replace("\r\n", "\n"))
}

/// Parses a status file (`<code>.md`): the status, if its key fields could
/// be read, and every problem found. A status with problems is returned too,
/// so cross-file checks can still report on it; it must not be generated.
pub fn parse_status(file: &SourceFile) -> (Option<Status>, Vec<Diagnostic>) {
    match parse_status_fields(file) {
        Ok(parsed) => parsed,
        Err(problems) => (None, problems),
    }
}

fn parse_status_fields(
    file: &SourceFile,
) -> Result<(Option<Status>, Vec<Diagnostic>), Vec<Diagnostic>> {
    let text = decode(file).map_err(|d| vec![d])?;
    let document = front_matter::split(&text)
        .map_err(|(line, message)| vec![Diagnostic::new(&file.display, Some(line), message)])?;
    let mut fields = Fields::load(file, &document)?;

    fields.reject_unknown(STATUS_FIELDS);
    let code = fields.integer("code");
    let set = fields.integer("set");
    let title = fields.string("title");
    let registry = fields.optional_string("status");
    let origin = fields.optional_string("origin");
    fields.optional_string("layout");
    let references = fields.references();

    if let (Some(registry), Some(line)) = (&registry, fields.line("status")) {
        if !REGISTRY_STATUSES.contains(&registry.as_str()) {
            fields.error(
                Some(line),
                format!(
                    "unknown `status` `{registry}`; expected one of {}",
                    REGISTRY_STATUSES.join(", ")
                ),
            );
        }
    }
    if title
        .as_deref()
        .is_some_and(|title| title.trim().is_empty())
    {
        fields.error(
            fields.line("title"),
            "`title` must not be empty: it is the reason phrase".to_owned(),
        );
    }
    let body = match markdown::clean(document.body, document.body_line) {
        Ok(body) => Some(body),
        Err(problems) => {
            for (line, column, message) in problems {
                fields
                    .problems
                    .push(Diagnostic::at(&file.display, line, column, message));
            }
            None
        }
    };

    let code = code.and_then(|code| fields.in_range(code, "code"));
    let set = set.and_then(|set| fields.in_range(set, "set"));
    let status = match (code, set, title) {
        (Some(code), Some(set), Some(title)) => {
            let body = body.unwrap_or(markdown::Body {
                prose: String::new(),
                sources: String::new(),
            });
            Some(Status {
                file: file.display.clone(),
                code,
                set,
                lines: FieldLines {
                    set: fields.line("set").unwrap_or(1),
                    code: fields.line("code").unwrap_or(1),
                    title: fields.line("title").unwrap_or(1),
                },
                title: title.trim().to_owned(),
                registry,
                origin,
                references,
                prose: body.prose,
                sources: body.sources,
            })
        }
        _ => None,
    };
    Ok((status, fields.problems))
}

/// Parses `frameworks.yaml`: a list of `{key, variant, method, doc}`.
pub fn parse_frameworks(file: &SourceFile) -> Result<Vec<Framework>, Vec<Diagnostic>> {
    let text = decode(file).map_err(|d| vec![d])?;
    let value: Value =
        serde_yaml::from_str(&text).map_err(|error| vec![yaml_error(file, &text, &error, 1)])?;
    let Value::Sequence(items) = value else {
        return Err(vec![Diagnostic::new(
            &file.display,
            Some(1),
            "expected a list of frameworks, each with `key`, `variant`, `method` and `doc`",
        )]);
    };
    // Each list item starts with a `- ` line; use those for error lines.
    let item_lines: Vec<usize> = text
        .lines()
        .enumerate()
        .filter(|(_, line)| line.starts_with("- "))
        .map(|(index, _)| index + 1)
        .collect();
    let mut problems = Vec::new();
    let mut frameworks = Vec::new();
    for (index, item) in items.iter().enumerate() {
        let line = item_lines.get(index).copied();
        let Value::Mapping(map) = item else {
            problems.push(Diagnostic::new(
                &file.display,
                line,
                "expected a mapping with `key`, `variant`, `method` and `doc`",
            ));
            continue;
        };
        let mut get = |field: &str| match map.get(field) {
            Some(Value::String(text)) if !text.trim().is_empty() => Some(text.trim().to_owned()),
            _ => {
                problems.push(Diagnostic::new(
                    &file.display,
                    line,
                    format!("framework entry needs `{field}` as a non-empty string"),
                ));
                None
            }
        };
        let fields = (get("key"), get("variant"), get("method"), get("doc"));
        for key in map.keys() {
            if !key
                .as_str()
                .is_some_and(|key| FRAMEWORK_FIELDS.contains(&key))
            {
                problems.push(Diagnostic::new(
                    &file.display,
                    line,
                    format!(
                        "unknown framework field {}; expected key, variant, method, doc",
                        describe(key)
                    ),
                ));
            }
        }
        if let (Some(key), Some(variant), Some(method), Some(doc)) = fields {
            frameworks.push(Framework {
                key,
                variant,
                method,
                doc,
            });
        }
    }
    if problems.is_empty() {
        Ok(frameworks)
    } else {
        Err(problems)
    }
}

/// The front matter's top-level mapping plus the problems found reading it.
struct Fields<'a> {
    file: &'a SourceFile,
    document: &'a Document<'a>,
    map: Mapping,
    problems: Vec<Diagnostic>,
}

impl<'a> Fields<'a> {
    fn load(file: &'a SourceFile, document: &'a Document<'a>) -> Result<Self, Vec<Diagnostic>> {
        let value: Value = serde_yaml::from_str(document.front_matter).map_err(|error| {
            vec![yaml_error(
                file,
                document.front_matter,
                &error,
                document.front_matter_line,
            )]
        })?;
        match value {
            Value::Mapping(map) => Ok(Fields {
                file,
                document,
                map,
                problems: Vec::new(),
            }),
            _ => Err(vec![Diagnostic::new(
                &file.display,
                Some(document.front_matter_line),
                "expected the front matter to be a YAML mapping of `key: value` lines",
            )]),
        }
    }

    fn line(&self, key: &str) -> Option<usize> {
        front_matter::key_line(self.document, key, false)
    }

    fn error(&mut self, line: Option<usize>, message: String) {
        self.problems
            .push(Diagnostic::new(&self.file.display, line, message));
    }

    fn missing(&mut self, key: &str, expected: &str) {
        let line = Some(self.document.front_matter_line);
        self.error(
            line,
            format!("missing `{key}` in the front matter: expected {expected}"),
        );
    }

    fn reject_unknown(&mut self, known: &[&str]) {
        let unknown: Vec<String> = self
            .map
            .keys()
            .filter(|key| !key.as_str().is_some_and(|key| known.contains(&key)))
            .map(describe)
            .collect();
        for key in unknown {
            let line = front_matter::key_line(self.document, key.trim_matches('`'), false);
            self.error(
                line,
                format!(
                    "unknown front-matter field {key}; expected one of {}",
                    known.join(", ")
                ),
            );
        }
    }

    fn integer(&mut self, key: &str) -> Option<u64> {
        match self.map.get(key).cloned() {
            Some(Value::Number(number)) if number.as_u64().is_some() => {
                // YAML also reads `0xCC` and `0o314` as numbers; require decimal.
                let raw = self.raw_value(key).unwrap_or_default();
                if !raw.is_empty() && !raw.chars().all(|c| c.is_ascii_digit()) {
                    let line = self.line(key);
                    self.error(
                        line,
                        format!("`{key}` must be written in decimal digits, found `{raw}`"),
                    );
                }
                number.as_u64()
            }
            Some(other) => {
                let line = self.line(key);
                self.error(
                    line,
                    format!("`{key}` must be a whole number, found {}", describe(&other)),
                );
                None
            }
            None => {
                self.missing(key, &format!("`{key}: <number>`"));
                None
            }
        }
    }

    /// The text after `key:` on its line, without a trailing comment.
    fn raw_value(&self, key: &str) -> Option<String> {
        let line = self.line(key)?;
        let text = self
            .document
            .front_matter
            .lines()
            .nth(line - self.document.front_matter_line)?;
        let value = text.split_once(':')?.1;
        let value = value.split(" #").next().unwrap_or(value);
        Some(value.trim().to_owned())
    }

    fn in_range<T: TryFrom<u64>>(&mut self, value: u64, key: &str) -> Option<T> {
        let converted = T::try_from(value).ok();
        if converted.is_none() {
            let line = self.line(key);
            self.error(line, format!("`{key}` {value} is far too large"));
        }
        converted
    }

    fn string(&mut self, key: &str) -> Option<String> {
        if self.map.get(key).is_none() {
            self.missing(key, &format!("`{key}: <text>`"));
            return None;
        }
        self.optional_string(key)
    }

    fn optional_string(&mut self, key: &str) -> Option<String> {
        match self.map.get(key)? {
            Value::String(text) => Some(text.clone()),
            other => {
                let message = format!("`{key}` must be text, found {}; quote it", describe(other));
                let line = self.line(key);
                self.error(line, message);
                None
            }
        }
    }

    /// The valid references; invalid ones are reported and left out.
    fn references(&mut self) -> Vec<Reference> {
        let map = match self.map.get("references") {
            None | Some(Value::Null) => return Vec::new(),
            Some(Value::Mapping(map)) => map.clone(),
            Some(other) => {
                let message = format!(
                    "`references` must map framework names to strings, found {}",
                    describe(other)
                );
                let line = self.line("references");
                self.error(line, message);
                return Vec::new();
            }
        };
        let mut references = Vec::new();
        for (key, value) in &map {
            let Some(key) = key.as_str() else {
                let line = self.line("references");
                self.error(
                    line,
                    format!("framework name {} must be text", describe(key)),
                );
                continue;
            };
            let line = front_matter::key_line(self.document, key, true).or(self.line("references"));
            match value {
                Value::String(name) if !name.trim().is_empty() => references.push(Reference {
                    framework_key: key.to_owned(),
                    name: name.clone(),
                    line: line.unwrap_or(1),
                }),
                other => self.error(
                    line,
                    format!(
                        "the name for `{key}` must be non-empty text, found {}",
                        describe(other)
                    ),
                ),
            }
        }
        references
    }
}

/// Maps a serde_yaml error on `yaml`, which starts on file line
/// `first_line`, to a diagnostic at the file position, with a hint for the
/// two mistakes serde_yaml explains least well: tabs and duplicate keys.
fn yaml_error(
    file: &SourceFile,
    yaml: &str,
    error: &serde_yaml::Error,
    first_line: usize,
) -> Diagnostic {
    let text = error.to_string();
    let mut message = format!(
        "invalid YAML front matter: {}",
        file_locations(strip_first_location(&text), first_line)
    );
    let Some(location) = error.location() else {
        return Diagnostic::new(&file.display, Some(first_line), message);
    };
    let (mut line, mut column) = (location.line(), location.column());
    let source_line = yaml.lines().nth(line.saturating_sub(1)).unwrap_or("");
    if source_line.starts_with('\t') || text.contains("tab character") {
        message.push_str("; indent with spaces, YAML does not allow tabs");
    }
    // serde_yaml points at the first of two equal keys; point at the second.
    if let Some(key) = text.split("duplicate entry with key ").nth(1) {
        let key = key
            .split(" at line ")
            .next()
            .unwrap_or(key)
            .trim_matches('"');
        let mut defining = yaml.lines().enumerate().filter(|(_, l)| {
            let l = l.trim_start();
            [
                format!("\"{key}\":"),
                format!("'{key}':"),
                format!("{key}:"),
            ]
            .iter()
            .any(|p| l.starts_with(p.as_str()))
        });
        if let Some((index, text)) = defining.nth(1) {
            line = index + 1;
            column = text.len() - text.trim_start().len() + 1;
        }
        message.push_str("; each key may appear once");
    }
    Diagnostic::at(&file.display, first_line + line - 1, column, message)
}

/// serde_yaml appends ` at line L column C` to the problem it found; the
/// diagnostic already carries that position (as a file position), so drop it.
fn strip_first_location(message: &str) -> String {
    match message.find(" at line ") {
        Some(start) => {
            let rest = &message[start + " at line ".len()..];
            let end = rest.find(',').unwrap_or(rest.len());
            format!("{}{}", &message[..start], &rest[end..])
        }
        None => message.to_owned(),
    }
}

/// Rewrites later `line L` mentions (e.g. "while parsing a flow sequence at
/// line 2 column 8") from front-matter lines to file lines.
fn file_locations(message: String, first_line: usize) -> String {
    let mut out = String::new();
    let mut rest = message.as_str();
    while let Some(index) = rest.find("line ") {
        let (before, after) = rest.split_at(index + "line ".len());
        out.push_str(before);
        let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
        if let Ok(line) = digits.parse::<usize>() {
            out.push_str(&(line + first_line - 1).to_string());
        }
        rest = &after[digits.len()..];
    }
    out.push_str(rest);
    out
}

/// A short description of a YAML value for error messages.
fn describe(value: &Value) -> String {
    match value {
        Value::Null => "nothing".to_owned(),
        Value::Bool(flag) => format!("the boolean `{flag}`"),
        Value::Number(number) => format!("the number `{number}`"),
        Value::String(text) => format!("`{text}`"),
        Value::Sequence(_) => "a list".to_owned(),
        Value::Mapping(_) => "a mapping".to_owned(),
        Value::Tagged(tagged) => format!("a value tagged `{}`", tagged.tag),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::borrow::Cow;

    fn file(name: &str, text: &[u8]) -> SourceFile {
        SourceFile {
            name: name.to_owned(),
            display: format!("content/{name}"),
            bytes: Ok(Cow::Owned(text.to_vec())),
        }
    }

    fn messages((_, problems): (Option<Status>, Vec<Diagnostic>)) -> Vec<String> {
        assert!(!problems.is_empty(), "expected problems");
        problems.iter().map(ToString::to_string).collect()
    }

    fn accepted((status, problems): (Option<Status>, Vec<Diagnostic>)) -> Status {
        assert!(problems.is_empty(), "{problems:#?}");
        status.expect("a status without problems")
    }

    #[test]
    fn the_seed_file_is_accepted_verbatim() {
        let seed = include_bytes!("../../tests/fixtures/seed-204.md");
        let status = accepted(parse_status(&file("204.md", seed)));
        assert_eq!(
            (status.code, status.set, status.title.as_str()),
            (204, 2, "No Content")
        );
        assert_eq!(status.references.len(), 6);
        assert_eq!(
            status.references[0].framework_key,
            "Rails HTTP Status Symbol"
        );
        assert_eq!(status.references[0].name, ":no_content");
        assert_eq!(status.references[0].line, 7);
        assert!(status
            .prose
            .starts_with("The server has successfully fulfilled"));
        assert!(status.prose.ends_with("explicit cache\ncontrols[^1]."));
        assert!(status
            .sources
            .contains("[^1]: Calculating Heuristic Freshness"));
        for text in [&status.prose, &status.sources] {
            assert!(!text.contains("<sup>") && !text.contains("<span"), "{text}");
        }
    }

    #[test]
    fn bom_and_crlf_are_accepted() {
        let text = "\u{FEFF}---\r\nset: 2\r\ncode: 204\r\ntitle: No Content\r\n---\r\n\r\nProse.\r\n\r\n---\r\n\r\n* Source: x\r\n";
        let status = accepted(parse_status(&file("204.md", text.as_bytes())));
        assert_eq!(status.prose, "Prose.");
        assert_eq!(
            (status.lines.set, status.lines.code, status.lines.title),
            (2, 3, 4)
        );
    }

    #[test]
    fn every_problem_in_a_file_is_reported_with_its_line() {
        let text = "---\nset: two\ncode: 204\ntitle: \"\"\ncolour: red\nreferences:\n  \"Go\": 7\n---\n\nProse <i>x</i>\n\n---\n\n* Source: x\n";
        let found = messages(parse_status(&file("204.md", text.as_bytes())));
        let expected = [
            "content/204.md:5: unknown front-matter field `colour`",
            "content/204.md:2: `set` must be a whole number, found `two`",
            "content/204.md:7: the name for `Go` must be non-empty text, found the number `7`",
            "content/204.md:4: `title` must not be empty",
            "content/204.md:10:7: raw HTML `<i>`",
            "content/204.md:10:11: raw HTML `</i>`",
        ];
        assert_eq!(found.len(), expected.len(), "{found:#?}");
        for (found, expected) in found.iter().zip(expected) {
            assert!(
                found.starts_with(expected),
                "{found} does not start with {expected}"
            );
        }
    }

    #[test]
    fn yaml_errors_point_at_the_file_line() {
        let text = "---\nset: 2\ncode: [204\ntitle: x\n---\n\nProse.\n\n---\n\n* Source: x\n";
        let found = messages(parse_status(&file("204.md", text.as_bytes())));
        assert_eq!(found.len(), 1);
        assert!(found[0].starts_with("content/204.md:4:"), "{}", found[0]);
        assert!(
            found[0].contains("invalid YAML front matter"),
            "{}",
            found[0]
        );
        // The context serde_yaml gives is moved to file lines too.
        assert!(
            found[0].ends_with("while parsing a flow sequence at line 3 column 7"),
            "{}",
            found[0]
        );
    }

    #[test]
    fn invalid_utf8_names_the_line() {
        let found = messages(parse_status(&file("204.md", b"---\nset: 2\ntitle: \xFF\n")));
        assert_eq!(
            found,
            ["content/204.md:3:8: invalid UTF-8 at byte 18: content files must be UTF-8"]
        );
    }

    #[test]
    fn missing_fields_are_each_reported() {
        let found = messages(parse_status(&file(
            "204.md",
            b"---\nlayout: code\n---\n\nProse.\n\n---\n\n* Source: x\n",
        )));
        assert_eq!(found.len(), 3, "{found:#?}");
        assert!(
            found
                .iter()
                .all(|m| m.starts_with("content/204.md:2: missing `")),
            "{found:#?}"
        );
    }

    #[test]
    fn frameworks_file_parses_and_rejects_incomplete_entries() {
        let good = b"- key: \"Go HTTP Status Constant\"\n  variant: Go\n  method: go_constant\n  doc: Go.\n";
        let frameworks = parse_frameworks(&file("frameworks.yaml", good)).unwrap();
        assert_eq!(frameworks[0].variant, "Go");
        let bad = b"- key: K\n  variant: V\n  doc: D\n  extra: 1\n";
        let found: Vec<String> = parse_frameworks(&file("frameworks.yaml", bad))
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(found.len(), 2, "{found:#?}");
        assert!(found[0].contains("needs `method`"));
        assert!(found[1].contains("unknown framework field `extra`"));
    }
}
