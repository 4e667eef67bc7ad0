//! Every input format: encodings, line ends, gzip, JSON Lines files.

use std::fs;
use std::io::Write;

use serde_json::Value;

use crate::{coopex, extracted_with_exit_code, read_jsonl};

const ARTICLE: &str = "Coopération: ESA and JAXA signed an agreement on the Hayabusa2 mission.\n\nRussia and China will cooperate on the International Lunar Research Station.\n";

fn utf16le(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xFE];
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    bytes
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

#[test]
fn every_format_is_read_decoded_and_audited() {
    let input = tempfile::tempdir().unwrap();
    let dir = input.path();
    let (latin1, _, _) = encoding_rs::WINDOWS_1252.encode(ARTICLE);
    fs::write(dir.join("a_utf8.txt"), ARTICLE).unwrap();
    fs::write(
        dir.join("b_bom.txt"),
        [b"\xEF\xBB\xBF".as_slice(), ARTICLE.as_bytes()].concat(),
    )
    .unwrap();
    fs::write(dir.join("c_utf16.txt"), utf16le(ARTICLE)).unwrap();
    fs::write(dir.join("d_latin1.md"), latin1.as_ref()).unwrap();
    fs::write(dir.join("e_crlf.txt"), ARTICLE.replace('\n', "\r\n")).unwrap();
    fs::write(dir.join("f_cr.txt"), ARTICLE.replace('\n', "\r")).unwrap();
    fs::write(dir.join("g_zipped.txt.gz"), gzip(ARTICLE.as_bytes())).unwrap();
    let lines = format!(
        "{}\n{{broken\n{}\n{}\n",
        serde_json::json!({"id": "one", "text": ARTICLE, "source": "wire"}),
        serde_json::json!({"id": "two"}),
        serde_json::json!({"text": ARTICLE}),
    );
    fs::write(dir.join("h_docs.jsonl"), &lines).unwrap();
    fs::write(dir.join("i_docs.jsonl.gz"), gzip(lines.as_bytes())).unwrap();
    let page = format!(
        "<html><head><title>Lunar news</title><style>p {{ color: red }}</style><script>var s = \"NASA and ESA signed\";</script></head><body><nav><a href=\"/\">Home</a> | <a href=\"/esa\">ESA</a></nav><article>{}</article><footer>&copy; 2024 Example</footer></body></html>",
        ARTICLE
            .replace("Coopération", "Coop&eacute;ration")
            .split("\n\n")
            .map(|p| format!("<p>{}</p>", p.trim().replace("ESA and", "<b>ESA</b> and")))
            .collect::<String>()
    );
    fs::write(dir.join("j_page.html"), &page).unwrap();

    let out = extracted_with_exit_code(dir, 1);

    let documents = read_jsonl(&out.path().join("documents.jsonl"));
    let described: Vec<(String, String, Option<String>)> = documents
        .iter()
        .map(|d| {
            (
                d["doc_id"].as_str().unwrap().to_string(),
                d["encoding"].as_str().unwrap().to_string(),
                d["compression"].as_str().map(str::to_string),
            )
        })
        .collect();
    let expected: Vec<(String, String, Option<String>)> = [
        ("a_utf8.txt", "utf-8", None),
        ("b_bom.txt", "utf-8", None),
        ("c_utf16.txt", "utf-16le", None),
        ("d_latin1.md", "windows-1252", None),
        ("e_crlf.txt", "utf-8", None),
        ("f_cr.txt", "utf-8", None),
        ("g_zipped.txt.gz", "utf-8", Some("gzip")),
        ("h_docs.jsonl#one", "utf-8", None),
        ("h_docs.jsonl#line-4", "utf-8", None),
        ("i_docs.jsonl.gz#one", "utf-8", None),
        ("i_docs.jsonl.gz#line-4", "utf-8", None),
        ("j_page.html", "utf-8", None),
    ]
    .iter()
    .map(|(d, e, c)| (d.to_string(), e.to_string(), c.map(str::to_string)))
    .collect();
    assert_eq!(described, expected);
    assert_eq!(documents[7]["meta"], serde_json::json!({"source": "wire"}));
    // The page's markup, script, style and navigation are gone; its offsets are the page's.
    let page_doc = &documents[11];
    assert_eq!(page_doc["markup"], "html");
    let page_claims: Vec<Value> = read_jsonl(&out.path().join("claims.jsonl"))
        .into_iter()
        .filter(|c| c["doc_id"] == "j_page.html")
        .collect();
    assert_eq!(page_claims.len(), 2);
    for c in &page_claims {
        for p in c["parties"].as_array().unwrap() {
            let (s, e) = (
                p["start"].as_u64().unwrap() as usize,
                p["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(
                &page[s..e],
                p["text"].as_str().unwrap(),
                "a name's span is the page's"
            );
        }
        assert!(!c["evidence"]["text"].as_str().unwrap().contains('<'));
    }

    // Every document yields the same two claims.
    let claims = read_jsonl(&out.path().join("claims.jsonl"));
    for d in &documents {
        let of_doc: Vec<&Value> = claims
            .iter()
            .filter(|c| c["doc_id"] == d["doc_id"])
            .collect();
        let kinds: Vec<&str> = of_doc.iter().map(|c| c["kind"].as_str().unwrap()).collect();
        assert_eq!(kinds, ["agreement", "collaboration"], "{}", d["doc_id"]);
    }

    // Bad lines are rejected with their line numbers; the good lines are processed.
    let rejected = read_jsonl(&out.path().join("rejected.jsonl"));
    let reasons: Vec<(&str, &str)> = rejected
        .iter()
        .map(|r| (r["doc_id"].as_str().unwrap(), r["code"].as_str().unwrap()))
        .collect();
    assert_eq!(
        reasons,
        [
            ("h_docs.jsonl#line-2", "malformed_json"),
            ("h_docs.jsonl#two", "missing_text"),
            ("i_docs.jsonl.gz#line-2", "malformed_json"),
            ("i_docs.jsonl.gz#two", "missing_text"),
        ]
    );
    assert!(rejected[0]["reason"]
        .as_str()
        .unwrap()
        .starts_with("line 2: malformed JSON"));

    // The citations hold in every format: audit decodes each document as extract did.
    let output = coopex()
        .arg("audit")
        .arg(out.path())
        .arg("--json")
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert!(output.status.success(), "{report}");
    assert_eq!(report["claims"]["ok"], claims.len());
}
