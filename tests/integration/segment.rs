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

/// Runs `segment` with `args`, expecting `code`; its stdout as JSON values.
fn segment_lines(args: &[&std::ffi::OsStr], code: i32) -> Vec<serde_json::Value> {
    let assert = coopex().arg("segment").args(args).assert().code(code);
    String::from_utf8(assert.get_output().stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn segment_of_json_lines_cuts_each_documents_text() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("feed.jsonl");
    let first = "Osmera Labs met the Vantor team. Both sides will share a ground station.";
    let second = "The probe woke up. It sent a signal home.";
    std::fs::write(
        &path,
        format!(
            "{}\n{}\n",
            serde_json::json!({"id": "a1", "text": first}),
            serde_json::json!({"text": second})
        ),
    )
    .unwrap();
    let lines = segment_lines(&[path.as_os_str()], 0);
    let file = path.display().to_string();
    let got: Vec<(String, u64, &str)> = lines
        .iter()
        .map(|l| {
            (
                l["doc_id"].as_str().unwrap().to_string(),
                l["index"].as_u64().unwrap(),
                l["text"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (format!("{file}#a1"), 0, "Osmera Labs met the Vantor team."),
            (
                format!("{file}#a1"),
                1,
                "Both sides will share a ground station."
            ),
            (format!("{file}#line-2"), 0, "The probe woke up."),
            (format!("{file}#line-2"), 1, "It sent a signal home."),
        ]
    );
    // Offsets are into each document's text, not into the file's JSON.
    for (line, text) in lines.iter().zip([first, first, second, second]) {
        let (s, e) = (
            line["start"].as_u64().unwrap() as usize,
            line["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[s..e], line["text"].as_str().unwrap());
    }

    // --id picks one document; an id no line has is an error.
    let only = segment_lines(&[path.as_os_str(), "--id".as_ref(), "line-2".as_ref()], 0);
    assert_eq!(only.len(), 2);
    assert!(only.iter().all(|l| l["doc_id"] == format!("{file}#line-2")));
    segment_lines(&[path.as_os_str(), "--id".as_ref(), "zz".as_ref()], 2);
}

#[test]
fn segment_of_json_lines_names_a_bad_line_and_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("feed.jsonl");
    std::fs::write(
        &path,
        "{\"id\": \"x\"\n{\"id\": \"y\", \"text\": \"Two moons rose.\"}\n",
    )
    .unwrap();
    let assert = coopex().arg("segment").arg(&path).assert().code(1);
    let output = assert.get_output();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("line-1") && stderr.contains("line 1"),
        "{stderr}"
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("\"text\":\"Two moons rose.\""));
}

#[test]
fn segment_id_is_for_json_lines_only() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.txt");
    std::fs::write(&path, "A short note.\n").unwrap();
    segment_lines(&[path.as_os_str(), "--id".as_ref(), "a".as_ref()], 2);
}

/// The 48 English Golden Rules of the Pragmatic Segmenter (the public standard that pySBD also
/// tests against): a rule's name, its text, and the sentences it must be cut into.
const GOLDEN_RULES: &[(&str, &str, &[&str])] = &[
    (
        "1 simple period to end sentence",
        "Hello World. My name is Jonas.",
        &["Hello World.", "My name is Jonas."],
    ),
    (
        "2 question mark to end sentence",
        "What is your name? My name is Jonas.",
        &["What is your name?", "My name is Jonas."],
    ),
    (
        "3 exclamation point to end sentence",
        "There it is! I found it.",
        &["There it is!", "I found it."],
    ),
    (
        "4 one letter upper case abbreviations",
        "My name is Jonas E. Smith.",
        &["My name is Jonas E. Smith."],
    ),
    (
        "5 one letter lower case abbreviations",
        "Please turn to p. 55.",
        &["Please turn to p. 55."],
    ),
    (
        "6 two letter lower case abbreviations in the middle of a sentence",
        "Were Jane and co. at the party?",
        &["Were Jane and co. at the party?"],
    ),
    (
        "7 two letter upper case abbreviations in the middle of a sentence",
        "They closed the deal with Pitt, Briggs & Co. at noon.",
        &["They closed the deal with Pitt, Briggs & Co. at noon."],
    ),
    (
        "8 two letter lower case abbreviations at the end of a sentence",
        "Let's ask Jane and co. They should know.",
        &["Let's ask Jane and co.", "They should know."],
    ),
    (
        "9 two letter upper case abbreviations at the end of a sentence",
        "They closed the deal with Pitt, Briggs & Co. It closed yesterday.",
        &[
            "They closed the deal with Pitt, Briggs & Co.",
            "It closed yesterday.",
        ],
    ),
    (
        "10 two letter prepositive abbreviations",
        "I can see Mt. Fuji from here.",
        &["I can see Mt. Fuji from here."],
    ),
    (
        "11 two letter prepositive and postpositive abbreviations",
        "St. Michael's Church is on 5th st. near the light.",
        &["St. Michael's Church is on 5th st. near the light."],
    ),
    (
        "12 possessive two letter abbreviations",
        "That is JFK Jr.'s book.",
        &["That is JFK Jr.'s book."],
    ),
    (
        "13 multi-period abbreviations in the middle of a sentence",
        "I visited the U.S.A. last year.",
        &["I visited the U.S.A. last year."],
    ),
    (
        "14 multi-period abbreviations at the end of a sentence",
        "I live in the E.U. How about you?",
        &["I live in the E.U.", "How about you?"],
    ),
    (
        "15 U.S. as sentence boundary",
        "I live in the U.S. How about you?",
        &["I live in the U.S.", "How about you?"],
    ),
    (
        "16 U.S. as non sentence boundary with next word capitalized",
        "I work for the U.S. Government in Virginia.",
        &["I work for the U.S. Government in Virginia."],
    ),
    (
        "17 U.S. as non sentence boundary",
        "I have lived in the U.S. for 20 years.",
        &["I have lived in the U.S. for 20 years."],
    ),
    (
        "18 A.M. and P.M. as non sentence boundary and sentence boundary",
        "At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.",
        &[
            "At 5 a.m. Mr. Smith went to the bank.",
            "He left the bank at 6 P.M.",
            "Mr. Smith then went to the store.",
        ],
    ),
    (
        "19 number as non sentence boundary",
        "She has $100.00 in her bag.",
        &["She has $100.00 in her bag."],
    ),
    (
        "20 number as sentence boundary",
        "She has $100.00. It is in her bag.",
        &["She has $100.00.", "It is in her bag."],
    ),
    (
        "21 parenthetical inside sentence",
        "He teaches science (He previously worked for 5 years as an engineer.) at the local University.",
        &["He teaches science (He previously worked for 5 years as an engineer.) at the local University."],
    ),
    (
        "22 email addresses",
        "Her email is Jane.Doe@example.com. I sent her an email.",
        &["Her email is Jane.Doe@example.com.", "I sent her an email."],
    ),
    (
        "23 web addresses",
        "The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.",
        &[
            "The site is: https://www.example.50.com/new-site/awesome_content.html.",
            "Please check it out.",
        ],
    ),
    (
        "24 single quotations inside sentence",
        "She turned to him, 'This is great.' she said.",
        &["She turned to him, 'This is great.' she said."],
    ),
    (
        "25 double quotations inside sentence",
        "She turned to him, \"This is great.\" she said.",
        &["She turned to him, \"This is great.\" she said."],
    ),
    (
        "26 double quotations at the end of a sentence",
        "She turned to him, \"This is great.\" She held the book out to show him.",
        &[
            "She turned to him, \"This is great.\"",
            "She held the book out to show him.",
        ],
    ),
    (
        "27 double punctuation (exclamation point)",
        "Hello!! Long time no see.",
        &["Hello!!", "Long time no see."],
    ),
    (
        "28 double punctuation (question mark)",
        "Hello?? Who is there?",
        &["Hello??", "Who is there?"],
    ),
    (
        "29 double punctuation (exclamation point, question mark)",
        "Hello!? Is that you?",
        &["Hello!?", "Is that you?"],
    ),
    (
        "30 double punctuation (question mark, exclamation point)",
        "Hello?! Is that you?",
        &["Hello?!", "Is that you?"],
    ),
    (
        "31 list (period followed by parens and no period to end item)",
        "1.) The first item 2.) The second item",
        &["1.) The first item", "2.) The second item"],
    ),
    (
        "32 list (period followed by parens and period to end item)",
        "1.) The first item. 2.) The second item.",
        &["1.) The first item.", "2.) The second item."],
    ),
    (
        "33 list (parens and no period to end item)",
        "1) The first item 2) The second item",
        &["1) The first item", "2) The second item"],
    ),
    (
        "34 list (parens and period to end item)",
        "1) The first item. 2) The second item.",
        &["1) The first item.", "2) The second item."],
    ),
    (
        "35 list (period to mark list and no period to end item)",
        "1. The first item 2. The second item",
        &["1. The first item", "2. The second item"],
    ),
    (
        "36 list (period to mark list and period to end item)",
        "1. The first item. 2. The second item.",
        &["1. The first item.", "2. The second item."],
    ),
    (
        "37 list with bullet",
        "• 9. The first item • 10. The second item",
        &["• 9. The first item", "• 10. The second item"],
    ),
    (
        "38 list with hyphen",
        "⁃9. The first item ⁃10. The second item",
        &["⁃9. The first item", "⁃10. The second item"],
    ),
    (
        "39 alphabetical list",
        "a. The first item b. The second item c. The third list item",
        &["a. The first item", "b. The second item", "c. The third list item"],
    ),
    (
        "40 geo coordinates",
        "You can find it at N°. 1026.253.553. That is where the treasure is.",
        &[
            "You can find it at N°. 1026.253.553.",
            "That is where the treasure is.",
        ],
    ),
    (
        "41 named entities with an exclamation point",
        "She works at Yahoo! in the accounting department.",
        &["She works at Yahoo! in the accounting department."],
    ),
    (
        "42 I as a sentence boundary and I as an abbreviation",
        "We make a good team, you and I. Did you see Albert I. Jones yesterday?",
        &[
            "We make a good team, you and I.",
            "Did you see Albert I. Jones yesterday?",
        ],
    ),
    (
        "43 ellipsis at end of quotation",
        "Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”",
        &["Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”"],
    ),
    (
        "44 ellipsis with square brackets",
        "\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55).",
        &["\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55)."],
    ),
    (
        "45 ellipsis as sentence boundary (standard ellipsis rules)",
        "If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . . Next sentence.",
        &[
            "If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . .",
            "Next sentence.",
        ],
    ),
    (
        "46 ellipsis as sentence boundary (non-standard ellipsis rules)",
        "I never meant that.... She left the store.",
        &["I never meant that....", "She left the store."],
    ),
    (
        "47 ellipsis as non sentence boundary",
        "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.",
        &["I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it."],
    ),
    (
        "48 4-dot ellipsis",
        "One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds. . . . The practice was not abandoned. . . .",
        &[
            "One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds.",
            ". . . The practice was not abandoned. . . .",
        ],
    ),
];

/// Golden Rules that `coopex segment` does not pass yet; the test fails when this list is wrong
/// either way, so a fix or a regression is noticed.
const GOLDEN_RULES_FAILING: &[&str] = &[];

/// Whether a unit's text is the expected sentence. A bullet glyph is a list marker that is not
/// part of a bullet's text, so an expected sentence may start with one the unit leaves out; an
/// item number is part of the text.
fn is_expected_unit(got: &str, want: &str) -> bool {
    got == want
        || want
            .strip_prefix(['•', '⁃'])
            .is_some_and(|rest| rest.trim_start() == got)
}

#[test]
fn segment_passes_the_golden_rules() {
    let dir = tempfile::tempdir().unwrap();
    let mut failing = Vec::new();
    let mut report = String::new();
    for (index, (name, text, want)) in GOLDEN_RULES.iter().enumerate() {
        let path = dir.path().join(format!("rule-{:02}.txt", index + 1));
        std::fs::write(&path, text).unwrap();
        let assert = coopex().arg("segment").arg(&path).assert().success();
        let out = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
        let got: Vec<String> = out
            .lines()
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).unwrap();
                v["text"].as_str().unwrap().to_string()
            })
            .collect();
        let passes =
            got.len() == want.len() && got.iter().zip(*want).all(|(g, w)| is_expected_unit(g, w));
        if !passes {
            failing.push(*name);
            report.push_str(&format!("{name}\n  want {want:?}\n  got  {got:?}\n"));
        }
    }
    let passed = GOLDEN_RULES.len() - failing.len();
    assert_eq!(GOLDEN_RULES.len(), 48);
    assert!(passed >= 46, "{passed} of 48 Golden Rules pass:\n{report}");
    assert_eq!(
        failing, GOLDEN_RULES_FAILING,
        "{passed} of 48 Golden Rules pass:\n{report}"
    );
}
