//! Stage 2, a matching view of the text: apostrophes, dashes and white space folded so that
//! "Chang’e 4" and "Chang'e-4" read the same, with a map from every byte of the view back to
//! the raw document. Nothing here changes the document; recorded offsets always come from the
//! map.

/// A normalized copy of a text with a byte-level map back to the raw text.
#[derive(Debug, Clone, Default)]
pub struct NormText {
    /// The normalized text.
    pub text: String,
    /// For each byte of `text`, the raw byte range of the character (or folded run) it came from.
    spans: Vec<(u32, u32)>,
}

/// How one raw character appears in the normalized view.
enum Fold {
    /// Kept as it is.
    Keep,
    /// Replaced by this ASCII character.
    To(char),
    /// A separator: white space or any hyphen or dash; runs of them become one space.
    Separator,
}

fn fold(c: char) -> Fold {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{02BC}' | '\u{2032}' | '`' => Fold::To('\''),
        '\u{201C}' | '\u{201D}' | '\u{201E}' => Fold::To('"'),
        '\n' => Fold::To('\n'),
        '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' => Fold::Separator,
        c if c.is_whitespace() => Fold::Separator,
        _ => Fold::Keep,
    }
}

impl NormText {
    /// Builds the normalized view of `raw`. Line breaks are kept (so no name matches across
    /// lines); a run of other white space, hyphens and dashes becomes one space.
    pub fn new(raw: &str) -> NormText {
        let mut text = String::with_capacity(raw.len());
        let mut spans: Vec<(u32, u32)> = Vec::with_capacity(raw.len());
        let mut in_separator = false;
        for (at, c) in raw.char_indices() {
            let span = (at as u32, (at + c.len_utf8()) as u32);
            match fold(c) {
                Fold::Separator => {
                    if in_separator {
                        if let Some(last) = spans.last_mut() {
                            *last = (last.0, span.1);
                        }
                    } else {
                        text.push(' ');
                        spans.push(span);
                        in_separator = true;
                    }
                }
                Fold::To(to) => {
                    in_separator = false;
                    text.push(to);
                    spans.push(span);
                }
                Fold::Keep => {
                    in_separator = false;
                    text.push(c);
                    spans.extend(std::iter::repeat_n(span, c.len_utf8()));
                }
            }
        }
        NormText { text, spans }
    }

    /// Maps a half-open byte range of the normalized text back to the raw text.
    pub fn raw_range(&self, start: usize, end: usize) -> (usize, usize) {
        debug_assert!(start < end && end <= self.spans.len());
        (self.spans[start].0 as usize, self.spans[end - 1].1 as usize)
    }
}

/// Normalizes a gazetteer alias or cue the way [`NormText::new`] normalizes text, trimmed.
pub fn normalize_phrase(phrase: &str) -> String {
    NormText::new(phrase.trim()).text.trim().to_string()
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
            ("“quoted”", "\"quoted\""),
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
    }
}
