//! One enum per class (`Success::NoContent`, ...) and `StatusCode::classify`,
//! so a caller can match one class exhaustively.

use super::docs;
use super::status_enum::class_variant;
use crate::model::{Catalog, Entry};
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

/// `(set digit, doc)`; the enum names equal the `StatusClass` variants.
const CLASSES: [(u8, &str); 5] = [
    (
        1,
        "The 1xx (Informational) status codes: interim responses sent before the final one.",
    ),
    (
        2,
        "The 2xx (Successful) status codes: the request was received, understood and accepted.",
    ),
    (
        3,
        "The 3xx (Redirection) status codes: the client must act further to complete the request.",
    ),
    (
        4,
        "The 4xx (Client Error) status codes: the request is faulty or cannot be fulfilled.",
    ),
    (
        5,
        "The 5xx (Server Error) status codes: the server failed to fulfil a valid request.",
    ),
];

pub fn generate(catalog: &Catalog) -> TokenStream {
    let mut out = TokenStream::new();
    let mut classify_arms = TokenStream::new();
    let mut classified_variants = Vec::new();
    for (set, doc) in CLASSES {
        let class = class_variant(set);
        let entries: Vec<&Entry> = catalog
            .entries
            .iter()
            .filter(|entry| entry.status.set == set)
            .collect();
        let variants: Vec<Ident> = entries
            .iter()
            .map(|entry| Ident::new(&entry.variant, Span::call_site()))
            .collect();
        let codes = entries
            .iter()
            .map(|entry| Literal::u16_unsuffixed(entry.status.code));
        let docs = entries.iter().map(|entry| docs::class_variant_doc(entry));
        let repr = (!variants.is_empty()).then(|| quote!(#[repr(u16)]));
        let all_doc = format!("Every {class} status code, in ascending order of code.");
        out.extend(quote! {
            #[doc = #doc]
            #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
            #repr
            pub enum #class {
                #( #[doc = #docs] #variants = #codes, )*
            }

            impl #class {
                #[doc = #all_doc]
                pub const ALL: &'static [#class] = &[#(#class::#variants),*];

                /// The same code as a [`StatusCode`].
                #[inline]
                pub const fn status(self) -> StatusCode {
                    match self { #(#class::#variants => StatusCode::#variants,)* }
                }

                /// The numeric code, e.g. `204`.
                #[inline]
                pub const fn code(self) -> u16 {
                    self.status().code()
                }
            }

            impl ::core::convert::From<#class> for StatusCode {
                fn from(status: #class) -> StatusCode {
                    status.status()
                }
            }
        });
        classify_arms
            .extend(quote! { #(StatusCode::#variants => Classified::#class(#class::#variants),)* });
        let variant_doc = format!("A [`StatusClass::{class}`] code.");
        classified_variants.push(quote! { #[doc = #variant_doc] #class(#class) });
    }
    out.extend(quote! {
        /// A status code together with its class, from [`StatusCode::classify`];
        /// match it to handle each class with its own exhaustive `match`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Classified {
            #(#classified_variants,)*
        }

        impl StatusCode {
            /// This code as a variant of its class's own enum.
            #[inline]
            pub const fn classify(self) -> Classified {
                match self { #classify_arms }
            }
        }
    });
    out
}
