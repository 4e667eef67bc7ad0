//! Accuracy floors: regression guards, set a margin below today's scores, not goals. A change
//! is judged by how far the rules beat the co-occurrence baseline on text they were not tuned
//! on (the validation set, scored as a whole), never by pushing these numbers up.

use std::path::Path;

use crate::tools::data_is_present;
use crate::{coopex, root};

/// Floors on the hand-annotated seed corpus (`tests/gold/seeds.jsonl`), the margins over the
/// co-occurrence baseline included.
const SEED_FLOORS: [(&str, &str); 5] = [
    ("--min-entity-f1", "0.98"),
    ("--min-claim-f1", "0.90"),
    ("--min-pair-f1", "0.95"),
    ("--min-claim-margin", "0.40"),
    ("--min-pair-margin", "0.12"),
];

/// Floors on the shared development set (`../shared/dev`), scored only where it exists.
const DEV_FLOORS: [(&str, &str); 5] = [
    ("--min-entity-f1", "0.90"),
    ("--min-claim-f1", "0.75"),
    ("--min-pair-f1", "0.82"),
    ("--min-claim-margin", "0.15"),
    ("--min-pair-margin", "0.05"),
];

/// Floors on the shared validation set (`../shared/validation`), scored as a whole only.
const VALIDATION_FLOORS: [(&str, &str); 4] = [
    ("--min-entity-f1", "0.74"),
    ("--min-claim-f1", "0.45"),
    ("--min-claim-margin", "0.08"),
    ("--min-pair-margin", "0.08"),
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
        "{}: entities F1 {:.3}, claims F1 {:.3} (baseline {:+.3}), party pairs F1 {:.3} (baseline {:+.3})",
        gold.display(),
        report["entities"]["f1"].as_f64().unwrap(),
        report["claims"]["f1"].as_f64().unwrap(),
        report["margin"]["claim_f1"].as_f64().unwrap(),
        report["party_pairs"]["f1"].as_f64().unwrap(),
        report["margin"]["pair_f1"].as_f64().unwrap()
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
    if !data_is_present(&dev.join("gold.jsonl"), "the development set's scores") {
        return;
    }
    let report = run_eval(&dev.join("gold.jsonl"), &dev.join("docs"), &DEV_FLOORS);
    assert_eq!(report["documents"], 24);
}

#[test]
fn validation_set_scores_above_the_floors() {
    let validation = root().join("../shared/validation");
    if !data_is_present(
        &validation.join("gold.jsonl"),
        "the validation set's scores",
    ) {
        return;
    }
    let report = run_eval(
        &validation.join("gold.jsonl"),
        &validation.join("docs"),
        &VALIDATION_FLOORS,
    );
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

/// An invented two-sentence document: one claim, and a sentence that names two countries
/// without stating any cooperation, which only the co-occurrence baseline takes as a claim.
fn two_sentence_corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("b.txt"),
        "Norway and Kenya signed an agreement on satellite data. \
         Diplomats from Peru and Chile watched a film about glaciers.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("gold.jsonl"),
        r#"{"doc": "b.txt", "entities": [{"text": "Norway", "type": "country", "canonical": "Norway", "iso": "NO"}, {"text": "Kenya", "type": "country", "canonical": "Kenya", "iso": "KE"}, {"text": "Peru", "type": "country", "canonical": "Peru", "iso": "PE"}, {"text": "Chile", "type": "country", "canonical": "Chile", "iso": "CL"}], "claims": [{"sentence": "Norway and Kenya signed an agreement on satellite data.", "parties": ["Norway", "Kenya"], "mission": null, "kind": "agreement", "polarity": "positive", "modality": "actual"}]}"#,
    )
    .unwrap();
    dir
}

fn eval_in(dir: &Path, extra: &[&str]) -> assert_cmd::assert::Assert {
    coopex()
        .args(["eval", "--gold"])
        .arg(dir.join("gold.jsonl"))
        .arg("--docs")
        .arg(dir)
        .args(extra)
        .assert()
}

#[test]
fn eval_prints_the_baseline_and_the_margin_first() {
    let dir = two_sentence_corpus();
    let assert = eval_in(dir.path(), &[]).success();
    let out = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0],
        "rules minus baseline: claim F1 +0.333 (rules 1.000, baseline 0.667), \
         party-pair F1 +0.333 (rules 1.000, baseline 0.667)"
    );
    for (section, rules, baseline) in [
        (
            "claims",
            "1.000  1.000  1.000   (tp 1 fp 0 fn 0)",
            "0.500  1.000  0.667   (tp 1 fp 1 fn 0)",
        ),
        (
            "claims, lenient match",
            "1.000  1.000  1.000   (tp 1 fp 0 fn 0)",
            "0.500  1.000  0.667   (tp 1 fp 1 fn 0)",
        ),
        (
            "party pairs",
            "1.000  1.000  1.000   (tp 1 fp 0 fn 0)",
            "0.500  1.000  0.667   (tp 1 fp 1 fn 0)",
        ),
    ] {
        let at = lines.iter().position(|l| *l == section).expect(section);
        assert_eq!(
            lines[at + 1],
            format!("  rules                 {rules}"),
            "{out}"
        );
        assert_eq!(
            lines[at + 2],
            format!("  baseline              {baseline}"),
            "{out}"
        );
        assert_eq!(
            lines[at + 3],
            "  rules minus baseline               +0.333",
            "{out}"
        );
    }
    // The baseline calls everything a positive, actual collaboration.
    assert!(
        out.contains("  baseline              0.000     1.000     1.000\n"),
        "{out}"
    );
}

#[test]
fn eval_json_has_the_baseline_margin_and_lenient_scores() {
    let dir = two_sentence_corpus();
    let assert = eval_in(dir.path(), &["--json"]).success();
    let report: serde_json::Value = serde_json::from_slice(&assert.get_output().stdout).unwrap();
    let number = |path: &str| {
        report
            .pointer(path)
            .and_then(serde_json::Value::as_f64)
            .unwrap_or_else(|| panic!("{path} missing: {report}"))
    };
    let cases = [
        ("/claims/f1", 1.0),
        ("/claims_lenient/f1", 1.0),
        ("/party_pairs/f1", 1.0),
        ("/kind/correct", 1.0),
        ("/baseline/claims/true_positives", 1.0),
        ("/baseline/claims/false_positives", 1.0),
        ("/baseline/claims/precision", 0.5),
        ("/baseline/claims_lenient/false_positives", 1.0),
        ("/baseline/party_pairs/false_positives", 1.0),
        ("/baseline/kind/correct", 0.0),
        ("/baseline/kind/total", 1.0),
        ("/baseline/polarity/correct", 1.0),
        ("/baseline/modality/correct", 1.0),
        ("/margin/claim_f1", 1.0 / 3.0),
        ("/margin/claim_lenient_f1", 1.0 / 3.0),
        ("/margin/pair_f1", 1.0 / 3.0),
    ];
    for (path, want) in cases {
        assert!((number(path) - want).abs() < 1e-9, "{path}: {report}");
    }
}

#[test]
fn eval_fails_below_a_margin_floor() {
    let dir = two_sentence_corpus();
    // (flags, exit code, what stderr says)
    let cases: [(&[&str], i32, &str); 4] = [
        (
            &["--min-claim-margin", "0.3", "--min-pair-margin", "0.3"],
            0,
            "",
        ),
        (&["--min-claim-margin", "-0.5"], 0, ""),
        (
            &["--min-claim-margin", "0.5"],
            1,
            "claim F1 margin over the baseline 0.333 is below the floor 0.500",
        ),
        (
            &["--min-pair-margin", "0.4"],
            1,
            "party-pair F1 margin over the baseline 0.333 is below the floor 0.400",
        ),
    ];
    for (flags, code, message) in cases {
        let assert = eval_in(dir.path(), flags).code(code);
        let err = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
        assert!(err.contains(message), "{flags:?}: {err}");
    }
}
