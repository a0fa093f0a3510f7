//! Seven-word runs of a text, lowercased and with UK and US spellings folded, and their hashes:
//! shared by the copied-run test (`tests/cli/copied.rs`) and the tool that writes the article's
//! hashes (`examples/article-hashes.rs`, run by `scripts/article-hashes.sh`), so both read a text
//! the same way.

use std::collections::BTreeSet;

/// How many words make a run.
pub const RUN: usize = 7;

/// Folds British and American spellings together so "fibre" and "fiber" count as one word.
pub fn fold(word: &str) -> String {
    let mut w = match word {
        "yoghurt" | "yoghurts" => "yogurt".to_owned(),
        "ageing" => "aging".to_owned(),
        "grey" => "gray".to_owned(),
        "programme" => "program".to_owned(),
        "catalogue" => "catalog".to_owned(),
        _ => word.to_owned(),
    };
    w = w.replace("oe", "e").replace("ae", "e");
    for (uk, us) in [
        ("isation", "ization"),
        ("ising", "izing"),
        ("ised", "ized"),
        ("ise", "ize"),
        ("yse", "yze"),
        ("lled", "led"),
        ("lling", "ling"),
        ("our", "or"),
    ] {
        if let Some(stem) = w.strip_suffix(uk) {
            w = format!("{stem}{us}");
            break;
        }
    }
    // "fibre", "centre", "litre": a consonant then "re" at the end is "er" in US spelling.
    let chars: Vec<char> = w.chars().collect();
    let n = chars.len();
    if n > 3 && chars[n - 2..] == ['r', 'e'] && !"aeiou".contains(chars[n - 3]) {
        w = chars[..n - 2].iter().collect::<String>() + "er";
    }
    w
}

/// The text's words, lowercased and folded, with line-end hyphens joined and apostrophes dropped.
pub fn words(text: &str) -> Vec<String> {
    let joined = text.replace("-\n", "");
    let lower = joined.to_lowercase().replace(['\'', '’'], "");
    lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(fold)
        .collect()
}

/// The hashes of every run of seven words in the text.
pub fn run_hashes(text: &str) -> BTreeSet<u64> {
    words(text)
        .windows(RUN)
        .map(|run| gutjoint::stable_hash(&run.join(" ")))
        .collect()
}

/// The hashes of the article's runs, one per line in hex, beside the crate.
pub const HASHES: &str = "tests/fixtures/article-runs.txt";
