//! Who in a sentence is a party, and who only seems one: the sources ("according to NASA",
//! "…, ESA said"), the places, adversaries and rivals after a phrase of place or conflict,
//! countries written inside a longer name or an adjective, parties in another clause or in a
//! clause describing a thing, the customer of what is made, and parties of one family. The
//! steps of `sentence` ask these questions in order.

use crate::gazetteer::{CueMatch, CueRole, EntityType, NameWord, NAME_CONNECTORS};
use crate::record::ClaimKind;
use crate::resolve::Mention;
use crate::text::metadata;
use crate::text::normalize::{after_possessive, before_possessive, SPACED_DASHES};
use crate::text::segment::{at_most_words, is_list_separator, is_one_of, word_iter, words};
use crate::text::timex::{is_calendar_word, number_value};

use super::discourse::Fit;
use super::kinds::{FINITE, FUNCTION_WORDS, OBJECT_ENDS};
use super::sentence::{is_article_only, is_determiner, SentenceView};
use super::{
    after_phrase, ends_with_phrase, head_of, last_word, tail, tail_of, without_final_article,
    ClaimEntity, HYPHENS,
};

/// How far before a verb, in bytes, the party whose verb group it ends may stand ("Chile has
/// since then also been contracted to build").
const VERB_GROUP_REACH: usize = 96;

/// How many words may follow the speech verb of an attribution that ends its sentence ("…, ESA
/// said in a statement issued in Paris on Monday.").
const ATTRIBUTION_TAIL_WORDS: usize = 12;

/// How many words may follow the verb of an inverted attribution ("…, said the minister during
/// a meeting with a delegation of NASA led by its chief"): the speaker and the circumstances
/// of speaking, which name no party of the statement.
const INVERTED_ATTRIBUTION_WORDS: usize = 32;

/// How many capitalised words after a body's name may make an event's name with it.
const EVENT_NAME_WORDS: usize = 4;

/// Prepositions that open a phrase set off by a comma before a reported clause's subject
/// ("said that under the accord, Peru would …").
const FRONTED_PREPOSITIONS: &[&str] = &[
    "under",
    "in",
    "after",
    "before",
    "following",
    "during",
    "since",
    "through",
    "within",
    "from",
    "by",
    "with",
];

/// The pronouns by which speakers speak of themselves and their body.
const FIRST_PERSON: &[&str] = &["we", "our", "ours", "us"];

/// Words for a person who works for a body, besides the titles of the cue lexicon: "former
/// NASA astronaut Ana Lima".
const PEOPLE: &[&str] = &[
    "astronaut",
    "astronauts",
    "cosmonaut",
    "cosmonauts",
    "employee",
    "employees",
    "engineers",
    "executives",
    "manager",
    "managers",
    "researcher",
    "researchers",
    "scientists",
    "staffer",
    "staffers",
];

/// Prepositions before an event's name that make the event a time or a place.
const EVENT_PREPOSITIONS: &[&str] = &[
    "at",
    "during",
    "of",
    "in",
    "on",
    "after",
    "before",
    "ahead",
    "since",
    "from",
    "to",
    "for",
    "amid",
    "following",
];

/// Nouns that end the name of an event: a meeting, a contest or a celebration.
const EVENT_NOUNS: &[&str] = &[
    "Week",
    "Day",
    "Days",
    "Summit",
    "Dialogue",
    "Conference",
    "Congress",
    "Forum",
    "Symposium",
    "Workshop",
    "Festival",
    "Expo",
    "Exhibition",
    "Award",
    "Awards",
    "Prize",
    "Challenge",
    "Competition",
    "Hackathon",
    "Olympiad",
];

/// Lowercase words that may follow an event's name in the sentence it is named in, where a
/// noun would make the name an attribute: prepositions, conjunctions, relatives and verbs of
/// holding.
const AFTER_AN_EVENT: &[&str] = &[
    "in", "on", "at", "of", "for", "and", "or", "with", "to", "from", "by", "last", "this", "next",
    "earlier", "later", "held", "which", "that", "where", "when", "was", "were", "is", "are",
    "has", "had", "will", "took", "takes",
];

/// Lowercase nouns for bodies that "in" a country stands for ("universities in Japan", "partners
/// in Canada"): the country names them.
const BODIES_IN_A_COUNTRY: &[&str] = &[
    "agency",
    "agencies",
    "counterpart",
    "counterparts",
    "partner",
    "partners",
    "institution",
    "institutions",
    "institute",
    "institutes",
    "organisations",
    "organizations",
    "universities",
    "companies",
    "firms",
    "authorities",
    "administrations",
    "governments",
    "ministries",
    "laboratories",
    "bodies",
];

/// Whether a gap is "the" and one or two lowercase words that are no function words: the
/// adjectives of a place ("at the new", "at the main").
fn is_article_and_adjectives(gap: &str) -> bool {
    let mut words = gap.split_whitespace();
    let article = words.next().is_some_and(|w| w.eq_ignore_ascii_case("the"));
    let rest: Vec<&str> = words.collect();
    article
        && (1..=2).contains(&rest.len())
        && rest.iter().all(|w| {
            w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                && !OBJECT_ENDS.contains(w)
                && !is_determiner(w)
        })
}

/// The prepositions that place bodies in a country or bring them from one: "partners in
/// Japan", "universities within Chile", "institutes from Peru".
pub(super) const HOME_PREPOSITIONS: &[&str] = &["in", "within", "across", "throughout", "from"];

/// Whether `word` is a noun for bodies that "in" a country stands for (`BODIES_IN_A_COUNTRY`):
/// in lowercase only ("the Kenya Space Agency in Egypt" names one body and a place), unless
/// it opens the sentence ("Universities in Chile and Peru …").
pub(super) fn is_bodies_noun(word: &str, opens_sentence: bool) -> bool {
    BODIES_IN_A_COUNTRY.iter().any(|noun| {
        if opens_sentence {
            noun.eq_ignore_ascii_case(word)
        } else {
            *noun == word
        }
    })
}

/// The words an appositive describing a name opens with ("SpaceX, a launch firm, said").
const APPOSITIVE_OPENERS: &[&str] = &["a", "an", "the", "another", "one", "its", "their"];

/// The forms of "be" that make a passive or a progressive with the participle after them.
pub(super) const BE: &[&str] = &["is", "are", "was", "were", "be", "been"];

impl SentenceView<'_> {
    /// Byte ranges of the sentence that hold sources or witnesses rather than participants.
    pub(super) fn source_ranges(&self) -> Vec<(usize, usize)> {
        let (start, end) = (self.sentence.start, self.sentence.end);
        let witness_cues = self.cues.iter().filter(|c| c.role == CueRole::Witness);
        // Where the acts a witness may watch start, found once for all witnesses.
        let acts: Vec<usize> = if witness_cues.clone().next().is_some() {
            self.cues
                .iter()
                .filter(|c| matches!(c.role, CueRole::Kind(_)))
                .map(|c| c.start)
                .collect()
        } else {
            Vec::new()
        };
        let mut ranges: Vec<(usize, usize)> =
            witness_cues.map(|c| self.witnesses(c, &acts)).collect();
        // A speech verb in the passive ("… would be reported to the president", "is said to
        // have signed", "the partnership announced by the two prime ministers") has no speaker
        // before it: what stands there is what is reported.
        let passive = |c: &CueMatch| {
            let before = self.word_before(c.start);
            before.eq_ignore_ascii_case("being")
                || BE.iter().any(|b| before.eq_ignore_ascii_case(b))
                || self.text[c.end..self.sentence.end].starts_with(" by ")
        };
        let last_reference = self
            .cues
            .iter()
            .rev()
            .find(|c| c.role == CueRole::PartiesReference)
            .map(|c| c.start);
        // Where the first possible speaker ends: a party's name or a reference back to one
        // ("The agency said Peru will join …"). Mentions and cues are in text order and do
        // not overlap, so the first of each ends first.
        let first_party_end = self
            .mentions
            .iter()
            .find(|m| self.is_party(m))
            .map(|m| m.end);
        let first_reference_end = self
            .cues
            .iter()
            .find(|c| matches!(c.role, CueRole::PartiesReference | CueRole::PartyReference))
            .map(|c| c.end);
        let first_speaker_end = first_party_end.into_iter().chain(first_reference_end).min();
        // A speech verb written inside a capitalised name ("its Member States", "the Space
        // Council Notes") or as a plural after a determiner ("its member states") is a noun
        // there and reports nothing.
        for cue in self.cues.iter().filter(|c| {
            c.role == CueRole::Speech
                && !passive(c)
                && !self.inside_name(c)
                && !self.speech_as_plural_noun(c)
        }) {
            if self.relation_speaks(cue) {
                continue;
            }
            // "CSA told Roscosmos chief Ana Lima that it would …": who is told listens and
            // takes no part, unless the reported clause names it again; "Roscosmos quoted
            // CSA head Ana Lima": who is quoted is a source.
            let quotes = cue.lemma.eq_ignore_ascii_case("quote");
            if tells_someone(cue) || quotes {
                let after = &self.text[cue.end..end];
                let object = after.trim_start();
                let object = object.strip_prefix("the ").unwrap_or(object);
                let object = self
                    .mention_starting_at(end - object.len())
                    .filter(|m| self.is_party(m));
                match (object, reported_clause(after)) {
                    (Some(quoted), _) if quotes => ranges.push((cue.end, quoted.end)),
                    (Some(_), Some(clause)) => ranges.push((cue.end, end - clause.len())),
                    _ => {}
                }
            }
            // "NASA Administrator Jane Doe said …": the body of the person speaking, unless
            // the reported clause makes the body its actor ("ISRO chairman Ana Lima said the
            // agency is in talks with JAXA").
            if let Some(body_start) = self.speakers_body(cue) {
                if !self.reports_the_speakers_body(cue, end, (body_start, cue.start)) {
                    self.push_attribution(&mut ranges, (body_start, cue.end), cue);
                }
                continue;
            }
            // "Peter Beck, founder of Rocket Lab, said the signing …": the bodies in a person's
            // appositive are where the speaker comes from, unless the reported clause makes the
            // body its actor ("…, head of Roscosmos, said it will stop …").
            // A quotation in the first person plural that follows ("…, said: “We will …”")
            // speaks for the speaker's body too.
            if let Some(appositive) = self.speakers_appositive(cue) {
                if !self.reports_the_speakers_body(cue, end, appositive) {
                    ranges.push(appositive);
                    continue;
                }
            }
            // "…, the paper reported, citing the Kenya Space Agency": the bodies cited, up to the
            // end of their clause, are sources ("citing earlier flights with Chile" cites facts,
            // not sources).
            if cue.lemma.eq_ignore_ascii_case("cite") {
                let cited = &self.text[cue.end..end];
                let cited = cited.strip_prefix(" the ").unwrap_or(cited);
                let cites_a_body = self
                    .mention_starting_at(end - cited.trim_start().len())
                    .is_some_and(|m| self.is_party(m));
                if cites_a_body {
                    let clause_end = self.text[cue.end..end]
                        .find([',', ';'])
                        .map_or(end, |at| cue.end + at);
                    ranges.push((cue.start, clause_end));
                }
                continue;
            }
            if is_according_to(cue) {
                if !self.cites_an_agreement(cue) {
                    ranges.push(self.according_to(cue));
                }
                continue;
            }
            // Inverted, the speaker follows the verb at the end of a statement naming its parties
            // before it: "…, said the Mexican Space Agency", "…, said Ana Lima, head of the
            // Mexican Space Agency." ("…, told the daily" has an addressee, not a speaker, and
            // "…, adding that …" is a participle clause of its own.)
            let before = &self.text[start..cue.start];
            let after = &self.text[cue.end..end];
            let stated_after = |c: &CueMatch| {
                c.start >= cue.end && matches!(c.role, CueRole::Kind(_) | CueRole::Cessation)
            };
            // With fewer than two parties named before, a statement in the first person
            // ("We will work with Kenya, said NASA") makes the speaker a party, not a source.
            let speaker_takes_part = || {
                self.distinct_parties_in(start, cue.start) < 2
                    && word_iter(before).any(|w| is_one_of(w.text, FIRST_PERSON))
            };
            let inverted = before.trim_end().ends_with(',')
                && !tells_someone(cue)
                && !self.text[cue.start..cue.end].ends_with("ing")
                && at_most_words(after, INVERTED_ATTRIBUTION_WORDS)
                && !self.cues.iter().any(|c| stated_after(c))
                && !speaker_takes_part();
            // "The minister said on Monday that Egypt and China should …": when the reported
            // clause names two parties of its own, or opens with a party as its subject ("NASA
            // announced that Spain had signed …"), the speaker before the verb is a source.
            // Each test below is cheap or bounded, or runs only when the cheaper ones pass, so
            // a sentence of very many speech verbs stays linear.
            let reported = &self.text[cue.end..end];
            let speaker_before = first_speaker_end.is_some_and(|at| at <= cue.start);
            // Without "that", a clause whose subject is a party's name ("NASA said Peru will
            // join") is reported too; after "told" that name is who is told, and after a comma
            // or a quotation ("…,” said India's minister) the speaker follows the verb.
            let named_subject = || {
                let clause = reported.trim_start();
                let after_subject = before.trim_end().ends_with(|c: char| c.is_alphanumeric());
                (after_subject
                    && !tells_someone(cue)
                    && self
                        .mention_starting_at(end - clause.len())
                        .is_some_and(|m| self.is_party(m)))
                .then_some(clause)
            };
            let clause = reported_clause(reported)
                .or_else(named_subject)
                .filter(|c| !starts_with_pronoun(c));
            let party_subject = |c: &str| {
                // The clause is a suffix of the sentence: its subject ends where the sentence does.
                // A phrase of a preposition may open it, set off by a comma ("said that under
                // the accord, Peru would …"): the subject follows the comma.
                let opens_with_a_phrase = word_iter(c)
                    .next()
                    .is_some_and(|w| is_one_of(w.text, FRONTED_PREPOSITIONS));
                let c = match (opens_with_a_phrase, head_of(c, 256).find(", ")) {
                    (true, Some(comma)) => &c[comma + 2..],
                    _ => c,
                };
                let subject = c.trim_start_matches("the ").trim_start_matches("The ");
                self.mention_starting_at(end - subject.len())
                    .is_some_and(|m| self.is_party(m))
            };
            // "… said the agreement was signed by the two governments": the parties referred to.
            // Speakers who are two parties are those the reference points back to ("China and
            // Brazil said the two countries will …").
            let refers_after = last_reference.is_some_and(|at| at >= cue.end)
                && self.distinct_parties_in(self.subject_clause_start(cue.start), cue.start) < 2;
            // "After Chile announced the end of its work with Peru, Kenya …": what a verb in an
            // opening clause of time or reason reports ends with that clause.
            let reported_end = self
                .opening_subordinator()
                .and_then(|_| reported.find(','))
                .map_or(end, |comma| cue.end + comma);
            // "A joint statement between Kenya and Peru noted that the two sides …": a
            // document stating its own terms refers back to its own parties.
            let a_document_speaks = || {
                let subject_start = self.subject_clause_start(cue.start);
                self.cues.iter().any(|c| {
                    c.role == CueRole::Kind(ClaimKind::Agreement)
                        && !c.verb
                        && c.start >= subject_start
                        && c.end <= cue.start
                })
            };
            // "“…,” said the agency": right after a quotation closed by its punctuation the
            // speaker follows the verb, and the words after it are no reported clause (not
            // after a word in scare quotes: "called the talks “productive” said …").
            let after_a_quotation = before
                .trim_end()
                .strip_suffix(['"', '\u{201d}', '\u{bb}'])
                .is_some_and(|quoted| quoted.ends_with([',', '.', '!', '?']));
            if speaker_before
                && !inverted
                && !after_a_quotation
                && clause.is_some_and(|c| {
                    (refers_after && !a_document_speaks())
                        || party_subject(c)
                        || self.two_sides_in(cue.end, reported_end)
                })
            {
                ranges.push((self.subject_clause_start(cue.start), cue.end));
                continue;
            }
            // Attribution after a quotation: from the closing quote to the end of the
            // attribution, which a participle clause ("…, noting that …") does not belong to,
            // nor the quotation it goes on with ("“…,” Ana Lima said, “strengthens …”").
            // Twenty words lie well within the last 512 bytes.
            let window = before.len() - tail_of(before, 512).len();
            if let Some(quote) = before[window..]
                .rfind(['"', '”', '»'])
                .map(|at| window + at)
            {
                let between = &before[quote..];
                if at_most_words(between, 20)
                    && quote > 0
                    && self.closes_a_statement(start + quote, cue.start)
                {
                    let attribution = &self.text[cue.end..end];
                    let attribution_end = participle_clause(attribution)
                        .into_iter()
                        .chain(head_of(attribution, 512).find(['"', '“', '«']))
                        .min()
                        .map_or(end, |at| cue.end + at);
                    self.push_attribution(&mut ranges, (start + quote, attribution_end), cue);
                    continue;
                }
            }
            // Attribution at the end: "…, NASA said." — from the last comma before the verb,
            // when nothing after the verb is a statement of its own ("…, ESA said it would
            // suspend cooperation with Roscosmos" is one).
            if inverted {
                ranges.push((start + before.trim_end().len() - 1, end));
                continue;
            }
            let states_more = || {
                self.mentions
                    .iter()
                    .any(|m| m.start >= cue.end && self.is_party(m))
                    || self.cues.iter().any(|c| stated_after(c))
            };
            if at_most_words(after, ATTRIBUTION_TAIL_WORDS) && !states_more() {
                if let Some(comma) = before.rfind(',') {
                    ranges.push((start + comma, end));
                }
            }
        }
        ranges
    }

    /// The range of the witnesses after a witness cue, or before it for the verb "witness".
    /// When the cue opens the sentence, they run to the last comma before the act they watch
    /// ("In the presence of Ana Lima, the minister, and Raúl Soto, head of the Ruritanian
    /// Space Agency, CNES and DLR signed …"); after the act, to the end of the sentence ("…
    /// signed in the presence of Ana Lima, head of the Ruritanian Space Agency, and officials
    /// of Peru."); else to the next comma. `acts` holds the starts of the sentence's
    /// cooperation cues, in order.
    fn witnesses(&self, cue: &CueMatch, acts: &[usize]) -> (usize, usize) {
        // "were present at the signing", "was in attendance during the ceremony": presence
        // watches only after a copula and at a signing or a ceremony ("present at the base
        // for joint tests" is where they work).
        let words = &self.text[cue.start..cue.end];
        if words.starts_with("present") || words.starts_with("in attendance") {
            let event = self.text[cue.end..self.sentence.end].trim_start();
            let at_an_event = ["the signing", "the ceremony"]
                .iter()
                .any(|e| after_phrase(event, e).is_some());
            if !at_an_event || !is_one_of(self.word_before(cue.start), BE) {
                return (cue.start, cue.start);
            }
        }
        // "The ministers of Chile and Peru witnessed the signing of …", "… were present at the
        // signing": the subject of the verb, or of the copula, watches, from the start of the
        // sentence or, after an act, of its clause. In the passive ("the signing was
        // witnessed by …") the agent after "by" watches, as after any act.
        let passive = words.ends_with(" by");
        if (cue.verb || is_one_of(self.word_before(cue.start), BE)) && !passive {
            // "… were present at the signing of their agreement", "… witnessed the signing and
            // later agreed to cooperate": the subject signs, or acts itself, after all.
            let rest = &self.text[cue.end..self.sentence.end];
            let own_act = word_iter(rest).any(|w| is_one_of(w.text, &["their", "its"]))
                || rest.match_indices(" and ").any(|(and, _)| {
                    // A second verb of the same subject: "and" right before it, or an adverb
                    // between ("and later agreed"); not the "and" of a list of names ("watched
                    // ESA and CNES sign").
                    let after_and = cue.end + and + " and ".len();
                    if self.mention_ending_at(cue.end + and).is_some() {
                        return false;
                    }
                    acts.iter().any(|&act| {
                        act >= after_and
                            && at_most_words(&self.text[after_and..act], 1)
                            && self.text[after_and..act]
                                .chars()
                                .all(|c| c.is_lowercase() || c == ' ')
                    })
                });
            if own_act {
                return (cue.start, cue.start);
            }
            let from = if acts.first().is_some_and(|&act| act < cue.start) {
                self.subject_clause_start(cue.start)
            } else {
                self.sentence.start
            };
            return (from, cue.end);
        }
        // "In the presence of …, Chile and Peru signed": the phrase opens the sentence, or
        // follows only a short opening phrase that names no party ("On June 9, in the
        // presence of …").
        let before = self.text[self.sentence.start..cue.start]
            .trim_start_matches(|c: char| !c.is_alphanumeric());
        let opens = before.is_empty()
            || (before.ends_with(", ")
                && at_most_words(before, 4)
                && self.distinct_parties_in(self.sentence.start, cue.start) == 0);
        let act = acts.get(acts.partition_point(|&start| start < cue.end));
        match act {
            Some(&act) if opens => self.text[cue.end..act].rfind(',').map_or_else(
                || self.phrase_after(cue),
                |comma| (cue.start, cue.end + comma),
            ),
            Some(_) => self.phrase_after(cue),
            None => (cue.start, self.sentence.end),
        }
    }

    /// The range from a cue to the next comma or semicolon of its sentence ("according to
    /// NASA,", "in the presence of the ambassador,").
    fn phrase_after(&self, cue: &CueMatch) -> (usize, usize) {
        let end = self.sentence.end;
        let rest = &self.text[cue.end..end];
        (
            cue.start,
            rest.find([',', ';']).map_or(end, |p| cue.end + p),
        )
    }

    /// Whether "according to" cites an agreement, not a speaker: "According to the agreement
    /// between JAXA and NASA, JAXA receives …", "according to the deal Chile and Peru made",
    /// "according to the agreements in force, Peru leases the station from Chile". The
    /// phrase is then no source: the bodies it names are parties, and it opens a basis frame
    /// (what the agreement sets out).
    pub(super) fn cites_an_agreement<'a>(&'a self, according_to: &CueMatch) -> bool {
        /// Lowercase words that may qualify the agreement ("the existing agreements").
        const MAX_QUALIFIERS: usize = 2;
        let after = &self.text[according_to.end..self.sentence.end];
        let rest = after.trim_start();
        let without_determiner = |text: &'a str| match text.split_once(' ') {
            Some((first, tail)) if is_determiner(first) => tail,
            _ => text,
        };
        let mut rest = without_determiner(rest);
        // "according to the terms of the memorandum": the agreement's own terms.
        if let Some(tail) = ["terms of ", "provisions of "]
            .iter()
            .find_map(|part| rest.strip_prefix(part))
        {
            rest = without_determiner(tail);
        }
        for _ in 0..=MAX_QUALIFIERS {
            let at = self.sentence.end - rest.len();
            // "according to the agreement's critics" cites the critics.
            if let Some(agreement) = self
                .cue_starting_at(at)
                .filter(|c| c.role == CueRole::Kind(ClaimKind::Agreement) && !c.verb)
            {
                return after_possessive(&self.text[agreement.end..self.sentence.end]).is_none();
            }
            match rest.split_once(' ') {
                Some((word, tail))
                    if word.chars().all(|c| c.is_lowercase() || c.is_ascii_digit()) =>
                {
                    rest = tail;
                }
                _ => return false,
            }
        }
        false
    }

    /// The range of an "according to" phrase: up to the next comma, and through the person's
    /// appositive when the phrase is a person's name, or ends in one after "quoting" or
    /// "citing" (one to four capitalised words naming no body: "according to Ana Lima, head
    /// of the Mexican Space Agency,", "as per a report quoting Ana Lima, director of …"). An
    /// appositive is one more comma-delimited segment of at most ten words that opens with a
    /// title, names at most one body and holds no cue of cooperation.
    fn according_to(&self, cue: &CueMatch) -> (usize, usize) {
        let (from, to) = self.phrase_after(cue);
        let end = self.sentence.end;
        let phrase: Vec<&str> = self.text[cue.end..to].split_whitespace().collect();
        // The name is the whole phrase, or the capitalised words after "quoting" or "citing"
        // ("a report quoting Ana Lima"; not "a report by Reuters").
        let name_start = phrase
            .iter()
            .rposition(|w| !w.starts_with(char::is_uppercase))
            .map_or(0, |last_lowercase| last_lowercase + 1);
        let quoted = name_start == 0 || ["quoting", "citing"].contains(&phrase[name_start - 1]);
        let person = quoted && (1..=4).contains(&(phrase.len() - name_start));
        if to == end || !person || self.distinct_parties_in(from, to) > 0 {
            return (from, to);
        }
        let rest = &self.text[to + 1..end];
        let next = rest.find([',', ';']).map_or(end, |p| to + 1 + p);
        let states = self.cues.iter().any(|c| {
            c.start > to && c.end <= next && matches!(c.role, CueRole::Kind(_) | CueRole::Cessation)
        });
        // A title opens it: a lowercase word ("head of"), or capitalised title words before
        // "of", "at" or "for" ("CEO of Airbus"); never a party's name ("According to Ana Lima,
        // Peru, Chile and Kenya signed").
        let segment = self.text[to + 1..next].trim_start();
        let segment_at = next - segment.len();
        let titled = segment.starts_with(char::is_lowercase)
            || (self.mention_starting_at(segment_at).is_none()
                && [" of ", " at ", " for "]
                    .iter()
                    .any(|p| segment.contains(p)));
        let appositive = titled
            && at_most_words(segment, 10)
            && self.distinct_parties_in(to, next) <= 1
            && !states;
        (from, if appositive { next } else { to })
    }

    /// Adds the range of an attribution to a quotation as a source. When the quotation speaks
    /// in the first person plural ("“We are talking with Roscosmos,” PhilSA's director said"),
    /// the speaker's body is the "we" of the quotation, unless the quotation names two parties
    /// itself and speaks of them only as "our" ("our nations' collaboration"): the first party
    /// named in the attribution is a participant, and only the rest of the range is a source.
    /// A "we" or "us" is the speaker's side whatever else the quotation names ("“We will work
    /// with Chile and Peru,” Kenya's minister said").
    fn push_attribution(
        &self,
        ranges: &mut Vec<(usize, usize)>,
        (from, to): (usize, usize),
        speech: &CueMatch,
    ) {
        let (quote_start, quote_end) = self.quotation_of(speech);
        // When the quotation names both sides itself, "our nations" are those.
        let quoted = &self.text[quote_start..quote_end];
        let speaks_for_speaker = match first_person_plural(quoted) {
            FirstPerson::None => false,
            FirstPerson::Possessive => self.distinct_parties_in(quote_start, quote_end) < 2,
            FirstPerson::Pronoun => true,
        };
        let speaker = self
            .mentions
            .iter()
            .find(|m| m.start >= from && m.end <= to && self.is_party(m));
        match speaker {
            Some(body) if speaks_for_speaker => {
                ranges.push((from, body.start));
                ranges.push((body.end, to));
            }
            _ => ranges.push((from, to)),
        }
    }

    /// Whether the quotation mark at `quote` closes a statement that a speech verb at `verb`
    /// attributes: punctuation ends the quotation ("…,” Ana Lima said"), or what stands
    /// between the mark and the verb is only the speaker ("“…” NASA's head said"). A quoted
    /// phrase that goes on with a sentence of its own ("ended “all cooperation” with Peru
    /// and said …") is no statement.
    fn closes_a_statement(&self, quote: usize, verb: usize) -> bool {
        let after_mark = self.text[quote..verb].trim_start_matches(['"', '”', '»']);
        let punctuated = self.text[..quote].ends_with([',', '.', '!', '?', '…', ';', ':'])
            || after_mark.trim_start().starts_with([',', '—', '–']);
        if punctuated {
            return true;
        }
        let speaker = after_mark.trim_start();
        let speaker = speaker.strip_prefix("the ").unwrap_or(speaker);
        let first = self.mentions.partition_point(|m| m.start < quote);
        match self.mentions[first..]
            .iter()
            .take_while(|m| m.end <= verb)
            .find(|m| self.is_party(m))
        {
            Some(named) => named.start == verb - speaker.len(),
            None => true,
        }
    }

    /// The quotation a speech verb attributes: the text before it up to the closing quote
    /// ("“…,” NASA's head said"), or, when none stands there, the quotation right after it
    /// ("NASA's head said: “…”"); empty when there is neither.
    fn quotation_of(&self, speech: &CueMatch) -> (usize, usize) {
        let start = self.sentence.start;
        let before = &self.text[start..speech.start];
        if let Some(close) = before.rfind(['"', '”', '»']) {
            return (start, start + close);
        }
        let after = &self.text[speech.end..self.sentence.end];
        let opened = after.trim_start_matches([':', ',', ' ']);
        match opened.strip_prefix(['"', '“', '«']) {
            Some(quoted) => (self.sentence.end - quoted.len(), self.sentence.end),
            None => (start, start),
        }
    }

    /// How many distinct parties are named within `from..to` of the sentence, counted up to
    /// two (2 means two or more): the search stops at the second.
    pub(super) fn distinct_parties_in(&self, from: usize, to: usize) -> usize {
        let first = self.mentions.partition_point(|m| m.start < from);
        let mut parties = self.mentions[first..]
            .iter()
            .take_while(|m| m.end <= to)
            .filter(|m| self.is_party(m))
            .map(|m| m.entry);
        match parties.next() {
            None => 0,
            Some(one) if parties.any(|other| other != one) => 2,
            Some(_) => 1,
        }
    }

    /// Whether the parties named between two byte offsets make two sides: distinct, and not
    /// only a country with bodies of its own ("a deal with the Saudi Space Commission to fly
    /// Saudi Arabia's astronauts" names one side). The first few parties are enough to tell.
    pub(super) fn two_sides_in(&self, from: usize, to: usize) -> bool {
        const ENOUGH: usize = 8;
        let first = self.mentions.partition_point(|m| m.start < from);
        let mut entries: Vec<usize> = Vec::new();
        for m in self.mentions[first..]
            .iter()
            .take_while(|m| m.end <= to)
            .filter(|m| self.is_party(m))
        {
            if !entries.contains(&m.entry) {
                entries.push(m.entry);
            }
            if entries.len() == ENOUGH {
                break;
            }
        }
        let homes: Vec<Option<String>> = entries
            .iter()
            .map(|&e| self.gazetteer.home_country(e))
            .collect();
        let country_of = |i: usize| self.gazetteer.entry(entries[i]).kind == EntityType::Country;
        (0..entries.len()).any(|a| {
            (a + 1..entries.len()).any(|b| {
                let one_side =
                    (country_of(a) || country_of(b)) && homes[a].is_some() && homes[a] == homes[b];
                !one_side
            })
        })
    }

    /// Whether the sentence counts its parties rather than joining them: two or more are each
    /// followed by a number in brackets ("Japan (14), Germany (13) and Canada (11)").
    pub(super) fn is_tally(&self, parties: &[ClaimEntity]) -> bool {
        let counted = |p: &&ClaimEntity| {
            let after = self.text[p.end..self.sentence.end].trim_start();
            after.strip_prefix('(').is_some_and(|inside| {
                let number = inside.split(')').next().unwrap_or("");
                inside.contains(')')
                    && number.starts_with(|c: char| c.is_ascii_digit())
                    && number
                        .chars()
                        .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | '%' | ' '))
            })
        };
        parties.iter().filter(counted).count() >= 2
    }

    /// The appositive between commas after a person's name, right before a speech verb, when it
    /// names a body: "Peter Beck, founder of Rocket Lab and a New Zealand citizen, said", or
    /// with a description of the body as a second appositive ("Ana Lima, head of Orbex, a
    /// Scottish launch company, said"). The name is one to four capitalised words that name no
    /// body; each appositive opens with a lowercase word (a title, a description) or holds a
    /// person's title ("CEO of NASA", "ESA Director General").
    fn speakers_appositive(&self, speech: &CueMatch) -> Option<(usize, usize)> {
        let start = self.sentence.start;
        let before = self.text[start..speech.start].trim_end();
        let close = before.strip_suffix(',')?.len();
        let mut open = close;
        for _ in 0..2 {
            open = before[..open].rfind(',')?;
            let appositive = (start + open, start + close + 1);
            // "head of NASA", "CEO of NASA", "ESA Director General": a lowercase phrase, or
            // one holding a person's title.
            let titled = || {
                let from = self.cues.partition_point(|c| c.start <= appositive.0);
                self.cues[from..]
                    .iter()
                    .take_while(|c| c.start < appositive.1)
                    .any(|c| c.role == CueRole::Title && c.end < appositive.1)
            };
            if !before[open + 1..]
                .trim_start()
                .starts_with(char::is_lowercase)
                && !titled()
            {
                return None;
            }
            let name_start = before[..open].rfind([',', ';']).map_or(0, |at| at + 1);
            let name: Vec<&str> = before[name_start..open].split_whitespace().collect();
            let person = (1..=4).contains(&name.len())
                && name.iter().all(|w| w.starts_with(char::is_uppercase))
                && !self
                    .mentions
                    .iter()
                    .any(|m| m.start < start + open && m.end > start + name_start);
            let names_a_body = self
                .mentions
                .iter()
                .any(|m| m.start > appositive.0 && m.end < appositive.1 && self.is_party(m));
            if person && names_a_body {
                return Some(appositive);
            }
        }
        None
    }

    /// Whether the subject of a speech verb is a relation and the parties it is with:
    /// "Partnerships with Brazil and Thailand underline China's role", "Cooperation between NASA
    /// and ESA highlights …". The relation is what speaks; the parties in it are no speakers.
    fn relation_speaks(&self, speech: &CueMatch) -> bool {
        // The relation stands a short list before the verb, well within 512 bytes: only the
        // cues there are looked at, so a sentence of many speech verbs stays linear.
        let before = self.cues.partition_point(|c| c.end <= speech.start);
        let Some(relation) = self.cues[..before]
            .iter()
            .rev()
            .take_while(|c| c.end + 512 >= speech.start)
            .find(|c| matches!(c.role, CueRole::Kind(_)))
            .filter(|c| !c.verb)
        else {
            return false;
        };
        let after = &self.text[relation.end..speech.start];
        let Some(list) = ["with ", "between ", "among "]
            .iter()
            .find_map(|preposition| after.strip_prefix(' ')?.strip_prefix(preposition))
        else {
            return false;
        };
        // "with countries like Brazil and Egypt": the group the list gives examples of.
        let list = list
            .split_once(' ')
            .and_then(|(_group, rest)| {
                ["like ", "such as ", "including "]
                    .iter()
                    .find_map(|example| rest.strip_prefix(example))
            })
            .unwrap_or(list);
        // The list ends in "and" or "or" before its last name ("with Brazil, Peru said," is
        // a list cut by a speaker).
        let list_start = speech.start - list.len();
        let (mut end, mut last_gap) = (list_start, "");
        let first = self.mentions.partition_point(|m| m.start < end);
        for mention in self.mentions[first..]
            .iter()
            .take_while(|m| m.end <= speech.start)
        {
            last_gap = &self.text[end..mention.start];
            if !self.is_party(mention) || !is_list_separator(last_gap) {
                return false;
            }
            end = mention.end;
        }
        let joined = |gap: &str| gap.split([' ', ',']).any(|w| w == "and" || w == "or");
        end > list_start
            && (joined(last_gap) || !last_gap.contains(','))
            && is_adverb_or_nothing(&self.text[end..speech.start])
    }

    /// Where the clause of a speech verb at `verb` starts: after the last comma or semicolon
    /// before it, skipping a relative clause or an appositive between commas ("CAST, which
    /// built the satellite, said …" and "SpaceX, a launch firm, said …" start at the name).
    fn subject_clause_start(&self, verb: usize) -> usize {
        let start = self.sentence.start;
        let before = &self.text[start..verb];
        let Some(last) = before.rfind([',', ';']) else {
            return start;
        };
        let earlier = before[..last].rfind([',', ';']);
        let inner = before[earlier.map_or(0, |at| at + 1)..last].trim_start();
        let relative = earlier.is_some_and(|comma| {
            ["which ", "who "].iter().any(|w| inner.starts_with(w))
                || (word_iter(inner)
                    .next()
                    .is_some_and(|first| is_one_of(first.text, APPOSITIVE_OPENERS))
                    && !self.cues.iter().any(|c| {
                        c.role == CueRole::Speech
                            && c.start > start + comma
                            && c.end <= start + last
                    })
                    && self
                        .mention_ending_at(start + comma)
                        .is_some_and(|m| self.is_party(m)))
        });
        match (relative, earlier) {
            (true, Some(earlier)) => before[..earlier]
                .rfind([',', ';'])
                .map_or(start, |at| start + at),
            _ => start + last,
        }
    }

    /// Whether the clause a person's speech verb reports, up to byte `end`, opens with the
    /// speaker's body as its actor: a pronoun ("… said it will stop") or a reference back to
    /// one party that fits a body named in the speaker's phrase, from `body_from` to
    /// `body_to` ("… said the agency is in talks with JAXA", "… told reporters that the
    /// agency …").
    fn reports_the_speakers_body(
        &self,
        speech: &CueMatch,
        end: usize,
        (body_from, body_to): (usize, usize),
    ) -> bool {
        const ADDRESSEE_WORDS: usize = 4;
        let reported = &self.text[speech.end..end];
        let reported = reported.trim_start_matches([':', ',', ' ']);
        let reported = match reported.split_once("that ") {
            Some((addressee, clause)) if at_most_words(addressee, ADDRESSEE_WORDS) => clause,
            _ => reported,
        };
        let reported = reported.trim_start_matches(['"', '“', '«']);
        let at = end - reported.len();
        // The reference fits a body named where the speaker's body is: "the agency" no
        // company ("…, cofounder of Orbex, said the agency is …").
        let fits_a_body = |c: &CueMatch| {
            let fit = Fit::of_phrase(&self.text[c.start..c.end]);
            self.mentions.iter().any(|m| {
                m.start >= body_from
                    && m.end <= body_to
                    && self.is_party(m)
                    && fit.accepts(self.kind_of(m))
            })
        };
        starts_with_pronoun(reported)
            || self
                .cue_starting_at(at)
                .is_some_and(|c| c.role == CueRole::PartyReference && fits_a_body(c))
    }

    /// Where the body of a person speaking starts, when the speech verb follows a body, a
    /// title and a name ("NASA Administrator Jane Doe said", "Roscosmos chief Ivan Petrov told",
    /// "ESA's Director General, Ana Lima, said").
    fn speakers_body(&self, speech: &CueMatch) -> Option<usize> {
        // The title stands at most four names before the verb, well within 200 bytes: only
        // the cues there are looked at, so a sentence of many speech verbs stays linear.
        let before = self.cues.partition_point(|c| c.end <= speech.start);
        let title = self.cues[..before]
            .iter()
            .rev()
            .take_while(|c| c.end + 200 >= speech.start)
            .find(|c| c.role == CueRole::Title)?;
        let name: Vec<&str> = self.text[title.end..speech.start]
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .collect();
        let named_person =
            (1..=4).contains(&name.len()) && name.iter().all(|w| w.starts_with(char::is_uppercase));
        if !named_person {
            return None;
        }
        self.mentions
            .iter()
            .filter(|m| self.is_party(m) && m.end <= title.start)
            .find(|m| {
                let gap = &self.text[m.end..title.start];
                after_possessive(gap).unwrap_or(gap).trim().is_empty()
            })
            .map(|m| m.start)
    }

    /// Mentions that stand in a non-party role: in a news dateline, as an office in a person's
    /// title, after a phrase of place ("at", "in" for countries), or after a conflict phrase
    /// ("invasion of"), with the coordinated list that follows ("in China and Russia"), and the
    /// adversaries named right before a conflict phrase or a noun of hostility.
    /// They are few per sentence: a list, not a hash set, holds their starts.
    pub(super) fn role_excluded(&self) -> Vec<usize> {
        let mut excluded = Vec::new();
        // The mentions of an opening that sets the scene: a news dateline ("Mexico, 24
        // September 2021 – Airbus signed …") or a speaker's opening phrase, up to its first
        // comma ("Speaking at a forum organised by ESA in Lima, the minister said …").
        let sentence = &self.text[self.sentence.start..self.sentence.end];
        let dateline_end = metadata::dateline_len(&self.text[self.sentence.start..])
            .map(|len| self.sentence.start + len);
        let scene_end = ["Speaking ", "Addressing ", "Talking "]
            .iter()
            .any(|opener| sentence.starts_with(opener))
            .then(|| head_of(sentence, 512).find(','))
            .flatten()
            .map(|comma| self.sentence.start + scene_phrase_end(sentence, comma));
        if let Some(opening_end) = dateline_end.max(scene_end) {
            excluded.extend(
                self.mentions
                    .iter()
                    .filter(|m| m.end <= opening_end)
                    .map(|m| m.start),
            );
        }
        excluded.extend(self.body_addresses());
        excluded.extend(self.named_in_a_reason());
        excluded.extend(self.named_in_a_concession());
        excluded.extend(
            self.mentions
                .iter()
                .filter(|m| {
                    self.based_in_it(m)
                        || self.after_a_part_of_it(m)
                        || self.after_a_city(m)
                        || self.office_in_a_title(m)
                        || self.in_a_diplomats_title(m)
                        || self.names_a_site(m)
                        || self.names_a_gathering(m)
                        || self.is_being_founded(m)
                        || self.is_what_ended(m)
                        || self.names_the_group_before(m)
                })
                .map(|m| m.start),
        );
        for cue in &self.cues {
            if matches!(cue.role, CueRole::Conflict | CueRole::Hostility) {
                excluded.extend(self.adversaries_before(cue));
            }
            if cue.role == CueRole::Members {
                excluded.extend(self.body_of_members(cue));
            }
            let countries_only = match cue.role {
                CueRole::CountryLocation
                    if self.names_no_place(cue) || self.repeats_a_partys_preposition(cue) =>
                {
                    continue
                }
                CueRole::CountryLocation => true,
                CueRole::Location if self.after_a_title(cue) || self.hosts_what_precedes(cue) => {
                    continue
                }
                CueRole::Location | CueRole::Conflict | CueRole::Replaced => false,
                CueRole::Basis if self.names_predecessors(cue) => false,
                _ => continue,
            };
            let mut at = cue.end;
            let mut first = true;
            let list_start = excluded.len();
            let mut owners = false;
            // Members after a bare comma belong to the list only once a conjunction closes it:
            // in "after troops went to Ukraine, the agency said …" the comma ends a phrase.
            let mut pending = Vec::new();
            let mut after_place = false;
            let mut previous: Option<&Mention> = None;
            // Mentions are in text order: those after the cue start where a binary search says.
            let after_cue = self.mentions.partition_point(|m| m.start < cue.end);
            for m in &self.mentions[after_cue..] {
                let gap = &self.text[at..m.start];
                // "in the United Arab Emirates (UAE)": the short form in brackets is the same
                // place, and the list goes on after the bracket.
                if let Some(named) = previous.filter(|p| p.entry == m.entry && gap.trim() == "(") {
                    if excluded.contains(&named.start) {
                        excluded.push(m.start);
                    } else if pending.last() == Some(&named.start) {
                        pending.push(m.start);
                    }
                    at = m.end + usize::from(self.text[m.end..].starts_with(')'));
                    continue;
                }
                previous = Some(m);
                // "at ESA's ESTEC centre": the place its owner names.
                let owned_place = !first
                    && !countries_only
                    && after_possessive(gap).is_some_and(|rest| rest.trim().is_empty());
                let joins = if first {
                    is_article_only(gap)
                        // "tested at the new ESTEC facility": a place with its adjectives.
                        || (cue.role == CueRole::Location && is_article_and_adjectives(gap))
                        || (countries_only && is_part_of_a_country(gap))
                        // "in Lima, Chile", "held in Lima, Chile": a city, then its country.
                        || ((countries_only || self.kind_of(m) == EntityType::Country)
                            && is_place_before_country(gap)
                            // "In Lima, Chile signed …": the subject of its clause.
                            && !self.subject_verb_follows(m.end, self.sentence.end))
                } else {
                    is_list_separator(gap) || owned_place
                };
                if !joins {
                    break;
                }
                // "in Kourou, French Guiana": a place and its country.
                let place_and_country =
                    after_place && self.kind_of(m) == EntityType::Country && gap.trim() == ",";
                let closed = first || has_conjunction(gap) || place_and_country || owned_place;
                if closed {
                    excluded.append(&mut pending);
                }
                at = m.end;
                first = false;
                after_place = !self.kind_of(m).is_party();
                if after_place {
                    // A region or a place in the list ("from Europe, Japan and Canada").
                    continue;
                }
                if countries_only && self.kind_of(m) != EntityType::Country {
                    break;
                }
                // "takes part in India's lunar mission", "in China's Lunar Exploration
                // Program": the country owns what follows.
                if countries_only && (self.owns_what_follows(m) || self.owns_a_named_mission(m)) {
                    owners = has_conjunction(gap);
                    break;
                }
                if closed {
                    excluded.push(m.start);
                } else {
                    pending.push(m.start);
                }
            }
            // "in Ghana and Peru's joint mission": a list that ends in an owner names owners;
            // "footage of Chile and Peru signing the accord": what a picture shows is the
            // subjects of an act ("stations in Chile and Peru supporting …" stay places).
            let pictured_acting = cue.lemma.ends_with(" of") && self.acts_after(at);
            if countries_only && (owners || pictured_acting) {
                excluded.truncate(list_start);
            }
        }
        excluded
    }

    /// Whether a verb of cooperation in -ing follows `at` after one space: the names before
    /// it are the subjects of that act ("Chile and Peru signing the accord").
    fn acts_after(&self, at: usize) -> bool {
        self.text[at..].starts_with(' ')
            && self.cue_starting_at(at + 1).is_some_and(|cue| {
                cue.verb
                    && matches!(cue.role, CueRole::Kind(_) | CueRole::Trade)
                    && self.first_word_of(cue).ends_with("ing")
            })
    }

    /// The organisation or agency named right before a noun for its members ("cooperation
    /// among BRICS nations", "ESA member states"): the members are unnamed, and the body
    /// itself takes no part.
    fn body_of_members(&self, cue: &CueMatch) -> Option<usize> {
        let body = self.mention_ending_at(cue.start.checked_sub(1)?)?;
        let is_body = matches!(
            self.kind_of(body),
            EntityType::Organization | EntityType::Agency
        );
        (is_body && self.text[body.end..cue.start] == *" ").then_some(body.start)
    }

    /// The names right before a conflict phrase that are its adversaries: a possessive
    /// ("Chile's invasion of Peru"), a compound of two or more names joined by dashes,
    /// slashes or a coordination ("the Chile-Peru war", "the Chile–Peru border conflict", "the
    /// Chile and Peru conflicts"), or one name after an article ("the Ruritania crisis"); one
    /// lowercase word may stand between before a noun of hostility.
    fn adversaries_before(&self, cue: &CueMatch) -> Vec<usize> {
        // Mentions do not overlap, so their ends are in order too.
        let ended = self.mentions.partition_point(|m| m.end <= cue.start);
        let mut before = self.mentions[..ended].iter().rev();
        let Some(last) = before.next() else {
            return Vec::new();
        };
        let gap = &self.text[last.end..cue.start];
        if after_possessive(gap).is_some_and(|rest| rest.trim().is_empty()) {
            return vec![last.start];
        }
        let words: Vec<&str> = gap.split_whitespace().collect();
        // A noun of hostility may have a word of its own before it ("the Chile-Peru border
        // conflict"); a phrase of conflict or comparison follows its names directly ("the
        // partnership of Chile and Peru is similar to …" compares, names no adversaries).
        let words_between = usize::from(cue.role == CueRole::Hostility);
        let adjacent = gap.starts_with(char::is_whitespace)
            && words.len() <= words_between
            && words
                .iter()
                .all(|w| w.chars().all(|c| c.is_alphabetic() && c.is_lowercase()));
        if !adjacent {
            return Vec::new();
        }
        let mut compound = vec![last.start];
        let mut start = last.start;
        for m in before {
            if !matches!(
                &self.text[m.end..start],
                "-" | "\u{2013}" | "\u{2014}" | "/" | " and " | ", " | ", and "
            ) {
                break;
            }
            compound.push(m.start);
            start = m.start;
        }
        // "over the Ruritania crisis", "the ongoing Ruritania war": one name after an article (and
        // at most one lowercase word) is the conflict's attribute.
        let before_name = &self.text[self.sentence.start..start];
        let mut words_before = tail(before_name).split_whitespace().rev();
        let attributive = compound.len() == 1
            && match (words_before.next(), words_before.next()) {
                (Some(article), _) if article.eq_ignore_ascii_case("the") => true,
                (Some(word), Some(article)) => {
                    article.eq_ignore_ascii_case("the")
                        && word.chars().all(|c| c.is_alphabetic() && c.is_lowercase())
                }
                _ => false,
            };
        if compound.len() < 2 && !attributive {
            compound.clear();
        }
        compound
    }

    /// Whether a country written as a possessive owns the thing named after it ("in India's
    /// lunar mission") rather than holding a place ("in Japan's capital", "in Chile's Atacama
    /// desert"): a lowercase word follows that is no word of place. A country written right
    /// before a noun for a mission owns it too ("the first U.S. mission", "US satellite data").
    pub(super) fn owns_what_follows(&self, country: &Mention) -> bool {
        if self.text[country.end..].starts_with(' ')
            && self
                .cue_starting_at(country.end + 1)
                .is_some_and(|c| c.role == CueRole::MissionWord)
        {
            return true;
        }
        const PLACE_WORDS: &[&str] = &[
            "capital",
            "city",
            "cities",
            "territory",
            "territories",
            "soil",
            "airspace",
            "waters",
            "coast",
            "desert",
            "region",
            "regions",
            "province",
            "provinces",
            "occupied",
            "island",
            "islands",
            "border",
            "borders",
            "mainland",
            "interior",
            "coastline",
            "coastlines",
            "landscape",
            "landscapes",
            "terrain",
            "land",
            "lands",
            "forest",
            "forests",
            "glacier",
            "glaciers",
            "mountains",
            "rivers",
            "skies",
        ];
        let Some(owned) = self.possessed_by(country) else {
            return false;
        };
        // "in China's Manned Space programme": capitalised words that a noun for a mission or
        // a programme ends name what the country owns ("in China's Xinjiang region" a place).
        let mut at = self.sentence.end - owned.len();
        let mut capitalised = 0;
        for word in owned.split(' ').take(6) {
            if !word.starts_with(char::is_uppercase) {
                break;
            }
            capitalised += 1;
            at += word.len() + 1;
        }
        if capitalised > 0
            && self
                .cue_starting_at(at)
                .is_some_and(|c| c.role == CueRole::MissionWord)
        {
            return true;
        }
        let next = owned.split_whitespace().next().unwrap_or("");
        let word = next.trim_end_matches(|c: char| !c.is_alphabetic());
        word.starts_with(char::is_lowercase)
            && !PLACE_WORDS.contains(&word)
            && !PARTS_OF_A_COUNTRY.contains(&word)
    }

    /// Whether a country written as a possessive owns the mission named right after it ("in
    /// China's Lunar Exploration Program").
    fn owns_a_named_mission(&self, country: &Mention) -> bool {
        self.possessed_by(country).is_some_and(|owned| {
            self.mention_starting_at(self.sentence.end - owned.len())
                .is_some_and(|m| self.kind_of(m).is_mission())
        })
    }

    /// What a name written as a possessive owns: the rest of the sentence after "'s ".
    fn possessed_by(&self, owner: &Mention) -> Option<&str> {
        after_possessive(&self.text[owner.end..self.sentence.end])
            .and_then(|rest| rest.strip_prefix(' '))
    }

    /// A country joined to "based" or "headquartered" ("the US-based navigation system", "a
    /// Peru-headquartered firm"), or naming where a thing comes from ("components of US
    /// origin", "US-origin parts"): where something is or comes from, never a party, not even
    /// when nothing else is.
    fn based_in_it(&self, mention: &Mention) -> bool {
        fn first_word(text: &str) -> Option<&str> {
            text.split(|c: char| !c.is_alphabetic()).next()
        }
        if self.kind_of(mention) != EntityType::Country {
            return false;
        }
        let rest = &self.text[mention.end..self.sentence.end];
        let is =
            |word: Option<&str>, what: &str| word.is_some_and(|w| w.eq_ignore_ascii_case(what));
        let joined = rest.strip_prefix(HYPHENS).and_then(first_word);
        let of_origin = self.text[..mention.start].ends_with("of ")
            && is(rest.strip_prefix(' ').and_then(first_word), "origin");
        ["based", "headquartered", "origin"]
            .iter()
            .any(|what| is(joined, what))
            || of_origin
    }

    /// The starts of the countries named after a body's name and a bare comma that closes the
    /// phrase ("developed by KACST, Saudi Arabia;", "the University of Nairobi (UoN), Kenya.",
    /// "… (DLR), Germany, dedicated to …"): where the body is, not a party of its own (a
    /// list's last member would follow "and"). After a city and a comma ("Tsinghua University,
    /// Beijing, China") it is an address, whatever follows; and in a list whose other members
    /// are addressed the same way ("the University of Geneva, Switzerland; the DLR, Germany
    /// and the ESA") "and" closes the phrase too. Each mention is looked at once.
    fn body_addresses(&self) -> Vec<usize> {
        let found: Vec<(usize, Address)> = self
            .mentions
            .iter()
            .filter(|m| self.kind_of(m) == EntityType::Country)
            .filter_map(|m| self.addressed_body(m).map(|address| (m.start, address)))
            .collect();
        let another_addressed = found
            .iter()
            .any(|(_, address)| !matches!(address, Address::BeforeAnd));
        found
            .into_iter()
            .filter(|(_, address)| another_addressed || !matches!(address, Address::BeforeAnd))
            .map(|(start, _)| start)
            .collect()
    }

    /// How a mention stands after a body's name and a comma, as that body's address: closing
    /// the phrase (or after a city between commas), or before "and" and another name.
    fn addressed_body(&self, mention: &Mention) -> Option<Address> {
        let before = &self.text[self.sentence.start..mention.start];
        let before = before.strip_suffix(", ")?;
        // A body listed in another country is not there: "ISRO, Poland, and Hungary" lists.
        let country = self.gazetteer.home_country(mention.entry);
        let body_ends = |body: &str| {
            let body = body.strip_suffix(')').unwrap_or(body);
            self.mention_ending_at(self.sentence.start + body.len())
                .is_some_and(|b| {
                    let kind = self.kind_of(b);
                    let home = self.gazetteer.home_country(b.entry);
                    kind.is_party()
                        && kind != EntityType::Country
                        && (home.is_none() || home == country)
                })
        };
        if body_ends(before) {
            return self.how_the_phrase_ends(mention);
        }
        // A city is a few words: only the bytes right before the country are searched for
        // what comes before it, so a long sentence of names stays linear.
        const CITY_REACH: usize = 128;
        let near = tail_of(before, CITY_REACH);
        let near_start = before.len() - near.len();
        // "Rocket Lab of Auckland, New Zealand": the city the body is "of" is where it is,
        // whatever its listed home.
        if let Some((body, city)) = near.rsplit_once(" of ") {
            let body = &before[..near_start + body.len()];
            let city_start = self.sentence.start + body.len() + 4;
            let body_named = self
                .mention_ending_at(self.sentence.start + body.len())
                .is_some_and(|b| {
                    self.kind_of(b).is_party() && self.kind_of(b) != EntityType::Country
                });
            if body_named && self.names_a_city(city, city_start, mention.start) {
                return Some(Address::Closed);
            }
        }
        // "Tsinghua University, Beijing, China": one to three capitalised words, no name.
        let (body, city) = near.rsplit_once(", ")?;
        let body = &before[..near_start + body.len()];
        let city_start = self.sentence.start + body.len() + 2;
        (self.names_a_city(city, city_start, mention.start) && body_ends(body))
            .then_some(Address::Closed)
    }

    /// Whether `city`, at `city_start` and before a country at `country_start`, is one to three
    /// capitalised words that hold no name.
    fn names_a_city(&self, city: &str, city_start: usize, country_start: usize) -> bool {
        // Mentions are sorted by start: the first one at or after the city's start says.
        let named_inside = self
            .mentions
            .get(self.mentions.partition_point(|m| m.start < city_start))
            .is_some_and(|m| m.start < country_start);
        (1..=3).contains(&city.split_whitespace().count())
            && city
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase))
            && !named_inside
    }

    /// Whether what follows a country after a body's name closes the phrase (`Closed`), or is
    /// "and" and another name (`BeforeAnd`).
    fn how_the_phrase_ends(&self, mention: &Mention) -> Option<Address> {
        let after = self.text[mention.end..self.sentence.end].trim_start();
        // "…, Germany, dedicated to …": a comma and a lowercase word also close the phrase, and
        // so does "and" before a verb ("…, UK, and sent students"), not before another name or
        // its article ("…, UK, and the Ruritanian Space Agency").
        let comma_then_words = after.strip_prefix(',').is_some_and(|rest| {
            let mut words = rest.split_whitespace();
            let next = words.next().unwrap_or("");
            let after_next = words.next().unwrap_or("");
            let verb_after_and = ["and", "or"].contains(&next)
                && after_next.starts_with(char::is_lowercase)
                && !is_determiner(after_next);
            next.starts_with(char::is_lowercase)
                && (!["and", "or", "as"].contains(&next) || verb_after_and)
        });
        if comma_then_words
            || after
                .chars()
                .next()
                .is_none_or(|c| matches!(c, ';' | '.' | ')'))
        {
            Some(Address::Closed)
        } else {
            let rest = after.strip_prefix(',').unwrap_or(after).trim_start();
            rest.starts_with("and ").then_some(Address::BeforeAnd)
        }
    }

    /// A country right after a word that names a part of it ("capital of south Ruritania's
    /// largest province", "coverage of the continental United States", "part of Chile"): a
    /// place, whatever preposition stands before.
    fn after_a_part_of_it(&self, mention: &Mention) -> bool {
        let before = &self.text[self.sentence.start..mention.start];
        // "for Kenya and part of Chile.": a share of its land, which ends the phrase; not
        // "part of Chile's programme" or "of Chile and Peru's cooperation".
        let after = self.text[mention.end..self.sentence.end].trim_start();
        let a_share = [" part of ", " parts of "]
            .iter()
            .any(|p| before.ends_with(p))
            && (after.is_empty() || after.starts_with([',', '.', ';', ')', '—', '–']));
        self.kind_of(mention) == EntityType::Country
            && before.ends_with(' ')
            && (is_part_of_a_country(last_word(before)) || a_share)
    }

    /// The mentions of a concession ("despite new sanctions on Roscosmos", "In spite of the
    /// dispute with Chile, …"): what the relation holds against, not a party to it, when the
    /// rest of the sentence names two parties. The phrase runs from "despite", "in spite of" or
    /// "notwithstanding" to its comma (or "and with", "but"), else to the sentence's end.
    fn named_in_a_concession(&self) -> Vec<usize> {
        const MARKERS: &[&str] = &["despite", "in spite of", "notwithstanding"];
        let sentence = &self.text[self.sentence.start..self.sentence.end];
        // Most sentences have none: a substring test spares them the word pass.
        if !["espite", "spite of", "otwithstanding"]
            .iter()
            .any(|tail| sentence.contains(tail))
        {
            return Vec::new();
        }
        let Some((at, marker)) = word_iter(sentence).find_map(|w| {
            MARKERS
                .iter()
                .find(|m| after_phrase(&sentence[w.start..], m).is_some())
                .map(|m| (w.start, *m))
        }) else {
            return Vec::new();
        };
        let from = self.sentence.start + at + marker.len();
        // The phrase ends at its comma, or where "and with" or "but" goes on with partners
        // ("despite delays and with JAXA despite budget cuts").
        let rest = &sentence[at..];
        let to = [
            rest.find([',', ';', ':']),
            rest.find(" and with "),
            rest.find(" but "),
        ]
        .into_iter()
        .flatten()
        .min()
        .map_or(self.sentence.end, |stop| self.sentence.start + at + stop);
        let inside = |m: &Mention| m.start >= from && m.end <= to;
        let mut outside: Vec<usize> = self
            .mentions
            .iter()
            .filter(|m| !inside(m) && self.is_party(m))
            .map(|m| m.entry)
            .collect();
        outside.sort_unstable();
        outside.dedup();
        if outside.len() < 2 {
            return Vec::new();
        }
        self.mentions
            .iter()
            .filter(|m| inside(m))
            .map(|m| m.start)
            .collect()
    }

    /// The mentions inside the reason given for a ban or a stop ("imposed sanctions on ISRO
    /// over the sale of an engine to India", "suspended cooperation with Peru over a dispute
    /// with Chile"): what the reason is about, not a party to the ban. The reason runs from
    /// "over", "because of", "in response to" or "in retaliation for" to the next comma,
    /// semicolon or "with" that names partners again; one that states a claim of its own
    /// ("over EU sanctions imposed on Russia") keeps its parties, and "over" before a time or
    /// an amount ("over the years", "over 500 kg") gives none.
    fn named_in_a_reason(&self) -> Vec<usize> {
        const MARKERS: &[&str] = &[
            " over ",
            " because of ",
            " in response to ",
            " in retaliation for ",
        ];
        // "over the years", "over 500 kg": a time or an amount, no reason.
        const NOT_A_REASON: &[&str] = &[
            "the years",
            "the past",
            "the last",
            "the next",
            "the summer",
            "the winter",
            "the weekend",
            "the course",
            "the period",
            "the decades",
            "the months",
            "years",
            "decades",
            "months",
            "time",
        ];
        let stops = |c: &CueMatch| {
            matches!(
                c.role,
                CueRole::Cessation | CueRole::Kind(ClaimKind::Prohibition)
            )
        };
        let Some(stop) = self.cues.iter().find(|c| stops(c)) else {
            return Vec::new();
        };
        let after = &self.text[stop.end..self.sentence.end];
        let Some((at, marker)) = MARKERS
            .iter()
            .filter_map(|m| after.find(m).map(|at| (at, m)))
            .min()
        else {
            return Vec::new();
        };
        let from = stop.end + at + marker.len();
        let reason = &self.text[from..self.sentence.end];
        if reason.starts_with(|c: char| c.is_ascii_digit())
            || NOT_A_REASON.iter().any(|w| {
                reason
                    .strip_prefix(w)
                    .is_some_and(|rest| rest.starts_with([' ', ',', '.']))
            })
        {
            return Vec::new();
        }
        // The reason ends at a comma or a semicolon, or where the partners go on after "with"
        // ("halted cooperation over space with Russia"), unless a noun of the reason takes the
        // "with" ("over a dispute with Chile").
        const TAKES_WITH: &[&str] = &[
            "dispute",
            "disputes",
            "conflict",
            "tensions",
            "row",
            "war",
            "clash",
            "clashes",
            "feud",
            "standoff",
            "disagreement",
            "disagreements",
            "ties",
            "relations",
            "dealings",
            "deal",
            "links",
            "contacts",
        ];
        let partners_again = reason
            .match_indices(" with ")
            .map(|(at, _)| at)
            .find(|&at| !TAKES_WITH.contains(&last_word(&reason[..at]).to_lowercase().as_str()));
        let to = [reason.find(','), reason.find(';'), partners_again]
            .into_iter()
            .flatten()
            .min()
            .map_or(self.sentence.end, |end| from + end);
        if self
            .cues
            .iter()
            .any(|c| c.start >= from && c.end <= to && matches!(c.role, CueRole::Kind(_)))
        {
            return Vec::new();
        }
        self.mentions
            .iter()
            .filter(|m| m.start >= from && m.end <= to)
            .map(|m| m.start)
            .collect()
    }

    /// A country set off after a capitalised word that names nothing listed, after a
    /// preposition of place or a possessive, as a city's country is: "at its Toulouse, France,
    /// facility", "a university in Guildford, UK.", "in Noordwijk, the Netherlands". Not the
    /// subject after an opening phrase ("In Lima, Chile signed"), which no comma or stop
    /// follows. After "from", a route's start may go on to where it leads ("shipped from
    /// Lima, Peru to Kourou").
    fn after_a_city(&self, mention: &Mention) -> bool {
        const BEFORE_A_CITY: &[&str] = &["in", "at", "near", "from", "outside", "its", "their"];
        if self.kind_of(mention) != EntityType::Country {
            return false;
        }
        let before = &self.text[self.sentence.start..mention.start];
        // "in Noordwijk, the Netherlands": the country's own article may stand after the comma.
        let before = before.strip_suffix("the ").unwrap_or(before);
        let Some(before) = before.strip_suffix(", ") else {
            return false;
        };
        let city = last_word(before);
        let city_start = self.sentence.start + before.len() - city.len();
        let after = self.text[mention.end..self.sentence.end].trim_start();
        let preposition = last_word(before[..before.len() - city.len()].trim_end());
        // "shipped from Lima, Peru to Kourou": a route's start goes on to where it leads.
        let route = preposition == "from" && after.starts_with("to ");
        city.starts_with(char::is_uppercase)
            && city.chars().all(char::is_alphabetic)
            && BEFORE_A_CITY.contains(&preposition)
            && self.mention_ending_at(city_start + city.len()).is_none()
            && (after.is_empty() || after.starts_with([',', '.', ')', ';']) || route)
    }

    /// A body naming the site that a preposition of place points to: "launches from the ESA
    /// spaceport", "tested at a NASA facility", "at the JAXA launch site", or a country's
    /// possessive naming a part of it there: "trained off Chile's coastal city of Arica". The
    /// site is a place, and so is its owner here.
    fn names_a_site(&self, mention: &Mention) -> bool {
        const SITES: &[&str] = &[
            "spaceport",
            "cosmodrome",
            "site",
            "sites",
            "pad",
            "facility",
            "facilities",
            "centre",
            "center",
            "base",
            "headquarters",
            "campus",
            "premises",
            "complex",
            "range",
            "building",
            "city",
            "town",
            "village",
            "port",
            "coast",
            "island",
            "province",
            "region",
            "capital",
        ];
        // Not "to": what goes to a body's site goes to the body ("supplied the module to the
        // NASA space station").
        const PLACE_PREPOSITIONS: &[&str] = &["from", "at", "in", "near", "inside", "off"];
        // "at the Mary W. Jackson NASA Headquarters building": a name the site bears may stand
        // between the article and the body, four capitalised words at most.
        let mut before = self.text[self.sentence.start..mention.start].trim_end();
        for _ in 0..4 {
            let word = last_word(before);
            if word.is_empty()
                || !word.starts_with(char::is_uppercase)
                || !word.trim_end_matches('.').chars().all(char::is_alphabetic)
            {
                break;
            }
            before = before[..before.len() - word.len()].trim_end();
        }
        let before = without_final_article(before);
        let preposition = last_word(before);
        if !PLACE_PREPOSITIONS.contains(&preposition) {
            return false;
        }
        // The site word, after at most one lowercase modifier ("launch site"), and after the
        // possessive of a country ("Chile's coastal city").
        let after = &self.text[mention.end..self.sentence.end];
        let after = match after_possessive(after) {
            Some(rest) if self.kind_of(mention) == EntityType::Country => rest,
            _ => after,
        };
        // "from France's Centre National d'Etudes Spatiales": the word opens a body's name.
        let next_at = self.sentence.end - after.trim_start().len();
        if self
            .mention_starting_at(next_at)
            .is_some_and(|m| self.kind_of(m).is_party())
        {
            return false;
        }
        let mut words = after.split_whitespace();
        let lowercase = |w: &&str| w.starts_with(char::is_lowercase);
        let site = |w: &str| {
            let w = w.trim_end_matches([',', '.', ';']);
            SITES.iter().any(|s| s.eq_ignore_ascii_case(w))
        };
        // "NASA Headquarters": a site word in a capitalised name.
        let first = words.next();
        if first.is_some_and(|w| w.starts_with(char::is_uppercase) && site(w)) {
            return true;
        }
        match (first.filter(lowercase), words.next()) {
            (Some(first), _) if site(first) => true,
            (Some(_), Some(second)) => site(second),
            _ => false,
        }
    }

    /// A name given to the parties listed before it ("Kenya, Peru and Chile, collectively
    /// known as the Andean group, …", "… – together called the Visegrad Group –"):
    /// the same participants under one name, no party of its own.
    fn names_the_group_before(&self, mention: &Mention) -> bool {
        const NAMING: &[&str] = &[
            "known as",
            "collectively called",
            "together called",
            "jointly called",
            "dubbed",
            "referred to as",
        ];
        let before = self.text[self.sentence.start..mention.start].trim_end();
        let before = before
            .strip_suffix(" the")
            .or_else(|| before.strip_suffix(" The"))
            .unwrap_or(before);
        let Some(phrase) = NAMING
            .iter()
            .find(|phrase| ends_with_phrase(before, phrase))
        else {
            return false;
        };
        // The name follows the list itself, set off by a comma or a dash at most ("the group
        // known as APSCO" names a body of its own).
        let phrase_start = self.sentence.start + before.len() - phrase.len();
        let Some(last) = self
            .mentions
            .iter()
            .rev()
            .find(|m| m.end <= phrase_start && self.is_party(m))
        else {
            return false;
        };
        word_iter(&self.text[last.end..phrase_start])
            .all(|w| is_one_of(w.text, &["collectively", "together", "jointly", "also"]))
            && self.distinct_parties_in(self.sentence.start, mention.start) >= 2
    }

    /// A party that a noun of stopping says came to an end ("after the collapse of the USSR",
    /// "since the dissolution of the federation"): a state or body that ended, no partner. Not
    /// a possessor of what ended ("the end of NASA's partnership").
    pub(super) fn is_what_ended(&self, mention: &Mention) -> bool {
        // The party ends its noun phrase: punctuation or a word that is no noun follows ("the
        // collapse of the USSR in 1991"), not a noun it modifies ("the collapse of the
        // Kenya-Peru consortium", "of the Chile and Peru talks").
        const PHRASE_ENDS: &[&str] = &[
            "in", "on", "at", "during", "after", "before", "when", "which", "that", "was", "were",
            "had", "has", "left", "led",
        ];
        let after = &self.text[mention.end..self.sentence.end];
        let ends_the_phrase = after.is_empty()
            || after.starts_with([',', '.', ';', ':', ')', '!', '?'])
            || after
                .strip_prefix(' ')
                .and_then(|rest| rest.split_whitespace().next())
                .is_some_and(|word| is_one_of(word, PHRASE_ENDS));
        if !ends_the_phrase {
            return false;
        }
        self.cues.iter().any(|c| {
            c.role == CueRole::Cessation
                && c.end < mention.start
                && [" of ", " of the "].contains(&&self.text[c.end..mention.start])
                && !self.takes_object(c)
        })
    }

    /// A body that the sentence founds ("a declaration on the creation of the Lunar Research
    /// Centre", "agreed to establish the Andean Space Agency"): what the parties make, not one
    /// of them.
    fn is_being_founded(&self, mention: &Mention) -> bool {
        // The nouns for a body or a programme that a possessive owns when it is founded.
        const FOUNDED_BODIES: &[&str] = &[
            "agency",
            "agencies",
            "programme",
            "program",
            "organisation",
            "organization",
            "institute",
            "council",
            "commission",
            "ministry",
            "administration",
        ];
        const FOUNDING: &[&str] = &[
            "creation of",
            "constitution of",
            "establishment of",
            "founding of",
            "formation of",
            "setting up of",
            "set-up of",
            "create",
            "creates",
            "created",
            "creating",
            "establish",
            "establishes",
            "established",
            "establishing",
            "set up",
            "sets up",
            "setting up",
        ];
        let before = self.text[self.sentence.start..mention.start].trim_end();
        let before = ["the new", "a new", "the", "a", "an"]
            .iter()
            .find(|article| ends_with_phrase(before, article))
            .map_or(before, |article| {
                before[..before.len() - article.len()].trim_end()
            });
        // "plan to launch an Exploration Working Group": a body launched, not a country, nor
        // a body whose mission is launched ("launched NASA's probe", "launch the ESA-built
        // probe", "launch the ESA probe"): the body ends the noun phrase. Those who form a
        // body are its members ("Peru and Chile formed APSCO").
        const LAUNCHING: &[&str] = &["launch", "launches", "launched", "launching"];
        // "launched APSCO last year": a phrase of time after the body ends its noun phrase.
        const TIME_OPENERS: &[&str] = &[
            "last",
            "next",
            "this",
            "soon",
            "yesterday",
            "today",
            "tomorrow",
            "earlier",
            "later",
            "recently",
            "now",
        ];
        let time_after = || {
            self.text[mention.end..self.sentence.end]
                .split_whitespace()
                .next()
                .map(|w| w.trim_end_matches(|c: char| !c.is_alphabetic()))
                .is_some_and(|w| is_one_of(w, TIME_OPENERS) || is_calendar_word(w))
        };
        let launched = || {
            self.kind_of(mention) != EntityType::Country
                && !self.text[mention.end..].starts_with(HYPHENS)
                && (self.ends_noun_phrase(mention.end) || time_after())
                && after_possessive(&self.text[mention.end..]).is_none()
                && LAUNCHING
                    .iter()
                    .any(|launching| ends_with_phrase(before, launching))
        };
        // "in establishing Egypt's assembly centre": the owner of what is founded is no body
        // being founded, unless what it owns is a body ("the creation of Russia's space
        // agency", "of Poland's space agency, POLSA") or a programme.
        let owner = || {
            after_possessive(&self.text[mention.end..]).is_some_and(|owned| {
                let owned_at = self.text.len() - owned.trim_start().len();
                let owns_a_name = self.mention_starting_at(owned_at).is_some();
                !owns_a_name
                    && !word_iter(head_of(owned, 48))
                        .take(4)
                        .any(|w| is_one_of(w.text, FOUNDED_BODIES))
            })
        };
        (FOUNDING
            .iter()
            .any(|founding| ends_with_phrase(before, founding))
            && !owner())
            || launched()
    }

    /// A body that is a gathering (its name ends in a `gathering` noun of the cue lexicon:
    /// "the Asia-Pacific Regional Space Agency Forum", "the International Astronautical
    /// Congress"), or whose name heads one ("the G7 Summit"), named as the time or place of
    /// what happens:
    /// "during", "at", "in conjunction with" or "on the sidelines of" it, with an article and
    /// an ordinal or a year between ("at the 24th …", "during the 2023 …"). It hosts the act
    /// and takes no part in it.
    fn names_a_gathering(&self, mention: &Mention) -> bool {
        const TIME_OR_PLACE: &[&str] = &[
            "during",
            "at",
            "in conjunction with",
            "on the sidelines of",
            "on the margins of",
        ];
        // "at the Lunar Forum (LF)": the acronym in brackets is the named gathering.
        let before = self.text[self.sentence.start..mention.start].trim_end();
        if let Some(name) = before
            .strip_suffix('(')
            .and_then(|rest| self.mention_ending_at(self.sentence.start + rest.trim_end().len()))
            .filter(|name| name.entry == mention.entry)
        {
            return self.names_a_gathering(name);
        }
        let mut before = before;
        for _ in 0..3 {
            let word = last_word(before);
            let ordinal = word.starts_with(|c: char| c.is_ascii_digit())
                || (!word.is_empty() && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X')))
                || ["the", "annual"].contains(&word);
            if !ordinal || word.is_empty() {
                break;
            }
            before = before[..before.len() - word.len()].trim_end();
        }
        let after_time_or_place = TIME_OR_PLACE.iter().any(|phrase| {
            before
                .len()
                .checked_sub(phrase.len())
                .and_then(|at| before.get(at..))
                .is_some_and(|end| end.eq_ignore_ascii_case(phrase))
                && before[..before.len() - phrase.len()]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric())
        });
        // The words are looked up in the cue lexicon only after the cheap test of the words
        // before.
        if !after_time_or_place {
            return false;
        }
        let entry = self.gazetteer.entry(mention.entry);
        let lexicon = self.gazetteer.gazetteer().cues();
        let gathering = |word: &str| {
            lexicon
                .whole(word)
                .is_some_and(|cue| cue.role == CueRole::Gathering)
        };
        let next_word = self.text[mention.end..self.sentence.end]
            .strip_prefix(' ')
            .and_then(|rest| rest.split(|c: char| !c.is_alphanumeric()).next())
            .unwrap_or("");
        gathering(last_word(&entry.name))
            || gathering(last_word(&self.text[mention.start..mention.end]))
            || gathering(next_word)
    }

    /// A body named in a person's title after the body the person works for ("NASA's
    /// Associate Administrator for the Science Mission Directorate", "ESA Director of the Space
    /// Safety Office"): an office inside that body, not a party of its own.
    fn office_in_a_title(&self, mention: &Mention) -> bool {
        let before = &self.text[self.sentence.start..mention.start];
        let before = before.strip_suffix("the ").unwrap_or(before);
        let Some(title_part) = before
            .strip_suffix(" for ")
            .or_else(|| before.strip_suffix(" of "))
        else {
            return false;
        };
        let title_end = self.sentence.start + title_part.len();
        self.cue_ending_at(title_end)
            .filter(|c| c.role == CueRole::Title)
            .is_some_and(|title| {
                let owner = &self.text[self.sentence.start..title.start];
                let owner = owner
                    .strip_suffix("'s ")
                    .or_else(|| owner.strip_suffix("’s "))
                    .or_else(|| owner.strip_suffix(' '))
                    .unwrap_or(owner);
                self.mention_ending_at(self.sentence.start + owner.len())
                    .is_some_and(|body| self.is_party(body))
            })
    }

    /// Whether a country is where a diplomat serves ("the Ambassador of Peru to Kenya",
    /// "Peru's envoy to Chile", "the ambassador in Kenya"): a place, not a party (the country
    /// represented acts through its diplomat and stays one).
    fn in_a_diplomats_title(&self, mention: &Mention) -> bool {
        const DIPLOMATS: &[&str] = &[
            "ambassador",
            "ambassadors",
            "envoy",
            "envoys",
            "consul",
            "consul general",
            "consul-general",
            "high commissioner",
        ];
        let sentence_start = self.sentence.start;
        let strip = |end: usize, suffix: &str| {
            self.text[sentence_start..end]
                .ends_with(suffix)
                .then(|| end - suffix.len())
        };
        let title_ends_at = |end: usize| {
            let text = tail(&self.text[sentence_start..end]);
            DIPLOMATS.iter().any(|d| {
                text.len() >= d.len()
                    && text.is_char_boundary(text.len() - d.len())
                    && text[text.len() - d.len()..].eq_ignore_ascii_case(d)
            })
        };
        let end = strip(mention.start, "the ").unwrap_or(mention.start);
        let Some(end) = [" to ", " in "].iter().find_map(|p| strip(end, p)) else {
            return false;
        };
        if title_ends_at(end) {
            return true;
        }
        // "the Ambassador of Peru to Kenya": the country represented stands between.
        self.mention_ending_at(end)
            .filter(|c| self.kind_of(c) == EntityType::Country)
            .and_then(|c| strip(strip(c.start, "the ").unwrap_or(c.start), " of "))
            .is_some_and(title_ends_at)
    }

    /// Whether "following" names parties that acted before rather than an event: "the third
    /// nation to sign the accords, following Peru and Chile" (not "following the agreement",
    /// nor "following Peru's decision").
    fn names_predecessors(&self, cue: &CueMatch) -> bool {
        cue.lemma.starts_with("following")
            && self.mention_starting_at(cue.end + 1).is_some_and(|m| {
                self.is_party(m) && !self.text[m.end..].starts_with(['\'', '\u{2019}'])
            })
    }

    /// Whether "at" joins a person's title to the body the person works for ("James Lee,
    /// Administrator at NASA", "an engineer at CNES"): the body, not a place.
    fn after_a_title(&self, cue: &CueMatch) -> bool {
        let before = self.text[self.sentence.start..cue.start].trim_end();
        &*cue.lemma == "at"
            && self
                .cue_ending_at(self.sentence.start + before.len())
                .is_some_and(|c| c.role == CueRole::Title)
    }

    /// Whether "at" joins a unit or its staff to the body that hosts them ("the Science
    /// Support Center at Caltech", "the Space Science Centre at Kyoto University", "researchers
    /// at NASA"): after a body's name or a word for a unit or for people who work there, the
    /// body after "at" is a party, not a place.
    fn hosts_what_precedes(&self, cue: &CueMatch) -> bool {
        const UNITS_AND_STAFF: &[&str] = &[
            "center",
            "centre",
            "laboratory",
            "lab",
            "institute",
            "department",
            "faculty",
            "school",
            "division",
            "unit",
            "group",
            "team",
            "teams",
            "committee",
            "board",
            "office",
            "directorate",
            "staff",
            "scientists",
            "researchers",
            "engineers",
            "astronomers",
            "experts",
            "specialists",
            "officials",
            "students",
        ];
        if &*cue.lemma != "at" {
            return false;
        }
        let before = self.text[self.sentence.start..cue.start].trim_end();
        let body_before = self
            .mention_ending_at(self.sentence.start + before.len())
            .is_some_and(|m| self.is_party(m) && self.kind_of(m) != EntityType::Country);
        body_before || is_one_of(last_word(before), UNITS_AND_STAFF)
    }

    /// Whether a preposition of place names who supplies, who offers, or the country bodies
    /// are from, not a place (see the three rules it asks).
    fn names_no_place(&self, cue: &CueMatch) -> bool {
        self.names_a_supplier(cue) || self.homes_a_body(cue) || self.names_who_offers(cue)
    }

    /// Whether a preposition repeated after "and", "or" or "as well as" goes on with the same
    /// preposition before it, which names no place ("astronauts from Canada and from Japan",
    /// "bought engines from Peru as well as from Chile"): the second names parties as the
    /// first does.
    fn repeats_a_partys_preposition(&self, cue: &CueMatch) -> bool {
        let before = self.text[self.sentence.start..cue.start].trim_end();
        let before = before.strip_suffix(',').unwrap_or(before);
        if ![" and", " or", " as well as"]
            .iter()
            .any(|joiner| before.ends_with(joiner))
        {
            return false;
        }
        let preposition = &*cue.lemma;
        self.cues
            .iter()
            .rev()
            .find(|c| {
                c.end <= cue.start
                    && (c.lemma.eq_ignore_ascii_case(preposition)
                        || c.lemma
                            .strip_suffix(preposition)
                            .is_some_and(|head| head.ends_with(' ')))
            })
            .is_some_and(|first| {
                !self.text[first.end..cue.start].contains([';', ':', '(', ')'])
                    && (first.role != CueRole::CountryLocation
                        || self.names_no_place(first)
                        || self.repeats_a_partys_preposition(first))
            })
    }

    /// Whether "in" (or "within", "across", "throughout", "from") names the country of the
    /// bodies before it ("counterpart agencies in Canada and the United Kingdom", "partners in
    /// Japan", "universities from Peru and Chile"): those countries stand for their bodies.
    fn homes_a_body(&self, cue: &CueMatch) -> bool {
        // In lowercase only: "the Kenya Space Agency in Egypt" names one body and a place.
        let before = self.word_before(cue.start);
        let opening = self.text[self.sentence.start..cue.start]
            .trim()
            .trim_start_matches("The ")
            == before;
        HOME_PREPOSITIONS
            .iter()
            .any(|p| cue.lemma.eq_ignore_ascii_case(p))
            && is_bodies_noun(before, opening)
    }

    /// Whether "from" names who supplies rather than a place: it follows a verb of supplying or
    /// acquiring in its clause ("bought two satellites from Japan", "leases it from Russia"),
    /// or, in a sentence of contributions, a craft's noun ("Besides a CubeSat from Kenya, the
    /// lander carries …": where the craft comes from) or a number standing for the things
    /// counted ("six instruments: three from Chile and one from Peru").
    fn names_a_supplier(&self, from: &CueMatch) -> bool {
        const REACH: usize = 8;
        if !from.lemma.eq_ignore_ascii_case("from") {
            return false;
        }
        let contribution = |c: &CueMatch| c.role == CueRole::Kind(ClaimKind::Contribution);
        let after_a_craft = self.cues.iter().any(|c| {
            c.role == CueRole::MissionWord
                && c.end <= from.start
                && self.text[c.end..from.start].trim().is_empty()
        });
        let word = self.word_before(from.start).to_lowercase();
        let after_a_count = word == "one" || number_value(&word).is_some();
        ((after_a_craft || after_a_count) && self.cues.iter().any(|c| contribution(c)))
            || self.cues.iter().any(|c| {
                (contribution(c) || c.role == CueRole::Trade)
                    && c.verb
                    && c.end <= from.start
                    && at_most_words(&self.text[c.end..from.start], REACH)
                    && !without_examples(&self.text[c.end..from.start]).contains([',', ';'])
            })
    }

    /// Whether "from" names who makes an offer or gives support rather than a place: it
    /// follows a noun for such an act within a few words of its clause ("an invitation from
    /// Peru to join", "an invitation to Kenya from Peru", "with support from Kenya").
    fn names_who_offers(&self, from: &CueMatch) -> bool {
        const REACH: usize = 4;
        const OFFERS: &[&str] = &[
            "invitation",
            "invitations",
            "request",
            "requests",
            "offer",
            "offers",
            "proposal",
            "proposals",
            "support",
            "help",
            "assistance",
            "funding",
        ];
        if !from.lemma.eq_ignore_ascii_case("from") {
            return false;
        }
        let before = tail_of(&self.text[self.sentence.start..from.start], 64);
        let clause = &before[before
            .rfind([',', ';', ':', '(', ')'])
            .map_or(0, |at| at + 1)..];
        words(clause)
            .iter()
            .rev()
            .take(REACH)
            .any(|w| is_one_of(w.text, OFFERS))
    }

    /// Whether `rest` opens with a noun of hardware a party supplies ("instrument",
    /// "cameras"): one that the lexicon makes a contribution with "from" after it ("instruments
    /// from"). A country before it says where the thing comes from: "a U.S. instrument" is the
    /// United States' contribution, "a US company" no party.
    fn names_hardware(&self, rest: &str) -> bool {
        let noun = rest
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        let lexicon = self.gazetteer.gazetteer().cues();
        lexicon
            .whole(&format!("{noun} from"))
            .is_some_and(|cue| cue.role == CueRole::Kind(ClaimKind::Contribution))
    }

    /// A country written as a modifier inside a longer capitalised name ("the Korea-U.S.
    /// Cooperation Agreement", "the U.S. Congress"), an adjective ("US-centric", "China-led"),
    /// the nationality of a mission named after it ("the US NOAA-19 satellite") or of something
    /// unnamed ("a US company", "its US subsidiary", "the firm's New Zealand launch site"): a
    /// party only when nothing else is.
    pub(super) fn is_name_modifier(&self, mention: &Mention) -> bool {
        if self.kind_of(mention) != EntityType::Country {
            return false;
        }
        if self.qualifies_its_body(mention) || self.describes_next_agency(mention) {
            return true;
        }
        // "the US NOAA-19 satellites": the nationality of the mission named right after it.
        if self.text[mention.end..self.sentence.end].starts_with(' ')
            && self
                .mention_starting_at(mention.end + 1)
                .is_some_and(|m| self.kind_of(m).is_mission())
        {
            return true;
        }
        if self.opens_a_title(mention) {
            return false;
        }
        // Only the last few characters matter: lowercasing the whole prefix per mention
        // would make a long sentence quadratic.
        let prefix = &self.text[self.sentence.start..mention.start];
        let mut tail_start = prefix.len().saturating_sub(7);
        while !prefix.is_char_boundary(tail_start) {
            tail_start -= 1;
        }
        let before = prefix[tail_start..].to_lowercase();
        // "a US company", "its US subsidiary", "the company's New Zealand launch site", "the
        // first UAE astronaut", "two Kenyan candidates".
        let after_a_determiner = [" a ", " an ", "(a ", "(an ", " its ", " their "]
            .iter()
            .any(|a| before.ends_with(a) || before == a.trim_start())
            || before.ends_with("'s ")
            || before.ends_with("’s ")
            || (before.ends_with(' ')
                && is_one_of(self.word_before(mention.start), COUNTING)
                && !self.craft_noun_follows(mention)
                && !self.noun_shared_with_a_party(mention));
        if after_a_determiner
            && self.text[mention.end..self.sentence.end]
                .strip_prefix(' ')
                .is_some_and(|rest| {
                    rest.starts_with(|c: char| c.is_lowercase()) && !self.names_hardware(rest)
                })
        {
            return true;
        }
        let mut at = mention.end;
        // "the India-Brazil Joint Working Group": a pair joined by a dash names the two sides
        // of the body, which are parties.
        let before_dash = self.text[self.sentence.start..mention.start]
            .strip_suffix(['-', '\u{2013}'])
            .map(|before| self.sentence.start + before.len());
        let mut paired = before_dash
            .and_then(|end| self.mention_ending_at(end))
            .is_some_and(|m| self.kind_of(m).is_party());
        loop {
            let rest = &self.text[at..self.sentence.end];
            let skipped = rest.trim_start_matches(|c: char| {
                c == ' ' || c == '/' || c == '-' || c == '\u{2013}' || c == '\u{2010}'
            });
            if skipped.len() == rest.len() && !rest.starts_with(' ') {
                return false;
            }
            let next_at = at + (rest.len() - skipped.len());
            if let Some(next) = self.mention_starting_at(next_at) {
                paired |= matches!(&rest[..rest.len() - skipped.len()], "-" | "\u{2013}")
                    && self.kind_of(next).is_party();
                at = next.end;
                continue;
            }
            if paired && self.names_a_joint_body(skipped) {
                return false;
            }
            // "Chile – Agencia Espacial …": a dash with a space on each side sets off what
            // follows, as a comma would; it joins no name.
            let separator = &rest[..rest.len() - skipped.len()];
            if SPACED_DASHES.iter().any(|dash| separator.contains(dash)) {
                return false;
            }
            // "the Korea-U.S. Cooperation Agreement" (a name), "US-centric" (an adjective);
            // "with Peru September 23": a date follows the name, not more of it.
            let hyphenated = rest.starts_with(['-', '\u{2010}']);
            let next_word = skipped
                .split(|c: char| !c.is_alphanumeric() && c != '.')
                .next()
                .unwrap_or("");
            return (skipped.starts_with(|c: char| c.is_uppercase())
                && (hyphenated || !is_calendar_word(next_word)))
                || (hyphenated && skipped.starts_with(|c: char| c.is_lowercase()));
        }
    }

    /// Whether a craft's noun ("satellite", "probe") follows the mention: "the first Kenya
    /// satellite" is Kenya's, the country its owner.
    fn craft_noun_follows(&self, mention: &Mention) -> bool {
        let patterns = self.gazetteer.gazetteer().name_patterns();
        patterns.is(self.word_after(mention), NameWord::MissionNoun)
    }

    /// The letters of the word right after a mention and one space ("the first Kenya
    /// satellite" gives "satellite"); empty when no such word follows.
    pub(super) fn word_after(&self, mention: &Mention) -> &str {
        self.text[mention.end..self.sentence.end]
            .strip_prefix(' ')
            .and_then(|rest| rest.split(|c: char| !c.is_alphabetic()).next())
            .unwrap_or("")
    }

    /// Whether the lowercase noun right after a mention also follows the name of another
    /// party, a body, in the sentence ("ESA astronaut Ana Lima and the first Kenya
    /// astronaut"): the two stand alike in one list, and the country is a party as the agency
    /// is. Two nationalities alike ("the first Peru astronaut and the first Kenya astronaut")
    /// do not make each other parties.
    fn noun_shared_with_a_party(&self, mention: &Mention) -> bool {
        let noun = self.word_after(mention);
        if !noun.starts_with(char::is_lowercase) {
            return false;
        }
        self.mentions.iter().any(|other| {
            other.entry != mention.entry
                && self.kind_of(other) != EntityType::Country
                && self.is_party(other)
                && self.text[other.end..self.sentence.end]
                    .strip_prefix(' ')
                    .and_then(|rest| rest.strip_prefix(noun))
                    .is_some_and(|after| !after.starts_with(char::is_alphabetic))
        })
    }

    /// Whether a body's name stands for one meeting of it: a numbered ordinal before it ("the
    /// 24th APRSAF", "at the 73rd International Astronautical Congress") or a number joined
    /// after it ("APRSAF-24"). The event is where something happened, not a party.
    pub(super) fn numbered_event(&self, body: &Mention) -> bool {
        let kind = self.kind_of(body);
        if !kind.is_party() || kind == EntityType::Country {
            return false;
        }
        let before = self.text[self.sentence.start..body.start].trim_end_matches(' ');
        let ordinal = tail(before).rsplit(' ').next().unwrap_or("");
        let numbered_ordinal = ["st", "nd", "rd", "th"].iter().any(|suffix| {
            ordinal.strip_suffix(suffix).is_some_and(|number| {
                !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit())
            })
        });
        let after = &self.text[body.end..self.sentence.end];
        let numbered_after = after
            .strip_prefix('-')
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
        // "the Asia-Pacific Regional Space Agency Forum (APRSAF-30)": its own short name with
        // a number in brackets after it (not another thing's: "Arianespace (Ariane-6)").
        let own_short_name = || {
            self.mention_starting_at(body.end + 2)
                .is_some_and(|short| short.entry == body.entry)
        };
        let numbered_in_brackets = after
            .strip_prefix(" (")
            .and_then(|rest| rest.split_once(')'))
            .is_some_and(|(inner, _)| !inner.contains(' ') && ends_in_a_number(inner))
            && own_short_name();
        // "APRSAF-30" matched as a whole, where the body is listed without the number
        // ("OKB-1" and "G-20" are names of their own).
        let written = &self.text[body.start..body.end];
        let listed_so = || {
            let entry = self.gazetteer.entry(body.entry);
            written.eq_ignore_ascii_case(&entry.name)
                || entry
                    .aliases
                    .iter()
                    .any(|alias| written.eq_ignore_ascii_case(&alias.text))
        };
        let numbered_itself = ends_in_a_number(written) && !listed_so();
        numbered_ordinal || numbered_after || numbered_in_brackets || numbered_itself
    }

    /// Whether a body's name opens the name of an event: capitalised words after it, up to
    /// [`EVENT_NAME_WORDS`], end in a noun for an event ("the United Nations World Space Week",
    /// "the ESA Living Planet Symposium", "the NASA Space Apps Challenge"). The event is where
    /// something happened, not a party.
    pub(super) fn opens_an_event_name(&self, body: &Mention) -> bool {
        let kind = self.kind_of(body);
        if !kind.is_party() {
            return false;
        }
        // A pair joined by a dash opens the name as one ("the EU-Kenya Space Dialogue", "the
        // Peru–Chile Leaders Summit"), a country in it too.
        // The pair's event is a place only after a preposition ("at", "during", "on the
        // margins of"): as a subject, its members act ("The Kenya-Peru Dialogue agreed …").
        let (pair_start, pair_end) = self.joined_pair_around(body);
        let in_a_pair = (pair_start, pair_end) != (body.start, body.end);
        if in_a_pair {
            let before = self.text[self.sentence.start..pair_start].trim_end();
            let before = before.strip_suffix(" the").unwrap_or(before);
            if !is_one_of(last_word(before), EVENT_PREPOSITIONS) {
                return false;
            }
        }
        if kind == EntityType::Country && !in_a_pair {
            return false;
        }
        let Some(after) = self.text[pair_end..self.sentence.end].strip_prefix(' ') else {
            return false;
        };
        // Punctuation after a word ends the name ("with JAXA Monday, Summit organisers
        // said" names no event); a noun after the event's makes it an attribute ("the NASA
        // Space Apps Challenge team").
        let mut words = after.split(' ');
        for written in words.by_ref().take(EVENT_NAME_WORDS) {
            let word = written.trim_end_matches(|c: char| !c.is_alphanumeric());
            if !word.starts_with(char::is_uppercase) {
                return false;
            }
            if EVENT_NOUNS.contains(&word) {
                let next = words.next().unwrap_or("");
                return word.len() != written.len()
                    || !next.starts_with(char::is_lowercase)
                    || AFTER_AN_EVENT.contains(&next);
            }
            if word.len() != written.len() {
                return false;
            }
        }
        false
    }

    /// Whether a body is named only as the one whose meeting is the occasion of the sentence:
    /// "on the margins of the 12th session of the Space Policy Committee", "at the annual
    /// meeting of the ESA Council". A preposition of time or place opens the occasion, and the
    /// body's name ends the phrase ("at a meeting of Chile and Peru" names its participants).
    pub(super) fn holds_the_meeting(&self, body: &Mention) -> bool {
        const OCCASIONS: &[&str] = &[
            "session",
            "sessions",
            "sidelines",
            "margins",
            "meeting",
            "meetings",
            "plenary",
            "assembly",
        ];
        /// How many words before the occasion's noun its preposition may stand ("on the
        /// margins of the 12th session").
        const PREPOSITION_REACH: usize = 6;
        // Words after the body that close the occasion's phrase: its place, time or clause.
        const ENDS_THE_PHRASE: &[&str] = &[
            "in", "on", "at", "held", "chaired", "hosted", "last", "this", "earlier", "which",
            "where", "when",
        ];
        let kind = self.kind_of(body);
        if !kind.is_party() || kind == EntityType::Country {
            return false;
        }
        let before = self.text[self.sentence.start..body.start].trim_end();
        let before = before.strip_suffix(" the").unwrap_or(before);
        let Some(before) = before.strip_suffix(" of") else {
            return false;
        };
        let words: Vec<&str> = before.split_whitespace().collect();
        let Some((noun, earlier)) = words.split_last() else {
            return false;
        };
        let after = &self.text[body.end..self.sentence.end];
        let next = after.split_whitespace().next().unwrap_or("");
        // "at a meeting of ESA, JAXA and NASA": a list after the body names participants.
        let list_goes_on = after.strip_prefix(", ").is_some_and(|rest| {
            self.list_member_follows(rest)
                || rest
                    .strip_prefix("the ")
                    .is_some_and(|rest| self.list_member_follows(rest))
        });
        let ends_phrase = !list_goes_on
            && (!after.starts_with(' ')
                || next.starts_with(|c: char| !c.is_alphanumeric())
                || is_one_of(next, ENDS_THE_PHRASE));
        is_one_of(noun, OCCASIONS)
            && ends_phrase
            && earlier
                .iter()
                .rev()
                .take(PREPOSITION_REACH)
                .any(|w| is_one_of(w, EVENT_PREPOSITIONS) && !w.eq_ignore_ascii_case("of"))
    }

    /// The span of the names joined to `body` by dashes without spaces ("EU-Kenya",
    /// "Peru–Chile"), from the first to the last; the body's own span when none is.
    fn joined_pair_around(&self, body: &Mention) -> (usize, usize) {
        let (mut start, mut end) = (body.start, body.end);
        while let Some(next) = self.text[end..self.sentence.end]
            .strip_prefix(['-', '\u{2013}'])
            .and_then(|rest| self.mention_starting_at(self.sentence.end - rest.len()))
        {
            end = next.end;
        }
        while let Some(before) = self.text[self.sentence.start..start]
            .strip_suffix(['-', '\u{2013}'])
            .and_then(|before| self.mention_ending_at(self.sentence.start + before.len()))
        {
            start = before.start;
        }
        (start, end)
    }

    /// Whether a body is a person's former employer: "former" or "ex-" before it and a word for
    /// a person after it ("former NASA astronaut Ana Lima", "an ex-ESA official"). The person
    /// no longer speaks or acts for the body.
    pub(super) fn former_employer(&self, body: &Mention) -> bool {
        let before = self.text[self.sentence.start..body.start].trim_end_matches(' ');
        let former = before.strip_suffix("ex-").is_some()
            || before.strip_suffix("Ex-").is_some()
            || last_word(before).eq_ignore_ascii_case("former");
        let person = self.word_after(body);
        let after = body.end + 1;
        former
            && !person.is_empty()
            && (PEOPLE.iter().any(|p| person.eq_ignore_ascii_case(p))
                || self
                    .cue_starting_at(after)
                    .is_some_and(|c| c.role == CueRole::Title))
    }

    /// Whether a country is a person's surname: a title and a given name stand right before it
    /// ("Arianespace CEO Stephane Israel").
    pub(super) fn surname_after_a_title(&self, country: &Mention) -> bool {
        let Some(before) = self.text[self.sentence.start..country.start].strip_suffix(' ') else {
            return false;
        };
        let given = tail(before).rsplit(' ').next().unwrap_or("");
        let title_end = self.sentence.start + before.len() - given.len();
        self.kind_of(country) == EntityType::Country
            && given.starts_with(char::is_uppercase)
            && given.chars().all(char::is_alphabetic)
            && self.mention_starting_at(title_end).is_none()
            && title_end
                .checked_sub(1)
                .and_then(|end| self.cue_ending_at(end))
                .is_some_and(|c| c.role == CueRole::Title)
    }

    /// Whether a body the document names by its shape follows a pair of parties joined by a
    /// dash ("the India-Brazil Joint Working Group"): the pair's forum, whose two sides are
    /// the parties.
    pub(super) fn forum_of_a_pair(&self, body: &Mention) -> bool {
        let party_ending_at = |end: usize| {
            self.mention_ending_at(end)
                .filter(|m| m.end == end && self.kind_of(m).is_party())
        };
        // A listed body keeps its name ("the Ukraine-Brazil Alcantara Cyclone Space").
        let is_body = matches!(
            self.kind_of(body),
            EntityType::Agency | EntityType::Organization
        ) && self.gazetteer.is_local(body.entry);
        let Some(second) = self.text[self.sentence.start..body.start]
            .strip_suffix(' ')
            .and_then(|before| party_ending_at(self.sentence.start + before.len()))
        else {
            return false;
        };
        is_body
            && self.text[self.sentence.start..second.start]
                .strip_suffix(['-', '\u{2013}'])
                .and_then(|before| party_ending_at(self.sentence.start + before.len()))
                .is_some()
    }

    /// Whether the capitalised words that open `rest` make a joint body's name: "Joint" and the
    /// head word of an organisation ("Joint Working Group on Space"), not of an agreement or a
    /// mission ("Cooperation Agreement on Lunar Orbiter Mission"), nor a body of one side
    /// ("Economic and Security Review Commission").
    fn names_a_joint_body(&self, rest: &str) -> bool {
        let patterns = self.gazetteer.gazetteer().name_patterns();
        let name: Vec<&str> = rest
            .split(' ')
            .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
            .take_while(|w| w.starts_with(char::is_uppercase) || NAME_CONNECTORS.contains(w))
            .collect();
        name.contains(&"Joint")
            && name.iter().any(|w| {
                matches!(
                    patterns.head_type(w),
                    Some(NameWord::Head(EntityType::Organization) | NameWord::AgencyHead)
                )
            })
    }

    /// Whether a person's title follows a country among the next capitalised words, before
    /// any head word of a body ("US Secretary of Commerce Ana Lima", "UK Science Minister"):
    /// the person acts for the country, which is named, not a modifier of a longer name.
    fn opens_a_title(&self, country: &Mention) -> bool {
        const TITLE_REACH_WORDS: usize = 3;
        let patterns = self.gazetteer.gazetteer().name_patterns();
        let mut at = country.end;
        for _ in 0..TITLE_REACH_WORDS {
            let Some(rest) = self.text[at..self.sentence.end].strip_prefix(' ') else {
                return false;
            };
            let word_at = self.sentence.end - rest.len();
            if self
                .cue_starting_at(word_at)
                .is_some_and(|c| c.role == CueRole::Title)
            {
                return true;
            }
            let word = rest
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            if !word.starts_with(char::is_uppercase) || patterns.head_type(word).is_some() {
                return false;
            }
            at = word_at + word.len();
        }
        false
    }

    /// Whether a country opens a description of its own agency named right after it ("US Space
    /// Agency NASA", "the Kenya space agency KSA"): which agency is meant, one side with it,
    /// not a party of its own.
    fn describes_next_agency(&self, country: &Mention) -> bool {
        let rest = &self.text[country.end..self.sentence.end];
        [" space agency ", " national space agency "]
            .iter()
            .any(|d| {
                rest.get(..d.len())
                    .is_some_and(|r| r.eq_ignore_ascii_case(d))
                    && self
                        .mention_starting_at(country.end + d.len())
                        .is_some_and(|m| {
                            self.kind_of(m) == EntityType::Agency && self.belongs_to(m, country)
                        })
            })
    }

    /// A country after "of" that names the own country of the body before it ("the Ministry
    /// of Science of Ruritania", "Orbital Works Ltd of Ruritania"): part of how the body is
    /// named, or where it is. A company's legal form may stand between. A space agency's
    /// country is the state it acts for, a party of its own ("NASA of the United States"),
    /// unless the agency's acronym follows it in brackets.
    fn qualifies_its_body(&self, country: &Mention) -> bool {
        let before = &self.text[self.sentence.start..country.start];
        let before = before.strip_suffix("the ").unwrap_or(before);
        let Some(body) = before.strip_suffix(" of ") else {
            return false;
        };
        let patterns = self.gazetteer.gazetteer().name_patterns();
        let body = match body.trim_end_matches('.').rsplit_once(' ') {
            Some((name, form)) if patterns.is(form, NameWord::LegalForm) => {
                name.trim_end_matches(',')
            }
            _ => body,
        };
        // "the National Commission on Space Activities of Argentina (CONAE)": the acronym
        // after the country closes a name that holds it, an agency's too.
        let closes_a_name = self.text[country.end..self.sentence.end].starts_with(" (");
        self.mention_ending_at(self.sentence.start + body.len())
            .is_some_and(|b| {
                (self.kind_of(b) != EntityType::Agency || closes_a_name)
                    && self.belongs_to(b, country)
            })
    }

    /// Whether the gazetteer lists `country` as the home of `body`.
    fn belongs_to(&self, body: &Mention, country: &Mention) -> bool {
        let iso = self
            .gazetteer
            .entry(country.entry)
            .id
            .strip_prefix("country:");
        iso.is_some()
            && self
                .gazetteer
                .entry(body.entry)
                .attributes
                .get("country")
                .map(String::as_str)
                == iso
    }

    /// A country after a combining form in one adjective ("the Indo-US mission", "Sino-Russian"):
    /// a nationality adjective, no party.
    pub(super) fn in_combining_form(&self, mention: &Mention) -> bool {
        let before = &self.text[self.sentence.start..mention.start];
        let Some(stem) = before.strip_suffix(['-', '\u{2010}', '\u{2013}']) else {
            return false;
        };
        let word = stem
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        self.kind_of(mention) == EntityType::Country
            && word.len() >= 4
            && word.ends_with('o')
            && word.starts_with(char::is_uppercase)
            && self.mention_ending_at(mention.start - 1).is_none()
    }

    /// The byte range of the clause around `at`, clauses being parts of the sentence split at
    /// a contrast (", but", "; ", ", although", ", whereas", ", while") outside brackets (a
    /// semicolon in "(Centro Espacial; CE)" parts two names of one body).
    pub(super) fn clause_around(&self, at: usize) -> (usize, usize) {
        const CONTRASTS: &[&str] = &[", but ", "; ", ", although ", ", whereas ", ", while "];
        let (start, end) = (self.sentence.start, self.sentence.end);
        let sentence = &self.text[start..end];
        // Every contrast opens with a comma or a semicolon found nowhere else in it, so one
        // pass over the sentence finds them all, in order, each once.
        let mut bounds = vec![start];
        let mut depth = 0usize;
        for (i, byte) in sentence.bytes().enumerate() {
            match byte {
                b'(' => depth += 1,
                b')' => depth = depth.saturating_sub(1),
                b',' | b';'
                    if depth == 0
                        && CONTRASTS.iter().any(|c| sentence[i..].starts_with(c))
                        && !self.second_predicate_after(start + i) =>
                {
                    bounds.push(start + i);
                }
                _ => {}
            }
        }
        bounds.push(end);
        let after = bounds.partition_point(|&b| b <= at);
        (
            bounds[after.saturating_sub(1)],
            bounds[after.min(bounds.len() - 1)],
        )
    }

    /// Whether the ", but" at `at` opens a second predicate of the clause's subject: a verb of
    /// cooperation or of stopping, a wish or a plan, with no subject of its own, after a few
    /// auxiliaries or adverbs at most ("Kenya cut ties with Peru, but joined Chile's mission",
    /// ", but will join"), not a clause ("…, but in 2023 NASA signed") nor a negated
    /// predicate (", but has not sought NASA's participation").
    fn second_predicate_after(&self, at: usize) -> bool {
        const LEADS: &[&str] = &[
            "be", "been", "being", "later", "also", "instead", "still", "rather", "then", "soon",
            "since", "now",
        ];
        const MOST_LEADS: usize = 3;
        let Some(rest) = self.text[at..self.sentence.end].strip_prefix(", but ") else {
            return false;
        };
        let rest_at = self.sentence.end - rest.len();
        let mut verb_at = rest_at;
        for word in word_iter(rest).take(MOST_LEADS) {
            // "…, but quickly joined": an adverb in -ly leads the verb too.
            let adverb = word.text.len() > 4 && word.text.ends_with("ly");
            if !is_one_of(word.text, FINITE) && !is_one_of(word.text, LEADS) && !adverb {
                break;
            }
            verb_at = rest_at + word.start + word.text.len() + 1;
        }
        // A wish or a plan of the subject ("…, but plans to join", "…, but wants to work
        // with") leads its own predicate too.
        self.cue_starting_at(verb_at).is_some_and(|cue| {
            (cue.verb && matches!(cue.role, CueRole::Kind(_) | CueRole::Cessation))
                || matches!(
                    cue.role,
                    CueRole::Intended | CueRole::Plan | CueRole::Planned
                )
        })
    }

    /// The relative clauses set off by a comma (", which …", ", who …", ", whose …"), each
    /// from its comma up to the next comma or the sentence's end.
    pub(super) fn relative_clauses(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        let (start, end) = (self.sentence.start, self.sentence.end);
        let sentence = &self.text[start..end];
        [", which ", ", who ", ", whose "]
            .into_iter()
            .flat_map(move |opener| {
                sentence.match_indices(opener).map(move |(at, _)| {
                    let after = at + opener.len();
                    let clause_end = sentence[after..]
                        .find(',')
                        .map_or(end, |c| start + after + c);
                    (start + at, clause_end)
                })
            })
    }

    /// Relative clauses (", which …", ", who …", ", whose …" up to the next comma) that
    /// describe a thing rather than a party and do not hold the main cue. One right after a
    /// party describes that participant ("Arianespace, which belongs to ArianeGroup") and is
    /// kept.
    pub(super) fn descriptive_clauses(
        &self,
        parties: &[ClaimEntity],
        main: &CueMatch,
    ) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for (clause_start, clause_end) in self.relative_clauses() {
            let holds_main = main.start >= clause_start && main.end <= clause_end;
            // "Arianespace, which belongs to ArianeGroup, …": a clause about a party
            // that names the party's parent says who stands behind it.
            let names_parent = parties.iter().filter(|p| p.end == clause_start).any(|p| {
                let parent = self.gazetteer.entry(p.entry).attributes.get("parent");
                parties.iter().any(|q| {
                    q.start >= clause_start
                        && q.end <= clause_end
                        && Some(&self.gazetteer.entry(q.entry).id) == parent
                })
            });
            if !holds_main && !names_parent {
                out.push((clause_start, clause_end));
            }
        }
        out.extend(
            self.participle_clauses_after_missions()
                .filter(|&(start, end)| !(main.start >= start && main.end <= end)),
        );
        out
    }

    /// Participle clauses set off after a mission that name who launched or built it (",
    /// launched with SpaceX", ", built by Airbus, Thales and OHB"), up to the comma that ends
    /// their list: like a relative clause, they describe the craft, and a launcher or a
    /// builder is no partner. A clause of developing or funding ("developed with ESA",
    /// "funded by the EU") names partners and is not one of them.
    fn participle_clauses_after_missions(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        const LAUNCHED_BY: &[&str] = &["with", "by", "on", "aboard"];
        const BUILT: &[&str] = &["built", "manufactured", "assembled", "made"];
        let (start, end) = (self.sentence.start, self.sentence.end);
        self.text[start..end]
            .match_indices(", ")
            .map(move |(at, _)| start + at)
            .filter(move |&comma| self.ends_a_mission(comma))
            .filter_map(move |comma| {
                let from = comma + ", ".len();
                let mut words = self.text[from..end].split(' ');
                let participle = words.next()?;
                let preposition = words.next()?;
                let names_maker = (participle == "launched" && is_one_of(preposition, LAUNCHED_BY))
                    || (is_one_of(participle, BUILT) && preposition == "by");
                names_maker.then(|| (comma, self.end_of_list_clause(from)))
            })
    }

    /// Where a clause from `from` ends: at the first comma after it that no further member of
    /// a list follows (", Thales", ", and OHB"), or at the sentence's end.
    fn end_of_list_clause(&self, from: usize) -> usize {
        let end = self.sentence.end;
        self.text[from..end]
            .match_indices(',')
            .map(|(at, _)| from + at)
            .find(|&comma| !self.list_member_follows(&self.text[comma + 1..end]))
            .unwrap_or(end)
    }

    /// Whether `rest`, the end of the sentence after a comma, goes on with another member of a
    /// list: "and", or a name ("…, Thales and OHB").
    fn list_member_follows(&self, rest: &str) -> bool {
        let next = rest.trim_start();
        next.starts_with("and ")
            || self
                .mention_starting_at(self.sentence.end - next.len())
                .is_some()
    }

    /// Whether a party stands in a clause describing a launch or a mission (`clause`) only as
    /// the owner of another craft it carries as well: "the rideshare mission, which will also
    /// deploy NASA's solar sail satellite". A fellow passenger on one launch is no partner; an
    /// instrument carried ("which carries NASA's camera") is a share of the work and stays.
    pub(super) fn fellow_passenger(
        &self,
        party: &ClaimEntity,
        (start, end): (usize, usize),
    ) -> bool {
        const CARRYING: &[&str] = &[
            "carry", "carries", "carried", "deploy", "deploys", "deployed", "launch", "launches",
            "launched",
        ];
        const CRAFT_REACH: usize = 4;
        let before = words(&self.text[start..party.start]);
        // The verb carries this craft, or a list of crafts this one goes on ("also launched
        // ESA's probe and Peru's cubesat").
        let Some(verb) = before.iter().rposition(|w| is_one_of(w.text, CARRYING)) else {
            return false;
        };
        let also = before[..verb]
            .iter()
            .any(|w| w.text.eq_ignore_ascii_case("also"));
        // What this party owns: up to the next item of a list.
        let after = &self.text[party.end..end];
        let owned = after
            .find([',', ';'])
            .into_iter()
            .chain(after.find(" and "))
            .min()
            .map_or(after, |at| &after[..at]);
        let patterns = self.gazetteer.gazetteer().name_patterns();
        let owned_at = party.end;
        let craft = self.mentions.iter().any(|m| {
            m.start >= owned_at
                && m.end <= owned_at + owned.len()
                && self.kind_of(m).is_mission()
                && at_most_words(&self.text[owned_at..m.start], CRAFT_REACH)
        }) || word_iter(owned)
            .take(CRAFT_REACH + 1)
            .any(|w| patterns.is(w.text, NameWord::MissionNoun));
        owned.starts_with(['\'', '\u{2019}']) && also && craft
    }

    /// Whether every party belongs to one body or one country: a country with its own
    /// agencies, or an organisation with its parent, is not international cooperation.
    pub(super) fn one_family(&self, parties: &[ClaimEntity]) -> bool {
        let gazetteer = self.gazetteer;
        // A dependent territory is its sovereign's: "Norway and Svalbard" is one country.
        let country_of = |entry: usize| {
            gazetteer
                .sovereign(entry)
                .map(|sovereign| gazetteer.entry(sovereign).id.clone())
                .or_else(|| gazetteer.home_country(entry))
        };
        let root = |entry: usize| {
            let mut current = entry;
            for _ in 0..8 {
                let parent = gazetteer
                    .entry(current)
                    .attributes
                    .get("parent")
                    .and_then(|id| gazetteer.index_of(id));
                match parent {
                    Some(p) if parties.iter().any(|q| q.entry == p) => current = p,
                    _ => break,
                }
            }
            current
        };
        // A country with its own body is one; two bodies of a country, one not part of the
        // other, work together ("UC Berkeley and three other U.S. institutions").
        let is_country = |p: &&ClaimEntity| gazetteer.entry(p.entry).kind == EntityType::Country;
        let first_country = country_of(parties[0].entry);
        let mut body_roots = parties
            .iter()
            .filter(|p| !is_country(p))
            .map(|p| root(p.entry));
        let bodies_share_a_root = body_roots
            .next()
            .is_none_or(|first| body_roots.all(|r| r == first));
        if parties.iter().any(|p| is_country(&p))
            && first_country.is_some()
            && parties.iter().all(|p| country_of(p.entry) == first_country)
            && bodies_share_a_root
        {
            return true;
        }
        let first_root = root(parties[0].entry);
        let one_root = parties.iter().all(|p| root(p.entry) == first_root);
        (one_root && !self.bodies_coordinated(parties)) || self.a_part_and_its_parent(parties)
    }

    /// Whether two of the parties are bodies joined as equals, "and" or "with" between them
    /// ("developed by the university and its institute", "the university worked with its
    /// institute"): a part working with its parent is two parties, where "NASA's JPL" is one.
    fn bodies_coordinated(&self, parties: &[ClaimEntity]) -> bool {
        const JOINS: &[&str] = &["and", ", and", "with", "together with", "along with"];
        let bodies: Vec<&ClaimEntity> = parties
            .iter()
            .filter(|p| {
                p.antecedent.is_none() && self.gazetteer.entry(p.entry).kind != EntityType::Country
            })
            .collect();
        let joined = |first: &ClaimEntity, second: &ClaimEntity| {
            let between = self.text[first.end..second.start].trim();
            let between = between
                .strip_suffix(" the")
                .or_else(|| between.strip_suffix(" its"))
                .unwrap_or(between);
            JOINS.contains(&between)
                || (between.ends_with(" with")
                    && !between.contains([',', ';', '('])
                    && at_most_words(between, 3))
        };
        bodies.iter().any(|first| {
            bodies.iter().any(|second| {
                second.entry != first.entry && first.end < second.start && joined(first, second)
            })
        })
    }

    /// Whether the parties are two bodies, one set off as a part of the other: "Surrey
    /// Satellite Technology, a spin-off from the University of Surrey", "Glavkosmos, a
    /// subsidiary of Roscosmos". The parent counts beside a partner of its part, not alone.
    fn a_part_and_its_parent(&self, parties: &[ClaimEntity]) -> bool {
        const PART_OF: &[&str] = &[
            ", a spin-off from",
            ", a spinoff from",
            ", a subsidiary of",
            ", a division of",
            ", a unit of",
            ", a branch of",
            ", part of",
        ];
        let first = parties[0].entry;
        let Some(other) = parties.iter().map(|p| p.entry).find(|&e| e != first) else {
            return false;
        };
        if parties.iter().any(|p| p.entry != first && p.entry != other) {
            return false;
        }
        parties.iter().any(|parent| {
            self.text_before(parent).is_some_and(|before| {
                PART_OF
                    .iter()
                    .any(|phrase| ends_with_phrase(before, phrase))
            })
        })
    }

    /// The last words of the sentence before a party named in it, an article before the party
    /// left out ("… a spin-off from" before "the University of Surrey"); none for a reference.
    fn text_before(&self, party: &ClaimEntity) -> Option<&str> {
        let before = self.text[self.sentence.start..party.start].trim_end();
        let before = before.strip_suffix("the").map_or(before, str::trim_end);
        party.antecedent.is_none().then(|| tail(before))
    }

    /// Whether `word` (and an article) stands right before a party named in the sentence.
    pub(super) fn follows_word(&self, party: &ClaimEntity, word: &str) -> bool {
        self.text_before(party).is_some_and(|before| {
            before
                .rsplit(char::is_whitespace)
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case(word))
        })
    }

    /// Whether "for", or another phrase naming whom work is done for ("under contract to"),
    /// stands right before a party: what is made goes to it.
    pub(super) fn follows_for(&self, party: &ClaimEntity) -> bool {
        let ends_with_opener = |before: &str| {
            let before = before.trim_end();
            let before = before.strip_suffix("the").map_or(before, str::trim_end);
            CUSTOMER_OPENERS
                .iter()
                .any(|opener| ends_with_phrase(before, opener))
        };
        self.text_before(party).is_some_and(|before| {
            if ends_with_opener(before) {
                return true;
            }
            // "for the Kazakh agency KazCosmos", "for Nigeria's space agency NASRDA": a
            // descriptor of the body may stand between, and a country owning it before that.
            let Some(described) = before_a_body_descriptor(before) else {
                return false;
            };
            if ends_with_opener(described) {
                return true;
            }
            before_possessive(described.trim_end()).is_some_and(|owner| {
                // `owner` is a slice of the text: where it ends is where the possessor ends.
                let owner_end = owner.as_ptr() as usize - self.text.as_ptr() as usize + owner.len();
                self.mention_ending_at(owner_end).is_some_and(|owner| {
                    ends_with_opener(&self.text[self.sentence.start..owner.start])
                })
            })
        })
    }

    /// Whether a descriptor of a body and then a party's name follow `at` ("'s space agency
    /// NASRDA" after "Nigeria"): the possessor owns the party, no noun it modifies.
    fn describes_a_party_after(&self, at: usize) -> bool {
        let after = &self.text[at..self.sentence.end];
        let Some(after) = after_possessive(after) else {
            return false;
        };
        let mut offset = at + (self.text[at..self.sentence.end].len() - after.len());
        let trimmed = after.trim_start();
        offset += after.len() - trimmed.len();
        for (count, word) in trimmed.split_inclusive(' ').enumerate() {
            if count > DESCRIPTOR_WORDS || word.trim().is_empty() {
                return false;
            }
            offset += word.len();
            if is_one_of(word.trim(), BODY_DESCRIPTORS) {
                return self
                    .mention_starting_at(offset)
                    .is_some_and(|m| self.is_party(m));
            }
            if !is_descriptor_adjective(word.trim()) {
                return false;
            }
        }
        false
    }

    /// Whether a party is named as the customer of what is made: after "for", with no noun it
    /// modifies after it ("for Pakistan", not "for NASA's rover" or "for the NASA rover").
    pub(super) fn is_customer(&self, party: &ClaimEntity) -> bool {
        const CLAUSE_WORDS: &[&str] = &[
            "and", "or", "in", "on", "at", "by", "with", "to", "from", "was", "were", "is", "are",
            "will", "has", "had", "last", "this", "next", "since", "after", "before", "under",
        ];
        // "for the Indian space agency ISRO": the body's name after its description ends it.
        let end = self
            .mention_starting_at(party.end + 1)
            .filter(|m| m.entry == party.entry)
            .map_or(party.end, |m| m.end);
        let after = &self.text[end..self.sentence.end];
        let next_word = after.split_whitespace().next().unwrap_or("");
        let modifier = (after_possessive(after).is_some() && !self.describes_a_party_after(end))
            || (after.starts_with(' ')
                && next_word.starts_with(char::is_alphabetic)
                && !CLAUSE_WORDS.contains(&next_word));
        self.follows_for(party) && !modifier
    }

    /// Whether two or more parties are coordinated right after a `run_by` cue: "the programme
    /// run by UNOOSA and JAXA", "co-chaired by NASA and ESA".
    pub(super) fn run_together(&self, cue: &CueMatch) -> bool {
        // The first few parties after the cue are enough to find two distinct ones (a name and
        // its acronym are one), and a sentence naming thousands stays linear.
        const LOOK_AHEAD: usize = 4;
        let after = self.mentions.partition_point(|m| m.start < cue.end);
        let parties: Vec<ClaimEntity> = self.mentions[after..]
            .iter()
            .filter(|m| self.is_party(m))
            .take(LOOK_AHEAD)
            .map(|m| ClaimEntity::named(m))
            .collect();
        two_distinct(&self.coordinated_from(&parties, cue.end))
    }

    /// Whether two or more parties are coordinated as the subject of a `runs` cue, with at
    /// most a few words of its verb group between ("Chile and Peru launched", "NASA and ESA
    /// have jointly operated", "Russia and China plan to launch", "ISRO and NASA on Monday
    /// launched").
    pub(super) fn run_by_its_subject(&self, cue: &CueMatch) -> bool {
        let subject_end = self.subject_end(cue.start, in_verb_group);
        // The nearest few parties before the verb group are enough to find two coordinated
        // ones, and a sentence naming thousands stays linear.
        const LOOK_BACK: usize = 4;
        let end = self.mentions.partition_point(|m| m.end <= subject_end);
        let parties: Vec<ClaimEntity> = self.mentions[..end]
            .iter()
            .rev()
            .filter(|m| self.is_party(m))
            .take(LOOK_BACK)
            .map(|m| ClaimEntity::named(m))
            .collect();
        // "Japan's MHI launched …": the owner written before a body is the body's side, no
        // second launcher.
        let subject: Vec<ClaimEntity> = self
            .coordinated_subject(&parties, subject_end)
            .into_iter()
            .filter(|p| {
                !after_possessive(&self.text[p.end..subject_end]).is_some_and(|rest| {
                    let body_at = subject_end - rest.trim_start().len();
                    self.party_starting_at(body_at, subject_end).is_some()
                })
            })
            .collect();
        two_distinct(&subject) || (self.follows_party(cue) && self.partner_after_object(cue))
    }

    /// Whether a verb of making or running takes a partner after its object: "Chile will
    /// launch the probe with Peru", "built the rover together with Peru" — "with" (or
    /// "together with", "jointly with") and a party right after it, within a few words of the
    /// verb and in its clause.
    pub(super) fn partner_after_object(&self, verb: &CueMatch) -> bool {
        /// How many words the verb's object and the linking words may take.
        const REACH: usize = 8;
        let rest = head_of(&self.text[verb.end..self.sentence.end], 200);
        let Some(with) = rest.find(" with ") else {
            return false;
        };
        let partner_at = verb.end + with + " with ".len();
        let stretch = &rest[..with];
        at_most_words(stretch, REACH)
            && !stretch.contains([',', ';', ':', '('])
            && self
                .party_starting_at(partner_at, self.sentence.end)
                // "with Peru's camera": what is made with is Peru's, no partner.
                .is_some_and(|m| after_possessive(&self.text[m.end..]).is_none())
    }

    /// Where the subject of a verb at byte `verb` ends: before the words of its verb group
    /// (at most four, each one `in_verb_group` accepts: "Chile and Peru | will now launch").
    pub(super) fn subject_end(&self, verb: usize, in_verb_group: impl Fn(&str) -> bool) -> usize {
        const LONGEST_GROUP: usize = 4;
        let before = self.text[self.sentence.start..verb].trim_end();
        let mut end = before.len();
        for word in before.rsplit(' ').take(LONGEST_GROUP) {
            if !in_verb_group(word) {
                break;
            }
            end = before[..end - word.len()].trim_end().len();
        }
        self.sentence.start + end
    }

    /// Whether a party is written right before a cue ("NASA-designed", "ESA developed").
    /// Auxiliaries, adverbs and verbs of beginning may stand between ("CNES and ISRO are now
    /// developing", "began building").
    pub(super) fn follows_party(&self, cue: &CueMatch) -> bool {
        const BEFORE_MAIN_VERB: &[&str] = &[
            "must",
            "began",
            "begun",
            "begin",
            "begins",
            "started",
            "start",
            "starts",
            "continue",
            "continues",
            "continued",
            "together",
            // Adverbs without "-ly": "have since developed", "has also built".
            "also",
            "already",
            "now",
            "since",
            "then",
            "just",
            "still",
            "again",
            "ever",
            "once",
            "often",
            "soon",
            "first",
        ];
        const COMMISSIONED: &[&str] = &[
            "contracted",
            "selected",
            "chosen",
            "tasked",
            "commissioned",
            "hired",
        ];
        // "are developing" is the party's own act; "was made" a passive, not the party's.
        let progressive = self.text[cue.start..cue.end].ends_with("ing");
        // Its own test, not the module's `in_verb_group`: a party's own act has no plan words.
        let before_its_verb = |w: &str| {
            let be = BE.iter().any(|b| w.eq_ignore_ascii_case(b));
            (be && progressive)
                || (!be
                    && AUXILIARIES
                        .iter()
                        .chain(BEFORE_MAIN_VERB)
                        .any(|b| w.eq_ignore_ascii_case(b)))
                || (w.len() > 4 && w.ends_with("ly"))
        };
        // Only parties within a few words of the cue can head its verb group; mentions do not
        // overlap, so they end in order, and the nearest are found by binary search.
        let before = self.mentions.partition_point(|m| m.end <= cue.start);
        self.mentions[..before]
            .iter()
            .rev()
            .take_while(|m| cue.start - m.end <= VERB_GROUP_REACH)
            .filter(|m| self.is_party(m))
            .any(|m| {
                let gap = &self.text[m.end..cue.start];
                let adjacent = gap
                    .trim_matches(|c: char| {
                        c.is_whitespace() || matches!(c, '-' | '\u{2013}' | '\u{2010}' | ')')
                    })
                    .is_empty();
                let words: Vec<&str> = gap
                    .trim_start_matches(|c: char| c == ')' || c.is_whitespace())
                    .split_whitespace()
                    .collect();
                // "have been contracted to build", "was selected to develop": chosen to make
                // it, the party makes it.
                let words = match words.as_slice() {
                    [auxiliaries @ .., chosen, "to"]
                        if COMMISSIONED.iter().any(|c| chosen.eq_ignore_ascii_case(c))
                            && auxiliaries
                                .iter()
                                .any(|w| BE.iter().any(|b| w.eq_ignore_ascii_case(b))) =>
                    {
                        auxiliaries
                            .iter()
                            .copied()
                            .filter(|w| !BE.iter().any(|b| w.eq_ignore_ascii_case(b)))
                            .collect()
                    }
                    _ => words,
                };
                adjacent || (words.len() <= 3 && words.into_iter().all(before_its_verb))
            })
    }
}

/// The gap before a trailing insertion of examples set off by commas ("payloads, including
/// two cameras," gives "payloads"), or the whole gap when it ends in none.
fn without_examples(gap: &str) -> &str {
    const OPENERS: &[&str] = &[
        "including",
        "such as",
        "notably",
        "among them",
        "in particular",
    ];
    if !gap.trim_end().ends_with(',') {
        return gap;
    }
    gap.find(", ")
        .filter(|&comma| {
            let rest = &gap[comma + 2..];
            OPENERS.iter().any(|opener| {
                rest.strip_prefix(opener)
                    .is_some_and(|after| after.starts_with(' '))
            })
        })
        .map_or(gap, |comma| &gap[..comma])
}

/// Whether a gap between two members of a list holds a conjunction ("and", "or").
fn has_conjunction(gap: &str) -> bool {
    gap.split(|c: char| c.is_whitespace() || c == ',')
        .any(|w| w.eq_ignore_ascii_case("and") || w.eq_ignore_ascii_case("or"))
}

/// Words for a part of a country: "in northern Russia", "Chile's south".
const PARTS_OF_A_COUNTRY: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "north-eastern",
    "north-western",
    "south-eastern",
    "south-western",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "far-eastern",
    "rural",
    "remote",
    "continental",
    "mainland",
    "coastal",
];

/// Whether the words before a country name a part of it: "in northern Russia", "from the
/// south-west of France".
fn is_part_of_a_country(gap: &str) -> bool {
    let gap = gap.trim();
    let gap = gap.strip_prefix("the ").unwrap_or(gap);
    let gap = gap.strip_suffix(" of").unwrap_or(gap);
    PARTS_OF_A_COUNTRY
        .iter()
        .any(|p| gap.eq_ignore_ascii_case(p))
}

/// Where the opening phrase that sets the scene ends, given its first comma: a participle
/// phrase after it describes the scene too ("Speaking at the expo, organised by CII and
/// Antrix, the minister said …"), up to its own comma within twelve words.
fn scene_phrase_end(sentence: &str, first_comma: usize) -> usize {
    const IRREGULAR: &[&str] = &["held", "led", "run", "given", "taken", "chosen", "seen"];
    let rest = &sentence[first_comma + 1..];
    let participle = rest.split_whitespace().next().is_some_and(|word| {
        word.starts_with(char::is_lowercase) && (word.ends_with("ed") || IRREGULAR.contains(&word))
    });
    match rest.find(',') {
        Some(next) if participle && at_most_words(&rest[..next], 12) => first_comma + 1 + next,
        _ => first_comma,
    }
}

/// How a country stands after a body's name and a comma, as where the body is.
#[derive(Clone, Copy)]
enum Address {
    /// Closing the phrase ("KACST, Saudi Arabia;"), or after a city between commas, whatever
    /// follows ("Tsinghua University, Beijing, China and …").
    Closed,
    /// Before "and" and another name: "the DLR, Germany and the ESA".
    BeforeAnd,
}

/// Whether a name ends in a dash and a number ("APRSAF-30"), with a name before the dash.
fn ends_in_a_number(name: &str) -> bool {
    name.rsplit_once('-').is_some_and(|(before, number)| {
        !before.is_empty() && !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit())
    })
}

/// Whether the words between "in" and a country name a place in it: "in the Province of
/// Neuquén, Argentina", "in Bengaluru, India" (capitalised words, a comma, the country).
fn is_place_before_country(gap: &str) -> bool {
    let Some(place) = gap.trim_end().strip_suffix(',') else {
        return false;
    };
    let words: Vec<&str> = place.split_whitespace().collect();
    let lowercase_ok = ["the", "of", "de", "del"];
    !words.is_empty()
        && words.len() <= 6
        && words.iter().any(|w| w.starts_with(char::is_uppercase))
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || lowercase_ok.contains(w))
        // "In June, Chile signed": a month or a weekday is a time, no place.
        && !words.iter().any(|w| is_calendar_word(w))
}

/// The reported clause after a speech verb: what follows "that", when "that" comes within a
/// few words ("said on Monday that …").
///
/// A clause without "that" counts when it opens with a determiner, its subject's ("said the
/// agreement paved the way for …").
fn reported_clause(after: &str) -> Option<&str> {
    // "that" within five words lies well within the first 512 bytes, and so does a first word.
    let that = head_of(after, 512)
        .match_indices("that ")
        .map(|(at, _)| at)
        .find(|&at| at == 0 || after[..at].ends_with(' '));
    match that {
        Some(that) if at_most_words(&after[..that], 5) => Some(&after[that + "that ".len()..]),
        _ => {
            let clause = after.trim_start();
            let first = head_of(clause, 512).split_whitespace().next()?;
            is_determiner(first).then_some(clause)
        }
    }
}

/// Whether a speech verb takes who is spoken to as its object ("told the agency that …",
/// "informed NASA that …").
fn tells_someone(cue: &CueMatch) -> bool {
    ["tell", "inform", "notify", "assure"]
        .iter()
        .any(|verb| cue.lemma.eq_ignore_ascii_case(verb))
}

/// Whether a reported clause's subject is a pronoun ("… said that they will …"): then the
/// speaker is who acts, not only a source.
fn starts_with_pronoun(clause: &str) -> bool {
    const PRONOUNS: &[&str] = &[
        "it", "they", "we", "he", "she", "its", "their", "our", "his", "her", "my",
    ];
    clause
        .split_whitespace()
        .next()
        .is_some_and(|w| PRONOUNS.iter().any(|p| w.eq_ignore_ascii_case(p)))
}

/// Whether a word may stand in a verb group between a subject and its main verb: an
/// auxiliary, a word of plan or schedule, an adverb in -ly, or a word of a short time phrase
/// ("will jointly", "plan to", "on Monday", "last week").
pub(super) fn in_verb_group(word: &str) -> bool {
    const PLANS: &[&str] = &[
        "plan",
        "plans",
        "planned",
        "intend",
        "intends",
        "aim",
        "aims",
        "to",
        "together",
        "is",
        "are",
        "was",
        "were",
        "set",
        "due",
        "scheduled",
        "slated",
        "poised",
        "expected",
        "going",
        "about",
        "likely",
        "ready",
        "preparing",
    ];
    const TIME_WORDS: &[&str] = &[
        "on",
        "today",
        "yesterday",
        "tonight",
        "last",
        "this",
        "week",
        "month",
        "year",
        "earlier",
    ];
    is_one_of(word, AUXILIARIES)
        || is_one_of(word, PLANS)
        || is_one_of(word, TIME_WORDS)
        || is_calendar_word(word)
        || (!word.is_empty() && word.len() <= 2 && word.bytes().all(|b| b.is_ascii_digit()))
        || (word.len() > 4 && word.ends_with("ly"))
}

/// Auxiliaries and adverbs of time that stand between a subject and its main verb ("have",
/// "will", "also").
pub(super) const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "will", "would", "shall", "can", "could", "may", "might", "also", "now",
    "then",
];

/// Whether a speech cue is "according to" or "as per", which may cite a document as well as a
/// speaker.
pub(super) fn is_according_to(cue: &CueMatch) -> bool {
    ["according to", "as per"]
        .iter()
        .any(|phrase| cue.lemma.eq_ignore_ascii_case(phrase))
}

/// Words that count or order what follows them ("the first US astronaut", "two UAE
/// candidates"): a country between one and a lowercase noun is that noun's nationality.
const COUNTING: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "last", "only", "two", "three", "four", "five",
    "six", "seven", "eight", "nine", "ten", "several", "many", "some",
];

/// Whether the parties name two or more distinct entities (a name and its acronym are one).
fn two_distinct(parties: &[ClaimEntity]) -> bool {
    parties
        .first()
        .is_some_and(|first| parties.iter().any(|p| p.entry != first.entry))
}

/// How a quotation speaks in the first person plural.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum FirstPerson {
    /// Not at all.
    None,
    /// Only as "our" or "ours", which may mean the parties it names ("our nations").
    Possessive,
    /// As "we" or "us" (in any case, also "we're", "we’ve"): the speaker's side acts.
    Pronoun,
}

/// How a quotation speaks for a group it belongs to: the strongest first-person plural word it
/// holds.
fn first_person_plural(quoted: &str) -> FirstPerson {
    quoted
        .split(|c: char| !c.is_alphabetic())
        .map(|w| {
            let is = |word: &str| w.eq_ignore_ascii_case(word);
            if is("we") || is("us") {
                FirstPerson::Pronoun
            } else if is("our") || is("ours") {
                FirstPerson::Possessive
            } else {
                FirstPerson::None
            }
        })
        .max()
        .unwrap_or(FirstPerson::None)
}

/// Where a participle clause starts in an attribution (", noting that …"), if one does.
fn participle_clause(text: &str) -> Option<usize> {
    text.match_indices(',').map(|(at, _)| at).find(|&at| {
        text[at + 1..]
            .split_whitespace()
            .next()
            .is_some_and(|w| w.len() > 4 && w.ends_with("ing"))
    })
}

/// Lowercase nouns that describe a body named right after them ("the Kazakh agency KazCosmos",
/// "Nigeria's space agency NASRDA", "the satellite operator Arabsat").
const BODY_DESCRIPTORS: &[&str] = &[
    "agency",
    "company",
    "operator",
    "firm",
    "administration",
    "organisation",
    "organization",
    "institute",
    "authority",
];

/// The most words before a body's noun in its descriptor ("national space agency").
const DESCRIPTOR_WORDS: usize = 3;

/// Whether a word may stand in a descriptor before its body noun: a lowercase word that is no
/// function word or determiner ("space", "national"), or a capitalised adjective ("Kazakh").
fn is_descriptor_adjective(word: &str) -> bool {
    word.chars().all(|c| c.is_alphabetic() || c == '-')
        && !is_one_of(word, FUNCTION_WORDS)
        && !is_determiner(word)
}

/// The text before a descriptor of a body that closes `before`: its body noun after at most a
/// few adjectives ("for the Kazakh space agency" gives "for the ", "for Nigeria's space agency"
/// gives "for Nigeria's ").
pub(super) fn before_a_body_descriptor(before: &str) -> Option<&str> {
    let mut words = before.rsplit(' ');
    let noun = words.next()?;
    if !is_one_of(noun, BODY_DESCRIPTORS) {
        return None;
    }
    let mut start = before.len() - noun.len();
    for word in words.take(DESCRIPTOR_WORDS) {
        if !is_descriptor_adjective(word) {
            break;
        }
        start -= word.len() + 1;
    }
    Some(&before[..start])
}

/// Phrases that name, right after them, whom work is done for: "built by INVAP for CONAE",
/// "under contract to ESA".
pub(super) const CUSTOMER_OPENERS: &[&str] = &[
    "for",
    "under contract to",
    "under contract for",
    "under contract with",
    "under a contract to",
    "under a contract for",
    "under a contract with",
];

/// Whether the gap between a subject and its verb is a space, or one lowercase word between
/// spaces, as an adverb is ("… Thailand further emphasize …").
fn is_adverb_or_nothing(gap: &str) -> bool {
    let word = gap.trim();
    gap.starts_with(' ')
        && gap.ends_with(' ')
        && word.chars().all(char::is_lowercase)
        && !word.contains(' ')
}
