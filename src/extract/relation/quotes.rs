//! Statements the quotation marks and punctuation shape: a quotation after a
//! colon ("X: “…”", "…, he said: “…”"), interview turns ("Q:" / "A:"),
//! dash-introduced statements, quotations continued over sentences, and the
//! verbs inside a quotation or an answer that are no statements of their own.
//!
//! Takes an [`Analysis`] and the statements found so far; adds or drops
//! [`Found`] statements.

use super::*;

impl<'a> RelationFinder<'a> {
    /// "Caddell: Voters are worried" and transcript lines "WALLACE: ...": a
    /// sentence opening with an actor and a colon.
    pub(super) fn colon_statements(&self, a: &Analysis, out: &mut Vec<Found>) {
        for (s, sentence) in a.sentences.iter().enumerate() {
            // Transcripts quote whole exchanges: "WALLACE: ...".
            let mut start = sentence.first;
            while start < sentence.last && a.tokens[start].kind == TokenKind::Quote {
                start += 1;
            }
            let Some(m) = mention_starting(a, start, sentence.last) else { continue };
            let colon = a.mentions[m].last;
            if a.mentions[m].kind == MentionKind::Pronoun || colon + 1 >= sentence.last || a.lower[colon] != ":" {
                continue;
            }
            // A picture's caption and credit: "Jo JorgensenImage: Jo Jorgensen for President."
            let label = a.lower[colon - 1].as_str();
            if CAPTION_LABELS.iter().any(|l| label == *l || (label.ends_with(l) && label.len() > l.len())) {
                continue;
            }
            let content = trim_content(a, colon + 1, sentence.last).map(|(x, y)| {
                // A quotation opening after the colon runs to its end, across sentences.
                a.quotes_near(x.saturating_sub(1), x + 1)
                    .find(|&&(open, _)| open == x || open + 1 == x)
                    .map_or((x, y), |&(open, close)| (open, close + 1))
            });
            out.push(Found::marked_statement(s, m, (colon, colon + 1), content));
        }
    }

    /// An interview transcript's answer, "((Dorsa Derakhshani)) I'm a
    /// professional chess player ...": what follows the speaker's name in
    /// double parentheses, to the end of the paragraph. The interviewer's
    /// initials ("((WN))", "((WSS))"), questions and language tags
    /// ("((fa))") make no statement. Gives the answers' token ranges.
    pub(super) fn interview_turns(&self, a: &Analysis, out: &mut Vec<Found>) -> Vec<(usize, usize)> {
        let mut answers = Vec::new();
        for (s, sentence) in a.sentences.iter().enumerate() {
            let k = sentence.first;
            let opens = k + 2 < sentence.last && a.lower[k] == "(" && a.lower[k + 1] == "(";
            let Some(m) = opens.then(|| mention_starting(a, k + 2, sentence.last)).flatten() else { continue };
            let close = a.mentions[m].last;
            if close + 2 >= sentence.last || a.lower[close] != ")" || a.lower[close + 1] != ")" {
                continue;
            }
            let label = a.span(k + 2, close).text;
            let initials = label.len() <= 4 && label.chars().all(|c| c.is_ascii_uppercase());
            if initials || a.mentions[m].kind == MentionKind::Pronoun {
                continue;
            }
            // The answer runs over its sentences to the end of the line.
            let text = a.doc.text.as_str();
            let line_end =
                text[a.tokens[close + 1].end..].find('\n').map_or(text.len(), |n| a.tokens[close + 1].end + n);
            let last = (close + 2..a.tokens.len()).take_while(|&t| a.tokens[t].start < line_end).last();
            // The interviewer's turns ask: "((Wikinews)) What prompted your curiosity ...?"
            let Some(last) = last.filter(|&t| a.lower[t] != "?") else { continue };
            out.push(Found::marked_statement(s, m, (close, close + 2), trim_content(a, close + 2, last + 1)));
            answers.push((close + 2, last + 1));
        }
        answers
    }

    /// "“I urge Congress to act,” Cruz said", "“We warn the Saudis that …”": an act the
    /// speaker names in the first person inside their own quotation is theirs, with "I" or "we"
    /// as the subject's mention. Only acts on a named actor are kept.
    pub(super) fn first_person_acts(&self, a: &Analysis, out: &mut Vec<Found>) {
        // Each quotation that a statement gives whole to its speaker.
        let mut speakers: Vec<(usize, usize, usize)> = Vec::new();
        for f in out.iter().filter(|f| f.relation == RelationType::Said) {
            let Some((x, y)) = f.content else { continue };
            speakers.extend(
                a.quotes_near(x, y)
                    .filter(|&&(open, close)| x <= open && close < y)
                    .map(|&(open, close)| (open, close, f.subject)),
            );
        }
        speakers.sort_unstable();
        speakers.dedup_by_key(|&mut (open, _, _)| open);
        let adverb = |k: usize| a.lower[k].ends_with("ly") && a.lower[k].len() > 4;
        for (open, close, speaker) in speakers {
            for t in open + 1..close {
                if !matches!(a.lower[t].as_str(), "i" | "we") {
                    continue;
                }
                let s = a.sentence_of(t);
                let last = a.sentences[s].last.min(close);
                let first = a.sentences[s].first.max(open + 1);
                let clause_start = (first..t)
                    .rev()
                    .find(|&u| a.lower[u] == "," || a.tokens[u].kind == TokenKind::Quote)
                    .map_or(first, |u| u + 1);
                // Past auxiliaries and adverbs: "I strongly urge", "we will not support".
                let mut c0 = t + 1;
                while c0 < last && ((a.is(c0, GAP_WORD) && a.lower[c0] != "to") || adverb(c0)) {
                    c0 += 1;
                }
                if c0 >= last || a.tokens[c0].kind != TokenKind::Word || a.mention_at[c0].is_some() {
                    continue;
                }
                let Some((cue, c1)) = self
                    .lexicon
                    .cues(&a.lower[c0])
                    .iter()
                    .filter(|cue| takes_actor_object(cue.relation) && matches!(cue.frame, Frame::Act | Frame::Prep))
                    .find_map(|cue| matches(a, c0, last, cue).map(|end| (cue, end)))
                else {
                    continue;
                };
                let k = if c1 < last && a.lower[c1] == "the" { c1 + 1 } else { c1 };
                let Some(o) = mention_starting(a, k, last).filter(|&o| {
                    matches!(
                        a.mentions[o].actor,
                        Some(ActorType::Person | ActorType::Organization | ActorType::Country | ActorType::Group)
                    ) && matches!(
                        a.mentions[o].kind,
                        MentionKind::Name | MentionKind::Known | MentionKind::Body | MentionKind::Role
                    ) && !is_place(a, o)
                        && !a.unnamed_group(o)
                        && a.entity_id(o).is_some()
                }) else {
                    continue;
                };
                // What is asked or held against them runs to the clause's end.
                let end =
                    (a.mentions[o].last..last).find(|&u| matches!(a.lower[u].as_str(), "," | ";")).unwrap_or(last);
                out.push(Found {
                    sentence: s,
                    relation: cue.relation,
                    subject: speaker,
                    subject_word: Some(t),
                    object: Some(o),
                    cue: (c0, c1),
                    content: trim_content(a, k, end),
                    // ("“If I urge Congress to act …”": hedged and negated within the clause.)
                    window: (clause_start, c1),
                });
            }
        }
    }

    /// "“...” ― Sonya Herridge": a quotation signed with a dash.
    pub(super) fn dash_statements(&self, a: &Analysis, out: &mut Vec<Found>) {
        for &(open, close) in &a.quotes {
            let dash = close + 1;
            if dash + 1 >= a.tokens.len() || !matches!(a.lower[dash].as_str(), "―" | "—" | "–" | "-") {
                continue;
            }
            let Some(m) = a.mention_at[dash + 1].filter(|&m| a.mentions[m].first == dash + 1) else { continue };
            // The dash and the name must be in one sentence: the record's evidence.
            let sentence = a.sentences[a.mentions[m].sentence];
            if dash < sentence.first {
                continue;
            }
            out.push(Found::marked_statement(a.mentions[m].sentence, m, (dash, dash + 1), Some((open, close + 1))));
        }
    }
}

/// Drops what a verb inside someone's quotation would say, unless a name inside the
/// quotation does it: in `Lam said, “any acts that ... threaten the country's
/// sovereignty”` Lam threatens no one, and in `“They're not as safe as they think they
/// are,” Holland said` "they" are not Holland's agency.
pub(super) fn drop_quoted_verbs(a: &Analysis, found: &mut Vec<Found>) {
    // The quotation around a found relation's cue and the statement that reports it.
    let quoted_content = |f: &Found| -> Option<(usize, usize, &Found)> {
        let (c0, c1) = f.cue;
        let &(open, close) = a.quotes_near(c0, c1).find(|&&(open, close)| open < c0 && c1 <= close)?;
        // (Over sentences too: a quotation that runs on is all its speaker's.)
        let reporter = found.iter().find(|g| {
            g.relation.is_statement()
                && g.cue != f.cue
                && !(open < g.cue.0 && g.cue.1 <= close)
                && g.content.is_some_and(|(x, y)| x <= c0 && c1 <= y)
        })?;
        Some((open, close, reporter))
    };
    let person = |m: usize| a.resolution.entity_of[m].filter(|&e| a.resolution.entities[e].kind == ActorType::Person);
    let keep: Vec<bool> = found
        .iter()
        .map(|f| match quoted_content(f) {
            None => true,
            Some((open, close, reporter)) => {
                let m = &a.mentions[f.subject];
                (open < m.first && m.last <= close && matches!(m.kind, MentionKind::Name | MentionKind::Known))
                    // ("“I urge Congress to act,” Cruz said": the speaker's own act.)
                    || f.subject_word.is_some_and(|w| open < w && w < close && matches!(a.lower[w].as_str(), "i" | "we"))
                    // ("Lind said, “I understand he resigned. He just announced that …”": in a later
                    // sentence of the quotation, someone else the speaker names as "he".)
                    || (reporter.sentence != f.sentence
                        && m.kind == MentionKind::Pronoun
                        && person(f.subject).is_some_and(|e| person(reporter.subject) != Some(e)))
            }
        })
        .collect();
    retain_marked(found, keep);
}

/// A quotation that fills its own sentences with no attribution, right after
/// a sentence whose statement quotes one speaker, goes on quoting them:
/// "“I was not expecting this,” said Kosgei. “But I felt my body was
/// moving.”" The quotation's opening mark is the cue.
pub(super) fn continued_quotations(a: &Analysis, found: &mut Vec<Found>) {
    for &(open, close) in &a.quotes {
        if close >= a.tokens.len() || !a.starts_sentence(open) {
            continue;
        }
        let s = a.sentence_of(open);
        let end = a.sentences[a.sentence_of(close)].last;
        let first = a.sentences[s].first;
        // Nothing but punctuation after the quotation ("..." the mayor said).
        if s == 0 || (close + 1..end).any(|t| matches!(a.tokens[t].kind, TokenKind::Word | TokenKind::Number)) {
            continue;
        }
        let attributed = found.iter().any(|f| {
            f.relation.is_statement()
                && ((first <= f.cue.0 && f.cue.0 < end && !(open < f.cue.0 && f.cue.0 < close))
                    || f.content.is_some_and(|(x, y)| x <= open && close < y))
        });
        if attributed {
            continue;
        }
        // The statements of the sentence before whose content is a quotation, all by one speaker.
        let before = a.sentences[s - 1];
        let mut speakers = found.iter().filter(|f| {
            f.relation.is_statement()
                && f.content.is_some_and(|(x, y)| {
                    before.first < y && y <= before.last && a.quotes_near(x, y).any(|&(o, c)| x <= o && c < y)
                })
        });
        let Some(speaker) = speakers.next().map(|f| f.subject) else { continue };
        let id = a.entity_id(speaker);
        if id.is_none() || speakers.any(|f| a.entity_id(f.subject) != id) {
            continue;
        }
        found.push(Found::marked_statement(s, speaker, (open, open + 1), Some((open, close + 1))));
    }
}

/// Inside an interview answer, as inside a quotation, a verb adds a record
/// only when a name inside the answer does it: in "((Dorsa Derakhshani)) …
/// He also wanted to immigrate", "he" is someone she speaks of, never herself,
/// and a pronoun resolved across her answer finds the wrong person.
pub(super) fn drop_answer_verbs(a: &Analysis, answers: &[(usize, usize)], found: &mut Vec<Found>) {
    if answers.is_empty() {
        return;
    }
    found.retain(|f| {
        let Some(&(first, last)) = answers.iter().find(|&&(first, last)| first <= f.cue.0 && f.cue.1 <= last) else {
            return true;
        };
        let m = &a.mentions[f.subject];
        f.relation == RelationType::AffiliatedWith
            || (first <= m.first && m.last <= last && matches!(m.kind, MentionKind::Name | MentionKind::Known))
    });
}

/// "Governor John Bel Edwards addressed the public: “No one should take this storm
/// lightly.”", "Trump took a parting shot on Twitter: “…”": a quotation after a colon that
/// ends its clause is what the clause's subject said, when nothing else in the sentence says
/// anything. The cue is the clause's verb.
pub(super) fn clause_colon_statements(a: &Analysis, found: &mut Vec<Found>) {
    let mut said_in = vec![false; a.sentences.len()];
    for f in found.iter().filter(|f| f.relation.is_statement()) {
        said_in[f.sentence] = true;
    }
    for (s, sentence) in a.sentences.iter().enumerate() {
        if said_in[s] {
            continue;
        }
        // (A colon is always a token of its own: a sentence without the byte has none, found
        // without a look at each of its tokens.)
        if memchr::memchr(b':', &a.doc.text.as_bytes()[sentence.start..sentence.end]).is_none() {
            continue;
        }
        // (The token's kind first: a cheaper test than its text.)
        let colon_at = |t: usize| a.tokens[t].kind == TokenKind::Punct && a.lower[t] == ":";
        let Some(colon) = (sentence.first + 2..sentence.last.saturating_sub(1)).find(|&t| colon_at(t)) else {
            continue;
        };
        let Some(&(open, close)) = a.quotes_near(colon + 1, colon + 2).find(|&&(open, _)| open == colon + 1) else {
            continue;
        };
        let Some(m) = sentence_subject(a, sentence.first, colon) else { continue };
        if !matches!(a.mentions[m].actor, Some(ActorType::Person | ActorType::Organization | ActorType::Country)) {
            continue;
        }
        // The verb, past adverbs and auxiliaries; no quotation or other clause before the colon.
        let Some(verb) = (a.mentions[m].last..colon).find(|&t| {
            let w = a.lower[t].as_str();
            !(w.ends_with("ly") || a.is(t, GAP_WORD))
        }) else {
            continue;
        };
        let plain = (a.mentions[m].last..colon).all(|t| {
            a.tokens[t].kind != TokenKind::Quote && !matches!(a.lower[t].as_str(), ";" | "that" | "and" | "but")
        });
        if a.tokens[verb].kind != TokenKind::Word || !plain || colon - a.mentions[m].last > 12 {
            continue;
        }
        found.push(Found::marked_statement(s, m, (verb, verb + 1), Some((open, close + 1))));
    }
}
