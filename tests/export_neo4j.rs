//! Neo4j bulk-import CSV: the files follow `neo4j-admin database import`'s
//! header conventions, and kuzu (an embedded graph database, standing in
//! for Neo4j) loads them with `COPY FROM` and answers a Cypher query with
//! the expected edges and literal labels.

mod export_support;

use export_support::*;
use newsgraph::export::Format;
use newsgraph::graph::KnowledgeGraph;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

const TYPES: [&str; 16] = [
    "int",
    "long",
    "float",
    "double",
    "boolean",
    "byte",
    "short",
    "char",
    "string",
    "point",
    "date",
    "localtime",
    "time",
    "localdatetime",
    "datetime",
    "duration",
];

fn read(path: &Path) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::Reader::from_path(path).expect("csv");
    let header = r.headers().expect("header").iter().map(str::to_owned).collect();
    let rows = r.records().map(|row| row.expect("row").iter().map(str::to_owned).collect()).collect();
    (header, rows)
}

/// Checks one value against its header's type, as the importer would.
fn check_value(column: &str, value: &str) {
    if value.is_empty() {
        return; // no property
    }
    let Some((_, kind)) = column.rsplit_once(':') else { return };
    let (kind, is_array) = kind.strip_suffix("[]").map_or((kind, false), |k| (k, true));
    let values: Vec<&str> = if is_array { value.split(';').collect() } else { vec![value] };
    for v in values {
        match kind {
            "int" | "long" => assert!(v.parse::<i64>().is_ok(), "{column}: {v:?}"),
            "boolean" => assert!(v == "true" || v == "false", "{column}: {v:?}"),
            "date" => assert!(v.len() == 10 && v.as_bytes()[4] == b'-' && v.as_bytes()[7] == b'-', "{column}: {v:?}"),
            _ => {}
        }
    }
}

/// The importer's header rules, and every relationship endpoint exists in its id space.
fn check_conventions(dir: &Path) {
    let mut ids: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let nodes = ["actors.csv", "statements.csv"];
    let relationships = ["relations.csv", "speakers.csv", "statement_targets.csv"];
    for file in nodes {
        let (header, rows) = read(&dir.join(file));
        let id_columns: Vec<usize> = (0..header.len()).filter(|&i| header[i].contains(":ID(")).collect();
        assert_eq!(id_columns.len(), 1, "{file}: one :ID column");
        assert!(header.iter().any(|h| h == ":LABEL"), "{file}: :LABEL");
        let space = header[id_columns[0]].split(":ID(").nth(1).expect("space").trim_end_matches(')').to_owned();
        let set = ids.entry(space).or_default();
        for row in &rows {
            assert!(set.insert(row[id_columns[0]].clone()), "{file}: duplicate id {}", row[id_columns[0]]);
            for (h, v) in header.iter().zip(row) {
                check_value(h, v);
            }
        }
    }
    for file in relationships {
        let (header, rows) = read(&dir.join(file));
        assert!(header[0].starts_with(":START_ID(") && header[1].starts_with(":END_ID("), "{file}: {header:?}");
        assert!(header.iter().any(|h| h == ":TYPE"), "{file}: :TYPE");
        let space = |h: &str| h.split('(').nth(1).expect("space").trim_end_matches(')').to_owned();
        let (start, end) = (space(&header[0]), space(&header[1]));
        for row in &rows {
            assert!(ids[&start].contains(&row[0]), "{file}: unknown start {}", row[0]);
            assert!(ids[&end].contains(&row[1]), "{file}: unknown end {}", row[1]);
            for (h, v) in header.iter().zip(row) {
                check_value(h, v);
            }
        }
    }
    for file in nodes.iter().chain(&relationships) {
        let (header, _) = read(&dir.join(file));
        for h in header.iter().filter(|h| !h.starts_with(':')) {
            if let Some((_, kind)) = h.split_once(':')
                && !kind.starts_with("ID(")
            {
                assert!(TYPES.contains(&kind.trim_end_matches("[]")), "{file}: unknown type in {h}");
            }
        }
    }
}

#[test]
fn files_follow_the_importer_conventions() {
    let dir = tempfile::tempdir().expect("tempdir");
    check_conventions(&export_to(&hostile_graph(), Format::Neo4j, &dir.path().join("hostile")));
    let graph = samples_graph(&dir.path().join("out"));
    check_conventions(&export_to(&graph, Format::Neo4j, &dir.path().join("samples")));
    let script = std::fs::read_to_string(dir.path().join("samples/import.sh")).expect("script");
    assert!(script.contains("neo4j-admin database import full") && script.contains("--multiline-fields=true"));
}

/// Loads a Neo4j folder into kuzu and prints the actors and the relations as JSON.
const KUZU: &str = r#"
import json, os, sys, tempfile
import kuzu
folder = sys.argv[1]
db = kuzu.Database(os.path.join(tempfile.mkdtemp(), "db"))
c = kuzu.Connection(db)
# Columns in file order; neo4j-admin's typed headers map to kuzu types, arrays stay ';'-joined strings.
c.execute("CREATE NODE TABLE Actor(id STRING, name STRING, labels STRING, type STRING, mentions INT64, aliases STRING, documents STRING, PRIMARY KEY(id))")
c.execute("CREATE NODE TABLE Statement(id STRING, labels STRING, relation STRING, cue STRING, content STRING, doc STRING, sentence INT64, date DATE, negated BOOLEAN, hedged BOOLEAN, evidence STRING, PRIMARY KEY(id))")
c.execute("CREATE REL TABLE Relation(FROM Actor TO Actor, type STRING, key STRING, label STRING, weight INT64, role STRING, cameo STRING, symmetric BOOLEAN, negated INT64, hedged INT64, documents STRING, dates STRING)")
c.execute("CREATE REL TABLE Made(FROM Actor TO Statement, type STRING)")
c.execute("CREATE REL TABLE Target(FROM Statement TO Actor, type STRING)")
for table, name in [("Actor", "actors.csv"), ("Statement", "statements.csv"), ("Relation", "relations.csv"),
                    ("Made", "speakers.csv"), ("Target", "statement_targets.csv")]:
    path = os.path.join(folder, name).replace("\\", "/")
    c.execute(f"COPY {table} FROM '{path}' (header=true, parallel=false)")
def rows(q):
    r = c.execute(q)
    out = []
    while r.has_next():
        out.append(r.get_next())
    return out
print(json.dumps({
    "actors": rows("MATCH (a:Actor) RETURN a.id, a.name, a.labels, a.mentions, string_split(a.aliases, ';') ORDER BY a.id"),
    "relations": rows("MATCH (a:Actor)-[r:Relation]->(b:Actor) RETURN a.id, b.id, r.type, r.weight, r.symmetric ORDER BY a.id, b.id, r.key"),
    "said": rows("MATCH (a:Actor)-[:Made]->(s:Statement)-[t:Target]->(b:Actor) RETURN a.id, s.content, t.type, b.id, s.date ORDER BY s.id, b.id"),
}, default=str))
"#;

fn expected_relations(graph: &KnowledgeGraph) -> Vec<serde_json::Value> {
    let mut edges: Vec<_> = graph.edges().collect();
    edges.sort_by(|a, b| (&a.source, &a.target, a.key()).cmp(&(&b.source, &b.target, b.key())));
    edges
        .iter()
        .map(|e| {
            serde_json::json!([
                e.source,
                e.target,
                e.relation.as_str().to_ascii_uppercase(),
                e.weight,
                e.relation.is_symmetric()
            ])
        })
        .collect()
}

#[test]
fn kuzu_loads_the_hostile_graph_and_cypher_finds_the_edges() {
    if !has_python_module("kuzu") {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let graph = hostile_graph();
    let loaded = run_python(KUZU, &[&export_to(&graph, Format::Neo4j, dir.path())]);
    let actors = loaded["actors"].as_array().expect("actors");
    assert_eq!(actors.len(), graph.node_count());
    let evil = actors.iter().find(|a| a[0] == HOSTILE_ID).expect("hostile actor");
    assert_eq!(evil[1], HOSTILE, "name literal");
    assert_eq!(evil[2], "Actor;Person");
    assert_eq!(evil[3], 3);
    // One alias, whose ';' cannot be an array delimiter inside an element.
    assert_eq!(evil[4], serde_json::json!([HOSTILE.replace(';', "\u{FF1B}")]));
    assert_eq!(loaded["relations"].as_array().expect("relations"), &expected_relations(&graph));
    // Statements: Zoë's hostile quote about Tarsova; the criticism (a speech act without content) of Zoë.
    assert_eq!(
        loaded["said"],
        serde_json::json!([
            ["zoe_unal", HOSTILE, "ABOUT", "tarsova", "2024-03-01"],
            [HOSTILE_ID, null, "OBJECT", "zoe_unal", "2024-03-04"]
        ])
    );
}

#[test]
fn kuzu_loads_the_samples() {
    if !has_python_module("kuzu") {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let graph = samples_graph(&dir.path().join("out"));
    let loaded = run_python(KUZU, &[&export_to(&graph, Format::Neo4j, &dir.path().join("neo4j"))]);
    assert_eq!(loaded["actors"].as_array().map(Vec::len), Some(graph.node_count()));
    assert_eq!(loaded["relations"].as_array().expect("relations"), &expected_relations(&graph));
    let targets: usize = graph.statements().iter().map(|s| s.about.len() + usize::from(s.object.is_some())).sum();
    assert_eq!(loaded["said"].as_array().map(Vec::len), Some(targets));
}
