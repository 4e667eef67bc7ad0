//! One run over many documents: reading the inputs in parallel ([`batch`], or [`stream`] for
//! standard input), skipping what an earlier run already did ([`incremental`]), merging the
//! records of map runs and output folders ([`reduce`]), what needs the whole corpus
//! ([`corpus`], which writes documents in order for `extract` and `reduce` alike, with
//! [`dedup`] for near-duplicates and [`relations`] for the network), and committing the
//! output folder atomically ([`write`](mod@write), whose file names are in [`files`]; a
//! document's records wait for it in [`spill`], encoded by [`encode`]).

pub mod batch;
pub mod corpus;
pub mod dedup;
pub mod encode;
pub mod files;
pub mod incremental;
pub mod reduce;
pub mod relations;
pub mod spill;
pub mod stream;
pub mod write;
