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
#[derive(Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lower<'a>(Cow<'a, str>);

impl<'a> Lower<'a> {
    /// The lowercase form of `word` (see [`push_lower`]).
    pub fn of(word: &'a str) -> Lower<'a> {
        let bytes = word.as_bytes();
        if bytes.iter().all(|&b| b.is_ascii() && !b.is_ascii_uppercase()) {
            return Lower(Cow::Borrowed(word));
        }
        if bytes.is_ascii() {
            return Lower(Cow::Owned(word.to_ascii_lowercase()));
        }
        let mut s = String::with_capacity(word.len());
        push_lower(&mut s, word);
        if s == word { Lower(Cow::Borrowed(word)) } else { Lower(Cow::Owned(s)) }
    }

    /// A lowercase word already made (a lexicon key).
    pub fn owned(word: String) -> Lower<'static> {
        Lower(Cow::Owned(word))
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for Lower<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Lower<'_> {
    fn as_ref(&self) -> &str {
        &self.0
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
        assert!(matches!(Lower::of("said").0, Cow::Borrowed(_)));
        assert!(matches!(Lower::of("über").0, Cow::Borrowed(_)));
        assert!(matches!(Lower::of("Said").0, Cow::Owned(_)));
        assert!(matches!(Lower::of("’s").0, Cow::Owned(_)));
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
