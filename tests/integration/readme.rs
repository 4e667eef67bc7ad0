//! What the README states about using coopex, held against the repository: the commands it
//! shows write where it says, and the toolchain it names is the one CI checks.

use crate::root;

/// The commands the README shows, as indented lines `cargo run --release -- …`, split into
/// the arguments after `--`.
fn readme_commands() -> Vec<Vec<String>> {
    std::fs::read_to_string(root().join("README.md"))
        .unwrap()
        .lines()
        .filter_map(|l| l.strip_prefix("    cargo run --release -- "))
        .map(|args| args.split_whitespace().map(str::to_string).collect())
        .collect()
}

#[test]
fn readme_commands_write_their_output_into_out() {
    let commands = readme_commands();
    assert!(
        commands.len() >= 4,
        "README lost its commands: {commands:?}"
    );
    let mut outputs = 0;
    for args in &commands {
        for pair in args.windows(2) {
            if ["-o", "--out", "--output"].contains(&pair[0].as_str()) {
                outputs += 1;
                assert!(
                    pair[1].starts_with("out/"),
                    "a README command writes outside out/ (the repository root is no place \
                     for output): {}",
                    args.join(" ")
                );
            }
        }
    }
    assert!(
        outputs >= 2,
        "README lost the commands that write: {commands:?}"
    );
}

#[test]
fn the_rust_version_is_the_one_readme_names_and_ci_checks() {
    let manifest = std::fs::read_to_string(root().join("Cargo.toml")).unwrap();
    let version = manifest
        .lines()
        .find_map(|l| l.strip_prefix("rust-version = \""))
        .and_then(|rest| rest.strip_suffix('"'))
        .expect("Cargo.toml states rust-version");
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    assert!(
        readme.contains(&format!("({version} or newer"))
            && readme.contains(&format!("cargo +{version}.0 check")),
        "README names another Rust than rust-version {version}"
    );
    // .ci/run reads the version from Cargo.toml and checks with that toolchain.
    let ci = std::fs::read_to_string(root().join(".ci/run")).unwrap();
    assert!(ci.contains("^rust-version = ") && ci.contains("cargo \"+$msrv_toolchain\" check"));
}
