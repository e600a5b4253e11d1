//! The clause around a cue: the auxiliaries and adverbs before it, a verb
//! coordinated with the one before, the subject that opens the sentence or a
//! clause, infinitives of purpose ("took to Twitter to say", "went on to
//! criticize"), intransitive uses, headline words that are no verbs, the
//! owner before a possessed noun, and the support a poll measures ("Polls
//! showed support for de Blasio").
//!
//! Takes an [`Analysis`] and token positions; gives positions, mentions and
//! yes-or-no answers for the rules of the other modules.

use super::*;

/// Token `k` is "’s" standing for "is" or "has" after a pronoun: "He’s claiming".
pub(super) fn contracted_verb(a: &Analysis, k: usize, first: usize) -> bool {
    k > first
        && a.lower[k] == "'s"
        && (a.mention_at[k - 1].is_some_and(|m| a.mentions[m].kind == MentionKind::Pronoun)
            || matches!(a.lower[k - 1].as_str(), "that" | "who" | "there"))
}

/// The first of the auxiliaries and adverbs ("has", "also", "repeatedly") right before token `c0`.
pub(super) fn past_gap_words(a: &Analysis, c0: usize, first: usize) -> usize {
    let mut k = c0;
    // "-ly" after a determiner is a noun: "the family said".
    let adverb = |k: usize| {
        a.lower[k].ends_with("ly")
            && a.lower[k].len() > 4
            && !(k > first && NOT_BEFORE_VERB.contains(&a.lower[k - 1].as_str()))
    };
    while k > first && (adverb(k - 1) || (a.is(k - 1, GAP_WORD) && a.lower[k - 1] != "to")) {
        k -= 1;
    }
    k
}

/// A verb coordinated with the one before: "... and (repeatedly) says".
pub(super) fn after_and(a: &Analysis, c0: usize, first: usize) -> bool {
    let k = past_gap_words(a, c0, first);
    // "... and said", "..., but later told reporters", "..., then says"
    k > first
        && (matches!(a.lower[k - 1].as_str(), "and" | "but")
            // "..., then says", "... openness from others, yet refuses to ...".
            || (a.lower[k - 1] == "," && matches!(a.lower[k].as_str(), "then" | "yet"))
            || (a.lower[k - 1] == "yet" && k > first + 1 && a.lower[k - 2] == ","))
}

/// The closest actor before `end` that opens a clause: not after a preposition,
/// and followed by a verb-like word rather than a preposition or punctuation.
pub(super) fn clause_subject(a: &Analysis, first: usize, end: usize) -> Option<usize> {
    let mut k = end;
    while k > first {
        k -= 1;
        // A quotation closes the clause: "“It is late,” Haddad said, adding ..." has no subject "It".
        if a.tokens[k].kind == TokenKind::Quote && !possessive_apostrophe(a, k) {
            return None;
        }
        let Some(m) = a.mention_at[k] else { continue };
        let mention = &a.mentions[m];
        if mention.last != k + 1 {
            continue;
        }
        k = mention.first;
        let after = mention.last;
        if after >= end || a.tokens[after].kind != TokenKind::Word {
            continue;
        }
        let next = a.lower[after].as_str();
        let verb_like = a.is(after, GAP_WORD) && next != "to";
        // ("about the Proud Boys": past an article.)
        let opening = if mention.first > first + 1 && matches!(a.lower[mention.first - 1].as_str(), "the" | "a" | "an")
        {
            mention.first - 1
        } else {
            mention.first
        };
        let after_preposition = opening > first
            && matches!(
                a.lower[opening - 1].as_str(),
                "of" | "to" | "with" | "by" | "for" | "about" | "against" | "on" | "from" | "in" | "at"
            );
        if verb_like && !after_preposition && a.mentions[m].kind != MentionKind::Phrase && next != "'s" {
            return Some(m);
        }
    }
    None
}

/// Is the cue at `c0` an infinitive of purpose: "took to Twitter to say", "visited the show to discuss"?
pub(super) fn infinitive_of_purpose(a: &Analysis, c0: usize, first: usize) -> bool {
    // Not a verb of knowing or writing ("the right to know", "markers to write notes"), nor the
    // purpose of a meeting ("met Witkoff to discuss a ceasefire": the meeting is the relation), nor
    // after a verb or noun that takes an infinitive ("needs to tell", "the opportunity to comment").
    let speech = !matches!(
        a.lower[c0].as_str(),
        "know"
            | "see"
            | "think"
            | "read"
            | "write"
            | "mention"
            | "comment"
            | "justify"
            | "convince"
            | "find"
            | "discuss"
            | "talk"
            | "speak"
    );
    let before = a.lower[c0 - 2].as_str();
    let takes_infinitive = CONTROL_VERBS.contains(&before)
        || matches!(
            before,
            "need"
                | "needs"
                | "needed"
                | "have"
                | "has"
                | "had"
                | "right"
                | "able"
                | "unable"
                | "help"
                | "helped"
                | "helps"
                | "seem"
                | "seems"
                | "seemed"
                | "opportunity"
                | "chance"
                | "continue"
                | "continues"
                | "continuing"
                | "continued"
                | "going"
                | "used"
                | "allowing"
                | "allow"
                | "allows"
                | "enough"
                | "many"
                | "much"
                | "expected"
                | "likely"
                | "began"
                | "begin"
                | "begins"
                | "started"
                | "refused"
                | "declined"
        );
    c0 > first + 1 && a.lower[c0 - 1] == "to" && speech && !takes_infinitive
}

/// A statement verb other than a speech verb as the purpose of its clause: "took to Twitter
/// to accuse Trump", "went on to criticize". Not a noun ("did not respond to requests") and
/// not after a noun or adjective that takes an infinitive ("under pressure to offer", "a place
/// to offer support", "ready to push for").
pub(super) fn deed_purpose(a: &Analysis, c0: usize, cue: &Cue) -> bool {
    let w = a.lower[c0].as_str();
    let base_form = !w.ends_with('s') || w.ends_with("ss");
    let before = a.lower[c0 - 2].as_str();
    cue.relation.is_statement()
        && base_form
        && !matches!(before, "pressure" | "place" | "ready" | "whether" | "allowed" | "way" | "willing")
}

/// The actor that opens the sentence as its subject, followed by its verb: "Trump unleashed ...".
pub(super) fn sentence_subject(a: &Analysis, first: usize, end: usize) -> Option<usize> {
    let mut start = if matches!(a.lower[first].as_str(), "but" | "and" | "so" | "yet") { first + 1 } else { first };
    // "then-Secretary Wanda Vázquez": a title of another time, outside the name.
    if start + 1 < end
        && a.mention_at[start].is_none()
        && ["then-", "ex-", "now-"].iter().any(|p| a.lower[start].starts_with(p))
    {
        start += 1;
    }
    let m = mention_starting(a, start, end).or_else(|| group_after_quantity(a, start, end))?;
    let mention = &a.mentions[m];
    let verb = mention.last + 1 < end
        && a.tokens[mention.last].kind == TokenKind::Word
        && a.tokens[mention.last].text(&a.doc.text).starts_with(|c: char| c.is_lowercase())
        && a.lower[mention.last] != "'s"
        && a.lower[mention.last] != "’s";
    (verb && mention.actor.is_some() && mention.kind != MentionKind::Phrase).then_some(m)
}

/// An unnamed group after a determiner or a number and up to three lowercase modifiers, at `i`:
/// "Fifty former intelligence officials", "The former officials".
fn group_after_quantity(a: &Analysis, i: usize, end: usize) -> Option<usize> {
    let w = a.lower.get(i)?.as_str();
    if !(is_determiner(w) || is_number_word(w) || a.tokens[i].kind == TokenKind::Number) {
        return None;
    }
    let modifier = |k: usize| {
        a.tokens[k].kind == TokenKind::Word
            && a.mention_at[k].is_none()
            && a.tokens[k].text(&a.doc.text).starts_with(char::is_lowercase)
    };
    let k = (i + 1..end.min(i + 5)).find(|&k| !modifier(k))?;
    mention_starting(a, k, end).filter(|&m| a.mentions[m].kind == MentionKind::Group)
}

/// The first actor mentioned in tokens `first..end` that is not inside another mention.
pub(super) fn first_actor(a: &Analysis, first: usize, end: usize) -> Option<usize> {
    let m = (first..end).filter_map(|k| a.mention_at[k]).find(|&m| {
        let mention = &a.mentions[m];
        // A dateline ("BRUSSELS - European leaders ...") says where, not who.
        let dateline = mention.first == first
            && mention.last < end
            && matches!(a.lower[mention.last].as_str(), "-" | "—" | "–" | "," | "(")
            && (mention.first..mention.last).all(|t| {
                let word = a.tokens[t].text(&a.doc.text);
                !word.chars().any(char::is_lowercase)
            });
        !dateline
            && mention.first >= first
            && !(mention.first > first
                && matches!(
                    a.lower[mention.first - 1].as_str(),
                    "of" | "to" | "with" | "by" | "for" | "about" | "against" | "on" | "from"
                ))
    })?;
    // "Another former Trump adviser, Sebastian Gorka, … encouraged": a person whose staff the
    // noun after names does not act; the staffer named after it does, and one unnamed is no one.
    let staff = a.mentions[m].last;
    if !a.lower.get(staff).is_some_and(|w| PERSONAL_STAFF.contains(&w.as_str())) {
        return Some(m);
    }
    (staff + 2 < end && a.lower[staff + 1] == ",")
        .then(|| mention_starting(a, staff + 2, end))
        .flatten()
        .filter(|&n| a.mentions[n].kind == MentionKind::Name && a.mentions[n].actor == Some(ActorType::Person))
}

/// A speech verb that ends its sentence with nothing said: "Over 1,000 rescuers responded.",
/// "Pence spoke over his time and interjected." Not after a quotation ("“...” Clinton said."), before one
/// ("Hewitt writes:"), in "as the Herald Sun reported.", whose clause is the content, or
/// negated.
pub(super) fn intransitive_end(a: &Analysis, s: usize, (c0, c1): (usize, usize), speaker_first: usize) -> bool {
    let sentence = a.sentences[s];
    // "The presidency did not immediately comment.": a refusal to speak is news.
    let negated = (c0.saturating_sub(3).max(sentence.first)..c0)
        .any(|t| matches!(a.lower[t].as_str(), "not" | "n't" | "never" | "declined" | "refused"));
    let ends = (c1..sentence.last).all(|t| matches!(a.lower[t].as_str(), "." | "?" | "!"));
    let quoted = (sentence.first.saturating_sub(1)..sentence.last).any(|t| a.tokens[t].kind == TokenKind::Quote);
    let subordinate = speaker_first > sentence.first && SUBORDINATORS.contains(&a.lower[speaker_first - 1].as_str());
    ends && !quoted && !subordinate && !negated
}

/// A capitalised cue inside a headline that is not an active verb: a participle
/// before its preposition ("FDIC Accused Of Covering Up", "Suspect Named By
/// Police") or a base form after a noun or modal ("The Daily Show Takes", "Some
/// Will Want To Hear", "Hillary's Trump Claim").
pub(super) fn headline_non_verb(a: &Analysis, c0: usize, c1: usize, first: usize) -> bool {
    let text = &a.doc.text[a.tokens[c0].start..];
    if c0 == first || !text.starts_with(char::is_uppercase) {
        return false;
    }
    let w = a.lower[c0].as_str();
    let passive = w.ends_with("ed")
        && a.lower
            .get(c1)
            .is_some_and(|n| matches!(n.as_str(), "of" | "by" | "to" | "in" | "as" | "for" | "with" | "from"));
    let irregular_past = matches!(
        w,
        "said"
            | "told"
            | "wrote"
            | "thought"
            | "knew"
            | "saw"
            | "felt"
            | "found"
            | "met"
            | "spoke"
            | "sought"
            | "made"
            | "gave"
            | "took"
            | "held"
    );
    let base = !(w.ends_with('s') || w.ends_with("ed") || w.ends_with("ing") || irregular_past);
    // A base form agrees with a plural subject: "Varenia and Calderra Agree to ...", "Democrats Want".
    let prev = a.lower[c0 - 1].as_str();
    let plural = (prev.ends_with('s') && prev != "'s" && !prev.ends_with("ss"))
        || (c0.saturating_sub(6).max(first)..c0).any(|k| matches!(a.lower[k].as_str(), "and" | "&"));
    let modal =
        matches!(prev, "will" | "would" | "can" | "could" | "may" | "might" | "should" | "must" | "won't" | "to");
    passive || (base && (modal || !plural))
}

/// The owner in "his …" or "Trump’s …" right before token `k`: a possessive pronoun or name.
pub(super) fn possessor_before(a: &Analysis, k: usize, first: usize) -> Option<usize> {
    if k <= first {
        return None;
    }
    let m = match a.lower[k - 1].as_str() {
        "his" | "her" | "their" | "its" => a.mention_at[k - 1].filter(|&m| a.mentions[m].first == k - 1)?,
        "'s" | "’s" if k - 1 > first => {
            a.mention_at[k - 2].filter(|&m| a.mentions[m].last == k - 1 && a.mentions[m].possessive)?
        }
        _ => return None,
    };
    a.mentions[m].actor.is_some_and(|t| t != ActorType::Location).then_some(m)
}

/// "Polls showed support for de Blasio": is token `verb` a form of "show" whose subject `m`
/// is a document that measures ("polls", "a Gallup survey", "data")? The support a poll
/// measures is not its own.
pub(super) fn measured_support(a: &Analysis, verb: usize, m: usize) -> bool {
    let head = a.lower[a.mentions[m].head_last - 1].as_str();
    matches!(a.lower[verb].as_str(), "show" | "shows" | "showed" | "shown" | "showing")
        && (is_document_noun(head) || head.strip_suffix('s').is_some_and(is_document_noun))
}
