//! `newsgraph build`: extract, build the graph, write every export into a folder.

use super::common::{InputArgs, ProgressLine};
use anyhow::{Context, bail};
use newsgraph::export::{self, CsvOptions, ExportOptions, Format};
use newsgraph::graph::{GraphBuilder, KnowledgeGraph};
use newsgraph::output::AtomicFile;
use newsgraph::pipeline::{self, Output};
use newsgraph::record::{LineRecord, RelationType};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Marker file in folders that `build` created and may overwrite.
const MARKER: &str = ".newsgraph";

/// The reject file of `--continue-on-error`, unless `--rejects` names another.
const REJECTS: &str = "rejects.ndjson";

/// Extract, build the graph and write every export into a folder.
///
/// INPUT may also be relation-record .jsonl files (from `extract` or another
/// extractor); their records go into the graph without re-extraction.
///
/// Example: newsgraph build data/samples -o out
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,
    /// Output folder.
    #[arg(long, short = 'o', default_value = "out", value_name = "DIR")]
    output: PathBuf,
    /// Write into a non-empty folder that newsgraph did not create.
    #[arg(long)]
    force: bool,
    /// Leave spreadsheet formula characters (= + - @ tab CR) at the start of CSV cells as
    /// they are. By default such cells get a leading ' so spreadsheets show them as text;
    /// Gephi-only users may want the values unchanged.
    #[arg(long)]
    raw_csv: bool,
    /// Exports to write besides relations.jsonl: json (graph.json), dot (graph.dot), gephi (nodes.csv,
    /// edges.csv, statements.csv), gexf, graphml, cytoscape (graph.cyjs), neo4j (folder neo4j/).
    #[arg(long, value_delimiter = ',', value_parser = parse_format, default_value = "json,dot,gephi", value_name = "FORMAT,...")]
    formats: Vec<Format>,
    /// Evidence kept per edge, and occurrences per repeated statement (0: all). Edge weights
    /// and statement counts still count every sighting.
    #[arg(long, default_value_t = newsgraph::graph::DEFAULT_MAX_EVIDENCE, value_name = "N")]
    max_evidence: usize,
}

fn parse_format(s: &str) -> Result<Format, String> {
    s.parse()
}

fn prepare_dir(dir: &Path, force: bool) -> anyhow::Result<()> {
    if dir.exists() {
        if !dir.is_dir() {
            bail!("{}: exists and is not a folder", dir.display());
        }
        let mut entries = std::fs::read_dir(dir).with_context(|| format!("cannot read {}", dir.display()))?;
        let non_empty = entries.next().is_some();
        if non_empty && !dir.join(MARKER).exists() && !force {
            bail!(
                "{}: folder is not empty and was not created by newsgraph (use --force to write into it)",
                dir.display()
            );
        }
    } else {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    std::fs::write(dir.join(MARKER), "This folder is written by `newsgraph build`.\n")
        .with_context(|| format!("cannot write into {}", dir.display()))?;
    remove_stale_temporaries(dir);
    Ok(())
}

/// Removes temporary files a killed run left behind (they are never read).
fn remove_stale_temporaries(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(".newsgraph-") && name.ends_with(".tmp") {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let dir = &args.output;
    prepare_dir(dir, args.force)?;
    // The built-in lexicons take a few milliseconds to build, and a build from
    // record files needs none: they are built when a document first needs
    // them. Lexicons given with --lexicon are read now, so that an error in
    // them stops the run before any work.
    let extractor = std::sync::OnceLock::new();
    if args.input.lexicon.is_some() {
        let _ = extractor.set(args.input.extractor()?);
    }
    let create = |name: &str| -> anyhow::Result<AtomicFile> {
        let path = dir.join(name);
        AtomicFile::create(&path).with_context(|| format!("cannot write {}", path.display()))
    };
    // Every output is written to a temporary file first and renamed into
    // place only when all are complete: a failed run changes nothing.
    let relations = create("relations.jsonl")?;
    let mut builder = GraphBuilder::new().max_evidence(args.max_evidence);
    let progress = ProgressLine::new(args.input.quiet);
    // relations.jsonl is written by its own thread while this thread builds
    // the graph; its lines were serialised on the worker threads.
    let (to_writer, from_sink) = std::sync::mpsc::sync_channel::<Vec<Chunk>>(4);
    let writer = std::thread::spawn(move || write_relations(relations, from_sink));
    let mut pending: Vec<Chunk> = Vec::with_capacity(CHUNKS_PER_SEND);
    let send = |pending: &mut Vec<Chunk>| -> std::io::Result<()> {
        let full = std::mem::replace(pending, Vec::with_capacity(CHUNKS_PER_SEND));
        to_writer.send(full).map_err(|_| std::io::Error::other("the relations.jsonl writer stopped"))
    };
    let summary = pipeline::run_with_progress(
        &args.input.inputs(),
        args.input.options(),
        &progress,
        |doc| {
            // Records are serialised on the worker threads, in parallel.
            let extractor = extractor.get_or_init(|| args.input.extractor().expect("the built-in lexicons load"));
            let records = extractor.extract(doc);
            let mut lines = Vec::new();
            for r in &records {
                serde_json::to_writer(&mut lines, r).expect("relation records serialise");
                lines.push(b'\n');
            }
            (records, lines)
        },
        |o| {
            match o {
                Output::Document(doc, (records, lines)) => {
                    builder.add_document(&doc.id, doc.date.as_deref());
                    for r in &records {
                        builder.add(r);
                    }
                    // Freed here: in the writer's queue, a batch's records would
                    // add to the peak memory of extraction.
                    drop(records);
                    pending.push(Chunk::Lines(lines));
                }
                Output::Record(r) => {
                    builder.add_line(&r);
                    pending.push(Chunk::Record(r));
                }
            }
            if pending.len() >= CHUNKS_PER_SEND { send(&mut pending) } else { Ok(()) }
        },
    );
    let flushed = summary.is_ok().then(|| send(&mut pending));
    drop(to_writer);
    let join_writer = || -> anyhow::Result<AtomicFile> {
        let relations = writer.join().map_err(|_| anyhow::anyhow!("the relations.jsonl writer panicked"))?;
        relations.context("cannot write relations.jsonl")
    };
    // On failure the writer's error, if any, says more than "the writer stopped".
    let summary = match (summary, flushed.transpose()) {
        (Ok(summary), Ok(_)) => summary,
        (Err(e), _) => {
            join_writer()?;
            return Err(e.into());
        }
        (Ok(_), Err(e)) => {
            join_writer()?;
            return Err(e.into());
        }
    };
    // relations.jsonl is still being synced to disk by its thread while the
    // graph is finished and the exports are written.
    let graph = builder.finish();
    let title = match args.input.inputs.as_slice() {
        [one] => format!("newsgraph: {one}"),
        many => format!("newsgraph: {} inputs", many.len()),
    };
    let options = ExportOptions::new().title(title).csv(CsvOptions { neutralise_formulas: !args.raw_csv });
    // Every output goes to a temporary file first; all are renamed into place
    // only when every one is complete, so a failed run changes nothing.
    let mut written = vec![dir.join("relations.jsonl")];
    let mut files = Vec::new();
    let mut formats = args.formats.clone();
    formats.sort();
    formats.dedup();
    // Each export on its own thread: they only read the graph.
    let exported = std::thread::scope(|scope| {
        let handles: Vec<_> = formats
            .into_iter()
            .map(|format| {
                let (graph, options) = (&graph, &options);
                // Gephi's tables stay at the top (the folder's historical layout); other folder formats get a subfolder.
                let target =
                    if format.is_folder() && format != Format::Gephi { dir.join(format.name()) } else { dir.clone() };
                scope.spawn(move || export::write_folder_pending(graph, format, options, &target))
            })
            .collect();
        handles.into_iter().map(|h| h.join().expect("an export thread panicked")).collect::<Vec<_>>()
    });
    files.push(join_writer()?);
    for pending in exported {
        let pending = pending?;
        written.extend(pending.iter().map(|f| f.path().to_owned()));
        files.extend(pending);
    }
    AtomicFile::commit_all(files).context("cannot write the outputs")?;

    if !args.input.quiet {
        print_summary(&graph, summary.documents, &written);
    }
    // Freeing the graph's many small allocations takes a tenth of the run,
    // and the process is about to end: leave them to the operating system.
    std::mem::forget(graph);
    std::mem::forget(extractor);
    args.input.finish(&summary, Some(dir.join(REJECTS)))
}

/// What goes to relations.jsonl: the lines of a document's records, or a
/// record read from a records file, whose line is copied as it is. The
/// record is freed on the writer thread: freeing its many small strings took
/// a tenth of the graph thread's time.
enum Chunk {
    Lines(Vec<u8>),
    Record(Box<LineRecord>),
}

/// Chunks handed to the writer thread at a time.
const CHUNKS_PER_SEND: usize = 1024;

/// Bytes written to relations.jsonl between two background syncs.
const SYNC_EVERY: usize = 64 << 20;

/// Writes every chunk received to `relations` and syncs it to disk, then
/// gives the file back. What is written is synced in the background every
/// [`SYNC_EVERY`] bytes while this thread goes on writing; the last sync runs
/// while the exports are still being written.
fn write_relations(
    mut relations: AtomicFile,
    chunks: std::sync::mpsc::Receiver<Vec<Chunk>>,
) -> std::io::Result<AtomicFile> {
    relations.sync_in_background(SYNC_EVERY)?;
    for chunk in chunks.into_iter().flatten() {
        match chunk {
            Chunk::Lines(lines) => relations.write_all(&lines)?,
            Chunk::Record(r) => {
                relations.write_all(r.line().as_bytes())?;
                relations.write_all(b"\n")?;
            }
        }
    }
    relations.sync()?;
    Ok(relations)
}

fn print_summary(graph: &KnowledgeGraph, documents: usize, written: &[PathBuf]) {
    let mut by_type: BTreeMap<RelationType, usize> = BTreeMap::new();
    for e in graph.edges() {
        if e.role == newsgraph::graph::Role::Object {
            *by_type.entry(e.relation).or_default() += e.weight;
        }
    }
    for s in graph.statements() {
        if s.object.is_none() {
            *by_type.entry(s.relation).or_default() += 1;
        }
    }
    println!("documents  {documents}");
    println!("actors     {}", graph.node_count());
    println!("relations  {}", by_type.values().sum::<usize>());
    for (r, n) in &by_type {
        println!("  {:<16} {n}", r.as_str());
    }
    let mut top: Vec<_> = graph.nodes().collect();
    top.sort_by(|a, b| b.mentions.cmp(&a.mentions).then_with(|| a.id.cmp(&b.id)));
    println!("top actors");
    for n in top.iter().take(5) {
        println!("  {:<24} {:<12} {} mentions", n.label, n.kind.as_str(), n.mentions);
    }
    println!("wrote");
    for p in written {
        println!("  {}", p.display());
    }
}
