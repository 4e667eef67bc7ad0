//! Stage 1, bytes in: find the input files, read them, and check that each one is text coopex
//! can cite. A file that fails a check becomes a [`Rejection`] with a reason; it never stops the
//! batch.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

/// The file extensions `extract` reads when it walks a folder.
pub const TEXT_EXTENSIONS: &[&str] = &["txt", "md"];

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
    /// The raw bytes, decoded as UTF-8 without any change, so byte offsets into `text` are byte
    /// offsets into the file.
    pub text: String,
    /// Lowercase hex SHA-256 of the raw bytes.
    pub sha256: String,
    /// The publication date given with the document (streaming input), which takes precedence
    /// over a date read from the text.
    pub published: Option<String>,
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
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| TEXT_EXTENSIONS.iter().any(|t| e.eq_ignore_ascii_case(t)))
}

fn slash_path(path: &Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Reads one input file and checks it.
///
/// # Errors
/// A [`Rejection`] naming the reason when the file is unreadable, empty, too large, binary or not
/// UTF-8.
pub fn read_document(input: &InputFile, max_bytes: u64) -> Result<Document, Rejection> {
    let path = input.path.to_string_lossy().into_owned();
    let reject = |reason| Rejection {
        doc_id: input.doc_id.clone(),
        path: path.clone(),
        reason,
    };
    let size = fs::metadata(&input.path)
        .map_err(|e| reject(RejectReason::Unreadable(e.to_string())))?
        .len();
    if size > max_bytes {
        return Err(reject(RejectReason::TooLarge {
            bytes: size,
            limit: max_bytes,
        }));
    }
    let bytes =
        fs::read(&input.path).map_err(|e| reject(RejectReason::Unreadable(e.to_string())))?;
    check_bytes(input.doc_id.clone(), path.clone(), bytes, max_bytes).map_err(reject)
}

/// Checks raw bytes as a document and, when they pass, returns the [`Document`].
///
/// # Errors
/// The [`RejectReason`] when the bytes are empty, too large, binary or not UTF-8.
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
    if looks_binary(&bytes) {
        return Err(RejectReason::Binary);
    }
    let sha256 = format!("{:x}", Sha256::digest(&bytes));
    let text = String::from_utf8(bytes).map_err(|e| RejectReason::NotUtf8 {
        offset: e.utf8_error().valid_up_to(),
    })?;
    if text.trim().is_empty() {
        return Err(RejectReason::Empty);
    }
    Ok(Document {
        doc_id,
        path,
        text,
        sha256,
        published: None,
    })
}

/// Binary files hold NUL bytes or many control bytes; text holds neither. Only the first 8 KiB
/// are looked at, as `grep` and `git` do.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    control * 10 > head.len().max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(bytes: &[u8]) -> Result<Document, RejectReason> {
        check_bytes("d".into(), "d".into(), bytes.to_vec(), 1000)
    }

    #[test]
    fn reasons_for_bad_bytes() {
        let cases: &[(&[u8], &str)] = &[
            (b"", "empty"),
            (b"  \n\t ", "empty"),
            (b"text\0more", "binary"),
            (b"\x01\x02\x03\x04ab", "binary"),
            (b"caf\xe9 au lait", "not_utf8"),
            (&[b'a'; 1001], "too_large"),
        ];
        for (bytes, code) in cases {
            assert_eq!(check(bytes).unwrap_err().code(), *code, "{bytes:?}");
        }
    }

    #[test]
    fn not_utf8_names_the_offset() {
        assert_eq!(
            check(b"abc\xffdef").unwrap_err(),
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
