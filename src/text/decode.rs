//! Bytes to text: gzip decompression and character encodings. UTF-8 (with or without a byte
//! order mark) is taken as it is, so offsets are offsets into the file; UTF-16 with a byte
//! order mark and legacy single-byte text (Windows-1252, which covers Latin-1) are transcoded to
//! UTF-8, and then offsets are offsets into that transcoding — the decoding is recorded with
//! the document, and `audit` decodes the same way.

use std::borrow::Cow;
use std::io::Read;
use std::path::Path;

use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1252};
use flate2::read::MultiGzDecoder;

use crate::text::reject::RejectReason;

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

/// Decompresses gzip bytes, every member of a multi-member file (what `cat a.gz b.gz` and log
/// rotation make), refusing output over `max_bytes`.
///
/// # Errors
/// Corrupt data (as unreadable) or output over the limit.
pub fn gunzip(bytes: &[u8], max_bytes: u64) -> Result<Vec<u8>, RejectReason> {
    let mut out = Vec::new();
    MultiGzDecoder::new(bytes)
        .take(max_bytes.saturating_add(1))
        .read_to_end(&mut out)
        .map_err(|e| RejectReason::Unreadable(format!("not valid gzip: {e}")))?;
    if out.len() as u64 > max_bytes {
        // The rest is never inflated (a gzip bomb stays cheap), so the true size is unknown:
        // the record says "over the limit", not a made-up size.
        return Err(RejectReason::TooLargeDecompressed { limit: max_bytes });
    }
    Ok(out)
}

/// Turns bytes into text: UTF-16 when a byte order mark says so, UTF-8 when they are valid
/// UTF-8, Windows-1252 when they look like legacy Western text and hold no valid multi-byte
/// UTF-8 sequence at all. A UTF-8 file with one bad byte is not silently re-read as
/// Windows-1252 (which would garble every other non-ASCII character): it is rejected.
///
/// # Errors
/// `not_utf8` with the offset of the first invalid byte for bytes that are none of these.
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
            if !bytes.starts_with(UTF8_BOM)
                && !has_multibyte_utf8(&bytes)
                && looks_like_legacy_text(&bytes)
            {
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

/// The UTF-8 byte order mark: a file that starts with it says it is UTF-8.
const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Whether the bytes hold at least one valid multi-byte UTF-8 sequence: then they are UTF-8
/// with errors, not legacy 8-bit text (where such sequences almost never occur by chance).
fn has_multibyte_utf8(bytes: &[u8]) -> bool {
    bytes.utf8_chunks().any(|chunk| !chunk.valid().is_ascii())
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
    fn utf8_with_one_bad_byte_is_rejected_not_read_as_windows_1252() {
        let cases: &[(&[u8], usize)] = &[
            (b"\xE2\x80\xA2 Zorvia and Quellan \x93agreed", 23),
            (b"\xEF\xBB\xBFplain \xE9 text", 9),
        ];
        for (bytes, offset) in cases {
            assert_eq!(
                decode(bytes.to_vec()).unwrap_err(),
                RejectReason::NotUtf8 { offset: *offset },
                "{bytes:?}"
            );
        }
    }

    #[test]
    fn multi_member_gzip_is_read_to_the_end() {
        use flate2::write::GzEncoder;
        use std::io::Write;
        let member = |text: &[u8]| {
            let mut encoder = GzEncoder::new(Vec::new(), flate2::Compression::default());
            encoder.write_all(text).unwrap();
            encoder.finish().unwrap()
        };
        let mut gz = member(b"First part. ");
        gz.extend(member(b"Second part."));
        assert_eq!(gunzip(&gz, 1 << 20).unwrap(), b"First part. Second part.");
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
        assert_eq!(
            gunzip(&gz, 100).unwrap_err(),
            RejectReason::TooLargeDecompressed { limit: 100 }
        );
        assert_eq!(gunzip(b"not gzip", 100).unwrap_err().code(), "unreadable");
    }
}

/// Elements whose content is never text: scripts, styles and the page's navigation chrome.
const HIDDEN_ELEMENTS: &[&str] = &[
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "template",
];

/// Elements that break the text into paragraphs.
const BLOCK_ELEMENTS: &[&str] = &[
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "tr",
    "td",
    "th",
    "table",
    "title",
    "article",
    "section",
    "blockquote",
    "pre",
    "figcaption",
    "dd",
    "dt",
    "hr",
];

/// The text of an HTML page with every byte where it was: markup, scripts, styles and
/// navigation become spaces (a block element's tag becomes a paragraph break), and a character
/// reference becomes its character followed by invisible padding (`&amp;` is `&` and two soft
/// hyphens), which always fits. Offsets into the view are offsets into the page, so a citation's span is the
/// page's span; `audit` and `export` rebuild the same view.
pub fn html_view(page: &str) -> String {
    let bytes = page.as_bytes();
    let mut view = String::with_capacity(page.len());
    let mut at = 0;
    let mut hidden: Option<String> = None;
    while at < bytes.len() {
        if bytes[at] == b'<' {
            let end = tag_end(bytes, at);
            let tag = &page[at..end];
            let name = tag_name(tag);
            let closing = tag.starts_with("</");
            if let Some(open) = &hidden {
                if closing && name == *open {
                    hidden = None;
                }
            } else if !closing && HIDDEN_ELEMENTS.contains(&name.as_str()) && !tag.ends_with("/>") {
                hidden = Some(name.clone());
            }
            blank(&mut view, tag, BLOCK_ELEMENTS.contains(&name.as_str()));
            at = end;
            continue;
        }
        let next = page[at..].find('<').map_or(page.len(), |p| at + p);
        let text = &page[at..next];
        if hidden.is_some() {
            blank(&mut view, text, false);
        } else {
            push_text(&mut view, text);
        }
        at = next;
    }
    debug_assert_eq!(view.len(), page.len());
    view
}

/// End (exclusive) of the tag, comment or declaration starting at `at`.
fn tag_end(bytes: &[u8], at: usize) -> usize {
    let rest = &bytes[at..];
    let close: &[u8] = if rest.starts_with(b"<!--") {
        b"-->"
    } else {
        b">"
    };
    rest.windows(close.len())
        .position(|w| w == close)
        .map_or(bytes.len(), |p| at + p + close.len())
}

/// The lowercase element name of a tag (`div` for `<div class=x>` and `</div>`).
fn tag_name(tag: &str) -> String {
    tag.trim_start_matches('<')
        .trim_start_matches('/')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase()
}

/// Appends as many spaces as `text` has bytes, keeping its line breaks; a block element's tag
/// starts with a paragraph break.
fn blank(view: &mut String, text: &str, block: bool) {
    let mut bytes = text.bytes();
    if block && text.len() >= 2 {
        view.push_str("\n\n");
        bytes.nth(1);
    }
    for b in bytes {
        view.push(if b == b'\n' { '\n' } else { ' ' });
    }
}

/// Appends text, each character reference replaced by its character and padding spaces.
/// Linear in the text: a reference is looked for only in the few bytes after an `&` that a
/// reference can span, never in the rest of the page.
fn push_text(view: &mut String, text: &str) {
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        view.push_str(&rest[..amp]);
        let tail = &rest[amp..];
        let Some(end) = reference_end(tail.as_bytes()) else {
            view.push('&');
            rest = &tail[1..];
            continue;
        };
        let reference = &tail[..=end];
        match resolve_reference(reference) {
            Some(expansion) if expansion.len() <= reference.len() => {
                view.push_str(&expansion);
                pad_invisibly(view, reference.len() - expansion.len());
            }
            _ => view.push_str(reference),
        }
        rest = &tail[end + 1..];
    }
    view.push_str(rest);
}

/// The index of the `;` that ends a reference starting at `tail[0]` (an `&`): within the
/// longest reference's length, after letters, digits and `#` only.
fn reference_end(tail: &[u8]) -> Option<usize> {
    let window = &tail[..tail.len().min(htmlize::ENTITY_MAX_LENGTH.max(12))];
    window
        .iter()
        .enumerate()
        .skip(1)
        .find(|(_, b)| !(b.is_ascii_alphanumeric() || **b == b'#'))
        .filter(|(at, b)| **b == b';' && *at > 1)
        .map(|(at, _)| at)
}

/// Appends `bytes` bytes of characters that show nothing and split no word: soft hyphens (two
/// bytes each) and a zero-width space (three) for an odd count; a lone byte can only be a space.
fn pad_invisibly(view: &mut String, bytes: usize) {
    let mut left = bytes;
    if left == 1 {
        view.push(' ');
        return;
    }
    if left % 2 == 1 {
        view.push('\u{200b}');
        left -= 3;
    }
    view.extend(std::iter::repeat_n('\u{ad}', left / 2));
}

/// What a reference such as `&amp;`, `&#8217;` or `&#x2019;` stands for: one character, or
/// two for a few named references, from the full HTML5 table. `&nbsp;` becomes a plain space,
/// as text tools expect; a number that names no character (or NUL) stands for nothing.
fn resolve_reference(reference: &str) -> Option<Cow<'static, str>> {
    let inner = &reference[1..reference.len() - 1];
    if let Some(number) = inner.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        let c = char::from_u32(code).filter(|&c| c != '\0')?;
        return Some(Cow::Owned(c.to_string()));
    }
    if inner == "nbsp" {
        return Some(Cow::Borrowed(" "));
    }
    let expansion = htmlize::ENTITIES.get(reference.as_bytes())?;
    std::str::from_utf8(expansion).ok().map(Cow::Borrowed)
}

/// Whether a path names an HTML page (`.html`, `.htm`, also gzip-compressed).
pub fn is_html(extension: Option<&str>) -> bool {
    extension.is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
}

#[cfg(test)]
mod html_tests {
    use super::*;

    #[test]
    fn the_view_keeps_every_offset_and_drops_the_markup() {
        let page = "<html><head><title>ESA &amp; JAXA</title><script>var x = '<p>';</script></head>\n<body><nav>Home | News</nav><p>NASA&#8217;s <b>rover</b> and ESA&rsquo;s orbiter.</p></body></html>";
        let view = html_view(page);
        assert_eq!(view.len(), page.len());
        let visible: String = view
            .chars()
            .filter(|c| !matches!(c, '\u{ad}' | '\u{200b}'))
            .collect();
        let words: Vec<&str> = visible.split_whitespace().collect();
        assert_eq!(
            words,
            ["ESA", "&", "JAXA", "NASA’s", "rover", "and", "ESA’s", "orbiter."]
        );
        // A name keeps its offsets: the view's bytes there are the page's bytes.
        let at = page.find("rover").unwrap();
        assert_eq!(&view[at..at + 5], "rover");
        assert!(view.contains("\n\n"), "block elements break paragraphs");
    }

    #[test]
    fn references_of_the_full_html5_table_are_decoded_in_place() {
        let cases: &[(&str, &str)] = &[
            ("Zorvia &amp; Quellan", "Zorvia & Quellan"),
            ("&Zopf; &eacute;t&eacute;", "\u{2124} \u{e9}t\u{e9}"),
            ("a&nbsp;b &#x2019; &#8217;", "a b \u{2019} \u{2019}"),
            ("&NotEqualTilde; &zwnj;", "\u{2242}\u{338} \u{200c}"),
            ("R&D; &#0; & ;&unknown; &amp", "R&D; &#0; & ;&unknown; &amp"),
        ];
        for (page, visible) in cases {
            let view = html_view(page);
            assert_eq!(view.len(), page.len(), "{page}");
            let shown: String = view
                .chars()
                .filter(|c| !matches!(c, '\u{ad}' | '\u{200b}'))
                .collect();
            assert_eq!(shown, *visible, "{page}");
        }
    }

    #[test]
    fn many_bare_ampersands_are_decoded_in_linear_time() {
        // Quadratic decoding took seconds here; linear takes milliseconds even unoptimised.
        let page = "Zorvia & Quellan ".repeat(120_000) + ";";
        let started = std::time::Instant::now();
        let view = html_view(&page);
        assert_eq!(view.len(), page.len());
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
    }
}
