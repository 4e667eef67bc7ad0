//! A hostile input folder (issue 13): every input ends up in `documents.jsonl` or in
//! `rejected.jsonl` with the right reason, nothing hangs, and the fresh output audits clean.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

use crate::{coopex, read_jsonl};

/// An invented article sentence that names two agencies.
const ARTICLE: &str = "NASA and ESA agreed to cooperate on a lunar relay in 2031.\n";

fn gzip(text: &str) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(text.as_bytes()).unwrap();
    encoder.finish().unwrap()
}

/// Builds the hostile folder under `root` and returns what each input must become: `document`
/// or the rejection code, by doc_id.
fn build_hostile_folder(root: &Path) -> BTreeMap<String, &'static str> {
    let mut expected = BTreeMap::new();
    let put = |expected: &mut BTreeMap<String, &'static str>,
               name: &str,
               bytes: &[u8],
               outcome: &'static str| {
        let path = root.join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, bytes).unwrap();
        expected.insert(name.to_string(), outcome);
    };
    put(&mut expected, "good.txt", ARTICLE.as_bytes(), "document");
    // 5: two gzip members, as `cat a.gz b.gz` makes.
    let mut members = gzip(ARTICLE);
    members.extend(gzip("Roscosmos and JAXA signed a data-sharing accord.\n"));
    put(&mut expected, "rotated.txt.gz", &members, "document");
    // 7: UTF-8 with one invalid byte, pure legacy text, a NUL after the first 8 KiB.
    put(
        &mut expected,
        "one-bad-byte.txt",
        b"\xE2\x80\xA2 NASA and ESA \x93partners\x94 in orbit.\n",
        "not_utf8",
    );
    put(
        &mut expected,
        "legacy.txt",
        b"Coop\xe9ration spatiale: NASA et le CNES \x96 accord.\n",
        "document",
    );
    let mut late_nul = ARTICLE.repeat(200).into_bytes();
    late_nul.push(0);
    put(&mut expected, "late-nul.txt", &late_nul, "binary");
    // 1: a 1 MB page of bare ampersands (quadratic decoding took tens of seconds).
    let page = format!(
        "<html><body><p>{}</p><p>{}</p></body></html>",
        ARTICLE,
        "R & D ".repeat(170_000)
    );
    put(&mut expected, "page.html", page.as_bytes(), "document");
    // 10: a .jsonl file repeating an id.
    let line = |id: &str| serde_json::json!({"id": id, "text": ARTICLE}).to_string();
    put(
        &mut expected,
        "docs.jsonl",
        format!("{}\n{}\n", line("a"), line("a")).as_bytes(),
        "document",
    );
    expected.remove("docs.jsonl");
    expected.insert("docs.jsonl#a".to_string(), "document");
    // The second line's record shares the id: counted separately below.
    put(&mut expected, "sub/deep.md", ARTICLE.as_bytes(), "document");
    // 11: an earlier run's output folder inside the input is never read back.
    put(&mut expected, "old-out/manifest.json", b"{}", "skipped");
    put(
        &mut expected,
        "old-out/claims.jsonl",
        ARTICLE.as_bytes(),
        "skipped",
    );
    expected.remove("old-out/manifest.json");
    expected.remove("old-out/claims.jsonl");
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        use std::os::unix::fs::symlink;
        // 2: two loops back to the root and a second link to a file: each file read once.
        symlink(".", root.join("loop-a")).unwrap();
        symlink(".", root.join("loop-b")).unwrap();
        symlink("sub", root.join("sub-again")).unwrap();
        // A link to nowhere where a document could be.
        symlink("no-such-file", root.join("gone.txt")).unwrap();
        expected.insert("gone.txt".to_string(), "unreadable");
        // 6: a file name that is not UTF-8.
        let name = std::ffi::OsStr::from_bytes(b"caf\xe9.txt");
        if fs::write(root.join(name), ARTICLE).is_ok() {
            expected.insert("caf\\xe9.txt".to_string(), "not_utf8_name");
        }
        // 8: a folder that cannot be listed (root can list anything: then it is a document).
        use std::os::unix::fs::PermissionsExt;
        let locked = root.join("locked");
        fs::create_dir(&locked).unwrap();
        fs::write(locked.join("inside.txt"), ARTICLE).unwrap();
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
        if fs::read_dir(&locked).is_err() {
            expected.insert("locked".to_string(), "unreadable");
        } else {
            expected.insert("locked/inside.txt".to_string(), "document");
        }
    }
    expected
}

/// Every input's outcome in an output folder: `document` or the rejection code, by doc_id.
/// Returns the outcomes and the number of `duplicate_id` rejections (their ids repeat).
fn outcomes(out: &Path) -> (BTreeMap<String, String>, usize) {
    let mut found = BTreeMap::new();
    for record in read_jsonl(&out.join("documents.jsonl")) {
        let id = record["doc_id"].as_str().unwrap().to_string();
        assert!(
            found.insert(id.clone(), "document".to_string()).is_none(),
            "{id} twice"
        );
    }
    let mut duplicates = 0;
    for record in read_jsonl(&out.join("rejected.jsonl")) {
        let code = record["code"].as_str().unwrap().to_string();
        if code == "duplicate_id" {
            duplicates += 1;
            continue;
        }
        let id = record["doc_id"].as_str().unwrap().to_string();
        assert!(found.insert(id.clone(), code).is_none(), "{id} twice");
    }
    (found, duplicates)
}

fn extract(inputs: &[&Path], out: &Path) -> Duration {
    let started = Instant::now();
    coopex()
        .args(["extract", "--quiet", "--jobs", "2", "--out"])
        .arg(out)
        .args(inputs)
        .timeout(Duration::from_secs(300))
        .assert()
        .code(1);
    started.elapsed()
}

#[test]
fn every_input_of_a_hostile_folder_is_accounted_for_and_audits_clean() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    fs::create_dir(&input).unwrap();
    let expected = build_hostile_folder(&input);
    // The output goes inside the input (issue 11): the second run must not read the first.
    let out = input.join("out");
    let elapsed = extract(&[&input], &out);
    assert!(elapsed < Duration::from_secs(120), "took {elapsed:?}");
    let (found, duplicates) = outcomes(&out);
    let found: BTreeMap<&str, &str> = found
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let wanted: BTreeMap<&str, &str> = expected.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    assert_eq!(found, wanted);
    assert_eq!(duplicates, 1, "the repeated .jsonl id");

    // Both gzip members were read: the document is as long as the two texts.
    let documents = read_jsonl(&out.join("documents.jsonl"));
    let rotated = documents
        .iter()
        .find(|d| d["doc_id"] == "rotated.txt.gz")
        .unwrap();
    assert_eq!(
        rotated["bytes"].as_u64().unwrap() as usize,
        ARTICLE.len() + "Roscosmos and JAXA signed a data-sharing accord.\n".len()
    );
    let legacy = documents
        .iter()
        .find(|d| d["doc_id"] == "legacy.txt")
        .unwrap();
    assert_eq!(legacy["encoding"], "windows-1252");

    // A fresh audit passes.
    coopex()
        .arg("audit")
        .arg(&out)
        .timeout(Duration::from_secs(300))
        .assert()
        .code(0);

    // Again into the same folder, now inside the input, and with the root named twice in
    // other spellings (issue 10): the same inputs, nothing read back, nothing twice.
    let again = input.join(".").join("..").join("in");
    extract(&[&input, &again], &out);
    let (second, duplicates) = outcomes(&out);
    let second: BTreeMap<&str, &str> = second
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    assert_eq!(second, wanted);
    assert_eq!(duplicates, 1);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let open = fs::Permissions::from_mode(0o755);
        fs::set_permissions(input.join("locked"), open).unwrap();
    }
}

#[test]
fn several_roots_holding_the_same_name_get_distinct_ids() {
    let dir = tempfile::tempdir().unwrap();
    for root in ["east", "west"] {
        fs::create_dir(dir.path().join(root)).unwrap();
        fs::write(dir.path().join(root).join("a.txt"), ARTICLE).unwrap();
    }
    let out = dir.path().join("out");
    coopex()
        .args(["extract", "--quiet", "--out"])
        .arg(&out)
        .arg(dir.path().join("east"))
        .arg(dir.path().join("west"))
        .assert()
        .code(0);
    let ids: Vec<String> = read_jsonl(&out.join("documents.jsonl"))
        .iter()
        .map(|d| d["doc_id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["east/a.txt", "west/a.txt"]);
    coopex().arg("audit").arg(&out).assert().code(0);
}

/// Whether an output folder is one whole set: as many document lines as the summary says,
/// and a manifest entry for each.
fn assert_whole_set(out: &Path) {
    let summary: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(out.join("summary.json")).unwrap()).unwrap();
    let documents = read_jsonl(&out.join("documents.jsonl")).len();
    assert_eq!(documents as u64, summary["documents"].as_u64().unwrap());
    let manifest: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(out.join("manifest.json")).unwrap()).unwrap();
    assert_eq!(manifest["inputs"].as_array().unwrap().len(), documents);
}

#[test]
fn a_killed_run_leaves_the_previous_output_whole() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    fs::create_dir(&input).unwrap();
    for i in 0..300 {
        fs::write(input.join(format!("{i:03}.txt")), ARTICLE.repeat(20)).unwrap();
    }
    let out = dir.path().join("out");
    coopex()
        .args(["extract", "--quiet", "--out"])
        .arg(&out)
        .arg(&input)
        .assert()
        .code(0);
    let binary = assert_cmd::cargo::cargo_bin("coopex");
    for (round, delay_ms) in [1u64, 10, 30, 60, 100, 200, 400].into_iter().enumerate() {
        // Each round changes the input, so old and new sets differ.
        fs::write(input.join(format!("new-{round}.txt")), ARTICLE).unwrap();
        let mut child = std::process::Command::new(&binary)
            .args(["extract", "--quiet", "--jobs", "1", "--out"])
            .arg(&out)
            .arg(&input)
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill();
        let _ = child.wait();
        assert_whole_set(&out);
    }
    // The next run cleans up what the killed ones left and writes a whole set.
    coopex()
        .args(["extract", "--quiet", "--out"])
        .arg(&out)
        .arg(&input)
        .assert()
        .code(0);
    assert_whole_set(&out);
    let mut left: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    left.sort();
    assert_eq!(
        left,
        ["in", "out"],
        "staging folders and the lock file are gone"
    );
}
