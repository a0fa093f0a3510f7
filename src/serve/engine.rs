//! The server's one door into the pipeline: the clinic and the recipes loaded once, a profile
//! checked, a week planned, a document assembled for the renderer. Every other part of `serve`
//! goes through here, so the pipeline can change shape behind this file alone.

use std::path::Path;

use crate::catalog::Catalog;
use crate::cli::{DocumentArgs, FilterArgs, PdfStandard};
use crate::clinic::Clinic;
use crate::diag::Diagnostic;
use crate::error::{Error, Report};
use crate::handout::Paper;
use crate::patients::Row;
use crate::profile::Profile;
use crate::render::RenderOptions;

/// The clinic, its recipes and where its layouts and fonts are, loaded once for the server's life.
pub struct Engine {
    clinic: Clinic,
    catalog: Catalog,
    /// The problems the clinic's settings and the recipes have that did not stop loading: what
    /// `check` warns about.
    warnings: Report,
    inputs: crate::cmd::Inputs,
    /// Font files of the clinic's `fonts/` that were skipped, one line each.
    font_warnings: String,
}

/// What kind of document to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Layout {
    /// The full handout for one patient.
    #[default]
    Handout,
    /// The week on one sheet, for the fridge.
    Week,
    /// A recipe book.
    Book,
    /// Recipe cards to cut out.
    Cards,
}

impl Layout {
    /// Every layout, in the order a menu offers them.
    pub const ALL: [Layout; 4] = [Layout::Handout, Layout::Week, Layout::Book, Layout::Cards];

    /// The layout's name, as `--layout` takes it.
    pub fn name(self) -> &'static str {
        match self {
            Layout::Handout => "handout",
            Layout::Week => "week",
            Layout::Book => "book",
            Layout::Cards => "cards",
        }
    }

    /// Reads a layout's name.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.name() == name)
    }
}

/// How to make a document.
#[derive(Debug, Clone, Default)]
pub struct DocOptions {
    /// The layout.
    pub layout: Layout,
    /// The paper; the clinic's when `None`.
    pub paper: Option<Paper>,
    /// Large print, whatever the profile says.
    pub large_print: bool,
    /// Which recipes a book or cards print.
    pub recipes_only: Vec<String>,
}

/// A document ready for the renderer.
pub struct Document {
    /// The JSON data for the layout.
    pub data: Vec<u8>,
    /// Where and how to render it.
    pub options: RenderOptions,
}

impl Engine {
    /// Loads the clinic (`clinic` given, else the clinic folder at or above the working folder,
    /// else the defaults) and its recipes, as `build` would.
    pub fn open(clinic: Option<&Path>) -> Result<Self, Error> {
        let inputs = crate::cmd::inputs(None, clinic, None);
        let font_warnings = crate::render::check_fonts(&inputs.font_dirs(&[]))?;
        let (clinic, mut warnings, catalog) = crate::cmd::load(&inputs)?;
        warnings
            .diagnostics
            .extend(catalog.warnings.diagnostics.iter().cloned());
        for (path, text) in catalog.warnings.sources.files() {
            warnings.sources.add(path, text);
        }
        Ok(Self {
            clinic,
            catalog,
            warnings,
            inputs,
            font_warnings,
        })
    }

    /// The clinic's checked settings.
    pub fn clinic(&self) -> &Clinic {
        &self.clinic
    }

    /// The recipes.
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// The warnings `check` gives for these recipes and this clinic, and the skipped fonts.
    pub fn warnings(&self) -> (&Report, &str) {
        (&self.warnings, &self.font_warnings)
    }

    /// The clinic's settings file, if there is one.
    pub fn clinic_file(&self) -> Option<&Path> {
        self.inputs.clinic.as_deref()
    }

    /// Checks a profile written as YAML, with the messages `build --profile` gives.
    pub fn profile(&self, path: &str, yaml: &str) -> Result<Profile, Vec<Diagnostic>> {
        Profile::parse(path, yaml, &self.catalog)
    }

    /// Splits and checks a patients file as `batch` does.
    pub fn patients(&self, path: &str, text: &str) -> Result<Vec<Row>, Diagnostic> {
        crate::patients::parse(path, text, &self.catalog)
    }

    /// The first day of a profile's week: its `start`, else `today`.
    pub fn start(profile: &Profile, today: time::Date) -> time::Date {
        profile.start.map_or(today, |d| d.0)
    }

    /// Plans the week for a profile: the document `plan --format json` prints.
    pub fn plan(&self, profile: &Profile, today: time::Date) -> Result<serde_json::Value, Error> {
        let week = self.week(profile, Self::start(profile, today))?;
        let shopping = crate::shopping::list(&week, &self.catalog);
        let json = crate::cmd::plan::json(&week, profile, &self.catalog, &shopping);
        serde_json::to_value(&json)
            .map_err(|e| Error::Io(anyhow::anyhow!("failed to write the plan as JSON ({e})")))
    }

    /// The recipe listing `recipes --format json` prints.
    pub fn recipes(&self) -> serde_json::Value {
        let listing = crate::cmd::recipes::Listing {
            version: crate::cmd::recipes::LISTING_VERSION,
            recipes: self
                .catalog
                .recipes()
                .iter()
                .filter_map(|r| {
                    self.catalog
                        .analysis(&r.id)
                        .map(|a| crate::cmd::recipes::entry(r, a))
                })
                .collect(),
        };
        serde_json::to_value(&listing).unwrap_or_default()
    }

    /// Plans and assembles a document: for the patient of `profile`, or with no profile (a book
    /// or cards of the whole library) the default week and no exclusions.
    pub fn document(
        &self,
        profile: Option<&Profile>,
        options: &DocOptions,
        today: time::Date,
    ) -> Result<Document, Error> {
        let default = Profile::default();
        let patient = profile.unwrap_or(&default);
        let start = Self::start(patient, today);
        let week = self.week(patient, start)?;
        let args = DocumentArgs {
            layout: options.layout.name().to_owned(),
            paper: options.paper,
            pdf_standard: PdfStandard::Ua1,
            layouts: None,
            font_paths: Vec::new(),
            large_print: options.large_print,
            clinic: None,
            filters: FilterArgs {
                recipes_only: options.recipes_only.clone(),
                ..FilterArgs::default()
            },
        };
        let data = crate::cmd::build::document(
            &self.catalog,
            &week,
            patient,
            profile,
            start,
            &self.clinic,
            &args,
        )?;
        let mut render =
            crate::cmd::build::render_options(&args, &self.inputs, &self.clinic, start, false);
        render.files.extend(data.recipe_files());
        Ok(Document {
            data: data.to_json(),
            options: render,
        })
    }

    fn week(&self, profile: &Profile, start: time::Date) -> Result<crate::plan::WeekPlan, Error> {
        let targets = crate::references::Targets::new(self.clinic.references, profile);
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
}
