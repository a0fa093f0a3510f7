//! Assembles the one plain data model a layout receives, serialised as `/data.json`, and owns the
//! rest of the Rust/Typst interface: the files beside it, every virtual path ([`paths`]) and
//! label ([`labels`]), and the data's JSON Schema ([`data_schema`]).
//!
//! Every string here reaches Typst as a string value read with `json()`, never as markup.

use schemars::JsonSchema;
use serde::Serialize;
use time::Date;

use crate::check::nutrition::{self, Analysis, Badge, TagRule};
use crate::load::catalog::Catalog;
use crate::load::ingredients::Aisle as ShopAisle;
use crate::locale::{Arg, Locale};
use crate::plan::WeekPlan;
use crate::recipe::{FoodRisk, Meal, Recipe};
use crate::shop::Item;

/// The virtual files of the Rust/Typst interface, each named once: where a layout reads its data,
/// the clinic's files and each recipe's page.
pub mod paths {
    /// The data a layout receives, [`super::Handout`]: `json("/data.json")`.
    pub const DATA: &str = "/data.json";
    /// The clinic's colours, [`super::Brand`], the same file for every patient of a clinic.
    pub const BRAND: &str = "/brand.json";
    /// The locale's words: an object of message id to text, the same file for every patient in
    /// one locale.
    pub const TEXT: &str = "/text.json";
    /// The folder of the clinic's own files: its sections, logo and QR code.
    pub const CLINIC_DIR: &str = "/clinic";
    /// The QR code to the clinic's website, in [`CLINIC_DIR`].
    pub const CLINIC_QR: &str = "/clinic/qr.svg";
    /// The folder that holds one folder per recipe page ([`super::recipe_dir`]).
    pub const RECIPES_DIR: &str = "/recipes";
    /// The file of a recipe's folder that holds its data, [`super::RecipeFile`].
    pub const RECIPE_DATA: &str = "recipe.json";
    /// The file of a recipe's folder that the handout includes: the layouts' template.
    pub const RECIPE_PAGE: &str = "page.typ";
    /// The file in the layouts folder that is served as every recipe's [`RECIPE_PAGE`].
    pub const RECIPE_PAGE_TEMPLATE: &str = "/lib/recipe-file.typ";

    /// The virtual path of a clinic's own section file: `/clinic/our-story.typ`.
    pub fn clinic_section(id: &str) -> String {
        format!("{CLINIC_DIR}/{id}.typ")
    }

    /// The virtual path of a clinic's logo, by its canonical extension: `/clinic/logo.png`.
    pub fn clinic_logo(extension: &str) -> String {
        format!("{CLINIC_DIR}/logo.{extension}")
    }
}

/// The labels a layout puts in the document for gutjoint to find.
pub mod labels {
    /// The prefix of the label on each recipe's title, `recipe-ID` (`recipe-label` in
    /// `lib/recipe.typ`): gutjoint reads the recipes' pages from them.
    pub const RECIPE_PREFIX: &str = "recipe-";
    /// The label a layout puts on `metadata((message: .., hint: ..))` to warn the user, for
    /// instance about a recipe that does not fit its card.
    pub const WARNING: &str = "gutjoint-warning";
}

/// The version of the data contract; layouts check it and refuse data they do not understand.
pub const DATA_VERSION: u32 = 1;

/// The paper a handout is printed on.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, serde::Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Paper {
    /// ISO A4, 210 x 297 mm.
    #[default]
    A4,
    /// US Letter, 8.5 x 11 in.
    #[serde(alias = "letter")]
    UsLetter,
}

pub use crate::load::clinic::Clinic;

/// Who the handout comes from, as the layouts read it in `clinic` of the data: the checked
/// [`Clinic`] without what only gutjoint needs (its files, hidden recipes, planning defaults).
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ClinicData {
    /// The clinic's name.
    pub name: String,
    /// The clinician's name, if any.
    pub clinician: Option<String>,
    /// The clinician's credentials.
    pub credentials: Option<String>,
    /// The address, line by line.
    pub address: Vec<String>,
    /// The phone number.
    pub phone: Option<String>,
    /// When the phone is answered.
    pub hours: Option<String>,
    /// Who to call when the clinic is closed.
    pub out_of_hours: Option<String>,
    /// The email address.
    pub email: Option<String>,
    /// The website as printed, without `https://`.
    pub website: Option<String>,
    /// Further contact lines.
    pub contact: Vec<String>,
    /// The logo, if any.
    pub logo: Option<ClinicImage>,
    /// A QR code to the website, if any.
    pub qr: Option<ClinicImage>,
    /// The accent colour for rules and fills, as `#rrggbb`.
    pub accent: String,
    /// The accent colour for text: the same, or darkened to reach 4.5:1 on white.
    pub accent_text: String,
    /// The disclaimer.
    pub disclaimer: String,
    /// The footer line, if the clinic set one.
    pub footer: Option<String>,
    /// The education pages.
    pub education: EducationPages,
    /// The nutrient reference values: `uk` or `us`.
    pub references: crate::plan::references::Choice,
}

/// An image the layout shows: its virtual path and its description.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ClinicImage {
    /// Where the layout reads it: `/clinic/logo.png`.
    pub path: String,
    /// What it shows, for screen readers.
    pub alt: String,
}

/// The education pages a handout carries.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct EducationPages {
    /// `full` or `short`.
    pub length: crate::load::clinic::Length,
    /// The sections in order.
    pub sections: Vec<EducationSection>,
}

/// One education section: built in, or the clinic's own file.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct EducationSection {
    /// The section's id.
    pub id: String,
    /// For a clinic's section, the virtual path the layout includes it from.
    pub file: Option<String>,
}

impl ClinicData {
    /// The clinic as printed: the name and the disclaimer the clinic left to gutjoint in the
    /// locale's words.
    pub fn new(clinic: &Clinic, locale: &Locale) -> Self {
        let image = |image: &crate::load::clinic::Image| ClinicImage {
            path: image.path.clone(),
            alt: image.alt.clone(),
        };
        Self {
            name: if clinic.name == Clinic::default().name {
                locale.text("default-clinic-name")
            } else {
                clinic.name.clone()
            },
            clinician: clinic.clinician.clone(),
            credentials: clinic.credentials.clone(),
            address: clinic.address.clone(),
            phone: clinic.phone.clone(),
            hours: clinic.hours.clone(),
            out_of_hours: clinic.out_of_hours.clone(),
            email: clinic.email.clone(),
            website: clinic.website.clone(),
            contact: clinic.contact.clone(),
            logo: clinic.logo.as_ref().map(image),
            qr: clinic.qr.as_ref().map(image),
            accent: clinic.accent.clone(),
            accent_text: clinic.accent_text.clone(),
            disclaimer: if clinic.disclaimer == crate::load::clinic::DEFAULT_DISCLAIMER {
                locale.text("default-disclaimer")
            } else {
                clinic.disclaimer.clone()
            },
            footer: clinic.footer.clone(),
            education: EducationPages {
                length: clinic.education.length,
                sections: clinic
                    .education
                    .sections
                    .iter()
                    .map(|s| EducationSection {
                        id: s.id.clone(),
                        file: s.file.clone(),
                    })
                    .collect(),
            },
            references: clinic.references,
        }
    }
}

/// Settings that shape a handout but do not come from recipes.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The title on the cover and in the PDF's metadata.
    pub title: String,
    /// The paper size.
    pub paper: Paper,
    /// The first day of the week plan, also printed as the handout's date.
    pub date: Date,
    /// Who the handout comes from.
    pub clinic: Clinic,
    /// The patient's name, printed on the cover.
    pub patient: Option<String>,
    /// Whether to print body text at 16 pt.
    pub large_print: bool,
    /// Whether the patient is pregnant, immune-suppressed or frail (`food-safety: vulnerable`):
    /// the handout then prints the food-safety box.
    pub vulnerable: bool,
    /// The locale: its words, measures, spelling and dates.
    pub locale: std::sync::Arc<Locale>,
}

/// The data a layout receives.
#[derive(Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Handout {
    /// The data contract's version.
    pub version: u32,
    /// The document's title.
    pub title: String,
    /// The document's language, as an ISO 639 code.
    pub lang: String,
    /// The document's region, as an ISO 3166 code: `GB`, `US`.
    pub region: String,
    /// The locale's tag: `en-GB`. Its words are in `/text.json`.
    pub locale: String,
    /// The paper size.
    pub paper: Paper,
    /// Whether body text is 16 pt instead of 12.5 pt.
    pub large_print: bool,
    /// The handout's date, written out in the locale's way: "Thursday 26 November 2026".
    pub date: String,
    /// Who the handout comes from.
    pub clinic: ClinicData,
    /// The patient's name, if known.
    pub patient: Option<String>,
    /// Whether to print the food-safety box for a pregnant, immune-suppressed or frail patient.
    pub vulnerable: bool,
    /// How many people each meal and the shopping list are for.
    pub household: u8,
    /// The key to the tags.
    pub tag_rules: Vec<TagRule>,
    /// The meals of a day, in order, with their printed names.
    pub meals: Vec<MealName>,
    /// The week plan, day by day.
    pub week: Vec<Day>,
    /// What the week covers, day by day.
    pub coverage: Vec<DayCover>,
    /// Whether the oily-fish aim applies (the patient's recipes include oily fish).
    pub oily_fish_applies: bool,
    /// The week's totals, as printed lines.
    pub totals: Vec<Fact>,
    /// The soft rules the plan had to give up, as printed lines.
    pub relaxed: Vec<String>,
    /// The week's nutrition against the patient's targets, with its advice: the "Your week's
    /// nutrition" page.
    /// Its words are English, respelt by the locale's word list (they are not in the locale
    /// files yet), so it is sent as the JSON of an [`Intake`](crate::plan::intake::Intake) whose
    /// strings were respelt; the schema is the intake's.
    #[schemars(with = "Option<crate::plan::intake::Intake>")]
    pub nutrition: Option<serde_json::Value>,
    /// The shopping list, by aisle.
    pub shopping: Vec<Aisle>,
    /// The shopping list's first lines: whom it is for ("For 2 people, for the whole week.").
    pub shopping_intro: String,
    /// Staples to check for rather than buy.
    pub cupboard: Vec<ShopLine>,
    /// The "Get ahead" box: what to cook once for several meals, what keeps how long.
    pub get_ahead: Vec<String>,
    /// The planned recipes, each once, in order of first appearance.
    pub recipes: Vec<RecipePage>,
    /// The chosen part of the library, for the book and the cards; `none` for the handout and
    /// the week sheet.
    pub library: Option<Library>,
}

/// A selection of recipes with its chapters and indexes, for the book and the cards.
#[derive(Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Library {
    /// What was chosen, in words ("Vegan, high fibre"), or `none` for the whole library.
    pub filter: Option<String>,
    /// How many recipes, in words: "68 recipes".
    pub count_text: String,
    /// The recipes, chapter by chapter, by title within a chapter.
    pub recipes: Vec<RecipePage>,
    /// The chapters: one per meal, each recipe under its first meal.
    pub chapters: Vec<Chapter>,
    /// The index by tag, in the order of the tag key.
    pub by_tag: Vec<IndexGroup>,
    /// The index by main ingredient (the two heaviest foods of each recipe, staples aside).
    pub by_ingredient: Vec<IndexGroup>,
}

/// A chapter of the book.
#[derive(Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Chapter {
    /// The meal's printed name.
    pub name: String,
    /// The ids of its recipes, in print order.
    pub recipes: Vec<String>,
    /// How many, in words: "12 recipes, one to a page".
    pub count_text: String,
}

/// One heading of an index and the recipes under it.
#[derive(Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct IndexGroup {
    /// The heading: "High fibre", "oats".
    pub name: String,
    /// The tag's badge, in the tag index.
    pub badge: Option<Badge>,
    /// The recipes, by title.
    pub recipes: Vec<RecipeRef>,
}

/// A recipe named in an index.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct RecipeRef {
    /// The id, which is also the page label `recipe-ID`.
    pub id: String,
    /// The title.
    pub title: String,
}

/// The JSON Schema (draft 2020-12) of `/data.json` as gutjoint writes it: every key required
/// (each is always written, `null` when empty) and no other key allowed, so a layout author
/// sees exactly what a layout receives.
pub fn data_schema() -> schemars::Schema {
    schemars::generate::SchemaSettings::draft2020_12()
        .for_serialize()
        .into_generator()
        .into_root_schema_for::<Handout>()
}

/// Builds the library part of the data from the chosen recipes.
pub fn library(
    catalog: &Catalog,
    ids: &[String],
    filter: Option<String>,
    locale: &Locale,
) -> Library {
    let chosen: Vec<&Recipe> = ids.iter().filter_map(|id| catalog.get(id)).collect();
    let mut chapters: Vec<Chapter> = Vec::new();
    let mut ordered: Vec<&Recipe> = Vec::new();
    for meal in Meal::ALL {
        let mut in_chapter: Vec<&Recipe> = chosen
            .iter()
            .copied()
            .filter(|r| r.meals.first() == Some(meal))
            .collect();
        if in_chapter.is_empty() {
            continue;
        }
        in_chapter.sort_by_key(|r| r.title.to_lowercase());
        chapters.push(Chapter {
            count_text: locale.args(
                "chapter-count",
                &[("n", Arg::Number(in_chapter.len() as f64))],
            ),
            name: meal_name(locale, *meal),
            recipes: in_chapter.iter().map(|r| r.id.clone()).collect(),
        });
        ordered.extend(in_chapter);
    }
    let reference = |r: &Recipe| RecipeRef {
        id: r.id.clone(),
        title: recipe_title(locale, r),
    };
    let mut by_tag: Vec<IndexGroup> = Vec::new();
    for rule in nutrition::rules_in(locale) {
        if by_tag.iter().any(|g| g.name == rule.badge.label) {
            continue;
        }
        let mut recipes: Vec<RecipeRef> = ordered
            .iter()
            .filter(|r| nutrition::badges_in(&r.tags, locale).contains(&rule.badge))
            .map(|r| reference(r))
            .collect();
        if recipes.is_empty() {
            continue;
        }
        recipes.sort_by_key(|r| r.title.to_lowercase());
        by_tag.push(IndexGroup {
            name: rule.badge.label.clone(),
            badge: Some(rule.badge),
            recipes,
        });
    }
    let mut by_ingredient: std::collections::BTreeMap<String, Vec<RecipeRef>> =
        std::collections::BTreeMap::new();
    for recipe in &ordered {
        for item in main_ingredients(catalog, recipe, locale) {
            by_ingredient
                .entry(item)
                .or_default()
                .push(reference(recipe));
        }
    }
    Library {
        filter,
        count_text: locale.args("recipe-count", &[("n", Arg::Number(ordered.len() as f64))]),
        recipes: ordered
            .iter()
            .filter_map(|r| recipe_page(r, catalog, locale))
            .collect(),
        chapters,
        by_tag,
        by_ingredient: by_ingredient
            .into_iter()
            .map(|(name, mut recipes)| {
                recipes.sort_by_key(|r| r.title.to_lowercase());
                IndexGroup {
                    name,
                    badge: None,
                    recipes,
                }
            })
            .collect(),
    }
}

/// The two heaviest foods of a recipe, leaving out water and cupboard staples.
fn main_ingredients(catalog: &Catalog, recipe: &Recipe, locale: &Locale) -> Vec<String> {
    let mut weighed: Vec<(f64, &str)> = recipe
        .ingredients
        .iter()
        .filter_map(|line| {
            let entry = catalog.table().get(&line.item)?;
            if line.item == "water" || crate::shop::is_staple(&line.item, entry.aisle) {
                return None;
            }
            Some((
                crate::load::ingredients::grams(line, entry).ok()?,
                line.item.as_str(),
            ))
        })
        .collect();
    weighed.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut out: Vec<String> = Vec::new();
    for (_, item) in weighed {
        let item = item_name(locale, recipe, item);
        if !out.contains(&item) {
            out.push(item);
        }
        if out.len() == 2 {
            break;
        }
    }
    out
}

/// One day's coverage, for the chart.
#[derive(Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct DayCover {
    /// The weekday, short: "Thu".
    pub day: String,
    /// A live-fermented dish.
    pub live: bool,
    /// An omega-3 source.
    pub omega3: bool,
    /// The patient's fibre, as printed: "31 g".
    pub fiber: String,
    /// Whether the fibre reaches 25 g.
    pub fiber_ok: bool,
    /// Polyphenol-rich meals of the day's meals: "4/4".
    pub polyphenol: String,
    /// Oily fish.
    pub oily_fish: bool,
}

/// One aisle of the shopping list.
#[derive(Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Aisle {
    /// The aisle's printed name.
    pub name: String,
    /// What to buy there.
    pub items: Vec<ShopLine>,
}

/// One line of the shopping list.
#[derive(Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ShopLine {
    /// The food.
    pub item: String,
    /// How much, as printed.
    pub amount: String,
    /// What is left at the end of the week, as printed ("about 80 g left over"), if anything.
    pub left_over: Option<String>,
}

/// A meal's key and printed name.
#[derive(Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct MealName {
    /// The key used in `week[].slots[].meal`.
    pub key: Meal,
    /// The printed name: "Breakfast".
    pub name: String,
}

/// One day of the week table.
#[derive(Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Day {
    /// The weekday: "Thursday".
    pub weekday: String,
    /// The short date: "26 Nov".
    pub date: String,
    /// The day's meals.
    pub slots: Vec<DaySlot>,
}

/// One meal of one day.
#[derive(Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct DaySlot {
    /// Which meal.
    pub meal: Meal,
    /// The recipe's id, which is also its page label in the layout.
    pub recipe: String,
    /// The recipe's title.
    pub title: String,
    /// The recipe's tags.
    pub badges: Vec<Badge>,
    /// Whether it is the previous day's dinner, eaten again.
    pub leftover: bool,
    /// Where the meal comes from.
    pub source: MealSource,
    /// The patient's portion, as printed: "1 1/2 servings".
    pub portion: String,
    /// The sides the patient has with it, as printed titles.
    pub sides: Vec<String>,
}

/// Where a meal of the week comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum MealSource {
    /// Cooked that day.
    Fresh,
    /// The day before's dinner, eaten again.
    Leftover,
    /// A second portion frozen earlier in the week.
    Freezer,
}

/// One recipe page.
#[derive(Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct RecipePage {
    /// The recipe's id.
    pub id: String,
    /// The page's own file, `/recipes/ID/page.typ`, which the handout includes; see
    /// [`Handout::recipe_files`].
    pub page: String,
    /// The recipe's title.
    pub title: String,
    /// The meals it suits, as printed words.
    pub meals: Vec<String>,
    /// How many servings it makes.
    pub serves: u32,
    /// Hands-on minutes.
    pub prep: u32,
    /// Unattended minutes.
    pub cook: u32,
    /// Minutes in the fridge before it is ready.
    pub chill: u32,
    /// The diet it suits, as a printed word.
    pub diet: String,
    /// The allergens it contains, as printed words.
    pub allergens: Vec<String>,
    /// Allergens it may contain by a precautionary label ("may contain"), as printed words.
    pub may_contain: Vec<String>,
    /// Food-safety advice for this dish: how to make it safe in pregnancy or with a weak immune
    /// system, and the rule for cooked rice.
    pub safety: Vec<String>,
    /// The tags it earns.
    pub badges: Vec<Badge>,
    /// The ingredients that earn the polyphenol tag.
    pub polyphenol_from: Vec<String>,
    /// Computed nutrients per serving, as printed label and value: energy, fibre, plant and fish
    /// omega-3 (the four a recipe card prints), then protein, salt, calcium and vitamin D.
    pub nutrition: Vec<Fact>,
    /// The ingredient list.
    pub ingredients: Vec<IngredientLine>,
    /// The method.
    pub steps: Vec<String>,
    /// Why it is good for the gut.
    pub why: Option<String>,
    /// How to keep it.
    pub storage: Option<String>,
    /// Whether it keeps for the next day.
    pub leftovers: bool,
    /// Whether it suits sore hands: no fine chopping.
    pub easy_prep: bool,
    /// The patient's portion in the week, as printed: "your portion: 1 1/2 servings"; none
    /// outside a week plan.
    pub portion: Option<String>,
    /// When the household cooks it this week and for how many, as printed: "Thursday dinner:
    /// cook 3 servings; keep 1 1/2 of them for Friday's lunch". Empty outside a week plan, where
    /// the page prints the recipe as written.
    pub cooks: Vec<String>,
    /// The heading of each column of amounts, one per entry of `cooks`: the days it stands for
    /// ("Mon", "Tue, Thu", or "5 days" for more, which its line of `cooks` names). A breakfast made on several days at the same servings has one
    /// column for all of them.
    pub columns: Vec<String>,
    /// How many times each column is cooked.
    pub times: Vec<u32>,
}

/// A labelled value, printed as is: ("Fibre", "8.4 g").
#[derive(Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Fact {
    /// What the value is.
    pub label: String,
    /// The value with its unit.
    pub value: String,
}

/// One printed ingredient line.
#[derive(Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct IngredientLine {
    /// The amount: "80 g", "2 cloves", "to taste".
    pub amount: String,
    /// The food.
    pub item: String,
    /// A note: "fresh or frozen".
    pub note: Option<String>,
    /// The amounts the household cooks this week, one per time it is cooked ("220 g"); empty
    /// outside a week plan.
    pub amounts: Vec<String>,
    /// The same amounts as numbers in the recipe's unit, after rounding; none for "to taste".
    pub values: Vec<Option<f64>>,
}

/// Assembles the handout data from a plan, its catalogue and its shopping list.
pub fn assemble(
    catalog: &Catalog,
    plan: &WeekPlan,
    shopping: &[Item],
    settings: &Settings,
) -> Handout {
    let locale = &*settings.locale;
    let week = plan
        .days
        .iter()
        .map(|day| Day {
            weekday: locale.weekday(day.date),
            date: locale.short_date(day.date),
            slots: day
                .slots
                .iter()
                .filter_map(|slot| {
                    let recipe = catalog.get(&slot.recipe)?;
                    Some(DaySlot {
                        meal: slot.meal,
                        recipe: recipe.id.clone(),
                        title: breakable(&recipe_title(locale, recipe)),
                        badges: nutrition::badges_in(&recipe.tags, locale),
                        leftover: slot.leftover,
                        source: match (slot.leftover, slot.frozen_from) {
                            (true, _) => MealSource::Leftover,
                            (_, Some(_)) => MealSource::Freezer,
                            _ => MealSource::Fresh,
                        },
                        portion: portion_words(locale, slot.portion.servings()),
                        sides: slot
                            .sides
                            .iter()
                            .filter_map(|id| {
                                catalog.get(id).map(|r| breakable(&recipe_title(locale, r)))
                            })
                            .collect(),
                    })
                })
                .collect(),
        })
        .collect();
    let cooks = crate::shop::cooks(plan);
    let recipes = plan
        .recipe_ids()
        .into_iter()
        .filter_map(|id| {
            let recipe = catalog.get(id)?;
            let mut page = recipe_page(recipe, catalog, locale)?;
            page.portion = portions_of(plan, id, locale);
            household_amounts(&mut page, recipe, catalog, plan, &cooks, locale);
            Some(page)
        })
        .collect();
    let meals = Meal::ALL
        .iter()
        .filter(|m| {
            plan.days
                .iter()
                .any(|d| d.slots.iter().any(|s| s.meal == **m))
        })
        .map(|&key| MealName {
            key,
            name: meal_name(locale, key),
        })
        .collect();
    let number = |n: usize| Arg::Number(n as f64);
    Handout {
        version: DATA_VERSION,
        title: settings.title.clone(),
        lang: locale.lang.clone(),
        region: locale.region.clone(),
        locale: locale.tag.clone(),
        paper: settings.paper,
        large_print: settings.large_print,
        date: locale.long_date(settings.date),
        clinic: ClinicData::new(&settings.clinic, locale),
        patient: settings.patient.clone(),
        vulnerable: settings.vulnerable,
        household: plan.household,
        coverage: plan
            .days
            .iter()
            .zip(&plan.coverage.days)
            .map(|(day, c)| DayCover {
                day: locale.weekday_short(day.date),
                live: c.live_ferment,
                omega3: c.omega3,
                fiber: format!("{:.0} g", c.fiber_g),
                fiber_ok: c.fiber_g >= crate::plan::FIBER_PER_DAY_G,
                polyphenol: format!("{}/{}", c.polyphenol_meals, c.meals),
                oily_fish: c.oily_fish,
            })
            .collect(),
        oily_fish_applies: plan.coverage.oily_fish_possible,
        totals: [
            Some(Fact {
                label: locale.text("total-plants"),
                value: locale.args("total-plants-value", &[("n", number(plan.coverage.plants))]),
            }),
            plan.coverage.oily_fish_possible.then(|| Fact {
                label: locale.text("total-oily-fish"),
                value: locale.args(
                    "total-oily-fish-value",
                    &[("n", number(plan.coverage.oily_fish_days))],
                ),
            }),
            Some(Fact {
                label: locale.text("total-live"),
                value: locale.args(
                    "total-live-value",
                    &[(
                        "n",
                        number(plan.coverage.days.iter().filter(|d| d.live_ferment).count()),
                    )],
                ),
            }),
        ]
        .into_iter()
        .flatten()
        .collect(),
        relaxed: plan
            .relaxed
            .iter()
            .map(|r| {
                let detail = Arg::Text(locale.respell(&r.detail));
                match r.day {
                    Some(d) => locale.args(
                        "relaxed-day",
                        &[
                            (
                                "day",
                                Arg::Text(
                                    plan.days
                                        .get(d - 1)
                                        .map_or(String::new(), |day| locale.weekday(day.date)),
                                ),
                            ),
                            ("detail", detail),
                        ],
                    ),
                    None => locale.args("relaxed-week", &[("detail", detail)]),
                }
            })
            .collect(),
        nutrition: serde_json::to_value(crate::plan::intake::assess(plan, catalog))
            .ok()
            .map(|v| respelt(v, locale)),
        shopping: group_by_aisle(shopping, catalog, locale),
        shopping_intro: locale.args(
            "shopping-intro",
            &[("n", Arg::Number(f64::from(plan.household)))],
        ),
        cupboard: shopping
            .iter()
            .filter(|i| i.staple)
            .map(|i| shop_line(i, locale))
            .collect(),
        get_ahead: crate::plan::prep::get_ahead(plan, catalog, locale),
        tag_rules: nutrition::rules_in(locale),
        meals,
        week,
        recipes,
        library: None,
    }
}

/// Respells every string of a JSON value with the locale's word list.
fn respelt(value: serde_json::Value, locale: &Locale) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::String(s) => Value::String(locale.respell(&s)),
        Value::Array(a) => Value::Array(a.into_iter().map(|v| respelt(v, locale)).collect()),
        Value::Object(o) => Value::Object(
            o.into_iter()
                .map(|(k, v)| (k, respelt(v, locale)))
                .collect(),
        ),
        other => other,
    }
}

fn group_by_aisle(shopping: &[Item], _catalog: &Catalog, locale: &Locale) -> Vec<Aisle> {
    let mut aisles: Vec<Aisle> = Vec::new();
    for item in shopping.iter().filter(|i| !i.staple) {
        let name = aisle_name(locale, item.aisle);
        let line = shop_line(item, locale);
        match aisles.iter_mut().find(|a| a.name == name) {
            Some(aisle) => aisle.items.push(line),
            None => aisles.push(Aisle {
                name,
                items: vec![line],
            }),
        }
    }
    aisles
}

/// One shopping line in the locale's words and measures: the list's own label in a metric
/// locale, pounds, ounces and fluid ounces (with the metric amount) in a US one.
fn shop_line(item: &Item, locale: &Locale) -> ShopLine {
    let metric = locale.measures == crate::locale::Measures::Metric;
    let amount = match item.buy {
        // Whole packs: "1 bag (200 g)"; in US measures "1 bag (7 oz)", the size its label gives.
        Some(_) if !item.packs.is_empty() && metric => locale.respell(&item.label),
        Some(_) if !item.packs.is_empty() => item
            .packs
            .iter()
            .map(|b| {
                // A pack's local name ("can" for a tin), where the locale has one.
                let key = format!("pack-{}", b.name.replace(' ', "-"));
                let one = if locale.has(&key) {
                    locale.text(&key)
                } else {
                    b.name.clone()
                };
                let name = if b.count == 1 {
                    one
                } else {
                    crate::shop::plural(&one)
                };
                match crate::locale::units::pack_size(locale, b.size, b.unit) {
                    Some(size) => format!("{} {} ({size})", b.count, locale.respell(&name)),
                    None if b.unit == crate::recipe::Unit::Piece => {
                        format!("{} {} of {}", b.count, locale.respell(&name), b.size)
                    }
                    None => format!(
                        "{} {} ({} {})",
                        b.count,
                        locale.respell(&name),
                        b.size,
                        b.unit
                    ),
                }
            })
            .collect::<Vec<_>>()
            .join(" + "),
        None => locale.text("to-taste"),
        Some(buy) => match crate::locale::units::shopping(locale, buy, item.unit) {
            Some(text) => text,
            None => match item.approx_g {
                // A counted item with its weight: "3 (about 450 g)".
                Some(grams) if locale.measures != crate::locale::Measures::Metric => {
                    let count = item.label.split(" (").next().unwrap_or(&item.label);
                    format!("{count} ({})", crate::locale::units::approx(locale, grams))
                }
                _ => item
                    .label
                    .replace("(about ", &format!("({} ", locale.text("about-word"))),
            },
        },
    };
    // What is left at the end of the week, in the locale's measures.
    let left_over = item.left_over_label.as_ref().map(|label| {
        let amount = match (item.unit, item.grams, item.left_over) {
            (Some(crate::recipe::Unit::Piece), _, Some(left)) => {
                format!("{}", left.floor().max(0.0))
            }
            (_, Some(g), _) if !metric => crate::locale::units::approx(locale, g.left_over),
            _ => locale.respell(label.trim_end_matches(" left over")),
        };
        locale.args("left-over", &[("amount", Arg::Text(amount))])
    });
    ShopLine {
        item: item_label(locale, &item.item),
        amount,
        left_over,
    }
}

fn aisle_name(locale: &Locale, aisle: ShopAisle) -> String {
    locale.text(match aisle {
        ShopAisle::Produce => "aisle-produce",
        ShopAisle::Bakery => "aisle-bakery",
        ShopAisle::FishAndMeat => "aisle-fish-and-meat",
        ShopAisle::Chilled => "aisle-chilled",
        ShopAisle::Frozen => "aisle-frozen",
        ShopAisle::Cupboard => "aisle-cupboard",
        ShopAisle::HerbsAndSpices => "aisle-herbs-and-spices",
        ShopAisle::Drinks => "aisle-drinks",
    })
}

/// The recipe's own words for the locale, when it has them.
fn own_words<'a>(locale: &Locale, recipe: &'a Recipe) -> Option<&'a crate::recipe::LocaleText> {
    if locale.tag == "en-US" {
        recipe.en_us.as_ref()
    } else {
        None
    }
}

/// The recipe's title in the locale: its own override, else respelt by the locale's word list.
pub fn recipe_title(locale: &Locale, recipe: &Recipe) -> String {
    own_words(locale, recipe)
        .and_then(|w| w.title.clone())
        .unwrap_or_else(|| locale.respell(&recipe.title))
}

/// An ingredient's printed name in a recipe: the recipe's override, else respelt.
fn item_name(locale: &Locale, recipe: &Recipe, item: &str) -> String {
    own_words(locale, recipe)
        .and_then(|w| w.ingredients.get(item).cloned())
        .unwrap_or_else(|| item_label(locale, item))
}

/// An ingredient's printed name outside one recipe (the shopping list), respelt.
fn item_label(locale: &Locale, item: &str) -> String {
    locale.respell(item)
}

/// Recipe text in the locale: respelt, with its oven temperatures as the locale writes them.
fn recipe_text(locale: &Locale, text: &str) -> String {
    crate::locale::units::oven(locale, &locale.respell(text))
}

fn recipe_page(recipe: &Recipe, catalog: &Catalog, locale: &Locale) -> Option<RecipePage> {
    let analysis = catalog.analysis(&recipe.id)?;
    let per = &analysis.per_serving;
    let fact = |key: &str, value: String| Fact {
        label: locale.text(key),
        value,
    };
    let nutrition = vec![
        fact("fact-energy", format!("{:.0} kcal", per.energy_kcal)),
        fact("fact-fiber", format!("{:.1} g", per.fiber_g)),
        fact("fact-ala", format!("{:.1} g", per.ala_g)),
        fact("fact-epa-dha", format!("{:.0} mg", per.epa_dha_mg)),
        // The cards print the four facts above; the recipe page prints these too.
        fact(
            "fact-protein",
            analysis
                .nutrients
                .show(crate::check::nutrients::Nutrient::Protein),
        ),
        fact(
            "fact-salt",
            analysis
                .nutrients
                .show(crate::check::nutrients::Nutrient::Salt),
        ),
        fact(
            "fact-calcium",
            analysis
                .nutrients
                .show(crate::check::nutrients::Nutrient::Calcium),
        ),
        fact(
            "fact-vitamin-d",
            analysis
                .nutrients
                .show(crate::check::nutrients::Nutrient::VitaminD),
        ),
    ];
    let own = own_words(locale, recipe);
    let steps: Vec<String> = match own.and_then(|w| w.steps.clone()) {
        Some(steps) => steps
            .iter()
            .map(|s| breakable(&crate::locale::units::oven(locale, s)))
            .collect(),
        None => recipe
            .steps
            .iter()
            .map(|s| breakable(&recipe_text(locale, s)))
            .collect(),
    };
    let why = own
        .and_then(|w| w.why.clone())
        .or_else(|| recipe.why.as_deref().map(|t| recipe_text(locale, t)));
    let storage = own
        .and_then(|w| w.storage.clone())
        .or_else(|| recipe.storage.as_deref().map(|t| recipe_text(locale, t)));
    Some(RecipePage {
        id: recipe.id.clone(),
        page: format!("{}/{}", recipe_dir(&recipe.id), paths::RECIPE_PAGE),
        title: breakable(&recipe_title(locale, recipe)),
        meals: recipe.meals.iter().map(|&m| meal_name(locale, m)).collect(),
        serves: recipe.serves.get(),
        prep: recipe.time.prep,
        cook: recipe.time.cook,
        chill: recipe.time.chill,
        diet: locale.text(match recipe.diet {
            crate::recipe::Diet::Vegan => "diet-vegan",
            crate::recipe::Diet::Vegetarian => "diet-vegetarian",
            crate::recipe::Diet::Pescatarian => "diet-pescatarian",
            crate::recipe::Diet::Omnivore => "diet-omnivore",
        }),
        allergens: recipe
            .allergens
            .iter()
            .map(|&a| allergen_name(locale, a))
            .collect(),
        may_contain: analysis
            .may_contain
            .iter()
            .map(|&a| allergen_name(locale, a))
            .collect(),
        safety: safety_lines(recipe, analysis, locale),
        badges: nutrition::badges_in(&recipe.tags, locale),
        polyphenol_from: recipe
            .polyphenol_from
            .iter()
            .map(|i| item_name(locale, recipe, i))
            .collect(),
        nutrition,
        ingredients: recipe
            .ingredients
            .iter()
            .map(|i| IngredientLine {
                amount: match i.qty {
                    Some(q) if locale.measures != crate::locale::Measures::Metric => {
                        crate::locale::units::amount(
                            locale,
                            q.upper(),
                            i.unit.unwrap_or(crate::recipe::Unit::Piece),
                            catalog.table().get(&i.item),
                        )
                    }
                    Some(_) => i.amount(),
                    None => locale.text("to-taste"),
                },
                item: breakable(&item_name(locale, recipe, &i.item)),
                note: i
                    .note
                    .as_deref()
                    .map(|n| breakable(&recipe_text(locale, n))),
                amounts: Vec::new(),
                values: Vec::new(),
            })
            .collect(),
        steps,
        why: why.as_deref().map(breakable),
        storage: storage.as_deref().map(breakable),
        leftovers: recipe.leftovers,
        easy_prep: recipe.easy_prep,
        portion: None,
        cooks: Vec::new(),
        columns: Vec::new(),
        times: Vec::new(),
    })
}

/// Puts the household's amounts on a planned recipe's page: for each time it is cooked this week,
/// the recipe scaled to the servings the shopping list buys for it (the same computation,
/// [`crate::shop::cooks`]), rounded as a cook measures.
fn household_amounts(
    page: &mut RecipePage,
    recipe: &Recipe,
    catalog: &Catalog,
    plan: &WeekPlan,
    week: &[crate::shop::Cook],
    locale: &Locale,
) {
    let cooks: Vec<&crate::shop::Cook> = week
        .iter()
        .filter(|c| c.recipe == recipe.id && !c.side)
        .collect();
    let serves = f64::from(recipe.serves.get());
    // A note that counts ("2 cans, drained", "1 microwave pouch") speaks of the recipe as
    // written; at other amounts it says so, so it never contradicts the amount beside it.
    if cooks.iter().any(|c| (c.servings - serves).abs() > 1e-9) {
        for printed in &mut page.ingredients {
            let Some(note) = &printed.note else { continue };
            let parts: Vec<&str> = note.split(", ").collect();
            if let Some(at) = parts
                .iter()
                .position(|p| p.starts_with(|c: char| c.is_ascii_digit()))
            {
                let mut parts: Vec<String> = parts.iter().map(|p| (*p).to_owned()).collect();
                parts[at] = locale.args(
                    "note-as-written",
                    &[
                        ("serves", Arg::Number(serves)),
                        ("note", Arg::Text(parts[at].clone())),
                    ],
                );
                printed.note = Some(parts.join(", "));
            }
        }
    }
    // Cooks of one meal at the same servings that keep nothing for later share a column.
    let mut groups: Vec<Vec<&crate::shop::Cook>> = Vec::new();
    for cook in &cooks {
        let alone = cook.leftover.is_some() || cook.frozen.is_some();
        let same = groups.iter_mut().find(|g| {
            let first = g[0];
            !alone
                && first.leftover.is_none()
                && first.frozen.is_none()
                && first.meal == cook.meal
                && (first.servings - cook.servings).abs() < 1e-9
        });
        match same {
            Some(group) => group.push(cook),
            None => groups.push(vec![cook]),
        }
    }
    let day = |d: usize| {
        plan.days
            .get(d)
            .map(|d| locale.weekday(d.date))
            .unwrap_or_default()
    };
    let short = |d: usize| {
        plan.days
            .get(d)
            .map(|d| locale.weekday_short(d.date))
            .unwrap_or_default()
    };
    for group in &groups {
        let cook = group[0];
        let days: Vec<String> = group.iter().map(|c| day(c.day)).collect();
        page.columns.push(match group.len() {
            1 | 2 => group
                .iter()
                .map(|c| short(c.day))
                .collect::<Vec<_>>()
                .join(", "),
            n => locale.args("column-days", &[("n", Arg::Number(n as f64))]),
        });
        page.times.push(group.len() as u32);
        let args = [
            (
                "days",
                Arg::Text(crate::plan::prep::and_list(locale, &days)),
            ),
            (
                "meal",
                Arg::Text(meal_name(locale, cook.meal).to_lowercase()),
            ),
            ("servings", Arg::Text(servings_words(locale, cook.servings))),
        ];
        let mut line = locale.args(
            if group.len() > 1 {
                "cook-line-each"
            } else {
                "cook-line"
            },
            &args,
        );
        if let Some(kept) = cook.leftover {
            line.push_str("; ");
            line.push_str(&locale.args(
                "cook-keep",
                &[
                    ("kept", Arg::Text(servings_words(locale, kept))),
                    ("next", Arg::Text(day(cook.day + 1))),
                ],
            ));
        }
        if let Some((frozen, later)) = cook.frozen {
            line.push_str("; ");
            line.push_str(&locale.args(
                "cook-freeze",
                &[
                    ("frozen", Arg::Text(servings_words(locale, frozen))),
                    ("later", Arg::Text(day(later))),
                ],
            ));
        }
        page.cooks.push(line);
        let factor = cook.servings / serves;
        for (printed, line) in page.ingredients.iter_mut().zip(&recipe.ingredients) {
            match line.qty {
                Some(q) => {
                    let unit = line.unit.unwrap_or(crate::recipe::Unit::Piece);
                    let value = kitchen_round(q.upper() * factor, unit);
                    printed.amounts.push(match locale.measures {
                        crate::locale::Measures::Metric => {
                            unit.display(crate::recipe::Quantity::Exact(value))
                        }
                        _ => crate::locale::units::amount(
                            locale,
                            value,
                            unit,
                            catalog.table().get(&line.item),
                        ),
                    });
                    printed.values.push(Some(value));
                }
                None => {
                    printed.amounts.push(locale.text("to-taste"));
                    printed.values.push(None);
                }
            }
        }
    }
}

/// Rounds a scaled amount as a cook measures it: grams and millilitres to 5 below 100 and to 10
/// above, spoons, cups and counted things to a quarter, pinches to whole ones.
fn kitchen_round(value: f64, unit: crate::recipe::Unit) -> f64 {
    use crate::recipe::Unit as U;
    match unit {
        U::Gram | U::Millilitre if value < 100.0 => ((value / 5.0).round() * 5.0).max(5.0),
        U::Gram | U::Millilitre => (value / 10.0).round() * 10.0,
        U::Kilogram | U::Litre => ((value * 20.0).round() / 20.0).max(0.05),
        U::Pinch => value.round().max(1.0),
        // Whole eggs, onions and cloves once there are two or more; halves below that.
        U::Piece | U::Clove | U::Slice if value >= 2.0 => value.round(),
        U::Piece | U::Clove | U::Slice => ((value * 2.0).round() / 2.0).max(0.5),
        _ => ((value * 4.0).round() / 4.0).max(0.25),
    }
}

/// Writes a patient's portion: "1 1/2 servings", "3/4 of a serving", "1 serving".
pub fn portion_words(locale: &Locale, servings: f64) -> String {
    servings_in(locale, "portion", servings)
}

/// Writes a number of servings in quarters: "1 serving", "3 1/2 servings".
pub fn servings_words(locale: &Locale, servings: f64) -> String {
    servings_in(locale, "servings", servings)
}

fn servings_in(locale: &Locale, key: &str, servings: f64) -> String {
    let quarters = (servings * 4.0).round() as u32;
    let whole = quarters / 4;
    let part = ["", "1/4", "1/2", "3/4"][(quarters % 4) as usize];
    let number = match (whole, part) {
        (0, p) => p.to_owned(),
        (w, "") => w.to_string(),
        (w, p) => format!("{w} {p}"),
    };
    locale.args(
        key,
        &[
            ("amount", Arg::Text(number)),
            ("n", Arg::Number(f64::from(quarters) / 4.0)),
            ("whole", Arg::Number(f64::from(whole))),
        ],
    )
}

/// Writes the patient's portions of a recipe in the week: "your portion: 1 1/2 servings", or
/// "your portion: 1 serving or 1 1/4 servings" when it differs from meal to meal.
fn portions_of(plan: &WeekPlan, id: &str, locale: &Locale) -> Option<String> {
    let mut portions: Vec<crate::plan::portions::Portion> = plan
        .days
        .iter()
        .flat_map(|d| &d.slots)
        .filter(|s| s.recipe == id)
        .map(|s| s.portion)
        .collect();
    portions.sort();
    portions.dedup();
    let words: Vec<String> = portions
        .iter()
        .map(|p| portion_words(locale, p.servings()))
        .collect();
    (!words.is_empty()).then(|| {
        locale.args(
            "your-portion",
            &[("portions", Arg::Text(words.join(&locale.text("or-join"))))],
        )
    })
}

/// What a recipe page says about food safety: the recipe's own tip, and the rule for cooked rice.
fn safety_lines(recipe: &Recipe, analysis: &Analysis, locale: &Locale) -> Vec<String> {
    let mut out: Vec<String> = recipe
        .safety_tip
        .iter()
        .map(|t| breakable(&recipe_text(locale, t)))
        .collect();
    if analysis.risks.iter().any(|(r, _)| *r == FoodRisk::Rice) {
        out.push(locale.text("rice-rule"));
    }
    out
}

/// The rule for cooked rice, printed on every recipe page with rice (NHS, FSA), in en-GB.
pub const RICE_RULE: &str = "Cooked rice: cool it within an hour, keep it in the fridge for no more than a day, and heat it up only once, until it is steaming hot.";

/// Lets a very long word break: a zero-width space every 16 characters of any run longer than
/// 24, so a pasted URL or a run of letters wraps instead of running off the page.
pub fn breakable(text: &str) -> String {
    const LONG: usize = 24;
    const EVERY: usize = 16;
    let mut out = String::with_capacity(text.len());
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if word.chars().count() <= LONG {
            out.push_str(word);
            continue;
        }
        for (k, c) in word.chars().enumerate() {
            if k > 0 && k % EVERY == 0 {
                out.push('\u{200B}');
            }
            out.push(c);
        }
    }
    out
}

/// Returns a meal's printed name.
pub fn meal_name(locale: &Locale, meal: Meal) -> String {
    locale.text(match meal {
        Meal::Breakfast => "meal-breakfast",
        Meal::Lunch => "meal-lunch",
        Meal::Dinner => "meal-dinner",
        Meal::Snack => "meal-snack",
        Meal::Side => "meal-side",
    })
}

fn allergen_name(locale: &Locale, allergen: crate::recipe::Allergen) -> String {
    use crate::recipe::Allergen as A;
    locale.text(match allergen {
        A::Celery => "allergen-celery",
        A::Gluten => "allergen-gluten",
        A::Crustaceans => "allergen-crustaceans",
        A::Eggs => "allergen-eggs",
        A::Fish => "allergen-fish",
        A::Lupin => "allergen-lupin",
        A::Milk => "allergen-milk",
        A::Molluscs => "allergen-molluscs",
        A::Mustard => "allergen-mustard",
        A::TreeNuts => "allergen-tree-nuts",
        A::Peanuts => "allergen-peanuts",
        A::Sesame => "allergen-sesame",
        A::Soy => "allergen-soy",
        A::Sulphites => "allergen-sulphites",
    })
}

/// The folder of a recipe's page files: `/recipes/ID`, or for an id that is not plain lowercase
/// letters, digits and dashes (a recipe file may be named anything), a stable stand-in.
pub fn recipe_dir(id: &str) -> String {
    let plain = !id.is_empty()
        && !id.starts_with('.')
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
    if plain {
        format!("{}/{id}", paths::RECIPES_DIR)
    } else {
        format!(
            "{}/recipe-{:016x}",
            paths::RECIPES_DIR,
            crate::stable_hash(id)
        )
    }
}

/// The recipe folder of a virtual path `/recipes/ID/{file}`, if that is what the path is.
pub fn recipe_folder<'a>(path: &'a str, file: &str) -> Option<&'a str> {
    path.strip_suffix(file)?
        .strip_suffix('/')
        .filter(|folder| folder.starts_with(paths::RECIPES_DIR))
}

/// One recipe's own file, `/recipes/ID/recipe.json`, which its `page.typ` reads.
#[derive(Debug, Serialize)]
pub struct RecipeFile<'a> {
    /// Whether body text is 16 pt instead of 12.5 pt.
    pub large_print: bool,
    /// The recipe, as in `recipes` of the data.
    #[serde(serialize_with = "with_sorted_keys")]
    pub recipe: &'a RecipePage,
}

/// Serialises a value with the keys of every object in alphabetical order (`serde_json`'s map
/// without `preserve_order`), as the recipe files have always been written: their bytes stay the
/// same from release to release, and in every handout of a batch.
fn with_sorted_keys<T: Serialize, S: serde::Serializer>(
    value: &T,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serde_json::to_value(value)
        .map_err(serde::ser::Error::custom)?
        .serialize(serializer)
}

/// The clinic's colours, served as `/brand.json`: a file of its own, the same for every patient
/// of the clinic, so the layout modules that draw with them are not evaluated again for each
/// patient.
#[derive(Debug, Serialize)]
pub struct Brand<'a> {
    /// The accent colour for rules and fills, as `#rrggbb`.
    pub accent: &'a str,
    /// The accent colour for text: the same, or darkened to reach 4.5:1 on white.
    pub accent_text: &'a str,
}

/// The files the layouts may read besides the data that come from the clinic: its sections and
/// logo, its QR code and its colours (`/brand.json`).
pub fn clinic_files(clinic: &Clinic) -> Vec<(String, Vec<u8>)> {
    let brand = Brand {
        accent: &clinic.accent,
        accent_text: &clinic.accent_text,
    };
    let mut files = clinic.files.clone();
    files.push((
        paths::BRAND.to_owned(),
        serde_json::to_vec(&brand).unwrap_or_default(),
    ));
    files
}

impl Handout {
    /// Serialises the data for a layout.
    pub fn to_json(&self) -> Vec<u8> {
        // Serialising plain structs of strings and numbers cannot fail.
        serde_json::to_vec_pretty(self).unwrap_or_default()
    }

    /// The week's recipes as files of their own: `/recipes/ID/recipe.json` holds the recipe
    /// (as in `recipes` of the data) and whether the handout is in large print. Beside it, the
    /// layouts' `lib/recipe-file.typ` is served as `/recipes/ID/page.typ`.
    ///
    /// Typst tells apart the pieces of a document by the source file and place they come from.
    /// Recipe pages made by one loop in one file are told apart by their order, which differs
    /// from patient to patient, so Typst would lay out every recipe again for each handout of a
    /// batch. A page that starts in a file of its recipe's own is the same piece in every
    /// handout, and its layout is reused.
    pub fn recipe_files(&self) -> Vec<(String, Vec<u8>)> {
        self.recipes
            .iter()
            .map(|recipe| {
                let file = RecipeFile {
                    large_print: self.large_print,
                    recipe,
                };
                (
                    format!("{}/{}", recipe_dir(&recipe.id), paths::RECIPE_DATA),
                    // Serialising plain structs of strings and numbers cannot fail.
                    serde_json::to_vec(&file).unwrap_or_default(),
                )
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::catalog::RecipeSource;

    #[test]
    fn the_data_carries_every_planned_recipe_once() {
        let catalog = Catalog::load(&RecipeSource::Bundled).unwrap().value;
        let date = Date::from_calendar_date(2026, time::Month::November, 26).unwrap();
        let plan =
            crate::plan::plan(&catalog, &crate::load::profile::Profile::default(), date).unwrap();
        let shopping = crate::shop::list(&plan, &catalog);
        let settings = Settings {
            title: "T".into(),
            paper: Paper::A4,
            date,
            clinic: Clinic::default(),
            patient: Some("Ana".into()),
            large_print: false,
            vulnerable: false,
            locale: crate::locale::default_locale(),
        };
        let handout = assemble(&catalog, &plan, &shopping, &settings);
        assert_eq!(handout.patient.as_deref(), Some("Ana"));
        assert_eq!(handout.coverage.len(), 7);
        assert!(!handout.shopping.is_empty());
        assert_eq!(handout.date, "Thursday 26 November 2026");
        assert_eq!(handout.week[0].weekday, "Thursday");
        assert_eq!(handout.recipes.len(), plan.recipe_ids().len());
        let json: serde_json::Value = serde_json::from_slice(&handout.to_json()).unwrap();
        assert_eq!(json["version"], DATA_VERSION);
        assert_eq!(json["paper"], "a4");
        // Each recipe of the week also comes as a file of its own, beside its page.
        let files = handout.recipe_files();
        assert_eq!(files.len(), handout.recipes.len());
        for (recipe, (path, bytes)) in handout.recipes.iter().zip(&files) {
            assert_eq!(path, &format!("/recipes/{}/recipe.json", recipe.id));
            assert_eq!(recipe.page, format!("/recipes/{}/page.typ", recipe.id));
            let file: serde_json::Value = serde_json::from_slice(bytes).unwrap();
            assert_eq!(file["recipe"]["title"], recipe.title.as_str());
            assert_eq!(file["large_print"], false);
            // The typed file is written as the `json!` literal it replaced: keys in order.
            let literal = serde_json::json!({"large_print": false, "recipe": recipe});
            assert_eq!(bytes, &literal.to_string().into_bytes());
        }
    }

    #[test]
    fn the_brand_file_holds_the_two_colours() {
        let files = clinic_files(&Clinic::default());
        let (path, bytes) = files.last().unwrap();
        assert_eq!(path, "/brand.json");
        assert_eq!(
            std::str::from_utf8(bytes).unwrap(),
            r##"{"accent":"#1f5f5b","accent_text":"#1f5f5b"}"##
        );
    }

    #[test]
    fn recipe_files_are_found_by_their_folder() {
        assert_eq!(
            recipe_folder("/recipes/oats/page.typ", "page.typ"),
            Some("/recipes/oats")
        );
        assert_eq!(recipe_folder("/recipes/oats/recipe.json", "page.typ"), None);
        assert_eq!(recipe_folder("/lib/page.typ", "page.typ"), None);
        assert_eq!(recipe_folder("/recipes/oatspage.typ", "page.typ"), None);
    }

    #[test]
    fn a_recipe_folder_is_one_safe_path_segment() {
        assert_eq!(recipe_dir("kefir-oats_2"), "/recipes/kefir-oats_2");
        // Ids come from file names, which may hold anything a path must not.
        let odd = ["..", ".hidden", "Soupe à l'oignon", "a b", "", "UPPER"];
        let dirs: Vec<String> = odd.iter().map(|id| recipe_dir(id)).collect();
        for dir in &dirs {
            let name = dir.strip_prefix("/recipes/recipe-").unwrap();
            assert_eq!(name.len(), 16);
            assert!(name.bytes().all(|b| b.is_ascii_hexdigit()));
        }
        let distinct: std::collections::BTreeSet<&String> = dirs.iter().collect();
        assert_eq!(distinct.len(), odd.len());
        // The same id gets the same folder in every run: Typst's reuse depends on it.
        assert_eq!(recipe_dir("a b"), "/recipes/recipe-e63f991904833892");
    }

    #[test]
    fn the_clinic_files_live_in_the_clinic_folder() {
        assert_eq!(paths::clinic_section("our-story"), "/clinic/our-story.typ");
        assert_eq!(paths::clinic_logo("png"), "/clinic/logo.png");
        assert_eq!(
            paths::CLINIC_QR.strip_prefix(paths::CLINIC_DIR),
            Some("/qr.svg")
        );
        assert_eq!(
            recipe_dir("oats") + "/" + paths::RECIPE_PAGE,
            "/recipes/oats/page.typ"
        );
    }

    #[test]
    fn every_layout_checks_this_data_version_through_lib_data() {
        let layouts = crate::render::bundled_layouts();
        let text = |path: &str| {
            layouts
                .get_file(path)
                .and_then(|f| f.contents_utf8())
                .unwrap_or_default()
                .to_owned()
        };
        assert!(
            text("lib/data.typ").contains(&format!("#let data-version = {DATA_VERSION}\n")),
            "layouts/lib/data.typ reads another version than DATA_VERSION"
        );
        for layout in ["handout", "book", "cards", "week"] {
            let source = text(&format!("{layout}.typ"));
            assert!(source.contains("#let data = read-data()"), "{layout}");
            assert!(
                !source.contains("\"version\""),
                "{layout} checks the version itself"
            );
        }
    }

    #[test]
    fn long_words_get_break_points() {
        let long = "a".repeat(40);
        let broken = breakable(&format!("short {long} words"));
        assert_eq!(broken.matches('\u{200B}').count(), 2);
        assert_eq!(
            broken.replace('\u{200B}', ""),
            format!("short {long} words")
        );
        assert_eq!(breakable("Overnight oats"), "Overnight oats");
    }
}
