//! Lexicons: the word lists extraction relies on, loaded from `data/lexicon/`.
//!
//! The files are embedded at compile time; a user can replace any of them
//! with a folder of their own (`--lexicon DIR`) without recompiling. Phrases
//! are keyed by their lowercase tokens joined with single spaces, so lookups
//! use the same [`Tokenizer`] as the text.

use super::lower::Lower;
use super::word_table::WordTable;
use crate::record::{ActorType, RelationType};
use crate::text::Tokenizer;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::path::Path;
use std::sync::Arc;

/// How a lexicon phrase names its actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    /// The name itself or an alias ("Russia", "Russian Federation").
    Name,
    /// An adjective or people noun ("Russian", "Russians").
    Demonym,
    /// A capital or seat of government standing for the state ("Moscow", "Kremlin").
    Seat,
}

/// A known actor phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Known {
    /// Canonical name.
    pub name: String,
    /// Actor type.
    pub kind: ActorType,
    /// How the phrase names it.
    pub via: Via,
    /// For all-capital and short mixed-case aliases ("US", "WHO", "LeT"): the exact form the
    /// text must have (or, for a mixed-case one, in capitals: "DOD" for "DoD").
    pub exact: Option<String>,
}

/// How a cue finds its participants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frame {
    /// Speech verb: speaker left (or right after a quotation), content follows.
    Say,
    /// Speech verb with a listener: "told reporters that ...".
    Tell,
    /// Verb whose actor object follows directly.
    Act,
    /// Verb phrase ending in a preposition, object after it.
    Prep,
    /// Nominal event: "meetings between X and Y", "X's proposal".
    Noun,
    /// "according to X".
    Source,
}

/// One cue form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    /// Relation it signals.
    pub relation: RelationType,
    /// How to find participants.
    pub frame: Frame,
    /// Lowercase words of the form.
    pub words: Vec<Lower<'static>>,
    /// Words one of which must follow within four words, if any.
    pub needs: Vec<Lower<'static>>,
}

/// Every word list extraction uses.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    actors: HashMap<String, Arc<Known>>,
    /// Every proper word prefix of an actor key, so lookups stop early.
    actor_prefixes: HashSet<String>,
    max_actor_words: usize,
    titles: HashMap<String, String>,
    /// Every proper word prefix of a title key.
    title_prefixes: HashSet<String>,
    max_title_words: usize,
    /// Every single word the lexicons (and the closed classes of
    /// [`Lexicon::add_classes`]) say something about, except given names and
    /// common words: one probe per token answers every other word-class
    /// question (see [`WordInfo`]). Most tokens of running text are not in
    /// it, which is the cheap answer.
    words: WordTable<WordInfo>,
    /// Given names and common words (class bits): thousands of ordinary
    /// words, asked about only for capitalised tokens.
    names: WordTable<u32>,
    /// Cue forms by first word, longest first; [`WordInfo`] holds the index.
    cue_lists: Vec<Vec<Cue>>,
}

/// What the lexicons know about one lowercase word, from one probe of
/// [`Lexicon::word`]: class bits and its cue forms.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WordInfo {
    /// Class bits: the lexicon's own (`WordInfo::GIVEN_NAME`, ...) in the low
    /// byte, closed classes added with [`Lexicon::add_classes`] above it.
    pub flags: u32,
    /// 1 + index into the cue lists, 0 when no cue form starts with the word.
    cues: u32,
}

impl WordInfo {
    /// Where the word's cue forms are (0 for none): what [`Lower`] remembers.
    pub fn cue_slot(self) -> u32 {
        self.cues
    }

    /// The word (without a trailing dot), or its singular without a final
    /// "s", is the first word of a title.
    pub const TITLE_START: u32 = 1;
    /// The word is the first word of a known actor phrase.
    pub const ACTOR_START: u32 = 1 << 1;
    /// A given name.
    pub const GIVEN_NAME: u32 = 1 << 2;
    /// A noun for an unnamed group ("analysts").
    pub const GROUP_NOUN: u32 = 1 << 3;
    /// An ordinary word rather than a name.
    pub const COMMON_WORD: u32 = 1 << 4;
    /// A one-word title ([`Lexicon::title`] knows it).
    pub const TITLE: u32 = 1 << 5;
    /// The first word of a longer title ([`Lexicon::title_continues`]).
    pub const TITLE_PREFIX: u32 = 1 << 6;
    /// The plural of a one-word title longer than three bytes ("senators").
    pub const PLURAL_TITLE: u32 = 1 << 7;
    /// The plural of a longer title's first word longer than three bytes.
    pub const PLURAL_TITLE_PREFIX: u32 = 1 << 8;
    /// A given name of men, nearly always (`given_names.txt`, column `m`).
    pub const MALE_NAME: u32 = 1 << 9;
    /// A given name of women, nearly always (`given_names.txt`, column `f`).
    pub const FEMALE_NAME: u32 = 1 << 10;
    /// The word (without a trailing dot) is a later word of a title, or such a
    /// word with an "s" added: a title that runs on over a word without it
    /// ends before that word.
    pub const TITLE_WORD: u32 = 1 << 11;
    /// The lowest bit free for [`Lexicon::add_classes`].
    pub const FIRST_FREE: u32 = 1 << 12;

    /// Has every bit of `class`?
    pub fn is(self, class: u32) -> bool {
        self.flags & class == class
    }
}

/// A word whose cue forms can be looked up in the [`Lexicon`]: a `str`, or a
/// token's [`Lower`], which may remember the answer (set by mention finding).
pub trait LexiconWord {
    /// Where the word's cue forms are in `lexicon` (an index, 0 for none).
    fn cue_slot(&self, lexicon: &Lexicon) -> u32;
}

impl LexiconWord for str {
    fn cue_slot(&self, lexicon: &Lexicon) -> u32 {
        lexicon.classes(self).cues
    }
}

impl LexiconWord for String {
    fn cue_slot(&self, lexicon: &Lexicon) -> u32 {
        lexicon.classes(self).cues
    }
}

impl LexiconWord for Lower<'_> {
    // Mention finding has set the slot of every token: the probe is the rare
    // case, kept out of line so that the common one inlines.
    #[inline]
    fn cue_slot(&self, lexicon: &Lexicon) -> u32 {
        match self.cue_slot() {
            Some(slot) => slot,
            None => lexicon.cue_slot_of(self),
        }
    }
}

/// What a word may start, from [`Lexicon::starts`]. A `false` is certain; a
/// `true` only means a full lookup is worth making.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Starts {
    /// The word (without a trailing dot), or its singular without a final
    /// "s", is the first word of a title.
    pub title: bool,
    /// The word is the first word of a known actor phrase.
    pub actor: bool,
}

/// A lexicon file that could not be read or parsed.
#[derive(Debug, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct LexiconError {
    /// The file.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

const FILES: &[(&str, &str)] = &[
    ("countries.tsv", include_str!("../../data/lexicon/countries.tsv")),
    ("organizations.tsv", include_str!("../../data/lexicon/organizations.tsv")),
    ("locations.tsv", include_str!("../../data/lexicon/locations.tsv")),
    ("titles.tsv", include_str!("../../data/lexicon/titles.tsv")),
    ("given_names.txt", include_str!("../../data/lexicon/given_names.txt")),
    ("group_nouns.txt", include_str!("../../data/lexicon/group_nouns.txt")),
    ("common_words.txt", include_str!("../../data/lexicon/common_words.txt")),
    ("cues.tsv", include_str!("../../data/lexicon/cues.tsv")),
    ("learned_cues.tsv", include_str!("../../data/lexicon/learned_cues.tsv")),
];

/// Lowercase tokens of `phrase` joined by single spaces: the lookup key.
pub fn key(phrase: &str) -> String {
    let mut out = String::with_capacity(phrase.len());
    push_key(&mut out, phrase);
    out
}

/// Appends [`key`] of `phrase` to `out`.
fn push_key(out: &mut String, phrase: &str) {
    // Plain ASCII words (most lexicon entries) are tokens as they stand: skip
    // the tokeniser, which dominates start-up otherwise. Words with single
    // spaces between them are their own key once lowercased.
    let mut prev = b' ';
    let single_spaced = phrase.bytes().all(|b| {
        let ok = b.is_ascii_alphabetic() || (b == b' ' && prev != b' ');
        prev = b;
        ok
    });
    if single_spaced && prev != b' ' {
        let from = out.len();
        out.push_str(phrase);
        out[from..].make_ascii_lowercase();
        return;
    }
    if phrase.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ') {
        let from = out.len();
        for w in phrase.split_ascii_whitespace() {
            if out.len() > from {
                out.push(' ');
            }
            out.push_str(w);
        }
        out[from..].make_ascii_lowercase();
        return;
    }
    out.push_str(&tokenized_key(phrase));
}

/// [`key`] of `phrase`, for a key that is looked up and not kept: the phrase
/// itself when it is its own key (lowercase ASCII words, single-spaced: most
/// of the word lists), else made in `buf`.
fn key_in<'b>(buf: &'b mut String, phrase: &'b str) -> &'b str {
    let mut prev = b' ';
    let is_key = phrase.bytes().all(|b| {
        let ok = b.is_ascii_lowercase() || (b == b' ' && prev != b' ');
        prev = b;
        ok
    }) && prev != b' ';
    if is_key {
        return phrase;
    }
    buf.clear();
    push_key(buf, phrase);
    buf
}

/// Byte offsets of the spaces between the words of a key.
fn spaces(key: &str) -> impl Iterator<Item = usize> + '_ {
    key.bytes().enumerate().filter(|&(_, b)| b == b' ').map(|(i, _)| i)
}

/// [`key`] through the tokeniser, for phrases with punctuation, digits or non-ASCII letters.
fn tokenized_key(phrase: &str) -> String {
    let mut out = String::with_capacity(phrase.len());
    for t in Tokenizer.tokenize(phrase) {
        if !out.is_empty() {
            out.push(' ');
        }
        push_lower(&mut out, t.text(phrase));
    }
    out
}

/// Appends the lowercase of `word`, mapping the typographic apostrophe to `'`.
pub fn push_lower(out: &mut String, word: &str) {
    for c in word.chars() {
        if c == '’' {
            out.push('\'');
        } else if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

/// The lines of a lexicon file that are neither blank nor comments, with their line numbers.
fn rows(text: &str) -> impl Iterator<Item = (usize, Fields<'_>)> {
    // `str::lines`, with the memchr crate's search for each line end: the
    // standard library's set-up per search cost more than the short lines.
    let mut start = 0;
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).chain(std::iter::once(text.len()));
    let lines = ends.map(move |end| {
        let line = &text[start..end];
        start = end + 1;
        match line.strip_suffix('\r') {
            Some(line) if end < text.len() => line,
            _ => line,
        }
    });
    lines.enumerate().filter(|(_, l)| !blank(l) && !l.starts_with('#')).map(|(i, l)| (i + 1, Fields::of(l)))
}

/// Is `line` empty or all whitespace? Most lines start with a letter, which answers at once.
fn blank(line: &str) -> bool {
    match line.as_bytes().first() {
        Some(b) if b.is_ascii_alphanumeric() => false,
        _ => line.trim().is_empty(),
    }
}

/// `s.trim()`, with the common case (a letter or digit at both ends) answered
/// without the Unicode whitespace test of each end.
fn trim(s: &str) -> &str {
    match s.as_bytes() {
        [first, .., last] if first.is_ascii_alphanumeric() && last.is_ascii_alphanumeric() => s,
        [only] if only.is_ascii_alphanumeric() => s,
        _ => s.trim(),
    }
}

/// The tab-separated fields of a row, trimmed: the first [`Fields::MAX`]
/// (no file has more columns), held in place rather than in a `Vec` (a row
/// is parsed for each of the ≈ 15,000 lexicon lines at start-up).
#[derive(Clone, Copy)]
struct Fields<'a> {
    fields: [&'a str; Fields::MAX],
    len: usize,
}

impl<'a> Fields<'a> {
    const MAX: usize = 4;

    fn of(line: &'a str) -> Fields<'a> {
        let mut fields = Fields { fields: [""; Fields::MAX], len: 0 };
        let mut rest = Some(line);
        // (A byte search: lines are short, and `split` searched each with `memchr`.)
        while let Some(r) = rest
            && fields.len < Fields::MAX
        {
            let (field, after) = match r.bytes().position(|b| b == b'\t') {
                Some(tab) => (&r[..tab], Some(&r[tab + 1..])),
                None => (r, None),
            };
            fields.fields[fields.len] = trim(field);
            fields.len += 1;
            rest = after;
        }
        fields
    }

    fn get(&self, i: usize) -> Option<&&'a str> {
        self.fields[..self.len].get(i)
    }

    #[cfg(test)]
    fn iter(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.fields[..self.len].iter().copied()
    }
}

impl<'a> std::ops::Index<usize> for Fields<'a> {
    type Output = &'a str;

    fn index(&self, i: usize) -> &&'a str {
        &self.fields[..self.len][i]
    }
}

/// The lexicon files of one word a row, read by [`Lexicon::add_word_list`].
#[derive(Debug, Clone, Copy)]
enum WordList {
    GivenNames,
    GroupNouns,
    CommonWords,
}

fn list<'a>(field: Option<&&'a str>) -> impl Iterator<Item = &'a str> {
    field.copied().unwrap_or("").split('|').map(trim).filter(|s| !s.is_empty())
}

impl Lexicon {
    /// The lexicons built into the binary.
    pub fn builtin() -> Lexicon {
        Lexicon::load(|_| None).expect("built-in lexicons parse (checked by tests)")
    }

    /// The built-in lexicons, with any file present in `dir` used instead.
    pub fn with_overrides(dir: &Path) -> Result<Lexicon, LexiconError> {
        Lexicon::load(|name| {
            let path = dir.join(name);
            path.exists().then(|| std::fs::read_to_string(&path)).map(|r| {
                r.map_err(|e| LexiconError { file: path.display().to_string(), line: 0, message: e.to_string() })
            })
        })
    }

    fn load(mut custom: impl FnMut(&str) -> Option<Result<String, LexiconError>>) -> Result<Lexicon, LexiconError> {
        let mut lex = Lexicon::default();
        // The word tables sized once, for about a word per line of the built-in files (one given
        // instead may grow them), not grown by rehashing file by file.
        let (mut words, mut names, mut actors, mut titles) = (0, 0, 0, 0);
        for &(name, text) in FILES {
            let lines = memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1;
            match name {
                "given_names.txt" | "common_words.txt" => names += lines,
                "countries.tsv" | "organizations.tsv" | "locations.tsv" => {
                    actors += lines;
                    words += lines;
                }
                "titles.tsv" => {
                    titles += lines;
                    words += lines;
                }
                _ => words += lines,
            }
        }
        // (Twice the lines: titles add their plurals, and the closed classes come on top.)
        lex.words.reserve(2 * words);
        lex.names.reserve(names);
        // (An actor's line names it about three times: its name, aliases, demonyms.)
        lex.actors.reserve(3 * actors);
        lex.actor_prefixes.reserve(actors);
        lex.titles.reserve(titles);
        lex.title_prefixes.reserve(titles);
        for &(name, builtin) in FILES {
            let owned;
            let text = match custom(name) {
                Some(r) => {
                    owned = r?;
                    owned.as_str()
                }
                None => builtin,
            };
            lex.add_file(name, text)?;
        }
        lex.add_classes(super::mention::CLOSED_CLASSES);
        lex.add_classes(super::relation::RELATION_CLASSES);
        // Number words the induced list misses for being rare in lower case: "Fourteen people
        // were injured" opens with no name.
        for w in super::words::NUMBERS {
            *lex.names.entry(w) |= WordInfo::COMMON_WORD;
        }
        Ok(lex)
    }

    fn add_actor(&mut self, phrase: &str, name: &str, kind: ActorType, via: Via) {
        let k = key(phrase);
        if k.is_empty() {
            return;
        }
        self.max_actor_words = self.max_actor_words.max(spaces(&k).count() + 1);
        for i in spaces(&k) {
            // (Many phrases share their first words: a copy only for a new prefix.)
            if !self.actor_prefixes.contains(&k[..i]) {
                self.actor_prefixes.insert(k[..i].to_owned());
            }
        }
        let first = &k[..spaces(&k).next().unwrap_or(k.len())];
        self.mark(first, WordInfo::ACTOR_START);
        let mut letters = phrase.chars().filter(|c| c.is_alphabetic());
        // (Most phrases fail the first test at their second letter.)
        let all_caps = letters.clone().all(char::is_uppercase) && letters.nth(1).is_some();
        // ("LeT" is Lashkar-e-Taiba, "Let's" is not; "Wikileaks" is still WikiLeaks.)
        let mixed = phrase.chars().nth(3).is_none()
            && phrase.chars().zip(phrase.chars().skip(1)).any(|(a, b)| a.is_lowercase() && b.is_uppercase());
        let exact = (all_caps || mixed).then(|| phrase.to_owned());
        // The first entry wins: countries come before organisations and places.
        self.actors.entry(k).or_insert_with(|| Arc::new(Known { name: name.to_owned(), kind, via, exact }));
    }

    fn add_file(&mut self, file: &str, text: &str) -> Result<(), LexiconError> {
        if matches!(file, "given_names.txt" | "group_nouns.txt" | "common_words.txt") {
            return self.add_word_list(file, text);
        }
        let err = |line, message: String| LexiconError { file: file.to_owned(), line, message };
        // The key of a word looked up and not kept.
        let mut scratch = String::new();
        for (line, cols) in rows(text) {
            match file {
                "countries.tsv" => {
                    let name = cols[0];
                    self.add_actor(name, name, ActorType::Country, Via::Name);
                    for a in list(cols.get(3)) {
                        self.add_actor(a, name, ActorType::Country, Via::Name);
                    }
                    for d in list(cols.get(1)) {
                        self.add_actor(d, name, ActorType::Country, Via::Demonym);
                    }
                    for s in list(cols.get(2)) {
                        self.add_actor(s, name, ActorType::Country, Via::Seat);
                    }
                }
                "organizations.tsv" => {
                    let name = cols[0];
                    let kind = match cols.get(1).copied().unwrap_or("organization") {
                        "group" => ActorType::Group,
                        "organization" | "" => ActorType::Organization,
                        other => return Err(err(line, format!("unknown type {other:?}"))),
                    };
                    self.add_actor(name, name, kind, Via::Name);
                    for a in list(cols.get(2)) {
                        self.add_actor(a, name, kind, Via::Name);
                    }
                }
                "locations.tsv" => {
                    let name = cols[0];
                    self.add_actor(name, name, ActorType::Location, Via::Name);
                    for a in list(cols.get(1)) {
                        self.add_actor(a, name, ActorType::Location, Via::Name);
                    }
                }
                "titles.tsv" => {
                    // (Most titles have no dot to drop: no copy for those.)
                    let k = if cols[0].contains('.') { key(&cols[0].replace('.', "")) } else { key(cols[0]) };
                    self.max_title_words = self.max_title_words.max(spaces(&k).count() + 1);
                    for i in spaces(&k) {
                        // (Many titles share their first words: a copy only for a new prefix.)
                        if !self.title_prefixes.contains(&k[..i]) {
                            self.title_prefixes.insert(k[..i].to_owned());
                        }
                    }
                    // Plural titles count too ("senators"), when the singular is longer than three bytes
                    // and no abbreviation ("Pres." has no plural "Press").
                    let first = &k[..spaces(&k).next().unwrap_or(k.len())];
                    let abbreviated = cols[0].split(' ').next().is_some_and(|w| w.ends_with('.'));
                    let (whole, plural) = if first.len() < k.len() {
                        (WordInfo::TITLE_PREFIX, WordInfo::PLURAL_TITLE_PREFIX)
                    } else {
                        (WordInfo::TITLE, WordInfo::PLURAL_TITLE)
                    };
                    self.mark(first, WordInfo::TITLE_START | whole);
                    if first.len() > 3 && !abbreviated {
                        scratch.clear();
                        scratch.push_str(first);
                        scratch.push('s');
                        self.mark(&scratch, WordInfo::TITLE_START | plural);
                    }
                    for word in k.split(' ').skip(1) {
                        self.mark(word, WordInfo::TITLE_WORD);
                        scratch.clear();
                        scratch.push_str(word);
                        scratch.push('s');
                        self.mark(&scratch, WordInfo::TITLE_WORD);
                    }
                    self.titles.insert(k, cols.get(1).copied().unwrap_or("other").to_owned());
                }
                "cues.tsv" => {
                    let relation = cols[0].parse::<RelationType>().map_err(|e| err(line, e))?;
                    let frame = match cols.get(1).copied() {
                        Some("say") => Frame::Say,
                        Some("tell") => Frame::Tell,
                        Some("act") => Frame::Act,
                        Some("prep") => Frame::Prep,
                        Some("noun") => Frame::Noun,
                        Some("source") => Frame::Source,
                        other => return Err(err(line, format!("unknown frame {other:?}"))),
                    };
                    let needs: Vec<Lower> = list(cols.get(3)).map(|n| Lower::owned(key(n))).collect();
                    for form in list(cols.get(2)) {
                        let words: Vec<Lower> = key(form).split(' ').map(|w| Lower::owned(w.to_owned())).collect();
                        let cue = Cue { relation, frame, words, needs: needs.clone() };
                        self.add_cue(cue);
                    }
                }
                "learned_cues.tsv" => {
                    // Words learned as attribution cues: extra speech verbs, after the hand-written rows.
                    let w = key(cols[0]);
                    let function_word = super::words::is_gap_word(&w) || w.ends_with("ly");
                    if function_word || w.contains(' ') || self.cues(w.as_str()).iter().any(|c| c.words.len() == 1) {
                        continue;
                    }
                    let cue = Cue {
                        relation: RelationType::Said,
                        frame: Frame::Say,
                        words: vec![Lower::owned(w)],
                        needs: Vec::new(),
                    };
                    self.add_cue(cue);
                }
                _ => return Err(err(line, "unknown lexicon file".into())),
            }
        }
        if file == "cues.tsv" {
            // Longer forms first; file order breaks ties.
            for forms in &mut self.cue_lists {
                forms.sort_by_key(|c| std::cmp::Reverse(c.words.len()));
            }
        }
        Ok(())
    }

    /// The rows of a word list (given names, group nouns, common words: about
    /// 13,000 rows, most of the lexicons' lines). A row that is a word of ASCII
    /// letters, perhaps with a gender column (`m`, `f`), is taken as it is,
    /// lowercased if it has capitals; any other line as [`rows`] takes it.
    fn add_word_list(&mut self, file: &str, text: &str) -> Result<(), LexiconError> {
        let list = match file {
            "given_names.txt" => WordList::GivenNames,
            "group_nouns.txt" => WordList::GroupNouns,
            _ => WordList::CommonWords,
        };
        let mut scratch = String::new();
        let mut start = 0;
        let ends = memchr::memchr_iter(b'\n', text.as_bytes()).chain(std::iter::once(text.len()));
        for (i, end) in ends.enumerate() {
            let line = &text[start..end];
            start = end + 1;
            let line = match line.strip_suffix('\r') {
                Some(line) if end < text.len() => line,
                _ => line,
            };
            // The leading ASCII letters, and whether a capital is among them (below 'a').
            let (mut letters, mut capital) = (0, false);
            for &b in line.as_bytes() {
                if !b.is_ascii_alphabetic() {
                    break;
                }
                capital |= b < b'a';
                letters += 1;
            }
            let (word, rest) = line.split_at(letters);
            let result = if letters > 0 && matches!(rest, "" | "\tm" | "\tf") {
                let key = if capital {
                    scratch.clear();
                    scratch.push_str(word);
                    scratch.make_ascii_lowercase();
                    scratch.as_str()
                } else {
                    word
                };
                self.add_listed_word(list, key, rest.strip_prefix('\t'))
            } else if !blank(line) && !line.starts_with('#') {
                let cols = Fields::of(line);
                self.add_listed_word(list, key_in(&mut scratch, cols[0]), cols.get(1).copied())
            } else {
                Ok(())
            };
            result.map_err(|message| LexiconError { file: file.to_owned(), line: i + 1, message })?;
        }
        Ok(())
    }

    /// Adds the key of one row of a word list, with the row's second column if it has one.
    fn add_listed_word(&mut self, list: WordList, key: &str, second: Option<&str>) -> Result<(), String> {
        match list {
            WordList::GivenNames => {
                let gender = match second {
                    None | Some("") => 0,
                    Some("m") => WordInfo::MALE_NAME,
                    Some("f") => WordInfo::FEMALE_NAME,
                    Some(other) => return Err(format!("gender must be m or f, not {other:?}")),
                };
                *self.names.entry(key) |= WordInfo::GIVEN_NAME | gender;
            }
            WordList::GroupNouns => self.mark(key, WordInfo::GROUP_NOUN),
            WordList::CommonWords => *self.names.entry(key) |= WordInfo::COMMON_WORD,
        }
        Ok(())
    }

    /// Sets class bits of a lowercase word.
    fn mark(&mut self, word: &str, class: u32) {
        self.words.entry(word).flags |= class;
    }

    fn add_cue(&mut self, cue: Cue) {
        let first = cue.words[0].as_str();
        match self.classes(first).cues {
            0 => {
                let slot = u32::try_from(self.cue_lists.len() + 1).expect("fewer than 2^32 cue words");
                self.words.entry(first).cues = slot;
                self.cue_lists.push(vec![cue]);
            }
            slot => self.cue_lists[slot as usize - 1].push(cue),
        }
    }

    /// Adds closed word classes (lowercase words as tokens have them) under
    /// the given bits, which must be [`WordInfo::FIRST_FREE`] or above.
    pub fn add_classes(&mut self, classes: &[(&[&str], u32)]) {
        for &(words, class) in classes {
            debug_assert!(class >= WordInfo::FIRST_FREE);
            for w in words {
                self.mark(w, class);
            }
        }
    }

    /// Everything known about a lowercase word.
    pub fn word(&self, word: &str) -> WordInfo {
        let mut info = self.classes(word);
        info.flags |= self.name_classes(word);
        info
    }

    /// What is known about a lowercase word except [`WordInfo::GIVEN_NAME`]
    /// and [`WordInfo::COMMON_WORD`] (see [`Lexicon::name_classes`]), in one probe.
    #[inline]
    pub fn classes(&self, word: &str) -> WordInfo {
        self.words.get(word).unwrap_or_default()
    }

    /// Where the cue forms of a lowercase word are ([`WordInfo::cue_slot`]), out of line.
    #[inline(never)]
    fn cue_slot_of(&self, word: &str) -> u32 {
        self.classes(word).cues
    }

    /// [`WordInfo::GIVEN_NAME`] and [`WordInfo::COMMON_WORD`] bits of a lowercase word.
    #[inline]
    pub fn name_classes(&self, word: &str) -> u32 {
        self.names.get(word).unwrap_or_default()
    }

    /// The known actor for a lowercase phrase key.
    pub fn actor(&self, key: &str) -> Option<&Arc<Known>> {
        self.actors.get(key)
    }

    /// Does some longer actor phrase start with these words?
    pub fn actor_continues(&self, key: &str) -> bool {
        self.actor_prefixes.contains(key)
    }

    /// Does some longer title start with these words?
    pub fn title_continues(&self, key: &str) -> bool {
        self.title_prefixes.contains(key)
    }

    /// What this lowercase word may start: a title, a known actor phrase.
    pub fn starts(&self, word: &str) -> Starts {
        let info = self.classes(word);
        Starts { title: info.is(WordInfo::TITLE_START), actor: info.is(WordInfo::ACTOR_START) }
    }

    /// Longest phrase length (in tokens) among known actors.
    pub fn max_actor_words(&self) -> usize {
        self.max_actor_words
    }

    /// The kind of a role title ("president" → "head"), by lowercase key without dots.
    pub fn title(&self, key: &str) -> Option<&str> {
        self.titles.get(key).map(String::as_str)
    }

    /// Longest title length in tokens.
    pub fn max_title_words(&self) -> usize {
        self.max_title_words
    }

    /// Is this lowercase word a given name?
    pub fn is_given_name(&self, word: &str) -> bool {
        self.name_classes(word) & WordInfo::GIVEN_NAME != 0
    }

    /// Is this lowercase word a noun for an unnamed group ("analysts")?
    pub fn is_group_noun(&self, word: &str) -> bool {
        self.classes(word).is(WordInfo::GROUP_NOUN)
    }

    /// Is this lowercase word an ordinary word rather than a name?
    pub fn is_common_word(&self, word: &str) -> bool {
        self.name_classes(word) & WordInfo::COMMON_WORD != 0
    }

    /// Cue forms starting with this lowercase word, longest first.
    #[inline]
    pub fn cues<W: LexiconWord + ?Sized>(&self, first_word: &W) -> &[Cue] {
        match first_word.cue_slot(self) {
            0 => &[],
            slot => &self.cue_lists[slot as usize - 1],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lexicons_parse() {
        let lex = Lexicon::builtin();
        let russia = lex.actor("kremlin").expect("Kremlin is known");
        assert_eq!((russia.name.as_str(), russia.via), ("Russia", Via::Seat));
        assert_eq!(lex.actor("u.s.").map(|k| k.name.as_str()), Some("United States"));
        assert!(lex.title("president").is_some());
        assert!(lex.title("secretary of state").is_some());
        assert!(lex.is_given_name("vladimir"));
        assert!(lex.is_group_noun("analysts"));
        assert!(!lex.cues("said").is_empty());
    }

    #[test]
    fn plain_keys_match_the_tokeniser() {
        let mut buf = String::new();
        for &(_, text) in FILES {
            for (_, cols) in rows(text) {
                for field in cols.iter() {
                    for phrase in field.split('|') {
                        assert_eq!(key(phrase), tokenized_key(phrase), "{phrase:?}");
                        assert_eq!(key_in(&mut buf, phrase), key(phrase), "{phrase:?}");
                    }
                }
            }
        }
        for phrase in ["", " ", "New  York", " a b ", "a b ", " a b", "a  b", "UN", "x", "New York", "O'Brien", "ab"] {
            assert_eq!(key(phrase), tokenized_key(phrase), "{phrase:?}");
            assert_eq!(key_in(&mut buf, phrase), key(phrase), "{phrase:?}");
        }
    }

    #[test]
    fn rows_split_as_lines_and_tabs_do() {
        let texts = ["", "a", "a\n", "a\r\nb", "a\rb\r", "\n\n x \r\n", "# c\nx\t y \t\tz\r\n\t\n", "a\tb\tc\td\te"];
        for text in texts.into_iter().chain(FILES.iter().map(|&(_, t)| t)) {
            let expected: Vec<(usize, Vec<&str>)> = text
                .lines()
                .enumerate()
                .filter(|(_, l)| !l.starts_with('#') && !l.trim_start().is_empty())
                .map(|(i, l)| (i + 1, l.split('\t').map(str::trim).take(Fields::MAX).collect()))
                .collect();
            let got: Vec<(usize, Vec<&str>)> = rows(text).map(|(i, f)| (i, f.iter().collect())).collect();
            assert_eq!(got, expected, "{text:?}");
        }
    }

    #[test]
    fn one_probe_answers_every_class() {
        let lex = Lexicon::builtin();
        for &(words, class) in super::super::mention::CLOSED_CLASSES {
            for w in words {
                assert!(lex.word(w).is(class), "{w:?}");
            }
        }
        assert!(lex.word("vladimir").is(WordInfo::GIVEN_NAME));
        assert!(lex.starts("president").title && lex.starts("presidents").title);
        assert!(lex.word("president").is(WordInfo::TITLE) && lex.title("president").is_some());
        assert!(lex.word("presidents").is(WordInfo::PLURAL_TITLE));
        assert!(lex.word("secretary").is(WordInfo::TITLE_PREFIX) && lex.title_continues("secretary"));
        assert!(!lex.word("russia").is(WordInfo::TITLE | WordInfo::TITLE_PREFIX));
        assert!(lex.starts("russia").actor && !lex.starts("russia").title);
        assert_eq!(lex.word("qwzx"), WordInfo::default());
        // A token's cached answer is the lexicon's.
        let mut said = Lower::of("Said");
        said.set_cue_slot(lex.classes(&said).cues);
        assert_eq!(lex.cues(&said), lex.cues("said"));
        assert!(lex.cues("qwzx").is_empty());
        assert_eq!(lex.cues(&String::from("said")), lex.cues("said"));
    }

    #[test]
    fn given_names_may_carry_a_gender() {
        let lex = Lexicon::builtin();
        assert!(lex.word("vladimir").is(WordInfo::GIVEN_NAME | WordInfo::MALE_NAME));
        assert!(lex.word("angela").is(WordInfo::GIVEN_NAME | WordInfo::FEMALE_NAME));
        // Names used for both have none.
        assert_eq!(lex.name_classes("alex") & (WordInfo::MALE_NAME | WordInfo::FEMALE_NAME), 0);
        let bad = Lexicon::load(|name| (name == "given_names.txt").then(|| Ok("Ada\tf\nKit\tx\n".to_owned())));
        let e = bad.expect_err("an unknown gender is an error");
        assert_eq!((e.file.as_str(), e.line), ("given_names.txt", 2), "{}", e.message);
    }

    #[test]
    fn keys_normalise_case_and_apostrophes() {
        assert_eq!(key("Russia’s  President"), "russia 's president");
    }
}
