//! DOT and pictures, checked with Graphviz itself: `dot` renders every
//! diagram without a warning, and the text it draws is the labels exactly.

mod export_support;

use export_support::*;
use newsgraph::export::{DotOptions, Format, write_dot};
use newsgraph::graph::KnowledgeGraph;
use predicates::prelude::*;
use std::path::Path;
use std::process::Command;

/// Runs `dot -K layout -T format file`; asserts success and an empty stderr; gives stdout.
fn dot(file: &Path, layout: &str, format: &str) -> Vec<u8> {
    let out =
        Command::new("dot").arg(format!("-K{layout}")).arg(format!("-T{format}")).arg(file).output().expect("dot");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && stderr.is_empty(), "dot -K{layout} on {}: {stderr}", file.display());
    out.stdout
}

/// Every text line Graphviz draws, from `dot -Tjson` (the `T` draw operations).
fn drawn_text(json: &[u8]) -> Vec<String> {
    fn walk(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(m) => {
                if m.get("op").and_then(|o| o.as_str()) == Some("T")
                    && let Some(t) = m.get("text").and_then(|t| t.as_str())
                {
                    out.push(t.to_owned());
                }
                m.values().for_each(|x| walk(x, out));
            }
            serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    let v: serde_json::Value = serde_json::from_slice(json).expect("dot -Tjson gives JSON");
    let mut out = Vec::new();
    walk(&v, &mut out);
    out
}

fn write(graph: &KnowledgeGraph, options: &DotOptions, dir: &Path) -> std::path::PathBuf {
    let path = dir.join("graph.dot");
    let mut file = std::fs::File::create(&path).expect("create");
    write_dot(graph, options, &mut file).expect("write");
    path
}

#[test]
fn graphviz_draws_hostile_labels_literally_without_warnings() {
    if !has_dot() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write(&hostile_graph(), &DotOptions::with_title(HOSTILE), dir.path());
    let text = drawn_text(&dot(&path, "dot", "json"));
    // DOT has no tab or control characters: they become spaces; each line of the label is drawn as it is.
    let visible = HOSTILE.replace(['\u{7}', '\t'], " ");
    for line in visible.lines() {
        assert!(text.iter().any(|t| t == line), "{line:?} not drawn; drawn: {text:#?}");
    }
    assert!(text.iter().any(|t| t == "met with ×2"), "{text:#?}");
    dot(&path, "dot", "svg");
}

#[test]
fn every_layout_renders_the_samples_without_warnings() {
    if !has_dot() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let graph = samples_graph(&dir.path().join("out"));
    assert!(graph.node_count() > 10);
    let path = write(&graph, &DotOptions::with_title("samples"), dir.path());
    for layout in ["dot", "neato", "fdp", "sfdp", "circo"] {
        let svg = String::from_utf8(dot(&path, layout, "svg")).expect("utf8");
        assert!(svg.contains("Legend"), "{layout}: no legend");
    }
}

#[test]
fn a_300_actor_graph_stays_legible() {
    if !has_dot() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let graph = large_graph(300);
    let path = write(&graph, &DotOptions::with_title("300").layout(Some(newsgraph::export::Layout::Sfdp)), dir.path());
    let text = drawn_text(&dot(&path, "sfdp", "json"));
    // Every actor's name is drawn; edge labels are left to the legend.
    for n in graph.nodes() {
        assert!(text.contains(&n.label), "{} not drawn", n.label);
    }
    let met_with = text.iter().filter(|t| *t == "met with").count();
    assert_eq!(met_with, 1, "edge labels in a large graph (only the legend should say \"met with\")");
}

#[test]
fn render_writes_svg_and_png_with_every_layout() {
    if !has_dot() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    samples_graph(&dir.path().join("out"));
    for layout in ["dot", "neato", "fdp", "sfdp", "circo"] {
        let svg = dir.path().join(format!("{layout}.svg"));
        newsgraph()
            .args(["render", "out", "--layout", layout, "-o"])
            .arg(&svg)
            .current_dir(dir.path())
            .assert()
            .success();
        let text = std::fs::read_to_string(&svg).expect("svg");
        assert!(text.starts_with("<?xml") && text.contains("<svg"), "{layout}");
    }
    let png = dir.path().join("graph.png");
    newsgraph()
        .args(["render", "out/graph.json", "--top", "10", "-o"])
        .arg(&png)
        .current_dir(dir.path())
        .assert()
        .success();
    let bytes = std::fs::read(&png).expect("png");
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
}

#[test]
fn render_names_the_missing_dot_program() {
    let dir = tempfile::tempdir().expect("tempdir");
    let graph = dir.path().join("graph.json");
    let mut file = std::fs::File::create(&graph).expect("create");
    newsgraph::export::write(&hostile_graph(), Format::Json, &mut file).expect("write");
    let empty = dir.path().join("empty-path");
    std::fs::create_dir(&empty).expect("mkdir");
    let out = newsgraph()
        .arg("render")
        .arg(&graph)
        .arg("-o")
        .arg(dir.path().join("g.svg"))
        .env("PATH", &empty)
        .assert()
        .failure()
        .code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(stderr.contains("`dot`") && stderr.contains("install Graphviz"), "{stderr}");
    assert!(!dir.path().join("g.svg").exists());
}

#[test]
fn render_filters_and_rejects_unknown_pictures_and_actors() {
    let dir = tempfile::tempdir().expect("tempdir");
    let graph = dir.path().join("graph.json");
    let mut file = std::fs::File::create(&graph).expect("create");
    newsgraph::export::write(&hostile_graph(), Format::Json, &mut file).expect("write");
    newsgraph()
        .arg("render")
        .arg(&graph)
        .args(["-o", "g.pdf"])
        .assert()
        .failure()
        .stderr(predicates::str::contains(".svg or .png"));
    newsgraph()
        .arg("render")
        .arg(&graph)
        .args(["--actor", "Zoë", "-o", "g.svg"])
        .assert()
        .failure()
        .stderr(predicates::str::contains("no actor \"Zoë\"").and(predicates::str::contains("Zoë Ünal?)")));
}
