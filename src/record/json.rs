//! Relation records written as JSON by hand, for `extract`.
//!
//! Takes a [`RelationRecord`]; gives exactly the bytes `serde_json::to_writer`
//! gives (same field order, same escapes), which the tests check. Writing
//! records was ≈ 9% of extraction, most of it serde_json escaping strings one
//! byte at a time; here a string is scanned eight bytes at a time and copied
//! in runs. Reading records still goes through serde. The pieces are also
//! used for `graph.json` (`graph/node_link.rs`).

use super::{ActorType, EntityRef, RelationRecord, RelationType, Span};
use std::borrow::Cow;

impl RelationRecord {
    /// Appends the record as one line of JSON (no newline), byte for byte what
    /// `serde_json::to_writer` writes.
    pub fn write_json(&self, out: &mut Vec<u8>) {
        RecordOut::of(self).write_json(out);
    }
}

/// A [`Span`] with its text borrowed, as extraction writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct SpanOut<'a> {
    pub(crate) text: &'a str,
    pub(crate) start: usize,
    pub(crate) end: usize,
}

/// An [`EntityRef`] with its strings borrowed where they can be (an unnamed
/// role's id is made for the record).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct EntityOut<'a> {
    pub(crate) id: Cow<'a, str>,
    pub(crate) name: &'a str,
    pub(crate) kind: ActorType,
    pub(crate) mention: Option<SpanOut<'a>>,
}

/// A [`RelationRecord`] with its strings borrowed (from the document and its
/// analysis): what extraction builds, so that `extract` writes a record
/// without copying its strings into one first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RecordOut<'a> {
    pub(crate) doc: &'a str,
    pub(crate) sentence: usize,
    pub(crate) relation: RelationType,
    pub(crate) subject: EntityOut<'a>,
    pub(crate) object: Option<EntityOut<'a>>,
    pub(crate) cue: SpanOut<'a>,
    pub(crate) content: Option<SpanOut<'a>>,
    pub(crate) about: Vec<EntityOut<'a>>,
    pub(crate) negated: bool,
    pub(crate) hedged: bool,
    pub(crate) cameo: Option<&'a str>,
    pub(crate) evidence: SpanOut<'a>,
    pub(crate) role: Option<&'a str>,
    pub(crate) date: Option<&'a str>,
}

impl<'a> SpanOut<'a> {
    fn of(s: &'a Span) -> SpanOut<'a> {
        SpanOut { text: &s.text, start: s.start, end: s.end }
    }

    /// An owned copy.
    pub(crate) fn to_span(self) -> Span {
        Span { text: self.text.to_owned(), start: self.start, end: self.end }
    }
}

impl<'a> EntityOut<'a> {
    fn of(e: &'a EntityRef) -> EntityOut<'a> {
        EntityOut {
            id: Cow::Borrowed(&e.id),
            name: &e.name,
            kind: e.kind,
            mention: e.mention.as_ref().map(SpanOut::of),
        }
    }

    /// An owned copy.
    pub(crate) fn into_entity(self) -> EntityRef {
        EntityRef {
            id: self.id.into_owned(),
            name: self.name.to_owned(),
            kind: self.kind,
            mention: self.mention.map(SpanOut::to_span),
        }
    }
}

impl<'a> RecordOut<'a> {
    fn of(r: &'a RelationRecord) -> RecordOut<'a> {
        RecordOut {
            doc: &r.doc,
            sentence: r.sentence,
            relation: r.relation,
            subject: EntityOut::of(&r.subject),
            object: r.object.as_ref().map(EntityOut::of),
            cue: SpanOut::of(&r.cue),
            content: r.content.as_ref().map(SpanOut::of),
            about: r.about.iter().map(EntityOut::of).collect(),
            negated: r.negated,
            hedged: r.hedged,
            cameo: r.cameo.as_deref(),
            evidence: SpanOut::of(&r.evidence),
            role: r.role.as_deref(),
            date: r.date.as_deref(),
        }
    }

    /// An owned copy.
    pub(crate) fn into_record(self) -> RelationRecord {
        RelationRecord {
            doc: self.doc.to_owned(),
            sentence: self.sentence,
            relation: self.relation,
            subject: self.subject.into_entity(),
            object: self.object.map(EntityOut::into_entity),
            cue: self.cue.to_span(),
            content: self.content.map(SpanOut::to_span),
            about: self.about.into_iter().map(EntityOut::into_entity).collect(),
            negated: self.negated,
            hedged: self.hedged,
            cameo: self.cameo.map(str::to_owned),
            evidence: self.evidence.to_span(),
            role: self.role.map(str::to_owned),
            date: self.date.map(str::to_owned),
        }
    }

    /// [`RelationRecord::write_json`] of this record.
    pub(crate) fn write_json(&self, out: &mut Vec<u8>) {
        // The evidence is most of a record: room for it, its content and the rest, grown once.
        out.reserve(2 * self.evidence.text.len() + 512);
        // Each key with the punctuation around it is one constant piece: one
        // capacity check and a few stores instead of a push per byte.
        out.extend_from_slice(b"{\"doc\":");
        push_str(out, self.doc);
        out.extend_from_slice(b",\"sentence\":");
        push_number(out, self.sentence);
        out.extend_from_slice(b",\"relation\":");
        push_plain(out, self.relation.as_str());
        out.extend_from_slice(b",\"subject\":");
        push_entity(out, &self.subject);
        out.extend_from_slice(b",\"object\":");
        push_or_null(out, self.object.as_ref(), push_entity);
        out.extend_from_slice(b",\"cue\":");
        push_span_out(out, &self.cue);
        out.extend_from_slice(b",\"content\":");
        push_or_null(out, self.content.as_ref(), push_span_out);
        out.extend_from_slice(b",\"about\":[");
        for (k, a) in self.about.iter().enumerate() {
            if k > 0 {
                out.push(b',');
            }
            push_entity(out, a);
        }
        out.extend_from_slice(if self.negated { b"],\"negated\":true" } else { b"],\"negated\":false" });
        out.extend_from_slice(if self.hedged { b",\"hedged\":true" } else { b",\"hedged\":false" });
        out.extend_from_slice(b",\"cameo\":");
        push_or_null(out, self.cameo, push_str);
        out.extend_from_slice(b",\"evidence\":");
        push_span_out(out, &self.evidence);
        if let Some(role) = self.role {
            out.extend_from_slice(b",\"role\":");
            push_str(out, role);
        }
        if let Some(date) = self.date {
            out.extend_from_slice(b",\"date\":");
            push_str(out, date);
        }
        out.push(b'}');
    }
}

/// A JSON object being written: `{`, keys with `,` between them, `}`.
pub(crate) struct Object<'o> {
    out: &'o mut Vec<u8>,
    empty: bool,
}

impl<'o> Object<'o> {
    pub(crate) fn open(out: &'o mut Vec<u8>) -> Object<'o> {
        out.push(b'{');
        Object { out, empty: true }
    }

    /// Writes the key `name` (plain ASCII, nothing to escape); the value goes into the buffer returned.
    #[inline]
    pub(crate) fn key(&mut self, name: &str) -> &mut Vec<u8> {
        if !std::mem::take(&mut self.empty) {
            self.out.push(b',');
        }
        self.out.push(b'"');
        self.out.extend_from_slice(name.as_bytes());
        self.out.extend_from_slice(b"\":");
        self.out
    }

    pub(crate) fn close(self) {
        self.out.push(b'}');
    }
}

/// `value` as `push` writes it, or `null`.
pub(crate) fn push_or_null<T: ?Sized>(out: &mut Vec<u8>, value: Option<&T>, push: impl Fn(&mut Vec<u8>, &T)) {
    match value {
        Some(v) => push(out, v),
        None => out.extend_from_slice(b"null"),
    }
}

fn push_entity(out: &mut Vec<u8>, e: &EntityOut) {
    out.extend_from_slice(b"{\"id\":");
    push_str(out, &e.id);
    out.extend_from_slice(b",\"name\":");
    push_str(out, e.name);
    out.extend_from_slice(b",\"type\":");
    push_plain(out, e.kind.as_str());
    if let Some(m) = &e.mention {
        out.extend_from_slice(b",\"mention\":");
        push_span_out(out, m);
    }
    out.push(b'}');
}

pub(crate) fn push_span(out: &mut Vec<u8>, s: &Span) {
    push_span_out(out, &SpanOut::of(s));
}

fn push_span_out(out: &mut Vec<u8>, s: &SpanOut) {
    out.extend_from_slice(b"{\"text\":");
    push_str(out, s.text);
    out.extend_from_slice(b",\"start\":");
    push_number(out, s.start);
    out.extend_from_slice(b",\"end\":");
    push_number(out, s.end);
    out.push(b'}');
}

pub(crate) fn push_bool(out: &mut Vec<u8>, b: bool) {
    out.extend_from_slice(if b { b"true" } else { b"false" });
}

/// Appends `n` in decimal (without the formatting machinery, which cost more than the digits).
pub(crate) fn push_number(out: &mut Vec<u8>, mut n: usize) {
    // Two digits at a time from a table: half the divisions (spans' offsets
    // are most of the numbers in `graph.json`).
    const PAIRS: [u8; 200] = {
        let mut pairs = [0u8; 200];
        let mut i = 0;
        while i < 100 {
            pairs[2 * i] = b'0' + (i / 10) as u8;
            pairs[2 * i + 1] = b'0' + (i % 10) as u8;
            i += 1;
        }
        pairs
    };
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    while n >= 100 {
        let pair = 2 * (n % 100);
        n /= 100;
        at -= 2;
        digits[at..at + 2].copy_from_slice(&PAIRS[pair..pair + 2]);
    }
    if n >= 10 {
        at -= 2;
        digits[at..at + 2].copy_from_slice(&PAIRS[2 * n..2 * n + 2]);
    } else {
        at -= 1;
        digits[at] = b'0' + n as u8;
    }
    out.extend_from_slice(&digits[at..]);
}

/// Does any of the eight bytes of `w` need an escape: below 0x20, `"` or `\`?
fn any_to_escape(w: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // A byte below n (n ≤ 0x80) sets its high bit in `x - n` but not in `x`;
    // a byte equal to c is a byte below 1 after `^ c`.
    let below = |x: u64, n: u64| x.wrapping_sub(ONES * n) & !x & HIGH;
    below(w, 0x20) | below(w ^ (ONES * u64::from(b'"')), 1) | below(w ^ (ONES * u64::from(b'\\')), 1) != 0
}

/// Appends `s`, a name of this crate's with nothing to escape in it (a
/// relation's, an actor type's), as a JSON string: no check for escapes.
fn push_plain(out: &mut Vec<u8>, s: &'static str) {
    debug_assert!(!needs_escape(s.as_bytes()), "{s:?} needs no escape");
    out.reserve(s.len() + 2);
    out.push(b'"');
    out.extend_from_slice(s.as_bytes());
    out.push(b'"');
}

/// Appends `s` as a JSON string with serde_json's escapes: `\"`, `\\`, the
/// short forms `\b \t \n \f \r`, `\u00XX` (lowercase hex) for the other
/// control characters; everything else as is.
pub(crate) fn push_str(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    // Most strings (ids, names, types, most evidence) need no escape: checked
    // whole, then copied in one piece.
    if !needs_escape(bytes) {
        out.reserve(bytes.len() + 2);
        out.push(b'"');
        out.extend_from_slice(bytes);
        out.push(b'"');
        return;
    }
    push_escaped(out, bytes);
}

/// Does any byte of `bytes` need an escape? 32 bytes at a time, then eight,
/// then the last eight again (a byte read twice changes nothing). A string
/// shorter than eight bytes is read as one word, its bytes placed apart and
/// the rest of the word spaces (which need no escape), without a copy.
fn needs_escape(bytes: &[u8]) -> bool {
    let n = bytes.len();
    if n < 8 {
        let word = match n {
            0 => return false,
            1..=3 => [bytes[0], bytes[n / 2], bytes[n - 1], b' ', b' ', b' ', b' ', b' '],
            _ => [bytes[0], bytes[1], bytes[2], bytes[3], bytes[n - 4], bytes[n - 3], bytes[n - 2], bytes[n - 1]],
        };
        return any_to_escape(u64::from_le_bytes(word));
    }
    let mut chunks = bytes.chunks_exact(32);
    for chunk in &mut chunks {
        if chunk.iter().fold(false, |any, &b| any | (b < 0x20) | (b == b'"') | (b == b'\\')) {
            return true;
        }
    }
    let mut words = chunks.remainder().chunks_exact(8);
    for word in &mut words {
        if any_to_escape(u64::from_le_bytes(word.try_into().expect("eight bytes"))) {
            return true;
        }
    }
    let last: [u8; 8] = bytes[n - 8..].try_into().expect("eight bytes");
    any_to_escape(u64::from_le_bytes(last))
}

/// [`push_str`] of a string with something to escape in it.
fn push_escaped(out: &mut Vec<u8>, bytes: &[u8]) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push(b'"');
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Evidence sentences are long and mostly plain: 32 bytes at a time
        // (a fold without early exit, which the compiler turns into vector
        // compares), then eight.
        if let Some(chunk) = bytes.get(i..i + 32)
            && !chunk.iter().fold(false, |any, &b| any | (b < 0x20) | (b == b'"') | (b == b'\\'))
        {
            i += 32;
            continue;
        }
        if let Some(chunk) = bytes.get(i..i + 8) {
            let w = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
            if !any_to_escape(w) {
                i += 8;
                continue;
            }
        }
        let b = bytes[i];
        let short = match b {
            b'"' => b'"',
            b'\\' => b'\\',
            0x08 => b'b',
            b'\t' => b't',
            b'\n' => b'n',
            0x0C => b'f',
            b'\r' => b'r',
            0..0x20 => b'u',
            _ => {
                i += 1;
                continue;
            }
        };
        out.extend_from_slice(&bytes[run..i]);
        out.extend_from_slice(&[b'\\', short]);
        if short == b'u' {
            out.extend_from_slice(&[b'0', b'0', HEX[usize::from(b >> 4)], HEX[usize::from(b & 0xF)]]);
        }
        i += 1;
        run = i;
    }
    out.extend_from_slice(&bytes[run..]);
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use super::super::{ActorType, RelationType};
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn numbers_are_written_as_serde_json_writes_them() {
        let mut tens = vec![0, usize::MAX, usize::MAX / 7];
        for k in 0..20u32 {
            let p = 10usize.saturating_pow(k);
            tens.extend([p.saturating_sub(1), p, p.saturating_add(1), p.saturating_mul(5)]);
        }
        for n in (0..1000).chain(tens) {
            let mut out = Vec::new();
            push_number(&mut out, n);
            assert_eq!(out, serde_json::to_vec(&n).expect("serialises"), "{n}");
        }
    }

    fn serde_line(r: &RelationRecord) -> Vec<u8> {
        serde_json::to_vec(r).expect("serialises")
    }

    fn by_hand(r: &RelationRecord) -> Vec<u8> {
        let mut out = Vec::new();
        r.write_json(&mut out);
        out
    }

    fn entity(id: &str, mention: Option<Span>) -> EntityRef {
        EntityRef { id: id.into(), name: format!("{id} name"), kind: ActorType::Organization, mention }
    }

    #[test]
    fn every_field_as_serde_writes_it() {
        let span = |text: &str, start: usize| Span { text: text.into(), start, end: start + text.chars().count() };
        let mut r = RelationRecord::for_test(entity("a", None), RelationType::MetWith, entity("b", Some(span("B", 4))));
        assert_eq!(by_hand(&r), serde_line(&r));
        r.object = None;
        r.content = Some(span("“quoted” \"text\"\n\ttab \\ \u{1}\u{1f}\u{7f} é 😀", 12));
        r.about = vec![entity("c", Some(span("C", 30))), entity("d", None)];
        r.negated = true;
        r.cameo = Some("04".into());
        r.role = Some("President".into());
        r.date = Some("2019-01-04".into());
        r.sentence = 1234567;
        r.evidence.start = usize::MAX;
        assert_eq!(String::from_utf8(by_hand(&r)), String::from_utf8(serde_line(&r)));
        r.hedged = true;
        r.negated = false;
        r.about.truncate(1);
        assert_eq!(by_hand(&r), serde_line(&r));
    }

    proptest! {
        #[test]
        fn strings_escape_as_serde_escapes_them(s in "(\\PC|[\\x00-\\x1f\"\\\\\\x7f])*") {
            let mut out = Vec::new();
            push_str(&mut out, &s);
            prop_assert_eq!(out, serde_json::to_vec(&s).expect("serialises"));
        }
    }
}
