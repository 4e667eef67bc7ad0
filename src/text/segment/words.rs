//! The words of a text by the Unicode word-boundary rules (UAX #29): [`word_iter`] with offsets,
//! and [`for_each_word`] and [`try_for_each_word`], the same words found by a byte loop where
//! the text allows (ASCII, with typographic quotes and dashes), for the signature and for
//! counting the words of a gap.

use std::ops::ControlFlow;

use unicode_segmentation::UnicodeSegmentation;

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
    word_iter(text).collect()
}

/// The end of the run of word characters starting at byte `at` (`at` itself when none): an
/// ASCII byte is one when `ascii` marks it, any other character when `is_word` says so. Read
/// byte by byte: only characters outside ASCII are decoded.
pub fn word_run_end(
    text: &str,
    mut at: usize,
    ascii: &[bool; 256],
    is_word: impl Fn(char) -> bool,
) -> usize {
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(at) {
        if ascii[usize::from(b)] {
            at += 1;
        } else if b.is_ascii() {
            break;
        } else {
            match text[at..].chars().next() {
                Some(c) if is_word(c) => at += c.len_utf8(),
                _ => break,
            }
        }
    }
    at
}

/// Whether `word` is one of `list`, ignoring ASCII case.
pub fn is_one_of(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Whether `text` has at most `n` [`words`]; it reads no further than the piece of text (see
/// [`try_for_each_word`]) that holds word `n + 1`, and never more than [`LONG_PIECE`] bytes
/// past that word.
pub fn at_most_words(text: &str, n: usize) -> bool {
    let mut seen = 0;
    try_for_each_word(text, |_| {
        seen += 1;
        if seen > n {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    })
    .is_continue()
}

/// [`words`] one at a time, for a caller that only passes over them (a long text's words are
/// never all held at once).
pub fn word_iter(text: &str) -> impl Iterator<Item = Word<'_>> {
    text.split_word_bound_indices()
        .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
        .map(|(start, text)| Word {
            start,
            end: start + text.len(),
            text,
        })
}

/// Calls `f` with each word of `text`: the words of [`word_iter`], the same slices in the same
/// order, found faster. Most text is ASCII, perhaps with typographic quotes and dashes, whose
/// word boundaries a byte loop finds in one pass ([`plain_words`]); other text goes piece by
/// piece ([`try_for_each_word`]).
pub fn for_each_word<'t>(text: &'t str, mut f: impl FnMut(&'t str)) {
    let mut each = |word| {
        f(word);
        ControlFlow::<()>::Continue(())
    };
    let _ = if is_plain(text) {
        plain_words(text, &mut each)
    } else {
        try_for_each_word(text, each)
    };
}

/// Calls `f` with each word of `text`, as [`for_each_word`] does, until it breaks. The text
/// goes in pieces cut where the Unicode rules (UAX #29) always break and look no further on
/// either side: after a line feed (WB3a), and after a space followed by an ASCII character
/// other than a space (no rule joins the two, and none looks across a space). So each piece
/// splits as it does inside the whole, and a piece is read only when the words before it did
/// not break: by [`plain_words`] when it is plain, else by [`word_iter`]. A run of more than
/// [`LONG_PIECE`] bytes without a cut, and all that follows it, goes to [`word_iter`], which
/// reads lazily: a caller that breaks early never pays for the rest of a long run.
pub fn try_for_each_word<'t, B>(
    text: &'t str,
    mut f: impl FnMut(&'t str) -> ControlFlow<B>,
) -> ControlFlow<B> {
    let bytes = text.as_bytes();
    let mut start = 0;
    for at in 1..bytes.len() {
        let fresh = bytes[at].is_ascii()
            && match bytes[at - 1] {
                b'\n' => true,
                b' ' => bytes[at] != b' ',
                _ => false,
            };
        if fresh {
            piece_words(&text[start..at], &mut f)?;
            start = at;
        } else if at - start > LONG_PIECE {
            // A piece starts where the rules always break, so the rest splits alike alone.
            return word_iter(&text[start..]).try_for_each(|w| f(w.text));
        }
    }
    piece_words(&text[start..], &mut f)
}

/// The longest piece [`try_for_each_word`] checks whole before reading its words: prose cuts
/// into pieces of a word or two, and a longer run (a text without spaces) is read lazily.
const LONG_PIECE: usize = 64;

/// The words of one piece of [`try_for_each_word`].
fn piece_words<'t, B>(
    piece: &'t str,
    f: &mut impl FnMut(&'t str) -> ControlFlow<B>,
) -> ControlFlow<B> {
    if is_plain(piece) {
        plain_words(piece, f)
    } else {
        word_iter(piece).try_for_each(|w| f(w.text))
    }
}

/// The characters outside ASCII that [`plain_words`] reads: the typographic quotes and the en
/// and em dashes of news text. Only [`QUOTE_JOINERS`] may join; the others break words as
/// any other punctuation does.
const TYPOGRAPHIC_MARKS: [&str; 6] = [
    "\u{2018}", "\u{2019}", "\u{201c}", "\u{201d}", "\u{2013}", "\u{2014}",
];

/// The single quotes ‘ and ’, which join letters or digits as an apostrophe does
/// (`MidNumLet` in UAX #29: "agency’s", "1’000").
const QUOTE_JOINERS: [&str; 2] = ["\u{2018}", "\u{2019}"];

/// Whether every character of `text` is ASCII or one of [`TYPOGRAPHIC_MARKS`].
fn is_plain(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(skip) = first_non_ascii(&bytes[at..]) {
        at += skip;
        let Some(mark) = TYPOGRAPHIC_MARKS
            .iter()
            .find(|m| bytes[at..].starts_with(m.as_bytes()))
        else {
            return false;
        };
        at += mark.len();
    }
    true
}

/// Where the first byte of `bytes` outside ASCII is. Sixteen bytes are tested at once, as one
/// number's high bits: every sentence is read for them, and most of its bytes are ASCII.
fn first_non_ascii(bytes: &[u8]) -> Option<usize> {
    const HIGH_BITS: u128 = u128::from_ne_bytes([0x80; 16]);
    let mut at = 0;
    for sixteen in bytes.chunks_exact(16) {
        let word = u128::from_ne_bytes(sixteen.try_into().expect("sixteen bytes"));
        if word & HIGH_BITS != 0 {
            break;
        }
        at += 16;
    }
    bytes[at..]
        .iter()
        .position(|b| !b.is_ascii())
        .map(|skip| at + skip)
}

/// The words of a text of ASCII and [`TYPOGRAPHIC_MARKS`] by the Unicode word-boundary rules
/// that such text can meet: a word is a run of letters, digits and underscores, joined across
/// one `.`, `'`, `‘`, `’` or `:` between letters (WB6, WB7) and one `.`, `'`, `‘`, `’`, `,` or
/// `;` between digits (WB11, WB12); a run of underscores alone is no word.
fn plain_words<'t, B>(
    text: &'t str,
    f: &mut impl FnMut(&'t str) -> ControlFlow<B>,
) -> ControlFlow<B> {
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(skip) = bytes[at..].iter().position(|&b| WORD_BYTE[usize::from(b)]) {
        let start = at + skip;
        at = start + 1;
        loop {
            match bytes.get(at) {
                Some(&b) if WORD_BYTE[usize::from(b)] => at += 1,
                Some(_) => match joiner_len(bytes, at) {
                    // The joiner and the word byte after it.
                    Some(len) => at += len + 1,
                    None => break,
                },
                None => break,
            }
        }
        let word = &text[start..at];
        if bytes[start] != b'_' || word.bytes().any(|b| b.is_ascii_alphanumeric()) {
            f(word)?;
        }
    }
    ControlFlow::Continue(())
}

/// The length of the mark at byte `at`, right after a word byte, when it joins that byte and
/// the one after it into one word.
fn joiner_len(bytes: &[u8], at: usize) -> Option<usize> {
    // Which characters each mark joins: letters (WB6, WB7), digits (WB11, WB12).
    let (len, letters, digits) = match bytes[at] {
        b'.' | b'\'' => (1, true, true),
        b':' => (1, true, false),
        b',' | b';' => (1, false, true),
        _ if QUOTE_JOINERS
            .iter()
            .any(|m| bytes[at..].starts_with(m.as_bytes())) =>
        {
            (QUOTE_JOINERS[0].len(), true, true)
        }
        _ => return None,
    };
    let (before, after) = (bytes[at - 1], *bytes.get(at + len)?);
    let joins = (letters && before.is_ascii_alphabetic() && after.is_ascii_alphabetic())
        || (digits && before.is_ascii_digit() && after.is_ascii_digit());
    joins.then_some(len)
}

/// The bytes a word of ASCII text is made of: letters, digits and the underscore (here, in
/// the near-duplicate signature and in the name matcher).
pub const WORD_BYTE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0u8;
    while b < 128 {
        table[b as usize] = b.is_ascii_alphanumeric() || b == b'_';
        b += 1;
    }
    table
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_byte_outside_ascii_is_found_at_any_place() {
        for len in [0, 1, 15, 16, 17, 31, 32, 33, 100] {
            let ascii = "a".repeat(len);
            assert_eq!(first_non_ascii(ascii.as_bytes()), None, "{len}");
            for at in 0..len {
                let mut text = ascii.clone();
                text.replace_range(at..at + 1, "é");
                assert_eq!(first_non_ascii(text.as_bytes()), Some(at), "{len} {at}");
            }
        }
    }

    fn fast_words(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        for_each_word(text, |w| out.push(w));
        out
    }

    fn unicode_words(text: &str) -> Vec<&str> {
        word_iter(text).map(|w| w.text).collect()
    }

    #[test]
    fn words_around_typographic_marks_are_those_of_word_iter() {
        // Every text of up to four characters from letters, digits, the joiners and the
        // typographic marks.
        let alphabet = [
            "a", "1", "_", " ", ".", "'", ":", ",", "\u{2018}", "\u{2019}", "\u{201c}", "\u{201d}",
            "\u{2013}", "\u{2014}",
        ];
        for text in crate::text::every_text(&alphabet, 4) {
            assert!(is_plain(&text));
            assert_eq!(fast_words(&text), unicode_words(&text), "{text:?}");
        }
    }

    #[test]
    fn words_are_those_of_word_iter() {
        let cases = [
            "The agencies\u{2019} \u{201c}RELAY\u{201d} deal \u{2014} signed in Z\u{dc}RICH on 3.5.2024 by \u{39f}\u{394}\u{3a5}\u{3a3}\u{3a3}\u{395}\u{391}\u{3a3} Papadopoulos, e.g. for 1,000.5 kg of cargo \u{2014} covers \u{130}stanbul's ground station_2,\nna\u{ef}ve co-operation:ops and Cafe\u{301} _x_ data\u{a0}links, per the agreement.\nBoth sides said they don't expect delays.",
            "e.g. U.S. 3.14 1,000;5 1'2 a'b a:b a.1 1.a a_.b __ _x_ x__ ._. a..b",
            "a\u{301}b \u{301}x \u{93e}y \u{200d}\u{1f600} \u{1f1e6}\u{1f1e8}\u{1f1e6}z",
            "\u{5d0}\"\u{5d1} \u{5d0}'s \u{30a2}_a \u{ff0e}a a\u{b7}b \u{2003} \u{a0}q",
            "line\r\nend\nnext\u{2019}s \u{201c}quoted\u{201d}\t\u{ad}tab",
            "the agency\u{2019}s \u{2018}deal\u{2019} \u{2013} 1\u{2019}000 a\u{2019}\u{2019}b \u{201c}NASA\u{201d}\u{2014}ESA",
        ];
        for text in cases {
            assert_eq!(fast_words(text), unicode_words(text), "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn words_are_those_of_word_iter_on_any_text(
            text in "[a-zA-Z09 _.,;:'\"\r\n\t()-]{0,30}|[a-zA-Z0 _.,:'\"\n\u{301}\u{93e}\u{200d}\u{ad}\u{2003}\u{a0}\u{5d0}\u{30a2}\u{2019}\u{201c}\u{b7}\u{ff0e}\u{660}\u{1f1e6}\u{1f600}Σé]{0,30}|[a-z0 .,;:'\u{2018}\u{2019}\u{201c}\u{201d}\u{2013}\u{2014}]{0,30}|\\PC{0,30}"
        ) {
            proptest::prop_assert_eq!(fast_words(&text), unicode_words(&text));
        }

        #[test]
        fn at_most_words_counts_the_words_of_word_iter(
            text in "[a-z0 .,;:'\n\u{2019}\u{201c}\u{2014}]{0,30}|[a-z \u{301}\u{5d0}\u{30a2}\u{b7}é]{0,30}|[a-z0.,’—é]{60,150}|\\PC{0,30}",
            n in 0usize..6
        ) {
            proptest::prop_assert_eq!(at_most_words(&text, n), word_iter(&text).nth(n).is_none());
        }
    }
}
