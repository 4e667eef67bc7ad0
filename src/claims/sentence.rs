//! The claim rules over one sentence: which of its mentions are parties (not sources, places
//! or name modifiers, not one family), which earlier parties and missions its references back
//! add, and the claim it makes. What the cues say (kind, modality, split relations) is in
//! `kinds`.

use std::collections::HashSet;

use crate::gazetteer::{CueMatch, CueRole, EntityType};
use crate::record::{ClaimKind, Modality};
use crate::resolve::{Entities, Mention};
use crate::text::segment::{is_list_separator, words, Sentence};

use super::discourse::{Discourse, Fit};
use super::{Claim, ClaimEntity};

/// Mentions below this confidence (unresolved ambiguity, demonyms) are never parties.
const MIN_PARTY_CONFIDENCE: f64 = 0.5;
/// Confidence of a claim whose parties and mission are all named in the sentence.
const BASE_CONFIDENCE: f64 = 0.9;
/// Factor applied when a party or the mission comes from a reference back.
const REFERENCE_FACTOR: f64 = 0.8;

/// One sentence with its mentions and cues.
pub(super) struct SentenceView<'a> {
    pub(super) gazetteer: &'a Entities<'a>,
    pub(super) text: &'a str,
    pub(super) sentence: &'a Sentence,
    pub(super) index: usize,
    pub(super) mentions: Vec<&'a Mention>,
    pub(super) cues: Vec<&'a CueMatch>,
}

impl SentenceView<'_> {
    fn kind_of(&self, mention: &Mention) -> EntityType {
        self.gazetteer.entry(mention.entry).kind
    }

    /// The mention that starts at byte `at`. Mentions are sorted by start and do not overlap,
    /// so lookups by offset are binary searches: a sentence naming thousands of parties stays
    /// linear.
    fn mention_starting_at(&self, at: usize) -> Option<&Mention> {
        let next = self.mentions.partition_point(|m| m.start < at);
        self.mentions.get(next).copied().filter(|m| m.start == at)
    }

    /// The mention that ends at byte `at`: the last one starting before it, as mentions do not
    /// overlap.
    fn mention_ending_at(&self, at: usize) -> Option<&Mention> {
        let before = self.mentions.partition_point(|m| m.start < at);
        before
            .checked_sub(1)
            .map(|last| self.mentions[last])
            .filter(|m| m.end == at)
    }

    pub(super) fn is_party(&self, mention: &Mention) -> bool {
        self.kind_of(mention).is_party()
            && mention.via != crate::resolve::MatchKind::Demonym
            && mention.confidence >= MIN_PARTY_CONFIDENCE
    }

    fn is_mission(&self, mention: &Mention) -> bool {
        self.kind_of(mention).is_mission() && mention.confidence >= MIN_PARTY_CONFIDENCE
    }

    /// Adds this sentence's parties and missions to what later references can reach.
    pub(super) fn remember(&self, discourse: &mut Discourse) {
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
            // "The minister said on Monday that Egypt and China should …": when the reported
            // clause names two parties of its own, the speaker before the verb is a source.
            let reported = &self.text[cue.end..end];
            let parties_after = self
                .mentions
                .iter()
                .filter(|m| m.start >= cue.end && self.is_party(m))
                .map(|m| m.entry)
                .collect::<HashSet<_>>()
                .len();
            let speaker_before = self
                .mentions
                .iter()
                .any(|m| m.end <= cue.start && self.is_party(m));
            let speaker_only = reported_clause(reported).is_some_and(|c| !starts_with_pronoun(c));
            if speaker_before && speaker_only && parties_after >= 2 {
                let clause_start = self.text[start..cue.start]
                    .rfind([',', ';'])
                    .map_or(start, |at| start + at);
                ranges.push((clause_start, cue.end));
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
            // Attribution at the end: "…, NASA said." — from the last comma before the verb,
            // when nothing after the verb is a statement of its own ("…, ESA said it would
            // suspend cooperation with Roscosmos" is one).
            let after = &self.text[cue.end..end];
            let states_more = self
                .mentions
                .iter()
                .any(|m| m.start >= cue.end && self.is_party(m))
                || self.cues.iter().any(|c| {
                    c.start >= cue.end && matches!(c.role, CueRole::Kind(_) | CueRole::Cessation)
                });
            if words(after).len() <= 8 && !states_more {
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
    /// Cooperation Agreement", "the U.S. Congress") or an adjective ("US-centric", "China-led"):
    /// a party only when nothing else is.
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
            if let Some(next) = self.mention_starting_at(next_at) {
                at = next.end;
                continue;
            }
            // "the Korea-U.S. Cooperation Agreement" (a name), "US-centric" (an adjective).
            let hyphenated = rest.starts_with(['-', '\u{2010}']);
            return skipped.starts_with(|c: char| c.is_uppercase())
                || (hyphenated && skipped.starts_with(|c: char| c.is_lowercase()));
        }
    }

    /// A country after a combining form in one adjective ("the Indo-US mission", "Sino-Russian"):
    /// a nationality adjective, no party.
    fn in_combining_form(&self, mention: &Mention) -> bool {
        let before = &self.text[self.sentence.start..mention.start];
        let Some(stem) = before.strip_suffix(['-', '\u{2010}', '\u{2013}']) else {
            return false;
        };
        let word = stem
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        self.kind_of(mention) == EntityType::Country
            && word.len() >= 4
            && word.ends_with('o')
            && word.starts_with(char::is_uppercase)
            && self.mention_ending_at(mention.start - 1).is_none()
    }

    /// The byte range of the clause around `at`, clauses being parts of the sentence split at
    /// a contrast (", but", "; ", ", although", ", whereas", ", while").
    fn clause_around(&self, at: usize) -> (usize, usize) {
        const CONTRASTS: &[&str] = &[", but ", "; ", ", although ", ", whereas ", ", while "];
        let (start, end) = (self.sentence.start, self.sentence.end);
        let sentence = &self.text[start..end];
        let mut bounds = vec![start];
        for contrast in CONTRASTS {
            bounds.extend(sentence.match_indices(contrast).map(|(i, _)| start + i));
        }
        bounds.push(end);
        bounds.sort_unstable();
        let after = bounds.partition_point(|&b| b <= at);
        (
            bounds[after.saturating_sub(1)],
            bounds[after.min(bounds.len() - 1)],
        )
    }

    /// Relative clauses (", which …", ", who …" up to the next comma) that describe a thing
    /// rather than a party and do not hold the main cue. One right after a party describes
    /// that participant ("Arianespace, which belongs to ArianeGroup") and is kept.
    fn descriptive_clauses(&self, parties: &[ClaimEntity], main: &CueMatch) -> Vec<(usize, usize)> {
        let (start, end) = (self.sentence.start, self.sentence.end);
        let sentence = &self.text[start..end];
        let mut out = Vec::new();
        for opener in [", which ", ", who "] {
            for (at, _) in sentence.match_indices(opener) {
                let clause_start = start + at;
                let after = at + opener.len();
                let clause_end = sentence[after..]
                    .find(',')
                    .map_or(end, |c| start + after + c);
                let after_party = parties.iter().any(|p| p.end == clause_start);
                let holds_main = main.start >= clause_start && main.end <= clause_end;
                if !after_party && !holds_main {
                    out.push((clause_start, clause_end));
                }
            }
        }
        out
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

    pub(super) fn claims(&self, discourse: &Discourse, notes: &mut Notes) -> Vec<Claim> {
        let sources = self.source_ranges();
        let outside_sources = |at: usize| !sources.iter().any(|&(s, e)| at >= s && at < e);
        let excluded = self.role_excluded();
        let mut parties: Vec<ClaimEntity> = Vec::new();
        let mut modifiers: Vec<ClaimEntity> = Vec::new();
        let mut missions: Vec<ClaimEntity> = Vec::new();
        for m in &self.mentions {
            let entity = ClaimEntity::named(m);
            if self.is_party(m) {
                let reason = if !outside_sources(m.start) {
                    Some("a source, not a participant")
                } else if excluded.contains(&m.start) {
                    Some("a place, an adversary or a rival")
                } else if self.in_combining_form(m) {
                    Some("part of an adjective")
                } else {
                    None
                };
                if let Some(reason) = reason {
                    notes.set_aside(&entity, reason);
                    continue;
                }
            }
            if !outside_sources(m.start) {
                continue;
            }
            if self.is_party(m) {
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
            notes.outcome = "no cue that states cooperation (none, or negated, denied or framed)";
            return Vec::new();
        };
        // "MBRSC has not been involved, but the UAE and Japan signed an agreement": when a
        // contrast splits the sentence, the parties are those of the main cue's clause, if it
        // names two.
        let (clause_start, clause_end) = self.clause_around(main_cue.start);
        let in_clause = |p: &ClaimEntity| p.start >= clause_start && p.end <= clause_end;
        if parties.iter().filter(|p| in_clause(p)).count() >= 2 {
            notes.set_aside_all(
                parties.iter().filter(|p| !in_clause(p)),
                "in another clause",
            );
            parties.retain(in_clause);
            missions.retain(in_clause);
        }
        // "… since the launch of APPLE, which was India's first satellite": a relative clause
        // about a thing names no participant, when the rest names two.
        let descriptive = self.descriptive_clauses(&parties, main_cue);
        let outside =
            |p: &ClaimEntity| !descriptive.iter().any(|&(s, e)| p.start >= s && p.end <= e);
        if parties.iter().filter(|p| outside(p)).count() >= 2 {
            notes.set_aside_all(
                parties.iter().filter(|p| !outside(p)),
                "in a clause describing a thing",
            );
            parties.retain(outside);
        }

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
        // "a satellite built by CAST for Pakistan": making something for a customer is a
        // supplier relation, and the customer no partner.
        if is_agent_cue(main_cue) || main_cue.role == CueRole::MadeBy {
            notes.set_aside_all(
                parties.iter().filter(|p| self.is_customer(p)),
                "the customer of what is made",
            );
            parties.retain(|p| !self.is_customer(p));
        }
        if parties.len() < 2 {
            notes.outcome = "fewer than two parties";
            return Vec::new();
        }
        if self.one_family(&parties) {
            notes.outcome = "the parties are one body or one country";
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
        // "the probe was built by Spain and the camera by Portugal": a parallel clause names
        // another maker after a bare "by".
        let after_agent_cue = |p: &ClaimEntity| {
            cues.iter().any(|c| {
                is_agent_cue(c) && c.end <= p.start && is_article_only(&self.text[c.end..p.start])
            })
        };
        let parallel_makers = parties
            .iter()
            .filter(|p| p.start > main_cue.end && self.follows_word(p, "by") && !after_agent_cue(p))
            .count();
        let makers = makers + parallel_makers;
        let party_after_cue = parties.iter().any(|p| p.start >= main_cue.end);
        let has_recipient = parties.iter().any(|p| self.follows_for(p));
        let co_made = !has_recipient
            && if is_agent_cue(main_cue) {
                !party_before_cue
            } else {
                main_cue.role == CueRole::MadeBy && !party_after_cue
            };
        let planned_only = modal_cue.is_some_and(|c| c.role == CueRole::Plan);
        let kind = match (kind, modality) {
            (ClaimKind::Collaboration, Modality::Intended) => ClaimKind::Intent,
            // "China and Peru plan to cooperate": the plan is the statement.
            (ClaimKind::Collaboration, Modality::Planned) if planned_only => ClaimKind::Intent,
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
        // Talks and negotiations are about cooperation still to come: never `actual`.
        let modality = match (kind, modality) {
            (ClaimKind::Intent, Modality::Actual) => Modality::Intended,
            _ => modality,
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
        notes.outcome = "claim";
        notes.rules = out.iter().map(|c| c.rule.clone()).collect();
        out
    }

    /// Whether `word` (and an article) stands right before a party named in the sentence.
    fn follows_word(&self, party: &ClaimEntity, word: &str) -> bool {
        let before = self.text[self.sentence.start..party.start].trim_end();
        let before = before.strip_suffix("the").map_or(before, str::trim_end);
        party.antecedent.is_none()
            && before
                .rsplit(char::is_whitespace)
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case(word))
    }

    /// Whether "for" stands right before a party: what is made goes to it.
    fn follows_for(&self, party: &ClaimEntity) -> bool {
        self.follows_word(party, "for")
    }

    /// Whether a party is named as the customer of what is made: after "for", with no noun it
    /// modifies after it ("for Pakistan", not "for NASA's rover" or "for the NASA rover").
    fn is_customer(&self, party: &ClaimEntity) -> bool {
        const CLAUSE_WORDS: &[&str] = &[
            "and", "or", "in", "on", "at", "by", "with", "to", "from", "was", "were", "is", "are",
            "will", "has", "had", "last", "this", "next", "since", "after", "before", "under",
        ];
        let after = &self.text[party.end..self.sentence.end];
        let next_word = after.split_whitespace().next().unwrap_or("");
        let modifier = after.starts_with("'s")
            || after.starts_with("’s")
            || (after.starts_with(' ')
                && next_word.starts_with(char::is_alphabetic)
                && !CLAUSE_WORDS.contains(&next_word));
        self.follows_for(party) && !modifier
    }

    /// Whether a party is written right before a cue ("NASA-designed", "ESA developed").
    pub(super) fn follows_party(&self, cue: &CueMatch) -> bool {
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
}

/// What the claim rules decided for one sentence, for `extract --explain`: the parties they
/// set aside and why, and the outcome.
#[derive(Debug, Default)]
pub(super) struct Notes {
    /// (entity index, raw start, raw end, why) of every party set aside.
    pub(super) set_aside: Vec<(usize, usize, usize, &'static str)>,
    /// "claim", or why there is none.
    pub(super) outcome: &'static str,
    /// The rules of the claims made.
    pub(super) rules: Vec<String>,
}

impl Notes {
    fn set_aside(&mut self, party: &ClaimEntity, why: &'static str) {
        let note = (party.entry, party.start, party.end, why);
        if !self.set_aside.contains(&note) {
            self.set_aside.push(note);
        }
    }

    fn set_aside_all<'a>(
        &mut self,
        parties: impl Iterator<Item = &'a ClaimEntity>,
        why: &'static str,
    ) {
        for party in parties {
            self.set_aside(party, why);
        }
    }
}

/// Gap text that joins a preposition to the first name after it: nothing, or an article.
pub(super) fn is_article_only(gap: &str) -> bool {
    let gap = gap.trim();
    gap.is_empty() || gap.eq_ignore_ascii_case("the")
}

/// The reported clause after a speech verb: what follows "that", when "that" comes within a
/// few words ("said on Monday that …").
fn reported_clause(after: &str) -> Option<&str> {
    let that = after
        .match_indices("that ")
        .map(|(at, _)| at)
        .find(|&at| at == 0 || after[..at].ends_with(' '))?;
    (words(&after[..that]).len() <= 5).then(|| &after[that + "that ".len()..])
}

/// Whether a reported clause's subject is a pronoun ("… said that they will …"): then the
/// speaker is who acts, not only a source.
fn starts_with_pronoun(clause: &str) -> bool {
    const PRONOUNS: &[&str] = &["it", "they", "we", "he", "she", "its", "their", "our"];
    clause
        .split_whitespace()
        .next()
        .is_some_and(|w| PRONOUNS.iter().any(|p| w.eq_ignore_ascii_case(p)))
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

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}
