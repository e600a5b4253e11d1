//! Actor mentions: names, titled names, known places and bodies, unnamed
//! groups, role nouns and pronouns, found token by token in each sentence.
//!
//! Takes the tokens and sentences of a document and the [`Lexicon`]; gives
//! [`Mention`]s in text order. Each mention has its full span (with title and
//! modifiers: "Russia’s President Vladimir Putin") and its head (the name:
//! "Vladimir Putin"); entity resolution turns heads into entities.

mod actor;
mod attach;
mod classes;
mod gender;
mod names;
mod sentence;

use actor::{earlier_surname_where, is_earlier_surname};
use attach::joins_place;
use classes::{
    ADJECTIVE_ENDINGS, BODY_NOUN, CAMPAIGN_KINDS, CONNECTOR, GROUP_ADJECTIVE_ENDINGS, MISC_SUFFIX, NOT_NAME,
    NUMBERED_THINGS, ORG_SUFFIX, OTHER_PRONOUN, PERSON_MODIFIED_WORD, PLACE_PREFIX, PLACE_PREPOSITION, PLACE_SUFFIX,
    PLATFORM, PRONOUN, RELIGION, SHIP_PREFIXES, STORM_WORD,
};
pub(super) use classes::{CLOSED_CLASSES, PLACE_FEATURE};
use gender::name_gender;
pub(super) use gender::{FEMALE_KIN, MALE_KIN};

use super::lexicon::{Frame, Known, Lexicon, Via, WordInfo, key};
use super::lower::Lower;
use super::words::{
    COMPANY_NOUNS, IRREGULAR_PASTS, MONTHS, PERSONAL_STAFF, SURNAME_PARTICLES, WEEKDAYS, folded, is_auxiliary,
    is_determiner, is_phrase_stop,
};
use crate::record::ActorType;
use crate::text::{Sentence, Token, TokenKind, emptied};
use std::cell::{Cell, RefCell};
use std::sync::Arc;

/// What kind of expression a mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionKind {
    /// A proper name, possibly with title and modifiers.
    Name,
    /// A known state, place or body from the lexicon ("Russia", "Kremlin", "NATO").
    Known,
    /// An unnamed collective ("analysts", "Russian forces").
    Group,
    /// A role noun standing for a person ("the spokesman").
    Role,
    /// A personal pronoun ("he", "his").
    Pronoun,
    /// An institution named after a person or state ("Trump administration").
    Body,
    /// An unnamed speaker's noun phrase ("a source", "the poll", "the campaign").
    Phrase,
}

/// A person's grammatical gender, as a pronoun that refers to them shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// "he", "him", "his".
    Male,
    /// "she", "her", "hers".
    Female,
}

impl Gender {
    /// The gender of a personal pronoun (any case), if it has one.
    pub fn of_pronoun(word: &str) -> Option<Gender> {
        const MALE: &[&str] = &["he", "him", "his", "himself"];
        const FEMALE: &[&str] = &["she", "her", "hers", "herself"];
        if MALE.iter().any(|p| p.eq_ignore_ascii_case(word)) {
            Some(Gender::Male)
        } else if FEMALE.iter().any(|p| p.eq_ignore_ascii_case(word)) {
            Some(Gender::Female)
        } else {
            None
        }
    }
}

/// One actor mention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Sentence index.
    pub sentence: usize,
    /// First token of the full span.
    pub first: usize,
    /// One past the last token of the full span.
    pub last: usize,
    /// First token of the head (the name).
    pub head_first: usize,
    /// One past the last token of the head.
    pub head_last: usize,
    /// Kind of expression.
    pub kind: MentionKind,
    /// Type guess (resolution may refine it).
    pub actor: Option<ActorType>,
    /// The lexicon entry, for known actors (shared with the lexicon, not copied).
    pub known: Option<Arc<Known>>,
    /// Role words ("President", "spokesman").
    pub role: Option<(usize, usize)>,
    /// Index (in the mention list) of a modifier mention naming the affiliation.
    pub affiliation: Option<usize>,
    /// Part of a longer mention (a modifier such as "Russia’s" in "Russia’s President ...").
    pub inside: bool,
    /// Followed by a possessive "’s".
    pub possessive: bool,
    /// A name's gender, when its title ("Mrs."), the kinship noun before it
    /// ("his wife") or its given name tells it.
    pub gender: Option<Gender>,
}

impl Mention {
    /// A bare mention of tokens `first..last`.
    pub fn new(sentence: usize, first: usize, last: usize, kind: MentionKind) -> Mention {
        Mention {
            sentence,
            first,
            last,
            head_first: first,
            head_last: last,
            kind,
            actor: None,
            known: None,
            role: None,
            affiliation: None,
            inside: false,
            possessive: false,
            gender: None,
        }
    }
}

/// Finds [`Mention`]s in a document.
#[derive(Debug, Clone, Copy)]
pub struct MentionFinder<'a> {
    lexicon: &'a Lexicon,
}

/// A [`Ctx::names`] entry not looked up yet: the names table holds no bit this high. (Not a
/// value of four equal bytes, which would fill the vector with `memset`'s byte loop.)
const NOT_LOOKED_UP: u32 = 1 << 31;

/// The vectors of mention finding, kept from one document to the next so that
/// each is allocated once per thread rather than once per document (see
/// [`super::analysis::Scratch`]). The first three are mention finding's own;
/// the others leave it in the [`super::Analysis`] and come back with it.
#[derive(Debug, Default)]
pub(super) struct MentionBuffers {
    caps: Vec<bool>,
    bare: Vec<u32>,
    names: Vec<Cell<u32>>,
    /// [`Ctx::flags`].
    pub(super) flags: Vec<u32>,
    /// [`Ctx::cue_tokens`].
    pub(super) cue_tokens: Vec<usize>,
    /// The mentions found.
    pub(super) mentions: Vec<Mention>,
}

struct Ctx<'t, 'w> {
    lexicon: &'t Lexicon,
    text: &'t str,
    tokens: &'t [Token],
    lower: Vec<Lower<'w>>,
    /// Per token: a word starting with a capital letter.
    caps: Vec<bool>,
    /// Per token: class bits ([`WordInfo::flags`]) of its lowercase form,
    /// except given names and common words (see [`Ctx::is_name`]).
    flags: Vec<u32>,
    /// Per token: its given-name and common-word bits, looked up when first
    /// asked ([`NOT_LOOKED_UP`] until then): most tokens never are.
    names: Vec<Cell<u32>>,
    /// Per token: class bits of its lowercase form without trailing dots
    /// (titles are looked up so: "Sen."), the same as `flags` for most.
    bare: Vec<u32>,
    /// Room for a multi-word lexicon key ([`MentionFinder::title_at`],
    /// [`MentionFinder::known_at`]), reused instead of allocated per probe.
    key: RefCell<String>,
    /// Names the text gives storms ("Typhoon Haiyan"): alone later, still no one's.
    storms: Vec<&'t str>,
    /// The tokens whose lowercase form starts a cue form, in order.
    cue_tokens: Vec<usize>,
}

impl<'t, 'w> Ctx<'t, 'w> {
    fn new(
        lexicon: &'t Lexicon,
        text: &'t str,
        tokens: &'t [Token],
        mut lower: Vec<Lower<'w>>,
        buffers: &mut MentionBuffers,
    ) -> Ctx<'t, 'w> {
        // "al-Eryani", "el-Sisi": an Arabic article before a capitalised name.
        let article_name = |t: &Token| {
            let w = &text.as_bytes()[t.start..t.end];
            // (Each article ends in a hyphen third or fourth: most words are answered there.)
            (w.get(2) == Some(&b'-') || w.get(3) == Some(&b'-'))
                && ["al-", "el-", "ad-", "ash-", "as-", "at-", "az-", "ar-"]
                    .iter()
                    .any(|p| w.len() > p.len() + 1 && w.starts_with(p.as_bytes()) && w[p.len()].is_ascii_uppercase())
        };
        // A capital first letter, or an article before one. The first byte answers for ASCII
        // letters (an article starts with `a` or `e`); only other letters are decoded.
        let capital = |t: &Token| match text.as_bytes().get(t.start) {
            Some(b) if b.is_ascii_uppercase() => true,
            Some(b'a' | b'e') => article_name(t),
            Some(b) if b.is_ascii() => false,
            _ => t.text(text).chars().next().is_some_and(char::is_uppercase),
        };
        let mut caps = std::mem::take(&mut buffers.caps);
        emptied(&mut caps, tokens.len());
        caps.extend(tokens.iter().map(|t| t.kind == TokenKind::Word && capital(t)));
        let mut flags = std::mem::take(&mut buffers.flags);
        emptied(&mut flags, lower.len());
        let mut bare = std::mem::take(&mut buffers.bare);
        emptied(&mut bare, lower.len());
        let mut storms = Vec::new();
        let mut cue_tokens = std::mem::take(&mut buffers.cue_tokens);
        emptied(&mut cue_tokens, lower.len() / 16);
        let mut after_storm_word = false;
        for (k, w) in lower.iter_mut().enumerate() {
            let info = lexicon.classes(w);
            w.set_cue_slot(info.cue_slot());
            if info.cue_slot() != 0 {
                cue_tokens.push(k);
            }
            if after_storm_word && caps[k] {
                storms.push(tokens[k].text(text));
            }
            after_storm_word = info.flags & STORM_WORD != 0 && caps[k];
            flags.push(info.flags);
            // (A word ending in a dot is looked up again without it; most end otherwise.)
            bare.push(if w.ends_with('.') { lexicon.classes(w.trim_end_matches('.')).flags } else { info.flags });
        }
        let mut names = std::mem::take(&mut buffers.names);
        emptied(&mut names, lower.len());
        names.resize(lower.len(), Cell::new(NOT_LOOKED_UP));
        Ctx {
            lexicon,
            text,
            tokens,
            lower,
            caps,
            flags,
            names,
            bare,
            key: RefCell::new(String::with_capacity(64)),
            storms,
            cue_tokens,
        }
    }

    fn cap(&self, i: usize) -> bool {
        self.caps[i]
    }

    fn word(&self, i: usize) -> &str {
        &self.lower[i]
    }

    /// Is token `i` in word class `class` (not [`WordInfo::GIVEN_NAME`] or
    /// [`WordInfo::COMMON_WORD`]: see [`Ctx::is_name`])?
    fn is(&self, i: usize, class: u32) -> bool {
        self.flags[i] & class != 0
    }

    /// Is token `i` in word class [`WordInfo::GIVEN_NAME`] or [`WordInfo::COMMON_WORD`]?
    // (Inlined: most asks find the bits looked up already; the lookup is out of line.)
    #[inline]
    fn is_name(&self, i: usize, class: u32) -> bool {
        let mut bits = self.names[i].get();
        if bits == NOT_LOOKED_UP {
            bits = self.look_up_names(i);
        }
        bits & class != 0
    }

    /// Looks up and keeps the given-name and common-word bits of token `i` ([`Ctx::is_name`]).
    #[inline(never)]
    fn look_up_names(&self, i: usize) -> u32 {
        let bits = self.lexicon.name_classes(self.word(i));
        self.names[i].set(bits);
        bits
    }

    /// Is token `i`, without trailing dots, in word class `class` (not names)?
    fn bare_is(&self, i: usize, class: u32) -> bool {
        self.bare[i] & class != 0
    }

    /// May a title start at word `i`?
    fn title_start(&self, i: usize) -> bool {
        self.tokens[i].kind == TokenKind::Word && self.bare_is(i, WordInfo::TITLE_START)
    }

    /// May a known actor phrase start at word `i`?
    fn actor_start(&self, i: usize) -> bool {
        self.tokens[i].kind == TokenKind::Word && self.is(i, WordInfo::ACTOR_START)
    }
}

impl<'a> MentionFinder<'a> {
    /// A finder using `lexicon`.
    pub fn new(lexicon: &'a Lexicon) -> MentionFinder<'a> {
        MentionFinder { lexicon }
    }

    /// Lowercase forms of every token (apostrophes normalised), used by all later stages too.
    pub fn lowercase<'t>(text: &'t str, tokens: &[Token]) -> Vec<Lower<'t>> {
        tokens.iter().map(|t| Lower::of(t.text(text))).collect()
    }

    /// [`MentionFinder::lowercase`] of a text whose ASCII capitals are
    /// lowercased in `folded`, from which words of ASCII capitals borrow their
    /// forms (see [`Lower::of_folded`]).
    /// The forms are written into `forms`, emptied first (a vector kept from one document to the next).
    pub(super) fn lowercase_folded<'t>(
        text: &'t str,
        folded: &'t str,
        tokens: &[Token],
        mut forms: Vec<Lower<'t>>,
    ) -> Vec<Lower<'t>> {
        // A token before the next non-ASCII byte of the text is ASCII: its form is its
        // bytes in `folded`, with no test of its own (tokens come in text order; the
        // search starts again only past that byte, or for a token before where it began).
        let (mut from, mut wide) = (0, next_non_ascii(text.as_bytes(), 0));
        emptied(&mut forms, tokens.len());
        let mut i = 0;
        while let Some(t) = tokens.get(i) {
            if t.start < from || t.start > wide {
                from = t.start;
                wide = next_non_ascii(text.as_bytes(), from);
            }
            // The tokens from here up to the next non-ASCII byte, in a loop of their own (none
            // of them moves the search).
            let ascii = tokens[i..].iter().take_while(|t| t.start >= from && t.end <= wide);
            let before = forms.len();
            forms.extend(ascii.map(|t| Lower::ascii(&folded[t.start..t.end])));
            if forms.len() > before {
                i += forms.len() - before;
                continue;
            }
            forms.push(Lower::of_folded(t.text(text), folded, t.start, t.end));
            i += 1;
        }
        forms
    }

    /// All mentions in `sentences`, in text order.
    pub fn find<'w>(
        &self,
        text: &str,
        tokens: &[Token],
        lower: Vec<Lower<'w>>,
        sentences: &[Sentence],
    ) -> (Vec<Mention>, Vec<Lower<'w>>) {
        let (mentions, lower, _, _) =
            self.find_with_classes(text, tokens, lower, sentences, &mut MentionBuffers::default());
        (mentions, lower)
    }

    /// [`MentionFinder::find`], also giving every token's class bits
    /// ([`WordInfo::flags`]) and the tokens that start a cue form (in order),
    /// for later stages to ask. Its vectors are taken from `buffers` (and
    /// those it keeps to itself given back).
    pub(super) fn find_with_classes<'w>(
        &self,
        text: &str,
        tokens: &[Token],
        lower: Vec<Lower<'w>>,
        sentences: &[Sentence],
        buffers: &mut MentionBuffers,
    ) -> (Vec<Mention>, Vec<Lower<'w>>, Vec<u32>, Vec<usize>) {
        let ctx = Ctx::new(self.lexicon, text, tokens, lower, buffers);
        // Mentions are large: reserve room for one in eight tokens rather than grow from empty.
        let mut out = std::mem::take(&mut buffers.mentions);
        emptied(&mut out, tokens.len() / 8);
        for (s, sentence) in sentences.iter().enumerate() {
            self.find_in_sentence(&ctx, s, sentence, &mut out);
        }
        for m in &mut out {
            if m.kind == MentionKind::Name && m.actor != Some(ActorType::Organization) {
                m.gender = name_gender(&ctx, m);
            }
        }
        buffers.caps = ctx.caps;
        buffers.bare = ctx.bare;
        buffers.names = ctx.names;
        (out, ctx.lower, ctx.flags, ctx.cue_tokens)
    }
}

/// Name mention `m` as a person whose title runs over `role` (title start, name start): the
/// name is its head.
fn titled_person(ctx: &Ctx, mut m: Mention, role: (usize, usize), end: usize) -> Mention {
    m.head_first = role.1;
    m.role = Some(role);
    m.actor = Some(ActorType::Person);
    m.possessive = m_possessive(ctx, m.last, end);
    m
}

fn m_possessive(ctx: &Ctx, j: usize, end: usize) -> bool {
    j < end && (ctx.lower[j] == "'s" || ctx.lower[j] == "'")
}

/// Lowercase lookup key of tokens `first..last` (for tests and resolution).
pub fn span_key(text: &str, tokens: &[Token], first: usize, last: usize) -> String {
    key(&text[tokens[first].start..tokens[last - 1].end])
}

/// The first byte from `from` on that is not ASCII, or the end of `bytes`:
/// eight bytes at a time.
fn next_non_ascii(bytes: &[u8], from: usize) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let high = u64::from_le_bytes(chunk.try_into().expect("eight bytes")) & HIGH;
        if high != 0 {
            return i + (high.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < bytes.len() && bytes[i].is_ascii() {
        i += 1;
    }
    i
}
