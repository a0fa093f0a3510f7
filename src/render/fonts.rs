//! The fonts a handout may use: the bundled OFL fonts, plus any folder the user names.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock, RwLock};

use include_dir::{Dir, include_dir};
use typst::foundations::Bytes;
use typst::text::{Coverage, Font};
use typst_kit::fonts::FontStore;

/// The OFL fonts bundled into the binary (Atkinson Hyperlegible Next, Literata).
static BUNDLED: Dir = include_dir!("$CARGO_MANIFEST_DIR/fonts");

/// Returns the fonts bundled into the binary, to copy into an exported project.
pub fn bundled() -> &'static Dir<'static> {
    &BUNDLED
}

/// The largest font file read from a `--font-path` folder (a full CJK collection is about 20 MiB).
const MAX_FONT_BYTES: u64 = 64 * 1024 * 1024;

/// The most fonts a collection file (`.ttc`, `.otc`) may hold; each is parsed on its own.
const MAX_FACES: u32 = 64;

/// The most bytes of fonts read from all `--font-path` folders together; the rest are skipped.
const MAX_FONT_TOTAL_BYTES: u64 = 512 * 1024 * 1024;

/// The most font files read from one folder, and how deep its subfolders are searched.
const MAX_FONT_FILES: usize = 1000;
const MAX_DEPTH: usize = 8;

/// A font folder that cannot be used: the message names it, the hint says what to do.
#[derive(Debug, Clone)]
pub struct FontDirError {
    /// What is wrong, naming the folder.
    pub message: String,
    /// The fix.
    pub hint: String,
}

/// A font store with the notes about what was left out of it.
#[derive(Clone)]
struct Loaded {
    store: Arc<FontStore>,
    /// One line per font file skipped, naming it and saying why.
    skipped: Vec<String>,
}

/// Builds a font store from the bundled fonts and the fonts found in extra folders, or says
/// which folder cannot be used. System fonts are never used, so a handout looks the same on
/// every machine.
fn build(extra: &[PathBuf]) -> Result<Loaded, FontDirError> {
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
    let mut skipped = Vec::new();
    let mut total = 0;
    for dir in extra {
        let shown = dir.display();
        let hint = "give a folder holding `.ttf`, `.otf`, `.ttc` or `.otc` files".to_owned();
        match dir.metadata() {
            Err(_) => {
                return Err(FontDirError {
                    message: format!("font folder `{shown}` does not exist"),
                    hint,
                });
            }
            Ok(meta) if !meta.is_dir() => {
                return Err(FontDirError {
                    message: format!("font folder `{shown}` is a file, not a folder"),
                    hint: "give the folder the font is in".to_owned(),
                });
            }
            Ok(_) => {}
        }
        let mut files = Vec::new();
        font_files(dir, 0, &mut files);
        files.sort();
        if files.len() > MAX_FONT_FILES {
            skipped.push(format!(
                "font folder `{shown}` holds more than {MAX_FONT_FILES} font files; the first {MAX_FONT_FILES} were read"
            ));
            files.truncate(MAX_FONT_FILES);
        }
        let mut found = 0;
        for path in files {
            let size = path.metadata().map_or(0, |m| m.len());
            if total + size > MAX_FONT_TOTAL_BYTES {
                skipped.push(format!(
                    "font `{}` was skipped: the font folders hold more than {} of fonts",
                    path.display(),
                    crate::load::input::size_in_words(MAX_FONT_TOTAL_BYTES)
                ));
                continue;
            }
            total += size;
            match load_file(&path) {
                Ok(fonts) => {
                    found += fonts.len();
                    store.extend(fonts.into_iter().map(|font| {
                        let info = font.info().clone();
                        (font, info)
                    }));
                }
                Err(why) => skipped.push(format!("font `{}` was skipped: {why}", path.display())),
            }
        }
        if found == 0 {
            return Err(FontDirError {
                message: format!("font folder `{shown}` holds no fonts gutjoint can use"),
                hint,
            });
        }
    }
    remember_coverage(&store);
    Ok(Loaded {
        store: Arc::new(store),
        skipped,
    })
}

/// What the fonts loaded in this process cover: the bundled ones, and those of every font
/// folder loaded so far (a run loads one set; its render uses them all). A printed field is checked against it before any layout runs.
fn coverages() -> &'static RwLock<Vec<Coverage>> {
    static COVERAGES: OnceLock<RwLock<Vec<Coverage>>> = OnceLock::new();
    COVERAGES.get_or_init(|| RwLock::new(Vec::new()))
}

fn remember_coverage(store: &FontStore) {
    let book = store.book();
    let mut all = coverages()
        .write()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    all.extend(
        (0..)
            .map_while(|i| book.info(i))
            .map(|info| info.coverage.clone()),
    );
}

/// Says whether some font loaded in this process has a glyph for a character (the bundled fonts
/// are loaded first if need be).
pub fn can_print(c: char) -> bool {
    if coverages()
        .read()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .is_empty()
    {
        let _ = loaded(&[]);
    }
    coverages()
        .read()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .iter()
        .any(|coverage| coverage.contains(u32::from(c)))
}

/// Collects the font files below a folder, not following links to folders.
fn font_files(dir: &Path, depth: usize, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            if depth < MAX_DEPTH {
                font_files(&path, depth + 1, out);
            }
            continue;
        }
        let is_font = path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
            ["ttf", "otf", "ttc", "otc"]
                .iter()
                .any(|f| e.eq_ignore_ascii_case(f))
        });
        if is_font && out.len() <= MAX_FONT_FILES {
            out.push(path);
        }
    }
}

/// Reads one font file, refusing what would cost too much: a file over the size cap, a FIFO or
/// device, or a collection whose header claims more fonts than it can hold.
fn load_file(path: &Path) -> Result<Vec<Font>, String> {
    let bytes = crate::load::input::Input {
        what: "font",
        folder: None,
        max: MAX_FONT_BYTES,
    }
    .read(path)
    .map_err(|refusal| {
        let shown = format!("font `{}` ", path.display());
        refusal.message.replace(&shown, "it ")
    })?;
    if bytes.starts_with(b"ttcf") {
        let count = bytes
            .get(8..12)
            .map_or(0, |b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]));
        let fits = 12 + 4 * u64::from(count) <= bytes.len() as u64;
        if count == 0 || count > MAX_FACES || !fits {
            return Err(format!(
                "its collection header claims {count} fonts (at most {MAX_FACES}, each listed in the file)"
            ));
        }
    }
    let fonts: Vec<Font> = Font::iter(Bytes::new(bytes)).collect();
    if fonts.is_empty() {
        return Err("it is not a font Typst can read".to_owned());
    }
    Ok(fonts)
}

/// The stores made so far in this process, by their folders.
type Cache = Mutex<Vec<(Vec<PathBuf>, Loaded)>>;

fn cache() -> &'static Cache {
    static CACHE: OnceLock<Cache> = OnceLock::new();
    CACHE.get_or_init(|| Mutex::new(Vec::new()))
}

fn loaded(extra: &[PathBuf]) -> Result<Loaded, FontDirError> {
    // Held while building, so batch workers starting together scan the folders once.
    let mut cache = cache()
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some((_, found)) = cache.iter().find(|(dirs, _)| dirs == extra) {
        return Ok(found.clone());
    }
    let made = build(extra)?;
    cache.push((extra.to_vec(), made.clone()));
    Ok(made)
}

/// Loads the fonts of these folders (once per process) and returns one line per font file
/// skipped, or says which folder cannot be used.
pub fn check(extra: &[PathBuf]) -> Result<Vec<String>, FontDirError> {
    loaded(extra).map(|l| l.skipped)
}

/// Returns the font store for these folders, scanned once per process and shared, so a batch of
/// handouts does not parse the fonts again for each one.
pub fn shared(extra: &[PathBuf]) -> Result<Arc<FontStore>, FontDirError> {
    loaded(extra).map(|l| l.store)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_families_are_present() {
        let store = shared(&[]).unwrap();
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

    #[test]
    fn bad_font_folders_and_costly_fonts_are_named() {
        let dir = tempfile::tempdir().unwrap();
        let err = check(&[dir.path().join("none")]).unwrap_err();
        assert!(err.message.contains("does not exist"), "{err:?}");
        let err = check(&[dir.path().to_path_buf()]).unwrap_err();
        assert!(err.message.contains("holds no fonts"), "{err:?}");
        // A 12-byte collection claiming four billion fonts is skipped at once, by name.
        std::fs::write(
            dir.path().join("bomb.ttc"),
            b"ttcf\0\x01\0\0\xff\xff\xff\xff",
        )
        .unwrap();
        std::fs::copy(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("fonts/Literata_400Regular.ttf"),
            dir.path().join("ok.ttf"),
        )
        .unwrap();
        let skipped = check(&[dir.path().to_path_buf()]).unwrap();
        assert_eq!(skipped.len(), 1, "{skipped:?}");
        assert!(
            skipped[0]
                .contains("bomb.ttc` was skipped: its collection header claims 4294967295 fonts"),
            "{skipped:?}"
        );
    }
}
