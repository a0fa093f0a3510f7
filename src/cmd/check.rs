//! `gutjoint check`: validates the recipes and the ingredient table, reporting every problem.

use super::Done;
use crate::cli::CheckArgs;
use gutjoint::check::nutrients::Nutrient;
use gutjoint::diag::Diagnostic;
use gutjoint::error::Error;
use gutjoint::session::Session;

/// Loads and checks the recipes and the ingredient table; returns a one-line summary.
pub fn run(args: &CheckArgs) -> Result<Done, Error> {
    let inputs = super::inputs(args.recipes.recipes.as_deref(), None, None);
    let session = Session::load_recipes(&inputs).map_err(|err| match err {
        Error::Input(mut report) => {
            if let Some(summary) = unknown_summary(&report.diagnostics) {
                report.diagnostics.push(summary);
            }
            Error::Input(report)
        }
        other => other,
    })?;
    let catalog = &session.catalog;
    let warnings = session.recipe_warnings.diagnostics.len();
    let mut output = format!(
        "checked {} recipes and {} ingredients: no errors{}",
        catalog.recipes().len(),
        catalog.table().len(),
        match warnings {
            0 => String::new(),
            1 => ", 1 warning".to_owned(),
            n => format!(", {n} warnings"),
        }
    );
    if args.nutrients {
        for recipe in catalog.recipes() {
            let Some(a) = catalog.analysis(&recipe.id) else {
                continue;
            };
            let n = &a.nutrients;
            let shown: Vec<String> = Nutrient::ALL
                .iter()
                .map(|&k| format!("{} {}", k.label().to_lowercase(), n.show(k)))
                .collect();
            output.push_str(&format!(
                "\n{} (per serving): {}",
                recipe.id,
                shown.join(", ")
            ));
        }
    }
    Ok(Done {
        output,
        warnings: session.recipe_warnings,
    })
}

/// One line naming each ingredient the table lacks once, with the number of recipes that use it,
/// so a folder of imports shows what to add to the table.
fn unknown_summary(diagnostics: &[Diagnostic]) -> Option<Diagnostic> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for d in diagnostics {
        let Some(name) = d
            .message
            .split_once(": ingredient `")
            .and_then(|(_, rest)| rest.strip_suffix("` is not in the ingredient table"))
        else {
            continue;
        };
        match counts.iter_mut().find(|(n, _)| n == name) {
            Some((_, count)) => *count += 1,
            None => counts.push((name.to_owned(), 1)),
        }
    }
    if counts.is_empty() {
        return None;
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let list: Vec<String> = counts
        .iter()
        .map(|(name, n)| {
            format!(
                "{name} ({n} {})",
                if *n == 1 { "recipe" } else { "recipes" }
            )
        })
        .collect();
    let mut summary = Diagnostic::error(
        "ingredients.yaml",
        0,
        0,
        format!(
            "{} ingredients are not in the ingredient table: {}",
            counts.len(),
            list.join(", ")
        ),
    )
    .with_hint(
        "add each once to ingredients.yaml; `gutjoint foods search WORDS` finds its USDA number",
    );
    summary.severity = gutjoint::diag::Severity::Warning;
    Some(summary)
}
