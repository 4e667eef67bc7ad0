//! The W3C Web Annotation export: an `AnnotationCollection` with one `Annotation` per claim.

use std::collections::HashMap;

use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use super::{join_names, CharOffsets, ExportError, SourceDocument};
use crate::record::{ClaimRecord, QuoteSelector};

/// The claims as a W3C Web Annotation `AnnotationCollection` (JSON-LD), one annotation per
/// claim, in claim order.
///
/// # Errors
/// A claim whose document is not among `documents` or whose evidence does not hold its text.
pub fn web_annotations(
    documents: &[SourceDocument],
    claims: &[ClaimRecord],
) -> Result<Value, ExportError> {
    let by_key: HashMap<(&str, &str), (&SourceDocument, CharOffsets<'_>)> = documents
        .iter()
        .map(|d| {
            (
                (d.record.doc_id.as_str(), d.record.sha256.as_str()),
                (d, CharOffsets::new(&d.text)),
            )
        })
        .collect();
    let mut items = Vec::with_capacity(claims.len());
    for claim in claims {
        let Some((document, offsets)) =
            by_key.get(&(claim.doc_id.as_str(), claim.doc_sha256.as_str()))
        else {
            return Err(ExportError::unknown_document(claim));
        };
        items.push(web_annotation(document, offsets, claim)?);
    }
    let mut ids = Sha256::new();
    for claim in claims {
        ids.update(claim.claim_id.as_bytes());
        ids.update(b"\n");
    }
    let collection_id = format!("urn:coopex:claims:{}", &hex::encode(ids.finalize())[..16]);
    Ok(json!({
        "@context": ["http://www.w3.org/ns/anno.jsonld", {"coopex": "urn:coopex:terms:"}],
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": "coopex cooperation claims",
        "total": claims.len(),
        "first": {
            "id": format!("{collection_id}:page:1"),
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        },
    }))
}

fn web_annotation(
    document: &SourceDocument,
    offsets: &CharOffsets<'_>,
    claim: &ClaimRecord,
) -> Result<Value, ExportError> {
    let evidence = &claim.evidence;
    let text = &document.text;
    let mismatch =
        || ExportError::span_mismatch(claim, evidence.start, evidence.end, &evidence.text);
    if text.get(evidence.start..evidence.end) != Some(evidence.text.as_str()) {
        return Err(mismatch());
    }
    let (Some(start), Some(end)) = (
        offsets.char_offset(evidence.start),
        offsets.char_offset(evidence.end),
    ) else {
        return Err(mismatch());
    };
    let quote = QuoteSelector::new(text, evidence.start, evidence.end);
    let mut summary = format!(
        "{} ({}, {}): {}",
        claim.kind.as_str(),
        claim.polarity.as_str(),
        claim.modality.as_str(),
        join_names(&claim.parties, ", ")
    );
    if !claim.missions.is_empty() {
        summary.push_str(&format!("; about {}", join_names(&claim.missions, ", ")));
    }
    let mut body = vec![json!({
        "type": "TextualBody",
        "purpose": "describing",
        "value": summary,
        "format": "text/plain",
        "language": "en",
    })];
    let tags = [
        claim.kind.as_str(),
        claim.polarity.as_str(),
        claim.modality.as_str(),
    ]
    .into_iter()
    .chain(claim.parties.iter().map(|p| p.entity_id.as_str()));
    body.extend(tags.map(|tag| json!({"type": "TextualBody", "purpose": "tagging", "value": tag})));
    let format = if document.record.doc_id.to_ascii_lowercase().ends_with(".md") {
        "text/markdown"
    } else {
        "text/plain"
    };
    Ok(json!({
        "id": format!("urn:coopex:claim:{}", claim.claim_id),
        "type": "Annotation",
        "motivation": "describing",
        "body": body,
        "target": {
            "type": "SpecificResource",
            "source": {
                "id": format!("urn:sha256:{}", document.record.sha256),
                "type": "Text",
                "format": format,
                "coopex:doc_id": document.record.doc_id,
                "coopex:path": document.record.path,
            },
            "selector": [
                quote,
                {"type": "TextPositionSelector", "start": start, "end": end},
            ],
        },
    }))
}
