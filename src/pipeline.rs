//! The streaming run: inputs → documents → per-document work in parallel →
//! results in input order.
//!
//! Documents are read lazily and processed in batches on a thread pool, so
//! memory holds one batch, not the corpus, and output order (hence output
//! bytes) does not depend on the number of threads. Relation records found
//! in the inputs pass through untouched.

use crate::record::RelationRecord;
use crate::text::{Document, IngestError, IngestOptions, Input, InputItem, read_inputs};
use rayon::prelude::*;
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
    /// A relation record read from a records file.
    Record(Box<RelationRecord>),
}

/// A document or line that could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    /// The file.
    pub path: PathBuf,
    /// The message (names file and line).
    pub message: String,
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
    #[error("{0}")]
    Sink(#[from] std::io::Error),
    /// The thread pool could not start.
    #[error("cannot start worker threads: {0}")]
    Threads(String),
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

const BATCH_DOCS: usize = 256;
const BATCH_BYTES: usize = 16 << 20;
/// Batches read ahead while the workers are busy: bounds memory to a few batches.
const READ_AHEAD: usize = 2;

type Item = Result<Document, Box<RelationRecord>>;

/// What the reader thread hands over: a batch with its text size, or the end.
enum Batch {
    Items(Vec<Item>, u64),
    /// Reading stopped on an error (without `continue_on_error`).
    Failed(IngestError),
}

/// Runs `work` on every document of `inputs` and hands results to `sink` in input order.
pub fn run<T, W, S>(inputs: &[Input], options: RunOptions, work: W, sink: S) -> Result<RunSummary, RunError>
where
    T: Send,
    W: Fn(&Document) -> T + Sync,
    S: FnMut(Output<T>) -> std::io::Result<()>,
{
    run_with_progress(inputs, options, &NoProgress, work, sink)
}

/// [`run`], reporting progress to `progress`.
///
/// Reading and parsing the input happen on their own thread, a few batches
/// ahead of the workers, so with N threads the N workers never wait for the
/// reader; results still reach `sink` in input order.
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
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.threads)
        .build()
        .map_err(|e| RunError::Threads(e.to_string()))?;
    let ingest = IngestOptions { lossy_utf8: options.continue_on_error };
    let (tx, rx) = std::sync::mpsc::sync_channel::<Batch>(READ_AHEAD);
    let result = std::thread::scope(|scope| {
        let reader = scope.spawn(move || read_batches(inputs, ingest, options.continue_on_error, &tx));
        let mut summary = RunSummary::default();
        let mut failed = None;
        for batch in &rx {
            let (items, bytes) = match batch {
                Batch::Items(items, bytes) => (items, bytes),
                Batch::Failed(e) => {
                    failed = Some(e);
                    break;
                }
            };
            let results: Vec<Output<T>> = pool.install(|| {
                items
                    .into_par_iter()
                    .map(|item| match item {
                        Ok(doc) => {
                            let t = work(&doc);
                            Output::Document(doc, t)
                        }
                        Err(record) => Output::Record(record),
                    })
                    .collect()
            });
            let mut documents = 0;
            for r in results {
                match &r {
                    Output::Document(..) => documents += 1,
                    Output::Record(_) => summary.records_read += 1,
                }
                if let Err(e) = sink(r) {
                    // Dropping the receiver stops the reader at its next send.
                    drop(rx);
                    let _ = reader.join();
                    return Err(RunError::Sink(e));
                }
            }
            summary.documents += documents;
            progress.advance(documents, bytes);
        }
        drop(rx);
        let (rejected, repaired) = reader.join().map_err(|_| RunError::Threads("the input reader panicked".into()))?;
        summary.rejected = rejected;
        summary.repaired = repaired;
        match failed {
            Some(e) => Err(RunError::Input(e)),
            None => Ok(summary),
        }
    });
    progress.finish();
    result
}

/// The reader thread: inputs → batches on `tx`; gives back what it rejected and repaired.
fn read_batches(
    inputs: &[Input],
    ingest: IngestOptions,
    continue_on_error: bool,
    tx: &std::sync::mpsc::SyncSender<Batch>,
) -> (Vec<Rejected>, Vec<String>) {
    let mut rejected = Vec::new();
    let mut repaired_docs = Vec::new();
    let mut batch: Vec<Item> = Vec::new();
    let mut bytes = 0;
    for item in read_inputs(inputs, ingest) {
        match item {
            Ok(InputItem::Document { doc, origin, repaired }) => {
                if repaired {
                    repaired_docs.push(format!("{}:{} ({})", origin.0.display(), origin.1, doc.id));
                }
                bytes += doc.text.len();
                batch.push(Ok(doc));
            }
            Ok(InputItem::Record(record, _)) => batch.push(Err(record)),
            Err(e) if continue_on_error => {
                rejected.push(Rejected { path: e.path().to_owned(), message: e.to_string() });
            }
            Err(e) => {
                if !batch.is_empty() {
                    let _ = tx.send(Batch::Items(std::mem::take(&mut batch), bytes as u64));
                }
                let _ = tx.send(Batch::Failed(e));
                return (rejected, repaired_docs);
            }
        }
        if batch.len() >= BATCH_DOCS || bytes >= BATCH_BYTES {
            if tx.send(Batch::Items(std::mem::take(&mut batch), bytes as u64)).is_err() {
                return (rejected, repaired_docs);
            }
            bytes = 0;
        }
    }
    if !batch.is_empty() {
        let _ = tx.send(Batch::Items(batch, bytes as u64));
    }
    (rejected, repaired_docs)
}
