//! Cues weighed in context: words that are attribution cues only some of the
//! time ("about", "plans", "expected", "worried"), read as speech verbs when a
//! model learned from PolNeAR train (`data/lexicon/cue_model.tsv`, written by
//! `scripts/train_cue_model.py`) says their context makes them one.
//!
//! The model is a logistic regression over features of the statement the
//! speech-verb frame builds at the word: the word and its neighbours, the
//! kind of speaker and how far it stands, whether content or a quotation
//! follows. A statement is kept when its score is above zero.

use std::cell::RefCell;
use std::fmt::Write;

use super::*;
use crate::extract::lower::Lower;

/// A candidate statement the model weighed: its cue token and features.
#[derive(Debug, Clone)]
pub(super) struct Probe {
    pub(super) token: usize,
    pub(super) features: Vec<String>,
}

/// The speech-verb frame every model candidate is read with.
pub(super) fn candidate_cue(a: &Analysis, i: usize) -> Cue {
    Cue {
        relation: RelationType::Said,
        frame: Frame::Say,
        words: vec![Lower::owned(a.lower[i].as_str().to_owned())],
        needs: Vec::new(),
    }
}

/// Calls `each` with every feature of the statement `f` (the newest of
/// `found`, built at a candidate word).
pub(super) fn features(a: &Analysis, found: &[Found], f: &Found, clause_frame: bool, mut each: impl FnMut(&str)) {
    let mut buf = String::new();
    let mut emit = |buf: &mut String| {
        each(buf);
        buf.clear();
    };
    let sentence = a.sentences[f.sentence];
    let i = f.cue.0;
    let word = |k: Option<usize>| match k {
        Some(k) if k >= sentence.first && k < sentence.last => a.lower[k].as_str(),
        _ => "_",
    };
    let w = a.lower[i].as_str();
    let (p1, p2) = (word(i.checked_sub(1)), word(i.checked_sub(2)));
    let (n1, n2) = (word(Some(i + 1)), word(Some(i + 2)));
    let _ = write!(buf, "w={w}");
    emit(&mut buf);
    let _ = write!(buf, "p1={p1}");
    emit(&mut buf);
    let _ = write!(buf, "p2={p2}");
    emit(&mut buf);
    let _ = write!(buf, "n1={n1}");
    emit(&mut buf);
    let _ = write!(buf, "n2={n2}");
    emit(&mut buf);
    let _ = write!(buf, "pw={p1}|{w}");
    emit(&mut buf);
    let _ = write!(buf, "wn={w}|{n1}");
    emit(&mut buf);
    let m = &a.mentions[f.subject];
    let _ = write!(buf, "sk={:?}", m.kind);
    emit(&mut buf);
    let frame = if clause_frame { "clause" } else { "verb" };
    let _ = write!(buf, "frame={frame}");
    emit(&mut buf);
    let _ = write!(buf, "w={w}|frame={frame}");
    emit(&mut buf);
    let distance = if m.last <= i { bucket(i - m.last) } else { "after" };
    let _ = write!(buf, "sd={distance}");
    emit(&mut buf);
    let _ = write!(buf, "w={w}|sd={distance}");
    emit(&mut buf);
    let content = match f.content {
        None => "none",
        Some((c0, c1)) => bucket(c1.saturating_sub(c0)),
    };
    let _ = write!(buf, "ct={content}");
    emit(&mut buf);
    let quoted = |k: usize| a.quotes.iter().any(|&(open, close)| open <= k && k <= close);
    let _ = write!(buf, "inq={}", quoted(i));
    emit(&mut buf);
    let quote_after = (i + 1..(i + 4).min(sentence.last)).any(|k| a.tokens[k].kind == TokenKind::Quote);
    let _ = write!(buf, "qa={quote_after}");
    emit(&mut buf);
    let others = found.iter().filter(|g| g.sentence == f.sentence && g.cue != f.cue).count();
    let _ = write!(buf, "others={}", others.min(2));
    emit(&mut buf);
    let _ = write!(buf, "pos={}", bucket(i - sentence.first));
    emit(&mut buf);
    if let Some(e) = a.resolution.entity_of[f.subject] {
        let _ = write!(buf, "et={:?}", a.resolution.entities[e].kind);
        emit(&mut buf);
    }
    let be_before = (i.saturating_sub(2).max(sentence.first)..i).any(|k| a.is(k, BE_FORM));
    let _ = write!(buf, "be={be_before}");
    emit(&mut buf);
    let _ = write!(buf, "w={w}|be={be_before}");
    emit(&mut buf);
    let cap = a.tokens[i].text(&a.doc.text).starts_with(char::is_uppercase);
    let _ = write!(buf, "cap={cap}");
    emit(&mut buf);
}

/// A small count as a coarse bucket.
fn bucket(n: usize) -> &'static str {
    match n {
        0 => "0",
        1 => "1",
        2 => "2",
        3 | 4 => "3-4",
        5..=9 => "5-9",
        _ => "10+",
    }
}

impl RelationFinder<'_> {
    /// Reads the model candidate at token `i` as a speech verb and keeps what
    /// that makes when the model scores it above zero (or, when probing, always).
    pub(super) fn weigh_candidate(
        &self,
        a: &Analysis,
        s: usize,
        i: usize,
        main_subject: &mut Option<usize>,
        found: &mut Vec<Found>,
    ) {
        let before = found.len();
        let saved = *main_subject;
        let cue = candidate_cue(a, i);
        self.apply(a, s, (i, i + 1), &cue, main_subject, found);
        let clause_frame = found.len() == before;
        if clause_frame {
            // No speaker in the speech-verb frame: the clause's first actor ("Republicans weren't
            // too concerned about ...", "She has no illusions about ...").
            let sentence = a.sentences[s];
            let Some(m) = a.mentions_starting_in(sentence.first, i).find(|&m| a.mentions[m].last <= i) else {
                return;
            };
            let content = statement_content(a, self.lexicon, s, i, i + 1, &[m], false)
                .or_else(|| trim_content(a, i + 1, sentence.last));
            found.push(Found {
                sentence: s,
                relation: RelationType::Said,
                subject: m,
                subject_word: None,
                object: None,
                cue: (i, i + 1),
                content,
                window: (i, i + 1),
            });
        }
        if let Some(probes) = &self.probes {
            let mut list = Vec::new();
            features(a, found, &found[before], clause_frame, |f| list.push(f.to_owned()));
            probes.borrow_mut().push(Probe { token: i, features: list });
            return;
        }
        let mut score = self.lexicon.cue_bias();
        features(a, found, &found[before], clause_frame, |f| score += self.lexicon.cue_weight(f));
        if score <= 0.0 {
            found.truncate(before);
            *main_subject = saved;
        }
    }
}

/// Probes of a finder that keeps every candidate.
pub(super) type Probes = RefCell<Vec<Probe>>;
