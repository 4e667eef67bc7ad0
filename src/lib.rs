//! coopex turns articles about international space cooperation into auditable data: every
//! country, space agency, organisation and mission an article names (matched against curated
//! gazetteers), and every cooperation claim it states ("X and Y signed an agreement", "NASA is
//! prohibited from working with China"), each with an exact byte-level citation.
//!
//! The tree shows the architecture, top to bottom as the code depends:
//!
//! - [`tools`]: what runs over a written output folder (audit, eval, export, report);
//! - [`run`]: one run over many documents (batch, stream, incremental, the reduce of a
//!   map/reduce run, the corpus-level writer they share, near-duplicates, relations, the
//!   atomic write);
//! - [`pipeline`]: the stages for one document, in the order they run:
//!   [`text::ingest`] → [`text::normalize`] → [`text::segment`] → [`gazetteer`] (match) →
//!   [`resolve`] → [`claims`] (extract claims), whose records [`run::write`] writes;
//! - [`claims`], [`resolve`], [`gazetteer`]: the stages that find parties and claims;
//! - [`record`] and [`schema`]: the wire format;
//! - [`text`]: bytes to text units (ingest, decode, normalize, segment, metadata, time
//!   expressions).
//!
//! ```
//! use coopex::text::ingest;
//! use coopex::{Gazetteer, Pipeline};
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

pub mod claims;
pub mod gazetteer;
pub mod pipeline;
pub mod record;
pub mod resolve;
pub mod run;
pub mod schema;
pub mod text;
pub mod tools;

pub use gazetteer::Gazetteer;
pub use pipeline::{DocumentOutput, Pipeline};
pub use run::batch::{run_extract, ExtractConfig};
