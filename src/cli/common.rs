//! Flags and helpers shared by subcommands.

use anyhow::Context;
use newsgraph::extract::{Extractor, Lexicon};
use newsgraph::pipeline::{RunOptions, RunSummary};
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
