//! A JSON Lines line that names a relation, read but not yet parsed.
//!
//! The reader thread hands such lines over as they are; the pipeline's
//! workers parse them in parallel. Most lines are relation records exactly
//! as `extract` writes them (serde_json's compact form, fields in their
//! declared order): those are read by a small parser that accepts nothing
//! else, and the line itself can then be copied to the output instead of
//! serialising the record again. Any other line takes the general path
//! ([`parse_line`]), which also gives every error message.

use super::ingest::{IngestError, InputItem};
use super::jsonl::parse_line;
use crate::record::{EntityRef, RelationRecord, Span};
use std::path::PathBuf;

/// A line of a JSON Lines file that contains `"relation"`, unparsed.
#[derive(Debug)]
pub(crate) struct RecordLine {
    path: PathBuf,
    line: usize,
    /// The line without its line end.
    text: String,
}

impl RecordLine {
    pub(super) fn new(path: PathBuf, line: usize, text: String) -> RecordLine {
        RecordLine { path, line, text }
    }

    /// Parses the line: a relation record, or (a line that only mentions
    /// `"relation"`) a document, or the error `parse_line` reports. With a
    /// record comes the line itself when it is exactly the record's compact
    /// serialisation (`serde_json::to_string`), so it need not be written
    /// again.
    pub(crate) fn parse(self) -> Result<(InputItem, Option<String>), IngestError> {
        if let Some(record) = Compact::new(&self.text).record()
            && record.validate().is_ok()
        {
            let item = InputItem::Record(Box::new(record), (self.path, self.line));
            return Ok((item, Some(self.text)));
        }
        parse_line(&self.path, self.line, &self.text, false).map(|item| (item, None))
    }
}

/// Reads a relation record in serde_json's compact form and nothing else:
/// `None` as soon as the text differs from what `serde_json::to_string`
/// writes for the record read so far (other field order or spacing, an
/// escape it would not write, a missing field, trailing text).
struct Compact<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Compact<'a> {
    fn new(text: &'a str) -> Compact<'a> {
        Compact { text, at: 0 }
    }

    fn record(mut self) -> Option<RelationRecord> {
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
        (self.at == self.text.len()).then_some(RelationRecord {
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
        })
    }

    fn entity(&mut self) -> Option<EntityRef> {
        self.expect("{\"id\":")?;
        let id = self.string()?;
        self.expect(",\"name\":")?;
        let name = self.string()?;
        self.expect(",\"type\":")?;
        let kind = self.word()?.parse().ok()?;
        let mention = if self.eat(",\"mention\":") { Some(self.span()?) } else { None };
        self.expect("}")?;
        Some(EntityRef { id, name, kind, mention })
    }

    fn span(&mut self) -> Option<Span> {
        self.expect("{\"text\":")?;
        let text = self.string()?;
        self.expect(",\"start\":")?;
        let start = self.number()?;
        self.expect(",\"end\":")?;
        let end = self.number()?;
        self.expect("}")?;
        Some(Span { text, start, end })
    }

    /// Steps over `literal` if the text goes on with it.
    fn eat(&mut self, literal: &str) -> bool {
        let found = self.text.as_bytes()[self.at..].starts_with(literal.as_bytes());
        if found {
            self.at += literal.len();
        }
        found
    }

    fn expect(&mut self, literal: &str) -> Option<()> {
        self.eat(literal).then_some(())
    }

    fn null(&mut self) -> bool {
        self.eat("null")
    }

    fn boolean(&mut self) -> Option<bool> {
        if self.eat("true") { Some(true) } else { self.eat("false").then_some(false) }
    }

    /// A non-negative integer without leading zeros.
    fn number(&mut self) -> Option<usize> {
        let digits = self.text.as_bytes()[self.at..].iter().take_while(|b| b.is_ascii_digit()).count();
        let number = &self.text[self.at..self.at + digits];
        if digits == 0 || (digits > 1 && number.starts_with('0')) {
            return None;
        }
        self.at += digits;
        number.parse().ok()
    }

    /// A string without escapes or control characters (a name such as
    /// `"met_with"`), borrowed.
    fn word(&mut self) -> Option<&'a str> {
        self.expect("\"")?;
        let rest = &self.text[self.at..];
        let len = rest.find('"')?;
        let word = &rest[..len];
        if word.bytes().any(|b| b == b'\\' || b < 0x20) {
            return None;
        }
        self.at += len + 1;
        Some(word)
    }

    /// A string with only the escapes serde_json writes: `\"`, `\\`, `\b`,
    /// `\f`, `\n`, `\r`, `\t`, and `\u00xx` (lowercase) for the other
    /// control characters.
    fn string(&mut self) -> Option<String> {
        self.expect("\"")?;
        let bytes = self.text.as_bytes();
        let mut out = String::new();
        loop {
            // The plain run up to the next quote or backslash; a control
            // character in it would have to be escaped.
            let run = memchr::memchr2(b'"', b'\\', &bytes[self.at..])?;
            let plain = &self.text[self.at..self.at + run];
            // (The smallest byte, not `any`: a loop without early exit runs on vectors.)
            if plain.bytes().fold(u8::MAX, u8::min) < 0x20 {
                return None;
            }
            // The run ends at an ASCII byte, so on a character boundary.
            out.push_str(plain);
            self.at += run;
            if bytes[self.at] == b'"' {
                self.at += 1;
                return Some(out);
            }
            // A backslash.
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
            out.push(c);
            self.at += len;
        }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::{ActorType, RelationType};

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
        Compact::new(text).record()
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
        let line = RecordLine::new("r.jsonl".into(), 3, pretty.replacen(':', ": ", 1));
        match line.parse() {
            Ok((InputItem::Record(parsed, origin), None)) => {
                assert_eq!(*parsed, r);
                assert_eq!(origin, ("r.jsonl".into(), 3));
            }
            other => panic!("unexpected {other:?}"),
        }
        let exact = serde_json::to_string(&r).expect("serialises");
        let parsed = RecordLine::new("r.jsonl".into(), 1, exact.clone()).parse().expect("parses");
        assert_eq!(parsed.1.as_deref(), Some(exact.as_str()));
    }
}
