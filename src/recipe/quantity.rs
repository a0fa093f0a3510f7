//! Quantities and units as types: a number, a fraction or a range, in one of a closed set of units.

use std::fmt;
use std::str::FromStr;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use crate::diag::did_you_mean;

/// The largest amount a recipe may ask for in any unit; anything above is a typo.
const MAX_AMOUNT: f64 = 100_000.0;

/// How much of an ingredient: an exact amount or a range such as `2-3`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Quantity {
    /// One amount, written as `80`, `0.5`, `1/2` or `1 1/2`.
    Exact(f64),
    /// A range from low to high, written as `2-3` or `1/2-1`.
    Range(f64, f64),
}

impl Quantity {
    /// Returns the amount to use for sums: the exact value or the top of a range.
    pub fn upper(self) -> f64 {
        match self {
            Self::Exact(v) | Self::Range(_, v) => v,
        }
    }
}

impl FromStr for Quantity {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let text = text.trim();
        let bad = || {
            format!(
                "invalid quantity `{text}`\nhint: write a number (`80`, `0.5`), a fraction (`1/2`, `1 1/2`) or a range (`2-3`); leave `qty` out for \"to taste\""
            )
        };
        if let Some((low, high)) = text
            .split_once('-')
            .filter(|(low, _)| !low.trim().is_empty())
        {
            let (low, high) = (amount(low).ok_or_else(bad)?, amount(high).ok_or_else(bad)?);
            check(low, text)?;
            check(high, text)?;
            if low >= high {
                return Err(format!(
                    "range `{text}` does not go up\nhint: write the smaller amount first, as in `2-3`"
                ));
            }
            return Ok(Self::Range(low, high));
        }
        let value = amount(text).ok_or_else(bad)?;
        check(value, text)?;
        Ok(Self::Exact(value))
    }
}

/// Parses `2`, `0.5`, `1/2` or `1 1/2`.
fn amount(text: &str) -> Option<f64> {
    let text = text.trim();
    let fraction = |t: &str| -> Option<f64> {
        let (n, d) = t.split_once('/')?;
        let (n, d) = (n.trim().parse::<u32>().ok()?, d.trim().parse::<u32>().ok()?);
        (d != 0).then(|| f64::from(n) / f64::from(d))
    };
    if let Some((whole, frac)) = text.split_once(' ') {
        return Some(f64::from(whole.parse::<u32>().ok()?) + fraction(frac.trim())?);
    }
    if text.contains('/') {
        return fraction(text);
    }
    text.parse::<f64>().ok()
}

fn check(value: f64, text: &str) -> Result<(), String> {
    if !value.is_finite() || value <= 0.0 {
        return Err(format!(
            "quantity `{text}` must be more than zero\nhint: leave `qty` out for \"to taste\", or give the amount used"
        ));
    }
    if value > MAX_AMOUNT {
        return Err(format!(
            "quantity `{text}` is too large to be real\nhint: use a larger unit (`kg`, `l`) or check for a typo"
        ));
    }
    Ok(())
}

impl<'de> Deserialize<'de> for Quantity {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct QuantityVisitor;

        impl Visitor<'_> for QuantityVisitor {
            type Value = Quantity;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a number, a fraction such as `1/2` or a range such as `2-3`")
            }

            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Quantity, E> {
                self.visit_f64(v as f64)
            }

            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Quantity, E> {
                self.visit_f64(v as f64)
            }

            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Quantity, E> {
                check(v, &v.to_string()).map_err(E::custom)?;
                Ok(Quantity::Exact(v))
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Quantity, E> {
                v.parse().map_err(E::custom)
            }
        }

        deserializer.deserialize_any(QuantityVisitor)
    }
}

impl schemars::JsonSchema for Quantity {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Quantity".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "An amount: a number (`80`, `0.5`), a fraction (`1/2`, `1 1/2`) or a range (`2-3`). Leave it out for \"to taste\".",
            "anyOf": [
                { "type": "number", "exclusiveMinimum": 0, "maximum": MAX_AMOUNT },
                { "type": "string", "pattern": "^\\s*[0-9][0-9./ ]*(-[0-9][0-9./ ]*)?\\s*$" }
            ]
        })
    }
}

impl Serialize for Quantity {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match *self {
            Self::Exact(v) => serializer.serialize_f64(v),
            Self::Range(low, high) => serializer.serialize_str(&format!("{low}-{high}")),
        }
    }
}

impl fmt::Display for Quantity {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match *self {
            Self::Exact(v) => f.write_str(&pretty(v)),
            Self::Range(low, high) => write!(f, "{}–{}", pretty(low), pretty(high)),
        }
    }
}

/// Writes an amount the way a cook reads it: `2`, `1½`, `0.3`.
fn pretty(value: f64) -> String {
    const FRACTIONS: [(f64, &str); 7] = [
        (0.125, "⅛"),
        (0.25, "¼"),
        (1.0 / 3.0, "⅓"),
        (0.5, "½"),
        (2.0 / 3.0, "⅔"),
        (0.75, "¾"),
        (0.0, ""),
    ];
    let whole = value.trunc();
    let part = value - whole;
    if part < 0.01 {
        return format!("{whole}");
    }
    if part > 0.99 {
        return format!("{}", whole + 1.0);
    }
    match FRACTIONS.iter().find(|(f, _)| (part - f).abs() < 0.01) {
        Some((_, glyph)) if whole == 0.0 => (*glyph).to_owned(),
        Some((_, glyph)) => format!("{whole}{glyph}"),
        None => format!("{}", (value * 10.0).round() / 10.0),
    }
}

/// The units a recipe may use. The set is closed so that every amount can be converted and summed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unit {
    /// Grams.
    Gram,
    /// Kilograms.
    Kilogram,
    /// Millilitres.
    Millilitre,
    /// Litres.
    Litre,
    /// Teaspoons (5 ml).
    Teaspoon,
    /// Tablespoons (15 ml).
    Tablespoon,
    /// Cups (240 ml).
    Cup,
    /// Whole items: eggs, lemons, onions. The default when no unit is given.
    Piece,
    /// Cloves, of garlic.
    Clove,
    /// Slices, of bread or lemon.
    Slice,
    /// A pinch, of salt or spice.
    Pinch,
    /// A can or tin, as sold.
    Can,
}

impl Unit {
    /// Every unit with its spelling in recipe files first, then the aliases it also accepts.
    pub const NAMES: [(Unit, &'static [&'static str]); 12] = [
        (Unit::Gram, &["g", "gram", "grams", "gr"]),
        (
            Unit::Kilogram,
            &["kg", "kilogram", "kilograms", "kilo", "kilos"],
        ),
        (
            Unit::Millilitre,
            &[
                "ml",
                "millilitre",
                "millilitres",
                "milliliter",
                "milliliters",
            ],
        ),
        (Unit::Litre, &["l", "litre", "litres", "liter", "liters"]),
        (Unit::Teaspoon, &["tsp", "teaspoon", "teaspoons"]),
        (Unit::Tablespoon, &["tbsp", "tablespoon", "tablespoons"]),
        (Unit::Cup, &["cup", "cups"]),
        (Unit::Piece, &["piece", "pieces", "pc", "whole"]),
        (Unit::Clove, &["clove", "cloves"]),
        (Unit::Slice, &["slice", "slices"]),
        (Unit::Pinch, &["pinch", "pinches"]),
        (Unit::Can, &["can", "cans", "tin", "tins"]),
    ];

    /// Returns the spelling used in recipe files.
    pub fn name(self) -> &'static str {
        Self::NAMES
            .iter()
            .find(|(unit, _)| *unit == self)
            .map_or("", |(_, names)| names[0])
    }

    /// Formats an amount in this unit for a printed ingredient list.
    pub fn display(self, quantity: Quantity) -> String {
        let plural = quantity.upper() > 1.0;
        let word = match self {
            Self::Piece => return quantity.to_string(),
            Self::Gram
            | Self::Kilogram
            | Self::Millilitre
            | Self::Litre
            | Self::Teaspoon
            | Self::Tablespoon => self.name(),
            Self::Cup if plural => "cups",
            Self::Clove if plural => "cloves",
            Self::Slice if plural => "slices",
            Self::Pinch if plural => "pinches",
            Self::Can if plural => "cans",
            _ => self.name(),
        };
        format!("{quantity} {word}")
    }
}

impl FromStr for Unit {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let lower = text.trim().to_lowercase();
        if let Some((unit, _)) = Self::NAMES
            .iter()
            .find(|(_, names)| names.contains(&lower.as_str()))
        {
            return Ok(*unit);
        }
        let all = Self::NAMES
            .iter()
            .flat_map(|(_, names)| names.iter().copied());
        let suggestion = did_you_mean(&lower, all)
            .and_then(|s| s.parse::<Unit>().ok())
            .map(|u| format!(" (did you mean `{}`?)", u.name()))
            .unwrap_or_default();
        let known: Vec<&str> = Self::NAMES.iter().map(|(_, names)| names[0]).collect();
        Err(format!(
            "unknown unit `{text}`{suggestion}\nhint: use one of {}; leave `unit` out to count whole items",
            known.join(", ")
        ))
    }
}

impl<'de> Deserialize<'de> for Unit {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(de::Error::custom)
    }
}

impl schemars::JsonSchema for Unit {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Unit".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let names: Vec<&str> = Self::NAMES
            .iter()
            .flat_map(|(_, names)| names.iter().copied())
            .collect();
        schemars::json_schema!({
            "type": "string",
            "enum": names,
            "description": "A unit: g, kg, ml, l, tsp, tbsp, cup, piece, clove, slice, pinch or can (aliases accepted). Leave it out to count whole items."
        })
    }
}

impl Serialize for Unit {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantities_parse_numbers_fractions_and_ranges() {
        assert_eq!("80".parse(), Ok(Quantity::Exact(80.0)));
        assert_eq!("1/2".parse(), Ok(Quantity::Exact(0.5)));
        assert_eq!("1 1/2".parse(), Ok(Quantity::Exact(1.5)));
        assert_eq!("2-3".parse(), Ok(Quantity::Range(2.0, 3.0)));
        assert_eq!("1/2-1".parse(), Ok(Quantity::Range(0.5, 1.0)));
    }

    #[test]
    fn quantities_reject_nonsense() {
        for bad in ["0", "-2", "abc", "1/0", "3-2", "1e9", "NaN", "inf", ""] {
            assert!(bad.parse::<Quantity>().is_err(), "{bad} was accepted");
        }
    }

    #[test]
    fn quantities_print_like_a_cook_writes() {
        assert_eq!(Quantity::Exact(80.0).to_string(), "80");
        assert_eq!(Quantity::Exact(1.5).to_string(), "1½");
        assert_eq!(Quantity::Exact(0.25).to_string(), "¼");
        assert_eq!(Quantity::Range(2.0, 3.0).to_string(), "2–3");
    }

    #[test]
    fn units_accept_aliases_and_suggest_fixes() {
        assert_eq!("Tablespoons".parse(), Ok(Unit::Tablespoon));
        assert_eq!("grams".parse(), Ok(Unit::Gram));
        let err = "tbs".parse::<Unit>().unwrap_err();
        assert!(
            err.starts_with("unknown unit `tbs` (did you mean `tbsp`?)"),
            "{err}"
        );
    }

    #[test]
    fn units_print_plurals() {
        assert_eq!(Unit::Clove.display(Quantity::Exact(2.0)), "2 cloves");
        assert_eq!(Unit::Cup.display(Quantity::Exact(0.5)), "½ cup");
        assert_eq!(Unit::Piece.display(Quantity::Exact(2.0)), "2");
        assert_eq!(Unit::Gram.display(Quantity::Exact(80.0)), "80 g");
    }
}
