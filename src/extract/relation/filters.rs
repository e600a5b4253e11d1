//! Cue words that say nothing: set phrases ("contributed reporting"), cue
//! words used as nouns or adjectives ("several alleged accomplices", "The
//! Netflix show, which …"), reduced passives ("The plan rejected on Monday
//! was similar"), results and deeds ("posted a record profit", "responded
//! by throwing things") and, through `acts.rs`, acts of other kinds.

use super::*;

/// Does the cue at `c0..c1` say nothing? Set phrases with a statement verb (a byline's credit:
/// "Bryant Rousseau contributed reporting", "Julie Davis reported from Midway Atoll"; the
/// writer's aside: "It's worth noting that ..."), cue words used as nouns or adjectives, reduced
/// passives, results and deeds, and the acts of [`act_of_another_kind`].
pub(super) fn not_a_statement(
    lexicon: &Lexicon,
    a: &Analysis,
    c0: usize,
    c1: usize,
    first: usize,
    last: usize,
) -> bool {
    let w = a.lower[c0].as_str();
    let before = (c0 > first).then(|| a.lower[c0 - 1].as_str());
    let credit = (w == "reporting" && before == Some("contributed"))
        || (w == "reported" && a.lower.get(c1).is_some_and(|n| n == "from"));
    let aside = before == Some("worth");
    // "at least 1,279 confirmed cases": a participle between a number and its noun is an adjective.
    let adjective = w.ends_with("ed")
        && c0 > first
        && a.tokens[c0 - 1].kind == TokenKind::Number
        && a.tokens.get(c1).is_some_and(|t| t.kind == TokenKind::Word)
        && a.mention_at[c1].is_none();
    // "an investigation of alleged police violence", "several alleged accomplices", "the third
    // named storm": a participle after a determiner, number or preposition, before a noun.
    let modifier = w.ends_with("ed")
        && c1 == c0 + 1
        && before.is_some_and(|b| ADJECTIVE_OPENERS.contains(&b))
        && a.tokens.get(c1).is_some_and(|t| t.kind == TokenKind::Word)
        && a.mention_at[c1].is_none()
        && !a.lower[c1].ends_with("ing")
        && !matches!(
            a.lower[c1].as_str(),
            "that" | "to" | "by" | "on" | "in" | "as" | "of" | "him" | "her" | "them" | "it"
        );
    // "found himself at the center of", "found ways to press his agenda": no finding.
    let next = a.lower.get(c1).map(|n| n.as_str());
    let next2 = a.lower.get(c1 + 1).map(|n| n.as_str());
    let came_upon = matches!(w, "found" | "finds" | "find")
        && (matches!(
            next,
            Some("himself" | "herself" | "itself" | "themselves" | "myself" | "ourselves" | "yourself" | "ways")
        ) || (matches!(next, Some("a" | "the" | "another")) && next2 == Some("way")));
    // "called a halt to production", "called off the strike": stopped, not said.
    let halted = matches!(w, "called" | "calls" | "call" | "calling")
        && (next == Some("off") || next == Some("halt") || (next == Some("a") && next2 == Some("halt")));
    // "Residents were advised to expect ...", "was asked to comment": told to, not saying.
    let bidden = before == Some("to")
        && c0 >= first + 3
        && a.lower[c0 - 2].ends_with("ed")
        && a.is(c0 - 3, BE_FORM)
        && a.mention_at[c0 - 2].is_none();
    // "maintaining law and order", "in order to".
    let set_phrase = w == "order"
        && (before == Some("in") || (before == Some("and") && c0 >= first + 2 && a.lower[c0 - 2] == "law"));
    // "the defending champion": a title in sport.
    let sport = w.starts_with("defend") && matches!(next, Some("champion" | "champions" | "title" | "titleholder"));
    // "posted a time of 2:05:45", "posted a record profit": a result, not a post.
    let result = matches!(w, "post" | "posts" | "posted" | "posting") && {
        // Past a determiner and an amount: "a record loss", "US$2 million bond".
        let amount = |t: usize| {
            a.tokens[t].kind == TokenKind::Number
                || matches!(
                    a.lower[t].as_str(),
                    "a" | "an"
                        | "the"
                        | "its"
                        | "their"
                        | "his"
                        | "her"
                        | "$"
                        | "us"
                        | "€"
                        | "£"
                        | "million"
                        | "billion"
                )
        };
        let k = (c1..last.min(c1 + 6)).find(|&t| !amount(t)).unwrap_or(c1);
        a.lower.get(k..(k + 2).min(last)).is_some_and(|n| n.iter().any(|w| MEASURES.contains(&w.as_str())))
    };
    // "Boseman portrayed Black Panther" (an actor's part, but "portrayed Trump as a threat");
    // "the virus is showing up in wastewater".
    let acted = matches!(w, "portray" | "portrays" | "portrayed" | "portraying")
        && !(c1..last.min(c1 + 10)).any(|t| a.lower[t] == "as");
    let appeared = matches!(w, "show" | "shows" | "showed" | "showing" | "shown") && next == Some("up");
    // "was listed in critical condition", "is listed as stable": a patient's state, not a list.
    let condition = matches!(w, "listed" | "lists")
        && matches!(next, Some("in" | "as" | "at"))
        && (c1..last.min(c1 + 5))
            .any(|t| matches!(a.lower[t].as_str(), "condition" | "stable" | "critical" | "serious"));
    // "a memo posted online by Senator Dalmau", "a statement released by the family": a
    // participle after a document describes it; the author speaks through it.
    let issued = matches!(w, "posted" | "released" | "issued" | "published" | "sent")
        && before.is_some_and(|b| is_document_noun(b) || matches!(b, "statement" | "announcement"));
    // "A main issue discussed was …": a participle between a noun and its verb describes the
    // noun ("What Haddad proposed was …" still proposes).
    // (Also past a phrase of place or time: "The Democratic plan rejected on Monday was similar",
    // "The measures proposed on Friday would cut spending".)
    let described = w.ends_with("ed")
        && c1 == c0 + 1
        && c0 > first
        && (next.is_some_and(|n| matches!(n, "was" | "were" | "is" | "are"))
            || (!a.is(c0 - 1, GAP_WORD) && !a.is(c0 - 1, BE_FORM) && place_or_time_then_verb(a, c1, last)))
        && a.tokens[c0 - 1].kind == TokenKind::Word
        && a.mention_at[c0 - 1].is_none_or(|m| a.mentions[m].kind == MentionKind::Phrase)
        && a.tokens[c0 - 1].text(&a.doc.text).starts_with(char::is_lowercase)
        && !matches!(before, Some("who" | "that" | "which" | "what"))
        // ("V616 Mon — the study noted — was …": a document speaks.)
        && !before.is_some_and(is_document_noun);
    // "Some protesters responded by throwing things": an answer in deeds (not "responded by
    // saying").
    let deeds = matches!(w, "responded" | "responds" | "respond" | "responding" | "reacted" | "reacts" | "react")
        && next == Some("by")
        && next2.is_some_and(|n| n.ends_with("ing"))
        && statement_cues_at(lexicon, &a.lower, c1 + 1).next().is_none();
    // "The Netflix show, which …", "posts which state …": a noun before a relative pronoun (a
    // verb in -ed or -ing may report which: "reported which region …"; "know which nominee"
    // asks which).
    // (Without a comma, only after a determiner or "and": "re-posts and posts which state", not
    // "The audit reveals which agencies overspent".)
    let noun_position = before.is_some_and(|b| is_determiner(b) || matches!(b, "and" | "or"));
    let relative_next = if next == Some(",") { next2 } else { noun_position.then_some(next).flatten() };
    let noun_before_which = c1 == c0 + 1
        && relative_next == Some("which")
        && !w.ends_with("ed")
        && !w.ends_with("ing")
        && !matches!(w, "said" | "told" | "wrote" | "says");
    // "the Atlantic Council think tank": a noun.
    let think_tank = matches!(w, "think" | "thinks") && matches!(next, Some("tank" | "tanks"));
    // "Haddad sought support", "needs backing": support asked for, not given ("sought to
    // support" still supports).
    let support_sought = matches!(w, "support" | "backing") && before.is_some_and(|b| ASKING_FOR.contains(&b));
    // "36 people believed to have been involved", "a man said to be his aide": a participle
    // right after its noun, before "to", is what others believe of them.
    // (Only after a preposition: "Officials said to expect delays" is said by them.)
    let raised = matches!(w, "believed" | "thought" | "said" | "reported" | "rumored" | "rumoured" | "alleged")
        && next == Some("to")
        && matches!(next2, Some("be" | "have"))
        && c0 > first
        && a.mention_at[c0 - 1].is_some_and(|m| {
            let mut k = a.mentions[m].first;
            while k > first && (is_determiner(a.lower[k - 1].as_str()) || a.tokens[k - 1].kind == TokenKind::Number) {
                k -= 1;
            }
            a.mentions[m].last == c0 && a.mentions[m].kind != MentionKind::Pronoun && k > first && a.is(k - 1, PP_HEAD)
        });
    // "The storm claimed 20 lives", "claimed the lives of three people": deaths, not a claim.
    let deaths = matches!(w, "claimed" | "claims" | "claim" | "claiming")
        && (c1..last.min(c1 + 4)).any(|t| matches!(a.lower[t].as_str(), "lives" | "life" | "victims" | "victim"));
    // "Writing for the majority, Justice Kagan said": on the court's behalf, not what was written
    // (not "wrote for The Washington Informer that …").
    let on_behalf = matches!(w, "writing" | "wrote" | "writes")
        && next == Some("for")
        && next2 == Some("the")
        && a.lower
            .get(c1 + 2)
            .is_some_and(|n| matches!(n.as_str(), "majority" | "minority" | "court" | "panel" | "bench"));
    // "continued criticizing Poland", "continued to press": going on, not speaking.
    let going_on = matches!(w, "continued" | "continues" | "continue")
        && next.is_some_and(|n| n == "to" || (n.ends_with("ing") && n.len() > 4));
    // "radio show host", "a game show": the noun.
    let programme = matches!(w, "show" | "shows")
        && before.is_some_and(|b| {
            matches!(
                b,
                "radio"
                    | "tv"
                    | "television"
                    | "talk"
                    | "game"
                    | "reality"
                    | "chat"
                    | "news"
                    | "morning"
                    | "cooking"
                    | "comedy"
                    | "quiz"
                    | "trade"
                    | "fashion"
                    | "road"
                    | "car"
                    | "art"
                    | "magic"
                    | "variety"
                    | "music"
                    | "award"
                    | "awards"
                    | "air"
                    | "horse"
                    | "slide"
                    | "light"
                    | "late-night"
                    | "one-man"
                    | "one-woman"
            )
        });
    credit
        || aside
        || perceived_thing(a, c0, c1, first, last)
        || programme
        || going_on
        || deaths
        || on_behalf
        || raised
        || think_tank
        || support_sought
        || act_of_another_kind(a, c0, c1, first, last)
        || noun_before_which
        || adjective
        || modifier
        || came_upon
        || halted
        || set_phrase
        || bidden
        || sport
        || result
        || acted
        || appeared
        || condition
        || issued
        || deeds
        || described
}

/// "Police found the body near the river", "The figures show a rise in crime", "did not know
/// the date", "saw the damage": a verb of finding, showing, knowing or seeing with a thing for
/// its object says nothing (but "found that …", "show the drug works", "knew he would lose",
/// "polls show Clinton leading", "“…,” the study found"). What a poll, a study or experts find
/// or show is their finding: "The poll shows Sanders with 47 percent", "experts found no evidence".
fn perceived_thing(a: &Analysis, c0: usize, c1: usize, first: usize, last: usize) -> bool {
    let perceiving = matches!(
        a.lower[c0].as_str(),
        "found"
            | "finds"
            | "find"
            | "show"
            | "shows"
            | "showed"
            | "showing"
            | "know"
            | "knows"
            | "knew"
            | "see"
            | "sees"
            | "saw"
    );
    if c1 != c0 + 1 || !perceiving || c1 >= last || a.tokens[c1].kind != TokenKind::Word {
        return false;
    }
    if matches!(
        a.lower[c1].as_str(),
        "that" | "whether" | "if" | "how" | "what" | "why" | "who" | "when" | "where" | "which"
    ) {
        return false;
    }
    let finder = (c0.saturating_sub(4).max(first)..c0)
        .rev()
        .take_while(|&t| a.tokens[t].kind == TokenKind::Word)
        .any(|t| FINDERS.contains(&a.lower[t].as_str()) || is_document_noun(a.lower[t].as_str()));
    if finder || document_before(&a.lower, c0, first).is_some() {
        return false;
    }
    // A clause: a verb in the phrase up to the next punctuation mark, or a name or pronoun then
    // a verb in "-s" or "-ing".
    let end = (c1..last).find(|&t| a.tokens[t].kind != TokenKind::Word).unwrap_or(last);
    let verb = |t: usize| {
        let w = a.lower[t].as_str();
        // ("the drug works": a noun after its determiner.)
        let after_subject = a.mention_at[t - 1].is_some_and(|m| a.mentions[m].last == t)
            || matches!(a.lower[t - 1].as_str(), "he" | "she" | "it" | "they" | "we" | "i" | "you")
            || (t >= c1 + 2 && is_determiner(a.lower[t - 2].as_str()) && !is_determiner(a.lower[t - 1].as_str()));
        is_auxiliary(w)
            || a.is(t, BE_FORM)
            || (w.ends_with("ed") && w.len() > 4)
            || IRREGULAR_PASTS.contains(&w)
            || (after_subject && (w.ends_with('s') || w.ends_with("ing")))
    };
    !(c1 + 1..end).any(verb) && !(c1..end).any(|t| a.inside_quotation(t))
}

/// Who and what report findings ("experts found", "the figures show"), besides documents.
const FINDERS: &[&str] = &[
    "experts",
    "researchers",
    "scientists",
    "analysts",
    "investigators",
    "auditors",
    "pollsters",
    "economists",
    "surveys",
    "studies",
    "results",
    "figures",
    "numbers",
    "statistics",
    "estimates",
    "polling",
    "tally",
    "count",
    "evidence",
    "tests",
    "test",
    "analyses",
    "reports",
];

/// What is done to someone, not by them: "ordered Khashoggi's killing".
pub(super) const UNDERGONE: &[&str] = &[
    "killing",
    "murder",
    "assassination",
    "execution",
    "death",
    "arrest",
    "detention",
    "release",
    "extradition",
    "deportation",
    "expulsion",
    "removal",
    "dismissal",
    "firing",
    "ouster",
    "impeachment",
    "prosecution",
    "punishment",
    "capture",
];

/// Results that a team, a runner or a company posts: "posted a time of 2:05:45",
/// "posted a record loss"; and bail: "posted US$2 million bond".
const MEASURES: &[&str] = &[
    "time", "times", "profit", "profits", "loss", "losses", "gain", "gains", "score", "scores", "deficit", "surplus",
    "revenue", "revenues", "growth", "win", "wins", "victory", "lap", "earnings", "sales", "decline", "drop", "rise",
    "bond", "bail",
];

/// Does a phrase of place or time open at token `k` and run into a finite verb: "on Monday was",
/// "in the study is", "of illegally financing travel may" (not "on Monday prices would rise" nor
/// "in a statement prices were rising", where a clause follows the phrase)?
fn place_or_time_then_verb(a: &Analysis, k: usize, last: usize) -> bool {
    let Some(w) = a.lower.get(k).map(|w| w.as_str()) else {
        return false;
    };
    let p = if a.is(k, PP_HEAD) || w == "during" {
        k + 1
    } else if matches!(w, "last" | "earlier") {
        k
    } else {
        return false;
    };
    let Some(v) = (p..last.min(p + 6)).find(|&t| is_auxiliary(a.lower[t].as_str())) else {
        return false;
    };
    if v == p {
        return false;
    }
    let time = |t: usize| {
        let w = a.lower[t].as_str();
        a.tokens[t].kind == TokenKind::Number
            || WEEKDAYS.contains(&w)
            || MONTHS.contains(&w)
            || matches!(
                w,
                "last" | "earlier" | "week" | "month" | "year" | "morning" | "afternoon" | "evening" | "night"
            )
    };
    let plain = |t: usize| {
        let w = a.lower[t].as_str();
        a.tokens[t].kind == TokenKind::Word
            && a.mention_at[t].is_none_or(|m| a.mentions[m].actor == Some(ActorType::Location))
            && !is_phrase_stop(w)
            && !SETTINGS.contains(&w)
            && !is_document_noun(w)
    };
    let first = a.lower[p].as_str();
    if time(p) {
        (p..v).all(time)
    } else if is_determiner(first) || first.ends_with("ly") || first.ends_with("ing") {
        v - p <= 4 && (p + 1..v).all(plain)
    } else {
        a.mention_at[p].is_some_and(|m| a.mentions[m].actor == Some(ActorType::Location) && a.mentions[m].last == v)
    }
}

/// Words after which a participle modifies a noun: "the alleged", "several alleged", "of alleged".
/// ("his proposed budget" is the owner's proposal; "first reported" an adverb's verb.)
const ADJECTIVE_OPENERS: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "several", "many", "some", "two", "three", "four", "five", "other",
    "third", "of", "for", "about", "with", "against", "over",
];

/// "offered his condolences", "offered her thoughts on the race": words offered, which are said,
/// not a proposal (also "Condolences were offered by ...").
pub(super) fn offers_words(a: &Analysis, c0: usize, c1: usize, last: usize) -> bool {
    let passive = c0 >= 2 && a.is(c0 - 1, BE_FORM);
    let first = a.sentences[a.sentence_of(c0)].first;
    let words = if passive { c0.saturating_sub(4).max(first)..c0 - 1 } else { c1..last.min(c1 + 4) };
    matches!(a.lower[c0].as_str(), "offered" | "offers" | "offer" | "offering" | "extended" | "extends" | "extending")
        && words.into_iter().any(|t| {
            matches!(
                a.lower[t].as_str(),
                "condolences"
                    | "condolence"
                    | "sympathy"
                    | "sympathies"
                    | "prayers"
                    | "thoughts"
                    | "congratulations"
                    | "views"
                    | "assessment"
            )
        })
}
