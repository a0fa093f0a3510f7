//! What goes wrong in a request, in the command line's words, with the field it is about: the
//! JSON error of the API and the message beside a form's field. A profile sent as JSON or a form
//! is checked exactly as a `profile.yaml` is, so the messages and hints are the CLI's own.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::diag::Diagnostic;
use crate::error::Error;

/// One problem, with the profile key it is about when there is one.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Problem {
    /// The field's path, such as `diet` or `avoid-ingredients[1]`; `None` for the whole request.
    pub field: Option<String>,
    /// One lowercase line saying what is wrong.
    pub message: String,
    /// How to fix it.
    pub hint: Option<String>,
    /// For a patients file, the line of the row (1-based).
    pub line: Option<usize>,
}

/// A failed request: its status, a one-line summary and the problems.
#[derive(Debug, Serialize)]
pub struct Failure {
    /// The HTTP status code.
    pub status: u16,
    /// One line saying what failed.
    pub error: String,
    /// Every problem found.
    pub problems: Vec<Problem>,
}

impl Failure {
    /// A failure with one problem that concerns the whole request.
    pub fn new(status: StatusCode, message: impl Into<String>, hint: Option<&str>) -> Self {
        let message = message.into();
        Self {
            status: status.as_u16(),
            error: message.clone(),
            problems: vec![Problem {
                field: None,
                message,
                hint: hint.map(str::to_owned),
                line: None,
            }],
        }
    }

    /// A request body larger than the route allows.
    pub fn too_large(limit: usize) -> Self {
        Self::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!(
                "the request is larger than {}",
                crate::load::input::size_in_words(limit as u64)
            ),
            Some("send one profile (or one patients file) at a time"),
        )
    }

    /// Problems in a profile or a patients file: 422, each with its field.
    pub fn invalid(problems: Vec<Problem>) -> Self {
        let count = problems.len();
        Self {
            status: StatusCode::UNPROCESSABLE_ENTITY.as_u16(),
            error: format!(
                "found {count} problem{} in the request",
                if count == 1 { "" } else { "s" }
            ),
            problems,
        }
    }

    /// The status as a code.
    pub fn status(&self) -> StatusCode {
        StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }
}

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        (self.status(), axum::Json(&self)).into_response()
    }
}

impl From<Error> for Failure {
    fn from(err: Error) -> Self {
        match err {
            Error::Usage(report) => {
                let mut f = Self::invalid(errors_of(&report));
                f.status = StatusCode::BAD_REQUEST.as_u16();
                f
            }
            Error::Input(report) => Self::invalid(errors_of(&report)),
            // The layouts' own messages, with the file and line in the layout they point at.
            Error::Layout(report) => Self {
                status: StatusCode::UNPROCESSABLE_ENTITY.as_u16(),
                error: "the layout failed".to_owned(),
                problems: (report.diagnostics.iter())
                    .filter(|d| d.is_error())
                    .map(|d| Problem {
                        field: None,
                        message: match d.line {
                            0 => d.message.clone(),
                            line => format!("{}:{line}:{}: {}", d.path, d.column, d.message),
                        },
                        hint: d.hint.clone(),
                        line: None,
                    })
                    .collect(),
            },
            Error::Io(err) => {
                Self::new(StatusCode::INTERNAL_SERVER_ERROR, format!("{err:#}"), None)
            }
        }
    }
}

/// The errors of a report as problems of the whole request.
fn errors_of(report: &crate::error::Report) -> Vec<Problem> {
    report
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| Problem {
            field: None,
            message: d.message.clone(),
            hint: d.hint.clone(),
            line: None,
        })
        .collect()
}

impl From<super::pool::Refused> for Failure {
    fn from(refused: super::pool::Refused) -> Self {
        use super::pool::Refused;
        match refused {
            Refused::Busy => Self::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "the server is busy making other documents",
                Some("try again in a few seconds"),
            ),
            Refused::Late(deadline) => Self::new(
                StatusCode::SERVICE_UNAVAILABLE,
                format!(
                    "the document took longer than {} s, so it was given up",
                    deadline.as_secs()
                ),
                Some(
                    "try again; if it happens again, the clinic's own layouts or sections may loop",
                ),
            ),
            Refused::Crashed => Self::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "the layout engine crashed; this is a bug in gutjoint",
                None,
            ),
        }
    }
}

/// Turns the diagnostics of a profile written as `yaml` into problems naming the value each
/// points at, by its path (`avoid-ingredients[1]` for the second item of that list).
pub fn problems(diagnostics: &[Diagnostic], yaml: &str) -> Vec<Problem> {
    let spans = crate::load::spans::Spans::of(yaml);
    diagnostics
        .iter()
        .map(|d| Problem {
            field: spans.path_at((d.line, d.column)).map(str::to_owned),
            message: d.message.clone(),
            hint: d.hint.clone(),
            line: None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_problem_is_named_by_the_value_it_points_at() {
        let yaml = "avoid-ingredients:\n- tahini\n- sesam\ndiet: vegan\nname: Ana\n";
        let at = |line, column| Diagnostic::error("p", line, column, "m");
        let fields: Vec<Option<String>> = problems(&[at(3, 3), at(1, 1), at(4, 7), at(0, 0)], yaml)
            .into_iter()
            .map(|p| p.field)
            .collect();
        assert_eq!(
            fields,
            [
                Some("avoid-ingredients[1]".to_owned()),
                Some("avoid-ingredients".to_owned()),
                Some("diet".to_owned()),
                None
            ]
        );
    }
}
