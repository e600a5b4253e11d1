//! A map from lowercase words to small values, for the lexicon probe that
//! mention finding makes at every token.
//!
//! Words of up to 15 bytes (nearly all) are read with a few overlapping
//! loads into two machine words, with the length in the top byte: a probe
//! hashes and compares integers, with no pointer to follow to a key on the
//! heap and no `memcmp`. Longer words go to an ordinary map. One-byte ASCII
//! words (punctuation, "a", "I": about a fifth of the tokens of running
//! text) are not hashed at all but read from an array.
//!
//! The packed words live in an open-addressing table of their own
//! ([`Slots`]): most probes are for words the table does not hold, and it
//! answers those from one byte of a small tag array after one multiply,
//! where a general hash map spent several times the instructions.

use rustc_hash::FxHashMap as HashMap;

/// Lowercase words → `V`.
#[derive(Debug, Clone)]
pub(super) struct WordTable<V> {
    /// One-byte ASCII words, by their byte.
    single: [Option<V>; 128],
    /// The empty word (which packs like an empty slot).
    empty: Option<V>,
    short: Slots<V>,
    long: HashMap<Box<str>, V>,
}

impl<V: Copy + Default> Default for WordTable<V> {
    fn default() -> Self {
        WordTable { single: [None; 128], empty: None, short: Slots::default(), long: HashMap::default() }
    }
}

/// Packed words → `V`: linear probing in a power-of-two table at most half
/// full, with one tag byte per slot (0 for an empty slot, else eight bits of
/// the hash with the top one set) so that a probe reads a key only when its
/// tag matches.
#[derive(Debug, Clone)]
struct Slots<V> {
    tags: Vec<u8>,
    entries: Vec<(Packed, V)>,
    /// Words held.
    len: usize,
    /// `64 - log2(tags.len())`: a hash's top bits index the table.
    shift: u32,
}

impl<V: Copy + Default> Default for Slots<V> {
    fn default() -> Self {
        Slots::with_slots(16)
    }
}

/// A 64-bit odd constant with well-mixed bits (2⁶⁴ divided by the golden ratio).
const MIX: u64 = 0x9E37_79B9_7F4A_7C15;

impl<V: Copy + Default> Slots<V> {
    /// An empty table of `n` slots (a power of two).
    fn with_slots(n: usize) -> Slots<V> {
        debug_assert!(n.is_power_of_two());
        Slots {
            tags: vec![0; n],
            entries: vec![(Packed(0, 0), V::default()); n],
            len: 0,
            shift: 64 - n.trailing_zeros(),
        }
    }

    /// The first slot to look at for `k`, and its tag.
    #[inline]
    fn home(&self, k: Packed) -> (usize, u8) {
        let h = (k.0.wrapping_mul(MIX) ^ k.1).wrapping_mul(MIX);
        // The index takes the top bits, the tag bits below them (a table has
        // at most 2³² slots, so they never overlap).
        ((h >> self.shift) as usize, (h >> 24) as u8 | 0x80)
    }

    // Always: it runs at every token, and a call costs more than the probe.
    #[inline(always)]
    fn get(&self, k: Packed) -> Option<V> {
        let mask = self.tags.len() - 1;
        let (mut i, tag) = self.home(k);
        loop {
            let t = self.tags[i];
            if t == 0 {
                return None;
            }
            if t == tag && self.entries[i].0 == k {
                return Some(self.entries[i].1);
            }
            i = (i + 1) & mask;
        }
    }

    /// Room for `n` more words without growing.
    fn reserve(&mut self, n: usize) {
        let want = ((self.len + n) * 2).next_power_of_two();
        if want > self.tags.len() {
            let old = std::mem::replace(self, Slots::with_slots(want));
            for (t, (k, v)) in old.tags.iter().zip(old.entries) {
                if *t != 0 {
                    *self.entry(k) = v;
                }
            }
        }
    }

    fn entry(&mut self, k: Packed) -> &mut V {
        if (self.len + 1) * 2 > self.tags.len() {
            self.reserve(1);
        }
        let mask = self.tags.len() - 1;
        let (mut i, tag) = self.home(k);
        loop {
            let t = self.tags[i];
            if t == 0 {
                self.tags[i] = tag;
                self.entries[i] = (k, V::default());
                self.len += 1;
                return &mut self.entries[i].1;
            }
            if t == tag && self.entries[i].0 == k {
                return &mut self.entries[i].1;
            }
            i = (i + 1) & mask;
        }
    }
}

/// The byte of a one-byte ASCII word.
fn single_byte(word: &str) -> Option<usize> {
    match word.as_bytes() {
        &[b] if b.is_ascii() => Some(usize::from(b)),
        _ => None,
    }
}

/// A word of at most 15 bytes: bytes 0..8, then bytes 8.. with the length in
/// the top byte (so only the empty word packs as `Packed(0, 0)`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Packed(u64, u64);

/// `bytes[at..at + 4]` as a little-endian integer.
fn load4(bytes: &[u8], at: usize) -> u64 {
    u64::from(u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]))
}

/// `bytes[at..at + 8]` as a little-endian integer.
fn load8(bytes: &[u8], at: usize) -> u64 {
    let mut b = [0u8; 8];
    b.copy_from_slice(&bytes[at..at + 8]);
    u64::from_le_bytes(b)
}

/// `word` as two integers (see [`Packed`]); `None` when longer than 15 bytes.
#[inline]
fn pack(word: &str) -> Option<Packed> {
    let bytes = word.as_bytes();
    let n = bytes.len();
    // Overlapping loads put every byte at its own place: where two loads
    // cover the same byte, they agree on it.
    let (lo, hi) = match n {
        0 => (0, 0),
        1..=3 => {
            let b = |i: usize| u64::from(bytes[i]) << (8 * i);
            (b(0) | b(n / 2) | b(n - 1), 0)
        }
        4..=7 => (load4(bytes, 0) | load4(bytes, n - 4) << (8 * (n - 4)), 0),
        8 => (load8(bytes, 0), 0),
        9..=15 => (load8(bytes, 0), load8(bytes, n - 8) >> (8 * (16 - n))),
        _ => return None,
    };
    Some(Packed(lo, hi | (n as u64) << 56))
}

impl<V: Copy + Default> WordTable<V> {
    /// Room for `n` more words.
    pub(super) fn reserve(&mut self, n: usize) {
        self.short.reserve(n);
    }

    /// The value of `word`, if it has one.
    #[inline(always)]
    pub(super) fn get(&self, word: &str) -> Option<V> {
        if let Some(b) = single_byte(word) {
            return self.single[b];
        }
        match pack(word) {
            Some(Packed(0, 0)) => self.empty,
            Some(k) => self.short.get(k),
            None => self.get_long(word),
        }
    }

    /// [`WordTable::get`] for a word of more than 15 bytes (few are), out of line.
    #[inline(never)]
    fn get_long(&self, word: &str) -> Option<V> {
        self.long.get(word).copied()
    }

    /// The value of `word`, inserted as `V::default()` if it has none.
    pub(super) fn entry(&mut self, word: &str) -> &mut V {
        if let Some(b) = single_byte(word) {
            return self.single[b].get_or_insert_with(V::default);
        }
        match pack(word) {
            Some(Packed(0, 0)) => self.empty.get_or_insert_with(V::default),
            Some(k) => self.short.entry(k),
            None => self.long.entry(word.into()).or_default(),
        }
    }
}

/// A fixed list of lowercase words, asked whether it holds a word: a
/// [`WordTable`] probe (a few integer operations) instead of a scan of the
/// list, which compared strings one by one (a `memcmp` for each of the same
/// length). Most words asked about are in no set: a word whose length and
/// first byte together are those of no word of the set is answered from a
/// bit mask, without the probe.
#[derive(Debug, Clone)]
pub struct WordSet {
    table: WordTable<bool>,
    /// Per length (15 for 15 bytes and more), bit `b` for each first byte `b`
    /// of a word of that length held.
    starts: [[u64; 4]; 16],
}

impl WordSet {
    /// The set of `words`.
    pub fn new(words: &[&str]) -> WordSet {
        let mut table = WordTable::default();
        table.reserve(words.len());
        let mut starts = [[0; 4]; 16];
        for w in words {
            *table.entry(w) = true;
            if let Some(&b) = w.as_bytes().first() {
                starts[w.len().min(15)][usize::from(b >> 6)] |= 1 << (b & 63);
            }
        }
        WordSet { table, starts }
    }

    /// Whether the set holds `word`.
    // Always: the mask answers most words in a few instructions, where a call costs more.
    #[inline(always)]
    pub fn contains(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        if let Some(&b) = bytes.first()
            && self.starts[bytes.len().min(15)][usize::from(b >> 6)] >> (b & 63) & 1 == 0
        {
            return false;
        }
        self.table.get(word).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packing_keeps_every_byte() {
        let words = ["", "a", "ab", "abc", "abcd", "abcde", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmno"];
        for w in words {
            let p = pack(w).expect("short");
            let mut bytes = p.0.to_le_bytes().to_vec();
            bytes.extend(p.1.to_le_bytes());
            assert_eq!(usize::from(bytes[15]), w.len());
            assert_eq!(&bytes[..w.len()], w.as_bytes(), "{w:?}");
            assert!(bytes[w.len()..15].iter().all(|&b| b == 0), "{w:?}");
        }
        assert_eq!(pack("abcdefghijklmnop"), None);
    }

    #[test]
    fn short_and_long_words() {
        let mut t = WordTable::<u32>::default();
        let words = ["", "a", ",", "é", "ab", "a\0", "said", "fifteen-letters", "sixteen-letters!", "international-ly"];
        for (i, w) in words.iter().enumerate() {
            *t.entry(w) = i as u32 + 1;
        }
        for (i, w) in words.iter().enumerate() {
            assert_eq!(t.get(w), Some(i as u32 + 1), "{w:?}");
        }
        assert_eq!(t.get("abc"), None);
        assert_eq!(t.get("b"), None);
        assert_eq!(t.get("\0"), None);
        assert_eq!(t.get("fifteen-letterz"), None);
        *t.entry("said") |= 64;
        assert_eq!(t.get("said"), Some(7 | 64));
    }

    #[test]
    fn sets_answer_as_their_lists_do() {
        let list = ["the", "a", "of", "", "fifteen-letters", "sixteen-letters!", "’s"];
        let set = WordSet::new(&list);
        for w in list.iter().chain(&["th", "thee", "b", "sixteen-letterz", "'s", "The"]) {
            assert_eq!(set.contains(w), list.contains(w), "{w:?}");
        }
    }

    #[test]
    fn grows_and_keeps_every_word() {
        let mut t = WordTable::<u32>::default();
        let words: Vec<String> = (0..5000).map(|i| format!("w{i}")).collect();
        for (i, w) in words.iter().enumerate() {
            *t.entry(w) = i as u32;
            if i % 1000 == 0 {
                t.reserve(700);
            }
        }
        for (i, w) in words.iter().enumerate() {
            assert_eq!(t.get(w), Some(i as u32), "{w:?}");
        }
        assert!(t.short.len * 2 <= t.short.tags.len());
        assert_eq!(t.get("w5000"), None);
        assert_eq!(t.get("x1"), None);
    }
}
