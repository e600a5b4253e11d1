//! Ingest: turns the user's inputs into a stream of documents or relation records.
//!
//! Takes paths (`.txt` article, `.jsonl` corpus or relation records, a folder
//! of those) or `-` for stdin. Gives [`InputItem`]s one at a time, so a corpus
//! is never held in memory whole. Every error names the file and, where there
//! is one, the line; bad input never panics and is never dropped silently.
//! `docs/robustness.md` lists what happens to each kind of bad input.

use super::Document;
use super::jsonl::JsonlReader;
use super::record_line::RecordLine;
use crate::record::RelationRecord;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// What went wrong while reading input.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// The path could not be opened or read.
    #[error("{path}: {error}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The underlying error (in the message, so not a `source`).
        error: io::Error,
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
        /// The JSON Lines line it was found in.
        input: Option<String>,
    },
    /// A UTF-16 file (it starts with a UTF-16 byte order mark).
    #[error("{path}: UTF-16 text; convert it to UTF-8 first (iconv -f UTF-16 -t UTF-8)")]
    Utf16 {
        /// The file.
        path: PathBuf,
    },
    /// A file with no text.
    #[error("{path}: empty file")]
    Empty {
        /// The file.
        path: PathBuf,
    },
    /// A folder named as input holds nothing to read.
    #[error("{path}: folder holds no .txt or .jsonl files")]
    NoInputs {
        /// The folder.
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
        /// The line (or, for a duplicate, the document as a JSON line).
        input: Option<String>,
    },
    /// A document or line larger than [`IngestOptions::max_document_bytes`]; skipped unread.
    #[error("{}: larger than the {limit}-byte limit for one document", location(path, *line))]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// 1-based line for JSON Lines, 0 for a whole file.
        line: usize,
        /// The limit.
        limit: usize,
    },
    /// A folder entry that is not a regular file (a pipe, socket or device).
    #[error("{path}: not a regular file")]
    Unsupported {
        /// The path.
        path: PathBuf,
    },
    /// A folder link that leads back to a folder being read.
    #[error("{path}: link loops back to {}", target.display())]
    Loop {
        /// The link.
        path: PathBuf,
        /// The folder it leads to.
        target: PathBuf,
    },
}

/// `path:line`, or `path` for line 0 (a whole file).
pub(crate) fn location(path: &Path, line: usize) -> String {
    if line == 0 { path.display().to_string() } else { format!("{}:{line}", path.display()) }
}

impl IngestError {
    /// The file the error is about.
    pub fn path(&self) -> &Path {
        match self {
            IngestError::Io { path, .. }
            | IngestError::InvalidUtf8 { path, .. }
            | IngestError::Binary { path, .. }
            | IngestError::Utf16 { path }
            | IngestError::Empty { path }
            | IngestError::NoInputs { path }
            | IngestError::BadLine { path, .. }
            | IngestError::TooLarge { path, .. }
            | IngestError::Unsupported { path }
            | IngestError::Loop { path, .. } => path,
        }
    }

    /// The 1-based line the error is about, if it is about one line.
    pub fn line(&self) -> Option<usize> {
        match self {
            IngestError::InvalidUtf8 { line, .. }
            | IngestError::Binary { line, .. }
            | IngestError::BadLine { line, .. }
            | IngestError::TooLarge { line, .. } => Some(*line).filter(|&l| l > 0),
            _ => None,
        }
    }

    /// The rejected input line itself, when the error is about one line.
    pub fn input(&self) -> Option<&str> {
        match self {
            IngestError::Binary { input, .. } | IngestError::BadLine { input, .. } => input.as_deref(),
            _ => None,
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
#[derive(Debug, Clone, Copy)]
pub struct IngestOptions {
    /// Replace invalid UTF-8 with U+FFFD instead of failing (the caller warns).
    pub lossy_utf8: bool,
    /// The largest document (text file or JSON Lines line) read; larger ones
    /// are reported and skipped without being read into memory.
    pub max_document_bytes: usize,
}

impl IngestOptions {
    /// The default document size limit: 512 MiB.
    pub const MAX_DOCUMENT_BYTES: usize = 512 << 20;
}

impl Default for IngestOptions {
    fn default() -> IngestOptions {
        IngestOptions { lossy_utf8: false, max_document_bytes: IngestOptions::MAX_DOCUMENT_BYTES }
    }
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
    unique_ids(read_inputs_deferred(inputs, options).map(|item| item.and_then(ReadItem::parse)))
}

/// [`read_inputs`] without parsing the lines that name a relation and
/// without the duplicate-id check: the pipeline parses those lines on its
/// workers and checks ids in input order itself (a deferred line may turn
/// out to be a document).
pub(crate) fn read_inputs_deferred(
    inputs: &[Input],
    options: IngestOptions,
) -> impl Iterator<Item = Result<ReadItem, IngestError>> {
    let mut files: Vec<Result<Source, IngestError>> = Vec::new();
    for input in inputs {
        match input {
            Input::Stdin => files.push(Ok(Source::Stdin)),
            Input::Path(p) => {
                let before = files.len();
                expand(p, true, &mut Vec::new(), &mut files);
                if files.len() == before {
                    files.push(Err(IngestError::NoInputs { path: p.clone() }));
                }
            }
        }
    }
    files.into_iter().flat_map(move |f| -> Items {
        match f {
            Err(e) => Box::new(std::iter::once(Err(e))),
            Ok(source) => read_source(source, options),
        }
    })
}

/// What the reader hands on: an item, or a line that names a relation, to
/// be parsed later (on a worker thread, in the pipeline).
#[derive(Debug)]
pub(crate) enum ReadItem {
    /// Parsed already.
    Ready(InputItem),
    /// Not parsed yet.
    Deferred(RecordLine),
}

impl ReadItem {
    /// The item, parsing a deferred line.
    fn parse(self) -> Result<InputItem, IngestError> {
        match self {
            ReadItem::Ready(item) => Ok(item),
            ReadItem::Deferred(line) => line.parse().map(|(item, _)| item),
        }
    }
}

/// Reads one stream: JSON Lines if its first non-blank character is `{`,
/// else one article with id `name`'s file stem. `name` is used in errors.
pub fn read_reader(
    name: impl Into<PathBuf>,
    reader: impl BufRead + 'static,
    options: IngestOptions,
) -> impl Iterator<Item = Result<InputItem, IngestError>> {
    let path = name.into();
    let id = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    unique_ids(read_stream(path, &id, Box::new(reader), options).map(|item| item.and_then(ReadItem::parse)))
}

/// Turns a second document with an id already seen into an error.
fn unique_ids(
    items: impl Iterator<Item = Result<InputItem, IngestError>>,
) -> impl Iterator<Item = Result<InputItem, IngestError>> {
    let mut ids = UniqueIds::default();
    items.map(move |item| {
        let item = item?;
        if let InputItem::Document { doc, origin, .. } = &item {
            ids.check(doc, origin)?;
        }
        Ok(item)
    })
}

/// The duplicate-id check: every document id seen so far, in input order.
///
/// Memory per document is a fixed 32 bytes whatever the id's length: each id
/// is kept as a 128-bit hash with the index of its file (file paths are kept
/// once each) and its line. Two different ids share a 128-bit hash with a
/// probability of about n²/2¹²⁹: never, in practice, for any corpus.
#[derive(Debug, Default)]
pub(crate) struct UniqueIds {
    paths: Vec<PathBuf>,
    seen: rustc_hash::FxHashMap<u128, (usize, usize)>,
}

impl UniqueIds {
    /// Notes `doc`, read at `origin`; an error if its id was seen before.
    pub(crate) fn check(&mut self, doc: &Document, origin: &(PathBuf, usize)) -> Result<(), IngestError> {
        match self.seen.entry(id_hash(&doc.id)) {
            std::collections::hash_map::Entry::Occupied(first) => {
                let (file, line) = *first.get();
                Err(IngestError::BadLine {
                    path: origin.0.clone(),
                    line: origin.1,
                    message: format!(
                        "duplicate document id {:?} (first seen at {})",
                        doc.id,
                        location(&self.paths[file], line)
                    ),
                    input: serde_json::to_string(doc).ok(),
                })
            }
            std::collections::hash_map::Entry::Vacant(slot) => {
                if self.paths.last() != Some(&origin.0) {
                    self.paths.push(origin.0.clone());
                }
                slot.insert((self.paths.len() - 1, origin.1));
                Ok(())
            }
        }
    }
}

/// A 128-bit hash of a document id: two SipHash-1-3 digests with different prefixes.
fn id_hash(id: &str) -> u128 {
    use std::hash::{DefaultHasher, Hash, Hasher};
    let mut a = DefaultHasher::new();
    id.hash(&mut a);
    let mut b = DefaultHasher::new();
    0x9e37_79b9_7f4a_7c15_u64.hash(&mut b);
    id.hash(&mut b);
    (u128::from(a.finish()) << 64) | u128::from(b.finish())
}

enum Source {
    Text(PathBuf),
    Jsonl(PathBuf),
    Stdin,
}

/// Adds the files of `path` to `out`. `named`: given on the command line, so
/// read whatever it is called; `open`: the folders being expanded (canonical).
fn expand(path: &Path, named: bool, open: &mut Vec<PathBuf>, out: &mut Vec<Result<Source, IngestError>>) {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(error) => {
            out.push(Err(IngestError::Io { path: path.to_owned(), error }));
            return;
        }
    };
    if meta.is_dir() {
        let canonical = match std::fs::canonicalize(path) {
            Ok(c) => c,
            Err(error) => return out.push(Err(IngestError::Io { path: path.to_owned(), error })),
        };
        if let Some(target) = open.iter().find(|&o| *o == canonical) {
            return out.push(Err(IngestError::Loop { path: path.to_owned(), target: target.clone() }));
        }
        let entries = match std::fs::read_dir(path) {
            Ok(e) => e,
            Err(error) => return out.push(Err(IngestError::Io { path: path.to_owned(), error })),
        };
        let mut children = Vec::new();
        for entry in entries {
            match entry {
                Ok(e) => children.push(e.path()),
                Err(error) => out.push(Err(IngestError::Io { path: path.to_owned(), error })),
            }
        }
        children.sort();
        open.push(canonical);
        for child in children {
            // A .txt or .jsonl entry that cannot be read (a broken link, no
            // permission) is reported, not skipped.
            let wanted = matches!(extension(&child), Some("txt" | "jsonl"))
                || std::fs::metadata(&child).is_ok_and(|m| m.is_dir());
            if wanted {
                expand(&child, false, open, out);
            }
        }
        open.pop();
        return;
    }
    if !named && !meta.is_file() {
        return out.push(Err(IngestError::Unsupported { path: path.to_owned() }));
    }
    match extension(path) {
        Some("jsonl") => out.push(Ok(Source::Jsonl(path.to_owned()))),
        // A file named on the command line is read as an article whatever its name.
        _ => out.push(Ok(Source::Text(path.to_owned()))),
    }
}

fn extension(path: &Path) -> Option<&str> {
    path.extension().and_then(|e| e.to_str())
}

type Items = Box<dyn Iterator<Item = Result<ReadItem, IngestError>>>;

fn read_source(source: Source, options: IngestOptions) -> Items {
    let open =
        |path: &Path| std::fs::File::open(path).map_err(|error| IngestError::Io { path: path.to_owned(), error });
    match source {
        Source::Text(path) => {
            let id = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            let result = open(&path).and_then(|f| {
                let too_large = f.metadata().is_ok_and(|m| m.is_file() && m.len() > options.max_document_bytes as u64);
                if too_large {
                    return Err(IngestError::TooLarge {
                        path: path.clone(),
                        line: 0,
                        limit: options.max_document_bytes,
                    });
                }
                read_text(&path, &id, f, options)
            });
            Box::new(std::iter::once(result.map(ReadItem::Ready)))
        }
        Source::Jsonl(path) => match open(&path) {
            // 64 KB at a time: a line that spans two reads is copied twice (see `JsonlReader`).
            Ok(f) => Box::new(JsonlReader::new(path, Box::new(BufReader::with_capacity(1 << 16, f)), options)),
            Err(e) => Box::new(std::iter::once(Err(e))),
        },
        Source::Stdin => read_stream(PathBuf::from("<stdin>"), "stdin", Box::new(BufReader::new(io::stdin())), options),
    }
}

/// A stream that is JSON Lines if it starts with `{` (after a BOM and blanks), else one article.
fn read_stream(path: PathBuf, id: &str, mut reader: Box<dyn BufRead>, options: IngestOptions) -> Items {
    let first = match reader.fill_buf() {
        Ok(buf) => {
            let buf = buf.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(buf);
            buf.iter().find(|b| !b.is_ascii_whitespace()).copied()
        }
        Err(error) => return Box::new(std::iter::once(Err(IngestError::Io { path, error }))),
    };
    if first == Some(b'{') {
        Box::new(JsonlReader::new(path, reader, options))
    } else {
        Box::new(std::iter::once(read_text(&path, id, reader, options).map(ReadItem::Ready)))
    }
}

/// Reads one whole article, at most the size limit.
fn read_text(path: &Path, id: &str, reader: impl Read, options: IngestOptions) -> Result<InputItem, IngestError> {
    let limit = options.max_document_bytes;
    let mut bytes = Vec::new();
    reader
        .take(limit as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|error| IngestError::Io { path: path.to_owned(), error })?;
    if bytes.len() > limit {
        return Err(IngestError::TooLarge { path: path.to_owned(), line: 0, limit });
    }
    let (text, repaired) = decode(path, 1, bytes, options)?;
    if text.trim().is_empty() {
        return Err(IngestError::Empty { path: path.to_owned() });
    }
    Ok(InputItem::Document { doc: Document::new(id, text), origin: (path.to_owned(), 0), repaired })
}

/// Decodes bytes that start at line `first_line` of `path`: strips a BOM,
/// rejects NUL bytes, fails on or repairs invalid UTF-8.
pub(super) fn decode(
    path: &Path,
    first_line: usize,
    mut bytes: Vec<u8>,
    options: IngestOptions,
) -> Result<(String, bool), IngestError> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    } else if first_line == 1 && (bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF")) {
        return Err(IngestError::Utf16 { path: path.to_owned() });
    }
    let line_of = |bytes: &[u8], at: usize| first_line + bytes[..at].iter().filter(|&&b| b == b'\n').count();
    if let Some(at) = memchr::memchr(0, &bytes) {
        return Err(IngestError::Binary { path: path.to_owned(), line: line_of(&bytes, at), input: None });
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs::File;
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
        assert!(errs[0].ends_with("c.jsonl:3: not valid JSON at column 2: key must be a string"), "{}", errs[0]);
        assert_eq!(items[1].as_ref().expect_err("error").input(), Some("{not json"));
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

        let lossy = read_inputs(&[Input::Path(bad)], IngestOptions { lossy_utf8: true, ..Default::default() }).next();
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
        let err = items[0].as_ref().expect_err("error").to_string();
        assert!(err.starts_with("/no/such/file.txt: "), "{err}");
    }

    #[test]
    fn stdin_like_streams_sniff_json_lines_after_a_bom() {
        let json = "\u{feff}\n{\"id\": \"a\", \"text\": \"Putin spoke.\"}\n";
        let items: Vec<_> = read_reader("<stdin>", io::Cursor::new(json), IngestOptions::default()).collect();
        assert!(matches!(&items[..], [Ok(InputItem::Document { doc, .. })] if doc.id == "a"), "{items:?}");
        let text = "\u{feff}Putin spoke.";
        let items: Vec<_> = read_reader("x/a.txt", io::Cursor::new(text), IngestOptions::default()).collect();
        assert!(matches!(&items[..], [Ok(InputItem::Document { doc, .. })] if doc.text == "Putin spoke."));
    }

    #[test]
    fn oversized_lines_are_skipped_unread() {
        let options = IngestOptions { max_document_bytes: 64, ..Default::default() };
        let long = format!("{{\"id\": \"big\", \"text\": \"{}\"}}\n", "a".repeat(100));
        let corpus = format!("{long}{{\"id\": \"ok\", \"text\": \"fine\"}}\n{}", long.trim_end());
        let items: Vec<_> = read_reader("c.jsonl", io::Cursor::new(corpus), options).collect();
        assert_eq!(items.len(), 3, "{items:?}");
        assert!(matches!(items[0], Err(IngestError::TooLarge { line: 1, limit: 64, .. })));
        assert!(matches!(&items[1], Ok(InputItem::Document { doc, .. }) if doc.id == "ok"));
        assert!(matches!(items[2], Err(IngestError::TooLarge { line: 3, .. })));
        let text = "word ".repeat(20);
        let items: Vec<_> = read_reader("a.txt", io::Cursor::new(text), options).collect();
        assert_eq!(
            items[0].as_ref().expect_err("too large").to_string(),
            "a.txt: larger than the 64-byte limit for one document"
        );
    }

    #[test]
    fn folders_report_loops_and_emptiness() {
        let dir = tempfile::tempdir().expect("tempdir");
        let items = collect(&[Input::Path(dir.path().to_owned())]);
        assert!(matches!(items[..], [Err(IngestError::NoInputs { .. })]), "{items:?}");
        std::fs::write(dir.path().join("a.txt"), "Putin spoke.").expect("write");
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(dir.path(), dir.path().join("loop")).expect("symlink");
            std::os::unix::fs::symlink("/no/such/target", dir.path().join("gone.txt")).expect("symlink");
        }
        let items = collect(&[Input::Path(dir.path().to_owned())]);
        assert!(matches!(&items[0], Ok(InputItem::Document { doc, .. }) if doc.id == "a"));
        #[cfg(unix)]
        {
            let errs: Vec<String> = items[1..].iter().map(|r| r.as_ref().expect_err("error").to_string()).collect();
            assert_eq!(errs.len(), 2, "{errs:?}");
            assert!(errs[0].contains("gone.txt: No such file"), "{}", errs[0]);
            assert!(errs[1].contains("loop: link loops back to"), "{}", errs[1]);
        }
    }
}
