//! Clinic onboarding: init, a clinic folder found from below, recipes that add to and replace the
//! bundled ones, recipe skeletons, JSON Schemas that every bundled file passes, completions, man.

use std::path::Path;

use crate::{DATE, build_pages_in, clinic_with_edited_layout, gutjoint};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn init_then_build_works_with_no_edits() {
    // A new clinic runs `gutjoint init`, goes into the folder, and builds straight away.
    let dir = tempfile::tempdir().unwrap();
    let clinic = dir.path().join("riverside");
    gutjoint(&["init", clinic.to_str().unwrap()]).success();
    for file in [
        "clinic.yaml",
        "profiles/example.yaml",
        "schemas/recipe.json",
        "schemas/profile.json",
        "schemas/clinic.json",
        "schemas/ingredients.json",
    ] {
        assert!(clinic.join(file).is_file(), "{file} missing");
    }
    let out = gutjoint(&[
        "build",
        "--profile",
        "profiles/example.yaml",
        "--date",
        DATE,
    ])
    .in_dir(&clinic)
    .output();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("using clinic folder"));
    let pages = pdf_extract::extract_text_from_mem_by_pages(
        &std::fs::read(clinic.join("handout.pdf")).unwrap(),
    )
    .unwrap();
    assert!(
        pages[0].contains("Your clinic name") && pages[0].contains("Example Patient"),
        "{}",
        pages[0]
    );
    // A second init refuses to overwrite the clinic's settings.
    gutjoint(&["init", clinic.to_str().unwrap()]).fails_with(1);
}

#[test]
fn a_clinic_recipe_replaces_a_bundled_one_and_hidden_ones_go() {
    // From a subfolder, the clinic folder is found; its recipe of the same id wins; hidden ids vanish.
    let dir = tempfile::tempdir().unwrap();
    gutjoint(&["init", dir.path().to_str().unwrap()]).success();
    let bundled =
        std::fs::read_to_string(root().join("recipes/overnight-oats-kefir-blueberries.yaml"))
            .unwrap();
    let ours = bundled.replace(
        "title: Overnight oats with kefir and blueberries",
        "title: Riverside overnight oats",
    );
    std::fs::write(
        dir.path()
            .join("recipes/overnight-oats-kefir-blueberries.yaml"),
        ours,
    )
    .unwrap();
    let settings = std::fs::read_to_string(dir.path().join("clinic.yaml"))
        .unwrap()
        .replace("hide-recipes: []", "hide-recipes: [beetroot-hummus]");
    std::fs::write(dir.path().join("clinic.yaml"), settings).unwrap();
    let below = dir.path().join("profiles");
    let stdout = gutjoint(&["recipes", "--format", "json"])
        .in_dir(&below)
        .success();
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let recipes = json["recipes"].as_array().unwrap();
    let oats = recipes
        .iter()
        .find(|r| r["id"] == "overnight-oats-kefir-blueberries")
        .unwrap();
    assert_eq!(oats["title"], "Riverside overnight oats");
    assert!(
        !recipes.iter().any(|r| r["id"] == "beetroot-hummus"),
        "a hidden recipe was listed"
    );
    assert!(recipes.len() >= 48);
}

#[test]
fn new_recipe_writes_a_valid_skeleton_and_never_overwrites() {
    // The skeleton passes the checks as written, and a second one with the same title is refused.
    let dir = tempfile::tempdir().unwrap();
    let recipes = dir.path().join("recipes");
    let stdout = gutjoint(&[
        "new",
        "recipe",
        "Lentil & tomato soup",
        "--dir",
        recipes.to_str().unwrap(),
    ])
    .success();
    assert!(stdout.contains("lentil-tomato-soup.yaml"), "{stdout}");
    let stdout = gutjoint(&["check", "--recipes", recipes.to_str().unwrap()]).success();
    assert!(stdout.contains("checked 1 recipes"), "{stdout}");
    let stderr = gutjoint(&[
        "new",
        "recipe",
        "Lentil & tomato soup",
        "--dir",
        recipes.to_str().unwrap(),
    ])
    .fails_with(1);
    assert!(stderr.contains("already exists"), "{stderr}");
}

/// Validates a YAML file against one of the project's schemas.
fn validate(schema: &str, yaml_path: &Path) {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("schemas").join(schema)).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let value: serde_json::Value =
        serde_yaml::from_str(&std::fs::read_to_string(yaml_path).unwrap()).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&value)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{} does not match {schema}: {errors:#?}",
        yaml_path.display()
    );
}

#[test]
fn every_bundled_file_passes_its_schema() {
    // Editors that check files against the schemas agree with the files we ship.
    let mut checked = 0;
    for entry in std::fs::read_dir(root().join("recipes")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "yaml") {
            let schema = if path.file_stem().is_some_and(|s| s == "ingredients") {
                "ingredients.json"
            } else {
                "recipe.json"
            };
            validate(schema, &path);
            assert!(
                std::fs::read_to_string(&path)
                    .unwrap()
                    .starts_with("# yaml-language-server: $schema=../schemas/"),
                "{}",
                path.display()
            );
            checked += 1;
        }
    }
    assert!(checked >= 49);
    for profile in ["ana.yaml", "relaxed.yaml", "dinner-only.yaml"] {
        validate(
            "profile.json",
            &root().join("tests/fixtures/profiles").join(profile),
        );
    }
    let dir = tempfile::tempdir().unwrap();
    gutjoint(&["init", dir.path().to_str().unwrap()]).success();
    validate("clinic.json", &dir.path().join("clinic.yaml"));
    validate("profile.json", &dir.path().join("profiles/example.yaml"));
    let good = dir.path().join("patients.yaml");
    std::fs::write(
        &good,
        "- name: Ana Example\n  avoid-allergens: [nuts]\n- name: Ben Example\n  diet: vegan\n",
    )
    .unwrap();
    validate("patients.json", &good);
}

#[test]
fn schemas_reject_what_the_tool_rejects() {
    // An unknown key and an unknown unit fail the schema too, so editors flag them as you type.
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join("schemas/recipe.json")).unwrap())
            .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    for bad in [
        "tests/fixtures/bad-recipes/unknown-key.yaml",
        "tests/fixtures/bad-recipes/unknown-unit.yaml",
        "tests/fixtures/bad-recipes/missing-field.yaml",
    ] {
        let value: serde_json::Value =
            serde_yaml::from_str(&std::fs::read_to_string(root().join(bad)).unwrap()).unwrap();
        assert!(!validator.is_valid(&value), "{bad} passed the schema");
    }
}

#[test]
fn committed_schemas_match_the_code() {
    // schemas/ is generated by `gutjoint schema`; regenerate it when a format changes.
    for kind in ["recipe", "profile", "clinic", "ingredients", "patients"] {
        let stdout = gutjoint(&["schema", kind]).success();
        let committed =
            std::fs::read_to_string(root().join(format!("schemas/{kind}.json"))).unwrap();
        assert_eq!(
            stdout.trim_end(),
            committed.trim_end(),
            "schemas/{kind}.json is stale: run `gutjoint schema {kind} > schemas/{kind}.json`"
        );
    }
}

#[test]
fn completions_and_man_page() {
    // Shell completions for four shells and a man page, generated from the same command line.
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let stdout = gutjoint(&["completions", shell]).success();
        assert!(
            stdout.contains("gutjoint") && stdout.contains("build"),
            "{shell}"
        );
    }
    let man = gutjoint(&["man"]).success();
    assert!(
        man.contains(".TH gutjoint"),
        "{}",
        &man[..200.min(man.len())]
    );
}

#[test]
fn import_turns_json_ld_and_cooklang_into_recipes() {
    // A recipe from a website (JSON-LD) and one from Cooklang become commented YAML: known
    // ingredients mapped, unknown ones listed, tags proposed from the numbers for review.
    let dir = tempfile::tempdir().unwrap();
    let recipes = dir.path().join("recipes");
    let files = [
        "tests/fixtures/import/blueberry-oats.json",
        "tests/fixtures/import/lentil-soup.cook",
    ];
    let stdout = gutjoint(&[
        "import",
        files[0],
        files[1],
        "--dir",
        recipes.to_str().unwrap(),
    ])
    .success();
    assert!(
        stdout.contains("not in the ingredient table yet: sea salt"),
        "{stdout}"
    );
    let oats = std::fs::read_to_string(recipes.join("blueberry-overnight-oats.yaml")).unwrap();
    let soup = std::fs::read_to_string(recipes.join("red-lentil-soup.yaml")).unwrap();
    insta::assert_snapshot!("import-json-ld", oats);
    insta::assert_snapshot!("import-cooklang", soup);
    // The Cooklang recipe's ingredients are all known, so it passes the checks as imported.
    std::fs::remove_file(recipes.join("blueberry-overnight-oats.yaml")).unwrap();
    gutjoint(&["check", "--recipes", recipes.to_str().unwrap()]).success();
    // Importing again never overwrites.
    gutjoint(&["import", files[1], "--dir", recipes.to_str().unwrap()]).fails_with(1);
}

#[test]
fn init_with_layouts_gives_a_copy_the_build_uses() {
    // `--with-layouts` copies the layouts; a change to the copy shows up in the next build.
    let dir = clinic_with_edited_layout(
        "handout.typ",
        "t(\"cover-subtitle\")",
        "\"Riverside cover line\"",
    );
    let pages = build_pages_in(dir.path());
    assert!(pages[0].contains("Riverside cover line"), "{}", pages[0]);
}
