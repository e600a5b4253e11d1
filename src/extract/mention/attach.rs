//! Mentions joined to the one before: a titled name after an actor
//! ("Kremlin spokesman Dmitry Peskov"), an organisation opened by a place
//! ("Florida Atlantic University"), a group or body after a state or person
//! ("Russian forces", "Trump administration"), a region after its place
//! ("Plano, Texas").
//!
//! Takes a [`Ctx`], the mention list and the end of the actor just found;
//! gives the joined mention (with its affiliation) and whether there was one.

use super::*;

impl<'a> MentionFinder<'a> {
    /// End of the rest of an organisation's name after the place that opens it:
    /// capitalised words up to an organisation word ("Atlantic University",
    /// "Police Department", "Air Resources Board") or through one before its
    /// field ("Institute for Economic Research"), unless they are a known
    /// organisation or person themselves after a country ("U.S. State
    /// Department"): a state's or city's body is its own ("Florida Department
    /// of State", "Texas Democratic Party").
    pub(super) fn organization_after_place(&self, ctx: &Ctx, j: usize, end: usize, country: bool) -> Option<usize> {
        if ctx.is(j, NOT_NAME) {
            return None;
        }
        let k = self.name_end(ctx, j, end, false);
        let known = self.known_at(ctx, j, end);
        if !country && let Some((e, _)) = known.filter(|(_, known)| known.kind == ActorType::Organization) {
            return Some(e.max(k));
        }
        let known_actor = known.is_some_and(|(_, known)| {
            !matches!(known.kind, ActorType::Location | ActorType::Country)
                && (country || known.kind == ActorType::Person)
        });
        // ("German Institute for Economic Research": the body's noun before its field.)
        let body = k > j
            && (ctx.is(k - 1, ORG_SUFFIX)
                || (j..k - 1).any(|t| ctx.is(t, ORG_SUFFIX) && matches!(ctx.word(t + 1), "for" | "of" | "on")));
        (body && !known_actor).then_some(k)
    }

    /// A titled name after the actor `modifier` (tokens `first..j`): "Kremlin
    /// spokesman Dmitry Peskov", "Florida Department of Transportation
    /// official Troy Roberts". Returns whether there was one.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn attach_title(
        &self,
        ctx: &Ctx,
        s: usize,
        first: usize,
        j: usize,
        end: usize,
        modifier: usize,
        out: &mut Vec<Mention>,
    ) -> bool {
        let Some(title_end) = self.title_at(ctx, j, end) else { return false };
        // "the" on the line before belongs to another sentence.
        let the = first > 0 && ctx.word(first - 1) == "the" && !ctx.tokens[first].newline_before;
        let start = if the { first - 1 } else { first };
        // Stacked titles: "presidential candidate Senator Ted Cruz" (the first is the role).
        let k = self.skip_titles(ctx, title_end, end);
        let demonym =
            out[modifier].known.as_ref().is_some_and(|k| k.via == Via::Demonym && k.kind == ActorType::Country);
        // The person with the role, named (head `k..e`) or not (head the title, `j..e`).
        let mut push = |kind: MentionKind, head_first: usize, e: usize| {
            let mut m = Mention::new(s, start, e, kind);
            m.head_first = head_first;
            m.role = Some((j, title_end));
            m.actor = Some(ActorType::Person);
            m.affiliation = Some(modifier);
            m.possessive = m_possessive(ctx, e, end);
            out[modifier].inside = true;
            out.push(m);
            true
        };
        if k < end && ctx.cap(k) && !ctx.is(k, NOT_NAME) {
            let e = self.name_end(ctx, k, end, false);
            if e > k {
                return push(MentionKind::Name, k, e);
            }
        }
        // "the French president met Putin", "the American ambassador said": the role itself, of
        // the state before it, when no name follows. (Only after a people's adjective and outside
        // an apposition: "Obama, the American president," names him, and "the Senate majority
        // leader" is a body's officer.)
        // ("The Italian foreign minister, Luigi Di Maio,": the name in apposition is the one.)
        let apposition = (start > 0 && ctx.word(start - 1) == ",")
            || (title_end + 1 < end && ctx.word(title_end) == "," && ctx.cap(title_end + 1));
        if the
            && demonym
            && !apposition
            && title_end == k
            && (k >= end || !(ctx.cap(k) || ctx.is(k, WordInfo::GROUP_NOUN | BODY_NOUN | WordInfo::TITLE)))
            && !ctx.word(title_end - 1).ends_with('s')
        {
            return push(MentionKind::Role, j, title_end);
        }
        false
    }

    /// Whether a title and a person's name start at `j`, after an organisation
    /// not in the lexicon: "National Assembly president Richard Ferrand", but
    /// not "City University Student Union" or "GNU General Public License".
    pub(super) fn officer_after(&self, ctx: &Ctx, j: usize, end: usize) -> bool {
        let Some(k) = self.title_at(ctx, j, end).map(|k| self.skip_titles(ctx, k, end)) else { return false };
        if k >= end || !ctx.cap(k) || ctx.is(k, NOT_NAME) || self.is_ordinary(ctx, k) {
            return false;
        }
        let e = self.name_end(ctx, k, end, false);
        e > k && !ctx.is(e - 1, ORG_SUFFIX)
    }

    /// After a known actor: "Russian forces", "Russia’s President Vladimir Putin", "Kremlin spokesman Dmitry Peskov".
    #[allow(clippy::too_many_arguments)]
    pub(super) fn attach_after(
        &self,
        ctx: &Ctx,
        s: usize,
        first: usize,
        j: usize,
        end: usize,
        modifier: usize,
        known: &Known,
        out: &mut Vec<Mention>,
    ) -> bool {
        if j >= end {
            return false;
        }
        // ("U.S. officials", "Russian diplomats": a plural title with no name after it is a group.)
        if self.attach_title(ctx, s, first, j, end, modifier, out) {
            return true;
        }
        let w = ctx.word(j);
        if known.kind == ActorType::Country && !ctx.cap(j) && ctx.is(j, WordInfo::GROUP_NOUN | BODY_NOUN) {
            // "Russian forces", "North Korean troops", "Russian air defenses", "U.S. officials".
            let mut e = j + 1;
            if e < end && ctx.is(e, WordInfo::GROUP_NOUN) && !ctx.cap(e) {
                e += 1;
            }
            let mut m = Mention::new(s, first, e, MentionKind::Group);
            m.actor =
                Some(if ctx.is(j, BODY_NOUN) || w == "military" { ActorType::Organization } else { ActorType::Group });
            m.affiliation = Some(modifier);
            out[modifier].inside = true;
            out.push(m);
            return true;
        }
        false
    }

    /// "Trump administration", "Trump’s team": a body belonging to a named actor.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn attach_body(
        &self,
        ctx: &Ctx,
        s: usize,
        first: usize,
        j: usize,
        end: usize,
        owner: usize,
        out: &mut Vec<Mention>,
    ) -> bool {
        let mut k = if m_possessive(ctx, j, end) { j + 1 } else { j };
        // "Trump’s presidential campaign": one kind of campaign between the owner and the noun.
        if k + 1 < end && CAMPAIGN_KINDS.contains(&ctx.word(k)) && ctx.word(k + 1) == "campaign" {
            k += 1;
        }
        // "Trump’s campaign said", but "his campaign promises": a campaign before a plain word is a modifier.
        let campaign = k < end
            && ctx.word(k) == "campaign"
            && (k + 1 >= end
                || ctx.tokens[k + 1].kind != TokenKind::Word
                || matches!(
                    ctx.word(k + 1),
                    "said"
                        | "says"
                        | "is"
                        | "was"
                        | "has"
                        | "had"
                        | "will"
                        | "would"
                        | "also"
                        | "did"
                        | "does"
                        | "can"
                        | "could"
                        | "should"
                        | "then"
                        | "later"
                        | "quickly"
                        | "immediately"
                        | "swiftly"
                        | "repeatedly"
                        | "already"
                        | "released"
                        | "issued"
                        | "declined"
                        | "denied"
                        | "responded"
                        | "announced"
                        | "called"
                        | "confirmed"
                        | "sent"
                        | "put"
                ));
        if k < end && (ctx.is(k, BODY_NOUN) || campaign) && matches!(out[owner].actor, Some(ActorType::Person) | None) {
            let mut m = Mention::new(s, first, k + 1, MentionKind::Body);
            m.actor = Some(ActorType::Organization);
            m.affiliation = Some(owner);
            out[owner].inside = true;
            out.push(m);
            return true;
        }
        false
    }
}

/// "Plano, Texas,": a place named by tokens `i..j` right after another place and a comma
/// widens that place's mention to one name; so does a city right after a college's or a
/// university's name ("Imperial College London"). Returns whether it did.
pub(super) fn joins_place(ctx: &Ctx, out: &mut [Mention], i: usize, j: usize, end: usize) -> bool {
    let Some(place) = out.last_mut() else { return false };
    // "University College London", "Imperial College London": a college's name ends in its city.
    if place.last == i
        && place.actor == Some(ActorType::Organization)
        && place.kind == MentionKind::Name
        && matches!(ctx.word(i - 1), "college" | "university")
        && j == i + 1
        && (j == end || !ctx.cap(j))
    {
        place.last = j;
        place.head_last = j;
        place.possessive = m_possessive(ctx, j, end);
        return true;
    }
    // "in Plano, Texas, she ..." but not "In Toledo, Ohio said ...".
    let ends_there = j == end || matches!(ctx.word(j), "," | "." | ";" | ":" | ")" | "!" | "?");
    let after_place = i >= 2
        && ctx.word(i - 1) == ","
        && place.last == i - 1
        && !place.inside
        && place.actor == Some(ActorType::Location)
        && matches!(place.kind, MentionKind::Name | MentionKind::Known);
    if !(after_place && ends_there) || in_list(ctx, j, end) {
        return false;
    }
    place.last = j;
    place.head_last = j;
    place.kind = MentionKind::Name;
    place.known = None;
    place.possessive = m_possessive(ctx, j, end);
    true
}

/// Does a list of names go on after the comma at `j` ("Colorado, Utah, and California",
/// "Virginia, North Carolina, Alabama, ...")? Then the places before it are items of the list,
/// not a place and its region. ("born in Plano, Texas, and raised ..." is no list.)
fn in_list(ctx: &Ctx, j: usize, end: usize) -> bool {
    let cap = |k: usize| k < end && ctx.cap(k);
    if j >= end || ctx.word(j) != "," {
        return false;
    }
    // The end of a run of capitalised words from `k`, at most four.
    let run_end = |k: usize| (k..end.min(k + 4)).find(|&t| !cap(t)).unwrap_or(end.min(k + 4));
    if j + 1 < end && matches!(ctx.word(j + 1), "and" | "or") {
        let k = if j + 2 < end && ctx.word(j + 2) == "the" { j + 3 } else { j + 2 };
        // (Not a title, "and Senator Amy Klobuchar", nor another place with its region, "and
        // Tulsa, Oklahoma".)
        let e = run_end(k);
        let paired = e + 1 < end && ctx.word(e) == "," && cap(e + 1);
        return cap(k) && !ctx.title_start(k) && !paired;
    }
    let name_end = run_end(j + 1);
    name_end > j + 1 && name_end < end && matches!(ctx.word(name_end), "," | "and" | "or")
}
