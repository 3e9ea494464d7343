//! `StatusCode` and its content-derived methods.
//!
//! Lookups are table reads, not `match`es: `from_code` and `title` index
//! arrays by `code - FIRST`, so they cost one load each whatever the
//! optimiser makes of a sparse `match`.

use super::docs;
use super::perfect_hash;
use crate::model::Catalog;
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

const ENUM_DOC: &str = "An HTTP status code, one variant per code in this crate's content.

The enum is exhaustive: a `match` can cover every variant without a wildcard.
Each variant's docs explain the code and name it in other frameworks.
Write a variant by number with [`http_status!`](crate::http_status).";

/// `descriptions_cfg`: put `description()` behind the invoking crate's
/// `descriptions` feature (only the `httpstatuses` crate declares one).
pub fn generate(catalog: &Catalog, descriptions_cfg: bool) -> TokenStream {
    let cfg = descriptions_cfg.then(|| quote!(#[cfg(feature = "descriptions")]));
    let variants: Vec<Ident> = catalog
        .entries
        .iter()
        .map(|entry| ident(&entry.variant))
        .collect();
    let codes: Vec<Literal> = catalog
        .entries
        .iter()
        .map(|entry| Literal::u16_unsuffixed(entry.status.code))
        .collect();
    if catalog.entries.is_empty() {
        return empty_skeleton(&cfg);
    }
    let docs = catalog
        .entries
        .iter()
        .map(|entry| docs::variant_doc(entry, catalog));
    let mut out = quote! {
        #[doc = #ENUM_DOC]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[repr(u16)]
        pub enum StatusCode {
            #( #[doc = #docs] #variants = #codes, )*
        }
    };
    out.extend(methods(catalog, &variants, &cfg));
    out
}

fn methods(catalog: &Catalog, variants: &[Ident], cfg: &Option<TokenStream>) -> TokenStream {
    let first = catalog.entries.first().map_or(0, |entry| entry.status.code);
    let last = catalog.entries.last().map_or(0, |entry| entry.status.code);
    let span = usize::from(last - first) + 1;
    let first_lit = Literal::u16_unsuffixed(first);
    let last_lit = Literal::u16_unsuffixed(last);

    // Tables indexed by `code - first`, with holes for unknown codes.
    let mut by_code: Vec<TokenStream> = vec![quote!(::core::option::Option::None); span];
    let mut titles_by_code: Vec<TokenStream> = vec![quote!(""); span];
    let mut dense_index: Vec<Literal> = vec![Literal::u16_unsuffixed(0); span];
    for (index, (entry, variant)) in catalog.entries.iter().zip(variants).enumerate() {
        let offset = usize::from(entry.status.code - first);
        by_code[offset] = quote!(::core::option::Option::Some(StatusCode::#variant));
        let title = entry.status.title.as_str();
        titles_by_code[offset] = quote!(#title);
        // Validation caps codes at 599, so there are at most 500 entries.
        dense_index[offset] = Literal::u16_unsuffixed(index as u16);
    }
    let count = catalog.entries.len();
    let descriptions = catalog.entries.iter().map(docs::description);
    let classes = catalog
        .entries
        .iter()
        .map(|entry| class_variant(entry.status.set));

    let title_lookup = title_lookup(catalog, variants);

    quote! {
        impl StatusCode {
            /// Every status code, in ascending order of code.
            pub const ALL: &'static [StatusCode] = &[#(StatusCode::#variants),*];

            /// The numeric code, e.g. `204`.
            #[inline]
            pub const fn code(self) -> u16 {
                self as u16
            }

            /// The status code for `code`, or `None` if this crate does not know it.
            #[inline]
            pub const fn from_code(code: u16) -> ::core::option::Option<StatusCode> {
                const BY_CODE: [::core::option::Option<StatusCode>; #span] = [#(#by_code),*];
                if code >= #first_lit && code <= #last_lit {
                    BY_CODE[(code - #first_lit) as usize]
                } else {
                    ::core::option::Option::None
                }
            }

            /// The reason phrase, e.g. `No Content`.
            #[inline]
            pub const fn title(self) -> &'static str {
                const TITLES: [&str; #span] = [#(#titles_by_code),*];
                TITLES[(self as u16 - #first_lit) as usize]
            }

            /// The status code whose reason phrase is `title`, ignoring ASCII
            /// case: `from_title("not found")` is `Some(StatusCode::NotFound)`.
            #[inline]
            pub fn from_title(title: &str) -> ::core::option::Option<StatusCode> {
                #title_lookup
            }

            /// Position in [`ALL`](StatusCode::ALL), for the dense tables below.
            #[inline]
            const fn index(self) -> usize {
                const INDEX: [u16; #span] = [#(#dense_index),*];
                INDEX[(self as u16 - #first_lit) as usize] as usize
            }

            /// What the code means and what senders and recipients must do,
            /// as Markdown, followed by its sources.
            #cfg
            #[inline]
            pub const fn description(self) -> &'static str {
                const DESCRIPTIONS: [&str; #count] = [#(#descriptions),*];
                DESCRIPTIONS[self.index()]
            }

            /// The class, from the code's first digit.
            #[inline]
            pub const fn class(self) -> StatusClass {
                const CLASSES: [StatusClass; #count] = [#(StatusClass::#classes),*];
                CLASSES[self.index()]
            }
        }
    }
}

/// The body of `from_title(title: &str)`: a case-insensitive perfect-hash
/// lookup of the reason phrases.
fn title_lookup(catalog: &Catalog, variants: &[Ident]) -> TokenStream {
    let keys: Vec<(u64, &str)> = catalog
        .entries
        .iter()
        .map(|entry| (0, entry.status.title.as_str()))
        .collect();
    let Some(table) = perfect_hash::build(&keys, true) else {
        return perfect_hash::no_table_error(keys.len());
    };
    let entries: Vec<TokenStream> = variants
        .iter()
        .zip(&keys)
        .map(|(variant, (_, title))| quote!((#title, StatusCode::#variant)))
        .collect();
    let slot_type = quote!((&str, StatusCode));
    let (statics, slot) =
        perfect_hash::emit(&table, slot_type, &entries, quote!(0), quote!(title), true);
    quote! {
        #statics
        let (stored, status) = #slot;
        if stored.eq_ignore_ascii_case(title) {
            ::core::option::Option::Some(status)
        } else {
            ::core::option::Option::None
        }
    }
}

/// With no valid content at all, an enum with no variants and methods that
/// type-check, so the user sees the content errors and little else.
fn empty_skeleton(cfg: &Option<TokenStream>) -> TokenStream {
    quote! {
        #[doc = #ENUM_DOC]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum StatusCode {}

        impl StatusCode {
            /// Every status code (none: the content has errors).
            pub const ALL: &'static [StatusCode] = &[];
            /// The numeric code.
            #[inline]
            pub const fn code(self) -> u16 { match self {} }
            /// The status code for `code`.
            #[inline]
            pub const fn from_code(_code: u16) -> ::core::option::Option<StatusCode> { ::core::option::Option::None }
            /// The reason phrase.
            #[inline]
            pub const fn title(self) -> &'static str { match self {} }
            /// The status code whose reason phrase is `title`.
            #[inline]
            pub fn from_title(_title: &str) -> ::core::option::Option<StatusCode> { ::core::option::Option::None }
            /// The description.
            #cfg
            #[inline]
            pub const fn description(self) -> &'static str { match self {} }
            /// The class.
            #[inline]
            pub const fn class(self) -> StatusClass { match self {} }
            #[inline]
            const fn index(self) -> usize { match self {} }
        }
    }
}

pub fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// `StatusClass` variant for a `set` digit (validated to be 1 to 5).
pub fn class_variant(set: u8) -> Ident {
    let name = match set {
        1 => "Informational",
        2 => "Success",
        3 => "Redirection",
        4 => "ClientError",
        _ => "ServerError",
    };
    Ident::new(name, Span::call_site())
}
