//! Shared by the export tests: a graph with hostile labels, the sample
//! graph, and running the real consumers (Graphviz, Python with NetworkX
//! and kuzu), skipping with a message when one is missing.

#![allow(dead_code)]

use assert_cmd::Command;
use newsgraph::export::{self, ExportOptions, Format};
use newsgraph::graph::{GraphBuilder, GraphFile, KnowledgeGraph};
use newsgraph::record::{ActorType, EntityRef, RelationRecord, RelationType, Span};
use std::path::{Path, PathBuf};
use std::process::Stdio;

/// A label with everything that breaks naive writers: quotes, angle
/// brackets, a script tag, backslashes (also `\N`, which Graphviz would
/// expand), a line break, a tab, a control character, CSV and array
/// delimiters, and non-ASCII.
pub const HOSTILE: &str =
    "Dr. \"Evil\" <script>alert('x')</script> & Co \\ back\\slash \\N\nsecond line\tTab\u{7}bell; a,b | Zoë Ünal 北京";

/// An id as hostile as the label.
pub const HOSTILE_ID: &str = "evil\"<id>\\ &;,ö";

fn span(text: &str) -> Span {
    Span { text: text.into(), start: 0, end: text.chars().count() }
}

fn entity(id: &str, name: &str, kind: ActorType) -> EntityRef {
    EntityRef { id: id.into(), name: name.into(), kind, mention: None }
}

fn record(doc: &str, date: Option<&str>, s: EntityRef, r: RelationType, o: Option<EntityRef>) -> RelationRecord {
    RelationRecord {
        doc: doc.into(),
        sentence: 0,
        relation: r,
        subject: s,
        object: o,
        cue: span("met"),
        content: None,
        about: vec![],
        negated: false,
        hedged: false,
        cameo: r.cameo().map(str::to_owned),
        evidence: span("A sentence."),
        role: None,
        date: date.map(str::to_owned),
    }
}

/// Three actors (one with a hostile id and label), two relations between
/// the same pair (met_with, criticized), a statement with hostile content
/// about a third actor, article dates.
pub fn hostile_graph() -> KnowledgeGraph {
    let evil = entity(HOSTILE_ID, HOSTILE, ActorType::Person);
    let zoe = entity("zoe_unal", "Zoë Ünal", ActorType::Organization);
    let third = entity("tarsova", "Tarsova", ActorType::Country);
    let mut said = record("doc \"1\"", Some("2024-03-01"), zoe.clone(), RelationType::Said, None);
    said.content = Some(span(HOSTILE));
    said.about = vec![third.clone()];
    let records = [
        record("doc \"1\"", Some("2024-03-01"), evil.clone(), RelationType::MetWith, Some(zoe.clone())),
        record("doc2", Some("2024-03-04"), evil.clone(), RelationType::MetWith, Some(zoe.clone())),
        record("doc2", Some("2024-03-04"), evil, RelationType::Criticized, Some(zoe)),
        said,
        record("doc2", Some("2024-03-04"), third, RelationType::Sanctioned, Some(entity("x", "X", ActorType::Group))),
    ];
    let mut b = GraphBuilder::new();
    for r in &records {
        b.add(r);
    }
    b.finish()
}

/// A graph of `n` actors in a ring with chords, for size tests.
pub fn large_graph(n: usize) -> KnowledgeGraph {
    let kinds = ActorType::ALL;
    let relations = RelationType::ALL;
    let mut b = GraphBuilder::new();
    for i in 0..n {
        let a = entity(&format!("actor_{i}"), &format!("Actor Number {i}"), kinds[i % kinds.len()]);
        for step in [1, 7] {
            let j = (i + step) % n;
            let o = entity(&format!("actor_{j}"), &format!("Actor Number {j}"), kinds[j % kinds.len()]);
            let r = relations[(i + step) % relations.len()];
            b.add(&record(&format!("d{}", i % 13), None, a.clone(), r, Some(o)));
        }
    }
    b.finish()
}

/// The `newsgraph` binary.
pub fn newsgraph() -> Command {
    Command::cargo_bin("newsgraph").expect("binary built")
}

/// `newsgraph build data/samples` into `dir`; gives the graph.
pub fn samples_graph(dir: &Path) -> KnowledgeGraph {
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/samples");
    newsgraph().arg("build").arg(&samples).arg("-o").arg(dir).arg("-q").assert().success();
    GraphFile::read(&dir.join("graph.json")).expect("graph.json")
}

/// Writes `graph` as `format` into `dir` (a file `graph.EXT` or the folder's files); gives the path.
pub fn export_to(graph: &KnowledgeGraph, format: Format, dir: &Path) -> PathBuf {
    let options = ExportOptions::new().title("test \"title\"");
    let written = export::write_folder(graph, format, &options, dir).expect("export");
    if format.is_folder() { dir.to_owned() } else { written[0].clone() }
}

/// Whether `program` runs (`program --version` or `-V`).
pub fn has_program(program: &str, arg: &str) -> bool {
    std::process::Command::new(program)
        .arg(arg)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// The Python to use: `NEWSGRAPH_PYTHON` or `python3`.
pub fn python() -> String {
    std::env::var("NEWSGRAPH_PYTHON").unwrap_or_else(|_| "python3".to_owned())
}

/// Whether Python can import `module`; prints why a test is skipped when not.
pub fn has_python_module(module: &str) -> bool {
    let ok = std::process::Command::new(python())
        .args(["-c", &format!("import {module}")])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        eprintln!("SKIPPED: python module {module} is not installed (pip install networkx==3.6.1 kuzu==0.11.3)");
    }
    ok
}

/// Whether Graphviz's `dot` is installed; prints why a test is skipped when not.
pub fn has_dot() -> bool {
    let ok = has_program("dot", "-V");
    if !ok {
        eprintln!("SKIPPED: Graphviz `dot` is not installed (apt-get install graphviz)");
    }
    ok
}

/// Runs a Python script with arguments; gives its stdout parsed as JSON.
/// Panics with the script's stderr when it fails.
pub fn run_python(script: &str, args: &[&Path]) -> serde_json::Value {
    let out = std::process::Command::new(python()).arg("-c").arg(script).args(args).output().expect("python runs");
    assert!(
        out.status.success(),
        "python failed:\n--- stdout\n{}\n--- stderr\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!("python printed no JSON ({e}):\n{}", String::from_utf8_lossy(&out.stdout));
    })
}
