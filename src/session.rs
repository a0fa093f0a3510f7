//! A session: the checked inputs (clinic, catalogue with the clinic's hidden recipes left out,
//! layouts, fonts, reference values) loaded once, with their warnings and source texts kept
//! together, from which any number of documents are made: one by `build` and `export`, one per
//! patient by `batch`, one per request by a server.
//!
//! ```no_run
//! use gutjoint::load::profile::Profile;
//! use gutjoint::session::{DocOptions, Inputs, Session};
//!
//! let session = Session::load(&Inputs::default())?; // the bundled recipes and layouts
//! let options = DocOptions { layout: "week".into(), ..DocOptions::default() };
//! let document = session.document(&Profile::default(), &options)?;
//! let pdf: Vec<u8> = document.render()?.pdf; // in memory; nothing is written
//! # Ok::<(), gutjoint::Error>(())
//! ```

use std::path::{Path, PathBuf};
use std::sync::Arc;

use time::Date;

use crate::contract::{self, Handout, Paper, Settings};
use crate::diag::Diagnostic;
use crate::error::{Checked, Error, Report};
use crate::load::catalog::{Catalog, RecipeSource};
use crate::load::clinic::{self, Clinic};
use crate::load::profile::{FoodSafety, Profile};
use crate::locale::Locale;
use crate::plan::WeekPlan;
use crate::plan::select::{self, Filters};
use crate::render::{
    self, LayoutSource, PageImage, PdfStandard, Pictures, RenderOptions, Rendered,
};

/// Where a session's inputs come from.
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    /// The recipes.
    pub recipes: RecipeSource,
    /// The clinic settings file, if any.
    pub clinic: Option<PathBuf>,
    /// A layouts folder, if any (else the bundled layouts).
    pub layouts: Option<PathBuf>,
    /// The clinic folder's `fonts/`, if it has one.
    pub clinic_fonts: Option<PathBuf>,
    /// Further font folders (`--font-path`), before the clinic's.
    pub font_paths: Vec<PathBuf>,
}

/// What was found while looking for a clinic folder, to tell the user.
#[derive(Debug, Default)]
pub struct Found {
    /// The clinic folder found at or above the current directory, if any.
    pub folder: Option<PathBuf>,
    /// `clinic.yaml` files passed over because another user owns them.
    pub foreign: Vec<PathBuf>,
}

impl Found {
    /// The lines that tell the user what was found, each ending in a newline.
    pub fn notices(&self) -> String {
        let mut out = String::new();
        for file in &self.foreign {
            out.push_str(&format!(
                "warning: ignored `{}`: it belongs to another user (pass `--clinic` to use it)\n",
                file.display()
            ));
        }
        if let Some(dir) = &self.folder {
            out.push_str(&format!("using clinic folder `{}`\n", dir.display()));
        }
        out
    }
}

impl Inputs {
    /// Resolves the inputs: the paths given first, then the clinic folder found at or above the
    /// current directory (its `clinic.yaml`, its `recipes/` on top of the bundled library, its
    /// `layouts/`, its `fonts/`).
    pub fn discover(
        recipes: Option<&Path>,
        clinic: Option<&Path>,
        layouts: Option<&Path>,
    ) -> (Self, Found) {
        // `--clinic DIR` means the clinic.yaml in that folder.
        let clinic_file = clinic.map(|c| {
            if c.is_dir() {
                c.join(clinic::CLINIC_FILE)
            } else {
                c.to_path_buf()
            }
        });
        let clinic = clinic_file.as_deref();
        let mut found = Found::default();
        if clinic.is_none()
            && let Ok(dir) = std::env::current_dir()
        {
            (found.folder, found.foreign) = clinic::discover(&dir);
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
            .or(found.folder.clone());
        let recipes = match (recipes, &folder) {
            (Some(dir), _) => RecipeSource::Dir(dir.to_path_buf()),
            (None, Some(f)) if f.join("recipes").is_dir() => {
                RecipeSource::Layered(f.join("recipes"))
            }
            _ => RecipeSource::Bundled,
        };
        let layouts = layouts.map(Path::to_path_buf).or_else(|| {
            folder
                .as_ref()
                .map(|f| f.join("layouts"))
                .filter(|l| l.is_dir())
        });
        let clinic_fonts = folder
            .as_ref()
            .map(|f| f.join("fonts"))
            .filter(|f| f.is_dir());
        let clinic = clinic
            .map(Path::to_path_buf)
            .or_else(|| found.folder.as_ref().map(|f| f.join(clinic::CLINIC_FILE)));
        let inputs = Self {
            recipes,
            clinic,
            layouts,
            clinic_fonts,
            font_paths: Vec::new(),
        };
        (inputs, found)
    }

    /// The font folders: those given with `--font-path`, then the clinic folder's `fonts/`.
    pub fn font_dirs(&self) -> Vec<PathBuf> {
        let mut dirs = self.font_paths.clone();
        dirs.extend(self.clinic_fonts.clone());
        dirs
    }

    /// Where the layouts come from: the folder found or given, else the bundled ones.
    pub fn layout_source(&self) -> LayoutSource {
        self.layouts
            .clone()
            .map_or(LayoutSource::Bundled, LayoutSource::Dir)
    }
}

/// The checked inputs every document of a run is made from.
pub struct Session {
    /// The clinic's settings (the defaults when there is no clinic).
    pub clinic: Clinic,
    /// The recipes, checked, without those the clinic hides.
    pub catalog: Catalog,
    /// Problems in the recipes' files that did not stop the load, with the texts they point into.
    pub recipe_warnings: Report,
    /// Problems in the clinic's files that did not stop the load, with their texts.
    pub clinic_warnings: Report,
    /// Font files of the font folders that were skipped, a warning each.
    pub font_warnings: Report,
    /// Where the layouts come from.
    pub layouts: LayoutSource,
    /// The font folders on top of the bundled fonts.
    pub font_dirs: Vec<PathBuf>,
}

impl Session {
    /// Loads everything a document needs: the fonts first (what they can print is checked as
    /// each file is read; a font folder that cannot be used is an error), then the clinic and the
    /// recipes.
    pub fn load(inputs: &Inputs) -> Result<Self, Error> {
        let font_warnings = render::check_fonts(&inputs.font_dirs())?;
        let mut session = Self::load_recipes(inputs)?;
        session.font_warnings = font_warnings;
        Ok(session)
    }

    /// Loads the clinic and the recipes for a command that renders nothing (`check`, `plan`,
    /// `recipes`): the clinic folder's fonts only widen what a printed field may hold.
    pub fn load_recipes(inputs: &Inputs) -> Result<Self, Error> {
        if let Some(fonts) = &inputs.clinic_fonts {
            let _ = render::check_fonts(std::slice::from_ref(fonts));
        }
        let (clinic, clinic_warnings) = match &inputs.clinic {
            Some(path) => {
                let checked = Clinic::from_file(path)?;
                (checked.value, checked.warnings)
            }
            None => (Clinic::default(), Report::default()),
        };
        let Checked {
            value: mut catalog,
            warnings: recipe_warnings,
        } = Catalog::load(&inputs.recipes)?;
        if !clinic.hidden.is_empty() {
            catalog = catalog.subset(|r| !clinic.hidden.contains(&r.id));
        }
        Ok(Self {
            clinic,
            catalog,
            recipe_warnings,
            clinic_warnings,
            font_warnings: Report::default(),
            layouts: inputs.layout_source(),
            font_dirs: inputs.font_dirs(),
        })
    }

    /// Every problem the load found that did not stop it: the recipes', then the clinic's.
    pub fn warnings(&self) -> Report {
        let mut all = self.recipe_warnings.clone();
        all.append(&self.clinic_warnings);
        all
    }

    /// Checks what the options name against this session's recipes, before any document is
    /// made: every `--recipes-only` id must be a recipe.
    pub fn check(&self, options: &DocOptions) -> Result<(), Error> {
        select::check_ids(&self.catalog, &options.filters)
    }

    /// Reads and checks a profile file against this session's recipes; returns it with its
    /// warnings.
    pub fn read_profile(&self, path: &Path) -> Result<Checked<Profile>, Error> {
        Profile::from_file(path, &self.catalog)
    }

    /// Returns the profile with the clinic's settings filled in where it leaves them out
    /// (`variety`, `max-daily-prep`), as the week is planned.
    pub fn settled(&self, profile: &Profile) -> Profile {
        let mut profile = profile.clone();
        profile.settle(&self.clinic);
        profile
    }

    /// Plans a patient's week from `start`. A week that cannot be planned is an error about the
    /// whole profile (its path is left empty for the caller to name).
    pub fn plan(&self, profile: &Profile, start: Date) -> Result<WeekPlan, Error> {
        self.plan_in(profile, start, None)
    }

    /// The locale of a patient's documents: the command line's (`locale`), else the profile's,
    /// else the clinic's, else en-GB.
    pub fn locale(&self, profile: &Profile, locale: Option<&str>) -> Result<Arc<Locale>, Error> {
        let tag = locale
            .or(profile.locale.as_deref())
            .or(self.clinic.locale.as_deref())
            .unwrap_or(crate::locale::DEFAULT);
        crate::locale::get(tag)
    }

    /// The reference values for a locale: the clinic's choice, else the locale's.
    pub fn references(&self, locale: &Locale) -> crate::plan::references::Choice {
        if self.clinic.references_chosen {
            self.clinic.references
        } else {
            locale.references
        }
    }

    /// Plans a patient's week from `start`, against the reference values of the locale the
    /// command line (`locale`), the profile or the clinic chooses.
    pub fn plan_in(
        &self,
        profile: &Profile,
        start: Date,
        locale: Option<&str>,
    ) -> Result<WeekPlan, Error> {
        let locale = self.locale(profile, locale)?;
        // The clinic's `variety` and `max-daily-prep` stand in for what the profile leaves out.
        let profile = &self.settled(profile);
        let targets = crate::plan::references::Targets::new(self.references(&locale), profile);
        crate::plan::plan_with(&self.catalog, profile, &targets, start).map_err(|why| {
            Error::Input(Report {
                diagnostics: vec![
                    Diagnostic::error("", 0, 0, format!("cannot plan a week: {}", why.message))
                        .with_hint(why.hint),
                ],
                ..Report::default()
            })
        })
    }

    /// Plans the patient's week and assembles the document a layout renders: its data, its
    /// virtual files and how to render it.
    pub fn document(&self, profile: &Profile, options: &DocOptions) -> Result<Document, Error> {
        let start = options.start(profile)?;
        let week = self.plan_in(profile, start, options.locale.as_deref())?;
        self.document_for_week(profile, &week, start, options)
    }

    /// Assembles the document for a week already planned.
    pub fn document_for_week(
        &self,
        profile: &Profile,
        week: &WeekPlan,
        start: Date,
        options: &DocOptions,
    ) -> Result<Document, Error> {
        let locale = self.locale(profile, options.locale.as_deref())?;
        let shopping = crate::shop::list(week, &self.catalog);
        let settings = Settings {
            title: locale.text("handout-title"),
            paper: options.paper.or(self.clinic.paper).unwrap_or(locale.paper),
            date: start,
            clinic: self.clinic.clone(),
            patient: profile.name.clone(),
            large_print: options.large_print || profile.large_print,
            vulnerable: profile.food_safety == FoodSafety::Vulnerable,
            locale: locale.clone(),
        };
        let mut data = contract::assemble(&self.catalog, week, &shopping, &settings);
        if select::needs_library(&options.layout) {
            // A book or cards leave out what the profile excludes only when asked to.
            let exclusions = options.suit_profile.then_some(profile);
            let (ids, filter) =
                select::select(&self.catalog, &options.filters, exclusions, &locale)?;
            data.library = Some(contract::library(&self.catalog, &ids, filter, &locale));
        }
        let mut files = contract::clinic_files(&self.clinic);
        // The locale's words, the same file for every patient in that locale.
        files.push((contract::paths::TEXT.to_owned(), locale.text_file()));
        files.extend(data.recipe_files());
        let render = RenderOptions {
            layouts: self.layouts.clone(),
            layout: options.layout.clone(),
            font_dirs: self.font_dirs.clone(),
            today: start,
            files,
            standard: options.standard,
            names: self.clinic.origins.clone(),
        };
        Ok(Document { data, render })
    }
}

/// How a document looks and what it prints: the command line's choices, checked before any work.
#[derive(Debug, Clone)]
pub struct DocOptions {
    /// The layout: `handout` compiles `handout.typ` of the layouts.
    pub layout: String,
    /// The paper; `None` is the clinic's, else the locale's.
    pub paper: Option<Paper>,
    /// The PDF standard.
    pub standard: PdfStandard,
    /// Large print, whatever the profile says.
    pub large_print: bool,
    /// Which recipes a book or cards print.
    pub filters: Filters,
    /// Whether a book or cards leave out what the profile excludes.
    pub suit_profile: bool,
    /// The first day of the week when the profile gives none.
    pub date: Option<Date>,
    /// The date a run is made on, used when neither the profile nor `date` gives one.
    pub today: Today,
    /// The locale asked for on the command line, over the profile's and the clinic's.
    pub locale: Option<String>,
}

impl Default for DocOptions {
    /// The handout on the clinic's paper, PDF/UA-1, dated today.
    fn default() -> Self {
        Self {
            layout: "handout".to_owned(),
            paper: None,
            standard: PdfStandard::default(),
            large_print: false,
            filters: Filters::default(),
            suit_profile: false,
            date: None,
            today: Today::Now,
            locale: None,
        }
    }
}

/// The date a run is made on.
#[derive(Debug, Clone)]
pub enum Today {
    /// The system's date, read when needed.
    Now,
    /// Fixed, by `SOURCE_DATE_EPOCH`, for byte-identical rebuilds.
    Fixed(Date),
    /// A `SOURCE_DATE_EPOCH` that is not a date: an error, but only when the date is needed (a
    /// stray value never blocks a build that gives `--date` or a profile's `start`).
    Bad(Diagnostic),
}

impl Today {
    /// Reads `SOURCE_DATE_EPOCH` (seconds since 1970), or the system's date when it is unset.
    pub fn from_source_date_epoch(value: Option<&str>) -> Self {
        let Some(text) = value.map(str::trim) else {
            return Self::Now;
        };
        let date = text
            .parse::<i64>()
            .ok()
            .and_then(|seconds| time::OffsetDateTime::from_unix_timestamp(seconds).ok())
            .map(|t| t.date());
        let Some(date) = date else {
            return Self::Bad(
                Diagnostic::error(
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
            );
        };
        match crate::load::profile::check_week_fits(date) {
            Ok(()) => Self::Fixed(date),
            Err(message) => Self::Bad(
                Diagnostic::error("", 0, 0, format!("SOURCE_DATE_EPOCH: {message}"))
                    .with_hint("give `--date YYYY-MM-DD`, or unset SOURCE_DATE_EPOCH"),
            ),
        }
    }

    /// The date, or the error of a bad `SOURCE_DATE_EPOCH`.
    pub fn date(&self) -> Result<Date, Error> {
        match self {
            Self::Now => Ok(time::OffsetDateTime::now_utc().date()),
            Self::Fixed(date) => Ok(*date),
            Self::Bad(diagnostic) => Err(Error::Usage(Report {
                diagnostics: vec![diagnostic.clone()],
                ..Report::default()
            })),
        }
    }
}

impl DocOptions {
    /// The first day of a patient's week: the profile's `start`, else `date`, else today.
    pub fn start(&self, profile: &Profile) -> Result<Date, Error> {
        match (profile.start, self.date) {
            (Some(start), _) => Ok(start.0),
            (None, Some(date)) => Ok(date),
            (None, None) => self.today.date(),
        }
    }
}

/// One document, ready to render: the data a layout reads and how to render it.
pub struct Document {
    /// The data, served as `/data.json`.
    pub data: Handout,
    /// Where and how it is rendered, with the virtual files beside the data (the clinic's
    /// sections, logo and brand, each recipe's page).
    pub render: RenderOptions,
}

impl Document {
    /// How many recipes it prints.
    pub fn recipes(&self) -> usize {
        self.data
            .library
            .as_ref()
            .map_or(self.data.recipes.len(), |l| l.recipes.len())
    }

    /// The data as the JSON a layout reads.
    pub fn data_json(&self) -> Vec<u8> {
        self.data.to_json()
    }

    /// Compiles the layout and exports the PDF, in memory, on a thread of its own with the
    /// stack Typst needs.
    pub fn render(&self) -> Result<Rendered, Error> {
        render::render(self.data_json(), &self.render)
    }

    /// Draws each page as SVG or PNG, in memory, for a preview.
    pub fn render_pages(&self, image: PageImage) -> Result<Pictures, Error> {
        render::render_pages(self.data_json(), &self.render, image)
    }
}
