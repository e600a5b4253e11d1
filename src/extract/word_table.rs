//! A map from lowercase words to small values, for the lexicon probe that
//! mention finding makes at every token.
//!
//! Words of up to 15 bytes (nearly all) are read with a few overlapping
//! loads into two machine words, with the length in the top byte: a probe
//! hashes and compares integers, with no pointer to follow to a key on the
//! heap and no `memcmp`. Longer words go to an ordinary map. One-byte ASCII
//! words (punctuation, "a", "I": about a fifth of the tokens of running
//! text) are not hashed at all but read from an array.

use rustc_hash::FxHashMap as HashMap;
use std::hash::{Hash, Hasher};

/// Lowercase words → `V`.
#[derive(Debug, Clone)]
pub(super) struct WordTable<V> {
    /// One-byte ASCII words, by their byte.
    single: [Option<V>; 128],
    short: HashMap<Packed, V>,
    long: HashMap<Box<str>, V>,
}

impl<V: Copy> Default for WordTable<V> {
    fn default() -> Self {
        WordTable { single: [None; 128], short: HashMap::default(), long: HashMap::default() }
    }
}

/// The byte of a one-byte ASCII word.
fn single_byte(word: &str) -> Option<usize> {
    match word.as_bytes() {
        &[b] if b.is_ascii() => Some(usize::from(b)),
        _ => None,
    }
}

/// A word of at most 15 bytes: bytes 0..8, then bytes 8.. with the length in the top byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Packed(u64, u64);

impl Hash for Packed {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.0);
        state.write_u64(self.1);
    }
}

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
    #[inline]
    pub(super) fn get(&self, word: &str) -> Option<V> {
        if let Some(b) = single_byte(word) {
            return self.single[b];
        }
        match pack(word) {
            Some(k) => self.short.get(&k).copied(),
            None => self.long.get(word).copied(),
        }
    }

    /// The value of `word`, inserted as `V::default()` if it has none.
    pub(super) fn entry(&mut self, word: &str) -> &mut V {
        if let Some(b) = single_byte(word) {
            return self.single[b].get_or_insert_with(V::default);
        }
        match pack(word) {
            Some(k) => self.short.entry(k).or_default(),
            None => self.long.entry(word.into()).or_default(),
        }
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
}
