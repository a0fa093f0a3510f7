//! `gutjoint export`: the handout as a standalone Typst project that
//! `typst compile --font-path fonts --ignore-system-fonts main.typ` turns into the same document,
//! for fine-tuning in any Typst editor.

use std::path::Path;

use anyhow::Context;

use super::Done;
use super::build::prepare;
use crate::cli::ExportArgs;
use crate::error::{Error, Report};
use crate::handout::{RECIPE_PAGE_TEMPLATE, recipe_folder};
use crate::render::{LayoutSource, bundled_layouts};

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
                crate::diag::Diagnostic::error(
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
    let prepared = prepare(&args.build, false)?;
    let known = crate::render::available_layouts(&prepared.options.layouts);
    if !known.contains(&prepared.options.layout) {
        return Err(Error::Layout(format!(
            "error: unknown layout `{}`\n  = hint: the layouts here are: {}\n",
            prepared.options.layout,
            known.join(", ")
        )));
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
    write_project(&prepared, staging.path())?;
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
        warnings: prepared.warnings,
        ..Done::default()
    })
}

/// Writes the layouts, the chosen layout as `main.typ`, the data, the clinic's files and the
/// fonts into a folder.
fn write_project(prepared: &super::build::Prepared, dir: &Path) -> Result<(), Error> {
    let io = |what: &str, path: &Path| format!("failed to write {what} `{}`", path.display());
    match &prepared.options.layouts {
        LayoutSource::Bundled => bundled_layouts()
            .extract(dir)
            .with_context(|| io("the layouts into", dir))?,
        LayoutSource::Dir(from) => copy_dir(from, dir)?,
    }
    let layout = dir.join(format!("{}.typ", prepared.options.layout));
    std::fs::copy(&layout, dir.join("main.typ"))
        .with_context(|| format!("failed to read layout `{}`", layout.display()))?;
    std::fs::write(dir.join("data.json"), &prepared.data)
        .with_context(|| io("", &dir.join("data.json")))?;
    for (vpath, bytes) in &prepared.options.files {
        let path = dir.join(vpath.trim_start_matches('/'));
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).with_context(|| io("the folder", parent))?;
        }
        std::fs::write(&path, bytes).with_context(|| io("", &path))?;
    }
    // Each recipe's page file is the layouts' template, served under the recipe's folder.
    let template = dir.join(RECIPE_PAGE_TEMPLATE.trim_start_matches('/'));
    for (vpath, _) in &prepared.options.files {
        let Some(folder) = recipe_folder(vpath, "recipe.json") else {
            continue;
        };
        if template.is_file() {
            let page = dir.join(folder.trim_start_matches('/')).join("page.typ");
            std::fs::copy(&template, &page).with_context(|| io("", &page))?;
        }
    }
    let fonts = dir.join("fonts");
    std::fs::create_dir_all(&fonts).with_context(|| io("the folder", &fonts))?;
    crate::render::bundled_fonts()
        .extract(&fonts)
        .with_context(|| io("the fonts into", &fonts))?;
    Ok(())
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), Error> {
    for entry in
        std::fs::read_dir(from).with_context(|| format!("failed to read `{}`", from.display()))?
    {
        let entry = entry.with_context(|| format!("failed to read `{}`", from.display()))?;
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            std::fs::create_dir_all(&target)
                .with_context(|| format!("failed to create `{}`", target.display()))?;
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)
                .with_context(|| format!("failed to copy `{}`", entry.path().display()))?;
        }
    }
    Ok(())
}
