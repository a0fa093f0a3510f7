//! The JSON API for clinic systems and scripts: the recipes, a plan, a handout PDF and a batch
//! ZIP; every error is JSON with the command line's message, the field and a hint.

use std::sync::Arc;

use axum::Json;
use axum::body::Body;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::engine::{DocOptions, Layout};
use super::{App, Failure, MAX_PATIENTS_BYTES, MAX_PROFILE_BYTES, patient, read_body, work};
use crate::contract::Paper;

/// `GET /healthz`: the server is up and its clinic loaded.
pub async fn healthz(State(app): State<Arc<App>>) -> Response {
    Json(serde_json::json!({
        "status": "ok",
        "version": env!("CARGO_PKG_VERSION"),
        "recipes": app.engine.catalog().recipes().len(),
    }))
    .into_response()
}

/// `GET /api/recipes`: the listing of `gutjoint recipes --format json`.
pub async fn recipes(State(app): State<Arc<App>>) -> Response {
    Json(app.engine.recipes()).into_response()
}

/// The query of `/api/ingredients`.
#[derive(Deserialize)]
pub struct Words {
    /// What has been typed.
    #[serde(default)]
    q: String,
}

/// `GET /api/ingredients?q=WORDS`: ingredient names holding the words, for the form's
/// suggestions; those that start with them first.
pub async fn ingredients(State(app): State<Arc<App>>, Query(words): Query<Words>) -> Response {
    let q = words.q.trim().to_lowercase();
    let mut names: Vec<&str> = app
        .engine
        .catalog()
        .table()
        .names()
        .filter(|n| q.is_empty() || n.to_lowercase().contains(&q))
        .collect();
    names.sort_by_key(|n| (!n.to_lowercase().starts_with(&q), n.len(), n.to_string()));
    names.truncate(20);
    Json(names).into_response()
}

/// Says whether a request's body is declared as JSON (or not declared).
fn json_body(headers: &HeaderMap) -> Result<(), Failure> {
    match headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
    {
        None => Ok(()),
        Some(t) if t.starts_with("application/json") => Ok(()),
        Some(t) => Err(Failure::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            format!(
                "a profile is sent as JSON, not `{}`",
                crate::diag::shorten(t)
            ),
            Some("send `Content-Type: application/json` with the keys of profile.yaml"),
        )),
    }
}

/// Refuses a body declared larger than `limit` before reading it.
fn declared_size(headers: &HeaderMap, limit: usize) -> Result<(), Failure> {
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    match declared {
        Some(n) if n > limit as u64 => Err(Failure::too_large(limit)),
        _ => Ok(()),
    }
}

/// Reads and checks the profile of a JSON request.
async fn profile(
    app: &App,
    headers: &HeaderMap,
    body: Body,
) -> Result<crate::load::profile::Profile, Failure> {
    json_body(headers)?;
    declared_size(headers, MAX_PROFILE_BYTES)?;
    let bytes = read_body(body, MAX_PROFILE_BYTES).await?;
    patient::from_json(&app.engine, &bytes)
        .map(|(profile, _)| profile)
        .map_err(Failure::invalid)
}

/// `POST /api/plan`: a profile as JSON in, the plan of `gutjoint plan --format json` out.
pub async fn plan(State(app): State<Arc<App>>, headers: HeaderMap, body: Body) -> Response {
    let profile = match profile(&app, &headers, body).await {
        Ok(p) => p,
        Err(f) => return f.into_response(),
    };
    let shared = Arc::clone(&app);
    let planned = app
        .pool
        .run(move |_| shared.engine.plan(&profile, shared.today()))
        .await;
    match planned {
        Ok(Ok(json)) => Json(json).into_response(),
        Ok(Err(err)) => Failure::from(err).into_response(),
        Err(refused) => Failure::from(refused).into_response(),
    }
}

/// The query of `/api/handout`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HandoutQuery {
    /// `handout`, `week`, `book` or `cards`.
    layout: Option<String>,
    /// `a4` or `us-letter`.
    paper: Option<String>,
    /// `true` for large print.
    #[serde(rename = "large-print")]
    large_print: Option<bool>,
}

/// Reads the document options of a query, with the CLI's words for a bad value.
fn doc_options(query: &HandoutQuery) -> Result<DocOptions, Failure> {
    let bad = |key: &str, message: String, hint: &str| {
        let mut f = Failure::new(StatusCode::BAD_REQUEST, message, Some(hint));
        if let Some(p) = f.problems.first_mut() {
            p.field = Some(key.to_owned());
        }
        f
    };
    let layout = match query.layout.as_deref() {
        None | Some("") => Layout::Handout,
        Some(name) => Layout::parse(name).ok_or_else(|| {
            bad(
                "layout",
                format!("unknown layout `{}`", crate::diag::shorten(name)),
                "use one of handout, week, book, cards",
            )
        })?,
    };
    let paper = match query.paper.as_deref() {
        None | Some("") => None,
        Some(name) => Some(parse_paper(name).ok_or_else(|| {
            bad(
                "paper",
                format!("unknown paper `{}`", crate::diag::shorten(name)),
                "use a4 or us-letter",
            )
        })?),
    };
    Ok(DocOptions {
        layout,
        paper,
        large_print: query.large_print.unwrap_or(false),
        recipes_only: Vec::new(),
    })
}

/// Reads a paper size as `--paper` does.
pub fn parse_paper(name: &str) -> Option<Paper> {
    match name {
        "a4" => Some(Paper::A4),
        "us-letter" | "letter" => Some(Paper::UsLetter),
        _ => None,
    }
}

/// Sends a PDF as a download.
pub fn pdf_response(pdf: work::Pdf) -> Response {
    (
        [
            (header::CONTENT_TYPE, "application/pdf".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{}\"", pdf.file_name),
            ),
        ],
        pdf.bytes,
    )
        .into_response()
}

/// `POST /api/handout?layout=&paper=&large-print=`: a profile as JSON in, the PDF out.
pub async fn handout(
    State(app): State<Arc<App>>,
    query: Result<Query<HandoutQuery>, axum::extract::rejection::QueryRejection>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let options = match query {
        Ok(Query(q)) => doc_options(&q),
        Err(e) => Err(Failure::new(
            StatusCode::BAD_REQUEST,
            format!("the query is not understood ({})", e.body_text()),
            Some(
                "the query takes layout=handout|week|book|cards, paper=a4|us-letter and large-print=true",
            ),
        )),
    };
    let options = match options {
        Ok(o) => o,
        Err(f) => return f.into_response(),
    };
    let profile = match profile(&app, &headers, body).await {
        Ok(p) => p,
        Err(f) => return f.into_response(),
    };
    match work::pdf(&app, Some(profile), options).await {
        Ok(pdf) => pdf_response(pdf),
        Err(f) => f.into_response(),
    }
}

/// The query of `/api/batch`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BatchQuery {
    /// `csv` or `yaml`; else from the Content-Type.
    format: Option<String>,
}

/// `POST /api/batch`: a patients file (CSV or YAML) in, a ZIP of the handouts out, with
/// `problems.txt` in it listing any bad row with its line. A file with no good row is a 422.
pub async fn batch(
    State(app): State<Arc<App>>,
    query: Result<Query<BatchQuery>, axum::extract::rejection::QueryRejection>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    if let Err(f) = declared_size(&headers, MAX_PATIENTS_BYTES) {
        return f.into_response();
    }
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let csv = match query.as_ref().ok().and_then(|q| q.format.as_deref()) {
        Some("csv") => true,
        Some("yaml") => false,
        Some(other) => {
            return Failure::new(
                StatusCode::BAD_REQUEST,
                format!("unknown format `{}`", crate::diag::shorten(other)),
                Some("use format=csv or format=yaml"),
            )
            .into_response();
        }
        None => content_type.starts_with("text/csv"),
    };
    let bytes = match read_body(body, MAX_PATIENTS_BYTES).await {
        Ok(b) => b,
        Err(f) => return f.into_response(),
    };
    let source = if csv { "patients.csv" } else { "patients.yaml" };
    let (batch, good) = match work::open_batch(&app, source, &bytes) {
        Ok(b) => b,
        Err(f) => return f.into_response(),
    };
    if good.is_empty() {
        let problems = batch.rows().into_iter().flat_map(|r| r.problems).collect();
        return Failure::invalid(problems).into_response();
    }
    let batch = Arc::new(batch);
    work::run_batch(Arc::clone(&app), Arc::clone(&batch), good).await;
    zip_response(&batch)
}

/// Sends a batch's ZIP as a download.
pub fn zip_response(batch: &work::Batch) -> Response {
    match batch.zip() {
        Ok(bytes) => (
            [
                (header::CONTENT_TYPE, "application/zip"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"handouts.zip\"",
                ),
            ],
            bytes,
        )
            .into_response(),
        Err(f) => f.into_response(),
    }
}
