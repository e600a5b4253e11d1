//! CSV tables: Gephi's spreadsheet import (`nodes.csv`, `edges.csv`) and one
//! row per statement (`statements.csv`).
//!
//! Gephi reads `Id,Label` nodes and `Source,Target,Type,Kind,Id,Label,Weight`
//! edges; the relation goes in `Kind` so different relations between the
//! same pair stay separate edges. Gephi's importer (Apache Commons CSV with
//! `\` as escape character, trimmed cells, empty cell = no value) would eat
//! single backslashes, so they are doubled. When articles have dates, both
//! tables get a `Timeset` column (`<[2024-03-01, 2024-03-04]>`) that Gephi
//! reads as a timestamp set. Cells that a spreadsheet would run as a formula
//! are neutralised unless turned off.

use super::attrs::{DocumentDates, edge_dates, edge_ids, role_name, timeset};
use super::escape::{gephi_cell, spreadsheet_cell};
use super::{FormatSpec, Part};
use crate::graph::KnowledgeGraph;
use std::borrow::Cow;
use std::io::{self, Write};

/// The format: gephi.
pub(crate) const SPEC: FormatSpec = FormatSpec {
    name: "gephi",
    extension: "csv",
    media_type: "text/csv",
    parts: &[
        Part::new("nodes.csv", |g, o, w| write_nodes_csv(g, o.csv, w)),
        Part::new("edges.csv", |g, o, w| write_edges_csv(g, o.csv, w)),
        Part::new("statements.csv", |g, o, w| write_statements_csv(g, o.csv, w)),
    ],
};

/// CSV options.
#[derive(Debug, Clone, Copy)]
pub struct CsvOptions {
    /// Prefix cells starting with `=`, `+`, `-`, `@`, tab or CR with `'`.
    pub neutralise_formulas: bool,
}

impl Default for CsvOptions {
    fn default() -> CsvOptions {
        CsvOptions { neutralise_formulas: true }
    }
}

fn cell<'a>(s: &'a str, o: CsvOptions, gephi: bool) -> Cow<'a, str> {
    let s: Cow<'a, str> = if gephi { gephi_cell(s) } else { Cow::Borrowed(s) };
    if o.neutralise_formulas {
        match spreadsheet_cell(&s) {
            Cow::Borrowed(_) => s,
            Cow::Owned(x) => Cow::Owned(x),
        }
    } else {
        s
    }
}

fn to_io(e: csv::Error) -> io::Error {
    io::Error::other(e)
}

/// `nodes.csv`: `Id,Label,Type,Mentions,Documents,Aliases[,Timeset]`.
pub fn write_nodes_csv(graph: &KnowledgeGraph, o: CsvOptions, out: &mut dyn Write) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    let dates = DocumentDates::new(graph);
    let mut header = vec!["Id", "Label", "Type", "Mentions", "Documents", "Aliases"];
    if dates.any() {
        header.push("Timeset");
    }
    w.write_record(&header).map_err(to_io)?;
    for n in graph.nodes() {
        let aliases = n.aliases.iter().map(String::as_str).collect::<Vec<_>>().join("; ");
        let mut row: Vec<Cow<str>> = vec![
            cell(&n.id, o, true),
            cell(&n.label, o, true),
            Cow::Borrowed(n.kind.as_str()),
            Cow::Owned(n.mentions.to_string()),
            Cow::Owned(n.documents.len().to_string()),
            cell(&aliases, o, true).into_owned().into(),
        ];
        if dates.any() {
            row.push(Cow::Owned(timeset(&dates.of_node(n))));
        }
        w.write_record(row.iter().map(|c| c.as_ref())).map_err(to_io)?;
    }
    w.flush()
}

/// `edges.csv`: `Source,Target,Type,Kind,Id,Label,Weight,Role,Cameo,Negated,Hedged,Documents,Timeset`.
pub fn write_edges_csv(graph: &KnowledgeGraph, o: CsvOptions, out: &mut dyn Write) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    let dated = DocumentDates::new(graph).any();
    let mut header = vec![
        "Source",
        "Target",
        "Type",
        "Kind",
        "Id",
        "Label",
        "Weight",
        "Role",
        "Cameo",
        "Negated",
        "Hedged",
        "Documents",
    ];
    if dated {
        header.push("Timeset");
    }
    w.write_record(&header).map_err(to_io)?;
    for (e, id) in graph.edges().zip(edge_ids(graph)) {
        let negated = e.evidence.iter().filter(|v| v.negated).count();
        let hedged = e.evidence.iter().filter(|v| v.hedged).count();
        let docs = super::attrs::edge_documents(e).join("; ");
        let mut row: Vec<Cow<str>> = vec![
            cell(&e.source, o, true),
            cell(&e.target, o, true),
            Cow::Borrowed(if e.relation.is_symmetric() { "Undirected" } else { "Directed" }),
            Cow::Owned(e.key()),
            cell(&id, o, true).into_owned().into(),
            Cow::Owned(e.label()),
            Cow::Owned(e.weight.to_string()),
            Cow::Borrowed(role_name(e.role)),
            Cow::Owned(e.cameo.clone().unwrap_or_default()),
            Cow::Owned(negated.to_string()),
            Cow::Owned(hedged.to_string()),
            cell(&docs, o, true).into_owned().into(),
        ];
        if dated {
            row.push(Cow::Owned(timeset(&edge_dates(e))));
        }
        w.write_record(row.iter().map(|c| c.as_ref())).map_err(to_io)?;
    }
    w.flush()
}

/// `statements.csv`: one row per statement.
pub fn write_statements_csv(graph: &KnowledgeGraph, o: CsvOptions, out: &mut dyn Write) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "speaker",
        "relation",
        "cue",
        "content",
        "object",
        "about",
        "negated",
        "hedged",
        "doc",
        "sentence",
        "date",
        "content_start",
        "content_end",
        "count",
    ])
    .map_err(to_io)?;
    let name = |id: &str| graph.node(id).map_or_else(|| id.to_owned(), |n| n.label.clone());
    for s in graph.statements() {
        let about = s.about.iter().map(|a| name(a)).collect::<Vec<_>>().join("; ");
        let (content, cs, ce) = match &s.content {
            Some(c) => (c.text.as_str(), c.start.to_string(), c.end.to_string()),
            None => ("", String::new(), String::new()),
        };
        let object = s.object.as_deref().map(name).unwrap_or_default();
        w.write_record([
            cell(&name(&s.speaker), o, false).as_ref(),
            s.relation.as_str(),
            cell(&s.cue.text, o, false).as_ref(),
            cell(content, o, false).as_ref(),
            cell(&object, o, false).as_ref(),
            cell(&about, o, false).as_ref(),
            if s.negated { "true" } else { "false" },
            if s.hedged { "true" } else { "false" },
            cell(&s.doc, o, false).as_ref(),
            &s.sentence.to_string(),
            cell(s.date.as_deref().unwrap_or(""), o, false).as_ref(),
            &cs,
            &ce,
            &s.count.to_string(),
        ])
        .map_err(to_io)?;
    }
    w.flush()
}
