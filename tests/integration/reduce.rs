//! `coopex reduce`: map outputs and output folders merged into the output one `extract`
//! writes.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::{coopex, copy_corpus_into, read_jsonl, root};

/// A small deterministic generator (xorshift), so a failing split can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A folder holding the corpus and `count` documents recombined from its paragraphs, every
/// fifth one a copy of an earlier one with other line breaks and a line added (a planted
/// near-duplicate).
fn generated_corpus(count: usize, seed: u64) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_corpus_into(dir.path());
    let mut paragraphs = Vec::new();
    for entry in fs::read_dir(root().join("corpus")).unwrap() {
        let text = fs::read_to_string(entry.unwrap().path()).unwrap();
        paragraphs.extend(
            text.split("\n\n")
                .map(str::trim)
                .filter(|p| p.len() > 80)
                .map(str::to_string),
        );
    }
    paragraphs.sort();
    let mut rng = Rng(seed);
    let mut texts: Vec<String> = Vec::new();
    for n in 0..count {
        let text = if n % 5 == 4 {
            let original = &texts[rng.below(texts.len())];
            format!(
                "{}\n\nShared by a news wire.\n",
                original.replace(". ", ".\n")
            )
        } else {
            let picked: Vec<&str> = (0..3 + rng.below(4))
                .map(|_| paragraphs[rng.below(paragraphs.len())].as_str())
                .collect();
            format!("Space news {n}\n\n{}\n", picked.join("\n\n"))
        };
        texts.push(text);
    }
    // Names in another order than generation, so copies come before and after originals.
    for (n, text) in texts.iter().enumerate() {
        let name = format!("gen/{:03}-{n}.txt", (n * 37) % count);
        fs::create_dir_all(dir.path().join("gen")).unwrap();
        fs::write(dir.path().join(name), text).unwrap();
    }
    dir
}

/// The documents under `folder` as map input lines: id as `extract` gives it, url the path it
/// records.
fn map_input_lines(folder: &Path) -> Vec<String> {
    let mut files = Vec::new();
    let mut pending = vec![folder.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files.sort();
    files
        .iter()
        .map(|path| {
            let id = path.strip_prefix(folder).unwrap().to_str().unwrap();
            let text = fs::read_to_string(path).unwrap();
            serde_json::json!({"id": id, "text": text, "url": path.to_str().unwrap()}).to_string()
        })
        .collect()
}

/// Runs the map on `lines`, writing its output to `part` (a line that cannot be processed
/// becomes an error record, and the map exits with 1).
fn map_into(lines: &[String], part: &Path) {
    let input: String = lines.iter().map(|l| format!("{l}\n")).collect();
    let output = coopex()
        .args(["extract", "--stdin", "--emit", "all"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert!(matches!(output.status.code(), Some(0 | 1)));
    fs::write(part, output.stdout).unwrap();
}

/// Runs `coopex extract` of `input` into `out`.
fn extract(input: &Path, out: &Path) {
    coopex()
        .args(["extract", "--quiet", "--jobs", "2", "--out"])
        .arg(out)
        .arg(input)
        .assert()
        .success();
}

/// Runs `coopex reduce` of `inputs` into `out`, expecting `code`; returns stderr.
fn reduce(inputs: &[&Path], out: &Path, code: i32) -> String {
    let output = coopex()
        .args(["reduce", "--jobs", "2", "--out"])
        .arg(out)
        .args(inputs)
        .output()
        .unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(code), "{stderr}");
    stderr
}

/// An output file with its timing fields blanked: `elapsed_ms` (summary) and `mtime_ns`
/// (manifest: a streamed document has no file time).
fn without_timing(path: &Path) -> String {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let elapsed = regex::Regex::new(r#""(elapsed_ms|mtime_ns)": ?\d+"#).unwrap();
    elapsed.replace_all(&text, "\"$1\":0").into_owned()
}

/// Asserts two output folders hold the same files with the same bytes, timing fields aside.
fn assert_same_output(expected: &Path, got: &Path) {
    let names = |dir: &Path| {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        names
    };
    assert_eq!(names(expected), names(got));
    for name in names(expected) {
        assert!(
            without_timing(&expected.join(&name)) == without_timing(&got.join(&name)),
            "{name} differs"
        );
    }
}

/// Writes `bytes` gzip-compressed, as two members.
fn write_gzip(path: &Path, bytes: &[u8]) {
    let mut file = fs::File::create(path).unwrap();
    let half = bytes.len() / 2;
    for piece in [&bytes[..half], &bytes[half..]] {
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        encoder.write_all(piece).unwrap();
        file.write_all(&encoder.finish().unwrap()).unwrap();
    }
}

#[test]
fn reduce_of_a_random_split_into_seven_parts_equals_one_run() {
    let corpus = generated_corpus(60, 0x5eed_c00b);
    let single = tempfile::tempdir().unwrap();
    extract(corpus.path(), single.path());
    let copies = read_jsonl(&single.path().join("documents.jsonl"))
        .iter()
        .filter(|d| !d["near_duplicate_of"].is_null())
        .count();
    assert!(copies >= 10, "only {copies} near-duplicates planted");

    let mut lines = map_input_lines(corpus.path());
    let mut rng = Rng(7);
    for i in (1..lines.len()).rev() {
        lines.swap(i, rng.below(i + 1));
    }
    let mut cuts: Vec<usize> = (0..6).map(|_| 1 + rng.below(lines.len() - 1)).collect();
    cuts.sort();
    cuts.insert(0, 0);
    cuts.push(lines.len());
    // Three parts as files, one gzip-compressed, and four in a folder of parts as Spark writes
    // them (with a marker file and checksums, which are not parts).
    let parts = tempfile::tempdir().unwrap();
    let spark = parts.path().join("spark-output");
    fs::create_dir(&spark).unwrap();
    fs::write(spark.join("_SUCCESS"), "").unwrap();
    let mut inputs: Vec<PathBuf> = vec![spark.clone()];
    for (n, range) in cuts.windows(2).enumerate() {
        let part = match n {
            0..=3 => spark.join(format!("part-{n:05}")),
            _ => parts.path().join(format!("part-{n}.jsonl")),
        };
        map_into(&lines[range[0]..range[1]], &part);
        if n < 4 {
            fs::write(spark.join(format!(".part-{n:05}.crc")), "crc").unwrap();
        }
        if n == 5 {
            let gz = part.with_extension("jsonl.gz");
            write_gzip(&gz, &fs::read(&part).unwrap());
            fs::remove_file(&part).unwrap();
            inputs.push(gz);
        } else if n > 3 {
            inputs.push(part);
        }
    }
    inputs.reverse();
    let reduced = tempfile::tempdir().unwrap();
    let inputs: Vec<&Path> = inputs.iter().map(PathBuf::as_path).collect();
    reduce(&inputs, reduced.path(), 0);
    assert_same_output(single.path(), reduced.path());
    // The tools that read an output folder read this one.
    coopex().arg("audit").arg(reduced.path()).assert().success();
}

#[test]
fn two_output_folders_merge_into_one_and_a_folder_given_twice_counts_once() {
    let corpus = generated_corpus(10, 11);
    let (day1, day2) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    fs::create_dir(day2.path().join("gen")).unwrap();
    for entry in fs::read_dir(corpus.path().join("gen")).unwrap() {
        let path = entry.unwrap().path();
        fs::rename(
            &path,
            day2.path().join("gen").join(path.file_name().unwrap()),
        )
        .unwrap();
    }
    copy_corpus_into(day1.path());
    let (out1, out2) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    extract(day1.path(), out1.path());
    extract(day2.path(), out2.path());
    let month = tempfile::tempdir().unwrap();
    let stderr = reduce(&[out2.path(), out1.path(), out1.path()], month.path(), 0);
    assert!(
        stderr.contains("5 documents given by more than one part"),
        "{stderr}"
    );

    // The same as one run over both days' documents, but for where each was read.
    let both = tempfile::tempdir().unwrap();
    let map = both.path().join("map.jsonl");
    let mut lines = map_input_lines(day1.path());
    lines.extend(map_input_lines(day2.path()));
    map_into(&lines, &map);
    let single = tempfile::tempdir().unwrap();
    reduce(&[&map], single.path(), 0);
    for name in [
        "claims.jsonl",
        "mentions.jsonl",
        "relations.jsonl",
        "network.json",
    ] {
        assert_eq!(
            fs::read_to_string(month.path().join(name)).unwrap(),
            fs::read_to_string(single.path().join(name)).unwrap(),
            "{name}"
        );
    }
    let documents = read_jsonl(&month.path().join("documents.jsonl"));
    assert_eq!(documents.len(), 15);
    // The manifests' entries are kept as their runs wrote them (file sizes and times).
    let manifest: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(month.path().join("manifest.json")).unwrap())
            .unwrap();
    assert!(manifest["inputs"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["mtime_ns"].as_u64() > Some(0)));
    coopex().arg("audit").arg(month.path()).assert().success();
    let csv = month.path().join("claims.csv");
    coopex()
        .args(["export", "--format", "csv", "-o"])
        .arg(&csv)
        .arg(month.path())
        .assert()
        .success();
    let report = month.path().join("report.html");
    coopex()
        .args(["report", "-o"])
        .arg(&report)
        .arg(month.path())
        .assert()
        .success();
}

#[test]
fn a_document_in_two_parts_counts_once() {
    let lines = map_input_lines(&root().join("corpus"));
    let parts = tempfile::tempdir().unwrap();
    let (first, second) = (parts.path().join("a.jsonl"), parts.path().join("b.jsonl"));
    map_into(&lines[..3], &first);
    map_into(&lines[2..], &second);
    let all = parts.path().join("all.jsonl");
    map_into(&lines, &all);
    let (once, twice) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    reduce(&[&all], once.path(), 0);
    let stderr = reduce(&[&second, &first], twice.path(), 0);
    assert!(
        stderr.contains("1 document given by more than one part"),
        "{stderr}"
    );
    assert_same_output(once.path(), twice.path());
}

#[test]
fn a_doc_id_with_two_contents_is_an_error_naming_both_parts() {
    let parts = tempfile::tempdir().unwrap();
    let (first, second) = (
        parts.path().join("monday.jsonl"),
        parts.path().join("tuesday.jsonl"),
    );
    let line = |text: &str| serde_json::json!({"id": "story", "text": text}).to_string();
    map_into(&[line("Kenya and Egypt signed an agreement.")], &first);
    map_into(&[line("Kenya and Egypt ended their agreement.")], &second);
    let out = parts.path().join("out");
    let stderr = reduce(&[&second, &first], &out, 2);
    assert!(
        stderr.starts_with("coopex: document story has different content in "),
        "{stderr}"
    );
    for part in [&first, &second] {
        assert!(stderr.contains(part.to_str().unwrap()), "{stderr}");
    }
    assert!(!out.exists(), "a failed reduce wrote its output");
}

#[test]
fn reduce_reads_standard_input_and_keeps_error_records_as_rejections() {
    let mut lines = map_input_lines(&root().join("corpus"));
    lines.push(serde_json::json!({"id": "blank", "text": "   "}).to_string());
    let parts = tempfile::tempdir().unwrap();
    let part = parts.path().join("part.jsonl");
    map_into(&lines, &part);
    let out = parts.path().join("out");
    let output = coopex()
        .args(["reduce", "-", "--quiet", "--out"])
        .arg(&out)
        .write_stdin(fs::read(&part).unwrap())
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(1),
        "rejected inputs are findings"
    );
    let rejected = read_jsonl(&out.join("rejected.jsonl"));
    assert_eq!(rejected.len(), 1);
    assert_eq!(rejected[0]["doc_id"], "blank");
    assert_eq!(rejected[0]["code"], "empty");
    assert_eq!(read_jsonl(&out.join("documents.jsonl")).len(), 5);
}

#[test]
fn a_stream_without_record_fields_is_refused_with_the_line() {
    let parts = tempfile::tempdir().unwrap();
    let part = parts.path().join("claims.jsonl");
    let output = coopex()
        .args(["extract", "--stdin", "--emit", "documents"])
        .write_stdin("{\"id\": \"a\", \"text\": \"Kenya and Egypt signed an agreement.\"}\n")
        .output()
        .unwrap();
    fs::write(&part, output.stdout).unwrap();
    let stderr = reduce(&[&part], &parts.path().join("out"), 2);
    assert!(
        stderr.contains(
            "line 1: no `record` field: the map must run `coopex extract --stdin --emit all`"
        ),
        "{stderr}"
    );
}
