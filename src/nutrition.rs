//! What each tag means, per serving: the thresholds live here, once, and the handout prints them.
//!
//! The numbers follow food-labelling claims (see CONTENT.md, "Tag rules"): EU "source of fibre"
//! is 3 g and "high fibre" 6 g per 100 g, which we apply per serving; omega-3 follows the EU
//! "source" and "high" claims for ALA and EPA+DHA, also per serving.

use serde::Serialize;

use crate::recipe::{Fermented, Level, Tags};

/// Grams of fibre per serving for "source of fibre".
pub const FIBER_SOURCE_G: f64 = 3.0;
/// Grams of fibre per serving for "high fibre".
pub const FIBER_HIGH_G: f64 = 6.0;
/// Grams of ALA per serving for "source of omega-3".
pub const OMEGA3_SOURCE_ALA_G: f64 = 0.3;
/// Grams of ALA per serving for "high in omega-3".
pub const OMEGA3_HIGH_ALA_G: f64 = 0.6;
/// Milligrams of EPA+DHA per serving for "source of omega-3".
pub const OMEGA3_SOURCE_EPA_DHA_MG: f64 = 40.0;
/// Milligrams of EPA+DHA per serving for "high in omega-3".
pub const OMEGA3_HIGH_EPA_DHA_MG: f64 = 80.0;

/// A tag as printed: a letter that survives a black-and-white printer, and a word or two.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Badge {
    /// The pillar: `fiber`, `polyphenol`, `fermented` or `omega3`.
    pub pillar: &'static str,
    /// One capital letter for the pillar.
    pub letter: &'static str,
    /// The short label: "High fibre".
    pub label: &'static str,
}

/// One line of the printed key to the tags.
#[derive(Debug, Clone, Serialize)]
pub struct TagRule {
    /// The badge the rule earns.
    pub badge: Badge,
    /// What it takes, in plain words.
    pub rule: String,
}

const FIBER: (&str, &str) = ("fiber", "F");
const POLYPHENOL: (&str, &str) = ("polyphenol", "P");
const LIVE: (&str, &str) = ("fermented", "L");
const COOKED: (&str, &str) = ("fermented", "C");
const OMEGA3: (&str, &str) = ("omega3", "O");

fn badge((pillar, letter): (&'static str, &'static str), label: &'static str) -> Badge {
    Badge {
        pillar,
        letter,
        label,
    }
}

/// Returns the badges a recipe's tags earn, in pillar order.
pub fn badges(tags: &Tags) -> Vec<Badge> {
    let mut out = Vec::new();
    match tags.fiber {
        Some(Level::High) => out.push(badge(FIBER, "High fibre")),
        Some(Level::Source) => out.push(badge(FIBER, "Fibre")),
        None => {}
    }
    if tags.polyphenol.is_some() {
        out.push(badge(POLYPHENOL, "Polyphenols"));
    }
    match tags.fermented {
        Some(Fermented::Live) => out.push(badge(LIVE, "Live cultures")),
        Some(Fermented::Cooked) => out.push(badge(COOKED, "Cooked ferment")),
        None => {}
    }
    match tags.omega3 {
        Some(Level::High) => out.push(badge(OMEGA3, "High omega-3")),
        Some(Level::Source) => out.push(badge(OMEGA3, "Omega-3")),
        None => {}
    }
    out
}

/// Returns the key to every tag, with the threshold behind it, for printing.
pub fn rules() -> Vec<TagRule> {
    let rule = |b: Badge, text: String| TagRule {
        badge: b,
        rule: text,
    };
    vec![
        rule(badge(FIBER, "Fibre"), format!("at least {FIBER_SOURCE_G} g of fibre per serving")),
        rule(badge(FIBER, "High fibre"), format!("at least {FIBER_HIGH_G} g of fibre per serving")),
        rule(
            badge(POLYPHENOL, "Polyphenols"),
            "a serving holds a polyphenol-rich food in a real amount: berries (75 g or more), extra virgin olive oil (10 ml or more), cocoa (10 g or more), a cup of green tea, deeply coloured vegetables (80 g or more), or herbs and spices; the recipe names which".to_owned(),
        ),
        rule(badge(LIVE, "Live cultures"), "a fermented food that is not heated, so its live cultures reach you".to_owned()),
        rule(badge(COOKED, "Cooked ferment"), "a fermented food that is heated: it adds flavour, but its cultures are no longer alive".to_owned()),
        rule(
            badge(OMEGA3, "Omega-3"),
            format!("at least {OMEGA3_SOURCE_ALA_G} g of plant omega-3 (ALA) or {OMEGA3_SOURCE_EPA_DHA_MG} mg of fish omega-3 (EPA and DHA) per serving"),
        ),
        rule(
            badge(OMEGA3, "High omega-3"),
            format!("at least {OMEGA3_HIGH_ALA_G} g of ALA or {OMEGA3_HIGH_EPA_DHA_MG} mg of EPA and DHA per serving"),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recipe::Polyphenol;

    #[test]
    fn every_badge_a_recipe_can_earn_is_explained() {
        let tags = [
            Tags {
                fiber: Some(Level::High),
                polyphenol: Some(Polyphenol::Rich),
                fermented: Some(Fermented::Live),
                omega3: Some(Level::High),
            },
            Tags {
                fiber: Some(Level::Source),
                polyphenol: None,
                fermented: Some(Fermented::Cooked),
                omega3: Some(Level::Source),
            },
        ];
        let explained: Vec<Badge> = rules().into_iter().map(|r| r.badge).collect();
        for tag in &tags {
            for b in badges(tag) {
                assert!(explained.contains(&b), "{b:?} has no rule");
            }
        }
    }
}
