//! Which recipes a book or a set of cards prints: the ids asked for, tags and meals, and what the
//! patient's profile allows.

use crate::diag::{Diagnostic, did_you_mean};
use crate::error::{Error, Report};
use crate::load::catalog::Catalog;
use crate::load::profile::Profile;
use crate::recipe::{Meal, TagFilter};

/// The filters of a book or cards (`--recipes-only`, `--tag`, `--meal`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// Only these recipe ids, when not empty.
    pub recipes_only: Vec<String>,
    /// Only recipes with every one of these tags.
    pub tags: Vec<TagFilter>,
    /// Only recipes for one of these meals, when not empty.
    pub meals: Vec<Meal>,
}

/// Says whether a layout prints a selection of the library (the book, the cards, a clinic's own
/// layouts) rather than only the planned week (the handout and the fridge sheet).
pub fn needs_library(layout: &str) -> bool {
    !matches!(layout, "handout" | "week")
}

/// Refuses a `--recipes-only` id that is no recipe: a mistake on the command line (exit code 2).
pub fn check_ids(catalog: &Catalog, filters: &Filters) -> Result<(), Error> {
    for id in &filters.recipes_only {
        if catalog.get(id).is_none() {
            let near = did_you_mean(id, catalog.recipes().iter().map(|r| r.id.as_str()));
            return Err(Error::Usage(Report {
                diagnostics: vec![
                    Diagnostic::error(
                        "",
                        0,
                        0,
                        format!("--recipes-only names `{id}`, which is not a recipe here"),
                    )
                    .with_hint(near.map_or_else(
                        || "`gutjoint recipes` lists the recipe ids".to_owned(),
                        |n| format!("did you mean `{n}`?"),
                    )),
                ],
                ..Report::default()
            }));
        }
    }
    Ok(())
}

/// Chooses the recipes for a book or cards: the filters, and the profile's exclusions when there
/// is a profile. Returns the ids and the choice in words.
pub fn select(
    catalog: &Catalog,
    filters: &Filters,
    profile: Option<&Profile>,
) -> Result<(Vec<String>, Option<String>), Error> {
    let report = |message: String, hint: String| Report {
        diagnostics: vec![Diagnostic::error("", 0, 0, message).with_hint(hint)],
        ..Report::default()
    };
    let refuse = |message, hint| Error::Input(report(message, hint));
    check_ids(catalog, filters)?;
    let mut words: Vec<String> = Vec::new();
    if !filters.recipes_only.is_empty() {
        words.push(format!("{} chosen recipes", filters.recipes_only.len()));
    }
    words.extend(
        filters
            .meals
            .iter()
            .map(|m| crate::contract::meal_name(*m).to_lowercase()),
    );
    words.extend(filters.tags.iter().map(|t| t.words().to_owned()));
    if let Some(p) = profile {
        words.push(match &p.name {
            Some(name) => format!("suited to {name}"),
            None => "suited to the profile".to_owned(),
        });
    }
    let ids: Vec<String> = catalog
        .recipes()
        .iter()
        .filter(|r| filters.recipes_only.is_empty() || filters.recipes_only.contains(&r.id))
        .filter(|r| filters.meals.is_empty() || r.meals.iter().any(|m| filters.meals.contains(m)))
        .filter(|r| filters.tags.iter().all(|t| t.matches(&r.tags)))
        .filter(|r| {
            profile.is_none_or(|p| {
                catalog
                    .analysis(&r.id)
                    .is_some_and(|a| super::excluded_by(r, a, p).is_none())
            })
        })
        .map(|r| r.id.clone())
        .collect();
    if ids.is_empty() {
        return Err(refuse(
            "no recipe passes the filters".to_owned(),
            "drop a `--tag` or `--meal`, or check the profile's exclusions".to_owned(),
        ));
    }
    let filter = (!words.is_empty()).then(|| {
        let mut text = words.join(", ");
        if let Some(first) = text.get(..1) {
            text = first.to_uppercase() + text.get(1..).unwrap_or_default();
        }
        text
    });
    Ok((ids, filter))
}
