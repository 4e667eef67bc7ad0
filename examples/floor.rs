//! The floor of coopex's job: read every file under a folder and run one Aho-Corasick
//! automaton of the shipped gazetteer's names over it, keep whole-word matches, count them —
//! nothing else. `scripts/bench` runs it next to `coopex extract` on the same files, in the
//! same run, and reports coopex's throughput as a share of this one.
//!
//! ```text
//! cargo run --release --example floor -- FOLDER [--jobs N]
//! ```
//!
//! Prints one JSON object: `{"files", "bytes", "matches", "patterns", "seconds", "mb_per_s"}`
//! (MB = 10^6 bytes; the time covers reading and scanning, not building the automaton).

use std::path::{Path, PathBuf};
use std::time::Instant;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use anyhow::{bail, Context, Result};
use rayon::prelude::*;

use coopex::Gazetteer;

fn main() -> Result<()> {
    let (root, jobs) = arguments()?;
    let gazetteer = Gazetteer::builtin().map_err(|errors| {
        anyhow::anyhow!("the shipped gazetteer does not load: {}", errors.len())
    })?;
    let mut patterns: Vec<String> = gazetteer
        .entries()
        .iter()
        .flat_map(|entry| entry.names().map(|alias| alias.text))
        .collect();
    patterns.sort_unstable();
    patterns.dedup();
    let automaton = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::DFA))
        .build(&patterns)
        .context("building the automaton")?;
    let files = files_under(&root)?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .context("starting the thread pool")?;
    let started = Instant::now();
    let (bytes, matches) = pool.install(|| {
        files
            .par_iter()
            .map(|path| -> Result<(usize, usize)> {
                let text = std::fs::read(path).with_context(|| path.display().to_string())?;
                Ok((text.len(), whole_word_matches(&automaton, &text)))
            })
            .try_reduce(|| (0, 0), |a, b| Ok((a.0 + b.0, a.1 + b.1)))
    })?;
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "{}",
        serde_json::json!({
            "files": files.len(),
            "bytes": bytes,
            "matches": matches,
            "patterns": patterns.len(),
            "seconds": seconds,
            "mb_per_s": bytes as f64 / 1e6 / seconds.max(1e-9),
        })
    );
    Ok(())
}

/// The folder and `--jobs N` (default 2).
fn arguments() -> Result<(PathBuf, usize)> {
    let mut root = None;
    let mut jobs = 2;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--jobs" => {
                let value = args.next().context("--jobs needs a number")?;
                jobs = value.parse().context("--jobs needs a number")?;
            }
            _ if root.is_none() => root = Some(PathBuf::from(arg)),
            _ => bail!("usage: floor FOLDER [--jobs N]"),
        }
    }
    let root = root.context("usage: floor FOLDER [--jobs N]")?;
    Ok((root, jobs.max(1)))
}

/// Every file under `root`, in name order.
fn files_under(root: &Path) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(root).sort_by_file_name() {
        let entry = entry.with_context(|| root.display().to_string())?;
        if entry.file_type().is_file() {
            files.push(entry.into_path());
        }
    }
    Ok(files)
}

/// Matches that start and end at word boundaries (ASCII letters and digits, and any byte of
/// a multi-byte character, count as word bytes).
fn whole_word_matches(automaton: &AhoCorasick, text: &[u8]) -> usize {
    let is_word = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80;
    automaton
        .find_iter(text)
        .filter(|m| {
            let before = m.start().checked_sub(1).map(|i| text[i]);
            let after = text.get(m.end()).copied();
            !before.is_some_and(is_word) && !after.is_some_and(is_word)
        })
        .count()
}
