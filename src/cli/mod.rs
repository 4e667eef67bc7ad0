//! Command-line interface: one module per subcommand.

mod audit;
mod eval;
mod export;
mod extract;
mod gazetteer;
mod reduce;
mod report;
mod schema;
mod segment;
mod show;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};
use coopex::Gazetteer;

/// Exit code: the run completed but found problems (rejected inputs, failed checks, scores
/// below a floor).
pub const EXIT_FINDINGS: u8 = 1;
/// Exit code: the run could not be done (bad arguments, missing input, unwritable output).
pub const EXIT_ERROR: u8 = 2;

/// coopex: turns articles about international space cooperation into cited, auditable JSON
/// records of the entities they name and the cooperation claims they state.
///
/// Exit codes: 0 ok; 1 completed with findings (rejected inputs, failed checks); 2 error.
#[derive(Debug, Parser)]
#[command(
    name = "coopex",
    version,
    about,
    long_about = None,
    after_help = "Exit codes: 0 ok; 1 completed with findings (rejected inputs, gazetteer problems, scores below a floor); 2 error (bad arguments, missing input, unwritable output, a doc_id with two contents in reduce)."
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    Extract(extract::ExtractArgs),
    Reduce(reduce::ReduceArgs),
    Segment(segment::SegmentArgs),
    Eval(eval::EvalArgs),
    Audit(audit::AuditArgs),
    Show(show::ShowArgs),
    Report(report::ReportArgs),
    Export(export::ExportArgs),
    Schema(schema::SchemaArgs),
    #[command(subcommand)]
    Gazetteer(gazetteer::GazetteerCommand),
}

/// Runs the chosen subcommand.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Extract(args) => extract::run(args),
        Command::Reduce(args) => reduce::run(args),
        Command::Segment(args) => segment::run(args),
        Command::Eval(args) => eval::run(args),
        Command::Audit(args) => audit::run(args),
        Command::Show(args) => show::run(args),
        Command::Report(args) => report::run(args),
        Command::Export(args) => export::run(args),
        Command::Schema(args) => schema::run(args),
        Command::Gazetteer(command) => gazetteer::run(command),
    }
}

/// Loads the shipped gazetteer with the user's files on top, or fails listing every problem.
fn load_gazetteer(extra: &[PathBuf]) -> anyhow::Result<Gazetteer> {
    Gazetteer::with_overlays(extra).map_err(|errors| {
        let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
        anyhow::anyhow!("the gazetteer has errors:\n{}", lines.join("\n"))
    })
}

/// Number of worker threads: the user's choice, or every core.
fn worker_count(jobs: Option<usize>) -> anyhow::Result<usize> {
    let cores = std::thread::available_parallelism()
        .map(usize::from)
        .unwrap_or(1);
    // More threads than this only cost memory and start-up time (`--jobs 100000` would start
    // 100,000 threads); output is the same for any number, so capping changes nothing else.
    let cap = cores.saturating_mul(JOBS_PER_CORE);
    match jobs {
        Some(0) => anyhow::bail!("--jobs must be at least 1"),
        Some(n) if n > cap => {
            eprintln!(
                "coopex: note: --jobs {n} is more than {JOBS_PER_CORE} per core ({}): using {cap}",
                count(cores, "core", "cores")
            );
            Ok(cap)
        }
        Some(n) => Ok(n),
        None => Ok(cores),
    }
}

/// The most worker threads per core `--jobs` starts.
const JOBS_PER_CORE: usize = 4;

/// Creates the folder `file` is to be written into when it is missing, as a user of `-o
/// reports/x.html` expects.
fn create_parent_folder(file: &Path) -> anyhow::Result<()> {
    match file.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => std::fs::create_dir_all(folder)
            .with_context(|| format!("cannot create folder {}", folder.display())),
        _ => Ok(()),
    }
}

/// `n` and the noun in the number it takes: "1 document", "2 documents".
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The line a run that wrote an output folder ends with on stderr: what it wrote, and where.
fn print_run_line(summary: &coopex::record::Summary, out_dir: &Path) {
    eprintln!(
        "coopex: {}, {} rejected, {}, {} in {} ms -> {}",
        count(summary.documents, "document", "documents"),
        summary.rejected,
        count(summary.mentions, "mention", "mentions"),
        count(summary.claims, "claim", "claims"),
        summary.elapsed_ms,
        out_dir.display()
    );
}

/// Writes `text` to stdout; a closed pipe surfaces as an error [`is_broken_pipe`] recognises.
fn print_stdout(text: &str) -> anyhow::Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .context("cannot write to stdout")?;
    out.flush().context("cannot write to stdout")
}

/// Whether an error is a closed stdout (`coopex ... | head`), which ends the run quietly.
pub fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
