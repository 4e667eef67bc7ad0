//! The pipeline, one document at a time ([`Pipeline::process`]): segment → normalize → match →
//! resolve → claims → records. [`crate::run::batch`] runs it over a whole batch of inputs.

use std::fmt;
use std::time::{Duration, Instant};

use crate::claims::{self, Claim, ClaimEntity, Decision, Finding};
use crate::gazetteer::{Gazetteer, GAZETTEER_VERSION};
use crate::record::{
    ClaimRecord, DecisionRecord, DocumentRecord, EntityRef, Evidence, ExplainLine, ExplainRecord,
    MentionRecord, Quantity, QuoteSelector, SetAside, Span, TimeExpression,
};
use crate::resolve::{self, Entities, Mention};
use crate::text::fingerprint::Signature;
use crate::text::ingest::Document;
use crate::text::lines::LineIndex;
use crate::text::metadata;
use crate::text::normalize::NormText;
use crate::text::segment::{self, Sentence};
use crate::text::timex;

/// Runs `work`, turning a panic (a bug on one document) into its message, so that the caller
/// can report the document and go on or stop cleanly.
///
/// # Errors
/// The panic's message when `work` panics.
pub fn catch_panic<T>(work: impl FnOnce() -> T) -> Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(work)).map_err(|panic| {
        panic
            .downcast_ref::<&str>()
            .map(|s| (*s).to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string())
    })
}

/// Everything one document yields.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentOutput {
    /// The `documents.jsonl` line.
    pub document: DocumentRecord,
    /// The `mentions.jsonl` lines, in text order.
    pub mentions: Vec<MentionRecord>,
    /// The `claims.jsonl` lines, in text order.
    pub claims: Vec<ClaimRecord>,
    /// The candidates the matching policy set aside and the claim decisions (only when
    /// explaining).
    pub explain: Vec<ExplainLine>,
    /// The document's MinHash signature, for near-duplicate detection across a batch.
    pub signature: Signature,
}

/// The per-document pipeline around one shared, immutable gazetteer.
#[derive(Debug)]
pub struct Pipeline {
    gazetteer: Gazetteer,
    explain: bool,
}

impl Pipeline {
    /// A pipeline over a loaded gazetteer.
    pub fn new(gazetteer: Gazetteer) -> Pipeline {
        Pipeline {
            gazetteer,
            explain: false,
        }
    }

    /// Also report the candidates the matching policy set aside, and why.
    pub fn with_explain(mut self, explain: bool) -> Pipeline {
        self.explain = explain;
        self
    }

    /// The gazetteer in use.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// Runs every stage on one document. Pure: the same document gives the same output.
    pub fn process(&self, doc: &Document) -> DocumentOutput {
        self.process_timed(doc, &mut StageTimes::default())
    }

    /// [`Pipeline::process`], adding the time each stage takes to `times`.
    pub fn process_timed(&self, doc: &Document, times: &mut StageTimes) -> DocumentOutput {
        let mut records = CollectedRecords::default();
        let (document, signature) = self.process_into(doc, times, &mut records);
        DocumentOutput {
            document,
            mentions: records.mentions,
            claims: records.claims,
            explain: records.explain,
            signature,
        }
    }

    /// Runs every stage on one document, handing `sink` each mention, claim and explanation
    /// record as soon as it is made (so a batch need not hold them all), adding the time each
    /// stage takes to `times`; returns the document's record and signature.
    pub fn process_into(
        &self,
        doc: &Document,
        times: &mut StageTimes,
        sink: &mut impl RecordSink,
    ) -> (DocumentRecord, Signature) {
        let text = doc.text.as_str();
        let mut sentences = times.time(Stage::Segment, || segment::segment(text));
        let norm = times.time(Stage::Normalize, || NormText::new(text));
        let candidates = times.time(Stage::MatchNames, || self.gazetteer.matcher().find(&norm));
        let mut entities = Entities::new(&self.gazetteer);
        let (mentions, lost) = times.time(Stage::Resolve, || {
            if self.explain {
                resolve::resolve_explained(&mut entities, text, candidates, &sentences)
            } else {
                (
                    resolve::resolve(&mut entities, text, candidates, &sentences),
                    Vec::new(),
                )
            }
        });
        let mut mentions = mentions;
        resolve::keep_names_whole(&mut sentences, &mut mentions);
        let (entities, mentions, sentences) = (entities, mentions, sentences);
        let cues = times.time(Stage::MatchCues, || self.gazetteer.cues().find(text, &norm));
        drop(norm);
        let records_started = Instant::now();
        let published = doc
            .published
            .clone()
            .or_else(|| metadata::published(text, &sentences));
        for l in &lost {
            let (entry, winner) = (entities.entry(l.entry), entities.entry(l.winner));
            sink.explain(ExplainLine::Candidate(ExplainRecord {
                doc_id: doc.doc_id.clone(),
                entity_id: entry.id.clone(),
                entity_type: entry.kind.as_str().to_string(),
                text: text[l.start..l.end].to_string(),
                start: l.start,
                end: l.end,
                winner_id: winner.id.clone(),
                winner_text: text[l.winner_span.0..l.winner_span.1].to_string(),
                winner_start: l.winner_span.0,
                winner_end: l.winner_span.1,
                rule: l.rule.to_string(),
            }));
        }
        drop(lost);
        times.add(Stage::Records, records_started.elapsed());
        // Each claim becomes a record as soon as its sentence is done (and a decision an
        // explanation, after the candidates above), so a document dense with claims holds one
        // sentence's claims at a time, not all of them. The time spent making records is the
        // records stage's, not the rules'.
        let mut recorder = ClaimRecorder::new(&entities, doc, &sentences, published.as_deref());
        let mut in_records = Duration::ZERO;
        let claims_started = Instant::now();
        claims::extract_each(
            &entities,
            text,
            &sentences,
            &mentions,
            &cues,
            self.explain,
            |finding| {
                let started = Instant::now();
                match finding {
                    Finding::Claim(claim) => sink.claim(recorder.record(claim)),
                    Finding::Decision(d) => {
                        sink.explain(decision_line(&entities, doc, &sentences, d));
                    }
                }
                in_records += started.elapsed();
            },
        );
        times.add(
            Stage::Claims,
            claims_started.elapsed().saturating_sub(in_records),
        );
        times.add(Stage::Records, in_records);
        let claims = recorder.count;
        drop((cues, recorder));
        // The mentions' records last: a sink that keeps records (`--stdin`) does not hold them
        // beside the cues.
        let records_started = Instant::now();
        let mut mention = MentionRecord {
            doc_id: doc.doc_id.clone(),
            entity_id: String::new(),
            name: String::new(),
            entity_type: String::new(),
            text: String::new(),
            start: 0,
            end: 0,
            sentence: 0,
            match_kind: String::new(),
            confidence: 0.0,
        };
        for m in &mentions {
            fill_mention_record(&mut mention, &entities, text, m);
            sink.mention(&mention);
        }
        let document = DocumentRecord {
            doc_id: doc.doc_id.clone(),
            path: doc.path.clone(),
            sha256: doc.sha256.clone(),
            bytes: text.len(),
            encoding: doc.encoding.clone(),
            compression: doc.compression.clone(),
            markup: doc.markup.clone(),
            title: metadata::title(text, &sentences),
            published,
            sentences: sentences.len(),
            mentions: mentions.len(),
            claims,
            near_duplicate_of: None,
            meta: doc.meta.clone(),
            signature: None,
            gazetteer_version: GAZETTEER_VERSION.to_string(),
            gazetteer_hash: self.gazetteer.hash().to_string(),
        };
        drop(mentions);
        times.add(Stage::Records, records_started.elapsed());
        let signature = times.time(Stage::Signature, || Signature::of(text, &sentences));
        (document, signature)
    }
}

/// Where [`Pipeline::process_into`] puts a document's records, one at a time, each file's in
/// its order (one file's records may come before another's: claims before mentions).
pub trait RecordSink {
    /// A `mentions.jsonl` line: one record, refilled for each mention of a document so that
    /// its strings are not allocated again and again.
    fn mention(&mut self, record: &MentionRecord);
    /// A `claims.jsonl` line.
    fn claim(&mut self, record: ClaimRecord);
    /// An `explain.jsonl` line.
    fn explain(&mut self, line: ExplainLine);
}

/// The records of [`Pipeline::process`], kept as they come.
#[derive(Default)]
struct CollectedRecords {
    mentions: Vec<MentionRecord>,
    claims: Vec<ClaimRecord>,
    explain: Vec<ExplainLine>,
}

impl RecordSink for CollectedRecords {
    fn mention(&mut self, record: &MentionRecord) {
        self.mentions.push(record.clone());
    }

    fn claim(&mut self, record: ClaimRecord) {
        self.claims.push(record);
    }

    fn explain(&mut self, line: ExplainLine) {
        self.explain.push(line);
    }
}

/// Where a run's time goes, stage by stage, as `extract --profile-stages` reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Reading, decoding and checking an input (batch runs).
    Read,
    /// Cutting paragraphs, sentences and list items.
    Segment,
    /// The normalized matching view.
    Normalize,
    /// The gazetteer's automaton over the view.
    MatchNames,
    /// One entity per span, references and lists.
    Resolve,
    /// The cue lexicon's automaton over the view.
    MatchCues,
    /// The claim rules.
    Claims,
    /// Building the records (time expressions, citations, `--explain` lines).
    Records,
    /// The near-duplicate signature.
    Signature,
    /// Near-duplicates, relations and writing the records (batch runs, one thread).
    Write,
}

impl Stage {
    /// Every stage, in the order a document meets them.
    pub const ALL: [Stage; 10] = [
        Stage::Read,
        Stage::Segment,
        Stage::Normalize,
        Stage::MatchNames,
        Stage::Resolve,
        Stage::MatchCues,
        Stage::Claims,
        Stage::Records,
        Stage::Signature,
        Stage::Write,
    ];

    /// The stage's name in reports.
    pub fn name(self) -> &'static str {
        match self {
            Stage::Read => "read",
            Stage::Segment => "segment",
            Stage::Normalize => "normalize",
            Stage::MatchNames => "match names",
            Stage::Resolve => "resolve",
            Stage::MatchCues => "match cues",
            Stage::Claims => "claims",
            Stage::Records => "records",
            Stage::Signature => "signature",
            Stage::Write => "write",
        }
    }
}

/// Time spent per [`Stage`], summed over documents (and over a batch's worker threads, so
/// the total can exceed the wall time).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StageTimes([Duration; Stage::ALL.len()]);

impl StageTimes {
    /// Adds `elapsed` to a stage.
    pub fn add(&mut self, stage: Stage, elapsed: Duration) {
        self.0[stage as usize] += elapsed;
    }

    /// Runs `work`, adding the time it takes to a stage.
    pub fn time<T>(&mut self, stage: Stage, work: impl FnOnce() -> T) -> T {
        let started = Instant::now();
        let result = work();
        self.add(stage, started.elapsed());
        result
    }

    /// The time spent in a stage.
    pub fn get(&self, stage: Stage) -> Duration {
        self.0[stage as usize]
    }

    /// Adds every stage's time of `other`.
    pub fn merge(&mut self, other: &StageTimes) {
        for stage in Stage::ALL {
            self.add(stage, other.get(stage));
        }
    }

    /// The time of all stages together.
    pub fn total(&self) -> Duration {
        self.0.iter().sum()
    }
}

impl fmt::Display for StageTimes {
    /// One line per stage: its name, seconds and share of the total.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let total = self.total().as_secs_f64().max(f64::MIN_POSITIVE);
        writeln!(f, "{:<12} {:>9} {:>7}", "stage", "seconds", "share")?;
        for stage in Stage::ALL {
            let seconds = self.get(stage).as_secs_f64();
            writeln!(
                f,
                "{:<12} {seconds:>9.3} {:>6.1}%",
                stage.name(),
                100.0 * seconds / total
            )?;
        }
        write!(
            f,
            "{:<12} {:>9.3} {:>6.1}%",
            "total",
            self.total().as_secs_f64(),
            100.0
        )
    }
}

/// Makes `record` (of the document of `text`) the record of mention `m`, reusing its strings.
fn fill_mention_record(
    record: &mut MentionRecord,
    entities: &Entities<'_>,
    text: &str,
    m: &Mention,
) {
    let entry = entities.entry(m.entry);
    for (slot, value) in [
        (&mut record.entity_id, entry.id.as_str()),
        (&mut record.name, &entry.name),
        (&mut record.entity_type, entry.kind.as_str()),
        (&mut record.text, &text[m.start..m.end]),
        (&mut record.match_kind, m.via.as_str()),
    ] {
        slot.clear();
        slot.push_str(value);
    }
    record.start = m.start;
    record.end = m.end;
    record.sentence = m.sentence;
    record.confidence = m.confidence;
}

fn entity_ref(entities: &Entities<'_>, text: &str, e: &ClaimEntity) -> EntityRef {
    let entry = entities.entry(e.entry);
    EntityRef {
        entity_id: entry.id.clone(),
        name: entry.name.clone(),
        entity_type: entry.kind.as_str().to_string(),
        text: text[e.start..e.end].to_string(),
        start: e.start,
        end: e.end,
        antecedent: e.antecedent.map(|(start, end)| Span {
            text: text[start..end].to_string(),
            start,
            end,
        }),
    }
}

/// The `explain.jsonl` line of a sentence's decision.
fn decision_line(
    entities: &Entities<'_>,
    doc: &Document,
    sentences: &[Sentence],
    d: Decision,
) -> ExplainLine {
    let text = doc.text.as_str();
    let sentence = &sentences[d.sentence];
    ExplainLine::Decision(DecisionRecord {
        doc_id: doc.doc_id.clone(),
        sentence: d.sentence,
        start: sentence.start,
        end: sentence.end,
        decision: d.outcome.to_string(),
        rules: d.rules,
        set_aside: d
            .set_aside
            .iter()
            .map(|&(entry, start, end, why)| SetAside {
                entity_id: entities.entry(entry).id.clone(),
                text: text[start..end].to_string(),
                start,
                end,
                reason: why.to_string(),
            })
            .collect(),
    })
}

/// Makes the records of a document's claims one at a time, in text order, as the rules find
/// them.
struct ClaimRecorder<'a> {
    entities: &'a Entities<'a>,
    doc: &'a Document,
    sentences: &'a [Sentence],
    published: Option<&'a str>,
    /// Built at the first claim: a document without claims has no line to cite.
    lines: Option<LineIndex>,
    /// The facts of the sentence of the last claim: claims come in text order, a sentence's
    /// together, so its time and counts are found once for them all.
    facts: Option<SentenceFacts>,
    /// How many records were made.
    count: usize,
}

impl<'a> ClaimRecorder<'a> {
    fn new(
        entities: &'a Entities<'a>,
        doc: &'a Document,
        sentences: &'a [Sentence],
        published: Option<&'a str>,
    ) -> ClaimRecorder<'a> {
        ClaimRecorder {
            entities,
            doc,
            sentences,
            published,
            lines: None,
            facts: None,
            count: 0,
        }
    }

    /// The record of the next claim.
    fn record(&mut self, claim: Claim) -> ClaimRecord {
        let (doc, sentences) = (self.doc, self.sentences);
        let lines = self.lines.get_or_insert_with(|| LineIndex::new(&doc.text));
        let facts = match &mut self.facts {
            Some(facts) if facts.sentence == claim.sentence => facts,
            slot => slot.insert(SentenceFacts::of(
                &doc.text,
                sentences,
                self.published,
                claim.sentence,
            )),
        };
        self.count += 1;
        claim_record(self.entities, doc, sentences, lines, facts, claim)
    }
}

/// What a claim record takes from its evidence sentence alone, found once for all the claims
/// of one sentence.
struct SentenceFacts {
    /// Index of the sentence.
    sentence: usize,
    time: Option<TimeExpression>,
    quantities: Vec<Quantity>,
}

impl SentenceFacts {
    /// The facts of `sentences[sentence]` in `text`, relative dates resolved against
    /// `published`.
    fn of(
        text: &str,
        sentences: &[Sentence],
        published: Option<&str>,
        sentence: usize,
    ) -> SentenceFacts {
        let span = &sentences[sentence];
        let words = &text[span.start..span.end];
        SentenceFacts {
            sentence,
            time: timex::find_time(words, span.start, published),
            quantities: timex::find_quantities(words, span.start),
        }
    }
}

fn claim_record(
    entities: &Entities<'_>,
    doc: &Document,
    sentences: &[Sentence],
    lines: &LineIndex,
    facts: &SentenceFacts,
    claim: Claim,
) -> ClaimRecord {
    debug_assert_eq!(facts.sentence, claim.sentence);
    let text = doc.text.as_str();
    let sentence = &sentences[claim.sentence];
    let sentence_text = &text[sentence.start..sentence.end];
    let (line, column) = lines.line_column(text, sentence.start);
    let mut record = ClaimRecord {
        claim_id: String::new(),
        doc_id: doc.doc_id.clone(),
        doc_sha256: doc.sha256.clone(),
        kind: claim.kind,
        polarity: claim.polarity,
        modality: claim.modality,
        parties: claim
            .parties
            .iter()
            .map(|p| entity_ref(entities, text, p))
            .collect(),
        missions: claim
            .missions
            .iter()
            .map(|m| entity_ref(entities, text, m))
            .collect(),
        cues: claim
            .cues
            .iter()
            .map(|&(start, end)| Span {
                text: text[start..end].to_string(),
                start,
                end,
            })
            .collect(),
        evidence: Evidence {
            text: sentence_text.to_string(),
            start: sentence.start,
            end: sentence.end,
            line,
            column,
            selector: QuoteSelector::new(text, sentence.start, sentence.end),
        },
        cameo: claim.kind.cameo().to_string(),
        quad_class: claim.kind.quad_class(),
        time: facts.time.clone(),
        quantities: facts.quantities.clone(),
        confidence: claim.confidence,
        rule: claim.rule,
    };
    record.claim_id = record.expected_id();
    record
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stage_times_add_up_and_print_one_line_per_stage() {
        let mut times = StageTimes::default();
        times.add(Stage::Segment, Duration::from_millis(300));
        let mut other = StageTimes::default();
        other.add(Stage::Segment, Duration::from_millis(100));
        other.add(Stage::Write, Duration::from_millis(600));
        times.merge(&other);
        assert_eq!(times.get(Stage::Segment), Duration::from_millis(400));
        assert_eq!(times.total(), Duration::from_millis(1000));
        let table = times.to_string();
        assert_eq!(table.lines().count(), Stage::ALL.len() + 2);
        assert!(table.contains("segment          0.400   40.0%"), "{table}");
        assert!(table.contains("write            0.600   60.0%"), "{table}");
        assert!(table.ends_with("total            1.000  100.0%"), "{table}");
    }

    #[test]
    fn a_panic_becomes_its_message() {
        assert_eq!(catch_panic(|| 7), Ok(7));
        let numbers = [1, 2];
        let index = std::hint::black_box(9);
        let got = catch_panic(|| numbers[index]);
        assert!(got.is_err_and(|m| m.contains("index out of bounds")));
        assert_eq!(
            catch_panic(|| -> u8 { panic!("stop here") }),
            Err("stop here".into())
        );
    }

    #[test]
    fn a_timed_run_gives_the_same_output() {
        let pipeline = Pipeline::new(Gazetteer::builtin().unwrap());
        let text = "Zorvia and Quellan signed an agreement on lunar science.";
        let doc = crate::text::ingest::invented(text);
        let mut times = StageTimes::default();
        assert_eq!(
            pipeline.process_timed(&doc, &mut times),
            pipeline.process(&doc)
        );
        assert!(times.get(Stage::MatchNames) > Duration::ZERO);
        assert_eq!(times.get(Stage::Read), Duration::ZERO);
    }

    #[test]
    fn claims_of_one_sentence_share_its_time_and_counts() {
        let pipeline = Pipeline::new(Gazetteer::builtin().unwrap());
        let text = "Published 2021-06-10\n\n\
            On 3 March 2020, Kenya’s orbiter carried a probe built by the German Aerospace \
            Center in partnership with the Italian Space Agency, over 12 satellites in all.\n\n\
            Russia suspended its work with Arianespace on Monday and the European Union \
            sanctioned Russia last year.\n";
        let doc = crate::text::ingest::invented(text);
        let claims = pipeline.process(&doc).claims;
        let starts: Vec<usize> = claims.iter().map(|c| c.evidence.start).collect();
        let shared = starts.windows(2).filter(|w| w[0] == w[1]).count();
        assert!(shared >= 2, "{starts:?}");
        for c in &claims {
            let e = &c.evidence;
            let published = Some("2021-06-10");
            assert!(c.time.is_some(), "{}", e.text);
            assert_eq!(c.time, timex::find_time(&e.text, e.start, published));
            assert_eq!(c.quantities, timex::find_quantities(&e.text, e.start));
        }
    }
}
