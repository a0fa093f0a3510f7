//! One diagnostic type for problems in a user's files, and one printer for all of them.

use std::ops::Range;

use codespan_reporting::diagnostic::{Diagnostic as Report, Label};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{self, termcolor::WriteColor};

/// How bad a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Stops the run: exit code 1.
    Error,
    /// Printed, but the run goes on.
    Warning,
}

/// A problem in a user's file, located by line and column (both 1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// How bad it is.
    pub severity: Severity,
    /// The file as the user should see it (relative to where they ran the tool when possible).
    pub path: String,
    /// The 1-based line, or 0 when the problem concerns the whole file.
    pub line: usize,
    /// The 1-based column, or 0 when unknown.
    pub column: usize,
    /// One lowercase line saying what failed and why.
    pub message: String,
    /// What to do about it.
    pub hint: Option<String>,
}

impl Diagnostic {
    /// Creates an error at a position in a file.
    pub fn error(
        path: impl Into<String>,
        line: usize,
        column: usize,
        message: impl Into<String>,
    ) -> Self {
        Self {
            severity: Severity::Error,
            path: path.into(),
            line,
            column,
            message: crate::check::printed::for_terminal(&one_line(
                &message.into(),
                MAX_MESSAGE_CHARS,
            ))
            .into_owned(),
            hint: None,
        }
    }

    /// Makes the problem a warning: printed, but the run goes on.
    #[must_use]
    pub fn warning(mut self) -> Self {
        self.severity = Severity::Warning;
        self
    }

    /// Adds a hint that says how to fix the problem.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(one_line(&hint.into(), MAX_MESSAGE_CHARS * 2));
        self
    }

    /// Says whether this diagnostic stops the run.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// Formats the diagnostic as the single line `path:line:col: message`, as editors expect.
    pub fn short(&self) -> String {
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        if self.path.is_empty() {
            format!("{kind}: {}", self.message)
        } else if self.line == 0 {
            format!("{}: {kind}: {}", self.path, self.message)
        } else {
            format!(
                "{}:{}:{}: {kind}: {}",
                self.path, self.line, self.column, self.message
            )
        }
    }
}

/// Whole files that diagnostics point into, so the printer can quote the offending line.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    files: Vec<(String, String)>,
}

impl Sources {
    /// Remembers the text of a file under the name diagnostics use for it.
    pub fn add(&mut self, path: &str, text: &str) {
        if !self.files.iter().any(|(p, _)| p == path) {
            // The quoted lines go to a terminal: no escape codes from the file reach it.
            let text = crate::check::printed::for_terminal(text).into_owned();
            self.files.push((path.to_owned(), text));
        }
    }

    /// Returns every remembered file as (name, text).
    pub fn files(&self) -> impl Iterator<Item = (&str, &str)> {
        self.files.iter().map(|(p, t)| (p.as_str(), t.as_str()))
    }

    fn text(&self, path: &str) -> Option<&str> {
        self.files
            .iter()
            .find(|(p, _)| p == path)
            .map(|(_, t)| t.as_str())
    }
}

/// Prints diagnostics in the style of Typst's own (file, line, the source line underlined, hint).
pub fn emit(
    out: &mut dyn WriteColor,
    sources: &Sources,
    diagnostics: &[Diagnostic],
) -> std::io::Result<()> {
    let config = term::Config::default();
    for diag in diagnostics {
        let mut files = SimpleFiles::new();
        let report = match diag.severity {
            Severity::Error => Report::error(),
            Severity::Warning => Report::warning(),
        }
        .with_message(&diag.message)
        .with_notes(diag.hint.iter().map(|h| format!("hint: {h}")).collect());
        let report = match sources
            .text(&diag.path)
            .and_then(|t| span(t, diag.line, diag.column).map(|r| (t, r)))
        {
            Some((text, range)) => {
                let id = files.add(diag.path.as_str(), text);
                report.with_labels(vec![Label::primary(id, range)])
            }
            None => {
                // Nothing to quote: still name the file (and line) so the user knows where to look.
                writeln!(out, "{}", diag.short())?;
                if let Some(hint) = &diag.hint {
                    writeln!(out, "  = hint: {hint}")?;
                }
                continue;
            }
        };
        term::emit(out, &config, &files, &report).map_err(std::io::Error::other)?;
    }
    Ok(())
}

/// Finds the byte range of the token that starts at a 1-based line and column.
fn span(text: &str, line: usize, column: usize) -> Option<Range<usize>> {
    if line == 0 {
        return None;
    }
    let start_of_line = text
        .split_inclusive('\n')
        .take(line - 1)
        .map(str::len)
        .sum::<usize>();
    let line_text = text[start_of_line..].split('\n').next()?;
    let line_text = line_text.trim_end_matches('\r');
    let offset = line_text
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(line_text.len(), |(i, _)| i);
    let rest = &line_text[offset..];
    let len = rest
        .find(|c: char| c.is_whitespace() || matches!(c, ',' | '}' | ']'))
        .unwrap_or(rest.len())
        .max(usize::from(!rest.is_empty()));
    Some(start_of_line + offset..start_of_line + offset + len)
}

/// Writes text to standard error as it is. A closed or full standard error must not end the run
/// (a batch goes on writing handouts), so a failure to write is ignored.
pub fn to_stderr(text: &str) {
    use std::io::Write;
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

/// The most diagnostics printed for one run; the rest are counted.
pub const MAX_PRINTED: usize = 50;

/// Writes a count with thousands separators: `19,990`.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The most characters of a message: a message quotes at most a line of the file it is about,
/// never the whole file (a link to `/etc/passwd` named as a recipe must not print it).
pub const MAX_MESSAGE_CHARS: usize = 240;

/// The most characters of a value quoted inside a message.
const MAX_QUOTED_CHARS: usize = 60;

/// Cuts a text at its first line break and at `max` characters, marking the cut with `…`.
fn one_line(text: &str, max: usize) -> String {
    let first = text.split('\n').next().unwrap_or_default();
    let cut = first.char_indices().nth(max).map(|(i, _)| i);
    match cut {
        Some(at) => format!("{}…", &first[..at]),
        None if first.len() < text.len() => format!("{first}…"),
        None => first.to_owned(),
    }
}

/// Shortens a value the user wrote for quoting in a message: its first line, 60 characters at
/// most, control characters shown as `?`.
pub fn shorten(value: &str) -> String {
    let cleaned: String = value
        .chars()
        .map(|c| if c.is_control() && c != '\n' { '?' } else { c })
        .collect();
    one_line(&cleaned, MAX_QUOTED_CHARS)
}

/// Suggests the candidate closest to a misspelt word, if one is close enough to be a likely typo
/// (Jaro-Winkler similarity of 0.85 or more, which favours a shared beginning: `servings` for
/// `serves`, `tbs` for `tbsp`).
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let word = word.to_lowercase();
    candidates
        .into_iter()
        .filter(|c| *c != word)
        .map(|c| (strsim::jaro_winkler(&word, c), c))
        .filter(|&(score, _)| score >= 0.85)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_stay_on_one_line() {
        let d = Diagnostic::error("f", 1, 1, "bad `a\nb`");
        assert_eq!(d.message, "bad `a…");
        let long = "x".repeat(1000);
        assert_eq!(
            Diagnostic::error("f", 1, 1, long).message.chars().count(),
            MAX_MESSAGE_CHARS + 1
        );
        assert_eq!(shorten("a\u{1b}[31mb"), "a?[31mb");
    }

    #[test]
    fn span_covers_the_token_at_the_column() {
        let text = "title: x\nunit: tbs\n";
        assert_eq!(span(text, 2, 7), Some(15..18));
        assert_eq!(&text[15..18], "tbs");
    }

    #[test]
    fn suggestions_catch_typos_but_not_strangers() {
        assert_eq!(did_you_mean("tbs", ["tsp", "tbsp", "cup"]), Some("tbsp"));
        assert_eq!(
            did_you_mean("brekfast", ["breakfast", "lunch"]),
            Some("breakfast")
        );
        assert_eq!(did_you_mean("zzzzzz", ["breakfast", "lunch"]), None);
        assert_eq!(
            did_you_mean("servings", ["title", "serves", "steps"]),
            Some("serves")
        );
    }
}
