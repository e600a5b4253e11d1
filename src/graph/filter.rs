//! Cutting a graph down to what a diagram or an export should show.
//!
//! Takes a [`KnowledgeGraph`] and gives a smaller one. The filters apply in
//! a fixed order: relation types and minimum weight remove edges; an ego
//! network keeps the actors within `depth` steps of one actor (edges in
//! either direction); `top` keeps the N actors with the most weight in the
//! remaining edges. When an edge filter is set, actors left without edges
//! are dropped, so a diagram does not fill with isolated names.

use super::{Edge, KnowledgeGraph, Node};
use crate::record::RelationType;
use std::collections::{BTreeMap, BTreeSet, VecDeque};

/// An actor asked for does not exist.
#[derive(Debug, thiserror::Error)]
pub enum FilterError {
    /// No actor has this id, name or alias.
    #[error("no actor {actor:?} in the graph{}", suggestion(.candidates))]
    UnknownActor {
        /// What was asked for.
        actor: String,
        /// Actors with a similar name.
        candidates: Vec<String>,
    },
}

fn suggestion(candidates: &[String]) -> String {
    if candidates.is_empty() { String::new() } else { format!(" (did you mean: {}?)", candidates.join(", ")) }
}

/// A set of filters; [`GraphFilter::apply`] gives the filtered graph.
///
/// ```
/// use newsgraph::graph::{GraphBuilder, GraphFilter};
/// let graph = GraphBuilder::new().finish();
/// let small = GraphFilter::new().min_weight(2).top(10).apply(&graph).expect("no ego filter");
/// assert_eq!(small.node_count(), 0);
/// ```
#[derive(Debug, Clone, Default)]
pub struct GraphFilter {
    min_weight: usize,
    top: Option<usize>,
    relations: BTreeSet<RelationType>,
    ego: Option<(String, usize)>,
}

impl GraphFilter {
    /// No filtering.
    pub fn new() -> GraphFilter {
        GraphFilter::default()
    }

    /// Keeps edges with at least this weight.
    #[must_use]
    pub fn min_weight(mut self, weight: usize) -> GraphFilter {
        self.min_weight = weight;
        self
    }

    /// Keeps the `n` actors with the most edge weight.
    #[must_use]
    pub fn top(mut self, n: usize) -> GraphFilter {
        self.top = Some(n);
        self
    }

    /// Keeps only edges of these relation types (none given: all).
    #[must_use]
    pub fn relations(mut self, relations: impl IntoIterator<Item = RelationType>) -> GraphFilter {
        self.relations.extend(relations);
        self
    }

    /// Keeps the actors within `depth` steps of `actor` (an id, a name or an alias, any case).
    #[must_use]
    pub fn ego(mut self, actor: impl Into<String>, depth: usize) -> GraphFilter {
        self.ego = Some((actor.into(), depth));
        self
    }

    /// Whether no filter is set.
    pub fn is_empty(&self) -> bool {
        self.min_weight <= 1 && self.top.is_none() && self.relations.is_empty() && self.ego.is_none()
    }

    fn keeps_edge(&self, e: &Edge) -> bool {
        e.weight >= self.min_weight && (self.relations.is_empty() || self.relations.contains(&e.relation))
    }

    /// The filtered graph.
    pub fn apply(&self, graph: &KnowledgeGraph) -> Result<KnowledgeGraph, FilterError> {
        if self.is_empty() {
            return Ok(graph.clone());
        }
        let edges: Vec<&Edge> = graph.edges().filter(|e| self.keeps_edge(e)).collect();
        let edge_filter = self.min_weight > 1 || !self.relations.is_empty();
        let mut keep: BTreeSet<&str> = if edge_filter {
            edges.iter().flat_map(|e| [e.source.as_str(), e.target.as_str()]).collect()
        } else {
            graph.nodes().map(|n| n.id.as_str()).collect()
        };
        if let Some((actor, depth)) = &self.ego {
            let start = find_actor(graph, actor)?;
            keep = neighbourhood(&edges, &start.id, *depth);
        }
        if let Some(n) = self.top {
            let mut strength: BTreeMap<&str, usize> = keep.iter().map(|id| (*id, 0)).collect();
            for e in &edges {
                if keep.contains(e.source.as_str()) && keep.contains(e.target.as_str()) {
                    *strength.entry(e.source.as_str()).or_default() += e.weight;
                    *strength.entry(e.target.as_str()).or_default() += e.weight;
                }
            }
            let mut ranked: Vec<(&str, usize, usize)> =
                strength.into_iter().map(|(id, s)| (id, s, graph.node(id).map_or(0, |node| node.mentions))).collect();
            ranked.sort_by(|a, b| b.1.cmp(&a.1).then(b.2.cmp(&a.2)).then(a.0.cmp(b.0)));
            keep = ranked.into_iter().take(n).map(|(id, ..)| id).collect();
        }
        let keep: BTreeSet<String> = keep.into_iter().map(str::to_owned).collect();
        Ok(graph.filtered(|n| keep.contains(&n.id), |e| self.keeps_edge(e)))
    }
}

/// The actor with this id, else this name or alias (case-insensitive).
fn find_actor<'a>(graph: &'a KnowledgeGraph, actor: &str) -> Result<&'a Node, FilterError> {
    if let Some(n) = graph.node(actor) {
        return Ok(n);
    }
    let wanted = actor.to_lowercase();
    let by_name = graph.nodes().find(|n| n.label.to_lowercase() == wanted);
    let by_alias = || graph.nodes().find(|n| n.aliases.iter().any(|a| a.to_lowercase() == wanted));
    by_name.or_else(by_alias).ok_or_else(|| FilterError::UnknownActor {
        actor: actor.to_owned(),
        candidates: graph
            .nodes()
            .filter(|n| {
                let label = n.label.to_lowercase();
                !wanted.is_empty() && (label.contains(&wanted) || wanted.contains(&label))
            })
            .take(5)
            .map(|n| n.label.clone())
            .collect(),
    })
}

/// Actors within `depth` steps of `start`, following edges either way.
fn neighbourhood<'a>(edges: &[&'a Edge], start: &'a str, depth: usize) -> BTreeSet<&'a str> {
    let mut adjacent: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for e in edges {
        adjacent.entry(&e.source).or_default().push(&e.target);
        adjacent.entry(&e.target).or_default().push(&e.source);
    }
    let mut seen = BTreeSet::from([start]);
    let mut queue = VecDeque::from([(start, 0)]);
    while let Some((id, d)) = queue.pop_front() {
        if d == depth {
            continue;
        }
        for &next in adjacent.get(id).into_iter().flatten() {
            if seen.insert(next) {
                queue.push_back((next, d + 1));
            }
        }
    }
    seen
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::GraphBuilder;
    use crate::record::{ActorType, EntityRef, RelationRecord};

    fn rec(s: &str, r: RelationType, o: &str) -> RelationRecord {
        let ent =
            |id: &str| EntityRef { id: id.into(), name: id.to_uppercase(), kind: ActorType::Person, mention: None };
        RelationRecord::for_test(ent(s), r, ent(o))
    }

    /// A chain a - b - c - d with a heavy a-b edge, and an isolated pair x - y.
    fn graph() -> KnowledgeGraph {
        let mut b = GraphBuilder::new();
        let mut again = rec("a", RelationType::MetWith, "b");
        again.sentence = 1;
        for r in [
            rec("a", RelationType::MetWith, "b"),
            again,
            rec("b", RelationType::Criticized, "c"),
            rec("c", RelationType::Aided, "d"),
            rec("x", RelationType::Aided, "y"),
        ] {
            b.add(&r);
        }
        b.finish()
    }

    fn ids(g: &KnowledgeGraph) -> Vec<&str> {
        g.nodes().map(|n| n.id.as_str()).collect()
    }

    #[test]
    fn filters() {
        let g = graph();
        let f = |f: GraphFilter| f.apply(&g).expect("filter");
        assert_eq!(ids(&f(GraphFilter::new())), ["a", "b", "c", "d", "x", "y"]);
        assert_eq!(ids(&f(GraphFilter::new().min_weight(2))), ["a", "b"]);
        assert_eq!(ids(&f(GraphFilter::new().relations([RelationType::Aided]))), ["c", "d", "x", "y"]);
        assert_eq!(ids(&f(GraphFilter::new().ego("A", 2))), ["a", "b", "c"]);
        assert_eq!(ids(&f(GraphFilter::new().ego("d", 1))), ["c", "d"]);
        assert_eq!(ids(&f(GraphFilter::new().top(2))), ["a", "b"]);
        assert_eq!(f(GraphFilter::new().top(3)).edge_count(), 2);
    }

    #[test]
    fn unknown_actors_get_suggestions() {
        let err = GraphFilter::new().ego("zz", 1).apply(&graph()).expect_err("unknown");
        assert_eq!(err.to_string(), "no actor \"zz\" in the graph");
    }
}
