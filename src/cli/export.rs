//! `newsgraph export`: write a graph file in another format.

use super::render::{FilterArgs, read_graph};
use anyhow::{Context, bail};
use newsgraph::export::{self, CsvOptions, ExportOptions, Format};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Write a graph in the format of another tool.
///
/// dot: Graphviz; json: NetworkX node-link; gephi: Gephi spreadsheet CSV
/// (folder); gexf: Gephi; graphml: NetworkX, yEd, Cytoscape; cytoscape:
/// Cytoscape.js JSON; neo4j: neo4j-admin bulk-import CSV (folder).
///
/// Example: newsgraph export out/graph.json --to gexf -o graph.gexf
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Graph file (graph.json) or a folder written by `build`.
    #[arg(value_name = "GRAPH")]
    graph: PathBuf,
    /// Output format.
    #[arg(long, value_name = "FORMAT", value_parser = parse_format)]
    to: Format,
    /// Output file (default: standard output), or folder for gephi and neo4j.
    #[arg(long, short = 'o', value_name = "PATH")]
    output: Option<PathBuf>,
    /// Title for diagrams and file metadata (default: the graph's path).
    #[arg(long)]
    title: Option<String>,
    /// Leave spreadsheet formula characters (= + - @) at the start of CSV cells as they are.
    #[arg(long)]
    raw_csv: bool,
    #[command(flatten)]
    filter: FilterArgs,
}

fn parse_format(s: &str) -> Result<Format, String> {
    s.parse()
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let graph = args.filter.apply(read_graph(&args.graph)?)?;
    let title = args.title.unwrap_or_else(|| format!("newsgraph: {}", args.graph.display()));
    let options = ExportOptions::new().title(title).csv(CsvOptions { neutralise_formulas: !args.raw_csv });
    match (&args.output, args.to.is_folder()) {
        (Some(dir), true) => {
            if dir.exists() && !dir.is_dir() {
                bail!("{}: the {} export is a folder of files, and this is a file", dir.display(), args.to);
            }
            export::write_folder(&graph, args.to, &options, dir)?;
        }
        (None, true) => bail!("the {} export is a folder of files: give the folder with -o DIR", args.to),
        (Some(path), false) => {
            newsgraph::output::write_atomic(path, |w| {
                export::write_with(&graph, args.to, &options, w).map_err(std::io::Error::other)
            })
            .with_context(|| format!("cannot write {}", path.display()))?;
        }
        (None, false) => {
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            match export::write_with(&graph, args.to, &options, &mut out) {
                Err(export::ExportError::Io { source, .. }) => return Err(source.into()),
                other => other?,
            }
            out.flush()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
