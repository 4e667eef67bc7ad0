//! The HTML report: one self-contained page an analyst opens in a browser (`coopex report`).
//!
//! [`load`] reads an output folder (`summary.json`, `documents.jsonl`, `claims.jsonl`,
//! `relations.jsonl`, `network.json`) and audits it ([`crate::tools::audit::audit`], without rebase);
//! [`render`] turns that into the page. The page holds:
//!
//! - a header with the run (documents, mentions, claims, relations, schema version, gazetteer
//!   version and hash) and the audit's counts per status, with every claim that no longer holds;
//! - the cooperation network as an inline SVG whose layout is computed here ([`layout()`]): a
//!   Fruchterman–Reingold force-directed layout, nodes started on a circle in id order, a fixed
//!   number of iterations and no randomness, so the same network gives the same picture;
//! - a table of relations and a table of claims, each row with its evidence sentence (parties,
//!   missions and cues highlighted) and its citation (path, line, column, byte span, SHA-256
//!   prefix, claim id, rule), sortable by clicking a column header and filtered by a text box
//!   and kind, polarity and audit-status selects;
//! - a list of the documents.
//!
//! Everything is inline (CSS, a small vanilla script, the SVG), and a Content-Security-Policy
//! forbids loading anything, so the page works offline and leaks nothing. The filter state is
//! kept in the URL fragment (`report.html#q=Russia&kind=prohibition&polarity=negative`,
//! `#status=changed`, `#rel=<relation_id>`) and applied on load, so a filtered view can be
//! shared as a link. Rows the filter hides get the `hidden` attribute; the element
//! `#claim-count` (and `#relation-count`) says `N of M claims` and carries `data-visible` and
//! `data-total`. The text filter matches, case-insensitively and every word, the kind,
//! polarity, modality, parties, missions, document and evidence sentence of a claim row, and
//! the parties, mission, kind, polarity and documents of a relation row.
//!
//! The same output folder gives the same bytes: no timestamps, coordinates printed with one
//! decimal.
//!
//! The code follows the page: this module reads the folder and assembles the document, `page`
//! writes the header, the filter controls and the tables (with the evidence highlighting),
//! `layout` places and draws the network, and `page.css` and `page.js` are the inline style
//! and script.

mod layout;
mod page;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use crate::record::{ClaimRecord, DocumentRecord, Network, RelationRecord, Summary};
use crate::run::files::{CLAIMS_FILE, DOCUMENTS_FILE, NETWORK_FILE, RELATIONS_FILE, SUMMARY_FILE};
use crate::tools::audit::{audit, AuditError, AuditReport};

pub use layout::layout;
pub use page::highlight_evidence;

/// What stops a report: a file of the output folder cannot be read, or the audit fails.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// A file could not be read.
    #[error("cannot read {}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// The underlying I/O error.
        source: std::io::Error,
    },
    /// A file (or, for JSON Lines, one line of it) is not a valid record.
    #[error("{}{}: malformed record", path.display(), line.map(|l| format!(":{l}")).unwrap_or_default())]
    Malformed {
        /// The file.
        path: PathBuf,
        /// The 1-based line, for a JSON Lines file.
        line: Option<usize>,
        /// What the JSON reader said.
        source: serde_json::Error,
    },
    /// The audit of the folder failed (its error, unchanged).
    #[error(transparent)]
    Audit(#[from] AuditError),
}

/// Everything the page shows, read from an output folder.
#[derive(Debug, Clone)]
pub struct ReportData {
    /// The output folder, as the user named it (shown in the header).
    pub out_dir: PathBuf,
    /// Where the audit looked for the documents (`--corpus`); empty: their recorded paths.
    pub corpus: Vec<PathBuf>,
    /// `summary.json`.
    pub summary: Summary,
    /// `documents.jsonl`.
    pub documents: Vec<DocumentRecord>,
    /// `claims.jsonl`.
    pub claims: Vec<ClaimRecord>,
    /// `relations.jsonl`.
    pub relations: Vec<RelationRecord>,
    /// `network.json`.
    pub network: Network,
    /// The audit of the folder, made now.
    pub audit: AuditReport,
}

/// Reads an output folder and audits it against the documents (looked for under `corpus` by
/// `doc_id` when given, else at their recorded paths). Nothing is rewritten.
///
/// # Errors
/// When a file of the folder cannot be read or holds a malformed record (the error names the
/// file, and the line for JSON Lines files), or the audit cannot run.
pub fn load(out_dir: &Path, corpus: &[PathBuf]) -> Result<ReportData, ReportError> {
    let summary = read_json(&out_dir.join(SUMMARY_FILE))?;
    let documents = read_jsonl(&out_dir.join(DOCUMENTS_FILE))?;
    let claims = read_jsonl(&out_dir.join(CLAIMS_FILE))?;
    let relations = read_jsonl(&out_dir.join(RELATIONS_FILE))?;
    let network = read_json(&out_dir.join(NETWORK_FILE))?;
    let audit = audit(out_dir, corpus, false)?;
    Ok(ReportData {
        out_dir: out_dir.to_path_buf(),
        corpus: corpus.to_vec(),
        summary,
        documents,
        claims,
        relations,
        network,
        audit,
    })
}

fn read_text(path: &Path) -> Result<String, ReportError> {
    std::fs::read_to_string(path).map_err(|source| ReportError::Read {
        path: path.to_path_buf(),
        source,
    })
}

/// The record a JSON text holds; `line` is where it was in a JSON Lines file.
fn parse<T: DeserializeOwned>(
    text: &str,
    path: &Path,
    line: Option<usize>,
) -> Result<T, ReportError> {
    serde_json::from_str(text).map_err(|source| ReportError::Malformed {
        path: path.to_path_buf(),
        line,
        source,
    })
}

fn read_json<T: DeserializeOwned>(path: &Path) -> Result<T, ReportError> {
    parse(&read_text(path)?, path, None)
}

fn read_jsonl<T: DeserializeOwned>(path: &Path) -> Result<Vec<T>, ReportError> {
    read_text(path)?
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(index, line)| parse(line, path, Some(index + 1)))
        .collect()
}

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// The page's style sheet, inlined in `<style>`.
const STYLE: &str = include_str!("page.css");

/// The page's script (filters, sorting, URL fragment), inlined in `<script>`.
const SCRIPT: &str = include_str!("page.js");

/// Renders the page: a complete HTML document, the same bytes for the same data.
pub fn render(data: &ReportData) -> String {
    let mut html = String::with_capacity(64 * 1024 + data.claims.len() * 2048);
    let out_dir = data.out_dir.display().to_string();
    let _ = write!(
        html,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>coopex report: {}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n",
        escape(&out_dir)
    );
    page::render_header(&mut html, data);
    page::render_controls(&mut html);
    html.push_str("<main>\n");
    layout::render_network(&mut html, &data.network);
    page::render_relations(&mut html, &data.relations);
    page::render_claims(&mut html, data);
    page::render_documents(&mut html, &data.documents);
    let _ = write!(
        html,
        "</main>\n<script>\n{SCRIPT}</script>\n</body>\n</html>\n"
    );
    html
}

/// `n` and the noun that fits it (`1 claim`, `3 claims`), for the tables and the network.
fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_errors_name_the_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("claims.jsonl");
        std::fs::write(&path, "{}\n\n{\"cut\n").unwrap();
        let error = read_jsonl::<serde_json::Value>(&path).unwrap_err();
        assert_eq!(
            error.to_string(),
            format!("{}:3: malformed record", path.display())
        );
        let error = read_json::<serde_json::Value>(&path).unwrap_err();
        assert_eq!(
            error.to_string(),
            format!("{}: malformed record", path.display())
        );
        let missing = dir.path().join("summary.json");
        let error = read_json::<Summary>(&missing).unwrap_err();
        assert_eq!(
            error.to_string(),
            format!("cannot read {}", missing.display())
        );
        assert!(std::error::Error::source(&error).is_some());
    }

    #[test]
    fn escape_covers_markup_and_quotes() {
        assert_eq!(
            escape(r#"<a href="x">Tom & 'Jerry'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;"
        );
    }
}
