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
//! - **Baseline**: the rules are scored next to the co-occurrence baseline, on the same
//!   sentences and mentions: every sentence (as the pipeline segments it) whose counted
//!   mentions of countries, agencies and organisations name two or more distinct entities is one
//!   claim among all of them, a positive, actual collaboration. Its claims are scored by the
//!   same functions as the rules', and the report's [`Margin`] is rules minus baseline: a rule
//!   is worth what it adds over "named together, so cooperating".

mod baseline;
mod claims;
mod gold;
mod text;

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::gazetteer::{EntityType, Gazetteer};
use crate::pipeline::{catch_panic, DocumentOutput, Pipeline};
use crate::record::{ClaimRecord, MentionRecord};
use crate::text::ingest::{self, Document, InputFile};
use crate::text::segment;

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

/// The evaluation report: the rules' scores, the co-occurrence baseline's on the same
/// documents, and the margin between them.
///
/// JSON fields (stable; fields may be added): `documents`; `entities` and `entities_by_type`
/// (each a [`Score`]); the rules' [`ClaimScores`] at the top level: `claims`, `claims_lenient`,
/// `party_pairs`, `kind`, `polarity`, `modality`; `baseline`, the same fields for the
/// co-occurrence baseline; `margin` ([`Margin`]: `claim_f1`, `claim_lenient_f1`, `pair_f1`,
/// rules minus baseline); `errors` ([`DocumentErrors`], the rules' only).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    /// Documents scored.
    pub documents: usize,
    /// Entity scores over all documents.
    pub entities: Score,
    /// Entity scores by type.
    pub entities_by_type: BTreeMap<String, Score>,
    /// The rules' claim scores; in JSON their fields sit at the top level.
    #[serde(flatten)]
    pub rules: ClaimScores,
    /// The co-occurrence baseline's claim scores (the module docs say what it claims).
    pub baseline: ClaimScores,
    /// The rules' F1 minus the baseline's.
    pub margin: Margin,
    /// Per-document errors of the rules.
    pub errors: Vec<DocumentErrors>,
}

/// The rules' F1 minus the co-occurrence baseline's, over all documents: what the rules add to
/// "parties named in one sentence cooperate". Negative when the baseline does better.
///
/// JSON fields: `claim_f1`, `claim_lenient_f1`, `pair_f1`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Margin {
    /// Claim F1 (strict match), rules minus baseline.
    pub claim_f1: f64,
    /// Claim F1 (lenient match), rules minus baseline.
    pub claim_lenient_f1: f64,
    /// Party-pair F1, rules minus baseline.
    pub pair_f1: f64,
}

impl Margin {
    /// `rules` minus `baseline`, F1 by F1.
    pub fn between(rules: &ClaimScores, baseline: &ClaimScores) -> Margin {
        Margin {
            claim_f1: rules.claims.f1 - baseline.claims.f1,
            claim_lenient_f1: rules.claims_lenient.f1 - baseline.claims_lenient.f1,
            pair_f1: rules.party_pairs.f1 - baseline.party_pairs.f1,
        }
    }
}

/// Runs the pipeline on every gold document found in `docs_dir` and scores it.
///
/// # Errors
/// A gold document that is missing or cannot be read, or whose processing fails (a bug: the
/// error names the document and the panic's message).
pub fn evaluate(
    pipeline: &Pipeline,
    gold: &[GoldDoc],
    docs_dir: &Path,
) -> Result<Report, EvalError> {
    let mut report = Report::default();
    for gold_doc in gold {
        let doc = read_gold_document(docs_dir, gold_doc)?;
        catch_panic(|| report.add_document(pipeline, gold_doc, &doc)).map_err(|message| {
            EvalError::Document {
                path: docs_dir.join(&gold_doc.doc),
                reason: format!("internal error: {message}"),
            }
        })?;
    }
    Ok(report)
}

/// Reads the document a gold line names, from `docs_dir`.
fn read_gold_document(docs_dir: &Path, gold: &GoldDoc) -> Result<Document, EvalError> {
    let path = docs_dir.join(&gold.doc);
    let input = InputFile {
        doc_id: gold.doc.clone(),
        path: path.clone(),
    };
    ingest::read_document(&input, ingest::DEFAULT_MAX_BYTES).map_err(|r| EvalError::Document {
        path,
        reason: r.reason.to_string(),
    })
}

/// Whether a mention counts as found: not a demonym, and confident enough. Entity scores count
/// these mentions, and the baseline's parties are these mentions.
fn is_counted(mention: &MentionRecord) -> bool {
    mention.match_kind != "demonym" && mention.confidence >= MIN_MENTION_CONFIDENCE
}

/// A document's gold entities by canonical name: the key they are scored by (a gazetteer id,
/// or `name:…`) and their type.
struct GoldNames(HashMap<String, (String, String)>);

impl GoldNames {
    fn of(gazetteer: &Gazetteer, gold: &GoldDoc) -> GoldNames {
        GoldNames(
            gold.entities
                .iter()
                .map(|e| {
                    (
                        e.canonical.clone(),
                        (gold_key(gazetteer, e), e.entity_type.clone()),
                    )
                })
                .collect(),
        )
    }

    /// The distinct gold entities: key to type.
    fn entities(&self) -> BTreeMap<String, String> {
        self.0.values().cloned().collect()
    }

    /// The key a gold claim's party (a canonical name) is scored by.
    fn party_key(&self, name: &String) -> String {
        self.0.get(name).map_or_else(
            || format!("name:{}", name.to_lowercase()),
            |(key, _)| key.clone(),
        )
    }
}

impl Report {
    /// Runs the pipeline on one document and adds its scores, the rules' and the baseline's,
    /// to the report.
    pub fn add_document(&mut self, pipeline: &Pipeline, gold: &GoldDoc, doc: &Document) {
        let output = pipeline.process(doc);
        let names = GoldNames::of(pipeline.gazetteer(), gold);
        let mut errors = DocumentErrors {
            doc: gold.doc.clone(),
            ..DocumentErrors::default()
        };
        self.documents += 1;
        self.score_entities(&names.entities(), &output.mentions, &mut errors);
        let gold_claims: Vec<ComparedClaim> = gold
            .claims
            .iter()
            .map(|c| ComparedClaim::gold(&doc.text, c, |name| names.party_key(name)))
            .collect();
        self.score_rules(&gold_claims, gold, &output.claims, &mut errors);
        self.score_baseline(&gold_claims, doc, &output);
        self.errors.push(errors);
        self.margin = Margin::between(&self.rules, &self.baseline);
    }

    /// Scores the entities found (the counted mentions of the scored types) against the gold
    /// entities (key to type), overall and by type, noting misses and false alarms.
    fn score_entities(
        &mut self,
        gold: &BTreeMap<String, String>,
        mentions: &[MentionRecord],
        errors: &mut DocumentErrors,
    ) {
        let scored = |t: &str| SCORED_TYPES.iter().any(|s| s.as_str() == t);
        let found: BTreeMap<String, String> = mentions
            .iter()
            .filter(|m| scored(&m.entity_type) && is_counted(m))
            .map(|m| (scored_id(&m.entity_id, &m.name), m.entity_type.clone()))
            .collect();
        for (id, entity_type) in gold {
            let hit = found.contains_key(id);
            self.add_entity(entity_type, usize::from(hit), 0, usize::from(!hit));
            if !hit {
                errors.missed_entities.push(entity_label(id, entity_type));
            }
        }
        for (id, entity_type) in &found {
            if !gold.contains_key(id) {
                self.add_entity(entity_type, 0, 1, 0);
                errors.false_entities.push(entity_label(id, entity_type));
            }
        }
    }

    /// Adds counts to the entity score, overall and of the type.
    fn add_entity(&mut self, entity_type: &str, tp: usize, fp: usize, fn_: usize) {
        self.entities.add(tp, fp, fn_);
        self.entities_by_type
            .entry(entity_type.to_string())
            .or_default()
            .add(tp, fp, fn_);
    }

    /// Scores the rules' claims against the gold claims, noting what they got wrong.
    fn score_rules(
        &mut self,
        gold_claims: &[ComparedClaim],
        gold: &GoldDoc,
        records: &[ClaimRecord],
        errors: &mut DocumentErrors,
    ) {
        let rules: Vec<ComparedClaim> = records.iter().map(ComparedClaim::from_record).collect();
        let matched = self.rules.add_document(gold_claims, &rules);
        errors.add_claims(&gold.claims, records, &rules, &matched);
    }

    /// Scores the co-occurrence baseline on the same sentences and mentions as the rules.
    fn score_baseline(
        &mut self,
        gold_claims: &[ComparedClaim],
        doc: &Document,
        output: &DocumentOutput,
    ) {
        // The sentences the mentions' `sentence` indexes point into: the pipeline's own cut,
        // joined where a name runs across a sentence end, as the pipeline joins them.
        let mut sentences = segment::segment(&doc.text);
        segment::join_across(
            &mut sentences,
            output.mentions.iter().map(|m| (m.start, m.end)),
        );
        debug_assert_eq!(sentences.len(), output.document.sentences);
        let baseline = baseline::cooccurrence_claims(&sentences, &output.mentions);
        self.baseline.add_document(gold_claims, &baseline);
    }
}

fn short(sentence: &str) -> String {
    let mut s: String = sentence.chars().take(100).collect();
    if s.len() < sentence.len() {
        s.push('…');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Gazetteer;

    /// Scores one invented document against its invented gold line.
    fn report_of(text: &str, gold: &str) -> Report {
        let pipeline = Pipeline::new(Gazetteer::builtin().unwrap());
        let gold: GoldDoc = serde_json::from_str(gold).unwrap();
        let doc = ingest::check_bytes(
            gold.doc.clone(),
            gold.doc.clone(),
            text.as_bytes().to_vec(),
            1 << 20,
        )
        .unwrap();
        let mut report = Report::default();
        report.add_document(&pipeline, &gold, &doc);
        report
    }

    const TWO_SENTENCES: &str = "Japan and Brazil signed an agreement on lunar science. \
        Officials from Peru and Chile watched the launch on television.";

    const TWO_SENTENCES_GOLD: &str = r#"{"doc": "a.txt",
        "entities": [
            {"text": "Japan", "type": "country", "canonical": "Japan", "iso": "JP"},
            {"text": "Brazil", "type": "country", "canonical": "Brazil", "iso": "BR"},
            {"text": "Peru", "type": "country", "canonical": "Peru", "iso": "PE"},
            {"text": "Chile", "type": "country", "canonical": "Chile", "iso": "CL"}],
        "claims": [{"sentence": "Japan and Brazil signed an agreement on lunar science.",
            "parties": ["Japan", "Brazil"], "mission": null,
            "kind": "agreement", "polarity": "positive", "modality": "actual"}]}"#;

    fn counts(s: Score) -> (usize, usize, usize) {
        (s.true_positives, s.false_positives, s.false_negatives)
    }

    #[test]
    fn baseline_counts_every_sentence_naming_two_parties() {
        let report = report_of(TWO_SENTENCES, TWO_SENTENCES_GOLD);
        assert_eq!(counts(report.rules.claims), (1, 0, 0));
        // The second sentence names Peru and Chile: a false claim and a false pair.
        assert_eq!(counts(report.baseline.claims), (1, 1, 0));
        assert_eq!(counts(report.baseline.claims_lenient), (1, 1, 0));
        assert_eq!(counts(report.baseline.party_pairs), (1, 1, 0));
        // The baseline always says collaboration, positive, actual.
        assert_eq!(
            (report.baseline.kind.correct, report.baseline.kind.total),
            (0, 1)
        );
        assert_eq!(report.baseline.polarity.correct, 1);
        let third = 1.0 / 3.0;
        let margin = report.margin;
        for (got, name) in [
            (margin.claim_f1, "claim"),
            (margin.claim_lenient_f1, "lenient claim"),
            (margin.pair_f1, "pair"),
        ] {
            assert!((got - third).abs() < 1e-9, "{name} margin {got}");
        }
    }

    #[test]
    fn margin_is_rules_minus_baseline() {
        let scores = |claims: (usize, usize, usize), pairs: (usize, usize, usize)| {
            let mut s = ClaimScores::default();
            s.claims.add(claims.0, claims.1, claims.2);
            s.claims_lenient.add(claims.0 + 1, claims.1, claims.2);
            s.party_pairs.add(pairs.0, pairs.1, pairs.2);
            s
        };
        // (rules, baseline, claim F1 margin, pair F1 margin)
        let cases = [
            (
                scores((1, 0, 0), (1, 0, 0)),
                scores((1, 1, 0), (1, 0, 1)),
                1.0 / 3.0,
                1.0 / 3.0,
            ),
            (
                scores((1, 0, 1), (2, 0, 2)),
                scores((2, 0, 0), (4, 0, 0)),
                -1.0 / 3.0,
                -1.0 / 3.0,
            ),
            (
                scores((0, 1, 1), (0, 1, 1)),
                scores((0, 1, 1), (0, 1, 1)),
                0.0,
                0.0,
            ),
        ];
        for (i, (rules, baseline, claim, pair)) in cases.iter().enumerate() {
            let margin = Margin::between(rules, baseline);
            assert!(
                (margin.claim_f1 - claim).abs() < 1e-9,
                "case {i}: {margin:?}"
            );
            assert!((margin.pair_f1 - pair).abs() < 1e-9, "case {i}: {margin:?}");
            let lenient = rules.claims_lenient.f1 - baseline.claims_lenient.f1;
            assert_eq!(margin.claim_lenient_f1, lenient, "case {i}");
        }
    }

    #[test]
    fn report_leads_with_the_margin_and_keeps_it_in_json() {
        let report = report_of(TWO_SENTENCES, TWO_SENTENCES_GOLD);
        let text = report.to_text();
        let headline = text.lines().next().unwrap();
        assert!(
            headline.starts_with("rules minus baseline: claim F1 +0.333"),
            "{headline}"
        );
        assert!(headline.contains("party-pair F1 +0.333"), "{headline}");
        assert!(
            text.contains("  baseline              0.500  1.000  0.667   (tp 1 fp 1 fn 0)"),
            "{text}"
        );
        let json = serde_json::to_value(&report).unwrap();
        for path in [
            "/claims/f1",
            "/claims_lenient/f1",
            "/party_pairs/f1",
            "/kind/correct",
            "/baseline/claims/f1",
            "/baseline/claims_lenient/f1",
            "/baseline/party_pairs/f1",
            "/baseline/kind/total",
            "/baseline/polarity/total",
            "/baseline/modality/total",
            "/margin/claim_f1",
            "/margin/claim_lenient_f1",
            "/margin/pair_f1",
        ] {
            assert!(
                json.pointer(path).is_some_and(|v| v.is_number()),
                "{path}: {json}"
            );
        }
    }
}
