//! `gutjoint foods search`: finds USDA foods, so a clinic can add an ingredient to its table.

use std::fmt::Write;

use crate::cli::{FoodsSearchArgs, Format};
use crate::foods::{self, Food, Foods};

/// Lists the foods matching every word, as text or JSON.
pub fn search(args: &FoodsSearchArgs) -> String {
    let query = args.words.join(" ");
    let hits: Vec<&Food> = Foods::bundled()
        .search(&query)
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
