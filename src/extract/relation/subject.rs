//! Who acts: the subject of a cue, found to its left past adverbs,
//! auxiliaries, appositions and relative clauses ("Cruz, in remarks to ABC,
//! said", "Bret Stephens, who, after trading insults …, said"), and the
//! subject a participle takes from its clause ("Romney went after Trump …,
//! calling it …").

use super::*;

/// Walks left from the cue past adverbs, auxiliaries and one parenthetical
/// comma pair to the subject mention.
pub(super) fn subject_left(a: &Analysis, c0: usize, first: usize) -> Option<usize> {
    subject_left_word(a, c0, first).map(|(m, _)| m)
}

/// [`subject_left`], with the relative pronoun that stands for the subject in
/// the cue's clause, if there is one: "X, who said ..." gives X and "who".
pub(super) fn subject_left_word(a: &Analysis, c0: usize, first: usize) -> Option<(usize, Option<usize>)> {
    let relative = before_relative_clause(a, c0, first);
    match subject_left_near(a, c0, first) {
        // "Voters who backed Haddad in 2020 said": not the object inside the clause.
        // (A pronoun there has a clause of its own: "superdelegates who said they support".)
        Some((m, _))
            if a.mentions[m].kind != MentionKind::Pronoun
                && relative.is_some_and(|(_, who)| a.mentions[m].first > who) =>
        {
            relative.map(|(r, _)| (r, None))
        }
        Some(near) => Some(near),
        None => opening_name_before_comma(a, c0, first).map(|m| (m, None)).or_else(|| relative.map(|(r, _)| (r, None))),
    }
}

/// The actor a "who" stands for when the cue is a verb of the clause "who" opens, after the
/// clause's first verb and "and" or after a parenthetical: "Ben Terris, who saw the incident and
/// described it", "Mr. McConnell, who has both endorsed Mr. Trump and criticized his campaign",
/// "Bret Stephens, who, after trading insults with Mr. Hannity, said". Not when the clause closed
/// before the cue ("X, who leads the party, said") or has a subject of its own ("the officials who
/// Trump said had lied"). Gives the actor and "who".
pub(super) fn relative_verb_subject(a: &Analysis, c0: usize, first: usize) -> Option<(usize, usize)> {
    let j = past_gap_words(a, c0, first);
    let who = (j.saturating_sub(16).max(first + 1)..j).rev().find(|&t| a.lower[t] == "who")?;
    // ("who, after trading insults …, said": a parenthetical right after "who".)
    let parenthetical = a.lower.get(who + 1).is_some_and(|w| w == ",") && j > who + 2 && a.lower[j - 1] == ",";
    let inside = if parenthetical { who + 2..j - 1 } else { who + 1..j };
    let own_subject = a.mention_at[inside.start].is_some_and(|m| a.mentions[m].first == inside.start);
    let plain = inside.into_iter().all(|t| {
        !matches!(
            a.lower[t].as_str(),
            "," | ";" | ":" | "who" | "which" | "that" | "whom" | "(" | ")" | "-" | "—" | "–"
        ) && (a.tokens[t].kind != TokenKind::Quote || possessive_apostrophe(a, t))
    });
    // The cue is joined to the clause's first verb by "and" or "but" right before it (else it may be
    // the main verb after the clause: "Hawkins and others who want to ban abortion said").
    let coordinated = j > who + 2 && matches!(a.lower[j - 1].as_str(), "and" | "but");
    if !plain || own_subject || !(coordinated || parenthetical) {
        return None;
    }
    let before = if who > first + 1 && a.lower[who - 1] == "," { who - 1 } else { who };
    let m = mention_ending(a, before)?;
    let mention = &a.mentions[m];
    let actor = matches!(
        mention.actor,
        Some(ActorType::Person | ActorType::Organization | ActorType::Group | ActorType::Country)
    );
    // (A named actor: "the only candidate on the stage who based … and called for" names no one.)
    let named = matches!(mention.kind, MentionKind::Name | MentionKind::Known);
    (actor && named && !is_place(a, m) && !mention.possessive).then_some((m, who))
}

/// The unnamed group, phrase, role or known body before a relative clause that ends at the cue:
/// "People who attended the meeting said", "Voters who backed Haddad in 2020 say".
/// The clause opens with "who" and its verb, and holds no punctuation.
/// Gives the mention and the position of "who".
fn before_relative_clause(a: &Analysis, c0: usize, first: usize) -> Option<(usize, usize)> {
    let j = past_gap_words(a, c0, first);
    let who = (j.saturating_sub(15).max(first + 1)..j)
        .rev()
        .take_while(|&t| matches!(a.tokens[t].kind, TokenKind::Word | TokenKind::Number))
        .find(|&t| a.lower[t] == "who")?;
    // One clause and its verb right before the cue: not "witnesses who relayed the story but
    // didn't want", "leaders who rebuked Trump by expressing", "delegates who are expected to support".
    let one_clause = (who + 1..j).all(|t| !matches!(a.lower[t].as_str(), "and" | "but" | "or" | "because" | "that"));
    // ("the candidate who won the most pledged delegates": the cue is a word of the clause's object.)
    if who + 1 >= j
        || is_determiner(a.lower[j - 1].as_str())
        || matches!(a.lower[j - 1].as_str(), "most" | "more" | "many" | "few" | "fewer" | "least")
        || a.mention_at[who + 1].is_some()
        || !one_clause
        || is_phrase_stop(a.lower[j - 1].as_str())
        || a.lower[c0].ends_with("ing")
    {
        return None;
    }
    let m = a.mention_at[who - 1].filter(|&m| a.mentions[m].last == who)?;
    let mention = &a.mentions[m];
    // Not an apposition ("Geoff Garin, a pollster who advises the group, said": Garin speaks)
    // nor the object of a preposition.
    // ("The aide to the minister who resigned said": the aide speaks.)
    let opens_clause = mention.first == first
        || !(a.lower[mention.first - 1] == ","
            || a.is(mention.first - 1, PP_HEAD)
            || matches!(a.lower[mention.first - 1].as_str(), "of" | "to" | "for"));
    // ("The minister who resigned last week said", "Democrats who watched the debate said": a
    // role or a known body too.)
    // (Not a people named for its country: "Americans who believe in it believe".)
    let kind = matches!(mention.kind, MentionKind::Group | MentionKind::Phrase | MentionKind::Role)
        || (mention.kind == MentionKind::Known && mention.actor != Some(ActorType::Country));
    (kind && opens_clause).then_some((m, who))
}

/// The name that opens the sentence when a comma closes the appositions after
/// it: "Paul Porter, a truck driver from Ava, Mo., who is a member of the
/// union, said".
fn opening_name_before_comma(a: &Analysis, c0: usize, first: usize) -> Option<usize> {
    let j = past_gap_words(a, c0, first);
    let comma = j.checked_sub(1).filter(|&k| k > first && a.lower[k] == ",")?;
    let start = if matches!(a.lower[first].as_str(), "but" | "and") { first + 1 } else { first };
    let m = mention_starting(a, start, comma)?;
    let mention = &a.mentions[m];
    // ("The Europeans, who had been cut out of the talks, derided the deal": a group too.)
    let speaker = matches!(mention.kind, MentionKind::Name | MentionKind::Group)
        && matches!(
            mention.actor,
            Some(ActorType::Person | ActorType::Organization | ActorType::Country | ActorType::Group)
        );
    let between = mention.last..comma;
    // Appositions only: no quotation, no clause of its own ("…, is angry, and diplomats said"):
    // no auxiliary outside a relative clause, no ", and" or ", but".
    let mut relative = false;
    let plain = between.len() <= 45
        && between.clone().all(|k| {
            let w = a.lower[k].as_str();
            if w == "," {
                relative = false;
            } else if matches!(w, "who" | "which" | "whose" | "whom") {
                relative = true;
            }
            let clause = (a.is(k, BE_FORM) || matches!(w, "has" | "have" | "had" | "will" | "would")) && !relative;
            let coordinated = matches!(w, "and" | "but") && k > 0 && a.lower[k - 1] == ",";
            (a.tokens[k].kind != TokenKind::Quote || possessive_apostrophe(a, k))
                && !matches!(w, ";" | ":")
                && !clause
                && !coordinated
        });
    (speaker && plain && matches!(a.lower[mention.last].as_str(), "," | "(")).then_some(m)
}

/// [`subject_left_word`] without looking back to the start of the sentence.
fn subject_left_near(a: &Analysis, c0: usize, first: usize) -> Option<(usize, Option<usize>)> {
    if let Some(m) = head_before_phrases(a, past_gap_words(a, c0, first), first) {
        return Some((m, None));
    }
    let mut j = c0;
    let mut depth = 0;
    while j > first {
        let k = j - 1;
        if let Some(m) = a.mention_at[k] {
            let mention = &a.mentions[m];
            if mention.last != j {
                return None;
            }
            // "Mr. Morgan of the Sierra Club said": the head of the phrase speaks.
            // "Stacy Baker of Columbia, South Carolina says": past a place's state or country.
            let mut start = mention.first;
            if is_place(a, m)
                && start > first + 1
                && a.lower[start - 1] == ","
                && let Some(p) = a.mention_at[start - 2].filter(|&p| a.mentions[p].last == start - 1)
            {
                start = a.mentions[p].first;
            }
            // "posted a message on Facebook on Friday announcing ...", "posted a photo to Twitter
            // showing ...": a place or platform after its preposition, with no head before it, is
            // not who speaks.
            let head = head_before_preposition(a, start, first);
            // (After "to", only for a participle: "advisers to Mr. Obama say" is said by the
            // advisers, if by anyone named.)
            if head.is_none()
                && start > first
                && (matches!(a.lower[start - 1].as_str(), "on" | "via" | "onto" | "into")
                    || (a.lower[start - 1] == "to" && a.lower[c0].ends_with("ing")))
            {
                return None;
            }
            // "a Facebook user registered from Ireland shared …", "protesters gathered in Minsk
            // said": a place after a participle's preposition is where, not who.
            let participle_place = head.is_none()
                && start > first + 1
                && matches!(a.lower[start - 1].as_str(), "from" | "in" | "at" | "near")
                && a.lower[start - 2].ends_with("ed")
                && a.mention_at[start - 2].is_none()
                && a.tokens[start - 2].text(&a.doc.text).starts_with(char::is_lowercase);
            if participle_place && is_place(a, m) {
                return None;
            }
            // "Scholz speaking to reporters called …": whom a participle between subject and verb
            // speaks to is not who speaks.
            if head.is_none()
                && start > first + 2
                && matches!(a.lower[start - 1].as_str(), "to" | "with")
                && a.lower[start - 2].ends_with("ing")
                && a.lower[start - 2] != "according"
                && a.tokens[start - 2].text(&a.doc.text).starts_with(char::is_lowercase)
                && let Some(s) = a.mention_at[start - 3].filter(|&s| a.mentions[s].last == start - 2)
            {
                return Some((s, None));
            }
            return Some((head.unwrap_or(m), None));
        }
        let w = a.lower[k].as_str();
        // "Attorneys for the family said", "officials at the agency said".
        if let Some(p) = (k.saturating_sub(3).max(first)..=k).find(|&p| a.is(p, PP_HEAD))
            && (p + 1..=k).all(|q| a.tokens[q].kind == TokenKind::Word && a.mention_at[q].is_none())
            && let Some(m) = head_before_preposition(a, p + 1, first)
        {
            return Some((m, None));
        }
        if w == "to" && !(k > first && CONTROL_VERBS.contains(&a.lower[k - 1].as_str())) {
            return None;
        }
        if contracted_verb(a, k, first)
            || a.is(k, GAP_WORD)
            || (w.ends_with("ly") && w.len() > 4 && a.tokens[k].kind == TokenKind::Word)
        {
            j = k;
            continue;
        }
        // A time phrase: "Sanders on Tuesday said", "who in 2010 said", "Smith last week said".
        if let Some(p) = time_phrase_start(a, k, first) {
            j = p;
            continue;
        }
        // "Kall -- co-editor of a book -- said": a parenthetical between dashes.
        if let Some(close) = dash_start(a, k, first) {
            let open = (close.saturating_sub(30).max(first + 1)..close).rev().find_map(|p| dash_start(a, p, first));
            if let Some(p) = open
                && p > first
                && let Some(m) = a.mention_at[p - 1].filter(|&m| a.mentions[m].last == p)
            {
                return Some((m, None));
            }
            return None;
        }
        // "family members, many of whom say": the group before the quantifier.
        let quantified = w == "whom"
            && k >= first + 2
            && a.lower[k - 1] == "of"
            && matches!(a.lower[k - 2].as_str(), "many" | "most" | "some" | "all" | "several" | "both" | "few");
        if w == "who" || w == "which" || quantified {
            // "X, who proposed ..." / "X who proposed"
            let q = if quantified { k - 2 } else { k };
            // ("generals and admirals -- most of whom had announced": after a dash too.)
            let before = if q > first && (a.lower[q - 1] == "," || dash_start(a, q - 1, first) == Some(q - 1)) {
                q - 1
            } else {
                q
            };
            let ending_at =
                |p: usize| (p > first).then(|| a.mention_at[p - 1]).flatten().filter(|&m| a.mentions[m].last == p);
            // "Ted Cruz of Texas, who": the person before the place's preposition.
            let antecedent = ending_at(before).and_then(|m| {
                if is_place(a, m) && before < q {
                    head_before_preposition(a, a.mentions[m].first, first).or((!in_place_phrase(a, m)).then_some(m))
                } else {
                    Some(m)
                }
            });
            // "McConnell, now the Senate majority leader, who said", "Alan Berger, a doctor from
            // Englewood, New Jersey, who said": past appositions, to a name before a comma.
            let apposition = || {
                if before == q {
                    return None;
                }
                let from = before.saturating_sub(20).max(first);
                let clause = |p: usize| {
                    a.tokens[p].kind == TokenKind::Quote && !possessive_apostrophe(a, p)
                        || matches!(a.lower[p].as_str(), ";" | ":" | "who" | "which")
                        || (matches!(a.lower[p].as_str(), "and" | "but") && a.lower[p - 1] == ",")
                };
                let commas = (from..before).rev().take_while(|&p| !clause(p)).filter(|&p| a.lower[p] == ",");
                commas.filter_map(ending_at).find(|&m| a.mentions[m].kind == MentionKind::Name && !is_place(a, m))
            };
            return antecedent.or_else(apposition).map(|m| (m, Some(k)));
        }
        if w == ")" {
            // "Gov. Mike Pence (R-IN) said"
            match (first..k).rev().find(|&p| a.lower[p] == "(") {
                Some(p) if k - p <= 8 => {
                    j = p;
                    continue;
                }
                _ => return None,
            }
        }
        if w != "," {
            return None;
        }
        // "Gov. John Kasich (R-OH), said"
        if k > first && a.lower[k - 1] == ")" {
            j = k;
            continue;
        }
        // A parenthetical: "Cruz, in remarks to ABC, said"; "Rubio, the secretary of state, said".
        // (A comma inside a name is not one: "a teacher in Allentown, Pa., said".)
        let p = (k.saturating_sub(30).max(first)..k).rev().find(|&p| {
            (a.lower[p] == "," && a.mention_at[p].is_none())
                || (a.tokens[p].kind == TokenKind::Quote && !possessive_apostrophe(a, p))
                || matches!(a.lower[p].as_str(), ";" | ":")
        })?;
        if a.lower[p] != "," {
            return None;
        }
        // "The ministry has, in a statement, called on …", "Smith has, however, denied …": a
        // parenthetical after the auxiliary.
        if p > first
            && (is_auxiliary(a.lower[p - 1].as_str()) || matches!(a.lower[p - 1].as_str(), "did" | "does" | "do"))
            && a.mention_at[p - 1].is_none()
        {
            j = p;
            continue;
        }
        // "Scott Pruitt, the attorney general of Oklahoma, one of ..., said": a place after a
        // preposition ends an apposition, it does not speak.
        let ending = (p > first).then(|| a.mention_at[p - 1]).flatten().filter(|&m| a.mentions[m].last == p);
        // ("Carl Hensman of the Gates Foundation, which ..., said": past an article.)
        let in_phrase = |m: usize| {
            let mut f = a.mentions[m].first;
            if f > first + 1 && matches!(a.lower[f - 1].as_str(), "the" | "a" | "an") {
                f -= 1;
            }
            f > first
                && matches!(
                    a.lower[f - 1].as_str(),
                    "of" | "in" | "from" | "for" | "at" | "to" | "about" | "with" | "against" | "over"
                )
        };
        // "Rep. Tom Cole of Oklahoma, an ally of the leadership, said": the head before the place.
        // "a truck driver from Ava, Mo., who ..., said": a place ends an apposition, it does not speak.
        let place = |m: usize| a.mentions[m].actor == Some(ActorType::Location);
        let left = ending.and_then(|m| {
            if in_phrase(m) {
                // ("The new members of the House, which ..., voted": a bare group noun says less
                // than the body it belongs to.)
                let bare = |h: usize| {
                    a.mentions[h].kind == MentionKind::Group && a.mentions[h].last - a.mentions[h].first == 1
                };
                let head = head_before_preposition(a, a.mentions[m].first, first).filter(|&h| {
                    a.mentions[h].kind == MentionKind::Name || a.mentions[h].actor == Some(ActorType::Group)
                });
                match head {
                    Some(h) if bare(h) && a.mentions[m].actor == Some(ActorType::Organization) => Some(m),
                    h => h,
                }
            } else {
                Some(m)
            }
        });
        let left = left.filter(|&m| !place(m));
        // An apposition between the commas: "The Vice President, Mike Pence, said", also after
        // an occupation the lexicon does not know as a title ("One of the authors, herpetologist
        // David Blackburn, told"; not a clause: "Meanwhile, it attacked Trump, saying").
        let occupation = |t: usize| {
            a.tokens[t].kind == TokenKind::Word
                && a.tokens[t].text(&a.doc.text).starts_with(|c: char| c.is_lowercase())
                && a.mention_at[t].is_none()
                && a.lower[t].cue_slot().is_none_or(|slot| slot == 0)
                && !a.lower[t].ends_with("ly")
                && !a.is(t, PP_HEAD)
                && !NOT_OCCUPATIONS.contains(&a.lower[t].as_str())
        };
        let inner = a.mention_at[k - 1].filter(|&m| {
            let f = a.mentions[m].first;
            a.mentions[m].last == k && (p + 1..=p + 3).contains(&f) && (p + 1..f).all(occupation) && !place(m)
        });
        let is_name = |m: usize| a.mentions[m].kind == MentionKind::Name;
        // "Giovanni Maria Vian, the editor in chief of the Vatican's newspaper, L'Osservatore
        // Romano, said": a name that renames the object of a preposition in the person's
        // description does not speak; the person opening the sentence does.
        if inner.is_some()
            && left.is_none()
            && let Some(o) = opening_name_before_comma(a, c0, first).filter(|&o| {
                a.mentions[o].actor == Some(ActorType::Person) && (a.mentions[o].last..p).any(|t| a.is(t, PP_HEAD))
            })
        {
            return Some((o, None));
        }
        return match (left, inner) {
            (Some(l), Some(i)) if !is_name(l) && is_name(i) => Some((i, None)),
            (Some(l), _) => Some((l, None)),
            (None, Some(i)) if is_name(i) && (p == first || a.lower[p - 1] != "and") => Some((i, None)),
            // Another parenthetical further left: "Scott Pruitt, the attorney general, one of ..., said".
            (None, None) if depth < 2 => {
                depth += 1;
                j = p + 1;
                continue;
            }
            _ => None,
        };
    }
    None
}

/// Who acts in a participle's clause that follows a comma, when the clause before the comma says so
/// plainly: the speaker of a statement whose verb (or inverted speaker) ends right before the comma
/// ("“…,” he said, citing …", "a Chinese official said, adding …"); else the subject that opens
/// the sentence, past an opening adverbial ("Romney went after Trump over his taxes, calling it
/// …", "Here in Columbia, Sanders stepped up his emphasis …, saying …").
pub(super) fn participle_subject(a: &Analysis, found: &[Found], s: usize, comma: usize) -> Option<usize> {
    let sentence = a.sentences[s];
    // Up to six plain words (after a quotation: "called “a disgrace,” blaming …") before the comma.
    let plain_words = |mut from: usize| {
        if from < comma && a.tokens[from].kind == TokenKind::Quote {
            match (from + 1..comma).find(|&k| a.tokens[k].kind == TokenKind::Quote) {
                Some(close) => from = close + 1,
                None => return false,
            }
        }
        from <= comma
            && comma - from <= 6
            && (from..comma).all(|k| {
                (a.tokens[k].kind == TokenKind::Word || (k + 1 == comma && a.tokens[k].kind == TokenKind::Quote))
                    && a.mention_at[k].is_none()
                    && a.lower[k] != "and"
            })
    };
    // (Not a possessor: "defended his proposal of a buyback, saying" is the defender's.)
    let owner = |m: usize| a.mentions[m].possessive || possessive_pronoun(a, m);
    let statements = || found.iter().filter(|f| f.sentence == s && f.relation.is_statement() && !owner(f.subject));
    let stated = statements().rev().find(|f| plain_words(f.cue.1.max(a.mentions[f.subject].last)));
    if let Some(f) = stated {
        // What was said inside another statement is that statement's: "Byrne also wrote the
        // agents knew to brace for the eruptions, saying …" (Byrne).
        let outer = (f.cue.1 < comma)
            .then(|| {
                statements().find(|g| {
                    g.cue.0 < f.cue.0
                        && g.content.is_some_and(|(x, y)| x <= f.cue.0 && comma < y)
                        && (g.cue.1..f.cue.0)
                            .all(|k| a.tokens[k].kind != TokenKind::Quote || possessive_apostrophe(a, k))
                })
            })
            .flatten();
        return Some(outer.unwrap_or(f).subject);
    }
    let start = opening_adverbial_end(a, sentence.first, comma).unwrap_or(sentence.first);
    let m = sentence_subject(a, start, comma)?;
    // A clause of its own between them has the participle: "analysts suggest that …, Putin might
    // hesitate …, believing …" (Putin), "a charge that Colorado Republican leaders strongly denied,
    // noting …", "which Mr. Trump called …"; so does a relative clause: "an academic named Eric
    // Kingson, who is running for Congress and who worked the crowd, praising …".
    let other_clause = (a.mentions[m].last..comma).any(|k| {
        a.lower[k] == "who"
            || a.mention_at[k].is_some_and(|n| {
                let after = a.mentions[n].last;
                after == k + 1
                    && after < comma
                    && !a.mentions[n].inside
                    && !a.mentions[n].possessive
                    && !possessive_pronoun(a, n)
                    && a.tokens[after].kind == TokenKind::Word
                    && a.tokens[after].text(&a.doc.text).starts_with(|c: char| c.is_lowercase())
                    && !a.is(after, PP_HEAD)
                    && !matches!(
                        a.lower[after].as_str(),
                        "'s" | "’s"
                            | "and"
                            | "or"
                            | "to"
                            | "as"
                            | "by"
                            | "about"
                            | "over"
                            | "into"
                            | "against"
                            | "after"
                            | "before"
                    )
            })
    });
    // (Nor a subject followed by a preposition: "The mayor of London, Sadiq Khan, gave …".)
    let next = a.mentions[m].last;
    (!other_clause && !a.is(next, PP_HEAD) && a.lower[next] != "to").then_some(m)
}

/// Is mention `m` a possessive pronoun ("his", "their", …)?
pub(super) fn possessive_pronoun(a: &Analysis, m: usize) -> bool {
    a.mentions[m].kind == MentionKind::Pronoun && POSSESSIVE_PRONOUNS.contains(&a.lower[a.mentions[m].first].as_str())
}

/// Where a sentence's opening adverbial ends: the token after the comma that closes "Here in
/// Columbia,", "Earlier this week,", "But when Maddow pointed out that …,” " (past quotation
/// marks right after the comma), before `end`.
fn opening_adverbial_end(a: &Analysis, first: usize, end: usize) -> Option<usize> {
    let k = one_opening_adverbial_end(a, first, end)?;
    // ("In 1992, with the party's backing, she ran …": one after another.)
    Some(one_opening_adverbial_end(a, k, end).unwrap_or(k))
}

fn one_opening_adverbial_end(a: &Analysis, first: usize, end: usize) -> Option<usize> {
    let first = if matches!(a.lower[first].as_str(), "but" | "and" | "so" | "yet") { first + 1 } else { first };
    let w = a.lower.get(first)?.as_str();
    let opener = TIME_WORDS.contains(&w)
        || (SUBORDINATORS.contains(&w)
            && !matches!(w, "that" | "what" | "which" | "who" | "whom" | "than" | "how" | "why"))
        || ADVERBIAL_OPENERS.contains(&w);
    if !opener {
        return None;
    }
    let comma = (first + 1..end).find(|&k| a.lower[k] == ",")?;
    let mut k = comma + 1;
    while k < end && a.tokens[k].kind == TokenKind::Quote && !possessive_apostrophe(a, k) {
        k += 1;
    }
    (k < end).then_some(k)
}

/// Words besides [`TIME_WORDS`] and [`SUBORDINATORS`] that open an adverbial at a sentence's
/// start: "Despite the ruling, …", "Here in Columbia, …".
const ADVERBIAL_OPENERS: &[&str] = &[
    "for",
    "with",
    "without",
    "despite",
    "amid",
    "amidst",
    "following",
    "unlike",
    "like",
    "under",
    "from",
    "throughout",
    "here",
    "there",
    "now",
    "again",
    "also",
    "still",
    "instead",
    "however",
    "meanwhile",
    "then",
    "yesterday",
    "whereas",
];

/// The subject of the main clause after a participle that opens the sentence:
/// "Citing an unfounded theory, Trump accused ...", "In defending himself, Trump
/// offered ...". The participle's clause ends at the first comma, outside
/// quotations, and the subject opens the main clause.
pub(super) fn opening_participle_subject(
    a: &Analysis,
    c0: usize,
    c1: usize,
    first: usize,
    last: usize,
) -> Option<usize> {
    let comma = opening_participle_end(a, c0, c1, first, last)?;
    let m = mention_starting(a, comma + 1, last)?;
    let mention = &a.mentions[m];
    let actor = mention.actor.is_some_and(|t| t != ActorType::Location) && !mention.possessive;
    let verb_next = mention.last < last && a.tokens[mention.last].kind == TokenKind::Word;
    (actor && verb_next).then_some(m)
}

/// The comma that ends a participle's clause opening the sentence ("Citing ..., Trump").
pub(super) fn opening_participle_end(a: &Analysis, c0: usize, c1: usize, first: usize, last: usize) -> Option<usize> {
    let opens = c0 == first
        || (c0 == first + 1 && matches!(a.lower[first].as_str(), "in" | "after" | "while" | "when" | "by" | "before"));
    if !opens || !a.lower[c0].ends_with("ing") {
        return None;
    }
    (c1..last.min(c1 + 30))
        .take_while(|&k| a.tokens[k].kind != TokenKind::Quote || possessive_apostrophe(a, k))
        .find(|&k| a.lower[k] == ",")
}

/// The one quoted in "The Guardian quoted John Smith as saying …" (or "quoted Tim Manning, a
/// former official, as saying"): for the cue at `c0` ("saying"), the mention after a verb of
/// quoting, right before "as" or before an apposition that ends there.
pub(super) fn quoted_as_saying(a: &Analysis, c0: usize, first: usize) -> Option<usize> {
    let speaking = matches!(
        a.lower[c0].as_str(),
        "saying" | "telling" | "stating" | "writing" | "adding" | "declaring" | "warning" | "calling" | "describing"
    );
    if c0 < first + 3 || a.lower[c0 - 1] != "as" || !speaking {
        return None;
    }
    let q = (c0.saturating_sub(30).max(first)..c0 - 2).rev().find(|&q| QUOTING_VERBS.contains(&a.lower[q].as_str()))?;
    let at = if matches!(a.lower[q + 1].as_str(), "the" | "a" | "an") { q + 2 } else { q + 1 };
    // ("Tass quoted him as saying": not a pronoun, whose record the outlet's stays.)
    let m = a.mention_at[at].filter(|&m| {
        a.mentions[m].first <= at && a.mentions[m].first > q && a.mentions[m].kind != MentionKind::Pronoun
    })?;
    let last = a.mentions[m].last;
    let apposition = a.lower[c0 - 2] == "," && a.lower[last] == "," && last < c0 - 2;
    (last == c0 - 1 || apposition).then_some(m)
}

/// Verbs of one speaker quoting another: "quoted Smith as saying".
pub(super) const QUOTING_VERBS: &[&str] = &["quoted", "quotes", "quoting", "cited", "cites", "citing"];
