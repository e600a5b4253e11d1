//! Training data for the learned cue model: for every `.txt` file in a
//! folder, the statements made with every model candidate kept, one JSON
//! line per document. `scripts/train_cue_model.py` runs it.
//!
//!     cargo run --release --example cue_probes -- LEXICON_DIR TEXT_DIR > probes.jsonl
//!
//! LEXICON_DIR holds a `cue_model.tsv` that names the candidates.

use std::io::Write;
use std::path::Path;

use newsgraph::extract::{Extractor, Lexicon};
use newsgraph::text::Document;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [lexicon_dir, text_dir] = args.as_slice() else {
        return Err("usage: cue_probes LEXICON_DIR TEXT_DIR".into());
    };
    let extractor = Extractor::new(Lexicon::with_overrides(Path::new(lexicon_dir))?);
    let mut paths: Vec<_> = std::fs::read_dir(text_dir)?.map(|e| e.map(|e| e.path())).collect::<Result<_, _>>()?;
    paths.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    paths.sort();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for path in paths {
        let id = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let text = std::fs::read_to_string(&path)?;
        let (records, probes) = extractor.probe_cues(&Document::new(id.clone(), text));
        let statements: Vec<_> = records
            .iter()
            .filter(|r| r.relation.is_statement())
            .map(|r| (r.cue.start, r.cue.end, r.relation))
            .collect();
        let line = serde_json::json!({ "doc": id, "statements": statements, "probes": probes });
        writeln!(out, "{line}")?;
    }
    Ok(())
}
