//! `gutjoint check`: validates the recipes and reports every problem at once.

use crate::catalog::Catalog;
use crate::cli::CheckArgs;
use crate::error::Error;

/// Loads and checks the recipes; returns a one-line summary on success.
pub fn run(args: &CheckArgs) -> Result<String, Error> {
    let catalog = Catalog::load(&super::build::recipe_source(&args.recipes))?;
    Ok(format!(
        "checked {} recipes: no problems found",
        catalog.recipes().len()
    ))
}
