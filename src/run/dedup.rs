//! Near-duplicate documents: wire stories republished, the same press release on two sites.
//! Each document's running text (body and bullet sentences, so navigation and copyright lines
//! do not count) is cut into overlapping 5-word shingles and summarised by a MinHash signature;
//! documents whose estimated Jaccard similarity reaches [`NEAR_DUPLICATE_SIMILARITY`] are
//! copies, and every copy points to the earliest document of its group. Signatures are small
//! and fixed-size, so a batch keeps one per document, never the texts.

use std::borrow::Cow;
use std::collections::{HashMap, VecDeque};

use crate::text::segment::{words, Sentence, UnitKind};

/// Words per shingle.
const SHINGLE_WORDS: usize = 5;
/// Hash functions per signature (32 of 16 bits keep a signature at 64 bytes; the estimate's
/// standard error near the threshold is about 0.07, and 16-bit values collide too rarely to
/// matter).
const SIGNATURE_LEN: usize = 32;
/// LSH bands (of `SIGNATURE_LEN / BANDS` rows each) used to find candidate pairs: with 8 bands
/// of 4 rows a pair at similarity 0.8 becomes a candidate with probability 0.98.
const BANDS: usize = 8;
/// Estimated Jaccard similarity of shingle sets from which two documents are copies.
pub const NEAR_DUPLICATE_SIMILARITY: f64 = 0.8;

/// A document's MinHash signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    minima: [u16; SIGNATURE_LEN],
    /// Shingles seen; a text too short for one shingle has an empty signature.
    shingles: usize,
}

impl Signature {
    /// The signature of a document's running text.
    pub fn of(text: &str, sentences: &[Sentence]) -> Signature {
        let words = sentences
            .iter()
            .filter(|s| matches!(s.kind, UnitKind::Body | UnitKind::Bullet))
            .flat_map(|s| words(&text[s.start..s.end]));
        let mut minima = [u16::MAX; SIGNATURE_LEN];
        let mut shingles = 0;
        // The last SHINGLE_WORDS words, lowercased (borrowed when already lowercase): a
        // window slides over the text without keeping its words.
        let mut window: VecDeque<Cow<'_, str>> = VecDeque::with_capacity(SHINGLE_WORDS);
        for word in words {
            if window.len() == SHINGLE_WORDS {
                window.pop_front();
            }
            window.push_back(lowercase(word.text));
            if window.len() < SHINGLE_WORDS {
                continue;
            }
            shingles += 1;
            let base = fnv1a(window.iter().map(|w| w.as_ref()));
            for (i, slot) in minima.iter_mut().enumerate() {
                // The top bits of a well-mixed hash are as good a MinHash value as the whole.
                let h = (mix(base ^ SEEDS[i]) >> 48) as u16;
                if h < *slot {
                    *slot = h;
                }
            }
        }
        Signature { minima, shingles }
    }

    /// The signature as hex, for the incremental manifest.
    pub fn to_hex(&self) -> String {
        let mut out = format!("{:08x}", self.shingles as u32);
        for m in &self.minima {
            out.push_str(&format!("{m:04x}"));
        }
        out
    }

    /// Reads a signature written by [`Signature::to_hex`].
    pub fn from_hex(hex: &str) -> Option<Signature> {
        let shingles = u32::from_str_radix(hex.get(..8)?, 16).ok()? as usize;
        let rest = hex.get(8..)?;
        if rest.len() != SIGNATURE_LEN * 4 {
            return None;
        }
        let mut minima = [0u16; SIGNATURE_LEN];
        for (i, slot) in minima.iter_mut().enumerate() {
            *slot = u16::from_str_radix(rest.get(i * 4..i * 4 + 4)?, 16).ok()?;
        }
        Some(Signature { minima, shingles })
    }

    /// Estimated Jaccard similarity of the two shingle sets.
    pub fn similarity(&self, other: &Signature) -> f64 {
        if self.shingles == 0 || other.shingles == 0 {
            return 0.0;
        }
        let same = self
            .minima
            .iter()
            .zip(&other.minima)
            .filter(|(a, b)| a == b)
            .count();
        same as f64 / SIGNATURE_LEN as f64
    }

    /// One key per band: the band's number and rows hashed together.
    fn band_keys(&self) -> impl Iterator<Item = u64> + '_ {
        let rows = SIGNATURE_LEN / BANDS;
        self.minima.chunks(rows).enumerate().map(|(band, chunk)| {
            chunk
                .iter()
                .fold(mix(band as u64), |h, &v| mix(h ^ u64::from(v)))
        })
    }
}

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
        if signature.shingles > 0 {
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
        if signature.shingles > 0 {
            for key in signature.band_keys() {
                self.buckets.entry(key as u32).or_insert(index);
            }
        }
        self.seen
            .push((signature.clone(), original.unwrap_or(index)));
        original.map(|o| o as usize)
    }
}

/// A word in lower case, borrowed when it already is.
fn lowercase(word: &str) -> Cow<'_, str> {
    let unchanged = |c: char| {
        let mut lower = c.to_lowercase();
        lower.next() == Some(c) && lower.next().is_none()
    };
    if word.chars().all(unchanged) {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

/// FNV-1a over the words of a shingle, with a separator between words.
fn fnv1a<'w>(words: impl Iterator<Item = &'w str>) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for w in words {
        for b in w.bytes().chain(std::iter::once(0x1f)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// A 64-bit finaliser (splitmix64) that spreads a hash over all bits.
fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// Fixed per-function seeds, so signatures are the same on every run and machine.
const SEEDS: [u64; SIGNATURE_LEN] = {
    let mut seeds = [0u64; SIGNATURE_LEN];
    let mut state: u64 = 0x5eed_c00b_e4a1_2024;
    let mut i = 0;
    while i < SIGNATURE_LEN {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        seeds[i] = state;
        i += 1;
    }
    seeds
};

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
    fn signatures_round_trip_through_hex() {
        let s = signature(STORY);
        assert_eq!(Signature::from_hex(&s.to_hex()), Some(s));
        assert_eq!(Signature::from_hex("zz"), None);
    }

    #[test]
    fn texts_too_short_for_a_shingle_are_never_copies() {
        let mut index = DuplicateIndex::new();
        index.add(&signature("Short text."));
        assert_eq!(index.add(&signature("Short text.")), None);
    }
}
