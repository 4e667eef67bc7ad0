//! `coopex show`: one claim as a person reads it.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::Args;
use coopex::record::ClaimRecord;
use coopex::run::files::CLAIMS_FILE;

use super::print_stdout;

/// The fewest characters of a claim id `show` takes, as git takes for a commit.
const MIN_PREFIX: usize = 4;

/// Print a claim with its paragraph, its parties, missions and cues highlighted (colour on a
/// terminal, brackets otherwise), its document, line and column, rule and confidence.
///
/// Brackets: [party], {mission}, <cue>. No colour when NO_COLOR is set (https://no-color.org).
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The claim id (from claims.jsonl), or a unique prefix of it of at least 4 characters.
    claim_id: String,
    /// The output folder of an extract run.
    #[arg(long, value_name = "OUT_DIR", default_value = "out")]
    out: PathBuf,
    /// Folder the document is under (by doc_id). Default: its recorded path.
    #[arg(long, value_name = "PATH")]
    corpus: Option<PathBuf>,
}

/// How a span is marked.
#[derive(Clone, Copy)]
enum Mark {
    Party,
    Mission,
    Cue,
}

impl Mark {
    fn wrap(self, text: &str, colour: bool) -> String {
        match (self, colour) {
            (Mark::Party, true) => format!("\x1b[1;32m{text}\x1b[0m"),
            (Mark::Mission, true) => format!("\x1b[1;36m{text}\x1b[0m"),
            (Mark::Cue, true) => format!("\x1b[1;33m{text}\x1b[0m"),
            (Mark::Party, false) => format!("[{text}]"),
            (Mark::Mission, false) => format!("{{{text}}}"),
            (Mark::Cue, false) => format!("<{text}>"),
        }
    }
}

/// Runs `show`.
pub fn run(args: ShowArgs) -> anyhow::Result<ExitCode> {
    let claims_path = args.out.join(CLAIMS_FILE);
    let text = std::fs::read_to_string(&claims_path)
        .with_context(|| format!("cannot read {}", claims_path.display()))?;
    let claim = find_claim(&text, &args.claim_id, &claims_path)?;
    let documents_path = args.out.join("documents.jsonl");
    let path = std::fs::read_to_string(&documents_path)
        .with_context(|| format!("cannot read {}", documents_path.display()))?
        .lines()
        .filter_map(|l| serde_json::from_str::<coopex::record::DocumentRecord>(l).ok())
        .find(|d| d.doc_id == claim.doc_id)
        .map(|d| match &args.corpus {
            Some(root) => root.join(&d.doc_id),
            None => PathBuf::from(d.path),
        })
        .ok_or_else(|| anyhow::anyhow!("no document record for {}", claim.doc_id))?;
    let doc = std::fs::read_to_string(&path)
        .with_context(|| format!("cannot read {}", path.display()))?;
    let evidence = &claim.evidence;
    if doc.get(evidence.start..evidence.end) != Some(evidence.text.as_str()) {
        anyhow::bail!(
            "{} no longer holds the claim's sentence at {}..{}: run `coopex audit`",
            path.display(),
            evidence.start,
            evidence.end
        );
    }
    let colour = use_colour(
        std::io::stdout().is_terminal(),
        std::env::var_os("NO_COLOR").as_deref(),
    );
    // The paragraph: from the blank line before the sentence to the blank line after it.
    let para_start = doc[..evidence.start].rfind("\n\n").map_or(0, |p| p + 2);
    let para_end = doc[evidence.end..]
        .find("\n\n")
        .map_or(doc.len(), |p| evidence.end + p);
    let mut marks: Vec<(usize, usize, Mark)> = claim
        .parties
        .iter()
        .map(|p| (p.start, p.end, Mark::Party))
        .chain(
            claim
                .missions
                .iter()
                .map(|m| (m.start, m.end, Mark::Mission)),
        )
        .chain(claim.cues.iter().map(|c| (c.start, c.end, Mark::Cue)))
        .collect();
    marks.sort_by_key(|m| (m.0, std::cmp::Reverse(m.1)));
    let mut body = String::new();
    let mut at = para_start;
    for (start, end, mark) in marks {
        if start < at || end > para_end {
            continue;
        }
        body.push_str(&doc[at..start]);
        body.push_str(&mark.wrap(&doc[start..end], colour));
        at = end;
    }
    body.push_str(&doc[at..para_end]);
    let names = |list: &[coopex::record::EntityRef]| {
        list.iter()
            .map(|e| e.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let out = format!(
        "claim {}: {} ({}, {}), CAMEO {}\nparties:  {}\nmissions: {}\nsource:   {}:{}:{} (bytes {}..{}, sha256 {})\nrule:     {} (confidence {})\n\n{}\n",
        claim.claim_id,
        claim.kind.as_str(),
        serde_json::to_value(claim.polarity)?.as_str().unwrap_or_default(),
        serde_json::to_value(claim.modality)?.as_str().unwrap_or_default(),
        claim.cameo,
        names(&claim.parties),
        if claim.missions.is_empty() { "-".to_string() } else { names(&claim.missions) },
        path.display(),
        evidence.line,
        evidence.column,
        evidence.start,
        evidence.end,
        &claim.doc_sha256[..12],
        claim.rule,
        claim.confidence,
        body.trim()
    );
    print_stdout(&out)?;
    Ok(ExitCode::SUCCESS)
}

/// The claim whose id is `wanted` or starts with it, from the lines of `claims.jsonl` read from
/// `path` (an id given by identical documents is one claim: the first record is shown).
fn find_claim(claims: &str, wanted: &str, path: &Path) -> anyhow::Result<ClaimRecord> {
    let prefix = wanted.to_ascii_lowercase();
    if prefix.len() < MIN_PREFIX || !prefix.chars().all(|c| c.is_ascii_hexdigit()) {
        anyhow::bail!(
            "`{wanted}` is not a claim id: give its 16 hex digits, or at least the first \
             {MIN_PREFIX}"
        );
    }
    let mut matching: Vec<ClaimRecord> = Vec::new();
    for line in claims.lines().filter(|l| l.contains(&prefix)) {
        let Ok(claim) = serde_json::from_str::<ClaimRecord>(line) else {
            continue;
        };
        if claim.claim_id.starts_with(&prefix)
            && !matching.iter().any(|c| c.claim_id == claim.claim_id)
        {
            matching.push(claim);
        }
    }
    match matching.len() {
        0 => anyhow::bail!("no claim {wanted} in {}", path.display()),
        1 => Ok(matching.remove(0)),
        _ => {
            let candidates: Vec<String> = matching
                .iter()
                .map(|c| format!("  {}  {}  {}", c.claim_id, c.kind.as_str(), c.doc_id))
                .collect();
            anyhow::bail!(
                "claim id prefix `{wanted}` is ambiguous; the candidates are:\n{}",
                candidates.join("\n")
            )
        }
    }
}

/// Whether to colour the output: on a terminal, unless `NO_COLOR` is set to anything but the
/// empty string (<https://no-color.org>).
fn use_colour(terminal: bool, no_color: Option<&std::ffi::OsStr>) -> bool {
    terminal && no_color.is_none_or(|v| v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_only_on_a_terminal_without_no_color() {
        let set = std::ffi::OsStr::new("1");
        let empty = std::ffi::OsStr::new("");
        let cases = [
            (true, None, true),
            (true, Some(empty), true),
            (true, Some(set), false),
            (false, None, false),
            (false, Some(set), false),
        ];
        for (terminal, no_color, want) in cases {
            assert_eq!(
                use_colour(terminal, no_color),
                want,
                "{terminal} {no_color:?}"
            );
        }
    }
}
