//! `gutjoint recipes`: lists the recipes with computed nutrients, tags, allergens and diet.

use std::fmt::Write;

use gutjoint::check::nutrients::Nutrient;

use crate::cli::{Format, RecipesArgs};
use gutjoint::error::Error;
use gutjoint::session::Session;

use super::Done;
use gutjoint::check::listing::{LISTING_VERSION, Listing, entry};
use gutjoint::check::nutrition::Analysis;
use gutjoint::recipe::Recipe;

/// Lists the recipes that pass the filters.
pub fn run(args: &RecipesArgs) -> Result<Done, Error> {
    let inputs = super::inputs(args.recipes.recipes.as_deref(), None, None);
    let session = Session::load_recipes(&inputs)?;
    let catalog = &session.catalog;
    let chosen: Vec<(&Recipe, &Analysis)> = catalog
        .recipes()
        .iter()
        .filter_map(|r| catalog.analysis(&r.id).map(|a| (r, a)))
        .filter(|(r, _)| {
            args.tag
                .is_none_or(|t| gutjoint::recipe::TagFilter::from(t).matches(&r.tags))
        })
        .filter(|(r, _)| args.diet.is_none_or(|d| r.diet <= d))
        .collect();
    if args.format == Format::Json {
        let listing = Listing {
            version: LISTING_VERSION,
            recipes: chosen.iter().map(|(r, a)| entry(r, a)).collect(),
        };
        let output = serde_json::to_string_pretty(&listing).unwrap_or_default();
        return Ok(Done {
            output,
            warnings: session.recipe_warnings,
        });
    }
    let mut out = format!(
        "{:<40} {:<11} {:>5} {:>7} {:>6} {:>6} {:>6} {:>7}  {:<9} {}\n",
        "recipe", "diet", "kcal", "protein", "salt", "fibre", "ALA", "EPA+DHA", "tags", "allergens"
    );
    for (recipe, analysis) in &chosen {
        let per = &analysis.per_serving;
        let allergens: Vec<&str> = recipe.allergens.iter().map(|a| a.name()).collect();
        let _ = writeln!(
            out,
            "{:<40} {:<11} {:>5.0} {:>6.1}g {:>5.1}g {:>5.1}g {:>5.2}g {:>5.0}mg  {:<9} {}",
            recipe.id,
            recipe.diet.name(),
            per.energy_kcal,
            analysis.nutrients.get(Nutrient::Protein),
            analysis.nutrients.get(Nutrient::Salt),
            per.fiber_g,
            per.ala_g,
            per.epa_dha_mg,
            super::plan::tag_letters(&recipe.tags),
            if allergens.is_empty() {
                "-".to_owned()
            } else {
                allergens.join(", ")
            }
        );
    }
    let _ = write!(
        out,
        "{} recipes; nutrients per serving (USDA SR Legacy)",
        chosen.len()
    );
    Ok(Done {
        output: out,
        warnings: session.recipe_warnings,
    })
}
