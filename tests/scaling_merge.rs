//! Sharded runs give the same graph as one run: `newsgraph extract` on each
//! shard, then `newsgraph build` over the shards' record files, in any
//! order and with any thread count, writes the same graph files as
//! `newsgraph build` over the whole corpus.

use assert_cmd::Command;
use std::fs;
use std::path::{Path, PathBuf};

const GRAPH_FILES: &[&str] = &["graph.json", "nodes.csv", "edges.csv", "statements.csv"];

fn newsgraph() -> Command {
    Command::cargo_bin("newsgraph").expect("the newsgraph binary is built")
}

fn samples() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/samples");
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("data/samples exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert!(files.len() >= 3, "need several sample articles");
    files
}

fn build(inputs: &[PathBuf], out: &Path, threads: &str) {
    newsgraph().arg("build").arg("-q").args(["-j", threads]).arg("-o").arg(out).args(inputs).assert().success();
}

fn graph_files(dir: &Path) -> Vec<(String, String)> {
    GRAPH_FILES
        .iter()
        .map(|name| {
            let text = fs::read_to_string(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
            (name.to_string(), text)
        })
        .collect()
}

fn assert_same(expected: &Path, actual: &Path, what: &str) {
    for ((name, want), (_, got)) in graph_files(expected).iter().zip(graph_files(actual)) {
        if *want != got {
            let diff: Vec<String> = want
                .lines()
                .zip(got.lines())
                .filter(|(a, b)| a != b)
                .take(5)
                .map(|(a, b)| format!("- {a}\n+ {b}"))
                .collect();
            panic!("{what}: {name} differs from the single run\n{}", diff.join("\n"));
        }
    }
}

#[test]
fn building_from_record_shards_matches_one_run_in_any_order() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let articles = samples();
    let whole = tmp.path().join("whole");
    build(&articles, &whole, "1");

    // One shard per article, extracted separately (as a map step would).
    let mut shards = Vec::new();
    for (i, article) in articles.iter().enumerate() {
        let shard = tmp.path().join(format!("shard-{i}.jsonl"));
        newsgraph().args(["extract", "-q", "-j", "1", "-o"]).arg(&shard).arg(article).assert().success();
        shards.push(shard);
    }

    let forward = tmp.path().join("forward");
    build(&shards, &forward, "2");
    assert_same(&whole, &forward, "shards in order");

    let mut reversed = shards.clone();
    reversed.reverse();
    let backward = tmp.path().join("backward");
    build(&reversed, &backward, "1");
    assert_same(&whole, &backward, "shards reversed");

    let mut rotated = shards.clone();
    rotated.rotate_left(1);
    let rotate = tmp.path().join("rotated");
    build(&rotated, &rotate, "2");
    assert_same(&whole, &rotate, "shards rotated");
}

#[test]
fn one_record_file_of_concatenated_shards_matches_one_run() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let articles = samples();
    let whole = tmp.path().join("whole");
    build(&articles, &whole, "2");

    // The shards' outputs concatenated in reverse order into one file, as
    // `cat part-*` over a Spark output folder would give.
    let mut all = String::new();
    for article in articles.iter().rev() {
        let out = newsgraph().args(["extract", "-q", "-j", "1"]).arg(article).output().expect("extract runs");
        assert!(out.status.success());
        all.push_str(&String::from_utf8(out.stdout).expect("UTF-8 records"));
    }
    let merged = tmp.path().join("merged.jsonl");
    fs::write(&merged, all).expect("write merged records");
    let from_records = tmp.path().join("from-records");
    build(&[merged], &from_records, "1");
    assert_same(&whole, &from_records, "concatenated shards");
}
