//! The ingredient table (`recipes/ingredients.yaml`): what each ingredient name is, in USDA
//! terms, and the facts the checks and the shopping list need.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::diag::Diagnostic;
use crate::load;
use crate::load::foods::{Food, Foods};
use crate::recipe::names::named_enum;
use crate::recipe::{Allergen, Dimension, Fermented, FoodRisk, Ingredient, Quantity, Unit};

/// One entry of the ingredient table.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Entry {
    /// The USDA NDB number, as written in the table: `"08120"`.
    pub usda: String,
    /// Grams per millilitre, for amounts in ml, l, tsp, tbsp or cup.
    #[serde(default)]
    pub ml: Option<f64>,
    /// Grams per US cup (236.6 ml) of the food as a recipe measures it, for printing amounts in
    /// cups: from the food's USDA portion ("1.0 cup=81.0"), cited in the table's comment.
    #[serde(default)]
    pub cup: Option<f64>,
    /// Grams per whole item, clove or slice, for counted amounts.
    #[serde(default)]
    pub piece: Option<f64>,
    /// Grams per can, drained.
    #[serde(default)]
    pub can: Option<f64>,
    /// Where it is found in a shop.
    pub aisle: Aisle,
    /// The allergens it contains (EU list of 14).
    #[serde(default)]
    pub allergens: Vec<Allergen>,
    /// Diet facts: what kinds of animal product it is.
    #[serde(default)]
    pub contains: Vec<DietFact>,
    /// The plant it counts as in the weekly plant count; none for animal foods and water.
    #[serde(default)]
    pub plant: Option<String>,
    /// The kind of polyphenol-dense food it is, if it is one.
    #[serde(default)]
    pub polyphenol: Option<PolyphenolKind>,
    /// Whether it is a fermented food, and whether its cultures are live as sold.
    #[serde(default)]
    pub fermented: Option<Fermented>,
    /// When the USDA food only stands in for this one, what stands in.
    #[serde(default)]
    pub stand_in: Option<String>,
    /// Allergens many products of this kind carry on a precautionary label ("may contain"):
    /// dark chocolate and milk or soy. A patient who avoids one is never planned the recipe.
    #[serde(default)]
    pub may_contain: Vec<Allergen>,
    /// The food-safety risk it brings, unless a recipe's method removes it (`cooked-through`).
    #[serde(default)]
    pub risk: Option<FoodRisk>,
    /// What a shop sells it in: one pack (`{ size: 200, unit: g, name: bag }`) or a list of the
    /// sizes on offer. The shopping list buys whole packs; without one it buys rounded amounts.
    #[serde(default)]
    pub pack: Packs,
    /// Whether what is left over at the end of the week is waste. By default fruit, vegetables,
    /// bread, fish, meat and chilled food are; frozen food, the cupboard, spices and drinks are
    /// not. `false` for produce that keeps for weeks (onions, garlic, potatoes, lemons).
    #[serde(default)]
    pub perishable: Option<bool>,
}

impl Entry {
    /// Says whether food of this entry left over at the end of the week counts as waste.
    pub fn is_perishable(&self) -> bool {
        self.perishable.unwrap_or(matches!(
            self.aisle,
            Aisle::Produce | Aisle::Bakery | Aisle::FishAndMeat | Aisle::Chilled
        ))
    }

    /// Returns the grams one of the unit that amounts in `unit` are summed in ([`Unit::base`])
    /// weighs: a gram one, a millilitre `ml`, a can `can`, any other counted thing `piece`.
    pub fn grams_per_base(&self, unit: Unit) -> Result<f64, GramsError> {
        let need =
            |value: Option<f64>, key: &'static str| value.ok_or(GramsError::NoConversion(key));
        match unit.dimension() {
            Dimension::Mass => Ok(1.0),
            Dimension::Volume => need(self.ml, "ml"),
            Dimension::Count if unit == Unit::Can => need(self.can, "can"),
            Dimension::Count => need(self.piece, "piece"),
        }
    }
}

/// One size an ingredient is sold in.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Pack {
    /// How much one pack holds, in `unit`, as its label says.
    pub size: f64,
    /// `g`, `ml` or `piece`.
    pub unit: PackUnit,
    /// What the pack is called: bag, tin, carton, bunch, pot, pack, bottle, jar, loaf, net.
    pub name: String,
    /// For a tin, the grams it gives once drained, when the recipes weigh it drained.
    #[serde(default)]
    pub drained: Option<f64>,
}

impl Pack {
    /// The amount of one pack a recipe can use, in the pack's unit (the drained weight of a tin).
    pub fn usable(&self) -> f64 {
        self.drained.unwrap_or(self.size)
    }
}

/// The unit a pack size is given in: a unit of the unit table, spelt as its spellings marked for
/// packs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PackUnit {
    /// Grams.
    Gram,
    /// Millilitres.
    Millilitre,
    /// Whole items: a pack of 6 eggs, a net of 3 onions.
    Piece,
}

impl PackUnit {
    /// Every value, in declaration order.
    pub const ALL: &'static [PackUnit] = &[PackUnit::Gram, PackUnit::Millilitre, PackUnit::Piece];

    /// Returns the unit of the unit table a pack size is in.
    pub fn unit(self) -> Unit {
        match self {
            PackUnit::Gram => Unit::Gram,
            PackUnit::Millilitre => Unit::Millilitre,
            PackUnit::Piece => Unit::Piece,
        }
    }

    /// Returns the name used in files.
    pub fn name(self) -> &'static str {
        self.unit().name()
    }

    /// Every spelling read, pack unit by pack unit, each one's name first.
    fn spellings() -> impl Iterator<Item = (PackUnit, &'static str)> {
        Self::ALL
            .iter()
            .flat_map(|&p| p.unit().pack_spellings().map(move |word| (p, word)))
    }
}

impl std::str::FromStr for PackUnit {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let lower = text.trim().to_lowercase().replace(['_', ' '], "-");
        if let Some((unit, _)) = Self::spellings().find(|(_, word)| *word == lower) {
            return Ok(unit);
        }
        let suggestion = crate::diag::did_you_mean(&lower, Self::spellings().map(|(_, w)| w))
            .map(|s| format!(" (did you mean `{s}`?)"))
            .unwrap_or_default();
        let names: Vec<&str> = Self::ALL.iter().map(|p| p.name()).collect();
        Err(format!(
            "unknown pack unit `{text}`{suggestion}\nhint: use one of {}",
            names.join(", ")
        ))
    }
}

impl std::fmt::Display for PackUnit {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl<'de> Deserialize<'de> for PackUnit {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

impl Serialize for PackUnit {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

impl schemars::JsonSchema for PackUnit {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PackUnit".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        // Every spelling the reader accepts, names first.
        let mut names: Vec<&str> = Self::ALL.iter().map(|p| p.name()).collect();
        names.extend(
            Self::spellings()
                .map(|(_, word)| word)
                .filter(|w| Self::ALL.iter().all(|p| p.name() != *w)),
        );
        schemars::json_schema!({
            "type": "string",
            "enum": names,
            "description": "One pack unit name: `g` `ml` `piece` (aliases accepted).",
        })
    }
}

/// The sizes an ingredient is sold in: none, one or several.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Packs(pub Vec<Pack>);

impl<'de> Deserialize<'de> for Packs {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct PacksVisitor;
        impl<'de> serde::de::Visitor<'de> for PacksVisitor {
            type Value = Packs;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a pack `{ size: 200, unit: g, name: bag }` or a list of them")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Packs, A::Error> {
                Pack::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    .map(|p| Packs(vec![p]))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, seq: A) -> Result<Packs, A::Error> {
                Vec::<Pack>::deserialize(serde::de::value::SeqAccessDeserializer::new(seq))
                    .map(Packs)
            }
        }
        deserializer.deserialize_any(PacksVisitor)
    }
}

impl schemars::JsonSchema for Packs {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Packs".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let pack = generator.subschema_for::<Pack>();
        schemars::json_schema!({
            "description": "One pack size, or a list of the sizes on offer.",
            "anyOf": [pack, { "type": "array", "items": pack, "maxItems": MAX_PACK_SIZES }]
        })
    }
}

/// The most pack sizes one ingredient may list.
pub const MAX_PACK_SIZES: usize = 6;

named_enum! {
    /// Shop aisles, in the order a shopping list walks them.
    pub enum Aisle as "aisle" {
        /// Fresh fruit and vegetables.
        Produce = ["produce", "fruit-and-veg"],
        /// Bread.
        Bakery = ["bakery"],
        /// Fish and meat.
        FishAndMeat = ["fish-and-meat", "fish", "meat"],
        /// The chiller: dairy, tofu, fresh ferments.
        Chilled = ["chilled", "fridge", "dairy"],
        /// The freezer.
        Frozen = ["frozen", "freezer"],
        /// Dry goods, tins and jars.
        Cupboard = ["cupboard", "tins", "dry-goods"],
        /// Dried herbs and spices.
        HerbsAndSpices = ["herbs-and-spices", "spices"],
        /// Drinks.
        Drinks = ["drinks"],
    }
}

named_enum! {
    /// What kind of animal product an ingredient is; it decides which diets a recipe suits.
    pub enum DietFact as "diet fact" {
        /// Meat or poultry.
        Meat = ["meat"],
        /// Fish or seafood.
        Fish = ["fish"],
        /// Milk or anything made from it.
        Dairy = ["dairy", "milk"],
        /// Eggs.
        Egg = ["egg", "eggs"],
        /// Honey.
        Honey = ["honey"],
    }
}

named_enum! {
    /// Kinds of polyphenol-dense food, each with the amount per serving that earns the tag.
    pub enum PolyphenolKind as "polyphenol kind" {
        /// Berries: 75 g or more.
        Berries = ["berries"],
        /// Extra virgin olive oil: 10 ml or more.
        OliveOil = ["olive-oil"],
        /// Cocoa: 10 g or more.
        Cocoa = ["cocoa"],
        /// Green tea: a cup.
        Tea = ["tea"],
        /// Herbs and spices: any real amount (0.5 g or more).
        HerbSpice = ["herb-spice"],
        /// Deeply coloured vegetables: 80 g or more.
        DeepVeg = ["deep-veg"],
    }
}

/// The whole table, by ingredient name.
#[derive(Debug, Clone, Default)]
pub struct Table {
    entries: BTreeMap<String, Entry>,
}

impl Table {
    /// Parses a table file, checking every NDB number against the USDA data, and adds its
    /// entries on top of this table's (a clinic's entry replaces a bundled one of the same name).
    pub fn merge(&mut self, path: &str, text: &str, foods: &Foods) -> Vec<Diagnostic> {
        let entries: BTreeMap<String, Entry> = match load::yaml(path, text) {
            Ok(entries) => entries,
            Err(diag) => return vec![diag],
        };
        let mut problems = Vec::new();
        let spans = crate::load::spans::Spans::of(text);
        for (name, entry) in entries {
            let line = spans.key(&name).map_or(0, |(line, _)| line);
            if foods.get(&entry.usda).is_none() {
                problems.push(
                    Diagnostic::error(path, line, 1, format!("ingredient `{name}` points at USDA food `{}`, which does not exist", entry.usda))
                        .with_hint("find the right number with `gutjoint foods search WORDS` and write it in quotes with its leading zeros"),
                );
            }
            for (key, value) in [
                ("ml", entry.ml),
                ("cup", entry.cup),
                ("piece", entry.piece),
                ("can", entry.can),
            ] {
                if value.is_some_and(|v| !(v.is_finite() && v > 0.0 && v < 10_000.0)) {
                    problems.push(
                        Diagnostic::error(path, line, 1, format!("ingredient `{name}` has `{key}` out of range"))
                            .with_hint("give grams as a positive number, e.g. `ml: 0.92` for oil or `piece: 50` for an egg"),
                    );
                }
            }
            problems.extend(check_packs(path, line, &name, &entry.pack));
            self.entries.insert(name, entry);
        }
        problems
    }

    /// Finds an entry by ingredient name.
    pub fn get(&self, name: &str) -> Option<&Entry> {
        self.entries.get(name)
    }

    /// The ingredient names a word of `avoid-ingredients` leaves out, as people write dislikes:
    /// the name itself, its singular or plural, every name that ends in it (`onion` covers
    /// `red onion` and `spring onions`) and every name of that plant.
    pub fn covered_by(&self, word: &str) -> Vec<String> {
        let word = singular(word.trim().to_lowercase().as_str());
        if word.is_empty() {
            return Vec::new();
        }
        let ends_in = |name: &str| {
            let name = singular(&name.to_lowercase());
            name == word || name.ends_with(&format!(" {word}"))
        };
        self.entries
            .iter()
            .filter(|(name, entry)| ends_in(name) || entry.plant.as_deref().is_some_and(ends_in))
            .map(|(name, _)| name.clone())
            .collect()
    }

    /// Returns every ingredient name, sorted.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.entries.keys().map(String::as_str)
    }

    /// Returns how many entries the table holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Says whether the table is empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// Checks an entry's packs: sizes positive and sane, a drained weight no more than the tin, a
/// printable name, and not too many sizes.
fn check_packs(path: &str, line: usize, name: &str, packs: &Packs) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let mut bad = |message: String, hint: &str| {
        problems.push(Diagnostic::error(path, line, 1, message).with_hint(hint));
    };
    if packs.0.len() > MAX_PACK_SIZES {
        bad(
            format!(
                "ingredient `{name}` lists {} pack sizes, more than {MAX_PACK_SIZES}",
                packs.0.len()
            ),
            "list the few sizes most shops sell",
        );
    }
    for pack in &packs.0 {
        if !(pack.size.is_finite() && pack.size > 0.0 && pack.size <= 100_000.0) {
            bad(
                format!("ingredient `{name}` has a pack `size` out of range"),
                "give what one pack holds as a positive number in its unit, e.g. `size: 200, unit: g`",
            );
        }
        if pack
            .drained
            .is_some_and(|d| !(d.is_finite() && d > 0.0 && d <= pack.size))
        {
            bad(
                format!("ingredient `{name}` has a pack `drained` weight out of range"),
                "give the grams a tin holds once drained, no more than its `size`, e.g. `size: 400, drained: 240`",
            );
        }
        let word = pack.name.trim();
        if word.is_empty()
            || word.chars().count() > 20
            || !word
                .chars()
                .all(|c| c.is_alphabetic() || c == ' ' || c == '-')
        {
            bad(
                format!("ingredient `{name}` has a pack name that is not a word"),
                "name the pack in a word or two of letters: bag, tin, carton, bunch, pot",
            );
        }
    }
    problems
}

/// Why an amount could not be turned into grams.
#[derive(Debug, Clone, PartialEq)]
pub enum GramsError {
    /// The table lacks the conversion the unit needs (`ml`, `piece` or `can`).
    NoConversion(&'static str),
}

/// Converts an ingredient line into grams, using the low end of a range (so a tag earned by a
/// range holds for every amount in it). "To taste" is zero grams.
pub fn grams(line: &Ingredient, entry: &Entry) -> Result<f64, GramsError> {
    let Some(qty) = line.qty else { return Ok(0.0) };
    let amount = match qty {
        Quantity::Exact(v) | Quantity::Range(v, _) => v,
    };
    let unit = line.unit.unwrap_or(Unit::Piece);
    Ok(amount * unit.size() * entry.grams_per_base(unit)?)
}

/// Looks up the USDA food of an entry.
pub fn food<'a>(entry: &Entry, foods: &'a Foods) -> Option<&'a Food> {
    foods.get(&entry.usda)
}

/// A name with its last word in the singular, as far as plain English rules go: `onions`,
/// `tomatoes`, `berries`, `peaches` become `onion`, `tomato`, `berry`, `peach`; `hummus` and
/// `grass` stay.
fn singular(name: &str) -> String {
    let (head, last) = name.rsplit_once(' ').map_or(("", name), |(h, l)| (h, l));
    let last = if let Some(stem) = last.strip_suffix("ies") {
        format!("{stem}y")
    } else if let Some(stem) = ["oes", "ches", "shes", "sses", "xes"]
        .iter()
        .find_map(|end| last.strip_suffix(end).map(|s| (s, end)))
        .map(|(s, end)| format!("{s}{}", &end[..end.len() - 2]))
    {
        stem
    } else if last.ends_with('s')
        && !last.ends_with("ss")
        && !last.ends_with("us")
        && last.len() > 3
    {
        last[..last.len() - 1].to_owned()
    } else {
        last.to_owned()
    };
    if head.is_empty() {
        last
    } else {
        format!("{head} {last}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_table_resolves_every_entry() {
        let text = include_str!("../../recipes/ingredients.yaml");
        let mut table = Table::default();
        let problems = table.merge("recipes/ingredients.yaml", text, Foods::bundled());
        assert!(problems.is_empty(), "{problems:?}");
        assert!(table.len() >= 90);
    }

    #[test]
    fn entries_are_found_on_their_own_line() {
        // `oil:` also ends the earlier `olive-oil:` line; the entry is the key at a line's start.
        let text = "olive-oil:\n  usda: \"04053\"\n  aisle: cupboard\n\"oil\":\n  usda: \"nope\"\n  aisle: cupboard\n";
        let mut table = Table::default();
        let problems = table.merge("t.yaml", text, Foods::bundled());
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].line, 4);
    }

    #[test]
    fn amounts_convert_to_grams() {
        let entry = |ml, piece| Entry {
            usda: "x".into(),
            ml,
            cup: None,
            piece,
            can: None,
            aisle: Aisle::Cupboard,
            allergens: vec![],
            contains: vec![],
            plant: None,
            polyphenol: None,
            fermented: None,
            stand_in: None,
            may_contain: vec![],
            risk: None,
            pack: Packs::default(),
            perishable: None,
        };
        let line = |qty: &str, unit| Ingredient {
            item: "x".into(),
            qty: Some(qty.parse().unwrap()),
            unit,
            note: None,
        };
        assert_eq!(
            grams(&line("2", Some(Unit::Tablespoon)), &entry(Some(0.9), None)),
            Ok(27.0)
        );
        assert_eq!(grams(&line("2", None), &entry(None, Some(50.0))), Ok(100.0));
        assert_eq!(
            grams(&line("2-3", Some(Unit::Gram)), &entry(None, None)),
            Ok(2.0)
        );
        assert_eq!(
            grams(&line("1", Some(Unit::Cup)), &entry(None, None)),
            Err(GramsError::NoConversion("ml"))
        );
    }
}
