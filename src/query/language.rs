//! The query language: one readable call per query.
//!
//! ```text
//! said(speaker: Trump, about: Putin)            statements of one speech-act type
//! statements(speaker: Putin | Peskov, text: ceasefire, since: 2019-03)
//! requested(about: "Russia's President")         quotes for names with , ( ) : | or "
//! between(Trump, Putin)                          every relation either way, with evidence
//! path(Witkoff, Zelenskyy)                       a shortest chain of relations
//! neighbors(Putin, depth: 2)                     actors within two relations
//! ```
//!
//! A call is a head (`statements`, a speech-act type such as `said` or
//! `requested`, `between`, `path`, `neighbors`) and arguments. Statement
//! arguments are `key: value` with keys `speaker`, `about`, `relation`,
//! `doc`, `since`, `until`, `text`; `|` separates alternatives. Heads and
//! keys are case-insensitive. Takes the text; gives a [`Query`] or a
//! [`ParseError`] with the column of the problem.

use super::StatementQuery;
use crate::record::RelationType;

/// A query, as the engine runs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Query {
    /// Statements matching the filters.
    Statements(StatementQuery),
    /// Every relation between two actors (names).
    Between(String, String),
    /// A shortest chain of relations between two actors.
    Path(String, String),
    /// Actors within `depth` relations.
    Neighbors {
        /// The actor's name.
        actor: String,
        /// Relations away (1 = direct).
        depth: usize,
    },
}

/// Query text that could not be parsed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("query column {}: {message}", .column + 1)]
pub struct ParseError {
    /// 0-based character column of the problem.
    pub column: usize,
    /// What is wrong.
    pub message: String,
}

/// One argument: an optional key and its alternatives.
#[derive(Debug)]
struct Arg {
    key: Option<(String, usize)>,
    values: Vec<(String, usize)>,
}

struct Parser {
    chars: Vec<char>,
    pos: usize,
}

impl Parser {
    fn error<T>(&self, column: usize, message: impl Into<String>) -> Result<T, ParseError> {
        Err(ParseError { column, message: message.into() })
    }

    fn skip_space(&mut self) {
        while self.chars.get(self.pos).is_some_and(|c| c.is_whitespace()) {
            self.pos += 1;
        }
    }

    fn peek(&mut self) -> Option<char> {
        self.skip_space();
        self.chars.get(self.pos).copied()
    }

    fn expect(&mut self, want: char) -> Result<(), ParseError> {
        match self.peek() {
            Some(c) if c == want => {
                self.pos += 1;
                Ok(())
            }
            Some(c) => self.error(self.pos, format!("expected '{want}', found '{c}'")),
            None => self.error(self.pos, format!("expected '{want}', found the end")),
        }
    }

    fn ident(&mut self) -> Option<(String, usize)> {
        self.peek();
        let start = self.pos;
        while self.chars.get(self.pos).is_some_and(|c| c.is_alphanumeric() || *c == '_') {
            self.pos += 1;
        }
        (self.pos > start).then(|| (self.chars[start..self.pos].iter().collect::<String>().to_lowercase(), start))
    }

    fn value(&mut self) -> Result<(String, usize), ParseError> {
        let start = match self.peek() {
            Some('"') => {
                let start = self.pos;
                self.pos += 1;
                let mut out = String::new();
                loop {
                    match self.chars.get(self.pos) {
                        Some('"') => break,
                        Some('\\') if self.chars.get(self.pos + 1).is_some() => {
                            out.push(self.chars[self.pos + 1]);
                            self.pos += 2;
                        }
                        Some(&c) => {
                            out.push(c);
                            self.pos += 1;
                        }
                        None => return self.error(start, "unclosed quote"),
                    }
                }
                self.pos += 1;
                return Ok((out, start));
            }
            Some(_) => self.pos,
            None => return self.error(self.pos, "expected a value, found the end"),
        };
        while self.chars.get(self.pos).is_some_and(|c| !matches!(c, ',' | '(' | ')' | ':' | '|' | '"')) {
            self.pos += 1;
        }
        let text: String = self.chars[start..self.pos].iter().collect::<String>().trim().to_owned();
        if text.is_empty() {
            return self.error(start, "expected a value");
        }
        Ok((text, start))
    }

    fn arg(&mut self) -> Result<Arg, ParseError> {
        let save = self.pos;
        let mut key = None;
        if let Some(k) = self.ident() {
            if self.peek() == Some(':') {
                self.pos += 1;
                key = Some(k);
            } else {
                self.pos = save;
            }
        }
        let mut values = vec![self.value()?];
        while self.peek() == Some('|') {
            self.pos += 1;
            values.push(self.value()?);
        }
        Ok(Arg { key, values })
    }

    fn call(&mut self) -> Result<(String, usize, Vec<Arg>), ParseError> {
        let Some((head, at)) = self.ident() else {
            return self.error(self.pos, "expected a query such as said(speaker: Trump)");
        };
        self.expect('(')?;
        let mut args = Vec::new();
        if self.peek() != Some(')') {
            loop {
                args.push(self.arg()?);
                if self.peek() == Some(',') {
                    self.pos += 1;
                } else {
                    break;
                }
            }
        }
        self.expect(')')?;
        if let Some(c) = self.peek() {
            return self.error(self.pos, format!("unexpected '{c}' after the query"));
        }
        Ok((head, at, args))
    }
}

fn positional(head: &str, at: usize, args: Vec<Arg>, n: usize) -> Result<Vec<String>, ParseError> {
    let mut out = Vec::new();
    let mut rest = Vec::new();
    for a in args {
        if a.key.is_none() && out.len() < n {
            let mut values = a.values;
            if values.len() > 1 {
                return Err(ParseError { column: values[1].1, message: format!("{head}() takes one actor per place") });
            }
            out.push(values.remove(0).0);
        } else {
            rest.push(a);
        }
    }
    if out.len() < n {
        return Err(ParseError { column: at, message: format!("{head}() needs {n} actor name(s)") });
    }
    if let Some(a) = rest.first() {
        let column = a.key.as_ref().map_or(a.values[0].1, |k| k.1);
        return Err(ParseError { column, message: format!("unexpected argument to {head}()") });
    }
    Ok(out)
}

impl Query {
    /// Parses the query language.
    ///
    /// ```
    /// use newsgraph::query::{Query, StatementQuery};
    /// use newsgraph::record::RelationType;
    ///
    /// let q = Query::parse("said(speaker: Trump, about: Putin | Zelenskyy)")?;
    /// let want = StatementQuery::new().speaker("Trump").about("Putin").about("Zelenskyy").relation(RelationType::Said);
    /// assert_eq!(q, Query::Statements(want));
    /// assert_eq!(Query::parse("path(Witkoff, Zelenskyy)")?, Query::Path("Witkoff".into(), "Zelenskyy".into()));
    /// # Ok::<(), newsgraph::query::ParseError>(())
    /// ```
    pub fn parse(text: &str) -> Result<Query, ParseError> {
        let mut p = Parser { chars: text.chars().collect(), pos: 0 };
        let (head, at, mut args) = p.call()?;
        match head.as_str() {
            "between" | "path" => {
                let mut names = positional(&head, at, args, 2)?;
                let b = names.pop().expect("two names");
                let a = names.pop().expect("two names");
                Ok(if head == "between" { Query::Between(a, b) } else { Query::Path(a, b) })
            }
            "neighbors" | "neighbours" => {
                let mut depth = 1;
                let mut depth_arg = None;
                args.retain(|a| {
                    let is_depth = a.key.as_ref().is_some_and(|k| k.0 == "depth");
                    if is_depth {
                        depth_arg = Some(a.values[0].clone());
                    }
                    !is_depth
                });
                if let Some((v, column)) = depth_arg {
                    depth = v
                        .parse()
                        .map_err(|_| ParseError { column, message: format!("depth {v:?} is not a number") })?;
                }
                let actor = positional(&head, at, args, 1)?.remove(0);
                Ok(Query::Neighbors { actor, depth })
            }
            _ => {
                let mut q = StatementQuery::new();
                if head != "statements" {
                    match head.parse::<RelationType>() {
                        Ok(r) => q.relations.push(r),
                        Err(_) => {
                            return Err(ParseError {
                                column: at,
                                message: format!(
                                    "unknown query {head:?}: use statements, a speech act ({}), between, path or neighbors",
                                    super::speech_acts()
                                ),
                            });
                        }
                    }
                }
                for a in args {
                    let Some((key, column)) = a.key else {
                        return Err(ParseError {
                            column: a.values[0].1,
                            message:
                                "statement filters are key: value (speaker, about, relation, doc, since, until, text)"
                                    .into(),
                        });
                    };
                    let values = a.values;
                    let single = |what: &str| -> Result<String, ParseError> {
                        match values.as_slice() {
                            [(v, _)] => Ok(v.clone()),
                            _ => Err(ParseError { column, message: format!("{what} takes one value") }),
                        }
                    };
                    match key.as_str() {
                        "speaker" => q.speakers.extend(values.iter().map(|v| v.0.clone())),
                        "about" => q.about.extend(values.iter().map(|v| v.0.clone())),
                        "doc" => q.docs.extend(values.iter().map(|v| v.0.clone())),
                        "text" => q.text.extend(values.iter().map(|v| v.0.clone())),
                        "since" => q.since = Some(single("since")?),
                        "until" => q.until = Some(single("until")?),
                        "relation" => {
                            for (v, column) in &values {
                                let r = v
                                    .parse::<RelationType>()
                                    .map_err(|e| ParseError { column: *column, message: e })?;
                                q.relations.push(r);
                            }
                        }
                        _ => {
                            return Err(ParseError {
                                column,
                                message: format!(
                                    "unknown filter {key:?}: use speaker, about, relation, doc, since, until or text"
                                ),
                            });
                        }
                    }
                }
                Ok(Query::Statements(q))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_form() {
        let q = Query::parse("  Statements( speaker : \"Russia's President\" , text: phone call, since: 2019 ) ")
            .expect("parses");
        let want = StatementQuery {
            speakers: vec!["Russia's President".into()],
            text: vec!["phone call".into()],
            since: Some("2019".into()),
            ..StatementQuery::default()
        };
        assert_eq!(q, Query::Statements(want));
        assert_eq!(
            Query::parse("statements(relation: said | requested)").expect("parses"),
            Query::Statements(StatementQuery::new().relation(RelationType::Said).relation(RelationType::Requested))
        );
        assert_eq!(
            Query::parse("neighbors(Putin, depth: 2)").expect("parses"),
            Query::Neighbors { actor: "Putin".into(), depth: 2 }
        );
        assert_eq!(
            Query::parse("said()").expect("parses"),
            Query::Statements(StatementQuery::new().relation(RelationType::Said))
        );
    }

    #[test]
    fn errors_point_at_the_problem() {
        let cases = [
            ("said(speaker: Trump", 19, "expected ')'"),
            ("sayed(speaker: Trump)", 0, "unknown query \"sayed\""),
            ("said(speakr: Trump)", 5, "unknown filter"),
            ("said(Trump)", 5, "key: value"),
            ("between(Trump)", 0, "needs 2"),
            ("said(relation: meets)", 15, "unknown relation type"),
            ("said(speaker: \"Trump)", 14, "unclosed quote"),
            ("neighbors(Putin, depth: two)", 24, "not a number"),
            ("said() x", 7, "unexpected 'x'"),
        ];
        for (text, column, message) in cases {
            let err = Query::parse(text).expect_err(text);
            assert_eq!(err.column, column, "{text}: {err}");
            assert!(err.message.contains(message), "{text}: {err}");
        }
    }
}
