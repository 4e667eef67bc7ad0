//! Integration tests: the real binary on real files, one module per area.

mod audit;
mod corroboration;
mod eval;
mod export;
mod extract;
mod formats;
mod gazetteer;
mod hostile;
mod incremental;
mod messages;
mod properties;
mod readme;
mod reduce;
mod report;
mod schema;
mod segment;
mod stream;
mod tools;

use std::path::{Path, PathBuf};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The `coopex` binary, run from the repository root.
pub fn coopex() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("coopex").expect("binary builds");
    cmd.current_dir(root());
    cmd
}

/// Reads a JSON Lines file into values.
pub fn read_jsonl(path: &Path) -> Vec<serde_json::Value> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{l}: {e}")))
        .collect()
}

/// Copies the shipped corpus into `dir` (which must exist).
pub fn copy_corpus_into(dir: &Path) {
    for entry in std::fs::read_dir(root().join("corpus")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
    }
}

/// A temporary folder holding a copy of the shipped corpus.
pub fn corpus_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_corpus_into(dir.path());
    dir
}

/// Runs `coopex extract` on `input` into a new temporary folder, expecting success.
pub fn extracted_into_temp(input: &Path) -> tempfile::TempDir {
    extracted_with_exit_code(input, 0)
}

/// Runs `coopex extract` on `input` into a new temporary folder, expecting `code` (1 when
/// inputs are rejected).
pub fn extracted_with_exit_code(input: &Path, code: i32) -> tempfile::TempDir {
    let out = tempfile::tempdir().unwrap();
    coopex()
        .args(["extract", "--quiet", "--out"])
        .arg(out.path())
        .arg(input)
        .assert()
        .code(code);
    out
}

/// Runs a Python script with arguments and returns its standard output; fails the test,
/// showing Python's error, when the script fails.
pub fn run_python(script: &str, args: &[&std::ffi::OsStr]) -> String {
    let output = std::process::Command::new("python3")
        .args(["-c", script])
        .args(args)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}
