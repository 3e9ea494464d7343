//! Where content files come from: the copy embedded at build time, or a
//! directory named by a test.

use std::borrow::Cow;
use std::path::Path;

/// The framework declarations live beside the status files.
pub const FRAMEWORKS_FILE: &str = "frameworks.yaml";

/// One file of a content directory, not yet parsed.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// File name inside the content directory, e.g. `204.md`.
    pub name: String,
    /// Path shown in error messages, e.g. `content/204.md`.
    pub display: String,
    /// The bytes, or why they could not be read.
    pub bytes: Result<Cow<'static, [u8]>, String>,
}

/// What a content directory holds, sorted by file name.
#[derive(Debug, Clone)]
pub struct ContentDir {
    /// Display path of the directory, e.g. `content`.
    pub display: String,
    /// Why the directory itself could not be listed.
    pub error: Option<String>,
    pub files: Vec<SourceFile>,
}

type EmbeddedFile = (&'static str, Result<&'static [u8], &'static str>);

/// Written by `build.rs`: `(file name, contents or read error)`, sorted.
const EMBEDDED: &[EmbeddedFile] = include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

/// The content embedded into this crate when it was built.
pub fn embedded() -> ContentDir {
    let mut dir = ContentDir {
        display: "content".to_owned(),
        error: None,
        files: Vec::new(),
    };
    for (name, bytes) in EMBEDDED {
        if name.is_empty() {
            // build.rs records a directory that could not be listed this way.
            dir.error = bytes.err().map(str::to_owned);
            continue;
        }
        dir.files.push(SourceFile {
            name: (*name).to_owned(),
            display: format!("content/{name}"),
            bytes: bytes.map(Cow::Borrowed).map_err(str::to_owned),
        });
    }
    dir
}

/// Reads every file of `dir`; `display` is how error messages name it.
pub fn read_dir(dir: &Path, display: &str) -> ContentDir {
    let mut content = ContentDir {
        display: display.to_owned(),
        error: None,
        files: Vec::new(),
    };
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) => {
            content.error = Some(error.to_string());
            return content;
        }
    };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        let bytes = std::fs::read(entry.path())
            .map(Cow::Owned)
            .map_err(|error| error.to_string());
        content.files.push(SourceFile {
            display: format!("{display}/{name}"),
            name,
            bytes,
        });
    }
    content.files.sort_by(|a, b| a.name.cmp(&b.name));
    content
}
