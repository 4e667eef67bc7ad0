//! Streaming mode: `extract --stdin`.

use std::fs;

use serde_json::Value;

use crate::{coopex, extracted_into_temp, read_jsonl, root};

/// The corpus as JSON Lines documents, ids being the file names.
fn corpus_jsonl() -> String {
    let mut names: Vec<_> = fs::read_dir(root().join("corpus"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    names
        .iter()
        .map(|name| {
            let text = fs::read_to_string(root().join("corpus").join(name)).unwrap();
            serde_json::json!({"id": name, "text": text, "source": "seed corpus"}).to_string()
                + "\n"
        })
        .collect()
}

fn stream(input: &str, args: &[&str]) -> (i32, Vec<Value>, String) {
    let output = coopex()
        .args(["extract", "--stdin"])
        .args(args)
        .write_stdin(input.to_string())
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    let records = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON on stdout: {l}: {e}")))
        .collect();
    (
        output.status.code().unwrap(),
        records,
        String::from_utf8(output.stderr).unwrap(),
    )
}

/// A streamed record without the provenance fields every streaming record carries.
fn strip(mut record: Value) -> Value {
    let fields = record.as_object_mut().unwrap();
    assert_eq!(
        fields.remove("schema_version").unwrap(),
        coopex::schema::SCHEMA_VERSION
    );
    assert_eq!(
        fields.remove("coopex_version").unwrap(),
        env!("CARGO_PKG_VERSION")
    );
    assert_eq!(
        fields
            .remove("gazetteer_hash")
            .unwrap()
            .as_str()
            .unwrap()
            .len(),
        64
    );
    record
}

#[test]
fn streamed_claims_equal_the_folder_mode_claims() {
    let out = extracted_into_temp(&root().join("corpus"));
    let folder = read_jsonl(&out.path().join("claims.jsonl"));
    let (code, streamed, stderr) = stream(&corpus_jsonl(), &[]);
    assert_eq!(code, 0, "{stderr}");
    let streamed: Vec<Value> = streamed.into_iter().map(strip).collect();
    assert_eq!(streamed, folder);
    // Any number of workers gives the same bytes.
    let one = coopex()
        .args(["extract", "--stdin", "--jobs", "1"])
        .write_stdin(corpus_jsonl())
        .output()
        .unwrap();
    let two = coopex()
        .args(["extract", "--stdin", "--jobs", "2"])
        .write_stdin(corpus_jsonl())
        .output()
        .unwrap();
    assert_eq!(one.stdout, two.stdout);
}

#[test]
fn emit_all_names_each_record_and_keeps_extra_fields_as_meta() {
    let input = r#"{"id": "a", "text": "China and Russia signed an agreement later this year.", "published": "2017-06-07", "url": "https://example.org/a", "lang": "en"}"#;
    let (code, records, _) = stream(&format!("{input}\n"), &["--emit", "all"]);
    assert_eq!(code, 0);
    let kinds: Vec<&str> = records
        .iter()
        .map(|r| r["record"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["document", "mention", "mention", "claim"]);
    assert_eq!(records[0]["meta"], serde_json::json!({"lang": "en"}));
    assert_eq!(records[0]["path"], "https://example.org/a");
    assert_eq!(records[0]["published"], "2017-06-07");
    // The given date resolves the relative time of the claim.
    assert_eq!(records[3]["time"]["value"], "2017");
}

#[test]
fn a_bad_line_becomes_one_error_record_and_the_stream_goes_on() {
    let input = format!(
        "{}\n{{not json\n{}\n[1, 2]\n{}\n",
        r#"{"id": "one", "text": "Japan and Brazil signed an accord."}"#,
        r#"{"id": 2}"#,
        r#"{"id": "three", "text": "India and France cooperate on Gaganyaan."}"#
    );
    let (code, records, stderr) = stream(&input, &[]);
    assert_eq!(code, 1);
    assert!(stderr.is_empty(), "{stderr}");
    let summary: Vec<(String, String)> = records
        .iter()
        .map(|r| {
            let what = r
                .get("code")
                .map_or_else(|| "claim".to_string(), |c| c.as_str().unwrap().to_string());
            (
                what,
                r["doc_id"]
                    .as_str()
                    .or(r["id"].as_str())
                    .unwrap_or("-")
                    .to_string(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("claim".to_string(), "one".to_string()),
            ("malformed_json".to_string(), "-".to_string()),
            ("missing_text".to_string(), "2".to_string()),
            ("not_an_object".to_string(), "-".to_string()),
            ("claim".to_string(), "three".to_string()),
        ]
    );
    assert_eq!(records[1]["line"], 2);
    // Error records follow their schema.
    let schema: Value =
        serde_json::from_str(&fs::read_to_string(root().join("schema/error.schema.json")).unwrap())
            .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    assert!(validator.is_valid(&strip(records[2].clone())));
}

#[test]
fn a_closed_pipe_ends_the_stream_quietly() {
    let input = corpus_jsonl().repeat(20);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("in.jsonl");
    fs::write(&path, input).unwrap();
    let binary = assert_cmd::cargo::cargo_bin("coopex");
    let output = std::process::Command::new("bash")
        .args(["-c", &format!("'{}' extract --stdin --emit mentions < '{}' | head -n 1 > /dev/null; echo ${{PIPESTATUS[0]}}", binary.display(), path.display())])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(output.stdout).unwrap().trim(), "0");
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn an_over_long_line_is_rejected_too_large_and_the_stream_goes_on() {
    let good = serde_json::json!({"id": "ok", "text": "Zorvia and Quellan met."}).to_string();
    let long = serde_json::json!({"id": "long", "text": "y".repeat(2 << 20)}).to_string();
    let input = format!("\u{feff}{good}\n{long}\n{good}\n");
    let (code, records, _) = stream(&input, &["--emit", "all", "--max-bytes", "100"]);
    assert_eq!(code, 1);
    let kinds: Vec<(&str, Option<&str>)> = records
        .iter()
        .filter(|r| r["record"] != "mention" && r["record"] != "claim")
        .map(|r| (r["record"].as_str().unwrap(), r["code"].as_str()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("document", None),
            ("error", Some("too_large")),
            ("document", None)
        ]
    );
}

#[test]
fn an_absurd_jobs_count_is_capped_with_a_note() {
    let good = serde_json::json!({"id": "ok", "text": "Zorvia and Quellan met."}).to_string();
    let (code, _, stderr) = stream(&good, &["--jobs", "100000"]);
    assert_eq!(code, 0);
    assert!(stderr.contains("--jobs 100000"), "{stderr}");
}

#[test]
fn emit_all_lines_follow_the_stream_schema_and_their_records_schemas() {
    let input = format!("{}{}\n", corpus_jsonl(), r#"{"id": "blank", "text": " "}"#);
    let (code, records, _) = stream(&input, &["--emit", "all"]);
    assert_eq!(code, 1, "the blank line is an error record");
    let validator = |name: &str| {
        let path = root().join(format!("schema/{name}.schema.json"));
        let schema: Value = serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap();
        jsonschema::validator_for(&schema).unwrap()
    };
    let envelope = validator("stream");
    let mut kinds = std::collections::BTreeSet::new();
    for record in records {
        assert!(envelope.is_valid(&record), "{record}");
        let mut own = strip(record);
        let kind = own
            .as_object_mut()
            .unwrap()
            .remove("record")
            .unwrap()
            .as_str()
            .unwrap()
            .to_string();
        if kind == "document" {
            // What a reduce needs for near-duplicates: the MinHash signature, as hex.
            let signature = own["signature"].as_str().unwrap();
            assert_eq!(signature.len(), 136);
            // A document record keeps its own gazetteer hash beside the envelope's.
            own["gazetteer_hash"] = Value::String("0".repeat(64));
        }
        let errors: Vec<String> = validator(&kind)
            .iter_errors(&own)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{kind}: {errors:?}");
        kinds.insert(kind);
    }
    assert_eq!(
        kinds.into_iter().collect::<Vec<_>>(),
        ["claim", "document", "error", "mention"]
    );
}
