//! A patient's profile from a request: a JSON object with the keys of `profile.yaml` (the API),
//! or the fields of the new-handout form. Either way it is written out as YAML by the YAML
//! library and checked by the profile's own parser, so every rule and message is the CLI's.

use serde_json::{Map, Value};

use super::engine::Engine;
use super::problem::{Problem, problems};
use crate::load::profile::Profile;

/// What diagnostics name as the file a profile came from.
pub const SOURCE: &str = "profile";

/// A checked profile with its warnings, each with its field.
pub type Checked = (Profile, Vec<Problem>);

/// Checks a profile given as JSON.
pub fn from_json(engine: &Engine, body: &[u8]) -> Result<Checked, Vec<Problem>> {
    let value: Value = serde_json::from_slice(body).map_err(|e| {
        vec![Problem {
            field: None,
            message: format!(
                "the profile is not valid JSON ({}, line {} column {})",
                json_problem(&e),
                e.line(),
                e.column()
            ),
            hint: Some(
                "send one JSON object with the keys of profile.yaml, such as {\"name\": \"Ana\", \"diet\": \"vegan\"}"
                    .to_owned(),
            ),
            line: None,
        }]
    })?;
    from_value(engine, value)
}

/// What serde_json says is wrong, without its position (given apart).
fn json_problem(err: &serde_json::Error) -> String {
    let text = err.to_string();
    text.split(" at line ").next().unwrap_or(&text).to_owned()
}

/// Checks a profile given as a JSON value.
pub fn from_value(engine: &Engine, value: Value) -> Result<Checked, Vec<Problem>> {
    if !value.is_object() {
        return Err(vec![Problem {
            field: None,
            message: "the profile must be a JSON object".to_owned(),
            hint: Some(
                "send the keys of profile.yaml as one object: {\"name\": \"Ana\"}".to_owned(),
            ),
            line: None,
        }]);
    }
    let yaml = serde_yaml::to_string(&value).map_err(|e| {
        vec![Problem {
            field: None,
            message: format!("the profile cannot be read ({e})"),
            hint: None,
            line: None,
        }]
    })?;
    engine
        .profile(SOURCE, &yaml)
        .map(|(profile, warnings)| (profile, problems(&warnings, &yaml)))
        .map_err(|diagnostics| problems(&diagnostics, &yaml))
}

/// The form's fields that hold a list, written as several fields of one name (checkboxes) or
/// as one text separated by commas.
const LISTS: [&str; 4] = [
    "avoid-allergens",
    "avoid-ingredients",
    "avoid-recipes",
    "meals",
];

/// The form's fields that hold a number.
const NUMBERS: [&str; 7] = [
    "household",
    "max-prep",
    "age",
    "weight-kg",
    "energy-kcal",
    "protein-g",
    "seed",
];

/// The form's checkboxes that are profile keys (`true` when ticked); `leftovers` is on unless
/// the form says `leftovers=no`.
const FLAGS: [&str; 1] = ["large-print"];

/// The fields of the page's form that are not profile keys.
pub const DOCUMENT_FIELDS: [&str; 3] = ["layout", "paper", "csrf"];

/// Turns the new-handout form into the JSON object of a profile: empty fields are left out, so
/// the profile's defaults apply; lists come from repeated fields or commas; numbers are numbers
/// when they read as one (else they stay text, for the profile's own message).
pub fn form_to_json(pairs: &[(String, String)]) -> Value {
    let mut map = Map::new();
    for key in LISTS {
        let items: Vec<Value> = pairs
            .iter()
            .filter(|(k, _)| k == key)
            .flat_map(|(_, v)| v.split(','))
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(|v| Value::String(v.to_owned()))
            .collect();
        // Meals: the form always sends its boxes, so none ticked is an empty list (an error),
        // not the default.
        let sent = pairs
            .iter()
            .any(|(k, _)| k == key || *k == format!("{key}-sent"));
        if !items.is_empty() || (key == "meals" && sent) {
            map.insert(key.to_owned(), Value::Array(items));
        }
    }
    for (key, value) in pairs {
        let value = value.trim();
        let key = key.as_str();
        if value.is_empty()
            || LISTS.contains(&key)
            || DOCUMENT_FIELDS.contains(&key)
            || key.ends_with("-sent")
            || map.contains_key(key)
        {
            continue;
        }
        let json = if NUMBERS.contains(&key) {
            number(value)
        } else if FLAGS.contains(&key) {
            Value::Bool(true)
        } else if key == "leftovers" {
            Value::Bool(value != "no")
        } else {
            Value::String(value.to_owned())
        };
        map.insert(key.to_owned(), json);
    }
    Value::Object(map)
}

/// A number as JSON when the text reads as one; the text itself otherwise.
fn number(text: &str) -> Value {
    if let Ok(n) = text.parse::<u64>() {
        return Value::from(n);
    }
    match text.parse::<f64>() {
        Ok(f) if f.is_finite() => Value::from(f),
        _ => Value::String(text.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn a_form_becomes_the_profile_keys_with_lists_numbers_and_defaults() {
        let json = form_to_json(&pairs(&[
            ("name", "Ana Example"),
            ("diet", "vegan"),
            ("avoid-allergens", "sesame"),
            ("avoid-allergens", "peanuts"),
            ("avoid-ingredients", "tahini, sesame seeds"),
            ("meals-sent", "1"),
            ("meals", "breakfast"),
            ("household", "3"),
            ("weight-kg", "70.5"),
            ("age", "sixty"),
            ("start", ""),
            ("large-print", "on"),
            ("layout", "handout"),
        ]));
        assert_eq!(
            json,
            serde_json::json!({
                "name": "Ana Example",
                "diet": "vegan",
                "avoid-allergens": ["sesame", "peanuts"],
                "avoid-ingredients": ["tahini", "sesame seeds"],
                "meals": ["breakfast"],
                "household": 3,
                "weight-kg": 70.5,
                "age": "sixty",
                "large-print": true,
            })
        );
        // No meal ticked is an empty list, which the profile refuses, not the default meals.
        assert_eq!(
            form_to_json(&pairs(&[("meals-sent", "1")])),
            serde_json::json!({"meals": []})
        );
    }
}
