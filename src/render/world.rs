//! A sandboxed Typst world: layouts from one folder, data from memory, bundled fonts, fixed date.

use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_kit::diagnostics::DiagnosticWorld;
use typst_kit::files::{FileLoader, FileStore};
use typst_kit::fonts::FontStore;

use crate::contract::paths::{self, RECIPE_DATA, RECIPE_PAGE, RECIPE_PAGE_TEMPLATE};
use crate::contract::recipe_folder;

/// The layouts bundled into the binary.
static BUNDLED: Dir = include_dir!("$CARGO_MANIFEST_DIR/layouts");

/// Returns the layouts bundled into the binary, to copy into a clinic folder.
pub fn bundled_layouts() -> &'static Dir<'static> {
    &BUNDLED
}

/// Where layouts come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LayoutSource {
    /// The layouts bundled into the binary.
    Bundled,
    /// A folder of `.typ` files on disk; nothing outside it can be read.
    Dir(PathBuf),
}

/// The root that layout files are served from.
enum Root {
    Bundled,
    /// The canonical path of the layouts folder.
    Disk(PathBuf),
}

/// Serves layout files, refusing anything outside the layouts folder, and the data file.
struct Loader {
    root: Root,
    data: Bytes,
    /// Files handed over from Rust, by virtual path: a clinic's sections.
    extra: Vec<(String, Bytes)>,
}

impl FileLoader for Loader {
    fn load(&self, id: FileId) -> FileResult<Bytes> {
        if let VirtualRoot::Package(spec) = id.root() {
            return Err(FileError::Other(Some(
                format!(
                    "packages such as `{spec}` are not available to gutjoint layouts; copy the files you need into the layouts folder"
                )
                .into(),
            )));
        }
        let vpath = id.vpath();
        if vpath.get_with_slash() == paths::DATA {
            return Ok(self.data.clone());
        }
        if let Some((_, bytes)) = self.extra.iter().find(|(p, _)| p == vpath.get_with_slash()) {
            return Ok(bytes.clone());
        }
        if let Some(template) = self.recipe_page(vpath.get_with_slash()) {
            return template;
        }
        self.layout_file(vpath)
    }
}

impl Loader {
    /// Serves the layouts' recipe page template as `/recipes/ID/page.typ` for every recipe
    /// whose `recipe.json` was handed over (see `Handout::recipe_files`).
    fn recipe_page(&self, path: &str) -> Option<FileResult<Bytes>> {
        let dir = recipe_folder(path, RECIPE_PAGE)?;
        let data = format!("{dir}/{RECIPE_DATA}");
        if !self.extra.iter().any(|(p, _)| *p == data) {
            return None;
        }
        let template = VirtualPath::new(RECIPE_PAGE_TEMPLATE).ok()?;
        Some(self.layout_file(&template).map_err(|err| match err {
            FileError::NotFound(_) => FileError::Other(Some(
                format!(
                    "`{path}` is served from `{}` of the layouts folder, which it lacks; copy that file from the bundled layouts (`gutjoint init`)",
                    RECIPE_PAGE_TEMPLATE.trim_start_matches('/')
                )
                .into(),
            )),
            other => other,
        }))
    }

    /// Reads a file of the layouts folder.
    fn layout_file(&self, vpath: &VirtualPath) -> FileResult<Bytes> {
        match &self.root {
            Root::Bundled => BUNDLED
                .get_file(vpath.get_without_slash())
                .map(|file| Bytes::new(file.contents()))
                .ok_or_else(|| FileError::NotFound(PathBuf::from(vpath.get_with_slash()))),
            Root::Disk(root) => {
                let path = vpath.realize(root)?;
                if path.is_dir() {
                    return Err(FileError::IsDirectory);
                }
                let shown = vpath.get_without_slash();
                // Typst stops `..` from leaving the root, but a symlink inside it could still
                // point anywhere, so the opener checks where the file really is; it also refuses
                // FIFOs and devices, which would hang or never end.
                let bytes = crate::load::input::Input {
                    what: "layout file",
                    folder: Some((root, "layouts folder")),
                    max: MAX_LAYOUT_FILE_BYTES,
                }
                .read(&path)
                .map_err(|refusal| {
                    if refusal.missing {
                        return FileError::NotFound(path.clone());
                    }
                    let message = refusal
                        .message
                        .replace(&format!("`{}`", path.display()), &format!("`{shown}`"));
                    FileError::Other(Some(message.into()))
                })?;
                if is_raster_image(shown) {
                    crate::load::input::check_image_size(&format!("image `{shown}`"), &bytes)
                        .map_err(|(message, _)| FileError::Other(Some(message.into())))?;
                }
                Ok(Bytes::new(bytes))
            }
        }
    }
}

/// The largest file a layouts folder may hand Typst: far above any layout, icon or photo.
pub const MAX_LAYOUT_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// Says whether a file's name is that of an image Typst would decode into pixels.
fn is_raster_image(path: &str) -> bool {
    let ext = Path::new(path)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    matches!(
        ext.as_deref(),
        Some("png" | "jpg" | "jpeg" | "gif" | "webp")
    )
}

/// The world a handout is compiled in.
pub struct HandoutWorld {
    library: LazyHash<Library>,
    fonts: std::sync::Arc<FontStore>,
    files: FileStore<Loader>,
    main: FileId,
    today: Datetime,
    workdir: Option<PathBuf>,
    /// The user's file behind a virtual path, for messages: (virtual path, file).
    names: Vec<(String, String)>,
}

impl HandoutWorld {
    /// Creates a world that compiles `main` (a path in the layouts folder, such as `handout.typ`)
    /// with the given data file, fonts and date.
    pub fn new(
        source: &LayoutSource,
        main: &str,
        data: Vec<u8>,
        extra: &[(String, Vec<u8>)],
        fonts: std::sync::Arc<FontStore>,
        today: Datetime,
    ) -> std::io::Result<Self> {
        let root = match source {
            LayoutSource::Bundled => Root::Bundled,
            LayoutSource::Dir(dir) => Root::Disk(dir.canonicalize()?),
        };
        let vpath = VirtualPath::new(main).map_err(|err| std::io::Error::other(err.to_string()))?;
        Ok(Self {
            library: library(),
            fonts,
            files: FileStore::new(Loader {
                root,
                data: Bytes::new(data),
                extra: as_bytes(extra),
            }),
            main: RootedPath::new(VirtualRoot::Project, vpath).intern(),
            today,
            workdir: std::env::current_dir().ok(),
            names: Vec::new(),
        })
    }

    /// Swaps in the next document's data, files and date, keeping what can be kept: the layout
    /// files are read again but, when unchanged, not parsed again. A batch renders every
    /// patient in one world per worker this way.
    pub fn next_document(&mut self, data: Vec<u8>, extra: &[(String, Vec<u8>)], today: Datetime) {
        let loader = self.files.loader_mut();
        loader.data = Bytes::new(data);
        loader.extra = as_bytes(extra);
        self.files.reset();
        self.today = today;
    }

    /// Sets the names messages give the files handed over from Rust (a clinic's section is its
    /// own file, not a file of the layouts).
    pub fn set_names(&mut self, names: &[(String, String)]) {
        self.names = names.to_vec();
    }

    /// Says whether the main layout file exists, so a missing layout gets its own message.
    pub fn has_main(&self) -> bool {
        self.files.file(self.main).is_ok()
    }
}

/// The files handed over from Rust, as Typst bytes.
fn as_bytes(extra: &[(String, Vec<u8>)]) -> Vec<(String, Bytes)> {
    extra
        .iter()
        .map(|(p, b)| (p.clone(), Bytes::new(b.clone())))
        .collect()
}

/// Returns Typst's standard library, built once per process: every document shares it, so
/// Typst's memoisation carries from one handout to the next.
fn library() -> LazyHash<Library> {
    static LIBRARY: std::sync::OnceLock<LazyHash<Library>> = std::sync::OnceLock::new();
    LIBRARY
        .get_or_init(|| LazyHash::new(Library::builder().build()))
        .clone()
}

/// Lists the layouts (`*.typ` at the top of the folder) that a source offers.
pub fn available_layouts(source: &LayoutSource) -> Vec<String> {
    let mut names: Vec<String> = match source {
        LayoutSource::Bundled => BUNDLED
            .files()
            .filter_map(|f| {
                f.path()
                    .to_str()
                    .and_then(|p| p.strip_suffix(".typ"))
                    .map(str::to_owned)
            })
            .collect(),
        LayoutSource::Dir(dir) => std::fs::read_dir(dir)
            .map(|entries| {
                entries
                    .flatten()
                    .filter_map(|e| {
                        e.file_name()
                            .to_str()
                            .and_then(|n| n.strip_suffix(".typ"))
                            .map(str::to_owned)
                    })
                    .collect()
            })
            .unwrap_or_default(),
    };
    names.sort();
    names
}

impl World for HandoutWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        self.fonts.book()
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        self.files.source(id)
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        self.files.file(id)
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.font(index)
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        Some(self.today)
    }
}

impl DiagnosticWorld for HandoutWorld {
    fn name(&self, id: FileId) -> String {
        let vpath = id.vpath();
        if vpath.get_with_slash() == paths::DATA {
            return paths::DATA.trim_start_matches('/').to_owned();
        }
        if let Some((_, name)) = self.names.iter().find(|(v, _)| v == vpath.get_with_slash()) {
            return name.clone();
        }
        match &self.files.loader().root {
            Root::Bundled => format!("layouts{} (bundled)", vpath.get_with_slash()),
            Root::Disk(root) => {
                let path = vpath
                    .realize(root)
                    .unwrap_or_else(|_| root.join(vpath.get_without_slash()));
                relative(&path, self.workdir.as_deref())
                    .display()
                    .to_string()
            }
        }
    }
}

/// Shows a path relative to the working directory when it lies below it.
fn relative(path: &Path, workdir: Option<&Path>) -> PathBuf {
    workdir
        .and_then(|dir| dir.canonicalize().ok())
        .and_then(|dir| path.strip_prefix(dir).ok().map(Path::to_path_buf))
        .unwrap_or_else(|| path.to_path_buf())
}
