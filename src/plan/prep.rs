//! The "Get ahead" plan of a week: what to cook once for two or three meals, what to keep in the
//! fridge or freeze and for how long (from the recipes' storage notes), and how to keep it safe.

use crate::load::catalog::Catalog;
use crate::load::ingredients::Aisle;
use crate::locale::{Arg, Locale};
use crate::plan::WeekPlan;
use crate::recipe::Meal;
use crate::shop::cooks;

/// The first day (0 to 6) whose fresh fish and meat the plan says to freeze on the day of the shop.
const LATE_FROM_DAY: usize = 2;

/// Joins words as a sentence lists them: "Monday and Friday", "Monday, Tuesday and Friday".
pub fn and_list(locale: &Locale, words: &[String]) -> String {
    match words {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => locale.args(
            "list-and",
            &[
                ("rest", Arg::Text(rest.join(", "))),
                ("last", Arg::Text(last.clone())),
            ],
        ),
    }
}

/// Times a breakfast or snack must come back before the plan suggests making it ahead.
const REPEATS_TO_BATCH: usize = 3;

/// Writes a title for the middle of a sentence: "Red lentil dhal" becomes "red lentil dhal",
/// while a name that starts with two capitals ("BBQ beans") is kept.
fn in_sentence(title: &str) -> String {
    let mut chars = title.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && !second.is_uppercase() => {
            first.to_lowercase().chain(title.chars().skip(1)).collect()
        }
        _ => title.to_owned(),
    }
}

/// Returns the week's "Get ahead" lines, in the order a cook meets them: each dinner cooked for
/// more than one meal, each breakfast or snack that comes back and keeps, then how to keep
/// leftovers and frozen food safe. Empty when the week reuses nothing.
pub fn get_ahead(plan: &WeekPlan, catalog: &Catalog, locale: &Locale) -> Vec<String> {
    let weekday = |d: usize| {
        plan.days
            .get(d)
            .map(|d| locale.weekday(d.date))
            .unwrap_or_default()
    };
    let mut lines = Vec::new();
    let (mut fridge, mut freezer) = (false, false);
    for cook in cooks(plan).iter().filter(|c| !c.side) {
        if cook.leftover.is_none() && cook.frozen.is_none() {
            continue;
        }
        let Some(recipe) = catalog.get(cook.recipe) else {
            continue;
        };
        let meals = 1 + usize::from(cook.leftover.is_some()) + usize::from(cook.frozen.is_some());
        let title = crate::contract::recipe_title(locale, recipe);
        let mut line = locale.args(
            "get-ahead-cook",
            &[
                ("day", Arg::Text(weekday(cook.day))),
                (
                    "meal",
                    Arg::Text(crate::contract::meal_name(locale, cook.meal).to_lowercase()),
                ),
                ("title", Arg::Text(in_sentence(&title))),
                ("meals", Arg::Number(meals as f64)),
            ],
        );
        if cook.leftover.is_some() {
            fridge = true;
            line.push(' ');
            line.push_str(&locale.args(
                "get-ahead-keep",
                &[("day", Arg::Text(weekday(cook.day + 1)))],
            ));
        }
        if let Some((_, day)) = cook.frozen {
            freezer = true;
            line.push(' ');
            line.push_str(&locale.args("get-ahead-freeze", &[("day", Arg::Text(weekday(day)))]));
        }
        if let Some(note) = &recipe.storage {
            line.push(' ');
            line.push_str(&locale.respell(note.trim()));
        }
        lines.push(line);
    }
    for meal in [Meal::Breakfast, Meal::Snack] {
        let mut seen: Vec<&str> = Vec::new();
        for slot in plan.days.iter().flat_map(|d| &d.slots) {
            if slot.meal == meal && !seen.contains(&slot.recipe.as_str()) {
                seen.push(&slot.recipe);
            }
        }
        for id in seen {
            let times = plan
                .days
                .iter()
                .flat_map(|d| &d.slots)
                .filter(|s| s.meal == meal && s.recipe == id)
                .count();
            let Some(recipe) = catalog.get(id) else {
                continue;
            };
            let Some(days) = recipe.fridge_days().filter(|&d| d >= 2) else {
                continue;
            };
            if times < REPEATS_TO_BATCH {
                continue;
            }
            lines.push(locale.args(
                "get-ahead-repeat",
                &[
                    (
                        "title",
                        Arg::Text(crate::contract::recipe_title(locale, recipe)),
                    ),
                    ("times", Arg::Number(times as f64)),
                    ("days", Arg::Number(f64::from(days))),
                    ("batch", Arg::Number(f64::from(days.min(times as u32)))),
                ],
            ));
        }
    }
    // Fresh fish and meat for the end of the week would be past its date: freeze it on the day
    // of the shop.
    let mut late: Vec<String> = Vec::new();
    for cook in cooks(plan)
        .iter()
        .filter(|c| !c.side && c.day >= LATE_FROM_DAY)
    {
        let Some(recipe) = catalog.get(cook.recipe) else {
            continue;
        };
        let fresh = recipe.ingredients.iter().any(|i| {
            catalog
                .table()
                .get(&i.item)
                .is_some_and(|e| e.aisle == Aisle::FishAndMeat && e.is_perishable())
        });
        let day = weekday(cook.day);
        if fresh && !late.contains(&day) {
            late.push(day);
        }
    }
    if !late.is_empty() {
        lines.push(locale.args(
            "get-ahead-fish",
            &[("days", Arg::Text(and_list(locale, &late)))],
        ));
    }
    if fridge {
        lines.push(locale.text("get-ahead-fridge-safety"));
    }
    if freezer {
        lines.push(locale.text("get-ahead-freezer-safety"));
    }
    lines
}
