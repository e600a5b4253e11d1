//! Titles, known actors and capitalised names: how far each runs from a
//! given word ("Former Vice President", "North Korea", "Department of
//! Forestry and Fire Protection", "Ursula von der Leyen").
//!
//! Takes a [`Ctx`] and a word; gives the end of the title, known actor
//! phrase (with its lexicon entry) or name starting there, and the
//! predicates those ask: a headline's speech verb, an ordinary word.

use super::*;

impl<'a> MentionFinder<'a> {
    /// End of the title (with any abbreviation dot) starting at word `i`, if one does.
    // Always: left to itself the compiler calls it, at every word.
    #[inline(always)]
    pub(super) fn title_at(&self, ctx: &Ctx, i: usize, end: usize) -> Option<usize> {
        // Most words start no title: answered here, without the call below.
        if i >= end || !ctx.title_start(i) {
            return None;
        }
        self.title_from(ctx, i, end)
    }

    fn title_from(&self, ctx: &Ctx, i: usize, end: usize) -> Option<usize> {
        let mut best = None;
        // One word needs no key (most calls end at the first word).
        let mut buf = ctx.key.borrow_mut();
        buf.clear();
        for j in i..end.min(i + self.lexicon.max_title_words()) {
            if ctx.tokens[j].kind != TokenKind::Word {
                break;
            }
            if j > i {
                // A word in no title past its first word (nor its plural) ends the title: no
                // key, no lookup.
                if !ctx.bare_is(j, WordInfo::TITLE_WORD) {
                    break;
                }
                if buf.is_empty() {
                    buf.push_str(ctx.word(i).trim_end_matches('.'));
                }
                buf.push(' ');
                buf.push_str(ctx.word(j).trim_end_matches('.'));
            }
            // Plural titles count too: "Senators Marco Rubio ..., Mike Lee ...".
            let (title, continues) = if j > i {
                let k = buf.as_str();
                let singular = k.strip_suffix('s').filter(|s| s.len() > 3);
                let title =
                    self.lexicon.title(k).is_some() || singular.is_some_and(|s| self.lexicon.title(s).is_some());
                let continues =
                    self.lexicon.title_continues(k) || singular.is_some_and(|s| self.lexicon.title_continues(s));
                (title, continues)
            } else {
                // The first word's answers came with its word classes.
                (
                    ctx.bare_is(i, WordInfo::TITLE | WordInfo::PLURAL_TITLE),
                    ctx.bare_is(i, WordInfo::TITLE_PREFIX | WordInfo::PLURAL_TITLE_PREFIX),
                )
            };
            if !continues && !title {
                break;
            }
            if title {
                // An abbreviated title keeps its dot: "Rep." "Gov." "Sen." (not the full stop that
                // ends the sentence: "..., said the spokesman.").
                let dot = j + 2 < end && ctx.tokens[j + 1].start == ctx.tokens[j].end && ctx.word(j + 1) == ".";
                best = Some(if dot { j + 2 } else { j + 1 });
            }
        }
        best
    }

    /// Past any further titles before a name: "Former Vice President", "Senator" after "candidate".
    pub(super) fn skip_titles(&self, ctx: &Ctx, mut k: usize, end: usize) -> usize {
        while let Some(next) = self.title_at(ctx, k, end) {
            if next >= end || !ctx.cap(next) {
                break;
            }
            k = next;
        }
        k
    }

    /// End and lexicon entry of the longest known actor phrase starting at word `i`, if any.
    // Always: left to itself the compiler calls it, at every word.
    #[inline(always)]
    /// "Brigid Kosgei of Kenya", "Ababel Yeshaneh of Ethiopia": two names before "of" (at `j`) and a
    /// country that ends the run are a person and where they come from (not "Central Bank of Kenya").
    fn person_of_country(&self, ctx: &Ctx, i: usize, j: usize, end: usize) -> bool {
        j == i + 2
            && ctx.word(j) == "of"
            && !ctx.is(i, ORG_SUFFIX)
            && !ctx.is(j - 1, ORG_SUFFIX)
            // ("Communications Workers of America": common words name a body.)
            && !self.is_ordinary(ctx, i)
            && !self.is_ordinary(ctx, j - 1)
            && self
                .known_at(ctx, j + 1, end)
                .is_some_and(|(k, known)| known.kind == ActorType::Country && !(k < end && ctx.cap(k)))
    }

    // (Inlined: most calls are answered by the test below, where a call costs more.)
    #[inline]
    pub(super) fn known_at(&self, ctx: &Ctx, i: usize, end: usize) -> Option<(usize, &'a Arc<Known>)> {
        // Most words start no known actor: answered here, without the call below.
        if !ctx.cap(i) || !ctx.actor_start(i) {
            return None;
        }
        // "500 BC", "the 5th century BC", "AD 476": an era, not British Columbia.
        if matches!(ctx.word(i), "bc" | "ad")
            && ((i > 0 && (ctx.tokens[i - 1].kind == TokenKind::Number || ctx.word(i - 1) == "century"))
                || ctx.tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Number))
        {
            return None;
        }
        self.known_from(ctx, i, end)
    }

    #[inline(never)]
    fn known_from(&self, ctx: &Ctx, i: usize, end: usize) -> Option<(usize, &'a Arc<Known>)> {
        let mut best = None;
        // One word needs no key (most calls end at the first word).
        let mut buf = ctx.key.borrow_mut();
        buf.clear();
        for j in i..end.min(i + self.lexicon.max_actor_words()) {
            if j > i {
                if buf.is_empty() {
                    buf.push_str(ctx.word(i));
                }
                buf.push(' ');
                buf.push_str(ctx.word(j));
            }
            let k: &str = if j > i { &buf } else { ctx.word(i) };
            let known = self.lexicon.actor(k);
            if known.is_none() && !self.lexicon.actor_continues(k) {
                break;
            }
            if let Some(known) = known {
                let exact_ok = known.exact.as_ref().is_none_or(|form| {
                    let seen = &ctx.text[ctx.tokens[i].start..ctx.tokens[j].end];
                    *form == seen
                        || (seen.eq_ignore_ascii_case(form)
                            && seen.chars().all(|c| !c.is_lowercase())
                            && form.chars().any(char::is_lowercase))
                });
                if exact_ok {
                    best = Some((j + 1, known));
                }
            }
        }
        best
    }

    /// End of a capitalised name starting at `i`.
    pub(super) fn name_end(&self, ctx: &Ctx, i: usize, end: usize, title_case_line: bool) -> usize {
        let mut j = i;
        while j < end {
            // A month after a given name is a surname: "Theresa May", "Brian May" (not "Ada May 4").
            let surname_month = j == i + 1
                && ctx.cap(j)
                && ctx.bare_is(j, NOT_NAME)
                && MONTHS.contains(&ctx.word(j))
                && ctx.is_name(i, WordInfo::GIVEN_NAME)
                && ctx.tokens.get(j + 1).is_none_or(|t| t.kind != TokenKind::Number);
            if ctx.cap(j) && (!ctx.bare_is(j, NOT_NAME) || surname_month) {
                if title_case_line && j > i && self.is_ordinary(ctx, j) {
                    break;
                }
                // An organisation's name ends at its suffix: "House Intelligence Committee | Rep. Adam Schiff".
                // ("Hurriyet Daily News": one suffix may follow another.)
                if j > i + 1 && ctx.is(j - 1, ORG_SUFFIX) && !ctx.is(j, CONNECTOR) && !ctx.is(j, ORG_SUFFIX) {
                    break;
                }
                // A caption's credit label ends the name: "Markham Robinson Image: Nicholas Moreau.".
                if j > i
                    && matches!(ctx.word(j), "image" | "photo" | "credit" | "source")
                    && ctx.lower.get(j + 1).is_some_and(|w| w == ":")
                {
                    break;
                }
                // A headline's speech verb ends the name: "Lindsey Graham Says" (but "Mohamed Said, a lawyer").
                if j > i && self.is_speech_verb(ctx, j) && !(j + 1 < end && ctx.word(j + 1) == ",") {
                    break;
                }
                // A title inside a capitalised run starts a new mention ("Senator Ted Cruz").
                // ("Court of Justice": a body's field, not a title.)
                let field = j > i + 1 && ctx.word(j - 1) == "of" && ctx.is(j - 2, ORG_SUFFIX);
                if let Some(t) = (j > i && !field).then(|| self.title_at(ctx, j, end)).flatten()
                    && (!ctx.cap(j - 1) || (t < end && ctx.cap(t)))
                {
                    break;
                }
                j += 1;
                continue;
            }
            // ("Wyatt & Zach": two people, not "Simon & Schuster".)
            let two_given_names = ctx.word(j) == "&"
                && j == i + 1
                && ctx.is_name(i, WordInfo::GIVEN_NAME)
                && j + 1 < end
                && ctx.is_name(j + 1, WordInfo::GIVEN_NAME)
                && !(j + 2 < end && ctx.cap(j + 2));
            if j > i
                && ctx.is(j, CONNECTOR)
                && !two_given_names
                && j + 1 < end
                && ctx.cap(j + 1)
                && !(ctx.word(j) == "of"
                    && (ctx.is_name(i, WordInfo::GIVEN_NAME)
                        // ("Nils-Erik Haagenrud of Rogaland Fire and Rescue", not "Winston-Salem
                        // Board of Education" or "Martin-Luther University of Halle".)
                        || (!ctx.is(j - 1, ORG_SUFFIX)
                            && ctx
                                .word(i)
                                .split_once('-')
                                .is_some_and(|(a, b)| self.lexicon.is_given_name(a) && self.lexicon.is_given_name(b)))))
                // "Commission on Presidential Debates", not "Mendez on Twitter".
                && (ctx.word(j) != "on" || ctx.is(j - 1, ORG_SUFFIX))
                && !self.person_of_country(ctx, i, j, end)
                && !title_case_line
            {
                j += 1;
                // "of the United States"
                continue;
            }
            // "Robert “Bob” Miller", "James (Jim) Brown": a nickname between the given name and
            // the surname is part of the name.
            if j > i
                && j + 3 < end
                && ctx.is_name(j - 1, WordInfo::GIVEN_NAME)
                && ctx.cap(j + 1)
                && ctx.cap(j + 3)
                && match ctx.word(j) {
                    "(" => ctx.word(j + 2) == ")",
                    _ => ctx.tokens[j].kind == TokenKind::Quote && ctx.tokens[j + 2].kind == TokenKind::Quote,
                }
            {
                j += 3;
                continue;
            }
            // "Ursula von der Leyen", "Charles de la Fosse": two particles inside a person's name.
            if j > i
                && matches!(ctx.word(j), "von" | "van" | "de")
                && j + 2 < end
                && matches!(ctx.word(j + 1), "der" | "den" | "la" | "le")
                && ctx.cap(j + 2)
                && !title_case_line
            {
                j += 2;
                continue;
            }
            // "and" before a capitalised word, inside an organisation's name in the forms below.
            let and_name = j > i && ctx.word(j) == "and" && !title_case_line && j + 1 < end && ctx.cap(j + 1);
            // "Bill and Melinda Gates Foundation": two given names joined, in an organisation's name.
            if and_name && ctx.is_name(j - 1, WordInfo::GIVEN_NAME) && ctx.is_name(j + 1, WordInfo::GIVEN_NAME) {
                let k = self.name_end(ctx, j + 1, end, false);
                if k > j + 2 && ctx.is(k - 1, ORG_SUFFIX) {
                    j = k;
                    break;
                }
            }
            let second_body = |k: usize| {
                let e = self.name_end(ctx, k, end, false);
                e > k + 1 && ctx.is(e - 1, ORG_SUFFIX)
            };
            // "Department of Forestry and Fire Protection", "National Institute of Allergy and
            // Infectious Diseases": the field of an organisation runs on past "and" (not into
            // another name: "the Department of Justice and Attorney General William Barr", "the
            // University of Bristol and UC Davis").
            // ("Center for Media and Public Affairs", "Committee on Oversight and Government Reform":
            // a word that may start a title or a known name starts none here.)
            if and_name
                && !ctx.bare_is(j + 1, NOT_NAME)
                && self.title_at(ctx, j + 1, end).is_none()
                && self.known_at(ctx, j + 1, end).is_none()
                // ("the Center for Biological Diversity and Center for Food Safety", "the Bureau of
                // Fisheries and National Maritime Council": two bodies.)
                && !(ctx.is(j + 1, ORG_SUFFIX) && j + 2 < end && ctx.is(j + 2, CONNECTOR))
                && !second_body(j + 1)
                && !ctx.is_name(j + 1, WordInfo::GIVEN_NAME)
                && !ctx.is(j - 1, WordInfo::ACTOR_START)
                && (i + 1..j).any(|k| matches!(ctx.word(k), "of" | "for" | "on") && ctx.is(k - 1, ORG_SUFFIX))
            {
                j += 1;
                continue;
            }
            // "Rogaland Fire and Rescue": two common words joined by "and" after a name stay in it,
            // ending it (not "the House and Senate", "Police and Fire": bodies; nor "Trump and
            // Clinton").
            if and_name
                && j >= i + 2
                && self.is_ordinary(ctx, j - 1)
                && self.is_ordinary(ctx, j + 1)
                && ctx.cap(j - 2)
                && !ctx.is(j - 1, ORG_SUFFIX)
                && !ctx.is(j + 1, ORG_SUFFIX)
                && !ctx.is(j - 1, WordInfo::ACTOR_START)
                && !ctx.is(j + 1, WordInfo::ACTOR_START)
                && self.title_at(ctx, j + 1, end).is_none()
                && (j + 2 >= end || !ctx.cap(j + 2) || ctx.is(j + 2, ORG_SUFFIX))
            {
                j += 1;
                continue;
            }
            // "House Oversight and Reform Committee": two fields before the organisation word.
            if and_name
                && j + 2 < end
                && !(i..j).any(|k| ctx.is(k, ORG_SUFFIX))
                && !ctx.is(j + 1, WordInfo::ACTOR_START)
                && !ctx.is_name(j + 1, WordInfo::GIVEN_NAME)
            {
                let k = self.name_end(ctx, j + 1, end, false);
                if k > j + 2 && ctx.is(k - 1, ORG_SUFFIX) && !(j + 1..k - 1).any(|t| ctx.is(t, ORG_SUFFIX)) {
                    j = k;
                    break;
                }
            }
            // "Committee to Protect Journalists": a purpose after an organisation word.
            if j > i
                && ctx.word(j) == "to"
                && ctx.is(j - 1, ORG_SUFFIX)
                && j + 1 < end
                && ctx.cap(j + 1)
                && !ctx.is(j + 1, NOT_NAME)
                && !title_case_line
            {
                j += 1;
                continue;
            }
            // "St. Michael", "Mt. Hood".
            if j > i
                && ctx.word(j) == "."
                && matches!(ctx.word(j - 1), "st" | "ste" | "mt" | "ft")
                && j + 1 < end
                && ctx.cap(j + 1)
            {
                j += 1;
                continue;
            }
            if j > i && ctx.word(j) == "the" && ctx.is(j - 1, CONNECTOR) && j + 1 < end && ctx.cap(j + 1) {
                j += 1;
                continue;
            }
            break;
        }
        // Never end on a connector.
        while j > i + 1 && ctx.is(j - 1, CONNECTOR) {
            j -= 1;
        }
        // "John G. Roberts Jr.": the suffix keeps its dot.
        if j > i + 1 && j < end && matches!(ctx.word(j - 1), "jr" | "sr") && ctx.word(j) == "." {
            j += 1;
        }
        j
    }

    /// A speech verb in a form that is no noun: "says", "said", "told" (not "report", "show").
    pub(super) fn is_speech_verb(&self, ctx: &Ctx, j: usize) -> bool {
        let w = ctx.word(j);
        let verb_form = matches!(w, "said" | "told") || (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss"));
        verb_form
            && !ctx.is_name(j, WordInfo::GIVEN_NAME)
            && self.lexicon.cues(&ctx.lower[j]).iter().any(|c| {
                // Any statement verb: "Christie Calls Clinton ‘A Disgrace’", "Sanders Vows To ...".
                let statement = c.relation.is_statement() && matches!(c.frame, Frame::Act | Frame::Prep);
                (matches!(c.frame, Frame::Say | Frame::Tell) || statement)
                    && c.words.iter().enumerate().all(|(k, w)| ctx.lower.get(j + k) == Some(w))
            })
    }

    /// The given name a person's name starts at, after an office the lexicon does not know, in
    /// one capitalised run: "New York City Public Advocate Trish James", "Los Angeles County
    /// Supervisor Janice Hahn". The office's last word is a common word and no word before the
    /// given name is one ("Andrés Manuel López Obrador", "Mary Ann Smith" stay whole); a name
    /// ending in an organisation's or a place's word is no person ("Texas Christian University").
    pub(super) fn person_after_office(&self, ctx: &Ctx, i: usize, j: usize) -> Option<usize> {
        if j < i + 3 {
            return None;
        }
        let g = (i + 1..j - 1).find(|&g| ctx.is_name(g, WordInfo::GIVEN_NAME))?;
        let person = j - g <= 3
            && (self.is_ordinary(ctx, g - 1) || self.is_agent_noun(ctx, g - 1))
            // ("Tropical Storm Ada": a storm's name.)
            && (i..g).all(|k| ctx.cap(k) && !ctx.is(k, CONNECTOR | STORM_WORD))
            && (g..j).all(|k| {
                ctx.cap(k)
                    && ctx.tokens[k].kind == TokenKind::Word
                    && !ctx.is(k, ORG_SUFFIX | PLACE_SUFFIX | MISC_SUFFIX)
            })
            && self.known_at(ctx, i, j).is_none_or(|(e, _)| e < j);
        person.then_some(g)
    }

    /// A word shaped like a holder's noun: "Supervisor", "Assemblywoman", "Activist".
    fn is_agent_noun(&self, ctx: &Ctx, j: usize) -> bool {
        let w = ctx.word(j);
        w.len() > 5
            && ["or", "er", "ist", "man", "woman", "person"].iter().any(|e| w.ends_with(e))
            && !ctx.is_name(j, WordInfo::GIVEN_NAME)
            && self.lexicon.actor(w).is_none()
    }

    pub(super) fn is_ordinary(&self, ctx: &Ctx, j: usize) -> bool {
        // An all-capital alias ("WHO") does not make "Who" a name.
        // (A word that starts no known actor's key is none: most are not looked up.)
        ctx.is_name(j, WordInfo::COMMON_WORD)
            && (!ctx.is(j, WordInfo::ACTOR_START) || self.lexicon.actor(ctx.word(j)).is_none_or(|k| k.exact.is_some()))
            && !ctx.is_name(j, WordInfo::GIVEN_NAME)
    }
}
