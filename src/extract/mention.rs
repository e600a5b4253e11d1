//! Actor mentions: names, titled names, known places and bodies, unnamed
//! groups, role nouns and pronouns, found token by token in each sentence.
//!
//! Takes the tokens and sentences of a document and the [`Lexicon`]; gives
//! [`Mention`]s in text order. Each mention has its full span (with title and
//! modifiers: "Russia’s President Vladimir Putin") and its head (the name:
//! "Vladimir Putin"); entity resolution turns heads into entities.

use super::lexicon::{Frame, Known, Lexicon, Via, WordInfo, key};
use super::lower::Lower;
use super::words::{AUXILIARIES, COMPANY_NOUNS, MONTHS, WEEKDAYS, folded};
use crate::record::ActorType;
use crate::text::{Sentence, Token, TokenKind};
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

/// Words that end organisation names.
const ORG_SUFFIXES: &[&str] = &[
    "party",
    "ministry",
    "department",
    "council",
    "committee",
    "commission",
    "agency",
    "bank",
    "university",
    "institute",
    "court",
    "association",
    "union",
    "organization",
    "organisation",
    "corporation",
    "corp",
    "inc",
    "company",
    "co",
    "group",
    "foundation",
    "news",
    "times",
    "post",
    "journal",
    "network",
    "army",
    "navy",
    "force",
    "forces",
    "administration",
    "government",
    "parliament",
    "assembly",
    "senate",
    "congress",
    "office",
    "service",
    "guard",
    "police",
    "club",
    "league",
    "federation",
    "fund",
    "campaign",
    "center",
    "centre",
    "media",
    "press",
    "board",
    "authority",
    "bureau",
    "coalition",
    "movement",
    "front",
    "alliance",
    "brigade",
    "tribune",
    "herald",
    "daily",
    "magazine",
    "radio",
    "tv",
    "television",
    "channel",
    "agency",
    "airlines",
    "airways",
    "motors",
    "bureau",
    "cabinet",
    "secretariat",
    "school",
    "college",
    "hospital",
    "church",
    "command",
    "corps",
    "watch",
    "project",
    "initiative",
    "society",
    "academy",
    "trust",
    "partners",
    "holdings",
    "ltd",
    "llc",
    "plc",
    "reuters",
    "review",
    "house",
    "empire",
    "kingdom",
    "dynasty",
    "records",
    "film",
    "films",
    "academy",
    "forums",
    "studios",
    "entertainment",
    "institution",
    "laboratory",
    "labs",
    "systems",
    "technologies",
    "industries",
    "airport",
    "museum",
    "library",
];

/// Words that end names of events, laws and works, which are not actors.
const MISC_SUFFIXES: &[&str] = &[
    "war",
    "games",
    "revolution",
    "day",
    "agreement",
    "amendment",
    "act",
    "treaty",
    "award",
    "awards",
    "prize",
    "cup",
    "olympics",
    "championship",
    "championships",
    "festival",
    "conference",
    "election",
    "elections",
    "bonds",
    "index",
    "accord",
    "accords",
    "protocol",
    "constitution",
    "bill",
    "law",
    "doctrine",
    "plan",
    "crisis",
    "scandal",
    "summit",
    "series",
    "show",
    "album",
    "book",
    "novel",
    "film",
    "movie",
    "age",
    "era",
    "period",
    "century",
];

/// Adjective endings: a lone capitalised adjective ("European", "Islamic") is not an actor.
const ADJECTIVE_ENDINGS: &[&str] = &["an", "ian", "ean", "ic", "ish", "ese", "ist"];

/// Endings of adjectives that narrow a group: "federal", "congressional", "senior", "local".
const GROUP_ADJECTIVE_ENDINGS: &[&str] = &["al", "ior", "ic", "ary", "ive", "ern", "ish", "an", "ese", "ent"];

/// Online platforms: where something was said, not who said it ("on Truth Social").
const PLATFORM_WORDS: &[&str] =
    &["platform", "account", "page", "website", "site", "feed", "channel", "app", "handle", "post", "blog"];

/// Words that end place names.
const PLACE_SUFFIXES: &[&str] = &[
    "river",
    "sea",
    "lake",
    "island",
    "islands",
    "mountain",
    "mountains",
    "park",
    "canal",
    "delta",
    "hills",
    "hill",
    "harbor",
    "harbour",
    "bay",
    "valley",
    "street",
    "avenue",
    "square",
    "bridge",
    "tower",
    "station",
    "gulf",
    "ocean",
    "desert",
    "county",
    "province",
    "region",
    "oblast",
    "district",
    "peninsula",
    "coast",
    "strait",
    "falls",
    "beach",
    "heights",
    "plain",
    "plains",
    "forest",
    "canyon",
    "road",
    "boulevard",
    "city",
    "village",
    "town",
    "state",
    "garden",
    "gardens",
    "palace",
    "castle",
    "cathedral",
    "fault",
    "range",
    "basin",
    "reef",
    "cape",
    "border",
];

/// Words that start place names.
const PLACE_PREFIXES: &[&str] = &[
    "mount", "mt", "lake", "port", "fort", "cape", "saint", "san", "santa", "st", "lower", "upper", "north", "south",
    "east", "west", "new",
];

/// Capitalised words that never start or make a name on their own (also weekdays and months).
const NOT_NAMES: &[&str] = &[
    // Interjections open a spoken answer's sentences: "Um, I play a lot of online chess".
    "um",
    "uh",
    "uh-huh",
    "ah",
    "aha",
    "oh",
    "yep",
    "nope",
    "ok",
    "hmm",
    "mm",
    "mhm",
    "wow",
    "hey",
    "hi",
    "hello",
    "alright",
    "er",
    "erm",
    // Degrees: "a Ph.D. candidate".
    "ph.d.",
    // Acronyms of things: "DNA tests", "GDP".
    "dna",
    "rna",
    "gdp",
    "hiv",
    "gps",
    // Nouns for a fellow national or player, capitalised only at a sentence's start:
    // "Countryman Lawrence Cherono won".
    "countryman",
    "countrymen",
    "countrywoman",
    "compatriot",
    "compatriots",
    "teammate",
    "teammates",
    // Prepositions rare enough to be missing from the common words.
    "amidst",
    "amongst",
    "whilst",
    "besides",
    "beneath",
    "i",
    "i'm",
    "i've",
    "mr",
    "mrs",
    "ms",
    "dr",
    "god",
    "internet",
    "christmas",
    "easter",
    "ramadan",
    "a",
    "an",
    "the",
    "this",
    "that",
    "these",
    "those",
    "it",
    "its",
    "we",
    "our",
    "you",
    "your",
    "they",
    "their",
    "he",
    "she",
    "his",
    "her",
    "yes",
    "no",
    "ok",
    "okay",
    "oh",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    // Time zones: "(1830 UTC)".
    "utc",
    "gmt",
    "est",
    "edt",
    "cst",
    "cdt",
    "mst",
    "mdt",
    "pst",
    "pdt",
    "cet",
    "cest",
    "bst",
    "aest",
    "aedt",
    "ist",
    "jst",
    "hkt",
    "msk",
    "am",
    "pm",
    "covid-19",
    "tv",
    "bc",
    "bce",
    "ad",
    "ce",
    "brexit",
];

/// Faiths and their believers, which name no one actor.
const RELIGIONS: &[&str] = &[
    "roman",
    "catholic",
    "catholics",
    "protestant",
    "protestants",
    "muslim",
    "muslims",
    "christian",
    "christians",
    "jewish",
    "jew",
    "jews",
    "evangelical",
    "evangelicals",
    "orthodox",
    "sunni",
    "sunnis",
    "shia",
    "shias",
    "shiite",
    "shiites",
    "hindu",
    "hindus",
    "buddhist",
    "buddhists",
    "sikh",
    "sikhs",
    "mormon",
    "mormons",
    "anglican",
    "anglicans",
    "lutheran",
    "lutherans",
    "methodist",
    "methodists",
    "baptist",
    "baptists",
];

/// Prefixes of ships' names ("MV Alan Kurdi"): no organisation has officers.
const SHIP_PREFIXES: &[&str] = &["MV", "MS", "MT", "HMS", "USS", "RMS", "SS", "HMAS", "HMCS", "INS"];

/// Lowercase words that may join parts of a capitalised name.
const CONNECTORS: &[&str] = &[
    "of", "for", "de", "des", "la", "du", "von", "van", "der", "den", "bin", "al", "da", "dos", "del", "le", "on", "&",
];

const PRONOUNS: &[&str] = &["he", "she", "him", "her", "his", "hers", "himself", "herself"];

/// Pronouns for bodies and groups ("it said", "they say").
const OTHER_PRONOUNS: &[&str] = &["it", "its", "they", "them", "their"];

/// Words after which an unknown single name is a place (also verbs of visiting: "visited
/// Kenosha").
const PLACE_PREPOSITIONS: &[&str] = &[
    "visited",
    "visiting",
    "visit",
    "visits",
    "toured",
    "touring",
    "in",
    "at",
    "from",
    "near",
    "across",
    "to",
    "into",
    "outside",
    "throughout",
    "past",
    "through",
    "via",
    "towards",
    "toward",
];

/// Nouns a person's name modifies after "the": "the Obama administration", "the Clinton campaign".
const PERSON_MODIFIED: &[&str] = &[
    "administration",
    "government",
    "team",
    "cabinet",
    "campaign",
    "camp",
    "family",
    "foundation",
    "era",
    "presidency",
    "'s",
    "doctrine",
    "white",
    "house",
    "years",
    "aides",
    "allies",
    "supporters",
    "voters",
];

/// Lowercase nouns naming a body that belongs to a person or state.
/// Kinds of campaign between an owner and "campaign": "Trump’s presidential campaign".
const CAMPAIGN_KINDS: &[&str] =
    &["presidential", "re-election", "reelection", "election", "senate", "mayoral", "gubernatorial", "primary"];

const BODY_NOUNS: &[&str] = &["administration", "government", "team", "cabinet", "office", "family"];

// Closed classes above: one lexicon probe per token gives a word's classes
// (with the lexicon's own), instead of a scan of each list at each question.
const PRONOUN: u32 = WordInfo::FIRST_FREE;
const OTHER_PRONOUN: u32 = WordInfo::FIRST_FREE << 1;
const NOT_NAME: u32 = WordInfo::FIRST_FREE << 2;
const ORG_SUFFIX: u32 = WordInfo::FIRST_FREE << 3;
const MISC_SUFFIX: u32 = WordInfo::FIRST_FREE << 4;
const PLACE_SUFFIX: u32 = WordInfo::FIRST_FREE << 5;
const PLACE_PREFIX: u32 = WordInfo::FIRST_FREE << 6;
const CONNECTOR: u32 = WordInfo::FIRST_FREE << 7;
const PLATFORM: u32 = WordInfo::FIRST_FREE << 8;
const PLACE_PREPOSITION: u32 = WordInfo::FIRST_FREE << 9;
const PERSON_MODIFIED_WORD: u32 = WordInfo::FIRST_FREE << 10;
const BODY_NOUN: u32 = WordInfo::FIRST_FREE << 11;
// (Bits 12 to 16 are relation finding's.)
const RELIGION: u32 = WordInfo::FIRST_FREE << 17;

/// The closed word classes of mention finding, for [`Lexicon::add_classes`].
pub(super) const CLOSED_CLASSES: &[(&[&str], u32)] = &[
    (PRONOUNS, PRONOUN),
    (OTHER_PRONOUNS, OTHER_PRONOUN),
    (NOT_NAMES, NOT_NAME),
    (WEEKDAYS, NOT_NAME),
    (MONTHS, NOT_NAME),
    (ORG_SUFFIXES, ORG_SUFFIX),
    (MISC_SUFFIXES, MISC_SUFFIX),
    (PLACE_SUFFIXES, PLACE_SUFFIX),
    (PLACE_PREFIXES, PLACE_PREFIX),
    (CONNECTORS, CONNECTOR),
    (PLATFORM_WORDS, PLATFORM),
    (PLACE_PREPOSITIONS, PLACE_PREPOSITION),
    (PERSON_MODIFIED, PERSON_MODIFIED_WORD),
    (BODY_NOUNS, BODY_NOUN),
    (RELIGIONS, RELIGION),
];

/// Finds [`Mention`]s in a document.
#[derive(Debug, Clone, Copy)]
pub struct MentionFinder<'a> {
    lexicon: &'a Lexicon,
}

/// A [`Ctx::names`] entry not looked up yet (class bits are never all set).
const NOT_LOOKED_UP: u32 = u32::MAX;

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
}

impl<'t, 'w> Ctx<'t, 'w> {
    fn new(lexicon: &'t Lexicon, text: &'t str, tokens: &'t [Token], mut lower: Vec<Lower<'w>>) -> Ctx<'t, 'w> {
        // The first byte answers for ASCII letters; only other letters are decoded.
        let starts_upper = |t: &Token| match text.as_bytes().get(t.start) {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => t.text(text).chars().next().is_some_and(char::is_uppercase),
        };
        // "al-Eryani", "el-Sisi": an Arabic article before a capitalised name.
        // (Most words are answered by their first byte.)
        let article_name = |t: &Token| {
            let w = &text.as_bytes()[t.start..t.end];
            matches!(w.first(), Some(b'a' | b'e'))
                && ["al-", "el-", "ad-", "ash-", "as-", "at-", "az-", "ar-"]
                    .iter()
                    .any(|p| w.len() > p.len() + 1 && w.starts_with(p.as_bytes()) && w[p.len()].is_ascii_uppercase())
        };
        let caps = tokens.iter().map(|t| t.kind == TokenKind::Word && (starts_upper(t) || article_name(t))).collect();
        let mut flags = Vec::with_capacity(lower.len());
        let mut bare = Vec::with_capacity(lower.len());
        for w in &mut lower {
            let info = lexicon.classes(w);
            w.set_cue_slot(info.cue_slot());
            flags.push(info.flags);
            let b = w.trim_end_matches('.');
            bare.push(if b.len() < w.len() { lexicon.classes(b).flags } else { info.flags });
        }
        let names = vec![Cell::new(NOT_LOOKED_UP); lower.len()];
        Ctx { lexicon, text, tokens, lower, caps, flags, names, bare, key: RefCell::default() }
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
    fn is_name(&self, i: usize, class: u32) -> bool {
        let mut bits = self.names[i].get();
        if bits == NOT_LOOKED_UP {
            bits = self.lexicon.name_classes(self.word(i));
            self.names[i].set(bits);
        }
        bits & class != 0
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

    /// All mentions in `sentences`, in text order.
    pub fn find<'w>(
        &self,
        text: &str,
        tokens: &[Token],
        lower: Vec<Lower<'w>>,
        sentences: &[Sentence],
    ) -> (Vec<Mention>, Vec<Lower<'w>>) {
        let (mentions, lower, _) = self.find_with_classes(text, tokens, lower, sentences);
        (mentions, lower)
    }

    /// [`MentionFinder::find`], also giving every token's class bits
    /// ([`WordInfo::flags`]), for later stages to ask.
    pub(super) fn find_with_classes<'w>(
        &self,
        text: &str,
        tokens: &[Token],
        lower: Vec<Lower<'w>>,
        sentences: &[Sentence],
    ) -> (Vec<Mention>, Vec<Lower<'w>>, Vec<u32>) {
        let ctx = Ctx::new(self.lexicon, text, tokens, lower);
        // Mentions are large: reserve room for one in eight tokens rather than grow from empty.
        let mut out = Vec::with_capacity(tokens.len() / 8);
        for (s, sentence) in sentences.iter().enumerate() {
            self.find_in_sentence(&ctx, s, sentence, &mut out);
        }
        for m in &mut out {
            if m.kind == MentionKind::Name && m.actor != Some(ActorType::Organization) {
                m.gender = name_gender(&ctx, m);
            }
        }
        (out, ctx.lower, ctx.flags)
    }

    /// End of the title (with any abbreviation dot) starting at word `i`, if one does.
    // Always: left to itself the compiler calls it, at every word.
    #[inline(always)]
    fn title_at(&self, ctx: &Ctx, i: usize, end: usize) -> Option<usize> {
        // Most words start no title: answered here, without the call below.
        if i >= end || !ctx.title_start(i) {
            return None;
        }
        self.title_from(ctx, i, end)
    }

    fn title_from(&self, ctx: &Ctx, i: usize, end: usize) -> Option<usize> {
        let mut best = None;
        // One word needs no key (most calls end at the first word).
        let mut buf = ctx.key.borrow_mut();
        buf.clear();
        for j in i..end.min(i + self.lexicon.max_title_words()) {
            if ctx.tokens[j].kind != TokenKind::Word {
                break;
            }
            if j > i {
                if buf.is_empty() {
                    buf.push_str(ctx.word(i).trim_end_matches('.'));
                }
                buf.push(' ');
                buf.push_str(ctx.word(j).trim_end_matches('.'));
            }
            // Plural titles count too: "Senators Marco Rubio ..., Mike Lee ...".
            let (title, continues) = if j > i {
                let k = buf.as_str();
                let singular = k.strip_suffix('s').filter(|s| s.len() > 3);
                let title =
                    self.lexicon.title(k).is_some() || singular.is_some_and(|s| self.lexicon.title(s).is_some());
                let continues =
                    self.lexicon.title_continues(k) || singular.is_some_and(|s| self.lexicon.title_continues(s));
                (title, continues)
            } else {
                // The first word's answers came with its word classes.
                (
                    ctx.bare_is(i, WordInfo::TITLE | WordInfo::PLURAL_TITLE),
                    ctx.bare_is(i, WordInfo::TITLE_PREFIX | WordInfo::PLURAL_TITLE_PREFIX),
                )
            };
            if !continues && !title {
                break;
            }
            if title {
                // An abbreviated title keeps its dot: "Rep." "Gov." "Sen." (not the full stop that
                // ends the sentence: "..., said the spokesman.").
                let dot = j + 2 < end && ctx.tokens[j + 1].start == ctx.tokens[j].end && ctx.word(j + 1) == ".";
                best = Some(if dot { j + 2 } else { j + 1 });
            }
        }
        best
    }

    /// Past any further titles before a name: "Former Vice President", "Senator" after "candidate".
    fn skip_titles(&self, ctx: &Ctx, mut k: usize, end: usize) -> usize {
        while let Some(next) = self.title_at(ctx, k, end) {
            if next >= end || !ctx.cap(next) {
                break;
            }
            k = next;
        }
        k
    }

    /// End and lexicon entry of the longest known actor phrase starting at word `i`, if any.
    // Always: left to itself the compiler calls it, at every word.
    #[inline(always)]
    fn known_at(&self, ctx: &Ctx, i: usize, end: usize) -> Option<(usize, &'a Arc<Known>)> {
        // Most words start no known actor: answered here, without the call below.
        if !ctx.cap(i) || !ctx.actor_start(i) {
            return None;
        }
        self.known_from(ctx, i, end)
    }

    fn known_from(&self, ctx: &Ctx, i: usize, end: usize) -> Option<(usize, &'a Arc<Known>)> {
        let mut best = None;
        // One word needs no key (most calls end at the first word).
        let mut buf = ctx.key.borrow_mut();
        buf.clear();
        for j in i..end.min(i + self.lexicon.max_actor_words()) {
            if j > i {
                if buf.is_empty() {
                    buf.push_str(ctx.word(i));
                }
                buf.push(' ');
                buf.push_str(ctx.word(j));
            }
            let k: &str = if j > i { &buf } else { ctx.word(i) };
            let known = self.lexicon.actor(k);
            if known.is_none() && !self.lexicon.actor_continues(k) {
                break;
            }
            if let Some(known) = known {
                let exact_ok =
                    known.exact.as_ref().is_none_or(|form| *form == ctx.text[ctx.tokens[i].start..ctx.tokens[j].end]);
                if exact_ok {
                    best = Some((j + 1, known));
                }
            }
        }
        best
    }

    /// End of a capitalised name starting at `i`.
    fn name_end(&self, ctx: &Ctx, i: usize, end: usize, title_case_line: bool) -> usize {
        let mut j = i;
        while j < end {
            if ctx.cap(j) && !ctx.bare_is(j, NOT_NAME) {
                if title_case_line && j > i && self.is_ordinary(ctx, j) {
                    break;
                }
                // An organisation's name ends at its suffix: "House Intelligence Committee | Rep. Adam Schiff".
                // ("Hurriyet Daily News": one suffix may follow another.)
                if j > i + 1 && ctx.is(j - 1, ORG_SUFFIX) && !ctx.is(j, CONNECTOR) && !ctx.is(j, ORG_SUFFIX) {
                    break;
                }
                // A caption's credit label ends the name: "Markham Robinson Image: Nicholas Moreau.".
                if j > i
                    && matches!(ctx.word(j), "image" | "photo" | "credit" | "source")
                    && ctx.lower.get(j + 1).is_some_and(|w| w == ":")
                {
                    break;
                }
                // A headline's speech verb ends the name: "Lindsey Graham Says" (but "Mohamed Said, a lawyer").
                if j > i && self.is_speech_verb(ctx, j) && !(j + 1 < end && ctx.word(j + 1) == ",") {
                    break;
                }
                // A title inside a capitalised run starts a new mention ("Senator Ted Cruz").
                // ("Court of Justice": a body's field, not a title.)
                let field = j > i + 1 && ctx.word(j - 1) == "of" && ctx.is(j - 2, ORG_SUFFIX);
                if let Some(t) = (j > i && !field).then(|| self.title_at(ctx, j, end)).flatten()
                    && (!ctx.cap(j - 1) || (t < end && ctx.cap(t)))
                {
                    break;
                }
                j += 1;
                continue;
            }
            if j > i
                && ctx.is(j, CONNECTOR)
                && j + 1 < end
                && ctx.cap(j + 1)
                && !(ctx.word(j) == "of" && ctx.is_name(i, WordInfo::GIVEN_NAME))
                // "Commission on Presidential Debates", not "Mendez on Twitter".
                && (ctx.word(j) != "on" || ctx.is(j - 1, ORG_SUFFIX))
                && !title_case_line
            {
                j += 1;
                // "of the United States"
                continue;
            }
            // "Ursula von der Leyen", "Charles de la Fosse": two particles inside a person's name.
            if j > i
                && matches!(ctx.word(j), "von" | "van" | "de")
                && j + 2 < end
                && matches!(ctx.word(j + 1), "der" | "den" | "la" | "le")
                && ctx.cap(j + 2)
                && !title_case_line
            {
                j += 2;
                continue;
            }
            // "and" before a capitalised word, inside an organisation's name in the forms below.
            let and_name = j > i && ctx.word(j) == "and" && !title_case_line && j + 1 < end && ctx.cap(j + 1);
            // "Bill and Melinda Gates Foundation": two given names joined, in an organisation's name.
            if and_name && ctx.is_name(j - 1, WordInfo::GIVEN_NAME) && ctx.is_name(j + 1, WordInfo::GIVEN_NAME) {
                let k = self.name_end(ctx, j + 1, end, false);
                if k > j + 2 && ctx.is(k - 1, ORG_SUFFIX) {
                    j = k;
                    break;
                }
            }
            // "Department of Forestry and Fire Protection", "National Institute of Allergy and
            // Infectious Diseases": the field of an organisation runs on past "and" (not into
            // another name: "the Department of Justice and Attorney General William Barr", "the
            // University of Bristol and UC Davis").
            if and_name
                && !ctx.bare_is(j + 1, NOT_NAME | WordInfo::TITLE_START)
                && !ctx.is(j + 1, WordInfo::ACTOR_START)
                && !ctx.is_name(j + 1, WordInfo::GIVEN_NAME)
                && !ctx.is(j - 1, WordInfo::ACTOR_START)
                && (i + 1..j).any(|k| matches!(ctx.word(k), "of" | "for") && ctx.is(k - 1, ORG_SUFFIX))
            {
                j += 1;
                continue;
            }
            // "House Oversight and Reform Committee": two fields before the organisation word.
            if and_name
                && j + 2 < end
                && !(i..j).any(|k| ctx.is(k, ORG_SUFFIX))
                && !ctx.is(j + 1, WordInfo::ACTOR_START)
                && !ctx.is_name(j + 1, WordInfo::GIVEN_NAME)
            {
                let k = self.name_end(ctx, j + 1, end, false);
                if k > j + 2 && ctx.is(k - 1, ORG_SUFFIX) && !(j + 1..k - 1).any(|t| ctx.is(t, ORG_SUFFIX)) {
                    j = k;
                    break;
                }
            }
            // "Committee to Protect Journalists": a purpose after an organisation word.
            if j > i
                && ctx.word(j) == "to"
                && ctx.is(j - 1, ORG_SUFFIX)
                && j + 1 < end
                && ctx.cap(j + 1)
                && !ctx.is(j + 1, NOT_NAME)
                && !title_case_line
            {
                j += 1;
                continue;
            }
            // "St. Michael", "Mt. Hood".
            if j > i
                && ctx.word(j) == "."
                && matches!(ctx.word(j - 1), "st" | "ste" | "mt" | "ft")
                && j + 1 < end
                && ctx.cap(j + 1)
            {
                j += 1;
                continue;
            }
            if j > i && ctx.word(j) == "the" && ctx.is(j - 1, CONNECTOR) && j + 1 < end && ctx.cap(j + 1) {
                j += 1;
                continue;
            }
            break;
        }
        // Never end on a connector.
        while j > i + 1 && ctx.is(j - 1, CONNECTOR) {
            j -= 1;
        }
        // "John G. Roberts Jr.": the suffix keeps its dot.
        if j > i + 1 && j < end && matches!(ctx.word(j - 1), "jr" | "sr") && ctx.word(j) == "." {
            j += 1;
        }
        j
    }

    /// A speech verb in a form that is no noun: "says", "said", "told" (not "report", "show").
    fn is_speech_verb(&self, ctx: &Ctx, j: usize) -> bool {
        let w = ctx.word(j);
        let verb_form = matches!(w, "said" | "told") || (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss"));
        verb_form
            && !ctx.is_name(j, WordInfo::GIVEN_NAME)
            && self.lexicon.cues(&ctx.lower[j]).iter().any(|c| {
                // Any statement verb: "Christie Calls Clinton ‘A Disgrace’", "Sanders Vows To ...".
                let statement = c.relation.is_statement() && matches!(c.frame, Frame::Act | Frame::Prep);
                (matches!(c.frame, Frame::Say | Frame::Tell) || statement)
                    && c.words.iter().enumerate().all(|(k, w)| ctx.lower.get(j + k) == Some(w))
            })
    }

    fn is_ordinary(&self, ctx: &Ctx, j: usize) -> bool {
        // An all-capital alias ("WHO") does not make "Who" a name.
        ctx.is_name(j, WordInfo::COMMON_WORD)
            && self.lexicon.actor(ctx.word(j)).is_none_or(|k| k.exact.is_some())
            && !ctx.is_name(j, WordInfo::GIVEN_NAME)
    }

    fn find_in_sentence(&self, ctx: &Ctx, s: usize, sentence: &Sentence, out: &mut Vec<Mention>) {
        let end = sentence.last;
        let words = (sentence.first..end).filter(|&i| ctx.tokens[i].kind == TokenKind::Word).count();
        let caps = (sentence.first..end).filter(|&i| ctx.cap(i)).count();
        let last = ctx.tokens[end - 1].text(ctx.text);
        let last_is_stop = matches!(last, "." | "?" | "!" | "”" | "\"");
        // A headline may end with a full stop when nearly every word is capitalised: "Christie
        // Calls Clinton ‘A Disgrace’ Over Police Shooting Comments."
        let headline_stop = last == "." && words >= 4 && caps * 10 >= words * 8;
        let title_case_line = words >= 3 && caps * 10 >= words * 6 && (!last_is_stop || headline_stop);
        let mut i = sentence.first;
        while i < end {
            let w = ctx.word(i);
            let t = &ctx.tokens[i];
            if t.kind != TokenKind::Word {
                i += 1;
                continue;
            }
            // Most words are lowercase and start nothing below (no pronoun, title
            // or group noun; known actors and names are capitalised).
            if !ctx.cap(i) && !ctx.is(i, PRONOUN | OTHER_PRONOUN | WordInfo::GROUP_NOUN) && !ctx.title_start(i) {
                i += 1;
                continue;
            }
            if ctx.is(i, PRONOUN) {
                let mut m = Mention::new(s, i, i + 1, MentionKind::Pronoun);
                m.actor = Some(ActorType::Person);
                let idx = out.len();
                out.push(m);
                if matches!(w, "his" | "her") && i + 1 < end && ctx.is(i + 1, BODY_NOUN) {
                    // "his administration": the body of whoever "his" is.
                    let mut b = Mention::new(s, i, i + 2, MentionKind::Body);
                    b.actor = Some(ActorType::Organization);
                    b.affiliation = Some(idx);
                    out[idx].inside = true;
                    out.push(b);
                    i += 2;
                    continue;
                }
                i += 1;
                continue;
            }
            if ctx.is(i, OTHER_PRONOUN) {
                out.push(Mention::new(s, i, i + 1, MentionKind::Pronoun));
                i += 1;
                continue;
            }
            let sentence_start = i == sentence.first
                || matches!(ctx.tokens[i - 1].kind, TokenKind::Quote)
                || ctx.tokens[i - 1].text(ctx.text) == "(";
            // An era after a year ("49 BC") is not British Columbia.
            let raw = t.text(ctx.text);
            if matches!(raw, "BC" | "AD" | "BCE" | "CE")
                && i > 0
                && ctx.tokens[i - 1].text(ctx.text).chars().all(|c| c.is_ascii_digit())
            {
                i += 1;
                continue;
            }
            // A known actor phrase ("Russia", "Kremlin", "NATO", "North Korean").
            // "Del. Ada Lind": a title spelled like a known abbreviation, before a given name.
            let title_before_name =
                |j: usize| self.title_at(ctx, i, end) == Some(j) && j < end && ctx.is_name(j, WordInfo::GIVEN_NAME);
            if let Some((j, known)) = self.known_at(ctx, i, end).filter(|&(j, _)| !title_before_name(j)) {
                let capitalised_after = j < end && ctx.cap(j) && self.title_at(ctx, j, end).is_none();
                let runs_on = capitalised_after && known.via != Via::Demonym;
                let longer_known = runs_on && self.known_at(ctx, j, end).is_some();
                // "Florida Atlantic University", "New York Police Department": a place opening an
                // organisation's name; "Australian Retailers Association", "British Medical
                // Association": a people opening a society's (not "Russian Defense Ministry", a
                // state's body).
                let society = |k: usize| {
                    known.via != Via::Demonym
                        || matches!(
                            ctx.word(k - 1),
                            "association" | "union" | "federation" | "society" | "institute" | "academy" | "league"
                        )
                };
                if capitalised_after
                    && !title_case_line
                    && matches!(known.kind, ActorType::Location | ActorType::Country)
                    && let Some(k) = self
                        .organization_after_place(ctx, j, end, known.kind == ActorType::Country)
                        .filter(|&k| society(k))
                {
                    let mut m = Mention::new(s, i, k, MentionKind::Name);
                    m.actor = Some(ActorType::Organization);
                    m.possessive = m_possessive(ctx, k, end);
                    let idx = out.len();
                    out.push(m);
                    let after = if m_possessive(ctx, k, end) { k + 1 } else { k };
                    i = if self.attach_title(ctx, s, i, after, end, idx, out) {
                        out.last().map_or(k, |m| m.last)
                    } else {
                        k
                    };
                    continue;
                }
                if !runs_on || longer_known || title_case_line {
                    if matches!(known.kind, ActorType::Location | ActorType::Country)
                        && joins_place(ctx, out, i, j, end)
                    {
                        i = j;
                        continue;
                    }
                    let idx = out.len();
                    let mut m = Mention::new(s, i, j, MentionKind::Known);
                    m.actor = Some(known.kind);
                    m.known = Some(Arc::clone(known));
                    m.possessive = j < end && ctx.word(j) == "'s";
                    out.push(m);
                    let after = if m_possessive(ctx, j, end) { j + 1 } else { j };
                    if self.attach_after(ctx, s, i, after, end, idx, known, out) {
                        i = out.last().map_or(j, |m| m.last);
                    } else {
                        i = j;
                    }
                    continue;
                }
            }
            // A title ("President", "Kremlin spokesman") before a name, or a role noun.
            // An ordinary word or a title may be the surname of someone named before, as it
            // speaks ("Ian Read ... Read said", "Don King ... King says").
            // ("Little is known" and "Hope is fading" are no one's words.)
            // (Asked only of a title or an ordinary word, which most words are not.)
            let speaking_surname = |out: &[Mention]| {
                ctx.cap(i)
                    && i + 1 < end
                    && (self.is_speech_verb(ctx, i + 1)
                        || (i + 2 < end && AUXILIARIES.contains(&ctx.word(i + 1)) && self.is_speech_verb(ctx, i + 2)))
                    && is_earlier_surname(ctx, w, out)
            };
            if let Some(j) =
                self.title_at(ctx, i, end).filter(|_| !speaking_surname(out)).map(|j| self.skip_titles(ctx, j, end))
            {
                let start = if i > sentence.first && matches!(ctx.word(i - 1), "the" | "a" | "an" | "former" | "then") {
                    i - 1
                } else {
                    i
                };
                if j < end && ctx.cap(j) && !ctx.is(j, NOT_NAME) {
                    let k = self.name_end(ctx, j, end, false);
                    if k > j && self.known_at(ctx, j, end).is_none_or(|(e, _)| e < k) {
                        let mut m = Mention::new(s, start, k, MentionKind::Name);
                        // "the Royal Pharmaceutical Society", "King Abdullah University": a body
                        // whose name opens with a title.
                        if ctx.cap(i) && ctx.is(k - 1, ORG_SUFFIX) {
                            m.head_first = i;
                            m.actor = Some(ActorType::Organization);
                            m.possessive = m_possessive(ctx, k, end);
                            out.push(m);
                            i = k;
                            continue;
                        }
                        m.head_first = j;
                        m.role = Some((i, j));
                        m.actor = Some(ActorType::Person);
                        m.possessive = m_possessive(ctx, k, end);
                        out.push(m);
                        i = k;
                        continue;
                    }
                }
                if start < i && ctx.word(start) == "the" && !ctx.cap(i)
                    || (start < i && ctx.word(start) == "the" && j < end && !ctx.cap(j))
                {
                    let mut m = Mention::new(s, start, j, MentionKind::Role);
                    m.head_first = i;
                    m.role = Some((i, j));
                    m.actor = Some(ActorType::Person);
                    out.push(m);
                    i = j;
                    continue;
                }
                // "Analysts agreed ...": a plural role noun opening a sentence is a group.
                if ctx.cap(i) && !(sentence_start && j == i + 1 && self.lexicon.is_group_noun(w)) {
                    i = j;
                    continue;
                }
            }
            // An unnamed group ("analysts", "officials").
            if (!ctx.cap(i) || sentence_start) && ctx.is(i, WordInfo::GROUP_NOUN) && w.ends_with('s') {
                // One adjective belongs to the group: "federal workers", "senior officials".
                let adjective = i > sentence.first
                    && ctx.tokens[i - 1].kind == TokenKind::Word
                    && !ctx.cap(i - 1)
                    && out.last().is_none_or(|m: &Mention| m.last != i)
                    && GROUP_ADJECTIVE_ENDINGS.iter().any(|e| ctx.word(i - 1).ends_with(e));
                let first = if adjective { i - 1 } else { i };
                let mut m = Mention::new(s, first, i + 1, MentionKind::Group);
                m.actor = Some(ActorType::Group);
                out.push(m);
                i += 1;
                continue;
            }
            // A headline's speech verb after a name starts no name: "Obama Says Trump Is Unfit".
            if title_case_line
                && ctx.cap(i)
                && out.last().is_some_and(|m: &Mention| m.last == i)
                && self.is_speech_verb(ctx, i)
                && !(i + 1 < end && ctx.word(i + 1) == ",")
            {
                i += 1;
                continue;
            }
            // "Democrat Chuck Schumer": a party member's label is no part of the name; "a
            // Republican, Mark Amodei," describes the name after it.
            let described = i > sentence.first && matches!(ctx.word(i - 1), "a" | "one" | "another");
            if matches!(w, "democrat" | "republican")
                && (described || (i + 1 < end && ctx.is_name(i + 1, WordInfo::GIVEN_NAME)))
            {
                i += 1;
                continue;
            }
            // A capitalised name.
            if ctx.cap(i) && !ctx.bare_is(i, NOT_NAME) {
                if sentence_start || title_case_line {
                    // Skip ordinary words capitalised only by position ("However", "Reports",
                    // "Today at 10:30 BST, …"; not "Christianity Today"), but not a surname as it
                    // speaks ("Read said").
                    let ordinary = |k: usize| {
                        self.is_ordinary(ctx, k)
                            || matches!(ctx.word(k), "today" | "tonight" | "yesterday" | "tomorrow")
                    };
                    let mut first = i;
                    while first < end && ctx.cap(first) && ordinary(first) {
                        first += 1;
                    }
                    if first > i && !speaking_surname(out) {
                        i = first.max(i + 1);
                        continue;
                    }
                }
                let j = self.name_end(ctx, i, end, title_case_line);
                // "Minister of Information Moammar al-Eryani": the office runs to the given name.
                if i >= 2
                    && ctx.word(i - 1) == "of"
                    && ctx.bare_is(i - 2, WordInfo::TITLE)
                    && let Some(g) = (i + 1..j.saturating_sub(1)).find(|&g| ctx.is_name(g, WordInfo::GIVEN_NAME))
                {
                    let start = if i >= 3 && ctx.word(i - 3) == "the" { i - 3 } else { i - 2 };
                    let mut m = Mention::new(s, start, j, MentionKind::Name);
                    m.head_first = g;
                    m.role = Some((i - 2, g));
                    m.actor = Some(ActorType::Person);
                    m.possessive = m_possessive(ctx, j, end);
                    out.push(m);
                    i = j;
                    continue;
                }
                if j == i + 1 && self.is_ordinary(ctx, i) && !speaking_surname(out) {
                    i += 1;
                    continue;
                }
                if self.not_an_actor(ctx, i, j, end, sentence_start, out) {
                    i = j;
                    continue;
                }
                // A faith is no one: "Roman Catholic Pope Francis", "a Catholic"; its believers are a
                // group: "Muslims", "Muslim leaders".
                if (i..j).all(|k| ctx.is(k, RELIGION)) {
                    let noun = j < end && !ctx.cap(j) && ctx.is(j, WordInfo::GROUP_NOUN);
                    if noun || ctx.word(j - 1).ends_with('s') {
                        let mut m = Mention::new(s, i, if noun { j + 1 } else { j }, MentionKind::Group);
                        m.actor = Some(ActorType::Group);
                        out.push(m);
                    }
                    i = if noun { j + 1 } else { j };
                    continue;
                }
                // "Floridians", "Canaanites": a people, not a name.
                if j == i + 1 && (w.ends_with("ians") || w.ends_with("ites")) && !ctx.is_name(i, WordInfo::GIVEN_NAME) {
                    let mut m = Mention::new(s, i, j, MentionKind::Group);
                    m.actor = Some(ActorType::Group);
                    out.push(m);
                    i = j;
                    continue;
                }
                let mut m = Mention::new(s, i, j, MentionKind::Name);
                m.actor = self.guess_type(ctx, i, j);
                // "Kamchatka and Sakhalin": a lone name joined to a place is a place.
                let joined_place = i >= 2
                    && matches!(ctx.word(i - 1), "and" | "or")
                    && out.last().is_some_and(|p| {
                        p.last == i - 1 && matches!(p.actor, Some(ActorType::Location | ActorType::Country))
                    });
                if joined_place && j == i + 1 && !ctx.is_name(i, WordInfo::GIVEN_NAME) {
                    m.actor = Some(ActorType::Location);
                }
                // "born in Poole, Dorset, ...": a lone name after a place and a comma is its region.
                if j == i + 1 && !ctx.is_name(i, WordInfo::GIVEN_NAME) && joins_place(ctx, out, i, j, end) {
                    i = j;
                    continue;
                }
                m.possessive = m_possessive(ctx, j, end);
                // Not a lone generic word ("Court Commissioner Loren Keating") or a ship's prefix.
                let organization = m.actor == Some(ActorType::Organization)
                    && !(j == i + 1 && (ctx.is(i, ORG_SUFFIX) || SHIP_PREFIXES.contains(&raw)));
                let after = if m.possessive { j + 1 } else { j };
                let idx = out.len();
                out.push(m);
                // "National Assembly president Richard Ferrand": an organisation's officer.
                let titled = organization
                    && self.officer_after(ctx, after, end)
                    && self.attach_title(ctx, s, i, after, end, idx, out);
                if !titled && !self.attach_body(ctx, s, i, j, end, idx, out) {
                    i = j;
                } else {
                    i = out.last().map_or(j, |m| m.last);
                }
                continue;
            }
            i += 1;
        }
    }

    /// End of the rest of an organisation's name after the place that opens it:
    /// capitalised words up to an organisation word ("Atlantic University",
    /// "Police Department", "Air Resources Board"), unless they are a known
    /// organisation or person themselves after a country ("U.S. State
    /// Department"): a state's or city's body is its own ("Florida Department
    /// of State", "Texas Democratic Party").
    fn organization_after_place(&self, ctx: &Ctx, j: usize, end: usize, country: bool) -> Option<usize> {
        if ctx.is(j, NOT_NAME) {
            return None;
        }
        let k = self.name_end(ctx, j, end, false);
        let known = self.known_at(ctx, j, end);
        if !country && let Some((e, _)) = known.filter(|(_, known)| known.kind == ActorType::Organization) {
            return Some(e.max(k));
        }
        let known_actor = known.is_some_and(|(_, known)| {
            !matches!(known.kind, ActorType::Location | ActorType::Country)
                && (country || known.kind == ActorType::Person)
        });
        (k > j && ctx.is(k - 1, ORG_SUFFIX) && !known_actor).then_some(k)
    }

    /// A titled name after the actor `modifier` (tokens `first..j`): "Kremlin
    /// spokesman Dmitry Peskov", "Florida Department of Transportation
    /// official Troy Roberts". Returns whether there was one.
    #[allow(clippy::too_many_arguments)]
    fn attach_title(
        &self,
        ctx: &Ctx,
        s: usize,
        first: usize,
        j: usize,
        end: usize,
        modifier: usize,
        out: &mut Vec<Mention>,
    ) -> bool {
        let Some(title_end) = self.title_at(ctx, j, end) else { return false };
        // "the" on the line before belongs to another sentence.
        let the = first > 0 && ctx.word(first - 1) == "the" && !ctx.tokens[first].newline_before;
        let start = if the { first - 1 } else { first };
        // Stacked titles: "presidential candidate Senator Ted Cruz" (the first is the role).
        let k = self.skip_titles(ctx, title_end, end);
        if k < end && ctx.cap(k) && !ctx.is(k, NOT_NAME) {
            let e = self.name_end(ctx, k, end, false);
            if e > k {
                let mut m = Mention::new(s, start, e, MentionKind::Name);
                m.head_first = k;
                m.role = Some((j, title_end));
                m.actor = Some(ActorType::Person);
                m.affiliation = Some(modifier);
                m.possessive = m_possessive(ctx, e, end);
                out[modifier].inside = true;
                out.push(m);
                return true;
            }
        }
        false
    }

    /// Whether a title and a person's name start at `j`, after an organisation
    /// not in the lexicon: "National Assembly president Richard Ferrand", but
    /// not "City University Student Union" or "GNU General Public License".
    fn officer_after(&self, ctx: &Ctx, j: usize, end: usize) -> bool {
        let Some(k) = self.title_at(ctx, j, end).map(|k| self.skip_titles(ctx, k, end)) else { return false };
        if k >= end || !ctx.cap(k) || ctx.is(k, NOT_NAME) || self.is_ordinary(ctx, k) {
            return false;
        }
        let e = self.name_end(ctx, k, end, false);
        e > k && !ctx.is(e - 1, ORG_SUFFIX)
    }

    /// After a known actor: "Russian forces", "Russia’s President Vladimir Putin", "Kremlin spokesman Dmitry Peskov".
    #[allow(clippy::too_many_arguments)]
    fn attach_after(
        &self,
        ctx: &Ctx,
        s: usize,
        first: usize,
        j: usize,
        end: usize,
        modifier: usize,
        known: &Known,
        out: &mut Vec<Mention>,
    ) -> bool {
        if j >= end {
            return false;
        }
        if self.title_at(ctx, j, end).is_some() {
            return self.attach_title(ctx, s, first, j, end, modifier, out);
        }
        let w = ctx.word(j);
        if known.kind == ActorType::Country && !ctx.cap(j) && ctx.is(j, WordInfo::GROUP_NOUN | BODY_NOUN) {
            // "Russian forces", "North Korean troops", "Russian air defenses", "U.S. officials".
            let mut e = j + 1;
            if e < end && ctx.is(e, WordInfo::GROUP_NOUN) && !ctx.cap(e) {
                e += 1;
            }
            let mut m = Mention::new(s, first, e, MentionKind::Group);
            m.actor =
                Some(if ctx.is(j, BODY_NOUN) || w == "military" { ActorType::Organization } else { ActorType::Group });
            m.affiliation = Some(modifier);
            out[modifier].inside = true;
            out.push(m);
            return true;
        }
        false
    }

    /// "Trump administration", "Trump’s team": a body belonging to a named actor.
    #[allow(clippy::too_many_arguments)]
    fn attach_body(
        &self,
        ctx: &Ctx,
        s: usize,
        first: usize,
        j: usize,
        end: usize,
        owner: usize,
        out: &mut Vec<Mention>,
    ) -> bool {
        let mut k = if m_possessive(ctx, j, end) { j + 1 } else { j };
        // "Trump’s presidential campaign": one kind of campaign between the owner and the noun.
        if k + 1 < end && CAMPAIGN_KINDS.contains(&ctx.word(k)) && ctx.word(k + 1) == "campaign" {
            k += 1;
        }
        // "Trump’s campaign said", but "his campaign promises": a campaign before a plain word is a modifier.
        let campaign = k < end
            && ctx.word(k) == "campaign"
            && (k + 1 >= end
                || ctx.tokens[k + 1].kind != TokenKind::Word
                || matches!(
                    ctx.word(k + 1),
                    "said"
                        | "says"
                        | "is"
                        | "was"
                        | "has"
                        | "had"
                        | "will"
                        | "would"
                        | "also"
                        | "did"
                        | "does"
                        | "can"
                        | "could"
                        | "should"
                        | "then"
                        | "later"
                        | "quickly"
                        | "immediately"
                        | "swiftly"
                        | "repeatedly"
                        | "already"
                        | "released"
                        | "issued"
                        | "declined"
                        | "denied"
                        | "responded"
                        | "announced"
                        | "called"
                        | "confirmed"
                        | "sent"
                        | "put"
                ));
        if k < end && (ctx.is(k, BODY_NOUN) || campaign) && matches!(out[owner].actor, Some(ActorType::Person) | None) {
            let mut m = Mention::new(s, first, k + 1, MentionKind::Body);
            m.actor = Some(ActorType::Organization);
            m.affiliation = Some(owner);
            out[owner].inside = true;
            out.push(m);
            return true;
        }
        false
    }

    /// Names of events, laws, works and storms, lone adjectives ("European
    /// leaders") and sentence adverbs ("Luckily,") are not actors.
    /// `earlier` holds the document's mentions before token `i`.
    fn not_an_actor(
        &self,
        ctx: &Ctx,
        i: usize,
        j: usize,
        end: usize,
        sentence_start: bool,
        earlier: &[Mention],
    ) -> bool {
        // "Chinese-American", "Irish-American": peoples joined by a hyphen are no one.
        let demonym = |w: &str| self.lexicon.actor(w).is_some_and(|known| known.via == Via::Demonym);
        let w = ctx.word(i);
        if j - i == 1 && w.contains('-') && w.split('-').all(demonym) {
            return true;
        }
        // "Steven Law", "Doris Day": after a lone given name the word is a surname.
        let surname = j - i == 2 && ctx.is_name(i, WordInfo::GIVEN_NAME) && !ctx.word(j - 1).ends_with('s');
        // ("Chapman University School of Law": a body's name, "of" a field.)
        let field = j - i > 3 && ctx.word(j - 2) == "of" && (i..j - 2).any(|k| ctx.is(k, ORG_SUFFIX));
        if j - i > 1 && ctx.is(j - 1, MISC_SUFFIX) && !surname && !field {
            return true;
        }
        // "Treaty of Nanking", "Battle of Hastings"; "the Constitution".
        let first_word = ctx.word(i);
        let misc_head = ctx.is(i, MISC_SUFFIX) || matches!(first_word, "battle" | "siege" | "reign");
        if misc_head && ((j - i > 2 && ctx.word(i + 1) == "of") || (j - i == 1 && i > 0 && ctx.word(i - 1) == "the")) {
            return true;
        }
        // Storms are named like people: "Hurricane Humberto", "Tropical Storm Cristobal".
        let storm = matches!(first_word, "hurricane" | "typhoon" | "cyclone")
            || (first_word == "tropical" && j - i > 2 && ctx.word(i + 1) == "storm");
        if storm && j - i > 1 {
            return true;
        }
        // An editor's capital in brackets: "[W]e".
        if j - i == 1 && i > 0 && ctx.word(i - 1) == "[" && j < end && ctx.word(j) == "]" {
            return true;
        }
        // A title in quotation marks: “Game of Thrones”, "The Winds of Winter".
        let quoted_before = i > 0 && ctx.tokens[i - 1].kind == TokenKind::Quote
            || i > 1 && ctx.tokens[i - 2].kind == TokenKind::Quote && ctx.word(i - 1) == "the";
        if quoted_before && j < ctx.tokens.len() && ctx.tokens[j].kind == TokenKind::Quote {
            return true;
        }
        // Plural acronyms ("MLAs", "GIFs") are things, not names; "R-Ky." is a party tag.
        if j - i == 1 {
            let raw = ctx.tokens[i].text(ctx.text);
            let party_tag = ["R-", "D-", "I-"].iter().any(|p| {
                raw.strip_prefix(p).is_some_and(|state| {
                    state.starts_with(|c: char| c.is_ascii_uppercase())
                        && state.chars().all(|c| c.is_ascii_alphabetic())
                })
            });
            if party_tag {
                return true;
            }
            let plural_acronym =
                raw.len() >= 3 && raw.ends_with('s') && raw[..raw.len() - 1].chars().all(|c| c.is_ascii_uppercase());
            // A model or code with digits is a thing: "AR-15", "F-35", "MH17", "COVID-19" (known
            // ones, such as "G7", are found before this; a broadcaster's "TVN24" stays).
            let letters = raw.bytes().filter(u8::is_ascii_alphabetic).count();
            let model = raw.bytes().any(|b| b.is_ascii_digit()) && (raw.contains('-') || letters <= 2);
            if plural_acronym || model {
                return true;
            }
        }
        // "his Truth Social platform", "on its website": a medium, not an actor.
        if j < end && ctx.is(j, PLATFORM) {
            return true;
        }
        if j - i == 1 {
            let w = ctx.word(i);
            // "Russian officials", but "said Heiserman of the union".
            let next_lower = j < end
                && ctx.tokens[j].kind == TokenKind::Word
                && !ctx.cap(j)
                && !matches!(ctx.word(j), "of" | "from");
            let adjective = ADJECTIVE_ENDINGS.iter().any(|e| w.ends_with(e)) && !ctx.is_name(i, WordInfo::GIVEN_NAME);
            if adjective && next_lower && !is_earlier_surname(ctx, w, earlier) {
                return true;
            }
            if sentence_start
                && j < end
                && ctx.word(j) == ","
                && !ctx.is_name(i, WordInfo::GIVEN_NAME)
                && w.ends_with("ly")
            {
                return true;
            }
            // A participle opening a sentence: "Chastened by ...", "Citing an old claim, ...".
            let participle = (w.ends_with("ed") && j < end && ctx.word(j) == "by")
                || (w.ends_with("ing")
                    && j < end
                    && matches!(ctx.word(j), "the" | "a" | "an" | "his" | "her" | "their"));
            if sentence_start && participle && w.len() > 5 && !self.lexicon.is_given_name(w) {
                return true;
            }
        }
        false
    }

    fn guess_type(&self, ctx: &Ctx, i: usize, j: usize) -> Option<ActorType> {
        // "a New Hampshire Republican": a party member of a place, not the place.
        if j - i > 1 {
            match ctx.word(j - 1) {
                "democrat" | "republican" => return Some(ActorType::Person),
                "democrats" | "republicans" => return Some(ActorType::Group),
                _ => {}
            }
        }
        // (Also a body "of" something: "the State Board of Elections", "School of Law".)
        if ctx.is(j - 1, ORG_SUFFIX)
            || (i..j.saturating_sub(2)).any(|k| ctx.is(k, ORG_SUFFIX) && ctx.word(k + 1) == "of")
        {
            return Some(ActorType::Organization);
        }
        let given = ctx.is_name(i, WordInfo::GIVEN_NAME);
        // "airline Mahan Air", but "the manufacturer Georg Reichenbach".
        if i > 0 && !given && !ctx.cap(i - 1) && COMPANY_NOUNS.contains(&ctx.word(i - 1)) {
            return Some(ActorType::Organization);
        }
        if j - i > 1 && (ctx.is(j - 1, PLACE_SUFFIX) || (ctx.bare_is(i, PLACE_PREFIX) && !given)) {
            return Some(ActorType::Location);
        }
        if j - i > 1 && ctx.lower[i + 1..j].iter().any(|w| w == "of" || w == "to") {
            return Some(ActorType::Organization);
        }
        let tokens_upper =
            (i..j).all(|k| ctx.tokens[k].text(ctx.text).chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase));
        if tokens_upper && j - i == 1 && ctx.tokens[i].end - ctx.tokens[i].start > 1 {
            return Some(ActorType::Organization);
        }
        if given || (j - i >= 2 && j - i <= 3) {
            return Some(ActorType::Person);
        }
        // People take no article: "the Danevirke", "the Essen police" (but "the Obama campaign").
        let before = if i > 0 { ctx.word(i - 1) } else { "" };
        // "according to Statista", "according to The Federalist": a source not introduced
        // before is a publisher; a person is named in full the first time.
        let to = if before == "the" { i.checked_sub(2) } else { i.checked_sub(1) };
        if to.is_some_and(|t| t >= 1 && ctx.word(t) == "to" && ctx.word(t - 1) == "according") {
            return Some(ActorType::Organization);
        }
        let modifies = j < ctx.tokens.len() && ctx.is(j, PERSON_MODIFIED_WORD);
        if (i > 0 && ctx.is(i - 1, PLACE_PREPOSITION)) || (j - i == 1 && before == "the" && !modifies) {
            return Some(ActorType::Location);
        }
        // A lone unknown name is most often a surname ("Trudeau said").
        (j - i == 1).then_some(ActorType::Person)
    }
}

/// Is `w` (lowercase) the surname of a person named in full among `earlier`? "Recep
/// Tayyip Erdogan ... Erdogan said", "Ian Read ... Read said".
fn is_earlier_surname(ctx: &Ctx, w: &str, earlier: &[Mention]) -> bool {
    let w_folded = folded(w);
    earlier.iter().any(|m| {
        if m.kind != MentionKind::Name || m.actor != Some(ActorType::Person) {
            return false;
        }
        let mut last = m.head_last - 1;
        if last > m.head_first && matches!(ctx.word(last), "'s" | "’s") {
            last -= 1;
        }
        // (Not "Senate Democratic", a body's name taken for a person's.)
        last > m.head_first
            && !ctx.is(m.head_first, WordInfo::ACTOR_START)
            && (ctx.word(last) == w || folded(ctx.word(last)) == w_folded)
    })
}

/// Title words that say a woman holds them ("Mrs.", "Queen", "Congresswoman").
const FEMALE_TITLES: &[&str] = &[
    "mrs",
    "ms",
    "miss",
    "madam",
    "madame",
    "dame",
    "lady",
    "queen",
    "princess",
    "duchess",
    "empress",
    "countess",
    "baroness",
    "sheikha",
    "actress",
    "congresswoman",
    "spokeswoman",
    "chairwoman",
    "businesswoman",
    "councilwoman",
    "assemblywoman",
    "stateswoman",
    "sportswoman",
    "policewoman",
    "grandmother",
    "mother",
    "sister",
    "aunt",
    "widow",
];

/// Title words that say a man holds them ("Mr.", "King", "Congressman").
const MALE_TITLES: &[&str] = &[
    "mr",
    "sir",
    "lord",
    "king",
    "prince",
    "duke",
    "emperor",
    "count",
    "baron",
    "sheikh",
    "congressman",
    "spokesman",
    "businessman",
    "councilman",
    "assemblyman",
    "statesman",
    "sportsman",
    "policeman",
    "grandfather",
    "uncle",
];

/// Kinship nouns before a name that tell its gender: "his wife Melania Trump".
pub(super) const FEMALE_KIN: &[&str] = &[
    "wife",
    "daughter",
    "sister",
    "mother",
    "niece",
    "widow",
    "granddaughter",
    "stepdaughter",
    "daughter-in-law",
    "girlfriend",
    "fiancée",
    "grandmother",
    "aunt",
];

/// Kinship nouns before a name that say it is a man's: "Biden's son Hunter Biden".
pub(super) const MALE_KIN: &[&str] = &[
    "husband",
    "son",
    "brother",
    "father",
    "nephew",
    "widower",
    "grandson",
    "stepson",
    "son-in-law",
    "boyfriend",
    "fiancé",
    "grandfather",
    "uncle",
];

/// The gender a person name's title, the kinship noun before it or its given
/// name tells: "Mrs. Jean Smith" is a woman although "Jean" names men too.
fn name_gender(ctx: &Ctx, m: &Mention) -> Option<Gender> {
    let of_word = |i: usize, female: &[&str], male: &[&str]| {
        let w = ctx.word(i).trim_end_matches('.');
        if female.contains(&w) {
            Some(Gender::Female)
        } else if male.contains(&w) {
            Some(Gender::Male)
        } else {
            None
        }
    };
    let first = m.role.map_or(m.first, |(r, _)| r);
    let last = m.head_first;
    let titled = (first..last).rev().find_map(|i| of_word(i, FEMALE_TITLES, MALE_TITLES));
    let kin = || m.first.checked_sub(1).and_then(|i| of_word(i, FEMALE_KIN, MALE_KIN));
    let given = || {
        if ctx.is_name(m.head_first, WordInfo::FEMALE_NAME) {
            Some(Gender::Female)
        } else if ctx.is_name(m.head_first, WordInfo::MALE_NAME) {
            Some(Gender::Male)
        } else {
            None
        }
    };
    titled.or_else(kin).or_else(given)
}

/// "Plano, Texas,": a place named by tokens `i..j` right after another place and a comma
/// widens that place's mention to one name. Returns whether it did.
fn joins_place(ctx: &Ctx, out: &mut [Mention], i: usize, j: usize, end: usize) -> bool {
    let Some(place) = out.last_mut() else { return false };
    // "in Plano, Texas, she ..." but not "In Toledo, Ohio said ...".
    let ends_there = j == end || matches!(ctx.word(j), "," | "." | ";" | ":" | ")" | "!" | "?");
    let after_place = i >= 2
        && ctx.word(i - 1) == ","
        && place.last == i - 1
        && !place.inside
        && place.actor == Some(ActorType::Location)
        && matches!(place.kind, MentionKind::Name | MentionKind::Known);
    if !(after_place && ends_there) {
        return false;
    }
    place.last = j;
    place.head_last = j;
    place.kind = MentionKind::Name;
    place.known = None;
    place.possessive = m_possessive(ctx, j, end);
    true
}

fn m_possessive(ctx: &Ctx, j: usize, end: usize) -> bool {
    j < end && (ctx.lower[j] == "'s" || ctx.lower[j] == "'")
}

/// Lowercase lookup key of tokens `first..last` (for tests and resolution).
pub fn span_key(text: &str, tokens: &[Token], first: usize, last: usize) -> String {
    key(&text[tokens[first].start..tokens[last - 1].end])
}
