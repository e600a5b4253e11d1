//! Tokens with byte offsets into the document text.
//!
//! Words keep internal apostrophes and hyphens ("O'Rourke", "al-Assad");
//! possessive "'s"/"’s" and "n't" are their own tokens; dotted abbreviations
//! ("U.S.", "Jan.", "Mr.") are one token; every other punctuation mark is a
//! token of its own. Whitespace is dropped; newlines are remembered.

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (possibly with digits, apostrophes, hyphens, dots of an abbreviation).
    Word,
    /// Digits (with `.`/`,` separators).
    Number,
    /// An opening or closing quotation mark.
    Quote,
    /// Any other punctuation or symbol.
    Punct,
}

/// A token: a byte range of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// What it is made of.
    pub kind: TokenKind,
    /// A line break precedes this token.
    pub newline_before: bool,
}

impl Token {
    /// The token's text in `text`.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// Splits text into [`Token`]s.
#[derive(Debug, Default, Clone, Copy)]
pub struct Tokenizer;

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '‘' | '„' | '«' | '»') || c == '’' || c == '\''
}

impl Tokenizer {
    /// Tokenises `text`.
    pub fn tokenize(&self, text: &str) -> Vec<Token> {
        let mut tokens = Vec::new();
        self.tokenize_into(text, &mut tokens);
        tokens
    }

    /// [`Tokenizer::tokenize`] into `tokens`, emptied first: a vector kept
    /// from one document to the next is not allocated again.
    pub(crate) fn tokenize_into(&self, text: &str, tokens: &mut Vec<Token>) {
        // News text has a token per five bytes or so: room for one per four
        // saves growing (and copying) the vector for most documents.
        super::emptied(tokens, text.len() / 4);
        let mut letters = Letters::new();
        let bytes = text.as_bytes();
        let mut newline = true;
        let mut i = 0;
        while i < text.len() {
            // ASCII (most of the text) needs no decoding: a space is passed
            // over and an ASCII letter starts a word at once.
            let c = match bytes[i] {
                b' ' => {
                    i += 1;
                    continue;
                }
                b if b.is_ascii_alphabetic() => {
                    // Most words are one run of ASCII letters and digits; the
                    // others are scanned again, out of line.
                    let start = i;
                    i = ascii_run_end(bytes, i);
                    // (So does a run of three or more before a dot that ends the text or that an
                    // ASCII byte other than a letter or digit follows, as a sentence's last word:
                    // no rule of `word_end` takes that dot, neither initials, a degree nor a web
                    // address. Other dots go the slow way.)
                    if ends_plain_word(bytes, i)
                        || (bytes[i] == b'.'
                            && i - start >= 3
                            && bytes.get(i + 1).is_none_or(|&b| b.is_ascii() && !b.is_ascii_alphanumeric()))
                    {
                        push_word(tokens, bytes, start, i, true, &mut newline);
                    } else {
                        let plain;
                        (i, plain) = word_end(text, start, &mut letters);
                        push_word(tokens, bytes, start, i, plain, &mut newline);
                    }
                    continue;
                }
                // Most punctuation is one ASCII byte that none of the tests below takes (a dot
                // only alone: "..." is one token): a token at once.
                b',' | b';' | b':' | b'(' | b')' | b'!' | b'?' => {
                    tokens.push(Token { start: i, end: i + 1, kind: TokenKind::Punct, newline_before: newline });
                    newline = false;
                    i += 1;
                    continue;
                }
                b'.' if !text[i..].starts_with("...") => {
                    tokens.push(Token { start: i, end: i + 1, kind: TokenKind::Punct, newline_before: newline });
                    newline = false;
                    i += 1;
                    continue;
                }
                b if b.is_ascii() => char::from(b),
                _ => next_char(text, i),
            };
            let len = c.len_utf8();
            if c.is_whitespace() {
                if c == '\n' || c == '\u{2028}' || c == '\u{2029}' {
                    newline = true;
                }
                i += len;
                continue;
            }
            let start = i;
            let kind;
            if letters.alphabetic(c) || (c.is_ascii_digit() && starts_alnum_word(text, i, &mut letters)) {
                let plain;
                (i, plain) = word_end(text, i, &mut letters);
                push_word(tokens, bytes, start, i, plain, &mut newline);
                continue;
            } else if c.is_ascii_digit() {
                i += 1;
                while i < text.len() {
                    let b = bytes[i];
                    if b.is_ascii_digit()
                        || ((b == b'.' || b == b',') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
                    {
                        i += 1;
                    } else {
                        break;
                    }
                }
                kind = TokenKind::Number;
            } else if is_apostrophe(c)
                && text[i + len..].starts_with(['s', 'S'])
                && !next_is_alnum(text, i + len + 1, &mut letters)
                && i > 0
                && !prev_is_space(text, i)
            {
                // A possessive after a non-word ("U.S.'s") or a closing quote.
                i += len + 1;
                kind = TokenKind::Word;
            } else if c == '\'' && text[i + 1..].starts_with('\'') {
                // Two apostrophes stand for a double quotation mark: ''Like this,'' he said.
                i += 2;
                kind = TokenKind::Quote;
            } else if is_quote(c) {
                i += len;
                kind = TokenKind::Quote;
            } else if c == '.' && text[i..].starts_with("...") {
                i += 3;
                kind = TokenKind::Punct;
            } else {
                i += len;
                kind = TokenKind::Punct;
            }
            tokens.push(Token { start, end: i, kind, newline_before: newline });
            newline = false;
        }
    }
}

/// Pushes the word `start..end` as one token, or two when a clitic splits
/// off: "n't" its verb, "’s" its noun. A `plain` word (ASCII letters and
/// digits only) has no apostrophe, so no clitic to look for.
// Always: a call per word costs more than the push.
#[inline(always)]
fn push_word(tokens: &mut Vec<Token>, bytes: &[u8], start: usize, end: usize, plain: bool, newline: &mut bool) {
    let mut first = start;
    if !plain && let Some(cut) = bytes.get(start..end).and_then(clitic_cut) {
        if cut > 0 {
            tokens.push(Token { start, end: start + cut, kind: TokenKind::Word, newline_before: *newline });
            *newline = false;
        }
        first = start + cut;
    }
    tokens.push(Token { start: first, end, kind: TokenKind::Word, newline_before: *newline });
    *newline = false;
}

/// `char::is_alphabetic` and `char::is_alphanumeric` for the characters of
/// one text, remembered.
///
/// ASCII and the General Punctuation block (U+2000–U+206F: typographic
/// quotes and dashes, none of them letters) are answered directly. For other
/// characters the standard library searches its Unicode tables, which costs
/// hundreds of instructions per character outside the Latin blocks; a text in
/// another script (Devanagari, Cyrillic) asks about the same few dozen letters
/// again and again, so the answers are kept in a small direct-mapped cache.
struct Letters {
    /// Indexed by the low byte of the code point: `code point << 2 | numeric << 1 | alphabetic`, or [`Letters::EMPTY`].
    slots: [u32; 256],
}

impl Letters {
    /// A slot holding no character: `EMPTY >> 2` is above every code point.
    const EMPTY: u32 = u32::MAX;

    fn new() -> Letters {
        Letters { slots: [Letters::EMPTY; 256] }
    }

    /// `(char::is_alphabetic, char::is_numeric)`.
    #[inline]
    fn classes(&mut self, c: char) -> (bool, bool) {
        if c.is_ascii() {
            return (c.is_ascii_alphabetic(), c.is_ascii_digit());
        }
        if ('\u{2000}'..='\u{206F}').contains(&c) {
            return (false, false);
        }
        let slot = &mut self.slots[(c as usize) & 0xFF];
        if *slot >> 2 != c as u32 {
            *slot = (c as u32) << 2 | u32::from(c.is_numeric()) << 1 | u32::from(c.is_alphabetic());
        }
        (*slot & 1 != 0, *slot & 2 != 0)
    }

    /// `char::is_alphabetic`.
    fn alphabetic(&mut self, c: char) -> bool {
        self.classes(c).0
    }

    /// `char::is_alphanumeric`.
    fn alphanumeric(&mut self, c: char) -> bool {
        let (alphabetic, numeric) = self.classes(c);
        alphabetic || numeric
    }
}

fn next_char(text: &str, i: usize) -> char {
    text[i..].chars().next().unwrap_or(' ')
}

fn next_is_alnum(text: &str, i: usize, letters: &mut Letters) -> bool {
    text.get(i..).and_then(|s| s.chars().next()).is_some_and(|c| letters.alphanumeric(c))
}

fn prev_is_space(text: &str, i: usize) -> bool {
    text[..i].chars().next_back().is_none_or(char::is_whitespace)
}

fn starts_alnum_word(text: &str, i: usize, letters: &mut Letters) -> bool {
    // "3rd", "22nd", "G7"-style tokens: digits followed directly by letters.
    let rest = &text[i..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    rest[digits..].chars().next().is_some_and(|c| letters.alphabetic(c))
}

/// `u8::is_ascii_alphanumeric` by table: one load instead of three range checks per letter.
const ASCII_ALPHANUMERIC: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// The high bit of each of the eight bytes of `w` (little-endian) that is
/// not an ASCII letter or digit; zero when all are.
#[inline]
fn not_alphanumeric(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let x = w & !HIGH;
    // For seven-bit bytes, `x + 0x80 - lo` has its high bit set from `lo` on
    // and `x + 0x7F - hi` from past `hi` on; no sum leaves its byte.
    let within = |x: u64, lo: u64, hi: u64| (x + ONES * (0x80 - lo)) & !(x + ONES * (0x7F - hi));
    let digit = within(x, 0x30, 0x39);
    let letter = within(x | (ONES * 0x20), 0x61, 0x7A);
    // Bytes from 0x80 up are no ASCII.
    !((digit | letter) & !w) & HIGH
}

/// The end of the run of ASCII letters and digits from `i`: eight bytes at a
/// time, then (near the end of the text) byte by byte.
#[inline(always)]
fn ascii_run_end(bytes: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = bytes.get(i..i + 8) {
        let stop = not_alphanumeric(u64::from_le_bytes(chunk.try_into().expect("eight bytes")));
        if stop != 0 {
            return i + (stop.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < bytes.len() && ASCII_ALPHANUMERIC[usize::from(bytes[i])] {
        i += 1;
    }
    i
}

/// Does a word end at `i`, the end of a run of letters and digits? Most words
/// end at an ASCII byte that joins nothing (space, comma): answered without
/// decoding a character.
#[inline(always)]
fn ends_plain_word(bytes: &[u8], i: usize) -> bool {
    match bytes.get(i) {
        None => true,
        Some(&b) => b.is_ascii() && !matches!(b, b'-' | b'\'' | b'&' | b'.'),
    }
}

/// End of a word starting at `start`: letters/digits joined by single
/// apostrophes, hyphens, or abbreviation dots. Also whether the word is
/// plain: one run of ASCII letters and digits, as most are.
// Never: a word starting with an ASCII letter comes here only when its first
// run does not end it (see `Tokenizer::tokenize`).
#[inline(never)]
fn word_end(text: &str, start: usize, letters: &mut Letters) -> (usize, bool) {
    let mut i = start;
    let mut letters_since_dot = 0;
    let mut dotted = false;
    let bytes = text.as_bytes();
    loop {
        let run = i;
        i = ascii_run_end(bytes, i);
        letters_since_dot += i - run;
        if ends_plain_word(bytes, i) {
            return (i, run == start);
        }
        let Some(c) = text[i..].chars().next() else { break };
        if letters.alphanumeric(c) || c == '\u{301}' {
            i += c.len_utf8();
            letters_since_dot += 1;
            continue;
        }
        if !matches!(c, '-' | '‐' | '\'' | '’' | '&' | '.') {
            break;
        }
        let after = i + c.len_utf8();
        let joins = next_is_alnum(text, after, letters);
        if (c == '-' || c == '‐' || is_apostrophe(c) || c == '&') && joins {
            i = after;
            // "R-S.C.": the part after a hyphen can be dotted initials.
            letters_since_dot = 0;
            continue;
        }
        if c == '.' && letters_since_dot == 1 {
            // Dotted initials: "U.S.", "D.C.", "J." — the final dot belongs to the word.
            let prev_upper = text[..i].chars().next_back().is_some_and(char::is_uppercase);
            if prev_upper || dotted {
                dotted = true;
                i = after;
                letters_since_dot = 0;
                if !text[i..].chars().next().is_some_and(|c| letters.alphabetic(c)) {
                    break;
                }
                continue;
            }
        }
        // Doctorates: "Ph.D.", "Ed.D.", "Th.D.".
        if c == '.' && letters_since_dot == 2 && !dotted {
            let degree = matches!(&text[start..i], "Ph" | "Ed" | "Th");
            let rest = text.as_bytes().get(after..after + 2);
            if degree && rest.is_some_and(|r| r[0].is_ascii_uppercase() && r[1] == b'.') {
                i = after + 2;
                break;
            }
        }
        // A web address named as a source: "Znak.com", "BBC.co.uk".
        if c == '.'
            && joins
            && !dotted
            && letters_since_dot >= 2
            && let Some(n) = domain_suffix(&bytes[after..])
        {
            i = after + n;
            letters_since_dot = n;
            continue;
        }
        if c == '.' && dotted && joins {
            i = after;
            letters_since_dot = 0;
            continue;
        }
        break;
    }
    (i, false)
}

/// The length of a top-level domain that opens `rest` and ends a word there
/// ("com" in "com said"), if one does.
fn domain_suffix(rest: &[u8]) -> Option<usize> {
    const DOMAINS: &[&[u8]] = &[
        b"com", b"org", b"net", b"gov", b"edu", b"info", b"news", b"io", b"co", b"uk", b"ru", b"eu", b"de", b"fr",
        b"tv", b"ca", b"au",
    ];
    DOMAINS
        .iter()
        .find(|d| rest.starts_with(d) && rest.get(d.len()).is_none_or(|b| !b.is_ascii_alphanumeric()))
        .map(|d| d.len())
}

/// Where a clitic starts inside a word: "Russia’s" → 6, "didn't" → 3.
// Always: most words have no apostrophe near their end, answered here at
// every word without a call; the suffixes are looked at out of line.
#[inline(always)]
fn clitic_cut(w: &[u8]) -> Option<usize> {
    // Every clitic has its apostrophe two or three bytes from the end (`'`),
    // or four or five (`’`, whose first byte is 0xE2): "n't", "'re", "’s", "’ll".
    let bytes = w;
    let from_end = |k: usize| bytes.len().checked_sub(k).map(|at| bytes[at]);
    let apostrophe = |k: usize| from_end(k) == Some(b'\'');
    let typographic = |k: usize| from_end(k) == Some(0xE2);
    if !(apostrophe(2) || apostrophe(3) || typographic(4) || typographic(5)) {
        return None;
    }
    clitic_suffix(w)
}

/// [`clitic_cut`] of a word with an apostrophe where a clitic's would be.
#[inline(never)]
fn clitic_suffix(w: &[u8]) -> Option<usize> {
    for suffix in ["n't", "n’t", "N'T"] {
        if w.len() > suffix.len() && w.ends_with(suffix.as_bytes()) {
            return Some(w.len() - suffix.len());
        }
    }
    for suffix in ["'s", "’s", "'S", "’S"] {
        if w.len() > suffix.len() && w.ends_with(suffix.as_bytes()) {
            return Some(w.len() - suffix.len());
        }
    }
    for suffix in ["'re", "’re", "'ve", "’ve", "'ll", "’ll", "'m", "’m", "'d", "’d"] {
        if w.len() > suffix.len() && w.ends_with(suffix.as_bytes()) {
            return Some(w.len() - suffix.len());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        Tokenizer.tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn splits_possessives_and_negation() {
        assert_eq!(words("Russia’s President didn't go."), ["Russia", "’s", "President", "did", "n't", "go", "."]);
        assert_eq!(words("Beto O'Rourke, al-Assad"), ["Beto", "O'Rourke", ",", "al-Assad"]);
    }

    #[test]
    fn keeps_abbreviations_whole() {
        assert_eq!(
            words("the U.S. envoy in Washington, D.C. said"),
            ["the", "U.S.", "envoy", "in", "Washington", ",", "D.C.", "said"]
        );
        assert_eq!(words("Mr. Smith."), ["Mr", ".", "Smith", "."]);
        assert_eq!(words("a Ph.D. candidate, Ms.A. Lind"), ["a", "Ph.D.", "candidate", ",", "Ms", ".", "A.", "Lind"]);
        assert_eq!(words("her Ph.D."), ["her", "Ph.D."]);
        assert_eq!(words("“Yes,” he said."), ["“", "Yes", ",", "”", "he", "said", "."]);
        assert_eq!(words("3.5 million, 22nd"), ["3.5", "million", ",", "22nd"]);
    }

    #[test]
    fn keeps_web_addresses_whole() {
        assert_eq!(words("Znak.com said"), ["Znak.com", "said"]);
        assert_eq!(words("the BBC.co.uk site."), ["the", "BBC.co.uk", "site", "."]);
        assert_eq!(words("according to Politics1.com."), ["according", "to", "Politics1.com", "."]);
        assert_eq!(words("Znak.com’s source"), ["Znak.com", "’s", "source"]);
        // Not a domain: a missing space before a word, a longer word.
        assert_eq!(words("home.Then he"), ["home", ".", "Then", "he"]);
        assert_eq!(words("home.common"), ["home", ".", "common"]);
    }

    #[test]
    fn remembered_letters_agree_with_the_standard_library() {
        let mut letters = Letters::new();
        // Twice over, so that the second round reads the cache; U+0915 and U+0A15 share a slot.
        for _ in 0..2 {
            for c in "aZ9 ’—éßкक\u{93e}\u{966}\u{a15}\u{915}²½\u{301}中😀".chars() {
                assert_eq!(letters.alphabetic(c), c.is_alphabetic(), "{c:?}");
                assert_eq!(letters.alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            }
        }
    }

    #[test]
    fn eight_byte_test_agrees_with_the_table() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut w = *b"abcXYZ09";
                w[at] = b;
                let stop = not_alphanumeric(u64::from_le_bytes(w));
                let expected = if ASCII_ALPHANUMERIC[usize::from(b)] { 0 } else { 0x80 << (8 * at) };
                assert_eq!(stop, expected, "{b:#x} at {at}");
            }
        }
    }

    #[test]
    fn long_words_and_words_at_the_end() {
        assert_eq!(words("Internationalisation didn't"), ["Internationalisation", "did", "n't"]);
        assert_eq!(words("x abcdefgh abcdefghi Ab1234567’s"), ["x", "abcdefgh", "abcdefghi", "Ab1234567", "’s"]);
    }

    #[test]
    fn offsets_are_char_boundaries() {
        let text = "Zelenskyy’s “peace” — plan… ok";
        for t in Tokenizer.tokenize(text) {
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        }
    }
}
