//! The brat standoff export: a `.txt` and an `.ann` file per document and `annotation.conf`.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Component, Path, PathBuf};

use super::{CharOffsets, ExportError, SourceDocument};
use crate::gazetteer::EntityType;
use crate::record::{ClaimKind, ClaimRecord, EntityRef, Span};

/// The brat type name of an output name: `launch_vehicle` → `LaunchVehicle`, `country` →
/// `Country`; characters brat does not allow in type names are dropped.
fn brat_type(name: &str) -> String {
    name.split('_')
        .map(|word| {
            let mut chars = word
                .chars()
                .filter(|c| c.is_ascii_alphanumeric() || *c == '-');
            chars.next().map_or(String::new(), |first| {
                first.to_ascii_uppercase().to_string() + &chars.collect::<String>()
            })
        })
        .collect()
}

/// The relative path, without extension, under which brat gets a document: its `doc_id` with a
/// `.txt` or `.md` extension removed (`news/a.md` → `news/a`; other names are kept whole).
///
/// # Errors
/// When the id would leave the output folder (an absolute path or `..`) or names no file.
pub fn brat_stem(doc_id: &str) -> Result<PathBuf, ExportError> {
    let unsafe_name = || ExportError::UnsafeName {
        doc_id: doc_id.to_string(),
    };
    let mut stem = PathBuf::new();
    for component in Path::new(doc_id).components() {
        match component {
            Component::Normal(part) => stem.push(part),
            Component::CurDir => {}
            Component::ParentDir | Component::RootDir | Component::Prefix(_) => {
                return Err(unsafe_name())
            }
        }
    }
    let has_text_extension = stem
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("txt") || e.eq_ignore_ascii_case("md"));
    if has_text_extension {
        stem.set_extension("");
    }
    if stem.file_name().is_none() {
        return Err(unsafe_name());
    }
    Ok(stem)
}

/// One document of a brat export: `<stem>.txt` holds `text`, `<stem>.ann` the annotations.
#[derive(Debug, Clone, PartialEq)]
pub struct BratDocument<'a> {
    /// Relative path without extension ([`brat_stem`]).
    pub stem: PathBuf,
    /// The document's text, unchanged.
    pub text: &'a str,
    /// The `.ann` file's content.
    pub annotations: String,
}

/// The brat files of every given document, annotated with its claims (a document without
/// claims gets an empty `.ann`).
///
/// # Errors
/// A claim whose document is not among `documents` or whose spans do not hold their text, a
/// document id that names no file inside the output folder, two documents with the same stem.
pub fn brat_documents<'a>(
    documents: &'a [SourceDocument],
    claims: &[ClaimRecord],
) -> Result<Vec<BratDocument<'a>>, ExportError> {
    let mut by_document: HashMap<(&str, &str), Vec<&ClaimRecord>> = HashMap::new();
    for claim in claims {
        by_document
            .entry((&claim.doc_id, &claim.doc_sha256))
            .or_default()
            .push(claim);
    }
    let mut stems: HashMap<PathBuf, &str> = HashMap::new();
    let mut out = Vec::with_capacity(documents.len());
    for document in documents {
        let record = &document.record;
        let stem = brat_stem(&record.doc_id)?;
        if let Some(first) = stems.insert(stem.clone(), &record.path) {
            return Err(ExportError::NameClash {
                first: first.to_string(),
                second: record.path.clone(),
                stem: stem.display().to_string(),
            });
        }
        let doc_claims = by_document
            .remove(&(record.doc_id.as_str(), record.sha256.as_str()))
            .unwrap_or_default();
        out.push(BratDocument {
            stem,
            text: &document.text,
            annotations: brat_annotations(&document.text, &doc_claims)?,
        });
    }
    if let Some(claim) = by_document.into_values().flatten().next() {
        return Err(ExportError::unknown_document(claim));
    }
    Ok(out)
}

/// A text-bound annotation being collected.
struct TextBound {
    brat_type: String,
    fragments: Vec<(usize, usize)>,
    text: String,
    entities: Vec<String>,
}

/// A claim as a brat event, arguments pointing into the text-bound annotations.
struct BratEvent<'c> {
    claim: &'c ClaimRecord,
    trigger: usize,
    arguments: Vec<(&'static str, usize)>,
}

/// Collects the annotations of one document.
struct BratBuilder<'t> {
    text: &'t str,
    offsets: CharOffsets<'t>,
    text_bounds: Vec<TextBound>,
    by_span: HashMap<(String, usize, usize), usize>,
}

impl<'t> BratBuilder<'t> {
    /// The index of the text-bound annotation of `brat_type` over bytes `start..end`, added if
    /// new; the span must hold `expected`.
    fn text_bound(
        &mut self,
        claim: &ClaimRecord,
        brat_type: String,
        (start, end, expected): (usize, usize, &str),
    ) -> Result<usize, ExportError> {
        let mismatch = || ExportError::span_mismatch(claim, start, end, expected);
        if start >= end || self.text.get(start..end) != Some(expected) {
            return Err(mismatch());
        }
        let key = (brat_type, start, end);
        if let Some(&index) = self.by_span.get(&key) {
            return Ok(index);
        }
        let fragments = line_fragments(expected, start)
            .into_iter()
            .map(|(from, to)| {
                Some((
                    self.offsets.char_offset(from)?,
                    self.offsets.char_offset(to)?,
                ))
            })
            .collect::<Option<Vec<_>>>()
            .ok_or_else(mismatch)?;
        let text = expected
            .split(['\n', '\r'])
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        self.text_bounds.push(TextBound {
            brat_type: key.0.clone(),
            fragments,
            text,
            entities: Vec::new(),
        });
        self.by_span.insert(key, self.text_bounds.len() - 1);
        Ok(self.text_bounds.len() - 1)
    }

    /// The text-bound annotation of a party or mission, noting the entity it names.
    fn entity(&mut self, claim: &ClaimRecord, entity: &EntityRef) -> Result<usize, ExportError> {
        let index = self.text_bound(
            claim,
            brat_type(&entity.entity_type),
            (entity.start, entity.end, &entity.text),
        )?;
        let label = format!("{} {}", entity.entity_id, entity.name);
        let entities = &mut self.text_bounds[index].entities;
        if !entities.contains(&label) {
            entities.push(label);
        }
        Ok(index)
    }
}

/// The byte ranges of `text` (which starts at byte `start`) between line breaks: brat cannot
/// hold a line break inside a text-bound fragment.
fn line_fragments(text: &str, start: usize) -> Vec<(usize, usize)> {
    let mut fragments = Vec::new();
    let mut from = None;
    for (i, c) in text.char_indices() {
        match (c == '\n' || c == '\r', from) {
            (true, Some(f)) => {
                fragments.push((start + f, start + i));
                from = None;
            }
            (false, None) => from = Some(i),
            _ => {}
        }
    }
    if let Some(f) = from {
        fragments.push((start + f, start + text.len()));
    }
    fragments
}

/// The cue that decided a claim's kind: the one its `rule` (`cue:<lemma>`, `sanction:<lemma>`,
/// `pair:<lemma>`, with `+…` suffixes) names, else the last cue (modal and negation cues come
/// before the main one).
fn main_cue(claim: &ClaimRecord) -> Option<&Span> {
    let lemma = claim
        .rule
        .split_once(':')
        .map(|(_, rest)| rest.split('+').next().unwrap_or(rest))
        .map(normalize_cue);
    lemma
        .and_then(|lemma| {
            claim
                .cues
                .iter()
                .find(|cue| !lemma.is_empty() && normalize_cue(&cue.text).starts_with(&lemma))
        })
        .or(claim.cues.last())
}

/// Lowercase, curly apostrophes straight, hyphens, dashes and white space runs as one space:
/// how the cue lexicon matches.
fn normalize_cue(text: &str) -> String {
    let mut out = String::new();
    let mut separator = false;
    for c in text.chars() {
        if c.is_whitespace() || matches!(c, '-' | '\u{2010}'..='\u{2015}' | '\u{2212}') {
            separator = true;
            continue;
        }
        if separator && !out.is_empty() {
            out.push(' ');
        }
        separator = false;
        match c {
            '\u{2018}' | '\u{2019}' => out.push('\''),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// The `.ann` content for one document's claims.
fn brat_annotations(text: &str, claims: &[&ClaimRecord]) -> Result<String, ExportError> {
    let mut builder = BratBuilder {
        text,
        offsets: CharOffsets::new(text),
        text_bounds: Vec::new(),
        by_span: HashMap::new(),
    };
    let mut events = Vec::with_capacity(claims.len());
    for &claim in claims {
        let mut arguments = Vec::new();
        for party in &claim.parties {
            arguments.push(("Party", builder.entity(claim, party)?));
        }
        for mission in &claim.missions {
            arguments.push(("Mission", builder.entity(claim, mission)?));
        }
        let kind_type = brat_type(claim.kind.as_str());
        let main = main_cue(claim);
        let trigger = match main {
            Some(cue) => builder.text_bound(claim, kind_type, (cue.start, cue.end, &cue.text))?,
            None => {
                let evidence = &claim.evidence;
                builder.text_bound(
                    claim,
                    kind_type,
                    (evidence.start, evidence.end, &evidence.text),
                )?
            }
        };
        for cue in claim.cues.iter().filter(|&c| Some(c) != main) {
            let index =
                builder.text_bound(claim, "Cue".to_string(), (cue.start, cue.end, &cue.text))?;
            arguments.push(("Cue", index));
        }
        // Two parties written by one span (a reference back) are one argument in brat.
        let mut seen = BTreeSet::new();
        arguments.retain(|&argument| seen.insert(argument));
        events.push(BratEvent {
            claim,
            trigger,
            arguments,
        });
    }
    Ok(render_brat(&builder.text_bounds, &events))
}

fn render_brat(text_bounds: &[TextBound], events: &[BratEvent<'_>]) -> String {
    let mut out = String::new();
    let mut note = 0;
    let mut attribute = 0;
    for (i, t) in text_bounds.iter().enumerate() {
        let spans = t
            .fragments
            .iter()
            .map(|(start, end)| format!("{start} {end}"))
            .collect::<Vec<_>>()
            .join(";");
        out.push_str(&format!(
            "T{}\t{} {spans}\t{}\n",
            i + 1,
            t.brat_type,
            t.text
        ));
    }
    for (i, t) in text_bounds.iter().enumerate() {
        if !t.entities.is_empty() {
            note += 1;
            out.push_str(&format!(
                "#{note}\tAnnotatorNotes T{}\t{}\n",
                i + 1,
                t.entities.join("; ")
            ));
        }
    }
    for (i, event) in events.iter().enumerate() {
        let claim = event.claim;
        let id = i + 1;
        let mut line = format!(
            "E{id}\t{}:T{}",
            brat_type(claim.kind.as_str()),
            event.trigger + 1
        );
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for &(role, index) in &event.arguments {
            let n = counts.entry(role).or_default();
            *n += 1;
            let suffix = if *n == 1 {
                String::new()
            } else {
                n.to_string()
            };
            line.push_str(&format!(" {role}{suffix}:T{}", index + 1));
        }
        out.push_str(&format!("{line}\n"));
        attribute += 1;
        out.push_str(&format!(
            "A{attribute}\tPolarity E{id} {}\n",
            claim.polarity.as_str()
        ));
        attribute += 1;
        out.push_str(&format!(
            "A{attribute}\tModality E{id} {}\n",
            claim.modality.as_str()
        ));
        note += 1;
        out.push_str(&format!(
            "#{note}\tAnnotatorNotes E{id}\tclaim {} ({}, confidence {})\n",
            claim.claim_id, claim.rule, claim.confidence
        ));
    }
    out
}

/// `annotation.conf` for a brat export: every entity type (and any other type the claims
/// use), `Cue`, one event type per claim kind with `Party`, `Mission` and `Cue` arguments, the
/// `Polarity` and `Modality` attributes, and overlaps allowed (a party and a mission may share a
/// span).
pub fn brat_annotation_conf(claims: &[ClaimRecord]) -> String {
    let mut entity_types: Vec<String> = EntityType::ALL
        .iter()
        .map(|t| brat_type(t.as_str()))
        .collect();
    for claim in claims {
        for entity in claim.parties.iter().chain(&claim.missions) {
            let name = brat_type(&entity.entity_type);
            if !entity_types.contains(&name) {
                entity_types.push(name);
            }
        }
    }
    let mut out = String::from(
        "# brat configuration of a coopex export: the parties and missions of cooperation\n\
         # claims as entities, each claim an event triggered by its main cue.\n\n[entities]\n",
    );
    for name in &entity_types {
        out.push_str(&format!("{name}\n"));
    }
    out.push_str(
        "Cue\n\n[relations]\n<OVERLAP>\tArg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>\n\n[events]\n",
    );
    out.push_str(&format!("<NAMED>={}\n", entity_types.join("|")));
    for kind in ClaimKind::ALL {
        out.push_str(&format!(
            "{}\tParty+:<NAMED>, Mission*:<NAMED>, Cue*:Cue\n",
            brat_type(kind.as_str())
        ));
    }
    out.push_str(
        "\n[attributes]\nPolarity\tArg:<EVENT>, Value:positive|negative\n\
         Modality\tArg:<EVENT>, Value:actual|planned|intended\n",
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brat_stems_drop_text_extensions_and_stay_inside() {
        let cases = [
            ("a.txt", Some("a")),
            ("news/b.md", Some("news/b")),
            ("c.TXT", Some("c")),
            ("notes.text", Some("notes.text")),
            ("./d.txt", Some("d")),
            ("../e.txt", None),
            ("/etc/passwd", None),
            ("", None),
        ];
        for (doc_id, want) in cases {
            assert_eq!(
                brat_stem(doc_id).ok(),
                want.map(PathBuf::from),
                "{doc_id:?}"
            );
        }
    }

    #[test]
    fn brat_types_are_camel_case() {
        let cases = [
            ("country", "Country"),
            ("launch_vehicle", "LaunchVehicle"),
            ("joint_mission", "JointMission"),
            ("odd type!", "Oddtype"),
        ];
        for (name, want) in cases {
            assert_eq!(brat_type(name), want);
        }
    }

    #[test]
    fn line_fragments_split_at_line_breaks() {
        let cases: [(&str, &[(usize, usize)]); 4] = [
            ("United States", &[(10, 23)]),
            ("United\nStates", &[(10, 16), (17, 23)]),
            ("United\r\nStates", &[(10, 16), (18, 24)]),
            ("a\n\nb", &[(10, 11), (13, 14)]),
        ];
        for (text, want) in cases {
            assert_eq!(line_fragments(text, 10), want, "{text:?}");
        }
    }

    #[test]
    fn cues_normalize_like_the_lexicon() {
        let cases = [
            ("Involve  projects\nfrom", "involve projects from"),
            ("co-operation", "co operation"),
            ("China’s", "china's"),
        ];
        for (text, want) in cases {
            assert_eq!(normalize_cue(text), want);
        }
    }
}
