//! `gutjoint check`: validates the recipes and the ingredient table, reporting every problem.

use super::Done;
use crate::catalog::Catalog;
use crate::cli::CheckArgs;
use crate::error::Error;

/// Loads and checks the recipes and the ingredient table; returns a one-line summary.
pub fn run(args: &CheckArgs) -> Result<Done, Error> {
    let catalog = Catalog::load(&super::build::recipe_source(&args.recipes))?;
    let warnings = catalog.warnings.diagnostics.len();
    let output = format!(
        "checked {} recipes and {} ingredients: no errors{}",
        catalog.recipes().len(),
        catalog.table().len(),
        match warnings {
            0 => String::new(),
            1 => ", 1 warning".to_owned(),
            n => format!(", {n} warnings"),
        }
    );
    Ok(Done {
        output,
        warnings: catalog.warnings,
        ..Done::default()
    })
}
