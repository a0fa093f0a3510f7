//! Locales: en-GB (the default), en-US (US words, spelling, measures, dates and Letter paper) and
//! the en-XA pseudo-locale, which proves a locale needs no Rust and that no layout prints a word
//! of its own.

use crate::{DATE, fixture, gutjoint, pages_text};

/// Builds a layout in a locale and returns its pages' text.
fn pages(locale: &str, layout: &str, extra: &[&str]) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.pdf");
    let mut args = vec![
        "build",
        "--date",
        DATE,
        "--locale",
        locale,
        "--layout",
        layout,
        "-o",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    gutjoint(&args).success();
    pages_text(&std::fs::read(&out).unwrap())
}

/// The reviewed word list: British form, US form.
fn word_list() -> Vec<(String, String)> {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/en-US/spelling.yaml"),
    )
    .unwrap();
    let map: std::collections::BTreeMap<String, String> = serde_yaml::from_str(&text).unwrap();
    map.into_iter().collect()
}

/// The words of `list` that `text` holds as whole words.
fn holds(text: &str, words: &[&str]) -> Vec<String> {
    let lower = text.to_lowercase();
    words
        .iter()
        .filter(|w| {
            lower.match_indices(*w).any(|(at, _)| {
                let before = lower[..at].chars().next_back();
                let after = lower[at + w.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
        })
        .map(|w| (*w).to_owned())
        .collect()
}

/// The pages whose words come from the locale files and the recipes: all but the sources, which
/// keep the spelling of the papers they list.
fn translated(pages: &[String]) -> Vec<&String> {
    pages.iter().filter(|p| !p.contains("doi:")).collect()
}

// The US handout, book, cards and fridge sheet measure in cups and ounces and spell as a US
// reader does; the UK ones the other way round.
#[test]
fn us_and_uk_builds_of_every_layout_use_their_own_words_and_measures() {
    let list = word_list();
    let british: Vec<&str> = list.iter().map(|(b, _)| b.as_str()).collect();
    let american: Vec<&str> = list.iter().map(|(_, a)| a.as_str()).collect();
    for layout in ["handout", "book", "cards", "week"] {
        let us = pages("en-US", layout, &[]);
        let all = us.join("\n");
        if layout != "week" {
            assert!(all.contains(" cup"), "{layout}: no cups");
        }
        assert!(all.contains(" oz"), "{layout}: no ounces");
        if layout != "cards" {
            assert!(all.to_lowercase().contains("fiber"), "{layout}: no fiber");
        }
        for (n, page) in translated(&us).iter().enumerate() {
            let found = holds(page, &british);
            assert!(
                found.is_empty(),
                "en-US {layout}, page {n}: British {found:?}\n{page}"
            );
        }
        let gb = pages("en-GB", layout, &[]);
        let all = gb.join("\n");
        assert!(
            !all.contains(" oz ") && !all.contains(" cups "),
            "{layout}: US measures"
        );
        if layout != "cards" {
            assert!(all.contains("ibre"), "{layout}: no fibre");
        }
        for (n, page) in translated(&gb).iter().enumerate() {
            // "corn" and "arugula" are the words the list writes that are also plain British
            // words or names in the bundled recipes ("sweetcorn" is one word); the rest must not
            // appear.
            let found: Vec<String> = holds(page, &american)
                .into_iter()
                .filter(|w| {
                    !["corn", "soy", "beets", "canned", "while", "center"].contains(&w.as_str())
                })
                .collect();
            assert!(
                found.is_empty(),
                "en-GB {layout}, page {n}: US {found:?}\n{page}"
            );
        }
    }
}

// Hand-worked conversions, read off the printed recipe page of a US clinic's own recipe.
#[test]
fn us_conversions_match_the_hand_worked_cases() {
    let dir = fixture("us-clinic");
    let out = tempfile::tempdir().unwrap();
    let pdf = out.path().join("book.pdf");
    gutjoint(&[
        "build",
        "--date",
        DATE,
        "--layout",
        "book",
        "--recipes-only",
        "conversion-check",
        "-o",
        pdf.to_str().unwrap(),
    ])
    .in_dir(&dir)
    .success();
    let text = pages_text(&std::fs::read(&pdf).unwrap()).join("\n");
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for (case, printed) in [
        (
            "80 g rolled oats = 1 cup (USDA: 81 g a cup)",
            "1 cup rolled oats",
        ),
        ("250 ml kefir = 1 cup", "1 cup kefir"),
        (
            "400 g = 14 oz, under the recipe's own US name",
            "14 oz (400 g) diced tomatoes",
        ),
        ("180 °C = 350 °F", "350 °F (180 °C)"),
        ("the recipe's own words are respelt", "yogurt-like kefir"),
    ] {
        assert!(flat.contains(printed), "{case}: `{printed}` not in\n{flat}");
    }
    // US Letter, the US date and the clinic's locale, with no flag given.
    assert!(flat.contains("Thursday, November 26, 2026"), "{flat}");
}

// The pseudo-locale builds every layout with every message (a missing one stops the build), and
// no layout prints an English word of its own.
#[test]
fn the_pseudo_locale_builds_every_layout_with_no_word_left_in_a_layout() {
    for layout in ["handout", "book", "cards", "week"] {
        let xa = pages("en-XA", layout, &[]);
        let all = xa.join("\n");
        for word in [
            "Ingredients",
            "Method",
            "Serves",
            "Shopping list",
            "Your week at a glance",
            "Page ",
        ] {
            assert!(
                !all.contains(word),
                "{layout}: `{word}` is printed by a layout, not the locale"
            );
        }
        let expected = if layout == "week" {
            "Yööüür wéééék"
        } else {
            "ñgréédííééñts"
        };
        assert!(all.contains(expected), "{layout}: no pseudo-locale words");
    }
}

// Every message a layout asks for is in the reference locale, so a missing key fails here and not
// in a clinic's build.
#[test]
fn every_message_a_layout_names_is_in_the_default_locale() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut ftl = String::new();
    for entry in std::fs::read_dir(root.join("locales/en-GB")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ftl") {
            ftl.push_str(&std::fs::read_to_string(path).unwrap());
        }
    }
    let keys: std::collections::BTreeSet<&str> = ftl
        .lines()
        .filter_map(|l| l.split_once(" =").map(|(k, _)| k))
        .filter(|k| !k.starts_with([' ', '#']))
        .collect();
    fn walk(dir: &std::path::Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "typ") {
                out.push(std::fs::read_to_string(path).unwrap());
            }
        }
    }
    let mut files = Vec::new();
    walk(&root.join("layouts"), &mut files);
    let mut asked = 0;
    for text in &files {
        for (at, _) in text.match_indices("t(\"") {
            let rest = &text[at + 3..];
            let key = &rest[..rest.find('"').unwrap()];
            if text[..at].ends_with(|c: char| c.is_alphanumeric() || c == '-') {
                continue;
            }
            // Keys put together in the layout ("action-" + n) are checked by building.
            if key.ends_with('-') || key == "key" {
                continue;
            }
            asked += 1;
            assert!(
                keys.contains(key),
                "a layout asks for `{key}`, which locales/en-GB lacks"
            );
        }
    }
    assert!(asked > 50, "only {asked} messages found");
}

// A locale that is not bundled is refused with the ones that are, on the command line and in
// clinic.yaml.
#[test]
fn an_unknown_locale_is_refused_with_the_known_ones() {
    let err = gutjoint(&["build", "--locale", "fr-FR"]).fails_with(2);
    assert!(
        err.contains("unknown locale `fr-FR`") && err.contains("en-GB, en-US"),
        "{err}"
    );
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("clinic.yaml"), "name: A\nlocale: en-AU\n").unwrap();
    let err = gutjoint(&["build", "-o", "x.pdf"])
        .in_dir(dir.path())
        .fails_with(1);
    assert!(err.contains("unknown locale `en-AU`"), "{err}");
    assert!(err.contains("clinic.yaml:2:"), "{err}");
    assert!(!dir.path().join("x.pdf").exists());
}

// The pseudo-locale's longer words keep the handout's shape, on A4 and US Letter: the week, the
// shopping list and each recipe on one page, the week's page references right.
#[test]
fn the_pseudo_locale_keeps_every_page_on_its_page() {
    for paper in ["a4", "us-letter"] {
        let xa = pages("en-XA", "handout", &["--paper", paper]);
        crate::build::assert_structure_in(&xa, "en-XA", &crate::build::planned_titles());
    }
}

// In the pseudo-locale each recipe of the book still fits its page, and the fridge sheet is
// still one sheet: the week on the front, the shopping list on the back.
#[test]
fn the_pseudo_locale_keeps_the_book_and_the_sheet_to_their_pages() {
    let words = crate::words("en-XA");
    let library = crate::listed_recipes(&[]).len();
    for paper in ["a4", "us-letter"] {
        let book = pages("en-XA", "book", &["--paper", paper]);
        let starts = book
            .iter()
            .filter(|p| p.contains(&words["ingredients"]))
            .count();
        let whole = book
            .iter()
            .filter(|p| p.contains(&words["ingredients"]) && p.contains(&words["why-it-helps"]))
            .count();
        assert_eq!(starts, library, "{paper}");
        assert_eq!(whole, library, "{paper}: a recipe ran onto a second page");
        let sheet = pages("en-XA", "week", &["--paper", paper]);
        assert_eq!(
            sheet.len(),
            2,
            "{paper}: the fridge sheet is {} pages",
            sheet.len()
        );
        assert!(
            sheet[1].starts_with(&words["shopping-heading"]),
            "{paper}: {}",
            sheet[1]
        );
    }
}

// A recipe's US words are checked like its own: they must name its ingredients and give every step.
#[test]
fn a_recipe_s_us_words_must_fit_the_recipe() {
    let dir = tempfile::tempdir().unwrap();
    let recipe = std::fs::read_to_string(fixture("us-clinic/recipes/conversion-check.yaml"))
        .unwrap()
        .replace("chopped tomatoes: diced", "tinned tomatoes: diced")
        + "  steps: [Only one step.]\n";
    std::fs::write(dir.path().join("conversion-check.yaml"), recipe).unwrap();
    let err = gutjoint(&["check", "--recipes", dir.path().to_str().unwrap()]).fails_with(1);
    assert!(
        err.contains("`en-US` renames `tinned tomatoes`, which is not an ingredient"),
        "{err}"
    );
    assert!(
        err.contains("`en-US` gives 1 steps for a recipe of 2"),
        "{err}"
    );
}
