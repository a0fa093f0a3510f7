//! `gutjoint plan`: a week for one patient, with its coverage, what had to give, and the
//! shopping list, as text or JSON.

use std::fmt::Write;
use std::path::Path;

use serde::Serialize;
use time::Date;

use super::Done;
use crate::catalog::Catalog;
use crate::cli::{Format, PlanArgs, PlanCommandArgs};
use crate::diag::Diagnostic;
use crate::error::{Error, Report};
use crate::intake::{self, Intake};
use crate::load;
use crate::nutrients::Nutrients;
use crate::plan::{self, Coverage, Relaxed, WeekPlan};
use crate::portions::Portion;
use crate::profile::Profile;
use crate::recipe::{Fermented, Level, Meal, Tags};
use crate::shopping::{self, Item};

/// The version of the JSON plan; bumped only when a field changes meaning or goes away.
pub const PLAN_VERSION: u32 = 2;

/// A planned week and everything it was planned from.
pub struct Planned {
    /// The recipes.
    pub catalog: Catalog,
    /// The patient.
    pub profile: Profile,
    /// The week.
    pub week: WeekPlan,
    /// Its first day.
    pub start: Date,
}

/// Loads the recipes and the profile and plans the week; shared by `plan` and `build`.
pub fn prepare(
    args: &PlanArgs,
    catalog: Catalog,
    references: crate::references::Choice,
) -> Result<Planned, Error> {
    let (mut profile, shown) = match &args.profile {
        Some(path) => (read_profile(path, &catalog)?, path.display().to_string()),
        None => (Profile::default(), "the default profile".to_owned()),
    };
    if let Some(seed) = args.seed {
        profile.seed = seed;
    }
    let start = match (args.date, profile.start) {
        (Some(date), _) => date,
        (None, Some(date)) => date.0,
        (None, None) => super::today(args.source_date_epoch.as_deref())?,
    };
    let targets = crate::references::Targets::new(references, &profile);
    let week = plan::plan_with(&catalog, &profile, &targets, start).map_err(|why| {
        Error::Input(Report {
            diagnostics: vec![
                Diagnostic::error(shown, 0, 0, format!("cannot plan a week: {}", why.message))
                    .with_hint(why.hint),
            ],
            ..Report::default()
        })
    })?;
    Ok(Planned {
        catalog,
        profile,
        week,
        start,
    })
}

fn read_profile(path: &Path, catalog: &Catalog) -> Result<Profile, Error> {
    let shown = path.display().to_string();
    let bytes = crate::input::Input {
        what: "profile",
        folder: None,
        max: crate::input::MAX_TEXT_BYTES,
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
    Profile::parse(&shown, &text, catalog).map_err(|diagnostics| {
        report.diagnostics = diagnostics;
        Error::Input(report)
    })
}

/// Plans the week and prints it.
pub fn run(args: &PlanCommandArgs) -> Result<Done, Error> {
    let inputs = super::inputs(args.recipes.recipes.as_deref(), None, None);
    let (clinic, _, catalog) = super::load(&inputs)?;
    let planned = prepare(&args.plan, catalog, clinic.references)?;
    let shopping = shopping::list(&planned.week, &planned.catalog);
    let output = match args.format {
        Format::Json => serde_json::to_string_pretty(&json(
            &planned.week,
            &planned.profile,
            &planned.catalog,
            &shopping,
        ))
        .unwrap_or_default(),
        Format::Text => text(&planned, &shopping),
    };
    Ok(Done {
        output,
        warnings: planned.catalog.warnings,
        ..Done::default()
    })
}

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
    pub targets: &'a crate::references::Targets,
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

/// The JSON plan of a planned week; `gutjoint plan --format json` and `serve` print it.
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

/// Writes tags compactly: `F+ P L O` (a plus for high, C for a cooked ferment).
pub fn tag_letters(tags: &Tags) -> String {
    let mut parts = Vec::new();
    match tags.fiber {
        Some(Level::High) => parts.push("F+"),
        Some(Level::Source) => parts.push("F"),
        None => {}
    }
    if tags.polyphenol.is_some() {
        parts.push("P");
    }
    match tags.fermented {
        Some(Fermented::Live) => parts.push("L"),
        Some(Fermented::Cooked) => parts.push("C"),
        None => {}
    }
    match tags.omega3 {
        Some(Level::High) => parts.push("O+"),
        Some(Level::Source) => parts.push("O"),
        None => {}
    }
    parts.join(" ")
}

fn text(planned: &Planned, shopping: &[Item]) -> String {
    let (week, catalog, profile) = (&planned.week, &planned.catalog, &planned.profile);
    let mut out = String::new();
    let who = profile
        .name
        .as_deref()
        .map(|n| format!(" for {n}"))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "Week{who} from {} {} (household of {}, {})\n",
        planned.start.weekday(),
        crate::handout::long_date(planned.start),
        week.household,
        profile.diet
    );
    for day in &week.days {
        let _ = writeln!(
            out,
            "{} {}",
            day.date.weekday(),
            crate::handout::long_date(day.date)
        );
        for slot in &day.slots {
            let Some(recipe) = catalog.get(&slot.recipe) else {
                continue;
            };
            let title = if slot.leftover {
                format!("{} (leftover from last night)", recipe.title)
            } else {
                recipe.title.clone()
            };
            let _ = writeln!(
                out,
                "  {:<10} {:<68} {}",
                slot.meal.name(),
                title,
                tag_letters(&recipe.tags)
            );
            let _ = writeln!(out, "  {:<10}   your portion: {}", "", slot.portion.words());
            for side in slot.sides.iter().filter_map(|id| catalog.get(id)) {
                let _ = writeln!(out, "  {:<10}   with: {}", "", side.title);
            }
        }
    }
    let c = &week.coverage;
    let days = c.days.len();
    let count = |f: &dyn Fn(&plan::DayCoverage) -> bool| c.days.iter().filter(|d| f(d)).count();
    let fibre: Vec<String> = c.days.iter().map(|d| format!("{:.0}", d.fiber_g)).collect();
    let poly: usize = c.days.iter().map(|d| d.polyphenol_meals).sum();
    let meals: usize = c.days.iter().map(|d| d.meals).sum();
    let _ = writeln!(out, "\nCoverage");
    let _ = writeln!(
        out,
        "  live-fermented dish   {}/{days} days",
        count(&|d| d.live_ferment)
    );
    let _ = writeln!(
        out,
        "  omega-3 source        {}/{days} days",
        count(&|d| d.omega3)
    );
    let _ = writeln!(
        out,
        "  fibre per person      {} g a day (aim: 25 g)",
        fibre.join(", ")
    );
    let _ = writeln!(out, "  polyphenol-rich meals {poly}/{meals}");
    if c.oily_fish_possible {
        let _ = writeln!(
            out,
            "  oily fish             {} days (aim: 2)",
            c.oily_fish_days
        );
    }
    let _ = writeln!(out, "  different plants      {} (aim: 30)", c.plants);
    if week.relaxed.is_empty() {
        let _ = writeln!(out, "  every rule met");
    } else {
        let _ = writeln!(out, "\nRules relaxed (in order)");
        for r in &week.relaxed {
            match r.day {
                Some(d) => {
                    let _ = writeln!(out, "  day {d}: {}", r.detail);
                }
                None => {
                    let _ = writeln!(out, "  the week: {}", r.detail);
                }
            }
        }
    }
    nutrition_text(&mut out, &intake::assess(week, catalog));
    let _ = writeln!(out, "\nShopping list (household of {})", week.household);
    for item in shopping.iter().filter(|i| !i.staple) {
        let _ = writeln!(
            out,
            "  [ ] {:<32} {:<22} {}",
            item.item,
            item.label,
            item.aisle.name()
        );
    }
    let _ = writeln!(out, "Check your cupboard");
    for item in shopping.iter().filter(|i| i.staple) {
        let _ = writeln!(out, "  [ ] {:<32} {}", item.item, item.label);
    }
    out.trim_end().to_owned()
}

/// Draws a bar of 20 characters with the target at the 15th: `#` for the amount, `|` for the
/// target line, so it reads on any terminal and in black and white.
fn bar(ratio: f64) -> String {
    const TARGET_AT: usize = 15;
    let filled = ((ratio * TARGET_AT as f64).round().max(0.0) as usize).min(20);
    (0..20)
        .map(|i| match i {
            _ if i == TARGET_AT => '|',
            _ if i < filled => '#',
            _ => '.',
        })
        .collect()
}

/// Writes the week's nutrition: each day against the targets, the week's averages, the advice.
fn nutrition_text(out: &mut String, intake: &Intake) {
    let _ = writeln!(
        out,
        "\nNutrition for the patient ({}, for {})",
        intake.references, intake.for_whom
    );
    for day in &intake.days {
        let _ = writeln!(out, "  {}", day.day);
        for r in &day.rows {
            let _ = writeln!(
                out,
                "    {:<8} {} {:<20} target {}{}",
                r.label,
                bar(r.ratio),
                r.text,
                r.target_text,
                if r.met { "" } else { "  (missed)" }
            );
        }
    }
    let _ = writeln!(out, "  Daily average over the week");
    for r in &intake.week {
        let _ = writeln!(
            out,
            "    {:<12} {} {:<22} reference {}",
            r.label,
            bar(r.ratio),
            r.text,
            r.target_text
        );
    }
    let _ = writeln!(out, "  Advice");
    for line in &intake.advice {
        let _ = writeln!(out, "    - {line}");
    }
}
