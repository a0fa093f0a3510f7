//! The week of meals. For now a simple, deterministic rotation through the catalogue by meal;
//! the planner with exclusions, pillars and variety replaces it.

use time::Date;

use crate::catalog::Catalog;
use crate::recipe::Meal;

/// One meal of one day and the recipe chosen for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slot {
    /// Which meal.
    pub meal: Meal,
    /// The recipe's id.
    pub recipe: String,
}

/// One day of the plan.
#[derive(Debug, Clone)]
pub struct DayPlan {
    /// The day's date.
    pub date: Date,
    /// The meals of the day, in meal order; a meal with no recipe in the catalogue is left out.
    pub slots: Vec<Slot>,
}

/// Seven days of meals.
#[derive(Debug, Clone)]
pub struct WeekPlan {
    /// The days, from the start date on.
    pub days: Vec<DayPlan>,
}

impl WeekPlan {
    /// Returns the ids of the planned recipes, each once, in order of first appearance.
    pub fn recipe_ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = Vec::new();
        for slot in self.days.iter().flat_map(|d| &d.slots) {
            if !ids.contains(&slot.recipe.as_str()) {
                ids.push(&slot.recipe);
            }
        }
        ids
    }
}

/// Plans seven days from `start` by rotating through the recipes that suit each meal, never
/// putting the same recipe twice on one day when another is available.
pub fn rotate(catalog: &Catalog, start: Date, meals: &[Meal]) -> WeekPlan {
    let mut days = Vec::with_capacity(7);
    let mut date = start;
    for day in 0..7 {
        let mut slots: Vec<Slot> = Vec::new();
        for (k, &meal) in meals.iter().enumerate() {
            let candidates: Vec<&str> = catalog
                .recipes()
                .iter()
                .filter(|r| r.meals.contains(&meal))
                .map(|r| r.id.as_str())
                .collect();
            if candidates.is_empty() {
                continue;
            }
            let first = day + k * 3;
            let pick = (0..candidates.len())
                .map(|i| candidates[(first + i) % candidates.len()])
                .find(|id| !slots.iter().any(|s| s.recipe == *id))
                .unwrap_or(candidates[first % candidates.len()]);
            slots.push(Slot {
                meal,
                recipe: pick.to_owned(),
            });
        }
        days.push(DayPlan { date, slots });
        date = date.next_day().unwrap_or(date);
    }
    WeekPlan { days }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::RecipeSource;

    #[test]
    fn the_rotation_fills_every_meal_and_varies() {
        let catalog = Catalog::load(&RecipeSource::Bundled).unwrap();
        let start = Date::from_calendar_date(2026, time::Month::November, 26).unwrap();
        let meals = [Meal::Breakfast, Meal::Lunch, Meal::Dinner, Meal::Snack];
        let week = rotate(&catalog, start, &meals);
        assert_eq!(week.days.len(), 7);
        for day in &week.days {
            assert_eq!(day.slots.len(), 4);
            for slot in &day.slots {
                assert!(
                    catalog
                        .get(&slot.recipe)
                        .unwrap()
                        .meals
                        .contains(&slot.meal)
                );
            }
        }
        let dinners: Vec<&str> = week
            .days
            .iter()
            .map(|d| d.slots[2].recipe.as_str())
            .collect();
        assert!(dinners.windows(2).all(|w| w[0] != w[1]), "{dinners:?}");
    }
}
