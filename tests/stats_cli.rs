//! `newsgraph stats` on the hand-written record fixture: counts, rankings,
//! components and who talks about whom, checked by hand.

use assert_cmd::cargo::cargo_bin_cmd;
use serde_json::Value;
use std::path::PathBuf;
use tempfile::TempDir;

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/query/records.jsonl");

fn graph() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("out");
    cargo_bin_cmd!("newsgraph").args(["build", "-q", FIXTURE, "-o"]).arg(&out).assert().success();
    (dir, out)
}

fn stats(args: &[&str]) -> String {
    let (_dir, g) = graph();
    let out = cargo_bin_cmd!("newsgraph").arg("stats").arg(g.join("graph.json")).args(args).output().expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("utf8")
}

#[test]
fn json_counts_ranks_and_talk() {
    let s: Value = serde_json::from_str(&stats(&["--json", "--top", "3"])).expect("json");
    assert_eq!((s["documents"].as_u64(), s["actors"].as_u64(), s["statements"].as_u64()), (Some(3), Some(8), Some(8)));
    assert_eq!(s["actor_types"]["person"], 4);
    assert_eq!(s["actor_types"]["location"], 0, "every type is listed");
    let said = s["relation_types"].as_array().and_then(|r| r.iter().find(|r| r["relation"] == "said")).expect("said");
    assert_eq!((said["edges"].as_u64(), said["statements"].as_u64()), (Some(5), Some(4)));
    // Elena Marsh: met Reyvik, affiliated with Varenia (2 mentions), said about Calderra, rejected about
    // the ministry, criticized by Denning, talked about by Reyvik and Anna Marsh.
    assert_eq!(s["top"]["degree"][0]["id"], "elena_marsh");
    assert_eq!(s["top"]["degree"][0]["value"], 7.0);
    assert_eq!(s["top"]["weighted_degree"][0]["value"], 8.0);
    assert_eq!(s["top"]["betweenness"][0]["id"], "elena_marsh");
    assert_eq!(s["top"]["pagerank"].as_array().map(Vec::len), Some(3));
    assert_eq!(s["components"].as_array().map(Vec::len), Some(1));
    let actors = s["actor_stats"].as_array().expect("actors");
    let reyvik = actors.iter().find(|a| a["id"] == "tomas_reyvik").expect("reyvik");
    assert_eq!(reyvik["talks_about"][0]["id"], "varenia");
    assert_eq!(reyvik["talks_about"][0]["value"], 2.0);
    let elena = actors.iter().find(|a| a["id"] == "elena_marsh").expect("elena");
    let by: Vec<&str> =
        elena["talked_about_by"].as_array().expect("list").iter().filter_map(|r| r["id"].as_str()).collect();
    assert_eq!(by, ["anna_marsh", "karl_denning", "tomas_reyvik"]);
}

#[test]
fn tables_for_people() {
    let out = stats(&["--top", "2"]);
    for want in [
        "actors      8",
        "person        4",
        "said             5      5         4",
        "1     Elena Marsh (7)   Elena Marsh (8)",
        "Tomas Reyvik  Varenia (2), Elena Marsh (1)",
    ] {
        assert!(out.contains(want), "{want:?} missing from\n{out}");
    }
    assert_eq!(stats(&["--top", "2"]), out, "deterministic");
    assert!(stats(&["--all"]).contains("farmers"), "--all lists every actor");
}

#[test]
fn every_flag_has_help_with_an_example() {
    let out = cargo_bin_cmd!("newsgraph").args(["stats", "--help"]).output().expect("runs");
    let help = String::from_utf8(out.stdout).expect("utf8");
    for flag in ["--top", "--all", "--json"] {
        let at = help.find(&format!("{flag} ")).or_else(|| help.find(&format!("{flag}\n"))).expect("flag in help");
        let block: String = help[at..].lines().skip(1).take_while(|l| !l.trim_start().starts_with('-')).collect();
        assert!(block.contains("Example:"), "{flag}: {block}");
    }
    assert!(help.contains("PageRank") && help.contains("newsgraph stats out"), "{help}");
}

#[test]
fn a_missing_graph_is_an_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = cargo_bin_cmd!("newsgraph").arg("stats").arg(dir.path()).output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no such graph file"));
}
