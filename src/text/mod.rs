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

/// Every text made of at most `pieces_up_to` of `pieces` joined in any order and with any
/// repeats, the empty text first: the inputs of the exhaustive tests of byte-level searches.
#[cfg(test)]
pub(crate) fn every_text(pieces: &[&str], pieces_up_to: usize) -> Vec<String> {
    let mut all = vec![String::new()];
    let mut last = vec![String::new()];
    for _ in 0..pieces_up_to {
        last = last
            .iter()
            .flat_map(|t| pieces.iter().map(move |p| format!("{t}{p}")))
            .collect();
        all.extend(last.iter().cloned());
    }
    all
}
