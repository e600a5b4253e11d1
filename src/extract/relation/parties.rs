//! The other parties of a cue: its objects ("met A and B", "urged Russia,
//! Ukraine and Belarus"), listeners that are no actors ("told state
//! media"), an object pronoun that rules a speaker out, what calling
//! something a name does, and the subjects coordinated with the speaker
//! ("Cruz and Rooney") or added in parentheses (", along with Y,").
//!
//! Takes an [`Analysis`] and token positions; gives mentions, token positions
//! and relation types.

use super::*;

/// Objects joined to the object `o` by "and" (or commas and "and"): "met Antoine Quirin and
/// Nicolas Redouane", "urged Russia, Ukraine and Belarus". Names and known actors of the same
/// kind only, none that owns what follows ("and Trump's plan") and none that opens a clause
/// ("met Putin, and Biden said").
pub(super) fn coordinated_objects(a: &Analysis, o: usize, end: usize) -> Vec<usize> {
    let first = &a.mentions[o];
    let mut out = Vec::new();
    let mut k = first.last;
    while out.len() < 4 && k + 1 < end && matches!(a.lower[k].as_str(), "and" | ",") {
        // ", and" or "and" ends the list; a lone comma goes on with it.
        let next = if a.lower[k] == "," && a.lower[k + 1] == "and" { k + 2 } else { k + 1 };
        // ("Israel and the United States": past the article.)
        let next =
            if next + 1 < end && a.lower[next] == "the" && a.mention_at[next].is_none() { next + 1 } else { next };
        let last_one = next > k + 1 || a.lower[k] == "and";
        let Some(n) = mention_starting(a, next, end) else { break };
        let m = &a.mentions[n];
        // ("both Hamas and Israel": after "both", actors of any kind.)
        let both = first.first > 0 && a.lower[first.first - 1] == "both";
        if !matches!(m.kind, MentionKind::Name | MentionKind::Known)
            || (m.actor != first.actor && !both)
            || m.possessive
        {
            break;
        }
        // "met Putin, and Biden said": the last name opens a clause of its own.
        // (A lowercase finite verb: not "as heroes", not "May 3".)
        let verb_after = m.last < end
            && a.tokens[m.last].text(&a.doc.text).starts_with(char::is_lowercase)
            && matches!(
                a.lower[m.last].as_str(),
                "said"
                    | "says"
                    | "say"
                    | "told"
                    | "tells"
                    | "added"
                    | "adds"
                    | "will"
                    | "would"
                    | "could"
                    | "should"
                    | "can"
                    | "has"
                    | "have"
                    | "had"
                    | "is"
                    | "was"
                    | "are"
                    | "were"
            );
        if last_one && verb_after {
            break;
        }
        out.push(n);
        k = m.last;
        if last_one {
            return out;
        }
    }
    // ("met Putin, Xi" is no list without its "and".)
    Vec::new()
}

/// Is mention `o` a verb's object ("urged Haddad to say"), not inside another mention or after a
/// preposition ("took to Twitter to say")?
pub(super) fn object_of_verb(a: &Analysis, o: usize) -> bool {
    let f = a.mentions[o].first;
    let after_preposition = f > 0 && (a.is(f - 1, PP_HEAD) || matches!(a.lower[f - 1].as_str(), "to" | "on"));
    !a.mentions[o].inside && !after_preposition
}

/// The end of a listener that is not an actor, after a speech verb such as "told": "told
/// state media, adding that ...", "told local radio that ...". `None` unless a few words
/// end at a comma, "that", a setting or the sentence's end.
pub(super) fn listener_end(a: &Analysis, c1: usize, last: usize) -> Option<usize> {
    // "told the press the drugs were only part of it": the press, then what was said.
    if c1 + 2 < last && a.lower[c1] == "the" && matches!(a.lower[c1 + 1].as_str(), "press" | "media") {
        return Some(c1 + 2);
    }
    let end = (c1..last.min(c1 + 4)).find(|&t| {
        a.tokens[t].kind != TokenKind::Word
            || matches!(a.lower[t].as_str(), "that" | "to")
            || TIME_WORDS.contains(&a.lower[t].as_str())
    });
    let end = match end {
        Some(end) => end,
        None if last <= c1 + 4 => last,
        None => return None,
    };
    // ("told me to stay": an infinitive, not a listener's end.)
    let ends = end >= last
        || matches!(a.lower[end].as_str(), "," | "." | "that")
        || TIME_WORDS.contains(&a.lower[end].as_str());
    (end > c1 && ends).then_some(end)
}

/// Whether the object pronoun right after a cue ("accusing her", "praising them") stands for
/// the entity of mention `m`, which then cannot be the one who speaks.
pub(super) fn object_pronoun_is(a: &Analysis, c1: usize, m: usize) -> bool {
    let Some(o) = a.mention_at.get(c1).copied().flatten() else {
        return false;
    };
    a.mentions[o].kind == MentionKind::Pronoun
        && matches!(a.lower[c1].as_str(), "her" | "him" | "them")
        && a.entity_id(o).is_some()
        && a.entity_id(o) == a.entity_id(m)
}

/// What calling something a name does: [`RelationType::Refuted`] for a falsehood
/// ("called the statement “absolutely false”"), [`RelationType::Criticized`] for an
/// insult ("called Trump a “national embarrassment”"), within a few words of the cue.
pub(super) fn label_kind(a: &Analysis, (c0, c1): (usize, usize), last: usize) -> Option<RelationType> {
    let calling = matches!(
        a.lower[c0].as_str(),
        "called"
            | "calls"
            | "call"
            | "calling"
            | "labeled"
            | "labelled"
            | "branded"
            | "dubbed"
            | "described"
            | "characterized"
            | "characterised"
            | "characterizing"
            | "characterising"
    );
    if !calling {
        return None;
    }
    // ("described how illegal loggers had cleared the forest": a clause, no label.)
    if matches!(a.lower.get(c1).map(|w| w.as_str()), Some("how" | "what" | "why" | "when" | "where" | "that")) {
        return None;
    }
    // Describing labels only after "as": "described the attacks as a “dastardly act”" (not
    // "described seeing an outrage unfold").
    let describing = a.lower[c0].starts_with("describ") || a.lower[c0].starts_with("characteri");
    let from = if describing {
        match (c1..last.min(c1 + 8)).find(|&k| a.lower[k] == "as") {
            Some(k) => k + 1,
            None => return None,
        }
    } else {
        c1
    };
    let words = (from..last.min(from + 8))
        .take_while(|&k| !matches!(a.lower[k].as_str(), "." | ";" | "and" | "but" | "because"));
    let mut kind = None;
    for k in words {
        let w = a.lower[k].as_str();
        if FALSEHOODS.contains(&w) {
            return Some(RelationType::Refuted);
        }
        // ("a breach of his responsibilities", not "a data breach".)
        let of_follows = a.lower.get(k + 1).is_some_and(|n| n == "of");
        if INSULTS.contains(&w) && (of_follows || !matches!(w, "breach" | "violation")) {
            kind = Some(RelationType::Criticized);
        }
        // ("called Biden “a disaster”", "called Trump's idea stupid": an actor is labelled.)
        let actor_labelled = || {
            let t = if matches!(a.lower[c1].as_str(), "the" | "a" | "an") { c1 + 1 } else { c1 };
            a.mention_at.get(t).copied().flatten().is_some_and(|m| {
                matches!(
                    a.mentions[m].actor,
                    Some(ActorType::Person | ActorType::Organization | ActorType::Country | ActorType::Group)
                ) && a.mentions[m].kind != MentionKind::Phrase
            })
        };
        if ACTOR_LABELS.contains(&w) && actor_labelled() {
            kind = Some(RelationType::Criticized);
        }
    }
    kind
}

pub(super) fn takes_actor_object(r: RelationType) -> bool {
    !matches!(r, RelationType::Said | RelationType::Proposed | RelationType::Refuted | RelationType::Promised)
}

/// The partner in ", along with Y," or ", together with Y," right after a
/// subject that ends at token `k`, before the verb at `c0`: a person or a body,
/// whose parenthesis closes just before the verb.
pub(super) fn partner_after(a: &Analysis, k: usize, c0: usize) -> Option<usize> {
    if k + 4 >= c0
        || a.lower[k] != ","
        || !matches!(a.lower[k + 1].as_str(), "along" | "together")
        || a.lower[k + 2] != "with"
    {
        return None;
    }
    let m = mention_starting(a, k + 3, c0)?;
    let mention = &a.mentions[m];
    // Past "of Oregon" after a titled name.
    let mut end = mention.last;
    if end + 1 < c0
        && a.lower[end] == "of"
        && let Some(place) = mention_starting(a, end + 1, c0)
    {
        end = a.mentions[place].last;
    }
    let closes = (end..c0).all(|t| matches!(a.lower[t].as_str(), "," | "also" | "then" | "jointly"));
    let actor = matches!(mention.actor, Some(ActorType::Person | ActorType::Organization | ActorType::Country))
        && mention.kind != MentionKind::Pronoun;
    (closes && end < c0 && a.lower[end] == "," && actor).then_some(m)
}

/// The mention whose prepositional phrase mention `m` opens (past "the"): "Experts" for "North
/// Korea" in "Experts on North Korea", "The Tax Policy Center" in "The Tax Policy Center at the
/// Urban Institute".
fn head_of_object(a: &Analysis, m: usize, first: usize) -> Option<usize> {
    mention_before_preposition(a, a.mentions[m].first, first)
        .map(|(h, _)| h)
        .filter(|&h| a.mentions[h].kind != MentionKind::Pronoun)
}

/// The person named before an apposition that ends at the comma `comma`: "Grassley" in
/// "Grassley, Republican of Iowa," and in "Grassley, the senator from Iowa,". The apposition is a
/// party member of a place, a role, or a phrase opened by an article, at most eight tokens long.
fn apposition_owner(a: &Analysis, comma: usize, first: usize) -> Option<usize> {
    let open = (comma.saturating_sub(9).max(first + 1)..comma).rev().find(|&k| a.lower[k] == ",")?;
    let start = open + 1;
    if start >= comma {
        return None;
    }
    let party = matches!(a.lower[start].as_str(), "democrat" | "republican" | "independent")
        && a.lower.get(start + 1).is_some_and(|w| w == "of" || w == "from");
    let role = a.mention_at[start].is_some_and(|m| a.mentions[m].kind == MentionKind::Role);
    let article = matches!(a.lower[start].as_str(), "the" | "a" | "an");
    let plain = (start..comma).all(|k| a.tokens[k].kind != TokenKind::Quote && a.lower[k] != "and");
    if !(party || role || article) || !plain {
        return None;
    }
    a.mention_at[open - 1].filter(|&m| {
        let m = &a.mentions[m];
        m.last == open && m.kind == MentionKind::Name && m.actor == Some(ActorType::Person)
    })
}

/// The subject and any actors coordinated with it: "Cruz and Rooney", "A, B and C".
pub(super) fn coordinated(a: &Analysis, m: usize, first: usize) -> Vec<usize> {
    let mut out = vec![m];
    let mut start = a.mentions[m].first;
    loop {
        if start < first + 2 {
            break;
        }
        // "Trump and some Democrats", "Cruz and fellow Republican Representative Rooney":
        // a determiner or up to two modifiers may open the second conjunct.
        let mut sep_at = start - 1;
        let mut modifiers = 0;
        while sep_at > first + 1 && modifiers < 2 {
            let w = a.lower[sep_at].as_str();
            let modifier = matches!(w, "some" | "the" | "other" | "several" | "many" | "fellow" | "former")
                || a.mention_at[sep_at].is_some_and(|m| a.mentions[m].last - a.mentions[m].first == 1)
                || (a.mention_at[sep_at].is_none()
                    && a.tokens[sep_at].text(&a.doc.text).chars().next().is_some_and(char::is_uppercase));
            if !modifier {
                break;
            }
            sep_at -= 1;
            modifiers += 1;
        }
        // "X and incoming chair of the committee Y both ...": "both" licenses a longer second conjunct.
        let both = out.len() == 1 && a.lower.get(a.mentions[m].last).is_some_and(|w| w == "both");
        if both && !matches!(a.lower[sep_at].as_str(), "and" | "or") {
            let and = (start.saturating_sub(10).max(first + 1)..start).rev().find(|&k| a.lower[k] == "and");
            if let Some(k) = and {
                sep_at = k;
            }
        }
        let sep = a.lower[sep_at].as_str();
        // "A, B and C": a comma joins actors only once an "and" has been seen.
        if !(sep == "and" || sep == "or" || (sep == "," && out.len() > 1)) {
            break;
        }
        // "A, B, and C": a serial comma before the "and" of a list of three or more (not the
        // comma that ends a clause: "Trump met Putin, and Biden said").
        if sep != "," && sep_at > first + 2 && a.lower[sep_at - 1] == "," {
            let ending = |p: usize| a.mention_at[p - 1].filter(|&m| a.mentions[m].last == p);
            let listed = ending(sep_at - 1).filter(|&p| {
                let f = a.mentions[p].first;
                f > first + 1 && a.lower[f - 1] == "," && ending(f - 1).is_some()
            });
            // "Grassley, Republican of Iowa, and Leahy", "Grassley, the senator from Iowa, and
            // Leahy": an apposition between the commas describes the name before it.
            let Some(prev) = apposition_owner(a, sep_at - 1, first).or(listed) else { break };
            out.insert(0, prev);
            start = a.mentions[prev].first;
            continue;
        }
        let Some(mut prev) = a.mention_at[sep_at - 1].filter(|&p| a.mentions[p].last == sep_at) else {
            break;
        };
        if a.mentions[prev].kind == MentionKind::Pronoun {
            break;
        }
        if let Some(head) = head_of_object(a, prev, first) {
            let person = |x: usize| a.mentions[x].actor == Some(ActorType::Person);
            if person(head) && (is_place(a, prev) || person(m)) {
                // "Grassley of Iowa and Leahy said", "Lind of Tarvik University and Berg said": the
                // person the place or body tags is the conjunct.
                prev = head;
            } else if out.len() == 1 && sep == "and" {
                // "Experts on North Korea and nonproliferation said", "The Tax Policy Center at the
                // Urban Institute and Brookings Institution estimates": the two are the object
                // of a preposition; the phrase's head acts.
                return coordinated(a, head, first);
            }
        }
        out.insert(0, prev);
        start = a.mentions[prev].first;
    }
    out
}

/// A symmetric relation between every pair of `parties`, in their order: "Trump and Zelenskyy
/// met", "Greece, Cyprus and Israel signed an agreement".
pub(super) fn every_pair(parties: &[usize], base: Found, out: &mut Vec<Found>) {
    for (k, &x) in parties.iter().enumerate() {
        for &y in &parties[k + 1..] {
            out.push(Found { subject: x, object: Some(y), ..base });
        }
    }
}
