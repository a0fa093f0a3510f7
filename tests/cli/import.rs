//! `gutjoint import` on recipes shaped as real sites publish them: nested JSON-LD, saved pages,
//! bad files among good ones, titles that are not plain Latin.

use crate::{fixture, gutjoint};

fn web(name: &str) -> String {
    fixture(&format!("import/web/{name}")).display().to_string()
}

fn read(dir: &std::path::Path, name: &str) -> serde_yaml::Value {
    let text = std::fs::read_to_string(dir.join(name)).unwrap_or_else(|e| {
        panic!(
            "{name}: {e}; files: {:?}",
            std::fs::read_dir(dir).unwrap().collect::<Vec<_>>()
        )
    });
    serde_yaml::from_str(&text).unwrap()
}

#[test]
fn pages_shaped_as_sites_publish_them_import_and_a_missing_file_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("recipes");
    let files = [
        web("main-entity.json"),
        web("missing.json"),
        web("control-chars.json"),
        web("item-list.json"),
        web("saved-page.html"),
    ];
    let mut args = vec!["import"];
    args.extend(files.iter().map(String::as_str));
    args.extend(["--dir", out.to_str().unwrap()]);
    let run = gutjoint(&args).output();
    let stdout = String::from_utf8_lossy(&run.stdout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    // The missing file fails the run, but every other file is imported and said so.
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("missing.json") && stderr.contains("cannot import this file"),
        "{stderr}"
    );
    assert_eq!(stdout.matches("imported `").count(), 4, "{stdout}");

    // mainEntity, a full-URL @type, a name object, one-string ingredients, sections.
    let soup = read(&out, "tomato-lentil-soup.yaml");
    assert_eq!(soup["title"], "Tomato & Lentil Soup");
    assert_eq!(soup["serves"], 4);
    assert_eq!(soup["steps"][0], "Soup: Soften the onion in the oil.");
    assert_eq!(soup["steps"][2], "To serve: Blend & serve hot.");
    let items: Vec<&str> = soup["ingredients"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|i| i["item"].as_str().unwrap())
        .collect();
    assert_eq!(
        items,
        [
            "olive oil",
            "onion",
            "diced tomatoes",
            "red lentils",
            "salz"
        ]
    );
    assert_eq!(soup["ingredients"][2]["unit"], "can");
    assert_eq!(soup["ingredients"][2]["note"], "14-ounce");
    assert_eq!(soup["ingredients"][4]["qty"], 0.5);

    // Raw tabs and newlines in JSON strings, Duration objects, PT1500S, P0D, headings.
    let oats = read(&out, "cara-diaz-s-oats.yaml");
    assert_eq!(oats["time"]["prep"], 25);
    assert_eq!(oats["time"]["cook"], 0);
    assert_eq!(oats["serves"], 4);
    assert_eq!(oats["ingredients"][0]["note"], "for the oats");
    assert_eq!(oats["ingredients"][1]["item"], "whole milk");
    assert_eq!(oats["ingredients"][2]["note"], "for the topping");
    assert_eq!(oats["ingredients"].as_sequence().unwrap().len(), 3);

    // An ItemList's recipe with a Cyrillic title: a stable Latin file name, "4人分" serves 4.
    let miso = read(&out, "borshch.yaml");
    assert_eq!(miso["title"], "Борщ");
    assert_eq!(miso["serves"], 4);

    // A page saved from a browser: the JSON-LD block, not the script that looks like it.
    let smoothie = read(&out, "kefir-smoothie.yaml");
    assert_eq!(smoothie["serves"], 2);
    assert_eq!(smoothie["steps"][0], "Blend until smooth.");

    // `check` on the imports names each missing ingredient once, with its count.
    let stderr = gutjoint(&["check", "--recipes", out.to_str().unwrap()]).fails_with(1);
    let summary = stderr
        .lines()
        .find(|l| l.contains("ingredients are not in the ingredient table:"))
        .unwrap_or_else(|| panic!("{stderr}"));
    assert!(summary.contains("olive oil (1 recipe)"), "{summary}");
    assert_eq!(summary.matches("salz").count(), 1, "{summary}");
}

#[test]
fn a_duration_too_long_to_be_real_is_refused_where_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let stderr = gutjoint(&[
        "import",
        &web("huge-duration.json"),
        "--dir",
        dir.path().to_str().unwrap(),
    ])
    .fails_with(1);
    assert!(
        stderr.contains("PT71582789H") && stderr.contains("longer than 60 days"),
        "{stderr}"
    );
    assert!(stderr.contains("huge-duration.json:2"), "{stderr}");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn recipes_without_a_usable_title_get_distinct_stable_names() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("src");
    std::fs::create_dir(&src).unwrap();
    for name in ["first", "second"] {
        std::fs::write(
            src.join(format!("{name}.json")),
            r#"{"@type": "Recipe", "name": "", "recipeIngredient": ["1 egg"], "recipeInstructions": "Boil."}"#,
        )
        .unwrap();
    }
    let out = dir.path().join("out");
    let a = src.join("first.json");
    let b = src.join("second.json");
    gutjoint(&[
        "import",
        a.to_str().unwrap(),
        b.to_str().unwrap(),
        "--dir",
        out.to_str().unwrap(),
    ])
    .success();
    let first = read(&out, "first.yaml");
    assert_eq!(first["title"], "Imported recipe");
    read(&out, "second.yaml");
}
