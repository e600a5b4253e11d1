//! Statement queries: who said what about whom, answered from an index.
//!
//! Takes a [`StatementQuery`] of names, relation types, documents, dates and
//! words; the [`StatementIndex`] holds one sorted posting list of statement
//! numbers per speaker, talked-about actor, relation type, document and
//! (built on first use) content word. A query intersects the lists of its
//! filters, smallest first, and checks dates on what is left, so its cost
//! follows the size of the answer, not of the graph.

use super::QueryError;
use crate::graph::{KnowledgeGraph, Statement};
use crate::record::RelationType;
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

/// What to look for. Values within one filter are alternatives (any of
/// them); different filters must all hold. Empty filters hold for everything.
///
/// ```
/// use newsgraph::query::StatementQuery;
/// use newsgraph::record::RelationType;
///
/// let q = StatementQuery::new().speaker("Trump").about("Putin").relation(RelationType::Said);
/// assert_eq!(q.speakers, ["Trump"]);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StatementQuery {
    /// Speaker names (any alias).
    pub speakers: Vec<String>,
    /// Names of actors the statement is about: its object or an actor in its content.
    pub about: Vec<String>,
    /// Speech-act types.
    pub relations: Vec<RelationType>,
    /// Document ids.
    pub docs: Vec<String>,
    /// Earliest article date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), inclusive.
    pub since: Option<String>,
    /// Latest article date, inclusive (`2019-03` includes all of March).
    pub until: Option<String>,
    /// Words that must all occur in the content or cue (case-insensitive).
    pub text: Vec<String>,
}

impl StatementQuery {
    /// A query matching every statement.
    pub fn new() -> StatementQuery {
        StatementQuery::default()
    }

    /// Adds a speaker.
    #[must_use]
    pub fn speaker(mut self, name: impl Into<String>) -> Self {
        self.speakers.push(name.into());
        self
    }

    /// Adds an actor talked about.
    #[must_use]
    pub fn about(mut self, name: impl Into<String>) -> Self {
        self.about.push(name.into());
        self
    }

    /// Adds a relation type.
    #[must_use]
    pub fn relation(mut self, relation: RelationType) -> Self {
        self.relations.push(relation);
        self
    }

    /// Adds a document.
    #[must_use]
    pub fn doc(mut self, id: impl Into<String>) -> Self {
        self.docs.push(id.into());
        self
    }

    /// Sets the earliest date.
    #[must_use]
    pub fn since(mut self, date: impl Into<String>) -> Self {
        self.since = Some(date.into());
        self
    }

    /// Sets the latest date.
    #[must_use]
    pub fn until(mut self, date: impl Into<String>) -> Self {
        self.until = Some(date.into());
        self
    }

    /// Adds words the content must hold (split on spaces and punctuation).
    #[must_use]
    pub fn text(mut self, words: &str) -> Self {
        self.text.extend(words_of(words));
        self
    }
}

/// Lowercase words of a text, split on anything that is not a letter or digit.
pub(crate) fn words_of(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase)
}

/// Checks a `--since`/`--until` value.
pub(crate) fn check_date(value: &str) -> Result<(), QueryError> {
    let ok = match value.len() {
        4 | 7 | 10 => value.char_indices().all(|(i, c)| if i == 4 || i == 7 { c == '-' } else { c.is_ascii_digit() }),
        _ => false,
    };
    if ok { Ok(()) } else { Err(QueryError::BadDate { value: value.to_owned() }) }
}

/// Posting lists over a graph's statements.
#[derive(Debug)]
pub struct StatementIndex {
    by_speaker: HashMap<String, Vec<u32>>,
    by_about: HashMap<String, Vec<u32>>,
    by_relation: BTreeMap<RelationType, Vec<u32>>,
    by_doc: HashMap<String, Vec<u32>>,
    doc_dates: HashMap<String, String>,
    words: OnceLock<HashMap<String, Vec<u32>>>,
}

fn push(map: &mut HashMap<String, Vec<u32>>, key: &str, i: u32) {
    let list = match map.get_mut(key) {
        Some(l) => l,
        None => map.entry(key.to_owned()).or_default(),
    };
    if list.last() != Some(&i) {
        list.push(i);
    }
}

impl StatementIndex {
    /// Indexes every statement of `graph` (content words are indexed on first use).
    pub fn new(graph: &KnowledgeGraph) -> StatementIndex {
        let mut index = StatementIndex {
            by_speaker: HashMap::new(),
            by_about: HashMap::new(),
            by_relation: BTreeMap::new(),
            by_doc: HashMap::new(),
            doc_dates: graph.documents().iter().filter_map(|d| Some((d.id.clone(), d.date.clone()?))).collect(),
            words: OnceLock::new(),
        };
        for (i, s) in graph.statements().iter().enumerate() {
            let i = u32::try_from(i).expect("fewer than 4 billion statements");
            push(&mut index.by_speaker, &s.speaker, i);
            for a in s.object.iter().chain(&s.about) {
                push(&mut index.by_about, a, i);
            }
            index.by_relation.entry(s.relation).or_default().push(i);
            push(&mut index.by_doc, &s.doc, i);
            for d in &s.also_in {
                push(&mut index.by_doc, d, i);
            }
        }
        index
    }

    fn words(&self, graph: &KnowledgeGraph) -> &HashMap<String, Vec<u32>> {
        self.words.get_or_init(|| {
            let mut words: HashMap<String, Vec<u32>> = HashMap::new();
            for (i, s) in graph.statements().iter().enumerate() {
                let i = u32::try_from(i).expect("fewer than 4 billion statements");
                let content = s.content.as_ref().map_or("", |c| c.text.as_str());
                for w in words_of(&s.cue.text).chain(words_of(content)) {
                    push(&mut words, &w, i);
                }
            }
            words
        })
    }

    /// Whether a document id is known.
    pub(crate) fn has_doc(&self, doc: &str) -> bool {
        self.by_doc.contains_key(doc)
    }

    /// Document ids, for suggestions.
    pub(crate) fn doc_ids(&self) -> impl Iterator<Item = &str> {
        self.by_doc.keys().map(String::as_str)
    }

    /// The date of a statement: its own, else its document's.
    fn date<'a>(&'a self, s: &'a Statement) -> Option<&'a str> {
        s.date.as_deref().or_else(|| self.doc_dates.get(&s.doc).map(String::as_str))
    }

    /// Statement numbers matching already-resolved filters, in graph order.
    pub(crate) fn select(&self, graph: &KnowledgeGraph, f: &ResolvedFilter<'_>) -> Vec<u32> {
        let empty: &[u32] = &[];
        fn any<'m>(map: &'m HashMap<String, Vec<u32>>, keys: &[&str]) -> Cow<'m, [u32]> {
            union(keys.iter().map(|k| map.get(*k).map_or(&[][..], Vec::as_slice)))
        }
        let mut lists: Vec<Cow<'_, [u32]>> = Vec::new();
        if !f.speakers.is_empty() {
            lists.push(any(&self.by_speaker, &f.speakers));
        }
        if !f.about.is_empty() {
            lists.push(any(&self.by_about, &f.about));
        }
        if !f.relations.is_empty() {
            lists.push(union(f.relations.iter().map(|r| self.by_relation.get(r).map_or(empty, Vec::as_slice))));
        }
        if !f.docs.is_empty() {
            lists.push(any(&self.by_doc, &f.docs));
        }
        if !f.words.is_empty() {
            let words = self.words(graph);
            for w in &f.words {
                lists.push(Cow::Borrowed(words.get(w).map_or(empty, Vec::as_slice)));
            }
        }
        lists.sort_by_key(|l| l.len());
        let mut result: Vec<u32> = match lists.first() {
            Some(smallest) => smallest.to_vec(),
            None => (0..u32::try_from(graph.statements().len()).expect("fewer than 4 billion statements")).collect(),
        };
        for other in lists.iter().skip(1) {
            result.retain(|i| other.binary_search(i).is_ok());
        }
        if f.since.is_some() || f.until.is_some() {
            let statements = graph.statements();
            result.retain(|&i| {
                let Some(date) = self.date(&statements[i as usize]) else { return false };
                f.since.is_none_or(|s| date >= s) && f.until.is_none_or(|u| date.get(..u.len()).unwrap_or(date) <= u)
            });
        }
        result
    }
}

/// Sorted union of sorted lists (borrowed when there is only one).
fn union<'a>(lists: impl Iterator<Item = &'a [u32]>) -> Cow<'a, [u32]> {
    let lists: Vec<&[u32]> = lists.collect();
    match lists.as_slice() {
        [] => Cow::Borrowed(&[]),
        [one] => Cow::Borrowed(one),
        many => {
            let mut all: Vec<u32> = many.iter().flat_map(|l| l.iter().copied()).collect();
            all.sort_unstable();
            all.dedup();
            Cow::Owned(all)
        }
    }
}

/// A query with names resolved to ids.
#[derive(Debug, Default)]
pub(crate) struct ResolvedFilter<'q> {
    pub speakers: Vec<&'q str>,
    pub about: Vec<&'q str>,
    pub relations: Vec<RelationType>,
    pub docs: Vec<&'q str>,
    pub since: Option<&'q str>,
    pub until: Option<&'q str>,
    pub words: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_checked() {
        for ok in ["2019", "2019-03", "2019-03-05"] {
            assert!(check_date(ok).is_ok(), "{ok}");
        }
        for bad in ["19", "2019-3", "2019/03/05", "march"] {
            assert!(check_date(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn unions_merge_sorted() {
        let (a, b) = ([1, 4, 7], [2, 4, 9]);
        assert_eq!(union([&a[..], &b[..]].into_iter()).as_ref(), [1, 2, 4, 7, 9]);
        assert_eq!(union([&a[..]].into_iter()).as_ref(), a);
    }
}
