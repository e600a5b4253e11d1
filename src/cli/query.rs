//! `newsgraph query`: who said what about whom, and how actors are related.

use anyhow::{Context, bail};
use newsgraph::graph::{GraphFile, KnowledgeGraph};
use newsgraph::query::render::{OutputFormat, write_answer};
use newsgraph::query::{Answer, Query, QueryEngine, StatementQuery};
use newsgraph::record::RelationType;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const STATEMENT_FLAGS: [&str; 7] = ["speaker", "about", "relation", "doc", "since", "until", "text"];

/// Answer who said what about whom, and how actors are related.
///
/// Statement filters (--speaker, --about, --relation, --doc, --since,
/// --until, --text) combine: every given filter must hold; a filter given
/// several values holds for any of them. Names match any alias of an actor,
/// case-insensitively ("Putin", "vladimir putin", "Russia's President");
/// a name that fits several actors is an error listing them.
///
/// Instead of flags, a query may be written in the query language:
///   said(speaker: Trump, about: Putin)
///   statements(speaker: Putin | Peskov, text: ceasefire, since: 2019-03)
///   between(Trump, Putin)    path(Witkoff, Zelenskyy)    neighbors(Putin, depth: 2)
///
/// Examples:
///   newsgraph query out --speaker Putin
///   newsgraph query out/graph.json --about Putin --relation said,requested --json
///   newsgraph query out 'said(speaker: Trump, about: Putin)'
///   newsgraph query out --path Witkoff Zelenskyy
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment, about = "Who said what about whom, and how actors are related")]
pub struct Args {
    /// The graph: a graph.json written by `newsgraph build`, or the folder holding it. Example: out
    #[arg(value_name = "GRAPH")]
    graph: PathBuf,
    /// A query in the query language. Example: 'said(speaker: Trump, about: Putin)'
    #[arg(value_name = "QUERY", conflicts_with_all = ["between", "path", "neighbors"])]
    query: Option<String>,
    /// Statements by this speaker (repeat for any of several). Example: --speaker Putin
    #[arg(long, value_name = "NAME")]
    speaker: Vec<String>,
    /// Statements about this actor: its object or an actor in its content. Example: --about "Vladimir Putin"
    #[arg(long, value_name = "NAME")]
    about: Vec<String>,
    /// Statements of these speech-act types (comma-separated or repeated). Example: --relation said,requested
    #[arg(long, value_name = "TYPE", value_delimiter = ',', value_parser = parse_relation)]
    relation: Vec<RelationType>,
    /// Statements from this document id (repeat for several). Example: --doc wikinews-2019-004
    #[arg(long, value_name = "ID")]
    doc: Vec<String>,
    /// Statements from articles dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD). Example: --since 2019-03
    #[arg(long, value_name = "DATE")]
    since: Option<String>,
    /// Statements from articles dated on or before DATE; 2019-03 includes all of March. Example: --until 2019-06-30
    #[arg(long, value_name = "DATE")]
    until: Option<String>,
    /// Statements whose content or cue holds all these words (case-insensitive). Example: --text "phone call"
    #[arg(long, value_name = "WORDS")]
    text: Vec<String>,
    /// Every relation between two actors, either direction, one row per mention. Example: --between Trump Putin
    #[arg(long, num_args = 2, value_names = ["A", "B"], conflicts_with_all = STATEMENT_FLAGS)]
    between: Option<Vec<String>>,
    /// A shortest chain of relations from A to B with the evidence of each hop. Example: --path Witkoff Zelenskyy
    #[arg(long, num_args = 2, value_names = ["A", "B"], conflicts_with_all = STATEMENT_FLAGS, conflicts_with = "between")]
    path: Option<Vec<String>>,
    /// The actors within --depth relations of A and the relations that reach them. Example: --neighbors Putin
    #[arg(long, value_name = "A", conflicts_with_all = STATEMENT_FLAGS, conflicts_with_all = ["between", "path"])]
    neighbors: Option<String>,
    /// How many relations away --neighbors looks. Example: --neighbors Putin --depth 2
    #[arg(long, value_name = "N", default_value_t = 1, requires = "neighbors")]
    depth: usize,
    /// Write JSON (an array of objects with full spans) instead of a table. Example: --json
    #[arg(long, conflicts_with = "csv")]
    json: bool,
    /// Write CSV with a header instead of a table. Example: --csv > statements.csv
    #[arg(long)]
    csv: bool,
    /// With --csv, leave spreadsheet formula characters (= + - @) at the start of cells as they are. Example: --csv --raw-csv
    #[arg(long, requires = "csv")]
    raw_csv: bool,
    /// Cap the WHAT column of the table at N characters (0: no cap). Example: --width 0
    #[arg(long, value_name = "N", default_value_t = 80)]
    width: usize,
}

fn parse_relation(s: &str) -> Result<RelationType, String> {
    s.trim().parse().map_err(|e| {
        let names: Vec<&str> = RelationType::ALL.iter().map(|r| r.as_str()).collect();
        format!("{e}; relation types: {}", names.join(", "))
    })
}

/// `graph.json` itself, or inside a folder.
fn graph_path(p: &Path) -> PathBuf {
    if p.is_dir() { p.join("graph.json") } else { p.to_owned() }
}

/// Reads a graph file named on the command line.
pub fn load_graph(p: &Path) -> anyhow::Result<KnowledgeGraph> {
    let path = graph_path(p);
    if !path.exists() {
        bail!("{}: no such graph file (run `newsgraph build INPUT -o DIR` first)", path.display());
    }
    GraphFile::read(&path).context("cannot read the graph")
}

impl Args {
    fn to_query(&self) -> anyhow::Result<Query> {
        if let Some([a, b]) = self.between.as_deref() {
            return Ok(Query::Between(a.clone(), b.clone()));
        }
        if let Some([a, b]) = self.path.as_deref() {
            return Ok(Query::Path(a.clone(), b.clone()));
        }
        if let Some(a) = &self.neighbors {
            return Ok(Query::Neighbors { actor: a.clone(), depth: self.depth });
        }
        let mut q = match &self.query {
            Some(text) => match Query::parse(text) {
                Ok(Query::Statements(q)) => q,
                Ok(_) if self.has_statement_flags() => {
                    bail!(
                        "statement filters (--speaker, --about, ...) apply to statement queries, not to between, path or neighbors"
                    )
                }
                Ok(other) => return Ok(other),
                Err(e) => bail!("{e}\n  {text}\n  {}^", " ".repeat(e.column)),
            },
            None => StatementQuery::new(),
        };
        q.speakers.extend(self.speaker.iter().cloned());
        q.about.extend(self.about.iter().cloned());
        q.relations.extend(self.relation.iter().copied());
        q.docs.extend(self.doc.iter().cloned());
        q.text.extend(self.text.iter().cloned());
        for (slot, flag) in [(&mut q.since, &self.since), (&mut q.until, &self.until)] {
            if flag.is_some() {
                slot.clone_from(flag);
            }
        }
        Ok(Query::Statements(q))
    }

    fn has_statement_flags(&self) -> bool {
        !(self.speaker.is_empty() && self.about.is_empty() && self.relation.is_empty() && self.doc.is_empty())
            || self.since.is_some()
            || self.until.is_some()
            || !self.text.is_empty()
    }
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let query = args.to_query()?;
    let graph = load_graph(&args.graph)?;
    let engine = QueryEngine::new(&graph);
    let answer = engine.run(&query)?;
    let format = if args.json {
        OutputFormat::Json
    } else if args.csv {
        OutputFormat::Csv { raw: args.raw_csv }
    } else {
        OutputFormat::Table { width: args.width }
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    write_answer(&graph, &answer, format, &mut out)?;
    out.flush()?;
    if matches!(format, OutputFormat::Table { .. }) {
        let note = match &answer {
            Answer::Statements(rows) if rows.is_empty() => Some("no statements match".to_owned()),
            Answer::Between(rows) if rows.is_empty() => Some("no relations between these actors".to_owned()),
            Answer::Path(None) => Some("no chain of relations links these actors".to_owned()),
            Answer::Neighbors(rows) if rows.is_empty() => Some("this actor has no relations".to_owned()),
            _ => None,
        };
        if let Some(note) = note {
            eprintln!("newsgraph: {note}");
        }
    }
    Ok(ExitCode::SUCCESS)
}
