//! The embedded content, parsed once per compiler process.
//!
//! `http_status!` runs once per call site; parsing the content each time
//! would make every call pay for YAML parsing. The proc-macro library stays
//! loaded for the whole crate compilation, so a process-wide cache turns
//! that into one parse per compiled crate.

use crate::model::Catalog;
use crate::{source, validate};
use std::sync::OnceLock;

/// The embedded catalog. If the content has problems this holds the files
/// that were valid; the `httpstatuses` crate's own build reports the rest.
pub fn embedded() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| validate::load(&source::embedded()).0)
}

#[cfg(test)]
mod tests {
    use crate::{source, validate};

    /// The shipped content must be free of problems, and complete.
    #[test]
    fn embedded_content_is_valid() {
        let (catalog, problems) = validate::load(&source::embedded());
        let problems: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(problems.is_empty(), "{problems:#?}");
        assert!(catalog.entries.len() >= 67, "{}", catalog.entries.len());
        assert_eq!(catalog.frameworks.len(), 6);
    }
}
