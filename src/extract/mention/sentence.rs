//! The scan of one sentence, token by token: pronouns, known actors, titled
//! names and roles, unnamed groups, faiths and peoples, and plain names.
//!
//! Takes a [`Ctx`] and a sentence; gives its [`Mention`]s, pushed in text
//! order onto the document's list.

use super::*;

impl<'a> MentionFinder<'a> {
    pub(super) fn find_in_sentence(&self, ctx: &Ctx, s: usize, sentence: &Sentence, out: &mut Vec<Mention>) {
        let end = sentence.last;
        // (One pass for both counts.)
        let (mut words, mut caps) = (0, 0);
        for (t, &cap) in ctx.tokens[sentence.first..end].iter().zip(&ctx.caps[sentence.first..end]) {
            words += usize::from(t.kind == TokenKind::Word);
            caps += usize::from(cap);
        }
        let last = ctx.tokens[end - 1].text(ctx.text);
        let last_is_stop = matches!(last, "." | "?" | "!" | "”" | "\"");
        // A headline may end with a full stop when nearly every word is capitalised: "Christie
        // Calls Clinton ‘A Disgrace’ Over Police Shooting Comments."
        let headline_stop = last == "." && words >= 4 && caps * 10 >= words * 8;
        let title_case_line = words >= 3 && caps * 10 >= words * 6 && (!last_is_stop || headline_stop);
        // Most words are lowercase and start nothing below (no pronoun, title or group noun;
        // known actors and names are capitalised): passed over in a loop of their own, over
        // slices of the sentence. (In the loop below, whose calls may change what the context's
        // cells hold, every test reloaded each vector from the context.)
        // So are capitalised words that can be no name and start nothing either ("The", "In",
        // "However" opening a sentence): below, such a word could only be the surname of a
        // month ("Theresa May").
        // A word that may start a title is passed over too when no title can start there (as
        // `title_at` tells): it is no title itself and starts no longer one, or the next word
        // is in none ("the", which starts "the Rev.", before most words).
        let passed = {
            let tokens = &ctx.tokens[..end];
            let (caps, flags, bare) = (&ctx.caps[..end], &ctx.flags[..end], &ctx.bare[..end]);
            let lower = &ctx.lower[..end];
            let no_title = move |i: usize| {
                bare[i] & (WordInfo::TITLE | WordInfo::PLURAL_TITLE) == 0
                    && (bare[i] & (WordInfo::TITLE_PREFIX | WordInfo::PLURAL_TITLE_PREFIX) == 0
                        || tokens.get(i + 1).is_none_or(|t| t.kind != TokenKind::Word)
                        || bare[i + 1] & WordInfo::TITLE_WORD == 0)
            };
            move |i: usize| {
                tokens[i].kind != TokenKind::Word
                    || (flags[i] & (PRONOUN | OTHER_PRONOUN | WordInfo::GROUP_NOUN) == 0
                        && (bare[i] & WordInfo::TITLE_START == 0 || no_title(i))
                        && (!caps[i]
                            || (flags[i] & WordInfo::ACTOR_START == 0
                                && bare[i] & NOT_NAME != 0
                                && !MONTHS.contains(&lower[i].as_str()))))
            }
        };
        let mut i = sentence.first;
        loop {
            while i < end && passed(i) {
                i += 1;
            }
            if i >= end {
                break;
            }
            let t = &ctx.tokens[i];
            let w = ctx.word(i);
            // "UK-based retailer Tesco", "the Saudi-led coalition", "then-Texas Governor Rick
            // Perry": a name in a modifier names no actor here.
            if ctx.cap(i) && modifier_compound(w) {
                i += 1;
                continue;
            }
            if ctx.is(i, PRONOUN) {
                let mut m = Mention::new(s, i, i + 1, MentionKind::Pronoun);
                m.actor = Some(ActorType::Person);
                let idx = out.len();
                out.push(m);
                if matches!(w, "his" | "her") && i + 1 < end && ctx.is(i + 1, BODY_NOUN) {
                    // "his administration": the body of whoever "his" is.
                    let mut b = Mention::new(s, i, i + 2, MentionKind::Body);
                    b.actor = Some(ActorType::Organization);
                    b.affiliation = Some(idx);
                    out[idx].inside = true;
                    out.push(b);
                    i += 2;
                    continue;
                }
                i += 1;
                continue;
            }
            if ctx.is(i, OTHER_PRONOUN) {
                out.push(Mention::new(s, i, i + 1, MentionKind::Pronoun));
                i += 1;
                continue;
            }
            let sentence_start = i == sentence.first
                || matches!(ctx.tokens[i - 1].kind, TokenKind::Quote)
                || ctx.tokens[i - 1].text(ctx.text) == "(";
            // An era after a year ("49 BC") is not British Columbia; nor is the part of a day after
            // an hour ("4:00 A.M.") a name.
            let raw = t.text(ctx.text);
            if matches!(raw, "BC" | "AD" | "BCE" | "CE" | "A.M." | "P.M." | "AM" | "PM")
                && i > 0
                && ctx.tokens[i - 1].text(ctx.text).chars().all(|c| c.is_ascii_digit())
            {
                i += 1;
                continue;
            }
            // A currency: "US$2 million", "A$300".
            if i + 1 < end && ctx.word(i + 1) == "$" && ctx.tokens[i + 1].start == t.end {
                i += 1;
                continue;
            }
            // A known actor phrase ("Russia", "Kremlin", "NATO", "North Korean").
            // "Del. Ada Lind": a title spelled like a known abbreviation, before a given name.
            let title_before_name =
                |j: usize| self.title_at(ctx, i, end) == Some(j) && j < end && ctx.is_name(j, WordInfo::GIVEN_NAME);
            // "Michael Bloomberg … Bloomberg endorsed": the surname of a person named before by a
            // given name, not the organisation the lexicon knows by that word.
            let surname_of_earlier = |j: usize, known: &Known| {
                j == i + 1
                    && known.kind == ActorType::Organization
                    && earlier_surname_where(ctx, ctx.word(i), out, |m| ctx.is_name(m.head_first, WordInfo::GIVEN_NAME))
            };
            if let Some((j, known)) =
                self.known_at(ctx, i, end).filter(|&(j, known)| !title_before_name(j) && !surname_of_earlier(j, known))
            {
                let capitalised_after = j < end && ctx.cap(j) && self.title_at(ctx, j, end).is_none();
                let runs_on = capitalised_after && known.via != Via::Demonym;
                let longer_known = runs_on && self.known_at(ctx, j, end).is_some();
                // "Florida Atlantic University", "New York Police Department": a place opening an
                // organisation's name; "Australian Retailers Association", "Indonesian National
                // Police", "Saudi Press Agency": a people opening one (not "the Israeli NSO Group":
                // an acronym names a company of its own).
                let acronym = |t: usize| ctx.tokens[t].text(ctx.text).bytes().all(|b| b.is_ascii_uppercase());
                if capitalised_after
                    && !title_case_line
                    && matches!(known.kind, ActorType::Location | ActorType::Country)
                    && (known.via != Via::Demonym || !acronym(j))
                    && let Some(k) = self.organization_after_place(ctx, j, end, known.kind == ActorType::Country)
                {
                    let mut m = Mention::new(s, i, k, MentionKind::Name);
                    m.actor = Some(ActorType::Organization);
                    m.possessive = m_possessive(ctx, k, end);
                    let idx = out.len();
                    out.push(m);
                    let after = if m_possessive(ctx, k, end) { k + 1 } else { k };
                    i = if self.attach_title(ctx, s, i, after, end, idx, out) {
                        out.last().map_or(k, |m| m.last)
                    } else {
                        k
                    };
                    continue;
                }
                if !runs_on || longer_known || title_case_line {
                    if matches!(known.kind, ActorType::Location | ActorType::Country)
                        && joins_place(ctx, out, i, j, end)
                    {
                        i = j;
                        continue;
                    }
                    // "in Idaho, Michigan, and Washington": a seat of government in a list of
                    // places that are none is the place ("Moscow, Beijing and Washington" stay
                    // the states).
                    let listed = |k: usize| {
                        let k = if k > sentence.first && matches!(ctx.word(k - 1), "and" | "or") { k - 1 } else { k };
                        let k = if k > sentence.first && ctx.word(k - 1) == "," { k - 1 } else { k };
                        k < i
                            && out.last().is_some_and(|p| {
                                p.last == k
                                    && p.actor == Some(ActorType::Location)
                                    && p.known.as_ref().is_none_or(|q| q.via != Via::Seat)
                            })
                    };
                    // "met in Paris", "died in Moscow": a seat after a preposition of place is the
                    // place, an entity of its own that no longer name takes in ("in Beijing's
                    // view", "the government in Riyadh", "many in Washington" are the state).
                    let located = known.via == Via::Seat
                        && i > sentence.first + 1
                        && matches!(
                            ctx.word(i - 1),
                            "in" | "near" | "outside" | "inside" | "into" | "across" | "around" | "throughout"
                        )
                        && !matches!(
                            ctx.word(i - 2),
                            "government"
                                | "regime"
                                | "authorities"
                                | "administration"
                                | "leadership"
                                | "officials"
                                | "leaders"
                                | "policymakers"
                                | "many"
                                | "some"
                                | "those"
                                | "everyone"
                                | "everybody"
                        )
                        && !m_possessive(ctx, j, end);
                    // "east of the capital, Riyadh", "in the capital city Tehran", "flew to Berlin",
                    // "fled from Moscow": the city itself.
                    let before = |d: usize| ctx.word(i - d);
                    let capital = i > sentence.first + 1
                        && (before(1) == "capital" || (matches!(before(1), "city" | ",") && before(2) == "capital"));
                    // ("bound for Jakarta", "left Paris", "a few miles off Jakarta": the city too.)
                    let travelled = i > sentence.first + 1
                        && ((matches!(before(1), "to" | "from" | "for")
                            && (MOTION_VERBS.contains(&before(2)) || before(2) == "bound"))
                            // (Not "fend off Moscow", "left Moscow isolated": the state.)
                            || (before(1) == "off"
                                && matches!(before(2), "miles" | "kilometres" | "kilometers" | "km" | "coast" | "just"))
                            || (matches!(before(1), "left" | "leaving" | "departed")
                                && (j == end
                                    || matches!(
                                        ctx.word(j),
                                        "." | "," | ";" | "on" | "for" | "in" | "at" | "to" | "after" | "and"
                                    ))));
                    let located =
                        known.via == Via::Seat && (located || ((capital || travelled) && !m_possessive(ctx, j, end)));
                    // "Seoul Mayor Park Won-soon", "the mayor of Seoul", "Tokyo's governor": the
                    // city its own officers govern.
                    let city = known.via == Via::Seat
                        && ((j < end && matches!(ctx.word(j), "mayor" | "governor" | "city" | "municipal"))
                            || (j + 1 < end
                                && m_possessive(ctx, j, end)
                                && matches!(ctx.word(j + 1), "mayor" | "governor" | "city"))
                            || (i > sentence.first + 1
                                && ctx.word(i - 1) == "of"
                                && matches!(ctx.word(i - 2), "mayor" | "governor" | "city" | "municipality")));
                    // The place is an entity of its own, no longer the state.
                    let place = (located || city).then(|| {
                        Arc::new(Known {
                            name: ctx.text[ctx.tokens[i].start..ctx.tokens[j - 1].end].to_owned(),
                            kind: ActorType::Location,
                            via: Via::Name,
                            exact: None,
                        })
                    });
                    if place.is_none() && known.via == Via::Seat && j == i + 1 && listed(i) {
                        let mut m = Mention::new(s, i, j, MentionKind::Name);
                        m.actor = Some(ActorType::Location);
                        out.push(m);
                        i = j;
                        continue;
                    }
                    let known = place.as_ref().unwrap_or(known);
                    let idx = out.len();
                    let mut m = Mention::new(s, i, j, MentionKind::Known);
                    m.actor = Some(known.kind);
                    m.known = Some(Arc::clone(known));
                    m.possessive = j < end && ctx.word(j) == "'s";
                    out.push(m);
                    let after = if m_possessive(ctx, j, end) { j + 1 } else { j };
                    // (A place where something happened has no officers: "died in Moscow"; "Seoul
                    // Mayor Park Won-soon" is the city's.)
                    let attaches = !located || city;
                    if attaches && self.attach_after(ctx, s, i, after, end, idx, known, out) {
                        i = out.last().map_or(j, |m| m.last);
                    } else {
                        i = j;
                    }
                    continue;
                }
            }
            // A title ("President", "Kremlin spokesman") before a name, or a role noun.
            // An ordinary word or a title may be the surname of someone named before, as it
            // speaks ("Ian Read ... Read said", "Don King ... King says").
            // ("Little is known" and "Hope is fading" are no one's words.)
            // (Asked only of a title or an ordinary word, which most words are not.)
            let speaking_surname = |out: &[Mention]| {
                ctx.cap(i)
                    && i + 1 < end
                    && (self.is_speech_verb(ctx, i + 1)
                        || (i + 2 < end && is_auxiliary(ctx.word(i + 1)) && self.is_speech_verb(ctx, i + 2)))
                    && is_earlier_surname(ctx, w, out)
            };
            // ("Secretary of Justice Wanda Vázquez": a title word naming an office's field.)
            let field = i >= sentence.first + 2 && ctx.word(i - 1) == "of" && ctx.bare_is(i - 2, WordInfo::TITLE);
            if let Some(j) = self
                .title_at(ctx, i, end)
                .filter(|_| !field && !speaking_surname(out))
                .map(|j| self.skip_titles(ctx, j, end))
            {
                let start = if i > sentence.first && matches!(ctx.word(i - 1), "the" | "a" | "an" | "former" | "then") {
                    i - 1
                } else {
                    i
                };
                // "Ambassador to Germany Richard Grenell", "Special Representative for Iran Brian
                // Hook": the place the title names is part of it, before the name. So is a body
                // after "the": "Ambassador to the United Nations Nikki Haley", "Speaker of the
                // parliament Ali Larijani".
                let linked = j + 1 < end && matches!(ctx.word(j), "to" | "for" | "of");
                let after_the = if linked && ctx.word(j + 1) == "the" { j + 2 } else { j + 1 };
                let linked = linked && after_the < end;
                let named_next = |e: usize| e < end && ctx.cap(e) && ctx.is_name(e, WordInfo::GIVEN_NAME);
                let j = match linked.then(|| self.known_at(ctx, after_the, end)).flatten() {
                    Some((e, known))
                        if (matches!(known.kind, ActorType::Country | ActorType::Location)
                            || (after_the > j + 1 && known.kind == ActorType::Organization))
                            && (ctx.word(j) != "of" || after_the > j + 1)
                            && named_next(e) =>
                    {
                        e
                    }
                    // ("the parliament", "the board": a body in lower case, one or two words.)
                    _ if linked && after_the > j + 1 => (after_the..end.min(after_the + 2))
                        .take_while(|&t| ctx.tokens[t].kind == TokenKind::Word && !ctx.cap(t))
                        .map(|t| t + 1)
                        .find(|&e| named_next(e))
                        .unwrap_or(j),
                    _ => j,
                };
                if j < end && ctx.cap(j) && !ctx.is(j, NOT_NAME) {
                    let k = self.name_end(ctx, j, end, false);
                    if k > j && self.known_at(ctx, j, end).is_none_or(|(e, _)| e < k) {
                        let mut m = Mention::new(s, start, k, MentionKind::Name);
                        // "the Royal Pharmaceutical Society", "King Abdullah University": a body
                        // whose name opens with a title.
                        if ctx.cap(i) && ctx.is(k - 1, ORG_SUFFIX) {
                            m.head_first = i;
                            m.actor = Some(ActorType::Organization);
                            m.possessive = m_possessive(ctx, k, end);
                            out.push(m);
                            i = k;
                            continue;
                        }
                        out.push(titled_person(ctx, m, (i, j), end));
                        i = k;
                        continue;
                    }
                }
                // "the official WHO report": an adjective before a name.
                if w == "official" && j == i + 1 && j < end && ctx.cap(j) {
                    i = j;
                    continue;
                }
                if start < i && ctx.word(start) == "the" && !ctx.cap(i)
                    || (start < i && ctx.word(start) == "the" && j < end && !ctx.cap(j))
                {
                    let mut m = Mention::new(s, start, j, MentionKind::Role);
                    m.head_first = i;
                    m.role = Some((i, j));
                    m.actor = Some(ActorType::Person);
                    out.push(m);
                    i = j;
                    continue;
                }
                // "Analysts agreed ...": a plural role noun opening a sentence is a group.
                if ctx.cap(i) && !(sentence_start && j == i + 1 && self.lexicon.is_group_noun(w)) {
                    i = j;
                    continue;
                }
            }
            // An unnamed group ("analysts", "officials").
            if (!ctx.cap(i) || sentence_start) && ctx.is(i, WordInfo::GROUP_NOUN) && w.ends_with('s') {
                // One adjective belongs to the group: "federal workers", "senior officials".
                let adjective = i > sentence.first
                    && ctx.tokens[i - 1].kind == TokenKind::Word
                    && !ctx.cap(i - 1)
                    && out.last().is_none_or(|m: &Mention| m.last != i)
                    && GROUP_ADJECTIVE_ENDINGS.iter().any(|e| ctx.word(i - 1).ends_with(e));
                let first = if adjective { i - 1 } else { i };
                let mut m = Mention::new(s, first, i + 1, MentionKind::Group);
                m.actor = Some(ActorType::Group);
                out.push(m);
                i += 1;
                continue;
            }
            // A headline's speech verb after a name starts no name: "Obama Says Trump Is Unfit".
            if title_case_line
                && ctx.cap(i)
                && out.last().is_some_and(|m: &Mention| m.last == i)
                && self.is_speech_verb(ctx, i)
                && !(i + 1 < end && ctx.word(i + 1) == ",")
            {
                i += 1;
                continue;
            }
            // "Democrat Chuck Schumer": a party member's label is no part of the name; "a
            // Republican, Mark Amodei," describes the name after it.
            let described = i > sentence.first && matches!(ctx.word(i - 1), "a" | "one" | "another");
            if matches!(w, "democrat" | "republican")
                && (described || (i + 1 < end && ctx.is_name(i + 1, WordInfo::GIVEN_NAME)))
            {
                i += 1;
                continue;
            }
            // "Corbyn met May": a month that is the surname of a person named before ("Theresa May").
            if ctx.cap(i)
                && ctx.bare_is(i, NOT_NAME)
                && MONTHS.contains(&w)
                && month_surname(ctx, sentence.first, i, end, out)
            {
                let mut m = Mention::new(s, i, i + 1, MentionKind::Name);
                m.actor = Some(ActorType::Person);
                m.possessive = m_possessive(ctx, i + 1, end);
                out.push(m);
                i += 1;
                continue;
            }
            // A capitalised name.
            if ctx.cap(i) && !ctx.bare_is(i, NOT_NAME) {
                if sentence_start || title_case_line {
                    // Skip ordinary words capitalised only by position ("However", "Reports",
                    // "Today at 10:30 BST, …"; not "Christianity Today"), but not a surname as it
                    // speaks ("Read said").
                    // A surname's particle before a name is no ordinary word: "De Blasio said".
                    let particle = |k: usize| {
                        SURNAME_PARTICLES.contains(&ctx.word(k))
                            && k + 1 < end
                            && ctx.cap(k + 1)
                            && !self.is_ordinary(ctx, k + 1)
                    };
                    // "Tributes were paid", "Trains leave": the plural of a common word before a
                    // lowercase word (not "Banks said" after "Arron Banks").
                    let plural = |k: usize| {
                        let w = ctx.word(k);
                        k == i
                            && k + 1 < end
                            && !ctx.cap(k + 1)
                            && ctx.tokens[k + 1].kind == TokenKind::Word
                            && w.len() > 4
                            && !w.ends_with("ss")
                            && w.strip_suffix('s').is_some_and(|one| self.lexicon.is_common_word(one))
                            && !ctx.is_name(k, WordInfo::GIVEN_NAME)
                            && self.lexicon.actor(w).is_none()
                            && !is_earlier_surname(ctx, w, out)
                    };
                    let ordinary = |k: usize| {
                        (self.is_ordinary(ctx, k) && !particle(k))
                            || plural(k)
                            || matches!(ctx.word(k), "today" | "tonight" | "yesterday" | "tomorrow")
                    };
                    let mut first = i;
                    while first < end && ctx.cap(first) && ordinary(first) {
                        first += 1;
                    }
                    // ("((Rich Bowen))" opening a sentence, after "Wikinews interviewed Rich Bowen": a
                    // name the text has used before.)
                    let named_before = || {
                        let text = |k: usize| ctx.tokens[k].text(ctx.text);
                        // (Most sentences open with "The", "In", "But": no name's first word.)
                        i + 1 < end
                            && ctx.cap(i + 1)
                            && !is_phrase_stop(w)
                            && !is_determiner(w)
                            && out.iter().any(|m| {
                                m.kind == MentionKind::Name
                                    && m.head_first + 1 < m.head_last
                                    && text(m.head_first) == text(i)
                                    && text(m.head_first + 1) == text(i + 1)
                            })
                    };
                    if first > i && !speaking_surname(out) && !named_before() {
                        i = first.max(i + 1);
                        continue;
                    }
                    // "Differing timelines were proposed": a participle opening a sentence before
                    // its noun, not a name the text has given before ("Manning said").
                    let participle = sentence_start
                        && w.len() > 5
                        && w.ends_with("ing")
                        && i + 1 < end
                        && ctx.tokens[i + 1].kind == TokenKind::Word
                        && !ctx.cap(i + 1)
                        && !self.is_speech_verb(ctx, i + 1)
                        // ("Fleming criticized the plan": a past verb after a surname.)
                        && !ctx.word(i + 1).ends_with("ed")
                        && !ctx.is_name(i, WordInfo::GIVEN_NAME)
                        && self.lexicon.actor(w).is_none()
                        && !is_earlier_surname(ctx, w, out);
                    if participle {
                        i += 1;
                        continue;
                    }
                }
                let j = self.name_end(ctx, i, end, title_case_line);
                // "We DO NOT agree": function words in capitals for emphasis are no name ("US" and
                // "WHO" may be).
                if (i..j).all(|k| {
                    let raw = ctx.tokens[k].text(ctx.text);
                    raw.len() > 1
                        && raw.bytes().all(|b| b.is_ascii_uppercase())
                        && is_phrase_stop(ctx.word(k))
                        && !matches!(ctx.word(k), "us" | "who")
                }) {
                    i = j;
                    continue;
                }
                // "Boeing 737 Max", "Windows 10 Home": a word after a name and its model number is
                // part of a product's name, no one (not after a date's number: "On March 5 Trump said",
                // "In 2019 Haddad resigned").
                if j == i + 1
                    && i >= sentence.first + 2
                    && ctx.tokens[i - 1].kind == TokenKind::Number
                    && out.last().is_some_and(|m| m.last == i - 1 && m.kind != MentionKind::Pronoun)
                {
                    i = j;
                    continue;
                }
                // "Minister of Information Moammar al-Eryani": the office runs to the given name
                // (also "Vice President of the United States Joe Biden", "Senator from Vermont
                // Bernie Sanders").
                let office = match (i.checked_sub(1).map(|k| ctx.word(k)), i.checked_sub(2).map(|k| ctx.word(k))) {
                    (Some("of" | "from"), _) => i.checked_sub(2),
                    (Some("the"), Some("of")) => i.checked_sub(3),
                    _ => None,
                };
                if let Some(t) = office.filter(|&t| ctx.bare_is(t, WordInfo::TITLE))
                    && let Some(g) = (i + 1..j.saturating_sub(1)).find(|&g| ctx.is_name(g, WordInfo::GIVEN_NAME))
                {
                    let start = if t >= 1 && ctx.word(t - 1) == "the" { t - 1 } else { t };
                    out.push(titled_person(ctx, Mention::new(s, start, j, MentionKind::Name), (t, g), end));
                    i = j;
                    continue;
                }
                if !title_case_line && let Some(g) = self.person_after_office(ctx, i, j) {
                    i = g;
                    continue;
                }
                if j == i + 1 && self.is_ordinary(ctx, i) && !speaking_surname(out) {
                    i += 1;
                    continue;
                }
                if self.not_an_actor(ctx, i, j, end, sentence_start, out) {
                    i = j;
                    continue;
                }
                // A faith is no one: "Roman Catholic Pope Francis", "a Catholic"; its believers are a
                // group: "Muslims", "Muslim leaders".
                if (i..j).all(|k| ctx.is(k, RELIGION)) {
                    let noun = j < end && !ctx.cap(j) && ctx.is(j, WordInfo::GROUP_NOUN);
                    if noun || ctx.word(j - 1).ends_with('s') {
                        let mut m = Mention::new(s, i, if noun { j + 1 } else { j }, MentionKind::Group);
                        m.actor = Some(ActorType::Group);
                        out.push(m);
                    }
                    i = if noun { j + 1 } else { j };
                    continue;
                }
                // "Floridians", "Canaanites": a people, not a name.
                if j == i + 1 && (w.ends_with("ians") || w.ends_with("ites")) && !ctx.is_name(i, WordInfo::GIVEN_NAME) {
                    let mut m = Mention::new(s, i, j, MentionKind::Group);
                    m.actor = Some(ActorType::Group);
                    out.push(m);
                    i = j;
                    continue;
                }
                let mut m = Mention::new(s, i, j, MentionKind::Name);
                m.actor = self.guess_type(ctx, i, j);
                // "the Turpins", "the Clintons": a family named after a surname given before.
                if j == i + 1
                    && i > sentence.first
                    && ctx.word(i - 1) == "the"
                    && m.actor == Some(ActorType::Location)
                    && w.strip_suffix('s').is_some_and(|one| one.len() > 2 && is_earlier_surname(ctx, one, out))
                {
                    m.actor = Some(ActorType::Group);
                }
                // "Kamchatka and Sakhalin": a lone name joined to a place is a place.
                let joined_place = i >= 2
                    && matches!(ctx.word(i - 1), "and" | "or")
                    && out.last().is_some_and(|p| {
                        p.last == i - 1 && matches!(p.actor, Some(ActorType::Location | ActorType::Country))
                    });
                if joined_place && j == i + 1 && !ctx.is_name(i, WordInfo::GIVEN_NAME) {
                    m.actor = Some(ActorType::Location);
                }
                // "born in Poole, Dorset, ...": a lone name after a place and a comma is its region.
                if j == i + 1 && !ctx.is_name(i, WordInfo::GIVEN_NAME) && joins_place(ctx, out, i, j, end) {
                    i = j;
                    continue;
                }
                m.possessive = m_possessive(ctx, j, end);
                let after = if m.possessive { j + 1 } else { j };
                // "Samoa Observer editor Keni Lesa", "Goldman Sachs economist Jan Hatzius": a name
                // of two words or more, none a given name, before an officer's lowercase title is
                // the employer ("Trump adviser Stephen Miller" is a person's; "African American
                // radio host" a people's; "Federal District Judge", "Advisor-designee General"
                // hold a title of their own).
                if m.actor == Some(ActorType::Person)
                    && j >= i + 2
                    && after < end
                    && !ctx.cap(after)
                    && !(i..j).any(|k| {
                        ctx.is_name(k, WordInfo::GIVEN_NAME)
                            || ctx.word(k).contains('-')
                            || self.lexicon.actor(ctx.word(k)).is_some_and(|known| known.via == Via::Demonym)
                    })
                    && !PERSONAL_STAFF.contains(&ctx.word(after))
                    && self.officer_after(ctx, after, end)
                {
                    m.actor = Some(ActorType::Organization);
                }
                // Not a lone generic word ("Court Commissioner Loren Keating") or a ship's prefix.
                let organization = m.actor == Some(ActorType::Organization)
                    && !(j == i + 1 && (ctx.is(i, ORG_SUFFIX) || SHIP_PREFIXES.contains(&raw)));
                let idx = out.len();
                out.push(m);
                // "National Assembly president Richard Ferrand": an organisation's officer.
                let titled = organization
                    && self.officer_after(ctx, after, end)
                    && self.attach_title(ctx, s, i, after, end, idx, out);
                if !titled && !self.attach_body(ctx, s, i, j, end, idx, out) {
                    i = j;
                } else {
                    i = out.last().map_or(j, |m| m.last);
                }
                continue;
            }
            i += 1;
        }
    }
}

/// Is the month at word `i` the surname of a person named before in the text ("Theresa May … May
/// said")? Not as a date: "in May", "since May", "the May elections", "May 4".
fn month_surname(ctx: &Ctx, first: usize, i: usize, end: usize, out: &[Mention]) -> bool {
    let date_before = i > first
        && (is_determiner(ctx.word(i - 1))
            || matches!(
                ctx.word(i - 1),
                "in" | "on"
                    | "since"
                    | "by"
                    | "of"
                    | "from"
                    | "to"
                    | "for"
                    | "until"
                    | "till"
                    | "through"
                    | "during"
                    | "before"
                    | "after"
                    | "early"
                    | "late"
                    | "mid"
                    | "last"
                    | "next"
                    | "this"
                    | "-"
                    | "and"
                    | "or"
                    | "between"
                    | "around"
            ));
    // ("May 4", "May and June", "May to July".)
    let date_after = i + 1 < end
        && (ctx.tokens[i + 1].kind == TokenKind::Number || matches!(ctx.word(i + 1), "and" | "or" | "to" | "through"));
    // ("May he rest in peace": the modal, opening a wish.)
    let modal = i == first
        && i + 1 < end
        && (ctx.is(i + 1, PRONOUN) || is_determiner(ctx.word(i + 1)) || ctx.word(i + 1) == "god");
    let text = |k: usize| ctx.tokens[k].text(ctx.text);
    !date_before
        && !date_after
        && !modal
        && out.iter().any(|m| {
            m.kind == MentionKind::Name
                && m.actor == Some(ActorType::Person)
                && m.head_first + 1 < m.head_last
                && text(m.head_last - 1) == text(i)
        })
}

/// Verbs of going, before "to" or "from" and a place: "flew to Berlin", "fled from Moscow".
const MOTION_VERBS: &[&str] = &[
    "flew",
    "fly",
    "flies",
    "flying",
    "travelled",
    "traveled",
    "travel",
    "travels",
    "traveling",
    "travelling",
    "went",
    "go",
    "goes",
    "going",
    "returned",
    "return",
    "returns",
    "returning",
    "moved",
    "fled",
    "flee",
    "flees",
    "fleeing",
    "headed",
    "heading",
    "sailed",
    "drove",
    "came",
    "come",
    "comes",
    "coming",
    "relocated",
    "evacuated",
    "deported",
    "extradited",
    "arrived",
    "departed",
    "commuted",
    "walked",
    "marched",
    "driven",
    "flown",
    "transferred",
];

/// A hyphenated modifier made from a name: "UK-based", "Saudi-led", "Iranian-backed",
/// "then-Texas", "ex-Soviet".
fn modifier_compound(w: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "-based",
        "-born",
        "-backed",
        "-led",
        "-owned",
        "-funded",
        "-run",
        "-made",
        "-bound",
        "-style",
        "-era",
        "-linked",
        "-allied",
        "-affiliated",
        "-aligned",
        "-dominated",
        "-controlled",
        "-sponsored",
        "-supported",
        "-brokered",
        "-headquartered",
        "-registered",
        "-flagged",
        "-inspired",
        "-focused",
        "-centric",
        "-friendly",
    ];
    // (A byte loop: most words are short, where a call to `memchr` cost more.)
    w.bytes().any(|b| b == b'-')
        && (ENDINGS.iter().any(|e| w.ends_with(e)) || w.starts_with("then-") || w.starts_with("ex-"))
}
