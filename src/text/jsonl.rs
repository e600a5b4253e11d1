//! JSON Lines input: one article (`id`, `text`, `title`?, `date`?, `url`?) or
//! one relation record (recognised by its `relation` key) a line.
//!
//! Takes any buffered reader; gives [`InputItem`]s one line at a time, so a
//! corpus is never held in memory whole and a line longer than the limit is
//! skipped without being read into memory. Every error names the file and
//! line and, where it can, keeps the line itself for the reject file.

use super::Document;
use super::ingest::{IngestError, IngestOptions, InputItem, decode};
use crate::record::RelationRecord;
use std::io::{BufRead, Read};
use std::path::PathBuf;

/// Streams a JSON Lines file.
pub(super) struct JsonlReader {
    path: PathBuf,
    reader: Box<dyn BufRead>,
    line: usize,
    options: IngestOptions,
    buf: Vec<u8>,
    /// Lines with something on them so far (an all-blank file is empty).
    non_blank: usize,
    done: bool,
}

impl JsonlReader {
    pub(super) fn new(path: PathBuf, reader: Box<dyn BufRead>, options: IngestOptions) -> JsonlReader {
        JsonlReader { path, reader, line: 0, options, buf: Vec::new(), non_blank: 0, done: false }
    }

    fn bad(&self, message: impl Into<String>, input: &str) -> IngestError {
        IngestError::BadLine {
            path: self.path.clone(),
            line: self.line,
            message: message.into(),
            input: Some(input.to_owned()),
        }
    }

    fn parse(&self, text: &str, repaired: bool) -> Result<InputItem, IngestError> {
        // A relation record straight into its struct, without a `Value` in
        // between; anything else (or a record with a problem, for the message)
        // takes the general path below.
        if !repaired
            && text.contains("\"relation\"")
            && let Ok(record) = serde_json::from_str::<RelationRecord>(text)
            && record.validate().is_ok()
        {
            return Ok(InputItem::Record(Box::new(record), (self.path.clone(), self.line)));
        }
        // An article with string fields straight into a document, without a
        // `Value` in between. Everything this does not take (another JSON
        // type, a duplicate or numeric id, an empty field, a `relation` key,
        // bad JSON) takes the general path below, which gives the messages.
        if text.trim_start().starts_with('{')
            && let Ok(line) = serde_json::from_str::<ArticleLine>(text)
            && !line.relation.0
            && !line.id.trim().is_empty()
            && !line.text.trim().is_empty()
        {
            let ArticleLine { id, text, title, date, url, .. } = line;
            let doc = Document { id, text, title, date, url };
            return Ok(InputItem::Document { doc, origin: (self.path.clone(), self.line), repaired });
        }
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
            // serde_json counts lines within this one line: keep only the column.
            let message = e.to_string();
            let message = message
                .strip_suffix(&format!(" at line {} column {}", e.line(), e.column()))
                .unwrap_or(&message)
                .to_owned();
            self.bad(format!("not valid JSON at column {}: {message}", e.column()), text)
        })?;
        let obj = value.as_object().ok_or_else(|| self.bad("expected a JSON object", text))?;
        let origin = (self.path.clone(), self.line);
        if obj.contains_key("relation") {
            if repaired {
                return Err(self.bad("invalid UTF-8 in a relation record", text));
            }
            let record: RelationRecord = serde_json::from_value(value.clone())
                .map_err(|e| self.bad(format!("not a relation record: {e}"), text))?;
            record.validate().map_err(|e| self.bad(format!("bad relation record: {e}"), text))?;
            return Ok(InputItem::Record(Box::new(record), origin));
        }
        let field = |name: &str| -> Result<Option<String>, IngestError> {
            match obj.get(name) {
                None | Some(serde_json::Value::Null) => Ok(None),
                Some(serde_json::Value::String(s)) => Ok(Some(s.clone())),
                Some(other) => Err(self.bad(format!("field {name:?} must be a string, found {}", kind(other)), text)),
            }
        };
        let id = match obj.get("id") {
            Some(serde_json::Value::Number(n)) => n.to_string(),
            _ => match field("id")? {
                Some(id) if !id.trim().is_empty() => id,
                Some(_) => return Err(self.bad("empty \"id\"", text)),
                None => return Err(self.bad("missing \"id\"", text)),
            },
        };
        let text_field = match field("text")? {
            Some(t) if t.trim().is_empty() => return Err(self.bad("empty \"text\"", text)),
            Some(t) => t,
            None => return Err(self.bad("missing \"text\"", text)),
        };
        let doc = Document { id, text: text_field, title: field("title")?, date: field("date")?, url: field("url")? };
        Ok(InputItem::Document { doc, origin, repaired })
    }

    /// Reads the next line into `self.buf`, at most the size limit; a longer
    /// line is skipped to its end and reported. `Ok(false)` at the end of input.
    fn read_line(&mut self) -> Result<bool, IngestError> {
        self.buf.clear();
        let limit = self.options.max_document_bytes;
        let io = |source| IngestError::Io { path: self.path.clone(), error: source };
        let n = (&mut self.reader).take(limit as u64 + 1).read_until(b'\n', &mut self.buf).map_err(io)?;
        if n == 0 {
            return Ok(false);
        }
        if self.buf.len() > limit && self.buf.last() != Some(&b'\n') {
            self.buf.clear();
            self.reader
                .skip_until(b'\n')
                .map_err(|source| IngestError::Io { path: self.path.clone(), error: source })?;
            self.non_blank += 1;
            return Err(IngestError::TooLarge { path: self.path.clone(), line: self.line, limit });
        }
        Ok(true)
    }
}

/// An article line as [`JsonlReader::parse`] takes it on its fast path.
#[derive(serde::Deserialize)]
struct ArticleLine {
    id: String,
    text: String,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    url: Option<String>,
    /// A line with this key (whatever its value, `null` too) is a relation record.
    #[serde(default)]
    relation: Present,
}

/// Whether a key was there: any value, `null` included, counts.
#[derive(Default)]
struct Present(bool);

impl<'de> serde::Deserialize<'de> for Present {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Present, D::Error> {
        serde::de::IgnoredAny::deserialize(deserializer).map(|_| Present(true))
    }
}

/// The JSON type of a value, for messages.
fn kind(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

impl Iterator for JsonlReader {
    type Item = Result<InputItem, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.line += 1;
            match self.read_line() {
                Ok(true) => {}
                Ok(false) => {
                    self.done = true;
                    if self.non_blank == 0 {
                        return Some(Err(IngestError::Empty { path: self.path.clone() }));
                    }
                    return None;
                }
                Err(e @ IngestError::Io { .. }) => {
                    self.done = true;
                    return Some(Err(e));
                }
                Err(e) => return Some(Err(e)),
            }
            let bytes = std::mem::take(&mut self.buf);
            if bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes).iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            self.non_blank += 1;
            if bytes.contains(&0) {
                let input = String::from_utf8_lossy(&bytes).trim_end_matches(['\n', '\r']).to_owned();
                return Some(Err(IngestError::Binary { path: self.path.clone(), line: self.line, input: Some(input) }));
            }
            let (text, repaired) = match decode(&self.path, self.line, bytes, self.options) {
                Ok(t) => t,
                Err(e) => return Some(Err(e)),
            };
            return Some(self.parse(text.trim_end_matches(['\n', '\r']), repaired));
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(lines: &str) -> Vec<Result<InputItem, IngestError>> {
        let reader = Box::new(std::io::Cursor::new(lines.as_bytes().to_vec()));
        JsonlReader::new(PathBuf::from("c.jsonl"), reader, IngestOptions::default()).collect()
    }

    #[test]
    fn what_the_article_fast_path_leaves_to_the_general_one() {
        let got = items(concat!(
            "{\"id\": \"a\", \"text\": \"T\", \"title\": null, \"url\": \"u\", \"extra\": [1]}\n",
            "{\"id\": 7, \"text\": \"T\"}\n",
            "{\"id\": \"b\", \"id\": \"c\", \"text\": \"T\"}\n",
            "[\"d\", \"T\"]\n",
            "{\"id\": \"e\", \"text\": \"T\", \"relation\": null}\n",
            "{\"id\": \"f\", \"text\": \"T\", \"\\u0072elation\": 1}\n",
            "{\"id\": \" \", \"text\": \"T\"}\n",
            "{\"id\": \"g\", \"text\": \"T\", \"date\": 2020}\n",
        ));
        let doc = |k: usize| match &got[k] {
            Ok(InputItem::Document { doc, .. }) => doc.clone(),
            other => panic!("line {}: {other:?}", k + 1),
        };
        let err = |k: usize| got[k].as_ref().expect_err("an error").to_string();
        let a = doc(0);
        assert_eq!((a.id.as_str(), a.title, a.url.as_deref()), ("a", None, Some("u")));
        assert_eq!(doc(1).id, "7");
        assert_eq!(doc(2).id, "c");
        assert!(err(3).ends_with("expected a JSON object"), "{}", err(3));
        assert!(err(4).contains("not a relation record"), "{}", err(4));
        assert!(err(5).contains("not a relation record"), "{}", err(5));
        assert!(err(6).ends_with("empty \"id\""), "{}", err(6));
        assert!(err(7).ends_with("field \"date\" must be a string, found a number"), "{}", err(7));
    }
}
