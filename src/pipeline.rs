//! The streaming run: inputs → documents → per-document work in parallel →
//! results in input order.
//!
//! Documents are read lazily and processed in batches on a thread pool, so
//! memory holds one batch, not the corpus, and output order (hence output
//! bytes) does not depend on the number of threads. Relation records found
//! in the inputs pass through untouched.
//!
//! With `continue_on_error`, a bad input (and a document the per-document
//! work panics on) is recorded in [`RunSummary::rejected`] and the run goes
//! on; without it, the run stops with an error naming the file and line.

use crate::record::LineRecord;
use crate::text::{
    Document, IngestError, IngestOptions, Input, InputItem, ParsedLine, ReadItem, RecordLine, UniqueIds, location,
    read_inputs_deferred,
};
use rayon::prelude::*;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;

/// How a run behaves.
#[derive(Debug, Clone, Copy, Default)]
pub struct RunOptions {
    /// Worker threads (0: all cores).
    pub threads: usize,
    /// Report bad documents and go on instead of stopping at the first.
    pub continue_on_error: bool,
}

/// What a run delivers to its sink, in input order.
#[derive(Debug)]
pub enum Output<T> {
    /// The result of the per-document work.
    Document(Document, T),
    /// A relation record read from a records file, parsed on a worker
    /// thread. [`LineRecord::line`] is its JSON line (the record as
    /// `serde_json::to_writer` writes it, without a line end), to be copied
    /// to the output as it is; the record's strings are in that line
    /// ([`LineRecord::record`] borrows them; [`LineRecord::to_record`] copies).
    Record(Box<LineRecord>),
}

/// A document or line that could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    /// The file.
    pub path: PathBuf,
    /// The 1-based line, for a line of a JSON Lines file.
    pub line: Option<usize>,
    /// The message (names file and line).
    pub message: String,
    /// The rejected line or document itself, when it is not a whole file
    /// that is still on disk (so the reject file loses nothing).
    pub input: Option<String>,
}

impl From<&IngestError> for Rejected {
    fn from(e: &IngestError) -> Rejected {
        Rejected {
            path: e.path().to_owned(),
            line: e.line(),
            message: e.to_string(),
            input: e.input().map(str::to_owned),
        }
    }
}

/// Writes `rejected` as JSON Lines, one `{"path", "line", "error", "input"}`
/// object each (`line` and `input` null when not about one line): the reject
/// file of `--continue-on-error`.
pub fn write_rejects(rejected: &[Rejected], out: &mut dyn std::io::Write) -> std::io::Result<()> {
    #[derive(serde::Serialize)]
    struct Row<'a> {
        path: std::borrow::Cow<'a, str>,
        line: Option<usize>,
        error: &'a str,
        input: Option<&'a str>,
    }
    for r in rejected {
        let row = Row { path: r.path.to_string_lossy(), line: r.line, error: &r.message, input: r.input.as_deref() };
        serde_json::to_writer(&mut *out, &row)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// Totals of a run.
#[derive(Debug, Clone, Default)]
pub struct RunSummary {
    /// Documents processed.
    pub documents: usize,
    /// Records passed through from record files.
    pub records_read: usize,
    /// Inputs skipped with `continue_on_error`.
    pub rejected: Vec<Rejected>,
    /// Documents whose invalid UTF-8 was replaced.
    pub repaired: Vec<String>,
}

/// Stops a run: an input error (without `continue_on_error`) or a sink error.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    /// Bad input.
    #[error(transparent)]
    Input(#[from] IngestError),
    /// Writing results failed.
    #[error("cannot write the output")]
    Sink(#[from] std::io::Error),
    /// The per-document work panicked: a bug, reported with the document that shows it.
    #[error("{}: internal error on document {id:?}: {message} (please report this bug with the document)", location(path, *line))]
    Panic {
        /// The file.
        path: PathBuf,
        /// The line for JSON Lines, 0 for a whole file.
        line: usize,
        /// The document id.
        id: String,
        /// The panic message.
        message: String,
    },
    /// The thread pool could not start.
    #[error("cannot start worker threads: {0}")]
    Threads(String),
    /// A worker panicked outside the per-document work (reading a record line): a bug.
    #[error("internal error in a worker thread: {0} (please report this bug)")]
    Worker(String),
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panic".to_owned())
}

/// Told how far a run has got; the CLI draws a progress bar with it.
///
/// Called from the thread that calls [`run_with_progress`], once per batch
/// of documents, after the batch reached the sink. Every method defaults to
/// doing nothing.
pub trait Progress {
    /// `documents` more documents holding `bytes` more bytes of text are done.
    fn advance(&self, documents: usize, bytes: u64) {
        let _ = (documents, bytes);
    }
    /// The run ended (successfully or not).
    fn finish(&self) {}
}

/// A [`Progress`] that ignores everything.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoProgress;

impl Progress for NoProgress {}

/// A batch entry, as the reader thread hands it on.
enum Item {
    /// An article, with its file and line, and whether bad bytes in it were replaced.
    Document(Document, (PathBuf, usize), bool),
    /// A line naming a relation, parsed by a worker.
    Line(RecordLine),
    /// A bad input, in its place among the others.
    Failed(IngestError),
}

/// A batch entry after the workers.
enum Done<T> {
    /// An article and the result of the work on it (or the panic message).
    Document(Document, (PathBuf, usize), bool, Result<T, String>),
    /// A record, with its JSON line.
    Record(Box<LineRecord>),
    /// A bad input.
    Failed(IngestError),
}

const BATCH_DOCS: usize = 256;
const BATCH_BYTES: usize = 16 << 20;

/// Runs `work` on every document of `inputs` and hands results to `sink` in input order.
pub fn run<T, W, S>(inputs: &[Input], options: RunOptions, work: W, sink: S) -> Result<RunSummary, RunError>
where
    T: Send,
    W: Fn(&Document) -> T + Sync,
    S: FnMut(Output<T>) -> std::io::Result<()>,
{
    run_with_progress(inputs, options, &NoProgress, work, sink)
}

/// [`run`], reporting progress to `progress` after every batch.
pub fn run_with_progress<T, W, S>(
    inputs: &[Input],
    options: RunOptions,
    progress: &dyn Progress,
    work: W,
    mut sink: S,
) -> Result<RunSummary, RunError>
where
    T: Send,
    W: Fn(&Document) -> T + Sync,
    S: FnMut(Output<T>) -> std::io::Result<()>,
{
    let result = run_batches(inputs, options, progress, work, &mut sink);
    progress.finish();
    result
}

/// A batch read ahead by the reader thread.
struct Batch {
    items: Vec<Item>,
    /// Bytes of document text in `items`.
    bytes: usize,
}

/// Batches read ahead of the workers: reading overlaps extraction. Memory
/// holds at most these, one more held by the dispatcher, [`IN_FLIGHT`] with the
/// workers or finished early and waiting for the ones before, and one at the
/// sink.
const READ_AHEAD: usize = 2;

/// Batches the workers may have at once.
const IN_FLIGHT: usize = 2;

fn run_batches<T, W, S>(
    inputs: &[Input],
    options: RunOptions,
    progress: &dyn Progress,
    work: W,
    sink: &mut S,
) -> Result<RunSummary, RunError>
where
    T: Send,
    W: Fn(&Document) -> T + Sync,
    S: FnMut(Output<T>) -> std::io::Result<()>,
{
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.threads)
        .build()
        .map_err(|e| RunError::Threads(e.to_string()))?;
    let (tx, rx) = std::sync::mpsc::sync_channel::<Batch>(READ_AHEAD);
    std::thread::scope(|scope| {
        // The reader: reads inputs into batches while the workers extract.
        // It stops when the receiver is gone (the run ended early).
        scope.spawn(move || read_batches(inputs, options, &tx));
        // The workers: up to IN_FLIGHT batches are worked on at once, so a
        // worker that finishes its share of one batch starts on the next
        // instead of waiting for the batch's last document. Batches may
        // finish out of order; this thread puts them back in order. They
        // stop when `finished` is gone.
        // A batch whose job panicked arrives as the panic's message, so the run stops
        // with an error instead of waiting for it forever.
        type Finished<T> = (usize, Result<Vec<Done<T>>, String>, usize);
        let (to_sink, finished) = std::sync::mpsc::channel::<Finished<T>>();
        let (permit, released) = std::sync::mpsc::sync_channel::<()>(IN_FLIGHT);
        let (pool, work) = (&pool, &work);
        scope.spawn(move || {
            pool.in_place_scope(|jobs| {
                for (index, batch) in rx.into_iter().enumerate() {
                    if permit.send(()).is_err() {
                        return;
                    }
                    let to_sink = to_sink.clone();
                    jobs.spawn(move |_| {
                        let bytes = batch.bytes;
                        let done = catch_unwind(AssertUnwindSafe(|| {
                            batch.items.into_par_iter().map(|item| process(item, work)).collect()
                        }))
                        .map_err(|payload| panic_message(payload.as_ref()));
                        let _ = to_sink.send((index, done, bytes));
                    });
                }
            });
        });
        let mut waiting = std::collections::BTreeMap::new();
        let mut next = 0;
        let in_order = std::iter::from_fn(|| {
            loop {
                if let Some(batch) = waiting.remove(&next) {
                    next += 1;
                    // The batch is out of the workers' hands: the next may start.
                    let _ = released.recv();
                    return Some(batch);
                }
                let (index, done, bytes) = finished.recv().ok()?;
                waiting.insert(index, (done, bytes));
            }
        });
        let mut summary = RunSummary::default();
        let mut ids = UniqueIds::default();
        // `finished` is dropped when this loop returns, which stops the
        // workers and then the reader.
        for (done, bytes) in in_order {
            let mut done = done.map_err(RunError::Worker)?;
            // In input order: the duplicate-id check, then (without
            // `continue_on_error`) the first bad input stops the run before
            // anything of its batch reaches the sink, as if the reader had
            // stopped there.
            let mut first_bad = None;
            for (i, d) in done.iter_mut().enumerate() {
                if let Done::Document(doc, origin, ..) = d
                    && let Err(e) = ids.check(doc, origin)
                {
                    *d = Done::Failed(e);
                }
                if !options.continue_on_error && matches!(d, Done::Failed(_)) {
                    first_bad = Some(i);
                    break;
                }
            }
            if let Some(i) = first_bad
                && let Done::Failed(e) = done.swap_remove(i)
            {
                return Err(RunError::Input(e));
            }
            let before = summary.documents;
            let mut panicked = Vec::new();
            for d in done {
                let output = match d {
                    Done::Failed(e) => {
                        summary.rejected.push(Rejected::from(&e));
                        continue;
                    }
                    Done::Record(record) => {
                        summary.records_read += 1;
                        Output::Record(record)
                    }
                    Done::Document(doc, (path, line), repaired, result) => {
                        if repaired {
                            summary.repaired.push(format!("{} ({})", location(&path, line), doc.id));
                        }
                        match result {
                            Ok(t) => {
                                summary.documents += 1;
                                Output::Document(doc, t)
                            }
                            Err(message) => {
                                let e = RunError::Panic { path: path.clone(), line, id: doc.id, message };
                                if !options.continue_on_error {
                                    return Err(e);
                                }
                                let line = Some(line).filter(|&l| l > 0);
                                panicked.push(Rejected { path, line, message: e.to_string(), input: None });
                                continue;
                            }
                        }
                    }
                };
                sink(output)?;
            }
            // Panics are listed after the inputs the batch rejected.
            summary.rejected.extend(panicked);
            progress.advance(summary.documents - before, bytes as u64);
        }
        Ok(summary)
    })
}

/// The workers' part of one batch entry: the work on a document, parsing
/// (and, for a record not in the compact form, serialising) a line.
fn process<T>(item: Item, work: &(impl Fn(&Document) -> T + Sync)) -> Done<T> {
    let (doc, origin, repaired) = match item {
        Item::Document(doc, origin, repaired) => (doc, origin, repaired),
        Item::Failed(e) => return Done::Failed(e),
        Item::Line(line) => match line.parse_line_record() {
            Ok(ParsedLine::Record(record)) => return Done::Record(record),
            Ok(ParsedLine::Document(doc, origin, repaired)) => (doc, origin, repaired),
            Err(e) => return Done::Failed(e),
        },
    };
    let result = catch_unwind(AssertUnwindSafe(|| work(&doc))).map_err(|payload| panic_message(payload.as_ref()));
    Done::Document(doc, origin, repaired, result)
}

/// Reads `inputs` into batches and sends them to `tx`. An input error ends
/// the stream after the batch it ends (without `continue_on_error`). The
/// last batch may be empty.
fn read_batches(inputs: &[Input], options: RunOptions, tx: &std::sync::mpsc::SyncSender<Batch>) {
    let ingest = IngestOptions { lossy_utf8: options.continue_on_error, ..IngestOptions::default() };
    let empty = || Batch { items: Vec::new(), bytes: 0 };
    let mut batch = empty();
    // Documents and lines in the batch (bad inputs are not counted).
    let mut count = 0;
    for item in read_inputs_deferred(inputs, ingest) {
        match item {
            Ok(ReadItem::Ready(InputItem::Document { doc, origin, repaired })) => {
                batch.bytes += doc.text.len();
                batch.items.push(Item::Document(doc, origin, repaired));
            }
            Ok(ReadItem::Ready(InputItem::Record(..))) => unreachable!("record lines are deferred"),
            Ok(ReadItem::Deferred(line)) => batch.items.push(Item::Line(line)),
            Err(e) => {
                batch.items.push(Item::Failed(e));
                if options.continue_on_error {
                    continue;
                }
                let _ = tx.send(batch);
                return;
            }
        }
        count += 1;
        if count >= BATCH_DOCS || batch.bytes >= BATCH_BYTES {
            if tx.send(std::mem::replace(&mut batch, empty())).is_err() {
                return;
            }
            count = 0;
        }
    }
    let _ = tx.send(batch);
}
