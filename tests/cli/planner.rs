//! The week planner and the shopping list: hard rules always hold, infeasibility is real, the
//! shopping list adds up, and the text output is pinned for two patients.

use std::collections::HashSet;
use std::sync::OnceLock;

use gutjoint::check::nutrients::{Nutrient, Nutrients};
use gutjoint::load::catalog::{Catalog, RecipeSource};
use gutjoint::load::foods::Foods;
use gutjoint::load::ingredients;
use gutjoint::load::profile::{FoodSafety, Household, Profile, Sex, Variety};
use gutjoint::plan::portions::Portion;
use gutjoint::plan::{self, DayPlan, MAX_COOKS, Rule, Slot, WeekPlan};
use gutjoint::recipe::{Allergen, Diet, FoodRisk, Meal, Unit};
use gutjoint::shop;
use proptest::prelude::*;

use crate::{fixture, gutjoint};

fn bundled() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| Catalog::load(&RecipeSource::Bundled).unwrap().value)
}

fn date() -> time::Date {
    time::Date::from_calendar_date(2026, time::Month::December, 7).unwrap()
}

/// Asserts every hard rule of a returned week.
fn assert_hard_rules(catalog: &Catalog, profile: &Profile, week: &WeekPlan) {
    assert_eq!(week.days.len(), 7);
    let meals: Vec<Meal> = Meal::PLANNED
        .iter()
        .copied()
        .filter(|m| profile.meals.contains(m))
        .collect();
    let mut cooks: Vec<(&str, usize)> = Vec::new();
    for (d, day) in week.days.iter().enumerate() {
        let got: Vec<Meal> = day.slots.iter().map(|s| s.meal).collect();
        assert_eq!(got, meals, "day {d} has the wrong meals");
        for slot in &day.slots {
            let recipe = catalog.get(&slot.recipe).expect("a planned recipe exists");
            let analysis = catalog.analysis(&slot.recipe).unwrap();
            assert_eq!(
                plan::excluded_by(recipe, analysis, profile),
                None,
                "{} breaks the profile",
                recipe.id
            );
            if slot.leftover {
                assert!(
                    profile.leftovers,
                    "a leftover was planned with leftovers off"
                );
                assert_eq!(slot.meal, Meal::Lunch);
                let prev = &week.days[d - 1];
                let dinner = prev
                    .slots
                    .iter()
                    .find(|s| s.meal == Meal::Dinner)
                    .expect("a dinner the day before");
                assert_eq!(
                    dinner.recipe, slot.recipe,
                    "a leftover must be the previous dinner"
                );
                assert!(recipe.leftovers, "{} does not keep", recipe.id);
            } else if let Some(from) = slot.frozen_from {
                // A dinner from the freezer: an earlier dinner of a recipe that freezes.
                assert_eq!(slot.meal, Meal::Dinner);
                assert!(profile.leftovers && profile.variety() == Variety::Simple);
                assert!(
                    from + plan::FROZEN_AFTER_DAYS <= d,
                    "frozen on day {from}, eaten on {d}"
                );
                let cooked = week.days[from]
                    .slots
                    .iter()
                    .find(|s| s.meal == Meal::Dinner)
                    .unwrap();
                assert!(cooked.recipe == slot.recipe && cooked.is_cooked());
                assert!(recipe.freezes(), "{} does not freeze", recipe.id);
            } else if profile.variety() == Variety::Simple
                && matches!(slot.meal, Meal::Breakfast | Meal::Snack)
            {
                // A simple week's breakfasts and snacks come back; they are limited below.
            } else {
                match cooks.iter_mut().find(|(id, _)| *id == slot.recipe) {
                    Some((_, c)) => *c += 1,
                    None => cooks.push((&slot.recipe, 1)),
                }
            }
        }
    }
    for (id, c) in cooks {
        assert!(c <= MAX_COOKS, "{id} is cooked {c} times");
    }
    // Each frozen portion comes from its own cook.
    let mut sources: Vec<(usize, &str)> = week
        .days
        .iter()
        .flat_map(|d| &d.slots)
        .filter_map(|s| s.frozen_from.map(|f| (f, s.recipe.as_str())))
        .collect();
    let all = sources.len();
    sources.sort_unstable();
    sources.dedup();
    assert_eq!(sources.len(), all, "one cook frozen twice");
    if profile.variety() == Variety::Simple {
        for (meal, limit) in [
            (Meal::Breakfast, plan::SIMPLE_BREAKFASTS),
            (Meal::Snack, plan::SIMPLE_SNACKS),
        ] {
            let mut ids: Vec<&str> = week
                .days
                .iter()
                .flat_map(|d| &d.slots)
                .filter(|s| s.meal == meal)
                .map(|s| s.recipe.as_str())
                .collect();
            ids.sort_unstable();
            ids.dedup();
            assert!(
                ids.len() <= limit,
                "{} different {meal}s: {ids:?}",
                ids.len()
            );
        }
    }
    if let Some(limit) = profile.max_daily_prep {
        for (d, minutes) in week.hands_on(catalog).into_iter().enumerate() {
            assert!(
                minutes <= limit,
                "day {d}: {minutes} hands-on minutes, over {limit}"
            );
        }
    }
    for pin in &profile.pins {
        let day = &week.days[usize::from(pin.day) - 1];
        assert!(
            day.slots
                .iter()
                .any(|s| s.meal == pin.meal && s.recipe == pin.recipe && !s.leftover),
            "pin {pin:?} broken"
        );
    }
}

/// Says by exhaustive search whether any week keeps every hard rule (small pools only).
fn feasible_by_search(catalog: &Catalog, profile: &Profile) -> bool {
    let meals: Vec<Meal> = Meal::PLANNED
        .iter()
        .copied()
        .filter(|m| profile.meals.contains(m))
        .collect();
    let allowed: Vec<usize> = (0..catalog.recipes().len())
        .filter(|&i| {
            let r = &catalog.recipes()[i];
            plan::excluded_by(r, catalog.analysis(&r.id).unwrap(), profile).is_none()
        })
        .collect();
    let n = meals.len();
    let mut failed: HashSet<(usize, Vec<u8>, bool)> = HashSet::new();
    fn go(
        slot: usize,
        counts: &mut Vec<u8>,
        prev_dinner_keeps: bool,
        ctx: &(&Catalog, &[Meal], &[usize], bool),
        failed: &mut HashSet<(usize, Vec<u8>, bool)>,
    ) -> bool {
        let (catalog, meals, allowed, leftovers) = *ctx;
        let n = meals.len();
        if slot == 7 * n {
            return true;
        }
        let key = (slot, counts.clone(), prev_dinner_keeps);
        if failed.contains(&key) {
            return false;
        }
        let (day, meal) = (slot / n, meals[slot % n]);
        let has_dinner = meals.contains(&Meal::Dinner);
        if leftovers
            && meal == Meal::Lunch
            && day >= 1
            && has_dinner
            && prev_dinner_keeps
            && go(slot + 1, counts, prev_dinner_keeps, ctx, failed)
        {
            return true;
        }
        for (k, &i) in allowed.iter().enumerate() {
            let r = &catalog.recipes()[i];
            if !r.meals.contains(&meal) || usize::from(counts[k]) >= MAX_COOKS {
                continue;
            }
            counts[k] += 1;
            let keeps = if meal == Meal::Dinner {
                r.leftovers
            } else {
                prev_dinner_keeps
            };
            let ok = go(slot + 1, counts, keeps, ctx, failed);
            counts[k] -= 1;
            if ok {
                return true;
            }
        }
        failed.insert(key);
        false
    }
    let mut counts = vec![0u8; allowed.len()];
    let _ = n;
    go(
        0,
        &mut counts,
        false,
        &(catalog, &meals, &allowed, profile.leftovers),
        &mut failed,
    )
}

fn profile_strategy() -> impl Strategy<Value = Profile> {
    (
        any::<u64>(),
        prop::sample::select(vec![
            Diet::Vegan,
            Diet::Vegetarian,
            Diet::Pescatarian,
            Diet::Omnivore,
        ]),
        prop::sample::subsequence(Allergen::ALL.to_vec(), 0..3),
        prop::option::of(5u32..30),
        any::<bool>(),
        1u8..=4,
        prop::sample::subsequence(Meal::PLANNED.to_vec(), 1..=4),
        prop::sample::select(vec![None, Some(Variety::Simple), Some(Variety::Varied)]),
        prop::option::of(15u32..90),
    )
        .prop_map(
            |(
                seed,
                diet,
                avoid_allergens,
                max_prep,
                leftovers,
                household,
                meals,
                variety,
                daily,
            )| {
                Profile {
                    seed,
                    diet,
                    avoid_allergens,
                    max_prep,
                    leftovers,
                    household: Household(household),
                    meals,
                    variety,
                    max_daily_prep: daily,
                    ..Profile::default()
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn every_returned_week_keeps_every_hard_rule(profile in profile_strategy(), keep in prop::collection::vec(prop::bool::weighted(0.7), 64)) {
        // Random patients against random parts of the library: a week, when there is one, never breaks a hard rule.
        let ids: Vec<String> = bundled().recipes().iter().map(|r| r.id.clone()).collect();
        let catalog = bundled().subset(|r| keep[ids.iter().position(|id| *id == r.id).unwrap() % keep.len()]);
        if let Ok(week) = plan::plan(&catalog, &profile, date()) {
            assert_hard_rules(&catalog, &profile, &week);
            let again = plan::plan(&catalog, &profile, date()).unwrap();
            prop_assert_eq!(format!("{:?}", week.days), format!("{:?}", again.days), "not deterministic");
        }
    }

    #[test]
    fn infeasible_means_no_week_exists(profile in profile_strategy(), picks in prop::collection::vec(0usize..64, 1..6)) {
        // On small pools an exhaustive search agrees with the planner about whether a week exists.
        let ids: Vec<String> = bundled().recipes().iter().map(|r| r.id.clone()).collect();
        let chosen: Vec<&String> = picks.iter().map(|&p| &ids[p % ids.len()]).collect();
        let catalog = bundled().subset(|r| chosen.contains(&&r.id));
        let mut profile = profile;
        // The exhaustive search knows the cooks, not the minutes: no daily limit here.
        profile.max_daily_prep = None;
        profile.meals.retain(|m| matches!(m, Meal::Lunch | Meal::Dinner));
        if profile.meals.is_empty() {
            profile.meals = vec![Meal::Dinner];
        }
        let planned = plan::plan(&catalog, &profile, date());
        prop_assert_eq!(planned.is_ok(), feasible_by_search(&catalog, &profile), "{:?}", planned.err());
        if let Ok(week) = planned {
            assert_hard_rules(&catalog, &profile, &week);
        }
    }
}

/// Whether a recipe serves a food that is unsafe for a vulnerable patient, read straight from the
/// ingredient table and the recipe's `cooked-through`, apart from the analysis the planner uses.
fn unsafe_for_vulnerable(catalog: &Catalog, recipe: &gutjoint::recipe::Recipe) -> bool {
    recipe.ingredients.iter().any(|i| {
        catalog
            .table()
            .get(&i.item)
            .and_then(|e| e.risk)
            .is_some_and(|r| r != FoodRisk::Rice && !recipe.cooked_through.contains(&r))
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn a_vulnerable_week_holds_no_unsafe_recipe(profile in profile_strategy()) {
        // A pregnant or immune-suppressed patient's week never holds a recipe with cold-smoked fish,
        // runny eggs, uncooked frozen vegetables or an unpasteurised ferment.
        let profile = Profile { food_safety: FoodSafety::Vulnerable, ..profile };
        if let Ok(week) = plan::plan(bundled(), &profile, date()) {
            assert_hard_rules(bundled(), &profile, &week);
            for day in &week.days {
                for slot in &day.slots {
                    let recipe = bundled().get(&slot.recipe).unwrap();
                    prop_assert!(!unsafe_for_vulnerable(bundled(), recipe), "{} planned for a vulnerable patient", recipe.id);
                }
            }
        }
    }
}

#[test]
fn the_unsafe_recipes_are_the_expected_ones() {
    // The bundled library has recipes a vulnerable patient must not be given, and the default
    // vulnerable week still plans without them.
    let unsafe_ids: Vec<&str> = bundled()
        .recipes()
        .iter()
        .filter(|r| unsafe_for_vulnerable(bundled(), r))
        .map(|r| r.id.as_str())
        .collect();
    for id in [
        "rye-smoked-salmon-toast",
        "savoury-kimchi-oats-egg",
        "kombucha-raspberry-spritzer",
    ] {
        assert!(
            unsafe_ids.contains(&id),
            "{id} is not flagged: {unsafe_ids:?}"
        );
    }
    for id in ["salmon-leek-pea-kedgeree", "kidney-bean-spinach-curry"] {
        assert!(
            !unsafe_ids.contains(&id),
            "{id} cooks its risky food through"
        );
    }
    let profile = Profile {
        food_safety: FoodSafety::Vulnerable,
        ..Profile::default()
    };
    let week = plan::plan(bundled(), &profile, date()).unwrap();
    assert_hard_rules(bundled(), &profile, &week);
}

#[test]
fn seeds_change_the_week_but_not_its_validity() {
    // Another seed gives another valid week; the same seed gives the same week.
    let mut weeks = HashSet::new();
    for seed in 0..6 {
        let profile = Profile {
            seed,
            ..Profile::default()
        };
        let week = plan::plan(bundled(), &profile, date()).unwrap();
        assert_hard_rules(bundled(), &profile, &week);
        weeks.insert(format!("{:?}", week.days));
    }
    assert!(
        weeks.len() >= 4,
        "only {} different weeks from 6 seeds",
        weeks.len()
    );
}

#[test]
fn the_default_week_meets_every_rule() {
    // With the whole library and no exclusions, nothing needs relaxing.
    let week = plan::plan(bundled(), &Profile::default(), date()).unwrap();
    assert!(week.relaxed.is_empty(), "{:?}", week.relaxed);
    assert!(week.coverage.plants >= 30);
    assert!(
        week.coverage
            .days
            .iter()
            .all(|d| d.live_ferment && d.omega3 && d.fiber_g >= 25.0)
    );
}

#[test]
fn pins_and_exclusions_hold() {
    // A pinned recipe is where it was pinned; an excluded one appears nowhere.
    let text = std::fs::read_to_string(fixture("profiles/ana.yaml")).unwrap();
    let profile = Profile::parse("ana.yaml", &text, bundled()).unwrap();
    let week = plan::plan(bundled(), &profile, date()).unwrap();
    assert_hard_rules(bundled(), &profile, &week);
    assert!(
        week.days[6]
            .slots
            .iter()
            .any(|s| s.meal == Meal::Dinner && s.recipe == "miso-salmon-traybake")
    );
    for slot in week.days.iter().flat_map(|d| &d.slots) {
        assert!(
            !bundled()
                .get(&slot.recipe)
                .unwrap()
                .allergens
                .contains(&Allergen::TreeNuts)
        );
    }
}

#[test]
fn the_shopping_list_adds_up_and_buys_leftovers_once() {
    // 30 g walnuts, 2 tbsp chia and 200 g salmon serve 2; a household of 2 cooks it for dinner and
    // eats it again at lunch, so it is cooked once at double size: 60 g, 4 tbsp (60 ml) and 400 g.
    let catalog = Catalog::load(&RecipeSource::Dir(fixture("arithmetic")))
        .unwrap()
        .value;
    let slot = |meal, leftover| Slot {
        meal,
        recipe: "hand-worked".into(),
        leftover,
        frozen_from: None,
        portion: Portion::ONE,
        sides: Vec::new(),
    };
    let base = plan::plan(bundled(), &Profile::default(), date()).unwrap();
    let week = WeekPlan {
        days: vec![
            DayPlan {
                date: date(),
                slots: vec![slot(Meal::Dinner, false)],
                nutrients: Nutrients::default(),
            },
            DayPlan {
                date: date().next_day().unwrap(),
                slots: vec![slot(Meal::Lunch, true)],
                nutrients: Nutrients::default(),
            },
        ],
        household: 2,
        coverage: base.coverage,
        relaxed: Vec::new(),
        targets: base.targets,
        diet: Diet::Omnivore,
        variety: Variety::Varied,
        recipe_aim: None,
    };
    let list = shop::list(&week, &catalog);
    let find = |name: &str| {
        list.iter()
            .find(|i| i.item == name)
            .unwrap_or_else(|| panic!("{name} missing: {list:?}"))
    };
    assert_eq!(
        (find("test walnuts").quantity, find("test walnuts").unit),
        (Some(60.0), Some(Unit::Gram))
    );
    assert_eq!(
        (find("test salmon").quantity, find("test salmon").unit),
        (Some(400.0), Some(Unit::Gram))
    );
    // 60 ml of chia at 0.6 g/ml is bought by weight.
    let chia = find("test chia");
    assert_eq!(chia.unit, Some(Unit::Gram));
    assert!((chia.quantity.unwrap() - 36.0).abs() < 1e-9, "{chia:?}");
    assert_eq!(find("black pepper").label, "to taste");
    assert!(find("black pepper").staple);
}

/// Asserts that every item the list buys by weight is the sum of the planned portions: each
/// meal at the patient's portion plus one serving for everyone else (a leftover lunch is bought
/// with its dinner), each side at one serving for the patient.
fn assert_list_matches_portions(week: &WeekPlan, catalog: &Catalog, least_checked: usize) {
    let list = shop::list(week, catalog);
    let others = f64::from(week.household - 1);
    let mut eaten: Vec<(&str, f64)> = Vec::new();
    for day in &week.days {
        for slot in &day.slots {
            // A leftover lunch's servings are bought with the dinner, so counting them on the
            // lunch's own day adds up to the same.
            eaten.push((&slot.recipe, slot.portion.servings() + others));
            for side in &slot.sides {
                eaten.push((side, 1.0));
            }
        }
    }
    let mut checked = 0;
    for item in list.iter().filter(|i| i.unit == Some(Unit::Gram)) {
        let mut expected = 0.0;
        let mut only_grams = true;
        for &(id, servings) in &eaten {
            let recipe = catalog.get(id).unwrap();
            {
                let factor = servings / f64::from(recipe.serves.get());
                for line in recipe.ingredients.iter().filter(|l| l.item == item.item) {
                    match (line.qty, line.unit) {
                        (Some(q), Some(Unit::Gram)) => expected += q.upper() * factor,
                        (Some(q), Some(Unit::Kilogram)) => expected += q.upper() * factor * 1000.0,
                        (None, _) => {}
                        _ => only_grams = false,
                    }
                }
            }
        }
        if only_grams {
            assert!(
                (item.quantity.unwrap() - expected).abs() < 1e-6,
                "{}: {:?} vs {expected}",
                item.item,
                item.quantity
            );
            assert!(
                item.buy.unwrap() >= item.quantity.unwrap(),
                "{item:?} rounds down"
            );
            checked += 1;
        }
    }
    assert!(checked >= least_checked, "only {checked} items checked");
}

#[test]
fn the_shopping_list_matches_the_scaled_recipes() {
    // For every item bought by weight, the list's amount is the sum of the planned portions.
    let profile = Profile {
        household: Household(3),
        ..Profile::default()
    };
    let week = plan::plan(bundled(), &profile, date()).unwrap();
    assert_list_matches_portions(&week, bundled(), 20);
}

#[test]
fn plan_text_is_stable_for_two_patients() {
    // The readable week, coverage and shopping list, pinned for two profiles.
    for name in ["ana", "relaxed"] {
        let path = format!("tests/fixtures/profiles/{name}.yaml");
        let stdout = gutjoint(&["plan", "--profile", &path]).success();
        insta::assert_snapshot!(format!("plan-{name}"), stdout);
    }
}

#[test]
fn the_plan_json_has_the_documented_shape() {
    // Later tools read this JSON: days with meals, coverage, relaxed rules and the shopping list.
    let stdout = gutjoint(&[
        "plan",
        "--profile",
        "tests/fixtures/profiles/ana.yaml",
        "--format",
        "json",
    ])
    .success();
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(json["version"], 3);
    assert_eq!(json["days"].as_array().unwrap().len(), 7);
    // What the week asks of the cook, and what its list leaves over.
    assert_eq!(json["effort"]["variety"], "simple");
    assert_eq!(
        json["effort"]["hands_on_minutes"].as_array().unwrap().len(),
        7
    );
    assert!(json["effort"]["distinct_recipes"].as_u64().unwrap() <= 12);
    assert!(json["effort"]["leftovers"].is_array());
    let share = json["waste"]["share"].as_f64().unwrap();
    assert!((0.0..=1.0).contains(&share));
    let source = &json["days"][0]["meals"][0]["source"];
    assert!(["fresh", "leftover", "freezer"].contains(&source.as_str().unwrap()));
    assert_eq!(json["days"][0]["date"], "2026-12-07");
    let meal = &json["days"][0]["meals"][0];
    assert_eq!(meal["slot"], "breakfast");
    // The patient's portion, and one serving for the other member of the household.
    let portion = meal["portion"].as_f64().unwrap();
    assert!((0.75..=2.0).contains(&portion), "{meal}");
    assert_eq!(meal["servings"].as_f64().unwrap(), portion + 1.0);
    assert!(meal["sides"].is_array());
    // Each day's nutrients, and the week's nutrition with its advice.
    assert!(
        json["days"][0]["nutrients"]["energy"]["value"]
            .as_f64()
            .unwrap()
            > 1000.0
    );
    assert!(json["nutrition"]["advice"].as_array().unwrap().len() >= 2);
    assert!(meal["leftover_of"].is_null());
    assert!(json["coverage"]["plants"].as_u64().unwrap() >= 30);
    assert!(json["relaxed"].is_array());
    let item = &json["shopping"][0];
    for key in ["item", "quantity", "unit", "aisle"] {
        assert!(!item[key].is_null(), "{key} missing in {item}");
    }
}

#[test]
fn profile_mistakes_are_located_with_suggestions() {
    // Unknown allergens, recipe ids and ingredient names name the file, line and column, with a fix.
    let stderr = gutjoint(&["plan", "--profile", "tests/fixtures/profiles/bad.yaml"]).fails_with(1);
    assert!(
        stderr.contains("tests/fixtures/profiles/bad.yaml:3:19"),
        "{stderr}"
    );
    assert!(
        stderr.contains("unknown allergen `nutz` (did you mean `nuts`?)"),
        "{stderr}"
    );
    let stderr = gutjoint(&[
        "plan",
        "--profile",
        "tests/fixtures/profiles/bad-names.yaml",
    ])
    .fails_with(1);
    insta::assert_snapshot!(stderr);
}

#[test]
fn an_impossible_profile_names_the_constraint_and_the_slot() {
    // When a hard rule cannot hold, the run stops with exit 1, names the meal and says what to change.
    let stderr = gutjoint(&[
        "plan",
        "--profile",
        "tests/fixtures/profiles/impossible.yaml",
    ])
    .fails_with(1);
    assert!(stderr.contains("cannot plan a week"), "{stderr}");
    assert!(stderr.contains("hint: add"), "{stderr}");
    let out = tempfile::tempdir().unwrap();
    let pdf = out.path().join("x.pdf");
    gutjoint(&[
        "build",
        "--profile",
        "tests/fixtures/profiles/impossible.yaml",
        "-o",
        pdf.to_str().unwrap(),
    ])
    .fails_with(1);
    assert!(!pdf.exists());
}

fn patient_strategy() -> impl Strategy<Value = Profile> {
    (
        profile_strategy(),
        prop::option::of(prop::sample::select(vec![Sex::Female, Sex::Male])),
        prop::option::of(45u8..=90),
        prop::option::of(45.0f64..110.0),
    )
        .prop_map(|(profile, sex, age, weight_kg)| Profile {
            sex,
            age,
            weight_kg,
            ..profile
        })
}

/// Sums a day from the USDA rows and the recipes' ingredient lines, apart from the planner's own
/// arithmetic: (energy, protein, salt, calcium).
fn sum_by_hand(catalog: &Catalog, day: &DayPlan) -> [f64; 4] {
    let foods = Foods::bundled();
    let mut out = [0.0; 4];
    for slot in &day.slots {
        let eaten = std::iter::once((&slot.recipe, slot.portion.servings()))
            .chain(slot.sides.iter().map(|s| (s, 1.0)));
        for (id, servings) in eaten {
            let recipe = catalog.get(id).unwrap();
            for line in &recipe.ingredients {
                let entry = catalog.table().get(&line.item).unwrap();
                let grams = ingredients::grams(line, entry).unwrap() * servings
                    / f64::from(recipe.serves.get());
                let food = foods.get(&entry.usda).unwrap();
                let per_g = |v: Option<f64>| v.unwrap_or(0.0) * grams / 100.0;
                out[0] += per_g(food.kcal);
                out[1] += per_g(food.protein_g);
                out[2] += per_g(food.sodium_mg) * 2.5 / 1000.0;
                out[3] += per_g(food.calcium_mg);
            }
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn a_weeks_nutrition_is_its_portions_and_its_rules_hold_or_are_reported(profile in patient_strategy()) {
        // Random patients: each day's totals are the sum of its portions and sides, every missed
        // energy, protein or salt rule is reported, the shopping list buys exactly the portions,
        // and no side breaks an exclusion.
        let Ok(week) = plan::plan(bundled(), &profile, date()) else { return Ok(()) };
        let t = &week.targets;
        for (d, day) in week.days.iter().enumerate() {
            let [energy, protein, salt, calcium] = sum_by_hand(bundled(), day);
            let n = &day.nutrients;
            prop_assert!((n.get(Nutrient::Energy) - energy).abs() < 1e-6, "day {d}: {energy} vs {n:?}");
            prop_assert!((n.get(Nutrient::Protein) - protein).abs() < 1e-6);
            prop_assert!((n.get(Nutrient::Salt) - salt).abs() < 1e-9);
            prop_assert!((n.get(Nutrient::Calcium) - calcium).abs() < 1e-6);
            let reported = |rule: Rule| week.relaxed.iter().any(|r| r.rule == rule && r.day == Some(d + 1));
            prop_assert_eq!((energy - t.energy_kcal).abs() > 0.1 * t.energy_kcal + 1e-6, reported(Rule::EnergyInRange), "day {}: {} kcal of {}", d, energy, t.energy_kcal);
            prop_assert_eq!(protein + 1e-6 < t.protein_g, reported(Rule::ProteinTarget));
            prop_assert_eq!(salt > t.salt_max_g + 1e-6, reported(Rule::SaltLimit));
            for slot in &day.slots {
                prop_assert!((0.75..=2.0).contains(&slot.portion.servings()));
                for side in &slot.sides {
                    let recipe = bundled().get(side).unwrap();
                    prop_assert!(recipe.meals.contains(&Meal::Side));
                    let analysis = bundled().analysis(side).unwrap();
                    prop_assert_eq!(plan::excluded_by(recipe, analysis, &profile), None, "side {} breaks the profile", side);
                }
            }
        }
        assert_list_matches_portions(&week, bundled(), 3);
    }
}

#[test]
fn recipe_pages_print_what_the_shopping_list_buys() {
    // In a personal handout each recipe page prints the household's amounts, cook by cook; summed
    // over the pages, each item measured in g, ml or counted is what the shopping list buys (less
    // the sides, which have no page), for households of 1 to 4 with leftovers, within the
    // rounding a cook's measures allow.
    use gutjoint::contract::{self, Settings};
    for household in 1..=4u8 {
        for seed in 0..3 {
            let profile = Profile {
                household: Household(household),
                leftovers: true,
                seed,
                ..Profile::default()
            };
            let week = plan::plan(bundled(), &profile, date()).unwrap();
            let list = shop::list(&week, bundled());
            let settings = Settings {
                title: "T".into(),
                paper: contract::Paper::A4,
                date: date(),
                clinic: gutjoint::load::clinic::Clinic::default(),
                patient: None,
                large_print: false,
                vulnerable: false,
                locale: gutjoint::locale::default_locale(),
            };
            let data = contract::assemble(bundled(), &week, &list, &settings);
            let side_items: HashSet<String> = week
                .side_ids()
                .iter()
                .filter_map(|id| bundled().get(id))
                .flat_map(|r| r.ingredients.iter().map(|i| i.item.clone()))
                .collect();
            // item -> (unit, sum of printed values, lines), only for items always in one unit.
            let mut sums: Vec<(String, &'static str, f64, usize, bool)> = Vec::new();
            for page in &data.recipes {
                let recipe = bundled().get(&page.id).unwrap();
                assert!(!page.cooks.is_empty(), "{} has no cooks", page.id);
                for (printed, line) in page.ingredients.iter().zip(&recipe.ingredients) {
                    assert_eq!(printed.amounts.len(), page.cooks.len(), "{}", page.id);
                    // A counted note ("2 cans, drained") on a scaled page says whose count it is.
                    let scaled = printed.amounts.iter().any(|a| *a != line.amount());
                    if scaled
                        && line
                            .note
                            .as_deref()
                            .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()))
                    {
                        let note = printed.note.as_deref().unwrap_or("");
                        assert!(note.starts_with("as written for"), "{}: `{note}`", page.id);
                    }
                    let unit = match line.unit.unwrap_or(Unit::Piece) {
                        Unit::Gram => "g",
                        Unit::Millilitre => "ml",
                        Unit::Piece => "piece",
                        _ => "other",
                    };
                    // A column stands for every time it is cooked at those amounts.
                    assert_eq!(page.times.len(), page.cooks.len(), "{}", page.id);
                    let value: f64 = printed
                        .values
                        .iter()
                        .zip(&page.times)
                        .filter_map(|(v, &t)| v.map(|v| v * f64::from(t)))
                        .sum();
                    match sums.iter_mut().find(|s| s.0 == line.item) {
                        Some(s) => {
                            s.4 &= s.1 == unit;
                            s.2 += value;
                            s.3 += page.times.iter().sum::<u32>() as usize;
                        }
                        None => sums.push((
                            line.item.clone(),
                            unit,
                            value,
                            page.times.iter().sum::<u32>() as usize,
                            true,
                        )),
                    }
                }
            }
            let mut compared = 0;
            for (item, unit, printed, lines, one_unit) in sums {
                if !one_unit || unit == "other" || item == "water" || side_items.contains(&item) {
                    continue;
                }
                let Some(bought) = list
                    .iter()
                    .find(|i| i.item == item && i.unit.is_some_and(|u| u.name() == unit))
                else {
                    continue;
                };
                let Some(quantity) = bought.quantity else {
                    continue;
                };
                let step = if unit == "piece" { 0.5 } else { 5.0 };
                let tolerance = step * lines as f64 + 0.02 * quantity;
                assert!(
                    (printed - quantity).abs() <= tolerance,
                    "household {household}, seed {seed}: the pages print {printed} {unit} of {item}, the list buys {quantity}"
                );
                compared += 1;
            }
            assert!(compared >= 20, "only {compared} items compared");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn simple_weeks_keep_the_daily_prep_and_the_breakfast_and_snack_limits(profile in profile_strategy(), limit in 20u32..70) {
        // A simple week with a daily hands-on limit: when it plans, every day is within the
        // limit, it holds at most 3 breakfasts and 2 snacks, and every other hard rule holds.
        let profile = Profile { variety: Some(Variety::Simple), max_daily_prep: Some(limit), ..profile };
        match plan::plan(bundled(), &profile, date()) {
            Ok(week) => assert_hard_rules(bundled(), &profile, &week),
            Err(why) => prop_assert!(why.message.contains("hands-on") || why.message.contains("recipes fit") || why.message.contains("no recipe fits"), "{}", why.message),
        }
    }

    #[test]
    fn bought_is_eaten_plus_left_over_and_packs_are_whole(profile in profile_strategy()) {
        // Every line of the list: what is bought is what is eaten plus what is left over, in its
        // unit and in grams; a line in packs buys whole packs, never a part of one.
        let Ok(week) = plan::plan(bundled(), &profile, date()) else { return Ok(()) };
        for item in shop::list(&week, bundled()) {
            let (Some(eaten), Some(bought), Some(left)) = (item.quantity, item.buy, item.left_over) else { continue };
            prop_assert!((bought - (eaten + left)).abs() < 1e-6, "{item:?}");
            prop_assert!(left >= -1e-9 && bought + 1e-9 >= eaten, "{item:?}");
            if let Some(g) = item.grams {
                prop_assert!((g.bought - (g.eaten + g.left_over)).abs() < 1e-6, "{item:?}");
            }
            if !item.packs.is_empty() {
                let total: f64 = item.packs.iter().map(|p| f64::from(p.count) * p.usable).sum();
                prop_assert!((total - bought).abs() < 1e-6, "{item:?}");
                prop_assert!(item.packs.iter().all(|p| p.count >= 1), "{item:?}");
                // No pack could be left on the shelf: one fewer of any size would not be enough.
                for p in &item.packs {
                    prop_assert!(total - p.usable < eaten - 1e-9, "{item:?} buys a pack it does not need");
                }
            }
            if item.perishable {
                prop_assert!(!item.staple);
            }
        }
    }
}

#[test]
fn the_rest_of_an_opened_bag_is_used_by_a_later_recipe() {
    // Monday's dhal uses 150 g of a 200 g bag of spinach (household of 2, one serving each, the
    // recipe serves 2); Wednesday's omelette uses 50 g. One bag, 200 g bought, 200 g eaten, 0 g
    // left: no waste. Without the omelette the bag's last 50 g is waste: 50 of 200 g, 25%. The
    // lentils (200 g of a tin that gives 240 g drained) leave 40 g, which keeps: not waste.
    let catalog = Catalog::load(&RecipeSource::Dir(fixture("opened-bag")))
        .unwrap()
        .value;
    let slot = |meal, recipe: &str| Slot {
        meal,
        recipe: recipe.into(),
        leftover: false,
        frozen_from: None,
        portion: Portion::ONE,
        sides: Vec::new(),
    };
    let base = plan::plan(bundled(), &Profile::default(), date()).unwrap();
    let day = |d: i64, slots| DayPlan {
        date: date() + time::Duration::days(d),
        slots,
        nutrients: Nutrients::default(),
    };
    let week = |omelette: bool| WeekPlan {
        days: vec![
            day(0, vec![slot(Meal::Dinner, "spinach-dhal")]),
            day(
                2,
                if omelette {
                    vec![slot(Meal::Lunch, "spinach-omelette")]
                } else {
                    Vec::new()
                },
            ),
        ],
        household: 2,
        coverage: base.coverage.clone(),
        relaxed: Vec::new(),
        targets: base.targets.clone(),
        diet: Diet::Vegan,
        variety: Variety::Simple,
        recipe_aim: Some(12),
    };
    let used_up = shop::list(&week(true), &catalog);
    let spinach = used_up.iter().find(|i| i.item == "test spinach").unwrap();
    assert_eq!(spinach.label, "1 bag (200 g)");
    assert_eq!(
        (spinach.quantity, spinach.buy, spinach.left_over),
        (Some(200.0), Some(200.0), Some(0.0))
    );
    assert_eq!(spinach.left_over_label, None);
    let lentils = used_up.iter().find(|i| i.item == "test lentils").unwrap();
    assert_eq!(lentils.label, "1 tin (400 g)");
    assert_eq!(
        lentils.left_over_label.as_deref(),
        Some("about 40 g left over")
    );
    assert!(!lentils.perishable);
    let w = shop::waste(&used_up);
    assert_eq!(
        (w.perishable_bought_g, w.perishable_left_g, w.share),
        (200.0, 0.0, 0.0)
    );

    let opened = shop::list(&week(false), &catalog);
    let spinach = opened.iter().find(|i| i.item == "test spinach").unwrap();
    assert_eq!(
        spinach.left_over_label.as_deref(),
        Some("about 50 g left over")
    );
    let w = shop::waste(&opened);
    assert_eq!(
        (w.perishable_bought_g, w.perishable_left_g, w.share),
        (200.0, 50.0, 0.25)
    );
    // The planner scores a week's packs with the same rule: 150 g needs one 200 g bag (50 g left),
    // 200 g one bag (none), 201 g two bags (199 g); of 100 g and 200 g bags, 280 g takes one of each.
    assert_eq!(shop::bought_grams(150.0, &[200.0]), 200.0);
    assert_eq!(shop::bought_grams(200.0, &[200.0]), 200.0);
    assert_eq!(shop::bought_grams(201.0, &[200.0]), 400.0);
    assert_eq!(shop::bought_grams(280.0, &[100.0, 200.0]), 300.0);
    assert_eq!(shop::fit(280.0, &[100.0, 200.0]), vec![1, 1]);
}

#[test]
fn plan_text_is_stable_for_a_simple_and_a_varied_week() {
    // The readable week, its effort, the packs and the waste, pinned for each variety.
    for name in ["simple", "varied"] {
        let path = format!("tests/fixtures/profiles/{name}.yaml");
        let stdout = gutjoint(&["plan", "--profile", &path]).success();
        insta::assert_snapshot!(format!("plan-{name}"), stdout);
    }
}

#[test]
fn a_daily_prep_limit_out_of_range_is_refused_with_its_line() {
    // `max-daily-prep: 5` is refused, naming the file, the line and the range.
    let stderr = gutjoint(&[
        "plan",
        "--profile",
        "tests/fixtures/profiles/daily-prep-too-low.yaml",
    ])
    .fails_with(1);
    assert!(
        stderr.contains("max-daily-prep must be a whole number of minutes from 10 to 600, not 5"),
        "{stderr}"
    );
    assert!(stderr.contains("daily-prep-too-low.yaml:3"), "{stderr}");
    assert!(stderr.contains("from 10 to 600"), "{stderr}");
}
