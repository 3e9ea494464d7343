//! How long `status_api!()` takes to turn the content into the generated
//! API: load, parse, validate, generate. A proc-macro crate exports only
//! macros, so this bench compiles the pipeline's modules itself.
//!
//! `cargo bench -p httpstatuses-macros --bench expand` (optimised, as with
//! `[profile.*.build-override] opt-level = 3`), and `--profile dev` for the
//! unoptimised build that a default `cargo build` runs.

#![allow(dead_code, unused_imports)]

#[path = "../src/catalog.rs"]
mod catalog;
#[path = "../src/diagnostic.rs"]
mod diagnostic;
#[path = "../src/front_matter.rs"]
mod front_matter;
#[path = "../src/generate/mod.rs"]
mod generate;
#[path = "../src/markdown.rs"]
mod markdown;
#[path = "../src/model.rs"]
mod model;
#[path = "../src/naming.rs"]
mod naming;
#[path = "../src/parse.rs"]
mod parse;
#[path = "../src/source.rs"]
mod source;
#[path = "../src/validate.rs"]
mod validate;

use divan::{black_box, Bencher};
use proc_macro2::TokenStream;
use std::str::FromStr;

fn main() {
    divan::main();
}

/// The whole expansion of the embedded content, as `httpstatuses` runs it.
#[divan::bench]
fn expand_all() -> TokenStream {
    generate::status_api(black_box(TokenStream::new()), None)
}

/// Parse and validate only: every file read into the model.
#[divan::bench]
fn parse_and_validate() -> usize {
    validate::load(black_box(&source::embedded()))
        .0
        .entries
        .len()
}

/// Baseline: tokenizing the expansion's own output text, the least any
/// macro emitting this much code must pay.
#[divan::bench]
fn baseline_tokenize_output(bencher: Bencher) {
    let text = generate::status_api(TokenStream::new(), None).to_string();
    bencher.bench_local(|| TokenStream::from_str(black_box(&text)).map(|t| t.into_iter().count()));
}
