//! The passive: whether a cue is a passive verb ("was asked", "were both
//! considered", "veterans invited to take part") and who its agent is ("was
//! proposed by X").
//!
//! Takes an [`Analysis`] and a cue's tokens; gives a yes or no, or the agent
//! mentions and the "by" that introduces them.

use super::*;

/// A passive participle: a form of "be" (past adverbs) right before a cue that is not an -ing form.
pub(super) fn is_passive(a: &Analysis, c0: usize, c1: usize, first: usize) -> bool {
    // "is calling for", "was speaking out": a progressive, not a passive; "has been critical of",
    // "was supportive of": an adjective.
    let w = a.lower[c0].as_str();
    if w.ends_with("ing") || a.lower[c1 - 1].ends_with("ing") || w.ends_with("al") || w.ends_with("ive") {
        return false;
    }
    // ("was once asked", "was first asked", "were already told": past adverbs, not auxiliaries;
    // "are so worried that" is a stance.)
    let adverb = |j: usize| {
        let w = a.lower[j].as_str();
        w.ends_with("ly")
            || (a.is(j, GAP_WORD)
                && !a.is(j, BE_FORM)
                && !is_auxiliary(w)
                && !matches!(w, "do" | "does" | "did" | "so"))
            || matches!(w, "ever" | "just" | "even")
    };
    let mut j = c0;
    while j > first && adverb(j - 1) {
        j -= 1;
    }
    j > first && a.is(j - 1, BE_FORM)
}

/// Verbs that put their object before an infinitive ("urged Haddad to leave"): with "to" right
/// after them, the noun before them is the one urged.
const OBJECT_BEFORE_INFINITIVE: &[&str] =
    &["urged", "invited", "encouraged", "pressed", "pressured", "ordered", "advised", "told", "persuaded"];

/// A passive without "be": such a verb right after its noun with "to" right after it
/// ("veterans invited to participate", "protesters urged to leave the square").
pub(super) fn is_reduced_passive(a: &Analysis, c0: usize, c1: usize, first: usize, last: usize) -> bool {
    c1 == c0 + 1
        && c1 < last
        && a.lower[c1] == "to"
        && c0 > first
        && OBJECT_BEFORE_INFINITIVE.contains(&a.lower[c0].as_str())
        && !is_auxiliary(a.lower[c0 - 1].as_str())
        // ("He told to go back": a pronoun is never the noun of a reduced relative.)
        && !matches!(a.lower[c0 - 1].as_str(), "he" | "she" | "they" | "we" | "i" | "you" | "it" | "who" | "which" | "that")
}

/// Participles of feeling: in "was impressed by X", "were angered by X" the one who feels is the
/// subject, and X said nothing.
const FEELING_PARTICIPLES: &[&str] = &[
    "impressed",
    "angered",
    "rattled",
    "emboldened",
    "reassured",
    "unsettled",
    "unnerved",
    "alarmed",
    "troubled",
    "frustrated",
    "outraged",
    "shocked",
    "pleased",
    "delighted",
    "heartened",
    "dismayed",
    "saddened",
    "offended",
    "inspired",
    "bothered",
    "upset",
    "annoyed",
    "embarrassed",
    "surprised",
    "disappointed",
    "worried",
    "concerned",
    "relieved",
    "thrilled",
    "excited",
    "frightened",
    "horrified",
    "stunned",
    "baffled",
    "puzzled",
    "confused",
    "intrigued",
    "amused",
    "irritated",
    "infuriated",
    "incensed",
    "enraged",
    "appalled",
    "disturbed",
];

crate::extract::words::word_set!(
    /// Whether `w` is one of [`FEELING_PARTICIPLES`], asked at every verb cue.
    is_feeling_participle,
    FEELING_PARTICIPLES
);

/// Passive: "... was proposed by X" gives the agents and the patient.
pub(super) fn passive_agent(
    a: &Analysis,
    c0: usize,
    c1: usize,
    first: usize,
    end: usize,
) -> Option<(Vec<usize>, Option<usize>)> {
    if c1 == c0 + 1 && is_feeling_participle(&a.lower[c0]) {
        return None;
    }
    let j = past_adverbs_to_be(a, c0, first);
    let be = j > first && a.is(j - 1, BE_FORM);
    let participle_after_comma = j > first && a.lower[j - 1] == ",";
    // "Polling averages measured by RealClearPolitics showed ...": a participle right after its
    // noun, a passive without "be".
    let reduced =
        !be && j == c0 && j > first && a.lower[c0].ends_with("ed") && a.tokens[c0 - 1].kind == TokenKind::Word;
    // ("was announced on Friday by the university": past a time phrase.)
    if !(be || participle_after_comma || reduced) {
        return None;
    }
    // ("was condemned in a joint statement by Egypt": past the occasion.)
    let occasion = |k: usize| {
        matches!(a.lower[c1].as_str(), "in" | "on" | "at" | "during")
            && (c1 + 1..k).all(|t| a.tokens[t].kind == TokenKind::Word)
            && (c1 + 1..k).any(|t| super::content::SETTINGS.contains(&a.lower[t].as_str()))
    };
    let by = (c1..(c1 + 5).min(end))
        .find(|&k| a.lower[k] == "by")
        .filter(|&k| k == c1 || time_phrase_start(a, k - 1, c1 - 1) == Some(c1) || occasion(k))?;
    let mut agents = Vec::new();
    let mut k = by + 1;
    // ("criticized by the ruling Labour Party", "by the mainland Chinese government": past an
    // article's modifiers to the name.)
    let modified = |k: usize| {
        matches!(a.lower[k].as_str(), "the" | "a" | "an")
            .then(|| modified_mention(a, k, end))
            .flatten()
            .filter(|&m| !matches!(a.mentions[m].kind, MentionKind::Pronoun | MentionKind::Phrase))
    };
    while let Some(mut m) = mention_after(a, k, end).or_else(|| modified(k)) {
        // "announced by his son Abhijit Mukherjee", "confirmed by his son, Wolfgang": the person
        // named after the owner's kin or role noun.
        let f = a.mentions[m].first;
        let possessive = a.mentions[m].kind == MentionKind::Pronoun
            && match a.lower[f].as_str() {
                "his" | "their" | "its" => true,
                "her" => possessive_her(a.lower.get(f + 1).map(|w| w.as_str())),
                _ => false,
            };
        if possessive {
            let after = a.mentions[m].last;
            let noun = |t: usize| {
                a.tokens[t].kind == TokenKind::Word
                    && a.mention_at[t].is_none()
                    && !is_phrase_stop(a.lower[t].as_str())
                    && a.tokens[t].text(&a.doc.text).starts_with(char::is_lowercase)
            };
            let mut t = after;
            while t < end.min(after + 3) && noun(t) {
                t += 1;
            }
            if t > after && t < end && a.lower[t] == "," {
                t += 1;
            }
            match (t > after)
                .then(|| mention_starting(a, t, end))
                .flatten()
                .filter(|&n| a.mentions[n].kind == MentionKind::Name && a.mentions[n].actor == Some(ActorType::Person))
            {
                Some(n) => m = n,
                // "was killed by his lions": the owner of what acted did not act (an agent
                // after it still may: "by his staff and by Senator McConnell").
                None if t > after => {
                    k = t;
                    while k < end && matches!(a.lower[k].as_str(), "," | "and" | "by") {
                        k += 1;
                    }
                    continue;
                }
                None => {}
            }
        }
        // ("claimed by the Islamic State, sparking nationwide fear": a clause after the agent.)
        if !agents.is_empty()
            && a.lower[a.mentions[m].first].ends_with("ing")
            && a.tokens[a.mentions[m].first].text(&a.doc.text).starts_with(char::is_lowercase)
        {
            break;
        }
        agents.push(m);
        k = a.mentions[m].last;
        // "by Senators Marco Rubio of Florida, Mike Lee of Utah, and David Perdue"
        if k + 1 < end && a.lower[k] == "of" && mention_starting(a, k + 1, end).is_some() {
            k = a.mention_at[k + 1].map_or(k, |p| a.mentions[p].last);
        }
        while k < end && matches!(a.lower[k].as_str(), "," | "and") {
            k += 1;
        }
    }
    if agents.is_empty() {
        return None;
    }
    let patient = if be {
        // ("The arrest of Alexei Navalny was condemned by …": what was done to him was, not he.)
        subject_left(a, j - 1, first).filter(|&m| {
            let f = a.mentions[m].first;
            f == first
                || !matches!(
                    a.lower[f - 1].as_str(),
                    "of" | "in" | "for" | "on" | "at" | "against" | "with" | "from" | "to"
                )
        })
    } else if reduced {
        a.mention_at[c0 - 1].filter(|&m| a.mentions[m].last == c0)
    } else {
        None
    };
    Some((agents, patient))
}

/// Verbs of belief whose participle, right after its noun and before "to be", "to have" or
/// "of", describes the noun: "a woman believed to be the driver", "a man suspected of theft".
const DESCRIBING_BELIEFS: &[&str] =
    &["believed", "suspected", "thought", "alleged", "rumored", "rumoured", "reported", "understood", "feared"];

/// Verbs that name: "a predator called the sevengill shark", "Van Biljon, often referred to as".
const NAMING_VERBS: &[&str] = &["called", "dubbed", "named", "nicknamed", "labelled", "labeled", "termed", "referred"];

/// A participle that describes the noun before it, no one's words: a belief before "to be" or
/// "of" ("a woman believed to be the driver"), or a naming verb before a name after a noun
/// with "a" ("a group called Hamas", "a student named Wong") or after the sentence's first
/// noun and its comma ("The rapper, dubbed the King of Pop,").
pub(super) fn is_describing_participle(a: &Analysis, c0: usize, first: usize, last: usize) -> bool {
    if c0 <= first || c0 + 1 >= last {
        return false;
    }
    let w = a.lower[c0].as_str();
    // (Not a pronoun, nor the subject of "what": "what he thought of", "in what critics believed
    // to be".)
    let noun_before = |k: usize| {
        a.mention_at[k].is_some_and(|m| {
            let x = &a.mentions[m];
            x.last == k + 1 && x.kind != MentionKind::Pronoun && !(x.first > first && a.lower[x.first - 1] == "what")
        })
    };
    if DESCRIBING_BELIEFS.contains(&w) {
        let next = a.lower[c0 + 1].as_str();
        let infinitive = next == "to" && a.lower.get(c0 + 2).is_some_and(|v| matches!(v.as_str(), "be" | "have"));
        // ("suspected of theft"; "thought of" is the verb's own.)
        return (infinitive || (next == "of" && w == "suspected"))
            && (noun_before(c0 - 1) || (a.lower[c0 - 1] == "," && c0 > first + 1 && noun_before(c0 - 2)));
    }
    if !NAMING_VERBS.contains(&w) {
        return false;
    }
    // ("Van Biljon, often referred to as …": past adverbs.)
    let adverb = |w: &str| w.ends_with("ly") || matches!(w, "often" | "also" | "sometimes" | "once" | "now" | "still");
    let mut k = c0;
    while k > first && adverb(&a.lower[k - 1]) && a.mention_at[k - 1].is_none() {
        k -= 1;
    }
    // (The first comma of the sentence: in "Chetwynd, director of AFP, called the death …" the
    // comma closes an apposition and the verb is the sentence's.)
    if k > first + 1 && a.lower[k - 1] == "," && noun_before(k - 2) && (first..k - 1).all(|t| a.lower[t] != ",") {
        return true;
    }
    let capital = |t: usize| t < last && a.tokens[t].text(&a.doc.text).starts_with(char::is_uppercase);
    let name_after = a.tokens[c0 + 1].kind == TokenKind::Quote
        || capital(c0 + 1)
        || (a.lower[c0 + 1] == "the" && (w != "called" || capital(c0 + 2)));
    // ("A report named Haddad and Lind as suspects": the report's verb.)
    let naming_as = w != "referred" && (c0 + 1..last.min(c0 + 10)).any(|t| a.lower[t] == "as");
    k == c0
        && name_after
        && !naming_as
        && a.mention_at[c0 - 1].is_some_and(|m| {
            let x = &a.mentions[m];
            let f = x.first;
            x.last == c0
                // (Not a person's role: "A Kremlin spokesman called Zelensky's proposal absurd".)
                && x.kind == MentionKind::Phrase
                // ("a student named Wong" does name.)
                && (matches!(w, "named" | "nicknamed")
                    || !(a.is(x.last - 1, WordInfo::TITLE | WordInfo::PLURAL_TITLE | WordInfo::GROUP_NOUN)
                        || PERSONAL_STAFF.contains(&a.lower[x.last - 1].as_str())))
                && (matches!(a.lower[f].as_str(), "a" | "an")
                    || (f > first && matches!(a.lower[f - 1].as_str(), "a" | "an")))
        })
}

/// What a passive statement is about, its patient: "Her death" in "Her death was confirmed by the
/// Eagle Forum", the noun phrase before the forms of "be" and the auxiliaries.
pub(super) fn passive_patient(a: &Analysis, c0: usize, first: usize) -> Option<(usize, usize)> {
    let j = past_adverbs_to_be(a, c0, first);
    let mut k = j;
    while k > first && (a.is(k - 1, BE_FORM) || is_auxiliary(a.lower[k - 1].as_str()) || a.lower[k - 1].ends_with("ly"))
    {
        k -= 1;
    }
    if k == j || !a.is(j - 1, BE_FORM) {
        return None;
    }
    let phrase = noun_phrase_before(&a.doc.text, &a.tokens, &a.lower, first, k)?;
    // Past a title the phrase scan stops at: "The firing of Mr. Comey".
    let mut start = phrase.first;
    for _ in 0..3 {
        let Some(m) = a.mention_at[start].filter(|&m| a.mentions[m].first < start) else { break };
        start = a.mentions[m].first;
        // ("The firing of": the head the name belongs to.)
        let joint = usize::from(start > first && a.lower[start - 1] == "of");
        if let Some(p) = noun_phrase_before(&a.doc.text, &a.tokens, &a.lower, first, start - joint) {
            start = p.first;
        }
    }
    Some((start, phrase.end))
}

/// The token after the form of "be" a passive participle at `c0` follows, past adverbs and the
/// other gap words ("was once asked"): `c0` itself when none comes between.
fn past_adverbs_to_be(a: &Analysis, c0: usize, first: usize) -> usize {
    let mut j = c0;
    while j > first && (a.is(j - 1, GAP_WORD) && !a.is(j - 1, BE_FORM)) {
        j -= 1;
    }
    j
}
