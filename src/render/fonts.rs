//! The fonts a handout may use: the bundled OFL fonts, plus any folder the user names.

use std::path::Path;

use include_dir::{Dir, include_dir};
use typst::foundations::Bytes;
use typst::text::Font;
use typst_kit::fonts::FontStore;

/// The OFL fonts bundled into the binary (Atkinson Hyperlegible Next, Literata).
static BUNDLED: Dir = include_dir!("$CARGO_MANIFEST_DIR/fonts");

/// Builds a font store from the bundled fonts and, if given, the fonts found in extra folders.
/// System fonts are never used, so a handout looks the same on every machine.
pub fn store(extra: &[impl AsRef<Path>]) -> FontStore {
    let mut store = FontStore::new();
    for file in BUNDLED.files() {
        let is_font = file
            .path()
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("ttf") || e.eq_ignore_ascii_case("otf"));
        if is_font {
            store.extend(Font::iter(Bytes::new(file.contents())).map(|font| {
                let info = font.info().clone();
                (font, info)
            }));
        }
    }
    for dir in extra {
        store.extend(typst_kit::fonts::scan(dir.as_ref()));
    }
    store
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_families_are_present() {
        let store = store(&[] as &[&Path]);
        let families: Vec<String> = store
            .book()
            .families()
            .map(|(name, _)| name.to_lowercase())
            .collect();
        assert!(
            families
                .iter()
                .any(|f| f.contains("atkinson hyperlegible next")),
            "{families:?}"
        );
        assert!(
            families.iter().any(|f| f.contains("literata")),
            "{families:?}"
        );
    }
}
