//! Closed word classes of mention finding: the word lists (organisation,
//! event and place name endings, words that are no names, connectors,
//! pronouns, body nouns, …) and the class bit each list sets.
//!
//! Takes nothing; gives the lists the finder asks directly and the class
//! bits its [`Ctx`] answers per token, with [`CLOSED_CLASSES`] for the
//! lexicon to fold them into one probe per word.

use super::*;

/// Words that end organisation names.
const ORG_SUFFIXES: &[&str] = &[
    "party",
    "ministry",
    "department",
    "council",
    "committee",
    "commission",
    "agency",
    "bank",
    "university",
    "institute",
    "court",
    "association",
    "union",
    "organization",
    "organisation",
    "corporation",
    "corp",
    "inc",
    "company",
    "co",
    "group",
    "foundation",
    "news",
    "times",
    "post",
    "journal",
    "network",
    "army",
    "navy",
    "force",
    "forces",
    "administration",
    "government",
    "parliament",
    "assembly",
    "senate",
    "congress",
    "office",
    "service",
    "guard",
    "police",
    "club",
    "league",
    "federation",
    "fund",
    "campaign",
    "center",
    "centre",
    "media",
    "press",
    "board",
    "authority",
    "bureau",
    "coalition",
    "movement",
    "front",
    "alliance",
    "brigade",
    "tribune",
    "herald",
    "daily",
    "magazine",
    "radio",
    "tv",
    "television",
    "channel",
    "agency",
    "airlines",
    "airways",
    "railways",
    "motors",
    "bureau",
    "cabinet",
    "secretariat",
    "school",
    "college",
    "hospital",
    "church",
    "command",
    "corps",
    "watch",
    "project",
    "initiative",
    "society",
    "academy",
    "trust",
    "partners",
    "holdings",
    "ltd",
    "llc",
    "plc",
    "reuters",
    "review",
    "house",
    "empire",
    "kingdom",
    "dynasty",
    "records",
    "film",
    "films",
    "academy",
    "forums",
    "studios",
    "entertainment",
    "institution",
    "laboratory",
    "labs",
    "systems",
    "technologies",
    "industries",
    "airport",
    "museum",
    "library",
];

/// Words that end names of events, laws and works, which are not actors.
const MISC_SUFFIXES: &[&str] = &[
    "war",
    "year",
    "games",
    "revolution",
    "day",
    "agreement",
    "amendment",
    "clause",
    "act",
    "treaty",
    "award",
    "awards",
    "prize",
    "cup",
    "olympics",
    "championship",
    "championships",
    "festival",
    "conference",
    "election",
    "elections",
    "bonds",
    "index",
    "accord",
    "accords",
    "protocol",
    "constitution",
    "bill",
    "law",
    "doctrine",
    "plan",
    "crisis",
    "scandal",
    "summit",
    "series",
    "show",
    "album",
    "book",
    "novel",
    "film",
    "movie",
    "age",
    "era",
    "period",
    "century",
];

/// Adjective endings: a lone capitalised adjective ("European", "Islamic") is not an actor.
pub(super) const ADJECTIVE_ENDINGS: &[&str] = &["an", "ian", "ean", "ic", "ish", "ese", "ist"];

/// Endings of adjectives that narrow a group: "federal", "congressional", "senior", "local".
pub(super) const GROUP_ADJECTIVE_ENDINGS: &[&str] =
    &["al", "ior", "ic", "ary", "ive", "ern", "ish", "an", "ese", "ent"];

/// Online platforms: where something was said, not who said it ("on Truth Social").
const PLATFORM_WORDS: &[&str] =
    &["platform", "account", "page", "website", "site", "feed", "channel", "app", "handle", "post", "blog"];

/// Words that end the names of land and water features and of buildings: place suffixes too,
/// and places, not actors, in what a statement is about. (Not "Street", "Avenue" or "Square":
/// "Wall Street" and "Pennsylvania Avenue" stand for people; nor "Falls", "Harbour" or "Tower",
/// which end names of towns and bodies: "Chippewa Falls", "Marsh Harbour", "Watch Tower".)
const PLACE_FEATURES: &[&str] = &[
    "river",
    "sea",
    "lake",
    "mountain",
    "mountains",
    "canal",
    "bay",
    "gulf",
    "ocean",
    "desert",
    "strait",
    "trench",
    "fault",
    "glacier",
    "volcano",
    "reef",
    "mall",
    "stadium",
    "bridge",
    "road",
    "highway",
    "dam",
    "park",
    "beach",
    "canyon",
    "forest",
    "basin",
    "facility",
    "prison",
    "penitentiary",
];

/// Words that end place names (besides [`PLACE_FEATURES`]).
const PLACE_SUFFIXES: &[&str] = &[
    "island",
    "islands",
    "delta",
    "hills",
    "hill",
    "harbor",
    "harbour",
    "valley",
    "street",
    "avenue",
    "square",
    "tower",
    "station",
    "county",
    "province",
    "region",
    "oblast",
    "district",
    "peninsula",
    "coast",
    "falls",
    "heights",
    "plain",
    "plains",
    "boulevard",
    "city",
    "village",
    "town",
    "state",
    "garden",
    "gardens",
    "palace",
    "castle",
    "cathedral",
    "range",
    "cape",
    "border",
];

/// Words that start place names.
const PLACE_PREFIXES: &[&str] = &[
    "mount", "mt", "lake", "port", "fort", "cape", "saint", "san", "santa", "st", "lower", "upper", "north", "south",
    "east", "west", "new",
];

/// Capitalised words that never start or make a name on their own (also weekdays and months).
const NOT_NAMES: &[&str] = &[
    // Interjections open a spoken answer's sentences: "Um, I play a lot of online chess".
    "um",
    "uh",
    "uh-huh",
    "ah",
    "aha",
    "oh",
    "yep",
    "nope",
    "ok",
    "hmm",
    "mm",
    "mhm",
    "wow",
    "hey",
    "hi",
    "hello",
    "alright",
    "er",
    "erm",
    // An imperative: "Let say this has a factor of 4".
    "let",
    // Degrees: "a Ph.D. candidate".
    "ph.d.",
    // Acronyms of things: "DNA tests", "GDP".
    "dna",
    "rna",
    "gdp",
    "gps",
    // Diseases: "the Ebola outbreak", "Zika cases".
    "ebola",
    "evd",
    "zika",
    "hiv",
    "aids",
    "mers",
    "mpox",
    "covid",
    "covid-19",
    "coronavirus",
    // Nouns for a fellow national or player, capitalised only at a sentence's start:
    // "Countryman Lawrence Cherono won".
    "countryman",
    "countrymen",
    "countrywoman",
    "compatriot",
    "compatriots",
    "teammate",
    "teammates",
    // Prepositions rare enough to be missing from the common words.
    "amidst",
    "amongst",
    "whilst",
    "besides",
    "beneath",
    "i",
    "i'm",
    "i've",
    "mr",
    "mrs",
    "ms",
    "dr",
    "god",
    "internet",
    "christmas",
    "easter",
    "ramadan",
    "a",
    "an",
    "the",
    "this",
    "that",
    "these",
    "those",
    "it",
    "its",
    "we",
    "our",
    "you",
    "your",
    "they",
    "their",
    "he",
    "she",
    "his",
    "her",
    "yes",
    "no",
    "ok",
    "okay",
    "oh",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    // Time zones: "(1830 UTC)", "a.m. ET".
    "et",
    "utc",
    "gmt",
    "est",
    "edt",
    "cst",
    "cdt",
    "mst",
    "mdt",
    "pst",
    "pdt",
    "cet",
    "cest",
    "bst",
    "aest",
    "aedt",
    "ist",
    "jst",
    "hkt",
    "msk",
    "am",
    "pm",
    "tv",
    "bc",
    "bce",
    "ad",
    "ce",
    "brexit",
];

/// Faiths and their believers, which name no one actor.
const RELIGIONS: &[&str] = &[
    "roman",
    "catholic",
    "catholics",
    "protestant",
    "protestants",
    "muslim",
    "muslims",
    "christian",
    "christians",
    "jewish",
    "jew",
    "jews",
    "evangelical",
    "evangelicals",
    "orthodox",
    "sunni",
    "sunnis",
    "shia",
    "shias",
    "shiite",
    "shiites",
    "hindu",
    "hindus",
    "buddhist",
    "buddhists",
    "sikh",
    "sikhs",
    "mormon",
    "mormons",
    "anglican",
    "anglicans",
    "lutheran",
    "lutherans",
    "methodist",
    "methodists",
    "baptist",
    "baptists",
];

/// Prefixes of ships' names ("MV Alan Kurdi"): no organisation has officers.
pub(super) const SHIP_PREFIXES: &[&str] = &["MV", "MS", "MT", "HMS", "USS", "RMS", "SS", "HMAS", "HMCS", "INS"];

/// Lowercase words that may join parts of a capitalised name.
const CONNECTORS: &[&str] = &[
    "of", "for", "de", "des", "la", "du", "von", "van", "der", "den", "bin", "al", "da", "dos", "del", "le", "on", "&",
];

const PRONOUNS: &[&str] = &["he", "she", "him", "her", "his", "hers", "himself", "herself"];

/// Pronouns for bodies and groups ("it said", "they say").
const OTHER_PRONOUNS: &[&str] = &["it", "its", "they", "them", "their"];

/// Words after which an unknown single name is a place (also verbs of visiting: "visited
/// Kenosha").
const PLACE_PREPOSITIONS: &[&str] = &[
    "visited",
    "visiting",
    "visit",
    "visits",
    "toured",
    "touring",
    "in",
    "at",
    "from",
    "near",
    "across",
    "to",
    "into",
    "outside",
    "throughout",
    "past",
    "through",
    "via",
    "towards",
    "toward",
];

/// Nouns a person's name modifies after "the": "the Obama administration", "the Clinton campaign".
const PERSON_MODIFIED: &[&str] = &[
    "administration",
    "government",
    "team",
    "cabinet",
    "campaign",
    "camp",
    "family",
    "foundation",
    "era",
    "presidency",
    "'s",
    "doctrine",
    "white",
    "house",
    "years",
    "aides",
    "allies",
    "supporters",
    "voters",
];

/// Units of time after a number: "30 years ago".
pub(super) const TIME_UNITS: &[&str] =
    &["years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades", "times", "year", "month"];

/// Lowercase nouns naming a body that belongs to a person or state.
/// Kinds of campaign between an owner and "campaign": "Trump’s presidential campaign".
pub(super) const CAMPAIGN_KINDS: &[&str] =
    &["presidential", "re-election", "reelection", "election", "senate", "mayoral", "gubernatorial", "primary"];

const BODY_NOUNS: &[&str] = &["administration", "government", "team", "cabinet", "office", "family"];

// Closed classes above: one lexicon probe per token gives a word's classes
// (with the lexicon's own), instead of a scan of each list at each question.
pub(super) const PRONOUN: u32 = WordInfo::FIRST_FREE;
pub(super) const OTHER_PRONOUN: u32 = WordInfo::FIRST_FREE << 1;
pub(super) const NOT_NAME: u32 = WordInfo::FIRST_FREE << 2;
pub(super) const ORG_SUFFIX: u32 = WordInfo::FIRST_FREE << 3;
pub(super) const MISC_SUFFIX: u32 = WordInfo::FIRST_FREE << 4;
pub(super) const PLACE_SUFFIX: u32 = WordInfo::FIRST_FREE << 5;
pub(super) const PLACE_PREFIX: u32 = WordInfo::FIRST_FREE << 6;
pub(super) const CONNECTOR: u32 = WordInfo::FIRST_FREE << 7;
pub(super) const PLATFORM: u32 = WordInfo::FIRST_FREE << 8;
pub(super) const PLACE_PREPOSITION: u32 = WordInfo::FIRST_FREE << 9;
pub(super) const PERSON_MODIFIED_WORD: u32 = WordInfo::FIRST_FREE << 10;
pub(super) const BODY_NOUN: u32 = WordInfo::FIRST_FREE << 11;
// (Bits 12 to 16 are relation finding's.)
pub(super) const RELIGION: u32 = WordInfo::FIRST_FREE << 17;
pub(in crate::extract) const PLACE_FEATURE: u32 = WordInfo::FIRST_FREE << 18;
pub(super) const STORM_WORD: u32 = WordInfo::FIRST_FREE << 19;

/// Words before a storm's name: "Typhoon Haiyan", "Tropical Storm Cristobal".
const STORM_WORDS: &[&str] = &["hurricane", "typhoon", "cyclone", "storm"];

/// The closed word classes of mention finding, for [`Lexicon::add_classes`].
pub(in crate::extract) const CLOSED_CLASSES: &[(&[&str], u32)] = &[
    (PRONOUNS, PRONOUN),
    (OTHER_PRONOUNS, OTHER_PRONOUN),
    (NOT_NAMES, NOT_NAME),
    (WEEKDAYS, NOT_NAME),
    (MONTHS, NOT_NAME),
    (ORG_SUFFIXES, ORG_SUFFIX),
    (MISC_SUFFIXES, MISC_SUFFIX),
    (PLACE_SUFFIXES, PLACE_SUFFIX),
    (PLACE_FEATURES, PLACE_SUFFIX | PLACE_FEATURE),
    (PLACE_PREFIXES, PLACE_PREFIX),
    (CONNECTORS, CONNECTOR),
    (PLATFORM_WORDS, PLATFORM),
    (PLACE_PREPOSITIONS, PLACE_PREPOSITION),
    (PERSON_MODIFIED, PERSON_MODIFIED_WORD),
    (BODY_NOUNS, BODY_NOUN),
    (RELIGIONS, RELIGION),
    (STORM_WORDS, STORM_WORD),
];
