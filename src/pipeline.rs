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

const BATCH_DOCS: usize = 256;
const BATCH_BYTES: usize = 16 << 20;

/// Runs `work` on every document of `inputs` and hands results to `sink` in input order.
pub fn run<T, W, S>(inputs: &[Input], options: RunOptions, work: W, mut sink: S) -> Result<RunSummary, RunError>
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
    let mut summary = RunSummary::default();
    let mut batch: Vec<Result<Document, Box<RelationRecord>>> = Vec::new();
    let mut bytes = 0;
    let mut flush =
        |batch: &mut Vec<Result<Document, Box<RelationRecord>>>, summary: &mut RunSummary| -> Result<(), RunError> {
            let items = std::mem::take(batch);
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
            for r in results {
                match &r {
                    Output::Document(..) => summary.documents += 1,
                    Output::Record(_) => summary.records_read += 1,
                }
                sink(r)?;
            }
            Ok(())
        };
    for item in read_inputs(inputs, ingest) {
        match item {
            Ok(InputItem::Document { doc, origin, repaired }) => {
                if repaired {
                    summary.repaired.push(format!("{}:{} ({})", origin.0.display(), origin.1, doc.id));
                }
                bytes += doc.text.len();
                batch.push(Ok(doc));
            }
            Ok(InputItem::Record(record, _)) => batch.push(Err(record)),
            Err(e) if options.continue_on_error => {
                summary.rejected.push(Rejected { path: e.path().to_owned(), message: e.to_string() });
            }
            Err(e) => return Err(e.into()),
        }
        if batch.len() >= BATCH_DOCS || bytes >= BATCH_BYTES {
            flush(&mut batch, &mut summary)?;
            bytes = 0;
        }
    }
    flush(&mut batch, &mut summary)?;
    Ok(summary)
}
