//! `newsgraph render`: draw the graph as an SVG or PNG picture with Graphviz.

use anyhow::{Context, bail};
use newsgraph::export::{self, DotOptions, ImageFormat, Layout, RenderOptions};
use newsgraph::graph::{GraphFile, GraphFilter, KnowledgeGraph};
use newsgraph::record::RelationType;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Draw the graph as an SVG or PNG picture (needs Graphviz's `dot`).
///
/// Actors are styled by type, relations coloured by type with a legend, edge
/// width follows weight. Filters keep large graphs legible.
///
/// Example: newsgraph render out/graph.json -o graph.svg --top 30
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Graph file (graph.json) or a folder written by `build`.
    #[arg(value_name = "GRAPH")]
    graph: PathBuf,
    /// Picture to write; the extension (.svg, .png) picks the format.
    #[arg(long, short = 'o', value_name = "FILE")]
    output: PathBuf,
    /// Layout engine (default: dot up to 40 actors, sfdp above).
    #[arg(long, value_parser = parse_layout, value_name = "dot|neato|fdp|sfdp|circo")]
    layout: Option<Layout>,
    /// Title above the picture (default: the graph's path).
    #[arg(long)]
    title: Option<String>,
    /// No legend.
    #[arg(long)]
    no_legend: bool,
    /// Edge labels: always, never or auto (by size).
    #[arg(long, default_value = "auto", value_parser = ["auto", "always", "never"])]
    edge_labels: String,
    #[command(flatten)]
    filter: FilterArgs,
}

/// Filters shared by `render` and `export`.
#[derive(Debug, clap::Args)]
pub struct FilterArgs {
    /// Keep relations seen at least N times.
    #[arg(long, value_name = "N")]
    min_weight: Option<usize>,
    /// Keep the N actors with the most relations.
    #[arg(long, value_name = "N")]
    top: Option<usize>,
    /// Keep only these relation types (repeat or comma-separate).
    #[arg(long, value_delimiter = ',', value_parser = parse_relation, value_name = "TYPE")]
    relation: Vec<RelationType>,
    /// Keep the ego network of this actor (id, name or alias).
    #[arg(long, value_name = "ACTOR")]
    actor: Option<String>,
    /// Steps from --actor.
    #[arg(long, default_value_t = 1, value_name = "N", requires = "actor")]
    depth: usize,
}

impl FilterArgs {
    /// Applies the filters.
    pub fn apply(&self, graph: KnowledgeGraph) -> anyhow::Result<KnowledgeGraph> {
        let mut f = GraphFilter::new().relations(self.relation.iter().copied());
        if let Some(w) = self.min_weight {
            f = f.min_weight(w);
        }
        if let Some(n) = self.top {
            f = f.top(n);
        }
        if let Some(a) = &self.actor {
            f = f.ego(a.clone(), self.depth);
        }
        if f.is_empty() {
            return Ok(graph);
        }
        Ok(f.apply(&graph)?)
    }
}

fn parse_layout(s: &str) -> Result<Layout, String> {
    Layout::from_name(s).ok_or_else(|| format!("unknown layout {s:?} (expected dot, neato, fdp, sfdp or circo)"))
}

fn parse_relation(s: &str) -> Result<RelationType, String> {
    s.parse()
}

/// Reads a graph file, or `graph.json` inside a folder.
pub fn read_graph(path: &Path) -> anyhow::Result<KnowledgeGraph> {
    let file = if path.is_dir() { path.join("graph.json") } else { path.to_owned() };
    if !file.exists() {
        bail!("{}: no such graph file (give a graph.json or a folder written by `newsgraph build`)", file.display());
    }
    Ok(GraphFile::read(&file)?)
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let Some(format) = ImageFormat::from_path(&args.output) else {
        bail!("{}: the picture must end in .svg or .png", args.output.display());
    };
    let graph = args.filter.apply(read_graph(&args.graph)?)?;
    let title = args.title.unwrap_or_else(|| format!("newsgraph: {}", args.graph.display()));
    let edge_labels = match args.edge_labels.as_str() {
        "always" => Some(true),
        "never" => Some(false),
        _ => None,
    };
    let diagram = DotOptions::with_title(title).legend(!args.no_legend).edge_labels(edge_labels);
    let options = RenderOptions::new(format).layout(args.layout).diagram(diagram);
    export::render(&graph, &options, &args.output)
        .with_context(|| format!("cannot render {}", args.output.display()))?;
    Ok(ExitCode::SUCCESS)
}
