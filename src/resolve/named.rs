//! Names no gazetteer lists, recognised by their shape: a capitalised name with the head word
//! of a body ("the Lunar Dust Research Institute", "the Ministry of Science of Ruritania"), of
//! a programme ("the Dragon Programme") or of a mission ("the Emirates Mars Mission"), a code
//! name before a mission noun ("the ZX-2 satellite") and a name given after one ("the rover,
//! dubbed Tenacious"). Each becomes a document-local entity, found wherever the document writes
//! it again. The words come from `gazetteers/name-patterns.tsv`. A body named once in full may
//! be named again by its head word ("the Bureau of Meteorology", then "the Bureau").

use std::collections::BTreeMap;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind};

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use regex::Regex;

use crate::gazetteer::{
    Alias, Candidate, CueLexicon, CueRole, EntityType, Entry, NamePatterns, NameWord, Origin,
    NAME_CONNECTORS,
};
use crate::text::normalize::{american_spelling, base_letter, before_possessive, NormText};
use crate::text::segment::{is_one_of, word_run_end, Sentence, UnitKind};
use crate::text::timex::is_calendar_word;

use super::{add_candidates, sentence_index, Entities, MatchKind, Mention, SUPPORTED};

/// Connectors after which a name does not go on when another body's head follows ("the
/// University of Tartu and the Ministry of Education").
const JOINS: &[&str] = &["and", "&"];

/// One word of the text with its byte range.
#[derive(Debug, Clone, Copy)]
struct Word<'t> {
    text: &'t str,
    start: usize,
    end: usize,
    /// Whether only spaces (at most one line break) stand between this word and the one before.
    joined: bool,
    /// Whether a comma (and spaces) stand between this word and the one before.
    after_comma: bool,
}

impl Word<'_> {
    /// Whether the word starts with a capital, or is written in camel case from a small
    /// first letter ("nanoSPACE", "iSpace"), as some companies write their names.
    fn capitalised(&self) -> bool {
        self.text.starts_with(|c: char| c.is_uppercase())
            || (self.text.starts_with(|c: char| c.is_lowercase()) && has_inner_capital(self.text))
    }

    fn connector(&self) -> bool {
        NAME_CONNECTORS.contains(&self.text)
    }

    fn possessive(&self) -> bool {
        before_possessive(self.text).is_some()
    }
}

/// A name found by its shape, before it becomes an entity.
#[derive(Debug, Clone, PartialEq)]
struct Found {
    kind: EntityType,
    start: usize,
    /// End of the head word ("Institute" in "the Space Telescope Science Institute of
    /// Ruritania").
    head_end: usize,
    end: usize,
}

/// Learns the document's unlisted names and adds a candidate for each use of each.
pub(super) fn learn_pattern_names(
    entities: &mut Entities<'_>,
    text: &str,
    sentences: &[Sentence],
    candidates: &mut Vec<Candidate>,
) {
    let patterns = entities.gazetteer().name_patterns();
    let mut found = Vec::new();
    let mut words = Vec::new();
    for sentence in sentences
        .iter()
        .filter(|s| matches!(s.kind, UnitKind::Body | UnitKind::Bullet))
    {
        words_into(text, sentence.start, sentence.end, &mut words);
        found.extend(headed_names(patterns, &words));
        found.extend(code_names(patterns, &words));
        found.extend(called_names(patterns, &words));
        found.extend(described_names(
            patterns,
            entities.gazetteer().cues(),
            &words,
        ));
    }
    found.retain(|name| !(name.kind.is_mission() && is_field_label(text, name)));
    let members = series_members(entities, text, candidates);
    let mut known: HashMap<String, usize> = HashMap::new();
    let mut surfaces: HashMap<&str, usize> = HashMap::new();
    let mut short_forms = Vec::new();
    let learned = found
        .into_iter()
        .filter(|name| {
            fits_candidates(entities, text, candidates, name)
                && !glossed_by_listed_body(entities, text, candidates, name)
                && !named_after_a_pair(entities, text, candidates, name)
        })
        .map(|name| (name, None))
        .chain(
            members
                .into_iter()
                .map(|(name, series)| (name, Some(series))),
        )
        .collect::<Vec<_>>();
    for (name, series) in learned {
        let surface = &text[name.start..name.end];
        let known_by = without_legal_form(patterns, surface);
        let id = format!("{}:local-{}", name.kind.as_str(), slug(known_by));
        let index = match known.get(&id) {
            Some(&index) => {
                entities.add_local_alias(index, surface);
                index
            }
            None => {
                let mut attributes = series
                    .map(|series| BTreeMap::from([("program".to_string(), series)]))
                    .unwrap_or_default();
                // A body's owner and parent; a mission's name gets neither.
                if !name.kind.is_mission() {
                    if let Some(code) = owner_country(entities, text, candidates, &name) {
                        attributes.insert("country".to_string(), code);
                    }
                    if let Some(parent) = parent_body(entities, text, candidates, &name) {
                        attributes.insert("parent".to_string(), parent);
                    }
                }
                let index = entities.add_local(Entry {
                    id: id.clone(),
                    kind: name.kind,
                    name: known_by.to_string(),
                    name_ambiguous: false,
                    aliases: Vec::<Alias>::new(),
                    attributes,
                    origin: Origin {
                        file: "document".to_string(),
                        line: 0,
                    },
                });
                known.insert(id, index);
                entities.add_local_alias(index, surface);
                index
            }
        };
        // "the Space Telescope Science Institute of Ruritania": later, "the Space Telescope
        // Science Institute" is its short form in this document. A listed body that only
        // opens another body's name ("the JAXA Space Exploration Center") is not: it names
        // the owner, which keeps its own mentions.
        if let Some(listed) = starting_at(candidates, name.start).iter().find(|c| {
            c.end < name.end
                && is_body(entities, c)
                && [" of ", " in ", " at ", ", "]
                    .iter()
                    .any(|qualifier| text[c.end..name.end].starts_with(qualifier))
        }) {
            short_forms.push((listed.entry, index));
        }
        surfaces.entry(surface).or_insert(index);
    }
    let mut added: Vec<Candidate> = Vec::new();
    let mut seen: HashSet<(usize, usize, usize)> = HashSet::new();
    for (entry, start, end) in uses_of_names(text, &surfaces) {
        if seen.insert((entry, start, end)) {
            added.push(Candidate {
                entry,
                start,
                end,
                ambiguous: false,
                acronym: false,
                canonical: true,
            });
        }
    }
    for (listed, local) in short_forms {
        let mut readings = Vec::new();
        for c in candidates.iter_mut().filter(|c| c.entry == listed) {
            c.ambiguous = true;
            readings.push(Candidate {
                entry: local,
                ambiguous: false,
                ..c.clone()
            });
        }
        added.extend(readings);
    }
    add_candidates(candidates, added);
}

/// "Ruritania's Lunar Dust Institute": the country whose possessive stands right before a
/// body's name is the body's home (as its ISO code), so that the country beside it is its
/// owner, not a partner.
fn owner_country(
    entities: &Entities<'_>,
    text: &str,
    candidates: &[Candidate],
    name: &Found,
) -> Option<String> {
    let owner = before_possessive(text[..name.start].strip_suffix(' ')?)?;
    ending_at(candidates, owner.len())
        .filter(|c| !c.ambiguous)
        .map(|c| entities.entry(c.entry))
        .find(|e| e.kind == EntityType::Country)
        .and_then(|e| e.id.strip_prefix("country:"))
        .map(str::to_string)
}

/// "the Lunar Dust Laboratory of the Ruritanian Academy of Sciences", "the Space Systems Lab
/// at the University of Lima": a body listed right after a body's name and "of" is the unit's
/// parent (as its id), so that the two are one family, not partners; after "at", only a body
/// that is neither a possessive nor the first word of a gathering ("at ESA's invitation", "at
/// the ESA conference").
fn parent_body(
    entities: &Entities<'_>,
    text: &str,
    candidates: &[Candidate],
    name: &Found,
) -> Option<String> {
    let lexicon = entities.gazetteer().cues();
    let before_a_gathering = |end: usize| {
        text[end..]
            .strip_prefix(' ')
            .and_then(|rest| rest.split(|c: char| !c.is_alphanumeric()).next())
            .and_then(|word| lexicon.whole(word))
            .is_some_and(|cue| cue.role == CueRole::Gathering)
    };
    let after = &text[name.end..];
    let gap = [" of the ", " at the ", " of ", " at "]
        .iter()
        .find(|gap| after.starts_with(*gap))?;
    let at = name.end + gap.len();
    let of = gap.starts_with(" of");
    starting_at(candidates, at)
        .iter()
        .filter(|c| !c.ambiguous)
        .filter(|c| {
            of || !(text[c.end..].starts_with(['\'', '\u{2019}']) || before_a_gathering(c.end))
        })
        .map(|c| entities.entry(c.entry))
        .find(|e| e.kind.is_party() && e.kind != EntityType::Country)
        .map(|e| e.id.clone())
}

/// The name a company is known by: its name without the legal form at its end ("Galam LLP",
/// "Tengri Orbital Ltd." are Galam and Tengri Orbital).
fn without_legal_form<'t>(patterns: &NamePatterns, name: &'t str) -> &'t str {
    name.trim_end_matches('.')
        .rsplit_once(' ')
        .filter(|(_, last)| patterns.is(last, NameWord::LegalForm))
        .map(|(rest, _)| rest.trim_end_matches(',').trim_end())
        .filter(|rest| !rest.is_empty())
        .unwrap_or(name)
}

/// The candidates that start at byte `at` (the list is sorted by start).
fn starting_at(candidates: &[Candidate], at: usize) -> &[Candidate] {
    let from = candidates.partition_point(|c| c.start < at);
    let to = candidates.partition_point(|c| c.start <= at);
    &candidates[from..to]
}

/// The candidates that end at byte `end`, found among those that start at most a name's length
/// before it (the list is sorted by start).
fn ending_at(candidates: &[Candidate], end: usize) -> impl Iterator<Item = &Candidate> {
    let from = candidates.partition_point(|c| c.start + LONGEST_NAME < end);
    candidates[from..]
        .iter()
        .take_while(move |c| c.start < end)
        .filter(move |c| c.end == end)
}

/// Every whole-word use of the learned names, in one pass over the text: (entry, start, end).
fn uses_of_names(text: &str, names: &HashMap<&str, usize>) -> Vec<(usize, usize, usize)> {
    if names.is_empty() {
        return Vec::new();
    }
    let mut ordered: Vec<(&str, usize)> = names.iter().map(|(n, &e)| (*n, e)).collect();
    ordered.sort_unstable();
    // A handful of names, one pass over one text: an automaton of this kind is cheaper to
    // build than the DFA `AhoCorasick::new` would choose, and finds the same matches.
    let automaton = AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .build(ordered.iter().map(|(n, _)| n))
        .expect("names compile");
    automaton
        .find_overlapping_iter(text)
        .filter(|m| {
            !text[..m.start()].ends_with(|c: char| c.is_alphanumeric())
                && !text[m.end()..].starts_with(|c: char| c.is_alphanumeric())
        })
        .map(|m| (ordered[m.pattern().as_usize()].1, m.start(), m.end()))
        .collect()
}

/// A listed body named in full with its qualifier ("the National Academy of Sciences of
/// Ruritania", an entry of its own) makes the bare name, elsewhere in the document, a short form
/// of it rather than the other entry the bare name lists ("the National Academy of Sciences").
pub(super) fn qualified_short_forms(
    entities: &Entities<'_>,
    text: &str,
    candidates: &mut Vec<Candidate>,
) {
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for full in candidates.iter().filter(|c| is_body(entities, c)) {
        for short in starting_at(candidates, full.start)
            .iter()
            .filter(|c| c.end < full.end && c.entry != full.entry && is_body(entities, c))
        {
            let rest = text[short.end..full.end].trim_start();
            let qualified = ["of ", "for "].iter().any(|w| rest.starts_with(w));
            if qualified && !pairs.contains(&(short.entry, full.entry)) {
                pairs.push((short.entry, full.entry));
            }
        }
    }
    let mut added = Vec::new();
    for (short, full) in pairs {
        for c in candidates.iter_mut().filter(|c| c.entry == short) {
            c.ambiguous = true;
            added.push(Candidate {
                entry: full,
                ambiguous: false,
                ..c.clone()
            });
        }
    }
    add_candidates(candidates, added);
}

/// The head word of a body's or programme's name, by which the document may call it later
/// ("the Bureau" for the Bureau of Meteorology, "the Charter" for the International Charter on
/// Space and Major Disasters): the last word before the first connector ("of", "for", "on"),
/// or the last word, when the name has two words or more and that word is capitalised.
fn head_word(name: &str) -> Option<&str> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let before_connector = words
        .iter()
        .position(|w| ["of", "for", "on"].contains(w))
        .unwrap_or(words.len());
    let head = *words.get(before_connector.checked_sub(1)?)?;
    let capitalised_word = head.starts_with(char::is_uppercase)
        && head.len() >= 4
        && head.chars().all(char::is_alphabetic)
        && head.chars().skip(1).any(char::is_lowercase);
    (words.len() >= 2 && capitalised_word).then_some(head)
}

/// "the Bureau", "the Charter": the head word of a body or programme the document named
/// before, capitalised after "the" and not followed by another capitalised word, names that
/// body again. The nearest earlier body with that head word is meant.
pub(super) fn head_word_short_names(
    entities: &Entities<'_>,
    text: &str,
    sentences: &[Sentence],
    mentions: &mut Vec<Mention>,
) {
    // Per head word, where each body with it was named (ends, in text order) and its entry.
    // A mention gives the head of the name it is written with and of its entry's name ("the
    // International Charter on Space and Major Disasters" is listed with its title in quotes).
    let mut named_by_head: HashMap<&str, Vec<(usize, usize)>> = HashMap::new();
    for m in mentions.iter().filter(|m| {
        matches!(
            entities.entry(m.entry).kind,
            EntityType::Agency | EntityType::Organization | EntityType::Program
        )
    }) {
        for name in [&text[m.start..m.end], entities.entry(m.entry).name.as_str()] {
            if let Some(head) = head_word(name) {
                named_by_head
                    .entry(head)
                    .or_default()
                    .push((m.end, m.entry));
            }
        }
    }
    // "the Agency", "the Institute": the lexicon's references back already reach them.
    named_by_head.retain(|head, _| {
        let phrase = format!("the {head}");
        !entities
            .gazetteer()
            .cues()
            .find(&phrase, &NormText::new(&phrase))
            .iter()
            .any(|cue| cue.start == 0 && cue.end == phrase.len() && cue.role.refers_back())
    });
    if named_by_head.is_empty() {
        return;
    }
    let mut found = Vec::new();
    for at in memchr::memmem::find_iter(text.as_bytes(), "he ") {
        let Some(article) = at.checked_sub(1) else {
            continue;
        };
        // The article's first letter is checked first: a byte before it may be inside a
        // character.
        if !matches!(text.as_bytes()[article], b't' | b'T')
            || text[..article].ends_with(char::is_alphanumeric)
        {
            continue;
        }
        let start = at + 3;
        let end = start
            + text[start..]
                .find(|c: char| !c.is_alphabetic())
                .unwrap_or(text.len() - start);
        let word = &text[start..end];
        let next_is_name = text[end..]
            .strip_prefix(' ')
            .is_some_and(|rest| rest.starts_with(char::is_uppercase));
        if !word.starts_with(char::is_uppercase) || next_is_name {
            continue;
        }
        let nearest = named_by_head.get(word).and_then(|named| {
            let before = named.partition_point(|&(named_end, _)| named_end <= start);
            before.checked_sub(1).map(|at| named[at].1)
        });
        let free = {
            let after = mentions.partition_point(|m| m.start < end);
            after == 0 || mentions[after - 1].end <= start
        };
        if let (Some(entry), true) = (nearest, free) {
            found.push(Mention {
                entry,
                start,
                end,
                sentence: sentence_index(sentences, start),
                via: MatchKind::Alias,
                confidence: SUPPORTED,
            });
        }
    }
    if !found.is_empty() {
        mentions.extend(found);
        mentions.sort_by_key(|m| (m.start, m.end));
    }
}

/// The words of a sentence, with their offsets.
fn words_of(text: &str, start: usize, end: usize) -> Vec<Word<'_>> {
    let mut words = Vec::new();
    words_into(text, start, end, &mut words);
    words
}

/// The words of `text[start..end]` into `words` (cleared first), so that one buffer serves
/// every sentence of a document. A word is a run of letters and digits, runs joined by one of
/// `'`, `’`, `.`, `-` or `&` ("AT&T", "U.S.", "NASA's"), or a lone `&`; the bytes are read
/// directly, and only a non-ASCII character is looked up in the Unicode tables.
fn words_into<'t>(text: &'t str, start: usize, end: usize, words: &mut Vec<Word<'t>>) {
    words.clear();
    let sentence = &text[start..end];
    let mut previous_end = start;
    let mut at = 0;
    while let Some((from, to)) = next_word(sentence, at) {
        at = to;
        // Most words follow one space.
        let (joined, after_comma) =
            if start + from == previous_end + 1 && text.as_bytes()[previous_end] == b' ' {
                (true, false)
            } else {
                let between = &text[previous_end..start + from];
                (
                    between.chars().all(char::is_whitespace) && between.matches('\n').count() <= 1,
                    between.trim() == "," && !between.contains('\n'),
                )
            };
        previous_end = start + to;
        words.push(Word {
            text: &sentence[from..to],
            start: start + from,
            end: start + to,
            joined,
            after_comma,
        });
    }
}

/// Whether a word is a single capital letter, as in "A & M".
fn is_initial(word: &str) -> bool {
    word.len() == 1 && word.as_bytes()[0].is_ascii_uppercase()
}

/// The byte range of the first word of `s` at or after byte `at` (a char boundary).
fn next_word(s: &str, mut at: usize) -> Option<(usize, usize)> {
    let bytes = s.as_bytes();
    loop {
        let &b = bytes.get(at)?;
        if b.is_ascii() {
            if ASCII_LETTER_OR_NUMBER[usize::from(b)] {
                break;
            }
            if b == b'&' {
                return Some((at, at + 1));
            }
            at += 1;
        } else {
            let c = s[at..].chars().next()?;
            if is_letter_or_number(c) {
                break;
            }
            at += c.len_utf8();
        }
    }
    let from = at;
    let mut to = run_end(s, at);
    loop {
        let joiner = match bytes.get(to) {
            Some(b'\'' | b'.' | b'-' | b'&') => 1,
            Some(_) if bytes[to..].starts_with("’".as_bytes()) => "’".len(),
            _ => break,
        };
        let after = run_end(s, to + joiner);
        if after == to + joiner {
            break;
        }
        to = after;
    }
    Some((from, to))
}

/// The end of the run of letters and digits starting at byte `at` (`at` itself when none).
fn run_end(s: &str, at: usize) -> usize {
    word_run_end(s, at, &ASCII_LETTER_OR_NUMBER, is_letter_or_number)
}

/// The ASCII letters and digits, by byte.
const ASCII_LETTER_OR_NUMBER: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// Whether a character is a letter or a number (Unicode categories L and N), as `\p{L}` and
/// `\p{N}` in a regex.
fn is_letter_or_number(c: char) -> bool {
    static LETTER_OR_NUMBER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^[\p{L}\p{N}]$").expect("valid pattern"));
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    // Every letter and number is alphanumeric in the standard library's tables too (a test
    // checks each character), so most punctuation is ruled out without the regex.
    let mut buffer = [0; 4];
    c.is_alphanumeric() && LETTER_OR_NUMBER.is_match(c.encode_utf8(&mut buffer))
}

/// Capitalised names with a head word: the head, the capitalised words right before it, and
/// what follows it through connectors ("of Science and Technology").
fn headed_names(patterns: &NamePatterns, words: &[Word<'_>]) -> Vec<Found> {
    let mut out = Vec::new();
    let mut from = 0;
    let mut i = 0;
    while i < words.len() {
        if !words[i].capitalised() || patterns.head_type(words[i].text).is_none() {
            i += 1;
            continue;
        }
        // The head of a compound is its last head word before a connector: "Science
        // Programme Committee" is a committee.
        let start_of_run = i;
        let mut at = i + 1;
        while at < words.len() && words[at].joined && words[at].capitalised() {
            if patterns.head_type(words[at].text).is_some() {
                i = at;
            }
            at += 1;
        }
        let head = words[i];
        let head_type = patterns.head_type(head.text);
        // Back over capitalised words in one run, and over "and" between two domain or field
        // words ("the Particle Physics and Astronomy Research Council", "the Communications
        // and Information Technology Authority").
        // Single letters joined by "&" are one short form: "Texas A & M University".
        let run_start = |mut first: usize| loop {
            if first > from
                && words[first - 1].capitalised()
                && !words[first - 1].possessive()
                && words[first].joined
            {
                first -= 1;
            } else if first >= from + 2
                && words[first - 1].text == "&"
                && words[first].joined
                && words[first - 1].joined
                && [first, first - 2]
                    .iter()
                    .all(|&w| is_initial(words[w].text))
            {
                first -= 2;
            } else {
                return first;
            }
        };
        let mut first = run_start(start_of_run);
        while first >= from + 2
            && JOINS.contains(&words[first - 1].text)
            && words[first].joined
            && words[first - 1].joined
            && words[first - 2].capitalised()
            && is_topic(patterns, words[first].text)
            && is_topic(patterns, words[first - 2].text)
        {
            first = run_start(first - 2);
        }
        while first < i && patterns.is(words[first].text, NameWord::Starter) {
            first += 1;
        }
        // Forward through connectors and capitalised words.
        let mut last = i;
        let mut at = i + 1;
        let mut qualified = false;
        let mut craft_named = false;
        while at < words.len() {
            let word = words[at];
            // "the Ministry of Higher Education, Science and Innovation": a list of fields
            // after "of" belongs to the name when it ends in "and" and a capitalised word.
            if word.after_comma && qualified && word.capitalised() {
                match list_end(patterns, words, at) {
                    Some(end) => {
                        last = end;
                        at = end + 1;
                        continue;
                    }
                    None => break,
                }
            }
            // A possessive ends a name, except inside one ("of the People's Republic").
            let inner_possessive = words[at - 1].possessive()
                && at >= 2
                && words[at - 2].text == "the"
                && word.capitalised();
            if !word.joined || (words[at - 1].possessive() && !inner_possessive) {
                break;
            }
            // "the Ruritanian Defence Ministry on April 24": a date is no part of a name.
            if word.capitalised() && is_calendar_word(word.text) {
                break;
            }
            // "the Science Mission Directorate Nicola Fox": a name whose head word closes it
            // goes on past the head only with a connector, a field, another head word or a
            // word with inner capitals ("the Telematic University UNITEL", "… UniTel"); "Universidad Nacional",
            // head first, goes on.
            let past_closing_head = at == i + 1
                && first < i
                && !has_inner_capital(word.text)
                && word.text.chars().any(char::is_lowercase)
                && !patterns.is(word.text, NameWord::Domain)
                && patterns.head_type(word.text).is_none();
            if word.capitalised() && past_closing_head {
                // "the First Kenya University Nano Satellite": a name that goes on to a
                // craft's noun is the craft's, and the body's head word inside it names none.
                craft_named = words[at..]
                    .iter()
                    .take_while(|w| w.joined && w.capitalised())
                    .flat_map(|w| w.text.split('-'))
                    .any(|part| {
                        patterns.is(part, NameWord::MissionNoun)
                            || is_mission_head(patterns.head_type(part))
                    });
                break;
            }
            // "the Office of Space Affairs Ana Maria Lima": after the fields of a name, two
            // capitalised words that are no field, domain or head word name a person.
            let plain = |w: &Word<'_>| {
                w.joined
                    && w.capitalised()
                    && !has_inner_capital(w.text)
                    && !is_field_word(patterns, w.text)
            };
            if qualified
                && is_topic(patterns, words[at - 1].text)
                && plain(&word)
                && words.get(at + 1).is_some_and(plain)
            {
                break;
            }
            // "the Department of Physics of Morgan's School of Sciences": a possessive with a
            // capitalised word after it owns that word's name; it is no part of this one.
            if word.possessive()
                && words[at - 1].text != "the"
                && words
                    .get(at + 1)
                    .is_some_and(|w| w.joined && w.capitalised())
            {
                break;
            }
            if word.capitalised() {
                last = at;
                at += 1;
                continue;
            }
            // "the Center for Research in Aerospace Technologies": "in" after a field of a
            // qualified name goes on to more fields ("the Institute for Research in Lima"
            // ends before it).
            let field_in = word.text == "in"
                && qualified
                && is_field_word(patterns, words[at - 1].text)
                && words.get(at + 1).is_some_and(|w| w.joined)
                && continues_with_field(patterns, words, at + 1);
            if field_in {
                at += 1;
                continue;
            }
            if !word.connector() {
                break;
            }
            // A join followed by another body's name, or by "the", ends this one: fields of a
            // name are listed without an article ("of Science and Technology").
            // Nor does it go on into capitalised words that hold no field of the domain ("the
            // Committee on Space Policy and Director General Ana Lima").
            // Nor after a word that is no field ("the University of Rome and Thales Alenia
            // Space" names two bodies).
            if JOINS.contains(&word.text)
                && (starts_another_body(patterns, words, at + 1)
                    || words.get(at + 1).is_some_and(|w| w.text == "the")
                    || !continues_with_field(patterns, words, at + 1)
                    || !is_field_word(patterns, words[at - 1].text))
            {
                break;
            }
            // "the Committee on Space Research": "on" goes on from a head word only ("the
            // Ruritanian Space Agency of Ruritania on the Lunar Station" ends before it).
            if word.text == "on" && patterns.head_type(words[at - 1].text).is_none() {
                break;
            }
            // "the Lunar Dust Research Institute of the Zorvian Academy of Sciences": a unit "of the"
            // body it belongs to is a name of its own, and so is that body.
            if word.text == "of"
                && words.get(at + 1).is_some_and(|w| w.text == "the")
                && starts_another_body(patterns, words, at + 1)
            {
                break;
            }
            // "the Korea AeroSpace Administration for CubeSats to ride …": a name does not
            // end on the kind of craft it is for ("the Centre for Satellite Applications" goes
            // on).
            let ends_on_craft = words
                .get(at + 1)
                .is_some_and(|w| w.capitalised() && patterns.is(w.text, NameWord::MissionNoun))
                && !words
                    .get(at + 2)
                    .is_some_and(|w| w.joined && w.capitalised());
            if ends_on_craft {
                break;
            }
            qualified |= word.text == "of" || word.text == "for";
            at += 1;
        }
        // "the Orbital Science Program 2030-2040", "the Horizon 2020 Programme".
        if last + 1 < words.len()
            && words[last + 1].joined
            && words[last + 1]
                .text
                .starts_with(|c: char| c.is_ascii_digit())
            && is_mission_head(head_type)
        {
            last += 1;
        }
        let name = &words[first..=last];
        // A part of a hyphenated word counts ("the Solar-Terrestrial Physics Institute").
        let has = |role: NameWord| {
            name.iter()
                .any(|w| w.text.split('-').any(|part| patterns.is(part, role)))
        };
        let kind = match head_type {
            Some(NameWord::School | NameWord::Company | NameWord::LegalForm) => {
                Some(EntityType::Organization)
            }
            Some(NameWord::Head(EntityType::Organization)) => {
                has(NameWord::Domain).then_some(EntityType::Organization)
            }
            // "Earth Observation Missions" is an office's name, not a mission's.
            Some(NameWord::Head(kind)) if kind.is_mission() && !patterns.is_listed(head.text) => {
                None
            }
            // "BAE Space and Mission Systems": a field after a mission's head word names a
            // body's division, not a mission.
            Some(NameWord::Head(kind))
                if kind.is_mission()
                    && name
                        .iter()
                        .any(|w| w.start > head.start && is_topic(patterns, w.text)) =>
            {
                None
            }
            // "the Moon Mission", "a Mission Specialist": a body, a place or a crew role with
            // a mission's head word names no mission.
            Some(NameWord::Head(kind))
                if kind.is_mission()
                    && name.iter().all(|w| {
                        w.start == head.start
                            || w.connector()
                            || patterns.is(w.text, NameWord::NotAName)
                    }) =>
            {
                None
            }
            Some(NameWord::Head(kind)) => Some(kind),
            _ if name.iter().any(|w| w.text.eq_ignore_ascii_case("space")) => {
                Some(EntityType::Agency)
            }
            _ => has(NameWord::Domain).then_some(EntityType::Organization),
        };
        let content = name.iter().filter(|w| !w.connector()).count();
        // "Space Agency officials", "the Space Centre": a body's name of two words, both head
        // or domain words, with no "of", is a description, not a name; with three or more
        // it is one ("the Astronautics Research Institute"), unless it is a unit of the body
        // named after "at" ("the Space Science Center at Kyoto University").
        let generic = name.iter().all(|w| {
            patterns.head_type(w.text).is_some()
                || patterns.is(w.text, NameWord::Domain)
                || patterns.is(w.text, NameWord::Field)
        });
        let unit_at = words
            .get(last + 1)
            .is_some_and(|w| w.text == "at" && !w.after_comma);
        let described =
            generic && (content < 3 || unit_at) && kind.is_some_and(|k| !k.is_mission());
        // "the Space Agencies of Australia, Canada and Japan": a head word in the plural
        // before a list describes several bodies, one of each.
        let listed_next = words
            .get(last + 1)
            .is_some_and(|w| w.after_comma || (w.joined && w.text == "and"));
        let several = listed_next && !patterns.is_listed(head.text);
        if let (Some(kind), true) = (
            kind,
            content >= 2 && !words[first].possessive() && !described && !several && !craft_named,
        ) {
            out.push(Found {
                kind,
                start: words[first].start,
                head_end: head.end,
                end: words[last].end,
            });
        }
        from = last + 1;
        i = last + 1;
    }
    out
}

/// Whether a head word's type is a mission's or a programme's.
fn is_mission_head(head_type: Option<NameWord>) -> bool {
    matches!(head_type, Some(NameWord::Head(kind)) if kind.is_mission())
}

/// Whether a word has a capital after its first letter ("UniTel"); a capital after a hyphen
/// starts a part of a compound ("Deputy-Director", "Jean-Yves") and is none.
fn has_inner_capital(word: &str) -> bool {
    word.char_indices()
        .skip(1)
        .any(|(k, c)| c.is_uppercase() && !word[..k].ends_with('-'))
}

/// Whether a word is a domain or a field a body is named for ("Physics", "Information").
fn is_topic(patterns: &NamePatterns, word: &str) -> bool {
    patterns.is(word, NameWord::Domain) || patterns.is(word, NameWord::Field)
}

/// Where a comma-separated list of fields starting at word `at` ends, if it ends in "and" and
/// a capitalised word ("Science, Research and Innovation"). Every member holds a field, domain
/// or head word: "the Ministry of Science, Japan and Kenya" lists no fields.
fn list_end(patterns: &NamePatterns, words: &[Word<'_>], at: usize) -> Option<usize> {
    let mut member_has_field = false;
    let mut i = at;
    while i < words.len() {
        let word = words[i];
        // "Science, Technology, and Innovation": the serial comma before the join too.
        if JOINS.contains(&word.text) && (word.joined || word.after_comma) {
            let last_has_field = continues_with_field(patterns, words, i + 1);
            return (member_has_field && last_has_field).then_some(i + 1);
        }
        if !(word.capitalised() && (word.joined || word.after_comma)) {
            return None;
        }
        if word.after_comma && i > at && !member_has_field {
            return None;
        }
        member_has_field =
            is_field_word(patterns, word.text) || (member_has_field && !word.after_comma);
        i += 1;
    }
    None
}

/// Whether the capitalised words from word `at` hold a domain, field or head word, as a field
/// listed in a name does ("and Technology", "and Space Sciences", "and Education").
fn continues_with_field(patterns: &NamePatterns, words: &[Word<'_>], at: usize) -> bool {
    words[at.min(words.len())..]
        .iter()
        .take_while(|w| w.capitalised() && w.joined)
        .any(|w| is_field_word(patterns, w.text))
}

/// Whether a word names a field as a name lists it: a domain, field or head word.
fn is_field_word(patterns: &NamePatterns, word: &str) -> bool {
    is_topic(patterns, word) || patterns.head_type(word).is_some()
}

/// Whether the capitalised run starting at word `at` (after articles) holds a head word. A
/// head word that is also a field, after a field ("and Information Technologies"), goes on
/// listing fields; after another word ("and Orbital Technologies") it heads a body.
fn starts_another_body(patterns: &NamePatterns, words: &[Word<'_>], at: usize) -> bool {
    let mut after_a_field = false;
    words[at.min(words.len())..]
        .iter()
        .skip_while(|w| w.text == "the")
        .take_while(|w| w.capitalised())
        .any(|w| {
            let topic = is_topic(patterns, w.text);
            let heads = patterns.head_type(w.text).is_some() && !(topic && after_a_field);
            after_a_field = topic;
            heads
        })
}

/// A code name (a word with a digit or two capitals: "ZX-2", "TerraSAR") right before a mission
/// noun ("satellite", "probe") names a mission.
fn code_names(patterns: &NamePatterns, words: &[Word<'_>]) -> Vec<Found> {
    words
        .windows(2)
        .filter(|pair| {
            let (name, noun) = (pair[0], pair[1]);
            // A lowercase mission noun after a capitalised word is rare: it is looked for
            // first, so most pairs cost no look-up of the name.
            if !noun.joined
                || !name.capitalised()
                || !noun.text.starts_with(|c: char| c.is_lowercase())
                || !patterns.is(noun.text, NameWord::MissionNoun)
            {
                return false;
            }
            let capitals = name.text.chars().filter(char::is_ascii_uppercase).count();
            let digit = name.text.chars().any(|c| c.is_ascii_digit());
            (digit || capitals >= 2)
                && !name.possessive()
                && name.text.chars().any(char::is_alphabetic)
                && !patterns.is(name.text, NameWord::NotAName)
                && !patterns.is(name.text, NameWord::Starter)
        })
        .map(|pair| Found {
            kind: EntityType::Mission,
            start: pair[0].start,
            head_end: pair[0].end,
            end: pair[0].end,
        })
        .collect()
}

/// A name given to a craft a mission noun announces, or to a programme a programme noun
/// announces: after "named", "called", "dubbed", "christened" or "known as" ("two
/// satellites, to be named Aurora-1 and Aurora-2", "the rover, dubbed Tenacious", "a
/// program called Trailblazer"), or a code name with a digit set off by commas right after the
/// noun ("the satellite, ZX-2, was launched"). A name is capitalised words and numbers, and a
/// second one may follow "and".
fn called_names(patterns: &NamePatterns, words: &[Word<'_>]) -> Vec<Found> {
    /// Words that may stand between the noun and the naming word ("to be named").
    const BETWEEN: &[&str] = &[
        "to", "be", "been", "was", "were", "is", "are", "later", "now",
    ];
    // The kind of thing a lowercase noun announces: a mission ("satellite") or a programme
    // ("program", "initiative").
    let kind_of_noun = |w: &Word<'_>| {
        if !w.text.starts_with(|c: char| c.is_lowercase()) {
            None
        } else if patterns.is(w.text, NameWord::MissionNoun) {
            Some(EntityType::Mission)
        } else if patterns.is(w.text, NameWord::Head(EntityType::Program)) {
            Some(EntityType::Program)
        } else {
            None
        }
    };
    let mut out = Vec::new();
    // Naming words and code names in commas are rare: each is found first, and the mission
    // noun looked for before it.
    for (at, word) in words.iter().enumerate() {
        let naming = matches!(
            word.text,
            "named" | "called" | "dubbed" | "christened" | "known"
        );
        let (first, kind) = if naming {
            // "a computer program called GMAT", "a radio program called …": no programme of
            // cooperation.
            let media = |k: usize| {
                k.checked_sub(1).is_some_and(|before| {
                    [
                        "computer",
                        "software",
                        "television",
                        "tv",
                        "radio",
                        "degree",
                    ]
                    .iter()
                    .any(|m| words[before].text.eq_ignore_ascii_case(m))
                })
            };
            let noun_before = (1..=3)
                .map_while(|back| at.checked_sub(back))
                .take_while(|&k| k + 1 == at || BETWEEN.contains(&words[k + 1].text))
                .find_map(|k| kind_of_noun(&words[k]).filter(|_| !media(k)));
            match (word.text, noun_before) {
                (_, None) => continue,
                ("known", Some(kind)) if words.get(at + 1).is_some_and(|w| w.text == "as") => {
                    (at + 2, kind)
                }
                ("known", _) => continue,
                (_, Some(kind)) => (at + 1, kind),
            }
        } else if word.after_comma
            && word.text.chars().any(|c| c.is_ascii_digit())
            && words.get(at + 1).is_none_or(|next| next.after_comma)
            && at
                .checked_sub(1)
                .is_some_and(|k| kind_of_noun(&words[k]) == Some(EntityType::Mission))
        {
            // "the satellite, ZX-2, was launched": a code name in commas.
            (at, EntityType::Mission)
        } else if word.joined
            && at.checked_sub(1).is_some_and(|k| {
                !words[k].text.ends_with('s')
                    && kind_of_noun(&words[k]) == Some(EntityType::Mission)
            })
            && word.text.chars().count() > 1
            && !is_calendar_word(word.text)
            && names_the_noun_before(patterns, words, at)
        {
            // "the imaging satellite Aurora-1", "the rover Tenacious will …": a name right
            // after a singular mission noun.
            (at, EntityType::Mission)
        } else if code_name_described(patterns, words, at) {
            // "ZX-2, the country's first satellite, …": a code name before its description.
            (at, EntityType::Mission)
        } else {
            continue;
        };
        given_names(patterns, words, first, kind, |_| true, &mut out);
    }
    out
}

/// Whether the capitalised words from word `at`, right after a mission noun, are that craft's
/// name rather than the subject of a clause that describes it ("the satellite Kenya built"):
/// a code name (a digit or a hyphen: "Aurora-1"), or a name that ends the phrase (a comma, a
/// full stop) or stands before an auxiliary, a preposition or an adverb of manner ("the rover
/// Tenacious will land", "launched the satellite Aurora in May", "built it together").
fn names_the_noun_before(patterns: &NamePatterns, words: &[Word<'_>], at: usize) -> bool {
    const FOLLOWERS: &[&str] = &[
        "is", "was", "will", "has", "had", "would", "could", "can", "may", "might", "should",
        "must", "in", "for", "with", "to", "on", "from", "at", "into", "by", "together", "jointly",
        "last", "this", "next",
    ];
    let Some(end) = given_name_end(patterns, words, at) else {
        return false;
    };
    let code_name = words[at..=end]
        .iter()
        .any(|w| w.text.contains('-') || w.text.chars().any(|c| c.is_ascii_digit()));
    let next = words.get(end + 1);
    code_name || next.is_none_or(|w| !w.joined || FOLLOWERS.contains(&w.text))
}

/// Whether the word at `at` is a code name (a digit or a hyphen: "ZX-2", "Badr-A") set off
/// by a comma before a description that opens with a determiner or a possessive and ends in a
/// singular mission noun within six words ("ZX-2, Ruritania's first indigenously developed
/// satellite, …", "ZX-2, its first satellite").
fn code_name_described(patterns: &NamePatterns, words: &[Word<'_>], at: usize) -> bool {
    const REACH: usize = 6;
    const DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "our", "his", "her"];
    let name = words[at].text;
    // "MoU, the basis for the satellite": capitals alone make no craft's code name here.
    let code_name = name.chars().any(|c| c.is_ascii_digit()) || name.contains('-');
    if !code_name
        || !words[at].capitalised()
        || !name.chars().any(char::is_alphabetic)
        || patterns.is(name, NameWord::NotAName)
        || patterns.is(name, NameWord::Starter)
        || !words
            .get(at + 1)
            .is_some_and(|w| w.after_comma && (DETERMINERS.contains(&w.text) || w.possessive()))
    {
        return false;
    }
    words[at + 1..]
        .iter()
        .take(REACH)
        .enumerate()
        .take_while(|(i, w)| *i == 0 || w.joined)
        .any(|(i, w)| {
            i > 0
                && w.text.starts_with(|c: char| c.is_lowercase())
                && !w.text.ends_with('s')
                && patterns.is(w.text, NameWord::MissionNoun)
                && words.get(at + 2 + i).is_none_or(|next| !next.joined)
        })
}

/// The names given from word `from` on, one after another joined by "and" ("named Aurora-1
/// and Aurora-2"), each of `kind`, while `opens` accepts a name's first word.
fn given_names(
    patterns: &NamePatterns,
    words: &[Word<'_>],
    mut from: usize,
    kind: EntityType,
    opens: impl Fn(&Word<'_>) -> bool,
    out: &mut Vec<Found>,
) {
    while let Some(end) = given_name_end(patterns, words, from).filter(|_| opens(&words[from])) {
        let last = &words[end];
        let name_end = last.start + before_possessive(last.text).unwrap_or(last.text).len();
        out.push(Found {
            kind,
            start: words[from].start,
            head_end: name_end,
            end: name_end,
        });
        if words
            .get(end + 1)
            .is_some_and(|w| w.text == "and" && w.joined)
        {
            from = end + 2;
        } else {
            break;
        }
    }
}

/// Bodies named right after a noun for their kind: "the Swiss company Nano-SPACE", "launch
/// provider Orbex", "the US firms Astrobotic and Firefly". Each name is an organisation; it
/// needs no head word, the noun before it says what it is. A person's title opens no name
/// ("the company CEO Jane Roe").
fn described_names(
    patterns: &NamePatterns,
    lexicon: &CueLexicon,
    words: &[Word<'_>],
) -> Vec<Found> {
    let is_title = |word: &str| {
        lexicon
            .whole(word)
            .is_some_and(|cue| cue.role == CueRole::Title)
    };
    let mut out = Vec::new();
    for (at, word) in words.iter().enumerate() {
        if !word.text.starts_with(|c: char| c.is_lowercase())
            || !patterns.is(word.text, NameWord::Descriptor)
        {
            continue;
        }
        let opens = |first: &Word<'_>| {
            first.joined && !is_calendar_word(first.text) && !is_title(first.text)
        };
        given_names(
            patterns,
            words,
            at + 1,
            EntityType::Organization,
            opens,
            &mut out,
        );
        out.extend(name_before_its_description(patterns, words, at, is_title));
    }
    out
}

/// The name that an appositive headed by the descriptor at word `noun` follows: "Geocosmos,
/// the Armenian company subsidiary of …", "with Zentrix, a Peruvian startup, to build …". The
/// appositive opens with an article after the comma, holds at most three words before its
/// noun, none of them a preposition or an article ("Musk, the head of the company" names a
/// person), and ends at the noun ("Jane Roe, a company spokeswoman" describes a person). A
/// name opening the sentence may be a word that opens sentences, and is not taken, nor one
/// after a person's honorific ("Mr. Otieno, a supplier") or opening with a title.
fn name_before_its_description(
    patterns: &NamePatterns,
    words: &[Word<'_>],
    noun: usize,
    is_title: impl Fn(&str) -> bool,
) -> Option<Found> {
    /// Words that may follow the noun of an appositive.
    const AFTER_THE_NOUN: &[&str] = &[
        "of",
        "that",
        "which",
        "based",
        "in",
        "from",
        "with",
        "for",
        "owned",
        "subsidiary",
        "and",
    ];
    /// Words that make the noun part of a phrase inside the appositive.
    const INSIDE: &[&str] = &[
        "of", "for", "at", "to", "in", "with", "from", "on", "by", "the", "a", "an",
    ];
    const MODIFIERS: usize = 3;
    let article = (noun.saturating_sub(MODIFIERS + 1)..noun)
        .find(|&k| words[k].after_comma && ["a", "an", "the"].contains(&words[k].text))?;
    if words[article + 1..=noun]
        .iter()
        .any(|w| !w.joined || INSIDE.contains(&w.text))
    {
        return None;
    }
    if words
        .get(noun + 1)
        .is_some_and(|next| next.joined && !AFTER_THE_NOUN.contains(&next.text))
    {
        return None;
    }
    let last = article.checked_sub(1)?;
    let starter = |w: &Word<'_>| patterns.is(w.text.trim_end_matches('.'), NameWord::Starter);
    let mut first = last;
    while first > 0
        && words[first].joined
        && words[first - 1].capitalised()
        && !words[first - 1].possessive()
        && !starter(&words[first - 1])
    {
        first -= 1;
    }
    // "Mr. Otieno, a supplier": a capitalised word that opens no name, right before.
    if first > 0
        && words[first - 1].capitalised()
        && (words[first].joined || starter(&words[first - 1]))
    {
        return None;
    }
    let named = &words[first..=last];
    let plain = |w: &Word<'_>| {
        (w.capitalised() || w.text.starts_with(|c: char| c.is_ascii_digit()))
            && !w.possessive()
            && !starter(w)
            && !patterns.is(w.text, NameWord::NotAName)
            && !is_calendar_word(w.text)
    };
    let titled = is_title(words[first].text);
    (first > 0 && words[first].capitalised() && !titled && named.iter().all(plain)).then(|| Found {
        kind: EntityType::Organization,
        start: words[first].start,
        head_end: words[last].end,
        end: words[last].end,
    })
}

/// The last word of a given name starting at word `at`: capitalised words and numbers joined
/// by spaces, the first capitalised; none when the first word is a sentence starter, no name,
/// or a mission noun itself ("called CubeSats").
fn given_name_end(patterns: &NamePatterns, words: &[Word<'_>], at: usize) -> Option<usize> {
    let first = words.get(at)?;
    if (!first.joined && !first.after_comma)
        || !first.capitalised()
        || first.possessive()
        || patterns.is(first.text, NameWord::Starter)
        || patterns.is(first.text, NameWord::NotAName)
        || patterns.is(first.text, NameWord::MissionNoun)
    {
        return None;
    }
    let mut end = at;
    // A possessive ends the name: "company Etco Space's Aman programme" names Etco Space.
    while !words[end].possessive()
        && words.get(end + 1).is_some_and(|w| {
            w.joined && (w.capitalised() || w.text.starts_with(|c: char| c.is_ascii_digit()))
        })
    {
        end += 1;
    }
    Some(end)
}

/// The numbered members of a listed series that the gazetteer does not list itself: "GSAT-18"
/// or "Landsat 10" where only the programme "GSAT" or "Landsat" is known, each with the id of
/// its series. A number after a space is one of at most three digits, so that "Landsat 2030"
/// stays a year; a letter may follow the number ("GSAT-7A"). A series whose acronym is also a
/// word ("GOES") counts when it is written in capitals with the number joined ("GOES-9").
fn series_members(
    entities: &Entities<'_>,
    text: &str,
    candidates: &[Candidate],
) -> Vec<(Found, String)> {
    static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:[-‐‑–]\d+[A-Z]?|\s\d{1,3}[A-Z]?)\b").expect("series number compiles")
    });
    let mut members = Vec::new();
    for series in candidates
        .iter()
        .filter(|c| entities.entry(c.entry).kind == EntityType::Program)
    {
        let Some(number) = NUMBER.find(&text[series.end..]) else {
            continue;
        };
        let joined = !number.as_str().starts_with(char::is_whitespace);
        let in_capitals = !text[series.start..series.end].contains(char::is_lowercase);
        if series.ambiguous && !(series.acronym && in_capitals && joined) {
            continue;
        }
        let end = series.end + number.end();
        let decimal = text[end..].starts_with('.')
            && text[end + 1..].starts_with(|c: char| c.is_ascii_digit());
        let listed = starting_at(candidates, series.start)
            .iter()
            .any(|c| c.end >= end);
        if !decimal && !listed {
            let found = Found {
                kind: EntityType::Mission,
                start: series.start,
                head_end: end,
                end,
            };
            members.push((found, entities.entry(series.entry).id.clone()));
        }
    }
    members
}

/// Whether a mission's name is the label of a "Key: value" line ("- Mission Type: Science" in
/// a fact box): it opens its line, after any bullet, and a colon follows it.
fn is_field_label(text: &str, name: &Found) -> bool {
    let line_start = text[..name.start].rfind('\n').map_or(0, |at| at + 1);
    text[name.end..].starts_with(':')
        && text[line_start..name.start]
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, '-' | '*' | '•' | '–'))
}

/// No listed name is longer than this: candidates starting further back cannot overlap a
/// name.
const LONGEST_NAME: usize = 512;

/// Lowercase nouns for a part of a body or its people, which the capitalised words before
/// them qualify ("the Astrophysics group", "the Engineering team").
const PARTS_AND_PEOPLE: &[&str] = &[
    "team",
    "teams",
    "group",
    "groups",
    "department",
    "departments",
    "division",
    "unit",
    "lab",
    "labs",
    "laboratory",
    "faculty",
    "school",
    "centre",
    "center",
    "programme",
    "program",
    "project",
    "students",
    "student",
    "scientists",
    "researchers",
    "engineers",
    "staff",
    "professor",
    "professors",
    "chair",
    "society",
    "club",
];

/// Whether a found name may become an entity next to the gazetteer's candidates: it is not
/// already a listed name and crosses none. A listed body inside it must be qualified by the
/// rest ("the Space Telescope Science Institute of Ruritania"); a country or nationality before
/// the head word qualifies it only when the name holds more than the two ("the Ruritanian
/// Institute of Science", not "the Ruritanian Federation", whose head the country's name
/// holds); a programme's or mission's name holds no listed name.
fn fits_candidates(
    entities: &Entities<'_>,
    text: &str,
    candidates: &[Candidate],
    name: &Found,
) -> bool {
    let from = candidates.partition_point(|c| c.start + LONGEST_NAME < name.start);
    let to = candidates.partition_point(|c| c.start < name.end);
    let overlapping = || {
        candidates[from..to]
            .iter()
            .filter(|c| c.start < name.end && name.start < c.end)
    };
    // A noun for a part or the people of a body after the name makes its words that part's
    // ("the University of Nairobi Astrophysics group"): the listed body's.
    let part_follows = text[name.end..]
        .strip_prefix(' ')
        .and_then(|rest| rest.split([' ', ',', '.', ';']).next())
        .is_some_and(|next| is_one_of(next, PARTS_AND_PEOPLE));
    // A rocket's or a site's name is no part of a body's name, but a body's reading of the
    // same words may be ("the Energia Space Rocket Corporation" opens with the company, not
    // the rocket of that name).
    let fits = |c: &Candidate| {
        let inside = c.start >= name.start && c.end <= name.end;
        let same = c.start == name.start && c.end == name.end;
        let covers_head = c.start < name.head_end && c.end >= name.head_end;
        // "Tengri Orbital JSC": an ambiguous acronym that is the head word itself is the
        // legal form of the name, not the body the gazetteer lists under it.
        if c.ambiguous && c.acronym && c.start > name.start && c.end == name.head_end {
            return true;
        }
        // "the Albania-1 satellite": a country's name and a number make a craft's name.
        if name.kind.is_mission() && inside && c.start == name.start {
            let numbered = text[c.end..name.end]
                .strip_prefix('-')
                .is_some_and(|rest| rest.starts_with(|ch: char| ch.is_ascii_digit()));
            if numbered && entities.entry(c.entry).kind == EntityType::Country {
                return true;
            }
        }
        if !inside || same || name.kind.is_mission() {
            return false;
        }
        match entities.entry(c.entry).kind {
            EntityType::Agency | EntityType::Organization => {
                let rest = text[c.end..name.end].trim_start();
                let of_what = c.start == name.start
                    && ["of ", "for "].iter().any(|w| rest.starts_with(w))
                    && !of_its_own_country(entities, text, candidates, c, name.end);
                // "the JAXA Space Exploration Center": a unit the listed body's name
                // opens, with a domain word before an organisation's head word.
                let unit = c.start == name.start
                    && name.kind == EntityType::Organization
                    && !covers_head
                    && holds_domain_word(entities, text, c.end, name.head_end);
                // "the Institute of Aviation Medicine": a listed body's name ("Institute of
                // Aviation") whose complement goes on with capitalised domain words names
                // another body.
                let complement_goes_on = c.start == name.start
                    && covers_head
                    && c.end > name.head_end
                    && !part_follows
                    && text[c.end..name.end].starts_with(' ')
                    && words_of(text, c.end, name.end)
                        .iter()
                        .all(|w| w.text.starts_with(char::is_uppercase))
                    && holds_domain_word(entities, text, c.end, name.end);
                of_what
                    || unit
                    || complement_goes_on
                    || another_nations_name(entities, text, candidates, c, name)
                    || after_unlisted_words(entities, text, candidates, c, name)
            }
            EntityType::Site | EntityType::LaunchVehicle => false,
            EntityType::Country | EntityType::Demonym | EntityType::Region => {
                c.start >= name.head_end
                    || (!covers_head && more_than_nation_and_head(text, name, c))
            }
            _ => !covers_head,
        }
    };
    overlapping().all(|c| {
        fits(c)
            || (matches!(
                entities.entry(c.entry).kind,
                EntityType::Site | EntityType::LaunchVehicle
            ) && overlapping().any(|reading| {
                reading.start == c.start
                    && reading.end == c.end
                    && is_body(entities, reading)
                    && fits(reading)
            }))
    })
}

/// Whether a joint body's name opens with two countries or bodies joined by a dash ("the
/// India-Brazil Joint Working Group", "the Kenya–Peru Joint Committee"): the forum of the
/// pair, whose members are named and stay the parties, not a body of its own.
fn named_after_a_pair(
    entities: &Entities<'_>,
    text: &str,
    candidates: &[Candidate],
    name: &Found,
) -> bool {
    // A joint body of the pair, not any body whose name opens with two countries ("the
    // US-China Economic and Security Review Commission" is a US body).
    let joint = words_of(text, name.start, name.end)
        .iter()
        .any(|w| w.text == "Joint");
    if name.kind.is_mission() || !joint {
        return false;
    }
    let party = |c: &Candidate| {
        matches!(
            entities.entry(c.entry).kind,
            EntityType::Country | EntityType::Agency | EntityType::Organization
        )
    };
    let after_dash = |at: usize| {
        text[..at]
            .strip_suffix(['-', '\u{2013}'])
            .map(|before| before.len())
    };
    let party_ending_at = |end: usize| ending_at(candidates, end).any(party);
    let opening = starting_at(candidates, name.start);
    // "the Kenya-Peru Joint Committee": the name opens with the pair; "Kenya–Peru Joint
    // Committee": the dash split the words, and the name opens with the second.
    let pair_inside = opening.iter().filter(|c| party(c)).any(|first| {
        let dash = text[first.end..]
            .chars()
            .next()
            .filter(|c| matches!(c, '-' | '\u{2013}'));
        dash.is_some_and(|dash| {
            starting_at(candidates, first.end + dash.len_utf8())
                .iter()
                .any(|second| party(second) && second.end < name.head_end)
        })
    });
    let pair_before = opening
        .iter()
        .any(|second| party(second) && second.end < name.head_end)
        && after_dash(name.start).is_some_and(party_ending_at);
    pair_inside || pair_before
}

/// Whether a listed body's name that describes what it does ("Space Research Institute", the
/// Russian institute's English name) is only the end of a longer name that opens with another
/// country ("the Egypt Space Research Institute", "the Korea Space Research Institute"): that
/// country's own body, which the gazetteer does not list.
fn another_nations_name(
    entities: &Entities<'_>,
    text: &str,
    candidates: &[Candidate],
    body: &Candidate,
    name: &Found,
) -> bool {
    let Some(home) = entities.home_country(body.entry) else {
        return false;
    };
    !body.acronym
        && body.start > name.start
        && body.end == name.head_end
        && starting_at(candidates, name.start).iter().any(|nation| {
            text[nation.end..body.start] == *" "
                && entities
                    .nation_of(nation.entry)
                    .is_some_and(|nation| nation != home)
        })
}

/// Whether a listed body's name made only of domain words and its head ("Aerospace
/// Corporation") ends a longer name whose first words no gazetteer knows ("the Air Launch
/// Aerospace Corporation"): another body, which the gazetteer does not list.
fn after_unlisted_words(
    entities: &Entities<'_>,
    text: &str,
    candidates: &[Candidate],
    body: &Candidate,
    name: &Found,
) -> bool {
    let patterns = entities.gazetteer().name_patterns();
    let words = words_of(text, body.start, body.end);
    let descriptive = words.split_last().is_some_and(|(_, before_head)| {
        !before_head.is_empty()
            && before_head
                .iter()
                .all(|w| patterns.is(w.text, NameWord::Domain))
    });
    // Candidates are sorted by start: only those starting shortly before the body can
    // overlap the words before it.
    let from = candidates.partition_point(|c| c.start + LONGEST_NAME < name.start);
    let to = candidates.partition_point(|c| c.start < body.start);
    !body.acronym
        && body.start > name.start
        && body.end == name.head_end
        && descriptive
        && !candidates[from..to.max(from)]
            .iter()
            .any(|c| c.end > name.start)
}

/// Whether the words between `from` and `to` hold a domain word ("Space", "Research").
fn holds_domain_word(entities: &Entities<'_>, text: &str, from: usize, to: usize) -> bool {
    let patterns = entities.gazetteer().name_patterns();
    words_of(text, from, to)
        .iter()
        .any(|w| patterns.is(w.text, NameWord::Domain))
}

/// Whether the words from a listed body to `end` only name the body's own country ("the
/// Ruritanian Space Agency of Ruritania", when the gazetteer places the agency there): the
/// listed body and its country, not a new name.
fn of_its_own_country(
    entities: &Entities<'_>,
    text: &str,
    candidates: &[Candidate],
    body: &Candidate,
    end: usize,
) -> bool {
    let Some(own) = entities.entry(body.entry).attributes.get("country") else {
        return false;
    };
    let Some(after_of) = text[body.end..end].strip_prefix(" of ") else {
        return false;
    };
    let country_at = end - after_of.strip_prefix("the ").unwrap_or(after_of).len();
    starting_at(candidates, country_at).iter().any(|c| {
        let entry = entities.entry(c.entry);
        c.end == end
            && entry.kind == EntityType::Country
            && entry.id.strip_prefix("country:") == Some(own)
    })
}

/// Whether a name is followed by a listed body's acronym in brackets, or is in brackets after
/// it: "the Japanese Aerospace Exploration Agency (JAXA)" and "CAST (Chinese Academy of Space
/// Technology)" are the writer's spellings of a body the gazetteer knows. A body's name right
/// before a listed body's is its title: "the State Corporation Roscosmos".
fn glossed_by_listed_body(
    entities: &Entities<'_>,
    text: &str,
    candidates: &[Candidate],
    name: &Found,
) -> bool {
    let after = &text[name.end..];
    if !name.kind.is_mission() && after.starts_with(' ') {
        let titled = starting_at(candidates, name.end + 1)
            .iter()
            .any(|c| is_body(entities, c));
        if titled {
            return true;
        }
    }
    if let Some(inside) = after.strip_prefix(" (").or_else(|| after.strip_prefix('(')) {
        let at = text.len() - inside.len();
        let glossed = |at: usize| {
            starting_at(candidates, at)
                .iter()
                .any(|c| is_body(entities, c) && text[c.end..].starts_with(')'))
        };
        return glossed(at) || glossed_after_a_lead(inside).is_some_and(|gap| glossed(at + gap));
    }
    let Some(open) = text[..name.start].strip_suffix('(') else {
        return false;
    };
    let acronym_end = open.trim_end().len();
    after.starts_with(')')
        && candidates[..candidates.partition_point(|c| c.start < acronym_end)]
            .iter()
            .rev()
            .take_while(|c| c.start + 16 >= acronym_end)
            .any(|c| c.end == acronym_end && c.acronym && is_body(entities, c))
}

/// Where the name stands in a bracket that opens with a phrase introducing it, "known as", "also
/// called", "known by its Spanish acronym,": the byte offset after that phrase, which holds
/// seven words at most, one of them "known", "called" or "acronym".
fn glossed_after_a_lead(inside: &str) -> Option<usize> {
    const LEADS: &[&str] = &["known", "called", "acronym", "abbreviated"];
    let bracket = &inside[..inside.find(')')?];
    let last_word = bracket.trim_end().rfind([' ', ','])? + 1;
    let lead = &bracket[..last_word];
    let words: Vec<&str> = lead
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    (words.len() <= 7 && words.iter().any(|w| LEADS.contains(w)))
        .then(|| last_word + bracket[last_word..].len() - bracket[last_word..].trim_start().len())
}

/// Whether a candidate reads as an agency or an organisation.
fn is_body(entities: &Entities<'_>, candidate: &Candidate) -> bool {
    matches!(
        entities.entry(candidate.entry).kind,
        EntityType::Agency | EntityType::Organization
    )
}

/// Whether a name holds a content word besides the head word and the nation named at `nation`
/// ("Higher Education" in "the Ruritanian Ministry of Higher Education").
fn more_than_nation_and_head(text: &str, name: &Found, nation: &Candidate) -> bool {
    words_of(text, name.start, name.end).iter().any(|w| {
        !w.connector() && (w.end <= nation.start || w.start >= nation.end) && w.end != name.head_end
    })
}

/// The id key of a name: lowercase letters and digits joined by `-`, with British and
/// American spellings made one ("Centre" and "Center"), letters with diacritics written on
/// their base letter ("Sabiá" and "Sabia"), and an ampersand written as "and".
fn slug(name: &str) -> String {
    let mut out = String::new();
    let name = name.replace('&', " and ");
    let letters = name.chars().map(|c| base_letter(c).unwrap_or(c));
    for c in letters.flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-')
        .split('-')
        .map(american_spelling)
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::super::tests::resolved;

    use proptest::prelude::*;
    use regex::Regex;

    use super::{is_letter_or_number, words_of};

    /// The words of `text` as the Unicode word regex `words_of` once ran finds them.
    fn regex_words(text: &str) -> Vec<(usize, usize)> {
        let word = Regex::new(r"[\p{L}\p{N}]+(?:['’.\-&][\p{L}\p{N}]+)*(?:['’]s)?|&").unwrap();
        word.find_iter(text).map(|m| (m.start(), m.end())).collect()
    }

    /// The words `words_of` finds in the whole of `text`.
    fn words(text: &str) -> Vec<(usize, usize)> {
        words_of(text, 0, text.len())
            .iter()
            .map(|w| (w.start, w.end))
            .collect()
    }

    #[test]
    fn words_as_the_regex_found_them() {
        let cases = [
            "NASA and ESA's AT&T deal, signed in the U.S. on 3.5.2024 by Jean-Luc.",
            "R& D, R &D, & and &&, NASA’s and NASA’ s, it's' ’s 's",
            "Société Générale, Roscosmos (Роскосмос) and 中国国家航天局 – ISRO’s 2nd",
            "a.-b '' -x- x-- .5 5. e\u{301}te \u{2167}x \u{24d0}b",
            "",
        ];
        for text in cases {
            assert_eq!(words(text), regex_words(text), "{text}");
        }
    }

    #[test]
    fn word_offsets_inside_a_sentence() {
        let text = "First one. Then AT&T and Boeing’s team, there.";
        let start = text.find("Then").unwrap();
        let end = text.find(", there").unwrap();
        let words = words_of(text, start, end);
        let got: Vec<_> = words
            .iter()
            .map(|w| (w.text, w.joined, w.after_comma))
            .collect();
        assert_eq!(
            got,
            [
                ("Then", true, false),
                ("AT&T", true, false),
                ("and", true, false),
                ("Boeing’s", true, false),
                ("team", true, false),
            ]
        );
        assert!(words.iter().all(|w| &text[w.start..w.end] == w.text));
    }

    #[test]
    fn letters_and_numbers_are_the_regex_classes() {
        let class = Regex::new(r"^[\p{L}\p{N}]$").unwrap();
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let regex = class.is_match(c.encode_utf8(&mut [0; 4]));
            assert!(!regex || c.is_alphanumeric(), "{c:?} is not alphanumeric");
            assert_eq!(is_letter_or_number(c), regex, "{c:?}");
        }
    }

    proptest! {
        #[test]
        fn words_match_the_regex_on_any_text(
            before in "(?s).{0,8}", text in "(?s).{0,80}", after in "(?s).{0,8}"
        ) {
            let whole = format!("{before}{text}{after}");
            let got: Vec<_> = words_of(&whole, before.len(), before.len() + text.len())
                .iter()
                .map(|w| (w.start - before.len(), w.end - before.len()))
                .collect();
            prop_assert_eq!(got, regex_words(&text));
        }

        #[test]
        fn words_match_the_regex_on_word_like_text(
            text in "[a-zA-Z0-9éÉßА-я中’'.&,\\- \n\u{301}\u{2167}]{0,60}"
        ) {
            prop_assert_eq!(words(&text), regex_words(&text));
        }
    }

    /// The local entities `text` names, as (surface, id).
    fn local(text: &str) -> Vec<(String, String)> {
        resolved(text)
            .into_iter()
            .filter(|m| m.1.contains(":local-"))
            .map(|m| (m.0, m.1))
            .collect()
    }

    #[test]
    fn a_unit_named_after_its_listed_body_is_a_name_of_its_own() {
        assert_eq!(
            local("The JAXA Space Exploration Center met Peru."),
            [(
                "JAXA Space Exploration Center".to_string(),
                "organization:local-jaxa-space-exploration-center".to_string()
            )]
        );
        // The body itself, written with its description, is no unit.
        assert!(local("The Roscosmos Space Agency met Peru.").is_empty());
    }

    #[test]
    fn a_listed_description_after_unlisted_words_is_another_body() {
        assert_eq!(
            local("Peru signed a deal with the Andes Launch Aerospace Corporation."),
            [(
                "Andes Launch Aerospace Corporation".to_string(),
                "organization:local-andes-launch-aerospace-corporation".to_string()
            )]
        );
        // Written alone, it is the listed body.
        assert!(local("Peru signed a deal with the Aerospace Corporation.").is_empty());
    }

    #[test]
    fn in_goes_on_to_fields_and_a_school_is_a_body() {
        let texts = |text: &str| local(text).into_iter().map(|(t, _)| t).collect::<Vec<_>>();
        assert_eq!(
            texts("Lima works at the Center for Research in Aerospace Technologies with ESA."),
            ["Center for Research in Aerospace Technologies"]
        );
        assert_eq!(
            texts("Lima works at the Institute for Research in Nairobi with ESA."),
            ["Institute for Research"]
        );
        assert_eq!(
            texts("The station at the Zorva Military Aviation School was tested."),
            ["Zorva Military Aviation School"]
        );
        // "Electronics" or "Solutions" ends technical phrases as often as companies' names.
        assert!(texts("The satellite uses Power Electronics and Ground Solutions.").is_empty());
    }

    #[test]
    fn a_possessive_before_another_name_ends_a_name() {
        assert_eq!(
            local("Lima works in the Department of Physics and Engineering Physics of Kenyatta's School of Sciences."),
            [
                (
                    "Department of Physics and Engineering Physics".to_string(),
                    "organization:local-department-of-physics-and-engineering-physics".to_string()
                ),
                (
                    "School of Sciences".to_string(),
                    "organization:local-school-of-sciences".to_string()
                )
            ]
        );
    }

    #[test]
    fn a_possessive_ends_a_described_name() {
        assert_eq!(
            local("As part of the Peruvian company Andes Orbital’s Condor programme, it failed."),
            [(
                "Andes Orbital".to_string(),
                "organization:local-andes-orbital".to_string()
            )]
        );
    }

    #[test]
    fn a_name_before_an_appositive_of_its_kind_is_a_body() {
        assert_eq!(
            local("NASA signed a contract with Zentrix, a Peruvian startup, to build the camera."),
            [(
                "Zentrix".to_string(),
                "organization:local-zentrix".to_string()
            )]
        );
        // A person described by a body's noun, an opening phrase, or a noun that is no head.
        assert!(local("The deal was signed by Jane Roe, a company spokeswoman.").is_empty());
        assert!(local("In March, a Kenyan company said it would join.").is_empty());
        assert!(local("Peru, a firm believer in cooperation, joined.").is_empty());
        // A noun inside a phrase of the appositive; a person's honorific before the name.
        assert!(local("ESA signed the deal, said Musk, the head of the company.").is_empty());
        assert!(local("Kenya signed with Mr. Otieno, a supplier, to provide antennas.").is_empty());
    }

    #[test]
    fn a_body_named_after_a_pair_is_their_forum() {
        // The two countries keep their mentions; no body of its own.
        assert!(local("The Kenya-Peru Joint Committee on Space met in May.").is_empty());
        assert_eq!(
            resolved("The Kenya–Peru Joint Committee on Space met in May.")
                .into_iter()
                .map(|m| m.1)
                .collect::<Vec<_>>(),
            ["country:KE", "country:PE"]
        );
        // One country before the name: its body.
        assert_eq!(
            local("The Kenya Joint Committee on Space met in May.").len(),
            1
        );
    }

    #[test]
    fn a_listed_description_after_another_country_is_that_countrys_body() {
        // The gazetteer lists "Space Research Institute" for Russia's and Austria's institutes.
        assert_eq!(
            local("The Egypt Space Research Institute met NASA."),
            [(
                "Egypt Space Research Institute".to_string(),
                "organization:local-egypt-space-research-institute".to_string()
            )]
        );
        let ids = |text| -> Vec<String> { resolved(text).into_iter().map(|m| m.1).collect() };
        assert!(!ids("The Korea Space Research Institute met NASA.")
            .contains(&"organization:iki".to_string()));
        // Its own country's name before it leaves the listed body.
        assert!(local("The Russia Space Research Institute met NASA.").is_empty());
        assert!(ids("The Russian Space Research Institute met NASA.")
            .contains(&"organization:iki".to_string()));
    }

    #[test]
    fn a_unit_named_after_its_listed_body_leaves_the_body_its_own_mentions() {
        let got = resolved("The JAXA Space Exploration Center opened. JAXA thanked Peru.");
        let ids: Vec<&str> = got.iter().map(|m| m.1.as_str()).collect();
        assert_eq!(
            ids,
            [
                "organization:local-jaxa-space-exploration-center",
                "agency:jaxa",
                "country:PE"
            ]
        );
    }

    #[test]
    fn a_unit_of_the_body_it_belongs_to_is_a_name_of_its_own() {
        let got =
            local("Peru met the Lunar Dust Research Institute of the Zorvian Academy of Sciences.");
        let names: Vec<&str> = got.iter().map(|(name, _)| name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Lunar Dust Research Institute",
                "Zorvian Academy of Sciences"
            ]
        );
    }

    #[test]
    fn a_company_is_known_by_its_name_without_the_legal_form() {
        let text = "Tengri Orbital JSC and Galam LLP met. Quillfield Orbital Ltd. signed.";
        assert_eq!(
            local(text),
            [
                (
                    "Tengri Orbital JSC".to_string(),
                    "organization:local-tengri-orbital".to_string()
                ),
                (
                    "Galam LLP".to_string(),
                    "organization:local-galam".to_string()
                ),
                (
                    "Quillfield Orbital Ltd".to_string(),
                    "organization:local-quillfield-orbital".to_string()
                ),
            ]
        );
    }

    #[test]
    fn unlisted_names_by_their_shape() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "The Boreal Institute of Space Physics signed with ESA.",
                &[(
                    "Boreal Institute of Space Physics",
                    "organization:local-boreal-institute-of-space-physics",
                )],
            ),
            // A hyphenated title after the head word is no part of the name.
            (
                "It was signed by the Boreal Space Corporation Deputy-Director Ana Lima.",
                &[(
                    "Boreal Space Corporation",
                    "organization:local-boreal-space-corporation",
                )],
            ),
            // A noun for a kind of body names the body after it, and those after "and".
            (
                "ESA signed with the Ruritanian firms Quillfield and Borealis Orbital.",
                &[
                    ("Quillfield", "organization:local-quillfield"),
                    ("Borealis Orbital", "organization:local-borealis-orbital"),
                ],
            ),
            // Single letters joined by "&" are one short form inside the name.
            (
                "Engineers of Nairobi A & M University met ESA.",
                &[(
                    "Nairobi A & M University",
                    "organization:local-nairobi-a-and-m-university",
                )],
            ),
            // Not a title or a day after it.
            (
                "The company CEO Ana Lima said the firm Monday signed with ESA.",
                &[],
            ),
            // A body's name right before a listed body's name is its title.
            (
                "Ana Lima, head of the State Corporation Roscosmos, met ESA.",
                &[],
            ),
            // "and" between a domain word and a field word inside a name.
            (
                "Engineers of ISRO and Communications and Information Technology Authority of Ruritania met.",
                &[(
                    "Communications and Information Technology Authority of Ruritania",
                    "organization:local-communications-and-information-technology-authority-of-ruritania",
                )],
            ),
            // A domain word in the singular counts as in the plural.
            (
                "The Boreal Telecommunication Regulatory Commission signed with Thales.",
                &[(
                    "Boreal Telecommunication Regulatory Commission",
                    "organization:local-boreal-telecommunication-regulatory-commission",
                )],
            ),
            // Technical fields a centre is named for ("Sensors and Systems") join by "and" too.
            (
                "The Boreal Centre for Space Sensors and Systems works with ESA.",
                &[(
                    "Boreal Centre for Space Sensors and Systems",
                    "organization:local-boreal-center-for-space-sensors-and-systems",
                )],
            ),
            // A name that goes on to a craft's noun is the craft's, not a body's.
            (
                "The team built the “First Boreal University Nano Satellite-Precursor Flight” for JAXA.",
                &[],
            ),
            // A head word in the plural before a list describes several bodies.
            (
                "The heads of the Space Agencies of Kenya, Peru and Chile met.",
                &[],
            ),
            // A person's name after the fields of a head-first name is no part of it.
            (
                "The Director of the Boreal Office of Space Affairs Ana Maria Lima spoke.",
                &[(
                    "Boreal Office of Space Affairs",
                    "organization:local-boreal-office-of-space-affairs",
                )],
            ),
            // Fields joined by "and" inside a name, before its head or after "of".
            (
                "The Boreal Space Science and Technology Research Institute met the Ministry of Science and Culture of Ruritania.",
                &[
                    (
                        "Boreal Space Science and Technology Research Institute",
                        "organization:local-boreal-space-science-and-technology-research-institute",
                    ),
                    (
                        "Ministry of Science and Culture of Ruritania",
                        "organization:local-ministry-of-science-and-culture-of-ruritania",
                    ),
                ],
            ),
            // A place before "and" ends the name: the body after it is another.
            (
                "The University of Mombasa and Orbital Technologies met.",
                &[
                    (
                        "University of Mombasa",
                        "organization:local-university-of-mombasa",
                    ),
                    (
                        "Orbital Technologies",
                        "organization:local-orbital-technologies",
                    ),
                ],
            ),
            // A field after a mission's head word names a division, no mission.
            ("The BAE Space and Mission Systems team met.", &[]),
            // A head word that is also a field lists a field after a field, and heads a body
            // after another word.
            (
                "The Ministry of Posts and Information Technologies met Orbital Technologies.",
                &[
                    (
                        "Ministry of Posts and Information Technologies",
                        "organization:local-ministry-of-posts-and-information-technologies",
                    ),
                    (
                        "Orbital Technologies",
                        "organization:local-orbital-technologies",
                    ),
                ],
            ),
            (
                "The Ministry of Telecommunications and Orbital Technologies met.",
                &[
                    (
                        "Ministry of Telecommunications",
                        "organization:local-ministry-of-telecommunications",
                    ),
                    (
                        "Orbital Technologies",
                        "organization:local-orbital-technologies",
                    ),
                ],
            ),
            // Not across a body's head word, nor into a field that is no domain's.
            (
                "The Boreal Academy of Space Technology and Quillfield Institute of Physics met.",
                &[
                    (
                        "Boreal Academy of Space Technology",
                        "organization:local-boreal-academy-of-space-technology",
                    ),
                    (
                        "Quillfield Institute of Physics",
                        "organization:local-quillfield-institute-of-physics",
                    ),
                ],
            ),
            // A name closed by its head word does not run on into a person's name.
            (
                "The head of the Boreal Space Science Directorate Ana Lima spoke.",
                &[(
                    "Boreal Space Science Directorate",
                    "organization:local-boreal-space-science-directorate",
                )],
            ),
            // Two bodies joined by "and" stay two; a university needs no domain word.
            (
                "Quillfield University and the Ministry of Education and Research of Estonia met.",
                &[
                    ("Quillfield University", "organization:local-quillfield-university"),
                    (
                        "Ministry of Education and Research of Estonia",
                        "organization:local-ministry-of-education-and-research-of-estonia",
                    ),
                ],
            ),
            // A ministry with no word of science or space is not a body of the domain; one of
            // the environment or the oceans is (it observes the Earth).
            ("The Ministry of Tourism of Estonia met.", &[]),
            (
                "The Ministry of the Environment of Estonia met the Boreal Oceanic Administration.",
                &[
                    (
                        "Ministry of the Environment of Estonia",
                        "organization:local-ministry-of-the-environment-of-estonia",
                    ),
                    (
                        "Boreal Oceanic Administration",
                        "organization:local-boreal-oceanic-administration",
                    ),
                ],
            ),
            // A list of fields with a serial comma belongs to the name; a list of countries
            // does not.
            (
                "The Ministry of Science, Technology, Information, and Communication of Estonia met.",
                &[(
                    "Ministry of Science, Technology, Information, and Communication of Estonia",
                    "organization:local-ministry-of-science-technology-information-and-communication-of-estonia",
                )],
            ),
            // "on" goes on from a head word only.
            (
                "The Boreal Committee on Polar Science met the Boreal Space Agency of Ruritania on the Moon Base.",
                &[
                    (
                        "Boreal Committee on Polar Science",
                        "organization:local-boreal-committee-on-polar-science",
                    ),
                    (
                        "Boreal Space Agency of Ruritania",
                        "agency:local-boreal-space-agency-of-ruritania",
                    ),
                ],
            ),
            // Medicine and biology are sciences a body is named for.
            (
                "The Boreal Institute of Cell Science and Regenerative Medicine met.",
                &[(
                    "Boreal Institute of Cell Science and Regenerative Medicine",
                    "organization:local-boreal-institute-of-cell-science-and-regenerative-medicine",
                )],
            ),
            // "ICT" and "Posts" are fields a ministry is named for.
            (
                "The Ministry of Science, ICT and Future Planning met.",
                &[(
                    "Ministry of Science, ICT and Future Planning",
                    "organization:local-ministry-of-science-ict-and-future-planning",
                )],
            ),
            (
                "The Ministry of Science, Chad and Quillfield met.",
                &[("Ministry of Science", "organization:local-ministry-of-science")],
            ),
            // A code name before a mission noun; the later use is found too.
            (
                "Quillfield Rocket Industries and the Ministry of Higher Education, Science, Research and Innovation of Estonia met.",
                &[
                    (
                        "Quillfield Rocket Industries",
                        "organization:local-quillfield-rocket-industries",
                    ),
                    (
                        "Ministry of Higher Education, Science, Research and Innovation of Estonia",
                        "organization:local-ministry-of-higher-education-science-research-and-innovation-of-estonia",
                    ),
                ],
            ),
            (
                "The Space Research Institute of the People's Republic of Ruritania met.",
                &[(
                    "Space Research Institute of the People's Republic of Ruritania",
                    "organization:local-space-research-institute-of-the-people-s-republic-of-ruritania",
                )],
            ),
            (
                "Kenya launched the ZX-2 satellite. ZX-2 works.",
                &[
                    ("ZX-2", "mission:local-zx-2"),
                    ("ZX-2", "mission:local-zx-2"),
                ],
            ),
            // A country's name with a number is the craft's name, not the country.
            (
                "Kenya launched the Peru-1 satellite. Peru-1 works.",
                &[
                    ("Peru-1", "mission:local-peru-1"),
                    ("Peru-1", "mission:local-peru-1"),
                ],
            ),
            ("The Moon mission and the Mars probe flew.", &[]),
            // A name given to a craft after a naming word, or a code name in commas after the
            // craft's noun.
            (
                "Kenya gets two satellites - to be named Aurora-7 and Aurora-8 - from Peru. The rover, dubbed Tenacious, flew. The mission, known as Boreal Sky, flew. Peru launched a satellite, ZX-2A, from Lima.",
                &[
                    ("Aurora-7", "mission:local-aurora-7"),
                    ("Aurora-8", "mission:local-aurora-8"),
                    ("Tenacious", "mission:local-tenacious"),
                    ("Boreal Sky", "mission:local-boreal-sky"),
                    ("ZX-2A", "mission:local-zx-2a"),
                ],
            ),
            // A name right after a singular mission noun, and a code name before its
            // description in commas.
            (
                "Peru built the imaging rover Tenacious. Kenya launched ZX-2, its first satellite, in May. Badr-A, Chile's first indigenously built satellite, flew.",
                &[
                    ("Tenacious", "mission:local-tenacious"),
                    ("ZX-2", "mission:local-zx-2"),
                    ("Badr-A", "mission:local-badr-a"),
                ],
            ),
            // Not after a plural noun, a calendar word, a single letter, the subject of a
            // clause that describes the craft, or a description that opens without a
            // determiner; capitals alone make no code name.
            (
                "The satellites Kenya built flew. The probe Monday flew. The mission I led flew. The rover Ana Lima drove flew. It flew on ZX-2, which carried the satellite, in May. Kenya and Peru signed an MoU, their first on a satellite.",
                &[],
            ),
            // A domain word may be one part of a hyphenated word.
            (
                "Kenya and the Solar-Terrestrial Influence Laboratory met.",
                &[(
                    "Solar-Terrestrial Influence Laboratory",
                    "organization:local-solar-terrestrial-influence-laboratory",
                )],
            ),
            // A technical field is a domain word.
            (
                "Kenya and the Institute of Robotics and Mechatronics met.",
                &[(
                    "Institute of Robotics and Mechatronics",
                    "organization:local-institute-of-robotics-and-mechatronics",
                )],
            ),
            // A programme's noun announces a programme's name.
            (
                "The rover is part of a Kenyan program called Pathfinder. The initiative, known as Sky Bridge, grew. A computer program called Orbitkit helped.",
                &[
                    ("Pathfinder", "program:local-pathfinder"),
                    ("Sky Bridge", "program:local-sky-bridge"),
                ],
            ),
            (
                "The small satellites, called CubeSats, fly. The probe was named after Ana Lima. The team, called Tenacious, won.",
                &[],
            ),
            // A mission's head word with only a place or a crew role is no mission's name.
            (
                "The Lunar Mission flew. Ana Lima was Mission Specialist and Mission Commander.",
                &[],
            ),
            // A kind of mission is no mission's name either.
            (
                "They held a Joint Mission Review. A Crewed Mission and a Robotic Mission follow.",
                &[],
            ),
            (
                "The Boreal Lunar Mission flew.",
                &[("Boreal Lunar Mission", "mission:local-boreal-lunar-mission")],
            ),
            // A numbered member of a listed series the gazetteer does not list; a year after a
            // space and a decimal number are no member's number.
            (
                "GSAT-31A and Landsat 12 flew; Landsat 2030 is a plan and GSAT 2.5 a size.",
                &[
                    ("GSAT-31A", "mission:local-gsat-31a"),
                    ("Landsat 12", "mission:local-landsat-12"),
                ],
            ),
            // A series whose acronym is also a word: in capitals with the number joined.
            (
                "GOES-9 flew; what goes 9 times around stays.",
                &[("GOES-9", "mission:local-goes-9")],
            ),
            // A group needs a domain word; holdings are a company's.
            (
                "The Quillfield Aerospace Technology Group met Vantor Holdings and the Tea Group.",
                &[
                    (
                        "Quillfield Aerospace Technology Group",
                        "organization:local-quillfield-aerospace-technology-group",
                    ),
                    ("Vantor Holdings", "organization:local-vantor-holdings"),
                ],
            ),
            // One name with and without its diacritics, or with "&" for "and", is one entity.
            (
                "The Space & Rocket Institute met the Space and Rocket Institute.",
                &[
                    (
                        "Space & Rocket Institute",
                        "organization:local-space-and-rocket-institute",
                    ),
                    (
                        "Space and Rocket Institute",
                        "organization:local-space-and-rocket-institute",
                    ),
                ],
            ),
            (
                "The Boréal Institute of Space Physics met the Boreal Institute of Space Physics.",
                &[
                    (
                        "Boréal Institute of Space Physics",
                        "organization:local-boreal-institute-of-space-physics",
                    ),
                    (
                        "Boreal Institute of Space Physics",
                        "organization:local-boreal-institute-of-space-physics",
                    ),
                ],
            ),
            // The labels of a fact box are no missions.
            (
                "- Mission Type: Science\n- Previous Mission: none\nThe Boreal Mission flew.",
                &[("Boreal Mission", "mission:local-boreal-mission")],
            ),
            // A programme's name takes its number.
            (
                "Kenya adopted the Orbital Science Program 2030-2040 last week.",
                &[(
                    "Orbital Science Program 2030-2040",
                    "program:local-orbital-science-program-2030-2040",
                )],
            ),
            // Sentence starters are not part of a name; possessives end one; a nationality
            // before the head qualifies a name that holds more.
            (
                "Under the plan, Kenyan Space Research Centre staff met ESA's Boreal Astrophysics Programme Committee.",
                &[
                    (
                        "Kenyan Space Research Centre",
                        "organization:local-kenyan-space-research-center",
                    ),
                    (
                        "Boreal Astrophysics Programme Committee",
                        "organization:local-boreal-astrophysics-program-committee",
                    ),
                ],
            ),
            // Two head and domain words alone describe a body, without "of"; three name one;
            // a school's head needs no domain word.
            (
                "Space Agency staff toured the Space Centre and the Faculty of Law.",
                &[("Faculty of Law", "organization:local-faculty-of-law")],
            ),
            (
                "Sanctions hit the Astronautics Research Institute.",
                &[(
                    "Astronautics Research Institute",
                    "organization:local-astronautics-research-institute",
                )],
            ),
            // A nationality and a head alone are no name; a number starts none.
            ("The Kenyan Institute met.", &[]),
            (
                "Two Boreal Research Centres met.",
                &[(
                    "Boreal Research Centres",
                    "organization:local-boreal-research-centers",
                )],
            ),
            // "and the" ends a name: fields are listed without an article.
            (
                "The Bureau of Rocket Research and the Quillfield Board met.",
                &[(
                    "Bureau of Rocket Research",
                    "organization:local-bureau-of-rocket-research",
                )],
            ),
            // Nor into capitalised words that hold no field, a title; nor into a date.
            (
                "The Committee on Rocket Policy and Director General, Space Research Institute, Ana Lima met.",
                &[(
                    "Committee on Rocket Policy",
                    "organization:local-committee-on-rocket-policy",
                )],
            ),
            (
                "The Quillfield Rocket Research Ministry on April 24 met.",
                &[(
                    "Quillfield Rocket Research Ministry",
                    "organization:local-quillfield-rocket-research-ministry",
                )],
            ),
            // A mission's head in the plural names an office, not a mission.
            ("The Earth Observation Missions office met.", &[]),
            (
                "The Quillfield Union for Astronomy and Space Sciences met.",
                &[(
                    "Quillfield Union for Astronomy and Space Sciences",
                    "organization:local-quillfield-union-for-astronomy-and-space-sciences",
                )],
            ),
            // A listed body's acronym after the name, or before it in brackets, says which body
            // a misspelt name is.
            ("The Japanese Aerospace Exploration Agency (JAXA) met.", &[]),
            ("Then CAST (Chinese Academy for Space Technology) met.", &[]),
            // So does the acronym after a phrase that introduces it in the bracket.
            (
                "The Boreal Commission on Space Activity (known by its Spanish acronym, CONAE) met.",
                &[],
            ),
            ("The Boreal Space Bureau (also called JAXA) met.", &[]),
            // A name does not end on the kind of craft it is for.
            (
                "The Lunar Research Institute for CubeSats to fly met.",
                &[(
                    "Lunar Research Institute",
                    "organization:local-lunar-research-institute",
                )],
            ),
            (
                "The Centre for Satellite Applications met.",
                &[(
                    "Centre for Satellite Applications",
                    "organization:local-center-for-satellite-applications",
                )],
            ),
            // A listed body's name whose complement goes on with a domain word ("Institute of
            // Aviation" is listed) opens another body's name.
            (
                "The Institute of Aviation Medicine trained the crew.",
                &[(
                    "Institute of Aviation Medicine",
                    "organization:local-institute-of-aviation-medicine",
                )],
            ),
            // Before a noun for a part of a body, the words are that part's: the listed
            // university stays.
            ("The University of Nairobi Astrophysics group met ESA.", &[]),
            // "Energia" names a rocket too, but as the company it may open a unit's name.
            (
                "Engineers of the Energia Space Exploration Center met ESA.",
                &[(
                    "Energia Space Exploration Center",
                    "organization:local-energia-space-exploration-center",
                )],
            ),
        ];
        for (text, want) in cases {
            let want: Vec<(String, String)> = want
                .iter()
                .map(|(s, i)| (s.to_string(), i.to_string()))
                .collect();
            assert_eq!(local(text), want, "{text}");
        }
    }

    #[test]
    fn spellings_of_one_name_are_one_entity() {
        let got =
            local("The Boreal Ice Research Centre met. The Boreal Ice Research Center agreed.");
        assert_eq!(got.len(), 2);
        assert!(got
            .iter()
            .all(|(_, id)| id == "organization:local-boreal-ice-research-center"));
    }

    #[test]
    fn a_listed_qualified_name_claims_its_short_form() {
        // Both names are gazetteer entries of their own.
        let got = super::super::tests::ids(
            "The National Academy of Sciences of Belarus signed. The National Academy of Sciences agreed.",
        );
        assert_eq!(got, ["organization:nasb", "organization:nasb"]);
    }

    #[test]
    fn a_qualified_name_claims_its_short_form() {
        let text = "The Space Telescope Science Institute of Ruritania hosted the meeting. Later the Space Telescope Science Institute published its notes.";
        let got = local(text);
        let id = "organization:local-space-telescope-science-institute-of-ruritania";
        assert_eq!(
            got,
            [
                (
                    "Space Telescope Science Institute of Ruritania".to_string(),
                    id.to_string()
                ),
                (
                    "Space Telescope Science Institute".to_string(),
                    id.to_string()
                ),
            ]
        );
    }

    #[test]
    fn a_capitalised_head_word_after_the_names_the_body_again() {
        let text = "The Bureau of Meteorology met the Japan Meteorological Agency. Later the \
                    Bureau signed; the Bureau Chief spoke, the bureau of statistics met and \
                    the Agency agreed.";
        let got: Vec<(String, String)> = super::super::tests::resolved(text)
            .into_iter()
            .map(|(surface, id, _)| (surface, id))
            .collect();
        let bureau = "organization:bom".to_string();
        let jma = "organization:jma".to_string();
        assert_eq!(
            got,
            [
                ("Bureau of Meteorology".to_string(), bureau.clone()),
                ("Japan Meteorological Agency".to_string(), jma),
                ("Bureau".to_string(), bureau),
            ]
        );
    }

    #[test]
    fn a_letter_of_two_bytes_before_the_article_is_no_article() {
        let got = super::super::tests::resolved(
            "Café he said the Bureau of Meteorology met; thé he poured, the Bureau agreed.",
        );
        let bureaus = got.iter().filter(|m| m.1 == "organization:bom").count();
        assert_eq!(bureaus, 2);
    }

    #[test]
    fn a_head_word_is_the_last_word_before_a_connector() {
        assert_eq!(super::head_word("Bureau of Meteorology"), Some("Bureau"));
        assert_eq!(
            super::head_word("International Charter on Space and Major Disasters"),
            Some("Charter")
        );
        assert_eq!(
            super::head_word("Space Data Association"),
            Some("Association")
        );
        assert_eq!(super::head_word("Bureau"), None);
        assert_eq!(super::head_word("Mission of ESA"), Some("Mission"));
        assert_eq!(super::head_word("the IAU"), None);
    }

    #[test]
    fn a_listed_body_with_its_own_country_is_no_new_name() {
        let got = super::super::tests::resolved(
            "The Japan Aerospace Exploration Agency of Japan and the National Aeronautics and \
             Space Administration of the United States signed it. The Indian Space Research \
             Organisation of Japan did not.",
        );
        let names: Vec<(&str, &str)> = got.iter().map(|m| (m.0.as_str(), m.1.as_str())).collect();
        assert_eq!(
            names,
            [
                ("Japan Aerospace Exploration Agency", "agency:jaxa"),
                ("Japan", "country:JP"),
                (
                    "National Aeronautics and Space Administration",
                    "agency:nasa"
                ),
                ("United States", "country:US"),
                // Another country's: a name of its own, not the listed body.
                (
                    "Indian Space Research Organisation of Japan",
                    "organization:local-indian-space-research-organization-of-japan"
                ),
            ]
        );
    }
}
