//! `coopex extract`: the main job.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use coopex::{ingest, run_extract, ExtractConfig, Pipeline};

use super::{load_gazetteer, worker_count, EXIT_FINDINGS};

/// Extract entity mentions and cooperation claims from articles.
///
/// Reads every .txt and .md file under the given paths (files or folders, recursively, in
/// sorted order) and writes documents.jsonl, mentions.jsonl, claims.jsonl, relations.jsonl,
/// network.json, rejected.jsonl and summary.json into the output folder. Files appear only when the run is complete. Exit code 1
/// when any input was rejected (the rest is still processed), 2 on errors.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Files or folders to read.
    #[arg(required = true, value_name = "PATH")]
    inputs: Vec<PathBuf>,
    /// Output folder (created if missing).
    #[arg(long, short, value_name = "DIR")]
    out: PathBuf,
    /// Worker threads [default: all cores]. Output is identical for any number.
    #[arg(long, short, value_name = "N")]
    jobs: Option<usize>,
    /// Reject documents larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = ingest::DEFAULT_MAX_BYTES)]
    max_bytes: u64,
    /// Extra gazetteer file or folder, layered on the shipped one (an entry with the same id
    /// replaces the shipped entry). Repeatable.
    #[arg(long, value_name = "FILE_OR_DIR")]
    gazetteer: Vec<PathBuf>,
    /// Hide the progress bar (it is only drawn when stderr is a terminal anyway).
    #[arg(long, short)]
    quiet: bool,
    /// Also write explain.jsonl: every candidate name the matching policy set aside (longest
    /// span, then unambiguous name, then type), with the mention that won and the rule.
    #[arg(long)]
    explain: bool,
    /// Also write the cooperation network as GraphML (network.graphml), for Gephi and yEd.
    #[arg(long)]
    graphml: bool,
}

/// Runs `extract`.
pub fn run(args: ExtractArgs) -> anyhow::Result<ExitCode> {
    let pipeline = Pipeline::new(load_gazetteer(&args.gazetteer)?).with_explain(args.explain);
    let config = ExtractConfig {
        inputs: args.inputs,
        out_dir: args.out,
        jobs: worker_count(args.jobs)?,
        max_bytes: args.max_bytes,
        progress: !args.quiet && std::io::stderr().is_terminal(),
        explain: args.explain,
        graphml: args.graphml,
    };
    let summary = run_extract(&pipeline, &config)?;
    if !args.quiet {
        eprintln!(
            "coopex: {} documents, {} rejected, {} mentions, {} claims in {} ms -> {}",
            summary.documents,
            summary.rejected,
            summary.mentions,
            summary.claims,
            summary.elapsed_ms,
            config.out_dir.display()
        );
    }
    Ok(if summary.rejected > 0 {
        ExitCode::from(EXIT_FINDINGS)
    } else {
        ExitCode::SUCCESS
    })
}
