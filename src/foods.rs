//! The USDA food composition table (SR Legacy, release 24), embedded, parsed once, searchable.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

/// The table as shipped in `data/usda-sr24.csv`.
static CSV: &str = include_str!("../data/usda-sr24.csv");

/// The citation every output that uses these numbers carries.
pub const CITATION: &str = "U.S. Department of Agriculture, Agricultural Research Service. USDA National Nutrient Database for Standard Reference, Release 24 / FoodData Central (SR Legacy). Public domain.";

/// One USDA food, with nutrients per 100 g of edible portion.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Food {
    /// The NDB number, five digits with leading zeros: `08120`.
    pub ndb: String,
    /// USDA's description.
    pub name: String,
    /// Energy, kcal.
    pub kcal: Option<f64>,
    /// Protein, g.
    pub protein_g: Option<f64>,
    /// Total fat, g.
    pub fat_g: Option<f64>,
    /// Carbohydrate, g.
    pub carbs_g: Option<f64>,
    /// Sugars, g.
    pub sugars_g: Option<f64>,
    /// Dietary fibre, g.
    pub fiber_g: Option<f64>,
    /// Saturated fat, g.
    pub satfat_g: Option<f64>,
    /// Total omega-3 fatty acids, g.
    pub omega3_g: Option<f64>,
    /// Alpha-linolenic acid (18:3 n-3), g.
    pub ala_g: Option<f64>,
    /// Eicosapentaenoic acid (20:5 n-3), g.
    pub epa_g: Option<f64>,
    /// Docosahexaenoic acid (22:6 n-3), g.
    pub dha_g: Option<f64>,
    /// Household measures: `1.0 cup, chopped=117.0;1.0 tbsp=14.2`.
    pub portions: String,
}

impl Food {
    /// Returns grams of plant omega-3 (ALA) per 100 g: the ALA figure, or total omega-3 where
    /// USDA gives no ALA figure (for plant foods that is almost all ALA).
    pub fn ala(&self, is_plant: bool) -> f64 {
        match self.ala_g {
            Some(ala) => ala,
            None if is_plant => self.omega3_g.unwrap_or(0.0),
            None => 0.0,
        }
    }

    /// Returns grams of long-chain omega-3 (EPA + DHA) per 100 g. For fish where USDA gives only
    /// the total (canned sardines), that is the total less any ALA; other foods without EPA and
    /// DHA figures count none.
    pub fn epa_dha(&self, is_fish: bool) -> f64 {
        match (self.epa_g, self.dha_g) {
            (None, None) if is_fish => {
                (self.omega3_g.unwrap_or(0.0) - self.ala_g.unwrap_or(0.0)).max(0.0)
            }
            (epa, dha) => epa.unwrap_or(0.0) + dha.unwrap_or(0.0),
        }
    }
}

/// The whole table, indexed by NDB number.
pub struct Foods {
    foods: Vec<Food>,
    by_ndb: HashMap<String, usize>,
}

impl Foods {
    /// Returns the embedded table, parsed on first use.
    pub fn bundled() -> &'static Foods {
        static FOODS: OnceLock<Foods> = OnceLock::new();
        FOODS.get_or_init(|| {
            let mut reader = csv::Reader::from_reader(CSV.as_bytes());
            // The embedded file is checked by a test; a bad row is skipped rather than fatal.
            let foods: Vec<Food> = reader.deserialize().filter_map(Result::ok).collect();
            let by_ndb = foods
                .iter()
                .enumerate()
                .map(|(i, f)| (f.ndb.clone(), i))
                .collect();
            Foods { foods, by_ndb }
        })
    }

    /// Finds a food by NDB number.
    pub fn get(&self, ndb: &str) -> Option<&Food> {
        self.by_ndb.get(ndb).map(|&i| &self.foods[i])
    }

    /// Returns how many foods the table holds.
    pub fn len(&self) -> usize {
        self.foods.len()
    }

    /// Says whether the table is empty.
    pub fn is_empty(&self) -> bool {
        self.foods.is_empty()
    }

    /// Finds the foods whose description contains every word of the query (any case), shortest
    /// description first, so "walnuts" finds plain walnuts before walnut oil cookies.
    pub fn search(&self, query: &str) -> Vec<&Food> {
        let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
        if words.is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<&Food> = self
            .foods
            .iter()
            .filter(|f| {
                let name = f.name.to_lowercase();
                words
                    .iter()
                    .all(|w| name.contains(w.as_str()) || f.ndb == *w)
            })
            .collect();
        hits.sort_by_key(|f| (f.name.len(), f.ndb.clone()));
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_of_the_embedded_table_parses() {
        let rows = CSV.lines().count() - 1;
        assert_eq!(Foods::bundled().len(), rows);
        assert_eq!(rows, 8858);
    }

    #[test]
    fn spot_values_match_the_usda_release() {
        let foods = Foods::bundled();
        let walnuts = foods.get("12155").unwrap();
        assert_eq!(walnuts.fiber_g, Some(6.7));
        assert_eq!(walnuts.omega3_g, Some(9.08));
        let salmon = foods.get("15076").unwrap();
        assert!((salmon.epa_dha(true) - (0.321 + 1.115)).abs() < 1e-9);
        let sardines = foods.get("15088").unwrap();
        assert!(sardines.epa_dha(true) > 0.5);
        assert_eq!(sardines.epa_dha(false), 0.0);
        let chia = foods.get("12006").unwrap();
        assert_eq!(chia.fiber_g, Some(34.4));
        assert!((chia.ala(true) - 17.83).abs() < 1e-9);
    }

    #[test]
    fn search_needs_every_word() {
        let hits = Foods::bundled().search("walnuts english");
        assert!(hits.iter().any(|f| f.ndb == "12155"));
        assert!(
            hits.iter()
                .all(|f| f.name.to_lowercase().contains("english"))
        );
    }
}
