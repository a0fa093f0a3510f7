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
use crate::shop::Item;

/// The version of the JSON plan; bumped only when a field changes meaning or goes away.
pub const PLAN_VERSION: u32 = 2;

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
    /// The patient's targets.
    pub targets: &'a crate::plan::references::Targets,
    /// The week's nutrition against the targets, with its advice.
    pub nutrition: Intake,
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
}

/// The JSON plan of a week: what `gutjoint plan --format json` prints and `serve` answers.
pub fn json<'a>(
    week: &'a WeekPlan,
    profile: &'a Profile,
    catalog: &'a Catalog,
    shopping: &'a [Item],
) -> PlanJson<'a> {
    let h = week.household;
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
                    let eaten_again = week.days.get(d + 1).is_some_and(|n| {
                        n.slots.iter().any(|x| x.leftover && x.recipe == s.recipe)
                    }) && s.meal == Meal::Dinner;
                    let servings = s.portion.servings() + f64::from(h.saturating_sub(1));
                    let again = week
                        .days
                        .get(d + 1)
                        .and_then(|n| n.slots.iter().find(|x| x.leftover && x.recipe == s.recipe));
                    MealJson {
                        slot: s.meal,
                        recipe: s.recipe.clone(),
                        portion: s.portion,
                        servings,
                        cooked_servings: match again {
                            _ if s.leftover => 0.0,
                            Some(next) if eaten_again => {
                                servings + next.portion.servings() + f64::from(h.saturating_sub(1))
                            }
                            _ => servings,
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
        targets: &week.targets,
        nutrition: intake::assess(week, catalog),
    }
}
