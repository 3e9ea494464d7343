//! Emits the whole generated API from a validated catalog.

mod classes;
mod docs;
mod frameworks;
mod macro_doc;
mod status_enum;

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
pub fn status_api(input: TokenStream) -> TokenStream {
    let dir = match content_dir(input) {
        Ok(dir) => dir,
        Err(error) => return error.to_compile_error(),
    };
    let (catalog, problems) = validate::load(&dir);
    let mut out = api(&catalog);
    if let Some(error) = diagnostic::into_error(&problems, Span::call_site()) {
        out.extend(error.to_compile_error());
    }
    out
}

/// Every generated item for `catalog`.
pub fn api(catalog: &Catalog) -> TokenStream {
    let mut out = status_enum::generate(catalog);
    out.extend(classes::generate(catalog));
    out.extend(frameworks::generate(catalog));
    out.extend(macro_doc::generate(catalog));
    out
}

fn content_dir(input: TokenStream) -> syn::Result<ContentDir> {
    if input.is_empty() {
        return Ok(source::embedded());
    }
    let path: syn::LitStr = syn::parse2(input)?;
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").map_err(|_| {
        syn::Error::new(
            path.span(),
            "CARGO_MANIFEST_DIR is not set; build with cargo",
        )
    })?;
    let relative = path.value();
    Ok(source::read_dir(
        &Path::new(&manifest_dir).join(&relative),
        &relative,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn expansion_is_deterministic_and_has_no_absolute_paths() {
        let first = status_api(TokenStream::new()).to_string();
        let second = status_api(TokenStream::new()).to_string();
        assert_eq!(first, second);
        assert!(
            !first.contains("compile_error"),
            "the shipped content must expand cleanly"
        );
        assert!(!first.contains(env!("CARGO_MANIFEST_DIR")));
    }

    #[test]
    fn directory_argument_must_be_a_string_literal() {
        let out = status_api(TokenStream::from_str("content").unwrap()).to_string();
        assert!(out.contains("compile_error"), "{out}");
    }
}
