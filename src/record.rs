//! The relation record: the stable interchange format between `extract` and
//! every later stage (graph, exports, queries, the scorer).
//!
//! Records are JSON Lines (one [`RelationRecord`] per line). They may come
//! from this crate's extractor or from any other tool (an LLM, spaCy): the
//! graph stage only sees records, never the extractor. The field layout
//! follows `spec/extract-output.md`; fields may be added, none removed.

pub(crate) mod json;
mod line;
mod view;

pub use line::LineRecord;
pub(crate) use line::{EntityAt, LineFields, SpanAt, Str};
pub use view::{Abouts, EntityView, RecordRef, SpanRef};
pub(crate) use view::{RecordHead, claim_hash};

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// The kind of actor an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorType {
    /// A named person.
    Person,
    /// A company, institution, party, agency or news outlet.
    Organization,
    /// A state (also when named by its capital, seat or demonym).
    Country,
    /// A place that is not a state: a city, region, province.
    Location,
    /// An unnamed collective: "analysts", "Russian forces".
    Group,
}

impl ActorType {
    /// Every actor type, in a fixed order.
    pub const ALL: [ActorType; 5] =
        [ActorType::Person, ActorType::Organization, ActorType::Country, ActorType::Location, ActorType::Group];

    /// The name used in records and exports (`"person"`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            ActorType::Person => "person",
            ActorType::Organization => "organization",
            ActorType::Country => "country",
            ActorType::Location => "location",
            ActorType::Group => "group",
        }
    }
}

impl fmt::Display for ActorType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for ActorType {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "person" => Ok(ActorType::Person),
            "organization" => Ok(ActorType::Organization),
            "country" => Ok(ActorType::Country),
            "location" => Ok(ActorType::Location),
            "group" => Ok(ActorType::Group),
            _ => Err(format!("unknown actor type {s:?}")),
        }
    }
}

macro_rules! relation_types {
    ($($variant:ident => $name:literal, $cameo:expr, $speech:literal, $symmetric:literal;)*) => {
        /// A relation type of the ontology (`spec/relations.md`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum RelationType { $(#[doc = $name] $variant,)* }

        impl RelationType {
            /// Every relation type, in ontology order.
            pub const ALL: &'static [RelationType] = &[$(RelationType::$variant,)*];

            /// The relation type named `name` (`"met_with"`, ...).
            fn named(name: &str) -> Option<RelationType> {
                match name { $($name => Some(RelationType::$variant),)* _ => None }
            }

            /// The name used in records and exports (`"met_with"`, ...).
            pub fn as_str(self) -> &'static str {
                match self { $(RelationType::$variant => $name,)* }
            }

            /// The CAMEO root code, `None` for `affiliated_with`.
            pub fn cameo(self) -> Option<&'static str> {
                match self { $(RelationType::$variant => $cameo,)* }
            }

            /// Speech acts carry a speaker, content and `about` actors.
            pub fn is_statement(self) -> bool {
                match self { $(RelationType::$variant => $speech,)* }
            }

            /// Symmetric relations hold in both directions (`met_with`, ...).
            pub fn is_symmetric(self) -> bool {
                match self { $(RelationType::$variant => $symmetric,)* }
            }
        }
    };
}

relation_types! {
    Said => "said", Some("01"), true, false;
    Proposed => "proposed", Some("02"), true, false;
    Requested => "requested", Some("02"), true, false;
    Demanded => "demanded", Some("10"), true, false;
    Refuted => "refuted", Some("01"), true, false;
    Rejected => "rejected", Some("12"), true, false;
    Criticized => "criticized", Some("11"), true, false;
    Supported => "supported", Some("05"), true, false;
    Threatened => "threatened", Some("13"), true, false;
    Promised => "promised", Some("03"), true, false;
    MetWith => "met_with", Some("04"), false, true;
    SpokeWith => "spoke_with", Some("04"), false, true;
    AgreedWith => "agreed_with", Some("05"), false, true;
    Attacked => "attacked", Some("18"), false, false;
    Aided => "aided", Some("07"), false, false;
    Sanctioned => "sanctioned", Some("16"), false, false;
    AffiliatedWith => "affiliated_with", None, false, false;
}

impl fmt::Display for RelationType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for RelationType {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        RelationType::named(s).ok_or_else(|| format!("unknown relation type {s:?}"))
    }
}

/// A piece of the document: its text and code-point offsets
/// (`text[start:end]` in Python gives `text`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// The covered text, exactly as in the document.
    pub text: String,
    /// First code point, inclusive.
    pub start: usize,
    /// Last code point, exclusive.
    pub end: usize,
}

/// A resolved entity as seen in one record, with the mention in this sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityRef {
    /// Stable id within a run, e.g. `vladimir_putin`.
    pub id: String,
    /// Canonical name, e.g. `Vladimir Putin`.
    pub name: String,
    /// Actor type.
    #[serde(rename = "type")]
    pub kind: ActorType,
    /// The words in this sentence that refer to the entity (a pronoun stays a pronoun).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mention: Option<Span>,
}

/// One relation mention found in the text (one JSON line of `extract`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelationRecord {
    /// Document id: file stem or the JSON Lines `id`.
    pub doc: String,
    /// 0-based sentence index in the document.
    pub sentence: usize,
    /// Relation type.
    pub relation: RelationType,
    /// Subject (speaker for statements).
    pub subject: EntityRef,
    /// Object actor, if any.
    pub object: Option<EntityRef>,
    /// The words that triggered the relation.
    pub cue: Span,
    /// What was said (statements only).
    #[serde(default)]
    pub content: Option<Span>,
    /// Actors the content mentions (statements only).
    #[serde(default)]
    pub about: Vec<EntityRef>,
    /// The event is negated ("did not meet").
    #[serde(default)]
    pub negated: bool,
    /// The event is hedged ("might", "possible", reported claims).
    #[serde(default)]
    pub hedged: bool,
    /// CAMEO code of the relation (root code), `null` for `affiliated_with`.
    #[serde(default)]
    pub cameo: Option<String>,
    /// The sentence the relation was found in.
    pub evidence: Span,
    /// For `affiliated_with`: the role words ("President", "spokesman").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Article date (`YYYY-MM-DD`) when the input gave one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

impl RelationRecord {
    /// A minimal record `subject relation object` in document "d", for tests.
    #[cfg(test)]
    pub(crate) fn for_test(subject: EntityRef, relation: RelationType, object: EntityRef) -> RelationRecord {
        let span = Span { text: "x".into(), start: 0, end: 1 };
        RelationRecord {
            doc: "d".into(),
            sentence: 0,
            relation,
            subject,
            object: Some(object),
            cue: span.clone(),
            content: None,
            about: vec![],
            negated: false,
            hedged: false,
            cameo: None,
            evidence: span,
            role: None,
            date: None,
        }
    }

    /// Checks what the graph stage relies on and what can be checked without
    /// the document: ids present, every span's `end - start` equal to the
    /// code points of its text, the cue inside the evidence. Returns a
    /// description of the first problem.
    pub fn validate(&self) -> Result<(), String> {
        self.as_ref().validate()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relation_names_round_trip() {
        for &r in RelationType::ALL {
            assert_eq!(r.as_str().parse::<RelationType>(), Ok(r));
            let json = serde_json::to_string(&r).expect("serialises");
            assert_eq!(json, format!("\"{}\"", r.as_str()));
        }
        assert!("meets".parse::<RelationType>().is_err());
        for t in ActorType::ALL {
            assert_eq!(t.as_str().parse::<ActorType>(), Ok(t));
            let json = serde_json::to_string(&t).expect("serialises");
            assert_eq!(json, format!("\"{}\"", t.as_str()));
        }
        assert!("people".parse::<ActorType>().is_err());
    }

    #[test]
    fn validation_names_the_bad_span() {
        let span = |text: &str, start| Span { text: text.into(), start, end: start + text.chars().count() };
        let who = |id: &str| EntityRef { id: id.into(), name: "N".into(), kind: ActorType::Person, mention: None };
        let good = RelationRecord {
            doc: "d".into(),
            sentence: 0,
            relation: RelationType::Said,
            subject: who("a"),
            object: None,
            cue: span("said", 2),
            content: None,
            about: vec![],
            negated: false,
            hedged: false,
            cameo: None,
            evidence: span("A said so", 0),
            role: None,
            date: None,
        };
        assert_eq!(good.validate(), Ok(()));
        let mut r = good.clone();
        r.cue.end = 99;
        assert_eq!(r.validate(), Err("cue span 2..99 is 97 characters long but its text has 4".into()));
        let mut r = good.clone();
        r.cue = span("said", 20);
        assert_eq!(r.validate(), Err("cue span 20..24 lies outside the evidence 0..9".into()));
        let mut r = good.clone();
        r.about.push(who(" "));
        assert_eq!(r.validate(), Err("about has an empty id".into()));
        let mut r = good;
        r.subject.mention = Some(Span { text: "Zoë".into(), start: 5, end: 4 });
        assert_eq!(r.validate(), Err("subject span has start 5 > end 4".into()));
    }

    #[test]
    fn claim_keys_are_equal_exactly_when_the_claims_are() {
        let who = |id: &str| EntityRef { id: id.into(), name: "N".into(), kind: ActorType::Person, mention: None };
        let span = |text: &str| Span { text: text.into(), start: 0, end: text.chars().count() };
        let mut base = RelationRecord::for_test(who("a"), RelationType::Said, who("b"));
        base.about = vec![who("c"), who("d")];
        base.content = Some(span("cd"));
        let mut variants = vec![base.clone()];
        let mut change = |f: &dyn Fn(&mut RelationRecord)| {
            let mut r = base.clone();
            f(&mut r);
            variants.push(r);
        };
        change(&|r| r.about = vec![who("cd")]);
        change(&|r| r.about = vec![who("c"), who("d"), who("")]);
        change(&|r| r.about = vec![who("d"), who("c")]);
        change(&|r| r.object = None);
        change(&|r| r.object = Some(who("")));
        change(&|r| r.content = None);
        change(&|r| r.content = Some(span("")));
        change(&|r| r.content = Some(span("c")));
        change(&|r| r.cue = span("xc"));
        change(&|r| r.subject.id = "ab".into());
        change(&|r| r.relation = RelationType::Proposed);
        change(&|r| r.negated = true);
        change(&|r| r.hedged = true);
        // Not part of the claim: the document, the evidence, names, mentions.
        let mut same = base.clone();
        same.doc = "other".into();
        same.evidence = span("x y");
        same.subject.name = "M".into();
        let keys: Vec<Vec<u8>> = variants.iter().map(|r| r.as_ref().claim_key()).collect();
        for (i, a) in keys.iter().enumerate() {
            for (j, b) in keys.iter().enumerate() {
                assert_eq!(a == b, i == j, "{:?} / {:?}", variants[i], variants[j]);
            }
        }
        assert_eq!(same.as_ref().claim_key(), keys[0]);
        assert_eq!(same.as_ref().claim_hash(), base.as_ref().claim_hash());
    }

    #[test]
    fn statements_and_symmetry() {
        assert!(RelationType::Said.is_statement());
        assert!(!RelationType::MetWith.is_statement());
        assert!(RelationType::SpokeWith.is_symmetric());
        assert_eq!(RelationType::AffiliatedWith.cameo(), None);
    }
}
