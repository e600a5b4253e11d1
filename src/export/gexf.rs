//! GEXF 1.3, Gephi's native format.
//!
//! Attributes are declared with types; edges are directed by default
//! (symmetric relations carry `symmetric=true`), each with its relation in
//! `kind` so that Gephi keeps different relations between the same pair
//! apart; when articles have dates the graph is dynamic and nodes and edges
//! carry one-day spells. Written element by element to the output.

use super::attrs::{DocumentDates, edge_dates, edge_documents, edge_ids, negated_hedged, rgb, role_name};
use super::dot::{node_style, relation_color};
use super::escape::write_xml;
use super::{FormatSpec, Part};
use crate::graph::KnowledgeGraph;
use crate::record::ActorType;
use std::io::{self, Write};

/// The format: gexf.
pub(crate) const SPEC: FormatSpec = FormatSpec {
    name: "gexf",
    extension: "gexf",
    media_type: "application/gexf+xml",
    parts: &[Part::new("graph.gexf", |g, o, w| write_gexf(g, o.title.as_deref(), w))],
};

const NODE_ATTRIBUTES: [(&str, &str); 4] =
    [("type", "string"), ("mentions", "integer"), ("documents", "string"), ("aliases", "string")];

const EDGE_ATTRIBUTES: [(&str, &str); 9] = [
    ("relation", "string"),
    ("role", "string"),
    ("cameo", "string"),
    ("symmetric", "boolean"),
    ("mentions", "integer"),
    ("negated", "integer"),
    ("hedged", "integer"),
    ("documents", "string"),
    ("quote", "string"),
];

/// Gephi's node shapes (`viz:shape`) by actor type.
fn viz_shape(kind: ActorType) -> &'static str {
    match kind {
        ActorType::Person => "disc",
        ActorType::Organization => "square",
        ActorType::Country => "diamond",
        ActorType::Location | ActorType::Group => "triangle",
    }
}

fn attr(out: &mut dyn Write, name: &str, value: &str) -> io::Result<()> {
    write!(out, " {name}=\"")?;
    write_xml(out, value, true)?;
    out.write_all(b"\"")
}

fn attvalue(out: &mut dyn Write, key: &str, value: &str) -> io::Result<()> {
    write!(out, "          <attvalue for=\"{key}\"")?;
    attr(out, "value", value)?;
    out.write_all(b"/>\n")
}

fn spells(out: &mut dyn Write, dates: &[&str]) -> io::Result<()> {
    if dates.is_empty() {
        return Ok(());
    }
    writeln!(out, "        <spells>")?;
    for d in dates {
        write!(out, "          <spell")?;
        attr(out, "start", d)?;
        attr(out, "end", d)?;
        writeln!(out, "/>")?;
    }
    writeln!(out, "        </spells>")
}

/// Writes `graph` as GEXF 1.3; `title` goes into the metadata.
pub fn write_gexf(graph: &KnowledgeGraph, title: Option<&str>, out: &mut dyn Write) -> io::Result<()> {
    let dates = DocumentDates::new(graph);
    writeln!(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
    writeln!(
        out,
        "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">"
    )?;
    writeln!(out, "  <meta>")?;
    writeln!(out, "    <creator>newsgraph</creator>")?;
    if let Some(t) = title {
        write!(out, "    <description>")?;
        write_xml(out, t, false)?;
        writeln!(out, "</description>")?;
    }
    writeln!(out, "  </meta>")?;
    if dates.any() {
        writeln!(
            out,
            "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\" name=\"newsgraph\">"
        )?;
    } else {
        writeln!(out, "  <graph defaultedgetype=\"directed\" mode=\"static\" name=\"newsgraph\">")?;
    }
    for (class, list) in [("node", &NODE_ATTRIBUTES[..]), ("edge", &EDGE_ATTRIBUTES[..])] {
        writeln!(out, "    <attributes class=\"{class}\" mode=\"static\">")?;
        for (id, kind) in list {
            writeln!(out, "      <attribute id=\"{id}\" title=\"{id}\" type=\"{kind}\"/>")?;
        }
        writeln!(out, "    </attributes>")?;
    }

    writeln!(out, "    <nodes>")?;
    for n in graph.nodes() {
        write!(out, "      <node")?;
        attr(out, "id", &n.id)?;
        attr(out, "label", &n.label)?;
        writeln!(out, ">")?;
        writeln!(out, "        <attvalues>")?;
        attvalue(out, "type", n.kind.as_str())?;
        attvalue(out, "mentions", &n.mentions.to_string())?;
        attvalue(out, "documents", &n.documents.iter().map(|d| &**d).collect::<Vec<_>>().join("; "))?;
        attvalue(out, "aliases", &n.aliases.iter().map(String::as_str).collect::<Vec<_>>().join("; "))?;
        writeln!(out, "        </attvalues>")?;
        spells(out, &dates.of_node(n))?;
        let (r, g, b) = rgb(node_style(n.kind).1);
        writeln!(out, "        <viz:color r=\"{r}\" g=\"{g}\" b=\"{b}\"/>")?;
        writeln!(out, "        <viz:size value=\"{:.1}\"/>", 10.0 + 4.0 * (n.mentions.max(1) as f64).log2())?;
        writeln!(out, "        <viz:shape value=\"{}\"/>", viz_shape(n.kind))?;
        writeln!(out, "      </node>")?;
    }
    writeln!(out, "    </nodes>")?;

    writeln!(out, "    <edges>")?;
    for (e, id) in graph.edges().zip(edge_ids(graph)) {
        write!(out, "      <edge")?;
        attr(out, "id", &id)?;
        attr(out, "source", &e.source)?;
        attr(out, "target", &e.target)?;
        attr(out, "kind", &e.key())?;
        attr(out, "label", &e.label())?;
        writeln!(out, " weight=\"{}\">", e.weight)?;
        let (negated, hedged) = negated_hedged(e);
        writeln!(out, "        <attvalues>")?;
        attvalue(out, "relation", e.relation.as_str())?;
        attvalue(out, "role", role_name(e.role))?;
        if let Some(c) = &e.cameo {
            attvalue(out, "cameo", c)?;
        }
        attvalue(out, "symmetric", if e.relation.is_symmetric() { "true" } else { "false" })?;
        attvalue(out, "mentions", &e.weight.to_string())?;
        attvalue(out, "negated", &negated.to_string())?;
        attvalue(out, "hedged", &hedged.to_string())?;
        attvalue(out, "documents", &edge_documents(e).join("; "))?;
        if let Some(q) = super::attrs::edge_quote(e) {
            attvalue(out, "quote", q)?;
        }
        writeln!(out, "        </attvalues>")?;
        spells(out, &edge_dates(e))?;
        let (r, g, b) = rgb(relation_color(e.relation));
        writeln!(out, "        <viz:color r=\"{r}\" g=\"{g}\" b=\"{b}\"/>")?;
        writeln!(out, "      </edge>")?;
    }
    writeln!(out, "    </edges>")?;
    writeln!(out, "  </graph>")?;
    writeln!(out, "</gexf>")
}
