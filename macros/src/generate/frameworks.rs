//! `Framework`, one mapping method per framework on `StatusCode`, and the
//! generic `reference`/`from_reference` pair.

use crate::model::{Catalog, Framework};
use proc_macro2::{Ident, Span, TokenStream};
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

fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// `pub const fn go_constant(self) -> Option<&'static str>`.
fn method(catalog: &Catalog, framework: &Framework) -> TokenStream {
    let name = ident(&framework.method);
    let doc = format!(
        "{}\n\nReturns `None` where the framework defines no name for the code. \
         Same as [`reference`](StatusCode::reference)`(Framework::{})`.",
        framework.doc, framework.variant
    );
    let arms = catalog.entries.iter().map(|entry| {
        let variant = ident(&entry.variant);
        match catalog.reference(entry, framework) {
            Some(value) => quote!(StatusCode::#variant => ::core::option::Option::Some(#value),),
            None => quote!(StatusCode::#variant => ::core::option::Option::None,),
        }
    });
    quote! {
        #[doc = #doc]
        pub const fn #name(self) -> ::core::option::Option<&'static str> {
            match self { #(#arms)* }
        }
    }
}

/// `Framework::Go => match name { "http.StatusOK" => Some(StatusCode::Ok), ... }`.
fn reverse_lookup(catalog: &Catalog, framework: &Framework) -> TokenStream {
    let framework_variant = ident(&framework.variant);
    let arms = catalog.entries.iter().filter_map(|entry| {
        let value = catalog.reference(entry, framework)?;
        let variant = ident(&entry.variant);
        Some(quote!(#value => ::core::option::Option::Some(StatusCode::#variant),))
    });
    quote! {
        Framework::#framework_variant => match name {
            #(#arms)*
            _ => ::core::option::Option::None,
        },
    }
}
