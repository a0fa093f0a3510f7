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

use gutjoint::error::Report;

/// What a command that succeeded has to say.
#[derive(Default)]
pub struct Done {
    /// What goes to standard output.
    pub output: String,
    /// Problems in the inputs, the fonts or a layout that did not stop the run.
    pub warnings: Report,
}

use std::path::Path;

use crate::cli::DocumentArgs;
use gutjoint::session::{DocOptions, Inputs, Today};

/// Resolves where the inputs come from (flags first, then the clinic folder found at or above
/// the current directory) and says on standard error which clinic folder is used.
pub fn inputs(recipes: Option<&Path>, clinic: Option<&Path>, layouts: Option<&Path>) -> Inputs {
    let (inputs, found) = Inputs::discover(recipes, clinic, layouts);
    let notices = found.notices();
    if !notices.is_empty() {
        gutjoint::diag::to_stderr(&notices);
    }
    inputs
}

/// The inputs of a command that renders: those of [`inputs`] and the `--font-path` folders.
pub fn document_inputs(recipes: Option<&Path>, doc: &DocumentArgs) -> Inputs {
    let mut inputs = inputs(recipes, doc.clinic.as_deref(), doc.layouts.as_deref());
    inputs.font_paths = doc.font_paths.clone();
    inputs
}

/// The document options from the command line: `date` is the first day of a week whose profile
/// gives none, `suit_profile` whether a book or cards leave out what the profile excludes.
pub fn doc_options(
    doc: &DocumentArgs,
    date: Option<time::Date>,
    source_date_epoch: Option<&str>,
    suit_profile: bool,
) -> DocOptions {
    DocOptions {
        layout: doc.layout.clone(),
        paper: doc.paper.map(Into::into),
        standard: doc.pdf_standard.into(),
        large_print: doc.large_print,
        filters: gutjoint::plan::select::Filters {
            recipes_only: doc.filters.recipes_only.clone(),
            tags: doc.filters.tags.iter().map(|&t| t.into()).collect(),
            meals: doc.filters.meals.clone(),
        },
        suit_profile,
        date,
        today: Today::from_source_date_epoch(source_date_epoch),
        locale: doc.locale.clone(),
    }
}
