//! Graphviz DOT: actors styled by type (shape and colour), relations
//! coloured by type, edge width by weight, statements as labelled dashed
//! edges with the quote as tooltip, a legend and a title with the source
//! and the counts. Every string is quoted and escaped here (graphviz-rust
//! does not escape).
//!
//! Small graphs get a left-to-right layout; large ones (more than
//! [`DotOptions::COMPACT_NODES`] actors) size actor labels by mentions and
//! ask the layout to remove overlaps. Edges are labelled up to
//! [`DotOptions::LABELLED_EDGES`] edges; above, the legend's colours name
//! the relations, so 300 actors stay legible.

use super::attrs::edge_quote;
use super::escape::{dot_id, dot_string};
use super::{FormatSpec, Part};
use crate::graph::{KnowledgeGraph, Role};
use crate::record::{ActorType, RelationType};
use std::io::{self, Write};

/// The format: dot.
pub(crate) const SPEC: FormatSpec = FormatSpec {
    name: "dot",
    extension: "dot",
    media_type: "text/vnd.graphviz",
    parts: &[Part::new("graph.dot", |g, o, w| write_dot(g, &o.dot(), w))],
};

/// A Graphviz layout engine.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Layout {
    /// Layered, left to right: small graphs, flows.
    Dot,
    /// Spring model.
    Neato,
    /// Force-directed.
    Fdp,
    /// Scalable force-directed: large graphs.
    Sfdp,
    /// Circular.
    Circo,
}

impl Layout {
    /// Every layout.
    pub const ALL: &'static [Layout] = &[Layout::Dot, Layout::Neato, Layout::Fdp, Layout::Sfdp, Layout::Circo];

    /// The engine's name (`dot -K NAME`).
    ///
    /// ```
    /// assert_eq!(newsgraph::export::Layout::Sfdp.name(), "sfdp");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Layout::Dot => "dot",
            Layout::Neato => "neato",
            Layout::Fdp => "fdp",
            Layout::Sfdp => "sfdp",
            Layout::Circo => "circo",
        }
    }

    /// The layout with this name.
    pub fn from_name(name: &str) -> Option<Layout> {
        Layout::ALL.iter().copied().find(|l| l.name() == name)
    }

    /// The layout that suits a graph of this many actors.
    pub fn for_size(nodes: usize) -> Layout {
        if nodes <= DotOptions::COMPACT_NODES { Layout::Dot } else { Layout::Sfdp }
    }
}

/// Diagram options.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct DotOptions {
    /// Title shown above the diagram (e.g. the source); the counts are added below it.
    pub title: Option<String>,
    /// Draw a legend of the actor and relation types present.
    pub legend: bool,
    /// Label edges with their relation; `None`: only in graphs up to [`DotOptions::LABELLED_EDGES`] edges.
    pub edge_labels: Option<bool>,
    /// Layout engine named in the file (`layout=`); `None` leaves it to the reader.
    pub layout: Option<Layout>,
}

impl Default for DotOptions {
    fn default() -> DotOptions {
        DotOptions { title: None, legend: true, edge_labels: None, layout: None }
    }
}

impl DotOptions {
    /// Above this many actors the diagram is compact.
    pub const COMPACT_NODES: usize = 40;

    /// Up to this many edges, edges are labelled by default.
    pub const LABELLED_EDGES: usize = 80;

    /// Default options with a title.
    pub fn with_title(title: impl Into<String>) -> DotOptions {
        DotOptions { title: Some(title.into()), ..DotOptions::default() }
    }

    /// Sets whether to draw the legend.
    #[must_use]
    pub fn legend(mut self, legend: bool) -> DotOptions {
        self.legend = legend;
        self
    }

    /// Sets edge labels on or off (`None`: by size).
    #[must_use]
    pub fn edge_labels(mut self, on: Option<bool>) -> DotOptions {
        self.edge_labels = on;
        self
    }

    /// Sets the layout engine named in the file.
    #[must_use]
    pub fn layout(mut self, layout: Option<Layout>) -> DotOptions {
        self.layout = layout;
        self
    }
}

/// Shape and fill colour of an actor type.
pub fn node_style(kind: ActorType) -> (&'static str, &'static str) {
    match kind {
        ActorType::Person => ("ellipse", "#cfe2f3"),
        ActorType::Organization => ("box", "#d9ead3"),
        ActorType::Country => ("hexagon", "#fce5cd"),
        ActorType::Location => ("house", "#ead1dc"),
        ActorType::Group => ("octagon", "#fff2cc"),
    }
}

/// Edge colour of a relation type.
pub fn relation_color(r: RelationType) -> &'static str {
    use RelationType::*;
    match r {
        Said => "#555555",
        Proposed => "#1c4587",
        Requested => "#3d85c6",
        Demanded => "#0b5394",
        Refuted => "#b45f06",
        Rejected => "#e69138",
        Criticized => "#cc0000",
        Supported => "#38761d",
        Threatened => "#990000",
        Promised => "#6aa84f",
        MetWith => "#674ea7",
        SpokeWith => "#8e7cc3",
        AgreedWith => "#274e13",
        Attacked => "#660000",
        Aided => "#45818e",
        Sanctioned => "#a61c00",
        AffiliatedWith => "#999999",
    }
}

/// Writes `graph` as DOT.
pub fn write_dot(graph: &KnowledgeGraph, options: &DotOptions, out: &mut dyn Write) -> io::Result<()> {
    let compact = graph.node_count() > DotOptions::COMPACT_NODES;
    let edge_labels = options.edge_labels.unwrap_or(graph.edge_count() <= DotOptions::LABELLED_EDGES);
    writeln!(out, "digraph newsgraph {{")?;
    writeln!(
        out,
        "  graph [charset=\"UTF-8\", rankdir=\"LR\", fontname=\"Helvetica\", fontsize=\"16\", labelloc=\"t\", \
         bgcolor=\"white\", pad=\"0.3\", nodesep=\"0.3\", ranksep=\"0.6\"];"
    )?;
    if compact {
        writeln!(
            out,
            "  graph [overlap=\"prism\", overlap_scaling=\"-4\", splines=\"false\", outputorder=\"edgesfirst\", K=\"{}\", repulsiveforce=\"1.5\"];",
            // Edge labels need longer edges.
            if edge_labels { "1.2" } else { "0.6" }
        )?;
    } else {
        writeln!(out, "  graph [overlap=\"false\", splines=\"true\"];")?;
    }
    if let Some(layout) = options.layout {
        writeln!(out, "  graph [layout=\"{}\"];", layout.name())?;
    }
    let mut title = options.title.clone().unwrap_or_else(|| "newsgraph".to_owned());
    title.push_str(&format!("\n{} actors, {} relations", graph.node_count(), graph.edge_count()));
    writeln!(out, "  graph [label=\"{}\"];", dot_string(&title))?;
    writeln!(out, "  node [style=\"filled\", fontname=\"Helvetica\", fontsize=\"11\", color=\"#666666\"];")?;
    writeln!(out, "  edge [fontname=\"Helvetica\", fontsize=\"9\", arrowsize=\"0.7\"];")?;
    let most = graph.nodes().map(|n| n.mentions).max().unwrap_or(1).max(1) as f64;
    for n in graph.nodes() {
        let (shape, fill) = node_style(n.kind);
        let size = if compact {
            // 8 pt for the least mentioned actors up to 20 pt for the most.
            format!(
                ", fontsize=\"{:.1}\", margin=\"0.04\"",
                8.0 + 12.0 * (n.mentions.max(1) as f64).ln() / most.ln().max(1.0)
            )
        } else {
            String::new()
        };
        writeln!(
            out,
            "  \"{}\" [label=\"{}\", shape=\"{shape}\", fillcolor=\"{fill}\", tooltip=\"{} ({}, {} mentions)\"{size}];",
            dot_id(&n.id),
            dot_string(&n.label),
            dot_string(&n.label),
            n.kind,
            n.mentions
        )?;
    }
    for e in graph.edges() {
        let width = 1.0 + (e.weight as f64).log2();
        let style = match (e.role, e.relation.is_symmetric()) {
            (Role::About, _) => "dashed",
            (_, true) => "bold",
            _ => "solid",
        };
        let dir = if e.relation.is_symmetric() { ", dir=\"both\"" } else { "" };
        let name = if e.weight > 1 { format!("{} ×{}", e.label(), e.weight) } else { e.label() };
        let label = if edge_labels { format!(", label=\"{}\"", dot_string(&name)) } else { String::new() };
        let tooltip = match edge_quote(e) {
            Some(q) => format!("{name}: \u{201c}{q}\u{201d}"),
            None => name.clone(),
        };
        writeln!(
            out,
            "  \"{}\" -> \"{}\" [color=\"{c}\", fontcolor=\"{c}\", penwidth=\"{width:.2}\", style=\"{style}\"{dir}{label}, tooltip=\"{}\"];",
            dot_id(&e.source),
            dot_id(&e.target),
            dot_string(&tooltip),
            c = relation_color(e.relation),
        )?;
    }
    if options.legend && graph.node_count() > 0 {
        write_legend(graph, out)?;
    }
    writeln!(out, "}}")
}

/// The legend: one table node (it works in every layout engine, unlike a
/// cluster) with a row per actor type present (its colour and shape) and
/// per relation type present (its colour and line).
fn write_legend(graph: &KnowledgeGraph, out: &mut dyn Write) -> io::Result<()> {
    let mut kinds: Vec<ActorType> = graph.nodes().map(|n| n.kind).collect();
    kinds.sort();
    kinds.dedup();
    let mut relations: Vec<RelationType> = graph.edges().map(|e| e.relation).collect();
    relations.sort();
    relations.dedup();
    let statements = graph.edges().any(|e| e.role == Role::About);
    write!(
        out,
        "  \"newsgraph:legend\" [shape=\"plain\", style=\"\", tooltip=\"legend\", label=<<TABLE BORDER=\"1\" COLOR=\"#bbbbbb\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"3\">\
         <TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>"
    )?;
    for k in kinds {
        let (shape, fill) = node_style(k);
        write!(
            out,
            "<TR><TD BGCOLOR=\"{fill}\" BORDER=\"1\" COLOR=\"#666666\">{shape}</TD><TD ALIGN=\"LEFT\">{k}</TD></TR>"
        )?;
    }
    for r in relations {
        write!(
            out,
            "<TR><TD><FONT COLOR=\"{c}\">━━━</FONT></TD><TD ALIGN=\"LEFT\"><FONT COLOR=\"{c}\">{}</FONT></TD></TR>",
            r.as_str().replace('_', " "),
            c = relation_color(r)
        )?;
    }
    if statements {
        write!(out, "<TR><TD>╌╌╌</TD><TD ALIGN=\"LEFT\">statement about</TD></TR>")?;
    }
    writeln!(out, "</TABLE>>];")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::GraphBuilder;
    use crate::record::{EntityRef, RelationRecord};

    #[test]
    fn parses_with_graphviz_rust_and_keeps_hostile_labels() {
        let hostile = "Dr. \"Evil\" <script>alert(1)</script> \\ back\nslash";
        let person = |id: &str, name: &str| EntityRef {
            id: id.into(),
            name: name.into(),
            kind: ActorType::Person,
            mention: None,
        };
        let r = RelationRecord::for_test(person("evil", hostile), RelationType::MetWith, person("zoë", "Zoë Ünal"));
        let mut b = GraphBuilder::new();
        b.add(&r);
        let mut buf = Vec::new();
        write_dot(&b.finish(), &DotOptions::with_title("t \"q\""), &mut buf).expect("write");
        let dot = String::from_utf8(buf).expect("utf8");
        graphviz_rust::parse(&dot).expect("graphviz-rust parses our DOT");
        assert!(dot.contains(r#"label="Dr. \"Evil\" <script>alert(1)</script> \\ back\nslash""#), "{dot}");
    }
}
