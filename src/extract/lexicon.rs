//! Lexicons: the word lists extraction relies on, loaded from `data/lexicon/`.
//!
//! The files are embedded at compile time; a user can replace any of them
//! with a folder of their own (`--lexicon DIR`) without recompiling. Phrases
//! are keyed by their lowercase tokens joined with single spaces, so lookups
//! use the same [`Tokenizer`] as the text.

use super::lower::Lower;
use crate::record::{ActorType, RelationType};
use crate::text::Tokenizer;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::path::Path;

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
    /// For all-capital aliases ("US", "WHO"): the exact form the text must have.
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
    actors: HashMap<String, Known>,
    /// Every proper word prefix of an actor key, so lookups stop early.
    actor_prefixes: HashSet<String>,
    max_actor_words: usize,
    titles: HashMap<String, String>,
    /// Every proper word prefix of a title key.
    title_prefixes: HashSet<String>,
    max_title_words: usize,
    given_names: HashSet<String>,
    group_nouns: HashSet<String>,
    common_words: HashSet<String>,
    cues: HashMap<String, Vec<Cue>>,
    /// Words that may start a title or an actor phrase (see [`Starts`]): one
    /// probe tells mention finding whether a longer lookup can match here.
    starts: HashMap<String, Starts>,
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
    // Plain ASCII words (most lexicon entries) are tokens as they stand: skip
    // the tokeniser, which dominates start-up otherwise.
    if phrase.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ') {
        let mut out = String::with_capacity(phrase.len());
        for w in phrase.split_ascii_whitespace() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.extend(w.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        }
        return out;
    }
    tokenized_key(phrase)
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

fn rows(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| (i + 1, l.split('\t').map(str::trim).collect()))
}

fn list<'a>(field: Option<&&'a str>) -> impl Iterator<Item = &'a str> {
    field.copied().unwrap_or("").split('|').map(str::trim).filter(|s| !s.is_empty())
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
        Ok(lex)
    }

    fn add_actor(&mut self, phrase: &str, name: &str, kind: ActorType, via: Via) {
        let k = key(phrase);
        if k.is_empty() {
            return;
        }
        self.max_actor_words = self.max_actor_words.max(k.split(' ').count());
        for (i, _) in k.match_indices(' ') {
            self.actor_prefixes.insert(k[..i].to_owned());
        }
        let first = k.split(' ').next().unwrap_or_default();
        self.starts.entry(first.to_owned()).or_default().actor = true;
        let letters = phrase.chars().filter(|c| c.is_alphabetic());
        let all_caps =
            phrase.chars().filter(|c| c.is_alphabetic()).count() >= 2 && letters.clone().all(char::is_uppercase);
        let exact = all_caps.then(|| phrase.to_owned());
        // The first entry wins: countries come before organisations and places.
        self.actors.entry(k).or_insert_with(|| Known { name: name.to_owned(), kind, via, exact });
    }

    fn add_file(&mut self, file: &str, text: &str) -> Result<(), LexiconError> {
        let err = |line, message: String| LexiconError { file: file.to_owned(), line, message };
        // Sized once for the word lists, not grown by rehashing.
        let lines = || text.bytes().filter(|&b| b == b'\n').count() + 1;
        match file {
            "given_names.txt" => self.given_names.reserve(lines()),
            "group_nouns.txt" => self.group_nouns.reserve(lines()),
            "common_words.txt" => self.common_words.reserve(lines()),
            _ => {}
        }
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
                    let k = key(&cols[0].replace('.', ""));
                    self.max_title_words = self.max_title_words.max(k.split(' ').count());
                    for (i, _) in k.match_indices(' ') {
                        self.title_prefixes.insert(k[..i].to_owned());
                    }
                    // Plural titles count too ("senators"), when the singular is longer than three bytes.
                    let first = k.split(' ').next().unwrap_or_default();
                    self.starts.entry(first.to_owned()).or_default().title = true;
                    if first.len() > 3 {
                        self.starts.entry(format!("{first}s")).or_default().title = true;
                    }
                    self.titles.insert(k, cols.get(1).copied().unwrap_or("other").to_owned());
                }
                "given_names.txt" => {
                    self.given_names.insert(key(cols[0]));
                }
                "group_nouns.txt" => {
                    self.group_nouns.insert(key(cols[0]));
                }
                "common_words.txt" => {
                    self.common_words.insert(key(cols[0]));
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
                        self.cues.entry(cue.words[0].to_string()).or_default().push(cue);
                    }
                }
                "learned_cues.tsv" => {
                    // Words learned as attribution cues: extra speech verbs, after the hand-written rows.
                    let w = key(cols[0]);
                    let function_word = super::words::GAP_WORDS.contains(&w.as_str()) || w.ends_with("ly");
                    if function_word
                        || w.contains(' ')
                        || self.cues.get(&w).is_some_and(|c| c.iter().any(|c| c.words.len() == 1))
                    {
                        continue;
                    }
                    let cue = Cue {
                        relation: RelationType::Said,
                        frame: Frame::Say,
                        words: vec![Lower::owned(w.clone())],
                        needs: Vec::new(),
                    };
                    self.cues.entry(w).or_default().push(cue);
                }
                _ => return Err(err(line, "unknown lexicon file".into())),
            }
        }
        if file == "cues.tsv" {
            // Longer forms first; file order breaks ties.
            for forms in self.cues.values_mut() {
                forms.sort_by_key(|c| std::cmp::Reverse(c.words.len()));
            }
        }
        Ok(())
    }

    /// The known actor for a lowercase phrase key.
    pub fn actor(&self, key: &str) -> Option<&Known> {
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
        self.starts.get(word).copied().unwrap_or_default()
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
        self.given_names.contains(word)
    }

    /// Is this lowercase word a noun for an unnamed group ("analysts")?
    pub fn is_group_noun(&self, word: &str) -> bool {
        self.group_nouns.contains(word)
    }

    /// Is this lowercase word an ordinary word rather than a name?
    pub fn is_common_word(&self, word: &str) -> bool {
        self.common_words.contains(word)
    }

    /// Cue forms starting with this lowercase word, longest first.
    pub fn cues(&self, first_word: &str) -> &[Cue] {
        self.cues.get(first_word).map(Vec::as_slice).unwrap_or(&[])
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
        for &(_, text) in FILES {
            for (_, cols) in rows(text) {
                for field in cols {
                    for phrase in field.split('|') {
                        assert_eq!(key(phrase), tokenized_key(phrase), "{phrase:?}");
                    }
                }
            }
        }
        for phrase in ["", " ", "New  York", " a b ", "UN", "x"] {
            assert_eq!(key(phrase), tokenized_key(phrase), "{phrase:?}");
        }
    }

    #[test]
    fn keys_normalise_case_and_apostrophes() {
        assert_eq!(key("Russia’s  President"), "russia 's president");
    }
}
