//! Stage 6, sentences to cooperation claims. For every body or bullet sentence the rules look
//! at its cues (from `gazetteers/cues.tsv`, by meaning, each verb or noun in all its
//! inflections), its parties (countries, agencies, organisations) and its missions:
//!
//! 1. **Counter-evidence removes parties.** A photo caption ("… in this handout photo") states
//!    nothing, nor does a yes-no question ("Will Chile join Peru's mission?") or a tally of
//!    parties each with its count. Bodies in an "according to …" or "as per …" phrase, in an
//!    attribution after a quotation or a final comma ("…, NASA said.", "…, said the minister
//!    during a meeting with NASA's chief"), in an opening phrase that sets the scene ("Speaking
//!    at the expo, organised by CII, …"), the body of a titled person speaking ("NASA
//!    Administrator Jane Doe said"), or speaking before "said (that)" when the reported clause
//!    names two parties of its own or opens with one (also when a reference back, "The agency
//!    said …", is the speaker) are sources, and bodies after "in the presence of" or "witnessed
//!    by" are witnesses; a country qualifying an unnamed thing ("a US company") is none; a
//!    country right after a preposition of place ("in China"; not "at" after a person's title,
//!    "Administrator at NASA") or after a body's name and a city ("Tsinghua University,
//!    Beijing, China") is a place; names before a word of conflict ("the Chile-Peru war", "the
//!    Chile and Peru conflicts") and the party after a conflict, competition or ranking phrase
//!    ("invasion of", "compete with", "the fourth country after") is no partner, nor is an
//!    authority that approves ("with the approval of"), a party in a concession ("despite
//!    sanctions on Roscosmos") when the rest names two, or a party after "following" (who acted
//!    before); the owner of a site a preposition of place points to is a place ("from the ESA
//!    spaceport"); the customers something is built for ("built by CAST for Pakistan and Peru")
//!    and the owner of a whole craft another party makes ("Kenya's first satellite, built by
//!    Peru") are a supplier's clients, and the maker of a vehicle named after it ("on a SpaceX
//!    Falcon 9", "on Russia's Soyuz") supplies the ride; a country a thing comes from
//!    ("components of US origin") or that owns a mission its own body works on ("NASA's work on
//!    the first U.S. mission") is no party; parties inside a relative clause about a thing (",
//!    which was India's first satellite") or about a party (unless it names that party's
//!    parent) do not take part, when the rest of the sentence names two (the clause states its
//!    own claim when it has two parties and a cue, read with the party it describes when that
//!    one opens the sentence, and a joint mission when it describes a mission: "the ILRS, which
//!    China and Russia lead jointly"); when the main cue is followed by "between" and a list of
//!    parties, those before the list (but the verb's subject) are not who the relation is
//!    between; when the main cue's clause names two parties, those of the other clauses (past
//!    "but", "while", ";", an ", and" that opens a clause with a subject of its own, a party or
//!    a noun of cooperation, and a verb, or a clause of time or reason after the main cue: "…,
//!    when", "because", "after Chile pulled out") take no part in its claim, and each of those
//!    clauses that names two parties and a cue of its own states its own claim (which replaces
//!    the main clause's when that one names fewer than two), but a clause opening with a
//!    present participle (", while improving …"), which goes on with the main clause's subject.
//! 2. **References back** fill what the sentence leaves implicit: "both sides", "the two
//!    agencies", "each party" add the nearest fitting parties named before (in text or
//!    headings), "the two Japanese universities" or "the Egyptian agency" only bodies of that
//!    country, "the company" or "the institute" the nearest organisation (not an agency; right
//!    before a name, or "of" and a name, it describes that name: "the company OneWeb", "the
//!    space agency of France"; a name coordinated with it, "JAXA and the agency", is another
//!    party), a reference to one party opening the sentence as the subject before its partners
//!    ("The nation joined Kenya and Chile") the nearest that fits, "They" opening the sentence
//!    the parties of the sentence before, "It" opening it as the subject of a verb of
//!    cooperation the party that opened the sentence before, "the mission", "the probe" the
//!    most recent mission, and "we" inside a quotation that another sentence attributes the
//!    speaker's body. Such claims get a lower confidence.
//! 3. **Kind** comes from the strongest cue — a ban or a stop, then an agreement, a joint
//!    mission or talks, then any other cooperation — and the first cue among equals. A verb of
//!    stopping or refusing makes the cooperation it governs a prohibition ("ended its
//!    partnership with", "froze all work with", "the treaty was terminated"), but not when it
//!    takes no object ("the talks ended with a signed agreement", "which ended in 2030"); a
//!    negation or a denial right before a cue makes it absent ("no agreement has been signed",
//!    "denied reports that it would cooperate"), and a negated stop is cooperation ("did not
//!    end"); a negated modal of permission or obligation makes it a ban in force ("may not
//!    cooperate with"). A noun cue that only modifies the next one ("treaty level science
//!    cooperation") leaves the kind to the head, and a participle after the noun it describes
//!    ("the agencies involved will take part"), or set off by commas after it or opening the
//!    sentence ("The pact, signed in May, will …"), to the clause's verb. Taking part in a
//!    gathering ("took part in a bilateral meeting", "participated in the course") states
//!    nothing, nor does buying, selling or leasing (a supplier's relation) unless it is stopped
//!    or refused. When no cue states cooperation, two or more parties as the subject of a verb
//!    of action (a list of names or a reference back, opening the sentence, after a short
//!    opener or after "said") act together, a collaboration ("Kenya and Peru have sent four
//!    satellites"), and so do two or more parties as the agent of a passive ("The survey will
//!    be implemented by Chile and Peru"), unless the verb is one of speech or of the lexicon's
//!    `not_joint` acts ("met", "asked").
//! 4. **Modality** comes from the future, plan or wish words governing the main cue ("will",
//!    "is expected to"; "plans to"; "hopes", "desire to", "looking for", "need to",
//!    "recommends", "trying to"), and for a noun cue from the verb after it, but not from a
//!    future set off after a mission ("the Lyra mission, set to fly in 2030"); cooperation only
//!    wished for, or planned in general ("plan to cooperate"), is an `intent`.
//! 5. A claim needs a cue and at least two distinct parties not of one family (a country and
//!    its own agency; two bodies of one country, neither part of the other, are two), and
//!    sanctions need both sides, not only one list of parties; a sentence with a list yields
//!    one claim with all of them, and sanctions, "A in partnership with B", a noun of
//!    cooperation with its "between" list after the main relation's object inside another
//!    relation, or a joint undertaking in an appositive with the list it joins ("ArianeGroup,
//!    the joint venture of Airbus and Safran, signed with JAXA") are a claim of their own.
//!
//! [`extract_each`] hands over each sentence's claims as soon as they are found, so the
//! pipeline makes them records at once and a document never holds all its claims; [`extract`]
//! collects them. With `extract --explain`, [`extract_explained`] also reports, for every
//! sentence naming two or more parties, the outcome and every party set aside with why
//! ([`Decision`]).
//!
//! `sentence` runs the rules over one sentence as named steps in order (2 and 5, and the
//! parts of 1 that narrow the parties), `parties` tells who only seems a party (1, and one
//! family), `kinds` what the cues decide (3 and 4, and the sanctions and pairs that are
//! relations of their own), `discourse` what earlier sentences named for references back to
//! reach.

mod discourse;
mod kinds;
mod parties;
mod quotes;
mod sentence;
#[cfg(test)]
mod tests;

use std::cell::OnceCell;

use foldhash::HashSet;

use crate::gazetteer::{CueLexicon, CueMatch, CueRole, EntityType, NAME_CONNECTORS};
use crate::record::{ClaimKind, Modality, Polarity};
use crate::resolve::{Entities, MatchKind, Mention};
use crate::text::normalize::NormText;
use crate::text::segment::{at_most_words, Sentence, UnitKind};

use discourse::Discourse;
use sentence::{Notes, SentenceView, MIN_PARTY_CONFIDENCE};

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
    fn referred_to_by(&self, (start, end): (usize, usize)) -> ClaimEntity {
        ClaimEntity {
            entry: self.entry,
            start,
            end,
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

/// What the claim rules decided for one sentence naming two or more parties: what
/// `extract --explain` writes.
#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    /// Index of the sentence.
    pub sentence: usize,
    /// `claim`, or why the sentence states none.
    pub outcome: &'static str,
    /// The rules of the claims made (empty when none).
    pub rules: Vec<String>,
    /// Every party set aside: (entity index, raw start, raw end, why).
    pub set_aside: Vec<(usize, usize, usize, &'static str)>,
}

/// What the claim rules made of one sentence, handed over by [`extract_each`] as soon as the
/// sentence is done.
#[derive(Debug, Clone, PartialEq)]
pub enum Finding {
    /// One claim; a sentence's claims come in order, before its decision.
    Claim(Claim),
    /// What the rules decided for a sentence naming two or more parties (only when
    /// explaining).
    Decision(Decision),
}

/// Extracts the claims of one document, in sentence order.
pub fn extract(
    gazetteer: &Entities<'_>,
    text: &str,
    sentences: &[Sentence],
    mentions: &[Mention],
    cues: &[CueMatch],
) -> Vec<Claim> {
    collect(gazetteer, text, sentences, mentions, cues, false).0
}

/// Like [`extract`], and also what the rules decided for every sentence naming two or more
/// parties: which parties they set aside and why, and the outcome.
pub fn extract_explained(
    gazetteer: &Entities<'_>,
    text: &str,
    sentences: &[Sentence],
    mentions: &[Mention],
    cues: &[CueMatch],
) -> (Vec<Claim>, Vec<Decision>) {
    collect(gazetteer, text, sentences, mentions, cues, true)
}

fn collect(
    gazetteer: &Entities<'_>,
    text: &str,
    sentences: &[Sentence],
    mentions: &[Mention],
    cues: &[CueMatch],
    explain: bool,
) -> (Vec<Claim>, Vec<Decision>) {
    let (mut claims, mut decisions) = (Vec::new(), Vec::new());
    extract_each(
        gazetteer,
        text,
        sentences,
        mentions,
        cues,
        explain,
        |finding| match finding {
            Finding::Claim(claim) => claims.push(claim),
            Finding::Decision(decision) => decisions.push(decision),
        },
    );
    (claims, decisions)
}

/// The claims of one document in sentence order (and with `explain` the [`Decision`] of each
/// sentence naming two or more parties), each handed to `found` as soon as its sentence is
/// done: a document dense with claims need not hold them all at once.
pub fn extract_each(
    gazetteer: &Entities<'_>,
    text: &str,
    sentences: &[Sentence],
    mentions: &[Mention],
    cues: &[CueMatch],
    explain: bool,
    mut found: impl FnMut(Finding),
) {
    let mut discourse = Discourse::default();
    let mut after_unnamed_members = false;
    let speakers = quotes::quoted_speakers(gazetteer, text, sentences, mentions, cues);
    let mut mention_at = 0;
    let mut cue_at = 0;
    let mut stated = HashSet::default();
    for (index, sentence) in sentences.iter().enumerate() {
        let first_mention = mention_at;
        while mention_at < mentions.len() && mentions[mention_at].start < sentence.end {
            mention_at += 1;
        }
        let first_cue = cue_at;
        while cue_at < cues.len() && cues[cue_at].start < sentence.end {
            cue_at += 1;
        }
        if sentence.kind == UnitKind::Meta {
            continue;
        }
        let in_sentence = |start: usize| start >= sentence.start;
        let sentence_mentions: Vec<&Mention> = mentions[first_mention..mention_at]
            .iter()
            .filter(|m| in_sentence(m.start))
            .collect();
        // A cue word inside a name is part of the name: "States" in "the United States" is
        // no speech verb, "Cooperation" in an organisation's name states nothing.
        // Mentions are sorted and do not overlap: the one that may hold the cue is the last
        // one starting at or before it.
        // A reference back that runs into a name is the name's article: "the University" in
        // "the University of Lima".
        // A quoted title ("an accord titled “Cooperation between …”") is a name too.
        let titles = quotes::quoted_titles(text, sentence.start, sentence.end);
        let inside_a_name = |c: &CueMatch| {
            let after = sentence_mentions.partition_point(|m| m.start <= c.start);
            // The word that ends a mission's name still names a mission: "the NASA-JAXA
            // Tropical Rainfall Measuring Mission" may be the pair's.
            let inside = after.checked_sub(1).is_some_and(|last| {
                let m = sentence_mentions[last];
                c.end <= m.end
                    && !(c.role == CueRole::MissionWord
                        && c.end == m.end
                        && gazetteer.entry(m.entry).kind.is_mission())
            });
            let runs_into = c.role.refers_back()
                && sentence_mentions.get(after).is_some_and(|next| {
                    next.start < c.end
                        && next.via != MatchKind::Demonym
                        && gazetteer.entry(next.entry).kind.is_party()
                });
            let in_a_title = titles.iter().any(|&(s, e)| s <= c.start && c.end <= e);
            inside || runs_into || in_a_title
        };
        let mut extra_cues =
            references_with_a_nationality(gazetteer, text, sentence, &sentence_mentions);
        // With two parties named, a reference back is not needed, and its noun may say what
        // they are ("one of the partners"): the noun's cue stands in for the reference.
        let mut named = sentence_mentions.iter().filter(|m| {
            gazetteer.entry(m.entry).kind.is_party()
                && m.via != MatchKind::Demonym
                && m.confidence >= MIN_PARTY_CONFIDENCE
        });
        let two_named = named
            .next()
            .is_some_and(|first| named.any(|m| m.entry != first.entry));
        let relation_nouns = if two_named {
            relation_nouns_of_references(
                gazetteer,
                &text[..sentence.end],
                &sentence_mentions,
                cues[first_cue..cue_at]
                    .iter()
                    .filter(|c| in_sentence(c.start))
                    .chain(&extra_cues),
            )
        } else {
            Vec::new()
        };
        // A reference spanning a nationality word takes the place of the cues inside it
        // ("partners" in "its European partners"), as the longest cue does in the lexicon.
        let replaced = |c: &CueMatch| {
            (c.role == CueRole::PartiesReference && relation_nouns.iter().any(|n| n.end == c.end))
                || extra_cues
                    .iter()
                    .any(|r| r.start <= c.start && c.end <= r.end)
        };
        let mut sentence_cues: Vec<&CueMatch> = cues[first_cue..cue_at]
            .iter()
            .filter(|c| {
                in_sentence(c.start)
                    && !inside_a_name(c)
                    && !heads_an_unlisted_name(gazetteer, text, sentence, c)
                    && !opens_a_compound(text, c)
                    && !counted(text, c)
                    && !specified_after(text, c)
                    && !replaced(c)
            })
            .collect();
        // A reference with a nationality whose noun says what the parties are gives way to
        // that noun, as a cue of the lexicon's does above.
        extra_cues.retain(|r| {
            r.role != CueRole::PartiesReference || !relation_nouns.iter().any(|n| n.end == r.end)
        });
        extra_cues.extend(relation_nouns);
        if !extra_cues.is_empty() {
            sentence_cues.extend(&extra_cues);
            sentence_cues.sort_by_key(|c| c.start);
        }
        let view = SentenceView {
            gazetteer,
            text,
            sentence,
            index,
            mentions: sentence_mentions,
            cues: sentence_cues,
            speaker: speakers[index].clone(),
            after_unnamed_members,
            titles,
            opening_end: OnceCell::new(),
            opening_subordinator: OnceCell::new(),
        };
        // Headings state no claims, but what they name is what "both organisations" in the
        // text below may refer to.
        // The parties its claims reached through references back: "They" in the next
        // sentence may mean the parties "both sides" meant here.
        let mut referred: Vec<ClaimEntity> = Vec::new();
        // The parties of the sentence's first claim, and how many claims it made: a reference
        // in the next sentence may take the parties of a sentence's one claim.
        let (mut first_claimed, mut claims_made): (Option<Vec<ClaimEntity>>, usize) = (None, 0);
        let states_nothing = sentence.kind == UnitKind::Heading
            || (sentence.kind == UnitKind::Bullet
                && only_names(&text[sentence.start..sentence.end]));
        if !states_nothing && view.may_have_two_parties() {
            let mut notes = Notes::default();
            let mut repeated = 0;
            for claim in view.claims(&discourse, &mut notes) {
                referred.extend(
                    claim
                        .parties
                        .iter()
                        .filter(|p| p.antecedent.is_some())
                        .cloned(),
                );
                claims_made += 1;
                if first_claimed.is_none() {
                    first_claimed = Some(claim.parties.clone());
                }
                if stated.insert(StatedClaim::of(text, sentence, &claim)) {
                    found(Finding::Claim(claim));
                } else {
                    repeated += 1;
                }
            }
            if repeated > 0 && repeated == claims_made {
                notes.outcome = "repeats an earlier sentence's claims word for word";
            }
            if explain {
                let named_parties: HashSet<usize> = view
                    .mentions
                    .iter()
                    .filter(|m| view.is_party(m))
                    .map(|m| m.entry)
                    .collect();
                if named_parties.len() >= 2 {
                    found(Finding::Decision(Decision {
                        sentence: index,
                        outcome: notes.outcome,
                        rules: notes.rules,
                        set_aside: notes.set_aside,
                    }));
                }
            }
        }
        after_unnamed_members = view.unnamed_members_join();
        let one_claim = first_claimed.filter(|_| claims_made == 1);
        view.remember(&mut discourse, referred, one_claim);
    }
}

/// What makes a claim the same claim again: a page that repeats its lede or its summary
/// states the same claim in the same words twice, and it is one claim, cited where it is
/// first stated.
#[derive(PartialEq, Eq, Hash)]
struct StatedClaim<'t> {
    sentence: &'t str,
    kind: ClaimKind,
    polarity: Polarity,
    modality: Modality,
    parties: Vec<usize>,
    missions: Vec<usize>,
}

impl<'t> StatedClaim<'t> {
    fn of(text: &'t str, sentence: &Sentence, claim: &Claim) -> StatedClaim<'t> {
        StatedClaim {
            sentence: text[sentence.start..sentence.end].trim(),
            kind: claim.kind,
            polarity: claim.polarity,
            modality: claim.modality,
            parties: claim.parties.iter().map(|p| p.entry).collect(),
            missions: claim.missions.iter().map(|m| m.entry).collect(),
        }
    }
}

/// The lemma of the cue a verb gets when two parties as its subject do it together ("Chile
/// and Peru launched the probe").
pub(super) const JOINT_ACTION: &str = "acting together";

/// Words by which each of several parties acts on its own, not together: "built their own
/// rovers", "launched separately", "… respectively".
pub(super) const ON_THEIR_OWN: &[&str] = &[
    "own",
    "respectively",
    "separately",
    "independently",
    "individually",
];

/// The pronouns that open a relative clause ("a rover that will launch", "Peru, which signed").
pub(super) const RELATIVE_PRONOUNS: &[&str] = &["that", "which", "who", "whose"];

/// The hyphens that join a compound ("end-users", "Peru-based").
pub(super) const HYPHENS: [char; 3] = ['-', '\u{2010}', '\u{2011}'];

/// The marks that join two names as a pair or a compound ("NASA-ISRO", "ESA/JAXA", "Korea–U.S.").
pub(super) const JOINERS: [char; 5] = ['-', '/', '\u{2010}', '\u{2011}', '\u{2013}'];

/// A verb cue written as the first part of a hyphenated compound is no verb: "end" in
/// "end-users", "launch" in "launch-pad".
fn opens_a_compound(text: &str, cue: &CueMatch) -> bool {
    let mut after = text[cue.end..].chars();
    cue.verb
        && after.next().is_some_and(|c| HYPHENS.contains(&c))
        && after.next().is_some_and(char::is_alphabetic)
}

/// A reference back with "of" after it is told what it means there: "the space agencies of
/// the five nations", "both sides of the border" refer to no party named before. So is one
/// that a part is taken from and a participle or relative clause narrows: "Kenya is one of
/// the countries discussing terms" names a group of its own.
fn specified_after(text: &str, cue: &CueMatch) -> bool {
    const PARTITIVES: &[&str] = &["one of ", "some of ", "many of ", "among "];
    if cue.role != CueRole::PartiesReference {
        return false;
    }
    let after = &text[cue.end..];
    let before = &text[..cue.start];
    let next_word = after
        .strip_prefix(' ')
        .and_then(|rest| rest.split(' ').next())
        .unwrap_or("");
    let narrowed = (next_word.len() > 5 && next_word.ends_with("ing"))
        || RELATIVE_PRONOUNS.contains(&next_word);
    after.starts_with(" of ")
        || (narrowed && PARTITIVES.iter().any(|p| ends_with_phrase(before, p)))
}

/// A cue word joined after a number is a size, not a relation: "an 18-member delegation", "a
/// 3-party meeting".
fn counted(text: &str, cue: &CueMatch) -> bool {
    text[..cue.start]
        .strip_suffix(HYPHENS)
        .is_some_and(|before| before.ends_with(|c: char| c.is_ascii_digit()))
}

/// A capitalised cue word inside the sentence right before a capitalised head word ("the
/// National Convention Center", "the Partnership Office") is part of a name no gazetteer
/// lists, and states nothing.
fn heads_an_unlisted_name(
    gazetteer: &Entities<'_>,
    text: &str,
    sentence: &Sentence,
    cue: &CueMatch,
) -> bool {
    let capitalised = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    let next = text[cue.end..sentence.end]
        .strip_prefix(' ')
        .and_then(|rest| rest.split(|c: char| !c.is_alphabetic()).next())
        .unwrap_or("");
    cue.start > sentence.start
        && capitalised(&text[cue.start..cue.end])
        && capitalised(next)
        && gazetteer
            .gazetteer()
            .name_patterns()
            .head_type(next)
            .is_some()
}

/// "the two Japanese universities", "the three Iranian space agencies", "the Egyptian agency",
/// "these US agencies": a reference back with a nationality word inside, which the lexicon's
/// phrases ("the two universities", "the agency") do not hold; and so is one with the name of
/// the mission the parties share ("the three Helios partners"). Each such phrase in the
/// sentence, as a cue spanning it whole.
fn references_with_a_nationality(
    gazetteer: &Entities<'_>,
    text: &str,
    sentence: &Sentence,
    mentions: &[&Mention],
) -> Vec<CueMatch> {
    // "the two", "both"; "universities", "space agencies".
    const SHAPES: [(usize, usize); 4] = [(2, 2), (2, 1), (1, 2), (1, 1)];
    let mut found = Vec::new();
    let lexicon = gazetteer.gazetteer().cues();
    for m in mentions
        .iter()
        .filter(|m| names_a_nationality(gazetteer, m) || gazetteer.entry(m.entry).kind.is_mission())
    {
        let before = &text[sentence.start..m.start];
        let after = &text[m.end..sentence.end];
        let reference = SHAPES.iter().find_map(|&(words_before, words_after)| {
            let quantifier = last_words(before, words_before)?;
            let opener = before[quantifier..].split(' ').next().unwrap_or("");
            if !lexicon.may_open_a_reference(opener) {
                return None;
            }
            let noun = first_words(after, words_after)?;
            let phrase = format!("{} {}", &before[quantifier..], &after[..noun]);
            let cues = lexicon.find(&phrase, &NormText::new(&phrase));
            match cues.as_slice() {
                [cue]
                    if matches!(
                        cue.role,
                        CueRole::PartiesReference | CueRole::PartyReference
                    ) && cue.start == 0
                        && cue.end == phrase.len() =>
                {
                    Some(CueMatch {
                        start: sentence.start + quantifier,
                        end: m.end + noun,
                        ..cue.clone()
                    })
                }
                _ => None,
            }
        });
        found.extend(reference);
    }
    found
}

/// Whether a mention can be the nationality word of a reference back: a demonym ("the two
/// Japanese universities") or a country's name written as one ("these US agencies").
pub(super) fn names_a_nationality(gazetteer: &Entities<'_>, mention: &Mention) -> bool {
    mention.via == MatchKind::Demonym || gazetteer.entry(mention.entry).kind == EntityType::Country
}

/// "one of the partners", "among the signatories", "are the partners", "the partners of the
/// mission – ESA, JAXA and CNES –": the noun of a reference back that is a word of cooperation
/// in the lexicon, after "of", "among" or a copula, or with the parties listed in apposition,
/// says what the parties are ("partners" a collaboration, "signatories" an agreement). Each
/// such noun, as a cue of its kind ending where its reference ends.
fn relation_nouns_of_references<'c>(
    gazetteer: &Entities<'_>,
    // The document up to the sentence's end.
    text: &str,
    mentions: &[&Mention],
    cues: impl Iterator<Item = &'c CueMatch>,
) -> Vec<CueMatch> {
    let lexicon = gazetteer.gazetteer().cues();
    const BEFORE: [&str; 10] = [
        "of", "among", "is", "are", "was", "were", "be", "been", "become", "became",
    ];
    cues.filter(|c| c.role == CueRole::PartiesReference)
        .filter(|c| {
            let word = last_word(&text[..c.start]);
            BEFORE.iter().any(|b| word.eq_ignore_ascii_case(b))
                || listed_in_apposition(gazetteer, text, mentions, c)
        })
        .filter_map(|reference| {
            let written = &text[reference.start..reference.end];
            let noun_at = written.rfind(' ').map_or(0, |at| at + 1);
            let cue = cooperation_word(lexicon, &written[noun_at..])?;
            Some(CueMatch {
                start: reference.start + noun_at,
                end: reference.end,
                ..cue
            })
        })
        .collect()
}

/// Whether the parties a reference back means are listed right after it, or after a phrase
/// of "of" or "in" that says what they are partners in, set off by a dash, a bracket or a
/// colon (a comma only right after the reference): "the partners – ESA and JAXA –", "the
/// partners in the project (ESA, JAXA)".
fn listed_in_apposition(
    gazetteer: &Entities<'_>,
    text: &str,
    mentions: &[&Mention],
    reference: &CueMatch,
) -> bool {
    const MARKS: [char; 5] = ['\u{2013}', '\u{2014}', '(', ':', ','];
    const MAX_PHRASE_WORDS: usize = 12;
    let rest = &text[reference.end..];
    let Some(mark) = rest.find(MARKS) else {
        return false;
    };
    let phrase = rest[..mark].trim();
    let after_mark = &rest[mark..];
    // After a phrase, only a dash, a bracket or a colon opens the list: a comma may stand
    // inside a list of its own ("the partners of the mission will visit A, B and C").
    let about = phrase.is_empty()
        || (["of ", "in "].iter().any(|p| phrase.starts_with(p))
            && !after_mark.starts_with(',')
            && at_most_words(phrase, MAX_PHRASE_WORDS));
    let list = after_mark[after_mark.chars().next().map_or(0, char::len_utf8)..].trim_start();
    let list = list.strip_prefix("the ").unwrap_or(list);
    let list_start = text.len() - list.len();
    about
        && mentions.iter().any(|m| {
            m.start == list_start
                && m.via != MatchKind::Demonym
                && gazetteer.entry(m.entry).kind.is_party()
        })
}

/// The lexicon's cue of a kind of cooperation that `word` is, whole ("partners", "ties").
fn cooperation_word(lexicon: &CueLexicon, word: &str) -> Option<CueMatch> {
    lexicon
        .whole(word)
        .filter(|cue| matches!(cue.role, CueRole::Kind(_)))
}

/// Whether a list item only names something, as a heading does ("NASA-ESA Agreement", "Joint
/// Lunar Programme"): at most eight words, no closing punctuation, every word capitalised
/// but for the connectors of names.
fn only_names(item: &str) -> bool {
    const MOST_WORDS: usize = 8;
    let item = item.trim();
    let words: Vec<&str> = item.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= MOST_WORDS
        && !item.ends_with(['.', '!', '?', ':', ';', ','])
        && words.iter().all(|w| {
            let word = w.trim_matches(|c: char| !c.is_alphanumeric());
            word.is_empty()
                || !word.starts_with(char::is_lowercase)
                || NAME_CONNECTORS.contains(&word)
        })
}

/// `text` without an article ending it ("… supply the engines for the" gives "… for"), so the
/// word before a name is read past its article.
pub(super) fn without_final_article(text: &str) -> &str {
    ["the", "a", "an"]
        .iter()
        .find_map(|d| text.strip_suffix(d).filter(|rest| rest.ends_with(' ')))
        .unwrap_or(text)
}

/// The last word of `prefix` between white space ("" when it has none). Only the last 64
/// bytes of text are read: a longer word comes back cut to its end, which no short word it is
/// compared with matches, so a sentence without spaces stays linear.
pub(super) fn last_word(prefix: &str) -> &str {
    tail(prefix.trim_end())
        .split_whitespace()
        .next_back()
        .unwrap_or("")
}

/// Whether `text` ends with `phrase`, in any case, and no word goes on before it ("… under
/// contract to", not "… counder contract to").
pub(super) fn ends_with_phrase(text: &str, phrase: &str) -> bool {
    let Some(at) = text.len().checked_sub(phrase.len()) else {
        return false;
    };
    text.is_char_boundary(at)
        && text[at..].eq_ignore_ascii_case(phrase)
        && !(phrase.starts_with(char::is_alphanumeric)
            && text[..at].ends_with(char::is_alphanumeric))
}

/// What follows `phrase` when `text` opens with it, in any case, and no word goes on after it
/// ("for" opens "for CONAE", not "forward").
pub(super) fn after_phrase<'t>(text: &'t str, phrase: &str) -> Option<&'t str> {
    let rest = text
        .get(..phrase.len())
        .filter(|head| head.eq_ignore_ascii_case(phrase))
        .map(|_| &text[phrase.len()..])?;
    (!rest.starts_with(char::is_alphanumeric)).then_some(rest)
}

/// The last 64 bytes of `text` (fewer to start on a character): enough to hold the word before
/// a position, which is all the rules read there.
pub(super) fn tail(text: &str) -> &str {
    tail_of(text, 64)
}

/// The first `bytes` bytes of `text`, or fewer, to end on a character.
pub(super) fn head_of(text: &str, bytes: usize) -> &str {
    let mut to = text.len().min(bytes);
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    &text[..to]
}

/// The last `bytes` bytes of `text`, or fewer, to start on a character.
pub(super) fn tail_of(text: &str, bytes: usize) -> &str {
    let mut from = text.len().saturating_sub(bytes);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    &text[from..]
}

/// Where the last `n` words of `text` start, when `text` ends in a word and has `n` of them.
fn last_words(text: &str, n: usize) -> Option<usize> {
    let trimmed = text.strip_suffix(' ')?;
    let mut start = trimmed.len();
    for _ in 0..n {
        let rest = trimmed[..start].trim_end();
        let word = rest.rsplit(' ').next()?;
        if word.is_empty() || !word.chars().all(char::is_alphanumeric) {
            return None;
        }
        start = rest.len() - word.len();
    }
    Some(start)
}

/// Where the first `n` words of `text` end, when `text` starts with a space and `n` words.
fn first_words(text: &str, n: usize) -> Option<usize> {
    let mut end = 0;
    for _ in 0..n {
        let rest = text[end..].strip_prefix(' ')?;
        let word = rest.split(|c: char| !c.is_alphanumeric()).next()?;
        if word.is_empty() {
            return None;
        }
        end = text.len() - rest.len() + word.len();
    }
    Some(end)
}
