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
pub mod spans;

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
///
/// serde_yaml reads the file; `serde_path_to_error` says the path of the value a problem is
/// about (`pins[0].day`), and the position is that value's (or for an unknown key, that key's)
/// in the file, read by [`spans::Spans`]: exact, even for a value our own parser refused, which
/// serde_yaml alone places at the start of its mapping. A mistake in the YAML itself (a tab, a
/// missing colon) keeps the parser's own position.
pub fn yaml<T: DeserializeOwned>(path: &str, text: &str) -> Result<T, Diagnostic> {
    serde_path_to_error::deserialize(serde_yaml::Deserializer::from_str(text)).map_err(|err| {
        let at = err.path().to_string();
        let err = err.into_inner();
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
        // serde_yaml names some values by their path itself (`serves: …`); we name them by the
        // exact one.
        let bare = match full.split_once(": ") {
            Some((named, rest)) if !named.contains(' ') => rest,
            _ => full,
        };
        // A mistake in the YAML itself (a tab, a missing colon, a key twice) is about no value:
        // reading the text as any YAML at all fails there too.
        let syntax = serde_yaml::from_str::<serde_yaml::Value>(text)
            .err()
            .is_some_and(|plain| {
                plain.location().map(|l| l.index()) == err.location().map(|l| l.index())
            });
        let at = match at.as_str() {
            _ if syntax || at.contains('?') => "",
            "." => "",
            at => at,
        };
        // An unknown key's path ends in the key; the message names the mapping it is in.
        let unknown = unknown_key(bare);
        let within = match unknown {
            Some(key) if at == key => "",
            Some(key) => at.strip_suffix(&format!(".{key}")).unwrap_or(at),
            None => at,
        };
        let own = bare.split_once("\nhint: ");
        let (message, hint) = match own {
            // Our own parsers' messages say the fix; they are named by their path unless they
            // start with their key (`household must be …`).
            Some((message, hint)) => {
                let key = at.rsplit(['.', '[']).next().unwrap_or(at);
                let named = at.is_empty() || message.starts_with(&format!("{key} "));
                let message = match named {
                    true => message.to_owned(),
                    false => format!("{at}: {message}"),
                };
                (message, Some(hint.to_owned()))
            }
            None => explain(within, bare),
        };
        let spans = spans::Spans::of(text);
        let exact = match (unknown, bare.split('`').nth(1)) {
            _ if syntax => None,
            (Some(key), _) => spans.key(&spans::join(within, key)),
            _ if bare.starts_with("missing field") => (!at.is_empty()).then(|| spans.at(at)),
            // A value our own parser refused (`unit: tbs`) may be named by its container's
            // path; it is the value the message quotes, inside that container.
            (None, Some(quoted)) if own.is_some() && !quoted.is_empty() => {
                spans.value_within(at, quoted)
            }
            (None, _) => spans.value(at).filter(|_| !at.is_empty()),
        };
        if let Some(exact) = exact {
            (line, column) = exact;
        }
        let line_text = text.lines().nth(line.saturating_sub(1)).unwrap_or_default();
        let diag = Diagnostic::error(path, line, column, quote_one_line(&message, line_text));
        match hint {
            Some(hint) => diag.with_hint(hint),
            None => diag,
        }
    })
}

/// The key of an `unknown field `…`` message.
fn unknown_key(message: &str) -> Option<&str> {
    let rest = message.split("unknown field `").nth(1)?;
    rest.split('`').next()
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

/// Writes a string as a YAML scalar, quoted when it needs to be.
pub fn yaml_scalar(text: &str) -> String {
    serde_yaml::to_string(text)
        .map(|s| s.trim_end().to_owned())
        .unwrap_or_else(|_| format!("{text:?}"))
}

/// Turns a YAML library message about the value at `path` into our wording, with a hint that
/// says the fix.
fn explain(path: &str, rest: &str) -> (String, Option<String>) {
    let prefix = match path {
        "" => String::new(),
        path => format!("{path}: "),
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
    if let Some(said) = wrong_value(path, rest) {
        return said;
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

/// What the value at a key must be, for the keys whose type alone does not say it: their ranges
/// and units, as the README gives them. The last part of a value's path is looked up.
const MUST_BE: &[(&str, &str)] = &[
    ("household", "a whole number from 1 to 8"),
    ("seed", "a whole number, 0 or more"),
    ("age", "a whole number of years from 18 to 120"),
    ("weight-kg", "a number of kg from 25 to 300"),
    (
        "energy-kcal",
        "a whole number of kcal a day from 800 to 5000",
    ),
    ("protein-g", "a number of grams a day from 20 to 300"),
    ("max-prep", "a whole number of minutes"),
    ("max-daily-prep", "a whole number of minutes from 10 to 600"),
    ("day", "a day from 1 to 7"),
    ("serves", "a whole number of servings, 1 or more"),
    ("prep", "a whole number of minutes"),
    ("cook", "a whole number of minutes"),
    ("chill", "a whole number of minutes"),
    (
        "qty",
        "a number, a fraction such as `1/2`, or a range such as `2-3`",
    ),
    ("usda", "a USDA number in quotes, such as \"09040\""),
];

/// Says that the value at `key` is wrong in the one way every such message is worded:
/// `household must be a whole number from 1 to 8, not 9`. `label` names the value as the user
/// knows it (`pin day`); the last part of `key` finds the words for what it must be.
pub fn must_be(label: &str, key: &str, value: impl std::fmt::Display) -> String {
    let last = key.rsplit(['.', '[']).next().unwrap_or(key);
    let words = MUST_BE
        .iter()
        .find(|(k, _)| *k == last)
        .map_or("in range", |(_, words)| words);
    format!("{label} must be {words}, not {value}")
}

/// Rewrites serde's `invalid type: integer `-4`, expected u64` as `household must be a whole
/// number from 1 to 8, not -4`, naming the key by its path, with a hint.
fn wrong_value(path: &str, rest: &str) -> Option<(String, Option<String>)> {
    let rest = rest
        .strip_prefix("invalid type: ")
        .or_else(|| rest.strip_prefix("invalid value: "))?;
    let (found, expected) = rest.rsplit_once(", expected ")?;
    let last = path.rsplit(['.', '[']).next().unwrap_or(path);
    let must_be = MUST_BE
        .iter()
        .find(|(key, _)| *key == last)
        .map_or_else(|| type_words(expected), |(_, words)| (*words).to_owned());
    // `integer `-4``, `floating point `1.5``, `string "two"`: the value as written.
    let found = match (found.find('`'), found.find('"')) {
        (Some(at), _) => found[at..].trim_matches('`').to_owned(),
        (None, Some(at)) => found[at..].to_owned(),
        _ => match found {
            "sequence" => "a list".to_owned(),
            "map" => "a set of keys".to_owned(),
            "unit value" => "empty".to_owned(),
            other => type_words(other),
        },
    };
    let what = if path.is_empty() {
        "the file".to_owned()
    } else {
        path.to_owned()
    };
    let example = match MUST_BE.iter().find(|(key, _)| *key == last) {
        Some(_) if !path.is_empty() => format!("write `{last}:` followed by {must_be}"),
        _ => "check this value against the format in the README".to_owned(),
    };
    Some((
        format!("{what} must be {must_be}, not {found}"),
        Some(example),
    ))
}

/// Says in words what serde names by its Rust type: `u64` is "a whole number, 0 or more".
fn type_words(serde: &str) -> String {
    let serde = serde.trim();
    let words = match serde {
        "u8" | "u16" | "u32" | "u64" | "usize" => "a whole number, 0 or more",
        "i8" | "i16" | "i32" | "i64" | "isize" | "integer" => "a whole number",
        "a nonzero u32" | "a nonzero u64" | "a nonzero u8" => "a whole number, 1 or more",
        "f32" | "f64" | "floating point" => "a number",
        "a boolean" | "boolean" => "true or false",
        "a string" | "string" | "a borrowed string" | "char" | "a character" => "text",
        "a sequence" | "sequence" => "a list (`[a, b]`, or lines starting `- `)",
        "a map" | "map" => "a set of `key: value` lines",
        "unit value" | "null" => "empty",
        _ if serde.starts_with("struct ") => "a set of `key: value` lines",
        _ if serde.starts_with("a sequence") => "a list",
        _ => serde,
    };
    words.to_owned()
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
    fn positions_are_the_values_named_by_the_path() {
        #[derive(Debug, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct Line {
            item: String,
            unit: Option<crate::recipe::Unit>,
        }
        #[derive(Debug, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct Doc {
            a: u8,
            list: Vec<Line>,
        }
        // `tbs` is in the comment and the first item before the value that is wrong.
        let text = "# tbs\na: 1\nlist:\n  - { item: tbs }\n  - { item: oil, unit: tbs }\n";
        let err = yaml::<Doc>("f", text).unwrap_err();
        assert!(err.message.contains("unknown unit `tbs`"), "{err:?}");
        assert_eq!((err.line, err.column), (5, 24));
        let err = yaml::<Doc>("f", "a: 1\nlist:\n  - item: oil\n    colour: red\n").unwrap_err();
        assert!(err.message.contains("unknown key `colour`"), "{err:?}");
        assert_eq!((err.line, err.column), (4, 5));
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
    fn serde_words_become_ours() {
        #[derive(Debug, serde::Deserialize)]
        #[serde(rename_all = "kebab-case")]
        struct Doc {
            #[allow(dead_code)]
            household: Option<u8>,
            #[allow(dead_code)]
            list: Option<Vec<String>>,
            #[allow(dead_code)]
            flag: Option<bool>,
        }
        let err = yaml::<Doc>("f", "household: -4\n").unwrap_err();
        assert_eq!(
            err.message,
            "household must be a whole number from 1 to 8, not -4"
        );
        assert_eq!((err.line, err.column), (1, 12));
        let err = yaml::<Doc>("f", "list: oats\n").unwrap_err();
        assert!(err.message.starts_with("list must be a list"), "{err:?}");
        assert!(err.message.ends_with("not \"oats\""), "{err:?}");
        let err = yaml::<Doc>("f", "flag: [1]\n").unwrap_err();
        assert_eq!(err.message, "flag must be true or false, not a list");
        let err = yaml::<Doc>("f", "- a\n").unwrap_err();
        assert!(
            err.message
                .starts_with("the file must be a set of `key: value` lines"),
            "{err:?}"
        );
        for err in [
            yaml::<Doc>("f", "household: -4\n").unwrap_err(),
            yaml::<Doc>("f", "flag: 3\n").unwrap_err(),
        ] {
            assert!(!err.message.contains("invalid type"), "{err:?}");
            assert!(!err.message.contains("expected"), "{err:?}");
        }
    }

    #[test]
    fn invalid_utf8_is_located() {
        let err = text("f.yaml", b"a: 1\nb: \xFF\n").unwrap_err();
        assert_eq!((err.line, err.column), (2, 4));
    }
}
