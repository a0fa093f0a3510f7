//! What each tag means, per serving: the thresholds live here, once, and the handout prints them.
//!
//! The numbers follow food-labelling claims (README, "What `check` holds a recipe to"): EU "source of fibre"
//! is 3 g and "high fibre" 6 g per 100 g, which we apply per serving; omega-3 follows the EU
//! "source" and "high" claims for ALA and EPA+DHA, also per serving.

use serde::Serialize;

use crate::check::nutrients::Nutrients;
use crate::diag::{Severity, did_you_mean};
use crate::load::foods::Foods;
use crate::load::ingredients::{self, DietFact, GramsError, PolyphenolKind, Table};
use crate::locale::Locale;
use crate::recipe::{Allergen, Diet, Fermented, FoodRisk, Level, Recipe, Tags, Unit};

/// Grams of fibre per serving for "source of fibre".
pub const FIBER_SOURCE_G: f64 = 3.0;
/// Grams of fibre per serving for "high fibre".
pub const FIBER_HIGH_G: f64 = 6.0;
/// Grams of ALA per serving for "source of omega-3".
pub const OMEGA3_SOURCE_ALA_G: f64 = 0.3;
/// Grams of ALA per serving for "high in omega-3".
pub const OMEGA3_HIGH_ALA_G: f64 = 0.6;
/// Milligrams of EPA+DHA per serving for "source of omega-3".
pub const OMEGA3_SOURCE_EPA_DHA_MG: f64 = 40.0;
/// Milligrams of EPA+DHA per serving for "high in omega-3".
pub const OMEGA3_HIGH_EPA_DHA_MG: f64 = 80.0;

/// A tag as printed: a letter that survives a black-and-white printer, and a word or two.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Badge {
    /// The pillar: `fiber`, `polyphenol`, `fermented` or `omega3`.
    pub pillar: &'static str,
    /// One capital letter for the pillar.
    pub letter: &'static str,
    /// The short label in the locale's words: "High fibre".
    pub label: String,
    /// The label's message id in the locale files: `tag-high-fiber`.
    #[serde(skip)]
    pub key: &'static str,
}

/// One line of the printed key to the tags.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct TagRule {
    /// The badge the rule earns.
    pub badge: Badge,
    /// What it takes, in plain words.
    pub rule: String,
}

const FIBER: (&str, &str) = ("fiber", "F");
const POLYPHENOL: (&str, &str) = ("polyphenol", "P");
const LIVE: (&str, &str) = ("fermented", "L");
const COOKED: (&str, &str) = ("fermented", "C");
const OMEGA3: (&str, &str) = ("omega3", "O");

fn badge(
    locale: &Locale,
    (pillar, letter): (&'static str, &'static str),
    key: &'static str,
) -> Badge {
    Badge {
        pillar,
        letter,
        label: locale.text(key),
        key,
    }
}

/// Returns the badges a recipe's tags earn, in pillar order, labelled in the default locale.
pub fn badges(tags: &Tags) -> Vec<Badge> {
    badges_in(tags, &crate::locale::default_locale())
}

/// Returns the badges a recipe's tags earn, in pillar order, labelled in a locale's words.
pub fn badges_in(tags: &Tags, locale: &Locale) -> Vec<Badge> {
    let mut out = Vec::new();
    match tags.fiber {
        Some(Level::High) => out.push(badge(locale, FIBER, "tag-high-fiber")),
        Some(Level::Source) => out.push(badge(locale, FIBER, "tag-fiber")),
        None => {}
    }
    if tags.polyphenol.is_some() {
        out.push(badge(locale, POLYPHENOL, "tag-polyphenol"));
    }
    match tags.fermented {
        Some(Fermented::Live) => out.push(badge(locale, LIVE, "tag-live")),
        Some(Fermented::Cooked) => out.push(badge(locale, COOKED, "tag-cooked")),
        None => {}
    }
    match tags.omega3 {
        Some(Level::High) => out.push(badge(locale, OMEGA3, "tag-high-omega3")),
        Some(Level::Source) => out.push(badge(locale, OMEGA3, "tag-omega3")),
        None => {}
    }
    out
}

/// Returns the key to every tag, with the threshold behind it, in the default locale.
pub fn rules() -> Vec<TagRule> {
    rules_in(&crate::locale::default_locale())
}

/// Returns the key to every tag, with the threshold behind it, for printing in a locale.
pub fn rules_in(locale: &Locale) -> Vec<TagRule> {
    use crate::locale::Arg::Number;
    let rule = |key: &'static str, pillar, args: &[(&str, crate::locale::Arg)]| TagRule {
        badge: badge(locale, pillar, key),
        rule: locale.args(&format!("rule-{}", key.trim_start_matches("tag-")), args),
    };
    vec![
        rule("tag-fiber", FIBER, &[("grams", Number(FIBER_SOURCE_G))]),
        rule("tag-high-fiber", FIBER, &[("grams", Number(FIBER_HIGH_G))]),
        rule("tag-polyphenol", POLYPHENOL, &[]),
        rule("tag-live", LIVE, &[]),
        rule("tag-cooked", COOKED, &[]),
        rule(
            "tag-omega3",
            OMEGA3,
            &[
                ("ala", Number(OMEGA3_SOURCE_ALA_G)),
                ("epa-dha", Number(OMEGA3_SOURCE_EPA_DHA_MG)),
            ],
        ),
        rule(
            "tag-high-omega3",
            OMEGA3,
            &[
                ("ala", Number(OMEGA3_HIGH_ALA_G)),
                ("epa-dha", Number(OMEGA3_HIGH_EPA_DHA_MG)),
            ],
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recipe::Polyphenol;

    #[test]
    fn every_badge_a_recipe_can_earn_is_explained() {
        let tags = [
            Tags {
                fiber: Some(Level::High),
                polyphenol: Some(Polyphenol::Rich),
                fermented: Some(Fermented::Live),
                omega3: Some(Level::High),
            },
            Tags {
                fiber: Some(Level::Source),
                polyphenol: None,
                fermented: Some(Fermented::Cooked),
                omega3: Some(Level::Source),
            },
        ];
        let explained: Vec<Badge> = rules().into_iter().map(|r| r.badge).collect();
        for tag in &tags {
            for b in badges(tag) {
                assert!(explained.contains(&b), "{b:?} has no rule");
            }
        }
    }
}

/// Nutrients in one serving of a recipe, computed from its ingredients and the USDA table.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct PerServing {
    /// Energy, kcal.
    pub energy_kcal: f64,
    /// Dietary fibre, g.
    pub fiber_g: f64,
    /// Plant omega-3 (ALA), g.
    pub ala_g: f64,
    /// Long-chain omega-3 (EPA + DHA), mg.
    pub epa_dha_mg: f64,
}

/// What a recipe's ingredients add up to.
#[derive(Debug, Clone, Serialize)]
pub struct Analysis {
    /// Nutrients per serving.
    pub per_serving: PerServing,
    /// Every nutrient per serving, with how much of it is measured.
    pub nutrients: Nutrients,
    /// The distinct plants it holds, for the weekly plant count.
    pub plants: Vec<String>,
    /// The allergens its ingredients contain.
    pub allergens: Vec<Allergen>,
    /// The most restrictive diet its ingredients allow.
    pub diet: Diet,
    /// What each ingredient line adds to a serving, in recipe order.
    pub lines: Vec<(String, PerServing)>,
    /// Allergens its ingredients may contain, by precautionary labels, and do not surely contain.
    pub may_contain: Vec<Allergen>,
    /// The food-safety risks its method leaves, each with the ingredient that brings it.
    pub risks: Vec<(FoodRisk, String)>,
}

impl Analysis {
    /// The first risk that rules the recipe out for a vulnerable patient, if any.
    pub fn unsafe_for_vulnerable(&self) -> Option<&(FoodRisk, String)> {
        self.risks.iter().find(|(r, _)| r.for_vulnerable())
    }
}

impl Analysis {
    /// Names the ingredient that adds the most of a nutrient, with its amount per serving.
    pub fn top(&self, nutrient: impl Fn(&PerServing) -> f64) -> Option<(&str, f64)> {
        self.lines
            .iter()
            .map(|(item, per)| (item.as_str(), nutrient(per)))
            .filter(|(_, v)| *v > 0.0)
            .max_by(|a, b| a.1.total_cmp(&b.1))
    }
}

/// A problem a check found in a recipe, with the text to find in the file to locate it.
#[derive(Debug, Clone)]
pub struct Finding {
    /// Whether it stops the run.
    pub severity: Severity,
    /// The path in the recipe file of the value the finding is about, such as
    /// `ingredients[2].item` or `tags.fiber` (see [`crate::load::spans`]).
    pub at: String,
    /// What is wrong, naming the recipe, the ingredient and the number.
    pub message: String,
    /// How to fix it.
    pub hint: String,
}

/// The path of the first ingredient line naming `item`, or of the list when none does.
pub fn item_path(recipe: &Recipe, item: &str) -> String {
    recipe
        .ingredients
        .iter()
        .position(|line| line.item == item)
        .map_or_else(
            || "ingredients".to_owned(),
            |i| format!("ingredients[{i}].item"),
        )
}

fn finding(
    severity: Severity,
    at: impl Into<String>,
    message: String,
    hint: impl Into<String>,
) -> Finding {
    Finding {
        severity,
        at: at.into(),
        message,
        hint: hint.into(),
    }
}

/// Computes what a recipe adds up to. Fails with findings when an ingredient is not in the
/// table or lacks the conversion its unit needs.
pub fn analyse(recipe: &Recipe, table: &Table, foods: &Foods) -> Result<Analysis, Vec<Finding>> {
    let mut problems = Vec::new();
    let mut total = PerServing::default();
    let mut nutrients = Nutrients::default();
    let mut plants: Vec<String> = Vec::new();
    let mut allergens: Vec<Allergen> = Vec::new();
    let mut facts: Vec<DietFact> = Vec::new();
    let mut lines: Vec<(String, PerServing)> = Vec::new();
    let mut may_contain: Vec<Allergen> = Vec::new();
    let mut risks: Vec<(FoodRisk, String)> = Vec::new();
    let serves = f64::from(recipe.serves.get());
    for (i, line) in recipe.ingredients.iter().enumerate() {
        let at = format!("ingredients[{i}].item");
        let Some(entry) = table.get(&line.item) else {
            let hint = match did_you_mean(&line.item, table.names()) {
                Some(near) => format!(
                    "did you mean `{near}`? or add `{}` to ingredients.yaml (find its USDA number with `gutjoint foods search`)",
                    line.item
                ),
                None => format!(
                    "add `{}` to ingredients.yaml; find its USDA number with `gutjoint foods search`",
                    line.item
                ),
            };
            problems.push(finding(
                Severity::Error,
                at,
                format!(
                    "recipe `{}`: ingredient `{}` is not in the ingredient table",
                    recipe.id, line.item
                ),
                hint,
            ));
            continue;
        };
        let grams = match ingredients::grams(line, entry) {
            Ok(grams) => grams,
            Err(GramsError::NoConversion(key)) => {
                let unit = line.unit.map_or("a count", Unit::name);
                problems.push(finding(
                    Severity::Error,
                    at,
                    format!("recipe `{}`: `{}` is measured in {unit}, but the ingredient table has no `{key}` for it", recipe.id, line.item),
                    format!("add `{key}:` (grams per {}) to `{}` in ingredients.yaml, or weigh it in g", if key == "ml" { "millilitre" } else { key }, line.item),
                ));
                continue;
            }
        };
        if let Some(food) = ingredients::food(entry, foods) {
            nutrients.add_scaled(&Nutrients::of_food(food, grams), 1.0 / serves);
            let share = grams / 100.0 / serves;
            let is_fish = entry.contains.contains(&DietFact::Fish);
            let per = PerServing {
                energy_kcal: share * food.kcal.unwrap_or(0.0),
                fiber_g: share * food.fiber_g.unwrap_or(0.0),
                ala_g: share * food.ala(entry.plant.is_some()),
                epa_dha_mg: share * food.epa_dha(is_fish) * 1000.0,
            };
            total.energy_kcal += per.energy_kcal;
            total.fiber_g += per.fiber_g;
            total.ala_g += per.ala_g;
            total.epa_dha_mg += per.epa_dha_mg;
            lines.push((line.item.clone(), per));
        }
        if let Some(plant) = &entry.plant
            && !plants.contains(plant)
        {
            plants.push(plant.clone());
        }
        for &a in &entry.allergens {
            if !allergens.contains(&a) {
                allergens.push(a);
            }
        }
        facts.extend(entry.contains.iter().copied());
        for &a in &entry.may_contain {
            if !may_contain.contains(&a) {
                may_contain.push(a);
            }
        }
        if let Some(risk) = entry.risk
            && !recipe.cooked_through.contains(&risk)
            && !risks.iter().any(|(r, _)| *r == risk)
        {
            risks.push((risk, line.item.clone()));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    allergens.sort();
    plants.sort();
    may_contain.retain(|a| !allergens.contains(a) && !recipe.allergens.contains(a));
    may_contain.sort();
    Ok(Analysis {
        per_serving: total,
        nutrients,
        plants,
        allergens,
        diet: diet_for(&facts),
        lines,
        may_contain,
        risks,
    })
}

/// Returns the most restrictive diet that allows all these diet facts.
pub fn diet_for(facts: &[DietFact]) -> Diet {
    if facts.contains(&DietFact::Meat) {
        Diet::Omnivore
    } else if facts.contains(&DietFact::Fish) {
        Diet::Pescatarian
    } else if facts
        .iter()
        .any(|f| matches!(f, DietFact::Dairy | DietFact::Egg | DietFact::Honey))
    {
        Diet::Vegetarian
    } else {
        Diet::Vegan
    }
}

/// Says which fibre level a serving earns.
pub fn fiber_level(per: &PerServing) -> Option<Level> {
    if per.fiber_g >= FIBER_HIGH_G {
        Some(Level::High)
    } else if per.fiber_g >= FIBER_SOURCE_G {
        Some(Level::Source)
    } else {
        None
    }
}

/// Says which omega-3 level a serving earns, from plant or fish omega-3.
pub fn omega3_level(per: &PerServing) -> Option<Level> {
    if per.ala_g >= OMEGA3_HIGH_ALA_G || per.epa_dha_mg >= OMEGA3_HIGH_EPA_DHA_MG {
        Some(Level::High)
    } else if per.ala_g >= OMEGA3_SOURCE_ALA_G || per.epa_dha_mg >= OMEGA3_SOURCE_EPA_DHA_MG {
        Some(Level::Source)
    } else {
        None
    }
}

/// The amount per serving that makes a polyphenol-dense food count, in grams (millilitres of
/// olive oil and tea are converted with the table's density).
pub fn polyphenol_threshold(kind: PolyphenolKind) -> (f64, &'static str) {
    match kind {
        PolyphenolKind::Berries => (75.0, "75 g of berries"),
        PolyphenolKind::OliveOil => (10.0, "10 ml of extra virgin olive oil"),
        PolyphenolKind::Cocoa => (10.0, "10 g of cocoa"),
        PolyphenolKind::Tea => (1.0, "a cup of tea"),
        PolyphenolKind::HerbSpice => (0.5, "0.5 g of a herb or spice"),
        PolyphenolKind::DeepVeg => (80.0, "80 g of a deeply coloured vegetable"),
    }
}

/// Names the ingredient that adds the most: ", most of it from `walnuts` (2.7 g)".
fn most(top: Option<(&str, f64)>, unit: &str) -> String {
    top.map_or(String::new(), |(item, v)| {
        format!(", most of it from `{item}` ({v:.1} {unit})")
    })
}

fn level_name(level: Option<Level>) -> &'static str {
    level.map_or("none", Level::name)
}

/// Checks a recipe's declared tags, allergens and diet against what its ingredients add up to.
pub fn check(recipe: &Recipe, analysis: &Analysis, table: &Table) -> Vec<Finding> {
    let mut out = Vec::new();
    let id = &recipe.id;
    let per = &analysis.per_serving;

    let (declared, earned) = (recipe.tags.fiber, fiber_level(per));
    if declared > earned {
        out.push(finding(
            Severity::Error,
            "tags.fiber",
            format!(
                "recipe `{id}` declares `fiber: {}` but a serving has {:.1} g of fibre{} (source needs {FIBER_SOURCE_G} g, high {FIBER_HIGH_G} g)",
                level_name(declared),
                per.fiber_g,
                most(analysis.top(|p| p.fiber_g), "g")
            ),
            format!("declare `{}`, or add fibre: pulses, oats, vegetables, seeds", earned.map_or("no fiber tag".to_owned(), |l| format!("fiber: {l}"))),
        ));
    } else if declared < earned {
        out.push(finding(
            Severity::Warning,
            "tags",
            format!(
                "recipe `{id}` earns `fiber: {}` ({:.1} g a serving) but declares `{}`",
                level_name(earned),
                per.fiber_g,
                level_name(declared)
            ),
            "declare the level it earns so the plan can count it",
        ));
    }

    let (declared, earned) = (recipe.tags.omega3, omega3_level(per));
    if declared > earned {
        out.push(finding(
            Severity::Error,
            "tags.omega3",
            format!(
                "recipe `{id}` declares `omega3: {}` but a serving has {:.2} g of ALA and {:.0} mg of EPA+DHA{} (source needs {OMEGA3_SOURCE_ALA_G} g or {OMEGA3_SOURCE_EPA_DHA_MG} mg, high {OMEGA3_HIGH_ALA_G} g or {OMEGA3_HIGH_EPA_DHA_MG} mg)",
                level_name(declared),
                per.ala_g,
                per.epa_dha_mg,
                most(analysis.top(|p| p.ala_g + p.epa_dha_mg / 1000.0), "g of omega-3")
            ),
            format!("declare `{}`, or add oily fish, ground flaxseed, chia or walnuts", earned.map_or("no omega3 tag".to_owned(), |l| format!("omega3: {l}"))),
        ));
    } else if declared < earned {
        out.push(finding(
            Severity::Warning,
            "tags",
            format!("recipe `{id}` earns `omega3: {}` ({:.2} g ALA, {:.0} mg EPA+DHA a serving) but declares `{}`", level_name(earned), per.ala_g, per.epa_dha_mg, level_name(declared)),
            "declare the level it earns so the plan can count it",
        ));
    }

    let ferments: Vec<(&str, Fermented)> = recipe
        .ingredients
        .iter()
        .filter_map(|i| {
            table
                .get(&i.item)
                .and_then(|e| e.fermented)
                .map(|f| (i.item.as_str(), f))
        })
        .collect();
    match recipe.tags.fermented {
        Some(Fermented::Live) if !ferments.iter().any(|(_, f)| *f == Fermented::Live) => out.push(finding(
            Severity::Error,
            "tags.fermented",
            format!("recipe `{id}` declares `fermented: live` but none of its ingredients is a live ferment in the ingredient table"),
            "declare `fermented: cooked` if the ferment is heated, or mark the ingredient `fermented: live` in ingredients.yaml",
        )),
        Some(_) if ferments.is_empty() => out.push(finding(
            Severity::Error,
            "tags.fermented",
            format!("recipe `{id}` declares a fermented tag but none of its ingredients is fermented"),
            "remove the tag, or mark the fermented ingredient in ingredients.yaml",
        )),
        None if !ferments.is_empty() => out.push(finding(
            Severity::Warning,
            "tags",
            format!("recipe `{id}` holds `{}`, a fermented food, but declares no fermented tag", ferments[0].0),
            "declare `fermented: live` if it is eaten unheated, or `fermented: cooked`",
        )),
        _ => {}
    }

    let serves = f64::from(recipe.serves.get());
    for name in &recipe.polyphenol_from {
        let Some((line, entry)) = recipe
            .ingredients
            .iter()
            .find(|i| i.item == *name)
            .and_then(|i| table.get(name).map(|e| (i, e)))
        else {
            continue;
        };
        let Some(kind) = entry.polyphenol else {
            out.push(finding(
                Severity::Error,
                "polyphenol-from",
                format!("recipe `{id}` credits `{name}` for polyphenols, but the ingredient table does not list it as polyphenol-rich"),
                "credit a berry, extra virgin olive oil, cocoa, tea, a herb or spice, or a deeply coloured vegetable",
            ));
            continue;
        };
        let per_serving = match kind {
            // Tea counts by the cup, whatever its weight.
            PolyphenolKind::Tea => match (line.qty, line.unit) {
                (Some(q), Some(Unit::Cup)) => q.upper() / serves,
                (Some(q), None | Some(Unit::Piece)) => q.upper() / serves,
                (Some(q), Some(u)) => {
                    q.upper() * u.millilitres().unwrap_or(0.0) / Unit::Cup.size() / serves
                }
                (None, _) => 0.0,
            },
            PolyphenolKind::OliveOil => {
                ingredients::grams(line, entry).unwrap_or(0.0) / entry.ml.unwrap_or(0.92) / serves
            }
            _ => ingredients::grams(line, entry).unwrap_or(0.0) / serves,
        };
        let (need, words) = polyphenol_threshold(kind);
        if per_serving + 1e-9 < need {
            out.push(finding(
                Severity::Error,
                item_path(recipe, name),
                format!("recipe `{id}` credits `{name}` for polyphenols, but a serving has {per_serving:.1} of the {words} it needs"),
                "use more of it, credit another ingredient, or remove `polyphenol: rich`",
            ));
        }
    }

    for &allergen in &analysis.allergens {
        if !recipe.allergens.contains(&allergen) {
            let culprit = recipe
                .ingredients
                .iter()
                .find(|i| {
                    table
                        .get(&i.item)
                        .is_some_and(|e| e.allergens.contains(&allergen))
                })
                .map_or("an ingredient", |i| i.item.as_str());
            out.push(finding(
                Severity::Error,
                item_path(recipe, culprit),
                format!("recipe `{id}` does not declare `{allergen}`, but `{culprit}` contains it"),
                format!(
                    "add `{allergen}` to `allergens`, or swap `{culprit}` for a food without it"
                ),
            ));
        }
    }
    for &allergen in &recipe.allergens {
        if !analysis.allergens.contains(&allergen) {
            out.push(finding(
                Severity::Warning,
                "allergens",
                format!("recipe `{id}` declares `{allergen}`, but no ingredient in the table contains it"),
                "remove it, or mark the ingredient that has it in ingredients.yaml",
            ));
        }
    }

    if recipe.diet < analysis.diet {
        let culprit = recipe
            .ingredients
            .iter()
            .find(|i| {
                table
                    .get(&i.item)
                    .is_some_and(|e| diet_for(&e.contains) > recipe.diet)
            })
            .map_or("an ingredient", |i| i.item.as_str());
        out.push(finding(
            Severity::Error,
            item_path(recipe, culprit),
            format!(
                "recipe `{id}` is declared `{}`, but `{culprit}` makes it `{}`",
                recipe.diet, analysis.diet
            ),
            format!("declare `diet: {}`, or swap `{culprit}`", analysis.diet),
        ));
    } else if recipe.diet > analysis.diet {
        out.push(finding(
            Severity::Warning,
            "diet",
            format!(
                "recipe `{id}` is declared `{}`, but its ingredients suit `{}`",
                recipe.diet, analysis.diet
            ),
            format!(
                "declare `diet: {}` so more patients can be offered it",
                analysis.diet
            ),
        ));
    }
    out.extend(crate::check::safety::check(recipe, analysis, table));
    out
}
