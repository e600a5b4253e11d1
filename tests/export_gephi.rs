//! Gephi spreadsheet CSV, read back the way Gephi reads it: Gephi's
//! importer is Apache Commons CSV with `\` as escape character, doubled
//! quotes, trimmed cells and empty cells as no value. Python's csv module
//! configured the same way stands in for it.

mod export_support;

use export_support::*;
use newsgraph::export::Format;
use serde_json::Value;
use std::path::Path;

/// Reads a CSV file like Gephi's importer and prints the rows as JSON objects.
const GEPHI_READER: &str = r#"
import csv, json, sys
def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter=",", quotechar='"', escapechar="\\", doublequote=True))
    header = [h.strip() for h in rows[0]]
    clean = lambda v: (v.strip() or None)
    return {"header": header, "rows": [dict(zip(header, map(clean, r))) for r in rows[1:] if r]}
print(json.dumps({"nodes": read(sys.argv[1] + "/nodes.csv"), "edges": read(sys.argv[1] + "/edges.csv")}))
"#;

fn read_like_gephi(dir: &Path) -> Value {
    run_python(GEPHI_READER, &[dir])
}

#[test]
fn gephi_reads_hostile_labels_literally_and_keeps_relations_apart() {
    if !has_python_module("csv") {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = export_to(&hostile_graph(), Format::Gephi, dir.path());
    let t = read_like_gephi(&folder);
    let header = |table: &str| -> Vec<String> {
        t[table]["header"].as_array().expect("header").iter().map(|h| h.as_str().unwrap_or("").to_owned()).collect()
    };
    assert_eq!(header("nodes")[..2], ["Id", "Label"]);
    assert_eq!(header("edges")[..7], ["Source", "Target", "Type", "Kind", "Id", "Label", "Weight"]);
    assert!(header("nodes").contains(&"Timeset".to_owned()) && header("edges").contains(&"Timeset".to_owned()));

    let nodes = t["nodes"]["rows"].as_array().expect("rows");
    let evil = nodes.iter().find(|n| n["Id"] == HOSTILE_ID).expect("hostile id read back literally");
    assert_eq!(evil["Label"], HOSTILE, "label read back literally");
    assert_eq!(evil["Timeset"], "<[2024-03-01, 2024-03-04]>");

    let edges = t["edges"]["rows"].as_array().expect("rows");
    let between: Vec<&Value> =
        edges.iter().filter(|e| e["Source"] == HOSTILE_ID && e["Target"] == "zoe_unal").collect();
    let mut kinds: Vec<&str> = between.iter().filter_map(|e| e["Kind"].as_str()).collect();
    kinds.sort_unstable();
    assert_eq!(kinds, ["criticized", "met_with"], "different relations between one pair stay apart");
    let met = between.iter().find(|e| e["Kind"] == "met_with").expect("met_with");
    assert_eq!(met["Type"], "Undirected");
    assert_eq!(met["Weight"], "2");
    assert_eq!(met["Timeset"], "<[2024-03-01, 2024-03-04]>");
    // Every edge end is a node id, as Gephi matches them.
    for e in edges {
        for end in ["Source", "Target"] {
            assert!(nodes.iter().any(|n| n["Id"] == e[end]), "{end} {} is no node", e[end]);
        }
    }
    let ids: std::collections::BTreeSet<&str> = edges.iter().filter_map(|e| e["Id"].as_str()).collect();
    assert_eq!(ids.len(), edges.len(), "edge ids unique");
}

#[test]
fn backslashes_are_doubled_on_disk() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = export_to(&hostile_graph(), Format::Gephi, dir.path());
    let nodes = std::fs::read_to_string(folder.join("nodes.csv")).expect("nodes");
    assert!(nodes.contains("back\\\\slash \\\\N"), "{nodes}");
    assert!(!nodes.contains("back\\slash"), "a single backslash would be eaten by Gephi");
}

#[test]
fn the_samples_read_like_gephi_without_dates_have_no_timeset() {
    if !has_python_module("csv") {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let graph = samples_graph(&dir.path().join("out"));
    let t = read_like_gephi(&dir.path().join("out"));
    assert_eq!(t["nodes"]["rows"].as_array().map(Vec::len), Some(graph.node_count()));
    assert_eq!(t["edges"]["rows"].as_array().map(Vec::len), Some(graph.edge_count()));
    assert!(!t["edges"]["header"].as_array().expect("header").iter().any(|h| h == "Timeset"));
}
