//! Incremental runs (`extract --incremental`): the output folder keeps a manifest of the inputs
//! of the last run (path, size, modification time, SHA-256, near-duplicate signature) and of
//! the options that change results. A re-run with the same options processes only inputs new
//! or changed in content (by SHA-256), copies the records of unchanged ones from
//! the previous output, drops those of removed ones, and recomputes what spans documents
//! (near-duplicates, relations, network) — so the output is exactly what a full run gives.

use std::collections::HashMap;
use std::fs::{self, File};
use std::io::{BufRead, BufReader, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::run::corpus::StoredDocument;
use crate::run::files::{CLAIMS_FILE, DOCUMENTS_FILE, EXPLAIN_FILE, MANIFEST_FILE, MENTIONS_FILE};
use crate::run::spill::RecordLines;
use crate::schema::SCHEMA_VERSION;
use crate::text::fingerprint::Signature;
use crate::text::ingest::InputFile;

/// What the last run read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Output format version of the run.
    pub schema_version: String,
    /// coopex version of the run.
    pub coopex_version: String,
    /// Gazetteer hash of the run: another dictionary means every document is redone.
    pub gazetteer_hash: String,
    /// Whether the run wrote `explain.jsonl`.
    pub explain: bool,
    /// The run's `--max-bytes`: another limit may accept or reject other documents, so it
    /// means a full run like every option that changes results.
    pub max_bytes: u64,
    /// The processed inputs, in output order.
    pub inputs: Vec<ManifestEntry>,
}

/// One processed input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ManifestEntry {
    /// The document id.
    pub doc_id: String,
    /// Where it was read.
    pub path: String,
    /// Size in bytes.
    pub size: u64,
    /// Modification time, nanoseconds since the Unix epoch.
    pub mtime_ns: u64,
    /// SHA-256 of its bytes.
    pub sha256: String,
    /// Its near-duplicate signature, as hex.
    pub signature: String,
}

/// Size and modification time of a file, for the unchanged test.
pub fn file_stamp(path: &Path) -> Option<(u64, u64)> {
    stamp_of(&fs::metadata(path).ok()?)
}

/// The size and modification time (ns since the epoch) in a file's metadata.
pub fn stamp_of(meta: &fs::Metadata) -> Option<(u64, u64)> {
    let mtime = meta.modified().ok()?.duration_since(UNIX_EPOCH).ok()?;
    Some((meta.len(), u64::try_from(mtime.as_nanos()).ok()?))
}

/// An output folder's manifest.
///
/// # Errors
/// When it cannot be read or is not a manifest.
pub fn read_manifest(dir: &Path) -> Result<Manifest, ReuseError> {
    Ok(serde_json::from_str(&fs::read_to_string(
        dir.join(MANIFEST_FILE),
    )?)?)
}

/// The records of an output folder, indexed by document: what a run copies instead of
/// processing a document again (`extract --incremental`, `reduce`).
#[derive(Debug)]
pub struct OutputRecords {
    dir: PathBuf,
    /// Per output file: doc_id -> byte range of its contiguous records.
    ranges: HashMap<&'static str, HashMap<String, (u64, u64)>>,
}

impl OutputRecords {
    /// Indexes the record files of the output folder `dir` whose manifest is `manifest`
    /// (`explain.jsonl` too when that run wrote it). `None` when a file cannot be read or a
    /// line has no `doc_id`.
    pub fn open(dir: &Path, manifest: &Manifest) -> Option<OutputRecords> {
        let mut files = vec![DOCUMENTS_FILE, MENTIONS_FILE, CLAIMS_FILE];
        if manifest.explain {
            files.push(EXPLAIN_FILE);
        }
        let mut ranges = HashMap::new();
        for file in files {
            ranges.insert(file, index_by_document(&dir.join(file))?);
        }
        Some(OutputRecords {
            dir: dir.to_path_buf(),
            ranges,
        })
    }

    /// The records of a document in one output file, as written.
    ///
    /// # Errors
    /// When the file cannot be read.
    pub fn records(&self, file: &'static str, doc_id: &str) -> std::io::Result<Vec<u8>> {
        let Some(&(start, end)) = self.ranges.get(file).and_then(|r| r.get(doc_id)) else {
            return Ok(Vec::new());
        };
        let mut handle = File::open(self.dir.join(file))?;
        handle.seek(SeekFrom::Start(start))?;
        let mut bytes = vec![0; (end - start) as usize];
        handle.read_exact(&mut bytes)?;
        Ok(bytes)
    }

    /// Every record of the document `entry` names, ready to be written again
    /// (`explain.jsonl`'s only when `explain`).
    ///
    /// # Errors
    /// A file that cannot be read, a document record that is not one, or a bad signature in
    /// the manifest entry.
    pub fn stored(
        &self,
        entry: ManifestEntry,
        explain: bool,
    ) -> Result<StoredDocument, ReuseError> {
        let records = |file| self.records(file, &entry.doc_id);
        Ok(StoredDocument {
            document: serde_json::from_slice(&records(DOCUMENTS_FILE)?)?,
            signature: Signature::from_hex(&entry.signature).ok_or(ReuseError::Signature)?,
            mentions: RecordLines::from_bytes(records(MENTIONS_FILE)?),
            claims: RecordLines::from_bytes(records(CLAIMS_FILE)?),
            explain: if explain {
                RecordLines::from_bytes(records(EXPLAIN_FILE)?)
            } else {
                RecordLines::new()
            },
            relations: None,
            entry,
        })
    }
}

/// The previous run's output, indexed for reuse.
#[derive(Debug)]
pub struct PreviousRun {
    records: OutputRecords,
    entries: HashMap<String, ManifestEntry>,
}

/// Just the `doc_id` of a record.
#[derive(Deserialize)]
struct DocId {
    doc_id: String,
}

impl PreviousRun {
    /// Loads the previous run of `dir` when it can be reused: a readable manifest made by the
    /// same coopex with the same result-changing options (`header`'s gazetteer hash, explain
    /// setting and size limit), and readable record files. `None` means a full run.
    pub fn load(dir: &Path, header: &Manifest) -> Option<PreviousRun> {
        let manifest = read_manifest(dir).ok()?;
        let compatible = manifest.gazetteer_hash == header.gazetteer_hash
            && manifest.coopex_version == env!("CARGO_PKG_VERSION")
            && manifest.schema_version == SCHEMA_VERSION
            && manifest.explain == header.explain
            && manifest.max_bytes == header.max_bytes;
        if !compatible {
            return None;
        }
        Some(PreviousRun {
            records: OutputRecords::open(dir, &manifest)?,
            entries: manifest
                .inputs
                .into_iter()
                .map(|e| (e.doc_id.clone(), e))
                .collect(),
        })
    }

    /// The previous run's records.
    pub fn records(&self) -> &OutputRecords {
        &self.records
    }

    /// The manifest entry of an input whose content has not changed since the previous run
    /// (same id and path, same size and SHA-256: a file rewritten within the clock's
    /// resolution, or touched without a change, is judged by its bytes, not its time), with
    /// its current modification time.
    pub fn unchanged(&self, input: &InputFile) -> Option<ManifestEntry> {
        let entry = self.entries.get(&input.doc_id)?;
        let (size, mtime_ns) = file_stamp(&input.path)?;
        if entry.path != input.path.to_string_lossy() || entry.size != size {
            return None;
        }
        let bytes = fs::read(&input.path).ok()?;
        if hex::encode(Sha256::digest(&bytes)) != entry.sha256 {
            return None;
        }
        Some(ManifestEntry {
            mtime_ns,
            ..entry.clone()
        })
    }
}

/// Why the previous run's records of an input cannot be reused.
#[derive(Debug, thiserror::Error)]
pub enum ReuseError {
    /// A previous output file could not be read.
    #[error("cannot read the previous output")]
    Read(#[from] std::io::Error),
    /// A previous record is not valid JSON of its type.
    #[error("malformed previous record")]
    Malformed(#[from] serde_json::Error),
    /// The manifest's near-duplicate signature is not valid.
    #[error("bad signature in the manifest")]
    Signature,
}

/// Byte ranges of each document's records in a JSON Lines file (a document's records are
/// contiguous). `None` when the file cannot be read or a line has no `doc_id`.
fn index_by_document(path: &Path) -> Option<HashMap<String, (u64, u64)>> {
    let mut reader = BufReader::new(File::open(path).ok()?);
    let mut ranges: HashMap<String, (u64, u64)> = HashMap::new();
    let mut line = Vec::new();
    let mut at = 0u64;
    loop {
        line.clear();
        let read = reader.read_until(b'\n', &mut line).ok()?;
        if read == 0 {
            break;
        }
        let end = at + read as u64;
        let id: DocId = serde_json::from_slice(&line).ok()?;
        ranges
            .entry(id.doc_id)
            .and_modify(|r| r.1 = end)
            .or_insert((at, end));
        at = end;
    }
    Some(ranges)
}
