//! The claim rules over one sentence, as steps in the order they run ([`SentenceView::claims`]):
//! which of its mentions are parties, which earlier parties and missions its references back
//! add, and the claim it makes. Who only seems a party (a source, a place, a name modifier, one
//! family) is in `parties`; what the cues say (kind, modality, split relations) in `kinds`.

use std::cell::OnceCell;

use crate::gazetteer::{CueMatch, CueRole, EntityType, NAME_CONNECTORS};
use crate::record::{ClaimKind, Modality};
use crate::resolve::{Entities, MatchKind, Mention};
use crate::text::normalize::{after_possessive, before_possessive};
use crate::text::segment::{at_most_words, is_list_separator, is_one_of, word_iter, Sentence};
use crate::text::timex::{is_calendar_word, number_value};

use super::discourse::{Discourse, Fit, Referent};
use super::kinds::{FINITE, OBJECT_ENDS};
use super::parties::{
    before_a_body_descriptor, in_verb_group, is_according_to, is_bodies_noun, AUXILIARIES, BE,
    CUSTOMER_OPENERS, HOME_PREPOSITIONS,
};
use super::{
    after_phrase, head_of, last_word, names_a_nationality, tail_of, without_final_article, Claim,
    ClaimEntity, HYPHENS, JOINERS, JOINT_ACTION, ON_THEIR_OWN, RELATIVE_PRONOUNS,
};

/// Mentions below this confidence (unresolved ambiguity, demonyms) are never parties.
pub(super) const MIN_PARTY_CONFIDENCE: f64 = 0.5;
/// Confidence of a claim whose parties and mission are all named in the sentence.
/// The nouns of a whole craft, what a party owns and another may make for it.
const CRAFTS: &[&str] = &["satellite", "satellites", "spacecraft"];

/// The passive phrases of a launch before its agent: the agent launches a craft, a supplier's
/// service ("carried to orbit by Arianespace's Vega-C rocket").
const LAUNCHED_BY: &[&str] = &[
    "launched by",
    "carried to orbit by",
    "carried into orbit by",
    "carried into space by",
    "put into orbit by",
    "placed into orbit by",
    "placed in orbit by",
    "sent into orbit by",
    "sent into space by",
    "lofted by",
    "lofted into orbit by",
];

const BASE_CONFIDENCE: f64 = 0.9;
/// Factor applied when a party or the mission comes from a reference back.
const REFERENCE_FACTOR: f64 = 0.8;

/// One sentence with its mentions and cues.
pub(super) struct SentenceView<'a> {
    pub(super) gazetteer: &'a Entities<'a>,
    pub(super) text: &'a str,
    pub(super) sentence: &'a Sentence,
    pub(super) index: usize,
    pub(super) mentions: Vec<&'a Mention>,
    pub(super) cues: Vec<&'a CueMatch>,
    /// The body speaking, when the sentence lies inside a quotation attributed in another
    /// sentence: who its "we" is.
    pub(super) speaker: Option<ClaimEntity>,
    /// The sentence before says that parties it does not name joined or signed something
    /// ("Nine countries have signed the accords."): "These include …" lists them.
    pub(super) after_unnamed_members: bool,
    /// The quoted titles of the sentence ([`super::quotes::quoted_titles`]), found once: the names
    /// and the words of cooperation inside them state nothing.
    pub(super) titles: Vec<(usize, usize)>,
    /// Where the subordinate clause that opens the sentence ends, found once for the many
    /// rules that ask ([`Self::opening_subordinate_end`]).
    pub(super) opening_end: OnceCell<Option<usize>>,
    /// The subordinator that opens the sentence and where it ends, found once
    /// ([`Self::opening_subordinator_at`]).
    pub(super) opening_subordinator: OnceCell<Option<(&'static str, usize)>>,
}

impl SentenceView<'_> {
    /// Whether the sentence says that parties it does not name, a group of them, joined or
    /// signed something (see [`Self::joined_by_unnamed_members`]).
    pub(super) fn unnamed_members_join(&self) -> bool {
        self.cues
            .iter()
            .any(|cue| self.joined_by_unnamed_members(cue))
    }

    /// Whether a verb of taking part or agreeing has parties the sentence does not name as its
    /// subject: a word for such a group ("countries", "agencies") a few words before it, with
    /// no name between ("Nine countries have signed the accords", "countries that have
    /// already signed up to the ILRS", "open to any nation that wants to take part").
    pub(super) fn joined_by_unnamed_members(&self, cue: &CueMatch) -> bool {
        const GROUPS: &[&str] = &[
            "countries",
            "nations",
            "states",
            "agencies",
            "governments",
            "members",
            "partners",
            "signatories",
        ];
        /// The same nouns in the singular name no one only after a word such as "any": "any
        /// nation", "every country", "another agency".
        const ONE_OF_A_GROUP: &[&str] = &[
            "country",
            "nation",
            "state",
            "agency",
            "government",
            "member",
            "partner",
        ];
        const ANY: &[&str] = &[
            "any",
            "every",
            "each",
            "another",
            "other",
            "new",
            "interested",
        ];
        const REACH: usize = 5;
        const REACH_BYTES: usize = 60;
        if !cue.verb
            || !matches!(
                cue.role,
                CueRole::Kind(ClaimKind::Participation | ClaimKind::Agreement)
            )
        {
            return false;
        }
        let before = tail_of(&self.text[self.sentence.start..cue.start], REACH_BYTES);
        let words: Vec<_> = word_iter(before).collect();
        let first_near = words.len().saturating_sub(REACH);
        let before_at = cue.start - before.len();
        // "The two countries signed": a reference names the parties meant. Cues are sorted
        // and do not overlap, so the one that may hold `at` is the last to start before it.
        let in_reference = |at: usize| {
            let i = self.cues.partition_point(|c| c.start <= at);
            i.checked_sub(1).is_some_and(|i| {
                let c = self.cues[i];
                matches!(
                    c.role,
                    CueRole::PartiesReference | CueRole::PronounReference
                ) && at < c.end
            })
        };
        let group = (first_near..words.len()).rev().find(|&i| {
            (is_one_of(words[i].text, GROUPS)
                || (is_one_of(words[i].text, ONE_OF_A_GROUP)
                    && i > 0
                    && is_one_of(words[i - 1].text, ANY)))
                && !in_reference(before_at + words[i].start)
        });
        // No name and no clause break between the group and the verb. With a name close
        // before it, the group is what the named are ("Chile and Peru are two of the nine
        // countries that signed") unless it is anyone's ("open to any nation that joins").
        group.is_some_and(|i| {
            let group_at = before_at + words[i].start;
            let party_near = |from: usize| {
                let first = self.mentions.partition_point(|m| m.start < from);
                self.mentions[first..]
                    .iter()
                    .take_while(|m| m.end <= cue.start)
                    .any(|m| self.is_party(m))
            };
            // "Kenya, Peru and the other countries": named ones are among the group.
            let joined_to_names = words[i.saturating_sub(3)..i]
                .iter()
                .any(|w| is_one_of(w.text, &["and", "or"]));
            // "Several countries have joined, including Senegal and Rwanda": members named
            // after the verb are the group's; not those of anyone who may ("any country can
            // join, including China").
            let anyone = i > 0 && is_one_of(words[i - 1].text, ANY);
            let named_after = !anyone
                && self.mentions[self.mentions.partition_point(|m| m.start < cue.end)..]
                    .iter()
                    .any(|m| self.is_party(m));
            !joined_to_names
                && !named_after
                && !self.text[group_at..cue.start].contains([',', ';'])
                && !party_near(group_at)
                && (!party_near(cue.start.saturating_sub(REACH_BYTES))
                    || (i > 0 && is_one_of(words[i - 1].text, ANY)))
        })
    }

    /// The type of the entity a mention names.
    pub(super) fn kind_of(&self, mention: &Mention) -> EntityType {
        self.gazetteer.entry(mention.entry).kind
    }

    /// The cue of the sentence that starts at byte `at`. Cues are sorted by start and do not
    /// overlap, so this is a binary search.
    pub(super) fn cue_starting_at(&self, at: usize) -> Option<&CueMatch> {
        let i = self.cues.partition_point(|c| c.start < at);
        self.cues.get(i).copied().filter(|c| c.start == at)
    }

    /// The first word of a cue as written ("pledged" of "pledged to").
    pub(super) fn first_word_of(&self, cue: &CueMatch) -> &str {
        self.text[cue.start..cue.end]
            .split(' ')
            .next()
            .unwrap_or("")
    }

    /// The cues of the sentence that start at or after byte `at`, in text order (a binary
    /// search).
    pub(super) fn cues_from(&self, at: usize) -> &[&CueMatch] {
        &self.cues[self.cues.partition_point(|c| c.start < at)..]
    }

    /// The cue of the sentence that ends at byte `at` (a binary search, as for
    /// [`Self::cue_starting_at`]).
    pub(super) fn cue_ending_at(&self, at: usize) -> Option<&CueMatch> {
        let i = self.cues.partition_point(|c| c.start < at);
        i.checked_sub(1)
            .map(|last| self.cues[last])
            .filter(|c| c.end == at)
    }

    /// The mention that starts at byte `at`. Mentions are sorted by start and do not overlap,
    /// so lookups by offset are binary searches: a sentence naming thousands of parties stays
    /// linear.
    pub(super) fn mention_starting_at(&self, at: usize) -> Option<&Mention> {
        let next = self.mentions.partition_point(|m| m.start < at);
        self.mentions.get(next).copied().filter(|m| m.start == at)
    }

    /// The mention that ends at byte `at`: the last one starting before it, as mentions do not
    /// overlap.
    pub(super) fn mention_ending_at(&self, at: usize) -> Option<&Mention> {
        let before = self.mentions.partition_point(|m| m.start < at);
        before
            .checked_sub(1)
            .map(|last| self.mentions[last])
            .filter(|m| m.end == at)
    }

    /// Whether a country is joined by a hyphen, dash or slash to another country ("the
    /// Korea-U.S. agreement", "US/China talks"), naming both as a pair, or to a participle
    /// that makes it the agent ("the US-led accords", "a China-built probe").
    fn in_compound_or_agent(&self, mention: &Mention) -> bool {
        let is_country = |m: &Mention| self.kind_of(m) == EntityType::Country;
        let before = self.text[..mention.start]
            .strip_suffix(JOINERS)
            .and_then(|rest| self.mention_ending_at(rest.len()))
            .is_some_and(is_country);
        let after = self.text[mention.end..]
            .strip_prefix(JOINERS)
            .and_then(|rest| self.mention_starting_at(self.text.len() - rest.len()))
            .is_some_and(is_country);
        let participle = self.text[mention.end..]
            .strip_prefix(JOINERS)
            .and_then(|rest| rest.split(|c: char| !c.is_alphabetic()).next())
            .is_some_and(|word| {
                word.starts_with(char::is_lowercase)
                    && (word.ends_with("ed") || ["built", "made", "run"].contains(&word))
            });
        before || after || participle
    }

    /// Whether a country opens the name of a body of its state that no gazetteer lists ("the
    /// US Treasury Department", "the U.S. Congress", "the Kenyan Ministry of Finance"): the
    /// country acts through it.
    fn heads_its_government_body(&self, country: &Mention) -> bool {
        const GOVERNMENT: &[&str] = &[
            "department",
            "ministry",
            "treasury",
            "congress",
            "senate",
            "parliament",
            "government",
            "cabinet",
            "embassy",
        ];
        const NAME_WORDS: usize = 4;
        self.text[country.end..self.sentence.end]
            .split_whitespace()
            .take(NAME_WORDS)
            .take_while(|w| w.starts_with(char::is_uppercase))
            .any(|w| is_one_of(w.trim_end_matches([',', '.', ';', ':']), GOVERNMENT))
    }

    pub(super) fn is_party(&self, mention: &Mention) -> bool {
        self.kind_of(mention).is_party()
            && mention.via != MatchKind::Demonym
            && mention.confidence >= MIN_PARTY_CONFIDENCE
    }

    pub(super) fn is_mission(&self, mention: &Mention) -> bool {
        self.kind_of(mention).is_mission() && mention.confidence >= MIN_PARTY_CONFIDENCE
    }

    /// Whether the sentence can have two parties: it names two distinct ones, or a reference
    /// back may add them. A sentence that cannot states no claim and has no decision to
    /// explain, so the rules need not run on it.
    pub(super) fn may_have_two_parties(&self) -> bool {
        let mut named = self.mentions.iter().filter(|m| self.is_party(m));
        let two_named = named
            .next()
            .is_some_and(|first| named.any(|m| m.entry != first.entry));
        two_named
            || self.cues.iter().any(|c| c.role.refers_back())
            || self.speaking_as_we().is_some()
    }

    /// The first "we" or "us" of a sentence inside a quotation whose speaker another sentence
    /// names: the speaker's side, a party ("“We will fly the rover with Peru.”").
    fn speaking_as_we(&self) -> Option<(usize, usize)> {
        self.speaker.as_ref()?;
        word_iter(&self.text[self.sentence.start..self.sentence.end])
            .find(|w| w.text.eq_ignore_ascii_case("we") || w.text.eq_ignore_ascii_case("us"))
            .map(|w| (self.sentence.start + w.start, self.sentence.start + w.end))
    }

    /// Adds this sentence's parties and missions to what later references can reach (not a
    /// country that is a person's surname, nor a state that came to an end), then the parties
    /// its claims `referred` to.
    pub(super) fn remember(
        &self,
        discourse: &mut Discourse,
        referred: Vec<ClaimEntity>,
        claimed: Option<Vec<ClaimEntity>>,
    ) {
        let named = self
            .mentions
            .iter()
            .filter(|m| {
                self.is_party(m) && !self.surname_after_a_title(m) && !self.is_what_ended(m)
            })
            .map(|m| ClaimEntity::named(m));
        let parties = named.chain(referred);
        let missions = self
            .mentions
            .iter()
            .filter(|m| !self.is_party(m) && self.is_mission(m));
        let subject = self.subject_party().map(ClaimEntity::named);
        discourse.remember(
            self.index,
            parties,
            missions.map(|m| ClaimEntity::named(m)),
            subject,
            claimed,
        );
    }

    /// The party named as the sentence's subject: a name that opens it (after "The" at most),
    /// alone, not a possessive ("Chile's agency"), a compound ("Chile-Peru") or one of a
    /// coordination ("Chile and Peru"). A name right after an opening phrase of a preposition
    /// set off by a comma opens the clause as well ("In India's first solar mission, ESA is
    /// lending a hand").
    fn subject_party(&self) -> Option<&Mention> {
        /// How many words an opening phrase before the subject may hold.
        const OPENING_WORDS: usize = 15;
        // Not "for", which may open a topic: "For ESA, NASA remains the key partner."
        const OPENERS: &[&str] = &[
            "in",
            "on",
            "at",
            "with",
            "after",
            "during",
            "since",
            "as",
            "under",
            "through",
            "following",
            "besides",
        ];
        let first = self.mentions.first()?;
        let body = &self.text[self.sentence.start..self.sentence.end];
        let after_opening = word_iter(body)
            .next()
            .filter(|w| is_one_of(w.text, OPENERS))
            .and_then(|_| body.find(", "))
            .filter(|&comma| at_most_words(&body[..comma], OPENING_WORDS))
            .map(|comma| self.sentence.start + comma + ", ".len());
        let subject = match after_opening {
            Some(from) if first.start < from => self.mentions.iter().find(|m| m.start >= from)?,
            _ => first,
        };
        let clause_start = after_opening
            .filter(|&from| subject.start >= from)
            .unwrap_or(self.sentence.start);
        let opening = self.text[clause_start..subject.start]
            .trim_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '“' | '‘' | '«' | '\''));
        let after = &self.text[subject.end..self.sentence.end];
        let joined = after.starts_with(JOINERS)
            || ["'s", "’s", " and ", " or ", ", "]
                .iter()
                .any(|w| after.starts_with(w));
        // "In its first year, the agency …": after an opening phrase "the" is in lowercase.
        let article = opening == "The" || (opening == "the" && clause_start > self.sentence.start);
        ((opening.is_empty() || article) && !joined && self.is_party(subject)).then_some(subject)
    }

    /// The verb of a sentence whose subject is two or more parties acting together, as a cue
    /// of collaboration: a list of parties ("Chile and Peru have built …") or a reference back
    /// to them ("The two countries plan to …") is the subject, at the start of the sentence,
    /// after a short opener without names ("In 1990, both sides …") or after "said", and a
    /// verb in the past or after an auxiliary follows ("sent", "have finalised", "will build",
    /// "are coming"). Saying and owning are no joint action ("Chile and Peru said …", "… have
    /// missions").
    fn joint_subject_action(&self, cues: &[&CueMatch]) -> Option<CueMatch> {
        let body = &self.text[self.sentence.start..self.sentence.end];
        let lead = body.len()
            - body
                .trim_start_matches(|c: char| {
                    c.is_whitespace() || matches!(c, '"' | '“' | '‘' | '«')
                })
                .len();
        let first_name = self.mentions.first().map_or(self.sentence.end, |m| m.start);
        let opener_end = body
            .find(", ")
            .map(|at| self.sentence.start + at + 2)
            .filter(|&at| {
                at <= first_name && at_most_words(&self.text[self.sentence.start..at], 6)
            });
        let after_said = body
            .find(" said ")
            .map(|at| self.sentence.start + at + 6)
            .map(|at| at + self.text[at..].strip_prefix("that ").map_or(0, |_| 5));
        [Some(self.sentence.start + lead), opener_end, after_said]
            .into_iter()
            .flatten()
            .find_map(|start| {
                let subject_end = self.joint_subject_end(start, cues)?;
                self.joint_verb(subject_end, cues)
            })
            .or_else(|| self.joint_agent_action(cues))
    }

    /// The passive of a joint action: a past participle after a form of "be", perhaps with a
    /// particle, and "by" two or more parties as the agent ("The study will be carried out by
    /// Chile and Peru", "… was designed by two institutes: the A and the B"). The participle
    /// becomes the collaboration cue, under the same conditions as the active verb's.
    fn joint_agent_action(&self, cues: &[&CueMatch]) -> Option<CueMatch> {
        // A particle or an adverb between the participle and "by": "carried out by".
        const AFTER_THE_VERB: &[&str] = &["out", "up", "together", "forward", "jointly"];
        const MAX_BEFORE_COLON: usize = 6;
        const PHRASE_BEFORE_BY: usize = 4;
        const PHRASE_OPENERS: &[&str] = &["in", "under", "at", "for", "during", "within"];
        let body = &self.text[self.sentence.start..self.sentence.end];
        body.match_indices(" by ").find_map(|(at, _)| {
            let before: Vec<(usize, &str)> = word_iter(&body[..at])
                .map(|w| (self.sentence.start + w.start, w.text))
                .collect();
            // "designed under the programme by", "built in 2020 by": a short phrase after
            // the participle, opened by a preposition, with no comma in it.
            let last = before.last()?.1.to_lowercase();
            let verb_last = self.is_participle(&last) || is_one_of(&last, AFTER_THE_VERB);
            let by_at = self.sentence.start + at;
            let phrase_words = if verb_last { 0 } else { PHRASE_BEFORE_BY };
            let phrase_at = before
                .iter()
                .rev()
                .take(phrase_words)
                .position(|&(opener_at, w)| {
                    is_one_of(w, PHRASE_OPENERS) && !self.text[opener_at..by_at].contains(',')
                })
                .map_or(0, |i| i + 1);
            let mut back = before.iter().rev().skip(phrase_at);
            let mut verb = back.next()?;
            if is_one_of(verb.1, AFTER_THE_VERB) {
                verb = back.next()?;
            }
            let after_be = back.take(2).any(|(_, w)| is_one_of(w, BE));
            if !self.is_participle(&verb.1.to_lowercase()) || !after_be {
                return None;
            }
            let mut agent = self.sentence.start + at + 4;
            // "by two institutes: the A and the B": the list after a short colon phrase.
            if let Some(colon) = self.text[agent..self.sentence.end].find(':') {
                let phrase = &self.text[agent..agent + colon];
                let unnamed = !self
                    .mentions
                    .iter()
                    .any(|m| m.start >= agent && m.start < agent + colon);
                if unnamed && at_most_words(phrase, MAX_BEFORE_COLON) {
                    agent += colon + 1;
                    agent += self.text[agent..].len() - self.text[agent..].trim_start().len();
                }
            }
            self.joint_subject_end(agent, cues)?;
            // A runner's participle with its "by" ("carried out by") is what the agents do,
            // and a neutral phrase that ends before "by" only sets aside another reading of
            // the verb ("carry out" is no carrying); one that takes in "by" ("shared by")
            // says the passive states nothing.
            let by = self.sentence.start + at + 1;
            let cues: Vec<&CueMatch> = cues
                .iter()
                .copied()
                .filter(|c| c.role != CueRole::Neutral || c.end > by)
                .collect();
            self.joint_action_cue(verb.0, verb.1, &cues, &[CueRole::RunBy])
        })
    }

    /// Where a subject (or a helper's object) of two or more parties starting at `start` ends:
    /// a reference back to them ("both sides") or a list of two or more party names ("The US
    /// and Japan").
    pub(super) fn joint_subject_end(&self, start: usize, cues: &[&CueMatch]) -> Option<usize> {
        if let Some(reference) = cues
            .iter()
            .find(|c| c.role == CueRole::PartiesReference && c.start == start)
        {
            return Some(reference.end);
        }
        let rest = &self.text[start..];
        let after_the = start
            + rest
                .strip_prefix("The ")
                .or(rest.strip_prefix("the "))
                .map_or(0, |_| 4);
        // "Scientists from NASA and ESA analysed …": people from bodies (a neutral phrase of
        // the lexicon, "scientists from", "engineers at") act for them, and so do bodies in
        // countries ("Universities in Chile and Peru will build …").
        let bodies_in = self.text[after_the..]
            .split_once(' ')
            .and_then(|(noun, rest)| {
                let (preposition, _) = rest.split_once(' ')?;
                (is_bodies_noun(noun, true) && HOME_PREPOSITIONS.contains(&preposition))
                    .then(|| after_the + noun.len() + 1 + preposition.len() + 1)
            });
        let after_people = self
            .after_people_from(after_the, cues)
            .or(bodies_in)
            .unwrap_or(after_the);
        // A name's mention may hold its article ("the University of Tokyo").
        let first = self.mention_starting_at(after_people).or_else(|| {
            self.text[after_people..]
                .strip_prefix("the ")
                .and_then(|_| self.mention_starting_at(after_people + 4))
        })?;
        if !self.is_party(first) {
            return None;
        }
        // "ESA, along with NASA and JAXA, will …": parties added in a phrase set off by
        // commas are part of the subject, and the comma closing the phrase ends it.
        const ADDING: &[&str] = &[", along with ", ", as well as ", ", alongside "];
        let mut end = first.end;
        let mut count = 1;
        let mut set_off = false;
        let mut last = first;
        // A nationality word is no item of the list, and may stand in a descriptor.
        for m in self
            .mentions
            .iter()
            .filter(|m| m.start >= first.end && m.via != MatchKind::Demonym)
        {
            let gap = &self.text[end..m.start];
            // "The Indian Space Research Organisation (ISRO), along with Japan, …": the short
            // form in brackets is the same party, and the subject goes on after it.
            if m.entry == last.entry && gap.trim() == "(" {
                end = m.end + usize::from(self.text[m.end..].starts_with(')'));
                continue;
            }
            // "Kenya and the Peruvian agency, CONIDA, flew …": the next item named after its
            // descriptor, in apposition set off by commas.
            if !set_off && count == 1 && self.is_party(m) && describes_the_next_item(gap) {
                set_off = true;
                last = m;
                end = m.end;
                count += 1;
                continue;
            }
            if gap.trim_start().starts_with(',') && self.in_apposition(last.entry, m) {
                // "JAXA and the Italian space agency, the Agenzia Spaziale Italiana, flew …":
                // the last item named again, set off by commas.
                if m.entry == last.entry && !set_off && count >= 2 {
                    set_off = true;
                    end = m.end;
                    continue;
                }
                break;
            }
            let last_before = std::mem::replace(&mut last, m);
            // "China's CNSA and Russia's Roscosmos": a body after its owner's possessive is
            // the same side of the subject, and so is one right after a country that
            // qualifies it ("the U.S. Space Operations Command").
            let qualified = gap.trim().is_empty()
                && self.kind_of(last_before) == EntityType::Country
                && self.kind_of(m) != EntityType::Country
                && self.gazetteer.home_country(m.entry)
                    == self.gazetteer.nation_of(last_before.entry);
            if (qualified || after_possessive(gap).is_some_and(|rest| rest.trim().is_empty()))
                && self.is_party(m)
            {
                end = m.end;
                continue;
            }
            let adding = !set_off
                && ADDING
                    .iter()
                    .any(|a| gap.strip_suffix("the ").unwrap_or(gap) == *a);
            if !(only_lists(gap) || adding) || !self.is_party(m) {
                break;
            }
            set_off |= adding;
            end = m.end;
            count += 1;
        }
        if set_off {
            end += usize::from(self.text[end..].starts_with(','));
            // "NASA, along with ESA, said …": speakers, as "NASA and ESA said …" are.
            if self
                .cue_starting_at(end + 1)
                .is_some_and(|c| c.role == CueRole::Speech)
            {
                return None;
            }
        }
        (count >= 2).then_some(end)
    }

    /// Where the names start after people from or at bodies whose phrase (a neutral phrase
    /// of the lexicon, "scientists from", "engineers at", "members from") starts at `at`:
    /// the people act for those bodies.
    pub(super) fn after_people_from(&self, at: usize, cues: &[&CueMatch]) -> Option<usize> {
        cues.iter()
            .find(|c| {
                c.start == at
                    && c.role == CueRole::Neutral
                    && (c.lemma.ends_with(" from") || c.lemma.ends_with(" at"))
            })
            .map(|people| {
                let names = &self.text[people.end..];
                people.end + names.len() - names.trim_start().len()
            })
    }

    /// The verb of action right after a subject ending at `subject_end`, as a collaboration
    /// cue: a past form ("sent"), or any verb after a cue of the future, a plan or a
    /// possibility ("will build", "plan to fly", "may use"), a past participle after "have"
    /// ("have finalised"), a form in -ing after "are" ("are coming"). No cue of the sentence
    /// may overlap it but a maker's or a runner's verb (which found no thing made or run): a
    /// verb of speech, denial or another act not done together ("said", "met") is none, nor
    /// is a verb whose clause says each does it alone ("… satellites each", "their own").
    fn joint_verb(&self, subject_end: usize, cues: &[&CueMatch]) -> Option<CueMatch> {
        const PERFECT: &[&str] = &["have", "has", "had"];
        // Adverbs and auxiliaries that may stand between the first word and the verb.
        const SKIPPED: &[&str] = &[
            "also", "jointly", "together", "now", "already", "further", "still", "since", "have",
            "has", "had", "recently", "then", "later", "soon", "first", "to",
        ];
        // "Israel and Iran have both launched satellites": each did it on its own.
        const FLOATING: &[&str] = &["both", "all", "each"];
        let lexicon = self.gazetteer.gazetteer().cues();
        let rest = &self.text[subject_end..self.sentence.end];
        if !rest.starts_with(' ') {
            return None;
        }
        let words = || word_iter(rest).map(|w| (subject_end + w.start, w.text));
        let (first_at, first) = words().next()?;
        // "will", "may", "plan to", and a wish ("hope to", "intend to"), not a need ("need to
        // tie up loose ends" is each one's chore): the verb follows.
        let modal = cues.iter().find(|c| {
            c.start == first_at
                && (matches!(c.role, CueRole::Planned | CueRole::Possible | CueRole::Plan)
                    || c.role == CueRole::Intended && !c.lemma.starts_with("need"))
        });
        let perfect = is_one_of(first, PERFECT);
        let (at, word) = if modal.is_some() || perfect || is_one_of(first, BE) {
            let after = modal.map_or(first_at + first.len(), |m| m.end);
            let mut verbs = words()
                .skip_while(|&(at, _)| at < after)
                .filter(|(_, w)| !is_one_of(w, SKIPPED));
            let (mut at, mut word) = verbs.next()?;
            if is_one_of(word, FLOATING) {
                return None;
            }
            // "will be working", "have been building": the participle is the verb; "will be
            // the first", "could be rivals" state no act.
            let copula = is_one_of(word, BE);
            if copula {
                (at, word) = verbs.next()?;
            }
            // "Egypt and Russia intended to launch the satellite": a wish acts together only
            // on a mission named right after the verb ("hope to become space powers", "want
            // to reduce costs" are each one's).
            if modal.is_some_and(|m| m.role == CueRole::Intended)
                && !self.names_a_mission_soon_after(at + word.len(), cues)
            {
                return None;
            }
            let lower = word.to_lowercase();
            let participle = self.is_participle(&lower);
            let progressive = copula || is_one_of(first, BE);
            if (perfect && !copula && !participle) || (progressive && !lower.ends_with("ing")) {
                return None;
            }
            // "are planning to build": the plan is the modal of the verb after it; "are
            // planning a mission": what is planned together is the joint action.
            if let Some(plan) = cues
                .iter()
                .find(|c| c.start == at && c.role == CueRole::Plan)
            {
                if !plan.lemma.ends_with(" to") {
                    if !self.names_a_mission_soon_after(plan.end, cues) {
                        return None;
                    }
                    return self.joint_action_cue(
                        at,
                        word,
                        cues,
                        &[CueRole::Preparation, CueRole::Plan],
                    );
                }
                (at, word) = words()
                    .skip_while(|&(at, _)| at < plan.end)
                    .find(|(_, w)| !is_one_of(w, SKIPPED))?;
            }
            (at, word)
        } else if lexicon.is_past_form(&first.to_lowercase()) {
            (first_at, first)
        } else {
            return None;
        };
        self.joint_action_cue(at, word, cues, &[CueRole::Preparation])
    }

    /// Whether a mission, or a word for one, starts within a few words after byte `from` in
    /// its clause: "are planning a Mars sample return mission".
    fn names_a_mission_soon_after(&self, from: usize, cues: &[&CueMatch]) -> bool {
        const REACH_WORDS: usize = 5;
        let clause = &self.text[from..self.sentence.end];
        let clause_end = from + clause.find([',', ';']).unwrap_or(clause.len());
        let near = |start: usize| {
            start >= from
                && start < clause_end
                && at_most_words(&self.text[from..start], REACH_WORDS)
        };
        cues.iter()
            .any(|c| c.role == CueRole::MissionWord && near(c.start))
            || self
                .mentions
                .iter()
                .any(|m| self.is_mission(m) && near(m.start))
    }

    /// Whether a verb ending at byte `verb_end` takes a named mission as its object: the
    /// mission follows within a few words that hold no clause ("announced the new ILRS
    /// programme", not "announced that the ILRS …").
    fn mission_object_at(&self, verb_end: usize) -> bool {
        const OBJECT_WORDS: usize = 3;
        self.mentions
            .iter()
            .find(|m| m.start >= verb_end)
            .is_some_and(|m| {
                let between = &self.text[verb_end..m.start];
                self.is_mission(m)
                    && at_most_words(between, OBJECT_WORDS)
                    && !between.contains([',', ';'])
                    && !word_iter(between).any(|w| w.text == "that")
            })
    }

    /// Whether a lowercase word is a past participle: a past form of the lexicon (regular in
    /// -ed, or irregular) or a form in -en ("taken", "chosen").
    fn is_participle(&self, lower: &str) -> bool {
        self.gazetteer.gazetteer().cues().is_past_form(lower) || lower.ends_with("en")
    }

    /// The collaboration cue of a joint action's verb `word` at `at`, unless its clause says
    /// each acts alone ("… satellites each", "their own"; "each other" is joint), a cue of the
    /// sentence gives the verb another meaning (speech, denial, an act not done together) or
    /// the word is no lowercase verb. Only a maker's or a runner's verb gives way, and cues
    /// of the roles in `giving_way`.
    fn joint_action_cue(
        &self,
        at: usize,
        word: &str,
        cues: &[&CueMatch],
        giving_way: &[CueRole],
    ) -> Option<CueMatch> {
        // "… launched dozens of satellites each", "… built their own rovers": each on its own.
        let end = at + word.len();
        let clause = &self.text[end..self.sentence.end];
        let clause = &clause[..clause.find([',', ';']).unwrap_or(clause.len())];
        let mut clause_words = word_iter(clause).map(|w| w.text).peekable();
        while let Some(word) = clause_words.next() {
            // "each other" is what they do together.
            let reciprocal = word.eq_ignore_ascii_case("each")
                && clause_words
                    .peek()
                    .is_some_and(|w| w.to_lowercase().starts_with("other"));
            if (word.eq_ignore_ascii_case("each") || is_one_of(word, ON_THEIR_OWN)) && !reciprocal {
                return None;
            }
        }
        // A cue on the verb is its meaning: speech, denial, an act not done together ("met"),
        // a kind of its own. Only a maker's, a runner's or a sender's verb gives way ("Chile
        // and Peru have sent four satellites into orbit").
        let on_the_verb = || cues.iter().filter(|c| c.start < end && at < c.end);
        // "China and Russia announced the ILRS": announcing a mission named as the object
        // presents it as theirs; announcing anything else only reports.
        let announces_a_mission = || {
            on_the_verb().all(|c| c.role == CueRole::Speech && &*c.lemma == "announce")
                && self.mission_object_at(end)
        };
        let other_meaning = on_the_verb().any(|c| {
            !matches!(
                c.role,
                CueRole::MadeBy | CueRole::Runs | CueRole::PartOfOwned
            ) && !giving_way.contains(&c.role)
        }) && !announces_a_mission();
        // "Israel and Iran launched spy satellites", "… launched rival probes": what a verb
        // of launching or running does apart is no joint action either.
        let apart = || on_the_verb().any(|c| c.role == CueRole::Runs && self.run_apart(c));
        if !word.starts_with(char::is_lowercase) || other_meaning || apart() {
            return None;
        }
        // "Chile and Peru are considering a mission": weighing it together is an intent.
        let weighed = on_the_verb().any(|c| c.role == CueRole::Preparation);
        let kind = if weighed {
            ClaimKind::Intent
        } else {
            ClaimKind::Collaboration
        };
        Some(CueMatch {
            role: CueRole::Kind(kind),
            start: at,
            end,
            lemma: JOINT_ACTION.into(),
            verb: true,
            needs_object: false,
        })
    }

    /// The claims this sentence makes, step by step: the parties it names outside its
    /// sources, the cue that decides kind and polarity, the parties of that cue's clause, the
    /// parties and mission references back add, then modality and the kind it settles.
    /// `notes` receives every party set aside and the outcome, for `extract --explain`.
    pub(super) fn claims(&self, discourse: &Discourse, notes: &mut Notes) -> Vec<Claim> {
        let mut clauses = OtherClauses::default();
        let mut out = self.main_claims(discourse, notes, &mut clauses);
        // "AEM worked with NASA in 2024, and in 2025, Mexico partnered with China": each
        // clause the main one left out states its own claim when it names two parties and a
        // cue of its own. A clause is read once, as a sentence of its own, not parted again.
        // When the main clause names fewer than two parties, its claim took them from every
        // clause; a claim of another clause replaces it. A relative clause about a thing whose
        // parties the main claim set aside ("the ILRS, which China and Russia jointly lead")
        // states its own claim too.
        let mut replace = !clauses.main_names_two;
        let descriptions = clauses.descriptions.iter().map(|&span| (span, true));
        for ((start, end), description) in clauses
            .spans
            .iter()
            .copied()
            .map(|span| (span, false))
            .chain(descriptions)
        {
            // A second predicate is read with its subject, the first predicate skipped.
            let (from, skipped) = match clauses.predicate {
                Some((subject, (gap_start, gap_end))) if gap_end == start => {
                    (subject, (gap_start, gap_end))
                }
                _ => (start, (start, start)),
            };
            // "The two agencies plan joint research, while improving the two countries'
            // skills through exchanges": a participle with no subject of its own goes on
            // with the main clause's, whose claim stands; its clause states none apart.
            if !replace && !description && from == start && self.opens_with_a_participle(start) {
                continue;
            }
            let part = Sentence {
                start: from,
                end,
                ..self.sentence.clone()
            };
            let mut found = self.clause(&part, skipped).main_claims(
                discourse,
                &mut Notes::default(),
                &mut OtherClauses::default(),
            );
            if replace && !found.is_empty() {
                // "the LND developed by Kiel University; the ASAN developed by IRF; and the
                // camera developed by KACST": items of one list, each with the main clause's
                // cue; the main claim took the parties of every clause, and the items' cue
                // says what it states.
                if let ([main], [item]) = (&mut out[..], &found[..]) {
                    if self.parallel_item(main, item, (start, end)) {
                        *main = Claim {
                            parties: std::mem::take(&mut main.parties),
                            missions: std::mem::take(&mut main.missions),
                            ..item.clone()
                        };
                        continue;
                    }
                }
                replace = false;
                out.clear();
            }
            if description {
                self.make_joint_missions(start, &mut found);
            }
            for claim in found {
                if !out.iter().any(|c| same_parties(c, &claim)) {
                    notes.rules.push(claim.rule.clone());
                    notes.outcome = "claim";
                    out.push(claim);
                }
            }
        }
        out
    }

    /// Whether the clause at `start` opens with a present participle ("improving …",
    /// "working with …"), a predicate without a subject of its own; not one of speech, which
    /// reports a clause that has one ("noting that Chile and Peru …").
    fn opens_with_a_participle(&self, start: usize) -> bool {
        let Some(word) = word_iter(&self.text[start..self.sentence.end]).next() else {
            return false;
        };
        let at = start + word.start;
        word.text.len() > 5
            && word.text.ends_with("ing")
            && word.text.starts_with(char::is_lowercase)
            && !is_one_of(
                word.text,
                &["during", "according", "including", "regarding"],
            )
            && !self
                .cues
                .iter()
                .any(|c| c.start == at && c.role == CueRole::Speech)
    }

    /// Whether `item`, a claim of the clause `span`, is made of items of a list the `main`
    /// claim holds whole: parties among the main claim's, and the same cue word outside the
    /// clause (in the main one) and repeated in the clause for each of its parties ("Peru and
    /// Chile signed" in "Kenya signed …; and Peru and Chile signed …" is a claim of its own).
    fn parallel_item(&self, main: &Claim, item: &Claim, (start, end): (usize, usize)) -> bool {
        let Some(&(from, to)) = item.cues.first() else {
            return false;
        };
        let item_cue = &self.text[from..to];
        let (inside, outside): (Vec<&CueMatch>, Vec<&CueMatch>) = self
            .cues
            .iter()
            .filter(|c| self.text[c.start..c.end].eq_ignore_ascii_case(item_cue))
            .partition(|c| c.start >= start && c.end <= end);
        !outside.is_empty()
            && inside.len() >= item.parties.len()
            && item
                .parties
                .iter()
                .all(|p| main.parties.iter().any(|q| q.entry == p.entry))
    }

    /// The collaborations `found` in a relative clause that starts at byte `start` are joint
    /// missions, of that mission, when the clause describes one ("the International Lunar
    /// Research Station (ILRS), which China and Russia jointly lead").
    fn make_joint_missions(&self, start: usize, found: &mut [Claim]) {
        let before = self.text[..start].trim_end_matches([',', ' ']);
        // The short form in brackets ends the name.
        let before = before.strip_suffix(')').unwrap_or(before);
        if !self.ends_a_mission(before.len()) {
            return;
        }
        let named = self
            .mention_ending_at(before.len())
            .filter(|m| self.is_mission(m));
        for claim in found {
            if claim.kind == ClaimKind::Collaboration {
                claim.kind = ClaimKind::JointMission;
            }
            if let (true, Some(mission)) = (claim.missions.is_empty(), named) {
                claim.missions.push(ClaimEntity::named(mission));
            }
        }
    }

    /// The view of `part`, a clause of this sentence, with its mentions and cues, read as a
    /// sentence of its own. Both lists are in text order, so the clause's stretch of each is
    /// found by binary search: the clauses of a sentence cost no more than the sentence.
    /// A stretch `skipped` inside it (the first predicate between a subject and its second
    /// one) gives no mentions and no cues.
    fn clause<'p>(&'p self, part: &'p Sentence, skipped: (usize, usize)) -> SentenceView<'p> {
        let outside = |(start, end): (usize, usize)| end <= skipped.0 || start >= skipped.1;
        let mut mentions = within(&self.mentions, part, |m| (m.start, m.end));
        mentions.retain(|m| outside((m.start, m.end)));
        let mut cues = within(&self.cues, part, |c| (c.start, c.end));
        cues.retain(|c| outside((c.start, c.end)));
        SentenceView {
            gazetteer: self.gazetteer,
            text: self.text,
            sentence: part,
            index: self.index,
            mentions,
            cues,
            speaker: self.speaker.clone(),
            after_unnamed_members: self.after_unnamed_members,
            titles: self.titles.clone(),
            opening_end: OnceCell::new(),
            opening_subordinator: OnceCell::new(),
        }
    }

    /// The claims of the main cue's clause (all the sentence when it has one clause); the
    /// sentence's other clauses go to `clauses`.
    fn main_claims(
        &self,
        discourse: &Discourse,
        notes: &mut Notes,
        clauses: &mut OtherClauses,
    ) -> Vec<Claim> {
        let sources = self.source_ranges();
        let Named {
            mut parties,
            mut modifiers,
            mut missions,
        } = self.named_entities(&sources, notes);
        if self.is_tally(&parties) {
            notes.outcome = "a tally of parties, each with its count";
            return Vec::new();
        }
        if self.is_photo_caption() {
            notes.outcome = "a photo caption";
            return Vec::new();
        }
        if self.is_polar_question() {
            notes.outcome = "a yes-no question: it asks and states nothing";
            return Vec::new();
        }
        let mut cues = self.cues_outside(&sources);
        let joint_action: Option<CueMatch>;
        let mut decided = self.decide_kind(&cues);
        if decided.is_none() {
            // No cue states cooperation: two or more parties acting together may.
            joint_action = self.joint_subject_action(&cues);
            if let Some(action) = &joint_action {
                // The verb's own cue, a maker's or runner's verb ("built", "launched"), gives
                // way to the joint action.
                cues.retain(|c| c.end <= action.start || action.end <= c.start);
                let at = cues.partition_point(|c| c.start < action.start);
                cues.insert(at, action);
                decided = self.decide_kind(&cues);
            }
        }
        let Some((kind, polarity, main_cue, negated)) = decided else {
            notes.outcome = "no cue that states cooperation (none, or negated, denied or framed)";
            return Vec::new();
        };
        if self.in_a_condition(main_cue) {
            notes.outcome = "a condition, not a statement (\"If …,\", \"Unless …,\")";
            return Vec::new();
        }
        *clauses = self.keep_main_clause(main_cue, &mut parties, &mut missions, notes);
        self.keep_between_list(main_cue, negated, &mut parties, notes);
        clauses.descriptions = self.set_aside_descriptive_clauses(main_cue, &mut parties, notes);
        self.set_aside_comparisons_and_descriptions(main_cue, &cues, &mut parties, notes);
        self.keep_relative_clause(main_cue, &cues, &mut parties, notes);
        self.keep_phrase_about_a_mission(main_cue, &cues, &mut parties, &mut missions, notes);
        let mut derivation = Derivation::stated_by(main_cue);
        self.add_referred_parties(kind, &cues, discourse, &mut parties, &mut derivation);
        self.set_aside_customers(main_cue, &mut parties, notes);
        self.set_aside_owner_countries(&mut parties, notes);
        self.set_aside_territories(&mut parties, notes);
        self.set_aside_vehicle_makers(&mut parties, notes);
        self.set_aside_launch_providers(main_cue, &mut parties, notes);
        // "NASA's US team may not work with China-based firms": the modifiers count when the
        // named parties make no pair of bodies of different countries.
        let no_pair = parties.len() < 2 || self.one_family(&parties);
        // "U.S. Treasury sanctions targeted A and B": the country written right before the
        // measure imposes it, a party however many targets follow.
        let imposer = is_imposed_measure(main_cue)
            .then(|| {
                modifiers.iter().position(|m| {
                    m.end <= main_cue.start && at_most_words(&self.text[m.end..main_cue.start], 2)
                })
            })
            .flatten();
        if let Some(at) = imposer {
            push_distinct(&mut parties, modifiers.remove(at));
            parties.sort_by_key(|p| p.start);
        }
        fall_back_to_modifiers(&mut parties, modifiers, no_pair);
        if self.owns_a_craft_made_by_a_compound(main_cue, &parties)
            || self.delivers_a_whole_craft(main_cue)
        {
            notes.take_out(
                &mut parties,
                |_| true,
                "a craft made for its owner: a supplier and a customer",
            );
        }
        if parties.len() < 2 {
            notes.outcome = "fewer than two parties";
            return Vec::new();
        }
        if self.one_family(&parties) {
            notes.outcome = "the parties are one body or one country";
            return Vec::new();
        }
        // "designed by Kyoto University and Osaka University, respectively": one list of
        // parties, each doing its own part.
        if self.one_coordination(&parties) && self.says_respectively(&parties) {
            notes.outcome = "the parties of one list each act on their own (\"respectively\")";
            return Vec::new();
        }
        // "Chile and Peru lifted sanctions against each other" names both sides.
        let reciprocal = cues.iter().any(|c| {
            matches!(c.role, CueRole::PartiesReference | CueRole::Reciprocal)
                && c.start > main_cue.end
        });
        if is_imposed_measure(main_cue) && !reciprocal && self.one_coordination(&parties) {
            notes.outcome = "sanctions with their parties all on one side, listed together";
            return Vec::new();
        }
        if self.only_partners_after_with(main_cue, &parties) {
            notes.outcome = "every party is one list after \"with\": the other side is unnamed";
            return Vec::new();
        }
        if missions.is_empty() {
            self.add_referred_mission(&cues, discourse, &mut missions, &mut derivation);
        }
        let (modality, modal_cue) = self.decide_modality(&cues, main_cue, negated);
        let co_developed = self.co_developed(main_cue, &cues, &parties);
        let kind = self.settle_kind(kind, modality, modal_cue, main_cue, &missions, co_developed);
        let modality = settle_modality(kind, modality);
        let confidence = round2(derivation.confidence * self.weakest_mention(&parties));
        let main = Claim {
            sentence: self.index,
            kind,
            polarity,
            modality,
            parties,
            missions,
            cues: cue_spans(main_cue, modal_cue, negated),
            confidence,
            rule: derivation.rule,
        };
        let mut out = self.split_relations(main, &cues, main_cue);
        out.retain(|c| c.parties.len() >= 2);
        notes.outcome = "claim";
        notes.rules = out.iter().map(|c| c.rule.clone()).collect();
        out
    }

    /// Who is named: the parties and missions of the sentence outside its sources. A
    /// party that takes no part ([`Self::why_no_participant`]) is set aside with why; a country
    /// written inside a longer name is kept apart as a modifier.
    fn named_entities(&self, sources: &[(usize, usize)], notes: &mut Notes) -> Named {
        let excluded = self.role_excluded();
        let mut named = Named::default();
        for m in &self.mentions {
            let entity = ClaimEntity::named(m);
            if self.titles.iter().any(|&(s, e)| s <= m.start && m.end <= e) {
                if self.is_party(m) {
                    notes.set_aside(&entity, "inside a quoted title, not a party");
                }
                continue;
            }
            if self.is_party(m) {
                if let Some(reason) = self.why_no_participant(m, sources, &excluded) {
                    notes.set_aside(&entity, reason);
                    continue;
                }
            }
            if in_ranges(sources, m.start) {
                continue;
            }
            if self.is_party(m) {
                if self.is_name_modifier(m) {
                    if self.in_compound_or_agent(m) || self.heads_its_government_body(m) {
                        push_distinct(&mut named.modifiers, entity);
                    }
                } else {
                    push_distinct(&mut named.parties, entity);
                    if let Some(country) = self.country_written_for(m) {
                        push_distinct(&mut named.parties, country);
                    }
                }
            } else if self.is_mission(m) {
                push_distinct(&mut named.missions, entity);
            }
        }
        named
    }

    /// The country whose name is written for an agency: "U.S." in "the French and U.S. space
    /// agencies" names NASA and the United States, and so does the possessor of an alias
    /// ("Peru's space agency" names CONIDA and Peru).
    fn country_written_for(&self, agency: &Mention) -> Option<ClaimEntity> {
        if self.kind_of(agency) != EntityType::Agency {
            return None;
        }
        let written = &self.text[agency.start..agency.end];
        // "Peru's space agency", an alias of the agency with its country as possessor.
        let owner = ["'s ", "\u{2019}s "]
            .iter()
            .find_map(|mark| written.split_once(mark))
            .map_or(written, |(owner, _)| owner);
        self.gazetteer
            .named_whole(owner, EntityType::Country)
            .map(|country| ClaimEntity {
                entry: country,
                start: agency.start,
                end: agency.end,
                antecedent: None,
            })
    }

    /// Why a named party takes no part in what the sentence states, if it does not: it is a
    /// source, it stands in a place, adversary or rival role (`excluded`, from
    /// [`Self::role_excluded`]), or it is part of an adjective ("Indo-US").
    fn why_no_participant(
        &self,
        mention: &Mention,
        sources: &[(usize, usize)],
        excluded: &[usize],
    ) -> Option<&'static str> {
        if in_ranges(sources, mention.start) {
            Some("a source, not a participant")
        } else if excluded.contains(&mention.start) {
            Some("a place, an office, an adversary or a rival")
        } else if self.surname_after_a_title(mention) {
            Some("a person's name")
        } else if self.former_employer(mention) {
            Some("a person's former employer")
        } else if self.numbered_event(mention) {
            Some("a numbered meeting, not a party")
        } else if self.opens_an_event_name(mention) {
            Some("part of an event's name, not a party")
        } else if self.holds_the_meeting(mention) {
            Some("the body whose meeting is the occasion, not a party")
        } else if self.in_combining_form(mention) {
            Some("part of an adjective")
        } else if self.describes_the_next_name(mention) {
            Some("a description of the name after it")
        } else if self.describes_the_name_before(mention) {
            Some("a description of the name before it")
        } else if self.forum_of_a_pair(mention) {
            Some("the forum of the pair named before it")
        } else if self.former_name(mention) {
            Some("a former name")
        } else {
            None
        }
    }

    /// Whether a party named by a description in lowercase words stands right before another
    /// party's name, which it describes: "the Russian space agency Glavkosmos" names Glavkosmos.
    fn describes_the_next_name(&self, mention: &Mention) -> bool {
        let written = &self.text[mention.start..mention.end];
        written
            .split_whitespace()
            .any(|w| w.starts_with(char::is_lowercase))
            && self.text[mention.end..]
                .strip_prefix(' ')
                .and_then(|rest| self.mention_starting_at(self.text.len() - rest.len()))
                .is_some_and(|next| self.is_party(next) && next.entry != mention.entry)
    }

    /// Whether a party is named as what another one was called before: "JAXA (formerly
    /// NASDA)", "Roscosmos, previously known as the Russian Federal Space Agency".
    fn former_name(&self, mention: &Mention) -> bool {
        let before = tail_of(&self.text[self.sentence.start..mention.start], 40).to_lowercase();
        let before = before.trim_end();
        let before = before.strip_suffix(" the").unwrap_or(before);
        let word_ends = |text: &str, word: &str| {
            text.strip_suffix(word)
                .is_some_and(|head| head.is_empty() || head.ends_with([' ', '(', ',']))
        };
        // "formerly NASDA"; "previously known as", "once called", "then named" ("then NASA
        // signed" is no former name).
        word_ends(before, "formerly")
            || ["known as", "called", "named"].iter().any(|participle| {
                before.strip_suffix(participle).is_some_and(|head| {
                    let head = head.trim_end();
                    ["formerly", "previously", "once", "then"]
                        .iter()
                        .any(|adverb| word_ends(head, adverb))
                })
            })
    }

    /// Whether a name the document taught is an appositive of the party before it: "KARI, the
    /// Korean Space Agency, signed …" describes KARI. A list goes on after its member ("CNES,
    /// the Boreal Space Institute and NASA", "CNES, the Boreal Space Institute, the ASI").
    fn describes_the_name_before(&self, mention: &Mention) -> bool {
        let before = &self.text[self.sentence.start..mention.start];
        let Some(described) = before.strip_suffix(", the ") else {
            return false;
        };
        let after = self.text[mention.end..self.sentence.end].trim_start_matches(',');
        // "CNES, the Boreal Space Institute, the University of Chile …": another party after
        // a comma goes on with the list.
        let next_item = after.trim_start();
        let next_item = next_item.strip_prefix("the ").unwrap_or(next_item);
        let listed_on = ["and ", "or ", "as well as "]
            .iter()
            .any(|w| after.trim_start().starts_with(w))
            || (after.len() < self.sentence.end - mention.end
                && self
                    .mention_starting_at(self.sentence.end - next_item.len())
                    .is_some_and(|m| self.is_party(m)));
        self.gazetteer.is_local(mention.entry)
            && !listed_on
            && self
                .mention_ending_at(self.sentence.start + described.len())
                .is_some_and(|m| self.is_party(m) && m.entry != mention.entry)
    }

    /// The cues outside the sources: what a source says about itself decides nothing.
    fn cues_outside(&self, sources: &[(usize, usize)]) -> Vec<&CueMatch> {
        self.cues
            .iter()
            .copied()
            .filter(|c| !in_ranges(sources, c.start))
            .collect()
    }

    /// Whose clause: "MBRSC has not been involved, but the UAE and Japan signed an
    /// agreement". When a contrast splits the sentence and the main cue's clause names two
    /// parties, the parties of the other clauses are set aside and their missions dropped.
    /// Returns the sentence's other clauses, before and after the main one (without the marks
    /// and conjunction that part them).
    fn keep_main_clause(
        &self,
        main_cue: &CueMatch,
        parties: &mut Vec<ClaimEntity>,
        missions: &mut Vec<ClaimEntity>,
        notes: &mut Notes,
    ) -> OtherClauses {
        let (clause_start, clause_end) = self.clause_around(main_cue.start);
        let opening_end = self.opening_clause_end(main_cue).or_else(|| {
            self.opening_subordinate_end()
                .filter(|&end| end < main_cue.start)
        });
        let clause_start = clause_start
            .max(opening_end.unwrap_or(0))
            .max(self.subordinate_holding(main_cue).unwrap_or(0));
        let clause_end = clause_end.min(
            self.end_of_opening_clause_holding(main_cue)
                .unwrap_or(usize::MAX),
        );
        let (clause_start, clause_end) =
            self.within_coordinated_clause(main_cue, clause_start, clause_end);
        // "India declined Peru's offer, preferring to work with Chile": the main cue's
        // predicate and the subject make the main clause, the other predicate with the same
        // subject another one.
        let predicates = self.two_predicates(parties, clause_start, clause_end);
        let in_second = predicates.is_some_and(|p| main_cue.start >= p.second);
        let clause_end = match predicates {
            Some(p) if !in_second => p.border,
            _ => clause_end,
        };
        // "Chile teamed up with Peru after Kenya pulled out": the clause of time or reason
        // after the main cue is another clause.
        let trailing = self
            .trailing_subordinate_clause(&self.cues)
            .filter(|&from| from > main_cue.end && from < self.sentence.end);
        if let Some(from) = trailing {
            self.set_aside_background(from, clause_start, parties, missions, notes);
        }
        let clause_end = trailing.map_or(clause_end, |from| clause_end.min(from));
        // A party named in another clause before is named in this one too ("After Germany
        // suspended …, Roscosmos stopped its experiments with Germany"): it stands for its
        // mention here.
        for party in parties.iter_mut() {
            let outside = party.start < clause_start || party.end > clause_end;
            if outside && party.antecedent.is_none() {
                if let Some(here) = self.mentions.iter().find(|m| {
                    m.entry == party.entry
                        && m.start >= clause_start
                        && m.end <= clause_end
                        && self.is_party(m)
                }) {
                    *party = ClaimEntity::named(here);
                }
            }
        }
        // "If India declines Peru's offer, it will train with Chile": the pronoun that opens
        // the main clause is the opening clause's subject, a party of the main clause.
        let pronoun_subject = self.subject_of_opening_pronoun(parties, clause_start);
        let in_clause = |p: &ClaimEntity| {
            let own = pronoun_subject.is_some_and(|(start, end)| p.start >= start && p.end <= end);
            own || p.start >= clause_start
                && p.end <= clause_end
                && predicates
                    .filter(|_| in_second)
                    .is_none_or(|two| p.end <= two.subject.1 || p.start >= two.second)
        };
        let main_names_two = parties.iter().filter(|p| in_clause(p)).count() >= 2;
        // "After Germany suspended its work with Russia, Roscosmos said it was …": a main
        // clause after an opening subordinate one takes none of its parties, however few it
        // names; the opening clause states its own claim.
        let after_opening = self.opening_subordinate_end() == Some(clause_start);
        if main_names_two || after_opening {
            notes.set_aside_all(
                parties.iter().filter(|p| !in_clause(p)),
                "in another clause",
            );
            parties.retain(in_clause);
            missions.retain(in_clause);
        }
        let parting = |c: char| c.is_whitespace() || c == ',' || c == ';';
        // A condition ("If India declines Peru's offer, …") states nothing of its own.
        let before = if self.opens_with_condition() && opening_end == Some(clause_start) {
            ""
        } else {
            self.text[self.sentence.start..clause_start].trim_end_matches(parting)
        };
        let after = self.text[clause_end..self.sentence.end].trim_start_matches(parting);
        let after = ["and ", "but ", "although ", "whereas ", "while "]
            .iter()
            .find_map(|conjunction| after.strip_prefix(conjunction))
            .unwrap_or(after);
        let mut spans = vec![
            (self.sentence.start, self.sentence.start + before.len()),
            (self.sentence.end - after.len(), self.sentence.end),
        ];
        // The first predicate, with its subject, when the main cue is in the second.
        if let (Some(two), true) = (predicates, in_second) {
            spans.push((clause_start, two.border));
        }
        // The second predicate, when the main cue is in the first: read from its subject.
        let predicate = predicates
            .filter(|_| !in_second)
            .map(|two| (two.subject.0, (two.shared_to, spans[1].0)));
        // A reference back to two or more parties in the main clause ("The two agencies also
        // plan …, while improving the two countries' capabilities") names its parties as
        // well: the claim of another clause stands beside the main claim, not in its place.
        let refers_to_two = self.cues.iter().any(|c| {
            c.role == CueRole::PartiesReference && c.start >= clause_start && c.end <= clause_end
        });
        // "NASA was ESA's partner, but it withdrew": the stop of the cooperation before is
        // the claim of both clauses.
        let ends_the_one_before =
            main_cue.role == CueRole::Cessation && self.ends_the_cooperation_before(main_cue);
        OtherClauses {
            spans: spans
                .into_iter()
                .filter(|(start, end)| start < end)
                .collect(),
            main_names_two: main_names_two || refers_to_two || after_opening || ends_the_one_before,
            descriptions: Vec::new(),
            predicate,
        }
    }

    /// Two predicates of one subject at the clause's start, joined by "and", "but" or a
    /// comma before a participle, each with a verb of cooperation or of stopping and a party
    /// of its own besides the subject: "India declined Peru's offer, preferring to work with
    /// Chile", "India signed an agreement with Japan, ending its cooperation with Russia",
    /// "Kenya cut ties with Peru and joined Chile's mission". Each states its own
    /// claim of the subject. The subject is the parties coordinated at the clause's start
    /// before a finite verb.
    fn two_predicates(
        &self,
        parties: &[ClaimEntity],
        start: usize,
        end: usize,
    ) -> Option<Predicates> {
        const LINKS: &[&str] = &[" and ", " but ", ", "];
        const LONGEST_LEAD: usize = 3;
        // Words in -ing that open a phrase, not a predicate: ", pending approval to …".
        const PREPOSITIONS_IN_ING: &[&str] = &[
            "pending",
            "including",
            "regarding",
            "concerning",
            "following",
            "according",
            "notwithstanding",
            "during",
        ];
        // "In 2021, Kenya cut ties …": the subject after a short opening phrase of time.
        let start = start.max(self.sentence.start + self.opening_phrase_end());
        let subject = self.coordinated_from(parties, start);
        let subject_span = (subject.first()?.start, subject.last()?.end);
        if !self.subject_verb_follows(subject_span.1, end) {
            return None;
        }
        let other_party = |from: usize, to: usize| {
            parties.iter().any(|p| {
                p.start >= from && p.end <= to && !subject.iter().any(|s| s.entry == p.entry)
            })
        };
        let first = self.cues.partition_point(|c| c.start < subject_span.1);
        let verbs: Vec<&CueMatch> = self.cues[first..]
            .iter()
            .copied()
            .take_while(|c| c.end <= end)
            .filter(|c| matches!(c.role, CueRole::Kind(_) | CueRole::Cessation) && c.verb)
            .collect();
        let first_verb = verbs.first()?;
        verbs.windows(2).find_map(|pair| {
            let (before, after) = (pair[0], pair[1]);
            let gap = &self.text[before.end..after.start];
            let (at, link) = LINKS
                .iter()
                .filter_map(|link| gap.rfind(link).map(|at| (at, *link)))
                .max_by_key(|&(at, _)| at)?;
            let lead: Vec<_> = word_iter(&gap[at + link.len()..]).collect();
            // After a comma, a participle opens the second predicate: "preferring to work",
            // or the cue itself, "ending its cooperation".
            let opener = lead.first().map_or(self.first_word_of(after), |w| w.text);
            let participle = opener.ends_with("ing") && !is_one_of(opener, PREPOSITIONS_IN_ING);
            let leads_a_verb = lead.len() <= LONGEST_LEAD
                && lead.iter().all(|w| {
                    w.text.starts_with(char::is_lowercase)
                        && !is_determiner(w.text)
                        && (w.text == "to" || !is_one_of(w.text, OBJECT_ENDS))
                })
                && (link != ", " || participle);
            let border = before.end + at;
            let second = border + link.len();
            // "Kenya will cut ties … and join …": the auxiliary before the first verb is the
            // second's too, unless it negates or refuses ("will not cut ties … but will join").
            let negates = self.cues.iter().any(|c| {
                c.start >= subject_span.1
                    && c.end <= first_verb.start
                    && matches!(
                        c.role,
                        CueRole::Negation
                            | CueRole::Refusal
                            | CueRole::Forbidding
                            | CueRole::Denial
                    )
            });
            let shared_to = if negates {
                subject_span.1
            } else {
                first_verb.start
            };
            // "Kenya will not sign the deal but will join Chile's mission": a negated first
            // predicate stands apart even with no party of its own.
            let first_apart = negates || other_party(subject_span.1, border);
            (leads_a_verb && first_apart && other_party(second, end)).then_some(Predicates {
                subject: subject_span,
                shared_to,
                border,
                second,
            })
        })
    }

    /// A clause of time opened by "when" or "while" at `from`, after a main clause (from
    /// `clause_start`) that names a party itself and refers back to none, is background when
    /// it holds no cue of a kind, of making, running or stopping ("Spain signed on Monday while
    /// NASA officials were visiting"): its parties take no part, however few the main clause
    /// names.
    fn set_aside_background(
        &self,
        from: usize,
        clause_start: usize,
        parties: &mut Vec<ClaimEntity>,
        missions: &mut Vec<ClaimEntity>,
        notes: &mut Notes,
    ) {
        let rest = self.text[from..self.sentence.end].trim_start_matches([',', ' ']);
        let opener = rest.split(' ').next().unwrap_or("");
        // The clause the subordinator opens, up to its own end.
        let (_, until) = self.clause_around(self.sentence.end - rest.len());
        let of_time = ["when", "while"]
            .iter()
            .any(|w| opener.eq_ignore_ascii_case(w));
        let names_one = parties
            .iter()
            .any(|p| p.start >= clause_start && p.end <= from && p.antecedent.is_none());
        let refers_back = self.cues.iter().any(|c| {
            matches!(
                c.role,
                CueRole::PartiesReference
                    | CueRole::PartyReference
                    | CueRole::PronounReference
                    | CueRole::SubjectPronoun
            ) && c.start >= clause_start
                && c.end <= from
        });
        let has_cue = self.cues.iter().any(|c| {
            matches!(
                c.role,
                CueRole::Kind(_) | CueRole::MadeBy | CueRole::Runs | CueRole::Cessation
            ) && c.start >= from
                && c.end <= until
        });
        if !of_time || !names_one || refers_back || has_cue {
            return;
        }
        let in_background = |p: &ClaimEntity| p.start >= from && p.end <= until;
        notes.set_aside_all(
            parties.iter().filter(|p| in_background(p)),
            "in a clause of time without a cue",
        );
        parties.retain(|p| !in_background(p));
        missions.retain(|m| !in_background(m));
    }

    /// Narrows a clause to the main cue's side of ", and" where a clause with a verb of
    /// cooperation, or a subject and a verb, ends and another one, with a subject of its own,
    /// starts: "Chile signed the accords with Peru in May, and Kenya joined in June", also
    /// without the comma when an auxiliary or a speech verb follows the new subject (see
    /// below). A list
    /// that goes on after "and" ("with Peru, Bolivia, and Kenya in 2020") or a subject listed
    /// before the verb ("Chile, Peru, and Kenya signed") is no such border.
    fn within_coordinated_clause(
        &self,
        main_cue: &CueMatch,
        start: usize,
        end: usize,
    ) -> (usize, usize) {
        // The verbs of cooperation, in text order, found by binary search below so that a
        // sentence of many ", and" stays linear.
        let verbs: Vec<&CueMatch> = self
            .cues
            .iter()
            .copied()
            .filter(|c| matches!(c.role, CueRole::Kind(_)) && c.verb)
            .collect();
        let base = start;
        let (mut start, mut end) = (start, end);
        for (at, _) in self.text[base..end].match_indices(" and ") {
            let after = base + at + " and ".len();
            // Without a comma, an auxiliary after the new subject, with a word that is no
            // name before "and", marks the border ("… with Peru over the war and the Kenya
            // Space Agency is weighing …"; "signed by Chile and Peru is" coordinates names),
            // and so does a speech verb after it, after a name too ("… the deal with NASA and
            // JAXA said it would join").
            let comma = self.text[..base + at].ends_with(',');
            let border = if comma { base + at - 1 } else { base + at };
            let name_before = !comma && self.mention_ending_at(border).is_some();
            // "…, and in September 2025, Mexico partnered …": a short phrase of time or place
            // before the subject.
            let after = self.after_opening_phrase(after, end).unwrap_or(after);
            // "…, and CONIDA and NASA signed": a subject of two coordinated names; "…, and
            // talks are under way with Chile": a noun of cooperation as the subject.
            // Whether the subject is one name, not two coordinated ones.
            let (subject_end, one_name) = match self.party_starting_at(after, end) {
                Some(subject) => self.text[subject.end..end]
                    .strip_prefix(" and ")
                    .and_then(|rest| self.party_starting_at(end - rest.len(), end))
                    .map_or((subject.end, true), |second| (second.end, false)),
                None => match self.cooperation_noun_starting_at(after, end) {
                    Some(noun) => (noun.end, false),
                    None => continue,
                },
            };
            let verb_after = if comma {
                self.verb_follows(subject_end, end)
            } else {
                // A past form may be a participle ("… and SSTL based in Guildford"). After a
                // name, the new subject is one name and its speech verb reports a clause
                // ("… and JAXA said it would join"), where "… with Peru and Chile said the
                // minister" names its speaker after the verb.
                let next = word_iter(&self.text[subject_end..end]).next();
                next.is_some_and(|w| {
                    (is_one_of(w.text, FINITE) && !name_before)
                        || self
                            .cue_starting_at(subject_end + w.start)
                            .filter(|c| c.role == CueRole::Speech)
                            .is_some_and(|speech| {
                                let reported = word_iter(&self.text[speech.end..end]).next();
                                !name_before
                                    || (one_name
                                        && reported.is_some_and(|r| {
                                            r.text == "that" || is_one_of(r.text, SUBJECT_PRONOUNS)
                                        }))
                            })
                })
            };
            // Before the border, a verb of cooperation, or a clause with a subject and a
            // verb of its own ("Chile left the project, and Kenya will work with Peru").
            let first_before = |cues: &[&CueMatch]| {
                cues.get(cues.partition_point(|c| c.start < start))
                    .is_some_and(|c| c.end <= border)
            };
            let clause_before = first_before(&verbs) || self.has_subject_and_verb(start, border);
            if !(verb_after && clause_before) || self.ends_a_list(border) {
                continue;
            }
            if main_cue.start < border {
                end = border;
                break;
            }
            start = after;
        }
        (start, end)
    }

    /// The noun of cooperation that starts at `at`, after an article at most ("talks", "an
    /// agreement"), before `end`.
    fn cooperation_noun_starting_at(&self, at: usize, end: usize) -> Option<&CueMatch> {
        let rest = &self.text[at..end];
        let at = ["the ", "a ", "an "]
            .iter()
            .find_map(|article| rest.strip_prefix(article))
            .map_or(at, |noun| end - noun.len());
        self.cue_starting_at(at)
            .filter(|c| matches!(c.role, CueRole::Kind(_)) && !c.verb && c.end <= end)
    }

    /// Whether the stretch from `start` to `end` is a clause with a subject: one of its first
    /// three parties is followed by a finite verb ("Chile and Kenya have a long partnership").
    fn has_subject_and_verb(&self, start: usize, end: usize) -> bool {
        let first = self.mentions.partition_point(|m| m.start < start);
        self.mentions[first..]
            .iter()
            .take_while(|m| m.end <= end)
            .take(3)
            .any(|m| self.is_party(m) && self.verb_follows(m.end, end))
    }

    /// Whether a finite verb follows the name that ends at `name_end` (before `end`): a
    /// lowercase word that is no preposition, conjunction or relative pronoun, nor a participle
    /// that goes on a list ("…, and Japan working together").
    pub(super) fn verb_follows(&self, name_end: usize, end: usize) -> bool {
        const NOT_A_VERB: &[&str] = &[
            "in",
            "on",
            "at",
            "for",
            "to",
            "from",
            "with",
            "by",
            "of",
            "as",
            "during",
            "since",
            "under",
            "through",
            "over",
            "into",
            "towards",
            "toward",
            "against",
            "among",
            "between",
            "about",
            "after",
            "before",
            "via",
            "within",
            "without",
            "alongside",
            "across",
            "and",
            "or",
            "respectively",
            "that",
            "which",
            "who",
        ];
        let next = self.text[name_end..end]
            .strip_prefix(' ')
            .and_then(|rest| rest.split(' ').next())
            .unwrap_or("");
        next.starts_with(char::is_lowercase)
            && !next.ends_with("ing")
            && !NOT_A_VERB.contains(&next)
    }

    /// Whether the name that ends at `name_end` is a subject: a finite verb follows it, or
    /// follows the party coordinated with it ("Iran and Russia agreed").
    pub(super) fn subject_verb_follows(&self, name_end: usize, end: usize) -> bool {
        if self.verb_follows(name_end, end) {
            return true;
        }
        let rest = &self.text[name_end..end];
        let Some(next) = rest
            .strip_prefix(" and ")
            .or_else(|| rest.strip_prefix(" & "))
        else {
            return false;
        };
        let next = next.strip_prefix("the ").unwrap_or(next);
        self.mention_starting_at(end - next.len())
            .is_some_and(|m| self.is_party(m) && self.verb_follows(m.end, end))
    }

    /// Where the clause goes on after a short opening phrase that starts with a lowercase
    /// word and ends with a comma ("in September 2025, Mexico …"), at most six words long and
    /// naming no party.
    fn after_opening_phrase(&self, at: usize, end: usize) -> Option<usize> {
        const LONGEST: usize = 6;
        let rest = &self.text[at..end];
        if !rest.starts_with(char::is_lowercase) {
            return None;
        }
        let comma = head_of(rest, 80).find(',')?;
        let phrase = &rest[..comma];
        let first = self.mentions.partition_point(|m| m.start < at);
        let names_a_party = self.mentions[first..]
            .iter()
            .take_while(|m| m.start < at + comma)
            .any(|m| self.is_party(m));
        let resumed = rest[comma + 1..].trim_start();
        (at_most_words(phrase, LONGEST) && !names_a_party).then(|| end - resumed.len())
    }

    /// Whether the ", and" at `border` ends a list of parties: a party before it (with its
    /// owner: "Japan's JAXA") that follows a comma after another party, or after its acronym
    /// in brackets ("as Spain, Ecuador, and India became the newest members", "with the Kenya
    /// Space Agency (KSA), Japan's JAXA, and …").
    fn ends_a_list(&self, border: usize) -> bool {
        let Some(last) = self.mention_ending_at(border).filter(|m| self.is_party(m)) else {
            return false;
        };
        // The sentence's mentions are all there is: no item stands before its start.
        let start = self.sentence.start;
        let before_item = self.text[start..last.start].trim_end();
        let item_start = before_possessive(before_item)
            .and_then(|owner| self.mention_ending_at(start + owner.len()))
            .map_or(last.start, |owner| owner.start);
        // "ESA, the UAE Space Agency, and Roscosmos": an item may have its article.
        let before_item = without_final_article(self.text[start..item_start].trim_end());
        let Some(before) = before_item.trim_end().strip_suffix(',') else {
            return false;
        };
        let before = without_bracketed_tail(before.trim_end());
        // "JAXA, the Japan Aerospace Exploration Agency, and …": the same body again is an
        // appositive, no item of a list.
        self.mention_ending_at(start + before.len())
            .is_some_and(|m| self.is_party(m) && m.entry != last.entry)
    }

    /// Where a subordinate clause that opens the sentence ends, when the main cue follows it:
    /// at its one comma before the cue ("As France is the guest of honour at the show, CNES
    /// and DLR are showing their joint satellite"); a clause has four words or more.
    fn opening_clause_end(&self, main_cue: &CueMatch) -> Option<usize> {
        let before = &self.text[self.sentence.start..main_cue.start];
        let opens = self.opening_subordinator().is_some();
        let comma = before.rfind(',')?;
        // "In 2022, when Russia invaded Ukraine, ESA …": the clause after the phrase of time.
        let clause = &before[self.opening_phrase_end().min(comma)..comma];
        // "When NASA, ESA and JAXA signed": a list, not a clause, before that comma.
        let a_clause = word_iter(clause).nth(3).is_some() && !clause.contains(',');
        (opens && a_clause).then_some(self.sentence.start + comma)
    }

    /// Where a subordinate clause that opens the sentence and holds the main cue ends: at the
    /// comma after the cue before the main clause ("After Chile ended its cooperation with
    /// Peru, Kenya said it would stop working with Peru").
    fn end_of_opening_clause_holding(&self, main_cue: &CueMatch) -> Option<usize> {
        self.opening_subordinate_end()
            .filter(|&comma| main_cue.end <= comma)
    }

    /// Where a subordinate clause that opens the sentence ends: at the first comma after
    /// which the main clause's subject, a party or a pronoun, comes before a verb ("If India
    /// declines Peru's offer, it will train …", "After Chile, Peru and Kenya left, Ghana
    /// …"). A contrast ("While Chile trains the crew, Peru trains the doctors") sets two
    /// parts of one relation side by side: not a clause of its own.
    pub(super) fn opening_subordinate_end(&self) -> Option<usize> {
        *self
            .opening_end
            .get_or_init(|| self.find_opening_subordinate_end())
    }

    /// [`Self::opening_subordinate_end`], computed.
    fn find_opening_subordinate_end(&self) -> Option<usize> {
        const CONTRASTS: &[&str] = &["while", "whereas"];
        let (subordinator, subordinator_end) = self.opening_subordinator_at()?;
        if CONTRASTS.contains(&subordinator) {
            return None;
        }
        // "After talks with Peru,", "As NASA's partner,": a phrase, no clause.
        self.opening_clause_subject()?;
        let (start, end) = (self.sentence.start, self.sentence.end);
        let after_subordinator = subordinator_end - start;
        let sentence = head_of(&self.text[start..end], 400);
        sentence.match_indices(',').find_map(|(comma, _)| {
            // "When NASA, ESA and JAXA signed …, Canada joined": a comma of the subject's
            // list, before the clause has a word besides names, ends nothing.
            let names_only =
                word_iter(sentence.get(after_subordinator..comma).unwrap_or("")).all(|w| {
                    !w.text.starts_with(char::is_lowercase) || is_one_of(w.text, &["the", "and"])
                });
            if names_only {
                return None;
            }
            let rest = sentence[comma + 1..].trim_start();
            let at = start + sentence.len() - rest.len();
            let subject_end = match self.party_starting_at(at, end) {
                Some(party) => party.end,
                None => {
                    let mut words = word_iter(rest);
                    let first = words.next()?;
                    if is_one_of(first.text, SUBJECT_PRONOUNS) {
                        at + first.start + first.text.len()
                    } else if is_determiner(first.text) {
                        // "…, the station will be built": an article and its noun.
                        let noun = words.next()?;
                        if !noun.text.starts_with(char::is_lowercase) {
                            return None;
                        }
                        at + noun.start + noun.text.len()
                    } else {
                        return None;
                    }
                }
            };
            self.subject_verb_follows(subject_end, end)
                .then_some(start + comma)
        })
    }

    /// Whether `cue` lies in a condition that opens the sentence ("If India and Russia sign
    /// the deal, the station …"): what it says may not happen.
    fn in_a_condition(&self, cue: &CueMatch) -> bool {
        self.opens_with_condition()
            && self
                .opening_subordinate_end()
                .is_some_and(|end| cue.end <= end)
    }

    /// Whether `cue` is a past participle right after the subordinator that opens the
    /// sentence, a clause with neither subject nor tense ("Once signed, …", "When completed,
    /// …").
    pub(super) fn opens_a_reduced_clause(&self, cue: &CueMatch) -> bool {
        // "As agreed, …" says what was done.
        const OF_TIME_OR_CONDITION: &[&str] = &["once", "when", "if", "unless"];
        cue.verb
            && self.opening_subordinator_at().is_some_and(|(word, end)| {
                OF_TIME_OR_CONDITION.contains(&word) && self.text[end..cue.start] == *" "
            })
            && self
                .gazetteer
                .gazetteer()
                .cues()
                .is_past_form(&self.text[cue.start..cue.end].to_lowercase())
    }

    /// Whether `cue` is the auxiliary that opens an inverted condition ("Should funding
    /// allow, …"): a subordinator, no modal of the main clause.
    pub(super) fn opens_an_inverted_condition(&self, cue: &CueMatch) -> bool {
        self.opening_subordinator_at()
            .is_some_and(|(word, end)| word == "if" && cue.end == end)
    }

    /// Whether a condition opens the sentence ("If …", "Unless …").
    fn opens_with_condition(&self) -> bool {
        self.opening_subordinator()
            .is_some_and(|w| w == "if" || w == "unless")
    }

    /// The span of the subject of the subordinate clause that opens the sentence, when a
    /// subject and a verb follow the subordinator: a pronoun ("When it launched"), names
    /// coordinated or owned ("When NASA and ESA signed", "When ISRO's Chandrayaan-3 landed",
    /// "After Japan's offer was rejected"), or a few lowercase words after an article before
    /// an auxiliary or a past form ("When the accord was signed"). "After talks with Peru",
    /// "As part of the deal", "As NASA's partner" and "Since joining ESA" have none.
    fn opening_clause_subject(&self) -> Option<(usize, usize)> {
        const AUXILIARIES: &[&str] = &[
            "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
            "may", "might", "did", "does", "do",
        ];
        const NOUN_WORDS: usize = 3;
        let end = self.sentence.end;
        let (_, subordinator_end) = self.opening_subordinator_at()?;
        let at = subordinator_end + 1;
        let rest = self.text.get(at..end)?;
        let first = word_iter(rest).next()?;
        if first.start == 0 && is_one_of(first.text, SUBJECT_PRONOUNS) {
            let pronoun_end = at + first.text.len();
            return self
                .verb_follows(pronoun_end, end)
                .then_some((at, pronoun_end));
        }
        let lexicon = self.gazetteer.gazetteer().cues();
        let names_at = rest
            .strip_prefix("the ")
            .map_or(at, |names| end - names.len());
        let Some(first_name) = self.mention_starting_at(names_at) else {
            // "When the accord was signed": an article and a noun before a verb.
            let noun: Vec<_> = word_iter(rest).take(NOUN_WORDS + 2).collect();
            let article = noun.first().is_some_and(|w| is_determiner(w.text));
            let verb_at = noun.iter().skip(2).position(|w| {
                is_one_of(w.text, AUXILIARIES) || lexicon.is_past_form(&w.text.to_lowercase())
            })?;
            let noun_end = at + noun[verb_at + 1].start + noun[verb_at + 1].text.len();
            let lowercase = noun[1..=verb_at + 1]
                .iter()
                .all(|w| w.text.starts_with(char::is_lowercase));
            return (article && lowercase).then_some((at, noun_end));
        };
        // Names joined by commas and "and", or owned ("ISRO's Chandrayaan-3", "Japan's offer").
        let mut subject_end = first_name.end;
        loop {
            let after = &self.text[subject_end..end];
            let next = [", and ", ", ", " and "]
                .iter()
                .find_map(|joint| after.strip_prefix(joint))
                .map(|next| next.strip_prefix("the ").unwrap_or(next))
                .and_then(|next| self.mention_starting_at(end - next.len()));
            if let Some(next) = next {
                subject_end = next.end;
                continue;
            }
            if let Some(owned) = after_possessive(after).and_then(|o| o.strip_prefix(' ')) {
                let owned_at = end - owned.len();
                if let Some(thing) = self.mention_starting_at(owned_at) {
                    subject_end = thing.end;
                    continue;
                }
                let noun = word_iter(owned).next()?;
                if noun.text.starts_with(char::is_lowercase) {
                    subject_end = owned_at + noun.start + noun.text.len();
                }
            }
            break;
        }
        self.verb_follows(subject_end, end)
            .then_some((at, subject_end))
    }

    /// The span of the subject of an opening subordinate clause that a pronoun opening the
    /// main clause, at `clause_start` after the comma, stands for: "China" in "When China
    /// launched Chang'e 4, it cooperated with Sweden". The parties of that clause's subject
    /// stand for it: "ISRO" in "When ISRO's Chandrayaan-3 landed, it carried …".
    pub(super) fn subject_of_opening_pronoun(
        &self,
        parties: &[ClaimEntity],
        clause_start: usize,
    ) -> Option<(usize, usize)> {
        const PRONOUNS: &[&str] = &["it", "they"];
        if self.opening_subordinate_end() != Some(clause_start) {
            return None;
        }
        let pronoun = word_iter(&self.text[clause_start..self.sentence.end]).next()?;
        if !is_one_of(pronoun.text, PRONOUNS) {
            return None;
        }
        let (from, to) = self.opening_clause_subject()?;
        let subject: Vec<ClaimEntity> = self
            .coordinated_from(parties, from)
            .into_iter()
            .filter(|p| p.end <= to)
            .collect();
        Some((subject.first()?.start, subject.last()?.end))
    }

    /// The party whose name starts at `at`, after "the" at most (before `end`).
    pub(super) fn party_starting_at(&self, at: usize, end: usize) -> Option<&Mention> {
        let at = self.text[at..end]
            .strip_prefix("the ")
            .map_or(at, |rest| end - rest.len());
        self.mention_starting_at(at).filter(|m| self.is_party(m))
    }

    /// The subordinator ("after", "when", "although" …) that opens the sentence, if one does,
    /// also after a short opening phrase of time, a year or a date (a digit in it) with no
    /// party ("In 2013, when …").
    pub(super) fn opening_subordinator(&self) -> Option<&'static str> {
        self.opening_subordinator_at().map(|(word, _)| word)
    }

    /// [`Self::opening_subordinator`] with where it ends in the text. "Even if" is "if"; a
    /// condition may open with an inverted auxiliary ("Should Russia leave …", "Had NASA
    /// joined …").
    fn opening_subordinator_at(&self) -> Option<(&'static str, usize)> {
        *self
            .opening_subordinator
            .get_or_init(|| self.find_opening_subordinator())
    }

    /// [`Self::opening_subordinator_at`], computed.
    fn find_opening_subordinator(&self) -> Option<(&'static str, usize)> {
        const INVERTED_CONDITIONS: &[&str] = &["should", "had"];
        let start = self.sentence.start;
        let sentence = &self.text[start..self.sentence.end];
        let opening = self.opening_phrase_end();
        let rest = &sentence[opening..];
        let mut words = word_iter(rest);
        let mut first = words.next().filter(|w| rest[..w.start].trim().is_empty())?;
        // "Even if", "even as", "even though": the subordinator after "even".
        if first.text.eq_ignore_ascii_case("even") {
            first = words.next()?;
        }
        let end = start + opening + first.start + first.text.len();
        // "Should NASA cooperate with ESA?" asks; a condition ends at a comma before its main
        // clause.
        let a_condition = rest.contains(',') && !rest.trim_end().ends_with('?');
        if INVERTED_CONDITIONS
            .iter()
            .any(|w| first.text.eq_ignore_ascii_case(w))
        {
            return a_condition.then_some(("if", end));
        }
        SUBORDINATORS
            .iter()
            .copied()
            .find(|w| first.text.eq_ignore_ascii_case(w))
            .map(|w| (w, end))
    }

    /// Where a short opening phrase of time with no party ends, after its comma, relative to
    /// the sentence's start ("In 2013,", "Last year,", "In March,"); 0 without one.
    fn opening_phrase_end(&self) -> usize {
        const OPENING_PHRASE: usize = 4;
        const TIME_WORDS: &[&str] = &[
            "year",
            "years",
            "month",
            "months",
            "week",
            "weeks",
            "day",
            "days",
            "decade",
            "decades",
            "yesterday",
            "today",
            "ago",
            "spring",
            "summer",
            "autumn",
            "winter",
        ];
        let sentence = &self.text[self.sentence.start..self.sentence.end];
        head_of(sentence, 48)
            .find(',')
            .filter(|&comma| {
                let phrase = &sentence[..comma];
                let of_time = phrase.contains(|c: char| c.is_ascii_digit())
                    || word_iter(phrase)
                        .any(|w| is_one_of(w.text, TIME_WORDS) || is_calendar_word(w.text));
                at_most_words(phrase, OPENING_PHRASE)
                    && of_time
                    && self.distinct_parties_in(self.sentence.start, self.sentence.start + comma)
                        == 0
            })
            .map_or(0, |comma| comma + 1)
    }

    /// "Pakistan will send an astronaut after an agreement signed between SUPARCO and CMSA":
    /// "between" and the parties coordinated after it name who the relation is between. When
    /// it follows the main cue in its clause and lists two or more parties, the parties before
    /// the list are set aside, except the subject of a main verb; whatever follows the list is
    /// kept, unless it is quoted after a colon or a quotation mark.
    fn keep_between_list(
        &self,
        main_cue: &CueMatch,
        governed: Option<&CueMatch>,
        parties: &mut Vec<ClaimEntity>,
        notes: &mut Notes,
    ) {
        let rest = &self.text[main_cue.start..self.sentence.end];
        // Most sentences have no "between": a substring test spares them the word pass.
        if !(rest.contains("between") || rest.contains("Between")) {
            return;
        }
        let (_, clause_end) = self.clause_around(main_cue.start);
        let Some(between) = word_iter(&self.text[main_cue.start..clause_end])
            .find(|w| w.text.eq_ignore_ascii_case("between"))
            .map(|w| main_cue.start + w.end)
        else {
            return;
        };
        // "inked an agreement with SpaceX … of a collaborative mission between NASA and GFZ":
        // the list is another relation's, a claim of its own (`split_relations`).
        let main_end = governed.map_or(main_cue.end, |g| g.end.max(main_cue.end));
        if self.nested_relation(main_end, between, parties).is_some() {
            return;
        }
        let listed = self.coordinated_from(parties, between);
        let Some(list_end) = listed.last().map(|l| l.end) else {
            return;
        };
        // "Ukraine and the US signed a memorandum between their agencies": the subject of the
        // main verb takes part too.
        let subject = if main_cue.verb {
            let named = self.coordinated_subject(parties, main_cue.start);
            if named.is_empty() {
                self.titled_subject(parties, main_cue.start)
            } else {
                named
            }
        } else {
            Vec::new()
        };
        // What follows the list is a phrase of its own (", which dates back to when CNES and
        // ISA signed"), unless a colon or a quotation opens right after the list: what is
        // quoted there is said about the relation, not part of it.
        let quoted_after = self.text[list_end..self.sentence.end]
            .trim_start()
            .starts_with([':', '"', '\u{201c}']);
        // A party after the list joins only through a clause, a word of joining or a cue of
        // its own between them (", which dates back to when Chile and Peru signed", "with
        // representatives of KSA", "extended to Chile", "… joined by Kenya"); one named in
        // what the relation is about ("concerning the operation of the Kenya Observatory")
        // is none.
        let joins_later = |p: &ClaimEntity| {
            let between = &self.text[list_end..p.start];
            let opens_clause = between.contains(';')
                || word_iter(between).any(|w| {
                    is_one_of(w.text, SUBORDINATORS)
                        || is_one_of(w.text, RELATIVE_PRONOUNS)
                        || is_one_of(w.text, JOINING_WORDS)
                        || (w.text == "to" && between[..w.start].trim_end().ends_with("ed"))
                        || (is_one_of(w.text, &["and", "but"])
                            && between[..w.start].trim_end().ends_with(','))
                });
            opens_clause
                || self
                    .cues_from(list_end)
                    .iter()
                    .take_while(|c| c.end <= p.start)
                    .any(|c| matches!(c.role, CueRole::Kind(_)))
        };
        let kept = |p: &ClaimEntity| {
            (p.start >= list_end && !quoted_after && joins_later(p))
                || listed.iter().chain(&subject).any(|l| l.start == p.start)
        };
        if listed.len() >= 2 && parties.iter().any(|p| !kept(p)) {
            notes.set_aside_all(
                parties.iter().filter(|p| !kept(p)),
                "not among those the relation is between",
            );
            parties.retain(kept);
        }
    }

    /// The noun of cooperation right before the "between" that ends at byte `between`, when
    /// the list after it is another relation's than the main one: the noun comes after the
    /// main relation's cues (which end at `main_end`) and after a party that is already its
    /// object ("inked a deal with SpaceX to fly beside a collaborative mission between NASA
    /// and GFZ"; not "discussed the agreements between"), or after a dash that sets it off
    /// from a relation of two or more parties named before.
    pub(super) fn nested_relation(
        &self,
        main_end: usize,
        between: usize,
        parties: &[ClaimEntity],
    ) -> Option<&CueMatch> {
        let before = self.text[..between - "between".len()].trim_end();
        let noun = self
            .cue_ending_at(before.len())
            .filter(|c| c.start >= main_end && !c.verb && matches!(c.role, CueRole::Kind(_)))?;
        // "Chile and Peru signed an accord – a milestone in the cooperation between …": a
        // noun set off by a dash after a relation whose parties precede it, unless negated
        // ("– still no cooperation between …" states none).
        let set_off = self.text[main_end..noun.start].contains(['\u{2013}', '\u{2014}'])
            && parties.iter().filter(|p| p.end <= main_end).count() >= 2
            && !self.cues.iter().any(|c| {
                c.start >= main_end
                    && c.end <= noun.start
                    && matches!(
                        c.role,
                        CueRole::Negation | CueRole::Denial | CueRole::Cessation | CueRole::Refusal
                    )
            });
        (set_off
            || parties
                .iter()
                .any(|p| p.start >= main_end && p.end <= noun.start))
        .then_some(noun)
    }

    /// The parties coordinated right before byte `at`, in text order: the subject of a verb
    /// there ("CNES and the ISA signed").
    pub(super) fn coordinated_subject(
        &self,
        parties: &[ClaimEntity],
        at: usize,
    ) -> Vec<ClaimEntity> {
        let mut subject: Vec<ClaimEntity> = Vec::new();
        let mut start = at;
        // Where the names joined by commas only end: "With Japan, the Philippines launched"
        // is an opening phrase and its subject, not a list, which ends with "and".
        let mut comma_joined = 0;
        let mut has_and = false;
        for party in in_text_order(parties.iter().filter(|p| p.end <= at)).rev() {
            if subject.last().is_some_and(|last| same_span(last, party)) {
                subject.push(party.clone());
                continue;
            }
            if party.end > start {
                break;
            }
            // "the Canadian Space Agency (CSA) signed": an acronym in brackets after a name is
            // part of it, and so is the name before a bracketed acronym in the list.
            let gap = strip_bracketed(self.text[party.end..start].trim());
            let bracketed = self.text[..party.start].ends_with('(');
            let gap = if bracketed {
                gap.strip_prefix(')').map_or(gap, str::trim_start)
            } else {
                gap
            };
            if gap == "(" && subject.last().is_some_and(|last| last.entry == party.entry) {
                start = party.start;
                continue;
            }
            let joins = if subject.is_empty() {
                gap.is_empty()
            } else if matches!(gap, "'s" | "\u{2019}s" | "'" | "\u{2019}") {
                // "Argentina's CONAE and Italy's ASI operate": the owner of a body in the
                // list stands with it.
                true
            } else {
                let gap = gap.strip_suffix(" the").unwrap_or(gap);
                has_and |= gap != ",";
                if !has_and && comma_joined == 0 {
                    comma_joined = subject.len();
                }
                matches!(gap, "," | "and" | ", and")
            };
            if !joins {
                break;
            }
            subject.push(party.clone());
            start = party.start;
        }
        if !has_and && comma_joined > 0 {
            subject.truncate(comma_joined);
        }
        subject.reverse();
        subject
    }

    /// The parties in a subject made of people named with their titles, from the start of
    /// the clause to the verb at byte `verb`: "CNES President Ana Lima and CONIDA chief Juan
    /// Perez signed", "Ana Lima, director of CNES, and Juan Perez, CEO of CONIDA, signed".
    /// Besides parties and titles, the stretch holds only capitalised words (names), "of",
    /// "the", "and" and commas; people act for the bodies in their titles.
    fn titled_subject(&self, parties: &[ClaimEntity], verb: usize) -> Vec<ClaimEntity> {
        let (clause_start, _) = self.clause_around(verb);
        let first_cue = self.cues.partition_point(|c| c.start < clause_start);
        let titles: Vec<&CueMatch> = self.cues[first_cue..]
            .iter()
            .take_while(|c| c.end <= verb)
            .filter(|c| c.role == CueRole::Title)
            .copied()
            .collect();
        if titles.is_empty() {
            return Vec::new();
        }
        // The spans of parties and titles in text order, walked once beside the words.
        let mut spans: Vec<(usize, usize)> = parties
            .iter()
            .map(|p| (p.start, p.end))
            .chain(titles.iter().map(|t| (t.start, t.end)))
            .collect();
        spans.sort_unstable();
        let mut next = 0;
        let stretch = &self.text[clause_start..verb];
        let names_only = word_iter(stretch).all(|w| {
            let at = clause_start + w.start;
            while spans.get(next).is_some_and(|&(_, end)| end <= at) {
                next += 1;
            }
            w.text.starts_with(char::is_uppercase)
                || is_one_of(w.text, &["of", "the", "and"])
                || spans.get(next).is_some_and(|&(start, _)| start <= at)
        }) && !stretch.contains([';', ':', '(', '"', '\u{201c}']);
        if !names_only {
            return Vec::new();
        }
        parties
            .iter()
            .filter(|p| p.start >= clause_start && p.end <= verb)
            .cloned()
            .collect()
    }

    /// The parties coordinated from byte `at` on: the first named right after it (an article
    /// between them at most), then each joined to the one before by a comma, "and" or "as well
    /// as", or owning or qualifying it ("Japan's Tohoku University", "the Ministry of Science
    /// of China"; an acronym in brackets after a name is part of it).
    pub(super) fn coordinated_from(&self, parties: &[ClaimEntity], at: usize) -> Vec<ClaimEntity> {
        let mut listed: Vec<ClaimEntity> = Vec::new();
        let mut end = at;
        for party in in_text_order(parties.iter().filter(|p| p.start >= at)) {
            if listed.last().is_some_and(|last| same_span(last, party)) {
                listed.push(party.clone());
                continue;
            }
            if party.start < end {
                break;
            }
            let gap = self.text[end..party.start].trim();
            let joins = if listed.is_empty() {
                is_article_only(gap)
            } else {
                let gap = strip_bracketed(gap);
                let gap = gap.strip_suffix(" the").unwrap_or(gap).trim();
                matches!(
                    gap,
                    "," | "and"
                        | ", and"
                        | "as well as"
                        | ", as well as"
                        | "'s"
                        | "’s"
                        | "-"
                        | "of"
                ) || gap.eq_ignore_ascii_case("the")
            };
            if !joins {
                break;
            }
            listed.push(party.clone());
            end = party.end;
        }
        listed
    }

    /// "… since the launch of APPLE, which was India's first satellite": the parties inside a
    /// relative clause about a thing or a party are set aside, when the rest of the sentence
    /// names two ("Orbex, which operates ESA's ground stations, will team up with Kenya").
    /// Returns the clauses it set parties aside from, each from its relative pronoun or, for a
    /// clause about the party that opens the sentence, from that party.
    fn set_aside_descriptive_clauses(
        &self,
        main_cue: &CueMatch,
        parties: &mut Vec<ClaimEntity>,
        notes: &mut Notes,
    ) -> Vec<(usize, usize)> {
        let descriptive = self.descriptive_clauses(parties, main_cue);
        let inside = |p: &ClaimEntity, &(s, e): &(usize, usize)| p.start >= s && p.end <= e;
        notes.take_out(
            parties,
            |p| {
                descriptive
                    .iter()
                    .any(|&clause| inside(p, &clause) && self.fellow_passenger(p, clause))
            },
            "a fellow passenger: the owner of another craft the launch carries",
        );
        let outside = |p: &ClaimEntity| !descriptive.iter().any(|clause| inside(p, clause));
        if parties.iter().filter(|p| outside(p)).count() < 2 {
            return Vec::new();
        }
        notes.set_aside_all(
            parties.iter().filter(|p| !outside(p)),
            "in a clause describing a thing",
        );
        let described = descriptive
            .iter()
            .filter(|clause| parties.iter().any(|p| inside(p, clause)))
            .map(|&(start, end)| {
                // A clause about the party that opens the sentence is read with it: "NASA,
                // which works with ESA, …" (after a later party, "which" may stand for more).
                match parties
                    .iter()
                    .find(|p| p.end == start && p.start == self.sentence.start)
                {
                    Some(described) => (described.start, end),
                    None => (start + ", ".len(), end),
                }
            })
            .collect();
        parties.retain(outside);
        described
    }

    /// "Like Japan, India has signed an agreement with NASA", "Kenya signed a deal with Peru,
    /// a close ally of Chile": the parties of a phrase set off by commas that compares
    /// ("like", "unlike", "as with", "similar to") or that describes the party before it (a
    /// noun phrase opening with a determiner and a common noun: "the largest partner of",
    /// "one of Chile's neighbours") are set aside, when the phrase holds no cue of a kind
    /// and two parties remain outside it.
    fn set_aside_comparisons_and_descriptions(
        &self,
        main_cue: &CueMatch,
        cues: &[&CueMatch],
        parties: &mut Vec<ClaimEntity>,
        notes: &mut Notes,
    ) {
        const COMPARISONS: &[&str] = &[
            "like ",
            "unlike ",
            "as with ",
            "similar to ",
            "just like ",
            "much like ",
        ];
        let sentence = &self.text[self.sentence.start..self.sentence.end];
        let mut phrases: Vec<(usize, usize)> = Vec::new();
        // The parties' spans and the cues in text order, searched by position, so that a
        // sentence of many phrases stays linear.
        let mut spans: Vec<(usize, usize)> = parties.iter().map(|p| (p.start, p.end)).collect();
        spans.sort_unstable();
        let mut ends: Vec<usize> = parties.iter().map(|p| p.end).collect();
        ends.sort_unstable();
        let starts = std::iter::once(0).chain(sentence.match_indices(", ").map(|(at, _)| at + 2));
        for at in starts {
            let rest = &sentence[at..];
            let phrase_end = rest.find(',').map_or(sentence.len(), |e| at + e);
            let (start, end) = (self.sentence.start + at, self.sentence.start + phrase_end);
            let compares = COMPARISONS.iter().any(|c| {
                rest.get(..c.len())
                    .is_some_and(|p| p.eq_ignore_ascii_case(c))
            }) && phrase_end < sentence.len();
            let describes = at > 0 && self.describes_the_party_before(start, end, &spans, &ends);
            let holds_a_cue = cues[cues.partition_point(|c| c.start < start)..]
                .iter()
                .take_while(|c| c.start < end)
                .any(|c| matches!(c.role, CueRole::Kind(_)) && c.end <= end);
            if (compares || describes)
                && !holds_a_cue
                && !(main_cue.start >= start && main_cue.end <= end)
            {
                phrases.push((start, end));
            }
        }
        let inside = |p: &ClaimEntity| phrases.iter().any(|&(s, e)| p.start >= s && p.end <= e);
        if parties.iter().filter(|p| !inside(p)).count() >= 2 {
            notes.take_out(parties, inside, "in a phrase that compares or describes");
        }
    }

    /// Whether the words from `start` to `end`, right after a party and its comma, are a
    /// noun phrase describing it: a determiner (or "one of") and a common noun first, a party
    /// only after them ("a close ally of Chile", not "the United States and Chile").
    /// The parties are given by their spans (`spans`, sorted) and their ends (`ends`, sorted).
    fn describes_the_party_before(
        &self,
        start: usize,
        end: usize,
        spans: &[(usize, usize)],
        ends: &[usize],
    ) -> bool {
        // Only the party that ends last before the phrase can end right before it.
        let after_party = ends[..ends.partition_point(|&e| e <= start)]
            .last()
            .is_some_and(|&party_end| {
                self.text[party_end..start]
                    .trim_end()
                    .trim_end_matches(',')
                    .trim()
                    .is_empty()
            });
        let opens = word_iter(&self.text[start..end])
            .next()
            .is_some_and(|w| is_determiner(w.text) || w.text.eq_ignore_ascii_case("one"));
        if !(after_party && opens) {
            return false;
        }
        let Some(at) = spans[spans.partition_point(|&(s, _)| s < start)..]
            .iter()
            .take_while(|&&(s, _)| s < end)
            .find(|&&(_, e)| e <= end)
            .map(|&(s, _)| s)
        else {
            return false;
        };
        let phrase = &self.text[start..at];
        // A phrase whose "said" reports parties coordinated with this one is a clause ("a
        // rocket firm that last week said the firm and Orbex …"), no description.
        let reports = self
            .cues_from(start)
            .iter()
            .take_while(|c| c.start < at)
            .any(|c| {
                c.role == CueRole::Speech
                    && is_one_of(&self.text[c.start..c.end], &["said", "says"])
                    && self.text[c.end..at].contains(" and ")
            });
        // The second part of a compound is no noun: "the Lima-based Andean Institute" is a
        // name with its adjective, an item of a list.
        let noun_before_party = word_iter(phrase).skip(1).any(|w| {
            w.text.starts_with(char::is_lowercase) && !phrase[..w.start].ends_with(HYPHENS)
        });
        // "NSIL, the commercial arm of ISRO": the body a party belongs to takes part with it,
        // as a possessor does (a former one does not).
        let words: Vec<&str> = word_iter(phrase).map(|w| w.text).collect();
        let belongs = !words.contains(&"former")
            && match words[..] {
                [.., noun, "of"] | [.., noun, "of", "the"] => is_one_of(noun, BELONGING_NOUNS),
                [.., "under" | "within"] | [.., "under" | "within", "the"] => true,
                _ => false,
            };
        !reports && noun_before_party && !belongs
    }

    /// "Latvia follows Estonia, which signed a Cooperation Agreement in 2007": when the main
    /// cue stands in a relative clause (", which …", ", who …" up to the next comma) and no
    /// other cue of a kind stands outside it, the claim is the clause's: the party it is
    /// about (with the parties coordinated with it: "Kenya and Peru, which signed …") and the
    /// parties inside it; the others are set aside.
    fn keep_relative_clause(
        &self,
        main_cue: &CueMatch,
        cues: &[&CueMatch],
        parties: &mut Vec<ClaimEntity>,
        notes: &mut Notes,
    ) {
        let Some((clause_start, clause_end)) = self
            .relative_clauses()
            .filter(|&(start, _)| start < main_cue.start)
            .max()
        else {
            return;
        };
        let inside = |start: usize, end: usize| start >= clause_start && end <= clause_end;
        // A cue of the main clause: before the relative clause, or after it but before a new
        // clause (", and discussions are ongoing with Lithuania").
        let new_clause = self.text[clause_end..self.sentence.end]
            .find(", and ")
            .map_or(self.sentence.end, |at| clause_end + at);
        let of_main_clause = |c: &CueMatch| c.end <= clause_start || c.start < new_clause;
        if !inside(main_cue.start, main_cue.end)
            || cues.iter().any(|c| {
                matches!(c.role, CueRole::Kind(_)) && !inside(c.start, c.end) && of_main_clause(c)
            })
        {
            return;
        }
        // The party the clause is about, and those coordinated with it before.
        let mut about = Vec::new();
        let mut end = clause_start;
        while let Some(party) = parties.iter().find(|p| p.end == end) {
            about.push(party.start);
            let before = self.text[self.sentence.start..party.start].trim_end();
            let before = before
                .strip_suffix(" and")
                .or_else(|| before.strip_suffix(','))
                .unwrap_or(before);
            end = self.sentence.start + before.trim_end_matches(',').trim_end().len();
            if end + 1 >= party.start {
                break;
            }
        }
        if about.is_empty() {
            return;
        }
        notes.take_out(
            parties,
            |p| !inside(p.start, p.end) && !about.contains(&p.start),
            "outside the relative clause that states the claim",
        );
    }

    /// "The fleet includes CBERS-4, jointly developed by Brazil and China, Russia's Kanopus-V
    /// …": when the main cue stands in a phrase set off by a comma after a mission's name,
    /// the phrase names two parties and no other cue of a kind stands outside it, the claim
    /// is the phrase's: its parties and the mission it describes; the owners of other
    /// things listed around it are set aside.
    fn keep_phrase_about_a_mission(
        &self,
        main_cue: &CueMatch,
        cues: &[&CueMatch],
        parties: &mut Vec<ClaimEntity>,
        missions: &mut Vec<ClaimEntity>,
        notes: &mut Notes,
    ) {
        let before = &self.text[self.sentence.start..main_cue.start];
        let Some(comma) = before.rfind(", ").map(|at| self.sentence.start + at) else {
            return;
        };
        // The phrase ends at the first comma that does not go on with a list of parties
        // ("students from Sri Lanka, Bhutan and Nepal"); an owner's possessive after it opens
        // the next thing listed ("…, Russia's Kanopus-V").
        let list_goes_on = |comma: usize| {
            let rest = self.text[comma + 1..self.sentence.end].trim_start();
            self.party_starting_at(self.sentence.end - rest.len(), self.sentence.end)
                .is_some_and(|p| after_possessive(&self.text[p.end..self.sentence.end]).is_none())
        };
        let phrase_end =
            memchr::memchr_iter(b',', &self.text.as_bytes()[main_cue.end..self.sentence.end])
                .map(|at| main_cue.end + at)
                .find(|&at| !list_goes_on(at))
                .unwrap_or(self.sentence.end);
        let inside = |start: usize, end: usize| start > comma && end <= phrase_end;
        let described = self
            .mention_ending_at(comma)
            .filter(|m| self.is_mission(m))
            .map(|m| m.start);
        // A relative clause (", which carried a lander from …") tells what the mission
        // does, and its owner named outside takes part.
        let relative = word_iter(&self.text[comma + 1..main_cue.start])
            .next()
            .is_some_and(|w| is_one_of(w.text, &["which", "that", "who", "whose"]));
        let Some(described) = described.filter(|_| !relative) else {
            return;
        };
        // A verb that states cooperation only with a party as its object ("includes") and
        // has none states nothing outside.
        let states = |c: &CueMatch| {
            let object = self.text[c.end..self.sentence.end].trim_start();
            matches!(c.role, CueRole::Kind(_))
                && (!c.needs_object
                    || self
                        .party_starting_at(self.sentence.end - object.len(), self.sentence.end)
                        .is_some())
        };
        if self.distinct_parties_in(comma, phrase_end) < 2
            || cues.iter().any(|c| states(c) && !inside(c.start, c.end))
        {
            return;
        }
        notes.take_out(
            parties,
            |p| !inside(p.start, p.end),
            "outside the phrase about a mission that states the claim",
        );
        missions.retain(|m| m.start == described || inside(m.start, m.end));
    }

    /// References back to parties: "both sides", "the two agencies" add the nearest
    /// fitting earlier parties, "the agency" one, an "It" that is the subject of a verb of
    /// cooperation the party that opened the sentence before; the claim's confidence drops
    /// and its rule says `+reference`.
    fn add_referred_parties(
        &self,
        kind: ClaimKind,
        cues: &[&CueMatch],
        discourse: &Discourse,
        parties: &mut Vec<ClaimEntity>,
        derivation: &mut Derivation,
    ) {
        if let (Some(speaker), Some(we)) = (&self.speaker, self.speaking_as_we()) {
            if parties.iter().all(|p| p.entry != speaker.entry) {
                parties.push(speaker.referred_to_by(we));
                derivation.through_reference("+speaker");
            }
        }
        // "new jobs in both countries": a reference after a word of place names a place,
        // unless it owns what follows ("from the two agencies' desire"); one right before a
        // name describes it ("the company OneWeb").
        let possessive = |c: &CueMatch| self.text[c.end..].starts_with(['\'', '\u{2019}']);
        // "When China launched Chang'e 4, it cooperated with Sweden": a pronoun that stands
        // for the opening clause's subject needs no antecedent before the sentence.
        let opening_pronoun = self
            .opening_subordinate_end()
            .filter(|&end| self.subject_of_opening_pronoun(parties, end).is_some())
            .map(|end| {
                end + self.text[end..].len() - self.text[end..].trim_start_matches([',', ' ']).len()
            });
        let references: Vec<&CueMatch> = cues
            .iter()
            .copied()
            .filter(|c| {
                opening_pronoun != Some(c.start)
                    && (possessive(c) || !self.after_a_place_word(c, cues))
                    && !self.describes_next_party(c)
                    && !self.subject_of_a_clause_without_cue(c)
                    && (c.role != CueRole::PronounReference || self.pronoun_before_its_verb(c))
                    // "Each country will provide a satellite": what each does alone is
                    // cooperation only as its share of the work ("Each country plans to land
                    // astronauts" is none).
                    && (kind == ClaimKind::Contribution || !self.distributive(c))
            })
            .filter(|c| {
                c.role != CueRole::SubjectPronoun
                    || self.pronoun_is_a_party(c, cues)
                        && discourse.previous_subject(self.index, parties).is_some()
            })
            .collect();
        // "signed with these US agencies": a country inside the reference is its nationality
        // word, not one of the parties that make a reference unneeded.
        // "The two countries signed … between India's DOS and the AEB": a reference to
        // countries counts only the countries the sentence names; its bodies do not make it
        // unneeded.
        let named = references.iter().fold(parties.len(), |named, c| {
            let counted = |p: &&ClaimEntity| {
                !(c.start <= p.start && p.end <= c.end)
                    && (c.role != CueRole::PartiesReference
                        || Fit::of_phrase(&self.text[c.start..c.end]) != Fit::Countries
                        || self.gazetteer.entry(p.entry).kind == EntityType::Country)
            };
            named.min(parties.iter().filter(counted).count())
        });
        // "They signed a deal with Japan and Korea": a plural subject whose partners follow
        // its verb names parties besides them.
        let subject = references
            .iter()
            .copied()
            .find(|c| self.subject_before_its_partners(c, cues, parties));
        let Some(reference) =
            subject.or_else(|| party_reference(&references, named, |c| self.opens_sentence(c)))
        else {
            return;
        };
        let phrase = &self.text[reference.start..reference.end];
        let referent = self.referent(reference);
        // "China will cooperate with these three parties": the parties referred to are others
        // than those the sentence names, as many as the phrase counts. So are they when the
        // phrase comes before every name ("Both parties discussed the work of the ASCG").
        let before = self.text[self.sentence.start..reference.start].trim_end();
        let partners_of_named = before.ends_with(" with") || before.ends_with(" between");
        let named_after = parties.iter().all(|p| p.start >= reference.end);
        let nearest = || {
            let wanted = self.antecedents_wanted(reference, &referent, parties);
            discourse.antecedents(self.gazetteer, self.index, &referent, parties, wanted)
        };
        // "Although Chile and Peru are at odds, Kenya can work with both nations": the opening
        // clause names them, as many as counted, when the main clause names a party of its own
        // (a reference as its subject goes on with the topic before).
        let in_opening = if reference.role == CueRole::PartiesReference && !parties.is_empty() {
            self.opening_clause_antecedents(reference, &referent, parties)
        } else {
            Vec::new()
        };
        let mut found = match stated_count(phrase) {
            // "The pair", "the trio": the parties of the claim just before, when it has as
            // many; otherwise two astronauts or satellites, no parties.
            // A sentence before with no such claim may open with as many listed together
            // ("NASA and ESA officials met in Paris. The pair signed …").
            Some(count) if names_a_set(phrase) => {
                let mut set = match discourse.claimed_just_before(self.index, count) {
                    Some(claimed) => claimed.to_vec(),
                    None => {
                        let group =
                            discourse.antecedent_group(self.gazetteer, self.index, &referent, &[]);
                        if self.listed_together(&group) {
                            group
                        } else {
                            Vec::new()
                        }
                    }
                };
                if set.len() != count {
                    set.clear();
                }
                set.retain(|o| parties.iter().all(|p| p.entry != o.entry));
                set
            }
            // "The country then signed a deal with Brazil": one party, the nearest fitting
            // one (the subject of the sentence before), as any reference to one.
            _ if subject.is_some() && reference.role == CueRole::PartyReference => nearest(),
            _ if subject.is_some() => {
                let group = discourse.antecedent_group(self.gazetteer, self.index, &referent, &[]);
                let mut others = match stated_count(phrase) {
                    None if group.len() >= 2 => group,
                    count => discourse.antecedents(
                        self.gazetteer,
                        self.index,
                        &referent,
                        &[],
                        count.unwrap_or(2),
                    ),
                };
                others.retain(|o| parties.iter().all(|p| p.entry != o.entry));
                others
            }
            _ if reference.role == CueRole::SubjectPronoun => discourse
                .previous_subject(self.index, parties)
                .into_iter()
                .collect(),
            // "France and Spain signed … with ESA and the EU. They will …": a subject pronoun
            // takes the parties the sentence before opens with when they are listed together
            // (its subject), as many as the nearest would be.
            None if reference.role == CueRole::PronounReference => {
                let nearest = nearest();
                let mut group =
                    discourse.antecedent_group(self.gazetteer, self.index, &referent, parties);
                group.truncate(nearest.len());
                let listed = group.len() == nearest.len() && self.listed_together(&group);
                if listed {
                    group
                } else {
                    nearest
                }
            }
            Some(count) if !in_opening.is_empty() && in_opening.len() == count => in_opening,
            Some(count)
                if (partners_of_named || named_after)
                    && reference.role == CueRole::PartiesReference =>
            {
                // "After the Chile-Peru summit, the leaders praised the ties between the two
                // countries": as many names before "between" or "with" in the sentence, even
                // inside another name, are nearer than any sentence before (a reference as
                // subject goes on with the topic before).
                let earlier = self.antecedents_before(reference.start, &referent, parties);
                if partners_of_named && earlier.len() == count {
                    earlier
                } else {
                    let mut others =
                        discourse.antecedents(self.gazetteer, self.index, &referent, &[], count);
                    // "All three nations imposed sanctions on Russia" after the nations were
                    // named only by adjectives: fewer antecedents than counted are not the ones
                    // meant.
                    if others.len() < count {
                        others.clear();
                    }
                    others.retain(|o| parties.iter().all(|p| p.entry != o.entry));
                    others
                }
            }
            // "The parties signed …", "Peru joined these countries": every party of the
            // group named before, however many, besides those the sentence names.
            None if reference.role == CueRole::PartiesReference && is_a_group(phrase) => {
                let group =
                    discourse.antecedent_group(self.gazetteer, self.index, &referent, parties);
                if group.is_empty() {
                    nearest()
                } else {
                    group
                }
            }
            _ => nearest(),
        };
        // "Both countries welcomed NASA's decision to partner with ESA": with a pair of
        // bodies named, the countries referred to take part only as those bodies' homes ("the
        // space agencies of the two countries (ASI and ISA)"), and only before them.
        if subject.is_none() && referent.fit == Fit::Countries && parties.len() >= 2 {
            let homes: Vec<String> = parties
                .iter()
                .filter_map(|p| self.gazetteer.home_country(p.entry))
                .collect();
            let home_of_a_party = |c: &ClaimEntity| {
                let id = self.gazetteer.entry(c.entry).id.as_str();
                homes.iter().any(|home| home == id)
            };
            // "ESA and CNES signed a framework for exchanges between both nations": after the
            // bodies, the countries referred to are theirs and add nothing.
            let after_the_bodies = parties.iter().all(|p| p.end <= reference.start);
            if after_the_bodies || !found.iter().all(home_of_a_party) {
                found.clear();
            }
        }
        if !found.is_empty() {
            // "The U.S. agency is working with SpaceX": a country inside a reference to one
            // body that is the home of that body describes it, and is no party of its own
            // ("these US agencies" keeps it).
            if reference.role == CueRole::PartyReference {
                let homes: Vec<String> = found
                    .iter()
                    .filter_map(|p| self.gazetteer.home_country(p.entry))
                    .collect();
                parties.retain(|p| {
                    let inside = p.start >= reference.start && p.end <= reference.end;
                    let id = self.gazetteer.entry(p.entry).id.as_str();
                    !(inside && homes.iter().any(|home| home == id))
                });
            }
            parties.extend(
                found
                    .iter()
                    .map(|p| p.referred_to_by((reference.start, reference.end))),
            );
            derivation.through_reference("+reference");
        }
    }

    /// The distinct parties named in the sentence before byte `end`, also those set aside as
    /// part of another name ("the Chile-Peru summit"), that fit `referent` and are not among
    /// `parties`.
    fn antecedents_before(
        &self,
        end: usize,
        referent: &Referent,
        parties: &[ClaimEntity],
    ) -> Vec<ClaimEntity> {
        let mut found: Vec<ClaimEntity> = Vec::new();
        for m in self
            .mentions
            .iter()
            .filter(|m| m.end <= end && self.is_party(m))
        {
            let fits =
                referent.fit.accepts(self.kind_of(m)) && referent.admits(self.gazetteer, m.entry);
            if fits && parties.iter().chain(&found).all(|p| p.entry != m.entry) {
                found.push(ClaimEntity::named(m));
            }
        }
        found
    }

    /// The parties that the subordinate clause opening the sentence names, when it ends before
    /// `reference`, that fit it and are not among `parties`.
    fn opening_clause_antecedents(
        &self,
        reference: &CueMatch,
        referent: &Referent,
        parties: &[ClaimEntity],
    ) -> Vec<ClaimEntity> {
        self.opening_subordinate_end()
            .filter(|&end| end <= reference.start)
            .map_or_else(Vec::new, |end| {
                self.antecedents_before(end, referent, parties)
            })
    }

    /// Whether a reference stands right before a party's name, which it describes, or before
    /// "of" and the party it belongs to: "the company OneWeb", "the agency NASA", "the space
    /// agency of France".
    fn describes_next_party(&self, reference: &CueMatch) -> bool {
        let rest = &self.text[reference.end..self.sentence.end];
        rest.strip_prefix(" of the ")
            .or_else(|| rest.strip_prefix(" of "))
            .or_else(|| rest.strip_prefix(' '))
            .and_then(|rest| self.mention_starting_at(self.sentence.end - rest.len()))
            .is_some_and(|m| self.is_party(m))
    }

    /// Whether parties are written as one list, each after the one before with only a comma,
    /// "and" or the like between ("Chile, Peru and Kenya").
    fn listed_together(&self, parties: &[ClaimEntity]) -> bool {
        parties.windows(2).all(|w| {
            self.text
                .get(w[0].end..w[1].start)
                .is_some_and(is_list_separator)
        })
    }

    /// Whether a subject pronoun stands before its verb: "they" always, a count standing
    /// alone ("both", "the two") only before an auxiliary, an adverb or a cue ("Both also
    /// are partners", "The two signed"), not before a name or a noun ("Both NASA and ESA").
    fn pronoun_before_its_verb(&self, pronoun: &CueMatch) -> bool {
        if self.text[pronoun.start..pronoun.end].eq_ignore_ascii_case("they") {
            return true;
        }
        let Some(next) = word_iter(&self.text[pronoun.end..self.sentence.end]).next() else {
            return false;
        };
        is_one_of(next.text, AUXILIARIES)
            || is_one_of(next.text, BE)
            || (next.text.len() > 4 && next.text.ends_with("ly"))
            || self
                .cue_starting_at(pronoun.end + next.start)
                .is_some_and(|c| {
                    matches!(
                        c.role,
                        CueRole::Kind(_) | CueRole::Runs | CueRole::Cessation | CueRole::NotJoint
                    )
                })
    }

    /// Whether a reference opening the sentence is the subject of a verb of cooperation
    /// whose partners all follow it, with at most its verb group between ("They signed an
    /// accord with Japan and Korea", "The nation joined Kenya and Chile"), or of
    /// a copula before a noun of cooperation ("Both are among the partners of …").
    fn subject_before_its_partners(
        &self,
        reference: &CueMatch,
        cues: &[&CueMatch],
        parties: &[ClaimEntity],
    ) -> bool {
        let Some(first) = parties.iter().min_by_key(|p| p.start) else {
            return false;
        };
        // "Both countries welcomed NASA's decision to work with ESA": a party owning the
        // object is no partner of the subject's.
        let owner = after_possessive(&self.text[first.end..]).is_some_and(|rest| {
            self.mention_starting_at(self.text.len() - rest.trim_start().len())
                .is_none_or(|m| !self.is_party(m))
        });
        if owner {
            return false;
        }
        let first = first.start;
        matches!(
            reference.role,
            CueRole::PartiesReference | CueRole::PronounReference | CueRole::PartyReference
        ) && !self.distributive(reference)
            && self.opens_sentence(reference)
            && cues.iter().any(|c| {
                matches!(c.role, CueRole::Kind(_))
                    && c.start >= reference.end
                    && c.end <= first
                    && self.subject_end(c.start, in_subject_predicate) == reference.end
            })
    }

    /// What a reference back looks for: antecedents that fit its noun, of the country a
    /// nationality word inside it names ("the two Japanese universities"); a pronoun only
    /// those of the sentence before.
    fn referent(&self, reference: &CueMatch) -> Referent {
        let mut referent =
            Referent::of_kind(Fit::of_phrase(&self.text[reference.start..reference.end]));
        referent.country = self
            .mentions
            .iter()
            .find(|m| {
                names_a_nationality(self.gazetteer, m)
                    && m.start >= reference.start
                    && m.end <= reference.end
            })
            .and_then(|m| self.gazetteer.home_country(m.entry));
        if reference.role == CueRole::PronounReference {
            referent.reach = 1;
        }
        referent
    }

    /// Whether ", respectively" follows the last party in its clause: what the list does is
    /// shared out one by one, not done together.
    fn says_respectively(&self, parties: &[ClaimEntity]) -> bool {
        let Some(last) = parties.iter().map(|p| p.end).max() else {
            return false;
        };
        let (_, clause_end) = self.clause_around(last);
        let mut parts = self.text[last..clause_end.max(last)].split([',', ';']);
        let first_word = |part: &str| {
            part.split_whitespace()
                .next()
                .is_some_and(|w| w.trim_end_matches('.').eq_ignore_ascii_case("respectively"))
        };
        // "… built by Chile and Peru, respectively", "… Peru respectively built …".
        parts.next().is_some_and(|same| {
            same.split_whitespace()
                .any(|w| w.trim_end_matches('.').eq_ignore_ascii_case("respectively"))
        }) || parts.next().is_some_and(first_word)
    }

    /// Whether the parties are all named in one list ("the United States and Canada imposed
    /// sanctions"): they stand on one side of what the sentence states.
    fn one_coordination(&self, parties: &[ClaimEntity]) -> bool {
        let mut named: Vec<&ClaimEntity> = parties.iter().collect();
        named.sort_by_key(|p| p.start);
        named.iter().all(|p| p.antecedent.is_none())
            && named
                .windows(2)
                .all(|w| w[0].end <= w[1].start && only_lists(&self.text[w[0].end..w[1].start]))
    }

    /// Whether the sentence opens with a subordinator or a participle in -ing ("After signing
    /// a deal with Peru,", "Having signed …,"), a phrase that a comma closes before the main
    /// clause. A name in -ing before its verb ("Beijing has partnered …") is no participle.
    fn opens_with_a_phrase(&self) -> bool {
        let text = &self.text[self.sentence.start..self.sentence.end];
        let mut words = word_iter(text);
        let participle = words.next().is_some_and(|first| {
            first.text.ends_with("ing") && first.text.starts_with(char::is_uppercase)
        }) && words.next().is_some_and(|second| {
            second.text.starts_with(char::is_lowercase) && !is_one_of(second.text, FINITE)
        });
        self.opening_subordinator().is_some() || participle
    }

    /// Whether every party is one list after the "with" of the main cue, a verb ("Polish firms
    /// have been working with the likes of NASA and ESA"), or of the verb of cooperation
    /// before the list when the main cue is a noun ("Agreements have been signed with Kenya
    /// and Peru"): the partners are named, the side that works with them is not, and a claim
    /// needs both sides.
    fn only_partners_after_with(&self, main_cue: &CueMatch, parties: &[ClaimEntity]) -> bool {
        const BEFORE_A_LIST: &[&str] = &["the", "likes", "of", "both", "such", "as"];
        let Some(first) = parties.iter().map(|p| p.start).min() else {
            return false;
        };
        let verb = if main_cue.verb {
            Some(main_cue)
        } else {
            self.cues
                .iter()
                .copied()
                .rev()
                .find(|c| c.verb && matches!(c.role, CueRole::Kind(_)) && c.end <= first)
        };
        let Some(verb) = verb else {
            return false;
        };
        if first < verb.end || !self.one_coordination(parties) {
            return false;
        }
        // "After signing a deal with Peru, Kenya launched …": a party after the comma that
        // closes an opening phrase, with a verb of its own, opens the main clause, no item of
        // the list.
        let subject_after_comma = self.opens_with_a_phrase()
            && parties.iter().any(|p| {
                self.text[self.sentence.start..p.start]
                    .trim_end()
                    .ends_with(',')
                    && self.subject_verb_follows(p.end, self.sentence.end)
            });
        if subject_after_comma {
            return false;
        }
        let lead = &self.text[verb.start..first];
        let Some(with) = lead
            .match_indices("with")
            .map(|(at, _)| at)
            .filter(|&at| {
                let before_ok = at == 0 || lead[..at].ends_with(' ');
                before_ok && lead[at + 4..].starts_with(' ')
            })
            .last()
        else {
            return false;
        };
        let after = &lead[with + 4..];
        !after.contains([',', ';', '(', ')'])
            && after
                .split_whitespace()
                .all(|w| BEFORE_A_LIST.iter().any(|b| w.eq_ignore_ascii_case(b)))
    }

    /// Whether the sentence captions a picture: it says what is seen "in this (handout,
    /// file …) photo" or picture or image, or opens with "File photo:" or "Pictured:".
    fn is_photo_caption(&self) -> bool {
        const PICTURES: &[&str] = &["photo", "photograph", "picture", "image", "video"];
        let text = &self.text[self.sentence.start..self.sentence.end];
        let opener = text.split_once(':').is_some_and(|(head, _)| {
            ["file photo", "photo", "pictured", "handout"]
                .iter()
                .any(|h| head.trim().eq_ignore_ascii_case(h))
        });
        let mut words = text
            .split_whitespace()
            .map(|w| w.trim_end_matches([',', '.', ')']));
        // "this photo", "this handout photo", "this undated file photo".
        let mut shown = false;
        while let Some(w) = words.next() {
            shown = w.eq_ignore_ascii_case("this")
                && words
                    .clone()
                    .take(3)
                    .take_while(|w| w.starts_with(char::is_lowercase))
                    .any(|w| PICTURES.iter().any(|p| w.eq_ignore_ascii_case(p)));
            if shown {
                break;
            }
        }
        opener || shown
    }

    /// Whether the sentence is a yes-no question: it opens with an auxiliary (after "But",
    /// "And" or "So") and ends with a question mark ("Will Chile join Peru's mission?"). A
    /// question with a question word ("Why did Chile join …?") takes the cooperation as given,
    /// and so does a rhetorical one ("Did you know that …?").
    fn is_polar_question(&self) -> bool {
        const OPENERS: &[&str] = &["but", "and", "so"];
        let text = &self.text[self.sentence.start..self.sentence.end];
        let closers = |c: char| c.is_whitespace() || "\"'\u{201d}\u{2019})".contains(c);
        if !text.trim_end_matches(closers).ends_with('?') {
            return false;
        }
        let mut words = word_iter(text).map(|w| w.text);
        let mut first = words.next().unwrap_or("");
        if is_one_of(first, OPENERS) {
            first = words.next().unwrap_or("");
        }
        // "Did you know that …?", "Is it any wonder that …?" state what follows.
        let second = words.next().unwrap_or("");
        let rhetorical = is_one_of(second, &["you", "it"])
            && words
                .take(2)
                .any(|w| is_one_of(w, &["know", "wonder", "surprising"]));
        !rhetorical
            && (is_one_of(first, FINITE) || is_one_of(first, &["do", "does", "did", "should"]))
    }

    /// Whether a sentence-opening "It" stands for a party: it is the subject of a cue of
    /// cooperation at most three lowercase words (auxiliaries, adverbs) after it ("It joins",
    /// "It will also work with"), and no form of "be" follows it ("It is hoped that …", "It
    /// was signed by …", where it refers to nothing or to a thing).
    fn pronoun_is_a_party(&self, pronoun: &CueMatch, cues: &[&CueMatch]) -> bool {
        const REACH: usize = 3;
        if !self.opens_sentence(pronoun)
            || (self.be_follows(pronoun) && !self.partnered(pronoun) && !self.progressive(pronoun))
        {
            return false;
        }
        // Only the cues within reach are looked at, so a sentence of many cues stays linear.
        let next = cues.partition_point(|c| c.start < pronoun.end);
        cues[next..]
            .iter()
            .take_while(|c| at_most_words(&self.text[pronoun.end..c.start], REACH))
            .find(|c| matches!(c.role, CueRole::Kind(_)))
            .is_some_and(|verb| {
                word_iter(&self.text[pronoun.end..verb.start])
                    .all(|w| w.text.starts_with(char::is_lowercase))
            })
    }

    /// Whether the pronoun is partnered in the passive, which keeps it a partner: "It is
    /// partnered with …", "It was teamed up with …" ("It was built by …" names the maker).
    fn partnered(&self, pronoun: &CueMatch) -> bool {
        const PARTNERED: &[&str] = &["partnered", "teamed", "allied", "paired"];
        let mut words = word_iter(&self.text[pronoun.end..self.sentence.end]).map(|w| w.text);
        let (Some(be), Some(verb), Some(next)) = (words.next(), words.next(), words.next()) else {
            return false;
        };
        is_one_of(be, &["is", "was"])
            && is_one_of(verb, PARTNERED)
            && is_one_of(next, &["with", "up"])
    }

    /// Whether the pronoun is the subject of a cue of cooperation in the progressive, which
    /// keeps it the actor: "It is helping ISRO …", "It is also working with …". The cue must
    /// be the verb after "is" itself: in "It is exciting to work with ESA" the "It" stands
    /// for nothing.
    fn progressive(&self, pronoun: &CueMatch) -> bool {
        const BETWEEN: &[&str] = &["also", "now", "still", "currently", "already", "further"];
        let after = &self.text[pronoun.end..self.sentence.end];
        let mut words = word_iter(after);
        if !words
            .next()
            .is_some_and(|be| is_one_of(be.text, &["is", "was"]))
        {
            return false;
        }
        let Some(mut verb) = words.next() else {
            return false;
        };
        if is_one_of(verb.text, BETWEEN) {
            let Some(next) = words.next() else {
                return false;
            };
            verb = next;
        }
        let verb_at = pronoun.end + verb.start;
        verb.text.ends_with("ing")
            && self
                .cue_starting_at(verb_at)
                .is_some_and(|c| matches!(c.role, CueRole::Kind(_)) && c.verb)
    }

    /// Whether a form of "be" follows a pronoun.
    fn be_follows(&self, pronoun: &CueMatch) -> bool {
        const BE: [&str; 13] = [
            "is", "was", "'s", "’s", "seems", "seemed", "appears", "appeared", "remains",
            "remained", "becomes", "became", "become",
        ];
        let mut words = self.text[pronoun.end..self.sentence.end]
            .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':'))
            .filter(|w| !w.is_empty());
        let first = words.next().unwrap_or("");
        let second = words.next().unwrap_or("");
        BE.contains(&first) || ["be", "been"].contains(&second)
    }

    /// Whether a word of place ("in", "at", "based in") stands right before a cue.
    fn after_a_place_word(&self, cue: &CueMatch, cues: &[&CueMatch]) -> bool {
        // Cues are sorted and do not overlap: only the one right before can be next to it.
        let before = cues.partition_point(|c| c.start < cue.start);
        before.checked_sub(1).is_some_and(|at| {
            let place = cues[at];
            matches!(place.role, CueRole::Location | CueRole::CountryLocation)
                && place.end <= cue.start
                && self.text[place.end..cue.start].trim().is_empty()
        })
    }

    /// Whether a cue opens its sentence, or the clause after a short opening phrase of time or
    /// manner that names no party ("Then, on 20 June, they co-organised …").
    fn opens_sentence(&self, cue: &CueMatch) -> bool {
        const OPENING_PHRASE_WORDS: usize = 10;
        let before = &self.text[self.sentence.start..cue.start];
        if before
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, '"' | '“' | '‘' | '«' | '\'' | '('))
        {
            return true;
        }
        before.trim_end().ends_with(',')
            && at_most_words(before, OPENING_PHRASE_WORDS)
            && !self
                .mentions
                .iter()
                .take_while(|m| m.start < cue.start)
                .any(|m| self.is_party(m))
    }

    /// Whether a reference goes through its group one by one: "each country", "either
    /// agency". "Each side" and "each party" speak for the sides of an accord together.
    fn distributive(&self, reference: &CueMatch) -> bool {
        let mut words = self.text[reference.start..reference.end].split_whitespace();
        let first = words.next().unwrap_or("");
        let last = words.last().unwrap_or("");
        ["each", "either"]
            .iter()
            .any(|w| first.eq_ignore_ascii_case(w))
            && !["side", "party"]
                .iter()
                .any(|w| last.eq_ignore_ascii_case(w))
    }

    /// How many fitting parties a reference back should make in all. A plural one wants as
    /// many as it counts ("the three countries"), else two ("both countries", "they"). A
    /// singular one ("the agency") adds one earlier party, unless a
    /// fitting party named before it in the sentence, and not coordinated with it ("JAXA and
    /// the agency"), is what it refers to ("China … the country's plans"): then none. A party
    /// of another country than the reference's nationality word names does not fit ("Roscosmos
    /// agreed with the Egyptian agency").
    fn antecedents_wanted(
        &self,
        reference: &CueMatch,
        referent: &Referent,
        parties: &[ClaimEntity],
    ) -> usize {
        if reference.role != CueRole::PartyReference {
            return stated_count(&self.text[reference.start..reference.end]).unwrap_or(2);
        }
        let fits = |p: &&ClaimEntity| {
            referent.fit.accepts(self.gazetteer.entry(p.entry).kind)
                && referent.admits(self.gazetteer, p.entry)
        };
        // "JAXA and the agency": a name coordinated with the reference is another party.
        let coordinated = |p: &&ClaimEntity| {
            matches!(
                self.text[p.end..reference.start].trim(),
                "and" | "or" | "," | "&"
            )
        };
        let named_before = parties
            .iter()
            .filter(fits)
            .any(|p| p.end <= reference.start && !coordinated(&p));
        if named_before {
            0
        } else {
            parties.iter().filter(fits).count() + 1
        }
    }

    /// "a satellite built by CAST for Pakistan": with a maker cue, making something for a
    /// customer is a supplier relation, and the customer is set aside as no partner; with
    /// another cue deciding, the supplier is set aside.
    fn set_aside_customers(
        &self,
        main_cue: &CueMatch,
        parties: &mut Vec<ClaimEntity>,
        notes: &mut Notes,
    ) {
        // "a satellite designed to provide TV for Chile, two other nations — Peru, Bolivia —":
        // a verb of giving with no party before it names no giver; whom it serves, first
        // named after "for", are all the parties it names.
        let no_giver = main_cue.role == CueRole::Kind(ClaimKind::Contribution)
            && main_cue.verb
            && parties
                .iter()
                .min_by_key(|p| p.start)
                .is_some_and(|first| first.start >= main_cue.end && self.is_customer(first));
        if no_giver {
            notes.take_out(parties, |_| true, "the customer of what is made");
            return;
        }
        // The owner is a customer, and the maker, as whoever launches or runs the craft for
        // it, a supplier: the sentence states no cooperation.
        if self.owner_of_the_craft_made(main_cue, parties).is_some() {
            notes.take_out(
                parties,
                |_| true,
                "a craft made for its owner: a supplier and a customer",
            );
            return;
        }
        if is_agent_cue(main_cue) && self.lone_maker(main_cue, parties) {
            notes.take_out(
                parties,
                |_| true,
                "one maker of what the others only use: a supplier",
            );
            return;
        }
        if is_agent_cue(main_cue) || main_cue.role == CueRole::MadeBy {
            // "for Nigeria and Venezuela": every party coordinated after "for" is a customer.
            let customers: Vec<usize> = parties
                .iter()
                .filter(|p| self.is_customer(p))
                .flat_map(|first| self.coordinated_from(parties, first.start))
                .map(|p| p.start)
                .collect();
            notes.take_out(
                parties,
                |p| customers.contains(&p.start),
                "the customer of what is made",
            );
            return;
        }
        // "… built by INVAP for CONAE, in a joint mission with NASA": with another cue
        // deciding, the maker of something for a customer named in the sentence is a supplier.
        let suppliers: Vec<usize> = parties
            .iter()
            .filter(|p| self.supplies_a_customer(p, parties))
            .map(|p| p.start)
            .collect();
        if !suppliers.is_empty() && parties.len() - suppliers.len() >= 2 {
            notes.take_out(
                parties,
                |p| suppliers.contains(&p.start),
                "the supplier of what is made",
            );
        }
    }

    /// Whether a maker's "by", in a phrase set off by commas, names one party, right after it,
    /// and every other party stands after that phrase with no other cue of cooperation in the
    /// sentence: "Built by Airbus, the satellite will serve Indonesia", "The satellite, built
    /// by Airbus, will serve Kenya". Not "built by ISRO with Kenya", nor "built by Airbus and
    /// Thales".
    fn lone_maker(&self, maker: &CueMatch, parties: &[ClaimEntity]) -> bool {
        let Some(agent) = in_text_order(parties.iter().filter(|p| p.start >= maker.end)).next()
        else {
            return false;
        };
        if !is_article_only(self.text[maker.end..agent.start].trim()) {
            return false;
        }
        let agents = self.coordinated_from(parties, agent.start);
        let agent_end = agents.iter().map(|p| p.end).max().unwrap_or(agent.end);
        // A reference back ("by the two agencies") stands for each of its parties on one span.
        let makers = agents
            .len()
            .max(parties.iter().filter(|p| same_span(p, agent)).count());
        let another_cue = self.cues.iter().any(|c| {
            (c.start, c.end) != (maker.start, maker.end)
                && matches!(
                    c.role,
                    CueRole::Kind(_)
                        | CueRole::MadeBy
                        | CueRole::Runs
                        | CueRole::RunBy
                        | CueRole::Trade
                )
        });
        // The maker's phrase is set off: it opens the sentence or follows a comma, and a
        // comma closes it right after the maker.
        let before = self.text[self.sentence.start..maker.start].trim_end();
        let set_off =
            (before.is_empty() || before.ends_with(',')) && self.text[agent_end..].starts_with(',');
        makers == 1
            && set_off
            && !another_cue
            && parties
                .iter()
                .all(|p| same_span(p, agent) || p.start >= agent_end)
    }

    /// "Kenya's first satellite, built by China, …", "AngoSat-2, its new satellite being
    /// built by Russia": a whole craft (a mission's name or "satellite", "spacecraft") that a
    /// party owns, made by another after a maker's "by", is bought, not shared; its owner, a
    /// possessive or the one party before "its", is the customer. Where the owner starts.
    /// Only when the maker's cue is the sentence's one cue of cooperation ("… built by JAXA
    /// under a cooperation agreement", "… carries a NASA instrument" state more), the craft
    /// is what is made (not "Kenya's satellite has a camera made by Peru"), and the owner is
    /// not among the makers.
    fn owner_of_the_craft_made(&self, cue: &CueMatch, parties: &[ClaimEntity]) -> Option<usize> {
        const MAKERS: &[&str] = &[
            "built by",
            "made by",
            "manufactured by",
            "constructed by",
            "developed by",
            "designed by",
        ];
        if !MAKERS.contains(&&*cue.lemma) || !self.only_cue_of_a_kind(cue) {
            return None;
        }
        let before = &self.text[self.sentence.start..cue.start];
        // "The camera for Kenya's satellite": the craft after a preposition is not what is made.
        let object_of_a_preposition = |at: usize| {
            is_one_of(
                last_word(&self.text[self.sentence.start..at]),
                PREPOSITIONS_OF_PARTS,
            )
        };
        let named_owner = parties.iter().filter(|p| p.end <= cue.start).find(|p| {
            after_possessive(&self.text[p.end..cue.start]).is_some()
                && !object_of_a_preposition(p.start)
                && self.owned_craft(p.end, cue.start)
        });
        let owner = match named_owner {
            Some(owner) => owner,
            None => {
                let pronoun = word_iter(before)
                    .filter(|w| {
                        w.text == "its" && !object_of_a_preposition(self.sentence.start + w.start)
                    })
                    .last()
                    .map(|w| self.sentence.start + w.start + w.text.len())?;
                let mut before_pronoun = parties.iter().filter(|p| p.end <= pronoun);
                let owner = before_pronoun.next()?;
                if before_pronoun.next().is_some() || !self.owned_craft(pronoun, cue.start) {
                    return None;
                }
                owner
            }
        };
        // "Kenya's satellite, built by Peru and Kenya": the owner is one of the makers.
        let owner_country = self.gazetteer.home_country(owner.entry);
        let among_makers = self
            .mentions
            .iter()
            .filter(|m| m.start >= cue.end && self.is_party(m))
            .any(|m| {
                m.entry == owner.entry
                    || owner_country.is_some()
                        && self.gazetteer.home_country(m.entry) == owner_country
            });
        (!among_makers).then_some(owner.start)
    }

    /// Whether no cue of a kind but `cue` stands in the sentence: it alone states cooperation.
    /// A contract is the supplier's own agreement ("Under that contract, the firm delivered
    /// …"): it leaves the cue alone.
    fn only_cue_of_a_kind(&self, cue: &CueMatch) -> bool {
        !self.cues.iter().any(|c| {
            c.start != cue.start && matches!(c.role, CueRole::Kind(_)) && &*c.lemma != "contract"
        })
    }

    /// "CGWIC delivered the KenSat-1 satellite in orbit to Kenya": a whole craft a company
    /// delivers or hands over to a party is a sale, a supplier's relation, not a share of
    /// common work ("ESA delivered the service module to NASA" is, and so is a craft an agency
    /// hands over). The object is a craft's noun or a mission's name, with at most a few
    /// words before it; "in orbit" may follow it. Only when the verb is the sentence's one cue
    /// of cooperation.
    fn delivers_a_whole_craft(&self, cue: &CueMatch) -> bool {
        const DELIVERING: &[&str] = &["deliver", "hand over"];
        /// Words of the object before its head: determiners and adjectives.
        const OBJECT_WORDS: usize = 4;
        if !cue.verb || !is_one_of(&cue.lemma, DELIVERING) || !self.only_cue_of_a_kind(cue) {
            return false;
        }
        // The seller is a company: an agency or a country handing a craft over shares it.
        let seller = self
            .mentions
            .iter()
            .filter(|m| m.end <= cue.start && self.is_party(m))
            .last();
        if seller.is_none_or(|m| self.kind_of(m) != EntityType::Organization) {
            return false;
        }
        let rest = &self.text[cue.end..self.sentence.end];
        let Some(to) = rest.find(" to ") else {
            return false;
        };
        let object = rest[..to]
            .trim_end()
            .trim_end_matches(" in orbit")
            .trim_end_matches(" into orbit");
        let object_end = cue.end + object.len();
        let words: Vec<_> = word_iter(object).collect();
        let named_craft = self
            .mention_ending_at(object_end)
            .is_some_and(|m| m.end == object_end && self.is_mission(m));
        let head_is_craft = words.last().is_some_and(|w| is_one_of(w.text, CRAFTS));
        let recipient_at = cue.end + to + " to ".len();
        let recipient = &self.text[recipient_at..self.sentence.end];
        let recipient_at = recipient_at + recipient.len()
            - recipient.strip_prefix("the ").unwrap_or(recipient).len();
        // "hands the craft over to its customer, the agency X": the recipient is called what
        // it is, a buyer.
        let to_a_customer = word_iter(recipient)
            .take(2)
            .any(|w| is_one_of(w.text, &["customer", "customers", "client", "buyer"]));
        words.len() <= OBJECT_WORDS + 1
            && (named_craft || head_is_craft)
            && (to_a_customer
                || self
                    .party_starting_at(recipient_at, self.sentence.end)
                    .is_some())
    }

    /// "Indonesia operates several US-made satellites", "Kenya's Peru-built satellite": a whole
    /// craft named by a maker's compound right before its noun, owned by a party before the
    /// maker (a possessive, or the subject of a verb of having or buying), is bought, not
    /// shared. Only when the compound is the sentence's one cue of cooperation.
    fn owns_a_craft_made_by_a_compound(&self, cue: &CueMatch, parties: &[ClaimEntity]) -> bool {
        const HAS: &[&str] = &[
            "has",
            "have",
            "had",
            "owns",
            "own",
            "owned",
            "operates",
            "operate",
            "operated",
            "uses",
            "use",
            "used",
            "bought",
            "buys",
            "buy",
            "buying",
            "purchased",
            "purchases",
            "acquired",
            "ordered",
            "received",
        ];
        const PREPOSITIONS: &[&str] = &["in", "on", "for", "of", "with", "aboard", "to"];
        /// Words after the craft's noun that end its phrase: a verb, a link or a clause.
        const HOW_MADE_OR_LINKED: &[&str] = &[
            "is", "are", "was", "were", "will", "has", "have", "had", "and", "or", "but", "that",
            "which", "for", "in", "into", "from", "to", "with", "by", "on", "at", "launched",
            "arrived", "failed", "built", "made", "orbit", "orbiting",
        ];
        /// Words between the owner and the maker: a verb of having and a quantity.
        const OWNER_WORDS: usize = 4;
        /// Words between the compound and the craft's noun: adjectives.
        const CRAFT_WORDS: usize = 3;
        if cue.role != CueRole::MadeBy || !self.only_cue_of_a_kind(cue) {
            return false;
        }
        let Some(maker) = parties
            .iter()
            .filter(|p| p.end <= cue.start)
            .max_by_key(|p| p.end)
        else {
            return false;
        };
        let joined = self.text[maker.end..cue.start]
            .chars()
            .all(|c| matches!(c, '-' | '\u{2010}' | '\u{2013}'));
        // The craft's noun heads what is made: no preposition before it ("US-made parts in
        // its satellite"), no noun of a part after it ("satellite antenna").
        let after: Vec<_> = word_iter(&self.text[cue.end..self.sentence.end])
            .take(CRAFT_WORDS + 2)
            .collect();
        let craft = after
            .iter()
            .take(CRAFT_WORDS + 1)
            .position(|w| is_one_of(w.text, CRAFTS) || is_one_of(w.text, &["probe", "probes"]));
        let craft = craft.is_some_and(|at| {
            after[..at].iter().all(|w| !is_one_of(w.text, PREPOSITIONS))
                && after.get(at + 1).is_none_or(|next| {
                    !next.text.starts_with(char::is_lowercase)
                        || is_one_of(next.text, HOW_MADE_OR_LINKED)
                })
        });
        if !joined || !craft {
            return false;
        }
        parties
            .iter()
            .filter(|p| p.end <= maker.start)
            .any(|owner| {
                let between = &self.text[owner.end..maker.start];
                let words: Vec<_> = word_iter(between).collect();
                self.gazetteer.home_country(owner.entry) != self.gazetteer.home_country(maker.entry)
                    && !between.contains([',', ';', '(', ')'])
                    && words.len() <= OWNER_WORDS
                    && (after_possessive(between).is_some()
                        || words.first().is_some_and(|w| is_one_of(w.text, HAS)))
            })
    }

    /// Whether the words from `from` to the maker's cue at `to` are a whole craft and how it
    /// is being made ("first satellite was", "NigComSat-1R satellite,", "new satellite
    /// currently being"): at most a few words, no party, no comma but one before the cue, and
    /// a craft's noun or a mission's name last.
    fn owned_craft(&self, from: usize, to: usize) -> bool {
        const HOW_MADE: &[&str] = &[
            "is",
            "was",
            "are",
            "were",
            "will",
            "be",
            "being",
            "been",
            "has",
            "have",
            "had",
            "currently",
            "now",
            "already",
            "also",
            "which",
            "that",
        ];
        const OWNED_WORDS: usize = 7;
        let owned = &self.text[from..to];
        let owned = after_possessive(owned).unwrap_or(owned);
        // ", now being built by", ", which was built by": the words of how, and the comma.
        let mut head = owned.trim_end().trim_end_matches(',').trim_end();
        while is_one_of(last_word(head), HOW_MADE) {
            head = head[..head.len() - last_word(head).len()]
                .trim_end()
                .trim_end_matches(',')
                .trim_end();
        }
        let head_end = to - owned.len() + head.len();
        at_most_words(owned, OWNED_WORDS)
            && !head.contains([',', ';', '(', ')'])
            && !self
                .mentions
                .iter()
                .any(|m| m.start >= from && m.end <= to && self.is_party(m))
            && (is_one_of(last_word(head), CRAFTS)
                || self
                    .mention_ending_at(head_end)
                    .is_some_and(|m| self.is_mission(m)))
    }

    /// "KARI will launch South Korea's first lunar mission with NASA": a country named only as
    /// the owner of a thing its own body, named before it, works on is that body's country,
    /// not a party of its own.
    fn set_aside_owner_countries(&self, parties: &mut Vec<ClaimEntity>, notes: &mut Notes) {
        let owners: Vec<usize> = parties
            .iter()
            .filter(|country| {
                let entry = self.gazetteer.entry(country.entry);
                let its_own = |body: &ClaimEntity| {
                    body.entry != country.entry
                        && self.gazetteer.home_country(body.entry).as_deref()
                            == Some(entry.id.as_str())
                };
                let owns_what_follows = parties
                    .iter()
                    .any(|body| body.end <= country.start && its_own(body))
                    && self.only_owns_what_follows(country.entry);
                // "Conida, Peru's space agency": written in its agency's name, the country is
                // that agency's, not the owner of what follows.
                let in_its_agency_name = self
                    .mention_starting_at(country.start)
                    .is_some_and(|m| m.entry != country.entry);
                entry.kind == EntityType::Country
                    && country.antecedent.is_none()
                    && !in_its_agency_name
                    && owns_what_follows
            })
            .map(|country| country.entry)
            .collect();
        notes.take_out(
            parties,
            |p| owners.contains(&p.entry),
            "the owner of what its own body works on",
        );
    }

    /// "The US, Japan and Guam signed an agreement": a dependent territory beside the country
    /// it belongs to is part of that country, not a party of its own.
    fn set_aside_territories(&self, parties: &mut Vec<ClaimEntity>, notes: &mut Notes) {
        let territories: Vec<usize> = parties
            .iter()
            .filter(|p| {
                self.gazetteer
                    .sovereign(p.entry)
                    .is_some_and(|s| parties.iter().any(|q| q.entry == s))
            })
            .map(|p| p.entry)
            .collect();
        notes.take_out(
            parties,
            |p| territories.contains(&p.entry),
            "a territory of a country among the parties",
        );
    }

    /// "carried into orbit on a SpaceX Falcon Heavy rocket", "a seat on Russia's Soyuz": a
    /// body or country named right before a vehicle it runs, or owning it, is the supplier of
    /// the ride, not a party. One named again later in the sentence as no maker ("to drop
    /// Russia's Soyuz … sanctions against Russia") is a party there.
    fn set_aside_vehicle_makers(&self, parties: &mut Vec<ClaimEntity>, notes: &mut Notes) {
        let is_maker = |p: &ClaimEntity| self.names_its_vehicle(p) || self.makes_a_vehicle(p);
        let mut makers = Vec::new();
        for party in parties.iter_mut().filter(|p| p.antecedent.is_none()) {
            if !is_maker(party) {
                continue;
            }
            // Mentions are in text order: those after the party start where a binary search
            // says.
            let after = self.mentions.partition_point(|m| m.start <= party.start);
            let named_again = self.mentions[after..]
                .iter()
                .filter(|m| m.entry == party.entry && self.is_party(m))
                .map(|m| ClaimEntity::named(m))
                .find(|again| !is_maker(again));
            match named_again {
                Some(again) => *party = again,
                None => makers.push(party.start),
            }
        }
        notes.take_out(
            parties,
            |p| makers.contains(&p.start),
            "the maker of the vehicle named after it",
        );
    }

    /// "The satellite, a joint venture of Kenya and Peru, was launched by Arianespace": the
    /// agent of a launch that is not what the sentence states provides a service bought, not
    /// a part in the cooperation, when two or more parties are left without it. The agent
    /// stays when the cooperation is stated of the launch itself ("launched by NASA in
    /// partnership with ESA") or when it leads a mission the sentence names ("Chandrayaan-1 …
    /// was launched by ISRO").
    fn set_aside_launch_providers(
        &self,
        main_cue: &CueMatch,
        parties: &mut Vec<ClaimEntity>,
        notes: &mut Notes,
    ) {
        let launched_by = |p: &ClaimEntity| {
            let Some(verb) = self.launch_agent_verb(p) else {
                return false;
            };
            // One agent alone: "jointly launched by Kenya, Peru and Chile" names who launch
            // together.
            let joint = ["jointly", "together", "co-"]
                .iter()
                .any(|j| verb.trim_end().ends_with(j));
            // The launch is the cue: "Kenya and Peru's satellite was launched by ISRO".
            let verb_start = self.sentence.start + verb.len();
            let stated_before = main_cue.start < p.start && verb_start <= main_cue.end;
            // "launched by NASA in partnership with ESA": the cue goes on from the agent.
            let gap = self.text.get(p.end..main_cue.start).unwrap_or(",");
            let stated_after = main_cue.start >= p.end
                && !gap.contains([',', ';', ':'])
                && word_iter(gap).count() <= 3
                && !self
                    .mentions
                    .iter()
                    .any(|m| p.end <= m.start && m.end <= main_cue.start);
            let entry = self.gazetteer.entry(p.entry);
            let leads_a_mission = self.mentions.iter().any(|m| {
                let mission = self.gazetteer.entry(m.entry);
                mission.kind.is_mission() && mission.attributes.get("lead") == Some(&entry.id)
            });
            !joint
                && !self.launch_agents_listed(p)
                && !stated_before
                && !stated_after
                && !leads_a_mission
        };
        // "Danuri, carrying a NASA camera, was launched by SpaceX": a thing given to the
        // mission before its launch is named is no part of the launch; its provider is no
        // party even when no other party is left. A space agency that launches it is likely
        // its owner ("The orbiter, carrying a NASA radar, was launched by ISRO").
        let given_before = main_cue.role == CueRole::Kind(ClaimKind::Contribution)
            && parties.iter().all(|p| {
                self.launch_agent_verb(p).is_none_or(|verb| {
                    main_cue.end < self.sentence.start + verb.len()
                        && self.gazetteer.entry(p.entry).kind != EntityType::Agency
                })
            });
        let providers = parties.iter().filter(|p| launched_by(p)).count();
        if providers > 0 && (given_before || parties.len() - providers >= 2) {
            notes.take_out(parties, launched_by, "the provider of a launch");
        }
    }

    /// The sentence up to "launched by" (or "carried into orbit by", …) when `party` is the
    /// agent right after it, past an article and an owner's possessive ("launched by the
    /// ESA", "launched by India's ISRO").
    fn launch_agent_verb(&self, party: &ClaimEntity) -> Option<&str> {
        let mut before =
            without_final_article(self.text[self.sentence.start..party.start].trim_end())
                .trim_end();
        let owner = last_word(before);
        if owner.ends_with("'s") || owner.ends_with("’s") {
            before =
                without_final_article(before[..before.len() - owner.len()].trim_end()).trim_end();
        }
        // "launched by either SpaceX or Arianespace": each is the agent.
        if let Some(first) = before.strip_suffix(" or") {
            let first_end = self.sentence.start + first.len();
            let first_agent = self.mentions.iter().find(|m| m.end == first_end)?;
            return self.launch_agent_verb(&ClaimEntity::named(first_agent));
        }
        let before = before.strip_suffix(" either").unwrap_or(before);
        LAUNCHED_BY
            .iter()
            .find_map(|phrase| before.strip_suffix(phrase))
    }

    /// Whether the party `mention`, after a comma, describes the party `before` it (an
    /// entity) rather than following it in a list: the same body again ("ISRO, the Indian
    /// space agency") or an owner's possessive before a common noun ("ISRO, India's space
    /// agency"; not "NASA, Japan's JAXA" nor "NASA, Japan's space agency JAXA").
    fn in_apposition(&self, before: usize, mention: &Mention) -> bool {
        const NOUN_WORDS: usize = 3;
        if mention.entry == before {
            return true;
        }
        let Some(owned) = after_possessive(&self.text[mention.end..self.sentence.end]) else {
            return false;
        };
        // "Japan's space agency JAXA": a name after the common noun is the list's item.
        let mut words = word_iter(owned).take(NOUN_WORDS + 1).peekable();
        let common = words
            .peek()
            .is_some_and(|noun| noun.text.starts_with(char::is_lowercase));
        let names_after = words
            .find(|w| !w.text.starts_with(char::is_lowercase))
            .is_some_and(|w| {
                self.mention_starting_at(self.sentence.end - owned.len() + w.start)
                    .is_some_and(|m| self.is_party(m))
            });
        common && !names_after
    }

    /// Whether another party follows the launch agent in a list ("launched by Kenya, Peru and
    /// Chile"; not "either SpaceX or Arianespace", one of them), rather than an apposition or
    /// a clause ("by Arianespace, the European launch company", "by Arianespace and reached
    /// orbit").
    fn launch_agents_listed(&self, party: &ClaimEntity) -> bool {
        let after = &self.text[party.end..self.sentence.end];
        let rest = after.trim_start_matches([',', ' ']);
        let rest = rest.strip_prefix("and ").unwrap_or(rest);
        let rest = ["the ", "a ", "an "]
            .iter()
            .find_map(|a| rest.strip_prefix(a))
            .unwrap_or(rest);
        let next_at = self.sentence.end - rest.len();
        rest.len() < after.len()
            && self
                .mention_starting_at(next_at)
                .is_some_and(|m| self.is_party(m) && !self.in_apposition(party.entry, m))
    }

    /// Whether a launch vehicle or crew vehicle that the party runs (its `lead`), or that is
    /// of the party's country, is named right after the party or its possessive, or a noun
    /// for a vehicle follows it ("a SpaceX rocket", "Peru's launcher"), and carries what the
    /// sentence is about rather than receiving it (see [`Self::vehicle_receives`]).
    fn names_its_vehicle(&self, party: &ClaimEntity) -> bool {
        let rest = &self.text[party.end..self.sentence.end];
        let Some(name) = after_possessive(rest).unwrap_or(rest).strip_prefix(' ') else {
            return false;
        };
        let name_at = self.sentence.end - name.len();
        // "on a SpaceX rocket": a noun for a vehicle after the party.
        if let Some(word) = self
            .cue_starting_at(name_at)
            .filter(|c| c.role == CueRole::VehicleWord)
        {
            return !self.vehicle_receives(party, word.end);
        }
        let Some(vehicle) = self.mention_starting_at(name_at) else {
            return false;
        };
        let entry = self.gazetteer.entry(vehicle.entry);
        if !matches!(entry.kind, EntityType::LaunchVehicle | EntityType::Vehicle) {
            return false;
        }
        let maker = &self.gazetteer.entry(party.entry).id;
        let lead = entry.attributes.get("lead");
        let country_of = |index: usize| self.gazetteer.home_country(index);
        let its_own = lead.is_some_and(|lead| lead == maker)
            || country_of(vehicle.entry).as_ref() == Some(maker)
            || lead
                .and_then(|lead| self.gazetteer.index_of(lead))
                .and_then(country_of)
                .as_ref()
                == Some(maker);
        its_own && !self.vehicle_receives(party, vehicle.end)
    }

    /// Whether the vehicle of `party`, ending at `vehicle_end`, receives what is given or
    /// made: "for", "to" or "into" before it after a verb of giving or making ("supply the
    /// engines for Peru's rocket", "built the upper stage for the Ghana rocket"), its owner
    /// then taking part; a launch or a ride it sells is a service bought ("a contract for a
    /// SpaceX Falcon 9 launch").
    fn vehicle_receives(&self, party: &ClaimEntity, vehicle_end: usize) -> bool {
        const SERVICES: &[&str] = &[
            "launch", "launches", "ride", "rides", "flight", "flights", "service", "services",
        ];
        // What a vehicle carries is no part of it ("built the cubesat for a SpaceX rocket").
        const PAYLOADS: &[&str] = &[
            "satellite",
            "satellites",
            "cubesat",
            "cubesats",
            "probe",
            "probes",
            "payload",
            "payloads",
            "spacecraft",
            "lander",
            "rover",
            "funding",
        ];
        let before = self.text[self.sentence.start..party.start].trim_end();
        let service = self.text[vehicle_end..self.sentence.end]
            .split_whitespace()
            .next()
            .is_some_and(|next| {
                is_one_of(
                    next.trim_end_matches(|c: char| !c.is_alphabetic()),
                    SERVICES,
                )
            });
        ["for", "to", "into"].contains(&last_word(without_final_article(before)))
            && !service
            && self.cues.iter().any(|c| {
                matches!(
                    c.role,
                    CueRole::Kind(ClaimKind::Contribution) | CueRole::MadeBy
                ) && c.end <= party.start
                    && !word_iter(&self.text[c.end..party.start])
                        .any(|w| is_one_of(w.text, PAYLOADS))
            })
    }

    /// Whether the party is the maker after a "built by" set off after a vehicle: "the Soyuz
    /// rocket, built by Roscosmos, launched …" (a ride supplied, not a part of the mission).
    fn makes_a_vehicle(&self, party: &ClaimEntity) -> bool {
        self.cues.iter().any(|c| {
            if !is_agent_cue(c)
                || c.end > party.start
                || !is_article_only(&self.text[c.end..party.start])
            {
                return false;
            }
            let before = self.text[self.sentence.start..c.start].trim_end();
            let Some(made) = before.strip_suffix(',') else {
                return false;
            };
            let made_end = self.sentence.start + made.trim_end().len();
            self.mentions
                .iter()
                .rev()
                .find(|m| m.end <= made_end)
                .is_some_and(|m| {
                    matches!(
                        self.kind_of(m),
                        EntityType::LaunchVehicle | EntityType::Vehicle
                    ) && at_most_words(&self.text[m.end..made_end], 1)
                })
        })
    }

    /// Whether every mention of an entry in the sentence is a possessive that owns the thing
    /// written after it ("South Korea's first lunar mission").
    fn only_owns_what_follows(&self, entry: usize) -> bool {
        self.mentions
            .iter()
            .filter(|m| m.entry == entry)
            .all(|m| self.owns_what_follows(m))
    }

    /// Whether a party is named right after a maker's "by" and before a customer among the
    /// parties ("built by INVAP for CONAE").
    fn supplies_a_customer(&self, party: &ClaimEntity, parties: &[ClaimEntity]) -> bool {
        let after_by = self.cues.iter().any(|c| {
            is_agent_cue(c)
                && c.end <= party.start
                && is_article_only(&self.text[c.end..party.start])
        });
        after_by
            && parties.iter().any(|customer| {
                customer.start > party.end && self.is_customer_after(party, customer)
            })
    }

    /// Whether `customer` is named as what `maker` makes something for: right after "for"
    /// ("by INVAP for the CONAE"), or as the acronym after an unlisted spelling of its name
    /// ("by INVAP for the National Space Agency (CONAE)").
    fn is_customer_after(&self, maker: &ClaimEntity, customer: &ClaimEntity) -> bool {
        let gap = self.text[maker.end..customer.start].trim();
        let Some(name) = CUSTOMER_OPENERS
            .iter()
            .find_map(|opener| after_phrase(gap, opener))
        else {
            return false;
        };
        let name = name.trim_start();
        let name = name.strip_prefix("the ").unwrap_or(name);
        if name.is_empty() {
            return self.is_customer(customer);
        }
        name.strip_suffix('(').is_some_and(|spelled| {
            spelled
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase) || NAME_CONNECTORS.contains(&w))
        })
    }

    /// A reference back to the mission: with no mission named, "the probe", "the
    /// mission" add the most recent earlier one; the confidence drops and the rule says
    /// `+mission_reference`.
    fn add_referred_mission(
        &self,
        cues: &[&CueMatch],
        discourse: &Discourse,
        missions: &mut Vec<ClaimEntity>,
        derivation: &mut Derivation,
    ) {
        let Some(reference) = cues.iter().find_map(|c| self.mission_reference(c)) else {
            return;
        };
        let phrase = &self.text[reference.0..reference.1];
        if let Some((m, _)) = discourse.recent_mission(self.gazetteer, self.index, phrase) {
            missions.push(m.referred_to_by(reference));
            derivation.through_reference("+mission_reference");
        }
    }

    /// The span of a phrase that refers back to an earlier mission: a listed reference ("the
    /// lander", "the project"), or "the" before the singular of a word for a whole mission
    /// ("the satellite", "the programme").
    pub(super) fn mission_reference(&self, cue: &CueMatch) -> Option<(usize, usize)> {
        match cue.role {
            CueRole::MissionReference => Some((cue.start, cue.end)),
            CueRole::MissionWord => {
                let before = &self.text[self.sentence.start..cue.start];
                let the = before.len().checked_sub(4).filter(|&at| {
                    before.is_char_boundary(at)
                        && before[at..].eq_ignore_ascii_case("the ")
                        && (at == 0 || !before[..at].ends_with(char::is_alphanumeric))
                })?;
                let singular = self.text[cue.start..cue.end].eq_ignore_ascii_case(&cue.lemma);
                singular.then_some((self.sentence.start + the, cue.end))
            }
            _ => None,
        }
    }

    /// Whether the parties made something together rather than one for another: "developed
    /// by A and B", "A and B built the probe" — no recipient named ("for …"), no party on the
    /// other side of the maker cue (before "built by", after "A built"), and fewer than two maker phrases
    /// ("a platform built by A and a module designed by B" is each contributing a part).
    fn co_developed(
        &self,
        main_cue: &CueMatch,
        cues: &[&CueMatch],
        parties: &[ClaimEntity],
    ) -> bool {
        let has_recipient = parties.iter().any(|p| self.follows_for(p));
        let co_made = !has_recipient
            && if is_agent_cue(main_cue) {
                !parties.iter().any(|p| p.end <= main_cue.start)
                    && !self.owner_beyond_the_makers(main_cue, parties)
            } else {
                (main_cue.role == CueRole::MadeBy
                    && !parties.iter().any(|p| p.start >= main_cue.end))
                    || self.made_with_a_partner(main_cue, cues, parties)
            };
        co_made && self.maker_phrases(main_cue, cues, parties) < 2 && !self.each_its_own(parties)
    }

    /// Whether a party after the makers listed after an agent cue owns what is written after
    /// it: "the camera, provided by Peru, will fly on Chile's lander" gives to Chile's lander,
    /// it is not made with Chile.
    fn owner_beyond_the_makers(&self, agent_cue: &CueMatch, parties: &[ClaimEntity]) -> bool {
        let makers = self.coordinated_from(parties, agent_cue.end);
        let Some(makers_end) = makers.iter().map(|m| m.end).max() else {
            return false;
        };
        parties.iter().any(|p| {
            p.start >= makers_end
                && after_possessive(&self.text[p.end..self.sentence.end]).is_some_and(|owned| {
                    let at = self.sentence.end - owned.len();
                    self.party_starting_at(at, self.sentence.end).is_none()
                })
        })
    }

    /// Whether the parties are subjects of contrasted clauses, each with its own part: "Chile
    /// will build the orbiter, while Peru will make the payloads", or of an absolute clause
    /// ("the probe is built by Chile with Peru providing the camera").
    fn each_its_own(&self, parties: &[ClaimEntity]) -> bool {
        let absolute = parties.iter().any(|p| {
            let acts = self.text[p.end..self.sentence.end]
                .split_whitespace()
                .next()
                .is_some_and(|w| w.len() > 4 && w.ends_with("ing"));
            acts && self.follows_word(p, "with")
        });
        if absolute {
            return true;
        }
        let (Some(first), Some(last)) = (
            parties.iter().map(|p| p.end).min(),
            parties.iter().map(|p| p.start).max(),
        ) else {
            return false;
        };
        first < last && {
            let between = &self.text[first..last];
            between.contains(';') || [" while ", " whereas "].iter().any(|w| between.contains(w))
        }
    }

    /// How many maker phrases name their maker: "built by CAS", "the NASA-designed orbiter",
    /// and a parallel clause with a bare "by" ("the probe was built by Spain and the camera by
    /// Portugal").
    fn maker_phrases(
        &self,
        main_cue: &CueMatch,
        cues: &[&CueMatch],
        parties: &[ClaimEntity],
    ) -> usize {
        let right_after = |c: &CueMatch, p: &ClaimEntity| {
            c.end <= p.start && is_article_only(&self.text[c.end..p.start])
        };
        let named = cues
            .iter()
            .filter(|c| {
                (is_agent_cue(c) && parties.iter().any(|p| right_after(c, p)))
                    || (c.role == CueRole::MadeBy && self.follows_party(c))
            })
            .count();
        let after_agent_cue =
            |p: &ClaimEntity| cues.iter().any(|c| is_agent_cue(c) && right_after(c, p));
        let parallel = parties
            .iter()
            .filter(|p| p.start > main_cue.end && self.follows_word(p, "by") && !after_agent_cue(p))
            .count();
        named + parallel
    }

    /// The kind as modality and the parties settle it: what an agreement sets out is that
    /// agreement; cooperation only wished for, or planned in general ("China and Peru plan to
    /// cooperate"; not "plan to jointly build a probe"), is an intent; a collaboration about
    /// a mission it names as its subject, or "a joint mission", is a joint mission; a
    /// contribution the parties made together (`co_developed`) is a collaboration.
    fn settle_kind(
        &self,
        kind: ClaimKind,
        modality: Modality,
        modal_cue: Option<&CueMatch>,
        main_cue: &CueMatch,
        missions: &[ClaimEntity],
        co_developed: bool,
    ) -> ClaimKind {
        // Wished, or planned by a verb of planning ("plan to"), not only in the future.
        let only_wished_or_planned = modality == Modality::Intended
            || (modality == Modality::Planned
                && modal_cue.is_some_and(|c| c.role == CueRole::Plan));
        // "The memorandum aims to strengthen cooperation …": what an agreement sets out.
        let stipulated = self.cues.iter().any(|c| {
            c.role == CueRole::Intended && c.end <= main_cue.start && self.aim_of_an_agreement(c)
        });
        // "According to the memorandum, Chile and Peru will set up a joint committee": the
        // cooperation is what the agreement cited where the sentence opens sets out. A cue of
        // a narrower kind ("Peru will host the station for Chile") keeps its kind.
        let cited_from_an_agreement = kind == ClaimKind::Collaboration
            && self.cues.iter().any(|c| {
                c.role == CueRole::Speech
                    && c.end <= main_cue.start
                    && self.opens_sentence(c)
                    && is_according_to(c)
                    && self.cites_an_agreement(c)
            });
        match (kind, modality) {
            (ClaimKind::Prohibition, _) => kind,
            _ if stipulated || cited_from_an_agreement => ClaimKind::Agreement,
            // Wishing or planning to make a mission together is still a joint mission: "plan
            // to jointly develop a satellite".
            (ClaimKind::Collaboration, _)
                if only_wished_or_planned
                    && !self.presents_a_joint_mission(main_cue)
                    && !self.makes_a_mission(main_cue) =>
            {
                ClaimKind::Intent
            }
            (ClaimKind::Collaboration, _)
                if self.mission_is_subject(missions, main_cue)
                    || self.presents_a_joint_mission(main_cue)
                    || self.makes_a_mission(main_cue) =>
            {
                ClaimKind::JointMission
            }
            (ClaimKind::Contribution, _) if co_developed && self.makes_a_mission(main_cue) => {
                ClaimKind::JointMission
            }
            (ClaimKind::Contribution, _) if co_developed => ClaimKind::Collaboration,
            _ => kind,
        }
    }

    /// The lowest confidence among the mentions that name the parties: a claim is no surer
    /// than its least certain party.
    fn weakest_mention(&self, parties: &[ClaimEntity]) -> f64 {
        self.mentions
            .iter()
            .filter(|m| parties.iter().any(|p| p.start == m.start))
            .map(|m| m.confidence)
            .fold(1.0, f64::min)
    }
}

/// What the claim rules decided for one sentence, for `extract --explain`: the parties they
/// set aside and why, and the outcome.
#[derive(Debug, Default)]
pub(super) struct Notes {
    /// (entity index, raw start, raw end, why) of every party set aside.
    pub(super) set_aside: Vec<(usize, usize, usize, &'static str)>,
    /// "claim", or why there is none.
    pub(super) outcome: &'static str,
    /// The rules of the claims made.
    pub(super) rules: Vec<String>,
}

impl Notes {
    fn set_aside(&mut self, party: &ClaimEntity, why: &'static str) {
        let note = (party.entry, party.start, party.end, why);
        if !self.set_aside.contains(&note) {
            self.set_aside.push(note);
        }
    }

    fn set_aside_all<'a>(
        &mut self,
        parties: impl Iterator<Item = &'a ClaimEntity>,
        why: &'static str,
    ) {
        for party in parties {
            self.set_aside(party, why);
        }
    }

    /// Sets aside the parties `out` picks, and removes them from `parties`; `out` judges each
    /// party once.
    fn take_out(
        &mut self,
        parties: &mut Vec<ClaimEntity>,
        out: impl Fn(&ClaimEntity) -> bool,
        why: &'static str,
    ) {
        let picked: Vec<bool> = parties.iter().map(out).collect();
        self.set_aside_all(
            parties
                .iter()
                .zip(&picked)
                .filter(|(_, &picked)| picked)
                .map(|(p, _)| p),
            why,
        );
        // `retain` visits the parties once each, in order.
        let mut picked = picked.into_iter();
        parties.retain(|_| !picked.next().unwrap_or(false));
    }
}

/// Nouns that name a body as a part of another: "the commercial arm of ISRO".
const BELONGING_NOUNS: &[&str] = &[
    "arm",
    "subsidiary",
    "branch",
    "division",
    "unit",
    "wing",
    "affiliate",
    "part",
];

/// Words after a list of parties that bring in more of them: "between Kenya and Peru, with
/// representatives of KSA", "… and later Chile"; so does "to" after a participle ("was
/// extended to Chile"). A bare "and" or "to" after the list goes on with the relation
/// ("between Kenya and Peru to build the rover").
const JOINING_WORDS: &[&str] = &[
    "also",
    "plus",
    "even",
    "later",
    "along",
    "alongside",
    "with",
    "including",
    "involving",
    "by",
];

/// Subject pronouns that open a clause ("…, it will train", "When they signed").
const SUBJECT_PRONOUNS: &[&str] = &["it", "they", "we", "he", "she"];

/// Words that open a subordinate clause when they open the sentence.
const SUBORDINATORS: &[&str] = &[
    "as", "since", "because", "while", "although", "though", "whereas", "when", "once", "if",
    "unless", "after", "before",
];

/// The clauses of a sentence besides the main cue's, which may state claims of their own.
#[derive(Default)]
struct OtherClauses {
    /// Their spans, in text order.
    spans: Vec<(usize, usize)>,
    /// The main cue's clause names two parties, refers back to them, or follows an opening
    /// subordinate clause, which lent it none of its parties: its claim stands beside theirs.
    main_names_two: bool,
    /// The relative clauses about a thing whose parties the main claim set aside ("which
    /// China and Russia jointly lead"), each from its relative pronoun.
    descriptions: Vec<(usize, usize)>,
    /// A second predicate of the main clause's subject ("…, preferring to work with
    /// Chile"): where the subject starts, and the stretch from the subject's end to the
    /// second predicate's clause, which that clause skips.
    predicate: Option<(usize, (usize, usize))>,
}

/// Two predicates of one subject ([`SentenceView::two_predicates`]).
#[derive(Clone, Copy)]
struct Predicates {
    /// The span of the subject.
    subject: (usize, usize),
    /// Where the words both predicates share end: the subject's end, or the first verb's
    /// start after an auxiliary or a plan ("Kenya will").
    shared_to: usize,
    /// Where the first predicate ends, before the link.
    border: usize,
    /// Where the second predicate starts, after the link.
    second: usize,
}

/// The parties, name modifiers and missions a sentence names, before the rules narrow them.
#[derive(Default)]
struct Named {
    /// Parties in text order, one per entity.
    parties: Vec<ClaimEntity>,
    /// Countries written inside a longer name ("the U.S. Congress"): parties only when the
    /// sentence has fewer than two others.
    modifiers: Vec<ClaimEntity>,
    /// Missions and programmes, one per entity.
    missions: Vec<ClaimEntity>,
}

/// The rule a claim is found by and its confidence before its weakest mention counts: a cue
/// in a sentence that names everything, then each reference back, which lowers the confidence
/// and is named in the rule.
struct Derivation {
    rule: String,
    confidence: f64,
}

impl Derivation {
    /// A claim stated by `cue`, with its parties and mission named in the sentence.
    fn stated_by(cue: &CueMatch) -> Derivation {
        Derivation {
            rule: format!("cue:{}", cue.lemma),
            confidence: BASE_CONFIDENCE,
        }
    }

    /// A party or the mission came from a reference back, named by `suffix` in the rule.
    fn through_reference(&mut self, suffix: &str) {
        self.confidence *= REFERENCE_FACTOR;
        self.rule.push_str(suffix);
    }
}

/// Parties sorted by where they are written: references back add theirs after the named ones.
fn in_text_order<'p>(
    parties: impl Iterator<Item = &'p ClaimEntity>,
) -> std::vec::IntoIter<&'p ClaimEntity> {
    let mut sorted: Vec<&ClaimEntity> = parties.collect();
    sorted.sort_by_key(|p| (p.start, p.end));
    sorted.into_iter()
}

/// The items of `items` (in text order) that lie within `part`, found from its start by binary
/// search.
fn within<'a, T>(
    items: &[&'a T],
    part: &Sentence,
    span: impl Fn(&T) -> (usize, usize),
) -> Vec<&'a T> {
    let first = items.partition_point(|item| span(item).0 < part.start);
    items[first..]
        .iter()
        .copied()
        .take_while(|item| span(item).0 < part.end)
        .filter(|item| span(item).1 <= part.end)
        .collect()
}

/// Whether two claims have the same parties.
fn same_parties(a: &Claim, b: &Claim) -> bool {
    a.parties.len() == b.parties.len()
        && a.parties
            .iter()
            .all(|p| b.parties.iter().any(|q| q.entry == p.entry))
}

/// Whether two parties are named by one span: the parties of one reference ("the two sides").
fn same_span(a: &ClaimEntity, b: &ClaimEntity) -> bool {
    (a.start, a.end) == (b.start, b.end)
}

/// Whether byte `at` falls inside one of the half-open `ranges`.
fn in_ranges(ranges: &[(usize, usize)], at: usize) -> bool {
    ranges.iter().any(|&(s, e)| at >= s && at < e)
}

/// A measure one side imposes on another, sanctions or an embargo: the parties of a claim
/// must include both sides.
fn is_imposed_measure(cue: &CueMatch) -> bool {
    cue.role == CueRole::Kind(ClaimKind::Prohibition)
        && ["sanction", "embargo"]
            .iter()
            .any(|stem| cue.lemma.starts_with(stem))
}

/// Whether a gap between two names only lists them: a comma, "and" or "or", an article, after
/// the first name's acronym in brackets ("NASA (US), the CSA and ESA").
fn only_lists(gap: &str) -> bool {
    let gap = gap.trim_start();
    let after_acronym = match gap.strip_prefix('(') {
        Some(bracketed) => match bracketed.split_once(')') {
            Some((_, after)) => after,
            None => return false,
        },
        None => gap,
    };
    is_list_separator(after_acronym)
}

/// Whether the gap between two names is "and", then a descriptor of a body and a comma, as in
/// "Kenya and the Peruvian agency, CONIDA": the name after it is the item described.
fn describes_the_next_item(gap: &str) -> bool {
    let Some(rest) = gap.strip_prefix(" and ") else {
        return false;
    };
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    let Some((descriptor, after)) = rest.split_once(", ") else {
        return false;
    };
    matches!(after, "" | "the ") && before_a_body_descriptor(descriptor) == Some("")
}

/// Adds `entity` unless the list already holds its entry.
fn push_distinct(list: &mut Vec<ClaimEntity>, entity: ClaimEntity) {
    if !list.iter().any(|p| p.entry == entity.entry) {
        list.push(entity);
    }
}

/// The cue that refers back to parties, if one counts: "the agency" always; a plural one
/// ("both countries") only when the sentence names fewer than two parties, as in a sentence
/// that names two it points inside ("NASA may not work with China, though scientists of both
/// countries meet"); a pronoun ("they") only then and when it `opens_sentence`.
fn party_reference<'c>(
    cues: &[&'c CueMatch],
    named_parties: usize,
    opens_sentence: impl Fn(&CueMatch) -> bool,
) -> Option<&'c CueMatch> {
    cues.iter().copied().find(|c| match c.role {
        CueRole::PartiesReference => named_parties < 2,
        CueRole::PronounReference => named_parties < 2 && opens_sentence(c),
        CueRole::SubjectPronoun => opens_sentence(c),
        CueRole::PartyReference => true,
        _ => false,
    })
}

/// When the named parties make no pair (`no_pair`: fewer than two, or one body or country),
/// the countries written as a pair inside a longer name ("the Korea-U.S. Cooperation
/// Agreement") or as a compound's agent ("China-affiliated firms") count as parties too, and
/// the parties are put in text order.
fn fall_back_to_modifiers(
    parties: &mut Vec<ClaimEntity>,
    modifiers: Vec<ClaimEntity>,
    no_pair: bool,
) {
    if no_pair {
        for m in modifiers {
            push_distinct(parties, m);
        }
        parties.sort_by_key(|p| p.start);
    }
}

/// Talks and negotiations are about cooperation still to come: an intent is never `actual`.
fn settle_modality(kind: ClaimKind, modality: Modality) -> Modality {
    match (kind, modality) {
        (ClaimKind::Intent, Modality::Actual) => Modality::Intended,
        _ => modality,
    }
}

/// The spans of the cues that decided kind, polarity and modality, in text order.
fn cue_spans(
    main: &CueMatch,
    modal: Option<&CueMatch>,
    negated: Option<&CueMatch>,
) -> Vec<(usize, usize)> {
    let mut spans = vec![(main.start, main.end)];
    spans.extend(modal.map(|c| (c.start, c.end)));
    spans.extend(negated.map(|c| (c.start, c.end)));
    // A cue may be both the one that decides and the one that qualifies ("considering"), or
    // lie inside it (the verb "planning" of "planning a"): the longer span stays.
    spans.sort_unstable_by_key(|&(start, end)| (start, std::cmp::Reverse(end)));
    spans.dedup_by(|inner, outer| outer.0 <= inner.0 && inner.1 <= outer.1);
    spans
}

/// Whether a word is a determiner, which opens a noun phrase: an article, a demonstrative or a
/// possessive ("the future", "its upcoming").
pub(super) fn is_determiner(word: &str) -> bool {
    const DETERMINERS: &[&str] = &[
        "the", "a", "an", "this", "these", "those", "its", "their", "our", "his", "her",
    ];
    DETERMINERS.iter().any(|d| word.eq_ignore_ascii_case(d))
}

/// `text` without the bracketed phrase that ends it ("ESA (the agency)" → "ESA").
pub(super) fn without_bracketed_tail(text: &str) -> &str {
    match text.strip_suffix(')').and_then(|t| t.rfind('(')) {
        Some(open) => text[..open].trim_end(),
        None => text,
    }
}

/// Gap text that joins a preposition to the first name after it: nothing, or an article.
pub(super) fn is_article_only(gap: &str) -> bool {
    let gap = gap.trim();
    gap.is_empty() || gap.eq_ignore_ascii_case("the")
}

/// A gap with a leading bracketed acronym removed: "(CMSA) and" is "and".
fn strip_bracketed(gap: &str) -> &str {
    match gap.strip_prefix('(').and_then(|rest| rest.split_once(')')) {
        Some((_, after)) => after.trim(),
        None => gap,
    }
}

/// Whether a reference names a group by its article alone ("the parties", "these partners")
/// or goes through all of it ("each country"), not by a count ("the two sides") or a pair
/// ("each other").
fn is_a_group(phrase: &str) -> bool {
    let first = phrase.split_whitespace().next().unwrap_or("");
    ["the", "these", "those", "each"]
        .iter()
        .any(|a| first.eq_ignore_ascii_case(a))
}

/// Whether a word may stand between a subject and the cue of its predicate: a word of its
/// verb group, or of a copula's complement before its noun ("are among the partners", "is one
/// of the members").
fn in_subject_predicate(word: &str) -> bool {
    in_verb_group(word) || is_determiner(word) || is_one_of(word, &["among", "one", "of"])
}

/// Whether a reference names its parties as a set of so many ("the pair", "the trio").
fn names_a_set(phrase: &str) -> bool {
    phrase
        .split_whitespace()
        .any(|w| is_one_of(w, &["pair", "duo", "trio"]))
}

/// The number a reference phrase states ("the three parties": 3; "both sides": 2), if any.
fn stated_count(phrase: &str) -> Option<usize> {
    phrase.split_whitespace().find_map(|word| {
        if ["both", "pair", "duo"]
            .iter()
            .any(|w| word.eq_ignore_ascii_case(w))
        {
            return Some(2);
        }
        if word.eq_ignore_ascii_case("trio") {
            return Some(3);
        }
        let value = number_value(&word.to_lowercase())?;
        // A small whole number counts parties; "1,200" or "2.5" does not.
        (value.fract() == 0.0 && (2.0..=20.0).contains(&value)).then_some(value as usize)
    })
}

/// A contribution cue naming the agent that follows it ("developed by", "built by").
/// Prepositions that tie a part to the craft it is for or on ("the camera for Kenya's
/// satellite").
const PREPOSITIONS_OF_PARTS: &[&str] =
    &["for", "on", "of", "aboard", "onboard", "to", "into", "in"];

fn is_agent_cue(cue: &CueMatch) -> bool {
    cue.lemma.ends_with(" by")
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cue(role: CueRole, lemma: &str, start: usize) -> CueMatch {
        CueMatch {
            role,
            start,
            end: start + lemma.len(),
            lemma: lemma.to_lowercase().into(),
            verb: false,
            needs_object: false,
        }
    }

    #[test]
    fn a_cue_that_decides_and_qualifies_is_cited_once() {
        let considering = cue(CueRole::Preparation, "considering", 9);
        let will = cue(CueRole::Planned, "will", 4);
        assert_eq!(cue_spans(&considering, Some(&considering), None), [(9, 20)]);
        assert_eq!(
            cue_spans(&considering, Some(&will), None),
            [(4, 8), (9, 20)]
        );
    }

    fn entity(entry: usize, start: usize) -> ClaimEntity {
        ClaimEntity {
            entry,
            start,
            end: start + 3,
            antecedent: None,
        }
    }

    #[test]
    fn ranges_are_half_open() {
        let ranges = [(4, 8), (10, 12)];
        for (at, want) in [
            (3, false),
            (4, true),
            (7, true),
            (8, false),
            (11, true),
            (12, false),
        ] {
            assert_eq!(in_ranges(&ranges, at), want, "at {at}");
        }
        assert!(!in_ranges(&[], 0));
    }

    #[test]
    fn each_reference_back_lowers_the_confidence_and_is_named_in_the_rule() {
        let mut derivation =
            Derivation::stated_by(&cue(CueRole::Kind(ClaimKind::Agreement), "Signed", 0));
        assert_eq!(derivation.rule, "cue:signed");
        assert_eq!(derivation.confidence, BASE_CONFIDENCE);
        derivation.through_reference("+reference");
        derivation.through_reference("+mission_reference");
        assert_eq!(derivation.rule, "cue:signed+reference+mission_reference");
        assert_eq!(
            derivation.confidence,
            BASE_CONFIDENCE * REFERENCE_FACTOR * REFERENCE_FACTOR
        );
    }

    #[test]
    fn a_plural_reference_counts_only_when_fewer_than_two_parties_are_named() {
        let both = cue(CueRole::PartiesReference, "both sides", 20);
        let agency = cue(CueRole::PartyReference, "the agency", 40);
        let other = cue(CueRole::Negation, "not", 0);
        let they = cue(CueRole::PronounReference, "they", 0);
        let cases: &[(&[&CueMatch], usize, Option<usize>)] = &[
            (&[&other, &both], 1, Some(20)),
            (&[&other, &both], 2, None),
            (&[&both, &agency], 2, Some(40)),
            (&[&agency], 3, Some(40)),
            (&[&other], 0, None),
            (&[&they], 1, Some(0)),
            (&[&they], 2, None),
        ];
        for &(cues, named, want) in cases {
            let got = party_reference(cues, named, |_| true).map(|c| c.start);
            assert_eq!(got, want, "{named} parties named");
        }
        // A pronoun counts only where it opens the sentence.
        assert_eq!(
            party_reference(&[&they], 0, |_| false).map(|c| c.start),
            None
        );
    }

    #[test]
    fn modifiers_count_only_when_the_named_parties_make_no_pair() {
        /// (entry, start) of each entity.
        type EntityList = &'static [(usize, usize)];
        // (parties, modifiers, whether the parties make no pair, the parties after the
        // fall-back)
        let cases: &[(EntityList, EntityList, bool, EntityList)] = &[
            (&[(1, 30)], &[(2, 5), (1, 40)], true, &[(2, 5), (1, 30)]),
            (&[(1, 30), (3, 10)], &[(2, 5)], false, &[(1, 30), (3, 10)]),
            (
                &[(1, 30), (3, 10)],
                &[(2, 5)],
                true,
                &[(2, 5), (3, 10), (1, 30)],
            ),
            (&[], &[(2, 5)], true, &[(2, 5)]),
        ];
        for &(parties, modifiers, no_pair, want) in cases {
            let mut got: Vec<ClaimEntity> = parties.iter().map(|&(e, s)| entity(e, s)).collect();
            fall_back_to_modifiers(
                &mut got,
                modifiers.iter().map(|&(e, s)| entity(e, s)).collect(),
                no_pair,
            );
            let got: Vec<(usize, usize)> = got.iter().map(|p| (p.entry, p.start)).collect();
            assert_eq!(got, want, "parties {parties:?}, modifiers {modifiers:?}");
        }
    }

    #[test]
    fn an_intent_is_never_actual() {
        let cases = [
            (ClaimKind::Intent, Modality::Actual, Modality::Intended),
            (ClaimKind::Intent, Modality::Planned, Modality::Planned),
            (ClaimKind::Agreement, Modality::Actual, Modality::Actual),
            (
                ClaimKind::Collaboration,
                Modality::Intended,
                Modality::Intended,
            ),
        ];
        for (kind, modality, want) in cases {
            assert_eq!(
                settle_modality(kind, modality),
                want,
                "{kind:?} {modality:?}"
            );
        }
    }

    #[test]
    fn the_deciding_cues_are_listed_in_text_order() {
        let main = cue(CueRole::Kind(ClaimKind::Collaboration), "cooperate", 30);
        let modal = cue(CueRole::Planned, "will", 20);
        let negated = cue(CueRole::Negation, "not", 25);
        assert_eq!(cue_spans(&main, None, None), [(30, 39)]);
        assert_eq!(
            cue_spans(&main, Some(&modal), Some(&negated)),
            [(20, 24), (25, 28), (30, 39)]
        );
    }
}
