//! Line and column numbers of byte offsets, as citations give them.

use std::cell::Cell;

/// Byte offsets of line starts, for 1-based line and column numbers.
pub struct LineIndex {
    starts: Vec<usize>,
    /// The last position asked for, as (byte offset, its column): claims are asked for in
    /// text order, so a column is counted on from there, and a document that is one long line
    /// is counted through once, not once per claim.
    last: Cell<(usize, usize)>,
}

impl LineIndex {
    /// The line starts of `text`.
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        let bytes = text.as_bytes();
        let mut line_end_at = |i: usize| {
            let b = bytes[i];
            if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
                starts.push(i + 1);
            }
        };
        // Eight bytes at a time: a word of them with no byte at or below `\r` (most words of
        // a text) is passed by with one test.
        let mut words = bytes.chunks_exact(8);
        for (n, word) in words.by_ref().enumerate() {
            let word = u64::from_ne_bytes(word.try_into().expect("eight bytes"));
            if has_byte_below(word, b'\r' + 1) {
                (n * 8..n * 8 + 8).for_each(&mut line_end_at);
            }
        }
        (bytes.len() - words.remainder().len()..bytes.len()).for_each(line_end_at);
        LineIndex {
            starts,
            last: Cell::new((0, 1)),
        }
    }

    /// 1-based line, and 1-based column counted in characters.
    pub fn line_column(&self, text: &str, at: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= at);
        let line_start = self.starts[line - 1];
        let (last_at, last_column) = self.last.get();
        let (from, column) = if line_start <= last_at && last_at <= at {
            (last_at, last_column)
        } else {
            (line_start, 1)
        };
        let column = column + text[from..at].chars().count();
        self.last.set((at, column));
        (line, column)
    }
}

/// Whether one of the eight bytes of `word` is below `bound` (at most 128): the "has less"
/// bit trick. Subtracting `bound` from every byte borrows into a byte's top bit exactly when
/// some byte is below it (a borrow passed on to the next byte comes from such a byte), and
/// `!word` drops the bytes whose top bit was set already.
fn has_byte_below(word: u64, bound: u8) -> bool {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    debug_assert!(bound <= 128);
    word.wrapping_sub(ONES * u64::from(bound)) & !word & HIGHS != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let text = "ab\r\nNASA’s x\ny";
        let lines = LineIndex::new(text);
        assert_eq!(lines.line_column(text, 0), (1, 1));
        assert_eq!(lines.line_column(text, 4), (2, 1));
        let x = text.find('x').unwrap();
        assert_eq!(lines.line_column(text, x), (2, 8));
        assert_eq!(lines.line_column(text, text.len() - 1), (3, 1));
        // Asked for out of order, the columns are the same.
        assert_eq!(lines.line_column(text, x), (2, 8));
        assert_eq!(lines.line_column(text, 5), (2, 2));
        assert_eq!(lines.line_column(text, x), (2, 8));
    }

    /// The line starts, one byte at a time.
    fn starts_byte_by_byte(text: &str) -> Vec<usize> {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        for (i, &b) in bytes.iter().enumerate() {
            if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
                starts.push(i + 1);
            }
        }
        starts
    }

    #[test]
    fn line_starts_are_found_in_every_place_of_a_word() {
        // Line ends of every kind at every offset of an eight-byte word and across words,
        // among bytes just below and above `\r` and outside ASCII.
        let pieces = [
            "\n", "\r", "\r\n", "\n\r", "\t", "\u{b}", "\u{c}", "\u{e}", "a", "bc", "def", "é", "’",
        ];
        let texts = crate::text::every_text(&pieces, 4);
        for lead in ["", "xyz", "0123456"] {
            for tail in &texts {
                let text = format!("{lead}{tail}");
                assert_eq!(
                    LineIndex::new(&text).starts,
                    starts_byte_by_byte(&text),
                    "{text:?}"
                );
            }
        }
    }

    #[test]
    fn has_byte_below_is_exact() {
        // Every pair of values in every pair of neighbouring bytes (a borrow passes from one
        // byte to the next), the others above and below the bounds.
        for filler in [b'x', 0xC3] {
            for at in 0..7 {
                for (a, b) in (0..=255u8).flat_map(|a| (0..=255u8).map(move |b| (a, b))) {
                    let mut bytes = [filler; 8];
                    bytes[at] = a;
                    bytes[at + 1] = b;
                    let word = u64::from_ne_bytes(bytes);
                    for bound in [14, 128] {
                        let below = bytes.iter().any(|&b| b < bound);
                        assert_eq!(has_byte_below(word, bound), below, "{bytes:?} {bound}");
                    }
                }
            }
        }
    }
}
