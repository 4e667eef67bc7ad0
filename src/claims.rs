//! Stage 6, sentences to cooperation claims. For every body or bullet sentence the rules look
//! at its cues (from `gazetteers/cues.tsv`), its parties (countries, agencies, organisations)
//! and its missions:
//!
//! 1. **Sources are not parties.** Bodies in an "according to …" phrase or in an attribution
//!    after a quotation or a final comma ("…, NASA said.", "…," said Liu, director of …) are
//!    dropped, and so is a country right after a preposition of place ("in China").
//! 2. **References back** fill what the sentence leaves implicit: "both sides", "the two
//!    agencies" add the parties of the previous claim (or the two most recent parties), "the
//!    mission", "the probe" add the most recent mission. Such claims get a lower confidence.
//! 3. **Kind** comes from the strongest cue (prohibition, agreement, joint mission,
//!    contribution, participation, intent, collaboration); a negation right before a cue flips
//!    it ("no longer working with" is a prohibition; "did not end" is not).
//! 4. **Modality** comes from planned or intended cues before the main cue ("will", "is expected
//!    to"; "hopes", "desire to"); collaboration that is only intended is an `intent`.
//! 5. A claim needs a cue and at least two distinct parties; a sentence with a list yields one
//!    claim with all of them.

use std::collections::HashSet;

use crate::gazetteer::{CueMatch, CueRole, EntityType, Gazetteer};
use crate::record::{ClaimKind, Modality, Polarity};
use crate::resolve::Mention;
use crate::segment::{words, Sentence, UnitKind};

/// Mentions below this confidence (unresolved ambiguity, demonyms) are never parties.
const MIN_PARTY_CONFIDENCE: f64 = 0.5;
/// Confidence of a claim whose parties and mission are all named in the sentence.
const BASE_CONFIDENCE: f64 = 0.9;
/// Factor applied when a party or the mission comes from a reference back.
const REFERENCE_FACTOR: f64 = 0.8;
/// How many sentences back a reference may reach for its antecedent.
const REFERENCE_REACH: usize = 6;
/// How many words may stand between a negation and the cue it negates.
const NEGATION_REACH: usize = 3;

/// An entity taking part in a claim, with the span that names it.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimEntity {
    /// Gazetteer entry index.
    pub entry: usize,
    /// Raw start of the naming span (for a reference back: of the antecedent).
    pub start: usize,
    /// Raw end of the naming span.
    pub end: usize,
}

/// A claim as the rules found it, before it becomes a record.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    /// Index of the evidence sentence.
    pub sentence: usize,
    /// What the claim states.
    pub kind: ClaimKind,
    /// Stated or stopped.
    pub polarity: Polarity,
    /// Actual, planned or intended.
    pub modality: Modality,
    /// The parties, in text order, distinct.
    pub parties: Vec<ClaimEntity>,
    /// The missions or programmes, distinct.
    pub missions: Vec<ClaimEntity>,
    /// The cue spans that decided kind, polarity and modality.
    pub cues: Vec<(usize, usize)>,
    /// 0–1.
    pub confidence: f64,
    /// Which rule produced it.
    pub rule: String,
}

/// What earlier sentences said, for references back.
#[derive(Default)]
struct Discourse {
    /// Party mentions seen so far: (sentence, entity), most recent last.
    parties: Vec<(usize, ClaimEntity)>,
    /// Mission mentions seen so far: (sentence, entity), most recent last.
    missions: Vec<(usize, ClaimEntity)>,
    /// The parties of the most recent claim and its sentence.
    last_claim: Option<(usize, Vec<ClaimEntity>)>,
}

impl Discourse {
    /// The two most recent distinct parties within reach of `sentence`.
    fn recent_parties(&self, sentence: usize) -> Vec<ClaimEntity> {
        if let Some((at, parties)) = &self.last_claim {
            if sentence - at <= REFERENCE_REACH {
                return parties.clone();
            }
        }
        let mut out: Vec<ClaimEntity> = Vec::new();
        for (at, party) in self.parties.iter().rev() {
            if sentence - at > REFERENCE_REACH || out.len() == 2 {
                break;
            }
            if !out.iter().any(|p| p.entry == party.entry) {
                out.push(party.clone());
            }
        }
        out.reverse();
        out
    }

    fn recent_mission(&self, sentence: usize) -> Option<ClaimEntity> {
        self.missions
            .last()
            .filter(|(at, _)| sentence - at <= REFERENCE_REACH)
            .map(|(_, m)| m.clone())
    }
}

/// Extracts the claims of one document, in sentence order.
pub fn extract(
    gazetteer: &Gazetteer,
    text: &str,
    sentences: &[Sentence],
    mentions: &[Mention],
    cues: &[CueMatch],
) -> Vec<Claim> {
    let mut discourse = Discourse::default();
    let mut claims = Vec::new();
    let mut mention_at = 0;
    let mut cue_at = 0;
    for (index, sentence) in sentences.iter().enumerate() {
        let first_mention = mention_at;
        while mention_at < mentions.len() && mentions[mention_at].start < sentence.end {
            mention_at += 1;
        }
        let first_cue = cue_at;
        while cue_at < cues.len() && cues[cue_at].start < sentence.end {
            cue_at += 1;
        }
        if !matches!(sentence.kind, UnitKind::Body | UnitKind::Bullet) {
            continue;
        }
        let in_sentence = |start: usize| start >= sentence.start;
        let sentence_mentions: Vec<&Mention> = mentions[first_mention..mention_at]
            .iter()
            .filter(|m| in_sentence(m.start))
            .collect();
        let sentence_cues: Vec<&CueMatch> = cues[first_cue..cue_at]
            .iter()
            .filter(|c| in_sentence(c.start))
            .collect();
        let view = SentenceView {
            gazetteer,
            text,
            sentence,
            index,
            mentions: sentence_mentions,
            cues: sentence_cues,
        };
        if let Some(claim) = view.claim(&discourse) {
            discourse.last_claim = Some((index, claim.parties.clone()));
            claims.push(claim);
        }
        view.remember(&mut discourse);
    }
    claims
}

/// One sentence with its mentions and cues.
struct SentenceView<'a> {
    gazetteer: &'a Gazetteer,
    text: &'a str,
    sentence: &'a Sentence,
    index: usize,
    mentions: Vec<&'a Mention>,
    cues: Vec<&'a CueMatch>,
}

impl SentenceView<'_> {
    fn kind_of(&self, mention: &Mention) -> EntityType {
        self.gazetteer.entry(mention.entry).kind
    }

    fn is_party(&self, mention: &Mention) -> bool {
        self.kind_of(mention).is_party()
            && mention.via != crate::resolve::MatchKind::Demonym
            && mention.confidence >= MIN_PARTY_CONFIDENCE
    }

    fn is_mission(&self, mention: &Mention) -> bool {
        self.kind_of(mention).is_mission() && mention.confidence >= MIN_PARTY_CONFIDENCE
    }

    /// Adds this sentence's parties and missions to what later references can reach.
    fn remember(&self, discourse: &mut Discourse) {
        for m in &self.mentions {
            let entity = ClaimEntity {
                entry: m.entry,
                start: m.start,
                end: m.end,
            };
            if self.is_party(m) {
                discourse.parties.push((self.index, entity));
            } else if self.is_mission(m) {
                discourse.missions.push((self.index, entity));
            }
        }
    }

    /// Byte ranges of the sentence that hold sources rather than participants.
    fn source_ranges(&self) -> Vec<(usize, usize)> {
        let (start, end) = (self.sentence.start, self.sentence.end);
        let mut ranges = Vec::new();
        for cue in self.cues.iter().filter(|c| c.role == CueRole::Speech) {
            if cue.lemma.eq_ignore_ascii_case("according to") {
                let rest = &self.text[cue.end..end];
                let stop = rest.find([',', ';']).map_or(end, |p| cue.end + p);
                ranges.push((cue.start, stop));
                continue;
            }
            // Attribution after a quotation: from the closing quote to the end.
            let before = &self.text[start..cue.start];
            if let Some(quote) = before.rfind(['"', '”']) {
                let between = &before[quote..];
                if words(between).len() <= 12 && quote > 0 {
                    ranges.push((start + quote, end));
                    continue;
                }
            }
            // Attribution at the end: "…, NASA said." — from the last comma before the verb.
            let after = &self.text[cue.end..end];
            if words(after).len() <= 8 {
                if let Some(comma) = before.rfind(',') {
                    ranges.push((start + comma, end));
                }
            }
        }
        ranges
    }

    /// A country right after a preposition of place ("in China") is a location.
    fn is_location(&self, mention: &Mention) -> bool {
        if self.kind_of(mention) != EntityType::Country {
            return false;
        }
        self.cues.iter().any(|c| {
            c.role == CueRole::Location && c.end <= mention.start && {
                let gap = self.text[c.end..mention.start].trim();
                gap.is_empty() || gap.eq_ignore_ascii_case("the")
            }
        })
    }

    fn claim(&self, discourse: &Discourse) -> Option<Claim> {
        let sources = self.source_ranges();
        let outside_sources = |at: usize| !sources.iter().any(|&(s, e)| at >= s && at < e);
        let mut parties: Vec<ClaimEntity> = Vec::new();
        let mut missions: Vec<ClaimEntity> = Vec::new();
        for m in &self.mentions {
            if !outside_sources(m.start) {
                continue;
            }
            let entity = ClaimEntity {
                entry: m.entry,
                start: m.start,
                end: m.end,
            };
            if self.is_party(m) && !self.is_location(m) {
                if !parties.iter().any(|p| p.entry == m.entry) {
                    parties.push(entity);
                }
            } else if self.is_mission(m) && !missions.iter().any(|p| p.entry == m.entry) {
                missions.push(entity);
            }
        }
        let cues: Vec<&CueMatch> = self
            .cues
            .iter()
            .copied()
            .filter(|c| outside_sources(c.start))
            .collect();
        let (kind, polarity, main_cue, negated) = self.decide_kind(&cues)?;

        let mut confidence = BASE_CONFIDENCE;
        let mut rule = format!("cue:{}", main_cue.lemma.to_lowercase());
        if cues.iter().any(|c| c.role == CueRole::PartiesReference) {
            let before = parties.len();
            for p in discourse.recent_parties(self.index) {
                if !parties.iter().any(|q| q.entry == p.entry) {
                    parties.push(p);
                }
            }
            if parties.len() > before {
                confidence *= REFERENCE_FACTOR;
                rule.push_str("+reference");
            }
        }
        if parties.len() < 2 {
            return None;
        }
        if missions.is_empty() && cues.iter().any(|c| c.role == CueRole::MissionReference) {
            if let Some(m) = discourse.recent_mission(self.index) {
                missions.push(m);
                confidence *= REFERENCE_FACTOR;
                rule.push_str("+mission_reference");
            }
        }
        let (modality, modal_cue) = self.decide_modality(&cues, main_cue, negated);
        let kind = match (kind, modality) {
            (ClaimKind::Collaboration, Modality::Intended) => ClaimKind::Intent,
            (ClaimKind::Collaboration, _) if self.mission_is_subject(&missions, main_cue) => {
                ClaimKind::JointMission
            }
            _ => kind,
        };
        let min_mention = self
            .mentions
            .iter()
            .filter(|m| parties.iter().any(|p| p.start == m.start))
            .map(|m| m.confidence)
            .fold(1.0, f64::min);
        let mut cue_spans = vec![(main_cue.start, main_cue.end)];
        cue_spans.extend(modal_cue.map(|c| (c.start, c.end)));
        cue_spans.extend(negated.map(|c| (c.start, c.end)));
        cue_spans.sort_unstable();
        Some(Claim {
            sentence: self.index,
            kind,
            polarity,
            modality,
            parties,
            missions,
            cues: cue_spans,
            confidence: round2(confidence * min_mention),
            rule,
        })
    }

    /// The main cue, with the kind and polarity it gives and the negation that flipped it.
    fn decide_kind<'c>(
        &self,
        cues: &[&'c CueMatch],
    ) -> Option<(ClaimKind, Polarity, &'c CueMatch, Option<&'c CueMatch>)> {
        let mut best: Option<(ClaimKind, Polarity, &CueMatch, Option<&CueMatch>)> = None;
        for (i, cue) in cues.iter().enumerate() {
            let CueRole::Kind(kind) = cue.role else {
                continue;
            };
            let negation = cues[..i].iter().rev().copied().find(|n| {
                n.role == CueRole::Negation
                    && words(&self.text[n.end..cue.start]).len() < NEGATION_REACH
            });
            let (kind, polarity) = match (kind, negation.is_some()) {
                (ClaimKind::Prohibition, false) => (ClaimKind::Prohibition, Polarity::Negative),
                (ClaimKind::Prohibition, true) => (ClaimKind::Collaboration, Polarity::Positive),
                (_, true) => (ClaimKind::Prohibition, Polarity::Negative),
                (kind, false) => (kind, Polarity::Positive),
            };
            let better = best
                .as_ref()
                .is_none_or(|(k, ..)| kind.precedence() < k.precedence());
            if better {
                best = Some((kind, polarity, cue, negation));
            }
        }
        best
    }

    /// Modality from the planned or intended cues before the main cue; a cooperation stopped
    /// by negation ("would no longer work with") is reported as actual.
    fn decide_modality<'c>(
        &self,
        cues: &[&'c CueMatch],
        main: &CueMatch,
        negated: Option<&CueMatch>,
    ) -> (Modality, Option<&'c CueMatch>) {
        if negated.is_some() {
            return (Modality::Actual, None);
        }
        let before = cues.iter().copied().filter(|c| c.end <= main.start);
        let mut found: (Modality, Option<&CueMatch>) = (Modality::Actual, None);
        for cue in before {
            match cue.role {
                CueRole::Intended => return (Modality::Intended, Some(cue)),
                CueRole::Planned if found.1.is_none() => found = (Modality::Planned, Some(cue)),
                _ => {}
            }
        }
        found
    }

    /// A mission named (or referred to) before a collaboration cue, with the parties after it:
    /// "NISAR is a collaboration between ISRO and NASA" presents a joint mission.
    fn mission_is_subject(&self, missions: &[ClaimEntity], main: &CueMatch) -> bool {
        let mission_first = missions
            .iter()
            .any(|m| m.end <= main.start && m.start >= self.sentence.start)
            || self
                .cues
                .iter()
                .any(|c| c.role == CueRole::MissionReference && c.end <= main.start);
        let between = self.text[main.end..self.sentence.end]
            .split_whitespace()
            .take(3)
            .any(|w| w.eq_ignore_ascii_case("between") || w.eq_ignore_ascii_case("of"));
        mission_first && between
    }
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// Distinct entity ids of a claim's parties, sorted: what identifies the relation.
pub fn party_ids(gazetteer: &Gazetteer, claim: &Claim) -> Vec<String> {
    let mut ids: Vec<String> = claim
        .parties
        .iter()
        .map(|p| gazetteer.entry(p.entry).id.clone())
        .collect::<HashSet<_>>()
        .into_iter()
        .collect();
    ids.sort();
    ids
}
