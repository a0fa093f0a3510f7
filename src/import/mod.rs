//! Importing recipes from elsewhere: schema.org Recipe JSON-LD (what recipe sites publish and what
//! Mealie and Tandoor export) and Cooklang `.cook` files, with a parser for free-text ingredient
//! lines such as "1 1/2 cups rolled oats" or "2-3 cloves garlic, crushed".

mod cook;
mod html;
mod line;

pub use cook::from_cooklang;

pub use line::{Line, normalise, parse_line, parse_list};

/// The longest time a recipe may name: 60 days, for ferments; anything longer is a mistake.
const MAX_MINUTES: u64 = 60 * 24 * 60;

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

/// Reads one file to import: Cooklang (`.cook`), a saved web page, or JSON-LD.
pub fn read(text: &str, path: &std::path::Path, stem: &str) -> Result<Imported, String> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if ext == "cook" {
        return from_cooklang(text, stem);
    }
    if ext == "html" || ext == "htm" || html::is_page(text) {
        let blocks = html::json_ld_blocks(text);
        if blocks.is_empty() {
            return Err("the page has no `<script type=\"application/ld+json\">` block".into());
        }
        let mut first_error = None;
        for block in &blocks {
            match from_json_ld(block) {
                Ok(recipe) => return Ok(recipe),
                Err(e) => {
                    first_error.get_or_insert(e);
                }
            }
        }
        return Err(first_error.unwrap_or_default());
    }
    from_json_ld(text)
}

/// The 1-based line and column of the first place `needle` is written in a file being imported.
/// An imported page, Cooklang file or text is not YAML and has no paths, so a refusal that quotes
/// a value points at where the value is written.
pub fn position_of(text: &str, needle: &str) -> Option<(usize, usize)> {
    text.lines().enumerate().find_map(|(i, line)| {
        line.find(needle)
            .map(|at| (i + 1, line[..at].chars().count() + 1))
    })
}

/// Reads an ISO 8601 duration as minutes: "PT1H20M" is 80, "PT1500S" 25, "P0D" 0, "P1DT2H"
/// 1560. Returns `Ok(None)` for text that is no duration, and an error for one too long to be real.
pub fn minutes(iso: &str) -> Result<Option<u32>, String> {
    let text = iso.trim().to_uppercase();
    let Some(rest) = text.strip_prefix('P') else {
        return Ok(None);
    };
    let (mut seconds, mut number, mut any) = (0f64, String::new(), false);
    for c in rest.chars() {
        if c.is_ascii_digit() || c == '.' || c == ',' {
            number.push(if c == ',' { '.' } else { c });
            continue;
        }
        if c == 'T' && number.is_empty() {
            continue;
        }
        let Ok(n) = number.parse::<f64>() else {
            return Ok(None);
        };
        number.clear();
        any = true;
        seconds += n * match c {
            'W' => 7.0 * 86400.0,
            'D' => 86400.0,
            'H' => 3600.0,
            'M' => 60.0,
            'S' => 1.0,
            _ => return Ok(None),
        };
    }
    if !any || !number.is_empty() {
        return Ok(None);
    }
    let total = (seconds / 60.0).round();
    if !total.is_finite() || total > MAX_MINUTES as f64 {
        return Err(format!(
            "the duration `{}` is longer than 60 days",
            iso.trim()
        ));
    }
    Ok(Some(total as u32))
}

/// Reads a time as sites give it: an ISO duration, a Duration object, or "1 hour 20 minutes".
pub(crate) fn time_of(value: &serde_json::Value, key: &str) -> Result<Option<u32>, String> {
    let located = |e: String| format!("`{key}`: {e}");
    match value {
        serde_json::Value::String(s) => {
            if let Some(m) = minutes(s).map_err(located)? {
                return Ok(Some(m));
            }
            // "1 hour 20 minutes", "45 mins", "20".
            let lower = s.to_lowercase();
            let words: Vec<&str> = lower.split_whitespace().collect();
            let mut total = 0u64;
            let mut any = false;
            for (i, w) in words.iter().enumerate() {
                let digits: String = w.chars().take_while(|c| c.is_ascii_digit()).collect();
                let Ok(n) = digits.parse::<u64>() else {
                    continue;
                };
                let unit = if digits.len() < w.len() {
                    &w[digits.len()..]
                } else {
                    words.get(i + 1).copied().unwrap_or("min")
                };
                total = total.saturating_add(if unit.starts_with('h') {
                    n.saturating_mul(60)
                } else if unit.starts_with('d') {
                    n.saturating_mul(1440)
                } else {
                    n
                });
                any = true;
            }
            if total > MAX_MINUTES {
                return Err(located(format!("the time `{s}` is longer than 60 days")));
            }
            Ok(any.then_some(total as u32))
        }
        serde_json::Value::Number(n) => {
            let m = n.as_f64().unwrap_or(0.0);
            if !(0.0..=MAX_MINUTES as f64).contains(&m) {
                return Err(located(format!("the time `{n}` is longer than 60 days")));
            }
            Ok(Some(m.round() as u32))
        }
        serde_json::Value::Object(map) => match map
            .get("value")
            .or_else(|| map.get("@value"))
            .or_else(|| map.get("duration"))
        {
            Some(v) => time_of(v, key),
            None => Ok(None),
        },
        serde_json::Value::Array(a) => a.first().map_or(Ok(None), |v| time_of(v, key)),
        _ => Ok(None),
    }
}

pub(crate) fn meal_of(category: &str) -> Option<&'static str> {
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

/// Makes JSON with raw control characters inside its strings (newlines, tabs: common in real
/// pages, and read by browsers' JSON-LD readers) valid, escaping them.
fn lenient(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in text.chars() {
        if in_string {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            } else if c.is_control() {
                match c {
                    '\n' => out.push_str("\\n"),
                    '\r' => out.push_str("\\r"),
                    '\t' => out.push_str("\\t"),
                    _ => out.push(' '),
                }
                continue;
            }
        } else if c == '"' {
            in_string = true;
        }
        out.push(c);
    }
    out
}

/// A text value as sites give it: a string, a number, the first of a list, or an object with
/// its text in `@value`, `name` or `text`. HTML is reduced to its text, on one line.
fn text_of(v: &serde_json::Value) -> Option<String> {
    let raw = match v {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Number(n) => n.to_string(),
        serde_json::Value::Array(a) => return a.iter().find_map(text_of),
        serde_json::Value::Object(map) => {
            return ["@value", "name", "text"]
                .iter()
                .find_map(|k| map.get(*k).and_then(text_of));
        }
        _ => return None,
    };
    let text = html::text(&raw)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    (!text.is_empty()).then_some(text)
}

/// The servings in a yield: "4", "Serves 4", "Makes 12", "8-10", "4人分", ["4", "4 servings"].
fn serves_of(v: &serde_json::Value) -> Option<u32> {
    let number = |s: &str| -> Option<u32> {
        let digits: String = s
            .chars()
            .skip_while(|c| !c.is_ascii_digit())
            .take_while(|c| c.is_ascii_digit())
            .collect();
        digits.parse().ok().filter(|n| (1..=500).contains(n))
    };
    match v {
        serde_json::Value::Number(n) => n
            .as_f64()
            .map(|f| f.round() as u32)
            .filter(|n| (1..=500).contains(n)),
        serde_json::Value::String(s) => number(&normalise(s)),
        serde_json::Value::Array(a) => a.iter().find_map(serves_of),
        serde_json::Value::Object(map) => map.get("value").and_then(serves_of),
        _ => None,
    }
}

/// Reads schema.org Recipe JSON-LD: a Recipe object, a list, an `@graph` (a list or one object),
/// a page's `mainEntity`, or an `ItemList` of recipes.
pub fn from_json_ld(text: &str) -> Result<Imported, String> {
    let text = text
        .trim()
        .trim_start_matches("<![CDATA[")
        .trim_end_matches("]]>")
        .trim()
        .trim_end_matches(';');
    let value: serde_json::Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(first) => {
            serde_json::from_str(&lenient(text)).map_err(|_| format!("not valid JSON ({first})"))?
        }
    };
    let recipe = find_recipe(&value, 0).ok_or("no schema.org Recipe object found")?;
    // A Recipe without a name is still worth importing: the file is named after the source
    // file and the title marked for review.
    let title = recipe
        .get("name")
        .or_else(|| recipe.get("headline"))
        .and_then(text_of)
        .unwrap_or_default();
    let serves = recipe
        .get("recipeYield")
        .or_else(|| recipe.get("yield"))
        .and_then(serves_of);
    let time = |key: &str| -> Result<Option<u32>, String> {
        recipe.get(key).map_or(Ok(None), |v| time_of(v, key))
    };
    let mut prep = time("prepTime")?;
    let mut cook = time("cookTime")?;
    if let Some(total) = time("totalTime")? {
        match (prep, cook) {
            (Some(p), None) => cook = Some(total.saturating_sub(p)),
            (None, Some(c)) if total > c => prep = Some(total - c),
            (None, None) => cook = Some(total.saturating_sub(15)),
            _ => {}
        }
    }
    let meal = recipe
        .get("recipeCategory")
        .and_then(text_of)
        .and_then(|c| meal_of(&c));
    let mut raw_lines: Vec<String> = Vec::new();
    if let Some(list) = recipe
        .get("recipeIngredient")
        .or_else(|| recipe.get("ingredients"))
    {
        ingredient_lines(list, &mut raw_lines);
    }
    let ingredients = parse_list(&raw_lines);
    let mut steps = Vec::new();
    if let Some(instructions) = recipe.get("recipeInstructions") {
        collect_steps(instructions, None, &mut steps);
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

/// The ingredient lines of `recipeIngredient`: a list, or one string with a line each.
fn ingredient_lines(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(s) => {
            let text = html::text(s);
            out.extend(
                text.split(['\n', '\r'])
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(str::to_owned),
            );
        }
        serde_json::Value::Array(items) => items.iter().for_each(|i| ingredient_lines(i, out)),
        serde_json::Value::Object(_) => {
            if let Some(t) = text_of(value) {
                out.push(t);
            }
        }
        _ => {}
    }
}

/// Says whether a JSON-LD `@type` names a Recipe: "Recipe", "schema:Recipe",
/// "https://schema.org/Recipe", or a list holding one of these.
fn is_recipe_type(t: &serde_json::Value) -> bool {
    match t {
        serde_json::Value::String(s) => {
            let name = s.rsplit(['/', ':', '#']).next().unwrap_or(s);
            name.trim() == "Recipe"
        }
        serde_json::Value::Array(ts) => ts.iter().any(is_recipe_type),
        _ => false,
    }
}

fn find_recipe(value: &serde_json::Value, depth: usize) -> Option<&serde_json::Value> {
    if depth > 12 {
        return None;
    }
    match value {
        serde_json::Value::Array(items) => items.iter().find_map(|i| find_recipe(i, depth + 1)),
        serde_json::Value::Object(map) => {
            if map.get("@type").is_some_and(is_recipe_type) {
                return Some(value);
            }
            // Where sites nest a recipe: `@graph`, `mainEntity`, an ItemList's elements.
            for key in [
                "@graph",
                "mainEntity",
                "mainEntityOfPage",
                "itemListElement",
                "item",
                "about",
                "hasPart",
            ] {
                if let Some(found) = map.get(key).and_then(|v| find_recipe(v, depth + 1)) {
                    return Some(found);
                }
            }
            None
        }
        _ => None,
    }
}

/// Collects the method's steps; a HowToSection's name stands before its first step as a heading
/// ("Sauce: Stir the ...").
fn collect_steps(value: &serde_json::Value, heading: Option<&str>, steps: &mut Vec<String>) {
    let before = steps.len();
    match value {
        serde_json::Value::String(s) => steps.extend(
            html::text(s)
                .split('\n')
                .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|l| !l.is_empty()),
        ),
        serde_json::Value::Array(items) => items.iter().for_each(|i| collect_steps(i, None, steps)),
        serde_json::Value::Object(map) => {
            if let Some(list) = map.get("itemListElement") {
                let name = map.get("name").and_then(text_of);
                collect_steps(list, name.as_deref(), steps);
            } else if let Some(text) = map
                .get("text")
                .or_else(|| map.get("description"))
                .or_else(|| map.get("name"))
            {
                collect_steps(text, None, steps);
            }
        }
        _ => {}
    }
    if let Some(h) = heading {
        head_section(&mut steps[before..], h);
    }
}

/// Puts a section's name before its first step as a heading: "Sauce: Stir the ...".
pub(crate) fn head_section(steps: &mut [String], name: &str) {
    let name = name.trim().trim_end_matches([':', ' ']);
    if let Some(first) = steps.first_mut()
        && !name.is_empty()
    {
        *first = format!("{name}: {first}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recipe::{Quantity, Unit};

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
                Some("400g, drained"),
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
                "black pepper",
                Some("freshly ground"),
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
        assert_eq!(minutes("PT10M"), Ok(Some(10)));
        assert_eq!(minutes("PT1H20M"), Ok(Some(80)));
        assert_eq!(minutes("PT1500S"), Ok(Some(25)));
        assert_eq!(minutes("P0D"), Ok(Some(0)));
        assert_eq!(minutes("PT0D0H30M"), Ok(Some(30)));
        assert_eq!(minutes("P1DT2H"), Ok(Some(1560)));
        assert_eq!(minutes("soon"), Ok(None));
        // Huge durations are refused, never wrapped round.
        let err = minutes("PT71582789H").unwrap_err();
        assert!(
            err.contains("PT71582789H") && err.contains("60 days"),
            "{err}"
        );
    }
}
