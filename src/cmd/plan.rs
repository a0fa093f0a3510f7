//! `gutjoint plan`: a week for one patient, with its coverage, what had to give, and the
//! shopping list, as text or JSON.

use std::fmt::Write;

use time::Date;

use super::Done;
use crate::cli::{Format, PlanArgs, PlanCommandArgs};
use gutjoint::error::{Error, Report};
use gutjoint::load::catalog::Catalog;
use gutjoint::load::profile::{PlanDate, Profile};
use gutjoint::plan::intake::{self, Intake};
use gutjoint::plan::json::{Effort, effort};
use gutjoint::plan::{self, WeekPlan};
use gutjoint::recipe::{Fermented, Level, Tags};
use gutjoint::session::{Session, Today};
use gutjoint::shop::{self, Item};

/// A planned week and everything it was planned from.
pub struct Planned<'a> {
    /// The recipes.
    pub catalog: &'a Catalog,
    /// The patient.
    pub profile: Profile,
    /// The week.
    pub week: WeekPlan,
    /// Its first day.
    pub start: Date,
}

/// The patient of `--profile` (or the default profile) with `--seed` and `--date` applied, and
/// how messages name it; shared by `plan`, `build` and `export`.
pub fn profile(session: &Session, args: &PlanArgs) -> Result<(Profile, String, Report), Error> {
    let (mut profile, shown, warnings) = match &args.profile {
        Some(path) => {
            let checked = session.read_profile(path)?;
            (checked.value, path.display().to_string(), checked.warnings)
        }
        None => (
            Profile::default(),
            "the default profile".to_owned(),
            Report::default(),
        ),
    };
    if let Some(seed) = args.seed {
        profile.seed = seed;
    }
    if let Some(date) = args.date {
        profile.start = Some(PlanDate(date));
    }
    Ok((profile, shown, warnings))
}

/// Plans the week and prints it.
pub fn run(args: &PlanCommandArgs) -> Result<Done, Error> {
    let inputs = super::inputs(args.recipes.recipes.as_deref(), None, None);
    let session = Session::load_recipes(&inputs)?;
    let (profile, shown, profile_warnings) = profile(&session, &args.plan)?;
    let start = match profile.start {
        Some(start) => start.0,
        None => Today::from_source_date_epoch(args.plan.source_date_epoch.as_deref()).date()?,
    };
    let week = session
        .plan(&profile, start)
        .map_err(|err| err.in_file(&shown))?;
    let planned = Planned {
        catalog: &session.catalog,
        profile: session.settled(&profile),
        week,
        start,
    };
    let shopping = shop::list(&planned.week, planned.catalog);
    let output = match args.format {
        Format::Json => serde_json::to_string_pretty(&plan::json::json(
            &planned.week,
            &planned.profile,
            planned.catalog,
            &shopping,
        ))
        .unwrap_or_default(),
        Format::Text => text(&planned, &shopping),
    };
    let mut warnings = session.recipe_warnings;
    warnings.append(&profile_warnings);
    Ok(Done { output, warnings })
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
    let (week, catalog, profile) = (&planned.week, planned.catalog, &planned.profile);
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
        long_date(planned.start),
        week.household,
        profile.diet
    );
    for day in &week.days {
        let _ = writeln!(out, "{} {}", day.date.weekday(), long_date(day.date));
        for slot in &day.slots {
            let Some(recipe) = catalog.get(&slot.recipe) else {
                continue;
            };
            let title = match (slot.leftover, slot.frozen_from) {
                (true, _) => format!("{} (leftover from last night)", recipe.title),
                (_, Some(from)) => format!(
                    "{} (from the freezer, cooked {})",
                    recipe.title,
                    week.days[from].date.weekday()
                ),
                _ => recipe.title.clone(),
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
    effort_text(&mut out, &effort(week, catalog, profile), catalog);
    let waste = shop::waste(shopping);
    let _ = writeln!(
        out,
        "\nShopping list (household of {}): {} lines, {} in whole packs",
        week.household, waste.lines, waste.pack_lines
    );
    for item in shopping.iter().filter(|i| !i.staple) {
        let _ = writeln!(
            out,
            "  [ ] {:<28} {:<34} {:<14}{}",
            item.item,
            item.label,
            item.aisle.name(),
            item.left_over_label.as_deref().unwrap_or("")
        );
    }
    let _ = writeln!(
        out,
        "Fresh food left over at the end of the week: {:.0} g of {:.0} g bought ({:.0}%)",
        waste.perishable_left_g,
        waste.perishable_bought_g,
        100.0 * waste.share
    );
    let _ = writeln!(out, "Check your cupboard");
    for item in shopping.iter().filter(|i| i.staple) {
        let _ = writeln!(out, "  [ ] {:<32} {}", item.item, item.label);
    }
    out.trim_end().to_owned()
}

/// Writes what the week asks of the cook: recipes, hands-on minutes a day, leftovers.
fn effort_text(out: &mut String, effort: &Effort, catalog: &Catalog) {
    let aim = effort
        .recipe_aim
        .map(|a| format!(" (aim: {a} or fewer)"))
        .unwrap_or_default();
    let _ = writeln!(out, "\nEffort ({} week)", effort.variety);
    let _ = writeln!(
        out,
        "  different recipes     {}{aim}",
        effort.distinct_recipes
    );
    let minutes: Vec<String> = effort
        .hands_on_minutes
        .iter()
        .map(|m| m.to_string())
        .collect();
    let limit = effort
        .max_daily_prep
        .map(|m| format!(" (limit: {m})"))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "  hands-on minutes      {} a day{limit}",
        minutes.join(", ")
    );
    if effort.leftovers.is_empty() {
        let _ = writeln!(out, "  leftovers             none");
    }
    for l in &effort.leftovers {
        let title = catalog
            .get(&l.recipe)
            .map_or(l.recipe.as_str(), |r| r.title.as_str());
        let _ = writeln!(
            out,
            "  leftover ({:<7})     {title}: cooked {}, eaten {} {}",
            l.kept_in, l.cooked, l.eaten, l.meal
        );
    }
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

/// Writes a date for the plan's text output (for the clinician, in English): "26 November 2026".
fn long_date(date: Date) -> String {
    format!("{} {} {}", date.day(), date.month(), date.year())
}
