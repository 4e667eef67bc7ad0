//! What people read on a terminal: a count takes the number of its noun ("1 document",
//! "2 documents"), and tables line up.

use crate::coopex;

/// Runs coopex with `args` in `dir`, expecting `code`; (stdout, stderr).
fn run_in(dir: &std::path::Path, args: &[&str], code: i32) -> (String, String) {
    let output = coopex().current_dir(dir).args(args).output().unwrap();
    assert_eq!(output.status.code(), Some(code), "{args:?}: {output:?}");
    (
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn one_of_a_thing_is_singular() {
    let dir = tempfile::tempdir().unwrap();
    let work = dir.path();
    std::fs::write(
        work.join("note.txt"),
        "NASA and ESA signed an agreement on Tuesday to build a lunar rover together.\n",
    )
    .unwrap();
    let (_, stderr) = run_in(work, &["extract", "note.txt", "--out", "out"], 0);
    assert!(
        stderr.starts_with("coopex: 1 document, 0 rejected, 2 mentions, 1 claim in "),
        "{stderr}"
    );
    let (_, stderr) = run_in(work, &["report", "out", "-o", "out/report.html"], 0);
    assert_eq!(
        stderr,
        "coopex: 1 claim (1 ok in the audit), 1 relation, 2 entities -> out/report.html\n"
    );
    let (stdout, _) = run_in(work, &["audit", "out"], 0);
    assert!(stdout.starts_with("audit of out: 1 document\n"), "{stdout}");

    std::fs::write(
        work.join("mine.tsv"),
        "organization:quill-works\torganization\tQuill Works Orbital\n",
    )
    .unwrap();
    let (stdout, _) = run_in(work, &["gazetteer", "check", "mine.tsv"], 0);
    assert_eq!(stdout, "mine.tsv: 1 entry, no problems\n");
    std::fs::write(
        work.join("mine.tsv"),
        "organization:quill-works\tplanet\tQuill Works Orbital\n",
    )
    .unwrap();
    let (_, stderr) = run_in(work, &["gazetteer", "check", "mine.tsv"], 1);
    assert!(stderr.ends_with("\n1 problem\n"), "{stderr}");
}

#[test]
fn the_schema_table_lines_up() {
    let (stdout, _) = run_in(&crate::root(), &["schema"], 0);
    let rows: Vec<&str> = stdout.lines().skip(1).collect();
    assert_eq!(rows.len(), coopex::schema::RECORD_TYPES.len(), "{stdout}");
    let column = |row: &str, at: &str| row.find(at).unwrap_or_else(|| panic!("{row}"));
    for (row, (_, file)) in rows.iter().zip(coopex::schema::RECORD_TYPES) {
        assert_eq!(
            column(row, file),
            column(rows[0], "documents.jsonl"),
            "{stdout}"
        );
        assert_eq!(
            column(row, "schema/"),
            column(rows[0], "schema/"),
            "{stdout}"
        );
    }
}
