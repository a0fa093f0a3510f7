//! `gutjoint recipes`: lists the recipes with computed nutrients, tags, allergens and diet.

use std::fmt::Write;

use serde::Serialize;

use crate::nutrients::{Nutrient, Nutrients};

use crate::cli::{Format, RecipesArgs, TagFilter};
use crate::error::Error;

use super::Done;
use crate::nutrition::{Analysis, PerServing};
use crate::recipe::{Allergen, Diet, Fermented, Level, Meal, Recipe, Tags};

/// The version of the JSON listing; bumped only when a field changes meaning or goes away.
pub const LISTING_VERSION: u32 = 1;

/// The JSON listing.
#[derive(Debug, Serialize)]
pub struct Listing<'a> {
    /// The listing format's version.
    pub version: u32,
    /// The recipes, sorted by id.
    pub recipes: Vec<Entry<'a>>,
}

/// One recipe in the JSON listing.
#[derive(Debug, Serialize)]
pub struct Entry<'a> {
    /// The recipe's id (its file name without `.yaml`).
    pub id: &'a str,
    /// The title.
    pub title: &'a str,
    /// The meals it suits.
    pub meals: &'a [Meal],
    /// Servings the amounts make.
    pub serves: u32,
    /// Hands-on minutes.
    pub prep_minutes: u32,
    /// Unattended minutes.
    pub cook_minutes: u32,
    /// The diet it is declared for.
    pub diet: Diet,
    /// The declared allergens.
    pub allergens: &'a [Allergen],
    /// The declared tags.
    pub tags: Tags,
    /// Nutrients per serving, rounded: kcal to 1, grams to 0.01, mg to 1.
    pub per_serving: PerServing,
    /// Every nutrient per serving: amount, unit, the share of grams with a value, and whether
    /// it prints as "at least".
    pub nutrients: &'a Nutrients,
    /// The plants it holds.
    pub plants: &'a [String],
    /// Whether it keeps for the next day.
    pub leftovers: bool,
    /// Whether it needs no fine chopping.
    pub easy_prep: bool,
}

/// Lists the recipes that pass the filters.
pub fn run(args: &RecipesArgs) -> Result<Done, Error> {
    let inputs = super::inputs(args.recipes.recipes.as_deref(), None, None);
    let (_, _, catalog) = super::load(&inputs)?;
    let chosen: Vec<(&Recipe, &Analysis)> = catalog
        .recipes()
        .iter()
        .filter_map(|r| catalog.analysis(&r.id).map(|a| (r, a)))
        .filter(|(r, _)| args.tag.is_none_or(|t| has_tag(&r.tags, t)))
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
            warnings: catalog.warnings,
            ..Done::default()
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
        warnings: catalog.warnings,
        ..Done::default()
    })
}

/// One recipe's entry in the JSON listing.
pub fn entry<'a>(recipe: &'a Recipe, analysis: &'a Analysis) -> Entry<'a> {
    let per = analysis.per_serving;
    let round = |v: f64, places: i32| {
        let f = 10f64.powi(places);
        (v * f).round() / f
    };
    Entry {
        id: &recipe.id,
        title: &recipe.title,
        meals: &recipe.meals,
        serves: recipe.serves.get(),
        prep_minutes: recipe.time.prep,
        cook_minutes: recipe.time.cook,
        diet: recipe.diet,
        allergens: &recipe.allergens,
        tags: recipe.tags,
        per_serving: PerServing {
            energy_kcal: round(per.energy_kcal, 0),
            fiber_g: round(per.fiber_g, 2),
            ala_g: round(per.ala_g, 2),
            epa_dha_mg: round(per.epa_dha_mg, 0),
        },
        nutrients: &analysis.nutrients,
        plants: &analysis.plants,
        leftovers: recipe.leftovers,
        easy_prep: recipe.easy_prep,
    }
}

/// Says whether a recipe's tags pass a tag filter.
pub fn has_tag(tags: &Tags, filter: TagFilter) -> bool {
    match filter {
        TagFilter::Fiber => tags.fiber.is_some(),
        TagFilter::HighFiber => tags.fiber == Some(Level::High),
        TagFilter::Polyphenol => tags.polyphenol.is_some(),
        TagFilter::Fermented => tags.fermented.is_some(),
        TagFilter::Live => tags.fermented == Some(Fermented::Live),
        TagFilter::Omega3 => tags.omega3.is_some(),
        TagFilter::HighOmega3 => tags.omega3 == Some(Level::High),
    }
}
