//! `newsgraph query` on a hand-written record fixture: exact answers.
//!
//! `tests/fixtures/query/records.jsonl` is a small invented story (three
//! articles, eight actors) whose statements a reader can list by hand; it goes
//! through `newsgraph build` like any extractor's output, so these tests pin
//! the query command, not the extractor.

use assert_cmd::cargo::cargo_bin_cmd;
use serde_json::Value;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/query/records.jsonl");

/// Builds the fixture graph into a temp folder.
fn graph() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("out");
    cargo_bin_cmd!("newsgraph").args(["build", "-q", FIXTURE, "-o"]).arg(&out).assert().success();
    (dir, out)
}

/// Runs `newsgraph query GRAPH args...`, expecting success; gives stdout.
fn query(graph: &Path, args: &[&str]) -> String {
    let out = cargo_bin_cmd!("newsgraph").arg("query").arg(graph).args(args).output().expect("runs");
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("utf8")
}

/// Runs a query expected to fail with exit code 2; gives stderr.
fn query_error(graph: &Path, args: &[&str]) -> String {
    let out = cargo_bin_cmd!("newsgraph").arg("query").arg(graph).args(args).output().expect("runs");
    assert_eq!(out.status.code(), Some(2), "{args:?} should fail: {}", String::from_utf8_lossy(&out.stdout));
    String::from_utf8(out.stderr).expect("utf8")
}

/// The `doc:sentence` sources of a table, in order.
fn sources(table: &str) -> Vec<String> {
    table
        .lines()
        .skip(1)
        .filter_map(|l| l.split_whitespace().find(|w| w.starts_with('d') && w.contains(':')))
        .map(str::to_owned)
        .collect()
}

#[track_caller]
fn assert_text(got: &str, want: &str) {
    if got != want {
        panic!("output differs\n--- want\n{want}\n--- got\n{got}");
    }
}

#[test]
fn all_statements_as_a_table() {
    let (_dir, g) = graph();
    assert_text(
        &query(&g, &[]),
        "\
SPEAKER       RELATION       WHAT                                                              ABOUT                       SOURCE  DATE
Elena Marsh   said           said: both governments had agreed to restart talks with Calderra  Calderra                    d1:1    2019-03-01
Tomas Reyvik  proposed       proposed: a joint flood-defence fund with Varenia                 Varenia                     d1:2    2019-03-01
Karl Denning  criticized     criticized: trading away leverage for a photograph                Elena Marsh                 d1:3    2019-03-01
Tomas Reyvik  said (hedged)  said: Marsh might visit Tolsk next month                          Elena Marsh, Varenia        d2:0    2019-03-15
Anna Marsh    supported      supported: the summit                                                                         d2:1    2019-03-15
Elena Marsh   rejected       rejected: the audit proposal from the Calderran finance ministry  Calderran finance ministry  d3:0    2019-04-02
Karl Denning  said           said: farmers must be compensated first                           farmers                     d3:1    2019-04-02
Anna Marsh    said           said: she was proud of her sister                                 Elena Marsh                 d3:3    2019-04-02
",
    );
}

#[test]
fn any_alias_names_the_same_speaker() {
    let (_dir, g) = graph();
    let want = query(&g, &["--speaker", "elena_marsh"]);
    assert_eq!(sources(&want), ["d1:1", "d3:0"]);
    for name in ["Elena Marsh", "ELENA MARSH", "Varenian President", "varenian president elena marsh"] {
        assert_eq!(query(&g, &["--speaker", name]), want, "{name}");
    }
}

#[test]
fn about_takes_objects_and_content_actors() {
    let (_dir, g) = graph();
    assert_eq!(sources(&query(&g, &["--about", "Elena Marsh"])), ["d1:3", "d2:0", "d3:3"]);
    assert_eq!(sources(&query(&g, &["--about", "Varenia", "--speaker", "Reyvik"])), ["d1:2", "d2:0"]);
}

#[test]
fn filters_combine_and_values_are_alternatives() {
    let (_dir, g) = graph();
    let cases: [(&[&str], &[&str]); 7] = [
        (&["--relation", "said,proposed"], &["d1:1", "d1:2", "d2:0", "d3:1", "d3:3"]),
        (&["--relation", "said", "--relation", "rejected", "--speaker", "Marsh, Elena"], &[]),
        (&["--speaker", "Denning", "--speaker", "Reyvik", "--relation", "said"], &["d2:0", "d3:1"]),
        (&["--since", "2019-03-10", "--until", "2019-03"], &["d2:0", "d2:1"]),
        (&["--since", "2019-04"], &["d3:0", "d3:1", "d3:3"]),
        (&["--text", "FLOOD fund"], &["d1:2"]),
        (&["--doc", "d3", "--relation", "said"], &["d3:1", "d3:3"]),
    ];
    for (args, want) in cases {
        let out = cargo_bin_cmd!("newsgraph").arg("query").arg(&g).args(args).output().expect("runs");
        let got = sources(&String::from_utf8_lossy(&out.stdout));
        if want.is_empty() {
            // "Marsh, Elena" is not an alias: an error, not an empty answer.
            assert_eq!(out.status.code(), Some(2), "{args:?}");
        } else {
            assert_eq!(got, want, "{args:?}");
        }
    }
}

#[test]
fn the_query_language_matches_the_flags() {
    let (_dir, g) = graph();
    let pairs: [(&str, &[&str]); 4] = [
        ("said(speaker: Denning | Reyvik)", &["--relation", "said", "--speaker", "Denning", "--speaker", "Reyvik"]),
        ("statements(about: \"Elena Marsh\", since: 2019-03-10)", &["--about", "Elena Marsh", "--since", "2019-03-10"]),
        ("between(Elena Marsh, Reyvik)", &["--between", "Elena Marsh", "Reyvik"]),
        ("neighbors(Denning, depth: 2)", &["--neighbors", "Denning", "--depth", "2"]),
    ];
    for (text, flags) in pairs {
        assert_eq!(query(&g, &[text]), query(&g, flags), "{text}");
    }
    // Flags narrow a statement query written in the language.
    assert_eq!(sources(&query(&g, &["statements(about: Varenia)", "--relation", "proposed"])), ["d1:2"]);
}

#[test]
fn json_rows_point_at_their_evidence() {
    let (_dir, g) = graph();
    let rows: Value = serde_json::from_str(&query(&g, &["--about", "Elena Marsh", "--json"])).expect("json");
    let rows = rows.as_array().expect("array");
    assert_eq!(rows.len(), 3);
    let first = &rows[0];
    assert_eq!(first["speaker"]["id"], "karl_denning");
    assert_eq!(first["object"]["label"], "Elena Marsh");
    assert_eq!((first["doc"].as_str(), first["sentence"].as_u64()), (Some("d1"), Some(3)));
    for row in rows {
        // Cue and content lie inside the sentence, at the offsets given.
        let sentence = row["evidence"]["text"].as_str().expect("text");
        let base = row["evidence"]["start"].as_u64().expect("start") as usize;
        for part in ["cue", "content"] {
            let span = &row[part];
            let (start, end) =
                (span["start"].as_u64().expect("start") as usize, span["end"].as_u64().expect("end") as usize);
            let inside: String = sentence.chars().skip(start - base).take(end - start).collect();
            assert_eq!(inside, span["text"].as_str().expect("text"), "{row}");
        }
    }
}

#[test]
fn csv_has_one_line_per_statement_with_spans() {
    let (_dir, g) = graph();
    assert_text(
        &query(&g, &["--doc", "d3", "--relation", "said", "--csv"]),
        "\
speaker_id,speaker,relation,negated,hedged,cue,content,about_ids,about,doc,sentence,date,evidence_start,evidence_end,cue_start,cue_end,content_start,content_end,evidence
karl_denning,Karl Denning,said,false,false,said,farmers must be compensated first,farmers,farmers,d3,1,2019-04-02,71,123,79,83,89,122,Denning said that farmers must be compensated first.
anna_marsh,Anna Marsh,said,false,false,said,she was proud of her sister,elena_marsh,Elena Marsh,d3,3,2019-04-02,176,227,194,198,199,226,\"Marsh, a teacher, said she was proud of her sister.\"
",
    );
}

#[test]
fn between_path_and_neighbors() {
    let (_dir, g) = graph();
    assert_text(
        &query(&g, &["--between", "Elena Marsh", "reyvik"]),
        "\
FROM          RELATION             TO            MENTIONS  WHAT                                      SOURCE
Elena Marsh   met_with             Tomas Reyvik  1         met                                       d1:0
Tomas Reyvik  said about (hedged)  Elena Marsh   1         said: Marsh might visit Tolsk next month  d2:0
",
    );
    assert_text(
        &query(&g, &["--path", "Denning", "Varenia"]),
        "\
HOP  FROM          RELATION         TO           MENTIONS  WHAT                                                SOURCE
1    Karl Denning  criticized       Elena Marsh  1         criticized: trading away leverage for a photograph  d1:3
2    Elena Marsh   affiliated_with  Varenia      2         President                                           d1:0 (+1 more)
",
    );
    let path: Value = serde_json::from_str(&query(&g, &["--path", "Denning", "Varenia", "--json"])).expect("json");
    assert_eq!(path[1]["hop"], 2);
    assert_eq!(path[1]["evidence"].as_array().map(Vec::len), Some(2), "every piece of evidence of the hop");
    assert_text(
        &query(&g, &["--neighbors", "Denning"]),
        "\
DEPTH  FROM          RELATION    TO           MENTIONS  WHAT                                                SOURCE
1      Karl Denning  criticized  Elena Marsh  1         criticized: trading away leverage for a photograph  d1:3
1      Karl Denning  said about  farmers      1         said: farmers must be compensated first             d3:1
",
    );
    let two = query(&g, &["--neighbors", "Denning", "--depth", "2"]);
    assert_eq!(two.lines().filter(|l| l.starts_with("2 ")).count(), 6, "{two}");
}

#[test]
fn names_that_do_not_resolve_are_explained() {
    let (_dir, g) = graph();
    let err = query_error(&g, &["--about", "Marsh"]);
    assert!(err.contains("\"Marsh\" is ambiguous"), "{err}");
    assert!(err.contains("Anna Marsh (anna_marsh") && err.contains("Elena Marsh (elena_marsh"), "{err}");
    let err = query_error(&g, &["--speaker", "Reyvk"]);
    assert!(err.contains("no actor named \"Reyvk\"; did you mean Tomas Reyvik (tomas_reyvik"), "{err}");
    let err = query_error(&g, &["--between", "Denning", "Nobody At All"]);
    assert!(err.contains("no actor named \"Nobody At All\""), "{err}");
}

#[test]
fn bad_input_is_an_error_with_a_hint() {
    let (dir, g) = graph();
    let cases: [(&[&str], &str); 6] = [
        (&["--relation", "met_with"], "met_with is not a speech act"),
        (&["--relation", "meets"], "relation types: said, proposed"),
        (&["--since", "March"], "bad date \"March\""),
        (&["--doc", "d9"], "no document \"d9\""),
        (&["said(speakr: Trump)"], "query column 6: unknown filter \"speakr\""),
        (&["--between", "a", "b", "--speaker", "c"], "cannot be used with"),
    ];
    for (args, want) in cases {
        let err = query_error(&g, args);
        assert!(err.contains(want), "{args:?}: {err}");
    }
    let missing = dir.path().join("nothing");
    let err = query_error(&missing, &[]);
    assert!(err.contains("no such graph file"), "{err}");
}

#[test]
fn every_flag_has_help_with_an_example() {
    let out = cargo_bin_cmd!("newsgraph").args(["query", "--help"]).output().expect("runs");
    let help = String::from_utf8(out.stdout).expect("utf8");
    let mut blocks: Vec<String> = Vec::new();
    for line in help.lines() {
        let t = line.trim_start();
        if t.starts_with("--") || t.starts_with("-h") || t.starts_with('<') || t.starts_with('[') {
            blocks.push(t.to_owned());
        } else if let Some(b) = blocks.last_mut() {
            b.push(' ');
            b.push_str(t);
        }
    }
    let flags = ["--speaker", "--about", "--relation", "--doc", "--since", "--until", "--text", "--between"];
    for f in flags.iter().chain(&["--path", "--neighbors", "--depth", "--json", "--csv", "--raw-csv", "--width"]) {
        let block =
            blocks.iter().find(|b| b.starts_with(&format!("{f} ")) || b == f).unwrap_or_else(|| panic!("{f} in help"));
        assert!(block.contains("Example:"), "{f}: {block}");
    }
    assert!(help.contains("said(speaker: Trump, about: Putin)"));
}
