//! Walking the tokens around a cue: the mention that starts, ends or
//! follows at a token, a mention behind its modifiers or in apposition, the
//! head of a noun phrase before its prepositional phrases, places, dashes,
//! possessive apostrophes and time phrases.
//!
//! Takes an [`Analysis`] and token positions; gives mention indexes and token
//! positions for the rules of the other modules.

use super::*;

/// The mention that starts at token `i` (an outermost one), if any.
pub(super) fn mention_starting(a: &Analysis, i: usize, end: usize) -> Option<usize> {
    if i >= end {
        return None;
    }
    let m = a.mention_at[i]?;
    (a.mentions[m].first == i).then_some(m)
}

/// The mention that ends right before token `end` (exclusive end), if any.
pub(super) fn mention_ending(a: &Analysis, end: usize) -> Option<usize> {
    let m = a.mention_at[end.checked_sub(1)?]?;
    (a.mentions[m].last == end).then_some(m)
}

/// The mention at token `i`, or after a determiner there: "the Roper Center".
pub(super) fn mention_after(a: &Analysis, i: usize, end: usize) -> Option<usize> {
    mention_starting(a, i, end).or_else(|| {
        (i + 1 < end && matches!(a.lower[i].as_str(), "the" | "a" | "an"))
            .then(|| mention_starting(a, i + 1, end))
            .flatten()
    })
}

/// The mention after a determiner and up to three modifiers: "a new Gallup poll", "the nonpartisan Tax Foundation".
pub(super) fn modified_mention(a: &Analysis, i: usize, end: usize) -> Option<usize> {
    // ("a 1989 report from the NTSB": a year modifies too.)
    let plain = |k: usize| matches!(a.tokens[k].kind, TokenKind::Word | TokenKind::Number) && a.mention_at[k].is_none();
    if !matches!(a.lower.get(i)?.as_str(), "the" | "a" | "an") {
        // "according to conservative talk radio host Rush Limbaugh": lowercase words before a name.
        let lowercase = |k: usize| plain(k) && a.tokens[k].text(&a.doc.text).starts_with(char::is_lowercase);
        if let Some(k) = (i..end.min(i + 5)).find(|&k| !lowercase(k))
            && let Some(m) = (k > i).then(|| mention_starting(a, k, end)).flatten()
            && a.mentions[m].kind == MentionKind::Name
        {
            return Some(m);
        }
        // "according to several party officials", "according to Democratic officials": any words
        // that are no name before an unnamed group.
        let k = (i..end.min(i + 5)).find(|&k| !plain(k))?;
        return (k > i)
            .then(|| mention_starting(a, k, end))
            .flatten()
            .filter(|&m| a.mentions[m].kind == MentionKind::Group);
    }
    // (Not past a preposition: "by the end of Trump's term" is no one's.)
    (i + 2..end.min(i + 5))
        .take_while(|&k| plain(k - 1) && !is_phrase_stop(a.lower[k - 1].as_str()))
        .find_map(|k| mention_starting(a, k, end))
}

/// A name in apposition after a short noun phrase starting at `i`: "counterpart, Viktor Osk".
pub(super) fn apposition_after(a: &Analysis, i: usize, end: usize) -> Option<usize> {
    let comma = (i..end.min(i + 5)).find(|&k| a.tokens[k].kind != TokenKind::Word)?;
    if comma == i || a.lower[comma] != "," {
        return None;
    }
    let m = mention_starting(a, comma + 1, end)?;
    let closed = a.mentions[m].last >= end || a.tokens[a.mentions[m].last].kind != TokenKind::Word;
    (a.mentions[m].kind == MentionKind::Name && closed).then_some(m)
}

/// An inner mention (a modifier such as "Ukrainian" in "Ukrainian drone") that ends at token `i`.
pub(super) fn inside_mention_ending(a: &Analysis, i: usize) -> Option<usize> {
    a.mentions_starting_in(i.saturating_sub(8), i + 1)
        .find(|&m| a.mentions[m].last == i + 1 && a.mentions[m].kind == MentionKind::Known)
}

/// Is mention `m` a place (a location or a country)?
pub(super) fn is_place(a: &Analysis, m: usize) -> bool {
    matches!(a.mentions[m].actor, Some(ActorType::Location | ActorType::Country))
}

/// Is the place mention `m` the object of a preposition ("of Texas", "from Englewood")?
pub(super) fn in_place_phrase(a: &Analysis, m: usize) -> bool {
    let f = a.mentions[m].first;
    f > 0 && matches!(a.lower[f - 1].as_str(), "of" | "from" | "in" | "at")
}

/// If token `p` ends a dash ("—", "–", "--" or "- -"), the dash's first token.
pub(super) fn dash_start(a: &Analysis, p: usize, first: usize) -> Option<usize> {
    match a.lower[p].as_str() {
        "—" | "–" | "--" => Some(p),
        "-" if p > first && a.lower[p - 1] == "-" => Some(p - 1),
        // "Donald Trump - who ... - said": a hyphen with a space on each side.
        "-" if p > first
            && p + 1 < a.tokens.len()
            && a.tokens[p - 1].end < a.tokens[p].start
            && a.tokens[p].end < a.tokens[p + 1].start =>
        {
            Some(p)
        }
        _ => None,
    }
}

/// The mention that ends right before the preposition of a phrase starting at token `start`
/// (after an optional article), and the preposition: "attorneys" and "for" in "attorneys for the
/// family".
pub(super) fn mention_before_preposition(a: &Analysis, start: usize, first: usize) -> Option<(usize, usize)> {
    let mut p = start;
    if p > first && matches!(a.lower[p - 1].as_str(), "the" | "a" | "an") {
        p -= 1;
    }
    if p <= first + 1 || !a.is(p - 1, PP_HEAD) {
        return None;
    }
    a.mention_at[p - 2].filter(|&m| a.mentions[m].last == p - 1).map(|m| (m, p - 1))
}

/// The person, role or group mention right before a preposition that ends at token `start`
/// (after an optional article): the head of "attorneys for the family"; or the body before
/// "of": "the Supreme Court of the United Kingdom".
pub(super) fn head_before_preposition(a: &Analysis, start: usize, first: usize) -> Option<usize> {
    let mut p = start;
    // "Nikki Holland of the UK's National Crime Agency": past the body's owner.
    if p > first + 1
        && matches!(a.lower[p - 1].as_str(), "'s" | "’s")
        && let Some(owner) = a.mention_at[p - 2].filter(|&m| a.mentions[m].last == p - 1 || a.mentions[m].last == p)
    {
        p = a.mentions[owner].first;
    }
    let (m, preposition) = mention_before_preposition(a, p, first)?;
    // "Republicans on the committee", but not "Machado on Friday": a time is no group to belong to.
    let time = |w: &str| WEEKDAYS.contains(&w) || MONTHS.contains(&w) || TIME_WORDS.contains(&w);
    if a.lower[preposition] == "on" && time(a.lower[start].as_str()) {
        return None;
    }
    let mention = &a.mentions[m];
    let person_like = matches!(mention.kind, MentionKind::Role | MentionKind::Group | MentionKind::Phrase)
        || (mention.kind == MentionKind::Name && mention.actor == Some(ActorType::Person))
        || mention.actor == Some(ActorType::Group);
    // "The Supreme Court of the United Kingdom ruled": a body of a country or of a larger body.
    // ("The ruling Labour Party in Britain praised": a body in a place.)
    let body_of = mention.actor == Some(ActorType::Organization)
        && (a.lower[preposition] == "of"
            || (a.lower[preposition] == "in"
                && a.mention_at[start].is_some_and(|q| is_place(a, q))
                // (Only a body that opens the sentence: not "wrote to the US Embassy in London".)
                && mention.first <= first + 3
                && (first..mention.first).all(|t| !a.is(t, PP_HEAD) && a.mention_at[t].is_none())));
    (person_like || body_of).then_some(m)
}

/// The person, role or group whose prepositional phrases end at token `end`:
/// "The deputy head of China’s delegation to the forum", "Mr. Smith of the union in Ohio".
pub(super) fn head_before_phrases(a: &Analysis, end: usize, first: usize) -> Option<usize> {
    let p = noun_phrase_before(&a.doc.text, &a.tokens, &a.lower, first, end).filter(NounPhrase::has_phrases)?;
    let noun = p.noun(&a.lower);
    let m = a.mention_at[noun].filter(|&m| a.mentions[m].last == noun + 1)?;
    let mention = &a.mentions[m];
    let person_like = matches!(mention.kind, MentionKind::Role | MentionKind::Group | MentionKind::Phrase)
        || (mention.kind == MentionKind::Name && mention.actor == Some(ActorType::Person));
    person_like.then_some(m)
}

/// An apostrophe that marks a plural possessive ("veterans’ families"), not a quotation.
pub(super) fn possessive_apostrophe(a: &Analysis, p: usize) -> bool {
    let t = &a.tokens[p];
    p > 0
        && matches!(t.text(&a.doc.text), "'" | "’")
        && a.tokens[p - 1].end == t.start
        && a.lower[p - 1].ends_with('s')
        && a.tokens.get(p + 1).is_some_and(|n| n.start > t.end && n.kind == TokenKind::Word)
}

/// The company named after the country adjective `o` and a company noun:
/// "Chinese company Huawei", "Iranian airline Mahan Air".
pub(super) fn company_after_demonym(a: &Analysis, o: usize, last: usize) -> Option<usize> {
    let m = &a.mentions[o];
    let demonym = m.known.as_ref().is_some_and(|k| k.via == Via::Demonym && k.kind == ActorType::Country);
    let noun = m.last;
    if !demonym || noun + 1 >= last || !COMPANY_NOUNS.contains(&a.lower[noun].as_str()) {
        return None;
    }
    mention_starting(a, noun + 1, last).filter(|&n| {
        let name = &a.mentions[n];
        matches!(name.kind, MentionKind::Name | MentionKind::Known)
            && matches!(name.actor, Some(ActorType::Organization) | None)
    })
}

/// The first token of a short time phrase ending at token `k` ("on Tuesday",
/// "in 2010", "last week", "this month"), if there is one.
pub(super) fn time_phrase_start(a: &Analysis, k: usize, first: usize) -> Option<usize> {
    let w = a.lower[k].as_str();
    let year = w.len() == 4 && w.chars().all(|c| c.is_ascii_digit());
    let day = WEEKDAYS.contains(&w) || matches!(w, "yesterday" | "today");
    let unit = matches!(w, "week" | "month" | "year" | "night" | "morning" | "afternoon" | "evening" | "weekend");
    // "in August", "in late August", "last September" ("may" is a verb more often than a month).
    let month =
        (MONTHS.contains(&w) || MONTH_ABBREVIATIONS.contains(&w)) && w != "may" && a.tokens[k].kind == TokenKind::Word;
    // "in the past", "over the past two years", "in recent weeks".
    let units = matches!(w, "weeks" | "months" | "years" | "days" | "decades" | "decade");
    if (w == "past" || unit || units) && k > first + 1 {
        let mut p = k;
        while p > first + 1
            && (a.tokens[p - 1].kind == TokenKind::Number
                || matches!(a.lower[p - 1].as_str(), "few" | "several" | "two" | "three"))
        {
            p -= 1;
        }
        let span_word =
            if w == "past" { p == k } else { matches!(a.lower[p - 1].as_str(), "past" | "last" | "recent") };
        if span_word {
            let mut q = if w == "past" { k } else { p - 1 };
            if q > first && a.lower[q - 1] == "the" {
                q -= 1;
            }
            if q > first && matches!(a.lower[q - 1].as_str(), "in" | "over" | "during" | "for") {
                return Some(q - 1);
            }
        }
    }
    if !(year || day || unit || month) || k == first {
        return None;
    }
    let before = a.lower[k - 1].as_str();
    // "on Thursday evening", "yesterday morning": the day opens the phrase.
    if unit && (WEEKDAYS.contains(&before) || before == "yesterday") {
        return time_phrase_start(a, k - 1, first);
    }
    if matches!(before, "on" | "in" | "last" | "this" | "earlier" | "late" | "early" | "during" | "mid") {
        let p = k - 1;
        // "earlier this week", "in late August"
        let extra = p > first
            && (matches!(a.lower[p - 1].as_str(), "earlier" | "later")
                || (matches!(before, "late" | "early" | "mid") && a.lower[p - 1] == "in"));
        return Some(if extra { p - 1 } else { p });
    }
    // "Sanders Tuesday said"
    (day && !matches!(before, "," | "the")).then_some(k)
}
