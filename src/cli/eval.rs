//! `coopex eval`: precision and recall against gold annotations.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use coopex::tools::eval::{evaluate, load_gold};
use coopex::Pipeline;

use super::{load_gazetteer, print_stdout, EXIT_FINDINGS};

/// Score the pipeline against gold annotations of entities and claims.
///
/// The gold file has one JSON object per document: {"doc", "entities", "claims"} (the format of
/// the development set). The rules are scored next to the co-occurrence baseline on the same
/// sentences and mentions: every sentence naming two or more distinct countries, agencies or
/// organisations is one collaboration claim among all of them. The first line is the margin,
/// rules minus baseline, for claim F1 and party-pair F1.
///
/// Then precision, recall and F1 for entities (overall and by type); for claims (strict match:
/// overlapping sentence, same parties; lenient match: overlapping sentence, two parties in
/// common) and the party pairs they imply, each for the rules, the baseline and their
/// difference; accuracy of kind, polarity and modality on matched claims; and every miss and
/// false alarm of the rules by document. --json prints all of it as one JSON object. Exit code 1
/// when a score or margin is below a floor given with --min-*.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Gold annotations (JSON Lines).
    #[arg(long, value_name = "FILE")]
    gold: PathBuf,
    /// Folder holding the documents the gold file names.
    #[arg(long, value_name = "DIR")]
    docs: PathBuf,
    /// Print the report as JSON.
    #[arg(long)]
    json: bool,
    /// Fail (exit 1) when entity F1 is below this.
    #[arg(long, value_name = "F1")]
    min_entity_f1: Option<f64>,
    /// Fail (exit 1) when claim F1 is below this.
    #[arg(long, value_name = "F1")]
    min_claim_f1: Option<f64>,
    /// Fail (exit 1) when party-pair F1 is below this.
    #[arg(long, value_name = "F1")]
    min_pair_f1: Option<f64>,
    /// Fail (exit 1) when claim F1 minus the baseline's claim F1 is below this (may be
    /// negative).
    #[arg(long, value_name = "F1", allow_negative_numbers = true)]
    min_claim_margin: Option<f64>,
    /// Fail (exit 1) when party-pair F1 minus the baseline's party-pair F1 is below this (may
    /// be negative).
    #[arg(long, value_name = "F1", allow_negative_numbers = true)]
    min_pair_margin: Option<f64>,
    /// Extra gazetteer files or folders, as for extract.
    #[arg(long, value_name = "FILE_OR_DIR")]
    gazetteer: Vec<PathBuf>,
}

/// Runs `eval`.
pub fn run(args: EvalArgs) -> anyhow::Result<ExitCode> {
    let pipeline = Pipeline::new(load_gazetteer(&args.gazetteer)?);
    let gold = load_gold(&args.gold)?;
    let report = evaluate(&pipeline, &gold, &args.docs)?;
    if args.json {
        print_stdout(&(serde_json::to_string_pretty(&report)? + "\n"))?;
    } else {
        print_stdout(&report.to_text())?;
    }
    let floors = [
        ("entity F1", report.entities.f1, args.min_entity_f1),
        ("claim F1", report.rules.claims.f1, args.min_claim_f1),
        (
            "party-pair F1",
            report.rules.party_pairs.f1,
            args.min_pair_f1,
        ),
        (
            "claim F1 margin over the baseline",
            report.margin.claim_f1,
            args.min_claim_margin,
        ),
        (
            "party-pair F1 margin over the baseline",
            report.margin.pair_f1,
            args.min_pair_margin,
        ),
    ];
    let mut below = false;
    for (name, value, floor) in floors {
        if let Some(floor) = floor.filter(|&f| value < f) {
            eprintln!("coopex: {name} {value:.3} is below the floor {floor:.3}");
            below = true;
        }
    }
    Ok(if below {
        ExitCode::from(EXIT_FINDINGS)
    } else {
        ExitCode::SUCCESS
    })
}
