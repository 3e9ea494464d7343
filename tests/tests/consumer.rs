//! Crates outside this workspace use `http_status!` for every code in an
//! exhaustive `match` with no wildcard, under the real name and renamed.

mod support;

use httpstatuses::StatusCode;
use std::fmt::Write as _;
use support::{cargo, scratch_dir, workspace_root};

/// `main.rs` of a consumer that refers to the crate as `krate`.
fn consumer_source(krate: &str) -> String {
    let mut arms = String::new();
    for status in StatusCode::ALL {
        let code = status.code();
        writeln!(arms, "        {krate}::http_status!({code}) => {code},").unwrap();
    }
    format!(
        r#"#![deny(unreachable_patterns, warnings)]

const NO_CONTENT: {krate}::StatusCode = {krate}::http_status!(204);

/// Exhaustive without a wildcard: adding a variant would break this build.
fn number(status: {krate}::StatusCode) -> u16 {{
    match status {{
{arms}    }}
}}

fn main() {{
    for status in {krate}::StatusCode::ALL {{
        assert_eq!(number(*status), status.code());
    }}
    assert_eq!(NO_CONTENT, {krate}::StatusCode::NoContent);
    println!("{{}} arms matched", {krate}::StatusCode::ALL.len());
}}
"#
    )
}

fn write_crate(root: &std::path::Path, name: &str, dependency: &str, krate: &str) {
    let dir = root.join(name);
    std::fs::create_dir_all(dir.join("src")).unwrap();
    let runtime = workspace_root().join("runtime");
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
             [dependencies]\n{dependency} = {{ package = \"httpstatuses\", path = {:?} }}\n",
            runtime.display().to_string()
        ),
    )
    .unwrap();
    std::fs::write(dir.join("src/main.rs"), consumer_source(krate)).unwrap();
}

#[test]
fn exhaustive_match_compiles_with_plain_and_renamed_dependency() {
    let root = scratch_dir("consumers");
    std::fs::write(
        root.join("Cargo.toml"),
        "[workspace]\nresolver = \"2\"\nmembers = [\"plain\", \"renamed\"]\n",
    )
    .unwrap();
    // Reuse the lock file so the offline build picks the same versions.
    std::fs::copy(workspace_root().join("Cargo.lock"), root.join("Cargo.lock")).unwrap();
    write_crate(&root, "plain", "httpstatuses", "httpstatuses");
    write_crate(&root, "renamed", "hs", "hs");

    let target = root.join("target");
    let expected = format!("{} arms matched\n", StatusCode::ALL.len());
    for name in ["plain", "renamed"] {
        let output = cargo(&root, &target, &["run", "--quiet", "-p", name]);
        assert_eq!(String::from_utf8_lossy(&output.stdout), expected, "{name}");
    }
    let renamed = std::fs::read_to_string(root.join("renamed/src/main.rs")).unwrap();
    assert!(
        !renamed.contains("httpstatuses::"),
        "the renamed consumer must not name the crate"
    );
}
