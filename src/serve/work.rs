//! The work behind the routes: a PDF or a preview for one profile, and a batch of patients,
//! each planned and rendered on the pool's warm renderers, in memory.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use axum::http::StatusCode;
use serde::Serialize;

use super::engine::DocOptions;
use super::{App, Failure, Problem};
use crate::load::profile::Profile;

/// A finished PDF and the name to save it under.
pub struct Pdf {
    /// The file's bytes.
    pub bytes: Vec<u8>,
    /// A file name from the patient's name and the layout, such as `handout-ana-example.pdf`.
    pub file_name: String,
}

/// The name to save a document under.
pub fn file_name(profile: Option<&Profile>, options: &DocOptions) -> String {
    let layout = options.layout.name();
    match profile.and_then(|p| p.name.as_deref()) {
        Some(name) if name.chars().any(|c| c.is_ascii_alphanumeric()) => {
            format!("{layout}-{}.pdf", crate::ids::slug(name))
        }
        _ => format!("{layout}.pdf"),
    }
}

/// Plans, assembles and renders one PDF.
pub async fn pdf(
    app: &Arc<App>,
    profile: Option<Profile>,
    options: DocOptions,
) -> Result<Pdf, Failure> {
    let file_name = file_name(profile.as_ref(), &options);
    let rendered = on_pool(app, profile, options, |renderer, document| {
        renderer.render(document.data, &document.options)
    })
    .await?;
    Ok(Pdf {
        bytes: rendered.pdf,
        file_name,
    })
}

/// Plans and assembles a document and hands it to `work` on a render thread, with that
/// thread's warm renderer.
async fn on_pool<T: Send + 'static>(
    app: &Arc<App>,
    profile: Option<Profile>,
    options: DocOptions,
    work: impl FnOnce(
        &mut crate::render::Renderer,
        super::engine::Document,
    ) -> Result<T, crate::error::Error>
    + Send
    + 'static,
) -> Result<T, Failure> {
    let shared = Arc::clone(app);
    let done = app
        .pool
        .run(move |renderer| {
            let document = shared
                .engine
                .document(profile.as_ref(), &options, shared.today())?;
            work(renderer, document)
        })
        .await??;
    Ok(done)
}

/// A preview kept for its page images.
#[derive(Serialize)]
pub struct Preview {
    /// Its id, for `/preview/ID/PAGE`.
    pub id: String,
    /// How many pages it has.
    pub pages: usize,
    /// The page each recipe starts on, by id.
    pub recipe_pages: std::collections::HashMap<String, usize>,
    /// What the profile's check warns about, each with its field.
    pub warnings: Vec<Problem>,
}

/// Plans, assembles and lays out a document without making its PDF, and keeps its pages for
/// their images.
pub async fn preview(
    app: &Arc<App>,
    profile: Option<Profile>,
    options: DocOptions,
) -> Result<Preview, Failure> {
    let typeset = on_pool(app, profile, options, |renderer, document| {
        renderer.typeset(document.data, &document.options)
    })
    .await?;
    let pages = typeset.pages();
    let recipe_pages = typeset.recipe_pages();
    let (id, _) = app.previews.insert(typeset);
    Ok(Preview {
        id,
        pages,
        recipe_pages,
        warnings: Vec::new(),
    })
}

/// Where one row of a batch is.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum RowState {
    /// Not started.
    Waiting,
    /// Its handout is in the ZIP.
    Done,
    /// It has problems; no handout.
    Failed,
}

/// One row of a batch, as the progress page shows it.
#[derive(Debug, Clone, Serialize)]
pub struct BatchRow {
    /// The line the row starts on.
    pub line: usize,
    /// The patient's name, when the row gives one.
    pub name: Option<String>,
    /// The PDF's name in the ZIP.
    pub file: Option<String>,
    /// Where it is.
    pub state: RowState,
    /// What is wrong with it.
    pub problems: Vec<Problem>,
}

/// A batch being made: its rows and the finished handouts, in memory.
pub struct Batch {
    /// The uploaded file's name.
    pub source: String,
    /// The rows.
    pub rows: Mutex<Vec<BatchRow>>,
    /// The finished handouts: (file name, PDF).
    pub files: Mutex<Vec<(String, Vec<u8>)>>,
    /// Whether every row has been tried.
    pub finished: AtomicBool,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Batch {
    /// The rows as they are now.
    pub fn rows(&self) -> Vec<BatchRow> {
        lock(&self.rows).clone()
    }

    /// Says whether every row has been tried.
    pub fn is_finished(&self) -> bool {
        self.finished.load(Ordering::SeqCst)
    }

    /// The ZIP of the finished handouts, with `problems.txt` listing the rows that had problems.
    pub fn zip(&self) -> Result<Vec<u8>, Failure> {
        let files = lock(&self.files);
        let mut problems = String::new();
        for row in self.rows().iter().filter(|r| r.state == RowState::Failed) {
            for p in &row.problems {
                problems.push_str(&format!(
                    "{}:{}: error: {}\n",
                    self.source, row.line, p.message
                ));
                if let Some(hint) = &p.hint {
                    problems.push_str(&format!("  = hint: {hint}\n"));
                }
            }
        }
        let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let stored = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        let failed = |e: &dyn std::fmt::Display| {
            Failure::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                format!("failed to make the ZIP ({e})"),
                None,
            )
        };
        for (name, pdf) in files.iter() {
            out.start_file(name.as_str(), stored)
                .map_err(|e| failed(&e))?;
            std::io::Write::write_all(&mut out, pdf).map_err(|e| failed(&e))?;
        }
        if !problems.is_empty() {
            let deflated = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated);
            out.start_file("problems.txt", deflated)
                .map_err(|e| failed(&e))?;
            std::io::Write::write_all(&mut out, problems.as_bytes()).map_err(|e| failed(&e))?;
        }
        out.finish()
            .map(std::io::Cursor::into_inner)
            .map_err(|e| failed(&e))
    }
}

/// Reads a patients file (CSV when `source` ends in `.csv`, else YAML) and lists its rows; the
/// good ones wait for [`run_batch`]. A file that cannot be split into rows at all is refused.
pub fn open_batch(
    app: &App,
    source: &str,
    bytes: &[u8],
) -> Result<(Batch, Vec<(usize, Profile)>), Failure> {
    // A file that cannot be read as patients is one problem, at its line.
    let invalid = |d: crate::diag::Diagnostic| {
        Failure::invalid(vec![Problem {
            field: None,
            message: d.message,
            hint: d.hint,
            line: (d.line > 0).then_some(d.line),
        }])
    };
    let text = crate::load::text(source, bytes).map_err(invalid)?;
    let parsed = app.engine.patients(source, &text).map_err(invalid)?;
    if parsed.is_empty() {
        return Err(Failure::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "the patients file lists no patients",
            Some("write one `- name: ...` item per patient (or one CSV row each)"),
        ));
    }
    let mut rows = Vec::new();
    let mut good = Vec::new();
    let mut names: Vec<String> = Vec::new();
    for row in parsed {
        match row.profile {
            Ok(profile) => {
                let file = unique(
                    &mut names,
                    crate::load::patients::file_name(&profile, &row.text),
                );
                rows.push(BatchRow {
                    line: row.line,
                    name: profile.name.clone(),
                    file: Some(file),
                    state: RowState::Waiting,
                    problems: Vec::new(),
                });
                good.push((rows.len() - 1, profile));
            }
            Err(diagnostics) => rows.push(BatchRow {
                line: row.line,
                name: None,
                file: None,
                state: RowState::Failed,
                problems: diagnostics
                    .into_iter()
                    .filter(|d| d.is_error())
                    .map(|d| Problem {
                        field: None,
                        line: Some(if d.line > 0 { d.line } else { row.line }),
                        message: d.message,
                        hint: d.hint,
                    })
                    .collect(),
            }),
        }
    }
    Ok((
        Batch {
            source: source.to_owned(),
            rows: Mutex::new(rows),
            files: Mutex::new(Vec::new()),
            finished: AtomicBool::new(false),
        },
        good,
    ))
}

/// The file name, numbered `-2`, `-3` when the same row came before, as `batch` does.
fn unique(taken: &mut Vec<String>, first: String) -> String {
    let stem = first.trim_end_matches(".pdf").to_owned();
    let mut name = first;
    let mut n = 2;
    while taken.contains(&name) {
        name = format!("{stem}-{n}.pdf");
        n += 1;
    }
    taken.push(name.clone());
    name
}

/// Renders a batch's good rows, as many at once as there are workers, so a batch never fills
/// the queue that the new-handout page needs; a row that finds the pool full waits and tries
/// again.
pub async fn run_batch(app: Arc<App>, batch: Arc<Batch>, good: Vec<(usize, Profile)>) {
    let lanes = Arc::new(tokio::sync::Semaphore::new(app.pool.workers()));
    let mut tasks = tokio::task::JoinSet::new();
    for (index, profile) in good {
        let Ok(lane) = Arc::clone(&lanes).acquire_owned().await else {
            break;
        };
        let app = Arc::clone(&app);
        let batch = Arc::clone(&batch);
        tasks.spawn(async move {
            let _lane = lane;
            let result = loop {
                let options = DocOptions::default();
                let attempt = pdf(&app, Some(profile.clone()), options).await;
                match attempt {
                    Err(f)
                        if f.status() == StatusCode::SERVICE_UNAVAILABLE
                            && f.error.contains("busy") =>
                    {
                        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
                    }
                    other => break other,
                }
            };
            let mut rows = lock(&batch.rows);
            let Some(row) = rows.get_mut(index) else {
                return;
            };
            match result {
                Ok(pdf) => {
                    let name = row.file.clone().unwrap_or(pdf.file_name);
                    lock(&batch.files).push((name, pdf.bytes));
                    row.state = RowState::Done;
                }
                Err(failure) => {
                    row.state = RowState::Failed;
                    row.problems = failure
                        .problems
                        .into_iter()
                        .map(|p| Problem {
                            line: Some(row.line),
                            ..p
                        })
                        .collect();
                }
            }
        });
    }
    while tasks.join_next().await.is_some() {}
    // The ZIP lists the handouts in the file's order.
    let order: Vec<Option<String>> = batch.rows().into_iter().map(|r| r.file).collect();
    lock(&batch.files)
        .sort_by_key(|(name, _)| order.iter().position(|f| f.as_deref() == Some(name)));
    batch.finished.store(true, Ordering::SeqCst);
}
