//! Why an input is refused: the reasons `rejected.jsonl` records.

use std::fmt;

/// Why an input could not be processed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RejectReason {
    /// The file could not be read (permissions, vanished, I/O error).
    Unreadable(String),
    /// The file has no bytes, or only white space.
    Empty,
    /// The file is larger than the configured limit.
    TooLarge {
        /// The file's size in bytes.
        bytes: u64,
        /// The limit in force.
        limit: u64,
    },
    /// A compressed file whose content is larger than the configured limit; it was not
    /// decompressed further, so its full size is not known.
    TooLargeDecompressed {
        /// The limit in force.
        limit: u64,
    },
    /// The file looks binary (it holds NUL or other control bytes that text does not).
    Binary,
    /// The file is not valid UTF-8; the offset of the first bad byte is given.
    NotUtf8 {
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// The file's path is not UTF-8, so it cannot be named in UTF-8 records without loss; the
    /// rejection keeps its bytes.
    NotUtf8Name,
    /// Another input of the run already has this document id (a `.jsonl` file that repeats an
    /// `id`, or two roots with the same folder name).
    DuplicateId,
    /// Processing the document failed inside coopex (a bug: please report it with the file).
    Internal(String),
    /// One line of a JSON Lines input could not be used.
    Line {
        /// 1-based line number.
        line: usize,
        /// `malformed_json`, `not_an_object`, `missing_text`, or the code of a check the
        /// line's text failed (`empty`, `too_large`, `binary`).
        code: &'static str,
        /// What was wrong.
        detail: String,
    },
}

impl RejectReason {
    /// A short, stable machine-readable code for the reason (`empty`, `binary`, ...).
    pub fn code(&self) -> &'static str {
        match self {
            RejectReason::Unreadable(_) => "unreadable",
            RejectReason::Empty => "empty",
            RejectReason::TooLarge { .. } | RejectReason::TooLargeDecompressed { .. } => {
                "too_large"
            }
            RejectReason::Binary => "binary",
            RejectReason::NotUtf8 { .. } => "not_utf8",
            RejectReason::NotUtf8Name => "not_utf8_name",
            RejectReason::DuplicateId => "duplicate_id",
            RejectReason::Internal(_) => "internal",
            RejectReason::Line { code, .. } => code,
        }
    }
}

impl fmt::Display for RejectReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RejectReason::Unreadable(why) => write!(f, "unreadable: {why}"),
            RejectReason::Empty => write!(f, "empty: the file holds no text"),
            RejectReason::TooLarge { bytes, limit } => {
                write!(
                    f,
                    "too large: {bytes} bytes, over the limit of {limit} bytes"
                )
            }
            RejectReason::TooLargeDecompressed { limit } => write!(
                f,
                "too large: over the limit of {limit} bytes once decompressed"
            ),
            RejectReason::Binary => write!(f, "binary: the file holds NUL or control bytes"),
            RejectReason::NotUtf8 { offset } => {
                write!(f, "not UTF-8: invalid byte sequence at byte {offset}")
            }
            RejectReason::NotUtf8Name => write!(
                f,
                "not a UTF-8 file name: rename the file (its bytes are in path_hex)"
            ),
            RejectReason::DuplicateId => {
                write!(f, "duplicate id: an earlier input of the run has this id")
            }
            RejectReason::Internal(message) => write!(f, "internal error: {message}"),
            RejectReason::Line { line, detail, .. } => write!(f, "line {line}: {detail}"),
        }
    }
}
