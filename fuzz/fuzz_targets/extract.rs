//! Extraction entry point: any text (bytes decoded lossily) must extract
//! without panicking, with every span equal to its text, deterministically,
//! and with records that read back through the record reader unchanged.
#![no_main]

#[path = "../../tests/robustness_support/mod.rs"]
mod support;

use libfuzzer_sys::fuzz_target;
use newsgraph::extract::Extractor;
use std::sync::OnceLock;

static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let extractor = EXTRACTOR.get_or_init(Extractor::default);
    let text = String::from_utf8_lossy(data);
    if let Err(e) = support::check_extraction(extractor, &text) {
        panic!("{e}");
    }
});
