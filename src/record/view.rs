//! A relation record with borrowed strings: what the graph stage reads.
//!
//! Takes a [`RelationRecord`] or a [`LineRecord`] (a record parsed from its
//! JSON line); gives a [`RecordRef`], the same fields with every string
//! borrowed, so that reading a record allocates nothing and the graph stage
//! copies only what it keeps. Also here: validation, and the two hashes the
//! graph stage keys sightings and claims by, which a [`LineRecord`] computes
//! once, on the worker thread that parses it.

use super::line::{EntityAt, LineRecord};
use super::{ActorType, EntityRef, RelationRecord, RelationType, Span};
use std::hash::{BuildHasher, Hash, Hasher};

/// A [`Span`] with its text borrowed. Hashes and orders as a [`Span`] does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SpanRef<'a> {
    /// The covered text.
    pub text: &'a str,
    /// First code point, inclusive.
    pub start: usize,
    /// Last code point, exclusive.
    pub end: usize,
}

impl SpanRef<'_> {
    /// An owned copy.
    pub fn to_span(self) -> Span {
        Span { text: self.text.to_owned(), start: self.start, end: self.end }
    }
}

impl Span {
    /// The span with its text borrowed.
    pub fn as_ref(&self) -> SpanRef<'_> {
        SpanRef { text: &self.text, start: self.start, end: self.end }
    }
}

/// An [`EntityRef`] with its strings borrowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EntityView<'a> {
    /// Entity id.
    pub id: &'a str,
    /// Canonical name.
    pub name: &'a str,
    /// Actor type.
    pub kind: ActorType,
    /// The words in this sentence that refer to the entity.
    pub mention: Option<SpanRef<'a>>,
}

impl EntityRef {
    /// The entity with its strings borrowed.
    pub fn as_view(&self) -> EntityView<'_> {
        EntityView { id: &self.id, name: &self.name, kind: self.kind, mention: self.mention.as_ref().map(Span::as_ref) }
    }
}

impl EntityView<'_> {
    /// An owned copy.
    pub fn to_entity(self) -> EntityRef {
        EntityRef {
            id: self.id.to_owned(),
            name: self.name.to_owned(),
            kind: self.kind,
            mention: self.mention.map(SpanRef::to_span),
        }
    }
}

/// The `about` actors of a [`RecordRef`].
#[derive(Debug, Clone, Copy)]
pub struct Abouts<'a>(AboutsIn<'a>);

#[derive(Debug, Clone, Copy)]
enum AboutsIn<'a> {
    Owned(&'a [EntityRef]),
    Line(&'a [EntityAt], &'a LineRecord),
}

impl<'a> Abouts<'a> {
    /// How many.
    pub fn len(&self) -> usize {
        match self.0 {
            AboutsIn::Owned(a) => a.len(),
            AboutsIn::Line(a, _) => a.len(),
        }
    }

    /// None at all.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Each, in record order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = EntityView<'a>> + Clone + use<'a> {
        let (owned, line): (&[EntityRef], &[EntityAt]) = match self.0 {
            AboutsIn::Owned(a) => (a, &[]),
            AboutsIn::Line(a, _) => (&[], a),
        };
        let record = match self.0 {
            AboutsIn::Line(_, r) => Some(r),
            AboutsIn::Owned(_) => None,
        };
        AboutIter { owned: owned.iter(), line: line.iter(), record }
    }
}

/// The iterator of [`Abouts::iter`]: one of its two slices is empty.
#[derive(Clone)]
struct AboutIter<'a> {
    owned: std::slice::Iter<'a, EntityRef>,
    line: std::slice::Iter<'a, EntityAt>,
    record: Option<&'a LineRecord>,
}

impl<'a> Iterator for AboutIter<'a> {
    type Item = EntityView<'a>;

    fn next(&mut self) -> Option<EntityView<'a>> {
        if let Some(e) = self.owned.next() {
            return Some(e.as_view());
        }
        let e = self.line.next()?;
        Some(self.record.expect("line entities come with their record").entity(e))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.owned.len() + self.line.len();
        (n, Some(n))
    }
}

impl ExactSizeIterator for AboutIter<'_> {}

/// A [`RelationRecord`] with every string borrowed (see the fields there).
#[derive(Debug, Clone, Copy)]
pub struct RecordRef<'a> {
    /// Document id.
    pub doc: &'a str,
    /// 0-based sentence index in the document.
    pub sentence: usize,
    /// Relation type.
    pub relation: RelationType,
    /// Subject (speaker for statements).
    pub subject: EntityView<'a>,
    /// Object actor, if any.
    pub object: Option<EntityView<'a>>,
    /// The words that triggered the relation.
    pub cue: SpanRef<'a>,
    /// What was said (statements only).
    pub content: Option<SpanRef<'a>>,
    /// Actors the content mentions (statements only).
    pub about: Abouts<'a>,
    /// The event is negated.
    pub negated: bool,
    /// The event is hedged.
    pub hedged: bool,
    /// CAMEO code of the relation.
    pub cameo: Option<&'a str>,
    /// The sentence the relation was found in.
    pub evidence: SpanRef<'a>,
    /// For `affiliated_with`: the role words.
    pub role: Option<&'a str>,
    /// Article date.
    pub date: Option<&'a str>,
}

/// What the graph stage reads of every record: its document, relation and
/// entities. The rest of a [`RecordRef`] (sentence, cue, evidence, content,
/// negation, hedging) it reads only for a sighting it keeps, so a
/// [`LineRecord`] gives this part alone ([`LineRecord::head`]) without
/// slicing the line's other strings.
#[derive(Debug, Clone, Copy)]
pub(crate) struct RecordHead<'a> {
    pub(crate) doc: &'a str,
    pub(crate) date: Option<&'a str>,
    pub(crate) relation: RelationType,
    pub(crate) subject: EntityView<'a>,
    pub(crate) object: Option<EntityView<'a>>,
    pub(crate) about: Abouts<'a>,
}

impl<'a> RecordRef<'a> {
    /// The fields of [`RecordHead`].
    pub(crate) fn head(&self) -> RecordHead<'a> {
        RecordHead {
            doc: self.doc,
            date: self.date,
            relation: self.relation,
            subject: self.subject,
            object: self.object,
            about: self.about,
        }
    }
}

impl RelationRecord {
    /// The record with its strings borrowed.
    pub fn as_ref(&self) -> RecordRef<'_> {
        RecordRef {
            doc: &self.doc,
            sentence: self.sentence,
            relation: self.relation,
            subject: self.subject.as_view(),
            object: self.object.as_ref().map(EntityRef::as_view),
            cue: self.cue.as_ref(),
            content: self.content.as_ref().map(Span::as_ref),
            about: Abouts(AboutsIn::Owned(&self.about)),
            negated: self.negated,
            hedged: self.hedged,
            cameo: self.cameo.as_deref(),
            evidence: self.evidence.as_ref(),
            role: self.role.as_deref(),
            date: self.date.as_deref(),
        }
    }
}

impl<'a> Abouts<'a> {
    pub(super) fn line(about: &'a [EntityAt], record: &'a LineRecord) -> Abouts<'a> {
        Abouts(AboutsIn::Line(about, record))
    }
}

/// A 64-bit hash of a sighting: foldhash's quality variant with a fixed
/// seed. Distinct sightings are counted by distinct hashes, so what matters
/// is that two different sightings practically never share one: like the
/// SipHash used before (whose keys were fixed too, so it guarded against no
/// adversary either), a 64-bit hash of good quality gives a chance of about
/// n²/2⁶⁵ for n sightings of one edge or claim; it is several times faster
/// on the sentence-long texts hashed here.
fn hash64(value: &impl Hash) -> u64 {
    const SIGHTINGS: foldhash::quality::FixedState = foldhash::quality::FixedState::with_seed(0x6e65_7773_6772_6170);
    SIGHTINGS.hash_one(value)
}

/// The hash of a claim: of its [`RecordRef::claim_key`].
pub(crate) fn claim_hash(key: &[u8]) -> u64 {
    hash64(&key)
}

/// Appends a string that ends where its length says: its length in bytes
/// (eight bytes, little-endian), then its bytes.
fn push_counted(out: &mut Vec<u8>, s: &str) {
    out.extend_from_slice(&(s.len() as u64).to_le_bytes());
    out.extend_from_slice(s.as_bytes());
}

/// Appends an optional string: a 0 byte for none, else a 1 byte and the
/// string as [`push_counted`] writes it.
fn push_counted_opt(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => {
            out.push(1);
            push_counted(out, s);
        }
        None => out.push(0),
    }
}

impl<'a> RecordRef<'a> {
    /// The claim a statement makes (speaker, relation, object, about, cue
    /// words, content, negation and hedging) as one string of bytes: two
    /// records make the same claim exactly when their keys are equal.
    /// Negation, hedging and the relation a byte each, then the strings, each
    /// after its length, a missing object or content marked by a byte of its
    /// own, the `about` ids after their number: no two claims have the same
    /// key. A [`LineRecord`] computes it (and [`RecordRef::claim_hash`], its
    /// hash) when it is read, so that the graph stage finds a claim by one
    /// comparison instead of one per field, in one allocation instead of five.
    pub(crate) fn claim_key(&self) -> Vec<u8> {
        let content = self.content.map(|c| c.text);
        let object = self.object.map(|o| o.id);
        let counted = |s: &str| 8 + s.len();
        let len = 3
            + counted(self.subject.id)
            + object.map_or(1, |o| 1 + counted(o))
            + 8
            + self.about.iter().map(|a| counted(a.id)).sum::<usize>()
            + counted(self.cue.text)
            + content.map_or(1, |c| 1 + counted(c));
        let mut out = Vec::with_capacity(len);
        out.extend_from_slice(&[u8::from(self.negated), u8::from(self.hedged), self.relation as u8]);
        push_counted(&mut out, self.subject.id);
        push_counted_opt(&mut out, object);
        out.extend_from_slice(&(self.about.len() as u64).to_le_bytes());
        for a in self.about.iter() {
            push_counted(&mut out, a.id);
        }
        push_counted(&mut out, self.cue.text);
        push_counted_opt(&mut out, content);
        debug_assert_eq!(out.len(), len);
        out
    }
}

impl EntityView<'_> {
    /// The hash of what the graph stage tells apart among an entity's
    /// sightings: its id, name, type and the text of its mention. A
    /// [`LineRecord`] computes it for each of its entities when it is read.
    pub(crate) fn variant_hash(&self) -> u64 {
        let mut h = rustc_hash::FxHasher::default();
        (self.id, self.name, self.kind, self.mention.map(|m| m.text)).hash(&mut h);
        h.finish()
    }
}

impl<'a> RecordRef<'a> {
    /// The hash that tells sightings apart in the graph: of the document,
    /// sentence, cue, evidence, content, negation, hedging and date (the
    /// evidence the record gives).
    pub fn sighting_hash(&self) -> u64 {
        hash64(&(self.doc, self.sentence, self.cue, self.evidence, self.content, self.negated, self.hedged, self.date))
    }

    /// The hash of the claim a statement makes (of its `claim_key`: speaker,
    /// relation, object, about, cue words, content, negation and hedging).
    pub fn claim_hash(&self) -> u64 {
        claim_hash(&self.claim_key())
    }

    /// An owned copy.
    pub fn to_record(&self) -> RelationRecord {
        RelationRecord {
            doc: self.doc.to_owned(),
            sentence: self.sentence,
            relation: self.relation,
            subject: self.subject.to_entity(),
            object: self.object.map(EntityView::to_entity),
            cue: self.cue.to_span(),
            content: self.content.map(SpanRef::to_span),
            about: self.about.iter().map(EntityView::to_entity).collect(),
            negated: self.negated,
            hedged: self.hedged,
            cameo: self.cameo.map(str::to_owned),
            evidence: self.evidence.to_span(),
            role: self.role.map(str::to_owned),
            date: self.date.map(str::to_owned),
        }
    }

    /// See [`RelationRecord::validate`].
    pub fn validate(&self) -> Result<(), String> {
        self.validate_with(|text| text.chars().count())
    }

    /// [`RecordRef::validate`], with `chars` giving the length of a text in
    /// characters (its length in bytes, when the record is known to be ASCII).
    pub(crate) fn validate_with(&self, chars: impl Fn(&str) -> usize) -> Result<(), String> {
        if self.doc.trim().is_empty() {
            return Err("empty \"doc\"".into());
        }
        let entities = || {
            std::iter::once(("subject", self.subject))
                .chain(self.object.map(|o| ("object", o)))
                .chain(self.about.iter().map(|a| ("about", a)))
        };
        let check = |what: &str, span: SpanRef<'_>| -> Result<(), String> {
            if span.start > span.end {
                return Err(format!("{what} span has start {} > end {}", span.start, span.end));
            }
            let chars = chars(span.text);
            if chars != span.end - span.start {
                return Err(format!(
                    "{what} span {}..{} is {} characters long but its text has {chars}",
                    span.start,
                    span.end,
                    span.end - span.start
                ));
            }
            Ok(())
        };
        // The order of the messages: ids first, then the spans (cue,
        // evidence, content, then the entities' mentions).
        for (what, e) in entities() {
            if e.id.trim().is_empty() {
                return Err(format!("{what} has an empty id"));
            }
        }
        check("cue", self.cue)?;
        check("evidence", self.evidence)?;
        if let Some(c) = self.content {
            check("content", c)?;
        }
        for (what, e) in entities() {
            if let Some(m) = e.mention {
                check(what, m)?;
            }
        }
        if self.cue.start < self.evidence.start || self.cue.end > self.evidence.end {
            return Err(format!(
                "cue span {}..{} lies outside the evidence {}..{}",
                self.cue.start, self.cue.end, self.evidence.start, self.evidence.end
            ));
        }
        Ok(())
    }
}
