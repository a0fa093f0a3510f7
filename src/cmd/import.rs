//! `gutjoint import`: turns schema.org JSON-LD and Cooklang files into recipe YAML, listing the
//! ingredients the table does not know and proposing tags from the computed numbers for review.

use std::fmt::Write as _;
use std::io::Write as _;
use std::num::NonZeroU32;
use std::path::{Path, PathBuf};

use anyhow::Context;

use super::Done;
use gutjoint::check::nutrition::{self, fiber_level, omega3_level};
use gutjoint::error::{Error, Report};
use gutjoint::ids::{plain_slug, slug};
use gutjoint::import::{self, Imported};
use gutjoint::load;
use gutjoint::load::catalog::{Catalog, RecipeSource};
use gutjoint::load::foods::Foods;
use gutjoint::load::ingredients::Table;
use gutjoint::recipe::{Diet, Fermented, Ingredient, Meal, Quantity, Recipe, Tags, Time};

/// Imports each file into `dir`, never overwriting a file. Each result is printed as it happens;
/// a file that cannot be read or imported is reported and the others go on.
pub fn run(files: &[PathBuf], dir: &Path) -> Result<Done, Error> {
    let catalog = Catalog::load(&RecipeSource::Bundled)?.value;
    let mut report = Report::default();
    std::fs::create_dir_all(dir)
        .with_context(|| format!("failed to create `{}`", dir.display()))?;
    let mut stdout = std::io::stdout().lock();
    let mut imported_count = 0;
    for file in files {
        let shown = file.display().to_string();
        let refuse = |why: String| {
            gutjoint::diag::Diagnostic::error(&shown, 0, 0, format!("cannot import this file: {why}"))
                .with_hint("give a schema.org Recipe in JSON-LD (a `.json` file or a saved web page) or a Cooklang `.cook` file")
        };
        let bytes = match std::fs::read(file) {
            Ok(bytes) => bytes,
            Err(err) => {
                report
                    .diagnostics
                    .push(refuse(format!("it cannot be read ({err})")));
                continue;
            }
        };
        let text = match load::text(&shown, &bytes) {
            Ok(text) => text,
            Err(diag) => {
                report.diagnostics.push(diag);
                continue;
            }
        };
        let stem = file.file_stem().map_or("Imported recipe".to_owned(), |s| {
            s.to_string_lossy().replace(['-', '_'], " ")
        });
        let imported = match import::read(&text, file, &stem) {
            Ok(recipe) => recipe,
            Err(why) => {
                // Point at the value the message quotes, when the file holds it.
                let at = why
                    .split('`')
                    .skip(1)
                    .step_by(2)
                    .filter(|v| v.len() > 2)
                    .find_map(|v| import::position_of(&text, v));
                let mut diag = refuse(why.clone());
                if let Some(position) = at {
                    (diag.line, diag.column) = position;
                    report.sources.add(&shown, &text);
                }
                report.diagnostics.push(diag);
                continue;
            }
        };
        let (yaml, unknown) = match to_yaml(&imported, catalog.table()) {
            Ok(written) => written,
            Err(why) => {
                report.diagnostics.push(refuse(why));
                continue;
            }
        };
        let path = dir.join(format!("{}.yaml", file_id(&imported.title, &stem)));
        let written = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
            .and_then(|mut f| std::io::Write::write_all(&mut f, yaml.as_bytes()));
        match written {
            Ok(()) => {
                let mut line = format!("imported `{shown}` as {}", path.display());
                if !unknown.is_empty() {
                    let _ = write!(
                        line,
                        "\n  not in the ingredient table yet: {}\n  add them to ingredients.yaml (find their USDA numbers with `gutjoint foods search`)",
                        unknown.join(", ")
                    );
                }
                // A closed pipe is not worth a word; the files are written either way.
                let _ = writeln!(stdout, "{line}");
                let _ = stdout.flush();
                imported_count += 1;
            }
            Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => report.diagnostics.push(
                gutjoint::diag::Diagnostic::error(
                    path.display().to_string(),
                    0,
                    0,
                    "a recipe with this file name already exists",
                )
                .with_hint("rename or remove the existing file, then import again"),
            ),
            Err(err) => {
                return Err(Error::Io(anyhow::anyhow!(
                    "failed to write `{}` ({err})",
                    path.display()
                )));
            }
        }
    }
    if report.has_errors() {
        return Err(Error::Input(report));
    }
    Ok(Done {
        output: format!(
            "imported {imported_count} of {} file{}",
            files.len(),
            if files.len() == 1 { "" } else { "s" }
        ),
        ..Done::default()
    })
}

/// The file name for an imported recipe: its title in plain Latin letters ("Cara Díaz" becomes
/// `cara-diaz`, "Борщ" `borshch`), else the source file's name, else a short code made from
/// the title, so two recipes never both become `recipe.yaml`.
pub fn file_id(title: &str, stem: &str) -> String {
    plain_slug(title)
        .or_else(|| plain_slug(stem))
        .unwrap_or_else(|| slug(title))
}

/// Finds the table's name for an imported item: the same words, or the same words in the plural
/// or singular.
fn table_name(item: &str, table: &Table) -> Option<String> {
    let candidates = [
        item.to_owned(),
        format!("{item}s"),
        format!("{item}es"),
        item.trim_end_matches('s').to_owned(),
    ];
    candidates.into_iter().find(|c| table.get(c).is_some())
}

/// The largest number of ingredient lines or steps an imported recipe may have.
const MAX_LINES: usize = 500;

/// A comment line for the written file: the text on one line, so it can never end the comment
/// early and start YAML.
fn comment(out: &mut String, text: &str) {
    let one_line: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let _ = writeln!(out, "# {}", one_line.trim_end());
}

/// An amount as the file shows it: `80`, `0.5`, `1 1/2`, `2-3`, always one that reads back as
/// exactly the same number.
fn qty_value(qty: Quantity) -> serde_yaml::Value {
    fn side(v: f64) -> String {
        if (v * 100.0).round() / 100.0 == v {
            return v.to_string();
        }
        for d in [2u32, 3, 4, 6, 8, 16] {
            let n = (v * f64::from(d)).round();
            if !(1.0..1e9).contains(&n) {
                continue;
            }
            let (whole, rest) = ((n as u64) / u64::from(d), (n as u64) % u64::from(d));
            let text = match (whole, rest) {
                (_, 0) => continue,
                (0, r) => format!("{r}/{d}"),
                (w, r) => format!("{w} {r}/{d}"),
            };
            if text.parse::<Quantity>() == Ok(Quantity::Exact(v)) {
                return text;
            }
        }
        v.to_string()
    }
    match qty {
        Quantity::Exact(v) if v.fract() == 0.0 && v < 1e15 => {
            serde_yaml::Value::Number((v as u64).into())
        }
        Quantity::Exact(v) => {
            let text = side(v);
            match text.parse::<f64>() {
                Ok(n) if n == v => serde_yaml::Value::Number(n.into()),
                _ => serde_yaml::Value::String(text),
            }
        }
        Quantity::Range(a, b) => serde_yaml::Value::String(format!("{}-{}", side(a), side(b))),
    }
}

/// Keeps an amount only when a recipe file may hold it (more than zero, not absurd, a range that
/// goes up).
fn valid_qty(qty: Option<Quantity>) -> Option<Quantity> {
    let qty = qty?;
    let text = match qty_value(qty) {
        serde_yaml::Value::Number(n) => n.to_string(),
        serde_yaml::Value::String(s) => s,
        _ => return None,
    };
    text.parse::<Quantity>().ok().filter(|q| *q == qty)
}

/// Text as a recipe file may hold it: the source's words on one line, with no control characters.
/// Emoji are left out: no font of the handout has them, and they add nothing to a recipe.
fn one_line(text: &str) -> String {
    let kept: String = text
        .chars()
        .filter(|c| {
            !matches!(
                gutjoint::check::printed::check(c.encode_utf8(&mut [0; 4]), false, false),
                Some(gutjoint::check::printed::Problem::Emoji(_))
            )
        })
        .collect();
    kept.split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Writes the imported recipe as commented YAML; returns it with the unknown ingredient names.
///
/// Every value is written by the YAML library, one top-level key (or one ingredient) at a time;
/// the `# review` comments stand on lines of their own between those pieces, where a comment can
/// never change what the YAML means. The text is then read back with the recipe parser and must
/// give exactly the recipe that was meant, or nothing is written.
pub fn to_yaml(recipe: &Imported, table: &Table) -> Result<(String, Vec<String>), String> {
    let mut unknown: Vec<String> = Vec::new();
    let mut ingredients = Vec::new();
    let mut unknown_line = Vec::new();
    for line in recipe.ingredients.iter().take(MAX_LINES) {
        let item = one_line(&line.item);
        if item.is_empty() {
            continue;
        }
        let name = match table_name(&item, table) {
            Some(name) => name,
            None => {
                if !unknown.contains(&item) {
                    unknown.push(item.clone());
                }
                item
            }
        };
        unknown_line.push(table.get(&name).is_none());
        ingredients.push(Ingredient {
            item: name,
            qty: valid_qty(line.qty),
            unit: line.unit,
            note: line.note.as_deref().map(one_line).filter(|n| !n.is_empty()),
        });
    }
    let no_ingredients = ingredients.is_empty();
    if no_ingredients {
        ingredients.push(Ingredient {
            item: "write the first ingredient here".into(),
            qty: None,
            unit: None,
            note: None,
        });
        unknown_line.push(true);
    }
    let mut steps: Vec<String> = recipe
        .steps
        .iter()
        .take(MAX_LINES)
        .map(|s| one_line(s))
        .filter(|s| !s.is_empty())
        .collect();
    let no_steps = steps.is_empty();
    if no_steps {
        steps.push("Write the method here.".into());
    }
    let title = match one_line(&recipe.title) {
        t if t.is_empty() => "Imported recipe".to_owned(),
        t => t,
    };
    let serves = recipe.serves.and_then(NonZeroU32::new);
    let mut as_recipe = Recipe {
        id: "import".into(),
        title,
        meals: vec![
            recipe
                .meal
                .and_then(|m| m.parse::<Meal>().ok())
                .unwrap_or(Meal::Dinner),
        ],
        serves: serves.unwrap_or(NonZeroU32::MIN.saturating_add(1)),
        time: Time {
            prep: recipe.prep.unwrap_or(15),
            cook: recipe.cook.unwrap_or(0),
            chill: 0,
        },
        diet: Diet::Omnivore,
        allergens: Vec::new(),
        tags: Tags::default(),
        polyphenol_from: Vec::new(),
        ingredients,
        steps,
        why: Some("Say in one sentence why it helps the gut.".into()),
        storage: Some("Best eaten fresh.".into()),
        leftovers: false,
        easy_prep: false,
        cooked_through: Vec::new(),
        safety_tip: None,
        en_us: None,
    };
    // Work out what the ingredients add up to when the table knows all of them.
    let analysis = if unknown.is_empty() && !no_ingredients {
        nutrition::analyse(&as_recipe, table, Foods::bundled()).ok()
    } else {
        None
    };
    let mut tag_notes = Vec::new();
    if let Some(a) = &analysis {
        as_recipe.diet = a.diet;
        as_recipe.allergens = a.allergens.clone();
        as_recipe.tags.fiber = fiber_level(&a.per_serving);
        if as_recipe.tags.fiber.is_some() {
            tag_notes.push(format!("fibre {:.1} g a serving", a.per_serving.fiber_g));
        }
        as_recipe.tags.omega3 = omega3_level(&a.per_serving);
        if as_recipe.tags.omega3.is_some() {
            tag_notes.push(format!(
                "omega-3 {:.2} g ALA and {:.0} mg EPA+DHA a serving",
                a.per_serving.ala_g, a.per_serving.epa_dha_mg
            ));
        }
        let live = as_recipe.ingredients.iter().any(|i| {
            table
                .get(&i.item)
                .is_some_and(|e| e.fermented == Some(Fermented::Live))
        });
        if live {
            as_recipe.tags.fermented = Some(Fermented::Live);
            tag_notes.push("fermented: live only if the ferment is not heated".into());
        }
    }

    let mut y = String::from(
        "# yaml-language-server: $schema=../schemas/recipe.json\n# Imported by `gutjoint import`: check every line marked `review`, then run `gutjoint check`.\n",
    );
    let value = serde_yaml::to_value(&as_recipe).map_err(|e| e.to_string())?;
    let serde_yaml::Value::Mapping(map) = value else {
        return Err("the recipe did not serialise as a mapping".into());
    };
    for (key, value) in map {
        let Some(name) = key.as_str() else { continue };
        let review = match name {
            "id" | "polyphenol-from" => continue,
            _ if value.is_null()
                || value.as_sequence().is_some_and(|s| s.is_empty()) && name != "allergens" =>
            {
                continue;
            }
            "title" if one_line(&recipe.title).is_empty() => {
                Some("review: the source gave no title".to_owned())
            }
            "meals" if recipe.meal.is_none() => {
                Some("review: the source did not say which meal".to_owned())
            }
            "serves" if serves.is_none() => {
                Some("review: the source did not say how many it serves".to_owned())
            }
            "time" if recipe.prep.is_none() => Some("review: hands-on minutes guessed".to_owned()),
            "diet" if analysis.is_some() => Some("computed from the ingredients".to_owned()),
            "diet" if unknown.is_empty() => Some(
                "review: the numbers could not be worked out yet; `gutjoint check` says why"
                    .to_owned(),
            ),
            "diet" => Some("review: set once every ingredient is in the table".to_owned()),
            "allergens" if analysis.is_none() => {
                Some("review: `gutjoint check` lists what the ingredients contain".to_owned())
            }
            "tags" if tag_notes.is_empty() => continue,
            "tags" => Some(format!(
                "review: proposed from the computed numbers ({})",
                tag_notes.join("; ")
            )),
            "steps" if no_steps => Some("review: the source had no steps".to_owned()),
            "why" => Some("review: say why it helps the gut, in your own words".to_owned()),
            "storage" => Some("review: say how to keep it, and for how long".to_owned()),
            _ => None,
        };
        if let Some(text) = review {
            comment(&mut y, &text);
        }
        if name == "ingredients" {
            y.push_str("ingredients:\n");
            for (ingredient, unknown) in as_recipe.ingredients.iter().zip(&unknown_line) {
                if *unknown {
                    comment(&mut y, "review: not in the ingredient table");
                }
                let mut entry = serde_yaml::Mapping::new();
                entry.insert("item".into(), ingredient.item.clone().into());
                if let Some(qty) = ingredient.qty {
                    entry.insert("qty".into(), qty_value(qty));
                }
                if let Some(unit) = ingredient.unit {
                    entry.insert("unit".into(), unit.name().into());
                }
                if let Some(note) = &ingredient.note {
                    entry.insert("note".into(), note.clone().into());
                }
                let list = serde_yaml::Value::Sequence(vec![serde_yaml::Value::Mapping(entry)]);
                y.push_str(&serde_yaml::to_string(&list).map_err(|e| e.to_string())?);
            }
            continue;
        }
        let value = match value {
            serde_yaml::Value::Mapping(m) => serde_yaml::Value::Mapping(
                m.into_iter()
                    .filter(|(k, v)| !(v.is_null() || k == "chill" && v.as_u64() == Some(0)))
                    .collect(),
            ),
            v => v,
        };
        let mut one = serde_yaml::Mapping::new();
        one.insert(key, value);
        y.push_str(&serde_yaml::to_string(&one).map_err(|e| e.to_string())?);
    }
    // Read it back: the YAML must be exactly the recipe meant, and pass the recipe checks
    // (a title in a script no font prints is refused there, with its reason).
    let mut back: Recipe = load::yaml("imported recipe", &y).map_err(|d| d.message)?;
    back.id = as_recipe.id.clone();
    if serde_json::to_value(&back).ok() != serde_json::to_value(&as_recipe).ok() {
        return Err("the written YAML does not read back as the imported recipe".into());
    }
    let back =
        gutjoint::load::catalog::parse("import", "imported recipe", &y).map_err(|problems| {
            problems
                .iter()
                .map(|p| format!("line {}: {}", p.line, p.message))
                .collect::<Vec<_>>()
                .join("; ")
        })?;
    let same = serde_json::to_value(&back).ok() == serde_json::to_value(&as_recipe).ok();
    if !same {
        return Err("the written YAML does not read back as the imported recipe".into());
    }
    Ok((y, unknown))
}

#[cfg(test)]
mod tests {
    use super::*;
    use gutjoint::import::Line;
    use gutjoint::recipe::Unit;
    use proptest::prelude::*;

    fn table() -> Table {
        let mut table = Table::default();
        let problems = table.merge(
            "recipes/ingredients.yaml",
            include_str!("../../recipes/ingredients.yaml"),
            Foods::bundled(),
        );
        assert!(problems.is_empty());
        table
    }

    /// Text that YAML finds hard: every indicator character, quotes, spaces at either end,
    /// line breaks, tabs, words YAML reads as other types, and any Unicode.
    fn nasty() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            4 => prop::sample::select(vec![
                "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"",
                "%", "@", "`", " ", "  ", "\n", "\t", "\r\n", ": ", " #", "- ", "---", "...",
                "null", "~", "true", "no", "1.5", "0x1F", "1e3", "\\", "é", "味噌", "🥣", "\u{85}",
                "\u{2028}", "\u{feff}", "\u{0}", "\u{7f}",
            ])
            .prop_map(str::to_owned),
            4 => "[a-z ]{1,6}",
            4 => "[\u{a0}-\u{24f}\u{370}-\u{3ff}\u{400}-\u{4ff}\u{5d0}-\u{5ea}]{1,3}",
            // Any character at all, now and then: the YAML must still read back exactly, though
            // the recipe checks refuse letters no font prints.
            1 => any::<char>().prop_map(String::from),
        ];
        prop::collection::vec(piece, 0..12).prop_map(|p| p.concat())
    }

    fn line() -> impl Strategy<Value = Line> {
        (
            nasty(),
            prop::option::of(nasty()),
            prop::option::of((1u32..2000, 1u32..17, prop::option::of(1u32..2000))),
            prop::option::of(prop::sample::select(Unit::ALL.to_vec())),
        )
            .prop_map(|(item, note, qty, unit)| Line {
                qty: qty.map(|(n, d, high)| {
                    let low = f64::from(n) / f64::from(d);
                    match high.map(|h| low + f64::from(h) / 3.0) {
                        Some(h) => Quantity::Range(low, h),
                        None => Quantity::Exact(low),
                    }
                }),
                unit,
                item,
                note,
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

        #[test]
        fn every_imported_file_reads_back_as_written(
            title in nasty(),
            serves in prop::option::of(0u32..5000),
            prep in prop::option::of(0u32..100_000),
            meal in prop::option::of(prop::sample::select(vec!["breakfast", "lunch", "dinner", "snack"])),
            ingredients in prop::collection::vec(line(), 0..6),
            steps in prop::collection::vec(nasty(), 0..5),
        ) {
            let imported = Imported {
                title: title.clone(),
                serves,
                prep,
                cook: None,
                meal,
                ingredients: ingredients.clone(),
                steps: steps.clone(),
            };
            let table = table();
            let (yaml, _) = match to_yaml(&imported, &table) {
                Ok(written) => written,
                // The YAML read back exactly (checked first); only the recipe checks refused a
                // letter no font can print.
                Err(e) if e.contains("which none of the fonts can print") => return Ok(()),
                Err(e) => return Err(TestCaseError::fail(e)),
            };
            // The recipe parser reads it, and it holds what was imported.
            let back = gutjoint::load::catalog::parse("x", "x.yaml", &yaml)
                .map_err(|e| TestCaseError::fail(format!("{e:?}\n{yaml}")))?;
            if !one_line(&title).is_empty() {
                prop_assert_eq!(&back.title, &one_line(&title));
            }
            let kept: Vec<&Line> = ingredients.iter().filter(|l| !one_line(&l.item).is_empty()).collect();
            if !kept.is_empty() {
                prop_assert_eq!(back.ingredients.len(), kept.len());
                for (got, want) in back.ingredients.iter().zip(kept) {
                    let name = table_name(&one_line(&want.item), &table).unwrap_or(one_line(&want.item));
                    prop_assert_eq!(&got.item, &name);
                    prop_assert_eq!(got.qty, want.qty);
                    prop_assert_eq!(got.unit, want.unit);
                    prop_assert_eq!(got.note.clone(), want.note.as_deref().map(one_line).filter(|n| !n.is_empty()));
                }
            }
            let kept_steps: Vec<String> = steps.iter().map(|s| one_line(s)).filter(|s| !s.is_empty()).collect();
            if !kept_steps.is_empty() {
                prop_assert_eq!(&back.steps, &kept_steps);
            }
            prop_assert_eq!(back.serves.get(), serves.filter(|&s| s > 0).unwrap_or(2));
            prop_assert_eq!(back.time.prep, prep.unwrap_or(15));
        }
    }

    #[test]
    fn a_note_with_commas_and_indicators_stays_one_note() {
        // "1 large carrot, peeled" once became `note: large, peeled` plus a stray key.
        let imported = Imported {
            title: "Carrot: a [test] {of} #quoting & *stars*".into(),
            serves: Some(2),
            prep: Some(5),
            cook: Some(10),
            meal: Some("lunch"),
            ingredients: gutjoint::import::parse_list(&[
                "1 large carrot, peeled",
                "2 tbsp oil, plus more: for the pan",
            ]),
            steps: vec!["Peel the carrot; chop it.".into(), "- Serve: hot".into()],
        };
        let (yaml, _) = to_yaml(&imported, &table()).unwrap();
        let back = gutjoint::load::catalog::parse("x", "x.yaml", &yaml).unwrap();
        assert_eq!(back.title, imported.title);
        assert_eq!(back.ingredients[0].note.as_deref(), Some("large, peeled"));
        assert_eq!(back.steps[1], "- Serve: hot");
    }
}
