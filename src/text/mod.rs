//! Text stages: documents and their ingest, sentences, tokens and offsets.
//!
//! Everything downstream works on byte offsets into [`Document::text`];
//! [`CharOffsets`] turns them into the code-point offsets that records carry.

mod article_line;
mod document;
mod ingest;
mod jsonl;
mod offsets;
mod record_line;
mod sentence;
mod token;

pub use document::Document;
pub use ingest::{IngestError, IngestOptions, Input, InputItem, read_inputs, read_reader};
pub(crate) use ingest::{ReadItem, UniqueIds, location, read_inputs_deferred};
pub use offsets::CharOffsets;
pub(crate) use record_line::{ParsedLine, RecordLine};
pub use sentence::{MAX_SENTENCE_TOKENS, Sentence, SentenceSplitter};
pub use token::{Token, TokenKind, Tokenizer};

/// Empties `v`, a vector kept from one document to the next, with room for
/// `room` items. One too small is replaced, not grown: growing would copy its
/// whole old allocation, of which nothing is wanted.
pub(crate) fn emptied<T>(v: &mut Vec<T>, room: usize) {
    v.clear();
    if v.capacity() < room {
        *v = Vec::with_capacity(room);
    }
}
