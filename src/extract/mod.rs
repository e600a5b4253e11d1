//! Extraction: from a document's text to relation records.
//!
//! The stages run in order, each with a typed output:
//! tokens and sentences ([`crate::text`]) → [`mention`]s → entities
//! ([`resolve`]) → relations and statements ([`relation`]). [`Extractor`]
//! holds the lexicons and runs them; it is immutable and shared across
//! threads, and its output depends only on the document (deterministic).

mod analysis;
pub mod lexicon;
pub mod lower;
pub mod mention;
mod phrase;
mod relation;
pub mod resolve;
mod word_table;
mod words;

pub use analysis::Analysis;
pub use lexicon::{Lexicon, LexiconError};

use crate::record::{EntityRef, RelationRecord};
use crate::text::Document;
use mention::MentionKind;
use serde::{Deserialize, Serialize};
use std::cell::RefCell;

/// Documents up to this many bytes leave their vectors for the next document on their thread.
const KEPT_SCRATCH_BYTES: usize = 1 << 20;

thread_local! {
    /// The vectors of the last document analysed on this thread, for the next
    /// ([`analysis::Scratch`]).
    static SCRATCH: RefCell<analysis::Scratch> = RefCell::new(analysis::Scratch::default());
}

/// Runs every extraction stage on documents.
#[derive(Debug, Clone)]
pub struct Extractor {
    lexicon: Lexicon,
}

/// One actor mention, as `extract --mentions` writes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentionRecord {
    /// Document id.
    pub doc: String,
    /// The name as written (without titles), with code-point offsets.
    pub mention: crate::record::Span,
    /// The entity it refers to (without a mention).
    pub entity: EntityRef,
}

impl Default for Extractor {
    fn default() -> Extractor {
        Extractor::new(Lexicon::builtin())
    }
}

impl Extractor {
    /// An extractor with these lexicons.
    pub fn new(lexicon: Lexicon) -> Extractor {
        Extractor { lexicon }
    }

    /// Runs the stages up to entity resolution.
    pub fn analyse<'d>(&self, doc: &'d Document) -> Analysis<'d> {
        Analysis::new(self, doc)
    }

    /// Every relation record of `doc`, in text order.
    pub fn extract(&self, doc: &Document) -> Vec<RelationRecord> {
        self.analysed(doc, |analysis| relation::RelationFinder::new(&self.lexicon).find(analysis))
    }

    /// Every relation record of `doc` as JSON Lines, appended to `out`: each
    /// record as [`RelationRecord::write_json`] writes it, and a line end.
    /// The records are not built: their strings are written from the document
    /// and its analysis, where [`Extractor::extract`] copies them into each record.
    pub fn extract_json_lines(&self, doc: &Document, out: &mut Vec<u8>) {
        self.analysed(doc, |analysis| {
            for r in relation::RelationFinder::new(&self.lexicon).find_out(analysis) {
                r.write_json(out);
                out.push(b'\n');
            }
        });
    }

    /// What `f` makes of the analysis of `doc`, whose vectors come from the
    /// document analysed before on this thread and go back for the next.
    fn analysed<R>(&self, doc: &Document, f: impl FnOnce(&Analysis<'_>) -> R) -> R {
        SCRATCH.with_borrow_mut(|scratch| {
            let mut folded = std::mem::take(&mut scratch.folded);
            folded.clear();
            if folded.capacity() < doc.text.len() {
                // (Replaced, not grown: growing would copy the text before.)
                folded = String::with_capacity(doc.text.len());
            }
            folded.push_str(&doc.text);
            folded.make_ascii_lowercase();
            let analysis = Analysis::with_folded(self, doc, Some(&folded), scratch);
            let result = f(&analysis);
            analysis.recycle(scratch);
            scratch.folded = folded;
            // (A very long document's vectors are not kept: one book would hold its memory for
            // the rest of the run.)
            if doc.text.len() > KEPT_SCRATCH_BYTES {
                *scratch = analysis::Scratch::default();
            }
            result
        })
    }

    /// Every named actor mention of `doc` (names, known places and bodies;
    /// not pronouns, role nouns or unnamed groups), in text order.
    pub fn mentions(&self, doc: &Document) -> Vec<MentionRecord> {
        self.analysed(doc, |a| mention_records(doc, a))
    }
}

/// The named actor mentions of analysis `a` of `doc` ([`Extractor::mentions`]).
fn mention_records(doc: &Document, a: &Analysis) -> Vec<MentionRecord> {
    let mut out = Vec::new();
    for (i, m) in a.mentions.iter().enumerate() {
        if !matches!(m.kind, MentionKind::Name | MentionKind::Known) {
            continue;
        }
        if m.known.as_ref().is_some_and(|k| k.via == lexicon::Via::Demonym) {
            continue;
        }
        let Some(mut entity) = a.head_ref(i) else {
            continue;
        };
        let Some(mention) = entity.mention.take() else {
            continue;
        };
        out.push(MentionRecord { doc: doc.id.clone(), mention, entity });
    }
    out
}

#[cfg(test)]
mod tests;
