//! JSON Schemas of every record type, generated from the Rust types in [`crate::record`], and
//! the output format's version. The generated schemas are committed under `schema/`; a test
//! fails when they drift from the types.

use schemars::{schema_for, Schema};

use crate::record::{
    ClaimRecord, DocumentRecord, ErrorRecord, ExplainLine, MentionRecord, Network, RejectedRecord,
    RelationRecord, StreamEnvelope, Summary,
};

/// Version of the output format, `MAJOR.MINOR`. Within a major version fields are only added;
/// a removal or rename bumps the major version and is listed in `CHANGELOG.md`.
pub const SCHEMA_VERSION: &str = "1.1";

/// The record types, by the name `coopex schema TYPE` takes, with the file that holds them.
/// In streaming mode (`extract --stdin`) document, mention and claim records, and error
/// records, go to stdout with three more fields each: `schema_version`, `coopex_version`,
/// `gazetteer_hash` (and `record` with `--emit all`): the `stream` type. Its schema is the
/// only open one, since the record's own fields sit beside it.
pub const RECORD_TYPES: &[(&str, &str)] = &[
    ("document", "documents.jsonl"),
    ("mention", "mentions.jsonl"),
    ("claim", "claims.jsonl"),
    ("rejected", "rejected.jsonl"),
    ("explain", "explain.jsonl"),
    ("relation", "relations.jsonl"),
    ("network", "network.json"),
    ("summary", "summary.json"),
    ("error", "stdout with extract --stdin"),
    ("stream", "stdout with extract --stdin"),
];

/// The JSON Schema of one record type, or `None` for an unknown name.
pub fn schema(record_type: &str) -> Option<Schema> {
    let mut schema = match record_type {
        "document" => schema_for!(DocumentRecord),
        "mention" => schema_for!(MentionRecord),
        "claim" => schema_for!(ClaimRecord),
        "rejected" => schema_for!(RejectedRecord),
        "explain" => schema_for!(ExplainLine),
        "relation" => schema_for!(RelationRecord),
        "network" => schema_for!(Network),
        "error" => schema_for!(ErrorRecord),
        "summary" => schema_for!(Summary),
        "stream" => schema_for!(StreamEnvelope),
        _ => return None,
    };
    schema.insert(
        "$id".to_string(),
        format!("https://coopex.invalid/schema/{SCHEMA_VERSION}/{record_type}.schema.json").into(),
    );
    Some(schema)
}

/// The schema as the pretty-printed JSON committed under `schema/`, with a final newline.
pub fn schema_text(record_type: &str) -> Option<String> {
    schema(record_type).map(|s| {
        let mut text = serde_json::to_string_pretty(&s).expect("schemas serialize");
        text.push('\n');
        text
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_record_type_but_the_stream_envelope_has_a_closed_schema() {
        for (name, _) in RECORD_TYPES.iter().filter(|(name, _)| *name != "stream") {
            let schema = schema(name).unwrap();
            let value = schema.as_value();
            // A file holding two shapes of line (explain.jsonl) is closed shape by shape.
            let shapes: Vec<&serde_json::Value> = match value["anyOf"].as_array() {
                Some(shapes) => shapes
                    .iter()
                    .map(|s| {
                        let name = s["$ref"].as_str().unwrap().rsplit('/').next().unwrap();
                        &value["$defs"][name]
                    })
                    .collect(),
                None => vec![value],
            };
            for shape in shapes {
                assert_eq!(shape["additionalProperties"], false, "{name}");
                assert!(
                    shape["required"].as_array().is_some_and(|r| !r.is_empty()),
                    "{name}"
                );
            }
        }
        assert!(schema("nonsense").is_none());
        // The stream envelope leaves the record's own fields to the record's schema.
        let envelope = schema("stream").unwrap();
        assert_eq!(envelope.as_value()["additionalProperties"], true);
    }
}
