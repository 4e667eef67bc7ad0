//! coopex turns articles about international space cooperation into auditable data: every
//! country, space agency, organisation and mission an article names (matched against curated
//! gazetteers), and every cooperation claim it states ("X and Y signed an agreement", "NASA is
//! prohibited from working with China"), each with an exact byte-level citation.
//!
//! The pipeline's stages are plain modules, in order:
//! [`ingest`] → [`normalize`] → [`segment`] → [`gazetteer`] (match) → [`resolve`] →
//! [`claims`] → [`write`](mod@write), with the output types in [`record`], the per-document driver in
//! [`pipeline`] and the batch driver in [`batch`].
//!
//! ```
//! use coopex::{Gazetteer, Pipeline, ingest};
//!
//! let pipeline = Pipeline::new(Gazetteer::builtin().unwrap());
//! let text = "In 2019, Chile and Peru signed an agreement to share data from their weather satellites.";
//! let doc = ingest::check_bytes("a.txt".into(), "a.txt".into(), text.as_bytes().to_vec(), 1 << 20).unwrap();
//! let out = pipeline.process(&doc);
//! let claim = &out.claims[0];
//! assert_eq!(claim.kind.as_str(), "agreement");
//! assert_eq!(&text[claim.evidence.start..claim.evidence.end], claim.evidence.text);
//! ```

#![deny(missing_docs)]

pub mod audit;
pub mod batch;
pub mod claims;
pub mod decode;
pub mod dedup;
pub mod eval;
pub mod export;
pub mod gazetteer;
pub mod incremental;
pub mod ingest;
pub mod metadata;
pub mod normalize;
pub mod pipeline;
pub mod record;
pub mod relations;
pub mod report;
pub mod resolve;
pub mod schema;
pub mod segment;
pub mod stream;
pub mod timex;
pub mod write;

pub use batch::{run_extract, ExtractConfig};
pub use gazetteer::Gazetteer;
pub use pipeline::{DocumentOutput, Pipeline};
