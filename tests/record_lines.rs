//! Relation-record lines through the pipeline: the workers parse them, and
//! what reaches the sink, the errors and the rejects are still in input
//! order, as if one reader had parsed every line.

use newsgraph::pipeline::{self, Output, RunOptions, RunSummary};
use newsgraph::record::{ActorType, EntityRef, RelationRecord, RelationType, Span};
use newsgraph::text::{Document, Input};
use std::path::Path;

fn record(doc: &str) -> RelationRecord {
    let span = |text: &str, start| Span { text: text.into(), start, end: start + text.chars().count() };
    let who =
        |id: &str, name: &str| EntityRef { id: id.into(), name: name.into(), kind: ActorType::Person, mention: None };
    RelationRecord {
        doc: doc.into(),
        sentence: 0,
        relation: RelationType::MetWith,
        subject: who("vladimir_putin", "Vladimir Putin"),
        object: Some(who("donald_trump", "Donald Trump")),
        cue: span("met", 6),
        content: None,
        about: vec![],
        negated: false,
        hedged: false,
        cameo: Some("04".into()),
        evidence: span("Putin met Trump \"today\".", 0),
        role: None,
        date: Some("2020-01-02".into()),
    }
}

fn line(r: &RelationRecord) -> String {
    serde_json::to_string(r).expect("serialises")
}

/// What reached the sink: record docs and document ids, in order.
#[derive(Debug, Default, PartialEq)]
struct Seen {
    items: Vec<String>,
    /// Every record's JSON line.
    lines: Vec<String>,
}

fn run(path: &Path, continue_on_error: bool) -> (Seen, Result<RunSummary, String>) {
    let mut seen = Seen::default();
    let options = RunOptions { threads: 2, continue_on_error };
    let result = pipeline::run(
        &[Input::Path(path.to_owned())],
        options,
        |d: &Document| d.id.clone(),
        |o| {
            match o {
                Output::Document(_, id) => seen.items.push(format!("document {id}")),
                Output::Record(r) => {
                    seen.items.push(format!("record {}", r.record().doc));
                    seen.lines.push(format!("{}\n", r.line()));
                }
            }
            Ok(())
        },
    );
    (seen, result.map_err(|e| e.to_string()))
}

fn write(lines: &[String]) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("r.jsonl");
    std::fs::write(&path, lines.join("\n") + "\n").expect("write");
    (dir, path)
}

#[test]
fn a_bad_record_line_stops_the_run_before_any_later_record() {
    let mut bad = record("bad");
    bad.cue.start = 90;
    bad.cue.end = 93;
    let mut lines: Vec<String> = (0..300).map(|i| line(&record(&format!("d{i}")))).collect();
    lines.push(line(&bad));
    lines.extend((300..600).map(|i| line(&record(&format!("d{i}")))));
    let (_dir, path) = write(&lines);
    let (seen, result) = run(&path, false);
    let err = result.expect_err("a bad record stops the run");
    assert!(
        err.ends_with("r.jsonl:301: bad relation record: cue span 90..93 lies outside the evidence 0..24"),
        "{err}"
    );
    assert!(seen.items.len() <= 300, "nothing after the bad line: {}", seen.items.len());
    let expected: Vec<String> = (0..seen.items.len()).map(|i| format!("record d{i}")).collect();
    assert_eq!(seen.items, expected, "the records before it, in order");
}

#[test]
fn rejects_and_duplicate_ids_stay_in_input_order() {
    let mut unknown = line(&record("u"));
    unknown = unknown.replace("\"met_with\"", "\"hugged\"");
    let mut bad = record("bad");
    bad.subject.id = " ".into();
    let lines = [
        line(&record("r1")),
        "{not json".to_owned(),
        line(&bad),
        // A document that only mentions "relation": parsed on a worker, still checked for duplicate ids in order.
        r#"{"id": "a", "text": "Putin met Trump.", "topic": "relation"}"#.to_owned(),
        r#"{"id": "a", "text": "Again."}"#.to_owned(),
        unknown,
        r#"{"id": "b", "text": "Trump met Putin."}"#.to_owned(),
        r#"{"id": "b", "text": "Again.", "topic": "relation"}"#.to_owned(),
        line(&record("r2")),
    ];
    let (_dir, path) = write(&lines);
    let (seen, result) = run(&path, true);
    let summary = result.expect("the run goes on");
    assert_eq!(seen.items, ["record r1", "document a", "document b", "record r2"]);
    let expected = [
        (2, "r.jsonl:2: not valid JSON at column 2: key must be a string"),
        (3, "r.jsonl:3: bad relation record: subject has an empty id"),
        (5, "r.jsonl:5: duplicate document id \"a\" (first seen at "),
        (6, "r.jsonl:6: not a relation record: unknown variant `hugged`, expected one of"),
        (8, "r.jsonl:8: duplicate document id \"b\" (first seen at "),
    ];
    assert_eq!(summary.rejected.len(), expected.len(), "{:?}", summary.rejected);
    for (r, (line, message)) in summary.rejected.iter().zip(expected) {
        assert_eq!(r.line, Some(line));
        assert!(r.message.contains(message), "{} should contain {message}", r.message);
    }
    assert!(summary.rejected[2].message.ends_with("r.jsonl:4)"), "{}", summary.rejected[2].message);
    assert!(summary.rejected[4].message.ends_with("r.jsonl:7)"), "{}", summary.rejected[4].message);
    assert_eq!((summary.documents, summary.records_read), (2, 2));

    let (seen, result) = run(&path, false);
    let err = result.expect_err("strict run stops");
    assert!(err.ends_with("r.jsonl:2: not valid JSON at column 2: key must be a string"), "{err}");
    assert!(seen.items.is_empty(), "{seen:?}");
}

#[test]
fn record_lines_reach_the_sink_as_serde_json_writes_them() {
    let r = record("d");
    let exact = line(&r);
    let spaced = exact.replace("\":", "\": ");
    let reordered = format!("{{\"sentence\": 0, {}", &exact[1..].replacen(",\"sentence\":0", "", 1));
    let (_dir, path) = write(&[exact.clone(), spaced, reordered]);
    let (seen, result) = run(&path, false);
    assert_eq!(result.expect("runs").records_read, 3);
    assert_eq!(seen.lines, vec![exact.clone() + "\n"; 3]);
}

#[test]
fn record_lines_with_escapes_keep_their_strings_and_bad_ones_name_their_line() {
    let mut r = record("d \"quoted\"\\");
    r.subject.name = "Vladimir \"V\" Putin\t".into();
    r.evidence.text = "Putin met Trump \"today\"\n\u{1}.".into();
    r.evidence.end = r.evidence.text.chars().count();
    let exact = line(&r);
    let truncated = exact[..exact.len() - 5].to_owned();
    let bad_escape = exact.replacen("\\\"today", "\\qtoday", 1);
    let (_dir, path) = write(&[exact.clone(), truncated, bad_escape, exact.clone()]);
    let mut records = Vec::new();
    let result = pipeline::run(
        &[Input::Path(path.clone())],
        RunOptions { threads: 2, continue_on_error: true },
        |d: &Document| d.id.clone(),
        |o| {
            if let Output::Record(r) = o {
                records.push((r.to_record(), format!("{}\n", r.line())));
            }
            Ok(())
        },
    );
    let summary = result.expect("the run goes on");
    assert_eq!(records, vec![(r.clone(), exact.clone() + "\n"); 2]);
    let messages: Vec<(Option<usize>, &str)> = summary.rejected.iter().map(|e| (e.line, e.message.as_str())).collect();
    assert_eq!(messages.len(), 2, "{messages:?}");
    assert_eq!(messages[0].0, Some(2));
    assert!(messages[0].1.contains("r.jsonl:2: not valid JSON at column"), "{}", messages[0].1);
    assert_eq!(messages[1].0, Some(3));
    assert!(messages[1].1.contains("r.jsonl:3: not valid JSON at column"), "{}", messages[1].1);

    let (seen, result) = run(&path, false);
    let err = result.expect_err("strict run stops");
    assert!(err.contains("r.jsonl:2: not valid JSON at column"), "{err}");
    // Nothing of the bad line's batch reaches the sink.
    assert!(seen.lines.is_empty(), "{seen:?}");
}
