//! The patient profile (`profile.yaml`): who the plan is for and what it must leave out.

use std::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize};

use crate::diag::{Diagnostic, Severity, did_you_mean};
use crate::error::{Checked, Error, Report};
use crate::load;
use crate::load::catalog::Catalog;
use crate::load::spans::Spans;
use crate::recipe::names::named_enum;
use crate::recipe::{Allergen, Diet, Meal};

/// A patient profile, as written in `profile.yaml`. Every key is optional.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Profile {
    /// The patient's name, printed on the cover.
    #[serde(default)]
    pub name: Option<String>,
    /// The first day of the plan, as YYYY-MM-DD; the build date when left out.
    #[serde(default)]
    pub start: Option<PlanDate>,
    /// How many people eat each meal (1 to 8); the shopping list is scaled to it.
    #[serde(default = "default_household")]
    pub household: Household,
    /// The meals to plan each day.
    #[serde(default = "default_meals")]
    pub meals: Vec<Meal>,
    /// The patient's diet.
    #[serde(default = "default_diet")]
    pub diet: Diet,
    /// Allergens no planned recipe may contain (EU 14 names; `nuts`, `dairy`, `wheat` and other
    /// aliases are understood).
    #[serde(default)]
    pub avoid_allergens: Vec<Allergen>,
    /// Ingredient names (as in the ingredient table) no planned recipe may contain.
    #[serde(default)]
    pub avoid_ingredients: Vec<String>,
    /// Recipe ids never to plan.
    #[serde(default)]
    pub avoid_recipes: Vec<String>,
    /// Recipes fixed to a day and meal.
    #[serde(default)]
    pub pins: Vec<Pin>,
    /// The most hands-on minutes any planned meal may take.
    #[serde(default)]
    pub max_prep: Option<u32>,
    /// Whether a dinner may be cooked once and eaten again as the next day's lunch (and, with
    /// `variety: simple`, a second portion frozen for a dinner later in the week).
    #[serde(default = "default_true")]
    pub leftovers: bool,
    /// `simple` (fewer dishes: breakfasts and snacks come back, dinners are cooked once for two
    /// or three meals, about 3 recipes per meal of the day) or `varied` (a new dish at most meals).
    /// The clinic's `variety` when left out, else `simple`.
    #[serde(default)]
    pub variety: Option<Variety>,
    /// The most hands-on minutes of cooking in one day, all meals together (10 to 600). The
    /// clinic's `max-daily-prep` when left out, else no limit.
    #[serde(default)]
    pub max_daily_prep: Option<u32>,
    /// Picks among equally good weeks; another seed gives another valid week.
    #[serde(default)]
    pub seed: u64,
    /// Prints the handout in large print (16 pt body text).
    #[serde(default)]
    pub large_print: bool,
    /// The patient's locale, `en-GB` or `en-US`, when it differs from the clinic's: the
    /// handout's words, spelling, measures and dates (`--locale` overrides it).
    #[serde(default)]
    pub locale: Option<String>,
    // The patient's body and the clinician's targets (issue 19), kept together.
    /// The patient's sex, for the reference values; the female values when left out.
    #[serde(default)]
    pub sex: Option<Sex>,
    /// The patient's age in years (18 to 120), for the reference values; 60 when left out.
    #[serde(default)]
    pub age: Option<u8>,
    /// Body weight in kg (25 to 300): protein is then aimed at 1.0 g per kg.
    #[serde(default)]
    pub weight_kg: Option<f64>,
    /// The clinician's energy target, kcal a day (800 to 5000), instead of the reference value.
    #[serde(default)]
    pub energy_kcal: Option<u32>,
    /// The clinician's protein target, g a day (20 to 300), instead of the computed one.
    #[serde(default)]
    pub protein_g: Option<f64>,
    /// `vulnerable` for a patient who is pregnant, immune-suppressed or frail: the plan leaves
    /// out recipes with cold-smoked fish, runny eggs, uncooked frozen vegetables or unpasteurised
    /// ferments, and the handout prints a food-safety box. `standard` otherwise.
    #[serde(default)]
    pub food_safety: FoodSafety,
}

named_enum! {
    /// How careful the plan must be about food poisoning (Listeria, Salmonella).
    #[derive(Default)]
    pub enum FoodSafety as "food-safety setting" {
        /// The usual advice.
        #[default]
        Standard = ["standard"],
        /// Pregnant, immune-suppressed or frail.
        Vulnerable = ["vulnerable"],
    }
}

named_enum! {
    /// How much a week repeats itself: fewer dishes to shop for and cook, or more variety.
    #[derive(Default)]
    pub enum Variety as "variety" {
        /// At most 3 breakfasts and 2 snacks a week, dinners cooked once for two or three meals,
        /// and about 3 distinct recipes per meal of the day.
        #[default]
        Simple = ["simple"],
        /// A new dish at most meals, as many recipes as the pillars ask for.
        Varied = ["varied"],
    }
}

/// The range `max-daily-prep` must fall in, minutes.
pub const DAILY_PREP_RANGE: (u32, u32) = (10, 600);

/// Checks a `max-daily-prep` value: `Some(message, hint)` when it is out of range.
pub fn check_daily_prep(minutes: u32) -> Option<(String, String)> {
    let (low, high) = DAILY_PREP_RANGE;
    (!(low..=high).contains(&minutes)).then(|| {
        (
            load::must_be("max-daily-prep", "max-daily-prep", minutes),
            format!("give the most hands-on minutes of cooking in a day, from {low} to {high}, or leave it out"),
        )
    })
}

named_enum! {
    /// The sex the reference values are given for.
    pub enum Sex as "sex" {
        /// Female reference values.
        Female = ["female", "woman", "f"],
        /// Male reference values.
        Male = ["male", "man", "m"],
    }
}

/// The ranges the profile's numbers must fall in: (key, lowest, highest, what it is).
const RANGES: [(&str, f64, f64, &str); 4] = [
    ("age", 18.0, 120.0, "the patient's age in years"),
    ("weight-kg", 25.0, 300.0, "the body weight in kg"),
    (
        "energy-kcal",
        800.0,
        5000.0,
        "the energy target in kcal a day",
    ),
    ("protein-g", 20.0, 300.0, "the protein target in g a day"),
];

impl Default for Profile {
    fn default() -> Self {
        Self {
            name: None,
            start: None,
            household: default_household(),
            meals: default_meals(),
            diet: default_diet(),
            avoid_allergens: Vec::new(),
            avoid_ingredients: Vec::new(),
            avoid_recipes: Vec::new(),
            pins: Vec::new(),
            max_prep: None,
            leftovers: true,
            variety: None,
            max_daily_prep: None,
            seed: 0,
            large_print: false,
            locale: None,
            sex: None,
            age: None,
            weight_kg: None,
            energy_kcal: None,
            protein_g: None,
            food_safety: FoodSafety::Standard,
        }
    }
}

fn default_household() -> Household {
    Household(2)
}

fn default_meals() -> Vec<Meal> {
    Meal::PLANNED.to_vec()
}

fn default_diet() -> Diet {
    Diet::Omnivore
}

fn default_true() -> bool {
    true
}

/// A recipe fixed to one meal of one day.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Pin {
    /// The day: 1 to 7 counted from the start date.
    pub day: u8,
    /// The meal.
    pub meal: Meal,
    /// The recipe's id.
    pub recipe: String,
}

/// How many people eat each meal, 1 to 8.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Household(pub u8);

impl schemars::JsonSchema for Household {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Household".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "integer", "minimum": 1, "maximum": 8, "description": "People at each meal, 1 to 8." })
    }
}

impl schemars::JsonSchema for PlanDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PlanDate".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "description": "A date as YYYY-MM-DD." })
    }
}

impl<'de> Deserialize<'de> for Household {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let n = u64::deserialize(deserializer)?;
        match u8::try_from(n) {
            Ok(n @ 1..=8) => Ok(Household(n)),
            _ => Err(de::Error::custom(format!(
                "{}\nhint: give the number of people who eat each meal, from 1 to 8",
                load::must_be("household", "household", n)
            ))),
        }
    }
}

/// A calendar date written as YYYY-MM-DD.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanDate(pub time::Date);

impl<'de> Deserialize<'de> for PlanDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DateVisitor;
        impl Visitor<'_> for DateVisitor {
            type Value = PlanDate;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a date written as YYYY-MM-DD")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<PlanDate, E> {
                parse_date(v).map(PlanDate).map_err(E::custom)
            }
        }
        deserializer.deserialize_str(DateVisitor)
    }
}

/// The most unknown names of one list reported one by one; the rest are counted in one line.
const MAX_NAME_PROBLEMS: usize = 10;

/// Adds "and N more ..." when a list had more unknown names than were reported.
fn more(problems: &mut Vec<Diagnostic>, path: &str, left: usize, what: &str) {
    if left > 0 {
        problems.push(
            Diagnostic::error(
                path,
                0,
                0,
                format!("and {} more {what}", crate::diag::thousands(left)),
            )
            .with_hint("check the list: it may be in the wrong file, or the wrong key"),
        );
    }
}

/// Parses a date written as YYYY-MM-DD.
pub fn parse_date(text: &str) -> Result<time::Date, String> {
    let bad = || format!("`{text}` is not a date\nhint: write it as YYYY-MM-DD, e.g. 2026-12-01");
    let mut parts = text.trim().splitn(3, '-').map(str::parse::<i32>);
    let (Some(Ok(year)), Some(Ok(month)), Some(Ok(day))) =
        (parts.next(), parts.next(), parts.next())
    else {
        return Err(bad());
    };
    let month = u8::try_from(month)
        .ok()
        .and_then(|m| time::Month::try_from(m).ok())
        .ok_or_else(bad)?;
    let day = u8::try_from(day).map_err(|_| bad())?;
    let date = time::Date::from_calendar_date(year, month, day).map_err(|_| bad())?;
    check_week_fits(date).map_err(|message| {
        format!("{message}\nhint: choose a start date at least a week before the end of 9999")
    })?;
    Ok(date)
}

/// Checks that a week starting on `date` has seven dates: `9999-12-31` has no next day.
pub fn check_week_fits(date: time::Date) -> Result<(), String> {
    match date.checked_add(time::Duration::days(6)) {
        Some(_) => Ok(()),
        None => Err(format!(
            "the week from `{date}` runs past the last date gutjoint knows (9999-12-31)"
        )),
    }
}

impl Profile {
    /// Fills the settings the profile leaves out from the clinic's (`variety`,
    /// `max-daily-prep`); the profile's own always win.
    pub fn settle(&mut self, clinic: &crate::load::clinic::Clinic) {
        self.variety = self.variety.or(clinic.variety);
        self.max_daily_prep = self.max_daily_prep.or(clinic.max_daily_prep);
    }

    /// The week's variety: the profile's, else the clinic's (once settled), else `simple`.
    pub fn variety(&self) -> Variety {
        self.variety.unwrap_or_default()
    }

    /// Reads a profile file and checks it against the catalogue; returns it with its warnings.
    pub fn from_file(path: &std::path::Path, catalog: &Catalog) -> Result<Checked<Self>, Error> {
        let shown = path.display().to_string();
        let bytes = crate::load::input::Input {
            what: "profile",
            folder: None,
            max: crate::load::input::MAX_TEXT_BYTES,
        }
        .read(path)?;
        let mut report = Report::default();
        let text = load::text(&shown, &bytes).map_err(|d| {
            Error::Input(Report {
                diagnostics: vec![d],
                ..Report::default()
            })
        })?;
        report.sources.add(&shown, &text);
        match Self::parse_checked(&shown, &text, catalog) {
            Ok((value, warnings)) => {
                report.diagnostics = warnings;
                Ok(Checked {
                    value,
                    warnings: report,
                })
            }
            Err(diagnostics) => {
                report.diagnostics = diagnostics;
                Err(Error::Input(report))
            }
        }
    }

    /// Parses a profile and checks the names it uses against the catalogue, reporting every
    /// unknown recipe with its line and a "did you mean"; its warnings are dropped.
    pub fn parse(path: &str, text: &str, catalog: &Catalog) -> Result<Self, Vec<Diagnostic>> {
        Self::parse_checked(path, text, catalog).map(|(profile, _)| profile)
    }

    /// Parses and checks a profile; returns it with its warnings (an `avoid-ingredients` word
    /// no recipe holds). Each word of `avoid-ingredients` becomes the table's names it covers.
    pub fn parse_checked(
        path: &str,
        text: &str,
        catalog: &Catalog,
    ) -> Result<(Self, Vec<Diagnostic>), Vec<Diagnostic>> {
        let mut profile: Profile = load::yaml(path, text).map_err(|d| vec![d])?;
        // A long list is checked in one pass; the planner looks names up in it for every recipe.
        for list in [&mut profile.avoid_ingredients, &mut profile.avoid_recipes] {
            let mut seen = std::collections::HashSet::new();
            list.retain(|name| seen.insert(name.clone()));
        }
        let mut problems = Vec::new();
        // Every position below is where the value is written, found by its path in the file.
        let spans = Spans::of(text);
        if let Some(tag) = &profile.locale
            && !crate::locale::exists(tag)
        {
            let (line, column) = spans.at("locale");
            problems.push(crate::locale::unknown(tag, path, line, column));
        }
        let ids: Vec<&str> = catalog.recipes().iter().map(|r| r.id.as_str()).collect();
        let avoided =
            (profile.avoid_recipes.iter()).map(|id| (id, spans.item("avoid-recipes", id)));
        let pinned = (profile.pins.iter().enumerate())
            .map(|(i, p)| (&p.recipe, spans.at(&format!("pins[{i}].recipe"))));
        let known: std::collections::HashSet<&str> = ids.iter().copied().collect();
        let unknown_recipes = avoided
            .chain(pinned)
            .filter(|(id, _)| !known.contains(id.as_str()));
        let mut unknown_recipes_left = 0;
        for (n, (id, (line, column))) in unknown_recipes.enumerate() {
            if n >= MAX_NAME_PROBLEMS {
                unknown_recipes_left += 1;
                continue;
            }
            {
                let hint = match did_you_mean(id, ids.iter().copied()) {
                    Some(near) => {
                        format!("did you mean `{near}`? `gutjoint recipes` lists every id")
                    }
                    None => "`gutjoint recipes` lists every recipe id".to_owned(),
                };
                problems.push(
                    Diagnostic::error(path, line, column, format!("unknown recipe `{id}`"))
                        .with_hint(hint),
                );
            }
        }
        more(
            &mut problems,
            path,
            unknown_recipes_left,
            "unknown recipe ids",
        );
        if let Some(problem) = profile
            .name
            .as_deref()
            .and_then(|n| crate::check::printed::check(n, false, false))
        {
            let (line, column) = spans.at("name");
            let (message, hint) = problem.explain("`name`");
            problems.push(Diagnostic::error(path, line, column, message).with_hint(hint));
        }
        // A word no ingredient answers to cannot be in any recipe: a warning, not an error.
        let mut warnings = Vec::new();
        let mut covered: Vec<String> = Vec::new();
        let mut unknown_ingredients_left = 0;
        for name in &profile.avoid_ingredients {
            let names = catalog.table().covered_by(name);
            if !names.is_empty() {
                covered.extend(names);
                continue;
            }
            if warnings.len() >= MAX_NAME_PROBLEMS {
                unknown_ingredients_left += 1;
                continue;
            }
            let (line, column) = spans.item("avoid-ingredients", name);
            let hint = match did_you_mean(name, catalog.table().names()) {
                Some(near) => format!("did you mean `{near}`? use the ingredient names of the recipes"),
                None => "use an ingredient name as the recipes write it; `gutjoint recipes` and the recipe files show them".to_owned(),
            };
            warnings.push(Diagnostic {
                severity: Severity::Warning,
                ..Diagnostic::error(
                    path,
                    line,
                    column,
                    format!(
                        "no recipe holds `{name}` (avoid-ingredients), so it leaves nothing out"
                    ),
                )
                .with_hint(hint)
            });
        }
        if unknown_ingredients_left > 0 {
            warnings.push(Diagnostic {
                severity: Severity::Warning,
                ..Diagnostic::error(
                    path,
                    0,
                    0,
                    format!(
                        "and {} more avoid-ingredients words no recipe holds",
                        crate::diag::thousands(unknown_ingredients_left)
                    ),
                )
            });
        }
        covered.sort();
        covered.dedup();
        profile.avoid_ingredients = covered;
        for (i, pin) in profile.pins.iter().enumerate() {
            let earlier = profile.pins[..i]
                .iter()
                .find(|p| p.day == pin.day && p.meal == pin.meal && p.recipe != pin.recipe);
            if let Some(earlier) = earlier {
                let (line, column) = spans.at(&format!("pins[{i}].recipe"));
                problems.push(
                    Diagnostic::error(
                        path,
                        line,
                        column,
                        format!(
                            "day {} {} is pinned to both `{}` and `{}`",
                            pin.day, pin.meal, earlier.recipe, pin.recipe
                        ),
                    )
                    .with_hint("a meal holds one recipe: keep one of the two pins"),
                );
            }
            if !(1..=7).contains(&pin.day) {
                let (line, column) = spans.at(&format!("pins[{i}].day"));
                problems.push(
                    Diagnostic::error(path, line, column, load::must_be("pin day", "day", pin.day))
                        .with_hint("days count from the start date: 1 to 7"),
                );
            }
            if !profile.meals.contains(&pin.meal) {
                let (line, column) = spans.at(&format!("pins[{i}].meal"));
                problems.push(
                    Diagnostic::error(
                        path,
                        line,
                        column,
                        format!(
                            "pin to `{}`, which is not one of the profile's meals",
                            pin.meal
                        ),
                    )
                    .with_hint("add the meal to `meals`, or pin to a planned meal"),
                );
            }
        }
        let numbers = [
            profile.age.map(f64::from),
            profile.weight_kg,
            profile.energy_kcal.map(f64::from),
            profile.protein_g,
        ];
        for ((key, low, high, what), value) in RANGES.iter().zip(numbers) {
            if let Some(v) = value
                && !(v.is_finite() && (*low..=*high).contains(&v))
            {
                let (line, column) = spans.at(key);
                problems.push(
                    Diagnostic::error(path, line, column, load::must_be(key, key, v)).with_hint(
                        format!("give {what}, from {low} to {high}, or leave it out"),
                    ),
                );
            }
        }
        if let Some((message, hint)) = profile.max_daily_prep.and_then(check_daily_prep) {
            let (line, column) = spans.at("max-daily-prep");
            problems.push(Diagnostic::error(path, line, column, message).with_hint(hint));
        }
        if let Some(i) = profile.meals.iter().position(|m| *m == Meal::Side) {
            let (line, column) = spans.at(&format!("meals[{i}]"));
            problems.push(
                Diagnostic::error(path, line, column, "`side` is not a meal to plan")
                    .with_hint("list breakfast, lunch, dinner or snack; the planner adds sides to meals itself"),
            );
        }
        if profile.meals.is_empty() {
            let (line, column) = spans.at("meals");
            problems.push(
                Diagnostic::error(path, line, column, "`meals` is empty")
                    .with_hint("list at least one of breakfast, lunch, dinner, snack"),
            );
        }
        if problems.is_empty() {
            Ok((profile, warnings))
        } else {
            Err(problems)
        }
    }
}
