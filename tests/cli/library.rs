//! The bundled recipe library: its numbers, its tags and its coverage, checked from the catalogue.

use gutjoint::check::nutrition::{fiber_level, omega3_level};
use gutjoint::load::catalog::{Catalog, RecipeSource};
use gutjoint::load::ingredients::DietFact;
use gutjoint::recipe::{Allergen, Diet, Fermented, Meal, Recipe};

use crate::{fixture, gutjoint};

fn bundled() -> Catalog {
    Catalog::load(&RecipeSource::Bundled)
        .expect("the bundled library loads")
        .value
}

#[test]
fn every_tag_matches_the_computed_numbers() {
    // A clinic must be able to trust every badge: declared levels equal computed ones, with no warnings.
    let checked = Catalog::load(&RecipeSource::Bundled).expect("the bundled library loads");
    let catalog = checked.value;
    let warnings: Vec<String> = checked
        .warnings
        .diagnostics
        .iter()
        .map(|d| d.short())
        .collect();
    assert!(warnings.is_empty(), "{warnings:#?}");
    for recipe in catalog.recipes() {
        let per = catalog.analysis(&recipe.id).unwrap().per_serving;
        assert_eq!(
            recipe.tags.fiber,
            fiber_level(&per),
            "{}: {per:?}",
            recipe.id
        );
        assert_eq!(
            recipe.tags.omega3,
            omega3_level(&per),
            "{}: {per:?}",
            recipe.id
        );
    }
}

#[test]
fn every_ingredient_is_in_the_table() {
    // The table covers every ingredient name, so every recipe's numbers are computed.
    let catalog = bundled();
    for recipe in catalog.recipes() {
        for line in &recipe.ingredients {
            assert!(
                catalog.table().get(&line.item).is_some(),
                "{}: `{}` missing",
                recipe.id,
                line.item
            );
        }
        assert!(
            recipe.storage.is_some(),
            "{} has no storage note",
            recipe.id
        );
        assert!(recipe.why.is_some(), "{} has no why", recipe.id);
    }
}

#[test]
fn the_library_covers_what_clinics_need() {
    // The library cannot silently shrink below what a varied week for any patient needs.
    let catalog = bundled();
    let recipes = catalog.recipes();
    let count = |f: &dyn Fn(&Recipe) -> bool| recipes.iter().filter(|r| f(r)).count();
    let has = |r: &Recipe, pred: &dyn Fn(&gutjoint::load::ingredients::Entry) -> bool| {
        r.ingredients
            .iter()
            .any(|i| catalog.table().get(&i.item).is_some_and(pred))
    };
    assert!(recipes.len() >= 48, "{} recipes", recipes.len());
    assert!(count(&|r| r.meals.contains(&Meal::Breakfast)) >= 12);
    assert!(count(&|r| r.meals.contains(&Meal::Lunch)) >= 12);
    assert!(count(&|r| r.meals.contains(&Meal::Dinner)) >= 12);
    assert!(count(&|r| r.meals.contains(&Meal::Snack)) >= 8);
    assert!(count(&|r| r.diet == Diet::Vegan) >= 12);
    assert!(count(&|r| !r.allergens.contains(&Allergen::Gluten)) >= 12);
    let live = |r: &Recipe| r.tags.fermented == Some(Fermented::Live);
    assert!(count(&live) >= 8);
    assert!(count(&|r| live(r) && !r.allergens.contains(&Allergen::Milk)) >= 4);
    let oily_fish = |r: &Recipe| {
        has(r, &|e| e.contains.contains(&DietFact::Fish))
            && catalog
                .analysis(&r.id)
                .is_some_and(|a| a.per_serving.epa_dha_mg >= 80.0)
    };
    assert!(
        count(&oily_fish) >= 8,
        "{} with oily fish",
        count(&oily_fish)
    );
    let plant_omega3 = |r: &Recipe| {
        r.tags.omega3.is_some()
            && has(r, &|e| {
                e.plant
                    .as_deref()
                    .is_some_and(|p| ["flax", "flaxseed", "chia", "walnut", "hemp"].contains(&p))
            })
    };
    assert!(
        count(&plant_omega3) >= 8,
        "{} with plant omega-3",
        count(&plant_omega3)
    );
    assert!(count(&|r| r.easy_prep && r.time.prep <= 15) >= 10);
}

#[test]
fn nutrients_add_up_by_hand() {
    // 30 g walnuts, 2 tbsp chia (0.6 g/ml) and 200 g wild salmon for two, worked out from USDA numbers.
    let catalog = Catalog::load(&RecipeSource::Dir(fixture("arithmetic")))
        .unwrap()
        .value;
    let per = catalog.analysis("hand-worked").unwrap().per_serving;
    let fiber = (30.0 * 6.7 + 18.0 * 34.4) / 100.0 / 2.0;
    let ala = (30.0 * 9.08 + 18.0 * 17.83) / 100.0 / 2.0;
    let epa_dha_mg = 200.0 * (0.321 + 1.115) / 100.0 / 2.0 * 1000.0;
    let kcal = (30.0 * 654.0 + 18.0 * 486.0 + 200.0 * 142.0) / 100.0 / 2.0;
    assert!((per.fiber_g - fiber).abs() < 0.1, "{per:?}");
    assert!((per.ala_g - ala).abs() < 0.1, "{per:?}");
    assert!((per.epa_dha_mg - epa_dha_mg).abs() < 1.0, "{per:?}");
    assert!((per.energy_kcal - kcal).abs() < 1.0, "{per:?}");
}

#[test]
fn wrong_tags_hidden_allergens_and_diets_are_caught() {
    // Each false claim names the recipe, the ingredient and the number.
    let stderr = gutjoint(&["check", "--recipes", "tests/fixtures/tag-checks"]).fails_with(1);
    assert!(stderr.contains("recipe `wrong-tag` declares `fiber: high` but a serving has 3.0 g of fibre, most of it from `rolled oats`"), "{stderr}");
    assert!(
        stderr
            .contains("recipe `hidden-allergen` does not declare `soy`, but `tamari` contains it"),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "recipe `diet-contradiction` is declared `vegan`, but `kefir` makes it `vegetarian`"
        ),
        "{stderr}"
    );
    insta::assert_snapshot!(stderr);
}

#[test]
fn live_ferments_the_method_heats_are_caught_at_their_step() {
    // Four recipes tagged live put their ferment into hot soup or onto hot food: each is an error
    // naming the recipe, the ferment and the step, and the bundled versions serve it apart.
    let stderr = gutjoint(&["check", "--recipes", "tests/fixtures/live-heat"]).fails_with(1);
    for (id, step) in [
        ("miso-tofu-soup", "step 4"),
        ("savoury-kimchi-oats-egg", "step 4"),
        ("red-lentil-dhal", "step 5"),
        ("kimchi-edamame-rice-bowl", "step 4"),
    ] {
        let line = stderr
            .lines()
            .find(|l| l.contains(&format!("recipe `{id}` is tagged `fermented: live`")))
            .unwrap_or_else(|| panic!("no live-heat error for {id}:\n{stderr}"));
        assert!(line.contains(step), "{line}");
        assert!(line.contains("kills its cultures"), "{line}");
    }
    assert!(
        stderr.contains("live-heat/miso-tofu-soup.yaml:"),
        "{stderr}"
    );
    assert_eq!(
        stderr.matches("serve the ferment on the side").count(),
        4,
        "{stderr}"
    );
}

#[test]
fn the_recipe_listing_is_stable_json() {
    // Later tools read this JSON: a version, and per-serving numbers for every recipe.
    let stdout = gutjoint(&["recipes", "--format", "json"]).success();
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(json["version"], 1);
    let recipes = json["recipes"].as_array().unwrap();
    assert_eq!(recipes.len(), bundled().recipes().len());
    let oats = recipes
        .iter()
        .find(|r| r["id"] == "overnight-oats-kefir-blueberries")
        .unwrap();
    for key in ["energy_kcal", "fiber_g", "ala_g", "epa_dha_mg"] {
        assert!(oats["per_serving"][key].is_number(), "{key}");
    }
    assert_eq!(oats["tags"]["fermented"], "live");

    // Filters combine: vegan recipes with live cultures only.
    let stdout = gutjoint(&[
        "recipes", "--format", "json", "--tag", "live", "--diet", "vegan",
    ])
    .success();
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let chosen = json["recipes"].as_array().unwrap();
    assert!(!chosen.is_empty());
    assert!(
        chosen
            .iter()
            .all(|r| r["diet"] == "vegan" && r["tags"]["fermented"] == "live")
    );
}

#[test]
fn foods_search_finds_usda_numbers() {
    // A clinic adding an ingredient finds its USDA number and nutrients.
    let stdout = gutjoint(&["foods", "search", "walnuts", "english"]).success();
    let line = stdout
        .lines()
        .find(|l| l.starts_with("12155"))
        .expect("walnuts listed");
    assert!(line.contains("6.7") && line.contains("9.08"), "{line}");
    assert!(stdout.contains("USDA National Nutrient Database"));
}

#[test]
fn hidden_allergens_in_common_sauces_are_known() {
    // Soy sauce holds wheat and Worcestershire sauce holds fish: a recipe must say so.
    let dir = tempfile::tempdir().unwrap();
    let recipe = "title: Stir-fried greens\nmeals: [dinner]\nserves: 2\ntime: { prep: 10, cook: 5 }\n\
        diet: vegetarian\nallergens: [soy]\ntags: { fermented: cooked }\ningredients:\n\
        \x20 - { item: broccoli, qty: 300, unit: g }\n  - { item: soy sauce, qty: 1, unit: tbsp }\n\
        \x20 - { item: worcestershire sauce, qty: 1, unit: tsp }\nsteps:\n  - Stir-fry it all.\n";
    std::fs::write(dir.path().join("greens.yaml"), recipe).unwrap();
    let stderr = gutjoint(&["check", "--recipes", dir.path().to_str().unwrap()]).fails_with(1);
    assert!(
        stderr.contains("does not declare `gluten`, but `soy sauce` contains it"),
        "{stderr}"
    );
    assert!(
        stderr.contains("does not declare `fish`, but `worcestershire sauce` contains it"),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "is declared `vegetarian`, but `worcestershire sauce` makes it `pescatarian`"
        ),
        "{stderr}"
    );
}
