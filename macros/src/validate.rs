//! Loads a whole content directory: parses every file, checks the files
//! against each other and returns the catalog plus every problem found.
//! Files with problems are left out of the catalog, so generation can still
//! emit a usable skeleton from the rest.

use crate::diagnostic::Diagnostic;
use crate::model::{Catalog, Entry, Framework, Status};
use crate::naming::variant_name;
use crate::parse::{parse_frameworks, parse_status};
use crate::source::{ContentDir, FRAMEWORKS_FILE};
use std::collections::BTreeMap;

/// `StatusCode` methods a framework's `method` must not shadow.
const RESERVED_METHODS: &[&str] = &[
    "code",
    "from_code",
    "title",
    "from_title",
    "index",
    "class",
    "classify",
    "description",
    "reference",
    "from_reference",
    "is_informational",
    "is_success",
    "is_redirection",
    "is_client_error",
    "is_server_error",
];

/// Lowest and highest status code RFC 9110 Section 15 allows.
const CODE_RANGE: std::ops::RangeInclusive<u64> = 100..=599;

/// Parses and checks `dir`.
pub fn load(dir: &ContentDir) -> (Catalog, Vec<Diagnostic>) {
    let mut problems = Vec::new();
    if let Some(error) = &dir.error {
        // Nothing else can be said about a directory that cannot be read.
        let message = format!("cannot read the content directory: {error}");
        problems.push(Diagnostic::new(&dir.display, None, message));
        return (
            Catalog {
                frameworks: Vec::new(),
                entries: Vec::new(),
            },
            problems,
        );
    }

    let frameworks = match dir.files.iter().find(|file| file.name == FRAMEWORKS_FILE) {
        Some(file) => parse_frameworks(file).unwrap_or_else(|found| {
            problems.extend(found);
            Vec::new()
        }),
        None => {
            problems.push(Diagnostic::new(
                &format!("{}/{FRAMEWORKS_FILE}", dir.display),
                None,
                "missing: this file declares the frameworks that `references` may name",
            ));
            Vec::new()
        }
    };
    check_frameworks(&frameworks, &dir.display, &mut problems);

    let mut statuses = Vec::new();
    let mut status_files = 0;
    // Anything that is neither `<code>.md` nor the frameworks file is ignored
    // (editor backups, notes), as documented in the README.
    for file in dir.files.iter().filter(|file| file.name.ends_with(".md")) {
        let stem = &file.name[..file.name.len() - 3];
        let Ok(file_code) = stem.parse::<u16>() else {
            problems.push(Diagnostic::new(
                &file.display,
                None,
                "content file names must be a status code followed by `.md`, e.g. `204.md`",
            ));
            continue;
        };
        status_files += 1;
        if stem != file_code.to_string() {
            problems.push(Diagnostic::new(
                &file.display,
                None,
                format!(
                    "content file names must be the plain code: name this file `{file_code}.md`"
                ),
            ));
            continue;
        }
        let (status, found) = parse_status(file);
        problems.extend(found);
        let Some(status) = status else { continue };
        check_status(&status, file_code, &mut problems);
        check_references(&status, &frameworks, &mut problems);
        // Kept even with problems (the build fails anyway), so the generated
        // skeleton still has its variant and the user sees no follow-on
        // "no variant named ..." errors.
        if CODE_RANGE.contains(&u64::from(status.code)) {
            statuses.push(status);
        }
    }
    if status_files == 0 {
        problems.push(Diagnostic::new(
            &dir.display,
            None,
            "no status code files: expected files named `<code>.md`, e.g. `204.md`",
        ));
    }

    let entries = check_across_files(statuses, &mut problems);
    (
        Catalog {
            frameworks,
            entries,
        },
        problems,
    )
}

/// Checks one status on its own, given the code its file name promises.
fn check_status(status: &Status, file_code: u16, problems: &mut Vec<Diagnostic>) {
    let code_line = Some(status.lines.code);
    if !CODE_RANGE.contains(&u64::from(status.code)) {
        problems.push(Diagnostic::new(
            &status.file,
            code_line,
            format!(
                "`code` {} is outside 100..=599, the range RFC 9110 Section 15 allows",
                status.code
            ),
        ));
    } else if status.code != file_code {
        problems.push(Diagnostic::new(
            &status.file,
            code_line,
            format!(
                "`code` is {} but the file is named {file_code}.md; they must match",
                status.code
            ),
        ));
    }
    let class = status.code / 100;
    if u16::from(status.set) != class {
        problems.push(Diagnostic::new(
            &status.file,
            Some(status.lines.set),
            format!(
                "`set` is {} but code {} is in class {class}; `set` must be its first digit",
                status.set, status.code
            ),
        ));
    }
}

/// Every `references` key must be a declared framework.
fn check_references(status: &Status, frameworks: &[Framework], problems: &mut Vec<Diagnostic>) {
    for reference in &status.references {
        if !frameworks
            .iter()
            .any(|framework| framework.key == reference.framework_key)
        {
            let known: Vec<&str> = frameworks
                .iter()
                .map(|framework| framework.key.as_str())
                .collect();
            problems.push(Diagnostic::new(
                &status.file,
                Some(reference.line),
                format!(
                    "unknown framework `{}`; frameworks.yaml declares: {}",
                    reference.framework_key,
                    known.join(", ")
                ),
            ));
        }
    }
}

/// Cross-file checks: duplicate codes, variant name clashes, framework
/// names given to two codes. Returns the statuses that passed, by code.
fn check_across_files(statuses: Vec<Status>, problems: &mut Vec<Diagnostic>) -> Vec<Entry> {
    let mut by_code: BTreeMap<u16, Entry> = BTreeMap::new();
    let mut variants: BTreeMap<String, (String, String)> = BTreeMap::new();
    let mut names: BTreeMap<(String, String), String> = BTreeMap::new();
    for status in statuses {
        if let Some(first) = by_code.get(&status.code) {
            problems.push(Diagnostic::new(
                &status.file,
                Some(status.lines.code),
                format!(
                    "code {} is already defined by {}",
                    status.code, first.status.file
                ),
            ));
            continue;
        }
        if status.title.is_empty() {
            continue; // reported by the parser; no variant name can be made
        }
        let variant = match variant_name(&status.title) {
            Ok(variant) => variant,
            Err(message) => {
                problems.push(Diagnostic::new(
                    &status.file,
                    Some(status.lines.title),
                    message,
                ));
                continue;
            }
        };
        if let Some((file, title)) = variants.get(&variant) {
            problems.push(Diagnostic::new(
                &status.file,
                Some(status.lines.title),
                format!("title `{}` gives the variant name `{variant}`, which {file} (title `{title}`) already uses", status.title),
            ));
            continue;
        }
        let before = problems.len();
        for reference in &status.references {
            let key = (reference.framework_key.clone(), reference.name.clone());
            if let Some(file) = names.get(&key) {
                problems.push(Diagnostic::new(
                    &status.file,
                    Some(reference.line),
                    format!(
                        "`{}` is already the {} name of {file}; a name must map back to one code",
                        reference.name, reference.framework_key
                    ),
                ));
            }
        }
        if problems.len() > before {
            continue;
        }
        for reference in &status.references {
            names.insert(
                (reference.framework_key.clone(), reference.name.clone()),
                status.file.clone(),
            );
        }
        variants.insert(variant.clone(), (status.file.clone(), status.title.clone()));
        by_code.insert(status.code, Entry { status, variant });
    }
    by_code.into_values().collect()
}

/// Framework declarations must give unique keys and valid, unique names.
fn check_frameworks(frameworks: &[Framework], dir: &str, problems: &mut Vec<Diagnostic>) {
    let file = format!("{dir}/{FRAMEWORKS_FILE}");
    for (index, framework) in frameworks.iter().enumerate() {
        let earlier = &frameworks[..index];
        let mut report = |message: String| problems.push(Diagnostic::new(&file, None, message));
        if !is_upper_camel(&framework.variant) {
            report(format!(
                "`variant` `{}` must be an UpperCamelCase identifier",
                framework.variant
            ));
        }
        if !is_snake(&framework.method) || RESERVED_METHODS.contains(&framework.method.as_str()) {
            report(format!(
                "`method` `{}` must be a snake_case identifier that is not already a StatusCode method",
                framework.method
            ));
        }
        for (field, value, get) in [
            (
                "key",
                &framework.key,
                (|f: &Framework| f.key.clone()) as fn(&Framework) -> String,
            ),
            ("variant", &framework.variant, |f| f.variant.clone()),
            ("method", &framework.method, |f| f.method.clone()),
        ] {
            if earlier.iter().any(|other| &get(other) == value) {
                report(format!("`{field}` `{value}` is declared twice"));
            }
        }
    }
}

fn is_upper_camel(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.chars().all(|c| c.is_ascii_alphanumeric())
}

fn is_snake(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn framework(key: &str, variant: &str, method: &str) -> Framework {
        Framework {
            key: key.to_owned(),
            variant: variant.to_owned(),
            method: method.to_owned(),
            doc: "Doc.".to_owned(),
        }
    }

    #[test]
    fn framework_declarations_must_be_valid_and_unique() {
        let frameworks = [
            framework("Go", "Go", "go_constant"),
            framework("Go", "go", "title"),
            framework("Rails", "Go", "go_constant"),
        ];
        let mut problems = Vec::new();
        check_frameworks(&frameworks, "content", &mut problems);
        let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
        let expected = [
            "content/frameworks.yaml: `variant` `go` must be an UpperCamelCase identifier",
            "content/frameworks.yaml: `method` `title` must be a snake_case identifier that is not already a StatusCode method",
            "content/frameworks.yaml: `key` `Go` is declared twice",
            "content/frameworks.yaml: `variant` `Go` is declared twice",
            "content/frameworks.yaml: `method` `go_constant` is declared twice",
        ];
        assert_eq!(messages, expected);
    }
}
