//! The corpus-level half of a run, shared by `extract` and `reduce`: documents arrive one at a
//! time in output order — processed now, or records stored earlier (a previous run's, a map's)
//! — and are written while what spans documents is kept: counts, near-duplicates
//! ([`crate::run::dedup`]), relations and the network ([`crate::run::relations`]), the
//! manifest. What stays in memory grows with the number of documents (a signature each) and
//! claims (a citation each), never with their text.

use std::collections::BTreeMap;
use std::time::Instant;

use crate::gazetteer::{Gazetteer, GAZETTEER_VERSION};
use crate::pipeline::StageTimes;
use crate::record::{ClaimKind, ClaimRecord, DocumentRecord, RejectedRecord, Summary};
use crate::run::dedup::DuplicateIndex;
use crate::run::incremental::ManifestEntry;
use crate::run::relations::{Affiliations, DocumentRelations, RelationClaim, RelationSet};
use crate::run::spill::RecordLines;
use crate::run::write::{OutputSet, WriteError};
use crate::schema::SCHEMA_VERSION;
use crate::text::fingerprint::Signature;

/// A document whose records are encoded, ready to be written as they are: its mentions,
/// claims and explanations as whole JSON lines, made in this run or an earlier one.
#[derive(Debug)]
pub struct StoredDocument {
    /// Its `documents.jsonl` record (`near_duplicate_of` is decided again, for this run).
    pub document: DocumentRecord,
    /// Its near-duplicate signature.
    pub signature: Signature,
    /// Its lines of `mentions.jsonl`.
    pub mentions: RecordLines,
    /// Its lines of `claims.jsonl`.
    pub claims: RecordLines,
    /// Its lines of `explain.jsonl` (none when not explaining).
    pub explain: RecordLines,
    /// What the relations take from its claims, when it was made with the claim lines (a
    /// document processed in this run); `None` reads it from the claim lines.
    pub relations: Option<DocumentRelations>,
    /// Its manifest entry.
    pub entry: ManifestEntry,
}

/// Why a stored document cannot be written.
#[derive(Debug, thiserror::Error)]
pub enum StoredError {
    /// One of its claim lines is not a claim record.
    #[error("malformed claim record of {doc_id}")]
    Claim {
        /// The document.
        doc_id: String,
        /// What the JSON reader said.
        source: serde_json::Error,
    },
    /// Its records could not be read back from their temporary file.
    #[error("cannot read back the records of {doc_id}")]
    Spill {
        /// The document.
        doc_id: String,
        /// The read error.
        source: std::io::Error,
    },
    /// The output could not be written.
    #[error(transparent)]
    Write(#[from] WriteError),
}

/// Writes documents in order into an [`OutputSet`] and keeps what spans them, until
/// [`CorpusWriter::finish`] writes the corpus-level files and commits the set.
pub struct CorpusWriter {
    out: OutputSet,
    graphml: bool,
    summary: Summary,
    duplicates: DuplicateIndex,
    relations: RelationSet,
    /// Time per stage so far (`extract` adds its workers' times).
    pub times: StageTimes,
}

impl CorpusWriter {
    /// A writer into `out` for a run of `inputs` inputs on `jobs` worker threads, with the
    /// gazetteer that made the records (its affiliations decide who is not a partner of whom
    /// in the network); `graphml` also writes `network.graphml`.
    pub fn new(
        out: OutputSet,
        gazetteer: &Gazetteer,
        jobs: usize,
        inputs: usize,
        graphml: bool,
    ) -> CorpusWriter {
        CorpusWriter {
            out,
            graphml,
            summary: Summary {
                schema_version: SCHEMA_VERSION.to_string(),
                coopex_version: env!("CARGO_PKG_VERSION").to_string(),
                gazetteer_version: GAZETTEER_VERSION.to_string(),
                gazetteer_hash: gazetteer.hash().to_string(),
                inputs,
                documents: 0,
                reused: 0,
                rejected: 0,
                sentences: 0,
                mentions: 0,
                claims: 0,
                claims_by_kind: BTreeMap::new(),
                bytes: 0,
                jobs,
                elapsed_ms: 0,
            },
            duplicates: DuplicateIndex::new(),
            relations: RelationSet::new(Affiliations::of(gazetteer)),
            times: StageTimes::default(),
        }
    }

    /// Numbers a document, marks it as a near-duplicate of an earlier one if it is, and
    /// counts it; returns its number.
    fn admit(&mut self, document: &mut DocumentRecord, signature: &Signature) -> u32 {
        let original = self.duplicates.add(signature).map(|i| i as u32);
        let number = self.relations.register_document(&document.doc_id, original);
        document.near_duplicate_of = original.map(|i| self.relations.document_id(i).to_string());
        self.summary.documents += 1;
        self.summary.sentences += document.sentences;
        self.summary.bytes += document.bytes as u64;
        number
    }

    /// Counts a claim of `kind` in the summary.
    fn count_claim(&mut self, kind: ClaimKind) {
        self.summary.claims += 1;
        let kind = kind.as_str();
        match self.summary.claims_by_kind.get_mut(kind) {
            Some(count) => *count += 1,
            None => {
                self.summary.claims_by_kind.insert(kind.to_string(), 1);
            }
        }
    }

    /// Writes a document whose records are encoded; `reused` counts it as reused from the
    /// previous run into the same folder (`extract --incremental`).
    ///
    /// # Errors
    /// A claim line that is not a claim record, records that cannot be read back, or a write
    /// error.
    pub fn stored(&mut self, stored: StoredDocument, reused: bool) -> Result<(), StoredError> {
        let StoredDocument {
            mut document,
            signature,
            mentions,
            mut claims,
            explain,
            relations,
            entry,
        } = stored;
        document.signature = None;
        let number = self.admit(&mut document, &signature);
        self.summary.mentions += mentions.len();
        match relations {
            // The claims are added to the relations with the near-duplicate's original
            // counting as their source.
            Some(relations) => {
                for kind in relations.kinds() {
                    self.count_claim(kind);
                }
                self.relations.add_document(relations, number);
            }
            None => claims
                .try_for_each_line(|line| {
                    let claim: ClaimRecord = serde_json::from_slice(line)?;
                    self.count_claim(claim.kind);
                    self.relations.add(RelationClaim::of(&claim), number);
                    Ok(())
                })
                .map_err(|source| StoredError::Spill {
                    doc_id: document.doc_id.clone(),
                    source,
                })?
                .map_err(|source| StoredError::Claim {
                    doc_id: document.doc_id.clone(),
                    source,
                })?,
        }
        self.out
            .write_stored(&document, mentions, claims, explain)?;
        if reused {
            self.summary.reused += 1;
        }
        Ok(self.out.write_manifest_entry(&entry)?)
    }

    /// Writes an input that was rejected.
    ///
    /// # Errors
    /// On a write error.
    pub fn rejected(&mut self, rejected: &RejectedRecord) -> Result<(), WriteError> {
        self.summary.rejected += 1;
        self.out.write_rejection(rejected)
    }

    /// Writes the relations, the network, the manifest and the summary (its `elapsed_ms`
    /// counted from `started`), and puts the output set in place.
    ///
    /// # Errors
    /// On a write or rename error.
    pub fn finish(mut self, started: Instant) -> Result<Summary, WriteError> {
        self.summary.elapsed_ms = started.elapsed().as_millis() as u64;
        self.out
            .commit(&self.summary, &self.relations, self.graphml)?;
        Ok(self.summary)
    }
}
