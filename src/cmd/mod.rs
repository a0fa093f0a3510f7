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
}

/// Resolves the inputs: flags first, then the clinic folder found at or above the current
/// directory (its `clinic.yaml`, its `recipes/` on top of the bundled library, its `layouts/`).
pub fn inputs(recipes: Option<&Path>, clinic: Option<&Path>, layouts: Option<&Path>) -> Inputs {
    let found = match clinic {
        Some(_) => None,
        None => std::env::current_dir()
            .ok()
            .and_then(|dir| clinic::discover(&dir)),
    };
    if let Some(dir) = &found {
        eprintln!("using clinic folder `{}`", dir.display());
    }
    let folder = clinic
        .and_then(Path::parent)
        .map(Path::to_path_buf)
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
    let clinic = clinic
        .map(Path::to_path_buf)
        .or_else(|| found.map(|f| f.join(clinic::CLINIC_FILE)));
    Inputs {
        recipes,
        clinic,
        layouts,
    }
}

/// Loads the clinic settings (or the defaults) and the recipes, leaving out the ones the clinic hides.
pub fn load(inputs: &Inputs) -> Result<(Clinic, Report, Catalog), Error> {
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
