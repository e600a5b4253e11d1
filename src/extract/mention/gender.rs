//! A named person's gender from the words around the name: a title ("Mrs.",
//! "Congressman"), a kinship noun before it ("his wife"), or a given name.
//!
//! Takes a [`Ctx`] and a name [`Mention`]; gives its [`Gender`], if told, and
//! the kinship noun lists that resolution also asks.

use super::*;

/// Title words that say a woman holds them ("Mrs.", "Queen", "Congresswoman").
const FEMALE_TITLES: &[&str] = &[
    "mrs",
    "ms",
    "miss",
    "madam",
    "madame",
    "dame",
    "lady",
    "queen",
    "princess",
    "duchess",
    "empress",
    "countess",
    "baroness",
    "sheikha",
    "actress",
    "congresswoman",
    "spokeswoman",
    "chairwoman",
    "businesswoman",
    "councilwoman",
    "assemblywoman",
    "stateswoman",
    "sportswoman",
    "policewoman",
    "grandmother",
    "mother",
    "sister",
    "aunt",
    "widow",
];

/// Title words that say a man holds them ("Mr.", "King", "Congressman").
const MALE_TITLES: &[&str] = &[
    "mr",
    "sir",
    "lord",
    "king",
    "prince",
    "duke",
    "emperor",
    "count",
    "baron",
    "sheikh",
    "congressman",
    "spokesman",
    "businessman",
    "councilman",
    "assemblyman",
    "statesman",
    "sportsman",
    "policeman",
    "grandfather",
    "uncle",
];

/// Kinship nouns before a name that tell its gender: "his wife Melania Trump".
pub(in crate::extract) const FEMALE_KIN: &[&str] = &[
    "wife",
    "daughter",
    "sister",
    "mother",
    "niece",
    "widow",
    "granddaughter",
    "stepdaughter",
    "daughter-in-law",
    "girlfriend",
    "fiancée",
    "grandmother",
    "aunt",
];

/// Kinship nouns before a name that say it is a man's: "Biden's son Hunter Biden".
pub(in crate::extract) const MALE_KIN: &[&str] = &[
    "husband",
    "son",
    "brother",
    "father",
    "nephew",
    "widower",
    "grandson",
    "stepson",
    "son-in-law",
    "boyfriend",
    "fiancé",
    "grandfather",
    "uncle",
];

/// The gender a person name's title, the kinship noun before it or its given
/// name tells: "Mrs. Jean Smith" is a woman although "Jean" names men too.
pub(super) fn name_gender(ctx: &Ctx, m: &Mention) -> Option<Gender> {
    let of_word = |i: usize, female: &[&str], male: &[&str]| {
        let w = ctx.word(i).trim_end_matches('.');
        if female.contains(&w) {
            Some(Gender::Female)
        } else if male.contains(&w) {
            Some(Gender::Male)
        } else {
            None
        }
    };
    let first = m.role.map_or(m.first, |(r, _)| r);
    let last = m.head_first;
    let titled = (first..last).rev().find_map(|i| of_word(i, FEMALE_TITLES, MALE_TITLES));
    let kin = || m.first.checked_sub(1).and_then(|i| of_word(i, FEMALE_KIN, MALE_KIN));
    let given = || {
        if ctx.is_name(m.head_first, WordInfo::FEMALE_NAME) {
            Some(Gender::Female)
        } else if ctx.is_name(m.head_first, WordInfo::MALE_NAME) {
            Some(Gender::Male)
        } else {
            None
        }
    };
    titled.or_else(kin).or_else(given)
}
