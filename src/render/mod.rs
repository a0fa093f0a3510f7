//! Renders handout data through a Typst layout into PDF bytes, with Typst's own diagnostics.

pub mod batch;
mod fonts;
pub mod output;
pub mod watchdog;
mod world;

use std::collections::HashMap;
use std::path::PathBuf;

use typst::diag::{SourceDiagnostic, Warned};
use typst::foundations::{Datetime, Smart};
use typst_kit::diagnostics::{self, DiagnosticFormat, termcolor};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, Timestamp};

use crate::error::Error;
pub use fonts::{bundled as bundled_fonts, can_print};
pub use world::{
    HandoutWorld, LayoutSource, MAX_LAYOUT_FILE_BYTES, available_layouts, bundled_layouts,
};

/// The standard a PDF is written to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PdfStandard {
    /// PDF/UA-1: tagged and checked for screen readers.
    #[default]
    Ua1,
    /// PDF/A-2b for archiving, together with PDF/UA-1.
    A2b,
    /// A tagged PDF with no standard checked.
    None,
}

/// PDF export recurses deeply on long documents; threads that render need a stack this large.
pub const STACK_SIZE: usize = 64 * 1024 * 1024;

/// What to render with.
#[derive(Debug, Clone)]
pub struct RenderOptions {
    /// Where the layouts come from.
    pub layouts: LayoutSource,
    /// The layout's name: `handout` compiles `handout.typ`.
    pub layout: String,
    /// Extra font folders, on top of the bundled fonts.
    pub font_dirs: Vec<PathBuf>,
    /// The date the document is made on; it fixes `datetime.today()` and the PDF's dates.
    pub today: time::Date,
    /// Whether diagnostics may use terminal colours.
    pub color: bool,
    /// Extra files the layout may read, such as a clinic's own sections: (virtual path, bytes).
    pub files: Vec<(String, Vec<u8>)>,
    /// The PDF standard to write and check.
    pub standard: PdfStandard,
    /// The user's file behind a virtual path (a clinic's section or logo), for messages.
    pub names: Vec<(String, String)>,
}

/// A finished PDF.
#[derive(Debug)]
pub struct Rendered {
    /// The PDF file's bytes.
    pub pdf: Vec<u8>,
    /// How many pages it has.
    pub pages: usize,
    /// Typst's warnings, formatted for the terminal; empty when there were none.
    pub warnings: String,
    /// The page of each recipe whose title carries the label `recipe-ID`, by id.
    pub recipe_pages: HashMap<String, usize>,
}

/// Loads the fonts of the `--font-path` folders (once per process) before any work is done:
/// returns a warning line for every font file skipped, or the error naming the folder that
/// cannot be used (missing, a file, or holding no fonts).
pub fn check_fonts(font_dirs: &[PathBuf]) -> Result<String, Error> {
    let skipped = fonts::check(font_dirs).map_err(|err| {
        Error::Input(crate::error::Report {
            diagnostics: vec![
                crate::diag::Diagnostic::error("", 0, 0, err.message).with_hint(err.hint),
            ],
            ..crate::error::Report::default()
        })
    })?;
    Ok(skipped
        .iter()
        .map(|line| format!("warning: {line}\n"))
        .collect())
}

/// Compiles a layout with the given JSON data and exports it as a tagged PDF.
pub fn render(data: Vec<u8>, options: &RenderOptions) -> Result<Rendered, Error> {
    let options = options.clone();
    std::thread::Builder::new()
        .name("render".into())
        .stack_size(STACK_SIZE)
        .spawn(move || render_on_this_thread(data, &options))
        .map_err(|err| Error::Io(anyhow::anyhow!("failed to start the render thread ({err})")))?
        .join()
        .unwrap_or_else(|_| {
            Err(Error::Layout(
                "error: the layout engine crashed; this is a bug in gutjoint".into(),
            ))
        })
}

/// Renders on the calling thread, which must have a stack of `STACK_SIZE`.
pub fn render_on_this_thread(data: Vec<u8>, options: &RenderOptions) -> Result<Rendered, Error> {
    Renderer::default().render(data, options)
}

/// Renders one document after another on the calling thread, which must have a stack of
/// `STACK_SIZE`; batch workers do. The Typst world is kept from one document to the next, so
/// the layout files are parsed once, not once per document.
#[derive(Default)]
pub struct Renderer {
    /// The world of the last document, with what it was made for: layouts, layout and fonts.
    world: Option<(HandoutWorld, WorldKey)>,
}

/// What a world is made for; documents that agree on it can share one.
#[derive(PartialEq)]
struct WorldKey {
    layouts: LayoutSource,
    layout: String,
    font_dirs: Vec<PathBuf>,
}

impl WorldKey {
    fn of(options: &RenderOptions) -> Self {
        Self {
            layouts: options.layouts.clone(),
            layout: options.layout.clone(),
            font_dirs: options.font_dirs.clone(),
        }
    }
}

impl Renderer {
    /// Compiles a layout with the given JSON data and exports it as a tagged PDF.
    pub fn render(&mut self, data: Vec<u8>, options: &RenderOptions) -> Result<Rendered, Error> {
        self.in_world(data, options, |world, today| compile(world, options, today))
    }

    /// Compiles a layout with the given JSON data into pages, without making a PDF, in the
    /// same warm world as [`Renderer::render`]: what a preview draws page by page.
    pub fn typeset(&mut self, data: Vec<u8>, options: &RenderOptions) -> Result<Typeset, Error> {
        self.in_world(data, options, |world, _| {
            compile_document(world, options)
                .map(|(document, warnings)| Typeset { document, warnings })
        })
    }

    /// Runs `work` in the kept world (made anew when the layouts, the layout or the fonts
    /// changed) holding this document, timed by the watchdog; the world is kept for the next.
    fn in_world<T>(
        &mut self,
        data: Vec<u8>,
        options: &RenderOptions,
        work: impl FnOnce(&HandoutWorld, Datetime) -> Result<T, Error>,
    ) -> Result<T, Error> {
        let today = datetime(options.today)?;
        let key = WorldKey::of(options);
        let world = match self.world.take() {
            Some((mut world, made_for)) if made_for == key => {
                world.next_document(data, &options.files, today);
                world.set_names(&options.names);
                world
            }
            _ => new_world(data, options, today)?,
        };
        let result = {
            let _timed = watchdog::watch();
            work(&world, today)
        };
        self.world = Some((world, key));
        result
    }
}

/// A document laid out into pages, not yet a PDF: a preview.
pub struct Typeset {
    /// The pages.
    pub document: PagedDocument,
    /// Typst's and the layout's warnings, formatted; empty when there were none.
    pub warnings: String,
}

impl Typeset {
    /// How many pages it has.
    pub fn pages(&self) -> usize {
        self.document.pages().len()
    }

    /// The page of every recipe title the layout labelled, by id.
    pub fn recipe_pages(&self) -> HashMap<String, usize> {
        recipe_pages(&self.document)
    }

    /// Draws page `index` (from 0) as a PNG at `pixels_per_pt`, with Typst's own renderer;
    /// `None` when there is no such page.
    pub fn page_png(&self, index: usize, pixels_per_pt: f64) -> Option<Vec<u8>> {
        let page = self.document.pages().get(index)?;
        let options = typst_render::RenderOptions {
            pixel_per_pt: typst::utils::Scalar::new(pixels_per_pt),
            ..typst_render::RenderOptions::default()
        };
        typst_render::render(page, &options).encode_png().ok()
    }
}

/// Makes the world for a document, or says why the layout cannot be used.
fn new_world(
    data: Vec<u8>,
    options: &RenderOptions,
    today: Datetime,
) -> Result<HandoutWorld, Error> {
    let main = format!("{}.typ", options.layout);
    let fonts = fonts::shared(&options.font_dirs)
        .map_err(|err| Error::Io(anyhow::anyhow!("{} ({})", err.message, err.hint)))?;
    let mut world = HandoutWorld::new(&options.layouts, &main, data, &options.files, fonts, today)
        .map_err(|err| {
            let place = match &options.layouts {
                LayoutSource::Bundled => "the bundled layouts".to_owned(),
                LayoutSource::Dir(dir) => format!("layouts folder `{}`", dir.display()),
            };
            Error::Io(anyhow::anyhow!("failed to open {place} ({err})"))
        })?;
    world.set_names(&options.names);
    if !world.has_main() {
        let known = available_layouts(&options.layouts);
        let hint =
            match crate::diag::did_you_mean(&options.layout, known.iter().map(String::as_str)) {
                Some(near) => format!(
                    "did you mean `{near}`? the layouts here are: {}",
                    known.join(", ")
                ),
                None if known.is_empty() => "the layouts folder has no `.typ` files".to_owned(),
                None => format!("the layouts here are: {}", known.join(", ")),
            };
        return Err(Error::Layout(format!(
            "error: unknown layout `{}`\n  = hint: {hint}\n",
            options.layout
        )));
    }
    Ok(world)
}

/// Compiles the world's document and exports it as a PDF.
fn compile(
    world: &HandoutWorld,
    options: &RenderOptions,
    today: Datetime,
) -> Result<Rendered, Error> {
    let (document, warnings) = compile_document(world, options)?;
    let standards = match options.standard {
        PdfStandard::Ua1 => vec![typst_pdf::PdfStandard::Ua_1],
        PdfStandard::A2b => {
            vec![typst_pdf::PdfStandard::Ua_1, typst_pdf::PdfStandard::A_2b]
        }
        PdfStandard::None => Vec::new(),
    };
    let standards = typst_pdf::PdfStandards::new(&standards)
        .map_err(|err| Error::Layout(format!("error: {}\n", err.message())))?;
    let pdf_options = PdfOptions {
        ident: Smart::Auto,
        standards,
        creator: Smart::Custom(Some(format!("gutjoint {}", env!("CARGO_PKG_VERSION")))),
        timestamp: Some(Timestamp::new_utc(today)),
        ..PdfOptions::default()
    };
    let pdf = typst_pdf::pdf(&document, &pdf_options)
        .map_err(|errors| Error::Layout(format_diagnostics(world, &errors, options.color)))?;
    Ok(Rendered {
        pdf,
        pages: document.pages().len(),
        warnings,
        recipe_pages: recipe_pages(&document),
    })
}

/// Compiles the world's document; returns it with its warnings (Typst's and the layout's own).
fn compile_document(
    world: &HandoutWorld,
    options: &RenderOptions,
) -> Result<(PagedDocument, String), Error> {
    let Warned { output, warnings } = typst::compile::<PagedDocument>(world);
    let mut warnings = format_diagnostics(world, &warnings, options.color);
    let document = output
        .map_err(|errors| Error::Layout(format_diagnostics(world, &errors, options.color)))?;
    warnings.push_str(&layout_warnings(&document));
    Ok((document, warnings))
}

/// A picture of each page, for a preview on screen.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PageImage {
    /// SVG, one text a page.
    Svg,
    /// PNG at this many pixels per point (2.0 is 144 dpi).
    Png {
        /// Pixels per typographic point.
        pixels_per_pt: f32,
    },
}

/// The pages of a document as pictures, with the layout's warnings.
#[derive(Debug)]
pub struct Pictures {
    /// One SVG text or PNG file a page, in order.
    pub pages: Vec<Vec<u8>>,
    /// Typst's and the layout's warnings, formatted; empty when there were none.
    pub warnings: String,
}

/// Compiles a layout with the given JSON data and draws each page, in memory, on a thread of
/// its own with the stack Typst needs.
pub fn render_pages(
    data: Vec<u8>,
    options: &RenderOptions,
    image: PageImage,
) -> Result<Pictures, Error> {
    let options = options.clone();
    std::thread::Builder::new()
        .name("render".into())
        .stack_size(STACK_SIZE)
        .spawn(move || {
            let today = datetime(options.today)?;
            let world = new_world(data, &options, today)?;
            let (document, warnings) = {
                let _timed = watchdog::watch();
                compile_document(&world, &options)?
            };
            let pages = document
                .pages()
                .iter()
                .map(|page| match image {
                    PageImage::Svg => {
                        Ok(typst_svg::svg(page, &typst_svg::SvgOptions::default()).into_bytes())
                    }
                    PageImage::Png { pixels_per_pt } => {
                        let render = typst_render::RenderOptions {
                            pixel_per_pt: typst::utils::Scalar::new(f64::from(pixels_per_pt)),
                            ..typst_render::RenderOptions::default()
                        };
                        typst_render::render(page, &render)
                            .encode_png()
                            .map_err(|err| {
                                Error::Io(anyhow::anyhow!("failed to encode a page as PNG ({err})"))
                            })
                    }
                })
                .collect::<Result<Vec<_>, Error>>()?;
            Ok(Pictures { pages, warnings })
        })
        .map_err(|err| Error::Io(anyhow::anyhow!("failed to start the render thread ({err})")))?
        .join()
        .unwrap_or_else(|_| {
            Err(Error::Layout(
                "error: the layout engine crashed; this is a bug in gutjoint".into(),
            ))
        })
}

/// The date a document is made on, as Typst's `datetime.today()` gives it.
fn datetime(today: time::Date) -> Result<Datetime, Error> {
    Datetime::from_ymd(today.year(), today.month().into(), today.day())
        .ok_or_else(|| Error::Layout(format!("error: date {today} is out of range")))
}

/// Finds the page of every recipe title the layout labelled.
fn recipe_pages(document: &PagedDocument) -> HashMap<String, usize> {
    use typst::introspection::Introspector;
    let introspector = document.introspector();
    introspector
        .query_labelled()
        .iter()
        .filter_map(|content| {
            let id = content.label()?.resolve();
            let id = id
                .as_str()
                .strip_prefix(crate::contract::labels::RECIPE_PREFIX)?
                .to_owned();
            let page = introspector.page(content.location()?)?;
            Some((id, page.get()))
        })
        .collect()
}

/// Collects the warnings a layout placed in the document as labelled metadata.
fn layout_warnings(document: &PagedDocument) -> String {
    use typst::foundations::{Label, Selector, Value};
    use typst::introspection::{Introspector, MetadataElem};
    let Some(label) = Label::new(typst::utils::PicoStr::intern(
        crate::contract::labels::WARNING,
    )) else {
        return String::new();
    };
    let mut out = String::new();
    for content in document.introspector().query(&Selector::Label(label)) {
        let Some(meta) = content.to_packed::<MetadataElem>() else {
            continue;
        };
        let field = |name: &str| match &meta.value {
            Value::Dict(dict) => dict.get(name).ok().and_then(|v| match v {
                Value::Str(s) => Some(s.to_string()),
                _ => None,
            }),
            _ => None,
        };
        let Some(message) = field("message") else {
            continue;
        };
        out.push_str(&format!("warning: {message}\n"));
        if let Some(hint) = field("hint") {
            out.push_str(&format!("  = hint: {hint}\n"));
        }
    }
    out
}

/// Formats Typst diagnostics with file, line and the quoted source, as the Typst CLI does.
fn format_diagnostics(
    world: &HandoutWorld,
    diagnostics: &[SourceDiagnostic],
    color: bool,
) -> String {
    if diagnostics.is_empty() {
        return String::new();
    }
    // Typst's hints about its own command line's flags (`--root`) do not apply to gutjoint.
    let diagnostics: Vec<SourceDiagnostic> = diagnostics
        .iter()
        .cloned()
        .map(|mut d| {
            d.hints.retain(|hint| !hint.v.contains("--root"));
            d
        })
        .collect();
    let diagnostics = diagnostics.as_slice();
    let result = if color {
        let mut out = termcolor::Ansi::new(Vec::new());
        diagnostics::emit(&mut out, world, diagnostics, DiagnosticFormat::Human)
            .map(|()| out.into_inner())
    } else {
        let mut out = termcolor::NoColor::new(Vec::new());
        diagnostics::emit(&mut out, world, diagnostics, DiagnosticFormat::Human)
            .map(|()| out.into_inner())
    };
    match result {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        // Printing the context failed; the messages themselves must still reach the user.
        Err(_) => diagnostics
            .iter()
            .map(|d| format!("error: {}\n", d.message))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(dir: &std::path::Path, files: Vec<(String, Vec<u8>)>) -> RenderOptions {
        RenderOptions {
            layouts: LayoutSource::Dir(dir.to_path_buf()),
            layout: "main".into(),
            font_dirs: Vec::new(),
            today: time::Date::from_calendar_date(2026, time::Month::November, 26).unwrap(),
            color: false,
            files,
            standard: PdfStandard::Ua1,
            names: Vec::new(),
        }
    }

    #[test]
    fn a_reused_world_renders_each_document_as_a_fresh_one_would() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("main.typ"),
            "#set document(title: \"T\")\n#set text(lang: \"en\")\n#let d = json(\"/data.json\")\n= Sheet\n#d.name, #json(\"/extra.json\").n\n",
        )
        .unwrap();
        let first = options(
            dir.path(),
            vec![("/extra.json".into(), b"{\"n\": 1}".to_vec())],
        );
        let second = options(
            dir.path(),
            vec![("/extra.json".into(), b"{\"n\": 2}".to_vec())],
        );
        let mut reused = Renderer::default();
        let a = reused
            .render(br#"{"name": "Ana"}"#.to_vec(), &first)
            .unwrap();
        let b = reused
            .render(br#"{"name": "Ben"}"#.to_vec(), &second)
            .unwrap();
        let fresh = Renderer::default()
            .render(br#"{"name": "Ben"}"#.to_vec(), &second)
            .unwrap();
        assert_ne!(a.pdf, b.pdf);
        assert_eq!(
            b.pdf, fresh.pdf,
            "the second document kept something of the first"
        );
        // A world made for other layouts is not reused.
        std::fs::write(
            dir.path().join("other.typ"),
            "#set document(title: \"T\")\n#set text(lang: \"en\")\nOther\n",
        )
        .unwrap();
        let other = RenderOptions {
            layout: "other".into(),
            ..second.clone()
        };
        let c = reused.render(b"{}".to_vec(), &other).unwrap();
        assert_eq!(c.pages, 1);
        assert_ne!(c.pdf, b.pdf);
    }
}
