//! Compile errors, compared with the reviewed snapshots next to each case.
//!
//! Snapshots depend on the compiler's wording; they are made with the
//! toolchain in `rust-toolchain.toml`. Regenerate with `TRYBUILD=overwrite`
//! and review the diff.

#[test]
fn http_status_argument_errors() {
    trybuild::TestCases::new().compile_fail("tests/ui/*.rs");
}

#[test]
fn malformed_content_errors() {
    trybuild::TestCases::new().compile_fail("tests/ui-content/*.rs");
}
