//! The recipe listing as JSON: what `gutjoint recipes --format json` prints and `gutjoint serve`
//! answers to `GET /api/recipes`, kept stable by its version.

use serde::Serialize;

use crate::check::nutrients::Nutrients;
use crate::check::nutrition::{Analysis, PerServing};
use crate::recipe::{Allergen, Diet, Meal, Recipe, Tags};

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
