use crate::coopex;

#[test]
fn shipped_gazetteers_pass_the_check() {
    let assert = coopex()
        .args(["gazetteer", "check", "gazetteers"])
        .assert()
        .success();
    let out = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    assert!(out.contains("no problems"), "{out}");
}

#[test]
fn check_names_file_and_line_of_each_problem() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("mine.tsv"),
        "# my entries\nagency:ok\tagency\tOK Agency\tOKA\nagency:bad\tplanet\tBad\n\nagency:ok\tagency\tAgain\n",
    )
    .unwrap();
    let assert = coopex()
        .args(["gazetteer", "check"])
        .arg(dir.path())
        .assert()
        .code(1);
    let err = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(err.contains("mine.tsv:3: unknown type `planet`"), "{err}");
    assert!(
        err.contains("mine.tsv:5: duplicate id `agency:ok`"),
        "{err}"
    );
}

#[test]
fn user_gazetteer_adds_entries_to_extract() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("extra.tsv"),
        "organization:acme-orbital\torganization\tAcme Orbital\t\tcountry=US\n",
    )
    .unwrap();
    let input = dir.path().join("in.txt");
    std::fs::write(&input, "Acme Orbital signed an agreement with ESA.\n").unwrap();
    let out = dir.path().join("out");
    coopex()
        .args(["extract", "--quiet", "--gazetteer"])
        .arg(dir.path().join("extra.tsv"))
        .arg("--out")
        .arg(&out)
        .arg(&input)
        .assert()
        .success();
    let claims = crate::read_jsonl(&out.join("claims.jsonl"));
    assert_eq!(claims.len(), 1);
    assert_eq!(
        claims[0]["parties"][0]["entity_id"],
        "organization:acme-orbital"
    );
}

/// Extracts `text` with the user gazetteer folder `words` (None: shipped data only) and returns
/// each claim as "kind party,party".
fn claims_with_user_words(text: &str, words: Option<&std::path::Path>) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.txt");
    std::fs::write(&input, text).unwrap();
    let out = dir.path().join("out");
    let mut cmd = coopex();
    cmd.args(["extract", "--quiet"]);
    if let Some(words) = words {
        cmd.arg("--gazetteer").arg(words);
    }
    cmd.arg("--out").arg(&out).arg(&input).assert().success();
    crate::read_jsonl(&out.join("claims.jsonl"))
        .iter()
        .map(|c| {
            let parties: Vec<&str> = c["parties"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p["entity_id"].as_str().unwrap())
                .collect();
            format!("{} {}", c["kind"].as_str().unwrap(), parties.join(","))
        })
        .collect()
}

#[test]
fn a_user_cue_file_adds_a_synonym_in_all_its_forms_without_a_rebuild() {
    let words = tempfile::tempdir().unwrap();
    std::fs::write(
        words.path().join("cues.tsv"),
        "# my cues\nbefriend\tcollaboration\tverb\n",
    )
    .unwrap();
    let text = "Chile befriended Peru on the radar.\n\nPeru befriends Chile again.\n";
    assert!(claims_with_user_words(text, None).is_empty());
    assert_eq!(
        claims_with_user_words(text, Some(words.path())),
        [
            "collaboration country:CL,country:PE",
            "collaboration country:PE,country:CL"
        ]
    );
}

#[test]
fn a_user_name_pattern_file_adds_head_words() {
    let words = tempfile::tempdir().unwrap();
    std::fs::write(words.path().join("name-patterns.tsv"), "guild\tschool\n").unwrap();
    let text = "The Quillfield Guild signed an agreement with ESA.\n";
    assert!(claims_with_user_words(text, None).is_empty());
    assert_eq!(
        claims_with_user_words(text, Some(words.path())),
        ["agreement organization:local-quillfield-guild,agency:esa"]
    );
}

#[test]
fn check_reports_an_alias_that_clashes_with_the_shipped_data() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("mine.tsv"),
        "agency:quill\tagency\tQuill Space Agency\tNASA\n",
    )
    .unwrap();
    let assert = coopex()
        .args(["gazetteer", "check"])
        .arg(dir.path())
        .assert()
        .code(1);
    let err = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(
        err.contains("mine.tsv:1: alias `NASA` is also used by agency:nasa"),
        "{err}"
    );
    assert!(err.ends_with("1 problem\n"), "{err}");
}

#[test]
fn a_bad_user_cue_line_names_file_and_line() {
    let words = tempfile::tempdir().unwrap();
    std::fs::write(
        words.path().join("cues.tsv"),
        "ok\tagreement\nbad\tpromise\n",
    )
    .unwrap();
    let input = words.path().join("in.txt");
    std::fs::write(&input, "Chile and Peru signed.\n").unwrap();
    let assert = coopex()
        .args(["extract", "--quiet", "--gazetteer"])
        .arg(words.path())
        .arg("--out")
        .arg(words.path().join("out"))
        .arg(&input)
        .assert()
        .code(2);
    let err = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(
        err.contains("cues.tsv:2: bad cue: unknown role `promise`"),
        "{err}"
    );
}

/// Extracts `text` with `--explain` in a temporary folder (the input is `in.txt` there) and
/// returns the folder and the lines of `explain.jsonl`.
fn explained(text: &str) -> (tempfile::TempDir, Vec<serde_json::Value>) {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.txt");
    std::fs::write(&input, text).unwrap();
    let out = dir.path().join("out");
    coopex()
        .args(["extract", "--quiet", "--explain", "--out"])
        .arg(&out)
        .arg(&input)
        .assert()
        .success();
    let lines = crate::read_jsonl(&out.join("explain.jsonl"));
    (dir, lines)
}

#[test]
fn explain_writes_what_the_claim_rules_decided_and_why() {
    let (_dir, lines) = explained(
        "According to NASA, ESA will provide the heat shield.\n\nChile and Peru signed an accord.\n\nJapan stayed home.\n",
    );
    let decisions: Vec<&serde_json::Value> = lines
        .iter()
        .filter(|l| l.get("decision").is_some())
        .collect();
    // Only sentences naming two or more parties are explained.
    assert_eq!(decisions.len(), 2, "{decisions:?}");
    assert_eq!(decisions[0]["decision"], "fewer than two parties");
    assert_eq!(decisions[0]["set_aside"][0]["entity_id"], "agency:nasa");
    assert_eq!(decisions[0]["set_aside"][0]["text"], "NASA");
    assert_eq!(
        decisions[0]["set_aside"][0]["reason"],
        "a source, not a participant"
    );
    assert_eq!(decisions[1]["decision"], "claim");
    assert_eq!(decisions[1]["rules"], serde_json::json!(["cue:sign"]));
}

#[test]
fn stats_counts_entries_by_type() {
    let assert = coopex().args(["gazetteer", "stats"]).assert().success();
    let out = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    for t in ["country", "agency", "organization", "mission", "total"] {
        assert!(out.lines().any(|l| l.starts_with(t)), "{t} missing: {out}");
    }
}

#[test]
fn explain_writes_the_candidates_that_lost() {
    let (dir, lost) = explained("The China National Space Administration signed with ESA.\n");
    let input = dir.path().join("in.txt");
    let china = lost
        .iter()
        .find(|l| l["entity_id"] == "country:CN")
        .expect("China lost");
    assert_eq!(china["winner_id"], "agency:cnsa");
    assert_eq!(china["rule"], "longer span");
    assert_eq!(china["text"], "China");
    // Without --explain there is no such file.
    let plain = dir.path().join("plain");
    coopex()
        .args(["extract", "--quiet", "--out"])
        .arg(&plain)
        .arg(&input)
        .assert()
        .success();
    assert!(!plain.join("explain.jsonl").exists());
}
