//! `newsgraph stats`: counts, central actors, components, who talks about whom.

use super::query::load_graph;
use newsgraph::query::render::write_stats;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Graph analytics: counts by actor and relation type, top actors by degree,
/// weighted degree, PageRank and betweenness, connected components, and
/// whom each actor talks about most and who talks about it most.
///
/// Degrees count relations in and out (as NetworkX does on graph.json);
/// PageRank follows relation direction; betweenness and components ignore it.
///
/// Examples:
///   newsgraph stats out
///   newsgraph stats out/graph.json --top 5 --json
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment, about = "Counts, central actors, components, and who talks about whom")]
pub struct Args {
    /// The graph: a graph.json written by `newsgraph build`, or the folder holding it. Example: out
    #[arg(value_name = "GRAPH")]
    graph: PathBuf,
    /// How many actors each ranking (and components) lists. Example: --top 5
    #[arg(long, value_name = "N", default_value_t = 10)]
    top: usize,
    /// List whom every actor talks about, not only the top actors by degree. Example: --all
    #[arg(long)]
    all: bool,
    /// Write JSON (every actor's measures) instead of tables. Example: --json
    #[arg(long)]
    json: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let graph = load_graph(&args.graph)?;
    let stats = graph.stats();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    write_stats(&stats, args.top, args.all, args.json, &mut out)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
