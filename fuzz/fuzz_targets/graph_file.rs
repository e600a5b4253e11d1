//! The graph file reader (`graph.json`): any bytes must give a graph or an
//! error, never a panic; a graph it accepts must rewrite stably and export
//! to every format.
#![no_main]

#[path = "../../tests/robustness_support/mod.rs"]
mod support;

use libfuzzer_sys::fuzz_target;
use newsgraph::graph::GraphFile;

fuzz_target!(|data: &[u8]| {
    let Ok(graph) = GraphFile::read_from(data, "graph.json") else { return };
    if let Err(e) = support::check_exports(&graph) {
        panic!("{e}");
    }
});
