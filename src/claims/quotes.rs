//! Quotations over several sentences: who speaks in the sentences that lie inside one but hold
//! no attribution of their own. "“We built the radar in May. We will fly it with Peru,” said
//! Ana Lima of the Kenya Space Agency." — the "we" of the first sentence is the Kenya Space
//! Agency, as the attribution in the second says. An attribution that names only a person
//! ("…,” Lima said.") speaks for the body the text gave that person with a title before
//! ("Kenya Space Agency director Ana Lima").

use std::cell::OnceCell;

use crate::gazetteer::{CueMatch, CueRole};
use crate::resolve::{sentence_index, Entities, MatchKind, Mention};
use crate::text::normalize::after_possessive;
use crate::text::segment::Sentence;

use super::ClaimEntity;

/// The longest quotation looked at, in bytes: a longer stretch between two quote marks is
/// not one quotation but marks that pair wrongly.
const LONGEST_QUOTATION: usize = 2000;

/// For each sentence, the body speaking when the sentence lies inside a quotation that is
/// attributed in another sentence: after the closing mark ("…,” said Ana Lima of the Kenya
/// Space Agency.") or before the opening one ("Kenya Space Agency head Ana Lima said: “…").
/// Sentences of the attribution itself have none, their own attribution being read there,
/// unless it names only a person: then the body the text introduced the person with speaks
/// ([`introduced_people`]), in the attribution's sentence too.
pub(super) fn quoted_speakers(
    gazetteer: &Entities<'_>,
    text: &str,
    sentences: &[Sentence],
    mentions: &[Mention],
    cues: &[CueMatch],
) -> Vec<Option<ClaimEntity>> {
    let mut speakers = vec![None; sentences.len()];
    if sentences.is_empty() {
        return speakers;
    }
    let is_party =
        |m: &Mention| m.via != MatchKind::Demonym && gazetteer.entry(m.entry).kind.is_party();
    // Found once, when an attribution first names a person without a body.
    let people = OnceCell::new();
    let body_of_person = |is_named: &dyn Fn(&str) -> bool| {
        people
            .get_or_init(|| introduced_people(text, mentions, cues, &is_party))
            .iter()
            .find(|p: &&Person| p.names.iter().any(|name| is_named(name)))
            .map(|p| p.body.clone())
    };
    // The first speech verb within `from..to` (cues are in text order and do not overlap).
    let speech_in = |from: usize, to: usize| {
        let at = cues.partition_point(|c| c.start < from);
        cues[at..]
            .iter()
            .take_while(|c| c.end <= to)
            .find(|c| c.role == CueRole::Speech)
    };
    for (open, close) in quotations(text) {
        let first = sentence_index(sentences, open);
        let last = sentence_index(sentences, close);
        let speaks_in = |from: usize, to: usize| speech_in(from, to).is_some();
        let party_in = |from: usize, to: usize| {
            let at = mentions.partition_point(|m| m.start < from);
            mentions[at..]
                .iter()
                .take_while(|m| m.end <= to)
                .find(|m| is_party(m))
        };
        // "“We will work with Peru,” Lima said.": an attribution naming only a person speaks
        // for the body the person was introduced with, inside its own sentence too.
        let person_after = || {
            let (from, to) = (close, sentences[last].end);
            if !speaks_in(from, to) || party_in(from, to).is_some() {
                return None;
            }
            let attribution = &text[from..to];
            body_of_person(&|name| contains_word(attribution, name))
        };
        if first == last {
            // "“… We will work with Peru.” Lima said that …": a quotation that ends its
            // sentence, attributed by the person's name opening the next one.
            let next_opens_with = || {
                let next = sentences.get(last + 1)?;
                let opening = &text[close..next.start];
                if !opening
                    .trim_start_matches(['"', '”', '»', ' ', '\n'])
                    .is_empty()
                {
                    return None;
                }
                let verb = speech_in(next.start, next.end)?;
                let subject = text[next.start..verb.start].trim_end();
                body_of_person(&|name| name == subject)
            };
            if let Some(body) = person_after().or_else(next_opens_with) {
                speakers[first].get_or_insert(body);
            }
            continue;
        }
        let after = party_in(close, sentences[last].end)
            .filter(|_| speaks_in(close, sentences[last].end))
            .map(|party| (ClaimEntity::named(party), first..last))
            // An attribution naming only a person has no speaker of its own: its sentence's
            // "we" is the person's body too.
            .or_else(|| person_after().map(|body| (body, first..last + 1)));
        let (speaker, inside) = match after {
            Some(found) => found,
            None => match party_in(sentences[first].start, open)
                .filter(|_| speaks_in(sentences[first].start, open))
            {
                Some(speaker) => (ClaimEntity::named(speaker), first + 1..last + 1),
                None => continue,
            },
        };
        for slot in &mut speakers[inside] {
            slot.get_or_insert_with(|| speaker.clone());
        }
    }
    speakers
}

/// A person the text introduces with a title after a body's name ("NASA Administrator Ana
/// Lima", "Kenya Space Agency director Ana Lima"): the ways an attribution names the person (the
/// full name and the surname) and the body.
struct Person {
    names: Vec<String>,
    body: ClaimEntity,
}

/// The people introduced in the text: a title cue right after a party's name (or its
/// possessive), then one to four capitalised words.
fn introduced_people(
    text: &str,
    mentions: &[Mention],
    cues: &[CueMatch],
    is_party: &impl Fn(&Mention) -> bool,
) -> Vec<Person> {
    let mut people = Vec::new();
    for title in cues.iter().filter(|c| c.role == CueRole::Title) {
        let before = mentions.partition_point(|m| m.end <= title.start);
        let Some(body) = before.checked_sub(1).map(|at| &mentions[at]).filter(|m| {
            let gap = &text[m.end..title.start];
            is_party(m) && after_possessive(gap).unwrap_or(gap).trim().is_empty()
        }) else {
            continue;
        };
        let name: Vec<&str> = text[title.end..]
            .split(' ')
            .skip(1)
            .take(4)
            .take_while(|w| {
                w.starts_with(char::is_uppercase)
                    && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')
            })
            .collect();
        if name.len() < 2 {
            continue;
        }
        let surname = name[name.len() - 1].to_string();
        people.push(Person {
            names: vec![name.join(" "), surname],
            body: ClaimEntity::named(body),
        });
    }
    people
}

/// Whether `text` holds `word` as a whole word (or words).
fn contains_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        !text[..at].ends_with(char::is_alphanumeric)
            && !text[at + word.len()..].starts_with(char::is_alphanumeric)
    })
}

/// The words after which a quotation is a title: "an accord titled “…”", "a forum dubbed “…”".
const TITLE_WORDS: &[&str] = &["titled", "entitled", "named", "dubbed", "headlined"];

/// The quotations in `text[from..to]` that give a title ("the text of the accord, titled
/// “Agreement between Kenya and Peru on …”"), as byte ranges with their marks. A title names a
/// thing: the names and the words of cooperation inside it state nothing.
pub(super) fn quoted_titles(text: &str, from: usize, to: usize) -> Vec<(usize, usize)> {
    let part = &text[from..to];
    quotations(part)
        .into_iter()
        .filter(|&(open, _)| {
            let before = part[..open]
                .trim_end()
                .trim_end_matches([',', ':'])
                .trim_end();
            let word = before.rsplit(' ').next().unwrap_or("");
            TITLE_WORDS.iter().any(|w| word.eq_ignore_ascii_case(w))
        })
        .map(|(open, close)| {
            let mark = part[close..].chars().next().map_or(0, char::len_utf8);
            (from + open, from + close + mark)
        })
        .collect()
}

/// The quotations of a text as (opening mark, closing mark) byte offsets: a curly pair or a
/// pair of guillemets, or straight marks taken two by two; none runs over a blank line or past
/// [`LONGEST_QUOTATION`].
fn quotations(text: &str) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let mut curly_open = None;
    let mut straight_open = None;
    // '"' and the lead bytes of '“' and '”' (E2 80 9C, E2 80 9D) and of the guillemets '«'
    // and '»' (C2 AB, C2 BB), found by a vectorised search.
    let bytes = text.as_bytes();
    for at in memchr::memchr3_iter(b'"', 0xE2, 0xC2, bytes) {
        match &bytes[at..bytes.len().min(at + 3)] {
            [b'"', ..] => match straight_open.take() {
                Some(open) => found.push((open, at)),
                None => straight_open = Some(at),
            },
            [0xE2, 0x80, 0x9C] | [0xC2, 0xAB, ..] => curly_open = Some(at),
            [0xE2, 0x80, 0x9D] | [0xC2, 0xBB, ..] => {
                found.extend(curly_open.take().map(|open| (open, at)));
            }
            _ => {}
        }
    }
    found.retain(|&(open, close)| {
        close - open <= LONGEST_QUOTATION && !text[open..close].contains("\n\n")
    });
    found.sort_unstable();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words_only() {
        assert!(contains_word("“…,” Lima said.", "Lima"));
        assert!(!contains_word("“…,” Limas said.", "Lima"));
        assert!(!contains_word("in Alima", "Lima"));
    }

    #[test]
    fn quotations_pair_curly_and_straight_marks_within_a_paragraph() {
        let text = "“One. Two,” she said. \"Three.\" «Six.» \n\n\"Four.\n\nFive.\"";
        let got: Vec<&str> = quotations(text)
            .into_iter()
            .map(|(open, close)| &text[open..close])
            .collect();
        assert_eq!(got, ["“One. Two,", "\"Three.", "«Six."]);
    }
}
