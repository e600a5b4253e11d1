//! Where extraction time goes: every stage timed on one thread over the same
//! corpus, against a tokenise-only pass (the practical ceiling).
//!
//! Run: `cargo bench --bench stages` (corpus: `NEWSGRAPH_BENCH_INPUT`, default
//! `../shared/data/wikinews/wikinews.jsonl`, read `NEWSGRAPH_BENCH_REPEAT`
//! times, default 3). Prints a Markdown table; `scripts/bench` runs it as
//! part of the full comparison. It is a plain program (`harness = false`)
//! so `cargo test` never runs it, and it asserts nothing about time.

use newsgraph::export::{self, CsvOptions, DotOptions};
use newsgraph::extract::Extractor;
use newsgraph::extract::mention::MentionFinder;
use newsgraph::extract::resolve::EntityResolver;
use newsgraph::graph::{GraphBuilder, GraphFile};
use newsgraph::text::{Document, IngestOptions, Input, InputItem, SentenceSplitter, Tokenizer, read_inputs};
use std::path::PathBuf;
use std::time::{Duration, Instant};

fn main() {
    let input = std::env::var_os("NEWSGRAPH_BENCH_INPUT")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/wikinews/wikinews.jsonl"));
    let repeat: usize = std::env::var("NEWSGRAPH_BENCH_REPEAT").ok().and_then(|s| s.parse().ok()).unwrap_or(3);
    if !input.exists() {
        eprintln!("stages: {} not found; set NEWSGRAPH_BENCH_INPUT to a JSON Lines corpus", input.display());
        return;
    }
    let mut t = Timings::default();

    // read: file → documents (JSON parsing, UTF-8 checks).
    let start = Instant::now();
    let mut docs: Vec<Document> = Vec::new();
    for _ in 0..repeat {
        for item in read_inputs(&[Input::Path(input.clone())], IngestOptions::default()) {
            match item {
                Ok(InputItem::Document { doc, .. }) => docs.push(doc),
                Ok(InputItem::Record(..)) => {}
                Err(e) => {
                    eprintln!("stages: {e}");
                    return;
                }
            }
        }
    }
    t.read = start.elapsed();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();

    let extractor = Extractor::default();
    let lexicon = newsgraph::extract::Lexicon::builtin();
    let mut tokens_total = 0;
    for doc in &docs {
        let text = doc.text.as_str();
        let s = Instant::now();
        let tokens = Tokenizer.tokenize(text);
        t.tokenise += s.elapsed();
        tokens_total += tokens.len();
        let s = Instant::now();
        let sentences = SentenceSplitter.split(text, &tokens);
        t.split += s.elapsed();
        let s = Instant::now();
        let lower = MentionFinder::lowercase(text, &tokens);
        let (mentions, _lower) = MentionFinder::new(&lexicon).find(text, &tokens, lower, &sentences);
        t.mentions += s.elapsed();
        let s = Instant::now();
        let resolution = EntityResolver.resolve(text, &tokens, &mentions);
        t.resolve += s.elapsed();
        std::hint::black_box(resolution);
        let s = Instant::now();
        let analysis = extractor.analyse(doc);
        t.analyse += s.elapsed();
        std::hint::black_box(analysis);
    }
    // `extract` = `analyse` + relations: timed right after a second
    // `analyse` of the same document so that the difference is not drift.
    let mut records = Vec::new();
    let mut analyse_again = Duration::ZERO;
    for doc in &docs {
        let s = Instant::now();
        std::hint::black_box(extractor.analyse(doc));
        analyse_again += s.elapsed();
        let s = Instant::now();
        records.push(extractor.extract(doc));
        t.extract += s.elapsed();
    }
    t.analyse = t.analyse.min(analyse_again);
    let s = Instant::now();
    let mut out = Vec::new();
    for r in records.iter().flatten() {
        serde_json::to_writer(&mut out, r).expect("records serialise");
        out.push(b'\n');
    }
    t.serialise = s.elapsed();

    let s = Instant::now();
    let mut builder = GraphBuilder::new();
    for (doc, rs) in docs.iter().zip(&records) {
        builder.add_document(&doc.id, doc.date.as_deref());
        for r in rs {
            builder.add(r);
        }
    }
    let graph = builder.finish();
    t.graph = s.elapsed();
    let s = Instant::now();
    let mut sink = Vec::new();
    let csv = CsvOptions { neutralise_formulas: true };
    GraphFile::write(&graph, &mut sink).expect("in memory");
    export::write_dot(&graph, &DotOptions::default(), &mut sink).expect("in memory");
    export::write_nodes_csv(&graph, csv, &mut sink).expect("in memory");
    export::write_edges_csv(&graph, csv, &mut sink).expect("in memory");
    export::write_statements_csv(&graph, csv, &mut sink).expect("in memory");
    t.export = s.elapsed();

    // The analysis also finds phrase speakers, quotations and offsets: the
    // part of `analyse` not in the stages above goes to "resolve".
    let staged = t.tokenise + t.split + t.mentions + t.resolve;
    let resolve_rest = t.analyse.saturating_sub(staged);
    let relations = t.extract.saturating_sub(t.analyse);
    let rows: [(&str, Duration); 9] = [
        ("read (JSON Lines → documents)", t.read),
        ("tokenise", t.tokenise),
        ("split (sentences)", t.split),
        ("mentions", t.mentions),
        ("resolve (+ phrase speakers, quotes)", t.resolve + resolve_rest),
        ("relations", relations),
        ("serialise records", t.serialise),
        ("graph build", t.graph),
        ("export (json, dot, 3 csv)", t.export),
    ];
    let total: Duration = rows.iter().map(|r| r.1).sum();
    println!(
        "corpus: {} × {repeat}: {} documents, {:.1} MB of text, {} tokens; one thread",
        input.display(),
        docs.len(),
        bytes as f64 / 1e6,
        tokens_total
    );
    println!();
    println!("| stage | ms | MB/s | share | × tokenise-only |");
    println!("|---|---:|---:|---:|---:|");
    let mbs = |d: Duration| bytes as f64 / 1e6 / d.as_secs_f64().max(1e-9);
    for (name, d) in rows {
        println!(
            "| {name} | {:.0} | {:.1} | {:.1}% | {:.2} |",
            d.as_secs_f64() * 1e3,
            mbs(d),
            100.0 * d.as_secs_f64() / total.as_secs_f64().max(1e-9),
            d.as_secs_f64() / t.tokenise.as_secs_f64().max(1e-9)
        );
    }
    println!("| **total** | {:.0} | {:.1} | 100% | {:.2} |", total.as_secs_f64() * 1e3, mbs(total), {
        total.as_secs_f64() / t.tokenise.as_secs_f64().max(1e-9)
    });
    println!();
    println!(
        "tokenise-only ceiling: {:.1} MB/s, {:.0} tokens/s; full extraction (read → records): {:.1} MB/s, {:.0} tokens/s",
        mbs(t.tokenise),
        tokens_total as f64 / t.tokenise.as_secs_f64().max(1e-9),
        mbs(t.read + t.extract + t.serialise),
        tokens_total as f64 / (t.read + t.extract + t.serialise).as_secs_f64().max(1e-9)
    );
    std::hint::black_box((out, sink));
}

#[derive(Default)]
struct Timings {
    read: Duration,
    tokenise: Duration,
    split: Duration,
    mentions: Duration,
    resolve: Duration,
    analyse: Duration,
    extract: Duration,
    serialise: Duration,
    graph: Duration,
    export: Duration,
}
