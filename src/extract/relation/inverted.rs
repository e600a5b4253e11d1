//! The speaker after the verb ("“…,” said X", "“…,” says the spokesman"),
//! and whether a sentence allows one.
//!
//! Takes an [`Analysis`] and a cue's tokens; gives the speaker mention.

use super::*;

/// "“...,” said X" and ", said X": the speaker follows the cue.
pub(super) fn inversion_ok(a: &Analysis, c0: usize, first: usize) -> bool {
    c0 > first && (matches!(a.lower[c0 - 1].as_str(), "," | ":") || a.tokens[c0 - 1].kind == TokenKind::Quote)
}

/// Whether a subject pronoun opens a clause at token `k`: in "Humphrey, who calls
/// Trump a “sociopath,” said he doubts it" no one speaks after the verb.
pub(super) fn pronoun_clause_at(a: &Analysis, k: usize, end: usize) -> bool {
    k + 1 < end
        && matches!(a.lower[k].as_str(), "he" | "she" | "they" | "it" | "we" | "i")
        && a.tokens[k + 1].kind == TokenKind::Word
        // ("“…,” said he in a statement": an inverted speaker after all.)
        && !a.is(k + 1, PP_HEAD)
}

/// The speaker after an inverted cue: "“...,” said X", "said 9/11 widow Terry Strada.",
/// and at the start of a sentence "Said Ellis: “...”".
pub(super) fn inverted_speaker(a: &Analysis, c0: usize, c1: usize, first: usize, end: usize) -> Option<usize> {
    if c0 == first {
        // A past form only: "Said Ellis: “...”", "Added Haddad, ..." (not "Hope Hicks, a spokeswoman, ...").
        let w = a.lower[c0].as_str();
        if !(w.ends_with("ed") || matches!(w, "said" | "told" | "wrote" | "says" | "adds" | "asks")) {
            return None;
        }
        // ("Added the senator, Mark Jones, …", "Remarked Center for Biological Diversity scientist
        // Tierra Curry, …": the speaker as after a quotation, then its colon or comma.)
        let m = speaker_after(a, c1, end)?;
        let after = a.mentions[m].last;
        return (after < end && matches!(a.lower[after].as_str(), ":" | ",")).then_some(m);
    }
    speaker_after(a, c1, end)
}

/// The speaker named right after an inverted cue that ends at `c1` ([`inverted_speaker`]).
fn speaker_after(a: &Analysis, c1: usize, end: usize) -> Option<usize> {
    let is_name = |m: usize| a.mentions[m].kind == MentionKind::Name;
    // "said former Obama adviser David Axelrod", "said retired Army Lt. Gen. Mick Bednarek": the
    // titled person right after the name of whom they serve.
    let titled_after = |m: usize| {
        mention_starting(a, a.mentions[m].last, end)
            .filter(|&n| is_name(n) && a.mentions[n].actor == Some(ActorType::Person) && a.mentions[n].role.is_some())
    };
    // "said UCL astronomer Angelos Tsiaras": a person after a body and a lowercase role word.
    let person_after_role_word = |m: usize| {
        let k = a.mentions[m].last;
        let lowercase = |t: usize| {
            a.tokens[t].kind == TokenKind::Word
                && a.mention_at[t].is_none()
                && a.tokens[t].text(&a.doc.text).starts_with(char::is_lowercase)
        };
        let n = (k..end.min(k + 3)).find(|&t| !lowercase(t)).filter(|&t| t > k)?;
        mention_starting(a, n, end).filter(|&n| is_name(n) && a.mentions[n].actor == Some(ActorType::Person))
    };
    if let Some(m) = mention_starting(a, c1, end) {
        // "The statement, posted on Twitter, said he died", "Six newspapers, including the Press,
        // said he isn't fit": a pronoun that opens the clause said is not the one who speaks.
        if pronoun_clause_at(a, c1, end) {
            return None;
        }
        let m = titled_after(m).filter(|_| !is_name(m) || a.mentions[m].role.is_none()).unwrap_or(m);
        let body = matches!(a.mentions[m].actor, Some(ActorType::Organization | ActorType::Country));
        let m = if body { person_after_role_word(m).unwrap_or(m) } else { m };
        let mention = &a.mentions[m];
        let next = mention.last;
        // "said Florida’s Rick Wilson": the name after the possessive; "said Atlantic City Mayor
        // Don Guardian": the person after the place.
        let owned = (mention.possessive || mention.actor == Some(ActorType::Location))
            .then(|| mention_starting(a, next + usize::from(mention.possessive), end))
            .flatten()
            .filter(|&n| is_name(n) && a.mentions[n].actor == Some(ActorType::Person));
        // "said another Twitter user, Johanna Bayer", "said the spokesman, Omar Haddad", "said his
        // father, Abdullah Kurdi": the name in apposition.
        let kin = mention.kind == MentionKind::Pronoun
            && matches!(a.lower[mention.first].as_str(), "his" | "her" | "their")
            && next + 2 < end
            && a.tokens[next].kind == TokenKind::Word
            && a.mention_at[next].is_none();
        let next = if kin { next + 1 } else { next };
        let described = matches!(mention.kind, MentionKind::Phrase | MentionKind::Role) || kin;
        let apposition = (described && next + 1 < end && a.lower[next] == ",")
            .then(|| mention_starting(a, next + 1, end))
            .flatten()
            .filter(|&n| is_name(n) && a.mentions[n].actor == Some(ActorType::Person));
        // "said his father": no one named. ("said his spokesman", "said her lawyer": someone speaking
        // for the owner, who speaks.)
        let agent = |t: usize| {
            matches!(
                a.lower[t].as_str(),
                "spokesman"
                    | "spokeswoman"
                    | "spokesperson"
                    | "lawyer"
                    | "lawyers"
                    | "attorney"
                    | "attorneys"
                    | "office"
            )
        };
        // ("said his boss was kind": "his" is the subject's own, the clause goes on.)
        let clause_ends = next >= end || a.tokens[next].kind != TokenKind::Word;
        if kin && apposition.is_none() && !agent(mention.last) && clause_ends {
            return None;
        }
        // "said Harvard University's president, Lawrence Bacow": the person in apposition to the
        // owner's role word.
        let owners_role = (mention.possessive
            && next + 3 < end
            && a.tokens[next + 1].kind == TokenKind::Word
            && a.mention_at[next + 1].is_none()
            && a.lower[next + 2] == ",")
            .then(|| mention_starting(a, next + 3, end))
            .flatten()
            .filter(|&n| is_name(n) && a.mentions[n].actor == Some(ActorType::Person));
        return Some(owned.or(apposition).or(owners_role).unwrap_or(m));
    }
    // Up to three modifiers before a name or group that ends the clause: "said a Nevada
    // Democrat", "said Democratic strategist Hank Sheinkopf", "say some Democrats".
    let k = (c1..(c1 + 6).min(end)).find(|&k| a.mention_at[k].is_some())?;
    let m = mention_starting(a, k, end)?;
    let m = titled_after(m).unwrap_or(m);
    // "said one of those advisers": a quantity of a group.
    let of_group = k >= c1 + 2
        && a.mentions[m].kind == MentionKind::Group
        && matches!(a.lower[c1].as_str(), "one" | "some" | "many" | "most" | "several" | "two" | "three")
        && a.lower[c1 + 1] == "of";
    let modifiers = of_group
        || (c1..k).all(|t| {
            let w = a.lower[t].as_str();
            // "Sen." keeps its dot.
            let abbreviation = w == "." && t > c1 && a.tokens[t - 1].end == a.tokens[t].start;
            // "said 9/11 widow Terry Strada": a number, or a slash inside one.
            let glued = |k: usize| k > c1 && a.tokens[k - 1].end == a.tokens[k].start;
            let number = a.tokens[t].kind == TokenKind::Number || (w == "/" && glued(t));
            abbreviation
                || number
                || a.tokens[t].kind == TokenKind::Word
                    && !matches!(w, "the" | "that" | "this" | "his" | "her" | "their")
                    && !is_phrase_stop(w)
                    && !WEEKDAYS.contains(&w)
                    && !MONTHS.contains(&w)
        });
    let mention = &a.mentions[m];
    // "said Heiserman of the CORE Teachers", "asked Sen. Maria Cantwell of Washington, who ...".
    let mut after = mention.last;
    if after + 1 < end
        && matches!(a.lower[after].as_str(), "of" | "from")
        && let Some(o) = mention_after(a, after + 1, end)
    {
        after = a.mentions[o].last;
    }
    // "said former Vermont governor Howard Dean (D), a Clinton supporter": past a party tag.
    if after < end && a.lower[after] == "(" {
        after = (after + 1..end.min(after + 6)).find(|&t| a.lower[t] == ")").map_or(after, |t| t + 1);
    }
    let ends_clause = after == end || matches!(a.lower[after].as_str(), "." | "," | ";" | ":" | "in" | "on" | "who");
    let speaker = is_name(m) || (mention.actor == Some(ActorType::Group) && k > c1);
    (modifiers && ends_clause && speaker).then_some(m)
}
