//! Cue words used for acts that say nothing: an act of office ("declared a
//! state of emergency", "confirmed Pierluisi's nomination"), a legal act
//! ("issued a subpoena"), a participle that names someone ("a chef named
//! Ada Lind"), where one comes from ("hails from Arizona"), a result
//! shown ("ZMapp showed promise"), a retreat ("backed out of the deal"),
//! going on with something ("went on a stabbing spree"), being sought ("remains
//! wanted", "wanted by police"), running against someone ("opposed Berg in
//! the primary"), an interrogation ("questioned two
//! suspects"), competing ("contended for the nomination") and a decree
//! ("issued an executive order").
//!
//! Takes an [`Analysis`] and a cue's tokens; gives a yes or no for
//! [`not_a_statement`](super::filters::not_a_statement).

use super::*;

/// What is declared as an act of office: "declared a (national) state of emergency", "declared
/// martial law".
const PROCLAIMED: &[&str] = &["emergency", "martial", "curfew", "lockdown", "quarantine", "disaster", "calamity"];

/// What a court or an office issues: "issued an arrest warrant", "issued a stay".
const ISSUED_ACTS: &[&str] = &[
    "stay",
    "subpoena",
    "subpoenas",
    "warrant",
    "warrants",
    "injunction",
    "indictment",
    "summons",
    "citation",
    "pardon",
    "pardons",
    "visa",
    "visas",
    "permit",
    "permits",
    "license",
    "licenses",
    "passport",
    "passports",
    "fine",
    "fines",
    "bonds",
    "recall",
];

/// Results that are shown, not findings: "showed promise", "had shown considerable progress".
const RESULTS: &[&str] = &[
    "promise",
    "progress",
    "improvement",
    "improvements",
    "growth",
    "symptoms",
    "strength",
    "resilience",
    "courage",
    "restraint",
];

/// Bodies that vote: the one confirming someone in office approves them.
const VOTING_BODIES: &[&str] = &[
    "senate",
    "senators",
    "house",
    "parliament",
    "congress",
    "assembly",
    "legislature",
    "lawmakers",
    "committee",
    "council",
    "voted",
    "vote",
];

/// Is the cue at `c0..c1` an act of another kind than speech?
pub(super) fn act_of_another_kind(a: &Analysis, c0: usize, c1: usize, first: usize, last: usize) -> bool {
    let w = a.lower[c0].as_str();
    match w {
        "declared" | "declares" | "declare" | "declaring" => noun_within(a, c1, last, PROCLAIMED),
        "confirmed" | "confirms" | "confirm" | "confirming" => confirmed_in_office(a, c1, first, last),
        "issued" => noun_within(a, c1, last, ISSUED_ACTS) || object_is(a, c1, last, ORDERS),
        "named" | "dubbed" => naming_participle(a, c0, c1, first, last),
        // "Kokesh, who hails from Arizona": where one comes from.
        "hails" | "hailed" | "hail" | "hailing" => a.lower.get(c1).is_some_and(|n| n == "from") && c1 < last,
        "show" | "shows" | "showed" | "shown" | "showing" => result_shown(a, c1, last),
        "declined" | "declines" | "decline" | "declining" => fell(a, c0, c1, last),
        // "went on a stabbing spree": going on speaks before a quotation, a colon or a comma ("went
        // on, “…”"), before "about" and before another verb ("went on to call him a liar").
        "went" => {
            c1 == c0 + 2
                && a.lower[c0 + 1] == "on"
                && c1 < last
                && a.tokens[c1].kind == TokenKind::Word
                && !matches!(a.lower[c1].as_str(), "to" | "about")
        }
        // "Washington backed out of the deal", "Trump backed off his proposals": a retreat.
        "backs" | "backed" | "backing" => c1 < last && matches!(a.lower[c1].as_str(), "out" | "off" | "away" | "down"),
        // "the suspect remains wanted", "a man wanted by police", "was wanted for murder": sought.
        "wanted" => {
            (c0 > first
                && (a.is(c0 - 1, BE_FORM)
                    || matches!(a.lower[c0 - 1].as_str(), "remains" | "remain" | "remained" | "most")))
                || (c1 < last && matches!(a.lower[c1].as_str(), "by" | "for"))
        }
        // "Police questioned the car's owner", "was questioned for hours": an interrogation.
        "questioned" | "questioning" => {
            object_is(a, c1, last, INTERROGATED)
                || (c1 + 1 < last
                    && a.lower[c1] == "for"
                    && matches!(a.lower[c1 + 1].as_str(), "hours" | "days" | "several"))
        }
        // "opposed Berg in the 2016 primary": ran against.
        "opposed" | "opposes" | "oppose" | "opposing" => (c1..last.min(c1 + 6))
            .any(|t| a.lower[t] == "in" && (t + 1..last.min(t + 4)).any(|u| ELECTIONS.contains(&a.lower[u].as_str()))),
        // "shared a trust fund with her half-sister", "shared the prize": what one owns with others
        // (not "shared her thoughts", "shared a photo", "shared on Twitter that …").
        // ("a trust fund that she shared with her half-sister".)
        "shared" => {
            let relative = c0 >= first + 2 && matches!(a.lower[c0 - 2].as_str(), "that" | "which");
            // (Shared on a page or before a quotation or a clause, it is told.)
            let told = (c1..last.min(c1 + 25)).any(|t| {
                a.tokens[t].kind == TokenKind::Quote
                    || (t < c1 + 14
                        && matches!(
                            a.lower[t].as_str(),
                            "that" | "facebook" | "twitter" | "instagram" | "page" | "online"
                        ))
            });
            c1 < last
                && (matches!(a.lower[c1].as_str(), "a" | "an" | "the" | "some") || (relative && a.lower[c1] == "with"))
                && !told
                && !(c1..last.min(c1 + 5))
                    .take_while(|&t| a.tokens[t].kind == TokenKind::Word)
                    .any(|t| SHARED_WORDS.contains(&a.lower[t].as_str()))
        }
        // "pressed against a fence", "pressed ahead with the plan": a push, not a plea.
        "pressed" | "pressing" => {
            c1 < last && matches!(a.lower[c1].as_str(), "against" | "into" | "ahead" | "forward" | "through")
        }
        // "contended for the nomination": competed.
        "contended" | "contends" | "contend" | "contending" => {
            c1 < last && a.lower[c1] == "for" && !(c1..last.min(c1 + 6)).any(|t| a.lower[t] == "that")
        }
        _ => false,
    }
}

/// Is one of `nouns` the object after the cue ending at `c1`, past an article and up to two
/// adjectives ("declared a national emergency", "issued an arrest warrant")? Not after "that":
/// "declared that the emergency was over" says so.
fn noun_within(a: &Analysis, c1: usize, last: usize, nouns: &[&str]) -> bool {
    (c1..last.min(c1 + 5))
        .take_while(|&t| a.tokens[t].kind == TokenKind::Word && a.lower[t] != "that")
        .any(|t| nouns.contains(&a.lower[t].as_str()))
}

/// What is shared by telling it: "shared her thoughts", "shared a video".
const SHARED_WORDS: &[&str] = &[
    "thoughts",
    "views",
    "view",
    "story",
    "stories",
    "message",
    "messages",
    "statement",
    "post",
    "posts",
    "video",
    "videos",
    "photo",
    "photos",
    "picture",
    "pictures",
    "image",
    "images",
    "footage",
    "details",
    "information",
    "concerns",
    "concern",
    "news",
    "experience",
    "experiences",
    "memories",
    "opinion",
    "opinions",
    "letter",
    "tweet",
    "tweets",
    "link",
    "clip",
    "update",
    "updates",
    "screenshot",
    "screenshots",
    "account",
    "insights",
    "feelings",
    "comments",
    "remarks",
    "advice",
    "tips",
    "findings",
    "data",
    "results",
    "plans",
    "vision",
    "hopes",
    "fears",
    "condolences",
    "prayers",
    "wishes",
    "report",
    "reports",
    "article",
    "sentiment",
    "sentiments",
    "anxiety",
    "anxieties",
    "frustration",
    "frustrations",
    "worries",
    "belief",
    "beliefs",
];

/// Who is questioned by the police: "questioned two suspects", "questioned the car's owner".
const INTERROGATED: &[&str] =
    &["suspect", "suspects", "witness", "witnesses", "owner", "driver", "drivers", "passengers", "detainees", "crew"];

/// Contests one runs in: "opposed Berg in the 2016 primary".
const ELECTIONS: &[&str] =
    &["primary", "primaries", "election", "elections", "race", "runoff", "caucus", "caucuses", "by-election"];

/// Orders and decrees, issued as legal acts: "issued an executive order".
const ORDERS: &[&str] = &["order", "orders", "decree", "decrees"];

/// Is one of `nouns` the head of the object after the cue ending at `c1`, before any
/// preposition ("issued an executive order"; not "issued a statement on the order")?
fn object_is(a: &Analysis, c1: usize, last: usize, nouns: &[&str]) -> bool {
    // (Past an owner: "questioned the driver's account" questions the account.)
    let words = (c1..last.min(c1 + 4))
        .take_while(|&t| a.tokens[t].kind == TokenKind::Word && !is_phrase_stop(a.lower[t].as_str()));
    let from = words.clone().filter(|&t| a.lower[t] == "'s").last().map_or(c1, |t| t + 1);
    words.filter(|&t| t >= from).any(|t| nouns.contains(&a.lower[t].as_str()))
}

/// "The Senate confirmed Pierluisi's nomination", "voted against confirming him", "the House
/// confirmed Haddad as secretary": a vote that approves someone, in a sentence about a body that
/// votes ("Police confirmed the victim as Omar Haddad", "confirmed Haddad would attend" say).
fn confirmed_in_office(a: &Analysis, c1: usize, first: usize, last: usize) -> bool {
    if !(first..last).any(|t| VOTING_BODIES.contains(&a.lower[t].as_str())) {
        return false;
    }
    let person_end = mention_starting(a, c1, last)
        .filter(|&m| {
            a.mentions[m].actor == Some(ActorType::Person) || matches!(a.lower[c1].as_str(), "him" | "her" | "them")
        })
        .map(|m| a.mentions[m].last);
    let vote_on_person =
        person_end.is_some_and(|e| e >= last || matches!(a.lower[e].as_str(), "as" | "to" | "." | "," | ";"));
    let nomination = (c1..last.min(c1 + 4))
        .take_while(|&t| a.lower[t] != "that")
        .any(|t| matches!(a.lower[t].as_str(), "nomination" | "nominee" | "appointment" | "nominations"));
    vote_on_person || nomination
}

/// "a chef named Ada Lind said", "a company dubbed Axon": a participle after "a" and a noun that
/// names what comes before ("A report named Haddad, Lind and Berg as suspects" names a list;
/// "An aide named Lind as the source"; "called" may be a call: "A lawmaker called Lind").
fn naming_participle(a: &Analysis, c0: usize, c1: usize, first: usize, last: usize) -> bool {
    c0 >= first + 2
        && matches!(a.lower[c0 - 2].as_str(), "a" | "an" | "another")
        && a.tokens[c0 - 1].kind == TokenKind::Word
        && mention_starting(a, c1, last).is_some_and(|m| {
            let after = a.mentions[m].last;
            a.mentions[m].kind == MentionKind::Name
                && (after >= last
                    || matches!(a.lower[after].as_str(), "." | ";")
                    || (a.tokens[after].kind == TokenKind::Word
                        && !is_determiner(a.lower[after].as_str())
                        && !matches!(a.lower[after].as_str(), "as" | "and" | "or")))
        })
}

/// "Deliveries declined 20 percent", "visits declined last year": a fall, not a refusal
/// ("declined last week to comment", "declined by a 6-3 vote to hear the case", "declined
/// further comment" refuse). Also with nothing after "declining" or a perfect "has declined"
/// ("the butterflies are declining.", "Since 1933, the party has declined.").
fn fell(a: &Analysis, c0: usize, c1: usize, last: usize) -> bool {
    let refusal_after = (c1..last.min(c1 + 8))
        .any(|t| matches!(a.lower[t].as_str(), "to" | "comment" | "comments" | "requests" | "request" | "invitation"));
    let nothing_after = c1 >= last || a.lower[c1] == ".";
    let ongoing = a.lower[c0] == "declining"
        || (c0 > 0 && matches!(a.lower[c0 - 1].as_str(), "has" | "have" | "had") && a.lower[c0] == "declined");
    !refusal_after
        && ((nothing_after && ongoing)
            || a.tokens.get(c1).is_some_and(|t| t.kind == TokenKind::Number)
            || a.lower.get(c1).is_some_and(|n| {
                matches!(
                    n.as_str(),
                    "by" | "from"
                        | "in"
                        | "last"
                        | "this"
                        | "since"
                        | "over"
                        | "slightly"
                        | "sharply"
                        | "steadily"
                        | "rapidly"
                        | "significantly"
                        | "dramatically"
                )
            }))
}

/// "ZMapp initially showed promise", "had shown considerable progress": a result, not a finding
/// ("Figures showed growth slowed" finds; "showed no sign of backing down" is a stance).
fn result_shown(a: &Analysis, c1: usize, last: usize) -> bool {
    let k = (c1..last.min(c1 + 3))
        .find(|&t| !matches!(a.lower[t].as_str(), "a" | "an" | "some" | "no" | "little" | "considerable" | "great"))
        .unwrap_or(c1);
    let clause_after = k + 1 < last && {
        let n = a.lower[k + 1].as_str();
        is_auxiliary(n) || a.is(k + 1, BE_FORM) || (n.ends_with("ed") && n.len() > 3)
    };
    k < last && RESULTS.contains(&a.lower[k].as_str()) && !clause_after
}
