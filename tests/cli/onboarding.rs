//! Clinic onboarding: init, a clinic folder found from below, recipes that add to and replace the
//! bundled ones, recipe skeletons, JSON Schemas that every bundled file and the data a layout
//! receives pass, completions, man.

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
    for kind in [
        "recipe",
        "profile",
        "clinic",
        "ingredients",
        "patients",
        "data",
    ] {
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

/// Exports a document with the branded clinic and returns its `data.json`.
fn exported_data(args: &[&str]) -> serde_json::Value {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("project");
    let mut all = vec!["export", project.to_str().unwrap(), "--date", DATE];
    all.extend_from_slice(args);
    gutjoint(&all).success();
    serde_json::from_slice(&std::fs::read(project.join("data.json")).unwrap()).unwrap()
}

#[test]
fn the_data_a_layout_receives_passes_the_data_schema() {
    // `schemas/data.json` describes what gutjoint writes, strictly: a handout's data and a book's
    // pass it, and a key renamed or added on either side fails it.
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join("schemas/data.json")).unwrap())
            .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors = |value: &serde_json::Value| -> Vec<String> {
        validator
            .iter_errors(value)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect()
    };
    let profile = root().join("tests/fixtures/profiles/ana.yaml");
    let clinic = root().join("tests/fixtures/clinics/branded");
    let (profile, clinic) = (profile.to_str().unwrap(), clinic.to_str().unwrap());
    let handout = exported_data(&["--profile", profile, "--clinic", clinic]);
    assert!(handout["library"].is_null() && handout["clinic"]["logo"].is_object());
    assert_eq!(errors(&handout), Vec::<String>::new(), "the handout's data");
    let book = exported_data(&["--layout", "book", "--tag", "live"]);
    assert!(book["library"]["chapters"].is_array());
    assert_eq!(errors(&book), Vec::<String>::new(), "the book's data");
    // Renamed on one side: the data has a key the schema does not know, and lacks one it needs.
    let mut renamed = handout.clone();
    let recipe = renamed["recipes"][0].as_object_mut().unwrap();
    let title = recipe.remove("title").unwrap();
    recipe.insert("name".to_owned(), title);
    assert_eq!(errors(&renamed).len(), 2, "{:?}", errors(&renamed));
    for path in ["/clinic", "/week/0/slots/0", "/library/chapters/0"] {
        let mut extra = if path.starts_with("/library") {
            book.clone()
        } else {
            handout.clone()
        };
        extra
            .pointer_mut(path)
            .unwrap()
            .as_object_mut()
            .unwrap()
            .insert("extra".to_owned(), true.into());
        assert!(!validator.is_valid(&extra), "an extra key in {path} passed");
    }
}

#[test]
fn the_layouts_read_only_keys_the_data_schema_has() {
    // A key renamed in the data but not in a layout (or the other way round) is caught here:
    // every `data.KEY`, `data.at("KEY"` and `data.clinic.KEY` of the bundled layouts is in the
    // schema.
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join("schemas/data.json")).unwrap())
            .unwrap();
    let keys = |object: &serde_json::Value| -> Vec<String> {
        object["properties"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect()
    };
    let top = keys(&schema);
    let clinic = keys(&schema["$defs"]["ClinicData"]);
    let mut texts = Vec::new();
    let mut folders = vec![root().join("layouts")];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "typ") {
                texts.push((path.clone(), std::fs::read_to_string(&path).unwrap()));
            }
        }
    }
    let mut read = 0;
    for (path, text) in &texts {
        for (prefix, known) in [("data.clinic.", &clinic), ("data.", &top)] {
            for (at, _) in text.match_indices(prefix) {
                let before = text[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '-' || c == '/') {
                    continue;
                }
                let rest = &text[at + prefix.len()..];
                let rest = rest.strip_prefix("at(\"").unwrap_or(rest);
                let key: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                    .collect();
                // `data.at(key, ..)` with a key that is not written out.
                if key.is_empty() || key == "at" {
                    continue;
                }
                read += 1;
                assert!(
                    known.contains(&key),
                    "{} reads `{prefix}{key}`, which the data does not have",
                    path.display()
                );
            }
        }
    }
    assert!(read > 50, "{read}");
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
