//! The `http_status!` macro_rules shim and its generated documentation.
//!
//! The shim exists to pass `$crate` to the proc macro: that is the one path
//! that still names this crate when a user renames the dependency.

use crate::model::Catalog;
use proc_macro2::TokenStream;
use quote::quote;

const INTRO: &str = r#"The [`StatusCode`](crate::StatusCode) for a status code number, checked at compile time.

`http_status!(204)` expands to `StatusCode::NoContent`. It works as an
expression, as a `match` pattern and in `const` items, and hovering the
number in an IDE shows that variant's documentation.

```
use httpstatuses::{http_status, StatusCode};

const CREATED: StatusCode = http_status!(201);

fn outcome(status: StatusCode) -> &'static str {
    match status {
        http_status!(200) | http_status!(201) | http_status!(204) => "done",
        http_status!(404) => "missing",
        _ => "other",
    }
}

assert_eq!(outcome(CREATED), "done");
assert_eq!(http_status!(404).title(), "Not Found");
```

The argument must be one plain decimal integer literal naming a known code.
Anything else is a compile error pointing at the argument: unknown codes
(the error names the nearest known ones), strings, identifiers, expressions,
suffixed or hexadecimal literals, and more than one argument.

```compile_fail
let status = httpstatuses::http_status!(299); // unknown: nearest are 226 and 300
```

# Known codes

| Code | Reason phrase | Variant |
| ---: | --- | --- |
"#;

pub fn generate(catalog: &Catalog) -> TokenStream {
    let mut doc = INTRO.to_owned();
    for entry in &catalog.entries {
        doc.push_str(&format!(
            "| {} | {} | [`{}`](crate::StatusCode::{}) |\n",
            entry.status.code, entry.status.title, entry.variant, entry.variant
        ));
    }
    quote! {
        #[doc = #doc]
        #[macro_export]
        macro_rules! http_status {
            ($($code:tt)*) => {
                $crate::__private::http_status_impl!($crate; $($code)*)
            };
        }
    }
}
