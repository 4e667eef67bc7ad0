//! `coopex export`: every format read back, its counts and spans checked against the documents.

use std::collections::HashMap;
use std::fs;
use std::path::Path;

use serde_json::Value;

use crate::tools::{tool_is_installed, Tool};
use crate::{coopex, copy_corpus_into, read_jsonl, run_python};

/// A Markdown document with an emoji, curly quotes and a claim whose sentence holds a comma,
/// straight double quotes and a line break.
const WRAPPED_DOCUMENT: &str = "# Space news \u{1F680}\n\n\
    The \u{201C}new\u{201D} array was praised by astronomers this week. Brazil, Chile, Peru \
    and Mexico have been working together\nto build the \"Condor\" telescope array, \
    officials said.\n";

/// The shipped corpus plus [`WRAPPED_DOCUMENT`], copied to `in/` of a temporary folder and
/// extracted from there into `out/` (so documents.jsonl records paths `in/...`).
fn extracted() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    fs::create_dir(&input).unwrap();
    copy_corpus_into(&input);
    fs::write(input.join("999_wrapped.md"), WRAPPED_DOCUMENT).unwrap();
    coopex()
        .current_dir(dir.path())
        .args(["extract", "in", "--quiet", "--out", "out"])
        .assert()
        .success();
    dir
}

/// Runs `coopex export out ARGS` in `dir`.
fn export(dir: &Path, args: &[&str]) -> assert_cmd::assert::Assert {
    coopex()
        .current_dir(dir)
        .args(["export", "out"])
        .args(args)
        .assert()
}

/// Each document's text by `doc_id`, read from the path documents.jsonl records.
fn document_texts(dir: &Path) -> HashMap<String, String> {
    read_jsonl(&dir.join("out/documents.jsonl"))
        .iter()
        .map(|d| {
            let path = dir.join(d["path"].as_str().unwrap());
            (
                d["doc_id"].as_str().unwrap().to_string(),
                fs::read_to_string(path).unwrap(),
            )
        })
        .collect()
}

/// Characters `[start, end)` of a text.
fn char_slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

fn stderr_of(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&assert.get_output().stderr).into_owned()
}

#[test]
fn csv_has_one_row_per_claim_and_reads_back_with_python() {
    let dir = extracted();
    let claims = read_jsonl(&dir.path().join("out/claims.jsonl"));
    let stdout = export(dir.path(), &["--format", "csv"]).success();
    let csv = stdout.get_output().stdout.clone();
    export(dir.path(), &["--format", "csv", "--output", "claims.csv"]).success();
    assert_eq!(fs::read(dir.path().join("claims.csv")).unwrap(), csv);

    let script = "import csv, json, sys\n\
                  with open(sys.argv[1], newline='', encoding='utf-8') as f:\n\
                  \x20   print(json.dumps(list(csv.reader(f, strict=True))))\n";
    let csv_path = dir.path().join("claims.csv");
    let rows: Vec<Vec<String>> =
        serde_json::from_str(&run_python(script, &[csv_path.as_os_str()])).unwrap();
    assert_eq!(rows[0], coopex::tools::export::CSV_HEADER);
    assert_eq!(rows.len() - 1, claims.len());
    let column = |name: &str| rows[0].iter().position(|h| h == name).unwrap();
    for (row, claim) in rows[1..].iter().zip(&claims) {
        assert_eq!(row.len(), rows[0].len());
        assert_eq!(row[column("claim_id")], claim["claim_id"].as_str().unwrap());
        assert_eq!(
            row[column("evidence")],
            claim["evidence"]["text"].as_str().unwrap()
        );
        assert_eq!(
            row[column("evidence_start")],
            claim["evidence"]["start"].to_string()
        );
    }

    let row = |claim_id: &str| {
        rows.iter()
            .find(|r| r[0] == claim_id)
            .unwrap_or_else(|| panic!("no row for claim {claim_id}"))
            .clone()
    };
    // The claim of the README's worked example.
    let artemis = row("0bfab1ff58ece8e9");
    let field = |r: &[String], name: &str| r[column(name)].clone();
    assert_eq!(field(&artemis, "doc_id"), "004_b47ea5e92dfb67ac.txt");
    assert_eq!(field(&artemis, "kind"), "agreement");
    assert_eq!(field(&artemis, "polarity"), "positive");
    assert_eq!(field(&artemis, "modality"), "actual");
    assert_eq!(field(&artemis, "cameo"), "057");
    assert_eq!(field(&artemis, "quad_class"), "1");
    assert_eq!(field(&artemis, "parties"), "United States; Russia");
    assert_eq!(field(&artemis, "party_ids"), "country:US; country:RU");
    assert_eq!(field(&artemis, "missions"), "Artemis program");
    assert_eq!(field(&artemis, "time"), "2020");
    assert_eq!(field(&artemis, "rule"), "cue:sign");
    assert_eq!(field(&artemis, "line"), "27");
    assert_eq!(field(&artemis, "column"), "5");
    // The evidence is the document's own sentence at the claim's offsets.
    let claim = claims
        .iter()
        .find(|c| c["claim_id"] == "0bfab1ff58ece8e9")
        .unwrap();
    let (start, end) = (
        claim["evidence"]["start"].as_u64().unwrap() as usize,
        claim["evidence"]["end"].as_u64().unwrap() as usize,
    );
    let texts = document_texts(dir.path());
    let sentence = &texts["004_b47ea5e92dfb67ac.txt"].as_bytes()[start..end];
    assert_eq!(field(&artemis, "evidence").as_bytes(), sentence);
    assert!(field(&artemis, "evidence").starts_with("In 2020,"));

    // A sentence with a comma, straight quotes and a line break survives the quoting.
    let wrapped = claims
        .iter()
        .find(|c| c["doc_id"] == "999_wrapped.md")
        .expect("a claim in the wrapped document");
    let evidence = field(&row(wrapped["claim_id"].as_str().unwrap()), "evidence");
    assert!(evidence.contains("together\nto build the \"Condor\" telescope array,"));
}

/// A brat text-bound annotation: type, character fragments, text.
struct TextBound {
    brat_type: String,
    fragments: Vec<(usize, usize)>,
    text: String,
}

fn parse_text_bound(line: &str) -> (String, TextBound) {
    let fields: Vec<&str> = line.splitn(3, '\t').collect();
    assert_eq!(fields.len(), 3, "{line}");
    let (brat_type, spans) = fields[1].split_once(' ').unwrap();
    let fragments = spans
        .split(';')
        .map(|span| {
            let (start, end) = span.split_once(' ').unwrap();
            (start.parse().unwrap(), end.parse().unwrap())
        })
        .collect();
    (
        fields[0].to_string(),
        TextBound {
            brat_type: brat_type.to_string(),
            fragments,
            text: fields[2].to_string(),
        },
    )
}

#[test]
fn brat_spans_select_their_text_by_character_offsets() {
    let dir = extracted();
    export(dir.path(), &["--format", "brat", "--output", "brat"]).success();
    let brat = dir.path().join("brat");
    let claims = read_jsonl(&dir.path().join("out/claims.jsonl"));
    let texts = document_texts(dir.path());
    let conf = fs::read_to_string(brat.join("annotation.conf")).unwrap();
    for section in ["[entities]", "[relations]", "[events]", "[attributes]"] {
        assert!(conf.contains(section), "annotation.conf lacks {section}");
    }

    let mut events = 0;
    let mut shifted = 0;
    let mut documents = 0;
    for (doc_id, text) in &texts {
        let stem = doc_id
            .trim_end_matches(".txt")
            .trim_end_matches(".md")
            .to_string();
        let doc_claims = claims.iter().filter(|c| c["doc_id"] == *doc_id).count();
        let ann_path = brat.join(format!("{stem}.ann"));
        if doc_claims == 0 {
            assert!(!ann_path.exists(), "{doc_id} has no claims");
            continue;
        }
        documents += 1;
        assert_eq!(
            fs::read(brat.join(format!("{stem}.txt"))).unwrap(),
            text.as_bytes(),
            "{doc_id}: the copy is not the original bytes"
        );
        let ann = fs::read_to_string(&ann_path).unwrap();
        let mut text_bounds = HashMap::new();
        for line in ann.lines().filter(|l| l.starts_with('T')) {
            let (id, t) = parse_text_bound(line);
            let pieces: Vec<String> = t
                .fragments
                .iter()
                .map(|&(start, end)| char_slice(text, start, end))
                .collect();
            assert_eq!(pieces.join(" "), t.text, "{doc_id}: {line}");
            let (start, _) = t.fragments[0];
            let byte_start = text.char_indices().nth(start).unwrap().0;
            if byte_start != start {
                shifted += 1;
            }
            text_bounds.insert(id, t);
        }
        let event_lines: Vec<&str> = ann.lines().filter(|l| l.starts_with('E')).collect();
        assert_eq!(event_lines.len(), doc_claims, "{doc_id}");
        events += event_lines.len();
        for line in &event_lines {
            let (id, arguments) = line.split_once('\t').unwrap();
            let mut parties = 0;
            for (i, argument) in arguments.split(' ').enumerate() {
                let (role, target) = argument.split_once(':').unwrap();
                let t = text_bounds
                    .get(target)
                    .unwrap_or_else(|| panic!("{doc_id}: {line}: no {target}"));
                if i == 0 {
                    assert_eq!(role, t.brat_type, "the trigger carries the event type");
                } else if role.starts_with("Party") {
                    parties += 1;
                }
            }
            assert!(parties >= 2, "{doc_id}: {line}");
            for attribute in ["Polarity", "Modality"] {
                let count = ann
                    .lines()
                    .filter(|l| l.starts_with('A') && l.contains(&format!("\t{attribute} {id} ")))
                    .count();
                assert_eq!(count, 1, "{doc_id}: {attribute} of {id}");
            }
        }
    }
    assert_eq!(events, claims.len());
    assert!(documents >= 4);
    assert!(
        shifted > 0,
        "no annotation after a non-ASCII character: the test does not check the conversion"
    );
    assert!(brat.join("999_wrapped.ann").exists());
}

#[test]
fn brat_all_documents_includes_documents_without_claims() {
    let dir = extracted();
    export(
        dir.path(),
        &["--format", "brat", "--output", "brat", "--all-documents"],
    )
    .success();
    let ann = dir.path().join("brat/001_a96ac86cc757d4ed.ann");
    assert_eq!(fs::read_to_string(ann).unwrap(), "");
    assert!(dir.path().join("brat/001_a96ac86cc757d4ed.txt").exists());
}

#[test]
fn brat_without_an_output_folder_is_refused() {
    let dir = extracted();
    let assert = export(dir.path(), &["--format", "brat"]).code(2);
    assert!(stderr_of(&assert).contains("--output DIR"));
}

#[test]
fn webanno_selectors_select_the_evidence_by_character_offsets() {
    let dir = extracted();
    let assert = export(dir.path(), &["--format", "webanno"]).success();
    let collection: Value = serde_json::from_slice(&assert.get_output().stdout).unwrap();
    let claims = read_jsonl(&dir.path().join("out/claims.jsonl"));
    let texts = document_texts(dir.path());
    assert_eq!(
        collection["@context"][0],
        "http://www.w3.org/ns/anno.jsonld"
    );
    assert_eq!(collection["type"], "AnnotationCollection");
    assert_eq!(collection["total"], claims.len());
    let items = collection["first"]["items"].as_array().unwrap();
    assert_eq!(items.len(), claims.len());

    let mut shifted = 0;
    for (item, claim) in items.iter().zip(&claims) {
        assert_eq!(item["type"], "Annotation");
        assert_eq!(
            item["id"],
            format!("urn:coopex:claim:{}", claim["claim_id"].as_str().unwrap())
        );
        let target = &item["target"];
        assert_eq!(
            target["source"]["id"],
            format!("urn:sha256:{}", claim["doc_sha256"].as_str().unwrap())
        );
        let text = &texts[claim["doc_id"].as_str().unwrap()];
        let selectors = target["selector"].as_array().unwrap();
        let quote = selectors
            .iter()
            .find(|s| s["type"] == "TextQuoteSelector")
            .unwrap();
        let position = selectors
            .iter()
            .find(|s| s["type"] == "TextPositionSelector")
            .unwrap();
        let exact = quote["exact"].as_str().unwrap();
        assert_eq!(exact, claim["evidence"]["text"].as_str().unwrap());
        let start = position["start"].as_u64().unwrap() as usize;
        let end = position["end"].as_u64().unwrap() as usize;
        assert_eq!(char_slice(text, start, end), exact);
        if start != claim["evidence"]["start"].as_u64().unwrap() as usize {
            shifted += 1;
        }

        let prefix = quote["prefix"].as_str().unwrap_or("");
        let prefix_chars = prefix.chars().count();
        assert_eq!(prefix_chars, start.min(32), "prefix of {}", item["id"]);
        assert_eq!(char_slice(text, start - prefix_chars, start), prefix);
        let suffix = quote["suffix"].as_str().unwrap_or("");
        let suffix_chars = suffix.chars().count();
        let text_chars = text.chars().count();
        assert_eq!(
            suffix_chars,
            (text_chars - end).min(32),
            "suffix of {}",
            item["id"]
        );
        assert_eq!(char_slice(text, end, end + suffix_chars), suffix);
    }
    assert!(
        shifted > 0,
        "no evidence after a non-ASCII character: the test does not check the conversion"
    );
}

#[test]
fn graphml_has_the_network_counts_and_networkx_reads_it() {
    let dir = extracted();
    export(
        dir.path(),
        &["--format", "graphml", "--output", "network.graphml"],
    )
    .success();
    let network: coopex::record::Network =
        serde_json::from_str(&fs::read_to_string(dir.path().join("out/network.json")).unwrap())
            .unwrap();
    assert!(network.links.len() >= 5);
    let graphml_path = dir.path().join("network.graphml");
    let graphml = fs::read_to_string(&graphml_path).unwrap();
    assert_eq!(graphml, coopex::run::relations::to_graphml(&network));
    assert_eq!(graphml.matches("<node ").count(), network.nodes.len());
    assert_eq!(graphml.matches("<edge ").count(), network.links.len());

    if !tool_is_installed(
        Tool::PythonModule("networkx"),
        "export's GraphML read back by networkx",
    ) {
        return;
    }
    let script = "import sys, networkx as nx\n\
                  g = nx.read_graphml(sys.argv[1])\n\
                  print(g.number_of_nodes(), g.number_of_edges())\n";
    assert_eq!(
        run_python(script, &[graphml_path.as_os_str()]).trim(),
        format!("{} {}", network.nodes.len(), network.links.len())
    );
}

#[test]
fn a_malformed_claims_line_is_reported_with_file_and_line() {
    let dir = extracted();
    let claims_path = dir.path().join("out/claims.jsonl");
    let mut claims = fs::read_to_string(&claims_path).unwrap();
    let broken_line = claims.lines().count() + 1;
    claims.push_str("{\"claim_id\": \"cut short\n");
    fs::write(&claims_path, claims).unwrap();
    for format in ["csv", "brat", "webanno"] {
        let assert = export(dir.path(), &["--format", format, "--output", "x"]).code(2);
        let stderr = stderr_of(&assert);
        assert!(
            stderr.contains(&format!("claims.jsonl:{broken_line}: malformed record")),
            "{format}: {stderr}"
        );
    }
}

#[test]
fn an_unknown_format_is_refused() {
    let dir = extracted();
    let assert = export(dir.path(), &["--format", "xml"]).code(2);
    assert!(stderr_of(&assert).contains("invalid value 'xml'"));
}

#[test]
fn documents_are_found_with_corpus_and_a_changed_one_is_refused() {
    let dir = extracted();
    let out = dir.path().join("out");
    // From the repository root the recorded paths (`in/...`) lead nowhere.
    let assert = coopex()
        .arg("export")
        .arg(&out)
        .args(["--format", "webanno"])
        .assert()
        .code(2);
    assert!(stderr_of(&assert).contains("cannot find document"));
    // --corpus: the folder extract ran in, or the input folder itself (found by doc_id).
    for corpus in [dir.path().to_path_buf(), dir.path().join("in")] {
        coopex()
            .arg("export")
            .arg(&out)
            .args(["--format", "webanno", "--corpus"])
            .arg(&corpus)
            .assert()
            .success();
    }

    let edited = dir.path().join("in/002_47dff1a686762f21.txt");
    let text = fs::read_to_string(&edited).unwrap();
    fs::write(&edited, text.replacen("China", "Chine", 1)).unwrap();
    let assert = export(dir.path(), &["--format", "webanno"]).code(2);
    assert!(stderr_of(&assert).contains("has changed since extract"));
}

#[test]
fn export_into_a_missing_folder_creates_it() {
    let dir = extracted();
    for (format, file) in [
        ("csv", "new/a/claims.csv"),
        ("graphml", "new/b/net.graphml"),
    ] {
        export(dir.path(), &["--format", format, "-o", file]).success();
        assert!(dir.path().join(file).is_file(), "{format}");
    }
    // A folder that cannot be made is named.
    fs::write(dir.path().join("plain-file"), "x").unwrap();
    let assert = export(
        dir.path(),
        &["--format", "csv", "-o", "plain-file/claims.csv"],
    )
    .code(2);
    assert!(
        stderr_of(&assert).starts_with("coopex: cannot create folder plain-file: "),
        "{}",
        stderr_of(&assert)
    );
}
