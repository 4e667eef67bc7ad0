//! Stage 1, bytes in: find the input files, read them, and check that each one is text coopex
//! can cite. A file that fails a check becomes a [`Rejection`] with a reason; it never stops the
//! batch.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

/// The file extensions `extract` reads when it walks a folder, also gzip-compressed (`.txt.gz`).
/// A `.jsonl` file holds one document per line (`{"id": ..., "text": ...}`); an HTML page is read
/// through [`crate::decode::html_view`].
pub const TEXT_EXTENSIONS: &[&str] = &["txt", "md", "jsonl", "html", "htm"];

/// Default limit on the size of one input document, in bytes.
pub const DEFAULT_MAX_BYTES: u64 = 50 * 1024 * 1024;

/// An input file found under one of the paths the user named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputFile {
    /// Where the file is on disk, as the user's path led to it.
    pub path: PathBuf,
    /// The path relative to the input root it was found under (the file name for a file given
    /// directly), with `/` separators: the document's stable id.
    pub doc_id: String,
}

/// A document that passed every check: its raw bytes are valid UTF-8 text.
#[derive(Debug, Clone)]
pub struct Document {
    /// Stable id: the path relative to its input root.
    pub doc_id: String,
    /// The path the document was read from.
    pub path: String,
    /// The text. For UTF-8 input it is the file's bytes unchanged, so byte offsets into `text`
    /// are byte offsets into the file; other encodings are transcoded (see [`crate::decode`]).
    pub text: String,
    /// Lowercase hex SHA-256 of the raw bytes (for a document of a `.jsonl` file or stream,
    /// of its `text`).
    pub sha256: String,
    /// How the bytes were decoded: `utf-8`, `utf-16le`, `utf-16be`, `windows-1252`.
    pub encoding: String,
    /// `gzip` when the file was compressed.
    pub compression: Option<String>,
    /// `html` when the text is the view of an HTML page (markup blanked, offsets kept).
    pub markup: Option<String>,
    /// The publication date given with the document (JSON input), which takes precedence
    /// over a date read from the text.
    pub published: Option<String>,
    /// Fields of a JSON input document other than `id`, `text`, `url` and `published`.
    pub meta: Option<serde_json::Map<String, serde_json::Value>>,
}

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
    /// The file looks binary (it holds NUL or other control bytes that text does not).
    Binary,
    /// The file is not valid UTF-8; the offset of the first bad byte is given.
    NotUtf8 {
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
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
            RejectReason::TooLarge { .. } => "too_large",
            RejectReason::Binary => "binary",
            RejectReason::NotUtf8 { .. } => "not_utf8",
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
            RejectReason::Binary => write!(f, "binary: the file holds NUL or control bytes"),
            RejectReason::NotUtf8 { offset } => {
                write!(f, "not UTF-8: invalid byte sequence at byte {offset}")
            }
            RejectReason::Internal(message) => write!(f, "internal error: {message}"),
            RejectReason::Line { line, detail, .. } => write!(f, "line {line}: {detail}"),
        }
    }
}

/// An input that could not be processed, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejection {
    /// The input's id (path relative to its root).
    pub doc_id: String,
    /// The input's path on disk.
    pub path: String,
    /// What was wrong with it.
    pub reason: RejectReason,
}

/// Errors in finding the inputs at all (as opposed to a bad single document).
#[derive(Debug, thiserror::Error)]
pub enum DiscoverError {
    /// A path the user named does not exist.
    #[error("input path {0} does not exist")]
    Missing(PathBuf),
    /// A folder could not be listed.
    #[error("cannot list folder {path}: {source}")]
    ListFolder {
        /// The folder.
        path: PathBuf,
        /// The underlying I/O error.
        source: std::io::Error,
    },
}

/// Lists the documents under `paths`: a file is taken as it is (whatever its extension), a
/// folder is walked recursively for `.txt` and `.md` files. Each root's files come in sorted
/// order, roots in the order given; a file named twice is listed once.
///
/// # Errors
/// A path that does not exist, or a folder that cannot be listed.
pub fn discover(paths: &[PathBuf]) -> Result<Vec<InputFile>, DiscoverError> {
    let mut found = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for root in paths {
        let meta = fs::metadata(root).map_err(|_| DiscoverError::Missing(root.clone()))?;
        let mut files = Vec::new();
        if meta.is_dir() {
            walk(root, &mut files)?;
            files.sort();
        } else {
            files.push(root.clone());
        }
        for path in files {
            let relative = if meta.is_dir() {
                path.strip_prefix(root).unwrap_or(&path).to_path_buf()
            } else {
                PathBuf::from(path.file_name().unwrap_or(path.as_os_str()))
            };
            // Only several roots can name a file twice; one root is not checked, to keep no
            // second copy of every path.
            if paths.len() == 1 || seen.insert(path.clone()) {
                found.push(InputFile {
                    doc_id: slash_path(&relative),
                    path,
                });
            }
        }
    }
    Ok(found)
}

fn walk(folder: &Path, files: &mut Vec<PathBuf>) -> Result<(), DiscoverError> {
    let entries = fs::read_dir(folder).map_err(|source| DiscoverError::ListFolder {
        path: folder.to_path_buf(),
        source,
    })?;
    for entry in entries {
        let entry = entry.map_err(|source| DiscoverError::ListFolder {
            path: folder.to_path_buf(),
            source,
        })?;
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() || (kind.is_symlink() && path.is_dir()) {
            walk(&path, files)?;
        } else if has_text_extension(&path) {
            files.push(path);
        }
    }
    Ok(())
}

fn has_text_extension(path: &Path) -> bool {
    inner_extension(path).is_some_and(|e| TEXT_EXTENSIONS.iter().any(|t| e.eq_ignore_ascii_case(t)))
}

/// The extension that says what a file holds: `txt` for both `a.txt` and `a.txt.gz`.
fn inner_extension(path: &Path) -> Option<&str> {
    let name = path.file_name()?.to_str()?;
    let name = if crate::decode::is_gzip(path) {
        &name[..name.len() - 3]
    } else {
        name
    };
    name.rsplit_once('.').map(|(_, ext)| ext)
}

/// Whether a file holds one JSON document per line (`.jsonl`, `.jsonl.gz`).
pub fn is_json_lines(path: &Path) -> bool {
    inner_extension(path).is_some_and(|e| e.eq_ignore_ascii_case("jsonl"))
}

fn slash_path(path: &Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Reads a file's bytes and, for a `.gz` file, decompresses them: (raw bytes, content).
fn read_bytes(path: &Path, max_bytes: u64) -> Result<(Vec<u8>, Option<Vec<u8>>), RejectReason> {
    let size = fs::metadata(path)
        .map_err(|e| RejectReason::Unreadable(e.to_string()))?
        .len();
    if size > max_bytes {
        return Err(RejectReason::TooLarge {
            bytes: size,
            limit: max_bytes,
        });
    }
    let raw = fs::read(path).map_err(|e| RejectReason::Unreadable(e.to_string()))?;
    let content = if crate::decode::is_gzip(path) {
        Some(crate::decode::gunzip(&raw, max_bytes)?)
    } else {
        None
    };
    Ok((raw, content))
}

/// Reads one input file (not a `.jsonl` one) and checks it.
///
/// # Errors
/// A [`Rejection`] naming the reason when the file is unreadable, empty, too large, binary or
/// in no known encoding.
pub fn read_document(input: &InputFile, max_bytes: u64) -> Result<Document, Rejection> {
    let path = input.path.to_string_lossy().into_owned();
    let reject = |reason| Rejection {
        doc_id: input.doc_id.clone(),
        path: path.clone(),
        reason,
    };
    let (raw, content) = read_bytes(&input.path, max_bytes).map_err(reject)?;
    let sha256 = format!("{:x}", Sha256::digest(&raw));
    let compression = content.is_some().then(|| "gzip".to_string());
    let mut doc = check_content(
        input.doc_id.clone(),
        path.clone(),
        content.unwrap_or(raw),
        sha256,
    )
    .map_err(reject)?;
    doc.compression = compression;
    if crate::decode::is_html(inner_extension(&input.path)) {
        doc.text = crate::decode::html_view(&doc.text);
        doc.markup = Some("html".to_string());
        if doc.text.trim_matches(is_blank_or_padding).is_empty() {
            return Err(reject(RejectReason::Empty));
        }
    }
    Ok(doc)
}

/// Reads a `.jsonl` file: one document per line, or a rejection naming the line. Documents
/// get the id `<file doc_id>#<id>` (`#line-N` without one).
///
/// # Errors
/// A [`Rejection`] of the whole file when it cannot be read or decoded.
pub fn read_json_lines(
    input: &InputFile,
    max_bytes: u64,
) -> Result<Vec<Result<Document, Rejection>>, Rejection> {
    let path = input.path.to_string_lossy().into_owned();
    let reject = |doc_id: String, reason| Rejection {
        doc_id,
        path: path.clone(),
        reason,
    };
    let (raw, content) =
        read_bytes(&input.path, max_bytes).map_err(|r| reject(input.doc_id.clone(), r))?;
    let text = crate::decode::decode(content.unwrap_or(raw))
        .map_err(|r| reject(input.doc_id.clone(), r))?
        .text;
    Ok(text
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(index, line)| {
            json_line_document(index + 1, line, Some(&input.doc_id), &path, max_bytes).map_err(
                |e| {
                    let id = e.id.map_or_else(
                        || format!("{}#line-{}", input.doc_id, index + 1),
                        |id| format!("{}#{id}", input.doc_id),
                    );
                    reject(id, e.reason)
                },
            )
        })
        .collect())
}

/// A JSON input line that could not become a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineError {
    /// The document's `id`, when the line had one.
    pub id: Option<String>,
    /// Why (always [`RejectReason::Line`]).
    pub reason: RejectReason,
}

/// Reads one JSON input line, `{"id": ..., "text": ..., "url": ..., "published": ...}`, into a
/// document: id `<prefix>#<id>` when a prefix (the `.jsonl` file's id) is given, else the id
/// itself (`line-N` without one); path the `url`, else `default_path`; other fields as `meta`.
///
/// # Errors
/// Malformed JSON, not an object, no string `text`, or a text that fails the checks.
pub fn json_line_document(
    number: usize,
    line: &str,
    prefix: Option<&str>,
    default_path: &str,
    max_bytes: u64,
) -> Result<Document, LineError> {
    use serde_json::Value;
    let fail = |id: Option<String>, code: &'static str, detail: String| LineError {
        id,
        reason: RejectReason::Line {
            line: number,
            code,
            detail,
        },
    };
    let value: Value = serde_json::from_str(line)
        .map_err(|e| fail(None, "malformed_json", format!("malformed JSON: {e}")))?;
    let Value::Object(mut fields) = value else {
        return Err(fail(
            None,
            "not_an_object",
            "expected a JSON object".to_string(),
        ));
    };
    let id = match fields.remove("id") {
        Some(Value::String(s)) => Some(s),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let Some(Value::String(text)) = fields.remove("text") else {
        return Err(fail(
            id,
            "missing_text",
            "no string field `text`".to_string(),
        ));
    };
    let local_id = id.clone().unwrap_or_else(|| format!("line-{number}"));
    let doc_id = match prefix {
        Some(prefix) => format!("{prefix}#{local_id}"),
        None => local_id,
    };
    let path = match fields.remove("url") {
        Some(Value::String(url)) => url,
        _ => default_path.to_string(),
    };
    let published = match fields.remove("published") {
        Some(Value::String(date)) => Some(date),
        _ => None,
    };
    let mut doc = check_bytes(doc_id, path, text.into_bytes(), max_bytes)
        .map_err(|reason| fail(id.clone(), reason.code(), reason.to_string()))?;
    doc.published = published;
    doc.meta = (!fields.is_empty()).then(|| fields.into_iter().collect());
    Ok(doc)
}

/// A document's source read again (by `audit` and `export`): the hash to compare with the
/// recorded one, and the text decoded the way `extract` decoded it (`None` when it no longer
/// decodes). A document of a `.jsonl` file is found by its id.
///
/// # Errors
/// The file cannot be read, or a `.jsonl` file no longer holds the document.
pub fn read_source(path: &Path, doc_id: &str) -> std::io::Result<(String, Option<String>)> {
    let (raw, content) =
        read_bytes(path, u64::MAX).map_err(|r| std::io::Error::other(r.to_string()))?;
    if is_json_lines(path) {
        let text = crate::decode::decode(content.unwrap_or(raw))
            .map_err(|r| std::io::Error::other(r.to_string()))?
            .text;
        let prefix = doc_id.rsplit_once('#').map_or(doc_id, |(p, _)| p);
        let path_text = path.to_string_lossy();
        let found = text.lines().enumerate().find_map(|(i, line)| {
            json_line_document(i + 1, line, Some(prefix), &path_text, u64::MAX)
                .ok()
                .filter(|d| d.doc_id == doc_id)
        });
        return match found {
            Some(doc) => Ok((doc.sha256, Some(doc.text))),
            None => Err(std::io::Error::new(
                std::io::ErrorKind::NotFound,
                format!("{} no longer holds document {doc_id}", path.display()),
            )),
        };
    }
    let sha256 = format!("{:x}", Sha256::digest(&raw));
    let html = crate::decode::is_html(inner_extension(path));
    let text = crate::decode::decode(content.unwrap_or(raw)).ok().map(|d| {
        if html {
            crate::decode::html_view(&d.text)
        } else {
            d.text
        }
    });
    Ok((sha256, text))
}

/// Where a document's source file is: a `.jsonl` document lives in the file its id names.
pub fn source_file_of(doc_id: &str) -> &str {
    match doc_id.find(".jsonl#").or_else(|| doc_id.find(".jsonl.gz#")) {
        Some(at) => &doc_id[..doc_id[at..].find('#').map_or(doc_id.len(), |p| at + p)],
        None => doc_id,
    }
}

/// Checks raw bytes as a document and, when they pass, returns the [`Document`].
///
/// # Errors
/// The [`RejectReason`] when the bytes are empty, too large, binary or in no known encoding.
pub fn check_bytes(
    doc_id: String,
    path: String,
    bytes: Vec<u8>,
    max_bytes: u64,
) -> Result<Document, RejectReason> {
    if bytes.len() as u64 > max_bytes {
        return Err(RejectReason::TooLarge {
            bytes: bytes.len() as u64,
            limit: max_bytes,
        });
    }
    let sha256 = format!("{:x}", Sha256::digest(&bytes));
    check_content(doc_id, path, bytes, sha256)
}

/// White space, a byte order mark, or the invisible padding of an HTML view.
fn is_blank_or_padding(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{feff}' | '\u{ad}' | '\u{200b}')
}

/// Checks and decodes the content of a document whose hash is already known.
fn check_content(
    doc_id: String,
    path: String,
    bytes: Vec<u8>,
    sha256: String,
) -> Result<Document, RejectReason> {
    let utf16 = bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]);
    if !utf16 && looks_binary(&bytes) {
        return Err(RejectReason::Binary);
    }
    let decoded = crate::decode::decode(bytes)?;
    if decoded.text.trim_matches(is_blank_or_padding).is_empty() {
        return Err(RejectReason::Empty);
    }
    Ok(Document {
        doc_id,
        path,
        text: decoded.text,
        sha256,
        encoding: decoded.encoding.to_string(),
        compression: None,
        markup: None,
        published: None,
        meta: None,
    })
}

/// Binary files hold NUL bytes or many control bytes; text holds neither. The whole file is
/// looked at (not only its head, as `grep` does): a NUL anywhere would end up in a citation.
fn looks_binary(bytes: &[u8]) -> bool {
    if bytes.contains(&0) {
        return true;
    }
    let control = bytes
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    control * 10 > bytes.len().max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(bytes: &[u8]) -> Result<Document, RejectReason> {
        check_bytes("d".into(), "d".into(), bytes.to_vec(), 20_000)
    }

    /// Text whose only NUL comes after the first 8 KiB.
    fn nul_after_the_head() -> Vec<u8> {
        let mut bytes = b"Zorvia met Quellan. ".repeat(500);
        bytes.push(0);
        bytes
    }

    #[test]
    fn reasons_for_bad_bytes() {
        let cases: &[(&[u8], &str)] = &[
            (b"", "empty"),
            (b"  \n\t ", "empty"),
            (b"text\0more", "binary"),
            (&nul_after_the_head(), "binary"),
            (b"\x01\x02\x03\x04ab", "binary"),
            (b"caf\x81\x8d au lait", "not_utf8"),
            (&[b'a'; 20_001], "too_large"),
        ];
        for (bytes, code) in cases {
            assert_eq!(check(bytes).unwrap_err().code(), *code, "{bytes:?}");
        }
    }

    #[test]
    fn not_utf8_names_the_offset() {
        assert_eq!(
            check(b"abc\x81def").unwrap_err(),
            RejectReason::NotUtf8 { offset: 3 }
        );
    }

    #[test]
    fn good_text_keeps_bytes_and_hash() {
        let doc = check("NASA’s probe\r\n".as_bytes()).unwrap();
        assert_eq!(doc.text, "NASA’s probe\r\n");
        assert_eq!(
            doc.sha256,
            format!("{:x}", Sha256::digest("NASA’s probe\r\n".as_bytes()))
        );
    }

    #[test]
    fn discover_walks_sorted_and_filters_extensions() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("sub")).unwrap();
        for name in ["b.txt", "a.md", "sub/c.txt", "skip.bin"] {
            fs::write(dir.path().join(name), "x").unwrap();
        }
        let found = discover(&[dir.path().to_path_buf()]).unwrap();
        let ids: Vec<_> = found.iter().map(|f| f.doc_id.as_str()).collect();
        assert_eq!(ids, ["a.md", "b.txt", "sub/c.txt"]);
    }

    #[test]
    fn discover_reports_missing_path() {
        let err = discover(&[PathBuf::from("/no/such/coopex/input")]).unwrap_err();
        assert!(err.to_string().contains("/no/such/coopex/input"));
    }
}
