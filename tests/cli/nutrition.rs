//! The week's nutrition: a hand-worked day adds up, a total that leans on foods without a value
//! says "at least", and the handout's nutrition page carries the advice each diet needs.

use gutjoint::check::nutrients::Nutrient;
use gutjoint::load::catalog::{Catalog, RecipeSource};
use gutjoint::load::profile::Profile;
use gutjoint::plan::portions::Portion;
use gutjoint::plan::{self, Slot};
use gutjoint::recipe::{Diet, Meal};

use crate::{fixture, gutjoint, pages_text};

fn slot(meal: Meal, recipe: &str, quarters: u8, sides: &[&str]) -> Slot {
    Slot {
        meal,
        recipe: recipe.into(),
        leftover: false,
        frozen_from: None,
        portion: Portion::quarters(quarters),
        sides: sides.iter().map(|s| (*s).to_owned()).collect(),
    }
}

#[test]
fn a_hand_worked_day_adds_up() {
    // 1 1/2 servings of porridge (50 g oats each), 1 of salmon (100 g) with a glass of milk
    // (200 ml at 1.03 g/ml), 3/4 of lentils (150 g each), worked out by hand from the USDA rows.
    let catalog = Catalog::load(&RecipeSource::Dir(fixture("hand-day")))
        .unwrap()
        .value;
    let day = [
        slot(Meal::Breakfast, "porridge", 6, &[]),
        slot(Meal::Lunch, "salmon", 4, &["milk"]),
        slot(Meal::Dinner, "lentils", 3, &[]),
    ];
    let n = plan::day_nutrients(&catalog, &day);
    let (oats, salmon, lentils, milk): (f64, f64, f64, f64) = (75.0, 100.0, 112.5, 206.0);
    let energy = oats * 3.79 + salmon * 1.42 + lentils * 1.16 + milk * 0.50;
    let protein = oats * 0.1315 + salmon * 0.1984 + lentils * 0.0902 + milk * 0.033;
    let sodium_mg = oats * 0.06 + salmon * 0.44 + lentils * 0.02 + milk * 0.47;
    let calcium = oats * 0.52 + salmon * 0.12 + lentils * 0.19 + milk * 1.20;
    assert!(
        (energy - 659.75).abs() < 1e-9,
        "the hand sum itself: {energy}"
    );
    assert!((n.get(Nutrient::Energy) - energy).abs() < 1e-6, "{n:?}");
    assert!((n.get(Nutrient::Protein) - protein).abs() < 1e-6);
    assert!((n.get(Nutrient::Salt) - sodium_mg * 2.5 / 1000.0).abs() < 1e-9);
    assert!((n.get(Nutrient::Calcium) - calcium).abs() < 1e-6);
    // Salmon has no vitamin D value: the total counts the milk's only, and knows that 100 of its
    // 493.5 g had no value.
    assert!((n.get(Nutrient::VitaminD) - milk * 0.025 / 100.0).abs() < 1e-9);
    assert!((n.coverage(Nutrient::VitaminD) - 393.5 / 493.5).abs() < 1e-9);
    assert!(n.show(Nutrient::VitaminD).starts_with("at least "));
    assert!(!n.show(Nutrient::Calcium).starts_with("at least"));
}

#[test]
fn a_recipe_whose_food_has_no_vitamin_d_value_prints_at_least() {
    // USDA gives wild salmon no vitamin D figure, so its recipe's vitamin D is a lower bound.
    let stdout = gutjoint(&[
        "check",
        "--nutrients",
        "--recipes",
        fixture("hand-day").to_str().unwrap(),
    ])
    .success();
    let salmon = stdout
        .lines()
        .find(|l| l.starts_with("salmon (per serving)"))
        .unwrap_or_else(|| panic!("{stdout}"));
    assert!(salmon.contains("vitamin d at least 0 µg"), "{salmon}");
    assert!(salmon.contains("energy 142 kcal"), "{salmon}");
    let porridge = stdout
        .lines()
        .find(|l| l.starts_with("porridge (per serving)"))
        .unwrap();
    assert!(porridge.contains("vitamin d 0 µg"), "{porridge}");
    // The JSON listing carries the same coverage.
    let json = gutjoint(&[
        "recipes",
        "--format",
        "json",
        "--recipes",
        fixture("hand-day").to_str().unwrap(),
    ])
    .success();
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let salmon = json["recipes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "salmon")
        .unwrap();
    assert_eq!(salmon["nutrients"]["vitamin-d"]["at_least"], true);
    assert_eq!(salmon["nutrients"]["vitamin-d"]["coverage"], 0.0);
    assert_eq!(salmon["nutrients"]["protein"]["value"], 19.84);
}

/// The text of the handout's nutrition page for a profile.
fn nutrition_page(profile: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("h.pdf");
    gutjoint(&[
        "build",
        "--profile",
        &format!("tests/fixtures/profiles/{profile}.yaml"),
        "-o",
        out.to_str().unwrap(),
    ])
    .success();
    let pages = pages_text(&std::fs::read(&out).unwrap());
    pages
        .into_iter()
        .find(|p| p.starts_with("Your week’s nutrition"))
        .expect("a nutrition page")
        // The PDF text reader splits "µg" in two.
        .replace("µ g", "µg")
}

#[test]
fn the_nutrition_page_gives_each_diet_its_advice() {
    // A vegan week names its B12 and iodine sources or advises a supplement; every week carries
    // the vitamin D advice of the UK references and the warfarin line.
    let vegan = nutrition_page("vegan-woman-72");
    assert!(vegan.contains("for a woman aged 72"), "{vegan}");
    assert!(
        vegan.contains("Take a vitamin D supplement of 10 µg"),
        "{vegan}"
    );
    assert!(vegan.contains("Vitamin B12:"), "{vegan}");
    assert!(vegan.contains("Iodine:"), "{vegan}");
    assert!(vegan.contains("supplement"), "{vegan}");
    assert!(vegan.contains("If you take warfarin"), "{vegan}");
    // 1.0 g of protein per kg of her 68 kg.
    assert!(vegan.contains("target 68 g"), "{vegan}");

    let omnivore = nutrition_page("omnivore-man-50");
    assert!(omnivore.contains("for a man aged 50"), "{omnivore}");
    assert!(
        omnivore.contains("Take a vitamin D supplement of 10 µg"),
        "{omnivore}"
    );
    assert!(omnivore.contains("If you take warfarin"), "{omnivore}");
    assert!(omnivore.contains("target 2,581 kcal"), "{omnivore}");
    // The B12 and iodine lines are for plant-based weeks.
    assert!(!omnivore.contains("Vitamin B12:"), "{omnivore}");
    assert!(!omnivore.contains("Iodine:"), "{omnivore}");
}

#[test]
fn the_nutrition_words_read_at_grade_7_or_below() {
    // Patients read the notes and the advice: Flesch-Kincaid grade 7 or below, and no sentence
    // over 25 words, for a vegan, a vegetarian and an omnivore week.
    let catalog = Catalog::load(&RecipeSource::Bundled).unwrap().value;
    let date = time::Date::from_calendar_date(2026, time::Month::December, 7).unwrap();
    let mut text = Vec::new();
    for diet in [Diet::Vegan, Diet::Vegetarian, Diet::Omnivore] {
        let profile = Profile {
            diet,
            ..Profile::default()
        };
        let week = plan::plan(&catalog, &profile, date).unwrap();
        let intake = gutjoint::plan::intake::assess(&week, &catalog);
        text.extend(intake.notes);
        text.extend(intake.advice);
    }
    let all = text.join("\n");
    let grade = crate::education::flesch_kincaid(&all);
    assert!(
        grade <= 7.0,
        "the nutrition words read at grade {grade:.1}: {all}"
    );
    for sentence in all.split(['.', '\n']) {
        let words = sentence.split_whitespace().count();
        assert!(words <= 25, "{words} words: {sentence}");
    }
}

#[test]
fn a_clinic_chooses_its_reference_values() {
    // `references: us` in clinic.yaml aims the week at the US values; a typo is located.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("clinic.yaml"), "references: us\n").unwrap();
    let json = gutjoint(&["plan", "--format", "json", "--date", crate::DATE])
        .in_dir(dir.path())
        .success();
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["targets"]["choice"], "us");
    // A woman of 60 (no sex or age given): NASEM calcium 1,200 mg, vitamin D 15 µg; 1,800 kcal.
    let reference = |key: &str| {
        json["targets"]["nutrients"]
            .as_array()
            .unwrap()
            .iter()
            .find(|v| v["key"] == key)
            .unwrap()["value"]
            .as_f64()
            .unwrap()
    };
    assert_eq!(reference("calcium"), 1200.0);
    assert_eq!(reference("vitamin-d"), 15.0);
    assert_eq!(json["targets"]["energy_kcal"], 1800.0);
    std::fs::write(dir.path().join("clinic.yaml"), "references: ukk\n").unwrap();
    let stderr = gutjoint(&["plan"]).in_dir(dir.path()).fails_with(1);
    assert!(
        stderr.contains("unknown set of references `ukk`"),
        "{stderr}"
    );
    assert!(stderr.contains("did you mean `uk`"), "{stderr}");
    assert!(stderr.contains("clinic.yaml:1:"), "{stderr}");
}

#[test]
fn the_profiles_body_numbers_are_checked() {
    // A weight in pounds or an energy in kJ is out of range, located, with the unit in the hint;
    // `side` is not a meal to plan.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.yaml");
    std::fs::write(
        &path,
        "sex: male\nage: 70\nweight-kg: 400\nenergy-kcal: 8000\nmeals: [breakfast, side]\n",
    )
    .unwrap();
    let stderr = gutjoint(&["plan", "--profile", path.to_str().unwrap()]).fails_with(1);
    assert!(
        stderr.contains("weight-kg must be a number of kg from 25 to 300, not 400"),
        "{stderr}"
    );
    assert!(stderr.contains("p.yaml:3:"), "{stderr}");
    assert!(stderr.contains("the body weight in kg"), "{stderr}");
    assert!(
        stderr.contains(
            "energy-kcal must be a whole number of kcal a day from 800 to 5000, not 8000"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("`side` is not a meal to plan"), "{stderr}");
    assert!(!stderr.contains("`age`"), "{stderr}");
}
