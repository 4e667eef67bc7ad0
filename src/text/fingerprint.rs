//! A document's fingerprint for near-duplicate detection: its running text (body and bullet
//! sentences, so navigation and copyright lines do not count) cut into overlapping 5-word
//! shingles and summarised by a MinHash signature. Signatures are small and fixed-size, so a
//! batch keeps one per document, never the texts; [`crate::run::dedup`] compares them.

use std::borrow::Cow;
use std::collections::VecDeque;

use crate::text::segment::{word_iter, Sentence, UnitKind};

/// Words per shingle.
const SHINGLE_WORDS: usize = 5;
/// Hash functions per signature (32 of 16 bits keep a signature at 64 bytes; the estimate's
/// standard error near the threshold is about 0.07, and 16-bit values collide too rarely to
/// matter).
const SIGNATURE_LEN: usize = 32;
/// LSH bands (of `SIGNATURE_LEN / BANDS` rows each) used to find candidate pairs: with 8 bands
/// of 4 rows a pair at similarity 0.8 becomes a candidate with probability 0.98.
const BANDS: usize = 8;

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
            .flat_map(|s| word_iter(&text[s.start..s.end]));
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

    /// Whether the text was too short for a single shingle (such a signature is no one's copy).
    pub fn is_empty(&self) -> bool {
        self.shingles == 0
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

    /// One key per band (locality-sensitive hashing): the band's number and rows hashed
    /// together; signatures that share a key are candidates for comparison.
    pub fn band_keys(&self) -> impl Iterator<Item = u64> + '_ {
        let rows = SIGNATURE_LEN / BANDS;
        self.minima.chunks(rows).enumerate().map(|(band, chunk)| {
            chunk
                .iter()
                .fold(mix(band as u64), |h, &v| mix(h ^ u64::from(v)))
        })
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

    const TEXT: &str = "The two agencies agreed to build a relay satellite for the far side of the Moon and to share the data it returns with universities in both countries.";

    #[test]
    fn signatures_round_trip_through_hex() {
        let s = signature(TEXT);
        assert!(!s.is_empty());
        assert_eq!(Signature::from_hex(&s.to_hex()), Some(s));
        assert_eq!(Signature::from_hex("zz"), None);
    }

    #[test]
    fn case_and_spacing_do_not_change_a_signature() {
        let shouted = TEXT
            .replace("relay satellite", "RELAY SATELLITE")
            .replace(' ', "   ");
        assert_eq!(signature(TEXT), signature(&shouted));
        assert_eq!(signature(TEXT).similarity(&signature(&shouted)), 1.0);
        assert!(signature("Too short to shingle.").is_empty());
    }

    #[test]
    fn words_are_borrowed_when_already_lower_case() {
        assert!(matches!(lowercase("relay"), Cow::Borrowed("relay")));
        assert_eq!(lowercase("Moon"), "moon");
        assert_eq!(lowercase("ΣΟΦΙΑ"), "ΣΟΦΙΑ".to_lowercase());
    }
}
