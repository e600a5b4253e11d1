//! Query speed on a big graph: the whole Wikinews corpus repeated 100 times.
//!
//! Run: `cargo bench --bench query` (set `NEWSGRAPH_BENCH_REPEAT` for another
//! factor). Reads `../shared/data/wikinews/wikinews.jsonl`, extracts it once,
//! adds its records `REPEAT` times under distinct document ids (what
//! extracting the repeated corpus would give, without the wait), writes and
//! reads `graph.json` as the CLI does, builds the query index, then times
//! each query many times and prints the median and slowest run. A full scan
//! of the statements is timed beside the indexed speaker query for scale.
//! Skips with a message when the shared data is missing.

use newsgraph::extract::Extractor;
use newsgraph::graph::{GraphBuilder, GraphFile, KnowledgeGraph};
use newsgraph::query::{Query, QueryEngine, StatementQuery};
use newsgraph::record::RelationType;
use newsgraph::text::{IngestOptions, Input, InputItem, read_inputs};
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/wikinews/wikinews.jsonl");
const RUNS: usize = 200;

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1e3)
}

fn timed<T>(what: &str, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    println!("{what:<52} {:>12}", ms(start.elapsed()));
    out
}

/// Median and slowest of `RUNS` runs, and the size of the answer.
fn measure(name: &str, mut run: impl FnMut() -> usize) {
    let rows = run();
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            black_box(run());
            start.elapsed()
        })
        .collect();
    times.sort();
    println!("{name:<52} {:>12} {:>12} {rows:>9}", ms(times[RUNS / 2]), ms(times[RUNS - 1]));
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines().find(|l| l.starts_with("model name")).map(|l| l.split(':').nth(1).unwrap_or("").trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    format!("{cpu}, {cores} cores")
}

fn build(repeat: usize) -> KnowledgeGraph {
    let extractor = Extractor::default();
    let mut docs = Vec::new();
    for item in read_inputs(&[Input::Path(CORPUS.into())], IngestOptions::default()) {
        if let Ok(InputItem::Document { doc, .. }) = item {
            docs.push(doc);
        }
    }
    let records: Vec<_> = timed(&format!("extract {} articles once", docs.len()), || {
        docs.iter().map(|d| (d.id.clone(), d.date.clone(), extractor.extract(d))).collect()
    });
    timed(&format!("build graph ({repeat} copies)"), || {
        let mut b = GraphBuilder::new();
        for copy in 0..repeat {
            for (id, date, recs) in &records {
                let doc = format!("{id}~{copy:03}");
                b.add_document(&doc, date.as_deref());
                for r in recs {
                    let mut r = r.clone();
                    r.doc.clone_from(&doc);
                    b.add(&r);
                }
            }
        }
        b.finish()
    })
}

fn main() {
    if !Path::new(CORPUS).exists() {
        println!("skipping the query benchmark: {CORPUS} is missing (the shared data is not next to this checkout)");
        return;
    }
    let repeat: usize = std::env::var("NEWSGRAPH_BENCH_REPEAT").ok().and_then(|v| v.parse().ok()).unwrap_or(100);
    println!("machine: {}", machine());
    let built = build(repeat);
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("graph.json");
    timed("write graph.json", || {
        newsgraph::output::write_atomic(&path, |w| GraphFile::write(&built, w)).expect("write graph")
    });
    drop(built);
    let size = std::fs::metadata(&path).map_or(0, |m| m.len());
    let graph =
        timed(&format!("read graph.json ({:.0} MB)", size as f64 / 1e6), || GraphFile::read(&path).expect("read"));
    println!(
        "graph: {} documents, {} actors, {} relations, {} statements",
        graph.documents().len(),
        graph.node_count(),
        graph.edge_count(),
        graph.statements().len()
    );
    let engine = timed("index (names, speakers, about, relations, docs)", || QueryEngine::new(&graph));
    let engine = &engine;
    timed("index content words (first --text query)", || {
        engine.statements(&StatementQuery::new().text("warming")).map(|r| r.len()).expect("query")
    });

    println!("\n{:<52} {:>12} {:>12} {:>9}", format!("query ({RUNS} runs)"), "median", "slowest", "rows");
    let statements = |q: StatementQuery| move || engine.statements(&q).map(|r| r.len()).expect("query");
    measure("--speaker \"Donald Trump\"", statements(StatementQuery::new().speaker("Donald Trump")));
    measure("--speaker \"Boris Johnson\"", statements(StatementQuery::new().speaker("Boris Johnson")));
    measure("--about \"Donald Trump\"", statements(StatementQuery::new().about("Donald Trump")));
    measure(
        "--speaker \"Joe Biden\" --about \"Donald Trump\"",
        statements(StatementQuery::new().speaker("Joe Biden").about("Donald Trump")),
    );
    measure(
        "--relation said,criticized --since 2020-06",
        statements(
            StatementQuery::new().relation(RelationType::Said).relation(RelationType::Criticized).since("2020-06"),
        ),
    );
    measure("--text \"climate change\"", statements(StatementQuery::new().text("climate change")));
    measure("--doc wikinews-2019-004~042", statements(StatementQuery::new().doc("wikinews-2019-004~042")));
    let run = |q: Query| {
        move || match engine.run(&q).expect("query") {
            newsgraph::query::Answer::Between(r) | newsgraph::query::Answer::Neighbors(r) => r.len(),
            newsgraph::query::Answer::Path(p) => p.map_or(0, |r| r.len()),
            newsgraph::query::Answer::Statements(r) => r.len(),
        }
    };
    measure("--between \"Donald Trump\" \"Joe Biden\"", run(Query::Between("Donald Trump".into(), "Joe Biden".into())));
    measure("--path \"Boris Johnson\" \"Joe Biden\"", run(Query::Path("Boris Johnson".into(), "Joe Biden".into())));
    measure("--neighbors \"Donald Trump\" --depth 2", run(Query::Neighbors { actor: "Donald Trump".into(), depth: 2 }));
    measure("--speaker Trump (ambiguous: error with candidates)", || {
        engine.statements(&StatementQuery::new().speaker("Trump")).map_or(0, |r| r.len())
    });
    let trump = engine.resolve("Donald Trump").expect("Donald Trump").to_owned();
    measure("(full scan, no index: speaker == donald_trump)", || {
        graph.statements().iter().filter(|s| s.speaker == trump).count()
    });
    timed("\nstats (PageRank, betweenness, components)", || black_box(graph.stats()).actors);
}
