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
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.txt");
    std::fs::write(
        &input,
        "The China National Space Administration signed with ESA.\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    coopex()
        .args(["extract", "--quiet", "--explain", "--out"])
        .arg(&out)
        .arg(&input)
        .assert()
        .success();
    let lost = crate::read_jsonl(&out.join("explain.jsonl"));
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
