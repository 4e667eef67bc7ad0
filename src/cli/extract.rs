//! `coopex extract`: the main job, over files and folders or as a stream.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use coopex::run::stream::{run_stream, Emit};
use coopex::text::ingest;
use coopex::{run_extract, ExtractConfig, Pipeline};

use super::{load_gazetteer, print_run_line, worker_count, EXIT_FINDINGS};

/// Extract entity mentions and cooperation claims from articles.
///
/// Reads every .txt, .md, .html, .htm and .jsonl file under the given paths (files or folders,
/// recursively, in sorted order), each also gzip-compressed (.txt.gz, .html.gz, ...); a file
/// named on the command line is read whatever its name. A .txt or .md file is one document, an
/// .html or .htm page is one document (its text without the markup), and a .jsonl file holds one
/// document per line ({"id", "text", "url", "published", ...}). Text is UTF-8, UTF-16 with a
/// byte order mark, or Windows-1252.
///
/// Writes documents.jsonl, mentions.jsonl, claims.jsonl, relations.jsonl, network.json,
/// rejected.jsonl, summary.json and manifest.json (what the run read, for --incremental) into
/// the output folder, and explain.jsonl with --explain, network.graphml with --graphml. Files
/// appear only when the run is complete.
///
/// With --stdin, reads JSON Lines documents ({"id", "text", "url", "published", ...}) from
/// standard input and writes records to standard output as they are ready, in input order.
///
/// Exit code 1 when any input was rejected (the rest is still processed; 2 with --strict), 2
/// on errors.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Files or folders to read.
    #[arg(value_name = "PATH", required_unless_present = "stdin")]
    inputs: Vec<PathBuf>,
    /// Output folder (created if missing).
    #[arg(long, short, value_name = "DIR", required_unless_present = "stdin")]
    out: Option<PathBuf>,
    /// Read JSON Lines documents from standard input and write records to standard output
    /// (nothing but JSON goes to stdout; a bad line becomes one `error` record).
    #[arg(long, conflicts_with_all = ["inputs", "out", "explain", "graphml", "incremental"])]
    stdin: bool,
    /// With --stdin: which records to write; `all` adds a `record` field naming each one.
    #[arg(long, value_enum, default_value = "claims", requires = "stdin")]
    emit: Emit,
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
    /// Hide the progress bar and the closing summary line (the bar is only drawn when stderr
    /// is a terminal, and never in streaming mode).
    #[arg(long, short)]
    quiet: bool,
    /// Also write explain.jsonl: every candidate name the matching policy set aside (longest
    /// span, then unambiguous name, then type), with the mention that won and the rule.
    #[arg(long)]
    explain: bool,
    /// Also write the cooperation network as GraphML (network.graphml), for Gephi and yEd.
    #[arg(long)]
    graphml: bool,
    /// Reuse the records of inputs unchanged since the previous run into the same --out
    /// (same path, size and SHA-256) with the same result-changing options; only new or
    /// changed inputs are processed, and the output is exactly what a full run would write.
    #[arg(long)]
    incremental: bool,
    /// Treat any rejected input (or error record) as a failure: exit code 2 instead of 1.
    #[arg(long)]
    strict: bool,
    /// After the run, print to stderr the time spent in each stage (read, segment, normalize,
    /// match names, resolve, match cues, claims, records, signature, write), summed over
    /// documents and worker threads.
    #[arg(long, conflicts_with = "stdin")]
    profile_stages: bool,
}

/// Runs `extract`.
pub fn run(args: ExtractArgs) -> anyhow::Result<ExitCode> {
    let pipeline = Pipeline::new(load_gazetteer(&args.gazetteer)?).with_explain(args.explain);
    let jobs = worker_count(args.jobs)?;
    let findings = if args.stdin {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(jobs).build()?;
        let stdin = std::io::stdin().lock();
        let stdout = std::io::stdout().lock();
        let counts = run_stream(&pipeline, &pool, args.emit, args.max_bytes, stdin, stdout)?;
        counts.errors > 0
    } else {
        let out_dir = args
            .out
            .ok_or_else(|| anyhow::anyhow!("--out DIR is required unless --stdin is given"))?;
        let config = ExtractConfig {
            inputs: args.inputs,
            out_dir,
            jobs,
            max_bytes: args.max_bytes,
            progress: !args.quiet && std::io::stderr().is_terminal(),
            explain: args.explain,
            graphml: args.graphml,
            incremental: args.incremental,
        };
        let report = run_extract(&pipeline, &config)?;
        let summary = report.summary;
        if args.profile_stages {
            eprintln!("{}", report.stage_times);
        }
        if !args.quiet {
            print_run_line(&summary, &config.out_dir);
        }
        summary.rejected > 0
    };
    if findings && args.strict {
        anyhow::bail!(
            "inputs were rejected and --strict is set (see rejected.jsonl or the error records)"
        );
    }
    Ok(if findings {
        ExitCode::from(EXIT_FINDINGS)
    } else {
        ExitCode::SUCCESS
    })
}
