//! Reading user files: bytes to text, and YAML text to typed values with located diagnostics.
//!
//! This is the only module that knows which YAML library we use, so it can be replaced here alone.

pub mod catalog;
pub mod clinic;
pub mod foods;
pub mod ingredients;
pub mod input;
pub mod patients;
pub mod profile;

use serde::de::DeserializeOwned;

use crate::diag::Diagnostic;

/// The largest YAML file gutjoint reads: far above any real recipe, profile or table.
pub const MAX_FILE_BYTES: usize = 1024 * 1024;

/// Decodes a file's bytes as UTF-8 text, dropping a byte-order mark and normalising CRLF endings.
pub fn text(path: &str, bytes: &[u8]) -> Result<String, Diagnostic> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Diagnostic::error(
            path,
            0,
            0,
            format!("file is larger than 1 MiB ({} bytes)", bytes.len()),
        )
        .with_hint(
            "a recipe, profile or table this large is a mistake; check you chose the right file",
        ));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.replace("\r\n", "\n")),
        Err(err) => {
            let good = &bytes[..err.valid_up_to()];
            let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
            let column = good.rsplit(|&b| b == b'\n').next().map_or(0, |l| l.len()) + 1;
            Err(
                Diagnostic::error(path, line, column, "file is not valid UTF-8 text")
                    .with_hint("save the file as UTF-8 in your editor"),
            )
        }
    }
}

/// Parses YAML text into a typed value; a problem becomes a diagnostic at its line and column.
pub fn yaml<T: DeserializeOwned>(path: &str, text: &str) -> Result<T, Diagnostic> {
    serde_yaml::from_str(text).map_err(|err| {
        let (mut line, mut column) = err.location().map_or((0, 0), |l| (l.line(), l.column()));
        let full = err.to_string();
        // A key without its colon is noticed on the next line; point at the key's own line.
        if let Some(context) = full.split(", while scanning a simple key at line ").nth(1) {
            let mut numbers = context.split(" column ").map(|n| n.trim().parse::<usize>());
            if let (Some(Ok(l)), Some(Ok(c))) = (numbers.next(), numbers.next()) {
                (line, column) = (l, c);
            }
        }
        // The library appends the position to its message; we print the position ourselves.
        let full = full.split(" at line ").next().unwrap_or(&full);
        let (message, hint) = match full.split_once("\nhint: ") {
            Some((message, hint)) => (message.to_owned(), Some(hint.to_owned())),
            None => explain(full),
        };
        if let Some((l, c)) = refine(text, line, column, &message) {
            (line, column) = (l, c);
        }
        let line_text = text.lines().nth(line.saturating_sub(1)).unwrap_or_default();
        let diag = Diagnostic::error(path, line, column, quote_one_line(&message, line_text));
        match hint {
            Some(hint) => diag.with_hint(hint),
            None => diag,
        }
    })
}

/// Cuts a string the YAML library quotes in a message (`invalid type: string "..."`) to what the
/// line it points at holds (a plain scalar may run on over many lines, which the library folds
/// into one) and to 60 characters, so a message never quotes more than the line it points at.
fn quote_one_line(message: &str, line_text: &str) -> String {
    let Some(start) = message.find('"') else {
        return message.to_owned();
    };
    let Some(len) = message[start + 1..].rfind('"') else {
        return message.to_owned();
    };
    let quoted = &message[start + 1..start + 1 + len];
    let limit = line_text.trim().chars().count().min(60);
    let end = quoted.find("\\n").unwrap_or(quoted.len());
    let end = quoted[..end]
        .char_indices()
        .nth(limit)
        .map_or(end, |(i, _)| i);
    if end == quoted.len() {
        return message.to_owned();
    }
    format!(
        "{}\"{}…\"{}",
        &message[..start],
        &quoted[..end],
        &message[start + 2 + len..]
    )
}

/// Moves a position reported at the start of a mapping onto the value the message quotes in
/// backticks, when that value appears within the next few lines: `unit: tbs` rather than `{`.
fn refine(text: &str, line: usize, column: usize, message: &str) -> Option<(usize, usize)> {
    let quoted = message.split('`').nth(1).filter(|q| !q.is_empty())?;
    for (i, text_line) in text.lines().enumerate().skip(line.checked_sub(1)?).take(20) {
        let from = if i + 1 == line {
            column.saturating_sub(1).min(text_line.len())
        } else {
            0
        };
        let rest = text_line.get(from..)?;
        let found = rest.match_indices(quoted).find(|(at, _)| {
            let before = rest[..*at].chars().next_back();
            let after = rest[at + quoted.len()..].chars().next();
            let boundary =
                |c: Option<char>| c.is_none_or(|c| !(c.is_alphanumeric() || c == '_' || c == '-'));
            boundary(before) && boundary(after)
        });
        if let Some((at, _)) = found {
            let byte = from + at;
            return Some((i + 1, text_line[..byte].chars().count() + 1));
        }
    }
    None
}

/// Writes a string as a YAML scalar, quoted when it needs to be.
pub fn yaml_scalar(text: &str) -> String {
    serde_yaml::to_string(text)
        .map(|s| s.trim_end().to_owned())
        .unwrap_or_else(|_| format!("{text:?}"))
}

/// Turns a YAML library message into our wording, with a hint that says the fix.
fn explain(message: &str) -> (String, Option<String>) {
    let (prefix, rest) = match message.split_once(": ") {
        Some((path, rest)) if !path.contains(' ') => (format!("{path}: "), rest),
        _ => (String::new(), message),
    };
    if let Some(rest) = rest.strip_prefix("unknown field `") {
        let (field, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let known: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
        let hint = match crate::diag::did_you_mean(field, known.iter().copied()) {
            Some(near) => format!(
                "did you mean `{near}`? the keys allowed here are {}",
                known.join(", ")
            ),
            None if known.is_empty() => "remove it".to_owned(),
            None => format!("remove it, or use one of {}", known.join(", ")),
        };
        return (format!("{prefix}unknown key `{field}`"), Some(hint));
    }
    if let Some(rest) = rest.strip_prefix("missing field `") {
        let field = rest.trim_end_matches('`');
        return (
            format!("{prefix}missing key `{field}`"),
            Some(format!(
                "add `{field}:` here; the README shows the format with an example"
            )),
        );
    }
    if rest.starts_with("invalid type") || rest.starts_with("invalid value") {
        return (
            format!("{prefix}{rest}"),
            Some("check this value against the format in the README".to_owned()),
        );
    }
    if rest.starts_with("could not find expected ':'") {
        return (
            format!("{prefix}this line has no `:` after its key"),
            Some("write `key: value`, with a colon and a space".to_owned()),
        );
    }
    if rest.contains("recursion limit") || rest.contains("repetition limit") {
        return (
            format!("{prefix}{rest}"),
            Some(
                "the file nests too deeply or expands too many aliases; write it out plainly"
                    .to_owned(),
            ),
        );
    }
    if rest.contains("cannot start any token") {
        return (
            format!("{prefix}{rest}"),
            Some("YAML indents with spaces, not tabs; replace the tabs with spaces".to_owned()),
        );
    }
    if rest.contains("duplicate") {
        return (
            format!("{prefix}{rest}"),
            Some("remove one of the two entries".to_owned()),
        );
    }
    (
        format!("{prefix}{rest}"),
        Some("this is not valid YAML: check the indentation, that list items start with `- `, and put text containing `: ` or ` #` in quotes".to_owned()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_and_crlf_are_accepted() {
        assert_eq!(
            text("f", b"\xEF\xBB\xBFa: 1\r\nb: 2\r\n").unwrap(),
            "a: 1\nb: 2\n"
        );
    }

    #[test]
    fn positions_move_onto_the_quoted_value() {
        let text = "a: 1\nlist:\n  - { item: tbsp, unit: tbs }\n";
        assert_eq!(refine(text, 3, 5, "unknown unit `tbs`"), Some((3, 25)));
        assert_eq!(refine(text, 3, 5, "unknown unit `zzz`"), None);
    }

    #[test]
    fn quoted_values_stop_at_the_end_of_their_line() {
        let err = yaml::<std::collections::BTreeMap<String, String>>(
            "f",
            "root:x:0:0:root\ndaemon:x:1:1\n",
        )
        .unwrap_err();
        assert!(err.message.contains("\"root:x:0:0:root…\""), "{err:?}");
        assert!(!err.message.contains("daemon"), "{err:?}");
    }

    #[test]
    fn invalid_utf8_is_located() {
        let err = text("f.yaml", b"a: 1\nb: \xFF\n").unwrap_err();
        assert_eq!((err.line, err.column), (2, 4));
    }
}
