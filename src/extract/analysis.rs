//! One document taken through tokens, sentences, mentions and entities: the
//! shared input of relation extraction and of the mention listing.

use super::Extractor;
use super::mention::{Mention, MentionFinder, MentionKind};
use super::resolve::{EntityResolver, Resolution};
use crate::record::{EntityRef, Span};
use crate::text::{CharOffsets, Document, Sentence, SentenceSplitter, Token, TokenKind, Tokenizer};

/// A document with every stage up to entity resolution done.
#[derive(Debug)]
pub struct Analysis<'d> {
    /// The document.
    pub doc: &'d Document,
    /// Tokens.
    pub tokens: Vec<Token>,
    /// Lowercase token texts.
    pub lower: Vec<String>,
    /// Sentences.
    pub sentences: Vec<Sentence>,
    /// Mentions in text order.
    pub mentions: Vec<Mention>,
    /// Entities and the entity of each mention.
    pub resolution: Resolution,
    /// Quotations as token ranges `(open, close)`, both quote marks included.
    pub quotes: Vec<(usize, usize)>,
    /// For each token, the outermost mention covering it.
    pub mention_at: Vec<Option<usize>>,
    offsets: CharOffsets,
}

impl<'d> Analysis<'d> {
    /// Runs the stages up to entity resolution.
    pub fn new(extractor: &Extractor, doc: &'d Document) -> Analysis<'d> {
        let text = doc.text.as_str();
        let tokens = Tokenizer.tokenize(text);
        let sentences = SentenceSplitter.split(text, &tokens);
        let lower = MentionFinder::lowercase(text, &tokens);
        let (mentions, lower) = MentionFinder::new(&extractor.lexicon).find(text, &tokens, lower, &sentences);
        let resolution = EntityResolver.resolve(text, &tokens, &mentions);
        let mut mention_at = vec![None; tokens.len()];
        for (i, m) in mentions.iter().enumerate() {
            if m.inside {
                continue;
            }
            for slot in &mut mention_at[m.first..m.last] {
                *slot = Some(i);
            }
        }
        let quotes = find_quotes(text, &tokens);
        Analysis {
            doc,
            tokens,
            lower,
            sentences,
            mentions,
            resolution,
            quotes,
            mention_at,
            offsets: CharOffsets::new(text),
        }
    }

    /// The span of tokens `first..last` with code-point offsets.
    pub fn span(&self, first: usize, last: usize) -> Span {
        let (a, b) = (self.tokens[first].start, self.tokens[last - 1].end);
        self.byte_span(a, b)
    }

    /// The span of bytes `a..b` with code-point offsets.
    pub fn byte_span(&self, a: usize, b: usize) -> Span {
        Span { text: self.doc.text[a..b].to_owned(), start: self.offsets.char_at(a), end: self.offsets.char_at(b) }
    }

    /// The entity reference of mention `m` (with its full span), if resolved.
    pub fn entity_ref(&self, m: usize) -> Option<EntityRef> {
        let e = self.resolution.entity_of[m]?;
        let entity = &self.resolution.entities[e];
        let mention = &self.mentions[m];
        Some(EntityRef {
            id: entity.id.clone(),
            name: entity.name.clone(),
            kind: entity.kind,
            mention: Some(self.span(mention.first, mention.last)),
        })
    }

    /// The entity reference of mention `m` with only its head (the name) as the span.
    pub fn head_ref(&self, m: usize) -> Option<EntityRef> {
        let mut r = self.entity_ref(m)?;
        let mention = &self.mentions[m];
        let (a, b) = match mention.kind {
            MentionKind::Name => (mention.head_first, mention.head_last),
            _ => (mention.first, mention.last),
        };
        r.mention = Some(self.span(a, b));
        Some(r)
    }
}

/// Quotations: curly pairs, and straight quotes paired within a paragraph.
fn find_quotes(text: &str, tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, t) in tokens.iter().enumerate() {
        if t.newline_before
            && let Some(o) = open
            && tokens[o].text(text) == "\""
        {
            open = None;
        }
        if t.kind != TokenKind::Quote {
            continue;
        }
        match t.text(text) {
            "“" | "„" | "«" => open = Some(i),
            "”" | "»" => {
                if let Some(o) = open.take() {
                    out.push((o, i));
                }
            }
            "\"" => match open.take() {
                Some(o) => out.push((o, i)),
                None => open = Some(i),
            },
            _ => {}
        }
    }
    out
}
