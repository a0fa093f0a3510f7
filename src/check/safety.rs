//! Food-safety checks of a recipe: live cultures that its method would kill, and risks for
//! pregnant, immune-suppressed or frail patients that it does not say how to avoid.

use crate::check::nutrition::{Analysis, Finding};
use crate::load::ingredients::Table;
use crate::recipe::{Fermented, Recipe};

use crate::diag::Severity;

/// Words that say a step heats the food. Matched at the start of a word, so `heat` also finds
/// `heated` and `reheat` is listed on its own.
const HEAT_WORDS: &[&str] = &[
    "boil",
    "simmer",
    "fry",
    "fried",
    "bake",
    "roast",
    "grill",
    "toast",
    "heat",
    "reheat",
    "cook",
    "microwave",
    "warm",
    "hot",
    "steam",
    "poach",
    "saute",
    "sauté",
    "sear",
    "scramble",
];

/// Words that say a step cools what an earlier step heated.
const COOL_WORDS: &[&str] = &["cool", "chill", "cold", "fridge", "room temperature"];

/// Words that say a live ferment is kept apart from hot food, or added to food that is cold or
/// no warmer than a hand.
const APART_WORDS: &[&str] = &[
    "on the side",
    "in a separate",
    "side bowl",
    "hand-warm",
    "hand warm",
    "chilled",
    "fully cooled",
    "cooled completely",
    "cold",
];

/// Whether a step's text heats the food, looking only at words outside `ignore`.
fn heats(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .any(|w| {
            // "hand-warm" and "heat-proof" say nothing about heating the dish.
            w != "hand-warm" && !w.ends_with("proof") && HEAT_WORDS.iter().any(|h| w.starts_with(h))
        })
}

/// The words a step may use for an ingredient: its whole name, and its last word
/// (`vegan kimchi` is "the kimchi" in the method).
fn names_for(item: &str) -> Vec<String> {
    let lower = item.to_lowercase();
    let mut out = vec![lower.clone()];
    if let Some(last) = lower.split_whitespace().last()
        && last != lower
    {
        out.push(last.to_owned());
    }
    out
}

/// Checks a recipe's food safety: every finding names the step or the ingredient to change.
pub fn check(recipe: &Recipe, analysis: &Analysis, table: &Table) -> Vec<Finding> {
    let mut out = Vec::new();
    let id = &recipe.id;
    if recipe.tags.fermented == Some(Fermented::Live) {
        let live: Vec<&str> = recipe
            .ingredients
            .iter()
            .filter(|i| {
                table
                    .get(&i.item)
                    .is_some_and(|e| e.fermented == Some(Fermented::Live))
            })
            .map(|i| i.item.as_str())
            .collect();
        if let Some(finding) = live_heat(recipe, &live) {
            out.push(finding);
        }
    }
    if let Some((risk, item)) = analysis.unsafe_for_vulnerable()
        && recipe.safety_tip.is_none()
    {
        out.push(Finding {
            severity: Severity::Warning,
            at: crate::check::nutrition::item_path(recipe, item),
            message: format!(
                "recipe `{id}` holds {} (`{item}`), which is not safe for someone pregnant or with a weak immune system, and its page does not say how to make it safe",
                risk.describe()
            ),
            hint: format!(
                "add a `safety-tip:` saying how to make it safe, or `cooked-through: [{}]` if the method already cooks it until steaming hot",
                risk.name()
            ),
        });
    }
    out
}

/// Whether a step cools the food: lets it cool, chills it, or serves it cold.
fn cools(text: &str) -> bool {
    let lower = text.to_lowercase();
    COOL_WORDS.iter().any(|w| lower.contains(w))
}

/// Finds the step where a live ferment meets the dish (the last step that names it), and says if
/// the method heats it there or later, or puts it on food an earlier step heated and no step
/// since has cooled, without keeping it apart.
fn live_heat(recipe: &Recipe, live: &[&str]) -> Option<Finding> {
    let id = &recipe.id;
    for item in live {
        let names = names_for(item);
        let Some((at, step)) = recipe.steps.iter().enumerate().rev().find(|(_, s)| {
            let lower = s.to_lowercase();
            names.iter().any(|n| lower.contains(n.as_str()))
        }) else {
            continue;
        };
        let lower = step.to_lowercase();
        let mention = names
            .iter()
            .filter_map(|n| lower.rfind(n.as_str()))
            .max()
            .unwrap_or(0);
        let apart = APART_WORDS.iter().any(|w| lower.contains(w));
        let heated_before = recipe.steps[..at]
            .iter()
            .rposition(|s| heats(s))
            .is_some_and(|last| !recipe.steps[last..at].iter().any(|s| cools(s)));
        let heated_here = heats(&lower[mention..]);
        let heated_after = recipe.steps[at + 1..].iter().position(|s| heats(s));
        let problem = if let Some(later) = heated_after {
            Some(format!(
                "step {} heats the dish after the live `{item}` goes in at step {}",
                at + later + 2,
                at + 1
            ))
        } else if heated_here && !apart {
            Some(format!(
                "step {} heats the live `{item}` or puts it on hot food",
                at + 1
            ))
        } else if heated_before && !apart {
            Some(format!(
                "step {} adds the live `{item}` to food an earlier step heated",
                at + 1
            ))
        } else {
            None
        };
        if let Some(problem) = problem {
            return Some(Finding {
                severity: Severity::Error,
                at: format!("steps[{at}]"),
                message: format!(
                    "recipe `{id}` is tagged `fermented: live`, but {problem}, which kills its cultures"
                ),
                hint: "serve the ferment on the side or stir it into each bowl once the food is hand-warm, and say so in the step; or tag the recipe `fermented: cooked`".to_owned(),
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heat_words_are_found_at_word_starts() {
        assert!(heats("Simmer for 5 minutes."));
        assert!(heats("Reheat until steaming."));
        assert!(heats("Top the hot oats with it."));
        assert!(!heats("Stir in the wheat flakes."));
        assert!(!heats("Stir it into each bowl once hand-warm."));
        assert!(!heats("Use a heat-proof jug."));
    }

    #[test]
    fn names_include_the_last_word() {
        assert_eq!(names_for("vegan kimchi"), vec!["vegan kimchi", "kimchi"]);
        assert_eq!(names_for("kefir"), vec!["kefir"]);
    }
}
