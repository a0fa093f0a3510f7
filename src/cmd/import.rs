//! `gutjoint import`: turns schema.org JSON-LD and Cooklang files into recipe YAML, listing the
//! ingredients the table does not know and proposing tags from the computed numbers for review.

use std::fmt::Write as _;
use std::num::NonZeroU32;
use std::path::{Path, PathBuf};

use anyhow::Context;

use super::Done;
use crate::catalog::{Catalog, RecipeSource};
use crate::error::{Error, Report};
use crate::foods::Foods;
use crate::import::{self, Imported, Line};
use crate::ingredients::Table;
use crate::load;
use crate::nutrition::{self, fiber_level, omega3_level};
use crate::recipe::{Diet, Fermented, Ingredient, Meal, Quantity, Recipe, Tags, Time};

/// Imports each file into `dir`, never overwriting a file.
pub fn run(files: &[PathBuf], dir: &Path) -> Result<Done, Error> {
    let catalog = Catalog::load(&RecipeSource::Bundled)?;
    let mut out = String::new();
    let mut report = Report::default();
    std::fs::create_dir_all(dir)
        .with_context(|| format!("failed to create `{}`", dir.display()))?;
    for file in files {
        let shown = file.display().to_string();
        let bytes = std::fs::read(file).with_context(|| format!("failed to read `{shown}`"))?;
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
        let imported = if file.extension().is_some_and(|e| e == "cook") {
            import::from_cooklang(&text, &stem)
        } else {
            match import::from_json_ld(&text) {
                Ok(recipe) => recipe,
                Err(why) => {
                    report.diagnostics.push(
                        crate::diag::Diagnostic::error(&shown, 0, 0, format!("cannot import this file: {why}"))
                            .with_hint("give a schema.org Recipe in JSON-LD (a `.json` file) or a Cooklang `.cook` file"),
                    );
                    continue;
                }
            }
        };
        let (yaml, unknown) = to_yaml(&imported, catalog.table());
        let path = dir.join(format!("{}.yaml", super::new::slug(&imported.title)));
        let written = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
            .and_then(|mut f| std::io::Write::write_all(&mut f, yaml.as_bytes()));
        match written {
            Ok(()) => {
                let _ = writeln!(out, "imported `{shown}` as {}", path.display());
                if !unknown.is_empty() {
                    let _ = writeln!(
                        out,
                        "  not in the ingredient table yet: {}\n  add them to ingredients.yaml (find their USDA numbers with `gutjoint foods search`)",
                        unknown.join(", ")
                    );
                }
            }
            Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => report.diagnostics.push(
                crate::diag::Diagnostic::error(
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
        output: out.trim_end().to_owned(),
        ..Done::default()
    })
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

fn number(v: f64) -> String {
    let s = format!("{v:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// Writes the imported recipe as commented YAML; returns it with the unknown ingredient names.
pub fn to_yaml(recipe: &Imported, table: &Table) -> (String, Vec<String>) {
    let mut unknown = Vec::new();
    let lines: Vec<(Line, String)> = recipe
        .ingredients
        .iter()
        .filter(|l| !l.item.is_empty())
        .map(|l| match table_name(&l.item, table) {
            Some(name) => (l.clone(), name),
            None => {
                unknown.push(l.item.clone());
                (l.clone(), l.item.clone())
            }
        })
        .collect();
    let serves = recipe.serves.filter(|&n| n > 0).unwrap_or(2);
    // Work out what the ingredients add up to when the table knows all of them.
    let as_recipe = Recipe {
        id: "import".into(),
        title: recipe.title.clone(),
        meals: vec![Meal::Dinner],
        serves: NonZeroU32::new(serves).unwrap_or(NonZeroU32::MIN),
        time: Time::default(),
        diet: Diet::Omnivore,
        allergens: Vec::new(),
        tags: Tags::default(),
        polyphenol_from: Vec::new(),
        ingredients: lines
            .iter()
            .map(|(l, name)| Ingredient {
                item: name.clone(),
                qty: l.qty,
                unit: l.unit,
                note: l.note.clone(),
            })
            .collect(),
        steps: recipe.steps.clone(),
        why: None,
        storage: None,
        leftovers: false,
        easy_prep: false,
        cooked_through: Vec::new(),
        safety_tip: None,
    };
    let analysis = if unknown.is_empty() {
        nutrition::analyse(&as_recipe, table, Foods::bundled()).ok()
    } else {
        None
    };

    let mut y = String::from(
        "# yaml-language-server: $schema=../schemas/recipe.json\n# Imported by `gutjoint import`: check every line marked `review`, then run `gutjoint check`.\n",
    );
    let _ = writeln!(y, "title: {}", load::yaml_scalar(&recipe.title));
    match recipe.meal {
        Some(meal) => {
            let _ = writeln!(y, "meals: [{meal}]");
        }
        None => {
            y.push_str("meals: [dinner]              # review: the source did not say which meal\n")
        }
    }
    match recipe.serves {
        Some(n) if n > 0 => {
            let _ = writeln!(y, "serves: {n}");
        }
        _ => y.push_str("serves: 2                    # review: the source did not say\n"),
    }
    let prep = recipe
        .prep
        .map_or_else(|| "15".to_owned(), |p| p.to_string());
    let _ = writeln!(
        y,
        "time: {{ prep: {prep}, cook: {} }}{}",
        recipe.cook.unwrap_or(0),
        if recipe.prep.is_none() {
            "   # review: hands-on minutes guessed"
        } else {
            ""
        }
    );
    match &analysis {
        Some(a) => {
            let _ = writeln!(
                y,
                "diet: {}                 # computed from the ingredients",
                a.diet
            );
            let allergens: Vec<&str> = a.allergens.iter().map(|x| x.name()).collect();
            let _ = writeln!(y, "allergens: [{}]", allergens.join(", "));
            y.push_str(
                "tags:                        # review: proposed from the computed numbers\n",
            );
            if let Some(level) = fiber_level(&a.per_serving) {
                let _ = writeln!(
                    y,
                    "  fiber: {level}                # {:.1} g a serving",
                    a.per_serving.fiber_g
                );
            }
            if let Some(level) = omega3_level(&a.per_serving) {
                let _ = writeln!(
                    y,
                    "  omega3: {level}               # {:.2} g ALA, {:.0} mg EPA+DHA a serving",
                    a.per_serving.ala_g, a.per_serving.epa_dha_mg
                );
            }
            let live = as_recipe.ingredients.iter().any(|i| {
                table
                    .get(&i.item)
                    .is_some_and(|e| e.fermented == Some(Fermented::Live))
            });
            if live {
                y.push_str(
                    "  fermented: live            # review: only if the ferment is not heated\n",
                );
            }
        }
        None => {
            y.push_str("diet: omnivore               # review: set once every ingredient is in the table\n");
            y.push_str("allergens: []                # review: `gutjoint check` lists what the ingredients contain\n");
        }
    }
    y.push_str("ingredients:\n");
    for (line, name) in &lines {
        let mut parts = vec![format!("item: {}", load::yaml_scalar(name))];
        match line.qty {
            Some(Quantity::Exact(v)) => parts.push(format!("qty: {}", number(v))),
            Some(Quantity::Range(a, b)) => parts.push(format!("qty: {}-{}", number(a), number(b))),
            None => {}
        }
        if let Some(unit) = line.unit {
            parts.push(format!("unit: {}", unit.name()));
        }
        if let Some(note) = &line.note {
            parts.push(format!("note: {}", load::yaml_scalar(note)));
        }
        let flag = if unknown.contains(&line.item) {
            "   # review: not in the ingredient table"
        } else {
            ""
        };
        let _ = writeln!(y, "  - {{ {} }}{flag}", parts.join(", "));
    }
    y.push_str("steps:\n");
    for step in &recipe.steps {
        let _ = writeln!(y, "  - {}", load::yaml_scalar(step));
    }
    if recipe.steps.is_empty() {
        y.push_str("  - Write the method here.     # review: the source had no steps\n");
    }
    y.push_str("why: Say in one sentence why it helps the gut.   # review\nstorage: Best eaten fresh.   # review\nleftovers: false\neasy-prep: false\n");
    (y, unknown)
}
