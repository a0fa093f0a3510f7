//! Importing recipes from elsewhere: schema.org Recipe JSON-LD (what recipe sites publish and what
//! Mealie and Tandoor export) and Cooklang `.cook` files, with a parser for free-text ingredient
//! lines such as "1 1/2 cups rolled oats" or "2-3 cloves garlic, crushed".

use crate::recipe::{Quantity, Unit};

/// One ingredient line, parsed.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// The amount, if the line gives one.
    pub qty: Option<Quantity>,
    /// The unit, if the line gives one gutjoint knows.
    pub unit: Option<Unit>,
    /// The food, lowercase.
    pub item: String,
    /// Anything after a comma or in brackets: "crushed", "400 g can".
    pub note: Option<String>,
}

/// An imported recipe, before it is written as YAML.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    /// The title.
    pub title: String,
    /// Servings, if given.
    pub serves: Option<u32>,
    /// Hands-on minutes, if given.
    pub prep: Option<u32>,
    /// Unattended minutes, if given.
    pub cook: Option<u32>,
    /// The meal the source names, if it names one gutjoint knows.
    pub meal: Option<&'static str>,
    /// The ingredient lines.
    pub ingredients: Vec<Line>,
    /// The method.
    pub steps: Vec<String>,
}

/// Unit words as recipe sites write them, with the unit and a factor into it (ounces become grams).
const UNIT_WORDS: &[(&str, Unit, f64)] = &[
    ("g", Unit::Gram, 1.0),
    ("gram", Unit::Gram, 1.0),
    ("grams", Unit::Gram, 1.0),
    ("gr", Unit::Gram, 1.0),
    ("kg", Unit::Kilogram, 1.0),
    ("kilogram", Unit::Kilogram, 1.0),
    ("kilograms", Unit::Kilogram, 1.0),
    ("ml", Unit::Millilitre, 1.0),
    ("millilitre", Unit::Millilitre, 1.0),
    ("millilitres", Unit::Millilitre, 1.0),
    ("milliliter", Unit::Millilitre, 1.0),
    ("milliliters", Unit::Millilitre, 1.0),
    ("l", Unit::Litre, 1.0),
    ("litre", Unit::Litre, 1.0),
    ("litres", Unit::Litre, 1.0),
    ("liter", Unit::Litre, 1.0),
    ("liters", Unit::Litre, 1.0),
    ("tsp", Unit::Teaspoon, 1.0),
    ("teaspoon", Unit::Teaspoon, 1.0),
    ("teaspoons", Unit::Teaspoon, 1.0),
    ("t", Unit::Teaspoon, 1.0),
    ("tbsp", Unit::Tablespoon, 1.0),
    ("tablespoon", Unit::Tablespoon, 1.0),
    ("tablespoons", Unit::Tablespoon, 1.0),
    ("tbs", Unit::Tablespoon, 1.0),
    ("tbl", Unit::Tablespoon, 1.0),
    ("T", Unit::Tablespoon, 1.0),
    ("cup", Unit::Cup, 1.0),
    ("cups", Unit::Cup, 1.0),
    ("c", Unit::Cup, 1.0),
    ("oz", Unit::Gram, 28.35),
    ("ounce", Unit::Gram, 28.35),
    ("ounces", Unit::Gram, 28.35),
    ("lb", Unit::Gram, 453.6),
    ("lbs", Unit::Gram, 453.6),
    ("pound", Unit::Gram, 453.6),
    ("pounds", Unit::Gram, 453.6),
    ("floz", Unit::Millilitre, 29.57),
    ("clove", Unit::Clove, 1.0),
    ("cloves", Unit::Clove, 1.0),
    ("slice", Unit::Slice, 1.0),
    ("slices", Unit::Slice, 1.0),
    ("pinch", Unit::Pinch, 1.0),
    ("pinches", Unit::Pinch, 1.0),
    ("can", Unit::Can, 1.0),
    ("cans", Unit::Can, 1.0),
    ("tin", Unit::Can, 1.0),
    ("tins", Unit::Can, 1.0),
    ("piece", Unit::Piece, 1.0),
    ("pieces", Unit::Piece, 1.0),
];

/// Sizes and filler words that describe a counted item rather than name it.
const SIZE_WORDS: &[&str] = &[
    "small", "medium", "large", "big", "heaped", "heaping", "level", "generous", "scant",
];

/// Replaces Unicode vulgar fractions with ASCII ones: "1½" becomes "1 1/2".
fn ascii_fractions(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let frac = match c {
            '½' => "1/2",
            '⅓' => "1/3",
            '⅔' => "2/3",
            '¼' => "1/4",
            '¾' => "3/4",
            '⅛' => "1/8",
            '⁄' => "/",
            '–' | '—' => "-",
            _ => {
                out.push(c);
                continue;
            }
        };
        if out.chars().last().is_some_and(|p| p.is_ascii_digit()) {
            out.push(' ');
        }
        out.push_str(frac);
    }
    out
}

/// Parses one free-text ingredient line.
pub fn parse_line(raw: &str) -> Line {
    let text = ascii_fractions(raw.trim()).replace('\u{a0}', " ");
    // "salt, to taste" / "salt to taste" / "pepper to season"
    let lower = text.to_lowercase();
    for tail in [
        ", to taste",
        " to taste",
        ", to season",
        " to season",
        ", as needed",
        " as needed",
        ", optional",
    ] {
        if let Some(item) = lower.strip_suffix(tail) {
            let mut line = parse_line(item);
            let note = tail.trim_start_matches([',', ' ']).to_owned();
            line.note = Some(match line.note.take() {
                Some(n) => format!("{n}, {note}"),
                None => note,
            });
            if line.qty.is_some() {
                return line;
            }
            return Line {
                qty: None,
                unit: None,
                ..line
            };
        }
    }
    // Notes: text in brackets, and everything after the first comma.
    let mut notes: Vec<String> = Vec::new();
    let mut main = String::new();
    let mut depth = 0;
    let mut bracket = String::new();
    for c in text.chars() {
        match c {
            '(' => {
                depth += 1;
                if depth == 1 {
                    bracket.clear();
                    continue;
                }
            }
            ')' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    notes.push(bracket.trim().to_owned());
                    continue;
                }
            }
            _ => {}
        }
        if depth > 0 {
            bracket.push(c)
        } else {
            main.push(c)
        }
    }
    if let Some((head, tail)) = main.split_once(',') {
        notes.push(tail.trim().to_owned());
        main = head.to_owned();
    }
    let mut words: Vec<String> = main.split_whitespace().map(str::to_owned).collect();
    // A number glued to its unit: "200g", "1.5kg", "250ml".
    if let Some(first) = words.first().cloned() {
        let split = first
            .find(|c: char| c.is_ascii_alphabetic())
            .filter(|&i| i > 0);
        if let Some(i) = split
            && first[..i]
                .chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == '/')
        {
            words.splice(0..1, [first[..i].to_owned(), first[i..].to_owned()]);
        }
    }
    // The amount: "1", "1 1/2", "1/2", "2-3", "2 - 3", "2 to 3", "a" / "an" (one).
    let mut qty_words = Vec::new();
    while let Some(w) = words.first() {
        let is_num = w.chars().next().is_some_and(|c| c.is_ascii_digit())
            && w.chars().all(|c| c.is_ascii_digit() || "./-".contains(c));
        let joins = (w == "-" || w == "to")
            && !qty_words.is_empty()
            && words
                .get(1)
                .is_some_and(|n| n.chars().next().is_some_and(|c| c.is_ascii_digit()));
        if is_num || joins {
            qty_words.push(if w == "to" { "-".to_owned() } else { w.clone() });
            words.remove(0);
        } else {
            break;
        }
    }
    let qty_text = qty_words
        .join(" ")
        .replace(" - ", "-")
        .replace(" -", "-")
        .replace("- ", "-");
    let mut qty: Option<Quantity> = if qty_text.is_empty() {
        None
    } else {
        qty_text.parse().ok()
    };
    if qty.is_none()
        && words
            .first()
            .is_some_and(|w| w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an"))
    {
        words.remove(0);
        qty = Some(Quantity::Exact(1.0));
    }
    // A pack size: "2 x 400g tins".
    if qty.is_some() && words.len() >= 2 && (words[0] == "x" || words[0] == "×") {
        words.remove(0);
        notes.insert(0, format!("{} each", words.remove(0)));
    }
    // Sizes before the unit: "1 large onion", "2 heaped tbsp".
    while words
        .first()
        .is_some_and(|w| SIZE_WORDS.contains(&w.to_lowercase().as_str()))
    {
        notes.insert(0, words.remove(0).to_lowercase());
    }
    // The unit.
    let mut unit = None;
    if let Some(w) = words.first() {
        let bare = w.trim_end_matches('.');
        let found = UNIT_WORDS.iter().find(|(name, _, _)| {
            if name.len() == 1 {
                bare == *name
            } else {
                bare.eq_ignore_ascii_case(name)
            }
        });
        let fl_oz = bare.eq_ignore_ascii_case("fl")
            && words
                .get(1)
                .is_some_and(|n| n.trim_end_matches('.').eq_ignore_ascii_case("oz"));
        if fl_oz {
            words.drain(0..2);
            unit = Some(Unit::Millilitre);
            qty = qty.map(|q| scale(q, 29.57));
        } else if let Some((_, u, factor)) = found
            && (qty.is_some() || matches!(u, Unit::Pinch))
        {
            words.remove(0);
            unit = Some(*u);
            qty = qty
                .or(Some(Quantity::Exact(1.0)))
                .map(|q| scale(q, *factor));
        }
    }
    if words.first().is_some_and(|w| w.eq_ignore_ascii_case("of")) {
        words.remove(0);
    }
    let item = words
        .join(" ")
        .to_lowercase()
        .trim_matches(|c: char| c == '.' || c == ',' || c.is_whitespace())
        .to_owned();
    let notes: Vec<String> = notes.into_iter().filter(|n| !n.is_empty()).collect();
    Line {
        qty,
        unit,
        item,
        note: if notes.is_empty() {
            None
        } else {
            Some(notes.join(", "))
        },
    }
}

fn scale(q: Quantity, factor: f64) -> Quantity {
    let round = |v: f64| {
        if factor == 1.0 {
            v
        } else {
            (v * factor).round()
        }
    };
    match q {
        Quantity::Exact(v) => Quantity::Exact(round(v)),
        Quantity::Range(a, b) => Quantity::Range(round(a), round(b)),
    }
}

/// Reads an ISO 8601 duration as minutes: "PT1H20M" is 80.
pub fn minutes(iso: &str) -> Option<u32> {
    let rest = iso
        .trim()
        .strip_prefix("PT")
        .or_else(|| iso.trim().strip_prefix("P0DT"))?;
    let (mut total, mut number) = (0u32, String::new());
    for c in rest.chars() {
        if c.is_ascii_digit() {
            number.push(c);
            continue;
        }
        let n: u32 = number.parse().ok()?;
        number.clear();
        total += match c {
            'H' => n * 60,
            'M' => n,
            'S' => 0,
            _ => return None,
        };
    }
    Some(total)
}

fn meal_of(category: &str) -> Option<&'static str> {
    let c = category.to_lowercase();
    [
        ("breakfast", "breakfast"),
        ("brunch", "breakfast"),
        ("lunch", "lunch"),
        ("dinner", "dinner"),
        ("main", "dinner"),
        ("supper", "dinner"),
        ("snack", "snack"),
        ("drink", "snack"),
        ("dessert", "snack"),
    ]
    .iter()
    .find(|(word, _)| c.contains(word))
    .map(|(_, meal)| *meal)
}

/// Reads schema.org Recipe JSON-LD: a Recipe object, an array of objects, or an `@graph`.
pub fn from_json_ld(text: &str) -> Result<Imported, String> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| format!("not valid JSON ({e})"))?;
    let recipe = find_recipe(&value).ok_or("no schema.org Recipe object found")?;
    let string = |v: &serde_json::Value| -> Option<String> {
        match v {
            serde_json::Value::String(s) => Some(s.trim().to_owned()),
            serde_json::Value::Number(n) => Some(n.to_string()),
            serde_json::Value::Array(a) => a.first().and_then(|f| {
                f.as_str()
                    .map(str::to_owned)
                    .or_else(|| f.as_u64().map(|n| n.to_string()))
            }),
            _ => None,
        }
    };
    let title = recipe
        .get("name")
        .and_then(string)
        .ok_or("the Recipe has no `name`")?;
    let serves = recipe
        .get("recipeYield")
        .and_then(string)
        .and_then(|y| y.split_whitespace().next().and_then(|n| n.parse().ok()));
    let prep = recipe
        .get("prepTime")
        .and_then(|v| v.as_str())
        .and_then(minutes);
    let cook = recipe
        .get("cookTime")
        .and_then(|v| v.as_str())
        .and_then(minutes);
    let meal = recipe
        .get("recipeCategory")
        .and_then(string)
        .and_then(|c| meal_of(&c));
    let ingredients: Vec<Line> = recipe
        .get("recipeIngredient")
        .or_else(|| recipe.get("ingredients"))
        .and_then(|v| v.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|i| i.as_str())
                .map(parse_line)
                .collect()
        })
        .unwrap_or_default();
    let mut steps = Vec::new();
    if let Some(instructions) = recipe.get("recipeInstructions") {
        collect_steps(instructions, &mut steps);
    }
    Ok(Imported {
        title,
        serves,
        prep,
        cook,
        meal,
        ingredients,
        steps,
    })
}

fn find_recipe(value: &serde_json::Value) -> Option<&serde_json::Value> {
    match value {
        serde_json::Value::Array(items) => items.iter().find_map(find_recipe),
        serde_json::Value::Object(map) => {
            let is_recipe = match map.get("@type") {
                Some(serde_json::Value::String(t)) => t == "Recipe",
                Some(serde_json::Value::Array(ts)) => ts.iter().any(|t| t == "Recipe"),
                _ => false,
            };
            if is_recipe {
                Some(value)
            } else {
                map.get("@graph").and_then(find_recipe)
            }
        }
        _ => None,
    }
}

fn collect_steps(value: &serde_json::Value, steps: &mut Vec<String>) {
    match value {
        serde_json::Value::String(s) => steps.extend(
            s.split('\n')
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned),
        ),
        serde_json::Value::Array(items) => items.iter().for_each(|i| collect_steps(i, steps)),
        serde_json::Value::Object(map) => {
            if let Some(list) = map.get("itemListElement") {
                collect_steps(list, steps);
            } else if let Some(text) = map.get("text").or_else(|| map.get("name")) {
                collect_steps(text, steps);
            }
        }
        _ => {}
    }
}

/// Reads a Cooklang recipe: `>> key: value` metadata, `@item{qty%unit}` ingredients in steps
/// separated by blank lines, `-- comments`.
pub fn from_cooklang(text: &str, fallback_title: &str) -> Imported {
    let mut title = fallback_title.to_owned();
    let (mut serves, mut prep, mut cook, mut meal) = (None, None, None, None);
    let mut ingredients = Vec::new();
    let mut steps = Vec::new();
    let mut paragraph = String::new();
    let flush = |paragraph: &mut String, steps: &mut Vec<String>| {
        let step = paragraph.split_whitespace().collect::<Vec<_>>().join(" ");
        if !step.is_empty() {
            steps.push(step);
        }
        paragraph.clear();
    };
    for line in text.lines() {
        let line = line.split("--").next().unwrap_or("").trim_end();
        if let Some(meta) = line.trim().strip_prefix(">>") {
            if let Some((key, value)) = meta.split_once(':') {
                let value = value.trim();
                match key.trim().to_lowercase().as_str() {
                    "title" => title = value.to_owned(),
                    "servings" | "serves" => {
                        serves = value.split_whitespace().next().and_then(|n| n.parse().ok())
                    }
                    "prep time" | "prep" => {
                        prep = value.split_whitespace().next().and_then(|n| n.parse().ok())
                    }
                    "cook time" | "cook" => {
                        cook = value.split_whitespace().next().and_then(|n| n.parse().ok())
                    }
                    "course" | "meal" => meal = meal_of(value),
                    _ => {}
                }
            }
            continue;
        }
        if line.trim().is_empty() {
            flush(&mut paragraph, &mut steps);
            continue;
        }
        let (plain, found) = cook_ingredients(line);
        ingredients.extend(found);
        paragraph.push(' ');
        paragraph.push_str(&plain);
    }
    flush(&mut paragraph, &mut steps);
    Imported {
        title,
        serves,
        prep,
        cook,
        meal,
        ingredients,
        steps,
    }
}

/// Pulls `@name{qty%unit}` and `@word` out of a Cooklang step; returns the step as plain text.
fn cook_ingredients(line: &str) -> (String, Vec<Line>) {
    let mut plain = String::new();
    let mut found = Vec::new();
    let mut rest = line;
    while let Some(at) = rest.find(['@', '#', '~']) {
        plain.push_str(&rest[..at]);
        let marker = rest.as_bytes()[at];
        let after = &rest[at + 1..];
        let (name, amount, next) = match (
            after.find('{'),
            after.find(|c: char| c.is_whitespace() || ".,;:!?".contains(c)),
        ) {
            (Some(b), end)
                if end.is_none_or(|e| b < e)
                    || after[..b].split_whitespace().count() <= 4 && !after[..b].contains('@') =>
            {
                let close = after[b..].find('}').map_or(after.len(), |c| b + c);
                (
                    after[..b].trim().to_owned(),
                    after[b + 1..close.min(after.len())].to_owned(),
                    (close + 1).min(after.len()),
                )
            }
            (_, end) => {
                let end = end.unwrap_or(after.len());
                (after[..end].to_owned(), String::new(), end)
            }
        };
        if marker == b'~' {
            // A timer: "~{20%minutes}" reads as "20 minutes".
            let time = amount.replace('%', " ");
            plain.push_str(if name.is_empty() { time.trim() } else { &name });
        } else {
            plain.push_str(&name);
        }
        if marker == b'@' {
            let (qty, unit) = amount
                .split_once('%')
                .map_or((amount.as_str(), ""), |(q, u)| (q, u));
            let line =
                parse_line(&format!("{} {} {}", qty.trim(), unit.trim(), name).replace("  ", " "));
            found.push(if qty.trim().is_empty() {
                Line {
                    qty: None,
                    unit: None,
                    item: name.to_lowercase(),
                    note: None,
                }
            } else {
                line
            });
        }
        rest = &after[next..];
    }
    plain.push_str(rest);
    (plain, found)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(v: f64) -> Option<Quantity> {
        Some(Quantity::Exact(v))
    }

    #[test]
    fn forty_real_world_ingredient_lines() {
        use Unit::*;
        // (line, quantity, unit, item, note)
        type Case<'a> = (
            &'a str,
            Option<Quantity>,
            Option<Unit>,
            &'a str,
            Option<&'a str>,
        );
        let cases: Vec<Case> = vec![
            (
                "1 1/2 cups rolled oats",
                q(1.5),
                Some(Cup),
                "rolled oats",
                None,
            ),
            (
                "2-3 cloves garlic, crushed",
                Some(Quantity::Range(2.0, 3.0)),
                Some(Clove),
                "garlic",
                Some("crushed"),
            ),
            ("salt to taste", None, None, "salt", Some("to taste")),
            (
                "Salt and pepper, to taste",
                None,
                None,
                "salt and pepper",
                Some("to taste"),
            ),
            ("200g spinach", q(200.0), Some(Gram), "spinach", None),
            ("1.5kg potatoes", q(1.5), Some(Kilogram), "potatoes", None),
            ("250ml kefir", q(250.0), Some(Millilitre), "kefir", None),
            (
                "½ tsp ground cinnamon",
                q(0.5),
                Some(Teaspoon),
                "ground cinnamon",
                None,
            ),
            (
                "1½ tbsp extra virgin olive oil",
                q(1.5),
                Some(Tablespoon),
                "extra virgin olive oil",
                None,
            ),
            (
                "2 tbsp. olive oil",
                q(2.0),
                Some(Tablespoon),
                "olive oil",
                None,
            ),
            (
                "1 large onion, finely chopped",
                q(1.0),
                None,
                "onion",
                Some("large, finely chopped"),
            ),
            (
                "3 medium carrots, peeled and sliced",
                q(3.0),
                None,
                "carrots",
                Some("medium, peeled and sliced"),
            ),
            (
                "1 (400 g) can chopped tomatoes",
                q(1.0),
                Some(Can),
                "chopped tomatoes",
                Some("400 g"),
            ),
            (
                "2 x 400g tins chickpeas, drained",
                q(2.0),
                Some(Can),
                "chickpeas",
                Some("400g each, drained"),
            ),
            ("a pinch of salt", q(1.0), Some(Pinch), "salt", None),
            (
                "pinch of chilli flakes",
                q(1.0),
                Some(Pinch),
                "chilli flakes",
                None,
            ),
            (
                "1 cup plain yoghurt",
                q(1.0),
                Some(Cup),
                "plain yoghurt",
                None,
            ),
            (
                "2 cups (480 ml) unsweetened almond milk",
                q(2.0),
                Some(Cup),
                "unsweetened almond milk",
                Some("480 ml"),
            ),
            (
                "4 oz smoked salmon",
                q(113.0),
                Some(Gram),
                "smoked salmon",
                None,
            ),
            (
                "1 lb salmon fillets",
                q(454.0),
                Some(Gram),
                "salmon fillets",
                None,
            ),
            ("8 fl oz water", q(237.0), Some(Millilitre), "water", None),
            ("1/4 cup chia seeds", q(0.25), Some(Cup), "chia seeds", None),
            (
                "3/4 teaspoon ground turmeric",
                q(0.75),
                Some(Teaspoon),
                "ground turmeric",
                None,
            ),
            (
                "2 tablespoons ground flaxseed",
                q(2.0),
                Some(Tablespoon),
                "ground flaxseed",
                None,
            ),
            (
                "1 teaspoon smoked paprika",
                q(1.0),
                Some(Teaspoon),
                "smoked paprika",
                None,
            ),
            (
                "100 g walnuts, roughly chopped",
                q(100.0),
                Some(Gram),
                "walnuts",
                Some("roughly chopped"),
            ),
            ("2 eggs", q(2.0), None, "eggs", None),
            ("1 avocado", q(1.0), None, "avocado", None),
            (
                "2 slices sourdough bread",
                q(2.0),
                Some(Slice),
                "sourdough bread",
                None,
            ),
            (
                "6-8 cherry tomatoes, halved",
                Some(Quantity::Range(6.0, 8.0)),
                None,
                "cherry tomatoes",
                Some("halved"),
            ),
            (
                "2 to 3 tbsp lemon juice",
                Some(Quantity::Range(2.0, 3.0)),
                Some(Tablespoon),
                "lemon juice",
                None,
            ),
            (
                "1 – 2 tsp honey",
                Some(Quantity::Range(1.0, 2.0)),
                Some(Teaspoon),
                "honey",
                None,
            ),
            (
                "Freshly ground black pepper",
                None,
                None,
                "freshly ground black pepper",
                None,
            ),
            (
                "fresh dill, to serve",
                None,
                None,
                "fresh dill",
                Some("to serve"),
            ),
            (
                "1 heaped tbsp miso",
                q(1.0),
                Some(Tablespoon),
                "miso",
                Some("heaped"),
            ),
            (
                "150 grams blueberries (fresh or frozen)",
                q(150.0),
                Some(Gram),
                "blueberries",
                Some("fresh or frozen"),
            ),
            (
                "1 litre vegetable stock",
                q(1.0),
                Some(Litre),
                "vegetable stock",
                None,
            ),
            (
                "Olive oil, as needed",
                None,
                None,
                "olive oil",
                Some("as needed"),
            ),
            (
                "1 kilogram new potatoes",
                q(1.0),
                Some(Kilogram),
                "new potatoes",
                None,
            ),
            (
                "2 cans black beans, rinsed",
                q(2.0),
                Some(Can),
                "black beans",
                Some("rinsed"),
            ),
            (
                "1 tin sardines in olive oil",
                q(1.0),
                Some(Can),
                "sardines in olive oil",
                None,
            ),
            ("an apple, grated", q(1.0), None, "apple", Some("grated")),
        ];
        assert!(cases.len() >= 40);
        for (raw, qty, unit, item, note) in cases {
            let line = parse_line(raw);
            assert_eq!(
                (
                    line.qty,
                    line.unit,
                    line.item.as_str(),
                    line.note.as_deref()
                ),
                (qty, unit, item, note),
                "{raw}"
            );
        }
    }

    #[test]
    fn iso_durations_become_minutes() {
        assert_eq!(minutes("PT10M"), Some(10));
        assert_eq!(minutes("PT1H20M"), Some(80));
        assert_eq!(minutes("soon"), None);
    }
}
