//! Ingest: turns the user's inputs into a stream of documents or relation records.
//!
//! Takes paths (`.txt` article, `.jsonl` corpus or relation records, a folder
//! of those) or `-` for stdin. Gives [`InputItem`]s one at a time, so a corpus
//! is never held in memory whole. Every error names the file and, where there
//! is one, the line.

use super::Document;
use crate::record::RelationRecord;
use std::collections::HashMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// What went wrong while reading input.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// The path could not be opened or read.
    #[error("{path}: {source}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The underlying error.
        source: io::Error,
    },
    /// The file is not UTF-8 text.
    #[error("{path}:{line}: invalid UTF-8 (rerun with --continue-on-error to replace bad bytes)")]
    InvalidUtf8 {
        /// The file.
        path: PathBuf,
        /// 1-based line of the first bad byte.
        line: usize,
    },
    /// The file holds NUL bytes: not text.
    #[error("{path}:{line}: binary data (NUL byte); not a text file")]
    Binary {
        /// The file.
        path: PathBuf,
        /// 1-based line of the first NUL byte.
        line: usize,
    },
    /// A file with no text.
    #[error("{path}: empty file")]
    Empty {
        /// The file.
        path: PathBuf,
    },
    /// A JSON Lines line that is not what it should be.
    #[error("{path}:{line}: {message}")]
    BadLine {
        /// The file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A path that is neither a `.txt`, a `.jsonl` nor a folder.
    #[error("{path}: not a .txt or .jsonl file or a folder")]
    Unsupported {
        /// The path.
        path: PathBuf,
    },
}

impl IngestError {
    /// The file the error is about.
    pub fn path(&self) -> &Path {
        match self {
            IngestError::Io { path, .. }
            | IngestError::InvalidUtf8 { path, .. }
            | IngestError::Binary { path, .. }
            | IngestError::Empty { path }
            | IngestError::BadLine { path, .. }
            | IngestError::Unsupported { path } => path,
        }
    }
}

/// One input path, or standard input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A file or folder.
    Path(PathBuf),
    /// Standard input (`-`): JSON Lines if it starts with `{`, else one article.
    Stdin,
}

impl From<&str> for Input {
    fn from(s: &str) -> Input {
        if s == "-" { Input::Stdin } else { Input::Path(PathBuf::from(s)) }
    }
}

/// How forgiving ingest is.
#[derive(Debug, Clone, Copy, Default)]
pub struct IngestOptions {
    /// Replace invalid UTF-8 with U+FFFD instead of failing (the caller warns).
    pub lossy_utf8: bool,
}

/// What ingest yields: an article to extract from, or a ready relation record.
#[derive(Debug, Clone)]
pub enum InputItem {
    /// An article, with where it came from.
    Document {
        /// The article.
        doc: Document,
        /// File and line it came from (line 0 for whole files).
        origin: (PathBuf, usize),
        /// Bad bytes were replaced while reading it.
        repaired: bool,
    },
    /// A relation record written by `extract` or another extractor.
    Record(Box<RelationRecord>, (PathBuf, usize)),
}

/// Reads all inputs lazily, in order; folders in sorted path order.
pub fn read_inputs(inputs: &[Input], options: IngestOptions) -> impl Iterator<Item = Result<InputItem, IngestError>> {
    let mut files: Vec<Result<Source, IngestError>> = Vec::new();
    for input in inputs {
        match input {
            Input::Stdin => files.push(Ok(Source::Stdin)),
            Input::Path(p) => expand(p, &mut files),
        }
    }
    // Ids seen so far, with the file (an index into `paths`) and line: the
    // only state that grows with the corpus, so it holds no path per document.
    let mut seen: HashMap<Box<str>, (usize, usize)> = HashMap::new();
    let mut paths: Vec<PathBuf> = Vec::new();
    files
        .into_iter()
        .flat_map(move |f| -> Box<dyn Iterator<Item = Result<InputItem, IngestError>> + Send> {
            match f {
                Err(e) => Box::new(std::iter::once(Err(e))),
                Ok(source) => read_source(source, options),
            }
        })
        .map(move |item| {
            let item = item?;
            if let InputItem::Document { doc, origin, .. } = &item {
                if let Some(&(file, line)) = seen.get(doc.id.as_str()) {
                    return Err(IngestError::BadLine {
                        path: origin.0.clone(),
                        line: origin.1,
                        message: format!(
                            "duplicate document id {:?} (first seen at {}:{})",
                            doc.id,
                            paths[file].display(),
                            line
                        ),
                    });
                }
                if paths.last() != Some(&origin.0) {
                    paths.push(origin.0.clone());
                }
                seen.insert(doc.id.as_str().into(), (paths.len() - 1, origin.1));
            }
            Ok(item)
        })
}

enum Source {
    Text(PathBuf),
    Jsonl(PathBuf),
    Stdin,
}

fn expand(path: &Path, out: &mut Vec<Result<Source, IngestError>>) {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(source) => {
            out.push(Err(IngestError::Io { path: path.to_owned(), source }));
            return;
        }
    };
    if meta.is_dir() {
        let entries = match std::fs::read_dir(path) {
            Ok(e) => e,
            Err(source) => {
                out.push(Err(IngestError::Io { path: path.to_owned(), source }));
                return;
            }
        };
        let mut children = Vec::new();
        for entry in entries {
            match entry {
                Ok(e) => children.push(e.path()),
                Err(source) => out.push(Err(IngestError::Io { path: path.to_owned(), source })),
            }
        }
        children.sort();
        for child in children {
            let wanted = child.is_dir() || matches!(extension(&child), Some("txt" | "jsonl"));
            if wanted {
                expand(&child, out);
            }
        }
        return;
    }
    match extension(path) {
        Some("jsonl") => out.push(Ok(Source::Jsonl(path.to_owned()))),
        Some("txt") => out.push(Ok(Source::Text(path.to_owned()))),
        // A single file named on the command line is read as an article whatever its name.
        _ if meta.is_file() => out.push(Ok(Source::Text(path.to_owned()))),
        _ => out.push(Err(IngestError::Unsupported { path: path.to_owned() })),
    }
}

fn extension(path: &Path) -> Option<&str> {
    path.extension().and_then(|e| e.to_str())
}

fn read_source(
    source: Source,
    options: IngestOptions,
) -> Box<dyn Iterator<Item = Result<InputItem, IngestError>> + Send> {
    match source {
        Source::Text(path) => Box::new(std::iter::once(read_text_file(&path, options))),
        Source::Jsonl(path) => match File::open(&path) {
            Ok(f) => Box::new(JsonlReader::new(path, Box::new(BufReader::new(f)), options)),
            Err(source) => Box::new(std::iter::once(Err(IngestError::Io { path, source }))),
        },
        Source::Stdin => {
            let path = PathBuf::from("<stdin>");
            let mut reader = BufReader::new(io::stdin());
            let first = match reader.fill_buf() {
                Ok(buf) => buf.iter().find(|b| !b.is_ascii_whitespace()).copied(),
                Err(source) => {
                    return Box::new(std::iter::once(Err(IngestError::Io { path, source })));
                }
            };
            if first == Some(b'{') {
                Box::new(JsonlReader::new(path, Box::new(reader), options))
            } else {
                let mut bytes = Vec::new();
                let result = match reader.read_to_end(&mut bytes) {
                    Ok(_) => text_document(&path, "stdin", bytes, options),
                    Err(source) => Err(IngestError::Io { path, source }),
                };
                Box::new(std::iter::once(result))
            }
        }
    }
}

fn read_text_file(path: &Path, options: IngestOptions) -> Result<InputItem, IngestError> {
    let bytes = std::fs::read(path).map_err(|source| IngestError::Io { path: path.to_owned(), source })?;
    let id = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    text_document(path, &id, bytes, options)
}

fn text_document(path: &Path, id: &str, bytes: Vec<u8>, options: IngestOptions) -> Result<InputItem, IngestError> {
    let (text, repaired) = decode(path, 1, bytes, options)?;
    if text.trim().is_empty() {
        return Err(IngestError::Empty { path: path.to_owned() });
    }
    Ok(InputItem::Document { doc: Document::new(id, text), origin: (path.to_owned(), 0), repaired })
}

/// Decodes bytes that start at line `first_line` of `path`: strips a BOM,
/// rejects NUL bytes, fails on or repairs invalid UTF-8.
fn decode(
    path: &Path,
    first_line: usize,
    mut bytes: Vec<u8>,
    options: IngestOptions,
) -> Result<(String, bool), IngestError> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    let line_of = |bytes: &[u8], at: usize| first_line + bytes[..at].iter().filter(|&&b| b == b'\n').count();
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        return Err(IngestError::Binary { path: path.to_owned(), line: line_of(&bytes, at) });
    }
    match String::from_utf8(bytes) {
        Ok(s) => Ok((s, false)),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            if options.lossy_utf8 {
                Ok((String::from_utf8_lossy(e.as_bytes()).into_owned(), true))
            } else {
                Err(IngestError::InvalidUtf8 { path: path.to_owned(), line: line_of(e.as_bytes(), at) })
            }
        }
    }
}

/// Streams a JSON Lines file: articles (`id`, `text`, ...) or relation records.
struct JsonlReader {
    path: PathBuf,
    reader: Box<dyn BufRead + Send>,
    line: usize,
    options: IngestOptions,
    buf: Vec<u8>,
    done: bool,
}

impl JsonlReader {
    fn new(path: PathBuf, reader: Box<dyn BufRead + Send>, options: IngestOptions) -> JsonlReader {
        JsonlReader { path, reader, line: 0, options, buf: Vec::new(), done: false }
    }

    fn bad(&self, message: impl Into<String>) -> IngestError {
        IngestError::BadLine { path: self.path.clone(), line: self.line, message: message.into() }
    }

    fn parse(&self, text: &str) -> Result<InputItem, IngestError> {
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| self.bad(format!("not valid JSON: {e}")))?;
        let obj = value.as_object().ok_or_else(|| self.bad("expected a JSON object"))?;
        let origin = (self.path.clone(), self.line);
        if obj.contains_key("relation") {
            // The value is not needed after this: move it, do not clone it.
            let record: RelationRecord =
                serde_json::from_value(value).map_err(|e| self.bad(format!("not a relation record: {e}")))?;
            record.validate().map_err(|e| self.bad(format!("bad relation record: {e}")))?;
            return Ok(InputItem::Record(Box::new(record), origin));
        }
        let field = |name: &str| -> Result<Option<String>, IngestError> {
            match obj.get(name) {
                None | Some(serde_json::Value::Null) => Ok(None),
                Some(serde_json::Value::String(s)) => Ok(Some(s.clone())),
                Some(other) => Err(self.bad(format!("field {name:?} must be a string, found {other}"))),
            }
        };
        let id = match obj.get("id") {
            Some(serde_json::Value::Number(n)) => n.to_string(),
            _ => match field("id")? {
                Some(id) if !id.trim().is_empty() => id,
                _ => return Err(self.bad("missing \"id\"")),
            },
        };
        let text = field("text")?.ok_or_else(|| self.bad("missing \"text\""))?;
        let doc = Document { id, text, title: field("title")?, date: field("date")?, url: field("url")? };
        Ok(InputItem::Document { doc, origin, repaired: false })
    }
}

impl Iterator for JsonlReader {
    type Item = Result<InputItem, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.buf.clear();
            self.line += 1;
            match self.reader.read_until(b'\n', &mut self.buf) {
                Ok(0) => {
                    self.done = true;
                    if self.line == 1 {
                        return Some(Err(IngestError::Empty { path: self.path.clone() }));
                    }
                    return None;
                }
                Ok(_) => {}
                Err(source) => {
                    self.done = true;
                    return Some(Err(IngestError::Io { path: self.path.clone(), source }));
                }
            }
            let bytes = std::mem::take(&mut self.buf);
            let (text, repaired) = match decode(&self.path, self.line, bytes, self.options) {
                Ok(t) => t,
                Err(e) => return Some(Err(e)),
            };
            if text.trim().is_empty() {
                continue;
            }
            return Some(self.parse(&text).map(|item| match item {
                InputItem::Document { doc, origin, .. } => InputItem::Document { doc, origin, repaired },
                record => record,
            }));
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn collect(inputs: &[Input]) -> Vec<Result<InputItem, IngestError>> {
        read_inputs(inputs, IngestOptions::default()).collect()
    }

    #[test]
    fn reads_jsonl_articles_and_reports_bad_lines() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("c.jsonl");
        let mut f = File::create(&path).expect("create");
        writeln!(f, r#"{{"id": "a", "text": "Putin met Trump.", "date": "2020-01-01"}}"#).expect("write");
        writeln!(f).expect("write");
        writeln!(f, "{{not json").expect("write");
        writeln!(f, r#"{{"id": "b"}}"#).expect("write");
        writeln!(f, r#"{{"id": "a", "text": "again"}}"#).expect("write");
        drop(f);
        let items = collect(&[Input::Path(path)]);
        assert_eq!(items.len(), 4);
        match &items[0] {
            Ok(InputItem::Document { doc, .. }) => {
                assert_eq!(doc.id, "a");
                assert_eq!(doc.date.as_deref(), Some("2020-01-01"));
            }
            other => panic!("unexpected {other:?}"),
        }
        let errs: Vec<String> = items[1..].iter().map(|r| r.as_ref().expect_err("error").to_string()).collect();
        assert!(errs[0].ends_with("c.jsonl:3: not valid JSON: key must be a string at line 1 column 2"), "{}", errs[0]);
        assert!(errs[1].contains(":4: missing \"text\""), "{}", errs[1]);
        assert!(errs[2].contains(":5: duplicate document id \"a\""), "{}", errs[2]);
    }

    #[test]
    fn text_file_errors_name_file_and_line() {
        let dir = tempfile::tempdir().expect("tempdir");
        let bad = dir.path().join("bad.txt");
        std::fs::write(&bad, b"fine\nstill fine\nbad \xff byte\n").expect("write");
        let empty = dir.path().join("empty.txt");
        std::fs::write(&empty, b"  \n").expect("write");
        let items = collect(&[Input::Path(dir.path().to_owned())]);
        let errs: Vec<String> = items.iter().map(|r| r.as_ref().expect_err("error").to_string()).collect();
        assert!(errs[0].contains("bad.txt:3: invalid UTF-8"), "{}", errs[0]);
        assert!(errs[1].contains("empty.txt: empty file"), "{}", errs[1]);

        let lossy = read_inputs(&[Input::Path(bad)], IngestOptions { lossy_utf8: true }).next();
        assert!(matches!(lossy, Some(Ok(InputItem::Document { repaired: true, .. }))));
    }

    #[test]
    fn strips_bom_and_rejects_binary() {
        let dir = tempfile::tempdir().expect("tempdir");
        let bom = dir.path().join("bom.txt");
        std::fs::write(&bom, "\u{feff}Putin spoke.").expect("write");
        let bin = dir.path().join("bin.txt");
        std::fs::write(&bin, b"abc\0def").expect("write");
        let items = collect(&[Input::Path(bom), Input::Path(bin)]);
        match &items[0] {
            Ok(InputItem::Document { doc, .. }) => assert_eq!(doc.text, "Putin spoke."),
            other => panic!("unexpected {other:?}"),
        }
        assert!(matches!(items[1], Err(IngestError::Binary { line: 1, .. })));
    }

    #[test]
    fn missing_path_is_an_error() {
        let items = collect(&[Input::from("/no/such/file.txt")]);
        assert!(items[0].as_ref().expect_err("error").to_string().starts_with("/no/such/file.txt: "));
    }
}
