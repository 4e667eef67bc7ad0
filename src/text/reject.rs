//! Why an input is refused: the reasons `rejected.jsonl` records.

/// Why an input could not be processed; its text is the `reason` of `rejected.jsonl`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RejectReason {
    /// The file could not be read (permissions, vanished, I/O error).
    #[error("unreadable: {0}")]
    Unreadable(String),
    /// The file has no bytes, or only white space.
    #[error("empty: the file holds no text")]
    Empty,
    /// The file is larger than the configured limit.
    #[error("too large: {}, over the limit of {}", byte_count(*bytes), byte_count(*limit))]
    TooLarge {
        /// The file's size in bytes.
        bytes: u64,
        /// The limit in force.
        limit: u64,
    },
    /// A compressed file whose content is larger than the configured limit; it was not
    /// decompressed further, so its full size is not known.
    #[error("too large: over the limit of {} once decompressed", byte_count(*limit))]
    TooLargeDecompressed {
        /// The limit in force.
        limit: u64,
    },
    /// The file looks binary (it holds NUL or other control bytes that text does not).
    #[error("binary: the file holds NUL or control bytes")]
    Binary,
    /// The file is not valid UTF-8; the offset of the first bad byte is given.
    #[error("not UTF-8: invalid byte sequence at byte {offset}")]
    NotUtf8 {
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// The file's path is not UTF-8, so it cannot be named in UTF-8 records without loss; the
    /// rejection keeps its bytes.
    #[error("not a UTF-8 file name: rename the file (its bytes are in path_hex)")]
    NotUtf8Name,
    /// Another input of the run already has this document id (a `.jsonl` file that repeats an
    /// `id`, or two roots with the same folder name).
    #[error("duplicate id: an earlier input of the run has this id")]
    DuplicateId,
    /// Processing the document failed inside coopex (a bug: please report it with the file).
    #[error("internal error: {0}")]
    Internal(String),
    /// One line of a JSON Lines input could not be used.
    #[error("line {line}: {detail}")]
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

/// "1 byte", "2 bytes".
fn byte_count(bytes: u64) -> String {
    if bytes == 1 {
        "1 byte".to_string()
    } else {
        format!("{bytes} bytes")
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reason_reads_as_rejected_jsonl_writes_it() {
        let cases = [
            (
                RejectReason::Unreadable("Permission denied".into()),
                "unreadable",
                "unreadable: Permission denied",
            ),
            (
                RejectReason::Empty,
                "empty",
                "empty: the file holds no text",
            ),
            (
                RejectReason::TooLarge {
                    bytes: 12,
                    limit: 10,
                },
                "too_large",
                "too large: 12 bytes, over the limit of 10 bytes",
            ),
            (
                RejectReason::TooLargeDecompressed { limit: 10 },
                "too_large",
                "too large: over the limit of 10 bytes once decompressed",
            ),
            (
                RejectReason::TooLarge { bytes: 2, limit: 1 },
                "too_large",
                "too large: 2 bytes, over the limit of 1 byte",
            ),
            (
                RejectReason::Binary,
                "binary",
                "binary: the file holds NUL or control bytes",
            ),
            (
                RejectReason::NotUtf8 { offset: 4 },
                "not_utf8",
                "not UTF-8: invalid byte sequence at byte 4",
            ),
            (
                RejectReason::NotUtf8Name,
                "not_utf8_name",
                "not a UTF-8 file name: rename the file (its bytes are in path_hex)",
            ),
            (
                RejectReason::DuplicateId,
                "duplicate_id",
                "duplicate id: an earlier input of the run has this id",
            ),
            (
                RejectReason::Internal("index out of bounds".into()),
                "internal",
                "internal error: index out of bounds",
            ),
            (
                RejectReason::Line {
                    line: 2,
                    code: "malformed_json",
                    detail: "malformed JSON: EOF".into(),
                },
                "malformed_json",
                "line 2: malformed JSON: EOF",
            ),
        ];
        for (reason, code, text) in cases {
            assert_eq!(reason.code(), code, "{reason:?}");
            assert_eq!(reason.to_string(), text, "{reason:?}");
            let error: &dyn std::error::Error = &reason;
            assert!(error.source().is_none(), "{reason:?}");
        }
    }
}
