//! Stage 3, structure: paragraphs, units (headings, bullets, byline and credit lines, body
//! text) and sentences, every one a byte range into the raw document.
//!
//! Lines are the first cut. A line is its own unit unless it is a hard-wrapped piece of a longer
//! paragraph. Headings and meta lines (authors, e-mail addresses, credits, navigation) stay
//! whole. A list item ("• …", "1. …", "b) …") is a unit of its own, and so is each further item
//! written on its line ("1) one 2) two"). Body text and list items are split into sentences
//! (module `sentences`) at `.`, `!`, `?` and `…` followed by space and a capital, except after
//! abbreviations ("Dr.", "Sept. 30"), initials ("J. Smith"), dotted acronyms ("U.S.") and times
//! ("5 a.m.") that do not end the sentence, and except at an ellipsis inside one (". . .").
//! The cases are those of the Pragmatic Segmenter's English Golden Rules
//! (`tests/integration/segment.rs` runs them through `coopex segment`).

mod lists;
mod sentences;
mod words;

use serde::Serialize;

pub use words::{
    at_most_words, for_each_word, is_one_of, word_iter, word_run_end, words, Word, WORD_BYTE,
};

/// What kind of text a sentence comes from. Only `body` and `bullet` sentences can hold claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum UnitKind {
    /// A title, headline or section heading: a short line without closing punctuation.
    Heading,
    /// Running text.
    Body,
    /// An item of a bulleted or numbered list: a bullet glyph ("•") is not part of the span, an
    /// item number or letter ("2.", "b)") is.
    Bullet,
    /// Bylines, affiliations, e-mail addresses, photo credits, copyright and navigation lines.
    Meta,
}

/// One sentence (or one heading, bullet or meta line) with its byte range in the raw text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sentence {
    /// Start byte offset (inclusive) in the raw document.
    pub start: usize,
    /// End byte offset (exclusive) in the raw document.
    pub end: usize,
    /// What kind of line it comes from.
    pub kind: UnitKind,
    /// Index of the paragraph (block of lines between blank lines), from 0.
    pub paragraph: usize,
}

/// Joins the sentences a span (a name's) runs across, so that no name is cut by a sentence
/// end ("DENVER—U.S. Space Command met Peru." is cut after "U.S."). A joined sentence
/// keeps the first one's kind and paragraph and ends no earlier than its spans. Returns, when
/// anything was joined, the new index of each sentence before the join; a span belongs to the
/// sentence it starts in.
pub fn join_across(
    sentences: &mut Vec<Sentence>,
    spans: impl IntoIterator<Item = (usize, usize)>,
) -> Option<Vec<usize>> {
    let mut reach = vec![0; sentences.len()];
    let mut cut = false;
    for (start, end) in spans {
        let i = sentences
            .partition_point(|s| s.start <= start)
            .saturating_sub(1);
        if let Some(sentence) = sentences.get(i) {
            reach[i] = reach[i].max(end);
            cut |= end > sentence.end;
        }
    }
    if !cut {
        return None;
    }
    let mut joined: Vec<Sentence> = Vec::with_capacity(sentences.len());
    let mut renumbered = Vec::with_capacity(sentences.len());
    let mut joined_reach = 0;
    for (sentence, reach) in sentences.drain(..).zip(reach) {
        match joined.last_mut() {
            Some(last) if sentence.start < joined_reach => last.end = last.end.max(sentence.end),
            _ => {
                joined.push(sentence);
                joined_reach = 0;
            }
        }
        joined_reach = joined_reach.max(reach);
        if let Some(last) = joined.last_mut() {
            // A name may also run into text no sentence holds.
            last.end = last.end.max(joined_reach);
        }
        renumbered.push(joined.len() - 1);
    }
    *sentences = joined;
    Some(renumbered)
}

/// Whether the text between two names joins them as items of one list: only commas, "and",
/// "or" and articles.
pub fn is_list_separator(gap: &str) -> bool {
    gap.split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .all(|w| {
            ["and", "or", "the"]
                .iter()
                .any(|j| w.eq_ignore_ascii_case(j))
        })
}

/// Below this many characters a line without closing punctuation is taken as a heading or
/// label; above it, as a hard-wrapped piece of a paragraph.
const WRAPPED_LINE_MIN_CHARS: usize = 60;

/// How much longer than a hard-wrapped line the line after it may be: about the longest word
/// that did not fit on it.
const WRAP_SLACK_CHARS: usize = 30;

/// A unit being built from one or more lines.
struct Unit {
    start: usize,
    end: usize,
    /// The list marker its first line starts with, if it is a list item.
    marker: Option<lists::Marker>,
    /// Whether it is a byline, credit, copyright, e-mail or navigation line.
    meta: bool,
}

/// Splits a document into sentences, headings, bullets and meta lines, in text order.
pub fn segment(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut ranges = Vec::new();
    let mut paragraph = 0;
    let mut unit: Option<Unit> = None;
    let mut previous_blank = true;
    for (start, end) in lines(text) {
        let (line_start, line_end) = trim_range(text, start, end);
        if line_start == line_end {
            if let Some(done) = unit.take() {
                emit_unit(text, &done, paragraph, &mut ranges, &mut out);
            }
            if !previous_blank {
                paragraph += 1;
            }
            previous_blank = true;
            continue;
        }
        previous_blank = false;
        let line = &text[line_start..line_end];
        let marker = lists::line_marker(line);
        if let Some(current) = &mut unit {
            if marker.is_none() && continues_paragraph(text, current, line) {
                current.end = line_end;
                // It was not meta (a meta unit is never continued), so only the new line counts.
                current.meta = has_meta_text(line);
                continue;
            }
            emit_unit(text, current, paragraph, &mut ranges, &mut out);
        }
        let body_start = line_start + marker.map_or(0, |(at, _)| at);
        let body = &text[body_start..line_end];
        unit = Some(Unit {
            start: body_start,
            end: line_end,
            marker: marker.map(|(_, m)| m),
            meta: has_meta_prefix(body) || has_meta_text(body),
        });
    }
    if let Some(done) = unit {
        emit_unit(text, &done, paragraph, &mut ranges, &mut out);
    }
    lists::join_punctuated_lists(text, &mut out);
    mark_document_title(text, &mut out);
    out
}

/// Whether a line quotes or reports what someone said, as a lede that lost its full stop
/// does and a title seldom does: a quotation mark, or "said", "says" or "told".
fn reports_speech(line: &str) -> bool {
    line.contains(['"', '\u{201C}', '\u{201D}'])
        || line
            .split(|c: char| !c.is_alphabetic())
            .any(|w| ["said", "says", "told"].contains(&w))
}

/// A document's title may be longer than a heading elsewhere: press releases title themselves
/// with a whole sentence ("The agencies of Chile and Peru signed a memorandum on radar data
/// sharing and ground station cooperation in Santiago"). Up to this many words, a first line
/// without closing punctuation that stands alone as its paragraph is the title.
const TITLE_MAX_WORDS: usize = 40;

/// Marks the document's first sentence a heading when it is a title: one line standing alone
/// as the first paragraph, with more text after it, not ending like a sentence, in a comma, a
/// bracket or a dash, reporting no speech, and no longer than `TITLE_MAX_WORDS`. A document
/// of one line without a full stop stays a sentence.
fn mark_document_title(text: &str, out: &mut [Sentence]) {
    let [first, second, ..] = out else {
        return;
    };
    let line = &text[first.start..first.end];
    let title = first.kind == UnitKind::Body
        && first.paragraph == 0
        && second.paragraph > 0
        && !line.contains(['\n', '\r'])
        && !ends_like_sentence(line)
        && !line.ends_with([',', ')', ']', '-', '\u{2013}', '\u{2014}'])
        && !reports_speech(line)
        && line.split_whitespace().nth(TITLE_MAX_WORDS).is_none();
    if title {
        first.kind = UnitKind::Heading;
    }
}

/// Line ranges without their terminators; `\n`, `\r\n` and a lone `\r` all end a line. The
/// ends are found by a vectorised search.
fn lines(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = text.as_bytes();
    let mut start = 0;
    std::iter::from_fn(move || {
        if let Some(skip) = memchr::memchr2(b'\n', b'\r', &bytes[start..]) {
            let at = start + skip;
            let crlf = bytes[at] == b'\r' && bytes.get(at + 1) == Some(&b'\n');
            let line = (start, at);
            start = at + 1 + usize::from(crlf);
            return Some(line);
        }
        (start < bytes.len()).then(|| {
            let line = (start, bytes.len());
            start = bytes.len();
            line
        })
    })
}

/// White space, and the byte order mark some files start with.
fn is_blank(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// The range without blanks at either end; empty (at `start`) for a blank line.
fn trim_range(text: &str, start: usize, end: usize) -> (usize, usize) {
    let slice = &text[start..end];
    let rest = slice.trim_start_matches(is_blank);
    let start = start + slice.len() - rest.len();
    (start, start + rest.trim_end_matches(is_blank).len())
}

/// A line without closing punctuation is a heading only up to this many words; a longer one is
/// running text that lost its final punctuation (or ends in a parenthesis or a colon).
const HEADING_MAX_WORDS: usize = 25;

const CLOSING_PUNCTUATION: &[char] = &['.', '!', '?', '…', ':', ';', '"', '”', '’', '»', '\''];

/// Whether a line ends in closing punctuation, as a sentence, a label or a quotation does,
/// maybe followed by reference marks ("… with Peru.[1][2]").
pub(crate) fn ends_like_sentence(line: &str) -> bool {
    let mut rest = line.trim_end();
    while let Some(inner) = rest.strip_suffix(']') {
        // A mark is short: its "[" is among the last bytes, so a long line is not read back.
        let from = inner.len().saturating_sub(sentences::LONGEST_MARK + 1);
        let Some(open) = inner.as_bytes()[from..]
            .iter()
            .rposition(|&b| b == b'[')
            .map(|at| from + at)
        else {
            break;
        };
        if sentences::reference_marks(&rest[open..]) != Some(rest.len() - open) {
            break;
        }
        rest = &rest[..open];
    }
    rest.ends_with(CLOSING_PUNCTUATION)
}

/// Whether `next` is a hard-wrapped continuation of the unit so far: the unit does not end
/// like a sentence, and `next` opens in lowercase or follows a long line; or a long line ends
/// in a period that ends no sentence ("… Officer John J." before "Roe signed …"). Never a line
/// that opens with a news dateline, nor a sentence's first words after a line that ends in a
/// year.
fn continues_paragraph(text: &str, unit: &Unit, next: &str) -> bool {
    let so_far = &text[unit.start..unit.end];
    // A line opening with a news dateline starts a story of its own.
    if unit.meta || super::metadata::dateline_len(next).is_some() {
        return false;
    }
    let last_line = so_far.rsplit(['\n', '\r']).next().unwrap_or(so_far).trim();
    // "| … |" lines are the rows of a table: each is a line of its own.
    if last_line.ends_with('|') && next.starts_with('|') {
        return false;
    }
    let wrapped = wraps_onto(last_line, next, last_line.len() == so_far.trim().len());
    // "… as released by the Bureau, January 30, 1998" before "These new agreements …": a line
    // ending in a year, without a stop, before a sentence's first words ends its unit.
    let ends_in_a_year = last_line
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()));
    if ends_in_a_year && sentences::opens_with_a_starter(next) {
        return false;
    }
    if ends_like_sentence(so_far) {
        return wrapped
            && last_line.ends_with('.')
            && !sentences::period_ends_sentence(last_line, 0, last_line.len() - 1, next);
    }
    next.starts_with(char::is_lowercase) || wrapped || ends_in_a_function_word(last_line)
}

/// Whether a line ends in a lowercase article, preposition or conjunction, which no sentence
/// or heading ends in: the line was cut inside its sentence ("… between China and the" before
/// "15-nation bloc agreed …").
fn ends_in_a_function_word(line: &str) -> bool {
    const OPEN_ENDED: &[&str] = &[
        "the", "a", "an", "and", "or", "of", "to", "between", "with", "for", "by", "from", "in",
        "on", "at", "its", "their", "that",
    ];
    line.rsplit(' ')
        .next()
        .is_some_and(|word| OPEN_ENDED.contains(&word))
}

/// Whether the shape of two lines says a hard-wrapped paragraph runs from `line` onto `next`:
/// `line` is long and `next` not much longer (a long headline before a paragraph written on one
/// line is a line of its own), and `line` is no headline in title case opening its unit
/// (`opens_unit`) — "Joint Statement of Chile and Peru on Radar Satellite Data Sharing and
/// Ground Station Cooperation" is one however long; further down a paragraph, or with a comma
/// before a word in lowercase, such a line is a wrapped list of names.
pub(crate) fn wraps_onto(line: &str, next: &str, opens_unit: bool) -> bool {
    let chars = line.chars().count();
    let headline = opens_unit
        && !ends_like_sentence(line)
        && in_title_case(line)
        && !has_a_comma_before_lowercase(line);
    chars >= WRAPPED_LINE_MIN_CHARS && next.chars().count() <= chars + WRAP_SLACK_CHARS && !headline
}

const META_PREFIXES: &[&str] = &[
    "author:",
    "authors:",
    "by ",
    "credit:",
    "credits:",
    "copyright",
    "©",
    "image courtesy",
    "image credit",
    "photo:",
    "photo credit",
    "source:",
    "registration number",
    "license for",
];

/// Whether a unit starts like a byline, credit or copyright line. A line opening with "By" is
/// a byline only when a name follows and few words are in lowercase ("By Jane Roe | May 2,
/// 2016"), not a sentence ("By the end of 2025 ESA will …", "By March, NASA and ESA will …").
fn has_meta_prefix(unit: &str) -> bool {
    META_PREFIXES.iter().any(|p| {
        let opens = unit
            .as_bytes()
            .get(..p.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(p.as_bytes()));
        opens && (*p != "by " || is_byline(&unit[p.len()..]))
    })
}

/// Whether the words after a line's opening "By" read as a byline: a capitalised name, and at
/// most two words in lowercase ("at", "and", "staff").
fn is_byline(rest: &str) -> bool {
    const MAX_LOWERCASE_WORDS: usize = 2;
    let lowercase = rest
        .split_whitespace()
        .filter(|w| w.starts_with(char::is_lowercase))
        .count();
    rest.starts_with(char::is_uppercase) && lowercase <= MAX_LOWERCASE_WORDS
}

/// Whether a line holds what only meta lines hold: a credit, a rights notice, a navigation
/// bar, or an e-mail address in a line that is not a sentence ("Her e-mail is a@b.org." is).
fn has_meta_text(line: &str) -> bool {
    is_bar(line) || has_meta_phrase(line) || (!ends_like_sentence(line) && has_email(line))
}

/// Whether a line is parted by bars: a navigation bar ("Home | News"), a byline or dateline
/// ("By Jane Roe | May 2, 2016"). A paragraph of prose with a bar inside a name ("the Center
/// for Astrophysics | Harvard & Smithsonian") is none: it ends like a sentence and is longer
/// than a heading.
fn is_bar(line: &str) -> bool {
    line.contains(" | ")
        && !(ends_like_sentence(line) && line.split_whitespace().nth(HEADING_MAX_WORDS).is_some())
}

/// Whether a line holds "credit:", "credits:" (a photo caption's last words: "… From left to
/// right: …. Credits: ESA") or "all rights reserved", in any ASCII case. Every line of every
/// document is looked at, and few hold any: a phrase is tried only where its rarest byte is,
/// the colon or the 'v' of "reserved", which a vectorised search finds.
fn has_meta_phrase(line: &str) -> bool {
    const PHRASES: [(&[u8], usize); 3] = [
        (b"credit:", 6),
        (b"credits:", 7),
        (b"all rights reserved", 16),
    ];
    let bytes = line.as_bytes();
    memchr::memchr3_iter(b':', b'v', b'V', bytes).any(|at| {
        PHRASES.iter().any(|&(phrase, anchor)| {
            at >= anchor
                && bytes[at].eq_ignore_ascii_case(&phrase[anchor])
                && bytes
                    .get(at - anchor..at - anchor + phrase.len())
                    .is_some_and(|window| window.eq_ignore_ascii_case(phrase))
        })
    })
}

fn has_email(line: &str) -> bool {
    line.contains('@')
        && line.split_whitespace().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            match w.split_once('@') {
                Some((user, host)) => !user.is_empty() && host.contains('.'),
                None => false,
            }
        })
}

/// Whether a unit that is neither a list item nor a meta line is a heading: short and without
/// closing punctuation, in capitals, or labelled as one ("Title: …", as abstracts and
/// submissions open).
fn is_heading(unit: &str) -> bool {
    let short = unit.split_whitespace().nth(HEADING_MAX_WORDS).is_none();
    // A line ending in a comma is running text a line break cut, never a title.
    let cut = unit.trim_end().ends_with(',');
    (short && !cut && (!ends_like_sentence(unit) || is_title_case(unit)))
        || is_all_caps(unit)
        || is_labelled_title(unit)
}

/// Whether a line is a question or an exclamation written in title case, as headlines are
/// ("Chile and Peru's Cooperation in Space: What Comes Next?"), or one ending in a dotted
/// acronym ("Peru Signs Accord with U.S."): three or more words of four letters or more, and
/// all of them capitalised but for a few short function words. (A line ending in any other
/// period is a sentence, however many names it holds.)
fn is_title_case(line: &str) -> bool {
    !line.contains('\n')
        && (line.trim_end().ends_with(['?', '!']) || ends_with_dotted_acronym(line))
        && in_title_case(line)
}

/// Whether a line ends with a dotted acronym ("… Joint Missions with U.S."), whose period
/// ends the acronym, not a sentence.
fn ends_with_dotted_acronym(line: &str) -> bool {
    let last = line.split_whitespace().next_back().unwrap_or("");
    last.strip_suffix('.').is_some_and(|acronym| {
        acronym.contains('.')
            && acronym
                .split('.')
                .all(|part| (1..=2).contains(&part.len()) && part.chars().all(char::is_uppercase))
    })
}

/// Whether a comma in the line is followed by a word in lowercase ("…, the National"): a
/// sentence's list of names wrapped at the line's end, which a headline in title case does not
/// hold.
fn has_a_comma_before_lowercase(line: &str) -> bool {
    line.match_indices(", ")
        .any(|(at, _)| line[at + 2..].starts_with(char::is_lowercase))
}

/// Whether a line's words of four letters or more, three or more of them, are all
/// capitalised but for a few short function words.
fn in_title_case(line: &str) -> bool {
    const FUNCTION_WORDS: &[&str] = &[
        "with", "from", "into", "onto", "over", "upon", "about", "after", "amid", "than", "that",
        "this", "their", "between", "under", "within",
    ];
    let mut long_words = 0;
    for word in line.split_whitespace() {
        let letters = word.trim_matches(|c: char| !c.is_alphabetic());
        if letters.chars().count() < 4 || !letters.chars().all(char::is_alphabetic) {
            continue;
        }
        if letters.starts_with(char::is_lowercase) {
            if !FUNCTION_WORDS.contains(&letters) {
                return false;
            }
            continue;
        }
        long_words += 1;
    }
    long_words >= 3
}

/// Whether a unit opens with the label of a title: "Title:", "Headline:".
fn is_labelled_title(unit: &str) -> bool {
    unit.split_once(':').is_some_and(|(label, _)| {
        ["title", "headline"]
            .iter()
            .any(|l| label.trim().eq_ignore_ascii_case(l))
    })
}

fn is_all_caps(line: &str) -> bool {
    let mut letters = 0;
    for c in line.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 4
}

fn emit_unit(
    text: &str,
    unit: &Unit,
    paragraph: usize,
    ranges: &mut Vec<(usize, usize)>,
    out: &mut Vec<Sentence>,
) {
    let body = &text[unit.start..unit.end];
    let kind = if unit.marker.is_some() {
        UnitKind::Bullet
    } else if unit.meta {
        UnitKind::Meta
    } else if is_heading(body) {
        UnitKind::Heading
    } else {
        UnitKind::Body
    };
    ranges.clear();
    match (kind, unit.marker) {
        (UnitKind::Heading | UnitKind::Meta, _) => ranges.push((unit.start, unit.end)),
        (_, Some(marker)) => {
            for (s, e, enumerator) in lists::items(body, marker) {
                sentences::split(&body[s..e], enumerator, unit.start + s, ranges);
            }
        }
        (_, None) => sentences::split(body, 0, unit.start, ranges),
    }
    out.extend(ranges.iter().map(|&(start, end)| Sentence {
        start,
        end,
        kind,
        paragraph,
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_span_across_a_sentence_end_joins_the_sentences() {
        let text = "DENVER\u{2014}U.S. Space Command met Peru. Chile agreed. Kenya too.";
        let mut sentences = segment(text);
        assert_eq!(sentences.len(), 4, "{sentences:?}");
        let command = text.find("U.S. Space Command").unwrap();
        let chile = text.find("Chile").unwrap();
        let spans = [(command, command + 18), (chile, chile + 5)];
        assert_eq!(join_across(&mut sentences, spans), Some(vec![0, 0, 1, 2]));
        let got: Vec<&str> = sentences.iter().map(|s| &text[s.start..s.end]).collect();
        assert_eq!(
            got,
            [
                "DENVER\u{2014}U.S. Space Command met Peru.",
                "Chile agreed.",
                "Kenya too."
            ]
        );
        assert_eq!(join_across(&mut sentences, [(chile, chile + 5)]), None);
    }

    #[test]
    fn lines_end_at_a_line_feed_a_carriage_return_or_both() {
        let cases: [(&str, &[&str]); 6] = [
            ("", &[]),
            ("one", &["one"]),
            ("one\n", &["one"]),
            (
                "one\r\ntwo\rthree\n\nfour",
                &["one", "two", "three", "", "four"],
            ),
            ("\r\r\n\n", &["", "", ""]),
            ("a\n\r", &["a", ""]),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = lines(text).map(|(s, e)| &text[s..e]).collect();
            assert_eq!(got, want, "{text:?}");
        }
    }

    /// Each unit of `text` with its kind.
    fn units(text: &str) -> Vec<(&str, UnitKind)> {
        segment(text)
            .iter()
            .map(|s| (&text[s.start..s.end], s.kind))
            .collect()
    }

    #[test]
    fn meta_phrases_are_found_in_any_case_and_nowhere_else() {
        let cases = [
            ("Photo (Credit: the agency)", true),
            ("photo (CREDIT: the agency)", true),
            ("© 2024 The Agency. All Rights Reserved.", true),
            ("ALL RIGHTS RESERVED", true),
            ("all rights reserved", true),
            ("(credit:", true),
            (
                "The signing in Paris. From left to right: A and B. Credits: ESA - J. Doe",
                true,
            ),
            ("Image credit: NASA", true),
            ("The agencies signed: NASA and ESA.", false),
            ("Photo (credit the agency)", false),
            ("All rights are reserved.", false),
            ("all rights reserve", false),
            ("rights reserved", false),
            ("The reserved seats (credits) were all taken.", false),
            ("Über (crédit: x) vvv VVV (((", false),
            ("", false),
        ];
        for (line, expected) in cases {
            assert_eq!(has_meta_phrase(line), expected, "{line}");
            let lower = line.to_ascii_lowercase();
            let reference = lower.contains("credit:")
                || lower.contains("credits:")
                || lower.contains("all rights reserved");
            assert_eq!(has_meta_phrase(line), reference, "{line}");
        }
    }

    fn sentence_texts(text: &str) -> Vec<&str> {
        segment(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn splits_and_keeps_abbreviations() {
        let cases: &[(&str, &[&str])] = &[
            (
                "The U.S. Senate voted on the budget. JAXA waited.",
                &["The U.S. Senate voted on the budget.", "JAXA waited."],
            ),
            (
                "Dr. Amara Osei spoke. Mr. Tan agreed.",
                &["Dr. Amara Osei spoke.", "Mr. Tan agreed."],
            ),
            (
                "On Sept. 14, 2022, the envoys met. It rained.",
                &["On Sept. 14, 2022, the envoys met.", "It rained."],
            ),
            (
                "The panel moved to Washington D.C. in 2019. Then more.",
                &["The panel moved to Washington D.C. in 2019.", "Then more."],
            ),
            (
                "Both sides renewed the Japan-U.S. Science Accord. It held.",
                &[
                    "Both sides renewed the Japan-U.S. Science Accord.",
                    "It held.",
                ],
            ),
            (
                "Engineers from the U.S. The team grew.",
                &["Engineers from the U.S.", "The team grew."],
            ),
            (
                "J. R. Smith wrote it. The rover weighs 1.42 tonnes.",
                &["J. R. Smith wrote it.", "The rover weighs 1.42 tonnes."],
            ),
            (
                "“It works,” she said. “Nine teams have applied. More will come.”",
                &[
                    "“It works,” she said.",
                    "“Nine teams have applied.",
                    "More will come.”",
                ],
            ),
            // Guillemets open and close a quotation as curly marks do.
            (
                "The minister spoke. «Nine teams have applied. More will come,» she said.",
                &[
                    "The minister spoke.",
                    "«Nine teams have applied.",
                    "More will come,» she said.",
                ],
            ),
            ("Is it? Yes! Fine.", &["Is it?", "Yes!", "Fine."]),
            // A possessive after a company's abbreviation opens the next sentence.
            (
                "It was made by Boreal Corp. Peru's agency bought it.",
                &["It was made by Boreal Corp.", "Peru's agency bought it."],
            ),
            (
                "Boreal Corp. chief Ana Lima spoke.",
                &["Boreal Corp. chief Ana Lima spoke."],
            ),
            // A title glued to the bracket before it is still a title.
            (
                "The head of the agency (PSA)Dr. Lima signed it. It held.",
                &[
                    "The head of the agency (PSA)Dr. Lima signed it.",
                    "It held.",
                ],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(sentence_texts(text), *want, "{text}");
        }
    }

    #[test]
    fn a_wrapped_line_ending_in_an_initial_or_a_title_runs_on() {
        let text = "The accord was signed at the ministry in the capital by the director Mary K.\nLowe and the envoy of the neighbouring country, who came with his adviser Dr.\nPatel. The rest of the long paragraph follows on the next line of text here.\nOfficials left.\n";
        assert_eq!(
            sentence_texts(text),
            [
                "The accord was signed at the ministry in the capital by the director Mary K.\nLowe and the envoy of the neighbouring country, who came with his adviser Dr.\nPatel.",
                "The rest of the long paragraph follows on the next line of text here.",
                "Officials left."
            ]
        );
    }

    #[test]
    fn a_long_line_ending_in_a_year_ends_before_a_sentences_first_words() {
        let text = "Remarks made at the signing session, as released by the press office of the ministry, May 3, 2001\nThese agreements replace the earlier ones signed by Chile and Peru in\n1990 and the accord of 1995 that followed them.\n";
        assert_eq!(
            sentence_texts(text),
            [
                "Remarks made at the signing session, as released by the press office of the ministry, May 3, 2001",
                "These agreements replace the earlier ones signed by Chile and Peru in\n1990 and the accord of 1995 that followed them.",
            ]
        );
    }

    #[test]
    fn a_long_first_line_alone_in_its_paragraph_is_the_title() {
        let title = "The space agencies of Chile and Peru signed a memorandum of understanding on Monday for cooperation in the sharing of radar data and the joint operation of two ground stations";
        let lede = "The memorandum was signed in Lima.";
        let text = format!("{title}\n\n{lede}\n");
        assert_eq!(
            units(&text),
            [(title, UnitKind::Heading), (lede, UnitKind::Body)]
        );
        // Alone, the same line is a sentence that lost its full stop; so is one further down.
        assert_eq!(units(title), [(title, UnitKind::Body)]);
        let text = format!("{lede}\n\n{title}\n");
        assert_eq!(
            units(&text),
            [(lede, UnitKind::Body), (title, UnitKind::Body)]
        );
        // A lede that lost its full stop reports speech or ends in a bracket.
        for lede_cut in [
            "The space agencies of Chile and Peru will share radar data and jointly operate two ground stations in the Atacama desert from next year, officials of both agencies said on Monday in Lima",
            "The space agencies of Chile and Peru will share radar data and jointly operate two ground stations in the Atacama desert from next year under a memorandum signed on Monday (Reuters)",
        ] {
            let text = format!("{lede_cut}\n\n{lede}\n");
            assert_eq!(units(&text)[0], (lede_cut, UnitKind::Body));
        }
    }

    #[test]
    fn a_long_headline_before_a_paragraph_on_one_line_is_a_line_of_its_own() {
        let headline = "Chile and Peru sign a radar satellite data sharing memorandum";
        let paragraph = "In the presence of the two ministers, the Chilean and Peruvian space agencies signed on Monday in Lima a memorandum on sharing radar data.";
        let text = format!("{headline}\n{paragraph}\n");
        assert_eq!(
            units(&text),
            [(headline, UnitKind::Heading), (paragraph, UnitKind::Body)]
        );
        // Hard-wrapped, the same words run on: no line is much longer than the one before it.
        let wrapped = "Chile and Peru signed a radar satellite data sharing memorandum\nIn Lima on Monday, with the two ministers present at the signing.\n";
        assert_eq!(units(wrapped), [(wrapped.trim_end(), UnitKind::Body)]);
        // A first line in title case is a headline even when the next line is as long; a wrapped
        // line of names further down runs on.
        let headline = "Joint Statement of Chile and Peru on Radar Satellite Data Sharing";
        let paragraph = "Below is the text the two governments released after the talks on Monday:";
        let text = format!("{headline}\n{paragraph}\n");
        assert_eq!(
            units(&text),
            [(headline, UnitKind::Heading), (paragraph, UnitKind::Body)]
        );
        let names = "The new radar consortium is a formal partnership between the agencies of\nChile, Peru, Kenya, Ghana, Nigeria, Morocco, Tunisia, Senegal and the United\nKingdom, and it grows.\n";
        assert_eq!(units(names), [(names.trim_end(), UnitKind::Body)]);
        // A first line in title case that lists names with a comma before a lowercase word is
        // a sentence wrapped at its end, not a headline.
        let listed = "The Kenya Space Agency (KSA), the Peruvian Space Agency (CONIDA), the National\nRadar Institute (NRI) and the Chilean agency signed an accord on radar data.\n";
        assert_eq!(units(listed), [(listed.trim_end(), UnitKind::Body)]);
    }

    #[test]
    fn a_line_labelled_as_the_title_is_a_heading() {
        let title = "Title: Aurora: A Joint Chile/Peru Mission to Map the Andes.";
        let abstract_ = "Abstract: Aurora is a mission of Chile and Peru.";
        let text = format!("{title}\n{abstract_}\n");
        assert_eq!(
            units(&text),
            [(title, UnitKind::Heading), (abstract_, UnitKind::Body)]
        );
    }

    #[test]
    fn abbreviation_us_does_not_end_sentence() {
        let text =
            "Under a rule adopted by the U.S. Senate in 2019, the agency must report yearly.";
        assert_eq!(sentence_texts(text), [text]);
    }

    #[test]
    fn lines_make_units_of_their_own_kind() {
        let text = "News | Science\n\nRivals or partners in orbit? Kenya picks the second\n\nAuthor: Dr. Amara OSEI\nKenya Space Agency, Kenya, someone@example.com\n\n  • Shared Risk: Launches can fail. Partners insure.\nRETURN TO MENU\n";
        let got = units(text);
        assert_eq!(
            got,
            [
                ("News | Science", UnitKind::Meta),
                (
                    "Rivals or partners in orbit? Kenya picks the second",
                    UnitKind::Heading
                ),
                ("Author: Dr. Amara OSEI", UnitKind::Meta),
                (
                    "Kenya Space Agency, Kenya, someone@example.com",
                    UnitKind::Meta
                ),
                ("Shared Risk: Launches can fail.", UnitKind::Bullet),
                ("Partners insure.", UnitKind::Bullet),
                ("RETURN TO MENU", UnitKind::Heading),
            ]
        );
    }

    #[test]
    fn a_short_sentence_closed_by_reference_marks_is_body_text() {
        let text =
            "History\n\nIn 2011 Peru barred its agency from working with Chile.[1][note 2]\n";
        assert_eq!(
            units(text),
            [
                ("History", UnitKind::Heading),
                (
                    "In 2011 Peru barred its agency from working with Chile.[1][note 2]",
                    UnitKind::Body
                ),
            ]
        );
        // A bracket that is no reference mark leaves the line a heading.
        assert_eq!(
            units("Peru signs with Chile.[photo: AP]\n")[0].1,
            UnitKind::Heading
        );
    }

    #[test]
    fn a_question_in_title_case_is_a_heading() {
        let text = "Chile and Peru's Cooperation in Space: What Comes Next?\n\nChile and Peru signed a deal. Officials Gave No Date.\n";
        assert_eq!(
            units(text),
            [
                (
                    "Chile and Peru's Cooperation in Space: What Comes Next?",
                    UnitKind::Heading
                ),
                ("Chile and Peru signed a deal.", UnitKind::Body),
                ("Officials Gave No Date.", UnitKind::Body),
            ]
        );
        assert!(!is_title_case("Chile and Peru signed a deal with Kenya?"));
        assert!(is_title_case("Kenya Signs Deal With Peru!"));
        // A dotted acronym's period ends no sentence.
        assert!(is_title_case("Kenya Approves Two Joint Missions with U.S."));
        assert!(!is_title_case(
            "Kenya signed two joint missions with the U.S."
        ));
        assert!(!is_title_case(
            "Kenya Approves Two Joint Missions with Peru."
        ));
        assert!(!is_title_case(
            "The Lunar Dust Research Institute (LDRI) met."
        ));
    }

    #[test]
    fn a_line_ending_in_a_comma_is_running_text() {
        assert_eq!(
            units("“Chile and Peru will cooperate on radar,\n\n“and on optics,” she said.\n"),
            [
                ("“Chile and Peru will cooperate on radar,", UnitKind::Body),
                ("“and on optics,” she said.", UnitKind::Body),
            ]
        );
    }

    #[test]
    fn list_items_keep_their_number_and_split_on_one_line() {
        let text = "Steps:\n1. Build the lander.\n2. Test it. Ship it.\n\na) Launch b) Land\n• 3. Orbit • 4. Return\n";
        let got = units(text);
        assert_eq!(
            got,
            [
                ("Steps:", UnitKind::Body),
                ("1. Build the lander.", UnitKind::Bullet),
                ("2. Test it.", UnitKind::Bullet),
                ("Ship it.", UnitKind::Bullet),
                ("a) Launch", UnitKind::Bullet),
                ("b) Land", UnitKind::Bullet),
                ("3. Orbit", UnitKind::Bullet),
                ("4. Return", UnitKind::Bullet),
            ]
        );
    }

    #[test]
    fn a_colon_and_the_punctuated_items_after_it_are_one_sentence() {
        let text = "The partners are:\n\n  \u{2022} Chile \u{2013} its agency,\n  \u{2022} Peru; and\n  \u{2022} Kenya.\nThey met.\n";
        assert_eq!(
            units(text),
            [
                (
                    "The partners are:\n\n  \u{2022} Chile \u{2013} its agency,\n  \u{2022} Peru; and\n  \u{2022} Kenya.",
                    UnitKind::Body
                ),
                ("They met.", UnitKind::Body),
            ]
        );
        // Items without that punctuation, or a lead-in without a colon, stay apart.
        for text in [
            "The partners are:\n\u{2022} Chile\n\u{2022} Peru\n",
            "The partners are:\n\u{2022} Chile,\n\u{2022} Peru,\nKenya will join.\n",
            "The partners are:\n\u{2022} Chile.\n\u{2022} Peru.\n",
            "The partners met.\n\u{2022} Chile,\n\u{2022} Peru.\n",
        ] {
            assert!(
                units(text).iter().all(|(unit, _)| !unit.contains('\n')),
                "{text:?}"
            );
        }
    }

    #[test]
    fn a_line_opening_with_by_is_a_byline_only_when_a_name_follows() {
        let text = "By Jane Roe and Ann Poe | May 2, 2016\nBy the end of 2030 the agencies will meet.\nBy March, ESA and JAXA will have signed the charter.\n";
        let got = units(text);
        assert_eq!(
            got,
            [
                ("By Jane Roe and Ann Poe | May 2, 2016", UnitKind::Meta),
                ("By the end of 2030 the agencies will meet.", UnitKind::Body),
                (
                    "By March, ESA and JAXA will have signed the charter.",
                    UnitKind::Body
                ),
            ]
        );
    }

    #[test]
    fn a_bar_inside_a_paragraph_of_prose_leaves_it_prose() {
        let text = "Home | Science | About us\n\nThe probe was built at the Lima Institute | Andes Campus over six years, with help from engineers of two countries. Peru and Chile will fly it together in 2031.\n";
        let got = units(text);
        assert_eq!(
            got,
            [
                ("Home | Science | About us", UnitKind::Meta),
                (
                    "The probe was built at the Lima Institute | Andes Campus over six years, with help from engineers of two countries.",
                    UnitKind::Body
                ),
                ("Peru and Chile will fly it together in 2031.", UnitKind::Body),
            ]
        );
    }

    #[test]
    fn email_in_a_sentence_is_body_and_in_a_contact_line_is_meta() {
        let text = "Contact: press office, press@agency.example\nWrite to press@agency.example. They answer.\n";
        let got = units(text);
        assert_eq!(
            got,
            [
                (
                    "Contact: press office, press@agency.example",
                    UnitKind::Meta
                ),
                ("Write to press@agency.example.", UnitKind::Body),
                ("They answer.", UnitKind::Body),
            ]
        );
    }

    #[test]
    fn blank_line_of_spaces_after_text_ends_a_unit() {
        let text = "Permalink  \n \n\nThe agencies met.";
        assert_eq!(sentence_texts(text), ["Permalink", "The agencies met."]);
    }

    #[test]
    fn a_dateline_starts_a_unit_after_an_open_bullet() {
        let text = "- Agreement further strengthens the ties between the two space agencies\nLima, Peru, 3 May 2021: The agency signed a contract.\n";
        assert_eq!(
            sentence_texts(text),
            [
                "Agreement further strengthens the ties between the two space agencies",
                "Lima, Peru, 3 May 2021: The agency signed a contract."
            ]
        );
    }

    #[test]
    fn hard_wrapped_lines_join_and_crlf_is_a_line_end() {
        let text = "China and Russia signed an agreement on lunar research that covers\nthe next decade. Both sides agreed.\r\nNext line here.\r\n";
        assert_eq!(
            sentence_texts(text),
            [
                "China and Russia signed an agreement on lunar research that covers\nthe next decade.",
                "Both sides agreed.",
                "Next line here."
            ]
        );
    }

    #[test]
    fn a_short_line_ending_in_an_article_or_a_preposition_runs_on() {
        let text = "Peru had signed the radar accord with the\n27-nation bloc in May.\nRadar Data Sharing\nThe data flows.\n";
        assert_eq!(
            sentence_texts(text),
            [
                "Peru had signed the radar accord with the\n27-nation bloc in May.",
                "Radar Data Sharing",
                "The data flows."
            ]
        );
    }

    #[test]
    fn the_rows_of_a_table_are_lines_of_their_own() {
        let text = "| Kenya signed the accord with Peru on the radar satellite at the conference. |\n| The accord, under a wider framework agreement between the two, covers training. |\n";
        assert_eq!(
            sentence_texts(text),
            [
                "| Kenya signed the accord with Peru on the radar satellite at the conference. |",
                "| The accord, under a wider framework agreement between the two, covers training. |"
            ]
        );
    }

    #[test]
    fn paragraphs_count_blank_line_blocks() {
        let text = "One. Two.\n\n\nThree.";
        let paragraphs: Vec<usize> = segment(text).iter().map(|s| s.paragraph).collect();
        assert_eq!(paragraphs, [0, 0, 1]);
    }

    #[test]
    fn words_keep_offsets() {
        let got: Vec<(usize, &str)> = words("NASA’s probe, 2018.")
            .iter()
            .map(|w| (w.start, w.text))
            .collect();
        assert_eq!(got, [(0, "NASA’s"), (9, "probe"), (16, "2018")]);
    }

    #[test]
    fn at_most_words_counts_words_not_punctuation() {
        assert!(at_most_words("", 0));
        assert!(at_most_words(" , — ", 0));
        assert!(at_most_words("the new, joint", 3));
        assert!(!at_most_words("the new, joint", 2));
        assert_eq!(
            word_iter("the new, joint").count(),
            words("the new, joint").len()
        );
    }
}
