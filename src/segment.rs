//! Stage 3, structure: paragraphs, units (headings, bullets, byline and credit lines, body
//! text) and sentences, every one a byte range into the raw document.
//!
//! Lines are the first cut. A line is its own unit unless it is a hard-wrapped piece of a longer
//! paragraph. Headings, bullets and meta lines (authors, e-mail addresses, credits, navigation)
//! stay whole; body text and bullets are split into sentences at `.`, `!`, `?` followed by space
//! and a capital, except after abbreviations ("Dr.", "Sept. 30"), initials ("J. Smith") and
//! dotted acronyms ("U.S.") that do not end the sentence.

use serde::Serialize;
use unicode_segmentation::UnicodeSegmentation;

/// What kind of text a sentence comes from. Only `body` and `bullet` sentences can hold claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum UnitKind {
    /// A title, headline or section heading: a short line without closing punctuation.
    Heading,
    /// Running text.
    Body,
    /// An item of a bulleted or numbered list (the marker is not part of the span).
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

/// A word with its byte range, relative to the string it was cut from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'a> {
    /// Start byte offset.
    pub start: usize,
    /// End byte offset.
    pub end: usize,
    /// The word as written.
    pub text: &'a str,
}

/// Splits a text into words by the Unicode word-boundary rules, keeping offsets; punctuation
/// and spaces are dropped.
pub fn words(text: &str) -> Vec<Word<'_>> {
    text.split_word_bound_indices()
        .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
        .map(|(start, text)| Word {
            start,
            end: start + text.len(),
            text,
        })
        .collect()
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

/// Splits a document into sentences, headings, bullets and meta lines, in text order.
pub fn segment(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut paragraph = 0;
    // The unit being built: (start, end, is a bullet item).
    let mut unit: Option<(usize, usize, bool)> = None;
    let mut previous_blank = true;
    for (start, end) in lines(text) {
        let trimmed = text[start..end].trim_matches(is_blank);
        if trimmed.is_empty() {
            if let Some(done) = unit.take() {
                emit_unit(text, done, paragraph, &mut out);
            }
            if !previous_blank {
                paragraph += 1;
            }
            previous_blank = true;
            continue;
        }
        previous_blank = false;
        let (line_start, line_end) = trim_range(text, start, end);
        let (body_start, bullet) = strip_bullet(text, line_start, line_end);
        if let Some((u_start, u_end, u_bullet)) = unit {
            if !bullet && continues_paragraph(&text[u_start..u_end], trimmed) {
                unit = Some((u_start, line_end, u_bullet));
                continue;
            }
            emit_unit(text, (u_start, u_end, u_bullet), paragraph, &mut out);
        }
        unit = Some((body_start, line_end, bullet));
    }
    if let Some(done) = unit {
        emit_unit(text, done, paragraph, &mut out);
    }
    out
}

/// Line ranges without their terminators; `\n`, `\r\n` and a lone `\r` all end a line.
fn lines(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                out.push((start, i));
                start = i + 1;
            }
            b'\r' => {
                out.push((start, i));
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if start < bytes.len() {
        out.push((start, bytes.len()));
    }
    out
}

/// White space, and the byte order mark some files start with.
fn is_blank(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

fn trim_range(text: &str, start: usize, end: usize) -> (usize, usize) {
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start_matches(is_blank).len();
    let trail = slice.len() - slice.trim_end_matches(is_blank).len();
    (start + lead, end - trail)
}

/// Recognises a list marker at the start of a line and returns where the item's text starts.
fn strip_bullet(text: &str, start: usize, end: usize) -> (usize, bool) {
    let line = &text[start..end];
    let mut chars = line.char_indices();
    let Some((_, first)) = chars.next() else {
        return (start, false);
    };
    let marker_len = if matches!(first, '•' | '·' | '▪' | '‣' | '◦' | '*' | '-' | '–' | '+')
    {
        first.len_utf8()
    } else {
        let digits = line.bytes().take_while(u8::is_ascii_digit).count();
        if (1..=3).contains(&digits) && matches!(line.as_bytes().get(digits), Some(b'.' | b')')) {
            digits + 1
        } else {
            return (start, false);
        }
    };
    let rest = &line[marker_len..];
    if !rest.starts_with(char::is_whitespace) || rest.trim().is_empty() {
        return (start, false);
    }
    let lead = rest.len() - rest.trim_start().len();
    (start + marker_len + lead, true)
}

/// A line without closing punctuation is a heading only up to this many words; a longer one is
/// running text that lost its final punctuation (or ends in a parenthesis or a colon).
const HEADING_MAX_WORDS: usize = 25;

const CLOSING_PUNCTUATION: &[char] = &['.', '!', '?', '…', ':', ';', '"', '”', '’', '\''];

fn ends_like_sentence(line: &str) -> bool {
    line.trim_end().ends_with(CLOSING_PUNCTUATION)
}

/// Whether `next` is a hard-wrapped continuation of the unit so far.
fn continues_paragraph(unit: &str, next: &str) -> bool {
    if ends_like_sentence(unit) || classify_line(unit) == UnitKind::Meta {
        return false;
    }
    let last_line = unit.rsplit(['\n', '\r']).next().unwrap_or(unit).trim();
    next.starts_with(char::is_lowercase) || last_line.chars().count() >= WRAPPED_LINE_MIN_CHARS
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

/// Decides what a line that starts a unit is.
fn classify_line(line: &str) -> UnitKind {
    let lower = line.to_lowercase();
    let is_meta = META_PREFIXES.iter().any(|p| lower.starts_with(p))
        || lower.contains("(credit:")
        || lower.contains("all rights reserved")
        || line.contains(" | ")
        || has_email(line);
    if is_meta {
        UnitKind::Meta
    } else if (!ends_like_sentence(line) && line.split_whitespace().count() <= HEADING_MAX_WORDS)
        || is_all_caps(line)
    {
        UnitKind::Heading
    } else {
        UnitKind::Body
    }
}

fn has_email(line: &str) -> bool {
    line.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        match w.split_once('@') {
            Some((user, host)) => !user.is_empty() && host.contains('.'),
            None => false,
        }
    })
}

fn is_all_caps(line: &str) -> bool {
    let letters: Vec<char> = line.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 4 && letters.iter().all(|c| c.is_uppercase())
}

fn emit_unit(
    text: &str,
    (start, end, bullet): (usize, usize, bool),
    paragraph: usize,
    out: &mut Vec<Sentence>,
) {
    let kind = if bullet {
        UnitKind::Bullet
    } else {
        classify_line(&text[start..end])
    };
    match kind {
        UnitKind::Body | UnitKind::Bullet => {
            for (s, e) in split_sentences(text, start, end) {
                out.push(Sentence {
                    start: s,
                    end: e,
                    kind,
                    paragraph,
                });
            }
        }
        UnitKind::Heading | UnitKind::Meta => out.push(Sentence {
            start,
            end,
            kind,
            paragraph,
        }),
    }
}

/// Abbreviations after which a period never ends a sentence.
const TITLES: &[&str] = &[
    "dr", "mr", "mrs", "ms", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "st",
    "mt", "rev", "hon", "pres", "messrs", "e.g", "i.e", "vs", "cf", "approx", "dept",
];

/// Abbreviations that end a sentence unless a number follows ("Sept. 30", "No. 5").
const BEFORE_NUMBERS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no",
    "nos", "vol", "fig", "figs", "art", "p", "pp", "ca",
];

/// Abbreviations (and dotted acronyms such as "U.S.") that end a sentence only when the next
/// word is one that typically starts a sentence.
const BEFORE_STARTERS: &[&str] = &["inc", "ltd", "corp", "co", "jr", "sr", "etc", "al"];

/// Words that typically start an English sentence; after "U.S." or "Inc." they mark a new one.
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
];

/// Splits the byte range `[start, end)` of `text` into trimmed sentence ranges.
fn split_sentences(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let unit = &text[start..end];
    let mut out = Vec::new();
    let mut sentence_start = 0;
    let chars: Vec<(usize, char)> = unit.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if !matches!(c, '.' | '!' | '?' | '…') {
            i += 1;
            continue;
        }
        // Swallow repeated terminators and closing quotes or brackets.
        let mut j = i + 1;
        while j < chars.len()
            && matches!(
                chars[j].1,
                '.' | '!' | '?' | '…' | '"' | '”' | '’' | '\'' | ')' | ']'
            )
        {
            j += 1;
        }
        let close = chars.get(j).map_or(unit.len(), |&(p, _)| p);
        let mut k = j;
        while k < chars.len() && chars[k].1.is_whitespace() {
            k += 1;
        }
        let has_space = k > j;
        let next = chars.get(k).map(|&(_, n)| n);
        let starts_new = next.is_some_and(|n| {
            n.is_uppercase()
                || n.is_ascii_digit()
                || matches!(n, '"' | '“' | '‘' | '\'' | '(' | '[')
        });
        if has_space
            && starts_new
            && (c != '.' || period_ends_sentence(unit, sentence_start, at, &unit[chars[k].0..]))
        {
            out.push((sentence_start, close));
            sentence_start = chars[k].0;
        }
        i = j.max(i + 1);
    }
    if sentence_start < unit.len() {
        out.push((sentence_start, unit.len()));
    }
    out.into_iter()
        .filter_map(|(s, e)| {
            let piece = &unit[s..e];
            let lead = piece.len() - piece.trim_start().len();
            let trail = piece.len() - piece.trim_end().len();
            (s + lead < e - trail).then_some((start + s + lead, start + e - trail))
        })
        .collect()
}

/// Decides whether the period at `dot` (relative to the unit) ends the sentence, given the text
/// that follows the white space after it.
fn period_ends_sentence(unit: &str, sentence_start: usize, dot: usize, following: &str) -> bool {
    let before = &unit[sentence_start..dot];
    let token_start = before
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '‘'))
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
    let lower = token.to_lowercase();
    let next_word: String = following
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    let next_is_number = following.starts_with(|c: char| c.is_ascii_digit());
    if TITLES.contains(&lower.as_str()) {
        return false;
    }
    if BEFORE_NUMBERS.contains(&lower.as_str()) {
        return !next_is_number;
    }
    let single_initial = token.chars().count() == 1 && token.chars().all(char::is_uppercase);
    if single_initial {
        return false;
    }
    let dotted = token.contains('.') && token.split('.').all(|p| p.chars().count() <= 2);
    if dotted || BEFORE_STARTERS.contains(&lower.as_str()) {
        return SENTENCE_STARTERS.contains(&next_word.as_str());
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

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
            ("Is it? Yes! Fine.", &["Is it?", "Yes!", "Fine."]),
        ];
        for (text, want) in cases {
            assert_eq!(sentence_texts(text), *want, "{text}");
        }
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
        let got: Vec<(&str, UnitKind)> = segment(text)
            .iter()
            .map(|s| (&text[s.start..s.end], s.kind))
            .collect();
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
}
