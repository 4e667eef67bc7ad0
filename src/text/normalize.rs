//! Stage 2, a matching view of the text: apostrophes, quotation marks, dashes, white space and
//! diacritics folded so that "Chang’e 4" and "Chang'e-4", "Sabiá" and "Sabia" read the same,
//! with a map from every byte of the view back to the raw document. Nothing here changes the
//! document; recorded offsets always come from the map.

use unicode_normalization::char::is_combining_mark;

use super::segment::{ends_like_sentence, wraps_onto};
use unicode_normalization::UnicodeNormalization;

/// A normalized copy of a text with a byte-level map back to the raw text.
///
/// Most bytes of the view sit at a fixed distance from their raw bytes; the map only records
/// where that distance changes (a folded run of white space, a curly apostrophe folded to ASCII),
/// so it costs a few bytes per fold rather than several per byte of text.
#[derive(Debug, Clone, Default)]
pub struct NormText {
    /// The normalized text.
    pub text: String,
    /// `text` with its ASCII letters lowercased (byte for byte the same offsets): what the
    /// name and cue automata run over, made once for both.
    pub folded: String,
    /// The bytes of `text` whose raw range is not one byte long, in order.
    shifts: Vec<Shift>,
}

/// One byte of the view that stands for a raw range of another length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Shift {
    /// The byte's offset in the view.
    at: u32,
    /// The raw range it stands for.
    raw_start: u32,
    raw_end: u32,
}

/// How one raw character appears in the normalized view.
enum Fold {
    /// Kept as it is.
    Keep,
    /// Replaced by this ASCII character (a curly apostrophe, a letter with diacritics).
    To(char),
    /// A separator: white space, any hyphen or dash, or a double quotation mark; runs of them
    /// become one space.
    Separator,
}

fn fold(c: char) -> Fold {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{02BC}' | '\u{2032}' | '`' => Fold::To('\''),
        '\n' => Fold::To('\n'),
        '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' => Fold::Separator,
        // A quotation mark inside a phrase ("its “close cooperation” with") does not part the
        // phrase's words.
        '"' | '\u{201C}' | '\u{201D}' | '\u{201E}' => Fold::Separator,
        c if c.is_whitespace() => Fold::Separator,
        c => base_letter(c).map_or(Fold::Keep, Fold::To),
    }
}

/// A dash with a space on each side ("Chile – its agency"): punctuation between phrases, as a
/// comma is, never a hyphen inside a name.
pub const SPACED_DASHES: [&str; 3] = [" - ", " \u{2013} ", " \u{2014} "];

/// The text after a possessive ending ("'s" or "’s") that opens `text`, if one does.
pub fn after_possessive(text: &str) -> Option<&str> {
    text.strip_prefix("'s").or_else(|| text.strip_prefix("’s"))
}

/// The text before a possessive ending ("'s" or "’s") that closes `text`, if one does.
pub fn before_possessive(text: &str) -> Option<&str> {
    text.strip_suffix("'s").or_else(|| text.strip_suffix("’s"))
}

/// The ASCII letter a Latin letter with diacritics is written on ("á" gives "a", "Ō" gives
/// "O"), so that "Sabiá-Mar" and "Sabia-Mar" read the same; `None` for any other character.
pub fn base_letter(c: char) -> Option<char> {
    // Latin-1 Supplement, Latin Extended-A and -B, Latin Extended Additional: the letters
    // with diacritics on an ASCII base are all here.
    if !matches!(c, '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}') {
        return None;
    }
    let mut parts = std::iter::once(c).nfd();
    let base = parts.next().filter(char::is_ascii_alphabetic)?;
    parts.all(is_combining_mark).then_some(base)
}

impl NormText {
    /// Builds the normalized view of `raw`. Line breaks are kept (so no name matches across
    /// lines), but for one that wraps a paragraph's text; a run of other white space, hyphens
    /// and dashes becomes one space.
    pub fn new(raw: &str) -> NormText {
        let mut view = Folding {
            text: String::with_capacity(raw.len()),
            shifts: Vec::new(),
            separator: None,
        };
        let bytes = raw.as_bytes();
        let mut at = 0;
        while at < raw.len() {
            // Most of a text is ASCII kept as it is: such a run is copied whole.
            let run = copied_run(&bytes[at..]);
            if run > 0 {
                view.close_separator();
                view.text.push_str(&raw[at..at + run]);
                at += run;
                continue;
            }
            let c = raw[at..].chars().next().expect("a character starts here");
            view.push_raw(raw, at, c);
            at += c.len_utf8();
        }
        view.close_separator();
        NormText {
            folded: view.text.to_ascii_lowercase(),
            text: view.text,
            shifts: view.shifts,
        }
    }

    /// Maps a half-open byte range of the normalized text (on character boundaries) back to
    /// the raw text.
    pub fn raw_range(&self, start: usize, end: usize) -> (usize, usize) {
        debug_assert!(start < end && end <= self.text.len());
        let raw_start = match self.shift_at(start) {
            Ok(shift) => shift.raw_start as usize,
            Err(delta) => start.wrapping_add_signed(delta),
        };
        let raw_end = match self.shift_at(end - 1) {
            Ok(shift) => shift.raw_end as usize,
            Err(delta) => end.wrapping_add_signed(delta),
        };
        (raw_start, raw_end)
    }

    /// The shift recorded for byte `at` of the view, or else the distance from the view to the
    /// raw text there (raw offset minus view offset).
    fn shift_at(&self, at: usize) -> Result<Shift, isize> {
        let after = self.shifts.partition_point(|s| (s.at as usize) < at);
        match self.shifts.get(after) {
            Some(shift) if shift.at as usize == at => Ok(*shift),
            _ => Err(after.checked_sub(1).map_or(0, |before| {
                let shift = self.shifts[before];
                shift.raw_end as isize - (shift.at as isize + 1)
            })),
        }
    }
}

impl Shift {
    /// Whether the raw range is not the one byte the view has for it.
    fn changes_length(&self) -> bool {
        self.raw_end - self.raw_start != 1
    }
}

/// Whether the line break at byte `at` wraps a paragraph's text onto the next line rather than
/// ending a line of its own: the line before ends in no closing punctuation, a line with text
/// follows, and the two lines have the shape the segmenter reads as hard-wrapped
/// ([`wraps_onto`]; a line opens a unit after a blank line). A name wrapped there ("the
/// United⏎Kingdom") is one name.
fn is_wrap(raw: &str, at: usize) -> bool {
    let line_start = memchr::memrchr(b'\n', &raw.as_bytes()[..at]).map_or(0, |nl| nl + 1);
    let line = raw[line_start..at].trim();
    let next = raw[at + 1..].split('\n').next().unwrap_or("").trim();
    let opens_unit = raw[..line_start.saturating_sub(1)]
        .rsplit('\n')
        .next()
        .is_none_or(|before| before.trim().is_empty());
    !ends_like_sentence(line) && !next.is_empty() && wraps_onto(line, next, opens_unit)
}

/// Whether [`fold`] keeps byte `b` as it is and it is a whole ASCII character: every ASCII
/// byte but white space, `-`, `"` and `` ` ``.
const fn kept_ascii(b: u8) -> bool {
    b.is_ascii() && !matches!(b, b'\t'..=b'\r' | b' ' | b'-' | b'`' | b'"')
}

/// How many bytes from the start of `bytes` the view has exactly as they are: ASCII that
/// [`fold`] keeps, and a lone space inside the run, between a byte copied and one that will be
/// (a separator run of its own one byte, folded into itself). A line break is not copied: it
/// may wrap a paragraph ([`is_wrap`]).
fn copied_run(bytes: &[u8]) -> usize {
    /// Whether a byte is copied wherever it stands.
    const COPIED: [bool; 256] = {
        let mut table = [false; 256];
        let mut b = 0;
        while b < 256 {
            table[b] = kept_ascii(b as u8);
            b += 1;
        }
        table
    };
    let mut run = 0;
    while let Some(&b) = bytes.get(run) {
        if !COPIED[usize::from(b)] {
            let lone_space =
                b == b' ' && run > 0 && bytes.get(run + 1).is_some_and(|&n| COPIED[usize::from(n)]);
            if !lone_space {
                break;
            }
        }
        run += 1;
    }
    run
}

/// A normalized view being built, one raw character at a time.
struct Folding {
    text: String,
    shifts: Vec<Shift>,
    /// The separator run being folded into one space: its byte in the view and raw range.
    separator: Option<Shift>,
}

impl Folding {
    /// Appends character `c` found at byte `at` of `raw`: a line break that wraps a paragraph
    /// as a space.
    fn push_raw(&mut self, raw: &str, at: usize, c: char) {
        let wraps = c == '\n' && is_wrap(raw, at);
        self.push(at, if wraps { ' ' } else { c });
    }

    /// Appends raw character `c` found at byte `at`.
    fn push(&mut self, at: usize, c: char) {
        let end = (at + c.len_utf8()) as u32;
        let this = Shift {
            at: self.text.len() as u32,
            raw_start: at as u32,
            raw_end: end,
        };
        match fold(c) {
            Fold::Separator => match self.separator.as_mut() {
                Some(run) => run.raw_end = end,
                None => {
                    self.separator = Some(this);
                    self.text.push(' ');
                }
            },
            Fold::To(to) => {
                self.close_separator();
                self.shifts.extend(Some(this).filter(Shift::changes_length));
                self.text.push(to);
            }
            Fold::Keep => {
                self.close_separator();
                self.text.push(c);
            }
        }
    }

    /// Ends the separator run being folded, if any, recording its shift.
    fn close_separator(&mut self) {
        self.shifts
            .extend(self.separator.take().filter(Shift::changes_length));
    }
}

/// Normalizes a gazetteer alias or cue the way [`NormText::new`] normalizes text, trimmed.
pub fn normalize_phrase(phrase: &str) -> String {
    NormText::new(phrase.trim()).text.trim().to_string()
}

/// Words of names spelled one way in British and another in American English, as (British,
/// American).
const REGIONAL_SPELLINGS: &[(&str, &str)] = &[
    ("centre", "center"),
    ("centres", "centers"),
    ("defence", "defense"),
    ("programme", "program"),
    ("programmes", "programs"),
    ("organisation", "organization"),
    ("organisations", "organizations"),
];

/// A name with " and " written as an ampersand ("Space & Upper Atmosphere Research
/// Commission"); `None` when it has no "and".
pub fn ampersand_spelling(name: &str) -> Option<String> {
    name.contains(" and ").then(|| name.replace(" and ", " & "))
}

/// The American spelling of a lowercase word of a name ("centre" gives "center"); any other
/// word as it is.
pub fn american_spelling(word: &str) -> &str {
    REGIONAL_SPELLINGS
        .iter()
        .find(|(british, _)| *british == word)
        .map_or(word, |(_, american)| american)
}

/// A name with every word that has a British and an American spelling written the other way
/// ("Space Centre" gives "Space Center", "Department of Defense" gives "Department of
/// Defence"), keeping the case of each word's first letter; `None` when it has no such word.
pub fn other_regional_spelling(name: &str) -> Option<String> {
    let mut changed = false;
    let words: Vec<String> = name
        .split(' ')
        .map(|word| {
            let lower = word.to_ascii_lowercase();
            let twin = REGIONAL_SPELLINGS.iter().find_map(|&(british, american)| {
                (lower == british)
                    .then_some(american)
                    .or((lower == american).then_some(british))
            });
            match twin {
                Some(twin) if word.is_ascii() => {
                    changed = true;
                    let upper_first = word.starts_with(|c: char| c.is_ascii_uppercase());
                    let mut out = twin.to_string();
                    if upper_first {
                        out[..1].make_ascii_uppercase();
                    }
                    out
                }
                _ => word.to_string(),
            }
        })
        .collect();
    changed.then(|| words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_apostrophes_dashes_and_space() {
        let cases = [
            ("Chang’e-4", "Chang'e 4"),
            ("Chang'e  4", "Chang'e 4"),
            ("Cassini–Huygens", "Cassini Huygens"),
            ("a\u{a0}b", "a b"),
            ("line\nnext", "line\nnext"),
            ("“quoted”", " quoted "),
            ("Sabiá-Mar, Ōsumi, Québec", "Sabia Mar, Osumi, Quebec"),
            ("Tromsø, Straße", "Tromsø, Straße"),
        ];
        for (raw, want) in cases {
            assert_eq!(NormText::new(raw).text, want, "{raw}");
        }
    }

    #[test]
    fn maps_back_to_raw_bytes() {
        let raw = "NASA’s  Chang’e – 4 probe";
        let norm = NormText::new(raw);
        let at = norm.text.find("Chang'e 4").unwrap();
        let (s, e) = norm.raw_range(at, at + "Chang'e 4".len());
        assert_eq!(&raw[s..e], "Chang’e – 4");
        let probe = norm.text.find("probe").unwrap();
        let (s, e) = norm.raw_range(probe, probe + 5);
        assert_eq!(&raw[s..e], "probe");
        // A separator run at the very end, and a multi-byte character kept as it is.
        let raw = "Tromsø  \t";
        let norm = NormText::new(raw);
        assert_eq!(norm.text, "Tromsø ");
        assert_eq!(norm.raw_range(0, "Tromsø".len()), (0, "Tromsø".len()));
        assert_eq!(
            norm.raw_range("Tromsø".len(), norm.text.len()),
            ("Tromsø".len(), raw.len())
        );
        // A letter with diacritics is one byte of the view for its two raw bytes.
        let raw = "Sabiá-Mar";
        let norm = NormText::new(raw);
        assert_eq!(norm.raw_range(0, norm.text.len()), (0, raw.len()));
        assert_eq!(norm.raw_range(4, 5), (4, 6));
        assert_eq!(norm.raw_range(6, 9), (7, 10));
    }

    #[test]
    fn a_line_break_that_wraps_a_paragraph_is_a_space() {
        let wrapped =
            "The agreement was signed by the space agencies of Kenya and the United\nKingdom.";
        let norm = NormText::new(wrapped);
        assert!(norm.text.ends_with("the United Kingdom."), "{}", norm.text);
        let at = norm.text.find("United Kingdom").unwrap();
        let (s, e) = norm.raw_range(at, at + "United Kingdom".len());
        assert_eq!(&wrapped[s..e], "United\nKingdom");
        // A short line (a heading), a line ending a sentence, or the last line stays a line.
        for kept in [
            "Kenya and the United\nKingdom",
            "The agreement was signed by the space agencies of Kenya and Peru.\nKingdom",
            "The agreement was signed by the space agencies of Kenya and the United\n",
            "The agreement was signed by the space agencies of Kenya and the United\n\nKingdom",
        ] {
            assert!(NormText::new(kept).text.contains('\n'), "{kept:?}");
        }
    }

    #[test]
    fn quotation_marks_read_as_spaces() {
        let raw = "its \u{201C}close cooperation\u{201D} with \"Peru\"";
        let norm = NormText::new(raw);
        assert_eq!(norm.text, "its close cooperation with Peru ");
        let (peru, raw_peru) = (norm.text.find("Peru").unwrap(), raw.find("Peru").unwrap());
        assert_eq!(norm.raw_range(peru, peru + 4), (raw_peru, raw_peru + 4));
    }

    #[test]
    fn kept_ascii_is_what_fold_keeps() {
        for b in 0..=255u8 {
            let kept = b.is_ascii() && matches!(fold(char::from(b)), Fold::Keep);
            assert_eq!(kept_ascii(b), kept, "{b:#04x}");
        }
    }

    /// The view built one character at a time, as before ASCII runs were copied whole.
    fn one_character_at_a_time(raw: &str) -> NormText {
        let mut view = Folding {
            text: String::new(),
            shifts: Vec::new(),
            separator: None,
        };
        for (at, c) in raw.char_indices() {
            view.push_raw(raw, at, c);
        }
        view.close_separator();
        NormText {
            folded: view.text.to_ascii_lowercase(),
            text: view.text,
            shifts: view.shifts,
        }
    }

    proptest::proptest! {
        #[test]
        fn every_character_maps_back_to_its_raw_text(raw in "[a-zé’“” \t\n\u{2013}-]{0,40}") {
            let norm = NormText::new(&raw);
            for (at, c) in norm.text.char_indices() {
                let (s, e) = norm.raw_range(at, at + c.len_utf8());
                let source = &raw[s..e];
                match c {
                    ' ' => proptest::prop_assert!(source.chars().all(|r| r == '\n' || matches!(fold(r), Fold::Separator))),
                    '\'' | '"' => proptest::prop_assert!(source.chars().count() == 1),
                    'e' if source == "é" => {}
                    _ => proptest::prop_assert_eq!(source, c.to_string()),
                }
            }
        }

        #[test]
        fn ascii_runs_copied_whole_give_the_same_view(raw in "[a-zA-Z0-9é’“”`'\" \t\r\n\u{b}\u{a0}\u{2013}.,-]{0,60}|([a-z]{1,3}[ \n\t-]{1,2}){1,12}") {
            let (fast, slow) = (NormText::new(&raw), one_character_at_a_time(&raw));
            proptest::prop_assert_eq!(fast.text, slow.text);
            proptest::prop_assert_eq!(fast.shifts, slow.shifts);
        }
    }

    #[test]
    fn british_and_american_spellings_of_a_name() {
        assert_eq!(
            other_regional_spelling("Lunar Research Centre").as_deref(),
            Some("Lunar Research Center")
        );
        assert_eq!(
            other_regional_spelling("Ministry of defense Programme").as_deref(),
            Some("Ministry of defence Program")
        );
        assert_eq!(other_regional_spelling("Space Agency"), None);
        assert_eq!(american_spelling("organisation"), "organization");
        assert_eq!(american_spelling("agency"), "agency");
    }
}
