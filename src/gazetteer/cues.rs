//! The cue lexicon: words and phrases that signal a cooperation claim, its kind, its modality,
//! a negation, reported speech, or a reference back to earlier parties or missions. The data is
//! `gazetteers/cues.tsv`; its format is documented at the top of that file.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use sha2::{Digest, Sha256};

use super::parse::{GazetteerError, Problem};
use crate::normalize::{normalize_phrase, NormText};
use crate::record::ClaimKind;

/// What a cue signals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CueRole {
    /// A claim of this kind.
    Kind(ClaimKind),
    /// Future, arranged or expected cooperation ("will", "is expected to").
    Planned,
    /// Wished, hoped or proposed cooperation ("hopes to", "desire to").
    Intended,
    /// A negation ("not", "never", "no"): a negated prohibition is cooperation ("did not
    /// end"), a negated cooperation cue is an absence and yields nothing ("no agreement").
    Negation,
    /// A cessation ("no longer"): the cooperation cue after it is a prohibition.
    Cessation,
    /// Reported speech: the bodies next to it are sources, not parties ("said", "according to").
    Speech,
    /// A phrase that refers back to two or more earlier parties ("both sides", "the two agencies").
    PartiesReference,
    /// A phrase that refers back to one earlier party ("the agency", "the country").
    PartyReference,
    /// A phrase that holds a cue word but signals nothing ("not only", "joint statement"): it
    /// masks the shorter cues inside it.
    Neutral,
    /// A phrase that refers back to an earlier mission ("the mission", "the probe").
    MissionReference,
    /// A phrase of place: the bodies listed right after it are locations, not parties ("at",
    /// "based in").
    Location,
    /// A preposition of place for countries only: "in China", "from Kazakhstan".
    CountryLocation,
    /// A participle that names a maker ("designed", "built"): a contribution cue only right
    /// after a party ("the NASA-designed orbiter").
    MadeBy,
    /// A non-cooperative role: the party right after it is an adversary or victim, not a
    /// partner ("invasion of").
    Conflict,
}

impl CueRole {
    fn parse(name: &str) -> Option<CueRole> {
        let role = match name {
            "planned" => CueRole::Planned,
            "intended" => CueRole::Intended,
            "negation" => CueRole::Negation,
            "cessation" => CueRole::Cessation,
            "speech" => CueRole::Speech,
            "parties_reference" => CueRole::PartiesReference,
            "party_reference" => CueRole::PartyReference,
            "neutral" => CueRole::Neutral,
            "mission_reference" => CueRole::MissionReference,
            "location" => CueRole::Location,
            "country_location" => CueRole::CountryLocation,
            "conflict" => CueRole::Conflict,
            "made_by" => CueRole::MadeBy,
            other => CueRole::Kind(ClaimKind::parse(other)?),
        };
        Some(role)
    }
}

/// One compiled cue.
#[derive(Debug, Clone)]
struct Cue {
    role: CueRole,
    /// The cue ends with `*`: it matches any word that starts with it.
    prefix: bool,
    /// The lemma written in the file (reported as the rule name).
    lemma: String,
}

/// A cue found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CueMatch {
    /// What it signals.
    pub role: CueRole,
    /// Raw start byte offset.
    pub start: usize,
    /// Raw end byte offset.
    pub end: usize,
    /// The cue as written in the lexicon (without `*`).
    pub lemma: String,
}

/// The compiled cue lexicon.
#[derive(Debug)]
pub struct CueLexicon {
    automaton: AhoCorasick,
    cues: Vec<Cue>,
    fingerprint: String,
}

impl CueLexicon {
    /// Parses a cue file: `phrase<TAB>role` per line, `#` comments.
    ///
    /// # Errors
    /// Every malformed line, with file and line.
    pub fn parse(file: &str, text: &str) -> Result<CueLexicon, Vec<GazetteerError>> {
        let mut cues = Vec::new();
        let mut phrases = Vec::new();
        let mut errors = Vec::new();
        for (index, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let mut columns = line.split('\t').map(str::trim);
            let phrase = columns.next().unwrap_or("");
            let role_name = columns.next().unwrap_or("");
            let problem = if phrase.is_empty() {
                Some("missing phrase".to_string())
            } else if role_name.is_empty() {
                Some(format!("missing role for `{phrase}`"))
            } else {
                None
            };
            let role = CueRole::parse(role_name);
            match (problem, role) {
                (None, Some(role)) => {
                    let prefix = phrase.ends_with('*');
                    let lemma = phrase.trim_end_matches('*').to_string();
                    phrases.push(normalize_phrase(&lemma).to_lowercase());
                    cues.push(Cue {
                        role,
                        prefix,
                        lemma,
                    });
                }
                (problem, _) => errors.push(GazetteerError {
                    file: file.to_string(),
                    line: index + 1,
                    problem: Problem::BadCue(
                        problem.unwrap_or_else(|| format!("unknown role `{role_name}`")),
                    ),
                }),
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(&phrases)
            .expect("cue patterns compile");
        let fingerprint = format!("{:x}", Sha256::digest(text.as_bytes()));
        Ok(CueLexicon {
            automaton,
            cues,
            fingerprint,
        })
    }

    /// Hash of the lexicon text, part of the gazetteer hash.
    pub fn fingerprint(&self) -> &str {
        &self.fingerprint
    }

    /// Number of cues.
    pub fn len(&self) -> usize {
        self.cues.len()
    }

    /// Whether the lexicon has no cues.
    pub fn is_empty(&self) -> bool {
        self.cues.is_empty()
    }

    /// Every cue in the text, whole words (a `*` cue may end inside a word and is extended to
    /// the word's end). Where cues overlap, the longest wins.
    pub fn find(&self, norm: &NormText) -> Vec<CueMatch> {
        let text = norm.text.as_str();
        let bytes = text.as_bytes();
        let mut found: Vec<(usize, usize, usize)> = Vec::new();
        for m in self.automaton.find_overlapping_iter(text) {
            let cue = &self.cues[m.pattern().as_usize()];
            let (s, mut e) = (m.start(), m.end());
            if s > 0 && is_word_byte(text, s - 1, bytes) {
                continue;
            }
            if cue.prefix {
                while e < text.len() && text.as_bytes()[e].is_ascii_alphabetic() {
                    e += 1;
                }
            } else if e < text.len() && is_word_byte(text, e, bytes) {
                continue;
            }
            found.push((s, e, m.pattern().as_usize()));
        }
        found.sort_by_key(|&(s, e, p)| (s, std::cmp::Reverse(e), p));
        let mut out: Vec<CueMatch> = Vec::new();
        let mut covered_to = 0;
        for (s, e, p) in found {
            if s < covered_to {
                continue;
            }
            covered_to = e;
            let (start, end) = norm.raw_range(s, e);
            let cue = &self.cues[p];
            out.push(CueMatch {
                role: cue.role,
                start,
                end,
                lemma: cue.lemma.clone(),
            });
        }
        out
    }
}

fn is_word_byte(text: &str, at: usize, bytes: &[u8]) -> bool {
    if bytes[at].is_ascii() {
        bytes[at].is_ascii_alphanumeric()
    } else {
        let start = (0..=at)
            .rev()
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(0);
        text[start..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_longest_whole_word_cues() {
        let lexicon = CueLexicon::parse(
            "c",
            "sign*\tagreement\njoint\tcollaboration\njoint mission\tjoint_mission\nwill\tplanned\nnot\tnegation\n",
        )
        .unwrap();
        let text = "They signed a joint mission deal, will not Signal; willow.";
        let got: Vec<(&str, CueRole)> = lexicon
            .find(&NormText::new(text))
            .into_iter()
            .map(|c| (&text[c.start..c.end], c.role))
            .collect();
        assert_eq!(
            got,
            [
                ("signed", CueRole::Kind(ClaimKind::Agreement)),
                ("joint mission", CueRole::Kind(ClaimKind::JointMission)),
                ("will", CueRole::Planned),
                ("not", CueRole::Negation),
                ("Signal", CueRole::Kind(ClaimKind::Agreement)),
            ]
        );
    }

    #[test]
    fn bad_lines_name_the_line() {
        let err = CueLexicon::parse("cues.tsv", "# c\nsign\tpromise\nagree\n").unwrap_err();
        let text: Vec<String> = err.iter().map(ToString::to_string).collect();
        assert_eq!(
            text,
            [
                "cues.tsv:2: bad cue: unknown role `promise`",
                "cues.tsv:3: bad cue: missing role for `agree`"
            ]
        );
    }
}
