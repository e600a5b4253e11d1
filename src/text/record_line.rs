//! A JSON Lines line that names a relation, read but not yet parsed.
//!
//! The reader thread hands such lines over as they are; the pipeline's
//! workers parse them in parallel. Most lines are relation records exactly
//! as `extract` writes them (serde_json's compact form, fields in their
//! declared order): those are read by a small parser that accepts nothing
//! else, and the line itself can then be copied to the output instead of
//! serialising the record again. Any other line takes the general path
//! ([`parse_line`]), which also gives every error message.

use super::Document;
use super::ingest::{IngestError, InputItem};
use super::jsonl::parse_line;
use crate::record::{EntityAt, LineFields, LineRecord, SpanAt, Str};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A line of a JSON Lines file that contains `"relation"`, unparsed.
#[derive(Debug)]
pub(crate) struct RecordLine {
    /// The file, shared by its lines.
    path: Arc<Path>,
    line: usize,
    /// The line without its line end.
    text: String,
}

/// A parsed [`RecordLine`]: a relation record, or what else the line turned
/// out to be (a document that only mentions `"relation"`).
#[derive(Debug)]
pub(crate) enum ParsedLine {
    /// A relation record, kept as its compact JSON line.
    Record(Box<LineRecord>),
    /// A document, with its file and line and whether bad bytes in it were replaced.
    Document(Document, (PathBuf, usize), bool),
}

impl RecordLine {
    pub(super) fn new(path: Arc<Path>, line: usize, text: String) -> RecordLine {
        RecordLine { path, line, text }
    }

    /// Parses the line: a relation record, or (a line that only mentions
    /// `"relation"`) a document, or the error `parse_line` reports. With a
    /// record comes the line itself when it is exactly the record's compact
    /// serialisation (`serde_json::to_string`), so it need not be written
    /// again.
    pub(crate) fn parse(self) -> Result<(InputItem, Option<String>), IngestError> {
        let origin = (self.path.to_path_buf(), self.line);
        Ok(match self.parse_compact()? {
            (ParsedLine::Record(r), exact) => {
                let text = exact.then(|| r.line().to_owned());
                (InputItem::Record(Box::new(r.to_record()), origin), text)
            }
            (ParsedLine::Document(doc, origin, repaired), _) => (InputItem::Document { doc, origin, repaired }, None),
        })
    }

    /// Parses the line as [`RecordLine::parse`] does, but gives a record as
    /// a [`LineRecord`], its strings in the line: a record written in
    /// another form than the compact one is written compactly first.
    pub(crate) fn parse_line_record(self) -> Result<ParsedLine, IngestError> {
        self.parse_compact().map(|(parsed, _)| parsed)
    }

    /// The parsed line, and whether a record's line is the line as read.
    fn parse_compact(self) -> Result<(ParsedLine, bool), IngestError> {
        let RecordLine { path, line, text } = self;
        let text = match compact_record(text) {
            Ok(record) => return Ok((ParsedLine::Record(Box::new(record)), true)),
            Err(text) => text,
        };
        match parse_line(&path, line, &text, false)? {
            InputItem::Record(record, _) => {
                let compact = serde_json::to_string(&record).expect("relation records serialise");
                let record = compact_record(compact).expect("the compact form of a valid record reads back");
                Ok((ParsedLine::Record(Box::new(record)), false))
            }
            InputItem::Document { doc, origin, repaired } => Ok((ParsedLine::Document(doc, origin, repaired), false)),
        }
    }
}

/// `text` read as a relation record in the compact form that passes
/// validation, or `text` back.
fn compact_record(text: String) -> Result<LineRecord, String> {
    let Some((fields, unescaped)) = Compact::new(&text).record() else { return Err(text) };
    let line_len = text.len();
    let mut buf = text;
    buf.push_str(&unescaped);
    LineRecord::new(buf, line_len, fields).map_err(|(_, mut buf)| {
        buf.truncate(line_len);
        buf
    })
}

/// Reads a relation record in serde_json's compact form and nothing else:
/// `None` as soon as the text differs from what `serde_json::to_string`
/// writes for the record read so far (other field order or spacing, an
/// escape it would not write, a missing field, trailing text).
///
/// Strings are found, not copied: a string without escapes is a range of
/// the text; one with escapes is unescaped into `unescaped`, which is to
/// follow the text in the record's buffer.
struct Compact<'a> {
    text: &'a str,
    at: usize,
    unescaped: String,
}

impl<'a> Compact<'a> {
    fn new(text: &'a str) -> Compact<'a> {
        Compact { text, at: 0, unescaped: String::new() }
    }

    fn record(mut self) -> Option<(LineFields, String)> {
        // serde_json's compact form has no control characters anywhere (in
        // strings they are escaped): checked once for the whole line, not
        // string by string. (The smallest byte, not `any`: a loop without
        // early exit runs on vectors.) The largest tells whether the line is
        // ASCII, as most are: then every string's length in characters is
        // its length in bytes (escapes unescape to ASCII too).
        let (smallest, largest) = self.text.bytes().fold((u8::MAX, 0), |(lo, hi), b| (lo.min(b), hi.max(b)));
        if smallest < 0x20 {
            return None;
        }
        let ascii = largest < 0x80;
        self.expect("{\"doc\":")?;
        let doc = self.string()?;
        self.expect(",\"sentence\":")?;
        let sentence = self.number()?;
        self.expect(",\"relation\":")?;
        let relation = self.word()?.parse().ok()?;
        self.expect(",\"subject\":")?;
        let subject = self.entity()?;
        self.expect(",\"object\":")?;
        let object = if self.null() { None } else { Some(self.entity()?) };
        self.expect(",\"cue\":")?;
        let cue = self.span()?;
        self.expect(",\"content\":")?;
        let content = if self.null() { None } else { Some(self.span()?) };
        self.expect(",\"about\":[")?;
        let mut about = Vec::new();
        if !self.eat("]") {
            loop {
                about.push(self.entity()?);
                if self.eat("]") {
                    break;
                }
                self.expect(",")?;
            }
        }
        self.expect(",\"negated\":")?;
        let negated = self.boolean()?;
        self.expect(",\"hedged\":")?;
        let hedged = self.boolean()?;
        self.expect(",\"cameo\":")?;
        let cameo = if self.null() { None } else { Some(self.string()?) };
        self.expect(",\"evidence\":")?;
        let evidence = self.span()?;
        let role = if self.eat(",\"role\":") { Some(self.string()?) } else { None };
        let date = if self.eat(",\"date\":") { Some(self.string()?) } else { None };
        self.expect("}")?;
        if self.at != self.text.len() {
            return None;
        }
        let fields = LineFields {
            doc,
            sentence,
            relation,
            subject,
            object,
            cue,
            content,
            about,
            negated,
            hedged,
            cameo,
            evidence,
            role,
            date,
            ascii,
        };
        Some((fields, self.unescaped))
    }

    fn entity(&mut self) -> Option<EntityAt> {
        self.expect("{\"id\":")?;
        let id = self.string()?;
        self.expect(",\"name\":")?;
        let name = self.string()?;
        self.expect(",\"type\":")?;
        let kind = self.word()?.parse().ok()?;
        let mention = if self.eat(",\"mention\":") { Some(self.span()?) } else { None };
        self.expect("}")?;
        Some(EntityAt { id, name, kind, mention, variant: 0 })
    }

    fn span(&mut self) -> Option<SpanAt> {
        self.expect("{\"text\":")?;
        let text = self.string()?;
        self.expect(",\"start\":")?;
        let start = self.number()?;
        self.expect(",\"end\":")?;
        let end = self.number()?;
        self.expect("}")?;
        Some(SpanAt { text, start, end })
    }

    /// Steps over `literal` if the text goes on with it. (Inlined, the
    /// comparison with a literal of known length needs no `memcmp` call.)
    #[inline(always)]
    fn eat(&mut self, literal: &str) -> bool {
        let found = self.text.as_bytes()[self.at..].starts_with(literal.as_bytes());
        if found {
            self.at += literal.len();
        }
        found
    }

    #[inline(always)]
    fn expect(&mut self, literal: &str) -> Option<()> {
        self.eat(literal).then_some(())
    }

    fn null(&mut self) -> bool {
        self.eat("null")
    }

    fn boolean(&mut self) -> Option<bool> {
        if self.eat("true") { Some(true) } else { self.eat("false").then_some(false) }
    }

    /// A non-negative integer without leading zeros (`None` if it does not fit).
    fn number(&mut self) -> Option<usize> {
        let bytes = self.text.as_bytes();
        let (start, mut at, mut n) = (self.at, self.at, 0usize);
        while let Some(digit) = bytes.get(at).map(|b| b.wrapping_sub(b'0')).filter(|&d| d <= 9) {
            n = n.checked_mul(10)?.checked_add(usize::from(digit))?;
            at += 1;
        }
        if at == start || (at - start > 1 && bytes[start] == b'0') {
            return None;
        }
        self.at = at;
        Some(n)
    }

    /// A string without escapes (a name such as `"met_with"`), borrowed.
    fn word(&mut self) -> Option<&'a str> {
        self.expect("\"")?;
        let start = self.at;
        self.plain_run()?;
        if self.text.as_bytes()[self.at] != b'"' {
            return None;
        }
        self.at += 1;
        Some(&self.text[start..self.at - 1])
    }

    /// A string with only the escapes serde_json writes: `\"`, `\\`, `\b`,
    /// `\f`, `\n`, `\r`, `\t`, and `\u00xx` (lowercase) for the other
    /// control characters. Without escapes, its range of the text; with
    /// some, its unescaped form goes to `unescaped`.
    fn string(&mut self) -> Option<Str> {
        self.expect("\"")?;
        let bytes = self.text.as_bytes();
        let start = self.at;
        let run = self.plain_run()?;
        if bytes[self.at] == b'"' {
            self.at += 1;
            return Some(Str { start, end: start + run });
        }
        // Escapes: unescaped after the text (and the strings unescaped before).
        if self.unescaped.capacity() == 0 {
            // Unescaped, the rest of the line is no longer than it is: one
            // allocation instead of one for each time the string grows.
            self.unescaped.reserve(self.text.len() - start);
        }
        let at = self.text.len() + self.unescaped.len();
        self.unescaped.push_str(&self.text[start..self.at]);
        loop {
            // At a backslash.
            let (c, len) = match *bytes.get(self.at + 1)? {
                b'"' => ('"', 2),
                b'\\' => ('\\', 2),
                b'b' => ('\u{8}', 2),
                b'f' => ('\u{c}', 2),
                b'n' => ('\n', 2),
                b'r' => ('\r', 2),
                b't' => ('\t', 2),
                b'u' => (self.control_escape()?, 6),
                _ => return None,
            };
            self.unescaped.push(c);
            self.at += len;
            let from = self.at;
            self.plain_run()?;
            self.unescaped.push_str(&self.text[from..self.at]);
            if bytes[self.at] == b'"' {
                self.at += 1;
                return Some(Str { start: at, end: self.text.len() + self.unescaped.len() });
            }
        }
    }

    /// Steps over the plain run up to the next quote or backslash, which
    /// must come; gives its length. (There are no control characters: see
    /// [`Compact::record`].)
    #[inline]
    fn plain_run(&mut self) -> Option<usize> {
        let rest = &self.text.as_bytes()[self.at..];
        // Most strings are short (ids, names, cue words): eight bytes at a
        // time, without the set-up of a vectorised search, which takes over
        // past the first 32 bytes (evidence sentences, contents).
        let mut run = 0;
        loop {
            let Some(chunk) = rest.get(run..run + 8) else {
                run += memchr::memchr2(b'"', b'\\', &rest[run..])?;
                break;
            };
            let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
            if let Some(at) = first_quote_or_backslash(word) {
                run += at;
                break;
            }
            run += 8;
            if run >= 32 {
                run += memchr::memchr2(b'"', b'\\', &rest[run..])?;
                break;
            }
        }
        // The run ends at an ASCII byte, so on a character boundary.
        self.at += run;
        Some(run)
    }

    /// The control character of a `\u00xx` escape at `at`, if serde_json
    /// writes it that way (and not as one of the short escapes).
    fn control_escape(&self) -> Option<char> {
        let hex = self.text.get(self.at + 2..self.at + 6)?;
        let code = hex.strip_prefix("00").filter(|h| h.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')))?;
        let code = u8::from_str_radix(code, 16).ok()?;
        let short = matches!(code, 0x08 | 0x09 | 0x0a | 0x0c | 0x0d);
        (code < 0x20 && !short).then_some(char::from(code))
    }
}

/// The index of the first `"` or `\\` among the eight bytes of `word`
/// (read little-endian), if there is one.
#[inline]
fn first_quote_or_backslash(word: u64) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // A byte equal to c is a zero byte after `^ c`; a zero byte sets its high
    // bit in `x - ONES & !x`. Bytes above the first zero byte may be marked
    // falsely (by the borrow), but the lowest mark is always right.
    let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    let marks = zero(word ^ (ONES * u64::from(b'"'))) | zero(word ^ (ONES * u64::from(b'\\')));
    (marks != 0).then(|| (marks.trailing_zeros() / 8) as usize)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::{ActorType, EntityRef, RelationRecord, RelationType, Span};

    /// A statement with escapes and control characters in its strings.
    fn record() -> RelationRecord {
        let span = |text: &str, start| Span { text: text.into(), start, end: start + text.chars().count() };
        let who =
            |id: &str, mention| EntityRef {
                id: id.into(), name: "Zoë \"Z\"".into(), kind: ActorType::Person, mention
            };
        let mut r = RelationRecord::for_test(who("a", Some(span("Zoë", 0))), RelationType::Said, who("b", None));
        r.doc = "d\u{1}\\".into();
        r.sentence = 10;
        r.object = None;
        r.cue = span("said", 4);
        r.content = Some(span("tab\there\nand \u{1f}\u{7f}", 9));
        r.about = vec![who("b", None), who("c", Some(span("C", 20)))];
        r.hedged = true;
        r.cameo = Some("01".into());
        r.evidence = span("Zoë said tab\there\nand \u{1f}\u{7f} C.", 0);
        r.date = Some("2020-01-02".into());
        r
    }

    fn parse(text: &str) -> Option<RelationRecord> {
        let (fields, unescaped) = Compact::new(text).record()?;
        LineRecord::new(format!("{text}{unescaped}"), text.len(), fields).ok().map(|r| r.to_record())
    }

    #[test]
    fn finds_the_first_quote_or_backslash_of_eight_bytes() {
        let bytes: Vec<u8> = (0..=255u8).collect();
        for (k, window) in bytes.windows(8).enumerate() {
            for (a, b) in [(0, 0), (3, 5), (7, 7), (2, 1)] {
                for (ca, cb) in [(b'"', b'\\'), (b'\\', b'"'), (b'"', b'"')] {
                    let mut w: [u8; 8] = window.try_into().expect("eight");
                    let want_none = w.iter().position(|&c| c == b'"' || c == b'\\');
                    assert_eq!(first_quote_or_backslash(u64::from_le_bytes(w)), want_none, "{k}");
                    w[a] = ca;
                    w[b] = cb;
                    let want = w.iter().position(|&c| c == b'"' || c == b'\\');
                    assert_eq!(first_quote_or_backslash(u64::from_le_bytes(w)), want, "{k} {w:?}");
                }
            }
        }
    }

    #[test]
    fn reads_what_serde_json_writes_and_gives_the_same_record() {
        let mut r = record();
        for _ in 0..2 {
            let line = serde_json::to_string(&r).expect("serialises");
            assert_eq!(parse(&line).as_ref(), Some(&r), "{line}");
            r.object = Some(r.subject.clone());
            r.content = None;
            r.about.clear();
            r.cameo = None;
            r.role = Some("President".into());
            r.date = None;
            r.sentence = 0;
        }
    }

    #[test]
    fn refuses_anything_serde_json_would_write_differently() {
        let line = serde_json::to_string(&record()).expect("serialises");
        let variants = [
            line.replacen(":10,", ": 10,", 1),
            line.replacen(":10,", ":010,", 1),
            line.replacen("\\u001f", "\\u001F", 1),
            line.replacen("\\t", "\\u0009", 1),
            line.replacen("\\t", "\t", 1),
            line.replacen("Zo", "\\u005ao", 1),
            line.replacen("\"a\"", "\"\\/\"", 1),
            line.replacen("\"hedged\":true", "\"hedged\":1", 1),
            format!("{line} "),
            format!(" {line}"),
            line.replacen("{\"doc\"", "{\"sentence\":10,\"doc\"", 1),
            line.replacen(",\"date\"", ",\"role\":null,\"date\"", 1),
            line.replacen("\"date\":\"2020-01-02\"", "\"date\":null", 1),
            line.replacen("\"said\"", "\"hugged\"", 1),
            line[..line.len() - 1].to_owned(),
        ];
        for v in &variants {
            assert!(v != &line, "the variant changes the line: {v}");
            assert_eq!(parse(v), None, "{v}");
        }
    }

    #[test]
    fn a_line_in_another_form_still_parses_on_the_general_path() {
        let r = record();
        let pretty = serde_json::to_string(&serde_json::to_value(&r).expect("value")).expect("serialises");
        let line = RecordLine::new(Path::new("r.jsonl").into(), 3, pretty.replacen(':', ": ", 1));
        match line.parse() {
            Ok((InputItem::Record(parsed, origin), None)) => {
                assert_eq!(*parsed, r);
                assert_eq!(origin, ("r.jsonl".into(), 3));
            }
            other => panic!("unexpected {other:?}"),
        }
        let exact = serde_json::to_string(&r).expect("serialises");
        let parsed = RecordLine::new(Path::new("r.jsonl").into(), 1, exact.clone()).parse().expect("parses");
        assert_eq!(parsed.1.as_deref(), Some(exact.as_str()));
    }

    #[test]
    fn a_line_record_borrows_its_strings_and_hashes_as_the_record_does() {
        let mut r = record();
        for _ in 0..2 {
            let line = serde_json::to_string(&r).expect("serialises");
            let parsed = match RecordLine::new(Path::new("r.jsonl").into(), 1, line.clone()).parse_line_record() {
                Ok(ParsedLine::Record(parsed)) => parsed,
                other => panic!("unexpected {other:?}"),
            };
            assert_eq!(parsed.line(), line);
            assert_eq!(parsed.to_record(), r);
            assert_eq!(parsed.sighting_hash(), r.as_ref().sighting_hash());
            assert_eq!(parsed.claim_hash(), r.as_ref().claim_hash());
            let view = r.as_ref();
            let entities = std::iter::once(view.subject).chain(view.object).chain(view.about.iter());
            let variants: Vec<u64> = entities.map(|e| e.variant_hash()).collect();
            assert_eq!(parsed.variant_hashes().collect::<Vec<_>>(), variants);
            r.doc = "plain".into();
            r.subject.name = "Zoe".into();
            r.about[0].name = "B".into();
        }
    }

    #[test]
    fn a_record_in_another_form_becomes_a_compact_line_record() {
        let r = record();
        let pretty = serde_json::to_string_pretty(&r).expect("serialises").replace('\n', " ");
        match RecordLine::new(Path::new("r.jsonl").into(), 3, pretty).parse_line_record() {
            Ok(ParsedLine::Record(parsed)) => {
                assert_eq!(parsed.to_record(), r);
                assert_eq!(parsed.line(), serde_json::to_string(&r).expect("serialises"));
            }
            other => panic!("unexpected {other:?}"),
        }
        let document = r#"{"id": "a", "text": "Putin met Trump.", "topic": "relation"}"#;
        assert!(matches!(
            RecordLine::new(Path::new("r.jsonl").into(), 4, document.into()).parse_line_record(),
            Ok(ParsedLine::Document(..))
        ));
    }

    #[test]
    fn span_lengths_are_checked_in_ascii_lines_and_others_alike() {
        let mut r = record();
        r.cue.text = "saidx".into();
        let line = serde_json::to_string(&r).expect("serialises");
        let ascii = line.replace('ë', "e");
        assert!(ascii.is_ascii() && !line.is_ascii());
        for text in [line, ascii] {
            match RecordLine::new(Path::new("r.jsonl").into(), 2, text.clone()).parse_line_record() {
                Err(e) => assert_eq!(
                    e.to_string(),
                    "r.jsonl:2: bad relation record: cue span 4..8 is 4 characters long but its text has 5"
                ),
                other => panic!("{text}: unexpected {other:?}"),
            }
            let good = text.replace("saidx", "said");
            let parsed = RecordLine::new(Path::new("r.jsonl").into(), 2, good.clone()).parse_line_record();
            assert!(matches!(parsed, Ok(ParsedLine::Record(_))), "{good}");
        }
    }

    #[test]
    fn a_bad_line_gives_the_general_message_naming_file_and_line() {
        let mut r = record();
        r.cue.start = 90;
        r.cue.end = 94;
        let bad = [
            (
                serde_json::to_string(&r).expect("serialises"),
                "r.jsonl:7: bad relation record: cue span 90..94 lies outside the evidence 0..27",
            ),
            ("{\"doc\":\"d\",\"sentence\":1,\"relation\":\"said\"".to_owned(), "r.jsonl:7: not valid JSON at column"),
            ("{\"doc\":\"d\",\"sentence\":99999999999999999999999,\"relation\":\"said\"}".to_owned(), "r.jsonl:7: "),
            ("{\"doc\":\"d\\".to_owned(), "r.jsonl:7: not valid JSON at column"),
            ("{\"doc\":\"d\\u00\"".to_owned(), "r.jsonl:7: not valid JSON at column"),
        ];
        for (line, message) in bad {
            match RecordLine::new(Path::new("r.jsonl").into(), 7, line.clone()).parse_line_record() {
                Err(e) => assert!(e.to_string().starts_with(message), "{line}: {e}"),
                other => panic!("{line}: unexpected {other:?}"),
            }
        }
    }
}
