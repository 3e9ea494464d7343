//! Procedural macros behind [`httpstatuses`](https://docs.rs/httpstatuses).
//!
//! Depend on `httpstatuses`, not on this crate: its macros expand to paths
//! inside `httpstatuses` and are only re-exported there.
//!
//! The pipeline is split by stage: `source` loads the content files,
//! `parse` turns one file into a model, `validate` checks the files
//! against each other, and `generate` emits the API. Every stage reports
//! through `diagnostic`, so all problems of one build are shown together.

#![forbid(unsafe_code)]

mod catalog;
mod diagnostic;
mod front_matter;
mod generate;
mod http_status;
mod markdown;
mod model;
mod naming;
mod parse;
// Used by build.rs (through `#[path]`); compiled here for its unit tests.
#[cfg(test)]
mod quick_scan;
mod source;
mod validate;

use proc_macro::TokenStream;

/// Generates `StatusCode`, its docs, the per-class enums, `Framework` and
/// `http_status!` from the content files.
///
/// With no argument it reads the content embedded in this crate. With a
/// string literal it reads that directory, relative to the directory of the
/// source file that invokes it (used by tests that feed malformed content).
#[doc(hidden)]
#[proc_macro]
pub fn status_api(input: TokenStream) -> TokenStream {
    let caller = proc_macro::Span::call_site().local_file();
    let base = caller.as_deref().and_then(std::path::Path::parent);
    generate::status_api(input.into(), base).into()
}

/// The engine behind `httpstatuses::http_status!`: input is
/// `<crate path> ; <argument>`, output is `<crate path>::StatusCode::<Variant>`.
#[doc(hidden)]
#[proc_macro]
pub fn http_status_impl(input: TokenStream) -> TokenStream {
    http_status::expand(input.into(), catalog::KNOWN).into()
}
