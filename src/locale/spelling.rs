//! A locale's word list: British spellings and words with the locale's own (`fibre: fiber`,
//! `courgette: zucchini`), applied to recipe text that has no override of its own. Whole words
//! only, keeping an initial capital, so "Fibre" becomes "Fiber" and "fibreglass" stays.

use std::collections::BTreeMap;

/// The word list: British form to the locale's form, longest first so "yoghurts" is matched
/// before "yoghurt".
#[derive(Debug, Clone, Default)]
pub struct WordList {
    pairs: Vec<(String, String)>,
}

impl WordList {
    /// Reads a word list: a YAML map of British form to the locale's form, lowercase.
    pub fn parse(text: &str) -> Result<Self, String> {
        let map: BTreeMap<String, String> =
            serde_yaml::from_str(text).map_err(|e| e.to_string())?;
        for (from, to) in &map {
            if from.is_empty() || to.is_empty() || from.to_lowercase() != *from {
                return Err(format!("`{from}: {to}` must be two lowercase words"));
            }
        }
        let mut pairs: Vec<(String, String)> = map.into_iter().collect();
        pairs.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        Ok(Self { pairs })
    }

    /// The British forms the list replaces.
    pub fn from_words(&self) -> impl Iterator<Item = &str> {
        self.pairs.iter().map(|(f, _)| f.as_str())
    }

    /// The forms the list writes.
    pub fn to_words(&self) -> impl Iterator<Item = &str> {
        self.pairs.iter().map(|(_, t)| t.as_str())
    }

    /// Says whether the list is empty (the locale respells nothing).
    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty()
    }

    /// Respells every whole word (or phrase) of the list in `text`.
    pub fn apply(&self, text: &str) -> String {
        if self.pairs.is_empty() {
            return text.to_owned();
        }
        let mut out = text.to_owned();
        for (from, to) in &self.pairs {
            out = replace_word(&out, from, to);
        }
        out
    }

    /// The words of the list found in `text` as whole words, in either direction: `british`
    /// finds the British forms, otherwise the locale's.
    pub fn found(&self, text: &str, british: bool) -> Vec<String> {
        let lower = text.to_lowercase();
        self.pairs
            .iter()
            .map(|(f, t)| if british { f } else { t })
            .filter(|w| find_word(&lower, w, 0).is_some())
            .cloned()
            .collect()
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// The byte offset of `word` in `lower` (already lowercase) at or after `from`, as a whole word.
fn find_word(lower: &str, word: &str, from: usize) -> Option<usize> {
    let mut start = from;
    while let Some(at) = lower.get(start..)?.find(word) {
        let at = start + at;
        let end = at + word.len();
        let before = lower[..at].chars().next_back().is_some_and(is_word_char);
        let after = lower[end..].chars().next().is_some_and(is_word_char);
        if !before && !after {
            return Some(at);
        }
        start = at + word.len().max(1);
    }
    None
}

fn replace_word(text: &str, from: &str, to: &str) -> String {
    // Lowercasing keeps byte offsets for the ASCII and Latin letters the lists hold; a text where
    // it does not is left as it is.
    let lower = text.to_lowercase();
    if lower.len() != text.len() {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    let mut start = 0;
    while let Some(at) = find_word(&lower, from, start) {
        out.push_str(&text[last..at]);
        let original = &text[at..at + from.len()];
        if original.chars().next().is_some_and(char::is_uppercase) {
            let mut chars = to.chars();
            if let Some(first) = chars.next() {
                out.extend(first.to_uppercase());
                out.push_str(chars.as_str());
            }
        } else {
            out.push_str(to);
        }
        last = at + from.len();
        start = last;
    }
    out.push_str(&text[last..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words_are_respelt_keeping_a_capital() {
        let list = WordList::parse("fibre: fiber\nyoghurt: yogurt\nflavour: flavor\n").unwrap();
        assert_eq!(
            list.apply("Fibre and yoghurt add flavour; yoghurty fibres stay."),
            "Fiber and yogurt add flavor; yoghurty fibres stay."
        );
        assert_eq!(list.found("High fibre", true), vec!["fibre".to_owned()]);
        assert!(list.found("High fiber", true).is_empty());
        assert_eq!(list.found("High fiber", false), vec!["fiber".to_owned()]);
    }
}
