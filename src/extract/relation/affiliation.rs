//! Affiliations: who holds a role in or for whom, from titles and
//! appositions ("Russia’s President Vladimir Putin", "Kremlin spokesman
//! Dmitry Peskov", "Marco Rubio, the secretary of state,").
//!
//! Takes an [`Analysis`] and the lexicon's roles; gives `affiliated_with`
//! [`Found`] relations with the role kept for the record.

use super::*;

impl<'a> RelationFinder<'a> {
    /// `affiliated_with` from titles with an affiliation ("Russia’s President
    /// Vladimir Putin"), from a title and "of" after the name ("President
    /// Hassan Rouhani of Iran") and from appositions ("Bill Weld, the former
    /// governor of Massachusetts,", "The mayor of Paris, Anne Hidalgo,").
    pub(super) fn affiliations(&self, a: &Analysis, out: &mut Vec<Found>) {
        // After a titled name, a place is served by an office ("Senator Amy Klobuchar of
        // Minnesota"); a professor or a businessman "of" a place only comes from there.
        let serves = |object: usize, role: (usize, usize)| {
            if !is_place(a, object) {
                return true;
            }
            let key = (role.0..role.1).map(|t| a.lower[t].trim_end_matches('.')).collect::<Vec<_>>().join(" ");
            let kind = self.lexicon.title(&key).or_else(|| self.lexicon.title(a.lower[role.1 - 1].as_str()));
            !matches!(kind, Some("business" | "expert" | "media" | "other"))
        };
        let mut push = |subject: usize, object: usize, role: (usize, usize)| {
            out.push(Found {
                sentence: a.mentions[subject].sentence,
                relation: RelationType::AffiliatedWith,
                subject,
                subject_word: None,
                object: Some(object),
                cue: role,
                content: None,
                window: role,
            });
        };
        for (i, m) in a.mentions.iter().enumerate() {
            if m.kind != MentionKind::Name || m.inside {
                continue;
            }
            let end = a.sentences[m.sentence].last;
            // ("US actor Chadwick Boseman", "British journalist Jo Smith": a nationality, no office;
            // but "Hong Kong Chief Executive Carrie Lam".)
            if let (Some(role), Some(aff)) = (m.role, m.affiliation) {
                let office = a.tokens[role.0].text(&a.doc.text).starts_with(char::is_uppercase);
                if office || serves(aff, role) {
                    push(i, aff, role);
                }
                continue;
            }
            if m.actor != Some(ActorType::Person) {
                continue;
            }
            // "President Hassan Rouhani of Iran" (not "the incumbent President of ...": no name).
            if let Some(role) = m.role
                && !a.is(m.head_first, WordInfo::TITLE)
                && m.last + 1 < end
                && a.lower[m.last] == "of"
                && let Some(o) = affiliation_after(a, m.last + 1, end, false).filter(|&o| serves(o, role))
            {
                push(i, o, role);
                continue;
            }
            // "Arnel dela Vega of the army's Western Mindanao Command": a person of a body works for
            // it (a person of a place only comes from there). Not a lone word in apposition to a
            // name, a title more likely: "Erwin Chemerinsky, Dean of UC Berkeley School of Law".
            let apposed = m.last == m.first + 1
                && m.first >= 2
                && a.lower[m.first - 1] == ","
                && a.mention_at[m.first - 2].is_some_and(|n| {
                    a.mentions[n].kind == MentionKind::Name && a.mentions[n].actor == Some(ActorType::Person)
                });
            if m.role.is_none()
                && !apposed
                && !a.is(m.head_last - 1, WordInfo::TITLE)
                && m.last + 1 < end
                && a.lower[m.last] == "of"
                && let Some(o) = affiliation_after(a, m.last + 1, end, false).filter(|&o| {
                    a.mentions[o].actor == Some(ActorType::Organization) && a.mentions[o].kind != MentionKind::Phrase
                })
            {
                push(i, o, (m.last, m.last + 1));
                continue;
            }
            // "Bill Weld, the former governor of Massachusetts,"; a role said of the name: "Jamal
            // Khashoggi was a columnist for The Washington Post" (an office, if of a place).
            if m.last + 1 < end
                && matches!(a.lower[m.last].as_str(), "," | "is" | "was")
                && let Some((role, o)) =
                    role_of(self.lexicon, a, m.last + 1, end).filter(|&(r, o)| a.lower[m.last] == "," || serves(o, r))
            {
                push(i, o, role);
                continue;
            }
            // "Kurt Volker, the United States special envoy for Ukraine,", "Anna Berg, the Tarvik
            // Shipping Company spokeswoman,".
            if m.last + 1 < end
                && a.lower[m.last] == ","
                && let Some((role, o)) =
                    role_after_body(self.lexicon, a, m.last + 1, end).filter(|&(r, o)| serves(o, r))
            {
                push(i, o, role);
                continue;
            }
            // "A State Department spokesperson, Morgan Ortagus,", "Russia's president, Omar Haddad,":
            // a body's role in apposition before the name.
            // ("Britain's transport secretary, Grant Shapps,": lowercase words before the title
            // are part of the role.)
            let title = m.first.checked_sub(2);
            let role_first = title.map(|t| {
                let modifier = |k: usize| {
                    a.tokens[k].kind == TokenKind::Word
                        && a.mention_at[k].is_none()
                        && a.tokens[k].text(&a.doc.text).starts_with(char::is_lowercase)
                        && !is_determiner(a.lower[k].as_str())
                        && !is_phrase_stop(a.lower[k].as_str())
                };
                let mut r = t;
                while r > 0 && t - r < 2 && modifier(r - 1) {
                    r -= 1;
                }
                r
            });
            let possessive = role_first.is_some_and(|r| r >= 2 && matches!(a.lower[r - 1].as_str(), "'s" | "’s"));
            let body_end = role_first.map(|r| if possessive { r - 1 } else { r });
            if let (Some(t), Some(r), Some(end_of_body)) = (title, role_first, body_end)
                && end_of_body >= 1
                && a.lower[m.first - 1] == ","
                && a.is(t, WordInfo::TITLE)
                && let Some(o) = a.mention_at[end_of_body - 1].filter(|&o| {
                    let body = &a.mentions[o];
                    let first = a.sentences[m.sentence].first;
                    let opens = body.first == first
                        || (body.first > first && matches!(a.lower[body.first - 1].as_str(), "a" | "an" | "the" | ","));
                    body.last == end_of_body
                        && opens
                        && matches!(body.actor, Some(ActorType::Organization | ActorType::Country))
                })
            {
                push(i, o, (r, t + 1));
                continue;
            }
            // "The mayor of Paris, Anne Hidalgo,".
            if m.first >= 2
                && a.lower[m.first - 1] == ","
                && let Some((role, o)) = role_of_before(self.lexicon, a, m.first - 1, a.sentences[m.sentence].first)
            {
                push(i, o, role);
            }
        }
    }
}

/// The organisation, country or group mention at token `k` (after "the") that
/// ends an apposition ("of Massachusetts,", "at PG&E.", "of the National Urban
/// League)") or, after a name, any phrase ("President Hassan Rouhani of Iran said").
fn affiliation_after(a: &Analysis, k: usize, end: usize, apposition: bool) -> Option<usize> {
    let o = mention_after(a, k, end)?;
    let mention = &a.mentions[o];
    let closes =
        !apposition || mention.last >= end || matches!(a.lower[mention.last].as_str(), "," | "." | ";" | ")" | ":");
    let body = matches!(
        mention.actor,
        Some(ActorType::Organization | ActorType::Country | ActorType::Location | ActorType::Group)
    ) && mention.kind != MentionKind::Pronoun;
    // "the mayor of London" serves the city, not the state its name may stand for.
    let seat = mention.known.as_ref().is_some_and(|k| k.via == Via::Seat && k.kind == ActorType::Country);
    (closes && body && !seat && !mention.possessive).then_some(o)
}

/// An apposition at token `k` that gives a role in a body: "the former governor
/// of Massachusetts", "a vice president at PG&E", "the chief executive of the
/// National Urban League". Gives the role's tokens and the body's mention.
fn role_of(lexicon: &Lexicon, a: &Analysis, k: usize, end: usize) -> Option<((usize, usize), usize)> {
    // With or without an article, after an adverb: "Omar Haddad, spokesman for the Harbor
    // Authority,", "Michael Bloomberg, formerly the mayor of New York City,".
    let mut start = k;
    if a.lower.get(start).is_some_and(|w| {
        w.ends_with("ly") || matches!(w.as_str(), "now" | "still" | "once" | "already" | "also" | "then")
    }) {
        start += 1;
    }
    if matches!(a.lower.get(start)?.as_str(), "the" | "a" | "an") {
        start += 1;
    }
    // ("the mayor" is an unnamed role's mention of its own.)
    let free = |t: usize| a.mention_at[t].is_none_or(|m| a.mentions[m].kind == MentionKind::Role);
    let two_word_title = |t: usize| {
        t > start
            && a.is(t - 1, WordInfo::TITLE_PREFIX)
            && lexicon.title(&format!("{} {}", a.lower[t - 1].as_str(), a.lower[t].as_str())).is_some()
    };
    // Up to three modifiers ("former", "chief", "deputy") before the title word.
    let title =
        (start..end.min(start + 4)).take_while(|&t| a.tokens[t].kind == TokenKind::Word && free(t)).find(|&t| {
            (a.is(t, WordInfo::TITLE) || two_word_title(t))
                && matches!(a.lower.get(t + 1).map(|w| w.as_str()), Some("of" | "at" | "for"))
        })?;
    // ("the former governor": the role says it is over. "the" opens titles such as "the Rev.",
    // but no role: "who is the spokeswoman for ...".)
    let first = (start..title)
        .find(|&t| {
            (a.is(t, WordInfo::TITLE | WordInfo::TITLE_PREFIX) && !matches!(a.lower[t].as_str(), "the" | "a" | "an"))
                || matches!(a.lower[t].as_str(), "former" | "then")
        })
        .unwrap_or(title);
    let first = if two_word_title(title) { first.min(title - 1) } else { first };
    let o = affiliation_after(a, title + 2, end, true)?;
    Some(((first, title + 1), o))
}

/// The role and the body of an apposition at token `k` that names the body
/// before the role: "the United States special envoy for Ukraine", "the
/// Democratic Party's presumptive nominee". The role ends the apposition (a
/// comma, the sentence's end) or takes a "for" phrase.
fn role_after_body(lexicon: &Lexicon, a: &Analysis, k: usize, end: usize) -> Option<((usize, usize), usize)> {
    let start = if matches!(a.lower.get(k)?.as_str(), "the" | "a" | "an") { k + 1 } else { k };
    let o = mention_starting(a, start, end)?;
    let body = &a.mentions[o];
    if !matches!(body.kind, MentionKind::Name | MentionKind::Known)
        || !matches!(body.actor, Some(ActorType::Organization | ActorType::Country))
    {
        return None;
    }
    let after = if body.possessive { body.last + 1 } else { body.last };
    let free = |t: usize| a.tokens[t].kind == TokenKind::Word && a.mention_at[t].is_none();
    // Up to two modifiers ("presumptive", "special") before a title of up to three words.
    let title = (after..end.min(after + 3)).take_while(|&t| free(t)).find_map(|t| {
        (1..=3usize).rev().find_map(|n| {
            let words = a.lower.get(t..t + n).filter(|_| t + n <= end && (t..t + n).all(free))?;
            let key = words.iter().map(|w| w.as_str()).collect::<Vec<_>>().join(" ");
            lexicon.title(&key).map(|_| (t, t + n))
        })
    })?;
    let ends = title.1 >= end || matches!(a.lower[title.1].as_str(), "," | "." | "for" | ")");
    let first = (after..title.0).find(|&t| a.is(t, WordInfo::TITLE | WordInfo::TITLE_PREFIX)).unwrap_or(title.0);
    ends.then_some(((first, title.1), o))
}

/// The role of "The mayor of Paris, Anne Hidalgo": the apposition that opens
/// after an article and ends at the comma `comma`, as [`role_of`] gives it.
fn role_of_before(lexicon: &Lexicon, a: &Analysis, comma: usize, first: usize) -> Option<((usize, usize), usize)> {
    let the = (comma.saturating_sub(10).max(first)..comma).find(|&t| {
        matches!(a.lower[t].as_str(), "the" | "a" | "an")
            && (t == first || matches!(a.lower[t - 1].as_str(), "," | "and"))
    })?;
    role_of(lexicon, a, the, comma + 1).filter(|&(_, o)| a.mentions[o].last == comma)
}
