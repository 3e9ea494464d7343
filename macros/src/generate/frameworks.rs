//! `Framework`, one mapping method per framework on `StatusCode`, and the
//! generic `reference`/`from_reference` pair.

use super::perfect_hash;
use super::status_enum::ident;
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
    let reverse = reverse_lookup(catalog);

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
            #[inline]
            pub const fn name(self) -> &'static str {
                match self { #(Framework::#framework_variants => #keys,)* }
            }

            /// The framework whose [`name`](Framework::name) is exactly `name`.
            #[inline]
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
            #[inline]
            pub const fn reference(self, framework: Framework) -> ::core::option::Option<&'static str> {
                match framework { #(Framework::#framework_variants => self.#methods(),)* }
            }

            /// The status code that `framework` calls `name` (exact, case-sensitive match).
            #[inline]
            pub fn from_reference(framework: Framework, name: &str) -> ::core::option::Option<StatusCode> {
                #reverse
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
        #[inline]
        pub const fn #name(self) -> ::core::option::Option<&'static str> {
            const NAMES: [::core::option::Option<&str>; #count] = [#(#names),*];
            NAMES[self.index()]
        }
    }
}

/// The body of `from_reference(framework, name)`: one perfect-hash table
/// over every framework's names, salted by framework, so the lookup does
/// not branch on the framework.
fn reverse_lookup(catalog: &Catalog) -> TokenStream {
    let mut keys: Vec<(u64, &str)> = Vec::new();
    let mut owners: Vec<(Ident, Ident)> = Vec::new();
    for (position, framework) in catalog.frameworks.iter().enumerate() {
        for entry in &catalog.entries {
            if let Some(name) = catalog.reference(entry, framework) {
                keys.push((perfect_hash::salt(position as u64), name));
                owners.push((ident(&framework.variant), ident(&entry.variant)));
            }
        }
    }
    if keys.is_empty() {
        return quote!({
            let _ = (framework, name);
            ::core::option::Option::None
        });
    }
    let Some(table) = perfect_hash::build(&keys, false) else {
        return perfect_hash::no_table_error(keys.len());
    };
    let entries: Vec<TokenStream> = keys
        .iter()
        .zip(&owners)
        .map(|((_, name), (framework, status))| quote!((Framework::#framework, #name, StatusCode::#status)))
        .collect();
    // Same salt as the generator's `perfect_hash::salt(position)`: variants
    // are numbered in declaration order.
    let salt = quote!((framework as u64)
        .wrapping_add(1)
        .wrapping_mul(0x9E37_79B9_7F4A_7C15));
    let slot_type = quote!((Framework, &str, StatusCode));
    let (statics, slot) =
        perfect_hash::emit(&table, slot_type, &entries, salt, quote!(name), false);
    quote! {
        #statics
        let (owner, stored, status) = #slot;
        if owner as u8 == framework as u8 && stored == name {
            ::core::option::Option::Some(status)
        } else {
            ::core::option::Option::None
        }
    }
}
