//! GraphML, read by NetworkX, yEd, Cytoscape desktop and igraph.
//!
//! Every attribute is declared with `attr.type` (`string`, `int`,
//! `boolean`) so readers get typed values. Edges are directed, with the
//! relation in `relation` and `key` (NetworkX reads parallel edges into a
//! multigraph keyed by edge id). Empty values are left out: NetworkX would
//! read an empty `<data>` as the string "None". Written element by element.

use super::attrs::{DocumentDates, edge_dates, edge_documents, edge_ids, edge_quote, negated_hedged, role_name};
use super::escape::write_xml;
use super::{FormatSpec, Part};
use crate::graph::KnowledgeGraph;
use std::io::{self, Write};

/// The format: graphml.
pub(crate) const SPEC: FormatSpec = FormatSpec {
    name: "graphml",
    extension: "graphml",
    media_type: "application/graphml+xml",
    parts: &[Part::new("graph.graphml", |g, o, w| write_graphml(g, o.title.as_deref(), w))],
};

/// (key id, for, attr.name, attr.type).
const KEYS: [(&str, &str, &str, &str); 20] = [
    ("g_title", "graph", "title", "string"),
    ("n_label", "node", "label", "string"),
    ("n_type", "node", "type", "string"),
    ("n_mentions", "node", "mentions", "int"),
    ("n_documents", "node", "documents", "string"),
    ("n_aliases", "node", "aliases", "string"),
    ("n_dates", "node", "dates", "string"),
    ("e_key", "edge", "key", "string"),
    ("e_label", "edge", "label", "string"),
    ("e_relation", "edge", "relation", "string"),
    ("e_role", "edge", "role", "string"),
    ("e_weight", "edge", "weight", "int"),
    ("e_cameo", "edge", "cameo", "string"),
    ("e_symmetric", "edge", "symmetric", "boolean"),
    ("e_negated", "edge", "negated", "int"),
    ("e_hedged", "edge", "hedged", "int"),
    ("e_documents", "edge", "documents", "string"),
    ("e_dates", "edge", "dates", "string"),
    ("e_quote", "edge", "quote", "string"),
    ("g_documents", "graph", "documents", "int"),
];

fn attr(out: &mut dyn Write, name: &str, value: &str) -> io::Result<()> {
    write!(out, " {name}=\"")?;
    write_xml(out, value, true)?;
    out.write_all(b"\"")
}

fn data(out: &mut dyn Write, indent: &str, key: &str, value: &str) -> io::Result<()> {
    if value.is_empty() {
        return Ok(());
    }
    write!(out, "{indent}<data key=\"{key}\">")?;
    write_xml(out, value, false)?;
    writeln!(out, "</data>")
}

/// Writes `graph` as GraphML; `title` becomes a graph attribute.
pub fn write_graphml(graph: &KnowledgeGraph, title: Option<&str>, out: &mut dyn Write) -> io::Result<()> {
    let dates = DocumentDates::new(graph);
    writeln!(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
    writeln!(
        out,
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns \
         http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">"
    )?;
    for (id, of, name, kind) in KEYS {
        writeln!(out, "  <key id=\"{id}\" for=\"{of}\" attr.name=\"{name}\" attr.type=\"{kind}\"/>")?;
    }
    writeln!(out, "  <graph id=\"newsgraph\" edgedefault=\"directed\">")?;
    if let Some(t) = title {
        data(out, "    ", "g_title", t)?;
    }
    data(out, "    ", "g_documents", &graph.documents().len().to_string())?;
    for n in graph.nodes() {
        write!(out, "    <node")?;
        attr(out, "id", &n.id)?;
        writeln!(out, ">")?;
        data(out, "      ", "n_label", &n.label)?;
        data(out, "      ", "n_type", n.kind.as_str())?;
        data(out, "      ", "n_mentions", &n.mentions.to_string())?;
        data(out, "      ", "n_documents", &n.documents.iter().map(|d| &**d).collect::<Vec<_>>().join("; "))?;
        data(out, "      ", "n_aliases", &n.aliases.iter().map(String::as_str).collect::<Vec<_>>().join("; "))?;
        let d = dates.of_node(n);
        if !d.is_empty() {
            data(out, "      ", "n_dates", &d.join("; "))?;
        }
        writeln!(out, "    </node>")?;
    }
    for (e, id) in graph.edges().zip(edge_ids(graph)) {
        write!(out, "    <edge")?;
        attr(out, "id", &id)?;
        attr(out, "source", &e.source)?;
        attr(out, "target", &e.target)?;
        writeln!(out, ">")?;
        let (negated, hedged) = negated_hedged(e);
        data(out, "      ", "e_key", &e.key())?;
        data(out, "      ", "e_label", &e.label())?;
        data(out, "      ", "e_relation", e.relation.as_str())?;
        data(out, "      ", "e_role", role_name(e.role))?;
        data(out, "      ", "e_weight", &e.weight.to_string())?;
        if let Some(c) = &e.cameo {
            data(out, "      ", "e_cameo", c)?;
        }
        data(out, "      ", "e_symmetric", if e.relation.is_symmetric() { "true" } else { "false" })?;
        data(out, "      ", "e_negated", &negated.to_string())?;
        data(out, "      ", "e_hedged", &hedged.to_string())?;
        data(out, "      ", "e_documents", &edge_documents(e).join("; "))?;
        let d = edge_dates(e);
        if !d.is_empty() {
            data(out, "      ", "e_dates", &d.join("; "))?;
        }
        if let Some(q) = edge_quote(e) {
            data(out, "      ", "e_quote", q)?;
        }
        writeln!(out, "    </edge>")?;
    }
    writeln!(out, "  </graph>")?;
    writeln!(out, "</graphml>")
}
