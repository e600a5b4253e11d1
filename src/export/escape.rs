//! Escaping for the formats we write: one place, property-tested.

/// A DOT double-quoted string body: quotes and backslashes escaped, line
/// breaks as `\n`, CR dropped, other control characters as spaces, and `&`
/// as `&amp;` (Graphviz decodes HTML entities such as `&amp;` or `&#65;` in
/// every string, so a literal `&` must be written as one).
pub fn dot_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '&' => out.push_str("&amp;"),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A DOT node name: like [`dot_string`] but one-to-one, so distinct entity
/// ids never become one node. Graphviz does not interpret backslashes in
/// names, so CR and other control characters are written as `\r` and
/// `\u{hex}` (a literal backslash is always doubled, so these cannot clash).
pub fn dot_id(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '&' => out.push_str("&amp;"),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    out
}

/// Characters that make a spreadsheet run a cell as a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A spreadsheet-safe cell: a value starting with `=`, `+`, `-`, `@`, tab or
/// CR is prefixed with `'` so spreadsheets do not run it as a formula. So
/// that the prefix can always be told apart and removed
/// ([`spreadsheet_value`]), values that already start with `'`s before such
/// a character get one more.
pub fn spreadsheet_cell(s: &str) -> std::borrow::Cow<'_, str> {
    if s.trim_start_matches('\'').starts_with(FORMULA_STARTS) { format!("'{s}").into() } else { s.into() }
}

/// The value a [`spreadsheet_cell`] was made from.
///
/// ```
/// use newsgraph::export::escape::{spreadsheet_cell, spreadsheet_value};
/// for v in ["=SUM(A1)", "'=x", "'quoted'", "plain"] {
///     assert_eq!(spreadsheet_value(&spreadsheet_cell(v)), v);
/// }
/// ```
pub fn spreadsheet_value(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.trim_start_matches('\'').starts_with(FORMULA_STARTS) => rest,
        _ => cell,
    }
}

/// Gephi's CSV importer treats `\` as an escape character: double it.
pub fn gephi_cell(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains('\\') { s.replace('\\', "\\\\").into() } else { s.into() }
}

/// Whether XML 1.0 can carry `c` at all (even as a character reference).
fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Writes `s` escaped for XML character data (`attribute: false`) or a
/// double-quoted attribute value (`attribute: true`).
///
/// Markup characters become entities. In attributes, tab, line feed and
/// carriage return become character references so that XML attribute-value
/// normalisation does not turn them into spaces; in text only carriage
/// return does (parsers turn a literal CR into LF). Characters XML 1.0
/// cannot carry (most C0 controls, U+FFFE, U+FFFF) become U+FFFD.
pub fn write_xml(out: &mut dyn std::io::Write, s: &str, attribute: bool) -> std::io::Result<()> {
    let mut start = 0;
    for (i, c) in s.char_indices() {
        let rep: &str = match c {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '"' if attribute => "&quot;",
            '\r' => "&#13;",
            '\n' if attribute => "&#10;",
            '\t' if attribute => "&#9;",
            c if !xml_char(c) => "\u{FFFD}",
            _ => continue,
        };
        out.write_all(&s.as_bytes()[start..i])?;
        out.write_all(rep.as_bytes())?;
        start = i + c.len_utf8();
    }
    out.write_all(&s.as_bytes()[start..])
}

/// [`write_xml`] into a string, for tests and small values.
pub fn xml_string(s: &str, attribute: bool) -> String {
    let mut out = Vec::with_capacity(s.len());
    write_xml(&mut out, s, attribute).expect("writing to a Vec cannot fail");
    String::from_utf8(out).expect("escaping keeps UTF-8")
}

/// What XML can carry of `s`: `s` with the characters [`write_xml`] replaces by U+FFFD replaced.
pub fn xml_visible(s: &str) -> String {
    s.chars().map(|c| if xml_char(c) { c } else { '\u{FFFD}' }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Undoes [`dot_string`] the way Graphviz reads it.
    fn unescape(s: &str) -> String {
        unescape_backslashes(s).replace("&amp;", "&")
    }

    fn unescape_backslashes(s: &str) -> String {
        let mut out = String::new();
        let mut chars = s.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some('n') => out.push('\n'),
                    Some(other) => out.push(other),
                    None => out.push('\\'),
                }
            } else {
                out.push(c);
            }
        }
        out
    }

    /// Undoes [`dot_id`]: shows it loses nothing.
    fn decode_id(s: &str) -> String {
        let mut out = String::new();
        let mut chars = s.chars();
        while let Some(c) = chars.next() {
            if c != '\\' {
                out.push(c);
                continue;
            }
            match chars.next() {
                Some('n') => out.push('\n'),
                Some('r') => out.push('\r'),
                Some('u') => {
                    let hex: String = chars.by_ref().skip(1).take_while(|&c| c != '}').collect();
                    out.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
                }
                Some(other) => out.push(other),
                None => {}
            }
        }
        out.replace("&amp;", "&")
    }

    proptest! {
        #[test]
        fn dot_strings_round_trip(s in "\\PC*") {
            let e = dot_string(&s);
            // No unescaped quote can end the string early.
            let mut backslashes = 0;
            for c in e.chars() {
                if c == '"' { prop_assert!(backslashes % 2 == 1); }
                backslashes = if c == '\\' { backslashes + 1 } else { 0 };
            }
            let visible: String = s.chars().filter(|&c| c != '\r').map(|c| if c.is_control() && c != '\n' { ' ' } else { c }).collect();
            prop_assert_eq!(unescape(&e), visible);
        }

        #[test]
        fn dot_ids_are_one_to_one(s in "(\\PC|\\p{Cc}|\\\\|u|\\{|&amp;)*") {
            prop_assert_eq!(decode_id(&dot_id(&s)), s);
        }

        #[test]
        fn spreadsheet_cells_never_start_a_formula_and_round_trip(s in "('|=|-|\t|\r|\\PC)*") {
            let c = spreadsheet_cell(&s);
            prop_assert!(!c.starts_with(FORMULA_STARTS));
            prop_assert_eq!(spreadsheet_value(&c), s.as_str());
        }
    }

    /// Undoes [`write_xml`] the way an XML parser does.
    fn xml_unescape(s: &str) -> String {
        s.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#13;", "\r")
            .replace("&#10;", "\n")
            .replace("&#9;", "\t")
            .replace("&amp;", "&")
    }

    proptest! {
        #[test]
        fn xml_round_trips(s in "\\PC*|[\\x00-\\x7f]*") {
            for attribute in [false, true] {
                let e = xml_string(&s, attribute);
                prop_assert!(!e.contains('<') && !e.contains('>'));
                if attribute {
                    prop_assert!(!e.contains(['"', '\n', '\r', '\t']));
                }
                prop_assert!(e.chars().all(xml_char));
                prop_assert_eq!(xml_unescape(&e), xml_visible(&s));
            }
        }
    }

    #[test]
    fn examples() {
        assert_eq!(xml_string("a<b>&\"c\"\n\u{1}", true), "a&lt;b&gt;&amp;&quot;c&quot;&#10;\u{FFFD}");
        assert_eq!(xml_string("a\nb\r", false), "a\nb&#13;");
        assert_eq!(dot_string("say \"hi\"\\\n"), "say \\\"hi\\\"\\\\\\n");
        assert_eq!(dot_string("R&D &amp;"), "R&amp;D &amp;amp;");
        assert_eq!(dot_string("a\u{0}b\r"), "a b");
        assert_eq!(dot_id("a\u{0}b\r\\u{0}"), "a\\u{0}b\\r\\\\u{0}");
        assert_eq!(spreadsheet_cell("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(gephi_cell("a\\b"), "a\\\\b");
    }
}
