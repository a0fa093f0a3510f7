//! One file per subcommand, each with one `run` function.

pub mod batch;
pub mod build;
pub mod check;
pub mod export;
pub mod foods;
pub mod import;
pub mod init;
pub mod new;
pub mod plan;
pub mod recipes;
pub mod schema;
pub mod serve;

use crate::error::Report;

/// What a command that succeeded has to say.
#[derive(Default)]
pub struct Done {
    /// What goes to standard output.
    pub output: String,
    /// Problems in the inputs that did not stop the run.
    pub warnings: Report,
    /// Typst's warnings about a layout, formatted; empty when there were none.
    pub layout_warnings: String,
}

use std::path::{Path, PathBuf};

use crate::catalog::{Catalog, RecipeSource};
use crate::clinic::{self, Clinic};
use crate::error::Error;

/// Where a command's inputs come from once a clinic folder has been looked for.
pub struct Inputs {
    /// The recipes.
    pub recipes: RecipeSource,
    /// The clinic settings file, if any.
    pub clinic: Option<PathBuf>,
    /// A layouts folder, if any.
    pub layouts: Option<PathBuf>,
    /// The clinic folder's `fonts/`, if it has one.
    pub fonts: Option<PathBuf>,
}

impl Inputs {
    /// The font folders: those given with `--font-path`, then the clinic folder's `fonts/`.
    pub fn font_dirs(&self, given: &[PathBuf]) -> Vec<PathBuf> {
        let mut dirs = given.to_vec();
        dirs.extend(self.fonts.clone());
        dirs
    }

    /// Returns where the layouts come from: the folder found or given, else the bundled ones.
    pub fn layout_source(&self) -> crate::render::LayoutSource {
        self.layouts.clone().map_or(
            crate::render::LayoutSource::Bundled,
            crate::render::LayoutSource::Dir,
        )
    }
}

/// Returns the date a run is made on: fixed by `SOURCE_DATE_EPOCH` (or `--source-date-epoch`)
/// for reproducible builds, else today's date. It is read only when no other date is given, so a
/// stray value in the environment never blocks a build that gives `--date`.
pub fn today(source_date_epoch: Option<&str>) -> Result<time::Date, Error> {
    let Some(text) = source_date_epoch.map(str::trim) else {
        return Ok(time::OffsetDateTime::now_utc().date());
    };
    let date = text
        .parse::<i64>()
        .ok()
        .and_then(|seconds| time::OffsetDateTime::from_unix_timestamp(seconds).ok())
        .map(|t| t.date());
    let Some(date) = date else {
        return Err(Error::Input(Report {
            diagnostics: vec![
                crate::diag::Diagnostic::error(
                    "",
                    0,
                    0,
                    format!(
                        "SOURCE_DATE_EPOCH `{}` is not a date as seconds since 1970",
                        crate::diag::shorten(text)
                    ),
                )
                .with_hint(
                    "set it to whole seconds, such as 1764547200, or unset it; or give `--date YYYY-MM-DD`",
                ),
            ],
            ..Report::default()
        }));
    };
    crate::profile::check_week_fits(date)
        .map_err(|message| {
            Error::Input(Report {
                diagnostics: vec![
                    crate::diag::Diagnostic::error(
                        "",
                        0,
                        0,
                        format!("SOURCE_DATE_EPOCH: {message}"),
                    )
                    .with_hint("give `--date YYYY-MM-DD`, or unset SOURCE_DATE_EPOCH"),
                ],
                ..Report::default()
            })
        })
        .map(|()| date)
}

/// Resolves the inputs: flags first, then the clinic folder found at or above the current
/// directory (its `clinic.yaml`, its `recipes/` on top of the bundled library, its `layouts/`).
pub fn inputs(recipes: Option<&Path>, clinic: Option<&Path>, layouts: Option<&Path>) -> Inputs {
    // `--clinic DIR` means the clinic.yaml in that folder.
    let clinic_file = clinic.map(|c| {
        if c.is_dir() {
            c.join(clinic::CLINIC_FILE)
        } else {
            c.to_path_buf()
        }
    });
    let clinic = clinic_file.as_deref();
    let found = match clinic {
        Some(_) => None,
        None => std::env::current_dir().ok().and_then(|dir| {
            let (found, foreign) = clinic::discover(&dir);
            for file in foreign {
                crate::diag::to_stderr(&format!(
                    "warning: ignored `{}`: it belongs to another user (pass `--clinic` to use it)\n",
                    file.display()
                ));
            }
            found
        }),
    };
    if let Some(dir) = &found {
        crate::diag::to_stderr(&format!("using clinic folder `{}`\n", dir.display()));
    }
    // `--clinic clinic.yaml` has the empty path as its parent: the current folder.
    let folder = clinic
        .and_then(Path::parent)
        .map(|p| {
            if p.as_os_str().is_empty() {
                PathBuf::from(".")
            } else {
                p.to_path_buf()
            }
        })
        .or(found.clone());
    let recipes = match (recipes, &folder) {
        (Some(dir), _) => RecipeSource::Dir(dir.to_path_buf()),
        (None, Some(f)) if f.join("recipes").is_dir() => RecipeSource::Layered(f.join("recipes")),
        _ => RecipeSource::Bundled,
    };
    let layouts = layouts.map(Path::to_path_buf).or_else(|| {
        folder
            .as_ref()
            .map(|f| f.join("layouts"))
            .filter(|l| l.is_dir())
    });
    let fonts = folder
        .as_ref()
        .map(|f| f.join("fonts"))
        .filter(|f| f.is_dir());
    let clinic = clinic
        .map(Path::to_path_buf)
        .or_else(|| found.map(|f| f.join(clinic::CLINIC_FILE)));
    Inputs {
        recipes,
        clinic,
        layouts,
        fonts,
    }
}

/// Loads the clinic settings (or the defaults) and the recipes, leaving out the ones the clinic hides.
pub fn load(inputs: &Inputs) -> Result<(Clinic, Report, Catalog), Error> {
    // What the clinic's own fonts can print is known before its files are checked (`build` and
    // `batch` have loaded them already, with any `--font-path`; a folder without fonts is an
    // error there).
    if let Some(fonts) = &inputs.fonts {
        let _ = crate::render::check_fonts(std::slice::from_ref(fonts));
    }
    let (clinic, warnings) = match &inputs.clinic {
        Some(path) => Clinic::from_file(path)?,
        None => (Clinic::default(), Report::default()),
    };
    let catalog = Catalog::load(&inputs.recipes)?;
    let catalog = if clinic.hidden.is_empty() {
        catalog
    } else {
        let mut kept = catalog.subset(|r| !clinic.hidden.contains(&r.id));
        kept.warnings = catalog.warnings;
        kept
    };
    Ok((clinic, warnings, catalog))
}
