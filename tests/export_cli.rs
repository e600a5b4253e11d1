//! The `export` command and `build --formats`: every format from the
//! command line, byte-identical output for the same input, streaming
//! writers, clear errors.

mod export_support;

use export_support::*;
use newsgraph::export::{self, ExportOptions, Format};
use predicates::prelude::*;
use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::Path;

/// Every file under `dir`, by relative path.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("dir") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(dir).expect("prefix").to_string_lossy().into_owned();
                out.insert(rel, std::fs::read(&path).expect("read"));
            }
        }
    }
    out
}

const ALL: &str = "json,dot,gephi,gexf,graphml,cytoscape,neo4j";

#[test]
fn build_writes_the_usual_six_files_by_default() {
    let dir = tempfile::tempdir().expect("tempdir");
    samples_graph(&dir.path().join("out"));
    let names: Vec<String> = files(&dir.path().join("out")).into_keys().collect();
    assert_eq!(
        names,
        [".newsgraph", "edges.csv", "graph.dot", "graph.json", "nodes.csv", "relations.jsonl", "statements.csv"]
    );
}

#[test]
fn build_formats_chooses_the_exports() {
    let dir = tempfile::tempdir().expect("tempdir");
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/samples");
    newsgraph()
        .arg("build")
        .arg(&samples)
        .args(["-q", "--formats", "gexf,neo4j", "-o", "out"])
        .current_dir(dir.path())
        .assert()
        .success();
    let names: Vec<String> = files(&dir.path().join("out")).into_keys().collect();
    assert_eq!(
        names,
        [
            ".newsgraph",
            "graph.gexf",
            "neo4j/actors.csv",
            "neo4j/import.sh",
            "neo4j/relations.csv",
            "neo4j/speakers.csv",
            "neo4j/statement_targets.csv",
            "neo4j/statements.csv",
            "relations.jsonl",
        ]
    );
    newsgraph()
        .arg("build")
        .arg(&samples)
        .args(["--formats", "gexf,pdf"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("unknown format \"pdf\"").and(predicate::str::contains("cytoscape")));
}

#[test]
fn every_export_is_byte_identical_across_runs_and_thread_counts() {
    let dir = tempfile::tempdir().expect("tempdir");
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/samples");
    for (out, threads) in [("a", "1"), ("b", "2")] {
        newsgraph()
            .arg("build")
            .arg(&samples)
            .args(["-q", "-j", threads, "--formats", ALL, "-o", out])
            .current_dir(dir.path())
            .assert()
            .success();
    }
    let (a, b) = (files(&dir.path().join("a")), files(&dir.path().join("b")));
    assert_eq!(a.len(), 16);
    for (name, bytes) in &a {
        assert!(b.get(name) == Some(bytes), "{name} differs between runs");
    }
}

#[test]
fn export_writes_every_format_to_stdout_or_a_path() {
    let dir = tempfile::tempdir().expect("tempdir");
    let graph = samples_graph(&dir.path().join("out"));
    for &format in Format::ALL {
        let name = format.name();
        let options = ExportOptions::new().title("newsgraph: out");
        if format.is_folder() {
            newsgraph()
                .args(["export", "out", "--to", name])
                .current_dir(dir.path())
                .assert()
                .failure()
                .stderr(predicate::str::contains("folder"));
            newsgraph().args(["export", "out", "--to", name, "-o", name]).current_dir(dir.path()).assert().success();
            for part in format.parts() {
                let mut expected = Vec::new();
                part.write(&graph, &options, &mut expected).expect("write");
                let written = std::fs::read(dir.path().join(name).join(part.name)).expect("part");
                assert!(written == expected, "{name}/{}", part.name);
            }
        } else {
            let mut expected = Vec::new();
            export::write_with(&graph, format, &options, &mut expected).expect("write");
            let stdout = newsgraph().args(["export", "out", "--to", name]).current_dir(dir.path()).assert().success();
            assert!(stdout.get_output().stdout == expected, "{name} on stdout");
            let file = format!("g.{}", format.file_extension());
            newsgraph().args(["export", "out", "--to", name, "-o", &file]).current_dir(dir.path()).assert().success();
            let written = std::fs::read(dir.path().join(&file)).expect("file");
            assert!(written == expected, "{name} in {file}");
        }
    }
}

#[test]
fn export_filters_the_graph() {
    let dir = tempfile::tempdir().expect("tempdir");
    let graph = samples_graph(&dir.path().join("out"));
    let out = newsgraph()
        .args(["export", "out", "--to", "json", "--relation", "met_with,spoke_with"])
        .current_dir(dir.path())
        .assert()
        .success();
    let filtered = newsgraph::graph::GraphFile::read_from(out.get_output().stdout.as_slice(), "stdout").expect("json");
    let expected = graph.edges().filter(|e| matches!(e.relation.as_str(), "met_with" | "spoke_with")).count();
    assert!(expected > 0);
    assert_eq!(filtered.edge_count(), expected);
    assert!(filtered.node_count() < graph.node_count());

    let top =
        newsgraph().args(["export", "out", "--to", "json", "--top", "5"]).current_dir(dir.path()).assert().success();
    let top = newsgraph::graph::GraphFile::read_from(top.get_output().stdout.as_slice(), "stdout").expect("json");
    assert_eq!(top.node_count(), 5);

    let hub = graph
        .nodes()
        .max_by_key(|n| graph.edges_of(&n.id, true).count() + graph.edges_of(&n.id, false).count())
        .expect("hub");
    let ego = newsgraph()
        .args(["export", "out", "--to", "json", "--actor", &hub.label, "--depth", "1"])
        .current_dir(dir.path())
        .assert()
        .success();
    let ego = newsgraph::graph::GraphFile::read_from(ego.get_output().stdout.as_slice(), "stdout").expect("json");
    assert!(ego.node(&hub.id).is_some());
    // An ego network is induced: every actor in it is the hub or one of its neighbours.
    let neighbours: std::collections::BTreeSet<&str> = graph
        .edges()
        .filter(|e| e.source == hub.id || e.target == hub.id)
        .flat_map(|e| [e.source.as_str(), e.target.as_str()])
        .collect();
    assert!(ego.nodes().all(|n| neighbours.contains(n.id.as_str())), "depth 1 keeps the hub and its neighbours");
}

#[test]
fn export_rejects_unknown_formats_and_missing_graphs() {
    newsgraph()
        .args(["export", "nowhere.json", "--to", "xlsx"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("unknown format \"xlsx\""));
    newsgraph()
        .args(["export", "nowhere.json", "--to", "gexf"])
        .assert()
        .failure()
        .code(2)
        .stderr(predicate::str::contains("nowhere.json"));
}

/// Records the largest single write.
struct Probe {
    total: usize,
    largest: usize,
}

impl Write for Probe {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.total += buf.len();
        self.largest = self.largest.max(buf.len());
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[test]
fn writers_stream_instead_of_building_the_whole_file() {
    let graph = large_graph(3000);
    let options = ExportOptions::new();
    for &format in Format::ALL {
        for part in format.parts() {
            let mut probe = Probe { total: 0, largest: 0 };
            part.write(&graph, &options, &mut probe).expect("write");
            // The graph has no statements: only the actor and relation files are large.
            if !part.name.starts_with("statement") && !matches!(part.name, "import.sh" | "speakers.csv") {
                assert!(probe.total > 150_000, "{}: {} bytes", part.name, probe.total);
            }
            assert!(probe.largest <= 64 * 1024, "{}: one write of {} bytes", part.name, probe.largest);
        }
    }
}
