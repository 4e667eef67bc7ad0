//! Stage 1, bytes in: find the input files, read them, and check that each one is text coopex
//! can cite. A file that fails a check becomes a [`Rejection`] with a reason; it never stops the
//! batch.

use std::fs;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::text::reject::RejectReason;

/// The file extensions `extract` reads when it walks a folder, also gzip-compressed (`.txt.gz`).
/// A `.jsonl` file holds one document per line (`{"id": ..., "text": ...}`); an HTML page is read
/// through [`crate::text::decode::html_view`].
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
    /// are byte offsets into the file; other encodings are transcoded (see [`crate::text::decode`]).
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

/// An input that could not be processed, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejection {
    /// The input's id (path relative to its root).
    pub doc_id: String,
    /// The input's path on disk (invalid UTF-8 shown as U+FFFD).
    pub path: String,
    /// The path's raw bytes in lowercase hex, when the path is not UTF-8: the lossless record
    /// of which file was rejected.
    pub path_hex: Option<String>,
    /// What was wrong with it.
    pub reason: RejectReason,
}

impl Rejection {
    /// A rejection of the input at `path`, which is recorded losslessly.
    pub fn new(doc_id: String, path: &Path, reason: RejectReason) -> Rejection {
        Rejection {
            doc_id,
            path: path.to_string_lossy().into_owned(),
            path_hex: path_hex(path),
            reason,
        }
    }
}

/// Errors in finding the inputs at all (as opposed to a bad single document or folder).
#[derive(Debug, thiserror::Error)]
pub enum DiscoverError {
    /// A path the user named does not exist.
    #[error("input path {0} does not exist")]
    Missing(PathBuf),
}

/// One input the walk found: a file to read, or a file or folder that is rejected before it is
/// read (a folder that cannot be listed, a name that is not UTF-8, a duplicate id).
pub type Discovered = Result<InputFile, Rejection>;

/// Lists the documents under `paths`: a file is taken as it is (whatever its extension), a
/// folder is walked recursively for files with a [`TEXT_EXTENSIONS`] extension, following
/// symbolic links with loop detection.
///
/// Each root's files come in sorted order, roots in the order given. Roots are deduplicated by
/// their canonical path, and every file is listed at most once however many links or roots
/// lead to it. With one root, a document's id is its path relative to the root; with several,
/// the root's folder name comes first (`a/x.txt`, `b/x.txt`), so ids are unique by
/// construction and an id that still clashes is rejected `duplicate_id`. A folder that holds a
/// coopex output manifest is an output folder and is skipped, so an `--out` inside an input is
/// never read back. A folder that cannot be listed, a file that cannot be looked at, or a path
/// that is not UTF-8 becomes a rejection (its path kept byte for byte in
/// [`Rejection::path_hex`]); the walk goes on.
///
/// # Errors
/// A path that does not exist.
pub fn discover(paths: &[PathBuf]) -> Result<Vec<Discovered>, DiscoverError> {
    let mut roots: Vec<(PathBuf, PathBuf)> = Vec::new();
    for root in paths {
        let canonical = fs::canonicalize(root).map_err(|_| DiscoverError::Missing(root.clone()))?;
        if !roots.iter().any(|(_, c)| *c == canonical) {
            roots.push((root.clone(), canonical));
        }
    }
    let named = roots.len() > 1;
    let mut found = Vec::new();
    let mut seen_files = std::collections::HashSet::new();
    for (root, canonical) in &roots {
        let prefix = named.then(|| root_name(root, canonical));
        if !canonical.is_dir() {
            let name = PathBuf::from(root.file_name().unwrap_or(root.as_os_str()));
            let id = join_id(prefix.as_deref(), &name);
            seen_files.insert(canonical.clone());
            found.push(admit(root.clone(), id));
            continue;
        }
        for entry in walk(root) {
            match entry {
                Walked::File(path) => {
                    // A file reached twice (two links, a link and its target) is read once.
                    if fs::canonicalize(&path).is_ok_and(|real| !seen_files.insert(real)) {
                        continue;
                    }
                    let relative = path.strip_prefix(root).unwrap_or(&path).to_path_buf();
                    let id = join_id(prefix.as_deref(), &relative);
                    found.push(admit(path, id));
                }
                Walked::Failed(path, why) => {
                    let relative = path.strip_prefix(root).unwrap_or(&path).to_path_buf();
                    found.push(Err(Rejection::new(
                        join_id(prefix.as_deref(), &relative).0,
                        &path,
                        RejectReason::Unreadable(why),
                    )));
                }
            }
        }
    }
    reject_duplicate_ids(&mut found);
    Ok(found)
}

/// Rejects each input whose id an earlier input has. The ids are looked up where they are, not
/// copied: a copy of each, freed after the walk, stayed in the memory of a large run.
fn reject_duplicate_ids(found: &mut [Discovered]) {
    let mut seen_ids = std::collections::HashSet::new();
    let duplicates: Vec<usize> = found
        .iter()
        .enumerate()
        .filter_map(|(index, input)| {
            let input = input.as_ref().ok()?;
            (!seen_ids.insert(input.doc_id.as_str())).then_some(index)
        })
        .collect();
    for index in duplicates {
        if let Ok(input) = &found[index] {
            let rejection =
                Rejection::new(input.doc_id.clone(), &input.path, RejectReason::DuplicateId);
            found[index] = Err(rejection);
        }
    }
}

/// The name that stands for a root in ids when several roots are given: its folder name.
fn root_name(root: &Path, canonical: &Path) -> PathBuf {
    root.file_name()
        .or_else(|| canonical.file_name())
        .map_or_else(|| PathBuf::from("root"), PathBuf::from)
}

/// A document id from an optional root name and a relative path, and whether the path was
/// UTF-8 (a path that is not has its bad bytes escaped as `\xNN` in the id).
fn join_id(prefix: Option<&Path>, relative: &Path) -> (String, bool) {
    let path = match prefix {
        Some(prefix) => prefix.join(relative),
        None => relative.to_path_buf(),
    };
    let utf8 = path.to_str().is_some();
    (slash_path(&path), utf8)
}

/// An input file, unless its path is not UTF-8 (an id given out already is rejected after the
/// walk, by [`reject_duplicate_ids`]).
fn admit(path: PathBuf, (doc_id, utf8): (String, bool)) -> Discovered {
    if !utf8 || path.to_str().is_none() {
        return Err(Rejection::new(doc_id, &path, RejectReason::NotUtf8Name));
    }
    Ok(InputFile { path, doc_id })
}

/// What the walk of one root yields, in sorted order.
enum Walked {
    /// A file with a text extension.
    File(PathBuf),
    /// A folder that could not be listed or a file that could not be looked at.
    Failed(PathBuf, String),
}

/// Walks a folder, following symbolic links; a link back to a folder on the current path (a
/// loop) is not followed, and a folder that holds a coopex output manifest is skipped.
fn walk(root: &Path) -> impl Iterator<Item = Walked> {
    // The manifest's and the staging marker's names belong to the run layer above; naming them
    // here is what lets the walk recognise an output folder, finished or being written.
    let markers = [
        crate::run::files::MANIFEST_FILE,
        crate::run::files::STAGING_MARKER,
    ];
    walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(move |e| {
            e.depth() == 0
                || !e.file_type().is_dir()
                || !markers.iter().any(|m| e.path().join(m).is_file())
        })
        .filter_map(|entry| match entry {
            Ok(entry) if entry.file_type().is_file() && has_text_extension(entry.path()) => {
                Some(Walked::File(entry.into_path()))
            }
            Ok(_) => None,
            // A loop's files are read through the folder it points back to.
            Err(e) if e.loop_ancestor().is_some() => None,
            Err(e) => {
                let path = e.path()?.to_path_buf();
                // A broken link or unreadable entry matters only where a document could be.
                (path.is_dir() || has_text_extension(&path) || e.depth() == 0).then(|| {
                    let why = e
                        .io_error()
                        .map_or_else(|| e.to_string(), std::string::ToString::to_string);
                    Walked::Failed(path, format!("cannot list or read: {why}"))
                })
            }
        })
}

fn has_text_extension(path: &Path) -> bool {
    // Looked at as bytes, so a file whose name is not UTF-8 is still recognised (and rejected).
    let Some(name) = path.file_name() else {
        return false;
    };
    let name = name.as_encoded_bytes();
    let name = match name.len().checked_sub(3) {
        Some(cut) if name[cut..].eq_ignore_ascii_case(b".gz") => &name[..cut],
        _ => name,
    };
    name.iter().rposition(|&b| b == b'.').is_some_and(|dot| {
        let ext = &name[dot + 1..];
        TEXT_EXTENSIONS
            .iter()
            .any(|t| ext.eq_ignore_ascii_case(t.as_bytes()))
    })
}

/// The extension that says what a file holds: `txt` for both `a.txt` and `a.txt.gz`.
fn inner_extension(path: &Path) -> Option<&str> {
    let name = path.file_name()?.to_str()?;
    let name = if crate::text::decode::is_gzip(path) {
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
        .map(|c| escape_name(c.as_os_str()))
        .collect::<Vec<_>>()
        .join("/")
}

/// A name as text: UTF-8 as it is, each byte of an invalid sequence as `\xNN`.
fn escape_name(name: &std::ffi::OsStr) -> String {
    let mut out = String::new();
    for chunk in name.as_encoded_bytes().utf8_chunks() {
        out.push_str(chunk.valid());
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02x}"));
        }
    }
    out
}

/// A path's bytes in lowercase hex when it is not UTF-8 (`None` when it is).
pub fn path_hex(path: &Path) -> Option<String> {
    if path.to_str().is_some() {
        return None;
    }
    Some(
        path.as_os_str()
            .as_encoded_bytes()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect(),
    )
}

/// A file as read: its bytes, and what they decompress to.
struct FileBytes {
    raw: Vec<u8>,
    /// The decompressed bytes of a `.gz` file.
    content: Option<Vec<u8>>,
    /// The metadata of the file as it was opened.
    metadata: fs::Metadata,
}

/// Reads a file's bytes and, for a `.gz` file, decompresses them. The file is opened once and
/// its size taken from the open file: each lookup of a path costs a system call, for every
/// file of a batch.
fn read_bytes(path: &Path, max_bytes: u64) -> Result<FileBytes, RejectReason> {
    let unreadable = |e: std::io::Error| RejectReason::Unreadable(e.to_string());
    let too_large = |size: u64| {
        (size > max_bytes).then_some(RejectReason::TooLarge {
            bytes: size,
            limit: max_bytes,
        })
    };
    let mut file = match fs::File::open(path) {
        Ok(file) => file,
        Err(e) => {
            // A file too large is reported as such even when it cannot be opened.
            let size = fs::metadata(path).map_err(unreadable)?.len();
            return Err(too_large(size).unwrap_or_else(|| unreadable(e)));
        }
    };
    let metadata = file.metadata().map_err(unreadable)?;
    if let Some(reason) = too_large(metadata.len()) {
        return Err(reason);
    }
    let mut raw = Vec::new();
    raw.try_reserve_exact(usize::try_from(metadata.len()).unwrap_or(0))
        .map_err(|e| RejectReason::Unreadable(e.to_string()))?;
    std::io::Read::read_to_end(&mut file, &mut raw).map_err(unreadable)?;
    let content = if crate::text::decode::is_gzip(path) {
        Some(crate::text::decode::gunzip(&raw, max_bytes)?)
    } else {
        None
    };
    Ok(FileBytes {
        raw,
        content,
        metadata,
    })
}

/// Reads one input file (not a `.jsonl` one) and checks it.
///
/// # Errors
/// A [`Rejection`] naming the reason when the file is unreadable, empty, too large, binary or
/// in no known encoding.
pub fn read_document(input: &InputFile, max_bytes: u64) -> Result<Document, Rejection> {
    read_document_with_metadata(input, max_bytes).map(|(doc, _)| doc)
}

/// [`read_document`], with the metadata of the file as it was opened (its size and
/// modification time, for the incremental manifest).
///
/// # Errors
/// As [`read_document`].
pub fn read_document_with_metadata(
    input: &InputFile,
    max_bytes: u64,
) -> Result<(Document, fs::Metadata), Rejection> {
    let path = input.path.to_string_lossy().into_owned();
    let reject = |reason| Rejection {
        doc_id: input.doc_id.clone(),
        path: path.clone(),
        path_hex: path_hex(&input.path),
        reason,
    };
    let FileBytes {
        raw,
        content,
        metadata,
    } = read_bytes(&input.path, max_bytes).map_err(reject)?;
    let sha256 = hex::encode(Sha256::digest(&raw));
    let compression = content.is_some().then(|| "gzip".to_string());
    let mut doc = check_content(
        input.doc_id.clone(),
        path.clone(),
        content.unwrap_or(raw),
        sha256,
    )
    .map_err(reject)?;
    doc.compression = compression;
    if crate::text::decode::is_html(inner_extension(&input.path)) {
        doc.text = crate::text::decode::html_view(&doc.text);
        doc.markup = Some("html".to_string());
        if doc.text.trim_matches(is_blank_or_padding).is_empty() {
            return Err(reject(RejectReason::Empty));
        }
    }
    Ok((doc, metadata))
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
        path_hex: path_hex(&input.path),
        reason,
    };
    let FileBytes { raw, content, .. } =
        read_bytes(&input.path, max_bytes).map_err(|r| reject(input.doc_id.clone(), r))?;
    let text = crate::text::decode::decode(content.unwrap_or(raw))
        .map_err(|r| reject(input.doc_id.clone(), r))?
        .text;
    let mut seen = std::collections::HashSet::new();
    Ok(json_lines(&text)
        .map(|(number, line)| {
            let document = json_line_document(number, line, Some(&input.doc_id), &path, max_bytes)
                .map_err(|e| {
                    let id = e.id.map_or_else(
                        || format!("{}#line-{number}", input.doc_id),
                        |id| format!("{}#{id}", input.doc_id),
                    );
                    reject(id, e.reason)
                })?;
            // An id given twice would make two documents that `audit` cannot tell apart.
            if !seen.insert(document.doc_id.clone()) {
                return Err(reject(
                    document.doc_id,
                    RejectReason::Line {
                        line: number,
                        code: "duplicate_id",
                        detail: "duplicate id: an earlier line has this id".to_string(),
                    },
                ));
            }
            Ok(document)
        })
        .collect())
}

/// The non-blank lines of a JSON Lines text with their 1-based numbers; a byte order mark
/// before the first line is not part of it.
fn json_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.strip_prefix('\u{feff}')
        .unwrap_or(text)
        .lines()
        .enumerate()
        .map(|(index, line)| (index + 1, line))
        .filter(|(_, line)| !line.trim().is_empty())
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
        Some(Value::String(date)) if is_calendar_date(&date) => Some(date),
        Some(Value::String(date)) => {
            return Err(fail(
                id,
                "invalid_published",
                format!("`published` {date:?} is not a date (YYYY-MM-DD)"),
            ))
        }
        _ => None,
    };
    let mut doc = check_bytes(doc_id, path, text.into_bytes(), max_bytes)
        .map_err(|reason| fail(id.clone(), reason.code(), reason.to_string()))?;
    doc.published = published;
    doc.meta = (!fields.is_empty()).then(|| fields.into_iter().collect());
    Ok(doc)
}

/// Whether a text starts with a real calendar date, `YYYY-MM-DD` (`2020-02-30` is not one),
/// followed by nothing or by a time (`T…` or ` …`).
fn is_calendar_date(text: &str) -> bool {
    let cut = text.len().min(10);
    if !text.is_char_boundary(cut) {
        return false;
    }
    let (date, rest) = text.split_at(cut);
    if !(rest.is_empty() || rest.starts_with(['T', ' '])) {
        return false;
    }
    // `YYYY-MM-DD` exactly (jiff also reads other ISO 8601 forms), then the calendar's say.
    let bytes = date.as_bytes();
    let shaped = bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                *b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    shaped && date.parse::<jiff::civil::Date>().is_ok()
}

/// A document's source read again (by `audit` and `export`): the hash to compare with the
/// recorded one, and the text decoded the way `extract` decoded it (`None` when it no longer
/// decodes). A document of a `.jsonl` file is found by its id.
///
/// # Errors
/// The file cannot be read, or a `.jsonl` file no longer holds the document.
pub fn read_source(path: &Path, doc_id: &str) -> std::io::Result<(String, Option<String>)> {
    let FileBytes { raw, content, .. } =
        read_bytes(path, u64::MAX).map_err(|r| std::io::Error::other(r.to_string()))?;
    if is_json_lines(path) {
        let text = crate::text::decode::decode(content.unwrap_or(raw))
            .map_err(|r| std::io::Error::other(r.to_string()))?
            .text;
        let prefix = doc_id.rsplit_once('#').map_or(doc_id, |(p, _)| p);
        let path_text = path.to_string_lossy();
        // The first line with the id is the document (a later one was rejected duplicate_id).
        let found = json_lines(&text).find_map(|(number, line)| {
            json_line_document(number, line, Some(prefix), &path_text, u64::MAX)
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
    let sha256 = hex::encode(Sha256::digest(&raw));
    let html = crate::text::decode::is_html(inner_extension(path));
    let text = crate::text::decode::decode(content.unwrap_or(raw))
        .ok()
        .map(|d| {
            if html {
                crate::text::decode::html_view(&d.text)
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
    let sha256 = hex::encode(Sha256::digest(&bytes));
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
    let decoded = crate::text::decode::decode(bytes)?;
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
    // Counted a byte-sized total per run of 255 bytes, so the count is a few vector
    // instructions per run instead of a branch per byte.
    let control: usize = bytes
        .chunks(usize::from(u8::MAX))
        .map(|run| {
            let in_run = run
                .iter()
                .fold(0u8, |n, &b| n + u8::from(is_control_byte(b)));
            usize::from(in_run)
        })
        .sum();
    control * 10 > bytes.len().max(1)
}

/// A control byte that text does not hold: below 0x20 and not a line feed, carriage return,
/// tab or form feed.
fn is_control_byte(b: u8) -> bool {
    b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)
}

/// An invented text as the document `a.txt`, for tests.
#[cfg(test)]
pub(crate) fn invented(text: &str) -> Document {
    check_bytes(
        "a.txt".into(),
        "a.txt".into(),
        text.as_bytes().to_vec(),
        1 << 20,
    )
    .expect("an invented text is a document")
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
    fn a_tenth_of_control_bytes_makes_a_file_binary_at_any_length() {
        // Control bytes counted across the runs the count is cut into: just at and just over
        // a tenth of the file, with runs of controls longer than one run.
        for len in [9, 10, 254, 255, 256, 2550, 2551, 5000] {
            for controls in [len / 10, len / 10 + 1] {
                let mut bytes = vec![b'a'; len];
                bytes[..controls].fill(0x01);
                bytes.rotate_right(len / 3);
                assert_eq!(
                    looks_binary(&bytes),
                    controls * 10 > len,
                    "{len} {controls}"
                );
            }
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
            hex::encode(Sha256::digest("NASA’s probe\r\n".as_bytes()))
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
        assert_eq!(ids(&found), ["a.md", "b.txt", "sub/c.txt"]);
    }

    /// The ids of the inputs found, a rejected one as `id!code`.
    fn ids(found: &[Discovered]) -> Vec<String> {
        found
            .iter()
            .map(|d| match d {
                Ok(input) => input.doc_id.clone(),
                Err(r) => format!("{}!{}", r.doc_id, r.reason.code()),
            })
            .collect()
    }

    #[cfg(unix)]
    #[test]
    fn symlink_loops_end_and_each_file_is_read_once() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("sub")).unwrap();
        fs::write(dir.path().join("sub/x.txt"), "x").unwrap();
        symlink(".", dir.path().join("a")).unwrap();
        symlink(".", dir.path().join("b")).unwrap();
        symlink("..", dir.path().join("sub/up")).unwrap();
        symlink("sub", dir.path().join("twin")).unwrap();
        symlink("sub/x.txt", dir.path().join("y.txt")).unwrap();
        let found = discover(&[dir.path().to_path_buf()]).unwrap();
        assert_eq!(ids(&found), ["sub/x.txt"]);
    }

    #[test]
    fn a_folder_holding_an_output_manifest_is_not_read() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("out")).unwrap();
        fs::write(dir.path().join("out/manifest.json"), "{}").unwrap();
        fs::write(dir.path().join("out/claims.jsonl"), "{}").unwrap();
        fs::write(dir.path().join("a.txt"), "x").unwrap();
        let found = discover(&[dir.path().to_path_buf()]).unwrap();
        assert_eq!(ids(&found), ["a.txt"]);
    }

    #[cfg(unix)]
    #[test]
    fn a_file_name_that_is_not_utf8_is_rejected_with_its_bytes() {
        use std::os::unix::ffi::OsStrExt;
        let dir = tempfile::tempdir().unwrap();
        let name = std::ffi::OsStr::from_bytes(b"caf\xe9.txt");
        if fs::write(dir.path().join(name), "x").is_err() {
            return; // a file system that refuses such names cannot hold the case
        }
        let found = discover(&[dir.path().to_path_buf()]).unwrap();
        assert_eq!(ids(&found), ["caf\\xe9.txt!not_utf8_name"]);
        let rejection = found[0].as_ref().unwrap_err();
        let hex = rejection.path_hex.as_deref().unwrap();
        assert!(hex.ends_with("636166e92e747874"), "{hex}");
    }

    #[test]
    fn a_repeated_jsonl_id_is_rejected_and_a_bom_hides_no_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("d.jsonl");
        let lines = "\u{feff}{\"id\": \"a\", \"text\": \"Zorvia met Quellan.\"}\n\
                     {\"id\": \"a\", \"text\": \"Quellan met Zorvia.\"}\n";
        fs::write(&path, lines).unwrap();
        let input = InputFile {
            path,
            doc_id: "d.jsonl".to_string(),
        };
        let read: Vec<Discovered> = read_json_lines(&input, 1000)
            .unwrap()
            .into_iter()
            .map(|d| {
                d.map(|doc| InputFile {
                    path: PathBuf::new(),
                    doc_id: doc.doc_id,
                })
            })
            .collect();
        assert_eq!(ids(&read), ["d.jsonl#a", "d.jsonl#a!duplicate_id"]);
    }

    #[test]
    fn published_must_be_a_calendar_date() {
        let cases = [
            ("2020-02-29", true),
            ("2021-02-29", false),
            ("2020-02-30", false),
            ("2020-13-01", false),
            ("2020-04-31", false),
            ("2020-04-30T10:00:00Z", true),
            ("2020-4-30", false),
            ("yesterday", false),
            ("2020-02-0\u{e9}", false),
            ("", false),
        ];
        for (text, valid) in cases {
            assert_eq!(is_calendar_date(text), valid, "{text}");
        }
        let line = r#"{"id": "x", "text": "Zorvia met Quellan.", "published": "2020-02-30"}"#;
        let error = json_line_document(1, line, None, "-", 1000).unwrap_err();
        assert_eq!(error.reason.code(), "invalid_published");
    }

    #[test]
    fn roots_are_deduplicated_and_several_roots_are_named_by_their_folder() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["one/a.txt", "two/a.txt"] {
            fs::create_dir_all(dir.path().join(name).parent().unwrap()).unwrap();
            fs::write(dir.path().join(name), "x").unwrap();
        }
        let one = dir.path().join("one");
        let same = dir.path().join("two/../one/.");
        let found = discover(&[one.clone(), same]).unwrap();
        assert_eq!(ids(&found), ["a.txt"]);
        let found = discover(&[one, dir.path().join("two")]).unwrap();
        assert_eq!(ids(&found), ["one/a.txt", "two/a.txt"]);
    }

    #[test]
    fn an_id_found_again_under_a_root_of_the_same_name_is_rejected_there() {
        let dir = tempfile::tempdir().unwrap();
        for name in [
            "a/docs/x.txt",
            "a/docs/y.txt",
            "b/docs/x.txt",
            "b/docs/z.txt",
        ] {
            fs::create_dir_all(dir.path().join(name).parent().unwrap()).unwrap();
            fs::write(dir.path().join(name), "x").unwrap();
        }
        let found = discover(&[dir.path().join("a/docs"), dir.path().join("b/docs")]).unwrap();
        assert_eq!(
            ids(&found),
            [
                "docs/x.txt",
                "docs/y.txt",
                "docs/x.txt!duplicate_id",
                "docs/z.txt"
            ]
        );
        let Err(rejection) = &found[2] else {
            panic!("{found:?}")
        };
        assert_eq!(
            rejection.path,
            dir.path().join("b/docs/x.txt").to_string_lossy()
        );
    }

    #[test]
    fn discover_reports_missing_path() {
        let err = discover(&[PathBuf::from("/no/such/coopex/input")]).unwrap_err();
        assert!(err.to_string().contains("/no/such/coopex/input"));
    }
}
