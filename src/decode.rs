//! Bytes to text: gzip decompression and character encodings. UTF-8 (with or without a byte
//! order mark) is taken as it is, so offsets are offsets into the file; UTF-16 with a byte
//! order mark and legacy single-byte text (Windows-1252, which covers Latin-1) are transcoded to
//! UTF-8, and then offsets are offsets into that transcoding — the decoding is recorded with
//! the document, and `audit` decodes the same way.

use std::io::Read;
use std::path::Path;

use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1252};
use flate2::read::GzDecoder;

use crate::ingest::RejectReason;

/// A document's text and how it was obtained from its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// `utf-8`, `utf-16le`, `utf-16be` or `windows-1252`.
    pub encoding: &'static str,
}

/// Whether a path names a gzip-compressed file.
pub fn is_gzip(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"))
}

/// Decompresses gzip bytes, refusing output over `max_bytes`.
///
/// # Errors
/// Corrupt data (as unreadable) or output over the limit.
pub fn gunzip(bytes: &[u8], max_bytes: u64) -> Result<Vec<u8>, RejectReason> {
    let mut out = Vec::new();
    GzDecoder::new(bytes)
        .take(max_bytes.saturating_add(1))
        .read_to_end(&mut out)
        .map_err(|e| RejectReason::Unreadable(format!("not valid gzip: {e}")))?;
    if out.len() as u64 > max_bytes {
        return Err(RejectReason::TooLarge {
            bytes: out.len() as u64,
            limit: max_bytes,
        });
    }
    Ok(out)
}

/// Turns bytes into text: UTF-16 when a byte order mark says so, UTF-8 when they are valid
/// UTF-8, Windows-1252 when they look like legacy Western text.
///
/// # Errors
/// `not_utf8` for bytes that are none of these.
pub fn decode(bytes: Vec<u8>) -> Result<Decoded, RejectReason> {
    let utf16 = if bytes.starts_with(&[0xFF, 0xFE]) {
        Some((UTF_16LE, "utf-16le"))
    } else if bytes.starts_with(&[0xFE, 0xFF]) {
        Some((UTF_16BE, "utf-16be"))
    } else {
        None
    };
    if let Some((encoding, name)) = utf16 {
        let (text, _, had_errors) = encoding.decode(&bytes);
        if had_errors {
            return Err(RejectReason::NotUtf8 { offset: 0 });
        }
        return Ok(Decoded {
            text: text.into_owned(),
            encoding: name,
        });
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Decoded {
            text,
            encoding: "utf-8",
        }),
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            if looks_like_legacy_text(&bytes) {
                let (text, _, _) = WINDOWS_1252.decode(&bytes);
                Ok(Decoded {
                    text: text.into_owned(),
                    encoding: "windows-1252",
                })
            } else {
                Err(RejectReason::NotUtf8 { offset })
            }
        }
    }
}

/// Legacy Western text: its non-ASCII bytes are Windows-1252 letters and punctuation, not
/// the C1 control range that only other encodings or binary data use.
fn looks_like_legacy_text(bytes: &[u8]) -> bool {
    const UNDEFINED_IN_1252: [u8; 5] = [0x81, 0x8D, 0x8F, 0x90, 0x9D];
    let high: Vec<u8> = bytes.iter().copied().filter(|&b| b >= 0x80).collect();
    !high.is_empty() && !high.iter().any(|b| UNDEFINED_IN_1252.contains(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_are_detected_and_decoded() {
        let cases: &[(&[u8], &str, &str)] = &[
            ("Chang’e".as_bytes(), "Chang’e", "utf-8"),
            (b"\xEF\xBB\xBFNASA", "\u{feff}NASA", "utf-8"),
            (b"\xFF\xFEN\x00A\x00", "NA", "utf-16le"),
            (b"\xFE\xFF\x00N\x00A", "NA", "utf-16be"),
            (
                b"Coop\xe9ration \x96 CNES",
                "Coopération – CNES",
                "windows-1252",
            ),
        ];
        for (bytes, text, encoding) in cases {
            let got = decode(bytes.to_vec()).unwrap();
            assert_eq!((got.text.as_str(), got.encoding), (*text, *encoding));
        }
        assert_eq!(
            decode(b"ab\x81\x8dcd".to_vec()).unwrap_err().code(),
            "not_utf8"
        );
    }

    #[test]
    fn gzip_round_trips_and_is_bounded() {
        use flate2::write::GzEncoder;
        use std::io::Write;
        let mut encoder = GzEncoder::new(Vec::new(), flate2::Compression::default());
        encoder
            .write_all(&b"China and Russia signed. ".repeat(100))
            .unwrap();
        let gz = encoder.finish().unwrap();
        assert_eq!(gunzip(&gz, 1 << 20).unwrap().len(), 2500);
        assert_eq!(gunzip(&gz, 100).unwrap_err().code(), "too_large");
        assert_eq!(gunzip(b"not gzip", 100).unwrap_err().code(), "unreadable");
    }
}
