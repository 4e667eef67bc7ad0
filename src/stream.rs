//! Streaming mode (`extract --stdin`): JSON Lines documents in, records out on stdout as they
//! are ready, in input order. This makes coopex a mapper for existing distributed engines
//! (Spark's `RDD.pipe`, Hadoop Streaming).
//!
//! Each input line is an object `{"id": ..., "text": ..., "url": ..., "published": ...}`;
//! other fields are kept as the document's `meta`. Offsets in the records are byte offsets into
//! the UTF-8 of `text`. Every output record carries `schema_version`, `coopex_version` and
//! `gazetteer_hash`; with `--emit all` also `record` (`document`, `mention`, `claim`). A line
//! that cannot be processed becomes one `error` record; the stream goes on.

use std::io::{BufRead, Write};

use anyhow::Context;
use rayon::prelude::*;
use serde::Serialize;

use crate::dedup::DuplicateIndex;
use crate::ingest;
use crate::pipeline::{DocumentOutput, Pipeline};
use crate::record::ErrorRecord;
use crate::schema::SCHEMA_VERSION;

/// Which records a stream carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Emit {
    /// Claim records.
    Claims,
    /// Mention records.
    Mentions,
    /// Document records.
    Documents,
    /// All three, each with a `record` field naming its kind.
    All,
}

/// What a stream run did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StreamCounts {
    /// Documents processed.
    pub documents: usize,
    /// Lines that became `error` records.
    pub errors: usize,
}

/// Input lines per parallel batch, per worker.
const LINES_PER_WORKER: usize = 16;

/// A record on the stream: the record's own fields with the provenance fields every streaming
/// record carries.
#[derive(Serialize)]
struct Envelope<'a, T: Serialize> {
    #[serde(skip_serializing_if = "Option::is_none")]
    record: Option<&'a str>,
    schema_version: &'a str,
    coopex_version: &'a str,
    gazetteer_hash: &'a str,
    #[serde(flatten)]
    data: &'a T,
}

/// One input line, processed.
enum Outcome {
    Done(Box<DocumentOutput>),
    Failed(ErrorRecord),
}

/// Reads JSON Lines documents from `input` and writes records to `output`, in input order,
/// flushing after every batch.
///
/// # Errors
/// Reading the input or writing the output failed (a closed output pipe surfaces here as an
/// `io::ErrorKind::BrokenPipe` error).
pub fn run_stream(
    pipeline: &Pipeline,
    pool: &rayon::ThreadPool,
    emit: Emit,
    max_bytes: u64,
    input: impl BufRead,
    mut output: impl Write,
) -> anyhow::Result<StreamCounts> {
    let gazetteer_hash = pipeline.gazetteer().hash().to_string();
    let mut counts = StreamCounts::default();
    let mut duplicates = DuplicateIndex::new();
    let mut doc_ids: Vec<String> = Vec::new();
    let batch_size = pool.current_num_threads() * LINES_PER_WORKER;
    let mut lines = input.lines().enumerate();
    loop {
        let mut batch = Vec::with_capacity(batch_size);
        for (index, line) in lines.by_ref().take(batch_size) {
            batch.push((index + 1, line.context("cannot read standard input")?));
        }
        if batch.is_empty() {
            break;
        }
        let outcomes: Vec<Outcome> = pool.install(|| {
            batch
                .par_iter()
                .filter(|(_, line)| !line.trim().is_empty())
                .map(|(number, line)| process_line(pipeline, *number, line, max_bytes))
                .collect()
        });
        let mut buffer = Vec::new();
        for outcome in outcomes {
            match outcome {
                Outcome::Done(mut out) => {
                    counts.documents += 1;
                    let original = duplicates.add(&out.signature);
                    out.document.near_duplicate_of = original.map(|i| doc_ids[i].clone());
                    doc_ids.push(out.document.doc_id.clone());
                    write_output(&mut buffer, &out, emit, &gazetteer_hash)?;
                }
                Outcome::Failed(error) => {
                    counts.errors += 1;
                    let record = (emit == Emit::All).then_some("error");
                    envelope(&mut buffer, record, &error, &gazetteer_hash)?;
                }
            }
        }
        output.write_all(&buffer)?;
        output.flush()?;
    }
    Ok(counts)
}

fn write_output(
    buffer: &mut Vec<u8>,
    out: &DocumentOutput,
    emit: Emit,
    gazetteer_hash: &str,
) -> anyhow::Result<()> {
    let all = emit == Emit::All;
    if matches!(emit, Emit::Documents | Emit::All) {
        envelope(
            buffer,
            all.then_some("document"),
            &out.document,
            gazetteer_hash,
        )?;
    }
    if matches!(emit, Emit::Mentions | Emit::All) {
        for m in &out.mentions {
            envelope(buffer, all.then_some("mention"), m, gazetteer_hash)?;
        }
    }
    if matches!(emit, Emit::Claims | Emit::All) {
        for c in &out.claims {
            envelope(buffer, all.then_some("claim"), c, gazetteer_hash)?;
        }
    }
    Ok(())
}

fn envelope<T: Serialize>(
    buffer: &mut Vec<u8>,
    record: Option<&str>,
    data: &T,
    gazetteer_hash: &str,
) -> anyhow::Result<()> {
    serde_json::to_writer(
        &mut *buffer,
        &Envelope {
            record,
            schema_version: SCHEMA_VERSION,
            coopex_version: env!("CARGO_PKG_VERSION"),
            gazetteer_hash,
            data,
        },
    )?;
    buffer.push(b'\n');
    Ok(())
}

/// Parses and processes one input line.
fn process_line(pipeline: &Pipeline, number: usize, line: &str, max_bytes: u64) -> Outcome {
    let fail = |id: Option<String>, code: &str, reason: String| {
        Outcome::Failed(ErrorRecord {
            line: number,
            id,
            code: code.to_string(),
            reason,
        })
    };
    let doc = match ingest::json_line_document(number, line, None, "-", max_bytes) {
        Ok(doc) => doc,
        Err(e) => return fail(e.id, e.reason.code(), e.reason.to_string()),
    };
    let processed =
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| pipeline.process(&doc)));
    match processed {
        Ok(out) => Outcome::Done(Box::new(out)),
        Err(_) => fail(
            Some(doc.doc_id),
            "internal",
            format!("line {number}: internal error while processing"),
        ),
    }
}
