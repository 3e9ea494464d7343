//! The typed model of the content, shared by validation and generation.

/// A framework declared in `content/frameworks.yaml`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Framework {
    /// Key used in the content files' `references`, e.g. `Go HTTP Status Constant`.
    pub key: String,
    /// `Framework` enum variant, e.g. `Go`.
    pub variant: String,
    /// `StatusCode` method name, e.g. `go_constant`.
    pub method: String,
    /// One line of Markdown documentation.
    pub doc: String,
}

/// One status code, parsed from `content/<code>.md`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    /// Display path of the file it came from.
    pub file: String,
    pub code: u16,
    /// The `set` field: first digit of the code.
    pub set: u8,
    /// The reason phrase, e.g. `No Content`.
    pub title: String,
    /// Registry status, e.g. `registered` or `non-standard`.
    pub registry: Option<String>,
    /// Who uses a non-standard code, e.g. `nginx`.
    pub origin: Option<String>,
    /// `(framework key, name, line)` in file order.
    pub references: Vec<Reference>,
    /// The prose, as clean Markdown.
    pub prose: String,
    /// The source list, footnotes and link definitions, as clean Markdown.
    pub sources: String,
    /// Where the checked fields are, for error messages.
    pub lines: FieldLines,
}

/// 1-based file lines of the front-matter fields that later checks report on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldLines {
    pub set: usize,
    pub code: usize,
    pub title: usize,
}

/// A framework's name for a status code, as written in the content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    pub framework_key: String,
    pub name: String,
    pub line: usize,
}

/// A validated status with its generated identifier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub status: Status,
    /// UpperCamelCase variant name derived from the title.
    pub variant: String,
}

/// Everything the generator needs, sorted by code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalog {
    pub frameworks: Vec<Framework>,
    pub entries: Vec<Entry>,
}

impl Catalog {
    pub fn find(&self, code: u16) -> Option<&Entry> {
        self.entries
            .binary_search_by_key(&code, |entry| entry.status.code)
            .ok()
            .map(|index| &self.entries[index])
    }

    /// `framework`'s name for `entry`, if the content gives one.
    pub fn reference<'a>(&self, entry: &'a Entry, framework: &Framework) -> Option<&'a str> {
        entry
            .status
            .references
            .iter()
            .find(|reference| reference.framework_key == framework.key)
            .map(|reference| reference.name.as_str())
    }
}
