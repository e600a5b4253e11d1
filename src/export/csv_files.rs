//! CSV tables: Gephi's spreadsheet import (`nodes.csv`, `edges.csv`) and one
//! row per statement (`statements.csv`).
//!
//! Gephi reads `Id,Label` nodes and `Source,Target,Type,Kind,Id,Label,Weight`
//! edges; the relation goes in `Kind` so different relations between the
//! same pair stay separate edges. Gephi's importer treats `\` as an escape
//! character, so backslashes are doubled. Every cell that carries text from
//! the input (names, ids, documents, dates, CAMEO codes, statement text) and
//! that a spreadsheet would run as a formula is neutralised unless turned
//! off (see [`super::escape::spreadsheet_cell`]).

use super::escape::{gephi_cell, spreadsheet_cell};
use crate::graph::{Edge, KnowledgeGraph};
use std::borrow::Cow;
use std::io::{self, Write};

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

/// Timestamps of an edge in Gephi's timeset syntax: `<[2019-01-06,2019-01-07]>`.
fn timeset(e: &Edge) -> String {
    let mut dates: Vec<&str> = e.evidence.iter().filter_map(|v| v.date.as_deref()).collect();
    dates.sort_unstable();
    dates.dedup();
    if dates.is_empty() { String::new() } else { format!("<[{}]>", dates.join(",")) }
}

/// `nodes.csv`: `Id,Label,Type,Mentions,Documents,Aliases`.
pub fn write_nodes_csv(graph: &KnowledgeGraph, o: CsvOptions, out: &mut dyn Write) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(["Id", "Label", "Type", "Mentions", "Documents", "Aliases"]).map_err(to_io)?;
    for n in graph.nodes() {
        let aliases = n.aliases.iter().map(String::as_str).collect::<Vec<_>>().join("; ");
        w.write_record([
            cell(&n.id, o, true).as_ref(),
            cell(&n.label, o, true).as_ref(),
            n.kind.as_str(),
            &n.mentions.to_string(),
            &n.documents.len().to_string(),
            cell(&aliases, o, true).as_ref(),
        ])
        .map_err(to_io)?;
    }
    w.flush()
}

/// `edges.csv`: `Source,Target,Type,Kind,Id,Label,Weight,Role,Cameo,Negated,Hedged,Documents,Timeset`.
pub fn write_edges_csv(graph: &KnowledgeGraph, o: CsvOptions, out: &mut dyn Write) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    let dated = graph.documents().iter().any(|d| d.date.is_some());
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
    for (i, e) in graph.edges().enumerate() {
        let negated = e.evidence.iter().filter(|v| v.negated).count();
        let hedged = e.evidence.iter().filter(|v| v.hedged).count();
        let mut docs: Vec<&str> = e.evidence.iter().map(|v| v.doc.as_str()).collect();
        docs.dedup();
        let docs = docs.join("; ");
        let mut row: Vec<Cow<str>> = vec![
            cell(&e.source, o, true),
            cell(&e.target, o, true),
            Cow::Borrowed(if e.relation.is_symmetric() { "Undirected" } else { "Directed" }),
            Cow::Owned(e.key()),
            Cow::Owned(format!("e{i}")),
            Cow::Owned(e.label()),
            Cow::Owned(e.weight.to_string()),
            Cow::Borrowed(match e.role {
                crate::graph::Role::Object => "object",
                crate::graph::Role::About => "about",
            }),
            cell(e.cameo.as_deref().unwrap_or_default(), o, true),
            Cow::Owned(negated.to_string()),
            Cow::Owned(hedged.to_string()),
            cell(&docs, o, true).into_owned().into(),
        ];
        if dated {
            row.push(Cow::Owned(timeset(e)));
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
        ])
        .map_err(to_io)?;
    }
    w.flush()
}
