//! Quantities as types: a number, a fraction or a range (their units are the table in `unit.rs`).

use std::fmt;
use std::str::FromStr;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

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
}
