//! The lowercase form of a token, as every extraction stage compares it.
//!
//! Takes a token's text; gives a [`Lower`] that reads like a `&str`. Most
//! tokens of running text are lowercase already: their `Lower` borrows the
//! document's text, so only the rest (capitalised words, typographic
//! apostrophes) allocate. One `String` per token was the largest single
//! allocation cost of extraction.

use super::lexicon::push_lower;
use std::borrow::Cow;
use std::fmt;
use std::ops::Deref;

/// A token's lowercase text (apostrophes normalised to `'`), borrowed from
/// the document when the token already is in that form.
///
/// It can remember where the lexicon keeps the word's cue forms
/// ([`WordInfo::cue_slot`](super::lexicon::WordInfo::cue_slot)), so that the
/// stages asking for a token's cues do not probe the lexicon again. Mention
/// finding sets it, with the extractor's one lexicon; comparisons and hashing
/// look at the text only.
#[derive(Clone, Default)]
pub struct Lower<'a> {
    text: Cow<'a, str>,
    cue_slot: Option<u32>,
}

impl<'a> Lower<'a> {
    /// The lowercase form of `word` (see [`push_lower`]).
    pub fn of(word: &'a str) -> Lower<'a> {
        let bytes = word.as_bytes();
        if bytes.iter().all(|&b| b.is_ascii() && !b.is_ascii_uppercase()) {
            return Lower { text: Cow::Borrowed(word), cue_slot: None };
        }
        if bytes.is_ascii() {
            return Lower { text: Cow::Owned(word.to_ascii_lowercase()), cue_slot: None };
        }
        let mut s = String::with_capacity(word.len());
        push_lower(&mut s, word);
        let text = if s == word { Cow::Borrowed(word) } else { Cow::Owned(s) };
        Lower { text, cue_slot: None }
    }

    /// A lowercase word already made (a lexicon key).
    pub fn owned(word: String) -> Lower<'static> {
        Lower { text: Cow::Owned(word), cue_slot: None }
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Where the lexicon keeps the word's cue forms, if it was looked up.
    pub fn cue_slot(&self) -> Option<u32> {
        self.cue_slot
    }

    /// Remembers where the lexicon keeps the word's cue forms.
    pub fn set_cue_slot(&mut self, slot: u32) {
        self.cue_slot = Some(slot);
    }
}

impl Deref for Lower<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        &self.text
    }
}

impl AsRef<str> for Lower<'_> {
    fn as_ref(&self) -> &str {
        &self.text
    }
}

impl PartialEq for Lower<'_> {
    fn eq(&self, other: &Lower<'_>) -> bool {
        self.text == other.text
    }
}

impl Eq for Lower<'_> {}

impl std::hash::Hash for Lower<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl fmt::Debug for Lower<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Lower<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<str> for Lower<'_> {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Lower<'_> {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_push_lower() {
        for w in ["said", "Said", "U.S.", "’s", "n't", "Ünal", "über", "İstanbul", "ΣΟΦΙΑ", "", "al-Assad", "O’Neil"]
        {
            let mut expected = String::new();
            push_lower(&mut expected, w);
            assert_eq!(Lower::of(w).as_str(), expected, "{w:?}");
        }
    }

    #[test]
    fn borrows_lowercase_words() {
        assert!(matches!(Lower::of("said").text, Cow::Borrowed(_)));
        assert!(matches!(Lower::of("über").text, Cow::Borrowed(_)));
        assert!(matches!(Lower::of("Said").text, Cow::Owned(_)));
        assert!(matches!(Lower::of("’s").text, Cow::Owned(_)));
    }

    #[test]
    fn compares_like_a_str() {
        let w = Lower::of("Said");
        assert!(w == "said");
        assert!(w == *"said");
        let owned = String::from("said");
        assert!(w == owned);
        assert_eq!(w, Lower::owned("said".to_owned()));
        assert!(w.ends_with("id"));
    }
}
