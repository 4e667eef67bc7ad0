//! The CSV export: one row per claim, RFC 4180.

use super::join_names;
use crate::record::ClaimRecord;

/// Columns of the CSV export, in order.
pub const CSV_HEADER: [&str; 18] = [
    "claim_id",
    "doc_id",
    "kind",
    "polarity",
    "modality",
    "cameo",
    "quad_class",
    "parties",
    "party_ids",
    "missions",
    "time",
    "confidence",
    "rule",
    "evidence_start",
    "evidence_end",
    "line",
    "column",
    "evidence",
];

/// The claims as CSV: a header line, then one row per claim (RFC 4180, CRLF line ends; a field
/// is quoted only when it holds a comma, a double quote or a line break, its quotes doubled).
pub fn claims_csv(claims: &[ClaimRecord]) -> String {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    // Rows of one fixed width written to memory: the writer has nothing that can fail.
    let in_memory = "writing CSV rows of equal width to memory cannot fail";
    writer.write_record(CSV_HEADER).expect(in_memory);
    for claim in claims {
        writer.write_record(row(claim)).expect(in_memory);
    }
    let bytes = writer.into_inner().expect(in_memory);
    String::from_utf8(bytes).expect("CSV of UTF-8 fields is UTF-8")
}

/// One claim's fields, in the order of [`CSV_HEADER`].
fn row(c: &ClaimRecord) -> [String; CSV_HEADER.len()] {
    let party_ids = c
        .parties
        .iter()
        .map(|p| p.entity_id.as_str())
        .collect::<Vec<_>>()
        .join("; ");
    [
        c.claim_id.clone(),
        c.doc_id.clone(),
        c.kind.as_str().to_string(),
        c.polarity.as_str().to_string(),
        c.modality.as_str().to_string(),
        c.cameo.clone(),
        c.quad_class.to_string(),
        join_names(&c.parties, "; "),
        party_ids,
        join_names(&c.missions, "; "),
        c.time.as_ref().map_or(String::new(), |t| t.value.clone()),
        c.confidence.to_string(),
        c.rule.clone(),
        c.evidence.start.to_string(),
        c.evidence.end.to_string(),
        c.evidence.line.to_string(),
        c.evidence.column.to_string(),
        c.evidence.text.clone(),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An invented claim, as `claims.jsonl` holds it.
    const CLAIM: &str = r#"{"claim_id":"00000000000000aa","doc_id":"a.txt","doc_sha256":"00",
        "kind":"agreement","polarity":"positive","modality":"actual",
        "parties":[{"entity_id":"country:CL","name":"Chile","type":"country","text":"Chile","start":0,"end":5},
            {"entity_id":"country:PE","name":"Peru","type":"country","text":"Peru","start":10,"end":14}],
        "missions":[],"cues":[{"text":"signed","start":15,"end":21}],
        "evidence":{"text":"Chile and Peru signed.","start":0,"end":22,"line":1,"column":1,
            "selector":{"type":"TextQuoteSelector","exact":"Chile and Peru signed.","prefix":"","suffix":""}},
        "cameo":"057","quad_class":1,"time":null,"quantities":[],"confidence":0.9,"rule":"cue:sign"}"#;

    #[test]
    fn a_claim_is_one_row_in_header_order() {
        let claim: ClaimRecord = serde_json::from_str(CLAIM).expect("the claim parses");
        assert_eq!(
            claims_csv(&[claim]).lines().nth(1),
            Some(
                "00000000000000aa,a.txt,agreement,positive,actual,057,1,Chile; Peru,\
                 country:CL; country:PE,,,0.9,cue:sign,0,22,1,1,Chile and Peru signed."
            )
        );
    }

    /// The CSV of a claim whose rule is `field`: that field as written, and the row around it.
    fn rule_field(field: &str) -> String {
        let mut claim: ClaimRecord = serde_json::from_str(CLAIM).expect("the claim parses");
        claim.rule = field.to_string();
        let csv = claims_csv(&[claim.clone()]);
        let row = csv.split_once("\r\n").expect("a header line").1;
        let before = format!(",{},", claim.confidence);
        let after = format!(",{},", claim.evidence.start);
        let start = row.find(&before).expect("the confidence column") + before.len();
        let end = start
            + row[start..]
                .find(&after)
                .expect("the evidence_start column");
        row[start..end].to_string()
    }

    #[test]
    fn csv_fields_are_quoted_only_when_needed() {
        let cases = [
            ("plain", "plain"),
            ("", ""),
            ("a, b", "\"a, b\""),
            ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("two\nlines", "\"two\nlines\""),
            ("cr\rhere", "\"cr\rhere\""),
            ("curly “quotes” stay", "curly “quotes” stay"),
            (" padded ", " padded "),
            ("#hash", "#hash"),
        ];
        for (field, want) in cases {
            assert_eq!(rule_field(field), want, "{field:?}");
        }
    }

    #[test]
    fn csv_has_a_header_and_crlf_line_ends() {
        let csv = claims_csv(&[]);
        assert_eq!(csv, format!("{}\r\n", CSV_HEADER.join(",")));
    }
}
