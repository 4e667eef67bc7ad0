//! The names of the files in an output folder.

/// Documents read.
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

/// The manifest: what the last run read, for `--incremental`.
pub const MANIFEST_FILE: &str = "manifest.json";

/// A file in a staging folder that marks it as coopex's: the walk never reads such a folder,
/// and the next run removes it if the run that made it was killed.
pub const STAGING_MARKER: &str = ".coopex-staging";

/// Every name a run may leave in an output folder: what a stale staging folder may hold.
pub const OUTPUT_NAMES: &[&str] = &[
    DOCUMENTS_FILE,
    MENTIONS_FILE,
    CLAIMS_FILE,
    REJECTED_FILE,
    SUMMARY_FILE,
    EXPLAIN_FILE,
    RELATIONS_FILE,
    NETWORK_FILE,
    GRAPHML_FILE,
    MANIFEST_FILE,
    STAGING_MARKER,
];
