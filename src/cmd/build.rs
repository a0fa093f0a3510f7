//! `gutjoint build`: recipes and a layout in, one handout PDF out, written atomically.

use std::path::Path;

use super::Done;
use crate::cli::BuildArgs;
use gutjoint::error::{Error, Report};
use gutjoint::render::output::{check_target, write};
use gutjoint::render::{self, RenderOptions};
use gutjoint::session::{DocOptions, Document, Session};

/// Loads the session, reads the profile and makes the document; shared by `build` and `export`.
/// Returns them with every warning of the load and the profile.
pub fn prepare(
    args: &BuildArgs,
    options: &DocOptions,
) -> Result<(Session, Document, Report), Error> {
    let inputs = super::document_inputs(args.recipes.recipes.as_deref(), &args.doc);
    let session = Session::load(&inputs)?;
    session.check(options)?;
    let (profile, shown, profile_warnings) = super::plan::profile(&session, &args.plan)?;
    let start = options.start(&profile)?;
    let week = session
        .plan_in(&profile, start, options.locale.as_deref())
        .map_err(|err| err.in_file(&shown))?;
    let document = session.document_for_week(&profile, &week, start, options)?;
    let mut warnings = session.warnings();
    warnings.append(&profile_warnings);
    Ok((session, document, warnings))
}

/// The document options of `build` and `export`: a book or cards suit the profile only when
/// one is given.
pub fn options(args: &BuildArgs) -> DocOptions {
    super::doc_options(
        &args.doc,
        None,
        args.plan.source_date_epoch.as_deref(),
        args.plan.profile.is_some(),
    )
}

/// Builds the handout and writes it to the output path; nothing is written on failure.
pub fn run(args: &BuildArgs) -> Result<Done, Error> {
    let output = args.output();
    check_target(&output)?;
    check_named_inputs(args)?;
    let (session, document, mut warnings) = prepare(args, &options(args))?;
    // Every input but the layout files has been read now: refuse before the long part.
    check_output(&output, &document.render)?;
    let rendered = document.render()?;
    write(&output, &rendered.pdf, true)?;
    warnings.append(&session.font_warnings);
    warnings.append(&rendered.warnings);
    Ok(Done {
        output: format!(
            "wrote {} ({} pages, {} recipes)",
            output.display(),
            rendered.pages,
            document.recipes()
        ),
        warnings,
    })
}

/// Refuses, before anything is loaded, an output path that is one of the files named on the
/// command line or lies in a folder named there, so the message is about the output and not
/// about whatever else is wrong with the inputs.
fn check_named_inputs(args: &BuildArgs) -> Result<(), Error> {
    let output = args.output();
    let Ok(real) = output.canonicalize() else {
        return Ok(());
    };
    let same = |p: &Path| p.canonicalize().is_ok_and(|q| q == real);
    let inside = |dir: &Path| dir.canonicalize().is_ok_and(|d| real.starts_with(d));
    let is_input = args.plan.profile.as_deref().is_some_and(same)
        || args
            .doc
            .clinic
            .as_deref()
            .is_some_and(|c| same(c) || same(&c.join(gutjoint::load::clinic::CLINIC_FILE)))
        || args.recipes.recipes.as_deref().is_some_and(|d| {
            inside(d) && real.extension().is_some_and(|e| e == "yaml" || e == "yml")
        })
        || args.doc.layouts.as_deref().is_some_and(inside)
        || args.doc.font_paths.iter().any(|d| inside(d));
    if is_input {
        return Err(output_is_input(&output));
    }
    Ok(())
}

/// The error for an output that is one of the build's inputs.
fn output_is_input(output: &Path) -> Error {
    Error::Input(Report {
        diagnostics: vec![
            gutjoint::diag::Diagnostic::error(
                output.display().to_string(),
                0,
                0,
                "the output is one of the files this build reads",
            )
            .with_hint("write the PDF somewhere else with `-o FILE.pdf`"),
        ],
        ..Report::default()
    })
}

/// Refuses an output path that is one of the files the build reads, however the build found it
/// (given on the command line, or in a clinic folder found by looking upwards), or any file in
/// the layouts or font folders, so a slip of the keyboard cannot replace a recipe, a profile, a
/// clinic's settings, its logo or a layout with a PDF. The final write checks again, once Typst
/// has read the layout files.
fn check_output(output: &Path, options: &RenderOptions) -> Result<(), Error> {
    check_target(output)?;
    let Ok(real) = output.canonicalize() else {
        // It does not exist yet, so it cannot be an input.
        return Ok(());
    };
    let inside = |dir: &Path| dir.canonicalize().is_ok_and(|d| real.starts_with(d));
    let layouts = match &options.layouts {
        render::LayoutSource::Dir(dir) => Some(dir.as_path()),
        render::LayoutSource::Bundled => None,
    };
    if layouts.is_some_and(inside) || options.font_dirs.iter().any(|d| inside(d)) {
        return Err(output_is_input(output));
    }
    Ok(())
}
