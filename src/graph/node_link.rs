//! The graph file: NetworkX node-link JSON (`graph.json`).
//!
//! `networkx.node_link_graph(data, edges="edges")` loads it as a directed
//! multigraph; the graph attributes carry the documents and every statement,
//! so the file is the whole graph and queries and exports start from it.

use super::{DocumentInfo, Edge, Evidence, KnowledgeGraph, Node, Role, Statement};
use crate::record::json::{Object, push_bool, push_number, push_or_null, push_span, push_str};
use serde::{Deserialize, Serialize};
use std::io::{Read, Write};
use std::path::Path;

/// Graph-level attributes.
#[derive(Debug, Serialize, Deserialize)]
struct GraphAttrs<S> {
    name: String,
    documents: Vec<DocumentInfo>,
    statements: S,
}

#[cfg(test)]
#[derive(Debug, Serialize)]
struct EdgeOut<'a> {
    key: String,
    label: String,
    #[serde(flatten)]
    edge: &'a Edge,
}

#[derive(Debug, Deserialize)]
struct EdgeIn {
    #[serde(flatten)]
    edge: Edge,
}

/// What [`GraphFile::write`] writes, as serde would write it (the tests compare).
#[cfg(test)]
#[derive(Debug, Serialize)]
struct FileOut<'a> {
    directed: bool,
    multigraph: bool,
    graph: GraphAttrs<&'a [Statement]>,
    nodes: Vec<&'a Node>,
    edges: Vec<EdgeOut<'a>>,
}

#[derive(Debug, Deserialize)]
struct FileIn {
    graph: GraphAttrs<Vec<Statement>>,
    nodes: Vec<Node>,
    edges: Vec<EdgeIn>,
}

/// Reading or writing a graph file failed.
#[derive(Debug, thiserror::Error)]
pub enum GraphFileError {
    /// Could not read.
    #[error("{path}: {source}")]
    Io {
        /// File.
        path: String,
        /// Cause.
        source: std::io::Error,
    },
    /// Not a newsgraph node-link file.
    #[error("{path}:{line}:{column}: not a newsgraph graph file: {message}")]
    Format {
        /// File.
        path: String,
        /// Line.
        line: usize,
        /// Column.
        column: usize,
        /// What is wrong.
        message: String,
    },
}

/// Reads and writes graph files.
#[derive(Debug, Clone, Copy, Default)]
pub struct GraphFile;

impl GraphFile {
    /// Writes `graph` as node-link JSON: byte for byte what serde_json
    /// writes for it (the tests compare), written by hand as the relation
    /// records are (`record/json.rs`): serde_json escapes strings one byte at
    /// a time, and `graph.json` is mostly evidence sentences.
    pub fn write(graph: &KnowledgeGraph, out: &mut dyn Write) -> std::io::Result<()> {
        let mut buf = Vec::with_capacity(2 * CHUNK);
        // Written out in pieces of at most CHUNK bytes (a writer is never
        // handed a whole file at once).
        let mut spill = |buf: &mut Vec<u8>| -> std::io::Result<()> {
            if buf.len() >= CHUNK {
                buf.chunks(CHUNK).try_for_each(|piece| out.write_all(piece))?;
                buf.clear();
            }
            Ok(())
        };
        buf.extend_from_slice(br#"{"directed":true,"multigraph":true,"graph":{"name":"newsgraph","documents":["#);
        for (i, d) in graph.documents().iter().enumerate() {
            push_comma(&mut buf, i);
            push_document(&mut buf, d);
            spill(&mut buf)?;
        }
        buf.extend_from_slice(br#"],"statements":["#);
        for (i, st) in graph.statements().iter().enumerate() {
            push_comma(&mut buf, i);
            push_statement(&mut buf, st);
            spill(&mut buf)?;
        }
        buf.extend_from_slice(br#"]},"nodes":["#);
        for (i, n) in graph.nodes().enumerate() {
            push_comma(&mut buf, i);
            push_node(&mut buf, n);
            spill(&mut buf)?;
        }
        buf.extend_from_slice(br#"],"edges":["#);
        for (i, e) in graph.edges().enumerate() {
            push_comma(&mut buf, i);
            push_edge(&mut buf, e);
            spill(&mut buf)?;
        }
        buf.extend_from_slice(b"]}\n");
        buf.chunks(CHUNK).try_for_each(|piece| out.write_all(piece))?;
        out.flush()
    }

    /// Reads a graph file.
    pub fn read(path: &Path) -> Result<KnowledgeGraph, GraphFileError> {
        let name = path.display().to_string();
        let file = std::fs::File::open(path).map_err(|source| GraphFileError::Io { path: name.clone(), source })?;
        Self::read_from(std::io::BufReader::new(file), &name)
    }

    /// Reads a graph from any reader; `name` is used in errors.
    pub fn read_from(reader: impl Read, name: &str) -> Result<KnowledgeGraph, GraphFileError> {
        let file: FileIn = serde_json::from_reader(reader).map_err(|e| GraphFileError::Format {
            path: name.to_owned(),
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        })?;
        let mut nodes = file.nodes;
        nodes.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(KnowledgeGraph::from_parts(
            nodes,
            file.edges.into_iter().map(|e| e.edge).collect(),
            file.graph.statements,
            file.graph.documents,
        ))
    }
}

/// Bytes of `graph.json` gathered before they are written out.
const CHUNK: usize = 1 << 16;

fn push_comma(out: &mut Vec<u8>, index: usize) {
    if index > 0 {
        out.push(b',');
    }
}

/// Strings as a JSON array.
fn push_strings<'a>(out: &mut Vec<u8>, strings: impl Iterator<Item = &'a str>) {
    out.push(b'[');
    for (i, s) in strings.enumerate() {
        push_comma(out, i);
        push_str(out, s);
    }
    out.push(b']');
}

fn push_document(out: &mut Vec<u8>, d: &DocumentInfo) {
    let mut o = Object::open(out);
    push_str(o.key("id"), &d.id);
    if let Some(date) = &d.date {
        push_str(o.key("date"), date);
    }
    o.close();
}

fn push_statement(out: &mut Vec<u8>, s: &Statement) {
    let mut o = Object::open(out);
    push_str(o.key("doc"), &s.doc);
    push_number(o.key("sentence"), s.sentence);
    push_str(o.key("speaker"), &s.speaker);
    push_str(o.key("relation"), s.relation.as_str());
    push_span(o.key("cue"), &s.cue);
    if let Some(content) = &s.content {
        push_span(o.key("content"), content);
    }
    if let Some(object) = &s.object {
        push_str(o.key("object"), object);
    }
    push_strings(o.key("about"), s.about.iter().map(String::as_str));
    push_bool(o.key("negated"), s.negated);
    push_bool(o.key("hedged"), s.hedged);
    if let Some(date) = &s.date {
        push_str(o.key("date"), date);
    }
    push_span(o.key("evidence"), &s.evidence);
    if s.count != 1 {
        push_number(o.key("count"), s.count);
    }
    if !s.also_in.is_empty() {
        push_strings(o.key("also_in"), s.also_in.iter().map(String::as_str));
    }
    o.close();
}

fn push_node(out: &mut Vec<u8>, n: &Node) {
    let mut o = Object::open(out);
    push_str(o.key("id"), &n.id);
    push_str(o.key("label"), &n.label);
    push_str(o.key("type"), n.kind.as_str());
    push_number(o.key("mentions"), n.mentions);
    push_strings(o.key("aliases"), n.aliases.iter().map(String::as_str));
    push_strings(o.key("documents"), n.documents.iter().map(|d| &**d));
    o.close();
}

fn push_edge(out: &mut Vec<u8>, e: &Edge) {
    let mut o = Object::open(out);
    push_str(o.key("key"), &e.key());
    push_str(o.key("label"), &e.label());
    push_str(o.key("source"), &e.source);
    push_str(o.key("target"), &e.target);
    push_str(o.key("relation"), e.relation.as_str());
    push_str(
        o.key("role"),
        match e.role {
            Role::Object => "object",
            Role::About => "about",
        },
    );
    push_number(o.key("weight"), e.weight);
    push_or_null(o.key("cameo"), e.cameo.as_deref(), push_str);
    let evidence = o.key("evidence");
    evidence.push(b'[');
    for (i, ev) in e.evidence.iter().enumerate() {
        push_comma(evidence, i);
        push_evidence(evidence, ev);
    }
    evidence.push(b']');
    o.close();
}

fn push_evidence(out: &mut Vec<u8>, e: &Evidence) {
    let mut o = Object::open(out);
    push_str(o.key("doc"), &e.doc);
    push_number(o.key("sentence"), e.sentence);
    push_span(o.key("cue"), &e.cue);
    push_span(o.key("span"), &e.span);
    if let Some(content) = &e.content {
        push_span(o.key("content"), content);
    }
    push_bool(o.key("negated"), e.negated);
    push_bool(o.key("hedged"), e.hedged);
    if let Some(date) = &e.date {
        push_str(o.key("date"), date);
    }
    o.close();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Extractor;
    use crate::graph::GraphBuilder;
    use crate::text::Document;

    #[test]
    fn round_trips() {
        let doc = Document::new("d", "Putin met with Trump. Trump said Putin was right.");
        let mut b = GraphBuilder::new();
        for r in Extractor::default().extract(&doc) {
            b.add(&r);
        }
        let g = b.finish();
        let mut buf = Vec::new();
        GraphFile::write(&g, &mut buf).expect("write");
        let back = GraphFile::read_from(buf.as_slice(), "mem").expect("read");
        let mut again = Vec::new();
        GraphFile::write(&back, &mut again).expect("write");
        assert_eq!(String::from_utf8(buf).expect("utf8"), String::from_utf8(again).expect("utf8"));
    }

    /// What serde_json writes for the graph (what `write` wrote before it was written by hand).
    fn serde_bytes(graph: &KnowledgeGraph) -> Vec<u8> {
        let file = FileOut {
            directed: true,
            multigraph: true,
            graph: GraphAttrs {
                name: "newsgraph".into(),
                documents: graph.documents().to_vec(),
                statements: graph.statements(),
            },
            nodes: graph.nodes().collect(),
            edges: graph.edges().map(|e| EdgeOut { key: e.key(), label: e.label(), edge: e }).collect(),
        };
        let mut out = serde_json::to_vec(&file).expect("serialises");
        out.push(b'\n');
        out
    }

    #[test]
    fn writes_what_serde_json_writes() {
        use crate::record::{ActorType, EntityRef, RelationRecord, RelationType, Span};
        let span = |text: &str, start: usize| Span { text: text.into(), start, end: start + text.chars().count() };
        let who = |id: &str, name: &str, mention: Option<Span>| EntityRef {
            id: id.into(),
            name: name.into(),
            kind: ActorType::Person,
            mention,
        };
        let mut b = GraphBuilder::new().max_evidence(2);
        let empty = b.finish();
        assert_eq!(written(&empty), serde_bytes(&empty));
        b = GraphBuilder::new().max_evidence(2);
        b.add_document("no \"relations\"", None);
        for (i, doc) in ["d\u{1}\\", "d2", "d3", "d4"].into_iter().enumerate() {
            let mut r = RelationRecord::for_test(
                who("zoe_\"z\"", "Zoë \"Z\"\t", Some(span("Zoë", 0))),
                RelationType::Said,
                who("b", "B\n", None),
            );
            r.doc = doc.into();
            r.sentence = i;
            r.cue = span("said", 4);
            r.content = (i % 2 == 0).then(|| span("tab\there\nand \u{1f}\u{7f} “quoted” 😀", 9));
            r.about = vec![who("c", "C", Some(span("C", 20)))];
            r.hedged = i == 1;
            r.negated = i == 3;
            r.evidence = span("Zoë said tab\there\nand \u{1f}\u{7f} C.", 0);
            r.date = (i != 2).then(|| "2020-01-02".into());
            b.add(&r);
            r.relation = RelationType::MetWith;
            r.content = None;
            r.about.clear();
            b.add(&r);
        }
        let g = b.finish();
        assert!(g.statements().iter().any(|s| s.count > 1 && !s.also_in.is_empty()));
        assert_eq!(String::from_utf8(written(&g)).expect("utf8"), String::from_utf8(serde_bytes(&g)).expect("utf8"));
        let doc = Document::new("d", "Putin met with Trump. Trump said Putin was right.");
        let mut b = GraphBuilder::new();
        for r in Extractor::default().extract(&doc) {
            b.add(&r);
        }
        let g = b.finish();
        assert_eq!(written(&g), serde_bytes(&g));
    }

    fn written(graph: &KnowledgeGraph) -> Vec<u8> {
        let mut buf = Vec::new();
        GraphFile::write(graph, &mut buf).expect("write");
        buf
    }

    #[test]
    fn bad_file_names_position() {
        let err = GraphFile::read_from("{\"nodes\": 3}".as_bytes(), "g.json").expect_err("bad");
        assert!(err.to_string().starts_with("g.json:1:"), "{err}");
    }
}
