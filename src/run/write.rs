//! Stage 7, records out: the output set written as one unit. A run writes its files into a
//! fresh staging folder beside the output folder and, once every file is complete, swaps the
//! two folders in one step (an atomic exchange of the two names on Linux), so a reader or a
//! kill sees either the whole previous set or the whole new one, never a mix. An advisory lock
//! beside the output folder keeps a second run out while one is writing, and the staging
//! folders of killed runs are removed by the next run.

use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;
use tempfile::NamedTempFile;

use crate::record::{DocumentRecord, RejectedRecord, Summary};
use crate::run::files::{
    CLAIMS_FILE, DOCUMENTS_FILE, EXPLAIN_FILE, GRAPHML_FILE, MANIFEST_FILE, MENTIONS_FILE,
    NETWORK_FILE, OUTPUT_NAMES, REJECTED_FILE, RELATIONS_FILE, STAGING_MARKER, SUMMARY_FILE,
};
use crate::run::incremental::{Manifest, ManifestEntry};
use crate::run::relations::{write_graphml, RelationSet};
use crate::run::spill::RecordLines;

/// What stops an output file or the output set from being written, with the path it concerns.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// A file or folder could not be created, written, synced or renamed.
    #[error("{action} {}", path.display())]
    Io {
        /// What was being done (`cannot write`, `cannot create output folder`, ...).
        action: &'static str,
        /// The file or folder.
        path: PathBuf,
        /// The underlying I/O error.
        source: std::io::Error,
    },
    /// The output folder's path has no name to put a folder beside it with (`/`, `..`).
    #[error("bad output folder {}", .0.display())]
    BadOutputFolder(PathBuf),
    /// The output path exists and is a file.
    #[error("output path {} is not a folder", .0.display())]
    NotAFolder(PathBuf),
    /// Another run holds the output folder's lock.
    #[error(
        "another coopex run is writing to {} (it holds {}); wait for it to finish",
        target.display(),
        lock.display()
    )]
    Locked {
        /// The output folder.
        target: PathBuf,
        /// The lock file the other run holds.
        lock: PathBuf,
    },
    /// A record could not be encoded as JSON (or written while being encoded).
    #[error("cannot write {}", path.display())]
    Encode {
        /// The file it was for.
        path: PathBuf,
        /// What the JSON writer said.
        source: serde_json::Error,
    },
}

impl WriteError {
    /// The error of an I/O failure while doing `action` on `path`, for `map_err`.
    fn io<'a>(
        action: &'static str,
        path: &'a Path,
    ) -> impl FnOnce(std::io::Error) -> WriteError + 'a {
        move |source| WriteError::Io {
            action,
            path: path.to_path_buf(),
            source,
        }
    }

    /// The error of a JSON encoding failure for `path`, for `map_err`.
    fn encode(path: &Path) -> impl FnOnce(serde_json::Error) -> WriteError + '_ {
        move |source| WriteError::Encode {
            path: path.to_path_buf(),
            source,
        }
    }
}

/// The folder an output set is written into and then swapped in: created beside the output
/// folder, holding the lock until the set is in place.
struct Staging {
    /// Where the output set goes.
    target: PathBuf,
    /// The staging folder (beside `target`, on the same file system).
    dir: PathBuf,
    /// The advisory lock file, removed when the run ends.
    lock_path: PathBuf,
    /// The advisory lock, held until the commit is done (dropped after the file is removed).
    _lock: fs::File,
}

impl Staging {
    /// Takes the lock for `target` and creates a staging folder beside it, after removing the
    /// staging folders runs that were killed left there.
    fn create(target: &Path) -> Result<Staging, WriteError> {
        let target = match fs::canonicalize(target) {
            Ok(real) => real,
            Err(_) => {
                std::path::absolute(target).map_err(WriteError::io("bad output folder", target))?
            }
        };
        let name = target
            .file_name()
            .ok_or_else(|| WriteError::BadOutputFolder(target.clone()))?
            .to_string_lossy()
            .into_owned();
        let parent = target.parent().unwrap_or(Path::new("/")).to_path_buf();
        let cannot_create = || WriteError::io("cannot create output folder", &target);
        fs::create_dir_all(&parent).map_err(cannot_create())?;
        let lock_path = parent.join(format!(".{name}.coopex-lock"));
        let lock = take_lock(&lock_path, &target)?;
        let prefix = format!(".{name}.coopex-staging-");
        remove_stale_staging(&parent, &prefix);
        let dir = tempfile::Builder::new()
            .prefix(&prefix)
            .tempdir_in(&parent)
            .map_err(cannot_create())?
            .keep();
        fs::write(dir.join(STAGING_MARKER), b"")
            .map_err(WriteError::io("cannot write to", &dir))?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            // A temporary folder starts private; an output folder is readable like any other.
            let _ = fs::set_permissions(&dir, fs::Permissions::from_mode(0o755));
        }
        Ok(Staging {
            target,
            dir,
            lock_path,
            _lock: lock,
        })
    }

    /// Puts the complete staging folder in the target's place in one step and removes the
    /// previous set. Files in the previous output folder that coopex does not write (a report,
    /// notes) are moved into the new one.
    fn swap_in(self) -> Result<(), WriteError> {
        let failed = || WriteError::io("cannot put the output in place at", &self.target);
        fs::remove_file(self.dir.join(STAGING_MARKER)).map_err(failed())?;
        sync_dir(&self.dir);
        if !self.target.is_dir() {
            if self.target.exists() {
                return Err(WriteError::NotAFolder(self.target.clone()));
            }
            fs::rename(&self.dir, &self.target).map_err(failed())?;
        } else {
            exchange(&self.dir, &self.target).map_err(failed())?;
            // `self.dir` now holds the previous set.
            let previous = &self.dir;
            let entries = fs::read_dir(previous).map_err(failed())?;
            for entry in entries.flatten() {
                let name = entry.file_name();
                let ours = name.to_str().is_some_and(|n| OUTPUT_NAMES.contains(&n));
                if !ours && !self.target.join(&name).exists() {
                    fs::rename(entry.path(), self.target.join(&name)).map_err(failed())?;
                }
            }
            remove_output_folder(previous);
        }
        if let Some(parent) = self.target.parent() {
            sync_dir(parent);
        }
        Ok(())
    }
}

impl Drop for Staging {
    /// A run that fails before its commit leaves no staging folder behind (after a commit the
    /// folder is gone already, and this does nothing).
    fn drop(&mut self) {
        remove_output_folder(&self.dir);
        // Removed while still held, so no other run can lock this file and then lose it.
        let _ = fs::remove_file(&self.lock_path);
    }
}

/// Takes the advisory lock at `path`, failing at once when another run holds it. The lock file
/// is removed when the run ends (see [`Staging`]'s drop), so a lock taken on a file that was
/// removed meanwhile is not a lock: then the file is made again.
fn take_lock(path: &Path, target: &Path) -> Result<fs::File, WriteError> {
    let cannot_lock = || WriteError::io("cannot create the lock file", path);
    loop {
        let file = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(path)
            .map_err(cannot_lock())?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            use std::os::unix::io::AsRawFd;
            // SAFETY: flock on a file descriptor this function owns, valid for the call.
            let held = unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) };
            if held != 0 {
                return Err(WriteError::Locked {
                    target: target.to_path_buf(),
                    lock: path.to_path_buf(),
                });
            }
            let locked = file.metadata().map_err(cannot_lock())?;
            let same = fs::metadata(path)
                .is_ok_and(|now| now.dev() == locked.dev() && now.ino() == locked.ino());
            if !same {
                continue;
            }
        }
        return Ok(file);
    }
}

/// Swaps two folders' names in one step where the system can (Linux); elsewhere moves the old
/// folder aside and the new one in, a short window in which the output folder is missing.
fn exchange(new: &Path, target: &Path) -> std::io::Result<()> {
    #[cfg(target_os = "linux")]
    {
        use std::ffi::CString;
        use std::os::unix::ffi::OsStrExt;
        let from = CString::new(new.as_os_str().as_bytes())?;
        let to = CString::new(target.as_os_str().as_bytes())?;
        // SAFETY: two NUL-terminated paths that live across the call.
        let done = unsafe {
            libc::renameat2(
                libc::AT_FDCWD,
                from.as_ptr(),
                libc::AT_FDCWD,
                to.as_ptr(),
                libc::RENAME_EXCHANGE,
            )
        };
        if done == 0 {
            return Ok(());
        }
        let error = std::io::Error::last_os_error();
        // A file system without the exchange falls back to two renames.
        if !matches!(error.raw_os_error(), Some(libc::EINVAL | libc::ENOSYS)) {
            return Err(error);
        }
    }
    let mut aside = new.as_os_str().to_owned();
    aside.push("-previous");
    let aside = PathBuf::from(aside);
    fs::rename(target, &aside)?;
    fs::rename(new, target)?;
    fs::rename(&aside, new)
}

/// Removes the staging folders of killed runs (their lock is free, since this run holds it).
fn remove_stale_staging(parent: &Path, prefix: &str) {
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        if name.to_str().is_some_and(|n| n.starts_with(prefix)) && entry.path().is_dir() {
            remove_output_folder(&entry.path());
        }
    }
}

/// Removes what coopex writes in a folder (its output files and their temporary files), and
/// the folder itself when nothing else is left: a file coopex did not write is never deleted.
fn remove_output_folder(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let ours = name.to_str().is_some_and(|n| {
            OUTPUT_NAMES.contains(&n)
                || (n.starts_with('.')
                    && n.ends_with(".tmp")
                    && OUTPUT_NAMES
                        .iter()
                        .any(|o| n.starts_with(&format!(".{o}."))))
        });
        if ours {
            let _ = fs::remove_file(entry.path());
        }
    }
    let _ = fs::remove_dir(dir);
}

/// Makes a folder's entries durable (a rename is only safe once its folder is synced).
fn sync_dir(dir: &Path) {
    if let Ok(handle) = fs::File::open(dir) {
        let _ = handle.sync_all();
    }
}

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
    writer: BufWriter<CountedFile>,
    /// Once this many bytes are in the file, the system is asked to start writing them out.
    writeback_at: u64,
}

/// Bytes an output file gathers before the system is asked to start writing them to disk
/// while the run goes on: the commit's `fsync` then waits for the last few only, not for the
/// whole file at the end of the run.
const WRITEBACK_BYTES: u64 = 8 << 20;

/// Bytes an output file buffers before a write to the system: a document's records are a few
/// KiB per file, and the 8 KiB default made about one system call per document and file.
const WRITE_BUFFER_BYTES: usize = 256 << 10;

/// A temporary file that counts the bytes written to it.
struct CountedFile {
    file: NamedTempFile,
    bytes: u64,
}

impl Write for CountedFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let written = self.file.write(buf)?;
        self.bytes += written as u64;
        Ok(written)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file.flush()
    }
}

/// Asks the system to start writing a file's changed pages to disk, without waiting for them
/// (Linux; elsewhere nothing). A failure changes nothing: the commit's `fsync` still waits
/// for every page.
fn start_writeback(file: &fs::File) {
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::io::AsRawFd;
        // SAFETY: sync_file_range on a file descriptor `file` owns, valid for the call.
        let _ =
            unsafe { libc::sync_file_range(file.as_raw_fd(), 0, 0, libc::SYNC_FILE_RANGE_WRITE) };
    }
    #[cfg(not(target_os = "linux"))]
    let _ = file;
}

impl AtomicFile {
    /// Starts a file that will become `dir/name`.
    ///
    /// # Errors
    /// When the folder cannot hold a new file.
    pub fn create(dir: &Path, name: &str) -> Result<AtomicFile, WriteError> {
        let temp = output_file_builder()
            .prefix(&format!(".{name}."))
            .suffix(".tmp")
            .tempfile_in(dir)
            .map_err(WriteError::io("cannot write to output folder", dir))?;
        Ok(AtomicFile {
            target: dir.join(name),
            writer: BufWriter::with_capacity(
                WRITE_BUFFER_BYTES,
                CountedFile {
                    file: temp,
                    bytes: 0,
                },
            ),
            writeback_at: WRITEBACK_BYTES,
        })
    }

    /// Appends one record as one line.
    ///
    /// # Errors
    /// On a write error.
    pub fn write<T: Serialize>(&mut self, record: &T) -> Result<(), WriteError> {
        serde_json::to_writer(&mut self.writer, record)
            .map_err(WriteError::encode(&self.target))?;
        self.write_raw(b"\n")
    }

    /// Appends lines already encoded (whole lines, each ending in a newline).
    ///
    /// # Errors
    /// On a write error.
    pub fn write_raw(&mut self, lines: &[u8]) -> Result<(), WriteError> {
        self.writer
            .write_all(lines)
            .map_err(WriteError::io("cannot write", &self.target))?;
        self.write_back_early();
        Ok(())
    }

    /// Starts writing the file to disk once another [`WRITEBACK_BYTES`] are in it.
    fn write_back_early(&mut self) {
        let file = self.writer.get_ref();
        if file.bytes >= self.writeback_at {
            self.writeback_at = file.bytes + WRITEBACK_BYTES;
            start_writeback(file.file.as_file());
        }
    }

    /// Appends encoded lines.
    ///
    /// # Errors
    /// On a write error, or when the lines cannot be read back from their temporary file.
    pub fn write_lines(&mut self, lines: RecordLines) -> Result<(), WriteError> {
        lines
            .copy_to(&mut self.writer)
            .map_err(WriteError::io("cannot write", &self.target))?;
        self.write_back_early();
        Ok(())
    }

    /// Appends what `write` writes (a whole JSON or GraphML document, piece by piece).
    ///
    /// # Errors
    /// On a write error.
    fn write_with(
        &mut self,
        write: impl FnOnce(&mut BufWriter<CountedFile>) -> std::io::Result<()>,
    ) -> Result<(), WriteError> {
        write(&mut self.writer).map_err(WriteError::io("cannot write", &self.target))
    }

    /// Flushes, syncs and renames the file into place.
    ///
    /// # Errors
    /// On a write or rename error.
    pub fn commit(self) -> Result<(), WriteError> {
        commit_all(vec![self])
    }

    /// Flushes the file: its temporary file, complete, and the path it is to be renamed to.
    fn flushed(self) -> Result<(NamedTempFile, PathBuf), WriteError> {
        let temp = self
            .writer
            .into_inner()
            .map_err(|e| e.into_error())
            .map_err(WriteError::io("cannot write", &self.target))?
            .file;
        Ok((temp, self.target))
    }
}

/// Flushes and syncs files, then renames each into place. The files are synced at once, one
/// thread each, so that their waits for the disk overlap (a file system gathers them into
/// fewer journal commits) instead of adding up.
///
/// # Errors
/// On a write or rename error (the first file's, in the order given).
fn commit_all(files: Vec<AtomicFile>) -> Result<(), WriteError> {
    let flushed = files
        .into_iter()
        .map(AtomicFile::flushed)
        .collect::<Result<Vec<_>, _>>()?;
    let synced: Vec<std::io::Result<()>> = std::thread::scope(|scope| {
        let syncs: Vec<_> = flushed
            .iter()
            .map(|(temp, _)| scope.spawn(|| temp.as_file().sync_all()))
            .collect();
        syncs
            .into_iter()
            .map(|sync| {
                sync.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    for ((temp, target), synced) in flushed.into_iter().zip(synced) {
        let failed = || WriteError::io("cannot write", &target);
        synced.map_err(failed())?;
        temp.persist(&target)
            .map_err(|e| e.error)
            .map_err(failed())?;
    }
    Ok(())
}

/// The set of output files of one `extract` run.
pub struct OutputSet {
    staging: Staging,
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
    /// Takes the output folder's lock, creates a staging folder beside it and opens every
    /// file there (`explain.jsonl` too when `explain` is set); the manifest starts with
    /// `header` (whose `inputs` are not written: they follow entry by entry). Nothing in the
    /// output folder changes until [`OutputSet::commit`].
    ///
    /// # Errors
    /// When another run holds the lock, or the folder cannot be created or written.
    pub fn create(dir: &Path, explain: bool, header: &Manifest) -> Result<OutputSet, WriteError> {
        let staging = Staging::create(dir)?;
        let dir = staging.dir.clone();
        let mut manifest = AtomicFile::create(&dir, MANIFEST_FILE)?;
        let mut head =
            serde_json::to_string(header).map_err(WriteError::encode(&manifest.target))?;
        // `{..., "inputs":[]}` becomes `{..., "inputs":[` for the entries to follow.
        head.truncate(head.len() - 2);
        manifest.write_raw(head.as_bytes())?;
        Ok(OutputSet {
            documents: AtomicFile::create(&dir, DOCUMENTS_FILE)?,
            mentions: AtomicFile::create(&dir, MENTIONS_FILE)?,
            claims: AtomicFile::create(&dir, CLAIMS_FILE)?,
            rejected: AtomicFile::create(&dir, REJECTED_FILE)?,
            explain: explain
                .then(|| AtomicFile::create(&dir, EXPLAIN_FILE))
                .transpose()?,
            manifest,
            manifest_entries: 0,
            staging,
            dir,
        })
    }

    /// Adds a processed input to the manifest.
    ///
    /// # Errors
    /// On a write error.
    pub fn write_manifest_entry(&mut self, entry: &ManifestEntry) -> Result<(), WriteError> {
        if self.manifest_entries > 0 {
            self.manifest.write_raw(b",")?;
        }
        let line =
            serde_json::to_string(entry).map_err(WriteError::encode(&self.manifest.target))?;
        self.manifest.write_raw(line.as_bytes())?;
        self.manifest_entries += 1;
        Ok(())
    }

    /// Writes a document record and its encoded mentions, claims and explanations.
    ///
    /// # Errors
    /// On a write error, or when the records cannot be read back from their temporary files.
    pub fn write_stored(
        &mut self,
        document: &DocumentRecord,
        mentions: RecordLines,
        claims: RecordLines,
        explain: RecordLines,
    ) -> Result<(), WriteError> {
        self.documents.write(document)?;
        self.mentions.write_lines(mentions)?;
        self.claims.write_lines(claims)?;
        if let Some(file) = &mut self.explain {
            file.write_lines(explain)?;
        }
        Ok(())
    }

    /// Writes one rejection.
    ///
    /// # Errors
    /// On a write error.
    pub fn write_rejection(&mut self, rejected: &RejectedRecord) -> Result<(), WriteError> {
        self.rejected.write(rejected)
    }

    /// Writes the relations, the network (also as GraphML when asked), the manifest and the
    /// summary, and puts the whole set in the output folder's place in one step: files of an
    /// earlier run that this one does not write (`explain.jsonl`, `network.graphml`) are gone.
    ///
    /// # Errors
    /// On a write or rename error.
    pub fn commit(
        self,
        summary: &Summary,
        relations: &RelationSet,
        graphml: bool,
    ) -> Result<(), WriteError> {
        let mut relation_file = AtomicFile::create(&self.dir, RELATIONS_FILE)?;
        for relation in relations.relations() {
            relation_file.write(&relation)?;
        }
        let mut network_file = AtomicFile::create(&self.dir, NETWORK_FILE)?;
        network_file.write_with(|out| relations.write_network(out))?;
        let graphml_file = if graphml {
            let mut graphml_file = AtomicFile::create(&self.dir, GRAPHML_FILE)?;
            graphml_file.write_with(|out| write_graphml(&relations.network(), out))?;
            Some(graphml_file)
        } else {
            None
        };
        let mut manifest = self.manifest;
        manifest.write_raw(b"]}\n")?;
        let mut summary_file = AtomicFile::create(&self.dir, SUMMARY_FILE)?;
        summary_file.write_with(|out| {
            serde_json::to_writer_pretty(&mut *out, summary)?;
            out.write_all(b"\n")
        })?;
        let files = [self.documents, self.mentions, self.claims, self.rejected]
            .into_iter()
            .chain(self.explain)
            .chain([relation_file, network_file])
            .chain(graphml_file)
            .chain([manifest, summary_file]);
        commit_all(files.collect())?;
        self.staging.swap_in()
    }
}

/// Writes a text to `path` atomically.
///
/// # Errors
/// On a write or rename error.
pub fn write_text_atomic(path: &Path, text: &str) -> Result<(), WriteError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut temp = output_file_builder()
        .tempfile_in(dir)
        .map_err(WriteError::io("cannot write to output folder", dir))?;
    let failed = || WriteError::io("cannot write", path);
    temp.write_all(text.as_bytes()).map_err(failed())?;
    temp.as_file().sync_all().map_err(failed())?;
    temp.persist(path).map_err(|e| e.error).map_err(failed())?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header() -> Manifest {
        Manifest {
            schema_version: "1".into(),
            coopex_version: "0".into(),
            gazetteer_hash: "h".into(),
            explain: false,
            max_bytes: 1,
            inputs: Vec::new(),
        }
    }

    #[test]
    fn the_set_replaces_the_previous_one_whole_and_keeps_foreign_files() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        fs::create_dir(&out).unwrap();
        fs::write(out.join(GRAPHML_FILE), "stale").unwrap();
        fs::write(out.join("notes.txt"), "mine").unwrap();
        let set = OutputSet::create(&out, false, &header()).unwrap();
        // Before the commit the previous folder is untouched.
        assert_eq!(fs::read_to_string(out.join(GRAPHML_FILE)).unwrap(), "stale");
        let summary = Summary {
            schema_version: "1".into(),
            coopex_version: "0".into(),
            gazetteer_version: "0".into(),
            gazetteer_hash: "h".into(),
            inputs: 0,
            documents: 0,
            reused: 0,
            rejected: 0,
            sentences: 0,
            mentions: 0,
            claims: 0,
            claims_by_kind: Default::default(),
            bytes: 0,
            jobs: 1,
            elapsed_ms: 0,
        };
        set.commit(&summary, &RelationSet::default(), false)
            .unwrap();
        assert!(!out.join(GRAPHML_FILE).exists(), "a stale file survived");
        assert!(out.join(SUMMARY_FILE).exists() && out.join(MANIFEST_FILE).exists());
        assert_eq!(fs::read_to_string(out.join("notes.txt")).unwrap(), "mine");
        let left: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        assert_eq!(left, ["out"], "staging folders and the lock file are gone");
    }

    #[test]
    fn a_second_run_into_the_same_folder_fails_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        let first = OutputSet::create(&out, false, &header()).unwrap();
        let second = OutputSet::create(&out, false, &header());
        let message = format!("{:#}", second.err().unwrap());
        assert!(message.contains("another coopex run"), "{message}");
        drop(first);
    }

    #[test]
    fn a_killed_runs_staging_folder_is_removed_by_the_next_run() {
        let dir = tempfile::tempdir().unwrap();
        let stale = dir.path().join(".out.coopex-staging-killed");
        fs::create_dir(&stale).unwrap();
        fs::write(stale.join(STAGING_MARKER), "").unwrap();
        fs::write(stale.join(".claims.jsonl.abc.tmp"), "half").unwrap();
        let _set = OutputSet::create(&dir.path().join("out"), false, &header()).unwrap();
        assert!(!stale.exists());
    }

    #[test]
    fn write_errors_name_the_path_and_keep_the_cause() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("missing");
        let error = write_text_atomic(&missing.join("x.csv"), "x").unwrap_err();
        assert_eq!(
            error.to_string(),
            format!("cannot write to output folder {}", missing.display())
        );
        let WriteError::Io { source, .. } = &error else {
            panic!("{error:?}")
        };
        assert_eq!(source.kind(), std::io::ErrorKind::NotFound);

        let file = dir.path().join("file");
        fs::write(&file, "").unwrap();
        let error = OutputSet::create(&file.join("out"), false, &header())
            .err()
            .unwrap();
        assert_eq!(
            error.to_string(),
            format!("cannot create output folder {}", file.join("out").display())
        );
    }

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
