//! `coopex export`: the claims of an output folder in the formats other tools read.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::{Args, ValueEnum};
use coopex::run::relations::to_graphml;
use coopex::run::write::write_text_atomic;
use coopex::tools::export;

use super::{create_parent_folder, print_stdout};

/// Export the claims of an extract output folder as CSV, brat standoff, W3C Web Annotation or
/// GraphML.
///
/// Reads the files `coopex extract` wrote into OUT_DIR. brat and webanno cite the documents'
/// text: each document is read from the path recorded in documents.jsonl (relative to the
/// current folder, or to --corpus) and must be unchanged since extract (same SHA-256). Their
/// offsets are character offsets, converted from the records' byte offsets.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The output folder of `coopex extract`.
    #[arg(value_name = "OUT_DIR")]
    out_dir: PathBuf,
    /// The format to write.
    #[arg(long, short, value_enum, value_name = "FORMAT")]
    format: Format,
    /// Where to write. csv, webanno, graphml: a file (omitted or `-`: stdout; its folder is
    /// created if missing). brat: a folder (required; created if missing).
    #[arg(long, short, value_name = "PATH")]
    output: Option<PathBuf>,
    /// The folder extract was run from, which the document paths in documents.jsonl are
    /// relative to [default: the current folder]; where no file is found at a path, the
    /// document's id under this folder is tried, so the input folder itself works too.
    #[arg(long, value_name = "DIR")]
    corpus: Option<PathBuf>,
    /// brat only: also write the documents without claims (to annotate what coopex missed).
    #[arg(long)]
    all_documents: bool,
}

/// The interchange formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// One row per claim, RFC 4180 (parties, party_ids and missions joined with "; ").
    Csv,
    /// brat standoff: <doc>.txt and <doc>.ann per document, plus annotation.conf; each claim
    /// is an event triggered by its main cue, with Party, Mission and Cue arguments and
    /// Polarity and Modality attributes.
    Brat,
    /// W3C Web Annotation (JSON-LD): an AnnotationCollection, one Annotation per claim whose
    /// target selects the evidence sentence (TextQuoteSelector and TextPositionSelector).
    Webanno,
    /// The cooperation network (network.json) as GraphML.
    Graphml,
}

/// Runs `export`.
pub fn run(args: ExportArgs) -> anyhow::Result<ExitCode> {
    if !args.out_dir.is_dir() {
        anyhow::bail!("output folder {} does not exist", args.out_dir.display());
    }
    if args.all_documents && args.format != Format::Brat {
        anyhow::bail!("--all-documents applies to --format brat only");
    }
    let base = args.corpus.clone().unwrap_or_default();
    match args.format {
        Format::Csv => {
            let claims = export::read_claims(&args.out_dir)?;
            write_output(args.output.as_deref(), &export::claims_csv(&claims))?;
        }
        Format::Graphml => {
            let network = export::read_network(&args.out_dir)?;
            write_output(args.output.as_deref(), &to_graphml(&network))?;
        }
        Format::Webanno => {
            let documents = export::read_documents(&args.out_dir)?;
            let claims = export::read_claims(&args.out_dir)?;
            let sources = export::read_sources(&documents, &claims, &base, false)?;
            let collection = export::web_annotations(&sources, &claims)?;
            let text = serde_json::to_string_pretty(&collection)
                .context("cannot encode the annotations")?;
            write_output(args.output.as_deref(), &(text + "\n"))?;
        }
        Format::Brat => {
            let folder = args
                .output
                .as_deref()
                .filter(|p| *p != Path::new("-"))
                .context("--format brat writes a folder of files: give it with --output DIR")?;
            let documents = export::read_documents(&args.out_dir)?;
            let claims = export::read_claims(&args.out_dir)?;
            let sources = export::read_sources(&documents, &claims, &base, args.all_documents)?;
            write_brat(folder, &sources, &claims)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes `text` to the file, or to stdout when there is none or it is `-`.
fn write_output(output: Option<&Path>, text: &str) -> anyhow::Result<()> {
    match output {
        None => print_stdout(text),
        Some(path) if path == Path::new("-") => print_stdout(text),
        Some(path) => {
            create_parent_folder(path)?;
            Ok(write_text_atomic(path, text)?)
        }
    }
}

/// Writes the brat files of every document and `annotation.conf` into `folder`.
fn write_brat(
    folder: &Path,
    sources: &[export::SourceDocument],
    claims: &[coopex::record::ClaimRecord],
) -> anyhow::Result<()> {
    let documents = export::brat_documents(sources, claims)?;
    fs::create_dir_all(folder)
        .with_context(|| format!("cannot create output folder {}", folder.display()))?;
    for document in &documents {
        let stem = folder.join(&document.stem);
        if let Some(parent) = stem.parent() {
            fs::create_dir_all(parent)
                .with_context(|| format!("cannot create folder {}", parent.display()))?;
        }
        let text_path = with_suffix(&stem, ".txt");
        fs::write(&text_path, document.text)
            .with_context(|| format!("cannot write {}", text_path.display()))?;
        let ann_path = with_suffix(&stem, ".ann");
        fs::write(&ann_path, &document.annotations)
            .with_context(|| format!("cannot write {}", ann_path.display()))?;
    }
    let conf_path = folder.join("annotation.conf");
    fs::write(&conf_path, export::brat_annotation_conf(claims))
        .with_context(|| format!("cannot write {}", conf_path.display()))
}

/// `stem` with `suffix` appended (`notes.text` + `.txt` is `notes.text.txt`, where
/// `Path::with_extension` would replace `.text`).
fn with_suffix(stem: &Path, suffix: &str) -> PathBuf {
    let mut name = stem.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}
