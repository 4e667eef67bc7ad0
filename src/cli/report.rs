//! `coopex report`: the output folder as one self-contained HTML page.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use coopex::run::write::write_text_atomic;
use coopex::tools::report::{load, render};

use super::{count, create_parent_folder};

/// Write an HTML report of an extract output folder: run and audit summary, the cooperation
/// network, and sortable, filterable tables of relations and claims with their highlighted
/// sentences and citations.
///
/// The page is one file with inline CSS, script and SVG; it loads nothing from the network.
/// The audit is made now (documents re-read under --corpus by doc_id, else at their recorded
/// paths) and shown in the page; nothing is rewritten. Filters can be set in the URL fragment:
/// report.html#q=Russia, #kind=prohibition&polarity=negative, #status=changed. The same folder
/// gives the same bytes. Exit code 0 when the page was written, whatever the audit found.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The output folder of an extract run.
    #[arg(value_name = "OUT_DIR")]
    out_dir: PathBuf,
    /// The HTML file to write (its folder is created if missing).
    #[arg(long, short, value_name = "FILE")]
    output: PathBuf,
    /// Folder the documents are under (by doc_id), for the audit; repeatable. Default: their
    /// recorded paths.
    #[arg(long, value_name = "PATH")]
    corpus: Vec<PathBuf>,
}

/// Runs `report`.
pub fn run(args: ReportArgs) -> anyhow::Result<ExitCode> {
    if !args.out_dir.is_dir() {
        anyhow::bail!("output folder {} does not exist", args.out_dir.display());
    }
    let data = load(&args.out_dir, &args.corpus)?;
    create_parent_folder(&args.output)?;
    write_text_atomic(&args.output, &render(&data))?;
    eprintln!(
        "coopex: {} ({} ok in the audit), {}, {} -> {}",
        count(data.claims.len(), "claim", "claims"),
        data.audit.claims.get("ok").copied().unwrap_or(0),
        count(data.relations.len(), "relation", "relations"),
        count(data.network.nodes.len(), "entity", "entities"),
        args.output.display()
    );
    Ok(ExitCode::SUCCESS)
}
