//! The values every format writes for an actor or a relation, computed in
//! one place so that all exports agree on ids, names and dates.

use crate::graph::{Edge, KnowledgeGraph, Node, Role};
use rustc_hash::FxHashMap;
use std::collections::BTreeSet;

/// Edge ids, in edge order: `e0`, `e1`, ... Cytoscape.js wants ids unique
/// across nodes and edges, so an id that an actor already has gets `'`
/// appended until it is free; every format uses the same ids.
pub(crate) fn edge_ids(graph: &KnowledgeGraph) -> Vec<String> {
    let mut taken: BTreeSet<String> = graph.nodes().map(|n| n.id.clone()).collect();
    let mut ids = Vec::with_capacity(graph.edge_count());
    for i in 0..graph.edge_count() {
        let mut id = format!("e{i}");
        while taken.contains(&id) {
            id.push('\'');
        }
        taken.insert(id.clone());
        ids.push(id);
    }
    ids
}

/// `"object"` or `"about"`.
pub(crate) fn role_name(role: Role) -> &'static str {
    match role {
        Role::Object => "object",
        Role::About => "about",
    }
}

/// Distinct article dates of an edge's evidence, sorted.
pub(crate) fn edge_dates(e: &Edge) -> Vec<&str> {
    let dates: BTreeSet<&str> = e.evidence.iter().filter_map(|v| v.date.as_deref()).collect();
    dates.into_iter().collect()
}

/// Distinct documents of an edge's evidence, sorted.
pub(crate) fn edge_documents(e: &Edge) -> Vec<&str> {
    let docs: BTreeSet<&str> = e.evidence.iter().map(|v| v.doc.as_str()).collect();
    docs.into_iter().collect()
}

/// Evidence marked negated and hedged.
pub(crate) fn negated_hedged(e: &Edge) -> (usize, usize) {
    (e.evidence.iter().filter(|v| v.negated).count(), e.evidence.iter().filter(|v| v.hedged).count())
}

/// The first thing said, for statement edges.
pub(crate) fn edge_quote(e: &Edge) -> Option<&str> {
    e.evidence.iter().find_map(|v| v.content.as_ref()).map(|c| c.text.as_str())
}

/// Article dates by document id (looked up for every document of every
/// actor: hashed, not compared along a tree of ids that share long prefixes).
pub(crate) struct DocumentDates<'a>(FxHashMap<&'a str, &'a str>);

impl<'a> DocumentDates<'a> {
    pub(crate) fn new(graph: &'a KnowledgeGraph) -> DocumentDates<'a> {
        DocumentDates(graph.documents().iter().filter_map(|d| Some((d.id.as_str(), d.date.as_deref()?))).collect())
    }

    /// Whether any document has a date.
    pub(crate) fn any(&self) -> bool {
        !self.0.is_empty()
    }

    /// Distinct dates of the documents a node appears in, sorted.
    pub(crate) fn of_node(&self, n: &Node) -> Vec<&'a str> {
        let dates: BTreeSet<&str> = n.documents.iter().filter_map(|d| self.0.get(&**d).copied()).collect();
        dates.into_iter().collect()
    }
}

/// Gephi's timestamp-set syntax: `<[2019-01-06, 2019-01-07]>`, empty for no dates.
pub(crate) fn timeset(dates: &[&str]) -> String {
    if dates.is_empty() { String::new() } else { format!("<[{}]>", dates.join(", ")) }
}

/// An RGB triple from `#rrggbb`.
pub(crate) fn rgb(hex: &str) -> (u8, u8, u8) {
    let channel = |i: usize| hex.get(i..i + 2).and_then(|h| u8::from_str_radix(h, 16).ok()).unwrap_or(0);
    (channel(1), channel(3), channel(5))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_and_timesets() {
        assert_eq!(rgb("#cfe2f3"), (0xcf, 0xe2, 0xf3));
        assert_eq!(timeset(&["2024-01-02", "2024-01-03"]), "<[2024-01-02, 2024-01-03]>");
        assert_eq!(timeset(&[]), "");
    }
}
