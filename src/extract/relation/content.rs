//! What a statement says: the quotation or clause a cue introduces, past the
//! setting of time, place or occasion in which it was said ("said in a
//! statement on Tuesday that …").

use super::*;

/// Content of a statement: the adjacent quotation, or the clause after the
/// cue, or (for a trailing "he said") the text before the speaker.
pub(super) fn statement_content(
    a: &Analysis,
    lexicon: &Lexicon,
    s: usize,
    c0: usize,
    after: usize,
    subjects: &[usize],
    inverted: bool,
) -> Option<(usize, usize)> {
    let sentence = a.sentences[s];
    let speaker_first = subjects.iter().map(|&m| a.mentions[m].first).min().unwrap_or(c0);
    // "..., adding that ...": a participle reports what follows it, not the main clause's quotation.
    let participle = c0 > sentence.first && a.lower[c0 - 1] == "," && a.lower[c0].ends_with("ing");
    let lead = if inverted || participle { c0 } else { speaker_first.min(c0) };
    // After the cue: skip "that" and punctuation.
    let mut k = if inverted { subjects.iter().map(|&m| a.mentions[m].last).max().unwrap_or(after) } else { after };
    while k < sentence.last && matches!(a.lower[k].as_str(), "that" | "," | ":" | "-" | "—" | "–") {
        k += 1;
    }
    // "said to the BBC that …", "explained to Wikinews that …": past whom it was said to, to the
    // clause.
    if k == after
        && k + 2 < sentence.last
        && a.lower[k] == "to"
        && let Some(m) = mention_after(a, k + 1, sentence.last).or_else(|| modified_mention(a, k + 1, sentence.last))
        && a.mentions[m].last < sentence.last
        && a.lower[a.mentions[m].last] == "that"
    {
        k = a.mentions[m].last + 1;
    }
    // "Fars reported, citing the judiciary, that Iran issued warrants": past the source a report
    // cites, to its clause.
    if k > after
        && k < sentence.last
        && matches!(a.lower[k].as_str(), "citing" | "quoting")
        && let Some(comma) = (k + 1..sentence.last.min(k + 10))
            .take_while(|&t| a.tokens[t].kind == TokenKind::Word || a.lower[t] == ",")
            .find(|&t| a.lower[t] == ",")
        && a.lower.get(comma + 1).is_some_and(|w| w == "that")
    {
        k = comma + 2;
    }
    // "said after the match that she was the best": what was said follows the moment's "that";
    // "tweeted after hearing the news." says when, not what.
    // (Not after "that": "noted that after Witkoff returns, there could be a call".) The clause
    // after the moment's "that" opens with a subject ("after a meeting that lasted three hours"
    // is a relative clause).
    let mut moment = false;
    if k + 1 < sentence.last
        && matches!(a.lower[k].as_str(), "after" | "before" | "upon")
        && !(after..k).any(|t| a.lower[t] == "that")
    {
        let that = (k + 2..sentence.last.min(k + 10))
            .take_while(|&t| matches!(a.tokens[t - 1].kind, TokenKind::Word | TokenKind::Number))
            .find(|&t| a.lower[t] == "that" && opens_clause(a, t + 1, sentence.last));
        match that {
            Some(t) => k = t + 1,
            // "tweeted after hearing the news." (not "said upon arriving in Kyiv the war must end").
            None => {
                moment = a.lower[k + 1].ends_with("ing")
                    && (k + 2..sentence.last).all(|t| !a.is(t, BE_FORM) && !is_auxiliary(a.lower[t].as_str()));
            }
        }
    }
    // "..., Graham told The Huffington Post on Thursday.": a short time or place phrase is not content.
    let words_after = (k..sentence.last).filter(|&t| a.tokens[t].kind != TokenKind::Punct).count();
    // ("said Wednesday that talks continue.": a clause after the time phrase is content.)
    let adverbial = words_after <= 4
        && k < sentence.last
        && (TIME_WORDS.contains(&a.lower[k].as_str()) || WEEKDAYS.contains(&a.lower[k].as_str()))
        && setting_before_that(a, k, sentence.last) == k;
    // "Haddad said, adding that ...": the participle's clause is its own statement.
    let participle_after =
        !inverted && after < k && a.lower[after] == "," && k < sentence.last && a.lower[k].ends_with("ing");
    let nothing_after =
        words_after == 0 || adverbial || participle_after || moment || only_circumstance(a, k, sentence.last);
    // A quotation in this sentence that closes just before the speaker or cue:
    // "“...,” he said" (or "“....” he said." at the end of the sentence).
    let mut q = lead;
    while q > sentence.first && matches!(a.lower[q - 1].as_str(), "," | ":") {
        q -= 1;
    }
    let before = a.quotes_near(q.saturating_sub(3), q).find(|&&(open, close)| {
        let adjacent = close + 1 == q || (close + 2 == q && a.lower[close + 1] == ",");
        // The quotation ends a sentence of its own: “...,” “...?” “...!” “....”
        let comma_inside = close > open + 1 && matches!(a.lower[close - 1].as_str(), "," | "?" | "!" | "." | "—");
        // "“...?” Trump said, looking out on the crowd.": the quotation ended the sentence before.
        // (A quotation inside a sentence of its own speaker is that speaker's: not "The spot shows
        // Trump saying, “...” Kadzik wouldn't say.")
        let previous = close + 1 == sentence.first
            && q == sentence.first
            && a.starts_sentence(open)
            && comma_inside
            && (nothing_after || a.lower.get(after).is_some_and(|w| w == ","));
        adjacent && (previous || (close >= sentence.first && (comma_inside || q < lead || nothing_after)))
    });
    if let Some(&(open, close)) = before
        && (!participle || nothing_after)
    {
        // A split quotation: "“The port will reopen,” Lind said, “but only for cargo ships.”"
        // runs on to the end of its second part.
        // (Past a short phrase: "Lind said on Friday, “...”".)
        let tag_end =
            if inverted { subjects.iter().map(|&m| a.mentions[m].last).max().unwrap_or(after) } else { after };
        let comma = (tag_end..sentence.last.min(tag_end + 5))
            .take_while(|&t| a.lower[t] == "," || a.tokens[t].kind == TokenKind::Word)
            .find(|&t| a.lower[t] == ",");
        let second = comma
            .filter(|&c| c + 1 < sentence.last)
            .and_then(|c| a.quotes_near(c + 1, c + 2).find(|&&(o, _)| o == c + 1));
        // "Russia's policy is “deeply dangerous,” a spokesman said": a quoted part ending the
        // clause; what was said is the clause (not a quoted title after an opening phrase: "In
        // an appearance on “Morning Joe,” she asked", "Wednesday on “Fox & Friends,”").
        let clause_start = if open > sentence.first + 1
            && second.is_none()
            && a.tokens[open - 1].kind == TokenKind::Word
            && opens_main_clause(a, sentence.first)
            && (sentence.first..open).all(|t| !a.inside_quotation(t) && !matches!(a.lower[t].as_str(), ":" | ","))
        {
            sentence.first
        } else {
            open
        };
        return Some(second.map_or((clause_start, close + 1), |&(_, close2)| (open, close2 + 1)));
    }
    // "said at a press conference after the incident, “...”": the quotation after the setting;
    // "wrote on Instagram: “...”", "commented on the decision: “...”", "declared in the majority
    // opinion, “...”": after a prepositional phrase and its colon or comma.
    // (A setting's comma closes inside the sentence; a phrase's colon may end it.)
    let setting_comma = setting_end(a, k, sentence.last).filter(|&p| p + 1 < sentence.last && a.lower[p] == ",");
    let phrase_mark = (k + 1 < sentence.last && a.is(k, PP_HEAD))
        .then(|| {
            (k + 1..sentence.last.min(k + 9))
                .take_while(|&t| {
                    a.tokens[t].kind == TokenKind::Word || matches!(a.lower[t].as_str(), "," | ":" | "'s" | "’s")
                })
                .find(|&t| matches!(a.lower[t].as_str(), "," | ":"))
        })
        .flatten();
    let quoted_after = |p: usize| a.quotes_near(p + 1, p + 2).find(|&&(open, _)| open == p + 1);
    if let Some(&(open, close)) = [setting_comma, phrase_mark].into_iter().flatten().find_map(quoted_after) {
        return Some((open, close + 1));
    }
    // "said on Friday “...”", "continued:\n“...”": a quotation opening within a few words of the cue.
    // After "that" a clause begins, and a quotation inside it is only part of it.
    let that_clause = (after..k).any(|t| a.lower[t] == "that");
    // ("told Paul Rivera of WESH 2 news, “…”": past the listener's employer.)
    let employer = k + 1 < sentence.last
        && matches!(a.lower[k].as_str(), "of" | "from")
        && a.mention_at[k + 1].is_some_and(|m| a.mentions[m].actor == Some(ActorType::Organization));
    // ("told the public via Twitter, “…”": past the listener and the medium.)
    let medium = a.mentions_starting_in(k + 1, sentence.last.min(k + 6)).any(|m| is_medium(&a.lower, &a.mentions[m]));
    let reach = if that_clause {
        0
    } else if employer || medium {
        7
    } else {
        4
    };
    let quoted = a.quotes_near(k.saturating_sub(1), k + reach + 1).find(|&&(open, _)| {
        open + 1 >= k
            && open <= k + reach
            && (k..open).all(|t| {
                a.tokens[t].kind == TokenKind::Word
                    || a.lower[t] == ","
                    || (employer && a.tokens[t].kind == TokenKind::Number)
            })
            // ("said Berg is “a model of honesty”", "said the crash was “likely” …": a clause with a
            // quoted part, all of it said.)
            && !(k..open).any(|t| {
                matches!(
                    a.lower[t].as_str(),
                    "is" | "was" | "are" | "were" | "had" | "has" | "have" | "would" | "will" | "could" | "should"
                )
            })
    });
    if let Some(&(open, close)) = quoted {
        // "told “Morning Joe” that ...": a quoted name, then the clause.
        if a.lower.get(close + 1).is_some_and(|w| w == "that") {
            return trim_content(a, close + 2, sentence.last);
        }
        return Some((open, close + 1));
    }
    // "The economy is weak, the minister said, and needs reform", "The plan, Merkel said, would
    // fail": a tag inside the clause it reports; what was said is the sentence around it.
    let tag_inside = !inverted
        && lead > sentence.first + 1
        && a.lower[lead - 1] == ","
        && after + 1 < sentence.last
        && a.lower[after] == ","
        && (continues_clause(a, after + 1, sentence.last)
            || (continues_phrase(a, after + 1, sentence.last)
                && !only_circumstance(a, after + 1, sentence.last)
                && is_clause(a, sentence.first, lead - 1)))
        && (sentence.first..lead).all(|t| !a.inside_quotation(t));
    if tag_inside {
        return trim_content(a, sentence.first, sentence.last);
    }
    if !inverted && !nothing_after {
        // "Citing an unfounded theory, Trump accused ...": the participle's clause only.
        let end = opening_participle_end(a, c0, after.max(c0 + 1), sentence.first, sentence.last)
            .filter(|&comma| comma > k && comma < speaker_first)
            .or_else(|| relative_clause_end(a, c0, k, sentence.first, sentence.last))
            // ("citing the judiciary, that Iran issued warrants": the source cited, up to the comma.)
            .or_else(|| {
                matches!(a.lower[c0].as_str(), "citing" | "quoting")
                    .then(|| {
                        (k..sentence.last.min(k + 10))
                            .take_while(|&t| a.tokens[t].kind == TokenKind::Word || a.lower[t] == ",")
                            .find(|&t| a.lower[t] == "," && a.lower.get(t + 1).is_some_and(|w| w == "that"))
                    })
                    .flatten()
            })
            .or_else(|| coordinated_verb_end(a, lexicon, k, sentence.last))
            .or_else(|| other_speaker_end(a, lexicon, k, sentence.last))
            .unwrap_or(sentence.last);
        return trim_content(a, setting_before_that(a, k, end), end);
    }
    // "The talks were productive, Trump said." — content before the speaker, unless the speaker
    // opens a subordinate clause: "... to do as he proposed".
    let mut end = if inverted { c0 } else { lead };
    if end > sentence.first && SUBORDINATORS.contains(&a.lower[end - 1].as_str()) {
        return None;
    }
    // ("..., the FAA said", "..., her son Anderson Cooper announced", "..., newspaper The Hindu
    // reported": the words before the speaker's name describe the speaker.)
    if let Some(comma) = (end.saturating_sub(4).max(sentence.first)..end)
        .rev()
        .take_while(|&t| {
            a.lower[t] == ","
                || (a.tokens[t].kind == TokenKind::Word
                    && (a.lower[t] == "the" || !a.tokens[t].text(&a.doc.text).starts_with(char::is_uppercase))
                    && !SUBORDINATORS.contains(&a.lower[t].as_str())
                    && !matches!(a.lower[t].as_str(), "and" | "or" | "but" | "nor" | "so" | "then" | "yet"))
        })
        .find(|&t| a.lower[t] == ",")
    {
        end = comma;
    }
    // "The court ruled ...": an article is not a statement.
    trim_content(a, sentence.first, end)
        .filter(|&(x, y)| (x..y).filter(|&t| a.tokens[t].kind == TokenKind::Word).count() >= 3)
}

/// Does word `w` open a setting: a time, a place, an occasion or the medium ("announced via
/// Twitter that ...")?
fn opens_setting(w: &str) -> bool {
    TIME_WORDS.contains(&w) || WEEKDAYS.contains(&w) || w == "via"
}

/// "said at a rally in Texas that ...": the clause after a short setting and "that" (or a
/// setting that ends in a day or an occasion: "said in a statement on Tuesday the port would
/// close", "said in a statement the port would close").
fn setting_before_that(a: &Analysis, k: usize, end: usize) -> usize {
    if k >= end || !opens_setting(&a.lower[k]) {
        return k;
    }
    // A plain phrase: no verb form or conjunction ("in principle but highlighting specifics
    // that ..."), and "that" after a noun, not a determiner ("on the appeal of that decision").
    let limit = end.min(k + 10);
    let plain_end = (k + 1..limit)
        .find(|&t| {
            let w = a.lower[t].as_str();
            !matches!(a.tokens[t].kind, TokenKind::Word | TokenKind::Number)
                || (w.ends_with("ing") && w != "morning" && !SETTINGS.contains(&w))
                || matches!(w, "and" | "but" | "or")
        })
        .unwrap_or(limit);
    let plain = k + 1..plain_end;
    let that = plain.clone().find(|&t| {
        a.lower[t] == "that"
            && !a.is(t - 1, PP_HEAD)
            && !matches!(a.lower[t - 1].as_str(), "of" | "to" | "by" | "about")
    });
    if let Some(t) = that {
        return t + 1;
    }
    // Without "that", a setting that ends in a day or its part (or an occasion), then the clause:
    // "said at a press conference yesterday morning the gun laws should be changed".
    let moment = |w: &str| {
        WEEKDAYS.contains(&w)
            || matches!(w, "yesterday" | "today" | "tonight" | "morning" | "afternoon" | "evening" | "night")
    };
    let setting = |t: usize| (k..t).any(|q| SETTINGS.contains(&a.lower[q].as_str())) || t <= k + 2;
    // ("said Wednesday the talks continue": the day may be the whole setting; "said in a statement
    // the port would close": so may the occasion, before a clause with its verb.)
    // ("said in an interview with the Harbor Times he was open": past whom it was said to.)
    let partner_end = |t: usize| {
        (t + 2 < end && matches!(a.lower[t + 1].as_str(), "with" | "to"))
            .then(|| mention_after(a, t + 2, end))
            .flatten()
            .map(|m| a.mentions[m].last)
    };
    // ("reported on Thursday, prices had risen": the setting's comma, then the clause.)
    if plain_end + 1 < end
        && a.lower[plain_end] == ","
        && (moment(&a.lower[plain_end - 1]) || SETTINGS.contains(&a.lower[plain_end - 1].as_str()))
        && setting(plain_end)
        && !a.is(plain_end + 1, PP_HEAD)
        && (plain_end + 2..end.min(plain_end + 6)).take_while(|&q| a.tokens[q].kind == TokenKind::Word).any(|q| {
            is_auxiliary(a.lower[q].as_str()) || a.is(q, BE_FORM) || IRREGULAR_PASTS.contains(&a.lower[q].as_str())
        })
    {
        return plain_end + 1;
    }
    (k..plain_end)
        .rev()
        .find_map(|t| {
            let w = a.lower[t].as_str();
            if (moment(w) && opens_clause(a, t + 1, end) && setting(t))
                || (SETTINGS.contains(&w) && clause_follows(a, t + 1, end))
            {
                return Some(t + 1);
            }
            partner_end(t).filter(|&e| SETTINGS.contains(&w) && clause_follows(a, e, end))
        })
        .unwrap_or(k)
}

/// Does a clause with its subject and verb open at token `t`: "the port would close", "the
/// council rejected the plan" (not "the day before", nor "the company released Monday", where
/// the statement is described)?
fn clause_follows(a: &Analysis, t: usize, end: usize) -> bool {
    // A past verb with an object: a word after it that opens no phrase of place or time.
    let past_verb = |q: usize| {
        a.lower[q].ends_with("ed")
            && !is_determiner(a.lower[q - 1].as_str())
            && q + 1 < end
            && a.tokens[q + 1].kind == TokenKind::Word
            && !a.is(q + 1, PP_HEAD)
            && !TIME_WORDS.contains(&a.lower[q + 1].as_str())
            && !WEEKDAYS.contains(&a.lower[q + 1].as_str())
            && !matches!(a.lower[q + 1].as_str(), "by" | "to")
    };
    opens_clause(a, t, end)
        && (t + 1..end.min(t + 6))
            .take_while(|&q| a.tokens[q].kind == TokenKind::Word)
            .any(|q| is_auxiliary(a.lower[q].as_str()) || past_verb(q))
}

/// The end of a relative clause between commas or dashes whose "who" speaks:
/// in "Trump, who said he would win, told reporters", what was said ends
/// before ", told". The clause ends at the first comma or dash outside a
/// quotation that a verb follows.
fn relative_clause_end(a: &Analysis, c0: usize, k: usize, first: usize, last: usize) -> Option<usize> {
    let who = past_gap_words(a, c0, first);
    let opened = who >= first + 2
        && a.lower[who - 1] == "who"
        && matches!(a.lower[who - 2].as_str(), "," | "—" | "–" | "--" | "-");
    if !opened {
        return None;
    }
    (k..last.saturating_sub(1)).find(|&t| {
        matches!(a.lower[t].as_str(), "," | "—" | "–" | "--" | "-")
            && a.tokens[t].kind == TokenKind::Punct
            && !a.inside_quotation(t)
            && (a.is(t + 1, GAP_WORD) || a.lower[t + 1].cue_slot().is_some_and(|slot| slot != 0))
    })
}

/// "declined the request and said the family left": a second speech verb
/// joined by "and" or "but", with no subject of its own, is the speaker's
/// next statement; the first one's content ends before it.
fn coordinated_verb_end(a: &Analysis, lexicon: &Lexicon, k: usize, last: usize) -> Option<usize> {
    (k + 1..last.saturating_sub(1)).find(|&t| {
        matches!(a.lower[t].as_str(), "and" | "but") && speech_verb(a, lexicon, t + 1) && !a.inside_quotation(t)
    })
}

/// Is token `t` a speech verb ("said", "reported", "argued"), not a noun ("claims")?
fn speech_verb(a: &Analysis, lexicon: &Lexicon, t: usize) -> bool {
    let w = a.lower[t].as_str();
    (w.ends_with("ed") || matches!(w, "said" | "says" | "told" | "tells" | "wrote" | "writes" | "spoke"))
        && lexicon.cues(&a.lower[t]).iter().any(|c| c.relation.is_statement() && c.frame != Frame::Noun)
}

/// "Officials said 24 people died, but the BBC reported 30": a clause joined by a
/// conjunction whose own subject speaks is another statement; the first one's content ends
/// before the conjunction. The end is the conjunction's token (or the comma before it).
fn other_speaker_end(a: &Analysis, lexicon: &Lexicon, k: usize, last: usize) -> Option<usize> {
    (k + 1..last.saturating_sub(2)).find_map(|t| {
        if !matches!(a.lower[t].as_str(), "and" | "but" | "while" | "whereas" | "though" | "although" | "yet") {
            return None;
        }
        let at = if a.lower[t + 1] == "the" { t + 2 } else { t + 1 };
        // ("Turkey and Libya agreed", "Britain, France, and Germany announced": not a name joined
        // to the ones before; "escaped and remains wanted": an unnamed phrase speaks with its
        // determiner; "opened fire while the president spoke": "while" after no comma is when.)
        let list = a.lower[t] == "and" && a.lower[t - 1] == "," && t >= 2 && a.mention_at[t - 2].is_some();
        if a.mention_at[t - 1].is_some() || list {
            return None;
        }
        let m = a.mention_at[t + 1].or(a.mention_at[at]).filter(|&m| {
            let x = &a.mentions[m];
            x.first <= at && (x.kind != MentionKind::Phrase || is_determiner(a.lower[x.first].as_str()))
        })?;
        // ("… while Interior Minister Joachim Brudziński wrote …" contrasts; "opened fire while the
        // president spoke" says when.)
        if a.lower[t] == "while"
            && a.lower[t - 1] != ","
            && !matches!(a.mentions[m].kind, MentionKind::Name | MentionKind::Known)
        {
            return None;
        }
        // ("and he was named Best Actor", "residents were told to stay": a passive names no speaker.)
        let mut v = a.mentions[m].last;
        while v < last && is_auxiliary(a.lower[v].as_str()) && !a.is(v, BE_FORM) {
            v += 1;
        }
        let speaks = v < last && speech_verb(a, lexicon, v) && !a.inside_quotation(t);
        // (", even though …": the end is before "even".)
        let mut end = if t >= 2 && a.lower[t - 1] == "even" { t - 1 } else { t };
        if a.lower[end - 1] == "," {
            end -= 1;
        }
        speaks.then_some(end)
    })
}

/// Words that open a clause about when or how something was said.
const CIRCUMSTANCE_OPENERS: &[&str] = &["as", "when", "after", "before", "while"];

/// The end of a phrase at token `k` that says when or where something was said: "Friday",
/// "in a statement", "at a press conference after the incident". `None` without one.
fn setting_end(a: &Analysis, k: usize, last: usize) -> Option<usize> {
    if k >= last || !opens_setting(&a.lower[k]) {
        return None;
    }
    let phrase_end = (k..last.min(k + 9)).find(|&t| a.tokens[t].kind != TokenKind::Word || moment_clause(a, t, last));
    let e = phrase_end.or((last <= k + 9).then_some(last))?;
    if (k..e).any(|t| a.lower[t] == "that") {
        return None;
    }
    // A setting ("in an interview with ...") or a short phrase ("on Friday"), not a topic
    // ("commented on the size of ...") or a clause ("on Tuesday the port would close").
    let setting = (k..e).any(|t| SETTINGS.contains(&a.lower[t].as_str()));
    // ("in a statement the port would close": the setting ends where a clause opens.)
    if let Some(t) = (k..e).find(|&t| SETTINGS.contains(&a.lower[t].as_str()) && clause_follows(a, t + 1, last)) {
        return Some(t + 1);
    }
    let end_of_sentence = e >= last || matches!(a.lower[e].as_str(), "." | "?" | "!");
    (setting || (e - k <= 3 && !end_of_sentence)).then_some(e)
}

/// What follows a speech verb from token `k` says only when, where or how it was said:
/// "said Friday as he entered the talks", "said in a statement, adding that ...",
/// "said in an interview with the Harbor Times."
fn only_circumstance(a: &Analysis, k: usize, last: usize) -> bool {
    let Some(p) = setting_end(a, k, last) else {
        return false;
    };
    if p >= last {
        return true;
    }
    let w = a.lower[p].as_str();
    moment_clause(a, p, last)
        || (w == "," && (a.lower.get(p + 1).is_some_and(|n| n.ends_with("ing")) || moment_clause(a, p + 1, last)))
        || matches!(w, "." | "?" | "!")
}

/// A clause about the moment at token `q`: "as he entered", "while visiting", "when asked".
fn moment_clause(a: &Analysis, q: usize, last: usize) -> bool {
    q + 1 < last
        && CIRCUMSTANCE_OPENERS.contains(&a.lower[q].as_str())
        && (a.mention_at[q + 1].is_some() || a.lower[q + 1].ends_with("ing") || a.lower[q + 1].ends_with("ed"))
}

/// Where something is said: "in a statement", "at a rally".
pub(super) const SETTINGS: &[&str] = &[
    "statement",
    "interview",
    "speech",
    "conference",
    "briefing",
    "rally",
    "hearing",
    "email",
    "letter",
    "post",
    "tweet",
    "call",
    "meeting",
    "appearance",
    "event",
    "broadcast",
    "show",
    "program",
    "podcast",
    "radio",
    "television",
    "remarks",
    "address",
    "session",
    "debate",
    "forum",
    "op-ed",
    "column",
    "video",
    "message",
    "filing",
    "ruling",
];

/// Does token `t` (before `end`) open a clause with its subject: an article, a subject
/// pronoun or a name ("that the talks", "that he", "that Haddad")?
fn opens_clause(a: &Analysis, t: usize, end: usize) -> bool {
    t < end
        && (matches!(a.lower[t].as_str(), "the" | "a" | "an" | "he" | "she" | "it" | "they" | "we" | "i" | "there")
            || a.mention_at[t].is_some_and(|m| a.mentions[m].first == t))
}

/// Does the sentence opening at token `t` open with its main clause, not a phrase or a
/// subordinate clause ("In an appearance on …", "Asked whether …", "Although …", "But because …")?
fn opens_main_clause(a: &Analysis, mut t: usize) -> bool {
    if matches!(a.lower[t].as_str(), "but" | "and" | "yet" | "so") {
        t += 1;
    }
    let w = a.lower[t].as_str();
    !a.is(t, PP_HEAD)
        && !w.ends_with("ing")
        && !opens_setting(w)
        && !SUBORDINATORS.contains(&w)
        && !matches!(w, "asked" | "unlike" | "like")
}

/// Does token `t` go on with a clause begun before it: a verb ("would fail", "is weak") or a
/// second verb joined by "and" or "but" ("and needs reform"), not a clause of its own?
fn continues_clause(a: &Analysis, t: usize, end: usize) -> bool {
    let verb = |q: usize| q < end && (is_auxiliary(a.lower[q].as_str()) || a.is(q, BE_FORM));
    let joined = matches!(a.lower[t].as_str(), "and" | "but")
        && t + 1 < end
        && a.tokens[t + 1].kind == TokenKind::Word
        && !opens_clause(a, t + 1, end)
        && a.mention_at[t + 1].is_none()
        && !a.lower[t + 1].ends_with("ing");
    verb(t) || joined
}

/// Does a phrase that completes a clause open at token `t`: a preposition's phrase or an
/// infinitive ("The fire began, police said, in the basement", "…, Roberts said, to determine if
/// …")?
fn continues_phrase(a: &Analysis, t: usize, end: usize) -> bool {
    t + 1 < end && a.tokens[t + 1].kind == TokenKind::Word && (a.is(t, PP_HEAD) || a.lower[t] == "to")
}

/// Does tokens `x..y` read as a clause: after its first word, an auxiliary, a form of "be", an
/// irregular past or a word in "-ed" ("The fire began", "The guardrail would be examined"), and
/// it opens with no preposition, subordinator or participle ("Last week", "In a statement", "As
/// China builds …", "Asked about it")?
fn is_clause(a: &Analysis, x: usize, y: usize) -> bool {
    y >= x + 2
        && a.mention_at[x].is_none_or(|m| a.mentions[m].last < y)
        && !a.is(x, PP_HEAD)
        // (Not a subordinate clause or a participle's: "As China builds islands, …", "Asked about
        // it, …".)
        && !SUBORDINATORS.contains(&a.lower[x].as_str())
        && !a.lower[x].ends_with("ed")
        && !a.lower[x].ends_with("ing")
        && (x + 1..y).any(|q| {
            let w = a.lower[q].as_str();
            is_auxiliary(w) || a.is(q, BE_FORM) || IRREGULAR_PASTS.contains(&w) || (w.ends_with("ed") && w.len() > 4)
        })
}

/// Trims punctuation and quotes at both ends of a token range; `None` if nothing is left.
pub(super) fn trim_content(a: &Analysis, mut x: usize, mut y: usize) -> Option<(usize, usize)> {
    let junk = |k: usize| a.tokens[k].kind == TokenKind::Punct;
    // ("$5 million", "grew by 2%": signs of a number are part of what was said.)
    while x < y && junk(x) && !matches!(a.lower[x].as_str(), "$" | "£" | "€" | "¥") {
        x += 1;
    }
    while y > x && junk(y - 1) && a.lower[y - 1] != "%" {
        y -= 1;
    }
    (y > x && (x..y).any(|k| a.tokens[k].kind == TokenKind::Word)).then_some((x, y))
}

pub(super) fn skip_punct(a: &Analysis, mut k: usize, end: usize) -> usize {
    while k < end && a.tokens[k].kind == TokenKind::Punct {
        k += 1;
    }
    k
}
