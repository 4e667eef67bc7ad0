//! From bytes to text units: the first stages of the pipeline, in the order they run.
//!
//! [`ingest`] walks the inputs and reads each file (with [`decode`] for gzip, encodings and
//! HTML, and [`reject`] for why an input is refused) → [`normalize`] gives the view the
//! matchers read → [`segment`] cuts paragraphs, sentences and list items → [`metadata`] finds
//! the title and date line, which [`timex`] uses to resolve time expressions; [`lines`] gives
//! citations their line and column, and [`fingerprint`] the document's near-duplicate
//! signature.

pub mod decode;
pub mod fingerprint;
pub mod ingest;
pub mod lines;
pub mod metadata;
pub mod normalize;
pub mod reject;
pub mod segment;
pub mod timex;
