//! Where each value of a YAML file is written.
//!
//! serde_yaml turns a file into typed values but forgets where each came from, so a check made
//! after parsing (an unknown recipe id, an avoided food no recipe holds) needs another way to
//! point at the value it is about. Searching the text for the word finds it in comments and in
//! other keys; instead, [`Spans::of`] reads the same text with a YAML parser that keeps
//! positions, and records every key and value under its path: `avoid-ingredients[1]`,
//! `ingredients[2].unit`, `education.files.our-story`. A path names the value exactly, wherever
//! and however it is written (block or flow style, quoted or plain, after any comment).

use std::cell::OnceCell;
use std::collections::HashMap;

use yaml_rust2::parser::{Event, Parser};

/// A 1-based line and column (in characters).
pub type Position = (usize, usize);

/// The positions of the keys and values of one YAML document, by path. The text is read the
/// first time a position is asked for, so a file with nothing to report costs nothing.
#[derive(Debug)]
pub struct Spans<'a> {
    text: &'a str,
    read: OnceCell<Read>,
}

/// What one reading found: each value's position and, for a scalar, its text; each key's
/// position.
#[derive(Debug, Default)]
struct Read {
    values: HashMap<String, (Position, Option<String>)>,
    keys: HashMap<String, Position>,
}

/// A container being read: the path of its value, and for a mapping the key whose value comes
/// next, or for a sequence the index of its next item.
enum Frame {
    Map {
        path: String,
        key: Option<String>,
    },
    Seq {
        path: String,
        next: usize,
    },
    /// A mapping or sequence used as a key, which no path can name; its contents are skipped.
    Skip,
}

impl Read {
    /// Reads the positions of every key and value of the first document in `text`. A file the
    /// reader cannot read to the end gives the positions read until then: serde_yaml has already
    /// said what is wrong with such a file.
    fn of(text: &str) -> Self {
        let mut spans = Self::default();
        let mut stack: Vec<Frame> = Vec::new();
        let mut parser = Parser::new_from_str(text);
        let mut started = false;
        while let Ok((event, mark)) = parser.next_token() {
            let at = (mark.line(), mark.col() + 1);
            match event {
                Event::StreamEnd | Event::DocumentEnd => break,
                Event::DocumentStart if started => break,
                Event::DocumentStart => started = true,
                Event::Scalar(..) | Event::Alias(..) if key_next(&stack) => {
                    let value = match &event {
                        Event::Scalar(value, ..) => value.clone(),
                        _ => String::new(),
                    };
                    if let Some(Frame::Map { path, key }) = stack.last_mut() {
                        spans.keys.insert(join(path, &value), at);
                        *key = Some(value);
                    }
                }
                Event::SequenceStart(..) | Event::MappingStart(..) if key_next(&stack) => {
                    stack.push(Frame::Skip);
                }
                Event::Scalar(ref value, ..) => {
                    if let Some(path) = next_path(&mut stack) {
                        spans.values.insert(path, (at, Some(value.clone())));
                    }
                }
                Event::Alias(..) => {
                    if let Some(path) = next_path(&mut stack) {
                        spans.values.insert(path, (at, None));
                    }
                }
                Event::SequenceStart(..) | Event::MappingStart(..) => {
                    let seq = matches!(event, Event::SequenceStart(..));
                    match next_path(&mut stack) {
                        Some(path) => {
                            spans.values.insert(path.clone(), (at, None));
                            stack.push(if seq {
                                Frame::Seq { path, next: 0 }
                            } else {
                                Frame::Map { path, key: None }
                            });
                        }
                        None => stack.push(Frame::Skip),
                    }
                }
                Event::SequenceEnd | Event::MappingEnd => {
                    let skipped = matches!(stack.pop(), Some(Frame::Skip));
                    // A skipped key is done: what follows is its value, which no path names.
                    if skipped
                        && let Some(Frame::Map { key, .. }) = stack.last_mut()
                        && key.is_none()
                    {
                        *key = Some(String::new());
                    }
                }
                Event::Nothing | Event::StreamStart => {}
            }
        }
        spans
    }
}

impl<'a> Spans<'a> {
    /// The positions in `text`, read when first asked for.
    pub fn of(text: &'a str) -> Self {
        Self {
            text,
            read: OnceCell::new(),
        }
    }

    fn read(&self) -> &Read {
        self.read.get_or_init(|| Read::of(self.text))
    }

    /// Where the value at `path` starts: `avoid-ingredients[1]` points at its second item.
    pub fn value(&self, path: &str) -> Option<Position> {
        self.read().values.get(path).map(|(at, _)| *at)
    }

    /// Where the key of the value at `path` is written: `household` points at `household:`.
    pub fn key(&self, path: &str) -> Option<Position> {
        self.read().keys.get(path).copied()
    }

    /// The best place to point at for the value at `path`: a scalar value itself, the key of a
    /// list or mapping (`tags:` rather than its `{`), else the nearest enclosing value or key
    /// that is written, else the start of the file.
    pub fn at(&self, path: &str) -> Position {
        let mut path = path;
        loop {
            let value = self.read().values.get(path);
            let at = match value {
                Some((at, Some(_))) => Some(*at),
                Some((at, None)) => Some(self.key(path).unwrap_or(*at)),
                None => self.key(path),
            };
            if let Some(at) = at {
                return at;
            }
            match path.rfind(['.', '[']) {
                Some(cut) => path = &path[..cut],
                None => return (1, 1),
            }
        }
    }

    /// The key of the value at `path`, else the best place for the value (see [`Spans::at`]).
    pub fn key_or_at(&self, path: &str) -> Position {
        self.key(path).unwrap_or_else(|| self.at(path))
    }

    /// Where the first item of the list at `list` that is written as `item` starts, or the list
    /// itself when no item is: `item("avoid-ingredients", "coriander")`.
    pub fn item(&self, list: &str, item: &str) -> Position {
        (0..)
            .map_while(|i| self.read().values.get(&format!("{list}[{i}]")))
            .find(|(_, text)| text.as_deref() == Some(item))
            .map_or_else(|| self.at(list), |(at, _)| *at)
    }

    /// Where the first scalar written as `text` inside the value at `path` starts (the value
    /// itself or any value it holds), else where the value at `path` does: the unit `tbs` of
    /// `ingredients[1]`, which a message names only by the ingredient's path.
    pub fn value_within(&self, path: &str, text: &str) -> Option<Position> {
        let inside = |p: &str| {
            path.is_empty()
                || p.strip_prefix(path)
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
        };
        (self.read().values.iter())
            .filter(|(p, (_, value))| inside(p) && value.as_deref() == Some(text))
            .map(|(_, (at, _))| *at)
            .min()
            .or_else(|| self.value(path))
    }

    /// The path of the value (a scalar before a list or mapping) or else the key that starts at
    /// `at`: what a diagnostic at that line and column is about.
    pub fn path_at(&self, at: Position) -> Option<&str> {
        (self.read().values.iter())
            .filter(|(_, (start, _))| *start == at)
            .max_by_key(|(path, (_, text))| (text.is_some(), path.len()))
            .map(|(path, _)| path.as_str())
            .or_else(|| self.key_at(at))
    }

    /// The path of the key written at `at`, if a key starts there.
    fn key_at(&self, at: Position) -> Option<&str> {
        (self.read().keys.iter())
            .find(|(_, key)| **key == at)
            .map(|(path, _)| path.as_str())
    }
}

/// Says whether the next node read is a mapping's key.
fn key_next(stack: &[Frame]) -> bool {
    matches!(stack.last(), Some(Frame::Map { key: None, .. }))
}

/// The path of the value read next, and moves the container on past it; `None` inside a key.
fn next_path(stack: &mut [Frame]) -> Option<String> {
    match stack.last_mut() {
        None => Some(String::new()),
        Some(Frame::Map { path, key }) => key.take().map(|key| join(path, &key)),
        Some(Frame::Seq { path, next }) => {
            *next += 1;
            Some(format!("{path}[{}]", *next - 1))
        }
        Some(Frame::Skip) => None,
    }
}

/// The path of `key` inside the mapping at `path`.
pub fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_item_is_found_where_it_is_and_not_in_a_comment() {
        let text = "# avoid: mushroom, coriander\navoid-ingredients: [mushrooms, coriander]\n";
        let spans = Spans::of(text);
        assert_eq!(spans.value("avoid-ingredients[0]"), Some((2, 21)));
        assert_eq!(spans.value("avoid-ingredients[1]"), Some((2, 32)));
        assert_eq!(spans.item("avoid-ingredients", "coriander"), (2, 32));
        assert_eq!(spans.key("avoid-ingredients"), Some((2, 1)));
    }

    #[test]
    fn block_lists_nested_maps_and_quotes_are_found() {
        let text = "title: Soup\ningredients:\n  - item: leek\n    unit: tbs\n  - { item: \"oats\", qty: 2 }\nsteps:\n  - >\n    Stir.\n";
        let spans = Spans::of(text);
        assert_eq!(spans.value("title"), Some((1, 8)));
        assert_eq!(spans.value("ingredients[0].unit"), Some((4, 11)));
        assert_eq!(spans.key("ingredients[0].unit"), Some((4, 5)));
        assert_eq!(spans.value("ingredients[1].item"), Some((5, 13)));
        assert_eq!(spans.value("ingredients[1].qty"), Some((5, 26)));
        assert_eq!(spans.value("ingredients[2]"), None);
        // A folded scalar starts where its text does, under the `>`.
        assert_eq!(spans.value("steps[0]"), Some((8, 5)));
        assert_eq!(spans.path_at((5, 13)), Some("ingredients[1].item"));
        assert_eq!(spans.path_at((4, 11)), Some("ingredients[0].unit"));
        assert_eq!(spans.path_at((4, 5)), Some("ingredients[0].unit"));
        assert_eq!(spans.path_at((4, 6)), None);
    }

    #[test]
    fn a_missing_path_falls_back_to_what_encloses_it() {
        let spans = Spans::of("pins:\n  - day: 1\n    recipe: oats\n");
        assert_eq!(spans.at("pins[0].meal"), spans.value("pins[0]").unwrap());
        assert_eq!(spans.at("pins"), (1, 1));
        assert_eq!(spans.at("nothing"), (1, 1));
        assert_eq!(spans.item("pins", "x"), (1, 1));
    }

    #[test]
    fn columns_count_characters_and_repeats_are_told_apart() {
        let spans = Spans::of("name: Cara Díaz\nlist: [é, a, a]\n");
        assert_eq!(spans.value("list[1]"), Some((2, 11)));
        assert_eq!(spans.item("list", "a"), (2, 11));
        assert_eq!(spans.value("list[2]"), Some((2, 14)));
    }

    #[test]
    fn a_file_that_does_not_parse_keeps_what_came_before() {
        let spans = Spans::of("a: 1\nb: [\n");
        assert_eq!(spans.value("a"), Some((1, 4)));
    }
}
