//! Embeds the content files into the macro crate.
//!
//! `http_status!` expands in the user's crate, where `CARGO_MANIFEST_DIR` is
//! theirs, so the macro cannot find our `content/` at expansion time. Instead
//! this script lists `content/` and writes a table of `include_bytes!` entries;
//! the macros parse that table. Read errors are recorded, not raised, so they
//! surface as compile errors naming the file.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn main() {
    let manifest_dir = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let content_dir = Path::new(&manifest_dir).join("content");
    // A directory makes cargo rerun this script when any file in it is added,
    // removed or modified.
    println!("cargo:rerun-if-changed=content");

    let mut table = String::from("&[\n");
    match fs::read_dir(&content_dir) {
        Ok(entries) => {
            let mut names: Vec<String> = entries
                .filter_map(Result::ok)
                .map(|entry| entry.file_name().to_string_lossy().into_owned())
                .collect();
            names.sort();
            for name in names {
                let path = content_dir.join(&name);
                println!("cargo:rerun-if-changed=content/{name}");
                // Reading here only checks readability; `include_bytes!` makes
                // rustc itself track the file's contents.
                let bytes = match fs::read(&path) {
                    Ok(_) => format!("Ok(include_bytes!({:?}))", path.display().to_string()),
                    Err(error) => format!("Err({:?})", error.to_string()),
                };
                let _ = writeln!(table, "    ({name:?}, {bytes}),");
            }
        }
        Err(error) => {
            let _ = writeln!(table, "    (\"\", Err({:?})),", error.to_string());
        }
    }
    table.push(']');

    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("embedded.rs");
    fs::write(out, table).expect("OUT_DIR is writable");
}
