//! Hardening: every hostile or broken input ends in a clear message, exit code 1 or 2, and no
//! output file. One fixture folder per attack under tests/fixtures/attacks/.

use std::path::Path;

use crate::{DATE, fixture, gutjoint};

/// Checks a recipes folder, asserting exit code 1 and returning standard error.
fn check_fails(case: &str) -> String {
    let dir = format!("tests/fixtures/attacks/{case}");
    gutjoint(&["check", "--recipes", &dir]).fails_with(1)
}

/// Builds with extra arguments into a fresh folder, asserting the exit code and that no PDF
/// (and no temporary file) was left behind.
fn build_fails(extra: &[&str], code: i32) -> String {
    let out_dir = tempfile::tempdir().unwrap();
    let out = out_dir.path().join("out.pdf");
    let mut args = vec!["build", "-o", out.to_str().unwrap(), "--date", DATE];
    args.extend_from_slice(extra);
    let stderr = gutjoint(&args).fails_with(code);
    assert_eq!(
        std::fs::read_dir(out_dir.path()).unwrap().count(),
        0,
        "a failed build left a file"
    );
    stderr
}

#[test]
fn bad_quantities_are_refused() {
    // Negative, zero, NaN, infinite and absurd amounts each get a located message with a fix.
    for (case, needle) in [
        ("negative-quantity", "quantity `-40` must be more than zero"),
        ("zero-quantity", "quantity `0` must be more than zero"),
        ("nan-quantity", "must be more than zero"),
        ("infinite-quantity", "must be more than zero"),
        (
            "absurd-quantity",
            "quantity `1000000000` is too large to be real",
        ),
    ] {
        let stderr = check_fails(case);
        assert!(stderr.contains(needle), "{case}: {stderr}");
        assert!(
            stderr.contains(&format!("tests/fixtures/attacks/{case}/recipe.yaml:7:")),
            "{case}: {stderr}"
        );
        insta::assert_snapshot!(case, stderr);
        build_fails(&["--recipes", &format!("tests/fixtures/attacks/{case}")], 1);
    }
}

#[test]
fn broken_structure_is_refused() {
    // Zero servings, empty lists, duplicate keys, tabs, non-UTF-8 bytes, an alias bomb and deep
    // nesting: each a clear message, never a crash or a hang.
    for (case, needle) in [
        (
            "zero-servings",
            "serves must be a whole number of servings, 1 or more, not 0",
        ),
        ("empty-lists", "the recipe has no ingredients"),
        ("duplicate-keys", "duplicate"),
        ("tabs", "tabs"),
        ("not-utf8", "file is not valid UTF-8 text"),
        // Typed parsing stops at the first key it does not know, before any alias is expanded.
        ("alias-bomb", "unknown key `a`"),
        // Likewise deep nesting stops at the first value of the wrong type, long before the YAML
        // library's own limit of 128 levels.
        ("deep-nesting", "title must be text, not a list"),
    ] {
        let stderr = check_fails(case);
        assert!(stderr.contains(needle), "{case}: {stderr}");
        assert!(
            !stderr.contains("panicked") && !stderr.contains("this is a bug"),
            "{case}: {stderr}"
        );
        insta::assert_snapshot!(case, stderr);
        build_fails(&["--recipes", &format!("tests/fixtures/attacks/{case}")], 1);
    }
}

#[test]
fn a_file_over_one_mebibyte_is_refused() {
    // A huge file is refused before it is parsed.
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from("title: Huge\nsteps:\n");
    while text.len() <= 1024 * 1024 {
        text.push_str("  - Stir the pot once more, slowly and with care.\n");
    }
    std::fs::write(dir.path().join("huge.yaml"), text).unwrap();
    let stderr = gutjoint(&["check", "--recipes", dir.path().to_str().unwrap()]).fails_with(1);
    assert!(
        stderr.contains("recipe `")
            && stderr.contains("huge.yaml` is 1.1 MiB, more than the 1 MiB allowed"),
        "{stderr}"
    );
}

#[test]
fn bom_crlf_and_long_words_are_fine() {
    // A Windows editor's byte-order mark and line endings are accepted; very long words wrap.
    gutjoint(&["check", "--recipes", "tests/fixtures/attacks/bom-crlf"]).success();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("long.pdf");
    let profile = fixture("profiles/dinner-only.yaml");
    gutjoint(&[
        "build",
        "--recipes",
        "tests/fixtures/attacks/long-words",
        "--profile",
        profile.to_str().unwrap(),
    ])
    .args(&["-o", out.to_str().unwrap(), "--date", DATE])
    .success();
    let pages = pdf_extract::extract_text_from_mem_by_pages(&std::fs::read(&out).unwrap()).unwrap();
    let text: String = pages
        .join(" ")
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{200B}')
        .collect();
    assert!(text.contains(
        "Pneumonoultramicroscopicsilicovolcanoconiosispneumonoultramicroscopicsilicovolcanoconiosis"
    ));
    // Each recipe still starts its own page: nothing ran off and pushed the layout around.
    let starts = pages
        .iter()
        .filter(|p| p.trim_start().starts_with(|c: char| c.is_ascii_digit()) && p.contains("Super"))
        .count();
    assert!(starts >= 3, "{starts} recipe pages");
}

#[test]
fn symlinks_out_of_the_recipes_folder_are_refused() {
    // A link inside the recipes folder that points elsewhere is not followed.
    let dir = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    let target = outside.path().join("secret.yaml");
    std::fs::copy(fixture("good-recipes/toast.yaml"), &target).unwrap();
    std::os::unix::fs::symlink(&target, dir.path().join("toast.yaml")).unwrap();
    let stderr = gutjoint(&["check", "--recipes", dir.path().to_str().unwrap()]).fails_with(1);
    assert!(
        stderr.contains("a link to a file outside the recipes folder"),
        "{stderr}"
    );
}

#[test]
fn the_output_is_never_an_input() {
    // `-o` pointing at a recipe, a profile or a folder is refused, and the file is left as it was.
    let dir = tempfile::tempdir().unwrap();
    let recipe = dir.path().join("oats.yaml");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("recipes/overnight-oats-kefir-blueberries.yaml"),
        &recipe,
    )
    .unwrap();
    let before = std::fs::read(&recipe).unwrap();
    let stderr = gutjoint(&[
        "build",
        "--recipes",
        dir.path().to_str().unwrap(),
        "-o",
        recipe.to_str().unwrap(),
    ])
    .fails_with(1);
    assert!(
        stderr.contains("the output is one of the files this build reads"),
        "{stderr}"
    );
    assert_eq!(std::fs::read(&recipe).unwrap(), before);
    let profile = dir.path().join("profile.yaml");
    std::fs::write(&profile, "name: Ana\n").unwrap();
    gutjoint(&[
        "build",
        "--profile",
        profile.to_str().unwrap(),
        "-o",
        profile.to_str().unwrap(),
    ])
    .fails_with(1);
    assert_eq!(std::fs::read_to_string(&profile).unwrap(), "name: Ana\n");
    let stderr = gutjoint(&["build", "-o", dir.path().to_str().unwrap()]).fails_with(1);
    assert!(stderr.contains("the output is a folder"), "{stderr}");
}

#[test]
fn runaway_layouts_stop_with_a_diagnostic() {
    // An endless loop or endless recursion in a clinic's layout ends with Typst's message and place.
    let layouts = fixture("attacks/layouts");
    for (layout, needle) in [
        ("infinite-loop", "loop seems to be infinite"),
        ("deep-recursion", "maximum function call depth exceeded"),
    ] {
        let stderr = build_fails(
            &["--layouts", layouts.to_str().unwrap(), "--layout", layout],
            1,
        );
        assert!(stderr.contains(needle), "{layout}: {stderr}");
        assert!(
            stderr.contains(&format!("{layout}.typ:")),
            "{layout}: {stderr}"
        );
    }
    let _ = Path::new(".");
}
