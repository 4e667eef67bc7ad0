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
        for (i, &b) in bytes.iter().enumerate() {
            let ends_line = b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
            if ends_line {
                starts.push(i + 1);
            }
        }
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
}
