//! Builds a [`KnowledgeGraph`] from relation records.
//!
//! Records are added in any order; [`GraphBuilder::finish`] merges entities
//! across documents (a person known only by a last name joins the one full
//! name with that last name) and sorts everything, so the graph is the same
//! whatever the order or sharding of the records.
//!
//! Memory grows with the graph, not with the corpus: an edge keeps at most
//! [`GraphBuilder::max_evidence`] pieces of evidence (the first in sort
//! order) and identical statements (same speaker, relation, object, about,
//! cue words, content, negation and hedging) become one with a count. What
//! is counted but not kept is a 64-bit hash per sighting, so weights and
//! counts stay exact.

use super::{DocumentInfo, Edge, Evidence, KnowledgeGraph, Node, Role, Statement};
use crate::record::{ActorType, EntityRef, RelationRecord, RelationType};
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::Arc;

/// Evidence kept per edge, and occurrences per statement, unless set otherwise.
pub const DEFAULT_MAX_EVIDENCE: usize = 20;

/// A 64-bit hash (SipHash-1-3, fixed keys: the same in every run).
fn hash64(value: &impl Hash) -> u64 {
    let mut h = DefaultHasher::new();
    value.hash(&mut h);
    h.finish()
}

#[derive(Debug, Default)]
struct NodeAcc {
    names: BTreeMap<String, usize>,
    kinds: BTreeMap<ActorType, usize>,
    aliases: BTreeSet<String>,
    /// Distinct mentions.
    mentions: usize,
    documents: BTreeSet<Arc<str>>,
    /// The document last added to `documents`: a document's records come
    /// together, so most sightings need no set lookup.
    last_document: Option<Arc<str>>,
}

/// Sightings of one edge or one statement: all counted, the first few kept.
#[derive(Debug)]
struct Sightings<T> {
    /// Hashes of every distinct sighting.
    seen: FxHashSet<u64>,
    /// The first sightings in sort order: at most `max` once trimmed.
    kept: Vec<T>,
}

impl<T> Default for Sightings<T> {
    fn default() -> Self {
        Sightings { seen: FxHashSet::default(), kept: Vec::new() }
    }
}

impl<T: Ord> Sightings<T> {
    fn add(&mut self, hash: u64, item: impl FnOnce() -> T, max: usize) {
        if self.seen.insert(hash) {
            self.kept.push(item());
            if self.kept.len() >= max.saturating_mul(2).max(8) {
                self.trim(max);
            }
        }
    }

    fn merge(&mut self, other: Sightings<T>, max: usize) {
        self.seen.extend(other.seen);
        self.kept.extend(other.kept);
        if self.kept.len() >= max.saturating_mul(2).max(8) {
            self.trim(max);
        }
    }

    /// Sorted, distinct, at most `max`.
    fn trim(&mut self, max: usize) {
        self.kept.sort_unstable();
        self.kept.dedup();
        self.kept.truncate(max);
    }
}

/// What makes two statements the same claim.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct ClaimKey {
    speaker: String,
    relation: RelationType,
    object: Option<String>,
    about: Vec<String>,
    cue: String,
    content: Option<String>,
    negated: bool,
    hedged: bool,
}

impl ClaimKey {
    fn of(s: &Statement) -> ClaimKey {
        ClaimKey {
            speaker: s.speaker.clone(),
            relation: s.relation,
            object: s.object.clone(),
            about: s.about.clone(),
            cue: s.cue.text.clone(),
            content: s.content.as_ref().map(|c| c.text.clone()),
            negated: s.negated,
            hedged: s.hedged,
        }
    }
}

/// Accumulates records; [`GraphBuilder::finish`] gives the graph.
#[derive(Debug)]
pub struct GraphBuilder {
    /// Entity id → index into `accs`.
    ids: FxHashMap<String, u32>,
    accs: Vec<(String, NodeAcc)>,
    /// Edges by the indices (into `accs`) of their ends: keys need no strings.
    edges: FxHashMap<(u32, u32, RelationType, Role), Sightings<Evidence>>,
    claims: FxHashMap<ClaimKey, Sightings<Statement>>,
    /// Every document; its id is shared by the nodes that appear in it.
    documents: BTreeMap<Arc<str>, Option<String>>,
    /// The document `document` gave last, and whether it has a date: a
    /// document's records come together, so most need no map lookup.
    last_document: Option<(Arc<str>, bool)>,
    max_evidence: usize,
    /// The document whose mentions `doc_mentions` holds: a mention is
    /// counted once per document, and a document's records come together.
    mention_doc: Option<Arc<str>>,
    doc_mentions: FxHashSet<u64>,
}

impl Default for GraphBuilder {
    fn default() -> Self {
        GraphBuilder {
            ids: FxHashMap::default(),
            accs: Vec::new(),
            edges: FxHashMap::default(),
            claims: FxHashMap::default(),
            documents: BTreeMap::new(),
            last_document: None,
            max_evidence: DEFAULT_MAX_EVIDENCE,
            mention_doc: None,
            doc_mentions: FxHashSet::default(),
        }
    }
}

impl GraphBuilder {
    /// An empty builder.
    pub fn new() -> GraphBuilder {
        GraphBuilder::default()
    }

    /// Keeps at most `n` pieces of evidence per edge and `n` occurrences per
    /// statement (0: keep all). Weights and counts still count every one.
    #[must_use]
    pub fn max_evidence(mut self, n: usize) -> GraphBuilder {
        self.max_evidence = if n == 0 { usize::MAX } else { n };
        self
    }

    /// Notes a document (also one without relations).
    pub fn add_document(&mut self, id: &str, date: Option<&str>) {
        self.document(id, date);
    }

    /// The shared id of a document, noting it (and its date) if new.
    fn document(&mut self, id: &str, date: Option<&str>) -> Arc<str> {
        if let Some((last, dated)) = &self.last_document
            && **last == *id
            && (*dated || date.is_none())
        {
            return last.clone();
        }
        let key = self.document_slow(id, date);
        let dated = self.documents.get(&key).is_some_and(Option::is_some);
        self.last_document = Some((key.clone(), dated));
        key
    }

    fn document_slow(&mut self, id: &str, date: Option<&str>) -> Arc<str> {
        match self.documents.get_key_value(id) {
            Some((key, slot)) => {
                let key = key.clone();
                if slot.is_none() && date.is_some() {
                    self.documents.insert(key.clone(), date.map(str::to_owned));
                }
                key
            }
            None => {
                let key: Arc<str> = Arc::from(id);
                self.documents.insert(key.clone(), date.map(str::to_owned));
                key
            }
        }
    }

    /// Counts a sighting of `e`; gives its index.
    fn see(&mut self, e: &EntityRef, doc: &Arc<str>) -> u32 {
        let index = match self.ids.get(&e.id) {
            Some(&i) => i,
            None => {
                let i = u32::try_from(self.accs.len()).expect("fewer than 2^32 entities");
                self.ids.insert(e.id.clone(), i);
                self.accs.push((e.id.clone(), NodeAcc::default()));
                i
            }
        };
        let acc = &mut self.accs[index as usize].1;
        match acc.names.get_mut(&e.name) {
            Some(c) => *c += 1,
            None => {
                acc.names.insert(e.name.clone(), 1);
            }
        }
        *acc.kinds.entry(e.kind).or_default() += 1;
        if !acc.aliases.contains(&e.name) {
            acc.aliases.insert(e.name.clone());
        }
        // Document ids are shared (see `document`): the same pointer is the same id.
        if !acc.last_document.as_ref().is_some_and(|d| Arc::ptr_eq(d, doc)) {
            if !acc.documents.contains(doc) {
                acc.documents.insert(doc.clone());
            }
            acc.last_document = Some(doc.clone());
        }
        if self.mention_doc.as_ref() != Some(doc) {
            self.mention_doc = Some(doc.clone());
            self.doc_mentions.clear();
        }
        let fresh = match &e.mention {
            Some(m) => {
                if !acc.aliases.contains(&m.text) {
                    acc.aliases.insert(m.text.clone());
                }
                self.doc_mentions.insert(hash64(&(&e.id, m.start, m.end)))
            }
            None => true,
        };
        if fresh {
            acc.mentions += 1;
        }
        index
    }

    /// Adds one record.
    pub fn add(&mut self, r: &RelationRecord) {
        let doc = self.document(&r.doc, r.date.as_deref());
        let subject = self.see(&r.subject, &doc);
        let object = r.object.as_ref().map(|o| self.see(o, &doc));
        let about: Vec<u32> = r.about.iter().map(|a| self.see(a, &doc)).collect();
        let evidence = || Evidence {
            doc: r.doc.clone(),
            sentence: r.sentence,
            cue: r.cue.clone(),
            span: r.evidence.clone(),
            content: r.content.clone(),
            negated: r.negated,
            hedged: r.hedged,
            date: r.date.clone(),
        };
        let evidence_hash =
            hash64(&(&r.doc, r.sentence, &r.cue, &r.evidence, &r.content, r.negated, r.hedged, &r.date));
        let max = self.max_evidence;
        let mut edge = |s: (u32, &str), t: (u32, &str), role: Role| {
            if s.1 == t.1 {
                return;
            }
            let (s, t) = if r.relation.is_symmetric() && t.1 < s.1 { (t, s) } else { (s, t) };
            self.edges.entry((s.0, t.0, r.relation, role)).or_default().add(evidence_hash, evidence, max);
        };
        let subject = (subject, r.subject.id.as_str());
        if let (Some(o), Some(object)) = (&r.object, object) {
            edge(subject, (object, &o.id), Role::Object);
        }
        if r.relation.is_statement() {
            for (a, &index) in r.about.iter().zip(&about) {
                if r.object.as_ref().is_none_or(|o| o.id != a.id) {
                    edge(subject, (index, &a.id), Role::About);
                }
            }
            let statement = Statement {
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
                count: 1,
                also_in: Vec::new(),
            };
            // What tells two occurrences of one claim apart: the evidence hash
            // (its negation and hedging are the claim's own).
            let key = ClaimKey::of(&statement);
            self.claims.entry(key).or_default().add(evidence_hash, || statement, max);
        }
    }

    /// Merges entities across documents and gives the sorted graph.
    pub fn finish(self) -> KnowledgeGraph {
        let merge = self.merge_map();
        let map = |id: &str| -> String { merge.get(id).cloned().unwrap_or_else(|| id.to_owned()) };
        let max = self.max_evidence;

        let mut nodes: BTreeMap<String, NodeAcc> = BTreeMap::new();
        let ids: Vec<&str> = self.accs.iter().map(|(id, _)| id.as_str()).collect();
        let mut edges: BTreeMap<(String, String, RelationType, Role), Sightings<Evidence>> = BTreeMap::new();
        for ((s, t, r, role), ev) in self.edges {
            let (s, t) = (map(ids[s as usize]), map(ids[t as usize]));
            if s == t {
                continue;
            }
            let (s, t) = if r.is_symmetric() && t < s { (t, s) } else { (s, t) };
            edges.entry((s, t, r, role)).or_default().merge(ev, max);
        }
        for (id, acc) in self.accs {
            let target = nodes.entry(map(&id)).or_default();
            for (n, c) in acc.names {
                *target.names.entry(n).or_default() += c;
            }
            for (k, c) in acc.kinds {
                *target.kinds.entry(k).or_default() += c;
            }
            target.aliases.extend(acc.aliases);
            target.mentions += acc.mentions;
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
                Node { id, label, kind, mentions: acc.mentions, aliases: acc.aliases, documents: acc.documents }
            })
            .collect();

        let edges: Vec<Edge> = edges
            .into_iter()
            .map(|((source, target, relation, role), mut ev)| {
                ev.trim(max);
                Edge {
                    source,
                    target,
                    relation,
                    role,
                    weight: ev.seen.len(),
                    cameo: relation.cameo().map(str::to_owned),
                    evidence: ev.kept,
                }
            })
            .collect();

        let mut claims: FxHashMap<ClaimKey, Sightings<Statement>> = FxHashMap::default();
        for (_, mut acc) in self.claims {
            for s in &mut acc.kept {
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
            let Some(first) = acc.kept.first() else { continue };
            claims.entry(ClaimKey::of(first)).or_default().merge(acc, max);
        }
        let mut statements: Vec<Statement> = claims
            .into_values()
            .filter_map(|mut acc| {
                acc.trim(max);
                let count = acc.seen.len();
                let mut kept = acc.kept.into_iter();
                let mut first = kept.next()?;
                let also: BTreeSet<String> = kept.map(|s| s.doc).filter(|d| *d != first.doc).collect();
                first.count = count;
                first.also_in = also.into_iter().collect();
                Some(first)
            })
            .collect();
        statements.sort_unstable();
        let documents =
            self.documents.into_iter().map(|(id, date)| DocumentInfo { id: id.to_string(), date }).collect();
        KnowledgeGraph::from_parts(nodes, edges, statements, documents)
    }

    /// Person ids known only by one name → the single full-name person sharing it.
    fn merge_map(&self) -> HashMap<String, String> {
        let person =
            |acc: &NodeAcc| acc.kinds.keys().next_back().is_some() && acc.kinds.contains_key(&ActorType::Person);
        let mut by_last: HashMap<&str, BTreeSet<&str>> = HashMap::new();
        let mut by_first: HashMap<&str, BTreeSet<&str>> = HashMap::new();
        for (id, acc) in &self.accs {
            let parts: Vec<&str> = id.split('_').collect();
            if parts.len() >= 2 && person(acc) {
                by_last.entry(parts[parts.len() - 1]).or_default().insert(id);
                by_first.entry(parts[0]).or_default().insert(id);
            }
        }
        let mut map = HashMap::new();
        for (id, acc) in &self.accs {
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
    fn repeats_are_counted_but_kept_only_up_to_the_limit() {
        let trump = ent("donald_trump", "Donald Trump", ActorType::Person);
        let putin = ent("vladimir_putin", "Vladimir Putin", ActorType::Person);
        let mut b = GraphBuilder::new().max_evidence(2);
        for doc in ["d3", "d1", "d4", "d2", "d5"] {
            b.add(&rec(doc, trump.clone(), RelationType::MetWith, Some(putin.clone()), vec![]));
            b.add(&rec(doc, trump.clone(), RelationType::Said, None, vec![putin.clone()]));
        }
        let g = b.finish();
        let met = g.edges().find(|e| e.relation == RelationType::MetWith).expect("met_with edge");
        assert_eq!(met.weight, 5);
        assert_eq!(met.evidence.iter().map(|e| e.doc.as_str()).collect::<Vec<_>>(), ["d1", "d2"]);
        assert_eq!(g.statements().len(), 1);
        let s = &g.statements()[0];
        assert_eq!((s.doc.as_str(), s.count, s.also_in.as_slice()), ("d1", 5, ["d2".to_owned()].as_slice()));
        assert_eq!(g.node("donald_trump").map(|n| n.documents.len()), Some(5));
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
