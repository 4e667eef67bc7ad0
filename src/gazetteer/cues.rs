//! The cue lexicon: words and phrases that signal a cooperation claim, its kind, its modality,
//! a negation, reported speech, or a reference back to earlier parties or missions. The data is
//! `gazetteers/cues.tsv`; its format is documented at the top of that file. A cue marked
//! `verb`, `verb+object` or `noun` stands for all its inflected forms, which are generated here, so a synonym
//! is one line.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use sha2::{Digest, Sha256};

use super::parse::{GazetteerError, Problem};
use crate::record::ClaimKind;
use crate::text::normalize::{normalize_phrase, NormText};

/// What a cue signals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CueRole {
    /// A claim of this kind.
    Kind(ClaimKind),
    /// Future, arranged or expected cooperation ("will", "is expected to").
    Planned,
    /// A modal of possibility ("may", "could"): the cooperation verb right after it is only
    /// possible, so intended ("may sign a contract").
    Possible,
    /// Wished, hoped or proposed cooperation ("hopes to", "desire to").
    Intended,
    /// A plan ("plans to"): future cooperation, and the main statement, an intent, when what
    /// is planned is general cooperation ("plan to cooperate").
    Plan,
    /// A negation ("not", "never", "no"): a negated stop of cooperation is cooperation ("did
    /// not end its cooperation"), a negated ban or cooperation cue is an absence and yields
    /// nothing ("did not impose sanctions", "no agreement").
    Negation,
    /// Stopping or refusing ("no longer", "ended", "suspends", "refused to"): the cooperation
    /// cue it governs, a few words later in the same clause, becomes a prohibition.
    Cessation,
    /// A refusal stated as a decision or a future ("will not", "decided not to"): the
    /// cooperation cue right after it becomes a prohibition ("will not cooperate with"); on
    /// its own it states nothing ("will not be ready").
    Refusal,
    /// A negated modal of permission or obligation ("may not", "must not", "cannot"): the
    /// cooperation cue it governs is forbidden, a prohibition in force ("may not cooperate
    /// with"); on its own it states nothing.
    Forbidding,
    /// Weighing or preparing a cooperation not yet made ("exploring", "considering", "looking
    /// into"): the cooperation cue it governs, a few words later in the same clause, becomes an
    /// intent ("exploring formal agreements with"); on its own it states nothing.
    Preparation,
    /// Denying or ruling out ("denied", "ruled out"): every cooperation cue after it in the
    /// clause is negated, so the sentence states no claim.
    Denial,
    /// A framing phrase ("despite", "in spite of"): the cues after it in its clause frame the
    /// statement and do not make it ("Despite sanctions, Russia kept working with China").
    Frame,
    /// The basis of a statement ("under the", "following the"): like [`CueRole::Frame`] ("Under
    /// the accord, ESA and JAXA will exchange data" is a collaboration), except that the cues
    /// after it make the statement when nothing outside a frame does ("The UAE will fly an
    /// astronaut under a deal with CNSA" is an agreement).
    Basis,
    /// Reported speech: the bodies next to it are sources, not parties ("said", "according to").
    Speech,
    /// Presence at an act ("in the presence of", "witnessed by"): the bodies in the phrase
    /// after it, up to the next comma, watch the act and take no part in it.
    Witness,
    /// A phrase that refers back to two or more earlier parties ("both sides", "the two agencies").
    PartiesReference,
    /// A phrase that refers back to one earlier party ("the agency", "the country").
    PartyReference,
    /// A reciprocal pronoun ("each other", "one another"): the parties of its own clause act on
    /// one another ("lifted sanctions against each other"); it names no one from before.
    Reciprocal,
    /// A subject pronoun that refers back to the parties of the sentence before, when it
    /// opens its sentence ("They will cooperate on debris").
    PronounReference,
    /// A singular subject pronoun that refers back to the party whose name opens the sentence
    /// before, when it opens its own sentence as the subject of a verb of cooperation ("Chile
    /// signed the accords. It joins Peru and Japan."), not before a form of "be".
    SubjectPronoun,
    /// A phrase that holds a cue word but signals nothing ("not only", "joint statement"): it
    /// masks the shorter cues inside it.
    Neutral,
    /// A phrase that refers back to an earlier mission ("the mission", "the probe").
    MissionReference,
    /// A noun for a whole mission, programme or spacecraft ("mission", "satellite"): "a joint
    /// lunar mission" is a joint mission, and so is a satellite that parties make together.
    MissionWord,
    /// A noun for a launch or crew vehicle ("rocket", "launcher"): the body or country named
    /// right before it ("on a SpaceX rocket") supplies the ride and is no party.
    VehicleWord,
    /// A phrase of place: the bodies listed right after it are locations, not parties ("at",
    /// "based in").
    Location,
    /// A preposition of place for countries only: "in China", "from Kazakhstan".
    CountryLocation,
    /// A verb that names a maker ("designed", "building"): a contribution cue only right
    /// after a party or its auxiliaries ("the NASA-designed orbiter", "ISRO is building").
    MadeBy,
    /// A participle of running or leading with its "by" ("run by", "organised by",
    /// "co-chaired by"): two or more parties coordinated right after it run the thing
    /// together, a collaboration; one party alone states nothing.
    RunBy,
    /// A verb of launching, running, completing or leading a mission ("launched", "operate"):
    /// two or more parties coordinated as its subject, with a mission as its object, run a
    /// joint mission ("Chile and Peru launched the probe"); one party alone states nothing (a
    /// launch may be bought).
    Runs,
    /// A non-cooperative role: the party right after it is an adversary or victim, not a
    /// partner ("invasion of").
    Conflict,
    /// Replacing ("replace", "in place of"): the party right after it is the one replaced, no
    /// partner ("Kenya will replace Peru as Chile's partner").
    Replaced,
    /// A noun of hostility ("war", "invasion", "tensions"): the compound of names or the
    /// possessive right before it ("the Chile-Peru war", "Chile's invasion") names adversaries,
    /// not partners.
    Hostility,
    /// A noun for the members of a body ("nations", "member states"): an organisation named
    /// right before it ("the BRICS nations", "ESA member states") stands for members it does
    /// not name, and is no party.
    Members,
    /// A gathering ("meeting", "ceremony", "summit"): taking part in one is attending it, no
    /// cooperation ("took part in an online bilateral meeting").
    Gathering,
    /// A field of cooperation outside space ("energy", "trade", "the oil industry"): a
    /// cooperation noun it qualifies ("a trade agreement"), or a cooperation whose object or
    /// first "in" or "on" phrase names only such fields ("cooperate in energy and trade"), is
    /// no claim about space, and with its noun of cooperation ("economic cooperation") it
    /// states none.
    OtherField,
    /// Taking part in what another party owns ("as part of", "assigned to"): taking part only
    /// when that party's possessive and a mission follow ("as part of NASA's Crew-3 mission",
    /// "assigned to NASA's Artemis II mission"), not before an agreement or a plan.
    PartOfOwned,
    /// A verb of composition ("consists of", "comprises", "made up of", "features"): a
    /// contribution when two or more parties after it each own a part of the whole ("consists
    /// of an ISRO lander and a JAXA rover"), nothing otherwise ("consists of Chile and Peru").
    Composition,
    /// A verb two parties as its subject do not do together as partners ("met", "asked",
    /// "competed"): no joint action.
    NotJoint,
    /// Buying, selling or leasing ("bought", "leases"): a supplier's relation with a customer,
    /// no claim on its own; stopped or refused it is a prohibition ("decided not to buy
    /// engines from Peru").
    Trade,
    /// A person's title after a body's name ("NASA Administrator", "Roscosmos chief"): when
    /// the person named after it speaks, the body is a source, not a party.
    Title,
}

impl CueRole {
    /// Whether the cue refers back to earlier parties: "both sides", "the agency", "they".
    pub fn refers_back(self) -> bool {
        matches!(
            self,
            CueRole::PartiesReference
                | CueRole::PartyReference
                | CueRole::PronounReference
                | CueRole::SubjectPronoun
        )
    }

    fn parse(name: &str) -> Option<CueRole> {
        let role = match name {
            "planned" => CueRole::Planned,
            "possible" => CueRole::Possible,
            "intended" => CueRole::Intended,
            "plan" => CueRole::Plan,
            "negation" => CueRole::Negation,
            "cessation" => CueRole::Cessation,
            "refusal" => CueRole::Refusal,
            "forbidding" => CueRole::Forbidding,
            "preparation" => CueRole::Preparation,
            "denial" => CueRole::Denial,
            "frame" => CueRole::Frame,
            "basis" => CueRole::Basis,
            "speech" => CueRole::Speech,
            "witness" => CueRole::Witness,
            "parties_reference" => CueRole::PartiesReference,
            "reciprocal" => CueRole::Reciprocal,
            "party_reference" => CueRole::PartyReference,
            "pronoun_reference" => CueRole::PronounReference,
            "subject_pronoun" => CueRole::SubjectPronoun,
            "neutral" => CueRole::Neutral,
            "mission_reference" => CueRole::MissionReference,
            "mission_word" => CueRole::MissionWord,
            "vehicle_word" => CueRole::VehicleWord,
            "location" => CueRole::Location,
            "country_location" => CueRole::CountryLocation,
            "conflict" => CueRole::Conflict,
            "replaced" => CueRole::Replaced,
            "hostility" => CueRole::Hostility,
            "members" => CueRole::Members,
            "made_by" => CueRole::MadeBy,
            "run_by" => CueRole::RunBy,
            "part_of_owned" => CueRole::PartOfOwned,
            "composition" => CueRole::Composition,
            "runs" => CueRole::Runs,
            "title" => CueRole::Title,
            "gathering" => CueRole::Gathering,
            "other_field" => CueRole::OtherField,
            "trade" => CueRole::Trade,
            "not_joint" => CueRole::NotJoint,
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
    /// The lemma written in the file, lowercased (reported in the rule name), shared by
    /// every form of the line and every match of them.
    lemma: Arc<str>,
    /// The line says `verb` or `verb+object`: the cue is a form of a verb.
    verb: bool,
    /// The line says `verb+object`: as a verb, the cue needs a party as its object.
    needs_object: bool,
}

/// Which inflected forms a cue line stands for (its optional third column).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Forms {
    /// The phrase as written.
    Written,
    /// The first word is a verb: its -s, past and -ing forms too ("team up": teams up, teamed
    /// up, teaming up).
    Verb,
    /// A verb, as for `Verb`, that states cooperation only with a party as its object.
    VerbWithObject,
    /// The last word is a noun: its plural too.
    Noun,
}

/// One line of a cue file, before its forms are generated.
struct CueLine {
    phrase: String,
    role: CueRole,
    forms: Forms,
    /// The file (its index among those read) and the 1-based line it comes from.
    origin: (usize, usize),
}

/// What a cue file holds: cue lines and the irregular verb forms (`take<TAB>forms<TAB>took
/// taken`) that `verb` lines use.
#[derive(Default)]
struct CueFile {
    lines: Vec<CueLine>,
    irregular: HashMap<String, Vec<String>>,
}

/// Reads one cue file, collecting every bad line.
fn read_cue_file(
    (file_index, file): (usize, &str),
    text: &str,
    out: &mut CueFile,
    errors: &mut Vec<GazetteerError>,
) {
    // Each written line once: a repeated line, or a second `forms` line for one verb that
    // silently replaces the first, is a mistake.
    let mut written: HashMap<String, usize> = HashMap::new();
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let mut columns = line.split('\t').map(str::trim);
        let phrase = columns.next().unwrap_or("");
        let role_name = columns.next().unwrap_or("");
        let third = columns.next().unwrap_or("");
        let bad = |problem: String| GazetteerError {
            file: file.to_string(),
            line: index + 1,
            problem: Problem::BadCue(problem),
        };
        if phrase.is_empty() {
            errors.push(bad("missing phrase".to_string()));
            continue;
        }
        if role_name.is_empty() {
            errors.push(bad(format!("missing role for `{phrase}`")));
            continue;
        }
        let key = if role_name == "forms" {
            format!("{}\tforms", phrase.to_lowercase())
        } else {
            format!("{}\t{role_name}\t{third}", phrase.to_lowercase())
        };
        if let Some(earlier) = written.insert(key, index + 1) {
            errors.push(bad(format!(
                "`{phrase}` is already written on line {earlier}"
            )));
            continue;
        }
        if role_name == "forms" {
            if third.is_empty() || phrase.contains(' ') {
                errors.push(bad(format!(
                    "`{phrase}`: a `forms` line is one verb and its irregular forms"
                )));
            } else {
                let forms = third.split_whitespace().map(str::to_lowercase).collect();
                out.irregular.insert(phrase.to_lowercase(), forms);
            }
            continue;
        }
        let Some(role) = CueRole::parse(role_name) else {
            errors.push(bad(format!("unknown role `{role_name}`")));
            continue;
        };
        let forms = match third {
            "" => Forms::Written,
            "verb" => Forms::Verb,
            "verb+object" => Forms::VerbWithObject,
            "noun" => Forms::Noun,
            other => {
                errors.push(bad(format!(
                    "unknown forms `{other}` (expected `verb`, `verb+object` or `noun`)"
                )));
                continue;
            }
        };
        if forms != Forms::Written && phrase.ends_with('*') {
            errors.push(bad(format!(
                "`{phrase}`: a `*` cue cannot also generate forms"
            )));
            continue;
        }
        match alternatives(phrase) {
            Ok(phrases) => out.lines.extend(phrases.into_iter().map(|phrase| CueLine {
                phrase,
                role,
                forms,
                origin: (file_index, index + 1),
            })),
            Err(problem) => errors.push(bad(format!("`{phrase}`: {problem}"))),
        }
    }
}

/// Every phrase a line with alternatives stands for: `{the|these} {two|three} agencies` is
/// "the two agencies", "the three agencies", "these two agencies" and "these three agencies".
fn alternatives(phrase: &str) -> Result<Vec<String>, String> {
    let mut phrases = vec![String::new()];
    let mut rest = phrase;
    while let Some(open) = rest.find('{') {
        let close = rest[open..]
            .find('}')
            .map(|c| open + c)
            .ok_or("a `{` is not closed")?;
        let choices: Vec<&str> = rest[open + 1..close].split('|').map(str::trim).collect();
        if choices.iter().any(|c| c.is_empty() || c.contains('{')) {
            return Err("every choice in `{…|…}` must be a non-empty phrase".to_string());
        }
        let before = &rest[..open];
        phrases = phrases
            .iter()
            .flat_map(|p| choices.iter().map(move |c| format!("{p}{before}{c}")))
            .collect();
        rest = &rest[close + 1..];
    }
    if rest.contains('}') {
        return Err("a `}` has no `{`".to_string());
    }
    Ok(phrases.into_iter().map(|p| format!("{p}{rest}")).collect())
}

/// The regular -s, past and -ing forms of an English verb, or its irregular past forms when
/// listed, with the base form first.
fn verb_forms(base: &str, irregular: &HashMap<String, Vec<String>>) -> Vec<String> {
    let lower = base.to_lowercase();
    let mut forms = vec![
        lower.clone(),
        third_person(&lower),
        present_participle(&lower),
    ];
    match irregular.get(&lower) {
        Some(past) => forms.extend(past.iter().cloned()),
        None => forms.push(regular_past(&lower)),
    }
    let mut seen = Vec::new();
    forms.retain(|f| {
        let new = !seen.contains(f);
        seen.push(f.clone());
        new
    });
    forms
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// One-syllable verbs ending consonant-vowel-consonant double it: ban, banned, banning.
fn doubles_final_consonant(verb: &str) -> bool {
    let chars: Vec<char> = verb.chars().collect();
    let vowel_groups = chars
        .iter()
        .enumerate()
        .filter(|&(i, &c)| is_vowel(c) && (i == 0 || !is_vowel(chars[i - 1])))
        .count();
    let n = chars.len();
    n >= 3
        && vowel_groups == 1
        && !is_vowel(chars[n - 1])
        && !matches!(chars[n - 1], 'w' | 'x' | 'y')
        && is_vowel(chars[n - 2])
        && !is_vowel(chars[n - 3])
}

fn third_person(verb: &str) -> String {
    if let Some(stem) = verb.strip_suffix('y').filter(|s| !s.ends_with(is_vowel)) {
        format!("{stem}ies")
    } else if ["s", "sh", "ch", "x", "z", "o"]
        .iter()
        .any(|e| verb.ends_with(e))
    {
        format!("{verb}es")
    } else {
        format!("{verb}s")
    }
}

fn regular_past(verb: &str) -> String {
    if verb.ends_with('e') {
        format!("{verb}d")
    } else if let Some(stem) = verb.strip_suffix('y').filter(|s| !s.ends_with(is_vowel)) {
        format!("{stem}ied")
    } else if doubles_final_consonant(verb) {
        format!("{verb}{}ed", &verb[verb.len() - 1..])
    } else {
        format!("{verb}ed")
    }
}

fn present_participle(verb: &str) -> String {
    if let Some(stem) = verb.strip_suffix("ie") {
        format!("{stem}ying")
    } else if verb.ends_with('e') && !verb.ends_with("ee") && verb.len() > 2 {
        format!("{}ing", &verb[..verb.len() - 1])
    } else if doubles_final_consonant(verb) {
        format!("{verb}{}ing", &verb[verb.len() - 1..])
    } else {
        format!("{verb}ing")
    }
}

/// The plural of an English noun.
fn noun_plural(noun: &str) -> String {
    let lower = noun.to_lowercase();
    if let Some(stem) = lower.strip_suffix('y').filter(|s| !s.ends_with(is_vowel)) {
        format!("{stem}ies")
    } else if ["s", "sh", "ch", "x", "z"]
        .iter()
        .any(|e| lower.ends_with(e))
    {
        format!("{lower}es")
    } else {
        format!("{lower}s")
    }
}

/// Every phrase a cue line stands for: its forms, and each form of a verb or noun with the
/// prefix "co-" also written solid ("co-sponsored" and "cosponsored").
fn expand(line: &CueLine, irregular: &HashMap<String, Vec<String>>) -> Vec<String> {
    let mut phrases = expand_forms(line, irregular);
    let solid: Vec<String> = phrases
        .iter()
        .filter_map(|p| p.strip_prefix("co-").map(|rest| format!("co{rest}")))
        .collect();
    phrases.extend(solid);
    phrases
}

/// The inflected forms of a cue line's phrase.
fn expand_forms(line: &CueLine, irregular: &HashMap<String, Vec<String>>) -> Vec<String> {
    let phrase = line.phrase.trim_end_matches('*');
    match line.forms {
        Forms::Written => vec![phrase.to_string()],
        Forms::Verb | Forms::VerbWithObject => {
            let (verb, rest) = phrase.split_once(' ').unwrap_or((phrase, ""));
            verb_forms(verb, irregular)
                .into_iter()
                .map(|f| {
                    if rest.is_empty() {
                        f
                    } else {
                        format!("{f} {rest}")
                    }
                })
                .collect()
        }
        Forms::Noun => {
            let (rest, noun) = phrase.rsplit_once(' ').unwrap_or(("", phrase));
            let plural = noun_plural(noun);
            let joined = |n: &str| {
                if rest.is_empty() {
                    n.to_string()
                } else {
                    format!("{rest} {n}")
                }
            };
            vec![joined(noun), joined(&plural)]
        }
    }
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
    /// The cue as written in the lexicon (without `*`), lowercased; shared with the lexicon.
    pub lemma: Arc<str>,
    /// The cue is a form of a verb ("signed"), not a noun or a phrase ("agreement").
    pub verb: bool,
    /// Used as a verb, the cue states cooperation only with a party, or a reference to one, as
    /// its object ("helped India", not "helped fund the probe"); as a noun it needs none.
    pub needs_object: bool,
}

/// The compiled cue lexicon.
#[derive(Debug)]
pub struct CueLexicon {
    automaton: AhoCorasick,
    cues: Vec<Cue>,
    /// The first words of the phrases that refer back to parties ("both", "the").
    reference_openers: HashSet<String>,
    /// The irregular past forms of the `forms` lines ("took", "taken", "sent").
    irregular_pasts: HashSet<String>,
    /// The verb cues of more than one word, by their first word: each form's rest and cue,
    /// for a verb that an adverb parts from its particle ("worked frequently with").
    parted_verbs: HashMap<String, Vec<(String, usize)>>,
    /// The cues of a noun and a preposition, by their noun: the preposition and cue, for a
    /// noun coordinated with another before the preposition ("instruments and team members
    /// from").
    coordinated_nouns: HashMap<String, Vec<(String, usize)>>,
    fingerprint: String,
}

impl CueLexicon {
    /// Parses one cue file: `phrase<TAB>role[<TAB>verb|noun]` per line, `#` comments.
    ///
    /// # Errors
    /// Every malformed line, with file and line.
    pub fn parse(file: &str, text: &str) -> Result<CueLexicon, Vec<GazetteerError>> {
        CueLexicon::from_files(&[(file.to_string(), text.to_string())])
    }

    /// Compiles several cue files in order: a later file adds cues, and a phrase it repeats
    /// takes the role given there (the way a user's `cues.tsv` overrides the shipped one).
    ///
    /// # Errors
    /// Every malformed line of every file, with file and line.
    pub fn from_files(files: &[(String, String)]) -> Result<CueLexicon, Vec<GazetteerError>> {
        let mut read = CueFile::default();
        let mut errors = Vec::new();
        let mut hasher = Sha256::new();
        for (file_index, (file, text)) in files.iter().enumerate() {
            read_cue_file((file_index, file), text, &mut read, &mut errors);
            hasher.update(text.as_bytes());
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let mut slot_of: HashMap<String, usize> = HashMap::new();
        let mut phrases: Vec<String> = Vec::new();
        let mut cues: Vec<Cue> = Vec::new();
        // Where each slot's cue was written: a phrase one file gives two roles is a mistake
        // (only a later file may override).
        let mut origins: Vec<(usize, usize)> = Vec::new();
        // Whether each slot's cue is an inflection generated from another line: a phrase
        // written out on a line of its own in the same file takes its role from that line
        // ("including<TAB>neutral" beside "include<TAB>participation<TAB>verb+object").
        let mut generated: Vec<bool> = Vec::new();
        for line in &read.lines {
            let lemma: Arc<str> = line.phrase.trim_end_matches('*').to_lowercase().into();
            let prefix = line.phrase.ends_with('*');
            let written = normalize_phrase(line.phrase.trim_end_matches('*')).to_lowercase();
            for form in expand(line, &read.irregular) {
                let pattern = normalize_phrase(&form).to_lowercase();
                let is_generated = pattern != written;
                let cue = Cue {
                    role: line.role,
                    prefix,
                    lemma: lemma.clone(),
                    verb: matches!(line.forms, Forms::Verb | Forms::VerbWithObject),
                    needs_object: line.forms == Forms::VerbWithObject,
                };
                match slot_of.get(&pattern) {
                    Some(&slot) => {
                        let (file, earlier) = origins[slot];
                        let same_file = file == line.origin.0;
                        if same_file && is_generated && !generated[slot] {
                            continue;
                        }
                        if same_file
                            && cues[slot].role != cue.role
                            && is_generated == generated[slot]
                        {
                            errors.push(GazetteerError {
                                file: files[file].0.clone(),
                                line: line.origin.1,
                                problem: Problem::BadCue(format!(
                                    "`{form}` has another role on line {earlier}"
                                )),
                            });
                        }
                        cues[slot] = cue;
                        origins[slot] = line.origin;
                        generated[slot] = is_generated;
                    }
                    None => {
                        slot_of.insert(pattern.clone(), cues.len());
                        phrases.push(pattern);
                        cues.push(cue);
                        origins.push(line.origin);
                        generated.push(is_generated);
                    }
                }
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        // A contiguous NFA: with some twenty thousand phrases a DFA took four times as long to
        // build as everything else a run loads, and its table no longer stays in cache, so
        // it scanned no faster.
        // ASCII case is folded out of the text rather than matched both ways (the patterns
        // are lowercase): the same matches, with fewer transitions.
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(&phrases)
            .expect("cue patterns compile");
        let reference_openers = phrases
            .iter()
            .zip(&cues)
            .filter(|(_, cue)| cue.role == CueRole::PartiesReference)
            .filter_map(|(phrase, _)| phrase.split(' ').next().map(str::to_string))
            .collect();
        let irregular_pasts = read
            .irregular
            .into_values()
            .flatten()
            .filter(|form| !form.ends_with("ing"))
            .collect();
        let mut parted_verbs: HashMap<String, Vec<(String, usize)>> = HashMap::new();
        for (slot, (phrase, cue)) in phrases.iter().zip(&cues).enumerate() {
            if let Some((verb, rest)) = phrase.split_once(' ').filter(|_| cue.verb) {
                parted_verbs
                    .entry(verb.to_string())
                    .or_default()
                    .push((rest.to_string(), slot));
            }
        }
        let mut coordinated_nouns: HashMap<String, Vec<(String, usize)>> = HashMap::new();
        for (slot, (phrase, cue)) in phrases.iter().zip(&cues).enumerate() {
            match phrase.split_once(' ') {
                Some((noun, preposition))
                    if !cue.verb && !cue.prefix && PREPOSITIONS.contains(&preposition) =>
                {
                    coordinated_nouns
                        .entry(noun.to_string())
                        .or_default()
                        .push((preposition.to_string(), slot));
                }
                _ => {}
            }
        }
        Ok(CueLexicon {
            automaton,
            cues,
            reference_openers,
            irregular_pasts,
            parted_verbs,
            coordinated_nouns,
            fingerprint: hex::encode(hasher.finalize()),
        })
    }

    /// Hash of the lexicon text, part of the gazetteer hash.
    pub fn fingerprint(&self) -> &str {
        &self.fingerprint
    }

    /// Number of cue phrases, generated forms included.
    pub fn len(&self) -> usize {
        self.cues.len()
    }

    /// Whether `word` (any case) opens a phrase that refers back to parties ("both", "the"):
    /// a cheap test before looking a longer phrase up.
    pub fn may_open_a_reference(&self, word: &str) -> bool {
        self.reference_openers.contains(&word.to_lowercase())
    }

    /// Whether `word` (lowercase) is the past tense or past participle of a verb: a regular
    /// one in -ed, or an irregular form of the lexicon's `forms` lines.
    pub fn is_past_form(&self, word: &str) -> bool {
        word.ends_with("ed") || self.irregular_pasts.contains(word)
    }

    /// Whether the lexicon has no cues.
    pub fn is_empty(&self) -> bool {
        self.cues.is_empty()
    }

    /// The cue that `phrase` is, whole ("partners", "forum", "instruments from"): one cue
    /// from its start to its end.
    pub fn whole(&self, phrase: &str) -> Option<CueMatch> {
        match self.find(phrase, &NormText::new(phrase)).as_slice() {
            [cue] if cue.end == phrase.len() => Some(cue.clone()),
            _ => None,
        }
    }

    /// Every cue in `raw`, whose normalized copy is `norm`: whole words (a `*` cue may end
    /// inside a word and is extended to the word's end), and a phrase not where its last word
    /// opens a hyphenated compound ("on ice-covered" holds no "on ice"). Where cues overlap,
    /// the longest wins.
    pub fn find(&self, raw: &str, norm: &NormText) -> Vec<CueMatch> {
        let text = norm.text.as_str();
        let bytes = text.as_bytes();
        let mut found: Vec<(usize, usize, usize)> = Vec::new();
        for m in self.automaton.find_overlapping_iter(&norm.folded) {
            let cue = &self.cues[m.pattern().as_usize()];
            let (s, mut e) = (m.start(), m.end());
            // A cue that opens with a word character must open a word; a clitic, one that
            // opens with an apostrophe ("'ll") or is "n't", may follow a word ("didn't").
            let clitic = !is_word_byte(text, s, bytes) || norm.folded[s..].starts_with("n't");
            if s > 0 && is_word_byte(text, s - 1, bytes) && !clitic {
                continue;
            }
            if cue.prefix {
                while e < text.len() && text.as_bytes()[e].is_ascii_alphabetic() {
                    e += 1;
                }
            } else if e < text.len()
                && (is_word_byte(text, e, bytes)
                    || (cue.lemma.contains(' ')
                        && bytes[e] == b' '
                        && opens_a_compound(&raw.as_bytes()[norm.raw_range(s, e).1..])))
            {
                continue;
            }
            found.push((s, e, m.pattern().as_usize()));
        }
        found.extend(self.parted_verb_cues(norm));
        found.extend(self.coordinated_noun_cues(norm));
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
                lemma: Arc::clone(&cue.lemma),
                verb: cue.verb,
                needs_object: cue.needs_object,
            });
        }
        out
    }

    /// The verb cues of more than one word with an adverb in -ly between the verb and the
    /// rest ("worked frequently with", "cooperated closely on"): (start, end, cue) spans of
    /// the whole, adverb included. The adverb is a lowercase word of four letters or more.
    fn parted_verb_cues(&self, norm: &NormText) -> Vec<(usize, usize, usize)> {
        let folded = norm.folded.as_bytes();
        let mut found = Vec::new();
        for ly in memchr::memmem::find_iter(folded, b"ly ") {
            let adverb_end = ly + 2;
            let adverb_start = word_start(folded, adverb_end);
            if adverb_end - adverb_start < 4
                || adverb_start < 2
                || folded[adverb_start - 1] != b' '
                || !norm.text.as_bytes()[adverb_start].is_ascii_lowercase()
            {
                continue;
            }
            let Some((verb_start, forms)) =
                keyed_word_before(norm, adverb_start - 1, &self.parted_verbs)
            else {
                continue;
            };
            push_rests(norm, verb_start, adverb_end + 1, forms, &mut found);
        }
        found
    }

    /// The cues of a noun and a preposition with another noun coordinated before the
    /// preposition ("instruments and team members from", "cooperation and trade with"):
    /// (start, end, cue) spans of the whole. The other noun is one or two lowercase words.
    fn coordinated_noun_cues(&self, norm: &NormText) -> Vec<(usize, usize, usize)> {
        let folded = norm.folded.as_bytes();
        let raw = norm.text.as_bytes();
        let mut found = Vec::new();
        for and in memchr::memmem::find_iter(folded, b" and ") {
            let Some((noun_start, cues)) = keyed_word_before(norm, and, &self.coordinated_nouns)
            else {
                continue;
            };
            // The coordinated noun's words, then the preposition.
            let mut at = and + " and ".len();
            for _ in 0..COORDINATED_WORDS {
                let word_end = at + word_len(&folded[at..]);
                if word_end == at
                    || !raw[at].is_ascii_lowercase()
                    || folded.get(word_end) != Some(&b' ')
                {
                    break;
                }
                push_rests(norm, noun_start, word_end + 1, cues, &mut found);
                at = word_end + 1;
            }
        }
        found
    }
}

/// The whole word of letters that ends at byte `end`, when `phrases` are keyed by it: its
/// start and the rests of its phrases.
fn keyed_word_before<'p>(
    norm: &NormText,
    end: usize,
    phrases: &'p HashMap<String, Vec<(String, usize)>>,
) -> Option<(usize, &'p [(String, usize)])> {
    let folded = norm.folded.as_bytes();
    let start = word_start(folded, end);
    if start == end || (start > 0 && is_word_byte(&norm.text, start - 1, folded)) {
        return None;
    }
    let rests = phrases.get(&norm.folded[start..end])?;
    Some((start, rests.as_slice()))
}

/// For each (rest, cue) of a phrase whose first word starts at `start` and whose rest the
/// text holds at `at`, ending a word: the (start, end, cue) span of the whole.
fn push_rests(
    norm: &NormText,
    start: usize,
    at: usize,
    rests: &[(String, usize)],
    found: &mut Vec<(usize, usize, usize)>,
) {
    let folded = norm.folded.as_bytes();
    let after = &norm.folded[at..];
    for (rest, slot) in rests {
        let end = at + rest.len();
        if after.starts_with(rest.as_str())
            && (end == folded.len() || !is_word_byte(&norm.text, end, folded))
        {
            found.push((start, end, *slot));
        }
    }
}

/// The prepositions after which a cue of a noun and a preposition also matches with another
/// noun coordinated before the preposition.
const PREPOSITIONS: &[&str] = &["from", "with", "between", "to", "for", "on"];

/// How many lowercase words the noun coordinated with a cue's noun may have ("team members").
const COORDINATED_WORDS: usize = 2;

/// The length of the run of ASCII letters that opens `bytes`.
fn word_len(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(bytes.len())
}

/// Where the run of ASCII letters that ends at `end` starts.
fn word_start(bytes: &[u8], end: usize) -> usize {
    bytes[..end]
        .iter()
        .rposition(|b| !b.is_ascii_alphabetic())
        .map_or(0, |at| at + 1)
}

/// Whether `rest` opens with a hyphen joined to a letter ("-covered").
fn opens_a_compound(rest: &[u8]) -> bool {
    matches!(rest, [b'-', next, ..] if next.is_ascii_alphabetic())
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

    /// Every cue of `lexicon` in `text`: (text, role, lemma).
    fn found<'t>(lexicon: &CueLexicon, text: &'t str) -> Vec<(&'t str, CueRole, String)> {
        lexicon
            .find(text, &NormText::new(text))
            .into_iter()
            .map(|c| (&text[c.start..c.end], c.role, c.lemma.to_string()))
            .collect()
    }

    /// The cues found in `text` with their roles, in text order.
    fn roles_found<'t>(lexicon: &CueLexicon, text: &'t str) -> Vec<(&'t str, CueRole)> {
        found(lexicon, text)
            .into_iter()
            .map(|(t, role, _)| (t, role))
            .collect()
    }

    #[test]
    fn finds_longest_whole_word_cues() {
        let lexicon = CueLexicon::parse(
            "c",
            "sign*\tagreement\njoint\tcollaboration\njoint mission\tjoint_mission\nwill\tplanned\nnot\tnegation\n",
        )
        .unwrap();
        let text = "They signed a joint mission deal, will not Signal; willow.";
        let got = roles_found(&lexicon, text);
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
    fn a_phrase_whose_last_word_opens_a_compound_is_not_found() {
        let lexicon = CueLexicon::parse("c", "on ice\tcessation\njoint\tcollaboration\n").unwrap();
        let text = "A joint-built probe to ice-covered moons, on ice-covered moons, is on ice.";
        let got = roles_found(&lexicon, text);
        assert_eq!(
            got,
            [
                ("joint", CueRole::Kind(ClaimKind::Collaboration)),
                ("on ice", CueRole::Cessation),
            ]
        );
    }

    #[test]
    fn verb_and_noun_forms_are_generated() {
        let irregular: HashMap<String, Vec<String>> = [(
            "freeze".to_string(),
            vec!["froze".to_string(), "frozen".to_string()],
        )]
        .into();
        let cases: &[(&str, &[&str])] = &[
            ("team", &["team", "teams", "teaming", "teamed"]),
            ("ban", &["ban", "bans", "banning", "banned"]),
            ("supply", &["supply", "supplies", "supplying", "supplied"]),
            ("agree", &["agree", "agrees", "agreeing", "agreed"]),
            (
                "furnish",
                &["furnish", "furnishes", "furnishing", "furnished"],
            ),
            (
                "freeze",
                &["freeze", "freezes", "freezing", "froze", "frozen"],
            ),
            (
                "partner",
                &["partner", "partners", "partnering", "partnered"],
            ),
        ];
        for (verb, want) in cases {
            assert_eq!(verb_forms(verb, &irregular), *want, "{verb}");
        }
        assert_eq!(noun_plural("treaty"), "treaties");
        assert_eq!(noun_plural("agreement"), "agreements");
    }

    #[test]
    fn past_forms_are_regular_or_from_the_forms_lines() {
        let lexicon = CueLexicon::parse(
            "c",
            "send\tforms\tsent\nwin\tforms\twon winning\nsign\tagreement\n",
        )
        .unwrap();
        assert!(lexicon.is_past_form("signed"));
        assert!(lexicon.is_past_form("sent"));
        assert!(lexicon.is_past_form("won"));
        assert!(!lexicon.is_past_form("winning"));
        assert!(!lexicon.is_past_form("send"));
    }

    #[test]
    fn a_co_prefix_matches_with_and_without_its_hyphen() {
        let lexicon = CueLexicon::parse("c", "co-sponsor\tcollaboration\tverb\n").unwrap();
        let text = "It was cosponsored, co-sponsored and co sponsored; a sponsor.";
        let got: Vec<&str> = lexicon
            .find(text, &NormText::new(text))
            .into_iter()
            .map(|c| &text[c.start..c.end])
            .collect();
        assert_eq!(got, ["cosponsored", "co-sponsored", "co sponsored"]);
    }

    #[test]
    fn a_verb_with_object_line_generates_verb_forms_that_need_an_object() {
        let lexicon = CueLexicon::parse(
            "c",
            "help\tparticipation\tverb+object\nassist\tparticipation\tverb\n",
        )
        .unwrap();
        let got: Vec<(&str, bool, bool)> = {
            let text = "She helped, helps and assisted.";
            lexicon
                .find(text, &NormText::new(text))
                .into_iter()
                .map(|c| (&text[c.start..c.end], c.verb, c.needs_object))
                .collect()
        };
        assert_eq!(
            got,
            [
                ("helped", true, true),
                ("helps", true, true),
                ("assisted", true, false)
            ]
        );
    }

    #[test]
    fn a_lemma_is_reported_lowercased() {
        let lexicon = CueLexicon::parse("c", "Joint Venture\tcollaboration\n").unwrap();
        let got = found(&lexicon, "A joint venture.");
        assert_eq!(got[0].2, "joint venture");
    }

    #[test]
    fn a_verb_line_matches_every_form_with_its_particle() {
        let lexicon = CueLexicon::parse(
            "c",
            "team up\tcollaboration\tverb\nfreeze\tforms\tfroze frozen\nfreeze\tcessation\tverb\n",
        )
        .unwrap();
        let text = "Kenya teamed up with Peru; Chile teams up; Peru froze it.";
        let got: Vec<(&str, String)> = found(&lexicon, text)
            .into_iter()
            .map(|(t, _, lemma)| (t, lemma))
            .collect();
        let want = [
            ("teamed up", "team up"),
            ("teams up", "team up"),
            ("froze", "freeze"),
        ];
        let want: Vec<(&str, String)> = want.iter().map(|(t, l)| (*t, l.to_string())).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn an_adverb_in_ly_may_part_a_verb_from_its_particle() {
        let lexicon = CueLexicon::parse("c", "work with\tcollaboration\tverb\n").unwrap();
        let text =
            "Kenya worked closely with Peru. Chile works Italy with. Peru worked only with it. \
                    Peru works on Italy with Chile.";
        let got: Vec<(&str, String)> = found(&lexicon, text)
            .into_iter()
            .map(|(t, _, lemma)| (t, lemma))
            .collect();
        let want: Vec<(&str, String)> = ["worked closely with", "worked only with"]
            .iter()
            .map(|t| (*t, "work with".to_string()))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn a_noun_cue_matches_with_another_noun_coordinated_before_its_preposition() {
        let lexicon = CueLexicon::parse(
            "c",
            "cameras from\tcontribution\npartnership with\tcollaboration\n",
        )
        .unwrap();
        let text = "Cameras and team members from Peru. A partnership and trade with Chile. \
                    Cameras and the Peru Lab from Kenya. Cameras and many more tools from Mali.";
        let got: Vec<&str> = found(&lexicon, text)
            .into_iter()
            .map(|(t, _, _)| t)
            .collect();
        assert_eq!(
            got,
            [
                "Cameras and team members from",
                "partnership and trade with"
            ]
        );
    }

    #[test]
    fn a_line_with_alternatives_stands_for_each_phrase() {
        assert_eq!(
            alternatives("{the|these} {two|three} agencies").unwrap(),
            [
                "the two agencies",
                "the three agencies",
                "these two agencies",
                "these three agencies"
            ]
        );
        let lexicon = CueLexicon::parse(
            "c",
            "{back|pull} out of\tcessation\tverb\n{both|the two} {countries|agencies}\tparties_reference\n",
        )
        .unwrap();
        let text = "Both countries pulled out of it; the two agencies backed out of it.";
        let got: Vec<(&str, String)> = found(&lexicon, text)
            .into_iter()
            .map(|(t, _, lemma)| (t, lemma))
            .collect();
        let want = [
            ("Both countries", "both countries"),
            ("pulled out of", "pull out of"),
            ("the two agencies", "the two agencies"),
            ("backed out of", "back out of"),
        ];
        let want: Vec<(&str, String)> = want.iter().map(|(t, l)| (*t, l.to_string())).collect();
        assert_eq!(got, want);
        for bad in ["{a|b agencies", "a} agencies", "{a||b} agencies"] {
            let err = CueLexicon::parse("c", &format!("x\tneutral\n{bad}\tneutral\n")).unwrap_err();
            assert_eq!(err[0].line, 2, "{bad}");
        }
    }

    #[test]
    fn a_later_file_adds_cues_and_overrides_roles() {
        let shipped = (
            "cues.tsv".to_string(),
            "sign\tagreement\tverb\n".to_string(),
        );
        let user = (
            "my/cues.tsv".to_string(),
            "signed\tneutral\nbefriend\tcollaboration\tverb\n".to_string(),
        );
        let lexicon = CueLexicon::from_files(&[shipped, user]).unwrap();
        let text = "Peru signed and signs; Chile befriended Peru.";
        let got = roles_found(&lexicon, text);
        assert_eq!(
            got,
            [
                ("signed", CueRole::Neutral),
                ("signs", CueRole::Kind(ClaimKind::Agreement)),
                ("befriended", CueRole::Kind(ClaimKind::Collaboration)),
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

    #[test]
    fn one_file_may_not_give_a_phrase_two_roles() {
        let err = CueLexicon::parse(
            "cues.tsv",
            "funded by\tcontribution\n{run|funded} by\trun_by\nrun by\trun_by\n",
        )
        .unwrap_err();
        let text: Vec<String> = err.iter().map(ToString::to_string).collect();
        assert_eq!(
            text,
            ["cues.tsv:2: bad cue: `funded by` has another role on line 1"]
        );
    }

    #[test]
    fn a_written_form_beats_the_same_form_generated_from_another_line() {
        // Either order in the file: the line that writes "joining" out gives its role.
        for text in [
            "join\tparticipation\tverb\njoining\tneutral\n",
            "joining\tneutral\njoin\tparticipation\tverb\n",
        ] {
            let lexicon = CueLexicon::parse("cues.tsv", text).unwrap();
            let got = roles_found(&lexicon, "Peru joined, Chile joining.");
            assert_eq!(
                got,
                [
                    ("joined", CueRole::Kind(ClaimKind::Participation)),
                    ("joining", CueRole::Neutral),
                ],
                "{text}"
            );
        }
    }

    #[test]
    fn a_repeated_line_or_a_second_forms_line_for_a_verb_is_an_error() {
        let err = CueLexicon::parse(
            "cues.tsv",
            "quit\tforms\tquit\nquit\tcessation\tverb\nQuit\tforms\tquit quitting\nquit\tcessation\tverb\n",
        )
        .unwrap_err();
        let text: Vec<String> = err.iter().map(ToString::to_string).collect();
        assert_eq!(
            text,
            [
                "cues.tsv:3: bad cue: `Quit` is already written on line 1",
                "cues.tsv:4: bad cue: `quit` is already written on line 2"
            ]
        );
    }
}
