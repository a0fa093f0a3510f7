//! Measures how well planned weeks feed the patient, over a fixed set of 24 profiles (every
//! diet, two meal sets, common exclusions, both sexes, ages 45 to 85) and 3 seeds: the share of
//! days with energy within 10% of the target, protein at or above it and salt at most the limit,
//! whether every vegan week names B12 and iodine, and the distinct recipes a week; then, for each
//! `variety`, the same profiles at the default household of two with four meals: distinct
//! recipes, shopping lines that are not staples, perishable waste and hands-on minutes a day.
//! `cargo run --example measures`; the numbers go in the README.

// A measuring tool that cannot set up should stop loudly.
#![allow(clippy::expect_used)]

use gutjoint::check::nutrients::Nutrient;
use gutjoint::load::catalog::{Catalog, RecipeSource};
use gutjoint::load::profile::{Profile, Sex, Variety};
use gutjoint::plan;
use gutjoint::plan::intake;
use gutjoint::plan::portions;
use gutjoint::plan::references::{Choice, Targets};
use gutjoint::recipe::{Allergen, Diet, Meal};
use gutjoint::shop;

/// The fixed set: 4 diets x 2 meal sets x 3 exclusions, sexes and ages in turn.
pub fn profiles() -> Vec<Profile> {
    let diets = [
        Diet::Vegan,
        Diet::Vegetarian,
        Diet::Pescatarian,
        Diet::Omnivore,
    ];
    let meal_sets: [&[Meal]; 2] = [
        &[Meal::Breakfast, Meal::Lunch, Meal::Dinner, Meal::Snack],
        &[Meal::Breakfast, Meal::Dinner],
    ];
    let exclusions: [&[Allergen]; 3] = [
        &[],
        &[Allergen::Gluten],
        &[Allergen::Milk, Allergen::TreeNuts],
    ];
    let ages = [45, 52, 60, 68, 72, 78, 85];
    let weights = [None, Some(58.0), Some(68.0), Some(82.0)];
    let mut out = Vec::new();
    let mut i = 0usize;
    for diet in diets {
        for meals in meal_sets {
            for avoid in exclusions {
                out.push(Profile {
                    diet,
                    meals: meals.to_vec(),
                    avoid_allergens: avoid.to_vec(),
                    sex: Some(if i.is_multiple_of(2) {
                        Sex::Female
                    } else {
                        Sex::Male
                    }),
                    age: Some(ages[i % ages.len()]),
                    weight_kg: weights[i % weights.len()],
                    household: gutjoint::load::profile::Household(1 + (i % 3) as u8),
                    ..Profile::default()
                });
                i += 1;
            }
        }
    }
    out
}

fn main() {
    let catalog = Catalog::load(&RecipeSource::Bundled)
        .expect("the bundled library loads")
        .value;
    let start = time::Date::from_calendar_date(2026, time::Month::December, 7).expect("a date");
    for variety in [Variety::Varied, Variety::Simple] {
        println!("== variety: {variety}");
        nutrition(&catalog, start, variety);
        effort(&catalog, start, variety);
    }
}

/// The median of some numbers (the upper one of an even count).
fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(0.0)
}

/// The issue-20 measures: the fixed profiles at a household of two with four meals, 3 seeds.
fn effort(catalog: &Catalog, start: time::Date, variety: Variety) {
    let (mut distinct, mut lines, mut waste, mut hands_on) = (vec![], vec![], vec![], vec![]);
    let mut over_aim = 0;
    let mut times = Vec::new();
    for profile in profiles() {
        for seed in 0..3u64 {
            let profile = Profile {
                seed,
                variety: Some(variety),
                household: gutjoint::load::profile::Household(2),
                meals: Meal::PLANNED.to_vec(),
                ..profile.clone()
            };
            let targets = Targets::new(Choice::Uk, &profile);
            let clock = std::time::Instant::now();
            let planned = plan::plan_with(catalog, &profile, &targets, start);
            times.push(clock.elapsed().as_secs_f64() * 1000.0);
            let Ok(week) = planned else {
                continue;
            };
            let list = shop::list(&week, catalog);
            let w = shop::waste(&list);
            let d = week.recipe_ids().len();
            over_aim += usize::from(d > 12);
            distinct.push(d as f64);
            lines.push(w.lines as f64);
            waste.push(100.0 * w.share);
            let minutes = week.hands_on(catalog);
            hands_on.push(f64::from(minutes.iter().sum::<u32>()) / 7.0);
        }
    }
    let weeks = distinct.len();
    println!("  household of 2, four meals: {weeks} weeks");
    println!(
        "  distinct recipes a week: median {:.0} (over 12 in {over_aim} weeks)",
        median(&mut distinct)
    );
    println!(
        "  shopping lines not staples: median {:.0}",
        median(&mut lines)
    );
    println!(
        "  perishable waste: median {:.1}% of perishable grams bought",
        median(&mut waste)
    );
    println!(
        "  hands-on minutes a day: median {:.1}",
        median(&mut hands_on)
    );
    let most = times.iter().copied().fold(0.0, f64::max);
    println!(
        "  planning a week: median {:.1} ms, at most {most:.1} ms (this build; `cargo bench` for release)",
        median(&mut times)
    );
}

/// The issue-19 measures, with the pillars: the fixed profiles as they are, 3 seeds.
fn nutrition(catalog: &Catalog, start: time::Date, variety: Variety) {
    let (mut pillar_days, mut live, mut omega3, mut fibre, mut poly_meals, mut meals_all) =
        (0, 0, 0, 0, 0, 0);
    let (mut fish_weeks, mut fish_met, mut plants_met) = (0, 0, 0);
    let (mut days, mut energy, mut protein, mut salt) = (0, 0, 0, 0);
    let (mut weeks, mut vegan_weeks, mut vegan_named) = (0, 0, 0);
    let mut distinct = Vec::new();
    let mut vitamin_d = Vec::new();
    let mut calcium = Vec::new();
    let mut failed = 0;
    // Main meals (breakfast, lunch, dinner) and those with 20 g of protein or more, at the
    // patient's portion with the sides planned with them.
    let (mut mains, mut mains_20g) = (0, 0);
    for profile in profiles() {
        for seed in 0..3u64 {
            let profile = Profile {
                seed,
                variety: Some(variety),
                ..profile.clone()
            };
            let targets = Targets::new(Choice::Uk, &profile);
            let Ok(week) = plan::plan_with(catalog, &profile, &targets, start) else {
                failed += 1;
                continue;
            };
            weeks += 1;
            for c in &week.coverage.days {
                pillar_days += 1;
                live += usize::from(c.live_ferment);
                omega3 += usize::from(c.omega3);
                fibre += usize::from(c.fiber_g + 1e-9 >= plan::FIBER_PER_DAY_G);
                poly_meals += c.polyphenol_meals;
                meals_all += c.meals;
            }
            if week.coverage.oily_fish_possible {
                fish_weeks += 1;
                fish_met += usize::from(week.coverage.oily_fish_days >= plan::OILY_FISH_DAYS);
            }
            plants_met += usize::from(week.coverage.plants >= plan::PLANTS_PER_WEEK);
            if std::env::var_os("MEASURES_VERBOSE").is_some() {
                let missed = week
                    .days
                    .iter()
                    .filter(|d| {
                        !portions::energy_in_band(
                            d.nutrients.get(Nutrient::Energy),
                            targets.energy_kcal,
                        )
                    })
                    .count();
                let energies: Vec<String> = week
                    .days
                    .iter()
                    .map(|d| format!("{:.0}", d.nutrients.get(Nutrient::Energy)))
                    .collect();
                println!(
                    "{:?} {:?} {:?} {:?} seed {seed}: target {:.0} kcal, {missed} days missed: {}",
                    profile.diet,
                    profile.meals,
                    profile.avoid_allergens,
                    profile.sex,
                    targets.energy_kcal,
                    energies.join(" ")
                );
            }
            distinct.push(week.recipe_ids().len());
            for day in &week.days {
                let n = &day.nutrients;
                days += 1;
                let e = n.get(Nutrient::Energy);
                energy += usize::from(portions::energy_in_band(e, targets.energy_kcal));
                protein += usize::from(n.get(Nutrient::Protein) + 1e-9 >= targets.protein_g);
                salt += usize::from(n.get(Nutrient::Salt) <= targets.salt_max_g + 1e-9);
                vitamin_d.push(n.get(Nutrient::VitaminD));
                calcium.push(n.get(Nutrient::Calcium));
            }
            for slot in week.days.iter().flat_map(|d| &d.slots) {
                if slot.meal == Meal::Snack {
                    continue;
                }
                let single = std::slice::from_ref(slot);
                mains += 1;
                mains_20g += usize::from(
                    plan::day_nutrients(catalog, single).get(Nutrient::Protein) >= 20.0,
                );
            }
            if profile.diet == Diet::Vegan {
                vegan_weeks += 1;
                let advice = intake::assess(&week, catalog).advice.join(" ");
                vegan_named += usize::from(advice.contains("B12") && advice.contains("Iodine"));
            }
        }
    }
    let share = |k: usize| 100.0 * k as f64 / days.max(1) as f64;
    let mean_distinct = distinct.iter().sum::<usize>() as f64 / distinct.len().max(1) as f64;
    println!("{weeks} weeks ({failed} could not be planned), {days} days");
    println!("energy within 10% of target: {:.1}% of days", share(energy));
    println!(
        "protein at or above target:  {:.1}% of days",
        share(protein)
    );
    println!("salt at most the limit:      {:.1}% of days", share(salt));
    println!("vegan weeks naming B12 and iodine: {vegan_named} of {vegan_weeks}");
    println!(
        "main meals with 20 g of protein or more (portion and sides): {:.1}%",
        100.0 * mains_20g as f64 / mains.max(1) as f64
    );
    println!(
        "distinct recipes a week: mean {mean_distinct:.2}, min {}, max {}",
        distinct.iter().min().unwrap_or(&0),
        distinct.iter().max().unwrap_or(&0)
    );
    println!(
        "median per day: vitamin D {:.1} µg, calcium {:.0} mg",
        median(&mut vitamin_d),
        median(&mut calcium)
    );
    let pct = |k: usize, of: usize| 100.0 * k as f64 / of.max(1) as f64;
    println!(
        "pillars: live ferment {:.1}% of days, omega-3 {:.1}%, fibre 25 g {:.1}%, polyphenol meals {:.1}%, oily fish twice {fish_met} of {fish_weeks} weeks, 30 plants {plants_met} of {weeks} weeks",
        pct(live, pillar_days),
        pct(omega3, pillar_days),
        pct(fibre, pillar_days),
        pct(poly_meals, meals_all)
    );
}
