//! `gutjoint check`: validates the recipes and the ingredient table, reporting every problem.

use super::Done;
use crate::cli::CheckArgs;
use crate::error::Error;

/// Loads and checks the recipes and the ingredient table; returns a one-line summary.
pub fn run(args: &CheckArgs) -> Result<Done, Error> {
    let inputs = super::inputs(args.recipes.recipes.as_deref(), None, None);
    let (_, _, catalog) = super::load(&inputs)?;
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
