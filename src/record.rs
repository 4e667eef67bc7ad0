//! The output records: the wire format other tools rely on.
//!
//! `extract` writes one JSON object per line (JSON Lines) to four files, and one JSON object to
//! `summary.json`. Every `start`/`end` is a half-open **byte** range into the document's original
//! bytes: `raw[start..end]` decodes to exactly the record's `text`. Records are ordered by
//! document (input order), then by offset. Fields are only ever added, never renamed or removed
//! within a major version; consumers should ignore fields they do not know.
//!
//! A claim line (wrapped here, the selector's context shortened):
//!
//! ```json
//! {"claim_id":"2bc090acb9432b2a","doc_id":"example.txt","doc_sha256":"e7d8e63e…",
//!  "kind":"agreement","polarity":"positive","modality":"actual",
//!  "parties":[{"entity_id":"country:CL","name":"Chile","type":"country","text":"Chile","start":162,"end":167},
//!             {"entity_id":"country:PE","name":"Peru","type":"country","text":"Peru","start":172,"end":176}],
//!  "missions":[{"entity_id":"program:copernicus","name":"Copernicus programme","type":"program","text":"Copernicus programme","start":223,"end":243}],
//!  "cues":[{"text":"signed","start":177,"end":183}],
//!  "evidence":{"text":"In 2019, Chile and Peru signed an agreement …","start":153,"end":273,"line":7,"column":5,
//!              "selector":{"type":"TextQuoteSelector","exact":"In 2019, …","prefix":"…milestones:\n\n  • ","suffix":"\n  • Bolivia is …"}},
//!  "cameo":"057","quad_class":1,"time":{"text":"2019","start":156,"end":160,"value":"2019"},"quantities":[],
//!  "confidence":0.9,"rule":"cue:sign"}
//! ```

use serde::{Deserialize, Serialize};

pub use crate::text::timex::{Quantity, TimeExpression};

/// What a claim states.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    /// Signing, concluding or ratifying an agreement, memorandum, contract, convention.
    Agreement,
    /// A mission or programme presented as jointly owned or run.
    JointMission,
    /// A party takes part in or joins another party's mission or body.
    Participation,
    /// A party provides hardware, instruments, services for another party's mission.
    Contribution,
    /// General cooperation, partnership, co-development, exchanges.
    Collaboration,
    /// Sanctions, bans, suspending, ending or withdrawing from cooperation.
    Prohibition,
    /// A wish, plan or proposal to cooperate, when that is the main statement.
    Intent,
}

impl ClaimKind {
    /// Every kind, strongest first (see [`ClaimKind::strength`]).
    pub const ALL: [ClaimKind; 7] = [
        ClaimKind::Prohibition,
        ClaimKind::Intent,
        ClaimKind::Agreement,
        ClaimKind::JointMission,
        ClaimKind::Contribution,
        ClaimKind::Participation,
        ClaimKind::Collaboration,
    ];

    /// The name used in the output and in the cue lexicon.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Agreement => "agreement",
            ClaimKind::JointMission => "joint_mission",
            ClaimKind::Participation => "participation",
            ClaimKind::Contribution => "contribution",
            ClaimKind::Collaboration => "collaboration",
            ClaimKind::Prohibition => "prohibition",
            ClaimKind::Intent => "intent",
        }
    }

    /// Parses a kind name.
    pub fn parse(name: &str) -> Option<ClaimKind> {
        ClaimKind::ALL.into_iter().find(|k| k.as_str() == name)
    }

    /// The CAMEO event code the kind maps to, for joining GDELT/ICEWS-style event data:
    /// agreement `057` (sign formal agreement), intent `030` (express intent to cooperate),
    /// collaboration, joint mission and participation `060` (engage in material cooperation),
    /// contribution `070` (provide aid), prohibition `160` (reduce relations).
    pub fn cameo(self) -> &'static str {
        match self {
            ClaimKind::Agreement => "057",
            ClaimKind::Intent => "030",
            ClaimKind::Collaboration | ClaimKind::JointMission | ClaimKind::Participation => "060",
            ClaimKind::Contribution => "070",
            ClaimKind::Prohibition => "160",
        }
    }

    /// The CAMEO quad class: 1 verbal cooperation (roots 01–05), 2 material cooperation
    /// (06–09), 3 verbal conflict (10–14), 4 material conflict (15–20).
    pub fn quad_class(self) -> u8 {
        match &self.cameo()[..2] {
            "01" | "02" | "03" | "04" | "05" => 1,
            "06" | "07" | "08" | "09" => 2,
            "10" | "11" | "12" | "13" | "14" => 3,
            _ => 4,
        }
    }

    /// How strongly a cue of this kind decides a sentence that holds cues of several kinds:
    /// a ban or a stop outweighs everything, an agreement, a joint mission or talks outweigh
    /// general cooperation; between kinds of equal strength the first cue decides.
    pub fn strength(self) -> usize {
        match self {
            ClaimKind::Prohibition => 2,
            ClaimKind::Intent | ClaimKind::Agreement | ClaimKind::JointMission => 1,
            ClaimKind::Contribution | ClaimKind::Participation | ClaimKind::Collaboration => 0,
        }
    }
}

/// Whether cooperation is stated or stated as stopped, forbidden or refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Polarity {
    /// Cooperation is stated.
    Positive,
    /// Cooperation is stopped, suspended, forbidden or refused.
    Negative,
}

impl Polarity {
    /// The name used in the output (`positive`, `negative`).
    pub fn as_str(self) -> &'static str {
        match self {
            Polarity::Positive => "positive",
            Polarity::Negative => "negative",
        }
    }
}

/// Whether the cooperation happened, is arranged for the future, or is only wished.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    /// Happened or holds now.
    Actual,
    /// Future cooperation presented as arranged or expected.
    Planned,
    /// Only wished, hoped, proposed or announced as a goal.
    Intended,
}

impl Modality {
    /// The name used in the output (`actual`, `planned`, `intended`).
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Actual => "actual",
            Modality::Planned => "planned",
            Modality::Intended => "intended",
        }
    }
}

/// One line of `documents.jsonl`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DocumentRecord {
    /// Path relative to the input root it was found under.
    pub doc_id: String,
    /// Path the document was read from.
    pub path: String,
    /// Lowercase hex SHA-256 of the raw bytes (for a document of a `.jsonl` file or of the
    /// stream, of its `text`).
    pub sha256: String,
    /// Size of the text in bytes.
    pub bytes: usize,
    /// How the bytes were decoded: `utf-8` (offsets are file offsets), or `utf-16le`,
    /// `utf-16be`, `windows-1252` (offsets are offsets into the UTF-8 transcoding).
    pub encoding: String,
    /// `gzip` when the file was compressed (offsets are into the decompressed text); absent
    /// otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compression: Option<String>,
    /// `html` when the document is an HTML page: the text is the page with its markup,
    /// scripts, styles and navigation blanked out byte for byte, so offsets are offsets into
    /// the page; absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub markup: Option<String>,
    /// The document's title (its first headline-like line), if one was found.
    pub title: Option<String>,
    /// Publication or update date stated in the text (`YYYY-MM-DD`), if any.
    pub published: Option<String>,
    /// Number of sentences (including headings, bullets and meta lines).
    pub sentences: usize,
    /// Number of entity mentions.
    pub mentions: usize,
    /// Number of claims.
    pub claims: usize,
    /// The earlier document of this run that this one copies (a republished wire story, the
    /// same press release on another site), or null. Copies count as one source.
    pub near_duplicate_of: Option<String>,
    /// Version of the gazetteer data that made the records.
    pub gazetteer_version: String,
    /// SHA-256 over the loaded gazetteer entries and cues.
    pub gazetteer_hash: String,
    /// In streaming mode, the input object's fields other than `id`, `text`, `url` and
    /// `published`, kept as they were; absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<serde_json::Map<String, serde_json::Value>>,
    /// In streaming mode, the document's near-duplicate signature (MinHash over 5-word
    /// shingles of its running text) as hex: what `coopex reduce` needs to find copies across
    /// partitions. Absent in `documents.jsonl`, whose run keeps it in `manifest.json`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<String>,
}

/// One line of `mentions.jsonl`: a span of the text that names an entity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MentionRecord {
    /// The document.
    pub doc_id: String,
    /// Stable gazetteer id (`country:CN`, `agency:esa`, `mission:change-4`).
    pub entity_id: String,
    /// Canonical name.
    pub name: String,
    /// Entity type (`country`, `agency`, `organization`, `mission`, `program`, `launch_vehicle`, `vehicle`,
    /// `site`, `instrument`, `region`).
    #[serde(rename = "type")]
    pub entity_type: String,
    /// The text as written.
    pub text: String,
    /// Raw start byte offset.
    pub start: usize,
    /// Raw end byte offset.
    pub end: usize,
    /// Index of the sentence (as listed by `coopex segment`) the mention is in.
    pub sentence: usize,
    /// How it was matched: `name`, `alias`, `acronym`, `definition` (an acronym defined in the
    /// document), or `demonym` (a nationality adjective: a weak mention of the country).
    #[serde(rename = "match")]
    pub match_kind: String,
    /// 1.0 for a plain name; lower for demonyms, ambiguous names and unresolved ambiguity.
    pub confidence: f64,
}

/// A party or mission of a claim, with the span that names it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EntityRef {
    /// Stable gazetteer id.
    pub entity_id: String,
    /// Canonical name.
    pub name: String,
    /// Entity type.
    #[serde(rename = "type")]
    pub entity_type: String,
    /// The text that names it in the evidence sentence: the name as written, or for a
    /// reference back the referring phrase ("both parties", "the mission").
    pub text: String,
    /// Raw start byte offset of `text`.
    pub start: usize,
    /// Raw end byte offset of `text`.
    pub end: usize,
    /// For a reference back, where the entity was named earlier in the document; else absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub antecedent: Option<Span>,
}

/// A span of text with its offsets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Span {
    /// The text as written.
    pub text: String,
    /// Raw start byte offset.
    pub start: usize,
    /// Raw end byte offset.
    pub end: usize,
}

/// The sentence a claim comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// The sentence, verbatim.
    pub text: String,
    /// Raw start byte offset.
    pub start: usize,
    /// Raw end byte offset.
    pub end: usize,
    /// 1-based line of `start`.
    pub line: usize,
    /// 1-based column of `start`, in characters.
    pub column: usize,
    /// A W3C Web Annotation `TextQuoteSelector` for the sentence: it finds the quote again when
    /// the document has been edited and the offsets no longer hold (`coopex audit`).
    pub selector: QuoteSelector,
}

/// A W3C Web Annotation `TextQuoteSelector`: the quote with up to 32 characters of context on
/// each side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QuoteSelector {
    /// Always `TextQuoteSelector`.
    #[serde(rename = "type")]
    pub selector_type: String,
    /// The quoted text.
    pub exact: String,
    /// Up to 32 characters right before it.
    pub prefix: String,
    /// Up to 32 characters right after it.
    pub suffix: String,
}

/// Characters of context a [`QuoteSelector`] keeps on each side.
pub const QUOTE_CONTEXT_CHARS: usize = 32;

impl QuoteSelector {
    /// The selector for `text[start..end]`.
    pub fn new(text: &str, start: usize, end: usize) -> QuoteSelector {
        let before = &text[..start];
        let prefix_start = before
            .char_indices()
            .rev()
            .nth(QUOTE_CONTEXT_CHARS - 1)
            .map_or(0, |(i, _)| i);
        let after = &text[end..];
        let suffix_end = after
            .char_indices()
            .nth(QUOTE_CONTEXT_CHARS)
            .map_or(after.len(), |(i, _)| i);
        QuoteSelector {
            selector_type: "TextQuoteSelector".to_string(),
            exact: text[start..end].to_string(),
            prefix: before[prefix_start..].to_string(),
            suffix: after[..suffix_end].to_string(),
        }
    }
}

/// One line of `claims.jsonl`: a cooperation claim as the text states it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ClaimRecord {
    /// Stable id: hex of a hash over the document hash, evidence span, kind, polarity,
    /// modality and parties ([`ClaimRecord::expected_id`]).
    pub claim_id: String,
    /// The document.
    pub doc_id: String,
    /// SHA-256 of the document's raw bytes.
    pub doc_sha256: String,
    /// What the claim states.
    pub kind: ClaimKind,
    /// Cooperation stated (`positive`) or stopped/forbidden (`negative`).
    pub polarity: Polarity,
    /// `actual`, `planned` or `intended`.
    pub modality: Modality,
    /// The cooperating parties (countries, agencies, organisations), in text order.
    pub parties: Vec<EntityRef>,
    /// The missions or programmes the claim is about.
    pub missions: Vec<EntityRef>,
    /// The words that signalled the claim.
    pub cues: Vec<Span>,
    /// The sentence.
    pub evidence: Evidence,
    /// CAMEO event code of the kind (`057`, `030`, `060`, `070`, `160`); its first two digits
    /// are the CAMEO root.
    pub cameo: String,
    /// CAMEO quad class: 1 verbal cooperation, 2 material cooperation, 4 material conflict.
    pub quad_class: u8,
    /// The year or date the sentence states (relative phrases resolved against the document's
    /// `published` date when it has one), or null.
    pub time: Option<TimeExpression>,
    /// Counts the sentence gives ("over 30 countries").
    pub quantities: Vec<Quantity>,
    /// 0–1: lower when parties or the mission were found by reference back, or names were
    /// ambiguous.
    pub confidence: f64,
    /// Which rule produced the claim (`cue:<lemma>`, with `+reference` when a party came from a
    /// reference back, `+speaker` when it is the speaker a quotation's "we" stands for).
    pub rule: String,
}

impl ClaimRecord {
    /// The `claim_id` this claim's content gives: the first 16 hex digits of a SHA-256 over
    /// the document's hash, the evidence sentence's span, the kind, polarity and modality and
    /// the sorted, distinct party ids. `extract` sets it; `audit` recomputes it to find an
    /// edited span, kind, polarity, modality or party.
    pub fn expected_id(&self) -> String {
        use sha2::{Digest, Sha256};
        use std::fmt::Write;
        let mut parties: Vec<&str> = self.parties.iter().map(|p| p.entity_id.as_str()).collect();
        parties.sort_unstable();
        parties.dedup();
        let mut hasher = Sha256::new();
        hasher.update(self.doc_sha256.as_bytes());
        // Fed piece by piece: the same bytes as one `|start|end|kind|polarity|modality|ids`
        // string, without building it.
        let mut fields = HashFields(&mut hasher);
        write!(
            fields,
            "|{}|{}|{}|{}|{}|",
            self.evidence.start,
            self.evidence.end,
            self.kind.as_str(),
            self.polarity.as_str(),
            self.modality.as_str(),
        )
        .expect("hashing cannot fail");
        for (i, party) in parties.iter().enumerate() {
            if i > 0 {
                hasher.update(b",");
            }
            hasher.update(party.as_bytes());
        }
        // 16 hex digits are the first 8 bytes.
        hex::encode(&hasher.finalize()[..8])
    }
}

/// Formatted text fed straight into a hash.
struct HashFields<'a>(&'a mut sha2::Sha256);

impl std::fmt::Write for HashFields<'_> {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        use sha2::Digest;
        self.0.update(s.as_bytes());
        Ok(())
    }
}

/// One line of `explain.jsonl` (written by `extract --explain`): a candidate name the matching
/// policy set aside, or what the claim rules decided for a sentence naming two or more parties.
/// The two are told apart by their fields (a decision has `decision`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(untagged)]
pub enum ExplainLine {
    /// A candidate name the matching policy set aside.
    Candidate(ExplainRecord),
    /// What the claim rules decided for one sentence.
    Decision(DecisionRecord),
}

/// What the claim rules decided for one sentence naming two or more parties: the outcome and
/// the parties set aside, each with why. Example:
/// `{"doc_id":"a.txt","sentence":3,"start":120,"end":181,"decision":"fewer than two parties",
/// "rules":[],"set_aside":[{"entity_id":"agency:nasa","text":"NASA","start":133,"end":137,
/// "reason":"a source, not a participant"}]}`
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DecisionRecord {
    /// The document.
    pub doc_id: String,
    /// Index of the sentence.
    pub sentence: usize,
    /// Raw start byte offset of the sentence.
    pub start: usize,
    /// Raw end byte offset of the sentence.
    pub end: usize,
    /// `claim`, or why the sentence states none (`fewer than two parties`, `no cue that states
    /// cooperation …`, `the parties are one body or one country`).
    pub decision: String,
    /// The `rule` of each claim made, in output order (empty when none).
    pub rules: Vec<String>,
    /// The parties the rules set aside as counter-evidence, in text order.
    pub set_aside: Vec<SetAside>,
}

/// A party the claim rules set aside, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SetAside {
    /// The entity.
    pub entity_id: String,
    /// The text that names it.
    pub text: String,
    /// Raw start byte offset.
    pub start: usize,
    /// Raw end byte offset.
    pub end: usize,
    /// Why (`a source, not a participant`, `a place, an office, an adversary or a rival`,
    /// `a person's name`, `a numbered meeting, not a party`, `part of an adjective`, `a
    /// description of the name after it`, `in another clause`, `not among those the relation is
    /// between`, `in a clause describing a thing`, `the customer of what is made`, `the supplier
    /// of what is made`).
    pub reason: String,
}

/// A candidate name the matching policy set aside, and the mention that won its span.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExplainRecord {
    /// The document.
    pub doc_id: String,
    /// The entry the candidate would have been.
    pub entity_id: String,
    /// Its type.
    #[serde(rename = "type")]
    pub entity_type: String,
    /// The candidate's text.
    pub text: String,
    /// Raw start byte offset.
    pub start: usize,
    /// Raw end byte offset.
    pub end: usize,
    /// The entry that won.
    pub winner_id: String,
    /// The winning mention's text.
    pub winner_text: String,
    /// The winning mention's raw start byte offset.
    pub winner_start: usize,
    /// The winning mention's raw end byte offset.
    pub winner_end: usize,
    /// The rule of the policy that decided (`longer span`, `unambiguous name`, `type order`,
    /// `earlier span`, `acronym defined in the document`, `supported by the document`,
    /// `first reading`).
    pub rule: String,
}

/// An entity of a relation or a network node.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EntityName {
    /// Stable gazetteer id.
    pub entity_id: String,
    /// Canonical name.
    pub name: String,
    /// Entity type.
    #[serde(rename = "type")]
    pub entity_type: String,
}

/// A claim that states a relation, and where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ClaimCitation {
    /// The claim.
    pub claim_id: String,
    /// Its document.
    pub doc_id: String,
    /// Raw start byte offset of the evidence sentence.
    pub start: usize,
    /// Raw end byte offset of the evidence sentence.
    pub end: usize,
}

/// One line of `relations.jsonl`: a distinct relation — the same parties, mission, kind and
/// polarity — with every claim that states it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RelationRecord {
    /// Stable id: hex of a hash over kind, polarity, party ids and mission id.
    pub relation_id: String,
    /// What the claims state.
    pub kind: ClaimKind,
    /// Cooperation stated or stopped.
    pub polarity: Polarity,
    /// The parties, sorted by id.
    pub parties: Vec<EntityName>,
    /// The mission the relation is about (a claim's first mission), or null.
    pub mission: Option<EntityName>,
    /// Every claim that states it, in output order.
    pub claims: Vec<ClaimCitation>,
    /// Distinct documents among those claims.
    pub documents: usize,
    /// Distinct sources: documents, counting a near-duplicate and its original as one.
    pub independent_sources: usize,
}

/// A node of `network.json`: an entity that is a party to some claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NetworkNode {
    /// Entity id (the node id).
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// Entity type.
    #[serde(rename = "type")]
    pub entity_type: String,
    /// Claims it is a party to.
    pub claims: usize,
    /// Distinct relations it is a party to.
    pub relations: usize,
}

/// An edge of `network.json`: two entities that are parties to the same claims.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NetworkLink {
    /// One entity id.
    pub source: String,
    /// The other entity id.
    pub target: String,
    /// Distinct relations between them.
    pub relations: usize,
    /// Claims naming both.
    pub claims: usize,
    /// Of those claims, the positive ones.
    pub positive: usize,
    /// Of those claims, the negative ones (prohibitions).
    pub negative: usize,
    /// Claims by kind.
    pub kinds: std::collections::BTreeMap<String, usize>,
    /// The claims, in output order.
    pub claim_ids: Vec<String>,
}

/// `network.json`: the cooperation network in node-link form (networkx's `node_link_graph`,
/// d3 and most graph tools read it directly).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Network {
    /// Always false: cooperation is symmetric.
    pub directed: bool,
    /// Always false: one edge per pair.
    pub multigraph: bool,
    /// Graph attributes.
    pub graph: std::collections::BTreeMap<String, String>,
    /// Entities, sorted by id.
    pub nodes: Vec<NetworkNode>,
    /// Pairs, sorted by (source, target).
    pub links: Vec<NetworkLink>,
}

/// One line of `rejected.jsonl`: an input that could not be processed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RejectedRecord {
    /// The input's id (path relative to its root).
    pub doc_id: String,
    /// The input's path (a byte that is not UTF-8 shown as U+FFFD).
    pub path: String,
    /// The path's raw bytes in lowercase hex; present only when the path is not UTF-8, so the
    /// rejected file can still be named exactly.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path_hex: Option<String>,
    /// Machine-readable reason: `unreadable`, `empty`, `too_large`, `binary`, `not_utf8`,
    /// `not_utf8_name`, `duplicate_id`, `internal`, or a `.jsonl` line's code.
    pub code: String,
    /// The reason in words.
    pub reason: String,
}

/// A streaming-mode error: one input line that could not be processed (`extract --stdin`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ErrorRecord {
    /// 1-based line of the input.
    pub line: usize,
    /// The document's `id`, when the line had one.
    pub id: Option<String>,
    /// Machine-readable reason: `malformed_json`, `not_an_object`, `missing_text`, or a
    /// rejection code (`empty`, `too_large`, `binary`, `internal`).
    pub code: String,
    /// The reason in words.
    pub reason: String,
}

/// The kind of record a line of `extract --stdin --emit all` holds, in its `record` field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum StreamRecordKind {
    /// A document record (`documents.jsonl`'s shape, with its `signature`).
    Document,
    /// A mention record (`mentions.jsonl`'s shape).
    Mention,
    /// A claim record (`claims.jsonl`'s shape).
    Claim,
    /// An input line that could not be processed ([`ErrorRecord`]).
    Error,
}

/// The fields every line of `extract --stdin` carries around its record: which record it is
/// (with `--emit all`) and what made it. The record's own fields follow on the same object and
/// are checked by the schema of its kind.
///
/// ```json
/// {"record":"mention","schema_version":"1.1","coopex_version":"0.1.0","gazetteer_hash":"9f2c…","doc_id":"a","entity_id":"country:KE",…}
/// ```
///
/// A document record has a `gazetteer_hash` of its own, equal to the envelope's, so its line
/// holds that key twice with one value.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct StreamEnvelope {
    /// The record's kind; present with `--emit all`, which is what `coopex reduce` reads.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<StreamRecordKind>,
    /// Version of the output format.
    pub schema_version: String,
    /// Version of coopex that made the record.
    pub coopex_version: String,
    /// SHA-256 of the gazetteer that made the record.
    pub gazetteer_hash: String,
    /// The record's own fields.
    #[serde(flatten)]
    pub fields: serde_json::Map<String, serde_json::Value>,
}

impl StreamEnvelope {
    /// Reads one line of `extract --stdin`: the envelope's fields, and the record's own in
    /// [`StreamEnvelope::fields`] (a document record's `gazetteer_hash` among them).
    ///
    /// # Errors
    /// The line is not a JSON object with the envelope's fields.
    pub fn parse(line: &[u8]) -> Result<StreamEnvelope, serde_json::Error> {
        use serde::de::Error;
        let mut fields: serde_json::Map<String, serde_json::Value> = serde_json::from_slice(line)?;
        let mut text = |name: &'static str| match fields.remove(name) {
            Some(serde_json::Value::String(text)) => Ok(text),
            _ => Err(serde_json::Error::custom(format!(
                "no string field `{name}`"
            ))),
        };
        let schema_version = text("schema_version")?;
        let coopex_version = text("coopex_version")?;
        let gazetteer_hash = text("gazetteer_hash")?;
        let record: Option<StreamRecordKind> = fields
            .remove("record")
            .map(serde_json::from_value)
            .transpose()?;
        if record == Some(StreamRecordKind::Document) {
            fields.insert("gazetteer_hash".into(), gazetteer_hash.clone().into());
        }
        Ok(StreamEnvelope {
            record,
            schema_version,
            coopex_version,
            gazetteer_hash,
            fields,
        })
    }
}

/// `summary.json`: counts and timings of one run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Summary {
    /// Version of the output format ([`crate::schema::SCHEMA_VERSION`]): fields are only added
    /// within a major version.
    pub schema_version: String,
    /// coopex version that made the output.
    pub coopex_version: String,
    /// Gazetteer data version.
    pub gazetteer_version: String,
    /// Gazetteer content hash.
    pub gazetteer_hash: String,
    /// Inputs found.
    pub inputs: usize,
    /// Documents processed (reused ones included).
    pub documents: usize,
    /// Of those, documents whose records were reused from the previous run (`--incremental`).
    pub reused: usize,
    /// Inputs rejected.
    pub rejected: usize,
    /// Sentences in all documents.
    pub sentences: usize,
    /// Entity mentions written.
    pub mentions: usize,
    /// Claims written.
    pub claims: usize,
    /// Claims by kind.
    pub claims_by_kind: std::collections::BTreeMap<String, usize>,
    /// Bytes of input processed.
    pub bytes: u64,
    /// Worker threads used.
    pub jobs: usize,
    /// Wall-clock time of the run, in milliseconds.
    pub elapsed_ms: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A claim between `parties`, its evidence at `start..end`.
    fn claim(parties: &[&str], start: usize, end: usize) -> ClaimRecord {
        let party = |id: &&str| EntityRef {
            entity_id: id.to_string(),
            name: id.to_string(),
            entity_type: "country".into(),
            text: id.to_string(),
            start,
            end: start + 1,
            antecedent: None,
        };
        ClaimRecord {
            claim_id: String::new(),
            doc_id: "a.txt".into(),
            doc_sha256: "e7d8e63e".repeat(8),
            kind: ClaimKind::Agreement,
            polarity: Polarity::Negative,
            modality: Modality::Planned,
            parties: parties.iter().map(party).collect(),
            missions: Vec::new(),
            cues: Vec::new(),
            evidence: Evidence {
                text: "x".repeat(end - start),
                start,
                end,
                line: 1,
                column: 1,
                selector: QuoteSelector::new(&"x".repeat(end), start, end),
            },
            cameo: "057".into(),
            quad_class: 1,
            time: None,
            quantities: Vec::new(),
            confidence: 1.0,
            rule: "cue:sign".into(),
        }
    }

    #[test]
    fn claim_id_hashes_its_fields_as_one_string() {
        use sha2::{Digest, Sha256};
        let cases: &[(&[&str], usize, usize)] = &[
            (&[], 0, 1),
            (&["country:KE"], 7, 90),
            (
                &["country:PE", "agency:esa", "country:PE", "country:CL"],
                1234,
                98765,
            ),
        ];
        for &(parties, start, end) in cases {
            let claim = claim(parties, start, end);
            let mut ids: Vec<&str> = parties.to_vec();
            ids.sort_unstable();
            ids.dedup();
            let mut hasher = Sha256::new();
            hasher.update(claim.doc_sha256.as_bytes());
            hasher.update(format!(
                "|{start}|{end}|agreement|negative|planned|{}",
                ids.join(",")
            ));
            let want = hex::encode(hasher.finalize())[..16].to_string();
            assert_eq!(claim.expected_id(), want, "{parties:?}");
        }
    }
}
