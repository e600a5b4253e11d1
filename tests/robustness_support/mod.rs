//! Invariants shared by the robustness tests, the property tests and the
//! fuzz targets (`fuzz/fuzz_targets/*.rs` include this file by path).
//!
//! Each check returns `Err(description)` instead of panicking, so a property
//! test can shrink and a fuzz target can panic with a readable message.
#![allow(dead_code)]

use newsgraph::export::{self, CsvOptions, DotOptions};
use newsgraph::extract::{Extractor, MentionRecord};
use newsgraph::graph::{GraphBuilder, GraphFile, KnowledgeGraph};
use newsgraph::record::{ActorType, EntityRef, RelationRecord, RelationType, Span};
use newsgraph::text::{Document, IngestOptions, InputItem, read_reader};
use std::collections::BTreeMap;

/// `span` really is `text[start:end]` (code points), as the spec promises.
pub fn check_span(chars: &[char], what: &str, span: &Span) -> Result<(), String> {
    let slice = chars.get(span.start..span.end).ok_or_else(|| {
        format!("{what} span {}..{} out of range (text has {} characters)", span.start, span.end, chars.len())
    })?;
    if slice.iter().copied().ne(span.text.chars()) {
        let found: String = slice.iter().collect();
        return Err(format!("{what} span {}..{} is {found:?}, record says {:?}", span.start, span.end, span.text));
    }
    Ok(())
}

/// Every span of every record matches the document text.
pub fn check_record_spans(text: &str, records: &[RelationRecord]) -> Result<(), String> {
    let chars: Vec<char> = text.chars().collect();
    for r in records {
        let entities = std::iter::once(("subject", &r.subject))
            .chain(r.object.iter().map(|o| ("object", o)))
            .chain(r.about.iter().map(|a| ("about", a)));
        for (what, e) in entities {
            if let Some(m) = &e.mention {
                check_span(&chars, what, m)?;
            }
        }
        check_span(&chars, "cue", &r.cue)?;
        check_span(&chars, "evidence", &r.evidence)?;
        if let Some(c) = &r.content {
            check_span(&chars, "content", c)?;
        }
        r.validate().map_err(|e| format!("extractor wrote a record its own reader rejects: {e}"))?;
    }
    Ok(())
}

/// Every mention of `extract --mentions` matches the document text.
pub fn check_mention_spans(text: &str, mentions: &[MentionRecord]) -> Result<(), String> {
    let chars: Vec<char> = text.chars().collect();
    mentions.iter().try_for_each(|m| check_span(&chars, "mention", &m.mention))
}

/// Extraction of `text` keeps every promise: spans match, output is the
/// same on a second run, and records survive a trip through JSON Lines and
/// the record reader unchanged.
pub fn check_extraction(extractor: &Extractor, text: &str) -> Result<Vec<RelationRecord>, String> {
    let doc = Document::new("doc", text);
    let records = extractor.extract(&doc);
    check_record_spans(text, &records)?;
    if extractor.extract(&doc) != records {
        return Err("extraction is not deterministic".into());
    }
    let mentions = extractor.mentions(&doc);
    check_mention_spans(text, &mentions)?;
    let mut jsonl = String::new();
    for r in &records {
        jsonl.push_str(&serde_json::to_string(r).map_err(|e| e.to_string())?);
        jsonl.push('\n');
    }
    if !jsonl.is_empty() {
        let back = read_records(&jsonl)?;
        if back != records {
            return Err("records changed on a trip through JSON Lines".into());
        }
    }
    Ok(records)
}

/// Reads relation records from JSON Lines text with the ingest reader.
pub fn read_records(jsonl: &str) -> Result<Vec<RelationRecord>, String> {
    read_reader("records.jsonl", std::io::Cursor::new(jsonl.to_owned()), IngestOptions::default())
        .map(|item| match item {
            Ok(InputItem::Record(r, _)) => Ok(*r),
            Ok(other) => Err(format!("expected a record, read {other:?}")),
            Err(e) => Err(e.to_string()),
        })
        .collect()
}

/// A record whose spans all cover their own text (offsets relative to nothing in particular).
pub fn record(relation: RelationType, subject: EntityRef, object: Option<EntityRef>, cue: &str) -> RelationRecord {
    let n = cue.chars().count();
    RelationRecord {
        doc: "doc".into(),
        sentence: 0,
        relation,
        subject,
        object,
        cue: Span { text: cue.into(), start: 0, end: n },
        content: None,
        about: vec![],
        negated: false,
        hedged: false,
        cameo: relation.cameo().map(str::to_owned),
        evidence: Span { text: cue.into(), start: 0, end: n },
        role: None,
        date: None,
    }
}

/// An entity with this id and name.
pub fn entity(id: &str, name: &str, kind: ActorType) -> EntityRef {
    let mention = Some(Span { text: name.into(), start: 0, end: name.chars().count() });
    EntityRef { id: id.into(), name: name.into(), kind, mention }
}

/// The graph of `records` (each added once).
pub fn graph_of(records: &[RelationRecord]) -> KnowledgeGraph {
    let mut b = GraphBuilder::new();
    for r in records {
        b.add_document(&r.doc, r.date.as_deref());
        b.add(r);
    }
    b.finish()
}

/// What a DOT label shows once Graphviz has read it: our escaping drops CR
/// and turns other control characters into spaces.
pub fn dot_visible(s: &str) -> String {
    s.chars().filter(|&c| c != '\r').map(|c| if c.is_control() && c != '\n' { ' ' } else { c }).collect()
}

/// Undoes DOT string escaping the way Graphviz reads a quoted label.
pub fn dot_unquote(quoted: &str) -> String {
    let body = quoted.strip_prefix('"').and_then(|s| s.strip_suffix('"')).unwrap_or(quoted);
    let mut out = String::new();
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        match (c, c == '\\') {
            (_, true) => match chars.next() {
                Some('n') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            },
            (c, false) => out.push(c),
        }
    }
    // Graphviz decodes HTML entities; we write every `&` as `&amp;`.
    out.replace("&amp;", "&")
}

/// A parsed DOT id: a label's text as Graphviz shows it, or a node name as
/// written (names are not unescaped beyond the quotes).
fn dot_text(id: &graphviz_rust::dot_structures::Id) -> String {
    match id {
        graphviz_rust::dot_structures::Id::Escaped(s) => dot_unquote(s),
        graphviz_rust::dot_structures::Id::Html(s)
        | graphviz_rust::dot_structures::Id::Plain(s)
        | graphviz_rust::dot_structures::Id::Anonymous(s) => s.clone(),
    }
}

fn dot_name(id: &graphviz_rust::dot_structures::Id) -> String {
    match id {
        graphviz_rust::dot_structures::Id::Escaped(s) => {
            s.strip_prefix('"').and_then(|s| s.strip_suffix('"')).unwrap_or(s).to_owned()
        }
        other => dot_text(other),
    }
}

/// DOT output parses, and every node's id and label read back as written.
pub fn check_dot(graph: &KnowledgeGraph) -> Result<(), String> {
    let mut buf = Vec::new();
    let mut options = DotOptions::default();
    options.title = Some("title \"q\" <b>\\".into());
    export::write_dot(graph, &options, &mut buf).map_err(|e| e.to_string())?;
    let dot = String::from_utf8(buf).map_err(|e| e.to_string())?;
    let parsed = graphviz_rust::parse(&dot).map_err(|e| format!("graphviz-rust cannot parse our DOT: {e}\n{dot}"))?;
    let graphviz_rust::dot_structures::Graph::DiGraph { stmts, .. } = parsed else {
        return Err("not a digraph".into());
    };
    let mut labels: BTreeMap<String, String> = BTreeMap::new();
    for s in &stmts {
        if let graphviz_rust::dot_structures::Stmt::Node(n) = s {
            let label = n.attributes.iter().find(|a| dot_text(&a.0) == "label").map(|a| dot_text(&a.1));
            if labels.insert(dot_name(&n.id.0), label.unwrap_or_default()).is_some() {
                return Err(format!("two nodes named {:?} in DOT", dot_name(&n.id.0)));
            }
        }
    }
    for n in graph.nodes() {
        let id = newsgraph::export::escape::dot_id(&n.id);
        let Some(label) = labels.get(&id) else {
            return Err(format!("node {:?} missing from DOT (have {:?})", n.id, labels.keys().collect::<Vec<_>>()));
        };
        if *label != dot_visible(&n.label) {
            return Err(format!("node {:?}: DOT label {label:?}, expected {:?}", n.id, dot_visible(&n.label)));
        }
    }
    Ok(())
}

/// Node-link JSON reads back into the same graph (same bytes on rewrite).
pub fn check_node_link(graph: &KnowledgeGraph) -> Result<(), String> {
    let mut first = Vec::new();
    GraphFile::write(graph, &mut first).map_err(|e| e.to_string())?;
    let back = GraphFile::read_from(first.as_slice(), "graph.json").map_err(|e| e.to_string())?;
    let mut second = Vec::new();
    GraphFile::write(&back, &mut second).map_err(|e| e.to_string())?;
    if first != second {
        return Err("graph.json changed on a read and rewrite".into());
    }
    let value: serde_json::Value = serde_json::from_slice(&first).map_err(|e| e.to_string())?;
    let nodes = value["nodes"].as_array().ok_or("no nodes array")?;
    for (n, v) in graph.nodes().zip(nodes) {
        if v["id"] != n.id.as_str() || v["label"] != n.label.as_str() {
            return Err(format!("node {:?} reads back as {v}", n.id));
        }
    }
    Ok(())
}

fn csv_rows(bytes: &[u8]) -> Result<Vec<csv::StringRecord>, String> {
    csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(bytes)
        .records()
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| format!("CSV does not parse: {e}"))
}

/// The CSV files parse; cells never start a formula (when neutralising) and
/// read back to the original text once our escaping is undone.
pub fn check_csv(graph: &KnowledgeGraph, neutralise_formulas: bool) -> Result<(), String> {
    let o = CsvOptions { neutralise_formulas };
    let mut nodes = Vec::new();
    export::write_nodes_csv(graph, o, &mut nodes).map_err(|e| e.to_string())?;
    let mut edges = Vec::new();
    export::write_edges_csv(graph, o, &mut edges).map_err(|e| e.to_string())?;
    let mut statements = Vec::new();
    export::write_statements_csv(graph, o, &mut statements).map_err(|e| e.to_string())?;
    let gephi = |cell: &str| -> String {
        let cell = if neutralise_formulas { newsgraph::export::escape::spreadsheet_value(cell) } else { cell };
        cell.replace("\\\\", "\\")
    };
    let rows = csv_rows(&nodes)?;
    if rows.len() != graph.node_count() {
        return Err(format!("nodes.csv has {} rows for {} nodes", rows.len(), graph.node_count()));
    }
    for (row, n) in rows.iter().zip(graph.nodes()) {
        if gephi(&row[0]) != n.id || gephi(&row[1]) != n.label {
            return Err(format!("nodes.csv row {row:?} for node {:?} {:?}", n.id, n.label));
        }
    }
    let rows = csv_rows(&edges)?;
    for (row, e) in rows.iter().zip(graph.edges()) {
        if gephi(&row[0]) != e.source || gephi(&row[1]) != e.target {
            return Err(format!("edges.csv row {row:?} for edge {:?} -> {:?}", e.source, e.target));
        }
    }
    let statement_rows = csv_rows(&statements)?;
    if statement_rows.len() != graph.statements().len() {
        return Err("statements.csv lost rows".into());
    }
    if neutralise_formulas {
        for row in rows.iter().chain(&statement_rows).chain(&csv_rows(&nodes)?) {
            if let Some(cell) = row.iter().find(|c| c.starts_with(['=', '+', '-', '@', '\t', '\r'])) {
                return Err(format!("cell {cell:?} would run as a spreadsheet formula"));
            }
        }
    }
    Ok(())
}

/// Every export of `graph` parses and shows its labels literally.
pub fn check_exports(graph: &KnowledgeGraph) -> Result<(), String> {
    check_dot(graph)?;
    check_node_link(graph)?;
    check_csv(graph, true)?;
    check_csv(graph, false)
}
