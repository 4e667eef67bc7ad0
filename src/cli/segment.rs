//! `coopex segment`: shows how a document is cut into sentences.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::Args;
use coopex::text::ingest::{self, Document, InputFile};
use coopex::text::segment;
use serde::Serialize;

use super::{print_stdout, EXIT_FINDINGS};

/// Print a document's sentences as JSON lines (start, end, kind, paragraph, text).
///
/// The tool to reach for when a claim looks cut in the wrong place. Offsets are bytes into the
/// document's text, as in every coopex record: into the file, or for a .jsonl file (one
/// document per line), into each document's "text", whose lines then start with its doc_id.
/// Exit code 1 when a line of a .jsonl file is not a document (it is named on stderr).
#[derive(Debug, Args)]
pub struct SegmentArgs {
    /// The document, or a .jsonl file of documents.
    file: PathBuf,
    /// For a .jsonl file: only the document with this "id" (`line-N` for a line without one).
    #[arg(long, value_name = "ID")]
    id: Option<String>,
}

#[derive(Serialize)]
struct SentenceLine<'a> {
    /// The document of a .jsonl file; absent for a file that is one document.
    #[serde(skip_serializing_if = "Option::is_none")]
    doc_id: Option<&'a str>,
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
    let mut out = String::new();
    let mut bad_lines = false;
    if ingest::is_json_lines(&args.file) {
        let documents = ingest::read_json_lines(&input, u64::MAX)
            .map_err(|r| anyhow::anyhow!("{}: {}", r.path, r.reason))?;
        let wanted = args.id.as_ref().map(|id| format!("{}#{id}", input.doc_id));
        let mut found = false;
        for document in documents {
            match document {
                Ok(doc) if wanted.as_ref().is_none_or(|w| *w == doc.doc_id) => {
                    found = true;
                    push_sentences(&mut out, &doc, Some(&doc.doc_id))?;
                }
                Ok(_) => {}
                Err(rejection) if wanted.as_ref().is_none_or(|w| *w == rejection.doc_id) => {
                    bad_lines = true;
                    eprintln!("coopex: {}: {}", rejection.doc_id, rejection.reason);
                }
                Err(_) => {}
            }
        }
        if let (Some(id), false, false) = (&args.id, found, bad_lines) {
            anyhow::bail!("{} holds no document with id `{id}`", args.file.display());
        }
    } else {
        if args.id.is_some() {
            anyhow::bail!(
                "--id picks a document of a .jsonl file; {} is one document",
                args.file.display()
            );
        }
        let doc = ingest::read_document(&input, u64::MAX)
            .map_err(|r| anyhow::anyhow!("{}: {}", r.path, r.reason))?;
        push_sentences(&mut out, &doc, None)?;
    }
    print_stdout(&out)?;
    Ok(if bad_lines {
        ExitCode::from(EXIT_FINDINGS)
    } else {
        ExitCode::SUCCESS
    })
}

/// Appends one JSON line per sentence of `doc` to `out`.
fn push_sentences(out: &mut String, doc: &Document, doc_id: Option<&str>) -> anyhow::Result<()> {
    for (index, s) in segment::segment(&doc.text).iter().enumerate() {
        let line = SentenceLine {
            doc_id,
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
    Ok(())
}
