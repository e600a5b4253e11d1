//! Whether a capitalised name is an actor, and of what type: names of
//! events, laws, works and storms, lone adjectives and sentence adverbs are
//! not; the rest are guessed person, organisation, location or group.
//!
//! Takes a [`Ctx`] and a name's tokens (with the mentions before it); gives
//! a yes or no, an [`ActorType`] guess, and whether a word is the surname of
//! a person named before.

use super::*;

impl<'a> MentionFinder<'a> {
    /// Names of events, laws, works and storms, lone adjectives ("European
    /// leaders") and sentence adverbs ("Luckily,") are not actors.
    /// `earlier` holds the document's mentions before token `i`.
    pub(super) fn not_an_actor(
        &self,
        ctx: &Ctx,
        i: usize,
        j: usize,
        end: usize,
        sentence_start: bool,
        earlier: &[Mention],
    ) -> bool {
        // "Chinese-American", "Irish-American": peoples joined by a hyphen are no one.
        let demonym = |w: &str| self.lexicon.actor(w).is_some_and(|known| known.via == Via::Demonym);
        let w = ctx.word(i);
        if j - i == 1 && w.contains('-') && w.split('-').all(demonym) {
            return true;
        }
        // "Steven Law", "Doris Day": after a lone given name the word is a surname.
        let surname = j - i == 2 && ctx.is_name(i, WordInfo::GIVEN_NAME) && !ctx.word(j - 1).ends_with('s');
        // ("Chapman University School of Law": a body's name, "of" a field.)
        let field = j - i > 3 && ctx.word(j - 2) == "of" && (i..j - 2).any(|k| ctx.is(k, ORG_SUFFIX));
        // ("Business Week", "Marketing Week": a magazine, which speaks.)
        let magazine = ctx.word(j - 1) == "week"
            && matches!(ctx.word(j - 2), "business" | "marketing" | "aviation" | "education" | "computer" | "industry");
        if j - i > 1 && ctx.is(j - 1, MISC_SUFFIX) && !surname && !field && !magazine {
            return true;
        }
        // "MV Sea Star", "HMS Victory", "USS Cole": a ship.
        if j - i > 1
            && matches!(
                ctx.tokens[i].text(ctx.text),
                "MV" | "MS" | "MT" | "FV" | "SS" | "RMS" | "HMS" | "HMAS" | "HMCS" | "USS" | "USNS" | "INS"
            )
        {
            return true;
        }
        // "Treaty of Nanking", "Battle of Hastings"; "the Constitution".
        let first_word = ctx.word(i);
        let misc_head = ctx.is(i, MISC_SUFFIX)
            || matches!(first_word, "battle" | "siege" | "reign" | "hurricane" | "typhoon" | "cyclone");
        if misc_head && ((j - i > 2 && ctx.word(i + 1) == "of") || (j - i == 1 && i > 0 && ctx.word(i - 1) == "the")) {
            return true;
        }
        // Storms are named like people: "Hurricane Humberto", "Tropical Storm Cristobal".
        let storm = (ctx.is(i, STORM_WORD) && first_word != "storm")
            || (first_word == "tropical" && j - i > 2 && ctx.word(i + 1) == "storm");
        if storm && j - i > 1 {
            return true;
        }
        // "Christmas Eve", "New Year's Eve": a day, not Eve.
        let after_holiday =
            i > 1 && (ctx.word(i - 1) == "christmas" || (ctx.word(i - 1) == "'s" && ctx.word(i - 2) == "year"));
        if j - i == 1 && w == "eve" && after_holiday {
            return true;
        }
        // "a World War II-era submarine", "Soviet-style": a time or a manner, no actor.
        if ["-era", "-style", "-like"].iter().any(|e| ctx.word(j - 1).ends_with(e)) {
            return true;
        }
        // "on Super Tuesday", "after Black Friday": a day's name, not a person's ("criticized by
        // Pelosi Tuesday" is a person's).
        if j - i == 1 && j < end && ctx.cap(j) && WEEKDAYS.contains(&ctx.word(j)) && DAY_NAMES.contains(&w) {
            return true;
        }
        // ... and go by that name alone afterwards: "the younger sibling of Haiyan".
        if j - i == 1 && ctx.storms.contains(&ctx.tokens[i].text(ctx.text)) {
            return true;
        }
        // "Interstate 75", "Windows 10", "Apollo 11": a road, a product or a mission by its
        // number ("Motel 6", "Blink 182", "Schalke 04" and tallies keep their names).
        if j - i == 1
            && j < end
            && ctx.tokens[j].kind == TokenKind::Number
            && ctx.tokens[j].start == ctx.tokens[j - 1].end + 1
            && NUMBERED_THINGS.contains(&w)
        {
            return true;
        }
        // An editor's capital in brackets: "[W]e".
        if j - i == 1 && i > 0 && ctx.word(i - 1) == "[" && j < end && ctx.word(j) == "]" {
            return true;
        }
        // A title in quotation marks: “Game of Thrones”, "The Winds of Winter".
        let quoted_before = i > 0 && ctx.tokens[i - 1].kind == TokenKind::Quote
            || i > 1 && ctx.tokens[i - 2].kind == TokenKind::Quote && ctx.word(i - 1) == "the";
        if quoted_before && j < ctx.tokens.len() && ctx.tokens[j].kind == TokenKind::Quote {
            return true;
        }
        // Plural acronyms ("MLAs", "GIFs") are things, not names; "R-Ky." is a party tag.
        if j - i == 1 {
            let raw = ctx.tokens[i].text(ctx.text);
            let party_tag = ["R-", "D-", "I-"].iter().any(|p| {
                raw.strip_prefix(p).is_some_and(|state| {
                    state.starts_with(|c: char| c.is_ascii_uppercase())
                        && state.chars().all(|c| c.is_ascii_alphabetic())
                })
            });
            if party_tag {
                return true;
            }
            let plural_acronym =
                raw.len() >= 3 && raw.ends_with('s') && raw[..raw.len() - 1].chars().all(|c| c.is_ascii_uppercase());
            // A model or code with digits is a thing: "AR-15", "F-35", "MH17", "COVID-19" (known
            // ones, such as "G7", are found before this; a broadcaster's "TVN24" stays).
            let letters = raw.bytes().filter(u8::is_ascii_alphabetic).count();
            let model = raw.bytes().any(|b| b.is_ascii_digit()) && (raw.contains('-') || letters <= 2);
            if plural_acronym || model {
                return true;
            }
        }
        // "his Truth Social platform", "on its website": a medium, not an actor.
        if j < end && ctx.is(j, PLATFORM) {
            return true;
        }
        if j - i == 1 {
            let w = ctx.word(i);
            // "Russian officials", but "said Heiserman of the union", "Orban criticized the
            // plan", "Orban has said": a verb after the word makes it a name.
            let next_lower = j < end
                && ctx.tokens[j].kind == TokenKind::Word
                && !ctx.cap(j)
                && !matches!(ctx.word(j), "of" | "from")
                // ("Trump met Erdogan on Sunday", "in Ankara": a surname in "-an" before a
                // preposition; not "a Libertarian in", "vote Republican in", "Asian-American to".)
                && !(matches!(ctx.word(j), "on" | "in" | "at" | "with" | "during" | "after" | "before" | "for" | "to" | "by")
                    && surname_in_an(w)
                    && !self.is_ordinary(ctx, i)
                    && i.checked_sub(1).is_none_or(|h| !matches!(ctx.word(h), "a" | "an" | "the")))
                && !(matches!(ctx.word(j), "said" | "told" | "has" | "had" | "says")
                    || IRREGULAR_PASTS.contains(&ctx.word(j))
                    || (ctx.word(j).ends_with("ed")
                        && self.lexicon.cues(&ctx.lower[j]).iter().any(|c| c.frame != Frame::Noun)));
            let adjective = ADJECTIVE_ENDINGS.iter().any(|e| w.ends_with(e)) && !ctx.is_name(i, WordInfo::GIVEN_NAME);
            if adjective && next_lower && !is_earlier_surname(ctx, w, earlier) {
                return true;
            }
            if sentence_start
                && j < end
                && ctx.word(j) == ","
                && !ctx.is_name(i, WordInfo::GIVEN_NAME)
                && w.ends_with("ly")
            {
                return true;
            }
            // A participle opening a sentence: "Chastened by ...", "Citing an old claim, ...",
            // "Weighing in on the debate, ..." (not a surname used before: "Manning in 2010").
            let participle = (w.ends_with("ed") && j < end && ctx.word(j) == "by")
                || (w.ends_with("ing")
                    && j < end
                    && (matches!(ctx.word(j), "the" | "a" | "an" | "his" | "her" | "their")
                        || (matches!(ctx.word(j), "in" | "on" | "into" | "up")
                            && !is_earlier_surname(ctx, w, earlier))));
            if sentence_start && participle && w.len() > 5 && !self.lexicon.is_given_name(w) {
                return true;
            }
        }
        false
    }

    pub(super) fn guess_type(&self, ctx: &Ctx, i: usize, j: usize) -> Option<ActorType> {
        // A web address: "Znak.com", "BBC.co.uk".
        // (The last dot found byte by byte: a name is a few bytes, where `rsplit_once` calls `memrchr`.)
        let raw = ctx.tokens[i].text(ctx.text);
        let web = raw.bytes().rposition(|b| b == b'.').is_some_and(|dot| {
            let domain = &raw.as_bytes()[dot + 1..];
            dot > 1 && !domain.is_empty() && domain.iter().all(u8::is_ascii_lowercase)
        });
        if j - i == 1 && web {
            return Some(ActorType::Organization);
        }
        // "a New Hampshire Republican": a party member of a place, not the place.
        if j - i > 1 {
            match ctx.word(j - 1) {
                "democrat" | "republican" => return Some(ActorType::Person),
                "democrats" | "republicans" => return Some(ActorType::Group),
                _ => {}
            }
        }
        // (Also a body "of" something: "the State Board of Elections", "School of Law".)
        // ("Lion Air", "Mahan Air": an airline; "Air" ends no name run, for "US Air Force".)
        if ctx.is(j - 1, ORG_SUFFIX)
            || (i..j.saturating_sub(2)).any(|k| ctx.is(k, ORG_SUFFIX) && ctx.word(k + 1) == "of")
            || (j - i >= 2 && ctx.word(j - 1) == "air")
        {
            return Some(ActorType::Organization);
        }
        let given = ctx.is_name(i, WordInfo::GIVEN_NAME);
        // "airline Mahan Air", but "the manufacturer Georg Reichenbach".
        if i > 0 && !given && !ctx.cap(i - 1) && COMPANY_NOUNS.contains(&ctx.word(i - 1)) {
            return Some(ActorType::Organization);
        }
        if j - i > 1 && (ctx.is(j - 1, PLACE_SUFFIX) || (ctx.bare_is(i, PLACE_PREFIX) && !given)) {
            return Some(ActorType::Location);
        }
        if j - i > 1 && ctx.lower[i + 1..j].iter().any(|w| w == "of" || w == "to") {
            return Some(ActorType::Organization);
        }
        // (An ASCII word has no lowercase letter: answered by its bytes, without decoding characters.)
        let tokens_upper = (i..j).all(|k| {
            let raw = ctx.tokens[k].text(ctx.text);
            if raw.is_ascii() {
                !raw.bytes().any(|b| b.is_ascii_lowercase())
            } else {
                raw.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
            }
        });
        // ("ABS-CBN": capitals glued by a hyphen are one acronym.)
        let glued = (i + 1..j).all(|k| ctx.tokens[k - 1].end == ctx.tokens[k].start);
        if tokens_upper && glued && ctx.tokens[j - 1].end - ctx.tokens[i].start > 1 {
            return Some(ActorType::Organization);
        }
        if self.in_place_context(ctx, i, j) {
            return Some(ActorType::Location);
        }
        // "UpGuard, a cybersecurity firm,": a company by its apposition (not "Smith, a bank
        // manager").
        let n = ctx.tokens.len();
        if j + 2 < n && ctx.word(j) == "," && matches!(ctx.word(j + 1), "a" | "an" | "the") {
            let company = (j + 2..n.min(j + 7))
                .take_while(|&k| ctx.tokens[k].kind == TokenKind::Word && !ctx.cap(k))
                .find(|&k| COMPANY_NOUNS.contains(&ctx.word(k)))
                .is_some_and(|k| {
                    k + 1 >= n
                        || ctx.tokens[k + 1].kind == TokenKind::Punct
                        || matches!(ctx.word(k + 1), "that" | "which" | "based" | "in" | "with" | "whose" | "owned")
                });
            if company {
                return Some(ActorType::Organization);
            }
        }
        // People take no article: "the former Democratic Dean of the House" is an office, "the
        // Danevirke" a place, "the Essen police" a body (but "the Obama campaign"; and "the late
        // Kobe Bryant" is a person).
        let before = if i > 0 { ctx.word(i - 1) } else { "" };
        let article = before == "the"
            || (i > 1
                && ctx.word(i - 2) == "the"
                && ctx.word(i - 1) != "late"
                && !ctx.cap(i - 1)
                && ctx.tokens[i - 1].kind == TokenKind::Word);
        if given || (j - i >= 2 && j - i <= 3 && !article) {
            return Some(ActorType::Person);
        }
        // "according to Statista", "according to The Federalist": a source not introduced
        // before is a publisher; a person is named in full the first time.
        let to = if before == "the" { i.checked_sub(2) } else { i.checked_sub(1) };
        if to.is_some_and(|t| t >= 1 && ctx.word(t) == "to" && ctx.word(t - 1) == "according") {
            return Some(ActorType::Organization);
        }
        let modifies = j < ctx.tokens.len() && ctx.is(j, PERSON_MODIFIED_WORD);
        if (i > 0 && ctx.is(i - 1, PLACE_PREPOSITION)) || (j - i == 1 && before == "the" && !modifies) {
            return Some(ActorType::Location);
        }
        // A lone unknown name is most often a surname ("Trudeau said").
        (j - i == 1).then_some(ActorType::Person)
    }
}

/// Who a place has: "the kings of Gezer", "residents of Abbotsford".
const PLACE_OWNERS: &[&str] = &[
    "king",
    "kings",
    "queen",
    "archbishop",
    "bishop",
    "duke",
    "duchess",
    "mayor",
    "people",
    "peoples",
    "population",
    "populations",
    "citizens",
    "residents",
    "inhabitants",
];

/// Adjectives of a compass direction that place a name: "south-eastern Moravia".
const COMPASS_ADJECTIVES: &[&str] = &[
    "northern",
    "southern",
    "eastern",
    "western",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "north-eastern",
    "north-western",
    "south-eastern",
    "south-western",
];

/// Nouns of a kind of place that names follow after "of": "the towns of Beni, Butembo and Katwa".
const PLACE_KINDS: &[&str] = &[
    "town",
    "towns",
    "city",
    "cities",
    "village",
    "villages",
    "island",
    "islands",
    "province",
    "provinces",
    "region",
    "regions",
    "district",
    "districts",
    "county",
    "counties",
    "municipality",
    "municipalities",
    "suburb",
    "suburbs",
    "neighbourhood",
    "neighborhood",
    "port",
    "state",
    "states",
];

/// Nouns for someone from a place: "a Cheltenham man", "two Tulsa residents".
const FROM_PLACE_NOUNS: &[&str] =
    &["man", "woman", "men", "women", "resident", "residents", "native", "natives", "boy", "girl", "teenager", "teen"];

impl MentionFinder<'_> {
    /// Does the unknown name at `i..j` stand where a place does? After "the towns of" (also in
    /// the list that follows), before a comma and a known state or country ("of Bethesda,
    /// Maryland"), or before a noun for its people ("a 36-year-old Cheltenham man").
    fn in_place_context(&self, ctx: &Ctx, i: usize, j: usize) -> bool {
        // (Not a person: "the island of Lesbos, Abdullah Zahed, 25,", "Dan Tripp, Iowa state
        // director".)
        if ctx.is_name(i, WordInfo::GIVEN_NAME) || (j < ctx.tokens.len() && self.is_speech_verb(ctx, j)) {
            return false;
        }
        let end = ctx.tokens.len();
        let state_after = j + 1 < end
            && ctx.word(j) == ","
            && self.known_at(ctx, j + 1, end).is_some_and(|(e, k)| {
                // (Not an owner: "Rubio, Florida's junior senator,".)
                matches!(k.kind, ActorType::Location | ActorType::Country)
                    && (e >= end || matches!(ctx.word(e), "," | "." | ";" | ")"))
            });
        let people_after = j + 1 < end
            && FROM_PLACE_NOUNS.contains(&ctx.word(j))
            && i > 0
            && (matches!(ctx.word(i - 1), "a" | "an") || ctx.word(i - 1).ends_with("-old"));
        // Back over the list: "of Beni, Butembo, Mangina, and Katwa" (not past the item an "and"
        // ends the list with: "the towns of Ashford and Belmont, Smith said").
        let mut k = i;
        let mut listed = false;
        let mut comma_only = false;
        for _ in 0..8 {
            if k >= 2 && ctx.word(k - 1) == "of" && PLACE_KINDS.contains(&ctx.word(k - 2)) {
                listed = true;
                break;
            }
            let mut t = k;
            while t > 0 && matches!(ctx.word(t - 1), "," | "and") {
                t -= 1;
            }
            let and = (t..k).any(|x| ctx.word(x) == "and");
            if t == k || t == 0 || !ctx.cap(t - 1) || (and && comma_only) {
                break;
            }
            comma_only |= !and;
            while t > 0 && ctx.cap(t - 1) {
                t -= 1;
            }
            k = t;
        }
        // "the kings of Gezer", "residents of Abbotsford", "invaded Moravia", "south-eastern
        // Moravia", "the border with Thrace".
        let before = |n: usize| if i >= n { ctx.word(i - n) } else { "" };
        let owned = before(1) == "of" && PLACE_OWNERS.contains(&before(2));
        let taken = matches!(before(1), "invaded" | "conquered" | "annexed");
        let compass = i > 0 && !ctx.cap(i - 1) && COMPASS_ADJECTIVES.contains(&before(1));
        let border = before(1) == "with" && matches!(before(2), "border" | "borders");
        // "Tulcea county", "the colony Byzantium", "the port city Odesa": a kind of place in lower
        // case right after or before the name.
        let kind_after = j < end && !ctx.cap(j) && PLACE_KINDS.contains(&ctx.word(j)) && !ctx.word(j).ends_with('s');
        let kind_before =
            i > 0 && !ctx.cap(i - 1) && (PLACE_KINDS.contains(&before(1)) || before(1) == "colony") && j == i + 1;
        state_after || people_after || listed || owned || taken || compass || border || kind_after || kind_before
    }
}

/// Is `w` (lowercase) the surname of a person named in full among `earlier`? "Recep
/// Tayyip Erdogan ... Erdogan said", "Ian Read ... Read said".
pub(super) fn is_earlier_surname(ctx: &Ctx, w: &str, earlier: &[Mention]) -> bool {
    earlier_surname_where(ctx, w, earlier, |_| true)
}

/// [`is_earlier_surname`] of a person whose name also passes `also`.
pub(super) fn earlier_surname_where(ctx: &Ctx, w: &str, earlier: &[Mention], also: impl Fn(&Mention) -> bool) -> bool {
    let w_folded = folded(w);
    earlier.iter().any(|m| {
        if m.kind != MentionKind::Name || m.actor != Some(ActorType::Person) || !also(m) {
            return false;
        }
        let mut last = m.head_last - 1;
        if last > m.head_first && matches!(ctx.word(last), "'s" | "’s") {
            last -= 1;
        }
        // (Not "Senate Democratic", a body's name taken for a person's.)
        last > m.head_first
            && !ctx.is(m.head_first, WordInfo::ACTOR_START)
            && (ctx.word(last) == w || folded(ctx.word(last)) == w_folded)
    })
}

/// Words that name a day with a weekday after them: "Super Tuesday", "Good Friday".
const DAY_NAMES: &[&str] = &[
    "super", "black", "cyber", "fat", "ash", "good", "holy", "shrove", "maundy", "palm", "easter", "bloody", "giving",
];

/// A word ending in "-an" that is no adjective of the "-ian", "-ean" or "-ican" kind: "Erdogan",
/// "Khan", "Duncan" (not "Libertarian", "Korean", "Republican", "Asian-American").
fn surname_in_an(w: &str) -> bool {
    w.ends_with("an") && !w.contains('-') && !["ian", "ean", "ican"].iter().any(|e| w.ends_with(e))
}
