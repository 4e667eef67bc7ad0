//! The gold annotations (the format of the development set: one JSON object per document with
//! its `entities` and `claims`), and the keys gold and found entities are compared by.

use std::path::Path;

use serde::Deserialize;

use super::EvalError;
use crate::gazetteer::{EntityType, Entry, Gazetteer};
use crate::text::normalize::{normalize_phrase, NormText};

/// One gold document.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldDoc {
    /// File name of the document.
    pub doc: String,
    /// Every distinct entity, once.
    pub entities: Vec<GoldEntity>,
    /// Every claim, in document order.
    pub claims: Vec<GoldClaim>,
}

/// A gold entity.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldEntity {
    /// One surface form, as written in the document.
    pub text: String,
    /// Entity type.
    #[serde(rename = "type")]
    pub entity_type: String,
    /// Canonical name.
    pub canonical: String,
    /// ISO 3166-1 alpha-2 for countries.
    pub iso: Option<String>,
}

/// A gold claim.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldClaim {
    /// The sentence, verbatim.
    pub sentence: String,
    /// Canonical names of the parties.
    pub parties: Vec<String>,
    /// Canonical name of the mission, if any.
    pub mission: Option<String>,
    /// Claim kind.
    pub kind: String,
    /// Polarity.
    pub polarity: String,
    /// Modality.
    pub modality: String,
}

/// Reads a gold file (JSON Lines).
///
/// # Errors
/// An unreadable file or a malformed line (named by number).
pub fn load_gold(path: &Path) -> Result<Vec<GoldDoc>, EvalError> {
    let text = std::fs::read_to_string(path).map_err(|source| EvalError::ReadGold {
        path: path.to_path_buf(),
        source,
    })?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).map_err(|e| EvalError::MalformedGold {
                path: path.to_path_buf(),
                line: i + 1,
                message: e.to_string(),
            })
        })
        .collect()
}

/// The id an entity is scored by: its gazetteer id, or for an entity the document itself
/// defined (`organization:local-…`) its name, as gold entities no gazetteer knows are keyed.
pub(super) fn scored_id(entity_id: &str, name: &str) -> String {
    if entity_id.contains(":local-") {
        format!("name:{}", name.to_lowercase())
    } else {
        entity_id.to_string()
    }
}

/// How an entity key is shown: a gazetteer id (`country:PE`) already starts with its type and is
/// shown as it is; a name key (`name:…`, an entity no gazetteer entry has) gets its type in
/// front (`organization:name:…`), so every label carries its type exactly once.
pub fn entity_label(key: &str, entity_type: &str) -> String {
    if key.starts_with("name:") {
        format!("{entity_type}:{key}")
    } else {
        key.to_string()
    }
}

/// Maps a gold entity to a gazetteer id: ISO code first, then canonical name, then its text;
/// `name:<canonical, lowercased>` when no entry has it.
pub(super) fn gold_key(gazetteer: &Gazetteer, entity: &GoldEntity) -> String {
    if let Some(iso) = &entity.iso {
        let id = format!("country:{iso}");
        if gazetteer.get(&id).is_some() {
            return id;
        }
    }
    let wanted_type = EntityType::parse(&entity.entity_type);
    for name in [&entity.canonical, &entity.text] {
        let written = normalize_phrase(name);
        let key = written.to_lowercase();
        let matches: Vec<_> = gazetteer
            .entries()
            .iter()
            .filter(|e| {
                e.names()
                    .any(|a| normalize_phrase(&a.text).to_lowercase() == key)
            })
            .collect();
        // A name written in the entry's own case first ("ispace" over "iSpace").
        let same_case = |e: &&&Entry| e.names().any(|a| normalize_phrase(&a.text) == written);
        let best = matches
            .iter()
            .find(|e| Some(e.kind) == wanted_type && same_case(e))
            .or_else(|| matches.iter().find(|e| Some(e.kind) == wanted_type))
            .or(matches.first());
        if let Some(e) = best {
            return e.id.clone();
        }
    }
    // A canonical name the matcher reads whole as an entry, in a spelling made from one of
    // its names ("Shenzhou IX" for "Shenzhou 9"): that entry, as the pipeline would find it.
    // Not the text, which may leave out what the canonical name adds to tell one body from
    // another ("Ministry of Defence" for "Ministry of Defence (Peru)").
    let canonical = &entity.canonical;
    let whole: Vec<usize> = gazetteer
        .matcher()
        .find(&NormText::new(canonical))
        .into_iter()
        .filter(|c| c.start == 0 && c.end == canonical.len())
        .map(|c| c.entry)
        .collect();
    let entries = gazetteer.entries();
    let best = whole
        .iter()
        .find(|&&e| Some(entries[e].kind) == wanted_type)
        .or(whole.first());
    if let Some(&e) = best {
        return entries[e].id.clone();
    }
    format!("name:{}", entity.canonical.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(text: &str, entity_type: &str, iso: Option<&str>) -> GoldEntity {
        GoldEntity {
            text: text.to_string(),
            entity_type: entity_type.to_string(),
            canonical: text.to_string(),
            iso: iso.map(str::to_string),
        }
    }

    #[test]
    fn entity_labels_carry_their_type_once() {
        let gazetteer = Gazetteer::builtin().unwrap();
        let cases = [
            (entity("Peru", "country", Some("PE")), "country:PE"),
            (entity("NASA", "agency", None), "agency:nasa"),
            // The entry that writes the name in the same case.
            (
                entity("ispace", "organization", None),
                "organization:ispace-japan",
            ),
            (
                entity("iSpace", "organization", None),
                "organization:ispace-china",
            ),
            // A spelling the matcher makes from an entry's name.
            (
                entity("Shenzhou XI", "mission", None),
                "mission:shenzhou-11",
            ),
            (
                entity("Ames Research Centre", "organization", None),
                "organization:ames",
            ),
            (
                entity("Zorbian Institute of Lunar Studies", "organization", None),
                "organization:name:zorbian institute of lunar studies",
            ),
        ];
        for (gold, want) in cases {
            let key = gold_key(&gazetteer, &gold);
            assert_eq!(entity_label(&key, &gold.entity_type), want, "{}", gold.text);
        }
    }

    #[test]
    fn a_malformed_gold_line_is_named_by_number() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("gold.jsonl");
        std::fs::write(
            &path,
            "{\"doc\": \"a.txt\", \"entities\": [], \"claims\": []}\n\n{\n",
        )
        .unwrap();
        let error = load_gold(&path).unwrap_err();
        assert!(
            matches!(error, EvalError::MalformedGold { line: 3, .. }),
            "{error}"
        );
    }
}
