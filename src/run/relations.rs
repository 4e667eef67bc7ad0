//! Corroboration across documents: claims grouped into distinct relations (same parties,
//! mission, kind and polarity) with the number of independent sources, and the cooperation
//! network the party pairs form.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use sha2::{Digest, Sha256};

use crate::record::{
    ClaimCitation, ClaimKind, ClaimRecord, EntityName, EntityRef, Network, NetworkLink,
    NetworkNode, Polarity, RelationRecord,
};

/// Collects claims as they are written and turns them into relations and a network. Each
/// claim is kept as a compact citation (numbers, not strings), since a large corpus has many.
#[derive(Debug, Default)]
pub struct RelationSet {
    relations: Vec<Building>,
    by_key: HashMap<String, usize>,
    /// Document ids, numbered in order of arrival.
    documents: Vec<String>,
}

/// A claim of a relation: its id (the 16 hex digits as a number), document number and
/// evidence span.
#[derive(Debug, Clone, Copy)]
struct Citation {
    claim: u64,
    document: u32,
    start: u64,
    end: u64,
}

/// An edge of the network before its counts: (source, target, indices of its relations).
type Edge = (String, String, Vec<usize>);

/// A relation being collected.
#[derive(Debug)]
struct Building {
    relation_id: String,
    kind: ClaimKind,
    polarity: Polarity,
    parties: Vec<EntityName>,
    mission: Option<EntityName>,
    citations: Vec<Citation>,
    documents: BTreeSet<u32>,
    sources: BTreeSet<u32>,
}

fn entity_name(e: &EntityRef) -> EntityName {
    EntityName {
        entity_id: e.entity_id.clone(),
        name: e.name.clone(),
        entity_type: e.entity_type.clone(),
    }
}

/// A claim id is 16 hex digits; kept as the number they spell.
fn claim_number(claim_id: &str) -> u64 {
    u64::from_str_radix(claim_id, 16).unwrap_or(0)
}

fn claim_id(number: u64) -> String {
    format!("{number:016x}")
}

impl RelationSet {
    /// An empty set.
    pub fn new() -> RelationSet {
        RelationSet::default()
    }

    /// Numbers a document of the run (in arrival order, as [`crate::run::dedup::DuplicateIndex`]
    /// numbers them); claims then name their document and source by number.
    pub fn register_document(&mut self, doc_id: &str) -> u32 {
        self.documents.push(doc_id.to_string());
        (self.documents.len() - 1) as u32
    }

    /// The id of a registered document.
    pub fn document_id(&self, number: u32) -> &str {
        &self.documents[number as usize]
    }

    /// Adds a claim of registered document `document`; `source` is the document that counts
    /// as its source (the original when the claim's document is a near-duplicate).
    pub fn add(&mut self, claim: &ClaimRecord, document: u32, source: u32) {
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
                    relation_id,
                    kind: claim.kind,
                    polarity: claim.polarity,
                    parties,
                    mission,
                    citations: Vec::new(),
                    documents: BTreeSet::new(),
                    sources: BTreeSet::new(),
                });
                self.by_key.insert(key, self.relations.len() - 1);
                self.relations.len() - 1
            }
        };
        let building = &mut self.relations[index];
        building.citations.push(Citation {
            claim: claim_number(&claim.claim_id),
            document,
            start: claim.evidence.start as u64,
            end: claim.evidence.end as u64,
        });
        building.documents.insert(document);
        building.sources.insert(source);
    }

    fn record(&self, b: &Building) -> RelationRecord {
        RelationRecord {
            relation_id: b.relation_id.clone(),
            kind: b.kind,
            polarity: b.polarity,
            parties: b.parties.clone(),
            mission: b.mission.clone(),
            claims: b
                .citations
                .iter()
                .map(|c| ClaimCitation {
                    claim_id: claim_id(c.claim),
                    doc_id: self.documents[c.document as usize].clone(),
                    start: c.start as usize,
                    end: c.end as usize,
                })
                .collect(),
            documents: b.documents.len(),
            independent_sources: b.sources.len(),
        }
    }

    /// The relations, in order of their first claim, built one at a time.
    pub fn relations(&self) -> impl Iterator<Item = RelationRecord> + '_ {
        self.relations.iter().map(|b| self.record(b))
    }

    /// The network's nodes, and its edges as (source, target, relation indices).
    fn graph(&self) -> (Vec<NetworkNode>, Vec<Edge>) {
        let mut nodes: BTreeMap<String, NetworkNode> = BTreeMap::new();
        let mut links: BTreeMap<(String, String), Vec<usize>> = BTreeMap::new();
        for (index, r) in self.relations.iter().enumerate() {
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
                node.claims += r.citations.len();
                node.relations += 1;
            }
            for (i, a) in r.parties.iter().enumerate() {
                for b in &r.parties[i + 1..] {
                    links
                        .entry((a.entity_id.clone(), b.entity_id.clone()))
                        .or_default()
                        .push(index);
                }
            }
        }
        let links = links.into_iter().map(|((a, b), r)| (a, b, r)).collect();
        (nodes.into_values().collect(), links)
    }

    /// One edge of the network from the relations between its two entities.
    fn link(&self, source: String, target: String, relations: &[usize]) -> NetworkLink {
        let mut link = NetworkLink {
            source,
            target,
            relations: relations.len(),
            claims: 0,
            positive: 0,
            negative: 0,
            kinds: BTreeMap::new(),
            claim_ids: Vec::new(),
        };
        for &index in relations {
            let r = &self.relations[index];
            let claims = r.citations.len();
            link.claims += claims;
            match r.polarity {
                Polarity::Positive => link.positive += claims,
                Polarity::Negative => link.negative += claims,
            }
            *link.kinds.entry(r.kind.as_str().to_string()).or_default() += claims;
            link.claim_ids
                .extend(r.citations.iter().map(|c| claim_id(c.claim)));
        }
        link
    }

    fn graph_attributes() -> BTreeMap<String, String> {
        let mut graph = BTreeMap::new();
        graph.insert("name".to_string(), "coopex cooperation network".to_string());
        graph.insert(
            "schema_version".to_string(),
            crate::schema::SCHEMA_VERSION.to_string(),
        );
        graph
    }

    /// The cooperation network: a node per party, an edge per pair of parties that share a
    /// claim. Built whole; [`RelationSet::write_network`] streams it instead.
    pub fn network(&self) -> Network {
        let (nodes, links) = self.graph();
        Network {
            directed: false,
            multigraph: false,
            graph: RelationSet::graph_attributes(),
            nodes,
            links: links
                .into_iter()
                .map(|(a, b, r)| self.link(a, b, &r))
                .collect(),
        }
    }

    /// Writes the network as the JSON of [`Network`], one edge at a time, so the claim ids of
    /// all edges are never in memory together.
    ///
    /// # Errors
    /// On a write error.
    pub fn write_network(&self, out: &mut impl std::io::Write) -> std::io::Result<()> {
        let (nodes, links) = self.graph();
        write!(
            out,
            "{{\"directed\":false,\"multigraph\":false,\"graph\":{},\"nodes\":{},\"links\":[",
            to_json(&RelationSet::graph_attributes())?,
            to_json(&nodes)?
        )?;
        for (i, (a, b, relations)) in links.into_iter().enumerate() {
            if i > 0 {
                out.write_all(b",")?;
            }
            out.write_all(to_json(&self.link(a, b, &relations))?.as_bytes())?;
        }
        out.write_all(b"]}\n")
    }
}

fn to_json<T: serde::Serialize>(value: &T) -> std::io::Result<String> {
    serde_json::to_string(value).map_err(std::io::Error::other)
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
