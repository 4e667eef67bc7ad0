//! One Aho-Corasick automaton over every name of every entry. It finds all candidates,
//! overlapping ones included; choosing among them is the resolve stage's job.

use foldhash::{HashMap, HashMapExt, HashSet};

use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, MatchKind};

use super::{Alias, Entry, NAME_CONNECTORS};
use crate::text::normalize::{
    ampersand_spelling, normalize_phrase, other_regional_spelling, NormText,
};
use crate::text::segment::{word_run_end, WORD_BYTE};

/// One pattern of the automaton: a normalized name and the entries that carry it.
#[derive(Debug)]
struct Pattern {
    /// Acronyms and names with inner capitals must match in exactly their own case.
    exact_case: bool,
    /// The name is an acronym.
    acronym: bool,
    /// An all-capitals acronym of a space agency, or of another body from five letters, which
    /// British style also writes as a word ("Nasa", "Esa", "Nepad"), or a name compounded of
    /// capitalised words written with one capital ("Gomspace"): that spelling matches too, as
    /// an ambiguous reading.
    word_spelling: Option<String>,
    /// A satellite's name written with capitals inside ("CFOSAT", "MisrSat-2", "NigComSat-1"):
    /// news writes it in any case that starts with a capital ("CFOSat", "MISRSAT-2",
    /// "Nigcomsat-1"), and so it matches. Only names with a number or the ending "sat", which
    /// no English word shares.
    any_capitalised_case: bool,
    /// A description rather than a proper name ("US space agency"): some of its words are
    /// written in lowercase.
    descriptive: bool,
    /// A description of a country or body only ("US space agency"): it also matches written
    /// in title case ("the US Space Agency"), where a mission's ("MMX rover") does not.
    title_case_too: bool,
    /// The normalized pattern text, for the exact-case check.
    text: String,
    /// (entry index, marked ambiguous) for every entry with this name.
    targets: Vec<(usize, bool)>,
    /// For each target, whether the name is the entry's canonical name.
    canonical: Vec<bool>,
}

/// A name found in the text: one candidate reading of a span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// Index of the entry in the gazetteer.
    pub entry: usize,
    /// Raw start byte offset.
    pub start: usize,
    /// Raw end byte offset.
    pub end: usize,
    /// The alias was marked ambiguous.
    pub ambiguous: bool,
    /// The alias is an acronym.
    pub acronym: bool,
    /// The alias is the entry's canonical name.
    pub canonical: bool,
}

/// The compiled name matcher.
#[derive(Debug)]
pub struct Matcher {
    /// The patterns in lowercase, walked from each place a word may start.
    automaton: NFA,
    /// Whether a pattern starts with the byte (in lowercase): the walk from anywhere else
    /// ends at once.
    first_bytes: [bool; 256],
    /// The first words of the patterns: a walk from a word no pattern starts with is not
    /// begun.
    first_words: FirstWords,
    patterns: Vec<Pattern>,
}

/// A set of words (ASCII case folded) that may answer "maybe" for a word not in it (a Bloom
/// filter of two probes, small enough to stay in the processor's cache): the walks of the
/// automaton it saves each cost a few cache misses, as most words of a text start no name.
#[derive(Debug)]
struct FirstWords {
    bits: Vec<u64>,
}

impl FirstWords {
    /// Bits of a probe's index: 2^17 bits (16 KiB) for a few thousand words.
    const INDEX_BITS: u32 = 17;

    fn new() -> FirstWords {
        FirstWords {
            bits: vec![0; (1 << Self::INDEX_BITS) / 64],
        }
    }

    /// The two bits of a word.
    fn probes(word: &[u8]) -> [usize; 2] {
        let hash = word_hash(word);
        let mask = (1 << Self::INDEX_BITS) - 1;
        [
            (hash >> (64 - Self::INDEX_BITS)) as usize,
            (hash >> 20) as usize & mask,
        ]
    }

    fn insert(&mut self, word: &[u8]) {
        for bit in Self::probes(word) {
            self.bits[bit / 64] |= 1 << (bit % 64);
        }
    }

    /// Whether the word may be in the set (it is, or its bits are those of others).
    fn may_contain(&self, word: &[u8]) -> bool {
        Self::probes(word)
            .iter()
            .all(|&bit| self.bits[bit / 64] & (1 << (bit % 64)) != 0)
    }
}

/// A hash of a word for [`FirstWords`]: its first and last eight bytes and its length,
/// multiplied through. Every word of every text is hashed, and a hash that goes byte by byte
/// waits on one multiplication per byte; this one takes two, whatever the length.
fn word_hash(word: &[u8]) -> u64 {
    fn load(bytes: &[u8]) -> u64 {
        let mut eight = [0u8; 8];
        eight[..bytes.len()].copy_from_slice(bytes);
        u64::from_le_bytes(eight)
    }
    let (head, tail) = match word.len() {
        0..=8 => (load(word), 0),
        n => (load(&word[..8]), load(&word[n - 8..])),
    };
    let mut h = (head ^ tail.rotate_left(31) ^ (word.len() as u64).rotate_left(56))
        .wrapping_mul(0x9e37_79b9_7f4a_7c15);
    h ^= h >> 29;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^ (h >> 32)
}

/// The word characters a text starts with (its first word, or nothing when it starts with
/// another character).
fn first_word(text: &str) -> &str {
    &text[..word_run_end(text, 0, &WORD_BYTE, is_word_char)]
}

impl Matcher {
    /// Compiles the names of `entries` into one case-insensitive automaton.
    pub fn build(entries: &[Entry]) -> Matcher {
        let mut patterns: Vec<Pattern> = Vec::new();
        // Only looked up, never iterated: the order of the patterns is the entries'.
        let names = entries.iter().map(|e| e.names().count()).sum::<usize>();
        let mut index: HashMap<String, usize> = HashMap::with_capacity(names);
        let mut canonical = HashMap::with_capacity(names);
        // A spelling made from a name never takes over a name some entry is written with.
        let written: HashSet<String> = entries
            .iter()
            .flat_map(Entry::names)
            .map(|alias| normalize_phrase(&alias.text).to_lowercase())
            .collect();
        let formal = FormalCountryNames::of(entries);
        for (entry_index, entry) in entries.iter().enumerate() {
            let spellings = entry.names().enumerate().flat_map(|(name_index, alias)| {
                let text = normalize_phrase(&alias.text);
                // The other spellings a name also matches in: a shortened suffix, the other
                // regional spelling, "&" for "and" (in either spelling), a university's other
                // word order, a compound word written apart, a mission's number in Roman
                // numerals, a country's formal name after "of".
                let others: Vec<String> = [
                    abbreviated_suffix(&text),
                    other_regional_spelling(&text),
                    ampersand_spelling(&text),
                    other_regional_spelling(&text).and_then(|other| ampersand_spelling(&other)),
                    university_word_order(&text),
                    field_preposition_spelling(&text),
                    (entry.kind == super::EntityType::Mission)
                        .then(|| roman_numeral_spelling(&text))
                        .flatten(),
                ]
                .into_iter()
                .flatten()
                .chain(formal.spellings(entry.kind, &text))
                .filter(|o| !written.contains(&o.to_lowercase()))
                .collect();
                // A one-word name written apart ("Black Sky") may be two ordinary words: it
                // needs support in the text, as an ambiguous name does.
                let apart = compound_word_spelling(&text)
                    .filter(|o| !written.contains(&o.to_lowercase()))
                    .map(|other| {
                        let ambiguous = alias.ambiguous || !text.contains(' ');
                        let apart = Alias {
                            ambiguous,
                            ..alias.clone()
                        };
                        (usize::MAX, apart, other)
                    });
                let written = (name_index, alias.clone(), text);
                std::iter::once(written)
                    .chain(
                        others
                            .into_iter()
                            .map(move |other| (usize::MAX, alias.clone(), other)),
                    )
                    .chain(apart)
            });
            for (name_index, alias, text) in spellings {
                if text.is_empty() {
                    continue;
                }
                let exact_case = alias.is_case_sensitive();
                let key = if exact_case {
                    format!("A{text}")
                } else {
                    format!("N{}", text.to_lowercase())
                };
                let slot = *index.entry(key).or_insert_with(|| {
                    patterns.push(Pattern {
                        exact_case,
                        acronym: alias.is_acronym(),
                        word_spelling: None,
                        any_capitalised_case: false,
                        descriptive: is_descriptive(&text),
                        title_case_too: false,
                        text: text.clone(),
                        targets: Vec::new(),
                        canonical: Vec::new(),
                    });
                    patterns.len() - 1
                });
                let pattern = &mut patterns[slot];
                if let Some(target) = pattern.targets.iter_mut().find(|t| t.0 == entry_index) {
                    target.1 &= alias.ambiguous;
                } else {
                    pattern.targets.push((entry_index, alias.ambiguous));
                }
                let is_canonical = canonical.entry((slot, entry_index)).or_insert(false);
                *is_canonical |= name_index == 0;
            }
        }
        for pattern in &mut patterns {
            // Space agencies, and other bodies with an acronym of five letters or more
            // ("Nepad", "Eumetsat"): shorter acronyms of other bodies include ordinary words
            // ("CAST", "VAST", "HAL") that a capitalised word would then match.
            let long = pattern.text.len() >= 5;
            let bodies_only = pattern.targets.iter().all(|&(e, ambiguous)| {
                !ambiguous
                    && (entries[e].kind == super::EntityType::Agency
                        || (long && entries[e].kind == super::EntityType::Organization))
            });
            let missions_only = pattern
                .targets
                .iter()
                .all(|&(e, _)| entries[e].kind.is_mission());
            if pattern.acronym && bodies_only {
                pattern.word_spelling = word_spelling(&pattern.text);
            } else if pattern.exact_case {
                let acronyms = missions_only
                    .then(|| acronyms_spelled_as_words(&pattern.text))
                    .flatten();
                pattern.word_spelling = acronyms.or_else(|| {
                    (!pattern.acronym)
                        .then(|| compound_capitalised_once(&pattern.text))
                        .flatten()
                });
            }
            pattern.title_case_too = pattern.descriptive
                && pattern
                    .targets
                    .iter()
                    .all(|&(e, _)| entries[e].kind.is_party());
            pattern.any_capitalised_case =
                pattern.exact_case && missions_only && is_a_satellite_code(&pattern.text);
        }
        for (slot, pattern) in patterns.iter_mut().enumerate() {
            pattern.canonical = pattern
                .targets
                .iter()
                .map(|&(entry, _)| canonical[&(slot, entry)])
                .collect();
        }
        // ASCII case is folded out of the patterns and the text rather than matched both ways:
        // the same matches, with half the transitions per state.
        let automaton = NFA::builder()
            .match_kind(MatchKind::Standard)
            .build(patterns.iter().map(|p| p.text.to_ascii_lowercase()))
            .expect("gazetteer patterns compile");
        let mut first_bytes = [false; 256];
        let mut first_words = FirstWords::new();
        for p in &patterns {
            let folded = p.text.to_ascii_lowercase();
            first_bytes[usize::from(folded.as_bytes()[0])] = true;
            first_words.insert(first_word(&folded).as_bytes());
        }
        Matcher {
            automaton,
            first_bytes,
            first_words,
            patterns,
        }
    }

    /// Number of distinct patterns compiled.
    pub fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    /// Every candidate in the text: whole words only, acronyms and names with inner capitals in
    /// their exact case, other names only where the text has a capital letter. Sorted by start,
    /// then longest first.
    pub fn find(&self, norm: &NormText) -> Vec<Candidate> {
        let text = norm.text.as_str();
        let folded = norm.folded.as_bytes();
        let mut out = Vec::new();
        // A name starts only where a word may (the characters on the two sides of its start
        // are not both word characters): the automaton is walked, anchored, from there alone,
        // instead of over every byte. A name that starts with a word starts with a whole word
        // of the text (it ends where the name's first word does, as the name goes on with
        // another character or, ending there, must end a word): the walk is begun only from
        // a word some pattern starts with.
        let mut after_word = false;
        let mut s = 0;
        while let Some(&byte) = folded.get(s) {
            let (word, width) = if byte.is_ascii() {
                (WORD_BYTE[usize::from(byte)], 1)
            } else {
                let c = text[s..].chars().next().expect("a character starts here");
                (is_word_char(c), c.len_utf8())
            };
            if word && !after_word {
                let end = s + first_word(&text[s..]).len();
                if self.first_bytes[usize::from(byte)]
                    && self.first_words.may_contain(&folded[s..end])
                {
                    self.walk(folded, s, |e, slot| {
                        self.candidates(norm, s, e, slot, &mut out);
                    });
                }
                // A capitalised word glued to a number in this run starts a word of its own.
                let glued = (s + 1..end).find(|&at| starts_glued_word(text, at));
                after_word = glued.is_none();
                s = glued.unwrap_or(end);
                continue;
            }
            if !word && self.first_bytes[usize::from(byte)] {
                self.walk(folded, s, |e, slot| {
                    self.candidates(norm, s, e, slot, &mut out);
                });
            }
            after_word = word;
            s += width;
        }
        out.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end), c.entry));
        out
    }

    /// Calls `each` with (end, pattern index) for every pattern that matches `folded` from
    /// byte `start`, in order of end.
    fn walk(&self, folded: &[u8], start: usize, mut each: impl FnMut(usize, usize)) {
        let nfa = &self.automaton;
        let Ok(mut state) = nfa.start_state(Anchored::Yes) else {
            return;
        };
        for (at, &byte) in folded.iter().enumerate().skip(start) {
            state = nfa.next_state(Anchored::Yes, state, byte);
            if !nfa.is_special(state) {
                continue;
            }
            if nfa.is_dead(state) {
                return;
            }
            if nfa.is_match(state) {
                let end = at + 1;
                for index in 0..nfa.match_len(state) {
                    let pattern = nfa.match_pattern(state, index);
                    // A state's matches include the patterns that are suffixes of its path,
                    // which start later (and are found from there).
                    if end - nfa.pattern_len(pattern) == start {
                        each(end, pattern.as_usize());
                    }
                }
            }
        }
    }

    /// The candidates of pattern `slot` matched at `s..e` of the view, if the match ends a
    /// word and its case fits.
    fn candidates(
        &self,
        norm: &NormText,
        s: usize,
        e: usize,
        slot: usize,
        out: &mut Vec<Candidate>,
    ) {
        let text = norm.text.as_str();
        if !is_word_boundary(text, e) {
            return;
        }
        let pattern = &self.patterns[slot];
        let matched = &text[s..e];
        let any_case = pattern.any_capitalised_case && matched.starts_with(char::is_uppercase);
        // A spelling as a word is an ambiguous reading only where no other rule of case holds.
        let as_word = pattern.word_spelling.as_deref() == Some(matched)
            && matched != pattern.text
            && !any_case;
        let case_ok = if pattern.exact_case {
            matched == pattern.text
                || as_word
                || any_case
                || (pattern.title_case_too && in_title_case(matched, &pattern.text))
        } else {
            matched.chars().any(char::is_uppercase)
                && !acronym_before_common_word(matched, &pattern.text)
        };
        // "a Latin American space agency": a description does not start inside a longer
        // capitalised name; "US$40m", "$US 45 million": an acronym next to a dollar sign
        // names a currency.
        let currency = pattern.acronym && (text[e..].starts_with('$') || text[..s].ends_with('$'));
        if !case_ok || currency || (pattern.descriptive && follows_capitalised_word(text, s)) {
            return;
        }
        let (start, end) = norm.raw_range(s, e);
        for (&(entry, ambiguous), &canonical) in pattern.targets.iter().zip(&pattern.canonical) {
            out.push(Candidate {
                entry,
                start,
                end,
                ambiguous: ambiguous || as_word,
                acronym: pattern.acronym,
                canonical,
            });
        }
    }
}

/// A numbered mission's name with its number, 2 to 20, in Roman numerals, as some news writes
/// it ("Tiangong 2" gives "Tiangong II", "Shenzhou 11" gives "Shenzhou XI"); `None` for any
/// other name.
fn roman_numeral_spelling(name: &str) -> Option<String> {
    const NUMERALS: [&str; 19] = [
        "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
        "XVI", "XVII", "XVIII", "XIX", "XX",
    ];
    let (series, number) = name.rsplit_once(' ')?;
    let number: usize = number.parse().ok().filter(|n| (2..=20).contains(n))?;
    (!series.is_empty()).then(|| format!("{series} {}", NUMERALS[number - 2]))
}

/// A company's name with its legal form abbreviated, as news writes it: "China Great Wall
/// Industry Corp." for "… Corporation" ("Co." for "Company", "Ltd" for "Limited", "Inc." for
/// "Incorporated"). The full stop is not part of the pattern: a match ends before it.
fn abbreviated_suffix(name: &str) -> Option<String> {
    const FORMS: [(&str, &str); 4] = [
        (" Corporation", " Corp"),
        (" Company", " Co"),
        (" Limited", " Ltd"),
        (" Incorporated", " Inc"),
    ];
    FORMS.iter().find_map(|(long, short)| {
        let stem = name.strip_suffix(long)?;
        (stem.split_whitespace().count() >= 2).then(|| format!("{stem}{short}"))
    })
}

/// The formal names of the countries ("the Republic of Latvia", "the Russian Federation"), by
/// each of the country's names, lowercased: what a body's name ending in "of Latvia" is also
/// written with ("Ministry of Education and Science of the Republic of Latvia").
struct FormalCountryNames(HashMap<String, Vec<String>>);

impl FormalCountryNames {
    /// The words that make a country's name a formal one.
    const STATE_WORDS: [&'static str; 9] = [
        "Republic",
        "Kingdom",
        "Federation",
        "Commonwealth",
        "Sultanate",
        "Principality",
        "Emirate",
        "State",
        "Duchy",
    ];

    fn of(entries: &[Entry]) -> FormalCountryNames {
        let mut by_name: HashMap<String, Vec<String>> = HashMap::new();
        for entry in entries
            .iter()
            .filter(|e| e.kind == super::EntityType::Country)
        {
            let formal: Vec<String> = entry
                .aliases
                .iter()
                .map(|a| normalize_phrase(&a.text))
                .filter(|a| {
                    a.split(' ')
                        .any(|w| FormalCountryNames::STATE_WORDS.contains(&w))
                })
                .collect();
            if formal.is_empty() {
                continue;
            }
            for name in entry.names() {
                by_name
                    .entry(normalize_phrase(&name.text).to_lowercase())
                    .or_default()
                    .extend(formal.iter().cloned());
            }
        }
        FormalCountryNames(by_name)
    }

    /// The name of a body (an agency or an organisation) that ends in "of" and a country's
    /// name, with each formal name of the country instead ("Ministry of Defence of Russia"
    /// gives "Ministry of Defence of the Russian Federation"); nothing for any other name.
    fn spellings<'a>(
        &'a self,
        kind: super::EntityType,
        name: &'a str,
    ) -> impl Iterator<Item = String> + 'a {
        let body = matches!(
            kind,
            super::EntityType::Agency | super::EntityType::Organization
        );
        let found = name.rfind(" of ").filter(|_| body).and_then(|at| {
            let country = name[at + 4..].trim_start_matches("the ");
            let formal = self.0.get(&country.to_lowercase())?;
            Some((&name[..at], formal))
        });
        found.into_iter().flat_map(|(body, formal)| {
            formal
                .iter()
                .map(move |country| format!("{body} of the {country}"))
        })
    }
}

/// A body's name with the other preposition before its field, as translations of a name
/// differ: "National Institute of Astrophysics" for "National Institute for Astrophysics", and
/// the reverse. Only right after a head word and before a capitalised word.
fn field_preposition_spelling(name: &str) -> Option<String> {
    const HEADS: [&str; 9] = [
        "Institute",
        "Centre",
        "Center",
        "Laboratory",
        "Academy",
        "Office",
        "Council",
        "Society",
        "Association",
    ];
    let (at, from, to) = HEADS.iter().find_map(|head| {
        [(" for ", " of "), (" of ", " for ")]
            .into_iter()
            .find_map(|(from, to)| {
                let phrase = format!("{head}{from}");
                let at = name.find(&phrase)? + head.len();
                name[at + from.len()..]
                    .starts_with(char::is_uppercase)
                    .then_some((at, from, to))
            })
    })?;
    Some(format!("{}{to}{}", &name[..at], &name[at + from.len()..]))
}

/// A name with a word compounded of capitalised words, written apart as news also writes it:
/// "Ariane Group" for "ArianeGroup", "Bepi Colombo" for "BepiColombo". Each part must be a
/// capitalised word of three letters or more: "SpaceX", "PhilSA" and "InSight" stay whole.
fn compound_word_spelling(name: &str) -> Option<String> {
    let mut changed = false;
    let words: Vec<String> = name
        .split(' ')
        .map(|word| {
            let mut parts: Vec<&str> = Vec::new();
            let mut start = 0;
            let mut previous_lower = false;
            for (at, c) in word.char_indices() {
                if c.is_uppercase() && previous_lower {
                    parts.push(&word[start..at]);
                    start = at;
                }
                previous_lower = c.is_lowercase();
            }
            parts.push(&word[start..]);
            let capitalised = |part: &&str| {
                let mut chars = part.chars();
                chars.next().is_some_and(char::is_uppercase)
                    && part.chars().count() >= 3
                    && chars.all(char::is_lowercase)
            };
            if parts.len() > 1 && parts.iter().all(capitalised) {
                changed = true;
                parts.join(" ")
            } else {
                word.to_string()
            }
        })
        .collect();
    changed.then(|| words.join(" "))
}

/// A university's name in the other word order news also uses: "Surrey University" for
/// "University of Surrey", "University of Kyoto" for "Kyoto University". Only for a place of
/// one or two capitalised words: "University of Science and Technology of China" and
/// "National University" have no other order.
fn university_word_order(name: &str) -> Option<String> {
    const NOT_A_PLACE: [&str; 8] = [
        "National",
        "State",
        "Technical",
        "Polytechnic",
        "Open",
        "Normal",
        "Catholic",
        "Federal",
    ];
    let is_place = |place: &str| {
        let words: Vec<&str> = place.split(' ').collect();
        words.len() <= 2
            && words.iter().all(|word| {
                word.starts_with(|c: char| c.is_uppercase())
                    && word.chars().all(char::is_alphabetic)
                    && !NOT_A_PLACE.contains(word)
            })
    };
    if let Some(place) = name.strip_prefix("University of ") {
        return is_place(place).then(|| format!("{place} University"));
    }
    let place = name.strip_suffix(" University")?;
    is_place(place).then(|| format!("University of {place}"))
}

/// Whether `matched` is the description `pattern` written in title case: its lowercase words
/// capitalised, its other words as they are ("US Space Agency" for "US space agency").
fn in_title_case(matched: &str, pattern: &str) -> bool {
    matched.split(' ').count() == pattern.split(' ').count()
        && matched.split(' ').zip(pattern.split(' ')).all(|(m, p)| {
            m == p
                || (p.starts_with(char::is_lowercase)
                    && m.starts_with(char::is_uppercase)
                    && m.eq_ignore_ascii_case(p))
        })
}

/// Whether `matched` is an acronym and a common word where `pattern` is a name of capitalised
/// words: "the VAST space programme" (with VAST defined) is no company "Vast Space".
fn acronym_before_common_word(matched: &str, pattern: &str) -> bool {
    let mut pairs = matched.split(' ').zip(pattern.split(' '));
    pairs.by_ref().any(|(m, p)| {
        m.len() >= 2 && m != p && m.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
    }) && pairs.any(|(m, p)| m.starts_with(char::is_lowercase) && p.starts_with(char::is_uppercase))
}

/// Whether a name is a description: it has a word in lowercase other than a connector ("US
/// space agency", not "Institute of Space Science").
fn is_descriptive(name: &str) -> bool {
    name.split(' ').skip(1).any(|word| {
        word.starts_with(|c: char| c.is_lowercase()) && !NAME_CONNECTORS.contains(&word)
    })
}

/// Whether the word before byte `at` is capitalised and no determiner ("Latin" in "Latin
/// American space agency", not "The" in "The American space agency").
fn follows_capitalised_word(text: &str, at: usize) -> bool {
    const DETERMINERS: &[&str] = &[
        "The", "A", "An", "This", "That", "Its", "Their", "Our", "Both",
    ];
    let Some(before) = text[..at].strip_suffix(' ') else {
        return false;
    };
    let word = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    word.starts_with(char::is_uppercase) && !DETERMINERS.contains(&word)
}

/// Whether a name is a satellite's code that news writes in several cases: one word of five or
/// more letters (hyphens and digits aside) with a digit or the ending "sat" ("CFOSAT",
/// "MisrSat-2", "NigComSat-1"), not a word of English ("MASCOT", "INTEGRAL").
fn is_a_satellite_code(name: &str) -> bool {
    let letters: String = name.chars().filter(char::is_ascii_alphabetic).collect();
    // Normalised, a hyphen reads as a space: "MisrSat 2" is still one name and its number.
    let one_word = name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == ' ')
        && name
            .split([' ', '-'])
            .skip(1)
            .all(|part| part.chars().next().is_some_and(|c| c.is_ascii_digit()));
    let numbered = name.chars().any(|c| c.is_ascii_digit());
    one_word && letters.len() >= 5 && (numbered || letters.to_ascii_lowercase().ends_with("sat"))
}

/// "Gomspace" for "GomSpace", "Arianegroup" for "ArianeGroup": a name with a word compounded
/// of capitalised words (each of three letters or more, as in [`compound_word_spelling`]),
/// written with the one capital that opens the word, as news also writes it.
fn compound_capitalised_once(name: &str) -> Option<String> {
    compound_word_spelling(name)?;
    let words: Vec<String> = name
        .split(' ')
        .map(|word| {
            let mut chars = word.chars();
            let first = chars.next().map(String::from).unwrap_or_default();
            if compound_word_spelling(word).is_some() {
                first + &chars.as_str().to_lowercase()
            } else {
                word.to_string()
            }
        })
        .collect();
    Some(words.join(" "))
}

/// "Nasa" for "NASA": an acronym of three or more capital letters written as a word.
fn word_spelling(acronym: &str) -> Option<String> {
    let mut letters = acronym.chars();
    let first = letters.next()?;
    let rest: String = letters.collect();
    (acronym.len() >= 3 && acronym.chars().all(|c| c.is_ascii_uppercase()))
        .then(|| format!("{first}{}", rest.to_lowercase()))
}

/// "Maven" for "MAVEN", "Topex Poseidon" for "TOPEX Poseidon": a mission's name with its
/// acronyms of four or more capital letters written as words, as news also writes them;
/// `None` when the name has no such acronym.
fn acronyms_spelled_as_words(name: &str) -> Option<String> {
    let mut changed = false;
    let words: Vec<String> = name
        .split(' ')
        .map(|word| match word_spelling(word) {
            Some(spelled) if word.len() >= 4 => {
                changed = true;
                spelled
            }
            _ => word.to_string(),
        })
        .collect();
    changed.then(|| words.join(" "))
}

/// Whether a match may start or end at byte `at`: the characters on the two sides are not both
/// word characters, or a capitalised word starts there glued to a number.
fn is_word_boundary(text: &str, at: usize) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[at..].chars().next();
    match (before, after) {
        (Some(b), Some(a)) => !(is_word_char(b) && is_word_char(a)) || starts_glued_word(text, at),
        _ => true,
    }
}

/// Whether a capitalised word starts at byte `at` right after a digit, as when a page's date
/// runs into its first sentence ("May 2, 2021Kenya has signed …").
fn starts_glued_word(text: &str, at: usize) -> bool {
    // A digit is one byte: right after one, `at` is a character boundary.
    at > 0 && text.as_bytes()[at - 1].is_ascii_digit() && {
        let mut chars = text[at..].chars();
        chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_lowercase)
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::parse_entries;

    const DATA: &str = "country:CN\tcountry\tChina\tPRC\n\
        country:AX\tcountry\tÅland Islands\tÅland\n\
        country:US\tcountry\tUnited States\tU.S. | US\n\
        agency:cnsa\tagency\tChina National Space Administration\tCNSA\n\
        mission:change-4\tmission\tChang'e-4\tChang'e 4\n\
        mission:hope\tmission\tHope Probe\t?Hope\n\
        mission:lyrasat-2\tmission\tLyraSat-2\n\
        mission:zorsat\tmission\tZORSAT\n\
        mission:mascot\tmission\tMASCOT\n\
        organization:zorvex\torganization\tZorvex Orbital Research Vexillum\tZORVEX\n\
        organization:hal\torganization\tHigh Altitude Laboratory\tHAL\n";

    fn names(text: &str) -> Vec<(String, &'static str)> {
        let (entries, errors) = parse_entries("t", DATA);
        assert!(errors.is_empty());
        let matcher = Matcher::build(&entries);
        let norm = NormText::new(text);
        matcher
            .find(&norm)
            .into_iter()
            .map(|c| {
                let id: &'static str = Box::leak(entries[c.entry].id.clone().into_boxed_str());
                (text[c.start..c.end].to_string(), id)
            })
            .collect()
    }

    /// Every candidate as a scan of every byte by an unanchored automaton finds them, as
    /// [`Matcher::find`] did before it walked from word starts only.
    fn scanning_every_byte(matcher: &Matcher, norm: &NormText) -> Vec<Candidate> {
        let text = norm.text.as_str();
        let scanner = aho_corasick::AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(matcher.patterns.iter().map(|p| p.text.to_ascii_lowercase()))
            .unwrap();
        let mut out = Vec::new();
        for found in scanner.find_overlapping_iter(&text.to_ascii_lowercase()) {
            if is_word_boundary(text, found.start()) {
                let (s, e, slot) = (found.start(), found.end(), found.pattern().as_usize());
                matcher.candidates(norm, s, e, slot, &mut out);
            }
        }
        out.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end), c.entry));
        out
    }

    #[test]
    fn walking_from_word_starts_finds_what_scanning_every_byte_finds() {
        let gazetteer = crate::Gazetteer::builtin().unwrap();
        let matcher = gazetteer.matcher();
        let texts = [
            "The European Space Agency (ESA) and Nasa’s JPL worked with the Agency.",
            "Zorvia’s “Space Agency”, the US-China deal; ISRO/CNES; Québec-ESA,ESA.ESA",
            "xNASA NASAx _ESA ESA_ 3ESA ESA3 Roscosmos’ Chang’e-4 Chang'e 4 Tianwen-1 2021Japan",
            "United States of America, the United Kingdom Space Agency; Japan Aerospace \
             Exploration Agency (JAXA) — Indian Space Research Organisation.",
        ];
        for text in texts {
            let norm = NormText::new(text);
            let found = matcher.find(&norm);
            assert!(found.len() >= 3, "{text}");
            assert_eq!(found, scanning_every_byte(matcher, &norm), "{text}");
        }
    }

    #[test]
    fn matching_rules() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("China’s probe", &[("China", "country:CN")]),
            ("NASA’s and the U.S. team", &[("U.S.", "country:US")]),
            ("Chinas", &[]),
            ("us and them", &[]),
            // A capitalised word glued to a number starts a word (a page's date run into its
            // text); capitals alone after a digit do not.
            ("June 2, 2021China, 4CHINA", &[("China", "country:CN")]),
            ("2021Åland", &[("Åland", "country:AX")]),
            (
                "the US and China",
                &[("US", "country:US"), ("China", "country:CN")],
            ),
            ("the cnsa said", &[]),
            // A dollar sign after an acronym makes a currency.
            ("a US$40m loan from the US", &[("US", "country:US")]),
            ("a $US 40m loan from the US", &[("US", "country:US")]),
            ("Chang’e 4 landed", &[("Chang’e 4", "mission:change-4")]),
            ("Chang'e-4 landed", &[("Chang'e-4", "mission:change-4")]),
            // A mission's number in Roman numerals, from two ("I" is a word).
            ("Chang'e IV landed", &[("Chang'e IV", "mission:change-4")]),
            ("Chang'e I landed", &[]),
            // A satellite's code in any case that starts with a capital; a word of English
            // only as written.
            (
                "LYRASAT-2 and Lyrasat-2",
                &[
                    ("LYRASAT-2", "mission:lyrasat-2"),
                    ("Lyrasat-2", "mission:lyrasat-2"),
                ],
            ),
            ("ZorSat, not zorsat", &[("ZorSat", "mission:zorsat")]),
            // A mission's acronym written as a word is a candidate the resolver weighs (it
            // takes it only before a mission's noun).
            (
                "Mascot and MASCOT, mascot",
                &[("Mascot", "mission:mascot"), ("MASCOT", "mission:mascot")],
            ),
            ("we hope so", &[]),
            (
                "the Hope probe",
                &[("Hope probe", "mission:hope"), ("Hope", "mission:hope")],
            ),
            (
                "China National Space Administration",
                &[
                    ("China National Space Administration", "agency:cnsa"),
                    ("China", "country:CN"),
                ],
            ),
            ("CHINA", &[("CHINA", "country:CN")]),
            (
                "cHINA’S cHaNg’E 4",
                &[("cHINA", "country:CN"), ("cHaNg’E 4", "mission:change-4")],
            ),
            // Another body's acronym as a word only from five letters: shorter ones are
            // often words ("Hal", "Cast").
            (
                "Zorvex and ZORVEX, Hal and HAL",
                &[
                    ("Zorvex", "organization:zorvex"),
                    ("ZORVEX", "organization:zorvex"),
                    ("HAL", "organization:hal"),
                ],
            ),
            (
                "Cnsa and CNSA, not Cnsa's cnsa",
                &[
                    ("Cnsa", "agency:cnsa"),
                    ("CNSA", "agency:cnsa"),
                    ("Cnsa", "agency:cnsa"),
                ],
            ),
        ];
        for (text, want) in cases {
            let got = names(text);
            let want: Vec<(String, &str)> = want.iter().map(|(t, i)| (t.to_string(), *i)).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn a_body_of_a_country_matches_with_the_country_s_formal_name() {
        let (entries, errors) = parse_entries(
            "t",
            "country:WM\tcountry\tWestmark\tRepublic of Westmark | Westmarkia\n\
             organization:wm-mod\torganization\tMinistry of Defence of Westmark\n\
             mission:wm-sat\tmission\tWeather Satellite of Westmark\n",
        );
        assert!(errors.is_empty());
        let matcher = Matcher::build(&entries);
        let text = "the Ministry of Defence of the Republic of Westmark, the Ministry of Defence \
                    of Westmarkia and the Weather Satellite of the Republic of Westmark";
        let found: Vec<&str> = matcher
            .find(&NormText::new(text))
            .iter()
            .filter(|c| entries[c.entry].id == "organization:wm-mod")
            .map(|c| &text[c.start..c.end])
            .collect();
        // Only a formal name (one with a word of statehood) gives a spelling, and only for a
        // body: the mission is written as its gazetteer line writes it.
        assert_eq!(found, ["Ministry of Defence of the Republic of Westmark"]);
        assert!(matcher
            .find(&NormText::new(text))
            .iter()
            .all(|c| entries[c.entry].id != "mission:wm-sat"));
    }

    #[test]
    fn a_university_matches_in_either_word_order_unless_another_entry_has_that_name() {
        let (entries, errors) = parse_entries(
            "t",
            "organization:us\torganization\tUniversity of Westmark\n\
             organization:ku\torganization\tKalmar University\n\
             organization:nu\torganization\tNational University\n\
             organization:ro\torganization\tUniversity of Rosewood\n\
             organization:rw\torganization\tRosewood University\n",
        );
        assert!(errors.is_empty());
        let matcher = Matcher::build(&entries);
        let text = "Westmark University, the University of Kalmar, the University of National \
                    and Rosewood University";
        let found: Vec<(&str, Vec<&str>)> = matcher
            .find(&NormText::new(text))
            .iter()
            .map(|c| (&text[c.start..c.end], vec![entries[c.entry].id.as_str()]))
            .collect();
        assert_eq!(
            found,
            [
                ("Westmark University", vec!["organization:us"]),
                ("University of Kalmar", vec!["organization:ku"]),
                ("Rosewood University", vec!["organization:rw"]),
            ]
        );
    }

    /// Each match of a gazetteer (given as its lines) in a text: the text matched and the id.
    fn matches_of(lines: &str, text: &str) -> Vec<(String, String)> {
        let (entries, errors) = parse_entries("t", lines);
        assert!(errors.is_empty());
        Matcher::build(&entries)
            .find(&NormText::new(text))
            .iter()
            .map(|c| {
                (
                    text[c.start..c.end].to_string(),
                    entries[c.entry].id.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn a_body_matches_with_either_preposition_before_its_field() {
        let found = matches_of(
            "organization:wia\torganization\tWestmark Institute for Astrophysics\n\
             organization:wcr\torganization\tWestmark Centre of Rocketry\n\
             organization:wfo\torganization\tWestmark Office for the Moon\n",
            "the Westmark Institute of Astrophysics, the Westmark Centre for Rocketry and the \
             Westmark Office of the Moon",
        );
        // Only before a capitalised field: "Office for the Moon" keeps its preposition.
        assert_eq!(
            found,
            [
                (
                    "Westmark Institute of Astrophysics".into(),
                    "organization:wia".into()
                ),
                (
                    "Westmark Centre for Rocketry".into(),
                    "organization:wcr".into()
                ),
            ]
        );
    }

    #[test]
    fn a_compound_name_matches_written_apart() {
        let found = matches_of(
            "organization:zg\torganization\tZorvaGroup\n\
             organization:zx\torganization\tZorvaX\n\
             mission:bc\tmission\tBepiColombo\n",
            "the Zorva Group and Zorva X flew on Bepi Colombo",
        );
        assert_eq!(
            found,
            [
                ("Zorva Group".to_string(), "organization:zg".to_string()),
                ("Bepi Colombo".to_string(), "mission:bc".to_string())
            ]
        );
    }

    #[test]
    fn a_compound_name_matches_with_one_capital_but_not_in_lowercase() {
        let found = matches_of(
            "organization:zg\torganization\tZorvaGroup\n\
             organization:zx\torganization\tZorvaX\n",
            "Zorvagroup and Zorvax worked with zorvagroup",
        );
        assert_eq!(
            found,
            [("Zorvagroup".to_string(), "organization:zg".to_string())]
        );
    }

    #[test]
    fn a_name_matches_in_either_spelling_with_an_ampersand_or_both_and_without_diacritics() {
        let found = matches_of(
            "organization:dod\torganization\tDepartment of Defense\n\
             organization:lrc\torganization\tLunar Research Centre\n\
             organization:sro\torganization\tSpace and Rocket Office\n\
             organization:otc\torganization\tOrbit and Test Centre\n\
             organization:ifa\torganization\tInstituto de Física\n\
             organization:ifb\torganization\tInstituto de Biologia\n",
            "the Department of Defence and the Lunar Research Center with the Space & Rocket \
             Office, the Orbit & Test Center and the Instituto de Fisica and the Instituto de \
             Biología",
        );
        let found: Vec<(&str, &str)> = found
            .iter()
            .map(|(text, id)| (text.as_str(), id.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                ("Department of Defence", "organization:dod"),
                ("Lunar Research Center", "organization:lrc"),
                ("Space & Rocket Office", "organization:sro"),
                ("Orbit & Test Center", "organization:otc"),
                ("Instituto de Fisica", "organization:ifa"),
                ("Instituto de Biología", "organization:ifb")
            ]
        );
    }

    #[test]
    fn a_lowercase_brand_matches_in_its_own_case() {
        let (entries, errors) = parse_entries("t", "organization:orbix\torganization\torbix\n");
        assert!(errors.is_empty());
        let matcher = Matcher::build(&entries);
        let text = "orbix signed; Orbix and ORBIX did not";
        let found: Vec<&str> = matcher
            .find(&NormText::new(text))
            .iter()
            .map(|c| &text[c.start..c.end])
            .collect();
        assert_eq!(found, ["orbix"]);
    }

    #[test]
    fn an_acronym_before_a_common_word_is_no_name_of_capitalised_words() {
        let (entries, errors) =
            parse_entries("t", "organization:orbix-space\torganization\tOrbix Space\n");
        assert!(errors.is_empty());
        let matcher = Matcher::build(&entries);
        let text = "Orbix Space and ORBIX SPACE signed; the ORBIX space programme did not";
        let found: Vec<&str> = matcher
            .find(&NormText::new(text))
            .iter()
            .map(|c| &text[c.start..c.end])
            .collect();
        assert_eq!(found, ["Orbix Space", "ORBIX SPACE"]);
    }

    #[test]
    fn a_bodys_description_with_an_acronym_matches_in_title_case_too() {
        let (entries, errors) = parse_entries(
            "t",
            "agency:nasa\tagency\tNational Aeronautics and Space Administration\tUS space agency\n\
             mission:zx\tmission\tZX Explorer\tZX rover\n",
        );
        assert!(errors.is_empty());
        let matcher = Matcher::build(&entries);
        let text =
            "The US Space Agency, the US space agency and the us space agency; the ZX Rover.";
        let found: Vec<&str> = matcher
            .find(&NormText::new(text))
            .iter()
            .map(|c| &text[c.start..c.end])
            .collect();
        assert_eq!(found, ["US Space Agency", "US space agency"]);
    }

    #[test]
    fn a_description_does_not_start_inside_a_capitalised_name() {
        let (entries, errors) = parse_entries(
            "t",
            "agency:nasa\tagency\tNational Aeronautics and Space Administration\tAmerican space agency\n",
        );
        assert!(errors.is_empty());
        let matcher = Matcher::build(&entries);
        let text = "The American space agency and a Latin American space agency met.";
        let found: Vec<usize> = matcher
            .find(&NormText::new(text))
            .iter()
            .map(|c| c.start)
            .collect();
        assert_eq!(found, [4]);
    }
}
