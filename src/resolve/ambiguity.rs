//! The choice among the readings of an ambiguous span: a definition in the document, a plain
//! reading, the reading the rest of the document supports, or — when nothing decides — how the
//! name is written (an acronym, capitalised inside a sentence, listed among its peers).

use foldhash::HashMap;

use crate::gazetteer::{Candidate, EntityType, NameWord};
use crate::text::normalize::SPACED_DASHES;
use crate::text::segment::{Sentence, UnitKind};

use super::{sentence_index, Entities, CERTAIN, LIKELY, SUPPORTED, UNRESOLVED};

/// How a reading was chosen among the readings of a span, surest first. The way decides the
/// mention's confidence and the rule `extract --explain` gives for the readings set aside, so
/// neither is read back from a confidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Choice {
    /// The document defines the span as an acronym of this reading.
    Defined,
    /// A reading that is not ambiguous, the first by type order when there are several.
    Plain,
    /// An ambiguous reading the rest of the document supports best.
    Supported,
    /// An ambiguous name nothing decides, written the way names are.
    Likely,
    /// An ambiguous name nothing decides.
    Unresolved,
}

impl Choice {
    /// The confidence of a mention chosen this way.
    pub(super) fn confidence(self) -> f64 {
        match self {
            Choice::Defined | Choice::Plain => CERTAIN,
            Choice::Supported => SUPPORTED,
            Choice::Likely => LIKELY,
            Choice::Unresolved => UNRESOLVED,
        }
    }

    /// The rule that set the span's other readings aside (see [`super::Lost::rule`]).
    pub(super) fn rule(self) -> &'static str {
        match self {
            Choice::Defined => "acronym defined in the document",
            Choice::Plain => "type order",
            Choice::Supported => "supported by the document",
            Choice::Likely | Choice::Unresolved => "first reading",
        }
    }
}

/// How many bytes before a position a candidate may start and still reach it: more than any
/// name is long.
const NAME_REACH: usize = 512;

/// One document as the choice between readings, and the mentions made of them, look at it.
pub(super) struct Context<'a> {
    pub(super) gazetteer: &'a Entities<'a>,
    pub(super) text: &'a str,
    pub(super) definitions: &'a HashMap<String, usize>,
    pub(super) plainly_named: &'a PlainlyNamed,
    /// The document's candidates, sorted by start.
    pub(super) candidates: &'a [Candidate],
    pub(super) sentences: &'a [Sentence],
}

impl Context<'_> {
    /// Picks one reading of a span, with how it was chosen; `None` drops the span.
    pub(super) fn choose<'c>(&self, readings: &[&'c Candidate]) -> Option<(&'c Candidate, Choice)> {
        let (gazetteer, text) = (self.gazetteer, self.text);
        let surface = &text[readings[0].start..readings[0].end];
        // "Maven", "Grace": a mission's acronym written as a word is the mission when a
        // mission's noun follows it ("NASA's Maven mission"), and an ordinary word or a
        // person's name otherwise.
        let acronym_as_word = |c: &&Candidate| {
            c.acronym
                && c.ambiguous
                && gazetteer.entry(c.entry).kind.is_mission()
                && surface.chars().any(char::is_lowercase)
        };
        if let Some(mission) = readings.iter().find(|c| acronym_as_word(c)) {
            if self.before_mission_noun(mission.end) {
                return Some((mission, Choice::Supported));
            }
            let others: Vec<&Candidate> = readings
                .iter()
                .copied()
                .filter(|c| !acronym_as_word(c))
                .collect();
            return if others.is_empty() {
                None
            } else {
                self.choose(&others)
            };
        }
        if let Some(&defined) = self.definitions.get(surface) {
            if let Some(c) = readings.iter().find(|c| c.entry == defined) {
                return Some((c, Choice::Defined));
            }
        }
        let by_type = |a: &&&Candidate, b: &&&Candidate| {
            let ka = gazetteer.entry(a.entry).kind.rank();
            let kb = gazetteer.entry(b.entry).kind.rank();
            ka.cmp(&kb).then(a.entry.cmp(&b.entry))
        };
        // A national body's name that describes it, which other countries' bodies may share,
        // after the country that owns it ("Portugal's Ministry of Defence", "the Canadian
        // Department of Defense", "Portugal – Ministry of Defence"): that country's body, or
        // none the gazetteer knows. A company's name ("Italy's Thales Alenia Space") or an
        // acronym is a name of its own.
        let owner = self
            .owner_before(readings[0].start)
            .or_else(|| self.owner_in_brackets_after(readings[0].end));
        if let Some(owner) = owner {
            let home = |c: &&Candidate| gazetteer.home_country(c.entry);
            if let Some(owned) = readings.iter().find(|c| home(c).as_ref() == Some(&owner)) {
                let choice = if owned.ambiguous {
                    Choice::Supported
                } else {
                    Choice::Plain
                };
                return Some((owned, choice));
            }
            if is_generic_body_name(surface) && readings.iter().all(|c| home(c).is_some()) {
                return None;
            }
            // "payloads from Peru (ROSA, TDP)": an ambiguous name the country before it owns,
            // whose readings are all other countries' bodies, is that country's own thing.
            if readings.iter().all(|c| c.ambiguous && home(c).is_some()) {
                return None;
            }
        }
        // "the Department of Defence" in a story about Australia and Japan: a name that only
        // describes an office of state, in a document that names nothing else of the listed
        // body's country, is some other country's office.
        if describes_an_office(surface)
            && readings.iter().all(|c| {
                gazetteer
                    .home_country(c.entry)
                    .is_some_and(|home| !self.plainly_named.names_home_elsewhere(&home, c.entry))
            })
        {
            return None;
        }
        if let Some(plain) = readings.iter().filter(|c| !c.ambiguous).min_by(by_type) {
            return Some((plain, Choice::Plain));
        }
        // "MOSCOW (Sputnik) –": an ambiguous name in brackets after the place that opens a
        // line is the news agency of a dateline, which the gazetteer does not list.
        if is_dateline_source(text, readings[0].start, readings[0].end) {
            return None;
        }
        // "SAC satellite collaboration" beside "SAC-B" and "SAC-C": an ambiguous name that
        // opens the listed names of a mission series elsewhere in the document names that
        // series, not a body.
        let bodies_only = readings.iter().all(|c| {
            matches!(
                gazetteer.entry(c.entry).kind,
                EntityType::Agency | EntityType::Organization
            )
        });
        if bodies_only && self.opens_mission_names(surface) {
            return None;
        }
        // Ambiguous: the reading the rest of the document supports best, if one does.
        let mut scored: Vec<(usize, &&Candidate)> = readings
            .iter()
            .map(|c| (self.plainly_named.support(gazetteer, c.entry), c))
            .collect();
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(by_type(&a.1, &b.1)));
        let (best_score, best) = scored[0];
        let runner_up = scored.get(1).map_or(0, |s| s.0);
        // "the Red Planet": a capitalised word before the span in running text makes it part
        // of a longer name no gazetteer lists, whatever the rest of the document supports (a
        // heading capitalises every word).
        // So does a capitalised word after it ("the Swift Planet", "Lake Chad"): the
        // ambiguous name is part of a name no gazetteer lists, and names none of its readings.
        // An acronym stays a name there ("the CSA Director"), only not a supported one.
        let after_capital = self.after_capitalised_word(best.start, best.end);
        let next_to_capital = after_capital || self.before_capitalised_word(best.end);
        let in_running_text = !self.in_heading(best.start);
        if next_to_capital && in_running_text && !best.acronym {
            return None;
        }
        if best_score > runner_up && !(after_capital && in_running_text) {
            return Some((best, Choice::Supported));
        }
        // Of several readings, the only one of the type of the plain names around it: "CSA"
        // among "ESA, NASA, JAXA and CSA" is the agency.
        // Failing that, the only one of the type of a plain name coordinated with it: "CSA"
        // in "CSA and JAXA cooperate in the United Nations" is the agency.
        if readings.len() > 1 {
            for peer in [Self::has_plain_peer, Self::has_coordinated_peer] {
                let mut with_peer = readings.iter().filter(|c| peer(self, c));
                if let (Some(only), None) = (with_peer.next(), with_peer.next()) {
                    return Some((only, Choice::Likely));
                }
            }
        }
        // Nothing in the document decides. A single reading still counts when the writing
        // makes a name likely — an acronym, a capitalised word inside a sentence, a country
        // opening a sentence ("Turkey signed"; not a company named by a word, "Vast amounts"),
        // or an item among plain names of its type
        // ("Jordan, Egypt and Morocco") — unless it stands next to another capitalised word.
        // A company named by a word takes no article: "the Amazon" is the river.
        let company_after_article = gazetteer.entry(best.entry).kind == EntityType::Organization
            && !best.acronym
            && text[..best.start].to_lowercase().ends_with("the ");
        let likely = readings.len() == 1
            && !company_after_article
            && !next_to_capital
            && (best.acronym
                || !starts_sentence(text, best.start)
                || gazetteer.entry(best.entry).kind == EntityType::Country
                || self.has_plain_peer(best));
        Some((
            best,
            if likely {
                Choice::Likely
            } else {
                Choice::Unresolved
            },
        ))
    }

    /// Whether the span from `at` to `end` follows a capitalised word (or "Word, ") that is
    /// not itself a known name and does not start the sentence. After the comma that closes
    /// an opening phrase, the span must not go on as a subject with its verb (an auxiliary or
    /// a past form): "Students from Atlanta, Georgia worked …" name a place, but "Although
    /// … of Crimea, Turkey is confident …" opens the main clause.
    fn after_capitalised_word(&self, at: usize, end: usize) -> bool {
        /// Auxiliaries a subject's verb starts with.
        const AUXILIARIES: &[&str] = &[
            "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
            "may", "might", "must", "should", "does", "did",
        ];
        let before = &self.text[..at];
        // "Michael Jordan", and "Atlanta, Georgia" (a place, then its state or country).
        let after_comma = before.strip_suffix(", ");
        let trimmed = after_comma.unwrap_or_else(|| before.trim_end_matches(' '));
        if trimmed.len() == before.len() {
            return false;
        }
        if after_comma.is_some() && self.closes_an_opening_phrase(at) {
            let next = self.text[end..]
                .strip_prefix(' ')
                .and_then(|rest| rest.split([' ', ',', '.']).next())
                .unwrap_or("");
            let a_verb_follows = AUXILIARIES.contains(&next)
                || next.len() > 4 && next.starts_with(char::is_lowercase) && next.ends_with("ed");
            if a_verb_follows {
                return false;
            }
        }
        let word_start = trimmed
            .char_indices()
            .rev()
            .find(|(_, c)| !c.is_alphanumeric())
            .map_or(0, |(p, c)| p + c.len_utf8());
        let word = &trimmed[word_start..];
        // In a list ("Chad, Niger and Mali") a name before the comma, ambiguous or not, is
        // a name of its own; right before the span only a plain one is.
        let known = if after_comma.is_some() {
            self.reaching(word_start)
                .iter()
                .any(|c| c.start <= word_start && word_start < c.end)
        } else {
            self.covered_plainly(word_start)
        };
        word.starts_with(char::is_uppercase) && !starts_sentence(self.text, word_start) && !known
    }

    /// Whether the comma right before byte `at` is the sentence's first and closes a phrase or
    /// clause that opens it with a subordinator or a preposition ("Although …,", "After the
    /// talks in Ankara,").
    fn closes_an_opening_phrase(&self, at: usize) -> bool {
        const OPENERS: &[&str] = &[
            "although",
            "though",
            "while",
            "whereas",
            "after",
            "before",
            "when",
            "since",
            "as",
            "because",
            "despite",
            "once",
            "if",
            "in",
            "on",
            "at",
            "during",
            "following",
            "with",
            "without",
            "unlike",
            "under",
            "amid",
            "for",
        ];
        let Some(sentence) = self.sentences.get(sentence_index(self.sentences, at)) else {
            return false;
        };
        let Some(opening) = self.text.get(sentence.start..at.saturating_sub(2)) else {
            return false;
        };
        let first = opening
            .split(|c: char| !c.is_alphabetic())
            .find(|w| !w.is_empty())
            .unwrap_or("");
        !opening.contains(',') && OPENERS.iter().any(|o| first.eq_ignore_ascii_case(o))
    }

    /// Whether the span is followed, after one space, by a capitalised word that is not itself
    /// a known name.
    fn before_capitalised_word(&self, end: usize) -> bool {
        let Some(rest) = self.text[end..].strip_prefix(' ') else {
            return false;
        };
        let word_start = end + 1;
        rest.starts_with(char::is_uppercase) && !self.covered_plainly(word_start)
    }

    /// Whether a mission's noun in lowercase follows the name ending at byte `end` and ends
    /// its phrase: "the Maven mission", "Juice spacecraft will"; not a company's name ("Maven
    /// Satellite Partners") or a noun the mission's noun qualifies ("a Spot satellite
    /// messenger").
    fn before_mission_noun(&self, end: usize) -> bool {
        /// Words that may follow a phrase's last noun.
        const AFTER_THE_PHRASE: &[&str] = &[
            "and", "or", "of", "in", "on", "to", "for", "from", "with", "at", "by", "as", "is",
            "was", "are", "were", "will", "would", "has", "had", "have", "that", "which", "team",
            "launched", "landed", "arrived", "reached", "carried", "flew", "began",
        ];
        let mut words = self.text[end..]
            .strip_prefix(' ')
            .unwrap_or("")
            .split(char::is_whitespace)
            .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()));
        let noun = words.next().unwrap_or("");
        if !noun.starts_with(char::is_lowercase) {
            return false;
        }
        let phrase_ends = self.text[end + 1 + noun.len()..]
            .chars()
            .next()
            .is_none_or(|c| c != ' ')
            || words.next().is_none_or(|next| {
                !next.starts_with(char::is_lowercase) || AFTER_THE_PHRASE.contains(&next)
            });
        phrase_ends
            && self
                .gazetteer
                .gazetteer()
                .name_patterns()
                .is(noun, NameWord::MissionNoun)
    }

    /// The candidates that start at byte `at` or at most [`NAME_REACH`] bytes before it: all
    /// that end at `at` or cover it, found by search in the candidates sorted by start, so a
    /// document of many names stays linear.
    fn reaching(&self, at: usize) -> &[Candidate] {
        let from = self
            .candidates
            .partition_point(|c| c.start + NAME_REACH < at);
        let to = self.candidates.partition_point(|c| c.start <= at);
        &self.candidates[from..to.max(from)]
    }

    /// Whether a candidate that is not ambiguous covers byte `at`: a known name ("Planet" in
    /// "the Swift Planet" is only one reading of a common word).
    fn covered_plainly(&self, at: usize) -> bool {
        self.reaching(at)
            .iter()
            .any(|c| c.start <= at && at < c.end && !c.ambiguous)
    }

    /// The country named right before byte `at` as an owner: a country's name or its
    /// nationality word, then a space, a possessive, a dash set off by spaces or an opening
    /// bracket.
    fn owner_before(&self, at: usize) -> Option<String> {
        const SEPARATORS: [&str; 5] = [" ", "'s ", "\u{2019}s ", " (", "("];
        let before = &self.text[..at];
        SEPARATORS
            .iter()
            .chain(&SPACED_DASHES)
            .find_map(|separator| {
                let end = before.strip_suffix(separator)?.len();
                // A possessive makes a capitalised country of an ambiguous one: "Turkey's
                // Turksat".
                let possessive = separator.ends_with("s ");
                let owner = self.reaching(end).iter().find(|c| {
                    c.end == end
                        && (!c.ambiguous
                            || possessive
                                && self.gazetteer.entry(c.entry).kind == EntityType::Country
                                && self.text[c.start..].starts_with(char::is_uppercase))
                })?;
                self.gazetteer.nation_of(owner.entry)
            })
    }

    /// The country named in brackets right after byte `end` as an owner, alone or after the
    /// name's short form: "the National Research Council (Canada)", "… (NRC; Canada)".
    fn owner_in_brackets_after(&self, end: usize) -> Option<String> {
        let after = &self.text[end..];
        let open = end + [" (", "("].iter().find(|p| after.starts_with(**p))?.len();
        let close = open + self.text[open..].find(')')?;
        // A list of countries ("(UK, France)") names no one owner.
        let last_item = self.text[open..close]
            .rfind(';')
            .map_or(open, |at| open + at + 1);
        let from = close - self.text[last_item..close].trim_start().len();
        self.reaching(from)
            .iter()
            .find(|c| c.start == from && c.end == close && !c.ambiguous)
            .and_then(|c| self.gazetteer.nation_of(c.entry))
    }

    /// Whether plain names of missions or programmes in the document are `surface`, a hyphen
    /// and more ("SAC-B", "SAC-C" for "SAC").
    fn opens_mission_names(&self, surface: &str) -> bool {
        self.candidates.iter().any(|c| {
            !c.ambiguous
                && matches!(
                    self.gazetteer.entry(c.entry).kind,
                    EntityType::Mission | EntityType::Program
                )
                && self.text[c.start..c.end]
                    .strip_prefix(surface)
                    .is_some_and(|rest| rest.starts_with('-'))
        })
    }

    /// Whether byte `at` is in a heading.
    fn in_heading(&self, at: usize) -> bool {
        self.sentences
            .get(sentence_index(self.sentences, at))
            .is_some_and(|s| s.kind == UnitKind::Heading)
    }

    /// Whether a plain (unambiguous) name of the same type, a country or an agency, is
    /// coordinated with the candidate, right before or after it with only "and", "or", "&" or
    /// a comma between. Organisations of every sort are coordinated with agencies ("Airbus
    /// and CSA"), so one decides nothing.
    fn has_coordinated_peer(&self, candidate: &Candidate) -> bool {
        const LINKS: &[&str] = &["and", "or", "&", ",", ", and", ", or"];
        let kind = self.gazetteer.entry(candidate.entry).kind;
        if kind == EntityType::Organization {
            return false;
        }
        let linked = |from: usize, to: usize| {
            self.text
                .get(from..to)
                .is_some_and(|gap| LINKS.contains(&gap.trim()))
        };
        // Candidates are sorted by start: a coordinated name starts within a name's length
        // before the candidate or right after it.
        const NEAR: usize = 512;
        let from = self
            .candidates
            .partition_point(|c| c.start + NEAR < candidate.start);
        let to = self
            .candidates
            .partition_point(|c| c.start <= candidate.end + NEAR);
        self.candidates[from..to].iter().any(|c| {
            !c.ambiguous
                && self.gazetteer.entry(c.entry).kind == kind
                && ((c.end <= candidate.start && linked(c.end, candidate.start))
                    || (c.start >= candidate.end && linked(candidate.end, c.start)))
        })
    }

    /// Whether the sentence also holds a plain (unambiguous) name of the same type.
    fn has_plain_peer(&self, candidate: &Candidate) -> bool {
        let kind = self.gazetteer.entry(candidate.entry).kind;
        let Some(sentence) = self
            .sentences
            .get(sentence_index(self.sentences, candidate.start))
        else {
            return false;
        };
        self.candidates.iter().any(|c| {
            !c.ambiguous
                && c.start >= sentence.start
                && c.end <= sentence.end
                && self.gazetteer.entry(c.entry).kind == kind
        })
    }
}

/// Whether a name describes a kind of national body that many countries have: it is written
/// in words, one of them a word for an office of state ("Department of Defense", "Defence
/// Ministry", "Space Agency").
fn is_generic_body_name(name: &str) -> bool {
    const OFFICES: &[&str] = &[
        "ministry",
        "department",
        "office",
        "council",
        "agency",
        "administration",
        "commission",
        "committee",
        "authority",
        "command",
        "force",
        "forces",
        "academy",
    ];
    name.split_whitespace()
        .any(|w| OFFICES.iter().any(|o| w.eq_ignore_ascii_case(o)))
}

/// Whether a name is written as the description of an office of state, which any country
/// may have: "Department of …", "Ministry of …", "Office of …".
fn describes_an_office(name: &str) -> bool {
    const OFFICES: &[&str] = &["department of ", "ministry of ", "office of "];
    OFFICES.iter().any(|o| {
        name.get(..o.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(o))
    })
}

/// Whether `start..end` is written in brackets right after one to three capitalised words that
/// open a line ("MOSCOW (Sputnik)", "New Delhi (Sputnik)"): a dateline's source. Only the 64
/// bytes before the bracket are read: such a place is shorter.
fn is_dateline_source(text: &str, start: usize, end: usize) -> bool {
    if !text[end..].starts_with(')') {
        return false;
    }
    let Some(before) = text[..start].strip_suffix('(') else {
        return false;
    };
    let mut from = before.len().saturating_sub(64);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    let place = match before[from..].rfind('\n') {
        Some(newline) => &before[from + newline + 1..],
        None if from == 0 => before,
        None => return false,
    };
    let words: Vec<&str> = place.split_whitespace().collect();
    place.ends_with(' ')
        && (1..=3).contains(&words.len())
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic))
}

/// Whether only white space, quotes or list markers stand between `at` and the previous
/// sentence end (or the start of the text).
fn starts_sentence(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '“' | '‘' | '«' | '\'' | '(' | '•' | '-' | '*')
    });
    before.is_empty() || before.ends_with(['.', '!', '?', ':', '\n'])
}

/// The entries a document names plainly (by a name that is not ambiguous), each once, with
/// its home country: what the support of an ambiguous reading counts, gathered once per
/// document.
pub(super) struct PlainlyNamed(Vec<(usize, Option<String>)>);

impl PlainlyNamed {
    /// The entries of the candidates that are not ambiguous.
    pub(super) fn of(gazetteer: &Entities<'_>, candidates: &[Candidate]) -> PlainlyNamed {
        let mut entries: Vec<usize> = candidates
            .iter()
            .filter(|c| !c.ambiguous)
            .map(|c| c.entry)
            .collect();
        entries.sort_unstable();
        entries.dedup();
        PlainlyNamed(
            entries
                .into_iter()
                .map(|entry| (entry, gazetteer.home_country(entry)))
                .collect(),
        )
    }

    /// Whether the document plainly names an entry other than `entry` whose home country is
    /// `home`, or that country itself.
    fn names_home_elsewhere(&self, home: &str, entry: usize) -> bool {
        self.0
            .iter()
            .any(|(other, other_home)| *other != entry && other_home.as_deref() == Some(home))
    }

    /// How strongly the rest of the document supports a reading: the number of plainly named
    /// entries related to it — the entry itself, the entities it is linked to (country, lead,
    /// parent, partners), and the bodies that share its home country.
    fn support(&self, gazetteer: &Entities<'_>, entry: usize) -> usize {
        let home = gazetteer.home_country(entry);
        self.0
            .iter()
            .filter(|(other, other_home)| {
                *other == entry
                    || gazetteer.linked(entry, *other)
                    || (home.is_some() && home == *other_home)
            })
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Gazetteer;
    use crate::resolve::tests::resolved;
    use crate::resolve::{resolve, Entities};
    use crate::text::normalize::NormText;
    use crate::text::segment::segment;

    #[test]
    fn each_way_of_choosing_gives_its_confidence_and_rule() {
        let cases = [
            (Choice::Defined, CERTAIN, "acronym defined in the document"),
            (Choice::Plain, CERTAIN, "type order"),
            (Choice::Supported, SUPPORTED, "supported by the document"),
            (Choice::Likely, LIKELY, "first reading"),
            (Choice::Unresolved, UNRESOLVED, "first reading"),
        ];
        for (choice, confidence, rule) in cases {
            assert_eq!(
                (choice.confidence(), choice.rule()),
                (confidence, rule),
                "{choice:?}"
            );
        }
    }

    #[test]
    fn ambiguous_names_resolve_from_context() {
        // The confidence of the mention written `surface`, when it resolves to `id`.
        let confidence = |text: &str, surface: &str, id: &str| {
            let gazetteer = Gazetteer::builtin().unwrap();
            let candidates = gazetteer.matcher().find(&NormText::new(text));
            let sentences = segment(text);
            let mut entities = Entities::new(&gazetteer);
            resolve(&mut entities, text, candidates, &sentences)
                .iter()
                .find(|m| &text[m.start..m.end] == surface && entities.entry(m.entry).id == id)
                .map(|m| m.confidence)
        };
        // In brackets after the place opening a dateline it is the news agency, no name;
        // elsewhere it keeps its reading.
        let text = "MOSCOW (Sputnik) - Russia and Chile signed an accord.";
        assert_eq!(confidence(text, "Sputnik", "mission:sputnik-1"), None);
        let text = "Russia launched the satellite (Sputnik) in 1957.";
        assert!(confidence(text, "Sputnik", "mission:sputnik-1").is_some());
        // An ambiguous country's possessive owns an ambiguous body of its own.
        let text = "Kenya signed with Turkey’s Turksat.";
        assert_eq!(
            confidence(text, "Turksat", "organization:turksat-company"),
            Some(SUPPORTED)
        );
        // Korea alone is ambiguous; a South Korean body named in the text decides it.
        let text = "KARI signed. Korea will build the orbiter.";
        assert_eq!(confidence(text, "Korea", "country:KR"), Some(SUPPORTED));
        // A list of plain country names makes an ambiguous one likely.
        let text = "Jordan, Egypt and Morocco signed.";
        assert_eq!(confidence(text, "Jordan", "country:JO"), Some(LIKELY));
        // Of several readings, the one of the type of the plain names around it.
        let text = "ESA, NASA, JAXA and CSA will build the station.";
        assert_eq!(confidence(text, "CSA", "agency:csa"), Some(LIKELY));
        // With a plain name of each reading's type, the one coordinated with it decides.
        let text = "CSA and JAXA work together in the United Nations.";
        assert_eq!(confidence(text, "CSA", "agency:csa"), Some(LIKELY));
        // Next to another capitalised word it is part of a longer name (a person's, a
        // place's), even when the document supports the reading: a US agency supports the US
        // company, not "the Red Planet". A word that is itself only an ambiguous name counts
        // as such a word ("the Swift Planet").
        let text = "Fans of Michael Jordan visited Egypt.";
        assert_eq!(confidence(text, "Jordan", "country:JO"), None);
        let text = "Fans of Jordan Smith visited Egypt.";
        assert_eq!(confidence(text, "Jordan", "country:JO"), None);
        let text = "NASA flew the probe to the Red Planet.";
        let planet = "organization:planet-labs";
        assert_eq!(confidence(text, "Planet", planet), None);
        let text = "NASA named Mercury the Swift Planet.";
        assert_eq!(confidence(text, "Planet", planet), None);
        assert_eq!(confidence(text, "Swift", "mission:swift"), None);
        // A name before a list's comma, ambiguous or not, is a name of its own.
        let text = "NASA signed a deal with Chad, Niger and Mali.";
        assert!(confidence(text, "Niger", "country:NE").is_some());
        // An acronym there is still a name.
        let text = "The CSA Director met NASA.";
        assert_eq!(confidence(text, "CSA", "agency:csa"), Some(LIKELY));
        let text = "NASA signed a deal with Planet.";
        assert_eq!(confidence(text, "Planet", planet), Some(SUPPORTED));
        // A country opening a sentence is the country; a company named by a word is not.
        let text = "Jordan signed the accord.";
        assert_eq!(confidence(text, "Jordan", "country:JO"), Some(LIKELY));
        let text = "Vast amounts of data arrived.";
        assert_eq!(
            confidence(text, "Vast", "organization:vast-space"),
            Some(UNRESOLVED)
        );
        // Nor is a word-named company after an article.
        let text = "The probe will watch the Amazon basin.";
        assert_eq!(
            confidence(text, "Amazon", "organization:amazon"),
            Some(UNRESOLVED)
        );
        // A common word at the start of a sentence is not a name.
        let text = "Hope is not a strategy.";
        let id = "mission:emirates-mars-mission";
        assert_eq!(confidence(text, "Hope", id), Some(UNRESOLVED));
        // The mission, named plainly elsewhere, supports its short name.
        let text = "The Emirates Mars Mission flew. Hope reached Mars.";
        assert_eq!(confidence(text, "Hope", id), Some(SUPPORTED));
        // A body's name many countries use is the one of the country written as its owner,
        // or no known body when that country has none in the gazetteer.
        let text = "Germany's Ministry of Defence met Airbus.";
        let german = "organization:bmvg";
        assert_eq!(
            confidence(text, "Ministry of Defence", german),
            Some(SUPPORTED)
        );
        for text in [
            "Chile's Ministry of Defence met Airbus.",
            "The Chilean Ministry of Defence met Airbus.",
            "The members are Kenya, Chile \u{2013} Ministry of Defence, and Peru.",
        ] {
            for id in [german, "organization:french-armed-forces-ministry"] {
                assert_eq!(confidence(text, "Ministry of Defence", id), None, "{text}");
            }
        }
        // The owner may also stand in brackets after the name, alone or after its short form.
        for text in [
            "ESA met the National Research Council (Canada).",
            "ESA met the National Research Council (NRC; Canada).",
        ] {
            let canadian = "organization:nrc-canada";
            let found = confidence(text, "National Research Council", canadian);
            assert_eq!(found, Some(SUPPORTED), "{text}");
        }
        // So is a name no other entry shares; a company's name stays its own.
        let text = "The Chilean Department of Defense met Airbus.";
        assert_eq!(
            confidence(text, "Department of Defense", "organization:us-dod"),
            None
        );
        // A name that describes an office of state, with nothing else of the listed body's
        // country in the document, is another country's office.
        let text = "Supported by the Kenya Space Agency, with the Department of Defence, the probe landed.";
        assert_eq!(
            confidence(text, "Department of Defence", "organization:us-dod"),
            None
        );
        let text = "NASA met the Department of Defense.";
        assert_eq!(
            confidence(text, "Department of Defense", "organization:us-dod"),
            Some(CERTAIN)
        );
        let text = "Italy's Thales Alenia Space met Airbus.";
        let company = "organization:thales-alenia-space";
        assert_eq!(
            confidence(text, "Thales Alenia Space", company),
            Some(CERTAIN)
        );
        // CSA is three bodies; a definition in the document decides.
        let text = "The Chinese Society of Astronautics (CSA) met. CSA hosted the forum.";
        assert_eq!(
            confidence(text, "CSA", "organization:csa-china"),
            Some(CERTAIN)
        );
    }

    #[test]
    fn ambiguous_names_of_the_issue() {
        let cases: &[(&str, &[&str])] = &[
            // A person's or a place's name is not the country.
            ("Fans of Chad Smith met in Paris.", &[]),
            ("The storm hit Atlanta, Georgia last week.", &[]),
            // After a comma, a subject with its verb opens a clause; the document supports
            // the country.
            (
                "Turkey met Peru. After the talks in Ankara, Turkey signed a deal.",
                &["country:TR", "country:PE", "country:TR"],
            ),
            // A place and its state before a verb, with no opening phrase to close.
            (
                "Georgia met Peru. Students from Savannah, Georgia worked on it.",
                &["country:GE", "country:PE"],
            ),
            (
                "Oil spills in the Niger Delta continue.",
                &["region:niger-delta"],
            ),
            // Europe is a region, never ESA; Mars is a planet, not a mission.
            (
                "Teams from Europe and Japan built the station.",
                &["region:europe", "country:JP"],
            ),
            ("The rover landed on Mars in 2021.", &[]),
            // Among other countries, the ambiguous names are countries.
            (
                "Turkey, Egypt and Niger signed.",
                &["country:TR", "country:EG", "country:NE"],
            ),
            // A mission's acronym written as a word names the mission before a mission's noun,
            // and is a person's name or a word elsewhere.
            (
                "NASA's Maven orbiter and the Juice spacecraft flew.",
                &["agency:nasa", "mission:maven", "mission:juice"],
            ),
            (
                "NASA flew the Maven mission.\n\nPeru joined.",
                &["agency:nasa", "mission:maven", "country:PE"],
            ),
            ("Grace and Lisa thanked NASA.", &["agency:nasa"]),
            (
                "Maven Satellite Partners and a Spot satellite messenger helped NASA.",
                &["agency:nasa"],
            ),
            // A satellite's code keeps matching in any case that starts with a capital.
            (
                "Kenya launched RwaSat-1 and Neonsat-1.",
                &["country:KE", "mission:rwasat-1", "mission:neonsat-1"],
            ),
            // Its other words too: "Topex" in "Topex-Poseidon".
            (
                "The Topex-Poseidon satellite flew.",
                &["mission:topex-poseidon"],
            ),
        ];
        for (text, want) in cases {
            let got: Vec<String> = resolved(text)
                .into_iter()
                .filter(|(_, id, _)| !id.starts_with("demonym"))
                .map(|(_, id, _)| id)
                .collect();
            let likely: Vec<String> = {
                let gazetteer = Gazetteer::builtin().unwrap();
                let candidates = gazetteer.matcher().find(&NormText::new(text));
                let mut entities = Entities::new(&gazetteer);
                resolve(&mut entities, text, candidates, &segment(text))
                    .into_iter()
                    .filter(|m| m.confidence >= LIKELY)
                    .map(|m| entities.entry(m.entry).id.clone())
                    .collect()
            };
            assert_eq!(likely, *want, "{text} (all: {got:?})");
        }
    }
}
