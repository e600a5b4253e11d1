//! The bad-input matrix of `docs/robustness.md`, row by row, through the real
//! binary: every bad input gives a message naming the file (and line), exit
//! code 2 when the run cannot go on, and with `--continue-on-error` exit 1,
//! the good inputs processed and the bad ones in the reject file.

use assert_cmd::Command;
use std::path::{Path, PathBuf};
use std::process::Command as Process;

fn newsgraph() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newsgraph"))
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad").join(name)
}

/// Runs `newsgraph args` in `dir`; gives exit code, stdout and stderr.
fn run_in(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = newsgraph().current_dir(dir).args(args).output().expect("runs");
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (out.status.code().unwrap_or(-1), text(&out.stdout), text(&out.stderr))
}

fn run(args: &[&str]) -> (i32, String, String) {
    run_in(&fixture(""), args)
}

/// `extract FILE` fails with exit 2 and exactly this message.
fn fails_with(file: &str, message: &str) {
    let (code, stdout, stderr) = run(&["extract", file]);
    assert_eq!(code, 2, "{file}: {stderr}");
    assert_eq!(stderr, format!("newsgraph: error: {message}\n"), "{file}");
    assert_eq!(stdout, "", "{file}: nothing written on failure");
}

fn records(stdout: &str) -> Vec<serde_json::Value> {
    stdout.lines().map(|l| serde_json::from_str(l).expect("a JSON line")).collect()
}

#[test]
fn missing_file() {
    let (code, _, stderr) = run(&["extract", "no-such-file.txt"]);
    assert_eq!(code, 2);
    assert_eq!(stderr, "newsgraph: error: no-such-file.txt: No such file or directory (os error 2)\n");
}

#[test]
fn empty_files_and_folders() {
    fails_with("empty.txt", "empty.txt: empty file");
    fails_with("blank.txt", "blank.txt: empty file");
    fails_with("blank.jsonl", "blank.jsonl: empty file");
    let dir = tempfile::tempdir().expect("tempdir");
    let (code, _, stderr) = run_in(dir.path(), &["extract", "."]);
    assert_eq!(code, 2);
    assert_eq!(stderr, "newsgraph: error: .: folder holds no .txt or .jsonl files\n");
}

#[cfg(unix)]
#[test]
fn unreadable_files_and_folder_entries() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("a.txt"), "Elena Marsh met Tomas Reyvik.").expect("write");
    // A broken link is an entry nobody can read, even root.
    std::os::unix::fs::symlink("/no/such/target", dir.path().join("gone.txt")).expect("symlink");
    let (code, stdout, stderr) = run_in(dir.path(), &["extract", "."]);
    assert_eq!(code, 2, "{stderr}");
    assert_eq!(stderr, "newsgraph: error: ./gone.txt: No such file or directory (os error 2)\n");
    assert_eq!(stdout, "", "a strict run stops before writing");
    let (code, stdout, stderr) = run_in(dir.path(), &["extract", ".", "--continue-on-error"]);
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(records(&stdout).len(), 1, "a.txt still processed");
    assert!(stderr.contains("1 input(s) rejected:\n  ./gone.txt: No such file"), "{stderr}");

    // A named pipe inside a folder would block a reader forever: refused.
    let fifo = dir.path().join("pipe.txt");
    if Process::new("mkfifo").arg(&fifo).status().is_ok_and(|s| s.success()) {
        let (code, _, stderr) = run_in(dir.path(), &["extract", ".", "--continue-on-error"]);
        assert_eq!(code, 1);
        assert!(stderr.contains("  ./pipe.txt: not a regular file\n"), "{stderr}");
        std::fs::remove_file(&fifo).expect("rm");
    }

    // Permissions: only meaningful when not running as root.
    let secret = dir.path().join("secret.txt");
    std::fs::write(&secret, "Marsh spoke.").expect("write");
    std::fs::set_permissions(&secret, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    if std::fs::read(&secret).is_err() {
        let (code, _, stderr) = run_in(dir.path(), &["extract", "secret.txt"]);
        assert_eq!(code, 2);
        assert_eq!(stderr, "newsgraph: error: secret.txt: Permission denied (os error 13)\n");
        std::fs::remove_file(dir.path().join("gone.txt")).expect("rm");
        let (code, _, stderr) = run_in(dir.path(), &["extract", "."]);
        assert_eq!(code, 2);
        assert!(stderr.contains("./secret.txt: Permission denied"), "{stderr}");
    }
}

#[test]
fn folders_given_as_files_and_files_as_folders() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("a.txt"), "Elena Marsh met Tomas Reyvik.").expect("write");
    std::fs::create_dir(dir.path().join("sub")).expect("mkdir");
    // A folder as the output file: refused before any work.
    let (code, _, stderr) = run_in(dir.path(), &["extract", "a.txt", "-o", "sub"]);
    assert_eq!(code, 2);
    assert_eq!(stderr, "newsgraph: error: cannot write sub: is a folder, not a file\n");
    // An output file in a folder that does not exist.
    let (code, _, stderr) = run_in(dir.path(), &["extract", "a.txt", "-o", "nowhere/out.jsonl"]);
    assert_eq!(code, 2);
    assert_eq!(stderr, "newsgraph: error: cannot write nowhere/out.jsonl: no folder nowhere\n");
    // A file as the output folder.
    let (code, _, stderr) = run_in(dir.path(), &["build", "sub", "-o", "a.txt"]);
    assert_eq!(code, 2);
    assert_eq!(stderr, "newsgraph: error: a.txt: exists and is not a folder\n");
    // A file as a folder in an input path.
    let (code, _, stderr) = run_in(dir.path(), &["extract", "a.txt/b.txt"]);
    assert_eq!(code, 2);
    assert_eq!(stderr, "newsgraph: error: a.txt/b.txt: Not a directory (os error 20)\n");
    // A file as the lexicon folder.
    let (code, _, stderr) = run_in(dir.path(), &["extract", "a.txt", "--lexicon", "a.txt"]);
    assert_eq!(code, 2);
    assert_eq!(stderr, "newsgraph: error: --lexicon a.txt: not a folder\n");
}

#[test]
fn invalid_utf8_fails_or_is_replaced_with_a_counted_warning() {
    fails_with(
        "invalid-utf8.txt",
        "invalid-utf8.txt:2: invalid UTF-8 (rerun with --continue-on-error to replace bad bytes)",
    );
    fails_with(
        "invalid-utf8.jsonl",
        "invalid-utf8.jsonl:2: invalid UTF-8 (rerun with --continue-on-error to replace bad bytes)",
    );
    let (code, stdout, stderr) =
        run(&["extract", "invalid-utf8.txt", "invalid-utf8.jsonl", "--continue-on-error", "--mentions"]);
    assert_eq!(code, 0, "replaced, not rejected: {stderr}");
    assert_eq!(
        stderr,
        "newsgraph: warning: invalid UTF-8 replaced with U+FFFD in 2 document(s): \
         invalid-utf8.txt (invalid-utf8), invalid-utf8.jsonl:2 (b)\n"
    );
    let docs: std::collections::BTreeSet<String> =
        records(&stdout).iter().map(|m| m["doc"].as_str().expect("doc").to_owned()).collect();
    assert!(docs.contains("invalid-utf8") && docs.contains("b"), "both documents processed: {docs:?}");
}

#[test]
fn bom_is_stripped_everywhere() {
    let plain = run(&["extract", "crlf.txt"]).1;
    assert!(!plain.is_empty());
    for file in ["bom.txt", "bom.jsonl"] {
        let (code, stdout, stderr) = run(&["extract", file]);
        assert_eq!(code, 0, "{stderr}");
        let r = &records(&stdout)[0];
        assert_eq!(r["subject"]["mention"]["start"], 0, "{file}: offsets count from after the BOM");
        assert_eq!(r["evidence"]["text"], "Elena Marsh met Tomas Reyvik on Tuesday.");
    }
    let bom = std::fs::read(fixture("bom.jsonl")).expect("read");
    let out = newsgraph().args(["extract", "-"]).write_stdin(bom).output().expect("runs");
    let stdout = String::from_utf8(out.stdout).expect("utf8");
    assert_eq!(records(&stdout)[0]["doc"], "bom", "stdin with a BOM is still read as JSON Lines");
}

#[test]
fn crlf_line_ends_give_the_same_relations() {
    let crlf = std::fs::read_to_string(fixture("crlf.txt")).expect("read");
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("crlf.txt"), crlf.replace("\r\n", "\n")).expect("write");
    let (_, lf, _) = run_in(dir.path(), &["extract", "crlf.txt"]);
    let (code, stdout, _) = run(&["extract", "crlf.txt"]);
    assert_eq!(code, 0);
    let key = |r: &serde_json::Value| (r["relation"].clone(), r["subject"]["id"].clone(), r["cue"]["text"].clone());
    let (a, b) = (records(&stdout), records(&lf));
    assert_eq!(a.len(), 2);
    assert_eq!(a.iter().map(key).collect::<Vec<_>>(), b.iter().map(key).collect::<Vec<_>>());
    for r in &a {
        let ev = &r["evidence"];
        let text: String = crlf
            .chars()
            .skip(ev["start"].as_u64().expect("start") as usize)
            .take((ev["end"].as_u64().expect("end") - ev["start"].as_u64().expect("start")) as usize)
            .collect();
        assert_eq!(text, ev["text"].as_str().expect("text"), "offsets count the CRs");
        assert!(!text.contains('\r'));
    }
    let (code, stdout, _) = run(&["extract", "crlf.jsonl"]);
    assert_eq!(code, 0);
    assert_eq!(records(&stdout).len(), 2, "JSON Lines with CRLF");
}

#[test]
fn nul_bytes_and_binary_files() {
    fails_with("nul.txt", "nul.txt:2: binary data (NUL byte); not a text file");
    fails_with("nul.jsonl", "nul.jsonl:2: binary data (NUL byte); not a text file");
    fails_with("binary.png", "binary.png:3: binary data (NUL byte); not a text file");
    fails_with("utf16.txt", "utf16.txt: UTF-16 text; convert it to UTF-8 first (iconv -f UTF-16 -t UTF-8)");
}

#[test]
fn bad_json_lines() {
    fails_with("malformed.jsonl", "malformed.jsonl:2: not valid JSON at column 33: EOF while parsing a string");
    fails_with("missing-text.jsonl", "missing-text.jsonl:2: missing \"text\"");
    fails_with("non-string-field.jsonl", "non-string-field.jsonl:1: field \"title\" must be a string, found an array");
    fails_with("non-string-text.jsonl", "non-string-text.jsonl:1: field \"text\" must be a string, found a number");
    fails_with("not-an-object.jsonl", "not-an-object.jsonl:1: expected a JSON object");
    let dir = tempfile::tempdir().expect("tempdir");
    let deep = format!("{{\"id\": \"a\", \"text\": {}{}}}\n", "[".repeat(100_000), "]".repeat(100_000));
    std::fs::write(dir.path().join("deep.jsonl"), deep).expect("write");
    let (code, _, stderr) = run_in(dir.path(), &["extract", "deep.jsonl"]);
    assert_eq!(code, 2);
    assert_eq!(stderr, "newsgraph: error: deep.jsonl:1: not valid JSON at column 147: recursion limit exceeded\n");
    fails_with(
        "duplicate-ids.jsonl",
        "duplicate-ids.jsonl:2: duplicate document id \"a\" (first seen at duplicate-ids.jsonl:1)",
    );
}

#[test]
fn bad_relation_records() {
    let cases = [
        ("records-unknown-relation.jsonl", "2: not a relation record: unknown variant `hugged`, expected one of"),
        (
            "records-span-out-of-range.jsonl",
            "2: bad relation record: cue span 290..293 lies outside the evidence 0..44",
        ),
        (
            "records-span-length.jsonl",
            "1: bad relation record: subject span 0..99 is 99 characters long but its text has 11",
        ),
        ("records-missing-subject.jsonl", "2: not a relation record: missing field `subject`"),
        ("records-empty-object-id.jsonl", "1: bad relation record: object has an empty id"),
    ];
    for (file, message) in cases {
        let dir = tempfile::tempdir().expect("tempdir");
        let out = dir.path().join("out");
        let (code, _, stderr) = run(&["build", file, "-o", out.to_str().expect("utf8 path")]);
        assert_eq!(code, 2, "{file}");
        let expected = format!("newsgraph: error: {file}:{message}");
        assert!(stderr.starts_with(&expected), "{file}: {stderr}");
        assert!(!out.join("graph.json").exists(), "{file}: no graph from bad records");
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("out");
    let (code, _, stderr) = run(&["build", "records-good.jsonl", "-o", out.to_str().expect("utf8 path"), "-q"]);
    assert_eq!(code, 0, "{stderr}");
}

#[test]
fn continue_on_error_processes_the_rest_and_writes_a_reject_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("out");
    let (code, stdout, stderr) =
        run(&["build", "corpus", "-o", out.to_str().expect("utf8 path"), "--continue-on-error"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stdout.contains("documents  4\n"), "a-good, c1, c4 (repaired), c7: {stdout}");
    assert!(stderr.contains("invalid UTF-8 replaced with U+FFFD in 1 document(s): corpus/c-mixed.jsonl:4 (c4)"));
    assert!(stderr.contains("6 input(s) rejected (all listed in "), "{stderr}");
    let rejects = std::fs::read_to_string(out.join("rejects.ndjson")).expect("reject file");
    let rows = records(&rejects);
    let lines: Vec<(String, serde_json::Value)> =
        rows.iter().map(|r| (r["path"].as_str().expect("path").to_owned(), r["line"].clone())).collect();
    let expected = [
        ("corpus/b-binary.txt", serde_json::json!(1)),
        ("corpus/c-mixed.jsonl", serde_json::json!(2)),
        ("corpus/c-mixed.jsonl", serde_json::json!(3)),
        ("corpus/c-mixed.jsonl", serde_json::json!(5)),
        ("corpus/c-mixed.jsonl", serde_json::json!(6)),
        ("corpus/d-empty.txt", serde_json::Value::Null),
    ];
    assert_eq!(lines, expected.map(|(p, l)| (p.to_owned(), l)));
    assert_eq!(rows[1]["input"], "{not json}", "the rejected line itself is kept");
    assert!(rows.iter().all(|r| r["error"].as_str().is_some_and(|e| e.starts_with("corpus/"))));

    // A clean rerun into the same folder (strict or not) removes the stale reject file.
    let (code, _, _) = run(&["build", "corpus/a-good.txt", "-o", out.to_str().expect("utf8 path"), "-q"]);
    assert_eq!(code, 0);
    assert!(!out.join("rejects.ndjson").exists());
}

#[test]
fn reject_file_for_extract() {
    let dir = tempfile::tempdir().expect("tempdir");
    let corpus = fixture("corpus");
    let corpus = corpus.to_str().expect("utf8 path");
    let (code, _, stderr) = run_in(dir.path(), &["extract", corpus, "-o", "rel.jsonl", "--continue-on-error", "-q"]);
    assert_eq!(code, 1, "{stderr}");
    let rejects = std::fs::read_to_string(dir.path().join("rel.rejects.ndjson")).expect("beside the output");
    assert_eq!(rejects.lines().count(), 6);
    let (code, _, _) =
        run_in(dir.path(), &["extract", corpus, "--continue-on-error", "--rejects", "mine.ndjson", "-q"]);
    assert_eq!(code, 1);
    assert_eq!(std::fs::read_to_string(dir.path().join("mine.ndjson")).expect("named").lines().count(), 6);
    let (code, _, stderr) = run_in(dir.path(), &["extract", corpus, "--rejects", "x.ndjson"]);
    assert_eq!(code, 2, "--rejects needs --continue-on-error: {stderr}");
}

#[test]
fn a_failed_run_leaves_existing_outputs_alone() {
    let dir = tempfile::tempdir().expect("tempdir");
    let good = fixture("corpus/a-good.txt");
    let good = good.to_str().expect("utf8 path");
    let bad = fixture("nul.txt");
    let bad = bad.to_str().expect("utf8 path");
    // extract -o
    std::fs::write(dir.path().join("rel.jsonl"), "old\n").expect("write");
    let (code, _, _) = run_in(dir.path(), &["extract", good, bad, "-o", "rel.jsonl"]);
    assert_eq!(code, 2);
    assert_eq!(std::fs::read_to_string(dir.path().join("rel.jsonl")).expect("read"), "old\n");
    // build -o
    let (code, _, _) = run_in(dir.path(), &["build", good, "-o", "out", "-q"]);
    assert_eq!(code, 0);
    let before: Vec<Vec<u8>> = ["graph.json", "edges.csv", "relations.jsonl"]
        .iter()
        .map(|f| std::fs::read(dir.path().join("out").join(f)).expect("read"))
        .collect();
    let (code, _, _) = run_in(dir.path(), &["build", good, bad, "-o", "out", "-q"]);
    assert_eq!(code, 2);
    // An output that cannot be written fails the run before anything is replaced.
    std::fs::remove_file(dir.path().join("out/statements.csv")).expect("rm");
    std::fs::create_dir(dir.path().join("out/statements.csv")).expect("mkdir");
    let other = fixture("crlf.txt");
    let (code, _, stderr) = run_in(dir.path(), &["build", other.to_str().expect("utf8"), "-o", "out", "-q"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("statements.csv: is a folder"), "{stderr}");
    for (f, old) in ["graph.json", "edges.csv", "relations.jsonl"].iter().zip(&before) {
        assert_eq!(&std::fs::read(dir.path().join("out").join(f)).expect("read"), old, "{f} unchanged");
    }
    let names: Vec<String> = std::fs::read_dir(dir.path().join("out"))
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.ends_with(".tmp")), "no temporary files left: {names:?}");
}

#[test]
fn build_refuses_foreign_folders_and_output_that_is_input() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir(dir.path().join("mine")).expect("mkdir");
    std::fs::write(dir.path().join("mine/notes.txt"), "my notes").expect("write");
    let good = fixture("corpus/a-good.txt");
    let good = good.to_str().expect("utf8 path");
    let (code, _, stderr) = run_in(dir.path(), &["build", good, "-o", "mine"]);
    assert_eq!(code, 2);
    assert_eq!(
        stderr,
        "newsgraph: error: mine: folder is not empty and was not created by newsgraph (use --force to write into it)\n"
    );
    assert_eq!(std::fs::read_dir(dir.path().join("mine")).expect("dir").count(), 1, "untouched");
    let (code, _, _) = run_in(dir.path(), &["build", good, "-o", "mine", "--force", "-q"]);
    assert_eq!(code, 0);
    assert_eq!(std::fs::read_to_string(dir.path().join("mine/notes.txt")).expect("kept"), "my notes");
    // Once marked, later builds need no --force.
    let (code, _, _) = run_in(dir.path(), &["build", good, "-o", "mine", "-q"]);
    assert_eq!(code, 0);

    std::fs::write(dir.path().join("corpus.jsonl"), "{\"id\": \"a\", \"text\": \"Marsh met Reyvik.\"}\n")
        .expect("write");
    let (code, _, stderr) = run_in(dir.path(), &["extract", "corpus.jsonl", "-o", "./corpus.jsonl"]);
    assert_eq!(code, 2);
    assert_eq!(stderr, "newsgraph: error: ./corpus.jsonl: output is also an input; refusing to overwrite it\n");
    assert!(std::fs::read_to_string(dir.path().join("corpus.jsonl")).expect("read").contains("Marsh met Reyvik"));
}
