//! The two most numerous records, mentions and claims, encoded as JSON directly: the bytes
//! `serde_json` writes for them (a test holds the two together), without its per-field
//! machinery, and with strings copied whole when nothing in them needs escaping, as is almost
//! always the case. Small and rare values (numbers, kinds, times, counts) still go through
//! `serde_json`, so their formatting is its own.

use serde::Serialize;

use crate::record::{ClaimRecord, EntityRef, MentionRecord, Span};

/// Appends the `mentions.jsonl` line of `record` to `out`, without its newline.
pub fn mention_json(out: &mut Vec<u8>, record: &MentionRecord) {
    let mut object = Object::open(out);
    object.string("doc_id", &record.doc_id);
    object.string("entity_id", &record.entity_id);
    object.string("name", &record.name);
    object.string("type", &record.entity_type);
    object.string("text", &record.text);
    object.value("start", &record.start);
    object.value("end", &record.end);
    object.value("sentence", &record.sentence);
    object.string("match", &record.match_kind);
    object.value("confidence", &record.confidence);
    object.close();
}

/// Appends the `claims.jsonl` line of `record` to `out`, without its newline.
pub fn claim_json(out: &mut Vec<u8>, record: &ClaimRecord) {
    let mut object = Object::open(out);
    object.string("claim_id", &record.claim_id);
    object.string("doc_id", &record.doc_id);
    object.string("doc_sha256", &record.doc_sha256);
    object.value("kind", &record.kind);
    object.value("polarity", &record.polarity);
    object.value("modality", &record.modality);
    object.array("parties", &record.parties, entity_json);
    object.array("missions", &record.missions, entity_json);
    object.array("cues", &record.cues, span_json);
    let evidence = &record.evidence;
    let mut inner = object.object("evidence");
    inner.string("text", &evidence.text);
    inner.value("start", &evidence.start);
    inner.value("end", &evidence.end);
    inner.value("line", &evidence.line);
    inner.value("column", &evidence.column);
    let selector = &evidence.selector;
    let mut quote = inner.object("selector");
    quote.string("type", &selector.selector_type);
    quote.string("exact", &selector.exact);
    quote.string("prefix", &selector.prefix);
    quote.string("suffix", &selector.suffix);
    quote.close();
    inner.close();
    object.string("cameo", &record.cameo);
    object.value("quad_class", &record.quad_class);
    object.value("time", &record.time);
    object.value("quantities", &record.quantities);
    object.value("confidence", &record.confidence);
    object.string("rule", &record.rule);
    object.close();
}

fn entity_json(out: &mut Vec<u8>, entity: &EntityRef) {
    let mut object = Object::open(out);
    object.string("entity_id", &entity.entity_id);
    object.string("name", &entity.name);
    object.string("type", &entity.entity_type);
    object.string("text", &entity.text);
    object.value("start", &entity.start);
    object.value("end", &entity.end);
    if let Some(antecedent) = &entity.antecedent {
        object.key("antecedent");
        span_json(object.out, antecedent);
    }
    object.close();
}

fn span_json(out: &mut Vec<u8>, span: &Span) {
    let mut object = Object::open(out);
    object.string("text", &span.text);
    object.value("start", &span.start);
    object.value("end", &span.end);
    object.close();
}

/// A JSON object being written, field by field, in the compact form of `serde_json`.
struct Object<'o> {
    out: &'o mut Vec<u8>,
    first: bool,
}

impl<'o> Object<'o> {
    fn open(out: &'o mut Vec<u8>) -> Object<'o> {
        out.push(b'{');
        Object { out, first: true }
    }

    /// Writes the separator and `"key":` (keys are plain ASCII, never escaped).
    fn key(&mut self, key: &str) {
        if !self.first {
            self.out.push(b',');
        }
        self.first = false;
        self.out.push(b'"');
        self.out.extend_from_slice(key.as_bytes());
        self.out.extend_from_slice(b"\":");
    }

    fn string(&mut self, key: &str, value: &str) {
        self.key(key);
        push_string(self.out, value);
    }

    fn value(&mut self, key: &str, value: &impl Serialize) {
        self.key(key);
        serde_json::to_writer(&mut *self.out, value)
            .expect("numbers, kinds, times and counts always encode into memory");
    }

    fn array<T>(&mut self, key: &str, items: &[T], each: fn(&mut Vec<u8>, &T)) {
        self.key(key);
        self.out.push(b'[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.out.push(b',');
            }
            each(self.out, item);
        }
        self.out.push(b']');
    }

    /// Starts an object as the value of `key`; [`Object::close`] it before this one goes on.
    fn object(&mut self, key: &str) -> Object<'_> {
        self.key(key);
        Object::open(self.out)
    }

    fn close(self) {
        self.out.push(b'}');
    }
}

/// Appends `value` as a JSON string, escaped as `serde_json` escapes it: `"`, `\` and the
/// control characters below U+0020, the common ones by letter and the rest as `\u00XX`.
fn push_string(out: &mut Vec<u8>, value: &str) {
    let bytes = value.as_bytes();
    out.push(b'"');
    if !bytes.chunks(32).any(|chunk| {
        // No early exit inside a chunk, so the test is a few vector instructions.
        chunk
            .iter()
            .fold(false, |seen, &b| seen | (ESCAPE[usize::from(b)] != 0))
    }) {
        out.extend_from_slice(bytes);
    } else {
        let mut clean = 0;
        for (at, &b) in bytes.iter().enumerate() {
            let escape = ESCAPE[usize::from(b)];
            if escape == 0 {
                continue;
            }
            out.extend_from_slice(&bytes[clean..at]);
            if escape == b'u' {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(b"\\u00");
                out.extend_from_slice(&[HEX[usize::from(b >> 4)], HEX[usize::from(b & 0xf)]]);
            } else {
                out.extend_from_slice(&[b'\\', escape]);
            }
            clean = at + 1;
        }
        out.extend_from_slice(&bytes[clean..]);
    }
    out.push(b'"');
}

/// For each byte, 0 when it stands for itself in a JSON string, else the letter of its escape
/// (`u` for `\u00XX`).
const ESCAPE: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = b'u';
        b += 1;
    }
    table[0x08] = b'b';
    table[0x09] = b't';
    table[0x0a] = b'n';
    table[0x0c] = b'f';
    table[0x0d] = b'r';
    table[b'"' as usize] = b'"';
    table[b'\\' as usize] = b'\\';
    table
};

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::gazetteer::Gazetteer;
    use crate::pipeline::Pipeline;
    use crate::text::ingest::invented;

    fn string_json(value: &str) -> String {
        let mut out = Vec::new();
        push_string(&mut out, value);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn every_ascii_character_is_escaped_as_serde_json_does() {
        let all: String = (0u8..128).map(char::from).collect();
        let long = format!("{}{all}{}", "x".repeat(40), "y".repeat(40));
        for value in [
            all.as_str(),
            &long,
            "",
            "plain",
            "ends with \"",
            "\\",
            "é€\u{2028}",
        ] {
            assert_eq!(
                string_json(value),
                serde_json::to_string(value).unwrap(),
                "{value:?}"
            );
        }
    }

    proptest! {
        #[test]
        fn any_string_is_escaped_as_serde_json_does(value in any::<String>()) {
            prop_assert_eq!(string_json(&value), serde_json::to_string(&value).unwrap());
        }
    }

    #[test]
    fn records_of_a_document_are_the_lines_of_serde_json() {
        let pipeline = Pipeline::new(Gazetteer::builtin().unwrap());
        let text = "Published 2021-06-10\n\n\
            On 3 March 2020, NASA and the \"European Space Agency\" agreed to build a \
            lunar relay over 12 satellites\t in all.\n\n\
            Both agencies later signed a deal with JAXA on the Artemis programme; they \
            will share the data.\n";
        let output = pipeline.process(&invented(text));
        assert!(!output.mentions.is_empty());
        assert!(output.claims.iter().any(|c| c.time.is_some()));
        assert!(output.claims.iter().any(|c| !c.quantities.is_empty()));
        let mut claims = output.claims.clone();
        claims[0].parties[0].antecedent = Some(Span {
            text: "the \u{1}agency".to_string(),
            start: 1,
            end: 2,
        });
        claims[0].time = None;
        claims.extend(output.claims);
        for mention in &output.mentions {
            let mut line = Vec::new();
            mention_json(&mut line, mention);
            assert_eq!(line, serde_json::to_vec(mention).unwrap());
        }
        for claim in &claims {
            let mut line = Vec::new();
            claim_json(&mut line, claim);
            assert_eq!(
                String::from_utf8(line).unwrap(),
                serde_json::to_string(claim).unwrap()
            );
        }
    }
}
