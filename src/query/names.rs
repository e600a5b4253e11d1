//! Actor names → entity ids.
//!
//! Takes the graph's nodes with every alias seen for them; gives a
//! [`NameIndex`] that resolves what a user types ("Putin", "vladimir putin",
//! "Russia's President") to one actor, or says why it cannot: no actor has
//! that name (with the nearest names as suggestions), or several do (with
//! the candidates, never a guess).
//!
//! Matching is case-insensitive and ignores punctuation, curly quotes and a
//! leading "the". It goes in tiers, stopping at the first that finds
//! anything: an entity id (`vladimir_putin`, or `id:biden` for an id without
//! `_`, which would otherwise read as a name), then a whole alias, then a run
//! of whole words inside an alias ("Russia's President" inside "Russia's
//! President Vladimir Putin"). Pronoun aliases ("he", "they") are never used.
//! Candidates are listed most-mentioned first.

use crate::graph::{KnowledgeGraph, Node};
use std::collections::{BTreeSet, HashMap};

/// Words that never name an actor on their own.
const PRONOUNS: &[&str] = &[
    "he", "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their", "theirs", "we", "us", "our", "i",
    "me", "my", "you", "your", "who", "whom", "this", "that", "these", "those",
];

/// Why a name did not resolve to one actor.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NameError {
    /// No actor has this name.
    #[error("no actor named {name:?}{}", suggestion_text(.suggestions))]
    Unknown {
        /// The name as typed.
        name: String,
        /// The nearest known names, best first.
        suggestions: Vec<Candidate>,
    },
    /// Several actors have this name.
    #[error("{name:?} is ambiguous: it names {}; use one of the ids or a longer name", candidate_list(.candidates))]
    Ambiguous {
        /// The name as typed.
        name: String,
        /// Every actor it could be, by id.
        candidates: Vec<Candidate>,
    },
}

/// An actor offered as a suggestion or candidate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// Entity id.
    pub id: String,
    /// Canonical name.
    pub label: String,
    /// Number of mentions in the graph.
    pub mentions: usize,
    /// The alias that matched or came close, when it is not the label.
    pub alias: Option<String>,
}

impl Candidate {
    /// What to type to name exactly this actor: the id, with `id:` when it has no `_`.
    pub fn handle(&self) -> String {
        if self.id.contains('_') { self.id.clone() } else { format!("id:{}", self.id) }
    }
}

impl std::fmt::Display for Candidate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let plural = if self.mentions == 1 { "" } else { "s" };
        write!(f, "{} ({}, {} mention{plural}", self.label, self.handle(), self.mentions)?;
        match &self.alias {
            Some(a) => write!(f, ", as \"{a}\")"),
            None => write!(f, ")"),
        }
    }
}

fn candidate_list(c: &[Candidate]) -> String {
    c.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")
}

fn suggestion_text(s: &[Candidate]) -> String {
    if s.is_empty() { String::new() } else { format!("; did you mean {}?", candidate_list(s)) }
}

/// The words of a name: lowercase, apostrophes straightened, split on
/// anything that is not a letter, digit or apostrophe, a leading "the" dropped.
pub fn name_words(name: &str) -> Vec<String> {
    let mut words: Vec<String> = name
        .split(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’' | '‘')))
        .map(|w| w.trim_matches(|c| matches!(c, '\'' | '’' | '‘')))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace(['’', '‘'], "'"))
        .collect();
    if words.len() > 1 && words[0] == "the" {
        words.remove(0);
    }
    words
}

/// One alias of one node, prepared for matching.
#[derive(Debug)]
struct Alias {
    node: usize,
    text: String,
    words: Vec<String>,
}

/// Resolves names to nodes; built once per graph.
#[derive(Debug)]
pub struct NameIndex {
    ids: Vec<String>,
    labels: Vec<String>,
    mentions: Vec<usize>,
    by_id: HashMap<String, usize>,
    /// Key: the alias's words joined without separators ("us" for "U.S.").
    by_alias: HashMap<String, BTreeSet<usize>>,
    aliases: Vec<Alias>,
}

fn is_pronoun(alias: &str) -> bool {
    let shouting = alias.chars().filter(|c| c.is_alphabetic()).count() > 1 && !alias.chars().any(char::is_lowercase);
    !shouting && PRONOUNS.contains(&alias.trim().to_lowercase().as_str())
}

impl NameIndex {
    /// Indexes every node's id, label and aliases.
    pub fn new(graph: &KnowledgeGraph) -> NameIndex {
        let mut index = NameIndex {
            ids: Vec::new(),
            labels: Vec::new(),
            mentions: Vec::new(),
            by_id: HashMap::new(),
            by_alias: HashMap::new(),
            aliases: Vec::new(),
        };
        for (i, node) in graph.nodes().enumerate() {
            index.add(i, node);
        }
        index
    }

    fn add(&mut self, i: usize, node: &Node) {
        self.ids.push(node.id.clone());
        self.labels.push(node.label.clone());
        self.mentions.push(node.mentions);
        self.by_id.insert(node.id.to_lowercase(), i);
        let names = std::iter::once(&node.label).chain(node.aliases.iter()).collect::<BTreeSet<_>>();
        for text in names {
            if is_pronoun(text) {
                continue;
            }
            let words = name_words(text);
            if words.is_empty() {
                continue;
            }
            self.by_alias.entry(words.concat()).or_default().insert(i);
            self.aliases.push(Alias { node: i, text: text.clone(), words });
        }
    }

    /// The id of the one node `name` names.
    pub fn resolve(&self, name: &str) -> Result<&str, NameError> {
        let typed = name.trim();
        if let Some(id) = typed.strip_prefix("id:") {
            return match self.by_id.get(id.trim().to_lowercase().as_str()) {
                Some(&i) => Ok(&self.ids[i]),
                None => {
                    Err(NameError::Unknown { name: name.to_owned(), suggestions: self.suggest(&name_words(id), 5) })
                }
            };
        }
        if typed.contains('_')
            && let Some(&i) = self.by_id.get(typed.to_lowercase().as_str())
        {
            return Ok(&self.ids[i]);
        }
        let words = name_words(name);
        let mut found: BTreeSet<usize> = BTreeSet::new();
        if !words.is_empty() {
            if let Some(nodes) = self.by_alias.get(&words.concat()) {
                found.extend(nodes);
            }
            if found.is_empty() {
                found.extend(
                    self.aliases.iter().filter(|a| a.words.windows(words.len()).any(|w| w == words)).map(|a| a.node),
                );
            }
        }
        match found.len() {
            1 => Ok(&self.ids[found.into_iter().next().expect("one element")]),
            0 => Err(NameError::Unknown { name: name.to_owned(), suggestions: self.suggest(&words, 5) }),
            _ => {
                let mut candidates: Vec<Candidate> = found.into_iter().map(|i| self.candidate(i, &words)).collect();
                candidates.sort_by(|a, b| b.mentions.cmp(&a.mentions).then_with(|| a.id.cmp(&b.id)));
                Err(NameError::Ambiguous { name: name.to_owned(), candidates })
            }
        }
    }

    fn candidate(&self, i: usize, words: &[String]) -> Candidate {
        let key = words.concat();
        let own: Vec<&Alias> = self.aliases.iter().filter(|a| a.node == i).collect();
        // The alias that matched: a whole one first, else one holding the words.
        let matched = own
            .iter()
            .find(|a| a.words.concat() == key)
            .or_else(|| own.iter().find(|a| a.words.windows(words.len().max(1)).any(|w| w == words)));
        let alias = matched.filter(|a| a.text != self.labels[i]).map(|a| a.text.clone());
        Candidate { id: self.ids[i].clone(), label: self.labels[i].clone(), mentions: self.mentions[i], alias }
    }

    /// The nearest names to `words`, one per node, best first.
    fn suggest(&self, words: &[String], limit: usize) -> Vec<Candidate> {
        let typed = words.join(" ");
        if typed.is_empty() {
            return Vec::new();
        }
        let mut best: HashMap<usize, (f64, &Alias)> = HashMap::new();
        for a in &self.aliases {
            let whole = strsim::jaro_winkler(&typed, &a.words.join(" "));
            // A close single word inside a longer name ("Putn" → "Vladimir Putin").
            let part = a.words.iter().map(|w| strsim::jaro_winkler(&typed, w)).fold(0.0, f64::max) * 0.98;
            let score = whole.max(part);
            let slot = best.entry(a.node).or_insert((score, a));
            if score > slot.0 {
                *slot = (score, a);
            }
        }
        let mut ranked: Vec<(f64, usize, &Alias)> =
            best.into_iter().filter(|(_, (s, _))| *s >= 0.8).map(|(i, (s, a))| (s, i, a)).collect();
        ranked.sort_by(|x, y| y.0.total_cmp(&x.0).then_with(|| self.ids[x.1].cmp(&self.ids[y.1])));
        ranked
            .into_iter()
            .take(limit)
            .map(|(_, i, a)| Candidate {
                id: self.ids[i].clone(),
                label: self.labels[i].clone(),
                mentions: self.mentions[i],
                alias: (a.text != self.labels[i]).then(|| a.text.clone()),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::GraphFile;

    fn graph() -> KnowledgeGraph {
        let node = |id: &str, label: &str, aliases: &[&str]| {
            serde_json::json!({"id": id, "label": label, "type": "person", "mentions": 1,
                "aliases": aliases, "documents": ["d"]})
        };
        let json = serde_json::json!({
            "directed": true, "multigraph": true,
            "graph": {"name": "t", "documents": [], "statements": []},
            "nodes": [
                node("vladimir_putin", "Vladimir Putin", &["Putin", "Russia’s President Vladimir Putin", "he"]),
                node("donald_trump", "Donald Trump", &["Trump", "U.S. President Donald Trump", "He"]),
                node("trump_administration", "Trump administration", &["Trump administration"]),
                node("united_states", "United States", &["U.S.", "United States"]),
                node("biden", "Biden", &["Biden"]),
                node("joe_biden", "Joe Biden", &["Biden", "Joe Biden"]),
            ],
            "edges": []
        });
        GraphFile::read_from(json.to_string().as_bytes(), "t").expect("graph")
    }

    #[test]
    fn any_alias_finds_the_actor() {
        let names = NameIndex::new(&graph());
        for n in
            ["Putin", "vladimir putin", "Russia's President", "RUSSIA’S PRESIDENT VLADIMIR PUTIN", "vladimir_putin"]
        {
            assert_eq!(names.resolve(n), Ok("vladimir_putin"), "{n}");
        }
        assert_eq!(names.resolve("Trump"), Ok("donald_trump"), "a whole alias beats a word inside another");
        assert_eq!(names.resolve("US"), Ok("united_states"));
        assert_eq!(names.resolve("id:biden"), Ok("biden"), "an id without _ needs id:");
        assert_eq!(names.resolve("Joe_Biden"), Ok("joe_biden"));
        let Err(NameError::Ambiguous { candidates, .. }) = names.resolve("biden") else { panic!("two have the name") };
        assert_eq!(candidates.iter().map(Candidate::handle).collect::<Vec<_>>(), ["id:biden", "joe_biden"]);
        assert_eq!(names.resolve("the United States"), Ok("united_states"));
    }

    #[test]
    fn ambiguous_names_list_candidates() {
        let names = NameIndex::new(&graph());
        let Err(NameError::Ambiguous { candidates, .. }) = names.resolve("President") else {
            panic!("President names two people");
        };
        let ids: Vec<&str> = candidates.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["donald_trump", "vladimir_putin"]);
        assert!(matches!(names.resolve("he"), Err(NameError::Unknown { .. })), "pronouns name nobody");
    }

    #[test]
    fn unknown_names_suggest_the_nearest() {
        let names = NameIndex::new(&graph());
        let err = names.resolve("Putn").expect_err("unknown");
        let NameError::Unknown { suggestions, .. } = &err else { panic!("{err}") };
        assert_eq!(suggestions[0].id, "vladimir_putin");
        assert!(
            err.to_string().contains("did you mean Vladimir Putin (vladimir_putin, 1 mention, as \"Putin\")"),
            "{err}"
        );
    }
}
