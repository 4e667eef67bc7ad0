//! Sentences inside a unit of running text: where `.`, `!`, `?` and `…` end one, and where an
//! abbreviation ("Dr.", "Sept. 30"), an initial ("J. Smith"), a dotted acronym ("U.S."), a time
//! ("5 a.m.") or an ellipsis (". . .", "[...]") does not.
//!
//! A terminator ends a sentence only when white space and something that can start a sentence
//! follow it: a capital, a digit, an opening quote or bracket.

use super::is_one_of;

/// Abbreviations after which a period never ends a sentence.
const TITLES: &[&str] = &[
    "dr", "mr", "mrs", "ms", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "st",
    "mt", "rev", "hon", "pres", "messrs", "e.g", "i.e", "vs", "cf", "approx", "dept",
];

/// Abbreviations that end a sentence unless a number follows ("Sept. 30", "No. 5", "N°. 12").
const BEFORE_NUMBERS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no",
    "nos", "n°", "nº", "vol", "fig", "figs", "art", "p", "pp", "ca",
];

/// Abbreviations (and dotted acronyms such as "U.S.", and single initials) that end a sentence
/// only when the next word is one that typically starts a sentence.
/// Company abbreviations ([`COMPANY_SUFFIXES`]) do the same.
const BEFORE_STARTERS: &[&str] = &["jr", "sr", "etc", "al"];

/// Abbreviations that end a company's name; they end a sentence before a sentence starter,
/// and before a possessive ("… of Orbital Corp. Peru's agency signed …"), as no name goes on
/// with one.
const COMPANY_SUFFIXES: &[&str] = &["inc", "ltd", "corp", "co"];

/// "5 a.m.", "6 P.M.": they end a sentence before a sentence starter or a title, unless all
/// that comes before them is an opening phrase ("At 5 a.m. Mr. Smith left").
const TIMES: &[&str] = &["a.m", "p.m"];

/// Words that typically start an English sentence; after "U.S." or "Inc." they mark a new one.
/// Words that also start names after an acronym ("U.S. First Lady", "U.S. No. 1") are left out.
const SENTENCE_STARTERS: &[&str] = &[
    "the",
    "this",
    "that",
    "these",
    "those",
    "it",
    "its",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "my",
    "your",
    "in",
    "on",
    "at",
    "but",
    "and",
    "however",
    "meanwhile",
    "according",
    "a",
    "an",
    "there",
    "their",
    "his",
    "her",
    "our",
    "after",
    "before",
    "as",
    "when",
    "while",
    "if",
    "for",
    "with",
    "since",
    "during",
    "also",
    "both",
    "thus",
    "so",
    "then",
    "today",
    "yesterday",
    "now",
    "under",
    "how",
    "what",
    "where",
    "which",
    "who",
    "why",
    "did",
    "do",
    "does",
    "is",
    "are",
    "was",
    "were",
    "can",
    "will",
    "would",
    "should",
    "could",
    "being",
    "more",
    "most",
    "many",
    "some",
    "each",
    "millions",
    "although",
    "because",
    "last",
];

/// Words that may open a sentence before a time without making it a clause ("At 5 a.m.", "On
/// Monday from 9 a.m.").
const OPENING_PHRASE_WORDS: &[&str] = &[
    "at", "by", "from", "until", "till", "before", "after", "around", "about", "since", "on",
    "between", "and", "or", "to", "the", "a", "an",
];

/// Appends the sentences of `unit` to `out` as trimmed byte ranges, shifted by `offset`.
/// Terminators are looked for from `from` on, past a list item's enumerator ("1.").
pub(super) fn split(unit: &str, from: usize, offset: usize, out: &mut Vec<(usize, usize)>) {
    let mut sentence_start = 0;
    // Where the last run of terminators ended: a terminator inside it is not looked at again.
    let mut past = from;
    for at in terminator_starts(&unit.as_bytes()[from..]).map(|at| from + at) {
        if at < past {
            continue;
        }
        let Some(run) = terminator_run(unit, at) else {
            continue;
        };
        if let Some((end, next)) = boundary(unit, sentence_start, at, &run) {
            push_trimmed(unit, sentence_start, end, offset, out);
            sentence_start = next;
        }
        past = run.end;
    }
    push_trimmed(unit, sentence_start, unit.len(), offset, out);
}

/// Where a terminator may start in `bytes`, in order: each '.', '!' and '?', and each first
/// byte of '…' (0xE2, which also starts the curly quotes and dashes), found by vectorised
/// searches instead of a look at every byte.
fn terminator_starts(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    let mut stops = memchr::memchr3_iter(b'.', b'!', b'?', bytes).peekable();
    let mut wide = memchr::memchr_iter(0xE2, bytes).peekable();
    std::iter::from_fn(move || match (stops.peek(), wide.peek()) {
        (Some(stop), Some(first)) if first < stop => wide.next(),
        (Some(_), _) => stops.next(),
        (None, _) => wide.next(),
    })
}

fn push_trimmed(
    unit: &str,
    start: usize,
    end: usize,
    offset: usize,
    out: &mut Vec<(usize, usize)>,
) {
    let piece = &unit[start..end];
    let trimmed = piece.trim_start();
    let start = start + piece.len() - trimmed.len();
    let end = start + trimmed.trim_end().len();
    if start < end {
        out.push((offset + start, offset + end));
    }
}

/// What kind of terminators a run holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RunKind {
    /// One period, which may end an abbreviation.
    Period,
    /// "!", "?", "…", "...", "?!" and the like.
    Plain,
    /// An ellipsis written with spaces, ". . ." (three periods) or ". . . ." (four).
    Spaced { periods: usize },
}

/// A run of terminators and the closing quotes and brackets after it.
#[derive(Debug)]
struct Run {
    kind: RunKind,
    /// Where the terminators end (before any closing quote or bracket).
    terminators_end: usize,
    /// Where the run ends.
    end: usize,
}

/// The byte length of the terminator at `at`, if one is there.
fn terminator_len(bytes: &[u8], at: usize) -> usize {
    match bytes.get(at) {
        Some(b'.' | b'!' | b'?') => 1,
        Some(0xE2) if bytes.get(at + 1..at + 3) == Some(&[0x80, 0xA6]) => 3,
        _ => 0,
    }
}

fn closer_len(unit: &str, at: usize) -> usize {
    match unit[at..].chars().next() {
        Some(c @ ('"' | '\'' | ')' | ']' | '”' | '’' | '»')) => c.len_utf8(),
        _ => 0,
    }
}

fn terminator_run(unit: &str, at: usize) -> Option<Run> {
    let bytes = unit.as_bytes();
    if terminator_len(bytes, at) == 0 {
        return None;
    }
    let mut kind = RunKind::Plain;
    let mut end = at;
    if bytes[at] == b'.' {
        let (periods, spaced, spaced_end) = spaced_periods(bytes, at);
        if spaced && periods >= 3 {
            kind = RunKind::Spaced { periods };
            end = spaced_end;
        }
    }
    if end == at {
        while let len @ 1.. = terminator_len(bytes, end) {
            end += len;
        }
        if end == at + 1 && bytes[at] == b'.' {
            kind = RunKind::Period;
        }
    }
    let terminators_end = end;
    loop {
        let len = terminator_len(bytes, end).max(closer_len(unit, end));
        if len == 0 {
            break;
        }
        end += len;
    }
    Some(Run {
        kind,
        terminators_end,
        end,
    })
}

/// Counts the periods from `at` on that follow each other directly or after one space; returns
/// the count, whether a space came between any two, and where they end.
fn spaced_periods(bytes: &[u8], at: usize) -> (usize, bool, usize) {
    let (mut periods, mut spaced, mut j) = (0, false, at);
    while bytes.get(j) == Some(&b'.') {
        periods += 1;
        j += 1;
        if bytes.get(j) == Some(&b' ') && bytes.get(j + 1) == Some(&b'.') {
            spaced = true;
            j += 1;
        }
    }
    (periods, spaced, j)
}

/// Decides whether the run at `at` ends the sentence that began at `sentence_start`; returns
/// where that sentence ends and where the next one starts.
fn boundary(unit: &str, sentence_start: usize, at: usize, run: &Run) -> Option<(usize, usize)> {
    let bytes = unit.as_bytes();
    let after = &unit[run.end..];
    let following = after.trim_start();
    let next = unit.len() - following.len();
    if following.len() == after.len() {
        // "… the convention.[2] In 2005 …": reference marks close the sentence they follow.
        if let Some(marks) = reference_marks(after) {
            let rest = &after[marks..];
            let following = rest.trim_start();
            let ends = following.len() < rest.len()
                && starts_sentence_text(following)
                && (run.kind == RunKind::Plain
                    || (run.kind == RunKind::Period
                        && period_ends_sentence(unit, sentence_start, at, following)));
            return ends.then_some((run.end + marks, unit.len() - following.len()));
        }
        if run.kind != RunKind::Period || !joined_sentences(unit, sentence_start, at) {
            return None;
        }
        // "… in Lima.'We are proud,' …": a quotation that opens starts the next sentence.
        let split = if opens_a_quotation(unit, sentence_start, at) {
            at + 1
        } else {
            run.end
        };
        return Some((split, split));
    }
    let lowercase_start = || {
        run.kind == RunKind::Period
            && run.end == at + 1
            && lowercase_restart(unit, sentence_start, at, following)
    };
    if !starts_sentence_text(following) && !lowercase_start() {
        return None;
    }
    // An omission in brackets, "[...]", ends nothing; nor does a period before a citation in
    // parentheses, which belongs to the sentence before it: "… stairways." (Smith 55).
    let bracketed = at > 0
        && matches!(bytes[at - 1], b'[' | b'(')
        && matches!(bytes.get(run.terminators_end), Some(b']' | b')'));
    if bracketed || is_citation(following) {
        return None;
    }
    match run.kind {
        RunKind::Plain => Some((run.end, next)),
        RunKind::Period => {
            period_ends_sentence(unit, sentence_start, at, following).then_some((run.end, next))
        }
        // ". . ." inside a sentence marks an omission, not an end.
        RunKind::Spaced { periods } if periods <= 3 => None,
        // "words. . . . Next": the first period ends the sentence and the rest is an omission at
        // the start of the next; "words . . . . Next": all four end it.
        RunKind::Spaced { .. } => {
            let attached = at > 0 && !bytes[at - 1].is_ascii_whitespace();
            if attached {
                let second = at + 1 + unit[at + 1..].find('.')?;
                Some((at + 1, second))
            } else {
                Some((run.end, next))
            }
        }
    }
}

/// Whether the period at `dot`, with no space after it, still ends a sentence, as in text
/// scraped without the space ("… announced Thursday.Since 1995 …", "… bought 1,000.That is
/// …"): a word of three or more letters, not all capitals, or a number of three or more
/// characters ends before it (maybe closed by a quote or bracket), or a closed bracket
/// whatever stands in it ("… (SAC-D).Considering …"), and a capitalised word
/// follows, or a quotation that opens with a capital ("… in Washington.'NASA welcomes …").
/// "U.S.Army", "ASP.NET" and "news.Example.com" are left whole.
fn joined_sentences(unit: &str, sentence_start: usize, dot: usize) -> bool {
    let after = &unit[dot + 1..];
    let quoted = after.strip_prefix(['"', '\'', '‘', '“', '«']);
    let mut next = quoted.unwrap_or(after).chars();
    let capitalised = next.next().is_some_and(char::is_uppercase)
        && next
            .next()
            .is_some_and(|c| c.is_lowercase() || (quoted.is_some() && c.is_uppercase()));
    if !capitalised {
        return false;
    }
    let next_token = unit[dot + 1..]
        .split(char::is_whitespace)
        .next()
        .unwrap_or("");
    if next_token
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .contains('.')
    {
        // A host name: "news.Example.com".
        return false;
    }
    let before = &unit[sentence_start..dot];
    let word = before
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .trim_end_matches(['"', '\'', ')', ']', '”', '’', '»']);
    let number = word.chars().all(|c| c.is_ascii_digit() || c == ',')
        && word.starts_with(|c: char| c.is_ascii_digit());
    let lowercase_word =
        word.chars().all(char::is_alphabetic) && word.chars().any(char::is_lowercase);
    // "… (SAC-D/Aquarius).Considering …": a closed bracket ends whatever stood in it.
    let closed_bracket = before
        .trim_end_matches(['"', '\'', '”', '’', '»'])
        .ends_with([')', ']']);
    (closed_bracket || (word.chars().count() >= 3 && (lowercase_word || number)))
        && period_ends_sentence(unit, sentence_start, dot, &unit[dot + 1..])
}

/// Whether a sentence that starts in lowercase follows the period at `dot` (no quote or
/// bracket closing after it), as in text typed without capitals ("… research activities. to
/// coordinate them, …"): the period ends a lowercase word of four letters or more that is no
/// abbreviation ("approx.", "incl.") and a lowercase word follows.
fn lowercase_restart(unit: &str, sentence_start: usize, dot: usize, following: &str) -> bool {
    /// Lowercase abbreviations of four letters or more besides those of the lists above.
    const LOWERCASE_ABBREVIATIONS: &[&str] = &[
        "incl", "excl", "govt", "univ", "assn", "assoc", "intl", "natl", "misc", "cont", "resp",
    ];
    let word = unit[sentence_start..dot]
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    let next = following
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    word.chars().count() >= 4
        && word.chars().all(char::is_lowercase)
        && !is_one_of(word, LOWERCASE_ABBREVIATIONS)
        && !next.is_empty()
        && following.len() > next.len()
        && next.chars().all(char::is_lowercase)
        && period_ends_sentence(unit, sentence_start, dot, following)
}

/// The longest note inside a reference mark's brackets, in bytes ("citation needed").
pub(super) const LONGEST_MARK: usize = 24;

/// The length of the reference marks that open `text`, as encyclopedias put them after a
/// sentence: one or more short bracketed notes ("[2]", "[citation needed]", "[note 1]").
pub(super) fn reference_marks(text: &str) -> Option<usize> {
    let mut len = 0;
    while let Some(inner) = text[len..].strip_prefix('[') {
        let close = inner.find(']')?;
        let note = &inner[..close];
        if note.is_empty()
            || note.len() > LONGEST_MARK
            || !note.chars().all(|c| c.is_alphanumeric() || c == ' ')
        {
            break;
        }
        len += close + 2;
    }
    (len > 0).then_some(len)
}

/// Whether the quote mark right after the period at `dot` opens a quotation rather than
/// closing one: an opening mark ("“", "‘", "«"), or a straight quote that the unit so far holds an
/// even number of (apostrophes inside words aside), as a quotation may run over several
/// sentences. Past the unit's first 4 KiB only the sentence is counted, so a long
/// unit stays linear.
fn opens_a_quotation(unit: &str, sentence_start: usize, dot: usize) -> bool {
    const COUNTED_PREFIX: usize = 4096;
    let Some(mark) = unit[dot + 1..].chars().next() else {
        return false;
    };
    match mark {
        '“' | '‘' | '«' => true,
        '"' | '\'' => {
            let from = if dot <= COUNTED_PREFIX {
                0
            } else {
                sentence_start
            };
            let before = &unit[from..dot];
            let marks = before
                .char_indices()
                .filter(|&(at, c)| {
                    let inside_word = || {
                        before[..at]
                            .chars()
                            .next_back()
                            .is_some_and(char::is_alphanumeric)
                            && before[at + c.len_utf8()..]
                                .chars()
                                .next()
                                .is_some_and(char::is_alphanumeric)
                    };
                    c == mark && !inside_word()
                })
                .count();
            marks % 2 == 0
        }
        _ => false,
    }
}

/// Whether text can start a sentence: a capital, a digit, an opening quote or bracket, or a
/// name written with a small letter before a capital ("iSpace", "eROSITA").
fn starts_sentence_text(text: &str) -> bool {
    let mut chars = text.chars();
    let first = chars.next();
    first.is_some_and(|c| {
        c.is_uppercase()
            || c.is_ascii_digit()
            || matches!(c, '"' | '“' | '‘' | '«' | '\'' | '(' | '[')
            || (c.is_lowercase() && chars.next().is_some_and(char::is_uppercase))
    })
}

/// Whether text starts with a short parenthesis that a period or comma follows: "(Smith 55).".
fn is_citation(text: &str) -> bool {
    const MAX_CITATION_BYTES: usize = 80;
    if !text.starts_with('(') {
        return false;
    }
    let window = &text.as_bytes()[..text.len().min(MAX_CITATION_BYTES)];
    window
        .iter()
        .position(|&b| b == b')')
        .is_some_and(|close| matches!(window.get(close + 1), Some(b'.' | b',' | b';' | b':')))
}

/// Whether `text` opens with a capitalised word that starts sentences ("These", "The",
/// "In") and a word in lowercase after it: a new sentence, not a name ("The Hague").
pub(super) fn opens_with_a_starter(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let first = words.next().unwrap_or("");
    first.starts_with(char::is_uppercase)
        && is_one_of(first, SENTENCE_STARTERS)
        && words
            .next()
            .is_some_and(|w| w.starts_with(char::is_lowercase))
}

/// Decides whether the period at `dot` ends the sentence, given the text that follows the
/// white space after it.
pub(super) fn period_ends_sentence(
    unit: &str,
    sentence_start: usize,
    dot: usize,
    following: &str,
) -> bool {
    let before = &unit[sentence_start..dot];
    // A closing bracket glued to the next word ("of the agency (ISRO)Dr. Nair") ends a token too.
    let token_start = before
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | '[' | '"' | '“' | '‘' | '«'))
        .map_or(0, |p| {
            p + before[p..].chars().next().map_or(1, char::len_utf8)
        });
    // In a compound ("Korea-U.S.") the abbreviation is the last part.
    let token = before[token_start..]
        .rsplit(['-', '/', '\u{2013}'])
        .next()
        .unwrap_or("");
    if token.is_empty() {
        return true;
    }
    let next_word = following
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if is_one_of(token, TITLES) {
        return false;
    }
    if is_one_of(token, BEFORE_NUMBERS) {
        return !following.starts_with(|c: char| c.is_ascii_digit());
    }
    if is_one_of(token, TIMES) {
        return (is_one_of(next_word, SENTENCE_STARTERS) || is_one_of(next_word, TITLES))
            && !is_opening_phrase(&before[..token_start]);
    }
    let mut chars = token.chars();
    let initial = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
    if initial {
        // "you and I. Did you…" ends; "Albert I. Jones" and "J. A. Smith" do not.
        let mut next = following.chars();
        let next_is_initial =
            next.next().is_some_and(char::is_uppercase) && next.next() == Some('.');
        return is_one_of(next_word, SENTENCE_STARTERS) && !next_is_initial;
    }
    // Letters between the dots ("U.S", "e.g"); a decimal ("22.9%", "2.0") is no abbreviation.
    let dotted = token.contains('.')
        && token
            .split('.')
            .all(|p| p.chars().count() <= 2 && p.chars().all(char::is_alphabetic));
    if is_one_of(token, COMPANY_SUFFIXES) && is_possessive_word(following) {
        return true;
    }
    if dotted || is_one_of(token, BEFORE_STARTERS) || is_one_of(token, COMPANY_SUFFIXES) {
        return is_one_of(next_word, SENTENCE_STARTERS);
    }
    true
}

/// Whether the text opens with a capitalised word and its possessive ("Peru's", "Peru’s").
fn is_possessive_word(text: &str) -> bool {
    let word_end = text
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(text.len());
    text.starts_with(char::is_uppercase)
        && ["'s ", "\u{2019}s "]
            .iter()
            .any(|s| text[word_end..].starts_with(s))
}

/// An opening phrase before a time is short.
const OPENING_PHRASE_MAX_WORDS: usize = 6;

/// Whether the start of a sentence up to a time is only an opening phrase, "At 5" or "On
/// Monday from 9", rather than a clause of its own.
fn is_opening_phrase(text: &str) -> bool {
    if text
        .split_whitespace()
        .nth(OPENING_PHRASE_MAX_WORDS)
        .is_some()
    {
        return false;
    }
    let mut words = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty());
    let Some(first) = words.next() else {
        return true;
    };
    is_one_of(first, OPENING_PHRASE_WORDS)
        && words.all(|w| {
            w.starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase())
                || is_one_of(w, OPENING_PHRASE_WORDS)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminators_may_start_at_stops_and_at_the_first_byte_of_an_ellipsis() {
        let text = "Yes. No! “Why?” she asked… x.";
        let starts: Vec<usize> = terminator_starts(text.as_bytes()).collect();
        let every_byte: Vec<usize> = (0..text.len())
            .filter(|&at| matches!(text.as_bytes()[at], b'.' | b'!' | b'?' | 0xE2))
            .collect();
        assert_eq!(starts, every_byte);
        assert!(terminator_starts(b"no stop here").next().is_none());
    }

    fn sentences(unit: &str) -> Vec<&str> {
        let mut out = Vec::new();
        split(unit, 0, 0, &mut out);
        out.into_iter().map(|(s, e)| &unit[s..e]).collect()
    }

    #[test]
    fn abbreviations_times_and_initials() {
        let cases: &[(&str, &[&str])] = &[
            (
                "The probe reached the E.U. Who paid for it?",
                &["The probe reached the E.U.", "Who paid for it?"],
            ),
            (
                "Talks began at 9 a.m. The minister arrived at noon.",
                &["Talks began at 9 a.m.", "The minister arrived at noon."],
            ),
            (
                "At 9 a.m. Dr. Okafor opened the talks.",
                &["At 9 a.m. Dr. Okafor opened the talks."],
            ),
            (
                "Liftoff is at 10:30 a.m. Eastern Time on Friday.",
                &["Liftoff is at 10:30 a.m. Eastern Time on Friday."],
            ),
            (
                "The rover was built by Mary K. Lowell and her team.",
                &["The rover was built by Mary K. Lowell and her team."],
            ),
            (
                "They chose plan B. It worked.",
                &["They chose plan B.", "It worked."],
            ),
            // A name written with a small letter before a capital starts a sentence; a word in
            // lowercase after an abbreviation does not.
            (
                "The rover rides on a lander. iSpace built it for approx. ten firms.",
                &["The rover rides on a lander.", "iSpace built it for approx. ten firms."],
            ),
            (
                "The book by J. A. Smith sold well.",
                &["The book by J. A. Smith sold well."],
            ),
            // A decimal before the period is a number, not a dotted abbreviation.
            (
                "Kenya pays 22.9%. Peru pays 2.5. Chile runs version 2.0. Ghana joined.",
                &[
                    "Kenya pays 22.9%.",
                    "Peru pays 2.5.",
                    "Chile runs version 2.0.",
                    "Ghana joined.",
                ],
            ),
            (
                "It is listed as No. 4 and N°. 12.",
                &["It is listed as No. 4 and N°. 12."],
            ),
            (
                "Write to ops.team@agency.example. They answer.",
                &["Write to ops.team@agency.example.", "They answer."],
            ),
            // Scraped text that lost the space after a period.
            (
                "The deal was signed Monday.Since then, \"work\" began.Talks go on.",
                &[
                    "The deal was signed Monday.",
                    "Since then, \"work\" began.",
                    "Talks go on.",
                ],
            ),
            // After a number, and before a quotation that opens with a capital.
            (
                "They paid 1,000.That is a lot. Kenya joined in 2024.Ghana followed.",
                &[
                    "They paid 1,000.",
                    "That is a lot.",
                    "Kenya joined in 2024.",
                    "Ghana followed.",
                ],
            ),
            (
                "It landed in Lima.'We are proud,' she said. Version 3.5.Then it ran.",
                &[
                    "It landed in Lima.",
                    "'We are proud,' she said.",
                    "Version 3.5.Then it ran.",
                ],
            ),
            // Text typed without capitals: a lowercase word that is no abbreviation ends at its
            // period; an abbreviation or a short word does not.
            (
                "Kenya and Peru joined the project. the rover flies in May. It costs approx. two million, incl. the launch.",
                &[
                    "Kenya and Peru joined the project.",
                    "the rover flies in May.",
                    "It costs approx. two million, incl. the launch.",
                ],
            ),
            // Reference marks after the end belong to the sentence before.
            (
                "It has legal status.[citation needed] It is in Beijing.[2][3] Peru joined.",
                &[
                    "It has legal status.[citation needed]",
                    "It is in Beijing.[2][3]",
                    "Peru joined.",
                ],
            ),
            // A quotation over two sentences closes after the second.
            (
                "She said: 'We came. We won.'Kenya left.",
                &["She said: 'We came.", "We won.'", "Kenya left."],
            ),
            (
                "It went to the U.S.Army and to Mrs.Okafor via ASP.Net on news.Example.com.",
                &["It went to the U.S.Army and to Mrs.Okafor via ASP.Net on news.Example.com."],
            ),
            // A closed bracket before a period with no space ends the sentence.
            (
                "It joins two craft (Zorva-1 and Zorva-2).Since then, Peru has led.",
                &["It joins two craft (Zorva-1 and Zorva-2).", "Since then, Peru has led."],
            ),
        ];
        for (unit, want) in cases {
            assert_eq!(sentences(unit), *want, "{unit}");
        }
    }

    #[test]
    fn ellipses_brackets_and_citations() {
        let cases: &[(&str, &[&str])] = &[
            (
                "The budget . . . Congress cut it.",
                &["The budget . . . Congress cut it."],
            ),
            (
                "It was never funded.... Nobody asked why.",
                &["It was never funded....", "Nobody asked why."],
            ),
            (
                "It was never funded… Nobody asked why.",
                &["It was never funded…", "Nobody asked why."],
            ),
            (
                "The plan failed. . . . Years passed.",
                &["The plan failed.", ". . . Years passed."],
            ),
            (
                "The plan failed . . . . Years passed.",
                &["The plan failed . . . .", "Years passed."],
            ),
            (
                "\"The orbit [...] was stable [...]\" (Ito 12). It held.",
                &["\"The orbit [...] was stable [...]\" (Ito 12).", "It held."],
            ),
            (
                "\"The orbit was stable.\" (Ito 12). It held.",
                &["\"The orbit was stable.\" (Ito 12).", "It held."],
            ),
            (
                "The orbit was stable. (It was later lowered.) Then it decayed.",
                &[
                    "The orbit was stable.",
                    "(It was later lowered.)",
                    "Then it decayed.",
                ],
            ),
            // An acronym opening an editor's insertion in brackets ends nothing.
            (
                "\"It is key to [U.S. Pacific Command's] plans,\" he said. It held.",
                &[
                    "\"It is key to [U.S. Pacific Command's] plans,\" he said.",
                    "It held.",
                ],
            ),
        ];
        for (unit, want) in cases {
            assert_eq!(sentences(unit), *want, "{unit}");
        }
    }
}
