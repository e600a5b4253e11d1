//! Writes answers: an aligned table for people, JSON and CSV for programs.
//!
//! Takes an [`Answer`] and the graph it came from (for actor names); gives
//! bytes on any `io::Write`. Every row carries its evidence: the table names
//! the document and sentence (`doc:sentence`), JSON and CSV add the spans
//! (code-point offsets into the article) of the sentence, cue and content.

use super::{Answer, RelationRow};
use crate::export::escape::spreadsheet_cell;
use crate::graph::{Evidence, GraphStats, KnowledgeGraph, Role, Statement};
use crate::record::Span;
use serde::Serialize;
use std::borrow::Cow;
use std::io::{self, Write};

/// How to write an answer.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    /// Aligned columns; `width` caps the "what" column (0 = no cap).
    Table {
        /// Maximum characters of the WHAT column, 0 for all.
        width: usize,
    },
    /// One JSON array of objects.
    Json,
    /// CSV with a header; `raw` leaves spreadsheet formula characters alone.
    Csv {
        /// Do not prefix cells starting with = + - @ with `'`.
        raw: bool,
    },
}

/// An actor as written in JSON.
#[derive(Debug, Serialize)]
struct ActorOut<'a> {
    id: &'a str,
    label: &'a str,
}

fn actor<'a>(g: &'a KnowledgeGraph, id: &'a str) -> ActorOut<'a> {
    ActorOut { id, label: g.node(id).map_or(id, |n| n.label.as_str()) }
}

fn label<'a>(g: &'a KnowledgeGraph, id: &'a str) -> &'a str {
    g.node(id).map_or(id, |n| n.label.as_str())
}

/// "cue: content", or the cue alone.
fn what(cue: &Span, content: Option<&Span>) -> String {
    match content {
        Some(c) if !c.text.is_empty() => format!("{}: {}", cue.text, c.text),
        _ => cue.text.clone(),
    }
}

fn flagged(relation: &str, negated: bool, hedged: bool) -> String {
    match (negated, hedged) {
        (true, true) => format!("{relation} (negated, hedged)"),
        (true, false) => format!("{relation} (negated)"),
        (false, true) => format!("{relation} (hedged)"),
        (false, false) => relation.to_owned(),
    }
}

fn truncate(s: &str, width: usize) -> Cow<'_, str> {
    if width == 0 || s.chars().count() <= width {
        return Cow::Borrowed(s);
    }
    let mut cut: String = s.chars().take(width.saturating_sub(1)).collect();
    cut.push('…');
    Cow::Owned(cut)
}

/// Writes rows as aligned columns; the last column is not padded.
fn write_table(headers: &[&str], rows: &[Vec<String>], out: &mut dyn Write) -> io::Result<()> {
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: &mut dyn Iterator<Item = &str>, out: &mut dyn Write| -> io::Result<()> {
        let mut text = String::new();
        for (i, (cell, w)) in cells.zip(&widths).enumerate() {
            if i + 1 == widths.len() {
                text.push_str(cell);
            } else {
                text.push_str(cell);
                text.extend(std::iter::repeat_n(' ', w - cell.chars().count() + 2));
            }
        }
        writeln!(out, "{}", text.trim_end())
    };
    line(&mut headers.iter().copied(), out)?;
    for row in rows {
        line(&mut row.iter().map(String::as_str), out)?;
    }
    Ok(())
}

/// A CSV error as an I/O error, keeping the I/O error itself (a closed pipe stays one).
fn csv_io(e: csv::Error) -> io::Error {
    if !e.is_io_error() {
        return io::Error::other(e);
    }
    match e.into_kind() {
        csv::ErrorKind::Io(io) => io,
        other => io::Error::other(format!("{other:?}")),
    }
}

fn write_csv(headers: &[&str], rows: &[Vec<String>], raw: bool, out: &mut dyn Write) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(headers).map_err(csv_io)?;
    for row in rows {
        let cells = row.iter().map(|c| if raw { Cow::Borrowed(c.as_str()) } else { spreadsheet_cell(c) });
        w.write_record(cells.map(|c| c.into_owned())).map_err(csv_io)?;
    }
    w.flush()
}

fn source(doc: &str, sentence: usize) -> String {
    format!("{doc}:{sentence}")
}

/// A statement as written in JSON.
#[derive(Debug, Serialize)]
struct StatementOut<'a> {
    speaker: ActorOut<'a>,
    relation: crate::record::RelationType,
    cue: &'a Span,
    content: Option<&'a Span>,
    object: Option<ActorOut<'a>>,
    about: Vec<ActorOut<'a>>,
    negated: bool,
    hedged: bool,
    doc: &'a str,
    sentence: usize,
    date: Option<&'a str>,
    evidence: &'a Span,
    #[serde(skip_serializing_if = "is_one")]
    count: usize,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    also_in: &'a [String],
}

fn is_one(n: &usize) -> bool {
    *n == 1
}

fn statement_out<'a>(g: &'a KnowledgeGraph, s: &'a Statement) -> StatementOut<'a> {
    StatementOut {
        speaker: actor(g, &s.speaker),
        relation: s.relation,
        cue: &s.cue,
        content: s.content.as_ref(),
        object: s.object.as_deref().map(|o| actor(g, o)),
        about: s.about.iter().map(|a| actor(g, a)).collect(),
        negated: s.negated,
        hedged: s.hedged,
        doc: &s.doc,
        sentence: s.sentence,
        date: s.date.as_deref(),
        evidence: &s.evidence,
        count: s.count,
        also_in: &s.also_in,
    }
}

/// A relation row as written in JSON.
#[derive(Debug, Serialize)]
struct RelationOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    hop: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    depth: Option<usize>,
    source: ActorOut<'a>,
    relation: crate::record::RelationType,
    role: Role,
    target: ActorOut<'a>,
    weight: usize,
    evidence: Vec<EvidenceOut<'a>>,
}

/// One mention of a relation as written in JSON.
#[derive(Debug, Serialize)]
struct EvidenceOut<'a> {
    doc: &'a str,
    sentence: usize,
    date: Option<&'a str>,
    cue: &'a Span,
    content: Option<&'a Span>,
    negated: bool,
    hedged: bool,
    evidence: &'a Span,
}

fn evidence_out(e: &Evidence) -> EvidenceOut<'_> {
    EvidenceOut {
        doc: &e.doc,
        sentence: e.sentence,
        date: e.date.as_deref(),
        cue: &e.cue,
        content: e.content.as_ref(),
        negated: e.negated,
        hedged: e.hedged,
        evidence: &e.span,
    }
}

/// The actors a statement is about: its object, then its content's actors.
fn about_ids(s: &Statement) -> Vec<&str> {
    let mut ids: Vec<&str> = s.object.iter().map(String::as_str).collect();
    for a in &s.about {
        if !ids.contains(&a.as_str()) {
            ids.push(a);
        }
    }
    ids
}

fn write_statements(
    g: &KnowledgeGraph,
    rows: &[&Statement],
    format: OutputFormat,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        OutputFormat::Json => {
            let all: Vec<StatementOut<'_>> = rows.iter().map(|s| statement_out(g, s)).collect();
            serde_json::to_writer_pretty(&mut *out, &all)?;
            writeln!(out)
        }
        OutputFormat::Table { width } => {
            let dated = rows.iter().any(|s| s.date.is_some());
            let mut headers = vec!["SPEAKER", "RELATION", "WHAT", "ABOUT", "SOURCE"];
            if dated {
                headers.push("DATE");
            }
            let table: Vec<Vec<String>> = rows
                .iter()
                .map(|s| {
                    let about: Vec<&str> = about_ids(s).into_iter().map(|a| label(g, a)).collect();
                    let mut row = vec![
                        label(g, &s.speaker).to_owned(),
                        flagged(s.relation.as_str(), s.negated, s.hedged),
                        truncate(&what(&s.cue, s.content.as_ref()), width).into_owned(),
                        about.join(", "),
                        source(&s.doc, s.sentence),
                    ];
                    if dated {
                        row.push(s.date.clone().unwrap_or_default());
                    }
                    row
                })
                .collect();
            write_table(&headers, &table, out)
        }
        OutputFormat::Csv { raw } => {
            let headers = [
                "speaker_id",
                "speaker",
                "relation",
                "negated",
                "hedged",
                "cue",
                "content",
                "about_ids",
                "about",
                "doc",
                "sentence",
                "date",
                "evidence_start",
                "evidence_end",
                "cue_start",
                "cue_end",
                "content_start",
                "content_end",
                "evidence",
            ];
            let table: Vec<Vec<String>> = rows
                .iter()
                .map(|s| {
                    let about = about_ids(s);
                    let content = s.content.as_ref();
                    vec![
                        s.speaker.clone(),
                        label(g, &s.speaker).to_owned(),
                        s.relation.as_str().to_owned(),
                        s.negated.to_string(),
                        s.hedged.to_string(),
                        s.cue.text.clone(),
                        content.map(|c| c.text.clone()).unwrap_or_default(),
                        about.join(";"),
                        about.iter().map(|a| label(g, a)).collect::<Vec<_>>().join(";"),
                        s.doc.clone(),
                        s.sentence.to_string(),
                        s.date.clone().unwrap_or_default(),
                        s.evidence.start.to_string(),
                        s.evidence.end.to_string(),
                        s.cue.start.to_string(),
                        s.cue.end.to_string(),
                        content.map(|c| c.start.to_string()).unwrap_or_default(),
                        content.map(|c| c.end.to_string()).unwrap_or_default(),
                        s.evidence.text.clone(),
                    ]
                })
                .collect();
            write_csv(&headers, &table, raw, out)
        }
    }
}

fn relation_name(row: &RelationRow<'_>) -> String {
    match row.edge.role {
        Role::Object => row.edge.relation.as_str().to_owned(),
        Role::About => format!("{} about", row.edge.relation),
    }
}

fn write_relations(
    g: &KnowledgeGraph,
    step: Option<&str>,
    rows: &[RelationRow<'_>],
    format: OutputFormat,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        OutputFormat::Json => {
            let all: Vec<RelationOut<'_>> = rows
                .iter()
                .map(|r| RelationOut {
                    hop: r.step.filter(|_| step == Some("HOP")),
                    depth: r.step.filter(|_| step == Some("DEPTH")),
                    source: actor(g, &r.edge.source),
                    relation: r.edge.relation,
                    role: r.edge.role,
                    target: actor(g, &r.edge.target),
                    weight: r.edge.weight,
                    evidence: r.evidence.iter().map(|e| evidence_out(e)).collect(),
                })
                .collect();
            serde_json::to_writer_pretty(&mut *out, &all)?;
            writeln!(out)
        }
        OutputFormat::Table { width } => {
            let mut headers: Vec<&str> = step.into_iter().collect();
            headers.extend(["FROM", "RELATION", "TO", "MENTIONS", "WHAT", "SOURCE"]);
            let table: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    let first = r.evidence.first();
                    let mut row: Vec<String> =
                        r.step.filter(|_| step.is_some()).map(|n| n.to_string()).into_iter().collect();
                    let more =
                        if r.evidence.len() > 1 { format!(" (+{} more)", r.evidence.len() - 1) } else { String::new() };
                    row.extend([
                        label(g, &r.edge.source).to_owned(),
                        first.map_or_else(|| relation_name(r), |e| flagged(&relation_name(r), e.negated, e.hedged)),
                        label(g, &r.edge.target).to_owned(),
                        if step.is_some() { r.edge.weight.to_string() } else { r.evidence.len().to_string() },
                        first
                            .map(|e| truncate(&what(&e.cue, e.content.as_ref()), width).into_owned())
                            .unwrap_or_default(),
                        first.map(|e| source(&e.doc, e.sentence) + &more).unwrap_or_default(),
                    ]);
                    row
                })
                .collect();
            write_table(&headers, &table, out)
        }
        OutputFormat::Csv { raw } => {
            let mut headers: Vec<&str> = step.map(|_| "step").into_iter().collect();
            headers.extend([
                "source_id",
                "source",
                "relation",
                "role",
                "target_id",
                "target",
                "weight",
                "negated",
                "hedged",
                "cue",
                "content",
                "doc",
                "sentence",
                "date",
                "evidence_start",
                "evidence_end",
                "evidence",
            ]);
            // One line per piece of evidence, so a program sees all of it.
            let mut table = Vec::new();
            for r in rows {
                for e in &r.evidence {
                    let mut row: Vec<String> =
                        r.step.filter(|_| step.is_some()).map(|n| n.to_string()).into_iter().collect();
                    row.extend([
                        r.edge.source.clone(),
                        label(g, &r.edge.source).to_owned(),
                        r.edge.relation.as_str().to_owned(),
                        if r.edge.role == Role::Object { "object" } else { "about" }.to_owned(),
                        r.edge.target.clone(),
                        label(g, &r.edge.target).to_owned(),
                        r.edge.weight.to_string(),
                        e.negated.to_string(),
                        e.hedged.to_string(),
                        e.cue.text.clone(),
                        e.content.as_ref().map(|c| c.text.clone()).unwrap_or_default(),
                        e.doc.clone(),
                        e.sentence.to_string(),
                        e.date.clone().unwrap_or_default(),
                        e.span.start.to_string(),
                        e.span.end.to_string(),
                        e.span.text.clone(),
                    ]);
                    table.push(row);
                }
            }
            write_csv(&headers, &table, raw, out)
        }
    }
}

/// Writes an answer. Nothing found gives a header-only table or CSV and `[]` in JSON.
pub fn write_answer(
    g: &KnowledgeGraph,
    answer: &Answer<'_>,
    format: OutputFormat,
    out: &mut dyn Write,
) -> io::Result<()> {
    match answer {
        Answer::Statements(rows) => write_statements(g, rows, format, out),
        Answer::Between(rows) => write_relations(g, None, rows, format, out),
        Answer::Path(rows) => write_relations(g, Some("HOP"), rows.as_deref().unwrap_or_default(), format, out),
        Answer::Neighbors(rows) => write_relations(g, Some("DEPTH"), rows, format, out),
    }
}

/// Statistics as written in JSON.
#[derive(Debug, Serialize)]
struct StatsOut<'a> {
    documents: usize,
    actors: usize,
    relations: usize,
    statements: usize,
    actor_types: &'a std::collections::BTreeMap<crate::record::ActorType, usize>,
    relation_types: &'a [crate::graph::RelationCount],
    top: TopOut,
    components: &'a [crate::graph::Component],
    actor_stats: &'a [crate::graph::ActorStats],
}

/// The top actors by each measure.
#[derive(Debug, Serialize)]
struct TopOut {
    degree: Vec<crate::graph::Ranked>,
    weighted_degree: Vec<crate::graph::Ranked>,
    pagerank: Vec<crate::graph::Ranked>,
    betweenness: Vec<crate::graph::Ranked>,
}

/// Writes graph statistics: counts, the `top` actors by each centrality,
/// components, and whom the `top` actors by degree talk about (every actor
/// when `all`). JSON holds everything.
pub fn write_stats(stats: &GraphStats, top: usize, all: bool, json: bool, out: &mut dyn Write) -> io::Result<()> {
    if json {
        let v = StatsOut {
            documents: stats.documents,
            actors: stats.actors,
            relations: stats.relations,
            statements: stats.statements,
            actor_types: &stats.actor_types,
            relation_types: &stats.relation_types,
            top: TopOut {
                degree: stats.top(top, |a| a.degree as f64),
                weighted_degree: stats.top(top, |a| a.weighted_degree as f64),
                pagerank: stats.top(top, |a| a.pagerank),
                betweenness: stats.top(top, |a| a.betweenness),
            },
            components: &stats.components,
            actor_stats: &stats.actor_stats,
        };
        serde_json::to_writer_pretty(&mut *out, &v)?;
        return writeln!(out);
    }
    let count_rows = [
        ("documents", stats.documents),
        ("actors", stats.actors),
        ("relations", stats.relations),
        ("statements", stats.statements),
        ("components", stats.components.len()),
    ];
    write_table(&["GRAPH", "COUNT"], &count_rows.map(|(k, v)| vec![k.to_owned(), v.to_string()]), out)?;
    writeln!(out)?;
    let types: Vec<Vec<String>> =
        stats.actor_types.iter().map(|(t, n)| vec![t.as_str().to_owned(), n.to_string()]).collect();
    write_table(&["ACTOR TYPE", "ACTORS"], &types, out)?;
    writeln!(out)?;
    let relations: Vec<Vec<String>> = stats
        .relation_types
        .iter()
        .map(|r| {
            vec![r.relation.as_str().to_owned(), r.edges.to_string(), r.mentions.to_string(), r.statements.to_string()]
        })
        .collect();
    write_table(&["RELATION TYPE", "EDGES", "MENTIONS", "STATEMENTS"], &relations, out)?;
    writeln!(out)?;

    let columns = [
        stats.top(top, |a| a.degree as f64),
        stats.top(top, |a| a.weighted_degree as f64),
        stats.top(top, |a| a.pagerank),
        stats.top(top, |a| a.betweenness),
    ];
    let cell = |r: Option<&crate::graph::Ranked>, count: bool| {
        r.map(|r| if count { format!("{} ({})", r.label, r.value) } else { format!("{} ({:.4})", r.label, r.value) })
            .unwrap_or_default()
    };
    let ranks: Vec<Vec<String>> = (0..columns[0].len())
        .map(|i| {
            vec![
                (i + 1).to_string(),
                cell(columns[0].get(i), true),
                cell(columns[1].get(i), true),
                cell(columns[2].get(i), false),
                cell(columns[3].get(i), false),
            ]
        })
        .collect();
    write_table(&["RANK", "DEGREE", "WEIGHTED DEGREE", "PAGERANK", "BETWEENNESS"], &ranks, out)?;
    writeln!(out)?;

    let comps: Vec<Vec<String>> = stats
        .components
        .iter()
        .take(top)
        .enumerate()
        .map(|(i, c)| {
            let mut members: Vec<&crate::graph::ActorStats> =
                c.actors.iter().filter_map(|a| stats_actor(stats, a)).collect();
            members.sort_by(|a, b| b.degree.cmp(&a.degree).then_with(|| a.id.cmp(&b.id)));
            let mut names: Vec<&str> = members.iter().take(6).map(|a| a.label.as_str()).collect();
            if c.size > names.len() {
                names.push("…");
            }
            vec![(i + 1).to_string(), c.size.to_string(), names.join(", ")]
        })
        .collect();
    write_table(&["COMPONENT", "ACTORS", "MEMBERS"], &comps, out)?;
    if stats.components.len() > top {
        writeln!(out, "({} more components)", stats.components.len() - top)?;
    }
    writeln!(out)?;

    let listed: Vec<&crate::graph::ActorStats> = if all {
        stats.actor_stats.iter().collect()
    } else {
        columns[0].iter().filter_map(|r| stats.actor_stats.iter().find(|a| a.id == r.id)).collect()
    };
    let talk = |list: &[crate::graph::Ranked]| {
        list.iter().map(|r| format!("{} ({})", r.label, r.value)).collect::<Vec<_>>().join(", ")
    };
    let rows: Vec<Vec<String>> =
        listed.iter().map(|a| vec![a.label.clone(), talk(&a.talks_about), talk(&a.talked_about_by)]).collect();
    write_table(&["ACTOR", "TALKS ABOUT MOST", "TALKED ABOUT MOST BY"], &rows, out)
}

/// An actor's measures by id (`actor_stats` is sorted by id).
fn stats_actor<'a>(stats: &'a GraphStats, id: &str) -> Option<&'a crate::graph::ActorStats> {
    stats.actor_stats.binary_search_by(|a| a.id.as_str().cmp(id)).ok().map(|i| &stats.actor_stats[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_align_and_truncate() {
        let mut out = Vec::new();
        let rows = vec![vec!["a".into(), "long cell".into(), "x".into()], vec!["bbb".into(), "c".into(), "".into()]];
        write_table(&["A", "B", "C"], &rows, &mut out).expect("write");
        assert_eq!(String::from_utf8(out).expect("utf8"), "A    B          C\na    long cell  x\nbbb  c\n");
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 0), "abc");
    }
}
