//! Streaming mode (`extract --stdin`): JSON Lines documents in, records out on stdout as they
//! are ready, in input order. This makes coopex a mapper for existing distributed engines
//! (Spark's `RDD.pipe`, Hadoop Streaming).
//!
//! Each input line is an object `{"id": ..., "text": ..., "url": ..., "published": ...}`;
//! other fields are kept as the document's `meta`. Offsets in the records are byte offsets into
//! the UTF-8 of `text`. Every output record carries `schema_version`, `coopex_version` and
//! `gazetteer_hash` ([`StreamEnvelope`](crate::record::StreamEnvelope)); with `--emit all` also `record` (`document`,
//! `mention`, `claim`, `error`). A document record carries its near-duplicate `signature`, so
//! the output of `--emit all` is everything `coopex reduce` needs: the map of a map/reduce
//! run. A line that cannot be processed becomes one `error` record; the stream goes on.

use std::io::{BufRead, Write};

use rayon::prelude::*;
use serde::Serialize;

use crate::pipeline::{DocumentOutput, Pipeline};
use crate::record::{ErrorRecord, StreamRecordKind};
use crate::run::dedup::DuplicateIndex;
use crate::schema::SCHEMA_VERSION;
use crate::text::ingest;

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

/// What stops a stream: the input cannot be read or the output cannot be written (a line that
/// cannot be processed does not: it becomes an `error` record).
#[derive(Debug, thiserror::Error)]
pub enum StreamError {
    /// Reading the input failed.
    #[error("cannot read standard input")]
    Read(#[source] std::io::Error),
    /// Writing the records failed (a closed pipe among them).
    #[error("cannot write to standard output")]
    Write(#[source] std::io::Error),
    /// A record could not be encoded as JSON.
    #[error("cannot encode a record")]
    Encode(#[from] serde_json::Error),
}

/// Input lines per parallel batch, per worker.
const LINES_PER_WORKER: usize = 16;
/// Bytes of input lines a batch holds at most (beyond its last line).
const BATCH_BYTES: usize = 64 << 20;

/// A record on the stream as it is written: the record's own fields, borrowed, with the
/// provenance fields every streaming record carries ([`crate::record::StreamEnvelope`] is how it is read).
#[derive(Serialize)]
struct Envelope<'a, T: Serialize> {
    #[serde(skip_serializing_if = "Option::is_none")]
    record: Option<StreamRecordKind>,
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
/// flushing after every batch. A line is never held whole when it is longer than a document of
/// `max_bytes` can be: it becomes a `too_large` error record, as a line that is not UTF-8
/// becomes a `not_utf8` one.
///
/// # Errors
/// Reading the input or writing the output failed (a closed output pipe surfaces here as
/// [`StreamError::Write`] of an `io::ErrorKind::BrokenPipe` error).
pub fn run_stream(
    pipeline: &Pipeline,
    pool: &rayon::ThreadPool,
    emit: Emit,
    max_bytes: u64,
    input: impl BufRead,
    mut output: impl Write,
) -> Result<StreamCounts, StreamError> {
    let gazetteer_hash = pipeline.gazetteer().hash().to_string();
    let mut counts = StreamCounts::default();
    let mut duplicates = DuplicateIndex::new();
    let mut doc_ids: Vec<String> = Vec::new();
    let batch_size = pool.current_num_threads() * LINES_PER_WORKER;
    let mut input = input;
    let line_limit = line_limit(max_bytes);
    let mut number = 0;
    loop {
        let mut batch = Vec::with_capacity(batch_size);
        let mut batch_bytes = 0;
        // A batch ends at its line count or at its byte budget, whichever comes first: long
        // lines make short batches, so memory does not grow with the line length.
        while batch.len() < batch_size && batch_bytes < BATCH_BYTES {
            let Some(line) =
                read_line(&mut input, line_limit, number == 0).map_err(StreamError::Read)?
            else {
                break;
            };
            number += 1;
            if let Line::Text(text) = &line {
                batch_bytes += text.len();
            }
            batch.push((number, line));
        }
        if batch.is_empty() {
            break;
        }
        let outcomes: Vec<Outcome> = pool.install(|| {
            batch
                .par_iter()
                .filter(|(_, line)| !matches!(line, Line::Text(text) if text.trim().is_empty()))
                .map(|(number, line)| match line {
                    Line::Text(text) => process_line(pipeline, *number, text, max_bytes),
                    Line::TooLong(bytes) => line_failed(
                        *number,
                        "too_large",
                        format!(
                            "line {number}: too large: over {bytes} bytes, more than a \
                             document of --max-bytes {max_bytes} can take"
                        ),
                    ),
                    Line::NotUtf8(offset) => line_failed(
                        *number,
                        "not_utf8",
                        format!("line {number}: not UTF-8: invalid byte sequence at byte {offset}"),
                    ),
                })
                .collect()
        });
        let mut buffer = Vec::new();
        for outcome in outcomes {
            match outcome {
                Outcome::Done(mut out) => {
                    counts.documents += 1;
                    let original = duplicates.add(&out.signature);
                    out.document.near_duplicate_of = original.map(|i| doc_ids[i].clone());
                    out.document.signature = Some(out.signature.to_hex());
                    doc_ids.push(out.document.doc_id.clone());
                    write_output(&mut buffer, &out, emit, &gazetteer_hash)?;
                }
                Outcome::Failed(error) => {
                    counts.errors += 1;
                    let record = (emit == Emit::All).then_some(StreamRecordKind::Error);
                    envelope(&mut buffer, record, &error, &gazetteer_hash)?;
                }
            }
        }
        output.write_all(&buffer).map_err(StreamError::Write)?;
        output.flush().map_err(StreamError::Write)?;
    }
    Ok(counts)
}

fn write_output(
    buffer: &mut Vec<u8>,
    out: &DocumentOutput,
    emit: Emit,
    gazetteer_hash: &str,
) -> Result<(), serde_json::Error> {
    let all = emit == Emit::All;
    if matches!(emit, Emit::Documents | Emit::All) {
        envelope(
            buffer,
            all.then_some(StreamRecordKind::Document),
            &out.document,
            gazetteer_hash,
        )?;
    }
    if matches!(emit, Emit::Mentions | Emit::All) {
        for m in &out.mentions {
            envelope(
                buffer,
                all.then_some(StreamRecordKind::Mention),
                m,
                gazetteer_hash,
            )?;
        }
    }
    if matches!(emit, Emit::Claims | Emit::All) {
        for c in &out.claims {
            envelope(
                buffer,
                all.then_some(StreamRecordKind::Claim),
                c,
                gazetteer_hash,
            )?;
        }
    }
    Ok(())
}

fn envelope<T: Serialize>(
    buffer: &mut Vec<u8>,
    record: Option<StreamRecordKind>,
    data: &T,
    gazetteer_hash: &str,
) -> Result<(), serde_json::Error> {
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

/// One line of the input, read in bounded memory.
#[derive(Debug, PartialEq, Eq)]
enum Line {
    /// The line's text, without its line end.
    Text(String),
    /// The line is longer than the limit; its bytes were skipped, not kept.
    TooLong(u64),
    /// The line is not UTF-8: the offset of its first bad byte.
    NotUtf8(usize),
}

/// The longest line that can hold a document of `max_bytes`: JSON may escape every byte of
/// the text in six (`\u0001`), and the other fields get a mebibyte.
fn line_limit(max_bytes: u64) -> u64 {
    max_bytes.saturating_mul(6).saturating_add(1 << 20)
}

/// Reads the next line (`None` at the end of the input), keeping at most `limit` bytes of it
/// in memory: a longer line is read through to its end and reported as [`Line::TooLong`]. A
/// byte order mark at the start of the input is not part of the first line.
fn read_line(input: &mut impl BufRead, limit: u64, first: bool) -> std::io::Result<Option<Line>> {
    let mut kept = Vec::new();
    let mut seen: u64 = 0;
    let mut any = false;
    loop {
        let chunk = match input.fill_buf() {
            Ok(chunk) => chunk,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            break;
        }
        any = true;
        let (part, done) = match chunk.iter().position(|&b| b == b'\n') {
            Some(at) => (&chunk[..at], Some(at + 1)),
            None => (chunk, None),
        };
        seen += part.len() as u64;
        if seen <= limit {
            kept.extend_from_slice(part);
        } else if !kept.is_empty() {
            kept = Vec::new();
        }
        let used = done.unwrap_or(chunk.len());
        input.consume(used);
        if done.is_some() {
            break;
        }
    }
    if !any {
        return Ok(None);
    }
    if seen > limit {
        return Ok(Some(Line::TooLong(seen)));
    }
    if kept.last() == Some(&b'\r') {
        kept.pop();
    }
    if first && kept.starts_with(b"\xEF\xBB\xBF") {
        kept.drain(..3);
    }
    Ok(Some(match String::from_utf8(kept) {
        Ok(text) => Line::Text(text),
        Err(e) => Line::NotUtf8(e.utf8_error().valid_up_to()),
    }))
}

/// An `error` record for a line that was not processed.
fn line_failed(number: usize, code: &str, reason: String) -> Outcome {
    Outcome::Failed(ErrorRecord {
        line: number,
        id: None,
        code: code.to_string(),
        reason,
    })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_read_in_bounded_memory() {
        let long = "x".repeat(100);
        let input = format!("\u{feff}first\r\n{long}\nlast");
        let mut reader = std::io::BufReader::with_capacity(8, input.as_bytes());
        let mut lines = Vec::new();
        while let Some(line) = read_line(&mut reader, 50, lines.is_empty()).unwrap() {
            lines.push(line);
        }
        assert_eq!(
            lines,
            [
                Line::Text("first".into()),
                Line::TooLong(100),
                Line::Text("last".into())
            ]
        );
        let mut bad = &b"ab\xffcd\n"[..];
        assert_eq!(
            read_line(&mut bad, 50, false).unwrap(),
            Some(Line::NotUtf8(2))
        );
    }

    /// An output that is a closed pipe.
    struct ClosedPipe;

    impl Write for ClosedPipe {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::ErrorKind::BrokenPipe.into())
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// An input that cannot be read.
    struct Unreadable;

    impl std::io::Read for Unreadable {
        fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
            Err(std::io::ErrorKind::PermissionDenied.into())
        }
    }

    #[test]
    fn stream_errors_say_which_side_failed_and_keep_the_cause() {
        let pipeline = Pipeline::new(crate::Gazetteer::builtin().unwrap());
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .unwrap();
        let run = |input: &mut dyn BufRead, output: &mut dyn Write| {
            run_stream(&pipeline, &pool, Emit::Claims, 1 << 20, input, output).unwrap_err()
        };
        let line = b"{\"text\": \"Kenya and Egypt signed an agreement.\"}\n";
        let closed = run(&mut &line[..], &mut ClosedPipe);
        assert_eq!(closed.to_string(), "cannot write to standard output");
        let StreamError::Write(cause) = &closed else {
            panic!("{closed:?}")
        };
        assert_eq!(cause.kind(), std::io::ErrorKind::BrokenPipe);
        let unread = run(&mut std::io::BufReader::new(Unreadable), &mut Vec::new());
        assert_eq!(unread.to_string(), "cannot read standard input");
        let source = std::error::Error::source(&unread).unwrap();
        assert!(source.to_string().contains("ermission"), "{source}");
    }
}
