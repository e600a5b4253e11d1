//! Pictures (SVG, PNG) of the graph, drawn by Graphviz.
//!
//! Takes a graph and [`RenderOptions`]; writes the styled DOT of
//! [`write_dot`](super::write_dot) and runs Graphviz's `dot` program through
//! graphviz-rust's `exec`, with the chosen layout engine. When Graphviz is
//! not installed the error names the missing `dot` program and how to get it.

use super::dot::{DotOptions, Layout, write_dot};
use crate::graph::KnowledgeGraph;
use crate::output::write_atomic;
use graphviz_rust::cmd::{CommandArg, Format as GvFormat, Layout as GvLayout};
use std::io;
use std::path::{Path, PathBuf};

/// A picture format.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ImageFormat {
    /// Scalable vector graphics, with tooltips.
    Svg,
    /// Portable network graphics.
    Png,
}

impl ImageFormat {
    /// The format a file name asks for, by extension (`.svg`, `.png`).
    ///
    /// ```
    /// use newsgraph::export::ImageFormat;
    /// assert_eq!(ImageFormat::from_path("a/graph.PNG".as_ref()), Some(ImageFormat::Png));
    /// assert_eq!(ImageFormat::from_path("graph.pdf".as_ref()), None);
    /// ```
    pub fn from_path(path: &Path) -> Option<ImageFormat> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "svg" => Some(ImageFormat::Svg),
            "png" => Some(ImageFormat::Png),
            _ => None,
        }
    }

    /// The file extension.
    pub fn file_extension(self) -> &'static str {
        match self {
            ImageFormat::Svg => "svg",
            ImageFormat::Png => "png",
        }
    }

    /// The media type.
    ///
    /// ```
    /// assert_eq!(newsgraph::export::ImageFormat::Svg.media_type(), "image/svg+xml");
    /// ```
    pub fn media_type(self) -> &'static str {
        match self {
            ImageFormat::Svg => "image/svg+xml",
            ImageFormat::Png => "image/png",
        }
    }
}

/// What to draw and how.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct RenderOptions {
    /// Picture format.
    pub format: ImageFormat,
    /// Layout engine; `None`: `dot` for small graphs, `sfdp` for large ones.
    pub layout: Option<Layout>,
    /// Diagram style.
    pub diagram: DotOptions,
}

impl RenderOptions {
    /// Options for `format` with the default style.
    pub fn new(format: ImageFormat) -> RenderOptions {
        RenderOptions { format, layout: None, diagram: DotOptions::default() }
    }

    /// Sets the layout engine.
    #[must_use]
    pub fn layout(mut self, layout: Option<Layout>) -> RenderOptions {
        self.layout = layout;
        self
    }

    /// Sets the diagram style.
    #[must_use]
    pub fn diagram(mut self, diagram: DotOptions) -> RenderOptions {
        self.diagram = diagram;
        self
    }
}

/// Rendering failed.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// Graphviz's `dot` program is not on the PATH.
    #[error(
        "Graphviz's `dot` program was not found on the PATH; install Graphviz (Debian/Ubuntu: apt-get install graphviz, macOS: brew install graphviz) or export DOT with `--to dot`"
    )]
    DotNotFound,
    /// `dot` ran and failed.
    #[error("Graphviz `dot` failed: {0}")]
    Dot(String),
    /// The picture could not be written.
    #[error("cannot write {path}: {source}")]
    Io {
        /// File.
        path: PathBuf,
        /// Cause.
        source: io::Error,
    },
}

fn gv_layout(l: Layout) -> GvLayout {
    match l {
        Layout::Dot => GvLayout::Dot,
        Layout::Neato => GvLayout::Neato,
        Layout::Fdp => GvLayout::Fdp,
        Layout::Sfdp => GvLayout::Sfdp,
        Layout::Circo => GvLayout::Circo,
    }
}

/// Draws `graph` and gives the picture's bytes.
pub fn render_to(graph: &KnowledgeGraph, options: &RenderOptions) -> Result<Vec<u8>, RenderError> {
    let layout = options.layout.unwrap_or_else(|| Layout::for_size(graph.node_count()));
    // The DOT names the engine too: Graphviz lets a `layout` graph attribute override -K.
    let diagram = options.diagram.clone().layout(Some(layout));
    let mut dot = Vec::new();
    write_dot(graph, &diagram, &mut dot).map_err(|source| RenderError::Io { path: "<memory>".into(), source })?;
    let dot = String::from_utf8(dot).map_err(|e| RenderError::Dot(e.to_string()))?;
    let format = match options.format {
        ImageFormat::Svg => GvFormat::Svg,
        ImageFormat::Png => GvFormat::Png,
    };
    let mut args = vec![CommandArg::Layout(gv_layout(layout)), CommandArg::Format(format)];
    if options.format == ImageFormat::Png {
        args.push(CommandArg::Custom("-Gdpi=96".into()));
    }
    graphviz_rust::exec_dot(dot, args).map_err(|e| {
        if e.kind() == io::ErrorKind::NotFound { RenderError::DotNotFound } else { RenderError::Dot(e.to_string()) }
    })
}

/// Draws `graph` into the file `path` (written atomically).
pub fn render(graph: &KnowledgeGraph, options: &RenderOptions, path: &Path) -> Result<(), RenderError> {
    let bytes = render_to(graph, options)?;
    write_atomic(path, |w| w.write_all(&bytes)).map_err(|source| RenderError::Io { path: path.to_owned(), source })
}
