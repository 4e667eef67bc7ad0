//! The co-occurrence baseline, the yardstick the rules are judged against: every sentence that
//! names two or more distinct parties is taken as one claim among all of them.

use std::collections::{BTreeMap, BTreeSet};

use super::claims::ComparedClaim;
use super::gold::scored_id;
use super::is_counted;
use crate::gazetteer::EntityType;
use crate::record::{ClaimKind, MentionRecord, Modality, Polarity};
use crate::text::segment::Sentence;

/// The baseline's claims for one document, in text order: for every sentence with counted
/// mentions (the entity scores' threshold) of two or more distinct countries, agencies or
/// organisations, one positive, actual collaboration among all of them. `sentences` are the
/// document's sentences as the pipeline cut them, which the mentions' `sentence` indexes name.
pub(super) fn cooccurrence_claims(
    sentences: &[Sentence],
    mentions: &[MentionRecord],
) -> Vec<ComparedClaim> {
    let mut parties: BTreeMap<usize, BTreeSet<String>> = BTreeMap::new();
    let is_party =
        |m: &MentionRecord| EntityType::parse(&m.entity_type).is_some_and(EntityType::is_party);
    for m in mentions.iter().filter(|m| is_party(m) && is_counted(m)) {
        parties
            .entry(m.sentence)
            .or_default()
            .insert(scored_id(&m.entity_id, &m.name));
    }
    parties
        .into_iter()
        .filter(|(_, parties)| parties.len() >= 2)
        .filter_map(|(index, parties)| {
            let sentence = sentences.get(index)?;
            Some(ComparedClaim {
                start: sentence.start,
                end: sentence.end,
                parties,
                kind: ClaimKind::Collaboration.as_str().to_string(),
                polarity: Polarity::Positive.as_str().to_string(),
                modality: Modality::Actual.as_str().to_string(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::segment;
    use crate::{Gazetteer, Pipeline};

    #[test]
    fn one_claim_per_sentence_naming_two_parties() {
        let pipeline = Pipeline::new(Gazetteer::builtin().unwrap());
        // (text, the party sets of the baseline's claims, in order)
        let cases: [(&str, &[&[&str]]); 6] = [
            (
                "Japan and Brazil opened a museum of kites.",
                &[&["country:BR", "country:JP"]],
            ),
            ("Japan opened a museum. Brazil opened a school.", &[]),
            (
                "NASA opened a lab. Later ESA and Chile and NASA met in a garden.",
                &[&["agency:esa", "agency:nasa", "country:CL"]],
            ),
            ("A Chilean crew joined NASA on the Artemis program.", &[]),
            ("The European Space Agency said ESA would answer.", &[]),
            (
                "Peru met Chile on Monday. On Tuesday Peru met Chile again.",
                &[&["country:CL", "country:PE"], &["country:CL", "country:PE"]],
            ),
        ];
        for (text, want) in cases {
            let doc = crate::text::ingest::invented(text);
            let output = pipeline.process(&doc);
            let sentences = segment::segment(text);
            let claims = cooccurrence_claims(&sentences, &output.mentions);
            let got: Vec<Vec<&str>> = claims
                .iter()
                .map(|c| c.parties.iter().map(String::as_str).collect())
                .collect();
            assert_eq!(got, want, "{text}");
            for claim in &claims {
                let sentence = &text[claim.start..claim.end];
                assert!(claim.parties.len() >= 2, "{sentence}");
                assert_eq!(
                    (
                        claim.kind.as_str(),
                        claim.polarity.as_str(),
                        claim.modality.as_str()
                    ),
                    ("collaboration", "positive", "actual")
                );
            }
        }
    }
}
