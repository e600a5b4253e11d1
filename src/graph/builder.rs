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
use crate::record::{
    ActorType, EntityView, LineRecord, RecordHead, RecordRef, RelationRecord, RelationType, Span, SpanRef, claim_hash,
};
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

/// Evidence kept per edge, and occurrences per statement, unless set otherwise.
pub const DEFAULT_MAX_EVIDENCE: usize = 20;

/// What the records say about one entity id, while they are added.
#[derive(Debug, Default)]
struct NodeAcc {
    names: FxHashMap<String, usize>,
    kinds: BTreeMap<ActorType, usize>,
    aliases: FxHashSet<String>,
    /// Distinct mentions.
    mentions: usize,
    /// Indices into [`GraphBuilder::doc_ids`], in the order seen: a document
    /// once for each run of its records (sorted and deduplicated in
    /// [`GraphBuilder::finish`], and whenever the list would grow).
    documents: Vec<u32>,
    /// The document last added to `documents`: a document's records come
    /// together, so most sightings need no set lookup.
    last_document: Option<u32>,
}

/// One way an entity was seen: its id, name, type and mention text (see
/// [`EntityView::variant_hash`]). An entity is seen in few ways, so a
/// sighting is one lookup of its variant, by a hash computed when its record
/// was read, instead of a lookup of its id, its name, its type and its
/// mention among the entity's aliases; the variants' counts go into the
/// entities' names and types in [`GraphBuilder::finish`].
#[derive(Debug)]
struct Variant {
    /// Index into [`GraphBuilder::accs`].
    entity: u32,
    kind: ActorType,
    /// Sightings.
    count: usize,
    /// The name, then the mention's text (if any).
    strings: Box<str>,
    name_len: usize,
    has_mention: bool,
}

impl Variant {
    fn name(&self) -> &str {
        &self.strings[..self.name_len]
    }

    fn mention(&self) -> Option<&str> {
        self.has_mention.then(|| &self.strings[self.name_len..])
    }

    /// Whether `e` (of the entity `id`) is this variant.
    fn is(&self, e: &EntityView<'_>, ids: &[(String, NodeAcc)]) -> bool {
        self.kind == e.kind
            && self.name() == e.name
            && self.mention() == e.mention.map(|m| m.text)
            && ids[self.entity as usize].0 == e.id
    }
}

/// What the records say about one node, entities merged, in sorted sets.
#[derive(Debug, Default)]
struct MergedAcc {
    names: BTreeMap<String, usize>,
    kinds: BTreeMap<ActorType, usize>,
    aliases: BTreeSet<String>,
    mentions: usize,
    documents: BTreeSet<Arc<str>>,
}

/// Sightings of one edge or one statement: all counted, the first few kept.
#[derive(Debug)]
struct Sightings<T> {
    /// Hashes of every distinct sighting.
    seen: FxHashSet<u64>,
    /// The first sightings in sort order, each with its document (an index
    /// into [`GraphBuilder::doc_ids`]). While records are added with a `max`
    /// of at most [`SORTED_UP_TO`]: sorted, distinct and at most `max`.
    /// Otherwise: at most `max` once trimmed.
    kept: Vec<(u32, T)>,
    /// (`max` above [`SORTED_UP_TO`].) The last trim left exactly `max`
    /// sightings, and `kept` has only grown at its end since: a sighting that
    /// sorts after `kept[max - 1]` can never be among the first `max`, so it
    /// need not be made.
    full: bool,
}

/// The document of a sighting: its index into [`GraphBuilder::doc_ids`], and
/// those ids. Sightings sort by their document first, so two sightings of
/// different documents compare by these ids, which are read often and so
/// mostly in cache, instead of by the documents of the sightings kept,
/// which are not (finding a new sighting's place among those kept was the
/// graph thread's largest cost).
#[derive(Clone, Copy)]
struct DocOf<'a> {
    index: u32,
    ids: &'a [Arc<str>],
}

impl DocOf<'_> {
    /// How the document `kept` (an index) compares with this one.
    #[inline]
    fn cmp_kept(&self, kept: u32) -> std::cmp::Ordering {
        if kept == self.index {
            std::cmp::Ordering::Equal
        } else {
            self.ids[kept as usize].cmp(&self.ids[self.index as usize])
        }
    }
}

/// Adds `doc` to an entity's `documents`. A document's records come
/// together, so a document is added once for each run of its records; the
/// list is sorted and deduplicated before it would grow, so it holds at most
/// twice as many as there are distinct documents (and a few more).
fn note_document(documents: &mut Vec<u32>, doc: u32) {
    if documents.len() == documents.capacity() && documents.len() >= 16 {
        documents.sort_unstable();
        documents.dedup();
    }
    documents.push(doc);
}

/// Up to this many sightings kept, `kept` stays sorted as sightings come
/// (an insertion moves at most this many, and a sighting that cannot be
/// among the first is never made); beyond, it is sorted in batches.
const SORTED_UP_TO: usize = 64;

impl<T> Default for Sightings<T> {
    fn default() -> Self {
        Sightings { seen: FxHashSet::default(), kept: Vec::new(), full: false }
    }
}

impl<T: Ord> Sightings<T> {
    /// Counts the sighting `hash` of the document `doc`; if it is new, keeps
    /// the sighting `item` makes, unless `after(bound)` says that it sorts
    /// after `bound`, the last of the first `max` kept. (`T` sorts by its
    /// document first.)
    fn add(&mut self, hash: u64, doc: DocOf<'_>, item: impl FnOnce() -> T, after: impl FnOnce(&T) -> bool, max: usize) {
        use std::cmp::Ordering::{Equal, Greater, Less};
        if !self.seen.insert(hash) {
            return;
        }
        if max <= SORTED_UP_TO {
            if self.kept.len() >= max {
                let (bound_doc, bound) = &self.kept[max - 1];
                let sorts_after = match doc.cmp_kept(*bound_doc) {
                    Less => true,
                    Greater => false,
                    Equal => after(bound),
                };
                if sorts_after {
                    return;
                }
            }
            // It sorts before the last kept (if there are `max`), which it
            // replaces. (A sighting equal to one kept has its hash: it was
            // counted above.)
            let item = item();
            let at = self.kept.partition_point(|(kept_doc, kept)| match doc.cmp_kept(*kept_doc) {
                Less => true,
                Greater => false,
                Equal => *kept < item,
            });
            if self.kept.len() >= max {
                self.kept.pop();
            } else if self.kept.len() == self.kept.capacity() {
                // Grown as a vector grows, but never past `max`: with the
                // default 20, to 20 instead of 32 sightings of ≈ 200 bytes.
                let len = self.kept.len();
                self.kept.reserve_exact((2 * len).max(4).min(max) - len);
            }
            self.kept.insert(at, (doc.index, item));
            return;
        }
        if self.full && after(&self.kept[max - 1].1) {
            return;
        }
        self.kept.push((doc.index, item()));
        if self.kept.len() >= max.saturating_mul(2).max(8) {
            self.trim(max);
        }
    }

    fn merge(&mut self, other: Sightings<T>, max: usize) {
        if self.seen.is_empty() && self.kept.is_empty() {
            // Most edges and claims merge with nothing: moved, not copied.
            *self = other;
        } else {
            self.seen.extend(other.seen);
            self.kept.extend(other.kept);
        }
        if self.kept.len() >= max.saturating_mul(2).max(8) {
            self.trim(max);
        }
    }

    /// Sorted, distinct, at most `max`.
    fn trim(&mut self, max: usize) {
        self.kept.sort_unstable_by(|a, b| a.1.cmp(&b.1));
        self.kept.dedup_by(|a, b| a.1 == b.1);
        self.kept.truncate(max);
        self.full = self.kept.len() == max;
    }
}

/// The fields of an [`Evidence`] in the order it sorts by.
type EvidenceOrder<'a> = (&'a str, usize, SpanRef<'a>, SpanRef<'a>, Option<SpanRef<'a>>, bool, bool, Option<&'a str>);

fn evidence_order(e: &Evidence) -> EvidenceOrder<'_> {
    let content = e.content.as_ref().map(Span::as_ref);
    (&e.doc, e.sentence, e.cue.as_ref(), e.span.as_ref(), content, e.negated, e.hedged, e.date.as_deref())
}

/// The evidence `r` gives, in the order of [`evidence_order`].
fn record_evidence_order<'a>(r: &RecordRef<'a>) -> EvidenceOrder<'a> {
    (r.doc, r.sentence, r.cue, r.evidence, r.content, r.negated, r.hedged, r.date)
}

/// The fields in which occurrences of one claim can differ, in the order a
/// [`Statement`] sorts by (its other fields are the claim's own).
type OccurrenceOrder<'a> = (&'a str, usize, SpanRef<'a>, Option<SpanRef<'a>>, Option<&'a str>, SpanRef<'a>);

fn occurrence_order(s: &Statement) -> OccurrenceOrder<'_> {
    (&s.doc, s.sentence, s.cue.as_ref(), s.content.as_ref().map(Span::as_ref), s.date.as_deref(), s.evidence.as_ref())
}

fn record_occurrence_order<'a>(r: &RecordRef<'a>) -> OccurrenceOrder<'a> {
    (r.doc, r.sentence, r.cue, r.content, r.date, r.evidence)
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
    /// Every way an entity was seen, by [`EntityView::variant_hash`].
    variants: hashbrown::HashTable<Variant>,
    /// Edges by the indices (into `accs`) of their ends: keys need no strings.
    edges: FxHashMap<(u32, u32, RelationType, Role), Sightings<Evidence>>,
    /// Claims: [`RecordRef::claim_hash`], [`RecordRef::claim_key`] and sightings.
    claims: hashbrown::HashTable<(u64, Box<[u8]>, Sightings<Statement>)>,
    /// Every document: its index into `doc_ids` (sorted by id in [`GraphBuilder::finish`]).
    documents: FxHashMap<Arc<str>, u32>,
    /// The date of each document, by index.
    doc_dates: Vec<Option<String>>,
    /// Document ids by index; an id is shared by the nodes that appear in it.
    doc_ids: Vec<Arc<str>>,
    /// The document `document` gave last, and whether it has a date: a
    /// document's records come together, so most need no map lookup.
    last_document: Option<(u32, bool)>,
    max_evidence: usize,
    /// The document whose mentions `doc_mentions` holds: a mention is
    /// counted once per document, and a document's records come together.
    mention_doc: Option<u32>,
    /// Mentions of `mention_doc` seen: entity index, start and end.
    doc_mentions: FxHashSet<(u32, usize, usize)>,
    /// The indices of a record's `about` actors (a buffer kept between records).
    about: Vec<u32>,
}

impl Default for GraphBuilder {
    fn default() -> Self {
        GraphBuilder {
            ids: FxHashMap::default(),
            accs: Vec::new(),
            variants: hashbrown::HashTable::new(),
            edges: FxHashMap::default(),
            claims: hashbrown::HashTable::new(),
            documents: FxHashMap::default(),
            doc_dates: Vec::new(),
            doc_ids: Vec::new(),
            last_document: None,
            max_evidence: DEFAULT_MAX_EVIDENCE,
            mention_doc: None,
            doc_mentions: FxHashSet::default(),
            about: Vec::new(),
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

    /// The index of a document, noting it (and its date) if new.
    fn document(&mut self, id: &str, date: Option<&str>) -> u32 {
        if let Some((last, dated)) = self.last_document
            && *self.doc_ids[last as usize] == *id
            && (dated || date.is_none())
        {
            return last;
        }
        let (index, dated) = self.document_slow(id, date);
        self.last_document = Some((index, dated));
        index
    }

    /// The index of a document and whether it has a date, noting it (and its date) if new.
    fn document_slow(&mut self, id: &str, date: Option<&str>) -> (u32, bool) {
        match self.documents.get(id) {
            Some(&index) => {
                let slot = &mut self.doc_dates[index as usize];
                if slot.is_none() && date.is_some() {
                    *slot = date.map(str::to_owned);
                }
                (index, slot.is_some())
            }
            None => {
                let index = u32::try_from(self.doc_ids.len()).expect("fewer than 2^32 documents");
                let key: Arc<str> = Arc::from(id);
                self.doc_ids.push(key.clone());
                self.doc_dates.push(date.map(str::to_owned));
                self.documents.insert(key, index);
                (index, date.is_some())
            }
        }
    }

    /// Counts a sighting of `e`, whose [`EntityView::variant_hash`] is
    /// `variant`; gives its index.
    fn see(&mut self, e: &EntityView<'_>, variant: u64, doc: u32) -> u32 {
        let accs = &self.accs;
        let index = match self.variants.find_mut(variant, |v| v.is(e, accs)) {
            Some(v) => {
                v.count += 1;
                v.entity
            }
            None => self.new_variant(e, variant),
        };
        let acc = &mut self.accs[index as usize].1;
        if acc.last_document != Some(doc) {
            note_document(&mut acc.documents, doc);
            acc.last_document = Some(doc);
        }
        if self.mention_doc != Some(doc) {
            self.mention_doc = Some(doc);
            self.doc_mentions.clear();
        }
        let fresh = match e.mention {
            Some(m) => self.doc_mentions.insert((index, m.start, m.end)),
            None => true,
        };
        if fresh {
            acc.mentions += 1;
        }
        index
    }

    /// Notes the first sighting of a variant of an entity (and of the entity,
    /// if new), with its name and mention among the entity's aliases; gives
    /// the entity's index.
    #[cold]
    fn new_variant(&mut self, e: &EntityView<'_>, variant: u64) -> u32 {
        let index = match self.ids.get(e.id) {
            Some(&i) => i,
            None => {
                let i = u32::try_from(self.accs.len()).expect("fewer than 2^32 entities");
                self.ids.insert(e.id.to_owned(), i);
                self.accs.push((e.id.to_owned(), NodeAcc::default()));
                i
            }
        };
        let acc = &mut self.accs[index as usize].1;
        // Every name is an alias too.
        if !acc.names.contains_key(e.name) {
            acc.names.insert(e.name.to_owned(), 0);
            acc.aliases.insert(e.name.to_owned());
        }
        if let Some(m) = e.mention
            && m.text != e.name
            && !acc.aliases.contains(m.text)
        {
            acc.aliases.insert(m.text.to_owned());
        }
        let mention = e.mention.map_or("", |m| m.text);
        let v = Variant {
            entity: index,
            kind: e.kind,
            count: 1,
            strings: [e.name, mention].concat().into_boxed_str(),
            name_len: e.name.len(),
            has_mention: e.mention.is_some(),
        };
        let hasher = |v: &Variant| -> u64 {
            let mention = v.mention().map(|text| SpanRef { text, start: 0, end: 0 });
            EntityView { id: &self.accs[v.entity as usize].0, name: v.name(), kind: v.kind, mention }.variant_hash()
        };
        self.variants.insert_unique(variant, v, hasher);
        index
    }

    /// Adds the counts of every variant to its entity's names and types.
    fn count_variants(&mut self) {
        for v in std::mem::take(&mut self.variants) {
            let acc = &mut self.accs[v.entity as usize].1;
            *acc.names.get_mut(v.name()).expect("a variant's name is among its entity's") += v.count;
            *acc.kinds.entry(v.kind).or_default() += v.count;
        }
    }

    /// Adds one record.
    pub fn add(&mut self, r: &RelationRecord) {
        let r = r.as_ref();
        let key = r.relation.is_statement().then(|| r.claim_key());
        let claim = key.as_deref().map(|key| (claim_hash(key), key));
        let subject = r.subject.variant_hash();
        let variants = std::iter::once(subject)
            .chain(r.object.map(|o| o.variant_hash()))
            .chain(r.about.iter().map(|a| a.variant_hash()));
        self.add_ref(r.head(), || r, r.sighting_hash(), claim, variants);
    }

    /// Adds a record read from its JSON line: its strings are copied only
    /// where the graph keeps them, and its hashes were computed when it was
    /// read. Only its document and entities are read for every record; its
    /// evidence only when a sighting of it is kept, or to decide whether it is.
    pub fn add_line(&mut self, r: &LineRecord) {
        self.add_ref(r.head(), || r.record(), r.sighting_hash(), r.claim(), r.variant_hashes());
    }

    /// Adds the record `record` gives, whose document, relation and entities
    /// are `head`, whose [`RecordRef::sighting_hash`] is `evidence_hash` and
    /// (for a statement) [`RecordRef::claim_hash`] and [`RecordRef::claim_key`]
    /// are `claim`, and
    /// `variants` gives [`EntityView::variant_hash`] of the subject, the
    /// object (if any) and each `about` actor. `record` is called (once) only
    /// when a sighting's evidence is needed.
    fn add_ref<'a>(
        &mut self,
        head: RecordHead<'a>,
        record: impl Fn() -> RecordRef<'a>,
        evidence_hash: u64,
        claim: Option<(u64, &[u8])>,
        mut variants: impl Iterator<Item = u64>,
    ) {
        let full = std::cell::OnceCell::new();
        let r = || full.get_or_init(&record);
        let doc = self.document(head.doc, head.date);
        let mut variant = || variants.next().expect("a variant hash for each entity");
        let subject = self.see(&head.subject, variant(), doc);
        let object = head.object.map(|o| self.see(&o, variant(), doc));
        let mut about = std::mem::take(&mut self.about);
        about.clear();
        about.extend(head.about.iter().map(|a| self.see(&a, variant(), doc)));
        let evidence = || {
            let r = r();
            Evidence {
                doc: r.doc.to_owned(),
                sentence: r.sentence,
                cue: r.cue.to_span(),
                span: r.evidence.to_span(),
                content: r.content.map(SpanRef::to_span),
                negated: r.negated,
                hedged: r.hedged,
                date: r.date.map(str::to_owned),
            }
        };
        let max = self.max_evidence;
        let doc = DocOf { index: doc, ids: &self.doc_ids };
        let relation = head.relation;
        // An entity's index stands for its id (two ids, two indices), so ends
        // are told apart by their indices, without reading the ids.
        let mut edge = |s: (u32, &str), t: (u32, &str), role: Role| {
            if s.0 == t.0 {
                return;
            }
            let (s, t) = if relation.is_symmetric() && t.1 < s.1 { (t, s) } else { (s, t) };
            self.edges.entry((s.0, t.0, relation, role)).or_default().add(
                evidence_hash,
                doc,
                evidence,
                |bound| record_evidence_order(r()) > evidence_order(bound),
                max,
            );
        };
        let subject = (subject, head.subject.id);
        if let (Some(o), Some(object)) = (head.object, object) {
            edge(subject, (object, o.id), Role::Object);
        }
        if let Some((claim_hash, key)) = claim {
            for (a, &index) in head.about.iter().zip(&about) {
                if object != Some(index) {
                    edge(subject, (index, a.id), Role::About);
                }
            }
            let statement = || {
                let r = r();
                Statement {
                    doc: r.doc.to_owned(),
                    sentence: r.sentence,
                    speaker: r.subject.id.to_owned(),
                    relation: r.relation,
                    cue: r.cue.to_span(),
                    content: r.content.map(SpanRef::to_span),
                    object: r.object.map(|o| o.id.to_owned()),
                    about: r.about.iter().map(|a| a.id.to_owned()).collect(),
                    negated: r.negated,
                    hedged: r.hedged,
                    date: r.date.map(str::to_owned),
                    evidence: r.evidence.to_span(),
                    count: 1,
                    also_in: Vec::new(),
                }
            };
            let claim = match self.claims.find_mut(claim_hash, |(_, k, _)| **k == *key) {
                Some((_, _, claim)) => claim,
                None => {
                    let entry = (claim_hash, Box::from(key), Sightings::default());
                    &mut self.claims.insert_unique(claim_hash, entry, |(hash, _, _)| *hash).into_mut().2
                }
            };
            // What tells two occurrences of one claim apart: the evidence hash
            // (its negation and hedging are the claim's own).
            let after = |bound: &Statement| record_occurrence_order(r()) > occurrence_order(bound);
            claim.add(evidence_hash, doc, statement, after, max);
        }
        self.about = about;
    }

    /// Merges entities across documents and gives the sorted graph.
    pub fn finish(mut self) -> KnowledgeGraph {
        self.count_variants();
        let merge = self.merge_map();
        let map = |id: &str| -> String { merge.get(id).cloned().unwrap_or_else(|| id.to_owned()) };
        let max = self.max_evidence;

        let mut nodes: BTreeMap<String, MergedAcc> = BTreeMap::new();
        let ids: Vec<&str> = self.accs.iter().map(|(id, _)| id.as_str()).collect();
        // Each entity's node once merged, as an index into `accs`: edges are
        // merged by indices, and sorted by their ids once.
        let node_of: Vec<u32> =
            (0..ids.len()).map(|i| merge.get(ids[i]).map_or(i as u32, |full| self.ids[full.as_str()])).collect();
        let mut merged: FxHashMap<(u32, u32, RelationType, Role), Sightings<Evidence>> = FxHashMap::default();
        for ((s, t, r, role), ev) in self.edges {
            let (s, t) = (node_of[s as usize], node_of[t as usize]);
            if s == t {
                continue;
            }
            let (s, t) = if r.is_symmetric() && ids[t as usize] < ids[s as usize] { (t, s) } else { (s, t) };
            merged.entry((s, t, r, role)).or_default().merge(ev, max);
        }
        let mut edges: Vec<_> = merged.into_iter().collect();
        edges.sort_unstable_by(|((s, t, r, role), _), ((s2, t2, r2, role2), _)| {
            (ids[*s as usize], ids[*t as usize], r, role).cmp(&(ids[*s2 as usize], ids[*t2 as usize], r2, role2))
        });
        let edges: Vec<Edge> = edges
            .into_iter()
            .map(|((source, target, relation, role), mut ev)| {
                ev.trim(max);
                Edge {
                    source: ids[source as usize].to_owned(),
                    target: ids[target as usize].to_owned(),
                    relation,
                    role,
                    weight: ev.seen.len(),
                    cameo: relation.cameo().map(str::to_owned),
                    evidence: ev.kept.into_iter().map(|(_, e)| e).collect(),
                }
            })
            .collect();
        // Each document's place in id order: an actor's documents are sorted
        // by it, without comparing their ids.
        let mut by_id: Vec<u32> = self.documents.into_values().collect();
        by_id.sort_unstable_by(|&a, &b| self.doc_ids[a as usize].cmp(&self.doc_ids[b as usize]));
        let mut rank = vec![0u32; self.doc_ids.len()];
        for (place, &index) in by_id.iter().enumerate() {
            rank[index as usize] = place as u32;
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
            let mut documents = acc.documents;
            documents.sort_unstable_by_key(|&d| rank[d as usize]);
            documents.dedup();
            let documents = documents.into_iter().map(|d| self.doc_ids[d as usize].clone());
            if target.documents.is_empty() {
                // Built at once from the sorted ids, not one insertion at a time.
                target.documents = documents.collect();
            } else {
                target.documents.extend(documents);
            }
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

        let mut claims: FxHashMap<ClaimKey, Sightings<Statement>> = FxHashMap::default();
        for (_, _, mut acc) in self.claims {
            let map = |id: &mut String| {
                if let Some(full) = merge.get(id.as_str()) {
                    id.clone_from(full);
                }
            };
            for (_, s) in &mut acc.kept {
                map(&mut s.speaker);
                if let Some(o) = &mut s.object {
                    map(o);
                }
                for a in &mut s.about {
                    map(a);
                }
                let mut seen = BTreeSet::new();
                s.about.retain(|a| seen.insert(a.clone()));
            }
            let Some((_, first)) = acc.kept.first() else { continue };
            claims.entry(ClaimKey::of(first)).or_default().merge(acc, max);
        }
        let mut statements: Vec<Statement> = claims
            .into_values()
            .filter_map(|mut acc| {
                acc.trim(max);
                let count = acc.seen.len();
                let mut kept = acc.kept.into_iter().map(|(_, s)| s);
                let mut first = kept.next()?;
                let also: BTreeSet<String> = kept.map(|s| s.doc).filter(|d| *d != first.doc).collect();
                first.count = count;
                first.also_in = also.into_iter().collect();
                Some(first)
            })
            .collect();
        statements.sort_unstable();
        let mut dates = self.doc_dates;
        let documents = by_id
            .into_iter()
            .map(|d| DocumentInfo { id: self.doc_ids[d as usize].to_string(), date: dates[d as usize].take() })
            .collect();
        KnowledgeGraph::from_parts(nodes, edges, statements, documents)
    }

    /// Person ids known only by one name → the single full-name person sharing it.
    fn merge_map(&self) -> FxHashMap<String, String> {
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
        let mut map = FxHashMap::default();
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
    use crate::record::EntityRef;

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
    fn the_evidence_kept_is_the_first_in_sort_order_whatever_the_limit() {
        let trump = ent("donald_trump", "Donald Trump", ActorType::Person);
        let putin = ent("vladimir_putin", "Vladimir Putin", ActorType::Person);
        let build = |max: usize| {
            let mut b = GraphBuilder::new().max_evidence(max);
            // Documents in an order that is neither sorted nor reversed, two sentences each.
            for i in [7, 3, 11, 0, 19, 5, 14, 2, 9, 16, 1, 12, 8, 18, 4, 10, 6, 15, 13, 17] {
                for sentence in [1, 0] {
                    let mut r =
                        rec(&format!("d{i}"), trump.clone(), RelationType::MetWith, Some(putin.clone()), vec![]);
                    r.sentence = sentence;
                    b.add(&r);
                    let mut r = rec(&format!("d{i}"), trump.clone(), RelationType::Said, None, vec![putin.clone()]);
                    r.sentence = sentence;
                    b.add(&r);
                }
            }
            b.finish()
        };
        let all = build(0);
        let some = build(3);
        let (all_met, some_met) = (all.edges().next().expect("edge"), some.edges().next().expect("edge"));
        assert_eq!(some_met.weight, 40);
        assert_eq!(some_met.evidence[..], all_met.evidence[..3]);
        let (all_said, some_said) = (&all.statements()[0], &some.statements()[0]);
        assert_eq!(some_said.count, 40);
        assert_eq!(some_said.also_in, ["d1"]);
        assert_eq!(all_said.doc, some_said.doc);
    }

    #[test]
    fn evidence_and_occurrences_compare_as_their_orders_say() {
        let span = |text: &str, start| Span { text: text.into(), start, end: start + 1 };
        let evidence = |doc: &str, sentence, cue| Evidence {
            doc: doc.into(),
            sentence,
            cue,
            span: span("x", 0),
            content: None,
            negated: false,
            hedged: false,
            date: None,
        };
        let all = [
            evidence("a", 2, span("x", 0)),
            evidence("b", 1, span("x", 0)),
            evidence("a", 10, span("x", 0)),
            evidence("a", 2, span("x", 1)),
        ];
        for a in &all {
            for b in &all {
                assert_eq!(a.cmp(b), evidence_order(a).cmp(&evidence_order(b)));
            }
        }
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
