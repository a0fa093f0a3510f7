//! Every message points at the value it is about, found by its path in the file, never by
//! searching the text for the word (which finds it in a comment or another key first); and
//! every value of the wrong kind or range is said in our words, not the YAML library's.

use crate::gutjoint;

/// Writes `text` as `name` in a new folder; returns the folder.
fn file(name: &str, text: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(name), text).unwrap();
    dir
}

/// The `plan` run's standard error for a profile.
fn plan(profile: &str, code: i32) -> String {
    let dir = file("p.yaml", profile);
    let out = gutjoint(&["plan", "--profile", "p.yaml"])
        .in_dir(dir.path())
        .output();
    assert_eq!(
        out.status.code(),
        Some(code),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn a_dislike_is_found_where_it_is_written_not_in_the_comment_above() {
    // `coriandre` is in the comment first, and `mushrooms` matches a table name.
    let stderr = plan(
        "# avoid: mushroom, coriandre\navoid-ingredients: [mushrooms, coriandre]\n",
        0,
    );
    assert!(stderr.contains("no recipe holds `coriandre`"), "{stderr}");
    assert!(stderr.contains("p.yaml:2:32"), "{stderr}");
    assert!(!stderr.contains("p.yaml:1:"), "{stderr}");
}

#[test]
fn unknown_recipes_point_at_their_own_list_item_or_pin() {
    let stderr = plan(
        "# never: oats-x\nname: oats-x\navoid-recipes:\n  - oats-x\npins:\n  - { day: 1, meal: dinner, recipe: miso-salmon-traybake }\n  - day: 2\n    meal: dinner\n    recipe: oats-x\n",
        1,
    );
    let lines: Vec<&str> = stderr.lines().filter(|l| l.contains("p.yaml:")).collect();
    assert!(lines.iter().any(|l| l.contains("p.yaml:4:5")), "{stderr}");
    assert!(lines.iter().any(|l| l.contains("p.yaml:9:13")), "{stderr}");
    assert!(!stderr.contains("p.yaml:1:"), "{stderr}");
    assert!(!stderr.contains("p.yaml:2:"), "{stderr}");
}

#[test]
fn a_pin_day_out_of_range_points_at_that_pins_day() {
    let stderr = plan(
        "pins:\n  - { day: 1, meal: dinner, recipe: miso-salmon-traybake }\n  - { day: 9, meal: lunch, recipe: miso-salmon-traybake }\n",
        1,
    );
    assert!(
        stderr.contains("pin day must be a day from 1 to 7, not 9"),
        "{stderr}"
    );
    assert!(stderr.contains("p.yaml:3:12"), "{stderr}");
}

#[test]
fn values_of_the_wrong_kind_or_range_are_said_in_our_words() {
    for (profile, message, at) in [
        (
            "household: -4\n",
            "household must be a whole number from 1 to 8, not -4",
            "p.yaml:1:12",
        ),
        (
            "household: 9\n",
            "household must be a whole number from 1 to 8, not 9",
            "p.yaml:1:12",
        ),
        (
            "household: two\n",
            "household must be a whole number from 1 to 8, not \"two\"",
            "p.yaml:1:12",
        ),
        (
            "seed: 1.5\n",
            "seed must be a whole number, 0 or more, not 1.5",
            "p.yaml:1:7",
        ),
        (
            "large-print: [yes]\n",
            "large-print must be true or false, not a list",
            "p.yaml:1:14",
        ),
        (
            "age: 300\n",
            "age must be a whole number of years from 18 to 120, not 300",
            "p.yaml:1:6",
        ),
        (
            "name: Ana\nmax-daily-prep: 5\n",
            "max-daily-prep must be a whole number of minutes from 10 to 600, not 5",
            "p.yaml:2:17",
        ),
        (
            "pins:\n  - { day: x, meal: dinner, recipe: r }\n",
            "pins[0].day must be a day from 1 to 7, not \"x\"",
            "p.yaml:2:",
        ),
    ] {
        let stderr = plan(profile, 1);
        assert!(stderr.contains(message), "{profile}: {stderr}");
        assert!(stderr.contains(at), "{profile}: {stderr}");
        for raw in [
            "invalid type",
            "invalid value",
            "expected u",
            "expected i",
            "expected f",
        ] {
            assert!(!stderr.contains(raw), "{profile}: {stderr}");
        }
    }
}

#[test]
fn recipe_checks_point_at_the_value_not_at_an_earlier_mention() {
    let base = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("recipes/red-lentil-dhal.yaml"),
    )
    .unwrap();
    // A credit for `spinach`, which the recipe holds only as `frozen spinach`; the word is in a
    // comment, the title and an ingredient before the credit.
    let from = "polyphenol-from: [ground turmeric, ground cumin]";
    assert!(base.contains(from));
    let text = format!(
        "# spinach\n{}",
        base.replace(from, "polyphenol-from: [ground turmeric, spinach]")
    );
    let line = text
        .lines()
        .position(|l| l.starts_with("polyphenol-from:"))
        .unwrap()
        + 1;
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("recipes")).unwrap();
    std::fs::write(dir.path().join("recipes/dhal.yaml"), &text).unwrap();
    let stderr = gutjoint(&["check", "--recipes", "recipes"])
        .in_dir(dir.path())
        .fails_with(1);
    assert!(
        stderr.contains("names `spinach`, which is not an ingredient"),
        "{stderr}"
    );
    assert!(stderr.contains(&format!("dhal.yaml:{line}:36")), "{stderr}");
}

#[test]
fn a_clinic_section_twice_points_at_its_second_listing() {
    let dir = file(
        "clinic.yaml",
        "# sections: axis, safety\nname: Riverside\neducation:\n  sections:\n    - axis\n    - axis\n    - safety\n",
    );
    let stderr = gutjoint(&["check"]).in_dir(dir.path()).fails_with(1);
    assert!(stderr.contains("is listed twice"), "{stderr}");
    assert!(stderr.contains("clinic.yaml:6:7"), "{stderr}");
}
