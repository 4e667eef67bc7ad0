//! Benchmarks of the expensive steps, each checking its answer first so a fast wrong result
//! fails: building the gazetteer automaton, the whole per-document pipeline on the shipped
//! corpus, and segmentation alone on the same corpus (both reported as bytes per second, so
//! segmentation's share of the pipeline's time is the ratio of the two).
//!
//! Run with `cargo bench`. Whole-batch throughput against a plain multi-pattern scan is a
//! separate measurement (see the README's speed section).

use std::path::PathBuf;

use coopex::text::ingest::{self, Document};
use coopex::text::segment::segment;
use coopex::{Gazetteer, Pipeline};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

/// Claims the pipeline finds in `corpus/`; update when the extractor changes on purpose.
const EXPECTED_CORPUS_CLAIMS: usize = 12;

/// Units (sentences, headings, bullets, meta lines) `segment` finds in `corpus/`; update when
/// the segmenter changes on purpose.
const EXPECTED_CORPUS_UNITS: usize = 126;

fn corpus() -> Vec<Document> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus");
    ingest::discover(&[root])
        .expect("corpus/ exists")
        .iter()
        .map(|input| input.as_ref().expect("corpus files are usable"))
        .map(|input| ingest::read_document(input, ingest::DEFAULT_MAX_BYTES).expect("corpus reads"))
        .collect()
}

fn gazetteer_build(c: &mut Criterion) {
    let gazetteer = Gazetteer::builtin().expect("shipped gazetteer loads");
    assert!(gazetteer.entries().len() > 1000, "gazetteer lost entries");
    c.bench_function("gazetteer_build", |b| {
        b.iter(|| Gazetteer::builtin().expect("shipped gazetteer loads"))
    });
}

fn pipeline_on_corpus(c: &mut Criterion) {
    let pipeline = Pipeline::new(Gazetteer::builtin().expect("shipped gazetteer loads"));
    let docs = corpus();
    let claims: usize = docs.iter().map(|d| pipeline.process(d).claims.len()).sum();
    assert_eq!(
        claims, EXPECTED_CORPUS_CLAIMS,
        "the pipeline's answer changed"
    );
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let mut group = c.benchmark_group("pipeline");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("corpus", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| pipeline.process(d).claims.len())
                .sum::<usize>()
        })
    });
    group.finish();
}

fn segment_on_corpus(c: &mut Criterion) {
    let docs = corpus();
    let units: usize = docs.iter().map(|d| segment(&d.text).len()).sum();
    assert_eq!(
        units, EXPECTED_CORPUS_UNITS,
        "the segmenter's answer changed"
    );
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let mut group = c.benchmark_group("segment");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("corpus", |b| {
        b.iter(|| docs.iter().map(|d| segment(&d.text).len()).sum::<usize>())
    });
    group.finish();
}

criterion_group!(
    benches,
    gazetteer_build,
    pipeline_on_corpus,
    segment_on_corpus
);
criterion_main!(benches);
