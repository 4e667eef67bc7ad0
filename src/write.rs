//! Stage 7, records out: JSON Lines files written atomically. Each file is written to a
//! temporary file in the output folder and renamed into place only when the whole run has
//! succeeded, so an interrupted run never leaves a half-written file and the previous output
//! stays intact until the new one is complete.

use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;
use serde::Serialize;
use tempfile::NamedTempFile;

use crate::incremental::{Manifest, ManifestEntry, MANIFEST_FILE};
use crate::pipeline::DocumentOutput;
use crate::record::{DocumentRecord, RejectedRecord, Summary};
use crate::relations::{to_graphml, RelationSet};

/// Names of the files `extract` writes.
pub const DOCUMENTS_FILE: &str = "documents.jsonl";
/// Entity mentions.
pub const MENTIONS_FILE: &str = "mentions.jsonl";
/// Claims.
pub const CLAIMS_FILE: &str = "claims.jsonl";
/// Rejected inputs.
pub const REJECTED_FILE: &str = "rejected.jsonl";
/// Run summary.
pub const SUMMARY_FILE: &str = "summary.json";
/// Candidates set aside by the matching policy (with `--explain`).
pub const EXPLAIN_FILE: &str = "explain.jsonl";
/// Distinct relations with their claims and independent sources.
pub const RELATIONS_FILE: &str = "relations.jsonl";
/// The cooperation network, node-link JSON.
pub const NETWORK_FILE: &str = "network.json";
/// The cooperation network, GraphML (with `--graphml`).
pub const GRAPHML_FILE: &str = "network.graphml";

/// A temporary-file builder whose files end up readable by everyone, as files written directly
/// would be (temporary files start private).
fn output_file_builder<'a>() -> tempfile::Builder<'a, 'a> {
    let mut builder = tempfile::Builder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o644));
    }
    builder
}

/// An output file (JSON Lines, or JSON written piece by piece) being written to a temporary
/// name, renamed into place by
/// [`AtomicFile::commit`].
pub struct AtomicFile {
    target: PathBuf,
    writer: BufWriter<NamedTempFile>,
}

impl AtomicFile {
    /// Starts a file that will become `dir/name`.
    ///
    /// # Errors
    /// When the folder cannot hold a new file.
    pub fn create(dir: &Path, name: &str) -> anyhow::Result<AtomicFile> {
        let temp = output_file_builder()
            .prefix(&format!(".{name}."))
            .suffix(".tmp")
            .tempfile_in(dir)
            .with_context(|| format!("cannot write to output folder {}", dir.display()))?;
        Ok(AtomicFile {
            target: dir.join(name),
            writer: BufWriter::new(temp),
        })
    }

    /// Appends one record as one line.
    ///
    /// # Errors
    /// On a write error.
    pub fn write<T: Serialize>(&mut self, record: &T) -> anyhow::Result<()> {
        serde_json::to_writer(&mut self.writer, record)?;
        self.writer.write_all(b"\n")?;
        Ok(())
    }

    /// Appends lines already encoded (whole lines, each ending in a newline).
    ///
    /// # Errors
    /// On a write error.
    pub fn write_raw(&mut self, lines: &[u8]) -> anyhow::Result<()> {
        self.writer.write_all(lines)?;
        Ok(())
    }

    /// Flushes, syncs and renames the file into place.
    ///
    /// # Errors
    /// On a write or rename error.
    pub fn commit(self) -> anyhow::Result<()> {
        let target = self.target;
        let temp = self
            .writer
            .into_inner()
            .map_err(|e| e.into_error())
            .with_context(|| format!("cannot write {}", target.display()))?;
        temp.as_file()
            .sync_all()
            .with_context(|| format!("cannot write {}", target.display()))?;
        temp.persist(&target)
            .with_context(|| format!("cannot write {}", target.display()))?;
        Ok(())
    }
}

/// The set of output files of one `extract` run.
pub struct OutputSet {
    dir: PathBuf,
    documents: AtomicFile,
    mentions: AtomicFile,
    claims: AtomicFile,
    rejected: AtomicFile,
    explain: Option<AtomicFile>,
    /// The manifest, written entry by entry as documents are written.
    manifest: AtomicFile,
    manifest_entries: usize,
}

impl OutputSet {
    /// Creates the output folder if needed and opens every file (`explain.jsonl` too when
    /// `explain` is set); the manifest starts with `header` (whose `inputs` are not written:
    /// they follow entry by entry).
    ///
    /// # Errors
    /// When the folder cannot be created or written.
    pub fn create(dir: &Path, explain: bool, header: &Manifest) -> anyhow::Result<OutputSet> {
        fs::create_dir_all(dir)
            .with_context(|| format!("cannot create output folder {}", dir.display()))?;
        let mut manifest = AtomicFile::create(dir, MANIFEST_FILE)?;
        let mut head = serde_json::to_string(header)?;
        // `{..., "inputs":[]}` becomes `{..., "inputs":[` for the entries to follow.
        head.truncate(head.len() - 2);
        manifest.write_raw(head.as_bytes())?;
        Ok(OutputSet {
            dir: dir.to_path_buf(),
            documents: AtomicFile::create(dir, DOCUMENTS_FILE)?,
            mentions: AtomicFile::create(dir, MENTIONS_FILE)?,
            claims: AtomicFile::create(dir, CLAIMS_FILE)?,
            rejected: AtomicFile::create(dir, REJECTED_FILE)?,
            explain: explain
                .then(|| AtomicFile::create(dir, EXPLAIN_FILE))
                .transpose()?,
            manifest,
            manifest_entries: 0,
        })
    }

    /// Adds a processed input to the manifest.
    ///
    /// # Errors
    /// On a write error.
    pub fn write_manifest_entry(&mut self, entry: &ManifestEntry) -> anyhow::Result<()> {
        if self.manifest_entries > 0 {
            self.manifest.write_raw(b",")?;
        }
        self.manifest
            .write_raw(serde_json::to_string(entry)?.as_bytes())?;
        self.manifest_entries += 1;
        Ok(())
    }

    /// Writes one document's records.
    ///
    /// # Errors
    /// On a write error.
    pub fn write_document(&mut self, output: &DocumentOutput) -> anyhow::Result<()> {
        self.documents.write(&output.document)?;
        for m in &output.mentions {
            self.mentions.write(m)?;
        }
        for c in &output.claims {
            self.claims.write(c)?;
        }
        if let Some(explain) = &mut self.explain {
            for e in &output.explain {
                explain.write(e)?;
            }
        }
        Ok(())
    }

    /// Writes a document record and the previous run's records of its mentions, claims and
    /// explanations, as they were written.
    ///
    /// # Errors
    /// On a write error.
    pub fn write_reused(
        &mut self,
        document: &DocumentRecord,
        mentions: &[u8],
        claims: &[u8],
        explain: &[u8],
    ) -> anyhow::Result<()> {
        self.documents.write(document)?;
        self.mentions.write_raw(mentions)?;
        self.claims.write_raw(claims)?;
        if let Some(file) = &mut self.explain {
            file.write_raw(explain)?;
        }
        Ok(())
    }

    /// Writes one rejection.
    ///
    /// # Errors
    /// On a write error.
    pub fn write_rejection(&mut self, rejected: &RejectedRecord) -> anyhow::Result<()> {
        self.rejected.write(rejected)
    }

    /// Writes the relations, the network (also as GraphML when asked), the manifest and the
    /// summary, and
    /// moves every file into place.
    ///
    /// # Errors
    /// On a write or rename error.
    pub fn commit(
        self,
        summary: &Summary,
        relations: &RelationSet,
        graphml: bool,
    ) -> anyhow::Result<()> {
        let mut relation_file = AtomicFile::create(&self.dir, RELATIONS_FILE)?;
        for relation in relations.relations() {
            relation_file.write(&relation)?;
        }

        self.documents.commit()?;
        self.mentions.commit()?;
        self.claims.commit()?;
        self.rejected.commit()?;
        if let Some(explain) = self.explain {
            explain.commit()?;
        }
        relation_file.commit()?;
        let mut network_file = AtomicFile::create(&self.dir, NETWORK_FILE)?;
        relations.write_network(&mut network_file.writer)?;
        network_file.commit()?;
        if graphml {
            write_text_atomic(
                &self.dir.join(GRAPHML_FILE),
                &to_graphml(&relations.network()),
            )?;
        }
        let mut manifest = self.manifest;
        manifest.write_raw(b"]}\n")?;
        manifest.commit()?;
        write_json_atomic(&self.dir.join(SUMMARY_FILE), summary)
    }
}

/// Writes a text to `path` atomically.
///
/// # Errors
/// On a write or rename error.
pub fn write_text_atomic(path: &Path, text: &str) -> anyhow::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut temp = output_file_builder()
        .tempfile_in(dir)
        .with_context(|| format!("cannot write to output folder {}", dir.display()))?;
    temp.write_all(text.as_bytes())?;
    temp.as_file().sync_all()?;
    temp.persist(path)
        .with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}

/// Writes one pretty-printed JSON value to `path` atomically.
///
/// # Errors
/// On a write or rename error.
pub fn write_json_atomic<T: Serialize>(path: &Path, value: &T) -> anyhow::Result<()> {
    let mut text = serde_json::to_string_pretty(value)?;
    text.push('\n');
    write_text_atomic(path, &text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_appears_only_on_commit() {
        let dir = tempfile::tempdir().unwrap();
        let mut file = AtomicFile::create(dir.path(), "x.jsonl").unwrap();
        file.write(&serde_json::json!({"a": 1})).unwrap();
        assert!(!dir.path().join("x.jsonl").exists());
        file.commit().unwrap();
        assert_eq!(
            fs::read_to_string(dir.path().join("x.jsonl")).unwrap(),
            "{\"a\":1}\n"
        );
    }

    #[test]
    fn dropped_file_leaves_previous_output_intact() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("x.jsonl"), "old\n").unwrap();
        let mut file = AtomicFile::create(dir.path(), "x.jsonl").unwrap();
        file.write(&1).unwrap();
        drop(file);
        assert_eq!(
            fs::read_to_string(dir.path().join("x.jsonl")).unwrap(),
            "old\n"
        );
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
