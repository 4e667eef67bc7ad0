//! Acronyms the document defines: for a known entry ("ESA (European Space Agency)"), which
//! settles what the acronym means wherever it is used, and for a name no gazetteer knows ("the
//! Lunar Dust Research Institute (LDRI)"), which becomes a document-local entity.

use std::sync::LazyLock;

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use regex::Regex;

use crate::gazetteer::{Candidate, EntityType, Entry, NamePatterns, NameWord, Origin};
use crate::text::normalize::NormText;

use super::{add_candidates, Entities};

/// Connecting words allowed inside a name ("Institute of Space and Astronautical Science").
const NAME_CONNECTORS: &[&str] = &[
    "of", "for", "and", "on", "the", "de", "des", "du", "di", "y",
];

/// The type a name's last word gives a new entity, if it is telling: a head word of
/// `gazetteers/name-patterns.tsv` ("Institute", "Programme", "Mission"). A name the document
/// defines an acronym for needs no domain word.
fn type_of_head(patterns: &NamePatterns, head: &str) -> Option<EntityType> {
    match patterns.head_type(head)? {
        NameWord::Head(kind) => Some(kind),
        NameWord::AgencyHead => Some(EntityType::Agency),
        _ => Some(EntityType::Organization),
    }
}

/// Learns acronyms the document defines for names no gazetteer has — "the Lunar Dust Research
/// Institute (LDRI)" — as document-local entities typed by the name's last word (or, in a name
/// qualified by "of" or "for", by the head word before it), and adds a
/// candidate for the name and for every later use of the acronym.
pub(super) fn learn_new_acronyms(
    entities: &mut Entities<'_>,
    text: &str,
    candidates: &mut Vec<Candidate>,
) {
    static DEFINITION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\(\s*(\p{Lu}[\p{Lu}\p{Ll}\d&-]{1,11})\s*\)").expect("valid pattern")
    });
    let patterns = entities.gazetteer().name_patterns();
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
                .any(|c| &text[c.start..c.end] == acronym.as_str())
        {
            continue;
        }
        let Some((before_start, before)) = name_before(text, open) else {
            continue;
        };
        let Some(name) = long_form_in(before, acronym.as_str(), patterns) else {
            continue;
        };
        let name_start = before_start + before.len() - name.len();
        // A known name that ends the long form and spells the acronym is what it defines;
        // one that does not is only part of a longer name ("the Nile Space Foundation
        // (NSF)"), as is any body's name inside it (not a place's or a programme's: "the
        // Artemis Accords Working Group (AAWG)" is the Accords' group).
        let inner = |c: &Candidate| {
            c.start >= name_start
                && c.end <= name_start + name.len()
                && !spells(&text[c.start..c.end], acronym.as_str())
                && matches!(
                    entities.entry(c.entry).kind,
                    EntityType::Agency | EntityType::Organization
                )
        };
        if candidates
            .iter()
            .any(|c| c.start < open && c.end > name_start && !inner(c))
        {
            continue;
        }
        let Some(kind) = name
            .split_whitespace()
            .next_back()
            .and_then(|w| type_of_head(patterns, w))
            .or_else(|| {
                qualified_head(name)
                    .filter(|_| a_word_per_letter(name, acronym.as_str()))
                    .and_then(|w| type_of_head(patterns, w))
            })
        else {
            continue;
        };
        let id = format!(
            "{}:local-{}",
            kind.as_str(),
            acronym.as_str().to_lowercase()
        );
        if entities.index_of(&id).is_some() {
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
        added.extend(whole_word_uses(text, acronym.as_str()).map(|span| acronym_use(index, span)));
    }
    add_candidates(candidates, added);
}

/// Whether a name has a word, connectors aside, for each letter of the acronym.
fn a_word_per_letter(name: &str, acronym: &str) -> bool {
    let words = name
        .split_whitespace()
        .filter(|w| !NAME_CONNECTORS.contains(w))
        .count();
    words >= acronym.chars().filter(|c| c.is_alphabetic()).count()
}

/// The head word of a name qualified by "of" or "for": the word right before the first of
/// them ("Institute" in "Beijing Institute of Space Mechanics and Electricity").
fn qualified_head(name: &str) -> Option<&str> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let at = words.iter().position(|w| ["of", "for"].contains(w))?;
    at.checked_sub(1).map(|head| words[head])
}

/// The long form an acronym defines among the capitalised words before its bracket: the
/// shortest end of them that spells it with a word for each letter (failing that, for each
/// letter but one), opening with a capitalised word that does not start sentences.
/// "Bangabandhu-1 for the Bangladesh Telecommunications Regulatory Commission (BTRC)" names
/// the commission, "Sweden Space Corporation (SSC)" is not "Space Corporation", and
/// "Industries" alone does not spell IAI.
fn long_form_in<'n>(name: &'n str, acronym: &str, patterns: &NamePatterns) -> Option<&'n str> {
    let letters = acronym.chars().filter(|c| c.is_alphabetic()).count();
    let ends = || {
        name.match_indices(' ')
            .map(|(at, _)| &name[at + 1..])
            .chain([name])
            .filter(|long_form| {
                let first = long_form.split(' ').next().unwrap_or_default();
                first.starts_with(char::is_uppercase)
                    && !patterns.is(first, NameWord::Starter)
                    && spells(long_form, acronym)
            })
    };
    let words = |long_form: &&str| {
        long_form
            .split_whitespace()
            .filter(|w| !NAME_CONNECTORS.contains(w))
            .count()
    };
    ends()
        .find(|long_form| a_word_per_letter(long_form, acronym))
        .or_else(|| ends().find(|long_form| words(long_form) + 1 >= letters))
}

/// Whether a name's initials spell an acronym: the same first letter, and two thirds of the
/// acronym's letters among the initials of the name's words (connectors aside).
fn spells(name: &str, acronym: &str) -> bool {
    let initials: String = name
        .split_whitespace()
        .filter(|w| !NAME_CONNECTORS.contains(w))
        .filter_map(|w| w.chars().next())
        .collect::<String>()
        .to_uppercase();
    let letters: Vec<char> = acronym
        .chars()
        .filter(|c| c.is_alphabetic())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let same_start = initials.chars().next() == letters.first().copied();
    let matched = letters.iter().filter(|l| initials.contains(**l)).count();
    same_start && matched * 3 >= letters.len() * 2
}

/// Settles what a listed acronym's definition in the document means for its entry.
///
/// A long form that shares no word with the entry's names is something else: "the
/// International Astronautical Congress (IAC)" is not the institute whose acronym is also IAC,
/// there or anywhere in the document, so that reading is dropped (only when no gazetteer name
/// covers the long form: a known long form settles the acronym in [`acronym_definitions`]).
/// So is a long form that names another country than the entry's ("the Technical University
/// of Moldova (TUM)" is not Munich's TUM). A long form that shares a word with them otherwise
/// is a name of the entry the gazetteer misses, a former or misspelt one ("Israel Aircraft
/// Industries (IAI)"): it becomes a candidate of the entry, so its words ("Israel") are not
/// read on their own.
pub(super) fn settle_known_acronyms(
    gazetteer: &Entities<'_>,
    text: &str,
    candidates: &mut Vec<Candidate>,
) {
    let patterns = gazetteer.gazetteer().name_patterns();
    let mut foreign: HashSet<(usize, &str)> = HashSet::new();
    let mut long_forms = Vec::new();
    for c in candidates.iter().filter(|c| c.acronym) {
        let acronym = &text[c.start..c.end];
        let open = text[..c.start].trim_end();
        if !open.ends_with('(') || !text[c.end..].trim_start().starts_with(')') {
            continue;
        }
        let open = open.len() - 1;
        if spelt_in_lowercase(&text[..open], acronym) {
            // "space situational awareness (SSA)": a long form in lowercase is no name.
            foreign.insert((c.entry, acronym));
            continue;
        }
        let Some((name_start, name)) = name_before(text, open) else {
            continue;
        };
        // "the China National Space Administration and the Pakistan Space … Commission
        // (SUPARCO)": the long form starts after another body's listed name, not inside it;
        // after an acronym only when a comma ends it, as in a list ("ASI, INFN, and the
        // National Institute of Astrophysics (INAF)").
        let name_end = name_start + name.len();
        let name_start = candidates
            .iter()
            .filter(|k| {
                k.entry != c.entry
                    && (!k.acronym || text[k.end..].starts_with(','))
                    && k.end > name_start
                    && k.end < name_end
                    && matches!(
                        gazetteer.entry(k.entry).kind,
                        EntityType::Agency | EntityType::Organization
                    )
            })
            .map(|k| k.end)
            .max()
            .unwrap_or(name_start);
        let name = &text[name_start..name_end];
        // A known name inside the long form settles it only if it is the entry's or spells
        // the acronym: "the Nile Space Foundation (NSF)" is no Space Foundation.
        let long_form_known = candidates.iter().any(|k| {
            k.start < name_end
                && k.end > name_start
                && !k.acronym
                && (k.entry == c.entry || spells(&text[k.start..k.end], acronym))
        });
        // The name may have taken a capitalised word before it ("At the International …").
        let Some(long_form) = long_form_in(name, acronym, patterns) else {
            continue;
        };
        let long_start = name_end - long_form.len();
        let long_end = name_end;
        let home = gazetteer.home_country(c.entry);
        let inside = |k: &&Candidate| k.start >= long_start && k.end <= long_end;
        // The countries the long form names. Another than the entry's makes another body,
        // whatever words it shares ("the Technical University of Moldova (TUM)" is not
        // Munich's TUM); the entry's own is a word it shares ("the Chinese Academy of Space
        // Technology (CAST)").
        let nations: Vec<String> = candidates
            .iter()
            .filter(inside)
            .filter_map(|k| gazetteer.nation_of(k.entry))
            .filter(|nation| nation.starts_with("country:"))
            .collect();
        let another_country = home.is_some() && nations.iter().any(|n| Some(n) != home.as_ref());
        let names_its_country = home.is_some() && nations.iter().any(|n| Some(n) == home.as_ref());
        let shares = names_its_country || shares_a_word(gazetteer.entry(c.entry), name, patterns);
        if another_country || !shares {
            if !long_form_known || another_country {
                foreign.insert((c.entry, acronym));
            }
        } else if !candidates.iter().any(|k| {
            (k.entry == c.entry && k.start <= long_start && k.end >= long_end)
                // "the Technical University of Madrid (TUM)": a long form that holds another
                // listed body's name is that body's, as the definition settles.
                || (k.entry != c.entry
                    && !k.acronym
                    && inside(&k)
                    && !is_place(gazetteer, k.entry)
                    && gazetteer.entry(k.entry).kind != EntityType::Demonym)
        }) {
            long_forms.push(Candidate {
                entry: c.entry,
                start: long_start,
                end: long_end,
                ambiguous: false,
                acronym: false,
                canonical: false,
            });
        }
    }
    if !foreign.is_empty() {
        candidates.retain(|c| !foreign.contains(&(c.entry, &text[c.start..c.end])));
    }
    add_candidates(candidates, long_forms);
}

/// A name written with an acronym inside it — "the United Arab Emirates (UAE) Space Agency" —
/// is the entry the name is without the bracket: a candidate over the whole, so that its first
/// words are not read as the country alone. Up to four capitalised words (connecting words
/// inside) after the bracket are tried, the longest first.
pub(super) fn names_around_acronyms(
    gazetteer: &Entities<'_>,
    text: &str,
    candidates: &mut Vec<Candidate>,
) {
    let matcher = gazetteer.gazetteer().matcher();
    let mut whole = Vec::new();
    for c in candidates.iter().filter(|c| !c.acronym) {
        let Some(acronym) = parenthesised(text, c.end).filter(|a| looks_like_acronym(a)) else {
            continue;
        };
        let acronym_end = acronym.as_ptr() as usize - text.as_ptr() as usize + acronym.len();
        let Some(close) = text[acronym_end..].find(')') else {
            continue;
        };
        let tail_start = acronym_end + close + 1;
        let tail_ends = capitalised_word_ends(text, tail_start);
        let head = &text[c.start..c.end];
        let found = tail_ends.iter().rev().find_map(|&tail_end| {
            let tail = text[tail_start..tail_end].trim_start();
            let joined = format!("{head} {tail}");
            matcher
                .find(&NormText::new(&joined))
                .into_iter()
                .find(|k| k.start == 0 && k.end == joined.len())
                .map(|k| (k, tail_end))
        });
        if let Some((k, end)) = found {
            whole.push(Candidate {
                start: c.start,
                end,
                ..k
            });
        }
    }
    add_candidates(candidates, whole);
}

/// Where each of the first four capitalised words after byte `at` ends (connecting words may
/// stand between them, not before the first); none when a word of another kind comes first.
fn capitalised_word_ends(text: &str, at: usize) -> Vec<usize> {
    let mut ends = Vec::new();
    let mut pos = at;
    for word in text[at..].split(' ') {
        let start = pos;
        pos += word.len() + 1;
        if word.is_empty() {
            if start == at {
                continue;
            }
            break;
        }
        let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        if bare.starts_with(char::is_uppercase) && bare.chars().all(char::is_alphanumeric) {
            ends.push(start + bare.len());
        } else if ends.is_empty() || !NAME_CONNECTORS.contains(&bare) {
            break;
        }
        if bare.len() != word.len() || ends.len() == 4 {
            break;
        }
    }
    ends
}

/// Whether the words right before an acronym's bracket are in lowercase and spell it, one
/// word per letter ("space situational awareness (SSA)").
fn spelt_in_lowercase(before: &str, acronym: &str) -> bool {
    let letters: Vec<char> = acronym.chars().filter(|c| c.is_alphabetic()).collect();
    let words: Vec<&str> = before
        .split_whitespace()
        .rev()
        .take(letters.len())
        .collect();
    words.len() == letters.len()
        && words.iter().rev().zip(&letters).all(|(word, letter)| {
            let mut chars = word.chars();
            chars
                .next()
                .is_some_and(|first| first.is_lowercase() && first.eq_ignore_ascii_case(letter))
                && chars.all(char::is_alphabetic)
        })
}

/// Whether a long form shares a word of four letters or more with the entry's name or aliases,
/// as a misspelt or translated name of it does ("Agency Spaziale Italiana (ASI)"). The words
/// of the name patterns ("Space", "Agency", "Research") are in too many names to tell:
/// "Space Situational Awareness (SSA)" is not the Saudi Space Agency.
fn shares_a_word(entry: &Entry, long_form: &str, patterns: &NamePatterns) -> bool {
    let names: Vec<String> = std::iter::once(entry.name.as_str())
        .chain(entry.aliases.iter().map(|a| a.text.as_str()))
        .map(str::to_lowercase)
        .collect();
    long_form
        .split_whitespace()
        .filter(|w| w.chars().count() >= 4 && !patterns.is_listed(w))
        .map(str::to_lowercase)
        .any(|w| {
            names
                .iter()
                .any(|name| name.split_whitespace().any(|n| n == w))
        })
}

/// A candidate for one use of an acronym the document defined.
fn acronym_use(entry: usize, (start, end): (usize, usize)) -> Candidate {
    Candidate {
        entry,
        start,
        end,
        ambiguous: false,
        acronym: true,
        canonical: false,
    }
}

/// Every use of `word` in `text` as a whole word, as byte ranges.
fn whole_word_uses<'t>(text: &'t str, word: &'t str) -> impl Iterator<Item = (usize, usize)> + 't {
    // A vectorised search: every acronym a document defines is looked for in all of it.
    memchr::memmem::find_iter(text.as_bytes(), word.as_bytes()).filter_map(move |at| {
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
        // "Assembly, Integration and Testing (AIT)": a comma may end a word of a list.
        let listed = word.strip_suffix(',').unwrap_or(word);
        let is_name = listed.starts_with(|c: char| c.is_uppercase())
            && listed.chars().all(|c| c.is_alphanumeric() || c == '-');
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
pub(super) fn acronym_definitions(
    gazetteer: &Entities<'_>,
    text: &str,
    candidates: &mut Vec<Candidate>,
) -> HashMap<String, usize> {
    let mut definitions = HashMap::new();
    // Long names that the listed acronym after them names instead of their ambiguous reading.
    let mut long_forms = Vec::new();
    for c in candidates.iter() {
        if gazetteer.entry(c.entry).kind == EntityType::Demonym {
            continue;
        }
        // Long Name (ACR); a place defines only what spells it: the dateline "Paris, France
        // (ESA)" names the source, while "United States (US)" defines.
        if !c.acronym {
            if let Some(acronym) = parenthesised(text, c.end).filter(|a| looks_like_acronym(a)) {
                // "the National Space Research Institute (INPE)": an ambiguous reading of the
                // long name ("Space Research Institute", IKI's) defines no acronym that the
                // gazetteer lists plainly for another entry; the whole long name is then that
                // entry's.
                let at = acronym.as_ptr() as usize - text.as_ptr() as usize;
                let listed_for_another = candidates
                    .iter()
                    .find(|o| o.start == at && o.entry != c.entry && !o.ambiguous);
                if let (true, Some(listed)) = (c.ambiguous, listed_for_another) {
                    long_forms.push(Candidate {
                        entry: listed.entry,
                        start: capitalised_words_before(text, c.start, candidates),
                        end: c.end,
                        ambiguous: false,
                        acronym: false,
                        canonical: false,
                    });
                } else if !is_place(gazetteer, c.entry) || spells(&text[c.start..c.end], acronym) {
                    definitions.entry(acronym.to_string()).or_insert(c.entry);
                }
            }
        }
    }
    // ACR (Long Name): the parenthesis holds exactly a name of the entry. A country or region
    // there defines the acronym only when the acronym spells it: "GFZ (Germany)" and
    // "ESA (Europe)" gloss a body with its home.
    for c in candidates.iter().filter(|c| !c.acronym) {
        let open = text[..c.start].trim_end();
        if !open.ends_with('(') || !text[c.end..].trim_start().starts_with(')') {
            continue;
        }
        let head = open[..open.len() - 1].trim_end();
        let token_start = head
            .char_indices()
            .rev()
            .find(|&(_, ch)| !(ch.is_alphanumeric() || ch == '.' || ch == '&'))
            .map_or(0, |(p, ch)| p + ch.len_utf8());
        let token = &head[token_start..];
        let glosses_a_home = is_place(gazetteer, c.entry) && !spells(&text[c.start..c.end], token);
        if looks_like_acronym(token) && !glosses_a_home {
            definitions.entry(token.to_string()).or_insert(c.entry);
        }
    }
    candidates.extend(long_forms);
    let short_names = defined_short_names(gazetteer, text, candidates);
    let known: HashSet<(usize, usize, usize)> = candidates
        .iter()
        .map(|c| (c.start, c.end, c.entry))
        .collect();
    let mut added = Vec::new();
    for (acronym, &entry) in &definitions {
        added.extend(
            whole_word_uses(text, acronym)
                .filter(|&(start, end)| !known.contains(&(start, end, entry)))
                .map(|span| acronym_use(entry, span)),
        );
    }
    for (term, entry, definition_end) in short_names {
        added.extend(
            whole_word_uses(text, term)
                .filter(|&(start, end)| {
                    start > definition_end && after_the(text, start) && !name_goes_on(text, end)
                })
                .map(|(start, end)| Candidate {
                    entry,
                    start,
                    end,
                    ambiguous: false,
                    acronym: false,
                    canonical: false,
                }),
        );
        definitions.entry(term.to_string()).or_insert(entry);
    }
    add_candidates(candidates, added);
    definitions
}

/// Short names a document defines in a bracket after a body's name, as press releases and
/// agreements do — "the Australian Space Agency (the Agency)", `the Institute of Lunar Studies
/// ("the Institute")`, "(hereinafter referred to as the Ministry)": each is the term, its body
/// and where the definition ends. Every later "the Agency" names that body. A plural term
/// ("the Parties") names several and is left alone, and so is a term that is itself a name.
fn defined_short_names<'t>(
    gazetteer: &Entities<'_>,
    text: &'t str,
    candidates: &[Candidate],
) -> Vec<(&'t str, usize, usize)> {
    // Each term with its body, or none once a second body defines it too.
    let mut terms: Vec<(&str, Option<usize>, usize)> = Vec::new();
    for c in candidates {
        let Some(inner) = parenthesised(text, c.end) else {
            continue;
        };
        // The longest name before the bracket is the one defined ("the European Space Agency
        // (the Agency)", not a shorter name inside it).
        let inside_a_longer = candidates
            .iter()
            .any(|k| k.end == c.end && k.start < c.start);
        if inside_a_longer || gazetteer.entry(c.entry).kind == EntityType::Demonym {
            continue;
        }
        let inner_start = inner.as_ptr() as usize - text.as_ptr() as usize;
        let inner_end = inner_start + inner.len();
        let named_inside = candidates
            .iter()
            .any(|k| k.start >= inner_start && k.end <= inner_end);
        let Some(term) = short_name_in(inner).filter(|_| !named_inside) else {
            continue;
        };
        // A term defined twice, for two bodies, names neither.
        match terms.iter_mut().find(|(t, _, _)| *t == term) {
            Some((_, body, _)) if *body != Some(c.entry) => *body = None,
            Some(_) => {}
            None => terms.push((term, Some(c.entry), inner_end)),
        }
    }
    terms
        .into_iter()
        .filter_map(|(term, body, end)| Some((term, body?, end)))
        .collect()
}

/// The defined term inside a bracket's text, without its article and quotes: one or two
/// capitalised words of letters after "the" ("the Agency", "“the Space Centre”"), "hereinafter"
/// and "referred to as" allowed before it.
fn short_name_in(inner: &str) -> Option<&str> {
    const QUOTES: &[char] = &['"', '“', '”', '\'', '‘', '’'];
    let inner = inner
        .strip_prefix("hereinafter")
        .map_or(inner, |rest| rest.trim_start_matches([',', ' ']));
    let inner = inner.strip_prefix("referred to as ").unwrap_or(inner);
    let inner = inner.trim_matches(QUOTES);
    let term = inner.strip_prefix("the ")?.trim_matches(QUOTES);
    let words: Vec<&str> = term.split(' ').collect();
    let capitalised = |word: &&str| {
        let mut chars = word.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase)
    };
    let plural = term.ends_with('s') && !term.ends_with("ss");
    (words.len() <= 2 && words.iter().all(capitalised) && !plural).then_some(term)
}

/// Whether a capitalised name goes on after byte `at`, with a capitalised word or "of" or
/// "for" and one ("the Government of Japan", "the Agency for International Development"):
/// the defined term opens a longer name there.
fn name_goes_on(text: &str, at: usize) -> bool {
    let rest = text[at..].trim_start_matches([' ', '\u{a0}']);
    if rest.len() == text.len() - at {
        return false;
    }
    let rest = ["of ", "for "]
        .iter()
        .find_map(|connector| rest.strip_prefix(connector))
        .unwrap_or(rest);
    rest.starts_with(char::is_uppercase)
}

/// Whether the word at byte `at` follows the article "the" ("the Agency", "The Agency").
fn after_the(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches([' ', '\u{a0}']);
    before.len() < at
        && (before.ends_with("the") || before.ends_with("The"))
        && !before[..before.len() - 3].ends_with(|ch: char| ch.is_alphanumeric())
}

/// Where the capitalised words right before byte `at` start ("National" before "Space
/// Research Institute"): words of letters only, no other name's, with nothing else between.
fn capitalised_words_before(text: &str, at: usize, candidates: &[Candidate]) -> usize {
    let mut start = at;
    while let Some(before) = text[..start].strip_suffix(' ') {
        let word_start = before.rfind(|c: char| !c.is_alphabetic()).map_or(0, |p| {
            p + before[p..].chars().next().map_or(1, char::len_utf8)
        });
        let word = &before[word_start..];
        let named = candidates
            .iter()
            .any(|c| c.start <= word_start && word_start < c.end);
        if !word.starts_with(char::is_uppercase) || named || word_start == before.len() {
            break;
        }
        start = word_start;
    }
    start
}

/// Whether an entry is a country or a region.
fn is_place(gazetteer: &Entities<'_>, entry: usize) -> bool {
    matches!(
        gazetteer.entry(entry).kind,
        EntityType::Country | EntityType::Region
    )
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

#[cfg(test)]
mod tests {
    use crate::resolve::tests::{ids, resolved};

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
        // A body's home country after its acronym defines nothing.
        let text = "NASA (US) and GFZ (Germany) met.";
        assert_eq!(
            ids(text),
            [
                "agency:nasa",
                "country:US",
                "organization:gfz",
                "country:DE"
            ]
        );
        // Nor does its home region: the agency stays itself.
        let text = "The partners are NASA (United States) and ESA (Europe).";
        assert!(
            ids(text).contains(&"agency:esa".to_string()),
            "{:?}",
            ids(text)
        );
        // A dateline's source after its place defines nothing either.
        let text = "Lima, Peru (ESA) May 2, 2008\n\nESA and Chile signed a deal.";
        assert_eq!(
            ids(text),
            ["country:PE", "agency:esa", "agency:esa", "country:CL"]
        );
        let text = "The United States (US) and Chile met. The US signed.";
        assert_eq!(
            ids(text),
            ["country:US", "country:US", "country:CL", "country:US"]
        );
    }

    #[test]
    fn a_name_in_brackets_after_a_curly_possessive_is_no_acronym_and_no_panic() {
        // The word before the bracket ends in a typographic apostrophe, three bytes long.
        let text = "Under the deal, the Kenya Space Agency’s (KSA) team and the Japan Space Agency’s (JAXA) will work with Peru’s (Peru) staff.";
        let got = ids(text);
        assert!(got.contains(&"agency:jaxa".to_string()), "{got:?}");
        assert!(got.contains(&"country:PE".to_string()), "{got:?}");
    }

    #[test]
    fn ambiguous_acronym_resolved_by_definition() {
        let text = "The Canadian Space Agency (CSA) joined. CSA will fly a robot arm.";
        let got = ids(text);
        assert!(got.iter().all(|id| id == "agency:csa"), "{got:?}");
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
        // A known name inside a longer one that spells the acronym is only part of it, and so
        // are the words before the name the acronym spells.
        let text = "The Nile Space Foundation (NSF) met Peru. NSF signed.";
        assert_eq!(resolved(text)[0].0, "Nile Space Foundation");
        assert_eq!(resolved(text)[0].1, "organization:local-nsf");
        // A programme's name inside the long form keeps it from being learned.
        let text = "Under the Artemis Accords Working Group (AAWG), Kenya and Peru met.";
        assert!(resolved(text).iter().all(|m| !m.1.contains("local-")));
        let text = "Kenya built Zorva-1 for the Lunar Dust Research Council (LDRC).";
        assert_eq!(resolved(text)[1].0, "Lunar Dust Research Council");
        // The entry's own country in the long form is a word it shares.
        let text = "The Chinese Academy of Space Technology (CAST) met Peru.";
        assert_eq!(
            ids(text),
            ["organization:cast", "organization:cast", "country:PE"]
        );
        // A name qualified by "of" takes its type from the head word before "of" when its
        // last word tells none and it has a word for each letter.
        let text = "The Zorva Institute of Dust Optics and Electricity (ZIDOE) met Peru.";
        assert_eq!(
            resolved(text)[0],
            (
                "Zorva Institute of Dust Optics and Electricity".into(),
                "organization:local-zidoe".into(),
                "name"
            )
        );
        let text = "The Catholic University of the Hills (UCH) met Peru.";
        assert_ne!(resolved(text)[0].1, "organization:local-uch");
        // Without a telling last word nothing is learned. With initials that do not fit, the
        // institute is still a name by its shape (see `named`), and like any known name it
        // takes the bracketed acronym after it.
        assert!(resolved("The Big Red Thing (BRT) moved.").is_empty());
        let got = resolved("The Lunar Dust Research Institute (XYZ) met.");
        let id = "organization:local-lunar-dust-research-institute";
        assert_eq!(
            got,
            [
                ("Lunar Dust Research Institute".into(), id.into(), "name"),
                ("XYZ".into(), id.into(), "definition"),
            ]
        );
    }

    #[test]
    fn an_acronym_the_document_defines_as_something_else_is_not_the_gazetteer_one() {
        // IAC is also the Instituto de Astrofísica de Canarias in the gazetteer.
        let text =
            "At the International Astronautical Congress (IAC), NASA met ESA. The IAC ended.";
        assert_eq!(ids(text), ["agency:nasa", "agency:esa"]);
        // Defined as itself, even misspelt, the acronym keeps its reading (and the misspelt
        // long form is the agency too).
        let text = "The Agency Spaziale Italiana (ASI) met NASA. ASI signed.";
        assert_eq!(
            ids(text),
            ["agency:asi", "agency:asi", "agency:nasa", "agency:asi"]
        );
        let text = "The Instituto de Astrofisica de Canarias (IAC) met ESA. The IAC ended.";
        assert!(ids(text).contains(&"organization:iac-spain".to_string()));
        // A word every space name has ("Space") does not make the long form the entry's.
        let text = "The Space Situational Awareness (SSA) pact links NASA and ESA. SSA grew.";
        assert_eq!(ids(text), ["agency:nasa", "agency:esa"]);
        // So is a long form in lowercase, one word per letter.
        let text = "NASA and ESA share space situational awareness (SSA) data. SSA grew.";
        assert_eq!(ids(text), ["agency:nasa", "agency:esa"]);
        // A long form may be a list, its words ended by commas (AIT is also the Asian
        // Institute of Technology in the gazetteer).
        let text = "NASA built it in the Assembly, Integration and Testing (AIT) hall.";
        assert_eq!(ids(text), ["agency:nasa"]);
    }

    #[test]
    fn a_long_form_the_gazetteer_misses_is_its_acronyms_entry() {
        // A former name spelling a listed acronym, with a word of the entry's names: the whole
        // long form is the entry, and its first word is not the country.
        let text = "Israel Aircraft Industries (IAI) built the bus for Peru.";
        assert_eq!(
            ids(text),
            ["organization:iai", "organization:iai", "country:PE"]
        );
        let text = "The Japanese Aerospace Space Agency (JAXA) helped Peru.";
        assert_eq!(ids(text), ["agency:jaxa", "agency:jaxa", "country:PE"]);
        // A long form that names another country is another body, the document's own.
        let text = "The Technical University of Mali (TUM) met Peru. TUM signed.";
        let found: Vec<String> = resolved(text).into_iter().map(|(_, id, _)| id).collect();
        assert!(
            !found.contains(&"organization:tum".to_string()),
            "{found:?}"
        );
        assert!(found.contains(&"country:PE".to_string()));
        // A long form holding another listed body's name is that body's.
        let text = "The Technical University of Madrid (TUM) met Peru.";
        assert_eq!(ids(text)[0], "organization:upm");
        // A region's word is no other country.
        let text = "The European Space Technology Engineering Centre (ESTEC) hosted Peru.";
        assert_eq!(ids(text)[0], "organization:estec");
        // Nor is a word that starts sentences: the long form is the name itself.
        let text = "At the Asian Institute of Technology (AIT) meeting, Peru spoke.";
        assert_eq!(resolved(text)[0].0, "Asian Institute of Technology");
        // A title before the name is not part of it.
        let text = "Head of the Israel Space Agency (ISA) Uri Oron spoke.";
        assert_eq!(resolved(text)[0].0, "Israel Space Agency");
        // Nor is another body's name before it: the long form starts after that name.
        let text = "Peru thanked the China National Space Administration and the Pakistan Space \
                    and Upper Atmosphere Research Commission (SUPARCO) for the data.";
        assert_eq!(
            ids(text),
            [
                "country:PE",
                "agency:cnsa",
                "agency:suparco",
                "agency:suparco"
            ]
        );
        // Nor is a listed acronym that a comma ends, as an item of a list before it.
        let text = "Peru thanked ASI, INFN, and the National Institute of Astrophysics (INAF).";
        assert_eq!(
            ids(text),
            [
                "country:PE",
                "agency:asi",
                "organization:infn",
                "organization:inaf",
                "organization:inaf"
            ]
        );
    }

    #[test]
    fn a_name_written_around_its_acronym_is_the_whole_name() {
        let text = "Peru signed a pact with the United Arab Emirates (UAE) Space Agency.";
        assert_eq!(ids(text), ["country:PE", "agency:uaesa"]);
        // Not a name that goes on after a connecting word: "of Nigeria" stays a country.
        let text = "Peru met the Kenya Space Agency (KSA) of Kenya.";
        assert_eq!(
            ids(text),
            [
                "country:PE",
                "agency:ksa-kenya",
                "agency:ksa-kenya",
                "country:KE"
            ]
        );
    }

    #[test]
    fn an_ambiguous_long_name_defines_no_acronym_listed_for_another_body() {
        // "Space Research Institute" is an ambiguous name of IKI; INPE is listed for Brazil's
        // institute, and so is the whole long name before it.
        let text = "Brazil's National Space Research Institute (INPE) built it. INPE said so.";
        assert_eq!(
            ids(text),
            [
                "country:BR",
                "organization:inpe",
                "organization:inpe",
                "organization:inpe"
            ]
        );
        let got = resolved(text);
        assert_eq!(got[1].0, "National Space Research Institute", "{got:?}");
        // The long name takes only the capitalised words right before it.
        let text = "NASA and the National Space Research Institute (INPE) met.";
        assert_eq!(
            ids(text),
            ["agency:nasa", "organization:inpe", "organization:inpe"]
        );
    }

    #[test]
    fn a_short_name_defined_in_a_bracket_names_its_body_after_the_article() {
        let text = "The Philippine Space Agency (the Agency) met JAXA. \
                    JAXA and the Agency agreed. The Agency signed.";
        assert_eq!(
            ids(text),
            [
                "agency:philsa",
                "agency:jaxa",
                "agency:jaxa",
                "agency:philsa",
                "agency:philsa"
            ]
        );
        // Quotes and "hereinafter" are allowed; without the article the word is no name.
        let text = "NASA (hereinafter \"the Agency\") met ESA. The Agency and ESA agreed. \
                    Agency staff left.";
        assert_eq!(
            ids(text),
            ["agency:nasa", "agency:esa", "agency:nasa", "agency:esa"]
        );
        // A plural term names several bodies, and a term defined for two bodies names neither.
        let text = "NASA and ESA (the Parties) met. The Parties agreed.";
        assert_eq!(ids(text), ["agency:nasa", "agency:esa"]);
        let text = "NASA (the Agency) met ESA (the Agency). The Agency agreed.";
        assert_eq!(ids(text), ["agency:nasa", "agency:esa"]);
        // The term opening a longer name is that name's first word.
        let text = "NASA (the Agency) met ESA. The Agency for Lunar Research and the Agency \
                    Board agreed.";
        assert_eq!(
            ids(text),
            [
                "agency:nasa",
                "agency:esa",
                "organization:local-agency-for-lunar-research"
            ]
        );
    }

    #[test]
    fn an_ambiguous_acronym_that_opens_mission_names_is_their_series() {
        // SAC is also India's Space Applications Centre in the gazetteer.
        let text = "SAC-B and SAC-C flew for CONAE. The SAC satellite work went on.";
        assert_eq!(
            ids(text),
            ["mission:sac-b", "mission:sac-c", "agency:conae"]
        );
        let text = "The SAC team in Ahmedabad built the radar.";
        assert_eq!(ids(text), ["organization:sac-isro"]);
    }
}
