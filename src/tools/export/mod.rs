//! Interchange formats: the claims of an output folder for the tools people already use.
//!
//! `coopex export` reads the files `extract` wrote (`documents.jsonl`, `claims.jsonl`,
//! `network.json`) with [`read_documents`], [`read_claims`] and [`read_network`], and turns the
//! records into one of four formats with the pure functions of this module:
//!
//! - **csv** ([`claims_csv`]): one row per claim under the header [`CSV_HEADER`], written by RFC
//!   4180 (CRLF line ends; a field holding a comma, a double quote or a line break is quoted,
//!   its quotes doubled). `parties` and `missions` are canonical names and `party_ids` entity
//!   ids, each list joined with `; `; `time` is the stated time's value; `evidence_start` and
//!   `evidence_end` are byte offsets as in the records, `line` and `column` the evidence's.
//! - **brat** ([`brat_documents`], [`brat_annotation_conf`]): brat standoff for re-annotation,
//!   described below.
//! - **webanno** ([`web_annotations`]): a W3C Web Annotation `AnnotationCollection`
//!   (JSON-LD), one `Annotation` per claim, described below.
//! - **graphml**: the cooperation network of `network.json`, written by
//!   [`crate::run::relations::to_graphml`].
//!
//! Records carry byte offsets; brat and the W3C `TextPositionSelector` count characters
//! (Unicode code points), so every offset is converted against the document's text
//! ([`CharOffsets`]). The text is read from the path `extract` recorded and checked against the
//! recorded SHA-256 ([`read_sources`]), and every span is checked against the text, so a
//! document edited since `extract` is an error instead of shifted annotations.
//!
//! # brat representation
//!
//! For each document, `<stem>.txt` (the document's bytes, unchanged) and `<stem>.ann`, where the
//! stem is the `doc_id` without its `.txt` or `.md` extension ([`brat_stem`]); `annotation.conf`
//! beside them declares the types. In the `.ann` file:
//!
//! - a text-bound annotation `T<n>\t<Type> <start> <end>\t<text>` for each party and mission of
//!   each claim, typed by the entity type (`Country`, `Agency`, `Organization`, `Mission`,
//!   `Program`, …; `launch_vehicle` becomes `LaunchVehicle`), identical spans of one type written
//!   once; a span crossing a line break is written as fragments (`0 5;6 12`, its text the
//!   fragments joined by a space), the way brat stores it;
//! - one **event** per claim, `E<n>\t<Kind>:T<trigger> Party:T<a> Party2:T<b> … Mission:T<m>
//!   … Cue:T<c>`: brat requires an event's trigger to carry the event's type, so the claim's
//!   main cue (the one its `rule` names, else its last cue, else the evidence sentence) is the
//!   trigger, typed by the claim's kind (`Agreement`, `JointMission`, `Participation`,
//!   `Contribution`, `Collaboration`, `Prohibition`, `Intent`); the other cues (a modal
//!   "will", a negation) are `Cue` annotations attached as `Cue` arguments;
//! - attributes `A<n>\tPolarity E<n> positive|negative` and `A<n>\tModality E<n>
//!   actual|planned|intended` for every event;
//! - notes `#<n>\tAnnotatorNotes E<n>\tclaim <claim_id> …` linking each event back to its
//!   claim, and `#<n>\tAnnotatorNotes T<n>\t<entity_id> <name>` naming each entity.
//!
//! # Web Annotation representation
//!
//! The collection has `@context` `["http://www.w3.org/ns/anno.jsonld", {"coopex":
//! "urn:coopex:terms:"}]` (the second entry defines the prefix of the extension properties),
//! an `id` derived from the claim ids, `total`, and `first`, an `AnnotationPage` whose `items`
//! are the annotations. Each annotation has `id` `urn:coopex:claim:<claim_id>`, motivation
//! `describing`, a `describing` `TextualBody` summarising the claim and `tagging` bodies for its
//! kind, polarity, modality and party ids, and a `SpecificResource` target: `source` is the
//! document (`id` `urn:sha256:<sha256>`, with `coopex:doc_id` and `coopex:path`), `selector` a
//! `TextQuoteSelector` (the evidence sentence, with up to 32 characters of prefix and suffix)
//! and a `TextPositionSelector` (character offsets).

mod brat;
mod csv;
mod webanno;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use crate::record::{ClaimRecord, DocumentRecord, EntityRef, Network};
use crate::run::files::{CLAIMS_FILE, DOCUMENTS_FILE, NETWORK_FILE};
use crate::text::ingest;

pub use brat::{brat_annotation_conf, brat_documents, brat_stem, BratDocument};
pub use csv::{claims_csv, CSV_HEADER};
pub use webanno::web_annotations;

/// What went wrong reading an output folder or its documents.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// A file could not be read.
    #[error("cannot read {}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// The underlying I/O error.
        source: std::io::Error,
    },
    /// A line of a JSON Lines file is not a valid record.
    #[error("{}:{line}: malformed record: {message}", path.display())]
    MalformedLine {
        /// The file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What the JSON reader said.
        message: String,
    },
    /// A JSON file is not a valid record.
    #[error("{}: malformed record: {message}", path.display())]
    MalformedFile {
        /// The file.
        path: PathBuf,
        /// What the JSON reader said.
        message: String,
    },
    /// A claim names a document that `documents.jsonl` does not list.
    #[error("{CLAIMS_FILE}: claim {claim_id} names document {doc_id}, which {DOCUMENTS_FILE} does not list")]
    UnknownDocument {
        /// The claim.
        claim_id: String,
        /// The document it names.
        doc_id: String,
    },
    /// No file was found for a document.
    #[error("cannot find document {doc_id}: no file at {} (give --corpus DIR: the folder extract was run from)", tried.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(" or "))]
    DocumentMissing {
        /// The document.
        doc_id: String,
        /// The paths looked at.
        tried: Vec<PathBuf>,
    },
    /// A document's bytes are not the ones `extract` read.
    #[error("{}: document {doc_id} has changed since extract (its SHA-256 is not the one in {DOCUMENTS_FILE})", path.display())]
    DocumentChanged {
        /// The document.
        doc_id: String,
        /// The file read.
        path: PathBuf,
    },
    /// A claim's span does not hold its text in the document.
    #[error(
        "{CLAIMS_FILE}: claim {claim_id}: bytes {start}..{end} of {doc_id} do not hold {text:?}"
    )]
    SpanMismatch {
        /// The claim.
        claim_id: String,
        /// Its document.
        doc_id: String,
        /// Start byte offset.
        start: usize,
        /// End byte offset.
        end: usize,
        /// The text the record says is there.
        text: String,
    },
    /// A document id cannot be turned into a file name inside the output folder.
    #[error("document id {doc_id} does not name a file inside the output folder")]
    UnsafeName {
        /// The document.
        doc_id: String,
    },
    /// Two documents would be written under the same brat file names.
    #[error("documents {first} and {second} would both be written as {stem}.txt and {stem}.ann")]
    NameClash {
        /// The first document's path.
        first: String,
        /// The second document's path.
        second: String,
        /// The shared file stem.
        stem: String,
    },
}

impl ExportError {
    /// A claim names a document that is not among those read.
    fn unknown_document(claim: &ClaimRecord) -> ExportError {
        ExportError::UnknownDocument {
            claim_id: claim.claim_id.clone(),
            doc_id: claim.doc_id.clone(),
        }
    }

    /// A span of `claim` (bytes `start..end`) does not hold `text` in its document.
    fn span_mismatch(claim: &ClaimRecord, start: usize, end: usize, text: &str) -> ExportError {
        ExportError::SpanMismatch {
            claim_id: claim.claim_id.clone(),
            doc_id: claim.doc_id.clone(),
            start,
            end,
            text: text.to_string(),
        }
    }
}

/// Reads `documents.jsonl` of an output folder.
///
/// # Errors
/// When the file cannot be read or a line is not a document record (naming file and line).
pub fn read_documents(dir: &Path) -> Result<Vec<DocumentRecord>, ExportError> {
    read_jsonl(&dir.join(DOCUMENTS_FILE))
}

/// Reads `claims.jsonl` of an output folder.
///
/// # Errors
/// When the file cannot be read or a line is not a claim record (naming file and line).
pub fn read_claims(dir: &Path) -> Result<Vec<ClaimRecord>, ExportError> {
    read_jsonl(&dir.join(CLAIMS_FILE))
}

/// Reads `network.json` of an output folder.
///
/// # Errors
/// When the file cannot be read or is not a network record.
pub fn read_network(dir: &Path) -> Result<Network, ExportError> {
    let path = dir.join(NETWORK_FILE);
    let text = read_text(&path)?;
    serde_json::from_str(&text).map_err(|e| ExportError::MalformedFile {
        path,
        message: e.to_string(),
    })
}

fn read_text(path: &Path) -> Result<String, ExportError> {
    std::fs::read_to_string(path).map_err(|source| ExportError::Read {
        path: path.to_path_buf(),
        source,
    })
}

/// One record per non-blank line; an error names the file and the 1-based line.
fn read_jsonl<T: DeserializeOwned>(path: &Path) -> Result<Vec<T>, ExportError> {
    let text = read_text(path)?;
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(index, line)| {
            serde_json::from_str(line).map_err(|e| ExportError::MalformedLine {
                path: path.to_path_buf(),
                line: index + 1,
                message: e.to_string(),
            })
        })
        .collect()
}

/// A document record with its text, for the formats that cite the text.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceDocument {
    /// The document's line of `documents.jsonl`.
    pub record: DocumentRecord,
    /// Its text, byte for byte the file `extract` read.
    pub text: String,
}

/// Reads the text of the documents an export cites: those with claims, or every document when
/// `all` is set, in the order of `documents.jsonl`. Each document is looked for at its recorded
/// `path` resolved against `base` (empty: the current folder), then at its `doc_id` under
/// `base`, and must have the recorded SHA-256.
///
/// # Errors
/// A claim naming a document `documents.jsonl` does not list, a document not found, unreadable,
/// changed since `extract` or not UTF-8.
pub fn read_sources(
    documents: &[DocumentRecord],
    claims: &[ClaimRecord],
    base: &Path,
    all: bool,
) -> Result<Vec<SourceDocument>, ExportError> {
    let listed: BTreeSet<(&str, &str)> = documents
        .iter()
        .map(|d| (d.doc_id.as_str(), d.sha256.as_str()))
        .collect();
    let cited: BTreeSet<(&str, &str)> = claims
        .iter()
        .map(|c| (c.doc_id.as_str(), c.doc_sha256.as_str()))
        .collect();
    if let Some(claim) = claims
        .iter()
        .find(|c| !listed.contains(&(c.doc_id.as_str(), c.doc_sha256.as_str())))
    {
        return Err(ExportError::unknown_document(claim));
    }
    documents
        .iter()
        .filter(|d| all || cited.contains(&(d.doc_id.as_str(), d.sha256.as_str())))
        .map(|d| {
            Ok(SourceDocument {
                record: d.clone(),
                text: read_document_text(d, base)?,
            })
        })
        .collect()
}

/// Reads one document's text, checking it is the one `extract` read.
fn read_document_text(document: &DocumentRecord, base: &Path) -> Result<String, ExportError> {
    let mut tried = vec![base.join(&document.path)];
    let by_id = base.join(ingest::source_file_of(&document.doc_id));
    if by_id != tried[0] {
        tried.push(by_id);
    }
    let Some(path) = tried.iter().find(|p| p.is_file()).cloned() else {
        return Err(ExportError::DocumentMissing {
            doc_id: document.doc_id.clone(),
            tried,
        });
    };
    let (sha256, text) =
        ingest::read_source(&path, &document.doc_id).map_err(|source| ExportError::Read {
            path: path.clone(),
            source,
        })?;
    match text {
        Some(text) if sha256 == document.sha256 => Ok(text),
        _ => Err(ExportError::DocumentChanged {
            doc_id: document.doc_id.clone(),
            path,
        }),
    }
}

/// Converts byte offsets of a text into character (Unicode code point) offsets, the unit brat
/// and the W3C `TextPositionSelector` count in. Keeps the character count at every 4 KiB so a
/// conversion scans at most one block, whatever the document's size.
#[derive(Debug)]
pub struct CharOffsets<'a> {
    text: &'a str,
    chars_before_block: Vec<usize>,
}

const CHAR_BLOCK: usize = 4096;

/// Whether a byte continues a UTF-8 sequence (every other byte starts a character).
fn is_continuation(byte: u8) -> bool {
    byte & 0xC0 == 0x80
}

impl<'a> CharOffsets<'a> {
    /// Indexes `text`.
    pub fn new(text: &'a str) -> CharOffsets<'a> {
        let mut chars_before_block = Vec::with_capacity(text.len() / CHAR_BLOCK + 2);
        let mut count = 0;
        for block in text.as_bytes().chunks(CHAR_BLOCK) {
            chars_before_block.push(count);
            count += block.iter().filter(|&&b| !is_continuation(b)).count();
        }
        chars_before_block.push(count);
        CharOffsets {
            text,
            chars_before_block,
        }
    }

    /// The character offset of byte offset `byte`, or `None` when it is not a character
    /// boundary of the text (inside a character or past the end).
    pub fn char_offset(&self, byte: usize) -> Option<usize> {
        if !self.text.is_char_boundary(byte) {
            return None;
        }
        let block = byte / CHAR_BLOCK;
        let before = self.chars_before_block.get(block)?;
        let partial = self.text.as_bytes()[block * CHAR_BLOCK..byte]
            .iter()
            .filter(|&&b| !is_continuation(b))
            .count();
        Some(before + partial)
    }
}

/// The canonical names of `refs`, joined with `separator`.
fn join_names(refs: &[EntityRef], separator: &str) -> String {
    refs.iter()
        .map(|r| r.name.as_str())
        .collect::<Vec<_>>()
        .join(separator)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_count_code_points() {
        let text = "a“b”c 🚀 d";
        let offsets = CharOffsets::new(text);
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(
                offsets.char_offset(byte),
                Some(text[..byte].chars().count()),
                "byte {byte}"
            );
        }
        assert_eq!(offsets.char_offset(2), None, "inside “");
        assert_eq!(offsets.char_offset(text.len() + 1), None);
    }

    #[test]
    fn char_offsets_cross_blocks() {
        let text = "é".repeat(CHAR_BLOCK) + "x";
        let offsets = CharOffsets::new(&text);
        for byte in [0, CHAR_BLOCK, CHAR_BLOCK * 2, text.len()] {
            assert_eq!(
                offsets.char_offset(byte),
                Some(text[..byte].chars().count())
            );
        }
        let exact = "a".repeat(CHAR_BLOCK);
        assert_eq!(
            CharOffsets::new(&exact).char_offset(CHAR_BLOCK),
            Some(CHAR_BLOCK)
        );
    }
}
