//! Compile errors, compared with the reviewed snapshots next to each case.
//!
//! Snapshots depend on the compiler's wording; they were made with rustc
//! 1.95.0, the toolchain of the machines this project builds on. Regenerate
//! with `TRYBUILD=overwrite` and review the diff.

#[test]
fn http_status_argument_errors() {
    trybuild::TestCases::new().compile_fail("tests/ui/*.rs");
}

#[test]
fn malformed_content_errors() {
    trybuild::TestCases::new().compile_fail("tests/ui-content/*.rs");
}

#[test]
fn tolerated_content_variations() {
    trybuild::TestCases::new().pass("tests/ui-content-pass/*.rs");
}
