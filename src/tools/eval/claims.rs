//! Claims against the gold claims of one document: the strict and the lenient match, the party
//! pairs the claims imply, and kind, polarity and modality on matched claims. The rules' claims
//! and the co-occurrence baseline's go through the same functions, so their scores compare.

use std::collections::BTreeSet;

use serde::Serialize;

use super::gold::{scored_id, GoldClaim};
use super::{Accuracy, Score};
use crate::record::ClaimRecord;

/// A claim as scoring sees it: where it is, who takes part, what it states.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct ComparedClaim {
    /// Start byte offset of its sentence (`usize::MAX` for a gold sentence the text lacks).
    pub start: usize,
    /// End byte offset of its sentence.
    pub end: usize,
    /// The parties' keys (gazetteer ids, or `name:…`).
    pub parties: BTreeSet<String>,
    /// Kind, as written in the output.
    pub kind: String,
    /// Polarity, as written in the output.
    pub polarity: String,
    /// Modality, as written in the output.
    pub modality: String,
}

impl ComparedClaim {
    /// A gold claim, located by its sentence's first occurrence in the document's text, with
    /// its parties keyed by `party_key`.
    pub fn gold(text: &str, claim: &GoldClaim, party_key: impl Fn(&String) -> String) -> Self {
        let start = text.find(&claim.sentence).unwrap_or(usize::MAX);
        ComparedClaim {
            start,
            end: start.saturating_add(claim.sentence.len()),
            parties: claim.parties.iter().map(party_key).collect(),
            kind: claim.kind.clone(),
            polarity: claim.polarity.clone(),
            modality: claim.modality.clone(),
        }
    }

    /// A claim the rules made.
    pub fn from_record(claim: &ClaimRecord) -> Self {
        ComparedClaim {
            start: claim.evidence.start,
            end: claim.evidence.end,
            parties: claim
                .parties
                .iter()
                .map(|p| scored_id(&p.entity_id, &p.name))
                .collect(),
            kind: claim.kind.as_str().to_string(),
            polarity: claim.polarity.as_str().to_string(),
            modality: claim.modality.as_str().to_string(),
        }
    }

    /// The attributes scored on matched claims, by name.
    pub fn attributes(&self) -> [(&'static str, &str); 3] {
        [
            ("kind", &self.kind),
            ("polarity", &self.polarity),
            ("modality", &self.modality),
        ]
    }

    fn overlaps(&self, other: &ComparedClaim) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// When a system claim counts as finding a gold claim. Both need overlapping sentences.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum MatchRule {
    /// The same set of parties.
    Strict,
    /// At least two parties in common.
    Lenient,
}

impl MatchRule {
    fn accepts(self, gold: &ComparedClaim, system: &ComparedClaim) -> bool {
        gold.overlaps(system)
            && match self {
                MatchRule::Strict => gold.parties == system.parties,
                MatchRule::Lenient => gold.parties.intersection(&system.parties).nth(1).is_some(),
            }
    }
}

/// For each gold claim, the system claim it is matched with. Matching is one-to-one and as large
/// as it can be (augmenting paths, gold claims taken in order): a gold claim never loses its
/// only match to one that had another, which matters when a claim with many parties could stand
/// for several gold claims of its sentence.
pub(super) fn match_claims(
    gold: &[ComparedClaim],
    system: &[ComparedClaim],
    rule: MatchRule,
) -> Vec<Option<usize>> {
    let candidates: Vec<Vec<usize>> = gold
        .iter()
        .map(|g| {
            (0..system.len())
                .filter(|&s| rule.accepts(g, &system[s]))
                .collect()
        })
        .collect();
    let mut owner: Vec<Option<usize>> = vec![None; system.len()];
    for g in 0..gold.len() {
        let mut seen = vec![false; system.len()];
        augment(g, &candidates, &mut owner, &mut seen);
    }
    let mut matched = vec![None; gold.len()];
    for (s, g) in owner.iter().enumerate() {
        if let Some(g) = *g {
            matched[g] = Some(s);
        }
    }
    matched
}

/// Finds a system claim for gold claim `g`, moving earlier gold claims to other candidates of
/// theirs where needed.
fn augment(
    g: usize,
    candidates: &[Vec<usize>],
    owner: &mut [Option<usize>],
    seen: &mut [bool],
) -> bool {
    for &s in &candidates[g] {
        if seen[s] {
            continue;
        }
        seen[s] = true;
        if owner[s].is_none_or(|other| augment(other, candidates, owner, seen)) {
            owner[s] = Some(g);
            return true;
        }
    }
    false
}

/// How one system's claims compare with the gold, summed over documents. The rules have one,
/// the co-occurrence baseline another.
///
/// JSON fields: `claims`, `claims_lenient`, `party_pairs` (each a [`Score`]), `kind`,
/// `polarity`, `modality` (each an [`Accuracy`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct ClaimScores {
    /// Strict match: sentences overlap and the party sets are equal (one-to-one).
    pub claims: Score,
    /// Lenient match: sentences overlap and at least two parties are shared (one-to-one).
    pub claims_lenient: Score,
    /// The distinct unordered party pairs the claims imply, per document.
    pub party_pairs: Score,
    /// Kind accuracy on strictly matched claims.
    pub kind: Accuracy,
    /// Polarity accuracy on strictly matched claims.
    pub polarity: Accuracy,
    /// Modality accuracy on strictly matched claims.
    pub modality: Accuracy,
}

impl ClaimScores {
    /// Adds one document's gold and system claims; returns the strict matching (for each gold
    /// claim, the index of its system claim).
    pub(super) fn add_document(
        &mut self,
        gold: &[ComparedClaim],
        system: &[ComparedClaim],
    ) -> Vec<Option<usize>> {
        let strict = match_claims(gold, system, MatchRule::Strict);
        add_matching(&mut self.claims, &strict, system.len());
        let lenient = match_claims(gold, system, MatchRule::Lenient);
        add_matching(&mut self.claims_lenient, &lenient, system.len());
        for (g, s) in strict.iter().enumerate() {
            let Some(s) = *s else { continue };
            let accuracies = [&mut self.kind, &mut self.polarity, &mut self.modality];
            let attributes = gold[g].attributes().into_iter().zip(system[s].attributes());
            for (accuracy, ((_, want), (_, got))) in accuracies.into_iter().zip(attributes) {
                accuracy.add(got == want);
            }
        }
        let gold_pairs = pairs(gold);
        let system_pairs = pairs(system);
        let tp = gold_pairs.intersection(&system_pairs).count();
        self.party_pairs
            .add(tp, system_pairs.len() - tp, gold_pairs.len() - tp);
        strict
    }
}

fn add_matching(score: &mut Score, matched: &[Option<usize>], system: usize) {
    let tp = matched.iter().flatten().count();
    score.add(tp, system - tp, matched.len() - tp);
}

/// The unordered pairs of parties the claims imply.
fn pairs(claims: &[ComparedClaim]) -> BTreeSet<(&str, &str)> {
    let mut out = BTreeSet::new();
    for claim in claims {
        let list: Vec<&str> = claim.parties.iter().map(String::as_str).collect();
        for (i, a) in list.iter().enumerate() {
            for b in &list[i + 1..] {
                out.insert((*a, *b));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A claim over `start..end` with `parties`, positive and actual.
    fn claim(start: usize, end: usize, parties: &[&str], kind: &str) -> ComparedClaim {
        ComparedClaim {
            start,
            end,
            parties: parties.iter().map(|p| p.to_string()).collect(),
            kind: kind.to_string(),
            polarity: "positive".to_string(),
            modality: "actual".to_string(),
        }
    }

    #[test]
    fn match_rules_need_overlap_and_parties() {
        // (gold, system, strict, lenient)
        let cases = [
            (
                claim(0, 10, &["a", "b"], "x"),
                claim(0, 10, &["a", "b"], "y"),
                true,
                true,
            ),
            (
                claim(0, 10, &["a", "b"], "x"),
                claim(5, 20, &["a", "b"], "x"),
                true,
                true,
            ),
            (
                claim(0, 10, &["a", "b"], "x"),
                claim(10, 20, &["a", "b"], "x"),
                false,
                false,
            ),
            (
                claim(0, 10, &["a", "b"], "x"),
                claim(0, 10, &["a", "b", "c"], "x"),
                false,
                true,
            ),
            (
                claim(0, 10, &["a", "b", "c"], "x"),
                claim(0, 10, &["a", "c"], "x"),
                false,
                true,
            ),
            (
                claim(0, 10, &["a", "b"], "x"),
                claim(0, 10, &["a", "c"], "x"),
                false,
                false,
            ),
            (
                claim(usize::MAX, usize::MAX, &["a", "b"], "x"),
                claim(0, 10, &["a", "b"], "x"),
                false,
                false,
            ),
        ];
        for (i, (gold, system, strict, lenient)) in cases.iter().enumerate() {
            assert_eq!(MatchRule::Strict.accepts(gold, system), *strict, "case {i}");
            assert_eq!(
                MatchRule::Lenient.accepts(gold, system),
                *lenient,
                "case {i}"
            );
        }
    }

    #[test]
    fn matching_is_one_to_one_and_as_large_as_it_can_be() {
        // Gold 0 could take either system claim, gold 1 only the first: both are matched.
        let gold = [
            claim(0, 10, &["a", "b", "c"], "x"),
            claim(0, 10, &["a", "b"], "x"),
        ];
        let system = [
            claim(0, 10, &["a", "b", "d"], "x"),
            claim(0, 10, &["b", "c"], "x"),
        ];
        assert_eq!(
            match_claims(&gold, &system, MatchRule::Lenient),
            [Some(1), Some(0)]
        );
        // One system claim finds one gold claim only.
        let system = [claim(0, 10, &["a", "b", "c"], "x")];
        assert_eq!(
            match_claims(&gold, &system, MatchRule::Lenient),
            [Some(0), None]
        );
    }

    #[test]
    fn scores_count_claims_pairs_and_attributes() {
        let gold = [
            claim(0, 10, &["a", "b"], "agreement"),
            claim(20, 30, &["a", "c", "d"], "x"),
        ];
        let system = [
            claim(0, 10, &["a", "b"], "collaboration"),
            claim(20, 30, &["a", "c"], "x"),
            claim(40, 50, &["e", "f"], "x"),
        ];
        let mut scores = ClaimScores::default();
        assert_eq!(scores.add_document(&gold, &system), [Some(0), None]);
        let counts = |s: Score| (s.true_positives, s.false_positives, s.false_negatives);
        assert_eq!(counts(scores.claims), (1, 2, 1));
        assert_eq!(counts(scores.claims_lenient), (2, 1, 0));
        // Gold pairs ab ac ad cd; system pairs ab ac ef.
        assert_eq!(counts(scores.party_pairs), (2, 1, 2));
        assert_eq!((scores.kind.correct, scores.kind.total), (0, 1));
        assert_eq!((scores.polarity.correct, scores.polarity.total), (1, 1));
    }
}
