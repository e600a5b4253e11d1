//! One document taken through tokens, sentences, mentions and entities: the
//! shared input of relation extraction and of the mention listing.

use super::Extractor;
use super::lexicon::{Cue, Frame, Lexicon, Via};
use super::lower::Lower;
use super::mention::{Mention, MentionBuffers, MentionFinder, MentionKind};
use super::phrase::{before_gap_words, relative_subject_phrase, subject_phrase};
use super::resolve::{Entity, slug};
use super::resolve::{EntityResolver, Resolution, kinship_noun};
use super::words::{LY_NOUNS, WEEKDAYS, document_before, is_determiner, is_document_noun, is_phrase_stop, is_year};
use crate::record::ActorType;
use crate::record::json::{EntityOut, SpanOut};
use crate::record::{EntityRef, Span};
use crate::text::{CharOffsets, Document, Sentence, SentenceSplitter, Token, TokenKind, Tokenizer, emptied};
use std::borrow::Cow;

/// A document with every stage up to entity resolution done.
#[derive(Debug)]
pub struct Analysis<'d> {
    /// The document.
    pub doc: &'d Document,
    /// Tokens.
    pub tokens: Vec<Token>,
    /// Lowercase token texts.
    pub lower: Vec<Lower<'d>>,
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
    /// Mention indices sorted by first token, for range lookups.
    pub by_start: Vec<usize>,
    offsets: CharOffsets,
    /// Class bits of each token's lowercase form ([`super::lexicon::WordInfo::flags`]).
    classes: Vec<u32>,
    /// The tokens whose lowercase form starts a cue form ([`Lexicon::cues`]), in order: the
    /// stages that look for cues visit these instead of every token.
    cue_tokens: Vec<usize>,
}

/// The largest vectors of one document's analysis, given back when it is done
/// ([`Analysis::recycle`]) for the next document's: through [`Extractor::extract`],
/// [`Extractor::extract_json_lines`] and [`Extractor::mentions`] each is allocated
/// once per thread instead of once per document, and seldom grows. (Vectors of a few
/// kilobytes and more take the allocator's slow path, and one that grows is
/// copied at each step.)
#[derive(Debug, Default)]
pub(super) struct Scratch {
    /// The lowercased copy of a document's text ([`Analysis::with_folded`]).
    pub(super) folded: String,
    tokens: Vec<Token>,
    sentences: Vec<Sentence>,
    lower: Vec<Lower<'static>>,
    mention: MentionBuffers,
    mention_at: Vec<Option<usize>>,
    by_start: Vec<usize>,
    /// The token marks of [`add_phrase_speakers`].
    marks: PhraseMarks,
}

/// Per token, the marks [`add_phrase_speakers`] reads: inside a mention, inside a place,
/// inside a name, role or pronoun.
#[derive(Debug, Default)]
struct PhraseMarks {
    covered: Vec<bool>,
    place: Vec<bool>,
    named: Vec<bool>,
}

impl<'d> Analysis<'d> {
    /// Runs the stages up to entity resolution.
    pub fn new(extractor: &Extractor, doc: &'d Document) -> Analysis<'d> {
        Analysis::with_folded(extractor, doc, None, &mut Scratch::default())
    }

    /// Gives this analysis's largest vectors back to `scratch` for the next document (which
    /// empties them as it takes them).
    pub(super) fn recycle(self, scratch: &mut Scratch) {
        let mut mentions = self.mentions;
        mentions.clear();
        scratch.mention.mentions = mentions;
        scratch.mention.flags = self.classes;
        scratch.mention.cue_tokens = self.cue_tokens;
        scratch.lower = Lower::recycle(self.lower);
        scratch.tokens = self.tokens;
        scratch.sentences = self.sentences;
        scratch.mention_at = self.mention_at;
        scratch.by_start = self.by_start;
    }

    /// [`Analysis::new`], the lowercase forms of words with ASCII capitals
    /// borrowed from `folded`, the document's text with its ASCII capitals
    /// lowercased, if given (one copy of the text instead of one per word).
    /// Its vectors are taken from `scratch` (see [`Analysis::recycle`]).
    pub(super) fn with_folded(
        extractor: &Extractor,
        doc: &'d Document,
        folded: Option<&'d str>,
        scratch: &mut Scratch,
    ) -> Analysis<'d> {
        let text = doc.text.as_str();
        let mut tokens = std::mem::take(&mut scratch.tokens);
        Tokenizer.tokenize_into(text, &mut tokens);
        let mut sentences = std::mem::take(&mut scratch.sentences);
        SentenceSplitter.split_into(text, &tokens, &mut sentences);
        let lower = match folded {
            Some(folded) => MentionFinder::lowercase_folded(
                text,
                folded,
                &tokens,
                Lower::recycle(std::mem::take(&mut scratch.lower)),
            ),
            None => MentionFinder::lowercase(text, &tokens),
        };
        let (mentions, lower, classes, cue_tokens) = MentionFinder::new(&extractor.lexicon).find_with_classes(
            text,
            &tokens,
            lower,
            &sentences,
            &mut scratch.mention,
        );
        let mut mentions = mentions;
        let mut resolution = EntityResolver.resolve(text, &tokens, &mentions);
        add_phrase_speakers(
            &extractor.lexicon,
            text,
            &tokens,
            &lower,
            &sentences,
            &cue_tokens,
            &mut mentions,
            &mut resolution,
            &mut scratch.marks,
        );
        // Filled element by element: `vec![None; n]` asks for zeroed memory, which the
        // allocator clears with `memset`'s byte loop (16 bytes a token).
        let mut mention_at = std::mem::take(&mut scratch.mention_at);
        emptied(&mut mention_at, tokens.len());
        mention_at.resize(tokens.len(), None);
        for (i, m) in mentions.iter().enumerate() {
            if m.inside {
                continue;
            }
            for slot in &mut mention_at[m.first..m.last] {
                *slot = Some(i);
            }
        }
        let quotes = find_quotes(text, &tokens);
        let mut by_start = std::mem::take(&mut scratch.by_start);
        emptied(&mut by_start, mentions.len());
        by_start.extend(0..mentions.len());
        by_start.sort_by_key(|&m| (mentions[m].first, m));
        Analysis {
            doc,
            tokens,
            lower,
            sentences,
            mentions,
            resolution,
            quotes,
            mention_at,
            by_start,
            offsets: CharOffsets::new(text),
            classes,
            cue_tokens,
        }
    }

    /// Is token `k`'s lowercase form in the word class `class` (a bit of
    /// [`super::lexicon::WordInfo::flags`] other than given names and common words)?
    pub(super) fn is(&self, k: usize, class: u32) -> bool {
        self.classes[k] & class != 0
    }

    /// Indices of the mentions that start in tokens `first..last`, in text order.
    pub fn mentions_starting_in(&self, first: usize, last: usize) -> impl Iterator<Item = usize> + '_ {
        let from = self.by_start.partition_point(|&m| self.mentions[m].first < first);
        self.by_start[from..].iter().copied().take_while(move |&m| self.mentions[m].first < last)
    }

    /// Quotations that open or close within tokens `first..last` (they are sorted and do not nest).
    pub fn quotes_near(&self, first: usize, last: usize) -> impl Iterator<Item = &(usize, usize)> + '_ {
        let from = self.quotes.partition_point(|&(_, close)| close < first);
        self.quotes[from..].iter().take_while(move |&&(open, _)| open < last)
    }

    /// Is token `t` inside a quotation (between its marks)?
    pub fn inside_quotation(&self, t: usize) -> bool {
        self.quotes_near(t, t + 1).any(|&(open, close)| open < t && t < close)
    }

    /// For each sentence in order, its tokens whose lowercase form starts a cue form, in order.
    pub(super) fn cue_tokens_by_sentence(&self) -> impl Iterator<Item = &[usize]> + '_ {
        cue_tokens_by_sentence(&self.cue_tokens, &self.sentences)
    }

    /// The sentence that token `t` is in.
    pub fn sentence_of(&self, t: usize) -> usize {
        self.sentences.partition_point(|x| x.first <= t).saturating_sub(1)
    }

    /// Does a sentence start at token `i`?
    pub fn starts_sentence(&self, i: usize) -> bool {
        self.sentences.binary_search_by_key(&i, |s| s.first).is_ok()
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

    /// [`Analysis::span`] with its text borrowed.
    pub(crate) fn span_out(&self, first: usize, last: usize) -> SpanOut<'_> {
        let (a, b) = (self.tokens[first].start, self.tokens[last - 1].end);
        SpanOut { text: &self.doc.text[a..b], start: self.offsets.char_at(a), end: self.offsets.char_at(b) }
    }

    /// [`Analysis::entity_ref`] with its strings borrowed.
    pub(crate) fn entity_out(&self, m: usize) -> Option<EntityOut<'_>> {
        let e = self.resolution.entity_of[m]?;
        let entity = &self.resolution.entities[e];
        let mention = &self.mentions[m];
        Some(EntityOut {
            id: Cow::Borrowed(&entity.id),
            name: &entity.name,
            kind: entity.kind,
            mention: Some(self.span_out(mention.first, mention.last)),
        })
    }

    /// The id of the entity of mention `m`, if resolved: [`Analysis::entity_ref`]'s id, without building the rest.
    pub fn entity_id(&self, m: usize) -> Option<&str> {
        self.resolution.entity_of[m].map(|e| self.resolution.entities[e].id.as_str())
    }

    /// Whether mention `m` is a bare group noun ("workers", "analysts"): one word, of no one.
    pub fn bare_group(&self, m: usize) -> bool {
        let mention = &self.mentions[m];
        mention.kind == MentionKind::Group && mention.last - mention.first == 1 && mention.affiliation.is_none()
    }

    /// Is mention `m` a plural role that no name fills ("the researchers")? It is a group of
    /// its own as a speaker and for "they", but too vague to be the other end of a relation.
    pub fn unnamed_group(&self, m: usize) -> bool {
        self.mentions[m].kind == MentionKind::Role
            && self.resolution.entity_of[m].is_some_and(|e| self.resolution.entities[e].kind == ActorType::Group)
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

/// The tokens of `cue_tokens` (in order) in each of `sentences` (in order): one pass over both,
/// where two binary searches per sentence cost more.
fn cue_tokens_by_sentence<'c>(
    cue_tokens: &'c [usize],
    sentences: &'c [Sentence],
) -> impl Iterator<Item = &'c [usize]> + 'c {
    let mut rest = cue_tokens;
    sentences.iter().map(move |sentence| {
        // Sentences cover the tokens contiguously, so no cue token is left before this one.
        debug_assert!(rest.first().is_none_or(|&k| k >= sentence.first));
        let inside = rest.iter().take_while(|&&k| k < sentence.last).count();
        let (these, after) = rest.split_at(inside);
        rest = after;
        these
    })
}

/// Quotations: curly pairs, and straight quotes paired within a paragraph.
fn find_quotes(text: &str, tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, t) in tokens.iter().enumerate() {
        if t.newline_before
            && let Some(o) = open
            && matches!(tokens[o].text(text), "\"" | "''")
        {
            open = None;
        }
        if t.kind != TokenKind::Quote {
            continue;
        }
        match t.text(text) {
            "“" | "„" | "«" => open = Some(i),
            "”" | "»" => match open.take() {
                Some(o) => out.push((o, i)),
                // A closing mark that opens a paragraph, glued to its first word, is a typed
                // opening one: "”Fear. I am truly afraid ...” ― Edwin G. Monroy".
                None if t.newline_before
                    && tokens.get(i + 1).is_some_and(|n| n.start == t.end && n.kind == TokenKind::Word) =>
                {
                    open = Some(i);
                }
                None => {}
            },
            "\"" | "''" => match open.take() {
                Some(o) => out.push((o, i)),
                None => open = Some(i),
            },
            _ => {}
        }
    }
    out
}

/// Words that never head a speaker's noun phrase.
const NOT_HEADS: &[&str] = &[
    // Indefinite pronouns speak for no one in particular: "anybody who complains".
    "anybody",
    "anyone",
    "anything",
    "everybody",
    "everyone",
    "everything",
    "nobody",
    "nothing",
    "something",
    // Ordinals stand for something named before: "the second accused him".
    "first",
    "second",
    "third",
    "latter",
    "yesterday",
    "today",
    "tonight",
    "tomorrow",
    "week",
    "weekend",
    "year",
    "month",
    "morning",
    "afternoon",
    "evening",
    "night",
    "time",
    "recently",
    "earlier",
    "later",
    "ago",
    "then",
    "now",
    "first",
    "also",
    "again",
    "too",
    "instead",
    "however",
    "meanwhile",
    "moreover",
    "furthermore",
    "perhaps",
    // "0.1 percentage points to 1.8 percent".
    "percentage",
    "maybe",
    "possibly",
    "therefore",
    "thus",
    "still",
    "already",
    "all",
    "both",
    "each",
    // Adjectives, adverbs and prepositions before a noun cue: "several negative comments", "his own projects".
    "additional",
    "new",
    "latest",
    "recent",
    "initial",
    "original",
    "own",
    "strong",
    "best",
    "biggest",
    "sharp",
    "poor",
    "popular",
    "similar",
    "negative",
    "positive",
    "controversial",
    "major",
    "multiple",
    "several",
    "little",
    "much",
    "such",
    "more",
    "far",
    "close",
    "old",
    "despite",
    "almost",
    "please",
    "away",
    "cannot",
    "local",
    "final",
    "previous",
];

/// Tokens `first..last`.
type TokenRange = (usize, usize);

/// The statement cues whose words all match at token `k`.
pub(super) fn statement_cues_at<'a>(
    lexicon: &'a Lexicon,
    lower: &'a [Lower],
    k: usize,
) -> impl Iterator<Item = &'a Cue> + 'a {
    // (Every cue form listed under a word starts with that word: the words after it are compared.)
    lexicon.cues(&lower[k]).iter().filter(move |c| {
        debug_assert!(c.words[0] == lower[k]);
        c.relation.is_statement() && c.words[1..].iter().enumerate().all(|(j, w)| lower.get(k + 1 + j) == Some(w))
    })
}

/// Is word `k` a capitalised word inside a name rather than a verb: after another capitalised
/// word, before a lowercase noun, not opening its sentence ("Nature's Scientific Reports
/// journal"; a headline goes on in capitals or with a small function word: "Graham Says Trump
/// Is Unfit", "Cruz Refuses to Disavow")?
pub(super) fn capital_in_name(text: &str, lower: &[Lower], tokens: &[Token], first: usize, k: usize) -> bool {
    let capital = |t: usize| text.as_bytes()[tokens[t].start].is_ascii_uppercase();
    k > first
        && capital(k)
        && tokens[k - 1].kind == TokenKind::Word
        && capital(k - 1)
        && tokens.get(k + 1).is_some_and(|n| {
            n.kind == TokenKind::Word
                && n.text(text).starts_with(|c: char| c.is_ascii_lowercase())
                && !is_phrase_stop(lower[k + 1].as_str())
        })
}

/// Does word `k` end a noun phrase as a participle ("a court document filed by")?
/// Not right after a determiner, nor hyphenated: those are adjectives ("a leaked
/// memo", "a just-released poll").
fn is_participle_after(lower: &[Lower], k: usize) -> bool {
    let w = lower[k].as_str();
    w.ends_with("ed") && !w.contains('-') && !is_determiner(lower[k - 1].as_str())
}

/// Speakers that are not named actors: "a source said", "the poll shows",
/// "according to exit polls". Each becomes a [`MentionKind::Phrase`] mention
/// of an unnamed group, so the statement keeps its cue and source.
#[allow(clippy::too_many_arguments)]
fn add_phrase_speakers(
    lexicon: &Lexicon,
    text: &str,
    tokens: &[Token],
    lower: &[Lower],
    sentences: &[Sentence],
    cue_tokens: &[usize],
    mentions: &mut Vec<Mention>,
    resolution: &mut Resolution,
    marks: &mut PhraseMarks,
) {
    let PhraseMarks { covered, place, named } = marks;
    for marks in [&mut *covered, &mut *place, &mut *named] {
        emptied(marks, tokens.len());
        marks.resize(tokens.len(), false);
    }
    // (`place`: tokens of places, which may modify an unnamed speaker: "said a Nevada Democrat".
    // `named`: tokens of names, roles and pronouns, which other rules take as speakers.)
    for m in mentions.iter() {
        let is_named = !matches!(m.kind, MentionKind::Group | MentionKind::Phrase);
        let is_place = matches!(m.actor, Some(ActorType::Location | ActorType::Country));
        // One loop for the three marks: mentions are a few tokens long, and a
        // loop of its own per mark and mention became a call to `memset` each.
        for k in m.first..m.last {
            covered[k] = true;
            named[k] |= is_named;
            place[k] |= is_place;
        }
    }
    let is_word = |k: usize| tokens[k].kind == TokenKind::Word;
    // "a 1989 report": a year after an article modifies the noun as a word would.
    let year = |k: usize, first: usize| {
        tokens[k].kind == TokenKind::Number
            && is_year(&lower[k])
            && k > first
            && matches!(lower[k - 1].as_str(), "a" | "the")
    };
    // (sentence, first, last, the name's tokens if not the words after the determiners)
    let mut found: Vec<(usize, usize, usize, Option<TokenRange>)> = Vec::with_capacity(32);
    for ((s, sentence), cues) in sentences.iter().enumerate().zip(cue_tokens_by_sentence(cue_tokens, sentences)) {
        // (Only a token that starts a cue form can be one: the others are not visited.)
        for &i in cues {
            if covered[i] || !is_word(i) {
                continue;
            }
            if capital_in_name(text, lower, tokens, sentence.first, i) {
                continue;
            }
            // The frames of the statement cues that match here.
            let (mut source, mut say, mut tell, mut speech) = (false, false, false, false);
            for c in statement_cues_at(lexicon, lower, i) {
                source |= c.frame == Frame::Source;
                say |= c.frame == Frame::Say;
                tell |= c.frame == Frame::Tell;
                speech |= matches!(c.frame, Frame::Say | Frame::Tell | Frame::Act);
            }
            if source {
                // "according to exit polls": the phrase after "to".
                let start = i + 2;
                if start < sentence.last && !covered[start] {
                    let mut end = start;
                    // A participle ends the phrase: "a court document filed by ...".
                    while end < sentence.last
                        && (is_word(end) || year(end, start))
                        && !covered[end]
                        && !is_phrase_stop(lower[end].as_str())
                        && !(end > start && is_participle_after(lower, end))
                        && end - start < 6
                    {
                        end += 1;
                    }
                    // "according to the latest Gallup poll": the name is the source, not "the latest".
                    let before_name = end < sentence.last && covered[end];
                    if end > start && !before_name && !is_determiner(lower[end - 1].as_str()) {
                        found.push((s, start, end, None));
                    }
                }
                continue;
            }
            if !speech {
                continue;
            }
            // "“...,” said one Democratic source": an unnamed speaker after the verb.
            // Only after a quotation: "“...,” said the official", "“...”, said the official".
            let after_quote = i > sentence.first
                && (tokens[i - 1].kind == TokenKind::Quote
                    || (i > sentence.first + 1 && lower[i - 1] == "," && tokens[i - 2].kind == TokenKind::Quote));
            // Or after a comma that ends what was said, when the phrase is a person's role or a
            // group and ends the clause: "He had a voice in it, said a former spokesman for the
            // ministry", not "..., said the message was".
            let after_comma = !after_quote && i > sentence.first + 1 && lower[i - 1] == ",";
            // "“...,” adding that ...": an -ing form has its subject before the quotation.
            let inverted = (after_quote || after_comma) && say && !lower[i].ends_with("ing");
            let opens = |w: &str| {
                is_determiner(w)
                    && !(after_comma
                        && matches!(
                            w,
                            "that"
                                | "this"
                                | "these"
                                | "those"
                                | "his"
                                | "her"
                                | "its"
                                | "their"
                                | "our"
                                | "my"
                                | "your"
                                | "no"
                                | "any"
                        ))
            };
            if inverted && i + 1 < sentence.last && !covered[i + 1] && opens(lower[i + 1].as_str()) {
                let start = i + 1;
                let mut end = start + 1;
                // A hyphen inside a word counts: "the 46-year-old".
                let joined = |k: usize| {
                    lower[k] == "-"
                        && tokens[k - 1].end == tokens[k].start
                        && tokens.get(k + 1).is_some_and(|n| n.start == tokens[k].end)
                };
                let plain = |k: usize| {
                    k < sentence.last
                        && (is_word(k) || tokens[k].kind == TokenKind::Number || joined(k))
                        && !is_phrase_stop(lower[k].as_str())
                };
                while end < sentence.last && plain(end) && end - start < 6 {
                    if covered[end] && !place[end] {
                        // A name that modifies the noun after it: "a senior Cruz adviser", "another Twitter user".
                        let after = (end..sentence.last).find(|&k| !covered[k]).unwrap_or(sentence.last);
                        if !plain(after) || !named[end] {
                            break;
                        }
                        end = after;
                    }
                    end += 1;
                }
                // The head is a noun of its own: "one New Hampshire Democrat", not "the New Hampshire".
                let role = |head: &str| {
                    lexicon.is_group_noun(head) || lexicon.title(head).is_some() || is_document_noun(head) || {
                        let mut plural = head.to_owned();
                        plural.push('s');
                        lexicon.is_group_noun(&plural)
                    }
                };
                let clause_end = end == sentence.last
                    || matches!(
                        lower[end].as_str(),
                        "," | "." | ";" | "who" | "for" | "of" | "at" | "with" | "from" | "in"
                    );
                let speaker = !after_comma || (clause_end && role(lower[end - 1].as_str()));
                if end > start + 1 && !covered[end - 1] && speaker {
                    found.push((s, start, end, None));
                    continue;
                }
                // After a quotation the verb is inverted; after a comma it may have its subject on
                // the left: "A spokesman, who spoke on condition of anonymity, said the talks ...".
                if !after_comma {
                    continue;
                }
            }
            // Walk left past auxiliaries and adverbs to the subject, and past a parenthetical
            // between dashes: "Insiders in the next two states — Nevada and South Carolina — said".
            let mut k = before_gap_words(lower, i, sentence.first);
            // The opening mark of a parenthetical that closes right before token `k`.
            let opening_within = |k: usize, span: usize, mark: &dyn Fn(usize) -> bool| {
                (k > sentence.first + 2 && mark(k - 1))
                    .then(|| (k.saturating_sub(span).max(sentence.first + 1)..k - 1).rev().find(|&t| mark(t)))
                    .flatten()
            };
            let opening = |k: usize, mark: &dyn Fn(usize) -> bool| opening_within(k, 14, mark);
            if let Some(open) = opening(k, &|t| matches!(lower[t].as_str(), "—" | "–" | "--")) {
                k = open;
            }
            // ... and past examples between commas: "Several fact checkers, including The Washington
            // Post, have pointed out", "the biggest hawks, like Rubio and Bush, say".
            // ... and past a relative or participle clause: "A senior official, who spoke on
            // condition of anonymity, said", "Federal officials, speaking on condition of anonymity, said".
            if let Some(open) = opening_within(k, 28, &|t| lower[t] == ",")
                && (matches!(lower[open + 1].as_str(), "who" | "which")
                    || (lower[open + 1].ends_with("ing") && lower[open + 1].len() > 4))
                && (open + 1..k - 1).all(|t| tokens[t].kind != TokenKind::Quote)
            {
                k = open;
            }
            if let Some(open) = opening(k, &|t| lower[t] == ",")
                && matches!(lower[open + 1].as_str(), "like" | "including" | "such")
            {
                k = open;
            }
            // "six in 10 say", "a spokesman for the buyer said": a whole phrase before the verb.
            if say || tell {
                // "one says" but "one tweet", "one estimate": the verb agrees with a singular subject.
                // ("Another said", "one wrote": a past form agrees with any subject.)
                let w = lower[i].as_str();
                let singular_verb = w.ends_with('s') || w.ends_with("ed") || matches!(w, "said" | "told" | "wrote");
                if let Some(p) = subject_phrase(lexicon, text, tokens, lower, named, (sentence.first, k), singular_verb)
                {
                    found.push((s, p.first, p.last, Some(p.name)));
                    continue;
                }
                // "People who attended the meeting said": the phrase before the relative clause
                // (a group noun is a mention already: "Voters who ... said").
                if let Some(p) = relative_subject_phrase(lexicon, text, tokens, lower, named, (sentence.first, k)) {
                    if !covered[p.first..p.last].iter().any(|&c| c) {
                        found.push((s, p.first, p.last, Some(p.name)));
                    }
                    continue;
                }
            }
            // "Trump's lawyer criticized", "Russia's foreign minister urged": an owner's role before
            // a verb of any speech act (the phrases above are for verbs of saying).
            // (Not "Obama's executive orders": a term, no role.)
            if !(say || tell)
                && k > sentence.first + 2
                && !covered[k - 1]
                && is_word(k - 1)
                && lower[k - 1] != "executive"
            {
                // (The title's words joined as the lexicon keys them: "foreign minister".)
                let mut key = String::new();
                let title_from = (k.saturating_sub(3).max(sentence.first + 2)..k).find(|&t| {
                    key.clear();
                    for (n, w) in lower[t..k].iter().enumerate() {
                        if n > 0 {
                            key.push(' ');
                        }
                        key.push_str(w.as_str());
                    }
                    lexicon.title(&key).is_some()
                });
                if let Some(t) = title_from
                    && matches!(lower[t - 1].as_str(), "'s" | "’s")
                    && covered[t - 2]
                    && named[t - 2]
                    && (t..k).all(|q| is_word(q) && !covered[q])
                {
                    let mut run = t - 2;
                    while run > sentence.first && covered[run - 1] && named[run - 1] && t - run < 6 {
                        run -= 1;
                    }
                    found.push((s, run, k, Some((run, k))));
                    continue;
                }
            }
            // "a poll released in late August found": the document, past its description.
            let document = document_before(lower, i, sentence.first).filter(|&h| !covered[h]);
            if document.is_none() && (k == sentence.first || covered[k - 1] || !is_word(k - 1)) {
                continue;
            }
            let mut head = document.unwrap_or(k - 1);
            // "an architect who said": the noun before the relative pronoun.
            if lower[head] == "who" {
                let before = if head > sentence.first + 1 && lower[head - 1] == "," { head - 1 } else { head };
                if before == sentence.first || covered[before - 1] || !is_word(before - 1) {
                    continue;
                }
                head = before - 1;
            }
            let h = lower[head].as_str();
            // ("As its name suggests, …": a name or a word says nothing of its own.)
            if matches!(h, "name" | "names" | "word" | "words" | "term") {
                continue;
            }
            // A cue word is a verb ("X said Y said"), unless an article or an owner makes it a noun:
            // "the report says", "Trump's statement read", "his remarks indicated".
            // (Also past a name that modifies it: "A WHO statement said", "The Kremlin statement said".)
            let mut run = head;
            while run > sentence.first && covered[run - 1] && named[run - 1] && head - run < 4 {
                run -= 1;
            }
            let article = |k: usize| matches!(lower[k].as_str(), "the" | "a" | "an");
            let named_article = run < head
                && (article(run) || (run > sentence.first && article(run - 1)))
                && (is_document(lower[head].as_str())
                    || lexicon.cues(lower[head].as_str()).iter().any(|c| c.frame == Frame::Noun));
            let after_article = head > sentence.first
                && (article(head - 1)
                    || named_article
                    || POSSESSIVES.contains(&lower[head - 1].as_str())
                    || year(head - 1, sentence.first));
            let cue_word = !after_article
                && lexicon
                    .cues(h)
                    .iter()
                    .any(|c| c.words.iter().enumerate().all(|(k, w)| lower.get(head + k) == Some(w)));
            // Participles, adjectives and time words are not heads: "contested", "yesterday".
            let not_noun = (h.ends_with("ed") && h.len() > 4) || NOT_HEADS.contains(&h) || WEEKDAYS.contains(&h);
            if is_phrase_stop(h)
                || is_determiner(h)
                || (h.ends_with("ly") && !LY_NOUNS.contains(&h))
                || h.ends_with("ing")
                || cue_word
                || not_noun
                || !h.chars().all(|c| c.is_alphabetic() || c == '-')
            {
                continue;
            }
            // A speech verb ends the phrase: "..., saying anybody who complains" is not one speaker.
            let speech_verb_at =
                |k: usize| statement_cues_at(lexicon, lower, k).any(|c| matches!(c.frame, Frame::Say | Frame::Tell));
            // A past verb with no article before it ends the phrase in the object: "Clinton cited
            // derogatory comments" has no speaker "cited derogatory" ("the retired general" does).
            let past_verb = |k: usize| {
                lower[k].ends_with("ed")
                    && lower[k].len() > 4
                    && !(k > sentence.first && is_determiner(lower[k - 1].as_str()))
            };
            let mut first = head;
            while first > sentence.first
                && (is_word(first - 1) || year(first - 1, sentence.first))
                && !covered[first - 1]
                && !is_phrase_stop(lower[first - 1].as_str())
                && head - first < 5
                && !(lower[first - 1].ends_with("ing") && speech_verb_at(first - 1))
            {
                if past_verb(first - 1) {
                    break;
                }
                first -= 1;
                if is_determiner(lower[first].as_str()) {
                    break;
                }
            }
            if first > sentence.first && is_word(first - 1) && !covered[first - 1] && past_verb(first - 1) {
                continue;
            }
            // The object of a participle after the subject: "State legislators supporting the law
            // argued" is the legislators' statement, the phrase their name.
            if first > sentence.first + 1
                && lower[first - 1].ends_with("ing")
                && lower[first - 1].len() > 4
                && covered[first - 2]
                && !speech_verb_at(first - 1)
                && !is_phrase_stop(lower[first - 1].as_str())
                && !matches!(lower[first - 1].as_str(), "including" | "following" | "according" | "excluding")
                // (A group's: "the Pentagon briefing" is a noun after a name.)
                && let Some(m) = mentions
                    .iter()
                    .find(|m| m.last == first - 1 && !m.inside && m.sentence == s && m.kind == MentionKind::Group)
            {
                found.push((s, m.first, head + 1, Some((m.head_first, m.head_last))));
                continue;
            }
            // The object of an infinitive: "Organizers of the push to boycott the speech said".
            if first > sentence.first + 1
                && lower[first - 2] == "to"
                && is_word(first - 1)
                && !covered[first - 1]
                && !is_phrase_stop(lower[first - 1].as_str())
            {
                continue;
            }
            // An owner's person or body: "Omar Haddad's brother", "Kasich's presidential campaign".
            if lower[first] == "'s" && first > sentence.first && covered[first - 1] && named[first - 1] {
                let mut run = first - 1;
                while run > sentence.first && covered[run - 1] && named[run - 1] && first - run < 4 {
                    run -= 1;
                }
                first = run;
            }
            // A name that modifies the noun, after an article: "the GOP candidate proposes" (but the
            // owner of a document speaks for it: "a Gallup poll found").
            if document.is_none() && first > sentence.first && covered[first - 1] && named[first - 1] {
                let mut run = first - 1;
                while run > sentence.first && covered[run - 1] && named[run - 1] && first - run < 4 {
                    run -= 1;
                }
                if run > sentence.first && matches!(lower[run - 1].as_str(), "the" | "a" | "an") {
                    first = run - 1;
                } else if named_article && run < first && matches!(lower[run].as_str(), "the" | "a" | "an") {
                    // ("The Kremlin statement": the article inside the name.)
                    first = run;
                }
            }
            // After a possessive a statement noun is a noun, not a verb: "his infamous comment".
            // Past the names and groups that modify the noun ("its British growth forecast").
            let mut owner = first;
            while owner > sentence.first
                && covered[owner - 1]
                && (tokens[owner - 1].kind == TokenKind::Word || !named[owner - 1])
                && !POSSESSIVES.contains(&lower[owner - 1].as_str())
            {
                owner -= 1;
            }
            // ("his brother added", "Trump's campaign manager says": an owner's person speaks.)
            let noun_cue = statement_cues_at(lexicon, lower, i).any(|c| c.frame == Frame::Noun);
            let possessive = owner > sentence.first && noun_cue && POSSESSIVES.contains(&lower[owner - 1].as_str());
            if document.is_none() && possessive {
                continue;
            }
            // A phrase inside a prepositional phrase is not the subject (after a subordinator
            // it is: "Stocks fell after the government proposed tariffs").
            if first > sentence.first
                && is_phrase_stop(lower[first - 1].as_str())
                && !matches!(
                    lower[first - 1].as_str(),
                    "and" | "but" | "that" | "so" | "while" | "because" | "if" | "when" | "as" | "which" | "whom"
                )
                && !(matches!(
                    lower[first - 1].as_str(),
                    "after" | "before" | "until" | "since" | "once" | "although" | "though" | "unless" | "whereas"
                ) && (lexicon.is_group_noun(h) || lexicon.title(h).is_some() || ORGANISATION_NOUNS.contains(&h)))
            {
                continue;
            }
            // After a singular determiner a verb in its base form is a noun: "a new report by ...".
            let singular = matches!(lower[first].as_str(), "a" | "an" | "one" | "each" | "every" | "this");
            if singular && k == i && ["s", "es"].iter().any(|e| !lexicon.cues(&format!("{}{e}", lower[i])).is_empty()) {
                continue;
            }
            // With verbs that are also nouns ("promises", "attacks"), "his campaign promises" is a
            // compound noun: only an article-led phrase is taken as their subject.
            let speech_verb = say || tell;
            // A past form is a verb: "two Democratic speechwriters implored her".
            // ("Two men charged in the attack pleaded": a participle before a preposition is not.)
            let participle = lower.get(i + 1).is_some_and(|n| is_phrase_stop(n.as_str()));
            let counted = lower[i].ends_with("ed") && !participle && is_determiner(lower[first].as_str());
            if !speech_verb && !counted && !matches!(lower[first].as_str(), "the" | "a" | "an") {
                continue;
            }
            found.push((s, first, head + 1, None));
        }
    }
    let phrases_from = mentions.len();
    for (s, first, last, name) in found {
        let (words, name_last) = name.unwrap_or_else(|| {
            let mut words = first;
            while words < last && (is_determiner(lower[words].as_str()) || year(words, first)) {
                words += 1;
            }
            (words, last)
        });
        if words == name_last {
            continue;
        }
        // "The government of Oman announced": the state it is of names it too (not one
        // "government" for every state).
        let of_state = name_last + 1 < last
            && lower[name_last] == "of"
            && mentions[..phrases_from].iter().any(|m| {
                m.first == name_last + 1
                    && m.last == last
                    && matches!(m.actor, Some(ActorType::Country | ActorType::Location))
            });
        let name_last = if of_state { last } else { name_last };
        let name = text[tokens[words].start..tokens[name_last - 1].end].to_owned();
        let id = slug(&name);
        if id.is_empty() {
            continue;
        }
        // "The embassy said", "the company said": the organisation named before.
        // ("Police said" after "Thames Valley Police": the force named before.)
        let bare_police = words == first && name_last == first + 1 && lower[first] == "police";
        // ("the fire service" after "North Wales Fire and Rescue Service": every word in its name.)
        let named_before = ((lower[first] == "the" && words == first + 1 && name_last <= words + 2) || bare_police)
            .then(|| {
                organisation_before(lower, (words, name_last), s, first, mentions, resolution).or_else(|| {
                    document_owner_before(lower, words, sentences[s.saturating_sub(5)].first, mentions, resolution)
                })
            })
            .flatten();
        // "Trump's statement read", "his letter said", "his remarks indicated": a document or a
        // statement speaks for its owner.
        let statement_noun = statement_cues_at(lexicon, lower, name_last - 1).any(|c| c.frame == Frame::Noun);
        let owner = (is_document(lower[name_last - 1].as_str()) || statement_noun)
            .then(|| {
                let owner_at = |k: usize, pronoun: bool| {
                    mentions[..phrases_from].iter().position(|m| {
                        m.last == k
                            && (m.kind == MentionKind::Pronoun) == pronoun
                            && (!pronoun || matches!(lower[m.first].as_str(), "his" | "her" | "its" | "their"))
                    })
                };
                // ("Another report from the Mexican government said": its author after "from" or
                // "by", named.)
                let author = || {
                    let by = name_last;
                    (by + 1 < tokens.len() && matches!(lower[by].as_str(), "from" | "by")).then_some(())?;
                    let start = if lower[by + 1] == "the" { by + 2 } else { by + 1 };
                    // (Not a place, "a video from Kabul airport", nor a word that opens a longer
                    // name, "the Syrian Observatory for Human Rights", nor a possessor, "a letter
                    // from Haddad's attorney".)
                    let ends = |k: usize| {
                        k >= tokens.len()
                            || tokens[k].kind != TokenKind::Word
                            || is_phrase_stop(lower[k].as_str())
                            || statement_cues_at(lexicon, lower, k).next().is_some()
                    };
                    let place = |i: usize| {
                        resolution.entity_of[i].is_some_and(|e| resolution.entities[e].kind == ActorType::Location)
                    };
                    (0..phrases_from)
                        .filter(|&i| {
                            let m = &mentions[i];
                            m.first == start
                                && m.sentence == s
                                && (matches!(m.kind, MentionKind::Name | MentionKind::Known | MentionKind::Body)
                                    || (m.kind == MentionKind::Group && m.actor == Some(ActorType::Organization)))
                                && !m.possessive
                                && !place(i)
                        })
                        .max_by_key(|&i| mentions[i].last)
                        .filter(|&i| ends(mentions[i].last))
                };
                // ("A WHO report said", "the NHC advisory": the body named right before it.)
                let modifier = || {
                    (0..phrases_from).find(|&i| {
                        let m = &mentions[i];
                        m.last + 1 == name_last
                            && (m.first > first || (m.first == first && m.last > first + 1))
                            && matches!(m.kind, MentionKind::Name | MentionKind::Known)
                            // (A state by its seat only: "a Pentagon report", not "the Russia report";
                            // but a statement is its issuer's: "The Turkish statement", "the US statement".)
                            && (m.actor == Some(ActorType::Organization)
                                || (m.actor == Some(ActorType::Country)
                                    && (m.known.as_ref().is_some_and(|k| k.via == Via::Seat)
                                        || lower[name_last - 1] == "statement")))
                    })
                };
                (first..name_last)
                    .find(|&k| k > first && matches!(lower[k].as_str(), "'s" | "’s"))
                    .and_then(|k| owner_at(k, false))
                    .or_else(|| owner_at(first, true))
                    .or_else(author)
                    .or_else(modifier)
                    .and_then(|m| resolution.entity_of[m])
            })
            .flatten();
        let e = match owner.or(named_before).or_else(|| resolution.entities.iter().position(|e| e.id == id)) {
            Some(e) => e,
            None => {
                // ("the government of Oman" is a body, as "the Omani government" is.)
                let body = of_state && matches!(lower[words].as_str(), "government" | "administration" | "cabinet");
                let kind = if body {
                    ActorType::Organization
                } else if kinship_noun(lower[name_last - 1].as_str()) {
                    // "his surviving father says": one person, unnamed.
                    ActorType::Person
                } else {
                    ActorType::Group
                };
                resolution.entities.push(Entity { id, name, kind });
                resolution.entities.len() - 1
            }
        };
        let mut m = Mention::new(s, first, last, MentionKind::Phrase);
        m.head_first = words;
        m.head_last = name_last;
        m.actor = Some(ActorType::Group);
        mentions.push(m);
        resolution.entity_of.push(Some(e));
    }
    // Mentions inside a phrase ("China" in "the head of China’s delegation") are its modifiers.
    // (Found ones come in text order: only those starting within the phrase are looked at,
    // not all of them for every phrase.)
    let (earlier, phrases) = mentions.split_at_mut(phrases_from);
    let in_order = earlier.is_sorted_by_key(|m| m.first);
    for p in phrases.iter() {
        let (first, last) = (p.first, p.last);
        let from = if in_order { earlier.partition_point(|m| m.first < first) } else { 0 };
        for m in &mut earlier[from..] {
            if in_order && m.first > last {
                break;
            }
            if m.first >= first && m.last <= last {
                m.inside = true;
            }
        }
    }
    // "an Interpol spokesperson stated … The spokesperson added": a role noun after "the" is the
    // unnamed speaker of that noun a sentence or two before, when it names no one itself.
    for r in 0..phrases_from {
        let m = &mentions[r];
        if m.kind != MentionKind::Role || m.last != m.first + 2 || lower[m.first] != "the" {
            continue;
        }
        let noun = lower[m.last - 1].as_str();
        let bare = resolution.entity_of[r].is_none_or(|e| resolution.entities[e].name.eq_ignore_ascii_case(noun));
        let before = (phrases_from..mentions.len()).rev().find(|&p| {
            let q = &mentions[p];
            q.last <= m.first
                && q.sentence + 2 >= m.sentence
                && q.head_last - q.head_first >= 2
                && lower[q.head_last - 1] == noun
        });
        if bare && let Some(p) = before {
            resolution.entity_of[r] = resolution.entity_of[p];
        }
    }
    // "According to show insiders, ... They said ...": an unresolved "they" (or "it") opening a
    // sentence refers to an unnamed source of the sentence before, if the number agrees.
    let phrases: Vec<usize> = (0..mentions.len()).filter(|&m| mentions[m].kind == MentionKind::Phrase).collect();
    for p in 0..mentions.len() {
        let m = &mentions[p];
        let first_of_sentence = sentences.get(m.sentence).is_some_and(|s| s.first == m.first);
        let plural = match lower[m.first].as_str() {
            "they" => true,
            "it" => false,
            _ => continue,
        };
        if m.kind != MentionKind::Pronoun || resolution.entity_of[p].is_some() || !first_of_sentence || m.sentence == 0
        {
            continue;
        }
        let antecedent = phrases.iter().rev().find(|&&q| {
            let phrase = &mentions[q];
            phrase.sentence + 1 == m.sentence && lower[phrase.head_last - 1].ends_with('s') == plural
        });
        if let Some(&q) = antecedent {
            resolution.entity_of[p] = resolution.entity_of[q];
        }
    }
    // "Police said on Monday they believe …": the subject pronoun of what an unnamed speaker said
    // is that speaker, if the number agrees (the pronoun was resolved before the phrase was found).
    for &q in &phrases {
        let phrase = &mentions[q];
        let verb = phrase.last;
        let said = verb < tokens.len() && statement_cues_at(lexicon, lower, verb).any(|c| c.frame == Frame::Say);
        if !said {
            continue;
        }
        let filler = |k: usize| {
            matches!(
                lower[k].as_str(),
                "that" | "on" | "last" | "this" | "earlier" | "yesterday" | "today" | "week" | "month" | "night"
            ) || WEEKDAYS.contains(&lower[k].as_str())
        };
        let Some(p) = (verb + 1..tokens.len().min(verb + 5)).find(|&k| !filler(k)) else {
            continue;
        };
        let head = lower[phrase.head_last - 1].as_str();
        let plural = head.ends_with('s') || matches!(head, "police" | "people");
        let agrees = match lower[p].as_str() {
            "they" => plural,
            "it" => !plural,
            _ => false,
        };
        if agrees
            && let Some(m) =
                mentions[..phrases_from].iter().position(|m| m.first == p && m.kind == MentionKind::Pronoun)
            && mentions[m].sentence == phrase.sentence
        {
            resolution.entity_of[m] = resolution.entity_of[q];
        }
    }
}

/// Is mention `m` the medium something went through ("announced via Twitter"), not an actor of
/// it? (A place is a route: "smuggled via Mexico".)
pub(super) fn is_medium(lower: &[Lower], m: &Mention) -> bool {
    m.first > 0 && lower[m.first - 1] == "via" && !matches!(m.actor, Some(ActorType::Location | ActorType::Country))
}

/// Nouns that "the …" uses for an organisation named before: "the embassy"
/// after "the Saudi Embassy", "the company" after "Pacific Gas and Electric".
const ORGANISATION_NOUNS: &[&str] = &[
    "company",
    "firm",
    "embassy",
    "ministry",
    "department",
    "agency",
    "university",
    "institute",
    "court",
    "commission",
    "committee",
    "council",
    "union",
    "bank",
    "airline",
    "carrier",
    "retailer",
    "newspaper",
    "network",
    "foundation",
    "organisation",
    "organization",
    "party",
    "campaign",
    "hospital",
    "school",
    "museum",
    "club",
    "government",
    "police",
    "service",
    "authority",
    "office",
    "board",
    "association",
    "federation",
    "corporation",
];

/// Nouns that "the …" uses for a news outlet that reported before: "the website" after
/// "Politico reported".
const OUTLET_NOUNS: &[&str] = &["newspaper", "website", "broadcaster", "outlet", "publication", "magazine"];

/// Documents that speak for whoever issued them: "The advisory noted" (see also
/// [`DOCUMENT_NOUNS`](super::words::DOCUMENT_NOUNS), the documents that report findings).
const ISSUED_DOCUMENTS: &[&str] = &[
    "advisory",
    "bulletin",
    "notice",
    "memo",
    "statement",
    "release",
    "report",
    "letter",
    "study",
    "survey",
    "poll",
    "filing",
    "lawsuit",
    "ruling",
];

/// Possessives before a noun: "his infamous comment", "Trump's statement".
const POSSESSIVES: &[&str] = &["his", "her", "its", "their", "our", "my", "your", "'s", "’s"];

/// Does this lowercase noun name a document that speaks for its owner or issuer?
fn is_document(noun: &str) -> bool {
    ISSUED_DOCUMENTS.contains(&noun)
        || is_document_noun(noun)
        // ("Malawi's figures showed": numbers a body put out; "its website notes": what it puts
        // on its website.)
        || matches!(noun, "tweet" | "figures" | "statistics" | "estimates" | "website")
}

/// Verbs that put a document out: "The National Hurricane Center issued an advisory".
const ISSUING_VERBS: &[&str] =
    &["issued", "released", "published", "sent", "posted", "put", "filed", "wrote", "submitted", "circulated"];

/// "The advisory noted": the actor that issued an advisory between token
/// `from` (the start of the sentence five before) and the document's token
/// `noun` ("The National Hurricane Center issued an advisory ...").
fn document_owner_before(
    lower: &[Lower],
    noun: usize,
    from: usize,
    mentions: &[Mention],
    resolution: &Resolution,
) -> Option<usize> {
    let word = lower[noun].as_str();
    if !ISSUED_DOCUMENTS.contains(&word) {
        return None;
    }
    // The same noun, after an issuing verb and at most two words ("issued a new advisory"), or
    // what a speaker said in it ("Ford said in a financial filing").
    let issued = (from..noun.saturating_sub(1)).rev().filter(|&t| lower[t] == word).find_map(|t| {
        let words = t.saturating_sub(4).max(from)..t;
        words.clone().find(|&v| ISSUING_VERBS.contains(&lower[v].as_str())).or_else(|| {
            words.into_iter().find(|&v| {
                matches!(lower[v].as_str(), "said" | "says" | "wrote" | "stated" | "announced")
                    && lower[v + 1] == "in"
                    && matches!(lower[v + 2].as_str(), "a" | "an" | "its" | "their" | "his" | "her")
            })
        })
    })?;
    // The verb's subject, not the object of a preposition ("scientists from the University of
    // Miami and Apex Shark Expeditions published a study").
    let owner = mentions.iter().position(|m| {
        m.last == issued
            && m.kind != MentionKind::Pronoun
            && !m.inside
            && (m.first == 0
                || !matches!(lower[m.first - 1].as_str(), "of" | "from" | "at" | "and" | "with" | "by" | "for"))
    })?;
    let e = resolution.entity_of[owner]?;
    matches!(resolution.entities[e].kind, ActorType::Organization | ActorType::Person | ActorType::Country).then_some(e)
}

/// The entity of "the `noun`" (the word at token `noun`) in sentence `s` before token `first`: the
/// nearest organisation in this or the three sentences before whose name
/// holds the noun ("the embassy" → "Saudi Embassy"), or, for a company, the
/// one organisation named there, and for a news outlet ([`OUTLET_NOUNS`]) the one
/// organisation there that reported ("Politico reported …", "according to Politico").
fn organisation_before(
    lower: &[Lower],
    (words, name_last): (usize, usize),
    s: usize,
    first: usize,
    mentions: &[Mention],
    resolution: &Resolution,
) -> Option<usize> {
    let noun = lower[name_last - 1].as_str();
    if !ORGANISATION_NOUNS.contains(&noun) && !OUTLET_NOUNS.contains(&noun) {
        return None;
    }
    let modifiers = &lower[words..name_last - 1];
    let outlet = OUTLET_NOUNS.contains(&noun);
    let any_name = outlet || matches!(noun, "company" | "firm" | "airline" | "carrier" | "retailer");
    // ("The website further reported" after "Politico reported": a news outlet by what it is, one
    // that reported before.)
    let reported = |m: &Mention| {
        let next = lower.get(m.last).map(|w| w.as_str());
        matches!(next, Some("reported" | "reports" | "wrote" | "published" | "quoted" | "cited"))
            || (m.first >= 2 && lower[m.first - 2] == "according" && lower[m.first - 1] == "to")
            || (m.first >= 3 && lower[m.first - 3] == "according" && lower[m.first - 1] == "the")
    };
    let candidates = mentions
        .iter()
        .zip(&resolution.entity_of)
        // (A police force stays the one of the story: anywhere before.)
        .filter(|(m, _)| {
            m.kind != MentionKind::Pronoun
                && (m.sentence + 3 >= s || noun == "police")
                && (m.sentence, m.last) <= (s, first)
        })
        // (Not the medium: "PG&E announced via Twitter ….")
        .filter(|(m, _)| !is_medium(lower, m))
        .filter_map(|(m, e)| e.map(|e| (m.sentence, m.first, e, !outlet || reported(m))))
        .filter(|&(_, _, e, _)| resolution.entities[e].kind == ActorType::Organization);
    let candidates: Vec<_> = candidates.collect();
    let names_noun = |e: usize| {
        let name = &resolution.entities[e].name;
        let has = |w: &str| name.split_whitespace().any(|n| n.eq_ignore_ascii_case(w));
        has(noun) && modifiers.iter().all(|m| has(m))
    };
    // A company is any organisation only when it is the one organisation around: after
    // "PG&E ... the NTSB", "the company" stays unnamed.
    let only = candidates.iter().all(|c| c.2 == candidates[0].2);
    let fits = |e: usize, reported: bool| names_noun(e) || (any_name && only && reported && modifiers.is_empty());
    candidates.into_iter().filter(|&(_, _, e, r)| fits(e, r)).max_by_key(|&(s, f, _, _)| (s, f)).map(|(_, _, e, _)| e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cue_tokens_by_sentence_are_those_inside_each() {
        let sentence = |first: usize, last: usize| Sentence { first, last, start: 0, end: 0 };
        let sentences = [sentence(0, 3), sentence(3, 4), sentence(4, 9), sentence(9, 12)];
        for cue_tokens in [vec![], vec![0, 2, 3, 7, 8, 11], vec![5], vec![1, 2, 4, 5, 6, 9, 10, 11]] {
            let by_sentence: Vec<&[usize]> = cue_tokens_by_sentence(&cue_tokens, &sentences).collect();
            let expected: Vec<Vec<usize>> = sentences
                .iter()
                .map(|s| cue_tokens.iter().copied().filter(|&k| s.first <= k && k < s.last).collect())
                .collect();
            assert_eq!(by_sentence, expected, "{cue_tokens:?}");
        }
    }
}
