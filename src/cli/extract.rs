//! `newsgraph extract`: articles in, relation records (or mentions) out, JSON Lines.

use super::common::{InputArgs, ProgressLine, rejects_beside};
use anyhow::Context;
use newsgraph::output::AtomicFile;
use newsgraph::pipeline::{self, Output};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Extract relation records (JSON Lines) from articles.
///
/// Example: newsgraph extract data/samples -o relations.jsonl
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,
    /// Output file (default: stdout). Written atomically.
    #[arg(long, short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,
    /// Write every named actor mention instead of relations:
    /// {"doc", "mention": {"text", "start", "end"}, "entity": {"id", "name", "type"}}.
    #[arg(long)]
    mentions: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if let Some(path) = &args.output {
        args.input.check_output(path)?;
    }
    let extractor = args.input.extractor()?;
    let mut file = match &args.output {
        Some(path) => Some(AtomicFile::create(path).with_context(|| format!("cannot write {}", path.display()))?),
        None => None,
    };
    if let Some(f) = &mut file {
        // Records run to about twice the input: sync them as they come, not all at the end.
        f.sync_in_background(64 << 20).with_context(|| format!("cannot write {}", f.path().display()))?;
    }
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    let out: &mut dyn Write = match &mut file {
        Some(f) => f,
        None => &mut stdout,
    };
    let mentions = args.mentions;
    let work = |doc: &newsgraph::text::Document| -> Vec<u8> {
        // Records take two to three times the text, some documents' more: room for them at
        // once rather than grown (and copied) step by step.
        let mut buf = Vec::with_capacity((4 * doc.text.len()).min(1 << 20));
        if mentions {
            for m in extractor.mentions(doc) {
                serde_json::to_writer(&mut buf, &m).expect("mention records serialise");
                buf.push(b'\n');
            }
        } else {
            extractor.extract_json_lines(doc, &mut buf);
        }
        buf
    };
    let progress = ProgressLine::new(args.input.quiet);
    let summary =
        pipeline::run_with_progress(&args.input.inputs(), args.input.options(), &progress, work, |o| match o {
            Output::Document(_, bytes) => out.write_all(&bytes),
            Output::Record(r) => {
                out.write_all(r.line().as_bytes())?;
                out.write_all(b"\n")
            }
        })?;
    out.flush()?;
    // The lexicons' many small allocations take milliseconds to free, and the
    // process is about to end: leave them to the operating system.
    std::mem::forget(extractor);
    if let Some(file) = file {
        let path = file.path().to_owned();
        file.commit().with_context(|| format!("cannot write {}", path.display()))?;
    }
    args.input.finish(&summary, args.output.as_deref().map(rejects_beside))
}
