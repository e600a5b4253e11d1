//! Builds a [`KnowledgeGraph`] from relation records.
//!
//! Records are added in any order; [`GraphBuilder::finish`] merges entities
//! across documents (a person known only by a last name joins the one full
//! name with that last name) and sorts everything, so the graph is the same
//! whatever the order or sharding of the records.

use super::{DocumentInfo, Edge, Evidence, KnowledgeGraph, Node, Role, Statement};
use crate::record::{ActorType, EntityRef, RelationRecord, RelationType};
use std::collections::{BTreeMap, BTreeSet, HashMap};

#[derive(Debug, Default)]
struct NodeAcc {
    names: BTreeMap<String, usize>,
    kinds: BTreeMap<ActorType, usize>,
    aliases: BTreeSet<String>,
    mentions: BTreeSet<(String, usize, usize)>,
    documents: BTreeSet<String>,
}

/// Accumulates records; [`GraphBuilder::finish`] gives the graph.
#[derive(Debug, Default)]
pub struct GraphBuilder {
    nodes: BTreeMap<String, NodeAcc>,
    edges: BTreeMap<(String, String, RelationType, Role), Vec<Evidence>>,
    statements: Vec<Statement>,
    documents: BTreeMap<String, Option<String>>,
}

impl GraphBuilder {
    /// An empty builder.
    pub fn new() -> GraphBuilder {
        GraphBuilder::default()
    }

    /// Notes a document (also one without relations).
    pub fn add_document(&mut self, id: &str, date: Option<&str>) {
        let slot = self.documents.entry(id.to_owned()).or_default();
        if slot.is_none() {
            *slot = date.map(str::to_owned);
        }
    }

    fn see(&mut self, e: &EntityRef, doc: &str) {
        let acc = self.nodes.entry(e.id.clone()).or_default();
        *acc.names.entry(e.name.clone()).or_default() += 1;
        *acc.kinds.entry(e.kind).or_default() += 1;
        acc.aliases.insert(e.name.clone());
        acc.documents.insert(doc.to_owned());
        if let Some(m) = &e.mention {
            acc.aliases.insert(m.text.clone());
            acc.mentions.insert((doc.to_owned(), m.start, m.end));
        } else {
            acc.mentions.insert((doc.to_owned(), usize::MAX, acc.mentions.len()));
        }
    }

    /// Adds one record.
    pub fn add(&mut self, r: &RelationRecord) {
        self.add_document(&r.doc, r.date.as_deref());
        self.see(&r.subject, &r.doc);
        if let Some(o) = &r.object {
            self.see(o, &r.doc);
        }
        for a in &r.about {
            self.see(a, &r.doc);
        }
        let evidence = Evidence {
            doc: r.doc.clone(),
            sentence: r.sentence,
            cue: r.cue.clone(),
            span: r.evidence.clone(),
            content: r.content.clone(),
            negated: r.negated,
            hedged: r.hedged,
            date: r.date.clone(),
        };
        let mut edge = |s: &str, t: &str, role: Role| {
            if s == t {
                return;
            }
            let (s, t) = if r.relation.is_symmetric() && t < s { (t, s) } else { (s, t) };
            self.edges.entry((s.to_owned(), t.to_owned(), r.relation, role)).or_default().push(evidence.clone());
        };
        if let Some(o) = &r.object {
            edge(&r.subject.id, &o.id, Role::Object);
        }
        if r.relation.is_statement() {
            for a in &r.about {
                if r.object.as_ref().is_none_or(|o| o.id != a.id) {
                    edge(&r.subject.id, &a.id, Role::About);
                }
            }
            self.statements.push(Statement {
                doc: r.doc.clone(),
                sentence: r.sentence,
                speaker: r.subject.id.clone(),
                relation: r.relation,
                cue: r.cue.clone(),
                content: r.content.clone(),
                object: r.object.as_ref().map(|o| o.id.clone()),
                about: r.about.iter().map(|a| a.id.clone()).collect(),
                negated: r.negated,
                hedged: r.hedged,
                date: r.date.clone(),
                evidence: r.evidence.clone(),
            });
        }
    }

    /// Merges entities across documents and gives the sorted graph.
    pub fn finish(self) -> KnowledgeGraph {
        let merge = self.merge_map();
        let map = |id: &str| -> String { merge.get(id).cloned().unwrap_or_else(|| id.to_owned()) };

        let mut nodes: BTreeMap<String, NodeAcc> = BTreeMap::new();
        for (id, acc) in self.nodes {
            let target = nodes.entry(map(&id)).or_default();
            for (n, c) in acc.names {
                *target.names.entry(n).or_default() += c;
            }
            for (k, c) in acc.kinds {
                *target.kinds.entry(k).or_default() += c;
            }
            target.aliases.extend(acc.aliases);
            target.mentions.extend(acc.mentions);
            target.documents.extend(acc.documents);
        }
        let nodes: Vec<Node> = nodes
            .into_iter()
            .map(|(id, acc)| {
                // The most frequent name, longer names winning ties.
                let label = acc
                    .names
                    .iter()
                    .max_by_key(|(n, c)| (**c, n.len(), std::cmp::Reverse((*n).clone())))
                    .map(|(n, _)| n.clone())
                    .unwrap_or_else(|| id.clone());
                let kind = acc
                    .kinds
                    .iter()
                    .max_by_key(|(k, c)| (**c, std::cmp::Reverse(**k)))
                    .map_or(ActorType::Organization, |(k, _)| *k);
                Node { id, label, kind, mentions: acc.mentions.len(), aliases: acc.aliases, documents: acc.documents }
            })
            .collect();

        let mut edges: BTreeMap<(String, String, RelationType, Role), Vec<Evidence>> = BTreeMap::new();
        for ((s, t, r, role), ev) in self.edges {
            let (s, t) = (map(&s), map(&t));
            if s == t {
                continue;
            }
            let (s, t) = if r.is_symmetric() && t < s { (t, s) } else { (s, t) };
            edges.entry((s, t, r, role)).or_default().extend(ev);
        }
        let edges: Vec<Edge> = edges
            .into_iter()
            .map(|((source, target, relation, role), mut evidence)| {
                evidence.sort();
                evidence.dedup();
                Edge {
                    source,
                    target,
                    relation,
                    role,
                    weight: evidence.len(),
                    cameo: relation.cameo().map(str::to_owned),
                    evidence,
                }
            })
            .collect();

        let mut statements = self.statements;
        for s in &mut statements {
            s.speaker = map(&s.speaker);
            if let Some(o) = &mut s.object {
                *o = map(o);
            }
            for a in &mut s.about {
                *a = map(a);
            }
            let mut seen = BTreeSet::new();
            s.about.retain(|a| seen.insert(a.clone()));
        }
        statements.sort();
        statements.dedup();
        let documents = self.documents.into_iter().map(|(id, date)| DocumentInfo { id, date }).collect();
        KnowledgeGraph::from_parts(nodes, edges, statements, documents)
    }

    /// Person ids known only by one name → the single full-name person sharing it.
    fn merge_map(&self) -> HashMap<String, String> {
        let person =
            |acc: &NodeAcc| acc.kinds.keys().next_back().is_some() && acc.kinds.contains_key(&ActorType::Person);
        let mut by_last: HashMap<&str, BTreeSet<&str>> = HashMap::new();
        let mut by_first: HashMap<&str, BTreeSet<&str>> = HashMap::new();
        for (id, acc) in &self.nodes {
            let parts: Vec<&str> = id.split('_').collect();
            if parts.len() >= 2 && person(acc) {
                by_last.entry(parts[parts.len() - 1]).or_default().insert(id);
                by_first.entry(parts[0]).or_default().insert(id);
            }
        }
        let mut map = HashMap::new();
        for (id, acc) in &self.nodes {
            if id.contains('_') || !person(acc) {
                continue;
            }
            let candidates = by_last
                .get(id.as_str())
                .filter(|c| c.len() == 1)
                .or_else(|| by_first.get(id.as_str()).filter(|c| c.len() == 1));
            if let Some(c) = candidates
                && let Some(full) = c.iter().next()
            {
                map.insert(id.clone(), (*full).to_owned());
            }
        }
        map
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::Span;

    fn ent(id: &str, name: &str, kind: ActorType) -> EntityRef {
        EntityRef { id: id.into(), name: name.into(), kind, mention: None }
    }

    fn rec(doc: &str, s: EntityRef, r: RelationType, o: Option<EntityRef>, about: Vec<EntityRef>) -> RelationRecord {
        let span = Span { text: "x".into(), start: 0, end: 1 };
        RelationRecord {
            doc: doc.into(),
            sentence: 0,
            relation: r,
            subject: s,
            object: o,
            cue: span.clone(),
            content: None,
            about,
            negated: false,
            hedged: false,
            cameo: r.cameo().map(str::to_owned),
            evidence: span,
            role: None,
            date: None,
        }
    }

    fn records() -> Vec<RelationRecord> {
        let putin = ent("vladimir_putin", "Vladimir Putin", ActorType::Person);
        let short = ent("putin", "Putin", ActorType::Person);
        let trump = ent("donald_trump", "Donald Trump", ActorType::Person);
        vec![
            rec("a", putin.clone(), RelationType::MetWith, Some(trump.clone()), vec![]),
            rec("b", trump.clone(), RelationType::MetWith, Some(short.clone()), vec![]),
            rec("b", trump, RelationType::Said, None, vec![short]),
        ]
    }

    #[test]
    fn merges_last_names_and_symmetric_edges_across_documents() {
        let mut b = GraphBuilder::new();
        for r in records() {
            b.add(&r);
        }
        let g = b.finish();
        assert_eq!(g.node_count(), 2);
        let met: Vec<&Edge> = g.edges().filter(|e| e.relation == RelationType::MetWith).collect();
        assert_eq!(met.len(), 1);
        assert_eq!(
            (met[0].source.as_str(), met[0].target.as_str(), met[0].weight),
            ("donald_trump", "vladimir_putin", 2)
        );
        assert_eq!(g.statements()[0].about, ["vladimir_putin"]);
    }

    #[test]
    fn order_does_not_matter() {
        let build = |rs: &[RelationRecord]| {
            let mut b = GraphBuilder::new();
            for r in rs {
                b.add(r);
            }
            let g = b.finish();
            (g.nodes().cloned().collect::<Vec<_>>(), g.edges().cloned().collect::<Vec<_>>(), g.statements().to_vec())
        };
        let mut rs = records();
        let first = build(&rs);
        rs.reverse();
        assert_eq!(first, build(&rs));
    }
}
