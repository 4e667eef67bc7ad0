//! Proving citations still hold: `coopex audit` re-reads every source document named in an
//! output folder and checks every claim and mention against it.
//!
//! Per claim the status is `ok` (hash and every span hold), `changed` (the document's hash
//! differs; the evidence quote is looked for again by its `TextQuoteSelector`, exact text plus
//! prefix and suffix, as annotation tools re-anchor), `missing` (the document is gone) or
//! `corrupt` (the hash matches but a span does not hold its text, or lies outside the evidence).
//! The output files themselves are checked too: malformed lines, unknown fields, claims whose
//! document has no record, a duplicate document or claim, a `claim_id` that does not match the
//! claim's content (document hash, evidence span, kind, parties), and counts that
//! `documents.jsonl` and `summary.json` state but the files do not hold (a removed or added
//! line). With rebase, claims and mentions of changed documents whose quotes were found again
//! are rewritten with their new offsets (and a moved claim with the id its new content gives).

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::record::{
    ClaimRecord, DocumentRecord, EntityRef, MentionRecord, QuoteSelector, RelationRecord, Span,
};
use crate::run::files::{
    CLAIMS_FILE, DOCUMENTS_FILE, MENTIONS_FILE, REJECTED_FILE, RELATIONS_FILE, SUMMARY_FILE,
};
use crate::run::write::{write_text_atomic, AtomicFile};
use crate::text::ingest;
use crate::text::lines::LineIndex;

/// What audit found for one claim or mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// The document is unchanged and every span holds.
    Ok,
    /// The document's content changed since extraction.
    Changed,
    /// The document is gone.
    Missing,
    /// The document is unchanged but a span does not hold.
    Corrupt,
}

/// The audit of one claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClaimAudit {
    /// The claim.
    pub claim_id: String,
    /// Its document.
    pub doc_id: String,
    /// Line of `claims.jsonl`.
    pub line: usize,
    /// What holds.
    pub status: Status,
    /// Why, in words (empty when ok).
    pub detail: String,
    /// For a changed document: where the evidence quote is now, when it was found again.
    pub relocated: Option<(usize, usize)>,
}

/// A problem in the output files themselves.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FileFinding {
    /// The file.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub problem: String,
}

/// The audit report.
#[derive(Debug, Clone, Default, Serialize)]
pub struct AuditReport {
    /// Documents named in `documents.jsonl`.
    pub documents: usize,
    /// Claims by status.
    pub claims: BTreeMap<String, usize>,
    /// Mentions by status.
    pub mentions: BTreeMap<String, usize>,
    /// Every claim that is not `ok`.
    pub claim_problems: Vec<ClaimAudit>,
    /// Mentions that are not `ok`: (line of `mentions.jsonl`, status, detail).
    pub mention_problems: Vec<(usize, Status, String)>,
    /// Problems in the output files.
    pub file_problems: Vec<FileFinding>,
    /// Claims rewritten with new offsets (with rebase).
    pub rebased: usize,
}

impl AuditReport {
    /// Whether everything holds.
    pub fn all_ok(&self) -> bool {
        self.claim_problems.is_empty()
            && self.mention_problems.is_empty()
            && self.file_problems.is_empty()
    }
}

/// Why an audit could not be made (what it finds in the files is in the [`AuditReport`]).
#[derive(Debug, thiserror::Error)]
pub enum AuditError {
    /// A corpus root is not a folder.
    #[error("corpus folder {}: no such folder", .0.display())]
    NoCorpus(PathBuf),
    /// An output file could not be read.
    #[error("cannot read {}: {source}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// With rebase, an output file could not be written again.
    #[error("cannot rebase {file}: {reason}")]
    Rebase {
        /// The output file's name.
        file: &'static str,
        /// Why, with the path it concerns.
        reason: String,
    },
}

impl AuditError {
    /// The error for an output file that could not be written again (`{:#}` keeps the causes
    /// of an error that has them).
    fn rebase<E: std::fmt::Display>(file: &'static str) -> impl FnOnce(E) -> AuditError {
        move |error| AuditError::Rebase {
            file,
            reason: format!("{error:#}"),
        }
    }
}

/// A source document as found now.
enum Source {
    /// Same bytes as at extraction.
    Same(String),
    /// Other bytes; the text when it still decodes.
    Changed(Option<String>),
    /// Not found.
    Missing(PathBuf),
}

/// The documents of the output folder, with the source of one of them loaded at a time:
/// records come grouped by document, so memory holds one document's text, not the corpus.
struct Sources<'a> {
    documents: HashMap<String, DocumentRecord>,
    corpus: &'a [PathBuf],
    loaded: Option<(String, Source)>,
}

impl Sources<'_> {
    /// The record and source of a document, loading its source when another one is loaded.
    fn get(&mut self, doc_id: &str) -> Option<(&DocumentRecord, &Source)> {
        let doc = self.documents.get(doc_id)?;
        if self.loaded.as_ref().is_none_or(|(id, _)| id != doc_id) {
            self.loaded = Some((doc_id.to_string(), locate(doc, self.corpus)));
        }
        let source = &self.loaded.as_ref().expect("loaded above").1;
        Some((doc, source))
    }
}

/// What `claims.jsonl` and `mentions.jsonl` hold, to compare with what the records state.
#[derive(Default)]
struct Held {
    /// Claims and mentions per document.
    by_document: HashMap<String, (usize, usize)>,
    /// Claim lines.
    claims: usize,
    /// Mention lines.
    mentions: usize,
}

/// With rebase: every claim and mention written again as it is read, and what moved. The files
/// are moved into place only when some quote was found at new offsets.
struct Rebase {
    claims: AtomicFile,
    mentions: AtomicFile,
    /// Old claim id → (new id, new evidence start, end), for `relations.jsonl`.
    moved: HashMap<String, (String, usize, usize)>,
    /// Document id → (new hash, new size), for `documents.jsonl`.
    changed_documents: HashMap<String, (String, usize)>,
    /// The line starts of the changed document whose claims are being moved (claims come
    /// document by document), for their line and column.
    lines: Option<(String, LineIndex)>,
}

impl Rebase {
    fn create(out_dir: &Path) -> Result<Rebase, AuditError> {
        Ok(Rebase {
            claims: AtomicFile::create(out_dir, CLAIMS_FILE)
                .map_err(AuditError::rebase(CLAIMS_FILE))?,
            mentions: AtomicFile::create(out_dir, MENTIONS_FILE)
                .map_err(AuditError::rebase(MENTIONS_FILE))?,
            moved: HashMap::new(),
            changed_documents: HashMap::new(),
            lines: None,
        })
    }

    /// Moves the rewritten files into place, with `documents.jsonl` and `relations.jsonl`
    /// following the moved claims.
    fn commit(self, out_dir: &Path) -> Result<(), AuditError> {
        rewrite_documents(out_dir, &self.changed_documents)?;
        self.claims
            .commit()
            .map_err(AuditError::rebase(CLAIMS_FILE))?;
        self.mentions
            .commit()
            .map_err(AuditError::rebase(MENTIONS_FILE))?;
        rewrite_relations(out_dir, &self.moved)
    }
}

/// Audits an output folder. `corpus` roots, when given, are where documents are looked for
/// (by `doc_id`) before the recorded path. Claims and mentions are read and checked one at a
/// time, so memory does not grow with the output.
///
/// The steps: read `documents.jsonl`; check each claim, then each mention, against its
/// document; compare the counts the files state with what they hold; with rebase, move the
/// rewritten files into place.
///
/// # Errors
/// When a corpus root is not a folder, the output folder's files cannot be read, or rebased
/// files cannot be written.
pub fn audit(out_dir: &Path, corpus: &[PathBuf], rebase: bool) -> Result<AuditReport, AuditError> {
    if let Some(root) = corpus.iter().find(|root| !root.is_dir()) {
        return Err(AuditError::NoCorpus(root.clone()));
    }
    let mut report = AuditReport::default();
    let Documents { records, lines } = read_documents(out_dir, &mut report.file_problems)?;
    report.documents = records.len();
    let mut sources = Sources {
        documents: records,
        corpus,
        loaded: None,
    };
    let mut held = Held::default();
    let mut rebased = rebase.then(|| Rebase::create(out_dir)).transpose()?;
    audit_claims(
        out_dir,
        &mut sources,
        &mut held,
        rebased.as_mut(),
        &mut report,
    )?;
    audit_mentions(
        out_dir,
        &mut sources,
        &mut held,
        rebased.as_mut(),
        &mut report,
    )?;
    check_document_counts(&lines, &sources.documents, &held, &mut report.file_problems);
    check_summary(
        out_dir,
        [
            ("documents", lines.len()),
            ("claims", held.claims),
            ("mentions", held.mentions),
        ],
        &mut report.file_problems,
    );
    report
        .file_problems
        .sort_by(|a, b| (a.file.as_str(), a.line).cmp(&(b.file.as_str(), b.line)));
    if let (true, Some(rebased)) = (report.rebased > 0, rebased) {
        rebased.commit(out_dir)?;
    }
    Ok(report)
}

/// The records of `documents.jsonl`.
struct Documents {
    /// Each document's record by its id.
    records: HashMap<String, DocumentRecord>,
    /// (line, doc_id) of each record, in file order.
    lines: Vec<(usize, String)>,
}

/// Reads `documents.jsonl`; a second record of a document is a finding.
fn read_documents(
    out_dir: &Path,
    findings: &mut Vec<FileFinding>,
) -> Result<Documents, AuditError> {
    let mut documents = HashMap::new();
    let mut lines = Vec::new();
    let mut duplicates = Vec::new();
    for_each_record(
        out_dir,
        DOCUMENTS_FILE,
        findings,
        |line, doc: DocumentRecord| {
            if documents.contains_key(&doc.doc_id) {
                duplicates.push(finding(
                    DOCUMENTS_FILE,
                    line,
                    format!("document `{}` has a record already", doc.doc_id),
                ));
            } else {
                lines.push((line, doc.doc_id.clone()));
                documents.insert(doc.doc_id.clone(), doc);
            }
            Ok(())
        },
    )?;
    findings.append(&mut duplicates);
    Ok(Documents {
        records: documents,
        lines,
    })
}

/// Checks every claim of `claims.jsonl`: its id against its content, and its spans against
/// its document; with rebase, a claim whose quote was found again moves to its new offsets.
fn audit_claims(
    out_dir: &Path,
    sources: &mut Sources,
    held: &mut Held,
    mut rebased: Option<&mut Rebase>,
    report: &mut AuditReport,
) -> Result<(), AuditError> {
    let mut malformed = Vec::new();
    // Identical documents share claim ids (the id hashes the content), so a claim is a
    // duplicate only within its document.
    let mut claim_ids = std::collections::HashSet::new();
    for_each_record(
        out_dir,
        CLAIMS_FILE,
        &mut malformed,
        |line, mut claim: ClaimRecord| {
            held.claims += 1;
            held.by_document.entry(claim.doc_id.clone()).or_default().0 += 1;
            if !claim_ids.insert((claim.doc_id.clone(), claim.claim_id.clone())) {
                report.file_problems.push(finding(
                    CLAIMS_FILE,
                    line,
                    format!("claim {} appears twice in its document", claim.claim_id),
                ));
            }
            if claim.expected_id() != claim.claim_id {
                report.file_problems.push(finding(
                    CLAIMS_FILE,
                    line,
                    format!(
                        "claim {} does not match its content (document hash, evidence span, \
                     kind, polarity, modality or parties edited)",
                        claim.claim_id
                    ),
                ));
            }
            let Some((doc, source)) = sources.get(&claim.doc_id) else {
                let what = format!("claim {}", claim.claim_id);
                report
                    .file_problems
                    .push(orphan(CLAIMS_FILE, line, &what, &claim.doc_id));
                return Ok(());
            };
            let result = audit_claim(&claim, doc, source, line);
            *report.claims.entry(status_name(result.status)).or_default() += 1;
            if let (Some(rebased), Some((start, _)), Source::Changed(Some(text))) =
                (rebased.as_deref_mut(), result.relocated, source)
            {
                let (sha256, _) = rebased
                    .changed_documents
                    .entry(claim.doc_id.clone())
                    .or_insert_with(|| (hex::encode(Sha256::digest(text.as_bytes())), text.len()));
                if rebased
                    .lines
                    .as_ref()
                    .is_none_or(|(id, _)| *id != claim.doc_id)
                {
                    rebased.lines = Some((claim.doc_id.clone(), LineIndex::new(text)));
                }
                let (_, lines) = rebased.lines.as_ref().expect("set just above");
                claim.doc_sha256.clone_from(sha256);
                rebase_claim(&mut claim, text, lines, start);
                // The id hashes the document and the span, so a moved claim gets the id its new
                // content gives (and relations follow it), and a later audit can check it.
                let new_id = claim.expected_id();
                let old_id = std::mem::replace(&mut claim.claim_id, new_id.clone());
                rebased
                    .moved
                    .insert(old_id, (new_id, claim.evidence.start, claim.evidence.end));
                report.rebased += 1;
            }
            if result.status != Status::Ok {
                report.claim_problems.push(result);
            }
            if let Some(rebased) = rebased.as_deref_mut() {
                rebased
                    .claims
                    .write(&claim)
                    .map_err(AuditError::rebase(CLAIMS_FILE))?;
            }
            Ok(())
        },
    )?;
    report.file_problems.append(&mut malformed);
    Ok(())
}

/// Checks every mention of `mentions.jsonl` against its document; with rebase, a mention of a
/// changed document moves to the occurrence of its text nearest to where it was.
fn audit_mentions(
    out_dir: &Path,
    sources: &mut Sources,
    held: &mut Held,
    mut rebased: Option<&mut Rebase>,
    report: &mut AuditReport,
) -> Result<(), AuditError> {
    let mut malformed = Vec::new();
    let rebase = rebased.is_some();
    for_each_record(
        out_dir,
        MENTIONS_FILE,
        &mut malformed,
        |line, mut mention: MentionRecord| {
            held.mentions += 1;
            held.by_document
                .entry(mention.doc_id.clone())
                .or_default()
                .1 += 1;
            let Some((_, source)) = sources.get(&mention.doc_id) else {
                report
                    .file_problems
                    .push(orphan(MENTIONS_FILE, line, "mention", &mention.doc_id));
                return Ok(());
            };
            let (status, detail) = audit_mention(&mut mention, source, rebase);
            *report.mentions.entry(status_name(status)).or_default() += 1;
            if status != Status::Ok {
                report.mention_problems.push((line, status, detail));
            }
            if let Some(rebased) = rebased.as_deref_mut() {
                rebased
                    .mentions
                    .write(&mention)
                    .map_err(AuditError::rebase(MENTIONS_FILE))?;
            }
            Ok(())
        },
    )?;
    report.file_problems.append(&mut malformed);
    Ok(())
}

/// The status of one mention, and why; with `rebase`, a mention of a changed document moves to
/// the occurrence of its text nearest to where it was.
fn audit_mention(mention: &mut MentionRecord, source: &Source, rebase: bool) -> (Status, String) {
    match source {
        Source::Same(text) => match span_problem(text, mention.start, mention.end, &mention.text) {
            None => (Status::Ok, String::new()),
            Some(problem) => (Status::Corrupt, problem),
        },
        Source::Changed(text) => {
            if let (true, Some(text)) = (rebase, text) {
                if let Some(start) = nearest(text, &mention.text, mention.start) {
                    mention.end = start + mention.text.len();
                    mention.start = start;
                }
            }
            (
                Status::Changed,
                "document changed since extraction".to_string(),
            )
        }
        Source::Missing(path) => (Status::Missing, format!("{} not found", path.display())),
    }
}

/// Compares the claims and mentions each document record states with those the files hold.
fn check_document_counts(
    document_lines: &[(usize, String)],
    documents: &HashMap<String, DocumentRecord>,
    held: &Held,
    findings: &mut Vec<FileFinding>,
) {
    for (line, doc_id) in document_lines {
        let doc = &documents[doc_id];
        let (claims, mentions) = held.by_document.get(doc_id).copied().unwrap_or_default();
        if (claims, mentions) != (doc.claims, doc.mentions) {
            findings.push(finding(
                DOCUMENTS_FILE,
                *line,
                format!(
                    "document `{doc_id}` states {} and {}; the files hold {claims} and \
                     {mentions}",
                    count(doc.claims, "claim", "claims"),
                    count(doc.mentions, "mention", "mentions"),
                ),
            ));
        }
    }
}

/// `n` and the noun in the number it takes: "1 claim", "2 claims".
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn status_name(status: Status) -> String {
    serde_json::to_value(status)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// A finding in an output file.
fn finding(file: &str, line: usize, problem: String) -> FileFinding {
    FileFinding {
        file: file.to_string(),
        line,
        problem,
    }
}

/// Compares the counts `summary.json` states with the records the files hold (documents,
/// claims, mentions, and the lines of `rejected.jsonl`): a removed or added line shows here
/// even when no single record is wrong.
fn check_summary<const N: usize>(
    out_dir: &Path,
    held: [(&str, usize); N],
    findings: &mut Vec<FileFinding>,
) {
    let path = out_dir.join(SUMMARY_FILE);
    let summary: serde_json::Value = match fs::read_to_string(&path)
        .map_err(|e| e.to_string())
        .and_then(|text| serde_json::from_str(&text).map_err(|e| e.to_string()))
    {
        Ok(summary) => summary,
        Err(why) => {
            findings.push(finding(SUMMARY_FILE, 0, format!("unreadable: {why}")));
            return;
        }
    };
    let rejected = fs::read_to_string(out_dir.join(REJECTED_FILE))
        .map(|text| text.lines().filter(|l| !l.trim().is_empty()).count())
        .unwrap_or(0);
    for (name, count) in held.into_iter().chain([("rejected", rejected)]) {
        let stated = summary[name].as_u64();
        if stated != Some(count as u64) {
            findings.push(finding(
                SUMMARY_FILE,
                0,
                format!(
                    "`{name}` is {}, but the files hold {count}",
                    stated.map_or_else(|| "missing".to_string(), |n| n.to_string())
                ),
            ));
        }
    }
}

/// The finding for a record whose document has no record in `documents.jsonl`.
fn orphan(file: &str, line: usize, what: &str, doc_id: &str) -> FileFinding {
    FileFinding {
        file: file.to_string(),
        line,
        problem: format!("{what} names document `{doc_id}`, which has no record"),
    }
}

/// Reads a JSON Lines file record by record; each malformed line (bad JSON, unknown or
/// missing fields) becomes a finding with its line number.
fn for_each_record<T: DeserializeOwned>(
    out_dir: &Path,
    file: &str,
    findings: &mut Vec<FileFinding>,
    mut each: impl FnMut(usize, T) -> Result<(), AuditError>,
) -> Result<(), AuditError> {
    let path = out_dir.join(file);
    let unreadable = |source| AuditError::Read {
        path: path.clone(),
        source,
    };
    let reader = std::io::BufReader::new(fs::File::open(&path).map_err(unreadable)?);
    for (index, line) in std::io::BufRead::lines(reader).enumerate() {
        let line = line.map_err(unreadable)?;
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str(&line) {
            Ok(record) => each(index + 1, record)?,
            Err(e) => findings.push(FileFinding {
                file: file.to_string(),
                line: index + 1,
                problem: format!("malformed record: {e}"),
            }),
        }
    }
    Ok(())
}

/// Finds a document's source — under a corpus root by its id, else at its recorded path — and
/// reads it the way `extract` did (decompressed, decoded, a `.jsonl` document by its id).
fn locate(doc: &DocumentRecord, corpus: &[PathBuf]) -> Source {
    let file = ingest::source_file_of(&doc.doc_id);
    let recorded = PathBuf::from(&doc.path);
    let path = corpus
        .iter()
        .map(|root| root.join(file))
        .find(|p| p.is_file())
        .unwrap_or(recorded);
    match ingest::read_source(&path, &doc.doc_id) {
        Err(_) => Source::Missing(path),
        Ok((sha256, text)) => match (sha256 == doc.sha256, text) {
            (true, Some(text)) => Source::Same(text),
            (_, text) => Source::Changed(text),
        },
    }
}

fn audit_claim(
    claim: &ClaimRecord,
    doc: &DocumentRecord,
    source: &Source,
    line: usize,
) -> ClaimAudit {
    let mut result = ClaimAudit {
        claim_id: claim.claim_id.clone(),
        doc_id: claim.doc_id.clone(),
        line,
        status: Status::Ok,
        detail: String::new(),
        relocated: None,
    };
    match source {
        Source::Missing(path) => {
            result.status = Status::Missing;
            result.detail = format!("{} not found", path.display());
        }
        Source::Changed(text) => {
            result.status = Status::Changed;
            let found = text
                .as_deref()
                .and_then(|t| reanchor(t, &claim.evidence.selector, claim.evidence.start));
            result.relocated = found.map(|s| (s, s + claim.evidence.text.len()));
            result.detail = match found {
                Some(start) if start == claim.evidence.start => {
                    "document changed; the quoted sentence is still there, at the same offsets"
                        .to_string()
                }
                Some(start) => format!(
                    "document changed; the quoted sentence is now at {}..{} (was {}..{})",
                    start,
                    start + claim.evidence.text.len(),
                    claim.evidence.start,
                    claim.evidence.end
                ),
                None => "document changed; the quoted sentence is no longer in it".to_string(),
            };
        }
        Source::Same(text) => {
            if let Some(problem) = claim_problem(claim, doc, text) {
                result.status = Status::Corrupt;
                result.detail = problem;
            }
        }
    }
    result
}

/// The first way a claim's spans fail to hold in the unchanged document, if any.
fn claim_problem(claim: &ClaimRecord, doc: &DocumentRecord, text: &str) -> Option<String> {
    if claim.doc_sha256 != doc.sha256 {
        return Some("doc_sha256 differs from the document record".to_string());
    }
    let evidence = &claim.evidence;
    if let Some(p) = span_problem(text, evidence.start, evidence.end, &evidence.text) {
        return Some(format!("evidence: {p}"));
    }
    let inside = |start: usize, end: usize| start >= evidence.start && end <= evidence.end;
    let entities = claim
        .parties
        .iter()
        .map(|p| ("party", p))
        .chain(claim.missions.iter().map(|m| ("mission", m)));
    for (what, e) in entities {
        if let Some(p) = entity_problem(text, e) {
            return Some(format!("{what} {}: {p}", e.entity_id));
        }
        if !inside(e.start, e.end) {
            return Some(format!(
                "{what} {} lies outside the evidence sentence",
                e.entity_id
            ));
        }
    }
    for cue in &claim.cues {
        if let Some(p) = span_problem(text, cue.start, cue.end, &cue.text) {
            return Some(format!("cue: {p}"));
        }
        if !inside(cue.start, cue.end) {
            return Some(format!(
                "cue `{}` lies outside the evidence sentence",
                cue.text
            ));
        }
    }
    let extra = claim
        .time
        .iter()
        .map(|t| (t.start, t.end, t.text.as_str()))
        .chain(
            claim
                .quantities
                .iter()
                .map(|q| (q.start, q.end, q.text.as_str())),
        );
    for (start, end, written) in extra {
        if let Some(p) = span_problem(text, start, end, written) {
            return Some(format!("time or quantity: {p}"));
        }
    }
    None
}

fn entity_problem(text: &str, e: &EntityRef) -> Option<String> {
    span_problem(text, e.start, e.end, &e.text).or_else(|| {
        e.antecedent
            .as_ref()
            .and_then(|a: &Span| span_problem(text, a.start, a.end, &a.text))
            .map(|p| format!("antecedent: {p}"))
    })
}

/// Why `text[start..end]` is not `expected`, if it is not.
fn span_problem(text: &str, start: usize, end: usize, expected: &str) -> Option<String> {
    if start > end || end > text.len() {
        return Some(format!(
            "span {start}..{end} lies outside the document ({} bytes)",
            text.len()
        ));
    }
    if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        return Some(format!("span {start}..{end} cuts a character"));
    }
    (text[start..end] != *expected).then(|| {
        format!(
            "span {start}..{end} holds `{}`, not `{expected}`",
            &text[start..end]
        )
    })
}

/// Finds a quote again in an edited text: every occurrence of the exact text is scored by how
/// much of its recorded prefix and suffix still surround it; ties go to the occurrence nearest
/// the old offset.
pub fn reanchor(text: &str, selector: &QuoteSelector, old_start: usize) -> Option<usize> {
    text.match_indices(selector.exact.as_str())
        .map(|(at, _)| {
            let before = &text[..at];
            let after = &text[at + selector.exact.len()..];
            let prefix_match = common_suffix(before, &selector.prefix);
            let suffix_match = common_prefix(after, &selector.suffix);
            (prefix_match + suffix_match, at)
        })
        .max_by(|a, b| {
            a.0.cmp(&b.0)
                .then_with(|| b.1.abs_diff(old_start).cmp(&a.1.abs_diff(old_start)))
        })
        .map(|(_, at)| at)
}

fn common_suffix(a: &str, b: &str) -> usize {
    a.chars()
        .rev()
        .zip(b.chars().rev())
        .take_while(|(x, y)| x == y)
        .count()
}

fn common_prefix(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

/// The occurrence of `needle` in `text` nearest to `near`.
fn nearest(text: &str, needle: &str, near: usize) -> Option<usize> {
    text.match_indices(needle)
        .map(|(at, _)| at)
        .min_by_key(|at| at.abs_diff(near))
}

/// Moves a claim to its evidence's new offset in the edited text: every span inside the
/// evidence shifts with it; antecedents are found again nearest to where they were.
fn rebase_claim(claim: &mut ClaimRecord, text: &str, lines: &LineIndex, new_start: usize) {
    let old_start = claim.evidence.start;
    let shift = |at: usize| (at + new_start).saturating_sub(old_start);
    for e in claim.parties.iter_mut().chain(claim.missions.iter_mut()) {
        e.start = shift(e.start);
        e.end = shift(e.end);
        if let Some(a) = &mut e.antecedent {
            if let Some(at) = nearest(text, &a.text, shift(a.start)) {
                a.end = at + a.text.len();
                a.start = at;
            }
        }
    }
    for cue in &mut claim.cues {
        cue.start = shift(cue.start);
        cue.end = shift(cue.end);
    }
    if let Some(t) = &mut claim.time {
        t.start = shift(t.start);
        t.end = shift(t.end);
    }
    for q in &mut claim.quantities {
        q.start = shift(q.start);
        q.end = shift(q.end);
    }
    let end = new_start + claim.evidence.text.len();
    claim.evidence.start = new_start;
    claim.evidence.end = end;
    (claim.evidence.line, claim.evidence.column) = lines.line_column(text, new_start);
    claim.evidence.selector = QuoteSelector::new(text, new_start, end);
}

/// Writes `documents.jsonl` again with the new hash and size of the changed documents whose
/// claims were rebased.
fn rewrite_documents(
    out_dir: &Path,
    changed: &HashMap<String, (String, usize)>,
) -> Result<(), AuditError> {
    let mut documents =
        AtomicFile::create(out_dir, DOCUMENTS_FILE).map_err(AuditError::rebase(DOCUMENTS_FILE))?;
    let mut findings = Vec::new();
    for_each_record(
        out_dir,
        DOCUMENTS_FILE,
        &mut findings,
        |_, mut doc: DocumentRecord| {
            if let Some((sha256, bytes)) = changed.get(&doc.doc_id) {
                doc.sha256 = sha256.clone();
                doc.bytes = *bytes;
            }
            documents
                .write(&doc)
                .map_err(AuditError::rebase(DOCUMENTS_FILE))
        },
    )?;
    documents
        .commit()
        .map_err(AuditError::rebase(DOCUMENTS_FILE))
}

/// Writes `relations.jsonl` again with the new ids and evidence spans of the moved claims.
fn rewrite_relations(
    out_dir: &Path,
    moved: &HashMap<String, (String, usize, usize)>,
) -> Result<(), AuditError> {
    let path = out_dir.join(RELATIONS_FILE);
    if !path.exists() {
        return Ok(());
    }
    let text = fs::read_to_string(&path).map_err(|source| AuditError::Read {
        path: path.clone(),
        source,
    })?;
    let mut lines = String::new();
    for line in text.lines() {
        let Ok(mut relation) = serde_json::from_str::<RelationRecord>(line) else {
            lines.push_str(line);
            lines.push('\n');
            continue;
        };
        for citation in &mut relation.claims {
            if let Some((id, start, end)) = moved.get(&citation.claim_id) {
                citation.claim_id.clone_from(id);
                citation.start = *start;
                citation.end = *end;
            }
        }
        lines.push_str(
            &serde_json::to_string(&relation).map_err(|e| AuditError::Rebase {
                file: RELATIONS_FILE,
                reason: e.to_string(),
            })?,
        );
        lines.push('\n');
    }
    write_text_atomic(&path, &lines).map_err(AuditError::rebase(RELATIONS_FILE))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reanchor_prefers_the_occurrence_with_its_context() {
        let old = "Intro. NASA and ESA signed. Later text. NASA and ESA signed. End.";
        let start = old.rfind("NASA and ESA signed.").unwrap();
        let selector = QuoteSelector::new(old, start, start + "NASA and ESA signed.".len());
        let edited = format!("A new first paragraph.\n\n{old}");
        let found = reanchor(&edited, &selector, start).unwrap();
        assert_eq!(found, edited.rfind("NASA and ESA signed.").unwrap());
        assert_eq!(reanchor("Nothing here.", &selector, start), None);
    }

    #[test]
    fn a_corpus_root_that_is_no_folder_is_a_typed_error() {
        let out = tempfile::tempdir().unwrap();
        let missing = out.path().join("no-such-corpus");
        let error = audit(out.path(), std::slice::from_ref(&missing), false).unwrap_err();
        assert!(matches!(&error, AuditError::NoCorpus(path) if *path == missing));
        // Past the corpus check, an output folder without documents.jsonl cannot be read.
        let error = audit(out.path(), &[], false).unwrap_err();
        assert!(
            matches!(&error, AuditError::Read { path, .. } if path.ends_with(DOCUMENTS_FILE)),
            "{error}"
        );
    }

    #[test]
    fn counts_take_the_number_of_their_noun() {
        assert_eq!(count(1, "claim", "claims"), "1 claim");
        assert_eq!(count(0, "claim", "claims"), "0 claims");
        assert_eq!(count(2, "mention", "mentions"), "2 mentions");
    }

    #[test]
    fn span_problems_are_named() {
        let text = "NASA’s probe";
        assert_eq!(span_problem(text, 0, 4, "NASA"), None);
        assert!(span_problem(text, 0, 5, "NASA")
            .unwrap()
            .contains("cuts a character"));
        assert!(span_problem(text, 0, 40, "x").unwrap().contains("outside"));
        assert!(span_problem(text, 0, 3, "NAS!")
            .unwrap()
            .contains("holds `NAS`"));
    }
}
