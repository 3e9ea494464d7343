//! Emits the whole generated API from a validated catalog.

mod classes;
mod docs;
mod frameworks;
mod macro_doc;
mod perfect_hash;
mod status_enum;

use crate::catalog;
use crate::diagnostic;
use crate::model::Catalog;
use crate::source::{self, ContentDir};
use crate::validate;
use proc_macro2::{Span, TokenStream};
use std::path::Path;

/// Expands `status_api!()` (embedded content) or `status_api!("dir")`.
///
/// Content problems become compile errors, but the API is still generated
/// from the valid files so the user is not buried in follow-on errors.
/// `base` is the directory a relative content path is resolved against.
pub fn status_api(input: TokenStream, base: Option<&Path>) -> TokenStream {
    let input_is_empty = input.is_empty();
    let dir = match content_dir(input, base) {
        Ok(dir) => dir,
        Err(error) => return error.to_compile_error(),
    };
    // Only the `httpstatuses` crate (embedded content) has a `descriptions`
    // feature; test crates reading a directory always get `description()`.
    let embedded = input_is_empty;
    let (catalog, mut problems) = validate::load(&dir);
    if embedded && problems.is_empty() {
        problems = catalog::check_against(&catalog, catalog::KNOWN);
    }
    let mut out = api(&catalog, embedded);
    if let Some(error) = diagnostic::into_error(&problems, Span::call_site()) {
        out.extend(error.to_compile_error());
    }
    out
}

/// Every generated item for `catalog`; see `status_enum::generate` for
/// `descriptions_cfg`.
pub fn api(catalog: &Catalog, descriptions_cfg: bool) -> TokenStream {
    let mut out = status_enum::generate(catalog, descriptions_cfg);
    out.extend(perfect_hash::runtime_support());
    out.extend(classes::generate(catalog));
    out.extend(frameworks::generate(catalog));
    out.extend(macro_doc::generate(catalog));
    out
}

fn content_dir(input: TokenStream, base: Option<&Path>) -> syn::Result<ContentDir> {
    if input.is_empty() {
        return Ok(source::embedded());
    }
    let path: syn::LitStr = syn::parse2(input)?;
    let base = base.ok_or_else(|| {
        syn::Error::new(
            path.span(),
            "cannot tell which source file invokes this macro, so cannot resolve the path",
        )
    })?;
    let relative = path.value();
    Ok(source::read_dir(&base.join(&relative), &relative))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn expansion_is_deterministic_and_has_no_absolute_paths() {
        let first = status_api(TokenStream::new(), None).to_string();
        let second = status_api(TokenStream::new(), None).to_string();
        assert_eq!(first, second);
        assert!(
            !first.contains("compile_error"),
            "the shipped content must expand cleanly"
        );
        assert!(!first.contains(env!("CARGO_MANIFEST_DIR")));
    }

    /// The output depends on the content only: not on where it was read
    /// from, nor on the order the files were listed in.
    #[test]
    fn same_content_from_another_place_expands_identically() {
        let embedded = validate::load(&source::embedded()).0;
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        let mut listed = source::read_dir(&dir, "elsewhere");
        listed.files.reverse();
        let (from_dir, problems) = validate::load(&listed);
        assert!(problems.is_empty());
        assert_eq!(
            api(&embedded, true).to_string(),
            api(&from_dir, true).to_string()
        );
    }

    #[test]
    fn directory_argument_must_be_a_string_literal() {
        let out = status_api(TokenStream::from_str("content").unwrap(), None).to_string();
        assert!(out.contains("compile_error"), "{out}");
    }
}
