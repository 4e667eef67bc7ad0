//! A document's fingerprint for near-duplicate detection: its running text (body and bullet
//! sentences, so navigation and copyright lines do not count) cut into overlapping 5-word
//! shingles and summarised by a MinHash signature. Signatures are small and fixed-size, so a
//! batch keeps one per document, never the texts; [`crate::run::dedup`] compares them.
//!
//! Signatures are stored (the incremental manifest) and compared across runs, so what goes into
//! them is fixed: the words of [`crate::text::segment::word_iter`], lowercased as
//! `str::to_lowercase` does, five to a shingle, each word followed by the byte 0x1f, hashed
//! with FNV-1a, then spread by splitmix64 with each of 32 fixed seeds. How it is computed is
//! free, and made fast: words are found by a byte loop where the text allows
//! ([`for_each_word`]), lowercased into one reused buffer, and hashed a batch of shingles at a
//! time. A test pins signatures computed by the first, plain implementation.

use crate::text::segment::{for_each_word, Sentence, UnitKind};

/// Words per shingle.
const SHINGLE_WORDS: usize = 5;
/// Hash functions per signature (32 of 16 bits keep a signature at 64 bytes; the estimate's
/// standard error near the threshold is about 0.07, and 16-bit values collide too rarely to
/// matter).
const SIGNATURE_LEN: usize = 32;
/// LSH bands (of `SIGNATURE_LEN / BANDS` rows each) used to find candidate pairs: with 8 bands
/// of 4 rows a pair at similarity 0.8 becomes a candidate with probability 0.98.
const BANDS: usize = 8;
/// The byte that follows each word of a shingle in its hash input.
const WORD_END: u8 = 0x1f;

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
        let mut shingler = Shingler::new();
        for s in sentences
            .iter()
            .filter(|s| matches!(s.kind, UnitKind::Body | UnitKind::Bullet))
        {
            for_each_word(&text[s.start..s.end], |word| shingler.push(word));
        }
        shingler.flush();
        Signature {
            minima: shingler.minima,
            shingles: shingler.shingles,
        }
    }

    /// The signature as hex, for the incremental manifest.
    pub fn to_hex(&self) -> String {
        let mut bytes = Vec::with_capacity(4 + 2 * SIGNATURE_LEN);
        bytes.extend_from_slice(&(self.shingles as u32).to_be_bytes());
        for m in &self.minima {
            bytes.extend_from_slice(&m.to_be_bytes());
        }
        hex::encode(bytes)
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

/// The window of [`Signature::of`] as it slides over the words: the words whose shingles are not
/// hashed yet, lowercased into one reused buffer, each followed by [`WORD_END`], so a shingle's
/// hash input is one slice and no word is allocated.
struct Shingler {
    /// Lowercased words, each followed by [`WORD_END`].
    window: Vec<u8>,
    /// Where each word of `window` starts.
    starts: Vec<usize>,
    /// The signature's minima so far.
    minima: [u16; SIGNATURE_LEN],
    /// Shingles hashed so far.
    shingles: usize,
}

impl Shingler {
    /// Shingles hashed together: one FNV-1a is a chain of multiplications, each waiting for the
    /// last, but a batch's hashes are independent chains the processor runs side by side, and
    /// its values are folded into the minima in one vectorised loop.
    const BATCH: usize = 64;

    fn new() -> Shingler {
        Shingler {
            window: Vec::with_capacity(1024),
            starts: Vec::with_capacity(Shingler::BATCH + SHINGLE_WORDS),
            minima: [u16::MAX; SIGNATURE_LEN],
            shingles: 0,
        }
    }

    /// Adds the next word, hashing a batch of shingles when it completes one.
    fn push(&mut self, word: &str) {
        self.starts.push(self.window.len());
        push_lowercase(&mut self.window, word);
        self.window.push(WORD_END);
        if self.starts.len() == Shingler::BATCH + SHINGLE_WORDS - 1 {
            self.flush();
        }
    }

    /// Hashes the shingles complete in the window into the minima and drops the words only they
    /// needed, keeping the first words of the next shingle.
    fn flush(&mut self) {
        let count = (self.starts.len() + 1).saturating_sub(SHINGLE_WORDS);
        if count == 0 {
            return;
        }
        let (window, starts) = (&self.window, &self.starts);
        let shingle = |i: usize| {
            let end = starts.get(i + SHINGLE_WORDS).copied();
            &window[starts[i]..end.unwrap_or(window.len())]
        };
        let mut hashes = [0u64; Shingler::BATCH];
        let in_fours = count - count % 4;
        for i in (0..in_fours).step_by(4) {
            let four = [shingle(i), shingle(i + 1), shingle(i + 2), shingle(i + 3)];
            hashes[i..i + 4].copy_from_slice(&fnv1a_4(four));
        }
        for (i, hash) in (in_fours..count).zip(&mut hashes[in_fours..count]) {
            *hash = fnv1a(shingle(i));
        }
        fold_minima(&mut self.minima, &hashes[..count]);
        self.shingles += count;
        let keep = self.starts[count];
        self.window.drain(..keep);
        self.starts.drain(..count);
        for start in &mut self.starts {
            *start -= keep;
        }
    }
}

/// Lowers each of `minima` to the least MinHash value of its hash function over the shingle
/// hashes `hashes`.
fn fold_minima(minima: &mut [u16; SIGNATURE_LEN], hashes: &[u64]) {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the processor has just been found to support AVX2.
        unsafe { fold_minima_avx2(minima, hashes) };
        return;
    }
    fold_minima_portable(minima, hashes);
}

/// [`fold_minima`] compiled for AVX2: its four-lane multiplications make [`mix`] about twice as
/// fast as the two lanes of SSE2, which every x86-64 processor has. The values are the same.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn fold_minima_avx2(minima: &mut [u16; SIGNATURE_LEN], hashes: &[u64]) {
    fold_minima_portable(minima, hashes);
}

/// [`fold_minima`] for any processor.
#[inline(always)]
fn fold_minima_portable(minima: &mut [u16; SIGNATURE_LEN], hashes: &[u64]) {
    for (slot, seed) in minima.iter_mut().zip(SEEDS) {
        // The top bits of a well-mixed hash are as good a MinHash value as the whole.
        let least = hashes.iter().map(|&h| (mix(h ^ seed) >> 48) as u16).min();
        *slot = (*slot).min(least.unwrap_or(u16::MAX));
    }
}

/// Appends `word.to_lowercase()` to `out` without allocating. `str::to_lowercase` maps each
/// character on its own, as `char::to_lowercase` does, except a capital sigma, whose small form
/// depends on its neighbours: the rare word with one is left to it.
fn push_lowercase(out: &mut Vec<u8>, word: &str) {
    if word.is_ascii() {
        out.extend(word.bytes().map(|b| b.to_ascii_lowercase()));
    } else if word.contains('Σ') {
        out.extend_from_slice(word.to_lowercase().as_bytes());
    } else {
        let mut utf8 = [0u8; 4];
        for c in word.chars().flat_map(char::to_lowercase) {
            out.extend_from_slice(c.encode_utf8(&mut utf8).as_bytes());
        }
    }
}

/// FNV-1a over bytes: a shingle's (its lowercased words, each followed by [`WORD_END`]).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(FNV_OFFSET_BASIS, |h, &b| fnv1a_step(h, b))
}

/// [`fnv1a`] of four shingles, in step while they last.
fn fnv1a_4(shingles: [&[u8]; 4]) -> [u64; 4] {
    let common = shingles.iter().map(|s| s.len()).min().unwrap_or(0);
    let [a, b, c, d] = shingles.map(|s| s.split_at(common));
    let mut h = [FNV_OFFSET_BASIS; 4];
    for (((&x, &y), &z), &w) in a.0.iter().zip(b.0).zip(c.0).zip(d.0) {
        h = [
            fnv1a_step(h[0], x),
            fnv1a_step(h[1], y),
            fnv1a_step(h[2], z),
            fnv1a_step(h[3], w),
        ];
    }
    for (h, rest) in h.iter_mut().zip([a.1, b.1, c.1, d.1]) {
        *h = rest.iter().fold(*h, |h, &b| fnv1a_step(h, b));
    }
    h
}

/// FNV-1a's starting value.
const FNV_OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;

/// One byte of FNV-1a.
fn fnv1a_step(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
}

/// A 64-bit finaliser (splitmix64) that spreads a hash over all bits.
#[inline(always)]
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
    use crate::text::segment::{segment, word_iter};

    fn signature(text: &str) -> Signature {
        Signature::of(text, &segment(text))
    }

    const TEXT: &str = "The two agencies agreed to build a relay satellite for the far side of the Moon and to share the data it returns with universities in both countries.";

    /// Running text with what the word rules and lower-casing treat specially: curly quotes,
    /// dashes, numbers with separators, dotted and colon words, underscores, capitals outside
    /// ASCII, a final sigma, a dotted capital I, a combining accent and line breaks.
    const MIXED: &str = "The agencies\u{2019} \u{201c}RELAY\u{201d} deal \u{2014} signed in Z\u{dc}RICH on 3.5.2024 by \u{39f}\u{394}\u{3a5}\u{3a3}\u{3a3}\u{395}\u{391}\u{3a3} Papadopoulos, e.g. for 1,000.5 kg of cargo \u{2014} covers \u{130}stanbul's ground station_2,\nna\u{ef}ve co-operation:ops and Cafe\u{301} _x_ data\u{a0}links, per the agreement.\nBoth sides said they don't expect delays.";

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
    fn signatures_stay_what_they_were() {
        // Written to manifest.json and compared across runs: a change here orphans every stored
        // signature. The values were computed by the first implementation.
        let long = long_text();
        let cases = [
            (TEXT, "000000180dce00c40e0e12750488024f0c7c057b049a0f3c03bf09211567097e024f022614c51a8d0584135c087b205a07cd0dac004e0a0e0802197f0a3c04c4251d0ecb"),
            (MIXED, "000000240b460760001e013a00dc038702190c67033d036303a207f7164c004100fc0f35026205de06660a5601a301840032046302e60bfc0a2b0c5e04b21200005708b9"),
            (&long, "00000b040005001a005d00100011003b001e0042003f00d700850024000300c8001d001600c500050018017a001e004100010071000a0052003900230047001200180033"),
        ];
        for (text, hex) in cases {
            assert_eq!(signature(text).to_hex(), hex, "{text}");
            assert_eq!(reference_signature(text).to_hex(), hex, "{text}");
        }
    }

    /// Many sentences, for a text whose shingles are more than one batch.
    fn long_text() -> String {
        let parties = [
            "The agency",
            "Its partner",
            "The ministry",
            "A consortium of universities",
        ];
        let verbs = [
            "will share",
            "agreed to exchange",
            "plans to process",
            "declined to release",
        ];
        let things = [
            "telemetry",
            "ranging data",
            "images of the far side",
            "ground station time",
        ];
        let whose = [
            "two",
            "THREE",
            "\u{c9}LYS\u{c9}E",
            "\u{3a9}MEGA\u{3a3}",
            "the U.S.",
        ];
        (0..200)
            .map(|i| {
                let (party, verb) = (parties[i % 4], verbs[i / 4 % 4]);
                let (thing, mission) = (things[i / 16 % 4], i * 7 % 31);
                format!(
                    "{party} {verb} {thing} from mission {mission} with {} partners.\n",
                    whose[i % 5]
                )
            })
            .collect()
    }

    /// The signature as the first implementation computed it, one word and one shingle at a
    /// time, with a `String` per word: what the fast one must equal.
    fn reference_signature(text: &str) -> Signature {
        let words: Vec<String> = segment(text)
            .iter()
            .filter(|s| matches!(s.kind, UnitKind::Body | UnitKind::Bullet))
            .flat_map(|s| word_iter(&text[s.start..s.end]))
            .map(|w| w.text.to_lowercase())
            .collect();
        let mut minima = [u16::MAX; SIGNATURE_LEN];
        for shingle in words.windows(SHINGLE_WORDS) {
            let mut h: u64 = 0xcbf2_9ce4_8422_2325;
            for b in shingle.iter().flat_map(|w| w.bytes().chain([0x1f])) {
                h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
            }
            for (slot, seed) in minima.iter_mut().zip(SEEDS) {
                *slot = (*slot).min((mix(h ^ seed) >> 48) as u16);
            }
        }
        let shingles = (words.len() + 1).saturating_sub(SHINGLE_WORDS);
        Signature { minima, shingles }
    }

    #[test]
    fn minima_are_the_same_on_every_processor() {
        let hashes: Vec<u64> = (0..Shingler::BATCH as u64)
            .map(|i| mix(i) ^ (i << 40))
            .collect();
        for n in [0, 1, 3, hashes.len()] {
            let (mut fast, mut portable) = ([u16::MAX; SIGNATURE_LEN], [u16::MAX; SIGNATURE_LEN]);
            fold_minima(&mut fast, &hashes[..n]);
            fold_minima_portable(&mut portable, &hashes[..n]);
            assert_eq!(fast, portable, "{n} hashes");
        }
    }

    #[test]
    fn lowercase_is_that_of_str_to_lowercase() {
        let cases = [
            "relay",
            "Moon",
            "ΣΟΦΙΑ",
            "ΟΔΥΣΣΕΑΣ",
            "Σ",
            "İstanbul",
            "ZÜRICH",
            "ǅ",
            "ẞ",
        ];
        for word in cases {
            let mut out = Vec::new();
            push_lowercase(&mut out, word);
            assert_eq!(
                String::from_utf8(out).unwrap(),
                word.to_lowercase(),
                "{word}"
            );
        }
        let mut out = Vec::new();
        for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
            out.clear();
            push_lowercase(&mut out, c.encode_utf8(&mut [0; 4]));
            assert_eq!(out, c.to_string().to_lowercase().as_bytes(), "{c:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn lowercase_is_that_of_str_to_lowercase_on_any_word(word in "[a-zA-ZΣσΟΔİé\u{301} ]{0,12}|\\PC{0,12}") {
            let mut out = Vec::new();
            push_lowercase(&mut out, &word);
            proptest::prop_assert_eq!(out, word.to_lowercase().into_bytes());
        }
    }

    proptest::proptest! {
        // Fewer cases than the default: each is a few hundred words, up to five batches.
        #![proptest_config(proptest::test_runner::Config::with_cases(64))]

        #[test]
        fn signatures_are_those_of_the_reference_on_any_text(
            pieces in proptest::collection::vec(
                // Compiled once: a regex given as a `&str` is compiled for every piece.
                proptest::string::string_regex(
                    "[A-Za-z]{1,9}|[A-Z.]{1,4}|[0-9.,]{1,5}|[ .,;:'\n-]{1,3}|\\PC{1,3}|[ÉΣé’“”]",
                )
                .expect("the pattern compiles"),
                0..300,
            )
        ) {
            let text = pieces.join(" ");
            proptest::prop_assert_eq!(signature(&text), reference_signature(&text));
        }
    }
}
