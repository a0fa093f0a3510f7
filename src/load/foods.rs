//! The USDA food composition table (SR Legacy, release 24), embedded, parsed once, searchable.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

/// The table as shipped in `data/usda-sr24.csv`.
static CSV: &str = include_str!("../../data/usda-sr24.csv");

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
    /// Calcium, mg.
    #[serde(default)]
    pub calcium_mg: Option<f64>,
    /// Magnesium, mg.
    #[serde(default)]
    pub magnesium_mg: Option<f64>,
    /// Potassium, mg.
    #[serde(default)]
    pub potassium_mg: Option<f64>,
    /// Sodium, mg.
    #[serde(default)]
    pub sodium_mg: Option<f64>,
    /// Zinc, mg.
    #[serde(default)]
    pub zinc_mg: Option<f64>,
    /// Iron, mg.
    #[serde(default)]
    pub iron_mg: Option<f64>,
    /// Selenium, µg.
    #[serde(default)]
    pub selenium_ug: Option<f64>,
    /// Vitamin C, mg.
    #[serde(default)]
    pub vit_c_mg: Option<f64>,
    /// Vitamin D (D2 + D3), µg (SR24's IU divided by 40).
    #[serde(default)]
    pub vit_d_ug: Option<f64>,
    /// Vitamin K1 (phylloquinone), µg.
    #[serde(default)]
    pub vit_k_ug: Option<f64>,
    /// Vitamin B12, µg.
    #[serde(default)]
    pub vit_b12_ug: Option<f64>,
    /// Folate, µg.
    #[serde(default)]
    pub folate_ug: Option<f64>,
    /// Glycine, g.
    #[serde(default)]
    pub glycine_g: Option<f64>,
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

/// The whole table, indexed by NDB number. The CSV is split into records up front, but a record
/// is turned into a `Food` the first time it is asked for: a handout reads about a hundred of the
/// 8,858 foods, and converting them all was about 40% of loading the recipes.
pub struct Foods {
    /// The CSV header, to read a record by its column names.
    header: csv::StringRecord,
    /// Each row's fields, in order.
    records: Vec<csv::StringRecord>,
    /// Each row as a food, once asked for (`None`: the row does not parse).
    parsed: Vec<OnceLock<Option<Food>>>,
    /// Row by NDB number.
    by_ndb: HashMap<String, usize>,
}

impl Foods {
    /// Returns the embedded table, read on first use.
    pub fn bundled() -> &'static Foods {
        static FOODS: OnceLock<Foods> = OnceLock::new();
        FOODS.get_or_init(|| Foods::read(CSV))
    }

    fn read(csv_text: &str) -> Foods {
        let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
        let header = reader.headers().cloned().unwrap_or_default();
        // The embedded file is checked by a test; a row that cannot be read is skipped.
        let records: Vec<csv::StringRecord> = reader.records().filter_map(Result::ok).collect();
        let by_ndb = records
            .iter()
            .enumerate()
            .map(|(i, r)| (r.get(0).unwrap_or_default().to_owned(), i))
            .collect();
        let parsed = records.iter().map(|_| OnceLock::new()).collect();
        Foods {
            header,
            records,
            parsed,
            by_ndb,
        }
    }

    /// Row `i` as a food, converted on first use; `None` if it does not parse (a test checks
    /// that every embedded row does).
    fn row(&self, i: usize) -> Option<&Food> {
        self.parsed[i]
            .get_or_init(|| self.records[i].deserialize(Some(&self.header)).ok())
            .as_ref()
    }

    /// Finds a food by NDB number.
    pub fn get(&self, ndb: &str) -> Option<&Food> {
        self.by_ndb.get(ndb).and_then(|&i| self.row(i))
    }

    /// Returns how many rows the table holds.
    pub fn len(&self) -> usize {
        self.records.len()
    }

    /// Says whether the table is empty.
    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// Finds the foods whose description contains every word of the query (any case), shortest
    /// description first, so "walnuts" finds plain walnuts before walnut oil cookies.
    pub fn search(&self, query: &str) -> Vec<&Food> {
        let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
        if words.is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<&Food> = (0..self.len())
            .filter_map(|i| self.row(i))
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
        let foods = Foods::bundled();
        assert_eq!(foods.len(), CSV.lines().count() - 1);
        assert_eq!(foods.len(), 8858);
        for i in 0..foods.len() {
            let food = foods
                .row(i)
                .unwrap_or_else(|| panic!("row {} does not parse", i + 2));
            // The index agrees with the parsed row.
            assert!(std::ptr::eq(foods.get(&food.ndb).unwrap(), food));
        }
    }

    #[test]
    fn quoted_fields_keep_their_commas_and_quotes() {
        let butter = Foods::bundled().get("01001").unwrap();
        assert_eq!(butter.name, "Butter, salted");
        assert!(
            butter
                .portions
                .contains(r#"1.0 pat (1" sq, 1/3" high)=5.0"#)
        );
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
