//! Documents reach the sink in input order even when a later batch of
//! documents finishes before an earlier one.

use newsgraph::pipeline::{self, Output, RunOptions};
use newsgraph::text::{Document, Input};
use std::time::Duration;

#[test]
fn slow_documents_do_not_reorder_the_output() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("corpus.jsonl");
    let ids: Vec<String> = (0..2000).map(|i| format!("d{i}")).collect();
    let lines: Vec<String> = ids.iter().map(|id| format!(r#"{{"id": "{id}", "text": "Putin met Trump."}}"#)).collect();
    std::fs::write(&path, lines.join("\n")).expect("write corpus");
    let mut seen = Vec::new();
    let options = RunOptions { threads: 2, continue_on_error: false };
    let summary = pipeline::run(
        &[Input::Path(path)],
        options,
        |d: &Document| {
            // The first document of every batch of 256 is slow, so the
            // batch after it is done first.
            let n: usize = d.id[1..].parse().expect("number");
            if n.is_multiple_of(256) {
                std::thread::sleep(Duration::from_millis(30));
            }
            d.id.clone()
        },
        |o| {
            if let Output::Document(_, id) = o {
                seen.push(id);
            }
            Ok(())
        },
    )
    .expect("runs");
    assert_eq!(summary.documents, ids.len());
    assert_eq!(seen, ids);
}
