//! `StatusCode` and its content-derived methods.

use super::docs;
use crate::model::Catalog;
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

const ENUM_DOC: &str = "An HTTP status code, one variant per code in this crate's content.

The enum is exhaustive: a `match` can cover every variant without a wildcard.
Each variant's docs explain the code and name it in other frameworks.
Write a variant by number with [`http_status!`](crate::http_status).";

pub fn generate(catalog: &Catalog) -> TokenStream {
    let variants: Vec<Ident> = catalog
        .entries
        .iter()
        .map(|entry| Ident::new(&entry.variant, Span::call_site()))
        .collect();
    let codes: Vec<Literal> = catalog
        .entries
        .iter()
        .map(|entry| Literal::u16_unsuffixed(entry.status.code))
        .collect();
    let docs = catalog
        .entries
        .iter()
        .map(|entry| docs::variant_doc(entry, catalog));
    let titles = catalog
        .entries
        .iter()
        .map(|entry| entry.status.title.as_str());
    let descriptions = catalog.entries.iter().map(docs::description);
    let classes = catalog
        .entries
        .iter()
        .map(|entry| class_variant(entry.status.set));
    // `#[repr(u16)]` is rejected on an enum with no variants, which only a
    // content directory without valid files produces.
    let repr = (!variants.is_empty()).then(|| quote!(#[repr(u16)]));

    quote! {
        #[doc = #ENUM_DOC]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #repr
        pub enum StatusCode {
            #( #[doc = #docs] #variants = #codes, )*
        }

        impl StatusCode {
            /// Every status code, in ascending order of code.
            pub const ALL: &'static [StatusCode] = &[#(StatusCode::#variants),*];

            /// The numeric code, e.g. `204`.
            pub const fn code(self) -> u16 {
                match self { #(StatusCode::#variants => #codes,)* }
            }

            /// The status code for `code`, or `None` if this crate does not know it.
            pub const fn from_code(code: u16) -> ::core::option::Option<StatusCode> {
                match code {
                    #(#codes => ::core::option::Option::Some(StatusCode::#variants),)*
                    _ => ::core::option::Option::None,
                }
            }

            /// The reason phrase, e.g. `No Content`.
            pub const fn title(self) -> &'static str {
                match self { #(StatusCode::#variants => #titles,)* }
            }

            /// What the code means and what senders and recipients must do,
            /// as Markdown, followed by its sources.
            pub const fn description(self) -> &'static str {
                match self { #(StatusCode::#variants => #descriptions,)* }
            }

            /// The class, from the code's first digit.
            pub const fn class(self) -> StatusClass {
                match self { #(StatusCode::#variants => StatusClass::#classes,)* }
            }
        }
    }
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
