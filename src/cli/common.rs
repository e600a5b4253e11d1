//! Flags and helpers shared by subcommands.

use anyhow::Context;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use newsgraph::extract::{Extractor, Lexicon};
use newsgraph::pipeline::{Progress, RunOptions, RunSummary};
use newsgraph::text::Input;
use std::path::PathBuf;
use std::process::ExitCode;

/// Flags of every command that reads articles.
#[derive(Debug, clap::Args)]
pub struct InputArgs {
    /// Articles: .txt files (doc id = file stem), folders (every .txt and .jsonl inside),
    /// .jsonl corpora (one {"id", "text", "title"?, "date"?, "url"?} a line), or - for stdin.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<String>,
    /// Worker threads (default: all cores).
    #[arg(long, short = 'j', default_value_t = 0, value_name = "N")]
    pub threads: usize,
    /// Skip bad documents (reported at the end and in a reject file) instead of stopping.
    #[arg(long)]
    pub continue_on_error: bool,
    /// Folder with lexicon files replacing the built-in ones (cues.tsv, titles.tsv, ...).
    #[arg(long, value_name = "DIR")]
    pub lexicon: Option<PathBuf>,
    /// No progress or summary on stderr.
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

impl InputArgs {
    pub fn inputs(&self) -> Vec<Input> {
        self.inputs.iter().map(|s| Input::from(s.as_str())).collect()
    }

    pub fn options(&self) -> RunOptions {
        RunOptions { threads: self.threads, continue_on_error: self.continue_on_error }
    }

    pub fn extractor(&self) -> anyhow::Result<Extractor> {
        let lexicon = match &self.lexicon {
            Some(dir) => {
                Lexicon::with_overrides(dir).with_context(|| format!("reading lexicons from {}", dir.display()))?
            }
            None => Lexicon::builtin(),
        };
        Ok(Extractor::new(lexicon))
    }
}

/// Reports rejected and repaired inputs on stderr; the exit code for the run.
pub fn report(summary: &RunSummary, quiet: bool) -> ExitCode {
    if !summary.repaired.is_empty() {
        eprintln!(
            "newsgraph: warning: invalid UTF-8 replaced with U+FFFD in {} document(s): {}",
            summary.repaired.len(),
            summary.repaired.join(", ")
        );
    }
    if summary.rejected.is_empty() {
        return ExitCode::SUCCESS;
    }
    if !quiet {
        eprintln!("newsgraph: {} input(s) rejected:", summary.rejected.len());
        for r in &summary.rejected {
            eprintln!("  {}", r.message);
        }
    }
    ExitCode::from(1)
}

/// The progress line on stderr: documents, megabytes of text and the rate.
///
/// Hidden when stderr is not a terminal (indicatif's stderr target draws
/// nothing then) and with `--quiet`.
pub struct ProgressLine {
    bar: ProgressBar,
}

impl ProgressLine {
    pub fn new(quiet: bool) -> ProgressLine {
        let target = if quiet { ProgressDrawTarget::hidden() } else { ProgressDrawTarget::stderr_with_hz(4) };
        let bar = ProgressBar::with_draw_target(None, target);
        if let Ok(style) = ProgressStyle::with_template("{spinner} {elapsed} {msg}") {
            bar.set_style(style);
        }
        ProgressLine { bar }
    }
}

impl Progress for ProgressLine {
    fn advance(&self, documents: usize, bytes: u64) {
        self.bar.inc(documents as u64);
        self.bar.inc_length(bytes);
        let secs = self.bar.elapsed().as_secs_f64().max(1e-3);
        let mb = self.bar.length().unwrap_or(0) as f64 / 1e6;
        self.bar.set_message(format!("{} documents, {mb:.1} MB of text, {:.1} MB/s", self.bar.position(), mb / secs));
        self.bar.tick();
    }

    fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
