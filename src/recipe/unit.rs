//! The units gutjoint knows, in one table: for each unit the spellings recipe files accept, the
//! extra ones the importer reads on recipe sites (with the factor into the unit: an ounce is
//! 28.35 g), what it measures and how much of that one holds, and the words it is printed with.
//! The recipe model, the importer, the ingredient table's conversions and the shopping list all
//! read it.

use std::fmt;
use std::str::FromStr;

use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize, Serializer};

use super::Quantity;
use crate::diag::did_you_mean;

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

/// What a unit measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dimension {
    /// A weight, summed in grams.
    Mass,
    /// A volume, summed in millilitres.
    Volume,
    /// Things counted (whole items, cloves, slices, cans), each weighing what the ingredient
    /// table says one weighs.
    Count,
}

/// How much one of a unit holds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Size {
    /// A fixed weight, in grams.
    Grams(f64),
    /// A fixed volume, in millilitres.
    Millilitres(f64),
    /// A counted thing, summed apart from every other unit and weighed by the ingredient table.
    Counted,
}

/// Where a spelling is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Read {
    /// In recipe files and by the importer.
    Everywhere,
    /// In recipe files only: on a recipe site "whole" is a size ("1 whole chicken").
    RecipesOnly,
    /// By the importer only: recipe sites' abbreviations, other languages' words, US measures.
    ImportOnly,
}

/// One way of writing a unit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spelling {
    /// The word. The importer matches a one-letter word only in the case given (`t` is a
    /// teaspoon, `T` a tablespoon), longer ones in any case; recipe files in any case.
    pub word: &'static str,
    /// How many of the unit one of this word is: 1 for the unit's own words, 28.35 for an ounce
    /// read as grams.
    pub factor: f64,
    /// Where it is read.
    pub read: Read,
    /// Whether the ingredient table also reads it as the unit of a pack size (`g`, `ml`,
    /// `piece` and a few of their spellings).
    pub pack: bool,
}

impl Spelling {
    /// Returns the spelling, read as a pack size's unit too.
    const fn and_packs(self) -> Spelling {
        Spelling { pack: true, ..self }
    }
}

/// Everything gutjoint knows about one unit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct UnitRow {
    /// The unit.
    pub unit: Unit,
    /// How much one holds.
    pub size: Size,
    /// The word printed after an amount of one or less, and after more than one; none for whole
    /// items, which print as a bare number ("2 eggs" is "2" before "eggs").
    pub printed: Option<(&'static str, &'static str)>,
    /// Its spellings, the one recipe files use (and gutjoint writes) first.
    pub spellings: &'static [Spelling],
}

const fn both(word: &'static str) -> Spelling {
    Spelling {
        word,
        factor: 1.0,
        read: Read::Everywhere,
        pack: false,
    }
}

const fn recipes_only(word: &'static str) -> Spelling {
    Spelling {
        word,
        factor: 1.0,
        read: Read::RecipesOnly,
        pack: false,
    }
}

const fn import(word: &'static str) -> Spelling {
    import_as(word, 1.0)
}

const fn import_as(word: &'static str, factor: f64) -> Spelling {
    Spelling {
        word,
        factor,
        read: Read::ImportOnly,
        pack: false,
    }
}

/// The unit table, one row per unit in the order of [`Unit`]: recipe files list the units in
/// this order, and their spellings in the order given.
pub const UNITS: [UnitRow; 12] = [
    UnitRow {
        unit: Unit::Gram,
        size: Size::Grams(1.0),
        printed: Some(("g", "g")),
        spellings: &[
            both("g").and_packs(),
            both("gram").and_packs(),
            both("grams").and_packs(),
            both("gr"),
            import("gm"),
            import("gms"),
            import("gramm"),
            import_as("oz", 28.35),
            import_as("ozs", 28.35),
            import_as("ounce", 28.35),
            import_as("ounces", 28.35),
            import_as("lb", 453.6),
            import_as("lbs", 453.6),
            import_as("pound", 453.6),
            import_as("pounds", 453.6),
        ],
    },
    UnitRow {
        unit: Unit::Kilogram,
        size: Size::Grams(1000.0),
        printed: Some(("kg", "kg")),
        spellings: &[
            both("kg"),
            both("kilogram"),
            both("kilograms"),
            both("kilo"),
            both("kilos"),
            import("kgs"),
        ],
    },
    UnitRow {
        unit: Unit::Millilitre,
        size: Size::Millilitres(1.0),
        printed: Some(("ml", "ml")),
        spellings: &[
            both("ml").and_packs(),
            both("millilitre").and_packs(),
            both("millilitres").and_packs(),
            both("milliliter").and_packs(),
            both("milliliters").and_packs(),
            import("mls"),
            import_as("cl", 10.0),
            import_as("dl", 100.0),
            import_as("floz", 29.57),
            import_as("pint", 473.2),
            import_as("pints", 473.2),
            import_as("pt", 473.2),
            import_as("quart", 946.4),
            import_as("quarts", 946.4),
            import_as("qt", 946.4),
        ],
    },
    UnitRow {
        unit: Unit::Litre,
        size: Size::Millilitres(1000.0),
        printed: Some(("l", "l")),
        spellings: &[
            both("l"),
            both("litre"),
            both("litres"),
            both("liter"),
            both("liters"),
            import("L"),
            import_as("gallon", 3.785),
            import_as("gallons", 3.785),
        ],
    },
    UnitRow {
        unit: Unit::Teaspoon,
        size: Size::Millilitres(5.0),
        printed: Some(("tsp", "tsp")),
        spellings: &[
            both("tsp"),
            both("teaspoon"),
            both("teaspoons"),
            import("t"),
            import("tsps"),
            import("tspn"),
            import("teaspoonful"),
            import("teaspoonfuls"),
            import("tl"),
            import("cucharadita"),
            import("cucharaditas"),
            import_as("dessertspoon", 2.0),
            import_as("dessertspoons", 2.0),
        ],
    },
    UnitRow {
        unit: Unit::Tablespoon,
        size: Size::Millilitres(15.0),
        printed: Some(("tbsp", "tbsp")),
        spellings: &[
            both("tbsp"),
            both("tablespoon"),
            both("tablespoons"),
            import("T"),
            import("tb"),
            import("tbs"),
            import("tbl"),
            import("tbls"),
            import("tblsp"),
            import("tbsps"),
            import("tbspn"),
            import("tablespoonful"),
            import("tablespoonfuls"),
            import("el"),
            import("cucharada"),
            import("cucharadas"),
        ],
    },
    UnitRow {
        unit: Unit::Cup,
        size: Size::Millilitres(240.0),
        printed: Some(("cup", "cups")),
        spellings: &[
            both("cup"),
            both("cups"),
            import("c"),
            import("C"),
            import("taza"),
            import("tazas"),
        ],
    },
    UnitRow {
        unit: Unit::Piece,
        size: Size::Counted,
        printed: None,
        spellings: &[
            both("piece").and_packs(),
            both("pieces").and_packs(),
            both("pc"),
            recipes_only("whole"),
            import("pcs"),
            import("stk"),
            import("stück"),
        ],
    },
    UnitRow {
        unit: Unit::Clove,
        size: Size::Counted,
        printed: Some(("clove", "cloves")),
        spellings: &[
            both("clove"),
            both("cloves"),
            import("zehe"),
            import("zehen"),
            import("diente"),
            import("dientes"),
        ],
    },
    UnitRow {
        unit: Unit::Slice,
        size: Size::Counted,
        printed: Some(("slice", "slices")),
        spellings: &[
            both("slice"),
            both("slices"),
            import("scheibe"),
            import("scheiben"),
        ],
    },
    UnitRow {
        unit: Unit::Pinch,
        size: Size::Grams(0.3),
        printed: Some(("pinch", "pinches")),
        spellings: &[
            both("pinch"),
            both("pinches"),
            import("prise"),
            import("msp"),
        ],
    },
    UnitRow {
        unit: Unit::Can,
        size: Size::Counted,
        printed: Some(("can", "cans")),
        spellings: &[
            both("can"),
            both("cans"),
            both("tin"),
            both("tins"),
            import("dose"),
            import("dosen"),
        ],
    },
];

impl Unit {
    /// Every unit, in the order of the table.
    pub const ALL: [Unit; 12] = {
        let mut all = [Unit::Gram; 12];
        let mut i = 0;
        while i < UNITS.len() {
            all[i] = UNITS[i].unit;
            i += 1;
        }
        all
    };

    /// Returns the unit's row of the table.
    pub fn row(self) -> &'static UnitRow {
        &UNITS[self as usize]
    }

    /// Returns the spelling used in recipe files.
    pub fn name(self) -> &'static str {
        self.row().spellings[0].word
    }

    /// Returns what the unit measures.
    pub fn dimension(self) -> Dimension {
        match self.row().size {
            Size::Grams(_) => Dimension::Mass,
            Size::Millilitres(_) => Dimension::Volume,
            Size::Counted => Dimension::Count,
        }
    }

    /// Returns the unit amounts of this one are summed in: grams for a weight, millilitres for a
    /// volume, the unit itself for a counted thing (cloves are not added to whole items).
    pub fn base(self) -> Unit {
        match self.dimension() {
            Dimension::Mass => Unit::Gram,
            Dimension::Volume => Unit::Millilitre,
            Dimension::Count => self,
        }
    }

    /// Returns how many of [`Unit::base`] one of this unit is: 1000 for a kilogram, 5 for a
    /// teaspoon, 1 for a counted thing.
    pub fn size(self) -> f64 {
        match self.row().size {
            Size::Grams(v) | Size::Millilitres(v) => v,
            Size::Counted => 1.0,
        }
    }

    /// Returns the millilitres one of a volume unit holds; none for a weight or a count.
    pub fn millilitres(self) -> Option<f64> {
        match self.row().size {
            Size::Millilitres(v) => Some(v),
            _ => None,
        }
    }

    /// Returns the word printed after an amount: the plural for more than one; none for whole
    /// items, which print as a bare number.
    pub fn word(self, plural: bool) -> Option<&'static str> {
        self.row()
            .printed
            .map(|(one, many)| if plural { many } else { one })
    }

    /// Formats an amount in this unit for a printed ingredient list.
    pub fn display(self, quantity: Quantity) -> String {
        match self.word(quantity.upper() > 1.0) {
            Some(word) => format!("{quantity} {word}"),
            None => quantity.to_string(),
        }
    }

    /// Returns every spelling recipe files accept, unit by unit in the table's order.
    pub fn recipe_spellings() -> impl Iterator<Item = (Unit, &'static str)> {
        UNITS.iter().flat_map(|row| {
            row.spellings
                .iter()
                .filter(|s| s.read != Read::ImportOnly)
                .map(move |s| (row.unit, s.word))
        })
    }

    /// Returns the spellings of this unit the ingredient table reads as a pack size's unit.
    pub fn pack_spellings(self) -> impl Iterator<Item = &'static str> {
        self.row()
            .spellings
            .iter()
            .filter(|s| s.pack)
            .map(|s| s.word)
    }

    /// Looks a word of an imported recipe up: the unit and the factor into it. A one-letter
    /// word matches only in the case given, a longer one in any case.
    pub fn imported(word: &str) -> Option<(Unit, f64)> {
        UNITS.iter().find_map(|row| {
            row.spellings
                .iter()
                .filter(|s| s.read != Read::RecipesOnly)
                .find(|s| {
                    if s.word.len() == 1 {
                        word == s.word
                    } else {
                        word.eq_ignore_ascii_case(s.word)
                    }
                })
                .map(|s| (row.unit, s.factor))
        })
    }
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Unit {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let lower = text.trim().to_lowercase();
        if let Some((unit, _)) = Self::recipe_spellings().find(|(_, word)| *word == lower) {
            return Ok(unit);
        }
        let all = Self::recipe_spellings().map(|(_, word)| word);
        let suggestion = did_you_mean(&lower, all)
            .and_then(|s| s.parse::<Unit>().ok())
            .map(|u| format!(" (did you mean `{}`?)", u.name()))
            .unwrap_or_default();
        let known: Vec<&str> = Self::ALL.iter().map(|u| u.name()).collect();
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
        let names: Vec<&str> = Self::recipe_spellings().map(|(_, word)| word).collect();
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
    fn the_table_has_one_row_per_unit_in_order() {
        for (i, row) in UNITS.iter().enumerate() {
            assert_eq!(row.unit as usize, i, "{:?} is out of place", row.unit);
            assert_eq!(row.spellings[0].read, Read::Everywhere, "{:?}", row.unit);
            assert_eq!(row.spellings[0].factor, 1.0, "{:?}", row.unit);
        }
    }

    #[test]
    fn every_spelling_names_one_unit() {
        let mut seen: Vec<String> = Vec::new();
        for s in UNITS.iter().flat_map(|r| r.spellings) {
            let key = if s.word.len() == 1 {
                s.word.to_owned()
            } else {
                s.word.to_lowercase()
            };
            assert!(!seen.contains(&key), "`{}` is in the table twice", s.word);
            seen.push(key);
            if s.read != Read::ImportOnly {
                assert_eq!(
                    s.word,
                    s.word.to_lowercase(),
                    "recipe files are read lowercased"
                );
                assert_eq!(
                    s.factor, 1.0,
                    "`{}` in a recipe file is the unit itself",
                    s.word
                );
            }
            if s.pack {
                assert_ne!(
                    s.read,
                    Read::ImportOnly,
                    "a pack unit is a recipe file's word"
                );
            }
        }
    }

    #[test]
    fn units_accept_aliases_and_suggest_fixes() {
        assert_eq!("Tablespoons".parse(), Ok(Unit::Tablespoon));
        assert_eq!("grams".parse(), Ok(Unit::Gram));
        assert_eq!("WHOLE".parse(), Ok(Unit::Piece));
        let err = "tbs".parse::<Unit>().unwrap_err();
        assert!(
            err.starts_with("unknown unit `tbs` (did you mean `tbsp`?)"),
            "{err}"
        );
        assert!(
            err.contains(
                "use one of g, kg, ml, l, tsp, tbsp, cup, piece, clove, slice, pinch, can;"
            ),
            "{err}"
        );
    }

    #[test]
    fn the_importer_reads_more_spellings_with_their_factors() {
        assert_eq!(Unit::imported("tbs"), Some((Unit::Tablespoon, 1.0)));
        assert_eq!(Unit::imported("T"), Some((Unit::Tablespoon, 1.0)));
        assert_eq!(Unit::imported("t"), Some((Unit::Teaspoon, 1.0)));
        assert_eq!(Unit::imported("G"), None);
        assert_eq!(Unit::imported("Ounces"), Some((Unit::Gram, 28.35)));
        assert_eq!(Unit::imported("dl"), Some((Unit::Millilitre, 100.0)));
        assert_eq!(Unit::imported("cucharada"), Some((Unit::Tablespoon, 1.0)));
        assert_eq!(Unit::imported("whole"), None);
        assert!(
            "oz".parse::<Unit>().is_err(),
            "a recipe file weighs in grams"
        );
    }

    #[test]
    fn units_know_their_measure_and_size() {
        assert_eq!(Unit::Teaspoon.millilitres(), Some(5.0));
        assert_eq!(Unit::Tablespoon.millilitres(), Some(15.0));
        assert_eq!(Unit::Cup.millilitres(), Some(240.0));
        assert_eq!(Unit::Litre.base(), Unit::Millilitre);
        assert_eq!(Unit::Kilogram.size(), 1000.0);
        assert_eq!(Unit::Pinch.dimension(), Dimension::Mass);
        assert_eq!(Unit::Pinch.size(), 0.3);
        assert_eq!(Unit::Clove.base(), Unit::Clove);
        assert_eq!(Unit::Can.dimension(), Dimension::Count);
        assert_eq!(Unit::Gram.millilitres(), None);
    }

    #[test]
    fn units_print_plurals() {
        assert_eq!(Unit::Clove.display(Quantity::Exact(2.0)), "2 cloves");
        assert_eq!(Unit::Cup.display(Quantity::Exact(0.5)), "½ cup");
        assert_eq!(Unit::Piece.display(Quantity::Exact(2.0)), "2");
        assert_eq!(Unit::Gram.display(Quantity::Exact(80.0)), "80 g");
        assert_eq!(Unit::Kilogram.display(Quantity::Exact(2.0)), "2 kg");
        assert_eq!(
            Unit::Pinch.display(Quantity::Range(1.0, 2.0)),
            "1–2 pinches"
        );
    }
}
