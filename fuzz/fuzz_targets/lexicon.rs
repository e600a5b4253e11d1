//! Lexicon files (`--lexicon DIR`): any contents of the eight files must load
//! or give an error naming file and line, and a loaded lexicon must extract
//! from a fixed text without panicking and with valid spans.
#![no_main]

#[path = "../../tests/robustness_support/mod.rs"]
mod support;

use libfuzzer_sys::fuzz_target;
use newsgraph::extract::{Extractor, Lexicon};

const FILES: [&str; 8] = [
    "cues.tsv",
    "titles.tsv",
    "countries.tsv",
    "organizations.tsv",
    "locations.tsv",
    "given_names.txt",
    "group_nouns.txt",
    "common_words.txt",
];

const TEXT: &str = "President Vladimir Putin met with U.S. envoy Steve Witkoff in Moscow on Thursday. \
\"We support the idea,\" Putin said, but he warned that Ukraine must not rearm. Kremlin spokesman \
Dmitry Peskov told reporters the talks were useful; analysts said Russia could reject the plan.";

fuzz_target!(|data: &[u8]| {
    let Ok(dir) = tempfile::tempdir() else { return };
    // Parts separated by 0xFF bytes (never in UTF-8) go to the files in order.
    for (name, part) in FILES.iter().zip(data.split(|&b| b == 0xFF)) {
        if std::fs::write(dir.path().join(name), part).is_err() {
            return;
        }
    }
    let Ok(lexicon) = Lexicon::with_overrides(dir.path()) else { return };
    if let Err(e) = support::check_extraction(&Extractor::new(lexicon), TEXT) {
        panic!("{e}");
    }
});
