//! Stage 5, spans to entities: one entity per span. Acronyms defined in the document are
//! learned first ("UN Office of Outer Space Affairs (UNOOSA)", "ESA (European Space Agency)"),
//! then overlapping candidates are settled by one declared policy — **longest span first, then
//! an unambiguous name over an ambiguous one, then the type order** agency, organization,
//! mission, program, country, launch vehicle, site, instrument, region, demonym — and ambiguous
//! names are resolved from the rest of the document or reported with a low confidence.

use std::collections::{HashMap, HashSet};

use std::sync::LazyLock;

use regex::Regex;

use crate::gazetteer::{Candidate, EntityType, Entry, Gazetteer, Origin};
use crate::normalize::NormText;
use crate::segment::{is_list_separator, Sentence};

/// How a mention was matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatchKind {
    /// The entry's canonical name.
    Name,
    /// One of its aliases.
    Alias,
    /// An acronym alias.
    Acronym,
    /// An acronym the document itself defines for the entry.
    Definition,
    /// A nationality adjective: a weak mention of the country it refers to.
    Demonym,
}

impl MatchKind {
    /// The name used in the output.
    pub fn as_str(self) -> &'static str {
        match self {
            MatchKind::Name => "name",
            MatchKind::Alias => "alias",
            MatchKind::Acronym => "acronym",
            MatchKind::Definition => "definition",
            MatchKind::Demonym => "demonym",
        }
    }
}

/// Confidence of a name that is not ambiguous.
const CERTAIN: f64 = 1.0;
/// Confidence of an ambiguous name the document supports (defined, or named plainly elsewhere).
const SUPPORTED: f64 = 0.8;
/// Confidence of an ambiguous name with one reading, written the way names are (an acronym,
/// or capitalised inside a sentence).
const LIKELY: f64 = 0.6;
/// Confidence of a demonym as a mention of its country.
const DEMONYM: f64 = 0.5;
/// Confidence of an ambiguous name nothing in the document supports.
const UNRESOLVED: f64 = 0.3;

/// An entity mention: a span resolved to one gazetteer entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Index of the entry (for a demonym, the country it refers to).
    pub entry: usize,
    /// Raw start byte offset.
    pub start: usize,
    /// Raw end byte offset.
    pub end: usize,
    /// Index of the sentence it is in.
    pub sentence: usize,
    /// How it was matched.
    pub via: MatchKind,
    /// How sure the match is, 0–1.
    pub confidence: f64,
}

/// The entities one document can name: the gazetteer's entries, then the document-local ones
/// its own acronym definitions introduce ("the Mobile Asteroid Surface Scout (MASCOT)" when no
/// gazetteer knows it). Indices past the gazetteer's entries are local.
#[derive(Debug)]
pub struct Entities<'g> {
    gazetteer: &'g Gazetteer,
    local: Vec<Entry>,
}

impl<'g> Entities<'g> {
    /// The gazetteer's entries and no local ones yet.
    pub fn new(gazetteer: &'g Gazetteer) -> Entities<'g> {
        Entities {
            gazetteer,
            local: Vec::new(),
        }
    }

    /// The gazetteer behind the view.
    pub fn gazetteer(&self) -> &'g Gazetteer {
        self.gazetteer
    }

    /// The entry at an index (gazetteer or local).
    pub fn entry(&self, index: usize) -> &Entry {
        let shipped = self.gazetteer.entries().len();
        if index < shipped {
            self.gazetteer.entry(index)
        } else {
            &self.local[index - shipped]
        }
    }

    /// The index of the entry with this id (gazetteer or local).
    pub fn index_of(&self, id: &str) -> Option<usize> {
        let shipped = self.gazetteer.entries().len();
        self.gazetteer.index_of(id).or_else(|| {
            self.local
                .iter()
                .position(|e| e.id == id)
                .map(|i| shipped + i)
        })
    }

    fn add_local(&mut self, entry: Entry) -> usize {
        self.local.push(entry);
        self.gazetteer.entries().len() + self.local.len() - 1
    }
}

/// Resolves the matcher's candidates for one document into mentions, in text order.
pub fn resolve(
    entities: &mut Entities<'_>,
    text: &str,
    candidates: Vec<Candidate>,
    sentences: &[Sentence],
) -> Vec<Mention> {
    resolve_spans(entities, text, candidates, sentences, false).0
}

/// A candidate the policy set aside, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lost {
    /// The candidate's entry.
    pub entry: usize,
    /// Raw start byte offset.
    pub start: usize,
    /// Raw end byte offset.
    pub end: usize,
    /// The entry of the mention that won the overlapping span.
    pub winner: usize,
    /// The winning mention's span.
    pub winner_span: (usize, usize),
    /// Which rule of the policy decided: `longer span`, `unambiguous name`, `type order`,
    /// `earlier span`, `acronym defined in the document`, `supported by the document`, or
    /// `first reading`.
    pub rule: &'static str,
}

/// Like [`resolve`], and also lists every candidate that lost, with the rule that decided:
/// what `extract --explain` writes.
pub fn resolve_explained(
    entities: &mut Entities<'_>,
    text: &str,
    candidates: Vec<Candidate>,
    sentences: &[Sentence],
) -> (Vec<Mention>, Vec<Lost>) {
    resolve_spans(entities, text, candidates, sentences, true)
}

fn resolve_spans(
    entities: &mut Entities<'_>,
    text: &str,
    mut candidates: Vec<Candidate>,
    sentences: &[Sentence],
    explain: bool,
) -> (Vec<Mention>, Vec<Lost>) {
    learn_new_acronyms(entities, text, &mut candidates);
    let gazetteer: &Entities<'_> = entities;
    let definitions = acronym_definitions(gazetteer, text, &mut candidates);
    let plainly_named: HashSet<usize> = candidates
        .iter()
        .filter(|c| !c.ambiguous)
        .map(|c| c.entry)
        .collect();

    // Group the readings of each span.
    let mut spans: HashMap<(usize, usize), Vec<&Candidate>> = HashMap::new();
    for c in &candidates {
        spans.entry((c.start, c.end)).or_default().push(c);
    }
    let mut order: Vec<(usize, usize)> = spans.keys().copied().collect();
    order.sort_by_key(|&(s, e)| {
        let readings = &spans[&(s, e)];
        let all_ambiguous = readings.iter().all(|c| c.ambiguous);
        let best_type = readings
            .iter()
            .map(|c| gazetteer.entry(c.entry).kind.rank())
            .min();
        (std::cmp::Reverse(e - s), all_ambiguous, best_type, s)
    });

    let context = Context {
        gazetteer,
        text,
        definitions: &definitions,
        plainly_named: &plainly_named,
        candidates: &candidates,
        sentences,
    };
    let mut taken = vec![false; text.len()];
    let mut mentions: Vec<Mention> = Vec::new();
    let mut lost = Vec::new();
    for span in order {
        let (start, end) = span;
        if taken[start..end].iter().any(|&t| t) {
            if explain {
                let winner = mentions
                    .iter()
                    .find(|m: &&Mention| m.start < end && start < m.end)
                    .expect("a taken byte belongs to a mention");
                let loser_rank = spans[&span]
                    .iter()
                    .map(|c| gazetteer.entry(c.entry).kind.rank())
                    .min();
                let rule = if winner.end - winner.start > end - start {
                    "longer span"
                } else if spans[&span].iter().all(|c| c.ambiguous) {
                    "unambiguous name"
                } else if loser_rank > Some(gazetteer.entry(winner.entry).kind.rank()) {
                    "type order"
                } else {
                    "earlier span"
                };
                lost.extend(spans[&span].iter().map(|c| Lost {
                    entry: c.entry,
                    start,
                    end,
                    winner: winner.entry,
                    winner_span: (winner.start, winner.end),
                    rule,
                }));
            }
            continue;
        }
        let Some((candidate, confidence)) = context.choose(&spans[&span]) else {
            continue;
        };
        if explain {
            let rule = if confidence == CERTAIN && definitions.contains_key(&text[start..end]) {
                "acronym defined in the document"
            } else if confidence == CERTAIN {
                "type order"
            } else if confidence == SUPPORTED {
                "supported by the document"
            } else {
                "first reading"
            };
            lost.extend(
                spans[&span]
                    .iter()
                    .filter(|c| c.entry != candidate.entry)
                    .map(|c| Lost {
                        entry: c.entry,
                        start,
                        end,
                        winner: candidate.entry,
                        winner_span: (start, end),
                        rule,
                    }),
            );
        }
        taken[start..end].iter_mut().for_each(|t| *t = true);
        let entry = gazetteer.entry(candidate.entry);
        let (entry_index, via, confidence) = if entry.kind == EntityType::Demonym {
            let target = entry
                .attributes
                .get("refers")
                .and_then(|id| gazetteer.index_of(id))
                .unwrap_or(candidate.entry);
            (target, MatchKind::Demonym, confidence.min(DEMONYM))
        } else {
            let surface = &text[start..end];
            let learned = definitions.get(surface) == Some(&candidate.entry)
                && !entry.names().any(|a| a.text == surface);
            let via = if learned {
                MatchKind::Definition
            } else if candidate.canonical {
                MatchKind::Name
            } else if candidate.acronym {
                MatchKind::Acronym
            } else {
                MatchKind::Alias
            };
            (candidate.entry, via, confidence)
        };
        mentions.push(Mention {
            entry: entry_index,
            start,
            end,
            sentence: sentence_index(sentences, start),
            via,
            confidence,
        });
    }
    mentions.sort_by_key(|m| (m.start, m.end));
    promote_listed_demonyms(gazetteer, text, &mut mentions);
    let siblings = numbered_siblings(gazetteer, text, &mentions, sentences);
    if !siblings.is_empty() {
        mentions.extend(siblings);
        mentions.sort_by_key(|m| (m.start, m.end));
    }
    lost.sort_by_key(|l| (l.start, l.end, l.entry));
    (mentions, lost)
}

/// A numbered name followed by bare numbers ("Luna-25, -26 and -27"): each number names the
/// sibling with the same stem, when the gazetteer knows it.
fn numbered_siblings(
    gazetteer: &Entities<'_>,
    text: &str,
    mentions: &[Mention],
    sentences: &[Sentence],
) -> Vec<Mention> {
    static NEXT_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)([-\u{2010}\u{2013}]\d{1,3})\b")
            .expect("valid pattern")
    });
    let mut out = Vec::new();
    for m in mentions {
        let written = &text[m.start..m.end];
        let digits = written.len() - written.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        if digits == 0 {
            continue;
        }
        let number = &written[written.len() - digits..];
        // The stems of every name of the entry that ends in the same number ("Luna-",
        // "Luna ", "Lunar-" for Luna-25), so a misspelt mention still finds its siblings.
        let stems: Vec<String> = gazetteer
            .entry(m.entry)
            .names()
            .filter_map(|a| a.text.strip_suffix(number).map(str::to_string))
            .chain(std::iter::once(
                written[..written.len() - digits].to_string(),
            ))
            .filter(|stem| stem.ends_with(|c: char| !c.is_ascii_digit()))
            .collect();
        let mut at = m.end;
        while let Some(found) = NEXT_NUMBER.captures(&text[at..]) {
            let group = found.get(1).expect("group 1 matches");
            let (start, end) = (at + group.start(), at + group.end());
            let sibling_number = text[start..end].trim_start_matches(|c: char| !c.is_ascii_digit());
            let sibling = stems.iter().find_map(|stem| {
                let name = format!("{stem}{sibling_number}");
                gazetteer
                    .gazetteer()
                    .matcher()
                    .find(&NormText::new(&name))
                    .into_iter()
                    .find(|c| c.start == 0 && c.end == name.len() && !c.ambiguous)
            });
            let Some(sibling) = sibling else { break };
            out.push(Mention {
                entry: sibling.entry,
                start,
                end,
                sentence: sentence_index(sentences, start),
                via: MatchKind::Alias,
                confidence: m.confidence.min(SUPPORTED),
            });
            at = end;
        }
    }
    out
}

/// A nationality word standing as an item in a list of countries ("Argentina, Brazil,
/// Philippine, Russian Federation and Ukraine") is used as a noun: a mention of the country.
fn promote_listed_demonyms(gazetteer: &Entities<'_>, text: &str, mentions: &mut [Mention]) {
    let is_country = |m: &Mention| {
        m.via != MatchKind::Demonym && gazetteer.entry(m.entry).kind == EntityType::Country
    };
    for i in 1..mentions.len().saturating_sub(1) {
        let (before, current, after) = (&mentions[i - 1], &mentions[i], &mentions[i + 1]);
        let listed = current.via == MatchKind::Demonym
            && gazetteer.entry(current.entry).kind == EntityType::Country
            && is_country(before)
            && is_country(after)
            && text[before.end..current.start].contains(',')
            && is_list_separator(&text[before.end..current.start])
            && is_list_separator(&text[current.end..after.start]);
        if listed {
            mentions[i].via = MatchKind::Alias;
            mentions[i].confidence = LIKELY;
        }
    }
}

/// What the choice between readings may look at.
struct Context<'a> {
    gazetteer: &'a Entities<'a>,
    text: &'a str,
    definitions: &'a HashMap<String, usize>,
    plainly_named: &'a HashSet<usize>,
    candidates: &'a [Candidate],
    sentences: &'a [Sentence],
}

impl Context<'_> {
    /// Picks one reading of a span, with its confidence; `None` drops the span.
    fn choose<'c>(&self, readings: &[&'c Candidate]) -> Option<(&'c Candidate, f64)> {
        let (gazetteer, text) = (self.gazetteer, self.text);
        let surface = &text[readings[0].start..readings[0].end];
        if let Some(&defined) = self.definitions.get(surface) {
            if let Some(c) = readings.iter().find(|c| c.entry == defined) {
                return Some((c, CERTAIN));
            }
        }
        let by_type = |a: &&&Candidate, b: &&&Candidate| {
            let ka = gazetteer.entry(a.entry).kind.rank();
            let kb = gazetteer.entry(b.entry).kind.rank();
            ka.cmp(&kb).then(a.entry.cmp(&b.entry))
        };
        if let Some(plain) = readings.iter().filter(|c| !c.ambiguous).min_by(by_type) {
            return Some((plain, CERTAIN));
        }
        // Ambiguous: the reading the rest of the document supports best, if one does.
        let mut scored: Vec<(usize, &&Candidate)> = readings
            .iter()
            .map(|c| (support(gazetteer, c.entry, self.plainly_named), c))
            .collect();
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(by_type(&a.1, &b.1)));
        let (best_score, best) = scored[0];
        let runner_up = scored.get(1).map_or(0, |s| s.0);
        if best_score > runner_up {
            return Some((best, SUPPORTED));
        }
        // Nothing in the document decides. A single reading still counts when the writing
        // makes a name likely — an acronym, a capitalised word inside a sentence, or an item
        // among plain names of its type ("Jordan, Egypt and Morocco") — unless it stands next
        // to another capitalised word ("Michael Jordan", "Lake Chad", "Chad Smith").
        let likely = readings.len() == 1
            && !self.after_capitalised_word(best.start)
            && !self.before_capitalised_word(best.end)
            && (best.acronym || !starts_sentence(text, best.start) || self.has_plain_peer(best));
        Some((best, if likely { LIKELY } else { UNRESOLVED }))
    }

    /// Whether the span follows a capitalised word (or "Word, ") that is not itself a known
    /// name and does not start the sentence.
    fn after_capitalised_word(&self, at: usize) -> bool {
        let before = &self.text[..at];
        // "Michael Jordan", and "Atlanta, Georgia" (a place, then its state or country).
        let trimmed = before
            .strip_suffix(", ")
            .unwrap_or_else(|| before.trim_end_matches(' '));
        if trimmed.len() == before.len() {
            return false;
        }
        let word_start = trimmed
            .char_indices()
            .rev()
            .find(|(_, c)| !c.is_alphanumeric())
            .map_or(0, |(p, c)| p + c.len_utf8());
        let word = &trimmed[word_start..];
        word.starts_with(char::is_uppercase)
            && !starts_sentence(self.text, word_start)
            && !self
                .candidates
                .iter()
                .any(|c| c.start <= word_start && word_start < c.end)
    }

    /// Whether the span is followed, after one space, by a capitalised word that is not itself
    /// a known name.
    fn before_capitalised_word(&self, end: usize) -> bool {
        let Some(rest) = self.text[end..].strip_prefix(' ') else {
            return false;
        };
        let word_start = end + 1;
        rest.starts_with(char::is_uppercase)
            && !self
                .candidates
                .iter()
                .any(|c| c.start <= word_start && word_start < c.end)
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

/// Whether only white space, quotes or list markers stand between `at` and the previous
/// sentence end (or the start of the text).
fn starts_sentence(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '•' | '-' | '*')
    });
    before.is_empty() || before.ends_with(['.', '!', '?', ':', '\n'])
}

/// How strongly the rest of the document supports a reading: the number of plainly named
/// entries related to it — the entry itself, the entities it points to (country, lead, parent,
/// partners), and the bodies that share its home country or point to it.
fn support(gazetteer: &Entities<'_>, entry: usize, plainly_named: &HashSet<usize>) -> usize {
    let e = gazetteer.entry(entry);
    let home = home_country(gazetteer, entry);
    plainly_named
        .iter()
        .filter(|&&other| {
            if other == entry {
                return true;
            }
            let o = gazetteer.entry(other);
            let points_to = |from: &crate::gazetteer::Entry, to: &str| {
                ["lead", "parent", "partners", "refers", "program"]
                    .iter()
                    .any(|k| from.id_list(k).contains(&to))
            };
            points_to(e, &o.id)
                || points_to(o, &e.id)
                || (home.is_some() && home == home_country(gazetteer, other))
        })
        .count()
}

/// The country an entry belongs to: itself for a country, its `country` attribute otherwise.
fn home_country(gazetteer: &Entities<'_>, entry: usize) -> Option<String> {
    let e = gazetteer.entry(entry);
    match e.kind {
        EntityType::Country => Some(e.id.clone()),
        _ => e
            .attributes
            .get("country")
            .filter(|c| c.as_str() != "international")
            .map(|c| format!("country:{c}")),
    }
}

/// Connecting words allowed inside a name ("Institute of Space and Astronautical Science").
const NAME_CONNECTORS: &[&str] = &[
    "of", "for", "and", "on", "the", "de", "des", "du", "di", "y",
];

/// The type a name's last word gives a new entity, if it is telling.
fn type_of_head(head: &str) -> Option<EntityType> {
    let head = head.to_lowercase();
    let head = head.trim_end_matches('s');
    let kind = match head {
        "agency" => EntityType::Agency,
        "organization" | "organisation" | "institute" | "institution" | "university" | "center"
        | "centre" | "laboratory" | "council" | "commission" | "administration" | "corporation"
        | "company" | "society" | "academy" | "association" | "federation" | "office"
        | "foundation" | "union" | "consortium" | "authority" | "ministry" | "department" => {
            EntityType::Organization
        }
        "mission" | "probe" | "satellite" | "explorer" | "orbiter" | "lander" | "rover"
        | "scout" | "spacecraft" => EntityType::Mission,
        "program" | "programme" | "project" | "initiative" => EntityType::Program,
        _ => return None,
    };
    Some(kind)
}

/// Learns acronyms the document defines for names no gazetteer has — "the Lunar Dust Research
/// Institute (LDRI)" — as document-local entities typed by the name's last word, and adds a
/// candidate for the name and for every later use of the acronym.
fn learn_new_acronyms(entities: &mut Entities<'_>, text: &str, candidates: &mut Vec<Candidate>) {
    static DEFINITION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\(\s*(\p{Lu}[\p{Lu}\p{Ll}\d&-]{1,11})\s*\)").expect("valid pattern")
    });
    let mut added = Vec::new();
    for found in DEFINITION.captures_iter(text) {
        let acronym = found.get(1).expect("group 1 matches");
        let open = found.get(0).expect("group 0 matches").start();
        if acronym
            .as_str()
            .chars()
            .filter(|c| c.is_uppercase())
            .count()
            < 2
            || candidates
                .iter()
                .any(|c| c.start <= open && open <= c.end + 1)
            || candidates
                .iter()
                .any(|c| &text[c.start..c.end] == acronym.as_str())
        {
            continue;
        }
        let Some((name_start, name)) = name_before(text, open) else {
            continue;
        };
        let words: Vec<&str> = name.split_whitespace().collect();
        let initials: String = words
            .iter()
            .filter(|w| !NAME_CONNECTORS.contains(w))
            .filter_map(|w| w.chars().next())
            .collect();
        let letters: String = acronym
            .as_str()
            .chars()
            .filter(|c| c.is_alphabetic())
            .collect();
        let same_start = initials.chars().next().map(|c| c.to_ascii_uppercase())
            == letters.chars().next().map(|c| c.to_ascii_uppercase());
        let matched = letters
            .chars()
            .filter(|l| initials.to_uppercase().contains(l.to_ascii_uppercase()))
            .count();
        let Some(kind) = words.last().and_then(|w| type_of_head(w)) else {
            continue;
        };
        if !same_start || matched * 3 < letters.chars().count() * 2 {
            continue;
        }
        let id = format!(
            "{}:local-{}",
            kind.as_str(),
            acronym.as_str().to_lowercase()
        );
        if entities.index_of(&id).is_some()
            || candidates
                .iter()
                .any(|c| c.start < open && c.end > name_start)
        {
            continue;
        }
        let index = entities.add_local(Entry {
            id,
            kind,
            name: name.to_string(),
            name_ambiguous: false,
            aliases: vec![crate::gazetteer::Alias {
                text: acronym.as_str().to_string(),
                ambiguous: false,
            }],
            attributes: Default::default(),
            origin: Origin {
                file: "document".to_string(),
                line: 0,
            },
        });
        added.push(Candidate {
            entry: index,
            start: name_start,
            end: name_start + name.len(),
            ambiguous: false,
            acronym: false,
            canonical: true,
        });
        added.extend(
            whole_word_uses(text, acronym.as_str()).map(|(start, end)| Candidate {
                entry: index,
                start,
                end,
                ambiguous: false,
                acronym: true,
                canonical: false,
            }),
        );
    }
    candidates.extend(added);
    candidates.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end), c.entry));
}

/// Every use of `word` in `text` as a whole word, as byte ranges.
fn whole_word_uses<'t>(text: &'t str, word: &'t str) -> impl Iterator<Item = (usize, usize)> + 't {
    text.match_indices(word).filter_map(move |(at, _)| {
        let end = at + word.len();
        let bounded = !text[..at].ends_with(|ch: char| ch.is_alphanumeric())
            && !text[end..].starts_with(|ch: char| ch.is_alphanumeric());
        bounded.then_some((at, end))
    })
}

/// The capitalised name that ends right before byte `at` (white space allowed), with
/// connecting words inside it: its start and text.
fn name_before(text: &str, at: usize) -> Option<(usize, &str)> {
    let before = text[..at].trim_end();
    let mut start = before.len();
    let mut capitalised = 0usize;
    for word in before.rsplit(' ') {
        let word_start = start - word.len();
        let is_name = word.starts_with(|c: char| c.is_uppercase())
            && word.chars().all(|c| c.is_alphanumeric() || c == '-');
        if is_name {
            capitalised += 1;
        } else if !(NAME_CONNECTORS.contains(&word) && capitalised > 0) {
            break;
        }
        start = word_start.saturating_sub(1);
        if capitalised >= 8 {
            break;
        }
    }
    let name = before[start..].trim_start();
    let name_start = before.len() - name.len();
    // Drop connecting words and a sentence-initial article the walk took at the front.
    let mut trimmed = name;
    loop {
        let first = trimmed.split(' ').next().unwrap_or("");
        let droppable = NAME_CONNECTORS.contains(&first) || ["The", "A", "An"].contains(&first);
        if !droppable || first.len() == trimmed.len() {
            break;
        }
        trimmed = trimmed[first.len()..].trim_start();
    }
    let name_start = name_start + (name.len() - trimmed.len());
    let words = trimmed
        .split(' ')
        .filter(|w| !NAME_CONNECTORS.contains(w))
        .count();
    (words >= 2).then_some((name_start, trimmed))
}

/// Finds acronym definitions in both orders — `Long Name (ACR)` and `ACR (Long Name)` — where the
/// long name is a known entry. Returns acronym → entry, and adds candidates for every use of a
/// defined acronym the gazetteer did not already know for that entry.
fn acronym_definitions(
    gazetteer: &Entities<'_>,
    text: &str,
    candidates: &mut Vec<Candidate>,
) -> HashMap<String, usize> {
    let mut definitions = HashMap::new();
    for c in candidates.iter() {
        if gazetteer.entry(c.entry).kind == EntityType::Demonym {
            continue;
        }
        // Long Name (ACR)
        if !c.acronym {
            if let Some(acronym) = parenthesised(text, c.end).filter(|a| looks_like_acronym(a)) {
                definitions.entry(acronym.to_string()).or_insert(c.entry);
            }
        }
    }
    // ACR (Long Name): the parenthesis holds exactly a name of the entry.
    for c in candidates.iter().filter(|c| !c.acronym) {
        let open = text[..c.start].trim_end();
        if !open.ends_with('(') || !text[c.end..].trim_start().starts_with(')') {
            continue;
        }
        let head = open[..open.len() - 1].trim_end();
        let token_start = head
            .rfind(|ch: char| !(ch.is_alphanumeric() || ch == '.' || ch == '&'))
            .map_or(0, |p| p + 1);
        let token = &head[token_start..];
        if looks_like_acronym(token) {
            definitions.entry(token.to_string()).or_insert(c.entry);
        }
    }
    let known: HashSet<(usize, usize, usize)> = candidates
        .iter()
        .map(|c| (c.start, c.end, c.entry))
        .collect();
    let mut added = Vec::new();
    for (acronym, &entry) in &definitions {
        added.extend(
            whole_word_uses(text, acronym)
                .filter(|&(start, end)| !known.contains(&(start, end, entry)))
                .map(|(start, end)| Candidate {
                    entry,
                    start,
                    end,
                    ambiguous: false,
                    acronym: true,
                    canonical: false,
                }),
        );
    }
    candidates.extend(added);
    candidates.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end), c.entry));
    definitions
}

/// The text inside a parenthesis that opens right after `at` (white space allowed before it).
fn parenthesised(text: &str, at: usize) -> Option<&str> {
    let rest = text[at..].trim_start_matches([' ', '\u{a0}']);
    let inner = rest.strip_prefix('(')?;
    let close = inner.find(')')?;
    let inner = inner[..close].trim();
    (!inner.is_empty() && inner.len() <= 80).then_some(inner)
}

/// A short token of capitals (digits, dots and `&` allowed, a lowercase letter or two inside as
/// in "PhilSA" is not an acronym for this purpose).
fn looks_like_acronym(token: &str) -> bool {
    let letters = token.chars().filter(|c| c.is_alphabetic()).count();
    (2..=12).contains(&token.chars().count())
        && letters >= 2
        && token
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '.' | '&' | '-'))
}

/// Index of the sentence containing byte `at` (or the last one starting before it).
pub fn sentence_index(sentences: &[Sentence], at: usize) -> usize {
    sentences
        .partition_point(|s| s.start <= at)
        .saturating_sub(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    fn resolved(text: &str) -> Vec<(String, String, &'static str)> {
        let gazetteer = Gazetteer::builtin().expect("shipped gazetteer loads");
        let candidates = gazetteer.matcher().find(&NormText::new(text));
        let sentences = segment(text);
        let mut entities = Entities::new(&gazetteer);
        resolve(&mut entities, text, candidates, &sentences)
            .into_iter()
            .map(|m| {
                (
                    text[m.start..m.end].to_string(),
                    entities.entry(m.entry).id.clone(),
                    m.via.as_str(),
                )
            })
            .collect()
    }

    fn ids(text: &str) -> Vec<String> {
        resolved(text).into_iter().map(|(_, id, _)| id).collect()
    }

    #[test]
    fn longest_span_wins() {
        assert_eq!(
            ids("The China National Space Administration met."),
            ["agency:cnsa"]
        );
    }

    #[test]
    fn acronym_defined_in_document_is_learned_both_orders() {
        let text = "The Korea AeroSpace Administration (KASA) met. Later KASA signed.";
        let got = resolved(text);
        assert!(
            got.iter().filter(|m| m.1 == "agency:kasa").count() >= 2,
            "{got:?}"
        );
        let text = "ESA (European Space Agency) and NASA met.";
        assert_eq!(ids(text)[..2], ["agency:esa", "agency:esa"]);
    }

    #[test]
    fn ambiguous_acronym_resolved_by_definition() {
        let text = "The Canadian Space Agency (CSA) joined. CSA will fly a robot arm.";
        let got = ids(text);
        assert!(got.iter().all(|id| id == "agency:csa"), "{got:?}");
    }

    #[test]
    fn demonym_is_a_weak_mention_of_its_country() {
        let got = resolved("A Russian cosmonaut flew.");
        assert_eq!(got, [("Russian".into(), "country:RU".into(), "demonym")]);
    }

    #[test]
    fn demonym_listed_among_countries_is_a_country() {
        let got = resolved("Argentina, Brazil, Philippine, Russian Federation and Ukraine joined.");
        assert_eq!(got[2], ("Philippine".into(), "country:PH".into(), "alias"));
        let got = resolved("Chinese, Russian and American astronauts flew.");
        assert!(got.iter().all(|m| m.2 == "demonym"), "{got:?}");
    }

    #[test]
    fn elliptical_numbers_name_the_siblings() {
        let got = resolved("ESA left Luna-25, -26 and -27 last year.");
        let ids: Vec<&str> = got.iter().map(|m| m.1.as_str()).collect();
        assert_eq!(
            ids,
            [
                "agency:esa",
                "mission:luna-25",
                "mission:luna-26",
                "mission:luna-27"
            ]
        );
        assert_eq!(got[2].0, "-26");
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
        // Korea alone is ambiguous; a South Korean body named in the text decides it.
        let text = "KARI signed. Korea will build the orbiter.";
        assert_eq!(confidence(text, "Korea", "country:KR"), Some(SUPPORTED));
        // A list of plain country names makes an ambiguous one likely.
        let text = "Jordan, Egypt and Morocco signed.";
        assert_eq!(confidence(text, "Jordan", "country:JO"), Some(LIKELY));
        // After another capitalised word it is a person's name.
        let text = "Fans of Michael Jordan visited Egypt.";
        assert_eq!(confidence(text, "Jordan", "country:JO"), Some(UNRESOLVED));
        // A common word at the start of a sentence is not a name.
        let text = "Hope is not a strategy.";
        let id = "mission:emirates-mars-mission";
        assert_eq!(confidence(text, "Hope", id), Some(UNRESOLVED));
        // The mission, named plainly elsewhere, supports its short name.
        let text = "The Emirates Mars Mission flew. Hope reached Mars.";
        assert_eq!(confidence(text, "Hope", id), Some(SUPPORTED));
        // CSA is three bodies; a definition in the document decides.
        let text = "The Chinese Society of Astronautics (CSA) met. CSA hosted the forum.";
        assert_eq!(
            confidence(text, "CSA", "organization:csa-china"),
            Some(CERTAIN)
        );
    }

    #[test]
    fn explain_lists_the_losers_and_the_rule() {
        let gazetteer = Gazetteer::builtin().unwrap();
        let text = "The China National Space Administration met.";
        let candidates = gazetteer.matcher().find(&NormText::new(text));
        let mut entities = Entities::new(&gazetteer);
        let (mentions, lost) = resolve_explained(&mut entities, text, candidates, &segment(text));
        assert_eq!(mentions.len(), 1);
        let china = lost
            .iter()
            .find(|l| gazetteer.entry(l.entry).id == "country:CN")
            .expect("China lost");
        assert_eq!(china.rule, "longer span");
        assert_eq!(gazetteer.entry(china.winner).id, "agency:cnsa");
    }

    #[test]
    fn a_new_acronym_defines_a_local_entity() {
        let text =
            "The Lunar Dust Research Institute (LDRI) signed with ESA. Later LDRI joined JAXA.";
        let got = resolved(text);
        let local: Vec<(&str, &str)> = got
            .iter()
            .filter(|m| m.1.contains("local-"))
            .map(|m| (m.0.as_str(), m.1.as_str()))
            .collect();
        assert_eq!(
            local,
            [
                ("Lunar Dust Research Institute", "organization:local-ldri"),
                ("LDRI", "organization:local-ldri"),
                ("LDRI", "organization:local-ldri")
            ]
        );
        // Without a telling last word, or with initials that do not fit, nothing is learned.
        assert!(resolved("The Big Red Thing (BRT) moved.").is_empty());
        assert!(resolved("The Lunar Dust Research Institute (XYZ) met.").is_empty());
    }

    #[test]
    fn ambiguous_names_of_the_issue() {
        let cases: &[(&str, &[&str])] = &[
            // A person's or a place's name is not the country.
            ("Fans of Chad Smith met in Paris.", &[]),
            ("The storm hit Atlanta, Georgia last week.", &[]),
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

    #[test]
    fn possessive_and_curly_apostrophe() {
        assert_eq!(
            ids("NASA’s rover and China's probe"),
            ["agency:nasa", "country:CN"]
        );
    }
}
