//! Accuracy floors. They only go up: raise them when the extractor improves.

use std::path::Path;

use crate::{coopex, root};

/// Floors on the hand-annotated seed corpus (`tests/gold/seeds.jsonl`).
const SEED_FLOORS: [(&str, &str); 3] = [
    ("--min-entity-f1", "0.98"),
    ("--min-claim-f1", "0.95"),
    ("--min-pair-f1", "0.95"),
];

/// Floors on the shared development set (`../shared/dev`), scored only where it exists.
const DEV_FLOORS: [(&str, &str); 3] = [
    ("--min-entity-f1", "0.97"),
    ("--min-claim-f1", "0.94"),
    ("--min-pair-f1", "0.94"),
];

fn run_eval(gold: &Path, docs: &Path, floors: &[(&str, &str)]) -> serde_json::Value {
    let mut cmd = coopex();
    cmd.args(["eval", "--json", "--gold"])
        .arg(gold)
        .arg("--docs")
        .arg(docs);
    for (flag, value) in floors {
        cmd.args([flag, value]);
    }
    let output = cmd.output().unwrap();
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    eprintln!(
        "{}: entities F1 {:.3}, claims F1 {:.3}, party pairs F1 {:.3}",
        gold.display(),
        report["entities"]["f1"].as_f64().unwrap(),
        report["claims"]["f1"].as_f64().unwrap(),
        report["party_pairs"]["f1"].as_f64().unwrap()
    );
    assert!(
        output.status.success(),
        "below a floor: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    report
}

#[test]
fn seed_corpus_scores_above_the_floors() {
    let report = run_eval(
        &root().join("tests/gold/seeds.jsonl"),
        &root().join("corpus"),
        &SEED_FLOORS,
    );
    assert_eq!(report["documents"], 5);
}

#[test]
fn development_set_scores_above_the_floors() {
    let dev = root().join("../shared/dev");
    if !dev.join("gold.jsonl").exists() {
        eprintln!("../shared/dev not present: skipped");
        return;
    }
    let report = run_eval(&dev.join("gold.jsonl"), &dev.join("docs"), &DEV_FLOORS);
    assert_eq!(report["documents"], 12);
}

#[test]
fn eval_lists_misses_and_false_alarms() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "Japan and Brazil signed an agreement on lunar science.\n",
    )
    .unwrap();
    let gold = dir.path().join("gold.jsonl");
    std::fs::write(
        &gold,
        r#"{"doc": "a.txt", "entities": [{"text": "Japan", "type": "country", "canonical": "Japan", "iso": "JP"}, {"text": "Peru", "type": "country", "canonical": "Peru", "iso": "PE"}], "claims": []}"#,
    )
    .unwrap();
    let assert = coopex()
        .args(["eval", "--gold"])
        .arg(&gold)
        .arg("--docs")
        .arg(dir.path())
        .assert()
        .success();
    let out = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    assert!(out.contains("missed entity: country:PE"), "{out}");
    assert!(!out.contains("country:country:"), "{out}");
    assert!(out.contains("false entity: country:BR"), "{out}");
    assert!(
        out.contains("false claim: agreement country:BR, country:JP"),
        "{out}"
    );
}
