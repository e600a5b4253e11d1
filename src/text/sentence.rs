//! Sentence splitting over tokens.
//!
//! A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes and
//! brackets that follow) and at every line break. A dot after a known
//! abbreviation ("Mr.", "Jan.", "Gen.") does not end a sentence, nor does a
//! dotted abbreviation ("U.S.") unless the next word plainly starts one.
//!
//! A run of more than [`MAX_SENTENCE_TOKENS`] tokens without an end (text
//! without punctuation, a table flattened to one line) is cut into pieces of
//! at most that many tokens. Real news sentences are far shorter (in the
//! shared corpora 99.9% have under 100 tokens); the cap bounds the work per
//! sentence and the size of the evidence every record repeats, which would
//! otherwise grow with the square of the input on such text.

use super::{Token, TokenKind};

/// A sentence: a token range and its byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Index of the first token.
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// The most tokens a sentence may have; longer runs are cut.
pub const MAX_SENTENCE_TOKENS: usize = 256;

/// Splits a token stream into [`Sentence`]s.
#[derive(Debug, Default, Clone, Copy)]
pub struct SentenceSplitter;

/// Words after which a dot never ends a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "maj", "adm", "cmdr",
    "st", "jr", "sr", "inc", "corp", "ltd", "co", "vs", "no", "nos", "fig", "jan", "feb", "mar", "apr", "aug", "sept",
    "sep", "oct", "nov", "dec", "mt", "ft", "rev", "hon", "pres", "gov't", "del", "sens", "reps", "supt", "atty",
    "dept", "est", "approx", "e.g", "i.e",
];

/// The length of the longest of [`ABBREVIATIONS`]: a longer word is none of them.
const MAX_ABBREVIATION_BYTES: usize = {
    let mut max = 0;
    let mut k = 0;
    while k < ABBREVIATIONS.len() {
        if ABBREVIATIONS[k].len() > max {
            max = ABBREVIATIONS[k].len();
        }
        k += 1;
    }
    max
};

/// A word of at most eight bytes as an integer, ASCII letters lowercased:
/// [`ABBREVIATIONS`] are compared so, one integer each, instead of byte by byte.
const fn abbreviation_key(word: &[u8]) -> u64 {
    let mut key = 0;
    let mut k = 0;
    while k < word.len() && k < 8 {
        key |= (word[k].to_ascii_lowercase() as u64) << (8 * k);
        k += 1;
    }
    key
}

/// [`abbreviation_key`] of each of [`ABBREVIATIONS`] (all of them shorter than eight bytes).
const ABBREVIATION_KEYS: [u64; ABBREVIATIONS.len()] = {
    assert!(MAX_ABBREVIATION_BYTES <= 8);
    let mut keys = [0; ABBREVIATIONS.len()];
    let mut k = 0;
    while k < ABBREVIATIONS.len() {
        keys[k] = abbreviation_key(ABBREVIATIONS[k].as_bytes());
        k += 1;
    }
    keys
};

/// Words that, after a dotted abbreviation such as "U.S.", start a new sentence.
const STARTERS: &[&str] = &[
    "The",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "In",
    "On",
    "But",
    "A",
    "An",
    "This",
    "That",
    "There",
    "His",
    "Her",
    "Their",
    "Its",
    "However",
    "After",
    "When",
    "As",
    "At",
    "For",
    "If",
    "Meanwhile",
    "Officials",
    "According",
];

impl SentenceSplitter {
    /// Splits `tokens` of `text` into sentences covering every token.
    pub fn split(&self, text: &str, tokens: &[Token]) -> Vec<Sentence> {
        let mut out = Vec::new();
        self.split_into(text, tokens, &mut out);
        out
    }

    /// [`SentenceSplitter::split`] into `out`, emptied first: a vector kept
    /// from one document to the next is not allocated again.
    pub(crate) fn split_into(&self, text: &str, tokens: &[Token], out: &mut Vec<Sentence>) {
        // (A sentence has a few dozen tokens: room for one per sixteen seldom grows.)
        super::emptied(out, tokens.len() / 16 + 1);
        let bytes = text.as_bytes();
        let mut first = 0;
        let mut i = 0;
        while let Some(&token) = tokens.get(i) {
            if i > first && (token.newline_before || i - first >= MAX_SENTENCE_TOKENS) {
                push(out, tokens, first, i);
                first = i;
            }
            // Only a token ending in `.`, `!`, `?` or `…` (whose last byte is
            // 0xA6) can end a sentence: every other token is passed over on
            // its last byte, without taking its text apart.
            let may_end_at = |t: &Token| bytes.get(t.end.wrapping_sub(1)).is_some_and(|&b| may_end(b));
            if !may_end_at(&token) {
                i += 1;
                // (The tokens after it that neither open a line nor may end a sentence, short of
                // the longest sentence, in a loop of their own: they change nothing above.)
                let most = tokens.len().min(first + MAX_SENTENCE_TOKENS);
                while i < most && !tokens[i].newline_before && !may_end_at(&tokens[i]) {
                    i += 1;
                }
                continue;
            }
            let t = tokens[i].text(text);
            let ends = match t {
                // "(R-Ga.)": a dot inside short brackets ends nothing.
                // "R-Ky., said", "approx. five": a dot before a comma or a lowercase word ends nothing.
                "." => {
                    !after_abbreviation(text, tokens, i)
                        && !before_time_zone(text, tokens, i)
                        && !inside_brackets(text, tokens, first, i)
                        && !tokens.get(i + 1).is_some_and(|n| {
                            !n.newline_before
                                && (matches!(n.text(text), "," | ";")
                                    || n.text(text).chars().next().is_some_and(char::is_lowercase))
                        })
                }
                "!" | "?" | "…" | "..." => true,
                _ => {
                    tokens[i].kind == TokenKind::Word
                        && t.len() > 2
                        && t.ends_with('.')
                        && tokens.get(i + 1).is_some_and(|n| STARTERS.contains(&n.text(text)) && !n.newline_before)
                }
            };
            i += 1;
            if ends {
                // Closing quotes and brackets belong to the sentence they close.
                while i < tokens.len()
                    && i - first < MAX_SENTENCE_TOKENS
                    && !tokens[i].newline_before
                    && matches!(tokens[i].text(text), "”" | "\"" | "’" | "'" | ")" | "]")
                    && closes(text, tokens, i)
                {
                    i += 1;
                }
                // "“Is he running?” asked Smith": a question or exclamation before a lowercase
                // word on the same line goes on.
                let quoted = tokens[i - 1].kind == TokenKind::Quote;
                let goes_on = matches!(t, "!" | "?")
                    && quoted
                    && tokens.get(i).is_some_and(|n| {
                        !n.newline_before
                            && n.kind == TokenKind::Word
                            && n.text(text).chars().next().is_some_and(char::is_lowercase)
                    });
                if !goes_on {
                    push(out, tokens, first, i);
                    first = i;
                }
            }
        }
        if first < tokens.len() {
            push(out, tokens, first, tokens.len());
        }
    }
}

/// Is token `i` inside a short bracket pair that opened in this sentence?
fn inside_brackets(text: &str, tokens: &[Token], first: usize, i: usize) -> bool {
    // Brackets are one-byte tokens: compared as bytes, not as strings.
    let byte = |k: usize| {
        let t = &tokens[k];
        if t.end == t.start + 1 { text.as_bytes().get(t.start).copied() } else { None }
    };
    // (The closing bracket first: it is looked for over three tokens, the opening one over eight,
    // and most dots have neither.)
    (i + 1..tokens.len().min(i + 4)).any(|k| byte(k) == Some(b')') && !tokens[k].newline_before)
        && (first..i)
            .rev()
            .take(8)
            .find(|&k| matches!(byte(k), Some(b'(' | b')')))
            .is_some_and(|k| byte(k) == Some(b'('))
}

/// May a token whose last byte is `b` end a sentence (`.`, `!`, `?`, the last byte of `…`)?
fn may_end(b: u8) -> bool {
    matches!(b, b'.' | b'!' | b'?' | 0xA6)
}

fn push(out: &mut Vec<Sentence>, tokens: &[Token], first: usize, last: usize) {
    out.push(Sentence { first, last, start: tokens[first].start, end: tokens[last - 1].end });
}

fn after_abbreviation(text: &str, tokens: &[Token], i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).map(|p| &tokens[p]) else {
        return false;
    };
    if prev.end != tokens[i].start {
        return false;
    }
    let word = prev.text(text);
    // The list is lowercase ASCII: compared so, no lowercase copy is needed.
    if word.len() <= MAX_ABBREVIATION_BYTES && ABBREVIATION_KEYS.contains(&abbreviation_key(word.as_bytes())) {
        // "No. 10", "Fig. 2": a numbering word is an abbreviation only before its number
        // ("Labour said no. Tesla said yes." ends a sentence).
        let numbering = ["no", "nos", "fig"].iter().any(|n| n.eq_ignore_ascii_case(word));
        return !numbering
            || tokens.get(i + 1).is_some_and(|n| n.text(text).starts_with(|c: char| c.is_ascii_digit() || c == '#'));
    }
    // A single capital letter followed by a dot is an initial ("John F. Kennedy").
    word.chars().count() == 1 && word.chars().all(char::is_uppercase)
}

/// Time zones written after a time ("ABC reported" after "9 p.m." starts a sentence).
const TIME_ZONES: &[&str] = &[
    "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "UTC", "GMT", "BST", "CET", "CEST",
    "EET", "JST", "KST", "IST", "AEST", "AEDT", "HKT", "SGT",
];

/// Days written after a time: "at 9 a.m. Friday".
const AFTER_A_TIME: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// "at 9:54 a.m. ET (1354 UTC)", "at 9 a.m. Friday": the dot of "a.m." or "p.m." before a time
/// zone's capitals or a day.
fn before_time_zone(text: &str, tokens: &[Token], i: usize) -> bool {
    // (However the tokeniser cut "a.m": the bytes before the dot tell.)
    let before = text.as_bytes().get(tokens[i].start.saturating_sub(3)..tokens[i].start);
    let clock = before.is_some_and(|b| b.eq_ignore_ascii_case(b"a.m") || b.eq_ignore_ascii_case(b"p.m"));
    // (The zone is looked up only after a clock time, which few dots end.)
    clock
        && tokens.get(i + 1).is_some_and(|n| {
            !n.newline_before && (TIME_ZONES.contains(&n.text(text)) || AFTER_A_TIME.contains(&n.text(text)))
        })
}

/// A straight quote after a sentence end closes a quotation only when it is
/// not followed directly by a word (which would make it an opening quote).
fn closes(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = tokens[i].text(text);
    if matches!(t, "”" | ")" | "]") {
        return true;
    }
    match tokens.get(i + 1) {
        None => true,
        Some(next) => next.newline_before || next.start > tokens[i].end,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Tokenizer;

    fn sentences(text: &str) -> Vec<&str> {
        let tokens = Tokenizer.tokenize(text);
        SentenceSplitter.split(text, &tokens).iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(
            sentences("Mr. Smith met the U.S. envoy on Jan. 5. Gen. Lee left."),
            ["Mr. Smith met the U.S. envoy on Jan. 5.", "Gen. Lee left."]
        );
    }

    #[test]
    fn a_day_after_a_clock_time_goes_on() {
        assert_eq!(
            sentences("The vote began at 9 a.m. Friday, officials said. It ended at 5 p.m. Polls closed."),
            ["The vote began at 9 a.m. Friday, officials said.", "It ended at 5 p.m.", "Polls closed."]
        );
    }

    #[test]
    fn numbering_words_are_abbreviations_only_before_a_number() {
        assert_eq!(
            sentences("He lives at No. 10 Downing Street. Labour said no. Tesla said yes."),
            ["He lives at No. 10 Downing Street.", "Labour said no.", "Tesla said yes."]
        );
    }

    #[test]
    fn dotted_abbreviation_can_end_a_sentence() {
        assert_eq!(
            sentences("He flew to the U.S. The trip was short."),
            ["He flew to the U.S.", "The trip was short."]
        );
    }

    #[test]
    fn quotes_and_lines() {
        assert_eq!(
            sentences("Headline here\n\n“We agree.” Putin said so. “Fine,” he said!"),
            ["Headline here", "“We agree.”", "Putin said so.", "“Fine,” he said!"]
        );
        assert_eq!(sentences("\"It is over.\" He left."), ["\"It is over.\"", "He left."]);
        // A question or exclamation before a lowercase word goes on: "“…?” asked Smith".
        assert_eq!(
            sentences("“Is it over?” asked Ann Lee. “No!” he said. Why? Nobody knows."),
            ["“Is it over?” asked Ann Lee.", "“No!” he said.", "Why?", "Nobody knows."]
        );
    }

    #[test]
    fn long_runs_are_cut() {
        let text = "Putin met Trump and ".repeat(200);
        let tokens = Tokenizer.tokenize(&text);
        let split = SentenceSplitter.split(&text, &tokens);
        assert_eq!(split.len(), tokens.len().div_ceil(MAX_SENTENCE_TOKENS));
        assert!(split.iter().all(|s| s.last - s.first <= MAX_SENTENCE_TOKENS));
        assert!(split.windows(2).all(|w| w[0].last == w[1].first), "every token in one sentence");
    }
}
