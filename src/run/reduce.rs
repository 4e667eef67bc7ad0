//! The reduce of a map/reduce run (`coopex reduce`): the records of `extract --stdin --emit
//! all` (the map, run on partitions of a corpus anywhere: Spark, Hadoop Streaming, daily
//! batches) and of earlier output folders, merged into the output folder one `extract` of all
//! their documents writes.
//!
//! **Input order.** A single run writes documents in the order it walks its input folder:
//! sorted by path, folder by folder. A reduce cannot know how the parts were cut, so it writes
//! documents sorted by `doc_id` compared segment by segment (`a/x.txt` before `a.txt`, as a
//! folder walk has it), whatever the order and number of the parts: the same order as one
//! `extract` of one folder, and the same output for any split. Near-duplicates, relations and
//! the network are then decided in that order by the stages `extract` uses
//! ([`crate::run::corpus`]).
//!
//! **Documents seen twice.** A `doc_id` given by several parts with the same SHA-256 is one
//! document (the first part's records are kept); with another SHA-256 it is a
//! [`ReduceError::Conflict`] naming both parts.
//!
//! **Memory.** Each part is read twice, line by line: once to index its documents (id, hash,
//! where its records are), then, in output order, to copy each document's records. What is
//! held is the index (about two hundred bytes per document: its id, hash and place), the corpus-level state `extract`
//! keeps, and one chunk of documents being copied; a compressed part or standard input is
//! first decompressed into a temporary file, so that it can be read again. No part is held
//! open between reads, so the number of parts is not bounded by open files.

use std::cmp::Ordering;
use std::fs::File;
use std::io::{BufRead, BufReader, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::time::Instant;

use flate2::read::MultiGzDecoder;
use rayon::prelude::*;
use serde::de::IgnoredAny;
use serde::Deserialize;

use crate::gazetteer::Gazetteer;
use crate::record::{
    ClaimRecord, DocumentRecord, ErrorRecord, MentionRecord, RejectedRecord, StreamEnvelope,
    StreamRecordKind, Summary,
};
use crate::run::corpus::{CorpusWriter, StoredDocument, StoredError};
use crate::run::files::{MANIFEST_FILE, REJECTED_FILE};
use crate::run::incremental::{read_manifest, Manifest, ManifestEntry, OutputRecords, ReuseError};
use crate::run::spill::RecordLines;
use crate::run::write::{OutputSet, WriteError};
use crate::schema::SCHEMA_VERSION;
use crate::text::fingerprint::Signature;

/// The input name that stands for standard input.
pub const STDIN_PART: &str = "-";

/// What `reduce` needs to know, validated once from the command line.
#[derive(Debug, Clone)]
pub struct ReduceConfig {
    /// Map outputs (files, folders of files, [`STDIN_PART`]) and output folders.
    pub inputs: Vec<PathBuf>,
    /// Output folder.
    pub out_dir: PathBuf,
    /// Worker threads that index the parts (recorded in `summary.json` as `jobs`).
    pub jobs: usize,
    /// The `--max-bytes` the map ran with, recorded in the manifest.
    pub max_bytes: u64,
    /// Also write the network as GraphML (`network.graphml`).
    pub graphml: bool,
}

/// What stops a reduce.
#[derive(Debug, thiserror::Error)]
pub enum ReduceError {
    /// An input path does not exist.
    #[error("input path {} does not exist", .0.display())]
    Missing(PathBuf),
    /// A part could not be read.
    #[error("cannot read {part}")]
    Read {
        /// The part.
        part: String,
        /// The underlying I/O error.
        source: std::io::Error,
    },
    /// A line of a part is not a record of `extract --stdin --emit all`.
    #[error("{part} line {line}: {problem}")]
    Malformed {
        /// The part.
        part: String,
        /// 1-based line.
        line: usize,
        /// What is wrong with it.
        problem: String,
    },
    /// An output folder given as input cannot be read.
    #[error("cannot read the output folder {part}")]
    Folder {
        /// The folder.
        part: String,
        /// Why.
        source: ReuseError,
    },
    /// A part was made with another gazetteer than this reduce has.
    #[error(
        "{part} was made with gazetteer {found}, this reduce has {expected}: run reduce with \
         the --gazetteer files the map had"
    )]
    Gazetteer {
        /// The part.
        part: String,
        /// Its gazetteer hash.
        found: String,
        /// This reduce's gazetteer hash.
        expected: String,
    },
    /// A part has another major version of the output format.
    #[error("{part} has output format {found}, this coopex writes {SCHEMA_VERSION}")]
    Version {
        /// The part.
        part: String,
        /// Its `schema_version`.
        found: String,
    },
    /// Two parts hold the same `doc_id` with different content.
    #[error(
        "document {doc_id} has different content in {first} (SHA-256 {first_sha256}) and in \
         {second} (SHA-256 {second_sha256})"
    )]
    Conflict {
        /// The document.
        doc_id: String,
        /// The part that gave it first.
        first: String,
        /// Its hash there.
        first_sha256: String,
        /// The part that gave it again.
        second: String,
        /// Its hash there.
        second_sha256: String,
    },
    /// The records of a document could not be read back from its part.
    #[error("cannot copy the records of {doc_id} from {part}")]
    Records {
        /// The document.
        doc_id: String,
        /// The part.
        part: String,
        /// Why.
        source: ReuseError,
    },
    /// The output could not be written.
    #[error(transparent)]
    Write(#[from] WriteError),
    /// The worker threads could not be started.
    #[error("cannot start the worker threads")]
    Workers(#[source] rayon::ThreadPoolBuildError),
    /// No temporary folder for the decompressed copies of parts could be made.
    #[error("cannot create a temporary folder for compressed parts and standard input")]
    Spool(#[source] std::io::Error),
}

/// What a reduce reports back.
#[derive(Debug, Clone)]
pub struct ReduceReport {
    /// The output's `summary.json`.
    pub summary: Summary,
    /// Documents given by more than one part, counted once.
    pub repeated: usize,
}

/// One part: a map output (its lines in a file that can be read again) or an output folder.
struct Part {
    /// How the user knows it: its path, or `-`.
    name: String,
    source: PartSource,
}

enum PartSource {
    /// The file holding the lines: the part itself, or its decompressed copy.
    Stream(PathBuf),
    /// An output folder's records, and whether that run wrote `explain.jsonl`.
    Folder {
        records: Box<OutputRecords>,
        explain: bool,
    },
}

/// Where a document's records are.
enum Place {
    /// Lines `start..end` (bytes) of a map output.
    Lines(u64, u64),
    /// A document of an output folder (boxed: most entries are lines, and an entry's size
    /// is what a reduce keeps per document).
    Folder(Box<ManifestEntry>),
}

/// One document of one part, as indexed.
struct Entry {
    doc_id: String,
    sha256: String,
    part: usize,
    place: Place,
}

/// What a part holds: its documents and rejected inputs.
struct PartIndex {
    part: Part,
    entries: Vec<Entry>,
    rejected: Vec<RejectedRecord>,
}

/// The fields of a map output line that indexing needs; the rest is skipped unread. A key
/// given twice (a document record's `gazetteer_hash`) keeps its first value.
#[derive(Default)]
struct IndexLine {
    record: Option<StreamRecordKind>,
    schema_version: Option<String>,
    gazetteer_hash: Option<String>,
    doc_id: Option<String>,
    sha256: Option<String>,
    /// Whether the line has a `signature`.
    signature: bool,
}

/// The keys [`IndexLine`] reads.
#[derive(Deserialize)]
#[serde(field_identifier, rename_all = "snake_case")]
enum IndexKey {
    Record,
    SchemaVersion,
    GazetteerHash,
    DocId,
    Sha256,
    Signature,
    #[serde(other)]
    Other,
}

impl<'de> Deserialize<'de> for IndexLine {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<IndexLine, D::Error> {
        struct Fields;
        impl<'de> serde::de::Visitor<'de> for Fields {
            type Value = IndexLine;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<IndexLine, A::Error> {
                let mut line = IndexLine::default();
                while let Some(key) = map.next_key::<IndexKey>()? {
                    match key {
                        IndexKey::Record if line.record.is_none() => {
                            line.record = map.next_value()?;
                        }
                        IndexKey::SchemaVersion if line.schema_version.is_none() => {
                            line.schema_version = map.next_value()?;
                        }
                        IndexKey::GazetteerHash if line.gazetteer_hash.is_none() => {
                            line.gazetteer_hash = map.next_value()?;
                        }
                        IndexKey::DocId if line.doc_id.is_none() => {
                            line.doc_id = map.next_value()?;
                        }
                        IndexKey::Sha256 if line.sha256.is_none() => {
                            line.sha256 = map.next_value()?;
                        }
                        IndexKey::Signature => {
                            line.signature = map.next_value::<Option<IgnoredAny>>()?.is_some();
                        }
                        _ => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                Ok(line)
            }
        }
        deserializer.deserialize_map(Fields)
    }
}

/// How many documents a chunk holds per worker, as in `extract`.
const DOCUMENTS_PER_WORKER: usize = 16;

/// The order of documents in an output folder: by `doc_id`, segment by segment, as a
/// folder walk sorted by name gives them.
pub fn input_order(a: &str, b: &str) -> Ordering {
    a.split('/').cmp(b.split('/'))
}

/// Reads every part, merges their documents in input order, and writes the output folder
/// one `extract` of the same documents writes (atomically, as `extract` does).
///
/// # Errors
/// A missing or unreadable part, a line that is not a map record, a part made with another
/// gazetteer or output format, a `doc_id` with two contents, or an output that cannot be
/// written.
pub fn run_reduce(
    gazetteer: &Gazetteer,
    config: &ReduceConfig,
) -> Result<ReduceReport, ReduceError> {
    let started = Instant::now();
    let parts = find_parts(&config.inputs)?;
    // Decompressed copies of parts that can be read only once (removed when the run ends).
    let spool_dir = tempfile::tempdir().map_err(ReduceError::Spool)?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(config.jobs)
        .build()
        .map_err(ReduceError::Workers)?;
    let indexes: Vec<PartIndex> = pool.install(|| {
        parts
            .into_par_iter()
            .enumerate()
            .map(|(number, part)| index_part(number, part, gazetteer.hash(), spool_dir.path()))
            .collect::<Result<_, _>>()
    })?;
    let explain = !indexes.is_empty()
        && indexes
            .iter()
            .all(|i| matches!(i.part.source, PartSource::Folder { explain: true, .. }));
    let mut parts = Vec::with_capacity(indexes.len());
    let mut entries = Vec::new();
    let mut rejected = Vec::new();
    for index in indexes {
        parts.push(index.part);
        entries.extend(index.entries);
        rejected.extend(index.rejected);
    }
    // Stable: among equal ids the earlier part comes first and is the one kept.
    entries.sort_by(|a, b| input_order(&a.doc_id, &b.doc_id).then(a.part.cmp(&b.part)));
    let repeated = check_repeats(&entries, &parts)?;
    rejected.sort_by(|a, b| input_order(&a.doc_id, &b.doc_id));
    rejected.dedup();

    let header = Manifest {
        schema_version: SCHEMA_VERSION.to_string(),
        coopex_version: env!("CARGO_PKG_VERSION").to_string(),
        gazetteer_hash: gazetteer.hash().to_string(),
        explain,
        max_bytes: config.max_bytes,
        inputs: Vec::new(),
    };
    let out = OutputSet::create(&config.out_dir, explain, &header)?;
    let documents = entries.len() - repeated;
    let mut writer = CorpusWriter::new(
        out,
        gazetteer,
        config.jobs,
        documents + rejected.len(),
        config.graphml,
    );
    let mut kept: Vec<&Entry> = Vec::with_capacity(documents);
    for entry in &entries {
        if kept.last().is_none_or(|last| last.doc_id != entry.doc_id) {
            kept.push(entry);
        }
    }
    // The workers read and check a chunk of documents while this thread writes them in
    // order; one chunk of records is in memory at a time.
    for chunk in kept.chunks(config.jobs * DOCUMENTS_PER_WORKER) {
        let loaded: Vec<Result<StoredDocument, ReduceError>> = pool.install(|| {
            chunk
                .par_iter()
                .map(|entry| load(&parts[entry.part], entry, explain))
                .collect()
        });
        for (stored, entry) in loaded.into_iter().zip(chunk) {
            writer.stored(stored?, false).map_err(|e| match e {
                StoredError::Claim { doc_id, source } => ReduceError::Records {
                    doc_id,
                    part: parts[entry.part].name.clone(),
                    source: source.into(),
                },
                StoredError::Spill { source, .. } => ReduceError::Read {
                    part: parts[entry.part].name.clone(),
                    source,
                },
                StoredError::Write(e) => e.into(),
            })?;
        }
    }
    for record in &rejected {
        writer.rejected(record)?;
    }
    Ok(ReduceReport {
        summary: writer.finish(started)?,
        repeated,
    })
}

/// The parts the inputs name: standard input, a file, an output folder (it holds a manifest),
/// or a folder of parts, whose files are read in sorted order (hidden files and Spark's and
/// Hadoop's `_SUCCESS`-like marker files left out; output folders inside it are parts too).
fn find_parts(inputs: &[PathBuf]) -> Result<Vec<(String, Option<PathBuf>)>, ReduceError> {
    let mut parts = Vec::new();
    for input in inputs {
        if input.as_os_str() == STDIN_PART {
            parts.push((STDIN_PART.to_string(), None));
            continue;
        }
        if !input.exists() {
            return Err(ReduceError::Missing(input.clone()));
        }
        let mut walk = walkdir::WalkDir::new(input)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| {
                let name = e.file_name().to_string_lossy();
                e.depth() == 0 || !(name.starts_with('.') || name.starts_with('_'))
            });
        while let Some(entry) = walk.next() {
            let entry = entry.map_err(|e| ReduceError::Read {
                part: input.display().to_string(),
                source: e.into(),
            })?;
            let path = entry.path();
            if entry.file_type().is_dir() && path.join(MANIFEST_FILE).is_file() {
                parts.push((path.display().to_string(), Some(path.to_path_buf())));
                walk.skip_current_dir();
            } else if entry.file_type().is_file() && !path.to_string_lossy().ends_with(".crc") {
                parts.push((path.display().to_string(), Some(path.to_path_buf())));
            }
        }
    }
    Ok(parts)
}

/// Opens a part and indexes its documents and rejected inputs; a compressed part or standard
/// input is first decompressed into `spool_dir`.
fn index_part(
    number: usize,
    (name, path): (String, Option<PathBuf>),
    gazetteer_hash: &str,
    spool_dir: &Path,
) -> Result<PartIndex, ReduceError> {
    let read_failed = |source| ReduceError::Read {
        part: name.clone(),
        source,
    };
    let copy = spool_dir.join(format!("part-{number}"));
    let lines = match path {
        Some(dir) if dir.is_dir() => return index_folder(number, name, &dir, gazetteer_hash),
        Some(file) if file.extension().is_some_and(|e| e == "gz") => {
            let compressed = File::open(&file).map_err(read_failed)?;
            spool(MultiGzDecoder::new(compressed), &copy).map_err(read_failed)?;
            copy
        }
        Some(file) => file,
        None => {
            spool(std::io::stdin().lock(), &copy).map_err(read_failed)?;
            copy
        }
    };
    index_stream(number, name, lines, gazetteer_hash)
}

/// Copies a stream that can be read only once into the file `copy`, to read it twice.
fn spool(mut input: impl Read, copy: &Path) -> std::io::Result<()> {
    let mut file = std::io::BufWriter::new(File::create(copy)?);
    std::io::copy(&mut input, &mut file)?;
    file.into_inner().map_err(|e| e.into_error())?;
    Ok(())
}

/// Checks that a part was made with this gazetteer and this major version of the output
/// format.
fn check_origin(
    part: &str,
    schema_version: &str,
    found_hash: &str,
    hash: &str,
) -> Result<(), ReduceError> {
    let major = |v: &str| v.split('.').next().unwrap_or_default().to_string();
    if major(schema_version) != major(SCHEMA_VERSION) {
        return Err(ReduceError::Version {
            part: part.to_string(),
            found: schema_version.to_string(),
        });
    }
    if found_hash != hash {
        return Err(ReduceError::Gazetteer {
            part: part.to_string(),
            found: found_hash.to_string(),
            expected: hash.to_string(),
        });
    }
    Ok(())
}

/// Indexes an output folder: its manifest lists its documents with their hashes and
/// signatures, its `rejected.jsonl` its rejected inputs.
fn index_folder(
    number: usize,
    name: String,
    dir: &Path,
    gazetteer_hash: &str,
) -> Result<PartIndex, ReduceError> {
    let folder_failed = |source| ReduceError::Folder {
        part: name.clone(),
        source,
    };
    let mut manifest = read_manifest(dir).map_err(folder_failed)?;
    check_origin(
        &name,
        &manifest.schema_version,
        &manifest.gazetteer_hash,
        gazetteer_hash,
    )?;
    let records = OutputRecords::open(dir, &manifest).ok_or_else(|| {
        folder_failed(ReuseError::Read(std::io::Error::other(
            "a record file is missing or has a line without doc_id",
        )))
    })?;
    let entries = std::mem::take(&mut manifest.inputs)
        .into_iter()
        .map(|entry| Entry {
            doc_id: entry.doc_id.clone(),
            sha256: entry.sha256.clone(),
            part: number,
            place: Place::Folder(Box::new(entry)),
        })
        .collect();
    let rejected_file = File::open(dir.join(REJECTED_FILE)).map_err(|e| folder_failed(e.into()))?;
    let mut rejected = Vec::new();
    for line in BufReader::new(rejected_file).lines() {
        let line = line.map_err(|e| folder_failed(e.into()))?;
        if !line.trim().is_empty() {
            rejected.push(serde_json::from_str(&line).map_err(|e| folder_failed(e.into()))?);
        }
    }
    Ok(PartIndex {
        part: Part {
            name,
            source: PartSource::Folder {
                records: Box::new(records),
                explain: manifest.explain,
            },
        },
        entries,
        rejected,
    })
}

/// Indexes a map output: each document record starts a document, whose mention and claim
/// records follow it; an error record is a rejected input.
fn index_stream(
    number: usize,
    name: String,
    lines: PathBuf,
    gazetteer_hash: &str,
) -> Result<PartIndex, ReduceError> {
    let file = File::open(&lines).map_err(|source| ReduceError::Read {
        part: name.clone(),
        source,
    })?;
    let mut reader = BufReader::new(file);
    let mut entries: Vec<Entry> = Vec::new();
    let mut rejected = Vec::new();
    // Whether the last entry's records may still continue (no error record since).
    let mut open = false;
    let mut line = Vec::new();
    let mut at = 0u64;
    let mut number_of_line = 0;
    loop {
        line.clear();
        let read = reader
            .read_until(b'\n', &mut line)
            .map_err(|source| ReduceError::Read {
                part: name.clone(),
                source,
            })?;
        if read == 0 {
            break;
        }
        number_of_line += 1;
        let start = at;
        at += read as u64;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let malformed = |problem: String| ReduceError::Malformed {
            part: name.clone(),
            line: number_of_line,
            problem,
        };
        let fields: IndexLine = serde_json::from_slice(&line)
            .map_err(|e| malformed(format!("not a record of extract --stdin: {e}")))?;
        let (Some(schema_version), Some(found_hash)) =
            (&fields.schema_version, &fields.gazetteer_hash)
        else {
            return Err(malformed(
                "not a record of extract --stdin: no `schema_version` or `gazetteer_hash`".into(),
            ));
        };
        check_origin(&name, schema_version, found_hash, gazetteer_hash)?;
        let Some(kind) = fields.record else {
            return Err(malformed(
                "no `record` field: the map must run `coopex extract --stdin --emit all`".into(),
            ));
        };
        match kind {
            StreamRecordKind::Document => {
                let (Some(doc_id), Some(sha256), true) =
                    (fields.doc_id, fields.sha256, fields.signature)
                else {
                    return Err(malformed(
                        "a document record without `doc_id`, `sha256` or `signature`".into(),
                    ));
                };
                entries.push(Entry {
                    doc_id,
                    sha256,
                    part: number,
                    place: Place::Lines(start, at),
                });
                open = true;
            }
            StreamRecordKind::Mention | StreamRecordKind::Claim => {
                let last = entries.last_mut().filter(|_| open);
                match last {
                    Some(Entry {
                        doc_id,
                        place: Place::Lines(_, end),
                        ..
                    }) if fields.doc_id.as_deref() == Some(doc_id.as_str()) => *end = at,
                    _ => {
                        return Err(malformed(
                            "a mention or claim record that does not follow its document record"
                                .into(),
                        ))
                    }
                }
            }
            StreamRecordKind::Error => {
                let error: ErrorRecord = StreamEnvelope::parse(&line)
                    .and_then(|envelope| {
                        serde_json::from_value(serde_json::Value::Object(envelope.fields))
                    })
                    .map_err(|e| malformed(format!("malformed error record: {e}")))?;
                rejected.push(RejectedRecord {
                    doc_id: error.id.unwrap_or_else(|| format!("line-{}", error.line)),
                    path: STDIN_PART.to_string(),
                    path_hex: None,
                    code: error.code,
                    reason: error.reason,
                });
                open = false;
            }
        }
    }
    Ok(PartIndex {
        part: Part {
            name,
            source: PartSource::Stream(lines),
        },
        entries,
        rejected,
    })
}

/// Counts the entries that repeat an earlier one (same `doc_id`, same hash), or fails on the
/// first `doc_id` given with two hashes. `entries` are sorted by id.
fn check_repeats(entries: &[Entry], parts: &[Part]) -> Result<usize, ReduceError> {
    let mut repeated = 0;
    let mut first: Option<&Entry> = None;
    for entry in entries {
        match first {
            Some(kept) if kept.doc_id == entry.doc_id => {
                if kept.sha256 != entry.sha256 {
                    return Err(ReduceError::Conflict {
                        doc_id: entry.doc_id.clone(),
                        first: parts[kept.part].name.clone(),
                        first_sha256: kept.sha256.clone(),
                        second: parts[entry.part].name.clone(),
                        second_sha256: entry.sha256.clone(),
                    });
                }
                repeated += 1;
            }
            _ => first = Some(entry),
        }
    }
    Ok(repeated)
}

/// Reads one document's records from its part, ready to be written again.
fn load(part: &Part, entry: &Entry, explain: bool) -> Result<StoredDocument, ReduceError> {
    match (&part.source, &entry.place) {
        (PartSource::Folder { records, .. }, Place::Folder(manifest_entry)) => records
            .stored(ManifestEntry::clone(manifest_entry), explain)
            .map_err(|source| ReduceError::Records {
                doc_id: entry.doc_id.clone(),
                part: part.name.clone(),
                source,
            }),
        (PartSource::Stream(lines), &Place::Lines(start, end)) => {
            let read_failed = |source| ReduceError::Read {
                part: part.name.clone(),
                source,
            };
            let mut handle = File::open(lines).map_err(read_failed)?;
            handle.seek(SeekFrom::Start(start)).map_err(read_failed)?;
            let mut bytes = vec![0; (end - start) as usize];
            handle.read_exact(&mut bytes).map_err(read_failed)?;
            stored_from_lines(&bytes).map_err(|e| ReduceError::Records {
                doc_id: entry.doc_id.clone(),
                part: part.name.clone(),
                source: e.into(),
            })
        }
        _ => unreachable!("an entry's place is of its part's kind"),
    }
}

/// A document from its map output lines: its document record, then its mentions and claims.
fn stored_from_lines(bytes: &[u8]) -> Result<StoredDocument, serde_json::Error> {
    let mut document: Option<DocumentRecord> = None;
    let mut mentions = Vec::new();
    let mut claims = Vec::new();
    for line in bytes.split(|&b| b == b'\n') {
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let envelope = StreamEnvelope::parse(line)?;
        let fields = serde_json::Value::Object(envelope.fields);
        match envelope.record {
            Some(StreamRecordKind::Document) => document = Some(serde_json::from_value(fields)?),
            Some(StreamRecordKind::Mention) => {
                serde_json::to_writer(
                    &mut mentions,
                    &serde_json::from_value::<MentionRecord>(fields)?,
                )?;
                mentions.push(b'\n');
            }
            Some(StreamRecordKind::Claim) => {
                serde_json::to_writer(
                    &mut claims,
                    &serde_json::from_value::<ClaimRecord>(fields)?,
                )?;
                claims.push(b'\n');
            }
            Some(StreamRecordKind::Error) | None => {}
        }
    }
    // The index found a document record here; a part rewritten since has none.
    let document = document.ok_or_else(|| serde::de::Error::custom("no document record"))?;
    let signature_hex = document.signature.clone().unwrap_or_default();
    let signature = Signature::from_hex(&signature_hex)
        .ok_or_else(|| serde::de::Error::custom("bad `signature`"))?;
    let entry = ManifestEntry {
        doc_id: document.doc_id.clone(),
        path: document.path.clone(),
        // A streamed document has no file of its own: its size is its text's, and it has no
        // modification time.
        size: document.bytes as u64,
        mtime_ns: 0,
        sha256: document.sha256.clone(),
        signature: signature_hex,
    };
    Ok(StoredDocument {
        document,
        signature,
        mentions: RecordLines::from_bytes(mentions),
        claims: RecordLines::from_bytes(claims),
        explain: RecordLines::new(),
        relations: None,
        entry,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_document_line_with_its_gazetteer_hash_twice_is_read() {
        let line = br#"{"record":"document","schema_version":"1.1","coopex_version":"0","gazetteer_hash":"a","doc_id":"x.txt","sha256":"b","gazetteer_hash":"a","signature":"c","title":null}"#;
        let index: IndexLine = serde_json::from_slice(line).unwrap();
        assert_eq!(index.record, Some(StreamRecordKind::Document));
        assert_eq!(index.gazetteer_hash.as_deref(), Some("a"));
        assert_eq!(
            (index.doc_id.as_deref(), index.sha256.as_deref()),
            (Some("x.txt"), Some("b"))
        );
        assert!(index.signature);
        let envelope = StreamEnvelope::parse(line).unwrap();
        assert_eq!(envelope.fields["gazetteer_hash"], "a");
        assert_eq!(envelope.fields["doc_id"], "x.txt");
        assert!(!envelope.fields.contains_key("record"));
    }

    #[test]
    fn input_order_is_a_sorted_folder_walk() {
        let mut ids = vec![
            "a.txt",
            "b/c.txt",
            "a/z.txt",
            "a/b/c.txt",
            "a-b.txt",
            "B.txt",
        ];
        ids.sort_by(|a, b| input_order(a, b));
        assert_eq!(
            ids,
            [
                "B.txt",
                "a/b/c.txt",
                "a/z.txt",
                "a-b.txt",
                "a.txt",
                "b/c.txt"
            ]
        );
    }
}
