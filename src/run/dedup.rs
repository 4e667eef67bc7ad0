//! Near-duplicate documents: wire stories republished, the same press release on two sites.
//! Documents whose [`Signature`]s estimate a Jaccard similarity of at least
//! [`NEAR_DUPLICATE_SIMILARITY`] are copies, and every copy points to the earliest document of
//! its group.

use foldhash::HashMap;

use crate::text::fingerprint::Signature;

/// Estimated Jaccard similarity of shingle sets from which two documents are copies.
pub const NEAR_DUPLICATE_SIMILARITY: f64 = 0.8;

/// Finds, for each document in turn, the earliest earlier document it copies.
#[derive(Debug, Default)]
pub struct DuplicateIndex {
    /// Signatures in arrival order, with the index of the original each document copies.
    seen: Vec<(Signature, u32)>,
    /// Band key (32 bits of it are plenty to find candidates, which are then compared) -> the
    /// first document with that band (copies point to the earliest original, so the first is
    /// the one to compare with).
    buckets: HashMap<u32, u32>,
}

impl DuplicateIndex {
    /// An empty index.
    pub fn new() -> DuplicateIndex {
        DuplicateIndex::default()
    }

    /// Adds the next document; returns the index (in arrival order) of the original it copies,
    /// or `None` when it is no copy.
    pub fn add(&mut self, signature: &Signature) -> Option<usize> {
        let index = self.seen.len() as u32;
        let mut best: Option<(u32, f64)> = None;
        if !signature.is_empty() {
            for key in signature.band_keys() {
                let Some(&other) = self.buckets.get(&(key as u32)) else {
                    continue;
                };
                let similarity = signature.similarity(&self.seen[other as usize].0);
                let better = best.is_none_or(|(_, s)| similarity > s);
                if similarity >= NEAR_DUPLICATE_SIMILARITY && better {
                    best = Some((other, similarity));
                }
            }
        }
        let original = best.map(|(other, _)| self.seen[other as usize].1);
        if !signature.is_empty() {
            for key in signature.band_keys() {
                self.buckets.entry(key as u32).or_insert(index);
            }
        }
        self.seen
            .push((signature.clone(), original.unwrap_or(index)));
        original.map(|o| o as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::segment::segment;

    fn signature(text: &str) -> Signature {
        Signature::of(text, &segment(text))
    }

    const STORY: &str = "Kenya has concluded space accords with more than a dozen partners on the peaceful use of outer space. The agreements cover satellite launches, lunar science and the training of astronauts from partner nations. Officials said the programme would open its space station to foreign experiments in the coming years, and that several partners had already submitted proposals for joint research.";

    #[test]
    fn a_copy_with_other_whitespace_and_boilerplate_is_caught() {
        let copy = format!(
            "Home | World | Science\n\nCHINA SPACE NEWS\n\n{}\n\nCopyright 2017 Example Daily. All rights reserved.\nBACK TO THE TOP\n",
            STORY.replace(". ", ".\n\n").replace(' ', "  ")
        );
        let mut index = DuplicateIndex::new();
        assert_eq!(index.add(&signature(STORY)), None);
        assert_eq!(index.add(&signature(&copy)), Some(0));
        assert!(signature(STORY).similarity(&signature(&copy)) >= NEAR_DUPLICATE_SIMILARITY);
    }

    #[test]
    fn two_reports_of_the_same_event_are_not_copies() {
        let other = "The conference in Beijing brought together space agencies from many countries. China used the meeting to present its plans for lunar exploration and invited partners to join its future space station, while European officials praised the productive cooperation of recent years.";
        let mut index = DuplicateIndex::new();
        index.add(&signature(STORY));
        assert_eq!(index.add(&signature(other)), None);
    }

    #[test]
    fn copies_point_to_the_earliest_original() {
        let mut index = DuplicateIndex::new();
        index.add(&signature(STORY));
        index.add(&signature(&format!("{STORY} ")));
        assert_eq!(index.add(&signature(&format!("  {STORY}"))), Some(0));
    }

    #[test]
    fn texts_too_short_for_a_shingle_are_never_copies() {
        let mut index = DuplicateIndex::new();
        index.add(&signature("Short text."));
        assert_eq!(index.add(&signature("Short text.")), None);
    }
}
