//! Nominal cues: relations named by a noun ("meeting(s) between X and Y",
//! "X’s talks with Y", "the proposal by X").
//!
//! Takes an [`Analysis`] and a noun cue; adds [`Found`] relations.

use super::*;

impl<'a> RelationFinder<'a> {
    /// Nominal events: "meetings between X and Y", "X’s proposal", "a call by X", "X’s talks with Y".
    /// Negation and hedging are looked for in the five words before the noun.
    pub(super) fn nominal(
        &self,
        a: &Analysis,
        s: usize,
        (c0, c1): (usize, usize),
        cue: &Cue,
        base: Found,
        out: &mut Vec<Found>,
    ) {
        let sentence = a.sentences[s];
        let base = Found { window: (c0.saturating_sub(5).max(sentence.first), c1), ..base };
        let w = |i: usize| a.lower.get(i).map(super::super::lower::Lower::as_str).unwrap_or("");
        // "tropical storm warnings", "a travel warning": hazards, not threats.
        if c0 > sentence.first && matches!(w(c0), "warning" | "warnings") && HAZARDS.contains(&w(c0 - 1)) {
            return;
        }
        // "would fail without French support": an act that is not there.
        if (c0.saturating_sub(2).max(sentence.first)..c0).any(|t| w(t) == "without") {
            return;
        }
        // ("Polls showed national support for de Blasio".)
        if cue.relation == RelationType::Supported
            && (c0.saturating_sub(2).max(sentence.first)..c0)
                .any(|v| subject_left(a, v, sentence.first).is_some_and(|m| measured_support(a, v, m)))
        {
            return;
        }
        // "Clinton's support fell", "45 percent support among Republicans", "surpasses Clinton's
        // support by 12 points": the support a candidate has in the polls, not support they give.
        if cue.relation == RelationType::Supported
            && w(c0) == "support"
            && (matches!(w(c0.wrapping_sub(1)), "percent" | "%" | "approval")
                || POLL_MOVES.contains(&w(c1))
                || (matches!(w(c1), "has" | "had" | "is" | "was") && POLL_MOVES.contains(&w(c1 + 1)))
                || (w(c1) == "by" && a.tokens.get(c1 + 1).is_some_and(|t| t.kind == TokenKind::Number)))
        {
            return;
        }
        // "consumer demand remained weak", "demand for steel fell", "strong demand from China": the
        // market's demand, not anyone's (not "demand for his resignation", "Congress's demand for
        // specifics").
        let owned = c0 > sentence.first
            && (w(c0 - 1) == "'s" || a.mention_at[c0 - 1].is_some_and(|m| a.mentions[m].possessive));
        if w(c0) == "demand"
            && !owned
            && (MARKET.contains(&w(c0.wrapping_sub(1)))
                || (w(c0.wrapping_sub(1)) == "and" && w(c0.wrapping_sub(2)) == "supply")
                || POLL_MOVES.contains(&w(c1))
                || (w(c1) == "for"
                    && (c1 + 1..sentence.last.min(c1 + 4)).take_while(|&t| a.tokens[t].kind == TokenKind::Word).all(
                        |t| {
                            a.mention_at[t].is_none()
                                && !UNDERGONE.contains(&w(t))
                                && !matches!(w(t), "his" | "her" | "their" | "its" | "my" | "our" | "your")
                        },
                    )))
        {
            return;
        }
        // "between X and Y"
        if cue.relation.is_symmetric()
            && w(c1) == "between"
            && let Some(x) = mention_starting(a, c1 + 1, sentence.last)
        {
            let xe = a.mentions[x].last;
            if w(xe) == "and"
                && let Some(y) = mention_starting(a, xe + 1, sentence.last)
            {
                out.push(Found { subject: x, object: Some(y), ..base });
            }
            return;
        }
        // The agent: "by X" or "from X" after the noun ("Haddad enjoyed support from Berg": Berg
        // supports), also past the participle that put it out ("the orange warning issued by Met
        // Éireann"), else a possessor or modifier before it.
        let mut agent = None;
        let mut after = c1;
        let by = if matches!(w(c1), "issued" | "released" | "published" | "made" | "put") && w(c1 + 1) == "by" {
            c1 + 1
        } else {
            c1
        };
        if matches!(w(by), "by" | "from")
            && let Some(m) = mention_starting(a, by + 1, sentence.last)
        {
            agent = Some(m);
            after = a.mentions[m].last;
        }
        // ("sought support from unions": asked for, not given.)
        if agent.is_some()
            && w(by) == "from"
            && (c0.saturating_sub(2).max(sentence.first)..c0).any(|t| ASKING_FOR.contains(&w(t)))
        {
            return;
        }
        // "Qawi drew criticism from rights groups", "faced sharp criticism": whoever drew it is its
        // target; without "from X" no one criticizes.
        let received = (1..=2).map(|d| c0.saturating_sub(d)).take_while(|&v| v > sentence.first).find(|&v| {
            RECEIVING.contains(&w(v))
                && (v + 1..c0).all(|t| a.tokens[t].kind == TokenKind::Word && a.mention_at[t].is_none())
        });
        if let Some(v) = received {
            let target = a.mention_at[v - 1].filter(|&m| a.mentions[m].last == v);
            if let Some(agent) = agent.filter(|_| takes_actor_object(cue.relation)) {
                out.push(Found { subject: agent, object: target, ..base });
            }
            return;
        }
        let mut k = c0;
        let mut steps = 0;
        // ("The city requested support", "has lost support", "asked for talks": what a verb between
        // a name and the noun asks for, wins or loses is not the name's own.)
        let verb = |t: usize| ASKING_FOR.contains(&w(t)) || HELD_OR_LOST.contains(&w(t));
        while agent.is_none() && k > sentence.first && steps < 3 {
            let prev = k - 1;
            if let Some(m) = a.mention_at[prev].or_else(|| inside_mention_ending(a, prev)) {
                let mention = &a.mentions[m];
                let across_verb = !mention.possessive && (k..c0).any(verb);
                if (mention.last == k && !across_verb) || (mention.possessive && mention.last + 1 == k) {
                    agent = Some(m);
                }
                break;
            }
            if w(prev) == "'s" {
                k = prev;
                continue;
            }
            if a.tokens[prev].kind != TokenKind::Word || matches!(w(prev), "the" | "a" | "an" | "of" | "and" | "no") {
                break;
            }
            k = prev;
            steps += 1;
        }
        // "Zelensky said in a meeting with Honcharuk", "In talks with Haddad on Monday, Berg
        // raised …": a meeting the clause's subject was in.
        if agent.is_none()
            && cue.relation == RelationType::MetWith
            && w(after) == "with"
            // (A bare group noun is no party: "the meeting with analysts".)
            && let Some(object) =
                mention_starting(a, after + 1, sentence.last).filter(|&o| !(a.unnamed_group(o) || a.bare_group(o)))
        {
            let det = usize::from(c0 > sentence.first && matches!(w(c0 - 1), "a" | "the" | "their" | "his" | "her"));
            let p = c0 - det;
            if p > sentence.first && matches!(w(p - 1), "in" | "at" | "during") {
                let pp = (p - 1, a.mentions[object].last);
                // (The closest actor before it that no preposition governs: "as Mr. McDonough
                // suggested at the meeting with analysts".)
                let before = (sentence.first..pp.0).rev().filter_map(|k| a.mention_at[k]).find(|&m| {
                    let first = a.mentions[m].first;
                    first >= sentence.first && (first == sentence.first || !a.is(first - 1, PP_HEAD))
                });
                // (Past a time: "In talks with Haddad on Monday, Berg …".)
                let after_pp = || {
                    let comma = (pp.1..sentence.last.min(pp.1 + 5)).find(|&t| w(t) == ",")?;
                    first_actor(a, comma + 1, sentence.last).filter(|&m| a.mentions[m].first == comma + 1)
                };
                let subject = if pp.0 == sentence.first { after_pp() } else { before };
                if let Some(subject) = subject.filter(|&m| {
                    matches!(a.mentions[m].kind, MentionKind::Name | MentionKind::Known | MentionKind::Pronoun)
                }) {
                    out.push(Found { subject, object: Some(object), ..base });
                }
            }
            return;
        }
        // "Greece and Cyprus signed an agreement", "Turkey and Libya reached a deal": the parties
        // are the subjects a signing verb coordinates.
        if agent.is_none() && cue.relation == RelationType::AgreedWith {
            // ("signed a maritime border agreement", "had signed an alternative deal": past the
            // deal's modifiers and the verb's auxiliaries.)
            let modifier = |k: usize| {
                a.tokens[k].kind == TokenKind::Word
                    && a.mention_at[k].is_none()
                    && !is_phrase_stop(w(k))
                    && !matches!(w(k), "a" | "an" | "the" | "their")
            };
            let mut d = c0;
            while d > sentence.first && c0 - d < 3 && modifier(d - 1) {
                d -= 1;
            }
            let det = usize::from(d > sentence.first && matches!(w(d - 1), "a" | "an" | "the" | "their"));
            let v = d - det;
            let signing = v > sentence.first + 1
                && (det == 1 || d == c0)
                && matches!(
                    w(v - 1),
                    "signed" | "signs" | "sign" | "reached" | "reach" | "reaches" | "struck" | "concluded" | "sealed"
                );
            let mut s_end = v - 1;
            while signing
                && s_end > sentence.first + 1
                && a.is(s_end - 1, GAP_WORD)
                && a.mention_at[s_end - 1].is_none()
            {
                s_end -= 1;
            }
            let left = signing.then(|| a.mention_at[s_end - 1].filter(|&m| a.mentions[m].last == s_end)).flatten();
            if let Some(left) = left {
                let mut parties = coordinated(a, left, sentence.first);
                parties.sort_by_key(|&m| a.mentions[m].first);
                every_pair(&parties, base, out);
            }
            return;
        }
        let Some(agent) = agent else { return };
        // ("leveled criticism at Biden", "his condemnation of Russia"; not "talks at the Kremlin".)
        // ("her endorsement of Biden", "his support of the bill".)
        let criticism_at = (cue.relation == RelationType::Criticized && matches!(w(after), "of" | "at"))
            || (cue.relation == RelationType::Supported && w(after) == "of");
        let object = if (matches!(w(after), "with" | "on" | "against" | "to" | "over" | "for") || criticism_at)
            && takes_actor_object(cue.relation)
        {
            // ("Warren's endorsement on Twitter": where it was given, not whom.)
            // ("endorsement of their selection": what is theirs, not them.)
            mention_starting(a, after + 1, sentence.last).filter(|&o| {
                let platform = w(after) == "on"
                    && a.mentions[o]
                        .known
                        .as_ref()
                        .is_some_and(|k| super::record::SOCIAL_PLATFORMS.contains(&k.name.as_str()));
                let theirs = a.mentions[o].kind == MentionKind::Pronoun
                    && matches!(w(a.mentions[o].first), "his" | "their" | "its" | "my" | "our");
                !platform && (!theirs || w(after) != "of")
            })
        } else {
            None
        };
        if !cue.relation.is_statement() && object.is_none() {
            return;
        }
        if cue.relation == RelationType::Said {
            // "Trump’s claim that there were thousands of shootings": only an owner's statement
            // with its content after it says something.
            // Only as an object: "Trump’s claim that … was false, officials said" is not Trump's statement.
            let owner = (a.mentions[agent].possessive
                || matches!(a.lower[a.mentions[agent].first].as_str(), "his" | "her" | "their" | "its"))
                && a.mentions[agent].first > sentence.first;
            let content = (matches!(w(c1), "that" | ":") && owner && after == c1)
                .then(|| trim_content(a, c1 + 1, sentence.last))
                .flatten();
            if let Some(content) = content {
                out.push(Found { subject: agent, content: Some(content), ..base });
            }
            return;
        }
        // "Sanders and Obama announced their support for Biden": "their" is each of the subjects
        // of the verb before it.
        let agent_first = a.mentions[agent].first;
        if a.mentions[agent].kind == MentionKind::Pronoun
            && w(agent_first) == "their"
            && agent_first > sentence.first + 1
        {
            let subjects = subject_left(a, agent_first - 1, sentence.first)
                .map(|m| coordinated(a, m, sentence.first))
                .unwrap_or_default();
            if subjects.len() >= 2 {
                for subject in subjects {
                    out.push(Found { subject, object, ..base });
                }
                return;
            }
        }
        out.push(Found { subject: agent, object, ..base });
    }
}

/// Words before "demand" that make it a market's: "consumer demand", "strong demand".
const MARKET: &[&str] = &[
    "consumer",
    "customer",
    "global",
    "domestic",
    "strong",
    "stronger",
    "weak",
    "weaker",
    "high",
    "higher",
    "low",
    "lower",
    "rising",
    "falling",
    "growing",
    "slowing",
    "surging",
    "soaring",
    "peak",
    "oil",
    "energy",
    "fuel",
    "power",
    "electricity",
    "housing",
    "market",
    "export",
    "import",
    "travel",
    "seasonal",
    "pent-up",
];

/// Words after "support" (or after its auxiliary) that measure it in the polls: "Clinton's
/// support fell", "support among Republicans", "her support has eroded".
const POLL_MOVES: &[&str] = &[
    "rose",
    "rises",
    "grew",
    "grows",
    "fell",
    "falls",
    "dropped",
    "drops",
    "slipped",
    "slips",
    "increased",
    "decreased",
    "declined",
    "surged",
    "eroded",
    "erodes",
    "climbed",
    "jumped",
    "plunged",
    "plummeted",
    "soared",
    "slid",
    "dipped",
    "among",
    "stands",
    "stood",
    "rising",
    "falling",
    "slipping",
    "eroding",
    "growing",
    "dropping",
];
