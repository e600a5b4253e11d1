//! From a found relation to its record: the entities of subject, object
//! and `about` (an unnamed role kept as a node of its own), the type as the
//! words around the cue settle it (an attack between people is criticism,
//! "suggested expanding" a proposal, a warning to no one a statement), the
//! cue, content and evidence spans, the CAMEO code, negation and hedging.
//!
//! Takes an [`Analysis`] and a `Found`; gives a [`RelationRecord`].

use super::*;
use crate::extract::mention::PLACE_FEATURE;

impl<'a> RelationFinder<'a> {
    /// The record of `f`; none when an unnamed group would be a party to a
    /// relation other than a statement.
    pub(super) fn record<'x>(&self, a: &'x Analysis, f: &Found) -> Option<RecordOut<'x>> {
        if !f.relation.is_statement() && a.unnamed_group(f.subject) {
            return None;
        }
        let mut subject = match a.entity_out(f.subject) {
            Some(subject) => subject,
            // "“...,” the spokesman said", with no one named as the spokesman: the role speaks.
            None if f.relation.is_statement() => unnamed_role(a, f.subject)?,
            None => return None,
        };
        if let Some(k) = f.subject_word {
            subject.mention = Some(a.span_out(k, k + 1));
        }
        // A place does not speak, but its government does: "The city of Phoenix is demanding ...".
        let first = a.mentions[f.subject].first;
        let government = first >= 2
            && a.lower[first - 1] == "of"
            && matches!(a.lower[first - 2].as_str(), "city" | "state" | "town" | "county" | "village" | "commonwealth");
        if subject.kind == ActorType::Location && f.relation.is_statement() && !government {
            return None;
        }
        // A statement stands without its target: "X asked the candidates to ..." when "the
        // candidates" names no one in particular.
        // ("ordered Khashoggi's killing", "demanded Haddad's release": who would undergo what
        // is asked for is not asked; "demanded Haddad's resignation" asks Haddad.)
        let owner = |o: usize| {
            let noun = a.mentions[o].last + 1;
            matches!(f.relation, RelationType::Requested | RelationType::Demanded)
                && a.mentions[o].possessive
                && a.lower.get(noun).is_some_and(|n| UNDERGONE.contains(&n.as_str()))
        };
        let mut object = match f.object.map(|o| a.entity_out(o).filter(|_| !a.unnamed_group(o) && !owner(o))) {
            Some(None) if !f.relation.is_statement() => return None,
            o => o.flatten(),
        };
        // "called the report fake news" refutes it; "called Trump a clown" criticizes him.
        // "called Trump's order swift": a name for someone's deed, not a call to them ("called
        // Trump's decision a disgrace" criticises him).
        let deed_named = f.relation == RelationType::SpokeWith
            && f.cue.1 == f.cue.0 + 1
            && matches!(a.lower[f.cue.0].as_str(), "called" | "calls")
            && f.object.is_some_and(|o| {
                let m = &a.mentions[o];
                // ("called Trump's cellphone", "called Pence's home" are calls.)
                let line = a.lower.get(m.last + 1).is_some_and(|n| {
                    matches!(
                        n.as_str(),
                        "cellphone"
                            | "cell"
                            | "phone"
                            | "mobile"
                            | "home"
                            | "office"
                            | "house"
                            | "residence"
                            | "number"
                    )
                });
                m.possessive && m.first == f.cue.1 && !line
            });
        let labelled = (f.relation == RelationType::Said || deed_named)
            .then(|| label_kind(a, f.cue, a.sentences[f.sentence].last))
            .flatten();
        if deed_named && labelled != Some(RelationType::Criticized) {
            return None;
        }
        if labelled == Some(RelationType::Criticized) && object.is_none() {
            let target = a.mention_at[f.cue.1].filter(|&m| a.mentions[m].first == f.cue.1 && m != f.subject);
            object = target.and_then(|m| a.entity_out(m)).filter(|o| o.kind != ActorType::Location);
        }
        // "Clinton visited Ohio": a place does not meet, talk or agree.
        if f.relation.is_symmetric() && object.as_ref().is_some_and(|o| o.kind == ActorType::Location) {
            return None;
        }
        let sentence = a.sentences[f.sentence];
        // "Trump attacked Clinton", "fired at Trump": between people an attack is verbal
        // (not "killed", "shot", "stabbed").
        let relation = match (&object, f.relation) {
            (Some(o), RelationType::Attacked)
                if subject.kind == ActorType::Person
                    && o.kind == ActorType::Person
                    // ("killed Biden's climate bill": harm to a thing of theirs is in words.)
                    && !(physical_harm(&a.lower[f.cue.0]) && f.object.is_some_and(|m| !a.mentions[m].possessive)) =>
            {
                RelationType::Criticized
            }
            // "suggested expanding the Court": a course of action suggested is a proposal.
            (_, RelationType::Said)
                if f.cue.1 == f.cue.0 + 1
                    && matches!(a.lower[f.cue.0].as_str(), "suggested" | "suggests" | "suggest" | "suggesting")
                    && a.lower.get(f.cue.1).is_some_and(|w| w.ends_with("ing") && w.len() > 5)
                    && a.mention_at[f.cue.1].is_none()
                    && a.tokens[f.cue.1].text(&a.doc.text).starts_with(|c: char| c.is_lowercase()) =>
            {
                RelationType::Proposed
            }
            // "The NHC warned of flash floods", "warned that the deal would fail": a warning to no one
            // is a statement, not a threat ("Iran warned it would retaliate" threatens).
            (None, RelationType::Threatened)
                if f.object.is_none() && a.lower[f.cue.0].starts_with("warn") && !own_deed_after(a, f.cue.1) =>
            {
                RelationType::Said
            }
            (_, r) => r,
        };
        let relation = labelled.unwrap_or(relation);
        let range = f.content.and_then(|r| before_another_source(a, r));
        let content = range.map(|(x, y)| a.span_out(x, y));
        let mut about: Vec<EntityOut> = Vec::new();
        if let Some((x, y)) = range {
            for m in a.mentions_starting_in(x, y) {
                let mention = &a.mentions[m];
                // A bare group noun ("workers", "members") says too little to be a target.
                let bare_group = a.bare_group(m)
                    || mention.kind == MentionKind::Phrase
                    // Nor does a pronoun, whoever it stands for: what the content names counts
                    // ("Durbin said “he ignores the law”" names no one; "it" and "them" are as
                    // often things as actors).
                    || mention.kind == MentionKind::Pronoun
                    || a.unnamed_group(m);
                // ("standing in the Velliyar River", "damage to Gaisano Mall": a feature of the land
                // or a building is where, not whom.)
                let feature = mention.actor == Some(ActorType::Location) && a.is(mention.last - 1, PLACE_FEATURE);
                if mention.first >= x
                    && !feature
                    // ("via Twitter", "responded … on Twitter, calling it …": the medium, not the target.)
                    && !is_medium(&a.lower, mention)
                    && !posted_on(a, mention)
                    && mention.last <= y
                    && !mention.inside
                    && !bare_group
                    && let Some(id) = a.entity_id(m)
                    && id != subject.id
                    && !about.iter().any(|e| e.id == id)
                    && let Some(r) = a.entity_out(m)
                {
                    about.push(r);
                }
            }
        }
        let (w0, w1) = f.window;
        // ("not only implying …, but also recommending …" denies nothing.)
        let not_only =
            |k: usize| a.lower[k] == "not" && a.lower.get(k + 1).is_some_and(|n| matches!(n.as_str(), "only" | "just"));
        // ("Putin has yet to congratulate Biden": not yet.)
        let yet_to = |k: usize| k + 2 == f.cue.0 && a.lower[k] == "yet" && a.lower[k + 1] == "to";
        let negated = (w0..w1).any(|k| (a.is(k, NEGATION) && !not_only(k)) || yet_to(k))
            || (f.cue.0 > sentence.first && a.lower[f.cue.0 - 1] == "no");
        // A statement's own verb is no hedge on it: "the agency reported that ..." is
        // plain, where "the reported attack" and "possible punitive actions" are hedged.
        let in_verb = |k: usize| {
            (f.cue.0..f.cue.1).contains(&k)
                && matches!(a.lower[k].as_str(), "reported" | "expected" | "consider" | "considering")
        };
        // Nor is what was said: "police said further charges may be laid" was said.
        let in_content = |k: usize| f.content.is_some_and(|(x, y)| (x..y).contains(&k));
        // ("Clinton should have congratulated me": what ought to have been, not what was.)
        let should_have = |k: usize| a.lower[k] == "should" && a.lower.get(k + 1).is_some_and(|w| w == "have");
        // ("She would later say", "he would go on to say": a past seen from before it.)
        let later = |k: usize| {
            a.lower[k] == "would"
                && match a.lower.get(k + 1).map(|w| w.as_str()) {
                    Some("later") => true,
                    Some("go") => a.lower.get(k + 2).is_some_and(|w| w == "on"),
                    _ => false,
                }
        };
        let hedged = (w0..w1).any(|k| {
            (a.is(k, HEDGE) || should_have(k)) && !later(k) && !in_verb(k) && !in_content(k) && !is_month(a, k)
        }) || hedged_context(a, f, &in_content);
        // ("Omar Haddad of the Harbor Authority": a member, of no named role.)
        let role = (relation == RelationType::AffiliatedWith)
            .then(|| a.span_out(f.cue.0, f.cue.1).text)
            .filter(|r| *r != "of");
        Some(RecordOut {
            doc: &a.doc.id,
            sentence: f.sentence,
            relation,
            subject,
            object,
            cue: a.span_out(f.cue.0, f.cue.1),
            content,
            about,
            negated,
            hedged,
            cameo: relation.cameo(),
            evidence: a.span_out(sentence.first, sentence.last),
            role,
            date: a.doc.date.as_deref(),
        })
    }
}

/// What was said, ending before another source's ", according to X" that closes it ("the plan
/// was dead, according to Reuters": Reuters is who reports it, not what it is about). Not "the
/// plan, according to Reuters, was dead", nor "acted according to the law" (no actor follows);
/// a quotation stays whole, and so does an answer of several sentences that uses the phrase.
fn before_another_source(a: &Analysis, (x, y): (usize, usize)) -> Option<(usize, usize)> {
    if a.tokens[x].kind == TokenKind::Quote {
        // ("“I urge residents to stay indoors,” the mayor, Jane Doe, said": the quotation, not
        // the role in apposition after it.)
        let closed = a.quotes_near(x, x + 1).find(|&&(open, _)| open == x).map(|&(_, close)| close);
        if let Some(close) = closed.filter(|&c| c + 1 < y)
            && (a.lower[close - 1] == "," || a.lower[close + 1] == ",")
            && (close + 1..y).all(|k| a.tokens[k].kind != TokenKind::Quote)
        {
            return Some((x, close + 1));
        }
        return Some((x, y));
    }
    let source = (x + 1..y.saturating_sub(1))
        .take_while(|&k| !matches!(a.lower[k].as_str(), "." | "?" | "!"))
        .find(|&k| a.lower[k - 1] == "," && a.lower[k] == "according" && a.lower[k + 1] == "to");
    let Some(k) = source else {
        return Some((x, y));
    };
    // The source is an actor, and the clause does not go on after it.
    let Some(m) = mention_starting(a, k + 2, y) else {
        return Some((x, y));
    };
    let after = a.mentions[m].last;
    let goes_on = after + 1 < y
        && a.lower[after] == ","
        && (is_auxiliary(a.lower[after + 1].as_str()) || a.is(after + 1, BE_FORM));
    if goes_on || a.quotes_near(k, k + 1).any(|&(open, close)| open <= k && k <= close) {
        return Some((x, y));
    }
    trim_content(a, x, k)
}

/// Does a subject pronoun and a modal follow token `k` (past "that"): "warned it would retaliate",
/// "have warned they could sell"? The speaker then warns of what it will do.
fn own_deed_after(a: &Analysis, k: usize) -> bool {
    let k = if a.lower.get(k).is_some_and(|w| w == "that") { k + 1 } else { k };
    a.lower.get(k).is_some_and(|w| matches!(w.as_str(), "it" | "he" | "she" | "they" | "we" | "i"))
        && a.lower.get(k + 1).is_some_and(|w| matches!(w.as_str(), "would" | "will" | "could" | "might" | "may"))
}

/// A role noun ("the spokesman") that no name in the text fills, as an actor of its own.
fn unnamed_role<'x>(a: &'x Analysis, m: usize) -> Option<EntityOut<'x>> {
    let mention = &a.mentions[m];
    // "Ruth Abara, the finance minister,": a role in apposition belongs to the name before it.
    let apposition = mention.first > a.sentences[mention.sentence].first + 1
        && a.lower[mention.first - 1] == ","
        && a.mention_at[mention.first - 2]
            .is_some_and(|n| a.mentions[n].kind == MentionKind::Name && a.mentions[n].last == mention.first - 1);
    if mention.kind != MentionKind::Role || mention.head_first >= mention.last || apposition {
        return None;
    }
    // "the president of Turkey": the role with its place.
    let place = a
        .mention_at
        .get(mention.last + 1)
        .copied()
        .flatten()
        .filter(|&q| a.lower[mention.last] == "of" && a.mentions[q].first == mention.last + 1 && is_place(a, q));
    // (As written: "the mayor of London" is no mayor of the United Kingdom.)
    let name = match place {
        Some(q) => a.span_out(mention.head_first, a.mentions[q].last).text,
        None => a.span_out(mention.head_first, mention.last).text,
    };
    let id = slug(name);
    (!id.is_empty()).then(|| EntityOut {
        id: std::borrow::Cow::Owned(id),
        name,
        kind: ActorType::Person,
        mention: Some(a.span_out(mention.first, mention.last)),
    })
}

/// Reported or conditional context before the cue: "Reports indicate that ...", "there could potentially be".
fn hedged_context(a: &Analysis, f: &Found, in_content: &dyn Fn(usize) -> bool) -> bool {
    let (first, c0) = (a.sentences[f.sentence].first, f.cue.0);
    // (The word first: `in_content` is a call, and most words are none of these.)
    (first..c0).any(|k| {
        matches!(
            a.lower[k].as_str(),
            "reports" | "could" | "might" | "may" | "possible" | "potential" | "potentially" | "if"
        ) && !in_content(k)
            && !is_month(a, k)
    }) && !(first..c0).any(|k| a.lower[k] == "that" && a.mention_at[k].is_none())
}

/// Is token `k` the month May or the name ("Theresa May") rather than the modal? A capital "May"
/// is the modal only where it opens a sentence, and not before a number or as a name there
/// ("May 4 was chosen", "May said").
fn is_month(a: &Analysis, k: usize) -> bool {
    a.lower[k] == "may"
        && a.tokens[k].text(&a.doc.text).starts_with('M')
        && (!a.starts_sentence(k)
            || a.mention_at[k].is_some()
            || a.tokens.get(k + 1).is_some_and(|t| t.kind == TokenKind::Number))
}

/// Does a cue word name bodily harm, never an attack in words ("killed", "shot", "stabbed")?
fn physical_harm(w: &str) -> bool {
    ["kill", "murder", "stab", "assassinat", "kidnap", "abduct"].iter().any(|p| w.starts_with(p))
        || matches!(w, "shot" | "shoots" | "assaulted")
}

/// Social platforms, by their canonical names in the lexicon.
pub(super) const SOCIAL_PLATFORMS: &[&str] =
    &["Twitter", "Facebook", "Instagram", "YouTube", "TikTok", "Telegram", "Truth Social", "Weibo", "WeChat", "Reddit"];

/// A social platform after "on" that ends its clause ("responded to the report on Twitter,
/// calling it …"): where it was said, not what it is about ("fines on Facebook for …" is).
fn posted_on(a: &Analysis, m: &crate::extract::mention::Mention) -> bool {
    // (Not a target: "a crackdown on Facebook", "spent $10 million on Twitter", "no place on
    // Twitter" inside a quotation.)
    let target = |w: &str| {
        matches!(
            w,
            "ban"
                | "bans"
                | "fine"
                | "fines"
                | "crackdown"
                | "bid"
                | "blame"
                | "blamed"
                | "spending"
                | "spent"
                | "advertising"
                | "ads"
                | "minute"
                | "minutes"
                | "hours"
                | "place"
                | "pressure"
                | "tax"
                | "sanctions"
                | "restrictions"
                | "attack"
                | "attacks"
                | "war"
                | "time"
        )
    };
    m.first > 1
        && a.lower[m.first - 1] == "on"
        && !target(&a.lower[m.first - 2])
        && !a.quotes_near(m.first, m.first + 1).any(|&(open, close)| open < m.first && m.first < close)
        && m.known.as_ref().is_some_and(|k| SOCIAL_PLATFORMS.contains(&k.name.as_str()))
        && a.lower
            .get(m.last)
            .is_none_or(|w| matches!(w.as_str(), "," | "." | ";" | ":" | "that" | "saying" | "calling"))
}
