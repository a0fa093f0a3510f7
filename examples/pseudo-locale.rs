//! Writes the en-XA pseudo-locale from en-GB: every message's text with its vowels accented and
//! doubled and a few consonants accented, so a word still written in a layout, a missing message
//! or a line that no longer fits its page shows at once. Ids, `{ $variables }`, variant keys
//! (`[one]`), numbered sources (`[@key]`) and comments stay as they are.
//!
//! Run after changing en-GB's messages: `cargo run --example pseudo-locale`.

use std::path::Path;

/// One letter of text, pseudo-localised.
fn pseudo_char(c: char, out: &mut String) {
    let mapped = match c {
        'a' => "áá",
        'e' => "éé",
        'i' => "íí",
        'o' => "öö",
        'u' => "üü",
        'A' => "Åå",
        'E' => "Éé",
        'I' => "Íí",
        'O' => "Öö",
        'U' => "Üü",
        'c' => "ç",
        'n' => "ñ",
        'y' => "ý",
        'C' => "Ç",
        'N' => "Ñ",
        _ => {
            out.push(c);
            return;
        }
    };
    out.push_str(mapped);
}

/// The text of one line of a message, pseudo-localised outside what a translator keeps.
fn pseudo_text(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        // Kept whole: placeables `{ ... }`, variant keys `[one]` and `*[other]`, sources `[@key]`.
        let kept_end = match c {
            '{' => rest.find('}').map(|e| e + 1).or(Some(rest.len())),
            '$' => Some(
                rest.find(|ch: char| !(ch.is_alphanumeric() || ch == '-' || ch == '$'))
                    .unwrap_or(rest.len()),
            ),
            '[' | '*' if is_key(rest) => rest.find(']').map(|e| e + 1),
            _ => None,
        };
        if let Some(end) = kept_end {
            out.push_str(&rest[..end]);
            rest = &rest[end..];
            continue;
        }
        pseudo_char(c, &mut out);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// Says whether `text` starts with a variant key (`[one]`, `*[other]`) or a source (`[@key]`).
fn is_key(text: &str) -> bool {
    let text = text.strip_prefix('*').unwrap_or(text);
    let Some(inner) = text.strip_prefix('[').and_then(|t| t.split_once(']')) else {
        return false;
    };
    inner.0.starts_with('@')
        || (!inner.0.is_empty() && inner.0.chars().all(|c| c.is_ascii_alphanumeric()))
}

fn pseudo_file(source: &str) -> String {
    let mut out = String::new();
    for line in source.lines() {
        let trimmed = line.trim_start();
        if trimmed.is_empty()
            || trimmed.starts_with('#')
            || (line.ends_with(" =") && !line.starts_with(' '))
        {
            // Blank lines, comments, and the id of a message whose text starts on the next line.
            out.push_str(line);
        } else if let Some((id, value)) = line.split_once(" = ")
            && !line.starts_with(' ')
        {
            out.push_str(id);
            out.push_str(" = ");
            out.push_str(&pseudo_text(value));
        } else {
            let indent = &line[..line.len() - trimmed.len()];
            out.push_str(indent);
            out.push_str(&pseudo_text(trimmed));
        }
        out.push('\n');
    }
    out
}

fn main() -> std::io::Result<()> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    for entry in std::fs::read_dir(root.join("en-GB"))? {
        let path = entry?.path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let source = std::fs::read_to_string(&path)?;
        let header =
            "# Generated from en-GB by `cargo run --example pseudo-locale`: do not edit.\n";
        let target = root
            .join("en-XA")
            .join(path.file_name().unwrap_or_default());
        std::fs::write(&target, format!("{header}{}", pseudo_file(&source)))?;
        println!("wrote {}", target.display());
    }
    Ok(())
}
