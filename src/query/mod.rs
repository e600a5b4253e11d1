//! Queries over a knowledge graph: who said what about whom, and how actors
//! are related.
//!
//! Takes a [`KnowledgeGraph`] (usually read from `graph.json`) and a
//! [`Query`], built in code, from flags, or parsed from the small query
//! language (`said(speaker: Trump, about: Putin)`, see [`language`]); gives
//! an [`Answer`] whose every row points at its evidence (document, sentence,
//! span), which [`render`] writes as an aligned table, JSON or CSV.
//!
//! Names are resolved through every alias of an actor ([`NameIndex`]);
//! statements are found through posting lists ([`StatementIndex`]), so a
//! query costs what its answer costs, not a scan of the graph.
//!
//! ```
//! use newsgraph::graph::GraphBuilder;
//! use newsgraph::query::{Answer, Query, QueryEngine};
//! use newsgraph::record::RelationRecord;
//!
//! // One relation record, as `newsgraph extract` (or any extractor) writes it.
//! let record: RelationRecord = serde_json::from_str(r#"{"doc": "d", "sentence": 0, "relation": "said",
//!     "subject": {"id": "donald_trump", "name": "Donald Trump", "type": "person"}, "object": null,
//!     "cue": {"text": "said", "start": 6, "end": 10},
//!     "content": {"text": "Putin wanted peace", "start": 16, "end": 34},
//!     "about": [{"id": "vladimir_putin", "name": "Vladimir Putin", "type": "person"}],
//!     "evidence": {"text": "Trump said that Putin wanted peace.", "start": 0, "end": 35}}"#)?;
//! let mut builder = GraphBuilder::new();
//! builder.add(&record);
//! let graph = builder.finish();
//! let engine = QueryEngine::new(&graph);
//! let Answer::Statements(rows) = engine.run(&Query::parse("said(about: putin)")?)? else { unreachable!() };
//! assert_eq!(rows[0].speaker, "donald_trump");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod language;
mod names;
pub mod render;
mod statements;

pub use language::{ParseError, Query};
pub use names::{Candidate, NameError, NameIndex, name_words};
pub use statements::{StatementIndex, StatementQuery};

use crate::graph::{Edge, Evidence, KnowledgeGraph, Reached, Statement};
use crate::record::RelationType;
use statements::{ResolvedFilter, check_date};

/// A query that could not be answered.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QueryError {
    /// A name did not resolve to one actor.
    #[error(transparent)]
    Name(#[from] NameError),
    /// The query text is not valid.
    #[error(transparent)]
    Parse(#[from] ParseError),
    /// A relation filter on statements named a relation that is not a speech act.
    #[error(
        "{relation} is not a speech act, so no statement has it (statements: {}); \
         use --between, --path or --neighbors for relations between actors",
        speech_acts()
    )]
    NotAStatement {
        /// The relation.
        relation: RelationType,
    },
    /// A date that is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    #[error("bad date {value:?}: expected YYYY, YYYY-MM or YYYY-MM-DD")]
    BadDate {
        /// The value given.
        value: String,
    },
    /// A document the graph does not hold.
    #[error("no document {doc:?} in the graph{}", if suggestions.is_empty() { String::new() } else { format!("; did you mean {}?", suggestions.join(", ")) })]
    UnknownDocument {
        /// The id given.
        doc: String,
        /// The nearest document ids.
        suggestions: Vec<String>,
    },
}

fn speech_acts() -> String {
    RelationType::ALL.iter().filter(|r| r.is_statement()).map(|r| r.as_str()).collect::<Vec<_>>().join(", ")
}

/// One relation in an answer, with the evidence shown for it.
#[derive(Debug, Clone, PartialEq)]
pub struct RelationRow<'g> {
    /// Hop number in a path (1-based) or depth of a neighbour; `None` for `between`.
    pub step: Option<usize>,
    /// The relation.
    pub edge: &'g Edge,
    /// Its evidence: all of it, or the one mention this row stands for.
    pub evidence: Vec<&'g Evidence>,
}

/// What a query found.
#[derive(Debug, Clone, PartialEq)]
pub enum Answer<'g> {
    /// Matching statements, in document order.
    Statements(Vec<&'g Statement>),
    /// Every relation between two actors, one row per mention.
    Between(Vec<RelationRow<'g>>),
    /// The relations along a shortest chain, hop by hop; `None` when the actors are not linked.
    Path(Option<Vec<RelationRow<'g>>>),
    /// The relations that reach each neighbour from the actor one step nearer.
    Neighbors(Vec<RelationRow<'g>>),
}

/// Answers queries on one graph; building it indexes names and statements.
#[derive(Debug)]
pub struct QueryEngine<'g> {
    graph: &'g KnowledgeGraph,
    names: NameIndex,
    statements: StatementIndex,
}

impl<'g> QueryEngine<'g> {
    /// Indexes `graph`.
    pub fn new(graph: &'g KnowledgeGraph) -> QueryEngine<'g> {
        QueryEngine { graph, names: NameIndex::new(graph), statements: StatementIndex::new(graph) }
    }

    /// The graph queried.
    pub fn graph(&self) -> &'g KnowledgeGraph {
        self.graph
    }

    /// The id of the one actor `name` names.
    pub fn resolve(&self, name: &str) -> Result<&str, QueryError> {
        Ok(self.names.resolve(name)?)
    }

    /// Runs any query.
    pub fn run(&self, query: &Query) -> Result<Answer<'g>, QueryError> {
        match query {
            Query::Statements(q) => self.statements(q).map(Answer::Statements),
            Query::Between(a, b) => self.between(a, b).map(Answer::Between),
            Query::Path(a, b) => self.path(a, b).map(Answer::Path),
            Query::Neighbors { actor, depth } => self.neighbors(actor, *depth).map(Answer::Neighbors),
        }
    }

    /// Statements matching `q`, in document order.
    pub fn statements(&self, q: &StatementQuery) -> Result<Vec<&'g Statement>, QueryError> {
        for r in &q.relations {
            if !r.is_statement() {
                return Err(QueryError::NotAStatement { relation: *r });
            }
        }
        for d in q.since.iter().chain(&q.until) {
            check_date(d)?;
        }
        for doc in &q.docs {
            if !self.statements.has_doc(doc) && !self.graph.documents().iter().any(|d| &d.id == doc) {
                return Err(QueryError::UnknownDocument { doc: doc.clone(), suggestions: self.nearest_docs(doc) });
            }
        }
        let resolve = |names: &[String]| names.iter().map(|n| self.resolve(n)).collect::<Result<Vec<_>, _>>();
        let filter = ResolvedFilter {
            speakers: resolve(&q.speakers)?,
            about: resolve(&q.about)?,
            relations: q.relations.clone(),
            docs: q.docs.iter().map(String::as_str).collect(),
            since: q.since.as_deref(),
            until: q.until.as_deref(),
            words: q.text.iter().flat_map(|t| statements::words_of(t)).collect(),
        };
        let all = self.graph.statements();
        Ok(self.statements.select(self.graph, &filter).into_iter().map(|i| &all[i as usize]).collect())
    }

    fn nearest_docs(&self, doc: &str) -> Vec<String> {
        let mut scored: Vec<(f64, &str)> =
            self.statements.doc_ids().map(|d| (strsim::jaro_winkler(doc, d), d)).filter(|(s, _)| *s >= 0.85).collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(b.1)));
        scored.into_iter().take(3).map(|(_, d)| d.to_owned()).collect()
    }

    /// Every relation between `a` and `b`, either direction, one row per mention.
    pub fn between(&self, a: &str, b: &str) -> Result<Vec<RelationRow<'g>>, QueryError> {
        let (a, b) = (self.resolve(a)?, self.resolve(b)?);
        Ok(self
            .graph
            .edges_between(a, b)
            .into_iter()
            .flat_map(|edge| edge.evidence.iter().map(move |e| RelationRow { step: None, edge, evidence: vec![e] }))
            .collect())
    }

    /// A shortest chain of relations from `a` to `b` (either direction), with
    /// every relation of each hop and all its evidence.
    pub fn path(&self, a: &str, b: &str) -> Result<Option<Vec<RelationRow<'g>>>, QueryError> {
        let (a, b) = (self.resolve(a)?, self.resolve(b)?);
        let Some(ids) = self.graph.shortest_path(a, b) else {
            return Ok(None);
        };
        let mut rows = Vec::new();
        for (hop, pair) in ids.windows(2).enumerate() {
            for edge in self.graph.edges_between(&pair[0], &pair[1]) {
                rows.push(RelationRow { step: Some(hop + 1), edge, evidence: edge.evidence.iter().collect() });
            }
        }
        Ok(Some(rows))
    }

    /// The actors within `depth` relations of `name`, each with the relations
    /// that link it to the actor one step nearer.
    pub fn neighbors(&self, name: &str, depth: usize) -> Result<Vec<RelationRow<'g>>, QueryError> {
        let id = self.resolve(name)?;
        let mut rows = Vec::new();
        for Reached { id: to, depth, via } in self.graph.neighborhood(id, depth) {
            for edge in self.graph.edges_between(&via, &to) {
                rows.push(RelationRow { step: Some(depth), edge, evidence: edge.evidence.iter().collect() });
            }
        }
        Ok(rows)
    }
}
