//! `coopex audit`: proves that the citations of an output folder still hold.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use coopex::tools::audit::audit;

use super::{print_stdout, EXIT_FINDINGS};

/// Check every claim and mention of an output folder against its source document.
///
/// Re-reads each document named in documents.jsonl (under --corpus by its doc_id, else at its
/// recorded path) and reports per claim: ok (hash and every span hold), changed (the document
/// changed; the quoted sentence is looked for again by its quote selector), missing (document
/// gone) or corrupt (a span does not hold). Malformed or unknown fields in the output files are
/// reported with file and line. Exit code 0 only when everything holds, 1 otherwise.
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
        let counts = |m: &std::collections::BTreeMap<String, usize>| {
            ["ok", "changed", "missing", "corrupt"]
                .iter()
                .map(|s| format!("{} {s}", m.get(*s).copied().unwrap_or(0)))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut out = format!(
            "audit of {}: {} documents\nclaims:   {}\nmentions: {}\nfile problems: {}\n",
            args.out_dir.display(),
            report.documents,
            counts(&report.claims),
            counts(&report.mentions),
            report.file_problems.len()
        );
        for c in &report.claim_problems {
            let status = serde_json::to_value(c.status)?;
            out.push_str(&format!(
                "{:<8} claim {} ({} line {}): {}\n",
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
                "rebased {} claims onto their documents' new text\n",
                report.rebased
            ));
        }
        print_stdout(&out)?;
    }
    Ok(if report.all_ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_FINDINGS)
    })
}
