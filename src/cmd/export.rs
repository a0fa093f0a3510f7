//! `gutjoint export`: the handout as a standalone Typst project that
//! `typst compile --font-path fonts --ignore-system-fonts main.typ` turns into the same document,
//! for fine-tuning in any Typst editor.

use std::path::Path;

use anyhow::Context;

use super::Done;
use super::build::{options, prepare};
use crate::cli::ExportArgs;
use gutjoint::contract::paths::{DATA, RECIPE_DATA, RECIPE_PAGE, RECIPE_PAGE_TEMPLATE};
use gutjoint::contract::recipe_folder;
use gutjoint::error::{Error, Report};
use gutjoint::render::{LayoutSource, bundled_layouts};
use gutjoint::session::Document;

/// Writes main.typ, data.json, the layouts, the fonts and any clinic sections into `dir`.
pub fn run(args: &ExportArgs) -> Result<Done, Error> {
    let dir = &args.dir;
    if dir.exists()
        && std::fs::read_dir(dir)
            .map(|mut d| d.next().is_some())
            .unwrap_or(true)
    {
        return Err(Error::Input(Report {
            diagnostics: vec![
                gutjoint::diag::Diagnostic::error(
                    dir.display().to_string(),
                    0,
                    0,
                    "the export folder is not empty",
                )
                .with_hint("export into a new or empty folder"),
            ],
            ..Report::default()
        }));
    }
    let (session, document, warnings) = prepare(&args.build, &options(&args.build))?;
    let known = gutjoint::render::available_layouts(&document.render.layouts);
    if !known.contains(&document.render.layout) {
        return Err(Error::Layout(Report::of(
            gutjoint::diag::Diagnostic::error(
                "",
                0,
                0,
                format!("unknown layout `{}`", document.render.layout),
            )
            .with_hint(format!("the layouts here are: {}", known.join(", "))),
        )));
    }
    // An export inside the layouts folder would copy itself into itself, for ever.
    if let LayoutSource::Dir(from) = &document.render.layouts {
        let parent = dir.parent().filter(|p| !p.as_os_str().is_empty());
        let at = parent.unwrap_or(Path::new(".")).canonicalize();
        if let (Ok(at), Ok(from)) = (at, from.canonicalize())
            && at.starts_with(&from)
        {
            return Err(Error::Input(Report {
                diagnostics: vec![
                    gutjoint::diag::Diagnostic::error(
                        dir.display().to_string(),
                        0,
                        0,
                        "the export folder is inside the layouts folder it copies",
                    )
                    .with_hint("export to a folder outside the layouts folder"),
                ],
                ..Report::default()
            }));
        }
    }
    let io = |what: &str, path: &Path| format!("failed to write {what} `{}`", path.display());
    // Everything is written into a folder beside the target and renamed into place at the end,
    // so a failed export leaves nothing half-written.
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent).with_context(|| io("the folder", &parent))?;
    let staging = tempfile::Builder::new()
        .prefix(".gutjoint-export-")
        .tempdir_in(&parent)
        .with_context(|| io("the folder", &parent))?;
    let _registered = gutjoint::render::output::Registered::new(staging.path(), true);
    write_project(&document, staging.path())?;
    // A temporary folder is private; the project should be as open as any folder the user makes.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(staging.path(), std::fs::Permissions::from_mode(0o755))
            .with_context(|| io("the folder", dir))?;
    }
    if dir.exists() {
        std::fs::remove_dir(dir).with_context(|| io("the folder", dir))?;
    }
    std::fs::rename(staging.path(), dir).with_context(|| io("the folder", dir))?;
    // The folder now lives under its new name; there is nothing left to clean up.
    let _ = staging.keep();
    Ok(Done {
        output: format!(
            "exported to {}: compile it with `typst compile --font-path fonts --ignore-system-fonts main.typ` in that folder",
            dir.display()
        ),
        warnings: {
            let mut warnings = warnings;
            warnings.append(&session.font_warnings);
            warnings
        },
    })
}

/// Writes the layouts, the chosen layout as `main.typ`, the data, the clinic's files and the
/// fonts into a folder.
fn write_project(document: &Document, dir: &Path) -> Result<(), Error> {
    let io = |what: &str, path: &Path| format!("failed to write {what} `{}`", path.display());
    match &document.render.layouts {
        LayoutSource::Bundled => bundled_layouts()
            .extract(dir)
            .with_context(|| io("the layouts into", dir))?,
        LayoutSource::Dir(from) => copy_dir(from, from, dir, &mut Budget::default())?,
    }
    let layout = dir.join(format!("{}.typ", document.render.layout));
    std::fs::copy(&layout, dir.join("main.typ"))
        .with_context(|| format!("failed to read layout `{}`", layout.display()))?;
    let data = dir.join(DATA.trim_start_matches('/'));
    std::fs::write(&data, document.data_json()).with_context(|| io("", &data))?;
    for (vpath, bytes) in &document.render.files {
        // The virtual paths are made from checked names; a `..` here would be a bug, and must
        // still never write outside the project.
        let relative = Path::new(vpath.trim_start_matches('/'));
        if !relative
            .components()
            .all(|c| matches!(c, std::path::Component::Normal(_)))
        {
            return Err(Error::Io(anyhow::anyhow!(
                "refused to write `{vpath}` outside the exported project"
            )));
        }
        let path = dir.join(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).with_context(|| io("the folder", parent))?;
        }
        std::fs::write(&path, bytes).with_context(|| io("", &path))?;
    }
    // Each recipe's page file is the layouts' template, served under the recipe's folder.
    let template = dir.join(RECIPE_PAGE_TEMPLATE.trim_start_matches('/'));
    for (vpath, _) in &document.render.files {
        let Some(folder) = recipe_folder(vpath, RECIPE_DATA) else {
            continue;
        };
        if template.is_file() {
            let page = dir.join(folder.trim_start_matches('/')).join(RECIPE_PAGE);
            std::fs::copy(&template, &page).with_context(|| io("", &page))?;
        }
    }
    let fonts = dir.join("fonts");
    std::fs::create_dir_all(&fonts).with_context(|| io("the folder", &fonts))?;
    gutjoint::render::bundled_fonts()
        .extract(&fonts)
        .with_context(|| io("the fonts into", &fonts))?;
    Ok(())
}

/// Copies a layouts folder into the project. Only what the sandbox would let a layout read is
/// copied: a link that leads out of the folder, a link to a folder, a FIFO or a device is refused
/// with its path, so an export never carries a file from elsewhere on the machine.
/// How much an export has copied so far: a layouts folder of more than `MAX_COPY_FILES` files or
/// `MAX_COPY_BYTES` bytes is not one (it is a home folder given by mistake).
#[derive(Default)]
struct Budget {
    files: usize,
    bytes: u64,
}

const MAX_COPY_FILES: usize = 5000;
const MAX_COPY_BYTES: u64 = 512 * 1024 * 1024;

fn copy_dir(root: &Path, from: &Path, to: &Path, budget: &mut Budget) -> Result<(), Error> {
    let mut entries: Vec<std::path::PathBuf> = std::fs::read_dir(from)
        .and_then(|d| d.map(|e| e.map(|e| e.path())).collect())
        .with_context(|| format!("failed to read `{}`", from.display()))?;
    entries.sort();
    for path in entries {
        let Some(name) = path.file_name() else {
            continue;
        };
        let target = to.join(name);
        let meta = path
            .symlink_metadata()
            .with_context(|| format!("failed to read `{}`", path.display()))?;
        if meta.is_dir() {
            std::fs::create_dir_all(&target)
                .with_context(|| format!("failed to create `{}`", target.display()))?;
            copy_dir(root, &path, &target, budget)?;
            continue;
        }
        if meta.file_type().is_symlink() && path.is_dir() {
            return Err(Error::Input(Report {
                diagnostics: vec![
                    gutjoint::diag::Diagnostic::error(
                        path.display().to_string(),
                        0,
                        0,
                        format!(
                            "layout file `{}` is a link to a folder, which an export does not follow",
                            path.display()
                        ),
                    )
                    .with_hint("copy the folder into the layouts folder instead of linking to it"),
                ],
                ..Report::default()
            }));
        }
        let bytes = gutjoint::load::input::Input {
            what: "layout file",
            folder: Some((root, "layouts folder")),
            max: gutjoint::render::MAX_LAYOUT_FILE_BYTES,
        }
        .read(&path)
        .map_err(|refusal| {
            Error::Input(Report {
                diagnostics: vec![refusal.diagnostic(&path)],
                ..Report::default()
            })
        })?;
        budget.files += 1;
        budget.bytes += bytes.len() as u64;
        if budget.files > MAX_COPY_FILES || budget.bytes > MAX_COPY_BYTES {
            return Err(Error::Input(Report {
                diagnostics: vec![
                    gutjoint::diag::Diagnostic::error(
                        root.display().to_string(),
                        0,
                        0,
                        format!(
                            "the layouts folder holds more than {MAX_COPY_FILES} files or {} MiB, more than an export copies",
                            MAX_COPY_BYTES / (1024 * 1024)
                        ),
                    )
                    .with_hint("check `--layouts` names the layouts folder itself"),
                ],
                ..Report::default()
            }));
        }
        std::fs::write(&target, bytes)
            .with_context(|| format!("failed to write `{}`", target.display()))?;
    }
    Ok(())
}
