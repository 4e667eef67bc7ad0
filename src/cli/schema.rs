//! `coopex schema`: the JSON Schema of each output record type.

use std::process::ExitCode;

use clap::Args;
use coopex::schema::{schema_text, RECORD_TYPES, SCHEMA_VERSION};

use super::print_stdout;

/// Print the JSON Schema of an output record type (document, mention, claim, rejected,
/// explain, relation, network, summary, error, stream), or list the types.
///
/// The schemas are generated from the record types and committed under schema/.
#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// The record type; without it, the types and their files are listed.
    #[arg(value_name = "TYPE")]
    record_type: Option<String>,
}

/// Runs `schema`.
pub fn run(args: SchemaArgs) -> anyhow::Result<ExitCode> {
    match args.record_type {
        Some(name) => {
            let text = schema_text(&name).ok_or_else(|| {
                let names: Vec<&str> = RECORD_TYPES.iter().map(|(n, _)| *n).collect();
                anyhow::anyhow!("unknown record type `{name}`; one of: {}", names.join(", "))
            })?;
            print_stdout(&text)?;
        }
        None => {
            let mut out = format!("schema version {SCHEMA_VERSION}\n");
            let name_width = RECORD_TYPES.iter().map(|(n, _)| n.len()).max().unwrap_or(0);
            let file_width = RECORD_TYPES.iter().map(|(_, f)| f.len()).max().unwrap_or(0);
            for (name, file) in RECORD_TYPES {
                out.push_str(&format!(
                    "{name:<name_width$}  {file:<file_width$}  schema/{name}.schema.json\n"
                ));
            }
            print_stdout(&out)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
