//! `coopex report`: the HTML page, read as text and rendered by a real browser.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::tools::{tool_is_installed, Tool, CHROMIUM};
use crate::{coopex, corpus_copy, extracted_into_temp, read_jsonl, root};

/// The longest a chromium run may take before it is killed.
const BROWSER_TIMEOUT: Duration = Duration::from_secs(60);

/// Extracts the shipped corpus (from the repository root, so recorded paths are `corpus/…`)
/// into a temp folder.
fn extracted() -> tempfile::TempDir {
    let out = tempfile::tempdir().unwrap();
    coopex()
        .args(["extract", "--quiet", "--out"])
        .arg(out.path())
        .arg("corpus")
        .assert()
        .success();
    out
}

fn report(out: &Path, file: &Path) -> String {
    coopex()
        .arg("report")
        .arg(out)
        .arg("-o")
        .arg(file)
        .assert()
        .success();
    fs::read_to_string(file).unwrap()
}

fn node_count(out: &Path) -> usize {
    let network: Value =
        serde_json::from_str(&fs::read_to_string(out.join("network.json")).unwrap()).unwrap();
    network["nodes"].as_array().unwrap().len()
}

fn str_field<'a>(value: &'a Value, field: &str) -> &'a str {
    value[field].as_str().unwrap_or_default()
}

/// What the page's text filter searches in a claim row: kind, polarity, modality, party and
/// mission names, document and evidence sentence.
fn claim_mentions(claim: &Value, word: &str) -> bool {
    let names = |list: &str| -> Vec<String> {
        claim[list]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| str_field(e, "name").to_string())
            .collect()
    };
    let mut fields = names("parties");
    fields.extend(names("missions"));
    for field in ["kind", "polarity", "modality", "doc_id"] {
        fields.push(str_field(claim, field).to_string());
    }
    fields.push(str_field(&claim["evidence"], "text").to_string());
    let word = word.to_lowercase();
    fields.iter().any(|f| f.to_lowercase().contains(&word))
}

/// What the page's text filter searches in a relation row: party and mission names, kind,
/// polarity and documents.
fn relation_mentions(relation: &Value, word: &str) -> bool {
    let mut fields: Vec<&str> = relation["parties"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| str_field(p, "name"))
        .collect();
    fields.push(str_field(&relation["mission"], "name"));
    fields.push(str_field(relation, "kind"));
    fields.push(str_field(relation, "polarity"));
    fields.extend(
        relation["claims"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| str_field(c, "doc_id")),
    );
    let word = word.to_lowercase();
    fields.iter().any(|f| f.to_lowercase().contains(&word))
}

/// The start tags of the rows carrying `attribute`, as (whole tag, hidden).
fn rows_with<'a>(html: &'a str, attribute: &str) -> Vec<(&'a str, bool)> {
    html.match_indices("<tr ")
        .filter_map(|(at, _)| {
            let tag = &html[at..at + html[at..].find('>')? + 1];
            tag.contains(attribute)
                .then(|| (tag, tag.contains(" hidden")))
        })
        .collect()
}

/// The `data-visible` count of the element with this id.
fn visible_count(html: &str, id: &str) -> usize {
    let at = html
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("no #{id} in the page"));
    let tag = &html[at..at + html[at..].find('>').unwrap()];
    let value = tag
        .split("data-visible=\"")
        .nth(1)
        .and_then(|v| v.split('"').next())
        .unwrap_or_else(|| panic!("#{id} has no data-visible: {tag}"));
    value.parse().unwrap()
}

#[test]
fn report_is_self_contained_complete_and_deterministic() {
    let out = extracted();
    let pages = tempfile::tempdir().unwrap();
    let html = report(out.path(), &pages.path().join("a.html"));
    let again = report(out.path(), &pages.path().join("b.html"));
    assert!(html == again, "two runs gave different pages");

    let lower = html.to_lowercase();
    for remote in [
        "src=\"http",
        "src='http",
        "src=http",
        "src=\"//",
        "href=\"http",
        "href='http",
        "href=http",
        "href=\"//",
        "url(http",
        "url(\"http",
        "url('http",
        "url(//",
        "@import",
        "<link",
        "<script src",
        "<iframe",
    ] {
        assert!(
            !lower.contains(remote),
            "the page loads something: {remote}"
        );
    }
    assert!(html.contains("Content-Security-Policy"));

    let claims = read_jsonl(&out.path().join("claims.jsonl"));
    let relations = read_jsonl(&out.path().join("relations.jsonl"));
    let network: Value =
        serde_json::from_str(&fs::read_to_string(out.path().join("network.json")).unwrap())
            .unwrap();
    let summary: Value =
        serde_json::from_str(&fs::read_to_string(out.path().join("summary.json")).unwrap())
            .unwrap();
    assert_eq!(html.matches("data-claim-id=").count(), claims.len());
    assert_eq!(html.matches("data-relation-id=").count(), relations.len());
    for claim in &claims {
        let id = str_field(claim, "claim_id");
        assert!(html.contains(&format!("data-claim-id=\"{id}\"")), "{id}");
    }
    assert_eq!(html.matches("<svg").count(), 1);
    assert_eq!(html.matches("<circle").count(), node_count(out.path()));
    assert_eq!(
        html.matches("<line ").count(),
        network["links"].as_array().unwrap().len()
    );
    // The header, and the audit: every claim of the untouched output holds.
    let card = |label: &str, n: usize| format!("<dt>{label}</dt><dd>{n}</dd>");
    assert!(html.contains(&card("documents", 5)));
    assert!(html.contains(&card("claims", claims.len())));
    assert!(html.contains(&card("relations", relations.len())));
    assert!(html.contains(&format!("schema {}", str_field(&summary, "schema_version"))));
    assert!(html.contains(&card("claims ok", claims.len())));
    assert!(html.contains(&card("claims changed", 0)));
    assert_eq!(rows_with(&html, "data-status=\"ok\"").len(), claims.len());
    // The cited sentence with its marks, and its citation.
    assert!(html.contains(
        "<mark class=\"party\" title=\"party: United States (country:US)\">United States</mark>"
    ));
    assert!(html.contains("corpus/004_b47ea5e92dfb67ac.txt:27:5 · bytes 2478..2613"));
}

#[test]
fn report_escapes_document_text() {
    let corpus = tempfile::tempdir().unwrap();
    let text = "Space news <script>alert(1)</script>\n\n\
                NASA & ESA signed an agreement on the <b>\"Artemis\"</b> program in 2020.\n";
    fs::write(corpus.path().join("a&b.txt"), text).unwrap();
    let out = tempfile::tempdir().unwrap();
    coopex()
        .args(["extract", "--quiet", "--out"])
        .arg(out.path())
        .arg(corpus.path())
        .assert()
        .success();
    let claims = read_jsonl(&out.path().join("claims.jsonl"));
    assert_eq!(claims.len(), 1, "{claims:?}");
    let html = report(out.path(), &out.path().join("report.html"));
    assert!(!html.contains("<script>alert"));
    assert!(!html.contains("<b>"));
    assert!(html.contains(" &amp; <mark class=\"party\""));
    assert!(html.contains("the &lt;b&gt;&quot;<mark class=\"mission\""));
    assert!(html.contains("Artemis</mark>&quot;&lt;/b&gt; program"));
    assert!(html.contains("a&amp;b.txt"));
    assert_eq!(
        html.matches("<script>").count(),
        1,
        "only the page's own script"
    );
}

#[test]
fn report_errors_name_the_file() {
    let missing = coopex()
        .args(["report", "no/such/folder", "-o", "x.html"])
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&missing.get_output().stderr).to_string();
    assert!(
        stderr.contains("coopex: output folder no/such/folder does not exist"),
        "{stderr}"
    );

    let out = extracted();
    let claims_path = out.path().join("claims.jsonl");
    let mut claims = fs::read_to_string(&claims_path).unwrap();
    claims.push_str("{\"claim_id\":\n");
    fs::write(&claims_path, claims).unwrap();
    let lines = fs::read_to_string(&claims_path).unwrap().lines().count();
    let broken = coopex()
        .arg("report")
        .arg(out.path())
        .arg("-o")
        .arg(out.path().join("report.html"))
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&broken.get_output().stderr).to_string();
    assert!(
        stderr.contains(&format!("claims.jsonl:{lines}: malformed record")),
        "{stderr}"
    );
    assert!(!out.path().join("report.html").exists());
}

/// Runs chromium headless on `url`, killing it after [`BROWSER_TIMEOUT`]; returns its stdout.
fn chromium(args: &[String], url: &str) -> String {
    use std::os::unix::process::CommandExt;
    let profile = tempfile::tempdir().unwrap();
    let stdout_file = tempfile::NamedTempFile::new().unwrap();
    let mut child = Command::new(CHROMIUM)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--virtual-time-budget=5000",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(stdout_file.reopen().unwrap())
        .stderr(Stdio::null())
        // Its own process group, so a hung browser is killed with all its helpers.
        .process_group(0)
        .spawn()
        .expect("chromium starts");
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > BROWSER_TIMEOUT {
            let _ = Command::new("kill")
                .args(["-KILL", "--", &format!("-{}", child.id())])
                .status();
            let _ = child.wait();
            panic!("chromium did not finish within {BROWSER_TIMEOUT:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "chromium failed: {status}");
    let mut dom = String::new();
    stdout_file
        .reopen()
        .unwrap()
        .read_to_string(&mut dom)
        .unwrap();
    dom
}

#[test]
fn report_filters_from_the_url_in_a_real_browser() {
    if !tool_is_installed(Tool::Chromium, "the report in a real browser") {
        return;
    }
    let out = extracted();
    let page = out.path().join("report.html");
    report(out.path(), &page);
    let claims = read_jsonl(&out.path().join("claims.jsonl"));
    let relations = read_jsonl(&out.path().join("relations.jsonl"));
    let expected_claims = claims
        .iter()
        .filter(|c| claim_mentions(c, "Russia"))
        .count();
    let expected_relations = relations
        .iter()
        .filter(|r| relation_mentions(r, "Russia"))
        .count();
    assert!(expected_claims > 0 && expected_claims < claims.len());

    let shots = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("report");
    fs::create_dir_all(&shots).unwrap();
    let screenshot = shots.join("report.png");
    let _ = fs::remove_file(&screenshot);
    let url = format!("file://{}#q=Russia", page.canonicalize().unwrap().display());
    let dom = chromium(
        &[
            "--dump-dom".to_string(),
            format!("--screenshot={}", screenshot.display()),
            "--window-size=1280,2000".to_string(),
        ],
        &url,
    );

    assert!(
        dom.contains("data-script=\"ready\""),
        "the script did not run"
    );
    assert!(dom.contains("<svg"));
    assert_eq!(dom.matches("<circle").count(), node_count(out.path()));
    let claim_rows = rows_with(&dom, "data-claim-id=");
    assert_eq!(claim_rows.len(), claims.len(), "the claim table rendered");
    let shown: Vec<&str> = claim_rows
        .iter()
        .filter(|(_, hidden)| !hidden)
        .map(|(tag, _)| *tag)
        .collect();
    assert_eq!(shown.len(), expected_claims, "{shown:#?}");
    assert_eq!(visible_count(&dom, "claim-count"), expected_claims);
    assert!(dom.contains(&format!("{expected_claims} of {} claims", claims.len())));
    let relation_rows = rows_with(&dom, "data-relation-id=");
    assert_eq!(relation_rows.len(), relations.len());
    assert_eq!(
        relation_rows.iter().filter(|(_, hidden)| !hidden).count(),
        expected_relations
    );
    assert_eq!(visible_count(&dom, "relation-count"), expected_relations);

    let png = fs::read(&screenshot).expect("chromium wrote the screenshot");
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
    assert!(png.len() > 20_000, "screenshot of {} bytes", png.len());
    assert_eq!(u32::from_be_bytes(png[16..20].try_into().unwrap()), 1280);
    println!(
        "screenshot of the report filtered by #q=Russia: {}",
        screenshot.display()
    );
}

#[test]
fn report_shows_the_audit_of_moved_documents() {
    // Extract a copy of the corpus, then delete the copy: every claim's document is missing
    // until --corpus names the shipped folder, which holds the same files.
    let copy = corpus_copy();
    let out = extracted_into_temp(copy.path());
    drop(copy);
    let n = read_jsonl(&out.path().join("claims.jsonl")).len();
    let card = |label: &str, n: usize| format!("<dt>{label}</dt><dd>{n}</dd>");

    let moved = report(out.path(), &out.path().join("moved.html"));
    assert_eq!(rows_with(&moved, "data-status=\"missing\"").len(), n);
    assert!(moved.contains(&card("claims missing", n)));
    assert!(moved.contains(&card("claims ok", 0)));

    let page = out.path().join("found.html");
    coopex()
        .arg("report")
        .arg(out.path())
        .arg("-o")
        .arg(&page)
        .arg("--corpus")
        .arg(root().join("corpus"))
        .assert()
        .success();
    let found = fs::read_to_string(&page).unwrap();
    assert_eq!(rows_with(&found, "data-status=\"ok\"").len(), n);
    assert!(found.contains(&card("claims ok", n)));
    assert!(found.contains(&card("claims missing", 0)));
}

#[test]
fn report_into_a_missing_folder_creates_it() {
    let out = extracted();
    let page = out.path().join("pages/today/report.html");
    let html = report(out.path(), &page);
    assert!(html.starts_with("<!DOCTYPE html>"), "{}", &html[..40]);
}
