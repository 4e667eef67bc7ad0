//! Corroboration across documents: claims grouped into distinct relations (same parties,
//! mission, kind and polarity) with the number of independent sources, and the cooperation
//! network the party pairs form (as `network.json`, and as GraphML by [`to_graphml`]).
//!
//! A relation keeps every party its claims name. The network leaves out the pairs in which one
//! party belongs to the other — an agency and its country, an organisation and its parent body,
//! by the gazetteer's `country` and `parent` attributes ([`Affiliations`]): "NASA is prohibited
//! from working with Russia and Roscosmos" is NASA's relation with both, not Russia's with its
//! own agency.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;

use foldhash::{HashMap, HashMapExt};
use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::Writer;
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::gazetteer::Gazetteer;
use crate::record::{
    ClaimCitation, ClaimKind, ClaimRecord, EntityName, EntityRef, Network, NetworkLink,
    NetworkNode, Polarity,
};

/// Which entities belong to which: for each gazetteer entry with a `parent` or a `country`,
/// every body above it (its parent, the parent's parent, …) and the country of each.
#[derive(Debug, Default)]
pub struct Affiliations {
    above: HashMap<String, BTreeSet<String>>,
}

/// How far up a chain of parents is followed (the gazetteer's chains are two or three long).
const MAX_PARENT_DEPTH: usize = 8;

impl Affiliations {
    /// The affiliations the gazetteer's `parent` and `country` attributes state (`country=RU`
    /// is `country:RU`; `country=international` is none).
    pub fn of(gazetteer: &Gazetteer) -> Affiliations {
        let mut above = HashMap::new();
        for entry in gazetteer.entries() {
            let mut bodies = BTreeSet::new();
            let mut current = Some(entry);
            for _ in 0..MAX_PARENT_DEPTH {
                let Some(body) = current else { break };
                if let Some(country) = body.attributes.get("country") {
                    if country != "international" {
                        bodies.insert(format!("country:{country}"));
                    }
                }
                let parent = body.attributes.get("parent");
                if let Some(parent) = parent {
                    bodies.insert(parent.clone());
                }
                current = parent.and_then(|id| gazetteer.get(id));
            }
            bodies.remove(&entry.id);
            if !bodies.is_empty() {
                above.insert(entry.id.clone(), bodies);
            }
        }
        Affiliations { above }
    }

    /// Whether one of the two entities belongs to the other.
    pub fn related(&self, a: &str, b: &str) -> bool {
        let belongs = |x: &str, y: &str| self.above.get(x).is_some_and(|set| set.contains(y));
        belongs(a, b) || belongs(b, a)
    }
}

/// Collects claims as they are written and turns them into relations and a network. Each
/// claim is kept as a compact citation (numbers, not strings), since a large corpus has many:
/// all of them in one list in arrival order, each relation's linked from its first to its
/// last, so no relation holds a list of its own with room to spare.
#[derive(Debug, Default)]
pub struct RelationSet {
    relations: Vec<Building>,
    by_key: HashMap<String, usize>,
    /// Every claim's citation, in arrival order.
    citations: Vec<Citation>,
    /// Document ids, numbered in order of arrival, one after the other (one allocation for
    /// the run rather than one per document).
    document_ids: String,
    /// Where each document's id ends in `document_ids`.
    document_id_ends: Vec<usize>,
    /// The number of the document that counts as each document's source (the original of a
    /// near-duplicate, else the document itself).
    document_sources: Vec<u32>,
    /// The pairs the network leaves out.
    affiliations: Affiliations,
}

/// A claim of a relation: its id (the 16 hex digits as a number), document number and
/// evidence span, and the next citation of the same relation (32 bytes).
#[derive(Debug, Clone, Copy)]
struct Citation {
    claim: u64,
    start: u64,
    end: u64,
    document: u32,
    /// Index in the set's citations of the relation's next claim, or [`NO_CITATION`].
    next: u32,
}

/// The `next` of a relation's last citation.
const NO_CITATION: u32 = u32::MAX;

/// One line of `relations.jsonl` as the set holds it: encodes exactly as a
/// [`RelationRecord`](crate::record::RelationRecord) with the same values.
#[derive(Debug, Serialize)]
pub struct RelationLine<'s> {
    relation_id: &'s str,
    kind: ClaimKind,
    polarity: Polarity,
    /// The parties, sorted by id.
    pub parties: &'s [EntityName],
    mission: Option<&'s EntityName>,
    claims: Citations<'s>,
    documents: usize,
    independent_sources: usize,
}

/// A relation's claims, encoded one at a time as [`ClaimCitation`]s.
#[derive(Debug)]
struct Citations<'s> {
    set: &'s RelationSet,
    of: &'s Building,
}

impl Serialize for Citations<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.set.citations_of(self.of).map(|c| ClaimCitation {
            claim_id: claim_id(c.claim),
            doc_id: self.set.document_id(c.document).to_string(),
            start: c.start as usize,
            end: c.end as usize,
        }))
    }
}

/// One edge of `network.json` as the set writes it: encodes exactly as a [`NetworkLink`] with
/// the same values.
#[derive(Debug, Serialize)]
struct LinkLine<'s> {
    source: String,
    target: String,
    relations: usize,
    claims: usize,
    positive: usize,
    negative: usize,
    kinds: BTreeMap<String, usize>,
    claim_ids: ClaimIds<'s>,
}

/// The claims of an edge's relations, relation by relation, encoded one at a time as their
/// ids.
#[derive(Debug)]
struct ClaimIds<'s> {
    set: &'s RelationSet,
    /// Indices of the relations.
    relations: &'s [usize],
}

impl<'s> ClaimIds<'s> {
    /// The claims' id numbers, in order.
    fn iter(&self) -> impl Iterator<Item = u64> + 's {
        let set = self.set;
        self.relations
            .iter()
            .flat_map(move |&index| set.citations_of(&set.relations[index]))
            .map(|c| c.claim)
    }
}

impl Serialize for ClaimIds<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter().map(claim_id))
    }
}

/// What the claims of one relation share, and the key that tells relations apart: what the
/// relations take from a claim besides its citation.
#[derive(Debug, Clone, PartialEq)]
pub struct Relation {
    /// The claims' kind.
    pub kind: ClaimKind,
    /// The claims' polarity.
    pub polarity: Polarity,
    /// The parties, sorted by id, each once.
    pub parties: Vec<EntityName>,
    /// The first mission.
    pub mission: Option<EntityName>,
    /// Kind, polarity, party ids and mission id, as the text whose hash is the relation's id:
    /// made with the claim so the writer only looks it up.
    pub key: String,
}

impl Relation {
    /// The relation `claim` states.
    pub fn of(claim: &ClaimRecord) -> Relation {
        let mut parties: Vec<EntityName> = claim.parties.iter().map(entity_name).collect();
        parties.sort_by(|a, b| a.entity_id.cmp(&b.entity_id));
        parties.dedup_by(|a, b| a.entity_id == b.entity_id);
        let mission = claim.missions.first().map(entity_name);
        let key = relation_key(claim.kind, claim.polarity, &parties, mission.as_ref());
        Relation {
            kind: claim.kind,
            polarity: claim.polarity,
            parties,
            mission,
            key,
        }
    }
}

/// What the relations and the summary take from one claim record.
#[derive(Debug, Clone, PartialEq)]
pub struct RelationClaim {
    /// The relation it states.
    pub relation: Relation,
    /// The claim id's 16 hex digits as the number they spell.
    pub claim: u64,
    /// Start of its evidence sentence.
    pub start: u64,
    /// End of its evidence sentence.
    pub end: u64,
}

impl RelationClaim {
    /// The part of `claim` the relations need.
    pub fn of(claim: &ClaimRecord) -> RelationClaim {
        RelationClaim {
            relation: Relation::of(claim),
            claim: claim_number(&claim.claim_id),
            start: claim.evidence.start as u64,
            end: claim.evidence.end as u64,
        }
    }
}

/// What the relations and the summary take from the claims of one document, made beside
/// their lines by the worker that encodes them, so the writer need not read the lines back:
/// each relation the claims state once, and per claim 32 bytes (its id number, its relation,
/// its evidence span). A document of many claims between a few parties holds a few relations,
/// not every claim's parties.
#[derive(Debug, Default)]
pub struct DocumentRelations {
    /// The distinct relations, in order of their first claim.
    relations: Vec<Relation>,
    /// Index in `relations` by key.
    by_key: HashMap<String, u32>,
    /// The claims, in order.
    claims: Vec<DocumentClaim>,
}

/// A claim of a [`DocumentRelations`].
#[derive(Debug, Clone, Copy, PartialEq)]
struct DocumentClaim {
    /// Index of its relation in the document's.
    relation: u32,
    claim: u64,
    start: u64,
    end: u64,
}

impl DocumentRelations {
    /// Adds the next claim of the document.
    pub fn push(&mut self, claim: &ClaimRecord) {
        let RelationClaim {
            relation,
            claim,
            start,
            end,
        } = RelationClaim::of(claim);
        let index = match self.by_key.get(&relation.key) {
            Some(&index) => index,
            None => {
                let index = self.relations.len() as u32;
                self.by_key.insert(relation.key.clone(), index);
                self.relations.push(relation);
                index
            }
        };
        self.claims.push(DocumentClaim {
            relation: index,
            claim,
            start,
            end,
        });
    }

    /// How many claims there are.
    pub fn len(&self) -> usize {
        self.claims.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.claims.is_empty()
    }

    /// The kind of each claim, in order.
    pub fn kinds(&self) -> impl Iterator<Item = ClaimKind> + '_ {
        self.claims
            .iter()
            .map(|c| self.relations[c.relation as usize].kind)
    }

    /// Each claim as [`RelationClaim::of`] makes it from its record, in order.
    pub fn claims(&self) -> impl Iterator<Item = RelationClaim> + '_ {
        self.claims.iter().map(|c| RelationClaim {
            relation: self.relations[c.relation as usize].clone(),
            claim: c.claim,
            start: c.start,
            end: c.end,
        })
    }
}

/// `kind|polarity|party ids joined by commas|mission id`: the claims with the same key are one
/// relation.
fn relation_key(
    kind: ClaimKind,
    polarity: Polarity,
    parties: &[EntityName],
    mission: Option<&EntityName>,
) -> String {
    use std::fmt::Write as _;
    let mut key = String::with_capacity(64);
    // Writing to a String cannot fail.
    let _ = write!(key, "{}|{:?}|", kind.as_str(), polarity);
    for (i, party) in parties.iter().enumerate() {
        if i > 0 {
            key.push(',');
        }
        key.push_str(&party.entity_id);
    }
    key.push('|');
    key.push_str(mission.map_or("", |m| m.entity_id.as_str()));
    key
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
    /// How many claims state it.
    claims: usize,
    /// How many documents those claims are in.
    documents: usize,
    /// Indices of its first and last citation in the set's citations.
    first: u32,
    last: u32,
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
    /// An empty set whose network leaves out the pairs `affiliations` relate.
    pub fn new(affiliations: Affiliations) -> RelationSet {
        RelationSet {
            affiliations,
            ..RelationSet::default()
        }
    }

    /// Numbers a document of the run (in arrival order, as [`crate::run::dedup::DuplicateIndex`]
    /// numbers them); claims then name their document by number. `original` is the number of
    /// the document it is a near-duplicate of, which counts as the source of its claims.
    pub fn register_document(&mut self, doc_id: &str, original: Option<u32>) -> u32 {
        let number = self.document_id_ends.len() as u32;
        self.document_ids.push_str(doc_id);
        self.document_id_ends.push(self.document_ids.len());
        self.document_sources.push(original.unwrap_or(number));
        number
    }

    /// The id of a registered document.
    pub fn document_id(&self, number: u32) -> &str {
        let number = number as usize;
        let start = match number {
            0 => 0,
            _ => self.document_id_ends[number - 1],
        };
        &self.document_ids[start..self.document_id_ends[number]]
    }

    /// Adds a claim of registered document `document`, the last registered so far.
    pub fn add(&mut self, claim: RelationClaim, document: u32) {
        let index = self.index_of(claim.relation);
        self.cite(index, claim.claim, document, claim.start, claim.end);
    }

    /// Adds the claims of registered document `document`, the last registered so far, in
    /// order, as [`RelationSet::add`] adds each; each relation is looked up once.
    pub fn add_document(&mut self, relations: DocumentRelations, document: u32) {
        // A relation new to the set is added at its first claim in the document: adding the
        // document's relations in the order of their first claims, before their claims, puts
        // them in the same order.
        let indices: Vec<usize> = relations
            .relations
            .into_iter()
            .map(|relation| self.index_of(relation))
            .collect();
        for c in relations.claims {
            self.cite(
                indices[c.relation as usize],
                c.claim,
                document,
                c.start,
                c.end,
            );
        }
    }

    /// The index of `relation` among the set's, added when new.
    fn index_of(&mut self, relation: Relation) -> usize {
        if let Some(&index) = self.by_key.get(&relation.key) {
            return index;
        }
        let relation_id = hex::encode(Sha256::digest(relation.key.as_bytes()))[..16].to_string();
        self.relations.push(Building {
            relation_id,
            kind: relation.kind,
            polarity: relation.polarity,
            parties: relation.parties,
            mission: relation.mission,
            claims: 0,
            documents: 0,
            first: NO_CITATION,
            last: NO_CITATION,
        });
        self.by_key.insert(relation.key, self.relations.len() - 1);
        self.relations.len() - 1
    }

    /// Adds a claim of `document` to the relation at `index`. Documents arrive in order, so
    /// a claim is in a document new to the relation when its last claim is in another.
    fn cite(&mut self, index: usize, claim: u64, document: u32, start: u64, end: u64) {
        let at = u32::try_from(self.citations.len())
            .ok()
            .filter(|&at| at != NO_CITATION)
            .expect("fewer than 2^32 - 1 claims in a run");
        self.citations.push(Citation {
            claim,
            start,
            end,
            document,
            next: NO_CITATION,
        });
        let building = &mut self.relations[index];
        if building.claims == 0 {
            building.first = at;
            building.documents = 1;
        } else {
            let last = &mut self.citations[building.last as usize];
            last.next = at;
            if last.document != document {
                building.documents += 1;
            }
        }
        building.last = at;
        building.claims += 1;
    }

    /// A relation's citations, in order.
    fn citations_of<'s>(&'s self, building: &Building) -> impl Iterator<Item = &'s Citation> {
        let mut next = building.first;
        std::iter::from_fn(move || {
            let citation = (next != NO_CITATION).then(|| &self.citations[next as usize])?;
            next = citation.next;
            Some(citation)
        })
    }

    /// How many sources a relation's claims have: its documents, each near-duplicate counting
    /// as its original.
    fn independent_sources(&self, building: &Building) -> usize {
        let mut sources: Vec<u32> = self
            .citations_of(building)
            .map(|c| self.document_sources[c.document as usize])
            .collect();
        sources.sort_unstable();
        sources.dedup();
        sources.len()
    }

    /// The relations, in order of their first claim, each a line of `relations.jsonl` that
    /// borrows from the set: a relation's claims are encoded as they are written, never held
    /// as records (the most cited relation of a large run has tens of thousands).
    pub fn relations(&self) -> impl Iterator<Item = RelationLine<'_>> + '_ {
        self.relations.iter().map(|b| RelationLine {
            relation_id: &b.relation_id,
            kind: b.kind,
            polarity: b.polarity,
            parties: &b.parties,
            mission: b.mission.as_ref(),
            claims: Citations { set: self, of: b },
            documents: b.documents,
            independent_sources: self.independent_sources(b),
        })
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
                node.claims += r.claims;
                node.relations += 1;
            }
            for (i, a) in r.parties.iter().enumerate() {
                for b in &r.parties[i + 1..] {
                    if self.affiliations.related(&a.entity_id, &b.entity_id) {
                        continue;
                    }
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

    /// One edge of the network from the relations between its two entities, its claim ids
    /// still to be encoded.
    fn link_line<'s>(
        &'s self,
        source: String,
        target: String,
        relations: &'s [usize],
    ) -> LinkLine<'s> {
        let mut link = LinkLine {
            source,
            target,
            relations: relations.len(),
            claims: 0,
            positive: 0,
            negative: 0,
            kinds: BTreeMap::new(),
            claim_ids: ClaimIds {
                set: self,
                relations,
            },
        };
        for &index in relations {
            let r = &self.relations[index];
            link.claims += r.claims;
            match r.polarity {
                Polarity::Positive => link.positive += r.claims,
                Polarity::Negative => link.negative += r.claims,
            }
            *link.kinds.entry(r.kind.as_str().to_string()).or_default() += r.claims;
        }
        link
    }

    /// One edge of the network from the relations between its two entities.
    fn link(&self, source: String, target: String, relations: &[usize]) -> NetworkLink {
        let line = self.link_line(source, target, relations);
        let claim_ids = line.claim_ids.iter().map(claim_id).collect();
        NetworkLink {
            source: line.source,
            target: line.target,
            relations: line.relations,
            claims: line.claims,
            positive: line.positive,
            negative: line.negative,
            kinds: line.kinds,
            claim_ids,
        }
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
    /// claim (unless one belongs to the other). Built whole; [`RelationSet::write_network`] streams it instead.
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

    /// Writes the network as the JSON of [`Network`], one edge at a time and each edge's claim
    /// ids as they are encoded, so they are never in memory together.
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
            serde_json::to_writer(&mut *out, &self.link_line(a, b, &relations))?;
        }
        out.write_all(b"]}\n")
    }
}

fn to_json<T: serde::Serialize>(value: &T) -> std::io::Result<String> {
    serde_json::to_string(value).map_err(std::io::Error::other)
}

/// A GraphML attribute: its key id, what it describes (`graph`, `node` or `edge`), its name and
/// its type.
type Key = (&'static str, &'static str, &'static str, &'static str);

/// The attributes of `network.json` that are not the graph's structure, as GraphML keys: the
/// graph's `name` and `schema_version`, and every field of a node and of an edge but `kinds`,
/// which becomes one count per claim kind ([`kind_key`]); `claim_ids` are joined by spaces.
const GRAPHML_KEYS: [Key; 11] = [
    ("graph_name", "graph", "name", "string"),
    ("schema_version", "graph", "schema_version", "string"),
    ("name", "node", "name", "string"),
    ("type", "node", "type", "string"),
    ("node_claims", "node", "claims", "int"),
    ("node_relations", "node", "relations", "int"),
    ("relations", "edge", "relations", "int"),
    ("claims", "edge", "claims", "int"),
    ("positive", "edge", "positive", "int"),
    ("negative", "edge", "negative", "int"),
    ("claim_ids", "edge", "claim_ids", "string"),
];

/// The key id and attribute name of an edge's count of claims of one kind (`kind_agreement`):
/// written only for the kinds the edge has, as `kinds` lists them; declared with default 0.
fn kind_key(kind: &str) -> String {
    format!("kind_{kind}")
}

/// The network as GraphML, for Gephi, yEd, networkx and igraph: the nodes and edges of
/// `network.json` with all their attributes, each declared as a `<key>`.
pub fn to_graphml(network: &Network) -> String {
    let mut out = Vec::new();
    write_graphml(network, &mut out).expect("writing to memory cannot fail");
    String::from_utf8(out).expect("GraphML of UTF-8 text is UTF-8")
}

/// Writes the network as GraphML (see [`to_graphml`]).
///
/// # Errors
/// On a write error.
pub fn write_graphml(network: &Network, out: impl Write) -> std::io::Result<()> {
    let mut xml = Writer::new_with_indent(out, b' ', 2);
    xml.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    xml.create_element("graphml")
        .with_attribute(("xmlns", "http://graphml.graphdrawing.org/xmlns"))
        .write_inner_content(|xml| {
            for (id, domain, name, value_type) in GRAPHML_KEYS {
                xml.create_element("key")
                    .with_attributes(key_attributes(id, domain, name, value_type))
                    .write_empty()?;
            }
            let mut kinds = ClaimKind::ALL.map(ClaimKind::as_str);
            kinds.sort_unstable();
            for kind in kinds {
                let id = kind_key(kind);
                xml.create_element("key")
                    .with_attributes(key_attributes(&id, "edge", &id, "int"))
                    .write_inner_content(|xml| text_element(xml, "default", None, "0"))?;
            }
            xml.create_element("graph")
                .with_attributes([("id", "cooperation"), ("edgedefault", "undirected")])
                .write_inner_content(|xml| {
                    for (id, domain, name, _) in GRAPHML_KEYS {
                        if let Some(value) = network.graph.get(name).filter(|_| domain == "graph") {
                            text_element(xml, "data", Some(id), value)?;
                        }
                    }
                    for node in &network.nodes {
                        write_node(xml, node)?;
                    }
                    for link in &network.links {
                        write_edge(xml, link)?;
                    }
                    Ok(())
                })?;
            Ok(())
        })?;
    xml.get_mut().write_all(b"\n")
}

/// The attributes of a `<key>`.
fn key_attributes<'a>(
    id: &'a str,
    domain: &'a str,
    name: &'a str,
    value_type: &'a str,
) -> [(&'a str, &'a str); 4] {
    [
        ("id", id),
        ("for", domain),
        ("attr.name", name),
        ("attr.type", value_type),
    ]
}

/// One `<node>` with its data.
fn write_node<W: Write>(xml: &mut Writer<W>, node: &NetworkNode) -> std::io::Result<()> {
    xml.create_element("node")
        .with_attribute(("id", node.id.as_str()))
        .write_inner_content(|xml| {
            let fields = [
                ("name", node.name.clone()),
                ("type", node.entity_type.clone()),
                ("node_claims", node.claims.to_string()),
                ("node_relations", node.relations.to_string()),
            ];
            for (key, value) in &fields {
                text_element(xml, "data", Some(key), value)?;
            }
            Ok(())
        })?;
    Ok(())
}

/// One `<edge>` with its data (a count per kind only for the kinds it has).
fn write_edge<W: Write>(xml: &mut Writer<W>, link: &NetworkLink) -> std::io::Result<()> {
    xml.create_element("edge")
        .with_attributes([
            ("source", link.source.as_str()),
            ("target", link.target.as_str()),
        ])
        .write_inner_content(|xml| {
            let counts = [
                ("relations", link.relations),
                ("claims", link.claims),
                ("positive", link.positive),
                ("negative", link.negative),
            ];
            for (key, count) in counts {
                text_element(xml, "data", Some(key), &count.to_string())?;
            }
            for (kind, count) in &link.kinds {
                text_element(xml, "data", Some(&kind_key(kind)), &count.to_string())?;
            }
            text_element(xml, "data", Some("claim_ids"), &link.claim_ids.join(" "))
        })?;
    Ok(())
}

/// One element holding text: `<data key="…">value</data>`, or `<default>` without a key.
fn text_element<W: Write>(
    xml: &mut Writer<W>,
    element: &str,
    key: Option<&str>,
    value: &str,
) -> std::io::Result<()> {
    let mut start = xml.create_element(element);
    if let Some(key) = key {
        start = start.with_attribute(("key", key));
    }
    start.write_text_content(BytesText::new(value))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use quick_xml::escape::unescape;
    use quick_xml::events::BytesStart;
    use quick_xml::Reader;

    use super::*;
    use crate::record::RelationRecord;

    /// An invented claim of document 0 naming `parties` (`(entity_id, name, type)`).
    fn claim(id: &str, kind: &str, polarity: &str, parties: &[(&str, &str, &str)]) -> ClaimRecord {
        let parties: Vec<serde_json::Value> = parties
            .iter()
            .map(|(entity_id, name, kind)| {
                serde_json::json!({"entity_id": entity_id, "name": name, "type": kind,
                    "text": name, "start": 0, "end": 1})
            })
            .collect();
        serde_json::from_value(serde_json::json!({
            "claim_id": id, "doc_id": "a.txt", "doc_sha256": "00", "kind": kind,
            "polarity": polarity, "modality": "actual", "parties": parties, "missions": [],
            "cues": [], "evidence": {"text": "x", "start": 0, "end": 1, "line": 1, "column": 1,
                "selector": {"type": "TextQuoteSelector", "exact": "x", "prefix": "", "suffix": ""}},
            "cameo": "057", "quad_class": 1, "time": null, "quantities": [], "confidence": 0.9,
            "rule": "cue:sign"
        }))
        .expect("an invented claim is a valid record")
    }

    #[test]
    fn a_relation_claim_keeps_the_id_as_a_number_the_parties_sorted_once_and_the_first_mission() {
        let parties = [RUSSIA, NASA, RUSSIA];
        let mut record = claim("00000000000000ff", "agreement", "positive", &parties);
        record.evidence.start = 7;
        record.evidence.end = 42;
        record.missions = vec![record.parties[1].clone(), record.parties[0].clone()];
        let cited = RelationClaim::of(&record);
        assert_eq!(cited.claim, 255);
        assert_eq!((cited.start, cited.end), (7, 42));
        let relation = cited.relation;
        assert_eq!(
            relation.key,
            "agreement|Positive|agency:nasa,country:RU|agency:nasa"
        );
        assert_eq!(
            (relation.kind, relation.polarity),
            (record.kind, record.polarity)
        );
        let ids: Vec<&str> = relation
            .parties
            .iter()
            .map(|p| p.entity_id.as_str())
            .collect();
        assert_eq!(ids, ["agency:nasa", "country:RU"]);
        assert_eq!(
            relation.mission.map(|m| m.entity_id),
            Some("agency:nasa".to_string())
        );
    }

    const NASA: (&str, &str, &str) = ("agency:nasa", "NASA", "agency");
    const RUSSIA: (&str, &str, &str) = ("country:RU", "Russia", "country");
    const ROSCOSMOS: (&str, &str, &str) = ("agency:roscosmos", "Roscosmos", "agency");
    const CHINA: (&str, &str, &str) = ("country:CN", "China", "country");
    const CNSA: (&str, &str, &str) = ("agency:cnsa", "CNSA", "agency");
    const SASTIND: (&str, &str, &str) = ("organization:sastind", "SASTIND", "organization");

    #[test]
    fn a_relation_line_encodes_as_its_record_and_names_each_document() {
        let gazetteer = Gazetteer::builtin().expect("the shipped gazetteer loads");
        let mut set = RelationSet::new(Affiliations::of(&gazetteer));
        let mut record = claim("00000000000000ff", "agreement", "positive", &[NASA, RUSSIA]);
        record.missions = vec![record.parties[0].clone()];
        for (doc_id, start) in [("a.txt", 3), ("b/c.txt", 40), ("é.txt", 7)] {
            let document = set.register_document(doc_id, None);
            record.evidence.start = start;
            record.evidence.end = start + 9;
            set.add(RelationClaim::of(&record), document);
        }
        assert_eq!(set.document_id(1), "b/c.txt");
        let lines: Vec<String> = set
            .relations()
            .map(|line| serde_json::to_string(&line).unwrap())
            .collect();
        assert_eq!(lines.len(), 1);
        let read: RelationRecord = serde_json::from_str(&lines[0]).unwrap();
        assert_eq!(serde_json::to_string(&read).unwrap(), lines[0]);
        let cited: Vec<(&str, usize)> = read
            .claims
            .iter()
            .map(|c| (c.doc_id.as_str(), c.start))
            .collect();
        assert_eq!(cited, [("a.txt", 3), ("b/c.txt", 40), ("é.txt", 7)]);
        assert_eq!(read.claims[0].claim_id, "00000000000000ff");
        assert_eq!(
            read.mission.map(|m| m.entity_id),
            Some("agency:nasa".into())
        );
    }

    #[test]
    fn a_documents_relations_added_at_once_are_its_claims_added_one_by_one() {
        let gazetteer = Gazetteer::builtin().expect("the shipped gazetteer loads");
        let documents = [
            vec![
                claim("01", "agreement", "positive", &[NASA, RUSSIA]),
                claim("02", "agreement", "positive", &[CHINA, CNSA]),
                claim("03", "agreement", "positive", &[RUSSIA, NASA, RUSSIA]),
            ],
            vec![
                claim("04", "prohibition", "negative", &[NASA, CHINA]),
                claim("05", "agreement", "positive", &[CNSA, CHINA]),
                claim("06", "prohibition", "negative", &[CHINA, NASA]),
            ],
        ];
        let (mut one_by_one, mut at_once) = (
            RelationSet::new(Affiliations::of(&gazetteer)),
            RelationSet::new(Affiliations::of(&gazetteer)),
        );
        for (i, claims) in documents.iter().enumerate() {
            let doc_id = format!("{i}.txt");
            let document = one_by_one.register_document(&doc_id, Some(0));
            let mut relations = DocumentRelations::default();
            for c in claims {
                one_by_one.add(RelationClaim::of(c), document);
                relations.push(c);
            }
            assert_eq!(relations.len(), claims.len());
            let kinds: Vec<ClaimKind> = relations.kinds().collect();
            assert_eq!(kinds, claims.iter().map(|c| c.kind).collect::<Vec<_>>());
            let read_back: Vec<RelationClaim> = claims.iter().map(RelationClaim::of).collect();
            assert_eq!(relations.claims().collect::<Vec<_>>(), read_back);
            let document = at_once.register_document(&doc_id, Some(0));
            at_once.add_document(relations, document);
        }
        let lines = |set: &RelationSet| -> Vec<String> {
            set.relations()
                .map(|line| serde_json::to_string(&line).unwrap())
                .collect()
        };
        assert_eq!(lines(&one_by_one).len(), 3);
        assert_eq!(lines(&at_once), lines(&one_by_one));
    }

    #[test]
    fn a_near_duplicates_claims_count_as_a_document_but_not_as_a_source() {
        let gazetteer = Gazetteer::builtin().expect("the shipped gazetteer loads");
        let mut set = RelationSet::new(Affiliations::of(&gazetteer));
        let agreement = claim("01", "agreement", "positive", &[NASA, RUSSIA]);
        let prohibition = claim("02", "prohibition", "negative", &[NASA, CHINA]);
        for (doc_id, original) in [("a.txt", None), ("b.txt", None), ("copy.txt", Some(0))] {
            let document = set.register_document(doc_id, original);
            for c in [&agreement, &prohibition, &agreement] {
                set.add(RelationClaim::of(c), document);
            }
        }
        let counts: Vec<(usize, usize, usize)> = set
            .relations()
            .map(|line| serde_json::to_string(&line).unwrap())
            .map(|line| serde_json::from_str::<RelationRecord>(&line).unwrap())
            .map(|r| (r.claims.len(), r.documents, r.independent_sources))
            .collect();
        assert_eq!(counts, [(6, 3, 2), (3, 3, 2)]);
    }

    /// The relations of `claims` with the shipped gazetteer's affiliations.
    fn relation_set(claims: &[ClaimRecord]) -> RelationSet {
        let gazetteer = Gazetteer::builtin().expect("the shipped gazetteer loads");
        let mut set = RelationSet::new(Affiliations::of(&gazetteer));
        let document = set.register_document("a.txt", None);
        for c in claims {
            set.add(RelationClaim::of(c), document);
        }
        set
    }

    fn edges(network: &Network) -> Vec<(&str, &str)> {
        network
            .links
            .iter()
            .map(|l| (l.source.as_str(), l.target.as_str()))
            .collect()
    }

    #[test]
    fn an_entity_and_its_country_or_parent_are_no_edge() {
        let set = relation_set(&[
            claim("01", "prohibition", "negative", &[NASA, RUSSIA, ROSCOSMOS]),
            claim("02", "agreement", "positive", &[CNSA, SASTIND, CHINA, NASA]),
        ]);
        let network = set.network();
        assert_eq!(
            edges(&network),
            [
                ("agency:cnsa", "agency:nasa"),
                ("agency:nasa", "agency:roscosmos"),
                ("agency:nasa", "country:CN"),
                ("agency:nasa", "country:RU"),
                ("agency:nasa", "organization:sastind"),
            ]
        );
        // Every party is still a node, and the relations keep every party.
        assert_eq!(network.nodes.len(), 6);
        let parties: Vec<usize> = set.relations().map(|r| r.parties.len()).collect();
        assert_eq!(parties, [3, 4]);
        // The file written piece by piece is the same network.
        let mut written = Vec::new();
        set.write_network(&mut written).unwrap();
        assert_eq!(
            serde_json::from_slice::<Network>(&written).unwrap(),
            network
        );
    }

    #[test]
    fn affiliations_follow_parents_up_and_go_both_ways() {
        let gazetteer = Gazetteer::builtin().expect("the shipped gazetteer loads");
        let affiliations = Affiliations::of(&gazetteer);
        // (a, b, related): CNSA's parent is SASTIND, whose country is China.
        let cases = [
            ("agency:roscosmos", "country:RU", true),
            ("country:RU", "agency:roscosmos", true),
            ("agency:cnsa", "organization:sastind", true),
            ("agency:cnsa", "country:CN", true),
            ("agency:nasa", "country:RU", false),
            ("agency:nasa", "agency:roscosmos", false),
            ("agency:esa", "country:FR", false),
            ("organization:local-ldri", "country:US", false),
        ];
        for (a, b, want) in cases {
            assert_eq!(affiliations.related(a, b), want, "{a} {b}");
        }
    }

    /// What a GraphML element says: its key's attribute name to the value, as text.
    type Data = BTreeMap<String, String>;

    fn attribute(element: &BytesStart, name: &str) -> String {
        let value = element
            .try_get_attribute(name)
            .unwrap()
            .unwrap_or_else(|| panic!("no attribute {name}"));
        let version = quick_xml::XmlVersion::Explicit1_0;
        value.normalized_value(version).unwrap().into_owned()
    }

    /// Reads GraphML back: the data of the graph (under ""), of each node (by id) and of each
    /// edge (by `source target`), by the attribute names the keys declare.
    fn read_graphml(xml: &str) -> BTreeMap<String, Data> {
        let mut reader = Reader::from_str(xml);
        let mut names = HashMap::new();
        let mut read = BTreeMap::new();
        let mut current = String::new();
        loop {
            match reader.read_event().unwrap() {
                Event::Eof => break,
                Event::Start(e) | Event::Empty(e) => match e.name().as_ref() {
                    "key" => {
                        names.insert(attribute(&e, "id"), attribute(&e, "attr.name"));
                    }
                    "node" => current = attribute(&e, "id"),
                    "edge" => {
                        current = format!("{} {}", attribute(&e, "source"), attribute(&e, "target"))
                    }
                    "data" => {
                        let name = names[&attribute(&e, "key")].clone();
                        let raw = reader.read_text(e.name()).unwrap().into_inner();
                        let value = unescape(&raw).unwrap().into_owned();
                        let data: &mut Data = read.entry(current.clone()).or_default();
                        data.insert(name, value);
                    }
                    _ => {}
                },
                _ => {}
            }
        }
        read
    }

    /// A JSON object's fields as text, `kinds` as one `kind_<kind>` field each and the claim
    /// ids joined by spaces, without the fields GraphML writes as structure.
    fn as_data(value: serde_json::Value) -> Data {
        let mut data = Data::new();
        for (field, value) in value.as_object().unwrap() {
            match (field.as_str(), value) {
                ("id" | "source" | "target", _) => {}
                ("kinds", serde_json::Value::Object(kinds)) => {
                    for (kind, count) in kinds {
                        data.insert(kind_key(kind), count.to_string());
                    }
                }
                ("claim_ids", serde_json::Value::Array(ids)) => {
                    let ids: Vec<&str> = ids.iter().map(|id| id.as_str().unwrap()).collect();
                    data.insert(field.clone(), ids.join(" "));
                }
                (_, serde_json::Value::String(text)) => {
                    data.insert(field.clone(), text.clone());
                }
                _ => {
                    data.insert(field.clone(), value.to_string());
                }
            }
        }
        data
    }

    #[test]
    fn graphml_carries_every_attribute_of_network_json() {
        let odd = (
            "organization:local-odd",
            "Odd & <\"Co\"> 'n' Sons",
            "organization",
        );
        let set = relation_set(&[
            claim("01", "prohibition", "negative", &[NASA, RUSSIA, ROSCOSMOS]),
            claim("02", "agreement", "positive", &[CHINA, RUSSIA]),
            claim("03", "collaboration", "positive", &[CHINA, odd]),
        ]);
        let network = set.network();
        let graphml = to_graphml(&network);
        let mut want = BTreeMap::new();
        want.insert(
            String::new(),
            as_data(serde_json::to_value(&network.graph).unwrap()),
        );
        for node in &network.nodes {
            want.insert(
                node.id.clone(),
                as_data(serde_json::to_value(node).unwrap()),
            );
        }
        for link in &network.links {
            let data = as_data(serde_json::to_value(link).unwrap());
            want.insert(format!("{} {}", link.source, link.target), data);
        }
        assert_eq!(read_graphml(&graphml), want);
        assert_eq!(want["organization:local-odd"]["name"], odd.1);
        assert_eq!(want["country:CN country:RU"]["kind_agreement"], "1");
        assert!(graphml.ends_with("</graphml>\n"));
    }
}
