//! The week planner: seven days of meals for one profile, never breaking an exclusion, covering
//! the four pillars every day where the recipes allow, and as varied as possible.
//!
//! Method: hard rules (exclusions, diet, pins, at most two cooks of a recipe a week) shape the
//! candidates and are checked with a bipartite matching, so a feasible week is always found and an
//! infeasible one is explained. Soft rules are weighted in their relaxation order and a seeded
//! simulated-annealing search over slot choices and planned leftovers minimises the penalty; each
//! soft rule is one row of the table in `rules.rs` (its weight, the search's check, the finished
//! week's check and its words), which both the score and the week's report read.

pub mod intake;
pub mod json;
pub mod portions;
pub mod prep;
pub mod references;
mod rules;
pub mod select;

use serde::Serialize;
use time::Date;

use crate::check::nutrients::{Nutrient, Nutrients};
use crate::check::nutrition::{Analysis, omega3_level};
use crate::load::catalog::Catalog;
use crate::load::ingredients::DietFact;
use crate::load::profile::{FoodSafety, Profile, Variety};
use crate::plan::portions::{Dish, Needs, Portion};
use crate::plan::references::{Choice as References, Targets};
use crate::recipe::{Fermented, Meal, Recipe};
pub use rules::Rule;
use rules::{Checks, DaySeen, DayTally, WeekSeen, WeekTally};

/// Grams of fibre a person should get from a day's meals.
pub const FIBER_PER_DAY_G: f64 = 25.0;
/// Distinct plants a week should hold (McDonald 2018).
pub const PLANTS_PER_WEEK: usize = 30;
/// Days a week with oily fish, where the diet allows it.
pub const OILY_FISH_DAYS: usize = 2;
/// Times one recipe may be cooked in a week (a planned leftover is part of the same cook).
pub const MAX_COOKS: usize = 2;
/// Distinct breakfasts a `simple` week may hold.
pub const SIMPLE_BREAKFASTS: usize = 3;
/// Distinct snacks a `simple` week may hold.
pub const SIMPLE_SNACKS: usize = 2;
/// Distinct recipes a `simple` week aims at for each meal of the day (12 with four meals).
pub const SIMPLE_RECIPES_PER_MEAL: usize = 3;
/// Hands-on minutes a day a `simple` week aims at.
pub const SIMPLE_PREP_PER_DAY: u32 = 30;
/// Days after its cook from which a frozen second portion may be eaten.
pub const FROZEN_AFTER_DAYS: usize = 2;
/// EPA+DHA per serving from which a fish dish counts as oily fish.
pub const OILY_FISH_EPA_DHA_MG: f64 = 250.0;

/// A soft rule the plan could not meet, on one day (or the whole week when `day` is `None`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Relaxed {
    /// The rule given up.
    pub rule: Rule,
    /// The day (1 to 7), or none for a weekly rule.
    pub day: Option<usize>,
    /// What happened, in words.
    pub detail: String,
}

/// One meal of one day and the recipe chosen for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slot {
    /// Which meal.
    pub meal: Meal,
    /// The recipe's id.
    pub recipe: String,
    /// Whether this is the previous day's dinner, eaten again.
    pub leftover: bool,
    /// For a dinner from the freezer, the day (0 to 6) its recipe was cooked and a second
    /// portion frozen.
    pub frozen_from: Option<usize>,
    /// The patient's portion (the rest of the household eats one serving each).
    pub portion: Portion,
    /// The ids of the sides the patient has with this meal, one serving each.
    pub sides: Vec<String>,
}

/// One day of the plan.
#[derive(Debug, Clone)]
pub struct DayPlan {
    /// The day's date.
    pub date: Date,
    /// The meals of the day, in meal order.
    pub slots: Vec<Slot>,
    /// What the patient eats that day: each meal at its portion, each side at one serving.
    pub nutrients: Nutrients,
}

/// How well one day covers the pillars.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DayCoverage {
    /// A live-fermented dish.
    pub live_ferment: bool,
    /// An omega-3 source.
    pub omega3: bool,
    /// The patient's fibre from the day's meals and sides, g.
    pub fiber_g: f64,
    /// Meals with a polyphenol-rich dish, of the day's meals.
    pub polyphenol_meals: usize,
    /// The day's meals.
    pub meals: usize,
    /// Oily fish.
    pub oily_fish: bool,
}

/// How well the week covers the rules.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Coverage {
    /// Each day's coverage.
    pub days: Vec<DayCoverage>,
    /// Distinct plants in the week.
    pub plants: usize,
    /// Their names, sorted.
    pub plant_names: Vec<String>,
    /// Days with oily fish.
    pub oily_fish_days: usize,
    /// Whether any recipe the profile allows has oily fish, so the aim applies.
    pub oily_fish_possible: bool,
}

/// Seven days of meals with what they cover and what had to give.
#[derive(Debug, Clone)]
pub struct WeekPlan {
    /// The days, from the start date on.
    pub days: Vec<DayPlan>,
    /// How many people eat each meal.
    pub household: u8,
    /// What the week covers.
    pub coverage: Coverage,
    /// The soft rules given up, in relaxation order.
    pub relaxed: Vec<Relaxed>,
    /// The patient's daily targets the week was planned for.
    pub targets: Targets,
    /// The patient's diet.
    pub diet: crate::recipe::Diet,
    /// How much the week repeats itself.
    pub variety: Variety,
    /// The distinct recipes a `simple` week aims at; none for a varied one.
    pub recipe_aim: Option<usize>,
}

impl Slot {
    /// Says whether the meal is cooked at this meal (not a leftover nor from the freezer).
    pub fn is_cooked(&self) -> bool {
        !self.leftover && self.frozen_from.is_none()
    }
}

impl WeekPlan {
    /// Returns the ids of the planned recipes, each once, in order of first appearance (the
    /// sides are not among them; see [`WeekPlan::side_ids`]).
    pub fn recipe_ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = Vec::new();
        for slot in self.days.iter().flat_map(|d| &d.slots) {
            if !ids.contains(&slot.recipe.as_str()) {
                ids.push(&slot.recipe);
            }
        }
        ids
    }

    /// Returns the hands-on minutes of each day: the prep of every meal cooked that day (a
    /// leftover or a dinner from the freezer is only warmed; sides take a minute or two and are
    /// not counted).
    pub fn hands_on(&self, catalog: &Catalog) -> Vec<u32> {
        self.days
            .iter()
            .map(|d| {
                d.slots
                    .iter()
                    .filter(|s| s.is_cooked())
                    .filter_map(|s| catalog.get(&s.recipe))
                    .map(|r| r.time.prep)
                    .sum()
            })
            .collect()
    }

    /// Returns the meals eaten from an earlier cook: (day eaten, slot, day cooked), in order.
    pub fn reused(&self) -> Vec<(usize, &Slot, usize)> {
        let mut out = Vec::new();
        for (d, day) in self.days.iter().enumerate() {
            for slot in &day.slots {
                if slot.leftover {
                    out.push((d, slot, d.saturating_sub(1)));
                } else if let Some(from) = slot.frozen_from {
                    out.push((d, slot, from));
                }
            }
        }
        out
    }

    /// Returns the ids of the planned sides, each once, in order of first appearance.
    pub fn side_ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = Vec::new();
        for side in self
            .days
            .iter()
            .flat_map(|d| &d.slots)
            .flat_map(|s| &s.sides)
        {
            if !ids.contains(&side.as_str()) {
                ids.push(side);
            }
        }
        ids
    }
}

/// Why no week can be planned: a hard rule that cannot hold, where, and what would fix it.
#[derive(Debug, Clone, PartialEq)]
pub struct Infeasible {
    /// What cannot be done.
    pub message: String,
    /// What to change.
    pub hint: String,
}

/// The facts about one candidate recipe that the search needs, precomputed.
struct Facts {
    /// One serving's energy, protein, salt, fibre and calcium.
    dish: Dish,
    fiber: f64,
    live: bool,
    omega3: bool,
    poly: bool,
    oily_fish: bool,
    plants: Vec<u16>,
    leftovers: bool,
    /// Hands-on minutes of a cook.
    prep: u32,
    /// Whether a second portion may be frozen for later in the week.
    freezes: bool,
    /// Grams per serving of each shopping item (index into `Shop::items`).
    items: Vec<(u16, f64)>,
}

/// What the search knows of the week's shopping, for its waste and line counts.
struct ShopItem {
    /// Whether what is left over is waste.
    perishable: bool,
    /// Grams one pack of each size gives, none when bought loose by the rounded amount.
    packs_g: Vec<f64>,
}

/// A slot's choice: a recipe (index into the catalogue) or the previous day's dinner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Choice {
    Cook(usize),
    Leftover,
    /// A second portion of an earlier dinner of this recipe, frozen (dinner only, `simple`).
    Frozen(usize),
}

/// Says why a recipe is excluded by the profile, if it is.
pub fn excluded_by(recipe: &Recipe, analysis: &Analysis, profile: &Profile) -> Option<String> {
    if profile.avoid_recipes.contains(&recipe.id) {
        return Some("is on the profile's list of recipes to avoid".to_owned());
    }
    if recipe.diet > profile.diet {
        return Some(format!("is {}, not {}", recipe.diet, profile.diet));
    }
    let allergens = recipe.allergens.iter().chain(&analysis.allergens);
    if let Some(a) = allergens
        .into_iter()
        .find(|a| profile.avoid_allergens.contains(a))
    {
        return Some(format!("contains {a}"));
    }
    if let Some(a) = analysis
        .may_contain
        .iter()
        .find(|a| profile.avoid_allergens.contains(a))
    {
        return Some(format!("may contain {a}"));
    }
    if let Some(i) = recipe
        .ingredients
        .iter()
        .find(|i| profile.avoid_ingredients.contains(&i.item))
    {
        return Some(format!("contains {}", i.item));
    }
    if profile.food_safety == FoodSafety::Vulnerable
        && let Some((risk, item)) = analysis.unsafe_for_vulnerable()
    {
        return Some(format!(
            "holds {} ({item}), not safe in pregnancy or with a weak immune system",
            risk.describe()
        ));
    }
    if let Some(max) = profile.max_prep
        && recipe.time.prep > max
    {
        return Some(format!(
            "takes {} hands-on minutes, more than {max}",
            recipe.time.prep
        ));
    }
    None
}

/// Plans a week for a profile from the catalogue, against the UK reference values.
pub fn plan(catalog: &Catalog, profile: &Profile, start: Date) -> Result<WeekPlan, Infeasible> {
    plan_with(
        catalog,
        profile,
        &Targets::new(References::Uk, profile),
        start,
    )
}

/// Returns one serving's sums for the day's rules.
fn dish(n: &Nutrients) -> Dish {
    Dish {
        energy: n.get(Nutrient::Energy),
        protein: n.get(Nutrient::Protein),
        salt: n.get(Nutrient::Salt),
        fibre: n.get(Nutrient::Fibre),
        calcium: n.get(Nutrient::Calcium),
    }
}

/// Plans a week for a profile from the catalogue, aiming at the given daily targets.
pub fn plan_with(
    catalog: &Catalog,
    profile: &Profile,
    targets: &Targets,
    start: Date,
) -> Result<WeekPlan, Infeasible> {
    let recipes = catalog.recipes();
    let mut meals: Vec<Meal> = Meal::PLANNED
        .iter()
        .copied()
        .filter(|m| profile.meals.contains(m))
        .collect();
    meals.dedup();

    let simple = profile.variety() == Variety::Simple;
    // Facts for every recipe the profile allows; `None` for the excluded ones.
    let mut plant_ids: Vec<String> = Vec::new();
    let mut item_ids: Vec<String> = Vec::new();
    let mut shop_items: Vec<ShopItem> = Vec::new();
    let facts: Vec<Option<Facts>> = recipes
        .iter()
        .map(|r| {
            let a = catalog.analysis(&r.id)?;
            if excluded_by(r, a, profile).is_some() {
                return None;
            }
            let plants = a
                .plants
                .iter()
                .map(|p| match plant_ids.iter().position(|q| q == p) {
                    Some(i) => i as u16,
                    None => {
                        plant_ids.push(p.clone());
                        (plant_ids.len() - 1) as u16
                    }
                })
                .collect();
            let has_fish = r.ingredients.iter().any(|i| {
                catalog
                    .table()
                    .get(&i.item)
                    .is_some_and(|e| e.contains.contains(&DietFact::Fish))
            });
            let serves = f64::from(r.serves.get());
            let mut items: Vec<(u16, f64)> = Vec::new();
            for line in &r.ingredients {
                let Some(entry) = catalog.table().get(&line.item) else {
                    continue;
                };
                if line.item == "water" || crate::shop::is_staple(&line.item, entry.aisle) {
                    continue;
                }
                let grams = crate::load::ingredients::grams(line, entry).unwrap_or(0.0) / serves;
                let at = match item_ids.iter().position(|q| *q == line.item) {
                    Some(at) => at,
                    None => {
                        item_ids.push(line.item.clone());
                        shop_items.push(ShopItem {
                            perishable: entry.is_perishable(),
                            packs_g: crate::shop::pack_grams(entry),
                        });
                        item_ids.len() - 1
                    }
                } as u16;
                match items.iter_mut().find(|(i, _)| *i == at) {
                    Some((_, g)) => *g += grams,
                    None => items.push((at, grams)),
                }
            }
            Some(Facts {
                prep: r.time.prep,
                freezes: r.freezes(),
                items,
                dish: dish(&a.nutrients),
                fiber: a.per_serving.fiber_g,
                live: r.tags.fermented == Some(Fermented::Live),
                omega3: omega3_level(&a.per_serving).is_some(),
                poly: r.tags.polyphenol.is_some(),
                oily_fish: has_fish && a.per_serving.epa_dha_mg >= OILY_FISH_EPA_DHA_MG,
                plants,
                leftovers: r.leftovers,
            })
        })
        .collect();

    // The sides the profile allows, each with one serving's sums.
    let sides: Vec<usize> = (0..recipes.len())
        .filter(|&i| facts[i].is_some() && recipes[i].meals.contains(&Meal::Side))
        .collect();
    let side_dishes: Vec<Dish> = sides
        .iter()
        .map(|&i| facts[i].as_ref().map_or(Dish::default(), |f| f.dish))
        .collect();
    let needs = Needs {
        energy: targets.energy_kcal,
        protein: targets.protein_g,
        salt_max: targets.salt_max_g,
        fibre: targets.fibre_g,
        fibre_pillar: FIBER_PER_DAY_G,
        calcium: targets.reference(Nutrient::Calcium.key()).unwrap_or(0.0),
    };
    // The most protein sides can add to a day, for the search's estimate of what a day can reach.
    let mut side_protein: Vec<f64> = side_dishes.iter().map(|d| d.protein).collect();
    side_protein.sort_by(|a, b| b.total_cmp(a));
    let side_protein_max: f64 = side_protein.iter().take(portions::MAX_SIDES_A_DAY).sum();
    let mut side_energy: Vec<f64> = side_dishes.iter().map(|d| d.energy).collect();
    side_energy.sort_by(|a, b| b.total_cmp(a));
    let side_energy_max: f64 = side_energy.iter().take(portions::MAX_SIDES_A_DAY).sum();

    let candidates: Vec<Vec<usize>> = meals
        .iter()
        .map(|m| {
            (0..recipes.len())
                .filter(|&i| facts[i].is_some() && recipes[i].meals.contains(m))
                .collect()
        })
        .collect();

    // Pins: fixed choices, which must respect the profile too.
    let slots = 7 * meals.len();
    let mut fixed: Vec<Option<usize>> = vec![None; slots];
    for pin in &profile.pins {
        let Some(k) = meals.iter().position(|m| *m == pin.meal) else {
            continue;
        };
        let day = usize::from(pin.day.clamp(1, 7)) - 1;
        let Some(i) = recipes.iter().position(|r| r.id == pin.recipe) else {
            return Err(Infeasible {
                message: format!("pinned recipe `{}` does not exist", pin.recipe),
                hint: "`gutjoint recipes` lists every id".into(),
            });
        };
        if facts[i].is_none() {
            let why = catalog
                .analysis(&recipes[i].id)
                .and_then(|a| excluded_by(&recipes[i], a, profile))
                .unwrap_or_else(|| "is excluded".into());
            return Err(Infeasible {
                message: format!(
                    "the recipe pinned to day {} {} (`{}`) {why}, which the profile rules out",
                    pin.day, pin.meal, pin.recipe
                ),
                hint: "pin another recipe, or change the exclusion".into(),
            });
        }
        fixed[day * meals.len() + k] = Some(i);
    }

    for (k, meal) in meals.iter().enumerate() {
        if candidates[k].is_empty() {
            return Err(Infeasible {
                message: format!(
                    "no recipe fits {meal} on any day: every {meal} recipe is ruled out by the profile"
                ),
                hint: format!(
                    "add {meal} recipes that suit the profile, relax an exclusion, or leave {meal} out of `meals`"
                ),
            });
        }
    }

    // The patient's likely portion, for the search's estimate of what is bought: the energy
    // target over a day of average dishes at one serving.
    let day_energy: f64 = candidates
        .iter()
        .map(|c| {
            c.iter()
                .map(|&i| facts[i].as_ref().map_or(0.0, |f| f.dish.energy))
                .sum::<f64>()
                / c.len().max(1) as f64
        })
        .sum();
    let patient_scale = if day_energy > 0.0 {
        (needs.energy / day_energy).clamp(Portion::MIN.servings(), Portion::MAX.servings())
    } else {
        1.0
    };
    let mut rng = Rng::new(profile.seed ^ 0x9E37_79B9_7F4A_7C15);
    let keepers: Vec<bool> = facts
        .iter()
        .map(|f| f.as_ref().is_some_and(|f| f.leftovers))
        .collect();
    // In a simple week breakfasts and snacks come back: they are chosen first, a few of them,
    // and do not count towards the two cooks a recipe may have.
    let repeat: Vec<Option<usize>> = meals
        .iter()
        .map(|m| match m {
            Meal::Breakfast if simple => Some(SIMPLE_BREAKFASTS),
            Meal::Snack if simple => Some(SIMPLE_SNACKS),
            _ => None,
        })
        .collect();
    let initial = initial_assignment(
        &meals,
        &candidates,
        &fixed,
        &keepers,
        &repeat,
        profile.leftovers,
        &mut rng,
    )?;

    let poly_possible: Vec<bool> = candidates
        .iter()
        .map(|c| c.iter().any(|&i| facts[i].as_ref().is_some_and(|f| f.poly)))
        .collect();
    // Each recipe's plants as a bit set, `plant_words` words a recipe, side by side.
    let plant_words = plant_ids.len().div_ceil(64).max(1);
    let mut plant_masks = vec![0u64; facts.len() * plant_words];
    for (i, f) in facts.iter().enumerate() {
        for &p in f.iter().flat_map(|f| &f.plants) {
            plant_masks[i * plant_words + usize::from(p) / 64] |= 1 << (p % 64);
        }
    }
    let ctx = Context {
        meals: &meals,
        candidates: &candidates,
        facts: &facts,
        fixed: &fixed,
        plant_words,
        plant_masks: &plant_masks,
        leftovers: profile.leftovers,
        dinner: meals.iter().position(|m| *m == Meal::Dinner),
        poly_possible: &poly_possible,
        needs,
        side_protein_max,
        side_energy_max,
        sides: &sides,
        side_dishes: &side_dishes,
        simple,
        repeat: &repeat,
        recipe_aim: simple.then_some(SIMPLE_RECIPES_PER_MEAL * meals.len()),
        max_daily_prep: profile.max_daily_prep,
        household: f64::from(profile.household.0) - 1.0 + patient_scale,
        shop_items: &shop_items,
        checks: Checks::new(simple),
    };
    let best = anneal(&ctx, initial, &mut rng);
    if let Some(limit) = profile.max_daily_prep {
        for day in 0..7 {
            let minutes = ctx.day_prep(&best, day);
            if minutes > limit {
                return Err(Infeasible {
                    message: format!(
                        "no week keeps every day within {limit} hands-on minutes (`max-daily-prep`): day {} needs {minutes}",
                        day + 1
                    ),
                    hint: "raise `max-daily-prep` or `max-prep`, keep `leftovers: true`, plan fewer meals, or add quicker recipes".into(),
                });
            }
        }
    }

    Ok(finish(
        &ctx,
        &best,
        catalog,
        &plant_ids,
        start,
        profile.household.0,
        targets,
    )
    .with_diet(profile.diet, profile.variety(), ctx.recipe_aim))
}

/// Everything the search reads.
struct Context<'a> {
    meals: &'a [Meal],
    candidates: &'a [Vec<usize>],
    facts: &'a [Option<Facts>],
    fixed: &'a [Option<usize>],
    /// Words in a plant bit set.
    plant_words: usize,
    /// Each recipe's plants as a bit set of `plant_words` words, recipe after recipe.
    plant_masks: &'a [u64],
    leftovers: bool,
    /// Where dinner is among the meals of a day, if the week has dinners.
    dinner: Option<usize>,
    /// For each meal of the day, whether any of its candidates is rich in polyphenols.
    poly_possible: &'a [bool],
    /// What a day should add up to.
    needs: Needs,
    /// The most protein the sides can add to a day.
    side_protein_max: f64,
    /// The most energy the sides can add to a day.
    side_energy_max: f64,
    /// The sides the profile allows (indices into the catalogue).
    sides: &'a [usize],
    /// One serving of each of those sides.
    side_dishes: &'a [Dish],
    /// A `simple` week: fewer recipes, frozen second portions, leftovers rewarded.
    simple: bool,
    /// For each meal of the day, the most distinct recipes it may hold when its recipes come back
    /// any day without counting as cooks (breakfast and snack in a simple week).
    repeat: &'a [Option<usize>],
    /// The distinct recipes the week aims at, if it aims.
    recipe_aim: Option<usize>,
    /// The most hands-on minutes a day.
    max_daily_prep: Option<u32>,
    /// Servings eaten at each meal (the patient's likely portion and one for each other member of
    /// the household), for the search's estimate of what is bought.
    household: f64,
    /// The shopping items the candidates use.
    shop_items: &'a [ShopItem],
    /// The soft rules' checks and weights, in the order the score adds them.
    checks: Checks,
}

impl Context<'_> {
    fn facts(&self, i: usize) -> &Facts {
        // Only allowed recipes are ever chosen, and every allowed recipe has facts.
        self.facts[i].as_ref().unwrap_or(&NO_FACTS)
    }

    /// The plants of recipe `i`, as a bit set.
    fn plant_mask(&self, i: usize) -> &[u64] {
        &self.plant_masks[i * self.plant_words..(i + 1) * self.plant_words]
    }

    fn index(&self, meal: Meal) -> Option<usize> {
        self.meals.iter().position(|m| *m == meal)
    }

    /// The hands-on minutes of a day: the prep of every meal cooked that day.
    fn day_prep(&self, state: &[Choice], day: usize) -> u32 {
        let n = self.meals.len();
        (0..n)
            .filter_map(|k| match state[day * n + k] {
                Choice::Cook(i) => Some(self.facts(i).prep),
                _ => None,
            })
            .sum()
    }

    /// For each dinner from the freezer, the slot of the earlier dinner it was frozen from: the
    /// latest dinner of that recipe at least `FROZEN_AFTER_DAYS` days before that no other frozen
    /// dinner took. `None` where there is none.
    fn frozen_sources(&self, state: &[Choice], out: &mut Vec<(usize, Option<usize>)>) {
        out.clear();
        let Some(dinner) = self.dinner else { return };
        let n = self.meals.len();
        for day in 0..7 {
            let slot = day * n + dinner;
            let Choice::Frozen(i) = state[slot] else {
                continue;
            };
            let source = (0..(day + 1).saturating_sub(FROZEN_AFTER_DAYS))
                .rev()
                .map(|d| d * n + dinner)
                .find(|&s| {
                    state[s] == Choice::Cook(i) && !out.iter().any(|(_, taken)| *taken == Some(s))
                });
            out.push((slot, source));
        }
    }

    /// Says whether a day's dinner is the recipe of the day before's dinner.
    fn repeats_dinner(&self, state: &[Choice], day: usize) -> bool {
        let n = self.meals.len();
        self.dinner.is_some_and(|d| {
            day > 0 && self.eaten(state, day * n + d) == self.eaten(state, (day - 1) * n + d)
        })
    }

    /// Resolves a slot's choice to the recipe eaten, following leftovers to the previous dinner.
    fn eaten(&self, state: &[Choice], slot: usize) -> Option<usize> {
        match state[slot] {
            Choice::Cook(i) | Choice::Frozen(i) => Some(i),
            Choice::Leftover => {
                let dinner = self.dinner?;
                let day = slot / self.meals.len();
                let prev = (day.checked_sub(1)?) * self.meals.len() + dinner;
                match state[prev] {
                    Choice::Cook(i) => Some(i),
                    Choice::Leftover | Choice::Frozen(_) => None,
                }
            }
        }
    }
}

static NO_FACTS: Facts = Facts {
    dish: Dish {
        energy: 0.0,
        protein: 0.0,
        salt: 0.0,
        fibre: 0.0,
        calcium: 0.0,
    },
    fiber: 0.0,
    live: false,
    omega3: false,
    poly: false,
    oily_fish: false,
    plants: Vec::new(),
    leftovers: false,
    prep: 0,
    freezes: false,
    items: Vec::new(),
};

/// Finds a first week that keeps every hard rule: a bipartite matching of slots to recipe uses,
/// each recipe offering `MAX_COOKS` uses, tried in a seeded order. With leftovers on, a lunch may
/// instead be the previous dinner eaten again (using no cook, but needing a dinner that keeps);
/// every set of leftover days is tried, fewest first, so the answer is exact.
fn initial_assignment(
    meals: &[Meal],
    candidates: &[Vec<usize>],
    fixed: &[Option<usize>],
    keepers: &[bool],
    repeat: &[Option<usize>],
    leftovers: bool,
    rng: &mut Rng,
) -> Result<Vec<Choice>, Infeasible> {
    let n = meals.len();
    // Meals whose recipes come back: the pinned ones, then a few more, in turn.
    let mut filled = fixed.to_vec();
    for (k, limit) in repeat.iter().enumerate() {
        let Some(limit) = *limit else { continue };
        let mut chosen: Vec<usize> = Vec::new();
        for day in 0..7 {
            if let Some(i) = fixed[day * n + k]
                && !chosen.contains(&i)
            {
                chosen.push(i);
            }
        }
        if chosen.len() > limit {
            return Err(Infeasible {
                message: format!(
                    "{} different {} are pinned, but a simple week has at most {limit}",
                    chosen.len(),
                    plural(meals[k])
                ),
                hint: format!(
                    "pin at most {limit} different {}, or set `variety: varied`",
                    plural(meals[k])
                ),
            });
        }
        let mut others: Vec<usize> = candidates[k]
            .iter()
            .copied()
            .filter(|i| !chosen.contains(i))
            .collect();
        rng.shuffle(&mut others);
        chosen.extend(others.into_iter().take(limit - chosen.len()));
        let mut turn = 0;
        for day in 0..7 {
            let slot = day * n + k;
            if filled[slot].is_none() && !chosen.is_empty() {
                filled[slot] = Some(chosen[turn % chosen.len()]);
                turn += 1;
            }
        }
    }
    let fixed = &filled[..];
    let mut used = vec![0usize; keepers.len()];
    for (slot, i) in fixed.iter().enumerate() {
        if let Some(i) = *i
            && repeat[slot % n].is_none()
        {
            used[i] += 1;
        }
    }
    if let Some(i) = used.iter().position(|&u| u > MAX_COOKS) {
        return Err(Infeasible {
            message: format!(
                "a recipe is pinned {} times, but a recipe may be cooked at most {MAX_COOKS} times a week",
                used[i]
            ),
            hint: "pin it at most twice; a dinner eaten again as the next day's lunch counts once"
                .into(),
        });
    }
    let lunch = meals.iter().position(|m| *m == Meal::Lunch);
    let dinner = meals.iter().position(|m| *m == Meal::Dinner);
    // Bit d of a mask: the lunch of day d + 1 is the dinner of day d, eaten again.
    let mut masks: Vec<u32> = match (leftovers, lunch, dinner) {
        (true, Some(_), Some(_)) => (0..64).collect(),
        _ => vec![0],
    };
    masks.sort_by_key(|m| m.count_ones());
    let mut first_failure: Option<usize> = None;
    for mask in masks {
        let leftover_slot = |slot: usize| {
            let (day, k) = (slot / n, slot % n);
            Some(k) == lunch && day >= 1 && mask & (1 << (day - 1)) != 0
        };
        let keeps_for_tomorrow = |slot: usize| {
            let (day, k) = (slot / n, slot % n);
            Some(k) == dinner && day < 6 && mask & (1 << day) != 0
        };
        let clashes = (0..fixed.len()).any(|s| {
            (leftover_slot(s) && fixed[s].is_some())
                || (keeps_for_tomorrow(s) && fixed[s].is_some_and(|i| !keepers[i]))
        });
        if clashes {
            continue;
        }
        let order: Vec<Vec<usize>> = (0..fixed.len())
            .map(|s| {
                if leftover_slot(s) {
                    return Vec::new();
                }
                let mut c: Vec<usize> = candidates[s % n]
                    .iter()
                    .copied()
                    .filter(|&i| !keeps_for_tomorrow(s) || keepers[i])
                    .collect();
                rng.shuffle(&mut c);
                c
            })
            .collect();
        let mut owner: Vec<Vec<usize>> = vec![Vec::new(); keepers.len()];
        let mut assign: Vec<Option<usize>> = fixed.to_vec();
        let mut failed = None;
        for slot in 0..fixed.len() {
            if fixed[slot].is_some() || leftover_slot(slot) {
                continue;
            }
            let mut seen = vec![false; keepers.len()];
            if !augment(
                slot,
                &order,
                fixed,
                &used,
                &mut owner,
                &mut assign,
                &mut seen,
            ) {
                failed = Some(slot);
                break;
            }
        }
        match failed {
            None => {
                return Ok((0..fixed.len())
                    .map(|s| {
                        if leftover_slot(s) {
                            Choice::Leftover
                        } else {
                            Choice::Cook(assign[s].unwrap_or(0))
                        }
                    })
                    .collect());
            }
            Some(slot) => {
                first_failure.get_or_insert(slot);
            }
        }
    }
    // Name the meal that cannot be filled: one whose recipes are too few even on their own (a
    // lunch may also be the day before's dinner), or else the first slot the matching could not fill.
    let short = (0..n).find(|&k| {
        let leftover_lunches = if leftovers && Some(k) == lunch && dinner.is_some() {
            6
        } else {
            0
        };
        repeat[k].is_none() && candidates[k].len() * MAX_COOKS + leftover_lunches < 7
    });
    let k = short.unwrap_or_else(|| first_failure.unwrap_or(0) % n);
    let meal = meals[k];
    Err(Infeasible {
        message: format!(
            "not enough {meal} recipes fit the profile: {} fit, each may be cooked at most {MAX_COOKS} times a week, and 7 {} are needed",
            candidates[k].len(),
            plural(meal)
        ),
        hint: format!(
            "add {meal} recipes that suit the profile, relax an exclusion, or leave {meal} out of `meals`"
        ),
    })
}

fn plural(meal: Meal) -> &'static str {
    match meal {
        Meal::Breakfast => "breakfasts",
        Meal::Lunch => "lunches",
        Meal::Dinner => "dinners",
        Meal::Snack => "snacks",
        Meal::Side => "sides",
    }
}

/// Kuhn's augmenting path for a slot, with each recipe offering `MAX_COOKS` minus pinned uses.
fn augment(
    slot: usize,
    order: &[Vec<usize>],
    fixed: &[Option<usize>],
    used: &[usize],
    owner: &mut [Vec<usize>],
    assign: &mut [Option<usize>],
    seen: &mut [bool],
) -> bool {
    for &r in &order[slot] {
        if seen[r] {
            continue;
        }
        seen[r] = true;
        if owner[r].len() + used[r] < MAX_COOKS {
            owner[r].push(slot);
            assign[slot] = Some(r);
            return true;
        }
        for k in 0..owner[r].len() {
            let other = owner[r][k];
            if fixed[other].is_none() && augment(other, order, fixed, used, owner, assign, seen) {
                // `other` moved to another recipe; this slot takes its place.
                if let Some(pos) = owner[r].iter().position(|&s| s == other) {
                    owner[r][pos] = slot;
                }
                assign[slot] = Some(r);
                return true;
            }
        }
    }
    false
}

// What the search prefers beyond the soft rules, whose weights are in the table of `rules.rs`.

/// A varied week: each cook of a recipe after its first.
const W_REPEAT: f64 = 60.0;
/// Each planned leftover (up to `MAX_REWARDED_LEFTOVERS` in a varied week).
const W_LEFTOVER_BONUS: f64 = 40.0;
/// A day over `max-daily-prep`, per minute: above every soft rule, and checked after the search.
const W_DAILY_PREP_PER_MIN: f64 = 10_000_000.0;
/// A simple week: a pull for each distinct recipe at all (those over the aim cost more, as a soft
/// rule).
const W_RECIPE: f64 = 20.0;
/// A simple week: each hands-on minute of a day over 30.
const W_PREP_PER_MIN: f64 = 15.0;
/// A simple week: each gram of fresh food bought and left over at the end of the week.
const W_WASTE_PER_G: f64 = 4.0;
/// A simple week: each line of the shopping list (cupboard staples aside).
const W_LINE: f64 = 30.0;
/// Planned leftovers beyond this many add no bonus in a varied week: it still wants variety.
const MAX_REWARDED_LEFTOVERS: usize = 2;

/// Buffers the search reuses from step to step instead of allocating them each time.
struct Scratch {
    /// Bit set of the plants eaten.
    plants: Vec<u64>,
    /// Bit set of the recipes cooked at least once.
    cooked: Vec<u64>,
    /// Cooks of each recipe; all zero between calls to [`valid`].
    cooks: Vec<u8>,
    /// Dinners from the freezer and the dinner slot each was frozen from.
    frozen: Vec<(usize, Option<usize>)>,
    /// Grams of each shopping item the week needs; all zero between calls to [`score`].
    need: Vec<f64>,
    /// The shopping items touched this call.
    touched: Vec<u16>,
}

impl Scratch {
    fn new(ctx: &Context) -> Self {
        Self {
            plants: vec![0; ctx.plant_words],
            cooked: vec![0; ctx.facts.len().div_ceil(64)],
            cooks: vec![0; ctx.facts.len()],
            frozen: Vec::new(),
            need: vec![0.0; ctx.shop_items.len()],
            touched: Vec::new(),
        }
    }
}

/// Scores a week: lower is better. Hard rules are not scored; moves that break them are refused.
fn score(ctx: &Context, state: &[Choice], scratch: &mut Scratch) -> f64 {
    let n = ctx.meals.len();
    let mut penalty = 0.0;
    let Scratch {
        plants,
        cooked,
        need,
        touched,
        ..
    } = scratch;
    plants.fill(0);
    cooked.fill(0);
    let mut fish_days = 0;
    let (mut cooks, mut distinct_cooks) = (0usize, 0usize);
    let mut leftovers = 0;
    for day in 0..7 {
        let (mut live, mut omega3, mut fiber, mut fish) = (false, false, 0.0, false);
        let mut day_dish = Dish::default();
        for k in 0..n {
            let slot = day * n + k;
            let Some(i) = ctx.eaten(state, slot) else {
                // A leftover of no dinner: as bad as the same dinner two days running.
                penalty += Rule::NoRepeatDinner.soft().weight(ctx.simple);
                continue;
            };
            let f = ctx.facts(i);
            live |= f.live;
            omega3 |= f.omega3;
            fish |= f.oily_fish;
            fiber += f.fiber;
            day_dish.energy += f.dish.energy;
            day_dish.protein += f.dish.protein;
            day_dish.salt += f.dish.salt;
            for (w, m) in plants.iter_mut().zip(ctx.plant_mask(i)) {
                *w |= m;
            }
            for (weight, check) in &ctx.checks.meal {
                penalty += check(ctx, k, f) * weight;
            }
            if ctx.simple {
                for &(item, grams) in &f.items {
                    let at = usize::from(item);
                    if need[at] == 0.0 {
                        touched.push(item);
                    }
                    need[at] += grams * ctx.household + 1e-9;
                }
            }
            match state[slot] {
                Choice::Cook(i) => {
                    cooks += 1;
                    let (word, bit) = (i / 64, 1u64 << (i % 64));
                    if cooked[word] & bit == 0 {
                        cooked[word] |= bit;
                        distinct_cooks += 1;
                    }
                }
                Choice::Leftover | Choice::Frozen(_) => leftovers += 1,
            }
        }
        let prep = ctx.day_prep(state, day);
        if let Some(limit) = ctx.max_daily_prep {
            penalty += f64::from(prep.saturating_sub(limit)) * W_DAILY_PREP_PER_MIN;
        }
        if ctx.simple {
            penalty += f64::from(prep.saturating_sub(SIMPLE_PREP_PER_DAY)) * W_PREP_PER_MIN;
        }
        let tally = DayTally {
            state,
            day,
            live,
            omega3,
            fiber,
        };
        for (weight, check) in &ctx.checks.day {
            penalty += check(ctx, &tally) * weight;
        }
        penalty += unfixable(ctx, &day_dish);
        fish_days += usize::from(fish);
    }
    let distinct = plants
        .iter()
        .map(|w| w.count_ones() as usize)
        .sum::<usize>();
    let week = WeekTally {
        fish_days,
        plants: distinct,
        recipes: distinct_cooks,
    };
    for (weight, check) in &ctx.checks.week {
        penalty += check(ctx, &week) * weight;
    }
    penalty -= distinct as f64; // more plants is better still past 30
    if ctx.recipe_aim.is_some() {
        // A simple week: few recipes, whole packs used up, few lines to shop for.
        for (weight, check) in &ctx.checks.simple_week {
            penalty += check(ctx, &week) * weight;
        }
        penalty += distinct_cooks as f64 * W_RECIPE;
        for &item in touched.iter() {
            let at = usize::from(item);
            let shop = &ctx.shop_items[at];
            if shop.perishable {
                let left = crate::shop::bought_grams(need[at], &shop.packs_g) - need[at];
                penalty += left.max(0.0) * W_WASTE_PER_G;
            }
            penalty += W_LINE;
            need[at] = 0.0;
        }
        touched.clear();
        penalty -= leftovers as f64 * W_LEFTOVER_BONUS;
    } else {
        // Each cook of a recipe after its first.
        penalty += (cooks - distinct_cooks) as f64 * W_REPEAT;
        penalty -= leftovers.min(MAX_REWARDED_LEFTOVERS) as f64 * W_LEFTOVER_BONUS;
    }
    penalty
}

/// Penalises a day whose dishes no portions could bring within the salt limit, up to the
/// protein target or within 10% of the energy target: the soft rules the search checks from
/// what portions cannot fix, added up before the sum joins the score.
fn unfixable(ctx: &Context, day: &Dish) -> f64 {
    ctx.checks
        .portions
        .iter()
        .fold(0.0, |sum, (weight, check)| sum + check(ctx, day) * weight)
}

/// Checks the hard rules a move could break: at most `MAX_COOKS` cooks of a recipe (breakfasts
/// and snacks of a simple week aside, which may come back but hold only a few recipes), a planned
/// leftover only after a dinner that keeps, and a dinner from the freezer only after an earlier
/// dinner of a recipe that freezes.
fn valid(ctx: &Context, state: &[Choice], scratch: &mut Scratch) -> bool {
    let n = ctx.meals.len();
    let mut ok = true;
    let cooks = &mut scratch.cooks;
    for (slot, choice) in state.iter().enumerate() {
        match *choice {
            Choice::Cook(i) if ctx.repeat[slot % n].is_none() => {
                cooks[i] += 1;
                ok &= usize::from(cooks[i]) <= MAX_COOKS;
            }
            Choice::Cook(_) => {}
            Choice::Leftover => {
                ok &= ctx
                    .eaten(state, slot)
                    .is_some_and(|i| ctx.facts(i).leftovers);
            }
            Choice::Frozen(i) => ok &= ctx.facts(i).freezes,
        }
    }
    // Leave the counts at zero for the next call.
    for choice in state {
        if let Choice::Cook(i) = *choice {
            cooks[i] = 0;
        }
    }
    if !ok {
        return false;
    }
    ctx.frozen_sources(state, &mut scratch.frozen);
    if scratch.frozen.iter().any(|(_, s)| s.is_none()) {
        return false;
    }
    for (k, limit) in ctx.repeat.iter().enumerate() {
        let Some(limit) = *limit else { continue };
        let mut seen: [usize; 8] = [usize::MAX; 8];
        let mut distinct = 0;
        for day in 0..7 {
            if let Choice::Cook(i) = state[day * n + k]
                && !seen[..distinct].contains(&i)
            {
                if distinct == seen.len() || distinct == limit {
                    return false;
                }
                seen[distinct] = i;
                distinct += 1;
            }
        }
    }
    true
}

/// Seeded simulated annealing over single-slot changes, swaps and leftover toggles.
fn anneal(ctx: &Context, start: Vec<Choice>, rng: &mut Rng) -> Vec<Choice> {
    let n = ctx.meals.len();
    let free: Vec<usize> = (0..start.len())
        .filter(|&s| ctx.fixed[s].is_none())
        .collect();
    if free.is_empty() {
        return start;
    }
    let lunch = ctx.index(Meal::Lunch);
    let can_leftover = ctx.leftovers && lunch.is_some() && ctx.dinner.is_some();
    let can_freeze = ctx.leftovers && ctx.simple && ctx.dinner.is_some();
    // The free slots of each meal, in order, for swaps.
    let free_by_meal: Vec<Vec<usize>> = (0..n)
        .map(|k| free.iter().copied().filter(|&s| s % n == k).collect())
        .collect();
    let mut scratch = Scratch::new(ctx);
    let mut state = start;
    let mut current = score(ctx, &state, &mut scratch);
    let mut best = (current, state.clone());
    const STEPS: usize = 6000;
    for step in 0..STEPS {
        let temperature = 3000.0 * (1.0 - step as f64 / STEPS as f64).powi(3) + 0.5;
        let slot = free[rng.below(free.len())];
        let k = slot % n;
        let old = state[slot];
        let mut other = None;
        let roll = rng.below(10);
        if roll < 2 && can_leftover && Some(k) == lunch && slot >= n {
            state[slot] = if old == Choice::Leftover {
                Choice::Cook(ctx.candidates[k][rng.below(ctx.candidates[k].len())])
            } else {
                Choice::Leftover
            };
        } else if roll < 4 {
            // Swap with another free slot of the same meal.
            let same = &free_by_meal[k];
            if same.len() < 2 {
                continue;
            }
            let pick = rng.below(same.len() - 1);
            let s2 = match same.iter().position(|&s| s == slot) {
                Some(p) if pick >= p => same[pick + 1],
                _ => same[pick],
            };
            state.swap(slot, s2);
            other = Some(s2);
        } else if ctx.simple && roll < 5 && can_freeze && Some(k) == ctx.dinner {
            // Toggle a dinner from the freezer: a second portion of an earlier dinner.
            let day = slot / n;
            state[slot] = match old {
                Choice::Frozen(_) => {
                    Choice::Cook(ctx.candidates[k][rng.below(ctx.candidates[k].len())])
                }
                _ if day >= FROZEN_AFTER_DAYS => {
                    let from = rng.below(day + 1 - FROZEN_AFTER_DAYS);
                    match state[from * n + k] {
                        Choice::Cook(i) => Choice::Frozen(i),
                        _ => continue,
                    }
                }
                _ => continue,
            };
        } else if ctx.simple && roll < 7 {
            // Cook what another day has at this meal: a simple week repeats itself.
            let day = rng.below(7);
            match ctx.eaten(&state, day * n + k) {
                Some(i) => state[slot] = Choice::Cook(i),
                None => continue,
            }
        } else {
            state[slot] = Choice::Cook(ctx.candidates[k][rng.below(ctx.candidates[k].len())]);
        }
        if state[slot] == old && other.is_none() {
            continue;
        }
        let undo = |state: &mut Vec<Choice>| match other {
            Some(s2) => state.swap(slot, s2),
            None => state[slot] = old,
        };
        if !valid(ctx, &state, &mut scratch) {
            undo(&mut state);
            continue;
        }
        let next = score(ctx, &state, &mut scratch);
        if next <= current || rng.unit() < ((current - next) / temperature).exp() {
            current = next;
            if current < best.0 {
                best = (current, state.clone());
            }
        } else {
            undo(&mut state);
        }
    }
    best.1
}

/// Turns the search state into a plan, with its coverage and the rules it had to give up.
fn finish(
    ctx: &Context,
    state: &[Choice],
    catalog: &Catalog,
    plant_ids: &[String],
    start: Date,
    household: u8,
    targets: &Targets,
) -> WeekPlan {
    let recipes = catalog.recipes();
    let n = ctx.meals.len();
    let mut days = Vec::with_capacity(7);
    let mut coverage_days = Vec::with_capacity(7);
    let mut relaxed = Vec::new();
    let mut plants = vec![false; plant_ids.len()];
    let mut date = start;
    let mut frozen = Vec::new();
    ctx.frozen_sources(state, &mut frozen);
    for day in 0..7 {
        let mut slots = Vec::with_capacity(n);
        let mut cov = DayCoverage {
            live_ferment: false,
            omega3: false,
            fiber_g: 0.0,
            polyphenol_meals: 0,
            meals: n,
            oily_fish: false,
        };
        let mut poly_missed = Vec::new();
        let mut eaten = Vec::with_capacity(n);
        for (k, &meal) in ctx.meals.iter().enumerate() {
            let slot = day * n + k;
            let Some(i) = ctx.eaten(state, slot) else {
                continue;
            };
            eaten.push(i);
            let f = ctx.facts(i);
            cov.live_ferment |= f.live;
            cov.omega3 |= f.omega3;
            cov.oily_fish |= f.oily_fish;
            if f.poly {
                cov.polyphenol_meals += 1;
            } else if ctx.candidates[k].iter().any(|&c| ctx.facts(c).poly) {
                poly_missed.push(meal);
            }
            for &p in &f.plants {
                plants[usize::from(p)] = true;
            }
            slots.push(Slot {
                meal,
                recipe: recipes[i].id.clone(),
                leftover: state[slot] == Choice::Leftover,
                frozen_from: frozen
                    .iter()
                    .find(|(s, _)| *s == slot)
                    .and_then(|(_, from)| from.map(|f| f / n)),
                portion: Portion::ONE,
                sides: Vec::new(),
            });
        }
        let nutrients = serve(ctx, catalog, &eaten, &mut slots);
        cov.fiber_g = nutrients.get(Nutrient::Fibre);
        let seen = DaySeen {
            coverage: &cov,
            poly_missed: &poly_missed,
            repeats_dinner: ctx.repeats_dinner(state, day),
            nutrients: &nutrients,
            targets,
        };
        relaxed.extend(
            rules::missed_on_day(&seen)
                .into_iter()
                .map(|(rule, detail)| Relaxed {
                    rule,
                    day: Some(day + 1),
                    detail,
                }),
        );
        days.push(DayPlan {
            date,
            slots,
            nutrients,
        });
        coverage_days.push(cov);
        date = date.next_day().unwrap_or(date);
    }
    let oily_fish_days = coverage_days.iter().filter(|c| c.oily_fish).count();
    let any_fish = ctx
        .candidates
        .iter()
        .flatten()
        .any(|&c| ctx.facts(c).oily_fish);
    let mut plant_names: Vec<String> = plant_ids
        .iter()
        .zip(&plants)
        .filter(|(_, on)| **on)
        .map(|(p, _)| p.clone())
        .collect();
    plant_names.sort();
    let mut cooked: Vec<usize> = state
        .iter()
        .filter_map(|c| match c {
            Choice::Cook(i) => Some(*i),
            _ => None,
        })
        .collect();
    cooked.sort_unstable();
    cooked.dedup();
    let seen = WeekSeen {
        oily_fish_days,
        oily_fish_possible: any_fish,
        plants: plant_names.len(),
        recipes: cooked.len(),
        recipe_aim: ctx.recipe_aim,
    };
    relaxed.extend(
        rules::missed_in_week(&seen)
            .into_iter()
            .map(|(rule, detail)| Relaxed {
                rule,
                day: None,
                detail,
            }),
    );
    relaxed.sort_by(|a, b| b.rule.cmp(&a.rule).then(a.day.cmp(&b.day)));
    WeekPlan {
        days,
        household,
        coverage: Coverage {
            days: coverage_days,
            plants: plant_names.len(),
            plant_names,
            oily_fish_days,
            oily_fish_possible: any_fish,
        },
        relaxed,
        targets: targets.clone(),
        diet: crate::recipe::Diet::Omnivore,
        variety: Variety::Simple,
        recipe_aim: None,
    }
}

impl WeekPlan {
    fn with_diet(
        mut self,
        diet: crate::recipe::Diet,
        variety: Variety,
        aim: Option<usize>,
    ) -> Self {
        self.diet = diet;
        self.variety = variety;
        self.recipe_aim = aim;
        self
    }
}

/// Gives a day's meals the patient's portions and sides, and returns what the patient eats.
fn serve(ctx: &Context, catalog: &Catalog, eaten: &[usize], slots: &mut [Slot]) -> Nutrients {
    let recipes = catalog.recipes();
    let dishes: Vec<Dish> = eaten.iter().map(|&i| ctx.facts(i).dish).collect();
    let main: Vec<bool> = slots.iter().map(|s| s.meal != Meal::Snack).collect();
    let fill = portions::fill(&dishes, &main, ctx.side_dishes, &ctx.needs);
    let mut protein: Vec<f64> = Vec::with_capacity(slots.len());
    for (slot, (&portion, d)) in slots.iter_mut().zip(fill.portions.iter().zip(&dishes)) {
        slot.portion = portion;
        protein.push(d.protein * portion.servings());
    }
    // The richest side in protein goes to the main meal with the least, and so on.
    let mut chosen = fill.sides.clone();
    chosen.sort_by(|a, b| {
        ctx.side_dishes[*b]
            .protein
            .total_cmp(&ctx.side_dishes[*a].protein)
    });
    for s in chosen {
        let i = ctx.sides[s];
        let to = (0..slots.len())
            .filter(|&k| main[k] || !main.contains(&true))
            .min_by(|&a, &b| protein[a].total_cmp(&protein[b]));
        if let Some(k) = to {
            protein[k] += ctx.side_dishes[s].protein;
            slots[k].sides.push(recipes[i].id.clone());
        }
    }
    day_nutrients(catalog, slots)
}

/// Sums what the patient eats at these meals: each meal at its portion, each side at one
/// serving, from the recipes' per-serving nutrients.
pub fn day_nutrients(catalog: &Catalog, slots: &[Slot]) -> Nutrients {
    let mut total = Nutrients::default();
    for slot in slots {
        if let Some(a) = catalog.analysis(&slot.recipe) {
            total.add_scaled(&a.nutrients, slot.portion.servings());
        }
        for side in &slot.sides {
            if let Some(a) = catalog.analysis(side) {
                total.add_scaled(&a.nutrients, 1.0);
            }
        }
    }
    total
}

/// A small, fast, seeded random number generator (SplitMix64), so plans are reproducible.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Self(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i + 1));
        }
    }
}
