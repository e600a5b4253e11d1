//! Neo4j bulk-import CSV (`neo4j-admin database import full`).
//!
//! A folder of files following the importer's header conventions: `:ID`
//! with id spaces, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`, typed
//! properties (`mentions:int`, `date:date`, `symmetric:boolean`) and arrays
//! (`aliases:string[]`) split on `;`.
//!
//! - `actors.csv`: `(:Actor:Person {id, name, type, mentions, aliases, documents})`;
//! - `relations.csv`: `(:Actor)-[:MET_WITH {weight, role, ...}]->(:Actor)`;
//! - `statements.csv`: `(:Statement {relation, cue, content, doc, sentence, date, ...})`;
//! - `speakers.csv`: `(:Actor)-[:MADE]->(:Statement)`;
//! - `statement_targets.csv`: `(:Statement)-[:OBJECT|ABOUT]->(:Actor)`;
//! - `import.sh`: the `neo4j-admin` command for the folder.
//!
//! Fields are quoted the standard way (doubled quotes); labels may contain
//! line breaks, hence `--multiline-fields=true` in the command. The importer
//! has no escape for the array delimiter, so a `;` inside one array element
//! is written as `；` (U+FF1B); plain string properties keep it.

use super::attrs::{edge_dates, edge_documents, negated_hedged, role_name};
use super::{FormatSpec, Part};
use crate::graph::KnowledgeGraph;
use crate::record::ActorType;
use std::io::{self, Write};

/// The format: neo4j.
pub(crate) const SPEC: FormatSpec = FormatSpec {
    name: "neo4j",
    extension: "csv",
    media_type: "text/csv",
    parts: &[
        Part::new("actors.csv", |g, _, w| write_neo4j_actors(g, w)),
        Part::new("relations.csv", |g, _, w| write_neo4j_relations(g, w)),
        Part::new("statements.csv", |g, _, w| write_neo4j_statements(g, w)),
        Part::new("speakers.csv", |g, _, w| write_neo4j_speakers(g, w)),
        Part::new("statement_targets.csv", |g, _, w| write_neo4j_statement_targets(g, w)),
        Part::new("import.sh", |g, _, w| write_neo4j_script(g, w)),
    ],
};

fn to_io(e: csv::Error) -> io::Error {
    io::Error::other(e)
}

fn array<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    items.into_iter().map(|s| s.replace(';', "\u{FF1B}")).collect::<Vec<_>>().join(";")
}

fn label(kind: ActorType) -> &'static str {
    match kind {
        ActorType::Person => "Actor;Person",
        ActorType::Organization => "Actor;Organization",
        ActorType::Country => "Actor;Country",
        ActorType::Location => "Actor;Location",
        ActorType::Group => "Actor;Group",
    }
}

fn flag(b: bool) -> &'static str {
    if b { "true" } else { "false" }
}

/// `actors.csv`.
pub fn write_neo4j_actors(graph: &KnowledgeGraph, out: &mut dyn Write) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "id:ID(Actor)",
        "name",
        ":LABEL",
        "type",
        "mentions:int",
        "aliases:string[]",
        "documents:string[]",
    ])
    .map_err(to_io)?;
    for n in graph.nodes() {
        w.write_record([
            n.id.as_str(),
            &n.label,
            label(n.kind),
            n.kind.as_str(),
            &n.mentions.to_string(),
            &array(n.aliases.iter().map(String::as_str)),
            &array(n.documents.iter().map(|d| &**d)),
        ])
        .map_err(to_io)?;
    }
    w.flush()
}

/// `relations.csv`: the relation type, upper-cased, is the relationship type.
pub fn write_neo4j_relations(graph: &KnowledgeGraph, out: &mut dyn Write) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        ":START_ID(Actor)",
        ":END_ID(Actor)",
        ":TYPE",
        "key",
        "label",
        "weight:int",
        "role",
        "cameo",
        "symmetric:boolean",
        "negated:int",
        "hedged:int",
        "documents:string[]",
        "dates:date[]",
    ])
    .map_err(to_io)?;
    for e in graph.edges() {
        let (negated, hedged) = negated_hedged(e);
        w.write_record([
            e.source.as_str(),
            &e.target,
            &e.relation.as_str().to_ascii_uppercase(),
            &e.key(),
            &e.label(),
            &e.weight.to_string(),
            role_name(e.role),
            e.cameo.as_deref().unwrap_or(""),
            flag(e.relation.is_symmetric()),
            &negated.to_string(),
            &hedged.to_string(),
            &array(edge_documents(e)),
            &array(edge_dates(e)),
        ])
        .map_err(to_io)?;
    }
    w.flush()
}

/// `statements.csv`: one `Statement` node per statement, ids `s0`, `s1`, ...
pub fn write_neo4j_statements(graph: &KnowledgeGraph, out: &mut dyn Write) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "id:ID(Statement)",
        ":LABEL",
        "relation",
        "cue",
        "content",
        "doc",
        "sentence:int",
        "date:date",
        "negated:boolean",
        "hedged:boolean",
        "evidence",
    ])
    .map_err(to_io)?;
    for (i, s) in graph.statements().iter().enumerate() {
        w.write_record([
            format!("s{i}").as_str(),
            "Statement",
            s.relation.as_str(),
            &s.cue.text,
            s.content.as_ref().map_or("", |c| c.text.as_str()),
            &s.doc,
            &s.sentence.to_string(),
            s.date.as_deref().unwrap_or(""),
            flag(s.negated),
            flag(s.hedged),
            &s.evidence.text,
        ])
        .map_err(to_io)?;
    }
    w.flush()
}

/// `speakers.csv`: `(:Actor)-[:MADE]->(:Statement)`.
pub fn write_neo4j_speakers(graph: &KnowledgeGraph, out: &mut dyn Write) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record([":START_ID(Actor)", ":END_ID(Statement)", ":TYPE"]).map_err(to_io)?;
    for (i, s) in graph.statements().iter().enumerate() {
        if graph.node(&s.speaker).is_some() {
            w.write_record([s.speaker.as_str(), &format!("s{i}"), "MADE"]).map_err(to_io)?;
        }
    }
    w.flush()
}

/// `statement_targets.csv`: `(:Statement)-[:OBJECT|ABOUT]->(:Actor)`.
pub fn write_neo4j_statement_targets(graph: &KnowledgeGraph, out: &mut dyn Write) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record([":START_ID(Statement)", ":END_ID(Actor)", ":TYPE"]).map_err(to_io)?;
    for (i, s) in graph.statements().iter().enumerate() {
        let id = format!("s{i}");
        let targets = s.object.iter().map(|o| (o, "OBJECT")).chain(s.about.iter().map(|a| (a, "ABOUT")));
        for (actor, kind) in targets {
            if graph.node(actor).is_some() {
                w.write_record([id.as_str(), actor, kind]).map_err(to_io)?;
            }
        }
    }
    w.flush()
}

/// `import.sh`: the import command for this folder.
pub fn write_neo4j_script(_graph: &KnowledgeGraph, out: &mut dyn Write) -> io::Result<()> {
    out.write_all(
        b"#!/bin/sh\n\
# Loads this folder into a new Neo4j database (default: newsgraph) with the bulk importer.\n\
# Stop the database first; Neo4j 5: neo4j-admin database import full.\n\
set -e\n\
cd \"$(dirname \"$0\")\"\n\
neo4j-admin database import full \\\n\
  --nodes=actors.csv --nodes=statements.csv \\\n\
  --relationships=relations.csv --relationships=speakers.csv --relationships=statement_targets.csv \\\n\
  --array-delimiter=';' --multiline-fields=true --overwrite-destination=true \\\n\
  \"${1:-newsgraph}\"\n",
    )
}
