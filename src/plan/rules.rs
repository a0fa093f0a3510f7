//! The soft rules in one table: for each its place in the relaxation order, its weight in the
//! search, the search's check of a state, the check of the finished week and its words. The
//! planner's score sums the search's checks over the table; the week's report runs the other
//! checks over the same table.
//!
//! The weights follow the relaxation order: a rule kept longer costs more to miss. The search
//! checks the rules, within each place it tallies (a meal, a day, the week), from the rule kept
//! longest down, so the score adds its terms in one fixed order and a seeded plan comes out the
//! same every time.

use serde::Serialize;

use super::portions::{self, Portion};
use super::references::Targets;
use super::{
    Choice, Context, DayCoverage, Dish, FIBER_PER_DAY_G, Facts, OILY_FISH_DAYS, PLANTS_PER_WEEK,
};
use crate::check::nutrients::{Nutrient, Nutrients};
use crate::recipe::Meal;

/// The soft rules, in the order they are given up when not all can be met: the last is kept longest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    /// A `simple` week: no more distinct recipes than it aims at (12 with four meals).
    FewRecipes,
    /// At least 30 distinct plants in the week.
    Plants30,
    /// Oily fish on at least two days.
    OilyFishTwice,
    /// A polyphenol-rich dish at every meal that has one to offer.
    PolyphenolEveryMeal,
    /// At least 25 g of fibre a day from the meals.
    Fiber25,
    /// An omega-3 source every day.
    Omega3Daily,
    /// A live-fermented dish every day.
    LiveFermentDaily,
    /// The same dinner never two days running, unless it is a planned leftover.
    NoRepeatDinner,
    /// The day's energy within 10% of the patient's target.
    EnergyInRange,
    /// The day's protein at or above the patient's target.
    ProteinTarget,
    /// The day's salt at or below the limit (6 g in the UK).
    SaltLimit,
}

impl Rule {
    /// Returns the rule's row of the table.
    pub(super) fn soft(self) -> &'static SoftRule {
        &SOFT_RULES[self as usize]
    }

    /// Says in words what was given up.
    pub fn describe(self) -> &'static str {
        self.soft().words
    }
}

/// What one unit of a rule's shortfall costs a week.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Weight {
    /// In a `varied` week.
    pub varied: f64,
    /// In a `simple` week.
    pub simple: f64,
}

const fn flat(weight: f64) -> Weight {
    Weight {
        varied: weight,
        simple: weight,
    }
}

/// A day as the search tallies it, for the rules checked once a day.
pub(super) struct DayTally<'a> {
    /// The state scored.
    pub state: &'a [Choice],
    /// The day, 0 to 6.
    pub day: usize,
    /// Whether a dish eaten that day is live-fermented.
    pub live: bool,
    /// Whether a dish eaten that day is a source of omega-3.
    pub omega3: bool,
    /// The fibre of one serving of each dish of the day, g.
    pub fiber: f64,
}

/// The week as the search tallies it.
pub(super) struct WeekTally {
    /// Days with oily fish.
    pub fish_days: usize,
    /// Distinct plants eaten.
    pub plants: usize,
    /// Distinct recipes cooked.
    pub recipes: usize,
}

/// A check at a meal: the meal's index in the day and the facts of the dish eaten there.
pub(super) type MealCheck = fn(&Context, usize, &Facts) -> f64;
/// A check at the end of a day.
pub(super) type DayCheck = fn(&Context, &DayTally) -> f64;
/// A check of what no portions could fix in a day's dishes (one serving of each).
pub(super) type PortionsCheck = fn(&Context, &Dish) -> f64;
/// A check at the end of the week.
pub(super) type WeekCheck = fn(&Context, &WeekTally) -> f64;

/// How far a state misses a rule, in units of its weight (0 when it is met); one kind for each
/// place the search checks a rule.
#[derive(Clone, Copy)]
pub(super) enum Search {
    /// At each meal, from the dish eaten there (the meal's index in the day, its facts).
    Meal(MealCheck),
    /// At the end of each day.
    Day(DayCheck),
    /// At the end of each day, from what no portions could fix in the day's dishes (one serving
    /// of each); these terms are added up before they join the score.
    Portions(PortionsCheck),
    /// At the end of the week.
    Week(WeekCheck),
    /// At the end of a `simple` week (one that aims at a number of recipes), after the week's
    /// rules.
    SimpleWeek(WeekCheck),
}

/// A finished day, for the report's checks.
pub(super) struct DaySeen<'a> {
    /// What the day covers.
    pub coverage: &'a DayCoverage,
    /// The meals without a polyphenol-rich dish though one was on offer, in meal order.
    pub poly_missed: &'a [Meal],
    /// Whether the day's dinner is the day before's, not as a planned leftover.
    pub repeats_dinner: bool,
    /// What the patient eats that day, portions and sides included.
    pub nutrients: &'a Nutrients,
    /// The patient's daily targets.
    pub targets: &'a Targets,
}

/// A finished week, for the report's checks.
pub(super) struct WeekSeen {
    /// Days with oily fish.
    pub oily_fish_days: usize,
    /// Whether any recipe the profile allows has oily fish, so the aim applies.
    pub oily_fish_possible: bool,
    /// Distinct plants eaten.
    pub plants: usize,
    /// Distinct recipes cooked.
    pub recipes: usize,
    /// The distinct recipes a `simple` week aims at.
    pub recipe_aim: Option<usize>,
}

/// How a finished week misses a rule: one detail for each time it does (none when it is met).
/// Each check is given the rule's words, for a miss that needs no figures.
#[derive(Clone, Copy)]
pub(super) enum Report {
    /// On one day.
    Day(fn(&DaySeen, &'static str) -> Vec<String>),
    /// Over the week.
    Week(fn(&WeekSeen, &'static str) -> Vec<String>),
}

/// One soft rule.
pub(super) struct SoftRule {
    /// The rule.
    pub rule: Rule,
    /// The cost of each unit of its shortfall.
    pub weight: Weight,
    /// The search's check of a state, an estimate from one serving of each dish.
    pub search: Search,
    /// The check of the finished week, with the patient's portions and sides.
    pub report: Report,
    /// What is given up, in words.
    pub words: &'static str,
}

impl SoftRule {
    /// Returns the weight for a week of this variety.
    pub fn weight(&self, simple: bool) -> f64 {
        if simple {
            self.weight.simple
        } else {
            self.weight.varied
        }
    }
}

/// One detail, the rule's words, when `missed`.
fn in_words(missed: bool, words: &'static str) -> Vec<String> {
    if missed {
        vec![words.to_owned()]
    } else {
        Vec::new()
    }
}

/// One for a rule missed, nothing for one met.
fn one_if(missed: bool) -> f64 {
    if missed { 1.0 } else { 0.0 }
}

/// The portion the day's energy asks for, kept within 0.75 to 2 servings: the scale the search
/// assumes when it checks salt.
fn likely_scale(ctx: &Context, day: &Dish) -> f64 {
    (0.9 * ctx.needs.energy / day.energy).clamp(Portion::MIN.servings(), Portion::MAX.servings())
}

/// The soft rules, in their relaxation order (see [`Rule`]).
pub(super) const SOFT_RULES: [SoftRule; 11] = [
    SoftRule {
        rule: Rule::FewRecipes,
        // Each distinct recipe over the aim, given up before the plants.
        weight: flat(300.0),
        search: Search::SimpleWeek(|ctx, week| {
            week.recipes
                .saturating_sub(ctx.recipe_aim.unwrap_or(usize::MAX)) as f64
        }),
        report: Report::Week(|week, _| match week.recipe_aim {
            Some(aim) if week.recipes > aim => vec![format!(
                "{} different recipes, more than the {aim} a simple week aims at",
                week.recipes
            )],
            _ => Vec::new(),
        }),
        words: "more different recipes than a simple week aims at",
    },
    SoftRule {
        rule: Rule::Plants30,
        // Each plant short of 30; a simple week's pull towards fewer recipes and lines must not
        // outweigh it.
        weight: Weight {
            varied: 100.0,
            simple: 3_000.0,
        },
        search: Search::Week(|_, week| PLANTS_PER_WEEK.saturating_sub(week.plants) as f64),
        report: Report::Week(|week, _| {
            if week.plants < PLANTS_PER_WEEK {
                vec![format!(
                    "{} different plants, short of {PLANTS_PER_WEEK}",
                    week.plants
                )]
            } else {
                Vec::new()
            }
        }),
        words: "fewer than 30 different plants this week",
    },
    SoftRule {
        rule: Rule::OilyFishTwice,
        // Each day short of two.
        weight: flat(1_500.0),
        search: Search::Week(|_, week| OILY_FISH_DAYS.saturating_sub(week.fish_days) as f64),
        report: Report::Week(|week, _| {
            if week.oily_fish_possible && week.oily_fish_days < OILY_FISH_DAYS {
                vec![format!(
                    "oily fish on {} day(s), short of {OILY_FISH_DAYS}",
                    week.oily_fish_days
                )]
            } else {
                Vec::new()
            }
        }),
        words: "oily fish on fewer than two days",
    },
    SoftRule {
        rule: Rule::PolyphenolEveryMeal,
        // Each meal without, where its candidates offer one.
        weight: flat(2_000.0),
        search: Search::Meal(|ctx, meal, dish| one_if(!dish.poly && ctx.poly_possible[meal])),
        report: Report::Day(|day, _| {
            day.poly_missed
                .iter()
                .map(|meal| format!("{meal} has no polyphenol-rich dish"))
                .collect()
        }),
        words: "a meal without a polyphenol-rich dish",
    },
    SoftRule {
        rule: Rule::Fiber25,
        // Each gram short.
        weight: flat(400.0),
        search: Search::Day(|_, day| (FIBER_PER_DAY_G - day.fiber).max(0.0)),
        report: Report::Day(|day, _| {
            if day.coverage.fiber_g + 1e-9 < FIBER_PER_DAY_G {
                vec![format!(
                    "{:.0} g of fibre from the day's meals, short of 25 g",
                    day.coverage.fiber_g
                )]
            } else {
                Vec::new()
            }
        }),
        words: "less than 25 g of fibre from the day's meals",
    },
    SoftRule {
        rule: Rule::Omega3Daily,
        weight: flat(50_000.0),
        search: Search::Day(|_, day| one_if(!day.omega3)),
        report: Report::Day(|day, words| in_words(!day.coverage.omega3, words)),
        words: "no omega-3 source that day",
    },
    SoftRule {
        rule: Rule::LiveFermentDaily,
        weight: flat(100_000.0),
        search: Search::Day(|_, day| one_if(!day.live)),
        report: Report::Day(|day, words| in_words(!day.coverage.live_ferment, words)),
        words: "no live-fermented dish that day",
    },
    SoftRule {
        rule: Rule::NoRepeatDinner,
        weight: flat(1_000_000.0),
        search: Search::Day(|ctx, day| one_if(ctx.repeats_dinner(day.state, day.day))),
        report: Report::Day(|day, words| in_words(day.repeats_dinner, words)),
        words: "the same dinner as the day before",
    },
    SoftRule {
        rule: Rule::EnergyInRange,
        // Each kcal that even the largest or smallest portions (with the sides) leave outside
        // the 10% band.
        weight: flat(3_000.0),
        search: Search::Portions(|ctx, day| {
            if day.energy <= 0.0 {
                return 0.0;
            }
            let band = portions::ENERGY_BAND * ctx.needs.energy;
            let most = day.energy * Portion::MAX.servings() + ctx.side_energy_max;
            let least = day.energy * Portion::MIN.servings();
            (ctx.needs.energy - band - most)
                .max(least - ctx.needs.energy - band)
                .max(0.0)
        }),
        report: Report::Day(|day, _| {
            let energy = day.nutrients.get(Nutrient::Energy);
            let target = day.targets.energy_kcal;
            if portions::energy_in_band(energy, target) {
                return Vec::new();
            }
            let side = if energy < target { "below" } else { "above" };
            vec![format!(
                "{} of energy, more than 10% {side} the {} target",
                Nutrient::Energy.format(energy),
                Nutrient::Energy.format(target)
            )]
        }),
        words: "energy more than 10% away from the target",
    },
    SoftRule {
        rule: Rule::ProteinTarget,
        // Each gram short even at double portions with the richest sides.
        weight: flat(300_000.0),
        search: Search::Portions(|ctx, day| {
            if day.energy <= 0.0 {
                return 0.0;
            }
            (ctx.needs.protein - day.protein * Portion::MAX.servings() - ctx.side_protein_max)
                .max(0.0)
        }),
        report: Report::Day(|day, _| {
            let protein = day.nutrients.get(Nutrient::Protein);
            if protein + 1e-9 < day.targets.protein_g {
                vec![format!(
                    "{} of protein, short of the {} target",
                    Nutrient::Protein.format(protein),
                    Nutrient::Protein.format(day.targets.protein_g)
                )]
            } else {
                Vec::new()
            }
        }),
        words: "less protein than the target",
    },
    SoftRule {
        rule: Rule::SaltLimit,
        // Each gram over the limit at the portion the day's energy asks for, with half a gram
        // of room for the sides' salt.
        weight: flat(3_000_000.0),
        search: Search::Portions(|ctx, day| {
            if day.energy <= 0.0 {
                return 0.0;
            }
            (day.salt * likely_scale(ctx, day) - (ctx.needs.salt_max - 0.5)).max(0.0)
        }),
        report: Report::Day(|day, _| {
            let salt = day.nutrients.get(Nutrient::Salt);
            if salt > day.targets.salt_max_g + 1e-9 {
                vec![format!(
                    "{} of salt, over the {} limit",
                    Nutrient::Salt.format(salt),
                    Nutrient::Salt.format(day.targets.salt_max_g)
                )]
            } else {
                Vec::new()
            }
        }),
        words: "more salt than the limit",
    },
];

/// The search's checks with their weights for one week, grouped by where the search runs them
/// and each group ordered from the rule kept longest down: the order the score adds them in.
pub(super) struct Checks {
    /// At each meal.
    pub meal: Vec<(f64, MealCheck)>,
    /// At the end of each day.
    pub day: Vec<(f64, DayCheck)>,
    /// At the end of each day, from what no portions could fix.
    pub portions: Vec<(f64, PortionsCheck)>,
    /// At the end of the week.
    pub week: Vec<(f64, WeekCheck)>,
    /// At the end of a simple week.
    pub simple_week: Vec<(f64, WeekCheck)>,
}

impl Checks {
    /// Reads the table for a week of this variety.
    pub fn new(simple: bool) -> Self {
        let mut checks = Checks {
            meal: Vec::new(),
            day: Vec::new(),
            portions: Vec::new(),
            week: Vec::new(),
            simple_week: Vec::new(),
        };
        for rule in SOFT_RULES.iter().rev() {
            let w = rule.weight(simple);
            match rule.search {
                Search::Meal(f) => checks.meal.push((w, f)),
                Search::Day(f) => checks.day.push((w, f)),
                Search::Portions(f) => checks.portions.push((w, f)),
                Search::Week(f) => checks.week.push((w, f)),
                Search::SimpleWeek(f) => checks.simple_week.push((w, f)),
            }
        }
        checks
    }
}

/// Runs the report's checks of one finished day: the rules it misses, with their details.
pub(super) fn missed_on_day(day: &DaySeen) -> Vec<(Rule, String)> {
    SOFT_RULES
        .iter()
        .filter_map(|r| match r.report {
            Report::Day(check) => Some((r.rule, check(day, r.words))),
            Report::Week(_) => None,
        })
        .flat_map(|(rule, details)| details.into_iter().map(move |d| (rule, d)))
        .collect()
}

/// Runs the report's checks of the finished week: the weekly rules it misses, with their details.
pub(super) fn missed_in_week(week: &WeekSeen) -> Vec<(Rule, String)> {
    SOFT_RULES
        .iter()
        .filter_map(|r| match r.report {
            Report::Week(check) => Some((r.rule, check(week, r.words))),
            Report::Day(_) => None,
        })
        .flat_map(|(rule, details)| details.into_iter().map(move |d| (rule, d)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_in_relaxation_order() {
        for (i, row) in SOFT_RULES.iter().enumerate() {
            assert_eq!(row.rule as usize, i, "{:?} is out of place", row.rule);
        }
    }

    #[test]
    fn rules_kept_longer_weigh_more_per_miss() {
        // A day's miss of a daily rule outweighs a day's miss of the one given up before it.
        let w = |r: Rule| r.soft().weight(false);
        assert!(w(Rule::LiveFermentDaily) > w(Rule::Omega3Daily));
        assert!(w(Rule::NoRepeatDinner) > w(Rule::LiveFermentDaily));
        assert!(w(Rule::SaltLimit) > w(Rule::ProteinTarget));
        assert!(w(Rule::ProteinTarget) > w(Rule::EnergyInRange));
        let simple = |r: Rule| r.soft().weight(true);
        assert!(simple(Rule::Plants30) > simple(Rule::FewRecipes));
    }

    #[test]
    fn the_search_checks_each_rule_once_from_the_one_kept_longest() {
        let checks = Checks::new(false);
        let count = checks.meal.len()
            + checks.day.len()
            + checks.portions.len()
            + checks.week.len()
            + checks.simple_week.len();
        assert_eq!(count, SOFT_RULES.len());
        let weights: Vec<f64> = checks.portions.iter().map(|(w, _)| *w).collect();
        assert_eq!(weights, [3_000_000.0, 300_000.0, 3_000.0]);
        let weights: Vec<f64> = checks.day.iter().map(|(w, _)| *w).collect();
        assert_eq!(weights, [1_000_000.0, 100_000.0, 50_000.0, 400.0]);
    }

    #[test]
    fn the_report_words_a_missed_day() {
        let coverage = DayCoverage {
            live_ferment: false,
            omega3: true,
            fiber_g: 18.4,
            polyphenol_meals: 1,
            meals: 3,
            oily_fish: false,
        };
        let targets = Targets::new(
            super::super::references::Choice::Uk,
            &crate::load::profile::Profile::default(),
        );
        let nutrients = Nutrients::default();
        let missed = missed_on_day(&DaySeen {
            coverage: &coverage,
            poly_missed: &[Meal::Lunch, Meal::Dinner],
            repeats_dinner: true,
            nutrients: &nutrients,
            targets: &targets,
        });
        let rules: Vec<Rule> = missed.iter().map(|(r, _)| *r).collect();
        assert_eq!(
            rules,
            [
                Rule::PolyphenolEveryMeal,
                Rule::PolyphenolEveryMeal,
                Rule::Fiber25,
                Rule::LiveFermentDaily,
                Rule::NoRepeatDinner,
                Rule::EnergyInRange,
                Rule::ProteinTarget,
            ]
        );
        assert_eq!(missed[0].1, "lunch has no polyphenol-rich dish");
        assert_eq!(
            missed[2].1,
            "18 g of fibre from the day's meals, short of 25 g"
        );
        assert_eq!(missed[3].1, Rule::LiveFermentDaily.describe());
    }
}
