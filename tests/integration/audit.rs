//! `coopex audit` and `coopex show` on real output.

use std::fs;
use std::path::Path;

use serde_json::Value;

use crate::{coopex, corpus_copy, extracted_into_temp, read_jsonl};

/// Copies the corpus into a temp folder and extracts it; returns (corpus dir, out dir).
fn extracted() -> (tempfile::TempDir, tempfile::TempDir) {
    let corpus = corpus_copy();
    let out = extracted_into_temp(corpus.path());
    (corpus, out)
}

fn audit_json(out: &Path, extra: &[&str]) -> (i32, Value) {
    let output = coopex()
        .arg("audit")
        .arg(out)
        .args(["--json"])
        .args(extra)
        .output()
        .unwrap();
    (
        output.status.code().unwrap(),
        serde_json::from_slice(&output.stdout).unwrap(),
    )
}

fn claims_of(out: &Path, doc_prefix: &str) -> Vec<String> {
    read_jsonl(&out.join("claims.jsonl"))
        .iter()
        .filter(|c| c["doc_id"].as_str().unwrap().starts_with(doc_prefix))
        .map(|c| c["claim_id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn audit_of_untouched_output_passes() {
    let (_corpus, out) = extracted();
    let (code, report) = audit_json(out.path(), &[]);
    assert_eq!(code, 0, "{report}");
    assert_eq!(
        report["claims"]["ok"],
        read_jsonl(&out.path().join("claims.jsonl")).len()
    );
    assert!(report["claim_problems"].as_array().unwrap().is_empty());
}

#[test]
fn audit_reports_exactly_the_claims_that_no_longer_hold() {
    let (corpus, out) = extracted();
    let original_claims = read_jsonl(&out.path().join("claims.jsonl"));
    // 1. Change one word inside a cited sentence of 002.
    let edited = corpus.path().join("002_47dff1a686762f21.txt");
    let text = fs::read_to_string(&edited).unwrap();
    fs::write(
        &edited,
        text.replace("NASA is prohibited from", "NASA is forbidden from"),
    )
    .unwrap();
    // 2. Delete 004.
    fs::remove_file(corpus.path().join("004_b47ea5e92dfb67ac.txt")).unwrap();
    // 3. Truncate one line of claims.jsonl (a claim of 003).
    let claims_path = out.path().join("claims.jsonl");
    let claims = fs::read_to_string(&claims_path).unwrap();
    let truncated_id = claims_of(out.path(), "003")[0].clone();
    let mut lines: Vec<String> = claims.lines().map(str::to_string).collect();
    let truncated_line = lines
        .iter()
        .position(|l| l.contains(&truncated_id))
        .unwrap();
    lines[truncated_line].truncate(60);
    fs::write(&claims_path, lines.join("\n") + "\n").unwrap();

    let (code, report) = audit_json(out.path(), &[]);
    assert_eq!(code, 1);
    let problems: Vec<(String, String)> = report["claim_problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["claim_id"].as_str().unwrap().to_string(),
                p["status"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let ids_of = |prefix: &str, status: &str| -> Vec<(String, String)> {
        original_claims
            .iter()
            .filter(|c| c["doc_id"].as_str().unwrap().starts_with(prefix))
            .map(|c| {
                (
                    c["claim_id"].as_str().unwrap().to_string(),
                    status.to_string(),
                )
            })
            .collect()
    };
    let mut expected: Vec<(String, String)> = ids_of("002", "changed");
    expected.extend(ids_of("004", "missing"));
    let mut got = problems.clone();
    expected.sort();
    got.sort();
    assert_eq!(got, expected);
    // The edited sentence is gone; the other sentences of 002 are found again.
    for p in report["claim_problems"].as_array().unwrap() {
        if p["status"] == "changed" {
            let detail = p["detail"].as_str().unwrap();
            let edited_claim = original_claims
                .iter()
                .find(|c| c["claim_id"] == p["claim_id"])
                .unwrap();
            let was_edited = edited_claim["evidence"]["text"]
                .as_str()
                .unwrap()
                .contains("prohibited from");
            assert_eq!(detail.contains("no longer in it"), was_edited, "{detail}");
        }
    }
    // The truncated line, and the claim it lost in the counts its document and the summary
    // state.
    let files = report["file_problems"].as_array().unwrap();
    assert_eq!(files.len(), 3, "{files:?}");
    assert_eq!(files[0]["file"], "claims.jsonl");
    assert_eq!(files[0]["line"], truncated_line + 1);
    assert_eq!(files[1]["file"], "documents.jsonl");
    assert_eq!(files[2]["file"], "summary.json");
    // Mentions of 002 are changed, of 004 missing; nothing else.
    assert_eq!(report["mentions"]["corrupt"], Value::Null);
}

#[test]
fn a_corrupted_span_is_reported_as_corrupt() {
    let (_corpus, out) = extracted();
    let claims_path = out.path().join("claims.jsonl");
    let mut claims = read_jsonl(&claims_path);
    claims[0]["parties"][0]["start"] =
        serde_json::json!(claims[0]["parties"][0]["start"].as_u64().unwrap() + 1);
    let text: String = claims.iter().map(|c| c.to_string() + "\n").collect();
    fs::write(&claims_path, text).unwrap();
    let (code, report) = audit_json(out.path(), &[]);
    assert_eq!(code, 1);
    let problems = report["claim_problems"].as_array().unwrap();
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0]["status"], "corrupt");
}

#[test]
fn unknown_fields_and_orphan_claims_are_file_problems() {
    let (_corpus, out) = extracted();
    let claims_path = out.path().join("claims.jsonl");
    let mut claims = read_jsonl(&claims_path);
    claims[0]["surprise"] = serde_json::json!(true);
    claims[1]["doc_id"] = serde_json::json!("nowhere.txt");
    let text: String = claims.iter().map(|c| c.to_string() + "\n").collect();
    fs::write(&claims_path, text).unwrap();
    let (_, report) = audit_json(out.path(), &[]);
    let problems: Vec<String> = report["file_problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            format!(
                "{}:{} {}",
                f["file"].as_str().unwrap(),
                f["line"],
                f["problem"].as_str().unwrap()
            )
        })
        .collect();
    // Both lost claims also show in the counts their documents and the summary state.
    assert_eq!(problems.len(), 5, "{problems:?}");
    assert!(
        problems[2..]
            .iter()
            .all(|p| p.contains("states") || p.starts_with("summary.json")),
        "{problems:?}"
    );
    assert!(
        problems[0].starts_with("claims.jsonl:1 ") && problems[0].contains("unknown field"),
        "{problems:?}"
    );
    assert!(
        problems[1].starts_with("claims.jsonl:2 ") && problems[1].contains("nowhere.txt"),
        "{problems:?}"
    );
}

#[test]
fn rebase_moves_claims_of_an_edited_document_to_their_new_offsets() {
    let (corpus, out) = extracted();
    let edited = corpus.path().join("003_76759b72df2e2d43.txt");
    let text = fs::read_to_string(&edited).unwrap();
    fs::write(
        &edited,
        format!("Editor's note: this article was updated.\n\n{text}"),
    )
    .unwrap();
    let (code, report) = audit_json(out.path(), &["--rebase"]);
    assert_eq!(code, 1);
    assert_eq!(report["rebased"], claims_of(out.path(), "003").len());
    // After the rebase every citation holds again, offsets and hashes included.
    let (code, report) = audit_json(out.path(), &[]);
    assert_eq!(code, 0, "{report}");
    let moved = read_jsonl(&out.path().join("claims.jsonl"));
    let new_text = fs::read_to_string(&edited).unwrap();
    for c in moved
        .iter()
        .filter(|c| c["doc_id"].as_str().unwrap().starts_with("003"))
    {
        let (s, e) = (
            c["evidence"]["start"].as_u64().unwrap() as usize,
            c["evidence"]["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&new_text[s..e], c["evidence"]["text"].as_str().unwrap());
    }
}

#[test]
fn audit_finds_documents_under_a_moved_corpus() {
    let (corpus, out) = extracted();
    let moved = tempfile::tempdir().unwrap();
    for entry in fs::read_dir(corpus.path()).unwrap() {
        let path = entry.unwrap().path();
        fs::rename(&path, moved.path().join(path.file_name().unwrap())).unwrap();
    }
    let (code, _) = audit_json(out.path(), &[]);
    assert_eq!(code, 1);
    let corpus_arg = moved.path().to_str().unwrap().to_string();
    let (code, report) = audit_json(out.path(), &["--corpus", &corpus_arg]);
    assert_eq!(code, 0, "{report}");
}

#[test]
fn audit_of_a_corpus_folder_that_does_not_exist_is_an_error_naming_it() {
    let (_corpus, out) = extracted();
    let output = coopex()
        .arg("audit")
        .arg(out.path())
        .args(["--corpus", "no/such/folder"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(
        stderr,
        "coopex: corpus folder no/such/folder: no such folder\n"
    );
}

/// Extract run with relative paths records relative paths: audit from another folder finds no
/// document, and says where to look instead of only counting them missing.
#[test]
fn audit_from_another_folder_hints_at_corpus() {
    let work = tempfile::tempdir().unwrap();
    fs::create_dir(work.path().join("articles")).unwrap();
    crate::copy_corpus_into(&work.path().join("articles"));
    coopex()
        .current_dir(work.path())
        .args(["extract", "articles", "--quiet", "--out", "out"])
        .assert()
        .success();
    let elsewhere = tempfile::tempdir().unwrap();
    let output = coopex()
        .current_dir(elsewhere.path())
        .arg("audit")
        .arg(work.path().join("out"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8(output.stdout).unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    let lines = |file: &str| {
        std::fs::read_to_string(work.path().join("out").join(file))
            .unwrap()
            .lines()
            .count()
    };
    let (claims, mentions) = (lines("claims.jsonl"), lines("mentions.jsonl"));
    assert!(claims > 0 && mentions > 0);
    assert!(
        stdout.contains(&format!("claims:   0 ok, 0 changed, {claims} missing")),
        "{stdout}"
    );
    // The line is the claim's line in claims.jsonl, and says so.
    let first = stdout.lines().find(|l| l.starts_with("missing ")).unwrap();
    assert!(
        first.contains(", claims.jsonl line 1): articles/"),
        "{first}"
    );
    assert!(
        stderr.starts_with(&format!(
            "coopex: hint: the documents of {all} of {all} claims and mentions were not found",
            all = claims + mentions
        )) && stderr.contains("--corpus DIR")
            && stderr.lines().count() == 1,
        "{stderr}"
    );

    // With --corpus naming the documents' folder, all holds and there is no hint.
    let output = coopex()
        .current_dir(elsewhere.path())
        .arg("audit")
        .arg(work.path().join("out"))
        .arg("--corpus")
        .arg(work.path().join("articles"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert!(output.stderr.is_empty());

    // A few missing documents are no reason for the hint.
    fs::remove_file(work.path().join("articles/000_88d6c7b76e533e17.txt")).unwrap();
    let output = coopex()
        .current_dir(work.path())
        .args(["audit", "out"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stderr.is_empty(), "{output:?}");
}

#[test]
fn show_prints_the_claim_with_its_spans_marked() {
    let (_corpus, out) = extracted();
    let claim = read_jsonl(&out.path().join("claims.jsonl"))
        .into_iter()
        .find(|c| {
            c["evidence"]["text"]
                .as_str()
                .unwrap()
                .contains("NASA is prohibited")
        })
        .unwrap();
    let assert = coopex()
        .args(["show", claim["claim_id"].as_str().unwrap(), "--out"])
        .arg(out.path())
        .assert()
        .success();
    let shown = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    assert!(shown.contains("prohibition (negative, actual)"), "{shown}");
    assert!(shown.contains("[NASA] is <prohibited> from"), "{shown}");
    assert!(shown.contains("with [China]"), "{shown}");
    assert!(
        shown.contains(&format!(
            ":{}:{}",
            claim["evidence"]["line"], claim["evidence"]["column"]
        )),
        "{shown}"
    );
    coopex()
        .args(["show", "0000000000000000", "--out"])
        .arg(out.path())
        .assert()
        .code(2);
}

#[test]
fn show_takes_a_unique_prefix_of_the_claim_id() {
    let (_corpus, out) = extracted();
    let claims_path = out.path().join("claims.jsonl");
    let mut claims = read_jsonl(&claims_path);
    let show = |id: &str| {
        coopex()
            .args(["show", id, "--out"])
            .arg(out.path())
            .output()
            .unwrap()
    };
    let id = claims[0]["claim_id"].as_str().unwrap().to_string();
    let shown = show(&id[..6]);
    assert_eq!(shown.status.code(), Some(0), "{shown:?}");
    assert!(String::from_utf8(shown.stdout)
        .unwrap()
        .starts_with(&format!("claim {id}: ")));

    // Two ids that share their first characters: the prefix names both, a longer one either.
    claims[0]["claim_id"] = serde_json::json!("abcd00000000000e");
    claims[1]["claim_id"] = serde_json::json!("abcd00000000000f");
    let text: String = claims.iter().map(|c| c.to_string() + "\n").collect();
    fs::write(&claims_path, text).unwrap();
    let ambiguous = show("abcd");
    assert_eq!(ambiguous.status.code(), Some(2));
    let stderr = String::from_utf8(ambiguous.stderr).unwrap();
    assert!(
        stderr.starts_with("coopex: claim id prefix `abcd` is ambiguous; the candidates are:\n")
            && stderr.contains("\n  abcd00000000000e  ")
            && stderr.contains("\n  abcd00000000000f  "),
        "{stderr}"
    );
    let upper = show("ABCD00000000000F");
    assert_eq!(upper.status.code(), Some(0), "{upper:?}");
    assert!(String::from_utf8(upper.stdout)
        .unwrap()
        .starts_with("claim abcd00000000000f: "));
    // Too short to be a prefix worth trusting.
    assert_eq!(show("abc").status.code(), Some(2));
}

#[test]
fn removed_duplicated_or_edited_claim_lines_are_file_problems() {
    let (_corpus, out) = extracted();
    let claims_path = out.path().join("claims.jsonl");
    let claims = read_jsonl(&claims_path);
    assert!(claims.len() >= 3);
    let mut edited = claims.clone();
    // Line 1 removed whole, line 2 given twice, line 3's kind edited.
    edited.remove(0);
    edited.insert(1, edited[0].clone());
    let other_kind = if edited[2]["kind"] == "agreement" {
        "joint_mission"
    } else {
        "agreement"
    };
    edited[2]["kind"] = serde_json::json!(other_kind);
    let text: String = edited.iter().map(|c| c.to_string() + "\n").collect();
    fs::write(&claims_path, text).unwrap();
    let (code, report) = audit_json(out.path(), &[]);
    assert_eq!(code, 1);
    let problems: Vec<String> = report["file_problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["problem"].as_str().unwrap().to_string())
        .collect();
    for wanted in ["appears twice", "does not match its content", "states"] {
        assert!(
            problems.iter().any(|p| p.contains(wanted)),
            "{wanted}: {problems:?}"
        );
    }
}

#[test]
fn an_edited_polarity_or_modality_is_a_file_problem() {
    for (field, from, to) in [
        ("polarity", "positive", "negative"),
        ("modality", "actual", "planned"),
    ] {
        let (_corpus, out) = extracted();
        let claims_path = out.path().join("claims.jsonl");
        let mut claims = read_jsonl(&claims_path);
        let edited = claims
            .iter_mut()
            .find(|c| c[field] == from)
            .expect("a claim to edit");
        edited[field] = serde_json::json!(to);
        let id = edited["claim_id"].as_str().unwrap().to_string();
        let text: String = claims.iter().map(|c| c.to_string() + "\n").collect();
        fs::write(&claims_path, text).unwrap();
        let (code, report) = audit_json(out.path(), &[]);
        assert_eq!(code, 1, "{field}");
        let problems = report["file_problems"].as_array().unwrap();
        assert!(
            problems.iter().any(|p| {
                let problem = p["problem"].as_str().unwrap();
                problem.contains(&id) && problem.contains("does not match its content")
            }),
            "{field}: {problems:?}"
        );
    }
}
