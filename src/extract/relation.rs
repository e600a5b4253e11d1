//! Relations and statements: cue words, their participants, content and flags.
//!
//! Takes an [`Analysis`]; gives [`RelationRecord`]s in text order. A cue
//! from `cues.tsv` fixes the relation type and the frame that says where the
//! participants are: the subject to the left (past adverbs, auxiliaries and
//! parenthetical commas), after "by" in the passive, after the cue in
//! "“...,” said X"; the object after the cue or its preposition; nominal
//! cues take "between X and Y", "X’s N", "N by X". Statements get content
//! (the adjacent quotation or the clause) and the actors it mentions.

mod according;
mod acts;
mod affiliation;
mod clause;
mod content;
mod filters;
mod inverted;
mod nominal;
mod parties;
mod passive;
mod phrases;
mod quotes;
mod record;
mod subject;

use acts::act_of_another_kind;
use clause::*;
use content::{SETTINGS, skip_punct, statement_content, trim_content};
use filters::{UNDERGONE, not_a_statement, offers_words};
use inverted::{inversion_ok, inverted_speaker, pronoun_clause_at};
use parties::*;
use passive::{is_describing_participle, is_passive, is_reduced_passive, passive_agent, passive_patient};
use phrases::*;
use quotes::{clause_colon_statements, continued_quotations, drop_answer_verbs, drop_quoted_verbs};
use subject::{
    QUOTING_VERBS, opening_participle_end, opening_participle_subject, participle_subject, possessive_pronoun,
    quoted_as_saying, relative_verb_subject, subject_left, subject_left_word,
};

use super::analysis::{Analysis, capital_in_name, is_medium, statement_cues_at};
use super::lexicon::{Cue, Frame, Lexicon, Via, WordInfo};
use super::mention::MentionKind;
use super::phrase::{NounPhrase, noun_phrase_before};
use super::resolve::slug;
use super::words::{
    COMPANY_NOUNS, GAP_WORDS, IRREGULAR_PASTS, LY_NOUNS, MONTH_ABBREVIATIONS, MONTHS, PERSONAL_STAFF,
    POSSESSIVE_PRONOUNS, WEEKDAYS, document_before, is_auxiliary, is_determiner, is_document_noun, is_number_word,
    is_phrase_stop, possessive_her,
};
use crate::record::json::{EntityOut, RecordOut};
use crate::record::{ActorType, RelationRecord, RelationType};
use crate::text::TokenKind;

/// Words that open an indirect question: "asked whether …", "asked Mook if …" (also "who" and
/// "where" right after the one asked; further on they may open a relative clause).
const QUESTION_WORDS: &[&str] = &["whether", "if", "how", "why", "what", "when"];

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
        self.find_out(a).into_iter().map(RecordOut::into_record).collect()
    }

    /// [`RelationFinder::find`], the records' strings borrowed from `a`.
    pub(crate) fn find_out<'x>(&self, a: &'x Analysis) -> Vec<RecordOut<'x>> {
        // (Room for the relations of most documents: grown from empty, it was copied a few times each.)
        let mut found = Vec::with_capacity(64);
        for ((s, sentence), cues) in a.sentences.iter().enumerate().zip(a.cue_tokens_by_sentence()) {
            let mut main_subject: Option<usize> = None;
            // Tokens before `next` are inside a cue that gave a relation.
            let mut next = sentence.first;
            // (Only a token that starts a cue form can be one: the others are not visited.)
            for &i in cues {
                if i < next || a.mention_at[i].is_some() || a.tokens[i].kind != TokenKind::Word {
                    continue;
                }
                if capital_in_name(&a.doc.text, &a.lower, &a.tokens, sentence.first, i) {
                    continue;
                }
                for cue in self.lexicon.cues(&a.lower[i]) {
                    // Most forms listed under a word are longer and fail at their second word, which
                    // must come next or after one adverb ([`matches`]): refused here without the call.
                    if let Some(second) = cue.words.get(1)
                        && a.lower.get(i + 1).is_none_or(|w| w.as_str() != second.as_str())
                        && a.lower.get(i + 2).is_none_or(|w| w.as_str() != second.as_str())
                    {
                        continue;
                    }
                    let Some(end) = matches(a, i, sentence.last, cue) else {
                        continue;
                    };
                    let before = found.len();
                    self.apply(a, s, (i, end), cue, &mut main_subject, &mut found);
                    if found.len() > before {
                        next = end;
                        break;
                    }
                }
            }
        }
        self.colon_statements(a, &mut found);
        clause_colon_statements(a, &mut found);
        self.dash_statements(a, &mut found);
        let answers = self.interview_turns(a, &mut found);
        continued_quotations(a, &mut found);
        self.first_person_acts(a, &mut found);
        self.affiliations(a, &mut found);
        drop_quoted_verbs(a, &mut found);
        drop_answer_verbs(a, &answers, &mut found);
        drop_requested_acts(a, &mut found);
        drop_echoed_beliefs(a, &mut found);
        distribute_counted_groups(a, &mut found);
        let mut records: Vec<RecordOut> = Vec::with_capacity(found.len());
        found.sort_by_key(|f| (f.sentence, f.cue.0, f.subject, f.object));
        for f in found {
            if let Some(mut r) = self.record(a, &f) {
                // "Trump is defending his tweets": a statement aimed at the speaker's own words has no other target.
                if r.relation.is_statement() && r.object.as_ref().is_some_and(|o| o.id == r.subject.id) {
                    r.object = None;
                }
                fn object_id<'r>(r: &'r RecordOut) -> Option<&'r str> {
                    r.object.as_ref().map(|o| o.id.as_ref())
                }
                // One record per relation, subject, object and cue position in a sentence. Records
                // come in sentence order, so an earlier one of the same sentence is at the end.
                let same = |p: &RecordOut| {
                    p.relation == r.relation
                        && p.cue.start == r.cue.start
                        && p.subject.id == r.subject.id
                        && object_id(p) == object_id(&r)
                };
                let repeated = records.iter().rev().take_while(|p| p.sentence == r.sentence).any(same);
                if object_id(&r) == Some(r.subject.id.as_ref()) || repeated {
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
            Frame::Noun => self.nominal(a, s, cue_span, cue, base, out),
            Frame::Source => self.according_to(a, s, cue_span, base, out),
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
                // "would fail without French support": a noun, and an act that is not there.
                if c0 >= sentence.first + 2 && a.lower[c0 - 2] == "without" && a.mention_at[c0 - 1].is_some() {
                    return;
                }
                // "The Guardian quoted John Smith as saying …": the quotation is Smith's (see
                // [`quoted_as_saying`]).
                if QUOTING_VERBS.contains(&a.lower[c0].as_str())
                    && let Some(m) = mention_starting(a, c1, sentence.last).or_else(|| {
                        (c1 < sentence.last && matches!(a.lower[c1].as_str(), "the" | "a" | "an"))
                            .then(|| a.mention_at.get(c1 + 1).copied().flatten())
                            .flatten()
                    })
                    && (c1..sentence.last.min(c1 + 30))
                        .any(|t| a.lower[t] == "as" && quoted_as_saying(a, t + 1, sentence.first) == Some(m))
                {
                    return;
                }
                // "a woman believed to be the driver", "a group called Hamas": the noun's description.
                if is_describing_participle(a, c0, sentence.first, sentence.last) {
                    return;
                }
                // "long shot Lindsey Graham", "a booster shot": the noun.
                if a.lower[c0] == "shot"
                    && c0 > sentence.first
                    && matches!(
                        a.lower[c0 - 1].as_str(),
                        "long" | "big" | "hot" | "mug" | "parting" | "booster" | "flu" | "cheap" | "warning" | "moon"
                    )
                {
                    return;
                }
                // "campaign-finance reports show": after a plain word, "reports" is the noun; so is
                // "demand" in "consumer demand remained weak" and "order" in "a court order".
                if c0 > sentence.first
                    && (is_document_noun(a.lower[c0].strip_suffix('s').unwrap_or(""))
                        || (c1 == c0 + 1
                            && NOUN_FORMS.contains(&a.lower[c0].as_str())
                            && !VERB_OPENERS.contains(&a.lower[c0 - 1].as_str())))
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
                let patient_left = passive.is_none()
                    && (is_passive(a, c0, c1, sentence.first)
                        || is_reduced_passive(a, c0, c1, sentence.first, sentence.last));
                let (left, subject_word) = if patient_left {
                    (None, None)
                } else if let Some(m) = quoted_as_saying(a, c0, sentence.first) {
                    (Some(m), None)
                } else if let Some((m, who)) = relative_verb_subject(a, c0, sentence.first) {
                    (Some(m), Some(who))
                } else {
                    // "Saudi Arabia started supporting Hadi": the subject before the aspect verb.
                    let aspect = ing && c0 > sentence.first + 1 && ASPECT_VERBS.contains(&a.lower[c0 - 1].as_str());
                    let c0 = if aspect { c0 - 1 } else { c0 };
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
                    // ("Smith's lawyer, Jane Doe, wept in court and said": the name in apposition.)
                    let first = || {
                        first_actor(a, sentence.first, c0).map(|m| {
                            let after = a.mentions[m].last + 1;
                            (a.mentions[m].possessive && after < c0)
                                .then(|| apposition_after(a, after, c0))
                                .flatten()
                                .unwrap_or(m)
                        })
                    };
                    subjects.extend(nearer.or_else(first));
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
                    && let Some(m) = first_actor(a, sentence.first, c0).filter(|&m| {
                        // ("Six Gannett newspapers, including …, said he", "Yet some voters who …, said he":
                        // past a conjunction, a determiner or a number.)
                        let start = a.mentions[m].first;
                        start <= sentence.first + 3
                            && (sentence.first..start).all(|t| {
                                let w = a.lower[t].as_str();
                                is_determiner(w)
                                    || is_number_word(w)
                                    || a.tokens[t].kind == TokenKind::Number
                                    || (t == sentence.first && matches!(w, "but" | "and" | "yet" | "so"))
                            })
                    })
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
                // "No organization claimed credit": no one is no actor (a name that opens with
                // "No" is one: "No Labels said").
                subjects.retain(|&m| {
                    let k = a.mentions[m].first;
                    a.mentions[m].kind == MentionKind::Name
                        || (a.lower[k] != "no" && !(k > sentence.first && a.lower[k - 1] == "no"))
                });
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
                let mut told_to = false;
                if passive.is_none() && matches!(cue.frame, Frame::Act | Frame::Prep | Frame::Tell) && !inverted {
                    // ("blamed both Israel and the United States": past "both".)
                    let o = mention_starting(a, c1, sentence.last).or_else(|| {
                        (c1 + 1 < sentence.last && matches!(a.lower[c1].as_str(), "the" | "a" | "an" | "both"))
                            .then(|| mention_starting(a, c1 + 1, sentence.last))
                            .flatten()
                            // (Not a modifier: "supports both LGBT rights and gun rights".)
                            .filter(|&o| {
                                a.lower[c1] != "both" || a.lower.get(a.mentions[o].last).is_some_and(|w| w == "and")
                            })
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
                    // "encouraged newly elected President Zelensky", "lashed out at the city's mayor
                    // Muriel Bowser": past an adverb and its participle, or an owner's "'s".
                    let o = o.or_else(|| {
                        let mut k = c1;
                        if k < sentence.last && matches!(a.lower[k].as_str(), "the" | "a" | "an") {
                            k += 1;
                        }
                        let start = k;
                        while k < sentence.last.min(start + 3) && a.mention_at[k].is_none() {
                            let w = a.lower[k].as_str();
                            let adverb = w.ends_with("ly") && a.lower.get(k + 1).is_some_and(|n| n.ends_with("ed"));
                            let participle = w.ends_with("ed") && k > start && a.lower[k - 1].ends_with("ly");
                            let owner = a.tokens[k].kind == TokenKind::Word
                                && !is_phrase_stop(w)
                                && a.lower.get(k + 1).is_some_and(|n| n == "'s" || n == "’s");
                            if adverb || participle {
                                k += 1;
                            } else if owner {
                                k += 2;
                            } else {
                                break;
                            }
                        }
                        (k > start).then(|| mention_starting(a, k, sentence.last)).flatten().filter(|&m| {
                            let end = a.mentions[m].last;
                            // (Not a modifier: "the star's Latino identity".)
                            let modifier = end < sentence.last
                                && a.tokens[end].kind == TokenKind::Word
                                && a.tokens[end].text(&a.doc.text).starts_with(char::is_lowercase)
                                && !matches!(a.lower[end].as_str(), "to" | "and" | "for" | "on" | "of" | "in" | "over");
                            a.mentions[m].kind == MentionKind::Name
                                && a.mentions[m].actor == Some(ActorType::Person)
                                && !modifier
                        })
                    });
                    // "supported the government of Abdrabbuh Mansur Hadi", "backed the presidential
                    // campaigns of Ron Paul": the body or campaign stands for its leader.
                    let o = o.or_else(|| {
                        let start = if c1 < sentence.last && a.lower[c1] == "the" { c1 + 1 } else { c1 };
                        let of = (start..sentence.last.min(start + 6))
                            .take_while(|&t| a.mention_at[t].is_none() && a.tokens[t].kind != TokenKind::Punct)
                            .find(|&t| a.lower[t] == "of")?;
                        (of > start && LEADERS_BODIES.contains(&a.lower[of - 1].as_str()))
                            .then(|| mention_starting(a, of + 1, sentence.last))
                            .flatten()
                            .filter(|&m| {
                                matches!(a.mentions[m].kind, MentionKind::Name | MentionKind::Known)
                                    && matches!(a.mentions[m].actor, Some(ActorType::Person | ActorType::Organization))
                            })
                    });
                    // "requested help from Sweden", "asked for assistance from the UN": the help is
                    // asked of whoever it is to come from (what was asked stays the whole phrase).
                    if o.is_none() && cue.relation == RelationType::Requested {
                        let start = if c1 < sentence.last && a.lower[c1] == "for" { c1 + 1 } else { c1 };
                        object = (start..sentence.last.min(start + 3))
                            .find(|&t| matches!(a.lower[t].as_str(), "help" | "assistance" | "aid" | "support"))
                            .filter(|&noun| a.lower.get(noun + 1).is_some_and(|w| w == "from"))
                            .and_then(|noun| mention_after(a, noun + 2, sentence.last))
                            .filter(|&m| matches!(a.mentions[m].kind, MentionKind::Name | MentionKind::Known));
                    }
                    if o.is_none() && cue.frame == Frame::Tell {
                        after = listener_end(a, c1, sentence.last).unwrap_or(c1);
                    }
                    if let Some(o) = o {
                        after = a.mentions[o].last;
                        // "rejected Trump’s proposed wall": what was rejected starts after the "’s".
                        if a.mentions[o].possessive && after < sentence.last {
                            after += 1;
                        }
                        // "told Pence to reject the votes": telling someone to act asks them to.
                        told_to = cue.frame == Frame::Tell
                            && after + 1 < sentence.last
                            && a.lower[after] == "to"
                            && a.tokens[after + 1].kind == TokenKind::Word
                            && a.tokens[after + 1].text(&a.doc.text).starts_with(char::is_lowercase)
                            && !is_determiner(a.lower[after + 1].as_str());
                        if told_to {
                            object = Some(o);
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
                // ("Boeing did not release it, telling reporters …": the participle after its comma
                // is no part of what the clause denies.)
                let start = if inverted { c0 } else { subject_end.min(c0) };
                // ("did not concede defeat, and vowed to fight on": a finite verb joined after the
                // first is outside the first one's negation; "would not go and meet Tsai",
                // "didn't come out and say" share it.)
                let start = (start..c0)
                    .rev()
                    .find(|&t| matches!(a.lower[t].as_str(), "and" | "but"))
                    .filter(|&t| finite_verb(a, t + 1, c0))
                    .map_or(start, |t| t + 1);
                let window = (participle_comma.map_or(start, |comma| start.max(comma + 1)), c1);
                // "Trump attacked “the hateful ideology ...”": a person attacking no actor attacks in words.
                // ("captured the moment", "killed the bill" are not words.)
                // ("started attacking people there": bodies, not words.)
                let verbal = cue.relation == RelationType::Attacked
                    && a.lower[c0].starts_with("attack")
                    && object.is_none()
                    && !a.lower.get(c1).is_some_and(|w| VICTIMS.contains(&w.as_str()))
                    && passive.is_none()
                    && subjects.iter().all(|&m| a.mentions[m].actor == Some(ActorType::Person));
                // "was asked by John Dickerson whether …": a question, put to the patient; what
                // was asked opens with the question word.
                let question = (passive.is_some() && a.lower[c0].starts_with("ask"))
                    .then(|| {
                        (c1..sentence.last.min(c1 + 10))
                            .take_while(|&t| a.lower[t] != "to")
                            .find(|&t| QUESTION_WORDS.contains(&a.lower[t].as_str()))
                    })
                    .flatten();
                let asked_whether = question.is_some();
                if asked_whether {
                    object = None;
                }
                let relation = if verbal {
                    RelationType::Criticized
                } else if offers_words(a, c0, c1, sentence.last) {
                    RelationType::Said
                } else if told_to {
                    RelationType::Requested
                } else if asked_whether {
                    RelationType::Said
                } else {
                    cue.relation
                };
                let base = Found { relation, ..base };
                let content = if relation.is_statement() && passive.is_none() {
                    // "Trump attacked Machado.": with nothing else said, the target is the content.
                    // (With coordinated objects, all of them: "criticized Haddad and Brandt.")
                    let objects_end = more_objects.last().map(|&o| a.mentions[o].last);
                    // ("Some attendees said they supported Smith.": with an object, the clause
                    // before the speaker is no content unless a quotation.)
                    statement_content(a, self.lexicon, s, c0, after, &subjects, inverted)
                        .filter(|&(x, y)| object.is_none() || y > c0 || a.tokens[x].kind == TokenKind::Quote)
                        .map(|(x, y)| asked_whom(a, c0, x, y))
                        .or_else(|| object.map(|o| (a.mentions[o].first, objects_end.unwrap_or(a.mentions[o].last))))
                } else if relation.is_statement() {
                    // "Her death was confirmed by the Eagle Forum": what the agent spoke of; "Sanders
                    // was asked by John Dickerson whether …": what was asked.
                    match question {
                        Some(q) => trim_content(a, q, sentence.last),
                        None => passive_patient(a, c0, sentence.first),
                    }
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
                // "Trump, citing Fox News, said …": a participle between its subject and the
                // subject's verb says what runs to the comma that closes it.
                let content = match (participle_comma, subjects.first()) {
                    (Some(comma), Some(&m)) if a.mentions[m].last == comma => content.map(|(x, y)| {
                        let close = (x..y).find(|&t| a.lower[t] == "," && !a.inside_quotation(t));
                        // (Only before the subject's own verb: "said Smith, adding that …, and that …"
                        // and "referring to Clinton's successor, John F. Kerry" run on.)
                        let verb_after = |t: usize| {
                            t + 1 < sentence.last
                                && (statement_cues_at(self.lexicon, &a.lower, t + 1).next().is_some()
                                    || is_auxiliary(a.lower[t + 1].as_str()))
                        };
                        close.filter(|&t| t > x && verb_after(t)).map_or((x, y), |t| (x, t))
                    }),
                    _ => content,
                };
                // "After the appeals court refused to reconsider, Schuette asked …", "Although Sanders
                // maintained that …, …": what is said in a clause opening the sentence ends at its
                // comma.
                let opening_clause = matches!(
                    a.lower[sentence.first].as_str(),
                    "after"
                        | "before"
                        | "until"
                        | "since"
                        | "once"
                        | "although"
                        | "though"
                        | "while"
                        | "whereas"
                        | "unless"
                ) && (sentence.first..c0).all(|t| a.lower[t] != ",");
                let content = if opening_clause {
                    content.map(|(x, y)| {
                        let comma = (x.max(c1)..y).find(|&t| a.lower[t] == "," && !a.inside_quotation(t));
                        comma.filter(|&t| t > x).map_or((x, y), |t| (x, t))
                    })
                } else {
                    content
                };
                // "supporting the resolution; two Democrats opposed": a semicolon outside a
                // quotation ends what was said after the cue.
                let content = content.map(|(x, y)| {
                    // (Nor inside brackets: "a mass of 4.2 M☉ (Solar masses; ...)".)
                    let bracketed = |t: usize| {
                        let opened = (x..t).filter(|&q| a.lower[q] == "(").count();
                        opened > (x..t).filter(|&q| a.lower[q] == ")").count()
                    };
                    let semicolon =
                        (x.max(c1)..y).find(|&t| a.lower[t] == ";" && !a.inside_quotation(t) && !bracketed(t));
                    semicolon.filter(|&t| t > x).map_or((x, y), |t| (x, t))
                });
                // ("The show, hosted by McGuirk and Rosenberg", "was received by Putin and Lavrov":
                // the agents of a passive acted on someone else, not on each other.)
                if cue.relation.is_symmetric() && object.is_none() && subjects.len() >= 2 && passive.is_none() {
                    every_pair(&subjects, Found { window, ..base }, out);
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
            // "Protests continued across the nation", "Typhoon Phanfone continued westward".
            "across" | "throughout" => true,
            w if w.ends_with("ward") || w.ends_with("wards") => true,
            w => w.ends_with("ing") && !speech_at(c1),
        }
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
    "breach",
    "violation",
    "travesty",
    "sham",
    "farce",
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
    // Condemnations of an act: "called the stabbing “an act of barbarity”", "called the
    // sanctions “illegal”".
    "barbarity",
    "barbaric",
    "dastardly",
    "heinous",
    "cowardly",
    "despicable",
    "deplorable",
    "reprehensible",
    "abhorrent",
    "atrocity",
    "outrage",
    "unacceptable",
    "illegal",
    "unlawful",
    "irresponsible",
    "provocation",
    "provocative",
    "unjustified",
    "null",
];

/// Labels that criticize an actor ("called Biden “a disaster”") but only lament an event ("called
/// the flooding a disaster", "a terrible tragedy").
const ACTOR_LABELS: &[&str] = &[
    "disaster",
    "catastrophe",
    "joke",
    "nightmare",
    "laughingstock",
    "dangerous",
    "reckless",
    "dishonest",
    "stupid",
    "evil",
    "terrible",
    "horrible",
    "nasty",
    "crazy",
];

/// A leader's body or campaign, named before "of" and the leader: "the government of Hadi".
const LEADERS_BODIES: &[&str] = &[
    "government",
    "administration",
    "regime",
    "campaign",
    "campaigns",
    "candidacy",
    "candidacies",
    "presidency",
    "leadership",
];

/// Whom an attack in deeds falls on: "attacking people", "attacked passers-by".
const VICTIMS: &[&str] = &[
    "people",
    "civilians",
    "residents",
    "passengers",
    "passers-by",
    "shoppers",
    "students",
    "worshippers",
    "worshipers",
    "officers",
    "police",
    "guards",
    "soldiers",
    "troops",
    "villagers",
    "protesters",
    "journalists",
];

/// Verbs of beginning and going on, before a participle: "began attacking", "kept criticizing".
const ASPECT_VERBS: &[&str] = &[
    "began",
    "begun",
    "begin",
    "begins",
    "started",
    "start",
    "starts",
    "continued",
    "continue",
    "continues",
    "kept",
    "keep",
    "keeps",
    "resumed",
    "resume",
    "resumes",
];

/// Cue forms that are as often nouns: after a plain word they are the noun ("consumer demand").
const NOUN_FORMS: &[&str] =
    &["demand", "demands", "order", "orders", "request", "requests", "attack", "attacks", "appeal", "appeals"];

/// Words after which a cue form is the verb: "we demand", "who order", "to request".
const VERB_OPENERS: &[&str] = &["i", "we", "you", "they", "who", "that", "which", "to", "and", "or", "but", "nor"];

/// Does `cue` match at token `i`? Returns the end of the cue.
fn matches(a: &Analysis, i: usize, end: usize, cue: &Cue) -> Option<usize> {
    // A name inside the phrase breaks it; a pronoun is one of its words ("put it", "called them").
    let name_at = |k: usize| a.mention_at[k].is_some_and(|m| a.mentions[m].kind != MentionKind::Pronoun);
    // One adverb may come between the words: "spoke emotionally of", "pointed directly to".
    let adverb =
        |k: usize| a.lower[k].ends_with("ly") && a.lower[k].len() > 4 && !LY_NOUNS.contains(&a.lower[k].as_str());
    // (The cue forms asked about at token `i` are those listed under its word, which all start
    // with it: the first word is not compared again.)
    debug_assert!(a.lower.get(i).is_none_or(|w| *w == cue.words[0]));
    if i >= end {
        return None;
    }
    let mut j = i + 1;
    let mut skipped = false;
    for word in &cue.words[1..] {
        if !skipped && j + 1 < end && a.lower[j] != *word && adverb(j) && a.lower[j + 1] == *word {
            j += 1;
            skipped = true;
        }
        if j >= end || a.lower[j] != *word || name_at(j) {
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
        // ("asked him to leave if …": what follows an infinitive is its own.)
        let to_needed = cue.needs.iter().any(|w| w == "to");
        if !quoted
            && !window.clone().take_while(|&k| to_needed || a.lower[k] != "to").any(|k| cue.needs.contains(&a.lower[k]))
        {
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

/// Verbs whose subject receives what the noun after them names: "drew criticism",
/// "faced condemnation", "won praise".
/// Verbs of asking for something, before what is asked for: "requested support", "sought
/// backing from the unions" (none of it given yet).
const ASKING_FOR: &[&str] = &[
    "requested",
    "request",
    "requests",
    "requesting",
    "asked",
    "sought",
    "seeks",
    "seek",
    "seeking",
    "needs",
    "need",
    "needed",
];

/// Verbs of holding or losing something, before what is held: "has won support", "lost
/// backing" (given by others, not by the subject).
const HELD_OR_LOST: &[&str] = &[
    "won",
    "wins",
    "gained",
    "gains",
    "lost",
    "loses",
    "consolidated",
    "received",
    "receives",
    "garnered",
    "lacks",
    "lacked",
];

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

/// Prepositions that attach a phrase to a speaker: "a spokesman for the company".
const PP_HEADS: &[&str] = &["of", "for", "at", "from", "with", "in", "on"];

/// Is the verb at `c0`, or an auxiliary between `from` and it, finite: "vowed", "says", "told",
/// "has claimed", "did note" (not "meet", "say", "supporting")?
fn finite_verb(a: &Analysis, from: usize, c0: usize) -> bool {
    let w = a.lower[c0].as_str();
    (from..c0).any(|t| is_auxiliary(a.lower[t].as_str()) || matches!(a.lower[t].as_str(), "did" | "does"))
        || w.ends_with("ed")
        || (w.ends_with('s') && !w.ends_with("ss"))
        || matches!(
            w,
            "said"
                | "told"
                | "wrote"
                | "spoke"
                | "met"
                | "struck"
                | "sought"
                | "shot"
                | "thought"
                | "held"
                | "gave"
                | "swore"
                | "took"
                | "made"
                | "sent"
                | "hit"
                | "beat"
                | "fought"
                | "withdrew"
                | "forbade"
                | "led"
        )
}

/// "asked Mook if a Clinton administration would …": the one asked is not what was asked.
fn asked_whom(a: &Analysis, c0: usize, x: usize, y: usize) -> (usize, usize) {
    if !a.lower[c0].starts_with("ask") {
        return (x, y);
    }
    let Some(m) = mention_starting(a, x, y) else { return (x, y) };
    let after = a.mentions[m].last;
    let question = after < y
        && (QUESTION_WORDS.contains(&a.lower[after].as_str()) || matches!(a.lower[after].as_str(), "who" | "where"));
    if question { (after, y) } else { (x, y) }
}

/// What someone is asked or urged to do has not happened: "Trump urged Congress to support the
/// bill" is no support, by Congress or by Trump.
fn drop_requested_acts(a: &Analysis, found: &mut Vec<Found>) {
    let infinitive = |c0: usize| {
        let k = if c0 > 1 && a.lower[c0 - 1].ends_with("ly") { c0 - 1 } else { c0 };
        k > 0 && a.lower[k - 1] == "to"
    };
    let asked = |f: &Found| {
        found.iter().any(|g| {
            matches!(g.relation, RelationType::Requested | RelationType::Demanded)
                && g.sentence == f.sentence
                && g.cue != f.cue
                && g.content.is_some_and(|(x, y)| x <= f.cue.0 && f.cue.0 < y)
        })
    };
    let keep: Vec<bool> = found.iter().map(|f| !(infinitive(f.cue.0) && asked(f))).collect();
    retain_marked(found, keep);
}

/// "The ministry and the police said they believe a leak caused it": a pronoun that opens what
/// was said, with a verb of belief, repeats the statement around it (and need not stand for one
/// actor: "they" is both speakers). The outer statement stays.
fn drop_echoed_beliefs(a: &Analysis, found: &mut Vec<Found>) {
    let echoed = |f: &Found| {
        let first = a.mentions[f.subject].first;
        a.mentions[f.subject].kind == MentionKind::Pronoun
            && matches!(
                a.lower[f.cue.0].as_str(),
                "believe" | "believes" | "believed" | "think" | "thinks" | "thought" | "feel" | "feels" | "felt"
            )
            && found.iter().any(|g| {
                g.relation.is_statement()
                    && g.sentence == f.sentence
                    && g.cue.1 <= first
                    && g.content.is_some_and(|(x, _)| x == first)
            })
    };
    let keep: Vec<bool> = found.iter().map(|f| !echoed(f)).collect();
    retain_marked(found, keep);
}

/// "Trump and Putin met. The two leaders said …", "France and Germany … Both countries offered
/// aid": a counted group after a list of as many actors is each of them. The relation is made
/// once for each member of the list (not for symmetric relations, which the list holds already).
fn distribute_counted_groups(a: &Analysis, found: &mut Vec<Found>) {
    let count = |w: &str| match w {
        "both" | "two" => Some(2),
        "three" => Some(3),
        "four" => Some(4),
        _ => None,
    };
    // The number and the head noun of a counted group mention: "The two leaders", "Both
    // countries", "(All) three nations".
    let counted = |m: usize| -> Option<(usize, &str)> {
        let mention = &a.mentions[m];
        if !matches!(mention.kind, MentionKind::Phrase | MentionKind::Group) || mention.last - mention.first > 4 {
            return None;
        }
        let head = a.lower[mention.last - 1].as_str();
        // The number right before the head, inside the mention or just before it ("The two
        // leaders" may be a mention of "leaders"), after only "the" or "all".
        let number = mention.last.checked_sub(2)?;
        let opens = (mention.first.min(number)..number).all(|t| matches!(a.lower[t].as_str(), "the" | "all"));
        // (A definite count only: "Two officials said" after "Trump and Putin met" are others.)
        let definite = a.lower[number] == "both"
            || (number > 0 && matches!(a.lower[number - 1].as_str(), "the" | "all" | "these" | "those"));
        if !(opens && definite && number + 1 >= mention.first && number >= a.sentences[mention.sentence].first) {
            return None;
        }
        count(a.lower[number].as_str()).map(|n| (n, head))
    };
    let fits = |kind: Option<ActorType>, head: &str| match head {
        "countries" | "nations" | "states" | "governments" => kind == Some(ActorType::Country),
        "men" | "women" | "leaders" | "presidents" | "ministers" | "politicians" | "candidates" | "senators" => {
            kind == Some(ActorType::Person)
        }
        _ => matches!(kind, Some(ActorType::Person | ActorType::Organization | ActorType::Country)),
    };
    // The members of the latest list of `n` named actors before mention `m`, in its sentence or
    // the one before.
    let members = |m: usize, n: usize, head: &str| -> Option<Vec<usize>> {
        let s = a.mentions[m].sentence;
        let (from, to) = (a.sentences[s.saturating_sub(1)].first, a.mentions[m].first);
        // (Mentions are not all in text order: phrases come after names.)
        let within = |c: usize| a.mentions[c].first >= from && a.mentions[c].last <= to;
        let named =
            |c: usize| matches!(a.mentions[c].kind, MentionKind::Name | MentionKind::Known) && !a.mentions[c].inside;
        (0..a.mentions.len())
            .filter(|&c| within(c) && named(c))
            .max_by_key(|&c| a.mentions[c].first)
            .map(|c| coordinated(a, c, a.sentences[a.mentions[c].sentence].first))
            .filter(|list| list.len() == n && list.iter().all(|&x| fits(a.mentions[x].actor, head)))
    };
    let mut out = Vec::with_capacity(found.len());
    for f in found.drain(..) {
        let list = (!f.relation.is_symmetric())
            .then(|| counted(f.subject))
            .flatten()
            .and_then(|(n, head)| members(f.subject, n, head));
        match list {
            Some(list) => out.extend(list.into_iter().map(|subject| Found { subject, subject_word: None, ..f })),
            None => out.push(f),
        }
    }
    *found = out;
}

/// Keeps the relations `keep` marks (a mask made while `found` was borrowed).
fn retain_marked(found: &mut Vec<Found>, keep: Vec<bool>) {
    let mut keep = keep.into_iter();
    found.retain(|_| keep.next().is_some_and(|k| k));
}
