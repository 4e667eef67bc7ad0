//! `coopex audit`: proves that the citations of an output folder still hold.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;
use coopex::run::files::CLAIMS_FILE;
use coopex::tools::audit::{audit, AuditReport, Status};

use super::{count, print_stdout, EXIT_FINDINGS};

/// Check every claim and mention of an output folder against its source document.
///
/// Re-reads each document named in documents.jsonl (under --corpus by its doc_id, else at its
/// recorded path) and reports per claim: ok (hash and every span hold), changed (the document
/// changed; the quoted sentence is looked for again by its quote selector), missing (document
/// gone) or corrupt (a span does not hold). Malformed or unknown fields in the output files are
/// reported with file and line. When most documents are not found, a hint on stderr says how
/// to point audit at them. Exit code 0 only when everything holds, 1 otherwise; 2 when a
/// --corpus folder does not exist.
#[derive(Debug, Args)]
pub struct AuditArgs {
    /// The output folder of an extract run.
    #[arg(value_name = "OUT_DIR")]
    out_dir: PathBuf,
    /// Folder the documents are under (by doc_id); repeatable. Default: their recorded paths.
    #[arg(long, value_name = "PATH")]
    corpus: Vec<PathBuf>,
    /// Rewrite the output with the new offsets of quotes found again in changed documents.
    #[arg(long)]
    rebase: bool,
    /// Print the report as JSON.
    #[arg(long)]
    json: bool,
}

/// Runs `audit`.
pub fn run(args: AuditArgs) -> anyhow::Result<ExitCode> {
    if !args.out_dir.is_dir() {
        anyhow::bail!("output folder {} does not exist", args.out_dir.display());
    }
    let report = audit(&args.out_dir, &args.corpus, args.rebase)?;
    if args.json {
        print_stdout(&(serde_json::to_string_pretty(&report)? + "\n"))?;
    } else {
        print_stdout(&text_report(&args.out_dir, &report)?)?;
    }
    if let Some(hint) = corpus_hint(&report, !args.corpus.is_empty()) {
        eprintln!("coopex: hint: {hint}");
    }
    Ok(if report.all_ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_FINDINGS)
    })
}

/// The report for a person: counts, then every claim and file problem on a line of its own.
fn text_report(out_dir: &Path, report: &AuditReport) -> anyhow::Result<String> {
    let counts = |m: &BTreeMap<String, usize>| {
        ["ok", "changed", "missing", "corrupt"]
            .iter()
            .map(|s| format!("{} {s}", m.get(*s).copied().unwrap_or(0)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut out = format!(
        "audit of {}: {}\nclaims:   {}\nmentions: {}\nfile problems: {}\n",
        out_dir.display(),
        count(report.documents, "document", "documents"),
        counts(&report.claims),
        counts(&report.mentions),
        report.file_problems.len()
    );
    for c in &report.claim_problems {
        let status = serde_json::to_value(c.status)?;
        out.push_str(&format!(
            "{:<8} claim {} ({}, {CLAIMS_FILE} line {}): {}\n",
            status.as_str().unwrap_or_default(),
            c.claim_id,
            c.doc_id,
            c.line,
            c.detail
        ));
    }
    for f in &report.file_problems {
        out.push_str(&format!("invalid  {}:{}: {}\n", f.file, f.line, f.problem));
    }
    if report.rebased > 0 {
        out.push_str(&format!(
            "rebased {} onto their documents' new text\n",
            count(report.rebased, "claim", "claims")
        ));
    }
    Ok(out)
}

/// When most claims and mentions are `missing`, their documents were not found where audit
/// looked: the likely cause is a run from another folder than extract's, or a moved corpus.
fn corpus_hint(report: &AuditReport, corpus_given: bool) -> Option<String> {
    let total = |m: &BTreeMap<String, usize>| m.values().sum::<usize>();
    let missing = |m: &BTreeMap<String, usize>| m.get("missing").copied().unwrap_or(0);
    let records = total(&report.claims) + total(&report.mentions);
    let not_found = missing(&report.claims) + missing(&report.mentions);
    if not_found == 0 || not_found * 2 < records {
        return None;
    }
    let first = report
        .claim_problems
        .iter()
        .find(|c| c.status == Status::Missing)
        .map(|c| format!(" (first: {})", c.detail))
        .unwrap_or_default();
    let records = format!("{not_found} of {records} claims and mentions");
    Some(if corpus_given {
        format!(
            "the documents of {records} were found neither under --corpus nor at their \
             recorded paths{first}; --corpus names the folder extract read, under which each \
             doc_id is a path"
        )
    } else {
        format!(
            "the documents of {records} were not found at their recorded paths{first}, which \
             are relative to the folder extract ran in: run audit from there, or name the \
             documents' folder with --corpus DIR"
        )
    })
}
