//! The codes `http_status!` knows: a `(code, variant, title)` table that
//! `build.rs` compiled in (see `quick_scan`), so no call site parses YAML.

use crate::diagnostic::Diagnostic;
use crate::model::Catalog;

/// `(code, variant, title)`, sorted by code.
pub type Known = (u16, &'static str, &'static str);

/// Written by `build.rs`.
pub const KNOWN: &[Known] = include!(concat!(env!("OUT_DIR"), "/quick_table.rs"));

/// Problems if the compiled-in table disagrees with the full parse of the
/// same content: reported by the `httpstatuses` build, so `http_status!`
/// can never expand to a variant that does not exist.
pub fn check_against(catalog: &Catalog, known: &[Known]) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for entry in &catalog.entries {
        let expected = (
            entry.status.code,
            entry.variant.as_str(),
            entry.status.title.as_str(),
        );
        let found = known.iter().find(|(code, _, _)| *code == entry.status.code);
        if found.copied() != Some(expected) {
            problems.push(Diagnostic::new(
                &entry.status.file,
                Some(entry.status.lines.title),
                "`http_status!` cannot read this title: write it on one line, plain or in simple quotes",
            ));
        }
    }
    for &(code, _, _) in known {
        if catalog.find(code).is_none() {
            problems.push(Diagnostic::new(
                &format!("content/{code}.md"),
                None,
                "`http_status!` knows this code but the content does not define it validly",
            ));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{source, validate};

    /// The shipped content must be free of problems, complete, and agree
    /// with the compiled-in table.
    #[test]
    fn embedded_content_is_valid_and_matches_the_table() {
        let (catalog, problems) = validate::load(&source::embedded());
        let problems: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(problems.is_empty(), "{problems:#?}");
        assert!(catalog.entries.len() >= 67, "{}", catalog.entries.len());
        assert_eq!(catalog.frameworks.len(), 6);
        assert!(check_against(&catalog, KNOWN).is_empty());
        assert_eq!(KNOWN.len(), catalog.entries.len());
    }

    #[test]
    fn disagreement_is_reported() {
        let (catalog, _) = validate::load(&source::embedded());
        let mut known = KNOWN.to_vec();
        known[0].1 = "Renamed";
        known.push((999, "Extra", "Extra"));
        let problems = check_against(&catalog, &known);
        assert_eq!(problems.len(), 2, "{problems:#?}");
    }
}
