//! Clinic settings (`clinic.yaml`): who the handout comes from, and which education pages it
//! carries, in what order and at what length, including the clinic's own Typst sections.

use std::path::{Component, Path, PathBuf};

use anyhow::Context;
use serde::{Deserialize, Serialize};

use crate::diag::{Diagnostic, did_you_mean};
use crate::error::{Error, Report};
use crate::ingredients::locate;
use crate::load;

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
    /// Contact lines: address, phone, website.
    #[serde(default)]
    pub contact: Vec<String>,
    /// Which education pages to print.
    #[serde(default)]
    pub education: EducationFile,
    /// Bundled recipe ids this clinic never wants planned or listed.
    #[serde(default)]
    pub hide_recipes: Vec<String>,
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

/// Checked clinic settings, ready for a handout.
#[derive(Debug, Clone, Serialize)]
pub struct Clinic {
    /// The clinic's name.
    pub name: String,
    /// The clinician's name, if any.
    pub clinician: Option<String>,
    /// Contact lines.
    pub contact: Vec<String>,
    /// The education pages.
    pub education: Education,
    /// The clinic's section files, to serve to the layout: (virtual path, bytes).
    #[serde(skip)]
    pub files: Vec<(String, Vec<u8>)>,
    /// Recipe ids to leave out of everything.
    #[serde(skip)]
    pub hidden: Vec<String>,
}

/// The education pages a handout carries.
#[derive(Debug, Clone, Serialize)]
pub struct Education {
    /// Full or short.
    pub length: Length,
    /// The sections in order.
    pub sections: Vec<Section>,
}

/// One education section: built in, or the clinic's own file.
#[derive(Debug, Clone, Serialize)]
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
            contact: Vec::new(),
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
        }
    }
}

/// The file that marks a clinic folder.
pub const CLINIC_FILE: &str = "clinic.yaml";

/// Finds the clinic folder a command runs in: the nearest folder at or above `from` that holds a
/// `clinic.yaml`, as cargo finds `Cargo.toml`.
pub fn discover(from: &Path) -> Option<PathBuf> {
    from.ancestors()
        .find(|dir| dir.join(CLINIC_FILE).is_file())
        .map(Path::to_path_buf)
}

impl Clinic {
    /// Reads and checks a `clinic.yaml`; section files are read from the folder it is in.
    pub fn from_file(path: &Path) -> Result<(Self, Report), Error> {
        let shown = path.display().to_string();
        let bytes = std::fs::read(path)
            .with_context(|| format!("failed to read clinic settings `{shown}`"))?;
        let text = load::text(&shown, &bytes).map_err(|d| {
            Error::Input(Report {
                diagnostics: vec![d],
                ..Report::default()
            })
        })?;
        let mut report = Report::default();
        report.sources.add(&shown, &text);
        let dir = path
            .parent()
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
        match Self::parse(&shown, &text, &dir) {
            Ok((clinic, warnings)) => {
                report.diagnostics = warnings;
                Ok((clinic, report))
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
        let at = |needle: &str| locate(text, needle);
        let mut files = Vec::new();
        for (id, rel) in &file.education.files {
            let (line, column) = at(rel);
            let rel_path = Path::new(rel);
            let escapes = rel_path.is_absolute()
                || rel_path
                    .components()
                    .any(|c| matches!(c, Component::ParentDir));
            if escapes || !rel.ends_with(".typ") {
                problems.push(
                    Diagnostic::error(
                        path,
                        line,
                        column,
                        format!(
                            "section file `{rel}` must be a `.typ` file inside the clinic folder"
                        ),
                    )
                    .with_hint(
                        "give a path relative to clinic.yaml, such as `sections/our-story.typ`",
                    ),
                );
                continue;
            }
            let full = dir.join(rel_path);
            let inside = match (full.canonicalize(), dir.canonicalize()) {
                (Ok(real), Ok(root)) => real.starts_with(root),
                _ => false,
            };
            match std::fs::read(&full) {
                Ok(_) if !inside => problems.push(
                    Diagnostic::error(
                        path,
                        line,
                        column,
                        format!("section file `{rel}` points outside the clinic folder"),
                    )
                    .with_hint("copy the file into the clinic folder"),
                ),
                Ok(bytes) => files.push((format!("/clinic/{id}.typ"), bytes)),
                Err(err) => problems.push(
                    Diagnostic::error(
                        path,
                        line,
                        column,
                        format!("failed to read section file `{rel}` ({err})"),
                    )
                    .with_hint("check the path; it is relative to the folder clinic.yaml is in"),
                ),
            }
        }
        let ids: Vec<String> = file
            .education
            .sections
            .clone()
            .unwrap_or_else(|| SECTIONS.iter().map(|s| (*s).to_owned()).collect());
        let mut sections: Vec<Section> = Vec::new();
        for id in &ids {
            let custom = file.education.files.contains_key(id);
            if !custom && !SECTIONS.contains(&id.as_str()) {
                let (line, column) = at(id);
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
                let (line, column) = at(id);
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
                file: custom.then(|| format!("/clinic/{id}.typ")),
            });
        }
        if !sections.is_empty() && !sections.iter().any(|s| s.id == SAFETY) {
            let (line, column) = at("sections");
            warnings.push(
                Diagnostic { severity: crate::diag::Severity::Warning, ..Diagnostic::error(path, line, column, "the safety notes were left out of the education pages; they are added at the end") }
                    .with_hint("list `safety` where you want it; every handout with education pages carries it"),
            );
            let file = file
                .education
                .files
                .get(SAFETY)
                .map(|_| format!("/clinic/{SAFETY}.typ"));
            sections.push(Section {
                id: SAFETY.to_owned(),
                file,
            });
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let defaults = Clinic::default();
        Ok((
            Clinic {
                name: file.name.unwrap_or(defaults.name),
                clinician: file.clinician,
                contact: file.contact,
                education: Education {
                    length: file.education.length,
                    sections,
                },
                files,
                hidden: file.hide_recipes,
            },
            warnings,
        ))
    }
}
