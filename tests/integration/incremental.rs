//! `extract --incremental`: a sequence of incremental runs writes what a full run writes.

use std::fs;
use std::path::Path;

use serde_json::Value;

use crate::{coopex, corpus_copy};

fn extract(input: &Path, out: &Path, incremental: bool) -> Value {
    let mut cmd = coopex();
    cmd.args(["extract", "--quiet", "--out"])
        .arg(out)
        .arg(input);
    if incremental {
        cmd.arg("--incremental");
    }
    cmd.assert().success();
    serde_json::from_str(&fs::read_to_string(out.join("summary.json")).unwrap()).unwrap()
}

#[test]
fn an_incremental_sequence_equals_a_full_run() {
    let input = corpus_copy();
    let incremental = tempfile::tempdir().unwrap();
    let first = extract(input.path(), incremental.path(), true);
    assert_eq!(first["reused"], 0);

    // Nothing changed: everything is reused.
    let again = extract(input.path(), incremental.path(), true);
    assert_eq!(again["reused"], 5);
    assert_eq!(again["claims"], first["claims"]);

    // One document changed, one removed, one added (a near-copy of an unchanged one).
    let changed = input.path().join("002_47dff1a686762f21.txt");
    let mut text = fs::read_to_string(&changed).unwrap();
    text.push_str("\nJapan and India signed an agreement on lunar exploration.\n");
    fs::write(&changed, text).unwrap();
    fs::remove_file(input.path().join("004_b47ea5e92dfb67ac.txt")).unwrap();
    let copy = fs::read_to_string(input.path().join("003_76759b72df2e2d43.txt")).unwrap();
    fs::write(
        input.path().join("005_copy.txt"),
        format!("Reposted\n\n{copy}"),
    )
    .unwrap();
    let after = extract(input.path(), incremental.path(), true);
    assert_eq!(after["reused"], 3);
    assert_eq!(after["documents"], 5);

    let full = tempfile::tempdir().unwrap();
    let reference = extract(input.path(), full.path(), false);
    for file in [
        "documents.jsonl",
        "mentions.jsonl",
        "claims.jsonl",
        "rejected.jsonl",
        "relations.jsonl",
        "network.json",
        "manifest.json",
    ] {
        let a = fs::read(incremental.path().join(file)).unwrap();
        let b = fs::read(full.path().join(file)).unwrap();
        assert!(
            a == b,
            "{file} differs between the incremental and the full run"
        );
    }
    for key in [
        "documents",
        "claims",
        "mentions",
        "sentences",
        "bytes",
        "claims_by_kind",
    ] {
        assert_eq!(after[key], reference[key], "{key}");
    }
    let documents = fs::read_to_string(full.path().join("documents.jsonl")).unwrap();
    assert!(documents.contains(r#""near_duplicate_of":"003_76759b72df2e2d43.txt""#));
}

#[test]
fn another_gazetteer_means_a_full_run() {
    let input = tempfile::tempdir().unwrap();
    fs::write(
        input.path().join("a.txt"),
        "Acme Orbital and ESA signed an agreement.\n",
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    extract(input.path(), out.path(), true);
    let extra = input.path().join("extra.tsv");
    fs::write(
        &extra,
        "organization:acme-orbital\torganization\tAcme Orbital\t\tcountry=US\n",
    )
    .unwrap();
    coopex()
        .args(["extract", "--quiet", "--incremental", "--gazetteer"])
        .arg(&extra)
        .arg("--out")
        .arg(out.path())
        .arg(input.path().join("a.txt"))
        .assert()
        .success();
    let summary: Value =
        serde_json::from_str(&fs::read_to_string(out.path().join("summary.json")).unwrap())
            .unwrap();
    assert_eq!(summary["reused"], 0);
    assert!(fs::read_to_string(out.path().join("claims.jsonl"))
        .unwrap()
        .contains("acme-orbital"));
}

#[test]
fn another_size_limit_or_the_same_size_with_new_bytes_means_reprocessing() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    fs::create_dir(&input).unwrap();
    let text = "Zorvia and Quellan agreed to share tracking data.\n";
    fs::write(input.join("a.txt"), text).unwrap();
    fs::write(input.join("b.txt"), text.repeat(3)).unwrap();
    let out = dir.path().join("out");
    let run = |extra: &[&str], code: i32| -> Value {
        coopex()
            .args(["extract", "--quiet", "--incremental", "--out"])
            .arg(&out)
            .arg(&input)
            .args(extra)
            .assert()
            .code(code);
        serde_json::from_str(&fs::read_to_string(out.join("summary.json")).unwrap()).unwrap()
    };
    assert_eq!(run(&[], 0)["documents"], 2);
    // A smaller limit rejects b.txt: nothing may be reused from a run without that limit.
    let limited = run(&["--max-bytes", "100"], 1);
    assert_eq!(
        (limited["reused"].as_u64(), limited["rejected"].as_u64()),
        (Some(0), Some(1))
    );
    // Same size, other bytes (the modification time may not tick): a.txt is read again.
    assert_eq!(run(&["--max-bytes", "100"], 1)["reused"], 1);
    fs::write(input.join("a.txt"), text.replace("Zorvia", "Zorvix")).unwrap();
    let after = run(&["--max-bytes", "100"], 1);
    assert_eq!(after["reused"], 0);
    let documents = fs::read_to_string(out.join("documents.jsonl")).unwrap();
    assert!(documents.contains("a.txt"));
}

#[test]
fn files_of_options_not_requested_again_do_not_survive() {
    let input = corpus_copy();
    let out = tempfile::tempdir().unwrap();
    coopex()
        .args(["extract", "--quiet", "--explain", "--graphml", "--out"])
        .arg(out.path())
        .arg(input.path())
        .assert()
        .success();
    assert!(out.path().join("network.graphml").exists());
    assert!(out.path().join("explain.jsonl").exists());
    extract(input.path(), out.path(), true);
    assert!(!out.path().join("network.graphml").exists());
    assert!(!out.path().join("explain.jsonl").exists());
}
