//! The Markdown shown on hover and in rustdoc.

use crate::model::{Catalog, Entry};

/// The doc of a `StatusCode` variant: `204 No Content`, a registry note for
/// unusual codes, the prose, the sources, and each framework's name.
pub fn variant_doc(entry: &Entry, catalog: &Catalog) -> String {
    let status = &entry.status;
    let mut doc = format!("{} {}\n\n", status.code, status.title);
    if let Some(note) = registry_note(entry) {
        doc.push_str(&note);
        doc.push_str("\n\n");
    }
    doc.push_str(&description(entry));
    doc.push_str("\n\n");
    let names: Vec<String> = catalog
        .frameworks
        .iter()
        .filter_map(|framework| {
            let name = catalog.reference(entry, framework)?;
            Some(format!(
                "| [{}](Framework::{}) | `{name}` |",
                framework.key, framework.variant
            ))
        })
        .collect();
    if names.is_empty() {
        doc.push_str("None of the frameworks in [`Framework`] defines a name for this code.");
    } else {
        doc.push_str("| Framework | Name |\n| --- | --- |\n");
        doc.push_str(&names.join("\n"));
    }
    doc
}

/// The prose and its sources, self-contained Markdown.
pub fn description(entry: &Entry) -> String {
    format!("{}\n\n{}", entry.status.prose, entry.status.sources)
}

/// An italic line for codes that are not plain registered codes.
fn registry_note(entry: &Entry) -> Option<String> {
    let status = &entry.status;
    let origin = status
        .origin
        .as_deref()
        .map_or_else(String::new, |origin| format!(", used by {origin}"));
    let note = match status.registry.as_deref()? {
        "temporary" => "Temporary registration in the IANA registry.".to_owned(),
        "reserved" => "Reserved in the IANA registry: not in use.".to_owned(),
        "obsoleted" => "Obsoleted in the IANA registry.".to_owned(),
        "non-standard" => format!("Non-standard: not in the IANA registry{origin}."),
        _ => return None,
    };
    Some(format!("*{note}*"))
}

/// The doc of a per-class enum variant: a pointer to the full docs.
pub fn class_variant_doc(entry: &Entry) -> String {
    format!(
        "{} {}\n\nSee [`StatusCode::{}`] for what it means.",
        entry.status.code, entry.status.title, entry.variant
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{source, validate};

    fn embedded() -> crate::model::Catalog {
        validate::load(&source::embedded()).0
    }

    #[test]
    fn no_content_doc_has_heading_prose_sources_and_names() {
        let catalog = &embedded();
        let doc = variant_doc(catalog.find(204).unwrap(), catalog);
        assert!(
            doc.starts_with("204 No Content\n\nThe server has successfully fulfilled"),
            "{doc}"
        );
        assert!(doc.contains("* Source: [RFC 9110 Section 15.3.5][1]"));
        assert!(doc.contains("[^1]: Calculating Heuristic Freshness"));
        assert!(
            doc.contains("| [Go HTTP Status Constant](Framework::Go) | `http.StatusNoContent` |")
        );
        assert!(!doc.contains("<sup>") && !doc.contains("<span"));
    }

    #[test]
    fn unusual_codes_carry_a_registry_note() {
        let catalog = &embedded();
        let doc = variant_doc(catalog.find(499).unwrap(), catalog);
        assert!(
            doc.contains("*Non-standard: not in the IANA registry, used by nginx.*"),
            "{doc}"
        );
        assert!(doc.contains("None of the frameworks"), "{doc}");
    }
}
