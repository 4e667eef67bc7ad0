//! The HTML report: one self-contained page an analyst opens in a browser (`coopex report`).
//!
//! [`load`] reads an output folder (`summary.json`, `documents.jsonl`, `claims.jsonl`,
//! `relations.jsonl`, `network.json`) and audits it ([`crate::audit::audit`], without rebase);
//! [`render`] turns that into the page. The page holds:
//!
//! - a header with the run (documents, mentions, claims, relations, schema version, gazetteer
//!   version and hash) and the audit's counts per status, with every claim that no longer holds;
//! - the cooperation network as an inline SVG whose layout is computed here ([`layout`]): a
//!   Fruchterman–Reingold force-directed layout, nodes started on a circle in id order, a fixed
//!   number of iterations and no randomness, so the same network gives the same picture;
//! - a table of relations and a table of claims, each row with its evidence sentence (parties,
//!   missions and cues highlighted) and its citation (path, line, column, byte span, SHA-256
//!   prefix, claim id, rule), sortable by clicking a column header and filtered by a text box
//!   and kind, polarity and audit-status selects;
//! - a list of the documents.
//!
//! Everything is inline (CSS, a small vanilla script, the SVG), and a Content-Security-Policy
//! forbids loading anything, so the page works offline and leaks nothing. The filter state is
//! kept in the URL fragment (`report.html#q=Russia&kind=prohibition&polarity=negative`,
//! `#status=changed`, `#rel=<relation_id>`) and applied on load, so a filtered view can be
//! shared as a link. Rows the filter hides get the `hidden` attribute; the element
//! `#claim-count` (and `#relation-count`) says `N of M claims` and carries `data-visible` and
//! `data-total`. The text filter matches, case-insensitively and every word, the kind,
//! polarity, modality, parties, missions, document and evidence sentence of a claim row, and
//! the parties, mission, kind, polarity and documents of a relation row.
//!
//! The same output folder gives the same bytes: no timestamps, coordinates printed with one
//! decimal.

use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::Context;
use serde::de::DeserializeOwned;

use crate::audit::{audit, AuditReport, Status};
use crate::record::{
    ClaimKind, ClaimRecord, DocumentRecord, EntityRef, Network, NetworkLink, Polarity,
    RelationRecord, Summary,
};
use crate::write::{CLAIMS_FILE, DOCUMENTS_FILE, NETWORK_FILE, RELATIONS_FILE, SUMMARY_FILE};

/// Everything the page shows, read from an output folder.
#[derive(Debug, Clone)]
pub struct ReportData {
    /// The output folder, as the user named it (shown in the header).
    pub out_dir: PathBuf,
    /// Where the audit looked for the documents (`--corpus`); empty: their recorded paths.
    pub corpus: Vec<PathBuf>,
    /// `summary.json`.
    pub summary: Summary,
    /// `documents.jsonl`.
    pub documents: Vec<DocumentRecord>,
    /// `claims.jsonl`.
    pub claims: Vec<ClaimRecord>,
    /// `relations.jsonl`.
    pub relations: Vec<RelationRecord>,
    /// `network.json`.
    pub network: Network,
    /// The audit of the folder, made now.
    pub audit: AuditReport,
}

/// Reads an output folder and audits it against the documents (looked for under `corpus` by
/// `doc_id` when given, else at their recorded paths). Nothing is rewritten.
///
/// # Errors
/// When a file of the folder cannot be read or holds a malformed record (the error names the
/// file, and the line for JSON Lines files).
pub fn load(out_dir: &Path, corpus: &[PathBuf]) -> anyhow::Result<ReportData> {
    let summary = read_json(&out_dir.join(SUMMARY_FILE))?;
    let documents = read_jsonl(&out_dir.join(DOCUMENTS_FILE))?;
    let claims = read_jsonl(&out_dir.join(CLAIMS_FILE))?;
    let relations = read_jsonl(&out_dir.join(RELATIONS_FILE))?;
    let network = read_json(&out_dir.join(NETWORK_FILE))?;
    let audit = audit(out_dir, corpus, false)?;
    Ok(ReportData {
        out_dir: out_dir.to_path_buf(),
        corpus: corpus.to_vec(),
        summary,
        documents,
        claims,
        relations,
        network,
        audit,
    })
}

fn read_json<T: DeserializeOwned>(path: &Path) -> anyhow::Result<T> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    serde_json::from_str(&text).with_context(|| format!("{}: malformed record", path.display()))
}

fn read_jsonl<T: DeserializeOwned>(path: &Path) -> anyhow::Result<Vec<T>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(index, line)| {
            serde_json::from_str(line)
                .with_context(|| format!("{}:{}: malformed record", path.display(), index + 1))
        })
        .collect()
}

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

const STYLE: &str = r#"
:root{--fg:#1d2430;--muted:#5b6575;--line:#d8dde5;--bg:#fff;--soft:#f4f6f9;--accent:#2f5d9e}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
header,main{max-width:1400px;margin:0 auto;padding:0 20px}
h1{font-size:22px;margin:18px 0 2px}
h2{font-size:17px;margin:26px 0 8px}
code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px}
.sub{color:var(--muted);margin:0 0 12px}
.cards{display:flex;flex-wrap:wrap;gap:10px;margin:0;padding:0}
.cards div{background:var(--soft);border:1px solid var(--line);border-radius:6px;padding:6px 12px;min-width:96px}
.cards dt{color:var(--muted);font-size:12px}
.cards dd{margin:0;font-size:18px;font-weight:600}
.cards .ok dd{color:#1e7b3c}.cards .bad dd{color:#b3261e}
.audit{margin:12px 0 0}
.audit ul{margin:4px 0;padding-left:20px}
.controls{position:sticky;top:0;z-index:2;background:rgba(255,255,255,.96);border-bottom:1px solid var(--line);padding:8px 20px;display:flex;flex-wrap:wrap;gap:14px;align-items:center}
.controls input{width:320px;padding:4px 8px;font:inherit}
.controls select,.controls button{font:inherit;padding:3px 6px}
.chip{background:#e8eef8;border-radius:12px;padding:2px 4px 2px 10px}
.count{color:var(--muted);margin:0 0 6px}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid var(--line);padding:5px 7px;text-align:left;vertical-align:top}
th{background:var(--soft);font-size:12px;white-space:nowrap;position:relative}
th[data-sort]{cursor:pointer;user-select:none}
th[data-sort]:hover{background:#e6eaf0}
th[aria-sort=ascending]::after{content:" \25B2";font-size:10px}
th[aria-sort=descending]::after{content:" \25BC";font-size:10px}
td.n{text-align:right;font-variant-numeric:tabular-nums}
tr[hidden]{display:none}
.kind{white-space:nowrap}
.negative{color:#b3261e;font-weight:600}
.status{border-radius:4px;padding:0 6px;font-size:12px;font-weight:600}
.status.ok{background:#e3f3e8;color:#1e7b3c}
.status.changed{background:#fff1d6;color:#8a5a00}
.status.missing,.status.corrupt{background:#fde4e1;color:#b3261e}
.ev{min-width:380px}
td.doc{overflow-wrap:anywhere;min-width:90px}
.ev p{margin:0}
.ev .cite{color:var(--muted);margin-top:3px;overflow-wrap:anywhere}
.ev .problem{color:#b3261e;margin-top:3px}
mark{border-radius:3px;padding:0 1px}
mark.party{background:#d6e6ff;color:#0b3d91}
mark.mission{background:#dff5e3;color:#14532d}
mark.cue{background:#ffe9a8;color:#5c4300}
button.rel{font:inherit;border:1px solid var(--line);background:#fff;border-radius:4px;cursor:pointer;min-width:32px}
button.rel:hover{background:#e8eef8}
.net{border:1px solid var(--line);border-radius:6px;background:#fbfcfd}
.net svg{display:block;width:100%;height:auto;max-height:600px}
.net line.pos{stroke:#8c9bb0}
.net line.neg{stroke:#c0392b;stroke-dasharray:7 4}
.net line.mixed{stroke:#d9822b;stroke-dasharray:2 3}
.net g.node{cursor:pointer}
.net .dim{opacity:.15}
.net circle{stroke:#fff;stroke-width:1.5}
.net .country{fill:#4e79a7}.net .agency{fill:#e15759}.net .organization{fill:#59a14f}.net .other{fill:#9c755f}
.net text{font-size:11px;fill:#1d2430;text-anchor:middle;paint-order:stroke;stroke:#fbfcfd;stroke-width:3px}
.legend{display:flex;flex-wrap:wrap;gap:16px;color:var(--muted);font-size:12px;margin:6px 0}
.legend span::before{content:"";display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:5px;vertical-align:-1px;background:var(--c)}
.legend .edge::before{width:22px;height:0;border-radius:0;border-top:3px var(--s) var(--c);vertical-align:3px;background:none}
details{margin:20px 0 40px}
summary{cursor:pointer;font-weight:600}
"#;

const SCRIPT: &str = r#"
(() => {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const q = $('q'), kind = $('kind'), polarity = $('polarity'), status = $('status');
  let rel = '';
  const tables = [...document.querySelectorAll('table.data')].map((table) => ({
    rows: [...table.tBodies[0].rows].map((row) => ({
      row,
      text: [...row.querySelectorAll('.s')].map((c) => c.textContent).join(' ').toLowerCase(),
    })),
    count: $(table.dataset.count),
    noun: table.dataset.noun,
  }));
  const claimRows = [...document.querySelectorAll('tr[data-claim-id]')];
  const matches = (r, terms) => {
    const d = r.row.dataset;
    return terms.every((t) => r.text.includes(t))
      && (!kind.value || d.kind === kind.value)
      && (!polarity.value || d.polarity === polarity.value)
      && (!status.value || d.status === undefined || d.status === status.value)
      && (!rel || (d.relationId || d.relation) === rel);
  };
  const apply = () => {
    const terms = q.value.toLowerCase().split(/\s+/).filter(Boolean);
    for (const t of tables) {
      let visible = 0;
      for (const r of t.rows) {
        const show = matches(r, terms);
        r.row.hidden = !show;
        if (show) visible++;
      }
      t.count.dataset.visible = visible;
      t.count.textContent = `${visible} of ${t.rows.length} ${t.noun}`;
    }
    const shown = new Set(), parties = new Set();
    for (const r of claimRows) {
      if (r.hidden) continue;
      shown.add(r.dataset.claimId);
      for (const p of r.dataset.parties.split(' ')) parties.add(p);
    }
    for (const l of document.querySelectorAll('#network-svg line')) {
      l.classList.toggle('dim', !l.dataset.claims.split(' ').some((id) => shown.has(id)));
    }
    for (const g of document.querySelectorAll('#network-svg g.node')) {
      g.classList.toggle('dim', !parties.has(g.dataset.id));
    }
    $('rel-chip').hidden = !rel;
    $('rel-id').textContent = rel;
  };
  const readHash = () => {
    const p = new URLSearchParams(location.hash.slice(1));
    q.value = p.get('q') || '';
    kind.value = p.get('kind') || '';
    polarity.value = p.get('polarity') || '';
    status.value = p.get('status') || '';
    rel = p.get('rel') || '';
    apply();
  };
  const writeHash = () => {
    const p = new URLSearchParams();
    if (q.value) p.set('q', q.value);
    for (const s of [kind, polarity, status]) if (s.value) p.set(s.id, s.value);
    if (rel) p.set('rel', rel);
    const h = p.toString();
    try {
      history.replaceState(null, '', h ? `#${h}` : location.pathname + location.search);
    } catch (e) {
      // Some browsers refuse history changes on file:// pages; the filter still applies.
    }
    apply();
  };
  const sortBy = (th) => {
    const numeric = th.dataset.sort === 'num';
    const dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
    for (const h of th.parentNode.cells) h.removeAttribute('aria-sort');
    th.setAttribute('aria-sort', dir > 0 ? 'ascending' : 'descending');
    const key = (row) => {
      const cell = row.cells[th.cellIndex];
      const v = cell.dataset.key ?? cell.textContent.trim();
      return numeric ? parseFloat(v) : v.toLowerCase();
    };
    const body = th.closest('table').tBodies[0];
    const rows = [...body.rows].sort((a, b) => {
      const x = key(a), y = key(b);
      return dir * (numeric ? x - y : x.localeCompare(y));
    });
    body.append(...rows);
  };
  q.addEventListener('input', writeHash);
  for (const s of [kind, polarity, status]) s.addEventListener('change', writeHash);
  document.addEventListener('click', (e) => {
    const relButton = e.target.closest('button[data-rel]');
    const node = e.target.closest('g.node');
    const th = e.target.closest('th[data-sort]');
    if (relButton) {
      rel = relButton.dataset.rel;
      writeHash();
      $('claims').scrollIntoView();
    } else if (node) {
      q.value = node.dataset.name;
      writeHash();
    } else if (th) {
      sortBy(th);
    }
  });
  $('rel-clear').addEventListener('click', () => { rel = ''; writeHash(); });
  $('reset').addEventListener('click', () => {
    q.value = kind.value = polarity.value = status.value = rel = '';
    writeHash();
  });
  window.addEventListener('hashchange', readHash);
  document.body.dataset.script = 'ready';
  readHash();
})();
"#;

/// Renders the page: a complete HTML document, the same bytes for the same data.
pub fn render(data: &ReportData) -> String {
    let mut html = String::with_capacity(64 * 1024 + data.claims.len() * 2048);
    let out_dir = data.out_dir.display().to_string();
    let _ = write!(
        html,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>coopex report: {}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        escape(&out_dir)
    );
    render_header(&mut html, data);
    render_controls(&mut html);
    html.push_str("<main>\n");
    render_network(&mut html, &data.network);
    render_relations(&mut html, &data.relations);
    render_claims(&mut html, data);
    render_documents(&mut html, &data.documents);
    let _ = write!(
        html,
        "</main>\n<script>{SCRIPT}</script>\n</body>\n</html>\n"
    );
    html
}

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

fn render_header(html: &mut String, data: &ReportData) {
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

fn render_controls(html: &mut String) {
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

/// Width of the network drawing, in SVG user units.
const NET_WIDTH: f64 = 960.0;
/// Height of the network drawing.
const NET_HEIGHT: f64 = 560.0;
/// Room kept free at the left and right edges for labels centred under the nodes.
const NET_PAD_X: f64 = 80.0;
/// Room kept free at the top and bottom edges.
const NET_PAD_Y: f64 = 30.0;
/// Iterations of the force-directed layout.
const LAYOUT_ITERATIONS: usize = 400;
/// Strength of the pull to the centre, relative to the ideal edge length.
const GRAVITY: f64 = 25.0;

/// Node positions for the network drawing, one per node in `network.nodes` order, inside the
/// 960 × 560 drawing with room for labels.
///
/// Fruchterman–Reingold: nodes repel one another (k²/d), linked nodes attract (d²/k), a pull
/// to the centre (stronger vertically, as the drawing is wide) keeps separate components in
/// view, and each step moves a node at most the current temperature, which cools linearly over
/// a fixed number of steps. Nodes start on a circle in the order given (ids sorted), and
/// nothing is random, so the same network always gets the same layout. Time grows with the
/// square of the number of nodes.
pub fn layout(network: &Network) -> Vec<(f64, f64)> {
    let n = network.nodes.len();
    if n == 0 {
        return Vec::new();
    }
    let index: HashMap<&str, usize> = network
        .nodes
        .iter()
        .enumerate()
        .map(|(i, node)| (node.id.as_str(), i))
        .collect();
    let edges: Vec<(usize, usize)> = network
        .links
        .iter()
        .filter_map(|l| {
            Some((
                *index.get(l.source.as_str())?,
                *index.get(l.target.as_str())?,
            ))
        })
        .filter(|(a, b)| a != b)
        .collect();
    // Work in a unit square centred on the origin; k is the ideal edge length.
    let k = (1.0 / n as f64).sqrt();
    let mut pos: Vec<(f64, f64)> = (0..n)
        .map(|i| {
            let angle = std::f64::consts::TAU * i as f64 / n as f64;
            (0.4 * angle.cos(), 0.4 * angle.sin())
        })
        .collect();
    for step in 0..LAYOUT_ITERATIONS {
        let temperature = 0.1 * (1.0 - step as f64 / LAYOUT_ITERATIONS as f64);
        let mut disp = vec![(0.0f64, 0.0f64); n];
        for i in 0..n {
            for j in i + 1..n {
                let (dx, dy) = (pos[i].0 - pos[j].0, pos[i].1 - pos[j].1);
                let d = (dx * dx + dy * dy).sqrt().max(1e-6);
                let f = k * k / d;
                disp[i].0 += dx / d * f;
                disp[i].1 += dy / d * f;
                disp[j].0 -= dx / d * f;
                disp[j].1 -= dy / d * f;
            }
        }
        for &(a, b) in &edges {
            let (dx, dy) = (pos[a].0 - pos[b].0, pos[a].1 - pos[b].1);
            let d = (dx * dx + dy * dy).sqrt().max(1e-6);
            let f = d * d / k;
            disp[a].0 -= dx / d * f;
            disp[a].1 -= dy / d * f;
            disp[b].0 += dx / d * f;
            disp[b].1 += dy / d * f;
        }
        for (p, d) in pos.iter_mut().zip(&mut disp) {
            d.0 -= p.0 * GRAVITY * k;
            // Pulled harder vertically, so the layout fills the wide drawing.
            d.1 -= p.1 * GRAVITY * k * NET_WIDTH / NET_HEIGHT;
            let len = (d.0 * d.0 + d.1 * d.1).sqrt();
            if len > 0.0 {
                let step = len.min(temperature);
                p.0 += d.0 / len * step;
                p.1 += d.1 / len * step;
            }
        }
    }
    fit(&pos)
}

/// Scales and centres positions into the drawing box, keeping their proportions.
fn fit(pos: &[(f64, f64)]) -> Vec<(f64, f64)> {
    let (mut min_x, mut max_x, mut min_y, mut max_y) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
    for &(x, y) in pos {
        min_x = min_x.min(x);
        max_x = max_x.max(x);
        min_y = min_y.min(y);
        max_y = max_y.max(y);
    }
    let (room_x, room_y) = (NET_WIDTH - 2.0 * NET_PAD_X, NET_HEIGHT - 2.0 * NET_PAD_Y);
    let (span_x, span_y) = ((max_x - min_x).max(1e-9), (max_y - min_y).max(1e-9));
    let scale = (room_x / span_x).min(room_y / span_y);
    let (off_x, off_y) = (
        NET_PAD_X + (room_x - span_x * scale) / 2.0,
        NET_PAD_Y + (room_y - span_y * scale) / 2.0,
    );
    pos.iter()
        .map(|&(x, y)| (off_x + (x - min_x) * scale, off_y + (y - min_y) * scale))
        .collect()
}

/// The label drawn under a node: its name, or for a long name the upper-cased last part of its
/// id (`agency:nasa` → `NASA`); the full name is in the tooltip.
fn node_label(id: &str, name: &str) -> String {
    const LONGEST: usize = 16;
    if name.chars().count() <= LONGEST {
        return name.to_string();
    }
    id.rsplit(':').next().unwrap_or(id).to_uppercase()
}

fn node_radius(claims: usize) -> f64 {
    5.0 + 2.5 * (claims as f64).sqrt()
}

fn edge_width(claims: usize) -> f64 {
    1.0 + 1.5 * (claims.max(1) as f64).ln()
}

fn edge_class(link: &NetworkLink) -> &'static str {
    match (link.positive, link.negative) {
        (_, 0) => "pos",
        (0, _) => "neg",
        _ => "mixed",
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn render_network(html: &mut String, network: &Network) {
    let _ = writeln!(
        html,
        "<h2 id=\"network\">Cooperation network</h2>\n<p class=\"count\">{} and {} that share a \
         claim. Node size: claims; line width: claims naming both. Click a node to filter by it; a filter dims the \
         entities and pairs of the claims it hides.\
         </p>",
        plural(network.nodes.len(), "entity", "entities"),
        plural(network.links.len(), "pair", "pairs"),
    );
    html.push_str(
        "<div class=\"legend\"><span style=\"--c:#4e79a7\">country</span>\
         <span style=\"--c:#e15759\">agency</span><span style=\"--c:#59a14f\">organisation\
         </span><span style=\"--c:#9c755f\">other</span><span class=\"edge\" \
         style=\"--c:#8c9bb0;--s:solid\">cooperation</span><span class=\"edge\" \
         style=\"--c:#c0392b;--s:dashed\">stopped or forbidden (negative)</span><span \
         class=\"edge\" style=\"--c:#d9822b;--s:dotted\">both</span></div>\n",
    );
    let _ = writeln!(
        html,
        "<div class=\"net\"><svg id=\"network-svg\" viewBox=\"0 0 {NET_WIDTH} {NET_HEIGHT}\" \
         role=\"img\" aria-label=\"cooperation network\">"
    );
    if network.nodes.is_empty() {
        let _ = writeln!(
            html,
            "<text x=\"{:.1}\" y=\"{:.1}\">no claims, so no network</text>",
            NET_WIDTH / 2.0,
            NET_HEIGHT / 2.0
        );
    }
    let pos = layout(network);
    let index: HashMap<&str, usize> = network
        .nodes
        .iter()
        .enumerate()
        .map(|(i, node)| (node.id.as_str(), i))
        .collect();
    html.push_str("<g class=\"links\">\n");
    for link in &network.links {
        let (Some(&a), Some(&b)) = (
            index.get(link.source.as_str()),
            index.get(link.target.as_str()),
        ) else {
            continue;
        };
        let kinds: Vec<String> = link.kinds.iter().map(|(k, n)| format!("{k} {n}")).collect();
        let _ = writeln!(
            html,
            "<line class=\"{}\" data-claims=\"{}\" x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" \
             stroke-width=\"{:.1}\"><title>{} — {}: {} ({} positive, {} negative); {}</title>\
             </line>",
            edge_class(link),
            escape(&link.claim_ids.join(" ")),
            pos[a].0,
            pos[a].1,
            pos[b].0,
            pos[b].1,
            edge_width(link.claims),
            escape(&network.nodes[a].name),
            escape(&network.nodes[b].name),
            plural(link.claims, "claim", "claims"),
            link.positive,
            link.negative,
            escape(&kinds.join(", ")),
        );
    }
    html.push_str("</g>\n<g class=\"nodes\">\n");
    for (node, &(x, y)) in network.nodes.iter().zip(&pos) {
        let r = node_radius(node.claims);
        let class = match node.entity_type.as_str() {
            "country" | "agency" | "organization" => node.entity_type.as_str(),
            _ => "other",
        };
        let _ = writeln!(
            html,
            "<g class=\"node\" data-id=\"{id}\" data-name=\"{name}\"><title>{name} ({id}, {ty}): {}, {}</title>\
             <circle class=\"{class}\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{r:.1}\"></circle>\
             <text x=\"{x:.1}\" y=\"{:.1}\">{}</text></g>",
            plural(node.claims, "claim", "claims"),
            plural(node.relations, "relation", "relations"),
            y + r + 12.0,
            escape(&node_label(&node.id, &node.name)),
            name = escape(&node.name),
            id = escape(&node.id),
            ty = escape(&node.entity_type),
        );
    }
    html.push_str("</g>\n</svg></div>\n");
}

fn kind_cell(kind: ClaimKind) -> String {
    format!("<td class=\"s kind\">{}</td>", kind.as_str())
}

fn polarity_cell(polarity: Polarity) -> String {
    let name = polarity.as_str();
    format!("<td class=\"s\"><span class=\"{name}\">{name}</span></td>")
}

fn render_relations(html: &mut String, relations: &[RelationRecord]) {
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

fn render_claims(html: &mut String, data: &ReportData) {
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

fn render_documents(html: &mut String, documents: &[DocumentRecord]) {
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
    use crate::record::{Evidence, Modality, NetworkNode, QuoteSelector, Span};

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
    fn escape_covers_markup_and_quotes() {
        assert_eq!(
            escape(r#"<a href="x">Tom & 'Jerry'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;"
        );
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

    fn network(ids: &[&str], links: &[(&str, &str)]) -> Network {
        Network {
            directed: false,
            multigraph: false,
            graph: Default::default(),
            nodes: ids
                .iter()
                .map(|id| NetworkNode {
                    id: id.to_string(),
                    name: id.to_string(),
                    entity_type: "country".to_string(),
                    claims: 1,
                    relations: 1,
                })
                .collect(),
            links: links
                .iter()
                .map(|(s, t)| NetworkLink {
                    source: s.to_string(),
                    target: t.to_string(),
                    relations: 1,
                    claims: 1,
                    positive: 1,
                    negative: 0,
                    kinds: Default::default(),
                    claim_ids: vec![],
                })
                .collect(),
        }
    }

    #[test]
    fn layout_is_deterministic_and_inside_the_box() {
        let net = network(
            &["a", "b", "c", "d", "e"],
            &[("a", "b"), ("b", "c"), ("c", "a"), ("d", "e")],
        );
        let first = layout(&net);
        assert_eq!(first, layout(&net));
        assert_eq!(first.len(), 5);
        for &(x, y) in &first {
            assert!((NET_PAD_X - 1e-6..=NET_WIDTH - NET_PAD_X + 1e-6).contains(&x));
            assert!((NET_PAD_Y - 1e-6..=NET_HEIGHT - NET_PAD_Y + 1e-6).contains(&y));
        }
        // Linked nodes end closer together than unlinked ones.
        let dist = |i: usize, j: usize| {
            ((first[i].0 - first[j].0).powi(2) + (first[i].1 - first[j].1).powi(2)).sqrt()
        };
        assert!(dist(3, 4) < dist(0, 3));
        assert!(layout(&network(&[], &[])).is_empty());
        assert_eq!(layout(&network(&["a"], &[])).len(), 1);
    }

    #[test]
    fn long_names_are_labelled_by_their_id() {
        assert_eq!(node_label("country:CN", "China"), "China");
        assert_eq!(
            node_label(
                "agency:nasa",
                "National Aeronautics and Space Administration"
            ),
            "NASA"
        );
    }
}
