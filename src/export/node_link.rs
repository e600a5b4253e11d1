//! NetworkX node-link JSON: the graph file itself (`graph.json`), written by
//! [`GraphFile`](crate::graph::GraphFile), which also reads it back.

use super::{FormatSpec, Part};
use crate::graph::GraphFile;

/// The format: node-link JSON.
pub(crate) const SPEC: FormatSpec = FormatSpec {
    name: "json",
    extension: "json",
    media_type: "application/json",
    parts: &[Part::new("graph.json", |g, _, w| GraphFile::write(g, w))],
};
