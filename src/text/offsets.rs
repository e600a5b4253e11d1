//! Byte offsets to Unicode code-point offsets.
//!
//! Records count code points (Python `str` indexing). The pipeline works in
//! bytes; this table converts in `O(log n)` per lookup and costs memory only
//! for non-ASCII characters.

/// Converts byte offsets of one text into code-point offsets.
#[derive(Debug, Clone, Default)]
pub struct CharOffsets {
    /// For each non-ASCII character: its byte offset and the number of
    /// continuation bytes seen up to and including it.
    wide: Vec<(usize, usize)>,
}

impl CharOffsets {
    /// Builds the table for `text`.
    pub fn new(text: &str) -> CharOffsets {
        let mut wide = Vec::new();
        if !text.is_ascii() {
            // Bytes, not chars: a byte from 0xC0 up starts a multi-byte
            // character, whose length its leading ones give. Runs of eight
            // ASCII bytes (most of the text) are skipped whole.
            let bytes = text.as_bytes();
            let mut extra = 0;
            let mut i = 0;
            while i < bytes.len() {
                // 32 bytes at a time (an OR the compiler turns into vector
                // instructions), then eight.
                if let Some(chunk) = bytes.get(i..i + 32)
                    && chunk.iter().fold(0, |any, &b| any | b) < 0x80
                {
                    i += 32;
                    continue;
                }
                if let Some(chunk) = bytes.get(i..i + 8)
                    && u64::from_le_bytes(chunk.try_into().expect("eight bytes")) & 0x8080_8080_8080_8080 == 0
                {
                    i += 8;
                    continue;
                }
                let b = bytes[i];
                if b >= 0xC0 {
                    extra += b.leading_ones() as usize - 1;
                    wide.push((i, extra));
                }
                i += 1;
            }
        }
        CharOffsets { wide }
    }

    /// The code-point offset of byte offset `byte` (which must be a char boundary).
    pub fn char_at(&self, byte: usize) -> usize {
        // Characters starting before `byte` contribute their extra bytes.
        let n = self.wide.partition_point(|&(b, _)| b < byte);
        if n == 0 { byte } else { byte - self.wide[n - 1].1 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_is_identity() {
        let o = CharOffsets::new("hello");
        assert_eq!(o.char_at(3), 3);
    }

    fn assert_counts_code_points(text: &str) {
        let o = CharOffsets::new(text);
        for (ci, (bi, _)) in text.char_indices().enumerate() {
            assert_eq!(o.char_at(bi), ci);
        }
        assert_eq!(o.char_at(text.len()), text.chars().count());
    }

    #[test]
    fn counts_code_points() {
        assert_counts_code_points("a’b—c😀dé");
        // Across runs of eight ASCII bytes, which the table skips whole.
        assert_counts_code_points("Zelenskyy’s plan: a “peace” deal — 😀 and then eight or more ASCII bytes, é, done");
    }
}
