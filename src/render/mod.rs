//! Renders handout data through a Typst layout into PDF bytes, with Typst's own diagnostics.

pub mod batch;
mod fonts;
pub mod output;
pub mod watchdog;
mod world;

use std::collections::HashMap;
use std::path::PathBuf;

use typst::WorldExt;
use typst::diag::{SourceDiagnostic, Warned};
use typst::foundations::{Datetime, Smart};
use typst::syntax::DiagSpan;
use typst::{World, diag::Severity as TypstSeverity};
use typst_kit::diagnostics::DiagnosticWorld;
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, Timestamp};

use crate::diag::Diagnostic;
use crate::error::{Error, Report};
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
    /// Typst's warnings and the layout's own, each at its place in the layout files.
    pub warnings: Report,
    /// The page of each recipe whose title carries the label `recipe-ID`, by id.
    pub recipe_pages: HashMap<String, usize>,
}

/// Loads the fonts of the `--font-path` folders (once per process) before any work is done:
/// returns a warning for every font file skipped, or the error naming the folder that cannot be
/// used (missing, a file, or holding no fonts).
pub fn check_fonts(font_dirs: &[PathBuf]) -> Result<Report, Error> {
    let skipped = fonts::check(font_dirs).map_err(|err| {
        Error::Input(Report::of(
            Diagnostic::error("", 0, 0, err.message).with_hint(err.hint),
        ))
    })?;
    Ok(Report {
        diagnostics: skipped
            .iter()
            .map(|line| Diagnostic::error("", 0, 0, line.as_str()).warning())
            .collect(),
        ..Report::default()
    })
}

/// A failure of the layout engine that no layout file's line explains.
fn failed(message: impl Into<String>) -> Error {
    Error::Layout(Report::of(Diagnostic::error("", 0, 0, message)))
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
            Err(failed(
                "the layout engine crashed; this is a bug in gutjoint",
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
            compile_document(world).map(|(document, warnings)| Typeset { document, warnings })
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
    /// Typst's and the layout's warnings, each at its place in the layout files.
    pub warnings: Report,
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
        return Err(Error::Layout(Report::of(
            Diagnostic::error("", 0, 0, format!("unknown layout `{}`", options.layout))
                .with_hint(hint),
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
    let (document, warnings) = compile_document(world)?;
    let standards = match options.standard {
        PdfStandard::Ua1 => vec![typst_pdf::PdfStandard::Ua_1],
        PdfStandard::A2b => {
            vec![typst_pdf::PdfStandard::Ua_1, typst_pdf::PdfStandard::A_2b]
        }
        PdfStandard::None => Vec::new(),
    };
    let standards =
        typst_pdf::PdfStandards::new(&standards).map_err(|err| failed(err.message()))?;
    let pdf_options = PdfOptions {
        ident: Smart::Auto,
        standards,
        creator: Smart::Custom(Some(format!("gutjoint {}", env!("CARGO_PKG_VERSION")))),
        timestamp: Some(Timestamp::new_utc(today)),
        ..PdfOptions::default()
    };
    let pdf = typst_pdf::pdf(&document, &pdf_options)
        .map_err(|errors| Error::Layout(report(world, &errors)))?;
    Ok(Rendered {
        pdf,
        pages: document.pages().len(),
        warnings,
        recipe_pages: recipe_pages(&document),
    })
}

/// Compiles the world's document; returns it with its warnings (Typst's and the layout's own).
fn compile_document(world: &HandoutWorld) -> Result<(PagedDocument, Report), Error> {
    let Warned { output, warnings } = typst::compile::<PagedDocument>(world);
    let mut warnings = report(world, &warnings);
    let document = output.map_err(|errors| Error::Layout(report(world, &errors)))?;
    warnings.diagnostics.extend(layout_warnings(&document));
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
    /// Typst's and the layout's warnings, each at its place in the layout files.
    pub warnings: Report,
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
                compile_document(&world)?
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
            Err(failed(
                "the layout engine crashed; this is a bug in gutjoint",
            ))
        })
}

/// The date a document is made on, as Typst's `datetime.today()` gives it.
fn datetime(today: time::Date) -> Result<Datetime, Error> {
    Datetime::from_ymd(today.year(), today.month().into(), today.day())
        .ok_or_else(|| failed(format!("date {today} is out of range")))
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
fn layout_warnings(document: &PagedDocument) -> Vec<Diagnostic> {
    use typst::foundations::{Label, Selector, Value};
    use typst::introspection::{Introspector, MetadataElem};
    let Some(label) = Label::new(typst::utils::PicoStr::intern(
        crate::contract::labels::WARNING,
    )) else {
        return Vec::new();
    };
    let mut out = Vec::new();
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
        let warning = Diagnostic::error("", 0, 0, message).warning();
        out.push(match field("hint") {
            Some(hint) => warning.with_hint(hint),
            None => warning,
        });
    }
    out
}

/// Typst's diagnostics as ours: each at its file, line and column, with its hints and the calls
/// that led to it, and the text of every file they point into, so they can be printed (or sent
/// as JSON) once the world that compiled them is gone.
fn report(world: &HandoutWorld, diagnostics: &[SourceDiagnostic]) -> Report {
    let mut report = Report::default();
    for d in diagnostics {
        let at = place(world, d.span, &mut report);
        // Typst's hints about its own command line's flags (`--root`) do not apply to gutjoint.
        let mut hints: Vec<String> = (d.hints.iter())
            .filter(|hint| !hint.v.contains("--root"))
            .map(|hint| hint.v.to_string())
            .collect();
        for point in &d.trace {
            hints.push(match place(world, point.span.into(), &mut report) {
                Some((path, line, column)) => format!("{} ({path}:{line}:{column})", point.v),
                None => point.v.to_string(),
            });
        }
        let (path, line, column) = at.unwrap_or_default();
        let mut diagnostic = Diagnostic::error(path, line, column, d.message.as_str());
        if d.severity == TypstSeverity::Warning {
            diagnostic = diagnostic.warning();
        }
        if !hints.is_empty() {
            diagnostic = diagnostic.with_hint(hints.join("; "));
        }
        report.diagnostics.push(diagnostic);
    }
    report
}

/// The file (as messages name it), 1-based line and column a span points at, keeping the file's
/// text in the report.
fn place(
    world: &HandoutWorld,
    span: DiagSpan,
    report: &mut Report,
) -> Option<(String, usize, usize)> {
    let id = span.id()?;
    let range = world.range(span)?;
    let name = world.name(id);
    // A layout file is quoted once per report, however many problems point into it.
    let mut at = |text: &str| {
        let before = text.get(..range.start)?;
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        report.sources.add(&name, text);
        Some((line, column))
    };
    let (line, column) = match world.source(id) {
        Ok(source) => at(source.text())?,
        Err(_) => at(&String::from_utf8_lossy(world.file(id).ok()?.as_slice()))?,
    };
    Some((name, line, column))
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
