//! Relations and statements: cue words, their participants, content and flags.
//!
//! Takes an [`Analysis`]; gives [`RelationRecord`]s in text order. A cue
//! from `cues.tsv` fixes the relation type and the frame that says where the
//! participants are: the subject to the left (past adverbs, auxiliaries and
//! parenthetical commas), after "by" in the passive, after the cue in
//! "“...,” said X"; the object after the cue or its preposition; nominal
//! cues take "between X and Y", "X’s N", "N by X". Statements get content
//! (the adjacent quotation or the clause) and the actors it mentions.

mod affiliation;
mod content;
mod filters;
mod inverted;
mod nominal;
mod passive;
mod quotes;
mod subject;

use content::{SETTINGS, skip_punct, statement_content, trim_content};
use filters::{UNDERGONE, not_a_statement};
use inverted::{inversion_ok, inverted_speaker, pronoun_clause_at};
use passive::{is_passive, passive_agent};
use quotes::{clause_colon_statements, continued_quotations, drop_answer_verbs, drop_quoted_verbs};
use subject::{
    opening_participle_end, opening_participle_subject, participle_subject, possessive_pronoun, relative_verb_subject,
    subject_left, subject_left_word,
};

use super::analysis::{Analysis, statement_cues_at};
use super::lexicon::{Cue, Frame, Lexicon, Via, WordInfo};
use super::mention::MentionKind;
use super::phrase::{NounPhrase, noun_phrase_before};
use super::resolve::slug;
use super::words::{
    AUXILIARIES, COMPANY_NOUNS, DETERMINERS, DOCUMENT_NOUNS, GAP_WORDS, LY_NOUNS, MONTH_ABBREVIATIONS, MONTHS,
    POSSESSIVE_PRONOUNS, WEEKDAYS, document_before, is_phrase_stop, possessive_her,
};
use crate::record::{ActorType, EntityRef, RelationRecord, RelationType, Span};
use crate::text::TokenKind;

const NEGATIONS: &[&str] = &["not", "n't", "never", "no", "neither", "nor", "without"];
const HEDGES: &[&str] = &[
    "might",
    "may",
    "could",
    "would",
    "possibly",
    "possible",
    "potential",
    "potentially",
    "reportedly",
    "allegedly",
    "likely",
    "unlikely",
    "perhaps",
    "maybe",
    "if",
    "expected",
    "reported",
    "rumored",
    "rumoured",
    "purportedly",
    "supposedly",
    "apparently",
    "whether",
    "considering",
    "consider",
];
/// Words that open a short time or place phrase after a speech verb.
const TIME_WORDS: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "this",
    "last",
    "earlier",
    "later",
    "yesterday",
    "today",
    "tonight",
    "recently",
    "afterward",
    "afterwards",
];

/// Words that open a subordinate clause.
const SUBORDINATORS: &[&str] = &[
    "as", "if", "because", "when", "than", "that", "what", "how", "where", "while", "after", "before", "since",
    "until", "unless", "although", "though", "whether", "why", "which", "who", "whom", "once",
];

/// Words after which a cue word is not a verb.
const NOT_BEFORE_VERB: &[&str] =
    &["the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those", "'s"];

/// Words of quantity before a plural noun, never before a verb in -s: "some reports".
const QUANTITIES: &[&str] = &["some", "many", "several", "few", "both", "all", "other", "such", "most", "no"];

/// Verbs that take an infinitive whose subject is theirs: "X wants to meet Y".
const CONTROL_VERBS: &[&str] = &[
    "wants",
    "wanted",
    "want",
    "plans",
    "planned",
    "plan",
    "tried",
    "tries",
    "sought",
    "seeks",
    "vowed",
    "vows",
    "agreed",
    "agrees",
    "continued",
    "continues",
    "went",
    "refused",
    "refuses",
    "declined",
    "declines",
    "promised",
    "pledged",
    "threatened",
    "hopes",
    "hoped",
    "intends",
    "intended",
    "expects",
    "expected",
    "decided",
    "moved",
    "appeared",
    "appears",
    "seemed",
    "seems",
    "is",
    "was",
    "are",
    "were",
    "has",
    "have",
    "had",
    "going",
    "used",
];

const BE_FORMS: &[&str] = &["was", "were", "been", "being", "is", "are", "be", "get", "got", "gets"];

// Word lists asked about at many tokens: bits of the one lexicon probe per
// token (after mention finding's, see [`Analysis::is`]) instead of list scans.
const NEGATION: u32 = WordInfo::FIRST_FREE << 12;
const HEDGE: u32 = WordInfo::FIRST_FREE << 13;
const BE_FORM: u32 = WordInfo::FIRST_FREE << 14;
const PP_HEAD: u32 = WordInfo::FIRST_FREE << 15;
const GAP_WORD: u32 = WordInfo::FIRST_FREE << 16;

/// The word classes of relation finding, for [`Lexicon::add_classes`].
pub(super) const RELATION_CLASSES: &[(&[&str], u32)] =
    &[(NEGATIONS, NEGATION), (HEDGES, HEDGE), (BE_FORMS, BE_FORM), (PP_HEADS, PP_HEAD), (GAP_WORDS, GAP_WORD)];

/// One relation under construction.
struct Found {
    sentence: usize,
    relation: RelationType,
    subject: usize,
    /// A relative pronoun standing for the subject in its clause ("X, who said ..."): the mention span.
    subject_word: Option<usize>,
    object: Option<usize>,
    cue: (usize, usize),
    content: Option<(usize, usize)>,
    /// Token window checked for negation and hedging.
    window: (usize, usize),
}

impl Found {
    /// A statement whose cue is a mark rather than a verb (a colon, a dash, the
    /// parentheses of a transcript): `said`, no object.
    fn marked_statement(
        sentence: usize,
        subject: usize,
        mark: (usize, usize),
        content: Option<(usize, usize)>,
    ) -> Found {
        Found {
            sentence,
            relation: RelationType::Said,
            subject,
            subject_word: None,
            object: None,
            cue: mark,
            content,
            window: mark,
        }
    }
}

/// Finds relations in an [`Analysis`].
pub struct RelationFinder<'a> {
    lexicon: &'a Lexicon,
}

impl<'a> RelationFinder<'a> {
    /// A finder using `lexicon`.
    pub fn new(lexicon: &'a Lexicon) -> RelationFinder<'a> {
        RelationFinder { lexicon }
    }

    /// Every relation record of the document.
    pub fn find(&self, a: &Analysis) -> Vec<RelationRecord> {
        let mut found = Vec::new();
        for (s, sentence) in a.sentences.iter().enumerate() {
            let mut main_subject: Option<usize> = None;
            let mut i = sentence.first;
            while i < sentence.last {
                if a.mention_at[i].is_some() || a.tokens[i].kind != TokenKind::Word {
                    i += 1;
                    continue;
                }
                let mut advanced = false;
                for cue in self.lexicon.cues(&a.lower[i]) {
                    let Some(end) = matches(a, i, sentence.last, cue) else {
                        continue;
                    };
                    let before = found.len();
                    self.apply(a, s, (i, end), cue, &mut main_subject, &mut found);
                    if found.len() > before {
                        i = end;
                        advanced = true;
                        break;
                    }
                }
                if !advanced {
                    i += 1;
                }
            }
        }
        self.colon_statements(a, &mut found);
        clause_colon_statements(a, &mut found);
        self.dash_statements(a, &mut found);
        let answers = self.interview_turns(a, &mut found);
        continued_quotations(a, &mut found);
        self.affiliations(a, &mut found);
        drop_quoted_verbs(a, &mut found);
        drop_answer_verbs(a, &answers, &mut found);
        let mut records: Vec<RelationRecord> = Vec::with_capacity(found.len());
        let mut seen = rustc_hash::FxHashSet::default();
        found.sort_by_key(|f| (f.sentence, f.cue.0, f.subject, f.object));
        for f in found {
            if let Some(mut r) = self.record(a, &f) {
                // A speaker named in an earlier sentence ("continued_quotations") has no
                // mention in this one.
                if a.mentions[f.subject].sentence != f.sentence {
                    r.subject.mention = None;
                }
                // "Trump is defending his tweets": a statement aimed at the speaker's own words has no other target.
                if r.relation.is_statement() && r.object.as_ref().is_some_and(|o| o.id == r.subject.id) {
                    r.object = None;
                }
                let key = (
                    r.sentence,
                    r.relation,
                    r.subject.id.clone(),
                    r.object.as_ref().map(|o| o.id.clone()),
                    r.cue.start,
                );
                if r.object.as_ref().is_some_and(|o| o.id == r.subject.id) || !seen.insert(key) {
                    continue;
                }
                records.push(r);
            }
        }
        records
    }

    fn apply(
        &self,
        a: &Analysis,
        s: usize,
        cue_span: (usize, usize),
        cue: &Cue,
        main_subject: &mut Option<usize>,
        out: &mut Vec<Found>,
    ) {
        let sentence = a.sentences[s];
        let (c0, c1) = cue_span;
        let base = Found {
            sentence: s,
            relation: cue.relation,
            subject: 0,
            subject_word: None,
            object: None,
            cue: cue_span,
            content: None,
            window: (c0, c0),
        };
        match cue.frame {
            Frame::Noun => self.nominal(a, s, cue_span, cue, out),
            Frame::Source => {
                // "according to which a section ...": a relative pronoun, not a source.
                if a.lower.get(c1).is_some_and(|w| matches!(w.as_str(), "which" | "whom" | "whose")) {
                    return;
                }
                // "according to X": X is the source; the content is the rest of the sentence.
                let Some(mut m) =
                    mention_after(a, c1, sentence.last).or_else(|| modified_mention(a, c1, sentence.last))
                else {
                    return;
                };
                // (A document, whose owner may speak for it below.)
                let document = a.mentions[m].kind == MentionKind::Phrase;
                // "according to Virginia AFL-CIO President Doris Crouse-Mays": past the place that
                // opens the speaker's title.
                // "according to the Florida Department of State": the body after its place.
                if is_place(a, m)
                    && let Some(next) = mention_starting(a, a.mentions[m].last, sentence.last)
                    && matches!(a.mentions[next].actor, Some(ActorType::Person | ActorType::Organization))
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
                    let e = (m_end..sentence.last.min(m_end + 3)).take_while(|&t| noun(t)).last().map(|e| {
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
                        .take_while(|&t| {
                            matches!(a.tokens[t].kind, TokenKind::Word | TokenKind::Number) || a.lower[t] == ","
                        })
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
                        let apposition =
                            comma + 2 < sentence.last && matches!(a.lower[comma + 1].as_str(), "a" | "an" | "the");
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
                // "According to X, ..." and "...: potentially, according to X, $3 billion ...": the
                // words after; "..., according to a poll released last week.": the words before.
                let rest = skip_punct(a, m_end, sentence.last);
                // ("..., according to an analysis by Lily Batchelder, a former official.": an
                // apposition to the source does not continue the sentence; "Longer term, according to
                // X, the goal is to …": a phrase with its own verb does.)
                let clause = || {
                    (rest..sentence.last)
                        .take_while(|&t| !matches!(a.lower[t].as_str(), "who" | "which" | "that" | ","))
                        .any(|t| AUXILIARIES.contains(&a.lower[t].as_str()))
                };
                let apposition = c0 > sentence.first
                    && rest < sentence.last
                    && matches!(a.lower[rest].as_str(), "a" | "an" | "the")
                    && !clause();
                let continues =
                    m_end < sentence.last && a.lower[m_end] == "," && sentence.last - rest >= 4 && !apposition;
                let content = if c0 > sentence.first && !continues {
                    trim_content(a, sentence.first, c0)
                } else {
                    trim_content(a, rest, sentence.last).or_else(|| trim_content(a, sentence.first, c0))
                };
                out.push(Found { subject: m, content, window: (c0, c1), ..base });
                if let Some(n) = partner {
                    out.push(Found { subject: n, content, window: (c0, c1), ..base });
                }
            }
            Frame::Say | Frame::Tell | Frame::Act | Frame::Prep => {
                if headline_non_verb(a, c0, c1, sentence.first)
                    || not_a_statement(self.lexicon, a, c0, c1, sentence.first, sentence.last)
                    || self.continues_other_than_speech(a, c0, c1)
                {
                    return;
                }
                // "his proposed budget": the owner proposed it.
                if cue.relation == RelationType::Proposed
                    && c1 == c0 + 1
                    && a.lower[c0] == "proposed"
                    && c1 < sentence.last
                    && a.tokens[c1].kind == TokenKind::Word
                    && let Some(owner) = possessor_before(a, c0, sentence.first)
                {
                    out.push(Found { subject: owner, window: (c0, c1), ..base });
                    return;
                }
                // After a determiner or possessive the word is a noun or adjective: "Johnson’s stated intent".
                // After a quantity, a form in -s is a plural noun: "Some reports suggest".
                let plural_noun = |w: &str| w.ends_with('s') && !w.ends_with("ss");
                if c0 > sentence.first
                    && (NOT_BEFORE_VERB.contains(&a.lower[c0 - 1].as_str())
                        || (QUANTITIES.contains(&a.lower[c0 - 1].as_str()) && plural_noun(&a.lower[c0])))
                    && !contracted_verb(a, c0 - 1, sentence.first)
                {
                    return;
                }
                // "campaign-finance reports show": after a plain word, "reports" is the noun.
                if c0 > sentence.first
                    && DOCUMENT_NOUNS.contains(&a.lower[c0].strip_suffix('s').unwrap_or(""))
                    && a.tokens[c0 - 1].kind == TokenKind::Word
                    && a.mention_at[c0 - 1].is_none()
                    && !a.is(c0 - 1, GAP_WORD)
                    && !a.lower[c0 - 1].ends_with("ly")
                {
                    return;
                }
                let passive = passive_agent(a, c0, c1, sentence.first, sentence.last);
                // "..., urging", "..., calling on", "..., indicating support".
                let ing = a.lower[c0].ends_with("ing") || a.lower[c1 - 1].ends_with("ing");
                // The comma a participle follows: "..., urging".
                // ("..., even suggesting", "..., again saying": past adverbs.)
                // ("X, despite admitting ...", "X, while noting ...": after a subordinator too.)
                // (Also after a quotation that ends with a comma: "said: “...,” adding that".)
                // Gives the comma and whether a form of "be" stands between it and the cue: "New
                // Jersey officials, including …, are hoping" is a verb in the progressive.
                let comma_before = ing
                    .then(|| {
                        let mut k = past_gap_words(a, c0, sentence.first);
                        if k > sentence.first + 1
                            && matches!(
                                a.lower[k - 1].as_str(),
                                "despite" | "while" | "after" | "before" | "without" | "besides"
                            )
                        {
                            k -= 1;
                        }
                        let after_quote = k > sentence.first + 1
                            && a.tokens[k - 1].kind == TokenKind::Quote
                            && !possessive_apostrophe(a, k - 1)
                            && a.lower[k - 2] == ",";
                        let comma = if k > sentence.first && a.lower[k - 1] == "," {
                            Some(k - 1)
                        } else {
                            after_quote.then(|| k - 2)
                        };
                        comma.map(|c| (c, (k..c0).any(|t| a.is(t, BE_FORM))))
                    })
                    .flatten();
                let participial = comma_before.is_some();
                // (Who acts in a participle proper; a progressive keeps the rules below.)
                let participle_comma = comma_before.filter(|&(_, progressive)| !progressive).map(|(c, _)| c);
                // "Trump distinguished himself by saying ...", "Gore insisted ... while adding ...": a
                // participle after a preposition, an adverbial of the clause the sentence opens.
                let adverbial = ing && {
                    let k = past_gap_words(a, c0, sentence.first);
                    k > sentence.first + 1
                        && matches!(a.lower[k - 1].as_str(), "by" | "before" | "after" | "upon" | "while" | "without")
                        && a.lower[k - 2] != ","
                };
                // "was reported", "were told": the subject on the left is the patient, not the agent.
                let patient_left = passive.is_none() && is_passive(a, c0, c1, sentence.first);
                let (left, subject_word) = if patient_left {
                    (None, None)
                } else if let Some((m, who)) = relative_verb_subject(a, c0, sentence.first) {
                    (Some(m), Some(who))
                } else {
                    subject_left_word(a, c0, sentence.first).map_or((None, None), |(m, w)| (Some(m), w))
                };
                let mut subjects: Vec<usize> = Vec::new();
                let mut inverted = false;
                let mut object = None;
                if let Some((agents, patient)) = &passive {
                    subjects.clone_from(agents);
                    if takes_actor_object(cue.relation) {
                        // "It was co-sponsored by ...": a neuter pronoun is a thing, not an actor.
                        // ("The call was seconded by ...": an unnamed phrase is what was acted on, no actor.)
                        object = patient.filter(|&p| {
                            !(a.mentions[p].kind == MentionKind::Pronoun && a.mentions[p].actor.is_none())
                                && a.mentions[p].kind != MentionKind::Phrase
                        });
                    }
                } else if let Some(m) = participle_comma.and_then(|comma| participle_subject(a, out, s, comma)) {
                    // "Romney went after Trump on Wednesday, calling it …": the clause's subject, not
                    // the actor nearest the participle.
                    subjects.push(m);
                } else if let Some(left) = left {
                    // "Pompeo sent a letter to Congress requesting ...": who is written to does not
                    // request; the sender does.
                    let addressee = ing && a.mentions[left].last == c0 && {
                        let f = a.mentions[left].first;
                        let f = if f > sentence.first + 1 && matches!(a.lower[f - 1].as_str(), "the" | "a" | "an") {
                            f - 1
                        } else {
                            f
                        };
                        f > sentence.first && a.lower[f - 1] == "to"
                    };
                    let sender =
                        addressee.then(|| sentence_subject(a, sentence.first, a.mentions[left].first)).flatten();
                    // "A, B and C, who joked": a relative clause belongs to the last of a list.
                    subjects = if let Some(m) = sender {
                        vec![m]
                    } else if subject_word.is_some() {
                        vec![left]
                    } else {
                        coordinated(a, left, sentence.first)
                    };
                    // "Klobuchar, along with Senator Ron Wyden of Oregon, introduced a bill": a
                    // partner in a parenthesis acts too.
                    if let [one] = subjects[..]
                        && let Some(partner) = partner_after(a, a.mentions[one].last, c0)
                    {
                        subjects.push(partner);
                    }
                } else if ing && let Some(m) = opening_participle_subject(a, c0, c1, sentence.first, sentence.last) {
                    // "Citing an unfounded theory, Trump accused ...": the main clause's subject.
                    subjects.push(m);
                } else if adverbial {
                    subjects.extend(sentence_subject(a, sentence.first, c0));
                } else if participial || (after_and(a, c0, sentence.first) && !patient_left) {
                    // ("… the man showed symptoms and was suspected to have it": no one says it.)
                    // "..., saying ...": the subject of the main clause, else the sentence's first actor.
                    // "…, Putin might hesitate …, believing …": the nearest clause subject before the comma.
                    let clause = if participial { clause_subject(a, sentence.first, c0) } else { None };
                    // Of the two, the one nearer the participle: "It is late, Haddad said, adding ...".
                    let nearer = match (clause, *main_subject) {
                        (Some(c), Some(m)) if a.mentions[m].first > a.mentions[c].first && a.mentions[m].last < c0 => {
                            Some(m)
                        }
                        // "Trump lashed out at Mayor Bowser, accusing her of ...": "her" is not the one accusing.
                        (Some(c), m) if object_pronoun_is(a, c1, c) => m.filter(|&m| !object_pronoun_is(a, c1, m)),
                        (c, m) => c.or(m),
                    };
                    subjects.extend(nearer.or_else(|| first_actor(a, sentence.first, c0)));
                } else if let Some(m) = sentence_subject(a, sentence.first, c0)
                    && ((matches!(cue.frame, Frame::Say | Frame::Tell) && ing)
                        // ("took to Twitter to accuse Trump": a statement in deed words too.)
                        || ((matches!(cue.frame, Frame::Say | Frame::Tell) || deed_purpose(a, c0, cue))
                            && infinitive_of_purpose(a, c0, sentence.first)
                            && !(a.mentions[m].last..c0)
                                .any(|k| a.mention_at[k].is_some_and(|o| object_of_verb(a, o)))))
                {
                    // "Clinton took to Twitter to say ...": the subject of the clause the purpose belongs to
                    // (not "Haddad urged Berg to say ...", where someone else would speak).
                    // "Trump unleashed a series of tweets early Friday saying ...": the sentence's subject.
                    subjects.push(m);
                } else if cue.frame == Frame::Say
                    && inversion_ok(a, c0, sentence.first)
                    && pronoun_clause_at(a, c1, sentence.last)
                    && let Some(m) =
                        first_actor(a, sentence.first, c0).filter(|&m| a.mentions[m].first == sentence.first)
                {
                    // "Humphrey, who calls Trump a “sociopath,” said he doesn't believe ...": the
                    // actor opening the sentence, past its appositions.
                    subjects.push(m);
                } else if cue.frame == Frame::Say
                    // (Telling is never inverted: in "..., told Reuters" Reuters is the listener.)
                    && (inversion_ok(a, c0, sentence.first) || c0 == sentence.first)
                    && let Some(m) = inverted_speaker(a, c0, c1, sentence.first, sentence.last)
                {
                    subjects.push(m);
                    // ("Sam Solovey, a contestant on …, said his boss was kind": "his" is the speaker's
                    // own, and what was said follows the cue.)
                    let next = a.mentions[m].last;
                    inverted =
                        !(possessive_pronoun(a, m) && next < sentence.last && a.tokens[next].kind == TokenKind::Word);
                } else if cue.frame == Frame::Say
                    // ("databases containing user data were found": what was found, no document.)
                    && !patient_left
                    && let Some(h) = document_before(&a.lower, c0, sentence.first)
                {
                    // "A Quinnipiac University poll released in August found": the pollster, else the poll.
                    let ending_at = |k: usize| a.mention_at[k - 1].filter(|&m| a.mentions[m].last == k);
                    let owner = (h > sentence.first)
                        .then(|| ending_at(h))
                        .flatten()
                        .filter(|&m| a.mentions[m].actor == Some(ActorType::Organization));
                    subjects.extend(owner.or_else(|| ending_at(h + 1).filter(|&m| a.mentions[m].first <= h)));
                }
                // "we'll keep them posted": a pronoun in the object case does not speak ("most of them
                // said" is a share of a group that does).
                if !inverted && passive.is_none() {
                    subjects.retain(|&m| {
                        let k = a.mentions[m].first;
                        a.mentions[m].kind != MentionKind::Pronoun
                            || !matches!(a.lower[k].as_str(), "them" | "him" | "me" | "us" | "whom")
                            || (k > sentence.first && a.lower[k - 1] == "of")
                    });
                }
                if subjects.is_empty() {
                    return;
                }
                if cue.relation == RelationType::Supported && subjects.iter().any(|&m| measured_support(a, c0, m)) {
                    return;
                }
                if main_subject.is_none() && !participial {
                    *main_subject = Some(subjects[0]);
                }
                let subject_end = subjects.iter().map(|&m| a.mentions[m].last).max().unwrap_or(c0);
                // The object, directly after the cue (or its preposition).
                let mut after = c1;
                let mut more_objects = Vec::new();
                if passive.is_none() && matches!(cue.frame, Frame::Act | Frame::Prep | Frame::Tell) && !inverted {
                    let o = mention_starting(a, c1, sentence.last).or_else(|| {
                        (c1 + 1 < sentence.last && matches!(a.lower[c1].as_str(), "the" | "a" | "an"))
                            .then(|| mention_starting(a, c1 + 1, sentence.last))
                            .flatten()
                    });
                    // "defending his tweets": a possessive is not the object.
                    let possessive = |o: &usize| {
                        let k = a.mentions[*o].first;
                        a.mentions[*o].kind == MentionKind::Pronoun
                            && match a.lower[k].as_str() {
                                "his" | "its" | "their" => true,
                                // "criticized her remarks", not "urged her to ...".
                                "her" => possessive_her((k + 1 < sentence.last).then(|| a.lower[k + 1].as_str())),
                                _ => false,
                            }
                    };
                    // "spoke with her Tarsovan counterpart, Viktor Osk,": the name in apposition.
                    let o = match o {
                        Some(p) if possessive(&p) => apposition_after(a, a.mentions[p].last, sentence.last),
                        o => o,
                    };
                    // "banned Iranian airline Mahan Air": the company, not its country.
                    let o = o.map(|o| company_after_demonym(a, o, sentence.last).unwrap_or(o));
                    // "met officers Antoine Quirin and Nicolas Redouane": the names after a plural noun.
                    let o = o.map(|o| {
                        let m = &a.mentions[o];
                        let name = mention_starting(a, m.last, sentence.last).filter(|&n| {
                            a.mentions[n].kind == MentionKind::Name && a.mentions[n].actor == Some(ActorType::Person)
                        });
                        match name {
                            Some(n) if m.kind == MentionKind::Group && m.last == m.first + 1 => n,
                            _ => o,
                        }
                    });
                    // "met on Monday with Zalmay Khalilzad": a time phrase before the partner.
                    let o = o.or_else(|| {
                        let with = (c1 + 1..sentence.last.min(c1 + 5)).find(|&t| a.lower[t] == "with")?;
                        (cue.relation.is_symmetric() && time_phrase_start(a, with - 1, c1 - 1) == Some(c1))
                            .then(|| mention_starting(a, with + 1, sentence.last))
                            .flatten()
                    });
                    if o.is_none() && cue.frame == Frame::Tell {
                        after = listener_end(a, c1, sentence.last).unwrap_or(c1);
                    }
                    if let Some(o) = o {
                        after = a.mentions[o].last;
                        // "rejected Trump’s proposed wall": what was rejected starts after the "’s".
                        if a.mentions[o].possessive && after < sentence.last {
                            after += 1;
                        }
                        if takes_actor_object(cue.relation) {
                            object = Some(o);
                            more_objects = coordinated_objects(a, o, sentence.last);
                            if let Some(&last) = more_objects.last() {
                                after = a.mentions[last].last;
                            }
                        }
                    }
                }
                let window = (if inverted { c0 } else { subject_end.min(c0) }, c1);
                // "Trump attacked “the hateful ideology ...”": a person attacking no actor attacks in words.
                // ("captured the moment", "killed the bill" are not words.)
                let verbal = cue.relation == RelationType::Attacked
                    && a.lower[c0].starts_with("attack")
                    && object.is_none()
                    && passive.is_none()
                    && subjects.iter().all(|&m| a.mentions[m].actor == Some(ActorType::Person));
                let relation = if verbal { RelationType::Criticized } else { cue.relation };
                let base = Found { relation, ..base };
                let content = if relation.is_statement() && passive.is_none() {
                    // "Trump attacked Machado.": with nothing else said, the target is the content.
                    // (With coordinated objects, all of them: "criticized Haddad and Brandt.")
                    let objects_end = more_objects.last().map(|&o| a.mentions[o].last);
                    statement_content(a, self.lexicon, s, c0, after, &subjects, inverted)
                        .or_else(|| object.map(|o| (a.mentions[o].first, objects_end.unwrap_or(a.mentions[o].last))))
                } else {
                    None
                };
                // "two Democrats opposed, and one independent supported.": a vote, with nothing
                // said after it (the next clause is no content).
                let speaker_first = subjects.iter().map(|&m| a.mentions[m].first).min().unwrap_or(c0);
                // (Not a parenthetical "..., she said, but also ..." or a tag after a quotation:
                // what was said surrounds it.)
                let parenthetical = speaker_first > sentence.first
                    && (a.lower[speaker_first - 1] == "," || a.tokens[speaker_first - 1].kind == TokenKind::Quote);
                let next_clause = !parenthetical
                    && !inverted
                    && content.is_some_and(|(x, _)| {
                        x == after + 1 && a.lower[after] == "," && matches!(a.lower[x].as_str(), "and" | "but" | "or")
                    });
                if object.is_none() && next_clause {
                    return;
                }
                // "supporting the resolution; two Democrats opposed": a semicolon outside a
                // quotation ends what was said after the cue.
                let content = content.map(|(x, y)| {
                    // (Nor inside brackets: "a mass of 4.2 M☉ (Solar masses; ...)".)
                    let bracketed = |t: usize| {
                        let opened = (x..t).filter(|&q| a.lower[q] == "(").count();
                        opened > (x..t).filter(|&q| a.lower[q] == ")").count()
                    };
                    let semicolon = (x.max(c1)..y).find(|&t| {
                        a.lower[t] == ";"
                            && !a.quotes_near(t, t + 1).any(|&(open, close)| open < t && t < close)
                            && !bracketed(t)
                    });
                    semicolon.filter(|&t| t > x).map_or((x, y), |t| (x, t))
                });
                if cue.relation.is_symmetric() && object.is_none() && subjects.len() >= 2 {
                    // "Trump and Zelenskyy met": every pair.
                    for (k, &x) in subjects.iter().enumerate() {
                        for &y in &subjects[k + 1..] {
                            out.push(Found { subject: x, object: Some(y), window, ..base });
                        }
                    }
                    return;
                }
                if !relation.is_statement() && object.is_none() && relation != RelationType::Proposed {
                    return;
                }
                if relation == RelationType::Said
                    && content.is_none()
                    && object.is_none()
                    && !inverted
                    && intransitive_end(
                        a,
                        s,
                        (c0, c1),
                        subjects.iter().map(|&m| a.mentions[m].first).min().unwrap_or(c0),
                    )
                {
                    return;
                }
                for &subject in &subjects {
                    out.push(Found { subject, subject_word, object, content, window, ..base });
                    for &o in &more_objects {
                        out.push(Found { subject, subject_word, object: Some(o), content, window, ..base });
                    }
                }
            }
        }
    }

    /// "continued" going on with something other than speech: "continued to raise money",
    /// "continued campaigning", "continued their search" (but "“...,” he continued",
    /// "continued, saying"). In "continued to say" the cue is "say".
    fn continues_other_than_speech(&self, a: &Analysis, c0: usize, c1: usize) -> bool {
        if c1 != c0 + 1 || !matches!(a.lower[c0].as_str(), "continued" | "continues" | "continue" | "continuing") {
            return false;
        }
        let Some(next) = a.lower.get(c1).filter(|_| a.tokens[c1].kind == TokenKind::Word) else {
            return false;
        };
        let speech_at = |k: usize| k < a.lower.len() && statement_cues_at(self.lexicon, &a.lower, k).next().is_some();
        match next.as_str() {
            // ("continued to say": the verb after speaks for itself.)
            // ("continued by announcing": the verb after speaks for itself.)
            "to" | "by" => true,
            "as" | "unabated" | "apace" | "until" | "through" | "into" | "their" | "its" | "the" | "a" | "an" => true,
            w => w.ends_with("ing") && !speech_at(c1),
        }
    }

    fn record(&self, a: &Analysis, f: &Found) -> Option<RelationRecord> {
        if !f.relation.is_statement() && a.unnamed_group(f.subject) {
            return None;
        }
        let mut subject = match a.entity_ref(f.subject) {
            Some(subject) => subject,
            // "“...,” the spokesman said", with no one named as the spokesman: the role speaks.
            None if f.relation.is_statement() => unnamed_role(a, f.subject)?,
            None => return None,
        };
        if let Some(k) = f.subject_word {
            subject.mention = Some(a.span(k, k + 1));
        }
        // A place does not speak, but its government does: "The city of Phoenix is demanding ...".
        let first = a.mentions[f.subject].first;
        let government = first >= 2
            && a.lower[first - 1] == "of"
            && matches!(a.lower[first - 2].as_str(), "city" | "state" | "town" | "county" | "village" | "commonwealth");
        if subject.kind == ActorType::Location && f.relation.is_statement() && !government {
            return None;
        }
        // A statement stands without its target: "X asked the candidates to ..." when "the
        // candidates" names no one in particular.
        // ("ordered Khashoggi's killing", "demanded Haddad's release": who would undergo what
        // is asked for is not asked; "demanded Haddad's resignation" asks Haddad.)
        let owner = |o: usize| {
            let noun = a.mentions[o].last + 1;
            matches!(f.relation, RelationType::Requested | RelationType::Demanded)
                && a.mentions[o].possessive
                && a.lower.get(noun).is_some_and(|n| UNDERGONE.contains(&n.as_str()))
        };
        let mut object = match f.object.map(|o| a.entity_ref(o).filter(|_| !a.unnamed_group(o) && !owner(o))) {
            Some(None) if !f.relation.is_statement() => return None,
            o => o.flatten(),
        };
        // "called the report fake news" refutes it; "called Trump a clown" criticizes him.
        let labelled =
            (f.relation == RelationType::Said).then(|| label_kind(a, f.cue, a.sentences[f.sentence].last)).flatten();
        if labelled == Some(RelationType::Criticized) && object.is_none() {
            let target = a.mention_at[f.cue.1].filter(|&m| a.mentions[m].first == f.cue.1 && m != f.subject);
            object = target.and_then(|m| a.entity_ref(m)).filter(|o| o.kind != ActorType::Location);
        }
        // "Clinton visited Ohio": a place does not meet, talk or agree.
        if f.relation.is_symmetric() && object.as_ref().is_some_and(|o| o.kind == ActorType::Location) {
            return None;
        }
        let sentence = a.sentences[f.sentence];
        // "Trump attacked Clinton": between people an attack is verbal.
        let relation = match (&object, f.relation) {
            (Some(o), RelationType::Attacked) if subject.kind == ActorType::Person && o.kind == ActorType::Person => {
                RelationType::Criticized
            }
            // "suggested expanding the Court": a course of action suggested is a proposal.
            (_, RelationType::Said)
                if f.cue.1 == f.cue.0 + 1
                    && matches!(a.lower[f.cue.0].as_str(), "suggested" | "suggests" | "suggest" | "suggesting")
                    && a.lower.get(f.cue.1).is_some_and(|w| w.ends_with("ing") && w.len() > 5)
                    && a.mention_at[f.cue.1].is_none()
                    && a.tokens[f.cue.1].text(&a.doc.text).starts_with(|c: char| c.is_lowercase()) =>
            {
                RelationType::Proposed
            }
            (_, r) => r,
        };
        let relation = labelled.unwrap_or(relation);
        let content = f.content.map(|(x, y)| a.span(x, y));
        let mut about: Vec<EntityRef> = Vec::new();
        if let Some((x, y)) = f.content {
            // The speaker's own state or body is not what the statement is about.
            let own = a.mentions[f.subject].affiliation.and_then(|m| a.entity_id(m));
            for m in a.mentions_starting_in(x, y) {
                let mention = &a.mentions[m];
                // A bare group noun ("workers", "members") says too little to be a target; nor
                // does a pronoun for a body or group.
                let bare_group = (mention.kind == MentionKind::Group
                    && mention.last - mention.first == 1
                    && mention.affiliation.is_none())
                    || mention.kind == MentionKind::Phrase
                    // "it", "them": as often things as actors ("dismissing them as political
                    // strategies", "“It is never an easy decision”").
                    || (mention.kind == MentionKind::Pronoun && mention.actor.is_none())
                    || a.unnamed_group(m);
                if mention.first >= x
                    && mention.last <= y
                    && !mention.inside
                    && !bare_group
                    && let Some(id) = a.entity_id(m)
                    && own != Some(id)
                    && id != subject.id
                    && !about.iter().any(|e| e.id == id)
                    && let Some(r) = a.entity_ref(m)
                {
                    about.push(r);
                }
            }
        }
        let (w0, w1) = f.window;
        // ("not only implying …, but also recommending …" denies nothing.)
        let not_only =
            |k: usize| a.lower[k] == "not" && a.lower.get(k + 1).is_some_and(|n| matches!(n.as_str(), "only" | "just"));
        let negated = (w0..w1).any(|k| a.is(k, NEGATION) && !not_only(k))
            || (f.cue.0 > sentence.first && a.lower[f.cue.0 - 1] == "no");
        // A statement's own verb is no hedge on it: "the agency reported that ..." is
        // plain, where "the reported attack" and "possible punitive actions" are hedged.
        let in_verb = |k: usize| {
            (f.cue.0..f.cue.1).contains(&k)
                && matches!(a.lower[k].as_str(), "reported" | "expected" | "consider" | "considering")
        };
        // Nor is what was said: "police said further charges may be laid" was said.
        let in_content = |k: usize| f.content.is_some_and(|(x, y)| (x..y).contains(&k));
        let hedged =
            (w0..w1).any(|k| a.is(k, HEDGE) && !in_verb(k) && !in_content(k)) || hedged_context(a, f, &in_content);
        // ("Omar Haddad of the Harbor Authority": a member, of no named role.)
        let role =
            (relation == RelationType::AffiliatedWith).then(|| a.span(f.cue.0, f.cue.1).text).filter(|r| r != "of");
        Some(RelationRecord {
            doc: a.doc.id.clone(),
            sentence: f.sentence,
            relation,
            subject,
            object,
            cue: a.span(f.cue.0, f.cue.1),
            content,
            about,
            negated,
            hedged,
            cameo: relation.cameo().map(str::to_owned),
            evidence: a.span(sentence.first, sentence.last),
            role,
            date: a.doc.date.clone(),
        })
    }
}

/// Labels of a picture's caption or credit before a colon (also glued to a name).
const CAPTION_LABELS: &[&str] = &["image", "photo", "picture", "credit", "caption", "file"];

/// Hazards warned of, not threats made: "storm warnings", "travel warning".
const HAZARDS: &[&str] = &[
    "storm",
    "hurricane",
    "tornado",
    "tsunami",
    "flood",
    "weather",
    "travel",
    "heat",
    "fire",
    "gale",
    "frost",
    "cyclone",
    "typhoon",
    "snow",
    "wind",
    "avalanche",
    "health",
    "safety",
    "evacuation",
    "surf",
];

/// Words that call a claim false: "called the report fake news".
const FALSEHOODS: &[&str] = &[
    "false",
    "untrue",
    "lie",
    "lies",
    "fake",
    "baseless",
    "inaccurate",
    "misleading",
    "fabricated",
    "bogus",
    "unfounded",
    "groundless",
    "hoax",
    "incorrect",
    "fiction",
    "fictitious",
    "nonsense",
];

/// Words that call someone names: "called Trump a clown", "a national embarrassment".
const INSULTS: &[&str] = &[
    "disgrace",
    "disgraceful",
    "embarrassment",
    "clown",
    "racist",
    "liar",
    "fraud",
    "failure",
    "idiot",
    "moron",
    "bully",
    "coward",
    "hypocrite",
    "traitor",
    "incompetent",
    "corrupt",
    "criminal",
    "menace",
    "dictator",
    "tyrant",
    "fascist",
    "thug",
    "puppet",
    "arsonist",
    "unfit",
    "betrayal",
    "shameful",
    "outrageous",
    "appalling",
    "disgusting",
    "pathetic",
    "loser",
    "crook",
    "buffoon",
    "demagogue",
];

/// What calling something a name does: [`RelationType::Refuted`] for a falsehood
/// ("called the statement “absolutely false”"), [`RelationType::Criticized`] for an
/// insult ("called Trump a “national embarrassment”"), within a few words of the cue.
fn label_kind(a: &Analysis, (c0, c1): (usize, usize), last: usize) -> Option<RelationType> {
    let calling = matches!(
        a.lower[c0].as_str(),
        "called" | "calls" | "call" | "calling" | "labeled" | "labelled" | "branded" | "dubbed" | "described"
    );
    if !calling {
        return None;
    }
    let words =
        (c1..last.min(c1 + 8)).take_while(|&k| !matches!(a.lower[k].as_str(), "." | ";" | "and" | "but" | "because"));
    let mut kind = None;
    for k in words {
        let w = a.lower[k].as_str();
        if FALSEHOODS.contains(&w) {
            return Some(RelationType::Refuted);
        }
        if INSULTS.contains(&w) {
            kind = Some(RelationType::Criticized);
        }
    }
    kind
}

/// The owner in "his …" or "Trump’s …" right before token `k`: a possessive pronoun or name.
fn possessor_before(a: &Analysis, k: usize, first: usize) -> Option<usize> {
    if k <= first {
        return None;
    }
    let m = match a.lower[k - 1].as_str() {
        "his" | "her" | "their" | "its" => a.mention_at[k - 1].filter(|&m| a.mentions[m].first == k - 1)?,
        "'s" | "’s" if k - 1 > first => {
            a.mention_at[k - 2].filter(|&m| a.mentions[m].last == k - 1 && a.mentions[m].possessive)?
        }
        _ => return None,
    };
    a.mentions[m].actor.is_some_and(|t| t != ActorType::Location).then_some(m)
}

/// A role noun ("the spokesman") that no name in the text fills, as an actor of its own.
fn unnamed_role(a: &Analysis, m: usize) -> Option<EntityRef> {
    let mention = &a.mentions[m];
    // "Ruth Abara, the finance minister,": a role in apposition belongs to the name before it.
    let apposition = mention.first > a.sentences[mention.sentence].first + 1
        && a.lower[mention.first - 1] == ","
        && a.mention_at[mention.first - 2]
            .is_some_and(|n| a.mentions[n].kind == MentionKind::Name && a.mentions[n].last == mention.first - 1);
    if mention.kind != MentionKind::Role || mention.head_first >= mention.last || apposition {
        return None;
    }
    // "the president of Turkey": the role with its place.
    let place = a
        .mention_at
        .get(mention.last + 1)
        .copied()
        .flatten()
        .filter(|&q| a.lower[mention.last] == "of" && a.mentions[q].first == mention.last + 1 && is_place(a, q));
    // (As written: "the mayor of London" is no mayor of the United Kingdom.)
    let name = match place {
        Some(q) => a.span(mention.head_first, a.mentions[q].last).text,
        None => a.span(mention.head_first, mention.last).text,
    };
    let id = slug(&name);
    (!id.is_empty()).then(|| EntityRef {
        id,
        name,
        kind: ActorType::Person,
        mention: Some(a.span(mention.first, mention.last)),
    })
}

fn takes_actor_object(r: RelationType) -> bool {
    !matches!(r, RelationType::Said | RelationType::Proposed | RelationType::Refuted | RelationType::Promised)
}

/// Does `cue` match at token `i`? Returns the end of the cue.
fn matches(a: &Analysis, i: usize, end: usize, cue: &Cue) -> Option<usize> {
    // A name inside the phrase breaks it; a pronoun is one of its words ("put it", "called them").
    let name_at = |k: usize| a.mention_at[k].is_some_and(|m| a.mentions[m].kind != MentionKind::Pronoun);
    // One adverb may come between the words: "spoke emotionally of", "pointed directly to".
    let adverb =
        |k: usize| a.lower[k].ends_with("ly") && a.lower[k].len() > 4 && !LY_NOUNS.contains(&a.lower[k].as_str());
    let mut j = i;
    let mut skipped = false;
    for (k, word) in cue.words.iter().enumerate() {
        if k > 0 && !skipped && j + 1 < end && a.lower[j] != *word && adverb(j) && a.lower[j + 1] == *word {
            j += 1;
            skipped = true;
        }
        if j >= end || a.lower[j] != *word || (k > 0 && name_at(j)) {
            return None;
        }
        j += 1;
    }
    let n = j - i;
    // "“Is he running?” asked X", "“Who knows?” he asked": the question comes before; for a
    // speech verb, any quotation: "“We will fight,” he continued."
    // (Not a question that ended the sentence before: "... resign?” Trump asked Congress to ...".)
    let question_before = |k: usize| {
        k >= 2
            && !a.starts_sentence(k)
            && a.tokens[k - 1].kind == TokenKind::Quote
            && (a.lower[k - 2] == "?" || (cue.frame == Frame::Say && matches!(a.lower[k - 2].as_str(), "," | "!")))
    };
    // (Asked only for a cue with needs: this runs for every cue word in the text.)
    let after_question = || {
        let subject_first = (i > 0).then(|| a.mention_at[i - 1]).flatten().map(|m| a.mentions[m].first);
        // ("“Why not?” a narrator in the ad asks.": past a few plain words to the question.)
        let phrase_first =
            || (i.saturating_sub(8)..i).rev().take_while(|&k| a.tokens[k].kind == TokenKind::Word).last();
        !a.starts_sentence(i)
            && (question_before(i)
                || subject_first.is_some_and(question_before)
                || phrase_first().is_some_and(question_before))
    };
    if !cue.needs.is_empty() && !after_question() {
        let window = (i + n)..(i + n + 4).min(end);
        // An opening quotation mark may come after a longer object: "called half of his
        // supporters “deplorables”".
        // ("asked for a photo, and Haddad said “...”" asks for something.)
        let quoted = a.lower.get(i + n).is_some_and(|w| w != "for")
            && (i + n..(i + n + 8).min(end))
                .take_while(|&k| !matches!(a.lower[k].as_str(), "." | ";" | ":" | ","))
                .any(|k| a.tokens[k].kind == TokenKind::Quote && cue.needs.contains(&a.lower[k]));
        if !quoted && !window.clone().any(|k| cue.needs.contains(&a.lower[k])) {
            return None;
        }
    }
    // A capitalised verb inside a sentence is a name, not a cue ("Support Act").
    let t = &a.tokens[i];
    let first_char_upper = t.text(&a.doc.text).chars().next().is_some_and(char::is_uppercase);
    let sentence_start = a.starts_sentence(i);
    // Headlines capitalise verbs: "Lindsey Graham Says ...", allowed right after an actor.
    let after_actor = i > 0 && a.mention_at[i - 1].is_some_and(|m| a.mentions[m].last == i);
    let after_quote = i > 0 && a.tokens[i - 1].kind == TokenKind::Quote;
    if first_char_upper && !(sentence_start || after_actor || after_quote) {
        return None;
    }
    Some(i + n)
}

/// Token `k` is "’s" standing for "is" or "has" after a pronoun: "He’s claiming".
fn contracted_verb(a: &Analysis, k: usize, first: usize) -> bool {
    k > first
        && a.lower[k] == "'s"
        && (a.mention_at[k - 1].is_some_and(|m| a.mentions[m].kind == MentionKind::Pronoun)
            || matches!(a.lower[k - 1].as_str(), "that" | "who" | "there"))
}

/// The first of the auxiliaries and adverbs ("has", "also", "repeatedly") right before token `c0`.
fn past_gap_words(a: &Analysis, c0: usize, first: usize) -> usize {
    let mut k = c0;
    // "-ly" after a determiner is a noun: "the family said".
    let adverb = |k: usize| {
        a.lower[k].ends_with("ly")
            && a.lower[k].len() > 4
            && !(k > first && NOT_BEFORE_VERB.contains(&a.lower[k - 1].as_str()))
    };
    while k > first && (adverb(k - 1) || (a.is(k - 1, GAP_WORD) && a.lower[k - 1] != "to")) {
        k -= 1;
    }
    k
}

/// A verb coordinated with the one before: "... and (repeatedly) says".
fn after_and(a: &Analysis, c0: usize, first: usize) -> bool {
    let k = past_gap_words(a, c0, first);
    // "... and said", "..., but later told reporters", "..., then says"
    k > first
        && (matches!(a.lower[k - 1].as_str(), "and" | "but")
            // "..., then says", "... openness from others, yet refuses to ...".
            || (a.lower[k - 1] == "," && matches!(a.lower[k].as_str(), "then" | "yet"))
            || (a.lower[k - 1] == "yet" && k > first + 1 && a.lower[k - 2] == ","))
}

/// Objects joined to the object `o` by "and" (or commas and "and"): "met Antoine Quirin and
/// Nicolas Redouane", "urged Russia, Ukraine and Belarus". Names and known actors of the same
/// kind only, and none that owns what follows ("and Trump's plan").
fn coordinated_objects(a: &Analysis, o: usize, end: usize) -> Vec<usize> {
    let first = &a.mentions[o];
    let mut out = Vec::new();
    let mut k = first.last;
    while out.len() < 4 && k + 1 < end && matches!(a.lower[k].as_str(), "and" | ",") {
        // ", and" or "and" ends the list; a lone comma goes on with it.
        let next = if a.lower[k] == "," && a.lower[k + 1] == "and" { k + 2 } else { k + 1 };
        let last_one = next > k + 1 || a.lower[k] == "and";
        let Some(n) = mention_starting(a, next, end) else { break };
        let m = &a.mentions[n];
        if !matches!(m.kind, MentionKind::Name | MentionKind::Known) || m.actor != first.actor || m.possessive {
            break;
        }
        out.push(n);
        k = m.last;
        if last_one {
            return out;
        }
    }
    // ("met Putin, Xi" is no list without its "and".)
    Vec::new()
}

/// The mention that starts at token `i` (an outermost one), if any.
fn mention_starting(a: &Analysis, i: usize, end: usize) -> Option<usize> {
    if i >= end {
        return None;
    }
    let m = a.mention_at[i]?;
    (a.mentions[m].first == i).then_some(m)
}

/// The mention that ends right before token `end` (exclusive end), if any.
fn mention_ending(a: &Analysis, end: usize) -> Option<usize> {
    let m = a.mention_at[end.checked_sub(1)?]?;
    (a.mentions[m].last == end).then_some(m)
}

/// The mention at token `i`, or after a determiner there: "the Roper Center".
fn mention_after(a: &Analysis, i: usize, end: usize) -> Option<usize> {
    mention_starting(a, i, end).or_else(|| {
        (i + 1 < end && matches!(a.lower[i].as_str(), "the" | "a" | "an"))
            .then(|| mention_starting(a, i + 1, end))
            .flatten()
    })
}

/// The mention after a determiner and up to three modifiers: "a new Gallup poll", "the nonpartisan Tax Foundation".
fn modified_mention(a: &Analysis, i: usize, end: usize) -> Option<usize> {
    let plain = |k: usize| a.tokens[k].kind == TokenKind::Word && a.mention_at[k].is_none();
    if !matches!(a.lower.get(i)?.as_str(), "the" | "a" | "an") {
        // "according to conservative talk radio host Rush Limbaugh": lowercase words before a name.
        let lowercase = |k: usize| plain(k) && a.tokens[k].text(&a.doc.text).starts_with(char::is_lowercase);
        if let Some(k) = (i..end.min(i + 5)).find(|&k| !lowercase(k))
            && let Some(m) = (k > i).then(|| mention_starting(a, k, end)).flatten()
            && a.mentions[m].kind == MentionKind::Name
        {
            return Some(m);
        }
        // "according to several party officials", "according to Democratic officials": any words
        // that are no name before an unnamed group.
        let k = (i..end.min(i + 5)).find(|&k| !plain(k))?;
        return (k > i)
            .then(|| mention_starting(a, k, end))
            .flatten()
            .filter(|&m| a.mentions[m].kind == MentionKind::Group);
    }
    (i + 2..end.min(i + 5)).take_while(|&k| plain(k - 1)).find_map(|k| mention_starting(a, k, end))
}

/// A name in apposition after a short noun phrase starting at `i`: "counterpart, Viktor Osk".
fn apposition_after(a: &Analysis, i: usize, end: usize) -> Option<usize> {
    let comma = (i..end.min(i + 5)).find(|&k| a.tokens[k].kind != TokenKind::Word)?;
    if comma == i || a.lower[comma] != "," {
        return None;
    }
    let m = mention_starting(a, comma + 1, end)?;
    let closed = a.mentions[m].last >= end || a.tokens[a.mentions[m].last].kind != TokenKind::Word;
    (a.mentions[m].kind == MentionKind::Name && closed).then_some(m)
}

/// An inner mention (a modifier such as "Ukrainian" in "Ukrainian drone") that ends at token `i`.
fn inside_mention_ending(a: &Analysis, i: usize) -> Option<usize> {
    a.mentions_starting_in(i.saturating_sub(8), i + 1)
        .find(|&m| a.mentions[m].last == i + 1 && a.mentions[m].kind == MentionKind::Known)
}

/// Verbs whose subject receives what the noun after them names: "drew criticism",
/// "faced condemnation", "won praise".
const RECEIVING: &[&str] = &[
    "drew",
    "draw",
    "draws",
    "drawn",
    "drawing",
    "faced",
    "face",
    "faces",
    "facing",
    "received",
    "receive",
    "receives",
    "receiving",
    "attracted",
    "attract",
    "attracts",
    "attracting",
    "earned",
    "earn",
    "earns",
    "earning",
    "won",
    "win",
    "wins",
    "winning",
    "under",
];

/// Lowercase words before a name between commas that make it no apposition of
/// the subject: "Local authorities, according to Maritime Bulletin, have noted",
/// "others, including Fox News reporter Jennifer Griffin, confirmed".
const NOT_OCCUPATIONS: &[&str] = &[
    "and",
    "or",
    "but",
    "nor",
    "who",
    "which",
    "that",
    "said",
    "says",
    "according",
    "to",
    "including",
    "like",
    "such",
    "as",
    "in",
    "of",
    "for",
    "with",
    "from",
    "by",
    "at",
    "on",
    "one",
    "even",
    "also",
    "not",
    "than",
    "among",
    "via",
    "unlike",
    "besides",
    "except",
    "namely",
];

/// Is mention `m` a place (a location or a country)?
fn is_place(a: &Analysis, m: usize) -> bool {
    matches!(a.mentions[m].actor, Some(ActorType::Location | ActorType::Country))
}

/// Is the place mention `m` the object of a preposition ("of Texas", "from Englewood")?
fn in_place_phrase(a: &Analysis, m: usize) -> bool {
    let f = a.mentions[m].first;
    f > 0 && matches!(a.lower[f - 1].as_str(), "of" | "from" | "in" | "at")
}

/// If token `p` ends a dash ("—", "–", "--" or "- -"), the dash's first token.
fn dash_start(a: &Analysis, p: usize, first: usize) -> Option<usize> {
    match a.lower[p].as_str() {
        "—" | "–" | "--" => Some(p),
        "-" if p > first && a.lower[p - 1] == "-" => Some(p - 1),
        // "Donald Trump - who ... - said": a hyphen with a space on each side.
        "-" if p > first
            && p + 1 < a.tokens.len()
            && a.tokens[p - 1].end < a.tokens[p].start
            && a.tokens[p].end < a.tokens[p + 1].start =>
        {
            Some(p)
        }
        _ => None,
    }
}

/// Prepositions that attach a phrase to a speaker: "a spokesman for the company".
const PP_HEADS: &[&str] = &["of", "for", "at", "from", "with", "in", "on"];

/// The person, role or group mention right before a preposition that ends at token `start`
/// (after an optional article): the head of "attorneys for the family"; or the body before
/// "of": "the Supreme Court of the United Kingdom".
fn head_before_preposition(a: &Analysis, start: usize, first: usize) -> Option<usize> {
    let mut p = start;
    // "Nikki Holland of the UK's National Crime Agency": past the body's owner.
    if p > first + 1
        && matches!(a.lower[p - 1].as_str(), "'s" | "’s")
        && let Some(owner) = a.mention_at[p - 2].filter(|&m| a.mentions[m].last == p - 1 || a.mentions[m].last == p)
    {
        p = a.mentions[owner].first;
    }
    if p > first && matches!(a.lower[p - 1].as_str(), "the" | "a" | "an") {
        p -= 1;
    }
    if p <= first + 1 || !a.is(p - 1, PP_HEAD) {
        return None;
    }
    // "Republicans on the committee", but not "Machado on Friday": a time is no group to belong to.
    let time = |w: &str| WEEKDAYS.contains(&w) || MONTHS.contains(&w) || TIME_WORDS.contains(&w);
    if a.lower[p - 1] == "on" && time(a.lower[start].as_str()) {
        return None;
    }
    let m = a.mention_at[p - 2].filter(|&m| a.mentions[m].last == p - 1)?;
    let mention = &a.mentions[m];
    let person_like = matches!(mention.kind, MentionKind::Role | MentionKind::Group | MentionKind::Phrase)
        || (mention.kind == MentionKind::Name && mention.actor == Some(ActorType::Person))
        || mention.actor == Some(ActorType::Group);
    // "The Supreme Court of the United Kingdom ruled": a body of a country or of a larger body.
    let body_of = mention.actor == Some(ActorType::Organization) && a.lower[p - 1] == "of";
    (person_like || body_of).then_some(m)
}

/// The person, role or group whose prepositional phrases end at token `end`:
/// "The deputy head of China’s delegation to the forum", "Mr. Smith of the union in Ohio".
fn head_before_phrases(a: &Analysis, end: usize, first: usize) -> Option<usize> {
    let p = noun_phrase_before(&a.doc.text, &a.tokens, &a.lower, first, end).filter(NounPhrase::has_phrases)?;
    let noun = p.noun(&a.lower);
    let m = a.mention_at[noun].filter(|&m| a.mentions[m].last == noun + 1)?;
    let mention = &a.mentions[m];
    let person_like = matches!(mention.kind, MentionKind::Role | MentionKind::Group | MentionKind::Phrase)
        || (mention.kind == MentionKind::Name && mention.actor == Some(ActorType::Person));
    person_like.then_some(m)
}

/// An apostrophe that marks a plural possessive ("veterans’ families"), not a quotation.
fn possessive_apostrophe(a: &Analysis, p: usize) -> bool {
    let t = &a.tokens[p];
    p > 0
        && matches!(t.text(&a.doc.text), "'" | "’")
        && a.tokens[p - 1].end == t.start
        && a.lower[p - 1].ends_with('s')
        && a.tokens.get(p + 1).is_some_and(|n| n.start > t.end && n.kind == TokenKind::Word)
}

/// The company named after the country adjective `o` and a company noun:
/// "Chinese company Huawei", "Iranian airline Mahan Air".
fn company_after_demonym(a: &Analysis, o: usize, last: usize) -> Option<usize> {
    let m = &a.mentions[o];
    let demonym = m.known.as_ref().is_some_and(|k| k.via == Via::Demonym && k.kind == ActorType::Country);
    let noun = m.last;
    if !demonym || noun + 1 >= last || !COMPANY_NOUNS.contains(&a.lower[noun].as_str()) {
        return None;
    }
    mention_starting(a, noun + 1, last).filter(|&n| {
        let name = &a.mentions[n];
        matches!(name.kind, MentionKind::Name | MentionKind::Known)
            && matches!(name.actor, Some(ActorType::Organization) | None)
    })
}

/// The first token of a short time phrase ending at token `k` ("on Tuesday",
/// "in 2010", "last week", "this month"), if there is one.
fn time_phrase_start(a: &Analysis, k: usize, first: usize) -> Option<usize> {
    let w = a.lower[k].as_str();
    let year = w.len() == 4 && w.chars().all(|c| c.is_ascii_digit());
    let day = WEEKDAYS.contains(&w) || matches!(w, "yesterday" | "today");
    let unit = matches!(w, "week" | "month" | "year" | "night" | "morning" | "afternoon" | "evening" | "weekend");
    // "in August", "in late August", "last September" ("may" is a verb more often than a month).
    let month =
        (MONTHS.contains(&w) || MONTH_ABBREVIATIONS.contains(&w)) && w != "may" && a.tokens[k].kind == TokenKind::Word;
    // "in the past", "over the past two years", "in recent weeks".
    let units = matches!(w, "weeks" | "months" | "years" | "days" | "decades" | "decade");
    if (w == "past" || unit || units) && k > first + 1 {
        let mut p = k;
        while p > first + 1
            && (a.tokens[p - 1].kind == TokenKind::Number
                || matches!(a.lower[p - 1].as_str(), "few" | "several" | "two" | "three"))
        {
            p -= 1;
        }
        let span_word =
            if w == "past" { p == k } else { matches!(a.lower[p - 1].as_str(), "past" | "last" | "recent") };
        if span_word {
            let mut q = if w == "past" { k } else { p - 1 };
            if q > first && a.lower[q - 1] == "the" {
                q -= 1;
            }
            if q > first && matches!(a.lower[q - 1].as_str(), "in" | "over" | "during" | "for") {
                return Some(q - 1);
            }
        }
    }
    if !(year || day || unit || month) || k == first {
        return None;
    }
    let before = a.lower[k - 1].as_str();
    // "on Thursday evening", "yesterday morning": the day opens the phrase.
    if unit && (WEEKDAYS.contains(&before) || before == "yesterday") {
        return time_phrase_start(a, k - 1, first);
    }
    if matches!(before, "on" | "in" | "last" | "this" | "earlier" | "late" | "early" | "during" | "mid") {
        let p = k - 1;
        // "earlier this week", "in late August"
        let extra = p > first
            && (matches!(a.lower[p - 1].as_str(), "earlier" | "later")
                || (matches!(before, "late" | "early" | "mid") && a.lower[p - 1] == "in"));
        return Some(if extra { p - 1 } else { p });
    }
    // "Sanders Tuesday said"
    (day && !matches!(before, "," | "the")).then_some(k)
}

/// "Polls showed support for de Blasio": is token `verb` a form of "show" whose subject `m`
/// is a document that measures ("polls", "a Gallup survey", "data")? The support a poll
/// measures is not its own.
fn measured_support(a: &Analysis, verb: usize, m: usize) -> bool {
    let head = a.lower[a.mentions[m].head_last - 1].as_str();
    matches!(a.lower[verb].as_str(), "show" | "shows" | "showed" | "shown" | "showing")
        && (DOCUMENT_NOUNS.contains(&head) || head.strip_suffix('s').is_some_and(|h| DOCUMENT_NOUNS.contains(&h)))
}

/// The closest actor before `end` that opens a clause: not after a preposition,
/// and followed by a verb-like word rather than a preposition or punctuation.
fn clause_subject(a: &Analysis, first: usize, end: usize) -> Option<usize> {
    let mut k = end;
    while k > first {
        k -= 1;
        // A quotation closes the clause: "“It is late,” Haddad said, adding ..." has no subject "It".
        if a.tokens[k].kind == TokenKind::Quote && !possessive_apostrophe(a, k) {
            return None;
        }
        let Some(m) = a.mention_at[k] else { continue };
        let mention = &a.mentions[m];
        if mention.last != k + 1 {
            continue;
        }
        k = mention.first;
        let after = mention.last;
        if after >= end || a.tokens[after].kind != TokenKind::Word {
            continue;
        }
        let next = a.lower[after].as_str();
        let verb_like = a.is(after, GAP_WORD) && next != "to";
        // ("about the Proud Boys": past an article.)
        let opening = if mention.first > first + 1 && matches!(a.lower[mention.first - 1].as_str(), "the" | "a" | "an")
        {
            mention.first - 1
        } else {
            mention.first
        };
        let after_preposition = opening > first
            && matches!(
                a.lower[opening - 1].as_str(),
                "of" | "to" | "with" | "by" | "for" | "about" | "against" | "on" | "from" | "in" | "at"
            );
        if verb_like && !after_preposition && a.mentions[m].kind != MentionKind::Phrase && next != "'s" {
            return Some(m);
        }
    }
    None
}

/// Is mention `o` a verb's object ("urged Haddad to say"), not inside another mention or after a
/// preposition ("took to Twitter to say")?
fn object_of_verb(a: &Analysis, o: usize) -> bool {
    let f = a.mentions[o].first;
    let after_preposition = f > 0 && (a.is(f - 1, PP_HEAD) || matches!(a.lower[f - 1].as_str(), "to" | "on"));
    !a.mentions[o].inside && !after_preposition
}

/// Is the cue at `c0` an infinitive of purpose: "took to Twitter to say", "visited the show to discuss"?
fn infinitive_of_purpose(a: &Analysis, c0: usize, first: usize) -> bool {
    // Not a verb of knowing or writing ("the right to know", "markers to write notes"), nor the
    // purpose of a meeting ("met Witkoff to discuss a ceasefire": the meeting is the relation), nor
    // after a verb or noun that takes an infinitive ("needs to tell", "the opportunity to comment").
    let speech = !matches!(
        a.lower[c0].as_str(),
        "know"
            | "see"
            | "think"
            | "read"
            | "write"
            | "mention"
            | "comment"
            | "justify"
            | "convince"
            | "find"
            | "discuss"
            | "talk"
            | "speak"
    );
    let before = a.lower[c0 - 2].as_str();
    let takes_infinitive = CONTROL_VERBS.contains(&before)
        || matches!(
            before,
            "need"
                | "needs"
                | "needed"
                | "have"
                | "has"
                | "had"
                | "right"
                | "able"
                | "unable"
                | "help"
                | "helped"
                | "helps"
                | "seem"
                | "seems"
                | "seemed"
                | "opportunity"
                | "chance"
                | "continue"
                | "continues"
                | "continuing"
                | "continued"
                | "going"
                | "used"
                | "allowing"
                | "allow"
                | "allows"
                | "enough"
                | "many"
                | "much"
                | "expected"
                | "likely"
                | "began"
                | "begin"
                | "begins"
                | "started"
                | "refused"
                | "declined"
        );
    c0 > first + 1 && a.lower[c0 - 1] == "to" && speech && !takes_infinitive
}

/// A statement verb other than a speech verb as the purpose of its clause: "took to Twitter
/// to accuse Trump", "went on to criticize". Not a noun ("did not respond to requests") and
/// not after a noun or adjective that takes an infinitive ("under pressure to offer", "a place
/// to offer support", "ready to push for").
fn deed_purpose(a: &Analysis, c0: usize, cue: &Cue) -> bool {
    let w = a.lower[c0].as_str();
    let base_form = !w.ends_with('s') || w.ends_with("ss");
    let before = a.lower[c0 - 2].as_str();
    cue.relation.is_statement()
        && base_form
        && !matches!(before, "pressure" | "place" | "ready" | "whether" | "allowed" | "way" | "willing")
}

/// The partner in ", along with Y," or ", together with Y," right after a
/// subject that ends at token `k`, before the verb at `c0`: a person or a body,
/// whose parenthesis closes just before the verb.
fn partner_after(a: &Analysis, k: usize, c0: usize) -> Option<usize> {
    if k + 4 >= c0
        || a.lower[k] != ","
        || !matches!(a.lower[k + 1].as_str(), "along" | "together")
        || a.lower[k + 2] != "with"
    {
        return None;
    }
    let m = mention_starting(a, k + 3, c0)?;
    let mention = &a.mentions[m];
    // Past "of Oregon" after a titled name.
    let mut end = mention.last;
    if end + 1 < c0
        && a.lower[end] == "of"
        && let Some(place) = mention_starting(a, end + 1, c0)
    {
        end = a.mentions[place].last;
    }
    let closes = (end..c0).all(|t| matches!(a.lower[t].as_str(), "," | "also" | "then" | "jointly"));
    let actor = matches!(mention.actor, Some(ActorType::Person | ActorType::Organization | ActorType::Country))
        && mention.kind != MentionKind::Pronoun;
    (closes && end < c0 && a.lower[end] == "," && actor).then_some(m)
}

/// The actor that opens the sentence as its subject, followed by its verb: "Trump unleashed ...".
fn sentence_subject(a: &Analysis, first: usize, end: usize) -> Option<usize> {
    let start = if matches!(a.lower[first].as_str(), "but" | "and" | "so" | "yet") { first + 1 } else { first };
    let m = mention_starting(a, start, end)?;
    let mention = &a.mentions[m];
    let verb = mention.last + 1 < end
        && a.tokens[mention.last].kind == TokenKind::Word
        && a.tokens[mention.last].text(&a.doc.text).starts_with(|c: char| c.is_lowercase())
        && a.lower[mention.last] != "'s"
        && a.lower[mention.last] != "’s";
    (verb && mention.actor.is_some() && mention.kind != MentionKind::Phrase).then_some(m)
}

/// The first actor mentioned in tokens `first..end` that is not inside another mention.
fn first_actor(a: &Analysis, first: usize, end: usize) -> Option<usize> {
    (first..end).filter_map(|k| a.mention_at[k]).find(|&m| {
        let mention = &a.mentions[m];
        // A dateline ("BRUSSELS - European leaders ...") says where, not who.
        let dateline = mention.first == first
            && mention.last < end
            && matches!(a.lower[mention.last].as_str(), "-" | "—" | "–" | "," | "(")
            && (mention.first..mention.last).all(|t| {
                let word = a.tokens[t].text(&a.doc.text);
                !word.chars().any(char::is_lowercase)
            });
        !dateline
            && mention.first >= first
            && !(mention.first > first
                && matches!(
                    a.lower[mention.first - 1].as_str(),
                    "of" | "to" | "with" | "by" | "for" | "about" | "against" | "on" | "from"
                ))
    })
}

/// The subject and any actors coordinated with it: "Cruz and Rooney", "A, B and C".
fn coordinated(a: &Analysis, m: usize, first: usize) -> Vec<usize> {
    let mut out = vec![m];
    let mut start = a.mentions[m].first;
    loop {
        if start < first + 2 {
            break;
        }
        // "Trump and some Democrats", "Cruz and fellow Republican Representative Rooney":
        // a determiner or up to two modifiers may open the second conjunct.
        let mut sep_at = start - 1;
        let mut modifiers = 0;
        while sep_at > first + 1 && modifiers < 2 {
            let w = a.lower[sep_at].as_str();
            let modifier = matches!(w, "some" | "the" | "other" | "several" | "many" | "fellow" | "former")
                || a.mention_at[sep_at].is_some_and(|m| a.mentions[m].last - a.mentions[m].first == 1)
                || (a.mention_at[sep_at].is_none()
                    && a.tokens[sep_at].text(&a.doc.text).chars().next().is_some_and(char::is_uppercase));
            if !modifier {
                break;
            }
            sep_at -= 1;
            modifiers += 1;
        }
        // "X and incoming chair of the committee Y both ...": "both" licenses a longer second conjunct.
        let both = out.len() == 1 && a.lower.get(a.mentions[m].last).is_some_and(|w| w == "both");
        if both && !matches!(a.lower[sep_at].as_str(), "and" | "or") {
            let and = (start.saturating_sub(10).max(first + 1)..start).rev().find(|&k| a.lower[k] == "and");
            if let Some(k) = and {
                sep_at = k;
            }
        }
        let sep = a.lower[sep_at].as_str();
        // "A, B and C": a comma joins actors only once an "and" has been seen.
        if !(sep == "and" || sep == "or" || (sep == "," && out.len() > 1)) {
            break;
        }
        // "A, B, and C": a serial comma before the "and" of a list of three or more (not the
        // comma that ends a clause: "Trump met Putin, and Biden said").
        if sep != "," && sep_at > first + 2 && a.lower[sep_at - 1] == "," {
            let ending = |p: usize| a.mention_at[p - 1].filter(|&m| a.mentions[m].last == p);
            let listed = ending(sep_at - 1).filter(|&p| {
                let f = a.mentions[p].first;
                f > first + 1 && a.lower[f - 1] == "," && ending(f - 1).is_some()
            });
            let Some(prev) = listed else { break };
            out.insert(0, prev);
            start = a.mentions[prev].first;
            continue;
        }
        let Some(prev) = a.mention_at[sep_at - 1].filter(|&p| a.mentions[p].last == sep_at) else {
            break;
        };
        if a.mentions[prev].kind == MentionKind::Pronoun {
            break;
        }
        out.insert(0, prev);
        start = a.mentions[prev].first;
    }
    out
}

/// A speech verb that ends its sentence with nothing said: "Over 1,000 rescuers responded.",
/// "Pence spoke over his time and interjected." Not after a quotation ("“...” Clinton said."), before one
/// ("Hewitt writes:"), in "as the Herald Sun reported.", whose clause is the content, or
/// negated.
fn intransitive_end(a: &Analysis, s: usize, (c0, c1): (usize, usize), speaker_first: usize) -> bool {
    let sentence = a.sentences[s];
    // "The presidency did not immediately comment.": a refusal to speak is news.
    let negated = (c0.saturating_sub(3).max(sentence.first)..c0)
        .any(|t| matches!(a.lower[t].as_str(), "not" | "n't" | "never" | "declined" | "refused"));
    let ends = (c1..sentence.last).all(|t| matches!(a.lower[t].as_str(), "." | "?" | "!"));
    let quoted = (sentence.first.saturating_sub(1)..sentence.last).any(|t| a.tokens[t].kind == TokenKind::Quote);
    let subordinate = speaker_first > sentence.first && SUBORDINATORS.contains(&a.lower[speaker_first - 1].as_str());
    ends && !quoted && !subordinate && !negated
}

/// The end of a listener that is not an actor, after a speech verb such as "told": "told
/// state media, adding that ...", "told local radio that ...". `None` unless a few words
/// end at a comma, "that", a setting or the sentence's end.
fn listener_end(a: &Analysis, c1: usize, last: usize) -> Option<usize> {
    let end = (c1..last.min(c1 + 4)).find(|&t| {
        a.tokens[t].kind != TokenKind::Word
            || matches!(a.lower[t].as_str(), "that" | "to")
            || TIME_WORDS.contains(&a.lower[t].as_str())
    });
    let end = match end {
        Some(end) => end,
        None if last <= c1 + 4 => last,
        None => return None,
    };
    // ("told me to stay": an infinitive, not a listener's end.)
    let ends = end >= last
        || matches!(a.lower[end].as_str(), "," | "." | "that")
        || TIME_WORDS.contains(&a.lower[end].as_str());
    (end > c1 && ends).then_some(end)
}

/// A capitalised cue inside a headline that is not an active verb: a participle
/// before its preposition ("FDIC Accused Of Covering Up", "Suspect Named By
/// Police") or a base form after a noun or modal ("The Daily Show Takes", "Some
/// Will Want To Hear", "Hillary's Trump Claim").
fn headline_non_verb(a: &Analysis, c0: usize, c1: usize, first: usize) -> bool {
    let text = &a.doc.text[a.tokens[c0].start..];
    if c0 == first || !text.starts_with(char::is_uppercase) {
        return false;
    }
    let w = a.lower[c0].as_str();
    let passive = w.ends_with("ed")
        && a.lower
            .get(c1)
            .is_some_and(|n| matches!(n.as_str(), "of" | "by" | "to" | "in" | "as" | "for" | "with" | "from"));
    let irregular_past = matches!(
        w,
        "said"
            | "told"
            | "wrote"
            | "thought"
            | "knew"
            | "saw"
            | "felt"
            | "found"
            | "met"
            | "spoke"
            | "sought"
            | "made"
            | "gave"
            | "took"
            | "held"
    );
    let base = !(w.ends_with('s') || w.ends_with("ed") || w.ends_with("ing") || irregular_past);
    // A base form agrees with a plural subject: "Varenia and Calderra Agree to ...", "Democrats Want".
    let prev = a.lower[c0 - 1].as_str();
    let plural = (prev.ends_with('s') && prev != "'s" && !prev.ends_with("ss"))
        || (c0.saturating_sub(6).max(first)..c0).any(|k| matches!(a.lower[k].as_str(), "and" | "&"));
    let modal =
        matches!(prev, "will" | "would" | "can" | "could" | "may" | "might" | "should" | "must" | "won't" | "to");
    passive || (base && (modal || !plural))
}

/// Whether the object pronoun right after a cue ("accusing her", "praising them") stands for
/// the entity of mention `m`, which then cannot be the one who speaks.
fn object_pronoun_is(a: &Analysis, c1: usize, m: usize) -> bool {
    let Some(o) = a.mention_at.get(c1).copied().flatten() else {
        return false;
    };
    a.mentions[o].kind == MentionKind::Pronoun
        && matches!(a.lower[c1].as_str(), "her" | "him" | "them")
        && a.entity_id(o).is_some()
        && a.entity_id(o) == a.entity_id(m)
}

/// Reported or conditional context before the cue: "Reports indicate that ...", "there could potentially be".
fn hedged_context(a: &Analysis, f: &Found, in_content: &dyn Fn(usize) -> bool) -> bool {
    let (first, c0) = (a.sentences[f.sentence].first, f.cue.0);
    (first..c0).any(|k| {
        !in_content(k)
            && matches!(
                a.lower[k].as_str(),
                "reports" | "could" | "might" | "may" | "possible" | "potential" | "potentially" | "if"
            )
    }) && !(first..c0).any(|k| a.lower[k] == "that" && a.mention_at[k].is_none())
}

#[allow(dead_code)]
fn span_of(a: &Analysis, r: (usize, usize)) -> Span {
    a.span(r.0, r.1)
}
