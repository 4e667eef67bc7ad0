//! The cooperation network as an inline SVG: a deterministic force-directed layout and the
//! drawing of its links and nodes.

use std::collections::HashMap;
use std::fmt::Write as _;

use super::{escape, plural};
use crate::record::{Network, NetworkLink};

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
    let index = node_index(network);
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

pub(super) fn render_network(html: &mut String, network: &Network) {
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
    let index = node_index(network);
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

/// Each node's position in `network.nodes`, by id.
fn node_index(network: &Network) -> HashMap<&str, usize> {
    network
        .nodes
        .iter()
        .enumerate()
        .map(|(i, node)| (node.id.as_str(), i))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::NetworkNode;

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
