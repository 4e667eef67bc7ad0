//! Integration tests: the real binary on real files, one module per area.

mod audit;
mod corroboration;
mod eval;
mod export;
mod extract;
mod gazetteer;
mod incremental;
mod properties;
mod report;
mod schema;
mod segment;
mod stream;

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
