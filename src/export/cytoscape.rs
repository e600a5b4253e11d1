//! Cytoscape.js JSON (`elements` with `nodes` and `edges`), also read by
//! Cytoscape desktop (`.cyjs`) and `networkx.cytoscape_graph`.
//!
//! Every element's `data` has an `id` unique across nodes and edges; nodes
//! repeat their id as `value` (what NetworkX keys nodes by) and edges carry
//! the relation as `key` (NetworkX's multigraph key). Style hints (`shape`,
//! `color`, `width`) are data fields a stylesheet can map. Elements are
//! serialised one at a time to the output.

use super::attrs::{DocumentDates, edge_dates, edge_documents, edge_ids, edge_quote, negated_hedged, role_name};
use super::dot::{node_style, relation_color};
use super::{FormatSpec, Part};
use crate::graph::KnowledgeGraph;
use crate::record::ActorType;
use serde::Serialize;
use std::io::{self, Write};

/// The format: cytoscape.
pub(crate) const SPEC: FormatSpec = FormatSpec {
    name: "cytoscape",
    extension: "cyjs",
    media_type: "application/json",
    parts: &[Part::new("graph.cyjs", |g, o, w| write_cytoscape(g, o.title.as_deref(), w))],
};

#[derive(Serialize)]
struct Element<T> {
    data: T,
    group: &'static str,
}

#[derive(Serialize)]
struct NodeData<'a> {
    id: &'a str,
    value: &'a str,
    name: &'a str,
    label: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    mentions: usize,
    aliases: Vec<&'a str>,
    documents: Vec<&'a str>,
    dates: Vec<&'a str>,
    shape: &'static str,
    color: &'static str,
}

#[derive(Serialize)]
struct EdgeData<'a> {
    id: &'a str,
    source: &'a str,
    target: &'a str,
    key: String,
    label: String,
    relation: &'static str,
    role: &'static str,
    weight: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    cameo: Option<&'a str>,
    symmetric: bool,
    negated: usize,
    hedged: usize,
    documents: Vec<&'a str>,
    dates: Vec<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    quote: Option<&'a str>,
    color: &'static str,
    width: f64,
}

#[derive(Serialize)]
struct GraphData<'a> {
    name: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    documents: usize,
}

/// Cytoscape.js node shapes by actor type.
fn shape(kind: ActorType) -> &'static str {
    match kind {
        ActorType::Person => "ellipse",
        ActorType::Organization => "round-rectangle",
        ActorType::Country => "hexagon",
        ActorType::Location => "tag",
        ActorType::Group => "octagon",
    }
}

fn to_io(e: serde_json::Error) -> io::Error {
    io::Error::other(e)
}

/// Writes `graph` as Cytoscape.js JSON; `title` goes into the graph data.
pub fn write_cytoscape(graph: &KnowledgeGraph, title: Option<&str>, out: &mut dyn Write) -> io::Result<()> {
    let dates = DocumentDates::new(graph);
    out.write_all(
        b"{\"format_version\":\"1.0\",\"generated_by\":\"newsgraph\",\"target_cytoscapejs_version\":\"~3\",",
    )?;
    out.write_all(b"\"data\":")?;
    serde_json::to_writer(&mut *out, &GraphData { name: "newsgraph", title, documents: graph.documents().len() })
        .map_err(to_io)?;
    out.write_all(b",\"directed\":true,\"multigraph\":true,\"elements\":{\"nodes\":[")?;
    for (i, n) in graph.nodes().enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        out.write_all(b"\n")?;
        let data = NodeData {
            id: &n.id,
            value: &n.id,
            name: &n.label,
            label: &n.label,
            kind: n.kind.as_str(),
            mentions: n.mentions,
            aliases: n.aliases.iter().map(String::as_str).collect(),
            documents: n.documents.iter().map(|d| &**d).collect(),
            dates: dates.of_node(n),
            shape: shape(n.kind),
            color: node_style(n.kind).1,
        };
        serde_json::to_writer(&mut *out, &Element { data, group: "nodes" }).map_err(to_io)?;
    }
    out.write_all(b"\n],\"edges\":[")?;
    for (i, (e, id)) in graph.edges().zip(edge_ids(graph)).enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        out.write_all(b"\n")?;
        let (negated, hedged) = negated_hedged(e);
        let data = EdgeData {
            id: &id,
            source: &e.source,
            target: &e.target,
            key: e.key(),
            label: e.label(),
            relation: e.relation.as_str(),
            role: role_name(e.role),
            weight: e.weight,
            cameo: e.cameo.as_deref(),
            symmetric: e.relation.is_symmetric(),
            negated,
            hedged,
            documents: edge_documents(e),
            dates: edge_dates(e),
            quote: edge_quote(e),
            color: relation_color(e.relation),
            width: 1.0 + (e.weight as f64).log2(),
        };
        serde_json::to_writer(&mut *out, &Element { data, group: "edges" }).map_err(to_io)?;
    }
    out.write_all(b"\n]}}\n")
}
