use std::collections::HashMap;
use std::fs;
use std::path::Path;

use coopex::record::{ClaimRecord, DocumentRecord, MentionRecord, RejectedRecord, Summary};
use serde_json::Value;

use crate::{coopex, extracted_with_exit_code, read_jsonl, root};

fn extract_corpus(out: &Path, jobs: &str) {
    coopex()
        .args(["extract", "corpus", "--quiet", "--jobs", jobs, "--out"])
        .arg(out)
        .assert()
        .success();
}

/// Checks that `raw[start..end] == text` for a span object.
fn assert_span(raw: &[u8], span: &Value, what: &str) {
    let start = span["start"].as_u64().unwrap() as usize;
    let end = span["end"].as_u64().unwrap() as usize;
    let text = span["text"].as_str().unwrap();
    assert!(
        start < end && end <= raw.len(),
        "{what}: bad range {start}..{end}"
    );
    assert_eq!(
        std::str::from_utf8(&raw[start..end]).unwrap(),
        text,
        "{what}: span does not hold its text"
    );
}

#[test]
fn every_span_of_every_record_holds_its_text() {
    let out = tempfile::tempdir().unwrap();
    extract_corpus(out.path(), "2");
    let documents = read_jsonl(&out.path().join("documents.jsonl"));
    assert_eq!(documents.len(), 5);
    let raw: HashMap<String, Vec<u8>> = documents
        .iter()
        .map(|d| {
            let path = root().join(d["path"].as_str().unwrap());
            (
                d["doc_id"].as_str().unwrap().to_string(),
                fs::read(path).unwrap(),
            )
        })
        .collect();
    let mentions = read_jsonl(&out.path().join("mentions.jsonl"));
    assert!(mentions.len() > 50);
    for m in &mentions {
        assert_span(&raw[m["doc_id"].as_str().unwrap()], m, "mention");
    }
    let claims = read_jsonl(&out.path().join("claims.jsonl"));
    assert!(claims.len() >= 8);
    for c in &claims {
        let doc = &raw[c["doc_id"].as_str().unwrap()];
        let evidence = &c["evidence"];
        assert_span(doc, evidence, "evidence");
        let (es, ee) = (
            evidence["start"].as_u64().unwrap(),
            evidence["end"].as_u64().unwrap(),
        );
        for list in ["parties", "missions", "cues"] {
            for span in c[list].as_array().unwrap() {
                assert_span(doc, span, list);
                let (s, e) = (
                    span["start"].as_u64().unwrap(),
                    span["end"].as_u64().unwrap(),
                );
                assert!(s >= es && e <= ee, "{list} span outside the evidence");
                if let Some(antecedent) = span.get("antecedent") {
                    assert_span(doc, antecedent, "antecedent");
                    assert!(
                        antecedent["end"].as_u64().unwrap() <= es,
                        "antecedent after its reference"
                    );
                }
            }
        }
        // The quote selector holds the sentence with its context.
        let selector = &evidence["selector"];
        assert_eq!(selector["exact"], evidence["text"]);
        let before = std::str::from_utf8(&doc[..es as usize]).unwrap();
        let after = std::str::from_utf8(&doc[ee as usize..]).unwrap();
        assert!(before.ends_with(selector["prefix"].as_str().unwrap()));
        assert!(after.starts_with(selector["suffix"].as_str().unwrap()));
        assert!(selector["prefix"].as_str().unwrap().chars().count() <= 32);
        if !c["time"].is_null() {
            assert_span(doc, &c["time"], "time");
        }
        for q in c["quantities"].as_array().unwrap() {
            assert_span(doc, q, "quantity");
        }
        // line and column point at the evidence start.
        let text = std::str::from_utf8(doc).unwrap();
        let start = es as usize;
        let line = text[..start].matches('\n').count() + 1;
        let line_start = text[..start].rfind('\n').map_or(0, |p| p + 1);
        let column = text[line_start..start].chars().count() + 1;
        assert_eq!(evidence["line"].as_u64().unwrap() as usize, line);
        assert_eq!(evidence["column"].as_u64().unwrap() as usize, column);
    }
}

#[test]
fn output_is_identical_for_any_number_of_workers() {
    let one = tempfile::tempdir().unwrap();
    let two = tempfile::tempdir().unwrap();
    extract_corpus(one.path(), "1");
    extract_corpus(two.path(), "2");
    for file in [
        "documents.jsonl",
        "mentions.jsonl",
        "claims.jsonl",
        "rejected.jsonl",
    ] {
        let a = fs::read(one.path().join(file)).unwrap();
        let b = fs::read(two.path().join(file)).unwrap();
        assert!(a == b, "{file} differs between --jobs 1 and --jobs 2");
    }
}

#[test]
fn records_read_back_into_the_documented_types() {
    let out = tempfile::tempdir().unwrap();
    extract_corpus(out.path(), "2");
    let read = |name: &str| fs::read_to_string(out.path().join(name)).unwrap();
    let documents: Vec<DocumentRecord> = read("documents.jsonl")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let mentions: Vec<MentionRecord> = read("mentions.jsonl")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let claims: Vec<ClaimRecord> = read("claims.jsonl")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let summary: Summary = serde_json::from_str(&read("summary.json")).unwrap();
    assert_eq!(summary.documents, documents.len());
    assert_eq!(summary.mentions, mentions.len());
    assert_eq!(summary.claims, claims.len());
    assert_eq!(summary.rejected, 0);
    // Documents come in sorted input order and carry what the text states.
    let ids: Vec<&str> = documents.iter().map(|d| d.doc_id.as_str()).collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted);
    let xinhua = documents
        .iter()
        .find(|d| d.doc_id.starts_with("003"))
        .unwrap();
    assert_eq!(xinhua.published.as_deref(), Some("2017-06-07"));
    // The title is the headline on the fourth line, after a short lowercase line and a
    // navigation line (read from the file rather than written out here).
    let raw = fs::read_to_string(root().join("corpus").join(&xinhua.doc_id)).unwrap();
    assert_eq!(xinhua.title.as_deref(), raw.lines().nth(3));
    // Claim ids are unique and stable hex.
    let mut ids: Vec<&str> = claims.iter().map(|c| c.claim_id.as_str()).collect();
    assert!(ids
        .iter()
        .all(|id| id.len() == 16 && id.chars().all(|c| c.is_ascii_hexdigit())));
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), claims.len());
}

/// Finds the claim of the document whose id starts with `doc` whose evidence sentence starts
/// at `line` and `column` (both from 1). The seed articles' sentences are located by position,
/// not quoted: tests use no text of the articles.
fn claim_at<'a>(claims: &'a [Value], doc: &str, line: u64, column: u64) -> &'a Value {
    claims
        .iter()
        .find(|c| {
            c["doc_id"].as_str().unwrap().starts_with(doc)
                && c["evidence"]["line"] == line
                && c["evidence"]["column"] == column
        })
        .unwrap_or_else(|| panic!("no claim in {doc} at {line}:{column}"))
}

fn party_ids(claim: &Value) -> Vec<&str> {
    let mut ids: Vec<&str> = claim["parties"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["entity_id"].as_str().unwrap())
        .collect();
    ids.sort();
    ids
}

#[test]
fn the_claims_the_seed_articles_state_are_found() {
    let out = tempfile::tempdir().unwrap();
    extract_corpus(out.path(), "2");
    let claims = read_jsonl(&out.path().join("claims.jsonl"));

    // 003, a list of the countries and bodies China has agreements with.
    let c = claim_at(&claims, "003", 46, 1);
    assert_eq!(c["kind"], "agreement");
    assert_eq!(
        party_ids(c),
        [
            "agency:esa",
            "country:CN",
            "country:DE",
            "country:FR",
            "country:KZ",
            "country:RU",
            "organization:unoosa"
        ]
    );

    // 002, four countries taking part in a lunar mission named in an earlier sentence.
    let c = claim_at(&claims, "002", 8, 159);
    assert_eq!(c["kind"], "participation");
    assert_eq!(c["modality"], "planned");
    assert_eq!(
        party_ids(c),
        ["country:DE", "country:NL", "country:SA", "country:SE"]
    );
    assert_eq!(c["missions"][0]["entity_id"], "mission:change-4");
    assert_eq!(c["missions"][0]["text"], "The mission");
    assert_eq!(c["missions"][0]["antecedent"]["text"], "Chang'e-4");

    // 002, the legal ban on NASA working with China.
    let c = claim_at(&claims, "002", 3, 256);
    assert_eq!(
        (c["kind"].as_str(), c["polarity"].as_str()),
        (Some("prohibition"), Some("negative"))
    );
    assert_eq!(party_ids(c), ["agency:nasa", "country:CN"]);

    // 003, joint work China plans with a UN office.
    let c = claim_at(&claims, "003", 16, 151);
    assert_eq!(c["modality"], "planned");
    assert_eq!(party_ids(c), ["country:CN", "organization:unoosa"]);

    // 004, a dated agreement on a lunar programme.
    let c = claim_at(&claims, "004", 27, 5);
    assert_eq!(c["kind"], "agreement");
    assert_eq!(c["time"]["value"], "2020");
    assert_eq!(party_ids(c), ["country:RU", "country:US"]);
    assert_eq!(c["missions"][0]["entity_id"], "program:artemis");

    // 004, four countries building a space station together.
    let c = claim_at(&claims, "004", 20, 103);
    assert_eq!(
        party_ids(c),
        ["country:CA", "country:JP", "country:RU", "country:US"]
    );

    // 003, thanks from China's agency to ESA and four countries for taking part in a mission.
    let c = claim_at(&claims, "003", 34, 1);
    assert_eq!(c["kind"], "participation");
    assert!(party_ids(c).contains(&"agency:esa") && party_ids(c).contains(&"agency:cnsa"));

    // 002, ESA's past cooperation with China.
    let c = claim_at(&claims, "002", 5, 1);
    assert_eq!(party_ids(c), ["agency:esa", "country:CN"]);
}

#[test]
fn bad_inputs_are_rejected_with_reasons_and_good_ones_processed() {
    let input = tempfile::tempdir().unwrap();
    let dir = input.path();
    fs::write(
        dir.join("good.txt"),
        "NASA and ESA signed an agreement on the ExoMars rover.\n",
    )
    .unwrap();
    fs::write(
        dir.join("garbled.txt"),
        b"Coop\x81\x8dration entre la France et l'Inde.\n",
    )
    .unwrap();
    fs::write(dir.join("binary.md"), b"\x7fELF\x00\x00\x01\x02binary").unwrap();
    fs::write(dir.join("empty.txt"), "").unwrap();
    fs::write(dir.join("ignored.pdf"), "not read").unwrap();
    let out = extracted_with_exit_code(dir, 1);
    let rejected: Vec<RejectedRecord> = fs::read_to_string(out.path().join("rejected.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let reasons: Vec<(&str, &str)> = rejected
        .iter()
        .map(|r| (r.doc_id.as_str(), r.code.as_str()))
        .collect();
    assert_eq!(
        reasons,
        [
            ("binary.md", "binary"),
            ("empty.txt", "empty"),
            ("garbled.txt", "not_utf8")
        ]
    );
    assert!(
        rejected[2].reason.contains("byte 4"),
        "{}",
        rejected[2].reason
    );
    let claims = read_jsonl(&out.path().join("claims.jsonl"));
    assert_eq!(claims.len(), 1);
    assert_eq!(claims[0]["doc_id"], "good.txt");
    let summary: Summary =
        serde_json::from_str(&fs::read_to_string(out.path().join("summary.json")).unwrap())
            .unwrap();
    assert_eq!(
        (summary.inputs, summary.documents, summary.rejected),
        (4, 1, 3)
    );
}

#[test]
fn strict_makes_a_rejection_a_failure() {
    let input = tempfile::tempdir().unwrap();
    fs::write(
        input.path().join("good.txt"),
        "China and Russia signed an agreement.\n",
    )
    .unwrap();
    fs::write(input.path().join("empty.txt"), "").unwrap();
    let out = tempfile::tempdir().unwrap();
    let assert = coopex()
        .args(["extract", "--quiet", "--strict", "--out"])
        .arg(out.path())
        .arg(input.path())
        .assert()
        .code(2);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(stderr.contains("--strict"), "{stderr}");
    // The output is still complete.
    assert_eq!(read_jsonl(&out.path().join("rejected.jsonl")).len(), 1);
    assert_eq!(read_jsonl(&out.path().join("claims.jsonl")).len(), 1);
}

#[test]
fn too_large_inputs_are_rejected() {
    let input = tempfile::tempdir().unwrap();
    fs::write(
        input.path().join("big.txt"),
        "China and Russia cooperate. ".repeat(10),
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    coopex()
        .args(["extract", "--quiet", "--max-bytes", "100", "--out"])
        .arg(out.path())
        .arg(input.path())
        .assert()
        .code(1);
    let rejected = read_jsonl(&out.path().join("rejected.jsonl"));
    assert_eq!(rejected[0]["code"], "too_large");
}

#[test]
fn missing_input_is_a_one_line_error() {
    let out = tempfile::tempdir().unwrap();
    let assert = coopex()
        .args(["extract", "no/such/folder", "--out"])
        .arg(out.path())
        .assert()
        .code(2);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert_eq!(
        stderr.trim(),
        "coopex: input path no/such/folder does not exist"
    );
}

#[test]
fn unwritable_output_is_a_one_line_error() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("file");
    fs::write(&blocker, "x").unwrap();
    let assert = coopex()
        .args(["extract", "corpus", "--out"])
        .arg(blocker.join("out"))
        .assert()
        .code(2);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(
        stderr.starts_with("coopex: cannot create output folder"),
        "{stderr}"
    );
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
}

#[test]
fn a_failed_run_leaves_the_previous_output_intact() {
    let out = tempfile::tempdir().unwrap();
    extract_corpus(out.path(), "2");
    let before = fs::read(out.path().join("claims.jsonl")).unwrap();
    coopex()
        .args(["extract", "corpus", "no/such/input", "--out"])
        .arg(out.path())
        .assert()
        .code(2);
    assert_eq!(fs::read(out.path().join("claims.jsonl")).unwrap(), before);
    let stray: Vec<_> = fs::read_dir(out.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(stray.is_empty());
}

#[test]
fn help_explains_every_option() {
    let assert = coopex().args(["extract", "--help"]).assert().success();
    let help = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    for option in ["--out", "--jobs", "--max-bytes", "--gazetteer", "--quiet"] {
        assert!(
            help.contains(option),
            "{option} missing from extract --help"
        );
    }
    let assert = coopex().arg("--help").assert().success();
    let help = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    assert!(help.contains("Exit codes"));
}

#[test]
fn extract_help_names_every_input_format_and_output_file() {
    let output = coopex().args(["extract", "--help"]).output().unwrap();
    let help = String::from_utf8(output.stdout).unwrap();
    for extension in coopex::text::ingest::TEXT_EXTENSIONS {
        assert!(
            help.contains(&format!(".{extension} ")) || help.contains(&format!(".{extension},")),
            "--help misses .{extension}:\n{help}"
        );
    }
    assert!(
        help.contains(".txt.gz"),
        "--help misses gzip input:\n{help}"
    );
    let files = coopex::run::files::OUTPUT_NAMES
        .iter()
        .filter(|name| **name != coopex::run::files::STAGING_MARKER);
    for file in files {
        assert!(help.contains(file), "--help misses {file}:\n{help}");
    }
}

/// The README's exit-code table: an argument error is the parser's usage message, exit 2; an
/// error past parsing is one line `coopex: …`, exit 2.
#[test]
fn errors_look_as_the_readme_says() {
    let output = coopex()
        .args(["extract", "--no-such-option"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.starts_with("error: "), "{stderr}");
    assert!(stderr.contains("\nUsage: coopex extract"), "{stderr}");
    assert!(
        stderr.contains("For more information, try '--help'."),
        "{stderr}"
    );

    let output = coopex()
        .args(["segment", "no/such/file.txt"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.starts_with("coopex: "), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");

    let output = coopex().arg("--version").output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert!(String::from_utf8(output.stdout)
        .unwrap()
        .starts_with("coopex "));
}

/// A wire story's dateline dates the document, so "earlier this year" in a later paragraph
/// resolves; a Markdown heading is its title.
#[test]
fn a_news_dateline_dates_the_document_and_resolves_this_year() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("wire.md"),
        "# Two agencies, one rover\n\n\
         LIMA, August 14, 2023 (Andes Wire) -- The space agency said its budget would grow next \
         year and that it would hire engineers.\n\n\
         Earlier this year NASA and ESA signed an agreement to build a lunar rover together.\n",
    )
    .unwrap();
    let out = crate::extracted_into_temp(dir.path());
    let documents = read_jsonl(&out.path().join("documents.jsonl"));
    assert_eq!(documents[0]["title"], "Two agencies, one rover");
    assert_eq!(documents[0]["published"], "2023-08-14");
    let claims = read_jsonl(&out.path().join("claims.jsonl"));
    assert_eq!(claims.len(), 1);
    assert_eq!(claims[0]["time"]["text"], "Earlier this year");
    assert_eq!(claims[0]["time"]["value"], "2023");
}

/// An HTML page's view pads a decoded `&amp;` with soft hyphens to keep offsets; the title
/// shows none of them.
#[test]
fn an_html_title_holds_no_invisible_padding() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("page.html"),
        "<html><body><h1>Rivals &amp; partners: Kenya picks a side</h1>\
         <p>Kenya and Japan agreed to share ground station time from next spring.</p></body></html>",
    )
    .unwrap();
    let out = crate::extracted_into_temp(dir.path());
    let documents = read_jsonl(&out.path().join("documents.jsonl"));
    assert_eq!(
        documents[0]["title"],
        "Rivals & partners: Kenya picks a side"
    );
}

#[test]
fn profile_stages_reports_every_stage_and_their_total() {
    let out = tempfile::tempdir().unwrap();
    let output = coopex()
        .args([
            "extract",
            "corpus",
            "--quiet",
            "--jobs",
            "2",
            "--profile-stages",
            "--out",
        ])
        .arg(out.path())
        .current_dir(root())
        .output()
        .unwrap();
    assert!(output.status.success());
    let stderr = String::from_utf8(output.stderr).unwrap();
    // Each stage's row: its seconds and its share of the total, in per cent.
    let row = |stage: &str| -> (f64, f64) {
        let line = stderr
            .lines()
            .find(|l| l.starts_with(stage) && l[stage.len()..].starts_with("  "))
            .unwrap_or_else(|| panic!("no {stage} line in {stderr}"));
        let mut columns = line[stage.len()..].split_whitespace();
        let seconds = columns.next().unwrap().parse().unwrap();
        let share = columns
            .next()
            .unwrap()
            .trim_end_matches('%')
            .parse()
            .unwrap();
        (seconds, share)
    };
    let stages = [
        "read",
        "segment",
        "normalize",
        "match names",
        "resolve",
        "match cues",
        "claims",
        "records",
        "signature",
        "write",
    ];
    let seconds: f64 = stages.iter().map(|s| row(s).0).sum();
    let shares: f64 = stages.iter().map(|s| row(s).1).sum();
    assert!(row("total").0 > 0.0, "{stderr}");
    assert!((seconds - row("total").0).abs() < 0.01, "{stderr}");
    assert!((shares - 100.0).abs() < 1.0, "{stderr}");
    // The closing summary line is still hidden by --quiet; the output is unchanged.
    assert!(!stderr.contains("coopex:"), "{stderr}");
    assert_eq!(read_jsonl(&out.path().join("claims.jsonl")).len(), 12);
}
