//! Command-line interface: clap types and one module per subcommand.
//!
//! Exit codes: 0 success, 1 a run that finished with rejected inputs
//! (`--continue-on-error`), 2 an error. A closed output pipe is success.

mod build;
mod common;
mod export;
mod extract;
mod query;
mod render;
mod stats;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// Turn news text into a knowledge graph of who did what to whom.
#[derive(Debug, Parser)]
#[command(name = "newsgraph", version, about, long_about = None, arg_required_else_help = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Extract relation records (JSON Lines) from articles.
    Extract(extract::Args),
    /// Extract, build the graph and write every export into a folder.
    Build(build::Args),
    /// Write a graph in the format of another tool (Graphviz, Gephi, NetworkX, Cytoscape, Neo4j).
    Export(export::Args),
    /// Draw the graph as an SVG or PNG picture (needs Graphviz).
    Render(render::Args),
    // The subcommands below take their help from their Args' doc comments (with examples).
    Query(Box<query::Args>),
    Stats(stats::Args),
}

/// Runs the command line; maps errors to exit codes.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => extract::run(args),
        Command::Build(args) => build::run(args),
        Command::Export(args) => export::run(args),
        Command::Render(args) => render::run(args),
        Command::Query(args) => query::run(*args),
        Command::Stats(args) => stats::run(args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            if is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!("newsgraph: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe))
}
