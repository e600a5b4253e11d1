//! Entity resolution within one document.
//!
//! Takes the [`Mention`]s of a document; gives [`Entity`]s and, for every
//! mention, the entity it refers to (if any). Full names absorb later and
//! earlier short names ("Vladimir Putin" = "Putin"); lexicon aliases map to
//! one state ("Moscow", "Kremlin", "Russian" = Russia); role nouns ("the
//! spokesman") and pronouns go to the most salient person before them.

use super::mention::{FEMALE_KIN, Gender, MALE_KIN, Mention, MentionKind};
use super::words::{SURNAME_PARTICLES, folded, possessive_her, word_set};
use crate::record::ActorType;
use crate::text::{Token, TokenKind};
use hashbrown::hash_map::EntryRef;
use rustc_hash::{FxHashMap, FxHashSet};
use std::borrow::Cow;

/// A resolved actor of one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// Stable id derived from the canonical name (`vladimir_putin`).
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// Actor type.
    pub kind: ActorType,
}

/// The result of resolution: entities and the entity of each mention.
#[derive(Debug, Clone, Default)]
pub struct Resolution {
    /// Entities in order of first mention.
    pub entities: Vec<Entity>,
    /// For each mention (same index), its entity.
    pub entity_of: Vec<Option<usize>>,
}

/// Resolves mentions to entities.
#[derive(Debug, Default, Clone, Copy)]
pub struct EntityResolver;

/// An id from a name: lowercase letters and digits joined by `_`, in ASCII where
/// they have an ASCII form.
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    push_slug(&mut out, name);
    out
}

/// Appends the [`slug`] of `name` to `out`, which must be empty. Letters with
/// diacritics and other scripts are written in ASCII, so "Erdoğan" and
/// "Erdogan" are one id.
fn push_slug(out: &mut String, name: &str) {
    if name.is_ascii() {
        push_ascii_slug(out, name);
    } else {
        push_slug_chars(out, name);
    }
}

/// [`push_slug`] character by character, each non-ASCII one in its ASCII form
/// ("ğ" → "g", "习" → "xi"), or as it is when it has none.
fn push_slug_chars(out: &mut String, name: &str) {
    // Between words a `_`, once something is written.
    let mut gap = false;
    let letter = |out: &mut String, gap: &mut bool| {
        if *gap && !out.is_empty() {
            out.push('_');
        }
        *gap = false;
    };
    let ascii = |out: &mut String, gap: &mut bool, c: char| {
        if c.is_ascii_alphanumeric() {
            letter(out, gap);
            out.push(c.to_ascii_lowercase());
        } else if c != '\'' && c != '.' {
            *gap = true;
        }
    };
    for c in name.chars() {
        if c.is_ascii() {
            ascii(out, &mut gap, c);
        } else if let Some(written) = deunicode::deunicode_char(c)
            // (A letter with no ASCII form, "Ჸ", is written as it is.)
            .filter(|w| !c.is_alphanumeric() || w.bytes().any(|b| b.is_ascii_alphanumeric()))
        {
            written.chars().for_each(|w| ascii(out, &mut gap, w));
        } else if c.is_alphanumeric() {
            letter(out, &mut gap);
            out.extend(c.to_lowercase());
        } else {
            gap = true;
        }
    }
}

/// What [`push_slug`] does with each ASCII byte: a letter or digit is
/// written (lowercased), `'` and `.` are passed over, anything else is a gap.
const SLUG_BYTES: [u8; 128] = {
    let mut table = [SLUG_GAP; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            table[b] = c.to_ascii_lowercase();
        } else if c == b'\'' || c == b'.' {
            table[b] = SLUG_SKIP;
        }
        b += 1;
    }
    table
};
const SLUG_GAP: u8 = 0;
const SLUG_SKIP: u8 = 1;

/// [`push_slug`] of an ASCII name, byte by byte through [`SLUG_BYTES`].
fn push_ascii_slug(out: &mut String, name: &str) {
    out.reserve(name.len());
    let mut gap = false;
    for &b in name.as_bytes() {
        match SLUG_BYTES[usize::from(b & 0x7F)] {
            SLUG_GAP => gap = true,
            SLUG_SKIP => {}
            c => {
                if gap && !out.is_empty() {
                    out.push('_');
                }
                gap = false;
                out.push(char::from(c));
            }
        }
    }
}

/// `f` of `word.to_lowercase()`, without the copy when `word` is lowercase
/// ASCII already (most words asked about are).
fn with_lowercase(word: &str, f: fn(&str) -> bool) -> bool {
    if word.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) { f(word) } else { f(&word.to_lowercase()) }
}

/// `name.to_lowercase()` in `buf`, reused from key to key.
fn lowercase_into<'b>(buf: &'b mut String, name: &str) -> &'b str {
    buf.clear();
    if name.is_ascii() {
        buf.push_str(name);
        buf.make_ascii_lowercase();
    } else {
        // Not char by char: `to_lowercase` knows a word-final sigma.
        buf.push_str(&name.to_lowercase());
    }
    buf
}

/// Which kind of key a [`Registry`] entry was found by; each has its own map.
#[derive(Clone, Copy)]
enum Space {
    Known,
    Name,
    Group,
    Body,
}

/// Keys to entity indices.
type KeyMap = hashbrown::HashMap<String, usize, rustc_hash::FxBuildHasher>;

struct Registry {
    entities: Vec<Entity>,
    /// Keys per [`Space`], to entity index.
    by_key: [KeyMap; 4],
    /// Entity ids, to entity index.
    by_id: KeyMap,
    /// The id being looked up: a `String` for a new entity only.
    id: String,
}

impl Registry {
    /// A registry with room for an entity per name, known-actor and group
    /// mention of `mentions` (more than it will hold), so that its maps do
    /// not grow and rehash entry by entry.
    fn new(mentions: &[Mention]) -> Self {
        let mut per_space = [0; 4];
        for m in mentions {
            match m.kind {
                MentionKind::Known => per_space[Space::Known as usize] += 1,
                MentionKind::Name => per_space[Space::Name as usize] += 1,
                MentionKind::Group => per_space[Space::Group as usize] += 1,
                MentionKind::Body => per_space[Space::Body as usize] += 1,
                _ => {}
            }
        }
        let all: usize = per_space.iter().sum();
        Registry {
            entities: Vec::with_capacity(all),
            by_key: per_space.map(|n| KeyMap::with_capacity_and_hasher(n, Default::default())),
            by_id: KeyMap::with_capacity_and_hasher(all, Default::default()),
            id: String::with_capacity(64),
        }
    }

    fn get(&mut self, space: Space, key: &str, name: &str, kind: ActorType) -> usize {
        // (One hash of the key for its lookup and its insertion, which copies it only then; the
        // same for the id.)
        let slot = match self.by_key[space as usize].entry_ref(key) {
            EntryRef::Occupied(found) => return *found.get(),
            EntryRef::Vacant(slot) => slot,
        };
        self.id.clear();
        push_slug(&mut self.id, name);
        let e = match self.by_id.entry_ref(self.id.as_str()) {
            EntryRef::Occupied(found) => *found.get(),
            EntryRef::Vacant(id_slot) => {
                let e = self.entities.len();
                id_slot.insert(e);
                self.entities.push(Entity { id: self.id.clone(), name: name.to_owned(), kind });
                e
            }
        };
        slot.insert(e);
        e
    }
}

/// Words that end a company's name, whose first word may then stand for it ("Ford Motor Company",
/// "Ford"; not "Trump Organization", "Trump").
const COMPANY_ENDINGS: &[&str] = &[
    "company",
    "corporation",
    "corp",
    "inc",
    "group",
    "motor",
    "motors",
    "airlines",
    "holdings",
    "electronics",
    "industries",
    "ltd",
    "llc",
    "plc",
    "air",
];

/// Words that head a body's name, which alone may stand for the last body named with them
/// ("the California Department of Corrections … The Department", "the Supreme Court … the Court").
const BODY_HEADS: &[&str] = &[
    "department",
    "ministry",
    "commission",
    "committee",
    "agency",
    "bureau",
    "council",
    "institute",
    "foundation",
    "authority",
    "court",
    "tribunal",
    "senate",
    "assembly",
    "legislature",
    "parliament",
    "navy",
    "army",
];

/// The organisation named before (most recent first) that a lone word stands for: the first word
/// of a company's name, or the head of a body's.
fn short_body(entities: &[Entity], bodies: &[usize], word: &str) -> Option<usize> {
    let word = word.trim_end_matches('.');
    let head = BODY_HEADS.iter().any(|h| h.eq_ignore_ascii_case(word));
    bodies.iter().rev().copied().find(|&e| {
        let name = entities[e].name.as_str();
        let first = name.split(' ').next().is_some_and(|f| f == word);
        let company = || {
            let last = name.rsplit(' ').next().unwrap_or(name).trim_end_matches('.');
            COMPANY_ENDINGS.iter().any(|c| c.eq_ignore_ascii_case(last))
        };
        // The head of the name: its last word or the word before its preposition ("Court of
        // Session", "Commission on Presidential Debates").
        let headed = || {
            let words: Vec<&str> = name.split(' ').collect();
            let before_preposition = words
                .iter()
                .position(|w| matches!(*w, "of" | "on" | "for" | "in" | "to"))
                .and_then(|k| k.checked_sub(1))
                .map(|k| words[k]);
            words.last().is_some_and(|w| w.eq_ignore_ascii_case(word))
                || before_preposition.is_some_and(|w| w.eq_ignore_ascii_case(word))
        };
        (first && company()) || (head && headed())
    })
}

/// A name without its generational suffix: "John G. Roberts Jr." → "John G. Roberts".
fn without_suffix<'n, 't>(full: &'n [&'t str]) -> Option<&'n [&'t str]> {
    let (last, rest) = full.split_last()?;
    matches!(*last, "Jr." | "Jr" | "Sr." | "Sr" | "II" | "III").then_some(rest)
}

/// Prepositions whose object is not the subject of its sentence.
const PREPOSITIONS: &[&str] = &[
    "with",
    "to",
    "by",
    "for",
    "of",
    "about",
    "from",
    "at",
    "in",
    "on",
    "against",
    "between",
    "among",
    "toward",
    "towards",
    "into",
    "over",
    "under",
    "than",
    "like",
    "without",
    "alongside",
    "beside",
];

word_set!(
    /// Whether `w` (lowercase) is one of [`PREPOSITIONS`]: asked for the word before every mention.
    is_preposition,
    PREPOSITIONS
);

/// The acronym in brackets at token `k`, right after a name of `words`, when its letters are the
/// initials of the name's last words ("National Hurricane Center (NHC)", "Kurdish-led Syrian
/// Democratic Forces (SDF)"; words such as "of" and "and" have none). A name of one word takes
/// none.
fn acronym_after<'t>(text: &'t str, tokens: &[Token], k: usize, words: &[&str]) -> Option<&'t str> {
    let [open, acronym, close] = tokens.get(k..k + 3)? else { return None };
    let acronym = acronym.text(text);
    if open.text(text) != "(" || close.text(text) != ")" || words.len() < 2 {
        return None;
    }
    if !(2..=8).contains(&acronym.len()) || !acronym.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let initials: String = words
        .iter()
        .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
        .flat_map(char::to_uppercase)
        .collect();
    initials.ends_with(acronym).then_some(acronym)
}

/// Does this lowercase noun introduce a relative by name ("his son Hunter Biden")?
pub(super) fn kinship_noun(word: &str) -> bool {
    word == "cousin" || FEMALE_KIN.contains(&word) || MALE_KIN.contains(&word)
}

/// Does `name` hold a space? Byte by byte: names are short, where `contains` calls `memchr`.
fn has_space(name: &str) -> bool {
    name.bytes().any(|b| b == b' ')
}

/// Appends `words` joined by single spaces to `out`.
fn join_into(out: &mut String, words: &[&str]) {
    for (k, w) in words.iter().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        out.push_str(w);
    }
}

/// Appends the head words of name mention `m` to `words`.
fn push_head_words<'t>(text: &'t str, tokens: &[Token], m: &Mention, words: &mut Vec<&'t str>) {
    let head = &tokens[m.head_first..m.head_last];
    let from = words.len();
    // ("Robert “Bob” Miller" is "Robert Miller": a person's nickname between marks, with names
    // on both sides, is left out.)
    let mark = |t: &Token| t.kind == TokenKind::Quote || matches!(t.text(text), "(" | ")");
    let nickname = (m.actor == Some(ActorType::Person))
        .then(|| (1..head.len().saturating_sub(3)).find(|&p| mark(&head[p]) && mark(&head[p + 2])))
        .flatten();
    for (k, t) in head.iter().enumerate() {
        let w = t.text(text);
        if nickname.is_some_and(|p| (p..p + 3).contains(&k)) {
            continue;
        }
        match w {
            "’s" | "'s" => {}
            // "Jr.": a dot right after a word belongs to it, and so does a comma ("Plano, Texas").
            "." | "," if k > 0 && head[k - 1].end == t.start => {
                if words.len() > from
                    && let Some(last) = words.last_mut()
                {
                    *last = &text[head[k - 1].start..t.end];
                }
            }
            _ => words.push(w),
        }
    }
}

impl EntityResolver {
    /// Resolves `mentions` of a document.
    pub fn resolve(&self, text: &str, tokens: &[Token], mentions: &[Mention]) -> Resolution {
        let mut reg = Registry::new(mentions);
        let mut entity_of: Vec<Option<usize>> = vec![None; mentions.len()];

        // The head words of each name mention (none for the others), taken apart once, all in
        // one vector (a vector per mention was an allocation each).
        let mut head_words: Vec<&str> = Vec::with_capacity(2 * mentions.len());
        let mut head_ranges: Vec<(usize, usize)> = Vec::with_capacity(mentions.len());
        for m in mentions {
            let from = head_words.len();
            if m.kind == MentionKind::Name {
                push_head_words(text, tokens, m, &mut head_words);
            }
            head_ranges.push((from, head_words.len()));
        }
        let heads: Vec<&[&str]> = head_ranges.iter().map(|&(a, b)| &head_words[a..b]).collect();
        // Full person names, for short names to join.
        let persons: Vec<(usize, &[&str])> = mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| m.kind == MentionKind::Name && m.actor == Some(ActorType::Person))
            .map(|(i, _)| (i, heads[i]))
            .filter(|(_, w)| w.len() >= 2)
            .collect();
        // Indexed by last and by first word, so each lookup costs what its candidates cost.
        // (Written in ASCII: "Erdogan" is the last word of "Recep Tayyip Erdoğan".) With the
        // most words of a candidate: a name of as many words matches none of them.
        // (The maps below are sized at once, for as many keys as they can get: grown key by key,
        // they were rehashed several times a document.)
        let mut by_word: FxHashMap<Cow<str>, (usize, Vec<usize>)> =
            FxHashMap::with_capacity_and_hasher(3 * persons.len(), Default::default());
        fn add<'w>(by_word: &mut FxHashMap<Cow<'w, str>, (usize, Vec<usize>)>, word: &'w str, len: usize, k: usize) {
            let (longest, candidates) = by_word.entry(folded(word)).or_default();
            *longest = (*longest).max(len);
            candidates.push(k);
        }
        for (k, (_, full)) in persons.iter().enumerate() {
            add(&mut by_word, full[full.len() - 1], full.len(), k);
            if let Some(surname) = without_suffix(full).filter(|f| f.len() >= 2).and_then(|f| f.last()) {
                add(&mut by_word, surname, full.len(), k);
            }
            if full[0] != full[full.len() - 1] {
                add(&mut by_word, full[0], full.len(), k);
            }
        }
        // The first of two surnames: "Rosselló" is "Ricardo Rosselló Nevares", "Vázquez" is
        // "Wanda Vázquez Garced" (asked only when no name ends in the word).
        let mut by_middle: FxHashMap<Cow<str>, Vec<usize>> =
            FxHashMap::with_capacity_and_hasher(persons.len(), Default::default());
        for (k, (_, full)) in persons.iter().enumerate() {
            let Some(full) = without_suffix(full).or(Some(*full)).filter(|f| f.len() >= 3) else { continue };
            let middle = full[full.len() - 2];
            if middle.len() > 2 && !middle.contains('.') && middle != full[0] {
                by_middle.entry(folded(middle)).or_default().push(k);
            }
        }
        // The first and last words of full names with a middle name: only a two-word name with
        // both can be one of them with its middle name left out.
        let middled: FxHashSet<(Cow<str>, Cow<str>)> = persons
            .iter()
            .map(|(_, full)| without_suffix(full).unwrap_or(full))
            .filter(|full| full.len() > 2)
            .map(|full| (folded(full[0]), folded(full[full.len() - 1])))
            .collect();
        // A full name right after a kinship noun: "his wife Melania Trump", "Biden's son Hunter
        // Biden", "her widowed mother, Gloria Morgan Vanderbilt".
        let relative = |j: usize| {
            let noun = match mentions[j].first.checked_sub(1) {
                Some(k) if k > 0 && tokens[k].text(text) == "," => Some(k - 1),
                k => k,
            };
            noun.is_some_and(|k| with_lowercase(tokens[k].text(text), kinship_noun))
        };
        // Where each full name is first given, for a name given before a relative who has it.
        let mut first_given: FxHashMap<&[&str], usize> =
            FxHashMap::with_capacity_and_hasher(persons.len(), Default::default());
        for &(i, full) in &persons {
            first_given.entry(full).or_insert(i);
        }
        let longer_name = |i: usize, words: &[&str]| -> Option<&[&str]> {
            // The full name whose last (or first) word this is, the first named before `i` (a
            // story's main actor goes by the short name; relatives and namesakes named later
            // keep their full names: "Elijah Cummings ... his mother, Ruth Cummings, ...
            // Cummings said"), else the next after.
            let matches = |full: &[&str]| {
                // Every test below needs a longer name than `words` (past a suffix, longer by two):
                // a full name asked about is answered here for the other mentions of full names
                // with its last word, which are its candidates.
                if full.len() <= words.len() {
                    return false;
                }
                // "Von der Leyen" ends "Ursula von der Leyen": a particle opening a sentence is capitalised.
                let ends = |f: &[&str]| {
                    f.len() > words.len() && {
                        let tail = &f[f.len() - words.len()..];
                        tail == words || tail.iter().zip(words).all(|(a, b)| folded(a).eq_ignore_ascii_case(&folded(b)))
                    }
                };
                // ("John Doerr" is "John Michael Doerr": the same first and last name.)
                let middle_left_out = |f: &[&str]| {
                    words.len() == 2
                        && f.len() > 2
                        && f[0] == words[0]
                        && folded(f[f.len() - 1]).eq_ignore_ascii_case(&folded(words[1]))
                };
                ends(full)
                    || without_suffix(full).is_some_and(|f| ends(f) || middle_left_out(f))
                    || middle_left_out(full)
                    || (words.len() == 1 && full[0] == words[0])
            };
            let middle = || {
                let candidates = by_middle.get(&folded(words[0])).map(Vec::as_slice).unwrap_or(&[]);
                (words.len() == 1).then(|| candidates.iter().map(|&k| &persons[k]).find(|(j, _)| *j < i)).flatten()
            };
            let (longest, candidates) =
                by_word.get(&folded(words[words.len() - 1])).map_or((0, &[][..]), |(n, c)| (*n, c.as_slice()));
            // (No candidate is longer, as every match is: only a middle surname is left. Most full
            // names end here, against the other mentions of the same name.)
            if longest <= words.len() {
                return middle().map(|&(_, f)| f);
            }
            let split = candidates.partition_point(|&k| persons[k].0 < i);
            // A relative introduced as one ("Biden's son Hunter Biden") takes the short name only
            // when no one else has it: later, "Biden" is still Joe Biden.
            let before = || candidates[..split].iter().map(|&k| &persons[k]).filter(|(_, f)| matches(f));
            // (Not with its middle name left out, when the short name was given before the
            // relative's: "Gloria Vanderbilt died ... her mother, Gloria Morgan Vanderbilt, ...
            // Vanderbilt said" is the daughter.)
            let named_first = |j: usize| first_given.get(words).is_some_and(|&p| p < j);
            let before = before().find(|(j, _)| !relative(*j)).or_else(|| before().find(|(j, _)| !named_first(*j)));
            // (Not a relative named later: "Gloria Vanderbilt ... her mother, Gloria Morgan
            // Vanderbilt".)
            let after =
                candidates[split..].iter().map(|&k| &persons[k]).find(|(j, f)| *j > i && matches(f) && !relative(*j));
            before.or(after).or_else(middle).map(|&(_, f)| f)
        };
        // A surname with its particle is a short name too: "Blasio" is "De Blasio" (a
        // headline's), which is "Bill de Blasio".
        let full_name = |i: usize, words: &[&str]| -> Option<&[&str]> {
            let mut full = longer_name(i, words)?;
            // (So is a name with its middle name left out: "Doerr" is "John Doerr", who is "John
            // Michael Doerr".)
            while full.len() == 2
                && (with_lowercase(full[0], |w| SURNAME_PARTICLES.contains(&w))
                    || (!middled.is_empty() && middled.contains(&(folded(full[0]), folded(full[1])))))
                && let Some(longer) = longer_name(i, full)
            {
                full = longer;
            }
            Some(full)
        };

        // Names, known actors, groups.
        // (Room for most names at once, not grown step by step.)
        let mut key = String::with_capacity(64);
        // The name being looked up, made here and copied only for a new entity.
        let mut name = String::with_capacity(64);
        // Organisations named so far in several words, for a short name to join.
        let mut bodies: Vec<usize> = Vec::new();
        // (Which entities `bodies` holds: a lookup per organisation mention instead of a scan.)
        let mut in_bodies: FxHashSet<usize> = FxHashSet::default();
        for (i, m) in mentions.iter().enumerate() {
            match m.kind {
                MentionKind::Known => {
                    let known = m.known.as_ref().expect("known mentions carry their entry");
                    let e = reg.get(Space::Known, &known.name, &known.name, known.kind);
                    entity_of[i] = Some(e);
                    if known.kind == ActorType::Organization && has_space(&known.name) && in_bodies.insert(e) {
                        bodies.push(e);
                    }
                }
                MentionKind::Name => {
                    let words = heads[i];
                    if words.is_empty() {
                        continue;
                    }
                    let mut kind = m.actor;
                    // "NG: We found …" in an interview with Natasha Gownaris: a speaker's label in
                    // the initials of the one person named before with them.
                    let label = || {
                        let [w] = words else { return None };
                        let initials_label = tokens[m.first].newline_before
                            && tokens.get(m.last).is_some_and(|t| t.text(text) == ":")
                            && (2..=3).contains(&w.len())
                            && w.bytes().all(|b| b.is_ascii_uppercase())
                            // (An editor's note: "NB: …", "PS: …".)
                            && !matches!(*w, "NB" | "PS");
                        if !initials_label {
                            return None;
                        }
                        let initials = |f: &[&str]| f.iter().filter_map(|x| x.chars().next()).eq(w.chars());
                        let mut named = persons.iter().filter(|(j, f)| *j < i && initials(f)).map(|(_, f)| f.join(" "));
                        let first = named.next()?;
                        named.all(|n| n == first).then_some(first)
                    };
                    // A full name's words, or a label's name (made only when no full name is found).
                    let full_words = full_name(i, words);
                    let full_label = if full_words.is_none() { label() } else { None };
                    let has_full = full_words.is_some() || full_label.is_some();
                    // "Ford Motor Company … Ford said", "the California Department of Corrections … The
                    // Department said": a lone word of a company's or a body's name named before.
                    // (Not under a title or an honorific: "Mr. Haddad", "Chief executive Haddad".)
                    let body = if !has_full && words.len() == 1 && m.head_first == m.first && m.gender.is_none() {
                        short_body(&reg.entities, &bodies, words[0])
                    } else {
                        None
                    };
                    if let Some(e) = body {
                        entity_of[i] = Some(e);
                        continue;
                    }
                    name.clear();
                    if has_full && (kind != Some(ActorType::Organization) || words.len() == 1) {
                        kind = Some(ActorType::Person);
                        match (full_words, &full_label) {
                            (Some(full), _) => join_into(&mut name, full),
                            (None, label) => name.push_str(label.as_deref().unwrap_or_default()),
                        }
                    } else {
                        join_into(&mut name, words);
                    }
                    let kind = kind.unwrap_or(ActorType::Organization);
                    let e = reg.get(Space::Name, lowercase_into(&mut key, &name), &name, kind);
                    entity_of[i] = Some(e);
                    if kind == ActorType::Organization && words.len() >= 2 && in_bodies.insert(e) {
                        bodies.push(e);
                    }
                    // "the National Hurricane Center (NHC)": the acronym names it from here on.
                    if let Some(acronym) = acronym_after(text, tokens, m.last, words) {
                        reg.by_key[Space::Name as usize].entry(acronym.to_lowercase()).or_insert(e);
                    }
                }
                MentionKind::Group => {
                    name.clear();
                    // "the Samoan government", "the Samoa government" and "the government of
                    // Samoa" are one body.
                    let state = (tokens[m.last - 1].text(text).eq_ignore_ascii_case("government"))
                        .then(|| {
                            mentions[..i].iter().rev().take_while(|n| n.first >= m.first).find_map(|n| {
                                n.known.as_ref().filter(|k| k.kind == ActorType::Country && n.last < m.last)
                            })
                        })
                        .flatten();
                    if let Some(state) = state {
                        // ("the government of the United States", "of the Netherlands"; not "of
                        // the Cyprus".)
                        let article = state.name.starts_with("United ")
                            || state.name.contains("Republic")
                            || state.name.ends_with(" Islands")
                            || matches!(
                                state.name.as_str(),
                                "Bahamas" | "Comoros" | "Maldives" | "Netherlands" | "Philippines" | "Seychelles"
                            );
                        name.push_str(if article { "government of the " } else { "government of " });
                        name.push_str(&state.name);
                    } else {
                        for (k, t) in tokens[m.first..m.last].iter().enumerate() {
                            if k > 0 {
                                name.push(' ');
                            }
                            name.push_str(t.text(text));
                        }
                    }
                    let kind = m.actor.unwrap_or(ActorType::Group);
                    entity_of[i] = Some(reg.get(Space::Group, lowercase_into(&mut key, &name), &name, kind));
                }
                _ => {}
            }
        }

        // A person's gender, when the mentions that tell one agree ("Mrs. Jean Smith", "Jean Smith").
        let mut told = vec![(false, false); reg.entities.len()];
        for (i, m) in mentions.iter().enumerate() {
            // A lone name of someone with a full name is the surname: "Warren" (Elizabeth Warren)
            // tells nothing; a lone name of its own ("Seth") does.
            let surname = m.role.is_none()
                && m.head_last - m.head_first < 2
                && entity_of[i].is_some_and(|e| has_space(&reg.entities[e].name));
            if surname {
                continue;
            }
            if let (Some(e), Some(g)) = (entity_of[i], m.gender) {
                let (male, female) = &mut told[e];
                *male |= g == Gender::Male;
                *female |= g == Gender::Female;
            }
        }
        let gender: Vec<Option<Gender>> = told
            .iter()
            .map(|&told| match told {
                (true, false) => Some(Gender::Male),
                (false, true) => Some(Gender::Female),
                _ => None,
            })
            .collect();

        // Role nouns and pronouns, then bodies (which may belong to a pronoun).
        // The subject of each sentence, by its index (a vector, not a map: sentences are few and
        // numbered from 0).
        let sentences = mentions.iter().map(|m| m.sentence + 1).max().unwrap_or(0);
        let mut subject_of_sentence: Vec<Option<usize>> = vec![None; sentences];
        let (quoted, marks) = quoted_mentions(text, tokens, mentions);
        for (i, m) in mentions.iter().enumerate() {
            // "In an interview with Dawn, she said": the object of a preposition is no subject.
            // ("According to Dr. Tom Frieden, ...": the source is.)
            let object_of_preposition = m.first > 0 && {
                let before = tokens[m.first - 1].text(text);
                // (The list is lowercase ASCII: only ASCII capitals need lowering.)
                let lower = if before.bytes().any(|b| b.is_ascii_uppercase()) {
                    Cow::Owned(before.to_ascii_lowercase())
                } else {
                    Cow::Borrowed(before)
                };
                is_preposition(&lower)
                    && !(before.eq_ignore_ascii_case("to")
                        && m.first > 1
                        && tokens[m.first - 2].text(text).eq_ignore_ascii_case("according"))
            };
            // ("“… in the Eastern Mediterranean …”, he said": nor is a name the quotation says.)
            if let Some(e) = entity_of[i]
                && reg.entities[e].kind == ActorType::Person
                && !object_of_preposition
                && !quoted[i]
                && !modifies_person(mentions, i)
            {
                subject_of_sentence[m.sentence].get_or_insert(i);
            }
        }
        // Role words' keys, made once (when there is a role noun to compare them with, up to
        // 400 mentions before it) rather than for every comparison.
        let role_keys: Vec<Option<String>> = if mentions.iter().any(|m| m.kind == MentionKind::Role) {
            mentions.iter().map(|m| key_of(text, tokens, m.role)).collect()
        } else {
            Vec::new()
        };
        for (i, m) in mentions.iter().enumerate() {
            match m.kind {
                MentionKind::Role => {
                    let role = &role_keys[i];
                    // Only a bare role noun ("the senator") matches by head; "the finance minister" does not
                    // match "Prime Minister".
                    let head = role.as_deref().filter(|r| !r.contains(' ')).map(role_head);
                    // Within the last few hundred mentions: role nouns refer back, not across a book.
                    // The same title ("the spokesman"), else the same head noun: "Sen." is "the senator",
                    // "Senate Majority Leader" is "the leader".
                    // "the president of Turkey": only a president of Turkey ("Turkish President
                    // Erdoğan"), not the last president named.
                    let of_place = mentions
                        .get(i + 1)
                        .filter(|q| {
                            q.first == m.last + 1
                                && m.last < tokens.len()
                                && tokens[m.last].text(text) == "of"
                                && matches!(q.actor, Some(ActorType::Country | ActorType::Location))
                        })
                        .and_then(|_| entity_of[i + 1])
                        // ("the French president": only a president of France.)
                        .or_else(|| m.affiliation.and_then(|a| entity_of[a]));
                    let of_there = |p: &Mention| {
                        of_place.is_none_or(|place| p.affiliation.and_then(|a| entity_of[a]) == Some(place))
                    };
                    let named = |(j, p): &(usize, &Mention)| {
                        p.kind == MentionKind::Name && entity_of[*j].is_some() && of_there(p)
                    };
                    let recent = || mentions[..i].iter().enumerate().rev().take(400).filter(named);
                    let antecedent = recent().find(|(j, _)| role_keys[*j] == *role).or_else(|| {
                        recent().find(|(j, _)| head.is_some() && role_keys[*j].as_deref().map(role_head) == head)
                    });
                    entity_of[i] = antecedent.and_then(|(j, _)| entity_of[j]);
                    // "The researchers reported …. They also reported …": a plural role no name
                    // fills is a group of its own, for "they" to refer to.
                    let last = tokens[m.last - 1].text(text);
                    if entity_of[i].is_none()
                        && m.head_first < m.last
                        && last.ends_with('s')
                        && !last.ends_with("ss")
                        && last.starts_with(char::is_lowercase)
                    {
                        let name = &text[tokens[m.head_first].start..tokens[m.last - 1].end];
                        entity_of[i] =
                            Some(reg.get(Space::Group, lowercase_into(&mut key, name), name, ActorType::Group));
                    } else if entity_of[i].is_none()
                        && let Some(state) = m.affiliation.filter(|&a| mentions[a].last <= m.head_first)
                    {
                        // "the French president met Putin": the role of that state, a person of its own
                        // when no name before fills it.
                        let name = &text[tokens[mentions[state].first].start..tokens[m.last - 1].end];
                        entity_of[i] =
                            Some(reg.get(Space::Body, lowercase_into(&mut key, name), name, ActorType::Person));
                    }
                }
                MentionKind::Pronoun if m.actor.is_none() => {
                    entity_of[i] = self.body_antecedent(i, text, tokens, mentions, &entity_of, &reg.entities);
                }
                MentionKind::Pronoun => {
                    // "Haddad urged her to resign": an object pronoun is not its own clause's subject.
                    let word = tokens[m.first].text(text);
                    let next = tokens.get(m.first + 1).map(|t| t.text(text));
                    let object =
                        word.eq_ignore_ascii_case("him") || (word.eq_ignore_ascii_case("her") && !possessive_her(next));
                    // "she" is no man's: a person of the other gender is passed over, one of unknown gender is not.
                    let pronoun = Gender::of_pronoun(word);
                    // ("Vázquez said, “I understand he made the right decision”": in their own
                    // quotation a speaker is "I", not "he".)
                    let speaker = pronoun
                        .is_some()
                        .then(|| quotation_speaker(i, text, tokens, mentions, &marks, &subject_of_sentence))
                        .flatten()
                        .and_then(|j| entity_of[j]);
                    let fits = |e: usize| {
                        reg.entities[e].kind == ActorType::Person
                            // (An entity made after the genders were read, a state's role, has none.)
                            && pronoun.is_none_or(|g| gender.get(e).copied().flatten().is_none_or(|h| h == g))
                            && Some(e) != speaker
                    };
                    // "Osk said he would study it": the name right before the verb before a subject
                    // pronoun is who it means, whoever else the sentence named first.
                    let verb_subject = || {
                        if !["he", "she", "his"].iter().any(|p| word.eq_ignore_ascii_case(p)) {
                            return None;
                        }
                        let mut k = m.first.checked_sub(1)?;
                        if tokens[k].text(text) == "that" {
                            k = k.checked_sub(1)?;
                        }
                        let verb = tokens[k].text(text);
                        if tokens[k].kind != TokenKind::Word || !verb.starts_with(|c: char| c.is_lowercase()) {
                            return None;
                        }
                        let j = (0..i).rev().find(|&j| !mentions[j].inside)?;
                        let e = entity_of[j]?;
                        (mentions[j].last == k && mentions[j].kind != MentionKind::Pronoun && fits(e)).then_some(e)
                    };
                    // "Prime Minister Tuilaepa, who told the press his nephew …": the person a
                    // relative clause is about, when no other actor comes between.
                    let relative_subject = || {
                        if object {
                            return None;
                        }
                        // The mentions before it in its sentence, nearest first, up to the one
                        // that ", who" follows; a named person on the way ends the search.
                        let who = |j: usize| {
                            let k = mentions[j].last;
                            let word = |t: usize| tokens.get(t).map(|t| t.text(text));
                            word(k).is_some_and(|w| w.eq_ignore_ascii_case("who"))
                                || (word(k) == Some(",") && word(k + 1).is_some_and(|w| w.eq_ignore_ascii_case("who")))
                        };
                        let j = (0..i)
                            .rev()
                            .take_while(|&j| mentions[j].sentence == m.sentence)
                            .filter(|&j| !mentions[j].inside)
                            .find(|&j| {
                                who(j) || (mentions[j].kind == MentionKind::Name && entity_of[j].is_some_and(&fits))
                            })?;
                        // ("Haddad thanked Berg, who praised his leadership": with a person before
                        // it in the sentence, "his" may be theirs.)
                        let person_before = (0..j).rev().take_while(|&k| mentions[k].sentence == m.sentence).any(|k| {
                            !mentions[k].inside
                                && mentions[k].kind == MentionKind::Name
                                && entity_of[k].is_some_and(&fits)
                        });
                        let e = entity_of[j]?;
                        (who(j)
                            && !person_before
                            && mentions[j].kind != MentionKind::Pronoun
                            && m.first - mentions[j].last <= 12
                            && fits(e))
                        .then_some(e)
                    };
                    entity_of[i] = verb_subject().or_else(relative_subject).or_else(|| {
                        // "“… in the Eastern Mediterranean …”, he said": the speaker of a quotation is
                        // not someone it names (later, "he" may be: "“We have arrested Mark Tully,”
                        // police said. He denied the charges.").
                        let subject = word.eq_ignore_ascii_case("he") || word.eq_ignore_ascii_case("she");
                        let k = m.first;
                        let after_quotation = k >= 1
                            && (tokens[k - 1].kind == TokenKind::Quote
                                || (k >= 2
                                    && tokens[k - 1].text(text) == ","
                                    && tokens[k - 2].kind == TokenKind::Quote));
                        let quotations_speaker = subject && after_quotation && !quoted[i];
                        // (`continuing`: "“… our island Crete …”, he added. He also noted …": the
                        // "he" before, outside quotation marks, goes on.)
                        let fits = |j: usize, e: usize, continuing: bool| {
                            fits(e)
                                && !(quotations_speaker && quoted[j])
                                && (!continuing
                                    || (subject
                                        && !quoted[i]
                                        && !quoted[j]
                                        && tokens[mentions[j].first].text(text).eq_ignore_ascii_case(word)))
                        };
                        self.antecedent(i, object, mentions, &entity_of, fits, &subject_of_sentence)
                    });
                }
                _ => {}
            }
            // A "he" or "she" that opens a sentence without a named person is its subject, for the
            // pronouns after it ("“…,” he said. “…” “…,” he continued.").
            if m.kind == MentionKind::Pronoun
                && !quoted[i]
                && subject_of_sentence[m.sentence].is_none()
                && entity_of[i].is_some_and(|e| reg.entities[e].kind == ActorType::Person)
                && matches!(tokens[m.first].text(text), "he" | "He" | "she" | "She")
            {
                subject_of_sentence[m.sentence] = Some(i);
            }
        }
        for (i, m) in mentions.iter().enumerate() {
            if m.kind == MentionKind::Body
                && let Some(owner) = m.affiliation.and_then(|a| entity_of[a])
            {
                let owner_name = reg.entities[owner].name.clone();
                // The family name, past a generational suffix: "Harry B. Harris Jr." → "Harris".
                let words: Vec<&str> = owner_name.split(' ').collect();
                let last = without_suffix(&words).unwrap_or(&words).last().copied().unwrap_or(&owner_name).to_owned();
                let noun = tokens[m.last - 1].text(text).to_lowercase();
                let name = format!("{last} {noun}");
                entity_of[i] = Some(reg.get(Space::Body, &name.to_lowercase(), &name, ActorType::Organization));
            }
        }
        // "Trump’s campaign backtracked. It said ...": bodies are antecedents too, once resolved.
        for (i, m) in mentions.iter().enumerate() {
            if m.kind == MentionKind::Pronoun && m.actor.is_none() && entity_of[i].is_none() {
                entity_of[i] = self.body_antecedent(i, text, tokens, mentions, &entity_of, &reg.entities);
            }
        }
        Resolution { entities: reg.entities, entity_of }
    }

    /// The person a pronoun refers to: the subject of its sentence if it
    /// comes before it, else the subject of the closest earlier sentence,
    /// else the one the same pronoun meant in this or the sentence before (if
    /// `fit` lets it continue), else the closest person before it; only
    /// mentions and their entities that `fit` it (a person of its gender or
    /// of an unknown one).
    fn antecedent(
        &self,
        i: usize,
        object: bool,
        mentions: &[Mention],
        entity_of: &[Option<usize>],
        fits: impl Fn(usize, usize, bool) -> bool,
        subject_of_sentence: &[Option<usize>],
    ) -> Option<usize> {
        let m = &mentions[i];
        let own_subject = subject_of_sentence[m.sentence].filter(|&j| j < i && object).and_then(|j| entity_of[j]);
        let is_person = |j: usize| {
            entity_of[j].is_some_and(|e| fits(j, e, false) && Some(e) != own_subject)
                && mentions[j].kind != MentionKind::Pronoun
                && !modifies_person(mentions, j)
        };
        if let Some(j) = subject_of_sentence[m.sentence]
            && j < i
            && is_person(j)
        {
            return entity_of[j];
        }
        // "spoke with her counterpart, Viktor Osk, and urged him": another person of the same sentence.
        if own_subject.is_some()
            && let Some(j) = (0..i).rev().take_while(|&j| mentions[j].sentence == m.sentence).find(|&j| is_person(j))
        {
            return entity_of[j];
        }
        // (A subject "he" of a sentence before goes on, past sentences that are only quotation:
        // "“…,” he said. “…” “…” “…,” he continued.")
        let continued_subject = |j: usize| {
            mentions[j].kind == MentionKind::Pronoun
                && entity_of[j].is_some_and(|e| fits(j, e, true) && Some(e) != own_subject)
        };
        for s in (m.sentence.saturating_sub(3)..m.sentence).rev() {
            if let Some(j) = subject_of_sentence[s]
                && (is_person(j) || continued_subject(j))
            {
                return entity_of[j];
            }
        }
        let continued = (0..i)
            .rev()
            .take_while(|&j| mentions[j].sentence + 1 >= m.sentence)
            .find(|&j| mentions[j].kind == MentionKind::Pronoun && entity_of[j].is_some_and(|e| fits(j, e, true)));
        continued.or_else(|| (0..i).rev().take(400).find(|&j| is_person(j))).and_then(|j| entity_of[j])
    }
}

impl EntityResolver {
    /// "it" → the closest organisation or state before it (or, opening what
    /// was said, the one who said it); "they" → the closest group; within two
    /// sentences. A state or a body is "it": "they"
    /// after "Syria" are its people ("they still believe ..."), and after a
    /// company or a university its staff or researchers, not the body.
    fn body_antecedent(
        &self,
        i: usize,
        text: &str,
        tokens: &[Token],
        mentions: &[Mention],
        entity_of: &[Option<usize>],
        entities: &[Entity],
    ) -> Option<usize> {
        let m = &mentions[i];
        let plural = with_lowercase(tokens[m.first].text(text), |w| matches!(w, "they" | "them" | "their"));
        let fits = |e: usize| match entities[e].kind {
            ActorType::Organization => !plural,
            ActorType::Country => !plural,
            ActorType::Group => plural,
            ActorType::Person | ActorType::Location => false,
        };
        let candidates = (0..i)
            .rev()
            .take_while(|&j| mentions[j].sentence + 2 >= m.sentence)
            .filter(|&j| mentions[j].kind != MentionKind::Pronoun && !mentions[j].inside);
        // "Ford said in a filing to the SEC that it had found …": the subject of a reported
        // clause is its speaker, the name right before the speech verb, before anything named
        // between them.
        let reported = m.first > 0 && matches!(tokens[m.first - 1].text(text), "that" | "said" | "says");
        let in_sentence = || candidates.clone().take_while(|&j| mentions[j].sentence == m.sentence);
        let speaker = reported
            .then(|| {
                let verb = (0..m.first)
                    .rev()
                    .take(12)
                    .find(|&t| matches!(tokens[t].text(text), "said" | "says" | "told" | "announced" | "wrote"))?;
                in_sentence().find(|&j| mentions[j].last == verb)
            })
            .flatten();
        if let Some(e) = speaker.and_then(|j| entity_of[j]).filter(|&e| fits(e)) {
            return Some(e);
        }
        candidates.filter_map(|j| entity_of[j]).find(|&e| fits(e))
    }
}

/// Does mention `i` modify the person named right after it ("Trump adviser Stephen Miller",
/// "Democratic Sen. Claire McCaskill")? It is no antecedent then.
fn modifies_person(mentions: &[Mention], i: usize) -> bool {
    mentions.get(i + 1).is_some_and(|n| {
        n.first == mentions[i].last
            && n.sentence == mentions[i].sentence
            && n.kind == MentionKind::Name
            && n.actor == Some(ActorType::Person)
    })
}

/// The subject that opens the quotation mention `i` is in, when it says it right before the
/// quotation mark: "Vázquez said, “… he …”", over the quotation's sentences (a quotation opens
/// at an odd count of double quotation marks since the paragraph began).
fn quotation_speaker(
    i: usize,
    text: &str,
    tokens: &[Token],
    mentions: &[Mention],
    marks: &QuoteMarks,
    subject_of_sentence: &[Option<usize>],
) -> Option<usize> {
    // The marks of the tokens back to the paragraph's first (at most 400 of them).
    let first = mentions[i].first;
    let lowest = first.saturating_sub(400);
    let from =
        marks.paragraphs[..marks.paragraphs.partition_point(|&t| t < first)].last().map_or(lowest, |&p| p.max(lowest));
    let before = &marks.double[..marks.double.partition_point(|&t| t < first)];
    let count = before.len() - before.partition_point(|&t| t < from);
    let opener = before.last().filter(|&&t| t >= from).copied();
    let opener = opener.filter(|&t| count % 2 == 1 && tokens[t].text(text) != "”")?;
    let before = (0..i).rev().find(|&j| mentions[j].last <= opener && !mentions[j].inside)?;
    let subject = subject_of_sentence[mentions[before].sentence]?;
    let m = &mentions[subject];
    // Only a verb and its punctuation between them ("said,", "told reporters:"), never a name
    // the quotation starts with ("He says Obama “knows …”").
    let between = |t: usize| {
        let w = tokens[t].text(text);
        tokens[t].kind == TokenKind::Punct || (tokens[t].kind == TokenKind::Word && w.starts_with(char::is_lowercase))
    };
    (m.last < opener
        && opener - m.last <= 5
        && matches!(tokens[opener - 1].text(text), "," | ":")
        && (m.last..opener).all(between))
    .then_some(subject)
}

/// Where the double quotation marks and the paragraphs are, before the last mention's first token.
#[derive(Default)]
struct QuoteMarks {
    /// Tokens that are `“`, `”` or `"`, in order.
    double: Vec<usize>,
    /// Tokens that open a line, in order.
    paragraphs: Vec<usize>,
}

/// Whether each mention is inside double quotation marks opened in its paragraph, and the
/// marks and paragraphs that the walk passed.
fn quoted_mentions(text: &str, tokens: &[Token], mentions: &[Mention]) -> (Vec<bool>, QuoteMarks) {
    let mut marks = QuoteMarks::default();
    let mut open = false;
    let mut t = 0;
    let quoted = mentions
        .iter()
        .map(|m| {
            // (Over a slice of the tokens: no bounds check per token.)
            for (k, token) in tokens.get(t..m.first).unwrap_or_default().iter().enumerate() {
                if token.newline_before {
                    open = false;
                    marks.paragraphs.push(t + k);
                }
                if token.kind == TokenKind::Quote {
                    match token.text(text) {
                        "“" => open = true,
                        "”" => open = false,
                        "\"" => open = !open,
                        _ => continue,
                    }
                    marks.double.push(t + k);
                }
            }
            t = t.max(m.first);
            // (Mentions come in text order; one inside another starts no earlier.)
            open && !tokens[m.first].newline_before
        })
        .collect();
    (quoted, marks)
}

/// The last word of a title, abbreviations written out: "sen." → "senator".
fn role_head(key: &str) -> &str {
    let last = key.rsplit(' ').find(|w| *w != ".").unwrap_or(key);
    match last.trim_end_matches('.') {
        "sen" => "senator",
        "rep" => "representative",
        "gov" => "governor",
        "pres" => "president",
        "gen" => "general",
        "sec" => "secretary",
        "amb" => "ambassador",
        "col" => "colonel",
        "adm" => "admiral",
        "lt" => "lieutenant",
        "atty" => "attorney",
        "del" => "delegate",
        "sgt" => "sergeant",
        "supt" => "superintendent",
        "insp" => "inspector",
        "cmdr" => "commander",
        other => other,
    }
}

fn key_of(text: &str, tokens: &[Token], range: Option<(usize, usize)>) -> Option<String> {
    range.map(|(a, b)| super::lexicon::key(&text[tokens[a].start..tokens[b - 1].end]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(slug("Vladimir Putin"), "vladimir_putin");
        assert_eq!(slug("Beto O'Rourke"), "beto_orourke");
        assert_eq!(slug("U.S. Congress"), "us_congress");
        // Other letters in their ASCII forms.
        assert_eq!(slug("Recep Tayyip Erdoğan"), "recep_tayyip_erdogan");
        assert_eq!(slug("Beto O’Rourke"), "beto_orourke");
        assert_eq!(slug("Zürich–Genève"), "zurich_geneve");
        assert_eq!(slug("习近平"), "xi_jin_ping");
        // A letter with no ASCII form keeps its own.
        assert!(!slug("Ჸ").is_empty());
    }

    #[test]
    fn ascii_slugs_agree_with_the_character_walk() {
        for name in
            ["", "Putin", "Vladimir Putin", " -Al  Qaeda- ", "O'Neil", "U.S.", "R-S.C.", "G7 / G20", "a..b", "x_y"]
        {
            for before in ["", "id"] {
                let (mut fast, mut slow) = (before.to_owned(), before.to_owned());
                push_ascii_slug(&mut fast, name);
                push_slug_chars(&mut slow, name);
                assert_eq!(fast, slow, "{name:?} after {before:?}");
            }
        }
    }
}
