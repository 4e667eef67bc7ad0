//! Property tests: no panic on any input, and every span holds its text.

use coopex::text::ingest;
use coopex::{Gazetteer, Pipeline};
use proptest::prelude::*;
use std::sync::LazyLock;

static PIPELINE: LazyLock<Pipeline> =
    LazyLock::new(|| Pipeline::new(Gazetteer::builtin().expect("shipped gazetteer loads")));

/// Text built from pieces that exercise the matcher, the segmenter and the claim rules.
fn article() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("China".to_string()),
        Just("NASA’s".to_string()),
        Just("the U.S.".to_string()),
        Just("Chang’e-4".to_string()),
        Just(" signed an agreement with ".to_string()),
        Just(" will cooperate with ".to_string()),
        Just(" is prohibited from working with ".to_string()),
        Just(", said Dr. Li. ".to_string()),
        Just("\n\n".to_string()),
        Just("\r\n".to_string()),
        Just(" (ESA) ".to_string()),
        Just("• ".to_string()),
        Just("“".to_string()),
        "[ -~]{0,12}",
        "\\PC{0,6}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

/// Text built from what the segmenter decides on: terminators, abbreviations, initials, times,
/// list markers, ellipses, quotes, citations, e-mail addresses, line ends and blanks.
fn segmenter_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just(". "),
        Just("! "),
        Just("?\" "),
        Just("..."),
        Just(". . . "),
        Just(". . . . "),
        Just("… "),
        Just("[...]"),
        Just("U.S. "),
        Just("5 a.m. "),
        Just("Mr. "),
        Just("J. "),
        Just("No. "),
        Just("1. "),
        Just("2) "),
        Just("3.) "),
        Just("a. "),
        Just("b. "),
        Just("• "),
        Just("⁃"),
        Just("- "),
        Just("(Smith 55)"),
        Just("“"),
        Just("” "),
        Just("'"),
        Just("jo.doe@example.org"),
        Just("\n"),
        Just("\r\n"),
        Just("\n\n"),
        Just(" "),
        Just("\t"),
        Just("\u{feff}"),
        Just("The "),
        Just("how "),
    ];
    let word = prop_oneof!["[A-Za-z]{1,8}", "\\PC{0,4}"];
    let part = prop_oneof![3 => piece.prop_map(str::to_string), 2 => word];
    prop::collection::vec(part, 0..60).prop_map(|v| v.concat())
}

/// The bullet glyphs `segment` leaves out of an item's text (see `src/segment/lists.rs`).
const BULLET_GLYPHS: &[char] = &['•', '·', '▪', '‣', '◦', '⁃', '*', '-', '–', '+'];

/// Whether text between units is only what `segment` may leave out: blanks and bullet glyphs.
fn is_left_out(gap: &str) -> bool {
    gap.chars()
        .all(|c| c.is_whitespace() || c == '\u{feff}' || BULLET_GLYPHS.contains(&c))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn segment_units_are_ordered_trimmed_and_lose_nothing(
        text in prop_oneof![segmenter_text(), any::<String>()]
    ) {
        let mut covered = 0;
        for s in coopex::text::segment::segment(&text) {
            prop_assert!(covered <= s.start && s.start < s.end && s.end <= text.len());
            prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            let unit = &text[s.start..s.end];
            prop_assert_eq!(unit.trim(), unit);
            prop_assert!(is_left_out(&text[covered..s.start]), "lost {:?}", &text[covered..s.start]);
            covered = s.end;
        }
        prop_assert!(is_left_out(&text[covered..]), "lost {:?}", &text[covered..]);
    }

    #[test]
    fn ingest_never_panics_on_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = ingest::check_bytes("p".into(), "p".into(), bytes, 1 << 20);
    }

    #[test]
    fn every_span_holds_its_text(text in article()) {
        let Ok(doc) = ingest::check_bytes("p".into(), "p".into(), text.clone().into_bytes(), 1 << 20) else {
            return Ok(());
        };
        let out = PIPELINE.process(&doc);
        for m in &out.mentions {
            prop_assert_eq!(&text[m.start..m.end], m.text.as_str());
        }
        for c in &out.claims {
            prop_assert_eq!(&text[c.evidence.start..c.evidence.end], c.evidence.text.as_str());
            for p in c.parties.iter().chain(&c.missions) {
                prop_assert_eq!(&text[p.start..p.end], p.text.as_str());
            }
            for cue in &c.cues {
                prop_assert_eq!(&text[cue.start..cue.end], cue.text.as_str());
            }
            if let Some(t) = &c.time {
                prop_assert_eq!(&text[t.start..t.end], t.text.as_str());
            }
            for q in &c.quantities {
                prop_assert_eq!(&text[q.start..q.end], q.text.as_str());
            }
            prop_assert!(c.parties.len() >= 2);
        }
        for s in coopex::text::segment::segment(&text) {
            prop_assert!(s.start < s.end && text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
    }
}

/// A case the property search once shrank to: a clause after the claim whose subject begins
/// before the claim's last cue ended the pipeline with a panic.
#[test]
fn a_subject_before_the_last_cue_does_not_panic() {
    let text = " (ESA) the U.S.( is prohibited from working with  signed an agreement with  \
                signed an agreement with  (ESA)  signed an agreement with  (ESA) the U.S. signed \
                an agreement with ChinaChina";
    let doc = ingest::check_bytes("p".into(), "p".into(), text.as_bytes().to_vec(), 1 << 20)
        .expect("text is accepted");
    for c in &PIPELINE.process(&doc).claims {
        assert_eq!(&text[c.evidence.start..c.evidence.end], c.evidence.text);
    }
}
