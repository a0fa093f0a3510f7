//! A bounded fuzz run for everything that parses user files: random bytes and mutated valid files
//! never panic, they parse or they fail with located diagnostics. Set GUTJOINT_FUZZ_CASES for a
//! longer run (the default keeps `cargo test` quick).

use std::sync::OnceLock;

use gutjoint::check::nutrition;
use gutjoint::load;
use gutjoint::load::catalog::{self, Catalog, RecipeSource};
use gutjoint::load::clinic::Clinic;
use gutjoint::load::profile::Profile;
use proptest::prelude::*;

fn bundled() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| Catalog::load(&RecipeSource::Bundled).unwrap().value)
}

fn cases() -> u32 {
    std::env::var("GUTJOINT_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(400)
}

const RECIPE: &str = include_str!("../../recipes/overnight-oats-kefir-blueberries.yaml");
const PROFILE: &str = include_str!("../fixtures/profiles/ana.yaml");
const CLINIC: &str = "name: Riverside\ncontact: [\"1 Road\"]\neducation:\n  length: short\n  sections: [axis, safety]\n";

/// Applies random edits to a valid file: replace, insert or delete a byte at random places.
fn mutate(base: &str) -> impl Strategy<Value = Vec<u8>> {
    let len = base.len();
    prop::collection::vec((0..len.max(1), any::<u8>(), 0u8..3), 1..12).prop_map(move |edits| {
        let mut bytes = base.as_bytes().to_vec();
        for (at, byte, kind) in edits {
            let at = at.min(bytes.len());
            match kind {
                0 if at < bytes.len() => bytes[at] = byte,
                1 => bytes.insert(at, byte),
                _ if at < bytes.len() => {
                    bytes.remove(at);
                }
                _ => {}
            }
        }
        bytes
    })
}

/// Feeds bytes through the recipe pipeline: decode, parse, analyse, check. Any panic fails.
fn recipe_pipeline(bytes: &[u8]) {
    let Ok(text) = load::text("fuzz.yaml", bytes) else {
        return;
    };
    if let Ok(recipe) = catalog::parse("fuzz", "fuzz.yaml", &text)
        && let Ok(analysis) = nutrition::analyse(
            &recipe,
            bundled().table(),
            gutjoint::load::foods::Foods::bundled(),
        )
    {
        let _ = nutrition::check(&recipe, &analysis, bundled().table());
        for line in &recipe.ingredients {
            let _ = line.amount();
        }
    }
}

fn profile_pipeline(bytes: &[u8]) {
    let Ok(text) = load::text("fuzz.yaml", bytes) else {
        return;
    };
    if let Ok(profile) = Profile::parse("fuzz.yaml", &text, bundled()) {
        let date = time::Date::from_calendar_date(2026, time::Month::December, 7).unwrap();
        let _ = gutjoint::plan::plan(bundled(), &profile, date);
    }
}

fn clinic_pipeline(bytes: &[u8]) {
    let Ok(text) = load::text("clinic.yaml", bytes) else {
        return;
    };
    let _ = Clinic::parse("clinic.yaml", &text, std::path::Path::new("tests/fixtures"));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        // Noise of any kind is just a bad file.
        recipe_pipeline(&bytes);
        profile_pipeline(&bytes);
        clinic_pipeline(&bytes);
    }

    #[test]
    fn mutated_recipes_never_panic(bytes in mutate(RECIPE)) {
        // A valid recipe with typos in random places parses or fails with a message.
        recipe_pipeline(&bytes);
    }

    #[test]
    fn mutated_profiles_never_panic(bytes in mutate(PROFILE)) {
        // A profile with random typos never crashes the planner.
        profile_pipeline(&bytes);
    }

    #[test]
    fn mutated_clinic_files_never_panic(bytes in mutate(CLINIC)) {
        // Nor does a damaged clinic.yaml.
        clinic_pipeline(&bytes);
    }
}
