//! One run over many documents: reading the inputs in parallel ([`batch`], or [`stream`] for
//! standard input), skipping what an earlier run already did ([`incremental`]), what needs
//! the whole corpus ([`dedup`] for near-duplicates, [`relations`] for the network), and
//! committing the output folder atomically ([`write`](mod@write), whose file names are in [`files`]).

pub mod batch;
pub mod dedup;
pub mod files;
pub mod incremental;
pub mod relations;
pub mod stream;
pub mod write;
