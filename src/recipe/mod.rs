//! The recipe model: what one `recipes/*.yaml` file holds, with every value checked as it is read.

pub(crate) mod names;
mod quantity;
pub mod unit;

use std::num::NonZeroU32;

use serde::{Deserialize, Serialize};

use names::named_enum;
pub use quantity::Quantity;
pub use unit::{Dimension, Unit};

/// One recipe, as written in `recipes/ID.yaml`.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Recipe {
    /// The recipe's id: its file name without `.yaml`. Set by the loader, never written in the file.
    #[serde(skip_deserializing)]
    #[schemars(skip)]
    pub id: String,
    /// The name printed at the top of the recipe.
    pub title: String,
    /// The meals the recipe suits.
    pub meals: Vec<Meal>,
    /// How many servings the amounts make.
    pub serves: NonZeroU32,
    /// Hands-on and unattended minutes.
    pub time: Time,
    /// The most restrictive diet the recipe suits.
    pub diet: Diet,
    /// The allergens the recipe contains (EU list of 14).
    #[serde(default)]
    pub allergens: Vec<Allergen>,
    /// The pillars the recipe earns, per serving.
    #[serde(default)]
    pub tags: Tags,
    /// The ingredients that earn the polyphenol tag.
    #[serde(default)]
    pub polyphenol_from: Vec<String>,
    /// What goes in, in the order it is used.
    pub ingredients: Vec<Ingredient>,
    /// What to do, one short sentence or two per step.
    pub steps: Vec<String>,
    /// Why the dish is good for the gut, in a sentence or two.
    #[serde(default)]
    pub why: Option<String>,
    /// How to keep it, and for how long: "Keeps 3 days in the fridge."
    #[serde(default)]
    pub storage: Option<String>,
    /// Whether it keeps well enough to cook once and eat again the next day.
    #[serde(default)]
    pub leftovers: bool,
    /// Whether it needs no fine chopping or fiddly work, for sore hands.
    #[serde(default)]
    pub easy_prep: bool,
    /// The food-safety risks of its ingredients (see the ingredient table's `risk`) that the
    /// method removes: it cooks the egg until solid, the frozen vegetables or the smoked fish until
    /// steaming hot, or heats the unpasteurised ferment. A risk left out makes the recipe unsafe for
    /// a patient whose profile says `food-safety: vulnerable`.
    #[serde(default)]
    pub cooked_through: Vec<FoodRisk>,
    /// How to make the dish safe for someone who is pregnant or whose immune system is weak,
    /// printed on its page: "Cook the eggs until the yolks are firm if you are pregnant."
    #[serde(default)]
    pub safety_tip: Option<String>,
    /// The recipe's words for US readers, where the word list's respelling is not enough: a
    /// title, the steps, ingredient names as printed. What it leaves out is respelt.
    #[serde(default, rename = "en-US", skip_serializing_if = "Option::is_none")]
    pub en_us: Option<LocaleText>,
}

impl Recipe {
    /// Says whether its storage note says it freezes ("3 months in the freezer").
    pub fn freezes(&self) -> bool {
        self.storage.as_deref().is_some_and(|s| {
            let s = s.to_lowercase();
            (s.contains("freezer") || s.contains("freezes")) && !s.contains("do not freeze")
        })
    }

    /// The days its storage note says it keeps in the fridge ("Keeps 3 days in the fridge"),
    /// if it says.
    pub fn fridge_days(&self) -> Option<u32> {
        let note = self.storage.as_deref()?.to_lowercase();
        let words: Vec<&str> = note
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        words.windows(2).find_map(|w| {
            let n = match w[0] {
                "one" => 1,
                "two" => 2,
                "three" => 3,
                "four" => 4,
                "five" => 5,
                other => other.parse().ok()?,
            };
            matches!(w[1], "day" | "days").then_some(n)
        })
    }
}

/// Minutes a recipe takes.
/// A recipe's own words for one locale.
#[derive(Debug, Clone, Default, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct LocaleText {
    /// The title.
    #[serde(default)]
    pub title: Option<String>,
    /// The steps, all of them, in order.
    #[serde(default)]
    pub steps: Option<Vec<String>>,
    /// Ingredient names as printed, by the name the recipe uses: `courgette: zucchini`.
    #[serde(default)]
    pub ingredients: std::collections::BTreeMap<String, String>,
    /// Why it helps.
    #[serde(default)]
    pub why: Option<String>,
    /// How to keep it.
    #[serde(default)]
    pub storage: Option<String>,
}

#[derive(Debug, Clone, Copy, Default, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Time {
    /// Hands-on minutes: chopping, stirring, serving. Matters to sore hands.
    pub prep: u32,
    /// Unattended minutes on the heat or in the oven: baking, simmering, cooling between steps.
    #[serde(default)]
    pub cook: u32,
    /// Minutes in the fridge before it is ready: setting, soaking overnight (480 for overnight).
    #[serde(default)]
    pub chill: u32,
}

/// One line of the ingredient list.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Ingredient {
    /// The food, in the same words across recipes: `rolled oats`, `kefir`.
    pub item: String,
    /// How much; left out for "to taste".
    #[serde(default)]
    pub qty: Option<Quantity>,
    /// The unit of `qty`; left out to count whole items.
    #[serde(default)]
    pub unit: Option<Unit>,
    /// A note printed after the item: `fresh or frozen`.
    #[serde(default)]
    pub note: Option<String>,
}

impl Ingredient {
    /// Formats the amount for a printed list: `80 g`, `2 cloves`, `to taste`.
    pub fn amount(&self) -> String {
        match self.qty {
            Some(qty) => self.unit.unwrap_or(Unit::Piece).display(qty),
            None => "to taste".to_owned(),
        }
    }
}

/// A tag a recipe is chosen by: `--tag` of `recipes`, `build` and `batch`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TagFilter {
    /// Fibre, source or high.
    Fiber,
    /// High fibre only.
    HighFiber,
    /// Polyphenol-rich.
    Polyphenol,
    /// Any fermented ingredient, live or cooked.
    Fermented,
    /// Live cultures only.
    Live,
    /// Omega-3, source or high.
    Omega3,
    /// High omega-3 only.
    HighOmega3,
}

impl TagFilter {
    /// Says whether a recipe's tags pass this filter.
    pub fn matches(self, tags: &Tags) -> bool {
        match self {
            Self::Fiber => tags.fiber.is_some(),
            Self::HighFiber => tags.fiber == Some(Level::High),
            Self::Polyphenol => tags.polyphenol.is_some(),
            Self::Fermented => tags.fermented.is_some(),
            Self::Live => tags.fermented == Some(Fermented::Live),
            Self::Omega3 => tags.omega3.is_some(),
            Self::HighOmega3 => tags.omega3 == Some(Level::High),
        }
    }

    /// The id of the filter's words in the locale files, as a book's title page prints them
    /// ("high fibre"): `filter-high-fiber`.
    pub fn key(self) -> &'static str {
        match self {
            Self::Fiber => "filter-fiber",
            Self::HighFiber => "filter-high-fiber",
            Self::Polyphenol => "filter-polyphenol",
            Self::Fermented => "filter-fermented",
            Self::Live => "filter-live",
            Self::Omega3 => "filter-omega3",
            Self::HighOmega3 => "filter-high-omega3",
        }
    }
}

/// The four pillars a recipe can earn, each at a level set by the rules in `nutrition`.
#[derive(Debug, Clone, Copy, Default, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Tags {
    /// Fibre per serving.
    #[serde(default, alias = "fibre")]
    pub fiber: Option<Level>,
    /// Polyphenol-dense ingredients.
    #[serde(default)]
    pub polyphenol: Option<Polyphenol>,
    /// A fermented ingredient, live or cooked.
    #[serde(default)]
    pub fermented: Option<Fermented>,
    /// Omega-3 fats per serving.
    #[serde(default, alias = "omega-3")]
    pub omega3: Option<Level>,
}

named_enum! {
    /// A meal of the day.
    pub enum Meal as "meal" {
        /// The first meal.
        Breakfast = ["breakfast"],
        /// The midday meal.
        Lunch = ["lunch"],
        /// The evening meal.
        Dinner = ["dinner", "supper"],
        /// A snack or a drink.
        Snack = ["snack", "drink"],
        /// A simple addition to a meal (a slice of bread, a glass of milk) that the planner adds
        /// when a day needs more energy, protein, calcium or fibre.
        Side = ["side"],
    }
}

impl Meal {
    /// The meals a day can be planned with; sides are added to them, never planned alone.
    pub const PLANNED: &'static [Meal] = &[Meal::Breakfast, Meal::Lunch, Meal::Dinner, Meal::Snack];
}

named_enum! {
    /// The diets a recipe can suit, from most to least restrictive.
    pub enum Diet as "diet" {
        /// No animal products at all.
        Vegan = ["vegan"],
        /// No meat or fish.
        Vegetarian = ["vegetarian", "veggie"],
        /// Fish but no meat.
        Pescatarian = ["pescatarian"],
        /// Anything.
        Omnivore = ["omnivore"],
    }
}

named_enum! {
    /// The 14 allergens that EU law names on labels (they cover the US major 9).
    pub enum Allergen as "allergen" {
        /// Celery and celeriac.
        Celery = ["celery"],
        /// Wheat, rye, barley, oats (unless labelled gluten-free) and their flours.
        Gluten = ["gluten", "cereals-containing-gluten", "wheat"],
        /// Prawns, crab, lobster.
        Crustaceans = ["crustaceans", "shellfish"],
        /// Eggs.
        Eggs = ["eggs", "egg"],
        /// Fish, including fish sauce and Worcestershire sauce.
        Fish = ["fish"],
        /// Lupin flour and seeds.
        Lupin = ["lupin"],
        /// Milk, including yoghurt, kefir and cheese.
        Milk = ["milk", "dairy"],
        /// Mussels, squid, oysters.
        Molluscs = ["molluscs"],
        /// Mustard.
        Mustard = ["mustard"],
        /// Almonds, walnuts, hazelnuts and other tree nuts.
        TreeNuts = ["tree-nuts", "nuts"],
        /// Peanuts.
        Peanuts = ["peanuts", "peanut"],
        /// Sesame seeds and tahini.
        Sesame = ["sesame"],
        /// Soya: tofu, miso, soy sauce, edamame.
        Soy = ["soy", "soya", "soybeans"],
        /// Sulphur dioxide and sulphites above 10 mg/kg.
        Sulphites = ["sulphites", "sulfites"],
    }
}

named_enum! {
    /// How strongly a recipe earns a measured pillar (fibre, omega-3).
    pub enum Level as "tag level" {
        /// Meets the "source of" threshold.
        Source = ["source"],
        /// Meets the "high in" threshold.
        High = ["high"],
    }
}

named_enum! {
    /// The polyphenol tag has a single level: the recipe holds a polyphenol-dense ingredient.
    pub enum Polyphenol as "polyphenol level" {
        /// At least one named polyphenol-dense ingredient in a meaningful amount.
        Rich = ["rich"],
    }
}

named_enum! {
    /// Whether a fermented ingredient still has live cultures when eaten.
    pub enum Fermented as "fermented level" {
        /// Unheated, with live cultures.
        Live = ["live"],
        /// Fermented, then heated: flavour, but no live cultures.
        Cooked = ["cooked"],
    }
}

named_enum! {
    /// A food-safety risk an ingredient brings for pregnant, immune-suppressed or frail patients
    /// (Listeria, Salmonella), or, for rice, for everyone (Bacillus cereus).
    pub enum FoodRisk as "food risk" {
        /// Cold-smoked or cured fish: smoked salmon, gravlax.
        SmokedFish = ["smoked-fish", "cured-fish"],
        /// Eggs, unless cooked until the white and the yolk are solid.
        Egg = ["egg", "eggs"],
        /// Frozen vegetables or fruit meant to be cooked, eaten just thawed.
        FrozenVeg = ["frozen-veg"],
        /// An unpasteurised ferment: raw sauerkraut or kimchi, kombucha.
        Unpasteurised = ["unpasteurised", "unpasteurized"],
        /// Cooked rice: cool it quickly and reheat it once (for everyone).
        Rice = ["rice"],
    }
}

impl FoodRisk {
    /// Whether the risk rules a recipe out for a vulnerable patient unless cooked through.
    pub fn for_vulnerable(self) -> bool {
        self != FoodRisk::Rice
    }

    /// The risk in a patient's words, for messages and the planner's reasons.
    pub fn describe(self) -> &'static str {
        match self {
            FoodRisk::SmokedFish => "cold-smoked or cured fish served uncooked",
            FoodRisk::Egg => "eggs that may be served runny",
            FoodRisk::FrozenVeg => "frozen vegetables eaten uncooked",
            FoodRisk::Unpasteurised => "an unpasteurised ferment",
            FoodRisk::Rice => "cooked rice",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_read_aliases_and_suggest() {
        assert_eq!("nuts".parse(), Ok(Allergen::TreeNuts));
        assert_eq!("Tree nuts".parse(), Ok(Allergen::TreeNuts));
        let err = "brekfast".parse::<Meal>().unwrap_err();
        assert!(err.contains("did you mean `breakfast`"), "{err}");
    }

    #[test]
    fn ingredient_amounts_print() {
        let line = |qty, unit| {
            Ingredient {
                item: "x".into(),
                qty,
                unit,
                note: None,
            }
            .amount()
        };
        assert_eq!(line(None, None), "to taste");
        assert_eq!(line(Some(Quantity::Exact(2.0)), None), "2");
        assert_eq!(
            line(Some(Quantity::Exact(2.0)), Some(Unit::Tablespoon)),
            "2 tbsp"
        );
    }
}
