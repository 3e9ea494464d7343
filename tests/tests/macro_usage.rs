//! `http_status!` as an expression, a pattern and in `const` items.

#![deny(unreachable_patterns)]

use httpstatuses::{http_status, StatusCode};

const NO_CONTENT: StatusCode = http_status!(204);
static TEAPOT: StatusCode = http_status!(418);

fn kind(status: StatusCode) -> &'static str {
    match status {
        http_status!(200) | http_status!(201) | http_status!(204) => "done",
        http_status!(404) | http_status!(410) => "missing",
        _ => "other",
    }
}

/// A literal forwarded through another macro's `expr` fragment arrives in
/// an invisible group; the macro must still accept it.
macro_rules! forward {
    ($code:expr) => {
        http_status!($code)
    };
}

#[test]
fn expands_to_the_variant_in_every_position() {
    assert_eq!(NO_CONTENT, StatusCode::NoContent);
    assert_eq!(TEAPOT, StatusCode::ImATeapot);
    assert_eq!(http_status!(505), StatusCode::HttpVersionNotSupported);
    assert_eq!(kind(http_status!(201)), "done");
    assert_eq!(kind(StatusCode::Gone), "missing");
    assert_eq!(kind(StatusCode::BadGateway), "other");
    assert_eq!(forward!(226), StatusCode::ImUsed);
    assert_eq!(httpstatuses::http_status!(100), StatusCode::Continue);
}

#[test]
fn every_code_expands_to_its_own_variant() {
    // The consumer-crate test calls the macro for every code; here,
    // spot-check the unusual ones.
    let pairs = [
        (http_status!(100), 100),
        (http_status!(104), 104),
        (http_status!(226), 226),
        (http_status!(306), 306),
        (http_status!(308), 308),
        (http_status!(444), 444),
        (http_status!(499), 499),
        (http_status!(511), 511),
        (http_status!(599), 599),
    ];
    for (status, code) in pairs {
        assert_eq!(status.code(), code);
    }
}
