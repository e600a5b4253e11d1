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
