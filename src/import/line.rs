//! Free-text ingredient lines read as a cook reads them: "1 1/2 cups rolled oats",
//! "2-3 cloves garlic, crushed", "1 14-ounce can tomatoes", "0,5 TL Salz", "Grated zest of 1 lemon".

use crate::recipe::{Quantity, Unit};

/// One ingredient line, parsed.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// The amount, if the line gives one.
    pub qty: Option<Quantity>,
    /// The unit, if the line gives one gutjoint knows.
    pub unit: Option<Unit>,
    /// The food, lowercase, without sizes, containers or preparation.
    pub item: String,
    /// Everything else the line says: "large, finely chopped", "400 g", "sprigs", "to taste".
    pub note: Option<String>,
}

/// Words that count how an item comes (a sprig, a bunch) without being a unit gutjoint converts:
/// they leave the item and stand in the note.
const COUNT_WORDS: &[&str] = &[
    "sprig",
    "sprigs",
    "stalk",
    "stalks",
    "rib",
    "ribs",
    "stick",
    "sticks",
    "package",
    "packages",
    "pkg",
    "pkgs",
    "packet",
    "packets",
    "pack",
    "packs",
    "box",
    "boxes",
    "dash",
    "dashes",
    "bulb",
    "bulbs",
    "strip",
    "strips",
    "head",
    "heads",
    "bunch",
    "bunches",
    "handful",
    "handfuls",
    "jar",
    "jars",
    "bottle",
    "bottles",
    "bag",
    "bags",
    "carton",
    "cartons",
    "container",
    "containers",
    "envelope",
    "envelopes",
    "sachet",
    "sachets",
    "sheet",
    "sheets",
    "knob",
    "knobs",
    "drop",
    "drops",
    "splash",
    "splashes",
    "wedge",
    "wedges",
    "ear",
    "ears",
    "loaf",
    "loaves",
    "scoop",
    "scoops",
    "fillet",
    "fillets",
    "bund",
    "becher",
    "packung",
    "päckchen",
];

/// Words for a container that may follow a pack size: "1 14-ounce can", "2 (400 g) tins".
const CONTAINERS: &[&str] = &[
    "can",
    "cans",
    "tin",
    "tins",
    "jar",
    "jars",
    "package",
    "packages",
    "pkg",
    "packet",
    "packets",
    "pack",
    "box",
    "boxes",
    "bag",
    "bags",
    "bottle",
    "bottles",
    "carton",
    "cartons",
    "container",
    "containers",
    "tub",
    "tubs",
    "block",
    "blocks",
    "piece",
    "pieces",
    "stick",
    "sticks",
    "loaf",
    "head",
];

/// Sizes and filler words that describe a counted item rather than name it.
const SIZE_WORDS: &[&str] = &[
    "small",
    "medium",
    "large",
    "big",
    "extra-large",
    "x-large",
    "xl",
    "jumbo",
    "medium-size",
    "medium-sized",
    "large-size",
    "large-sized",
    "small-size",
    "small-sized",
    "small-medium",
    "medium-large",
    "small-to-medium",
    "medium-to-large",
    "heaped",
    "heaping",
    "level",
    "generous",
    "scant",
    "rounded",
    "good",
    "thick",
    "thin",
];

/// Words that describe a cut rather than name it; a comma between them does not end the item
/// ("boneless, skinless chicken thighs").
const DESCRIPTORS: &[&str] = &["boneless", "skinless", "bone-in", "skin-on", "seedless"];

/// Words for how a food is prepared; they go to the note, not the item.
const PREP_WORDS: &[&str] = &[
    "minced",
    "chopped",
    "finely",
    "roughly",
    "coarsely",
    "thinly",
    "thickly",
    "diced",
    "sliced",
    "grated",
    "shredded",
    "crushed",
    "peeled",
    "unpeeled",
    "seeded",
    "deseeded",
    "cored",
    "trimmed",
    "halved",
    "quartered",
    "cubed",
    "julienned",
    "melted",
    "softened",
    "beaten",
    "lightly",
    "sifted",
    "packed",
    "firmly",
    "loosely",
    "rinsed",
    "drained",
    "pitted",
    "stemmed",
    "torn",
    "mashed",
    "squeezed",
    "zested",
    "juiced",
    "washed",
    "scrubbed",
    "cut",
    "snipped",
    "warm",
    "warmed",
    "cold",
    "lukewarm",
    "chilled",
    "room-temperature",
    "well",
    "very",
    "freshly",
];

/// Words before the amount that hedge it: "About 1 cup".
const HEDGES: &[&str] = &[
    "about",
    "approximately",
    "approx",
    "approx.",
    "around",
    "roughly",
    "up",
    "nearly",
    "almost",
    "few",
    "several",
    "some",
];

/// Endings that say how much without an amount: "salt to taste", "oil, as needed".
const TAILS: &[&str] = &[
    "to taste",
    "if desired",
    "if needed",
    "if you like",
    "or as needed",
    "as needed",
    "as required",
    "optional",
    "for serving",
    "to serve",
    "for garnish",
    "to garnish",
    "for garnishing",
    "for decoration",
    "for dusting",
    "for frying",
    "for greasing",
    "for brushing",
    "for drizzling",
    "for the pan",
    "divided",
    "at room temperature",
    "room temperature",
    "or more",
    "or less",
    "nach geschmack",
    "nach belieben",
];

/// Words for numbers that recipes spell out.
const NUMBER_WORDS: &[(&str, f64)] = &[
    ("a", 1.0),
    ("an", 1.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("half", 0.5),
    ("dozen", 12.0),
];

/// Replaces a vulgar fraction with its numerator and denominator.
fn vulgar(c: char) -> Option<(u32, u32)> {
    Some(match c {
        '½' => (1, 2),
        '⅓' => (1, 3),
        '⅔' => (2, 3),
        '¼' => (1, 4),
        '¾' => (3, 4),
        '⅕' => (1, 5),
        '⅖' => (2, 5),
        '⅗' => (3, 5),
        '⅘' => (4, 5),
        '⅙' => (1, 6),
        '⅚' => (5, 6),
        '⅐' => (1, 7),
        '⅛' => (1, 8),
        '⅜' => (3, 8),
        '⅝' => (5, 8),
        '⅞' => (7, 8),
        '⅑' => (1, 9),
        '⅒' => (1, 10),
        _ => return None,
    })
}

/// The text of a line ready to read: HTML gone, fractions and dashes in ASCII ("1-½" and "1½"
/// become "1 1/2", "3–4" becomes "3-4"), a decimal comma as a point, one space between words.
pub fn normalise(raw: &str) -> String {
    let text = super::html::text(raw);
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        if let Some((n, d)) = vulgar(c) {
            // "1-½" is one and a half, as is "1½".
            if out.ends_with('-')
                && out[..out.len() - 1]
                    .chars()
                    .next_back()
                    .is_some_and(|p| p.is_ascii_digit())
            {
                out.pop();
            }
            if out.chars().next_back().is_some_and(|p| p.is_ascii_digit()) {
                out.push(' ');
            }
            out.push_str(&format!("{n}/{d}"));
            if chars.get(i + 1).is_some_and(|n| n.is_alphabetic()) {
                out.push(' ');
            }
            continue;
        }
        match c {
            '⁄' | '∕' => out.push('/'),
            '–' | '—' | '‒' | '−' | '‐' | '‑' => out.push('-'),
            '\u{a0}' | '\u{2009}' | '\u{202f}' | '\u{2002}' | '\u{2003}' => out.push(' '),
            ',' => {
                // A decimal comma ("0,5 TL") or a thousands comma ("1,000 g") between digits.
                let before = i > 0 && chars[i - 1].is_ascii_digit();
                let digits = chars[i + 1..]
                    .iter()
                    .take_while(|c| c.is_ascii_digit())
                    .count();
                if before && digits == 3 {
                    continue;
                }
                if before && (1..=2).contains(&digits) {
                    out.push('.');
                } else {
                    out.push(',');
                }
            }
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Reads a plain number: "2", "1.5", ".5", "1/2".
fn number(word: &str) -> Option<f64> {
    if let Some((n, d)) = word.split_once('/') {
        let (n, d) = (n.parse::<u32>().ok()?, d.parse::<u32>().ok()?);
        return (d != 0 && n != 0).then(|| f64::from(n) / f64::from(d));
    }
    if !word.chars().all(|c| c.is_ascii_digit() || c == '.') || word.matches('.').count() > 1 {
        return None;
    }
    word.parse::<f64>().ok().filter(|v| *v > 0.0)
}

/// Says whether a word is a fraction below one, such as "1/2".
fn proper_fraction(word: &str) -> Option<f64> {
    word.contains('/')
        .then(|| number(word))
        .flatten()
        .filter(|v| *v < 1.0)
}

/// Reads one amount at the start of `words`: "1", "1 1/2", "1/2", "1-1/2"; returns it with the
/// number of words it took.
fn one_amount(words: &[String]) -> Option<(f64, usize)> {
    let first = words.first()?;
    if let Some((whole, frac)) = first.split_once('-')
        && let (Ok(w), Some(f)) = (whole.parse::<u32>(), proper_fraction(frac))
    {
        return Some((f64::from(w) + f, 1));
    }
    let value = number(first)?;
    if !first.contains(['/', '.'])
        && let Some(f) = words.get(1).and_then(|w| proper_fraction(w))
    {
        return Some((value + f, 2));
    }
    Some((value, 1))
}

/// Reads the amount at the start of `words`, with ranges ("2-3", "2 to 3", "1 or 2") and spelt
/// numbers ("a", "one", "half a"); returns it with the number of words it took.
fn amount(words: &[String]) -> Option<(Quantity, usize)> {
    let first = words.first()?;
    let lower = first.to_lowercase();
    if let Some((_, v)) = NUMBER_WORDS.iter().find(|(w, _)| *w == lower) {
        // "half a lemon", "a dozen eggs"
        let mut used = 1;
        let mut value = *v;
        if let Some(next) = words.get(1).map(|w| w.to_lowercase()) {
            if *v == 0.5 && (next == "a" || next == "an") {
                used = 2;
            } else if *v == 1.0 && next == "dozen" {
                (value, used) = (12.0, 2);
            } else if *v == 1.0 && next == "half" {
                (value, used) = (0.5, 2);
            } else if *v == 1.0 && next == "couple" {
                (value, used) = (2.0, 2);
            }
        }
        return Some((Quantity::Exact(value), used));
    }
    // A range glued into one word: "2-3", "1/2-1".
    if let Some((low, high)) = first.split_once('-')
        && let (Some(low), Some(high)) = (number(low), number(high))
        && proper_fraction(first.split_once('-').map_or("", |p| p.1)).is_none()
    {
        return (low < high).then_some((Quantity::Range(low, high), 1));
    }
    let (low, mut used) = one_amount(words)?;
    if words
        .get(used)
        .is_some_and(|w| w.eq_ignore_ascii_case("dozen"))
    {
        return Some((Quantity::Exact(low * 12.0), used + 1));
    }
    let joiner = words.get(used).map(|w| w.to_lowercase());
    if let Some(j) = joiner.filter(|j| ["-", "to", "or"].contains(&j.as_str()))
        && let Some((high, more)) = one_amount(&words[used + 1..])
        && high > low
    {
        let _ = j;
        used += 1 + more;
        return Some((Quantity::Range(low, high), used));
    }
    // "2 -3": the dash glued to the second number.
    if let Some(rest) = words.get(used).and_then(|w| w.strip_prefix('-'))
        && let Some(high) = number(rest)
        && high > low
    {
        return Some((Quantity::Range(low, high), used + 1));
    }
    Some((Quantity::Exact(low), used))
}

/// Looks a word up as a unit: the unit and its factor (see [`Unit::imported`]).
pub(super) fn unit(word: &str) -> Option<(Unit, f64)> {
    unit_word(word)
}

fn unit_word(word: &str) -> Option<(Unit, f64)> {
    Unit::imported(word.trim_end_matches('.'))
}

fn is_in(list: &[&str], word: &str) -> bool {
    let lower = word.trim_end_matches([',', '.']).to_lowercase();
    list.contains(&lower.as_str())
}

/// A pack size written as one word: "14-ounce", "400g", "4-pound", "1-inch".
fn pack_size(word: &str) -> bool {
    let split = word.find(|c: char| c.is_alphabetic());
    let Some(at) = split.filter(|&i| i > 0) else {
        return false;
    };
    let (num, unit) = word.split_at(at);
    let num = num.trim_end_matches('-');
    number(num).is_some()
        && (unit_word(unit).is_some_and(|(u, _)| {
            matches!(
                u,
                Unit::Gram | Unit::Kilogram | Unit::Millilitre | Unit::Litre
            )
        }) || ["inch", "inches", "in", "cm"].contains(&unit.to_lowercase().as_str()))
}

pub(super) fn scale(q: Quantity, factor: f64) -> Quantity {
    let round = |v: f64| {
        if factor == 1.0 {
            v
        } else if v * factor >= 10.0 {
            (v * factor).round()
        } else {
            (v * factor * 10.0).round() / 10.0
        }
    };
    match q {
        Quantity::Exact(v) => Quantity::Exact(round(v)),
        Quantity::Range(a, b) => Quantity::Range(round(a), round(b)),
    }
}

/// Teaspoons in one spoon or cup, for adding "1/4 cup plus 2 tablespoons".
fn teaspoons(unit: Unit) -> Option<f64> {
    matches!(unit, Unit::Teaspoon | Unit::Tablespoon | Unit::Cup)
        .then(|| unit.size() / Unit::Teaspoon.size())
}

/// Splits text into the part outside brackets and the bracketed parts.
fn brackets(text: &str) -> (String, Vec<String>) {
    let mut notes = Vec::new();
    let mut main = String::new();
    let mut depth = 0usize;
    let mut inner = String::new();
    for c in text.chars() {
        match c {
            '(' | '[' => {
                depth += 1;
                if depth == 1 {
                    inner.clear();
                    continue;
                }
            }
            ')' | ']' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    notes.push(inner.trim().to_owned());
                    main.push(' ');
                    continue;
                }
            }
            _ => {}
        }
        if depth > 0 {
            inner.push(c)
        } else {
            main.push(c)
        }
    }
    if depth > 0 {
        notes.push(inner.trim().to_owned());
    }
    (main, notes)
}

/// Takes the known endings ("to taste", "if desired", "plus more for serving") off the end.
fn strip_tails(text: &mut String, notes: &mut Vec<String>) {
    let mut found = Vec::new();
    loop {
        let lower = text.to_ascii_lowercase();
        let trimmed = lower.trim_end_matches([' ', ',', '.', ';', '*']);
        if let Some(at) = [
            " plus more",
            " plus extra",
            " plus additional",
            ", plus ",
            ", more for ",
            ", more to ",
        ]
        .iter()
        .filter_map(|p| trimmed.find(p))
        .min()
        {
            found.push(text[at..].trim_matches([' ', ',']).to_owned());
            text.truncate(at);
            continue;
        }
        let tail = TAILS.iter().find(|t| {
            trimmed
                .strip_suffix(**t)
                .is_some_and(|before| before.is_empty() || before.ends_with([' ', ',', '(']))
        });
        match tail {
            Some(t) => {
                let at = trimmed.len() - t.len();
                found.push((*t).to_owned());
                text.truncate(at);
                let keep = text.trim_end_matches([' ', ',', '(']).len();
                text.truncate(keep);
            }
            None => break,
        }
    }
    found.reverse();
    notes.extend(found);
}

/// Takes the amount, sizes and unit off the front of `words`.
struct Front {
    qty: Option<Quantity>,
    unit: Option<Unit>,
    notes: Vec<String>,
    container: bool,
}

fn front(words: &mut Vec<String>) -> Front {
    let mut notes = Vec::new();
    let mut hedge = Vec::new();
    while words.len() > 1 && is_in(HEDGES, &words[0]) {
        hedge.push(words.remove(0).to_lowercase());
        if words.first().is_some_and(|w| w.eq_ignore_ascii_case("to")) {
            hedge.push(words.remove(0));
        }
    }
    let hedged = !hedge.is_empty();
    if hedged {
        notes.push(hedge.join(" "));
    }
    // A number glued to its unit: "200g", "1.5kg", "2tbsp".
    if let Some(first) = words.first().cloned()
        && let Some(at) = first.find(|c: char| c.is_alphabetic()).filter(|&i| i > 0)
        && first[..at]
            .chars()
            .all(|c| c.is_ascii_digit() || ".,/-".contains(c))
        && (unit_word(&first[at..]).is_some() || is_in(COUNT_WORDS, &first[at..]))
    {
        let num = first[..at].trim_end_matches('-').to_owned();
        words.splice(0..1, [num, first[at..].to_owned()]);
    }
    let mut qty = None;
    if let Some((q, used)) = amount(words) {
        // "a" and "an" count only before a unit or a size ("a pinch", "a large onion").
        let spelt = words[0].chars().all(char::is_alphabetic);
        words.drain(..used);
        qty = Some(q);
        if spelt && words.is_empty() {
            qty = None;
        }
    }
    // "2 x 400g tins", "1 14-ounce can", "1 28 oz can", "2 4-pound chickens", "1-inch piece".
    let mut container = false;
    if qty.is_none() && words.first().is_some_and(|w| pack_size(w)) {
        notes.push(words.remove(0));
        container = true;
    }
    if let Some(q) = qty
        && words.len() > 1
        && is_in(&["inch", "inches", "cm", "-inch"], &words[0])
    {
        notes.push(format!("{q} {}", words.remove(0)));
        qty = None;
        container = true;
    }
    if qty.is_some() {
        if words.len() >= 2 && (words[0] == "x" || words[0] == "×") {
            words.remove(0);
        }
        let glued = words.first().is_some_and(|w| pack_size(w));
        let spaced = words.len() >= 2
            && number(&words[0]).is_some()
            && unit_word(&words[1]).is_some_and(|(u, _)| {
                matches!(
                    u,
                    Unit::Gram | Unit::Kilogram | Unit::Millilitre | Unit::Litre
                )
            });
        if glued || spaced {
            let taken = if glued { 1 } else { 2 };
            let size: Vec<String> = words.drain(..taken).collect();
            notes.push(size.join(" "));
            container = words.first().is_some_and(|w| is_in(CONTAINERS, w));
        }
    }
    // Sizes before the unit: "1 large onion", "2 heaped tbsp", "1 medium to large onion".
    let mut sizes = Vec::new();
    while let Some(w) = words.first() {
        if is_in(SIZE_WORDS, w) && words.len() > 1 {
            sizes.push(words.remove(0).to_lowercase());
        } else if !sizes.is_empty()
            && (w == "to" || w == "or" || w == "-")
            && words.get(1).is_some_and(|n| is_in(SIZE_WORDS, n))
        {
            sizes.push(words.remove(0));
        } else {
            break;
        }
    }
    if !sizes.is_empty() {
        notes.push(sizes.join(" "));
    }
    let mut unit = None;
    if let Some(w) = words.first().cloned() {
        let fl_oz = (w.trim_end_matches('.').eq_ignore_ascii_case("fl")
            || w.eq_ignore_ascii_case("fluid"))
            && words
                .get(1)
                .and_then(|n| unit_word(n))
                .is_some_and(|(u, _)| u == Unit::Gram);
        let butter_stick = is_in(&["stick", "sticks"], &w)
            && words
                .iter()
                .skip(1)
                .take(3)
                .any(|n| n.to_lowercase().starts_with("butter"));
        if fl_oz {
            words.drain(0..2);
            unit = Some(Unit::Millilitre);
            qty = qty.map(|q| scale(q, 29.57));
        } else if butter_stick && qty.is_some() {
            words.remove(0);
            notes.push(format!(
                "{} {w}",
                qty.map(|q| q.to_string()).unwrap_or_default()
            ));
            unit = Some(Unit::Gram);
            qty = qty.map(|q| scale(q, 113.0));
        } else if let Some((u, factor)) = unit_word(&w)
            && (qty.is_some() || u == Unit::Pinch || container)
            && words.len() > 1
        {
            words.remove(0);
            unit = Some(u);
            qty = qty.or(Some(Quantity::Exact(1.0))).map(|q| scale(q, factor));
        } else if is_in(COUNT_WORDS, &w) && words.len() > 1 {
            notes.push(words.remove(0).to_lowercase());
            if qty.is_none() && !hedged {
                qty = Some(Quantity::Exact(1.0));
            }
        }
    }
    // "1/4 cup plus 2 tablespoons": the same measure, added up.
    if let (Some(u), Some(q)) = (unit, qty)
        && words
            .first()
            .is_some_and(|w| w.eq_ignore_ascii_case("plus") || w == "+")
        && let Some((more, used)) = amount(&words[1..])
        && let Some((u2, _)) = words.get(1 + used).and_then(|w| unit_word(w))
    {
        match (teaspoons(u), teaspoons(u2)) {
            (Some(a), Some(b)) => {
                let add = more.upper() * b / a;
                qty = Some(match q {
                    Quantity::Exact(v) => Quantity::Exact(v + add),
                    Quantity::Range(l, h) => Quantity::Range(l + add, h + add),
                });
                words.drain(..2 + used);
            }
            _ => {
                let taken: Vec<String> = words.drain(..2 + used).collect();
                notes.push(taken.join(" "));
            }
        }
    }
    // Sizes after the unit: "2 cups large broccoli florets".
    while words.len() > 1 && is_in(SIZE_WORDS, &words[0]) && words[0] != "whole" {
        notes.push(words.remove(0).to_lowercase());
    }
    if words.len() > 1 && is_in(&["of", "de", "d'"], &words[0]) {
        words.remove(0);
    }
    Front {
        qty,
        unit,
        notes,
        container,
    }
}

/// Takes preparation words off both ends of an item ("minced cilantro", "onion chopped") and
/// "freshly ground" out of its middle; returns what was taken.
fn strip_prep(words: &mut Vec<String>) -> Vec<String> {
    let mut taken = Vec::new();
    let joiner = |w: &str| w == "and" || w == "or" || w == "&" || w == "then";
    let mut i = 0;
    while i + 1 < words.len() {
        if words[i].eq_ignore_ascii_case("freshly") {
            taken.push(format!("{} {}", words[i], words[i + 1]).to_lowercase());
            words.drain(i..i + 2);
        } else {
            i += 1;
        }
    }
    while words.len() > 1 && (is_in(PREP_WORDS, &words[0]) || is_in(&["and", "or"], &words[0])) {
        let w = words.remove(0).to_lowercase();
        if !joiner(&w) || !taken.is_empty() {
            taken.push(w);
        }
    }
    while taken.last().is_some_and(|w| joiner(w)) {
        taken.pop();
    }
    let mut tail = Vec::new();
    while words.len() > 1 && is_in(PREP_WORDS, words.last().map_or("", String::as_str)) {
        tail.push(words.pop().unwrap_or_default().to_lowercase());
        while words.len() > 1 && words.last().is_some_and(|w| joiner(w) || w == "-") {
            tail.push(words.pop().unwrap_or_default());
        }
    }
    tail.reverse();
    if !taken.is_empty() || !tail.is_empty() {
        let mut all = taken.join(" ");
        if !tail.is_empty() {
            if !all.is_empty() {
                all.push_str(", ");
            }
            all.push_str(&tail.join(" "));
        }
        return vec![all];
    }
    Vec::new()
}

/// Says whether words hold a food rather than only preparation ("peeled", "finely diced").
fn has_food(text: &str) -> bool {
    text.split_whitespace()
        .any(|w| !is_in(PREP_WORDS, w) && !is_in(&["and", "or", "then", "into", "in"], w))
        && !text.split_whitespace().next().is_some_and(|w| {
            is_in(
                &[
                    "cut", "into", "at", "for", "about", "plus", "such", "i", "see",
                ],
                w,
            )
        })
}

/// "Grated zest of 1 lemon", "juice of 2 limes": the amount after "of" counts the food.
fn of_amount(words: &[String]) -> Option<(Vec<String>, Quantity, Vec<String>)> {
    let of = words.iter().position(|w| w.eq_ignore_ascii_case("of"))?;
    if of == 0 || words[..of].iter().any(|w| number(w).is_some()) {
        return None;
    }
    let (qty, used) = amount(&words[of + 1..])?;
    let rest = words[of + 1 + used..].to_vec();
    (!rest.is_empty()).then(|| (words[..of].to_vec(), qty, rest))
}

/// Puts a second measure given after a slash in brackets, where it becomes a note:
/// "1 cup/240 ml milk" reads as "1 cup (240 ml) milk", "250g/9oz flour" as "250g (9oz) flour".
fn slash_measures(text: &str) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        let split = w.char_indices().find(|&(at, c)| {
            c == '/'
                && w[..at].chars().next_back().is_some_and(char::is_alphabetic)
                && w[at + 1..].starts_with(|d: char| d.is_ascii_digit())
        });
        match split {
            Some((at, _)) => {
                let alt = &w[at + 1..];
                let glued = alt.contains(|c: char| c.is_alphabetic());
                let unit_next = words
                    .get(i + 1)
                    .filter(|n| !glued && unit_word(n).is_some());
                out.push(format!(
                    "{} ({alt}{})",
                    &w[..at],
                    unit_next.map(|n| format!(" {n}")).unwrap_or_default()
                ));
                i += if unit_next.is_some() { 2 } else { 1 };
            }
            None => {
                out.push(w.to_owned());
                i += 1;
            }
        }
    }
    out.join(" ")
}

/// Parses one free-text ingredient line.
pub fn parse_line(raw: &str) -> Line {
    let text = slash_measures(&normalise(raw));
    let (main, mut notes) = brackets(&text);
    let mut main = main.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut tails = Vec::new();
    strip_tails(&mut main, &mut tails);
    let mut segments: Vec<String> = main
        .split([',', ';'])
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect();
    let first = if segments.is_empty() {
        String::new()
    } else {
        segments.remove(0)
    };
    let mut words: Vec<String> = first.split_whitespace().map(str::to_owned).collect();
    let mut front_part = front(&mut words);
    // "boneless, skinless chicken thighs" is one item.
    while !segments.is_empty() && !words.is_empty() && words.iter().all(|w| is_in(DESCRIPTORS, w)) {
        if let Some(last) = words.last_mut() {
            last.push(',');
        }
        words.extend(segments.remove(0).split_whitespace().map(str::to_owned));
    }
    let mut lead = Vec::new();
    if front_part.qty.is_none()
        && let Some((before, qty, rest)) = of_amount(&words)
    {
        // "Grated zest of 1 lemon" is the zest of one lemon: "lemon zest", grated.
        let mut before = before;
        let prep = strip_prep(&mut before);
        let part = before.join(" ").to_lowercase();
        let mut rest_words = rest;
        let inner = front(&mut rest_words);
        front_part.qty = Some(inner.qty.unwrap_or(qty));
        front_part.unit = inner.unit;
        front_part.notes.extend(inner.notes);
        let food = rest_words.join(" ");
        if ["zest", "juice", "rind", "peel"].contains(&part.as_str()) {
            // "juice of 2 limes" is lime juice.
            let one = match food.strip_suffix('s') {
                Some(stem) if !stem.ends_with('s') && !food.contains(' ') => stem.to_owned(),
                _ => food.clone(),
            };
            words = format!("{one} {part}")
                .split_whitespace()
                .map(str::to_owned)
                .collect();
        } else {
            words = rest_words;
            lead.push(part);
        }
        lead.extend(prep);
    }
    let mut prep = strip_prep(&mut words);
    // "1 peeled, finely diced tomato": the food comes after the comma.
    if !has_food(&words.join(" ")) {
        if let Some(at) = segments.iter().position(|s| has_food(s)) {
            let mut head: Vec<String> = std::mem::take(&mut words);
            head.append(&mut prep);
            lead.push(head.join(" "));
            let seg = segments.remove(at);
            let mut more: Vec<String> = seg.split_whitespace().map(str::to_owned).collect();
            let extra = front(&mut more);
            if front_part.unit.is_none() {
                front_part.unit = extra.unit;
                front_part.qty = front_part.qty.or(extra.qty);
            }
            front_part.notes.extend(extra.notes);
            words = more;
            prep = strip_prep(&mut words);
        } else {
            // Only preparation words: they are the item after all ("3 eggs, beaten" aside).
            words.splice(
                0..0,
                prep.drain(..)
                    .flat_map(|p| p.split_whitespace().map(str::to_owned).collect::<Vec<_>>()),
            );
        }
    }
    // A container keeps its contents' words: "1 can chopped tomatoes".
    if (front_part.container || front_part.unit == Some(Unit::Can))
        && let Some(p) = prep.pop()
    {
        let (before, after) = p.split_once(", ").unwrap_or((p.as_str(), ""));
        let mut joined: Vec<String> = before.split_whitespace().map(str::to_owned).collect();
        joined.append(&mut words);
        words = joined;
        if !after.is_empty() {
            prep.push(after.to_owned());
        }
    }
    // "3 garlic cloves": the clove unit.
    if front_part.unit.is_none()
        && words.len() > 1
        && is_in(
            &["clove", "cloves"],
            words.last().map_or("", String::as_str),
        )
    {
        words.pop();
        front_part.unit = Some(Unit::Clove);
        front_part.qty = front_part.qty.or(Some(Quantity::Exact(1.0)));
    }
    let item = words
        .join(" ")
        .to_lowercase()
        .trim_matches(|c: char| ".,;:*!".contains(c) || c.is_whitespace())
        .to_owned();
    let mut all: Vec<String> = front_part.notes;
    all.extend(lead);
    all.extend(prep);
    all.append(&mut notes);
    all.extend(segments);
    all.extend(tails);
    let all: Vec<String> = all
        .into_iter()
        .map(|n| n.trim_matches([' ', ',', ';']).to_owned())
        .filter(|n| !n.is_empty())
        .collect();
    let mut qty = front_part.qty;
    let mut unit = front_part.unit;
    if item.is_empty() {
        (qty, unit) = (None, None);
    }
    Line {
        qty,
        unit,
        item,
        note: (!all.is_empty()).then(|| all.join(", ")),
    }
}

/// Says whether a line of an ingredient list is a heading ("For the pasta:", "SAUCE") and gives
/// it as a note for the lines under it ("for the pasta").
pub fn heading(raw: &str) -> Option<String> {
    let trimmed = raw.trim();
    let bold = ["<strong>", "<b>", "<h"]
        .iter()
        .any(|t| trimmed.to_lowercase().starts_with(t))
        && ["</strong>", "</b>"]
            .iter()
            .any(|t| trimmed.to_lowercase().ends_with(t))
        || trimmed.to_lowercase().ends_with("</h3>")
        || trimmed.to_lowercase().ends_with("</h4>");
    let text = normalise(raw);
    let words = text.split_whitespace().count();
    if text.is_empty() || text.chars().any(|c| c.is_ascii_digit()) || words > 8 {
        return None;
    }
    let lower = text.to_lowercase();
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    let shouting = letters.len() >= 3 && letters.iter().all(|c| c.is_uppercase()) && words <= 5;
    let is_heading = text.ends_with(':')
        || (lower.starts_with("for the ") && !text.contains(',') && words <= 6)
        || bold
        || shouting;
    if !is_heading {
        return None;
    }
    let name = lower
        .trim_end_matches([':', ' ', '-', '*'])
        .trim_start_matches(['-', '*', ' ']);
    if name.is_empty() {
        return None;
    }
    Some(if name.starts_with("for ") {
        name.to_owned()
    } else {
        format!("for the {name}")
    })
}

/// Parses an ingredient list: headings become notes on the lines under them.
pub fn parse_list<S: AsRef<str>>(lines: &[S]) -> Vec<Line> {
    let mut section: Option<String> = None;
    let mut out = Vec::new();
    for raw in lines {
        let raw = raw.as_ref();
        if raw.trim().is_empty() {
            continue;
        }
        if let Some(name) = heading(raw) {
            section = Some(name);
            continue;
        }
        let mut line = parse_line(raw);
        if line.item.is_empty() {
            continue;
        }
        if let Some(s) = &section {
            line.note = Some(match line.note.take() {
                Some(n) => format!("{n}, {s}"),
                None => s.clone(),
            });
        }
        out.push(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads a labelled amount: "", "1.5", "2-3".
    fn label_qty(text: &str) -> Option<Quantity> {
        if text.is_empty() {
            return None;
        }
        Some(match text.split_once('-') {
            Some((a, b)) => Quantity::Range(a.parse().unwrap(), b.parse().unwrap()),
            None => Quantity::Exact(text.parse().unwrap()),
        })
    }

    fn same_qty(a: Option<Quantity>, b: Option<Quantity>) -> bool {
        let close = |x: f64, y: f64| (x - y).abs() < 1e-9;
        match (a, b) {
            (None, None) => true,
            (Some(Quantity::Exact(x)), Some(Quantity::Exact(y))) => close(x, y),
            (Some(Quantity::Range(a1, a2)), Some(Quantity::Range(b1, b2))) => {
                close(a1, b1) && close(a2, b2)
            }
            _ => false,
        }
    }

    /// Measures a labelled set: (lines, quantity %, unit %, item %, the lines missed).
    fn accuracy(text: &str) -> (usize, f64, f64, f64, String) {
        let (mut total, mut qty_ok, mut unit_ok, mut item_ok) = (0, 0, 0, 0);
        let mut misses = Vec::new();
        for row in text.lines().filter(|l| !l.starts_with('#')).skip(1) {
            let cols: Vec<&str> = row.split('\t').collect();
            assert_eq!(cols.len(), 4, "{row}");
            let line = parse_line(cols[0]);
            let want_unit = (!cols[2].is_empty()).then(|| cols[2].parse::<Unit>().unwrap());
            total += 1;
            let q = same_qty(line.qty, label_qty(cols[1]));
            let u = line.unit == want_unit;
            let i = line.item == cols[3];
            qty_ok += usize::from(q);
            unit_ok += usize::from(u);
            item_ok += usize::from(i);
            if !(q && u && i) {
                misses.push(format!(
                    "{:?}: got {:?} {:?} {:?} (note {:?})",
                    cols[0], line.qty, line.unit, line.item, line.note
                ));
            }
        }
        let pct = |n: usize| 100.0 * n as f64 / total as f64;
        let figures = format!(
            "{total} lines: quantity {:.1}%, unit {:.1}%, item {:.1}% exact\n{}",
            pct(qty_ok),
            pct(unit_ok),
            pct(item_ok),
            misses.join("\n")
        );
        (total, pct(qty_ok), pct(unit_ok), pct(item_ok), figures)
    }

    proptest::proptest! {
        #[test]
        fn any_text_parses_without_panicking(text in "\\PC{0,60}", list in proptest::collection::vec("[0-9 /½⅜,.:()a-zİ-]{0,30}", 0..5)) {
            // Whatever a site writes, a line parses to something and keeps a valid amount.
            let line = parse_line(&text);
            if let Some(q) = line.qty {
                proptest::prop_assert!(q.upper() > 0.0);
            }
            let _ = parse_list(&list);
        }
    }

    #[test]
    fn headings_and_html_lines() {
        assert_eq!(heading("For the pasta:").as_deref(), Some("for the pasta"));
        assert_eq!(
            heading("<strong>Sauce</strong>").as_deref(),
            Some("for the sauce")
        );
        assert_eq!(heading("TOPPING").as_deref(), Some("for the topping"));
        assert_eq!(heading("1 cup flour"), None);
        assert_eq!(heading("Salt"), None);
        let lines = parse_list(&["For the dough:", "2 cups flour", "", "1 tsp salt"]);
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[1].note.as_deref(), Some("for the dough"));
        let line = parse_line("<strong>1 cup</strong> whole milk");
        assert_eq!(
            (line.qty, line.unit, line.item.as_str()),
            (Some(Quantity::Exact(1.0)), Some(Unit::Cup), "whole milk")
        );
        // Lowercasing that changes a text's length ("İ") never cuts a line in the wrong place.
        let _ = parse_line("İİİ salt to taste");
    }

    #[test]
    fn labelled_lines_parse_as_a_cook_reads_them() {
        // Accuracy on the hand-labelled lines (tests/fixtures/import/lines): the README states
        // these figures; the test fails if the parser falls below them.
        let (total, qty, unit, item, figures) = accuracy(include_str!(
            "../../tests/fixtures/import/lines/labelled.tsv"
        ));
        println!("labelled: {figures}");
        assert!(total >= 250, "{figures}");
        assert!(qty >= 99.0 && unit >= 99.0 && item >= 98.0, "{figures}");
        let (total, qty, unit, item, figures) = accuracy(include_str!(
            "../../tests/fixtures/import/lines/held-out.tsv"
        ));
        println!("held out: {figures}");
        assert!(total >= 90, "{figures}");
        assert!(qty >= 99.0 && unit >= 98.0 && item >= 97.0, "{figures}");
    }
}
