//! newsgraph turns news text into a knowledge graph of who did what to whom.
//!
//! The pipeline is a chain of plain, typed stages:
//!
//! ```text
//! text → sentences → mentions → entities → relations → graph → exports / queries
//! ```
//!
//! - [`text`]: ingest (files, folders, JSON Lines, stdin), tokens, sentences, offsets;
//! - [`extract`]: mentions, entity resolution, relations and statements, giving
//!   [`record::RelationRecord`]s (the JSON Lines interchange format);
//! - [`graph`]: the knowledge graph merged across documents;
//! - [`export`]: DOT, JSON, CSV and the other formats;
//! - [`query`]: who said what about whom, and the graph's analytics.
//!
//! ```
//! use newsgraph::extract::Extractor;
//! use newsgraph::text::Document;
//!
//! let doc = Document::new("d", "Putin met with Trump on Friday.");
//! let records = Extractor::default().extract(&doc);
//! assert_eq!(records[0].relation.as_str(), "met_with");
//! ```

pub mod export;
pub mod extract;
pub mod graph;
pub mod output;
pub mod pipeline;
pub mod query;
pub mod record;
pub mod text;
