//! `newsgraph extract` and `build` end to end: golden records for the seed
//! story and the project's samples, offsets, the scorer's numbers on the seed,
//! and clear errors for bad input.
//!
//! Bless changed golden files with `NEWSGRAPH_BLESS=1 cargo test --release --test cli_extract`
//! and review the diff.

use assert_cmd::Command;
use newsgraph::record::RelationRecord;
use std::path::{Path, PathBuf};

fn newsgraph() -> Command {
    Command::cargo_bin("newsgraph").expect("binary built")
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The seed story from the shared material, or `None` (with a message) in a clone without it.
fn seed() -> Option<PathBuf> {
    let path = root().join("../shared/data/seed/ceasefire.txt");
    if path.exists() {
        Some(path)
    } else {
        eprintln!("SKIPPED: {} not found (the shared material lives outside the repository)", path.display());
        None
    }
}

fn records(stdout: &[u8]) -> Vec<RelationRecord> {
    String::from_utf8_lossy(stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("every line is a relation record"))
        .collect()
}

/// A text-free summary of records (the seed story is not ours to copy):
/// sentence, relation, subject and object ids, cue and content offsets, about ids, flags.
fn summary(records: &[RelationRecord]) -> String {
    let mut out = String::new();
    for r in records {
        let content = r.content.as_ref().map_or("-".to_owned(), |c| format!("{}..{}", c.start, c.end));
        let about: Vec<&str> = r.about.iter().map(|a| a.id.as_str()).collect();
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}..{}\t{}\t{}\t{}{}\n",
            r.sentence,
            r.relation,
            r.subject.id,
            r.object.as_ref().map_or("-", |o| o.id.as_str()),
            r.cue.start,
            r.cue.end,
            content,
            if about.is_empty() { "-".to_owned() } else { about.join(",") },
            if r.negated { "negated " } else { "" },
            if r.hedged { "hedged" } else { "" },
        ));
    }
    out
}

fn check_golden(name: &str, actual: &str) {
    let path = root().join("tests/golden").join(name);
    if std::env::var_os("NEWSGRAPH_BLESS").is_some() {
        std::fs::write(&path, actual).expect("write golden file");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    if expected != actual {
        let diff: Vec<String> = expected
            .lines()
            .filter(|l| !actual.lines().any(|a| a == *l))
            .map(|l| format!("- {l}"))
            .chain(actual.lines().filter(|l| !expected.lines().any(|e| e == *l)).map(|l| format!("+ {l}")))
            .collect();
        panic!("{} differs (bless with NEWSGRAPH_BLESS=1):\n{}", path.display(), diff.join("\n"));
    }
}

/// Every span is `text[start:end]` in code points.
fn check_offsets(text: &str, records: &[RelationRecord]) {
    let chars: Vec<char> = text.chars().collect();
    let slice = |s: &newsgraph::record::Span| chars[s.start..s.end].iter().collect::<String>();
    for r in records {
        let mut spans = vec![&r.cue, &r.evidence];
        spans.extend(r.content.as_ref());
        for e in std::iter::once(&r.subject).chain(r.object.as_ref()).chain(&r.about) {
            spans.extend(e.mention.as_ref());
        }
        for s in spans {
            assert_eq!(slice(s), s.text, "span {}..{} of {}", s.start, s.end, r.doc);
        }
    }
}

#[test]
fn seed_story_golden() {
    let Some(seed) = seed() else { return };
    let out = newsgraph().arg("extract").arg(&seed).assert().success();
    let recs = records(&out.get_output().stdout);
    check_offsets(&std::fs::read_to_string(&seed).expect("seed"), &recs);
    check_golden("ceasefire.tsv", &summary(&recs));
}

#[test]
fn samples_golden() {
    let samples = root().join("data/samples");
    let out = newsgraph().arg("extract").arg(&samples).assert().success();
    let recs = records(&out.get_output().stdout);
    for entry in std::fs::read_dir(&samples).expect("samples") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "txt") {
            let stem = path.file_stem().expect("stem").to_string_lossy().into_owned();
            let mine: Vec<RelationRecord> = recs.iter().filter(|r| r.doc == stem).cloned().collect();
            assert!(!mine.is_empty(), "{stem} gives relations");
            check_offsets(&std::fs::read_to_string(&path).expect("sample"), &mine);
        }
    }
    check_golden("samples.tsv", &summary(&recs));
}

#[test]
fn build_on_the_seed_writes_everything_and_scores() {
    let Some(seed) = seed() else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("out");
    newsgraph().arg("build").arg(&seed).arg("-o").arg(&out).assert().success();
    for f in ["relations.jsonl", "graph.json", "graph.dot", "nodes.csv", "edges.csv", "statements.csv"] {
        assert!(out.join(f).metadata().is_ok_and(|m| m.len() > 0), "{f} written");
    }
    let scorer = root().join("../shared/tools/score.py");
    let gold = root().join("../shared/gold/ceasefire.gold.json");
    let run = std::process::Command::new("python3")
        .arg(&scorer)
        .arg("gold")
        .arg(&gold)
        .arg("--pred")
        .arg(out.join("relations.jsonl"))
        .arg("--json")
        .output();
    let Some(run) = run.ok().filter(|r| r.status.success()) else {
        eprintln!("SKIPPED: python3 or the scorer is not available");
        return;
    };
    let scores: serde_json::Value = serde_json::from_slice(&run.stdout).expect("scorer JSON");
    for key in ["strict", "attribution"] {
        let f1 = scores[key]["f1"].as_f64().expect("f1");
        assert!(f1 >= 0.6, "{key} F1 {f1} on the seed story");
    }
}

#[test]
fn build_accepts_records_from_other_extractors() {
    let dir = tempfile::tempdir().expect("tempdir");
    let records = dir.path().join("llm.jsonl");
    std::fs::write(
        &records,
        r#"{"doc":"a","sentence":0,"relation":"criticized","subject":{"id":"x","name":"X Person","type":"person"},"object":{"id":"y","name":"Y Land","type":"country"},"cue":{"text":"slammed","start":0,"end":7},"evidence":{"text":"slammed","start":0,"end":7}}
"#,
    )
    .expect("write");
    let out = dir.path().join("out");
    newsgraph().arg("build").arg(&records).arg("-o").arg(&out).arg("-q").assert().success();
    let graph = newsgraph::graph::GraphFile::read(&out.join("graph.json")).expect("graph");
    assert_eq!(graph.edge_count(), 1);
    assert_eq!(graph.node("y").map(|n| n.label.as_str()), Some("Y Land"));
}

fn fails_with(args: &[&str], dir: &Path, needle: &str) {
    let out = newsgraph().args(args).current_dir(dir).assert().failure().code(2);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(err.contains(needle), "stderr {err:?} should contain {needle:?}");
}

#[test]
fn bad_input_names_file_and_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    std::fs::write(d.join("bad.txt"), b"ok line\nbad \xff byte\n").expect("write");
    std::fs::write(d.join("empty.txt"), b"").expect("write");
    std::fs::write(d.join("c.jsonl"), "{\"id\": \"a\", \"text\": \"fine\"}\n{broken\n").expect("write");
    fails_with(&["extract", "missing.txt"], d, "missing.txt: No such file");
    fails_with(&["extract", "bad.txt"], d, "bad.txt:2: invalid UTF-8");
    fails_with(&["extract", "empty.txt"], d, "empty.txt: empty file");
    fails_with(&["extract", "c.jsonl"], d, "c.jsonl:2: not valid JSON");
    fails_with(&["build", "c.jsonl", "-o", "out"], d, "c.jsonl:2: not valid JSON");
}

#[test]
fn build_refuses_foreign_folders() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("a.txt"), "Anna Berg met Omar Haddad.").expect("write");
    std::fs::create_dir(dir.path().join("mine")).expect("mkdir");
    std::fs::write(dir.path().join("mine/notes.txt"), "keep me").expect("write");
    fails_with(&["build", "a.txt", "-o", "mine"], dir.path(), "not empty");
    newsgraph().args(["build", "a.txt", "-o", "mine", "--force", "-q"]).current_dir(dir.path()).assert().success();
    assert_eq!(std::fs::read_to_string(dir.path().join("mine/notes.txt")).expect("kept"), "keep me");
    // A folder newsgraph wrote is fine to write again.
    newsgraph().args(["build", "a.txt", "-o", "out", "-q"]).current_dir(dir.path()).assert().success();
    newsgraph().args(["build", "a.txt", "-o", "out", "-q"]).current_dir(dir.path()).assert().success();
}

#[test]
fn stdin_corpus_to_stdout() {
    let out = newsgraph()
        .args(["extract", "-"])
        .write_stdin("{\"id\": \"d1\", \"text\": \"Anna Berg met with Omar Haddad on Monday.\"}\n")
        .assert()
        .success();
    let recs = records(&out.get_output().stdout);
    assert_eq!(recs[0].doc, "d1");
    assert_eq!(recs[0].relation.as_str(), "met_with");
}
