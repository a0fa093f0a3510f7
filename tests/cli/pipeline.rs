//! The mistakes issue 17 fixed on the way: what batch said when a row failed, where its
//! warnings point, how dislikes are read, which mistakes are usage mistakes, file names.

use crate::{DATE, fixture, gutjoint};

/// A clinic folder whose red lentil dhal earns `fiber: high` but does not declare it (a
/// warning of the recipes), with a patients list of one good row and one bad one.
fn clinic_with_a_warning() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("clinic.yaml"), "name: Riverside\n").unwrap();
    std::fs::create_dir(dir.path().join("recipes")).unwrap();
    let recipe = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("recipes/red-lentil-dhal.yaml"),
    )
    .unwrap();
    assert!(recipe.contains("\n  fiber: high"));
    std::fs::write(
        dir.path().join("recipes/red-lentil-dhal.yaml"),
        recipe.replacen("\n  fiber: high", "", 1),
    )
    .unwrap();
    std::fs::write(dir.path().join("good.yaml"), "- name: Ana\n  diet: vegan\n").unwrap();
    std::fs::write(
        dir.path().join("mixed.yaml"),
        "- name: Ana\n  diet: vegan\n- name: Ben\n  avoid-allergens: [nutz]\n",
    )
    .unwrap();
    dir
}

#[test]
fn batch_keeps_the_recipes_warnings_with_their_text_when_a_row_fails() {
    let dir = clinic_with_a_warning();
    let warning = "earns `fiber: high`";
    // Every row good: the warning quotes its recipe's line.
    let stderr = gutjoint(&["batch", "good.yaml", "--out-dir", "A", "--date", DATE])
        .in_dir(dir.path())
        .output();
    let stderr = String::from_utf8_lossy(&stderr.stderr).into_owned();
    assert!(stderr.contains(warning), "{stderr}");
    assert!(stderr.contains("│ tags:"), "no quoted line: {stderr}");
    // A bad row: the warning is still said, with its text, beside the row's error.
    let stderr = gutjoint(&["batch", "mixed.yaml", "--out-dir", "B", "--date", DATE])
        .in_dir(dir.path())
        .fails_with(1);
    assert!(stderr.contains("unknown allergen"), "{stderr}");
    assert!(stderr.contains(warning), "{stderr}");
    assert!(stderr.contains("│ tags:"), "no quoted line: {stderr}");
    assert!(dir.path().join("B").read_dir().unwrap().count() == 1);
}

#[test]
fn an_unknown_dislike_is_a_warning_with_a_did_you_mean() {
    let dir = tempfile::tempdir().unwrap();
    let profile = dir.path().join("p.yaml");
    std::fs::write(&profile, "avoid-ingredients: [mushroom, blak beans]\n").unwrap();
    let out = gutjoint(&[
        "plan",
        "--profile",
        profile.to_str().unwrap(),
        "--date",
        DATE,
    ])
    .output();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("warning: no recipe holds `blak beans`"),
        "{stderr}"
    );
    assert!(stderr.contains("did you mean `black beans`"), "{stderr}");
}

#[test]
fn dislikes_match_singular_plural_and_the_plant() {
    let bundled =
        gutjoint::load::catalog::Catalog::load(&gutjoint::load::catalog::RecipeSource::Bundled)
            .unwrap()
            .value;
    let table = bundled.table();
    let onion = table.covered_by("onion");
    for name in ["onion", "red onion", "spring onions"] {
        assert!(
            onion.iter().any(|n| n == name),
            "`onion` misses {name}: {onion:?}"
        );
    }
    assert!(
        table
            .covered_by("mushroom")
            .iter()
            .any(|n| n == "mushrooms")
    );
    assert!(table.covered_by("Onions").iter().any(|n| n == "red onion"));
    assert!(table.covered_by("onionz").is_empty());
    // A profile that avoids `onion` gets no recipe with any onion.
    let profile =
        gutjoint::load::profile::Profile::parse("p.yaml", "avoid-ingredients: [onion]\n", &bundled)
            .unwrap();
    let date = time::Date::from_calendar_date(2026, time::Month::November, 26).unwrap();
    let week = gutjoint::plan::plan(&bundled, &profile, date).unwrap();
    for day in &week.days {
        for slot in &day.slots {
            let recipe = bundled.get(&slot.recipe).unwrap();
            assert!(
                !recipe.ingredients.iter().any(|i| onion.contains(&i.item)),
                "{} holds an onion",
                recipe.id
            );
        }
    }
}

#[test]
fn usage_mistakes_exit_with_2() {
    let stderr = gutjoint(&[
        "build",
        "--layout",
        "book",
        "--recipes-only",
        "overnight-oat",
        "-o",
        "/nonexistent-dir/x.pdf",
    ])
    .fails_with(2);
    assert!(
        stderr.contains("--recipes-only names `overnight-oat`"),
        "{stderr}"
    );
    let stderr = gutjoint(&["build", "-o", "/nonexistent-dir/x.pdf"])
        .env("SOURCE_DATE_EPOCH", "soon")
        .fails_with(2);
    assert!(stderr.contains("SOURCE_DATE_EPOCH `soon`"), "{stderr}");
}

#[test]
fn batch_file_names_write_other_letters_in_latin_ones() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("p.yaml"), "- name: Cara Díaz\n").unwrap();
    gutjoint(&[
        "batch",
        "p.yaml",
        "--out-dir",
        "O",
        "--date",
        DATE,
        "--layout",
        "week",
    ])
    .in_dir(dir.path())
    .success();
    let names: Vec<String> = std::fs::read_dir(dir.path().join("O"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names[0].starts_with("cara-diaz-"), "{names:?}");
    let _ = fixture("profiles");
}
