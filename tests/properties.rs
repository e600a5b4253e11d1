//! Property tests: for any text, every span is `text[start:end]` and
//! extraction is deterministic; records, documents and every export
//! round-trip through their readers. Texts mix news words (so relations are
//! actually found) with arbitrary characters, line ends and punctuation.
//!
//! `PROPTEST_CASES=5000 cargo test --release --test properties` runs longer.

mod robustness_support;

use newsgraph::extract::Extractor;
use newsgraph::record::{ActorType, RelationType, Span};
use newsgraph::text::{Document, IngestOptions, Input, InputItem, read_inputs, read_reader};
use proptest::prelude::*;
use robustness_support as support;
use std::sync::LazyLock;

/// `PROPTEST_CASES` when set, else `default`.
fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::default);

const VOCAB: &[&str] = &[
    "Putin",
    "Vladimir",
    "Trump",
    "Donald",
    "Elena",
    "Marsh",
    "Zelensky",
    "Peskov",
    "Rubio",
    "Witkoff",
    "President",
    "Prime",
    "Minister",
    "spokesman",
    "Dr.",
    "Mr.",
    "Gen.",
    "Russia",
    "Russian",
    "Ukraine",
    "U.S.",
    "China",
    "Kremlin",
    "Moscow",
    "NATO",
    "the",
    "a",
    "of",
    "and",
    "that",
    "to",
    "with",
    "on",
    "in",
    "said",
    "says",
    "told",
    "met",
    "meet",
    "spoke",
    "criticized",
    "urged",
    "accused",
    "warned",
    "denied",
    "rejected",
    "attacked",
    "sanctioned",
    "threatened",
    "promised",
    "agreed",
    "according",
    "he",
    "she",
    "they",
    "it",
    "his",
    "her",
    "not",
    "did",
    "may",
    "could",
    "reportedly",
    "analysts",
    "officials",
    "forces",
    "ceasefire",
    "talks",
    ".",
    ",",
    ";",
    ":",
    "“",
    "”",
    "\"",
    "'",
    "’s",
    "'s",
    "!",
    "?",
    "…",
    "(",
    ")",
    "-",
    "—",
];

const SEPARATORS: &[&str] = &[" ", " ", " ", "  ", "\n", "\r\n", "\n\n", "", "\t", "\u{a0}", "\u{2028}"];

fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => prop::sample::select(VOCAB).prop_map(str::to_owned),
        1 => "\\PC{1,6}",
        1 => any::<char>().prop_map(String::from),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec((word(), prop::sample::select(SEPARATORS)), 0..120)
        .prop_map(|parts| parts.into_iter().flat_map(|(w, s)| [w, s.to_owned()]).collect())
}

/// Strings that break naive escaping: quotes, brackets, backslashes,
/// formula starters, control characters, any Unicode.
fn hostile() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        prop::sample::select(
            &[
                "\"", "'", "<", ">", "&", "&amp;", "<script>", "\\", "\\N", "\n", "\r", "\t", "=", "+", "-", "@", ",",
                ";", "{", "}", "[", "]", "\u{0}", "\u{7}", "\u{7f}", "\u{85}", "\u{2028}", "\u{feff}", " ",
            ][..]
        )
        .prop_map(str::to_owned),
        "\\PC{1,4}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 1..8).prop_map(|p| p.concat())
}

fn span(text: &str) -> Span {
    Span { text: text.to_owned(), start: 0, end: text.chars().count() }
}

fn actor() -> impl Strategy<Value = newsgraph::record::EntityRef> {
    (hostile(), hostile(), 0..ActorType::ALL.len())
        .prop_map(|(id, name, k)| support::entity(&id, &name, ActorType::ALL[k]))
}

fn records() -> impl Strategy<Value = Vec<newsgraph::record::RelationRecord>> {
    let record = (
        0..RelationType::ALL.len(),
        actor(),
        prop::option::of(actor()),
        prop::collection::vec(actor(), 0..3),
        hostile(),
        hostile(),
        prop::option::of(hostile()),
        any::<(bool, bool)>(),
    )
        .prop_map(
            |(r, subject, object, about, cue, doc, date, (negated, hedged)): (
                usize,
                _,
                _,
                _,
                String,
                String,
                Option<String>,
                (bool, bool),
            )| {
                let mut rec = support::record(RelationType::ALL[r], subject, object, &cue);
                rec.about = about;
                rec.content = Some(span(&cue));
                rec.doc = doc;
                rec.date = date;
                rec.negated = negated;
                rec.hedged = hedged;
                rec
            },
        );
    prop::collection::vec(record, 0..6).prop_map(|rs| rs.into_iter().filter(|r| r.validate().is_ok()).collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(256), failure_persistence: None, ..ProptestConfig::default() })]

    /// Every span of every record and mention is `text[start:end]` in code
    /// points; a second run gives the same records; records read back the same.
    #[test]
    fn spans_match_the_text_and_extraction_is_deterministic(text in text()) {
        support::check_extraction(&EXTRACTOR, &text).map_err(TestCaseError::fail)?;
    }

    /// The same holds for arbitrary Unicode, not only news-like text.
    #[test]
    fn spans_match_for_any_unicode(text in "\\PC{0,300}") {
        support::check_extraction(&EXTRACTOR, &text).map_err(TestCaseError::fail)?;
    }

    /// A JSON Lines article reads back exactly as written.
    #[test]
    fn json_lines_articles_round_trip(id in "\\PC{1,20}", text in "(\\PC|\n|\r|\t){1,200}", title in prop::option::of(hostile())) {
        prop_assume!(!id.trim().is_empty() && !text.trim().is_empty());
        let doc = Document { id, text, title, date: None, url: None };
        let line = serde_json::to_string(&doc).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let items: Vec<_> = read_reader("c.jsonl", std::io::Cursor::new(line), IngestOptions::default()).collect();
        match &items[..] {
            [Ok(InputItem::Document { doc: back, .. })] => prop_assert_eq!(back, &doc),
            other => prop_assert!(false, "read back {:?}", other),
        }
    }

    /// Relation records read back exactly as written.
    #[test]
    fn records_round_trip(records in records()) {
        let jsonl: String = records.iter().map(|r| serde_json::to_string(r).map(|s| s + "\n")).collect::<Result<_, _>>()
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assume!(!jsonl.is_empty());
        prop_assert_eq!(support::read_records(&jsonl).map_err(TestCaseError::fail)?, records);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(64), failure_persistence: None, ..ProptestConfig::default() })]

    /// DOT parses with every label shown literally; node-link JSON and the
    /// CSV files read back to the same values.
    #[test]
    fn exports_round_trip_through_their_readers(records in records()) {
        support::check_exports(&support::graph_of(&records)).map_err(TestCaseError::fail)?;
    }

    /// A text file reads back exactly as written (after a leading BOM).
    #[test]
    fn text_files_round_trip(text in "(\\PC|\n|\r\n|\t){1,300}") {
        prop_assume!(!text.trim().is_empty());
        let dir = tempfile::tempdir().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let path = dir.path().join("a.txt");
        std::fs::write(&path, &text).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let items: Vec<_> = read_inputs(&[Input::Path(path)], IngestOptions::default()).collect();
        let expected = text.strip_prefix('\u{feff}').unwrap_or(&text);
        match &items[..] {
            [Ok(InputItem::Document { doc, .. })] => prop_assert_eq!(doc.text.as_str(), expected),
            [Err(e)] if expected.trim().is_empty() => prop_assert!(e.to_string().contains("empty file")),
            other => prop_assert!(false, "read back {:?}", other),
        }
    }
}
