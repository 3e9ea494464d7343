//! `Framework`, one mapping method per framework on `StatusCode`, and the
//! generic `reference`/`from_reference` pair.

use super::status_enum::{self, ident};
use crate::model::{Catalog, Framework};
use proc_macro2::{Ident, TokenStream};
use quote::quote;

pub fn generate(catalog: &Catalog) -> TokenStream {
    let framework_variants: Vec<Ident> = catalog
        .frameworks
        .iter()
        .map(|f| ident(&f.variant))
        .collect();
    let framework_docs = catalog.frameworks.iter().map(|f| f.doc.as_str());
    let keys: Vec<&str> = catalog.frameworks.iter().map(|f| f.key.as_str()).collect();
    let methods: Vec<Ident> = catalog
        .frameworks
        .iter()
        .map(|f| ident(&f.method))
        .collect();
    let method_impls = catalog
        .frameworks
        .iter()
        .map(|framework| method(catalog, framework));
    let reverse_arms = catalog
        .frameworks
        .iter()
        .map(|framework| reverse_lookup(catalog, framework));

    quote! {
        /// A framework whose names for status codes this crate knows.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Framework {
            #( #[doc = #framework_docs] #framework_variants, )*
        }

        impl Framework {
            /// Every framework, in declaration order.
            pub const ALL: &'static [Framework] = &[#(Framework::#framework_variants),*];

            /// The framework's name as written in the content's `references`,
            /// e.g. `Go HTTP Status Constant`.
            pub const fn name(self) -> &'static str {
                match self { #(Framework::#framework_variants => #keys,)* }
            }

            /// The framework whose [`name`](Framework::name) is exactly `name`.
            pub fn from_name(name: &str) -> ::core::option::Option<Framework> {
                match name {
                    #(#keys => ::core::option::Option::Some(Framework::#framework_variants),)*
                    _ => ::core::option::Option::None,
                }
            }
        }

        impl StatusCode {
            #(#method_impls)*

            /// This code's name in `framework`, exactly as that framework spells it;
            /// `None` where the framework defines no name for the code.
            pub const fn reference(self, framework: Framework) -> ::core::option::Option<&'static str> {
                match framework { #(Framework::#framework_variants => self.#methods(),)* }
            }

            /// The status code that `framework` calls `name` (exact, case-sensitive match).
            pub fn from_reference(framework: Framework, name: &str) -> ::core::option::Option<StatusCode> {
                match framework { #(#reverse_arms)* }
            }
        }
    }
}

/// `pub const fn go_constant(self) -> Option<&'static str>`, a table read.
fn method(catalog: &Catalog, framework: &Framework) -> TokenStream {
    let name = ident(&framework.method);
    let doc = format!(
        "{}\n\nReturns `None` where the framework defines no name for the code. \
         Same as [`reference`](StatusCode::reference)`(Framework::{})`.",
        framework.doc, framework.variant
    );
    let names = catalog
        .entries
        .iter()
        .map(|entry| match catalog.reference(entry, framework) {
            Some(value) => quote!(::core::option::Option::Some(#value)),
            None => quote!(::core::option::Option::None),
        });
    let count = catalog.entries.len();
    quote! {
        #[doc = #doc]
        pub const fn #name(self) -> ::core::option::Option<&'static str> {
            const NAMES: [::core::option::Option<&str>; #count] = [#(#names),*];
            NAMES[self.index()]
        }
    }
}

/// `Framework::Go => { <perfect-hash lookup of name> }`.
fn reverse_lookup(catalog: &Catalog, framework: &Framework) -> TokenStream {
    let framework_variant = ident(&framework.variant);
    let (names, variants): (Vec<&str>, Vec<Ident>) = catalog
        .entries
        .iter()
        .filter_map(|entry| Some((catalog.reference(entry, framework)?, ident(&entry.variant))))
        .unzip();
    let lookup = status_enum::dense_lookup(&names, &variants, false, &ident("name"));
    quote! {
        Framework::#framework_variant => { #lookup }
    }
}
