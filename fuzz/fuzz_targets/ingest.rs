//! Input parsers: any byte stream read as stdin would be (JSON Lines when it
//! starts with `{`, else one article), strict and lossy, with a small and
//! the default size limit. Nothing may panic; what is read must be usable.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsgraph::text::{IngestOptions, InputItem, read_reader};

fuzz_target!(|data: &[u8]| {
    let Some((&flags, bytes)) = data.split_first() else { return };
    let options = IngestOptions {
        lossy_utf8: flags & 1 == 1,
        max_document_bytes: if flags & 2 == 2 { 64 } else { IngestOptions::MAX_DOCUMENT_BYTES },
    };
    let name = if flags & 4 == 4 { "input.jsonl" } else { "input.txt" };
    for item in read_reader(name, std::io::Cursor::new(bytes.to_vec()), options) {
        match item {
            Ok(InputItem::Document { doc, .. }) => {
                assert!(!doc.text.trim().is_empty(), "empty document accepted");
                assert!(!doc.id.is_empty() || name == "input.txt", "empty id accepted");
            }
            Ok(InputItem::Record(r, _)) => assert_eq!(r.validate(), Ok(()), "invalid record accepted"),
            Err(e) => {
                // Every message names the input.
                assert!(e.to_string().starts_with(name), "{e}");
            }
        }
    }
});
