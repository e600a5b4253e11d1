//! Exports: the graph written in the formats its consumers read.
//!
//! One [`Format`] enum names every format with its file extension and media
//! type; [`write`] is the one front door. Every writer streams to an
//! `io::Write` and is deterministic (same graph, same bytes).

mod csv_files;
mod dot;
pub mod escape;

pub use csv_files::{CsvOptions, write_edges_csv, write_nodes_csv, write_statements_csv};
pub use dot::{DotOptions, write_dot};

use crate::graph::{GraphFile, KnowledgeGraph};
use std::io::{self, Write};

/// An export format.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Graphviz DOT.
    Dot,
    /// NetworkX node-link JSON.
    Json,
}

impl Format {
    /// Every format.
    pub const ALL: &'static [Format] = &[Format::Dot, Format::Json];

    /// The name used on the command line.
    ///
    /// ```
    /// assert_eq!(newsgraph::export::Format::Dot.name(), "dot");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Format::Dot => "dot",
            Format::Json => "json",
        }
    }

    /// The usual file extension.
    ///
    /// ```
    /// assert_eq!(newsgraph::export::Format::Json.file_extension(), "json");
    /// ```
    pub fn file_extension(self) -> &'static str {
        match self {
            Format::Dot => "dot",
            Format::Json => "json",
        }
    }

    /// The media type.
    ///
    /// ```
    /// assert_eq!(newsgraph::export::Format::Dot.media_type(), "text/vnd.graphviz");
    /// ```
    pub fn media_type(self) -> &'static str {
        match self {
            Format::Dot => "text/vnd.graphviz",
            Format::Json => "application/json",
        }
    }

    /// The format with this command-line name.
    pub fn from_name(name: &str) -> Option<Format> {
        Format::ALL.iter().copied().find(|f| f.name() == name)
    }
}

/// Writes `graph` in `format` to `out`.
pub fn write(graph: &KnowledgeGraph, format: Format, out: &mut dyn Write) -> io::Result<()> {
    match format {
        Format::Dot => write_dot(graph, &DotOptions::default(), out),
        Format::Json => GraphFile::write(graph, out),
    }
}
