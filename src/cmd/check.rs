//! `gutjoint check`: validates the recipes and the ingredient table, reporting every problem.

use super::Done;
use crate::cli::CheckArgs;
use crate::error::Error;
use crate::nutrients::Nutrient;

/// Loads and checks the recipes and the ingredient table; returns a one-line summary.
pub fn run(args: &CheckArgs) -> Result<Done, Error> {
    let inputs = super::inputs(args.recipes.recipes.as_deref(), None, None);
    let (_, _, catalog) = super::load(&inputs)?;
    let warnings = catalog.warnings.diagnostics.len();
    let mut output = format!(
        "checked {} recipes and {} ingredients: no errors{}",
        catalog.recipes().len(),
        catalog.table().len(),
        match warnings {
            0 => String::new(),
            1 => ", 1 warning".to_owned(),
            n => format!(", {n} warnings"),
        }
    );
    if args.nutrients {
        for recipe in catalog.recipes() {
            let Some(a) = catalog.analysis(&recipe.id) else {
                continue;
            };
            let n = &a.nutrients;
            let shown: Vec<String> = Nutrient::ALL
                .iter()
                .map(|&k| format!("{} {}", k.label().to_lowercase(), n.show(k)))
                .collect();
            output.push_str(&format!(
                "\n{} (per serving): {}",
                recipe.id,
                shown.join(", ")
            ));
        }
    }
    Ok(Done {
        output,
        warnings: catalog.warnings,
        ..Done::default()
    })
}
