//! Embeds the content files into the macro crate.
//!
//! `http_status!` expands in the user's crate, where `CARGO_MANIFEST_DIR` is
//! theirs, so the macro cannot find our `content/` at expansion time. Instead
//! this script lists `content/` and writes a table of `include_bytes!` entries;
//! the macros parse that table. Read errors are recorded, not raised, so they
//! surface as compile errors naming the file. It also writes the small
//! `(code, variant, title)` table that `http_status!` uses (see
//! `src/quick_scan.rs`).

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

// Shared with the crate, so the table agrees with what the macros do.
#[allow(dead_code)]
#[path = "src/naming.rs"]
mod naming;
#[allow(dead_code)]
#[path = "src/quick_scan.rs"]
mod quick_scan;

fn main() {
    let manifest_dir = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let content_dir = Path::new(&manifest_dir).join("content");
    // A directory makes cargo rerun this script when any file in it is added,
    // removed or modified.
    println!("cargo:rerun-if-changed=content");

    let mut table = String::from("&[\n");
    // `(code, variant, title)` for `http_status!`, sorted by code.
    let mut quick: Vec<(u16, String, String)> = Vec::new();
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
                    Ok(bytes) => {
                        let text = String::from_utf8_lossy(&bytes);
                        if let Some((code, title)) = quick_scan::scan(&name, &text) {
                            if let Ok(variant) = naming::variant_name(&title) {
                                quick.push((code, variant, title));
                            }
                        }
                        format!("Ok(include_bytes!({:?}))", path.display().to_string())
                    }
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

    quick.sort();
    let mut quick_table = String::from("&[\n");
    for (code, variant, title) in &quick {
        let _ = writeln!(quick_table, "    ({code}, {variant:?}, {title:?}),");
    }
    quick_table.push(']');

    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    fs::write(Path::new(&out_dir).join("embedded.rs"), table).expect("OUT_DIR is writable");
    fs::write(Path::new(&out_dir).join("quick_table.rs"), quick_table)
        .expect("OUT_DIR is writable");
}
