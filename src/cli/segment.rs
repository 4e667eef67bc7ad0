//! `coopex segment`: shows how a document is cut into sentences.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::Args;
use coopex::text::ingest::{self, InputFile};
use coopex::text::segment;
use serde::Serialize;

use super::print_stdout;

/// Print a document's sentences as JSON lines (start, end, kind, paragraph, text).
///
/// The tool to reach for when a claim looks cut in the wrong place. Offsets are bytes into the
/// file, as in every coopex record.
#[derive(Debug, Args)]
pub struct SegmentArgs {
    /// The document.
    file: PathBuf,
}

#[derive(Serialize)]
struct SentenceLine<'a> {
    index: usize,
    start: usize,
    end: usize,
    kind: segment::UnitKind,
    paragraph: usize,
    text: &'a str,
}

/// Runs `segment`.
pub fn run(args: SegmentArgs) -> anyhow::Result<ExitCode> {
    if !args.file.exists() {
        anyhow::bail!("input path {} does not exist", args.file.display());
    }
    let input = InputFile {
        doc_id: args.file.display().to_string(),
        path: args.file.clone(),
    };
    let doc = ingest::read_document(&input, u64::MAX)
        .map_err(|r| anyhow::anyhow!("{}: {}", r.path, r.reason))?;
    let mut out = String::new();
    for (index, s) in segment::segment(&doc.text).iter().enumerate() {
        let line = SentenceLine {
            index,
            start: s.start,
            end: s.end,
            kind: s.kind,
            paragraph: s.paragraph,
            text: &doc.text[s.start..s.end],
        };
        out.push_str(&serde_json::to_string(&line).context("cannot encode a sentence")?);
        out.push('\n');
    }
    print_stdout(&out)?;
    Ok(ExitCode::SUCCESS)
}
