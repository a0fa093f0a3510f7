//! The shopping list: every cooked recipe scaled to the household (a dinner cooked for tomorrow's
//! lunch too is bought once, doubled), merged by ingredient, converted to one unit, rounded to
//! shop-friendly amounts and grouped by aisle, with cupboard staples listed apart.

use serde::Serialize;

use crate::load::catalog::Catalog;
use crate::load::ingredients::{Aisle, Entry};
use crate::plan::WeekPlan;
use crate::recipe::{Dimension, Meal, Unit};

/// Volumes below this are listed in spoons.
const SPOON_LIMIT_ML: f64 = 60.0;

/// One line of the shopping list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Item {
    /// The ingredient, as the recipes name it.
    pub item: String,
    /// The exact amount the week's recipes use, in `unit`; none for "to taste".
    pub quantity: Option<f64>,
    /// `g`, `ml`, `piece`, `clove`, `slice` or `can` (a [`Unit::base`]); empty for "to taste".
    #[serde(serialize_with = "unit_or_empty")]
    pub unit: Option<Unit>,
    /// The amount to buy, rounded up to what a shop sells.
    pub buy: Option<f64>,
    /// For counted items, their approximate weight in grams.
    pub approx_g: Option<f64>,
    /// Where it is in the shop.
    pub aisle: Aisle,
    /// Whether it is a cupboard staple (oils, herbs and spices) to check rather than buy.
    pub staple: bool,
    /// The amount as printed: "1 bag (200 g)", "500 g", "3 (about 450 g)", "to taste".
    pub label: String,
    /// The whole packs to buy, when the table says what the item is sold in.
    pub packs: Vec<Bought>,
    /// What is bought and not eaten this week, in `unit` (`buy` less `quantity`).
    pub left_over: Option<f64>,
    /// The left over as printed: "about 80 g left over"; none when nothing is.
    pub left_over_label: Option<String>,
    /// Whether what is left over at the end of the week is waste (fresh food, not a staple).
    pub perishable: bool,
    /// The grams bought, eaten and left over, where the item converts to grams.
    pub grams: Option<Grams>,
}

/// Some whole packs of one size.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Bought {
    /// How many packs.
    pub count: u32,
    /// What one holds, as its label says.
    pub size: f64,
    /// The unit of `size`: `g`, `ml` or `piece`.
    pub unit: Unit,
    /// What one is called: "bag".
    pub name: String,
    /// What one gives a recipe, in the item's unit (a tin's drained weight).
    pub usable: f64,
}

/// One line's amounts in grams: bought = eaten + left over.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Grams {
    /// Grams bought.
    pub bought: f64,
    /// Grams the week's recipes use.
    pub eaten: f64,
    /// Grams left at the end of the week.
    pub left_over: f64,
}

/// What the week's list buys and leaves: the perishable grams bought and not eaten (waste), and
/// the shopping lines that are not cupboard staples.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Waste {
    /// Grams of perishable food bought.
    pub perishable_bought_g: f64,
    /// Grams of it left over at the end of the week.
    pub perishable_left_g: f64,
    /// The share left over, 0 to 1.
    pub share: f64,
    /// Lines to buy that are not cupboard staples.
    pub lines: usize,
    /// Of them, lines bought in whole packs.
    pub pack_lines: usize,
}

/// Totals the waste of a list.
pub fn waste(items: &[Item]) -> Waste {
    let (mut bought, mut left) = (0.0, 0.0);
    for g in items
        .iter()
        .filter(|i| i.perishable)
        .filter_map(|i| i.grams)
    {
        bought += g.bought;
        left += g.left_over;
    }
    Waste {
        perishable_bought_g: bought,
        perishable_left_g: left,
        share: if bought > 0.0 { left / bought } else { 0.0 },
        lines: items.iter().filter(|i| !i.staple).count(),
        pack_lines: items
            .iter()
            .filter(|i| !i.staple && !i.packs.is_empty())
            .count(),
    }
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
    /// The servings frozen for a dinner later in the week, and that dinner's day (0 to 6).
    pub frozen: Option<(f64, usize)>,
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
                    frozen: None,
                    side: true,
                });
            }
            if !slot.is_cooked() {
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
            // Only a dinner is frozen for a later dinner.
            let frozen = plan
                .days
                .iter()
                .enumerate()
                .filter(|_| slot.meal == Meal::Dinner)
                .find_map(|(later, day)| {
                    day.slots
                        .iter()
                        .find(|s| s.frozen_from == Some(d) && s.recipe == slot.recipe)
                        .map(|s| (s.portion.servings() + others, later))
                });
            out.push(Cook {
                recipe: slot.recipe.as_str(),
                servings: here + again.unwrap_or(0.0) + frozen.map_or(0.0, |f| f.0),
                day: d,
                meal: slot.meal,
                leftover: again,
                frozen,
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
    // (item, base unit) -> exact amount in that unit; `None` when only "to taste".
    let mut sums: Vec<(String, Option<Unit>, f64)> = Vec::new();
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
                (Some(q), unit) => (Some(unit.base()), q.upper() * factor * unit.size()),
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
        let lines: Vec<(Option<Unit>, f64)> = sums
            .iter()
            .filter(|(i, _, _)| *i == name)
            .map(|(_, k, a)| (*k, *a))
            .collect();
        items.extend(
            merge(&name, &lines, entry)
                .into_iter()
                .map(|i| in_packs(i, entry)),
        );
    }
    items.sort_by(|a, b| (a.staple, a.aisle, &a.item).cmp(&(b.staple, b.aisle, &b.item)));
    items
}

/// Merges one ingredient's lines (amounts in base units) into as few shopping lines as its table
/// entry allows: into grams when every unit converts, else one line per unit.
fn merge(name: &str, lines: &[(Option<Unit>, f64)], entry: Option<&Entry>) -> Vec<Item> {
    let aisle = entry.map_or(Aisle::Cupboard, |e| e.aisle);
    let staple = is_staple(name, aisle);
    let measured: Vec<(Unit, f64)> = lines
        .iter()
        .filter_map(|(k, a)| k.map(|k| (k, *a)))
        .collect();
    if measured.is_empty() {
        return vec![item(name, None, None, None, aisle, staple)];
    }
    let grams = |unit: Unit, amount: f64| -> Option<f64> {
        match unit.dimension() {
            Dimension::Mass => Some(amount),
            _ => entry?.grams_per_base(unit).ok().map(|g| amount * g),
        }
    };
    let kinds: Vec<Unit> = measured.iter().fold(Vec::new(), |mut v, (k, _)| {
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
        if let (Unit::Millilitre, Some(d)) = (kind, density)
            && total >= SPOON_LIMIT_ML
            && !(0.9..=1.1).contains(&d)
        {
            return vec![item(
                name,
                Some(total * d),
                Some(Unit::Gram),
                None,
                aisle,
                staple,
            )];
        }
        let approx = match kind.dimension() {
            Dimension::Count => grams(kind, total),
            _ => None,
        };
        return vec![item(name, Some(total), Some(kind), approx, aisle, staple)];
    }
    if let Some(total) = measured
        .iter()
        .map(|&(k, a)| grams(k, a))
        .sum::<Option<f64>>()
    {
        return vec![item(
            name,
            Some(total),
            Some(Unit::Gram),
            None,
            aisle,
            staple,
        )];
    }
    kinds
        .into_iter()
        .map(|kind| {
            let total: f64 = measured
                .iter()
                .filter(|(k, _)| *k == kind)
                .map(|(_, a)| a)
                .sum();
            item(name, Some(total), Some(kind), None, aisle, staple)
        })
        .collect()
}

/// Writes a line's unit as its canonical name, and "to taste" (no unit) as an empty string.
fn unit_or_empty<S: serde::Serializer>(
    unit: &Option<Unit>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(unit.map_or("", Unit::name))
}

fn item(
    name: &str,
    quantity: Option<f64>,
    unit: Option<Unit>,
    approx_g: Option<f64>,
    aisle: Aisle,
    staple: bool,
) -> Item {
    let (tsp, tbsp) = (Unit::Teaspoon.size(), Unit::Tablespoon.size());
    // Small volumes are measured with spoons, so they are listed in spoons.
    let spoons = quantity
        .filter(|&q| unit == Some(Unit::Millilitre) && q < SPOON_LIMIT_ML)
        .map(|q| {
            if q <= 3.0 * tsp {
                ((q - 1e-9) / tsp).ceil().max(1.0) * tsp
            } else {
                ((q - 1e-9) / tbsp).ceil() * tbsp
            }
        });
    let buy = spoons.or(quantity.zip(unit).map(|(q, u)| shop_round(q, u)));
    // The printed word of a unit: "tsp", "kg", "cloves".
    let printed = |u: Unit, b: f64| u.word(b > 1.0).unwrap_or_default();
    let label = match (buy, unit) {
        (None, _) => "to taste".to_owned(),
        (Some(b), Some(Unit::Millilitre)) if spoons.is_some() && b <= 3.0 * tsp => {
            let spoons = b / tsp;
            format!("{} {}", trim(spoons), printed(Unit::Teaspoon, spoons))
        }
        (Some(b), Some(Unit::Millilitre)) if spoons.is_some() => {
            let spoons = b / tbsp;
            format!("{} {}", trim(spoons), printed(Unit::Tablespoon, spoons))
        }
        (Some(b), Some(Unit::Gram)) if b >= Unit::Kilogram.size() => {
            let kg = b / Unit::Kilogram.size();
            format!("{} {}", trim(kg), printed(Unit::Kilogram, kg))
        }
        (Some(b), Some(Unit::Millilitre)) if b >= Unit::Litre.size() => {
            let l = b / Unit::Litre.size();
            format!("{} {}", trim(l), printed(Unit::Litre, l))
        }
        (Some(b), Some(u @ (Unit::Gram | Unit::Millilitre))) => {
            format!("{} {}", trim(b), printed(u, b))
        }
        (Some(b), _) => {
            // A count: "2 cloves", "1 can"; whole items are a bare number.
            let word = unit
                .and_then(|u| u.word(b > 1.0))
                .map(|w| format!(" {w}"))
                .unwrap_or_default();
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
        packs: Vec::new(),
        left_over: None,
        left_over_label: None,
        perishable: false,
        grams: None,
    }
}

/// Grams in one of a shopping unit (a [`Unit::base`]), for an entry: `None` when the table
/// cannot say. A millilitre weighs a gram when the table gives no `ml`.
fn grams_per(unit: Unit, entry: Option<&Entry>) -> Option<f64> {
    match unit.dimension() {
        Dimension::Mass => Some(1.0),
        Dimension::Volume => Some(entry.and_then(|e| e.ml).unwrap_or(1.0)),
        Dimension::Count => entry?.grams_per_base(unit).ok(),
    }
}

/// Turns a line into whole packs when the table says what the item is sold in, and works out
/// what is left over and, for fresh food, what is wasted.
fn in_packs(mut item: Item, entry: Option<&Entry>) -> Item {
    let Some((quantity, mut unit)) = item.quantity.zip(item.unit) else {
        return item;
    };
    let mut need = quantity;
    let mut bought = item.buy.unwrap_or(quantity);
    let packs = entry.map_or(&[][..], |e| &e.pack.0[..]);
    if let Some(pack) = packs.first() {
        let target = pack.unit.unit();
        let per = |u: Unit| grams_per(u, entry);
        let converted = if target == unit {
            Some(quantity)
        } else {
            per(unit).zip(per(target)).map(|(a, b)| quantity * a / b)
        };
        let sizes: Vec<&crate::load::ingredients::Pack> =
            packs.iter().filter(|p| p.unit == pack.unit).collect();
        if let Some(need_there) = converted {
            let usable: Vec<f64> = sizes.iter().map(|p| p.usable()).collect();
            let counts = fit(need_there, &usable);
            item.packs = sizes
                .iter()
                .zip(&counts)
                .filter(|(_, c)| **c > 0)
                .map(|(p, &count)| Bought {
                    count,
                    size: p.size,
                    unit: target,
                    name: p.name.trim().to_owned(),
                    usable: p.usable(),
                })
                .collect();
            unit = target;
            need = need_there;
            bought = item
                .packs
                .iter()
                .map(|b| f64::from(b.count) * b.usable)
                .sum();
            item.quantity = Some(need);
            item.unit = Some(target);
            item.buy = Some(bought);
            item.approx_g = (target == Unit::Piece)
                .then(|| per(Unit::Piece).map(|g| g * bought))
                .flatten();
            item.label = pack_label(&item.packs);
        }
    }
    let left = (bought - need).max(0.0);
    item.left_over = Some(left);
    item.perishable = !item.staple && entry.is_some_and(Entry::is_perishable);
    item.grams = grams_per(unit, entry).map(|g| Grams {
        bought: bought * g,
        eaten: need * g,
        left_over: left * g,
    });
    item.left_over_label =
        (!item.packs.is_empty() && left > 1e-6).then(|| match (unit, item.grams) {
            (Unit::Piece, _) => format!("{} left over", trim(left.floor().max(0.0))),
            (Unit::Millilitre, Some(_)) => {
                format!("about {} {unit} left over", trim(round_left(left)))
            }
            (_, Some(g)) => format!(
                "about {} {} left over",
                trim(round_left(g.left_over)),
                Unit::Gram
            ),
            _ => format!("about {} {unit} left over", trim(round_left(left))),
        });
    if item.left_over_label.as_deref() == Some("0 left over") {
        item.left_over_label = None;
    }
    item
}

/// Rounds a left-over amount for print: to 5 below 100, to 10 above.
fn round_left(v: f64) -> f64 {
    let step = if v < 100.0 { 5.0 } else { 10.0 };
    ((v / step).round() * step).max(step.min(v.ceil()))
}

/// The grams one pack of each size an entry is sold in gives a recipe (a tin's drained weight),
/// for the planner's estimate of what a week leaves over.
pub fn pack_grams(entry: &Entry) -> Vec<f64> {
    entry
        .pack
        .0
        .iter()
        .filter_map(|p| grams_per(p.unit.unit(), Some(entry)).map(|g| g * p.usable()))
        .collect()
}

/// The grams bought for a need of `need_g`: whole packs of these sizes (see [`fit`]), or without
/// packs the amount rounded as [`shop_round`] rounds it.
pub fn bought_grams(need_g: f64, packs_g: &[f64]) -> f64 {
    match packs_g {
        [] => shop_round(need_g, Unit::Gram),
        [one] => ((need_g - 1e-9) / one).ceil().max(1.0) * one,
        many => fit(need_g, many)
            .iter()
            .zip(many)
            .map(|(&c, g)| f64::from(c) * g)
            .sum(),
    }
}

/// The most packs one line may buy; a need beyond it is bought in the largest size alone.
const MAX_PACKS: u32 = 40;

/// Chooses how many packs of each size to buy for `need` (each size gives `usable`): the fewest
/// left over, then the fewest packs. Returns a count per size, in the order given.
pub fn fit(need: f64, usable: &[f64]) -> Vec<u32> {
    let mut counts = vec![0u32; usable.len()];
    if usable.is_empty() || need <= 1e-9 {
        return counts;
    }
    let largest = (0..usable.len())
        .max_by(|&a, &b| usable[a].total_cmp(&usable[b]))
        .unwrap_or(0);
    let alone = ((need - 1e-9) / usable[largest]).ceil().max(1.0) as u32;
    if alone > MAX_PACKS || usable.len() == 1 {
        counts[largest] = alone;
        return counts;
    }
    let mut best: Option<(f64, u32, Vec<u32>)> = None;
    let mut current = vec![0u32; usable.len()];
    search(need, usable, 0, 0.0, 0, &mut current, &mut best);
    best.map_or(counts, |(_, _, c)| c)
}

fn search(
    need: f64,
    usable: &[f64],
    at: usize,
    total: f64,
    packs: u32,
    current: &mut Vec<u32>,
    best: &mut Option<(f64, u32, Vec<u32>)>,
) {
    if total + 1e-9 >= need {
        let excess = total - need;
        let better = best.as_ref().is_none_or(|(e, n, _)| {
            excess < e - 1e-9 || ((excess - e).abs() <= 1e-9 && packs < *n)
        });
        if better {
            *best = Some((excess, packs, current.clone()));
        }
        return;
    }
    if at == usable.len() || packs >= MAX_PACKS {
        return;
    }
    let most = ((need - total - 1e-9) / usable[at]).ceil().max(0.0) as u32;
    for n in 0..=most.min(MAX_PACKS - packs) {
        current[at] = n;
        search(
            need,
            usable,
            at + 1,
            total + f64::from(n) * usable[at],
            packs + n,
            current,
            best,
        );
    }
    current[at] = 0;
}

/// Writes packs as bought: "1 bag (200 g)", "2 tins (400 g)", "2 bags (100 g + 200 g)",
/// "2 boxes of 6".
fn pack_label(packs: &[Bought]) -> String {
    let size = |b: &Bought| match b.unit {
        Unit::Millilitre if b.size >= Unit::Litre.size() => {
            format!("{} {}", trim(b.size / Unit::Litre.size()), Unit::Litre)
        }
        Unit::Gram if b.size >= Unit::Kilogram.size() => {
            format!(
                "{} {}",
                trim(b.size / Unit::Kilogram.size()),
                Unit::Kilogram
            )
        }
        Unit::Piece => trim(b.size),
        unit => format!("{} {unit}", trim(b.size)),
    };
    let count: u32 = packs.iter().map(|b| b.count).sum();
    let Some(first) = packs.first() else {
        return String::new();
    };
    let word = if count == 1 {
        first.name.clone()
    } else {
        plural(&first.name)
    };
    let same_name = packs.iter().all(|b| b.name == first.name);
    if packs.len() == 1 || !same_name {
        return packs
            .iter()
            .map(|b| {
                let word = if b.count == 1 {
                    b.name.clone()
                } else {
                    plural(&b.name)
                };
                match b.unit {
                    Unit::Piece => format!("{} {word} of {}", b.count, size(b)),
                    _ => format!("{} {word} ({})", b.count, size(b)),
                }
            })
            .collect::<Vec<_>>()
            .join(" + ");
    }
    let sizes: Vec<String> = packs
        .iter()
        .map(|b| match b.count {
            1 => size(b),
            n => format!("{n} × {}", size(b)),
        })
        .collect();
    format!("{count} {word} ({})", sizes.join(" + "))
}

/// The plural of a pack's name: bags, boxes, bunches.
pub fn plural(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("loaf") {
        return format!("{stem}loaves");
    }
    if ["ch", "sh", "x", "s", "to"]
        .iter()
        .any(|end| word.ends_with(end))
    {
        format!("{word}es")
    } else {
        format!("{word}s")
    }
}

/// Rounds an amount in a shopping unit (a [`Unit::base`]) up to what a shop sells: whole items;
/// grams and millilitres to the next 10 below 100, the next 50 below 1000, and the next 100 above.
pub fn shop_round(amount: f64, unit: Unit) -> f64 {
    let step = match unit {
        Unit::Gram | Unit::Millilitre if amount < 100.0 => 10.0,
        Unit::Gram | Unit::Millilitre if amount < 1000.0 => 50.0,
        Unit::Gram | Unit::Millilitre => 100.0,
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
        assert_eq!(shop_round(42.0, Unit::Gram), 50.0);
        assert_eq!(shop_round(480.0, Unit::Gram), 500.0);
        assert_eq!(shop_round(1230.0, Unit::Millilitre), 1300.0);
        assert_eq!(shop_round(2.2, Unit::Piece), 3.0);
        assert_eq!(shop_round(500.0, Unit::Gram), 500.0);
    }

    #[test]
    fn lines_are_worded_from_their_unit_at_the_end() {
        let line = |q: f64, unit: Unit, approx: Option<f64>| {
            item("x", Some(q), Some(unit), approx, Aisle::Cupboard, false).label
        };
        assert_eq!(line(7.0, Unit::Millilitre, None), "2 tsp");
        assert_eq!(line(40.0, Unit::Millilitre, None), "3 tbsp");
        assert_eq!(line(1480.0, Unit::Gram, None), "1.5 kg");
        assert_eq!(line(1200.0, Unit::Millilitre, None), "1.2 l");
        assert_eq!(line(420.0, Unit::Gram, None), "450 g");
        assert_eq!(line(2.5, Unit::Clove, None), "3 cloves");
        assert_eq!(line(1.0, Unit::Can, None), "1 can");
        assert_eq!(line(3.0, Unit::Piece, Some(452.0)), "3 (about 450 g)");
        let taste = item("salt", None, None, None, Aisle::Cupboard, true);
        assert_eq!(taste.label, "to taste");
        let json = |i: &Item| serde_json::to_value(i).unwrap()["unit"].clone();
        assert_eq!(json(&taste), "");
        let cans = item(
            "beans",
            Some(2.0),
            Some(Unit::Can),
            None,
            Aisle::Cupboard,
            false,
        );
        assert_eq!(json(&cans), "can");
    }
}
