//! The week as JSON: the document `gutjoint plan --format json` prints and `gutjoint serve`
//! answers to `POST /api/plan`, kept stable by its version.

use serde::Serialize;

use crate::check::nutrients::Nutrients;
use crate::load::catalog::Catalog;
use crate::load::profile::Profile;
use crate::plan::intake::{self, Intake};
use crate::plan::portions::Portion;
use crate::plan::{Coverage, Relaxed, WeekPlan};
use crate::recipe::Meal;
use crate::shop::{self, Item};

/// The version of the JSON plan; bumped only when a field changes meaning or goes away.
pub const PLAN_VERSION: u32 = 3;

/// The JSON plan.
#[derive(Serialize)]
pub struct PlanJson<'a> {
    /// The format's version.
    pub version: u32,
    /// The patient's name, if the profile gives one.
    pub patient: Option<&'a str>,
    /// How many people eat each meal.
    pub household: u8,
    /// The days.
    pub days: Vec<DayJson<'a>>,
    /// What the week covers.
    pub coverage: &'a Coverage,
    /// The soft rules given up.
    pub relaxed: &'a [Relaxed],
    /// The shopping list.
    pub shopping: &'a [Item],
    /// What the week asks of the cook: distinct recipes, hands-on minutes, leftovers.
    pub effort: Effort,
    /// What the list leaves over: perishable grams bought and not eaten, lines, packs.
    pub waste: shop::Waste,
    /// The patient's targets.
    pub targets: &'a crate::plan::references::Targets,
    /// The week's nutrition against the targets, with its advice.
    pub nutrition: Intake,
}

/// What a week asks of the cook.
#[derive(Serialize)]
pub struct Effort {
    /// `simple` or `varied`.
    pub variety: crate::load::profile::Variety,
    /// Distinct recipes (sides aside).
    pub distinct_recipes: usize,
    /// The distinct recipes a simple week aims at; none for a varied one.
    pub recipe_aim: Option<usize>,
    /// Hands-on minutes of each day.
    pub hands_on_minutes: Vec<u32>,
    /// The day's limit, if the profile or clinic sets one.
    pub max_daily_prep: Option<u32>,
    /// Meals eaten from an earlier cook.
    pub leftovers: Vec<LeftoverJson>,
}

/// A meal eaten from an earlier cook.
#[derive(Serialize)]
pub struct LeftoverJson {
    /// The recipe.
    pub recipe: String,
    /// When it was cooked, YYYY-MM-DD.
    pub cooked: String,
    /// When it is eaten, YYYY-MM-DD.
    pub eaten: String,
    /// The meal it is eaten at.
    pub meal: Meal,
    /// `fridge` (the next day's lunch) or `freezer` (a second portion frozen for a later dinner).
    pub kept_in: &'static str,
}

/// Works out what a week asks of the cook.
pub fn effort(week: &WeekPlan, catalog: &Catalog, profile: &Profile) -> Effort {
    Effort {
        variety: week.variety,
        distinct_recipes: week.recipe_ids().len(),
        recipe_aim: week.recipe_aim,
        hands_on_minutes: week.hands_on(catalog),
        max_daily_prep: profile.max_daily_prep,
        leftovers: week
            .reused()
            .into_iter()
            .map(|(eaten, slot, cooked)| LeftoverJson {
                recipe: slot.recipe.clone(),
                cooked: week.days[cooked].date.to_string(),
                eaten: week.days[eaten].date.to_string(),
                meal: slot.meal,
                kept_in: if slot.leftover { "fridge" } else { "freezer" },
            })
            .collect(),
    }
}

/// One day of the JSON plan.
#[derive(Serialize)]
pub struct DayJson<'a> {
    /// The date, YYYY-MM-DD.
    pub date: String,
    /// The meals.
    pub meals: Vec<MealJson>,
    /// What the patient eats that day, per nutrient: amount, unit, coverage, "at least".
    pub nutrients: &'a Nutrients,
}

/// One meal of the JSON plan.
#[derive(Serialize)]
pub struct MealJson {
    /// Which meal.
    pub slot: Meal,
    /// The recipe's id.
    pub recipe: String,
    /// The patient's portion, in servings (0.75 to 2).
    pub portion: Portion,
    /// Servings eaten: the patient's portion and one for each other member of the household.
    pub servings: f64,
    /// Servings cooked: for a dinner eaten again the next day, both days' servings; none for a leftover.
    pub cooked_servings: f64,
    /// The sides the patient has with the meal (recipe ids), one serving each.
    pub sides: Vec<String>,
    /// For a leftover, the date of the dinner it was cooked for.
    pub leftover_of: Option<String>,
    /// For a dinner from the freezer, the date it was cooked.
    pub frozen_from: Option<String>,
    /// `fresh`, `leftover` or `freezer`.
    pub source: &'static str,
}

pub fn json<'a>(
    week: &'a WeekPlan,
    profile: &'a Profile,
    catalog: &'a Catalog,
    shopping: &'a [Item],
) -> PlanJson<'a> {
    let h = week.household;
    let cooks = shop::cooks(week);
    let days = week
        .days
        .iter()
        .enumerate()
        .map(|(d, day)| DayJson {
            date: day.date.to_string(),
            meals: day
                .slots
                .iter()
                .map(|s| {
                    let servings = s.portion.servings() + f64::from(h.saturating_sub(1));
                    MealJson {
                        slot: s.meal,
                        recipe: s.recipe.clone(),
                        portion: s.portion,
                        servings,
                        frozen_from: s.frozen_from.map(|f| week.days[f].date.to_string()),
                        source: match (s.leftover, s.frozen_from) {
                            (true, _) => "leftover",
                            (_, Some(_)) => "freezer",
                            _ => "fresh",
                        },
                        cooked_servings: if s.is_cooked() {
                            cooks
                                .iter()
                                .find(|c| c.day == d && c.meal == s.meal && !c.side)
                                .map_or(servings, |c| c.servings)
                        } else {
                            0.0
                        },
                        sides: s.sides.clone(),
                        leftover_of: s
                            .leftover
                            .then(|| day.date.previous_day().unwrap_or(day.date).to_string()),
                    }
                })
                .collect(),
            nutrients: &day.nutrients,
        })
        .collect();
    PlanJson {
        version: PLAN_VERSION,
        patient: profile.name.as_deref(),
        household: h,
        days,
        coverage: &week.coverage,
        relaxed: &week.relaxed,
        shopping,
        effort: effort(week, catalog, profile),
        waste: shop::waste(shopping),
        targets: &week.targets,
        nutrition: intake::assess(week, catalog),
    }
}
