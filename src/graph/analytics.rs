//! Graph analytics and traversals: counts, centralities, components, who
//! talks about whom, shortest paths and neighbourhoods.
//!
//! Takes a [`KnowledgeGraph`]; gives plain, serialisable results keyed by
//! entity id. The algorithms are petgraph's (PageRank, A*) and rustworkx-core's
//! (betweenness centrality, connected components), run on simple projections
//! of the multigraph built here, so petgraph types never leave this module.
//!
//! Choices, so numbers can be checked with NetworkX on `graph.json`:
//! - degree and weighted degree count every relation (edge) in and out, as
//!   `G.degree()` and `G.degree(weight="weight")` do on the multigraph;
//! - PageRank follows relations in their direction, parallel relations
//!   collapsed (damping 0.85, unweighted);
//! - betweenness (normalised, endpoints excluded) and components ignore
//!   direction: a chain of relations links actors whichever way it points.

use super::{Edge, KnowledgeGraph};
use crate::record::{ActorType, RelationType};
use petgraph::graph::{DiGraph, NodeIndex, UnGraph};
use petgraph::visit::{EdgeRef, UndirectedAdaptor};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};

/// How many relations of one type the graph holds.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RelationCount {
    /// Relation type.
    pub relation: RelationType,
    /// Distinct (source, target, role) edges.
    pub edges: usize,
    /// Mentions supporting those edges (sum of weights).
    pub mentions: usize,
    /// Statements of this type (speech acts only).
    pub statements: usize,
}

/// An actor with a score.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ranked {
    /// Entity id.
    pub id: String,
    /// Canonical name.
    pub label: String,
    /// The score (a count for degrees).
    pub value: f64,
}

/// One actor's measures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActorStats {
    /// Entity id.
    pub id: String,
    /// Canonical name.
    pub label: String,
    /// Actor type.
    #[serde(rename = "type")]
    pub kind: ActorType,
    /// Relations in and out.
    pub degree: usize,
    /// Mentions of those relations.
    pub weighted_degree: usize,
    /// PageRank.
    pub pagerank: f64,
    /// Betweenness centrality, normalised.
    pub betweenness: f64,
    /// Component number (0 = largest).
    pub component: usize,
    /// Whom its statements talk about most (mentions), most first.
    pub talks_about: Vec<Ranked>,
    /// Who talks about it most, most first.
    pub talked_about_by: Vec<Ranked>,
}

/// A connected component (direction ignored).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Component {
    /// Number of actors.
    pub size: usize,
    /// Its actors' ids, sorted.
    pub actors: Vec<String>,
}

/// Everything `newsgraph stats` reports.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GraphStats {
    /// Documents.
    pub documents: usize,
    /// Actors.
    pub actors: usize,
    /// Distinct relations (edges).
    pub relations: usize,
    /// Statements.
    pub statements: usize,
    /// Actors by type, every type listed.
    pub actor_types: BTreeMap<ActorType, usize>,
    /// Relations by type, types that occur.
    pub relation_types: Vec<RelationCount>,
    /// Components, largest first.
    pub components: Vec<Component>,
    /// Every actor, sorted by id.
    pub actor_stats: Vec<ActorStats>,
}

/// How many entries the `talks_about` lists keep.
const TALK_LIMIT: usize = 3;

impl GraphStats {
    /// The `n` actors with the highest `measure`, ties by id.
    pub fn top(&self, n: usize, measure: impl Fn(&ActorStats) -> f64) -> Vec<Ranked> {
        let mut all: Vec<Ranked> = self
            .actor_stats
            .iter()
            .map(|a| Ranked { id: a.id.clone(), label: a.label.clone(), value: measure(a) })
            .collect();
        all.sort_by(|a, b| b.value.total_cmp(&a.value).then_with(|| a.id.cmp(&b.id)));
        all.truncate(n);
        all
    }
}

impl KnowledgeGraph {
    /// Counts, centralities, components and who talks about whom.
    pub fn stats(&self) -> GraphStats {
        let g = &self.graph;
        let n = g.node_count();

        let mut actor_types: BTreeMap<ActorType, usize> = ActorType::ALL.iter().map(|&t| (t, 0)).collect();
        for node in g.node_weights() {
            *actor_types.entry(node.kind).or_default() += 1;
        }
        let mut by_relation: BTreeMap<RelationType, RelationCount> = BTreeMap::new();
        let count = |r: RelationType| RelationCount { relation: r, edges: 0, mentions: 0, statements: 0 };
        for e in g.edge_weights() {
            let c = by_relation.entry(e.relation).or_insert_with(|| count(e.relation));
            c.edges += 1;
            c.mentions += e.weight;
        }
        for s in &self.statements {
            by_relation.entry(s.relation).or_insert_with(|| count(s.relation)).statements += 1;
        }

        // Simple projections: one edge per ordered pair (PageRank), per unordered pair (the rest).
        let mut directed: DiGraph<(), ()> = DiGraph::with_capacity(n, 0);
        let mut undirected: UnGraph<(), ()> = UnGraph::with_capacity(n, 0);
        for _ in 0..n {
            directed.add_node(());
            undirected.add_node(());
        }
        let mut pairs = BTreeSet::new();
        let mut unordered = BTreeSet::new();
        for e in g.edge_references() {
            let (s, t) = (e.source(), e.target());
            if pairs.insert((s, t)) {
                directed.add_edge(s, t, ());
            }
            if unordered.insert((s.min(t), s.max(t))) {
                undirected.add_edge(s, t, ());
            }
        }
        let pagerank = petgraph::algo::page_rank(&directed, 0.85_f64, 100);
        // Sequential (threshold above any graph) so sums, and so output, are deterministic.
        let betweenness = rustworkx_core::centrality::betweenness_centrality(&undirected, false, true, usize::MAX);

        let mut components: Vec<Component> = rustworkx_core::connectivity::connected_components(&undirected)
            .into_iter()
            .map(|set| {
                let mut actors: Vec<String> = set.into_iter().map(|i| g[i].id.clone()).collect();
                actors.sort();
                Component { size: actors.len(), actors }
            })
            .collect();
        components.sort_by(|a, b| b.size.cmp(&a.size).then_with(|| a.actors.cmp(&b.actors)));
        let component_of: HashMap<&str, usize> = components
            .iter()
            .enumerate()
            .flat_map(|(c, comp)| comp.actors.iter().map(move |a| (a.as_str(), c)))
            .collect();

        let actor_stats = self
            .index
            .values()
            .map(|&i| {
                let node = &g[i];
                let edges = || {
                    g.edges_directed(i, petgraph::Direction::Outgoing)
                        .chain(g.edges_directed(i, petgraph::Direction::Incoming))
                };
                ActorStats {
                    id: node.id.clone(),
                    label: node.label.clone(),
                    kind: node.kind,
                    degree: edges().count(),
                    weighted_degree: edges().map(|e| e.weight().weight).sum(),
                    pagerank: pagerank.get(i.index()).copied().unwrap_or(0.0),
                    betweenness: betweenness.get(i.index()).copied().flatten().unwrap_or(0.0),
                    component: component_of.get(node.id.as_str()).copied().unwrap_or(0),
                    talks_about: self.talk(i, petgraph::Direction::Outgoing),
                    talked_about_by: self.talk(i, petgraph::Direction::Incoming),
                }
            })
            .collect();

        GraphStats {
            documents: self.documents.len(),
            actors: n,
            relations: g.edge_count(),
            statements: self.statements.len(),
            actor_types,
            relation_types: by_relation.into_values().collect(),
            components,
            actor_stats,
        }
    }

    /// Statement mentions from (`Outgoing`) or to a node, per other actor, most first.
    fn talk(&self, i: NodeIndex, dir: petgraph::Direction) -> Vec<Ranked> {
        let mut per: BTreeMap<NodeIndex, usize> = BTreeMap::new();
        for e in self.graph.edges_directed(i, dir) {
            if e.weight().relation.is_statement() {
                let other = if dir == petgraph::Direction::Outgoing { e.target() } else { e.source() };
                *per.entry(other).or_default() += e.weight().weight;
            }
        }
        let mut ranked: Vec<Ranked> = per
            .into_iter()
            .map(|(o, c)| Ranked { id: self.graph[o].id.clone(), label: self.graph[o].label.clone(), value: c as f64 })
            .collect();
        ranked.sort_by(|a, b| b.value.total_cmp(&a.value).then_with(|| a.id.cmp(&b.id)));
        ranked.truncate(TALK_LIMIT);
        ranked
    }

    /// Every relation between `a` and `b`, in either direction, sorted.
    pub fn edges_between(&self, a: &str, b: &str) -> Vec<&Edge> {
        let (Some(&x), Some(&y)) = (self.index.get(a), self.index.get(b)) else {
            return Vec::new();
        };
        let mut edges: Vec<&Edge> = self.graph.edges_connecting(x, y).map(|e| e.weight()).collect();
        if x != y {
            edges.extend(self.graph.edges_connecting(y, x).map(|e| e.weight()));
        }
        edges.sort_by(|p, q| {
            (&p.source, &p.target, p.relation, p.role).cmp(&(&q.source, &q.target, q.relation, q.role))
        });
        edges
    }

    /// The ids along a shortest chain of relations from `from` to `to`
    /// (either direction), both ends included; `None` when they are not linked.
    pub fn shortest_path(&self, from: &str, to: &str) -> Option<Vec<String>> {
        let (&start, &goal) = (self.index.get(from)?, self.index.get(to)?);
        let (_, path) = petgraph::algo::astar(UndirectedAdaptor(&self.graph), start, |n| n == goal, |_| 1usize, |_| 0)?;
        Some(path.into_iter().map(|i| self.graph[i].id.clone()).collect())
    }

    /// The actors within `depth` relations of `id` (either direction), with
    /// their distance and the actor they were first reached from, in
    /// breadth-first order (nearest first, then by id). `id` itself is left out.
    pub fn neighborhood(&self, id: &str, depth: usize) -> Vec<Reached> {
        let Some(&start) = self.index.get(id) else {
            return Vec::new();
        };
        let mut seen: HashMap<NodeIndex, usize> = HashMap::from([(start, 0)]);
        let mut frontier = VecDeque::from([start]);
        let mut reached = Vec::new();
        for d in 1..=depth {
            let mut next: BTreeMap<&str, (NodeIndex, NodeIndex)> = BTreeMap::new();
            for &from in &frontier {
                for to in self.graph.neighbors_undirected(from) {
                    if seen.contains_key(&to) {
                        continue;
                    }
                    let slot = next.entry(self.graph[to].id.as_str()).or_insert((to, from));
                    if self.graph[from].id < self.graph[slot.1].id {
                        slot.1 = from;
                    }
                }
            }
            if next.is_empty() {
                break;
            }
            frontier.clear();
            for (to_id, (to, from)) in next {
                seen.insert(to, d);
                frontier.push_back(to);
                reached.push(Reached { id: to_id.to_owned(), depth: d, via: self.graph[from].id.clone() });
            }
        }
        reached
    }
}

/// An actor found by [`KnowledgeGraph::neighborhood`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reached {
    /// Entity id.
    pub id: String,
    /// Relations away from the start.
    pub depth: usize,
    /// The actor one step nearer the start it was reached from (smallest id on ties).
    pub via: String,
}

#[cfg(test)]
mod tests {
    use crate::graph::GraphBuilder;
    use crate::record::{ActorType, EntityRef, RelationRecord, RelationType};

    fn rec(s: &str, r: RelationType, o: &str) -> RelationRecord {
        let ent = |id: &str| EntityRef { id: id.into(), name: id.into(), kind: ActorType::Person, mention: None };
        RelationRecord::for_test(ent(s), r, ent(o))
    }

    /// a → b → c, d → c, and e alone with f.
    fn graph() -> crate::graph::KnowledgeGraph {
        let mut b = GraphBuilder::new();
        for r in [
            rec("a", RelationType::Said, "b"),
            rec("b", RelationType::Criticized, "c"),
            rec("d", RelationType::Attacked, "c"),
            rec("e", RelationType::MetWith, "f"),
        ] {
            b.add(&r);
        }
        b.finish()
    }

    #[test]
    fn paths_and_neighbourhoods_ignore_direction() {
        let g = graph();
        assert_eq!(g.shortest_path("a", "d"), Some(vec!["a".into(), "b".into(), "c".into(), "d".into()]));
        assert_eq!(g.shortest_path("a", "e"), None);
        let near: Vec<(String, usize, String)> =
            g.neighborhood("c", 2).into_iter().map(|r| (r.id, r.depth, r.via)).collect();
        assert_eq!(near, [("b".into(), 1, "c".into()), ("d".into(), 1, "c".into()), ("a".into(), 2, "b".into())]);
    }

    #[test]
    fn stats_count_rank_and_split() {
        let s = graph().stats();
        assert_eq!((s.actors, s.relations, s.statements), (6, 4, 2));
        assert_eq!(s.components.iter().map(|c| c.size).collect::<Vec<_>>(), [4, 2]);
        let top = s.top(1, |a| a.betweenness);
        assert!(top[0].id == "b" || top[0].id == "c", "{top:?}");
        let c = s.actor_stats.iter().find(|a| a.id == "c").expect("c");
        assert_eq!(c.degree, 2);
        assert!(c.pagerank > s.actor_stats[0].pagerank, "c is pointed at, a is not");
        let b = s.actor_stats.iter().find(|a| a.id == "b").expect("b");
        assert_eq!(b.talked_about_by[0].id, "a");
    }
}
