//! The shopping list: every cooked recipe scaled to the household (a dinner cooked for tomorrow's
//! lunch too is bought once, doubled), merged by ingredient, converted to one unit, rounded to
//! shop-friendly amounts and grouped by aisle, with cupboard staples listed apart.

use serde::Serialize;

use crate::load::catalog::Catalog;
use crate::load::ingredients::{self, Aisle, Entry, PINCH_G};
use crate::plan::WeekPlan;
use crate::recipe::{Meal, Unit};

/// Volumes below this are listed in spoons.
const SPOON_LIMIT_ML: f64 = 60.0;
const TSP_ML: f64 = 5.0;
const TBSP_ML: f64 = 15.0;

/// One line of the shopping list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Item {
    /// The ingredient, as the recipes name it.
    pub item: String,
    /// The exact amount the week's recipes use, in `unit`; none for "to taste".
    pub quantity: Option<f64>,
    /// `g`, `ml`, `piece`, `clove`, `slice` or `can`; empty for "to taste".
    pub unit: &'static str,
    /// The amount to buy, rounded up to what a shop sells.
    pub buy: Option<f64>,
    /// For counted items, their approximate weight in grams.
    pub approx_g: Option<f64>,
    /// Where it is in the shop.
    pub aisle: Aisle,
    /// Whether it is a cupboard staple (oils, herbs and spices) to check rather than buy.
    pub staple: bool,
    /// The amount as printed: "500 g", "3 (about 450 g)", "to taste".
    pub label: String,
}

/// What kind of measure a line is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Mass,
    Volume,
    Count(Unit),
    Can,
}

/// One time a recipe is cooked in the week.
#[derive(Debug, Clone, PartialEq)]
pub struct Cook<'a> {
    /// The recipe's id.
    pub recipe: &'a str,
    /// The servings cooked: the patient's portion and one for each other member of the
    /// household, at this meal and at the next day's leftover lunch when there is one.
    pub servings: f64,
    /// The day it is cooked, 0 to 6.
    pub day: usize,
    /// The meal it is cooked for.
    pub meal: Meal,
    /// The servings of it eaten again at the next day's lunch, when it is a planned leftover.
    pub leftover: Option<f64>,
    /// Whether it is a side, the patient's own serving.
    pub side: bool,
}

/// Returns what is cooked in the week, cook by cook. A meal is cooked for the patient's portion
/// and one serving for each other member of the household; a dinner eaten again the next day is
/// cooked once for both meals; each side is the patient's own serving.
pub fn cooks(plan: &WeekPlan) -> Vec<Cook<'_>> {
    let others = f64::from(plan.household.saturating_sub(1));
    let mut out = Vec::new();
    for (d, day) in plan.days.iter().enumerate() {
        for slot in &day.slots {
            for side in &slot.sides {
                out.push(Cook {
                    recipe: side.as_str(),
                    servings: 1.0,
                    day: d,
                    meal: slot.meal,
                    leftover: None,
                    side: true,
                });
            }
            if slot.leftover {
                continue;
            }
            let here = slot.portion.servings() + others;
            let again = (slot.meal == Meal::Dinner)
                .then(|| {
                    plan.days.get(d + 1).and_then(|next| {
                        next.slots
                            .iter()
                            .find(|s| s.leftover && s.recipe == slot.recipe)
                    })
                })
                .flatten()
                .map(|again| again.portion.servings() + others);
            out.push(Cook {
                recipe: slot.recipe.as_str(),
                servings: here + again.unwrap_or(0.0),
                day: d,
                meal: slot.meal,
                leftover: again,
                side: false,
            });
        }
    }
    out
}

/// Returns what is cooked in the week, cook by cook: the recipe and its servings (see [`cooks`]).
pub fn cooked_servings(plan: &WeekPlan) -> Vec<(&str, f64)> {
    cooks(plan)
        .into_iter()
        .map(|c| (c.recipe, c.servings))
        .collect()
}

/// Builds the week's shopping list, sorted by aisle then item.
pub fn list(plan: &WeekPlan, catalog: &Catalog) -> Vec<Item> {
    // (item, kind) -> exact amount in that kind's base unit; `None` when only "to taste".
    let mut sums: Vec<(String, Option<Kind>, f64)> = Vec::new();
    for (recipe, servings) in cooked_servings(plan) {
        let Some(recipe) = catalog.get(recipe) else {
            continue;
        };
        let factor = servings / f64::from(recipe.serves.get());
        for line in &recipe.ingredients {
            if is_tap_water(&line.item) {
                continue;
            }
            let (kind, amount) = match (line.qty, line.unit.unwrap_or(Unit::Piece)) {
                (None, _) => (None, 0.0),
                (Some(q), unit) => {
                    let q = q.upper() * factor;
                    match unit {
                        Unit::Gram => (Some(Kind::Mass), q),
                        Unit::Kilogram => (Some(Kind::Mass), q * 1000.0),
                        Unit::Pinch => (Some(Kind::Mass), q * PINCH_G),
                        Unit::Can => (Some(Kind::Can), q),
                        Unit::Piece | Unit::Clove | Unit::Slice => (Some(Kind::Count(unit)), q),
                        volume => (Some(Kind::Volume), q * ingredients::millilitres(volume)),
                    }
                }
            };
            match sums
                .iter_mut()
                .find(|(i, k, _)| *i == line.item && *k == kind)
            {
                Some((_, _, total)) => *total += amount,
                None => sums.push((line.item.clone(), kind, amount)),
            }
        }
    }
    let mut items: Vec<Item> = Vec::new();
    let names: Vec<String> = sums
        .iter()
        .map(|(i, _, _)| i.clone())
        .fold(Vec::new(), |mut v, i| {
            if !v.contains(&i) {
                v.push(i);
            }
            v
        });
    for name in names {
        let entry = catalog.table().get(&name);
        let lines: Vec<(Option<Kind>, f64)> = sums
            .iter()
            .filter(|(i, _, _)| *i == name)
            .map(|(_, k, a)| (*k, *a))
            .collect();
        items.extend(merge(&name, &lines, entry));
    }
    items.sort_by(|a, b| (a.staple, a.aisle, &a.item).cmp(&(b.staple, b.aisle, &b.item)));
    items
}

/// Merges one ingredient's lines into as few shopping lines as its table entry allows: into grams
/// when every kind converts, else one line per kind.
fn merge(name: &str, lines: &[(Option<Kind>, f64)], entry: Option<&Entry>) -> Vec<Item> {
    let aisle = entry.map_or(Aisle::Cupboard, |e| e.aisle);
    let staple = is_staple(name, aisle);
    let measured: Vec<(Kind, f64)> = lines
        .iter()
        .filter_map(|(k, a)| k.map(|k| (k, *a)))
        .collect();
    if measured.is_empty() {
        return vec![item(name, None, "", None, aisle, staple)];
    }
    let grams = |kind: Kind, amount: f64| -> Option<f64> {
        match kind {
            Kind::Mass => Some(amount),
            Kind::Volume => entry?.ml.map(|d| amount * d),
            Kind::Count(_) => entry?.piece.map(|p| amount * p),
            Kind::Can => entry?.can.map(|c| amount * c),
        }
    };
    let kinds: Vec<Kind> = measured.iter().fold(Vec::new(), |mut v, (k, _)| {
        if !v.contains(k) {
            v.push(*k);
        }
        v
    });
    if kinds.len() == 1 {
        let kind = kinds[0];
        let total: f64 = measured.iter().map(|(_, a)| a).sum();
        // Seeds, flours and pastes measured by the spoon are bought by weight; liquids by volume.
        let density = entry.and_then(|e| e.ml);
        if let (Kind::Volume, Some(d)) = (kind, density)
            && total >= SPOON_LIMIT_ML
            && !(0.9..=1.1).contains(&d)
        {
            return vec![item(name, Some(total * d), "g", None, aisle, staple)];
        }
        let approx = match kind {
            Kind::Count(_) | Kind::Can => grams(kind, total),
            _ => None,
        };
        return vec![item(
            name,
            Some(total),
            unit_name(kind),
            approx,
            aisle,
            staple,
        )];
    }
    if let Some(total) = measured
        .iter()
        .map(|&(k, a)| grams(k, a))
        .sum::<Option<f64>>()
    {
        return vec![item(name, Some(total), "g", None, aisle, staple)];
    }
    kinds
        .into_iter()
        .map(|kind| {
            let total: f64 = measured
                .iter()
                .filter(|(k, _)| *k == kind)
                .map(|(_, a)| a)
                .sum();
            item(name, Some(total), unit_name(kind), None, aisle, staple)
        })
        .collect()
}

fn unit_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Mass => "g",
        Kind::Volume => "ml",
        Kind::Count(Unit::Clove) => "clove",
        Kind::Count(Unit::Slice) => "slice",
        Kind::Count(_) => "piece",
        Kind::Can => "can",
    }
}

fn item(
    name: &str,
    quantity: Option<f64>,
    unit: &'static str,
    approx_g: Option<f64>,
    aisle: Aisle,
    staple: bool,
) -> Item {
    // Small volumes are measured with spoons, so they are listed in spoons.
    let spoons = quantity
        .filter(|&q| unit == "ml" && q < SPOON_LIMIT_ML)
        .map(|q| {
            if q <= 3.0 * TSP_ML {
                ((q - 1e-9) / TSP_ML).ceil().max(1.0) * TSP_ML
            } else {
                ((q - 1e-9) / TBSP_ML).ceil() * TBSP_ML
            }
        });
    let buy = spoons.or(quantity.map(|q| shop_round(q, unit)));
    let label = match (buy, unit) {
        (None, _) => "to taste".to_owned(),
        (Some(b), "ml") if spoons.is_some() && b <= 3.0 * TSP_ML => {
            format!("{} tsp", trim(b / TSP_ML))
        }
        (Some(b), "ml") if spoons.is_some() => format!("{} tbsp", trim(b / TBSP_ML)),
        (Some(b), "g") if b >= 1000.0 => format!("{} kg", trim(b / 1000.0)),
        (Some(b), "ml") if b >= 1000.0 => format!("{} l", trim(b / 1000.0)),
        (Some(b), "g" | "ml") => format!("{} {unit}", trim(b)),
        (Some(b), _) => {
            let word = match (unit, b > 1.0) {
                ("clove", true) => " cloves",
                ("clove", false) => " clove",
                ("slice", true) => " slices",
                ("slice", false) => " slice",
                ("can", true) => " cans",
                ("can", false) => " can",
                _ => "",
            };
            match approx_g {
                Some(g) => format!(
                    "{}{word} (about {} g)",
                    trim(b),
                    trim((g / 10.0).round().max(1.0) * 10.0)
                ),
                None => format!("{}{word}", trim(b)),
            }
        }
    };
    Item {
        item: name.to_owned(),
        quantity,
        unit,
        buy,
        approx_g,
        aisle,
        staple,
        label,
    }
}

/// Rounds an amount up to what a shop sells: whole items; grams and millilitres to the next 10
/// below 100, the next 50 below 1000, and the next 100 above.
pub fn shop_round(amount: f64, unit: &str) -> f64 {
    let step = match unit {
        "g" | "ml" if amount < 100.0 => 10.0,
        "g" | "ml" if amount < 1000.0 => 50.0,
        "g" | "ml" => 100.0,
        _ => 1.0,
    };
    ((amount - 1e-9) / step).ceil().max(1.0) * step
}

fn trim(v: f64) -> String {
    let s = format!("{:.1}", v);
    s.trim_end_matches('0').trim_end_matches('.').to_owned()
}

fn is_tap_water(item: &str) -> bool {
    item == "water"
}

/// Says whether an item is a staple most kitchens keep: dried herbs and spices, oils, salt.
/// Says whether an item is a cupboard staple (oils, herbs, spices, salt) to check rather than buy.
pub fn is_staple(item: &str, aisle: Aisle) -> bool {
    aisle == Aisle::HerbsAndSpices
        || item.ends_with(" oil")
        || item == "salt"
        || item == "black pepper"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_round_up_to_what_shops_sell() {
        assert_eq!(shop_round(42.0, "g"), 50.0);
        assert_eq!(shop_round(480.0, "g"), 500.0);
        assert_eq!(shop_round(1230.0, "ml"), 1300.0);
        assert_eq!(shop_round(2.2, "piece"), 3.0);
        assert_eq!(shop_round(500.0, "g"), 500.0);
    }
}
