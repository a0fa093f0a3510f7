//! The ways a run can fail, each with its exit code.

use crate::diag::{Diagnostic, Sources};

/// Problems found in the user's files, with their text so they can be quoted.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Every problem found, in file order.
    pub diagnostics: Vec<Diagnostic>,
    /// The files the diagnostics point into.
    pub sources: Sources,
}

impl Report {
    /// A report of one problem that quotes no file.
    pub fn of(diagnostic: Diagnostic) -> Self {
        Self {
            diagnostics: vec![diagnostic],
            sources: Sources::default(),
        }
    }

    /// Writes the problems as the terminal shows them: each with its file, line and column, the
    /// line quoted and underlined where the file's text is known, and its hint; at most
    /// [`crate::diag::MAX_PRINTED`] of them, the rest counted.
    pub fn to_text(&self, color: bool) -> String {
        use codespan_reporting::term::termcolor::{Ansi, NoColor, WriteColor};
        let shown = &self.diagnostics[..self.diagnostics.len().min(crate::diag::MAX_PRINTED)];
        let write = |out: &mut dyn WriteColor| crate::diag::emit(out, &self.sources, shown);
        let mut text = if color {
            let mut out = Ansi::new(Vec::new());
            write(&mut out).map(|()| out.into_inner())
        } else {
            let mut out = NoColor::new(Vec::new());
            write(&mut out).map(|()| out.into_inner())
        }
        .map_or_else(
            |_| shown.iter().map(|d| format!("{}\n", d.short())).collect(),
            |bytes| String::from_utf8_lossy(&bytes).into_owned(),
        );
        let more = self.diagnostics.len() - shown.len();
        if more > 0 {
            text.push_str(&format!(
                "error: and {} more problems like those above\n",
                crate::diag::thousands(more)
            ));
        }
        text
    }

    /// Says whether any diagnostic stops the run.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// Adds another report's problems after these, and the texts they point into.
    pub fn append(&mut self, other: &Report) {
        self.diagnostics.extend(other.diagnostics.iter().cloned());
        for (path, text) in other.sources.files() {
            self.sources.add(path, text);
        }
    }
}

/// A value that passed its checks, with the warnings the checks found and the texts they point
/// into.
#[derive(Debug, Clone)]
pub struct Checked<T> {
    /// The checked value.
    pub value: T,
    /// Problems that did not stop it.
    pub warnings: Report,
}

/// Why a run failed.
pub enum Error {
    /// The user's files have problems (exit code 1).
    Input(Report),
    /// The command line asks for something that cannot be: a bad `SOURCE_DATE_EPOCH`, a
    /// `--recipes-only` id that is no recipe (exit code 2, as for a flag clap refuses).
    Usage(Report),
    /// A layout failed to compile: Typst's diagnostics, at their places in the layout files
    /// (exit code 1).
    Layout(Report),
    /// Reading or writing a file failed (exit code 3).
    Io(anyhow::Error),
}

impl Error {
    /// Returns the process exit code for this failure.
    pub fn exit_code(&self) -> u8 {
        match self {
            Self::Input(_) | Self::Layout(_) => 1,
            Self::Usage(_) => 2,
            Self::Io(_) => 3,
        }
    }
}

impl Error {
    /// Names `path` as the file of every problem that names none (a week that cannot be planned
    /// is a problem of the whole profile).
    #[must_use]
    pub fn in_file(self, path: &str) -> Self {
        match self {
            Self::Input(mut report) => {
                for d in report.diagnostics.iter_mut().filter(|d| d.path.is_empty()) {
                    d.path = path.to_owned();
                }
                Self::Input(report)
            }
            other => other,
        }
    }
}

impl From<Report> for Error {
    fn from(report: Report) -> Self {
        Self::Input(report)
    }
}

impl From<anyhow::Error> for Error {
    fn from(err: anyhow::Error) -> Self {
        Self::Io(err)
    }
}

impl std::fmt::Debug for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            Self::Input(report) => {
                let lines: Vec<String> = report.diagnostics.iter().map(Diagnostic::short).collect();
                write!(f, "Input({lines:?})")
            }
            Self::Usage(report) => {
                let lines: Vec<String> = report.diagnostics.iter().map(Diagnostic::short).collect();
                write!(f, "Usage({lines:?})")
            }
            Self::Layout(report) => {
                let lines: Vec<String> = report.diagnostics.iter().map(Diagnostic::short).collect();
                write!(f, "Layout({lines:?})")
            }
            Self::Io(err) => write!(f, "Io({err:#})"),
        }
    }
}
