//! JSON Lines input: one article (`id`, `text`, `title`?, `date`?, `url`?) or
//! one relation record (recognised by its `relation` key) a line.
//!
//! Takes any buffered reader; gives [`InputItem`]s one line at a time, so a
//! corpus is never held in memory whole and a line longer than the limit is
//! skipped without being read into memory. A line that names a relation is
//! handed on unparsed (a [`RecordLine`]), so that the pipeline's workers
//! parse it. Every error names the file and
//! line and, where it can, keeps the line itself for the reject file.

use super::Document;
use super::ingest::{IngestError, IngestOptions, InputItem, ReadItem, decode};
use super::record_line::RecordLine;
use crate::record::RelationRecord;
use memchr::memmem::Finder;
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Streams a JSON Lines file.
pub(super) struct JsonlReader {
    path: PathBuf,
    /// `path` again, shared by the lines handed on unparsed.
    shared_path: Arc<Path>,
    reader: Box<dyn BufRead>,
    line: usize,
    options: IngestOptions,
    /// The line being read; kept between lines, so it is not grown again for each.
    buf: Vec<u8>,
    /// Finds `"relation"` in a line (built once: building it costs as much as a search).
    relation: Finder<'static>,
    /// Lines with something on them so far (an all-blank file is empty).
    non_blank: usize,
    done: bool,
}

impl JsonlReader {
    pub(super) fn new(path: PathBuf, reader: Box<dyn BufRead>, options: IngestOptions) -> JsonlReader {
        JsonlReader {
            shared_path: Arc::from(path.as_path()),
            path,
            reader,
            line: 0,
            options,
            buf: Vec::new(),
            relation: Finder::new(b"\"relation\""),
            non_blank: 0,
            done: false,
        }
    }

    /// The line in `self.buf` as a [`RecordLine`], if it is one as it is:
    /// valid UTF-8 without a byte-order mark, naming a relation. Takes the
    /// line's buffer (which [`JsonlReader::read_line`] gave room to spare)
    /// instead of copying it. Anything else (a document, a byte-order mark,
    /// bad bytes) is left in `self.buf` for the general path, which gives the
    /// same result for such a line.
    fn record_line(&mut self) -> Option<RecordLine> {
        let bytes = &self.buf[..];
        if may_have_mark(bytes) {
            return None;
        }
        let end = bytes.iter().rposition(|&b| b != b'\n' && b != b'\r').map_or(0, |last| last + 1);
        let line = &bytes[..end];
        self.relation.find(line)?;
        let mut text = match String::from_utf8(std::mem::take(&mut self.buf)) {
            Ok(text) => text,
            Err(e) => {
                self.buf = e.into_bytes();
                return None;
            }
        };
        text.truncate(end);
        // Room for the unescaped form of strings with escapes, which the
        // parser appends to the line (a third of the lines have some): half
        // the line, so that appending them does not move the line. (A line
        // read whole from the reader's buffer has it already.)
        text.reserve(end / 2);
        Some(RecordLine::new(self.shared_path.clone(), self.line, text))
    }

    /// Reads the next line into `self.buf`, at most the size limit; a longer
    /// line is skipped to its end and reported. `Ok(false)` at the end of input.
    ///
    /// A line that lies whole in the reader's buffer (most do) is copied once,
    /// into a buffer of its own with room for half its length again, which
    /// [`JsonlReader::record_line`] takes as it is.
    fn read_line(&mut self) -> Result<bool, IngestError> {
        self.buf.clear();
        let limit = self.options.max_document_bytes;
        if let Ok(available) = self.reader.fill_buf() {
            let window = &available[..available.len().min(limit.saturating_add(1))];
            if let Some(at) = memchr::memchr(b'\n', window) {
                let len = at + 1;
                if self.buf.capacity() < len {
                    self.buf = Vec::with_capacity(len + len / 2);
                }
                self.buf.extend_from_slice(&window[..len]);
                self.reader.consume(len);
                return Ok(true);
            }
        }
        let io = |source| IngestError::Io { path: self.path.clone(), error: source };
        let n = read_until_newline(&mut self.reader, &mut self.buf, limit.saturating_add(1)).map_err(io)?;
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

/// May the line start with a byte-order mark (or, on the first line, a UTF-16 one)? Each
/// starts with one of these bytes.
fn may_have_mark(bytes: &[u8]) -> bool {
    matches!(bytes.first(), Some(0xEF | 0xFE | 0xFF))
}

/// Appends bytes of `reader` to `buf` up to and including the next line
/// end, or until `max` bytes are read, or to the end of input; gives how many
/// it read. `BufRead::read_until` on `Read::take`, with the memchr crate's
/// vectorised search instead of the standard library's word-at-a-time one
/// (a third of the reader's time on record files).
fn read_until_newline(reader: &mut dyn BufRead, buf: &mut Vec<u8>, max: usize) -> std::io::Result<usize> {
    let mut read = 0;
    while read < max {
        let available = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            break;
        }
        let window = &available[..available.len().min(max - read)];
        let (used, done) = match memchr::memchr(b'\n', window) {
            Some(at) => (at + 1, true),
            None => (window.len(), false),
        };
        buf.extend_from_slice(&window[..used]);
        reader.consume(used);
        read += used;
        if done {
            break;
        }
    }
    Ok(read)
}

/// Parses one line of a JSON Lines file (without its line end): an article
/// or a relation record. `repaired`: bad bytes in it were replaced.
pub(super) fn parse_line(path: &Path, line: usize, text: &str, repaired: bool) -> Result<InputItem, IngestError> {
    parse_searched_line(path, line, text, repaired, text.contains("\"relation\""))
}

/// [`parse_line`] for a line already searched for `"relation"`: `names_relation` is the answer.
fn parse_searched_line(
    path: &Path,
    line: usize,
    text: &str,
    repaired: bool,
    names_relation: bool,
) -> Result<InputItem, IngestError> {
    let bad =
        |message: String| IngestError::BadLine { path: path.to_owned(), line, message, input: Some(text.to_owned()) };
    // A relation record straight into its struct, without a `Value` in
    // between; anything else (or a record with a problem, for the message)
    // takes the general path below.
    if !repaired
        && names_relation
        && let Ok(record) = serde_json::from_str::<RelationRecord>(text)
        && record.validate().is_ok()
    {
        return Ok(InputItem::Record(Box::new(record), (path.to_owned(), line)));
    }
    // An article with string fields straight into a document, without a
    // `Value` in between. Everything this does not take (another JSON
    // type, a duplicate or numeric id, an empty field, a `relation` key,
    // bad JSON) takes the general path below, which gives the messages.
    // (Most lines are in the plain form that `article_line` reads without serde.)
    if let Some(article) = super::article_line::parse(text)
        && !article.id.trim().is_empty()
        && !article.text.trim().is_empty()
    {
        let super::article_line::PlainArticle { id, text, title, date, url } = article;
        let doc = Document { id, text, title, date, url };
        return Ok(InputItem::Document { doc, origin: (path.to_owned(), line), repaired });
    }
    if text.trim_start().starts_with('{')
        && let Ok(article) = serde_json::from_str::<ArticleLine>(text)
        && !article.relation.0
        && !article.id.trim().is_empty()
        && !article.text.trim().is_empty()
    {
        let ArticleLine { id, text, title, date, url, .. } = article;
        let doc = Document { id, text, title, date, url };
        return Ok(InputItem::Document { doc, origin: (path.to_owned(), line), repaired });
    }
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        // serde_json counts lines within this one line: keep only the column.
        let message = e.to_string();
        let message = message
            .strip_suffix(&format!(" at line {} column {}", e.line(), e.column()))
            .unwrap_or(&message)
            .to_owned();
        bad(format!("not valid JSON at column {}: {message}", e.column()))
    })?;
    let obj = value.as_object().ok_or_else(|| bad("expected a JSON object".into()))?;
    let origin = (path.to_owned(), line);
    if obj.contains_key("relation") {
        if repaired {
            return Err(bad("invalid UTF-8 in a relation record".into()));
        }
        let record: RelationRecord =
            serde_json::from_value(value.clone()).map_err(|e| bad(format!("not a relation record: {e}")))?;
        record.validate().map_err(|e| bad(format!("bad relation record: {e}")))?;
        return Ok(InputItem::Record(Box::new(record), origin));
    }
    let field = |name: &str| -> Result<Option<String>, IngestError> {
        match obj.get(name) {
            None | Some(serde_json::Value::Null) => Ok(None),
            Some(serde_json::Value::String(s)) => Ok(Some(s.clone())),
            Some(other) => Err(bad(format!("field {name:?} must be a string, found {}", kind(other)))),
        }
    };
    let id = match obj.get("id") {
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => match field("id")? {
            Some(id) if !id.trim().is_empty() => id,
            Some(_) => return Err(bad("empty \"id\"".into())),
            None => return Err(bad("missing \"id\"".into())),
        },
    };
    let text_field = match field("text")? {
        Some(t) if t.trim().is_empty() => return Err(bad("empty \"text\"".into())),
        Some(t) => t,
        None => return Err(bad("missing \"text\"".into())),
    };
    let doc = Document { id, text: text_field, title: field("title")?, date: field("date")?, url: field("url")? };
    Ok(InputItem::Document { doc, origin, repaired })
}

/// An article line as [`parse_line`] takes it on its fast path.
#[derive(serde::Deserialize)]
pub(super) struct ArticleLine {
    pub(super) id: String,
    pub(super) text: String,
    #[serde(default)]
    pub(super) title: Option<String>,
    #[serde(default)]
    pub(super) date: Option<String>,
    #[serde(default)]
    pub(super) url: Option<String>,
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
    type Item = Result<ReadItem, IngestError>;

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
            let bytes = &self.buf;
            if bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes).iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            self.non_blank += 1;
            if memchr::memchr(0, bytes).is_some() {
                let input = String::from_utf8_lossy(bytes).trim_end_matches(['\n', '\r']).to_owned();
                return Some(Err(IngestError::Binary { path: self.path.clone(), line: self.line, input: Some(input) }));
            }
            // A line that names a relation is most likely a relation record:
            // it is parsed later, on a worker thread (see `RecordLine`).
            // (A line that may start with a mark is searched below, after decoding.)
            let searched = !may_have_mark(&self.buf);
            if let Some(line) = self.record_line() {
                return Some(Ok(ReadItem::Deferred(line)));
            }
            // The line's own buffer, not a copy: the next line is read into a new one.
            let bytes = std::mem::take(&mut self.buf);
            let (mut text, repaired) = match decode(&self.path, self.line, bytes, self.options) {
                Ok(t) => t,
                Err(e) => return Some(Err(e)),
            };
            text.truncate(text.trim_end_matches(['\n', '\r']).len());
            // A line searched in `record_line` names no relation, or was handed on there (a
            // line it could not take for bad bytes is repaired here or rejected by `decode`).
            if !repaired && !searched && self.relation.find(text.as_bytes()).is_some() {
                let path = self.shared_path.clone();
                return Some(Ok(ReadItem::Deferred(RecordLine::new(path, self.line, text))));
            }
            let parsed = parse_searched_line(&self.path, self.line, &text, repaired, false);
            return Some(parsed.map(ReadItem::Ready));
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn reads_lines_as_read_until_on_take_does() {
        let text = b"ab\n\ncdefgh\r\nij";
        for max in [1, 2, 3, 4, 7, 100] {
            // A buffer smaller than a line, so that lines span refills.
            let mut ours = std::io::BufReader::with_capacity(2, &text[..]);
            let mut theirs = std::io::BufReader::with_capacity(3, &text[..]);
            loop {
                let (mut a, mut b) = (Vec::new(), Vec::new());
                let n = read_until_newline(&mut ours, &mut a, max).expect("reads");
                let m = (&mut theirs).take(max as u64).read_until(b'\n', &mut b).expect("reads");
                assert_eq!((n, &a), (m, &b), "max {max}");
                if n == 0 {
                    break;
                }
            }
        }
    }

    #[test]
    fn what_the_article_fast_path_leaves_to_the_general_one() {
        let lines = [
            "{\"id\": \"a\", \"text\": \"T\", \"title\": null, \"url\": \"u\", \"extra\": [1]}",
            "{\"id\": 7, \"text\": \"T\"}",
            "{\"id\": \"b\", \"id\": \"c\", \"text\": \"T\"}",
            "[\"d\", \"T\"]",
            "{\"id\": \"e\", \"text\": \"T\", \"relation\": null}",
            "{\"id\": \"f\", \"text\": \"T\", \"\\u0072elation\": 1}",
            "{\"id\": \" \", \"text\": \"T\"}",
            "{\"id\": \"g\", \"text\": \"T\", \"date\": 2020}",
        ];
        let got: Vec<_> =
            lines.iter().enumerate().map(|(k, l)| parse_line(Path::new("c.jsonl"), k + 1, l, false)).collect();
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
