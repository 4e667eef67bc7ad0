//! Scoring the pipeline against hand-made gold annotations (the format of the development set:
//! one JSON object per document with its `entities` and `claims`).
//!
//! - **Entities**: per document, the set of distinct entities of the scored types (country,
//!   agency, organization, mission, program). A gold entity is mapped to a gazetteer entry by
//!   its ISO code, its canonical name or its example text (any alias of the entry counts).
//! - **Claims**: a predicted claim matches a gold claim when their sentences overlap and their
//!   party sets are equal (the strict match), or share at least two parties (the lenient
//!   match); both matchings are one-to-one. Party pairs are the unordered pairs of parties each
//!   claim implies, distinct per document. Kind, polarity and modality are scored on strictly
//!   matched claims.

mod claims;
mod gold;
mod text;

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::gazetteer::EntityType;
use crate::ingest::{self, InputFile};
use crate::pipeline::Pipeline;
use crate::record::ClaimRecord;

pub use claims::ClaimScores;
use claims::ComparedClaim;
pub use gold::{entity_label, load_gold, GoldClaim, GoldDoc, GoldEntity};
use gold::{gold_key, scored_id};

/// The entity types the gold annotates and the scores count.
pub const SCORED_TYPES: [EntityType; 5] = [
    EntityType::Country,
    EntityType::Agency,
    EntityType::Organization,
    EntityType::Mission,
    EntityType::Program,
];

/// Mentions below this confidence are not counted as found.
const MIN_MENTION_CONFIDENCE: f64 = 0.5;

/// What stops an evaluation: the gold file or a document it names cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// The gold file could not be read.
    #[error("cannot read gold file {}", path.display())]
    ReadGold {
        /// The gold file.
        path: PathBuf,
        /// The underlying I/O error.
        source: std::io::Error,
    },
    /// A line of the gold file is not a gold document.
    #[error("{}:{line}: malformed gold line: {message}", path.display())]
    MalformedGold {
        /// The gold file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What the JSON reader said.
        message: String,
    },
    /// A document the gold names is missing or cannot be read as text.
    #[error("{}: {reason}", path.display())]
    Document {
        /// Where the document was looked for.
        path: PathBuf,
        /// Why it could not be read.
        reason: String,
    },
}

/// Precision, recall and F1 from counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Score {
    /// Found and right.
    pub true_positives: usize,
    /// Found but wrong.
    pub false_positives: usize,
    /// Missed.
    pub false_negatives: usize,
    /// tp / (tp + fp).
    pub precision: f64,
    /// tp / (tp + fn).
    pub recall: f64,
    /// Harmonic mean of precision and recall.
    pub f1: f64,
}

impl Score {
    fn add(&mut self, tp: usize, fp: usize, fn_: usize) {
        self.true_positives += tp;
        self.false_positives += fp;
        self.false_negatives += fn_;
        let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
        self.precision = ratio(
            self.true_positives,
            self.true_positives + self.false_positives,
        );
        self.recall = ratio(
            self.true_positives,
            self.true_positives + self.false_negatives,
        );
        self.f1 = if self.precision + self.recall == 0.0 {
            0.0
        } else {
            2.0 * self.precision * self.recall / (self.precision + self.recall)
        };
    }
}

/// Share of matched claims whose attribute agrees with the gold.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Accuracy {
    /// Agreeing.
    pub correct: usize,
    /// Compared.
    pub total: usize,
}

impl Accuracy {
    fn add(&mut self, ok: bool) {
        self.total += 1;
        self.correct += usize::from(ok);
    }

    /// correct / total (1.0 when nothing was compared).
    pub fn value(&self) -> f64 {
        if self.total == 0 {
            1.0
        } else {
            self.correct as f64 / self.total as f64
        }
    }
}

/// What one document got wrong, for the developer.
#[derive(Debug, Clone, Default, Serialize)]
pub struct DocumentErrors {
    /// The document.
    pub doc: String,
    /// Gold entities not found, by [`entity_label`]: `country:PE`, `organization:name:…`.
    pub missed_entities: Vec<String>,
    /// Entities found that the gold does not have, by [`entity_label`].
    pub false_entities: Vec<String>,
    /// Gold claims not matched (`parties | sentence`).
    pub missed_claims: Vec<String>,
    /// Predicted claims not matched (`parties | sentence`).
    pub false_claims: Vec<String>,
    /// Matched claims whose kind, polarity or modality differ (`field: predicted != gold`).
    pub attribute_errors: Vec<String>,
}

impl DocumentErrors {
    /// Lists the claims of a document the rules got wrong: gold claims without a match, claims
    /// without a gold claim, and matched claims whose attributes differ.
    fn add_claims(
        &mut self,
        gold: &[GoldClaim],
        records: &[ClaimRecord],
        rules: &[ComparedClaim],
        matched: &[Option<usize>],
    ) {
        for (gold_claim, hit) in gold.iter().zip(matched) {
            let Some(s) = *hit else {
                self.missed_claims.push(format!(
                    "{} | {}",
                    gold_claim.parties.join(", "),
                    short(&gold_claim.sentence)
                ));
                continue;
            };
            let want = [&gold_claim.kind, &gold_claim.polarity, &gold_claim.modality];
            for ((field, got), want) in rules[s].attributes().into_iter().zip(want) {
                if got != want {
                    self.attribute_errors.push(format!(
                        "{field}: {got} != {want} | {}",
                        short(&gold_claim.sentence)
                    ));
                }
            }
        }
        let used: Vec<usize> = matched.iter().flatten().copied().collect();
        for (i, (claim, record)) in rules.iter().zip(records).enumerate() {
            if !used.contains(&i) {
                self.false_claims.push(format!(
                    "{} {} | {}",
                    claim.kind,
                    claim.parties.iter().cloned().collect::<Vec<_>>().join(", "),
                    short(&record.evidence.text)
                ));
            }
        }
    }
}

/// The evaluation report.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    /// Documents scored.
    pub documents: usize,
    /// Entity scores over all documents.
    pub entities: Score,
    /// Entity scores by type.
    pub entities_by_type: BTreeMap<String, Score>,
    /// The rules' claim scores; in JSON their fields (`claims`, `claims_lenient`,
    /// `party_pairs`, `kind`, `polarity`, `modality`) sit at the top level.
    #[serde(flatten)]
    pub rules: ClaimScores,
    /// Per-document errors.
    pub errors: Vec<DocumentErrors>,
}

/// Runs the pipeline on every gold document found in `docs_dir` and scores it.
///
/// # Errors
/// A gold document that is missing or cannot be read.
pub fn evaluate(
    pipeline: &Pipeline,
    gold: &[GoldDoc],
    docs_dir: &Path,
) -> Result<Report, EvalError> {
    let gazetteer = pipeline.gazetteer();
    let mut report = Report::default();
    for gold_doc in gold {
        let path = docs_dir.join(&gold_doc.doc);
        let input = InputFile {
            doc_id: gold_doc.doc.clone(),
            path: path.clone(),
        };
        let doc = ingest::read_document(&input, ingest::DEFAULT_MAX_BYTES).map_err(|r| {
            EvalError::Document {
                path: path.clone(),
                reason: r.reason.to_string(),
            }
        })?;
        let output = pipeline.process(&doc);
        report.documents += 1;
        let mut errors = DocumentErrors {
            doc: gold_doc.doc.clone(),
            ..DocumentErrors::default()
        };

        // Entities.
        let names: HashMap<String, (String, String)> = gold_doc
            .entities
            .iter()
            .map(|e| {
                (
                    e.canonical.clone(),
                    (gold_key(gazetteer, e), e.entity_type.clone()),
                )
            })
            .collect();
        let gold_entities: BTreeMap<String, String> = names.values().cloned().collect();
        let scored = |t: &str| SCORED_TYPES.iter().any(|s| s.as_str() == t);
        let found: BTreeMap<String, String> = output
            .mentions
            .iter()
            .filter(|m| {
                scored(&m.entity_type)
                    && m.match_kind != "demonym"
                    && m.confidence >= MIN_MENTION_CONFIDENCE
            })
            .map(|m| (scored_id(&m.entity_id, &m.name), m.entity_type.clone()))
            .collect();
        for (id, t) in &gold_entities {
            let hit = found.contains_key(id);
            report.entities.add(usize::from(hit), 0, usize::from(!hit));
            report.entities_by_type.entry(t.clone()).or_default().add(
                usize::from(hit),
                0,
                usize::from(!hit),
            );
            if !hit {
                errors.missed_entities.push(entity_label(id, t));
            }
        }
        for (id, t) in &found {
            if !gold_entities.contains_key(id) {
                report.entities.add(0, 1, 0);
                report
                    .entities_by_type
                    .entry(t.clone())
                    .or_default()
                    .add(0, 1, 0);
                errors.false_entities.push(entity_label(id, t));
            }
        }

        // Claims.
        let party_key = |name: &String| {
            names.get(name).map_or_else(
                || format!("name:{}", name.to_lowercase()),
                |(k, _)| k.clone(),
            )
        };
        let gold_claims: Vec<ComparedClaim> = gold_doc
            .claims
            .iter()
            .map(|c| ComparedClaim::gold(&doc.text, c, party_key))
            .collect();
        let rules: Vec<ComparedClaim> = output
            .claims
            .iter()
            .map(ComparedClaim::from_record)
            .collect();
        let matched = report.rules.add_document(&gold_claims, &rules);
        errors.add_claims(&gold_doc.claims, &output.claims, &rules, &matched);
        report.errors.push(errors);
    }
    Ok(report)
}

fn short(sentence: &str) -> String {
    let mut s: String = sentence.chars().take(100).collect();
    if s.len() < sentence.len() {
        s.push('…');
    }
    s
}
