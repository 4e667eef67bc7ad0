//! Stage 5, spans to entities: one entity per span. Acronyms defined in the document are
//! learned first ("Japan Aerospace Exploration Agency (JAXA)", "ESA (European Space Agency)"),
//! then overlapping candidates are settled by one declared policy — **longest span first, then
//! an unambiguous name over an ambiguous one, then the type order** agency, organization,
//! mission, program, country, launch vehicle, site, instrument, region, demonym — and ambiguous
//! names are resolved from the rest of the document or reported with a low confidence.

mod acronyms;
mod ambiguity;
mod lists;
mod named;

use std::collections::{HashMap, HashSet};

use crate::gazetteer::{Candidate, EntityType, Entry, Gazetteer};
use crate::text::segment::Sentence;

use acronyms::{acronym_definitions, learn_new_acronyms};
use ambiguity::Context;
use lists::{numbered_siblings, promote_listed_demonyms};
use named::{learn_pattern_names, qualified_short_forms};

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

    /// Adds another spelling to a local entry ("Centre" next to "Center").
    fn add_local_alias(&mut self, index: usize, alias: &str) {
        let shipped = self.gazetteer.entries().len();
        if let Some(entry) = index
            .checked_sub(shipped)
            .and_then(|i| self.local.get_mut(i))
        {
            if entry.name != alias && !entry.aliases.iter().any(|a| a.text == alias) {
                entry.aliases.push(crate::gazetteer::Alias {
                    text: alias.to_string(),
                    ambiguous: false,
                });
            }
        }
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
    learn_pattern_names(entities, text, sentences, &mut candidates);
    qualified_short_forms(entities, text, &mut candidates);
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

/// Index of the sentence containing byte `at` (or the last one starting before it).
pub fn sentence_index(sentences: &[Sentence], at: usize) -> usize {
    sentences
        .partition_point(|s| s.start <= at)
        .saturating_sub(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize::NormText;
    use crate::text::segment::segment;

    /// Resolves `text` with the shipped gazetteer: (surface, entity id, match kind) per mention.
    pub(super) fn resolved(text: &str) -> Vec<(String, String, &'static str)> {
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

    /// The entity ids `text` resolves to, in text order.
    pub(super) fn ids(text: &str) -> Vec<String> {
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
    fn demonym_is_a_weak_mention_of_its_country() {
        let got = resolved("A Russian cosmonaut flew.");
        assert_eq!(got, [("Russian".into(), "country:RU".into(), "demonym")]);
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
    fn south_pole_is_no_pole() {
        assert_eq!(
            ids("The rover will land near the lunar South Pole."),
            ["region:south-pole"]
        );
    }

    #[test]
    fn possessive_and_curly_apostrophe() {
        assert_eq!(
            ids("NASA’s rover and China's probe"),
            ["agency:nasa", "country:CN"]
        );
    }
}
