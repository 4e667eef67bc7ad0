//! A batch run (`coopex extract`): finds the inputs, runs the pipeline on them in parallel,
//! and writes every output file atomically, in input order, with bounded memory.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Condvar, Mutex};
use std::time::Instant;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::pipeline::{catch_panic, Pipeline, Stage, StageTimes};
use crate::record::{DocumentRecord, RejectedRecord, Summary};
use crate::run::corpus::{CorpusWriter, StoredDocument, StoredError};
use crate::run::incremental::{stamp_of, Manifest, ManifestEntry, PreviousRun, ReuseError};
use crate::run::spill::EncodedRecords;
use crate::run::write::{OutputSet, WriteError};
use crate::schema::SCHEMA_VERSION;
use crate::text::fingerprint::Signature;
use crate::text::ingest::{self, DiscoverError, Document, InputFile, Rejection};
use crate::text::reject::RejectReason;

/// What `extract` needs to know, validated once from the command line.
#[derive(Debug, Clone)]
pub struct ExtractConfig {
    /// Files or folders to read.
    pub inputs: Vec<PathBuf>,
    /// Output folder.
    pub out_dir: PathBuf,
    /// Worker threads.
    pub jobs: usize,
    /// Size limit per document, in bytes.
    pub max_bytes: u64,
    /// Show a progress bar (only drawn when stderr is a terminal).
    pub progress: bool,
    /// Also write `explain.jsonl`: the candidates the matching policy set aside.
    pub explain: bool,
    /// Also write the network as GraphML (`network.graphml`).
    pub graphml: bool,
    /// Reuse the records of inputs unchanged since the previous run in `out_dir`.
    pub incremental: bool,
}

/// What stops a batch run (a bad document does not: it is rejected and counted).
#[derive(Debug, thiserror::Error)]
pub enum ExtractError {
    /// The inputs could not be found.
    #[error(transparent)]
    Discover(#[from] DiscoverError),
    /// The output could not be written.
    #[error(transparent)]
    Write(#[from] WriteError),
    /// A document's records could not be kept in a temporary file until written.
    #[error("cannot keep the records of {doc_id} in a temporary file")]
    Spill {
        /// The document.
        doc_id: String,
        /// The write error.
        source: std::io::Error,
    },
    /// The worker threads could not be started.
    #[error("cannot start the worker threads")]
    Workers(#[source] std::io::Error),
    /// The previous run's records of an unchanged input could not be read back.
    #[error("cannot reuse the previous records of {doc_id}")]
    Reuse {
        /// The input whose records were to be reused.
        doc_id: String,
        /// Why they could not be.
        source: ReuseError,
    },
}

/// How many inputs past the last one written each worker may take: bounds what waits for the
/// writer in memory, while a worker held up by a long document does not hold up the others.
const INPUTS_AHEAD_PER_WORKER: usize = 32;

/// How many inputs' outcomes a worker hands the writer at once (fewer when it is about to wait
/// for the writer, or has no more inputs). A small batch: the writer orders outcomes by input
/// anyway, and what it holds is bounded by [`INPUTS_AHEAD_PER_WORKER`].
const OUTCOMES_PER_SEND: usize = 8;

/// Inputs done by a worker, each with its index and outcomes.
type Done = Vec<(usize, Vec<Outcome>)>;

/// Hands the writer the outcomes in `done`, if any, leaving it empty.
///
/// # Errors
/// The writer has stopped.
fn send_all(sender: &mpsc::Sender<Done>, done: &mut Done) -> Result<(), mpsc::SendError<Done>> {
    if done.is_empty() {
        return Ok(());
    }
    let batch = std::mem::replace(done, Vec::with_capacity(OUTCOMES_PER_SEND));
    sender.send(batch)
}

/// What the workers hand the writer for one input.
enum Outcome {
    /// Processed now; with the time its stages took.
    Fresh(Box<StoredDocument>, StageTimes),
    /// Processed now, but its records could not be kept until written.
    Unkept(String, std::io::Error),
    /// Unchanged since the previous run: its records are copied.
    Reused(ManifestEntry),
    /// Could not be processed.
    Rejected(Rejection),
}

/// Runs the whole batch: finds the inputs, processes them in parallel (with `incremental`, only
/// those new or changed since the previous run) and writes every output file atomically.
/// Output is byte-identical for any number of workers, and for an incremental run identical
/// to a full one.
///
/// # Errors
/// A missing input path, an output folder that cannot be created or written, or a worker pool
/// that cannot start. Bad documents are not errors: they are counted in the summary.
pub fn run_extract(
    pipeline: &Pipeline,
    config: &ExtractConfig,
) -> Result<ExtractReport, ExtractError> {
    let started = Instant::now();
    let header = Manifest {
        schema_version: SCHEMA_VERSION.to_string(),
        coopex_version: env!("CARGO_PKG_VERSION").to_string(),
        gazetteer_hash: pipeline.gazetteer().hash().to_string(),
        explain: config.explain,
        max_bytes: config.max_bytes,
        inputs: Vec::new(),
    };
    // First, so a second run into the same folder fails before reading anything.
    let out = OutputSet::create(&config.out_dir, config.explain, &header)?;
    // A rejection is several times the size of an input file and rare: boxed, it leaves
    // each entry of the list, held for the whole run, the size of a file's path and id.
    // (Collected in place, the list keeps its first allocation until shrunk.)
    let mut inputs: Vec<Result<InputFile, Box<Rejection>>> = ingest::discover(&config.inputs)?
        .into_iter()
        .map(|found| found.map_err(Box::new))
        .collect();
    inputs.shrink_to_fit();
    let previous = if config.incremental {
        PreviousRun::load(&config.out_dir, &header)
    } else {
        None
    };
    let progress = progress_bar(inputs.len() as u64, config.progress);
    let mut writer = CorpusWriter::new(
        out,
        pipeline.gazetteer(),
        config.jobs,
        inputs.len(),
        config.graphml,
    );
    // Workers take the inputs one at a time, in order, while this thread writes each input's
    // outcome once those before it are written; a worker waits only when it is
    // INPUTS_AHEAD_PER_WORKER inputs per worker ahead of the writer.
    let next_input = AtomicUsize::new(0);
    let window = Window::new(config.jobs * INPUTS_AHEAD_PER_WORKER);
    std::thread::scope(|scope| -> Result<(), ExtractError> {
        let (sender, receiver) = mpsc::channel::<Done>();
        // However the writer ends, waiting workers are released and stop.
        let _release = ReleaseOnDrop(&window);
        for _ in 0..config.jobs {
            let sender = sender.clone();
            let (next_input, window, inputs) = (&next_input, &window, &inputs);
            let previous = previous.as_ref();
            let worker = move || {
                // Outcomes go to the writer a few at a time: each hand-over may wake the
                // writer's thread, which costs more than writing a small document does.
                let mut done: Done = Vec::with_capacity(OUTCOMES_PER_SEND);
                loop {
                    let index = next_input.fetch_add(1, Ordering::Relaxed);
                    let Some(input) = inputs.get(index) else {
                        break;
                    };
                    // The writer may be waiting for an outcome held here: it is handed over
                    // before this worker waits for the writer.
                    if !window.admits(index) && send_all(&sender, &mut done).is_err() {
                        return;
                    }
                    if !window.wait_for(index) {
                        return;
                    }
                    let outcomes = match input {
                        Err(rejection) => vec![Outcome::Rejected((**rejection).clone())],
                        Ok(input) => match previous.and_then(|p| p.unchanged(input)) {
                            Some(entry) => vec![Outcome::Reused(entry)],
                            None => process_input(pipeline, input, config.max_bytes),
                        },
                    };
                    done.push((index, outcomes));
                    if done.len() == OUTCOMES_PER_SEND && send_all(&sender, &mut done).is_err() {
                        return;
                    }
                }
                // The writer is gone if this fails; it reports why.
                let _ = send_all(&sender, &mut done);
            };
            std::thread::Builder::new()
                .spawn_scoped(scope, worker)
                .map_err(ExtractError::Workers)?;
        }
        drop(sender);
        // Outcomes that arrived before those of an earlier input, by input.
        let mut waiting: BTreeMap<usize, Vec<Outcome>> = BTreeMap::new();
        let mut written = 0;
        for done in receiver {
            waiting.extend(done);
            let before = written;
            while let Some(outcomes) = waiting.remove(&written) {
                for outcome in outcomes {
                    write_outcome(&mut writer, outcome, previous.as_ref(), config.explain)?;
                    progress.inc(1);
                }
                written += 1;
            }
            if written > before {
                window.advance(written);
            }
        }
        Ok(())
    })?;
    progress.finish_and_clear();
    let stage_times = writer.times;
    Ok(ExtractReport {
        summary: writer.finish(started)?,
        stage_times,
    })
}

/// What a batch run reports back: the summary it wrote, and where its time went.
#[derive(Debug, Clone)]
pub struct ExtractReport {
    /// The run's `summary.json`.
    pub summary: Summary,
    /// Time per stage, summed over documents and worker threads.
    pub stage_times: StageTimes,
}

/// Writes one outcome, timing it as the write stage.
fn write_outcome(
    writer: &mut CorpusWriter,
    outcome: Outcome,
    previous: Option<&PreviousRun>,
    explain: bool,
) -> Result<(), ExtractError> {
    let writing = Instant::now();
    match outcome {
        Outcome::Fresh(stored, times) => {
            writer.times.merge(&times);
            let doc_id = stored.document.doc_id.clone();
            writer
                .stored(*stored, false)
                .map_err(|e| stored_failed(&doc_id, e))?;
        }
        Outcome::Unkept(doc_id, source) => return Err(ExtractError::Spill { doc_id, source }),
        Outcome::Reused(entry) => {
            let previous = previous.expect("reuse needs a previous run");
            reuse(writer, previous, entry, explain)?;
        }
        Outcome::Rejected(rejection) => writer.rejected(&rejected_record(rejection))?,
    }
    writer.times.add(Stage::Write, writing.elapsed());
    Ok(())
}

/// How far the workers may run ahead of the writer: input `i` may be processed once fewer
/// than `limit` inputs wait between the last one written and `i`. Released, it lets every
/// worker through, to stop.
struct Window {
    /// (inputs written, released)
    state: Mutex<(usize, bool)>,
    moved: Condvar,
    limit: usize,
}

impl Window {
    fn new(limit: usize) -> Window {
        Window {
            state: Mutex::new((0, false)),
            moved: Condvar::new(),
            limit,
        }
    }

    /// Waits until input `index` may be processed: true then, false once released.
    fn wait_for(&self, index: usize) -> bool {
        let state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let state = self
            .moved
            .wait_while(state, |&mut (written, released)| {
                !released && index >= written + self.limit
            })
            .unwrap_or_else(|e| e.into_inner());
        !state.1
    }

    /// Whether input `index` may be processed now, without waiting (or the window is
    /// released). Once true, it stays true: the window only moves on.
    fn admits(&self, index: usize) -> bool {
        let (written, released) = *self.state.lock().unwrap_or_else(|e| e.into_inner());
        released || index < written + self.limit
    }

    /// Records that the first `written` inputs are written.
    fn advance(&self, written: usize) {
        self.state.lock().unwrap_or_else(|e| e.into_inner()).0 = written;
        self.moved.notify_all();
    }

    /// Lets every waiting worker through, to stop.
    fn release(&self) {
        self.state.lock().unwrap_or_else(|e| e.into_inner()).1 = true;
        self.moved.notify_all();
    }
}

/// Releases a [`Window`] when dropped: however the writer ends, no worker waits for it.
struct ReleaseOnDrop<'w>(&'w Window);

impl Drop for ReleaseOnDrop<'_> {
    fn drop(&mut self) {
        self.0.release();
    }
}

/// Writes the previous run's records of an unchanged input (its explanations when
/// `explain`).
fn reuse(
    writer: &mut CorpusWriter,
    previous: &PreviousRun,
    entry: ManifestEntry,
    explain: bool,
) -> Result<(), ExtractError> {
    let doc_id = entry.doc_id.clone();
    let stored = previous
        .records()
        .stored(entry, explain)
        .map_err(|source| ExtractError::Reuse {
            doc_id: doc_id.clone(),
            source,
        })?;
    writer
        .stored(stored, true)
        .map_err(|e| stored_failed(&doc_id, e))
}

/// What stops a run when a document's encoded records cannot be written.
fn stored_failed(doc_id: &str, error: StoredError) -> ExtractError {
    let doc_id = doc_id.to_string();
    match error {
        StoredError::Claim { source, .. } => ExtractError::Reuse {
            doc_id,
            source: source.into(),
        },
        StoredError::Spill { source, .. } => ExtractError::Spill { doc_id, source },
        StoredError::Write(e) => e.into(),
    }
}

/// The `rejected.jsonl` line of a rejection.
fn rejected_record(rejection: Rejection) -> RejectedRecord {
    RejectedRecord {
        doc_id: rejection.doc_id,
        path: rejection.path,
        path_hex: rejection.path_hex,
        code: rejection.reason.code().to_string(),
        reason: rejection.reason.to_string(),
    }
}

/// Reads and processes one input: one document, or one per line of a `.jsonl` file.
fn process_input(pipeline: &Pipeline, input: &InputFile, max_bytes: u64) -> Vec<Outcome> {
    let mut read = StageTimes::default();
    // A .jsonl file's documents are redone on every run: only a plain file's stamp is kept,
    // taken from the file as it was read.
    let (documents, stamp) = read.time(Stage::Read, || {
        if ingest::is_json_lines(&input.path) {
            match ingest::read_json_lines(input, max_bytes) {
                Ok(documents) => (documents, None),
                Err(rejection) => (vec![Err(rejection)], None),
            }
        } else {
            match ingest::read_document_with_metadata(input, max_bytes) {
                Ok((document, metadata)) => (vec![Ok(document)], stamp_of(&metadata)),
                Err(rejection) => (vec![Err(rejection)], None),
            }
        }
    });
    // The input's reading time counts with its first document.
    let mut first_times = Some(read);
    documents
        .into_iter()
        .map(|document| {
            let mut times = first_times.take().unwrap_or_default();
            match document.and_then(|doc| process_document(pipeline, &doc, &mut times)) {
                Ok((document, signature, records)) => match records.finish() {
                    Ok(records) => Outcome::Fresh(
                        Box::new(stored_now(document, signature, records, stamp)),
                        times,
                    ),
                    Err(source) => Outcome::Unkept(document.doc_id, source),
                },
                Err(rejection) => Outcome::Rejected(rejection),
            }
        })
        .collect()
}

/// A document processed in this run, ready for the writer; `stamp` is its file's size and
/// modification time, when it is a file of its own.
fn stored_now(
    document: DocumentRecord,
    signature: Signature,
    records: EncodedRecords,
    stamp: Option<(u64, u64)>,
) -> StoredDocument {
    let (size, mtime_ns) = stamp.unwrap_or_default();
    let entry = ManifestEntry {
        doc_id: document.doc_id.clone(),
        path: document.path.clone(),
        size,
        mtime_ns,
        sha256: document.sha256.clone(),
        signature: signature.to_hex(),
    };
    StoredDocument {
        document,
        signature,
        mentions: records.mentions,
        claims: records.claims,
        explain: records.explain,
        relations: Some(records.relations),
        entry,
    }
}

/// Runs the pipeline on one document, encoding its records as they are made. A bug in one
/// document's processing must not take the batch down: it is rejected with the panic message,
/// and the batch goes on.
fn process_document(
    pipeline: &Pipeline,
    doc: &Document,
    times: &mut StageTimes,
) -> Result<(DocumentRecord, Signature, EncodedRecords), Rejection> {
    catch_panic(|| {
        let mut records = EncodedRecords::default();
        let (document, signature) = pipeline.process_into(doc, times, &mut records);
        (document, signature, records)
    })
    .map_err(|message| Rejection {
        doc_id: doc.doc_id.clone(),
        path: doc.path.clone(),
        path_hex: None,
        reason: RejectReason::Internal(message),
    })
}

fn progress_bar(total: u64, wanted: bool) -> ProgressBar {
    if !wanted {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} [{elapsed_precise}] {bar:40} {pos}/{len} documents ({per_sec}, eta {eta})",
        )
        .expect("valid progress template"),
    );
    bar
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_worker_ahead_of_the_writer_waits_until_the_writer_catches_up_or_releases_it() {
        let window = Window::new(2);
        assert!(window.wait_for(0));
        assert!(window.wait_for(1));
        std::thread::scope(|scope| {
            let ahead = scope.spawn(|| window.wait_for(3));
            window.advance(2);
            assert!(ahead.join().unwrap());
            let far_ahead = scope.spawn(|| window.wait_for(10));
            window.release();
            assert!(!far_ahead.join().unwrap());
        });
    }
}
