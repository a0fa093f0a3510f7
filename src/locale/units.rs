//! Amounts in the locale's measures. Metric locales print the recipe's own units; US customary
//! ones print what a US recipe writes: cups for what is measured by the cup (by the food's own
//! grams per cup from the ingredient table, never a flat 240 ml), spoons for small amounts,
//! ounces and pounds with the grams beside them for what a cook weighs, and oven temperatures in
//! °F with °C beside them. Kept apart from the shopping list's packs, which are bought, not
//! measured.

use std::sync::OnceLock;

use super::{Arg, Locale, Measures};
use crate::load::ingredients::{Aisle, Entry};
use crate::recipe::{Quantity, Unit};

/// Millilitres in a US cup.
pub const CUP_ML: f64 = 236.588;
/// Millilitres in a US tablespoon.
pub const TBSP_ML: f64 = 14.787;
/// Millilitres in a US teaspoon.
pub const TSP_ML: f64 = 4.929;
/// Grams in an ounce.
pub const OZ_G: f64 = 28.3495;
/// Millilitres in a US fluid ounce.
pub const FL_OZ_ML: f64 = 29.5735;

/// Writes a number in steps of `step` (a half or a quarter) as a cook reads it, with the
/// fraction glyphs the metric amounts use: "1¼", "½".
fn fraction(value: f64, step: f64) -> String {
    let steps = (value / step).round().max(1.0);
    let value = steps * step;
    let whole = value.trunc();
    let part = value - whole;
    let glyph = if (part - 0.25).abs() < 1e-6 {
        "¼"
    } else if (part - 0.5).abs() < 1e-6 {
        "½"
    } else if (part - 0.75).abs() < 1e-6 {
        "¾"
    } else {
        ""
    };
    match (whole as u64, glyph) {
        (0, g) => g.to_owned(),
        (w, "") => w.to_string(),
        (w, g) => format!("{w}{g}"),
    }
}

/// The value a printed fraction stands for, which chooses the plural.
fn stepped(value: f64, step: f64) -> f64 {
    (value / step).round().max(1.0) * step
}

fn unit(locale: &Locale, key: &str, value: f64, step: f64) -> String {
    locale.args(
        key,
        &[
            ("amount", Arg::Text(fraction(value, step))),
            // A fraction of one reads as one: "1/2 cup", "3/4 cup".
            ("n", Arg::Number(stepped(value, step).max(1.0))),
        ],
    )
}

/// The grams a metric amount is written beside: "400 g", "1.2 kg".
fn metric_grams(grams: f64) -> String {
    if grams >= 1000.0 {
        format!("{} kg", trim((grams / 100.0).round() / 10.0))
    } else if grams >= 100.0 {
        format!("{} g", trim((grams / 10.0).round() * 10.0))
    } else {
        format!("{} g", trim(((grams / 5.0).round() * 5.0).max(5.0)))
    }
}

fn metric_ml(ml: f64) -> String {
    if ml >= 1000.0 {
        format!("{} l", trim((ml / 100.0).round() / 10.0))
    } else {
        format!("{} ml", trim(((ml / 5.0).round() * 5.0).max(5.0)))
    }
}

fn trim(v: f64) -> String {
    let s = format!("{v:.1}");
    s.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// A weight in ounces (to the 1/2 below 4 oz, whole above) or pounds (to the 1/4 above 1 lb).
fn weight(locale: &Locale, grams: f64) -> String {
    let oz = grams / OZ_G;
    if oz >= 15.5 {
        unit(locale, "unit-lb", oz / 16.0, 0.25)
    } else if oz < 4.0 {
        unit(locale, "unit-oz", oz, 0.5)
    } else {
        unit(locale, "unit-oz", oz, 1.0)
    }
}

/// What one pack holds, in the locale's measures, to the nearest step (a label states its size;
/// it is not an amount to round up): "7 oz", "34 fl oz". `None` in a metric locale or for a count.
pub fn pack_size(locale: &Locale, size: f64, unit_of: Unit) -> Option<String> {
    if locale.measures == Measures::Metric {
        return None;
    }
    match unit_of {
        Unit::Gram => Some(weight(locale, size)),
        Unit::Millilitre => Some(unit(
            locale,
            "unit-fl-oz",
            (size / FL_OZ_ML).round().max(1.0),
            1.0,
        )),
        _ => None,
    }
}

/// A volume in cups (to the 1/4 from a quarter cup), else tablespoons (to the 1/2 from one),
/// else teaspoons (to the 1/2; a quarter below that).
fn volume(locale: &Locale, ml: f64) -> String {
    if ml >= CUP_ML / 4.0 - 5.0 {
        unit(locale, "unit-cup", ml / CUP_ML, 0.25)
    } else if ml >= TBSP_ML - 1.0 {
        unit(locale, "unit-tbsp", ml / TBSP_ML, 0.5)
    } else if ml >= TSP_ML / 2.0 {
        unit(locale, "unit-tsp", ml / TSP_ML, 0.5)
    } else {
        unit(locale, "unit-tsp", ml / TSP_ML, 0.25)
    }
}

/// Says whether a cook weighs this food rather than measuring it by the cup: meat, fish, cheese,
/// tofu and whatever the table gives no grams per cup.
fn weighed(entry: Option<&Entry>) -> Option<f64> {
    let entry = entry?;
    if entry.aisle == Aisle::FishAndMeat {
        return None;
    }
    entry.cup
}

/// Writes one ingredient amount (an exact value in the recipe's unit) in the locale's measures.
pub fn amount(locale: &Locale, value: f64, unit_of: Unit, entry: Option<&Entry>) -> String {
    if locale.measures == Measures::Metric {
        return unit_of.display(Quantity::Exact(value));
    }
    match unit_of {
        Unit::Gram | Unit::Kilogram => {
            let grams = value * unit_of.size();
            match weighed(entry) {
                // Measured by the cup: its own grams per cup, from USDA.
                Some(per_cup) if grams / per_cup >= 0.25 - 0.06 => {
                    volume(locale, grams / per_cup * CUP_ML)
                }
                Some(per_cup) if grams >= 3.0 => volume(locale, grams / per_cup * CUP_ML),
                _ => format!("{} ({})", weight(locale, grams), metric_grams(grams)),
            }
        }
        Unit::Millilitre | Unit::Litre => {
            let ml = value * unit_of.size();
            volume(locale, ml)
        }
        _ => unit_of.display(Quantity::Exact(value)),
    }
}

/// Writes a shopping-list amount (what to buy, in `g`, `ml` or spoons) in the locale's measures:
/// pounds and ounces, fluid ounces, with the metric amount in brackets. `None` for an amount the
/// metric label already says well (spoons, counts, cans), or in a metric locale.
pub fn shopping(locale: &Locale, buy: f64, unit_of: Option<Unit>) -> Option<String> {
    if locale.measures == Measures::Metric {
        return None;
    }
    match unit_of? {
        Unit::Gram => {
            let oz = buy / OZ_G;
            // A shop sells by the pound or the ounce: round up, never short.
            let text = if oz > 15.0 + 1e-9 {
                let lb = ((oz / 16.0 - 1e-9) / 0.25).ceil() * 0.25;
                unit(locale, "unit-lb", lb, 0.25)
            } else {
                let oz = ((oz - 1e-9) / 0.5).ceil().max(1.0) * 0.5;
                unit(locale, "unit-oz", oz, if oz < 4.0 { 0.5 } else { 1.0 })
            };
            Some(format!("{text} ({})", metric_grams(buy)))
        }
        // Small amounts are bought by the spoon, as the metric label already says.
        Unit::Millilitre if buy < 60.0 => None,
        Unit::Millilitre => {
            let fl_oz = ((buy / FL_OZ_ML) - 1e-9).ceil().max(1.0);
            Some(format!(
                "{} ({})",
                unit(locale, "unit-fl-oz", fl_oz, 1.0),
                metric_ml(buy)
            ))
        }
        _ => None,
    }
}

/// An approximate weight for the shopping list's counted items: "about 450 g", "about 1 lb".
pub fn approx(locale: &Locale, grams: f64) -> String {
    let amount = match locale.measures {
        Measures::Metric => format!("{} g", trim((grams / 10.0).round().max(1.0) * 10.0)),
        Measures::UsCustomary => weight(locale, grams),
    };
    locale.args("about", &[("amount", Arg::Text(amount))])
}

/// The US convention for oven settings: °C to °F, to the nearest 25 °F.
pub fn fahrenheit(celsius: f64) -> f64 {
    ((celsius * 9.0 / 5.0 + 32.0) / 25.0).round() * 25.0
}

/// The gas mark nearest a conventional oven's °C.
pub fn gas_mark(celsius: f64) -> u32 {
    const MARKS: [(f64, u32); 9] = [
        (140.0, 1),
        (150.0, 2),
        (165.0, 3),
        (180.0, 4),
        (190.0, 5),
        (200.0, 6),
        (220.0, 7),
        (230.0, 8),
        (240.0, 9),
    ];
    MARKS
        .iter()
        .min_by(|a, b| (a.0 - celsius).abs().total_cmp(&(b.0 - celsius).abs()))
        .map_or(4, |m| m.1)
}

/// Rewrites the oven temperatures of recipe text ("200 C, 180 C fan or 400 F", "180 C") as the
/// locale writes them, from the °C the recipe gives (the °F it gives is worked out again, so a
/// slip in a recipe cannot print two different temperatures).
pub fn oven(locale: &Locale, text: &str) -> String {
    static PATTERN: OnceLock<regex::Regex> = OnceLock::new();
    let pattern = PATTERN.get_or_init(|| {
        regex::Regex::new(
            r"\b(\d{2,3}) ?°?C\b(?:,? (\d{2,3}) ?°?C fan)?(?:,? or (\d{2,3}) ?°?F\b)?",
        )
        .unwrap_or_else(|e| panic!("the oven pattern is a valid regex: {e}"))
    });
    pattern
        .replace_all(text, |caps: &regex::Captures<'_>| {
            let celsius: f64 = caps[1].parse().unwrap_or(0.0);
            let mut args = vec![
                ("c", Arg::Text(caps[1].to_owned())),
                ("f", Arg::Text(fahrenheit(celsius).to_string())),
                ("gas", Arg::Text(gas_mark(celsius).to_string())),
            ];
            match caps.get(2) {
                Some(fan) => {
                    args.push(("fan", Arg::Text(fan.as_str().to_owned())));
                    locale.args("oven-with-fan", &args)
                }
                None => locale.args("oven", &args),
            }
        })
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fractions_read_as_a_cook_measures() {
        assert_eq!(fraction(1.26, 0.25), "1¼");
        assert_eq!(fraction(0.49, 0.5), "½");
        assert_eq!(fraction(0.99, 0.25), "1");
        assert_eq!(fraction(14.1, 1.0), "14");
    }

    #[test]
    fn oven_settings() {
        assert_eq!(fahrenheit(180.0), 350.0);
        assert_eq!(fahrenheit(200.0), 400.0);
        assert_eq!(fahrenheit(220.0), 425.0);
        assert_eq!(gas_mark(200.0), 6);
        assert_eq!(gas_mark(180.0), 4);
        let us = super::super::get("en-US").unwrap();
        let gb = super::super::get("en-GB").unwrap();
        let step = "Heat the oven to 200 C, 180 C fan or 400 F. Bake.";
        assert_eq!(
            oven(&us, step),
            "Heat the oven to 400 °F (200 °C, 180 °C convection). Bake."
        );
        assert_eq!(
            oven(&gb, step),
            "Heat the oven to 200 °C, 180 °C fan, gas mark 6 or 400 °F. Bake."
        );
        assert_eq!(oven(&us, "Bake at 180 C."), "Bake at 350 °F (180 °C).");
    }
}
