//! Graphviz DOT: actors styled by type, relations coloured by type, edge
//! width by weight, a legend and a title. Every string is quoted and
//! escaped here (graphviz-rust does not escape).

use super::escape::{dot_id, dot_string};
use crate::graph::{KnowledgeGraph, Role};
use crate::record::{ActorType, RelationType};
use std::io::{self, Write};

/// Diagram options.
#[derive(Debug, Clone)]
pub struct DotOptions {
    /// Title shown above the diagram.
    pub title: Option<String>,
    /// Draw a legend of the actor and relation types present.
    pub legend: bool,
}

impl Default for DotOptions {
    fn default() -> DotOptions {
        DotOptions { title: None, legend: true }
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
    writeln!(out, "digraph newsgraph {{")?;
    writeln!(
        out,
        "  graph [charset=\"UTF-8\", rankdir=\"LR\", overlap=\"false\", splines=\"true\", fontname=\"Helvetica\", fontsize=\"16\", labelloc=\"t\"];"
    )?;
    if let Some(title) = &options.title {
        writeln!(out, "  graph [label=\"{}\"];", dot_string(title))?;
    }
    writeln!(out, "  node [style=\"filled\", fontname=\"Helvetica\", fontsize=\"11\"];")?;
    writeln!(out, "  edge [fontname=\"Helvetica\", fontsize=\"9\"];")?;
    for n in graph.nodes() {
        let (shape, fill) = node_style(n.kind);
        writeln!(
            out,
            "  \"{}\" [label=\"{}\", shape=\"{shape}\", fillcolor=\"{fill}\", tooltip=\"{} ({}, {} mentions)\"];",
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
        let label = if e.weight > 1 { format!("{} ×{}", e.label(), e.weight) } else { e.label() };
        writeln!(
            out,
            "  \"{}\" -> \"{}\" [label=\"{}\", color=\"{c}\", fontcolor=\"{c}\", penwidth=\"{width:.2}\", style=\"{style}\"{dir}];",
            dot_id(&e.source),
            dot_id(&e.target),
            dot_string(&label),
            c = relation_color(e.relation),
        )?;
    }
    if options.legend && graph.node_count() > 0 {
        write_legend(graph, out)?;
    }
    writeln!(out, "}}")
}

fn write_legend(graph: &KnowledgeGraph, out: &mut dyn Write) -> io::Result<()> {
    let mut kinds: Vec<ActorType> = graph.nodes().map(|n| n.kind).collect();
    kinds.sort();
    kinds.dedup();
    let mut relations: Vec<RelationType> = graph.edges().map(|e| e.relation).collect();
    relations.sort();
    relations.dedup();
    writeln!(out, "  subgraph \"cluster_legend\" {{")?;
    writeln!(out, "    graph [label=\"Legend\", fontsize=\"11\", style=\"rounded\", color=\"#bbbbbb\"];")?;
    for k in kinds {
        let (shape, fill) = node_style(k);
        writeln!(out, "    \"legend:{k}\" [label=\"{k}\", shape=\"{shape}\", fillcolor=\"{fill}\", fontsize=\"9\"];")?;
    }
    // Relation keys: a small invisible pair per relation with a coloured edge.
    for r in relations {
        writeln!(out, "    \"legend:{r}:a\" [label=\"\", shape=\"point\", width=\"0.05\", style=\"invis\"];")?;
        writeln!(out, "    \"legend:{r}:b\" [label=\"\", shape=\"point\", width=\"0.05\", style=\"invis\"];")?;
        writeln!(
            out,
            "    \"legend:{r}:a\" -> \"legend:{r}:b\" [label=\"{}\", color=\"{c}\", fontcolor=\"{c}\"];",
            r.as_str().replace('_', " "),
            c = relation_color(r)
        )?;
    }
    writeln!(out, "  }}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::GraphBuilder;
    use crate::record::{EntityRef, RelationRecord, Span};

    #[test]
    fn parses_with_graphviz_rust_and_keeps_hostile_labels() {
        let hostile = "Dr. \"Evil\" <script>alert(1)</script> \\ back\nslash";
        let span = Span { text: "x".into(), start: 0, end: 1 };
        let person = |id: &str, name: &str| EntityRef {
            id: id.into(),
            name: name.into(),
            kind: ActorType::Person,
            mention: None,
        };
        let r = RelationRecord {
            doc: "d".into(),
            sentence: 0,
            relation: RelationType::MetWith,
            subject: person("evil", hostile),
            object: Some(person("zoë", "Zoë Ünal")),
            cue: span.clone(),
            content: None,
            about: vec![],
            negated: false,
            hedged: false,
            cameo: None,
            evidence: span,
            role: None,
            date: None,
        };
        let mut b = GraphBuilder::new();
        b.add(&r);
        let mut buf = Vec::new();
        write_dot(&b.finish(), &DotOptions { title: Some("t \"q\"".into()), legend: true }, &mut buf).expect("write");
        let dot = String::from_utf8(buf).expect("utf8");
        graphviz_rust::parse(&dot).expect("graphviz-rust parses our DOT");
        assert!(dot.contains(r#"label="Dr. \"Evil\" <script>alert(1)</script> \\ back\nslash""#), "{dot}");
    }
}
