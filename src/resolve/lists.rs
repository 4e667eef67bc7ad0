//! What a list implies about the names in it: bare numbers after a numbered name are its
//! siblings ("Luna-25, -26 and -27", "Luna 25, 26 and 27"), and a nationality word among countries is a country.

use std::sync::LazyLock;

use regex::Regex;

use crate::gazetteer::EntityType;
use crate::text::normalize::NormText;
use crate::text::segment::{is_list_separator, Sentence};

use super::{sentence_index, Entities, MatchKind, Mention, LIKELY, SUPPORTED};

/// A numbered name followed by bare numbers ("Luna-25, -26 and -27", "Luna 25, 26 and 27"):
/// each number names the sibling with the same stem, when the gazetteer knows it.
pub(super) fn numbered_siblings(
    gazetteer: &Entities<'_>,
    text: &str,
    mentions: &[Mention],
    sentences: &[Sentence],
) -> Vec<Mention> {
    static NEXT_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)([-\u{2010}\u{2013}]?\d{1,3})\b")
            .expect("valid pattern")
    });
    let mut out = Vec::new();
    for m in mentions {
        let written = &text[m.start..m.end];
        let digits = written.len() - written.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        if digits == 0 {
            continue;
        }
        let number = &written[written.len() - digits..];
        // The stems of every name of the entry that ends in the same number ("Luna-" and
        // "Luna " for Luna-25), and the stem as written.
        let stems: Vec<String> = gazetteer
            .entry(m.entry)
            .names()
            .filter_map(|a| a.text.strip_suffix(number).map(str::to_string))
            .chain(std::iter::once(
                written[..written.len() - digits].to_string(),
            ))
            .filter(|stem| stem.ends_with(|c: char| !c.is_ascii_digit()))
            .collect();
        let mut at = m.end;
        while let Some(found) = NEXT_NUMBER.captures(&text[at..]) {
            let group = found.get(1).expect("group 1 matches");
            let (start, end) = (at + group.start(), at + group.end());
            let sibling_number = text[start..end].trim_start_matches(|c: char| !c.is_ascii_digit());
            let sibling = stems.iter().find_map(|stem| {
                let name = format!("{stem}{sibling_number}");
                gazetteer
                    .gazetteer()
                    .matcher()
                    .find(&NormText::new(&name))
                    .into_iter()
                    .find(|c| c.start == 0 && c.end == name.len() && !c.ambiguous)
            });
            let Some(sibling) = sibling else { break };
            out.push(Mention {
                entry: sibling.entry,
                start,
                end,
                sentence: sentence_index(sentences, start),
                via: MatchKind::Alias,
                confidence: m.confidence.min(SUPPORTED),
            });
            at = end;
        }
    }
    out
}

/// A nationality word standing as an item in a list of countries ("Ghana, Kenya, Nigerian,
/// South Africa and Egypt") is used as a noun: a mention of the country.
pub(super) fn promote_listed_demonyms(
    gazetteer: &Entities<'_>,
    text: &str,
    mentions: &mut [Mention],
) {
    let is_country = |m: &Mention| {
        m.via != MatchKind::Demonym && gazetteer.entry(m.entry).kind == EntityType::Country
    };
    for i in 1..mentions.len().saturating_sub(1) {
        let (before, current, after) = (&mentions[i - 1], &mentions[i], &mentions[i + 1]);
        let listed = current.via == MatchKind::Demonym
            && gazetteer.entry(current.entry).kind == EntityType::Country
            && is_country(before)
            && is_country(after)
            && text[before.end..current.start].contains(',')
            && is_list_separator(&text[before.end..current.start])
            && is_list_separator(&text[current.end..after.start]);
        if listed {
            mentions[i].via = MatchKind::Alias;
            mentions[i].confidence = LIKELY;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::resolve::tests::resolved;

    #[test]
    fn demonym_listed_among_countries_is_a_country() {
        let got = resolved("Ghana, Kenya, Nigerian, South Africa and Egypt took part.");
        assert_eq!(got[2], ("Nigerian".into(), "country:NG".into(), "alias"));
        let got = resolved("Chinese, Russian and American astronauts flew.");
        assert!(got.iter().all(|m| m.2 == "demonym"), "{got:?}");
    }

    #[test]
    fn an_ambiguous_name_listed_among_countries_is_a_country() {
        // "Columbia", a common misspelling of Colombia, is also a space shuttle.
        let got = resolved("ESA signed arrangements with Peru, Chile, Columbia and Kenya.");
        assert_eq!(got[3], ("Columbia".into(), "country:CO".into(), "alias"));
        let got = resolved("Columbia carried the radar into orbit in 1999.");
        assert_eq!(got[0].1, "mission:space-shuttle-columbia");
    }

    #[test]
    fn elliptical_numbers_name_the_siblings() {
        let got = resolved("Pakistan tracked Shenzhou-14, -15 and -16 from its ground stations.");
        let ids: Vec<&str> = got.iter().map(|m| m.1.as_str()).collect();
        assert_eq!(
            ids,
            [
                "country:PK",
                "mission:shenzhou-14",
                "mission:shenzhou-15",
                "mission:shenzhou-16"
            ]
        );
        assert_eq!(got[2].0, "-15");
        let got = resolved("Russia flew its Luna 25, 26 and 27 probes.");
        let ids: Vec<&str> = got.iter().map(|m| m.1.as_str()).collect();
        assert_eq!(
            ids,
            [
                "country:RU",
                "mission:luna-25",
                "mission:luna-26",
                "mission:luna-27"
            ]
        );
    }
}
