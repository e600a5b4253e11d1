//! Unnamed speakers that are whole noun phrases before their verb: quantities of
//! people ("six in 10 say", "most of those polled said") and role or group nouns
//! with prepositional phrases after them ("a spokesman for the buyer said",
//! "people familiar with the talks say").
//!
//! Takes the tokens and lowercase forms of one sentence and the position of a
//! statement verb; gives the token range of the subject phrase and of the words
//! that name it. Without a parser, the phrase is found by walking left over
//! words that may belong to a noun phrase and stopping at verbs, clause words and
//! punctuation, so a rule only fires where the noun phrase is unambiguous.

use super::lexicon::{Lexicon, WordInfo};
use super::lower::Lower;
use super::words::{LY_NOUNS, is_determiner, is_gap_word, is_number_word, is_phrase_stop, is_year, word_set};
use crate::text::{Token, TokenKind};

/// Prepositions that may join a phrase to the noun it describes.
const PREPOSITIONS: &[&str] =
    &["of", "for", "at", "in", "on", "with", "to", "from", "among", "across", "around", "like", "out"];

word_set!(
    /// Whether `w` is one of [`PREPOSITIONS`].
    is_preposition,
    PREPOSITIONS
);

/// Words that head a quantity of people: "half said", "a majority of voters say".
const QUANTITY_HEADS: &[&str] = &[
    "half",
    "third",
    "thirds",
    "quarter",
    "quarters",
    "fifth",
    "fifths",
    "majority",
    "majorities",
    "plurality",
    "minority",
    "most",
    "many",
    "several",
    "few",
    "others",
    "another",
    "percent",
    "%",
];

word_set!(
    /// Whether `w` is one of [`QUANTITY_HEADS`].
    is_quantity_head,
    QUANTITY_HEADS
);

/// Words that may come before a quantity: "about one in five", "more than half", "just shy of".
const QUANTITY_OPENERS: &[&str] = &[
    "a",
    "an",
    "the",
    "about",
    "nearly",
    "almost",
    "roughly",
    "around",
    "some",
    "just",
    "only",
    "over",
    "more",
    "fewer",
    "less",
    "than",
    "at",
    "least",
    "fully",
    "barely",
    "slightly",
    "well",
    "under",
    "vast",
    "slim",
    "narrow",
    "clear",
    "overwhelming",
    "all",
];

word_set!(
    /// Whether `w` is one of [`QUANTITY_OPENERS`].
    is_quantity_opener,
    QUANTITY_OPENERS
);

/// Participles of polling: "those surveyed said", "voters polled say".
const POLLED: &[&str] = &["surveyed", "polled", "interviewed", "questioned", "sampled", "asked"];

/// Unnamed people that are not in the group-noun or title lexicons because
/// they are not groups or titles of their own: "a person familiar with ...".
const PEOPLE: &[&str] = &[
    "people",
    "person",
    "source",
    "sources",
    "insider",
    "insiders",
    "respondent",
    "respondents",
    "proponents",
    "opponents",
    "participants",
    "attendees",
    "man",
    "men",
    "woman",
    "women",
    "mother",
    "father",
    "wife",
    "husband",
    "son",
    "daughter",
    "brother",
    "sister",
    "widow",
    "family",
    "friend",
    "friends",
    "colleague",
    "colleagues",
    "panel",
    "committee",
    "board",
    "commission",
    "council",
];

/// Adjectives and participles between a speaker noun and its phrase: "people familiar with",
/// "sources close to", "officials briefed on".
const LINKS: &[&str] = &[
    "familiar",
    "close",
    "privy",
    "knowledgeable",
    "loyal",
    "sympathetic",
    "opposed",
    "aligned",
    "briefed",
    "involved",
    "based",
    "polled",
    "surveyed",
    "interviewed",
    "quoted",
    "present",
];

word_set!(
    /// Whether `w` is one of [`LINKS`].
    is_link,
    LINKS
);

/// A noun phrase that ends before a verb, with the prepositional phrases after its noun.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct NounPhrase {
    /// First token of the phrase.
    pub first: usize,
    /// First token after the openers of a quantity ("about", "more than") and the articles.
    pub words: usize,
    /// One past the head part: the first preposition, or the end.
    pub head_end: usize,
    /// One past the last token of the phrase.
    pub end: usize,
}

impl NounPhrase {
    /// The noun of the head part: "person" in "a person familiar with", "spokesman" in "a spokesman for".
    pub fn noun(&self, lower: &[Lower]) -> usize {
        let head = self.head_end - 1;
        let w = lower[head].as_str();
        let linked = self.head_end < self.end && is_link(w) && head > self.words;
        if linked { head - 1 } else { head }
    }

    /// Has the noun prepositional phrases after it?
    pub fn has_phrases(&self) -> bool {
        self.head_end < self.end
    }
}

/// Is token `k` a number, a number word or a number written with a hyphen ("thirty-one", "three-in-five")?
fn number(tokens: &[Token], lower: &[Lower], k: usize) -> bool {
    let w = lower[k].as_str();
    // A year is not a quantity of people: "in 2016 one in five voters said".
    (tokens[k].kind == TokenKind::Number && !is_year(w))
        // ("a million tweets": a magnitude is no count of people.)
        || (is_number_word(w) && !matches!(w, "thousand" | "million" | "billion"))
        || (w.contains('-') && w.split('-').all(|p| is_number_word(p) || matches!(p, "in" | "of" | "out")))
}

/// Does token `k` head a quantity of people?
fn quantity_head(tokens: &[Token], lower: &[Lower], k: usize) -> bool {
    // "some of the women", "all of them".
    let of_phrase = matches!(lower[k].as_str(), "some" | "all" | "none" | "each" | "any")
        && lower.get(k + 1).is_some_and(|n| n == "of");
    of_phrase
        || number(tokens, lower, k)
        || is_quantity_head(lower[k].as_str())
        // (Its last part after a hyphen: "two-thirds". A word without one was asked about just above.)
        || lower[k].bytes().rposition(|b| b == b'-').is_some_and(|at| is_quantity_head(&lower[k][at + 1..]))
}

/// Does token `k` open a quantity ("about", "more than", "at least")?
fn opener(lower: &[Lower], k: usize) -> bool {
    let w = lower[k].as_str();
    is_quantity_opener(w) && (w != "at" || lower.get(k + 1).is_some_and(|n| n == "least"))
}

/// May token `k` be part of a subject noun phrase?
fn in_phrase(text: &str, tokens: &[Token], lower: &[Lower], k: usize) -> bool {
    let w = lower[k].as_str();
    match tokens[k].kind {
        TokenKind::Word => {
            // Verbs end the phrase: "Obama called for ...", "joining forces with ... to help"
            // (but not names: "the United Nations", "the Housing Authority").
            let lowercase = || text[tokens[k].start..].starts_with(|c: char| c.is_lowercase());
            // After a determiner it is a noun or an adjective: "familiar with the planning".
            let determined = || k > 0 && is_determiner(lower[k - 1].as_str());
            // (Each test is made only when the ones before it pass: this runs for most tokens near
            // every speech verb.)
            let participle = || {
                w.len() > 4 && (w.ends_with("ing") || w.ends_with("ed")) && lowercase() && !is_link(w) && !determined()
            };
            // "to" before a noun phrase is a preposition ("delegation to the forum", "an aide to
            // Smith", "sources close to"), before anything else an infinitive.
            let noun_after = || {
                lower.get(k + 1).is_some_and(|n| is_determiner(n.as_str()) || n.starts_with(char::is_numeric))
                    || tokens.get(k + 1).is_some_and(|n| text[n.start..].starts_with(char::is_uppercase))
                    || (k > 0 && is_link(lower[k - 1].as_str()))
            };
            let verb = || participle() || (w == "to" && !noun_after());
            // "Political observers in Virginia and around the country say": "and" joining two phrases.
            let joins_phrases = || w == "and" && lower.get(k + 1).is_some_and(|n| is_preposition(n.as_str()));
            // "a source close to him", "an aide to her": a pronoun after a preposition; "the judge
            // in that case": a demonstrative after one is its determiner.
            let after_preposition = || {
                matches!(w, "him" | "her" | "them" | "that" | "this" | "these" | "those")
                    && k > 0
                    && is_preposition(lower[k - 1].as_str())
            };
            (!is_phrase_stop(w) || is_preposition(w) || is_quantity_opener(w) || joins_phrases() || after_preposition())
                && !verb()
        }
        TokenKind::Number => true,
        // "%", and a hyphen inside a word: "the 34-year-old mother of three".
        TokenKind::Punct => {
            w == "%"
                || (w == "-"
                    && k > 0
                    && tokens[k - 1].end == tokens[k].start
                    && tokens.get(k + 1).is_some_and(|n| n.start == tokens[k].end))
        }
        // A lone apostrophe after a plural marks a possessive: "voters’ views".
        TokenKind::Quote => {
            k > 0 && matches!(w, "'" | "’") && tokens[k - 1].end == tokens[k].start && lower[k - 1].ends_with('s')
        }
    }
}

/// The noun phrase that ends right before token `end` (the verb, or the
/// auxiliaries and adverbs before it) in a sentence starting at token `first`.
pub(super) fn noun_phrase_before(
    text: &str,
    tokens: &[Token],
    lower: &[Lower],
    first: usize,
    end: usize,
) -> Option<NounPhrase> {
    let mut start = end;
    while start > first && end - start < 14 && in_phrase(text, tokens, lower, start - 1) {
        start -= 1;
    }
    // The phrase starts with its noun, not with a preposition: "in Ohio voters said" is not one
    // phrase; nor with the year of a time phrase: "in 2016 one in five voters said".
    let year = |k: usize| tokens[k].kind == TokenKind::Number && lower[k].len() == 4;
    while start < end && ((is_preposition(lower[start].as_str()) && !opener(lower, start)) || year(start)) {
        start += 1;
    }
    // "Some say": "some" on its own before the verb is a quantity, not a determiner.
    let some = start + 1 == end && lone_quantity(lower[start].as_str());
    // ("One in three said": a number word at the end is the quantity.)
    // ("a mother of three said": a number after "of" ends the phrase too.)
    let counted = end - start >= 3 && matches!(lower[end - 2].as_str(), "in" | "of") && number(tokens, lower, end - 1);
    if start == end || (!some && !counted && (is_preposition(&lower[end - 1]) || is_determiner(&lower[end - 1]))) {
        return None;
    }
    let mut words = start;
    while words < end && opener(lower, words) && !quantity_head(tokens, lower, words) {
        words += 1;
    }
    if some {
        words = start;
    }
    // The head part ends at the first preposition: "a spokesman | for the buyer".
    let head_end = (words..end).find(|&k| is_preposition(lower[k].as_str()) && !opener(lower, k)).unwrap_or(end);
    (words < head_end).then_some(NounPhrase { first: start, words, head_end, end })
}

/// Words of quantity that stand for people on their own before a verb: "Some say", "Many
/// believe", "Most agree", "Another said".
fn lone_quantity(w: &str) -> bool {
    matches!(w, "some" | "many" | "most" | "several" | "another")
}

/// An unnamed subject phrase found before a verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct SubjectPhrase {
    /// First token of the phrase.
    pub first: usize,
    /// One past its last token (the verb, or the words between subject and verb, follow).
    pub last: usize,
    /// The tokens that name the speaker: the quantity, or the noun and its modifiers.
    pub name: (usize, usize),
}

/// The unnamed subject phrase that ends right before token `end`, in a sentence starting at
/// token `first`, if there is one:
/// a quantity of people, people who were polled, or a role or group noun with
/// prepositional phrases after it. `named` tells the tokens of names, roles and
/// pronouns, which other rules take as speakers.
pub(super) fn subject_phrase(
    lexicon: &Lexicon,
    text: &str,
    tokens: &[Token],
    lower: &[Lower],
    named: &[bool],
    (first, end): (usize, usize),
    singular_verb: bool,
) -> Option<SubjectPhrase> {
    let p = noun_phrase_before(text, tokens, lower, first, end)?;
    let (words, head) = (p.words, p.head_end - 1);
    // "six in 10", "two-thirds of Democratic insiders", "42 percent", "half".
    let quantity = (words..p.head_end).all(|k| quantity_head(tokens, lower, k) || opener(lower, k))
        && quantity_head(tokens, lower, head);
    // "Some say", "many believe": a quantity on its own before the verb.
    let quantity = quantity || (p.head_end == end && head == words && lone_quantity(lower[head].as_str()));
    // A year is not a quantity of people: "in 2016 said".
    let year = p.head_end == words + 1 && tokens[words].kind == TokenKind::Number && lower[words].len() == 4;
    // "the two said": people named before, not a quantity.
    let counted = !(words > p.first && lower[words - 1] == "the" && !p.has_phrases() && number(tokens, lower, head));
    // "those surveyed", "Cuban-Americans polled".
    let polled = head > words && POLLED.contains(&lower[head].as_str()) && !named[head - 1];
    // "in one tweet", "by one estimate": after "one" or "another" a verb's base form is a noun.
    let singular = p.head_end == end && matches!(lower[head].as_str(), "one" | "another");
    let agrees = !singular || singular_verb;
    // "Woodrow Benford, 58, who lives outside Minneapolis, says": an age after a name, not a count.
    let age = p.first == words
        && p.head_end == words + 1
        && tokens[words].kind == TokenKind::Number
        && p.first > first + 1
        && lower[p.first - 1] == ","
        && named[p.first - 2]
        && lower.get(end).is_some_and(|w| w == ",");
    if (quantity && !year && counted && agrees && !age) || polled {
        // The name is the quantity and what it counts, at most eight words that do not end on a
        // preposition, article or possessive: "about 40 percent of the company’s workers said".
        let mut name_end = end.min(words + 8);
        while name_end > words + 1 && matches!(lower[name_end - 1].as_str(), "of" | "in" | "'s" | "the" | "a" | "an") {
            name_end -= 1;
        }
        return Some(SubjectPhrase { first: p.first, last: end, name: (words, name_end) });
    }
    // A noun with a phrase after it: "a source familiar with the talks", "people briefed on the plan".
    let noun = p.noun(lower);
    // "Those close to him say", "those familiar with the plan said".
    let those = lower[noun] == "those" && lower.get(noun + 1).is_some_and(|w| is_link(w.as_str()));
    let speaker = speaker_noun(lexicon, lower[noun].as_str()) || those;
    (p.has_phrases() && noun >= words && !named[noun] && speaker).then_some(SubjectPhrase {
        first: p.first,
        last: end,
        name: (words, noun + 1),
    })
}

/// The unnamed subject phrase before a relative clause that ends right before
/// token `end`: "People who attended the meeting said", "Officials who spoke on
/// condition of anonymity said". The clause opens with "who" followed by its
/// verb (not "the officials who Trump said had lied", where "said" is inside the
/// clause), holds no punctuation, and its noun is a role, a group or people.
/// The phrase ends before "who"; its name is the noun and its modifiers.
pub(super) fn relative_subject_phrase(
    lexicon: &Lexicon,
    text: &str,
    tokens: &[Token],
    lower: &[Lower],
    named: &[bool],
    (first, end): (usize, usize),
) -> Option<SubjectPhrase> {
    let who = (end.saturating_sub(15).max(first + 1)..end)
        .rev()
        .take_while(|&t| matches!(tokens[t].kind, TokenKind::Word | TokenKind::Number))
        .find(|&t| lower[t] == "who")?;
    let verb_after = who + 1 < end
        && !named[who + 1]
        && (!is_phrase_stop(lower[who + 1].as_str()) || is_gap_word(lower[who + 1].as_str()));
    if !verb_after {
        return None;
    }
    let p = noun_phrase_before(text, tokens, lower, first, who)?;
    let noun = p.noun(lower);
    // Not an apposition: in "Geoff Garin, a pollster who advises the group, said" Garin speaks.
    let apposition = p.first > first && lower[p.first - 1] == ",";
    if noun < p.words || named[noun] || apposition {
        return None;
    }
    speaker_noun(lexicon, lower[noun].as_str()).then_some(SubjectPhrase {
        first: p.first,
        last: who,
        name: (p.words, noun + 1),
    })
}

/// Is this lowercase noun a speaker of its own: people, a role, or a group?
fn speaker_noun(lexicon: &Lexicon, w: &str) -> bool {
    let classes = lexicon.classes(w);
    PEOPLE.contains(&w)
        || lexicon.title(w).is_some()
        || classes.is(WordInfo::GROUP_NOUN)
        || classes.is(WordInfo::PLURAL_TITLE)
}

/// Skips auxiliaries and adverbs left of the verb at `cue`, and one adverb set
/// off by commas: "Others, however, say".
pub(super) fn before_gap_words(lower: &[Lower], cue: usize, first: usize) -> usize {
    // "-ly" after a determiner or an owner is a noun: "the family", "the rally", "Scott's family".
    let adverb = |k: usize| {
        lower[k].ends_with("ly")
            && lower[k].len() > 4
            && !LY_NOUNS.contains(&lower[k].as_str())
            && !(k > 0 && (is_determiner(lower[k - 1].as_str()) || lower[k - 1] == "'s"))
    };
    let gap = |k: usize| is_gap_word(lower[k].as_str()) || adverb(k);
    let mut k = cue;
    // "Police yesterday said": a day right before the verb.
    if k > first && matches!(lower[k - 1].as_str(), "yesterday" | "today" | "tonight") {
        k -= 1;
    }
    while k > first && gap(k - 1) && lower[k - 1] != "to" {
        k -= 1;
    }
    if k >= first + 3 && lower[k - 1] == "," && gap(k - 2) && lower[k - 3] == "," {
        k -= 3;
    }
    k
}
