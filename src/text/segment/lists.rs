//! List items: the marker a line starts with (a bullet glyph such as "•", an enumerator such as
//! "1.", "2)", "3.)" or "a.", or a glyph and an enumerator, "• 9.") and the further items
//! written on the same line ("1) one 2) two"); and the sentence a colon opens that runs on over
//! punctuated items ("The members are:" • "Chile," • "Peru.").
//!
//! A glyph is typography and is left out of the item's text; an enumerator is part of what the
//! item says ("2. The second item") and stays in it.

use super::{Sentence, UnitKind};

/// Glyphs that mark a bulleted item. The ASCII ones need a space after them ("- item", not
/// "-5 degrees"); the others may run into an enumerator ("⁃9. item").
const GLYPHS: &[char] = &['•', '·', '▪', '‣', '◦', '⁃', '*', '-', '–', '+'];

/// How an enumerator is closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Close {
    /// "1."
    Dot,
    /// "1)"
    Paren,
    /// "1.)"
    DotParen,
}

/// An item's number ("1." to "999.") or lower-case letter ("a." is 1), and how it is closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Enumerator {
    value: u32,
    letter: bool,
    close: Close,
}

impl Enumerator {
    fn next(self) -> Enumerator {
        Enumerator {
            value: self.value + 1,
            ..self
        }
    }
}

/// The marker a list item's line starts with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Marker {
    glyph: Option<char>,
    enumerator: Option<Enumerator>,
}

/// Parses an enumerator at the start of `s` that is followed by white space; returns it with
/// its length in bytes.
fn enumerator(s: &str) -> Option<(Enumerator, usize)> {
    let bytes = s.as_bytes();
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let (value, letter, len) = match digits {
        1..=3 => (s[..digits].parse().ok()?, false, digits),
        0 if bytes.first().is_some_and(u8::is_ascii_lowercase) => {
            (u32::from(bytes[0] - b'a') + 1, true, 1)
        }
        _ => return None,
    };
    let (close, len) = match (bytes.get(len), bytes.get(len + 1)) {
        (Some(b'.'), Some(b')')) => (Close::DotParen, len + 2),
        (Some(b'.'), _) => (Close::Dot, len + 1),
        (Some(b')'), _) => (Close::Paren, len + 1),
        _ => return None,
    };
    s[len..].starts_with(char::is_whitespace).then_some((
        Enumerator {
            value,
            letter,
            close,
        },
        len,
    ))
}

/// An enumerator that starts a line: followed by text, and for a letter by a capital or a
/// digit, so that "p. 55" or "e. coli" wrapped onto a new line is not taken for an item.
fn line_enumerator(line: &str) -> Option<Enumerator> {
    let (found, len) = enumerator(line)?;
    let first = line[len..].trim_start().chars().next()?;
    (!found.letter || first.is_uppercase() || first.is_ascii_digit()).then_some(found)
}

/// Recognises a list marker at the start of a trimmed line; returns where the item's text
/// starts (after a glyph and its space, at an enumerator) and the marker.
pub(super) fn line_marker(line: &str) -> Option<(usize, Marker)> {
    let first = line.chars().next()?;
    if !GLYPHS.contains(&first) {
        let found = line_enumerator(line)?;
        return Some((
            0,
            Marker {
                glyph: None,
                enumerator: Some(found),
            },
        ));
    }
    let after = &line[first.len_utf8()..];
    let rest = after.trim_start();
    if rest.is_empty() {
        return None;
    }
    let found = line_enumerator(rest);
    let spaced = rest.len() < after.len();
    if !spaced && (first.is_ascii() || found.is_none()) {
        return None;
    }
    Some((
        line.len() - rest.len(),
        Marker {
            glyph: Some(first),
            enumerator: found,
        },
    ))
}

/// Cuts the text of a list item (starting at its enumerator, if it has one) into the items
/// written on it: "1) one 2) two" holds two, because "2)" follows "1)"; a glyph before a later
/// item ("• 10.") is left out like the first one's. Returns byte ranges relative to `item`,
/// each with the length of the enumerator it starts with.
pub(super) fn items(item: &str, marker: Marker) -> Vec<(usize, usize, usize)> {
    let Some(mut expected) = marker.enumerator.map(Enumerator::next) else {
        return vec![(0, item.len(), 0)];
    };
    let bytes = item.as_bytes();
    let mut out = Vec::new();
    let mut piece = (0, enumerator(item).map_or(0, |(_, len)| len));
    let mut i = piece.1.max(1);
    while i < bytes.len() {
        let starts_word = bytes[i - 1].is_ascii_whitespace() && !bytes[i].is_ascii_whitespace();
        if !starts_word {
            i += 1;
            continue;
        }
        let mut at = i;
        if let Some(glyph) = marker.glyph.filter(|&g| item[i..].starts_with(g)) {
            let after = &item[i + glyph.len_utf8()..];
            at = item.len() - after.trim_start().len();
        }
        match enumerator(&item[at..]) {
            Some((found, len)) if found == expected => {
                out.push((piece.0, i, piece.1));
                piece = (at, len);
                expected = found.next();
                i = at + len;
            }
            _ => i += 1,
        }
    }
    out.push((piece.0, item.len(), piece.1));
    out
}

/// Whether a list item's text ends as one item of a sentence's list goes on: with a comma or a
/// semicolon, and perhaps "and" or "or" after it ("(ROSA), and").
fn continues_the_list(item: &str) -> bool {
    let item = item.trim_end();
    let before_joiner = ["and", "or"]
        .iter()
        .find_map(|joiner| {
            item.strip_suffix(joiner)
                .filter(|rest| rest.ends_with(char::is_whitespace))
        })
        .map_or(item, str::trim_end);
    before_joiner.ends_with([',', ';'])
}

/// Joins a sentence that ends with a colon to the list items after it when their punctuation
/// makes them one sentence: every item but the last ends with a comma or a semicolon (perhaps
/// with "and" or "or"), and the last with a period ("The members are:" • "France," •
/// "Chile, and" • "Kenya."). The joined sentence is running text from the lead-in's start to
/// the last item's end, in the lead-in's paragraph. Items without that punctuation stay
/// sentences of their own.
pub(super) fn join_punctuated_lists(text: &str, sentences: &mut Vec<Sentence>) {
    const MIN_ITEMS: usize = 2;
    let mut kept = 0;
    let mut i = 0;
    while i < sentences.len() {
        let mut sentence = sentences[i].clone();
        i += 1;
        let lead_in = sentence.kind == UnitKind::Body
            && text[sentence.start..sentence.end].trim_end().ends_with(':');
        if lead_in {
            let items = &sentences[i..];
            let run = items
                .iter()
                .take_while(|s| s.kind == UnitKind::Bullet)
                .position(|s| !continues_the_list(&text[s.start..s.end]));
            if let Some(last) = run.filter(|&last| last + 1 >= MIN_ITEMS) {
                if text[items[last].start..items[last].end]
                    .trim_end()
                    .ends_with('.')
                {
                    sentence.end = items[last].end;
                    i += last + 1;
                }
            }
        }
        sentences[kept] = sentence;
        kept += 1;
    }
    sentences.truncate(kept);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(line: &str) -> Vec<&str> {
        let Some((start, marker)) = line_marker(line) else {
            return vec![line];
        };
        let item = &line[start..];
        items(item, marker)
            .into_iter()
            .map(|(s, e, _)| item[s..e].trim_end())
            .collect()
    }

    #[test]
    fn markers_and_items_on_one_line() {
        let cases: &[(&str, &[&str])] = &[
            ("• Partners share costs.", &["Partners share costs."]),
            ("- a dash item", &["a dash item"]),
            ("3. Third point", &["3. Third point"]),
            ("1) Launch 2) Dock", &["1) Launch", "2) Dock"]),
            ("1.) Launch. 2.) Dock.", &["1.) Launch.", "2.) Dock."]),
            ("• 4. Orbit • 5. Land", &["4. Orbit", "5. Land"]),
            ("⁃4. Orbit ⁃5. Land", &["4. Orbit", "5. Land"]),
            (
                "a. Orbit b. Land c. Return",
                &["a. Orbit", "b. Land", "c. Return"],
            ),
            // An item number out of sequence is text.
            ("1. Launch 3. Dock", &["1. Launch 3. Dock"]),
            ("a. Orbit c. Land", &["a. Orbit c. Land"]),
            // Not markers: a negative number, a decimal, a wrapped abbreviation, a lone glyph.
            ("-5 degrees at night", &["-5 degrees at night"]),
            ("3.15 tonnes of fuel", &["3.15 tonnes of fuel"]),
            ("p. 55 of the report", &["p. 55 of the report"]),
            ("•", &["•"]),
            ("*emphasis* here", &["*emphasis* here"]),
        ];
        for (line, want) in cases {
            assert_eq!(cut(line), *want, "{line}");
        }
    }
}
