//! What a sentence's cues say: the kind and polarity of its claim, its modality, whether a
//! collaboration is a joint mission, and the relations of their own (sanctions, "in
//! partnership with") a claim splits into.

use crate::gazetteer::{CueMatch, CueRole};
use crate::record::{ClaimKind, Modality, Polarity};
use crate::segment::words;

use super::sentence::{is_article_only, SentenceView};
use super::{Claim, ClaimEntity};

/// How many words may stand between a future auxiliary ("will", "is expected to") and the cue.
const PLANNED_REACH: usize = 8;
/// How many words after a prepositional cue ("together with B,") may stand before "will".
const PLANNED_AFTER_REACH: usize = 4;
/// How many words after a sanction cue may lead to "by" or "on" and the party after it.
const SANCTION_REACH: usize = 4;
/// How many words after "joint" may hold the word "mission" for a joint mission.
const JOINT_MISSION_REACH: usize = 6;
/// How many words may stand between a negation and the cue it negates.
const NEGATION_REACH: usize = 3;

impl SentenceView<'_> {
    /// The main cue, with the kind and polarity it gives and the negation that flipped it.
    pub(super) fn decide_kind<'c>(
        &self,
        cues: &[&'c CueMatch],
    ) -> Option<(ClaimKind, Polarity, &'c CueMatch, Option<&'c CueMatch>)> {
        // A cue word inside a capitalised name ("the Space Cooperation Agreement") names a
        // thing; it decides the kind only when no other cue does.
        let plain = |c: &&CueMatch| !self.inside_name(c);
        let has_plain = cues
            .iter()
            .any(|c| matches!(c.role, CueRole::Kind(_)) && plain(c));
        let negation_before = |i: usize| {
            let cue = cues[i];
            cues[..i].iter().rev().copied().find(|n| {
                matches!(n.role, CueRole::Negation | CueRole::Cessation)
                    && words(&self.text[n.end..cue.start]).len() < NEGATION_REACH
            })
        };
        // A kind of cooperation the sentence negates ("no agreement has been signed") is absent:
        // none of its cues counts.
        let negated_kinds: Vec<ClaimKind> = cues
            .iter()
            .enumerate()
            .filter_map(
                |(i, c)| match (c.role, negation_before(i).map(|n| n.role)) {
                    (CueRole::Kind(kind), Some(CueRole::Negation))
                        if kind != ClaimKind::Prohibition =>
                    {
                        Some(kind)
                    }
                    _ => None,
                },
            )
            .collect();
        let mut best: Option<(ClaimKind, Polarity, &CueMatch, Option<&CueMatch>)> = None;
        for (i, cue) in cues.iter().enumerate() {
            let kind = match cue.role {
                CueRole::Kind(kind) => kind,
                CueRole::MadeBy if self.follows_party(cue) => ClaimKind::Contribution,
                _ => continue,
            };
            if has_plain && !plain(cue) {
                continue;
            }
            if negated_kinds.contains(&kind) {
                continue;
            }
            let negation = negation_before(i);
            let (kind, polarity) = match (kind, negation.map(|n| n.role)) {
                (ClaimKind::Prohibition, None) => (ClaimKind::Prohibition, Polarity::Negative),
                // "did not end its cooperation": still cooperating.
                (ClaimKind::Prohibition, Some(_)) => (ClaimKind::Collaboration, Polarity::Positive),
                // "no longer working with": cooperation stopped.
                (_, Some(CueRole::Cessation)) => (ClaimKind::Prohibition, Polarity::Negative),
                // "no agreement has been signed": an absence, not a claim.
                (_, Some(_)) => continue,
                (kind, None) => (kind, Polarity::Positive),
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

    /// Whether a cue is a capitalised word inside a longer capitalised name.
    fn inside_name(&self, cue: &CueMatch) -> bool {
        let capitalised = |w: &str| w.starts_with(|c: char| c.is_uppercase());
        if !capitalised(&self.text[cue.start..cue.end]) || cue.start == self.sentence.start {
            return false;
        }
        let before = self.text[self.sentence.start..cue.start]
            .split_whitespace()
            .next_back()
            .map(|w| w.rsplit(['-', '/']).next().unwrap_or(w));
        let after = self.text[cue.end..self.sentence.end]
            .split_whitespace()
            .next();
        before.is_some_and(capitalised) || after.is_some_and(capitalised)
    }

    /// Modality from the cues before the main cue: a wish anywhere before it governs the
    /// statement ("hoped that … will ratify"); a future auxiliary only within a few words
    /// ("will be partnering", not "will present … the cooperation of"); a cooperation stopped
    /// by negation ("would no longer work with") is reported as actual.
    pub(super) fn decide_modality<'c>(
        &self,
        cues: &[&'c CueMatch],
        main: &CueMatch,
        negated: Option<&CueMatch>,
    ) -> (Modality, Option<&'c CueMatch>) {
        if negated.is_some() {
            return (Modality::Actual, None);
        }
        let mut found: (Modality, Option<&CueMatch>) = (Modality::Actual, None);
        // "A, together with B, will study …": after a prepositional cue the verb follows.
        if main.lemma.to_lowercase().ends_with(" with") {
            let after = cues.iter().copied().find(|c| {
                c.role == CueRole::Planned
                    && c.start >= main.end
                    && words(&self.text[main.end..c.start]).len() <= PLANNED_AFTER_REACH
            });
            if after.is_some() {
                found = (Modality::Planned, after);
            }
        }
        let before = cues.iter().copied().filter(|c| c.end <= main.start);
        for cue in before {
            match cue.role {
                CueRole::Intended => return (Modality::Intended, Some(cue)),
                CueRole::Planned
                    if words(&self.text[cue.end..main.start]).len() <= PLANNED_REACH =>
                {
                    found = (Modality::Planned, Some(cue));
                }
                _ => {}
            }
        }
        found
    }

    /// "a joint … mission": a joint cue followed closely by the word for a mission or
    /// programme presents a joint mission.
    pub(super) fn joint_mission_phrase(&self, cue: &CueMatch) -> bool {
        const MISSION_WORDS: &[&str] = &["mission", "missions", "program", "programme", "venture"];
        cue.lemma.eq_ignore_ascii_case("joint")
            && words(&self.text[cue.end..self.sentence.end])
                .iter()
                .take(JOINT_MISSION_REACH)
                .any(|w| MISSION_WORDS.iter().any(|m| w.text.eq_ignore_ascii_case(m)))
    }

    /// A mission named (or referred to) before a collaboration cue, with the parties after it
    /// ("NISAR is a collaboration between ISRO and NASA"), or a named mission opening the
    /// sentence, presents a joint mission.
    pub(super) fn mission_is_subject(&self, missions: &[ClaimEntity], main: &CueMatch) -> bool {
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
        // "SMILE is the first mission with such deep China-ESA collaboration": a sentence
        // about a named mission, which it opens.
        let opens_with_mission = missions.iter().any(|m| {
            (self.sentence.start..=main.start).contains(&m.start)
                && m.end <= main.start
                && words(&self.text[self.sentence.start..m.start]).len() <= 1
                && is_predicate_nominal(&self.text[m.end..main.start])
        });
        (mission_first && between) || opens_with_mission
    }

    /// Some sentences state relations between different sets of parties. Sanctions imposed by
    /// a named party ("EU sanctions") are a relation of their own between the sanctioning party
    /// and the subject; "A in partnership with B" inside a claim of another kind is a
    /// collaboration of its own between A and B.
    pub(super) fn split_relations(&self, main: Claim, cues: &[&CueMatch]) -> Vec<Claim> {
        let mut out = Vec::new();
        // The sanctioning party: right before the cue ("EU sanctions") or after "by" in the
        // words that follow it ("sanctions imposed by the EU"); the target: after "on" or
        // "against" there, else the sentence's first party.
        let sanction = cues
            .iter()
            .filter(|c| c.role == CueRole::Kind(ClaimKind::Prohibition) && is_sanction(c))
            .find_map(|c| {
                let before = main
                    .parties
                    .iter()
                    .find(|p| p.end <= c.start && names_head(&self.text[p.end..c.start]));
                let after_word = |from: usize, words_wanted: &[&str]| {
                    main.parties.iter().find(|p| {
                        p.start >= from && {
                            let gap: Vec<_> = words(&self.text[from..p.start])
                                .into_iter()
                                .filter(|w| !w.text.eq_ignore_ascii_case("the"))
                                .collect();
                            gap.len() <= SANCTION_REACH
                                && gap.last().is_some_and(|w| {
                                    words_wanted.iter().any(|x| w.text.eq_ignore_ascii_case(x))
                                })
                        }
                    })
                };
                let by = before.or_else(|| after_word(c.end, &["by", "from"]))?;
                let target = after_word(c.end.max(by.end), &["on", "against"])
                    .filter(|t| t.entry != by.entry);
                Some((by.clone(), target.cloned(), *c))
            });
        let mut main = main;
        if let Some((sanctioner, target, cue)) = sanction {
            let rest: Vec<ClaimEntity> = main
                .parties
                .iter()
                .filter(|p| p.entry != sanctioner.entry)
                .filter(|p| target.as_ref().is_none_or(|t| t.entry != p.entry))
                .cloned()
                .collect();
            let target = target.or_else(|| rest.first().cloned());
            if let (true, Some(target)) = (rest.len() >= 2, target) {
                let mut sanction = main.clone();
                sanction.kind = ClaimKind::Prohibition;
                sanction.polarity = Polarity::Negative;
                sanction.parties = vec![sanctioner, target];
                sanction.parties.sort_by_key(|p| p.start);
                sanction.cues = vec![(cue.start, cue.end)];
                sanction.rule = format!("sanction:{}", cue.lemma.to_lowercase());
                main.parties = rest;
                out.push(main);
                out.push(sanction);
                return out;
            }
        }
        if main.kind != ClaimKind::Collaboration {
            let pair = cues.iter().filter(|c| is_pair_cue(c)).find_map(|c| {
                let before = main.parties.iter().rev().find(|p| p.end <= c.start)?;
                let after = main.parties.iter().find(|p| p.start >= c.end)?;
                is_article_only(&self.text[c.end..after.start])
                    .then(|| (before.clone(), after.clone(), *c))
            });
            if let Some((a, b, cue)) = pair {
                if main.parties.len() > 2 {
                    let mut collaboration = main.clone();
                    collaboration.kind = ClaimKind::Collaboration;
                    collaboration.parties = vec![a, b];
                    collaboration.cues = vec![(cue.start, cue.end)];
                    collaboration.rule = format!("pair:{}", cue.lemma.to_lowercase());
                    out.push(main);
                    out.push(collaboration);
                    return out;
                }
            }
        }
        out.push(main);
        out
    }
}

/// Gap text between a name and the noun it modifies: nothing, or the name's acronym in
/// brackets ("European Union (EU) sanctions").
fn names_head(gap: &str) -> bool {
    let gap = gap.trim();
    gap.is_empty() || (gap.starts_with('(') && gap.ends_with(')') && !gap[1..].contains('('))
}

/// Whether a stretch of text holds a copula followed by a determiner ("is the first
/// mission", "was a joint"): it says what the subject is.
fn is_predicate_nominal(text: &str) -> bool {
    let list = words(text);
    list.windows(2).any(|pair| {
        let copula = ["is", "was", "are", "were"]
            .iter()
            .any(|c| pair[0].text.eq_ignore_ascii_case(c));
        let determiner = ["a", "an", "the"]
            .iter()
            .any(|d| pair[1].text.eq_ignore_ascii_case(d));
        copula && determiner
    })
}

/// A prohibition cue for sanctions.
fn is_sanction(cue: &CueMatch) -> bool {
    cue.lemma.to_lowercase().starts_with("sanction")
}

/// A cue that links the party before it to the party after it ("in partnership with").
fn is_pair_cue(cue: &CueMatch) -> bool {
    let lemma = cue.lemma.to_lowercase();
    lemma.ends_with(" with") && lemma.starts_with("in ") || lemma == "together with"
}

#[cfg(test)]
mod tests {
    use crate::claims::tests::claims;

    #[test]
    fn sanctions_are_a_relation_of_their_own() {
        let text =
            "Russia is suspending cooperation with Arianespace over European Union (EU) sanctions.";
        assert_eq!(
            claims(text),
            [
                "prohibition negative actual country:RU,organization:arianespace|",
                "prohibition negative actual country:RU,organization:eu|"
            ]
        );
    }

    #[test]
    fn sanctions_by_a_party_on_another_are_their_own_relation() {
        let text = "Germany's DLR halted all joint projects with Roscosmos in March 2022, following sanctions imposed by the European Union on Russia.";
        assert_eq!(
            claims(text),
            [
                "prohibition negative actual agency:dlr,agency:roscosmos,country:DE|",
                "prohibition negative actual country:RU,organization:eu|"
            ]
        );
    }

    #[test]
    fn a_negated_cooperation_is_no_claim_and_a_negated_ban_is_cooperation() {
        let text = "Israel and the United States discussed working together, but no agreement has been signed.";
        assert_eq!(
            claims(text),
            ["intent positive intended country:IL,country:US|"]
        );
        assert!(claims("Brazil and Chile did not sign the accord.").is_empty());
    }

    #[test]
    fn one_claim_per_fact_per_sentence() {
        let got = claims("China and Russia signed an agreement and signed a memorandum.");
        assert_eq!(got.len(), 1);
    }
}
