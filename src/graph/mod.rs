//! The knowledge graph: actors as nodes, relations as weighted edges with
//! their evidence (the first few pieces; the weight counts all), and every
//! statement (repeats merged with a count), merged across documents.
//!
//! Takes relation records from any source (this crate's extractor, another
//! tool, several shards); gives a [`KnowledgeGraph`]. The result does not
//! depend on the order records arrive in: everything is keyed and sorted.
//! petgraph stays inside this module; the public API speaks of entity ids.

mod analytics;
mod builder;
mod filter;
mod node_link;

pub use analytics::{ActorStats, Component, GraphStats, Ranked, Reached, RelationCount};
pub use builder::{DEFAULT_MAX_EVIDENCE, GraphBuilder};
pub use filter::{FilterError, GraphFilter};
pub use node_link::{GraphFile, GraphFileError};

use crate::record::{ActorType, RelationType, Span};
use petgraph::graph::{DiGraph, NodeIndex};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// An actor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Node {
    /// Entity id.
    pub id: String,
    /// Canonical name.
    pub label: String,
    /// Actor type.
    #[serde(rename = "type")]
    pub kind: ActorType,
    /// Number of distinct mentions in the records.
    pub mentions: usize,
    /// Every name and mention text seen for it.
    pub aliases: BTreeSet<String>,
    /// Documents it appears in (ids shared with the other nodes of the same document).
    pub documents: BTreeSet<std::sync::Arc<str>>,
}

/// How an edge's target takes part in the relation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The relation's object ("Trump urged Putin").
    Object,
    /// An actor a statement talks about ("Trump said ... Putin ...").
    About,
}

/// One sighting of a relation in a document.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Evidence {
    /// Document id.
    pub doc: String,
    /// Sentence index.
    pub sentence: usize,
    /// The cue words.
    pub cue: Span,
    /// The sentence.
    pub span: Span,
    /// What was said (statements).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<Span>,
    /// Negated.
    #[serde(default)]
    pub negated: bool,
    /// Hedged.
    #[serde(default)]
    pub hedged: bool,
    /// Article date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

/// A relation between two actors, with its first pieces of evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edge {
    /// Subject entity id.
    pub source: String,
    /// Object (or talked-about) entity id.
    pub target: String,
    /// Relation type.
    pub relation: RelationType,
    /// Object or about.
    pub role: Role,
    /// Number of supporting sightings (all of them, also those beyond the evidence kept).
    pub weight: usize,
    /// CAMEO code.
    pub cameo: Option<String>,
    /// The first sightings in sort order, at most [`GraphBuilder::max_evidence`].
    pub evidence: Vec<Evidence>,
}

impl Edge {
    /// A key unique among the edges between the same two nodes: `said`, `said:about`.
    pub fn key(&self) -> String {
        match self.role {
            Role::Object => self.relation.as_str().to_owned(),
            Role::About => format!("{}:about", self.relation),
        }
    }

    /// Label for diagrams: the relation, with "about" for statement targets.
    pub fn label(&self) -> String {
        match self.role {
            Role::Object => self.relation.as_str().replace('_', " "),
            Role::About => format!("{} about", self.relation.as_str().replace('_', " ")),
        }
    }
}

/// A statement: who said what about whom, with its evidence.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Statement {
    /// Document id.
    pub doc: String,
    /// Sentence index.
    pub sentence: usize,
    /// Speaker entity id.
    pub speaker: String,
    /// Speech-act type.
    pub relation: RelationType,
    /// Cue words.
    pub cue: Span,
    /// What was said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<Span>,
    /// Object actor, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// Actors the content mentions.
    pub about: Vec<String>,
    /// Negated.
    #[serde(default)]
    pub negated: bool,
    /// Hedged.
    #[serde(default)]
    pub hedged: bool,
    /// Article date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The sentence.
    pub evidence: Span,
    /// How many times this statement occurs: the same speaker, relation,
    /// object, about, cue words, content, negation and hedging, in any
    /// document. The fields above are those of the first occurrence.
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub count: usize,
    /// Other documents among the first occurrences kept (see
    /// [`GraphBuilder::max_evidence`]), sorted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also_in: Vec<String>,
}

fn one() -> usize {
    1
}

fn is_one(n: &usize) -> bool {
    *n == 1
}

/// A document the graph was built from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentInfo {
    /// Document id.
    pub id: String,
    /// Article date, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

/// The merged graph.
#[derive(Debug, Clone, Default)]
pub struct KnowledgeGraph {
    graph: DiGraph<Node, Edge>,
    index: BTreeMap<String, NodeIndex>,
    statements: Vec<Statement>,
    documents: Vec<DocumentInfo>,
}

impl KnowledgeGraph {
    /// Builds from parts already sorted by the builder or a graph file.
    pub(crate) fn from_parts(
        nodes: Vec<Node>,
        edges: Vec<Edge>,
        statements: Vec<Statement>,
        documents: Vec<DocumentInfo>,
    ) -> KnowledgeGraph {
        let mut graph = DiGraph::with_capacity(nodes.len(), edges.len());
        let mut index = BTreeMap::new();
        for n in nodes {
            let id = n.id.clone();
            index.insert(id, graph.add_node(n));
        }
        for e in edges {
            let (Some(&s), Some(&t)) = (index.get(&e.source), index.get(&e.target)) else {
                continue;
            };
            graph.add_edge(s, t, e);
        }
        KnowledgeGraph { graph, index, statements, documents }
    }

    /// Nodes, sorted by id.
    pub fn nodes(&self) -> impl Iterator<Item = &Node> {
        self.index.values().map(|&i| &self.graph[i])
    }

    /// The node with this id.
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.index.get(id).map(|&i| &self.graph[i])
    }

    /// Edges, sorted by (source, target, key).
    pub fn edges(&self) -> impl Iterator<Item = &Edge> {
        self.graph.edge_weights()
    }

    /// Edges leaving (`outgoing`) or entering a node.
    pub fn edges_of<'a>(&'a self, id: &str, outgoing: bool) -> impl Iterator<Item = &'a Edge> + 'a {
        let dir = if outgoing { petgraph::Direction::Outgoing } else { petgraph::Direction::Incoming };
        self.index.get(id).into_iter().flat_map(move |&i| self.graph.edges_directed(i, dir).map(|e| e.weight()))
    }

    /// Statements, sorted by document and position.
    pub fn statements(&self) -> &[Statement] {
        &self.statements
    }

    /// Documents, sorted by id.
    pub fn documents(&self) -> &[DocumentInfo] {
        &self.documents
    }

    /// Number of actors.
    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    /// Number of distinct relations (edges).
    pub fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// The underlying petgraph, for algorithms inside this crate.
    #[allow(dead_code)]
    pub(crate) fn petgraph(&self) -> (&DiGraph<Node, Edge>, &BTreeMap<String, NodeIndex>) {
        (&self.graph, &self.index)
    }

    /// A graph keeping only the nodes `keep` accepts and the edges `keep_edge` accepts between them.
    pub fn filtered(&self, keep: impl Fn(&Node) -> bool, keep_edge: impl Fn(&Edge) -> bool) -> KnowledgeGraph {
        let nodes: Vec<Node> = self.nodes().filter(|n| keep(n)).cloned().collect();
        let ids: BTreeSet<&str> = nodes.iter().map(|n| n.id.as_str()).collect();
        let edges: Vec<Edge> = self
            .edges()
            .filter(|e| ids.contains(e.source.as_str()) && ids.contains(e.target.as_str()) && keep_edge(e))
            .cloned()
            .collect();
        let statements = self.statements.iter().filter(|s| ids.contains(s.speaker.as_str())).cloned().collect();
        KnowledgeGraph::from_parts(nodes, edges, statements, self.documents.clone())
    }
}
