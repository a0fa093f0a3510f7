//! The fonts a handout may use: the bundled OFL fonts, plus any folder the user names.

use std::path::Path;
use std::sync::{Arc, OnceLock};

use include_dir::{Dir, include_dir};
use typst::foundations::Bytes;
use typst::text::Font;
use typst_kit::fonts::FontStore;

/// The OFL fonts bundled into the binary (Atkinson Hyperlegible Next, Literata).
static BUNDLED: Dir = include_dir!("$CARGO_MANIFEST_DIR/fonts");

/// Returns the fonts bundled into the binary, to copy into an exported project.
pub fn bundled() -> &'static Dir<'static> {
    &BUNDLED
}

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

/// Returns the font store for these folders; the bundled fonts alone are loaded once per process
/// and shared, so a batch of handouts does not parse them again for each one.
pub fn shared(extra: &[impl AsRef<Path>]) -> Arc<FontStore> {
    static BUNDLED_ONLY: OnceLock<Arc<FontStore>> = OnceLock::new();
    if extra.is_empty() {
        BUNDLED_ONLY
            .get_or_init(|| Arc::new(store(&[] as &[&Path])))
            .clone()
    } else {
        Arc::new(store(extra))
    }
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
