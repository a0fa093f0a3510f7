//! Nutrient totals that know how much of them is measured: a blank USDA cell is "no value", never
//! zero, so every total carries the share of its grams that had a value, and anything printed
//! from a total with less than 90% coverage says "at least".

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use crate::load::foods::Food;

/// Below this share of grams with a value, a total is printed as "at least".
pub const FULL_COVERAGE: f64 = 0.9;

/// Grams of salt per milligram of sodium (salt is sodium x 2.5).
pub const SALT_PER_SODIUM_MG: f64 = 2.5 / 1000.0;

/// A nutrient the week is totalled in, in print order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Nutrient {
    /// Energy, kcal.
    Energy,
    /// Protein, g.
    Protein,
    /// Total fat, g.
    Fat,
    /// Saturated fat, g.
    Saturates,
    /// Carbohydrate, g.
    Carbohydrate,
    /// Sugars, g.
    Sugars,
    /// Dietary fibre, g.
    Fibre,
    /// Salt (sodium x 2.5), g.
    Salt,
    /// Calcium, mg.
    Calcium,
    /// Magnesium, mg.
    Magnesium,
    /// Potassium, mg.
    Potassium,
    /// Zinc, mg.
    Zinc,
    /// Iron, mg.
    Iron,
    /// Vitamin C, mg.
    VitaminC,
    /// Vitamin D, µg.
    VitaminD,
    /// Vitamin K1, µg.
    VitaminK,
    /// Vitamin B12, µg.
    VitaminB12,
    /// Folate, µg.
    Folate,
}

/// How many nutrients a total holds.
pub const COUNT: usize = 18;

impl Nutrient {
    /// Every nutrient, in print order.
    pub const ALL: [Nutrient; COUNT] = [
        Nutrient::Energy,
        Nutrient::Protein,
        Nutrient::Fat,
        Nutrient::Saturates,
        Nutrient::Carbohydrate,
        Nutrient::Sugars,
        Nutrient::Fibre,
        Nutrient::Salt,
        Nutrient::Calcium,
        Nutrient::Magnesium,
        Nutrient::Potassium,
        Nutrient::Zinc,
        Nutrient::Iron,
        Nutrient::VitaminC,
        Nutrient::VitaminD,
        Nutrient::VitaminK,
        Nutrient::VitaminB12,
        Nutrient::Folate,
    ];

    /// Returns the key used in JSON and in `references.yaml`.
    pub fn key(self) -> &'static str {
        match self {
            Nutrient::Energy => "energy",
            Nutrient::Protein => "protein",
            Nutrient::Fat => "fat",
            Nutrient::Saturates => "saturates",
            Nutrient::Carbohydrate => "carbohydrate",
            Nutrient::Sugars => "sugars",
            Nutrient::Fibre => "fibre",
            Nutrient::Salt => "salt",
            Nutrient::Calcium => "calcium",
            Nutrient::Magnesium => "magnesium",
            Nutrient::Potassium => "potassium",
            Nutrient::Zinc => "zinc",
            Nutrient::Iron => "iron",
            Nutrient::VitaminC => "vitamin-c",
            Nutrient::VitaminD => "vitamin-d",
            Nutrient::VitaminK => "vitamin-k",
            Nutrient::VitaminB12 => "vitamin-b12",
            Nutrient::Folate => "folate",
        }
    }

    /// Returns the printed name: "Vitamin B12".
    pub fn label(self) -> &'static str {
        match self {
            Nutrient::Energy => "Energy",
            Nutrient::Protein => "Protein",
            Nutrient::Fat => "Fat",
            Nutrient::Saturates => "Saturated fat",
            Nutrient::Carbohydrate => "Carbohydrate",
            Nutrient::Sugars => "Sugars",
            Nutrient::Fibre => "Fibre",
            Nutrient::Salt => "Salt",
            Nutrient::Calcium => "Calcium",
            Nutrient::Magnesium => "Magnesium",
            Nutrient::Potassium => "Potassium",
            Nutrient::Zinc => "Zinc",
            Nutrient::Iron => "Iron",
            Nutrient::VitaminC => "Vitamin C",
            Nutrient::VitaminD => "Vitamin D",
            Nutrient::VitaminK => "Vitamin K",
            Nutrient::VitaminB12 => "Vitamin B12",
            Nutrient::Folate => "Folate",
        }
    }

    /// Returns the unit: `kcal`, `g`, `mg` or `µg`.
    pub fn unit(self) -> &'static str {
        match self {
            Nutrient::Energy => "kcal",
            Nutrient::Protein
            | Nutrient::Fat
            | Nutrient::Saturates
            | Nutrient::Carbohydrate
            | Nutrient::Sugars
            | Nutrient::Fibre
            | Nutrient::Salt => "g",
            Nutrient::Calcium
            | Nutrient::Magnesium
            | Nutrient::Potassium
            | Nutrient::Zinc
            | Nutrient::Iron
            | Nutrient::VitaminC => "mg",
            Nutrient::VitaminD | Nutrient::VitaminK | Nutrient::VitaminB12 | Nutrient::Folate => {
                "µg"
            }
        }
    }

    /// Decimals worth printing: none for energy and the big minerals, one for most, more for
    /// the small amounts.
    pub fn decimals(self) -> usize {
        match self {
            Nutrient::Energy
            | Nutrient::Calcium
            | Nutrient::Magnesium
            | Nutrient::Potassium
            | Nutrient::VitaminC
            | Nutrient::VitaminK
            | Nutrient::Folate => 0,
            _ => 1,
        }
    }

    /// Returns the amount in 100 g of a food, or `None` where USDA has no value.
    pub fn per_100g(self, food: &Food) -> Option<f64> {
        match self {
            Nutrient::Energy => food.kcal,
            Nutrient::Protein => food.protein_g,
            Nutrient::Fat => food.fat_g,
            Nutrient::Saturates => food.satfat_g,
            Nutrient::Carbohydrate => food.carbs_g,
            Nutrient::Sugars => food.sugars_g,
            Nutrient::Fibre => food.fiber_g,
            Nutrient::Salt => food.sodium_mg.map(|na| na * SALT_PER_SODIUM_MG),
            Nutrient::Calcium => food.calcium_mg,
            Nutrient::Magnesium => food.magnesium_mg,
            Nutrient::Potassium => food.potassium_mg,
            Nutrient::Zinc => food.zinc_mg,
            Nutrient::Iron => food.iron_mg,
            Nutrient::VitaminC => food.vit_c_mg,
            Nutrient::VitaminD => food.vit_d_ug,
            Nutrient::VitaminK => food.vit_k_ug,
            Nutrient::VitaminB12 => food.vit_b12_ug,
            Nutrient::Folate => food.folate_ug,
        }
    }

    /// Writes an amount of this nutrient with its unit: "1,234 kcal", "3.1 µg".
    pub fn format(self, value: f64) -> String {
        let text = format!("{:.*}", self.decimals(), value.max(0.0));
        // "30 g", not "30.0 g".
        let text = text.strip_suffix(".0").unwrap_or(&text);
        format!("{} {}", thousands(text), self.unit())
    }
}

/// Puts a comma between thousands: "1234" -> "1,234"; decimals are left alone.
fn thousands(text: &str) -> String {
    let (whole, rest) = text.split_once('.').map_or((text, ""), |(w, r)| (w, r));
    if whole.len() <= 3 {
        return text.to_owned();
    }
    let mut out = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if !rest.is_empty() {
        out.push('.');
        out.push_str(rest);
    }
    out
}

/// Amounts of every nutrient in some food, with the grams they come from and, for each
/// nutrient, the grams that had a value.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Nutrients {
    /// Grams of food the totals come from.
    pub grams: f64,
    values: [f64; COUNT],
    known: [f64; COUNT],
}

impl Nutrients {
    /// The nutrients in `grams` of a food.
    pub fn of_food(food: &Food, grams: f64) -> Self {
        let mut out = Nutrients {
            grams,
            ..Nutrients::default()
        };
        for (i, n) in Nutrient::ALL.iter().enumerate() {
            if let Some(v) = n.per_100g(food) {
                out.values[i] = v * grams / 100.0;
                out.known[i] = grams;
            }
        }
        out
    }

    /// Returns the amount of a nutrient (of the grams that had a value).
    pub fn get(&self, n: Nutrient) -> f64 {
        self.values[n as usize]
    }

    /// Returns the share of the grams that had a value for a nutrient, 0 to 1 (1 for no food).
    pub fn coverage(&self, n: Nutrient) -> f64 {
        if self.grams <= 0.0 {
            1.0
        } else {
            (self.known[n as usize] / self.grams).clamp(0.0, 1.0)
        }
    }

    /// Says whether a total leans on too many foods without a value to be printed as is.
    pub fn at_least(&self, n: Nutrient) -> bool {
        self.coverage(n) < FULL_COVERAGE
    }

    /// Writes a nutrient's amount, "at least" first when the coverage is short.
    pub fn show(&self, n: Nutrient) -> String {
        let amount = n.format(self.get(n));
        if self.at_least(n) {
            format!("at least {amount}")
        } else {
            amount
        }
    }

    /// Adds `factor` times another total to this one.
    pub fn add_scaled(&mut self, other: &Nutrients, factor: f64) {
        self.grams += other.grams * factor;
        for i in 0..COUNT {
            self.values[i] += other.values[i] * factor;
            self.known[i] += other.known[i] * factor;
        }
    }

    /// Returns this total times `factor`.
    pub fn scaled(&self, factor: f64) -> Nutrients {
        let mut out = Nutrients::default();
        out.add_scaled(self, factor);
        out
    }
}

/// One nutrient of a total, as JSON carries it.
#[derive(Serialize)]
struct Amount {
    value: f64,
    unit: &'static str,
    coverage: f64,
    at_least: bool,
    text: String,
}

impl Serialize for Nutrients {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(COUNT))?;
        for n in Nutrient::ALL {
            let round = 10f64.powi(n.decimals() as i32 + 1);
            map.serialize_entry(
                n.key(),
                &Amount {
                    value: (self.get(n) * round).round() / round,
                    unit: n.unit(),
                    coverage: (self.coverage(n) * 1000.0).round() / 1000.0,
                    at_least: self.at_least(n),
                    text: self.show(n),
                },
            )?;
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::foods::Foods;

    #[test]
    fn a_blank_cell_lowers_coverage_instead_of_counting_zero() {
        let foods = Foods::bundled();
        // Soy yoghurt has no B12 value; soy milk has one.
        let yoghurt = foods.get("16252").unwrap();
        let milk = foods.get("16222").unwrap();
        assert_eq!(yoghurt.vit_b12_ug, None);
        let mut total = Nutrients::of_food(milk, 100.0);
        total.add_scaled(&Nutrients::of_food(yoghurt, 150.0), 1.0);
        assert!((total.get(Nutrient::VitaminB12) - 1.11).abs() < 1e-9);
        assert!((total.coverage(Nutrient::VitaminB12) - 0.4).abs() < 1e-9);
        assert!(total.show(Nutrient::VitaminB12).starts_with("at least "));
        assert_eq!(total.coverage(Nutrient::Calcium), 1.0);
        assert_eq!(total.show(Nutrient::Calcium), "322 mg");
    }

    #[test]
    fn salt_is_sodium_times_two_and_a_half() {
        let bread = Foods::bundled().get("18075").unwrap();
        let n = Nutrients::of_food(bread, 100.0);
        assert!((n.get(Nutrient::Salt) - 472.0 * 2.5 / 1000.0).abs() < 1e-9);
    }

    #[test]
    fn big_numbers_get_commas() {
        assert_eq!(Nutrient::Energy.format(1234.4), "1,234 kcal");
        assert_eq!(Nutrient::Potassium.format(12345.0), "12,345 mg");
        assert_eq!(Nutrient::VitaminD.format(3.12), "3.1 µg");
    }
}
