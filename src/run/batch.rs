//! A batch run (`coopex extract`): finds the inputs, runs the pipeline on them in parallel,
//! and writes every output file atomically, in input order, with bounded memory.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;

use crate::gazetteer::GAZETTEER_VERSION;
use crate::pipeline::{DocumentOutput, Pipeline, Stage, StageTimes};
use crate::record::{ClaimRecord, DocumentRecord, RejectedRecord, Summary};
use crate::run::dedup::DuplicateIndex;
use crate::run::files::{CLAIMS_FILE, DOCUMENTS_FILE, EXPLAIN_FILE, MENTIONS_FILE};
use crate::run::incremental::{file_stamp, Manifest, ManifestEntry, PreviousRun};
use crate::run::relations::{Affiliations, RelationSet};
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
    /// The worker threads could not be started.
    #[error("cannot start the worker threads")]
    Workers(#[source] rayon::ThreadPoolBuildError),
    /// The previous run's records of an unchanged input could not be read back.
    #[error("cannot reuse the previous records of {doc_id}")]
    Reuse {
        /// The input whose records were to be reused.
        doc_id: String,
        /// Why they could not be.
        source: ReuseError,
    },
}

/// Why the previous run's records of an input cannot be reused.
#[derive(Debug, thiserror::Error)]
pub enum ReuseError {
    /// A previous output file could not be read.
    #[error("cannot read the previous output")]
    Read(#[from] std::io::Error),
    /// A previous record is not valid JSON of its type.
    #[error("malformed previous record")]
    Malformed(#[from] serde_json::Error),
    /// The manifest's near-duplicate signature is not valid.
    #[error("bad signature in the manifest")]
    Signature,
}

/// How many documents a chunk holds per worker: bounds memory while keeping workers busy.
const DOCUMENTS_PER_WORKER: usize = 16;
/// Processed chunks that may wait for the writer.
const CHUNKS_IN_FLIGHT: usize = 2;

/// What the workers hand the writer for one input.
enum Outcome {
    /// Processed now; with the input's size and modification time, and the time its stages
    /// took.
    Fresh(Box<DocumentOutput>, Option<(u64, u64)>, StageTimes),
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
    let inputs = ingest::discover(&config.inputs)?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(config.jobs)
        .build()
        .map_err(ExtractError::Workers)?;
    let previous = if config.incremental {
        PreviousRun::load(&config.out_dir, &header)
    } else {
        None
    };
    let progress = progress_bar(inputs.len() as u64, config.progress);
    let mut writer = Writer::new(out, pipeline, config, inputs.len());
    // Workers process the next chunks while this thread writes the previous one, in order;
    // at most CHUNKS_IN_FLIGHT chunks wait, so memory stays bounded.
    let chunk_size = config.jobs * DOCUMENTS_PER_WORKER;
    std::thread::scope(|scope| -> Result<(), ExtractError> {
        let (sender, receiver) = std::sync::mpsc::sync_channel(CHUNKS_IN_FLIGHT);
        let pool = &pool;
        let inputs = &inputs;
        let previous = previous.as_ref();
        scope.spawn(move || {
            for chunk in inputs.chunks(chunk_size) {
                let outcomes: Vec<Outcome> = pool.install(|| {
                    chunk
                        .par_iter()
                        .flat_map_iter(|input| match input {
                            Err(rejection) => vec![Outcome::Rejected(rejection.clone())],
                            Ok(input) => match previous.and_then(|p| p.unchanged(input)) {
                                Some(entry) => vec![Outcome::Reused(entry)],
                                None => process_input(pipeline, input, config.max_bytes),
                            },
                        })
                        .collect()
                });
                if sender.send(outcomes).is_err() {
                    break;
                }
            }
        });
        for outcomes in receiver {
            for outcome in outcomes {
                let writing = Instant::now();
                match outcome {
                    Outcome::Fresh(output, stamp, times) => {
                        writer.times.merge(&times);
                        writer.fresh(*output, stamp)?;
                    }
                    Outcome::Reused(entry) => {
                        let previous = previous.expect("reuse needs a previous run");
                        writer.reused(entry, previous)?;
                    }
                    Outcome::Rejected(rejection) => writer.rejected(rejection)?,
                }
                writer.times.add(Stage::Write, writing.elapsed());
                progress.inc(1);
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

/// Writes outcomes in order and keeps what spans documents: counts, near-duplicates,
/// relations, the manifest.
struct Writer<'a> {
    out: OutputSet,
    config: &'a ExtractConfig,
    summary: Summary,
    duplicates: DuplicateIndex,
    relations: RelationSet,
    /// Time per stage so far.
    times: StageTimes,
}

/// A document's number in the run and the number of the document that counts as its source.
#[derive(Clone, Copy)]
struct Numbers {
    document: u32,
    source: u32,
}

impl<'a> Writer<'a> {
    fn new(
        out: OutputSet,
        pipeline: &Pipeline,
        config: &'a ExtractConfig,
        inputs: usize,
    ) -> Writer<'a> {
        Writer {
            out,
            config,
            summary: Summary {
                schema_version: SCHEMA_VERSION.to_string(),
                coopex_version: env!("CARGO_PKG_VERSION").to_string(),
                gazetteer_version: GAZETTEER_VERSION.to_string(),
                gazetteer_hash: pipeline.gazetteer().hash().to_string(),
                inputs,
                documents: 0,
                reused: 0,
                rejected: 0,
                sentences: 0,
                mentions: 0,
                claims: 0,
                claims_by_kind: BTreeMap::new(),
                bytes: 0,
                jobs: config.jobs,
                elapsed_ms: 0,
            },
            duplicates: DuplicateIndex::new(),
            relations: RelationSet::new(Affiliations::of(pipeline.gazetteer())),
            times: StageTimes::default(),
        }
    }

    /// Numbers a document, marks it as a near-duplicate of an earlier one if it is, and
    /// counts it.
    fn admit(&mut self, document: &mut DocumentRecord, signature: &Signature) -> Numbers {
        let original = self.duplicates.add(signature);
        let number = self.relations.register_document(&document.doc_id);
        document.near_duplicate_of =
            original.map(|i| self.relations.document_id(i as u32).to_string());
        self.summary.documents += 1;
        self.summary.sentences += document.sentences;
        self.summary.bytes += document.bytes as u64;
        Numbers {
            document: number,
            source: original.map_or(number, |i| i as u32),
        }
    }

    /// Counts a claim and adds it to the relations, the near-duplicate's original counting as
    /// its source.
    fn count_claim(&mut self, claim: &ClaimRecord, numbers: Numbers) {
        self.summary.claims += 1;
        *self
            .summary
            .claims_by_kind
            .entry(claim.kind.as_str().to_string())
            .or_default() += 1;
        self.relations.add(claim, numbers.document, numbers.source);
    }

    fn fresh(
        &mut self,
        mut output: DocumentOutput,
        stamp: Option<(u64, u64)>,
    ) -> Result<(), WriteError> {
        let numbers = self.admit(&mut output.document, &output.signature);
        self.summary.mentions += output.mentions.len();
        for claim in &output.claims {
            self.count_claim(claim, numbers);
        }
        self.out.write_document(&output)?;
        let (size, mtime_ns) = stamp.unwrap_or_default();
        self.out.write_manifest_entry(&ManifestEntry {
            doc_id: output.document.doc_id.clone(),
            path: output.document.path.clone(),
            size,
            mtime_ns,
            sha256: output.document.sha256.clone(),
            signature: output.signature.to_hex(),
        })
    }

    fn reused(&mut self, entry: ManifestEntry, previous: &PreviousRun) -> Result<(), ExtractError> {
        let reuse_failed = |source| ExtractError::Reuse {
            doc_id: entry.doc_id.clone(),
            source,
        };
        let PreviousRecords {
            mut document,
            signature,
            mentions,
            claims,
            explain,
        } = PreviousRecords::read(&entry, previous, self.config.explain).map_err(reuse_failed)?;
        let numbers = self.admit(&mut document, &signature);
        self.summary.mentions += mentions.iter().filter(|&&b| b == b'\n').count();
        for line in claims.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
            let claim: ClaimRecord =
                serde_json::from_slice(line).map_err(|e| reuse_failed(e.into()))?;
            self.count_claim(&claim, numbers);
        }
        self.out
            .write_reused(&document, &mentions, &claims, &explain)?;
        self.summary.reused += 1;
        Ok(self.out.write_manifest_entry(&entry)?)
    }

    fn rejected(&mut self, rejection: Rejection) -> Result<(), WriteError> {
        self.summary.rejected += 1;
        self.out.write_rejection(&RejectedRecord {
            doc_id: rejection.doc_id,
            path: rejection.path,
            path_hex: rejection.path_hex,
            code: rejection.reason.code().to_string(),
            reason: rejection.reason.to_string(),
        })
    }

    fn finish(mut self, started: Instant) -> Result<Summary, WriteError> {
        self.summary.elapsed_ms = started.elapsed().as_millis() as u64;
        self.out
            .commit(&self.summary, &self.relations, self.config.graphml)?;
        Ok(self.summary)
    }
}

/// The previous run's records of an unchanged input.
struct PreviousRecords {
    document: DocumentRecord,
    /// Its near-duplicate signature, from the manifest.
    signature: Signature,
    /// Its lines of `mentions.jsonl`, `claims.jsonl` and `explain.jsonl`, as they were written.
    mentions: Vec<u8>,
    claims: Vec<u8>,
    explain: Vec<u8>,
}

impl PreviousRecords {
    /// Reads them (`explain.jsonl`'s only when `explain`).
    fn read(
        entry: &ManifestEntry,
        previous: &PreviousRun,
        explain: bool,
    ) -> Result<PreviousRecords, ReuseError> {
        let records = |file| previous.records(file, &entry.doc_id);
        Ok(PreviousRecords {
            document: serde_json::from_slice(&records(DOCUMENTS_FILE)?)?,
            signature: Signature::from_hex(&entry.signature).ok_or(ReuseError::Signature)?,
            mentions: records(MENTIONS_FILE)?,
            claims: records(CLAIMS_FILE)?,
            explain: if explain {
                records(EXPLAIN_FILE)?
            } else {
                Vec::new()
            },
        })
    }
}

/// Reads and processes one input: one document, or one per line of a `.jsonl` file.
fn process_input(pipeline: &Pipeline, input: &InputFile, max_bytes: u64) -> Vec<Outcome> {
    let mut read = StageTimes::default();
    let documents = read.time(Stage::Read, || {
        if ingest::is_json_lines(&input.path) {
            match ingest::read_json_lines(input, max_bytes) {
                Ok(documents) => documents,
                Err(rejection) => vec![Err(rejection)],
            }
        } else {
            vec![ingest::read_document(input, max_bytes)]
        }
    });
    // A .jsonl file's documents are redone on every run: only a plain file's stamp is kept.
    let stamp = (documents.len() == 1 && !ingest::is_json_lines(&input.path))
        .then(|| file_stamp(&input.path))
        .flatten();
    // The input's reading time counts with its first document.
    let mut first_times = Some(read);
    documents
        .into_iter()
        .map(|document| {
            let mut times = first_times.take().unwrap_or_default();
            match document.and_then(|doc| process_document(pipeline, &doc, &mut times)) {
                Ok(output) => Outcome::Fresh(Box::new(output), stamp, times),
                Err(rejection) => Outcome::Rejected(rejection),
            }
        })
        .collect()
}

/// Runs the pipeline on one document. A bug in one document's processing must not take the
/// batch down: it is rejected with the panic message, and the batch goes on.
fn process_document(
    pipeline: &Pipeline,
    doc: &Document,
    times: &mut StageTimes,
) -> Result<DocumentOutput, Rejection> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        pipeline.process_timed(doc, times)
    }))
    .map_err(|panic| {
        let message = panic
            .downcast_ref::<&str>()
            .map(|s| (*s).to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string());
        Rejection {
            doc_id: doc.doc_id.clone(),
            path: doc.path.clone(),
            path_hex: None,
            reason: RejectReason::Internal(message),
        }
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
