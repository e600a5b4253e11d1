//! `newsgraph build`: extract, build the graph, write every export.

use super::common::InputArgs;
use std::path::PathBuf;
use std::process::ExitCode;

/// Extract, build the graph and write every export into a folder.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,
    /// Output folder.
    #[arg(long, short = 'o', default_value = "out", value_name = "DIR")]
    output: PathBuf,
}

pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not yet")
}
