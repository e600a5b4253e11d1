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

/// A spreadsheet-safe cell: a leading `=`, `+`, `-`, `@`, tab or CR is
/// prefixed with `'` so spreadsheets do not run it as a formula.
pub fn spreadsheet_cell(s: &str) -> std::borrow::Cow<'_, str> {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{s}").into(),
        _ => s.into(),
    }
}

/// Gephi's CSV importer treats `\` as an escape character: double it.
pub fn gephi_cell(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains('\\') { s.replace('\\', "\\\\").into() } else { s.into() }
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
        fn spreadsheet_cells_never_start_a_formula(s in ".*") {
            let c = spreadsheet_cell(&s);
            prop_assert!(!c.starts_with(['=', '+', '-', '@', '\t', '\r']));
        }
    }

    #[test]
    fn examples() {
        assert_eq!(dot_string("say \"hi\"\\\n"), "say \\\"hi\\\"\\\\\\n");
        assert_eq!(dot_string("R&D &amp;"), "R&amp;D &amp;amp;");
        assert_eq!(spreadsheet_cell("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(gephi_cell("a\\b"), "a\\\\b");
    }
}
