//! Relations, independent sources, near-duplicates and the cooperation network.

use std::fs;

use coopex::record::{DocumentRecord, Network, RelationRecord};

use crate::tools::{tool_is_installed, Tool};
use crate::{coopex, corpus_copy, root, run_python};

/// The corpus plus a republished copy of one seed article: other whitespace, a site's
/// navigation and copyright lines around it.
fn corpus_with_a_copy() -> tempfile::TempDir {
    let input = corpus_copy();
    let original = fs::read_to_string(root().join("corpus/003_76759b72df2e2d43.txt")).unwrap();
    let copy = format!(
        "Space Portal | News | Archive\n\n{}\n\nCopyright 2017 Space Portal. All rights reserved.\n",
        original.replace("\n\n", "\n\n\n").replace(". ", ".  ")
    );
    fs::write(input.path().join("999_republished.txt"), copy).unwrap();
    input
}

fn extract(input: &std::path::Path, out: &std::path::Path, extra: &[&str]) {
    coopex()
        .args(["extract", "--quiet", "--out"])
        .arg(out)
        .args(extra)
        .arg(input)
        .assert()
        .success();
}

#[test]
fn a_republished_copy_is_one_source_and_related_reports_are_not_merged() {
    let input = corpus_with_a_copy();
    let out = tempfile::tempdir().unwrap();
    extract(input.path(), out.path(), &[]);
    let documents: Vec<DocumentRecord> = fs::read_to_string(out.path().join("documents.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let copies: Vec<(&str, Option<&str>)> = documents
        .iter()
        .filter(|d| d.near_duplicate_of.is_some())
        .map(|d| (d.doc_id.as_str(), d.near_duplicate_of.as_deref()))
        .collect();
    // The copy is caught; the two reports of the same conference (002, 003) are not merged.
    assert_eq!(
        copies,
        [("999_republished.txt", Some("003_76759b72df2e2d43.txt"))]
    );

    let relations: Vec<RelationRecord> = fs::read_to_string(out.path().join("relations.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let agreement = relations
        .iter()
        .find(|r| {
            r.kind.as_str() == "agreement" && r.parties.iter().any(|p| p.entity_id == "country:KZ")
        })
        .expect("the China–Kazakhstan agreement relation");
    assert_eq!(agreement.claims.len(), 2);
    assert_eq!(agreement.documents, 2);
    assert_eq!(agreement.independent_sources, 1);
    let relation_ids: std::collections::HashSet<&str> =
        relations.iter().map(|r| r.relation_id.as_str()).collect();
    assert_eq!(relation_ids.len(), relations.len());
}

#[test]
fn the_network_loads_as_node_link_json_and_graphml() {
    let out = tempfile::tempdir().unwrap();
    extract(&root().join("corpus"), out.path(), &["--graphml"]);
    let network: Network =
        serde_json::from_str(&fs::read_to_string(out.path().join("network.json")).unwrap())
            .unwrap();
    let china_esa = network
        .links
        .iter()
        .find(|l| l.source == "agency:esa" && l.target == "country:CN")
        .expect("an ESA–China edge");
    assert!(china_esa.claims >= 2, "{china_esa:?}");
    assert_eq!(china_esa.claims, china_esa.claim_ids.len());
    let graphml = fs::read_to_string(out.path().join("network.graphml")).unwrap();
    assert_eq!(graphml.matches("<node ").count(), network.nodes.len());
    assert_eq!(graphml.matches("<edge ").count(), network.links.len());

    // Where networkx is installed, it reads both files with the same counts.
    if !tool_is_installed(
        Tool::PythonModule("networkx"),
        "the network files read back by networkx",
    ) {
        return;
    }
    let script = format!(
        "import json, networkx as nx\n\
         g = nx.node_link_graph(json.load(open('{0}/network.json')), edges='links')\n\
         h = nx.read_graphml('{0}/network.graphml')\n\
         print(g.number_of_nodes(), g.number_of_edges(), h.number_of_nodes(), h.number_of_edges())\n",
        out.path().display()
    );
    let counts = run_python(&script, &[]);
    let want = format!(
        "{} {} {} {}",
        network.nodes.len(),
        network.links.len(),
        network.nodes.len(),
        network.links.len()
    );
    assert_eq!(counts.trim(), want);
}
