//! Clinic settings (`clinic.yaml`): who the handout comes from, and which education pages it
//! carries, in what order and at what length, including the clinic's own Typst sections.

use std::path::{Component, Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::contract::paths;
use crate::diag::{Diagnostic, did_you_mean};
use crate::error::{Checked, Error, Report};
use crate::load;
use crate::load::spans::Spans;

/// The built-in education sections, in their default order.
pub const SECTIONS: [&str; 10] = [
    "axis",
    "microbes",
    "leaky-gut",
    "butyrate",
    "inflammaging",
    "menopause",
    "nsaids",
    "what-to-do",
    "first-two-weeks",
    "safety",
];

/// The section every handout with education pages carries, whatever the clinic chooses.
pub const SAFETY: &str = "safety";

/// Clinic settings, as written in `clinic.yaml`. Every key is optional.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ClinicFile {
    /// The clinic's name, printed on the cover and in the footer.
    #[serde(default)]
    pub name: Option<String>,
    /// The clinician's name and credentials.
    #[serde(default)]
    pub clinician: Option<String>,
    /// The clinician's credentials, printed after the name: "MCSP, HCPC registered".
    #[serde(default)]
    pub credentials: Option<String>,
    /// The clinic's address; separate lines with line breaks (use `|` in YAML).
    #[serde(default)]
    pub address: Option<String>,
    /// The clinic's phone number, as patients should dial it.
    #[serde(default)]
    pub phone: Option<String>,
    /// When the phone is answered, printed beside it wherever the handout says to call:
    /// "Monday to Friday, 8am to 6pm".
    #[serde(default)]
    pub hours: Option<String>,
    /// Who to call when the clinic is closed: "NHS 111" or a number.
    #[serde(default)]
    pub out_of_hours: Option<String>,
    /// The clinic's email address.
    #[serde(default)]
    pub email: Option<String>,
    /// The clinic's website; the contact page prints a QR code to it.
    #[serde(default)]
    pub website: Option<String>,
    /// Further contact lines, printed as written.
    #[serde(default)]
    pub contact: Vec<String>,
    /// The clinic's logo: a PNG, JPG or SVG file inside the clinic folder.
    #[serde(default)]
    pub logo: Option<String>,
    /// What the logo shows, for screen readers (default: "NAME logo").
    #[serde(default)]
    pub logo_alt: Option<String>,
    /// The clinic's colour for headings and rules, as `#RRGGBB`. Too light a colour is darkened
    /// for text, with a warning.
    #[serde(default)]
    pub accent: Option<String>,
    /// The paper the clinic prints on, when `--paper` is not given: `a4` or `us-letter`.
    #[serde(default)]
    pub paper: Option<crate::contract::Paper>,
    /// The disclaimer on the cover and the contact page (default: a standard one).
    #[serde(default)]
    pub disclaimer: Option<String>,
    /// The line in every page's footer (default: the clinic's name and the title).
    #[serde(default)]
    pub footer: Option<String>,
    /// Which education pages to print.
    #[serde(default)]
    pub education: EducationFile,
    /// Bundled recipe ids this clinic never wants planned or listed.
    #[serde(default)]
    pub hide_recipes: Vec<String>,
    /// The nutrient reference values the plan aims at and the handout compares with: `uk`
    /// (SACN and COMA) or `us` (NASEM and the Dietary Guidelines). Default: the locale's (`uk`
    /// for en-GB, `us` for en-US).
    #[serde(default)]
    pub references: Option<crate::plan::references::Choice>,
    /// The language, spelling, measures and dates of every handout: `en-GB` (the default) or
    /// `en-US`; `--locale` and a profile's `locale` override it. It also sets the paper and the
    /// reference values when the clinic sets none.
    #[serde(default)]
    pub locale: Option<String>,
    /// The week's variety for every patient whose profile does not say: `simple` (fewer dishes,
    /// the default) or `varied`.
    #[serde(default)]
    pub variety: Option<crate::load::profile::Variety>,
    /// The most hands-on minutes of cooking in a day for every patient whose profile does not
    /// say (10 to 600).
    #[serde(default)]
    pub max_daily_prep: Option<u32>,
}

/// The education part of `clinic.yaml`.
#[derive(Debug, Clone, Default, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct EducationFile {
    /// `full` (4-6 pages, the default) or `short` (about 2 pages).
    #[serde(default)]
    pub length: Length,
    /// The sections, in order: built-in ids or ids given in `files`. All built-in ones by default.
    #[serde(default)]
    pub sections: Option<Vec<String>>,
    /// The clinic's own sections: id to a Typst file in the clinic folder. An id that is also a
    /// built-in section replaces it.
    #[serde(default)]
    pub files: std::collections::BTreeMap<String, String>,
}

/// How long the education pages are.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Length {
    /// About 4-6 pages, with every diagram.
    #[default]
    Full,
    /// About 2 pages.
    Short,
}

/// Checked clinic settings, ready for a handout; the layouts receive them as
/// [`crate::contract::ClinicData`].
#[derive(Debug, Clone)]
pub struct Clinic {
    /// The clinic's name.
    pub name: String,
    /// The clinician's name, if any.
    pub clinician: Option<String>,
    /// The clinician's credentials.
    pub credentials: Option<String>,
    /// The address, line by line.
    pub address: Vec<String>,
    /// The phone number.
    pub phone: Option<String>,
    /// When the phone is answered.
    pub hours: Option<String>,
    /// Who to call when the clinic is closed.
    pub out_of_hours: Option<String>,
    /// The email address.
    pub email: Option<String>,
    /// The website as printed, without `https://`.
    pub website: Option<String>,
    /// Further contact lines.
    pub contact: Vec<String>,
    /// The logo, if any.
    pub logo: Option<Image>,
    /// A QR code to the website, if any.
    pub qr: Option<Image>,
    /// The accent colour for rules and fills, as `#rrggbb`.
    pub accent: String,
    /// The accent colour for text: the same, or darkened to reach 4.5:1 on white.
    pub accent_text: String,
    /// The disclaimer.
    pub disclaimer: String,
    /// The footer line, if the clinic set one.
    pub footer: Option<String>,
    /// The clinic's default paper.
    pub paper: Option<crate::contract::Paper>,
    /// The education pages.
    pub education: Education,
    /// The clinic's section files, to serve to the layout: (virtual path, bytes).
    pub files: Vec<(String, Vec<u8>)>,
    /// Recipe ids to leave out of everything.
    pub hidden: Vec<String>,
    /// The nutrient reference values: `uk` or `us`.
    pub references: crate::plan::references::Choice,
    /// The variety for profiles that do not set one.
    pub variety: Option<crate::load::profile::Variety>,
    /// The daily hands-on limit for profiles that do not set one.
    pub max_daily_prep: Option<u32>,
    /// Whether the clinic chose the reference values (else they follow the locale).
    pub references_chosen: bool,
    /// The clinic's locale, if it set one.
    pub locale: Option<String>,
    /// The user's own file behind each virtual path of `files`, as messages should name it.
    pub origins: Vec<(String, String)>,
}

/// An image the layout shows: its virtual path and its description.
#[derive(Debug, Clone)]
pub struct Image {
    /// Where the layout reads it: `/clinic/logo.png`.
    pub path: String,
    /// What it shows, for screen readers.
    pub alt: String,
}

/// The accent colour when the clinic sets none.
pub const DEFAULT_ACCENT: &str = "#1f5f5b";

/// The disclaimer when the clinic sets none.
pub const DEFAULT_DISCLAIMER: &str = "This handout supports, but does not replace, advice from \
your own doctor, nurse, physiotherapist or dietitian. Do not stop or change any medicine without \
talking to them first.";

/// The most section files a clinic may give (each may be up to `MAX_LOGO_BYTES`).
pub const MAX_SECTION_FILES: usize = 40;

/// The largest logo accepted.
pub const MAX_LOGO_BYTES: usize = 5 * 1024 * 1024;

/// The education pages a handout carries.
#[derive(Debug, Clone)]
pub struct Education {
    /// Full or short.
    pub length: Length,
    /// The sections in order.
    pub sections: Vec<Section>,
}

/// One education section: built in, or the clinic's own file.
#[derive(Debug, Clone)]
pub struct Section {
    /// The section's id.
    pub id: String,
    /// For a clinic's section, the virtual path the layout includes it from.
    pub file: Option<String>,
}

impl Default for Clinic {
    fn default() -> Self {
        Self {
            name: "Your clinic".to_owned(),
            clinician: None,
            credentials: None,
            address: Vec::new(),
            phone: None,
            hours: None,
            out_of_hours: None,
            email: None,
            website: None,
            contact: Vec::new(),
            logo: None,
            qr: None,
            accent: DEFAULT_ACCENT.to_owned(),
            accent_text: DEFAULT_ACCENT.to_owned(),
            disclaimer: DEFAULT_DISCLAIMER.to_owned(),
            footer: None,
            paper: None,
            education: Education {
                length: Length::Full,
                sections: SECTIONS
                    .iter()
                    .map(|id| Section {
                        id: (*id).to_owned(),
                        file: None,
                    })
                    .collect(),
            },
            files: Vec::new(),
            hidden: Vec::new(),
            references: crate::plan::references::Choice::Uk,
            variety: None,
            max_daily_prep: None,
            references_chosen: false,
            locale: None,
            origins: Vec::new(),
        }
    }
}

/// The file that marks a clinic folder.
pub const CLINIC_FILE: &str = "clinic.yaml";

/// Finds the clinic folder a command runs in: the nearest folder at or above `from` that holds a
/// `clinic.yaml`, as cargo finds `Cargo.toml`.
/// A `clinic.yaml` that belongs to another user (one planted in `/tmp`, say) is passed over, and
/// returned second, so the caller can say so: on a shared machine a stranger's settings, sections
/// and layouts must not slip into a handout.
pub fn discover(from: &Path) -> (Option<PathBuf>, Vec<PathBuf>) {
    let mut foreign = Vec::new();
    for dir in from.ancestors() {
        let file = dir.join(CLINIC_FILE);
        if !file.is_file() {
            continue;
        }
        if owned_by_this_user(&file) {
            return (Some(dir.to_path_buf()), foreign);
        }
        foreign.push(file);
    }
    (None, foreign)
}

/// Says whether a file belongs to the user running gutjoint (or to root).
#[cfg(unix)]
fn owned_by_this_user(path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    // SAFETY: geteuid has no preconditions.
    let me = unsafe { libc::geteuid() };
    path.metadata().is_ok_and(|m| m.uid() == me || m.uid() == 0)
}

#[cfg(not(unix))]
fn owned_by_this_user(_path: &Path) -> bool {
    true
}

impl Clinic {
    /// Reads and checks a `clinic.yaml`; section files are read from the folder it is in.
    pub fn from_file(path: &Path) -> Result<Checked<Self>, Error> {
        let shown = path.display().to_string();
        let bytes = crate::load::input::Input {
            what: "clinic settings",
            folder: None,
            max: crate::load::input::MAX_TEXT_BYTES,
        }
        .read(path)?;
        let text = load::text(&shown, &bytes).map_err(|d| {
            Error::Input(Report {
                diagnostics: vec![d],
                ..Report::default()
            })
        })?;
        let mut report = Report::default();
        report.sources.add(&shown, &text);
        // `--clinic clinic.yaml` has the empty path as its parent: the current folder.
        let dir = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
        match Self::parse(&shown, &text, &dir) {
            Ok((clinic, warnings)) => {
                report.diagnostics = warnings;
                Ok(Checked {
                    value: clinic,
                    warnings: report,
                })
            }
            Err(diagnostics) => {
                report.diagnostics = diagnostics;
                Err(Error::Input(report))
            }
        }
    }

    /// Parses clinic settings and checks the sections; returns the settings and any warnings.
    pub fn parse(
        path: &str,
        text: &str,
        dir: &Path,
    ) -> Result<(Self, Vec<Diagnostic>), Vec<Diagnostic>> {
        let file: ClinicFile = load::yaml(path, text).map_err(|d| vec![d])?;
        let mut problems = Vec::new();
        let mut warnings = Vec::new();
        // Every position below is where the value is written, found by its path in the file.
        let spans = Spans::of(text);
        let mut files = Vec::new();
        let mut origins = Vec::new();
        if file.education.files.len() > MAX_SECTION_FILES {
            let (line, column) = spans.key_or_at("education.files");
            problems.push(
                Diagnostic::error(
                    path,
                    line,
                    column,
                    format!(
                        "`files` names {} section files, more than the {MAX_SECTION_FILES} allowed",
                        file.education.files.len()
                    ),
                )
                .with_hint(
                    "a handout's education pages need a few sections; merge them into fewer files",
                ),
            );
            return Err(problems);
        }
        for (id, rel) in &file.education.files {
            if !is_section_id(id) {
                let (line, column) = spans.key_or_at(&format!("education.files.{id}"));
                problems.push(
                    Diagnostic::error(
                        path,
                        line,
                        column,
                        format!("section id `{}` is not a name", crate::diag::shorten(id)),
                    )
                    .with_hint("a section id is lowercase letters, digits and `-`, such as `our-story` (at most 40)"),
                );
                continue;
            }
            let (line, column) = spans.at(&format!("education.files.{id}"));
            let here = |message: String| Diagnostic::error(path, line, column, message);
            match read_inside(dir, rel, &["typ"], "section file", "sections/our-story.typ") {
                Ok(bytes) => {
                    let vpath = paths::clinic_section(id);
                    origins.push((vpath.clone(), dir.join(rel).display().to_string()));
                    files.push((vpath, bytes));
                }
                Err((message, hint)) => problems.push(here(message).with_hint(hint)),
            }
        }
        if let Some((message, hint)) = file
            .max_daily_prep
            .and_then(crate::load::profile::check_daily_prep)
        {
            let (line, column) = spans.at("max-daily-prep");
            problems.push(Diagnostic::error(path, line, column, message).with_hint(hint));
        }
        // Every printed field: no control characters, only what a font can print.
        let fields: [(&str, Option<&String>, bool); 11] = [
            ("name", file.name.as_ref(), false),
            ("clinician", file.clinician.as_ref(), false),
            ("credentials", file.credentials.as_ref(), false),
            ("address", file.address.as_ref(), true),
            ("phone", file.phone.as_ref(), false),
            ("hours", file.hours.as_ref(), false),
            ("out-of-hours", file.out_of_hours.as_ref(), false),
            ("email", file.email.as_ref(), false),
            ("logo-alt", file.logo_alt.as_ref(), false),
            ("disclaimer", file.disclaimer.as_ref(), true),
            ("footer", file.footer.as_ref(), false),
        ];
        let fields = fields.map(|(key, value, lines)| (key, key.to_owned(), value, lines));
        let contact = (file.contact.iter().enumerate())
            .map(|(i, c)| ("contact", format!("contact[{i}]"), Some(c), false));
        let site = (
            "website",
            "website".to_owned(),
            file.website.as_ref(),
            false,
        );
        for (key, at, value, lines) in fields.into_iter().chain(contact).chain([site]) {
            let Some(value) = value else { continue };
            if let Some(problem) = crate::check::printed::check(value, lines, key == "website") {
                let (line, column) = spans.at(&at);
                let (message, hint) = problem.explain(&format!("`{key}`"));
                problems.push(Diagnostic::error(path, line, column, message).with_hint(hint));
            }
        }
        let name = file
            .name
            .clone()
            .unwrap_or_else(|| "Your clinic".to_owned());
        let logo = file.logo.as_ref().and_then(|rel| {
            let (line, column) = spans.at("logo");
            let here = |message: String| Diagnostic::error(path, line, column, message);
            let checked = read_inside(dir, rel, &["png", "jpg", "jpeg", "svg"], "logo", "logo.png")
                .and_then(|bytes| check_image(rel, bytes));
            match checked {
                Ok((ext, bytes)) => {
                    let virtual_path = paths::clinic_logo(ext);
                    origins.push((virtual_path.clone(), dir.join(rel).display().to_string()));
                    files.push((virtual_path.clone(), bytes));
                    Some(Image {
                        path: virtual_path,
                        alt: file
                            .logo_alt
                            .clone()
                            .unwrap_or_else(|| format!("{name} logo")),
                    })
                }
                Err((message, hint)) => {
                    problems.push(here(message).with_hint(hint));
                    None
                }
            }
        });
        let website = file.website.as_deref().and_then(|site| {
            let (line, column) = spans.at("website");
            match website(site) {
                Ok(pair) => Some(pair),
                Err(message) => {
                    problems.push(Diagnostic::error(path, line, column, message).with_hint(
                        "write the address as `https://example.org` or `example.org/joints`",
                    ));
                    None
                }
            }
        });
        let qr = match &website {
            Some((shown, url)) => match qr_svg(url) {
                Some(svg) => {
                    files.push((paths::CLINIC_QR.to_owned(), svg.into_bytes()));
                    Some(Image {
                        path: paths::CLINIC_QR.to_owned(),
                        alt: format!("QR code for {shown}"),
                    })
                }
                None => None,
            },
            None => None,
        };
        let accent = match file.accent.as_deref() {
            None => Some((DEFAULT_ACCENT.to_owned(), DEFAULT_ACCENT.to_owned())),
            Some(written) => {
                let (line, column) = spans.at("accent");
                match parse_hex(written) {
                    None => {
                        problems.push(
                            Diagnostic::error(
                                path,
                                line,
                                column,
                                format!("accent colour `{written}` is not a colour"),
                            )
                            .with_hint("write it as six hex digits after `#`, such as `#1f5f5b`"),
                        );
                        None
                    }
                    Some(rgb) => {
                        let fill = hex(rgb);
                        let text = readable_on_white(rgb);
                        if text != rgb {
                            warnings.push(
                                Diagnostic {
                                    severity: crate::diag::Severity::Warning,
                                    ..Diagnostic::error(
                                        path,
                                        line,
                                        column,
                                        format!(
                                            "accent colour `{written}` is too light for text \
                                             ({:.1}:1 on white, below 4.5:1); headings use `{}`",
                                            contrast(rgb, WHITE),
                                            hex(text)
                                        ),
                                    )
                                }
                                .with_hint("choose a darker accent to have it used as is"),
                            );
                        }
                        Some((fill, hex(text)))
                    }
                }
            }
        };
        let ids: Vec<String> = file
            .education
            .sections
            .clone()
            .unwrap_or_else(|| SECTIONS.iter().map(|s| (*s).to_owned()).collect());
        let mut sections: Vec<Section> = Vec::new();
        for (i, id) in ids.iter().enumerate() {
            let custom = file.education.files.contains_key(id);
            let at = format!("education.sections[{i}]");
            if !custom && !SECTIONS.contains(&id.as_str()) {
                let (line, column) = spans.at(&at);
                let known = SECTIONS
                    .iter()
                    .copied()
                    .chain(file.education.files.keys().map(String::as_str));
                let hint = match did_you_mean(id, known) {
                    Some(near) => format!(
                        "did you mean `{near}`? built-in sections: {}",
                        SECTIONS.join(", ")
                    ),
                    None => format!(
                        "use a built-in section ({}) or add `{id}` under `files`",
                        SECTIONS.join(", ")
                    ),
                };
                problems.push(
                    Diagnostic::error(
                        path,
                        line,
                        column,
                        format!("unknown education section `{id}`"),
                    )
                    .with_hint(hint),
                );
                continue;
            }
            if sections.iter().any(|s| s.id == *id) {
                let (line, column) = spans.at(&at);
                problems.push(
                    Diagnostic::error(
                        path,
                        line,
                        column,
                        format!("education section `{id}` is listed twice"),
                    )
                    .with_hint("list each section once"),
                );
                continue;
            }
            sections.push(Section {
                id: id.clone(),
                file: custom.then(|| paths::clinic_section(id)),
            });
        }
        if !sections.is_empty() && !sections.iter().any(|s| s.id == SAFETY) {
            let (line, column) = spans.key_or_at("education.sections");
            warnings.push(
                Diagnostic { severity: crate::diag::Severity::Warning, ..Diagnostic::error(path, line, column, "the safety notes were left out of the education pages; they are added at the end") }
                    .with_hint("list `safety` where you want it; every handout with education pages carries it"),
            );
            let file = file
                .education
                .files
                .get(SAFETY)
                .map(|_| paths::clinic_section(SAFETY));
            sections.push(Section {
                id: SAFETY.to_owned(),
                file,
            });
        }
        if let Some(tag) = &file.locale
            && !crate::locale::exists(tag)
        {
            let (line, column) = spans.at("locale");
            problems.push(crate::locale::unknown(tag, path, line, column));
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let Some((accent, accent_text)) = accent else {
            return Err(problems);
        };
        let text_or = |value: Option<String>| value.filter(|v| !v.trim().is_empty());
        Ok((
            Clinic {
                name,
                clinician: text_or(file.clinician),
                credentials: text_or(file.credentials),
                address: file
                    .address
                    .as_deref()
                    .map(|a| {
                        a.lines()
                            .map(str::trim)
                            .filter(|l| !l.is_empty())
                            .map(str::to_owned)
                            .collect()
                    })
                    .unwrap_or_default(),
                phone: text_or(file.phone),
                hours: text_or(file.hours),
                out_of_hours: text_or(file.out_of_hours),
                email: text_or(file.email),
                website: website.map(|(shown, _)| shown),
                contact: file.contact,
                logo,
                qr,
                accent,
                accent_text,
                disclaimer: text_or(file.disclaimer)
                    .unwrap_or_else(|| DEFAULT_DISCLAIMER.to_owned()),
                footer: text_or(file.footer),
                paper: file.paper,
                education: Education {
                    length: file.education.length,
                    sections,
                },
                files,
                hidden: file.hide_recipes,
                references: file.references.unwrap_or_default(),
                references_chosen: file.references.is_some(),
                locale: file.locale,
                variety: file.variety,
                max_daily_prep: file.max_daily_prep,
                origins,
            },
            warnings,
        ))
    }
}

/// Says whether a section id is a name: lowercase ASCII letters, digits and inner `-`, 1 to 40
/// characters. Ids become file names (`/clinic/ID.typ`, and files of an exported project).
pub fn is_section_id(id: &str) -> bool {
    (1..=40).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

/// Reads a file named in `clinic.yaml`: relative to its folder, with one of the extensions, and
/// inside the folder once symlinks are followed. Errors are (message, hint).
fn read_inside(
    dir: &Path,
    rel: &str,
    extensions: &[&str],
    what: &str,
    example: &str,
) -> Result<Vec<u8>, (String, String)> {
    let rel_path = Path::new(rel);
    let escapes = rel_path.is_absolute()
        || rel_path
            .components()
            .any(|c| matches!(c, Component::ParentDir));
    let ext = rel_path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let kinds = extensions
        .iter()
        .map(|e| format!("`.{e}`"))
        .collect::<Vec<_>>()
        .join(", ");
    if escapes || !ext.is_some_and(|e| extensions.contains(&e.as_str())) {
        return Err((
            format!(
                "{what} `{}` must be a {kinds} file inside the clinic folder",
                crate::diag::shorten(rel)
            ),
            format!("give a path relative to clinic.yaml, such as `{example}`"),
        ));
    }
    let full = dir.join(rel_path);
    crate::load::input::Input {
        what,
        folder: Some((dir, "clinic folder")),
        max: MAX_LOGO_BYTES as u64,
    }
    .read(&full)
    .map_err(|refusal| {
        // Name the file as clinic.yaml writes it.
        let message = refusal
            .message
            .replace(&format!("`{}`", full.display()), &format!("`{rel}`"));
        let hint = if refusal.missing {
            "check the path; it is relative to the folder clinic.yaml is in".to_owned()
        } else {
            refusal.hint
        };
        (message, hint)
    })
}

/// Checks that a logo's bytes are the image its name says; returns its canonical extension.
fn check_image(rel: &str, bytes: Vec<u8>) -> Result<(&'static str, Vec<u8>), (String, String)> {
    let ext = Path::new(rel)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let head = &bytes[..bytes.len().min(1024)];
    let (kind, ok) = match ext.as_str() {
        "png" => ("png", bytes.starts_with(b"\x89PNG\r\n\x1a\n")),
        "svg" => (
            "svg",
            String::from_utf8_lossy(head).contains("<svg")
                || std::str::from_utf8(&bytes).is_ok_and(|t| t.contains("<svg")),
        ),
        _ => ("jpg", bytes.starts_with(&[0xFF, 0xD8, 0xFF])),
    };
    if ok {
        if kind == "svg"
            && let Err(err) = usvg::Tree::from_data(&bytes, &usvg::Options::default())
        {
            // Parsed once here, so a broken file is named here, not in the layout showing it.
            return Err((
                format!(
                    "logo `{rel}` is a damaged SVG image ({})",
                    crate::diag::shorten(&err.to_string())
                ),
                "save the logo again from the program that made it".to_owned(),
            ));
        }
        if kind != "svg" {
            crate::load::input::check_image_size(&format!("logo `{rel}`"), &bytes)?;
            // Decoded once here, so a damaged file is named here, not where a layout shows it.
            let format = if kind == "png" {
                image::ImageFormat::Png
            } else {
                image::ImageFormat::Jpeg
            };
            if let Err(err) = image::load_from_memory_with_format(&bytes, format) {
                return Err((
                    format!(
                        "logo `{rel}` is a damaged {} image ({})",
                        kind.to_uppercase(),
                        crate::diag::shorten(&err.to_string())
                    ),
                    "save the logo again from the program that made it".to_owned(),
                ));
            }
        }
        Ok((kind, bytes))
    } else {
        Err((
            format!("logo `{rel}` is not a {} image", kind.to_uppercase()),
            "save the logo again as PNG, JPG or SVG, with the matching file ending".to_owned(),
        ))
    }
}

/// Checks a website and returns (as printed, as linked): `example.org/joints` and
/// `https://example.org/joints`.
fn website(site: &str) -> Result<(String, String), String> {
    let site = site.trim();
    let bare = site
        .strip_prefix("https://")
        .or_else(|| site.strip_prefix("http://"))
        .unwrap_or(site);
    let host = bare.split('/').next().unwrap_or_default();
    let fine = !bare.is_empty()
        && bare.len() <= 200
        && !bare.chars().any(|c| c.is_whitespace() || c.is_control())
        && host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.');
    if !fine {
        return Err(format!("website `{site}` is not a web address"));
    }
    let url = if site.starts_with("http://") || site.starts_with("https://") {
        site.to_owned()
    } else {
        format!("https://{site}")
    };
    Ok((bare.trim_end_matches('/').to_owned(), url))
}

/// Draws a QR code as an SVG file, black on white with its quiet zone.
fn qr_svg(url: &str) -> Option<String> {
    let code = qrcode::QrCode::with_error_correction_level(url, qrcode::EcLevel::M).ok()?;
    Some(
        code.render::<qrcode::render::svg::Color>()
            .min_dimensions(240, 240)
            .quiet_zone(true)
            .build(),
    )
}

type Rgb = (u8, u8, u8);
const WHITE: Rgb = (255, 255, 255);

fn parse_hex(text: &str) -> Option<Rgb> {
    let digits = text.trim().strip_prefix('#')?;
    let digits = match digits.len() {
        3 => digits.chars().flat_map(|c| [c, c]).collect::<String>(),
        6 => digits.to_owned(),
        _ => return None,
    };
    let byte = |i: usize| u8::from_str_radix(digits.get(i..i + 2)?, 16).ok();
    Some((byte(0)?, byte(2)?, byte(4)?))
}

fn hex((r, g, b): Rgb) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// WCAG 2 relative luminance.
fn luminance((r, g, b): Rgb) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/// WCAG 2 contrast ratio between two colours, from 1 to 21.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Darkens a colour, keeping its hue, until text in it reaches 4.5:1 on white.
fn readable_on_white(rgb: Rgb) -> Rgb {
    let mut scale = 1.0_f64;
    loop {
        let shade = |c: u8| (f64::from(c) * scale).round().clamp(0.0, 255.0) as u8;
        let candidate = (shade(rgb.0), shade(rgb.1), shade(rgb.2));
        if contrast(candidate, WHITE) >= 4.5 || scale <= 0.0 {
            return candidate;
        }
        scale -= 0.02;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn light_accents_are_darkened_to_four_and_a_half_to_one() {
        for written in ["#ffd400", "#8fd3c7", "#fff", "#1f5f5b", "#ff0000"] {
            let rgb = parse_hex(written).unwrap();
            let text = readable_on_white(rgb);
            let ratio = contrast(text, WHITE);
            assert!(ratio >= 4.5, "{written} -> {} is {ratio:.2}:1", hex(text));
            if contrast(rgb, WHITE) >= 4.5 {
                assert_eq!(text, rgb, "{written} was fine as it was");
            }
        }
        // The WCAG reference points.
        assert!((contrast((0, 0, 0), WHITE) - 21.0).abs() < 1e-9);
        assert!((contrast((0x76, 0x76, 0x76), WHITE) - 4.54).abs() < 0.01);
        assert_eq!(parse_hex("#12345"), None);
        assert_eq!(parse_hex("red"), None);
    }

    #[test]
    fn websites_get_a_scheme_for_the_link_and_none_in_print() {
        assert_eq!(
            website("example.org/joints/").unwrap(),
            (
                "example.org/joints".to_owned(),
                "https://example.org/joints/".to_owned()
            )
        );
        assert_eq!(
            website("http://clinic.example").unwrap().1,
            "http://clinic.example"
        );
        for bad in ["", "not a site", "localhost", "javascript:alert(1)", ".org"] {
            assert!(website(bad).is_err(), "{bad}");
        }
        assert!(qr_svg("https://example.org").unwrap().contains("<svg"));
    }
}
