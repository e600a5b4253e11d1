//! The graph file: NetworkX node-link JSON (`graph.json`).
//!
//! `networkx.node_link_graph(data, edges="edges")` loads it as a directed
//! multigraph; the graph attributes carry the documents and every statement,
//! so the file is the whole graph and queries and exports start from it.

use super::{DocumentInfo, Edge, KnowledgeGraph, Node, Statement};
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
    /// Writes `graph` as node-link JSON.
    pub fn write(graph: &KnowledgeGraph, out: &mut dyn Write) -> std::io::Result<()> {
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
        // serde_json writes a graph in millions of small pieces: buffered
        // here, each is a copy, not a call through `dyn Write`.
        let mut out = std::io::BufWriter::with_capacity(1 << 16, out);
        serde_json::to_writer(&mut out, &file)?;
        out.write_all(b"\n")?;
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

    #[test]
    fn bad_file_names_position() {
        let err = GraphFile::read_from("{\"nodes\": 3}".as_bytes(), "g.json").expect_err("bad");
        assert!(err.to_string().starts_with("g.json:1:"), "{err}");
    }
}
