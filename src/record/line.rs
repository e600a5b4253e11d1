//! A relation record kept as the JSON line it was read from.
//!
//! Takes a line of a records file and the positions of its fields (found by
//! the parser in `text/record_line.rs`); gives the record as a
//! [`RecordRef`] whose strings are slices of the line, and the line itself
//! to copy to the output. Parsing allocates one buffer instead of a
//! [`RelationRecord`]'s twenty strings: the line, with the unescaped form of
//! any string that has escapes appended to it. The hashes the graph stage
//! keys sightings and claims by are computed here, on the worker thread that
//! parses the line, not on the graph's thread.

use super::view::{Abouts, EntityView, RecordHead, RecordRef, SpanRef, claim_hash};
use super::{ActorType, RelationRecord, RelationType};

/// A string of a [`LineRecord`]: a byte range of its buffer.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Str {
    pub(crate) start: usize,
    pub(crate) end: usize,
}

/// A span of a [`LineRecord`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct SpanAt {
    pub(crate) text: Str,
    pub(crate) start: usize,
    pub(crate) end: usize,
}

/// An entity of a [`LineRecord`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct EntityAt {
    pub(crate) id: Str,
    pub(crate) name: Str,
    pub(crate) kind: ActorType,
    pub(crate) mention: Option<SpanAt>,
    /// [`EntityView::variant_hash`], computed by [`LineRecord::new`].
    pub(crate) variant: u64,
}

/// The fields of a [`LineRecord`], as the parser finds them.
#[derive(Debug, Clone)]
pub(crate) struct LineFields {
    pub(crate) doc: Str,
    pub(crate) sentence: usize,
    pub(crate) relation: RelationType,
    pub(crate) subject: EntityAt,
    pub(crate) object: Option<EntityAt>,
    pub(crate) cue: SpanAt,
    pub(crate) content: Option<SpanAt>,
    pub(crate) about: Vec<EntityAt>,
    pub(crate) negated: bool,
    pub(crate) hedged: bool,
    pub(crate) cameo: Option<Str>,
    pub(crate) evidence: SpanAt,
    pub(crate) role: Option<Str>,
    pub(crate) date: Option<Str>,
    /// Every string is ASCII: a span's length in characters is its length in bytes.
    pub(crate) ascii: bool,
}

/// A relation record read from a JSON line exactly as `extract` writes it
/// (serde_json's compact form), with its strings in the line.
#[derive(Debug, Clone)]
pub struct LineRecord {
    /// The line (without its line end), then the unescaped strings.
    buf: String,
    line_len: usize,
    fields: LineFields,
    sighting_hash: u64,
    claim_hash: u64,
    /// [`RecordRef::claim_key`] (empty unless the relation is a statement).
    claim_key: Vec<u8>,
}

impl LineRecord {
    /// `buf`: the line, of `line_len` bytes, then the unescaped form of
    /// every string of it with escapes; `fields`: where the strings are in
    /// it. Every range must lie on character boundaries of `buf`. The record
    /// is validated ([`RecordRef::validate`]) and its hashes computed.
    pub(crate) fn new(buf: String, line_len: usize, fields: LineFields) -> Result<LineRecord, (String, String)> {
        let mut r = LineRecord { buf, line_len, fields, sighting_hash: 0, claim_hash: 0, claim_key: Vec::new() };
        let view = r.record();
        let checked = if r.fields.ascii { view.validate_with(str::len) } else { view.validate() };
        if let Err(e) = checked {
            return Err((e, r.buf));
        }
        let sighting = view.sighting_hash();
        let claim = if view.relation.is_statement() {
            let key = view.claim_key();
            (claim_hash(&key), key)
        } else {
            (0, Vec::new())
        };
        r.sighting_hash = sighting;
        (r.claim_hash, r.claim_key) = claim;
        r.fields.subject.variant = r.entity(&r.fields.subject).variant_hash();
        if let Some(o) = r.fields.object {
            let hash = r.entity(&o).variant_hash();
            r.fields.object = Some(EntityAt { variant: hash, ..o });
        }
        for i in 0..r.fields.about.len() {
            r.fields.about[i].variant = r.entity(&r.fields.about[i]).variant_hash();
        }
        Ok(r)
    }

    /// The JSON line the record was read from, without its line end.
    pub fn line(&self) -> &str {
        &self.buf[..self.line_len]
    }

    fn str(&self, s: Str) -> &str {
        &self.buf[s.start..s.end]
    }

    fn span(&self, s: SpanAt) -> SpanRef<'_> {
        SpanRef { text: self.str(s.text), start: s.start, end: s.end }
    }

    pub(super) fn entity(&self, e: &EntityAt) -> EntityView<'_> {
        EntityView {
            id: self.str(e.id),
            name: self.str(e.name),
            kind: e.kind,
            mention: e.mention.map(|m| self.span(m)),
        }
    }

    /// The record, its strings borrowed from the line.
    pub fn record(&self) -> RecordRef<'_> {
        let f = &self.fields;
        RecordRef {
            doc: self.str(f.doc),
            sentence: f.sentence,
            relation: f.relation,
            subject: self.entity(&f.subject),
            object: f.object.as_ref().map(|o| self.entity(o)),
            cue: self.span(f.cue),
            content: f.content.map(|c| self.span(c)),
            about: Abouts::line(&f.about, self),
            negated: f.negated,
            hedged: f.hedged,
            cameo: f.cameo.map(|c| self.str(c)),
            evidence: self.span(f.evidence),
            role: f.role.map(|r| self.str(r)),
            date: f.date.map(|d| self.str(d)),
        }
    }

    /// The document, relation and entities of the record: what the graph
    /// stage reads of every record ([`LineRecord::record`] slices every string).
    pub(crate) fn head(&self) -> RecordHead<'_> {
        let f = &self.fields;
        RecordHead {
            doc: self.str(f.doc),
            date: f.date.map(|d| self.str(d)),
            relation: f.relation,
            subject: self.entity(&f.subject),
            object: f.object.as_ref().map(|o| self.entity(o)),
            about: Abouts::line(&f.about, self),
        }
    }

    /// [`RecordRef::sighting_hash`] of the record, computed when it was read.
    pub fn sighting_hash(&self) -> u64 {
        self.sighting_hash
    }

    /// [`RecordRef::claim_hash`] of the record, computed when it was read
    /// (0 unless the relation is a statement).
    pub fn claim_hash(&self) -> u64 {
        self.claim_hash
    }

    /// For a statement: [`RecordRef::claim_hash`] and [`RecordRef::claim_key`],
    /// computed when it was read.
    pub(crate) fn claim(&self) -> Option<(u64, &[u8])> {
        self.fields.relation.is_statement().then_some((self.claim_hash, self.claim_key.as_slice()))
    }

    /// [`EntityView::variant_hash`] of the record's entities, computed when
    /// it was read: the subject, the object (if any), then the `about` actors.
    pub(crate) fn variant_hashes(&self) -> impl Iterator<Item = u64> + '_ {
        let f = &self.fields;
        std::iter::once(f.subject.variant).chain(f.object.map(|o| o.variant)).chain(f.about.iter().map(|a| a.variant))
    }

    /// An owned copy of the record.
    pub fn to_record(&self) -> RelationRecord {
        self.record().to_record()
    }
}
