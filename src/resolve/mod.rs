//! Stage 5, spans to entities: one entity per span. Acronyms defined in the document are
//! learned first ("Japan Aerospace Exploration Agency (JAXA)", "ESA (European Space Agency)"),
//! then overlapping candidates are settled by one declared policy — **longest span first, then
//! an unambiguous name over an ambiguous one, then the type order** agency, organization,
//! mission, program, country, launch vehicle, site, instrument, region, demonym — and ambiguous
//! names are resolved from the rest of the document or reported with a low confidence. An
//! owner written inside a name is a mention of its own: the country of "China's space
//! station", the parent body of "the Space Research Institute of the Russian Academy of
//! Sciences".

mod acronyms;
mod ambiguity;
mod lists;
mod named;

use std::cmp::Reverse;
use std::collections::BTreeMap;
use std::ops::Range;

use foldhash::HashMap;

use crate::gazetteer::{Candidate, EntityType, Entry, Gazetteer};
use crate::text::normalize::{after_possessive, NormText};
use crate::text::segment::{self, Sentence};

use acronyms::{
    acronym_definitions, learn_new_acronyms, names_around_acronyms, settle_known_acronyms,
};
use ambiguity::{Choice, Context, PlainlyNamed};
use lists::{numbered_siblings, promote_listed_demonyms};
use named::{head_word_short_names, learn_pattern_names, qualified_short_forms};

/// How a mention was matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatchKind {
    /// The entry's canonical name.
    Name,
    /// One of its aliases.
    Alias,
    /// An acronym alias.
    Acronym,
    /// An acronym the document itself defines for the entry.
    Definition,
    /// A nationality adjective: a weak mention of the country it refers to.
    Demonym,
}

impl MatchKind {
    /// The name used in the output.
    pub fn as_str(self) -> &'static str {
        match self {
            MatchKind::Name => "name",
            MatchKind::Alias => "alias",
            MatchKind::Acronym => "acronym",
            MatchKind::Definition => "definition",
            MatchKind::Demonym => "demonym",
        }
    }
}

/// Confidence of a name that is not ambiguous.
const CERTAIN: f64 = 1.0;
/// Confidence of an ambiguous name the document supports (defined, or named plainly elsewhere).
const SUPPORTED: f64 = 0.8;
/// Confidence of an ambiguous name with one reading, written the way names are (an acronym,
/// or capitalised inside a sentence).
const LIKELY: f64 = 0.6;
/// Confidence of a demonym as a mention of its country.
const DEMONYM: f64 = 0.5;
/// Confidence of an ambiguous name nothing in the document supports.
const UNRESOLVED: f64 = 0.3;

/// An entity mention: a span resolved to one gazetteer entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Index of the entry (for a demonym, the country it refers to).
    pub entry: usize,
    /// Raw start byte offset.
    pub start: usize,
    /// Raw end byte offset.
    pub end: usize,
    /// Index of the sentence it is in.
    pub sentence: usize,
    /// How it was matched.
    pub via: MatchKind,
    /// How sure the match is, 0–1.
    pub confidence: f64,
}

/// The entities one document can name: the gazetteer's entries, then the document-local ones
/// its own acronym definitions introduce ("the Mobile Asteroid Surface Scout (MASCOT)" when no
/// gazetteer knows it). Indices past the gazetteer's entries are local.
#[derive(Debug)]
pub struct Entities<'g> {
    gazetteer: &'g Gazetteer,
    local: Vec<Entry>,
}

impl<'g> Entities<'g> {
    /// The gazetteer's entries and no local ones yet.
    pub fn new(gazetteer: &'g Gazetteer) -> Entities<'g> {
        Entities {
            gazetteer,
            local: Vec::new(),
        }
    }

    /// The gazetteer behind the view.
    pub fn gazetteer(&self) -> &'g Gazetteer {
        self.gazetteer
    }

    /// The entry at an index (gazetteer or local).
    pub fn entry(&self, index: usize) -> &Entry {
        let shipped = self.gazetteer.entries().len();
        if index < shipped {
            self.gazetteer.entry(index)
        } else {
            &self.local[index - shipped]
        }
    }

    /// The shipped entry of `kind` that `phrase` names whole, by a name or an alias that is
    /// not ambiguous ("UK space agency" names the UK Space Agency, "U.S." the United States).
    pub fn named_whole(&self, phrase: &str, kind: EntityType) -> Option<usize> {
        self.gazetteer
            .matcher()
            .find(&NormText::new(phrase))
            .into_iter()
            .find(|c| {
                c.start == 0
                    && c.end == phrase.len()
                    && !c.ambiguous
                    && self.entry(c.entry).kind == kind
            })
            .map(|c| c.entry)
    }

    /// The index of the entry with this id (gazetteer or local).
    pub fn index_of(&self, id: &str) -> Option<usize> {
        let shipped = self.gazetteer.entries().len();
        self.gazetteer.index_of(id).or_else(|| {
            self.local
                .iter()
                .position(|e| e.id == id)
                .map(|i| shipped + i)
        })
    }

    /// Whether two entries (gazetteer or local) are linked: either lists the other by id under
    /// one of the [`crate::gazetteer::LINK_KEYS`].
    pub fn linked(&self, a: usize, b: usize) -> bool {
        let shipped = self.gazetteer.entries().len();
        if a < shipped && b < shipped {
            return self.gazetteer.linked(a, b);
        }
        let (ea, eb) = (self.entry(a), self.entry(b));
        ea.links_to(&eb.id) || eb.links_to(&ea.id)
    }

    /// The country a dependent territory belongs to (its `sovereign` attribute), by index.
    pub fn sovereign(&self, index: usize) -> Option<usize> {
        self.entry(index)
            .attributes
            .get("sovereign")
            .and_then(|id| self.index_of(id))
    }

    /// The country an entry belongs to, as a country id: the entry itself for a country, its
    /// `country` attribute otherwise, none for an international or unplaced body.
    pub fn home_country(&self, index: usize) -> Option<String> {
        let e = self.entry(index);
        match e.kind {
            EntityType::Country => Some(e.id.clone()),
            _ if self.is_international(index) => None,
            _ => e.attributes.get("country").map(|c| format!("country:{c}")),
        }
    }

    /// Whether an entry is an international body (`country=international`: the UN, ESA).
    pub fn is_international(&self, index: usize) -> bool {
        self.entry(index)
            .attributes
            .get("country")
            .is_some_and(|c| c == "international")
    }

    /// The country a country's name or a nationality word names, as a country id; none for
    /// any other entry.
    pub fn nation_of(&self, index: usize) -> Option<String> {
        let e = self.entry(index);
        match e.kind {
            EntityType::Country => Some(e.id.clone()),
            EntityType::Demonym => e.attributes.get("refers").cloned(),
            _ => None,
        }
    }

    /// Whether an entry was learned from the document rather than listed in the gazetteer.
    pub fn is_local(&self, index: usize) -> bool {
        index >= self.gazetteer.entries().len()
    }

    /// Adds another spelling to a local entry ("Centre" next to "Center").
    fn add_local_alias(&mut self, index: usize, alias: &str) {
        let shipped = self.gazetteer.entries().len();
        if let Some(entry) = index
            .checked_sub(shipped)
            .and_then(|i| self.local.get_mut(i))
        {
            if entry.name != alias && !entry.aliases.iter().any(|a| a.text == alias) {
                entry.aliases.push(crate::gazetteer::Alias {
                    text: alias.to_string(),
                    ambiguous: false,
                });
            }
        }
    }

    fn add_local(&mut self, entry: Entry) -> usize {
        self.local.push(entry);
        self.gazetteer.entries().len() + self.local.len() - 1
    }
}

/// Resolves the matcher's candidates for one document into mentions, in text order.
pub fn resolve(
    entities: &mut Entities<'_>,
    text: &str,
    candidates: Vec<Candidate>,
    sentences: &[Sentence],
) -> Vec<Mention> {
    resolve_spans(entities, text, candidates, sentences, false).0
}

/// Joins the sentences a mention runs across ([`segment::join_across`]: a name is never
/// cut by a sentence end) and renumbers the mentions' sentences.
pub fn keep_names_whole(sentences: &mut Vec<Sentence>, mentions: &mut [Mention]) {
    let spans = mentions.iter().map(|m| (m.start, m.end));
    if let Some(renumbered) = segment::join_across(sentences, spans) {
        for m in mentions.iter_mut() {
            m.sentence = renumbered[m.sentence];
        }
    }
}

/// A candidate the policy set aside, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lost {
    /// The candidate's entry.
    pub entry: usize,
    /// Raw start byte offset.
    pub start: usize,
    /// Raw end byte offset.
    pub end: usize,
    /// The entry of the mention that won the overlapping span.
    pub winner: usize,
    /// The winning mention's span.
    pub winner_span: (usize, usize),
    /// Which rule of the policy decided: `longer span`, `unambiguous name`, `type order`,
    /// `earlier span`, `acronym defined in the document`, `supported by the document`, or
    /// `first reading`.
    pub rule: &'static str,
}

/// Like [`resolve`], and also lists every candidate that lost, with the rule that decided:
/// what `extract --explain` writes.
pub fn resolve_explained(
    entities: &mut Entities<'_>,
    text: &str,
    candidates: Vec<Candidate>,
    sentences: &[Sentence],
) -> (Vec<Mention>, Vec<Lost>) {
    resolve_spans(entities, text, candidates, sentences, true)
}

/// Adds candidates a resolution step found, keeping them in the matcher's order (by start,
/// longest first), which every step relies on.
fn add_candidates(candidates: &mut Vec<Candidate>, more: Vec<Candidate>) {
    if more.is_empty() {
        return;
    }
    candidates.extend(more);
    candidates.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end), c.entry));
}

/// The resolution of one document, step by step: learn the names the document defines, take
/// the spans in the policy's order ([`take_spans`]), then add what lists imply. With
/// `explain`, every reading set aside is listed with the rule that decided.
fn resolve_spans(
    entities: &mut Entities<'_>,
    text: &str,
    mut candidates: Vec<Candidate>,
    sentences: &[Sentence],
    explain: bool,
) -> (Vec<Mention>, Vec<Lost>) {
    names_around_acronyms(entities, text, &mut candidates);
    settle_known_acronyms(entities, text, &mut candidates);
    learn_new_acronyms(entities, text, &mut candidates);
    learn_pattern_names(entities, text, sentences, &mut candidates);
    qualified_short_forms(entities, text, &mut candidates);
    let gazetteer: &Entities<'_> = entities;
    let definitions = acronym_definitions(gazetteer, text, &mut candidates);
    let plainly_named = PlainlyNamed::of(gazetteer, &candidates);
    let context = Context {
        gazetteer,
        text,
        definitions: &definitions,
        plainly_named: &plainly_named,
        candidates: &candidates,
        sentences,
    };
    let (mut mentions, mut lost) = take_spans(&context, explain);
    mentions.sort_by_key(|m| (m.start, m.end));
    name_described_countries(&context, &mut mentions);
    name_possessing_countries(&context, &mut mentions);
    name_parent_bodies(&context, &mut mentions);
    name_shared_head_agencies(&context, &mut mentions);
    name_possessive_agencies(&context, &mut mentions);
    mentions.retain(|m| {
        !names_a_currency(&context, m)
            && !names_a_model(&context, m)
            && !names_a_body_of_water(&context, m)
    });
    drop_branch_countries(&context, &mut mentions);
    head_word_short_names(gazetteer, text, sentences, &mut mentions);
    add_what_lists_imply(&context, &mut mentions);
    lost.sort_by_key(|l| (l.start, l.end, l.entry));
    (mentions, lost)
}

/// The overlap policy at work: the spans are taken in the order of their [`SpanRank`]; a span
/// that overlaps one already taken loses, any other becomes a mention of the reading
/// [`Context::choose`] picks. With `explain`, also every reading set aside.
fn take_spans(context: &Context<'_>, explain: bool) -> (Vec<Mention>, Vec<Lost>) {
    let spans = SpanReadings::of(context.candidates);
    let mut taken = vec![false; context.text.len()];
    // Most spans become mentions: one allocation instead of doubling past the need.
    let mut mentions: Vec<Mention> = Vec::with_capacity(spans.spans.len());
    // With `explain`: the mentions taken so far by start, and the rank of each mention's span,
    // to name the winner of a lost span and the step it won by.
    let mut by_start: BTreeMap<usize, usize> = BTreeMap::new();
    let mut ranks: Vec<SpanRank> = Vec::new();
    let mut lost = Vec::new();
    for index in policy_order(context.gazetteer, &spans) {
        let (span, readings) = spans.get(index);
        let (start, end) = span;
        if taken[start..end].iter().any(|&t| t) {
            if explain {
                let winner = first_taken_over(&mentions, &by_start, span);
                let rule = spans.rank(context.gazetteer, index).lost_to(&ranks[winner]);
                lost.extend(lost_to_overlap(&mentions[winner], span, rule, readings));
            }
            continue;
        }
        let Some((chosen, choice)) = context.choose(readings) else {
            continue;
        };
        if explain {
            lost.extend(other_readings(readings, chosen, choice));
        }
        taken[start..end].iter_mut().for_each(|t| *t = true);
        if explain {
            by_start.insert(start, mentions.len());
            ranks.push(spans.rank(context.gazetteer, index));
        }
        mentions.push(mention_of(context, chosen, choice.confidence()));
    }
    (mentions, lost)
}

/// "the US space agency NASA": a description of an agency by its country, right before the
/// agency's own name, mentions the country (the name after it mentions the agency), in any
/// case ("the US Space Agency NASA"); "the UK Space Agency" is a name of its own.
fn name_described_countries(context: &Context<'_>, mentions: &mut [Mention]) {
    for i in 1..mentions.len() {
        let (described, named) = (&mentions[i - 1], &mentions[i]);
        if described.entry != named.entry || &context.text[described.end..named.start] != " " {
            continue;
        }
        let country = candidates_starting_at(context.candidates, described.start).find(|c| {
            !c.ambiguous
                && context.gazetteer.entry(c.entry).kind == EntityType::Country
                && [" space agency", " national space agency"]
                    .iter()
                    .any(|d| context.text[c.end..described.end].eq_ignore_ascii_case(d))
        });
        if let Some(country) = country {
            mentions[i - 1] = mention_of(context, country, described.confidence);
        }
    }
}

/// "the UK and Australian space agencies", "the French, German and Italian space agencies":
/// countries coordinated before a shared "space agencies" each name their country's agency,
/// the one the gazetteer calls "<country> space agency" (as written: "UK space agency",
/// "Australian Space Agency"). A country with no such agency stays a country.
fn name_shared_head_agencies(context: &Context<'_>, mentions: &mut [Mention]) {
    const HEAD: &str = " space agencies";
    let is_country = |m: &Mention| context.gazetteer.entry(m.entry).kind == EntityType::Country;
    for last in 0..mentions.len() {
        let after = &context.text[mentions[last].end..];
        let shares_head = after
            .get(..HEAD.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(HEAD));
        if !shares_head || !is_country(&mentions[last]) {
            continue;
        }
        // The coordinated countries before the head, back to the first.
        let mut first = last;
        while first > 0 && is_country(&mentions[first - 1]) {
            let gap = &context.text[mentions[first - 1].end..mentions[first].start];
            if ![" and ", ", ", ", and ", " or "].contains(&gap) {
                break;
            }
            first -= 1;
        }
        if first == last {
            continue;
        }
        // A nationality adjective ("the French and U.S. space agencies") names no agency: a
        // counterpart named only by it is unnamed.
        for mention in mentions[first..=last]
            .iter_mut()
            .filter(|m| m.via != MatchKind::Demonym)
        {
            let phrase = format!("{} space agency", &context.text[mention.start..mention.end]);
            if let Some(agency) = context.gazetteer.named_whole(&phrase, EntityType::Agency) {
                mention.entry = agency;
                mention.via = MatchKind::Alias;
            }
        }
    }
}

/// "China's space agency", "Kenya's national space agency": a country's possessive before
/// "space agency" names the agency the gazetteer calls "<country> space agency" or "space
/// agency of <country>" ("national" or not). Not when
/// the agency's own name follows ("Russia's space agency Roscosmos", "China's space agency
/// (CNSA)"), which names the country and the agency both.
fn name_possessive_agencies(context: &Context<'_>, mentions: &mut [Mention]) {
    const HEADS: &[&str] = &[" space agency", " national space agency"];
    for i in 0..mentions.len() {
        let country = &mentions[i];
        if context.gazetteer.entry(country.entry).kind != EntityType::Country {
            continue;
        }
        let Some(rest) = after_possessive(&context.text[country.end..]) else {
            continue;
        };
        let Some(head) = HEADS.iter().find(|head| {
            rest.get(..head.len())
                .is_some_and(|words| words.eq_ignore_ascii_case(head))
        }) else {
            continue;
        };
        let end = context.text.len() - rest.len() + head.len();
        let after = &context.text[end..];
        // A name after the head, or one the head is part of ("Kenya's National Space Agency"
        // as a name of its own), keeps both.
        let named_after = mentions
            .get(i + 1)
            .is_some_and(|next| next.start <= end + 2);
        if after.starts_with(char::is_alphanumeric) || named_after {
            continue;
        }
        // The gazetteer writes the country before or after the head: "Kenya Space Agency",
        // "Space Agency of Peru".
        let (name, head) = (&context.text[country.start..country.end], head.trim_start());
        // "national" is often left out of the name itself.
        let plain = head.trim_start_matches("national ");
        let agency = [
            format!("{name} {head}"),
            format!("{head} of {name}"),
            format!("{name} {plain}"),
            format!("{plain} of {name}"),
        ]
        .iter()
        .find_map(|phrase| context.gazetteer.named_whole(phrase, EntityType::Agency));
        if let Some(agency) = agency {
            let mention = &mut mentions[i];
            mention.entry = agency;
            mention.end = end;
            mention.via = MatchKind::Alias;
        }
    }
}

/// The candidates that start at byte `start`, found by binary search: the candidates are
/// sorted by start.
fn candidates_starting_at(
    candidates: &[Candidate],
    start: usize,
) -> impl Iterator<Item = &Candidate> {
    let first = candidates.partition_point(|c| c.start < start);
    candidates[first..]
        .iter()
        .take_while(move |c| c.start == start)
}

/// "China's space station": a mission or programme named with its country's possessive in
/// front mentions the country too (the owner, a party to what is said about the mission); the
/// mission's mention keeps the words after the possessive.
fn name_possessing_countries(context: &Context<'_>, mentions: &mut Vec<Mention>) {
    let mut owners = Vec::new();
    for mission in mentions.iter_mut() {
        if !context.gazetteer.entry(mission.entry).kind.is_mission() {
            continue;
        }
        let owner = candidates_starting_at(context.candidates, mission.start)
            .find(|c| !c.ambiguous && context.gazetteer.entry(c.entry).kind == EntityType::Country);
        let Some(owner) = owner else { continue };
        let after = &context.text[owner.end..mission.end];
        let Some(rest) = after_possessive(after).and_then(|rest| rest.strip_prefix(' ')) else {
            continue;
        };
        if rest.is_empty() {
            continue;
        }
        owners.push(mention_of(context, owner, mission.confidence));
        mission.start = mission.end - rest.len();
    }
    if !owners.is_empty() {
        mentions.extend(owners);
        mentions.sort_by_key(|m| (m.start, m.end));
    }
}

/// "the Space Research Institute of the Russian Academy of Sciences": a body whose name ends
/// with "of (the)" and the name of its parent (the gazetteer's `parent`) mentions the parent
/// too, as the possessive "the Academy's institute" would; the body's mention keeps the words
/// before "of".
fn name_parent_bodies(context: &Context<'_>, mentions: &mut Vec<Mention>) {
    let gazetteer = context.gazetteer;
    let mut parents = Vec::new();
    for body in mentions.iter_mut() {
        let Some(parent) = gazetteer.entry(body.entry).attributes.get("parent") else {
            continue;
        };
        let span = &context.text[body.start..body.end];
        let found = span.match_indices(" of ").find_map(|(of, word)| {
            let after = &span[of + word.len()..];
            let named = after.strip_prefix("the ").unwrap_or(after);
            candidates_starting_at(context.candidates, body.end - named.len())
                .find(|c| c.end == body.end && &gazetteer.entry(c.entry).id == parent)
                .map(|c| (of, c))
        });
        let Some((of, found)) = found else {
            continue;
        };
        parents.push(mention_of(context, found, body.confidence));
        body.end = body.start + of;
    }
    if !parents.is_empty() {
        mentions.extend(parents);
        mentions.sort_by_key(|m| (m.start, m.end));
    }
}

/// "Astrium Germany", "Thales Alenia Space Italia": a country named right after an
/// organisation, a space between, names the organisation's national branch, not a country of
/// the text. The mentions are in text order.
fn drop_branch_countries(context: &Context<'_>, mentions: &mut Vec<Mention>) {
    let kind = |m: &Mention| context.gazetteer.entry(m.entry).kind;
    let branches: Vec<usize> = mentions
        .windows(2)
        .filter(|pair| {
            kind(&pair[0]) == EntityType::Organization
                && kind(&pair[1]) == EntityType::Country
                && context.text.get(pair[0].end..pair[1].start) == Some(" ")
                && pair[1].via != MatchKind::Demonym
        })
        .map(|pair| pair[1].start)
        .collect();
    mentions.retain(|m| !branches.contains(&m.start));
}

/// "3 billion Taiwan dollars", "U.S. dollars", "Indian rupees": a country or nationality
/// word before the name of a currency names the currency, not the country.
fn names_a_currency(context: &Context<'_>, mention: &Mention) -> bool {
    const CURRENCIES: &[&str] = &[
        "dollar",
        "dollars",
        "yuan",
        "renminbi",
        "yen",
        "rupee",
        "rupees",
        "rupiah",
        "ruble",
        "rubles",
        "rouble",
        "roubles",
        "reais",
        "pound",
        "pounds",
        "franc",
        "francs",
        "peso",
        "pesos",
        "rand",
        "riyal",
        "riyals",
        "rial",
        "rials",
        "dirham",
        "dirhams",
        "dinar",
        "dinars",
        "lira",
        "naira",
        "shilling",
        "shillings",
        "ringgit",
        "baht",
        "krone",
        "kroner",
        "krona",
        "kronor",
        "zloty",
        "forint",
        "tenge",
        "hryvnia",
    ];
    if context.gazetteer.entry(mention.entry).kind != EntityType::Country {
        return false;
    }
    let Some(after) = context.text[mention.end..].strip_prefix(' ') else {
        return false;
    };
    let word = after
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    CURRENCIES.iter().any(|c| word.eq_ignore_ascii_case(c))
}

/// "the Gulf of Guinea", "the Bay of Bengal", "the Sea of Japan": a country after the word for
/// a sea, a gulf or a strait and "of" names that water, not the country.
fn names_a_body_of_water(context: &Context<'_>, mention: &Mention) -> bool {
    const WATERS: &[&str] = &["Gulf of", "Bay of", "Sea of", "Strait of", "Straits of"];
    let kind = context.gazetteer.entry(mention.entry).kind;
    let before = context.text[..mention.start].trim_end_matches(' ');
    matches!(kind, EntityType::Country | EntityType::Region)
        && before.len() < mention.start
        && WATERS.iter().any(|water| {
            before
                .strip_suffix(water)
                .is_some_and(|rest| !rest.ends_with(|ch: char| ch.is_alphanumeric()))
        })
}

/// "a modified Boeing 747-400", "an Airbus A340": a company's name before a model's code names
/// the model, a name inside another name, not the company. A code is capital letters and then
/// digits ("A340"), or digits, a hyphen and more ("747-400"); a bare number, an ordinal or a
/// quarter ("Airbus 150 km", "12th May", "Q3") is none.
fn names_a_model(context: &Context<'_>, mention: &Mention) -> bool {
    if context.gazetteer.entry(mention.entry).kind != EntityType::Organization {
        return false;
    }
    let Some(after) = context.text[mention.end..].strip_prefix(' ') else {
        return false;
    };
    let code = after
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .next()
        .unwrap_or("")
        .trim_end_matches('-');
    let letters = code.len()
        - code
            .trim_start_matches(|c: char| c.is_ascii_uppercase())
            .len();
    let digits = code[letters..].len()
        - code[letters..]
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .len();
    let rest = &code[letters + digits..];
    let lettered = letters >= 1 && digits >= 2;
    let hyphenated = letters == 0 && digits >= 2 && rest.starts_with('-') && rest.len() > 1;
    (lettered || hyphenated) && !is_ordinal_ending(rest)
}

/// Whether the letters after a number make it an ordinal ("12th") or a decade ("2030s").
fn is_ordinal_ending(rest: &str) -> bool {
    ["st", "nd", "rd", "th", "s"]
        .iter()
        .any(|e| rest.eq_ignore_ascii_case(e))
}

/// What lists imply, on the mentions in text order: a nationality word among countries is a
/// country, and bare numbers after a numbered name are its siblings.
fn add_what_lists_imply(context: &Context<'_>, mentions: &mut Vec<Mention>) {
    promote_listed_demonyms(context.gazetteer, context.text, mentions);
    let siblings = numbered_siblings(context.gazetteer, context.text, mentions, context.sentences);
    if !siblings.is_empty() {
        mentions.extend(siblings);
        mentions.sort_by_key(|m| (m.start, m.end));
    }
}

/// Where a span stands in the declared overlap policy. Spans are taken smallest rank first and
/// a span overlapping one already taken loses, so the fields, compared top to bottom by the
/// derived `Ord`, are the policy's steps in order: **longest span first, then an unambiguous
/// name over an ambiguous one, then the type order**, and at last the earlier span.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct SpanRank {
    /// Longest span first.
    longest: Reverse<usize>,
    /// Then a span with an unambiguous reading before one whose readings are all ambiguous.
    all_ambiguous: bool,
    /// Then by the best type among the span's readings ([`EntityType::rank`]: agency first).
    best_type: usize,
    /// Then the earlier span.
    start: usize,
}

impl SpanRank {
    /// The rank of the span `(start, end)` with these readings.
    fn of(gazetteer: &Entities<'_>, (start, end): (usize, usize), readings: &[&Candidate]) -> Self {
        SpanRank {
            longest: Reverse(end - start),
            all_ambiguous: readings.iter().all(|c| c.ambiguous),
            best_type: readings
                .iter()
                .map(|c| gazetteer.entry(c.entry).kind.rank())
                .min()
                .unwrap_or(usize::MAX),
            start,
        }
    }

    /// The step of the policy that put the span ranked `winner` before this one, which it
    /// overlaps: the first field in which the two ranks differ (a longer span, an unambiguous
    /// name, the type order, or else the earlier span).
    fn lost_to(&self, winner: &SpanRank) -> &'static str {
        if winner.longest != self.longest {
            "longer span"
        } else if winner.all_ambiguous != self.all_ambiguous {
            "unambiguous name"
        } else if winner.best_type != self.best_type {
            "type order"
        } else {
            "earlier span"
        }
    }
}

/// The readings of each span (each candidate's entry for that span): the candidates sorted by
/// span, in their own order within a span, and each span with the range of its readings. Two
/// plain vectors, so a document with hundreds of thousands of names costs a few words per name.
struct SpanReadings<'c> {
    /// The candidates, sorted by span.
    sorted: Vec<&'c Candidate>,
    /// Each span, in text order, and where its readings are in `sorted`.
    spans: Vec<((usize, usize), Range<usize>)>,
}

impl<'c> SpanReadings<'c> {
    /// Groups the candidates by span.
    fn of(candidates: &'c [Candidate]) -> SpanReadings<'c> {
        let mut sorted: Vec<&Candidate> = candidates.iter().collect();
        sorted.sort_by_key(|c| (c.start, c.end));
        let mut spans: Vec<((usize, usize), Range<usize>)> = Vec::new();
        for (at, c) in sorted.iter().enumerate() {
            match spans.last_mut() {
                Some((span, range)) if *span == (c.start, c.end) => range.end = at + 1,
                _ => spans.push(((c.start, c.end), at..at + 1)),
            }
        }
        SpanReadings { sorted, spans }
    }

    /// Span number `index` and its readings.
    fn get(&self, index: usize) -> ((usize, usize), &[&'c Candidate]) {
        let (span, range) = &self.spans[index];
        (*span, &self.sorted[range.clone()])
    }

    /// The policy's rank of span number `index`.
    fn rank(&self, gazetteer: &Entities<'_>, index: usize) -> SpanRank {
        let (span, readings) = self.get(index);
        SpanRank::of(gazetteer, span, readings)
    }
}

/// The spans (by number in `readings`) in the order the policy takes them, in a few bytes per
/// span: the rank's fields that look readings up are computed once, the others read from the
/// span when compared.
fn policy_order(gazetteer: &Entities<'_>, readings: &SpanReadings<'_>) -> Vec<usize> {
    let standing: Vec<(bool, u8)> = (0..readings.spans.len())
        .map(|index| {
            let rank = readings.rank(gazetteer, index);
            // Type ranks are small; an unranked type (usize::MAX) still sorts last.
            let best_type = u8::try_from(rank.best_type).unwrap_or(u8::MAX);
            (rank.all_ambiguous, best_type)
        })
        .collect();
    let mut order: Vec<usize> = (0..readings.spans.len()).collect();
    // The key is [`SpanRank`]'s, field for field; every key differs (it ends with the span's
    // start, and spans of one start differ in length), so an unstable sort is exact.
    order.sort_unstable_by_key(|&index| {
        let ((start, end), _) = readings.spans[index];
        (Reverse(end - start), standing[index], start)
    });
    order
}

/// Every reading of a span that overlaps a mention already taken, as lost to the first such
/// mention, with the step of the policy that decided.
fn lost_to_overlap(
    winner: &Mention,
    (start, end): (usize, usize),
    rule: &'static str,
    readings: &[&Candidate],
) -> Vec<Lost> {
    readings
        .iter()
        .map(|c| Lost {
            entry: c.entry,
            start,
            end,
            winner: winner.entry,
            winner_span: (winner.start, winner.end),
            rule,
        })
        .collect()
}

/// The index of the earliest taken mention that overlaps `span`. Taken mentions do not overlap each other,
/// so those overlapping the span are the last one starting before it and those starting
/// inside it: a range of `by_start` (start -> index in `mentions`), not a scan of every mention.
fn first_taken_over(
    mentions: &[Mention],
    by_start: &BTreeMap<usize, usize>,
    (start, end): (usize, usize),
) -> usize {
    let before = by_start.range(..start).next_back();
    let inside = by_start.range(start..end);
    before
        .into_iter()
        .chain(inside)
        .map(|(_, &index)| index)
        .filter(|&index| mentions[index].end > start)
        .min()
        .expect("a taken byte belongs to a mention")
}

/// The readings of a span other than the chosen one, as lost to it by the way it was chosen.
fn other_readings<'c>(
    readings: &'c [&Candidate],
    chosen: &'c Candidate,
    choice: Choice,
) -> impl Iterator<Item = Lost> + 'c {
    readings
        .iter()
        .filter(move |c| c.entry != chosen.entry)
        .map(move |c| Lost {
            entry: c.entry,
            start: chosen.start,
            end: chosen.end,
            winner: chosen.entry,
            winner_span: (chosen.start, chosen.end),
            rule: choice.rule(),
        })
}

/// The mention a chosen reading makes: a demonym is a weak mention of the country it refers
/// to; any other reading is a mention of its entry, matched as [`match_kind`] says.
fn mention_of(context: &Context<'_>, chosen: &Candidate, confidence: f64) -> Mention {
    let entry = context.gazetteer.entry(chosen.entry);
    let (entry_index, via, confidence) = if entry.kind == EntityType::Demonym {
        let target = entry
            .attributes
            .get("refers")
            .and_then(|id| context.gazetteer.index_of(id))
            .unwrap_or(chosen.entry);
        (target, MatchKind::Demonym, confidence.min(DEMONYM))
    } else {
        let surface = &context.text[chosen.start..chosen.end];
        let via = match_kind(entry, chosen, surface, context.definitions);
        (chosen.entry, via, confidence)
    };
    Mention {
        entry: entry_index,
        start: chosen.start,
        end: chosen.end,
        sentence: sentence_index(context.sentences, chosen.start),
        via,
        confidence,
    }
}

/// How a reading that is no demonym was matched: an acronym the document defines and no
/// gazetteer name spells, the entry's canonical name, an acronym alias, or another alias.
fn match_kind(
    entry: &Entry,
    chosen: &Candidate,
    surface: &str,
    definitions: &HashMap<String, usize>,
) -> MatchKind {
    let learned = definitions.get(surface) == Some(&chosen.entry)
        && !entry.names().any(|a| a.text == surface);
    if learned {
        MatchKind::Definition
    } else if chosen.canonical {
        MatchKind::Name
    } else if chosen.acronym {
        MatchKind::Acronym
    } else {
        MatchKind::Alias
    }
}

/// Index of the sentence containing byte `at` (or the last one starting before it).
pub fn sentence_index(sentences: &[Sentence], at: usize) -> usize {
    sentences
        .partition_point(|s| s.start <= at)
        .saturating_sub(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize::NormText;
    use crate::text::segment::segment;

    /// Resolves `text` with the shipped gazetteer: (surface, entity id, match kind) per mention.
    pub(super) fn resolved(text: &str) -> Vec<(String, String, &'static str)> {
        let gazetteer = Gazetteer::builtin().expect("shipped gazetteer loads");
        let candidates = gazetteer.matcher().find(&NormText::new(text));
        let sentences = segment(text);
        let mut entities = Entities::new(&gazetteer);
        resolve(&mut entities, text, candidates, &sentences)
            .into_iter()
            .map(|m| {
                (
                    text[m.start..m.end].to_string(),
                    entities.entry(m.entry).id.clone(),
                    m.via.as_str(),
                )
            })
            .collect()
    }

    /// The entity ids `text` resolves to, in text order.
    pub(super) fn ids(text: &str) -> Vec<String> {
        resolved(text).into_iter().map(|(_, id, _)| id).collect()
    }

    #[test]
    fn longest_span_wins() {
        assert_eq!(
            ids("The China National Space Administration met."),
            ["agency:cnsa"]
        );
    }

    #[test]
    fn demonym_is_a_weak_mention_of_its_country() {
        let got = resolved("A Russian cosmonaut flew.");
        assert_eq!(got, [("Russian".into(), "country:RU".into(), "demonym")]);
    }

    #[test]
    fn possessive_country_before_a_mission_name_is_its_owner() {
        let got = resolved("Peru joined China\u{2019}s space station programme.");
        let ids: Vec<(&str, &str)> = got.iter().map(|m| (m.0.as_str(), m.1.as_str())).collect();
        assert_eq!(
            ids,
            [
                ("Peru", "country:PE"),
                ("China", "country:CN"),
                ("space station", "mission:tiangong")
            ]
        );
    }

    #[test]
    fn spellings_written_into_the_gazetteer() {
        assert_eq!(
            ids("Members come from DOS/ISRO and the Progress Rocket and Space Centre."),
            [
                "agency:dos-india",
                "agency:isro",
                "organization:progress-rsc"
            ]
        );
    }

    #[test]
    fn an_ambiguous_acronym_bracketed_after_another_country_is_no_body_of_it() {
        // ROSA is the Romanian Space Agency, and also an instrument's name.
        assert_eq!(
            ids("It carries two instruments from Peru (ROSA, TDP)."),
            ["country:PE"]
        );
        assert_eq!(
            ids("Romania (ROSA) and Peru signed."),
            ["country:RO", "agency:rosa", "country:PE"]
        );
    }

    #[test]
    fn a_name_ending_with_its_parent_mentions_the_parent() {
        let got = resolved(
            "Peru hired the Institute of Applied Astronomy of the Russian Academy of Sciences.",
        );
        let spans: Vec<(&str, &str)> = got.iter().map(|m| (m.0.as_str(), m.1.as_str())).collect();
        assert_eq!(
            spans,
            [
                ("Peru", "country:PE"),
                ("Institute of Applied Astronomy", "organization:iaa-ras"),
                ("Russian Academy of Sciences", "organization:ras")
            ]
        );
    }

    #[test]
    fn a_country_before_a_currency_names_the_currency() {
        let got = resolved("Chile paid 3 billion Taiwan dollars and 2 Indian rupees to Peru.");
        let ids: Vec<&str> = got.iter().map(|m| m.1.as_str()).collect();
        assert_eq!(ids, ["country:CL", "country:PE"]);
    }

    #[test]
    fn a_country_after_the_word_for_a_sea_names_the_water() {
        assert_eq!(
            ids("Ships from Chile crossed the Gulf of Mexico and the Sea of Japan."),
            ["country:CL"]
        );
        // A country after a body's name with "of" is still the country.
        assert_eq!(
            ids("The Bay Area firm met the President of Mexico."),
            ["country:MX"]
        );
    }

    #[test]
    fn a_company_before_a_models_code_names_the_model() {
        let got = resolved(
            "Chile flew a Boeing 747-400 and an Airbus A340; Airbus 2023 sales grew, and Boeing met Peru 100 days later.",
        );
        let found: Vec<(&str, &str)> = got.iter().map(|m| (m.0.as_str(), m.1.as_str())).collect();
        assert_eq!(
            found,
            [
                ("Chile", "country:CL"),
                ("Airbus", "organization:airbus"),
                ("Boeing", "organization:boeing"),
                ("Peru", "country:PE")
            ]
        );
    }

    #[test]
    fn a_countrys_possessive_before_space_agency_names_its_agency() {
        let got = resolved(
            "China's space agency met Peru's national space agency and Russia's space agency \
             Roscosmos.",
        );
        let ids: Vec<&str> = got.iter().map(|m| m.1.as_str()).collect();
        assert_eq!(
            ids,
            [
                "agency:cnsa",
                "agency:conida",
                "country:RU",
                "agency:roscosmos"
            ]
        );
        assert_eq!(got[0].0, "China's space agency");
    }

    #[test]
    fn countries_before_a_shared_space_agencies_name_their_agencies() {
        let got = resolved("The UK and US space agencies met the Kenyan and UK envoys.");
        let ids: Vec<&str> = got.iter().map(|m| m.1.as_str()).collect();
        assert_eq!(
            ids,
            ["agency:uksa", "agency:nasa", "country:KE", "country:GB"]
        );
        // Nationality adjectives name no agency: the counterpart is unnamed.
        let got = resolved("The French and German space agencies met.");
        let ids: Vec<&str> = got.iter().map(|m| m.1.as_str()).collect();
        assert_eq!(ids, ["country:FR", "country:DE"]);
    }

    #[test]
    fn a_country_right_after_an_organisation_names_its_branch() {
        let got = resolved("Chile hired Airbus Germany, and Airbus and Germany paid Peru.");
        let ids: Vec<&str> = got.iter().map(|m| m.1.as_str()).collect();
        assert_eq!(
            ids,
            [
                "country:CL",
                "organization:airbus",
                "organization:airbus",
                "country:DE",
                "country:PE"
            ]
        );
    }

    #[test]
    fn a_name_cut_by_a_sentence_end_joins_the_sentences() {
        let text = "DENVER\u{2014}U.S. Space Command signed a deal. Kenya agreed.";
        let gazetteer = Gazetteer::builtin().expect("shipped gazetteer loads");
        let mut sentences = segment(text);
        let mut entities = Entities::new(&gazetteer);
        let candidates = gazetteer.matcher().find(&NormText::new(text));
        let mut mentions = resolve(&mut entities, text, candidates, &sentences);
        let command = mentions
            .iter()
            .find(|m| &text[m.start..m.end] == "U.S. Space Command")
            .expect("the command's name is found whole")
            .clone();
        assert!(
            command.end > sentences[command.sentence].end,
            "{sentences:?}"
        );
        keep_names_whole(&mut sentences, &mut mentions);
        let spans: Vec<&str> = sentences.iter().map(|s| &text[s.start..s.end]).collect();
        assert_eq!(
            spans,
            [
                "DENVER\u{2014}U.S. Space Command signed a deal.",
                "Kenya agreed."
            ]
        );
        assert!(mentions
            .iter()
            .all(|m| m.end <= sentences[m.sentence].end && m.start >= sentences[m.sentence].start));
    }

    #[test]
    fn explain_lists_the_losers_and_the_rule() {
        let gazetteer = Gazetteer::builtin().unwrap();
        let text = "The China National Space Administration met.";
        let candidates = gazetteer.matcher().find(&NormText::new(text));
        let mut entities = Entities::new(&gazetteer);
        let (mentions, lost) = resolve_explained(&mut entities, text, candidates, &segment(text));
        assert_eq!(mentions.len(), 1);
        let china = lost
            .iter()
            .find(|l| gazetteer.entry(l.entry).id == "country:CN")
            .expect("China lost");
        assert_eq!(china.rule, "longer span");
        assert_eq!(gazetteer.entry(china.winner).id, "agency:cnsa");
    }

    #[test]
    fn spans_are_taken_longest_then_unambiguous_then_by_type_then_earlier() {
        let gazetteer = Gazetteer::builtin().unwrap();
        let entities = Entities::new(&gazetteer);
        let agency = entities.index_of("agency:nasa").unwrap();
        let country = entities.index_of("country:US").unwrap();
        let reading = |entry, (start, end), ambiguous| Candidate {
            entry,
            start,
            end,
            ambiguous,
            acronym: false,
            canonical: true,
        };
        // In the order the policy takes them.
        let candidates = [
            reading(agency, (60, 80), true),
            reading(agency, (45, 55), false),
            reading(agency, (50, 60), false),
            reading(country, (30, 40), false),
            reading(country, (10, 20), true),
            reading(agency, (12, 18), true),
            reading(agency, (5, 9), false),
            reading(country, (0, 4), false),
        ];
        let spans = SpanReadings::of(&candidates);
        let got: Vec<(usize, usize)> = policy_order(&entities, &spans)
            .into_iter()
            .map(|index| spans.get(index).0)
            .collect();
        let want: Vec<(usize, usize)> = candidates.iter().map(|c| (c.start, c.end)).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn readings_are_grouped_by_span_in_their_own_order() {
        let reading = |entry, (start, end)| Candidate {
            entry,
            start,
            end,
            ambiguous: false,
            acronym: false,
            canonical: true,
        };
        let candidates = [
            reading(7, (10, 14)),
            reading(3, (0, 4)),
            reading(5, (10, 14)),
            reading(1, (0, 6)),
            reading(2, (10, 14)),
        ];
        let spans = SpanReadings::of(&candidates);
        let grouped: Vec<((usize, usize), Vec<usize>)> = (0..spans.spans.len())
            .map(|index| {
                let (span, readings) = spans.get(index);
                (span, readings.iter().map(|c| c.entry).collect())
            })
            .collect();
        assert_eq!(
            grouped,
            [
                ((0, 4), vec![3]),
                ((0, 6), vec![1]),
                ((10, 14), vec![7, 5, 2])
            ]
        );
    }

    #[test]
    fn a_lost_span_names_the_step_of_the_policy_that_decided() {
        let agency = EntityType::Agency.rank();
        let country = EntityType::Country.rank();
        let rank = |(start, end), all_ambiguous, best_type| SpanRank {
            longest: Reverse(end - start),
            all_ambiguous,
            best_type,
            start,
        };
        // (the lost span's rank, the winner's rank, rule): the first step in which they differ.
        let cases = [
            (
                rank((4, 8), false, agency),
                rank((0, 8), false, country),
                "longer span",
            ),
            (
                rank((4, 8), true, agency),
                rank((2, 6), false, country),
                "unambiguous name",
            ),
            (
                rank((4, 8), false, country),
                rank((2, 6), false, agency),
                "type order",
            ),
            (
                rank((4, 8), false, agency),
                rank((2, 6), false, agency),
                "earlier span",
            ),
            // Both all ambiguous: the ambiguity decided nothing, the type order did.
            (
                rank((4, 8), true, country),
                rank((2, 6), true, agency),
                "type order",
            ),
        ];
        for (lost, winner, want) in cases {
            assert!(winner < lost, "{winner:?} is taken before {lost:?}");
            assert_eq!(lost.lost_to(&winner), want, "{lost:?}");
        }
    }

    #[test]
    fn south_pole_is_no_pole() {
        assert_eq!(
            ids("The rover will land near the lunar South Pole."),
            ["region:south-pole"]
        );
    }

    #[test]
    fn possessive_and_curly_apostrophe() {
        assert_eq!(
            ids("NASA’s rover and China's probe"),
            ["agency:nasa", "country:CN"]
        );
    }

    #[test]
    fn a_country_inside_an_institute_name_is_no_mention() {
        assert_eq!(
            ids("Students at TEC Costa Rica and the DOST-Advanced Science and Technology Institute built it."),
            ["organization:tec-costa-rica", "organization:dost-asti"]
        );
    }

    #[test]
    fn bodies_by_their_english_names() {
        assert_eq!(
            ids("The Asian Disaster Reduction Center and the Popular Autonomous University of Puebla met the AHA Centre."),
            ["organization:adrc", "organization:upaep", "organization:aha-centre"]
        );
    }

    #[test]
    fn a_countrys_defence_ministry_and_names_written_out() {
        assert_eq!(
            ids("Kenya’s Defence Ministry met Andøya Rocket Range and the Advanced Land Observing Satellite 2 team."),
            ["country:KE", "organization:kenya-defence-ministry", "organization:andoya-space", "mission:alos-2"]
        );
    }

    #[test]
    fn satellite_operators_and_a_research_centre() {
        assert_eq!(
            ids("The Bangladesh Communication Satellite Company, Ukrkosmos and the Communications Research Centre Canada met."),
            ["organization:bscl", "organization:ukrkosmos", "organization:crc-canada"]
        );
    }
}
