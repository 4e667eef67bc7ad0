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
//!   [`crate::relations::to_graphml`].
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

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Component, Path, PathBuf};

use serde::de::DeserializeOwned;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::gazetteer::EntityType;
use crate::record::{
    ClaimKind, ClaimRecord, DocumentRecord, EntityRef, Network, QuoteSelector, Span,
};
use crate::write::{CLAIMS_FILE, DOCUMENTS_FILE, NETWORK_FILE};

/// What went wrong reading an output folder or its documents.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// A file could not be read.
    #[error("cannot read {}: {source}", path.display())]
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
        return Err(ExportError::UnknownDocument {
            claim_id: claim.claim_id.clone(),
            doc_id: claim.doc_id.clone(),
        });
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
    let by_id = base.join(&document.doc_id);
    if by_id != tried[0] {
        tried.push(by_id);
    }
    let Some(path) = tried.iter().find(|p| p.is_file()).cloned() else {
        return Err(ExportError::DocumentMissing {
            doc_id: document.doc_id.clone(),
            tried,
        });
    };
    let bytes = std::fs::read(&path).map_err(|source| ExportError::Read {
        path: path.clone(),
        source,
    })?;
    if format!("{:x}", Sha256::digest(&bytes)) != document.sha256 {
        return Err(ExportError::DocumentChanged {
            doc_id: document.doc_id.clone(),
            path,
        });
    }
    // The hash matched, so these are the bytes extract accepted as UTF-8; a failure here means
    // documents.jsonl lists a file extract would have rejected.
    String::from_utf8(bytes).map_err(|e| ExportError::Read {
        path,
        source: std::io::Error::new(std::io::ErrorKind::InvalidData, e),
    })
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

/// Columns of the CSV export, in order.
pub const CSV_HEADER: [&str; 18] = [
    "claim_id",
    "doc_id",
    "kind",
    "polarity",
    "modality",
    "cameo",
    "quad_class",
    "parties",
    "party_ids",
    "missions",
    "time",
    "confidence",
    "rule",
    "evidence_start",
    "evidence_end",
    "line",
    "column",
    "evidence",
];

/// The claims as CSV: a header line, then one row per claim (RFC 4180, CRLF line ends).
pub fn claims_csv(claims: &[ClaimRecord]) -> String {
    let mut out = String::new();
    push_csv_row(&mut out, CSV_HEADER.iter().map(|s| s.to_string()));
    for c in claims {
        let names = |refs: &[EntityRef]| {
            refs.iter()
                .map(|r| r.name.as_str())
                .collect::<Vec<_>>()
                .join("; ")
        };
        let party_ids = c
            .parties
            .iter()
            .map(|p| p.entity_id.as_str())
            .collect::<Vec<_>>()
            .join("; ");
        push_csv_row(
            &mut out,
            [
                c.claim_id.clone(),
                c.doc_id.clone(),
                c.kind.as_str().to_string(),
                c.polarity.as_str().to_string(),
                c.modality.as_str().to_string(),
                c.cameo.clone(),
                c.quad_class.to_string(),
                names(&c.parties),
                party_ids,
                names(&c.missions),
                c.time.as_ref().map_or(String::new(), |t| t.value.clone()),
                c.confidence.to_string(),
                c.rule.clone(),
                c.evidence.start.to_string(),
                c.evidence.end.to_string(),
                c.evidence.line.to_string(),
                c.evidence.column.to_string(),
                c.evidence.text.clone(),
            ],
        );
    }
    out
}

fn push_csv_row(out: &mut String, fields: impl IntoIterator<Item = String>) {
    for (i, field) in fields.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_csv_field(out, &field);
    }
    out.push_str("\r\n");
}

/// One field by RFC 4180: quoted when it holds a comma, a double quote or a line break, with
/// its double quotes doubled.
fn push_csv_field(out: &mut String, field: &str) {
    if field.contains([',', '"', '\r', '\n']) {
        out.push('"');
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
}

/// The brat type name of an output name: `launch_vehicle` → `LaunchVehicle`, `country` →
/// `Country`; characters brat does not allow in type names are dropped.
fn brat_type(name: &str) -> String {
    name.split('_')
        .map(|word| {
            let mut chars = word
                .chars()
                .filter(|c| c.is_ascii_alphanumeric() || *c == '-');
            chars.next().map_or(String::new(), |first| {
                first.to_ascii_uppercase().to_string() + &chars.collect::<String>()
            })
        })
        .collect()
}

/// The relative path, without extension, under which brat gets a document: its `doc_id` with a
/// `.txt` or `.md` extension removed (`news/a.md` → `news/a`; other names are kept whole).
///
/// # Errors
/// When the id would leave the output folder (an absolute path or `..`) or names no file.
pub fn brat_stem(doc_id: &str) -> Result<PathBuf, ExportError> {
    let unsafe_name = || ExportError::UnsafeName {
        doc_id: doc_id.to_string(),
    };
    let mut stem = PathBuf::new();
    for component in Path::new(doc_id).components() {
        match component {
            Component::Normal(part) => stem.push(part),
            Component::CurDir => {}
            Component::ParentDir | Component::RootDir | Component::Prefix(_) => {
                return Err(unsafe_name())
            }
        }
    }
    let has_text_extension = stem
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("txt") || e.eq_ignore_ascii_case("md"));
    if has_text_extension {
        stem.set_extension("");
    }
    if stem.file_name().is_none() {
        return Err(unsafe_name());
    }
    Ok(stem)
}

/// One document of a brat export: `<stem>.txt` holds `text`, `<stem>.ann` the annotations.
#[derive(Debug, Clone, PartialEq)]
pub struct BratDocument<'a> {
    /// Relative path without extension ([`brat_stem`]).
    pub stem: PathBuf,
    /// The document's text, unchanged.
    pub text: &'a str,
    /// The `.ann` file's content.
    pub annotations: String,
}

/// The brat files of every given document, annotated with its claims (a document without
/// claims gets an empty `.ann`).
///
/// # Errors
/// A claim whose document is not among `documents` or whose spans do not hold their text, a
/// document id that names no file inside the output folder, two documents with the same stem.
pub fn brat_documents<'a>(
    documents: &'a [SourceDocument],
    claims: &[ClaimRecord],
) -> Result<Vec<BratDocument<'a>>, ExportError> {
    let mut by_document: HashMap<(&str, &str), Vec<&ClaimRecord>> = HashMap::new();
    for claim in claims {
        by_document
            .entry((&claim.doc_id, &claim.doc_sha256))
            .or_default()
            .push(claim);
    }
    let mut stems: HashMap<PathBuf, &str> = HashMap::new();
    let mut out = Vec::with_capacity(documents.len());
    for document in documents {
        let record = &document.record;
        let stem = brat_stem(&record.doc_id)?;
        if let Some(first) = stems.insert(stem.clone(), &record.path) {
            return Err(ExportError::NameClash {
                first: first.to_string(),
                second: record.path.clone(),
                stem: stem.display().to_string(),
            });
        }
        let doc_claims = by_document
            .remove(&(record.doc_id.as_str(), record.sha256.as_str()))
            .unwrap_or_default();
        out.push(BratDocument {
            stem,
            text: &document.text,
            annotations: brat_annotations(&document.text, &doc_claims)?,
        });
    }
    if let Some(claim) = by_document.into_values().flatten().next() {
        return Err(ExportError::UnknownDocument {
            claim_id: claim.claim_id.clone(),
            doc_id: claim.doc_id.clone(),
        });
    }
    Ok(out)
}

/// A text-bound annotation being collected.
struct TextBound {
    brat_type: String,
    fragments: Vec<(usize, usize)>,
    text: String,
    entities: Vec<String>,
}

/// A claim as a brat event, arguments pointing into the text-bound annotations.
struct BratEvent<'c> {
    claim: &'c ClaimRecord,
    trigger: usize,
    arguments: Vec<(&'static str, usize)>,
}

/// Collects the annotations of one document.
struct BratBuilder<'t> {
    text: &'t str,
    offsets: CharOffsets<'t>,
    text_bounds: Vec<TextBound>,
    by_span: HashMap<(String, usize, usize), usize>,
}

impl<'t> BratBuilder<'t> {
    /// The index of the text-bound annotation of `brat_type` over bytes `start..end`, added if
    /// new; the span must hold `expected`.
    fn text_bound(
        &mut self,
        claim: &ClaimRecord,
        brat_type: String,
        (start, end, expected): (usize, usize, &str),
    ) -> Result<usize, ExportError> {
        let mismatch = || ExportError::SpanMismatch {
            claim_id: claim.claim_id.clone(),
            doc_id: claim.doc_id.clone(),
            start,
            end,
            text: expected.to_string(),
        };
        if start >= end || self.text.get(start..end) != Some(expected) {
            return Err(mismatch());
        }
        let key = (brat_type, start, end);
        if let Some(&index) = self.by_span.get(&key) {
            return Ok(index);
        }
        let fragments = line_fragments(expected, start)
            .into_iter()
            .map(|(from, to)| {
                Some((
                    self.offsets.char_offset(from)?,
                    self.offsets.char_offset(to)?,
                ))
            })
            .collect::<Option<Vec<_>>>()
            .ok_or_else(mismatch)?;
        let text = expected
            .split(['\n', '\r'])
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        self.text_bounds.push(TextBound {
            brat_type: key.0.clone(),
            fragments,
            text,
            entities: Vec::new(),
        });
        self.by_span.insert(key, self.text_bounds.len() - 1);
        Ok(self.text_bounds.len() - 1)
    }

    /// The text-bound annotation of a party or mission, noting the entity it names.
    fn entity(&mut self, claim: &ClaimRecord, entity: &EntityRef) -> Result<usize, ExportError> {
        let index = self.text_bound(
            claim,
            brat_type(&entity.entity_type),
            (entity.start, entity.end, &entity.text),
        )?;
        let label = format!("{} {}", entity.entity_id, entity.name);
        let entities = &mut self.text_bounds[index].entities;
        if !entities.contains(&label) {
            entities.push(label);
        }
        Ok(index)
    }
}

/// The byte ranges of `text` (which starts at byte `start`) between line breaks: brat cannot
/// hold a line break inside a text-bound fragment.
fn line_fragments(text: &str, start: usize) -> Vec<(usize, usize)> {
    let mut fragments = Vec::new();
    let mut from = None;
    for (i, c) in text.char_indices() {
        match (c == '\n' || c == '\r', from) {
            (true, Some(f)) => {
                fragments.push((start + f, start + i));
                from = None;
            }
            (false, None) => from = Some(i),
            _ => {}
        }
    }
    if let Some(f) = from {
        fragments.push((start + f, start + text.len()));
    }
    fragments
}

/// The cue that decided a claim's kind: the one its `rule` (`cue:<lemma>`, `sanction:<lemma>`,
/// `pair:<lemma>`, with `+…` suffixes) names, else the last cue (modal and negation cues come
/// before the main one).
fn main_cue(claim: &ClaimRecord) -> Option<&Span> {
    let lemma = claim
        .rule
        .split_once(':')
        .map(|(_, rest)| rest.split('+').next().unwrap_or(rest))
        .map(normalize_cue);
    lemma
        .and_then(|lemma| {
            claim
                .cues
                .iter()
                .find(|cue| !lemma.is_empty() && normalize_cue(&cue.text).starts_with(&lemma))
        })
        .or(claim.cues.last())
}

/// Lowercase, curly apostrophes straight, hyphens, dashes and white space runs as one space:
/// how the cue lexicon matches.
fn normalize_cue(text: &str) -> String {
    let mut out = String::new();
    let mut separator = false;
    for c in text.chars() {
        if c.is_whitespace() || matches!(c, '-' | '\u{2010}'..='\u{2015}' | '\u{2212}') {
            separator = true;
            continue;
        }
        if separator && !out.is_empty() {
            out.push(' ');
        }
        separator = false;
        match c {
            '\u{2018}' | '\u{2019}' => out.push('\''),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// The `.ann` content for one document's claims.
fn brat_annotations(text: &str, claims: &[&ClaimRecord]) -> Result<String, ExportError> {
    let mut builder = BratBuilder {
        text,
        offsets: CharOffsets::new(text),
        text_bounds: Vec::new(),
        by_span: HashMap::new(),
    };
    let mut events = Vec::with_capacity(claims.len());
    for &claim in claims {
        let mut arguments = Vec::new();
        for party in &claim.parties {
            arguments.push(("Party", builder.entity(claim, party)?));
        }
        for mission in &claim.missions {
            arguments.push(("Mission", builder.entity(claim, mission)?));
        }
        let kind_type = brat_type(claim.kind.as_str());
        let main = main_cue(claim);
        let trigger = match main {
            Some(cue) => builder.text_bound(claim, kind_type, (cue.start, cue.end, &cue.text))?,
            None => {
                let evidence = &claim.evidence;
                builder.text_bound(
                    claim,
                    kind_type,
                    (evidence.start, evidence.end, &evidence.text),
                )?
            }
        };
        for cue in claim.cues.iter().filter(|&c| Some(c) != main) {
            let index =
                builder.text_bound(claim, "Cue".to_string(), (cue.start, cue.end, &cue.text))?;
            arguments.push(("Cue", index));
        }
        // Two parties written by one span (a reference back) are one argument in brat.
        let mut seen = BTreeSet::new();
        arguments.retain(|&argument| seen.insert(argument));
        events.push(BratEvent {
            claim,
            trigger,
            arguments,
        });
    }
    Ok(render_brat(&builder.text_bounds, &events))
}

fn render_brat(text_bounds: &[TextBound], events: &[BratEvent<'_>]) -> String {
    let mut out = String::new();
    let mut note = 0;
    let mut attribute = 0;
    for (i, t) in text_bounds.iter().enumerate() {
        let spans = t
            .fragments
            .iter()
            .map(|(start, end)| format!("{start} {end}"))
            .collect::<Vec<_>>()
            .join(";");
        out.push_str(&format!(
            "T{}\t{} {spans}\t{}\n",
            i + 1,
            t.brat_type,
            t.text
        ));
    }
    for (i, t) in text_bounds.iter().enumerate() {
        if !t.entities.is_empty() {
            note += 1;
            out.push_str(&format!(
                "#{note}\tAnnotatorNotes T{}\t{}\n",
                i + 1,
                t.entities.join("; ")
            ));
        }
    }
    for (i, event) in events.iter().enumerate() {
        let claim = event.claim;
        let id = i + 1;
        let mut line = format!(
            "E{id}\t{}:T{}",
            brat_type(claim.kind.as_str()),
            event.trigger + 1
        );
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for &(role, index) in &event.arguments {
            let n = counts.entry(role).or_default();
            *n += 1;
            let suffix = if *n == 1 {
                String::new()
            } else {
                n.to_string()
            };
            line.push_str(&format!(" {role}{suffix}:T{}", index + 1));
        }
        out.push_str(&format!("{line}\n"));
        attribute += 1;
        out.push_str(&format!(
            "A{attribute}\tPolarity E{id} {}\n",
            claim.polarity.as_str()
        ));
        attribute += 1;
        out.push_str(&format!(
            "A{attribute}\tModality E{id} {}\n",
            claim.modality.as_str()
        ));
        note += 1;
        out.push_str(&format!(
            "#{note}\tAnnotatorNotes E{id}\tclaim {} ({}, confidence {})\n",
            claim.claim_id, claim.rule, claim.confidence
        ));
    }
    out
}

/// `annotation.conf` for a brat export: every entity type (and any other type the claims
/// use), `Cue`, one event type per claim kind with `Party`, `Mission` and `Cue` arguments, the
/// `Polarity` and `Modality` attributes, and overlaps allowed (a party and a mission may share a
/// span).
pub fn brat_annotation_conf(claims: &[ClaimRecord]) -> String {
    let mut entity_types: Vec<String> = EntityType::ALL
        .iter()
        .map(|t| brat_type(t.as_str()))
        .collect();
    for claim in claims {
        for entity in claim.parties.iter().chain(&claim.missions) {
            let name = brat_type(&entity.entity_type);
            if !entity_types.contains(&name) {
                entity_types.push(name);
            }
        }
    }
    let mut out = String::from(
        "# brat configuration of a coopex export: the parties and missions of cooperation\n\
         # claims as entities, each claim an event triggered by its main cue.\n\n[entities]\n",
    );
    for name in &entity_types {
        out.push_str(&format!("{name}\n"));
    }
    out.push_str(
        "Cue\n\n[relations]\n<OVERLAP>\tArg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>\n\n[events]\n",
    );
    out.push_str(&format!("<NAMED>={}\n", entity_types.join("|")));
    for kind in ClaimKind::ALL {
        out.push_str(&format!(
            "{}\tParty+:<NAMED>, Mission*:<NAMED>, Cue*:Cue\n",
            brat_type(kind.as_str())
        ));
    }
    out.push_str(
        "\n[attributes]\nPolarity\tArg:<EVENT>, Value:positive|negative\n\
         Modality\tArg:<EVENT>, Value:actual|planned|intended\n",
    );
    out
}

/// The claims as a W3C Web Annotation `AnnotationCollection` (JSON-LD), one annotation per
/// claim, in claim order.
///
/// # Errors
/// A claim whose document is not among `documents` or whose evidence does not hold its text.
pub fn web_annotations(
    documents: &[SourceDocument],
    claims: &[ClaimRecord],
) -> Result<Value, ExportError> {
    let by_key: HashMap<(&str, &str), (&SourceDocument, CharOffsets<'_>)> = documents
        .iter()
        .map(|d| {
            (
                (d.record.doc_id.as_str(), d.record.sha256.as_str()),
                (d, CharOffsets::new(&d.text)),
            )
        })
        .collect();
    let mut items = Vec::with_capacity(claims.len());
    for claim in claims {
        let Some((document, offsets)) =
            by_key.get(&(claim.doc_id.as_str(), claim.doc_sha256.as_str()))
        else {
            return Err(ExportError::UnknownDocument {
                claim_id: claim.claim_id.clone(),
                doc_id: claim.doc_id.clone(),
            });
        };
        items.push(web_annotation(document, offsets, claim)?);
    }
    let mut ids = Sha256::new();
    for claim in claims {
        ids.update(claim.claim_id.as_bytes());
        ids.update(b"\n");
    }
    let collection_id = format!(
        "urn:coopex:claims:{}",
        &format!("{:x}", ids.finalize())[..16]
    );
    Ok(json!({
        "@context": ["http://www.w3.org/ns/anno.jsonld", {"coopex": "urn:coopex:terms:"}],
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": "coopex cooperation claims",
        "total": claims.len(),
        "first": {
            "id": format!("{collection_id}:page:1"),
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        },
    }))
}

fn web_annotation(
    document: &SourceDocument,
    offsets: &CharOffsets<'_>,
    claim: &ClaimRecord,
) -> Result<Value, ExportError> {
    let evidence = &claim.evidence;
    let text = &document.text;
    let mismatch = || ExportError::SpanMismatch {
        claim_id: claim.claim_id.clone(),
        doc_id: claim.doc_id.clone(),
        start: evidence.start,
        end: evidence.end,
        text: evidence.text.clone(),
    };
    if text.get(evidence.start..evidence.end) != Some(evidence.text.as_str()) {
        return Err(mismatch());
    }
    let (Some(start), Some(end)) = (
        offsets.char_offset(evidence.start),
        offsets.char_offset(evidence.end),
    ) else {
        return Err(mismatch());
    };
    let quote = QuoteSelector::new(text, evidence.start, evidence.end);
    let names = |refs: &[EntityRef]| {
        refs.iter()
            .map(|r| r.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut summary = format!(
        "{} ({}, {}): {}",
        claim.kind.as_str(),
        claim.polarity.as_str(),
        claim.modality.as_str(),
        names(&claim.parties)
    );
    if !claim.missions.is_empty() {
        summary.push_str(&format!("; about {}", names(&claim.missions)));
    }
    let mut body = vec![json!({
        "type": "TextualBody",
        "purpose": "describing",
        "value": summary,
        "format": "text/plain",
        "language": "en",
    })];
    let tags = [
        claim.kind.as_str(),
        claim.polarity.as_str(),
        claim.modality.as_str(),
    ]
    .into_iter()
    .chain(claim.parties.iter().map(|p| p.entity_id.as_str()));
    body.extend(tags.map(|tag| json!({"type": "TextualBody", "purpose": "tagging", "value": tag})));
    let format = if document.record.doc_id.to_ascii_lowercase().ends_with(".md") {
        "text/markdown"
    } else {
        "text/plain"
    };
    Ok(json!({
        "id": format!("urn:coopex:claim:{}", claim.claim_id),
        "type": "Annotation",
        "motivation": "describing",
        "body": body,
        "target": {
            "type": "SpecificResource",
            "source": {
                "id": format!("urn:sha256:{}", document.record.sha256),
                "type": "Text",
                "format": format,
                "coopex:doc_id": document.record.doc_id,
                "coopex:path": document.record.path,
            },
            "selector": [
                quote,
                {"type": "TextPositionSelector", "start": start, "end": end},
            ],
        },
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_only_when_needed() {
        let cases = [
            ("plain", "plain"),
            ("", ""),
            ("a, b", "\"a, b\""),
            ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("two\nlines", "\"two\nlines\""),
            ("cr\rhere", "\"cr\rhere\""),
            ("curly “quotes” stay", "curly “quotes” stay"),
        ];
        for (field, want) in cases {
            let mut out = String::new();
            push_csv_field(&mut out, field);
            assert_eq!(out, want, "{field:?}");
        }
    }

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

    #[test]
    fn brat_stems_drop_text_extensions_and_stay_inside() {
        let cases = [
            ("a.txt", Some("a")),
            ("news/b.md", Some("news/b")),
            ("c.TXT", Some("c")),
            ("notes.text", Some("notes.text")),
            ("./d.txt", Some("d")),
            ("../e.txt", None),
            ("/etc/passwd", None),
            ("", None),
        ];
        for (doc_id, want) in cases {
            assert_eq!(
                brat_stem(doc_id).ok(),
                want.map(PathBuf::from),
                "{doc_id:?}"
            );
        }
    }

    #[test]
    fn brat_types_are_camel_case() {
        let cases = [
            ("country", "Country"),
            ("launch_vehicle", "LaunchVehicle"),
            ("joint_mission", "JointMission"),
            ("odd type!", "Oddtype"),
        ];
        for (name, want) in cases {
            assert_eq!(brat_type(name), want);
        }
    }

    #[test]
    fn line_fragments_split_at_line_breaks() {
        let cases: [(&str, &[(usize, usize)]); 4] = [
            ("United States", &[(10, 23)]),
            ("United\nStates", &[(10, 16), (17, 23)]),
            ("United\r\nStates", &[(10, 16), (18, 24)]),
            ("a\n\nb", &[(10, 11), (13, 14)]),
        ];
        for (text, want) in cases {
            assert_eq!(line_fragments(text, 10), want, "{text:?}");
        }
    }

    #[test]
    fn cues_normalize_like_the_lexicon() {
        let cases = [
            ("Involve  projects\nfrom", "involve projects from"),
            ("co-operation", "co operation"),
            ("China’s", "china's"),
        ];
        for (text, want) in cases {
            assert_eq!(normalize_cue(text), want);
        }
    }
}
