//! Cooklang recipes, read by the Cooklang project's own parser (the `cooklang` crate) and mapped
//! to ours: YAML front matter or `>>` metadata, `[- block comments -]`, `@?optional`,
//! `@&reference`, `@-hidden` and `@./recipe` ingredients, and explicit `%units`.

use cooklang::{Content, Converter, CooklangParser, Extensions, Item, Modifiers, Recipe, Value};

use super::line::{self, Line};
use super::{Imported, meal_of};
use crate::recipe::Quantity;

/// The parser gutjoint uses: the spec's syntax plus the prefixes (`@?`, `@&`, `@-`, `@./`) and
/// `@name|alias`, which recipes in the wild use and which do not change any canonical result.
pub fn parser() -> CooklangParser {
    CooklangParser::new(
        Extensions::COMPONENT_MODIFIERS | Extensions::COMPONENT_ALIAS,
        Converter::empty(),
    )
}

/// Brings text to what the crate reads as the spec means it: a marker followed by a space
/// ("Message @ example", "It is ~ {5}") and a run of dashes inside a step ("hello ---") are plain
/// text, and a front-matter key written `cooking time    :30 mins` is a key.
fn prepare(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let front_end = (lines.first().map(|l| l.trim_end()) == Some("---"))
        .then(|| lines.iter().skip(1).position(|l| l.trim_end() == "---"))
        .flatten()
        .map(|i| i + 1);
    let mut out = String::with_capacity(text.len() + 16);
    for (n, line) in lines.iter().enumerate() {
        if let Some(end) = front_end
            && n <= end
        {
            match line.split_once(':') {
                Some((key, value))
                    if n > 0
                        && n < end
                        && !line.contains(": ")
                        && !key.trim().is_empty()
                        && !key.starts_with([' ', '#', '-']) =>
                {
                    out.push_str(&format!("{}: {}", key.trim_end(), value.trim_start()));
                }
                _ => out.push_str(line),
            }
            out.push('\n');
            continue;
        }
        if line.trim_start().starts_with(">>") {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let chars: Vec<char> = line.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            let next = chars.get(i + 1).copied();
            let marker_alone = "@#~".contains(c) && next.is_none_or(char::is_whitespace);
            let in_dashes = c == '-' && {
                let start = chars[..i].iter().rev().take_while(|&&d| d == '-').count();
                let end = chars[i..].iter().take_while(|&&d| d == '-').count();
                start + end >= 3
            };
            if marker_alone || in_dashes {
                out.push('\\');
            }
            out.push(c);
        }
        out.push('\n');
    }
    out
}

/// Parses Cooklang text with the crate; the first error becomes our message.
pub fn parse(text: &str) -> Result<Recipe, String> {
    parser()
        .parse(&prepare(text))
        .into_result()
        .map(|(r, _)| r)
        .map_err(|report| {
            report
                .errors()
                .next()
                .map_or("not valid Cooklang".to_owned(), |e| {
                    format!("not valid Cooklang ({e})")
                })
        })
}

/// A Cooklang amount as a number: "1/2" and "0.5" alike.
fn number(n: cooklang::quantity::Number) -> f64 {
    n.value()
}

/// The amount and unit of one ingredient, mapped to gutjoint's: a known unit is converted as
/// the free-text reader converts it ("4%oz" is 113 g), any other unit stays in the note
/// ("2%sprigs" is 2, note `sprigs`), never in the item.
fn amount(
    quantity: Option<&cooklang::Quantity>,
) -> (
    Option<Quantity>,
    Option<crate::recipe::Unit>,
    Option<String>,
) {
    let Some(q) = quantity else {
        return (None, None, None);
    };
    let qty = match q.value() {
        Value::Number(n) => Some(Quantity::Exact(number(*n))),
        Value::Range { start, end } => {
            let (a, b) = (number(*start), number(*end));
            Some(if a < b {
                Quantity::Range(a, b)
            } else {
                Quantity::Exact(b)
            })
        }
        Value::Text(t) => {
            // "some", "a few", "7 k": words a cook reads, kept as the note.
            return (
                None,
                None,
                Some(
                    [t.as_str(), q.unit().unwrap_or("")]
                        .join(" ")
                        .trim()
                        .to_owned(),
                ),
            );
        }
    };
    let qty = qty.filter(|q| q.upper() > 0.0);
    match q.unit().map(str::trim).filter(|u| !u.is_empty()) {
        None => (qty, None, None),
        Some(unit) => match line::unit(unit) {
            Some((u, factor)) => (qty.map(|q| line::scale(q, factor)), Some(u), None),
            None => (qty, None, Some(unit.to_owned())),
        },
    }
}

/// Reads a Cooklang recipe into an imported recipe.
pub fn from_cooklang(text: &str, fallback_title: &str) -> Result<Imported, String> {
    let recipe = parse(text)?;
    let meta = &recipe.metadata;
    let title = meta
        .title()
        .map(str::to_owned)
        .filter(|t| !t.trim().is_empty())
        .unwrap_or_else(|| fallback_title.to_owned());
    let serves = meta.servings().and_then(|s| match s {
        cooklang::metadata::Servings::Number(n) => Some(n),
        cooklang::metadata::Servings::Text(t) => t
            .split(|c: char| !c.is_ascii_digit())
            .find(|d| !d.is_empty())
            .and_then(|d| d.parse().ok()),
    });
    let minutes = |keys: &[&str]| -> Result<Option<u32>, String> {
        for key in keys {
            if let Some(v) = meta.map.get(*key) {
                let json = serde_json::to_value(v).unwrap_or_default();
                return super::time_of(&json, key);
            }
        }
        Ok(None)
    };
    let prep = minutes(&["prep time", "prep_time", "prep", "time.prep"])?;
    let cook = minutes(&["cook time", "cook_time", "cook", "time.cook"])?;
    let meal = ["course", "meal", "category", "tags"]
        .iter()
        .filter_map(|k| meta.map.get(*k))
        .find_map(|v| {
            let text = match v {
                serde_yaml::Value::Sequence(s) => s
                    .iter()
                    .filter_map(|t| t.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
                other => other.as_str().unwrap_or_default().to_owned(),
            };
            meal_of(&text)
        });
    let mut ingredients: Vec<Line> = Vec::new();
    // Where each of the crate's ingredients landed in our list.
    let mut position: Vec<Option<usize>> = Vec::new();
    for ingredient in &recipe.ingredients {
        // A reference (`@&flour{200%g}`) names an ingredient listed already: its amount is added
        // to that line when both are in the same unit.
        if let Some((target, cooklang::IngredientReferenceTarget::Ingredient)) =
            ingredient.relation.references_to()
        {
            position.push(None);
            let (qty, unit, _) = amount(ingredient.quantity.as_ref());
            if let (Some(Some(at)), Some(Quantity::Exact(more))) =
                (position.get(target).copied(), qty)
                && let Some(line) = ingredients.get_mut(at)
                && line.unit == unit
                && let Some(Quantity::Exact(v)) = line.qty
            {
                line.qty = Some(Quantity::Exact(v + more));
            }
            continue;
        }
        if !ingredient.relation.is_definition() {
            position.push(None);
            continue;
        }
        position.push(Some(ingredients.len()));
        let (qty, unit, unit_note) = amount(ingredient.quantity.as_ref());
        let mut notes: Vec<String> = unit_note.into_iter().collect();
        notes.extend(ingredient.note.clone());
        if ingredient.modifiers().contains(Modifiers::OPT) {
            notes.push("optional".into());
        }
        if ingredient.modifiers().contains(Modifiers::RECIPE) {
            notes.push("a recipe of its own".into());
        }
        let item = ingredient
            .name
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        ingredients.push(Line {
            qty: if item.is_empty() { None } else { qty },
            unit: if item.is_empty() { None } else { unit },
            item,
            note: (!notes.is_empty()).then(|| notes.join(", ")),
        });
    }
    let steps = steps(&recipe);
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

/// The method as plain text, one string a step: ingredients and cookware by name, timers by
/// their time; a section's name stands before its first step.
fn steps(recipe: &Recipe) -> Vec<String> {
    let mut out = Vec::new();
    for section in &recipe.sections {
        let before = out.len();
        for content in &section.content {
            let text = match content {
                Content::Step(step) => step
                    .items
                    .iter()
                    .map(|item| item_text(recipe, item))
                    .collect::<String>(),
                Content::Text(text) => text.clone(),
            };
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            if !text.is_empty() {
                out.push(text);
            }
        }
        if let Some(name) = section.name.as_deref() {
            super::head_section(&mut out[before..], name);
        }
    }
    out
}

fn item_text(recipe: &Recipe, item: &Item) -> String {
    match item {
        Item::Text { value } => value.clone(),
        Item::Ingredient { index } => recipe
            .ingredients
            .get(*index)
            .map(|i| i.display_name().into_owned())
            .unwrap_or_default(),
        Item::Cookware { index } => recipe
            .cookware
            .get(*index)
            .map(|c| c.display_name().to_owned())
            .unwrap_or_default(),
        Item::Timer { index } => recipe
            .timers
            .get(*index)
            .map(|t| match (&t.quantity, &t.name) {
                (Some(q), _) => q.to_string(),
                (None, Some(name)) => name.clone(),
                (None, None) => String::new(),
            })
            .unwrap_or_default(),
        Item::InlineQuantity { index } => recipe
            .inline_quantities
            .get(*index)
            .map(|q| q.to_string())
            .unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One step item as the spec's canonical tests write it.
    fn canonical(recipe: &Recipe) -> serde_yaml::Value {
        let quantity = |q: Option<&cooklang::Quantity>, default: serde_yaml::Value| match q {
            None => default,
            Some(q) => match q.value() {
                Value::Number(n) => serde_yaml::Value::Number(number(*n).into()),
                Value::Range { start, end } => format!("{start}-{end}").into(),
                Value::Text(t) => t.clone().into(),
            },
        };
        let units = |q: Option<&cooklang::Quantity>| -> serde_yaml::Value {
            q.and_then(|q| q.unit()).unwrap_or("").into()
        };
        let mut steps = Vec::new();
        for section in &recipe.sections {
            for content in &section.content {
                let Content::Step(step) = content else {
                    continue;
                };
                let mut items = Vec::new();
                for item in &step.items {
                    let mut m = serde_yaml::Mapping::new();
                    match item {
                        Item::Text { value } => {
                            m.insert("type".into(), "text".into());
                            m.insert("value".into(), value.clone().into());
                        }
                        Item::Ingredient { index } => {
                            let i = &recipe.ingredients[*index];
                            m.insert("type".into(), "ingredient".into());
                            m.insert("name".into(), i.name.clone().into());
                            m.insert(
                                "quantity".into(),
                                quantity(i.quantity.as_ref(), "some".into()),
                            );
                            m.insert("units".into(), units(i.quantity.as_ref()));
                        }
                        Item::Cookware { index } => {
                            let c = &recipe.cookware[*index];
                            m.insert("type".into(), "cookware".into());
                            m.insert("name".into(), c.name.clone().into());
                            m.insert("quantity".into(), quantity(c.quantity.as_ref(), 1.into()));
                        }
                        Item::Timer { index } => {
                            let t = &recipe.timers[*index];
                            m.insert("type".into(), "timer".into());
                            m.insert("quantity".into(), quantity(t.quantity.as_ref(), "".into()));
                            m.insert("units".into(), units(t.quantity.as_ref()));
                            m.insert("name".into(), t.name.clone().unwrap_or_default().into());
                        }
                        Item::InlineQuantity { .. } => {}
                    }
                    // The spec writes neighbouring text as one item.
                    if let (Some(serde_yaml::Value::Mapping(last)), Some(text)) =
                        (items.last_mut(), m.get("value").and_then(|v| v.as_str()))
                        && last.get("type").and_then(|t| t.as_str()) == Some("text")
                        && m.get("type").and_then(|t| t.as_str()) == Some("text")
                    {
                        let joined = format!("{}{text}", last["value"].as_str().unwrap_or(""));
                        last.insert("value".into(), joined.into());
                        continue;
                    }
                    items.push(serde_yaml::Value::Mapping(m));
                }
                steps.push(serde_yaml::Value::Sequence(items));
            }
        }
        let mut out = serde_yaml::Mapping::new();
        out.insert("steps".into(), serde_yaml::Value::Sequence(steps));
        out.insert(
            "metadata".into(),
            serde_yaml::Value::Mapping(recipe.metadata.map.clone()),
        );
        serde_yaml::Value::Mapping(out)
    }

    /// Numbers compare by value: the spec writes `1` where a parser may give `1.0`.
    fn normal(v: &serde_yaml::Value) -> serde_yaml::Value {
        match v {
            serde_yaml::Value::Number(n) => n.as_f64().map_or(v.clone(), |f| f.into()),
            serde_yaml::Value::Sequence(s) => s.iter().map(normal).collect(),
            // Cookware has no unit; the spec writes `units: ""` for it in some cases only.
            serde_yaml::Value::Mapping(m) => serde_yaml::Value::Mapping(
                m.iter()
                    .filter(|(k, _)| !(m.get("type") == Some(&"cookware".into()) && *k == "units"))
                    .map(|(k, v)| (k.clone(), normal(v)))
                    .collect(),
            ),
            other => other.clone(),
        }
    }

    #[test]
    fn the_spec_canonical_tests_pass() {
        // tests/fixtures/cooklang/canonical.yaml: the Cooklang spec's own tests (MIT, see the
        // LICENSE beside it), run through the parser gutjoint imports with.
        let text = include_str!("../../tests/fixtures/cooklang/canonical.yaml");
        let doc: serde_yaml::Value = serde_yaml::from_str(text).unwrap();
        let tests = doc["tests"].as_mapping().unwrap();
        assert!(tests.len() >= 60, "{}", tests.len());
        let mut failed = Vec::new();
        for (name, case) in tests {
            let source = case["source"].as_str().unwrap();
            let got = match parse(source) {
                Ok(recipe) => normal(&canonical(&recipe)),
                Err(e) => e.into(),
            };
            let want = normal(&case["result"]);
            if got != want {
                failed.push(format!(
                    "{}:\n  want {}\n  got  {}",
                    name.as_str().unwrap_or(""),
                    serde_json::to_string(&want).unwrap(),
                    serde_json::to_string(&got).unwrap()
                ));
            }
        }
        assert!(
            failed.is_empty(),
            "{} of {} fail:\n{}",
            failed.len(),
            tests.len(),
            failed.join("\n")
        );
    }

    #[test]
    fn cooklang_maps_to_our_model() {
        let text = "---\ntitle: Thyme soup\nservings: 4\ncourse: lunch\nprep time: 10 minutes\n---\n\
            [- a block\ncomment -]\n\
            Add @thyme{2%sprigs} and @onion{150%g}(chopped) to a #pot{}.\n\n\
            Stir in @?chilli{1} and @-salt{} and @./sauces/pesto{2%tbsp}, then @&onion{50%g}.\n\n\
            Simmer for ~{20%minutes}.\n";
        let r = from_cooklang(text, "fallback").unwrap();
        assert_eq!(r.title, "Thyme soup");
        assert_eq!(r.serves, Some(4));
        assert_eq!(r.meal, Some("lunch"));
        assert_eq!(r.prep, Some(10));
        let items: Vec<&str> = r.ingredients.iter().map(|l| l.item.as_str()).collect();
        assert_eq!(items, ["thyme", "onion", "chilli", "salt", "pesto"]);
        // An explicit unit gutjoint lacks stays out of the item.
        assert_eq!(r.ingredients[0].qty, Some(Quantity::Exact(2.0)));
        assert_eq!(r.ingredients[0].unit, None);
        assert_eq!(r.ingredients[0].note.as_deref(), Some("sprigs"));
        assert_eq!(r.ingredients[1].unit, Some(crate::recipe::Unit::Gram));
        // `@&onion{50%g}` adds to the onion listed first.
        assert_eq!(r.ingredients[1].qty, Some(Quantity::Exact(200.0)));
        assert_eq!(r.ingredients[1].note.as_deref(), Some("chopped"));
        assert_eq!(r.ingredients[2].note.as_deref(), Some("optional"));
        assert_eq!(r.ingredients[4].unit, Some(crate::recipe::Unit::Tablespoon));
        assert_eq!(r.steps.len(), 3, "{:?}", r.steps);
        assert_eq!(r.steps[0], "Add thyme and onion to a pot.");
        assert_eq!(r.steps[2], "Simmer for 20 minutes.");
    }
}
