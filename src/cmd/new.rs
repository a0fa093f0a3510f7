//! `gutjoint new recipe "Title"`: writes a valid, commented recipe to start from.

use std::path::{Path, PathBuf};

use anyhow::Context;

use gutjoint::error::{Error, Report};
use gutjoint::ids::slug;
use gutjoint::load;

/// The skeleton: every key with a comment, and values that pass `gutjoint check`.
pub fn skeleton(title: &str, schema: Option<&str>) -> String {
    let header = schema
        .map(|s| format!("# yaml-language-server: $schema={s}\n"))
        .unwrap_or_default();
    format!(
        "{header}# A recipe for gutjoint. Every key is explained in the README (\"Recipe format\").
title: {title}
meals: [dinner]              # breakfast, lunch, dinner, snack
serves: 2                    # how many servings the amounts make
time: {{ prep: 10, cook: 20 }} # minutes: prep is hands-on, cook is unattended
diet: vegan                  # the most restrictive it suits: vegan, vegetarian, pescatarian, omnivore
allergens: []                # the EU 14, e.g. [gluten, milk]; `gutjoint check` finds hidden ones
tags:                        # what a serving earns; `gutjoint check` holds them to the numbers
  fiber: high                # source (3 g) or high (6 g)
ingredients:                 # item names from the ingredient table; qty: 80, 1/2 or 2-3; no qty = to taste
  - {{ item: red lentils, qty: 150, unit: g }}
  - {{ item: chopped tomatoes, qty: 400, unit: g, note: 1 can }}
  - {{ item: black pepper }}
steps:
  - Simmer the lentils in the tomatoes with a can of water for 20 minutes.
why: Lentils feed the gut bacteria that make butyrate.
storage: Keeps 3 days in the fridge.
leftovers: true              # good eaten again the next day
easy-prep: true              # no fine chopping, 15 minutes or less hands-on
",
        title = load::yaml_scalar(title)
    )
}

/// Writes a new recipe file into `dir`; refuses to overwrite one.
pub fn recipe(title: &str, dir: &Path) -> Result<PathBuf, Error> {
    if title.trim().is_empty() {
        return Err(Error::Input(Report {
            diagnostics: vec![
                gutjoint::diag::Diagnostic::error("TITLE", 0, 0, "the title is empty").with_hint(
                    "give the recipe a name, e.g. `gutjoint new recipe \"Lentil soup\"`",
                ),
            ],
            ..Report::default()
        }));
    }
    let path = dir.join(format!("{}.yaml", slug(title)));
    let schema = dir
        .parent()
        .map(|p| p.join("schemas/recipe.json"))
        .filter(|p| p.exists())
        .map(|_| "../schemas/recipe.json");
    std::fs::create_dir_all(dir)
        .with_context(|| format!("failed to create `{}`", dir.display()))?;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .map_err(|err| match err.kind() {
            std::io::ErrorKind::AlreadyExists => Error::Input(Report {
                diagnostics: vec![
                    gutjoint::diag::Diagnostic::error(
                        path.display().to_string(),
                        0,
                        0,
                        "a recipe with this file name already exists",
                    )
                    .with_hint("choose another title, or edit the existing file"),
                ],
                ..Report::default()
            }),
            _ => Error::Io(anyhow::anyhow!(
                "failed to write `{}` ({err})",
                path.display()
            )),
        })?;
    std::io::Write::write_all(&mut file, skeleton(title, schema).as_bytes())
        .with_context(|| format!("failed to write `{}`", path.display()))?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_skeleton_is_a_valid_recipe() {
        let text = skeleton("Soup: \"the best\" #1", None);
        let recipe = gutjoint::load::catalog::parse("soup", "soup.yaml", &text).unwrap();
        assert_eq!(recipe.title, "Soup: \"the best\" #1");
    }
}
