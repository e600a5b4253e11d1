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
    #[inline]
    pub fn of(word: &'a str) -> Lower<'a> {
        if is_lowercase_ascii(word.as_bytes()) {
            return Lower { text: Cow::Borrowed(word), cue_slot: None };
        }
        Lower::lowered(word)
    }

    /// [`Lower::of`] for the word at `start..end` of a text whose ASCII
    /// capitals are lowercased in `folded` (the same bytes otherwise): a word
    /// of ASCII capitals borrows its form from `folded` instead of a copy.
    #[inline]
    pub(crate) fn of_folded(word: &'a str, folded: &'a str, start: usize, end: usize) -> Lower<'a> {
        if is_lowercase_ascii(word.as_bytes()) {
            return Lower { text: Cow::Borrowed(word), cue_slot: None };
        }
        Lower::folded(word, &folded[start..end])
    }

    /// The form of an ASCII word whose capitals are lowercased already: `word` itself.
    #[inline]
    pub(crate) fn ascii(word: &'a str) -> Lower<'a> {
        debug_assert!(word.is_ascii() && !word.bytes().any(|b| b.is_ascii_uppercase()));
        Lower { text: Cow::Borrowed(word), cue_slot: None }
    }

    /// [`Lower::of_folded`] for a word with capitals or non-ASCII letters, out of line.
    #[inline(never)]
    fn folded(word: &'a str, folded: &'a str) -> Lower<'a> {
        if word.is_ascii() {
            return Lower { text: Cow::Borrowed(folded), cue_slot: None };
        }
        Lower::lowered(word)
    }

    /// [`Lower::of`] for a word with capitals or non-ASCII letters: kept out
    /// of line, so that the common case inlined into its callers stays small.
    #[inline(never)]
    fn lowered(word: &'a str) -> Lower<'a> {
        let bytes = word.as_bytes();
        if bytes.is_ascii() {
            // The words that most often open a sentence have static forms, not copies.
            if let Some(form) = common_capitalised(word) {
                return Lower { text: Cow::Borrowed(form), cue_slot: None };
            }
            return Lower { text: Cow::Owned(word.to_ascii_lowercase()), cue_slot: None };
        }
        // The clitics and the closing quote with a typographic apostrophe are
        // common: their forms are static strings, not copies.
        let common = match word {
            "’s" => Some("'s"),
            "’" => Some("'"),
            "n’t" => Some("n't"),
            _ => None,
        };
        if let Some(form) = common {
            return Lower { text: Cow::Borrowed(form), cue_slot: None };
        }
        // A word that lowercasing leaves as it is (a dash, a quotation mark, a lowercase word
        // with accents) is borrowed without a copy made to compare.
        let unchanged = |c: char| {
            if c.is_ascii() {
                return !c.is_ascii_uppercase();
            }
            let mut lower = c.to_lowercase();
            c != '’' && lower.next() == Some(c) && lower.next().is_none()
        };
        if word.chars().all(unchanged) {
            return Lower { text: Cow::Borrowed(word), cue_slot: None };
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

    /// `forms`, emptied, as a vector for the forms of another text, its
    /// allocation kept: a document's forms given back for the next one's.
    pub(crate) fn recycle<'b>(mut forms: Vec<Lower<'a>>) -> Vec<Lower<'b>> {
        forms.clear();
        // (An empty vector mapped to one of the same layout keeps its allocation: no form is made.)
        forms.into_iter().map(|_| Lower::default()).collect()
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

/// The lowercase form of `word` if it is one of the capitalised function
/// words that open most sentences of news text (about one capitalised word in
/// five in Wikinews).
fn common_capitalised(word: &str) -> Option<&'static str> {
    Some(match word {
        "I" => "i",
        "A" => "a",
        "The" => "the",
        "And" => "and",
        "But" => "but",
        "So" => "so",
        "In" => "in",
        "On" => "on",
        "At" => "at",
        "As" => "as",
        "If" => "if",
        "For" => "for",
        "He" => "he",
        "She" => "she",
        "It" => "it",
        "We" => "we",
        "You" => "you",
        "They" => "they",
        "This" => "this",
        "That" => "that",
        "There" => "there",
        "What" => "what",
        "How" => "how",
        "When" => "when",
        "His" => "his",
        "Her" => "her",
        "Their" => "their",
        "After" => "after",
        _ => return None,
    })
}

/// Is every byte ASCII and none an uppercase letter? Eight bytes at a time:
/// a word is read with overlapping loads (as [`super::word_table`] packs
/// it), since a byte read twice changes nothing here.
#[inline]
fn is_lowercase_ascii(bytes: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let load = |at: usize| {
        let mut b = [0u8; 8];
        b.copy_from_slice(&bytes[at..at + 8]);
        u64::from_le_bytes(b)
    };
    let load4 = |at: usize| u64::from(u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]));
    // No high bit; for ASCII bytes, `b + 0x3F` has its high bit set from 'A' on
    // and `b + 0x25` from past 'Z' on (no carry leaves a byte below 0x80).
    let clean = |x: u64| x & HIGH == 0 && (x + 0x3F * ONES) & !(x + 0x25 * ONES) & HIGH == 0;
    let n = bytes.len();
    match n {
        0 => true,
        1..=3 => {
            let b = |i: usize| u64::from(bytes[i]) << (8 * i);
            clean(b(0) | b(n / 2) | b(n - 1))
        }
        4..=8 => clean(load4(0) | load4(n - 4) << 32),
        _ => {
            let mut at = 0;
            while at + 8 < n {
                if !clean(load(at)) {
                    return false;
                }
                at += 8;
            }
            clean(load(n - 8))
        }
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
        for w in [
            "said",
            "Said",
            "U.S.",
            "’s",
            "’",
            "n’t",
            "N’T",
            "n't",
            "Ünal",
            "über",
            "İstanbul",
            "ΣΟΦΙΑ",
            "",
            "al-Assad",
            "O’Neil",
            "ÀB’Cé’",
            "K\u{212A}",
        ] {
            let mut expected = String::new();
            for c in w.chars() {
                if c == '’' {
                    expected.push('\'');
                } else {
                    expected.extend(c.to_lowercase());
                }
            }
            let mut pushed = String::from("X");
            push_lower(&mut pushed, w);
            assert_eq!(pushed[1..], expected, "{w:?}");
            assert_eq!(Lower::of(w).as_str(), expected, "{w:?}");
        }
    }

    #[test]
    fn lowercase_ascii_test_agrees_with_a_byte_loop() {
        let alphabet = [b'a', b'z', b'A', b'Z', b'@', b'[', b'`', b'{', b'0', b'.', 0x7F, 0x80, 0xC3, 0xFF, b' '];
        for n in 0..=20 {
            for (k, &b) in alphabet.iter().enumerate() {
                for at in 0..n {
                    let mut word: Vec<u8> = (0..n).map(|i| alphabet[(i * 7 + k) % 2]).collect();
                    word[at] = b;
                    let expected = word.iter().all(|&b| b.is_ascii() && !b.is_ascii_uppercase());
                    assert_eq!(is_lowercase_ascii(&word), expected, "{word:?}");
                }
            }
        }
    }

    #[test]
    fn folded_forms_are_the_lowercase_ones() {
        let text = "Said the O’Neil U.S. über ÜBER Putin’s";
        let folded = text.to_ascii_lowercase();
        for t in crate::text::Tokenizer.tokenize(text) {
            let w = t.text(text);
            assert_eq!(Lower::of_folded(w, &folded, t.start, t.end), Lower::of(w), "{w:?}");
        }
        assert!(matches!(Lower::of_folded("Said", "said", 0, 4).text, Cow::Borrowed("said")));
    }

    #[test]
    fn borrows_lowercase_words() {
        assert!(matches!(Lower::of("said").text, Cow::Borrowed(_)));
        assert!(matches!(Lower::of("über").text, Cow::Borrowed(_)));
        assert!(matches!(Lower::of("Said").text, Cow::Owned(_)));
        assert!(matches!(Lower::of("O’Neil").text, Cow::Owned(_)));
        assert!(matches!(Lower::of("’s").text, Cow::Borrowed("'s")));
    }

    #[test]
    fn recycled_vectors_keep_their_room() {
        let text = String::from("Said the O’Neil");
        let forms: Vec<Lower> = text.split(' ').map(Lower::of).collect::<Vec<_>>();
        let mut roomy = Vec::with_capacity(100);
        roomy.extend(forms);
        let recycled: Vec<Lower<'static>> = Lower::recycle(roomy);
        assert!(recycled.is_empty());
        assert_eq!(recycled.capacity(), 100);
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
