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

use crate::gazetteer::{CueMatch, CueRole, EntityType};
use crate::record::{ClaimKind, Modality, Polarity};
use crate::resolve::{Entities, Mention};
use crate::segment::{is_list_separator, words, Sentence, UnitKind};

/// Mentions below this confidence (unresolved ambiguity, demonyms) are never parties.
const MIN_PARTY_CONFIDENCE: f64 = 0.5;
/// Confidence of a claim whose parties and mission are all named in the sentence.
const BASE_CONFIDENCE: f64 = 0.9;
/// Factor applied when a party or the mission comes from a reference back.
const REFERENCE_FACTOR: f64 = 0.8;
/// How many sentences back a reference may reach for its antecedent.
const REFERENCE_REACH: usize = 6;
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

/// An entity taking part in a claim, with the span that names it.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimEntity {
    /// Gazetteer entry index.
    pub entry: usize,
    /// Raw start of the span that names it in the evidence sentence (for a reference back:
    /// of the referring phrase, "both parties", "the mission").
    pub start: usize,
    /// Raw end of that span.
    pub end: usize,
    /// For a reference back, where the entity was named earlier.
    pub antecedent: Option<(usize, usize)>,
}

impl ClaimEntity {
    fn named(mention: &Mention) -> ClaimEntity {
        ClaimEntity {
            entry: mention.entry,
            start: mention.start,
            end: mention.end,
            antecedent: None,
        }
    }

    /// This entity as referred to by `phrase` in a later sentence.
    fn referred_to_by(&self, phrase: &CueMatch) -> ClaimEntity {
        ClaimEntity {
            entry: self.entry,
            start: phrase.start,
            end: phrase.end,
            antecedent: Some(self.antecedent.unwrap_or((self.start, self.end))),
        }
    }
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
}

/// What kind of antecedent a reference back fits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fit {
    /// "the two countries", "both nations".
    Countries,
    /// "the two agencies", "both organizations".
    Bodies,
    /// "both sides", "both parties": whatever the sentence already names, or anything.
    Any,
}

impl Fit {
    fn of_phrase(phrase: &str) -> Fit {
        let phrase = phrase.to_lowercase();
        if phrase.contains("countr") || phrase.contains("nation") {
            Fit::Countries
        } else if phrase.contains("agenc") || phrase.contains("organi") {
            Fit::Bodies
        } else {
            Fit::Any
        }
    }

    fn accepts(self, kind: EntityType) -> bool {
        match self {
            Fit::Countries => kind == EntityType::Country,
            Fit::Bodies => matches!(kind, EntityType::Agency | EntityType::Organization),
            Fit::Any => true,
        }
    }
}

impl Discourse {
    /// The nearest earlier parties that fit: enough to make `wanted` fitting parties together
    /// with those the sentence already names.
    fn antecedents(
        &self,
        gazetteer: &Entities<'_>,
        sentence: usize,
        fit: Fit,
        present: &[ClaimEntity],
        wanted: usize,
    ) -> Vec<ClaimEntity> {
        let kind = |e: &ClaimEntity| gazetteer.entry(e.entry).kind;
        let fit = match fit {
            Fit::Any if !present.is_empty() => {
                if present.iter().all(|p| kind(p) == EntityType::Country) {
                    Fit::Countries
                } else if present.iter().all(|p| kind(p) != EntityType::Country) {
                    Fit::Bodies
                } else {
                    Fit::Any
                }
            }
            other => other,
        };
        let have = present.iter().filter(|p| fit.accepts(kind(p))).count();
        let mut out: Vec<ClaimEntity> = Vec::new();
        for (at, party) in self.parties.iter().rev() {
            if have + out.len() >= wanted || sentence - at > REFERENCE_REACH {
                break;
            }
            let known = present.iter().chain(&out).any(|p| p.entry == party.entry);
            if *at < sentence && !known && fit.accepts(kind(party)) {
                out.push(party.clone());
            }
        }
        out
    }

    /// The mission a phrase such as "the station" refers to: the nearest earlier mission
    /// within reach whose names hold the phrase's noun (`true`), else the nearest one
    /// (`false`).
    fn recent_mission(
        &self,
        gazetteer: &Entities<'_>,
        sentence: usize,
        phrase: &str,
    ) -> Option<(ClaimEntity, bool)> {
        let noun = phrase
            .split_whitespace()
            .next_back()
            .unwrap_or("")
            .trim_end_matches("'s")
            .trim_end_matches('s')
            .to_lowercase();
        let within: Vec<&ClaimEntity> = self
            .missions
            .iter()
            .rev()
            .filter(|(at, _)| *at < sentence && sentence - at <= REFERENCE_REACH)
            .map(|(_, m)| m)
            .collect();
        let fits = |m: &ClaimEntity| {
            gazetteer
                .entry(m.entry)
                .names()
                .any(|a| a.text.to_lowercase().contains(&noun))
        };
        match within.iter().copied().find(|m| fits(m)) {
            Some(m) => Some((m.clone(), true)),
            None => within.first().map(|m| ((*m).clone(), false)),
        }
    }
}

/// Extracts the claims of one document, in sentence order.
pub fn extract(
    gazetteer: &Entities<'_>,
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
        claims.extend(view.claims(&discourse));
        view.remember(&mut discourse);
    }
    claims
}

/// One sentence with its mentions and cues.
struct SentenceView<'a> {
    gazetteer: &'a Entities<'a>,
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
            let entity = ClaimEntity::named(m);
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
            // Attribution after a quotation: from the closing quote to the end of the
            // attribution, which a participle clause ("…, noting that …") does not belong to.
            let before = &self.text[start..cue.start];
            if let Some(quote) = before.rfind(['"', '”']) {
                let between = &before[quote..];
                if words(between).len() <= 12 && quote > 0 {
                    let attribution_end =
                        participle_clause(&self.text[cue.end..end]).map_or(end, |at| cue.end + at);
                    ranges.push((start + quote, attribution_end));
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

    /// Mentions that stand in a non-party role: after a phrase of place ("at", "in" for
    /// countries), or after a conflict phrase ("invasion of"), with the coordinated list that
    /// follows ("in China and Russia").
    fn role_excluded(&self) -> HashSet<usize> {
        let mut excluded = HashSet::new();
        for cue in &self.cues {
            let countries_only = match cue.role {
                CueRole::CountryLocation => true,
                CueRole::Location | CueRole::Conflict => false,
                _ => continue,
            };
            let mut at = cue.end;
            let mut first = true;
            for m in self.mentions.iter().filter(|m| m.start >= cue.end) {
                let gap = &self.text[at..m.start];
                let joins = if first {
                    is_article_only(gap)
                } else {
                    is_list_separator(gap)
                };
                if !joins {
                    break;
                }
                at = m.end;
                first = false;
                if !self.kind_of(m).is_party() {
                    // A region or a place in the list ("from Europe, Japan and Canada").
                    continue;
                }
                if countries_only && self.kind_of(m) != EntityType::Country {
                    break;
                }
                excluded.insert(m.start);
            }
        }
        excluded
    }

    /// A country written as a modifier inside a longer capitalised name ("the Korea-U.S.
    /// Cooperation Agreement", "the U.S. Congress"): a party only when nothing else is.
    fn is_name_modifier(&self, mention: &Mention) -> bool {
        if self.kind_of(mention) != EntityType::Country {
            return false;
        }
        let mut at = mention.end;
        loop {
            let rest = &self.text[at..self.sentence.end];
            let skipped = rest.trim_start_matches(|c: char| {
                c == ' ' || c == '/' || c == '-' || c == '\u{2013}' || c == '\u{2010}'
            });
            if skipped.len() == rest.len() && !rest.starts_with(' ') {
                return false;
            }
            let next_at = at + (rest.len() - skipped.len());
            if let Some(next) = self.mentions.iter().find(|m| m.start == next_at) {
                at = next.end;
                continue;
            }
            return skipped.starts_with(|c: char| c.is_uppercase());
        }
    }

    /// Whether every party belongs to one body or one country: a country with its own
    /// agencies, or an organisation with its parent, is not international cooperation.
    fn one_family(&self, parties: &[ClaimEntity]) -> bool {
        let gazetteer = self.gazetteer;
        let country_of = |entry: usize| {
            let e = gazetteer.entry(entry);
            if e.kind == EntityType::Country {
                Some(e.id.clone())
            } else {
                e.attributes.get("country").map(|c| format!("country:{c}"))
            }
        };
        let has_country = parties
            .iter()
            .any(|p| gazetteer.entry(p.entry).kind == EntityType::Country);
        let first_country = country_of(parties[0].entry);
        if has_country
            && first_country.is_some()
            && parties.iter().all(|p| country_of(p.entry) == first_country)
        {
            return true;
        }
        let root = |entry: usize| {
            let mut current = entry;
            for _ in 0..8 {
                let parent = gazetteer
                    .entry(current)
                    .attributes
                    .get("parent")
                    .and_then(|id| gazetteer.index_of(id));
                match parent {
                    Some(p) if parties.iter().any(|q| q.entry == p) => current = p,
                    _ => break,
                }
            }
            current
        };
        let first_root = root(parties[0].entry);
        parties.iter().all(|p| root(p.entry) == first_root)
    }

    fn claims(&self, discourse: &Discourse) -> Vec<Claim> {
        let sources = self.source_ranges();
        let outside_sources = |at: usize| !sources.iter().any(|&(s, e)| at >= s && at < e);
        let excluded = self.role_excluded();
        let mut parties: Vec<ClaimEntity> = Vec::new();
        let mut modifiers: Vec<ClaimEntity> = Vec::new();
        let mut missions: Vec<ClaimEntity> = Vec::new();
        for m in &self.mentions {
            if !outside_sources(m.start) {
                continue;
            }
            let entity = ClaimEntity::named(m);
            if self.is_party(m) && !excluded.contains(&m.start) {
                let list = if self.is_name_modifier(m) {
                    &mut modifiers
                } else {
                    &mut parties
                };
                if !list.iter().any(|p| p.entry == m.entry) {
                    list.push(entity);
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
        let Some((kind, polarity, main_cue, negated)) = self.decide_kind(&cues) else {
            return Vec::new();
        };

        let mut confidence = BASE_CONFIDENCE;
        let mut rule = format!("cue:{}", main_cue.lemma.to_lowercase());
        // A plural reference in a sentence that already names two parties points inside it
        // ("NASA may not work with China, though scientists of both countries meet").
        let reference = cues.iter().find(|c| match c.role {
            CueRole::PartiesReference => parties.len() < 2,
            CueRole::PartyReference => true,
            _ => false,
        });
        if let Some(reference) = reference {
            let fit = Fit::of_phrase(&self.text[reference.start..reference.end]);
            let kind = |p: &ClaimEntity| self.gazetteer.entry(p.entry).kind;
            // "the agency" adds one earlier party, unless a fitting party named before it in
            // the sentence is what it refers to ("China … the country's plans").
            let wanted = if reference.role == CueRole::PartyReference {
                let named_before = parties
                    .iter()
                    .any(|p| p.end <= reference.start && fit.accepts(kind(p)));
                if named_before {
                    0
                } else {
                    parties.iter().filter(|p| fit.accepts(kind(p))).count() + 1
                }
            } else {
                2
            };
            let found = discourse.antecedents(self.gazetteer, self.index, fit, &parties, wanted);
            if !found.is_empty() {
                parties.extend(found.iter().map(|p| p.referred_to_by(reference)));
                confidence *= REFERENCE_FACTOR;
                rule.push_str("+reference");
            }
        }
        if parties.len() < 2 {
            for m in modifiers {
                if !parties.iter().any(|p| p.entry == m.entry) {
                    parties.push(m);
                }
            }
            parties.sort_by_key(|p| p.start);
        }
        if kind == ClaimKind::Contribution && parties.len() == 1 {
            // "ESA provided the orbiter … for the rovers": the mission referred to after the
            // cue receives the contribution, and its lead is the other party.
            if let Some((mission, lead)) = self.recipient(discourse, &cues, main_cue, &parties[0]) {
                missions.insert(0, mission);
                parties.push(lead);
                confidence *= REFERENCE_FACTOR;
                rule.push_str("+recipient_reference");
            }
        }
        if parties.len() < 2 || self.one_family(&parties) {
            return Vec::new();
        }
        let mission_reference = cues.iter().find(|c| c.role == CueRole::MissionReference);
        if let (true, Some(reference)) = (missions.is_empty(), mission_reference) {
            let phrase = &self.text[reference.start..reference.end];
            if let Some((m, _)) = discourse.recent_mission(self.gazetteer, self.index, phrase) {
                missions.push(m.referred_to_by(reference));
                confidence *= REFERENCE_FACTOR;
                rule.push_str("+mission_reference");
            }
        }
        let (modality, modal_cue) = self.decide_modality(&cues, main_cue, negated);
        let party_before_cue = parties.iter().any(|p| p.end <= main_cue.start);
        // Maker phrases with their maker named: "built by CAS", "the NASA-designed orbiter".
        let makers = cues
            .iter()
            .filter(|c| {
                (is_agent_cue(c)
                    && parties
                        .iter()
                        .any(|p| p.start >= c.end && is_article_only(&self.text[c.end..p.start])))
                    || (c.role == CueRole::MadeBy && self.follows_party(c))
            })
            .count();
        let party_after_cue = parties.iter().any(|p| p.start >= main_cue.end);
        let co_made = if is_agent_cue(main_cue) {
            !party_before_cue
        } else {
            main_cue.role == CueRole::MadeBy && !party_after_cue
        };
        let kind = match (kind, modality) {
            (ClaimKind::Collaboration, Modality::Intended) => ClaimKind::Intent,
            (ClaimKind::Collaboration, _)
                if self.mission_is_subject(&missions, main_cue)
                    || self.joint_mission_phrase(main_cue) =>
            {
                ClaimKind::JointMission
            }
            // "developed by A and B", "A and B built the probe": makers with no recipient
            // named are co-developing; "a platform built by A and a module designed by B" is
            // each partner contributing a part.
            (ClaimKind::Contribution, _) if co_made && makers < 2 => ClaimKind::Collaboration,
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
        let main = Claim {
            sentence: self.index,
            kind,
            polarity,
            modality,
            parties,
            missions,
            cues: cue_spans,
            confidence: round2(confidence * min_mention),
            rule,
        };
        let mut out = self.split_relations(main, &cues);
        out.retain(|c| c.parties.len() >= 2);
        out
    }

    /// Some sentences state relations between different sets of parties. Sanctions imposed by
    /// a named party ("EU sanctions") are a relation of their own between the sanctioning party
    /// and the subject; "A in partnership with B" inside a claim of another kind is a
    /// collaboration of its own between A and B.
    fn split_relations(&self, main: Claim, cues: &[&CueMatch]) -> Vec<Claim> {
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

    /// The main cue, with the kind and polarity it gives and the negation that flipped it.
    fn decide_kind<'c>(
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

    /// "a joint … mission": a joint cue followed closely by the word for a mission or
    /// programme presents a joint mission.
    fn joint_mission_phrase(&self, cue: &CueMatch) -> bool {
        const MISSION_WORDS: &[&str] = &["mission", "missions", "program", "programme", "venture"];
        cue.lemma.eq_ignore_ascii_case("joint")
            && words(&self.text[cue.end..self.sentence.end])
                .iter()
                .take(JOINT_MISSION_REACH)
                .any(|w| MISSION_WORDS.iter().any(|m| w.text.eq_ignore_ascii_case(m)))
    }

    /// The mission a contribution goes to, referred to after the cue, and its lead when that
    /// is a party named in the document other than the contributor (and not already one of
    /// the mission's partners).
    fn recipient(
        &self,
        discourse: &Discourse,
        cues: &[&CueMatch],
        main: &CueMatch,
        contributor: &ClaimEntity,
    ) -> Option<(ClaimEntity, ClaimEntity)> {
        let reference = cues
            .iter()
            .find(|c| c.role == CueRole::MissionReference && c.start >= main.end)?;
        let phrase = &self.text[reference.start..reference.end];
        // Only a mission the phrase fits receives a contribution ("the rovers" → a rover).
        let (mission, fits) = discourse.recent_mission(self.gazetteer, self.index, phrase)?;
        if !fits {
            return None;
        }
        let entry = self.gazetteer.entry(mission.entry);
        let lead = self.gazetteer.index_of(entry.attributes.get("lead")?)?;
        let contributor_id = self.gazetteer.entry(contributor.entry).id.as_str();
        if lead == contributor.entry || entry.id_list("partners").contains(&contributor_id) {
            return None;
        }
        let named = discourse
            .parties
            .iter()
            .rev()
            .find(|(at, p)| p.entry == lead && self.index - at <= REFERENCE_REACH)?;
        Some((
            mission.referred_to_by(reference),
            named.1.referred_to_by(reference),
        ))
    }

    /// Whether a party is written right before a cue ("NASA-designed", "ESA developed").
    fn follows_party(&self, cue: &CueMatch) -> bool {
        self.mentions.iter().any(|m| {
            self.is_party(m)
                && m.end <= cue.start
                && self.text[m.end..cue.start]
                    .trim_matches(|c: char| {
                        c.is_whitespace() || matches!(c, '-' | '\u{2013}' | '\u{2010}')
                    })
                    .is_empty()
        })
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
    fn decide_modality<'c>(
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

    /// A mission named (or referred to) before a collaboration cue, with the parties after it
    /// ("NISAR is a collaboration between ISRO and NASA"), or a named mission opening the
    /// sentence, presents a joint mission.
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
}

/// Gap text that joins a preposition to the first name after it: nothing, or an article.
fn is_article_only(gap: &str) -> bool {
    let gap = gap.trim();
    gap.is_empty() || gap.eq_ignore_ascii_case("the")
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

/// Where a participle clause starts in an attribution (", noting that …"), if one does.
fn participle_clause(text: &str) -> Option<usize> {
    text.match_indices(',').map(|(at, _)| at).find(|&at| {
        text[at + 1..]
            .split_whitespace()
            .next()
            .is_some_and(|w| w.len() > 4 && w.ends_with("ing"))
    })
}

/// A contribution cue naming the agent that follows it ("developed by", "built by").
fn is_agent_cue(cue: &CueMatch) -> bool {
    cue.lemma.to_lowercase().ends_with(" by")
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

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// Distinct entity ids of a claim's parties, sorted: what identifies the relation.
pub fn party_ids(gazetteer: &Entities<'_>, claim: &Claim) -> Vec<String> {
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

#[cfg(test)]
mod tests {
    use std::sync::LazyLock;

    use crate::ingest::check_bytes;
    use crate::pipeline::Pipeline;
    use crate::Gazetteer;

    static PIPELINE: LazyLock<Pipeline> =
        LazyLock::new(|| Pipeline::new(Gazetteer::builtin().expect("shipped gazetteer loads")));

    /// Each claim of a text as "kind polarity modality party,party|mission".
    fn claims(text: &str) -> Vec<String> {
        let doc = check_bytes("t".into(), "t".into(), text.as_bytes().to_vec(), 1 << 20).unwrap();
        PIPELINE
            .process(&doc)
            .claims
            .iter()
            .map(|c| {
                let mut parties: Vec<&str> =
                    c.parties.iter().map(|p| p.entity_id.as_str()).collect();
                parties.sort_unstable();
                let mission = c.missions.first().map_or("", |m| m.entity_id.as_str());
                format!(
                    "{} {} {} {}|{}",
                    c.kind.as_str(),
                    serde_json::to_value(c.polarity).unwrap().as_str().unwrap(),
                    serde_json::to_value(c.modality).unwrap().as_str().unwrap(),
                    parties.join(","),
                    mission
                )
            })
            .collect()
    }

    /// (text, expected claims): one line per case.
    const CASES: &[(&str, &[&str])] = &[
        // Kinds.
        ("Norway and Japan signed a memorandum on polar data relay.", &["agreement positive actual country:JP,country:NO|"]),
        ("Aurora is a joint mission of CNES and ISRO.", &["joint_mission positive actual agency:cnes,agency:isro|"]),
        ("Portugal joined the ESA lunar relay programme as an observer.", &["participation positive actual agency:esa,country:PT|"]),
        ("NASA supplied the spectrometer for the JAXA comet orbiter.", &["contribution positive actual agency:jaxa,agency:nasa|"]),
        ("DLR and KARI have worked together on radar calibration since 2019.", &["collaboration positive actual agency:dlr,agency:kari|"]),
        ("Mexico hopes to work with the African Space Agency on drought monitoring.", &["intent positive intended agency:afsa,country:MX|"]),
        // Lists and coordination.
        ("China has signed agreements with many countries, including Russia, Kazakhstan, Germany, France, the ESA and UNOOSA.",
            &["agreement positive actual agency:esa,country:CN,country:DE,country:FR,country:KZ,country:RU,organization:unoosa|"]),
        ("The accord was concluded between India and Brazil.", &["agreement positive actual country:BR,country:IN|"]),
        ("Germany, together with Italy, will study the comet.", &["collaboration positive planned country:DE,country:IT|"]),
        // Polarity.
        ("NASA is prohibited from working with China.", &["prohibition negative actual agency:nasa,country:CN|"]),
        ("Canada suspended all joint launches with Roscosmos.", &["prohibition negative actual agency:roscosmos,country:CA|"]),
        ("ESA said it would no longer continue working with Russia.", &["prohibition negative actual agency:esa,country:RU|"]),
        ("ESA did not end its cooperation with JAXA.", &["collaboration positive actual agency:esa,agency:jaxa|"]),
        ("Japan not only funds but also cooperates with India on the rover.", &["collaboration positive actual country:IN,country:JP|"]),
        ("Brazil was banned from working with NASA.", &["prohibition negative actual agency:nasa,country:BR|"]),
        ("Russia has excluded Ukraine from the Roscosmos programme.", &["prohibition negative actual agency:roscosmos,country:RU,country:UA|"]),
        ("Canada withdrew from the ESA Venus study with JAXA.", &["prohibition negative actual agency:esa,agency:jaxa,country:CA|"]),
        ("India refused cooperation with Pakistan on satellites.", &["prohibition negative actual country:IN,country:PK|"]),
        // Modality.
        ("Kenya aims to cooperate with Egypt on remote sensing.", &["intent positive intended country:EG,country:KE|"]),
        ("China proposed a joint mission with Brazil.", &["joint_mission positive intended country:BR,country:CN|"]),
        ("NASA invited ESA to participate in the mission.", &["participation positive intended agency:esa,agency:nasa|"]),
        ("India is expected to cooperate with Japan on the LUPEX mission.", &["collaboration positive planned country:IN,country:JP|mission:lupex"]),
        ("Russia and India plan to negotiate contracts for crew seats.", &["intent positive planned country:IN,country:RU|"]),
        ("France and India desire to deepen their space cooperation.", &["intent positive intended country:FR,country:IN|"]),
        ("The report will describe the progress of many programmes, among them the earlier cooperation between Russia and Brazil.", &["collaboration positive actual country:BR,country:RU|"]),
        ("Brazil and China built the satellite.", &["collaboration positive actual country:BR,country:CN|"]),
        ("The orbiter was built by CAS and the payload module designed by ESA.", &["contribution positive actual agency:esa,organization:cas|"]),
        // Sources, places and adversaries are not parties.
        ("ISRO is providing the spacecraft bus, NASA said.", &[]),
        ("According to NASA, ESA will provide the service module.", &[]),
        ("The ambassador of Turkey in China signed the APSCO convention.", &["agreement positive actual country:TR,organization:apsco|"]),
        ("Russia halted cooperation with ESA after the invasion of Ukraine.", &["prohibition negative actual agency:esa,country:RU|"]),
        ("The NASA team trained in Japan.", &[]),
        // One side only, headlines, bylines.
        ("Kenya wants to join the constellation.", &[]),
        ("China and Russia sign lunar station agreement\n\nThe text follows.", &[]),
        ("By Jane Doe, NASA and ESA correspondent\n", &[]),
        // A country and its own agency are one party.
        ("Italy's participation, led by ASI, is large.", &[]),
    ];

    #[test]
    fn claim_rules_on_written_sentences() {
        let mut failures = Vec::new();
        for (text, want) in CASES {
            let got = claims(text);
            if got != *want {
                failures.push(format!("{text}\n   want {want:?}\n    got {got:?}"));
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    #[test]
    fn references_back_resolve_to_the_nearest_fitting_antecedents() {
        let text = "Brazil and China built the CBERS satellites. The two countries will cooperate on the next one.";
        assert_eq!(
            claims(text)[1..],
            ["collaboration positive planned country:BR,country:CN|"]
        );
        let text = "The Chang'e-4 probe landed in 2019. The mission involved payloads from the Netherlands and Sweden.";
        assert_eq!(
            claims(text),
            ["participation positive actual country:NL,country:SE|mission:change-4"]
        );
        let text = "KARI and NASA studied the orbiter. NASA will provide the antenna, and both parties will form a joint science team.";
        let got = claims(text);
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].ends_with("agency:kari,agency:nasa|"), "{got:?}");
    }

    #[test]
    fn a_singular_reference_adds_one_earlier_party() {
        let text = "ESA was founded in 1975. The agency signed an agreement with JAXA in 2020.";
        assert_eq!(
            claims(text),
            ["agreement positive actual agency:esa,agency:jaxa|"]
        );
        // "the nation" refers to Russia, named before it in the sentence: no third party.
        let text = "Japan spoke first. Russia is suspending cooperation with ESA over sanctions imposed on the nation.";
        assert_eq!(
            claims(text),
            ["prohibition negative actual agency:esa,country:RU|"]
        );
        let text =
            "NASA, ESA and JAXA designed Gateway. Canada joined NASA and its partners in 2019.";
        let got = claims(text);
        assert!(
            got[1].starts_with("participation positive actual"),
            "{got:?}"
        );
        assert!(got[1].contains("country:CA"), "{got:?}");
    }

    #[test]
    fn noise_lines_yield_no_claims() {
        let text = "Home | World | Space\n\nRussia and China sign lunar pact\n\nBy Jane Doe, jane@example.com\n\nCopyright 2020 Example News. China and Russia cooperate. All rights reserved.\n\nBACK TO THE TOP\n";
        assert!(claims(text).is_empty(), "{:?}", claims(text));
    }

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
