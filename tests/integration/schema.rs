//! The output contract: committed schemas match the types, every output line validates, and
//! the README's loading examples run.

use std::path::Path;
use std::process::Command;

use crate::tools::{tool_is_installed, Tool};
use crate::{coopex, corpus_copy, extracted_into_temp, read_jsonl, root};

use coopex::schema::RECORD_TYPES as TYPES;

fn schema_of(name: &str) -> serde_json::Value {
    let text = std::fs::read_to_string(root().join(format!("schema/{name}.schema.json")))
        .unwrap_or_else(|e| panic!("schema/{name}.schema.json: {e}"));
    serde_json::from_str(&text).unwrap()
}

#[test]
fn committed_schemas_match_the_record_types() {
    for (name, _) in TYPES.iter().copied() {
        let assert = coopex().args(["schema", name]).assert().success();
        let generated = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
        let committed = std::fs::read_to_string(root().join(format!("schema/{name}.schema.json")))
            .unwrap_or_default();
        assert!(
            generated == committed,
            "schema/{name}.schema.json is stale: run `cargo run -- schema {name} > schema/{name}.schema.json`"
        );
    }
}

#[test]
fn every_output_line_validates_against_its_schema() {
    let out = tempfile::tempdir().unwrap();
    let input = corpus_copy();
    std::fs::write(input.path().join("empty.txt"), "").unwrap();
    coopex()
        .args(["extract", "--quiet", "--explain", "--out"])
        .arg(out.path())
        .arg(input.path())
        .assert()
        .code(1);
    for (name, file) in TYPES
        .iter()
        .copied()
        .filter(|(_, f)| f.ends_with(".json") || f.ends_with(".jsonl"))
    {
        let validator = jsonschema::validator_for(&schema_of(name)).unwrap();
        let lines = if file.ends_with(".jsonl") {
            read_jsonl(&out.path().join(file))
        } else {
            vec![
                serde_json::from_str(&std::fs::read_to_string(out.path().join(file)).unwrap())
                    .unwrap(),
            ]
        };
        assert!(!lines.is_empty(), "{file} is empty");
        for (i, line) in lines.iter().enumerate() {
            let errors: Vec<String> = validator.iter_errors(line).map(|e| e.to_string()).collect();
            assert!(errors.is_empty(), "{file}:{}: {errors:?}", i + 1);
        }
    }
    // A field the schema does not know is an error.
    let validator = jsonschema::validator_for(&schema_of("rejected")).unwrap();
    let mut line = read_jsonl(&out.path().join("rejected.jsonl")).remove(0);
    line["surprise"] = serde_json::json!(1);
    assert!(!validator.is_valid(&line));
}

/// The README's fenced blocks marked ```` ```sh test ````: (first line, whole script).
fn readme_examples() -> Vec<String> {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in readme.lines() {
        match &mut current {
            None if line.trim() == "```sh test" => current = Some(String::new()),
            Some(block) if line.trim() == "```" => {
                blocks.push(std::mem::take(block));
                current = None;
            }
            Some(block) => {
                block.push_str(line);
                block.push('\n');
            }
            None => {}
        }
    }
    blocks
}

/// The tool a README example needs (its first line, `# needs: jq`).
fn tool_named(need: &str) -> Tool {
    match need {
        "jq" => Tool::Jq,
        "python3" => Tool::Python,
        "pandas" => Tool::PythonModule("pandas"),
        "duckdb" => Tool::PythonModule("duckdb"),
        other => panic!("a README example needs `{other}`, which .ci/run does not install"),
    }
}

/// The table the README shows after "On the shipped corpus it answers:".
fn readme_china_answer() -> String {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let after = readme
        .split_once("On the shipped corpus it answers:\n\n```\n")
        .expect("README shows the DuckDB example's answer")
        .1;
    after.split_once("```").unwrap().0.to_string()
}

/// The data rows of a DuckDB table: the lines between its header rule and its closing rule.
fn table_rows(table: &str) -> Vec<&str> {
    table
        .lines()
        .skip_while(|l| !l.starts_with('├'))
        .skip(1)
        .take_while(|l| l.starts_with('│'))
        .collect()
}

#[test]
fn readme_loading_examples_run() {
    let examples = readme_examples();
    assert!(examples.len() >= 4, "README lost its loading examples");
    let work = tempfile::tempdir().unwrap();
    coopex()
        .args(["extract", "corpus", "--quiet", "--out"])
        .arg(work.path().join("out"))
        .assert()
        .success();
    for script in examples {
        let need = script
            .lines()
            .next()
            .and_then(|l| l.strip_prefix("# needs: "))
            .expect("each example starts with `# needs: TOOL`")
            .trim()
            .to_string();
        if !tool_is_installed(tool_named(&need), &format!("the README's {need} example")) {
            continue;
        }
        let output = Command::new("bash")
            .args(["-euo", "pipefail", "-c", &script])
            .current_dir(work.path())
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(
            output.status.success(),
            "README example failed:\n{script}\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(
            !stdout.trim().is_empty(),
            "README example printed nothing:\n{script}"
        );
        if script.contains("country:CN") {
            // The README shows the answer: China's partners in positive claims only.
            assert_eq!(
                table_rows(&stdout),
                table_rows(&readme_china_answer()),
                "{stdout}"
            );
        }
    }
}

#[test]
fn summary_states_the_schema_version() {
    let out = extracted_into_temp(&root().join("corpus"));
    let summary: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(Path::new(out.path()).join("summary.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(summary["schema_version"], coopex::schema::SCHEMA_VERSION);
}
