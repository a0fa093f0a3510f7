//! The server's one door into the pipeline: the clinic and the recipes loaded once, a profile
//! checked, a week planned, a document assembled for the renderer. Every other part of `serve`
//! goes through here, so the pipeline can change shape behind this file alone.

use std::path::{Path, PathBuf};

use crate::contract::Paper;
use crate::diag::Diagnostic;
use crate::error::{Error, Report};
use crate::load::catalog::Catalog;
use crate::load::clinic::Clinic;
use crate::load::patients::Row;
use crate::load::profile::Profile;
use crate::plan::select::Filters;
use crate::render::RenderOptions;
use crate::session::{self, Session, Today};

/// The clinic, its recipes and where its layouts and fonts are (the [`Session`]), loaded once
/// for the server's life.
pub struct Engine {
    session: Session,
    /// The problems the clinic's settings and the recipes have that did not stop loading: what
    /// `check` warns about.
    warnings: Report,
    clinic_file: Option<PathBuf>,
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
        let (inputs, found) = session::Inputs::discover(None, clinic, None);
        crate::diag::to_stderr(&found.notices());
        let session = Session::load(&inputs)?;
        Ok(Self {
            warnings: session.warnings(),
            clinic_file: inputs.clinic.clone(),
            session,
        })
    }

    /// The clinic's checked settings.
    pub fn clinic(&self) -> &Clinic {
        &self.session.clinic
    }

    /// The recipes.
    pub fn catalog(&self) -> &Catalog {
        &self.session.catalog
    }

    /// The warnings `check` gives for these recipes and this clinic, and the skipped fonts.
    pub fn warnings(&self) -> (&Report, &Report) {
        (&self.warnings, &self.session.font_warnings)
    }

    /// The clinic's settings file, if there is one.
    pub fn clinic_file(&self) -> Option<&Path> {
        self.clinic_file.as_deref()
    }

    /// Checks a profile written as YAML, with the messages `build --profile` gives; returns it
    /// with its warnings (a food to avoid that no recipe holds).
    pub fn profile(
        &self,
        path: &str,
        yaml: &str,
    ) -> Result<(Profile, Vec<Diagnostic>), Vec<Diagnostic>> {
        Profile::parse_checked(path, yaml, self.catalog())
    }

    /// Splits and checks a patients file as `batch` does.
    pub fn patients(&self, path: &str, text: &str) -> Result<Vec<Row>, Diagnostic> {
        crate::load::patients::parse(path, text, self.catalog())
    }

    /// The first day of a profile's week: its `start`, else `today`.
    pub fn start(profile: &Profile, today: time::Date) -> time::Date {
        profile.start.map_or(today, |d| d.0)
    }

    /// Plans the week for a profile: the document `plan --format json` prints.
    pub fn plan(&self, profile: &Profile, today: time::Date) -> Result<serde_json::Value, Error> {
        let week = self.session.plan(profile, Self::start(profile, today))?;
        let shopping = crate::shop::list(&week, self.catalog());
        // The clinic's variety and daily limit fill in what the profile leaves out, as planned.
        let settled = self.session.settled(profile);
        let json = crate::plan::json::json(&week, &settled, self.catalog(), &shopping);
        serde_json::to_value(&json)
            .map_err(|e| Error::Io(anyhow::anyhow!("failed to write the plan as JSON ({e})")))
    }

    /// The recipe listing `recipes --format json` prints.
    pub fn recipes(&self) -> serde_json::Value {
        let catalog = self.catalog();
        let listing = crate::check::listing::Listing {
            version: crate::check::listing::LISTING_VERSION,
            recipes: catalog
                .recipes()
                .iter()
                .filter_map(|r| {
                    catalog
                        .analysis(&r.id)
                        .map(|a| crate::check::listing::entry(r, a))
                })
                .collect(),
        };
        serde_json::to_value(&listing).unwrap_or_default()
    }

    /// Plans and assembles a document: for the patient of `profile` (a book or cards then hold
    /// only what suits them), or with no profile the default week and the whole library.
    pub fn document(
        &self,
        profile: Option<&Profile>,
        options: &DocOptions,
        today: time::Date,
    ) -> Result<Document, Error> {
        let default = Profile::default();
        let options = session::DocOptions {
            layout: options.layout.name().to_owned(),
            paper: options.paper,
            large_print: options.large_print,
            filters: Filters {
                recipes_only: options.recipes_only.clone(),
                ..Filters::default()
            },
            suit_profile: profile.is_some(),
            today: Today::Fixed(today),
            ..session::DocOptions::default()
        };
        let document = self
            .session
            .document(profile.unwrap_or(&default), &options)?;
        Ok(Document {
            data: document.data_json(),
            options: document.render,
        })
    }
}
