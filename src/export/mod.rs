//! Exports: the graph written in the formats its consumers read.
//!
//! One [`Format`] enum names every format with its command-line name, file
//! extension and media type; each format is one module here that declares
//! its [`FormatSpec`] (`SPEC`: name, extension, media type, files and their
//! writers). Adding a format is that module plus a variant and its line in
//! [`Format::spec`]. A format is one file or, for Gephi and
//! Neo4j, a folder of files ([`Part`]s). [`write_with`] writes a one-file
//! format to any `io::Write`; [`write_folder`] writes any format into a
//! folder, each file atomically.
//!
//! Every writer streams row by row or element by element to its output (no
//! whole-file string), and is deterministic: the same graph gives the same
//! bytes, because the graph iterates in sorted order and nothing here uses
//! hash order, clocks or randomness.

mod attrs;
mod cytoscape;
mod dot;
pub mod escape;
mod gephi;
mod gexf;
mod graphml;
mod neo4j;
mod node_link;
mod render;

pub use cytoscape::write_cytoscape;
pub use dot::{DotOptions, Layout, node_style, relation_color, write_dot};
pub use gephi::{CsvOptions, write_edges_csv, write_nodes_csv, write_statements_csv};
pub use gexf::write_gexf;
pub use graphml::write_graphml;
pub use neo4j::{
    write_neo4j_actors, write_neo4j_relations, write_neo4j_script, write_neo4j_speakers, write_neo4j_statement_targets,
    write_neo4j_statements,
};
pub use render::{ImageFormat, RenderError, RenderOptions, render, render_to};

use crate::graph::KnowledgeGraph;
use crate::output::AtomicFile;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// What an export needs besides the graph.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct ExportOptions {
    /// Title for diagrams and file metadata (e.g. the source of the graph).
    pub title: Option<String>,
    /// CSV options (Gephi tables).
    pub csv: CsvOptions,
    /// Diagram options (DOT); its title defaults to [`ExportOptions::title`].
    pub diagram: DotOptions,
}

impl ExportOptions {
    /// Default options.
    pub fn new() -> ExportOptions {
        ExportOptions::default()
    }

    /// Sets the title.
    #[must_use]
    pub fn title(mut self, title: impl Into<String>) -> ExportOptions {
        self.title = Some(title.into());
        self
    }

    /// Sets the CSV options.
    #[must_use]
    pub fn csv(mut self, csv: CsvOptions) -> ExportOptions {
        self.csv = csv;
        self
    }

    /// Sets the diagram options.
    #[must_use]
    pub fn diagram(mut self, diagram: DotOptions) -> ExportOptions {
        self.diagram = diagram;
        self
    }

    pub(crate) fn dot(&self) -> DotOptions {
        let mut d = self.diagram.clone();
        if d.title.is_none() {
            d.title = self.title.clone();
        }
        d
    }
}

/// What writes one file of an export.
pub(crate) type Writer = fn(&KnowledgeGraph, &ExportOptions, &mut dyn Write) -> io::Result<()>;

/// One file of an export.
#[derive(Clone, Copy)]
pub struct Part {
    /// File name inside the export folder.
    pub name: &'static str,
    writer: Writer,
}

impl std::fmt::Debug for Part {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Part").field("name", &self.name).finish_non_exhaustive()
    }
}

impl Part {
    pub(crate) const fn new(name: &'static str, writer: Writer) -> Part {
        Part { name, writer }
    }

    /// Writes this file of the export.
    pub fn write(&self, graph: &KnowledgeGraph, options: &ExportOptions, out: &mut dyn Write) -> io::Result<()> {
        (self.writer)(graph, options, out)
    }
}

/// Everything that describes a format.
#[derive(Debug, Clone, Copy)]
pub struct FormatSpec {
    /// Command-line name.
    pub name: &'static str,
    /// File extension (of each file, for folder formats).
    pub extension: &'static str,
    /// Media type (of each file, for folder formats).
    pub media_type: &'static str,
    /// The files written; one for single-file formats.
    pub parts: &'static [Part],
}

/// An export format.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Format {
    /// Graphviz DOT, styled (`graph.dot`).
    Dot,
    /// NetworkX node-link JSON, the graph file (`graph.json`).
    Json,
    /// Gephi spreadsheet CSV: a folder with `nodes.csv`, `edges.csv`, `statements.csv`.
    Gephi,
    /// GEXF 1.3, Gephi's native format (`graph.gexf`).
    Gexf,
    /// GraphML (`graph.graphml`).
    Graphml,
    /// Cytoscape.js JSON (`graph.cyjs`).
    Cytoscape,
    /// Neo4j bulk-import CSV: a folder of node and relationship files.
    Neo4j,
}

impl Format {
    /// Every format.
    pub const ALL: &'static [Format] =
        &[Format::Dot, Format::Json, Format::Gephi, Format::Gexf, Format::Graphml, Format::Cytoscape, Format::Neo4j];

    /// The format's description (each format module declares its own `SPEC`).
    pub fn spec(self) -> &'static FormatSpec {
        match self {
            Format::Dot => &dot::SPEC,
            Format::Json => &node_link::SPEC,
            Format::Gephi => &gephi::SPEC,
            Format::Gexf => &gexf::SPEC,
            Format::Graphml => &graphml::SPEC,
            Format::Cytoscape => &cytoscape::SPEC,
            Format::Neo4j => &neo4j::SPEC,
        }
    }

    /// The name used on the command line.
    ///
    /// ```
    /// assert_eq!(newsgraph::export::Format::Dot.name(), "dot");
    /// ```
    pub fn name(self) -> &'static str {
        self.spec().name
    }

    /// The usual file extension (of each file, for folder formats).
    ///
    /// ```
    /// use newsgraph::export::Format;
    /// assert_eq!(Format::Json.file_extension(), "json");
    /// assert_eq!(Format::Gexf.file_extension(), "gexf");
    /// ```
    pub fn file_extension(self) -> &'static str {
        self.spec().extension
    }

    /// The media type (of each file, for folder formats).
    ///
    /// ```
    /// use newsgraph::export::Format;
    /// assert_eq!(Format::Dot.media_type(), "text/vnd.graphviz");
    /// assert_eq!(Format::Graphml.media_type(), "application/graphml+xml");
    /// ```
    pub fn media_type(self) -> &'static str {
        self.spec().media_type
    }

    /// The files the format writes.
    pub fn parts(self) -> &'static [Part] {
        self.spec().parts
    }

    /// Whether the format is a folder of files rather than one file.
    ///
    /// ```
    /// use newsgraph::export::Format;
    /// assert!(Format::Neo4j.is_folder());
    /// assert!(!Format::Cytoscape.is_folder());
    /// ```
    pub fn is_folder(self) -> bool {
        self.parts().len() > 1
    }

    /// The format with this command-line name.
    ///
    /// ```
    /// use newsgraph::export::Format;
    /// assert_eq!(Format::from_name("graphml"), Some(Format::Graphml));
    /// assert_eq!(Format::from_name("xml"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<Format> {
        Format::ALL.iter().copied().find(|f| f.name() == name)
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Format, String> {
        Format::from_name(s).ok_or_else(|| {
            let names: Vec<&str> = Format::ALL.iter().map(|f| f.name()).collect();
            format!("unknown format {s:?} (expected one of: {})", names.join(", "))
        })
    }
}

/// Exporting failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// A file could not be written.
    #[error("cannot write {path}: {source}")]
    Io {
        /// File or folder.
        path: PathBuf,
        /// Cause.
        source: io::Error,
    },
    /// A folder format was asked to write one stream.
    #[error("the {format} export is a folder of files ({files}); give a folder to write it into")]
    Folder {
        /// Format.
        format: Format,
        /// Its files.
        files: String,
    },
}

/// Writes a one-file `format` with default options. Folder formats give an
/// `InvalidInput` error; use [`write_folder`].
pub fn write(graph: &KnowledgeGraph, format: Format, out: &mut dyn Write) -> io::Result<()> {
    write_with(graph, format, &ExportOptions::default(), out).map_err(|e| match e {
        ExportError::Io { source, .. } => source,
        other => io::Error::new(io::ErrorKind::InvalidInput, other.to_string()),
    })
}

/// Writes a one-file `format` to `out`.
pub fn write_with(
    graph: &KnowledgeGraph,
    format: Format,
    options: &ExportOptions,
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    match format.parts() {
        [one] => one.write(graph, options, out).map_err(|source| ExportError::Io { path: "<output>".into(), source }),
        parts => {
            Err(ExportError::Folder { format, files: parts.iter().map(|p| p.name).collect::<Vec<_>>().join(", ") })
        }
    }
}

/// Writes every file of `format` into `dir` (created if missing), each
/// atomically; gives the paths written.
pub fn write_folder(
    graph: &KnowledgeGraph,
    format: Format,
    options: &ExportOptions,
    dir: &Path,
) -> Result<Vec<PathBuf>, ExportError> {
    let files = write_folder_pending(graph, format, options, dir)?;
    let written: Vec<PathBuf> = files.iter().map(|f| f.path().to_owned()).collect();
    AtomicFile::commit_all(files).map_err(|source| ExportError::Io { path: dir.to_owned(), source })?;
    Ok(written)
}

/// Writes every file of `format` under `dir` into temporary files that
/// appear only when the caller commits them (with [`AtomicFile::commit_all`]),
/// so several formats can be replaced together or not at all.
pub fn write_folder_pending(
    graph: &KnowledgeGraph,
    format: Format,
    options: &ExportOptions,
    dir: &Path,
) -> Result<Vec<AtomicFile>, ExportError> {
    std::fs::create_dir_all(dir).map_err(|source| ExportError::Io { path: dir.to_owned(), source })?;
    let mut files = Vec::with_capacity(format.parts().len());
    for part in format.parts() {
        let path = dir.join(part.name);
        let mut file = AtomicFile::create(&path).map_err(|source| ExportError::Io { path: path.clone(), source })?;
        part.write(graph, options, &mut file)
            .and_then(|()| file.sync())
            .map_err(|source| ExportError::Io { path: path.clone(), source })?;
        files.push(file);
    }
    Ok(files)
}
