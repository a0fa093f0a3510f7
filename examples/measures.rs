//! Measures how well planned weeks feed the patient, over a fixed set of 24 profiles (every
//! diet, two meal sets, common exclusions, both sexes, ages 45 to 85) and 3 seeds: the share of
//! days with energy within 10% of the target, protein at or above it and salt at most the limit,
//! whether every vegan week names B12 and iodine, and the distinct recipes a week.
//! `cargo run --example measures`; the numbers go in the README.

// A measuring tool that cannot set up should stop loudly.
#![allow(clippy::expect_used)]

use gutjoint::check::nutrients::Nutrient;
use gutjoint::load::catalog::{Catalog, RecipeSource};
use gutjoint::load::profile::{Profile, Sex};
use gutjoint::plan;
use gutjoint::plan::intake;
use gutjoint::plan::portions;
use gutjoint::plan::references::{Choice, Targets};
use gutjoint::recipe::{Allergen, Diet, Meal};

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
    let catalog = Catalog::load(&RecipeSource::Bundled).expect("the bundled library loads");
    let start = time::Date::from_calendar_date(2026, time::Month::December, 7).expect("a date");
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
                ..profile.clone()
            };
            let targets = Targets::new(Choice::Uk, &profile);
            let Ok(week) = plan::plan_with(&catalog, &profile, &targets, start) else {
                failed += 1;
                continue;
            };
            weeks += 1;
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
                    plan::day_nutrients(&catalog, single).get(Nutrient::Protein) >= 20.0,
                );
            }
            if profile.diet == Diet::Vegan {
                vegan_weeks += 1;
                let advice = intake::assess(&week, &catalog).advice.join(" ");
                vegan_named += usize::from(advice.contains("B12") && advice.contains("Iodine"));
            }
        }
    }
    let share = |k: usize| 100.0 * k as f64 / days.max(1) as f64;
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v.get(v.len() / 2).copied().unwrap_or(0.0)
    };
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
}
