//! Nutrient reference values (`data/references.yaml`, embedded) and the daily targets they give
//! one patient: energy by sex and age, protein by weight, and the bone and joint nutrients.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::check::nutrients::Nutrient;
use crate::load::profile::{Profile, Sex};
use crate::recipe::names::named_enum;

/// The reference file as shipped.
static YAML: &str = include_str!("../../data/references.yaml");

/// The age assumed when a profile gives none.
pub const DEFAULT_AGE: u8 = 60;

/// Protein per kg of body weight the planner aims at when a weight is known (PROT-AGE).
pub const PROTEIN_PER_KG: f64 = 1.0;

/// The source of [`PROTEIN_PER_KG`].
pub const PROTEIN_PER_KG_SOURCE: &str = "PROT-AGE Study Group, J Am Med Dir Assoc 2013;14:542-559: 1.0 to 1.2 g per kg a day for people over 65";

named_enum! {
    /// Which set of reference values a clinic uses.
    #[derive(Default)]
    pub enum Choice as "set of references" {
        /// UK values: SACN and COMA, with NHS supplement advice.
        #[default]
        Uk = ["uk", "gb", "united-kingdom"],
        /// US values: NASEM Dietary Reference Intakes and the Dietary Guidelines.
        Us = ["us", "usa", "united-states"],
    }
}

/// One line of a value list: who it fits and the value.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Band {
    #[serde(default)]
    sex: Option<Sex>,
    #[serde(default)]
    from_age: Option<u8>,
    #[serde(default)]
    to_age: Option<u8>,
    value: f64,
}

/// A reference value for one nutrient, with its source.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Reference {
    source: String,
    values: Vec<Band>,
    /// Protein: grams per kg of body weight.
    #[serde(default)]
    per_kg: Option<f64>,
    /// Fibre in the US: grams per 1,000 kcal of the energy target.
    #[serde(default)]
    per_1000_kcal: Option<f64>,
}

impl Reference {
    fn value(&self, sex: Sex, age: u8) -> f64 {
        self.values
            .iter()
            .find(|b| {
                b.sex.is_none_or(|s| s == sex)
                    && b.from_age.is_none_or(|a| age >= a)
                    && b.to_age.is_none_or(|a| age <= a)
            })
            .map_or(0.0, |b| b.value)
    }
}

/// One set of references, as in the file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Set {
    name: String,
    energy: Reference,
    protein: Reference,
    fibre: Reference,
    salt: Reference,
    calcium: Reference,
    magnesium: Reference,
    potassium: Reference,
    zinc: Reference,
    iron: Reference,
    vitamin_c: Reference,
    vitamin_d: Reference,
    vitamin_b12: Reference,
    folate: Reference,
    iodine: Reference,
    vitamin_d_advice: String,
    vitamin_d_advice_source: String,
}

/// A food that carries iodine, with its typical amount per 100 g.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct IodineSource {
    /// The food group, as printed: "milk".
    pub name: String,
    /// The ingredient names that count as it.
    pub ingredients: Vec<String>,
    /// Micrograms of iodine per 100 g.
    pub value: f64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct IodineSources {
    source: String,
    foods: Vec<IodineSource>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct File {
    uk: Set,
    us: Set,
    iodine_sources: IodineSources,
}

#[expect(
    clippy::expect_used,
    reason = "the file is embedded at build time and a test reads every value of it, so it cannot fail at run time"
)]
fn file() -> &'static File {
    static FILE: OnceLock<File> = OnceLock::new();
    FILE.get_or_init(|| serde_yaml::from_str(YAML).expect("data/references.yaml parses"))
}

/// Returns the foods that carry iodine, and the source of their figures.
pub fn iodine_sources() -> (&'static [IodineSource], &'static str) {
    let f = file();
    (&f.iodine_sources.foods, &f.iodine_sources.source)
}

/// One nutrient's daily reference for the patient.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Value {
    /// The nutrient's key: `calcium`, `iodine`.
    pub key: &'static str,
    /// The printed name.
    pub label: &'static str,
    /// The amount a day.
    pub value: f64,
    /// Its unit.
    pub unit: &'static str,
    /// Where the number comes from.
    pub source: String,
}

/// A patient's daily targets, from the chosen references and the profile.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Targets {
    /// Which references.
    pub choice: Choice,
    /// Their name, as printed.
    pub name: String,
    /// The sex the values are for.
    pub sex: Sex,
    /// Whether the profile gave the sex (if not, the female values are used).
    pub sex_given: bool,
    /// The age the values are for.
    pub age: u8,
    /// Whether the profile gave the age (if not, [`DEFAULT_AGE`]).
    pub age_given: bool,
    /// Energy, kcal a day.
    pub energy_kcal: f64,
    /// Where the energy target comes from.
    pub energy_source: String,
    /// Protein, g a day.
    pub protein_g: f64,
    /// How the protein target was set, in words.
    pub protein_source: String,
    /// Fibre, g a day.
    pub fibre_g: f64,
    /// Salt, at most, g a day.
    pub salt_max_g: f64,
    /// The bone and joint nutrients the week's average is compared with, in print order.
    pub nutrients: Vec<Value>,
    /// The vitamin D supplement advice of these references.
    pub vitamin_d_advice: String,
    /// Its source.
    pub vitamin_d_advice_source: String,
}

impl Targets {
    /// Computes the targets for a profile.
    pub fn new(choice: Choice, profile: &Profile) -> Targets {
        let set = match choice {
            Choice::Uk => &file().uk,
            Choice::Us => &file().us,
        };
        let sex = profile.sex.unwrap_or(Sex::Female);
        let age = profile.age.unwrap_or(DEFAULT_AGE);
        let table_energy = set.energy.value(sex, age);
        let (energy_kcal, energy_source) = match profile.energy_kcal {
            Some(kcal) => (f64::from(kcal), "set by the clinician".to_owned()),
            None => (table_energy, set.energy.source.clone()),
        };
        let rni = set.protein.value(sex, age);
        let (protein_g, protein_source) = match (profile.protein_g, profile.weight_kg) {
            (Some(g), _) => (g, "set by the clinician".to_owned()),
            (None, Some(kg)) => {
                let floor = set.protein.per_kg.unwrap_or(0.0) * kg;
                (
                    (PROTEIN_PER_KG * kg).max(floor).round().max(rni),
                    format!(
                        "{PROTEIN_PER_KG} g per kg of body weight ({PROTEIN_PER_KG_SOURCE}); never below {}",
                        set.protein.source
                    ),
                )
            }
            (None, None) => (rni, set.protein.source.clone()),
        };
        let fibre_g = match set.fibre.per_1000_kcal {
            Some(per) => (per * energy_kcal / 1000.0).round(),
            None => set.fibre.value(sex, age),
        };
        let value = |key: &'static str, label: &'static str, unit, r: &Reference| Value {
            key,
            label,
            value: r.value(sex, age),
            unit,
            source: r.source.clone(),
        };
        let of = |n: Nutrient, r: &Reference| value(n.key(), n.label(), n.unit(), r);
        let nutrients = vec![
            of(Nutrient::Calcium, &set.calcium),
            of(Nutrient::VitaminD, &set.vitamin_d),
            of(Nutrient::Magnesium, &set.magnesium),
            of(Nutrient::Potassium, &set.potassium),
            of(Nutrient::Zinc, &set.zinc),
            of(Nutrient::VitaminB12, &set.vitamin_b12),
            value("iodine", "Iodine", "µg", &set.iodine),
            of(Nutrient::Iron, &set.iron),
            of(Nutrient::VitaminC, &set.vitamin_c),
            of(Nutrient::Folate, &set.folate),
        ];
        Targets {
            choice,
            name: set.name.clone(),
            sex,
            sex_given: profile.sex.is_some(),
            age,
            age_given: profile.age.is_some(),
            energy_kcal,
            energy_source,
            protein_g,
            protein_source,
            fibre_g,
            salt_max_g: set.salt.value(sex, age),
            nutrients,
            vitamin_d_advice: set.vitamin_d_advice.clone(),
            vitamin_d_advice_source: set.vitamin_d_advice_source.clone(),
        }
    }

    /// Returns the daily reference of a nutrient by key, if the targets carry it.
    pub fn reference(&self, key: &str) -> Option<f64> {
        self.nutrients
            .iter()
            .find(|v| v.key == key)
            .map(|v| v.value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile(sex: Option<Sex>, age: Option<u8>, weight: Option<f64>) -> Profile {
        Profile {
            sex,
            age,
            weight_kg: weight,
            ..Profile::default()
        }
    }

    #[test]
    fn the_embedded_file_reads_and_every_set_has_every_value() {
        for choice in [Choice::Uk, Choice::Us] {
            for sex in [Sex::Female, Sex::Male] {
                for age in [19, 45, 50, 51, 64, 65, 70, 71, 85, 120] {
                    let t = Targets::new(choice, &profile(Some(sex), Some(age), None));
                    assert!(t.energy_kcal > 1500.0, "{choice:?} {sex:?} {age}");
                    assert!(t.protein_g > 40.0);
                    assert!(t.fibre_g >= 25.0);
                    assert!(t.salt_max_g > 5.0);
                    for v in &t.nutrients {
                        assert!(v.value > 0.0, "{choice:?} {sex:?} {age} {}", v.key);
                        assert!(!v.source.is_empty());
                    }
                }
            }
        }
    }

    #[test]
    fn values_follow_sex_age_and_weight() {
        // A 72-year-old woman of 68 kg, UK: EAR 1,912 kcal; 1.0 g/kg is 68 g, above the RNI.
        let t = Targets::new(
            Choice::Uk,
            &profile(Some(Sex::Female), Some(72), Some(68.0)),
        );
        assert_eq!(t.energy_kcal, 1912.0);
        assert_eq!(t.protein_g, 68.0);
        assert_eq!(t.reference("calcium"), Some(700.0));
        assert_eq!(t.reference("magnesium"), Some(270.0));
        // A 50-year-old man, no weight: the RNI.
        let t = Targets::new(Choice::Uk, &profile(Some(Sex::Male), Some(50), None));
        assert_eq!(t.energy_kcal, 2581.0);
        assert_eq!(t.protein_g, 53.3);
        // No sex given: the female values, and the targets say so.
        let t = Targets::new(Choice::Us, &profile(None, Some(75), None));
        assert!(!t.sex_given);
        assert_eq!(t.sex, Sex::Female);
        assert_eq!(t.reference("calcium"), Some(1200.0));
        assert_eq!(t.reference("vitamin-d"), Some(20.0));
        assert_eq!(t.fibre_g, (14.0f64 * 1.8).round());
    }

    #[test]
    fn the_clinicians_overrides_win() {
        let p = Profile {
            energy_kcal: Some(1600),
            protein_g: Some(90.0),
            weight_kg: Some(60.0),
            ..Profile::default()
        };
        let t = Targets::new(Choice::Uk, &p);
        assert_eq!(t.energy_kcal, 1600.0);
        assert_eq!(t.protein_g, 90.0);
    }
}
