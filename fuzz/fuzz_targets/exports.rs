//! Exports: records with arbitrary names, ids, documents and cue words go
//! into a graph; DOT, node-link JSON and CSV must parse and show every label
//! literally.
#![no_main]

#[path = "../../tests/robustness_support/mod.rs"]
mod support;

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use newsgraph::record::{ActorType, RelationType};

#[derive(Debug, Arbitrary)]
struct Actor {
    id: String,
    name: String,
    kind: u8,
}

#[derive(Debug, Arbitrary)]
struct Rec {
    relation: u8,
    subject: Actor,
    object: Option<Actor>,
    about: Vec<Actor>,
    cue: String,
    doc: String,
    date: Option<String>,
    content: Option<String>,
}

fn entity(a: &Actor) -> newsgraph::record::EntityRef {
    support::entity(&a.id, &a.name, ActorType::ALL[a.kind as usize % ActorType::ALL.len()])
}

fuzz_target!(|recs: Vec<Rec>| {
    let records: Vec<_> = recs
        .iter()
        .map(|r| {
            let relation = RelationType::ALL[r.relation as usize % RelationType::ALL.len()];
            let mut record = support::record(relation, entity(&r.subject), r.object.as_ref().map(entity), &r.cue);
            record.doc = r.doc.clone();
            record.date = r.date.clone();
            record.about = r.about.iter().map(entity).collect();
            record.content = r.content.as_ref().map(|c| newsgraph::record::Span {
                text: c.clone(),
                start: 0,
                end: c.chars().count(),
            });
            record
        })
        .filter(|r| r.validate().is_ok())
        .collect();
    let graph = support::graph_of(&records);
    if let Err(e) = support::check_exports(&graph) {
        panic!("{e}");
    }
});
