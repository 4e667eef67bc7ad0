use crate::coopex;

#[test]
fn segment_prints_sentences_with_offsets() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.txt");
    let text = "Title line here\n\nThe U.S. Senate voted on the budget in 2019. JAXA waited.\n";
    std::fs::write(&path, text).unwrap();
    let assert = coopex().arg("segment").arg(&path).assert().success();
    let out = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let texts: Vec<&str> = lines.iter().map(|l| l["text"].as_str().unwrap()).collect();
    assert_eq!(
        texts,
        [
            "Title line here",
            "The U.S. Senate voted on the budget in 2019.",
            "JAXA waited."
        ]
    );
    for l in &lines {
        let (s, e) = (
            l["start"].as_u64().unwrap() as usize,
            l["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[s..e], l["text"].as_str().unwrap());
    }
    assert_eq!(lines[0]["kind"], "heading");
    assert_eq!(lines[1]["kind"], "body");
}

#[test]
fn segment_of_a_missing_file_is_an_error() {
    coopex()
        .args(["segment", "no/such/file.txt"])
        .assert()
        .code(2);
}
