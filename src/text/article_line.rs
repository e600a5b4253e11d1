//! A JSON Lines article in its plainest form, read without serde.
//!
//! Takes one line; gives its `id`, `text`, `title`, `date` and `url` when the
//! line is an object whose every value is a string with only the short
//! escapes (`\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`, `\t`), keys without
//! escapes, no key twice among those five and no `relation` key: what nearly
//! every article line of a corpus is. Anything else (a `\u` escape, a number
//! or `null`, a duplicate, bad JSON) gives `None`, and the line takes the
//! serde path ([`super::jsonl`]), which gives the same article for every line
//! this takes, and the messages. serde_json spent most of its time here
//! looking at strings a byte at a time and growing a scratch buffer for the
//! unescaped text; this looks 32 bytes at a time and copies each run once,
//! into a string with room for the rest of the line.

/// The fields of an article line.
pub(super) struct PlainArticle {
    pub(super) id: String,
    pub(super) text: String,
    pub(super) title: Option<String>,
    pub(super) date: Option<String>,
    pub(super) url: Option<String>,
}

/// The article on `line`, if the line is in the plain form this reads (see the module).
pub(super) fn parse(line: &str) -> Option<PlainArticle> {
    let b = line.as_bytes();
    let mut i = skip_space(b, 0);
    if b.get(i) != Some(&b'{') {
        return None;
    }
    i += 1;
    let (mut id, mut text, mut title, mut date, mut url) = (None, None, None, None, None);
    loop {
        i = skip_space(b, i);
        if b.get(i) != Some(&b'"') {
            return None;
        }
        let key_end = i + 1 + b[i + 1..].iter().position(|&c| matches!(c, 0..0x20 | b'"' | b'\\'))?;
        if b[key_end] != b'"' {
            return None;
        }
        let key = &line[i + 1..key_end];
        i = skip_space(b, key_end + 1);
        if b.get(i) != Some(&b':') {
            return None;
        }
        i = skip_space(b, i + 1);
        if b.get(i) != Some(&b'"') {
            return None;
        }
        let (end, value) = read_string(line, i + 1)?;
        let slot = match key {
            "id" => Some(&mut id),
            "text" => Some(&mut text),
            "title" => Some(&mut title),
            "date" => Some(&mut date),
            "url" => Some(&mut url),
            "relation" => return None,
            _ => None,
        };
        // (Any other key is ignored, as serde ignores it: its value is good, which is all that counts.)
        match slot {
            Some(Some(_)) => return None,
            Some(slot) => *slot = Some(value),
            None => {}
        }
        i = skip_space(b, end + 1);
        match b.get(i) {
            Some(b',') => i += 1,
            Some(b'}') => break,
            _ => return None,
        }
    }
    if skip_space(b, i + 1) != b.len() {
        return None;
    }
    Some(PlainArticle { id: id?, text: text?, title, date, url })
}

/// The first byte from `i` on that is not JSON whitespace.
fn skip_space(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && matches!(b[i], b' ' | b'\n' | b'\r' | b'\t') {
        i += 1;
    }
    i
}

/// The high bit of each byte of `w` (little-endian) that a JSON string cannot
/// hold as it is: a control character, `"` or `\`. Exact up to and including
/// the lowest such byte (a borrow only runs upwards from one), which is all
/// that is asked of it.
fn special(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let below = |x: u64, n: u64| x.wrapping_sub(ONES * n) & !x & HIGH;
    below(w, 0x20) | below(w ^ (ONES * u64::from(b'"')), 1) | below(w ^ (ONES * u64::from(b'\\')), 1)
}

/// The string whose text starts at `start` (after its opening quote): the
/// position of its closing quote and its text; `None` for a control
/// character (which a JSON string cannot hold), a `\u` escape (left to serde),
/// a bad escape or no end. The text is copied run by run into a string with
/// room for the rest of the line (the text of an article is most of it).
fn read_string(line: &str, start: usize) -> Option<(usize, String)> {
    let b = line.as_bytes();
    let mut i = start;
    let mut run = start;
    let mut out: Option<String> = None;
    loop {
        i = next_special(b, i);
        match b.get(i)? {
            b'"' => {
                let text = match out {
                    None => line[run..i].to_owned(),
                    Some(mut out) => {
                        out.push_str(&line[run..i]);
                        out
                    }
                };
                return Some((i, text));
            }
            b'\\' => {
                let c = match b.get(i + 1)? {
                    b'"' => '"',
                    b'\\' => '\\',
                    b'/' => '/',
                    b'b' => '\u{8}',
                    b'f' => '\u{c}',
                    b'n' => '\n',
                    b'r' => '\r',
                    b't' => '\t',
                    _ => return None,
                };
                let out = out.get_or_insert_with(|| String::with_capacity(b.len() - start));
                out.push_str(&line[run..i]);
                out.push(c);
                i += 2;
                run = i;
            }
            _ => return None,
        }
    }
}

/// The first byte from `i` on that a JSON string cannot hold as it is (a
/// control character, `"`, `\`), or the end: 32 plain bytes at a time (a fold
/// the compiler turns into vector compares), then eight, then one.
fn next_special(b: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = b.get(i..i + 32)
        && !chunk.iter().fold(false, |any, &c| any | (c < 0x20) | (c == b'"') | (c == b'\\'))
    {
        i += 32;
    }
    while let Some(chunk) = b.get(i..i + 8) {
        let found = special(u64::from_le_bytes(chunk.try_into().expect("eight bytes")));
        if found != 0 {
            return i + (found.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && !matches!(b[i], 0..0x20 | b'"' | b'\\') {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    use crate::text::jsonl::ArticleLine;

    /// What this reads of `line` is what serde reads, whenever this reads it.
    fn agrees(line: &str) -> bool {
        let Some(a) = parse(line) else { return false };
        let s: ArticleLine = serde_json::from_str(line).expect("serde reads what this reads");
        assert_eq!((a.id, a.text, a.title, a.date, a.url), (s.id, s.text, s.title, s.date, s.url), "{line:?}");
        true
    }

    #[test]
    fn reads_plain_lines_as_serde_does() {
        for line in [
            r#"{"id": "a", "text": "T"}"#,
            r#"  {"id":"a","text":"Line one.\n\n\"Quoted\" \\ back\/slash\ttab\r\b\f end","title":"t","date":"2020-01-01","url":"u"} "#,
            r#"{"url": "u", "extra": "x\n", "text": "ünïcödé “quotes” — dash", "id": "b", "extra": "again"}"#,
            "{\"id\":\"a\",\n\"text\":\"T\"\t}\r\n",
            r#"{"id": "", "text": ""}"#,
        ] {
            assert!(agrees(line), "{line:?}");
        }
    }

    #[test]
    fn leaves_everything_else_to_serde() {
        for line in [
            r#"{"id": "a", "text": "\u00e9"}"#,
            r#"{"id": 7, "text": "T"}"#,
            r#"{"id": "a", "text": "T", "title": null}"#,
            r#"{"id": "a", "id": "b", "text": "T"}"#,
            r#"{"id": "a", "text": "T", "relation": "x"}"#,
            r#"{"i\u0064": "a", "text": "T"}"#,
            r#"{"id": "a", "text": "T"} x"#,
            r#"{"id": "a", "text": "T",}"#,
            r#"{"id": "a"}"#,
            r#"{"id": "a", "text": "bad \q escape"}"#,
            "{\"id\": \"a\", \"text\": \"raw\u{1}control\"}",
            r#"{"id": "a", "text": "T", "extra": [1]}"#,
            r#"{"id": "a", "text": "unended"#,
            r#"{"id": "a", "text": "T\"#,
            r#"{}"#,
            "",
            "[]",
        ] {
            assert!(parse(line).is_none(), "{line:?}");
        }
    }

    #[test]
    fn finds_the_first_special_byte() {
        for n in 0..40 {
            for special_byte in [b'"', b'\\', 0x1F, 0x00] {
                let mut b: Vec<u8> = (0..n).map(|i| [b'a', 0xC3, 0x7F, b' ', 0x80][i % 5]).collect();
                b.push(special_byte);
                b.extend(b"ab");
                assert_eq!(next_special(&b, 0), n, "{b:?}");
                assert_eq!(next_special(&b[..n], 0), n, "{b:?}");
            }
        }
    }

    proptest! {
        #[test]
        fn strings_read_as_serde_reads_them(text in "[a-z \"\\\\/\n\r\t\u{8}\u{c}é“”]{0,80}") {
            let line = serde_json::json!({"id": "x", "text": text}).to_string();
            prop_assert!(agrees(&line));
        }
    }
}
