//! Editing, adding or removing a content file reaches the next
//! `cargo build` without `cargo clean`. Works on a copy of the workspace.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;
use support::{cargo, scratch_dir, workspace_root};

/// Copies `from` into `to`, keeping symlinks (macros/content) as symlinks.
fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        let kind = entry.file_type().unwrap();
        if kind.is_symlink() {
            std::os::unix::fs::symlink(std::fs::read_link(entry.path()).unwrap(), &target).unwrap();
        } else if kind.is_dir() {
            if entry.file_name() != "target" {
                copy_tree(&entry.path(), &target);
            }
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

struct Copy {
    root: PathBuf,
    target: PathBuf,
}

impl Copy {
    fn new() -> Copy {
        let root = scratch_dir("rebuild");
        let source = workspace_root();
        for part in ["macros", "runtime", "content"] {
            copy_tree(&source.join(part), &root.join(part));
        }
        std::fs::copy(source.join("README.md"), root.join("README.md")).unwrap();
        std::fs::copy(source.join("Cargo.lock"), root.join("Cargo.lock")).unwrap();
        let manifest = std::fs::read_to_string(source.join("Cargo.toml")).unwrap();
        let manifest = manifest.replace("\"tests\"", "");
        std::fs::write(root.join("Cargo.toml"), manifest).unwrap();
        let target = root.join("target");
        Copy { root, target }
    }

    fn content(&self, name: &str) -> PathBuf {
        self.root.join("content").join(name)
    }

    fn build(&self) {
        cargo(
            &self.root,
            &self.target,
            &["build", "-p", "httpstatuses", "--example", "explain"],
        );
    }

    /// Output of `explain <code>`, or `None` if it failed.
    fn explain(&self, code: &str) -> Option<String> {
        let output = Command::new(self.target.join("debug/examples/explain"))
            .arg(code)
            .output()
            .unwrap();
        output
            .status
            .success()
            .then(|| String::from_utf8(output.stdout).unwrap())
    }
}

#[test]
fn content_edits_additions_and_removals_reach_the_next_build() {
    let copy = Copy::new();
    copy.build();
    let before = copy.explain("204").unwrap();
    assert!(
        before.contains("The server has successfully fulfilled"),
        "{before}"
    );
    assert!(copy.explain("299").is_none());

    // Edit the prose of an existing file.
    let path = copy.content("204.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let edited = text.replace(
        "The server has successfully fulfilled",
        "EDITED-IN-TEST: the server fulfilled",
    );
    assert_ne!(text, edited);
    std::fs::write(&path, edited).unwrap();
    copy.build();
    let after = copy.explain("204").unwrap();
    assert!(
        after.contains("EDITED-IN-TEST: the server fulfilled"),
        "{after}"
    );
    assert!(!after.contains("The server has successfully fulfilled"));

    // Add a new file.
    let added = std::fs::read_to_string(copy.content("226.md"))
        .unwrap()
        .replace("code: 226", "code: 299")
        .replace("title: IM Used", "title: Added In Test");
    let added: String = added
        .lines()
        .filter(|line| !line.starts_with("    \""))
        .map(|line| format!("{line}\n"))
        .collect::<String>()
        .replace("references:\n", "");
    std::fs::write(copy.content("299.md"), added).unwrap();
    copy.build();
    let new = copy
        .explain("299")
        .expect("the added code is known after rebuilding");
    assert!(
        new.starts_with("299 Added In Test (2xx Successful)"),
        "{new}"
    );

    // Remove it again.
    std::fs::remove_file(copy.content("299.md")).unwrap();
    copy.build();
    assert!(
        copy.explain("299").is_none(),
        "the removed code must be gone"
    );
}
