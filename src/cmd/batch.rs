//! `gutjoint batch`: one handout per patient of a list, in parallel, with progress; a bad row is
//! reported and skipped, and the rest are still written.

use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use anyhow::Context;

use super::Done;
use crate::cli::BatchArgs;
use gutjoint::diag::Diagnostic;
use gutjoint::error::{Error, Report};
use gutjoint::load::patients;
use gutjoint::render::batch::{BatchRenderer, Worker};
use gutjoint::render::output::Outcome;
use gutjoint::session::{DocOptions, Session};

/// A patient ready to render.
struct Job {
    line: usize,
    file: PathBuf,
    profile: gutjoint::load::profile::Profile,
}

/// Builds every good row of the patients file into `--out-dir`.
pub fn run(args: &BatchArgs, color: bool) -> Result<Done, Error> {
    let options = super::doc_options(
        &args.doc,
        args.date,
        args.source_date_epoch.as_deref(),
        true,
    );
    let inputs = super::document_inputs(args.recipes.recipes.as_deref(), &args.doc);
    let session = Session::load(&inputs)?;
    session.check(&options)?;
    let shown = args.patients.display().to_string();
    let bytes = gutjoint::load::input::Input {
        what: "patients file",
        folder: None,
        max: gutjoint::load::input::MAX_TEXT_BYTES,
    }
    .read(&args.patients)?;
    let mut report = Report::default();
    let text = gutjoint::load::text(&shown, &bytes).map_err(|d| {
        Error::Input(Report {
            diagnostics: vec![d],
            ..Report::default()
        })
    })?;
    report.sources.add(&shown, &text);
    let rows = patients::parse(&shown, &text, &session.catalog).map_err(|d| {
        report.diagnostics.push(d);
        Error::Input(std::mem::take(&mut report))
    })?;
    std::fs::create_dir_all(&args.out_dir)
        .with_context(|| format!("failed to create `{}`", args.out_dir.display()))?;

    let mut jobs: Vec<Job> = Vec::new();
    let mut bad_rows = 0;
    // Handouts already there, kept: found before rendering, or at the rename.
    let mut kept_before = 0;
    let kept_at_rename = AtomicUsize::new(0);
    let failed_rows = AtomicUsize::new(0);
    for row in rows {
        report.diagnostics.extend(row.warnings);
        match row.profile {
            Err(diags) => {
                bad_rows += 1;
                report.diagnostics.extend(diags);
            }
            Ok(profile) => {
                let first = patients::file_name(&profile, &row.text);
                let stem = first.trim_end_matches(".pdf").to_owned();
                // The same row twice gets the same id; number the repeats: x, x-2, x-3.
                let mut name = first;
                let mut n = 2;
                while jobs.iter().any(|j| {
                    j.file
                        .file_name()
                        .is_some_and(|f| f.to_string_lossy() == name)
                }) {
                    name = format!("{stem}-{n}.pdf");
                    n += 1;
                }
                let file = args.out_dir.join(&name);
                if !args.force && file.symlink_metadata().is_ok() {
                    // A batch run again resumes: what is there is kept (the final rename checks
                    // again, in case another run writes it meanwhile).
                    kept_before += 1;
                    continue;
                }
                jobs.push(Job {
                    line: row.line,
                    file,
                    profile,
                });
            }
        }
    }

    let total = jobs.len();
    // A week's start is needed only for a patient without one, but a bad SOURCE_DATE_EPOCH is
    // said before any handout is made.
    if options.date.is_none() && jobs.iter().any(|j| j.profile.start.is_none()) {
        options.today.date()?;
    }
    let failures: Mutex<Vec<Diagnostic>> = Mutex::new(Vec::new());
    let layout_errors: Mutex<Vec<Report>> = Mutex::new(Vec::new());
    let progress = progress_bar(total as u64);
    // Off a terminal (a log, CI), one plain line per finished handout instead of a bar.
    let tty = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let finished = AtomicUsize::new(0);
    // Renders handout `i` with a worker's renderer, and files its outcome.
    let process = |i: usize, worker: &mut Worker| {
        let job = &jobs[i];
        let result = one(job, &session, &options, args.force, worker);
        let outcome_written = matches!(result, Ok((Outcome::Written, _)));
        if result.is_err() {
            failed_rows.fetch_add(1, Ordering::SeqCst);
        }
        match result {
            Ok((Outcome::Kept, _)) => {
                kept_at_rename.fetch_add(1, Ordering::SeqCst);
            }
            Ok((_, warnings)) if warnings.diagnostics.is_empty() => {}
            // A layout's warnings (a recipe too long for its card) name the file.
            Ok((_, warnings)) => progress.suspend(|| {
                let text = warnings.to_text(color);
                gutjoint::diag::to_stderr(&format!("{}:\n{text}", job.file.display()));
            }),
            Err(Error::Layout(layout)) => {
                lock(&failures).push(
                    Diagnostic::error(
                        &shown,
                        job.line,
                        1,
                        format!(
                            "no handout for this row: the layout failed (`{}` was not written)",
                            job.file.display()
                        ),
                    )
                    .with_hint("the layout's own messages follow the list of problems"),
                );
                lock(&layout_errors).push(layout);
            }
            Err(Error::Input(r) | Error::Usage(r)) => {
                lock(&failures).extend(r.diagnostics.into_iter().map(|mut d| {
                    d.path = shown.clone();
                    d.line = job.line;
                    d.column = 1;
                    d
                }))
            }
            Err(Error::Io(e)) => {
                lock(&failures).push(Diagnostic::error(&shown, job.line, 1, format!("{e:#}")))
            }
        }
        progress.inc(1);
        let done = finished.fetch_add(1, Ordering::SeqCst) + 1;
        if !tty {
            let what = if outcome_written {
                job.file.display().to_string()
            } else {
                format!("line {}: no handout written", job.line)
            };
            gutjoint::diag::to_stderr(&format!("[{done}/{total}] {what}\n"));
        }
    };
    BatchRenderer::new(args.jobs, total).run(total, process)?;
    progress.finish_and_clear();
    let failures = failures.into_inner().unwrap_or_else(|e| e.into_inner());
    let layout_errors = layout_errors
        .into_inner()
        .unwrap_or_else(|e| e.into_inner());
    let failed = failed_rows.into_inner();
    report.diagnostics.extend(failures);
    let kept_at_rename = kept_at_rename.into_inner();
    let kept = kept_before + kept_at_rename;
    let written = total.saturating_sub(failed + kept_at_rename);
    let problems = bad_rows + failed;
    let summary = format!(
        "wrote {written} of {} handouts to {}{}{}",
        total + bad_rows + kept_before,
        args.out_dir.display(),
        if kept > 0 {
            format!(
                "; kept {kept} existing handout{} (use --force to rebuild)",
                if kept == 1 { "" } else { "s" }
            )
        } else {
            String::new()
        },
        if problems > 0 {
            format!("; {problems} rows had problems (listed below)")
        } else {
            String::new()
        }
    );
    if report.has_errors() || !layout_errors.is_empty() {
        for layout in &layout_errors {
            gutjoint::diag::to_stderr(&layout.to_text(color));
        }
        gutjoint::diag::to_stderr(&format!("{summary}\n"));
        // The load's warnings still hold for the handouts that were written.
        let mut all = session.warnings();
        all.append(&report);
        return Err(Error::Input(all));
    }
    let mut warnings = session.warnings();
    warnings.append(&report);
    warnings.append(&session.font_warnings);
    if total + bad_rows + kept_before == 0 {
        warnings.diagnostics.push(Diagnostic {
            severity: gutjoint::diag::Severity::Warning,
            ..Diagnostic::error(&shown, 0, 0, "the patients file lists no patients")
                .with_hint("write one `- name: ...` item per patient (or one CSV row each)")
        });
    }
    Ok(Done {
        output: summary,
        warnings,
    })
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Plans, assembles, renders and writes one patient's handout; returns whether it was written
/// (or an existing file kept) and the layout's warnings.
fn one(
    job: &Job,
    session: &Session,
    options: &DocOptions,
    force: bool,
    worker: &mut Worker,
) -> Result<(Outcome, Report), Error> {
    let document = session.document(&job.profile, options)?;
    let rendered = worker.render(&document.data, &document.render)?;
    let outcome = gutjoint::render::output::write(&job.file, &rendered.pdf, force)?;
    Ok((outcome, rendered.warnings))
}

/// A progress bar on a terminal; plain lines otherwise (indicatif hides itself when not a tty).
fn progress_bar(total: u64) -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::new(total);
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} handouts, {eta} left")
    {
        bar.set_style(style);
    }
    bar
}
