//! Quotations over several sentences: who speaks in the sentences that lie inside one but hold
//! no attribution of their own. "“We built the radar in May. We will fly it with Peru,” said
//! Ana Lima of the Kenya Space Agency." — the "we" of the first sentence is the Kenya Space
//! Agency, as the attribution in the second says.

use crate::gazetteer::{CueMatch, CueRole};
use crate::resolve::{sentence_index, Entities, MatchKind, Mention};
use crate::text::segment::Sentence;

use super::ClaimEntity;

/// The longest quotation looked at, in bytes: a longer stretch between two quote marks is
/// not one quotation but marks that pair wrongly.
const LONGEST_QUOTATION: usize = 2000;

/// For each sentence, the body speaking when the sentence lies inside a quotation that is
/// attributed in another sentence: after the closing mark ("…,” said Ana Lima of the Kenya
/// Space Agency.") or before the opening one ("Kenya Space Agency head Ana Lima said: “…").
/// Sentences of the attribution itself have none: their own attribution is read there.
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
    for (open, close) in quotations(text) {
        let first = sentence_index(sentences, open);
        let last = sentence_index(sentences, close);
        if first == last {
            continue;
        }
        let party_in = |from: usize, to: usize| {
            let speaks = cues
                .iter()
                .any(|c| c.role == CueRole::Speech && c.start >= from && c.end <= to);
            let at = mentions.partition_point(|m| m.start < from);
            let party = mentions[at..]
                .iter()
                .take_while(|m| m.end <= to)
                .find(|m| m.via != MatchKind::Demonym && gazetteer.entry(m.entry).kind.is_party());
            party.filter(|_| speaks).map(ClaimEntity::named)
        };
        let after = party_in(close, sentences[last].end);
        let (speaker, inside) = match after {
            Some(speaker) => (speaker, first..last),
            None => match party_in(sentences[first].start, open) {
                Some(speaker) => (speaker, first + 1..last + 1),
                None => continue,
            },
        };
        for slot in &mut speakers[inside] {
            slot.get_or_insert_with(|| speaker.clone());
        }
    }
    speakers
}

/// The quotations of a text as (opening mark, closing mark) byte offsets: a curly pair, or
/// straight marks taken two by two; none runs over a blank line or past
/// [`LONGEST_QUOTATION`].
fn quotations(text: &str) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let mut curly_open = None;
    let mut straight_open = None;
    // '"' and the lead byte of '“' and '”' (E2 80 9C, E2 80 9D), found by a vectorised search.
    let bytes = text.as_bytes();
    for at in memchr::memchr2_iter(b'"', 0xE2, bytes) {
        match &bytes[at..bytes.len().min(at + 3)] {
            [b'"', ..] => match straight_open.take() {
                Some(open) => found.push((open, at)),
                None => straight_open = Some(at),
            },
            [0xE2, 0x80, 0x9C] => curly_open = Some(at),
            [0xE2, 0x80, 0x9D] => found.extend(curly_open.take().map(|open| (open, at))),
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
    fn quotations_pair_curly_and_straight_marks_within_a_paragraph() {
        let text = "“One. Two,” she said. \"Three.\"\n\n\"Four.\n\nFive.\"";
        let got: Vec<&str> = quotations(text)
            .into_iter()
            .map(|(open, close)| &text[open..close])
            .collect();
        assert_eq!(got, ["“One. Two,", "\"Three."]);
    }
}
