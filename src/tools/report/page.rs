//! The page around the network: the header with the run and the audit, the filter controls,
//! and the tables of relations, claims (with the evidence sentence highlighted) and documents.

use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;

use super::{escape, plural, ReportData};
use crate::record::{ClaimKind, ClaimRecord, DocumentRecord, EntityRef, Polarity, RelationRecord};
use crate::tools::audit::Status;

fn status_name(status: Status) -> &'static str {
    match status {
        Status::Ok => "ok",
        Status::Changed => "changed",
        Status::Missing => "missing",
        Status::Corrupt => "corrupt",
    }
}

const STATUSES: [Status; 4] = [
    Status::Ok,
    Status::Changed,
    Status::Missing,
    Status::Corrupt,
];

/// Audit problems listed in the header; the claims table shows the rest.
const LISTED_PROBLEMS: usize = 20;

fn short(hash: &str) -> &str {
    hash.get(..12).unwrap_or(hash)
}

pub(super) fn render_header(html: &mut String, data: &ReportData) {
    let s = &data.summary;
    let _ = writeln!(
        html,
        "<header>\n<h1>coopex report</h1>\n<p class=\"sub\">output folder <code>{}</code> · \
         coopex {} · schema {} · gazetteer {} (<code title=\"{}\">{}</code>)</p>",
        escape(&data.out_dir.display().to_string()),
        escape(&s.coopex_version),
        escape(&s.schema_version),
        escape(&s.gazetteer_version),
        escape(&s.gazetteer_hash),
        escape(short(&s.gazetteer_hash)),
    );
    let card = |html: &mut String, class: &str, label: &str, value: usize| {
        let _ = write!(
            html,
            "<div class=\"{class}\"><dt>{label}</dt><dd>{value}</dd></div>"
        );
    };
    html.push_str("<dl class=\"cards\" id=\"corpus-summary\">");
    card(html, "", "documents", data.documents.len());
    card(html, "", "rejected", s.rejected);
    card(html, "", "mentions", s.mentions);
    card(html, "", "claims", data.claims.len());
    card(html, "", "relations", data.relations.len());
    card(html, "", "entities", data.network.nodes.len());
    html.push_str("</dl>\n");

    let audit = &data.audit;
    let claims_with = |status: Status| audit.claims.get(status_name(status)).copied().unwrap_or(0);
    let place = if data.corpus.is_empty() {
        "at their recorded paths".to_string()
    } else {
        let roots: Vec<String> = data
            .corpus
            .iter()
            .map(|p| format!("<code>{}</code>", escape(&p.display().to_string())))
            .collect();
        format!(
            "under {} by document id, else at their recorded paths",
            roots.join(", ")
        )
    };
    let _ = writeln!(
        html,
        "<section class=\"audit\" id=\"audit-summary\">\n<h2>Audit</h2>\n<p class=\"sub\">\
         Made when this report was written: every document re-read ({place}) and every claim's \
         hash and spans checked.</p>"
    );
    html.push_str("<dl class=\"cards\">");
    for status in STATUSES {
        let n = claims_with(status);
        let class = match (status, n) {
            (Status::Ok, n) if n == data.claims.len() => "ok",
            (Status::Ok, _) | (_, 0) => "",
            _ => "bad",
        };
        card(html, class, &format!("claims {}", status_name(status)), n);
    }
    let mentions_ok = audit.mentions.get("ok").copied().unwrap_or(0);
    card(html, "", "mentions ok", mentions_ok);
    card(
        html,
        if audit.mention_problems.is_empty() {
            ""
        } else {
            "bad"
        },
        "mentions not ok",
        audit.mention_problems.len(),
    );
    card(
        html,
        if audit.file_problems.is_empty() {
            ""
        } else {
            "bad"
        },
        "file problems",
        audit.file_problems.len(),
    );
    html.push_str("</dl>\n");
    let claim_lines = audit.claim_problems.iter().map(|c| {
        format!(
            "<li><span class=\"status {s}\">{s}</span> claim <code>{}</code> ({} line {}): \
             {}</li>",
            escape(&c.claim_id),
            escape(&c.doc_id),
            c.line,
            escape(&c.detail),
            s = status_name(c.status),
        )
    });
    let file_lines = audit.file_problems.iter().map(|f| {
        format!(
            "<li><span class=\"status corrupt\">invalid</span> <code>{}:{}</code>: {}</li>",
            escape(&f.file),
            f.line,
            escape(&f.problem)
        )
    });
    let problems: Vec<String> = claim_lines.chain(file_lines).collect();
    if !problems.is_empty() {
        html.push_str("<ul>\n");
        for line in problems.iter().take(LISTED_PROBLEMS) {
            html.push_str(line);
            html.push('\n');
        }
        if problems.len() > LISTED_PROBLEMS {
            let _ = writeln!(
                html,
                "<li>… and {} more: choose an audit status above to see the claims.</li>",
                problems.len() - LISTED_PROBLEMS
            );
        }
        html.push_str("</ul>\n");
    }
    html.push_str("</section>\n</header>\n");
}

pub(super) fn render_controls(html: &mut String) {
    html.push_str(
        "<div class=\"controls\" id=\"controls\">\n<label>Filter <input id=\"q\" type=\"search\" \
         placeholder=\"party, mission, kind, polarity, document, words…\" autocomplete=\"off\">\
         </label>\n<label>kind <select id=\"kind\"><option value=\"\">any</option>",
    );
    let mut kinds = ClaimKind::ALL;
    kinds.sort_by_key(|k| k.as_str());
    for kind in kinds {
        let _ = write!(html, "<option>{}</option>", kind.as_str());
    }
    html.push_str(
        "</select></label>\n<label>polarity <select id=\"polarity\"><option value=\"\">any\
         </option><option>positive</option><option>negative</option></select></label>\n\
         <label>audit (claims) <select id=\"status\"><option value=\"\">any</option>",
    );
    for status in STATUSES {
        let _ = write!(html, "<option>{}</option>", status_name(status));
    }
    html.push_str(
        "</select></label>\n<span class=\"chip\" id=\"rel-chip\" hidden>relation \
         <code id=\"rel-id\"></code> <button id=\"rel-clear\" title=\"show all relations\">×\
         </button></span>\n<button id=\"reset\">clear filters</button>\n</div>\n",
    );
}

fn kind_cell(kind: ClaimKind) -> String {
    format!("<td class=\"s kind\">{}</td>", kind.as_str())
}

fn polarity_cell(polarity: Polarity) -> String {
    let name = polarity.as_str();
    format!("<td class=\"s\"><span class=\"{name}\">{name}</span></td>")
}

pub(super) fn render_relations(html: &mut String, relations: &[RelationRecord]) {
    let _ = writeln!(
        html,
        "<h2 id=\"relations\">Relations</h2>\n<p class=\"count\"><span id=\"relation-count\" \
         data-visible=\"{n}\" data-total=\"{n}\">{}</span>: the same parties, mission, kind and \
         polarity, with the claims that state them (click the number to see them).</p>",
        plural(relations.len(), "relation", "relations"),
        n = relations.len(),
    );
    html.push_str(
        "<table class=\"data\" id=\"relation-table\" data-count=\"relation-count\" \
         data-noun=\"relations\">\n<thead><tr><th data-sort=\"text\">parties</th>\
         <th data-sort=\"text\">mission</th><th data-sort=\"text\">kind</th>\
         <th data-sort=\"text\">polarity</th><th data-sort=\"num\">claims</th>\
         <th data-sort=\"num\">independent sources</th><th data-sort=\"text\">documents</th>\
         </tr></thead>\n<tbody>\n",
    );
    for r in relations {
        let parties: Vec<String> = r.parties.iter().map(|p| escape(&p.name)).collect();
        let mission = r
            .mission
            .as_ref()
            .map_or_else(|| "—".to_string(), |m| escape(&m.name));
        let documents: BTreeSet<&str> = r.claims.iter().map(|c| c.doc_id.as_str()).collect();
        let documents: Vec<String> = documents.into_iter().map(escape).collect();
        let _ = writeln!(
            html,
            "<tr data-relation-id=\"{id}\" data-kind=\"{}\" data-polarity=\"{}\">\
             <td class=\"s\">{}</td><td class=\"s\">{mission}</td>{}{}\
             <td class=\"n\" data-key=\"{n}\"><button class=\"rel\" data-rel=\"{id}\" \
             title=\"show the claims of this relation\">{n}</button></td>\
             <td class=\"n\">{}</td><td class=\"s mono\">{}</td></tr>",
            r.kind.as_str(),
            r.polarity.as_str(),
            parties.join(", "),
            kind_cell(r.kind),
            polarity_cell(r.polarity),
            r.independent_sources,
            documents.join("<br>"),
            id = escape(&r.relation_id),
            n = r.claims.len(),
        );
    }
    html.push_str("</tbody>\n</table>\n");
}

/// The evidence sentence as HTML, its parties, missions and cues wrapped in `<mark>`.
///
/// Spans are byte offsets into the document; subtracting the evidence's start gives byte
/// offsets into the sentence. A span outside the sentence, not on character boundaries, or
/// overlapping an earlier one is left unmarked.
pub fn highlight_evidence(claim: &ClaimRecord) -> String {
    let evidence = &claim.evidence;
    let mut marks: Vec<(usize, usize, &str, String)> = Vec::new();
    for (class, list) in [("party", &claim.parties), ("mission", &claim.missions)] {
        for e in list {
            let mut title = format!("{class}: {} ({})", e.name, e.entity_id);
            if let Some(a) = &e.antecedent {
                let _ = write!(
                    title,
                    ", named earlier as “{}” at bytes {}..{}",
                    a.text, a.start, a.end
                );
            }
            marks.push((e.start, e.end, class, title));
        }
    }
    for cue in &claim.cues {
        marks.push((cue.start, cue.end, "cue", "cue".to_string()));
    }
    let mut marks: Vec<(usize, usize, &str, String)> = marks
        .into_iter()
        .filter(|m| m.0 >= evidence.start && m.1 <= evidence.end && m.0 < m.1)
        .map(|(s, e, class, title)| (s - evidence.start, e - evidence.start, class, title))
        .collect();
    marks.sort_by_key(|m| (m.0, std::cmp::Reverse(m.1)));
    let text = evidence.text.as_str();
    let mut out = String::with_capacity(text.len() * 2);
    let mut at = 0;
    for (start, end, class, title) in marks {
        if start < at {
            continue;
        }
        let (Some(before), Some(inner)) = (text.get(at..start), text.get(start..end)) else {
            continue;
        };
        let _ = write!(
            out,
            "{}<mark class=\"{class}\" title=\"{}\">{}</mark>",
            escape(before),
            escape(&title),
            escape(inner)
        );
        at = end;
    }
    out.push_str(&escape(text.get(at..).unwrap_or_default()));
    out
}

pub(super) fn render_claims(html: &mut String, data: &ReportData) {
    let n = data.claims.len();
    let _ = writeln!(
        html,
        "<h2 id=\"claims\">Claims</h2>\n<p class=\"count\"><span id=\"claim-count\" \
         data-visible=\"{n}\" data-total=\"{n}\">{}</span>, each with its sentence \
         (<mark class=\"party\">party</mark> <mark class=\"mission\">mission</mark> \
         <mark class=\"cue\">cue</mark>) and citation: path:line:column, byte span, SHA-256 \
         prefix, claim id, rule.</p>",
        plural(n, "claim", "claims"),
    );
    html.push_str(
        "<table class=\"data\" id=\"claim-table\" data-count=\"claim-count\" data-noun=\"claims\">\
         \n<thead><tr><th data-sort=\"text\">kind</th><th data-sort=\"text\">polarity</th>\
         <th data-sort=\"text\">modality</th><th data-sort=\"text\">parties</th>\
         <th data-sort=\"text\">missions</th><th data-sort=\"text\">document</th>\
         <th data-sort=\"text\">line:col</th><th data-sort=\"num\">confidence</th>\
         <th data-sort=\"text\">audit</th><th>evidence and citation</th></tr></thead>\n<tbody>\n",
    );
    let documents: HashMap<&str, (usize, &DocumentRecord)> = data
        .documents
        .iter()
        .enumerate()
        .map(|(i, d)| (d.doc_id.as_str(), (i, d)))
        .collect();
    let relation_of: HashMap<&str, &str> = data
        .relations
        .iter()
        .flat_map(|r| {
            r.claims
                .iter()
                .map(|c| (c.claim_id.as_str(), r.relation_id.as_str()))
        })
        .collect();
    let problems: HashMap<&str, (Status, &str)> = data
        .audit
        .claim_problems
        .iter()
        .map(|p| (p.claim_id.as_str(), (p.status, p.detail.as_str())))
        .collect();
    for claim in &data.claims {
        let (status, detail) = problems
            .get(claim.claim_id.as_str())
            .copied()
            .unwrap_or((Status::Ok, ""));
        let status = status_name(status);
        let names = |list: &[EntityRef]| {
            let names: Vec<String> = list.iter().map(|e| escape(&e.name)).collect();
            if names.is_empty() {
                "—".to_string()
            } else {
                names.join(", ")
            }
        };
        let (doc_index, doc) = documents
            .get(claim.doc_id.as_str())
            .map_or((usize::MAX, None), |&(i, d)| (i, Some(d)));
        let path = doc.map_or(claim.doc_id.as_str(), |d| d.path.as_str());
        let title = doc.and_then(|d| d.title.as_deref()).unwrap_or_default();
        let party_ids: Vec<&str> = claim.parties.iter().map(|p| p.entity_id.as_str()).collect();
        let ev = &claim.evidence;
        let problem = if detail.is_empty() {
            String::new()
        } else {
            format!("<p class=\"problem\">{status}: {}</p>", escape(detail))
        };
        let _ = writeln!(
            html,
            "<tr data-claim-id=\"{id}\" data-kind=\"{kind}\" data-polarity=\"{polarity}\" \
             data-status=\"{status}\" data-relation=\"{}\" data-parties=\"{}\">{}{}<td class=\"s\">{}</td>\
             <td class=\"s\">{}</td><td class=\"s\">{}</td>\
             <td class=\"s mono doc\" title=\"{}\">{}</td>\
             <td class=\"n\" data-key=\"{doc_index:08}:{:09}:{:06}\">{}:{}</td>\
             <td class=\"n\">{:.2}</td><td><span class=\"status {status}\" title=\"{}\">\
             {status}</span></td><td class=\"ev\"><p class=\"s\">{}</p><p class=\"cite mono\">\
             {}:{}:{} · bytes {}..{} · sha256 {} · claim {id} · {} · CAMEO {}</p>{problem}</td>\
             </tr>",
            escape(relation_of.get(claim.claim_id.as_str()).unwrap_or(&"")),
            escape(&party_ids.join(" ")),
            kind_cell(claim.kind),
            polarity_cell(claim.polarity),
            claim.modality.as_str(),
            names(&claim.parties),
            names(&claim.missions),
            escape(title),
            escape(&claim.doc_id),
            ev.line,
            ev.column,
            ev.line,
            ev.column,
            claim.confidence,
            escape(detail),
            highlight_evidence(claim),
            escape(path),
            ev.line,
            ev.column,
            ev.start,
            ev.end,
            escape(short(&claim.doc_sha256)),
            escape(&claim.rule),
            escape(&claim.cameo),
            id = escape(&claim.claim_id),
            kind = claim.kind.as_str(),
            polarity = claim.polarity.as_str(),
        );
    }
    html.push_str("</tbody>\n</table>\n");
}

pub(super) fn render_documents(html: &mut String, documents: &[DocumentRecord]) {
    let _ = writeln!(
        html,
        "<details id=\"documents\"><summary>Documents ({})</summary>\n<table>\n<thead><tr>\
         <th>document</th><th>title</th><th>published</th><th>claims</th><th>mentions</th>\
         <th>bytes</th><th>sha256</th><th>copy of</th></tr></thead>\n<tbody>",
        documents.len()
    );
    for d in documents {
        let _ = writeln!(
            html,
            "<tr><td class=\"mono\" title=\"{}\">{}</td><td>{}</td><td>{}</td>\
             <td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>\
             <td class=\"mono\" title=\"{}\">{}</td><td class=\"mono\">{}</td></tr>",
            escape(&d.path),
            escape(&d.doc_id),
            escape(d.title.as_deref().unwrap_or("—")),
            escape(d.published.as_deref().unwrap_or("—")),
            d.claims,
            d.mentions,
            d.bytes,
            escape(&d.sha256),
            escape(short(&d.sha256)),
            escape(d.near_duplicate_of.as_deref().unwrap_or("—")),
        );
    }
    html.push_str("</tbody>\n</table>\n</details>\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::{Evidence, Modality, QuoteSelector, Span};

    fn entity(id: &str, name: &str, doc: &str, at: usize, text: &str) -> EntityRef {
        let start = doc.find(text).unwrap();
        EntityRef {
            entity_id: id.to_string(),
            name: name.to_string(),
            entity_type: "country".to_string(),
            text: text.to_string(),
            start: at + start,
            end: at + start + text.len(),
            antecedent: None,
        }
    }

    #[test]
    fn evidence_marks_use_byte_offsets_and_escape_every_piece() {
        // The sentence starts at byte 10 of the document and holds multi-byte characters
        // before and between the marks.
        let sentence = "Ça & <b>: Россия and China signed “a deal”.";
        let at = 10;
        let claim = ClaimRecord {
            claim_id: "c".to_string(),
            doc_id: "d".to_string(),
            doc_sha256: "0".repeat(64),
            kind: ClaimKind::Agreement,
            polarity: Polarity::Positive,
            modality: Modality::Actual,
            parties: vec![
                entity("country:RU", "Russia", sentence, at, "Россия"),
                entity("country:CN", "China", sentence, at, "China"),
            ],
            missions: vec![],
            cues: vec![Span {
                text: "signed".to_string(),
                start: at + sentence.find("signed").unwrap(),
                end: at + sentence.find("signed").unwrap() + 6,
            }],
            evidence: Evidence {
                text: sentence.to_string(),
                start: at,
                end: at + sentence.len(),
                line: 1,
                column: 11,
                selector: QuoteSelector::new(sentence, 0, sentence.len()),
            },
            cameo: "057".to_string(),
            quad_class: 1,
            time: None,
            quantities: vec![],
            confidence: 0.9,
            rule: "cue:signed".to_string(),
        };
        assert_eq!(
            highlight_evidence(&claim),
            "Ça &amp; &lt;b&gt;: <mark class=\"party\" title=\"party: Russia (country:RU)\">\
             Россия</mark> and <mark class=\"party\" title=\"party: China (country:CN)\">China\
             </mark> <mark class=\"cue\" title=\"cue\">signed</mark> “a deal”."
        );
        // A span that cuts a character is left unmarked instead of panicking.
        let mut broken = claim.clone();
        broken.parties[0].start += 1;
        assert!(!highlight_evidence(&broken).contains("Russia (country:RU)"));
    }
}
