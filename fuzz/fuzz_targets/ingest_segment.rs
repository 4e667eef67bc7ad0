//! Fuzzes the ingest and segment stages, and the rest of the pipeline behind them: any bytes
//! must give a rejection or a document whose every span holds its text — never a panic.

#![no_main]

use std::sync::LazyLock;

use coopex::text::{ingest, segment};
use coopex::{Gazetteer, Pipeline};
use libfuzzer_sys::fuzz_target;

static PIPELINE: LazyLock<Pipeline> =
    LazyLock::new(|| Pipeline::new(Gazetteer::builtin().expect("shipped gazetteer loads")));

fuzz_target!(|bytes: &[u8]| {
    let Ok(doc) = ingest::check_bytes("fuzz".into(), "fuzz".into(), bytes.to_vec(), 1 << 20) else {
        return;
    };
    let text = doc.text.as_str();
    for s in segment::segment(text) {
        assert!(s.start < s.end && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
    }
    let out = PIPELINE.process(&doc);
    for m in &out.mentions {
        assert_eq!(&text[m.start..m.end], m.text);
    }
    for c in &out.claims {
        assert_eq!(&text[c.evidence.start..c.evidence.end], c.evidence.text);
        for p in c.parties.iter().chain(&c.missions) {
            assert_eq!(&text[p.start..p.end], p.text);
        }
    }
});
