//! `gutjoint batch`: one handout per patient of a list, in parallel, with progress; a bad row is
//! reported and skipped, and the rest are still written.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use anyhow::Context;

use super::Done;
use crate::cli::BatchArgs;
use gutjoint::diag::Diagnostic;
use gutjoint::error::{Error, Report};
use gutjoint::load::patients;
use gutjoint::plan;
use gutjoint::render::{RenderOptions, Renderer, STACK_SIZE};

/// Typst's cache entries unused for a while are dropped, so memory stays flat over thousands of
/// patients: every `EVICT_EVERY` handouts, those unused in the last `EVICT_AGE` such rounds (so
/// kept for 10 to 15 handouts). Recipe and education pages are shared between patients and a
/// recipe recurs every few handouts, so a longer memory lays out fewer pages again; dropping in
/// rounds rather than after every handout spends less time going through the cache.
const EVICT_EVERY: usize = 5;
const EVICT_AGE: usize = 2;

/// A patient ready to render.
struct Job {
    line: usize,
    file: PathBuf,
    profile: gutjoint::load::profile::Profile,
}

/// Builds every good row of the patients file into `--out-dir`.
pub fn run(args: &BatchArgs, color: bool) -> Result<Done, Error> {
    let inputs = super::inputs(
        args.recipes.recipes.as_deref(),
        args.doc.clinic.as_deref(),
        args.doc.layouts.as_deref(),
    );
    // The fonts first: what they can print is checked as each file is read.
    let font_warnings = gutjoint::render::check_fonts(&inputs.font_dirs(&args.doc.font_paths))?;
    let (clinic, clinic_warnings, catalog) = super::load(&inputs)?;
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
    let rows = patients::parse(&shown, &text, &catalog).map_err(|d| {
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
    let jobs_n = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .clamp(1, 64)
        .min(total.max(1));
    let next = AtomicUsize::new(0);
    let failures: Mutex<Vec<Diagnostic>> = Mutex::new(Vec::new());
    let layout_errors: Mutex<Vec<String>> = Mutex::new(Vec::new());
    let progress = progress_bar(total as u64);
    // Off a terminal (a log, CI), one plain line per finished handout instead of a bar.
    let tty = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let finished = AtomicUsize::new(0);
    let today = match args.date {
        Some(date) => date,
        None => super::today(args.source_date_epoch.as_deref())?,
    };
    let options = super::build::render_options(&args.doc, &inputs, &clinic, today, color);
    let date = args.date.unwrap_or(options.today);
    // Renders handout `i` with a worker's renderer, and files its outcome.
    let process = |i: usize, worker: &mut Worker| {
        let job = &jobs[i];
        let result = one(job, &catalog, &clinic, &options, date, args, worker);
        let outcome_written = matches!(result, Ok((gutjoint::render::output::Outcome::Written, _)));
        if result.is_err() {
            failed_rows.fetch_add(1, Ordering::SeqCst);
        }
        match result {
            Ok((gutjoint::render::output::Outcome::Kept, _)) => {
                kept_at_rename.fetch_add(1, Ordering::SeqCst);
            }
            Ok((_, warnings)) if warnings.is_empty() => {}
            // A layout's warnings (a recipe too long for its card) name the file.
            Ok((_, warnings)) => progress.suspend(|| {
                gutjoint::diag::to_stderr(&format!("{}:\n{warnings}", job.file.display()));
            }),
            Err(Error::Layout(text)) => {
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
                lock(&layout_errors).push(text);
            }
            Err(Error::Input(r)) => {
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
        if done.is_multiple_of(EVICT_EVERY) {
            comemo::evict(EVICT_AGE);
        }
    };
    // The workers are the threads of a pool of their own, in which Typst's parallel layout runs
    // too: a worker waiting for its pages lays them out itself, instead of sleeping while
    // further threads compete for the same cores.
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs_n)
        .stack_size(STACK_SIZE)
        .thread_name(|_| "batch".into())
        .build()
        .map_err(|e| Error::Io(anyhow::anyhow!("failed to start the worker threads ({e})")))?;
    let mut workers: Vec<Worker> = (0..jobs_n).map(|_| Worker::default()).collect();
    if total > 0 {
        // The first handout is made alone, with every thread free for its layout; the others
        // then reuse what Typst learnt from it (the education pages, the common recipes)
        // instead of all laying them out at once.
        next.store(1, Ordering::SeqCst);
        pool.install(|| process(0, &mut workers[0]));
    }
    pool.scope(|scope| {
        for worker in &mut workers {
            scope.spawn(|_| {
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    if i >= total {
                        break;
                    }
                    process(i, worker);
                }
            });
        }
    });
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
        for text in &layout_errors {
            gutjoint::diag::to_stderr(text);
        }
        gutjoint::diag::to_stderr(&format!("{summary}\n"));
        return Err(Error::Input(report));
    }
    let mut warnings = clinic_warnings;
    warnings.diagnostics.extend(catalog.warnings.diagnostics);
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
        layout_warnings: font_warnings,
    })
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// What a batch worker keeps from one handout to the next.
#[derive(Default)]
struct Worker {
    /// The Typst world, reused.
    renderer: Renderer,
    /// Where the recipes of the next handout will probably be.
    pages: PagePrediction,
}

/// Where a worker expects the recipes of its next handout: the page of the first recipe, and
/// how many pages each recipe took, learnt from its handouts so far. The week table is given
/// these pages instead of looking them up, so Typst need not lay it out again once the pages are
/// known (about 3% of a handout); each prediction is checked against the document, and a wrong
/// one costs a second rendering. So pages are predicted only while the first recipe has been on
/// the same page `STEADY` handouts running, only when each recipe's length is known (seen before,
/// or every recipe so far took one page), and never again by a worker after a wrong prediction.
/// In normal print, 94 of 100 patients got predicted pages and none was wrong; in large print,
/// where recipes take one page or two and the shopping list's length moves the first recipe, 5
/// did and 2 were wrong (one per worker), after which the workers looked the pages up.
#[derive(Default)]
struct PagePrediction {
    /// The page of the first recipe in the last handout.
    first: Option<usize>,
    /// For how many handouts running the first recipe has been on that page.
    steady: usize,
    /// Pages each recipe took, when a recipe followed it.
    lengths: HashMap<String, usize>,
    /// Whether a prediction was wrong: then this worker predicts no more.
    wrong: bool,
}

/// Handouts running with the first recipe on the same page before pages are predicted.
const STEADY: usize = 3;

impl PagePrediction {
    /// The probable page of each recipe, given in the order the handout prints them.
    fn predict(&self, recipes: &[String]) -> Option<HashMap<String, usize>> {
        if self.wrong || self.steady < STEADY {
            return None;
        }
        let mut page = self.first?;
        let all_one_page = self.lengths.values().all(|&n| n == 1);
        let mut pages = HashMap::new();
        for id in recipes {
            pages.insert(id.clone(), page);
            page += match self.lengths.get(id) {
                Some(&n) => n,
                None if all_one_page => 1,
                None => return None,
            };
        }
        Some(pages)
    }

    /// Learns from where a handout's recipes are.
    fn learn(&mut self, recipes: &[String], actual: &HashMap<String, usize>) {
        let first = recipes.first().and_then(|id| actual.get(id)).copied();
        self.steady = if first.is_some() && first == self.first {
            self.steady + 1
        } else {
            1
        };
        self.first = first;
        for pair in recipes.windows(2) {
            if let (Some(&a), Some(&b)) = (actual.get(&pair[0]), actual.get(&pair[1]))
                && b > a
            {
                self.lengths.insert(pair[0].clone(), b - a);
            }
        }
    }
}

/// Plans, assembles, renders and writes one patient's handout; returns whether it was written
/// (or an existing file kept) and the layout's warnings.
fn one(
    job: &Job,
    catalog: &gutjoint::load::catalog::Catalog,
    clinic: &gutjoint::load::clinic::Clinic,
    options: &RenderOptions,
    date: time::Date,
    args: &BatchArgs,
    worker: &mut Worker,
) -> Result<(gutjoint::render::output::Outcome, String), Error> {
    let start = job.profile.start.map_or(date, |d| d.0);
    let mut profile = job.profile.clone();
    profile.settle(clinic);
    let targets = gutjoint::plan::references::Targets::new(clinic.references, &profile);
    let week = plan::plan_with(catalog, &profile, &targets, start).map_err(|why| {
        Error::Input(Report {
            diagnostics: vec![
                Diagnostic::error("", 0, 0, format!("cannot plan a week: {}", why.message))
                    .with_hint(why.hint),
            ],
            ..Report::default()
        })
    })?;
    let mut data = super::build::document(
        catalog,
        &week,
        &job.profile,
        Some(&job.profile),
        start,
        clinic,
        &args.doc,
    )?;
    let mut files = options.files.clone();
    files.extend(data.recipe_files());
    let options = RenderOptions {
        today: start,
        files,
        ..options.clone()
    };
    // The week table gets the predicted recipe pages; if one is wrong, the actual ones (the
    // numbers sit in boxes of a fixed width, so they do not move the pages); if even those are
    // wrong, none, and the layout looks them up itself.
    let ids: Vec<String> = data.recipes.iter().map(|r| r.id.clone()).collect();
    let mut pages = worker.pages.predict(&ids);
    let mut wrong = 0;
    let rendered = loop {
        data.set_recipe_pages(pages.as_ref());
        let rendered = worker.renderer.render(data.to_json(), &options)?;
        let Some(given) = &pages else { break rendered };
        if ids
            .iter()
            .all(|id| rendered.recipe_pages.get(id) == given.get(id))
        {
            break rendered;
        }
        wrong += 1;
        pages = (wrong == 1).then(|| rendered.recipe_pages.clone());
        worker.pages.wrong = true;
    };
    worker.pages.learn(&ids, &rendered.recipe_pages);
    let outcome = gutjoint::render::output::write(&job.file, &rendered.pdf, args.force)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    fn pages(list: &[(&str, usize)]) -> HashMap<String, usize> {
        list.iter().map(|(id, p)| ((*id).to_owned(), *p)).collect()
    }

    #[test]
    fn pages_are_predicted_once_the_first_recipe_stays_put() {
        let mut p = PagePrediction::default();
        let week = ids(&["a", "b", "c"]);
        let seen = pages(&[("a", 20), ("b", 21), ("c", 22)]);
        for _ in 0..STEADY - 1 {
            p.learn(&week, &seen);
            assert_eq!(p.predict(&week), None, "not steady yet");
        }
        p.learn(&week, &seen);
        // Another week: known recipes keep their lengths, a new one takes a page.
        let next = ids(&["c", "new", "a"]);
        assert_eq!(
            p.predict(&next),
            Some(pages(&[("c", 20), ("new", 21), ("a", 22)]))
        );
        // The first recipe moved: predictions wait until it stays put again.
        p.learn(&week, &pages(&[("a", 21), ("b", 22), ("c", 23)]));
        assert_eq!(p.predict(&week), None);
    }

    #[test]
    fn recipes_of_two_pages_need_known_lengths_and_a_wrong_guess_stops_predictions() {
        let mut p = PagePrediction::default();
        let week = ids(&["a", "b", "c"]);
        for _ in 0..STEADY {
            p.learn(&week, &pages(&[("a", 20), ("b", 22), ("c", 23)]));
        }
        assert_eq!(
            p.predict(&ids(&["a", "b"])),
            Some(pages(&[("a", 20), ("b", 22)]))
        );
        // `a` took two pages, so an unseen recipe's length is not assumed.
        assert_eq!(p.predict(&ids(&["new", "a"])), None);
        p.wrong = true;
        assert_eq!(p.predict(&ids(&["a", "b"])), None);
    }
}
