//! GEXF, GraphML, node-link JSON and Cytoscape.js JSON, loaded by NetworkX
//! (the real reader, not ours): every node and edge arrives, parallel
//! relations stay apart, attributes keep their types, hostile labels arrive
//! literally.

mod export_support;

use export_support::*;
use newsgraph::export::Format;
use newsgraph::export::escape::xml_visible;
use newsgraph::graph::KnowledgeGraph;
use serde_json::Value;
use std::path::Path;

/// Loads a file with NetworkX and prints the graph as JSON. NetworkX 3.4
/// knows GEXF up to 1.2draft (1.3 arrives in 3.6): the 1.3 namespaces are
/// registered with its own reader, exactly as NetworkX 3.6 declares them.
const LOAD: &str = r#"
import json, sys
import networkx as nx
from networkx.readwrite import gexf
import xml.etree.ElementTree as ET
fmt, path = sys.argv[1], sys.argv[2]
extra = {}
if fmt == "gexf":
    if "1.3" not in gexf.GEXF.versions:
        print("networkx", nx.__version__, "lacks GEXF 1.3: registering its namespaces", file=sys.stderr)
        gexf.GEXF.versions["1.3"] = {
            "NS_GEXF": "http://gexf.net/1.3",
            "NS_VIZ": "http://gexf.net/1.3/viz",
            "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
            "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
            "VERSION": "1.3",
        }
    G = nx.read_gexf(path)
    # What NetworkX does not keep: the edge kinds and the graph element.
    ns = {"g": "http://gexf.net/1.3"}
    root = ET.parse(path).getroot()
    graph = root.find("g:graph", ns)
    extra = {
        "version": root.get("version"),
        "defaultedgetype": graph.get("defaultedgetype"),
        "kinds": {e.get("id"): e.get("kind") for e in root.iter("{http://gexf.net/1.3}edge")},
    }
elif fmt == "graphml":
    G = nx.read_graphml(path)
elif fmt == "json":
    G = nx.node_link_graph(json.load(open(path, encoding="utf-8")), edges="edges")
elif fmt == "cytoscape":
    data = json.load(open(path, encoding="utf-8"))
    G = nx.cytoscape_graph(data)
    ids = [e["data"]["id"] for group in ("nodes", "edges") for e in data["elements"][group]]
    extra = {"ids": len(ids), "unique_ids": len(set(ids))}
if G.is_multigraph():
    edges = [[u, v, k, d] for u, v, k, d in G.edges(keys=True, data=True)]
else:
    edges = [[u, v, None, d] for u, v, d in G.edges(data=True)]
print(json.dumps({
    "directed": G.is_directed(),
    "graph": G.graph,
    "nodes": {str(n): d for n, d in G.nodes(data=True)},
    "edges": edges,
    "extra": extra,
}, default=str))
"#;

fn load(format: &str, path: &Path) -> Value {
    run_python(LOAD, &[Path::new(format), path])
}

fn edge<'a>(loaded: &'a Value, source: &str, target: &str, relation: &str) -> &'a Value {
    loaded["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .find(|e| e[0] == source && e[1] == target && e[3]["relation"] == relation)
        .map(|e| &e[3])
        .unwrap_or_else(|| panic!("no {relation} edge {source} -> {target} in {loaded:#}"))
}

/// What every loader must give for the hostile graph; `visible` maps a
/// string to what the format can carry.
fn check_hostile(format: &str, loaded: &Value, visible: fn(&str) -> String) {
    let graph = hostile_graph();
    assert_eq!(loaded["directed"], true, "{format}");
    assert_eq!(loaded["nodes"].as_object().expect("nodes").len(), graph.node_count(), "{format}");
    assert_eq!(loaded["edges"].as_array().expect("edges").len(), graph.edge_count(), "{format}");
    let id = visible(HOSTILE_ID);
    let evil = &loaded["nodes"][&id];
    assert_eq!(evil["label"], visible(HOSTILE).as_str(), "{format}: label");
    assert_eq!(evil["type"], "person", "{format}");
    assert!(evil["mentions"].is_u64(), "{format}: mentions typed: {evil}");
    // Two relations between the same pair stay two edges.
    let met = edge(loaded, &id, "zoe_unal", "met_with");
    let criticized = edge(loaded, &id, "zoe_unal", "criticized");
    assert_eq!(met["weight"].as_f64(), Some(2.0), "{format}: {met}");
    assert_eq!(criticized["weight"].as_f64(), Some(1.0), "{format}");
    assert_eq!(met["symmetric"], true, "{format}: boolean typed");
    let said = edge(loaded, "zoe_unal", "tarsova", "said");
    assert_eq!(said["role"], "about", "{format}");
    assert_eq!(said["quote"], visible(HOSTILE).as_str(), "{format}: statement content");
}

fn exported(graph: &KnowledgeGraph, format: Format) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = export_to(graph, format, dir.path());
    (dir, path)
}

fn same(s: &str) -> String {
    s.to_owned()
}

#[test]
fn gexf_loads_in_networkx() {
    if !has_python_module("networkx") {
        return;
    }
    let (_dir, path) = exported(&hostile_graph(), Format::Gexf);
    let loaded = load("gexf", &path);
    check_hostile("gexf", &loaded, xml_visible);
    assert_eq!(loaded["extra"]["version"], "1.3");
    assert_eq!(loaded["extra"]["defaultedgetype"], "directed");
    let kinds = loaded["extra"]["kinds"].as_object().expect("kinds");
    let mut kinds: Vec<&str> = kinds.values().filter_map(Value::as_str).collect();
    kinds.sort_unstable();
    assert_eq!(kinds, ["criticized", "met_with", "said:about", "sanctioned"]);
    // Dates: a dynamic graph with one-day spells.
    assert_eq!(loaded["graph"]["mode"], "dynamic");
    let met = edge(&loaded, HOSTILE_ID, "zoe_unal", "met_with");
    assert_eq!(met["spells"], serde_json::json!([["2024-03-01", "2024-03-01"], ["2024-03-04", "2024-03-04"]]));
}

#[test]
fn graphml_loads_in_networkx_with_typed_attributes() {
    if !has_python_module("networkx") {
        return;
    }
    let (_dir, path) = exported(&hostile_graph(), Format::Graphml);
    let loaded = load("graphml", &path);
    check_hostile("graphml", &loaded, xml_visible);
    assert_eq!(loaded["graph"]["title"], "test \"title\"");
    let met = edge(&loaded, HOSTILE_ID, "zoe_unal", "met_with");
    assert!(met["negated"].is_u64() && met["weight"].is_u64(), "{met}");
    assert_eq!(met["dates"], "2024-03-01; 2024-03-04");
}

#[test]
fn node_link_json_loads_in_networkx_with_all_attributes() {
    if !has_python_module("networkx") {
        return;
    }
    let (_dir, path) = exported(&hostile_graph(), Format::Json);
    let loaded = load("json", &path);
    let graph = hostile_graph();
    assert_eq!(loaded["nodes"].as_object().expect("nodes").len(), graph.node_count());
    assert_eq!(loaded["edges"].as_array().expect("edges").len(), graph.edge_count());
    let evil = &loaded["nodes"][HOSTILE_ID];
    assert_eq!(evil["label"], HOSTILE);
    assert_eq!(evil["aliases"], serde_json::json!([HOSTILE]));
    let met = edge(&loaded, HOSTILE_ID, "zoe_unal", "met_with");
    assert_eq!(met["weight"], 2);
    assert_eq!(met["evidence"].as_array().map(Vec::len), Some(2));
    assert_eq!(loaded["graph"]["statements"][0]["content"]["text"], HOSTILE);
}

#[test]
fn cytoscape_json_loads_in_networkx_with_unique_ids() {
    if !has_python_module("networkx") {
        return;
    }
    let (_dir, path) = exported(&hostile_graph(), Format::Cytoscape);
    let loaded = load("cytoscape", &path);
    check_hostile("cytoscape", &loaded, same);
    assert_eq!(loaded["extra"]["ids"], loaded["extra"]["unique_ids"]);
    assert_eq!(loaded["graph"]["title"], "test \"title\"");
}

#[test]
fn edge_ids_stay_unique_when_an_actor_is_called_e0() {
    if !has_python_module("networkx") {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let records = r#"{"doc":"d","sentence":0,"relation":"aided","subject":{"id":"e0","name":"E0","type":"person"},"object":{"id":"e1","name":"E1","type":"person"},"cue":{"text":"x","start":0,"end":1},"evidence":{"text":"x","start":0,"end":1},"cameo":"07"}"#;
    std::fs::write(dir.path().join("r.jsonl"), format!("{records}\n")).expect("write");
    newsgraph().args(["build", "r.jsonl", "-q", "--formats", "cytoscape"]).current_dir(dir.path()).assert().success();
    let loaded = load("cytoscape", &dir.path().join("out/graph.cyjs"));
    assert_eq!(loaded["extra"]["ids"], 3);
    assert_eq!(loaded["extra"]["unique_ids"], 3);
}

#[test]
fn the_samples_load_in_every_networkx_reader() {
    if !has_python_module("networkx") {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let graph = samples_graph(&dir.path().join("out"));
    for (format, name) in
        [(Format::Gexf, "gexf"), (Format::Graphml, "graphml"), (Format::Json, "json"), (Format::Cytoscape, "cytoscape")]
    {
        let path = export_to(&graph, format, &dir.path().join(name));
        let loaded = load(name, &path);
        assert_eq!(loaded["nodes"].as_object().expect("nodes").len(), graph.node_count(), "{name}");
        assert_eq!(loaded["edges"].as_array().expect("edges").len(), graph.edge_count(), "{name}");
        for n in graph.nodes() {
            assert_eq!(loaded["nodes"][&n.id]["label"], n.label.as_str(), "{name}");
        }
    }
}
