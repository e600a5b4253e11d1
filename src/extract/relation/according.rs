//! "According to X": a source named after the cue, past the place in its
//! title, the document it speaks through ("a statement from the Port
//! Authority"), a person in apposition and a partner ("according to Reuters
//! and NBC"); the content is the rest of the sentence or the words before.
//!
//! Takes an [`Analysis`] and the cue's tokens; adds statements.

use super::*;

impl<'a> RelationFinder<'a> {
    /// The statement of an "according to" cue at `(c0, c1)` in sentence `s`.
    pub(super) fn according_to(
        &self,
        a: &Analysis,
        s: usize,
        (c0, c1): (usize, usize),
        base: Found,
        out: &mut Vec<Found>,
    ) {
        let sentence = a.sentences[s];
        // "according to which a section ...": a relative pronoun, not a source.
        if a.lower.get(c1).is_some_and(|w| matches!(w.as_str(), "which" | "whom" | "whose")) {
            return;
        }
        // "according to X": X is the source; the content is the rest of the sentence.
        let Some(mut m) = mention_after(a, c1, sentence.last).or_else(|| modified_mention(a, c1, sentence.last)) else {
            return;
        };
        // (A document, whose owner may speak for it below.)
        let document = a.mentions[m].kind == MentionKind::Phrase;
        // "according to Virginia AFL-CIO President Doris Crouse-Mays": past the place that
        // opens the speaker's title.
        // "according to the Florida Department of State": the body after its place; "according
        // to US officials": the group.
        if is_place(a, m)
            && let Some(next) = mention_starting(a, a.mentions[m].last, sentence.last)
            && matches!(a.mentions[next].actor, Some(ActorType::Person | ActorType::Organization | ActorType::Group))
        {
            m = next;
        }
        // "according to a statement from the Port Authority": the named owner of the document,
        // also past its participle ("a statement released by her family").
        let mut m_end = a.mentions[m].last;
        // ("a memo posted online by Senator Juan Dalmau": an adverb may come between.)
        if a.mentions[m].kind == MentionKind::Phrase
            && m_end + 2 < sentence.last
            && matches!(a.lower[m_end].as_str(), "released" | "issued" | "published" | "posted" | "sent")
        {
            let adverb = |w: &str| w == "online" || (w.len() > 4 && w.ends_with("ly"));
            if matches!(a.lower[m_end + 1].as_str(), "by" | "from") {
                m_end += 1;
            } else if m_end + 3 < sentence.last
                && adverb(&a.lower[m_end + 1])
                && matches!(a.lower[m_end + 2].as_str(), "by" | "from")
            {
                m_end += 2;
            }
        }
        if a.mentions[m].kind == MentionKind::Phrase
            && m_end + 1 < sentence.last
            && matches!(a.lower[m_end].as_str(), "from" | "by")
            && let Some(owner) = mention_after(a, m_end + 1, sentence.last)
            && matches!(a.mentions[owner].kind, MentionKind::Name | MentionKind::Known | MentionKind::Body)
        {
            m = owner;
        }
        // "According to Windsor Locks' first selectman, Chris Kervick, ...", "according to
        // the company's spokesman, Omar Haddad,": the person named in apposition.
        let owner_end = a.mentions[m].last;
        // (One person in apposition to a singular role only: in "According to officials,
        // Omar Haddad, the mayor, resigned" the officials speak.)
        let unnamed = matches!(a.mentions[m].kind, MentionKind::Phrase | MentionKind::Role)
            && !a.lower[owner_end - 1].ends_with('s');
        let comma = if owner_end < sentence.last && matches!(a.lower[owner_end].as_str(), "'s" | "'") {
            (owner_end + 1..sentence.last.min(owner_end + 6))
                .take_while(|&t| a.tokens[t].kind == TokenKind::Word || a.lower[t] == ",")
                .find(|&t| a.lower[t] == ",")
        } else {
            (unnamed && a.lower.get(owner_end).is_some_and(|w| w == ",")).then_some(owner_end)
        };
        if let Some(comma) = comma
            && let Some(n) = mention_starting(a, comma + 1, sentence.last)
            && a.mentions[n].kind == MentionKind::Name
            && a.mentions[n].actor == Some(ActorType::Person)
            && a.lower.get(a.mentions[n].last).is_some_and(|w| w == ",")
        {
            m = n;
        }
        let mut m_end = a.mentions[m].last;
        // "According to Johnson's critics, …": the critics speak; "according to Trump's former
        // adviser John Bolton, …": Bolton; "according to Merkel's spokesman, …": Merkel, and the
        // spokesman is no content. (Up to the comma: "Haddad's allies in parliament,".)
        // (A role's "'s" is a token after it: "the minister's aides".)
        // (A bare "'" only after a plural: "the ministers' aides", not "the so-called 'experts',".)
        let possessive = a.mentions[m].possessive
            || match a.lower.get(m_end).map(|w| w.as_str()) {
                Some("'s") => true,
                Some("'") => a.lower[m_end - 1].ends_with('s') && a.tokens[m_end].kind != TokenKind::Quote,
                _ => false,
            };
        if possessive && m_end + 1 < sentence.last {
            let unnamed =
                |n: usize| matches!(a.mentions[n].kind, MentionKind::Group | MentionKind::Role | MentionKind::Phrase);
            let words = (m_end + 1..sentence.last.min(m_end + 8))
                .take_while(|&t| a.tokens[t].kind == TokenKind::Word || a.mention_at[t].is_some());
            let person = words.clone().find_map(|t| {
                mention_starting(a, t, sentence.last).filter(|&n| {
                    a.mentions[n].kind == MentionKind::Name && a.mentions[n].actor == Some(ActorType::Person)
                })
            });
            let comma = words.last().filter(|&e| a.lower.get(e + 1).is_some_and(|w| w == ",")).map(|e| e + 1);
            if let Some(n) = person {
                m = n;
                m_end = a.mentions[n].last;
            } else if let Some(n) = mention_starting(a, m_end + 1, sentence.last).filter(|&n| unnamed(n)) {
                m = n;
                m_end = comma.unwrap_or(a.mentions[n].last);
            } else if let Some(c) = comma {
                m_end = c;
            }
        }
        // "According to Syrian state media, ...": the source's nouns after its country's adjective.
        // ("According to the U.S. embassy in Beijing, ...": so after a country's name, with a
        // place after the nouns.)
        if a.mentions[m].known.as_ref().is_some_and(|k| k.via == Via::Demonym || k.kind == ActorType::Country) {
            // ("According to Russian officials": the group noun too.)
            let noun = |t: usize| {
                a.tokens[t].kind == TokenKind::Word
                    && a.mention_at[t].is_none_or(|n| a.mentions[n].kind == MentionKind::Group)
                    && !is_phrase_stop(&a.lower[t])
            };
            let e =
                (m_end..sentence.last.min(m_end + 3)).take_while(|&t| noun(t)).last().map(|e| {
                    match mention_starting(a, e + 2, sentence.last) {
                        Some(p) if matches!(a.lower[e + 1].as_str(), "in" | "of") => a.mentions[p].last - 1,
                        _ => e,
                    }
                });
            if let Some(e) = e.filter(|&e| e + 1 < sentence.last && a.lower[e + 1] == ",") {
                m_end = e + 1;
            }
        }
        // "According to a statement from the foreign ministry, ...": the words that describe
        // a document up to the comma are no content (also after its owner: "a report by
        // Reuters on Monday,").
        if document
            && m_end < sentence.last
            && matches!(
                a.lower[m_end].as_str(),
                "from" | "by" | "of" | "on" | "released" | "issued" | "published" | "posted" | "sent"
            )
            && let Some(comma) = (m_end + 1..sentence.last.min(m_end + 12))
                .take_while(|&t| matches!(a.tokens[t].kind, TokenKind::Word | TokenKind::Number) || a.lower[t] == ",")
                .find(|&t| a.lower[t] == ",")
        {
            // ("a survey published in 2017 by the Royal Pharmaceutical Society,", "a report
            // on Wednesday by UpGuard, a cybersecurity firm,": its author speaks, and an
            // apposition to the author is no content either.)
            let owner = (m_end..comma)
                .filter(|&t| matches!(a.lower[t].as_str(), "by" | "from"))
                .find_map(|t| mention_after(a, t + 1, comma))
                .filter(|&o| {
                    matches!(a.mentions[o].kind, MentionKind::Name | MentionKind::Known | MentionKind::Body)
                        && a.mentions[o].last == comma
                });
            m_end = comma;
            if let Some(o) = owner {
                m = o;
                let apposition = comma + 2 < sentence.last && matches!(a.lower[comma + 1].as_str(), "a" | "an" | "the");
                if let Some(next) = apposition
                    .then(|| {
                        (comma + 2..sentence.last.min(comma + 10))
                            .take_while(|&t| a.tokens[t].kind == TokenKind::Word || a.lower[t] == ",")
                            .find(|&t| a.lower[t] == ",")
                    })
                    .flatten()
                {
                    m_end = next;
                }
            }
        }
        // "“…,” according to a tweet on Monday by US Secretary of State Mike Pompeo.": the author
        // that ends the sentence.
        if document
            && a.mentions[m].kind == MentionKind::Phrase
            && let Some(o) = (m_end..sentence.last.min(m_end + 8))
                .take_while(|&t| matches!(a.tokens[t].kind, TokenKind::Word | TokenKind::Number))
                .filter(|&t| matches!(a.lower[t].as_str(), "by" | "from"))
                .find_map(|t| mention_after(a, t + 1, sentence.last))
            && matches!(a.mentions[o].kind, MentionKind::Name | MentionKind::Known | MentionKind::Body)
            && skip_punct(a, a.mentions[o].last, sentence.last) >= sentence.last
        {
            m = o;
            m_end = a.mentions[o].last;
        }
        // "According to Reuters and NBC, ...": each source says it.
        let named = |n: usize| matches!(a.mentions[n].kind, MentionKind::Name | MentionKind::Known);
        let partner = (named(m) && m_end + 1 < sentence.last && a.lower[m_end] == "and")
            .then(|| mention_after(a, m_end + 1, sentence.last))
            .flatten()
            .filter(|&n| {
                let after = a.mentions[n].last;
                named(n) && (after >= sentence.last || matches!(a.lower[after].as_str(), "," | "." | ";"))
            });
        if let Some(n) = partner {
            m_end = a.mentions[n].last;
        }
        // ("According to a 2019 Marquette University poll, ...": past the document its owner's
        // name modifies.)
        if m_end < sentence.last && is_document_noun(a.lower[m_end].as_str()) && a.mention_at[m_end].is_none() {
            m_end += 1;
        }
        // ("according to the National Transportation Safety Board (NTSB), ...": past the source's
        // acronym in brackets.)
        if m_end < sentence.last
            && a.lower[m_end] == "("
            && let Some(close) = (m_end + 1..sentence.last.min(m_end + 5)).find(|&t| a.lower[t] == ")")
        {
            m_end = close + 1;
        }
        // ("According to the embassy in Paris, ...", "According to ecologist Chip Taylor of the
        // University of Kansas, ...": the place or body after the source is no content.)
        if c0 == sentence.first
            && m_end + 1 < sentence.last
            && matches!(a.lower[m_end].as_str(), "in" | "of" | "at" | "from")
            && let Some(comma) = (m_end + 1..sentence.last.min(m_end + 9))
                .take_while(|&t| {
                    a.lower[t] == ","
                        || a.mention_at[t].is_some()
                        || (a.tokens[t].kind == TokenKind::Word
                            && !matches!(a.lower[t].as_str(), "who" | "which" | "that")
                            && !is_auxiliary(&a.lower[t])
                            && !a.is(t, BE_FORM)
                            && !a.lower[t].ends_with("ed"))
                })
                .find(|&t| a.lower[t] == ",")
            && comma > m_end + 1
            && sentence.last - comma >= 4
        {
            // ("police in Baytown, Texas, ...": past the place's state.)
            let place = a.mention_at[comma - 1]
                .filter(|&p| a.mentions[p].last > comma)
                .or_else(|| mention_starting(a, comma + 1, sentence.last))
                .filter(|&p| is_place(a, p) && a.lower.get(a.mentions[p].last).is_some_and(|w| w == ","));
            m_end = place.map_or(comma, |p| a.mentions[p].last);
        }
        // ("According to Iran's Fars news agency, ...": past the source's kind in lower case.)
        if let Some(comma) = (m_end..sentence.last.min(m_end + 3))
            .take_while(|&t| {
                a.tokens[t].kind == TokenKind::Word
                    && a.mention_at[t].is_none()
                    && a.tokens[t].text(&a.doc.text).starts_with(char::is_lowercase)
                    && !is_phrase_stop(&a.lower[t])
                    && !a.lower[t].ends_with("ed")
                    && !a.lower[t].ends_with("ing")
            })
            .last()
            .map(|t| t + 1)
            .filter(|&c| c + 1 < sentence.last && a.lower[c] == "," && c0 == sentence.first)
        {
            m_end = comma;
        }
        // ("According to Reuters, a news agency based in London, the talks failed": an apposition
        // to the source is no content; "According to police, a man was arrested, …" is.)
        if c0 == sentence.first
            && m_end + 2 < sentence.last
            && a.lower[m_end] == ","
            && matches!(a.lower[m_end + 1].as_str(), "a" | "an")
        {
            let finite = |t: usize| {
                let w = a.lower[t].as_str();
                is_auxiliary(w)
                    || a.is(t, BE_FORM)
                    || IRREGULAR_PASTS.contains(&w)
                    || (w.ends_with("ed")
                        && !a
                            .lower
                            .get(t + 1)
                            .is_some_and(|n| matches!(n.as_str(), "in" | "by" | "on" | "at" | "from")))
            };
            let end = (m_end + 2..sentence.last.min(m_end + 14))
                .take_while(|&t| a.tokens[t].kind != TokenKind::Quote && !finite(t))
                .find(|&t| a.lower[t] == ",");
            // (Two words or more: "According to the ruling, a host, such as Facebook, must …" is
            // the clause; and what follows has a verb of its own.)
            if let Some(e) = end
                .filter(|&e| e >= m_end + 4 && (e + 1..sentence.last).any(|t| finite(t) || a.lower[t].ends_with('s')))
            {
                m_end = e;
            }
        }
        // "According to X, ..." and "...: potentially, according to X, $3 billion ...": the
        // words after; "..., according to a poll released last week.": the words before.
        let rest = skip_punct(a, m_end, sentence.last);
        // ("..., according to an analysis by Lily Batchelder, a former official.": an
        // apposition to the source does not continue the sentence; "Longer term, according to
        // X, the goal is to …": a phrase with its own verb does.)
        let clause = || {
            (rest..sentence.last)
                .take_while(|&t| !matches!(a.lower[t].as_str(), "who" | "which" | "that" | ","))
                .any(|t| is_auxiliary(a.lower[t].as_str()))
        };
        let apposition = c0 > sentence.first
            && rest < sentence.last
            && matches!(a.lower[rest].as_str(), "a" | "an" | "the")
            && !clause();
        // ("…, according to British Transport Police (BTP), but the man was found dead": what
        // follows a conjunction is the writer's.)
        // (Nor in "While only 10–15% own a fursuit according to a 2011 study, organizers
        // reported …" is the main clause the study's.)
        let writers = c0 > sentence.first
            && rest < sentence.last
            && (matches!(a.lower[rest].as_str(), "but" | "and" | "while" | "although" | "though")
                || (matches!(a.lower[sentence.first].as_str(), "while" | "although" | "though" | "whereas")
                    && (sentence.first..c0).all(|t| a.lower[t] != ",")));
        let continues =
            m_end < sentence.last && a.lower[m_end] == "," && sentence.last - rest >= 4 && !apposition && !writers;
        // Inside a clause: "The man was taken to hospital, according to officials, with severe
        // burns" is the clause before (what follows is a phrase of its own).
        let comma_before = c0 > sentence.first + 1 && a.lower[c0 - 1] == ",";
        let phrase_after = || {
            (c0 - sentence.first > 4
                || (sentence.first..c0).any(|t| a.is(t, BE_FORM) || is_auxiliary(a.lower[t].as_str())))
                && matches!(
                    a.lower[rest].as_str(),
                    "with" | "in" | "on" | "at" | "for" | "from" | "after" | "before" | "during"
                )
        };
        let content = if (c0 > sentence.first && !continues) || (comma_before && phrase_after()) {
            trim_content(a, sentence.first, c0)
        } else {
            trim_content(a, rest, sentence.last).or_else(|| trim_content(a, sentence.first, c0))
        };
        out.push(Found { subject: m, content, window: (c0, c1), ..base });
        if let Some(n) = partner {
            out.push(Found { subject: n, content, window: (c0, c1), ..base });
        }
    }
}
