//! Closed word classes shared by the extraction stages.

use std::borrow::Cow;

/// A word in ASCII, for comparing names written with and without diacritics
/// ("Erdoğan", "Erdogan").
#[inline]
pub fn folded(word: &str) -> Cow<'_, str> {
    if is_ascii_word(word.as_bytes()) { Cow::Borrowed(word) } else { Cow::Owned(deunicode::deunicode(word)) }
}

/// `<[u8]>::is_ascii` for a word: one to sixteen bytes are read as two
/// overlapping integers (a byte read twice changes nothing), where the
/// general test goes byte by byte below a machine word.
#[inline]
fn is_ascii_word(bytes: &[u8]) -> bool {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let n = bytes.len();
    let load4 = |at: usize| u64::from(u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]));
    let load8 = |at: usize| {
        let mut b = [0u8; 8];
        b.copy_from_slice(&bytes[at..at + 8]);
        u64::from_le_bytes(b)
    };
    match n {
        0 => true,
        1..=3 => (bytes[0] | bytes[n / 2] | bytes[n - 1]) < 0x80,
        4..=8 => (load4(0) | load4(n - 4)) & HIGH == 0,
        9..=16 => (load8(0) | load8(n - 8)) & HIGH == 0,
        _ => bytes.is_ascii(),
    }
}

/// Particles that open a surname: "De Blasio", "van Gogh", "da Silva".
pub const SURNAME_PARTICLES: &[&str] = &["de", "da", "di", "du", "del", "della", "dos", "van", "von"];

/// Finite auxiliaries and forms of "be": a phrase with one of them is a clause.
pub const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "will", "would", "could", "can", "may", "might", "should", "must", "has", "have", "had",
];

/// Words that may stand between a subject and its verb.
pub const GAP_WORDS: &[&str] = &[
    "has",
    "have",
    "had",
    "was",
    "were",
    "is",
    "are",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "should",
    "must",
    "did",
    "does",
    "do",
    "also",
    "then",
    "later",
    "again",
    "already",
    "still",
    "now",
    "too",
    "previously",
    "since",
    "here",
    "never",
    "not",
    "n't",
    "reportedly",
    "recently",
    "once",
    "first",
    "publicly",
    "privately",
    "repeatedly",
    "further",
    "immediately",
    "allegedly",
    "quickly",
    "strongly",
    "personally",
    "formally",
    "officially",
    "openly",
    "initially",
    "eventually",
    "finally",
    "apparently",
    "indeed",
    "however",
    "meanwhile",
    "subsequently",
    "directly",
    "jointly",
    "himself",
    "herself",
    "themselves",
    "itself",
    "been",
    "long",
    "be",
    "being",
    "all",
    "both",
    "just",
    "even",
    "only",
    "yet",
    "separately",
    "angrily",
    "flatly",
    "firmly",
    "swiftly",
    "sharply",
    "falsely",
    "mostly",
    "largely",
    "twice",
    "ever",
    "always",
    "often",
    "frequently",
    "consistently",
    "simply",
    "clearly",
    "effectively",
    "specifically",
    "explicitly",
    "implicitly",
    "indirectly",
    "essentially",
    "reportedly",
    "so",
    "seems",
    "seemed",
    "appeared",
    "appears",
    "to",
    "wants",
    "wanted",
    "plans",
    "planned",
    "tried",
    "sought",
    "vowed",
    "agreed",
    "continued",
    "went",
    "on",
];

/// Defines `fn $name(w: &str) -> bool`: whether `w` is in the word list
/// `$list`, answered by a [`WordSet`](super::word_table::WordSet) made from it on first use. For the
/// lists asked about at most tokens near a cue, where scanning the list cost
/// more than the rest of the rule.
macro_rules! word_set {
    ($(#[$doc:meta])* $name:ident, $list:expr) => {
        $(#[$doc])*
        #[inline]
        pub fn $name(w: &str) -> bool {
            use $crate::extract::word_table::WordSet;
            static SET: std::sync::LazyLock<WordSet> = std::sync::LazyLock::new(|| WordSet::new($list));
            SET.contains(w)
        }
    };
}
pub(super) use word_set;

word_set!(
    /// Whether `w` is one of [`GAP_WORDS`], asked for the words before every speech verb.
    is_gap_word,
    GAP_WORDS
);
word_set!(
    /// Whether `w` is one of [`PHRASE_STOPS`], asked for most tokens near every speech verb.
    is_phrase_stop,
    PHRASE_STOPS
);
word_set!(
    /// Whether `w` is one of [`DETERMINERS`].
    is_determiner,
    DETERMINERS
);
word_set!(
    /// Whether `w` is one of [`AUXILIARIES`].
    is_auxiliary,
    AUXILIARIES
);
word_set!(
    /// Whether `w` is one of [`DOCUMENT_NOUNS`].
    is_document_noun,
    DOCUMENT_NOUNS
);
word_set!(
    /// Whether `w` is one of [`NUMBERS`].
    is_number_word,
    NUMBERS
);
word_set!(
    /// Whether `w` is one of [`DOCUMENT_PARTICIPLES`].
    is_document_participle,
    DOCUMENT_PARTICIPLES
);

/// Words that end a noun phrase on its left: prepositions, conjunctions,
/// auxiliaries and pronouns.
pub const PHRASE_STOPS: &[&str] = &[
    "in",
    "on",
    "at",
    "of",
    "for",
    "with",
    "by",
    "from",
    "to",
    "about",
    "into",
    "over",
    "after",
    "before",
    "during",
    "under",
    "between",
    "against",
    "through",
    "without",
    "within",
    "across",
    "around",
    "among",
    "and",
    "or",
    "but",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "because",
    "while",
    "when",
    "if",
    "as",
    "than",
    "so",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "should",
    "must",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "him",
    "them",
    "us",
    "me",
    "there",
    "here",
    "also",
    "not",
    "n't",
    "what",
    "where",
    "how",
    "why",
    "then",
    "now",
    "just",
    "even",
    "still",
    "only",
    "said",
    "says",
    "say",
    "told",
    "like",
    "since",
    "until",
    "though",
    "although",
    "unless",
    "whether",
    "whenever",
    "wherever",
    "yet",
    "nor",
    "per",
    "via",
    "upon",
    "toward",
    "towards",
    "near",
    "than",
    "out",
    "up",
    "down",
    "off",
    "again",
    "once",
    "too",
    "very",
    "amid",
    "amidst",
    "amongst",
    "whilst",
    "despite",
    "beyond",
    "throughout",
    "alongside",
    "unlike",
    "regarding",
    "concerning",
];

/// Nouns ending in "-ly", which are not adverbs: "Scott's family said", "a close ally".
pub const LY_NOUNS: &[&str] = &["family", "ally", "rally", "assembly", "supply", "reply", "monopoly"];

/// Possessive pronouns before a noun: "his letter", "their support".
pub const POSSESSIVE_PRONOUNS: &[&str] = &["his", "her", "its", "their", "our", "my", "your"];

/// Titles of a person's own staff, whose employer is the person: "Hun Sen adviser Omar Haddad".
pub const PERSONAL_STAFF: &[&str] = &[
    "adviser",
    "advisor",
    "aide",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "lawyer",
    "attorney",
    "assistant",
    "ally",
];

/// Is `w` written as a year ("1989", "2016")?
pub fn is_year(w: &str) -> bool {
    w.len() == 4 && w.starts_with(['1', '2']) && w.bytes().all(|b| b.is_ascii_digit())
}

/// Cardinal number words.
pub const NUMBERS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
    "billion",
];

/// Determiners and possessives that open a noun phrase.
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "another", "some", "many", "most", "several", "one", "two", "three", "both", "all", "each",
    "every", "other", "these", "those", "this", "that", "his", "her", "its", "their", "our", "my", "your", "no", "any",
    "few", "numerous", "various", "senior", "top",
];

/// Months, lowercase.
pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Abbreviated months, lowercase.
pub const MONTH_ABBREVIATIONS: &[&str] = &["jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec."];

/// Days of the week, lowercase.
pub const WEEKDAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// Whether "her" followed by `next` is a possessive ("her remarks") rather than an object ("urged her to").
pub fn possessive_her(next: Option<&str>) -> bool {
    next.is_some_and(|w| {
        // (The lists are lowercase ASCII: a word with other letters is in neither.)
        let lower = if w.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(w.to_ascii_lowercase())
        } else {
            Cow::Borrowed(w)
        };
        w.starts_with(char::is_alphanumeric) && !is_phrase_stop(&lower) && !is_determiner(&lower)
    })
}

/// Nouns for a company before its name: "Iranian airline Mahan Air", "the firm Morgan Stanley".
pub const COMPANY_NOUNS: &[&str] = &[
    "company",
    "firm",
    "airline",
    "carrier",
    "retailer",
    "bank",
    "lender",
    "newspaper",
    "broadcaster",
    "automaker",
    "carmaker",
    "giant",
    "conglomerate",
    "insurer",
    "chipmaker",
];

/// Nouns for documents and studies that report findings: "a poll released
/// in August found that ...", "the analysis of campaign filings shows ...".
pub const DOCUMENT_NOUNS: &[&str] = &[
    "analysis",
    "assessment",
    "audit",
    "complaint",
    "data",
    "document",
    "documents",
    "filing",
    "filings",
    "findings",
    "investigation",
    "lawsuit",
    "letter",
    "memo",
    "poll",
    "polls",
    "probe",
    "records",
    "report",
    "research",
    "review",
    "study",
    "survey",
    "transcript",
    "video",
];

/// Participles that attach a description to a document: "a report released last year".
pub const DOCUMENT_PARTICIPLES: &[&str] = &[
    "released",
    "published",
    "issued",
    "conducted",
    "commissioned",
    "obtained",
    "filed",
    "prepared",
    "completed",
    "posted",
    "produced",
    "sent",
    "seen",
    "reviewed",
    "compiled",
    "carried",
    "taken",
];

/// The document noun that a statement cue at token `cue` reaches back to over a
/// participle or "of"/"by" phrase: "a poll released in late August found".
pub fn document_before(lower: &[impl AsRef<str>], cue: usize, first: usize) -> Option<usize> {
    let word = |k: usize| lower[k].as_ref();
    // "analysis of campaign reports shows": "reports" is a document, not its verb.
    if is_document_noun(word(cue).strip_suffix('s').unwrap_or("")) {
        return None;
    }
    let lowest = cue.saturating_sub(14).max(first);
    (lowest..cue.saturating_sub(1)).rev().find(|&h| {
        let next = word(h + 1);
        is_document_noun(word(h))
            && (is_document_participle(next) || matches!(next, "of" | "by" | "from" | "on" | "in"))
            && (h + 1..cue).all(|k| word(k).chars().any(char::is_alphanumeric) || matches!(word(k), "-" | "’s" | "'s"))
    })
}

/// Past tenses without "-ed" that follow a surname as its verb: "Trump and Erdogan met", or a clause's verb after its subject: "records show Trump paid".
pub const IRREGULAR_PASTS: &[&str] = &[
    "met", "spoke", "wrote", "sent", "gave", "held", "led", "sought", "struck", "won", "lost", "left", "took", "made",
    "went", "came", "began", "saw", "knew", "thought", "became", "fought", "brought", "paid", "kept", "felt", "ran",
    "stood", "swore", "threw", "chose", "drew", "grew", "rose", "fell", "hit", "put", "set",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_ascii_test_agrees_with_the_slice_one() {
        for n in 0..=20 {
            for at in 0..n.max(1) {
                for b in [b'a', b'Z', 0x7F, 0x80, 0xC3, 0xFF] {
                    let mut word = vec![b'x'; n];
                    if n > 0 {
                        word[at] = b;
                    }
                    assert_eq!(is_ascii_word(&word), word.is_ascii(), "{word:?}");
                }
            }
        }
        assert!(matches!(folded("Erdogan"), Cow::Borrowed("Erdogan")));
        assert_eq!(folded("Erdoğan"), "Erdogan");
    }
}
