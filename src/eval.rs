//! Scoring the pipeline against hand-made gold annotations (the format of the development set:
//! one JSON object per document with its `entities` and `claims`).
//!
//! - **Entities**: per document, the set of distinct entities of the scored types (country,
//!   agency, organization, mission, program). A gold entity is mapped to a gazetteer entry by
//!   its ISO code, its canonical name or its example text (any alias of the entry counts).
//! - **Claims**: a predicted claim matches a gold claim when their sentences overlap and their
//!   party sets are equal (one-to-one). Party pairs are the unordered pairs of parties each
//!   claim implies, distinct per document. Kind, polarity and modality are scored on matched
//!   claims.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use anyhow::Context;
use serde::{Deserialize, Serialize};

use crate::gazetteer::{EntityType, Gazetteer};
use crate::ingest::{self, InputFile};
use crate::normalize::normalize_phrase;
use crate::pipeline::Pipeline;
use crate::record::ClaimRecord;

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

/// One gold document.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldDoc {
    /// File name of the document.
    pub doc: String,
    /// Every distinct entity, once.
    pub entities: Vec<GoldEntity>,
    /// Every claim, in document order.
    pub claims: Vec<GoldClaim>,
}

/// A gold entity.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldEntity {
    /// One surface form, as written in the document.
    pub text: String,
    /// Entity type.
    #[serde(rename = "type")]
    pub entity_type: String,
    /// Canonical name.
    pub canonical: String,
    /// ISO 3166-1 alpha-2 for countries.
    pub iso: Option<String>,
}

/// A gold claim.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldClaim {
    /// The sentence, verbatim.
    pub sentence: String,
    /// Canonical names of the parties.
    pub parties: Vec<String>,
    /// Canonical name of the mission, if any.
    pub mission: Option<String>,
    /// Claim kind.
    pub kind: String,
    /// Polarity.
    pub polarity: String,
    /// Modality.
    pub modality: String,
}

/// Reads a gold file (JSON Lines).
///
/// # Errors
/// An unreadable file or a malformed line (named by number).
pub fn load_gold(path: &Path) -> anyhow::Result<Vec<GoldDoc>> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read gold file {}", path.display()))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l)
                .with_context(|| format!("{}:{}: malformed gold line", path.display(), i + 1))
        })
        .collect()
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

/// The evaluation report.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    /// Documents scored.
    pub documents: usize,
    /// Entity scores over all documents.
    pub entities: Score,
    /// Entity scores by type.
    pub entities_by_type: BTreeMap<String, Score>,
    /// Claim scores.
    pub claims: Score,
    /// Party-pair scores.
    pub party_pairs: Score,
    /// Kind accuracy on matched claims.
    pub kind: Accuracy,
    /// Polarity accuracy on matched claims.
    pub polarity: Accuracy,
    /// Modality accuracy on matched claims.
    pub modality: Accuracy,
    /// Per-document errors.
    pub errors: Vec<DocumentErrors>,
}

/// Runs the pipeline on every gold document found in `docs_dir` and scores it.
///
/// # Errors
/// A gold document that is missing or cannot be read.
pub fn evaluate(pipeline: &Pipeline, gold: &[GoldDoc], docs_dir: &Path) -> anyhow::Result<Report> {
    let gazetteer = pipeline.gazetteer();
    let mut report = Report::default();
    for gold_doc in gold {
        let path = docs_dir.join(&gold_doc.doc);
        let input = InputFile {
            doc_id: gold_doc.doc.clone(),
            path: path.clone(),
        };
        let doc = ingest::read_document(&input, ingest::DEFAULT_MAX_BYTES)
            .map_err(|r| anyhow::anyhow!("{}: {}", path.display(), r.reason))?;
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
        let gold_claims: Vec<(usize, usize, BTreeSet<String>, &GoldClaim)> = gold_doc
            .claims
            .iter()
            .map(|c| {
                let start = doc.text.find(&c.sentence).unwrap_or(usize::MAX);
                let end = start.saturating_add(c.sentence.len());
                (start, end, c.parties.iter().map(party_key).collect(), c)
            })
            .collect();
        let predicted: Vec<(BTreeSet<String>, &ClaimRecord)> = output
            .claims
            .iter()
            .map(|c| {
                let parties = c.parties.iter().map(|p| scored_id(&p.entity_id, &p.name));
                (parties.collect(), c)
            })
            .collect();
        let mut used = vec![false; predicted.len()];
        for (start, end, parties, gold_claim) in &gold_claims {
            let hit = predicted.iter().enumerate().find(|(i, (p, c))| {
                !used[*i] && p == parties && c.evidence.start < *end && *start < c.evidence.end
            });
            match hit {
                Some((i, (_, claim))) => {
                    used[i] = true;
                    report.claims.add(1, 0, 0);
                    let checks = [
                        (
                            "kind",
                            claim.kind.as_str(),
                            gold_claim.kind.as_str(),
                            &mut report.kind,
                        ),
                        (
                            "polarity",
                            claim.polarity.as_str(),
                            gold_claim.polarity.as_str(),
                            &mut report.polarity,
                        ),
                        (
                            "modality",
                            claim.modality.as_str(),
                            gold_claim.modality.as_str(),
                            &mut report.modality,
                        ),
                    ];
                    for (field, got, want, accuracy) in checks {
                        accuracy.add(got == want);
                        if got != want {
                            errors.attribute_errors.push(format!(
                                "{field}: {got} != {want} | {}",
                                short(&gold_claim.sentence)
                            ));
                        }
                    }
                }
                None => {
                    report.claims.add(0, 0, 1);
                    errors.missed_claims.push(format!(
                        "{} | {}",
                        gold_claim.parties.join(", "),
                        short(&gold_claim.sentence)
                    ));
                }
            }
        }
        for (i, (parties, claim)) in predicted.iter().enumerate() {
            if !used[i] {
                report.claims.add(0, 1, 0);
                errors.false_claims.push(format!(
                    "{} {} | {}",
                    claim.kind.as_str(),
                    parties.iter().cloned().collect::<Vec<_>>().join(", "),
                    short(&claim.evidence.text)
                ));
            }
        }
        let gold_pairs = pairs(gold_claims.iter().map(|c| &c.2));
        let predicted_pairs = pairs(predicted.iter().map(|c| &c.0));
        let tp = gold_pairs.intersection(&predicted_pairs).count();
        report
            .party_pairs
            .add(tp, predicted_pairs.len() - tp, gold_pairs.len() - tp);
        report.errors.push(errors);
    }
    Ok(report)
}

/// The unordered pairs of parties the claims imply.
fn pairs<'a>(claims: impl Iterator<Item = &'a BTreeSet<String>>) -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    for parties in claims {
        let list: Vec<&String> = parties.iter().collect();
        for (i, a) in list.iter().enumerate() {
            for b in &list[i + 1..] {
                out.insert(((*a).clone(), (*b).clone()));
            }
        }
    }
    out
}

/// The id an entity is scored by: its gazetteer id, or for an entity the document itself
/// defined (`organization:local-…`) its name, as gold entities no gazetteer knows are keyed.
fn scored_id(entity_id: &str, name: &str) -> String {
    if entity_id.contains(":local-") {
        format!("name:{}", name.to_lowercase())
    } else {
        entity_id.to_string()
    }
}

/// How an entity key is shown: a gazetteer id (`country:PE`) already starts with its type and is
/// shown as it is; a name key (`name:…`, an entity no gazetteer entry has) gets its type in
/// front (`organization:name:…`), so every label carries its type exactly once.
pub fn entity_label(key: &str, entity_type: &str) -> String {
    if key.starts_with("name:") {
        format!("{entity_type}:{key}")
    } else {
        key.to_string()
    }
}

/// Maps a gold entity to a gazetteer id: ISO code first, then canonical name, then its text.
fn gold_key(gazetteer: &Gazetteer, entity: &GoldEntity) -> String {
    if let Some(iso) = &entity.iso {
        let id = format!("country:{iso}");
        if gazetteer.get(&id).is_some() {
            return id;
        }
    }
    let wanted_type = EntityType::parse(&entity.entity_type);
    for name in [&entity.canonical, &entity.text] {
        let key = normalize_phrase(name).to_lowercase();
        let matches: Vec<_> = gazetteer
            .entries()
            .iter()
            .filter(|e| {
                e.names()
                    .any(|a| normalize_phrase(&a.text).to_lowercase() == key)
            })
            .collect();
        let best = matches
            .iter()
            .find(|e| Some(e.kind) == wanted_type)
            .or(matches.first());
        if let Some(e) = best {
            return e.id.clone();
        }
    }
    format!("name:{}", entity.canonical.to_lowercase())
}

fn short(sentence: &str) -> String {
    let mut s: String = sentence.chars().take(100).collect();
    if s.len() < sentence.len() {
        s.push('…');
    }
    s
}

impl Report {
    /// The report as a table and error lists, for people.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let row = |name: &str, s: &Score| {
            format!(
                "{name:<22} {:>6.3} {:>6.3} {:>6.3}   (tp {} fp {} fn {})\n",
                s.precision, s.recall, s.f1, s.true_positives, s.false_positives, s.false_negatives
            )
        };
        out.push_str(&format!("documents: {}\n\n", self.documents));
        out.push_str(&format!("{:<22} {:>6} {:>6} {:>6}\n", "", "P", "R", "F1"));
        out.push_str(&row("entities", &self.entities));
        for (t, s) in &self.entities_by_type {
            out.push_str(&row(&format!("  {t}"), s));
        }
        out.push_str(&row("claims", &self.claims));
        out.push_str(&row("party pairs", &self.party_pairs));
        out.push_str(&format!(
            "\nmatched claims: kind {:.3}  polarity {:.3}  modality {:.3}\n",
            self.kind.value(),
            self.polarity.value(),
            self.modality.value()
        ));
        for e in &self.errors {
            let lists = [
                ("missed entity", &e.missed_entities),
                ("false entity", &e.false_entities),
                ("missed claim", &e.missed_claims),
                ("false claim", &e.false_claims),
                ("wrong attribute", &e.attribute_errors),
            ];
            if lists.iter().all(|(_, l)| l.is_empty()) {
                continue;
            }
            out.push_str(&format!("\n## {}\n", e.doc));
            for (label, list) in lists {
                for item in list {
                    out.push_str(&format!("  {label}: {item}\n"));
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(text: &str, entity_type: &str, iso: Option<&str>) -> GoldEntity {
        GoldEntity {
            text: text.to_string(),
            entity_type: entity_type.to_string(),
            canonical: text.to_string(),
            iso: iso.map(str::to_string),
        }
    }

    #[test]
    fn entity_labels_carry_their_type_once() {
        let gazetteer = Gazetteer::builtin().unwrap();
        let cases = [
            (entity("Peru", "country", Some("PE")), "country:PE"),
            (entity("NASA", "agency", None), "agency:nasa"),
            (
                entity("Zorbian Institute of Lunar Studies", "organization", None),
                "organization:name:zorbian institute of lunar studies",
            ),
        ];
        for (gold, want) in cases {
            let key = gold_key(&gazetteer, &gold);
            assert_eq!(entity_label(&key, &gold.entity_type), want, "{}", gold.text);
        }
    }
}
