//! `coopex gazetteer check|stats`: validate and describe the gazetteer files.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;
use coopex::gazetteer::{check_files, EntityType, Gazetteer};

use super::{count, load_gazetteer, print_stdout, EXIT_FINDINGS};

/// Validate or describe gazetteers.
#[derive(Debug, Subcommand)]
pub enum GazetteerCommand {
    /// Validate gazetteer files: every bad line is reported with file, line and problem, both
    /// for the files on their own and layered on the shipped data as `extract --gazetteer`
    /// would load them (an alias clashing with a shipped entry is a problem).
    ///
    /// Exit code 1 when any problem is found.
    Check {
        /// A gazetteer folder (all its .tsv files and cues.tsv) or one entry file.
        #[arg(default_value = "gazetteers")]
        path: PathBuf,
    },
    /// Print counts of entries by type and of aliases.
    Stats {
        /// Extra gazetteer files or folders to layer on the shipped one.
        #[arg(long, value_name = "FILE_OR_DIR")]
        gazetteer: Vec<PathBuf>,
    },
}

/// Runs a `gazetteer` subcommand.
pub fn run(command: GazetteerCommand) -> anyhow::Result<ExitCode> {
    match command {
        GazetteerCommand::Check { path } => {
            if !path.exists() {
                anyhow::bail!("gazetteer path {} does not exist", path.display());
            }
            // On their own, and layered on the shipped data the way `extract --gazetteer`
            // loads them: an alias that clashes with a shipped entry is a problem too.
            let layered = Gazetteer::with_overlays(std::slice::from_ref(&path)).err();
            let checked = match (check_files(&path), layered) {
                (Ok(count), None) => Ok(count),
                (Ok(_), Some(errors)) => Err(errors),
                (Err(mut errors), Some(more)) => {
                    for e in more {
                        if !errors.contains(&e) {
                            errors.push(e);
                        }
                    }
                    Err(errors)
                }
                (Err(errors), None) => Err(errors),
            };
            match checked {
                Ok(entries) => {
                    print_stdout(&format!(
                        "{}: {}, no problems\n",
                        path.display(),
                        count(entries, "entry", "entries")
                    ))?;
                    Ok(ExitCode::SUCCESS)
                }
                Err(errors) => {
                    for e in &errors {
                        eprintln!("{e}");
                    }
                    eprintln!("{}", count(errors.len(), "problem", "problems"));
                    Ok(ExitCode::from(EXIT_FINDINGS))
                }
            }
        }
        GazetteerCommand::Stats { gazetteer } => {
            let gazetteer = load_gazetteer(&gazetteer)?;
            let mut by_type: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
            for entry in gazetteer.entries() {
                let slot = by_type.entry(entry.kind.as_str()).or_default();
                slot.0 += 1;
                slot.1 += entry.aliases.len() + 1;
            }
            let mut out = format!("{:<16} {:>8} {:>8}\n", "type", "entries", "names");
            for t in EntityType::ALL {
                if let Some((entries, names)) = by_type.get(t.as_str()) {
                    out.push_str(&format!("{:<16} {entries:>8} {names:>8}\n", t.as_str()));
                }
            }
            let (entries, names) = by_type
                .values()
                .fold((0, 0), |acc, v| (acc.0 + v.0, acc.1 + v.1));
            out.push_str(&format!("{:<16} {entries:>8} {names:>8}\n", "total"));
            out.push_str(&format!(
                "patterns {}  cues {}  hash {}\n",
                gazetteer.matcher().pattern_count(),
                gazetteer.cues().len(),
                gazetteer.hash()
            ));
            print_stdout(&out)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}
