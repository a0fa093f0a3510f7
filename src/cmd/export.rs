//! `gutjoint export`: the handout as a standalone Typst project that
//! `typst compile --font-path fonts --ignore-system-fonts main.typ` turns into the same document,
//! for fine-tuning in any Typst editor.

use std::path::Path;

use anyhow::Context;

use super::Done;
use super::build::prepare;
use crate::cli::ExportArgs;
use crate::error::{Error, Report};
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
    let io = |what: &str, path: &Path| format!("failed to write {what} `{}`", path.display());
    std::fs::create_dir_all(dir).with_context(|| io("the folder", dir))?;
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
    let fonts = dir.join("fonts");
    std::fs::create_dir_all(&fonts).with_context(|| io("the folder", &fonts))?;
    crate::render::bundled_fonts()
        .extract(&fonts)
        .with_context(|| io("the fonts into", &fonts))?;
    Ok(Done {
        output: format!(
            "exported to {}: compile it with `typst compile --font-path fonts --ignore-system-fonts main.typ` in that folder",
            dir.display()
        ),
        warnings: prepared.warnings,
        ..Done::default()
    })
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
