//! What a sentence's cues say: the kind and polarity of its claim, its modality, whether a
//! collaboration is a joint mission, and the relations of their own (sanctions, "in
//! partnership with") a claim splits into.

use crate::gazetteer::{CueMatch, CueRole, EntityType};
use crate::record::{ClaimKind, Modality, Polarity};
use crate::text::normalize::after_possessive;
use crate::text::segment::{at_most_words, is_one_of, word_iter, words, Word};
use crate::text::timex::number_value;

use super::parties::{in_verb_group, is_according_to, BE};
use super::sentence::{is_article_only, is_determiner, without_bracketed_tail, SentenceView};
use super::{
    after_phrase, cooperation_word, head_of, last_word, tail_of, Claim, ClaimEntity, HYPHENS,
    JOINERS, JOINT_ACTION, ON_THEIR_OWN, RELATIVE_PRONOUNS,
};

/// Participles of speech that open what a speaker adds after a comma (", adding that …").
const ADDING: &[&str] = &[
    "adding",
    "noting",
    "saying",
    "stressing",
    "stating",
    "explaining",
    "emphasizing",
    "emphasising",
    "recalling",
    "arguing",
    "insisting",
    "warning",
    "claiming",
    "announcing",
    "confirming",
];

/// Whether `text` holds the start of what a speaker adds: a comma, a participle of speech
/// and "that", a colon or a quotation (", noting that", ", adding: …").
fn adds_a_clause(text: &str) -> bool {
    text.match_indices(", ").any(|(at, _)| {
        let rest = &text[at + 2..];
        let word = rest.split([' ', ':']).next().unwrap_or("");
        is_one_of(word, ADDING) && reports(&rest[word.len()..])
    })
}

/// Whether the text after a participle of speech opens what is reported: "that", a colon
/// or a quotation mark.
fn reports(after: &str) -> bool {
    [" that ", ":", " \u{201c}", " \""]
        .iter()
        .any(|opener| after.starts_with(opener))
}

/// Whether what a speaker adds names its parties itself: no pronoun or reference that
/// points back to the main clause ("…, stating that Peru and Kenya are its closest
/// partners" speaks of the subject's partners).
fn self_contained(added: &str) -> bool {
    const BACK: &[&str] = &["it", "its", "they", "their", "them", "both", "two", "three"];
    !word_iter(added).any(|w| is_one_of(w.text, BACK))
}

/// Auxiliaries and forms of "be" and "have": a finite verb follows or is one.
pub(super) const FINITE: &[&str] = &[
    "will", "would", "shall", "can", "could", "may", "might", "must", "have", "has", "had", "are",
    "were", "is", "was",
];

/// How many words may stand between a future auxiliary ("will", "is expected to") and the cue.
const PLANNED_REACH: usize = 8;
/// How many words after a prepositional cue ("together with B,") may stand before "will".
const PLANNED_AFTER_REACH: usize = 4;
/// How many words a future auxiliary reaches for a to-infinitive of cooperation it governs
/// ("will create a framework for A and B to share data").
const PURPOSE_REACH: usize = 16;
/// How many words after a sanction cue may lead to "by" or "on" and the party after it.
const SANCTION_REACH: usize = 4;

/// How many words after an agreement noun a passive of making it ("was signed by") may end.
const MADE_IN_THE_PASSIVE_REACH: usize = 14;

/// How many bytes after "by" the agent of a passive of making an agreement is looked for.
const BY_AGENT_BYTES: usize = 80;

/// Participles of making an agreement, which "by" and its makers follow in the passive.
const MAKING_AN_AGREEMENT: &[&str] = &[
    "signed",
    "concluded",
    "finalised",
    "finalized",
    "sealed",
    "struck",
    "inked",
    "ratified",
    "reached",
    "agreed",
];

/// How many words after "joint" may hold the word "mission" for a joint mission.
const JOINT_MISSION_REACH: usize = 6;

/// How many words may stand between a collaboration cue and the verb of making it modifies
/// ("jointly developed", "built in collaboration with").
const MAKER_REACH: usize = 1;
/// Nouns of an offer a party may turn down ("declined Peru's invitation").
const OFFERS: &[&str] = &[
    "offer",
    "offers",
    "invitation",
    "invitations",
    "proposal",
    "proposals",
    "request",
    "requests",
    "bid",
];

/// Words that may follow a noun phrase and begin no noun of their own: a name before one of
/// them is the whole phrase ("GOSAT-2 of Japan"), not a modifier ("the GOSAT-2 team").
pub(super) const FUNCTION_WORDS: &[&str] = &[
    "of", "in", "on", "into", "for", "and", "or", "which", "that", "to", "from", "at", "aboard",
    "as", "by", "with", "will", "was", "is", "are", "were", "has", "had", "have",
];
/// Pieces of hardware a party may give to another's mission.
const HARDWARE: &[&str] = &[
    "instrument",
    "instruments",
    "camera",
    "cameras",
    "payload",
    "payloads",
    "spectrometer",
    "spectrometers",
    "detector",
    "detectors",
    "sensor",
    "sensors",
    "radar",
    "antenna",
];
/// The large parts a mission is made of, each of which one party may build.
const WHOLE_PARTS: &[&str] = &[
    "orbiter",
    "orbiters",
    "lander",
    "landers",
    "rover",
    "rovers",
    "module",
    "modules",
    "probe",
    "probes",
    "satellite",
    "satellites",
    "spacecraft",
    "telescope",
    "stage",
    "engine",
    "engines",
    "arm",
];
/// Nouns for a share of one mission, which is made of parts as the mission is ("its payload
/// comprises", "the first phase consists of").
const MISSION_SHARES: &[&str] = &[
    "payload",
    "payloads",
    "instruments",
    "suite",
    "phase",
    "elements",
    "components",
    "hardware",
];
/// Words for what is measured, observed or only modelled on another's: what comes "from" a
/// party's mission after them is data or heritage, not a part ("combined its observations
/// with data from ESA's Gaia", "an upgraded version of ISRO's camera").
const DATA_OR_HERITAGE: &[&str] = &[
    "data",
    "observations",
    "measurements",
    "images",
    "imagery",
    "results",
    "samples",
    "analysis",
    "version",
    "versions",
    "design",
    "similar",
    "inherited",
    "based",
];
/// Words that may stand between a refusal or a stop and the stop it refuses or stops: "refused
/// to end", "suspended its plans to end", "reversed the decision to end".
const PLAN_OF_A_STOP: &[&str] = &[
    "to", "its", "their", "the", "a", "plan", "plans", "decision", "proposal", "threat",
];
/// Nouns for the people a party may send to take part in another party's mission, besides
/// its hardware and experiments ("will send two astronauts", "sent a scientist").
const PEOPLE: &[&str] = &[
    "astronaut",
    "astronauts",
    "cosmonaut",
    "cosmonauts",
    "taikonaut",
    "taikonauts",
    "crew",
    "crews",
    "citizen",
    "citizens",
    "scientist",
    "scientists",
    "engineer",
    "engineers",
    "researcher",
    "researchers",
    "specialist",
    "specialists",
    "student",
    "students",
    "team",
    "teams",
];
/// Nouns for what a party may send to fly on another party's mission besides its parts:
/// experiments, small satellites and payloads.
const FLOWN: &[&str] = &[
    "experiment",
    "experiments",
    "cubesat",
    "cubesats",
    "package",
    "packages",
    "robot",
    "robots",
];
/// Whether a word names a piece of hardware or a large part of a mission.
fn is_part(word: &str) -> bool {
    is_one_of(word, HARDWARE) || is_one_of(word, WHOLE_PARTS)
}
/// How far apart, in bytes, two cues may be and still be read as in one clause.
const SAME_CLAUSE_REACH: usize = 300;
/// How many words a verb of making reaches for its object ("built the first joint satellite").
const MADE_OBJECT_REACH: usize = 4;

/// Words that may stand between a thing made and the passive participle that makes it: "the
/// satellite was jointly developed by", "the probe, designed and built by".
const PASSIVE_FILLERS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "jointly", "also",
    "and",
];
/// Words that open a clause with a subject of its own: "…, which dates back to 1994 when CNES
/// and ISA signed".
const CLAUSE_OPENERS: &[&str] = &[
    "when", "after", "before", "while", "whereas", "where", "since", "because", "as",
];
/// Words that end the object of a verb of making: what follows them is no longer what is made
/// ("developed instruments for the mission").
pub(super) const OBJECT_ENDS: &[&str] = &[
    "for", "on", "of", "to", "at", "in", "with", "from", "by", "and", "or", "that", "which",
];

/// Prepositions that open a phrase after a noun phrase ("the programme during the
/// conference"), besides the ones that end a thing made (`OBJECT_ENDS`).
const PHRASE_PREPOSITIONS: &[&str] = &[
    "during",
    "under",
    "through",
    "since",
    "after",
    "before",
    "between",
    "among",
    "within",
    "into",
    "over",
    "until",
    "amid",
    "alongside",
    "via",
    "across",
    "as",
    "against",
    "without",
    "toward",
    "towards",
    "despite",
];

/// The prepositions after a noun of cooperation that name who it joins in an appositive
/// ("the joint venture between Chile and Peru", "a consortium of …").
const APPOSITIVE_PREPOSITIONS: &[&str] = &["between", "of", "among"];

/// Nouns of an undertaking that is its members' own: an appositive's list after them is who
/// works together ("an initiative of Chile and Peru").
const JOINT_UNDERTAKINGS: &[&str] = &[
    "partnership",
    "cooperation",
    "co-operation",
    "collaboration",
    "venture",
    "ventures",
    "consortium",
    "alliance",
    "initiative",
    "project",
    "programme",
    "program",
    "undertaking",
];

/// The words that may follow a list of fields outside space and end it: its partner or its
/// time ("economic cooperation with Peru since 2010").
const FIELD_LIST_ENDS: &[&str] = &["with", "between", "among", "since", "until"];

/// Nouns for a launch vehicle: what is aboard one is launched, and a launch may be bought.
const ROCKET_WORDS: &[&str] = &["rocket", "rockets", "launcher", "launchers", "booster"];

/// How many words may stand between a negation and the cue it negates.
const NEGATION_REACH: usize = 3;

/// Nouns of intention that a negation reaches through, with the preposition after them, to
/// the cooperation they name ("no plans for a joint mission", "no intention of signing").
const INTENTION_NOUNS: &[&str] = &[
    "plan",
    "plans",
    "intention",
    "intentions",
    "interest",
    "desire",
    "wish",
    "ambition",
    "ambitions",
    "proposal",
    "proposals",
    "talk",
    "talks",
];

/// How many words of a gap after a negation are an intention noun and its preposition ("no
/// plans for a joint mission" leaves "a" between the negation and the cue), else 0.
fn intention_noun_words(gap: &str) -> usize {
    let gap = words(gap);
    match gap.as_slice() {
        [noun, preposition, ..]
            if is_one_of(noun.text, INTENTION_NOUNS)
                && is_one_of(preposition.text, &["for", "of", "in", "to", "on", "about"]) =>
        {
            2
        }
        _ => 0,
    }
}

/// The words of a wish for another party's act that a negation reaches over: "does not want
/// Roscosmos to join" negates the joining as "does not want to join" does: the party and the
/// "to" after the verb of wishing.
fn wished_agent_words(gap: &str) -> usize {
    const MOST_AGENT_WORDS: usize = 3;
    match words(gap).as_slice() {
        [wish, agent @ .., to]
            if is_one_of(wish.text, WISH_VERBS)
                && to.text == "to"
                && (1..=MOST_AGENT_WORDS).contains(&agent.len()) =>
        {
            agent.len() + 1
        }
        _ => 0,
    }
}

/// The forms of the verbs that wish for something without "to" ("wants Peru to join", "would
/// like a role"), whose object may be another party's act or a thing wished for.
const WISH_VERBS: &[&str] = &[
    "want", "wants", "wanted", "wanting", "like", "ask", "asks", "asked", "asking", "urge",
    "urges", "urged", "urging",
];

/// Whether a wish reaches the cooperation cue `main` over `gap`, the text between them. A
/// wish with "to" ("wants to join") reaches as far as any; one without reaches another party's
/// act ("wants Peru to join") or the cooperation it names as its object ("wants a partnership
/// with Peru"), not what a thing wished for leads to ("Because NASA wanted a module, it
/// signed …", "JAXA, which wants a role, signed …").
fn wish_reaches(wish: &CueMatch, main: &CueMatch, gap: &str) -> bool {
    const MOST_OBJECT_WORDS: usize = 5;
    const ASKED_OBJECT_WORDS: usize = 3;
    const PREPOSITIONAL_OBJECT_WORDS: usize = 8;
    let last = words(&wish.lemma).last().map(|w| w.text);
    // "keen on closer cooperation", "interested in a partnership": a wish with a preposition
    // reaches only the cooperation it names as its object ("ESA, keen on lunar exploration,
    // signed …" wishes nothing of the signing).
    let prepositional = last.is_some_and(|w| is_one_of(w, &["on", "for", "in"]));
    let bare = !wish.lemma.ends_with(" to")
        && (prepositional || last.is_some_and(|w| is_one_of(w, WISH_VERBS)));
    if !bare {
        return true;
    }
    let gap_words = words(gap);
    // "wants ESA's help": a cue after a possessive or a determiner is a noun.
    let noun = !main.verb
        || gap.ends_with("'s ")
        || gap.ends_with("’s ")
        || gap_words.last().is_some_and(|w| is_determiner(w.text));
    // "keen on the idea of working with", "interested in eventually joining", "eager for
    // Peru to join": the object of the preposition, in the wish's clause.
    if prepositional {
        // "interested in the mission before it signed with Peru": a clause of its own; "keen
        // on finishing the study before joining": a phrase of the wish's object.
        const CLAUSE_OPENERS: &[&str] = &[
            "before", "after", "since", "until", "when", "where", "because", "while",
        ];
        let opens_a_clause = gap_words
            .windows(2)
            .any(|pair| is_one_of(pair[0].text, CLAUSE_OPENERS) && !pair[1].text.ends_with("ing"));
        return !crosses_clause(gap)
            && gap_words.len() <= PREPOSITIONAL_OBJECT_WORDS
            && !opens_a_clause;
    }
    // "asked ESA whether the joint mission …": a question, not a wish.
    let question = gap_words
        .iter()
        .any(|w| is_one_of(w.text, &["whether", "if", "about"]));
    // "asked Peru for a partnership": what is asked for stands right after the one asked, not
    // in a phrase of its own ("asked Peru for data from the joint satellite").
    // The act asked for, in its infinitive, is reached however long ("asked Chile to build a
    // radar together").
    let asking = last.is_some_and(|w| w.starts_with("ask") || w.starts_with("urg"));
    let most_object_words = if asking {
        ASKED_OBJECT_WORDS
    } else {
        MOST_OBJECT_WORDS
    };
    !crosses_clause(gap)
        && !question
        && (gap_words.last().is_some_and(|w| w.text == "to")
            || (asking && gap_words.iter().any(|w| w.text == "to"))
            || (noun && gap_words.len() <= most_object_words))
}

/// How many words may stand between a verb of stopping or refusing and the cooperation cue it
/// governs ("ended more than two decades of cooperation").
const CESSATION_REACH: usize = 6;
/// How many words may stand between the cooperation a passive verb of stopping stops and that
/// verb ("all cooperation in science and research with Russia would be halted").
const PASSIVE_CESSATION_REACH: usize = 10;
/// How many words a denial reaches ("denied reports that it would cooperate").
const DENIAL_REACH: usize = 10;

/// Words after a verb of stopping that show it takes no object: "ended with a signed
/// agreement", "which ended in 2030", "ended last year" (and the weekdays of `timex`).
const NO_OBJECT_AFTER: &[&str] = &[
    "with",
    "in",
    "at",
    "on",
    "by",
    "after",
    "before",
    "when",
    "while",
    "because",
    "as",
    "for",
    "last",
    "next",
    "early",
    "late",
    "earlier",
    "later",
    "up",
    "and",
    "or",
    "but",
    "abruptly",
    "suddenly",
    "prematurely",
    "successfully",
    "there",
    "here",
    "soon",
    "today",
    "tomorrow",
    "yesterday",
];

/// What a cue found before a claim cue does to it.
#[derive(Clone, Copy)]
enum Governor<'c> {
    /// "not", "no": the cooperation is absent (or, for a ban, not in force).
    Negation(&'c CueMatch),
    /// "ended", "suspended", "refused to": the cooperation is stopped or refused.
    Cessation(&'c CueMatch),
    /// "denied", "ruled out": the statement is denied.
    Denial(&'c CueMatch),
    /// "exploring", "considering": the cooperation is weighed or prepared, not yet made.
    Preparation(&'c CueMatch),
}

/// The framing phrase each cue of a sentence stands in (see `SentenceView::frames`): its start
/// and the role of the frame's cue, in text order.
struct Frames(Vec<(usize, Option<CueRole>)>);

impl Frames {
    /// The role of the frame `cue` stands in, if it stands in one.
    fn of(&self, cue: &CueMatch) -> Option<CueRole> {
        let at = self.0.partition_point(|&(start, _)| start < cue.start);
        self.0
            .get(at)
            .filter(|&&(start, _)| start == cue.start)
            .and_then(|&(_, role)| role)
    }
}

impl SentenceView<'_> {
    /// Whether a party, or a reference to one, follows a verb of stopping in its clause: the
    /// side whose work is stopped ("suspended all launches with Peru", "withdrew from APSCO").
    /// With none, the act stops something of no named party ("OneWeb asked Chile to launch
    /// it after cancelling a Russian launch"). Parties from `until` on, a new act's, are not
    /// looked at.
    fn other_side_after(&self, stop: &CueMatch, until: usize) -> bool {
        let (_, clause_end) = self.clause_around(stop.start);
        let clause_end = clause_end.min(until).max(stop.end);
        // Cues are in text order: those after the verb start where a binary search says.
        let after = self.cues.partition_point(|c| c.start < stop.end);
        self.distinct_parties_in(stop.end, clause_end) > 0
            || self.cues[after..]
                .iter()
                .take_while(|c| c.start < clause_end)
                .any(|c| {
                    c.end <= clause_end
                        && matches!(c.role, CueRole::PartiesReference | CueRole::PartyReference)
                })
    }

    /// Whether a verb of withdrawing with no object, in a clause of its own after a cooperation
    /// cue of the sentence, has a pronoun for its subject ("…, but it withdrew in 2011", "…,
    /// but they later dropped out"): the stop ends the cooperation stated before, whose
    /// parties the pronoun refers to. At most two words ("had to", "later") stand between the
    /// pronoun and the verb.
    pub(super) fn ends_the_cooperation_before(&self, stop: &CueMatch) -> bool {
        const PRONOUNS: &[&str] = &["it", "they"];
        // Only a party withdraws: "it stopped" or "it ended" may be a thing's.
        const WITHDRAWING: &[&str] = &["withdraw", "drop out", "pull out", "back out", "opt out"];
        if !stop.verb || self.takes_object(stop) || !WITHDRAWING.contains(&&*stop.lemma) {
            return false;
        }
        let (clause_start, _) = self.clause_around(stop.start);
        let words = words(&self.text[clause_start..stop.start]);
        // The clause opens with its contrast: ", but it", "; it".
        let words = match words.first() {
            Some(w) if is_one_of(w.text, &["but", "although", "whereas", "while"]) => &words[1..],
            _ => &words[..],
        };
        let cooperation_before = self
            .cues
            .iter()
            .any(|c| c.end <= clause_start && matches!(c.role, CueRole::Kind(_)));
        clause_start > self.sentence.start
            && cooperation_before
            && words.first().is_some_and(|w| is_one_of(w.text, PRONOUNS))
            && words.len() <= 3
            && words[1..]
                .iter()
                .all(|w| w.text.starts_with(char::is_lowercase))
    }

    /// What follows the last comma of `gap` (the text after `cue`) when the comma closes a
    /// phrase set off after the cue's noun phrase: a relative or participle clause ("…, which
    /// began in 1993, was suspended", "…, signed in 2018, was cancelled") or an appositive the
    /// cue stands in ("The observatory, a joint project of A and B, was suspended").
    fn set_off_before<'g>(&self, cue: &CueMatch, gap: &'g str) -> Option<&'g str> {
        if gap.contains([';', ':', '(', ')']) {
            return None;
        }
        let last = gap.rfind(',')?;
        let inner = &gap[..last];
        // A relative clause, or a participle's ("The accord, signed in 2018, was cancelled").
        let relative = inner.find(',').is_some_and(|at| {
            let clause = &inner[at..];
            let participle = word_iter(clause).next().is_some_and(|w| {
                self.gazetteer
                    .gazetteer()
                    .cues()
                    .is_past_form(&w.text.to_lowercase())
            });
            !inner[at + 1..].contains(',') && (opens_a_relative_clause(clause) || participle)
        });
        let appositive = !inner.contains(',') && {
            let before = &self.text[self.sentence.start..cue.start];
            before.rfind(',').is_some_and(|comma| {
                let opener = before[comma + 1..].trim();
                let first = opener.split(' ').next().unwrap_or("");
                is_determiner(first) && at_most_words(opener, 3)
            })
        };
        (relative || appositive).then(|| &gap[last + 1..])
    }

    /// The verb of stopping after `cues[i]` that stops it, and whether it is a passive: "the
    /// cooperation agreement was terminated" (passive), "the partnership with NASA ended",
    /// "cooperation would soon come to an end" (one without an object after the cooperation
    /// that is its subject; not a verb that stops only an object: "cooperation declined after
    /// 2014" is less of it). Only the cues within reach are looked at, so a sentence of many
    /// cues stays linear.
    fn stop_after<'c>(&self, cues: &[&'c CueMatch], i: usize) -> Option<(&'c CueMatch, bool)> {
        let cue = cues[i];
        cues[i + 1..]
            .iter()
            .copied()
            .take_while(|g| within_words(&self.text[cue.end..g.start], PASSIVE_CESSATION_REACH))
            .find_map(|g| {
                let gap = &self.text[cue.end..g.start];
                if g.role != CueRole::Cessation {
                    return None;
                }
                if crosses_clause(gap) {
                    // "The partnership between A and B, which began in 1993, was suspended":
                    // past a set-off phrase, only a passive auxiliary.
                    let rest = words(self.set_off_before(cue, gap)?);
                    return (rest.len() <= 2 && ends_with_passive_auxiliary(&rest))
                        .then_some((g, true));
                }
                let gap = words(gap);
                if gap.len() > PASSIVE_CESSATION_REACH || opens_a_clause(&gap) {
                    return None;
                }
                // "put its partnership with Peru on hold": a state of rest after the object.
                let state_of_rest = !g.verb && self.text[g.start..g.end].starts_with("on ");
                if ends_with_passive_auxiliary(&gap) || state_of_rest {
                    Some((g, true))
                } else {
                    (!cue.verb
                        && g.verb
                        && !g.needs_object
                        && !self.takes_object(g)
                        && links_subject(&gap))
                    .then_some((g, false))
                }
            })
    }

    /// The cue before `cues[i]` that governs it, if any: a negation within a few words, a verb
    /// of stopping that takes it as its object in the same clause, or a denial earlier in the
    /// clause.
    fn governor<'c>(&self, cues: &[&'c CueMatch], i: usize) -> Option<Governor<'c>> {
        let cue = cues[i];
        // Talks that end are over, not stopped ("the talks ended with a signed agreement"),
        // unless something stops them ("the talks were suspended").
        let stopped = self
            .stop_after(cues, i)
            .filter(|&(_, passive)| passive || cue.role != CueRole::Kind(ClaimKind::Intent));
        if let (Some((stop, _)), CueRole::Kind(_) | CueRole::Trade) = (stopped, cue.role) {
            return Some(Governor::Cessation(stop));
        }
        // No governor reaches further than a denial does.
        let within_reach = |g: &&CueMatch| within_words(&self.text[g.end..cue.start], DENIAL_REACH);
        (0..i)
            .rev()
            .map(|j| (j, cues[j]))
            .take_while(|(_, g)| within_reach(g))
            .find_map(|(j, g)| {
                if !matches!(
                    g.role,
                    CueRole::Negation
                        | CueRole::Cessation
                        | CueRole::Refusal
                        | CueRole::Forbidding
                        | CueRole::Denial
                        | CueRole::Preparation
                ) {
                    return None;
                }
                let gap = &self.text[g.end..cue.start];
                let reach = words(gap).len();
                match g.role {
                    CueRole::Negation
                        if reach - intention_noun_words(gap) - wished_agent_words(gap)
                            < NEGATION_REACH =>
                    {
                        Some(Governor::Negation(g))
                    }
                    CueRole::Cessation
                        if reach < CESSATION_REACH
                            && !crosses_clause(gap)
                            && self.takes_object(g)
                            && !self.new_act_between(cues, j, i) =>
                    {
                        Some(Governor::Cessation(g))
                    }
                    // "will not cooperate", "decided not to buy": a refusal of the act right
                    // after it, or of the cooperation that act's object names ("would not renew
                    // the contract"), but not of a verb further on ("will not change how ESA
                    // works with").
                    CueRole::Refusal
                        if reach == 0
                            || (reach < CESSATION_REACH && !cue.verb && !crosses_clause(gap)) =>
                    {
                        Some(Governor::Cessation(g))
                    }
                    // "may not cooperate with", "cannot engage in joint projects with": a ban
                    // in force on the act right after it or on the cooperation its object
                    // names; "cannot be done without cooperation" forbids nothing.
                    CueRole::Forbidding
                        if reach == 0
                            || (reach < CESSATION_REACH
                                && !cue.verb
                                && !crosses_clause(gap)
                                && word_iter(gap).next().is_none_or(|w| w.text != "be")) =>
                    {
                        Some(Governor::Cessation(g))
                    }
                    CueRole::Denial
                        if reach < DENIAL_REACH
                            && !crosses_clause(gap)
                            && !self.new_act_between(cues, j, i) =>
                    {
                        Some(Governor::Denial(g))
                    }
                    // "exploring formal agreements", "considering joining": what is weighed is a
                    // thing or an act not yet made, not one the text names as existing ("considered
                    // the agreement a success"), nor the manner of the verb ("explore the Moon
                    // together"), nor what a name stands between ("considers Chile a partner",
                    // "explore Mars in a joint mission").
                    CueRole::Preparation
                        if weighs_what_follows(gap)
                            && !["together", "jointly"].contains(&&*cue.lemma) =>
                    {
                        Some(Governor::Preparation(g))
                    }
                    _ => None,
                }
            })
    }

    /// A noun cue that is the object of a negated or denied verb cue is negated with it: "did
    /// not agree on a joint mission", "failed to sign a cooperation agreement". The noun must
    /// follow the verb closely in its clause, with no new act of the subject between, and
    /// not be named as existing (a possessive, "of", "existing" before it).
    fn negate_objects_of_negated_verbs<'c>(
        &self,
        cues: &[&'c CueMatch],
        governors: &mut [Option<Governor<'c>>],
    ) {
        // "failed to fund its joint mission", "did not agree on the details of the joint
        // mission": a cooperation owned or named as a thing of its own exists.
        const EXISTING: &[&str] = &[
            "its", "their", "our", "his", "her", "of", "existing", "current", "ongoing",
        ];
        for (i, noun) in cues.iter().enumerate() {
            if noun.verb || governors[i].is_some() || !matches!(noun.role, CueRole::Kind(_)) {
                continue;
            }
            let Some(verb) = (0..i)
                .rev()
                .find(|&j| matches!(cues[j].role, CueRole::Kind(_)))
            else {
                continue;
            };
            let gap = &self.text[cues[verb].end..noun.start];
            let negated = matches!(
                governors[verb],
                Some(Governor::Negation(_) | Governor::Denial(_))
            );
            let gap_words = words(gap);
            if negated
                && cues[verb].verb
                && !gap_words.iter().any(|w| is_one_of(w.text, EXISTING))
                && gap_words.len() < CESSATION_REACH
                && !crosses_clause(gap)
                && !self.new_act_between(cues, verb, i)
            {
                governors[i] = governors[verb];
            }
        }
    }

    /// How many distinct parties the sentence names outside its first basis frame ("under an
    /// agreement with Kenya", up to its comma), when the frame holds a party and a basis frame
    /// holds a cue of a kind. With one or none outside, the frame's cue is what joins them.
    fn parties_outside_the_basis(&self, cues: &[&CueMatch], frames: &Frames) -> Option<usize> {
        let basis = self.cues.iter().find(|c| self.opens_a_basis(c))?;
        let end = self.basis_frame_end(basis);
        let framed_kind = cues
            .iter()
            .any(|c| matches!(c.role, CueRole::Kind(_)) && frames.of(c) == Some(CueRole::Basis));
        let mut outside: Vec<usize> = Vec::new();
        let mut inside = false;
        for m in self.mentions.iter().filter(|m| self.is_party(m)) {
            if m.start >= basis.end && m.end <= end {
                inside = true;
            } else if !outside.contains(&m.entry) {
                outside.push(m.entry);
            }
        }
        (framed_kind && inside).then_some(outside.len())
    }

    /// Whether a cue opens a basis frame: "under the", "following the", or "according to" an
    /// agreement ("according to the agreements in force, Peru leases …"), which cites what
    /// the agreement sets out, not a speaker.
    fn opens_a_basis(&self, cue: &CueMatch) -> bool {
        cue.role == CueRole::Basis
            || (cue.role == CueRole::Speech && is_according_to(cue) && self.cites_an_agreement(cue))
    }

    /// Where the basis frame opened by `basis` ends: at its comma, semicolon or colon (a
    /// bracketed acronym inside is part of it: "with NASA (the agency),").
    fn basis_frame_end(&self, basis: &CueMatch) -> usize {
        let mut from = basis.end;
        loop {
            let Some(at) = self.text[from..self.sentence.end].find([',', ';', ':']) else {
                return self.sentence.end;
            };
            let end = from + at;
            // "Under the memorandum, which was signed in May, …": a relative clause of the
            // frame's noun is part of the frame.
            if !opens_a_relative_clause(&self.text[end..self.sentence.end]) {
                return end;
            }
            from = end + 1;
        }
    }

    /// The framing phrase each cue of the sentence stands in, as the role of its cue ("despite
    /// sanctions, …", "under the accord, …"): the nearest frame cue before it in its clause.
    /// One pass over the sentence, so a sentence of many frames stays linear.
    fn frames(&self) -> Frames {
        let mut roles = Vec::with_capacity(self.cues.len());
        let mut frame: Option<(CueRole, usize)> = None;
        let (mut scanned, mut clause_start) = (self.sentence.start, self.sentence.start);
        for cue in &self.cues {
            if let Some(at) = self.text[scanned..cue.start].rfind([',', ';', ':', '(', ')']) {
                // A relative clause after a comma goes on with the noun before it, frame
                // and all.
                if !opens_a_relative_clause(&self.text[scanned + at..cue.start]) {
                    clause_start = scanned + at + 1;
                }
            }
            scanned = scanned.max(cue.start);
            let role = frame.filter(|&(_, end)| end >= clause_start);
            roles.push((cue.start, role.map(|(role, _)| role)));
            if cue.role == CueRole::Frame {
                frame = Some((cue.role, cue.end));
            } else if self.opens_a_basis(cue) {
                frame = Some((CueRole::Basis, cue.end));
            }
        }
        Frames(roles)
    }

    /// Whether an act joined by "and" or "but" after the governor `cues[g]`, up to `cues[i]`
    /// itself, is a new act of its subject that the governor does not reach, nor its object
    /// (see [`Self::is_new_act`]).
    fn new_act_between(&self, cues: &[&CueMatch], g: usize, i: usize) -> bool {
        cues[g + 1..=i]
            .iter()
            .any(|act| self.is_new_act(cues[g], act))
    }

    /// Whether `act`, joined by "and" or "but" after `governor`, is a new act of its subject:
    /// "disagreed on the schedule but signed the accord", "halted the missile test and pledged
    /// to cooperate". When what the governor governs opens with "that", "whether", "if", "to"
    /// or a modal, right after it or after its object noun, the two acts stand inside it and
    /// are governed together ("denied reports that it would meet and cooperate with China");
    /// an opener further on belongs to a phrase of its own ("disagreed on the mission to Mars
    /// but signed").
    fn is_new_act(&self, governor: &CueMatch, act: &CueMatch) -> bool {
        const COMPLEMENT_OPENERS: &[&str] = &[
            "that", "whether", "if", "to", "would", "will", "could", "might", "may", "should",
            "can",
        ];
        const OPENER_REACH: usize = 2;
        if act.start < governor.end {
            return false;
        }
        let gap = &self.text[governor.end..act.start];
        // "… but will join", "… and it has since joined": a pronoun subject and auxiliaries
        // of the new act may stand after the conjunction.
        const AFTER_LINK: &[&str] = &["also", "since", "instead", "it", "they"];
        let words_before: Vec<&str> = gap.split_whitespace().collect();
        let auxiliaries = words_before
            .iter()
            .rev()
            .take(3)
            .take_while(|w| is_one_of(w, FINITE) || is_one_of(w, AFTER_LINK))
            .count();
        let link = words_before
            .len()
            .checked_sub(auxiliaries + 1)
            .map(|at| words_before[at]);
        if !link.is_some_and(|w| w == "and" || w == "but") {
            return false;
        }
        // A verb ("signed", "pledged to"), not a noun that is another object of the governor
        // ("suspended all launches and talks with Ghana").
        let is_act = act.verb
            || (matches!(
                act.role,
                CueRole::Intended | CueRole::Kind(ClaimKind::Intent)
            ) && self
                .gazetteer
                .gazetteer()
                .cues()
                .is_past_form(&self.first_word_of(act).to_lowercase()));
        // "to" opens an infinitive before a lowercase word ("plans to meet"), and is a
        // preposition before a name or an article ("flights to Ghana", "a visit to the Moon").
        let opens = |w: Word| {
            is_one_of(w.text, COMPLEMENT_OPENERS)
                && (!w.text.eq_ignore_ascii_case("to")
                    || word_iter(&gap[w.end..]).next().is_some_and(|next| {
                        next.text.starts_with(char::is_lowercase) && !is_determiner(next.text)
                    }))
        };
        is_act
            && !word_iter(gap)
                .filter(|w| !is_determiner(w.text))
                .take(OPENER_REACH)
                .any(opens)
    }

    /// Whether a reference back is the subject of a clause coordinated after the cues that make
    /// the claim, a clause with no cue of a kind of its own: "The UK-built rover was due to
    /// launch in May, and the agency is now exploring how to move forward" (the agency builds
    /// nothing).
    pub(super) fn subject_of_a_clause_without_cue(&self, reference: &CueMatch) -> bool {
        let before = self.text[self.sentence.start..reference.start].trim_end();
        let border = [", and", ", but", ";"].iter().any(|b| before.ends_with(b));
        let verb_after = || {
            word_iter(&self.text[reference.end..self.sentence.end])
                .next()
                .is_some_and(|w| is_one_of(w.text, FINITE))
        };
        let cue_before = || {
            self.cues
                .iter()
                .any(|c| !c.role.refers_back() && c.end <= reference.start)
        };
        // Cues are in text order: those after the reference start where a binary search says.
        let kind_after = || {
            self.cues_from(reference.end)
                .iter()
                .any(|c| matches!(c.role, CueRole::Kind(_) | CueRole::MadeBy))
        };
        border && verb_after() && cue_before() && !kind_after()
    }

    /// Where the first new act after the stop `cues[i]` starts (see [`Self::is_new_act`]), or
    /// the sentence's end.
    fn first_new_act(&self, cues: &[&CueMatch], i: usize) -> usize {
        cues[i + 1..]
            .iter()
            .find(|act| self.is_new_act(cues[i], act))
            .map_or(self.sentence.end, |act| act.start)
    }

    /// Whether a verb of stopping takes an infinitive that is no act of cooperation or trade:
    /// "refused to condemn the test", not "refused to work with Peru". With no cooperation
    /// after it for it to govern, it stops nothing.
    fn stops_another_act(&self, stop: &CueMatch) -> bool {
        let rest = &self.text[stop.end..self.sentence.end];
        // "declined to attend": a verb's cue may hold the "to" itself ("put an end to" holds
        // a preposition).
        let holds_to =
            stop.verb && stop.lemma.split(' ').count() == 2 && stop.lemma.ends_with(" to");
        let infinitive = if holds_to {
            rest.strip_prefix(' ')
        } else if stop.lemma.ends_with(" to") {
            None
        } else {
            rest.strip_prefix(" to ")
        };
        let Some(infinitive) = infinitive else {
            return false;
        };
        // "declined to again launch": an adverb before the verb.
        const SPLITTING_ADVERBS: &[&str] = &["again", "also", "ever", "further", "then", "even"];
        let infinitive = match infinitive.split_once(' ') {
            Some((adverb, verb))
                if adverb.ends_with("ly") || is_one_of(adverb, SPLITTING_ADVERBS) =>
            {
                verb
            }
            _ => infinitive,
        };
        // A verb, not the object of the preposition "to" ("its support to Peru's program").
        let verb = infinitive
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        if !verb.starts_with(char::is_lowercase) || is_determiner(verb) {
            return false;
        }
        self.cue_starting_at(self.sentence.end - infinitive.len())
            .is_none_or(|c| !matches!(c.role, CueRole::Kind(_) | CueRole::Trade))
    }

    /// Whether a verb of stopping that needs its object keeps a party as that object from
    /// something or turns down a party's offer: "prevented Ghana from using …", "declined
    /// Peru's invitation", not "denounced Peru's missile test" nor "denounced Ghana for its
    /// test".
    fn stops_a_party(&self, stop: &CueMatch) -> bool {
        self.has_its_object(stop)
            && self
                .mention_starting_at(self.noun_phrase_start(stop.end))
                .is_some_and(|m| {
                    self.text[m.end..self.sentence.end].starts_with(" from ")
                        || self.offer_turned_down(stop).is_some()
                })
    }

    /// Where the noun of the offer a verb of stopping turns down ends: the cue's own last
    /// word ("declined the invitation") or a party's offer as its object ("rejected Peru's
    /// request").
    fn offer_turned_down(&self, stop: &CueMatch) -> Option<usize> {
        let cue_text = &self.text[stop.start..stop.end];
        if cue_text
            .rsplit(' ')
            .next()
            .is_some_and(|last| is_one_of(last, OFFERS))
        {
            return Some(stop.end);
        }
        let offerer = self.mention_starting_at(self.noun_phrase_start(stop.end))?;
        let owned = after_possessive(&self.text[offerer.end..self.sentence.end])?;
        let noun = word_iter(owned).next()?;
        is_one_of(noun.text, OFFERS).then(|| self.sentence.end - owned.len() + noun.end)
    }

    /// Whether the offer whose noun ends at `noun_end` is one of cooperation: it names no act
    /// ("declined Peru's offer"), or the act it names after "to", "of" or "for" is one of
    /// cooperation ("declined Peru's offer to train its crew", "an invitation from Peru to
    /// join", "an offer of help"), of making or running something ("to build the lander", "to
    /// launch it"), or names within a few words cooperation, a mission or people who fly on
    /// one ("to fly a Kenyan astronaut", "to finance the satellite"); not another act
    /// ("declined Peru's request to delay the vote", "an offer of a loan").
    fn offers_cooperation(&self, noun_end: usize) -> bool {
        const ACT_WORDS: usize = 6;
        let mut at = noun_end;
        if self.text[at..self.sentence.end].starts_with(" from ") {
            at += " from ".len();
            match self.mention_starting_at(at) {
                Some(offerer) => at = offerer.end,
                None => return true,
            }
        }
        let rest = &self.text[at..self.sentence.end];
        let Some(act) = [" to ", " of ", " for "]
            .iter()
            .find_map(|p| rest.strip_prefix(p))
        else {
            return true;
        };
        let act_at = self.sentence.end - act.len();
        // "to build the lander", "to launch it": a verb of cooperation, making or running.
        let verb_cue = self.cue_starting_at(act_at).is_some_and(|c| {
            matches!(
                c.role,
                CueRole::Kind(_) | CueRole::MadeBy | CueRole::Runs | CueRole::Trade
            )
        });
        // "to fly a Kenyan astronaut", "to finance the satellite", "of help": the act names
        // cooperation, a mission or people who take part in one within a few words.
        let act_end = word_iter(act)
            .take(ACT_WORDS)
            .last()
            .map_or(act_at, |w| act_at + w.start + w.text.len());
        let act_end = act[..act_end - act_at]
            .find([',', ';'])
            .map_or(act_end, |comma| act_at + comma);
        let names_cooperation = self.cues.iter().any(|c| {
            c.start >= act_at
                && c.end <= act_end
                && matches!(
                    c.role,
                    CueRole::Kind(_) | CueRole::PartOfOwned | CueRole::MissionWord
                )
        }) || self
            .mentions
            .iter()
            .any(|m| m.start >= act_at && m.end <= act_end && self.is_mission(m))
            || word_iter(&self.text[act_at..act_end]).any(|w| is_one_of(w.text, PEOPLE));
        verb_cue || names_cooperation
    }

    /// Whether a verb of stopping is used with an object ("suspended all launches", "ended
    /// its partnership") rather than on its own ("the talks ended with", "which ended in
    /// 2030") or as a plain noun ("at the end of"). A phrase ending in a word of cooperation
    /// holds its object ("cut ties with").
    pub(super) fn takes_object(&self, cue: &CueMatch) -> bool {
        let cue_text = &self.text[cue.start..cue.end];
        if let Some((_, last)) = cue_text.rsplit_once(' ') {
            if cooperation_word(self.gazetteer.gazetteer().cues(), last).is_some() {
                return true;
            }
        }
        // A noun after an article takes no object ("the end", "the 1991 collapse"), unless the
        // cue holds the preposition that opens it ("the impossibility of continuing").
        let holds_preposition = cue_text
            .rsplit_once(' ')
            .is_some_and(|(_, last)| is_one_of(last, OBJECT_ENDS));
        let article = (!holds_preposition
            && !cue_text.to_lowercase().ends_with("ion")
            && !cue_text.to_lowercase().ends_with("ions"))
        .then(|| self.article_before(cue.start))
        .flatten();
        if let Some(article_at) = article {
            return self.ends_the_cooperation_of(cue, article_at);
        }
        let rest = &self.text[cue.end..self.sentence.end];
        let Some(next) = rest.split_whitespace().next() else {
            return false;
        };
        if rest.starts_with([',', ';', ':', '.', ')', '!', '?']) {
            return false;
        }
        let next = next.trim_end_matches(|c: char| !c.is_alphanumeric());
        let time_word = |w: &&str| next.eq_ignore_ascii_case(w);
        !next.is_empty()
            && !NO_OBJECT_AFTER.iter().any(time_word)
            && !crate::text::timex::WEEKDAYS.iter().any(time_word)
    }

    /// Where the article right before byte `at` starts, with a year between them or not
    /// ("the end", "the 1991 collapse").
    fn article_before(&self, at: usize) -> Option<usize> {
        let mut head = self.text[self.sentence.start..at].trim_end();
        let year = last_word(head);
        if !year.is_empty() && year.bytes().all(|b| b.is_ascii_digit()) {
            head = head[..head.len() - year.len()].trim_end();
        }
        let article = last_word(head);
        is_one_of(article, &["the", "a", "an"])
            .then(|| self.sentence.start + head.len() - article.len())
    }

    /// Whether a noun of stopping after the article at `article_at` names, with "of", the
    /// cooperation that stops: "the halt of cooperation between ESA and Roscosmos", "the
    /// collapse of the Kenya-Peru consortium" (a cue of a kind at most four words after it,
    /// no preposition between: "the collapse of the market for joint satellites" is the
    /// market's). Not in a phrase of time ("by the halt of the joint flights").
    fn ends_the_cooperation_of(&self, cue: &CueMatch, article_at: usize) -> bool {
        const OBJECT_REACH: usize = 4;
        const TIME_PREPOSITIONS: &[&str] = &[
            "at", "by", "until", "till", "before", "toward", "towards", "near",
        ];
        const PREPOSITIONS: &[&str] = &["for", "in", "on", "at", "to", "with", "from", "by"];
        if is_one_of(self.word_before(article_at), TIME_PREPOSITIONS)
            || !self.text[cue.end..self.sentence.end].starts_with(" of ")
        {
            return false;
        }
        let object_at = cue.end + " of".len();
        self.cues.iter().any(|c| {
            if !matches!(c.role, CueRole::Kind(_)) || c.start <= object_at {
                return false;
            }
            let gap = &self.text[object_at..c.start];
            !crosses_clause(gap)
                && at_most_words(gap, OBJECT_REACH)
                && !word_iter(gap).any(|w| is_one_of(w.text, PREPOSITIONS))
        })
    }

    /// Where a clause of time or reason that follows the main clause starts (", when", ",
    /// after", ", since", ", because", ", as", ", until", ", once", "while" with a subject
    /// and a progressive verb, or an absolute phrase ", with the accord signed"), when a cue of
    /// a kind stands in the main clause before it. Without the comma the subordinator must
    /// open a clause of its own: "because" (not "because of"), or a party as subject with a
    /// verb ("… with Peru after Chile pulled out"); "after the launch" or "since 2010" are
    /// phrases of the main clause, and a bare "as" ("as partners") is no subordinator. What a
    /// speaker adds (", noting that …", [`ADDING`]) starts such a clause when it names two
    /// parties of its own and points back to none.
    pub(super) fn trailing_subordinate_clause(&self, cues: &[&CueMatch]) -> Option<usize> {
        // Subordinators of time and reason ("while" only of time, below), not of condition
        // ("if"), and the "with" of an absolute phrase.
        const TIME_OR_REASON: &[&str] = &[
            "when", "after", "since", "because", "as", "until", "once", "with", "while",
        ];
        let first_kind = cues.iter().find(|c| matches!(c.role, CueRole::Kind(_)))?;
        let base = first_kind.end;
        let end = self.sentence.end;
        let rest = &self.text[base..end];
        // Every subordinator follows a space: a byte search finds the candidates, and only
        // they are read as words (no word pass over every sentence with a cue).
        let bytes = rest.as_bytes();
        memchr::memchr_iter(b' ', bytes)
            .filter_map(|space| {
                let start = space + 1;
                let len = bytes[start..]
                    .iter()
                    .take_while(|b| b.is_ascii_alphabetic())
                    .count();
                let word = &rest[start..start + len];
                let whole = !rest[start + len..].starts_with(char::is_alphanumeric);
                let subordinator = is_one_of(word, TIME_OR_REASON) || is_one_of(word, ADDING);
                (whole && subordinator).then_some((start, start + len, word))
            })
            .find_map(|(start, word_end, word)| {
                let before = rest[..start].trim_end_matches(' ');
                let after = &rest[word_end..];
                // It points back to nothing in the main clause and names two parties of its
                // own or states no cooperation ("adding that Peru is a big country"); one
                // party with a cue of a kind ("adding that JAXA will also contribute") or a
                // pointer back ("adding that Kenya will use its data") joins the relation.
                if is_one_of(word, ADDING) {
                    let from = base + word_end;
                    let states_cooperation = cues
                        .iter()
                        .any(|c| c.start >= from && matches!(c.role, CueRole::Kind(_)));
                    let after = after.strip_prefix(',').unwrap_or(after);
                    let added = before.ends_with(',')
                        && reports(after)
                        && self_contained(after)
                        && (!states_cooperation || self.distinct_parties_in(from, end) >= 2);
                    return added.then_some(base + before.len() - 1);
                }
                // ", with the first accord signed in 1996": an absolute phrase, a past
                // participle of cooperation a few words after "with", is background too.
                if word.eq_ignore_ascii_case("with") {
                    let from = base + word_end;
                    let after_with = cues.partition_point(|c| c.start <= from);
                    let absolute = before.ends_with(',')
                        && cues[after_with..]
                            .iter()
                            .take_while(|c| at_most_words(&self.text[from..c.start], 4))
                            .any(|c| {
                                matches!(c.role, CueRole::Kind(_))
                                    && c.verb
                                    && self.text[c.start..c.end].ends_with("ed")
                            });
                    return absolute.then_some(base + before.len() - 1);
                }
                // The party that opens the clause as its subject, if one does.
                let subject = || {
                    after
                        .strip_prefix(' ')
                        .and_then(|subject| self.party_starting_at(end - subject.len(), end))
                };
                // "while" is of time, not of contrast, with a subject and a progressive verb:
                // "while NASA officials were visiting", not "while Russia keeps it in orbit"
                // or a participle ("while working with NASA").
                if word.eq_ignore_ascii_case("while") {
                    let progressive = subject()
                        .and_then(|party| self.auxiliary_after_subject(party.end, end))
                        .is_some_and(|(auxiliary, next)| {
                            ["is", "are", "was", "were"].contains(&auxiliary)
                                && next.len() > 4
                                && next.ends_with("ing")
                        });
                    return progressive.then_some(base + before.trim_end_matches(',').len());
                }
                let subject_clause = || {
                    subject().is_some_and(|party| {
                        self.verb_follows(party.end, end)
                            || self.auxiliary_after_subject(party.end, end).is_some()
                    })
                };
                if let Some(comma) = before.strip_suffix(',') {
                    // ", as well as" joins, it does not subordinate.
                    let joins = word.eq_ignore_ascii_case("as")
                        && after
                            .get(1..8)
                            .is_some_and(|x| x.eq_ignore_ascii_case("well as"));
                    let opens = !after.trim().is_empty() && !joins;
                    return opens.then_some(base + comma.len());
                }
                let clause = if word.eq_ignore_ascii_case("as") {
                    false
                } else if word.eq_ignore_ascii_case("because") {
                    !after.starts_with(" of ")
                } else {
                    subject_clause()
                };
                clause.then_some(base + before.len())
            })
    }

    /// Where a clause of time or reason that holds the main cue starts, after a main clause
    /// with no cue of a kind: "POLSA marks three years since Poland joined ESA", "NASA
    /// celebrated when Japan and India signed the accord". The subordinator ("since", "when",
    /// "after", "because", "until", "once") is followed by a party as subject and its verb;
    /// "since 2010" or "after the launch" open no clause.
    pub(super) fn subordinate_holding(&self, main_cue: &CueMatch) -> Option<usize> {
        const TIME_OR_REASON: &[&str] = &["when", "after", "since", "because", "until", "once"];
        let end = self.sentence.end;
        let before = &self.text[self.sentence.start..main_cue.start];
        let (space, word) = before.match_indices(' ').rev().find_map(|(space, _)| {
            let word = before[space + 1..].split(' ').next().unwrap_or("");
            is_one_of(word, TIME_OR_REASON).then_some((space, word))
        })?;
        let from = self.sentence.start + space + 1;
        let no_cue_before = !self
            .cues
            .iter()
            .any(|c| c.start < from && matches!(c.role, CueRole::Kind(_)));
        let subject = self.party_starting_at(from + word.len() + 1, end)?;
        let clause = self.subject_verb_follows(subject.end, end)
            || self.auxiliary_after_subject(subject.end, end).is_some();
        (no_cue_before && clause).then_some(from)
    }

    /// The auxiliary verb, and the word after it, that follow a subject a party's name opens
    /// with at most a few more words: "NASA officials were visiting", "the ESA chief was in",
    /// "NASA Administrator Jane Doe was visiting".
    fn auxiliary_after_subject(&self, name_end: usize, end: usize) -> Option<(&str, &str)> {
        const SUBJECT_WORDS: usize = 4;
        let mut words = self.text[name_end..end].split(' ').skip(1);
        for _ in 0..=SUBJECT_WORDS {
            let word = words.next()?;
            if AUXILIARIES.contains(&word) {
                let next = words.next().unwrap_or("");
                return Some((word, next.trim_end_matches(|c: char| !c.is_alphabetic())));
            }
            if word.is_empty() || !word.chars().all(|c| c.is_alphabetic() || c == '.') {
                return None;
            }
        }
        None
    }

    /// The main cue, with the kind and polarity it gives and the cue that changed them (a
    /// negation, or the cooperation a verb of stopping governs).
    pub(super) fn decide_kind<'c>(
        &self,
        cues: &[&'c CueMatch],
    ) -> Option<(ClaimKind, Polarity, &'c CueMatch, Option<&'c CueMatch>)> {
        let frames = self.frames();
        // Cues after "under the", "following the" state the claim when no cue of a kind stands
        // outside every frame ("The UAE will fly an astronaut under a deal with CNSA"), a
        // maker's participle after a party included ("A Chile-built rover will fly on …,
        // following an agreement").
        // "Under an agreement with Kenya, Peru built the satellite": with one party outside
        // the frame, the agreement in it is what joins the parties, and it alone states.
        let only_the_basis_joins = self
            .parties_outside_the_basis(cues, &frames)
            .is_some_and(|outside| outside <= 1);
        let basis_states = only_the_basis_joins
            || !cues.iter().any(|c| {
                (matches!(c.role, CueRole::Kind(_))
                    || (c.role == CueRole::MadeBy && self.follows_party(c)))
                    && frames.of(c).is_none()
            });
        // A cue word inside a capitalised name ("the Space Cooperation Agreement") names a
        // thing; it decides the kind only when no other cue does, and a cue inside a frame
        // ("under earlier frameworks of cooperation") decides nothing.
        // A name an agreement word heads, with "between" after it, is the agreement between
        // the parties ("The Framework Agreement between Chile and Peru sets out …").
        let plain = |c: &&CueMatch| !self.inside_name(c) || self.heads_an_agreement_between(c);
        let has_plain = cues
            .iter()
            .any(|c| matches!(c.role, CueRole::Kind(_)) && plain(c) && frames.of(c).is_none());
        // A kind of cooperation the sentence negates or denies ("no agreement has been
        // signed") is absent: none of its cues counts.
        let mut governors: Vec<Option<Governor>> =
            (0..cues.len()).map(|i| self.governor(cues, i)).collect();
        self.negate_objects_of_negated_verbs(cues, &mut governors);
        // A negation in another clause that names no party ("… covers services for missions
        // where no memorandum is in place") leaves the agreement of the main clause. Each
        // kind's negated cues are kept in text order, so a cue is compared with the nearest
        // one on either side only (a farther one is beyond the same clause border).
        let mut negated_kinds: Vec<(ClaimKind, Vec<&CueMatch>, bool)> = Vec::new();
        // Found only for a sentence with a negated cue.
        let mut party_phrases: Option<PartyPhrases> = None;
        for (i, c) in cues.iter().enumerate() {
            if let (CueRole::Kind(kind), Some(Governor::Negation(_) | Governor::Denial(_))) =
                (c.role, governors[i])
            {
                if kind == ClaimKind::Prohibition {
                    continue;
                }
                let names_party = party_phrases
                    .get_or_insert_with(|| self.phrases_naming_parties())
                    .names_a_party(c.start);
                match negated_kinds.iter_mut().find(|(k, ..)| *k == kind) {
                    Some((_, list, any)) => {
                        list.push(c);
                        *any |= names_party;
                    }
                    None => negated_kinds.push((kind, vec![c], names_party)),
                }
            }
        }
        let negated = |kind: ClaimKind, cue: &CueMatch| {
            let Some((_, list, names_party)) = negated_kinds.iter().find(|(k, ..)| *k == kind)
            else {
                return false;
            };
            let after = list.partition_point(|n| n.start < cue.start);
            let near = [after.checked_sub(1), Some(after)];
            *names_party
                || near
                    .into_iter()
                    .flatten()
                    .filter_map(|at| list.get(at))
                    .any(|n| {
                        let (from, to) = if n.start < cue.start {
                            (n.end, cue.start)
                        } else {
                            (cue.end, n.start)
                        };
                        let gap = &self.text[from.min(to)..to];
                        gap.len() <= SAME_CLAUSE_REACH
                            && !crosses_clause(gap)
                            && !opens_a_clause(&words(gap))
                    })
        };
        let mut governing = Vec::new();
        let mut best: Option<(ClaimKind, Polarity, &CueMatch, Option<&CueMatch>)> = None;
        // A clause of time or reason after the main one ("NASA has worked with Australia since
        // 1960, when the two countries signed their first agreement") is background: its cues
        // decide only when the main clause has none.
        // So is a subordinate clause that opens the sentence ("If India declines Peru's offer,
        // it will train with Chile").
        let background = self.trailing_subordinate_clause(cues);
        let opening = self.opening_subordinate_end();
        let in_main = |cue: &CueMatch| {
            background.is_none_or(|from| cue.start < from)
                && opening.is_none_or(|end| cue.start > end)
        };
        // The strongest kind decides; among equally strong kinds, the first cue, which is
        // usually the verb after the parties ("A and B cooperate on …, providing …").
        let mut consider = |found: (ClaimKind, Polarity, &'c CueMatch, Option<&'c CueMatch>)| {
            // A participle describing the noun before it ("the agencies involved will take
            // part") yields to the clause's own verb.
            let rank = |(kind, _, cue, _): &(ClaimKind, Polarity, &CueMatch, Option<&CueMatch>)| {
                (
                    in_main(cue),
                    !self.describes_the_noun_before(cue) && !self.in_an_appositive(cue),
                    kind.strength(),
                )
            };
            if best.as_ref().is_none_or(|b| rank(&found) > rank(b)) {
                best = Some(found);
            }
        };
        // Cues inside a basis frame state the claim when no cue outside one does: with such
        // a cue, they wait until every other cue has been read ("… will fly aboard the Soyuz
        // under a seat-swap deal with Roscosmos": boarding a vehicle states nothing).
        let mut waiting = Vec::new();
        let mut stated = false;
        for (i, cue) in cues.iter().enumerate() {
            let kind = match cue.role {
                // "the Aurora mission, a collaboration between CNES and ISRO".
                CueRole::Kind(ClaimKind::Collaboration) if self.describes_a_mission(cue) => {
                    ClaimKind::JointMission
                }
                // "a history of joint missions": missions together, uncounted and unnamed, are
                // cooperation in general ("two joint missions" are missions).
                CueRole::Kind(ClaimKind::JointMission)
                    if !cue.verb
                        && looks_plural(&self.text[cue.start..cue.end])
                        && !self.particular_missions(cue.start) =>
                {
                    ClaimKind::Collaboration
                }
                // "The mission includes a lander by ISRO and a rover by JAXA": a whole made
                // of parties' parts.
                CueRole::Kind(ClaimKind::Participation)
                    if cue.verb && &*cue.lemma == "include" && self.parts_of_one_mission(cue) =>
                {
                    ClaimKind::Contribution
                }
                CueRole::Kind(_) if !self.has_its_object(cue) || self.founded_alone(cue) => {
                    continue
                }
                // "a board created by decree": a maker's "by" whose agent is no party states
                // nobody's work.
                CueRole::Kind(_) if self.made_by_no_party(cue) => continue,
                // "The talks between ESA and NASA ended with a signed agreement": talks that
                // end are over; what they ended with is the statement.
                CueRole::Kind(ClaimKind::Intent)
                    if self
                        .stop_after(cues, i)
                        .is_some_and(|(_, passive)| !passive) =>
                {
                    continue
                }
                // "US sanctions continue to allow US-Russia cooperation on the station": a ban
                // that permits the cooperation after it bans nothing there.
                CueRole::Kind(ClaimKind::Prohibition) if self.permits_what_follows(cue) => continue,
                // "NOC, United Kingdoms", "the “Lunar Project: International Cooperation” trophies":
                // a cue capitalised inside a name or a title is no statement.
                CueRole::Kind(_)
                    if self.inside_name(cue) && (cue.verb || self.in_quoted_title(cue)) =>
                {
                    continue
                }
                // "40 years of treaty level science cooperation": a noun cue before another
                // noun cue of its phrase only modifies it; the head noun decides.
                CueRole::Kind(_) if self.modifies_a_cue_noun(cue, cues.get(i + 1)) => continue,
                // "launched on MHI's rocket together with GOSAT-2": what goes along is a
                // mission, no partner.
                CueRole::Kind(ClaimKind::Collaboration) if self.together_with_a_mission(cue) => {
                    continue
                }
                // "will jointly provide the lander": the manner of the verb after it; the
                // verb decides.
                CueRole::Kind(ClaimKind::Collaboration)
                    if modifies_the_verb_after(cue, cues.get(i + 1)) =>
                {
                    continue
                }
                // "expanded ties in the gas sector": cooperation in another field;
                // "invite other nations to take part": cooperation of others invited.
                CueRole::Kind(kind)
                    if kind != ClaimKind::Prohibition
                        && (self.in_another_field(cue) || self.invites_others(cue)) =>
                {
                    continue
                }
                CueRole::Kind(ClaimKind::Participation)
                    if self.attends_a_gathering(cue)
                        || self.joins_peers(cue)
                        || self.boards_nothing(cue)
                        || self.joins_nothing(cue)
                        || self.members_of_no_named_body(cue) =>
                {
                    continue
                }
                // "held a joint press conference": a gathering held together is attended.
                CueRole::Kind(ClaimKind::Collaboration)
                    if &*cue.lemma == "joint" && self.attends_a_gathering(cue) =>
                {
                    continue
                }
                CueRole::Kind(ClaimKind::Contribution)
                    if self.furthers_a_relation(cue) || self.hosts_a_gathering(cue) =>
                {
                    continue
                }
                CueRole::Kind(ClaimKind::Participation) if self.helps_a_party_act(cue) => {
                    ClaimKind::Collaboration
                }
                CueRole::Kind(ClaimKind::Collaboration) if self.partner_in_a_mission(cue) => {
                    ClaimKind::Participation
                }
                CueRole::Kind(ClaimKind::Participation) if self.hardware_goes_along(cue) => {
                    ClaimKind::Contribution
                }
                // "Kenya provided Chile satellite data on the floods": data given is shared,
                // no hardware or service for a mission.
                CueRole::Kind(ClaimKind::Contribution) if self.gives_data(cue) => {
                    ClaimKind::Collaboration
                }
                // "a Falcon 9 rocket carrying Turkey's satellite": what a launcher carries is
                // launched, and a launch may be bought. Another cue of the sentence may still
                // state a share ("carries engines built by Germany for ESA").
                CueRole::Kind(ClaimKind::Contribution)
                    if cue.verb
                        && &*cue.lemma == "carry"
                        && is_one_of(last_word(&self.text[..cue.start]), ROCKET_WORDS)
                        && !cues.iter().any(|other| {
                            !std::ptr::eq(*other, *cue)
                                && matches!(other.role, CueRole::Kind(_) | CueRole::MadeBy)
                        }) =>
                {
                    continue
                }
                CueRole::Kind(ClaimKind::Participation) if self.lists_examples(cue) => continue,
                // "open to any nation that wants to take part": those who join are not named.
                CueRole::Kind(ClaimKind::Participation | ClaimKind::Agreement)
                    if self.joined_by_unnamed_members(cue) =>
                {
                    continue
                }
                CueRole::Kind(ClaimKind::Participation)
                    if self.part_of_a_cooperation(cue) || self.part_of_a_country(cue) =>
                {
                    continue
                }
                // "Kenya and Peru both offered their support": a verb's form after a
                // possessive is a noun, what its owners offer, and with no one named after it
                // it is offered to no party.
                CueRole::Kind(_) if self.verb_as_owned_noun(cue) => continue,
                CueRole::Kind(kind) => kind,
                // "stopped buying engines from Peru"; a purchase alone is a supplier's relation.
                CueRole::Trade if matches!(governors[i], Some(Governor::Cessation(_))) => {
                    ClaimKind::Contribution
                }
                CueRole::MadeBy if self.follows_party(cue) => ClaimKind::Contribution,
                CueRole::RunBy if self.run_together(cue) => ClaimKind::Collaboration,
                // "China helped Nigeria and Algeria launch satellites": the helpers' objects
                // launch with help, not as a pair.
                CueRole::Runs
                    if self.run_by_its_subject(cue)
                        && self.made_after(cue.end)
                        && !self.run_apart(cue)
                        && !cues[..i].iter().any(|h| self.helps_a_party_act(h)) =>
                {
                    ClaimKind::JointMission
                }
                CueRole::MissionWord if self.owned_by_a_pair(cue) => ClaimKind::JointMission,
                CueRole::PartOfOwned if self.owned_mission_follows(cue) => {
                    if self.sends_hardware(cue) {
                        ClaimKind::Contribution
                    } else {
                        ClaimKind::Participation
                    }
                }
                CueRole::Composition if self.parts_of_one_mission(cue) => ClaimKind::Contribution,
                CueRole::Composition => match self.members_of_one_mission(cue) {
                    Some(kind) => kind,
                    None => continue,
                },
                _ => continue,
            };
            if (has_plain && !plain(cue))
                || negated(kind, cue)
                || frames.of(cue).is_some_and(|role| role != CueRole::Basis)
                || (only_the_basis_joins && frames.of(cue) != Some(CueRole::Basis))
            {
                continue;
            }
            // The cessation cue that governs this one, if it does, and the refusal or stop
            // that governs that one in turn.
            let mut governed: [Option<usize>; 2] = [None, None];
            let found = match (kind, governors[i]) {
                // "did not impose sanctions on Peru", "will not impose sanctions on Peru": a ban
                // negated or refused states no cooperation either; "could not say whether the
                // deal would be hit by sanctions" states neither.
                (ClaimKind::Prohibition, Some(Governor::Negation(_))) => continue,
                (ClaimKind::Prohibition, Some(Governor::Cessation(n)))
                    if n.role == CueRole::Refusal =>
                {
                    continue
                }
                (
                    ClaimKind::Prohibition,
                    None | Some(Governor::Cessation(_) | Governor::Preparation(_)),
                ) => (ClaimKind::Prohibition, Polarity::Negative, *cue, None),
                (ClaimKind::Prohibition, Some(Governor::Denial(_))) => continue,
                (kind, Some(Governor::Cessation(stop))) => {
                    let at = cues.iter().position(|c| std::ptr::eq(*c, stop));
                    governed[0] = at;
                    match at.and_then(|at| governors[at]) {
                        // "did not end its cooperation with": still cooperating.
                        Some(Governor::Negation(n) | Governor::Denial(n)) => {
                            (kind, Polarity::Positive, *cue, Some(n))
                        }
                        // "refused to end its partnership with": a stop refused is no stop,
                        // when the stop is what is refused, or the plan to make it ("suspended
                        // plans to end"), not another verb after it ("refused to wait and
                        // suspended its cooperation").
                        Some(Governor::Cessation(refusal))
                            if words(&self.text[refusal.end..stop.start])
                                .iter()
                                .all(|w| is_one_of(w.text, PLAN_OF_A_STOP)) =>
                        {
                            governed[1] = cues.iter().position(|c| std::ptr::eq(*c, refusal));
                            (kind, Polarity::Positive, *cue, Some(refusal))
                        }
                        // "ended its partnership with", "no longer works with".
                        _ => (ClaimKind::Prohibition, Polarity::Negative, stop, Some(*cue)),
                    }
                }
                // "exploring formal agreements with": weighed, not yet made.
                (_, Some(Governor::Preparation(p))) => {
                    (ClaimKind::Intent, Polarity::Positive, *cue, Some(p))
                }
                // "no agreement has been signed": an absence, not a claim.
                (_, Some(Governor::Negation(_) | Governor::Denial(_))) => continue,
                (kind, None) => (kind, Polarity::Positive, *cue, None),
            };
            if !basis_states && frames.of(cue) == Some(CueRole::Basis) {
                waiting.push((found, governed));
            } else {
                governing.extend(governed.into_iter().flatten());
                consider(found);
                stated = true;
            }
        }
        if !stated {
            for (found, governed) in waiting {
                governing.extend(governed.into_iter().flatten());
                consider(found);
            }
        }
        // A verb of stopping with an object but no cooperation word: "suspended all Soyuz
        // launches from Kourou", "withdrew from the convention". An adverb of stopping ("no
        // longer relies on") needs the cooperation it governs.
        for (i, cue) in cues.iter().enumerate() {
            if cue.role != CueRole::Cessation || governing.contains(&i) || !plain(cue) {
                continue;
            }
            // A verb of stopping marked as needing its object ("prevent", "denounce") stops
            // of its own only a party it takes as object: "denounced the missile test" stops
            // nothing. Parties of a new act after it are not its other side ("halted the
            // test and pledged to work with Peru").
            // "NASA was ESA's partner, but it withdrew in 2011": a verb of withdrawing with no
            // object whose subject refers back to the parties of a cooperation before it ends
            // that one.
            if !cue.needs_object
                && frames.of(cue).is_none()
                && !matches!(
                    governors[i],
                    Some(Governor::Negation(_) | Governor::Denial(_) | Governor::Cessation(_))
                )
                && self.ends_the_cooperation_before(cue)
            {
                consider((ClaimKind::Prohibition, Polarity::Negative, *cue, None));
                continue;
            }
            let verb_or_noun = cue.verb || !cue.lemma.contains(' ');
            if !verb_or_noun
                || (cue.needs_object && !self.stops_a_party(cue))
                || self
                    .offer_turned_down(cue)
                    .is_some_and(|noun_end| !self.offers_cooperation(noun_end))
                || !self.takes_object(cue)
                || self.stops_another_act(cue)
                || frames.of(cue).is_some()
                || !self.other_side_after(cue, self.first_new_act(cues, i))
            {
                continue;
            }
            match governors[i] {
                Some(Governor::Negation(_) | Governor::Denial(_)) => continue,
                // "will not cut ties with Peru", "refused to suspend launches with Peru": a
                // stop refused is no stop.
                Some(Governor::Cessation(g))
                    if g.role == CueRole::Refusal
                        || words(&self.text[g.end..cue.start])
                            .iter()
                            .all(|w| is_one_of(w.text, PLAN_OF_A_STOP)) =>
                {
                    continue
                }
                _ => consider((ClaimKind::Prohibition, Polarity::Negative, *cue, None)),
            }
        }
        // "That agreement has been in negotiations for months": an agreement named only by a
        // noun, while talks about it are under way and no verb signs or makes it, is an intent.
        if let Some((ClaimKind::Agreement, Polarity::Positive, main, None)) = best {
            let unsigned = !main.verb
                && !cues
                    .iter()
                    .any(|c| c.role == CueRole::Kind(ClaimKind::Agreement) && c.verb);
            let talks = cues.iter().enumerate().find(|&(i, c)| {
                c.role == CueRole::Kind(ClaimKind::Intent) && governors[i].is_none() && plain(c)
            });
            if let (true, Some((_, talks))) = (unsigned, talks) {
                best = Some((ClaimKind::Intent, Polarity::Positive, *talks, None));
            }
        }
        // "This agreement points to a new stage in the cooperation between Chile and Peru": an
        // agreement the text already reported, named with a definite determiner, with no party
        // after it and no verb that makes it, is the background; the cooperation is the claim.
        if let Some((ClaimKind::Agreement, Polarity::Positive, main, None)) = best {
            let known = self.names_a_known_agreement(main)
                && !cues.iter().any(|c| {
                    c.role == CueRole::Kind(ClaimKind::Agreement)
                        && c.verb
                        && !self.names_a_known_agreement(c)
                });
            let cooperation = cues.iter().enumerate().find(|&(i, c)| {
                c.role == CueRole::Kind(ClaimKind::Collaboration)
                    && governors[i].is_none()
                    && plain(c)
                    && frames.of(c).is_none()
                    && self.has_its_object(c)
            });
            if let (true, Some((_, cooperation))) = (known, cooperation) {
                best = Some((
                    ClaimKind::Collaboration,
                    Polarity::Positive,
                    *cooperation,
                    None,
                ));
            }
        }
        best
    }

    /// Whether an agreement cue names one the text already reported: a definite determiner
    /// right before it ("this agreement", "the signed MoU"), no party attached after it
    /// ("the agreement between …", "the deal with …", "the accord signed by …") and no verb
    /// of enabling after it, which states what the agreement provides ("the agreement allows
    /// Chile and Peru to …").
    fn names_a_known_agreement(&self, cue: &CueMatch) -> bool {
        const DEFINITE: &[&str] = &["the", "this", "that", "these", "those", "such"];
        const ATTACHED: &[&str] = &[
            "between", "with", "among", "amongst", "by", "of", "signed", "to", "on",
        ];
        const ENABLING: &[&str] = &[
            "allow", "enabl", "permit", "let", "give", "gave", "open", "pave", "provid", "mak",
            "made", "lay", "laid", "set", "commit", "cover",
        ];
        // Whole words, whose beginnings start other verbs ("seek", "seem"): "the accord will
        // see Chile and Peru …" states what it brings about.
        const BRINGS_ABOUT: &[&str] = &["see", "sees", "saw"];
        // "“This signing": a quotation may open before the determiner.
        let before = self
            .word_before(cue.start)
            .trim_start_matches(|c: char| !c.is_alphanumeric());
        // "the EuroLaunch agreement": a name of no party between the determiner and the noun.
        let named_between = || {
            let head = self.text[self.sentence.start..cue.start].trim_end();
            let Some(rest) = head.strip_suffix(before) else {
                return false;
            };
            let determiner = rest
                .trim_end()
                .rsplit(' ')
                .next()
                .unwrap_or("")
                .trim_start_matches(|c: char| !c.is_alphanumeric());
            before.starts_with(char::is_uppercase)
                && self
                    .mention_ending_at(self.sentence.start + head.len())
                    .is_none()
                && DEFINITE.iter().any(|d| determiner.eq_ignore_ascii_case(d))
        };
        let determined = DEFINITE.iter().any(|d| before.eq_ignore_ascii_case(d)) || named_between();
        let after = &self.text[cue.end..self.sentence.end];
        let mut next = after.split_whitespace();
        // "the signing of a memorandum": the act, reported here, not an agreement known before.
        if cue.verb && next.clone().next() == Some("of") {
            return false;
        }
        // "the signed MoU": the noun after the participle; "this signing builds on": the
        // verb after the gerund.
        let gerund = self.text[cue.start..cue.end].ends_with("ing");
        let following = if cue.verb && !gerund {
            next.nth(1)
        } else {
            next.next()
        };
        // "The deal for the flight was finalised last week by the two partners, Chile and
        // Peru": made here, in the passive, with "by" at most three words after the participle.
        // The agent after "by", up to the first "and", names a party or counts parties; "was
        // reached by late Monday" names a time.
        let party_after_by = |by: &Word<'_>| {
            let rest = after[by.end..].trim_start();
            let agent = head_of(rest, BY_AGENT_BYTES);
            let agent = agent.find(" and ").map_or(agent, |and| &agent[..and]);
            let agent = agent.strip_suffix(',').unwrap_or(agent);
            let from = self.sentence.end - rest.len();
            let counted = ["the two ", "the three ", "both ", "all "].iter().any(|d| {
                rest.get(..d.len())
                    .is_some_and(|r| r.eq_ignore_ascii_case(d))
            });
            counted
                || self
                    .mentions
                    .iter()
                    .any(|m| m.start >= from && m.end <= from + agent.len() && self.is_party(m))
        };
        let made_here = || {
            let after_words: Vec<Word<'_>> =
                word_iter(after).take(MADE_IN_THE_PASSIVE_REACH).collect();
            after_words.iter().enumerate().any(|(i, w)| {
                MAKING_AN_AGREEMENT
                    .iter()
                    .any(|m| w.text.eq_ignore_ascii_case(m))
                    && after_words[i + 1..]
                        .iter()
                        .take(3)
                        .any(|w| w.text == "by" && party_after_by(w))
            })
        };
        let enables = after.split_whitespace().take(4).any(|w| {
            let w = w.to_ascii_lowercase();
            ENABLING.iter().any(|e| w.starts_with(e)) || BRINGS_ABOUT.contains(&w.as_str())
        });
        determined
            && !enables
            && !following.is_some_and(|w| ATTACHED.iter().any(|a| w.eq_ignore_ascii_case(a)))
            && !made_here()
    }

    /// Whether a cue in the "-ing" form stands right after a noun, which it describes ("in
    /// projects aiming to strengthen …"), rather than after a form of "be" ("are aiming to").
    fn describes_a_noun(&self, cue: &CueMatch) -> bool {
        const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "'re", "’re"];
        let first = self.text[cue.start..cue.end]
            .split_whitespace()
            .next()
            .unwrap_or("");
        let before = self.word_before(cue.start);
        first.len() > 4
            && first.ends_with("ing")
            && before.starts_with(char::is_lowercase)
            && !BE.iter().any(|b| before.eq_ignore_ascii_case(b))
            && !is_determiner(before)
    }

    /// Whether a cue stands in a noun phrase set off by a comma after a party, an appositive
    /// that describes it ("… in cooperation with Chile, another Accords signatory", "Chile, a
    /// partner of Peru, signed …"): the clause's own cue states the claim.
    fn in_an_appositive(&self, cue: &CueMatch) -> bool {
        const OPENERS: &[&str] = &["a", "an", "another", "the", "one", "its", "also"];
        let before = tail_of(&self.text[self.sentence.start..cue.start], 80);
        let Some(comma) = before.rfind(',') else {
            return false;
        };
        let phrase = &before[comma + 1..];
        let comma_at = cue.start - (before.len() - comma);
        let mut words = word_iter(phrase);
        words
            .next()
            .is_some_and(|first| is_one_of(first.text, OPENERS))
            && at_most_words(phrase, 6)
            && words.all(|w| {
                let lower = w.text.to_lowercase();
                !is_one_of(&lower, FINITE)
                    && !is_one_of(&lower, &["that", "which", "who"])
                    && !self.gazetteer.gazetteer().cues().is_past_form(&lower)
            })
            && self
                .mention_ending_at(comma_at)
                .is_some_and(|m| self.is_party(m))
    }

    /// Whether a past participle cue follows the noun it describes and has no object of its
    /// own ("the agencies involved will take part", "the countries concerned, Chile and Peru,
    /// …"): the verb after it, not the participle, is the clause's verb.
    fn describes_the_noun_before(&self, cue: &CueMatch) -> bool {
        const NOT_NOUNS: &[&str] = &[
            "which", "that", "who", "whom", "also", "not", "never", "is", "are", "was", "were",
            "be", "been", "being", "and", "or", "then", "later", "already", "now", "have", "has",
            "had",
        ];
        let participle = &self.text[cue.start..cue.end];
        // Most cues are no one-word past participle: the words around are read only for those.
        if !cue.verb || !participle.ends_with("ed") || participle.contains(' ') {
            return false;
        }
        let finite = |text: &str, within: usize| {
            word_iter(head_of(text, 80))
                .take(within)
                .any(|w| FINITE.iter().any(|f| w.text.eq_ignore_ascii_case(f)))
        };
        let rest = &self.text[cue.end..self.sentence.end];
        // "The Copernicus Arrangement, signed in May, will enable …", "Signed in May, the
        // accord will …": a phrase set off by a comma describes the noun, and a finite verb
        // right after that comma (after the noun, for a phrase that opens the sentence) is
        // the clause's.
        let opens = cue.start == self.sentence.start;
        let after_comma = self.text[self.sentence.start..cue.start]
            .trim_end()
            .ends_with(',');
        if opens || after_comma {
            return head_of(rest, 160).find(',').is_some_and(|comma| {
                let phrase = &rest[..comma];
                let next = &rest[comma + 1..];
                at_most_words(phrase, 12) && finite(next, if opens { 6 } else { 1 })
            });
        }
        let before = self.word_before(cue.start);
        let noun_before = before.starts_with(char::is_lowercase)
            && before.chars().all(char::is_alphabetic)
            && !before.ends_with("ly")
            && !is_determiner(before)
            && !NOT_NOUNS.iter().any(|w| before.eq_ignore_ascii_case(w));
        noun_before && (rest.trim_start().starts_with(',') || finite(rest, 1))
    }

    /// Whether a noun cue is a modifier in a compound whose head is the next cue, a noun of
    /// another kind: only lowercase words that are no function words stand between ("treaty
    /// level science cooperation", not "the agreement on cooperation").
    fn modifies_a_cue_noun(&self, cue: &CueMatch, next: Option<&&CueMatch>) -> bool {
        // Besides determiners.
        const FUNCTION_WORDS: &[&str] = &[
            "of", "on", "in", "with", "between", "for", "to", "by", "from", "and", "or", "is",
            "are", "was", "were", "will", "has", "have", "that", "which",
        ];
        let function_word = |w: &str| FUNCTION_WORDS.contains(&w) || is_determiner(w);
        let Some(next) = next else {
            return false;
        };
        let (CueRole::Kind(kind), CueRole::Kind(head)) = (cue.role, next.role) else {
            return false;
        };
        // A noun's last word: an adverb ("jointly") or a preposition ("contributions from")
        // goes on into a phrase of its own.
        let last = self.text[cue.start..cue.end]
            .rsplit(' ')
            .next()
            .unwrap_or("");
        let gap = &self.text[cue.end..next.start];
        // "The Wolf Amendment bans cooperation": a one-word form in -s right after a name is
        // a verb with its object, whatever line made it ("the new sanctions cooperation" is
        // a noun phrase).
        let before = self.word_before(cue.start);
        let verb_in_s = last.len() == cue.end - cue.start
            && looks_plural(last)
            && before.starts_with(char::is_uppercase)
            && !function_word(&before.to_lowercase());
        !cue.verb
            && !verb_in_s
            && !next.verb
            && kind != head
            && !last.ends_with("ly")
            && !function_word(last)
            && at_most_words(gap, 2)
            && gap.chars().all(|c| c.is_ascii_lowercase() || c == ' ')
            && !word_iter(gap).any(|w| function_word(w.text))
    }

    /// Whether a future cue opens a phrase set off by a comma after a mission ("assigned to
    /// the Lyra mission, scheduled to fly in 2030"): it says when the mission flies, not when
    /// the claim holds.
    fn describes_the_mission_before(&self, future: &CueMatch) -> bool {
        let Some(comma) = self.text[self.sentence.start..future.start]
            .trim_end()
            .strip_suffix(',')
        else {
            return false;
        };
        let end = self.sentence.start + comma.len();
        self.mention_ending_at(end)
            .is_some_and(|m| self.is_mission(m))
            || self
                .cue_ending_at(end)
                .is_some_and(|c| c.role == CueRole::MissionWord)
    }

    /// The word right before byte `at` in the sentence ("" at its start).
    pub(super) fn word_before(&self, at: usize) -> &str {
        last_word(&self.text[self.sentence.start..at])
    }

    /// Whether a cue that needs a party as its object has one: "helped India", "will help the
    /// agency", "to help the country", "assisted the Kenyan engineers", or in the passive, its
    /// agent ("was helped by Peru"). A noun needs none ("with the help of", "their help"),
    /// while a verb before another verb or a pronoun ("help fund the probe", "help it
    /// develop") or before a party joined to a modifier ("helped Peru-based firms") has none.
    fn has_its_object(&self, cue: &CueMatch) -> bool {
        if !cue.needs_object {
            return true;
        }
        let before = self.word_before(cue.start);
        let noun = is_determiner(before)
            || ["your", "with", "for", "of", "any"]
                .iter()
                .any(|w| before.eq_ignore_ascii_case(w))
            || before.ends_with("'s")
            || before.ends_with("\u{2019}s");
        if noun {
            return true;
        }
        let rest = self.text[cue.end..self.sentence.end].trim_start();
        let rest = rest.strip_prefix("by ").unwrap_or(rest);
        let opens_at = self.sentence.end - rest.len();
        // "includes astronauts from India": people from a party stand for it.
        let opens_at = self
            .after_people_from(opens_at, &self.cues)
            .unwrap_or(opens_at);
        let party = self
            .mention_starting_at(self.noun_phrase_start(opens_at))
            .is_some_and(|m| {
                self.kind_of(m).is_party() && !self.text[m.end..].starts_with(HYPHENS)
            });
        party
            || self.cues.iter().any(|c| {
                c.start == opens_at
                    && matches!(c.role, CueRole::PartyReference | CueRole::PartiesReference)
            })
    }

    /// Where the noun phrase after byte `at` starts its name: past white space and a "the"
    /// ("helped the agency" → "agency"), and past a description the name stands in apposition
    /// to ("helping another African country, Rwanda, join" → "Rwanda").
    fn noun_phrase_start(&self, at: usize) -> usize {
        const DESCRIPTION_WORDS: usize = 4;
        let rest = self.text[at..self.sentence.end].trim_start();
        let name = rest.strip_prefix("the ").unwrap_or(rest);
        let start = self.sentence.end - name.len();
        let described = name.split_once(", ").and_then(|(description, after)| {
            let words = words(description);
            let opens = words
                .first()
                .is_some_and(|w| is_determiner(w.text) || w.text.eq_ignore_ascii_case("another"))
                || name.len() < rest.len();
            let party = self
                .mention_starting_at(self.sentence.end - after.len())
                .filter(|m| self.is_party(m) && self.text[m.end..].starts_with(','))?;
            (opens && words.len() <= DESCRIPTION_WORDS && !description.contains(['(', ')', ';']))
                .then_some(party.start)
        });
        described.unwrap_or(start)
    }

    /// Whether "together with" has a mission as its object ("together with GOSAT-2",
    /// "together with the satellite"): things that go along, not parties acting together. A
    /// mission's name before a noun other than a craft's ("the Sentinel-1C satellite") only
    /// says which team or crew is meant ("together with the OSIRIS-REx scientists at NASA").
    fn together_with_a_mission(&self, cue: &CueMatch) -> bool {
        if &*cue.lemma != "together with" {
            return false;
        }
        let at = self.noun_phrase_start(cue.end);
        let mission_end = self
            .mention_starting_at(at)
            .filter(|m| self.is_mission(m))
            .map(|m| m.end)
            .or_else(|| {
                self.cues
                    .iter()
                    .find(|c| {
                        c.start == at
                            && matches!(c.role, CueRole::MissionWord | CueRole::MissionReference)
                    })
                    .map(|c| c.end)
            });
        mission_end.is_some_and(|end| {
            word_iter(&self.text[end..self.sentence.end])
                .next()
                .is_none_or(|next| {
                    !next.text.starts_with(char::is_lowercase)
                        || is_one_of(next.text, FUNCTION_WORDS)
                        || is_one_of(next.text, WHOLE_PARTS)
                        || is_one_of(next.text, &["mission", "missions"])
                })
        })
    }

    /// Whether a partner is a partner "of" or "in" a mission, maybe another party's ("became
    /// a partner of China's lunar station", "partners in the Artemis programme"): taking part
    /// in that mission, not cooperation at large.
    fn partner_in_a_mission(&self, cue: &CueMatch) -> bool {
        if !cue.lemma.starts_with("partner") {
            return false;
        }
        let rest = &self.text[cue.end..self.sentence.end];
        let Some(object) = rest
            .strip_prefix(" of ")
            .or_else(|| rest.strip_prefix(" in "))
        else {
            return false;
        };
        let mut at = self.noun_phrase_start(self.sentence.end - object.len());
        // "China's lunar station": past the owner's possessive.
        if let Some(owner) = self.mention_starting_at(at).filter(|m| self.is_party(m)) {
            match after_possessive(&self.text[owner.end..self.sentence.end]) {
                Some(after) => at = self.sentence.end - after.trim_start().len(),
                None => return false,
            }
        }
        self.mention_starting_at(at)
            .is_some_and(|m| self.is_mission(m))
    }

    /// Whether a verb of helping has a party as its object that then acts ("helped Egypt
    /// build a test centre", "helps Kenya to train engineers"), or is helped in or with making
    /// something that is no mission or craft ("assist Zambia in the development of space
    /// science", "in building a training centre"): working with that party on its own task
    /// is a collaboration, where helping with a mission ("helping India with its
    /// mission") is taking part in it.
    fn helps_a_party_act(&self, cue: &CueMatch) -> bool {
        const HELPING: &[&str] = &["help", "assist", "aid"];
        /// Words in "-ing" that are no gerund ("helped Peru during the launch").
        const NOT_GERUNDS: &[&str] = &[
            "during",
            "including",
            "according",
            "regarding",
            "concerning",
            "following",
            "something",
            "anything",
            "nothing",
            "everything",
        ];
        /// Nouns of making, with their "of" ("in the development of …").
        const MAKING: &[&str] = &[
            "the development of",
            "the design of",
            "the construction of",
            "the building of",
            "the establishment of",
            "the setting up of",
        ];
        /// Words of a craft or a mission, whose making is a mission's.
        const CRAFT_WORDS: &[&str] = &[
            "mission",
            "missions",
            "satellite",
            "satellites",
            "spacecraft",
            "rover",
            "probe",
            "lander",
            "orbiter",
            "rocket",
            "rockets",
            "launcher",
            "launchers",
            "launch",
            "launching",
            "vehicle",
            "engine",
            "engines",
            "stage",
            "telescope",
            "observatory",
            "station",
            "module",
            "cubesat",
            "cubesats",
            "nanosatellite",
            "nanosatellites",
            "microsatellite",
            "microsatellites",
        ];
        if !cue.verb || !HELPING.contains(&&*cue.lemma) {
            return false;
        }
        let Some(object) = self
            .mention_starting_at(self.noun_phrase_start(cue.end))
            .filter(|m| self.is_party(m))
        else {
            return false;
        };
        // "helped Nigeria and Algeria launch": the object may be a list.
        let object_end = self
            .joint_subject_end(object.start, &self.cues)
            .unwrap_or(object.end);
        // "helping another country, Rwanda, join": past the comma closing an apposition.
        let after = &self.text[object_end..self.sentence.end];
        let after = after.strip_prefix(',').unwrap_or(after).trim_start();
        // "assist Zambia in the development of space science": a noun of making or a
        // gerund after "in" or "with" reads as the verb would ("help Zambia develop …").
        let work = ["in ", "with "]
            .iter()
            .find_map(|p| after.strip_prefix(p))
            .filter(|work| {
                MAKING.iter().any(|m| after_phrase(work, m).is_some())
                    || work.split(' ').next().is_some_and(|w| {
                        w.len() > 5 && w.ends_with("ing") && !is_one_of(w, NOT_GERUNDS)
                    })
            });
        if let Some(work) = work {
            let work_start = self.sentence.end - work.len();
            let work_end = work
                .find(',')
                .map_or(self.sentence.end, |at| work_start + at);
            // Helping with a mission's or a craft's making is taking part in it.
            let names_a_mission = self
                .mentions
                .iter()
                .any(|m| m.start >= work_start && m.end <= work_end && self.is_mission(m));
            return !names_a_mission
                && !word_iter(&self.text[work_start..work_end])
                    .any(|w| is_one_of(w.text, CRAFT_WORDS) || is_one_of(w.text, HARDWARE));
        }
        let verb = after.strip_prefix("to ").unwrap_or(after);
        // The space before the verb, as `verb_follows` reads from the end of a name.
        let verb_start = self.sentence.end - verb.len();
        let verb_at = self.text[..verb_start]
            .char_indices()
            .next_back()
            .map_or(verb_start, |(space, _)| space);
        self.verb_follows(verb_at, self.sentence.end)
    }

    /// Whether a noun of taking part has a cooperation as what is taken part in ("is part of
    /// Chile and Peru's strategic cooperation"): the cooperation is the claim, not the part.
    fn part_of_a_cooperation(&self, cue: &CueMatch) -> bool {
        const REACH: usize = 6;
        // "joined the partnership" joins a body; only "part of" and "participation" do this.
        if cue.verb {
            return false;
        }
        self.cues.iter().any(|c| {
            c.role == CueRole::Kind(ClaimKind::Collaboration)
                && !c.verb
                && c.start >= cue.end
                && at_most_words(&self.text[cue.end..c.start], REACH)
                && !crosses_clause(&self.text[cue.end..c.start])
        })
    }

    /// Whether a verb cue stands as a noun after a possessive, and what its owners do with it
    /// is a verb of no joint act ("offered their support", "pledged their full help"), with
    /// no party, nor a reference to one, after it in its clause: each side gives it to
    /// someone unnamed. "Kenya thanked Japan for its help" and "pledged their support to each
    /// other" still state cooperation.
    fn verb_as_owned_noun(&self, cue: &CueMatch) -> bool {
        const POSSESSIVES: &[&str] = &["their", "its", "our", "his", "her"];
        const RECIPROCALS: &[&str] = &["each other", "one another"];
        if !cue.verb {
            return false;
        }
        // The possessive right before the cue, or before one lowercase adjective ("their
        // full support").
        let mut before = self.text[self.sentence.start..cue.start].trim_end();
        let mut word = last_word(before);
        if !is_one_of(word, POSSESSIVES) && word.starts_with(char::is_lowercase) {
            before = before[..before.len() - word.len()].trim_end();
            word = last_word(before);
        }
        if !is_one_of(word, POSSESSIVES) {
            return false;
        }
        let owner_verb_end =
            self.sentence.start + before[..before.len() - word.len()].trim_end().len();
        let offered = self
            .cues
            .iter()
            .any(|c| c.role == CueRole::NotJoint && c.end == owner_verb_end);
        let (_, clause_end) = self.clause_around(cue.start);
        let clause_end = clause_end.max(cue.end);
        let rest = &self.text[cue.end..clause_end];
        offered
            && self.distinct_parties_in(cue.end, clause_end) == 0
            && !RECIPROCALS.iter().any(|r| rest.contains(r))
            && !self.cues.iter().any(|c| {
                c.start >= cue.end
                    && c.end <= clause_end
                    && matches!(c.role, CueRole::PartiesReference | CueRole::PartyReference)
            })
    }

    /// Whether "part of" has a country as the whole ("while it was part of the Soviet Union",
    /// "the region became part of Peru in 1990"): a territory, not a party taking part in
    /// something. The country's name must end the phrase: "part of the US-led programme",
    /// "part of Italy's project" and "part of the US space programme" name a thing of it.
    fn part_of_a_country(&self, cue: &CueMatch) -> bool {
        const PHRASE_ENDERS: &[&str] = &["until", "since", "when", "before", "after", "during"];
        if !cue.lemma.ends_with("part of") {
            return false;
        }
        let after = &self.text[cue.end..self.sentence.end];
        let whole = after.trim_start();
        let whole = whole.strip_prefix("the ").unwrap_or(whole);
        let Some(country) = self
            .mention_starting_at(self.sentence.end - whole.len())
            .filter(|m| whole.len() < after.len() && self.kind_of(m) == EntityType::Country)
        else {
            return false;
        };
        let rest = &self.text[country.end..self.sentence.end];
        let next = self.word_after(country);
        rest.trim_start().is_empty()
            || rest.starts_with([',', '.', ';', ':', ')'])
            || is_one_of(next, FUNCTION_WORDS)
            || is_one_of(next, PHRASE_ENDERS)
    }

    /// Whether "include" lists examples of a kind rather than the members of a body or a
    /// mission: its subject is no mission, body, group of parties or word for a crew or its
    /// members ("Other customers include Peru and Chile", "Countries with launch capability
    /// include …"), where "The programme includes Peru and Chile" and "The crew will include
    /// …" list members, and so does "These include …" after a sentence that says unnamed
    /// countries or agencies joined or signed something.
    fn lists_examples(&self, cue: &CueMatch) -> bool {
        const GROUPS: &[&str] = &[
            "crew",
            "crews",
            "members",
            "participants",
            "partners",
            "signatories",
            "consortium",
            "team",
            "teams",
            "delegation",
            "alliance",
            "coalition",
            "group",
            "network",
        ];
        const BEFORE_VERB: &[&str] = &["will", "would", "now", "also", "already"];
        if !cue.verb || &*cue.lemma != "include" {
            return false;
        }
        let end = self.subject_end(cue.start, |word| {
            BEFORE_VERB.iter().any(|a| word.eq_ignore_ascii_case(a))
        });
        let subject = self.text[self.sentence.start..end].trim();
        let head = last_word(subject);
        // "Nine countries have signed the accords. These include Chile, Peru and Kenya."
        let members_before = self.after_unnamed_members
            && ["these", "they", "those"]
                .iter()
                .any(|p| subject.eq_ignore_ascii_case(p));
        let named = self
            .mention_ending_at(end)
            .is_some_and(|m| self.is_party(m) || self.is_mission(m));
        let group_word = self.cues.iter().any(|c| {
            c.end == end && matches!(c.role, CueRole::MissionWord | CueRole::PartiesReference)
        });
        !(named
            || group_word
            || members_before
            || GROUPS.iter().any(|g| head.eq_ignore_ascii_case(g)))
    }

    /// Whether "join" as the finite verb of its subject ends its clause with no object: "near
    /// the point where the three countries join" joins nothing ("Peru joined ESA", "joined in
    /// 2019 as an observer" may). An infinitive ("invited Kenya to join", "decided not to
    /// join") takes its object from the verb it depends on.
    fn joins_nothing(&self, cue: &CueMatch) -> bool {
        let rest = self.text[cue.end..self.sentence.end].trim_start();
        cue.verb
            && &*cue.lemma == "join"
            && !self.word_before(cue.start).eq_ignore_ascii_case("to")
            && rest
                .chars()
                .next()
                .is_none_or(|c| matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')'))
    }

    /// Whether a cue stands in an infinitive phrase after "invite", "welcome", "encourage" or
    /// "urge" whose object, its actor, names unnamed others and no party ("they invite other
    /// nations and institutes to take part in the programme and share in the joint
    /// research"): the parties inviting do not take part in it ("invited Kenya to join" names
    /// who joins; "welcomed the chance to work with NASA" invites no one).
    fn invites_others(&self, cue: &CueMatch) -> bool {
        const INVITING: &[&str] = &[
            "invite",
            "invites",
            "invited",
            "inviting",
            "welcome",
            "welcomes",
            "welcomed",
            "welcoming",
            "encourage",
            "encourages",
            "encouraged",
            "encouraging",
            "urge",
            "urges",
            "urged",
            "urging",
        ];
        // The words an object naming unnamed others opens with.
        const OTHERS: &[&str] = &[
            "other",
            "others",
            "all",
            "more",
            "any",
            "interested",
            "additional",
            "further",
            "new",
            "foreign",
            "international",
        ];
        const OBJECT_WORDS: usize = 16;
        // Sixteen words of object and an infinitive phrase lie well within 400 bytes.
        let window = tail_of(&self.text[self.sentence.start..cue.start], 400);
        let window_at = cue.start - window.len();
        // A window that starts inside a word ("surge") does not read its tail as a word.
        let starts_inside_a_word = window_at > self.sentence.start
            && !self.text[..window_at].ends_with(char::is_whitespace);
        let Some(verb_end) = word_iter(window)
            .skip(usize::from(starts_inside_a_word))
            .filter(|w| is_one_of(w.text, INVITING))
            .last()
            .map(|w| window_at + w.start + w.text.len())
        else {
            return false;
        };
        let Some(to_at) = self.text[verb_end..cue.start]
            .find(" to ")
            .map(|at| verb_end + at)
        else {
            return false;
        };
        let object = &self.text[verb_end..to_at];
        word_iter(object)
            .next()
            .is_some_and(|first| is_one_of(first.text, OTHERS))
            && !self.text[to_at..cue.start].contains(';')
            && at_most_words(object, OBJECT_WORDS)
            && !object.contains(';')
            && !self.names_or_refers_to_a_party(verb_end, to_at)
    }

    /// Whether "aboard" or "on board" names no carrier: no party, mission or mission word in
    /// the words right after it, up to the next punctuation. Used as an adverb ("had
    /// satellites on board, like …") it states no taking part; "aboard China's lunar lander"
    /// and "on board the station" do. A rocket there ("aboard an Arianespace Vega rocket",
    /// "aboard a Proton") is a launch, which may be bought: whoever makes it takes no part.
    fn boards_nothing(&self, cue: &CueMatch) -> bool {
        const BOARDING: &[&str] = &["aboard", "onboard", "on board"];
        if !BOARDING.contains(&&*cue.lemma) {
            return false;
        }
        let rest = head_of(&self.text[cue.end..self.sentence.end], 80);
        let phrase_end = cue.end
            + rest
                .find([',', ';', ':', '(', ')', '\u{2014}'])
                .unwrap_or(rest.len());
        // Mentions and cues are sorted by start: only those in the phrase are looked at.
        let first_mention = self.mentions.partition_point(|m| m.start < cue.end);
        let phrase = || {
            self.mentions[first_mention..]
                .iter()
                .take_while(|m| m.end <= phrase_end)
        };
        let rocket = phrase().any(|m| self.kind_of(m) == EntityType::LaunchVehicle)
            || word_iter(&self.text[cue.end..phrase_end]).any(|w| is_one_of(w.text, ROCKET_WORDS));
        if rocket {
            return true;
        }
        let carrier = phrase().any(|m| self.kind_of(m).is_party() || self.kind_of(m).is_mission());
        let first_cue = self.cues.partition_point(|c| c.start < cue.end);
        let mission_words = self.cues[first_cue..]
            .iter()
            .take_while(|c| c.end <= phrase_end)
            .any(|c| matches!(c.role, CueRole::MissionReference | CueRole::MissionWord));
        !carrier && !mission_words
    }

    /// Whether "establish" is a passive with no agent: "When the agency was established, it
    /// trained astronauts for ESA" says the agency came into being, with no one founding it
    /// together; "was established by Chile and Peru" names founders. An agent that names
    /// fewer than two parties founds nothing between parties either ("EIAST, an organisation
    /// established by the Dubai Government in the UAE, ordered …", "The startup, founded by a
    /// scientist from India, won a contract from ESA"): the phrase after "by", up to its
    /// punctuation or a preposition of place or time ("in", "on", "during"), must hold two.
    /// Active, "establish" needs two subjects, a subject referring back to two, or a partner
    /// in its object.
    fn founded_alone(&self, cue: &CueMatch) -> bool {
        const AGENT_REACH: usize = 3;
        if matches!(&*cue.lemma, "established by" | "founded by") {
            return self.distinct_parties_in(cue.end, self.agent_end(cue)) < 2;
        }
        if &*cue.lemma != "establish" {
            return false;
        }
        if is_one_of(self.word_before(cue.start), BE) {
            return !word_iter(&self.text[cue.end..self.sentence.end])
                .take(AGENT_REACH)
                .any(|w| is_one_of(w.text, &["by", "between", "with"]));
        }
        // Active, one subject sets up a thing of its own ("made Peru the second nation to
        // establish a base on the Moon", "the region, where Peru has established a launch
        // site"): only two subjects, or a partner in its object ("established ties with
        // Peru", "a joint committee"), found something together; so does a subject that
        // refers back to two ("the two countries", "they").
        let sentence = &self.text[self.sentence.start..cue.start];
        let clause_start = sentence
            .rfind([',', ';', ':'])
            .map_or(self.sentence.start, |at| self.sentence.start + at + 1);
        let object = &self.text[cue.end..self.list_end(cue.end)];
        const PARTNER_WORDS: &[&str] = &[
            "with",
            "between",
            "joint",
            "jointly",
            "together",
            "bilateral",
        ];
        let with_a_partner = word_iter(object).any(|w| is_one_of(w.text, PARTNER_WORDS));
        let referred_subject = self.cues.iter().any(|c| {
            c.role == CueRole::PartiesReference && c.start >= clause_start && c.end <= cue.start
        }) || word_iter(&self.text[clause_start..cue.start])
            .any(|w| w.text.eq_ignore_ascii_case("they"));
        !with_a_partner
            && !referred_subject
            && self.distinct_parties_in(clause_start, cue.start) < 2
    }

    /// Where the agent after a maker's "by" ends: at punctuation that ends its list of
    /// parties, or at a preposition of time, place, purpose or manner or a relative word
    /// ("created by decree on 31 August", "established by Chile and Peru in 2010"). "of",
    /// "from" and "at" tie people to the body they stand for ("built by engineers from
    /// ISRO") and go on, and so does "with", which adds a partner ("established by Chile with
    /// Peru").
    fn agent_end(&self, cue: &CueMatch) -> usize {
        const AGENT_ENDS: &[&str] = &[
            "on", "in", "for", "to", "under", "as", "since", "during", "after", "before", "which",
            "that", "who", "whose", "but", "while", "through", "into", "over", "until", "using",
        ];
        let punctuation = self.list_end(cue.end);
        word_iter(&self.text[cue.end..punctuation])
            .find(|w| is_one_of(w.text, AGENT_ENDS))
            .map_or(punctuation, |w| cue.end + w.start)
    }

    /// Whether a cue is a maker's "by" whose agent names no party ("created by presidential
    /// decree"): it states nobody's work.
    fn made_by_no_party(&self, cue: &CueMatch) -> bool {
        is_passive_maker(cue) && !self.agent_names_a_party(cue)
    }

    /// Whether bytes `from..to` name a party or hold a reference back to one or more ("the
    /// agency", "the two countries").
    fn names_or_refers_to_a_party(&self, from: usize, to: usize) -> bool {
        self.distinct_parties_in(from, to) > 0
            || self.cues.iter().any(|c| {
                (from..to).contains(&c.start)
                    && matches!(c.role, CueRole::PartyReference | CueRole::PartiesReference)
            })
    }

    /// Whether the agent after a maker's "by" names a party or refers back to parties ("built
    /// by OHB", "developed by engineers from ISRO", "run by the two agencies"), not only a
    /// thing or an unnamed body ("created by decree", "funded by the government").
    fn agent_names_a_party(&self, cue: &CueMatch) -> bool {
        let end = self.agent_end(cue);
        self.names_or_refers_to_a_party(cue.end, end)
            || word_iter(&self.text[cue.end..end])
                .next()
                .is_some_and(|w| is_one_of(w.text, &["them", "it", "both", "each"]))
    }

    /// Whether the act of `main` is done in a clause that "and" joins after a wish or a plan
    /// (`cue`): a verb of cooperation or of stopping in the past, or a perfect, opens it
    /// ("Kenya accepted the offer and signed an agreement", "plans to build a satellite and
    /// has signed an agreement", "wants to stay and extended its agreement with Peru", "plans
    /// to cut ties with Peru and ended its work with Chile"; not "plans a mission and asked
    /// ESA to provide a lander").
    fn done_after_and(&self, cue: &CueMatch, main: &CueMatch) -> bool {
        let gap = &self.text[cue.end..main.start];
        let Some(and) = gap.rfind(" and ") else {
            return false;
        };
        let clause_at = cue.end + and + " and ".len();
        let mut words = word_iter(&self.text[clause_at..self.sentence.end]);
        let Some(first) = words.next() else {
            return false;
        };
        let verb = if is_one_of(first.text, &["has", "have", "had"]) {
            match words.next() {
                Some(verb) => verb,
                None => return false,
            }
        } else {
            first
        };
        let (verb_at, verb_end) = (
            clause_at + verb.start,
            clause_at + verb.start + verb.text.len(),
        );
        // The verb states the cooperation, or takes the noun that does as its object
        // ("extended its agreement with Peru").
        let states_a_kind = self
            .cue_starting_at(verb_at)
            .is_some_and(|c| c.verb && matches!(c.role, CueRole::Kind(_) | CueRole::Cessation))
            || (!main.verb
                && main.start > verb_end
                && at_most_words(&self.text[verb_end..main.start], 1));
        states_a_kind
            && self
                .gazetteer
                .gazetteer()
                .cues()
                .is_past_form(&verb.text.to_lowercase())
    }

    /// Where the phrase from `from` ends at punctuation, read past the commas of a list of
    /// parties ("China, Pakistan and Peru"): at the first punctuation not followed by a party.
    fn list_end(&self, from: usize) -> usize {
        let mut at = from;
        loop {
            let rest = &self.text[at..self.sentence.end];
            let Some(mark) = rest.find([',', ';', ':', '(', ')']) else {
                return self.sentence.end;
            };
            let after = rest[mark..].strip_prefix(", ").unwrap_or("");
            let after = after.strip_prefix("and ").unwrap_or(after);
            let after = after.strip_prefix("the ").unwrap_or(after);
            let next_at = self.sentence.end - after.len();
            let listed = !after.is_empty()
                && self
                    .mention_starting_at(next_at)
                    .is_some_and(|m| self.is_party(m));
            if !listed {
                return at + mark;
            }
            at = next_at;
        }
    }

    /// Whether what a verb of taking part takes part in is a gathering: "took part in an
    /// online bilateral meeting", "participated in the signing ceremony". Only lowercase words
    /// may stand between, four at most.
    fn attends_a_gathering(&self, cue: &CueMatch) -> bool {
        let next = self.cues.partition_point(|c| c.start < cue.end);
        // Four words are well within 64 bytes; looking no further keeps this constant.
        self.cues[next..]
            .iter()
            .take_while(|c| c.start < cue.end + 64)
            .find(|c| c.role == CueRole::Gathering)
            .is_some_and(|c| {
                let gap = &self.text[cue.end..c.start];
                at_most_words(gap, 4)
                    && gap
                        .split_whitespace()
                        .all(|w| w.chars().all(|ch| ch.is_lowercase() || ch == '-'))
            })
    }

    /// Whether a cue's noun is qualified by a field outside space ("a trade agreement"), or
    /// its object, or else its first "in" or "on" phrase within eight words, names only
    /// fields outside space ("expanded economic cooperation", "cooperate in the
    /// fields of energy and trade", "ties in the gas sector"): the cooperation is not
    /// about space. A list that goes on with any other field ("in energy and satellite
    /// communications") is about space too.
    fn in_another_field(&self, cue: &CueMatch) -> bool {
        const FIELD_NOUNS: &[&str] = &[
            "the fields of ",
            "the field of ",
            "the areas of ",
            "the area of ",
            "the sectors of ",
            "the spheres of ",
            "fields of ",
            "areas of ",
            "sectors of ",
            "spheres of ",
            // "in a range of economic sectors": a quantity of fields.
            "a wide range of ",
            "a wide variety of ",
            "a range of ",
            "a variety of ",
            "a number of ",
            "a host of ",
            "numerous ",
            "various ",
            "diverse ",
            "different ",
            "several ",
            "many ",
            "key ",
            "all ",
            "the ",
            "their ",
            "its ",
            "an ",
            "a ",
        ];
        // "a trade agreement", "an economic cooperation deal": a noun of another field's.
        let qualified = self.text[..cue.start]
            .strip_suffix(' ')
            .and_then(|before| self.cue_ending_at(before.len()))
            .is_some_and(|c| c.role == CueRole::OtherField);
        if qualified {
            return true;
        }
        let rest = head_of(&self.text[cue.end..self.sentence.end], 120);
        // A phrase is a suffix of `rest`, which starts at the cue's end.
        let field_at = |phrase: &str| {
            let field = FIELD_NOUNS
                .iter()
                .find_map(|noun| phrase.strip_prefix(noun))
                .unwrap_or(phrase);
            cue.end + rest.len() - field.len()
        };
        let object = field_at(rest.strip_prefix(' ').unwrap_or(rest));
        if self.only_other_fields_from(object) {
            return true;
        }
        let Some(preposition) = word_iter(rest)
            .take(8)
            .find(|w| w.text == "in" || w.text == "on")
        else {
            return false;
        };
        let after = &rest[preposition.start + preposition.text.len()..];
        !rest[..preposition.start].contains([',', ';'])
            && self.only_other_fields_from(field_at(after.strip_prefix(' ').unwrap_or(after)))
    }

    /// Whether a list of fields outside space starts at byte `at` and nothing but such fields
    /// is coordinated in it.
    fn only_other_fields_from(&self, mut at: usize) -> bool {
        const SEPARATORS: &[&str] = &[", and ", " and ", ", ", " as well as "];
        loop {
            let Some(item) = self
                .cue_starting_at(at)
                .filter(|c| c.role == CueRole::OtherField)
            else {
                return false;
            };
            let tail = &self.text[item.end..self.sentence.end];
            match SEPARATORS.iter().find(|s| tail.starts_with(*s)) {
                Some(separator) => at = item.end + separator.len(),
                // The list ends its phrase: punctuation, the sentence's end, the partner or
                // time after it ("economic cooperation with Peru"), or a noun of cooperation
                // it qualifies ("a trade agreement"); another noun after it is what the
                // field qualifies ("defence satellites", "trade studies").
                None => {
                    let next = word_iter(head_of(tail, 64)).next();
                    // "defence-related satellites": a field joined by a hyphen to the next
                    // word qualifies it.
                    return tail.trim_start().is_empty()
                        || tail.starts_with(|c: char| c.is_ascii_punctuation() && c != '-')
                        || next.is_some_and(|w| is_one_of(w.text, FIELD_LIST_ENDS))
                        || self
                            .cue_starting_at(item.end + 1)
                            .is_some_and(|c| matches!(c.role, CueRole::Kind(_)) && !c.verb);
                }
            }
        }
    }

    /// Whether what flies aboard or on another's mission is a piece of hardware named in the
    /// few words before the cue: "NASA's camera will fly aboard ISRO's orbiter" gives the
    /// camera to the orbiter, a contribution; an astronaut flying on it takes part.
    fn hardware_goes_along(&self, cue: &CueMatch) -> bool {
        const RIDES: &[&str] = &["aboard", "onboard", "on board", "fly on"];
        if !RIDES.contains(&&*cue.lemma) {
            return false;
        }
        let before = tail_of(&self.text[self.sentence.start..cue.start], 96);
        let words = words(before);
        words
            .iter()
            .rev()
            .take(5)
            .any(|w| is_one_of(w.text, HARDWARE))
    }

    /// Whether a verb of giving or receiving has data or samples as what it gives: the head of
    /// its object ("provided Chile satellite data on the floods", "received imagery from
    /// Japan", "provide ESA with samples"; not "provided data relay services"), or of its
    /// subject when it is passive ("data has been received from"); not when a mission named
    /// after "for" or "to" gets it.
    fn gives_data(&self, cue: &CueMatch) -> bool {
        const GIVING: &[&str] = &[
            "provide",
            "supply",
            "receive",
            "share",
            "deliver",
            "give",
            "send",
            "transfer",
            "offer",
            "contribute",
            "hand over",
            "lend",
        ];
        const DATA: &[&str] = &[
            "data",
            "imagery",
            "images",
            "image",
            "information",
            "observations",
            "maps",
            "pictures",
            "photos",
            "photographs",
            "measurements",
            "datasets",
            "sample",
            "samples",
        ];
        const VERB_GROUP: &[&str] = &[
            "has", "have", "had", "will", "would", "can", "could", "may", "might", "must",
            "should", "being",
        ];
        /// The most words of an object before its head.
        const OBJECT_WORDS: usize = 5;
        if !cue.verb || !is_one_of(&cue.lemma, GIVING) {
            return false;
        }
        // "tracking data for ESA's probe" serves a mission: a contribution; "samples from
        // the Chang'e-5 mission" came from one.
        let mission_after = |at: usize| {
            let rest = &self.text[at..self.sentence.end];
            let Some(to) = word_iter(rest).find(|w| is_one_of(w.text, &["for", "to"])) else {
                return false;
            };
            let to = at + to.end;
            self.mentions
                .iter()
                .any(|m| m.start >= to && m.end <= self.sentence.end && self.is_mission(m))
        };
        // The head of the object: the last word before a preposition, a participle or a
        // comma a few words on; past a quantity ("a portion of the samples") and past the
        // receiver before "with" ("provide ESA with samples").
        const QUANTITIES: &[&str] = &["portion", "part", "share", "piece", "some", "grams", "set"];
        let mut from = cue.end;
        let head = loop {
            let after = &self.text[from..self.sentence.end];
            let object_end = after
                .find([',', ';', ':', '.', '(', '"', '“', '”'])
                .unwrap_or(after.len());
            let object = words(&after[..object_end]);
            let phrase: Vec<_> = object
                .iter()
                .take(OBJECT_WORDS + 1)
                // "the satellite collecting data": a participle ends the noun phrase too.
                .take_while(|w| {
                    let participle = w.text.len() > 5 && w.text.ends_with("ing");
                    !(is_one_of(w.text, OBJECT_ENDS)
                        || is_one_of(w.text, PHRASE_PREPOSITIONS)
                        || participle)
                })
                .collect();
            let next = object.get(phrase.len());
            let go_on = phrase.last().zip(next).is_some_and(|(last, next)| {
                (is_one_of(last.text, QUANTITIES) && next.text == "of")
                    || (next.text == "with"
                        && self.mentions.iter().any(|m| {
                            m.start <= from + last.start
                                && from + last.end <= m.end
                                && self.is_party(m)
                        }))
            });
            match next {
                Some(next) if go_on && from != self.sentence.end => from += next.end,
                _ => break phrase.last().map(|w| (from + w.end, w.text)),
            }
        };
        if let Some((head_end, _)) = head.filter(|(_, text)| is_one_of(text, DATA)) {
            return !mission_after(head_end);
        }
        let before = words(tail_of(&self.text[self.sentence.start..cue.start], 64));
        let mut back = before.iter().rev();
        let passive = back.next().is_some_and(|w| is_one_of(w.text, BE));
        passive
            && back
                .find(|w| {
                    !is_one_of(w.text, BE)
                        && !is_one_of(w.text, VERB_GROUP)
                        && !w.text.ends_with("ly")
                })
                .is_some_and(|w| is_one_of(w.text, DATA))
            && !mission_after(cue.end)
    }

    /// Whether a verb of composition says what one mission is made of: its subject is a
    /// mission, a word for one in the singular ("The probe consists of", "the elements of
    /// the mission include") or a share of one ("Its payload comprises"), and two or more
    /// parties after it own its parts. Lists of
    /// missions ("Mars landers include NASA's Curiosity and China's Tianwen-1") and data
    /// combined ("the study combined observations from NASA's Hubble and ESA's Gaia") are
    /// not one mission.
    fn parts_of_one_mission(&self, cue: &CueMatch) -> bool {
        self.composes_one_mission(cue) && self.parts_of_parties(cue) >= 2
    }

    /// The claim a verb of composition makes when it has a list of two or more parties as
    /// its whole object and one mission, project or crew as its subject: "The project
    /// consists of Ghana, Nigeria and Japan" is their joint mission ("the group consists of
    /// Chile and Peru" names a body's members); "The crew includes astronauts from India,
    /// Poland and Hungary" is their participation. A footnote mark may follow a name
    /// ("Ghana*").
    fn members_of_one_mission(&self, cue: &CueMatch) -> Option<ClaimKind> {
        const SEPARATORS: &[&str] = &[", ", " and ", ", and ", " & "];
        // "consists of engineers from Kenya and Peru": people from the parties.
        let people = self.after_people_from(cue.end + 1, &self.cues);
        let mut at = people.map_or(cue.end, |names| names - 1);
        let kind = if people.is_some() {
            ClaimKind::Participation
        } else {
            ClaimKind::JointMission
        };
        let mut members = Vec::new();
        loop {
            let rest = &self.text[at..self.sentence.end];
            let rest = rest.strip_prefix(' ').unwrap_or(rest);
            let rest = rest.strip_prefix("the ").unwrap_or(rest);
            let member =
                self.party_starting_at(self.sentence.end - rest.len(), self.sentence.end)?;
            if !members.contains(&member.entry) {
                members.push(member.entry);
            }
            let after = self.text[member.end..self.sentence.end].trim_start_matches('*');
            let next = SEPARATORS
                .iter()
                .find_map(|s| after.strip_prefix(s))
                .map(|next| self.sentence.end - next.len())
                .filter(|&at| {
                    let next = &self.text[at..self.sentence.end];
                    let next = next.strip_prefix("the ").unwrap_or(next);
                    self.party_starting_at(self.sentence.end - next.len(), self.sentence.end)
                        .is_some()
                });
            match next {
                Some(next_at) => at = next_at,
                None => {
                    // The list ends the clause: "… and Japan, was launched in 2015".
                    let ends = after.is_empty() || after.starts_with(['.', ',', ';', ':', ')']);
                    let whole = if people.is_some() {
                        self.composes_one_crew(cue)
                    } else {
                        self.composes_one_mission(cue)
                    };
                    return (ends && members.len() >= 2 && whole).then_some(kind);
                }
            }
        }
    }

    /// Whether the subject of a verb of composition is one mission: named, a mission word
    /// alone or a share of one ("its payload").
    fn composes_one_mission(&self, cue: &CueMatch) -> bool {
        const BEFORE_VERB: &[&str] = &[
            "will", "would", "shall", "can", "could", "may", "might", "is", "are", "was", "were",
            "be", "also", "now", "mainly", "largely",
        ];
        let end = self.subject_end(cue.start, |word| {
            BEFORE_VERB.iter().any(|a| word.eq_ignore_ascii_case(a))
        });
        // "The mission, called Lunar Polar Exploration (LUPEX), will consist of": the name in
        // apposition ends the subject.
        let end = self.sentence.start
            + self.text[self.sentence.start..end]
                .trim_end_matches([',', ')'])
                .len();
        let named = self
            .mention_ending_at(end)
            .is_some_and(|m| self.is_mission(m));
        let one_mission_word = self.cues.iter().any(|c| {
            c.end == end
                && (c.role == CueRole::MissionReference
                    || (c.role == CueRole::MissionWord
                        && self.text[c.start..c.end].eq_ignore_ascii_case(&c.lemma)))
        });
        // "Its payload comprises", "the spacecraft's instruments include", "the mission's
        // first phase consists of": a share of one mission is made of parts too.
        let share = words(&self.text[self.sentence.start..end])
            .last()
            .is_some_and(|w| is_one_of(w.text, MISSION_SHARES));
        named || one_mission_word || share
    }

    /// Whether the subject of a verb of composition is a crew or a team, or one mission
    /// ("The crew consists of", "The mission's team comprises").
    fn composes_one_crew(&self, cue: &CueMatch) -> bool {
        const CREWS: &[&str] = &["crew", "team"];
        let before = self.text[self.sentence.start..cue.start].trim_end();
        word_iter(before)
            .last()
            .is_some_and(|w| is_one_of(w.text, CREWS))
            || self.composes_one_mission(cue)
    }

    /// How many distinct parties after a verb of composition own a part of the whole: a
    /// part noun right after the party, after at most two adjectives ("an ISRO lunar
    /// lander"), a mission or part after the party's possessive ("ESA's orbiter", "JAXA's
    /// Mio"), or the party after "by" or "from" that follows a part noun within a few words
    /// ("a rover built by JAXA"). A party after a word for data or heritage owns none ("data
    /// from ESA's Gaia", "a version of ISRO's camera").
    fn parts_of_parties(&self, cue: &CueMatch) -> usize {
        const OWNER_REACH: usize = 3;
        let mut owners: Vec<usize> = self
            .mentions
            .iter()
            .filter(|m| m.start >= cue.end && self.is_party(m))
            .filter(|m| {
                let after = &self.text[m.end..self.sentence.end];
                let owned = after_possessive(after).unwrap_or(after);
                let part_after = word_iter(owned)
                    .take(OWNER_REACH)
                    .take_while(|w| w.text.starts_with(char::is_lowercase))
                    .any(|w| is_part(w.text));
                // "NASA's Artemis and ESA's Gateway" are programmes of their own, no parts.
                let owned_mission = owned.len() < after.len()
                    && self
                        .mention_starting_at(self.sentence.end - owned.trim_start().len())
                        .is_some_and(|owned| {
                            self.is_mission(owned) && self.kind_of(owned) != EntityType::Program
                        });
                let before = words(&self.text[cue.end..m.start]);
                let made_by = before.split_last().is_some_and(|(by, rest)| {
                    is_one_of(by.text, &["by", "from"])
                        && rest.iter().rev().take(OWNER_REACH).any(|w| is_part(w.text))
                });
                let data = before
                    .iter()
                    .rev()
                    .take(OWNER_REACH + 1)
                    .any(|w| is_one_of(w.text, DATA_OR_HERITAGE));
                (part_after || owned_mission || made_by) && !data
            })
            .map(|m| m.entry)
            .collect();
        owners.sort_unstable();
        owners.dedup();
        owners.len()
    }

    /// Whether a word of membership names members of a body the sentence does not name: "The
    /// other member states are Chile, Peru and Kenya" lists them; being members of one body
    /// does not make countries partners of each other.
    fn members_of_no_named_body(&self, cue: &CueMatch) -> bool {
        cue.lemma.starts_with("member")
            && self
                .mentions
                .iter()
                .filter(|m| self.is_party(m))
                .all(|m| self.kind_of(m) == EntityType::Country)
            // "the agency's 21st member state" names the body by reference.
            && !self.cues.iter().any(|c| {
                matches!(
                    c.role,
                    CueRole::PartyReference | CueRole::PartiesReference
                )
            })
    }

    /// Whether "host" has a gathering as what is hosted: "hosted the annual meeting", "the
    /// workshop in Paris, hosted by CNES". Hosting a meeting others attend is no cooperation;
    /// hosting an instrument is. Before "hosted by", at most four words, with no punctuation
    /// but a comma, may stand after the gathering.
    fn hosts_a_gathering(&self, cue: &CueMatch) -> bool {
        if &*cue.lemma != "host" {
            return false;
        }
        if self.attends_a_gathering(cue) {
            return true;
        }
        if !self.text[cue.end..self.sentence.end].starts_with(" by ") {
            return false;
        }
        let before = self.cues.partition_point(|c| c.start < cue.start);
        self.cues[..before]
            .iter()
            .rev()
            .take_while(|c| c.end + 64 > cue.start)
            .find(|c| c.role == CueRole::Gathering)
            .is_some_and(|c| {
                let gap = &self.text[c.end..cue.start];
                at_most_words(gap, 4) && !gap.contains([';', ':', '(', ')', '.'])
            })
    }

    /// Whether a verb of contributing furthers a relation rather than giving something: "will
    /// contribute to cooperation in …", "contributed to strengthening their partnership",
    /// "contributes towards the growing Chile-Peru partnership". The relation's own cue, at
    /// most two words after "to" besides articles and names, says what the parties do; what a
    /// thing contributes to is an effect ("This should contribute to boosting …").
    fn furthers_a_relation(&self, cue: &CueMatch) -> bool {
        let after = &self.text[cue.end..self.sentence.end];
        let Some(rest) = [" to ", " towards ", " toward "]
            .iter()
            .find_map(|to| after.strip_prefix(to))
        else {
            return false;
        };
        let to_end = self.sentence.end - rest.len();
        // "This should contribute to boosting the sector", "… to the two nations
        // gaining a larger role": what a thing, not a party, contributes to is an effect (a
        // gerund within four words, no comma before it), nothing given to anyone.
        const GERUND_REACH: usize = 4;
        let gerund_follows = || {
            word_iter(head_of(rest, 80))
                .take(GERUND_REACH)
                .find(|w| w.text.len() > 4 && w.text.ends_with("ing"))
                .is_some_and(|w| {
                    w.text.starts_with(char::is_lowercase) && !rest[..w.start].contains(',')
                })
        };
        let named_before = || {
            self.distinct_parties_in(self.sentence.start, cue.start) > 0
                || self
                    .cues
                    .iter()
                    .any(|c| c.end <= cue.start && c.role.refers_back())
        };
        if cue.verb && gerund_follows() && !named_before() {
            return true;
        }
        let next = self.cues.partition_point(|c| c.start < to_end);
        self.cues.get(next).is_some_and(|c| {
            matches!(c.role, CueRole::Kind(kind) if kind != ClaimKind::Contribution)
                && self.few_words_besides_names(to_end, c.start, 2)
        })
    }

    /// Whether a party's possessive and one of its missions follow a cue: "as part of NASA's
    /// Crew-3 mission", "assigned to NASA's Artemis II"; the mission's name, word or large
    /// part ("lander") stands at most four words after the possessive. A verb of sending
    /// reaches past its object, a crew member or hardware, to "to" ("will send its first
    /// astronaut to China's space station").
    fn owned_mission_follows(&self, cue: &CueMatch) -> bool {
        let Some(destination) = self.destination_of(cue) else {
            return false;
        };
        // People, hardware and experiments sent to a mission take part in it, and so does a
        // person named right after the verb ("will send Amani Otieno to"); a letter, data or
        // a complaint do not.
        let sent = &self.text[cue.end..destination];
        let named_person = word_iter(sent).next().is_some_and(|w| {
            w.text.starts_with(char::is_uppercase)
                && self.mention_starting_at(cue.end + w.start).is_none()
        });
        if &*cue.lemma == "send"
            && !named_person
            && !word_iter(sent).any(|w| {
                is_one_of(w.text, PEOPLE)
                    || is_one_of(w.text, FLOWN)
                    || is_one_of(w.text, MISSION_SHARES)
                    || is_part(w.text)
            })
        {
            return false;
        }
        let rest = &self.text[destination..self.sentence.end];
        let after = rest.strip_prefix(' ').unwrap_or(rest);
        let at = self.sentence.end - after.len();
        let Some(owner) = self.party_starting_at(at, self.sentence.end) else {
            return false;
        };
        let Some(owned) = after_possessive(&self.text[owner.end..self.sentence.end]) else {
            return false;
        };
        let from = self.sentence.end - owned.len();
        let near = |start: usize| start >= from && at_most_words(&self.text[from..start], 4);
        self.mentions
            .iter()
            .any(|m| self.kind_of(m).is_mission() && near(m.start))
            || self
                .cues
                .iter()
                .any(|c| c.role == CueRole::MissionWord && near(c.start))
            || word_iter(&self.text[from..self.sentence.end])
                .take(4)
                .any(|w| is_one_of(w.text, WHOLE_PARTS))
    }

    /// Where what a cue of taking part reaches begins: right after the cue, or for a verb of
    /// sending, after the "to" that ends its object, within a few words and with no
    /// punctuation between ("sent two astronauts to"), or after the "on" or "aboard" that
    /// follows a place the "to" names without a party ("will send an astronaut to the Moon
    /// on NASA's Artemis II").
    fn destination_of(&self, cue: &CueMatch) -> Option<usize> {
        const OBJECT_REACH: usize = 5;
        const PLACE_REACH: usize = 4;
        if &*cue.lemma != "send" {
            return Some(cue.end);
        }
        let rest = head_of(&self.text[cue.end..self.sentence.end], 128);
        let object_end = rest.find([',', ';', ':', '(', ')']).unwrap_or(rest.len());
        let mut words = word_iter(&rest[..object_end]);
        let to = words.by_ref().take(OBJECT_REACH).find(|w| w.text == "to")?;
        let to_end = cue.end + to.start + to.text.len();
        let vehicle = words
            .take(PLACE_REACH + 1)
            .find(|w| is_one_of(w.text, &["on", "aboard"]))
            .map(|w| cue.end + w.start + w.text.len())
            .filter(|&at| {
                !self
                    .mentions
                    .iter()
                    .any(|m| m.start >= to_end && m.end <= at && self.is_party(m))
            });
        Some(vehicle.unwrap_or(to_end))
    }

    /// Whether a verb of sending sends hardware ("will send a camera to Peru's lander"): what
    /// it sends is given to the mission, not flown by a crew.
    fn sends_hardware(&self, cue: &CueMatch) -> bool {
        self.destination_of(cue).is_some_and(|to| {
            &*cue.lemma == "send" && word_iter(&self.text[cue.end..to]).any(|w| is_part(w.text))
        })
    }

    /// Whether a mission word follows two parties joined as a pair, with at most three words
    /// between: "the ESA-JAXA BepiColombo mission", "the NASA/ISRO radar satellite", "ESA and
    /// JAXA's probe", "the NASA-JAXA Tropical Rainfall Measuring Mission" (a named mission the
    /// word ends) are theirs together. Not another capitalised word of a name ("the China-France
    /// Oceanographic Satellite"), nor a word qualifying a cue of cooperation right after it
    /// ("the US-Japan satellite partnership"), nor the object of another party's joining or
    /// contributing ("Kenya joined the NASA-ESA mission").
    fn owned_by_a_pair(&self, mission_word: &CueMatch) -> bool {
        // "the NASA-JAXA Tropical Rainfall Measuring Mission": a capitalised mission word that
        // ends a named mission is that mission's; the pair stands before the whole name.
        // Not when a noun follows the name, whose modifier the pair is ("the India-China Mars
        // Orbiter Mission rivalry"): only a verb, an auxiliary or punctuation may.
        let named = self
            .mention_ending_at(mission_word.end)
            .filter(|m| m.start < mission_word.start && self.kind_of(m).is_mission())
            .filter(|m| {
                let next = self.text[m.end..self.sentence.end]
                    .split_whitespace()
                    .next()
                    .unwrap_or_default();
                !next.starts_with(char::is_lowercase)
                    || next.ends_with("ed")
                    || AUXILIARIES.contains(&next)
            });
        if self.text[mission_word.start..].starts_with(char::is_uppercase) && named.is_none() {
            return false;
        }
        let next = self.cues.partition_point(|c| c.start < mission_word.end);
        let qualifies = self.cues[next..]
            .iter()
            .find(|c| matches!(c.role, CueRole::Kind(_)) && !self.made_by_no_party(c))
            .is_some_and(|c| {
                let gap = &self.text[mission_word.end..c.start];
                at_most_words(gap, 2) && !crosses_clause(gap)
            });
        // "Kenya will join the NASA-ESA mission": the pair's mission is what another party
        // joins or contributes to; the verb before it states the claim.
        let joined = self.cues[..next]
            .iter()
            .rev()
            .find(|c| c.end <= mission_word.start && matches!(c.role, CueRole::Kind(_)))
            .is_some_and(|c| {
                matches!(
                    c.role,
                    CueRole::Kind(ClaimKind::Participation | ClaimKind::Contribution)
                ) && !crosses_clause(&self.text[c.end..mission_word.start])
            });
        if qualifies || joined {
            return false;
        }
        if self.of_a_pair(mission_word) {
            return true;
        }
        let before = &self.text[self.sentence.start..mission_word.start];
        // Mentions are sorted and do not overlap: those before the word are a prefix.
        let before_word = self
            .mentions
            .partition_point(|m| m.end <= mission_word.start);
        let Some(second) = self.mentions[..before_word]
            .iter()
            .rev()
            .find(|m| self.is_party(m))
        else {
            return false;
        };
        // Only modifiers between: names, and at most one lowercase word ("radar"), never a
        // determiner ("the Russia-Ukraine war delayed the satellite").
        let gap = &self.text[second.end..named.map_or(mission_word.start, |m| m.start)];
        let lowercase = gap
            .split_whitespace()
            .filter(|w| w.starts_with(char::is_lowercase))
            .count();
        let plain_gap = !gap.contains([',', ';', ':', '(', ')', '.'])
            && at_most_words(gap, 3)
            && lowercase <= 1
            && !gap.split_whitespace().any(is_determiner);
        // "ESA and JAXA's BepiColombo mission": two owners coordinated before one
        // possessive own a single mission together (plural missions may be each one's own).
        let word = &self.text[mission_word.start..mission_word.end];
        let shared_possessive =
            (gap.starts_with("'s ") || gap.starts_with("’s ")) && !looks_plural(word);
        let before_second = &self.text[..second.start];
        let first = before_second
            .strip_suffix(JOINERS)
            .or_else(|| {
                shared_possessive
                    .then(|| {
                        before_second
                            .strip_suffix(" and ")
                            .or_else(|| before_second.strip_suffix(" & "))
                    })
                    .flatten()
            })
            .and_then(|rest| self.mention_ending_at(rest.len()));
        plain_gap
            && !before.is_empty()
            && first.is_some_and(|first| self.is_party(first) && first.entry != second.entry)
    }

    /// Whether a single mission belongs to two parties named after it: "a lunar mission of
    /// ISRO and JAXA", "the satellite concept of Chile and Peru" (one noun may stand between).
    /// Not a plural ("the satellites of Chile and Peru" may be each one's own).
    fn of_a_pair(&self, mission_word: &CueMatch) -> bool {
        let word = &self.text[mission_word.start..mission_word.end];
        if looks_plural(word) {
            return false;
        }
        let rest = head_of(&self.text[mission_word.end..self.sentence.end], 200);
        let mut tokens = rest.split_whitespace();
        let of_at = match (tokens.next(), tokens.next()) {
            (Some("of"), _) => rest.find("of"),
            (Some(noun), Some("of")) if noun.chars().all(|c| c.is_ascii_lowercase()) => {
                rest.find(" of").map(|at| at + 1)
            }
            _ => None,
        };
        let Some(of_at) = of_at else {
            return false;
        };
        let owners = rest[of_at + 2..].trim_start();
        let owners = owners.strip_prefix("the ").unwrap_or(owners);
        let Some(first) = self
            .mention_starting_at(mission_word.end + rest.len() - owners.len())
            .filter(|m| self.is_party(m))
        else {
            return false;
        };
        // "of the Indian Space Research Organisation (ISRO) and …": past the bracket.
        let joined = self.text[first.end..self.sentence.end].trim_start();
        let joined = match joined.strip_prefix('(') {
            Some(inside) => inside
                .split_once(')')
                .map_or(joined, |(_, after)| after.trim_start()),
            None => joined,
        };
        let joined = joined
            .strip_prefix("and ")
            .or_else(|| joined.strip_prefix("& "))
            .map(|j| j.strip_prefix("the ").unwrap_or(j));
        joined.is_some_and(|j| {
            self.mention_starting_at(self.sentence.end - j.len())
                .is_some_and(|second| self.is_party(second) && second.entry != first.entry)
        })
    }

    /// Whether "join" has countries as its object and no act to share: joining peers, a
    /// comparison ("Rwanda joins African countries such as Kenya and Egypt, which have
    /// satellites"), not taking part ("Peru joins Chile in building the rover").
    fn joins_peers(&self, cue: &CueMatch) -> bool {
        if !cue.verb || !cue.lemma.starts_with("join") {
            return false;
        }
        let first = self.mentions.partition_point(|m| m.start < cue.end);
        let Some(object) = self.mentions[first..].iter().find(|m| self.is_party(m)) else {
            return false;
        };
        let lead = &self.text[cue.end..object.start];
        // "joined the project with Peru", "the consortium led by Peru": the country is a
        // partner or the leader of what is joined, not the thing joined.
        let through_preposition = ["with", "alongside", "by"].contains(&last_word(lead));
        let plain_lead = lead.len() <= 64
            && !lead.contains([',', ';', ':', '(', '\'', '’'])
            && !through_preposition;
        let rest = head_of(&self.text[object.end..self.sentence.end], 512);
        let clause = rest
            .find(", which")
            .or_else(|| rest.find(" which "))
            .map_or(rest, |at| &rest[..at]);
        // "joins Chile's programme", "joins Chile in building", "on the rover": an act shared;
        // "joins Chile on the list of nations with …", "in the ranks of": a group of peers.
        // What follows the group describes its members. Up to two adjectives may stand
        // before the group's noun ("the growing list", "an exclusive club").
        const GROUPS: &[&str] = &["list", "lists", "ranks", "club", "league"];
        let in_a_group = |at: usize| {
            let mut next = clause[at..].split_whitespace().skip(1);
            next.next()
                .is_some_and(|w| is_one_of(w, &["the", "a", "an"]))
                && next
                    .take(3)
                    .take_while(|w| w.starts_with(char::is_lowercase))
                    .any(|w| is_one_of(w, GROUPS))
        };
        let group_at = [" in ", " on "]
            .iter()
            .filter_map(|w| {
                clause
                    .match_indices(w)
                    .map(|(at, _)| at)
                    .find(|&at| in_a_group(at))
            })
            .min();
        let clause = group_at.map_or(clause, |at| &clause[..at]);
        let shares_an_act = [" in ", " on ", "'s ", "’s "]
            .iter()
            .any(|w| clause.contains(w))
            || clause.starts_with(['\'', '’']);
        // "joined the US programme", "joined the China-led station": the country qualifies
        // what is joined, its owner or leader, and is no peer. A noun follows it, not a word
        // that ends the phrase or one of time ("joined Kenya in 2020", "… Kenya last year").
        const NOT_A_NOUN: &[&str] = &["last", "this", "next", "earlier", "today", "again", "too"];
        let next_word = rest
            .strip_prefix(' ')
            .and_then(|after| after.split(|c: char| !c.is_alphabetic()).next())
            .unwrap_or("");
        let noun_follows = next_word.starts_with(char::is_lowercase)
            && !next_word.ends_with("ly")
            && ![
                OBJECT_ENDS,
                CLAUSE_OPENERS,
                PHRASE_PREPOSITIONS,
                NOT_A_NOUN,
                BE,
            ]
            .iter()
            .any(|list| list.contains(&next_word));
        let qualifies_the_object = noun_follows || self.is_name_modifier(object);
        plain_lead
            && self.kind_of(object) == EntityType::Country
            && !shares_an_act
            && !qualifies_the_object
    }

    /// Whether a cue is a modal verb of possibility ("could", "may", "might"), not an
    /// adjective ("potential") nor the month: after a noun cue ("cooperation could span many
    /// fields") the cooperation is only possible.
    fn modal_of_possibility(&self, cue: &CueMatch) -> bool {
        cue.role == CueRole::Possible
            && !self.is_the_month(cue)
            && ["could", "may", "might"]
                .iter()
                .any(|m| self.text[cue.start..cue.end].eq_ignore_ascii_case(m))
    }

    /// Whether a "May" is the month: capitalised, and not where the sentence opens.
    fn is_the_month(&self, cue: &CueMatch) -> bool {
        cue.start > self.sentence.start && &self.text[cue.start..cue.end] == "May"
    }

    /// Whether an agreement cue ends a capitalised name and "between" follows: the name is
    /// that of an agreement between the parties after it.
    fn heads_an_agreement_between(&self, cue: &CueMatch) -> bool {
        cue.role == CueRole::Kind(ClaimKind::Agreement)
            && self.text[cue.end..self.sentence.end]
                .split_whitespace()
                .next()
                .is_some_and(|w| w == "between")
    }

    /// The cooperation noun an aim is of: "the goal of the agreement", "the main purpose of the
    /// overall partnership" (a determiner and up to two lowercase modifiers, none in -ing, may
    /// stand between).
    fn aimed_noun(&self, aim: &CueMatch) -> Option<&CueMatch> {
        const MODIFIERS: usize = 2;
        const AIMS: &[&str] = &["aim", "goal", "objective", "purpose"];
        // "met with the aim of signing an agreement" states a wish, not an aim of a cooperation.
        if aim.role != CueRole::Intended
            || !aim.lemma.split(' ').any(|w| AIMS.contains(&w))
            || aim.lemma.starts_with("with ")
        {
            return None;
        }
        let after = &self.text[aim.end..self.sentence.end];
        let (after, from) = if aim.lemma.ends_with(" of") {
            (after, aim.end)
        } else {
            let rest = after.strip_prefix(" of ")?;
            (rest, aim.end + " of ".len())
        };
        let mut next_words = word_iter(after).peekable();
        if next_words
            .peek()
            .is_some_and(|w| is_determiner(w.text) || w.text.eq_ignore_ascii_case("that"))
        {
            next_words.next();
        }
        for word in next_words.take(MODIFIERS + 1) {
            let at = from + word.start;
            if let Some(noun) = self
                .cue_starting_at(at)
                .filter(|c| matches!(c.role, CueRole::Kind(_)) && !c.verb)
            {
                return Some(noun);
            }
            // A modifier is lowercase, and no verb in -ing ("the aim of deepening cooperation").
            if !word.text.starts_with(char::is_lowercase) || word.text.ends_with("ing") {
                return None;
            }
        }
        None
    }

    /// Whether a wish's subject is an agreement ("The memorandum aims to …", "the agreement
    /// calls for …"): what an agreement sets out is what it states, not a wish of the parties.
    /// The agreement may name who it is with in between ("The agreement with the 20-member
    /// ESA called for …").
    pub(super) fn aim_of_an_agreement(&self, wish: &CueMatch) -> bool {
        // "The goal of the agreement is to share data": the aim named before its agreement.
        if self
            .aimed_noun(wish)
            .is_some_and(|c| c.role == CueRole::Kind(ClaimKind::Agreement))
        {
            return true;
        }
        let before = self.text[self.sentence.start..wish.start].trim_end();
        let before = before.strip_suffix(" also").unwrap_or(before).trim_end();
        let subject_end = self.sentence.start + before.len();
        self.cues.iter().any(|c| {
            if c.role != CueRole::Kind(ClaimKind::Agreement) || c.verb || c.end > subject_end {
                return false;
            }
            let with_whom = &self.text[c.end..subject_end];
            c.end == subject_end
                || ([" with ", " between "]
                    .iter()
                    .any(|w| with_whom.starts_with(w))
                    && at_most_words(with_whom, 6)
                    && !with_whom.contains([',', ';'])
                    && self
                        .mentions
                        .iter()
                        .any(|m| m.end == subject_end && self.is_party(m)))
        })
    }

    /// Whether a wish states what a cooperation is for rather than wishing one: the aim of an
    /// agreement, or the aim named before any cooperation noun ("The main aim of the
    /// partnership between Chile and Peru is to …": the partnership exists).
    fn states_an_aim(&self, wish: &CueMatch) -> bool {
        self.aimed_noun(wish).is_some() || self.aim_of_an_agreement(wish)
    }

    /// Whether a wish is a phrase of purpose ("with the aim of", "with the goal of") that
    /// governs no cooperation of its own in the few words after it, before any comma: "formed
    /// a partnership with the goal of returning samples", "With the aim of mapping floods,
    /// Chile and Peru signed …" tell what a cooperation is for; "with the aim of deepening
    /// their cooperation" wishes it.
    fn purpose_of_another_act(&self, wish: &CueMatch, main: &CueMatch) -> bool {
        /// The most words between a phrase of purpose and the cooperation it aims at.
        const PURPOSE_REACH: usize = 4;
        let purpose = wish.lemma.starts_with("with the ") && wish.lemma.ends_with(" of");
        let gap = &self.text[wish.end..main.start.max(wish.end)];
        purpose
            && (main.end <= wish.start || gap.contains(',') || !at_most_words(gap, PURPOSE_REACH))
    }

    /// Whether a future cue is the copula after an aim of a cooperation: "The goal of the
    /// agreement is to share data", "The purpose of the cooperation between Chile and Peru is
    /// to map floods" state what the cooperation is for, not a plan.
    fn copula_of_an_aim(&self, future: &CueMatch, cues: &[&CueMatch]) -> bool {
        // The aim, the cooperation noun and whom it is with stand before the copula.
        const REACH: usize = 8;
        let before = cues.partition_point(|c| c.start < future.start);
        (future.lemma.starts_with("is ") || future.lemma.starts_with("was "))
            && cues[..before].iter().rev().take(3).any(|aim| {
                aim.end < future.start
                    && self.aimed_noun(aim).is_some_and(|noun| {
                        noun.end <= future.start
                            && at_most_words(&self.text[noun.end..future.start], REACH)
                            && !self.text[noun.end..future.start].contains([',', ';'])
                    })
            })
    }

    /// Whether a cue is a capitalised word inside a longer capitalised name.
    pub(super) fn inside_name(&self, cue: &CueMatch) -> bool {
        let capitalised = |w: &str| w.starts_with(|c: char| c.is_uppercase());
        if !capitalised(&self.text[cue.start..cue.end]) || cue.start == self.sentence.start {
            return false;
        }
        let before = Some(self.word_before(cue.start))
            .filter(|w| !w.is_empty())
            .map(|w| w.rsplit(['-', '/']).next().unwrap_or(w));
        let after = self.text[cue.end..self.sentence.end]
            .split_whitespace()
            .next();
        before.is_some_and(capitalised) || after.is_some_and(capitalised)
    }

    /// Whether a cue lies inside a title in quotation marks, every word of it capitalised:
    /// "the “Lunar Project: International Cooperation” trophies". A named agreement out of
    /// quotes ("the Framework Agreement between Chile and Peru") still states one.
    fn in_quoted_title(&self, cue: &CueMatch) -> bool {
        // Longer than any title; looking no further keeps a long sentence linear.
        const TITLE_REACH: usize = 160;
        let title_words = |text: &str| {
            text.split_whitespace()
                .all(|w| !w.starts_with(char::is_lowercase))
        };
        let before = tail_of(&self.text[self.sentence.start..cue.start], TITLE_REACH);
        let Some(open) = before.rfind(['“', '"']) else {
            return false;
        };
        let after = head_of(&self.text[cue.end..self.sentence.end], TITLE_REACH);
        let Some(close) = after.find(['”', '"']) else {
            return false;
        };
        let opening = &before[open..];
        let opening = &opening[opening.chars().next().map_or(0, char::len_utf8)..];
        !opening.contains('”') && title_words(opening) && title_words(&after[..close])
    }

    /// Whether a speech verb's "-s" form is a plural noun here: after a determiner, a
    /// quantifier or a noun that names what they are ("its member states", "many reports",
    /// "the partner states"), it says nothing.
    pub(super) fn speech_as_plural_noun(&self, cue: &CueMatch) -> bool {
        const BEFORE_A_NOUN: &[&str] = &[
            "many",
            "some",
            "all",
            "both",
            "several",
            "other",
            "most",
            "few",
            "various",
            "two",
            "three",
            "four",
            "five",
            "member",
            "partner",
            "participating",
            "signatory",
            "press",
            "news",
            "media",
        ];
        let word = &self.text[cue.start..cue.end];
        if cue.role != CueRole::Speech || word.contains(' ') || !word.ends_with('s') {
            return false;
        }
        let before = self.word_before(cue.start);
        is_determiner(before) || BEFORE_A_NOUN.iter().any(|w| before.eq_ignore_ascii_case(w))
    }

    /// Whether a cue of working together lies in a phrase set off by a comma that opens with a
    /// past participle: "The camera, built jointly by Chile and Peru, will …". A cue of
    /// giving is not: what is given goes on to the mission it will serve; but a maker's
    /// passive that opens the sentence ("Developed by Chile and Peru, the satellite will …")
    /// tells what is done.
    fn in_set_off_participle(&self, main: &CueMatch) -> bool {
        let giving = main.role == CueRole::Kind(ClaimKind::Contribution);
        if giving && !is_passive_maker(main) {
            return false;
        }
        // A participle phrase is a few words long; looking no further keeps this constant.
        const PHRASE_REACH: usize = 256;
        let before = tail_of(&self.text[self.sentence.start..main.start], PHRASE_REACH);
        let is_past_form = |word: &str| {
            self.gazetteer
                .gazetteer()
                .cues()
                .is_past_form(&word.to_lowercase())
        };
        let Some(comma) = before.rfind(", ") else {
            // "Developed under a partnership between A and B, the satellite will …": a
            // participle phrase that opens the sentence and ends at a comma after the cue.
            // An adverb may come first ("Jointly developed by A and B, …").
            let opening = before.len() == main.start - self.sentence.start;
            let mut words = self.text[self.sentence.start..self.sentence.end].split_whitespace();
            let first = words.next().unwrap_or("");
            let participle = if first.len() > 4 && first.ends_with("ly") {
                words.next().unwrap_or("")
            } else {
                first
            };
            return opening
                && first.starts_with(char::is_uppercase)
                && is_past_form(participle)
                && self.text[main.end..self.sentence.end].contains(", ");
        };
        let phrase = &self.text[main.start - before.len() + comma + 2..self.sentence.end];
        let first = phrase.split_whitespace().next().unwrap_or("");
        !giving && first.starts_with(char::is_lowercase) && is_past_form(first)
    }

    /// Whether the wish `wish` is the object of the verb two parties share, `verb`: only a
    /// determiner between ("declared their intent"), or adjectives before a noun of wishing
    /// ("declared their firm intention"), not a thing the verb names that will act ("unveiled
    /// a rover that will launch in 2030") nor one with its purpose ("presented a satellite
    /// intended to map forests").
    fn wish_as_object(&self, verb: &CueMatch, wish: &CueMatch) -> bool {
        const OBJECT_WORDS: usize = 3;
        const WISH_NOUNS: &[&str] = &[
            "intent",
            "intention",
            "intentions",
            "plan",
            "plans",
            "wish",
            "desire",
            "aim",
            "goal",
            "commitment",
            "readiness",
            "willingness",
        ];
        let gap = &self.text[verb.end..wish.start];
        let wish_noun = is_one_of(self.first_word_of(wish), WISH_NOUNS);
        wish.role == CueRole::Intended
            && at_most_words(gap, OBJECT_WORDS)
            && gap.split_whitespace().all(|w| {
                (is_determiner(w) || wish_noun)
                    && w.starts_with(char::is_lowercase)
                    && !is_one_of(w, RELATIVE_PRONOUNS)
            })
    }

    /// Whether `from..to` holds at most `most` words besides names (known or capitalised) and
    /// the articles, conjunctions and "of" of a list ("together with the Chilean Space Agency
    /// (ACE) and the Ministry of Trade, declare their intent": two).
    fn few_words_besides_names(&self, from: usize, to: usize, most: usize) -> bool {
        let first = self.mentions.partition_point(|m| m.start < from);
        let names: Vec<(usize, usize)> = self.mentions[first..]
            .iter()
            .take_while(|m| m.end <= to)
            .map(|m| (m.start - from, m.end - from))
            .collect();
        word_iter(&self.text[from..to])
            .filter(|w| {
                !names.iter().any(|&(s, e)| s <= w.start && w.end <= e)
                    && !w.text.starts_with(char::is_uppercase)
                    && !is_one_of(w.text, &["the", "a", "an", "and", "or", "of"])
            })
            .nth(most)
            .is_none()
    }

    /// Whether a new subject with a speech verb stands between two offsets ("praised the deal
    /// with NASA and JAXA said it would join"): what follows is what that speaker reports.
    fn new_speaker_between(&self, from: usize, to: usize) -> bool {
        self.cues
            .iter()
            .filter(|c| c.role == CueRole::Speech && c.start >= from && c.end <= to)
            .any(|speech| {
                self.mention_ending_at(self.text[..speech.start].trim_end().len())
                    .filter(|m| self.is_party(m) && m.start >= from)
                    .is_some_and(|speaker| {
                        let before = self.text[..speaker.start].trim_end();
                        let before = before.strip_suffix(" the").unwrap_or(before);
                        before.ends_with(" and")
                    })
            })
    }

    /// Modality from the cues before the main cue: a wish anywhere before it governs the
    /// statement ("hoped that … will ratify"); a future auxiliary or a plan only within a few
    /// words ("will be partnering", not "will present … the cooperation of"); a negated or
    /// denied cooperation, or one whose stop was refused or stopped ("suspended plans to end
    /// its partnership"), is reported as actual.
    pub(super) fn decide_modality<'c>(
        &'c self,
        cues: &[&'c CueMatch],
        main: &'c CueMatch,
        negated: Option<&CueMatch>,
    ) -> (Modality, Option<&'c CueMatch>) {
        if negated.is_some_and(|n| {
            matches!(
                n.role,
                CueRole::Negation | CueRole::Denial | CueRole::Cessation | CueRole::Refusal
            )
        }) {
            return (Modality::Actual, None);
        }
        // "Under the agreement between Kenya and Peru, the satellite will be launched": with
        // every party inside the frame, the frame's relation is the claim, and it exists; the
        // main clause's tense is the thing's.
        // A frame that tells its relation is still to come ("Under a proposed agreement",
        // "a memorandum to be signed") keeps the modality its cues give.
        if let Some(basis) = self.cues.iter().find(|c| self.opens_a_basis(c)) {
            let frames = self.frames();
            let frame_end = self.basis_frame_end(basis);
            let hedged = self.cues.iter().any(|c| {
                c.start >= basis.end
                    && c.end <= frame_end
                    && (sets_future(c)
                        || matches!(c.role, CueRole::Planned | CueRole::Plan | CueRole::Intended))
            });
            if !hedged
                && frames.of(main) == Some(CueRole::Basis)
                && self.parties_outside_the_basis(cues, &frames) == Some(0)
            {
                return (Modality::Actual, None);
            }
        }
        let mut found: (Modality, Option<&CueMatch>) = (Modality::Actual, None);
        // "A, together with B, will study …", "… declare their intent to build …": after a
        // prepositional cue the verb follows; after a verb the two parties do together, its
        // object ("Chile and Peru declared their intent to build …").
        let joint = &*main.lemma == JOINT_ACTION;
        if main.lemma.ends_with(" with") || joint {
            let after = cues.iter().copied().find(|c| {
                c.start >= main.end
                    && if joint {
                        self.wish_as_object(main, c)
                    } else {
                        matches!(c.role, CueRole::Planned | CueRole::Plan | CueRole::Intended)
                            && self.few_words_besides_names(main.end, c.start, PLANNED_AFTER_REACH)
                    }
            });
            if let Some(after) = after {
                found = (future_or_wish(after), Some(after));
            }
        }
        // "The consortium (A, B and C) will build the lander": a noun cue takes its tense from
        // the verb after it, unless a copula before it is its verb ("The mission is a great
        // partnership between Chile and Peru and will be a symbol …").
        // A participle joined to the word before it is an adjective ("A Chile-built rover will
        // fly …"): the verb after it gives the tense, as after a noun.
        let adjective = main.verb && self.text[..main.start].ends_with(['-', '\u{2010}']);
        // "Once signed, the accord will …": a participle right after an opening subordinator
        // is a clause without subject or tense; the main clause's verb gives the tense.
        let adjective = adjective || self.opens_a_reduced_clause(main);
        // "The camera, built jointly by Chile and Peru, will map …": a cooperation inside a
        // participle phrase set off by commas is done; the future past its comma, with no
        // party between, is what the thing will do.
        let set_off = self.in_set_off_participle(main);
        // "The memorandum, signed by Chile and Peru last week, will enable …", "… will embark
        // as part of the agreement signed between A and B": a past participle of cooperation
        // after a noun cue, set off or not, says it is done; a future before or after it is
        // another clause's or the thing's.
        let done = !main.verb
            && cues.iter().any(|c| {
                matches!(c.role, CueRole::Kind(_))
                    && c.verb
                    && c.start >= main.end
                    && [", ", " "].contains(&&self.text[main.end..c.start])
                    && self
                        .gazetteer
                        .gazetteer()
                        .cues()
                        .is_past_form(&self.text[c.start..c.end].to_lowercase())
            });
        if (!main.verb || adjective) && !self.after_a_copula(main) && !done {
            let after = cues.iter().copied().find(|c| {
                (sets_future(c) || c.role == CueRole::Intended || self.modal_of_possibility(c))
                    && !(c.role == CueRole::Intended
                        && (self.states_an_aim(c) || self.purpose_of_another_act(c, main)))
                    && !self.copula_of_an_aim(c, cues)
                    && !self.predicates_a_noun(c)
                    && c.start >= main.end
                    && !(set_off
                        && self.text[main.end..c.start]
                            .rfind(',')
                            .is_some_and(|comma| {
                                self.distinct_parties_in(main.end + comma, c.start) == 0
                            }))
                    && !crosses_sentence_clause(&self.text[main.end..c.start])
                    && !self.new_speaker_between(main.end, c.start)
                    // "… a symbol of their partnership, the envoy said, noting that both
                    // will …": what a speaker adds is a clause of its own.
                    && !adds_a_clause(&self.text[main.end..c.start])
                    && at_most_words(&self.text[main.end..c.start], PLANNED_REACH)
                    && !opens_noun_phrase(&self.text[main.end..c.start])
                    && !self.describes_a_noun(c)
                    && !self.describes_the_mission_before(c)
                    && !stops_the_wish(main, c, &self.text[main.end..c.start])
            });
            if let Some(after) = after {
                found = (future_or_wish(after), Some(after));
            }
        }
        // "The two agencies agreed to sign an agreement": what is agreed is an agreement to come,
        // and so is an agreement "to be signed" ("The accord, to be signed in May, …", "is to
        // be signed").
        let agreement = CueRole::Kind(ClaimKind::Agreement);
        if main.role == agreement {
            let to_come = cues.iter().copied().find(|c| {
                c.role == agreement
                    && c.verb
                    && c.start >= main.end
                    && infinitive_between(&self.text[main.end..c.start])
            });
            if to_come.is_some() {
                found = (Modality::Planned, to_come);
            }
        }
        // "Chile had hoped for more, but it signed …": a wish in a clause of its own leaves
        // the act after it as it is. The last such border is found once, so a sentence of many
        // wishes stays linear.
        let own_clause = self.sentence.start
            + last_subject_clause(&self.text[self.sentence.start..main.start]).unwrap_or(0);
        // "ESA and NASA are planning a mission": the verb of the joint action is the plan (a
        // cue of the sentence, which gave way to the joint action in `cues`).
        if let Some(plan) = self
            .cues
            .iter()
            .find(|c| c.role == CueRole::Plan && c.start == main.start)
        {
            found = (Modality::Planned, Some(plan));
        }
        // "As Japan prepared to launch SLIM, JAXA signed …": the modality of an opening
        // subordinate clause is its own.
        let main_clause_start = self
            .opening_subordinate_end()
            .filter(|&end| end < main.start)
            .unwrap_or(self.sentence.start);
        let before = cues
            .iter()
            .copied()
            .filter(|c| c.start >= main_clause_start && c.end <= main.start)
            .filter(|c| !self.opens_an_inverted_condition(c))
            // "could not continue" tells what was impossible, as "couldn't" does: no modal of
            // possibility.
            .filter(|c| {
                !(c.lemma.eq_ignore_ascii_case("could")
                    && self.text[c.end..self.sentence.end].starts_with(" not "))
            });
        for cue in before {
            match cue.role {
                CueRole::Intended
                    if cue.start >= own_clause
                        && !self.states_an_aim(cue)
                        && !self.purpose_of_another_act(cue, main)
                        && wish_reaches(cue, main, &self.text[cue.end..main.start])
                        && !self.done_after_and(cue, main) =>
                {
                    return (Modality::Intended, Some(cue));
                }
                // "considering sanctions against": weighed, not yet in force.
                CueRole::Preparation if weighs_what_follows(&self.text[cue.end..main.start]) => {
                    return (Modality::Intended, Some(cue));
                }
                // "may sign", "could soon join": possible, not arranged. A perfect ("may have
                // cut ties") weighs what is past, and the modality stays that of the past. "In
                // May, Kenya signed": the month, capitalised inside the sentence, is no modal.
                CueRole::Possible
                    if main.verb
                        && !self.is_the_month(cue)
                        && at_most_words(&self.text[cue.end..main.start], 1)
                        && !self.text[cue.end..main.start]
                            .trim()
                            .eq_ignore_ascii_case("have") =>
                {
                    return (Modality::Intended, Some(cue));
                }
                // "could expand their cooperation": a modal before the verb whose object is
                // the noun cue, with a determiner and an adjective at most between.
                CueRole::Possible
                    if !main.verb
                        && !self.is_the_month(cue)
                        && modal_verb_object(&self.text[cue.end..main.start]) =>
                {
                    return (Modality::Intended, Some(cue));
                }
                // "NASA's potential cooperation with ESA": an adjective of possibility right
                // before a noun cue ("high-potential ties" are a quality, not a possibility).
                CueRole::Possible
                    if !main.verb
                        && self.text[cue.end..main.start] == *" "
                        && !self.text[..cue.start].ends_with(HYPHENS) =>
                {
                    return (Modality::Intended, Some(cue));
                }
                // "Airbus and ESA envision the platform will serve …": what parties envision
                // is their wish ("the accord envisages joint work" arranges it).
                CueRole::Planned
                    if is_one_of(&cue.lemma, &["envisage", "envision", "foresee"])
                        && self.follows_party(cue) =>
                {
                    return (Modality::Intended, Some(cue));
                }
                // "The two agencies also plan to identify projects in areas such as … joint use
                // of antennas": the plan is the verb of the parties, and the noun cue is in
                // its object.
                _ if sets_future(cue)
                    && !done
                    && !self.done_after_and(cue, main)
                    && !self.copula_of_an_aim(cue, cues)
                    && (self.at_most_words_between(cue.end, main.start, PLANNED_REACH)
                        || (!main.verb && self.verb_of_the_parties(cue, cues))
                        || self.purpose_of_the_future(cue, main))
                    && !starts_new_clause(&self.text[cue.end..main.start])
                    && !self.yet_to_elsewhere(cue, main) =>
                {
                    found = (Modality::Planned, Some(cue));
                }
                _ => {}
            }
        }
        // "ESA said it would no longer work with Russia", "Roscosmos said it will stop working
        // with NASA": a decision to stop, reported, is in force ("Russia will leave the station
        // in 2028" stays planned).
        // A refusal in the future tense is the main cue itself: "ESA will not renew the
        // contract" is planned.
        if main.role == CueRole::Refusal && sets_future(main) {
            found = (Modality::Planned, Some(main));
        }
        if found.0 == Modality::Actual && self.announced_with_an_infinitive(main, cues) {
            found = (Modality::Planned, Some(main));
        }
        let reported_stop = matches!(main.role, CueRole::Cessation | CueRole::Refusal)
            && found.1.is_some_and(|c| {
                c.lemma.starts_with("would")
                    || ((c.lemma.starts_with("will") || c.lemma.starts_with("won't"))
                        && cues.iter().any(|s| {
                            s.role == CueRole::Speech
                                && s.end <= c.start
                                && !self.speech_as_plural_noun(s)
                        }))
            });
        if reported_stop {
            return (Modality::Actual, None);
        }
        // "Continued access to the programme is possible, subject to an agreement with the
        // EU", "A deal between Chile and Peru would be feasible": cooperation whose own clause
        // says it is possible is only intended.
        if found.0 != Modality::Intended {
            if let Some(possible) = self.cues.iter().find(|c| self.said_possible(c, main)) {
                found = (Modality::Intended, Some(possible));
            }
        }
        found
    }

    /// Whether `cue` is "yet to" or "still to" and the main cue lies outside its clause: past
    /// a comma ("is yet to come for ESA, which signed …"), or the main clause's when "yet
    /// to" stands in a relative clause ("Kenya, which has yet to ratify the treaty, signed
    /// …").
    fn yet_to_elsewhere(&self, cue: &CueMatch, main: &CueMatch) -> bool {
        let words = &self.text[cue.start..cue.end];
        if !["yet to", "still to"]
            .iter()
            .any(|phrase| words.eq_ignore_ascii_case(phrase))
        {
            return false;
        }
        let before = tail_of(&self.text[self.sentence.start..cue.start], 24);
        let relative = word_iter(before).any(|w| is_one_of(w.text, &["which", "who", "whom"]));
        relative || self.text[cue.end..main.start].contains([',', ';', ':'])
    }

    /// Whether `cue` is an adjective of possibility predicated by a copula ("is possible",
    /// "would still be feasible"; not "is not possible", which denies it) in the main cue's
    /// clause.
    fn said_possible(&self, cue: &CueMatch, main: &CueMatch) -> bool {
        const LINKING: &[&str] = &[
            "remains", "remain", "remained", "seems", "seem", "seemed", "appears", "appear",
            "appeared", "becomes", "become", "became",
        ];
        const DEGREES: &[&str] = &[
            "still",
            "now",
            "also",
            "only",
            "quite",
            "entirely",
            "technically",
        ];
        const CONDITIONS: &[&str] = &[
            "subject to",
            "provided",
            "pending",
            "if",
            "once",
            "on condition",
            "that",
        ];
        if cue.role != CueRole::Possible || !self.text[cue.start..cue.end].ends_with("ble") {
            return false;
        }
        let before = &self.text[self.sentence.start..cue.start];
        let mut verb = last_word(before);
        if is_one_of(verb, DEGREES) {
            verb = last_word(&before[..before.trim_end().len() - verb.len()]);
        }
        let gap = if cue.start >= main.end {
            &self.text[main.end..cue.start]
        } else if main.start >= cue.end {
            // After the adjective, only a condition's terms: "is possible, subject to an
            // agreement with …", not "is possible thanks to the agreement …".
            let after = &self.text[cue.end..main.start];
            let condition = after.trim_start_matches([',', ' ']);
            if !CONDITIONS
                .iter()
                .any(|c| after_phrase(condition, c).is_some())
            {
                return false;
            }
            after
        } else {
            return false;
        };
        (is_one_of(verb, BE) || is_one_of(verb, LINKING))
            && !starts_new_clause(gap)
            && !crosses_sentence_clause(gap)
    }

    /// Whether the sentence announces in the style of a headline: its parties, and nothing
    /// else, then "to" and a verb, which the main cue is or follows ("Chile and Peru to build
    /// a radar together"). With no finite verb, the infinitive says what is to come.
    fn announced_with_an_infinitive(&self, main: &CueMatch, cues: &[&CueMatch]) -> bool {
        const LIST_WORDS: &[&str] = &["and", "the", "both"];
        let from = self.sentence.start;
        let named = |at: usize| {
            self.mentions
                .iter()
                .any(|m| self.is_party(m) && m.start <= at && at < m.end)
                || cues
                    .iter()
                    .any(|c| c.role.refers_back() && c.start <= at && at < c.end)
        };
        let mut any_named = false;
        for word in word_iter(&self.text[from..main.start]) {
            if named(from + word.start) {
                any_named = true;
            } else if !is_one_of(word.text, LIST_WORDS) {
                return any_named && word.text.eq_ignore_ascii_case("to");
            }
        }
        false
    }

    /// Whether the main cue is a verb in a to-infinitive that a future auxiliary before it
    /// governs in the same clause, however long the object between them: "It will create a
    /// framework for the space agencies of Chile and Peru to share data", "will allow A and B
    /// to cooperate".
    fn purpose_of_the_future(&self, future: &CueMatch, main: &CueMatch) -> bool {
        let gap = &self.text[future.end..main.start];
        main.verb
            && self.word_before(main.start).eq_ignore_ascii_case("to")
            && !gap.contains([',', ';', ':', '(', '\u{2014}'])
            && at_most_words(gap, PURPOSE_REACH)
    }

    /// Whether a future auxiliary is the copula of a noun phrase ("The partnership between Chile
    /// and Peru will be a model for others"): it says what the cooperation will be, not that it
    /// is still to come.
    fn predicates_a_noun(&self, future: &CueMatch) -> bool {
        let mut after = words(head_of(&self.text[future.end..self.sentence.end], 48)).into_iter();
        matches!(
            (after.next(), after.next()),
            (Some(be), Some(article)) if be.text == "be" && is_article(article.text)
        )
    }

    /// Whether a copula and a determiner stand among the four words before a noun cue ("is a
    /// great partnership"): the copula is the noun's verb.
    fn after_a_copula(&self, noun: &CueMatch) -> bool {
        const WORDS: usize = 4;
        let tail = tail_of(&self.text[self.sentence.start..noun.start], 48);
        let before = words(tail);
        let from = before
            .len()
            .checked_sub(WORDS)
            .and_then(|at| before.get(at))
            .map_or(0, |w| w.start);
        is_predicate_nominal(&tail[from..])
    }

    /// Whether a cue is the verb of the sentence's parties: right after a party or a reference
    /// back to parties ("NASA and ESA plan", "The two agencies also plan").
    fn verb_of_the_parties(&self, cue: &CueMatch, cues: &[&CueMatch]) -> bool {
        self.follows_party(cue)
            || cues.iter().any(|r| {
                r.role.refers_back()
                    && r.end <= cue.start
                    && self.text[r.end..cue.start].split_whitespace().all(|w| {
                        w.eq_ignore_ascii_case("also") || (w.len() > 4 && w.ends_with("ly"))
                    })
            })
    }

    /// Whether at most `n` words stand between two offsets of the sentence, a name counting as
    /// one word however long ("plans for the Mohammed bin Rashid Space Centre (MBRSC) to …").
    fn at_most_words_between(&self, from: usize, to: usize, n: usize) -> bool {
        let mut counted = 0;
        for word in word_iter(&self.text[from..to]) {
            let at = from + word.start;
            // Mentions are sorted and do not overlap: the one that may hold the word is the
            // last one starting before it.
            let before = self.mentions.partition_point(|m| m.start < at);
            let inside = before > 0 && self.mentions[before - 1].end > at;
            if !inside {
                counted += 1;
                if counted > n {
                    return false;
                }
            }
        }
        true
    }

    /// "a joint … mission": a joint cue followed closely by the word for a mission or
    /// programme presents a joint mission; a name between counts as one word ("the joint ESA
    /// and Japan Aerospace Exploration Agency (JAXA) BepiColombo mission"). A plural neither
    /// counted nor named ("joint space projects") is cooperation in general, not one mission.
    pub(super) fn joint_mission_phrase(&self, cue: &CueMatch) -> bool {
        let after = self.cues.partition_point(|c| c.start < cue.end);
        cue.lemma.eq_ignore_ascii_case("joint")
            && self.cues[after..]
                .iter()
                .find(|c| c.role == CueRole::MissionWord)
                .is_some_and(|word| {
                    self.at_most_words_between(cue.end, word.start, JOINT_MISSION_REACH - 1)
                        && (!looks_plural(&self.text[word.start..word.end])
                            || self.particular_missions(cue.start))
                })
    }

    /// Whether the main cue presents a joint mission: it is "joint" before a mission word, or
    /// a verb whose object, a few words on in its clause, is one ("are working on a joint
    /// satellite mission").
    pub(super) fn presents_a_joint_mission(&self, main: &CueMatch) -> bool {
        const OBJECT_REACH: usize = 3;
        self.joint_mission_phrase(main)
            || (main.verb
                && self.cues.iter().any(|c| {
                    c.start >= main.end
                        && at_most_words(&self.text[main.end..c.start], OBJECT_REACH)
                        && !crosses_clause(&self.text[main.end..c.start])
                        && self.joint_mission_phrase(c)
                }))
    }

    /// Whether plural missions from byte `at` are particular ones: a number or "several"
    /// counts them, one or two adjectives between ("two new joint missions", "several joint
    /// missions"), or missions named soon after tell which ("joint missions such as
    /// Megha-Tropiques and SARAL").
    fn particular_missions(&self, at: usize) -> bool {
        const COUNTS: &[&str] = &[
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen",
            "several", "multiple", "both",
        ];
        const NAMES_REACH: usize = 8;
        let mut before = &self.text[self.sentence.start..at];
        for _ in 0..3 {
            let word = last_word(before);
            if is_one_of(word, COUNTS)
                || (!word.is_empty() && word.bytes().all(|b| b.is_ascii_digit()))
            {
                return true;
            }
            if word.is_empty() || !word.starts_with(char::is_lowercase) || is_determiner(word) {
                break;
            }
            before = before[..before.len() - word.len()].trim_end();
        }
        self.mentions.iter().any(|m| {
            m.start >= at
                && self.kind_of(m).is_mission()
                && at_most_words(&self.text[at..m.start], NAMES_REACH)
                && !self.text[at..m.start].contains([';', '.'])
        })
    }

    /// Whether byte `at` ends the name of a mission or a word for one ("the satellite", "the
    /// Aurora mission", "KOMPSAT-6").
    pub(super) fn ends_a_mission(&self, at: usize) -> bool {
        // Cues are sorted by start, and a mission word is short: only the cues starting just
        // before `at` can end there, so a long sentence stays linear.
        let before = self.cues.partition_point(|c| c.start < at);
        self.cues[..before]
            .iter()
            .rev()
            .take_while(|c| c.start + 128 >= at)
            .any(|c| c.role == CueRole::MissionWord && c.end == at)
            || self
                .mention_ending_at(at)
                .is_some_and(|m| self.kind_of(m).is_mission())
    }

    /// Whether a ban is the active subject of a verb of permitting, with at most three words
    /// between, no negation or hedge and no target ("sanctions continue to allow", "the export
    /// rules permit"): what it permits is no ban.
    fn permits_what_follows(&self, ban: &CueMatch) -> bool {
        const PERMITS: &[&str] = &[
            "allow",
            "allows",
            "allowed",
            "permit",
            "permits",
            "permitted",
            "exempt",
            "exempts",
            "exempted",
        ];
        const REACH: usize = 4;
        // Words that deny or hedge the permission, or name the ban's target ("sanctions on
        // Russia"); a form of "be" makes the verb passive ("was allowed to expire").
        const BLOCKERS: &[&str] = &[
            "not", "no", "never", "longer", "cannot", "hardly", "rarely", "barely", "seldom",
            "scarcely", "only", "on", "against",
        ];
        let after = &self.text[ban.end..self.sentence.end];
        let Some(permit) = word_iter(after).take(REACH).find(|w| {
            is_one_of(w.text, BLOCKERS)
                || is_one_of(w.text, BE)
                || w.text.ends_with("n't")
                || is_one_of(w.text, PERMITS)
        }) else {
            return false;
        };
        if !is_one_of(permit.text, PERMITS) {
            return false;
        }
        // "allow no exceptions", "permit only …": what it permits is little or nothing.
        let denied = word_iter(&after[permit.start + permit.text.len()..])
            .next()
            .is_some_and(|w| is_one_of(w.text, &["no", "none", "only", "nothing"]));
        // "sanctions against Russia allow exemptions": a ban that names its target bans it.
        let permit_at = ban.end + permit.start;
        !denied
            && !self
                .mentions
                .iter()
                .any(|m| m.start >= ban.end && m.end <= permit_at)
    }

    /// Whether a collaboration makes or runs a whole mission, which is then a joint mission:
    /// the cue is a maker's passive after the thing made ("the programme set up by A and B"),
    /// or it modifies a verb of making next to it ("a satellite jointly developed by A and
    /// B", "built in collaboration between", "A and B jointly built the first satellite"), or
    /// it is itself the verb of making with the parties as subject ("A and B built the
    /// satellite"), or a verb of doing together ("co-develop") takes the mission as its object.
    /// A part of a mission made together ("a lander developed by A in partnership
    /// with B") is a collaboration.
    pub(super) fn makes_a_mission(&self, main: &CueMatch) -> bool {
        let near = |c: &&&CueMatch| {
            let (from, to) = if c.end <= main.start {
                (c.end, main.start)
            } else {
                (main.end, c.start)
            };
            from <= to
                && !crosses_clause(&self.text[from..to])
                && at_most_words(&self.text[from..to], MAKER_REACH)
        };
        // The main cue is a maker itself when it is passive ("developed by A and B") or an
        // active verb of making with the parties as its subject ("A and B built the satellite").
        let mut makers = std::iter::once(main)
            .filter(|c| is_passive_maker(c) || c.role == CueRole::MadeBy)
            .chain(
                self.cues
                    .iter()
                    .filter(|c| (c.role == CueRole::MadeBy || is_passive_maker(c)) && near(c))
                    .copied(),
            );
        // "Developed under a partnership between A and B, the satellite …": a maker's
        // participle opens the sentence, and the cooperation is in its phrase.
        let opening_participle = self.cues.iter().find(|c| {
            c.role == CueRole::MadeBy
                && c.start == self.sentence.start
                && c.end <= main.start
                && !self.text[c.end..main.start].contains(',')
        });
        if opening_participle.is_some_and(|maker| {
            self.text[maker.start..maker.end].ends_with("ed")
                && self.opening_maker_of_a_mission(maker.start, main.end)
        }) {
            return true;
        }
        // "France and India will co-develop the satellite": a verb of doing together, with a
        // mission as its object.
        let done_together = main.verb && main.lemma.starts_with("co-");
        (done_together && self.made_after(main.end))
            || makers.any(|maker| {
                let start = maker.start.min(main.start);
                let end = maker.end.max(main.end);
                self.made_before(start)
                    || (!is_passive_maker(main) && self.made_after(end))
                    || (is_passive_maker(maker) && self.opening_maker_of_a_mission(start, end))
            })
    }

    /// Whether a passive maker's phrase that opens the sentence ("Jointly developed by JAXA
    /// and NASA, XRISM carries …") is about the subject after it, and that subject is a whole
    /// mission: a mission's name or word right after one of the next few commas, not owned by
    /// another ("…, the mission's lander" is a part of another mission).
    fn opening_maker_of_a_mission(&self, start: usize, end: usize) -> bool {
        /// How many commas after the maker may close its list of makers.
        const COMMAS: usize = 4;
        let opening = self.text[self.sentence.start..start].trim();
        if !opening.is_empty() {
            return false;
        }
        let rest = &self.text[end..self.sentence.end];
        memchr::memchr_iter(b',', rest.as_bytes())
            .take(COMMAS)
            .any(|comma| {
                let at = self.noun_phrase_start(end + comma + 1);
                // A mission's name, or a word for one after capitalised words or a
                // determiner and adjectives ("the Lyra satellite", "this sixth satellite",
                // not "the camera on the satellite").
                let named = |c: &&&CueMatch| {
                    let Some(words) = self.text.get(at..c.start) else {
                        return false;
                    };
                    c.role == CueRole::MissionWord
                        && words.split_whitespace().enumerate().all(|(k, w)| {
                            w.starts_with(char::is_uppercase)
                                || (k == 0 && is_determiner(w))
                                || (k > 0 && !is_determiner(w) && !is_one_of(w, OBJECT_ENDS))
                        })
                        && at_most_words(words, 3)
                };
                let thing_end = self
                    .mention_starting_at(at)
                    .filter(|m| self.is_mission(m))
                    .map(|m| m.end)
                    .or_else(|| self.cues.iter().find(named).map(|c| c.end));
                // Not "the satellite camera": a lowercase noun after it is the thing.
                thing_end.is_some_and(|thing_end| {
                    let rest = &self.text[thing_end..self.sentence.end];
                    let next = rest.split_whitespace().next().unwrap_or("");
                    let craft_word = self
                        .cues
                        .iter()
                        .any(|c| c.role == CueRole::MissionWord && c.start == thing_end + 1);
                    let noun_after = next.starts_with(char::is_lowercase)
                        && !craft_word
                        && !is_one_of(next, FINITE)
                        && !next.ends_with('s')
                        && !next.ends_with("ed");
                    !rest.starts_with(['\'', '\u{2019}']) && !noun_after
                })
            })
    }

    /// The stretches of the sentence between its commas and the words that open a clause
    /// ("where", "that", "although"), with which of them name a party.
    fn phrases_naming_parties(&self) -> PartyPhrases {
        let (start, end) = (self.sentence.start, self.sentence.end);
        let mut borders = vec![start];
        let sentence = &self.text[start..end];
        let mut commas = memchr::memchr_iter(b',', sentence.as_bytes()).peekable();
        for word in word_iter(sentence) {
            while let Some(comma) = commas.next_if(|&c| c < word.start) {
                borders.push(start + comma);
            }
            if OPENERS.iter().any(|o| word.text.eq_ignore_ascii_case(o)) {
                borders.push(start + word.start);
            }
        }
        borders.extend(commas.map(|c| start + c));
        borders.push(end);
        let mut naming = vec![false; borders.len() - 1];
        for m in self.mentions.iter().filter(|m| self.is_party(m)) {
            let phrase = borders.partition_point(|&b| b <= m.start).saturating_sub(1);
            if let Some(names) = naming.get_mut(phrase) {
                *names = true;
            }
        }
        PartyPhrases { borders, naming }
    }

    /// Whether a maker's verb has a partner in its clause: "JAXA built the camera in
    /// collaboration with Peru", "… developed it together with the Lima Institute". The thing
    /// is made together.
    pub(super) fn made_with_a_partner(
        &self,
        main: &CueMatch,
        cues: &[&CueMatch],
        parties: &[ClaimEntity],
    ) -> bool {
        main.role == CueRole::MadeBy
            && (self.partner_after_object(main)
                || cues.iter().any(|c| {
                    is_pair_cue(c)
                        && c.start >= main.end
                        && !crosses_clause(&self.text[main.end..c.start])
                        && parties.iter().any(|p| {
                            p.start >= c.end && is_article_only(&self.text[c.end..p.start])
                        })
                }))
    }

    /// Whether a mission stands right before a passive verb of making that starts at byte
    /// `at`, past its auxiliaries and other participles ("the satellite was designed and").
    fn made_before(&self, at: usize) -> bool {
        let before = &self.text[self.sentence.start..at];
        let head = words(before).into_iter().rev().find(|w| {
            let start = self.sentence.start + w.start;
            // "the mission, which was developed in cooperation with": the relative pronoun
            // stands for the mission before it.
            let filler = PASSIVE_FILLERS
                .iter()
                .chain(&["which", "that"])
                .any(|f| w.text.eq_ignore_ascii_case(f));
            let maker = self
                .cues
                .iter()
                .any(|c| c.role == CueRole::MadeBy && (c.start..c.end).contains(&start));
            !filler && !maker
        });
        // An appositive participle after a comma still describes the noun before it ("the
        // satellite, jointly developed by").
        head.is_some_and(|w| {
            let end = self.sentence.start + w.end;
            // "a satellite of CNSA (China) was developed": the noun before its owner.
            let closed = end + usize::from(self.text[end..at].starts_with(')'));
            let gap = self.text[closed..at].trim_start_matches(',');
            !crosses_clause(gap) && self.ends_a_mission(self.before_owner_phrase(closed))
        })
    }

    /// Where the noun before an "of" phrase naming its owner ends, when such a phrase ends at
    /// `at` ("a satellite of the China National Space Administration (CNSA)"); `at` itself
    /// otherwise.
    fn before_owner_phrase(&self, at: usize) -> usize {
        let before = without_bracketed_tail(self.text[self.sentence.start..at].trim_end());
        let Some(owner) = self.mention_ending_at(self.sentence.start + before.len()) else {
            return at;
        };
        let lead = self.text[self.sentence.start..owner.start].trim_end();
        let lead = lead.strip_suffix(" the").unwrap_or(lead);
        match lead.strip_suffix(" of") {
            Some(noun) if self.is_party(owner) => self.sentence.start + noun.len(),
            _ => at,
        }
    }

    /// Whether what two subjects launch or run is each one's own: a word of separateness in
    /// the verb group or the object ("launched rival probes", "separately launched", "their
    /// own satellites"), or an object of a bare plural ("Israel and Iran launched spy
    /// satellites": some each, not one together).
    pub(super) fn run_apart(&self, cue: &CueMatch) -> bool {
        /// Adjectives of separateness, beside the words of acting on one's own.
        const APART: &[&str] = &[
            "separate",
            "independent",
            "rival",
            "competing",
            "respective",
            "individual",
            "different",
        ];
        const OBJECT_WORDS: usize = 4;
        // Words that end the object's noun: a preposition of place or means ("satellites on
        // SpaceX rockets"), a time phrase ("satellites last month").
        const OBJECT_ENDERS: &[&str] = &[
            "on", "aboard", "from", "into", "to", "in", "at", "last", "this", "next", "earlier",
            "later",
        ];
        let group_start = self.subject_end(cue.start, in_verb_group);
        let group = words(&self.text[group_start..cue.start]);
        let object = words(head_of(&self.text[cue.end..self.sentence.end], 120));
        let object = &object[..object.len().min(OBJECT_WORDS)];
        // "jointly launched two satellites": done together, however many.
        let together = group
            .iter()
            .chain(object)
            .any(|w| is_one_of(w.text, &["jointly", "together", "joint"]));
        let bare_plural = object.first().is_some_and(|first| {
            first.text.starts_with(char::is_lowercase)
                && !is_determiner(first.text)
                && number_value(first.text).is_none()
                && !is_one_of(first.text, &["first", "second"])
                // "with" may bring a partner and is left to the run.
                && object
                    .iter()
                    .take_while(|w| {
                        w.text.starts_with(char::is_lowercase)
                            && !is_one_of(w.text, OBJECT_ENDERS)
                    })
                    .last()
                    .is_some_and(|w| looks_plural(w.text))
        });
        let apart = group
            .iter()
            .chain(object)
            .any(|w| is_one_of(w.text, APART) || is_one_of(w.text, ON_THEIR_OWN));
        !together && (bare_plural || apart)
    }

    /// Whether the object of an active verb of making that ends at byte `at` is a mission,
    /// within a few words and before a preposition ("built the first joint satellite").
    pub(super) fn made_after(&self, at: usize) -> bool {
        let after = &self.text[at..self.sentence.end];
        // A mission's name counts as one word, however long ("the International Lunar
        // Research Station").
        let mut counted = 0;
        let mut name_end = at;
        for w in word_iter(after) {
            let word_at = at + w.start;
            if word_at < name_end {
                continue;
            }
            // "designing and building the satellite": a second verb of making right after
            // "and" or "or" shares the object.
            let joiner = ["and", "or"].iter().any(|j| w.text.eq_ignore_ascii_case(j));
            let next_at = word_at + w.text.len() + 1;
            let second_maker = (counted == 0 && joiner)
                .then(|| {
                    self.cues
                        .iter()
                        .find(|c| c.role == CueRole::MadeBy && c.start == next_at)
                })
                .flatten();
            if let Some(maker) = second_maker {
                name_end = maker.end;
                continue;
            }
            if counted == MADE_OBJECT_REACH
                || crosses_clause(&after[..w.start])
                || OBJECT_ENDS.iter().any(|e| w.text.eq_ignore_ascii_case(e))
            {
                return false;
            }
            counted += 1;
            let end = self
                .mention_starting_at(word_at)
                .filter(|m| self.is_mission(m))
                .map_or(at + w.end, |m| m.end);
            if self.ends_a_mission(end) && self.ends_noun_phrase(end) {
                return true;
            }
            name_end = end;
        }
        false
    }

    /// Whether a noun ending at byte `at` heads its noun phrase: punctuation, the end of the
    /// sentence, a preposition, a conjunction or an adverb of doing together follows, not
    /// another noun ("the satellite for", "the satellite together", not "satellite technology").
    pub(super) fn ends_noun_phrase(&self, at: usize) -> bool {
        let after = &self.text[at..self.sentence.end];
        match word_iter(after).next() {
            None => true,
            Some(next) => {
                after[..next.start].contains(|c: char| !c.is_whitespace())
                    || OBJECT_ENDS
                        .iter()
                        .chain(PASSIVE_FILLERS)
                        .chain(PHRASE_PREPOSITIONS)
                        .chain(&["together", "jointly"])
                        .any(|e| next.text.eq_ignore_ascii_case(e))
            }
        }
    }

    /// Whether a collaboration noun stands in apposition to a mission, with its parties after
    /// it: "the Aurora mission, a partnership between CNES and ISRO". The mission is
    /// presented as jointly run, whatever else the sentence says of it.
    fn describes_a_mission(&self, cue: &CueMatch) -> bool {
        let before = &self.text[self.sentence.start..cue.start];
        let Some(head) = before
            .strip_suffix(", a ")
            .or_else(|| before.strip_suffix(", an "))
        else {
            return false;
        };
        let head_end = self.sentence.start + head.len();
        let names_a_mission = self.ends_a_mission(head_end);
        let after = self.text[cue.end..self.sentence.end].trim_start();
        names_a_mission
            && ["between ", "among ", "of "]
                .iter()
                .any(|w| after.starts_with(w))
    }

    /// A mission named (or referred to) before a collaboration cue, with the parties after it
    /// ("BepiColombo is a collaboration between ESA and JAXA"), or a named mission opening the
    /// sentence, presents a joint mission.
    pub(super) fn mission_is_subject(&self, missions: &[ClaimEntity], main: &CueMatch) -> bool {
        let mission_first = missions
            .iter()
            .any(|m| m.end <= main.start && m.start >= self.sentence.start)
            || self.cues.iter().any(|c| {
                self.mission_reference(c)
                    .is_some_and(|(_, end)| end <= main.start)
            });
        let between = self.text[main.end..self.sentence.end]
            .split_whitespace()
            .take(3)
            .any(|w| w.eq_ignore_ascii_case("between") || w.eq_ignore_ascii_case("of"));
        // "BepiColombo is a model of European-Japanese collaboration": a sentence about a named
        // mission, which it opens.
        let opens_with_mission = missions.iter().any(|m| {
            (self.sentence.start..=main.start).contains(&m.start)
                && m.end <= main.start
                && at_most_words(&self.text[self.sentence.start..m.start], 1)
                && is_predicate_nominal(&self.text[m.end..main.start])
        });
        (mission_first && between) || opens_with_mission || self.mission_word_is_subject(main)
    }

    /// Whether a mission noun is the subject of the cue through a copula: "ISRO's next moon
    /// mission is in partnership with JAXA", "the new satellite will be a collaboration with
    /// Peru".
    fn mission_word_is_subject(&self, main: &CueMatch) -> bool {
        const LINKS: &[&str] = &["is", "was", "will", "be", "a", "an", "in", "also", "now"];
        let before = self.cues.partition_point(|c| c.end <= main.start);
        self.cues[..before]
            .last()
            .filter(|c| c.role == CueRole::MissionWord)
            .is_some_and(|word| {
                let between = &self.text[word.end..main.start];
                let gap = words(between);
                let copula = gap.first().is_some_and(|w| {
                    ["is", "was", "will"]
                        .iter()
                        .any(|c| w.text.eq_ignore_ascii_case(c))
                });
                // "The ISRO mission, in collaboration with JAXA, is …": the pair cue set off
                // right after the mission noun.
                let set_off = is_pair_cue(main) && between.trim() == ",";
                set_off
                    || (copula
                        && gap.len() <= 4
                        && gap
                            .iter()
                            .all(|w| LINKS.iter().any(|l| w.text.eq_ignore_ascii_case(l))))
                    || (copula && self.made_by_a_party_before(main, between))
            })
    }

    /// Whether the words between a mission noun's copula and a pair cue make the mission, with
    /// its maker right before the cue: "This mission is under development by ESA in
    /// collaboration with Roscosmos", "the probe was built by JAXA in partnership with CNES".
    fn made_by_a_party_before(&self, main: &CueMatch, between: &str) -> bool {
        const MAKING: &[&str] = &["development", "developed", "built", "designed", "made"];
        let Some(by) = between.rfind(" by ") else {
            return false;
        };
        let making = words(&between[..by]);
        let maker_at = main.start - between.len() + by + " by ".len();
        is_pair_cue(main)
            && making.len() <= 5
            && making.iter().any(|w| is_one_of(w.text, MAKING))
            && self.party_starting_at(maker_at, main.start).is_some()
    }

    /// Some sentences state relations between different sets of parties. Sanctions imposed by
    /// a named party ("EU sanctions") are a relation of their own between the sanctioning party
    /// and the subject, unless they are what the sentence states (its `main_cue`, with no
    /// other cue of a kind or of stopping: "US sanctions targeted A, B and C" is one claim
    /// among all four); "A in partnership with B" inside a claim of another kind is a
    /// collaboration of its own between A and B; a noun of cooperation with its "between" list,
    /// after the main relation's object, is a relation of its own between the listed parties.
    pub(super) fn split_relations(
        &self,
        main: Claim,
        cues: &[&CueMatch],
        main_cue: &CueMatch,
    ) -> Vec<Claim> {
        let mut out = Vec::new();
        // No cue but a sanction's states a kind or a stop: the sanctions are the statement.
        let sanctions_alone = !cues.iter().any(|c| {
            matches!(
                c.role,
                CueRole::Kind(_) | CueRole::Cessation | CueRole::Refusal
            ) && !is_sanction(c)
        });
        // The sanctioning party: right before the cue ("EU sanctions") or after "by" in the
        // words that follow it ("sanctions imposed by the EU"); the target: after "on" or
        // "against" there, else the sentence's first party.
        let sanction = cues
            .iter()
            .filter(|c| c.role == CueRole::Kind(ClaimKind::Prohibition) && is_sanction(c))
            .filter(|c| !sanctions_alone || (c.start, c.end) != (main_cue.start, main_cue.end))
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
                let mut parties = vec![sanctioner, target];
                parties.sort_by_key(|p| p.start);
                let sanction = second_relation(
                    &main,
                    (ClaimKind::Prohibition, Polarity::Negative),
                    parties,
                    cue,
                    "sanction",
                );
                main.parties = rest;
                out.push(main);
                out.push(sanction);
                return out;
            }
        }
        // "a partnership between NASA and CNES with contributions from the CSA": the list
        // after the noun joins the relation of the parties before it. A main claim that is
        // itself a contribution or a participation ("NASA and ESA will build the probe, with
        // funding from Japan") already holds the contributors' part: nothing to split.
        let joinable = !matches!(
            main.kind,
            ClaimKind::Contribution | ClaimKind::Participation
        );
        if let Some((contributors, cue, kind)) =
            self.contributors_after_with(&main, cues)
                .filter(|(_, cue, _)| {
                    joinable && (cue.start, cue.end) != (main_cue.start, main_cue.end)
                })
        {
            let rest: Vec<ClaimEntity> = main
                .parties
                .iter()
                .filter(|p| !contributors.iter().any(|c| c.entry == p.entry))
                .cloned()
                .collect();
            if rest.len() >= 2 && rest.iter().all(|p| p.end <= cue.start) {
                let all = main.parties.clone();
                let joined = second_relation(&main, (kind, main.polarity), all, cue, "joined");
                out.push(Claim {
                    parties: rest,
                    ..main
                });
                out.push(joined);
                return out;
            }
        }
        // A joint mission is already the collaboration of its makers.
        if !matches!(
            main.kind,
            ClaimKind::Collaboration | ClaimKind::JointMission
        ) {
            // The pair is the party the cue qualifies, right before it (a comma between at
            // most), and the one right after it: "has deals with Peru and is in talks with
            // Chile" pairs nothing.
            let pair = cues.iter().filter(|c| is_pair_cue(c)).find_map(|c| {
                let named_last = self
                    .mentions
                    .iter()
                    .filter(|m| m.end <= c.start && self.is_party(m))
                    .max_by_key(|m| m.end)?;
                let before = main.parties.iter().find(|p| p.entry == named_last.entry)?;
                let after = main.parties.iter().find(|p| p.start >= c.end)?;
                let qualifies = matches!(self.text[named_last.end..c.start].trim(), "" | ",");
                // "A and B together with C declare …": the cue joins C to the whole list.
                let preceding = self.text[..named_last.start].trim_end_matches(' ');
                let listed = preceding
                    .strip_suffix(" the")
                    .unwrap_or(preceding)
                    .strip_suffix(" and")
                    .and_then(|before| self.mention_ending_at(before.trim_end().len()))
                    .is_some_and(|m| self.is_party(m));
                if !qualifies || listed || !is_article_only(&self.text[c.end..after.start]) {
                    return None;
                }
                // "organized by Axiom in collaboration with NASA and SpaceX": the whole list
                // after the cue.
                let mut paired = vec![before.clone()];
                match self.coordinated_from(&main.parties, c.end) {
                    listed if listed.is_empty() => paired.push(after.clone()),
                    listed => paired.extend(listed),
                }
                paired.dedup_by_key(|p| p.entry);
                Some((paired, *c))
            });
            if let Some(collaboration) =
                pair.and_then(|(paired, cue)| subset_collaboration(&main, paired, cue, "pair"))
            {
                out.extend([main, collaboration]);
                return out;
            }
        }
        // "The rover was built by DLR and CNES for NASA's mission": the makers listed after
        // "by" worked together, a relation of their own beside the main one.
        let makers = cues.iter().copied().find_map(|c| {
            if c.role != CueRole::RunBy && !is_passive_maker(c) {
                return None;
            }
            // Every mention of a party, as a list may name one again ("Brown University and
            // the JPL of NASA" after "funded by NASA"); the first few after the cue are enough.
            const LOOK_AHEAD: usize = 8;
            let after = self.mentions.partition_point(|m| m.start < c.end);
            let named: Vec<ClaimEntity> = self.mentions[after..]
                .iter()
                .filter(|m| main.parties.iter().any(|p| p.entry == m.entry))
                .take(LOOK_AHEAD)
                .map(|m| ClaimEntity::named(m))
                .collect();
            let mut listed = self.coordinated_from(&named, c.end);
            // Makers joined by "and", not a body and its owner ("Japan's Kyutech", "the
            // Applied Physics Laboratory, Johns Hopkins University").
            let joined_by_and = listed.windows(2).any(|pair| {
                pair[0].entry != pair[1].entry
                    && self
                        .text
                        .get(pair[0].end..pair[1].start)
                        .is_some_and(|gap| {
                            matches!(gap.trim(), "and" | ", and" | "and the" | ", and the")
                        })
            });
            // "developed by CNES and DLR in partnership with ISRO": all three make it.
            let partner_follows = listed
                .last()
                .is_some_and(|last| self.cue_starting_at(last.end + 1).is_some_and(is_pair_cue));
            listed.dedup_by_key(|p| p.entry);
            (joined_by_and && !partner_follows).then_some((listed, c))
        });
        if let Some((listed, cue)) = makers {
            // "APSCO was founded by Kenya and Peru": when the makers' cue is the main claim's
            // own and states a collaboration, what they made or run is no party beside them.
            let made_thing_only = main.kind == ClaimKind::Collaboration
                && main.cues.as_slice() == [(cue.start, cue.end)]
                && main.parties.iter().all(|p| {
                    p.end <= cue.start || listed.iter().any(|maker| maker.entry == p.entry)
                });
            if let Some(together) = subset_collaboration(&main, listed, cue, "makers") {
                if made_thing_only {
                    out.push(together);
                } else {
                    out.extend([main, together]);
                }
                return out;
            }
        }
        // "Iridium inked a deal with SpaceX to fly beside a collaborative mission between NASA
        // and GFZ": the relation the list after "between" is in, a claim of its own.
        let main_end = main.cues.iter().map(|&(_, end)| end).max().unwrap_or(0);
        let nested = cues.iter().copied().find_map(|cue| {
            let between = cue.end + " between".len();
            let nested = self.text[cue.end..].starts_with(" between ")
                && self
                    .nested_relation(main_end, between, &main.parties)
                    .is_some_and(|noun| std::ptr::eq(noun, cue));
            let (CueRole::Kind(kind), true) = (cue.role, nested) else {
                return None;
            };
            let listed = self.coordinated_from(&main.parties, between);
            (listed.len() >= 2).then_some((listed, cue, kind))
        });
        if let Some((listed, cue, kind)) = nested {
            if let Some((rest, relation)) = relation_of_its_own(&main, listed, kind, cue, "between")
            {
                out.extend([rest, relation]);
                return out;
            }
        }
        if let Some((listed, cue, kind)) = self.appositive_relation(&main, cues) {
            if let Some((rest, relation)) =
                relation_of_its_own(&main, listed, kind, cue, "appositive")
            {
                out.extend([rest, relation]);
                return out;
            }
        }
        if let Some((first, second)) = self.with_lists_of_their_own(&main, cues) {
            out.extend([first, second]);
            return out;
        }
        if let Some((own, cue)) = self.clause_of_its_own(&main, cues) {
            let kind = match cue.role {
                CueRole::Kind(kind) => kind,
                _ => main.kind,
            };
            if let Some((rest, clause)) = relation_of_its_own(&main, own, kind, cue, "clause") {
                out.extend([rest, clause]);
                return out;
            }
        }
        out.push(main);
        out
    }

    /// The parties listed after "with" and a noun of contributing, taking part or support
    /// ("with contributions from the CSA", "with major participation of ESA"), with the
    /// noun's cue and kind. At most two lowercase words (an article, an adjective) stand
    /// between "with" and the noun.
    fn contributors_after_with<'c>(
        &self,
        main: &Claim,
        cues: &[&'c CueMatch],
    ) -> Option<(Vec<ClaimEntity>, &'c CueMatch, ClaimKind)> {
        cues.iter().copied().find_map(|cue| {
            let CueRole::Kind(
                kind @ (ClaimKind::Contribution
                | ClaimKind::Participation
                | ClaimKind::Collaboration),
            ) = cue.role
            else {
                return None;
            };
            if cue.verb {
                return None;
            }
            let before = &self.text[self.sentence.start..cue.start];
            let modifiers: Vec<&str> = before.split_whitespace().rev().take(3).collect();
            let with_at = modifiers
                .iter()
                .position(|w| w.eq_ignore_ascii_case("with"))?;
            let lowercase = modifiers[..with_at]
                .iter()
                .all(|w| w.chars().all(|c| c.is_lowercase()));
            if !lowercase {
                return None;
            }
            let lemma_has_preposition = [" from", " of", " by"]
                .iter()
                .any(|p| cue.lemma.ends_with(p));
            let at = if lemma_has_preposition {
                cue.end
            } else {
                let after = &self.text[cue.end..self.sentence.end];
                let preposition = [" from ", " of ", " by "]
                    .iter()
                    .find(|p| after.starts_with(**p))?;
                cue.end + preposition.len() - 1
            };
            let listed = self.coordinated_from(&main.parties, at);
            (!listed.is_empty()).then_some((listed, cue, kind))
        })
    }

    /// Two phrases of cooperation of one subject, each with a "with" list of its own, state
    /// two relations: "Axiom has agreements with Italy and Peru and is in talks with Kenya",
    /// "announcements included an agreement with ESA and a memorandum with JAXA". Each keeps
    /// the subject (the parties before the first phrase) and its own list, the second also
    /// what follows it; a wish or a talk keeps its modality to itself.
    fn with_lists_of_their_own(&self, main: &Claim, cues: &[&CueMatch]) -> Option<(Claim, Claim)> {
        let listed_after = |cue: &CueMatch| {
            let at = if cue.lemma.ends_with(" with") {
                cue.end
            } else if self.text[cue.end..].starts_with(" with ") {
                cue.end + " with".len()
            } else {
                return None;
            };
            let list = self.coordinated_from(&main.parties, at);
            let CueRole::Kind(kind) = cue.role else {
                return None;
            };
            (!list.is_empty() && kind != ClaimKind::Prohibition).then_some((list, kind))
        };
        let with_cues: Vec<(&CueMatch, Vec<ClaimEntity>, ClaimKind)> = cues
            .iter()
            .filter_map(|c| listed_after(c).map(|(list, kind)| (*c, list, kind)))
            .collect();
        let [(first_cue, first_list, first_kind), (second_cue, second_list, second_kind)] =
            with_cues.as_slice()
        else {
            return None;
        };
        let first_end = first_list.iter().map(|p| p.end).max()?;
        let subject: Vec<ClaimEntity> = main
            .parties
            .iter()
            .filter(|p| p.end <= first_cue.start)
            .cloned()
            .collect();
        // Nothing but the phrases' own words between the first list and the second phrase,
        // and every party in the subject, a list or after the second phrase.
        let accounted = main.parties.iter().all(|p| {
            p.end <= first_cue.start
                || first_list.iter().any(|q| q.entry == p.entry)
                || p.start >= second_cue.end
        });
        let between_named = main
            .parties
            .iter()
            .any(|p| p.start >= first_end && p.end <= second_cue.start);
        let apart = first_list
            .iter()
            .all(|p| second_list.iter().all(|q| q.entry != p.entry));
        if subject.is_empty()
            || !accounted
            || between_named
            || !apart
            || first_end > second_cue.start
        {
            return None;
        }
        // The second phrase is coordinated with the first ("… and is in talks with", "…, a
        // memorandum with"), not subordinate to it ("…, pending approval to cooperate with").
        let gap = self.text[first_end..second_cue.start].trim_end();
        let coordinated = words(gap).iter().any(|w| w.text == "and")
            || [", a", ", an", ", the", ", its", ", their"]
                .iter()
                .any(|end| gap.ends_with(end));
        if !coordinated {
            return None;
        }
        let part = |kind: ClaimKind, cue: &CueMatch, list: Vec<ClaimEntity>| {
            let mut parties = subject.clone();
            parties.extend(list);
            let mut claim = second_relation(main, (kind, main.polarity), parties, cue, "with");
            claim.modality = match (kind, main.kind) {
                (ClaimKind::Intent, _) => Modality::Intended,
                (_, ClaimKind::Intent) => Modality::Actual,
                _ => main.modality,
            };
            claim
        };
        let rest: Vec<ClaimEntity> = main
            .parties
            .iter()
            .filter(|p| p.start >= second_cue.end)
            .cloned()
            .collect();
        Some((
            part(*first_kind, first_cue, first_list.clone()),
            part(*second_kind, second_cue, rest),
        ))
    }

    /// A noun of cooperation in an appositive that describes a party by who it joins
    /// ("ArianeGroup, the joint venture of Airbus and Safran, signed with JAXA"): the parties
    /// listed after its "between" or "of", up to the comma that closes the appositive or the
    /// sentence's end, are a relation of their own, and the party described is the one in
    /// the sentence's main relation.
    fn appositive_relation<'c>(
        &self,
        main: &Claim,
        cues: &[&'c CueMatch],
    ) -> Option<(Vec<ClaimEntity>, &'c CueMatch, ClaimKind)> {
        cues.iter().copied().find_map(|cue| {
            let CueRole::Kind(kind) = cue.role else {
                return None;
            };
            if cue.verb || kind == ClaimKind::Prohibition || !self.in_an_appositive(cue) {
                return None;
            }
            // The preposition is the cue's last word ("initiative of") or the next one.
            let words = &self.text[cue.start..cue.end];
            let last = last_word(words);
            let (head, list_at) = if is_one_of(last, APPOSITIVE_PREPOSITIONS) {
                (last_word(&words[..words.len() - last.len()]), cue.end)
            } else {
                let after = head_of(&self.text[cue.end..self.sentence.end], 16);
                let next = word_iter(after)
                    .next()
                    .filter(|w| w.start == 1 && is_one_of(w.text, APPOSITIVE_PREPOSITIONS))?;
                (last, cue.end + next.start + next.text.len())
            };
            // "a partner of Peru and Kenya" relates the party described to them: only a noun
            // of a joint undertaking holds its list together.
            let joint = is_one_of(head, JOINT_UNDERTAKINGS);
            if !joint {
                return None;
            }
            let listed = self.coordinated_from(&main.parties, list_at);
            let list_end = listed.iter().map(|p| p.end).max()?;
            let closed = self.text[list_end..self.sentence.end]
                .trim_start()
                .starts_with([',', '.', ';'])
                || list_end == self.sentence.end;
            (listed.len() >= 2 && closed).then_some((listed, cue, kind))
        })
    }

    /// A later clause with a subject and a verb of its own ("…, which dates back to 1994 when
    /// CNES and ISA signed an agreement"): two or more parties coordinated right after a word
    /// that opens a clause, followed directly by a cooperation verb in the past. They state a
    /// relation of their own, and the claim's main cue, before that clause, does not cover
    /// them.
    fn clause_of_its_own<'c>(
        &self,
        main: &Claim,
        cues: &[&'c CueMatch],
    ) -> Option<(Vec<ClaimEntity>, &'c CueMatch)> {
        let main_end = main.cues.iter().map(|&(_, end)| end).max()?;
        cues.iter().copied().find_map(|cue| {
            let cooperation =
                matches!(cue.role, CueRole::Kind(kind) if kind != ClaimKind::Prohibition);
            let past = self.text[cue.start..cue.end].ends_with("ed");
            if !cooperation || !cue.verb || !past || cue.start < main_end {
                return None;
            }
            let subject = self.coordinated_subject(&main.parties, cue.start);
            let at = subject.first()?.start;
            if at < main_end {
                return None;
            }
            let opener = words(&self.text[main_end..at])
                .into_iter()
                .rev()
                .find(|w| !w.text.eq_ignore_ascii_case("the"))?;
            // ", and CNES and ISRO signed": a coordinated clause.
            let coordinated = opener.text.eq_ignore_ascii_case("and")
                && self.text[main_end..main_end + opener.start]
                    .trim_end()
                    .ends_with(',');
            let opens_clause = coordinated
                || CLAUSE_OPENERS
                    .iter()
                    .any(|o| opener.text.eq_ignore_ascii_case(o));
            (subject.len() >= 2 && opens_clause).then_some((subject, cue))
        })
    }
}

/// The stretches of a sentence between its commas and clause-opening words, and whether each
/// names a party.
struct PartyPhrases {
    /// The sentence's start, its commas, the starts of its clause-opening words and its end,
    /// in order.
    borders: Vec<usize>,
    /// For each stretch, whether a party is named in it.
    naming: Vec<bool>,
}

impl PartyPhrases {
    /// Whether the stretch holding byte `at` names a party.
    fn names_a_party(&self, at: usize) -> bool {
        let phrase = self.borders.partition_point(|&b| b <= at).saturating_sub(1);
        self.naming.get(phrase).copied().unwrap_or(false)
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
        copula && is_article(pair[1].text)
    })
}

/// Whether a word is an article ("a", "an", "the"), in any case.
fn is_article(word: &str) -> bool {
    ["a", "an", "the"]
        .iter()
        .any(|a| word.eq_ignore_ascii_case(a))
}

/// Whether the words before a verb end in a passive auxiliary ("was", "has been", "were
/// not", "would be immediately"): the verb is a participle in the passive.
fn ends_with_passive_auxiliary(gap: &[Word<'_>]) -> bool {
    const AUXILIARIES: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];
    gap.iter()
        .rev()
        .find(|w| {
            let adverb = w.text.ends_with("ly") && w.text.starts_with(char::is_lowercase);
            !["not", "never", "also", "then", "later"].contains(&w.text) && !adverb
        })
        .is_some_and(|w| AUXILIARIES.iter().any(|a| w.text.eq_ignore_ascii_case(a)))
}

/// Whether the words between a cooperation noun and a verb after it only go on with the
/// noun's subject phrase and the verb's auxiliaries ("with NASA and the European Space Agency
/// would soon"), so the noun is the verb's subject.
///
/// The noun's complement may name what the cooperation is in or on ("Kenya's participation in
/// Peru's programme ended", "their partnership on the lunar rover ended"): lowercase words
/// after such a preposition go on with the subject, unless they read as a past verb.
fn links_subject(gap: &[Word<'_>]) -> bool {
    const LINKS: &[&str] = &[
        "with", "between", "among", "and", "of", "the", "its", "their", "would", "will", "could",
        "may", "might", "shall", "has", "have", "had", "soon", "also", "then", "now", "already",
        "all", "well",
    ];
    const COMPLEMENTS: &[&str] = &["in", "on", "for", "to", "over", "under", "within"];
    let mut in_complement = false;
    gap.iter().all(|w| {
        in_complement |= is_one_of(w.text, COMPLEMENTS);
        w.text.starts_with(char::is_uppercase)
            || (w.text.ends_with("ly") && w.text.starts_with(char::is_lowercase))
            || LINKS.iter().any(|l| w.text.eq_ignore_ascii_case(l))
            || (in_complement && !w.text.ends_with("ed"))
    })
}

/// Words that open a clause of their own.
const OPENERS: &[&str] = &[
    "while", "whereas", "but", "that", "which", "who", "when", "where", "after", "before", "as",
    "because", "although", "though", "if", "since", "until",
];

/// Whether a stretch holds a word that opens a clause of its own ("while", "that", "but"):
/// a verb after it belongs to that clause, not to the noun before it.
fn opens_a_clause(gap: &[Word<'_>]) -> bool {
    gap.iter()
        .any(|w| OPENERS.iter().any(|o| w.text.eq_ignore_ascii_case(o)))
}

/// Auxiliary verbs a subject's verb phrase may open with.
const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "did", "does", "do",
    "could", "can",
];

/// Whether a stretch between two cues crosses a clause boundary (a comma, a semicolon, a
/// colon or a bracket).
fn crosses_clause(gap: &str) -> bool {
    gap.contains([',', ';', ':', '(', ')'])
}

/// The modality a cue of the future or of a wish gives the statement it governs.
fn future_or_wish(cue: &CueMatch) -> Modality {
    if matches!(cue.role, CueRole::Intended | CueRole::Possible) {
        Modality::Intended
    } else {
        Modality::Planned
    }
}

/// Where the last coordinated clause with a subject of its own starts in a stretch: after ",
/// and they", ", but Chile", "; it", ", so Chile" (not ", and facilitating …", which goes on
/// the same verb, nor ", and Peru" ending a list).
fn last_subject_clause(text: &str) -> Option<usize> {
    const SUBJECTS: &[&str] = &["it", "they", "we", "he", "she", "I"];
    // Adverbs of time or sequence that may open the clause before its subject: "…, and now
    // we're excited to …".
    const OPENING_ADVERBS: &[&str] = &["now", "then", "today", "later", "finally", "so", "yet"];
    // A conjunctive adverb after a comma opens a clause too: "…, so Chile …", "…, thus,
    // Nigeria and India have signed …".
    [
        ", and ",
        ", but ",
        "; ",
        ", so ",
        ", thus, ",
        ", thus ",
        ", hence ",
        ", therefore, ",
        ", therefore ",
    ]
    .iter()
    .filter_map(|border| {
        text.rmatch_indices(border)
            .map(|(at, _)| at + border.len())
            .find(|&border_end| {
                let start = word_iter(&text[border_end..])
                    .find(|w| !is_one_of(w.text, OPENING_ADVERBS))
                    .map_or(text.len(), |w| border_end + w.start);
                let next = text[start..].split_whitespace().next().unwrap_or("");
                // "we're": the subject with its verb.
                let next = next.split(['\'', '\u{2019}']).next().unwrap_or(next);
                // "…, and the United States has …": the name's article.
                let name = match next {
                    "the" => text[start..].split_whitespace().nth(1).unwrap_or(""),
                    _ => next,
                };
                SUBJECTS.contains(&next)
                    || (name.starts_with(char::is_uppercase)
                        && (*border != ", and "
                            || (last_word(&text[..border_end - border.len()])
                                .starts_with(char::is_lowercase)
                                && names_a_subject(&text[start..]))))
            })
    })
    .max()
}

/// Whether the words after ", and" are a name and then the verb's auxiliary, or the name
/// alone up to the cue: after a lowercase word, "…, and Russia has been providing", "…, and
/// the United States signed" open a clause of their own, while "A, B, and C will" after a
/// name goes on with a list.
fn names_a_subject(rest: &str) -> bool {
    const NAME_WORDS: usize = 4;
    // Besides `FINITE`: other auxiliaries, and "also" before the verb.
    const MORE_AUXILIARIES: &[&str] = &["should", "did", "does", "also"];
    let words: Vec<&str> = rest
        .split_whitespace()
        .skip_while(|w| w.eq_ignore_ascii_case("the"))
        .collect();
    let name_words = words
        .iter()
        .take_while(|w| w.starts_with(char::is_uppercase))
        .count();
    name_words <= NAME_WORDS
        && words
            .get(name_words)
            .is_none_or(|word| FINITE.contains(word) || MORE_AUXILIARIES.contains(word))
}

/// Whether a gap may hold at most `n` words: the bound that keeps the look for a governor
/// linear in a sentence of very many cues. The word pass is spared for a gap shorter than `n`
/// long words (40 bytes each), which is every gap of an ordinary sentence; the exact reach is
/// checked where a governor is found.
fn within_words(gap: &str, n: usize) -> bool {
    gap.len() < 40 * n || at_most_words(gap, n)
}

/// Whether the gap after a modal holds a verb that makes or grows what it takes as object and
/// what opens that object before a noun cue: " expand their " (a determiner, then one
/// adjective at most), " see " or " forge closer ". "might jeopardize the partnership"
/// weighs a cooperation that exists.
fn modal_verb_object(gap: &str) -> bool {
    const MOST_WORDS: usize = 3;
    const GROWING: &[&str] = &[
        "expand",
        "deepen",
        "broaden",
        "widen",
        "boost",
        "strengthen",
        "enhance",
        "increase",
        "extend",
        "intensify",
        "see",
        "forge",
        "establish",
        "build",
        "develop",
        "start",
        "begin",
        "launch",
        "seek",
        "pursue",
        "explore",
        "renew",
        "resume",
        "revive",
        "reinforce",
        "create",
        "form",
        "further",
        "advance",
        "open",
        "restart",
    ];
    let words: Vec<&str> = gap.split_whitespace().collect();
    let Some((verb, object)) = words.split_first() else {
        return false;
    };
    let lowercase = |w: &&str| w.chars().all(|c| c.is_lowercase());
    let adjectives = match object.first() {
        Some(first) if is_determiner(first) => &object[1..],
        _ => object,
    };
    words.len() <= MOST_WORDS
        && words.iter().all(lowercase)
        && is_one_of(verb, GROWING)
        && adjectives.len() <= 1
}

/// Whether a verb of weighing reaches the cue after the gap: a few words in its clause, with no
/// capitalised word and no determiner but "a" or "an" between (see `Governor::Preparation`).
fn weighs_what_follows(gap: &str) -> bool {
    let words: Vec<&str> = gap.split_whitespace().collect();
    words.len() < CESSATION_REACH
        && !crosses_clause(gap)
        && !words.iter().any(|w| {
            w.starts_with(char::is_uppercase)
                || (is_determiner(w) && !["a", "an"].iter().any(|a| w.eq_ignore_ascii_case(a)))
        })
}

/// Whether a stretch after a noun cue leaves its clause: a semicolon, "and" before a subject
/// pronoun ("and they have"), a relative clause of terms ("under which"), or a comma that
/// opens a new clause rather than closing an apposition ("The consortium (A, B and C) will").
fn crosses_sentence_clause(gap: &str) -> bool {
    let outside_brackets: String = {
        let mut depth = 0usize;
        gap.chars()
            .filter(|&c| {
                match c {
                    '(' => depth += 1,
                    ')' => depth = depth.saturating_sub(1),
                    _ => {}
                }
                depth == 0 && c != ')'
            })
            .collect()
    };
    // "… ties with Egypt and they have a vast potential": "and" before a subject pronoun
    // opens a clause of its own.
    let pronoun_clause = ["and they ", "and it ", "and we ", "but they ", "but it "]
        .iter()
        .any(|p| outside_brackets.contains(p));
    // "an agreement under which both will launch …": a relative clause of what the noun
    // provides tells its terms, not its tense.
    let terms_clause = ["under which ", "whereby ", "by which ", "under whose "]
        .iter()
        .any(|p| outside_brackets.contains(p));
    outside_brackets.contains([';', ':'])
        || terms_clause
        || outside_brackets.contains(", which")
        || outside_brackets.contains(", while")
        || outside_brackets.contains(", but")
        || pronoun_clause
}

/// Whether `text`, from a comma on, opens a relative clause (", which …", ", whose …").
fn opens_a_relative_clause(text: &str) -> bool {
    text.strip_prefix(',')
        .map(str::trim_start)
        .is_some_and(|rest| rest.starts_with("which ") || rest.starts_with("whose "))
}

/// Whether a stretch holds the start of a coordinated clause (", and", ", but", ";"): a future
/// auxiliary before it does not reach a verb after it.
fn starts_new_clause(gap: &str) -> bool {
    gap.contains(", and ") || gap.contains(", but ") || gap.contains(';')
}

/// The collaboration of `subset`, some of `main`'s parties, as a relation beside `main`; none
/// when the subset holds fewer than two parties, or every party of `main` (then it is the main
/// relation itself).
fn subset_collaboration(
    main: &Claim,
    subset: Vec<ClaimEntity>,
    cue: &CueMatch,
    rule: &str,
) -> Option<Claim> {
    let holds_all = main
        .parties
        .iter()
        .all(|p| subset.iter().any(|q| q.entry == p.entry));
    (subset.len() >= 2 && !holds_all).then(|| {
        second_relation(
            main,
            (ClaimKind::Collaboration, main.polarity),
            subset,
            cue,
            rule,
        )
    })
}

/// A second relation the sentence states, from one cue of its own: the claim's evidence with
/// its own kind, polarity and parties, and the rule `<rule>:<cue>`.
/// `main` without the parties of `own`, and the positive, actual relation of `own` that `cue`
/// states, when at least two parties remain to `main`.
fn relation_of_its_own(
    main: &Claim,
    own: Vec<ClaimEntity>,
    kind: ClaimKind,
    cue: &CueMatch,
    rule: &str,
) -> Option<(Claim, Claim)> {
    let rest: Vec<ClaimEntity> = main
        .parties
        .iter()
        .filter(|p| !own.iter().any(|o| o.entry == p.entry))
        .cloned()
        .collect();
    if rest.len() < 2 {
        return None;
    }
    let mut relation = second_relation(main, (kind, Polarity::Positive), own, cue, rule);
    relation.modality = Modality::Actual;
    let main = Claim {
        parties: rest,
        ..main.clone()
    };
    Some((main, relation))
}

fn second_relation(
    main: &Claim,
    (kind, polarity): (ClaimKind, Polarity),
    parties: Vec<ClaimEntity>,
    cue: &CueMatch,
    rule: &str,
) -> Claim {
    Claim {
        kind,
        polarity,
        parties,
        cues: vec![(cue.start, cue.end)],
        rule: format!("{rule}:{}", cue.lemma),
        ..main.clone()
    }
}

/// A cue that names the makers of a thing after it: "developed by", "set up by", "run by".
fn is_passive_maker(cue: &CueMatch) -> bool {
    matches!(
        cue.role,
        CueRole::Kind(ClaimKind::Contribution | ClaimKind::Collaboration) | CueRole::RunBy
    ) && cue.lemma.ends_with(" by")
}

/// Whether a wish right after a word of stopping is what stopped ("no longer interested in
/// working with China"): the stop is the statement, and its tense the claim's.
fn stops_the_wish(main: &CueMatch, wish: &CueMatch, between: &str) -> bool {
    main.role == CueRole::Cessation && wish.role == CueRole::Intended && at_most_words(between, 1)
}

/// A cue that puts what follows in the future: "will", "plans to", and a future refusal ("will
/// not enter into force"; "decided not to" is a verb of its own and sets no tense).
fn sets_future(cue: &CueMatch) -> bool {
    matches!(cue.role, CueRole::Planned | CueRole::Plan)
        || (cue.role == CueRole::Refusal && !cue.verb)
}

/// Whether a cue is "jointly" or "together" right before a verb of contributing or taking
/// part ("jointly provide", "together joined"), which it only qualifies.
fn modifies_the_verb_after(cue: &CueMatch, next: Option<&&CueMatch>) -> bool {
    ["jointly", "together"].contains(&&*cue.lemma)
        && next.is_some_and(|next| {
            next.verb
                && next.start == cue.end + 1
                && matches!(
                    next.role,
                    CueRole::Kind(ClaimKind::Contribution | ClaimKind::Participation)
                )
        })
}

/// Whether a word ends like an English plural or a verb's "-s" form ("missions", "bans"; not
/// "class").
fn looks_plural(word: &str) -> bool {
    word.ends_with('s') && !word.ends_with("ss")
}

/// A prohibition cue for sanctions.
fn is_sanction(cue: &CueMatch) -> bool {
    cue.lemma.starts_with("sanction")
}

/// A cue that links the party before it to the party after it ("in partnership with").
fn is_pair_cue(cue: &CueMatch) -> bool {
    let lemma = &*cue.lemma;
    lemma.ends_with(" with") && lemma.starts_with("in ") || lemma == "together with"
}

/// Whether the words before a cue end in a determiner, so that the cue is a noun or an
/// adjective ("the future of …", "its upcoming launch"), not a verb that sets a tense.
fn opens_noun_phrase(before: &str) -> bool {
    is_determiner(last_word(before))
}

/// Whether the words between two cues make the second an infinitive: "to", "to be", a verb
/// and "to be" ("is to be", "yet to be"), set off by a comma or not. A gap longer than such
/// words is none, and is not read: the cues after a noun stay linear to look at.
fn infinitive_between(between: &str) -> bool {
    const LONGEST: usize = 24;
    if between.len() > LONGEST {
        return false;
    }
    let words: Vec<&str> = between
        .trim_matches(|c: char| c == ',' || c.is_whitespace())
        .split_whitespace()
        .collect();
    matches!(words.as_slice(), ["to"] | ["to", "be"] | [_, "to", "be"])
}

#[cfg(test)]
mod tests {
    use crate::claims::tests::claims;

    #[test]
    fn sanctions_are_a_relation_of_their_own() {
        let text =
            "Belarus is halting its work with Thales Alenia Space over European Union (EU) sanctions.";
        assert_eq!(
            claims(text),
            [
                "prohibition negative actual country:BY,organization:thales-alenia-space|",
                "prohibition negative actual country:BY,organization:eu|"
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
    fn sanctions_need_both_sides() {
        // Those who impose them, listed together, are one side.
        assert!(claims("Chile and Peru (PE) have imposed sanctions.").is_empty());
        assert_eq!(
            claims("Chile and Peru imposed sanctions on Kenya."),
            ["prohibition negative actual country:CL,country:KE,country:PE|"]
        );
        assert_eq!(
            claims("Chile and Peru imposed sanctions on one another."),
            ["prohibition negative actual country:CL,country:PE|"]
        );
        // Lifting sanctions against one another lets both work together again.
        assert_eq!(
            claims("Chile and Peru lifted their sanctions against one another."),
            ["collaboration positive actual country:CL,country:PE|"]
        );
    }

    #[test]
    fn a_named_agreement_decides_when_the_only_other_cue_is_framed() {
        let text = "This Association Agreement between Chile and Peru builds on results achieved under the earlier frameworks of cooperation.";
        assert_eq!(
            claims(text),
            ["agreement positive actual country:CL,country:PE|"]
        );
        // "build on" is basing on, not building.
        assert_eq!(
            claims("Peru builds on its work with Chile."),
            ["collaboration positive actual country:CL,country:PE|"]
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
        // A negation reaches through a noun of intention to what it names, and "neither … nor"
        // negates the verb of its parties.
        assert!(claims("Brazil and Chile have no plans for a joint mission.").is_empty());
        assert!(claims("Chile has no intention of signing an accord with Peru.").is_empty());
        assert!(claims("Neither Chile nor Peru has joined the programme.").is_empty());
        assert_eq!(
            claims("Chile has no plans to end its partnership with Peru."),
            ["collaboration positive actual country:CL,country:PE|"]
        );
    }

    #[test]
    fn one_claim_per_fact_per_sentence() {
        let got = claims("China and Russia signed an agreement and signed a memorandum.");
        assert_eq!(got.len(), 1);
    }
}
