//! Flags and helpers shared by subcommands.

use anyhow::{Context, bail};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use newsgraph::extract::{Extractor, Lexicon};
use newsgraph::output::write_atomic;
use newsgraph::pipeline::{Progress, RunOptions, RunSummary, write_rejects};
use newsgraph::text::Input;
use std::path::{Path, PathBuf};
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
    /// Skip bad documents (reported at the end and in a reject file) instead of stopping;
    /// invalid UTF-8 is replaced with U+FFFD (with a warning) instead of stopping the run.
    #[arg(long)]
    pub continue_on_error: bool,
    /// With --continue-on-error: where to write the rejected inputs, JSON Lines of
    /// {"path", "line", "error", "input"} [default: DIR/rejects.ndjson for build,
    /// FILE.rejects.ndjson for extract -o FILE, none for stdout].
    #[arg(long, value_name = "FILE", requires = "continue_on_error")]
    pub rejects: Option<PathBuf>,
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
                // A missing folder would otherwise silently mean "no overrides".
                if !dir.is_dir() {
                    let why = if dir.exists() { "not a folder" } else { "no such folder" };
                    bail!("--lexicon {}: {why}", dir.display());
                }
                Lexicon::with_overrides(dir).with_context(|| format!("reading lexicons from {}", dir.display()))?
            }
            None => Lexicon::builtin(),
        };
        Ok(Extractor::new(lexicon))
    }

    /// Refuses to write `output` when it is one of the input files: the
    /// atomic rename would replace the input with the output.
    pub fn check_output(&self, output: &Path) -> anyhow::Result<()> {
        let Ok(out) = std::fs::canonicalize(output) else {
            return Ok(()); // does not exist yet
        };
        for input in &self.inputs {
            if input != "-" && std::fs::canonicalize(input).is_ok_and(|i| i == out) {
                bail!("{}: output is also an input; refusing to overwrite it", output.display());
            }
        }
        Ok(())
    }

    /// Ends a run: warns about repaired documents, lists rejected inputs on
    /// stderr and in the reject file (`--rejects`, else `default_rejects`),
    /// and gives the exit code: 1 if anything was rejected.
    pub fn finish(&self, summary: &RunSummary, default_rejects: Option<PathBuf>) -> anyhow::Result<ExitCode> {
        const SHOWN: usize = 20;
        if !summary.repaired.is_empty() {
            let n = summary.repaired.len();
            let more = if n > SHOWN { format!(" and {} more", n - SHOWN) } else { String::new() };
            let shown = summary.repaired[..n.min(SHOWN)].join(", ");
            eprintln!("newsgraph: warning: invalid UTF-8 replaced with U+FFFD in {n} document(s): {shown}{more}");
        }
        let explicit = self.rejects.is_some();
        // (Without --continue-on-error nothing is rejected: the run stops instead.)
        let reject_file = self.rejects.clone().or(default_rejects);
        if let Some(path) = &reject_file {
            if explicit || !summary.rejected.is_empty() {
                write_atomic(path, |w| write_rejects(&summary.rejected, w))
                    .with_context(|| format!("cannot write {}", path.display()))?;
            } else if path.is_file() {
                // A reject file of an earlier run would describe inputs this run read fine.
                std::fs::remove_file(path).with_context(|| format!("cannot remove {}", path.display()))?;
            }
        }
        if summary.rejected.is_empty() {
            return Ok(ExitCode::SUCCESS);
        }
        if !self.quiet {
            let n = summary.rejected.len();
            match &reject_file {
                Some(path) => eprintln!("newsgraph: {n} input(s) rejected (all listed in {}):", path.display()),
                None => eprintln!("newsgraph: {n} input(s) rejected:"),
            }
            // Without a reject file, stderr is the only list: show it all.
            let shown = if reject_file.is_some() { SHOWN } else { n };
            for r in summary.rejected.iter().take(shown) {
                eprintln!("  {}", r.message);
            }
            if n > shown {
                eprintln!("  ... and {} more", n - shown);
            }
        }
        Ok(ExitCode::from(1))
    }
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

/// The default reject file of a run writing `output`: `relations.jsonl` → `relations.rejects.ndjson`.
pub fn rejects_beside(output: &Path) -> PathBuf {
    output.with_extension("rejects.ndjson")
}
