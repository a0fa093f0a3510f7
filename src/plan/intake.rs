//! What the planned week gives the patient against the targets: each day's energy, protein,
//! fibre and salt, the week's daily average of the bone and joint nutrients, and the advice that
//! goes with them. `plan` prints it and the handout's "Your week's nutrition" page draws it.

use serde::Serialize;

use crate::check::nutrients::{Nutrient, Nutrients};
use crate::load::catalog::Catalog;
use crate::load::ingredients;
use crate::load::profile::Sex;
use crate::plan::WeekPlan;
use crate::plan::references::{self, Targets};
use crate::recipe::{Diet, Recipe};

/// The nutrients whose week's average is compared with the reference, in print order.
pub const WEEK_NUTRIENTS: [&str; 7] = [
    "calcium",
    "vitamin-d",
    "magnesium",
    "potassium",
    "zinc",
    "vitamin-b12",
    "iodine",
];

/// Foods with at least this much vitamin B12 per 100 g are named as the week's B12 sources.
const B12_SOURCE_UG: f64 = 0.3;

/// One amount against its target.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Row {
    /// The nutrient's key: `energy`, `iodine`.
    pub key: &'static str,
    /// The printed name.
    pub label: &'static str,
    /// The amount.
    pub value: f64,
    /// The amount as printed: "at least 3.1 µg".
    pub text: String,
    /// Whether the amount is a lower bound (less than 90% of the food had a value).
    pub at_least: bool,
    /// The target or reference.
    pub target: f64,
    /// The target as printed: "1,912 kcal", "at most 6 g".
    pub target_text: String,
    /// The amount as a share of the target, for the bar (1 is the target line).
    pub ratio: f64,
    /// Whether the target is a limit to stay under (salt) rather than an amount to reach.
    pub limit: bool,
    /// Whether the target is met (for energy: within 10%).
    pub met: bool,
}

/// One day's energy, protein, fibre and salt.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct DayRows {
    /// The weekday, short: "Thu".
    pub day: String,
    /// Energy, protein, fibre and salt, in that order.
    pub rows: Vec<Row>,
}

/// The week's nutrition, ready to print.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Intake {
    /// The references, as printed: "UK reference values (SACN and COMA)".
    pub references: String,
    /// Who the targets are for, in words.
    pub for_whom: String,
    /// Each day against the targets.
    pub days: Vec<DayRows>,
    /// The week's daily average of the bone and joint nutrients against the references.
    pub week: Vec<Row>,
    /// The foods the week's iodine comes from.
    pub iodine_sources: Vec<String>,
    /// The foods the week's vitamin B12 comes from.
    pub b12_sources: Vec<String>,
    /// The advice lines, in print order.
    pub advice: Vec<String>,
    /// How to read the page.
    pub notes: Vec<String>,
    /// Where the numbers come from.
    pub sources: Vec<String>,
}

/// Estimates the iodine in one serving of a recipe from the foods that carry it (µg), and names
/// those foods.
pub fn iodine_per_serving(recipe: &Recipe, catalog: &Catalog) -> (f64, Vec<&'static str>) {
    let (foods, _) = references::iodine_sources();
    let mut total = 0.0;
    let mut names = Vec::new();
    for line in &recipe.ingredients {
        let Some(source) = foods.iter().find(|f| f.ingredients.contains(&line.item)) else {
            continue;
        };
        let Some(entry) = catalog.table().get(&line.item) else {
            continue;
        };
        let grams = ingredients::grams(line, entry).unwrap_or(0.0);
        if grams > 0.0 {
            total += grams * source.value / 100.0 / f64::from(recipe.serves.get());
            if !names.contains(&source.name.as_str()) {
                names.push(source.name.as_str());
            }
        }
    }
    (total, names)
}

/// Names the foods of a recipe that carry vitamin B12.
fn b12_foods<'a>(recipe: &'a Recipe, catalog: &Catalog) -> Vec<&'a str> {
    recipe
        .ingredients
        .iter()
        .filter(|line| {
            catalog
                .table()
                .get(&line.item)
                .and_then(|e| ingredients::food(e, crate::load::foods::Foods::bundled()))
                .and_then(|f| f.vit_b12_ug)
                .is_some_and(|b12| b12 >= B12_SOURCE_UG)
        })
        .map(|line| line.item.as_str())
        .collect()
}

fn row(
    key: &'static str,
    label: &'static str,
    unit: Nutrient,
    value: f64,
    at_least: bool,
    target: f64,
    limit: bool,
) -> Row {
    let amount = unit.format(value);
    let met = if limit {
        value <= target + 1e-9
    } else if key == "energy" {
        crate::plan::portions::energy_in_band(value, target)
    } else {
        value + 1e-9 >= target
    };
    Row {
        key,
        label,
        value,
        text: if at_least {
            format!("at least {amount}")
        } else {
            amount
        },
        at_least,
        target,
        target_text: if limit {
            format!("at most {}", unit.format(target))
        } else {
            unit.format(target)
        },
        ratio: if target > 0.0 { value / target } else { 0.0 },
        limit,
        met,
    }
}

fn nutrient_row(n: Nutrient, total: &Nutrients, target: f64, limit: bool) -> Row {
    row(
        n.key(),
        n.label(),
        n,
        total.get(n),
        total.at_least(n),
        target,
        limit,
    )
}

/// Works out the week's nutrition for the patient.
pub fn assess(week: &WeekPlan, catalog: &Catalog) -> Intake {
    let t = &week.targets;
    let days: Vec<DayRows> = week
        .days
        .iter()
        .map(|d| DayRows {
            day: d.date.weekday().to_string().chars().take(3).collect(),
            rows: vec![
                nutrient_row(Nutrient::Energy, &d.nutrients, t.energy_kcal, false),
                nutrient_row(Nutrient::Protein, &d.nutrients, t.protein_g, false),
                nutrient_row(Nutrient::Fibre, &d.nutrients, t.fibre_g, false),
                nutrient_row(Nutrient::Salt, &d.nutrients, t.salt_max_g, true),
            ],
        })
        .collect();
    let mut average = Nutrients::default();
    for d in &week.days {
        average.add_scaled(&d.nutrients, 1.0 / week.days.len().max(1) as f64);
    }
    // Iodine and B12 by the foods that carry them, each meal at its portion, each side once.
    let mut iodine = 0.0;
    let mut iodine_sources: Vec<String> = Vec::new();
    let mut b12_sources: Vec<String> = Vec::new();
    for slot in week.days.iter().flat_map(|d| &d.slots) {
        let eaten = std::iter::once((slot.recipe.as_str(), slot.portion.servings()))
            .chain(slot.sides.iter().map(|s| (s.as_str(), 1.0)));
        for (id, servings) in eaten {
            let Some(recipe) = catalog.get(id) else {
                continue;
            };
            let (ug, names) = iodine_per_serving(recipe, catalog);
            iodine += ug * servings;
            for name in names {
                if !iodine_sources.iter().any(|s| s == name) {
                    iodine_sources.push(name.to_owned());
                }
            }
            for name in b12_foods(recipe, catalog) {
                if !b12_sources.iter().any(|s| s == name) {
                    b12_sources.push(name.to_owned());
                }
            }
        }
    }
    iodine /= week.days.len().max(1) as f64;
    let weekly: Vec<Row> = WEEK_NUTRIENTS
        .iter()
        .filter_map(|&key| {
            let target = t.reference(key)?;
            if key == "iodine" {
                // Only some foods are counted, so the estimate is always a lower bound.
                return Some(row(
                    "iodine",
                    "Iodine",
                    // Printed like vitamin K: whole micrograms.
                    Nutrient::VitaminK,
                    iodine,
                    true,
                    target,
                    false,
                ));
            }
            let n = Nutrient::ALL.into_iter().find(|n| n.key() == key)?;
            Some(nutrient_row(n, &average, target, false))
        })
        .collect();
    let advice = advice(week, t, &average, &weekly, &iodine_sources, &b12_sources);
    let (_, iodine_source) = references::iodine_sources();
    let mut sources = vec![
        format!("Energy: {}", t.energy_source),
        format!("Protein: {}", t.protein_source),
    ];
    sources.extend(
        t.nutrients
            .iter()
            .map(|v| format!("{}: {}", v.label, v.source)),
    );
    sources.push(format!("Iodine in foods: {iodine_source}"));
    sources.push(format!("Vitamin D advice: {}", t.vitamin_d_advice_source));
    sources.push(format!("Food values: {}", crate::load::foods::CITATION));
    Intake {
        references: t.name.clone(),
        for_whom: for_whom(t),
        days,
        week: weekly,
        iodine_sources,
        b12_sources,
        advice,
        notes: notes(t, week.household),
        sources,
    }
}

/// Says who the targets are for: "a woman aged 72".
fn for_whom(t: &Targets) -> String {
    let who = match t.sex {
        Sex::Female => "a woman",
        Sex::Male => "a man",
    };
    let age = if t.age_given {
        format!("aged {}", t.age)
    } else {
        format!("aged about {}", t.age)
    };
    format!("{who} {age}")
}

/// How to read the numbers.
fn notes(t: &Targets, household: u8) -> Vec<String> {
    let mut out = vec![
        "The bars show what your meals give you. The line on each bar is your target.".to_owned(),
        "\"At least\" means some foods have no figure for that nutrient, so the real amount may be higher.".to_owned(),
    ];
    if household > 1 {
        out.push(
            "These targets are yours. The rest of your household eats one serving of each meal."
                .to_owned(),
        );
    }
    if !t.sex_given {
        out.push("Your sex was not given, so these are the values for women.".to_owned());
    }
    if !t.age_given {
        out.push(format!(
            "Your age was not given, so these are the values for age {}.",
            t.age
        ));
    }
    out
}

/// Joins names into "a, b and c".
fn listed(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The advice lines: vitamin D, B12 and iodine for plant-based weeks, vitamin K and warfarin.
fn advice(
    week: &WeekPlan,
    t: &Targets,
    average: &Nutrients,
    weekly: &[Row],
    iodine_sources: &[String],
    b12_sources: &[String],
) -> Vec<String> {
    let mut out = Vec::new();
    let d = weekly.iter().find(|r| r.key == "vitamin-d");
    if let Some(d) = d {
        out.push(format!(
            "Vitamin D: your meals give you {} a day. Food alone rarely gives enough.",
            d.text
        ));
    }
    out.push(t.vitamin_d_advice.clone());
    let plant_based = matches!(week.diet, Diet::Vegan | Diet::Vegetarian);
    if plant_based {
        let b12_short = weekly
            .iter()
            .find(|r| r.key == "vitamin-b12")
            .is_none_or(|r| !r.met);
        if b12_sources.is_empty() {
            out.push("Vitamin B12: this week's meals have almost none. Take a B12 supplement, or have foods with added B12 every day.".to_owned());
        } else if b12_short {
            out.push(format!(
                "Vitamin B12: this week it comes from {}. That may not be enough, so take a B12 supplement too.",
                listed(b12_sources)
            ));
        } else {
            out.push(format!(
                "Vitamin B12: this week it comes from {}. Have one of them every day, or take a B12 supplement.",
                listed(b12_sources)
            ));
        }
        if iodine_sources.is_empty() {
            out.push("Iodine: plant foods have very little. Choose a plant drink with added iodine, or ask about an iodine supplement. Seaweed is not a safe source, as the amount varies too much.".to_owned());
        } else {
            out.push(format!(
                "Iodine: this week it comes from {}. If you have them less often, ask about an iodine supplement.",
                listed(iodine_sources)
            ));
        }
    }
    let k = average.get(Nutrient::VitaminK);
    out.push(format!(
        "If you take warfarin: this plan gives you about {} of vitamin K a day, mostly from leafy greens. Keep the amount about the same each week. Tell your anticoagulant clinic before a big change in what you eat.",
        Nutrient::VitaminK.format(k)
    ));
    out
}
