//! Loads a recipes folder (the embedded default or one on disk) into a checked catalogue.

use std::path::{Path, PathBuf};

use anyhow::Context;
use include_dir::{Dir, include_dir};

use crate::check::nutrition::{self, Analysis};
use crate::diag::{Diagnostic, Severity};
use crate::error::{Checked, Error, Report};
use crate::load;
use crate::load::foods::Foods;
use crate::load::ingredients::Table;
use crate::load::spans::Spans;
use crate::recipe::{Polyphenol, Recipe};

/// The recipe library bundled into the binary.
static BUNDLED: Dir = include_dir!("$CARGO_MANIFEST_DIR/recipes");

/// The ingredient table's file name, in the bundled library and in a clinic's recipes folder.
const TABLE_FILE: &str = "ingredients.yaml";

/// File names in a recipes folder that hold something other than a recipe.
const RESERVED: [&str; 1] = ["ingredients"];

/// Where recipes come from.
#[derive(Debug, Clone, Default)]
pub enum RecipeSource {
    /// The library bundled into the binary.
    #[default]
    Bundled,
    /// A folder of `*.yaml` files on disk, alone.
    Dir(PathBuf),
    /// The bundled library with a clinic's folder on top: its recipes add to the bundled ones and
    /// replace any with the same id.
    Layered(PathBuf),
}

/// Every recipe of a library, checked and sorted by id, with what its ingredients add up to.
pub struct Catalog {
    recipes: Vec<Recipe>,
    analyses: Vec<Analysis>,
    table: Table,
}

impl Catalog {
    /// Reads and checks every recipe from a source, reporting all problems in all files at once;
    /// returns the catalogue with the problems that did not stop the load (a tag a recipe earns
    /// but does not declare, say), and the texts they point into.
    pub fn load(source: &RecipeSource) -> Result<Checked<Self>, Error> {
        let bundled = || {
            BUNDLED
                .files()
                .map(|f| {
                    (
                        PathBuf::from("recipes").join(f.path()),
                        f.contents().to_vec(),
                    )
                })
                .filter(|(path, _)| is_recipe_file(path))
                .collect::<Vec<_>>()
        };
        let files = match source {
            RecipeSource::Bundled => bundled(),
            RecipeSource::Dir(dir) => read_dir(dir)?,
            RecipeSource::Layered(dir) => {
                let own = read_dir(dir)?;
                let stem = |p: &PathBuf| p.file_stem().map(|s| s.to_os_string());
                let mut files: Vec<_> = bundled()
                    .into_iter()
                    .filter(|(p, _)| !own.iter().any(|(q, _)| stem(q) == stem(p)))
                    .collect();
                files.extend(own);
                files
            }
        };
        let mut report = Report::default();
        let foods = Foods::bundled();
        let mut table = Table::default();
        let mut tables = vec![(
            format!("recipes/{TABLE_FILE}"),
            BUNDLED.get_file(TABLE_FILE).map(|f| f.contents().to_vec()),
        )];
        if let RecipeSource::Dir(dir) | RecipeSource::Layered(dir) = source {
            let path = dir.join(TABLE_FILE);
            match recipe_input(dir, "ingredient table").read(&path) {
                Ok(bytes) => tables.push((path.display().to_string(), Some(bytes))),
                Err(refusal) if refusal.missing => {}
                Err(refusal) => report.diagnostics.push(refusal.diagnostic(&path)),
            }
        }
        for (shown, bytes) in tables {
            let Some(bytes) = bytes else { continue };
            match load::text(&shown, &bytes) {
                Ok(text) => {
                    report.diagnostics.extend(table.merge(&shown, &text, foods));
                    report.sources.add(&shown, &text);
                }
                Err(diag) => report.diagnostics.push(diag),
            }
        }
        let mut recipes: Vec<Recipe> = Vec::new();
        let mut analyses: Vec<Analysis> = Vec::new();
        let mut seen: Vec<(String, String)> = Vec::new();
        for (path, bytes) in &files {
            let shown = path.display().to_string();
            let id = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            if let Some((_, first)) = seen.iter().find(|(other, _)| *other == id) {
                report.diagnostics.push(
                    Diagnostic::error(
                        &shown,
                        0,
                        0,
                        format!("recipe id `{id}` is used twice (also `{first}`)"),
                    )
                    .with_hint("a recipe's id is its file name; rename one of the two files"),
                );
                continue;
            }
            seen.push((id.clone(), shown.clone()));
            let text = match load::text(&shown, bytes) {
                Ok(text) => text,
                Err(diag) => {
                    report.diagnostics.push(diag);
                    continue;
                }
            };
            report.sources.add(&shown, &text);
            let recipe = match parse(&id, &shown, &text) {
                Ok(recipe) => recipe,
                Err(diags) => {
                    report.diagnostics.extend(diags);
                    continue;
                }
            };
            let spans = Spans::of(&text);
            let locate = |f: nutrition::Finding| {
                let (line, column) = spans.at(&f.at);
                Diagnostic {
                    severity: f.severity,
                    path: shown.clone(),
                    line,
                    column,
                    message: f.message,
                    hint: Some(f.hint),
                }
            };
            match nutrition::analyse(&recipe, &table, foods) {
                Ok(analysis) => {
                    report.diagnostics.extend(
                        nutrition::check(&recipe, &analysis, &table)
                            .into_iter()
                            .map(locate),
                    );
                    recipes.push(recipe);
                    analyses.push(analysis);
                }
                Err(findings) => report.diagnostics.extend(findings.into_iter().map(locate)),
            }
        }
        if files.is_empty() {
            let place = match source {
                RecipeSource::Bundled => "the bundled library".to_owned(),
                RecipeSource::Dir(dir) | RecipeSource::Layered(dir) => {
                    format!("`{}`", dir.display())
                }
            };
            report.diagnostics.push(
                Diagnostic::error(
                    place.trim_matches('`'),
                    0,
                    0,
                    format!("no recipes found in {place}"),
                )
                .with_hint("a recipes folder holds one `NAME.yaml` file per recipe"),
            );
        }
        if report.has_errors() {
            return Err(Error::Input(report));
        }
        let mut pairs: Vec<(Recipe, Analysis)> = recipes.into_iter().zip(analyses).collect();
        pairs.sort_by(|a, b| a.0.id.cmp(&b.0.id));
        let (recipes, analyses) = pairs.into_iter().unzip();
        report
            .diagnostics
            .retain(|d| d.severity == Severity::Warning);
        Ok(Checked {
            value: Self {
                recipes,
                analyses,
                table,
            },
            warnings: report,
        })
    }

    /// Builds a catalogue from recipes already checked against `table`, with their analyses.
    pub fn from_checked(pairs: Vec<(Recipe, Analysis)>, table: Table) -> Self {
        let mut pairs = pairs;
        pairs.sort_by(|a, b| a.0.id.cmp(&b.0.id));
        let (recipes, analyses) = pairs.into_iter().unzip();
        Self {
            recipes,
            analyses,
            table,
        }
    }

    /// Returns a catalogue of the recipes that pass a filter, with the same ingredient table.
    pub fn subset(&self, keep: impl Fn(&Recipe) -> bool) -> Self {
        let pairs = self
            .recipes
            .iter()
            .zip(&self.analyses)
            .filter(|(r, _)| keep(r))
            .map(|(r, a)| (r.clone(), a.clone()))
            .collect();
        Self::from_checked(pairs, self.table.clone())
    }

    /// Returns every recipe, sorted by id.
    pub fn recipes(&self) -> &[Recipe] {
        &self.recipes
    }

    /// Finds a recipe by id.
    pub fn get(&self, id: &str) -> Option<&Recipe> {
        self.index(id).map(|i| &self.recipes[i])
    }

    /// Returns what a recipe's ingredients add up to.
    pub fn analysis(&self, id: &str) -> Option<&Analysis> {
        self.index(id).map(|i| &self.analyses[i])
    }

    /// Returns the ingredient table the recipes were checked against.
    pub fn table(&self) -> &Table {
        &self.table
    }

    fn index(&self, id: &str) -> Option<usize> {
        self.recipes
            .binary_search_by(|r| r.id.as_str().cmp(id))
            .ok()
    }
}

/// Parses one recipe file and checks what the types alone cannot.
pub fn parse(id: &str, path: &str, text: &str) -> Result<Recipe, Vec<Diagnostic>> {
    let mut recipe: Recipe = load::yaml(path, text).map_err(|d| vec![d])?;
    recipe.id = id.to_owned();
    let mut problems = Vec::new();
    // Every position below is where the value is written, found by its path in the file.
    let spans = Spans::of(text);
    let mut at = |key: &str, message: String, hint: &str| {
        let (line, column) = spans.key_or_at(key);
        problems.push(Diagnostic::error(path, line, column, message).with_hint(hint));
    };
    if recipe.title.trim().is_empty() {
        at(
            "title",
            "the title is empty".into(),
            "give the recipe a short name, e.g. `title: Lentil soup`",
        );
    }
    if recipe.meals.is_empty() {
        at(
            "meals",
            "`meals` is empty".into(),
            "list at least one of breakfast, lunch, dinner, snack",
        );
    }
    if recipe.ingredients.is_empty() {
        at(
            "ingredients",
            "the recipe has no ingredients".into(),
            "add at least one `- { item: ..., qty: ..., unit: ... }`",
        );
    }
    if recipe.steps.iter().all(|s| s.trim().is_empty()) {
        at(
            "steps",
            "the recipe has no steps".into(),
            "add at least one step as `- Do this.`",
        );
    }
    if recipe.tags.polyphenol == Some(Polyphenol::Rich) && recipe.polyphenol_from.is_empty() {
        at(
            "tags.polyphenol",
            "`polyphenol: rich` needs `polyphenol-from`".into(),
            "name the ingredients that earn the tag, e.g. `polyphenol-from: [blueberries]`",
        );
    }
    for (i, name) in recipe.polyphenol_from.iter().enumerate() {
        if !recipe.ingredients.iter().any(|l| l.item == *name) {
            let items = recipe.ingredients.iter().map(|i| i.item.as_str());
            let hint = match crate::diag::did_you_mean(name, items) {
                Some(near) => {
                    format!("did you mean `{near}`? name an item from the ingredient list")
                }
                None => "name an item from the ingredient list".to_owned(),
            };
            at(
                &format!("polyphenol-from[{i}]"),
                format!("`polyphenol-from` names `{name}`, which is not an ingredient"),
                &hint,
            );
        }
    }
    // Every printed field: no control characters, only what a font can print.
    let mut printed: Vec<(String, &str)> = vec![("title".into(), recipe.title.as_str())];
    printed.extend(
        recipe
            .steps
            .iter()
            .enumerate()
            .map(|(i, s)| (format!("steps[{i}]"), s.as_str())),
    );
    printed.extend(recipe.why.as_deref().map(|w| ("why".to_owned(), w)));
    printed.extend(recipe.storage.as_deref().map(|w| ("storage".to_owned(), w)));
    printed.extend(
        recipe
            .safety_tip
            .as_deref()
            .map(|w| ("safety-tip".to_owned(), w)),
    );
    for (i, ingredient) in recipe.ingredients.iter().enumerate() {
        printed.push((format!("ingredients[{i}].item"), ingredient.item.as_str()));
        printed.extend(
            ingredient
                .note
                .as_deref()
                .map(|n| (format!("ingredients[{i}].note"), n)),
        );
    }
    if let Some(own) = &recipe.en_us {
        // The US words are printed too, and speak of this recipe's own ingredients and steps.
        printed.extend(own.title.as_deref().map(|t| ("en-US.title".to_owned(), t)));
        printed.extend(own.why.as_deref().map(|t| ("en-US.why".to_owned(), t)));
        printed.extend(
            own.storage
                .as_deref()
                .map(|t| ("en-US.storage".to_owned(), t)),
        );
        for (i, step) in own.steps.iter().flatten().enumerate() {
            printed.push((format!("en-US.steps[{i}]"), step.as_str()));
        }
        for (name, shown) in &own.ingredients {
            printed.push((format!("en-US.ingredients.{name}"), shown.as_str()));
            if !recipe.ingredients.iter().any(|l| l.item == *name) {
                at(
                    &format!("en-US.ingredients.{name}"),
                    format!("`en-US` renames `{name}`, which is not an ingredient"),
                    "name an item from the ingredient list, e.g. `ingredients: { courgette: zucchini }`",
                );
            }
        }
        if let Some(steps) = &own.steps
            && steps.len() != recipe.steps.len()
        {
            at(
                "en-US.steps",
                format!(
                    "`en-US` gives {} steps for a recipe of {}",
                    steps.len(),
                    recipe.steps.len()
                ),
                "give every step, in order, or leave `steps` out to respell the recipe's own",
            );
        }
    }
    for (field, value) in printed {
        if let Some(problem) = crate::check::printed::check(value, false, false) {
            let (line, column) = spans.at(&field);
            let (message, hint) = problem.explain(&format!("`{field}`"));
            problems.push(Diagnostic::error(path, line, column, message).with_hint(hint));
        }
    }
    if problems.is_empty() {
        Ok(recipe)
    } else {
        Err(problems)
    }
}

fn is_recipe_file(path: &Path) -> bool {
    let yaml = path.extension().is_some_and(|e| e == "yaml" || e == "yml");
    let reserved = path
        .file_stem()
        .is_some_and(|s| RESERVED.iter().any(|r| s == *r));
    yaml && !reserved
}

/// The most recipe files a folder may hold (each up to 1 MiB).
const MAX_RECIPE_FILES: usize = 5000;

/// How a file of a recipes folder is opened: inside the folder, a regular file, 1 MiB at most.
fn recipe_input<'a>(dir: &'a Path, what: &'a str) -> crate::load::input::Input<'a> {
    crate::load::input::Input {
        what,
        folder: Some((dir, "recipes folder")),
        max: crate::load::input::MAX_TEXT_BYTES,
    }
}

/// Reads every recipe file of a folder, sorted by name. A link that leads out of the folder, a
/// FIFO or a device named like a recipe, and a file over the size limit are refused.
fn read_dir(dir: &Path) -> Result<Vec<(PathBuf, Vec<u8>)>, Error> {
    let entries = std::fs::read_dir(dir)
        .with_context(|| format!("failed to read recipes folder `{}`", dir.display()))?;
    let mut paths = Vec::new();
    for entry in entries {
        let entry =
            entry.with_context(|| format!("failed to read recipes folder `{}`", dir.display()))?;
        let path = entry.path();
        if !path.is_dir() && is_recipe_file(&path) {
            paths.push(path);
        }
    }
    paths.sort();
    if paths.len() > MAX_RECIPE_FILES {
        return Err(Error::Input(Report {
            diagnostics: vec![
                Diagnostic::error(
                    dir.display().to_string(),
                    0,
                    0,
                    format!(
                        "the recipes folder holds {} recipe files, more than the {MAX_RECIPE_FILES} allowed",
                        paths.len()
                    ),
                )
                .with_hint("check you chose the right folder; a library of a few hundred recipes is large"),
            ],
            ..Report::default()
        }));
    }
    let mut report = Report::default();
    let mut files = Vec::with_capacity(paths.len());
    for path in paths {
        match recipe_input(dir, "recipe").read(&path) {
            Ok(bytes) => files.push((path, bytes)),
            Err(refusal) => report.diagnostics.push(refusal.diagnostic(&path)),
        }
    }
    if report.has_errors() {
        return Err(Error::Input(report));
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "title: Toast\nmeals: [breakfast]\nserves: 1\ntime: { prep: 5 }\ndiet: vegan\n\
        ingredients:\n  - { item: bread, qty: 1, unit: slice }\nsteps:\n  - Toast it.\n";

    #[test]
    fn a_good_recipe_parses() {
        let recipe = parse("toast", "toast.yaml", GOOD).unwrap();
        assert_eq!(recipe.id, "toast");
        assert_eq!(recipe.ingredients[0].amount(), "1 slice");
    }

    #[test]
    fn an_unknown_unit_is_located_with_a_hint() {
        let text = GOOD.replace("unit: slice", "unit: tbs");
        let diags = parse("toast", "toast.yaml", &text).unwrap_err();
        assert_eq!(diags[0].line, 7);
        assert!(
            diags[0]
                .message
                .contains("unknown unit `tbs` (did you mean `tbsp`?)"),
            "{:?}",
            diags[0]
        );
        assert!(diags[0].hint.as_deref().unwrap_or("").contains("tsp"));
    }

    #[test]
    fn polyphenol_sources_must_be_ingredients() {
        let text = format!("{GOOD}tags: {{ polyphenol: rich }}\npolyphenol-from: [bred]\n");
        let diags = parse("toast", "toast.yaml", &text).unwrap_err();
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].line, 11);
        assert!(
            diags[0]
                .hint
                .as_deref()
                .unwrap_or("")
                .contains("did you mean `bread`")
        );
    }

    #[test]
    fn the_bundled_library_loads_cleanly() {
        let catalog = Catalog::load(&RecipeSource::Bundled).unwrap().value;
        assert!(catalog.recipes().len() >= 12);
    }
}
