//! Corroboration across documents: claims grouped into distinct relations (same parties,
//! mission, kind and polarity) with the number of independent sources, and the cooperation
//! network the party pairs form.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use sha2::{Digest, Sha256};

use crate::record::{
    ClaimCitation, ClaimRecord, EntityName, EntityRef, Network, NetworkLink, NetworkNode,
    RelationRecord,
};

/// Collects claims as they are written and turns them into relations and a network.
#[derive(Debug, Default)]
pub struct RelationSet {
    relations: Vec<Building>,
    by_key: HashMap<String, usize>,
}

/// A relation being collected, with the sources of its claims.
#[derive(Debug)]
struct Building {
    record: RelationRecord,
    documents: BTreeSet<String>,
    sources: BTreeSet<String>,
}

fn entity_name(e: &EntityRef) -> EntityName {
    EntityName {
        entity_id: e.entity_id.clone(),
        name: e.name.clone(),
        entity_type: e.entity_type.clone(),
    }
}

impl RelationSet {
    /// An empty set.
    pub fn new() -> RelationSet {
        RelationSet::default()
    }

    /// Adds a claim; `source` is the document that counts as its source (the original when
    /// the claim's document is a near-duplicate).
    pub fn add(&mut self, claim: &ClaimRecord, source: &str) {
        let mut parties: Vec<EntityName> = claim.parties.iter().map(entity_name).collect();
        parties.sort_by(|a, b| a.entity_id.cmp(&b.entity_id));
        parties.dedup_by(|a, b| a.entity_id == b.entity_id);
        let mission = claim.missions.first().map(entity_name);
        let key = format!(
            "{}|{:?}|{}|{}",
            claim.kind.as_str(),
            claim.polarity,
            parties
                .iter()
                .map(|p| p.entity_id.as_str())
                .collect::<Vec<_>>()
                .join(","),
            mission.as_ref().map_or("", |m| m.entity_id.as_str())
        );
        let index = match self.by_key.get(&key) {
            Some(&i) => i,
            None => {
                let relation_id = format!("{:x}", Sha256::digest(key.as_bytes()))[..16].to_string();
                self.relations.push(Building {
                    record: RelationRecord {
                        relation_id,
                        kind: claim.kind,
                        polarity: claim.polarity,
                        parties,
                        mission,
                        claims: Vec::new(),
                        documents: 0,
                        independent_sources: 0,
                    },
                    documents: BTreeSet::new(),
                    sources: BTreeSet::new(),
                });
                self.by_key.insert(key, self.relations.len() - 1);
                self.relations.len() - 1
            }
        };
        let building = &mut self.relations[index];
        building.record.claims.push(ClaimCitation {
            claim_id: claim.claim_id.clone(),
            doc_id: claim.doc_id.clone(),
            start: claim.evidence.start,
            end: claim.evidence.end,
        });
        building.documents.insert(claim.doc_id.clone());
        building.sources.insert(source.to_string());
    }

    /// The relations, in order of their first claim.
    pub fn relations(&self) -> Vec<RelationRecord> {
        self.relations
            .iter()
            .map(|b| {
                let mut record = b.record.clone();
                record.documents = b.documents.len();
                record.independent_sources = b.sources.len();
                record
            })
            .collect()
    }

    /// The cooperation network: a node per party, an edge per pair of parties that share a
    /// claim.
    pub fn network(&self) -> Network {
        let mut nodes: BTreeMap<String, NetworkNode> = BTreeMap::new();
        let mut links: BTreeMap<(String, String), (NetworkLink, BTreeSet<usize>)> = BTreeMap::new();
        for (relation_index, b) in self.relations.iter().enumerate() {
            let r = &b.record;
            for p in &r.parties {
                let node = nodes
                    .entry(p.entity_id.clone())
                    .or_insert_with(|| NetworkNode {
                        id: p.entity_id.clone(),
                        name: p.name.clone(),
                        entity_type: p.entity_type.clone(),
                        claims: 0,
                        relations: 0,
                    });
                node.claims += r.claims.len();
                node.relations += 1;
            }
            for (i, a) in r.parties.iter().enumerate() {
                for b in &r.parties[i + 1..] {
                    let key = (a.entity_id.clone(), b.entity_id.clone());
                    let (link, seen) = links.entry(key.clone()).or_insert_with(|| {
                        (
                            NetworkLink {
                                source: key.0.clone(),
                                target: key.1.clone(),
                                relations: 0,
                                claims: 0,
                                positive: 0,
                                negative: 0,
                                kinds: BTreeMap::new(),
                                claim_ids: Vec::new(),
                            },
                            BTreeSet::new(),
                        )
                    });
                    seen.insert(relation_index);
                    link.relations = seen.len();
                    link.claims += r.claims.len();
                    match r.polarity {
                        crate::record::Polarity::Positive => link.positive += r.claims.len(),
                        crate::record::Polarity::Negative => link.negative += r.claims.len(),
                    }
                    *link.kinds.entry(r.kind.as_str().to_string()).or_default() += r.claims.len();
                    link.claim_ids
                        .extend(r.claims.iter().map(|c| c.claim_id.clone()));
                }
            }
        }
        let mut graph = BTreeMap::new();
        graph.insert("name".to_string(), "coopex cooperation network".to_string());
        graph.insert(
            "schema_version".to_string(),
            crate::schema::SCHEMA_VERSION.to_string(),
        );
        Network {
            directed: false,
            multigraph: false,
            graph,
            nodes: nodes.into_values().collect(),
            links: links.into_values().map(|(l, _)| l).collect(),
        }
    }
}

/// The network as GraphML, for Gephi, yEd, networkx and igraph.
pub fn to_graphml(network: &Network) -> String {
    let escape = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    let mut out = String::from(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n",
        "  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n",
        "  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n",
        "  <key id=\"node_claims\" for=\"node\" attr.name=\"claims\" attr.type=\"int\"/>\n",
        "  <key id=\"relations\" for=\"edge\" attr.name=\"relations\" attr.type=\"int\"/>\n",
        "  <key id=\"claims\" for=\"edge\" attr.name=\"claims\" attr.type=\"int\"/>\n",
        "  <key id=\"negative\" for=\"edge\" attr.name=\"negative\" attr.type=\"int\"/>\n",
        "  <key id=\"claim_ids\" for=\"edge\" attr.name=\"claim_ids\" attr.type=\"string\"/>\n",
        "  <graph id=\"cooperation\" edgedefault=\"undirected\">\n",
    ));
    for n in &network.nodes {
        out.push_str(&format!(
            "    <node id=\"{}\"><data key=\"name\">{}</data><data key=\"type\">{}</data><data key=\"node_claims\">{}</data></node>\n",
            escape(&n.id),
            escape(&n.name),
            escape(&n.entity_type),
            n.claims
        ));
    }
    for l in &network.links {
        out.push_str(&format!(
            "    <edge source=\"{}\" target=\"{}\"><data key=\"relations\">{}</data><data key=\"claims\">{}</data><data key=\"negative\">{}</data><data key=\"claim_ids\">{}</data></edge>\n",
            escape(&l.source),
            escape(&l.target),
            l.relations,
            l.claims,
            l.negative,
            escape(&l.claim_ids.join(" "))
        ));
    }
    out.push_str("  </graph>\n</graphml>\n");
    out
}
