//! `coopex reduce`: merges map outputs and output folders into one output folder.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use coopex::run::reduce::{run_reduce, ReduceConfig};
use coopex::text::ingest;

use super::{load_gazetteer, print_run_line, worker_count, EXIT_FINDINGS};

/// Merge map outputs and output folders into the output folder one extract would write.
///
/// Reads the records of `coopex extract --stdin --emit all` (the map of a map/reduce run:
/// files, folders of part files, `-` for standard input, any of them gzip-compressed as .gz)
/// and earlier output folders (a folder holding manifest.json), in any order and split, and
/// writes documents.jsonl, mentions.jsonl, claims.jsonl, relations.jsonl, network.json,
/// rejected.jsonl, summary.json and manifest.json: the output one `extract` of all their
/// documents writes, with near-duplicates, relations and the network decided over the whole.
///
/// Documents are written in input order: by doc_id, compared segment by segment, as extract
/// walks a folder. A doc_id given twice with the same SHA-256 counts once; with two different
/// contents it is an error naming both parts.
///
/// Exit code 1 when the output holds rejected inputs (error records of the map), 2 on errors:
/// a missing or unreadable part, a line that is not a record of `--emit all`, a part made with
/// another gazetteer or output format, a doc_id with two contents.
#[derive(Debug, Args)]
pub struct ReduceArgs {
    /// Map outputs (files, folders of part files, `-` for standard input) and output folders.
    #[arg(value_name = "INPUT", required = true)]
    inputs: Vec<PathBuf>,
    /// Output folder (created if missing).
    #[arg(long, short, value_name = "DIR")]
    out: PathBuf,
    /// Worker threads that read the parts [default: all cores]. Output is identical for any
    /// number; it is recorded in summary.json as `jobs`.
    #[arg(long, short, value_name = "N")]
    jobs: Option<usize>,
    /// The --max-bytes the map ran with (recorded in manifest.json, for --incremental).
    #[arg(long, value_name = "BYTES", default_value_t = ingest::DEFAULT_MAX_BYTES)]
    max_bytes: u64,
    /// The --gazetteer files the map ran with: the parts must have been made with the same
    /// gazetteer, whose affiliations the network needs.
    #[arg(long, value_name = "FILE_OR_DIR")]
    gazetteer: Vec<PathBuf>,
    /// Also write the cooperation network as GraphML (network.graphml).
    #[arg(long)]
    graphml: bool,
    /// Hide the closing summary line.
    #[arg(long, short)]
    quiet: bool,
}

/// Runs `reduce`.
pub fn run(args: ReduceArgs) -> anyhow::Result<ExitCode> {
    let gazetteer = load_gazetteer(&args.gazetteer)?;
    let config = ReduceConfig {
        inputs: args.inputs,
        out_dir: args.out,
        jobs: worker_count(args.jobs)?,
        max_bytes: args.max_bytes,
        graphml: args.graphml,
    };
    let report = run_reduce(&gazetteer, &config)?;
    if !args.quiet {
        if report.repeated > 0 {
            eprintln!(
                "coopex: {} given by more than one part, counted once",
                super::count(report.repeated, "document", "documents")
            );
        }
        print_run_line(&report.summary, &config.out_dir);
    }
    Ok(if report.summary.rejected > 0 {
        ExitCode::from(EXIT_FINDINGS)
    } else {
        ExitCode::SUCCESS
    })
}
