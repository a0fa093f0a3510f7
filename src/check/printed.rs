//! What a printed field (a patient's name, a clinic's details, a recipe's words) may hold: no
//! control characters, and only characters a font of the handout can print. Checked where each
//! file is read, so the message names the field, the file and the line, before any layout runs.

/// Why a printed field cannot be printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// A control character (an escape code, a NUL, a bell): it prints as nothing or garbles a
    /// terminal.
    Control(char),
    /// A bidirectional control character in a field whose printed text must match what it links
    /// to (the website, printed beside its QR code).
    Bidi(char),
    /// An emoji: no bundled font has them, and the handout is printed in black and white.
    Emoji(char),
    /// A letter none of the fonts can print (Chinese, Japanese and Korean need a font of their own).
    NoFont(char),
    /// Far longer than any real field: its length in characters.
    TooLong(usize),
}

/// The most characters of a printed field: a line such as a name, or text of several lines.
const MAX_LINE_CHARS: usize = 1000;
const MAX_TEXT_CHARS: usize = 10_000;

/// Characters that print as nothing and need no glyph: joiners, variation selectors, marks of
/// direction, the zero-width space.
fn needs_no_glyph(c: char) -> bool {
    matches!(c,
        '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202E}' | '\u{2060}'..='\u{206F}'
        | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{00AD}')
}

/// Says whether a character is a bidirectional control (embedding, override, isolate, mark).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Says whether a character is an emoji (the pictographic blocks).
fn is_emoji(c: char) -> bool {
    matches!(c,
        '\u{1F000}'..='\u{1FAFF}' | '\u{2600}'..='\u{27BF}'
        | '\u{2B00}'..='\u{2BFF}' | '\u{3030}' | '\u{303D}')
}

/// Finds the first character of a printed field that cannot be printed. `lines` allows line
/// breaks (an address, a disclaimer); `no_bidi` refuses direction controls too.
pub fn check(text: &str, lines: bool, no_bidi: bool) -> Option<Problem> {
    let max = if lines {
        MAX_TEXT_CHARS
    } else {
        MAX_LINE_CHARS
    };
    let count = text.chars().count();
    if count > max {
        return Some(Problem::TooLong(count));
    }
    for c in text.chars() {
        if c == '\n' && lines {
            continue;
        }
        if c.is_control() {
            return Some(Problem::Control(c));
        }
        if is_bidi_control(c) && no_bidi {
            return Some(Problem::Bidi(c));
        }
        // Every bundled body font has ASCII; only the rest is looked up.
        if c.is_ascii() || c.is_whitespace() || needs_no_glyph(c) || crate::render::can_print(c) {
            continue;
        }
        return Some(if is_emoji(c) {
            Problem::Emoji(c)
        } else {
            Problem::NoFont(c)
        });
    }
    None
}

/// Words a message uses for a character: `U+001B`, or the character and its code.
fn shown(c: char) -> String {
    let code = format!("U+{:04X}", u32::from(c));
    if c.is_control() || is_bidi_control(c) {
        code
    } else {
        format!("`{c}` ({code})")
    }
}

impl Problem {
    /// The message and the hint for a field (`name`, `steps[2]`) that has this problem.
    pub fn explain(self, field: &str) -> (String, String) {
        match self {
            Self::Control(c) => (
                format!("{field} holds the control character {}", shown(c)),
                "remove it; a control character prints as nothing, or garbles a terminal"
                    .to_owned(),
            ),
            Self::Bidi(c) => (
                format!("{field} holds the direction control character {}", shown(c)),
                "remove it; the printed address would read differently from the link its QR code holds".to_owned(),
            ),
            Self::Emoji(c) => (
                format!("{field} holds an emoji, {}, which the handout cannot print", shown(c)),
                "write it without the emoji; handouts print in black and white with text fonts only".to_owned(),
            ),
            Self::TooLong(n) => (
                format!("{field} is {n} characters long, far longer than anything a page prints"),
                "shorten it; a name or a line is a few dozen characters".to_owned(),
            ),
            Self::NoFont(c) => (
                format!("{field} holds {}, which none of the fonts can print", shown(c)),
                "the bundled fonts print Latin, Greek, Cyrillic, Arabic, Hebrew and Devanagari; for Chinese, Japanese or Korean put a font that has them (such as Noto Sans CJK) in a `fonts/` folder of the clinic folder, or pass `--font-path FOLDER`".to_owned(),
            ),
        }
    }
}

/// Replaces the control characters of text bound for a terminal (except line breaks and tabs)
/// with `?`, so a name holding escape codes cannot change the terminal.
pub fn for_terminal(text: &str) -> std::borrow::Cow<'_, str> {
    let bad = |c: char| c.is_control() && c != '\n' && c != '\t';
    if text.chars().any(bad) {
        text.chars()
            .map(|c| if bad(c) { '?' } else { c })
            .collect::<String>()
            .into()
    } else {
        text.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_the_bundled_scripts_print_and_others_are_named() {
        for name in ["Ana", "Ελένη", "Иван", "محمد", "יעל", "प्रिया", "Zoë Ñúñez"]
        {
            assert_eq!(check(name, false, false), None, "{name}");
        }
        assert_eq!(check("李小龙", false, false), Some(Problem::NoFont('李')));
        assert_eq!(check("Ana 😀", false, false), Some(Problem::Emoji('😀')));
        assert_eq!(
            check("A\u{1b}[31m", false, false),
            Some(Problem::Control('\u{1b}'))
        );
        assert_eq!(check("a\nb", true, false), None);
        assert_eq!(
            check("a\u{202e}b", false, true),
            Some(Problem::Bidi('\u{202e}'))
        );
        assert_eq!(for_terminal("a\u{1b}[2Jb\n"), "a?[2Jb\n");
        assert_eq!(
            check(&"a".repeat(1001), false, false),
            Some(Problem::TooLong(1001))
        );
        assert_eq!(check(&"a\n".repeat(1000), true, false), None);
    }
}
