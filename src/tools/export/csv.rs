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

/// The claims as CSV: a header line, then one row per claim (RFC 4180, CRLF line ends).
pub fn claims_csv(claims: &[ClaimRecord]) -> String {
    let mut out = String::new();
    push_csv_row(&mut out, CSV_HEADER.iter().map(|s| s.to_string()));
    for c in claims {
        let party_ids = c
            .parties
            .iter()
            .map(|p| p.entity_id.as_str())
            .collect::<Vec<_>>()
            .join("; ");
        push_csv_row(
            &mut out,
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
            ],
        );
    }
    out
}

fn push_csv_row(out: &mut String, fields: impl IntoIterator<Item = String>) {
    for (i, field) in fields.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_csv_field(out, &field);
    }
    out.push_str("\r\n");
}

/// One field by RFC 4180: quoted when it holds a comma, a double quote or a line break, with
/// its double quotes doubled.
fn push_csv_field(out: &mut String, field: &str) {
    if field.contains([',', '"', '\r', '\n']) {
        out.push('"');
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        ];
        for (field, want) in cases {
            let mut out = String::new();
            push_csv_field(&mut out, field);
            assert_eq!(out, want, "{field:?}");
        }
    }
}
