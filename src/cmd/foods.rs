//! `gutjoint foods search`: finds USDA foods, so a clinic can add an ingredient to its table.

use std::fmt::Write;

use crate::cli::{FoodsSearchArgs, Format};
use gutjoint::load::foods::{self, Food, Foods};

/// Lists the foods matching every word, as text or JSON.
pub fn search(args: &FoodsSearchArgs) -> String {
    let query = args.words.join(" ");
    let hits: Vec<&Food> = search_words(Foods::bundled(), &query)
        .into_iter()
        .take(args.limit)
        .collect();
    if args.format == Format::Json {
        return serde_json::to_string_pretty(&hits).unwrap_or_default();
    }
    if hits.is_empty() {
        return format!("no USDA food matches `{query}`; try fewer or shorter words");
    }
    let mut out = format!(
        "{:<7} {:>6} {:>7} {:>9}  {}\n",
        "usda", "kcal", "fibre g", "omega-3 g", "food (per 100 g)"
    );
    let num = |v: Option<f64>| v.map_or("-".to_owned(), |v| format!("{v}"));
    for food in &hits {
        let _ = writeln!(
            out,
            "{:<7} {:>6} {:>7} {:>9}  {}",
            food.ndb,
            num(food.kcal),
            num(food.fiber_g),
            num(food.omega3_g),
            food.name
        );
    }
    let _ = write!(out, "\nSource: {}", foods::CITATION);
    out
}

/// Cooking words and the words USDA descriptions use for them: "unsalted butter" is
/// "Butter, without salt", "kosher salt" is "Salt, table".
const SYNONYMS: &[(&str, &[&str])] = &[
    ("unsalted", &["without salt", "unsalted"]),
    ("salted", &["salted", "with salt"]),
    ("kosher", &["table"]),
    ("sea", &["table"]),
    ("flaky", &["table"]),
    ("all-purpose", &["all-purpose"]),
    ("plain", &["all-purpose", "plain"]),
    ("heavy", &["heavy"]),
    ("double", &["heavy"]),
    ("single", &["light"]),
    ("scallions", &["scallions"]),
    ("scallion", &["scallions"]),
    ("cilantro", &["coriander", "cilantro"]),
    ("coriander", &["coriander"]),
    ("zucchini", &["zucchini"]),
    ("courgette", &["zucchini"]),
    ("courgettes", &["zucchini"]),
    ("aubergine", &["eggplant"]),
    ("eggplant", &["eggplant"]),
    ("rocket", &["arugula"]),
    ("arugula", &["arugula"]),
    ("prawns", &["shrimp"]),
    ("prawn", &["shrimp"]),
    ("chickpeas", &["chickpeas", "garbanzo"]),
    ("garbanzo", &["garbanzo", "chickpeas"]),
    ("yoghurt", &["yogurt"]),
    ("yogurt", &["yogurt"]),
    ("chilli", &["chili"]),
    ("chillies", &["chili"]),
    ("chile", &["chili"]),
    ("capsicum", &["peppers, sweet"]),
    ("bell", &["sweet"]),
    ("caster", &["granulated"]),
    ("icing", &["powdered"]),
    ("powdered", &["powdered"]),
    ("wholemeal", &["whole-wheat", "whole-grain"]),
    ("whole-wheat", &["whole-wheat"]),
    ("minced", &["ground"]),
    ("mince", &["ground"]),
    ("beetroot", &["beets"]),
    ("swede", &["rutabagas"]),
    ("spring", &["spring", "scallions"]),
    ("green", &["green", "spring"]),
    ("rapeseed", &["canola", "rapeseed"]),
    ("porridge", &["oats"]),
    ("rolled", &["rolled", "regular"]),
];

/// Finds foods by words in any order, a cook's word also finding the word USDA uses for it and
/// a plural its singular: "unsalted butter", "kosher salt", "eggs".
pub fn search_words<'a>(foods: &'a Foods, query: &str) -> Vec<&'a Food> {
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    if words.is_empty() {
        return Vec::new();
    }
    // Each query word stands for any of its alternatives; a food matches when every word is met.
    let alternatives: Vec<Vec<String>> = words
        .iter()
        .map(|w| {
            let mut alts = vec![w.clone()];
            if let Some((_, syn)) = SYNONYMS.iter().find(|(k, _)| k == w) {
                alts.extend(syn.iter().map(|s| (*s).to_owned()));
            }
            for end in ["es", "s"] {
                if let Some(stem) = w.strip_suffix(end).filter(|s| s.len() >= 3) {
                    alts.push(stem.to_owned());
                }
            }
            alts
        })
        .collect();
    // The catalogue's own search needs every word; start from the foods matching the rarest
    // alternative set of one word, then check the rest here.
    let mut hits: Vec<&Food> = Vec::new();
    for alt in &alternatives[0] {
        for food in foods.search(alt) {
            if !hits.iter().any(|h| h.ndb == food.ndb) {
                hits.push(food);
            }
        }
    }
    hits.retain(|f| {
        let name = f.name.to_lowercase();
        alternatives.iter().all(|alts| {
            alts.iter()
                .any(|a| a.split_whitespace().all(|part| name.contains(part)) || f.ndb == *a)
        })
    });
    hits.sort_by_key(|f| (f.name.len(), f.ndb.clone()));
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cooks_words_find_usda_foods() {
        let foods = Foods::bundled();
        let first = |q: &str| search_words(foods, q).first().map(|f| f.name.clone());
        assert_eq!(
            first("unsalted butter").as_deref(),
            Some("Butter, without salt")
        );
        assert_eq!(first("kosher salt").as_deref(), Some("Salt, table"));
        assert_eq!(first("salt kosher").as_deref(), Some("Salt, table"));
        // Every word must still match: no food is both walnut and salmon.
        assert!(search_words(foods, "walnuts salmon").is_empty());
        assert!(
            search_words(foods, "walnuts english")
                .iter()
                .any(|f| f.ndb == "12155")
        );
    }
}
