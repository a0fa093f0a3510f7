//! `gutjoint build`: recipes and a layout in, one handout PDF out, written atomically.

use std::path::Path;

use crate::cli::{BuildArgs, DocumentArgs, FilterArgs, TagFilter};
use gutjoint::error::{Error, Report};
use gutjoint::load::catalog::Catalog;
use gutjoint::load::clinic::Clinic;
use gutjoint::load::profile::Profile;
use gutjoint::plan::WeekPlan;

use super::Done;
use gutjoint::contract::{self, Settings};
use gutjoint::render::{self, RenderOptions};
use gutjoint::shop;

/// The title printed on the cover and in the PDF's metadata.
pub const DEFAULT_TITLE: &str = "Eating for your joints";

/// Everything a handout needs before Typst: the data, the render settings, the warnings.
pub struct Prepared {
    /// The JSON data for the layout.
    pub data: Vec<u8>,
    /// How many recipes it prints.
    pub recipes: usize,
    /// Where and how to render.
    pub options: RenderOptions,
    /// Problems that did not stop the build.
    pub warnings: Report,
    /// Font files of `--font-path` that were skipped, one warning line each.
    pub font_warnings: String,
}

/// Loads, plans and assembles a handout's data; shared by `build` and `export`.
pub fn prepare(args: &BuildArgs, color: bool) -> Result<Prepared, Error> {
    let inputs = super::inputs(
        args.recipes.recipes.as_deref(),
        args.doc.clinic.as_deref(),
        args.doc.layouts.as_deref(),
    );
    // The fonts first: what they can print is checked as each file is read.
    let font_warnings = render::check_fonts(&inputs.font_dirs(&args.doc.font_paths))?;
    let (clinic, mut clinic_warnings, catalog) = super::load(&inputs)?;
    let mut planned = super::plan::prepare(&args.plan, catalog, &clinic)?;
    // A book or cards leave out what the profile excludes only when there is a profile.
    let exclusions = args.plan.profile.is_some().then_some(&planned.profile);
    let data = document(
        &planned.catalog,
        &planned.week,
        &planned.profile,
        exclusions,
        planned.start,
        &clinic,
        &args.doc,
    )?;
    let mut options = render_options(&args.doc, &inputs, &clinic, planned.start, color);
    options.files.extend(data.recipe_files());
    planned
        .catalog
        .warnings
        .diagnostics
        .append(&mut clinic_warnings.diagnostics);
    for (path, text) in clinic_warnings.sources.files() {
        planned.catalog.warnings.sources.add(path, text);
    }
    Ok(Prepared {
        data: data.to_json(),
        recipes: data
            .library
            .as_ref()
            .map_or(data.recipes.len(), |l| l.recipes.len()),
        options,
        warnings: planned.catalog.warnings,
        font_warnings,
    })
}

/// Assembles the data a layout reads for one patient's week: the shopping list, the settings from
/// the flags, the clinic and the profile, and for a book or cards the chosen recipes, without
/// those `exclusions` rules out. Shared by `build`, `export` and `batch`.
pub fn document(
    catalog: &Catalog,
    week: &WeekPlan,
    patient: &Profile,
    exclusions: Option<&Profile>,
    start: time::Date,
    clinic: &Clinic,
    doc: &DocumentArgs,
) -> Result<contract::Handout, Error> {
    let shopping = shop::list(week, catalog);
    let settings = Settings {
        title: DEFAULT_TITLE.to_owned(),
        paper: doc
            .paper
            .map(Into::into)
            .or(clinic.paper)
            .unwrap_or_default(),
        date: start,
        clinic: clinic.clone(),
        patient: patient.name.clone(),
        large_print: doc.large_print || patient.large_print,
        vulnerable: patient.food_safety == gutjoint::load::profile::FoodSafety::Vulnerable,
    };
    let mut data = contract::assemble(catalog, week, &shopping, &settings);
    if needs_library(&doc.layout) {
        let (ids, filter) = select(catalog, &doc.filters, exclusions)?;
        data.library = Some(contract::library(catalog, &ids, filter));
    }
    Ok(data)
}

/// Where and how a document is rendered: the layouts found or given, the flags, the clinic's
/// files and the date it is made on.
pub fn render_options(
    doc: &DocumentArgs,
    inputs: &super::Inputs,
    clinic: &Clinic,
    today: time::Date,
    color: bool,
) -> RenderOptions {
    RenderOptions {
        layouts: inputs.layout_source(),
        layout: doc.layout.clone(),
        font_dirs: inputs.font_dirs(&doc.font_paths),
        today,
        color,
        files: clinic.layout_files(),
        standard: doc.pdf_standard.into(),
        names: clinic.origins.clone(),
    }
}

/// Says whether a layout prints a selection of the library (the book, the cards, a clinic's own
/// layouts) rather than only the planned week (the handout and the fridge sheet).
pub fn needs_library(layout: &str) -> bool {
    !matches!(layout, "handout" | "week")
}

/// Chooses the recipes for a book or cards: `--recipes-only`, `--tag` and `--meal`, and the
/// profile's exclusions when there is a profile. Returns the ids and the choice in words.
pub fn select(
    catalog: &Catalog,
    args: &FilterArgs,
    profile: Option<&Profile>,
) -> Result<(Vec<String>, Option<String>), Error> {
    let refuse = |message: String, hint: String| {
        Error::Input(Report {
            diagnostics: vec![gutjoint::diag::Diagnostic::error("", 0, 0, message).with_hint(hint)],
            ..Report::default()
        })
    };
    for id in &args.recipes_only {
        if catalog.get(id).is_none() {
            let near =
                gutjoint::diag::did_you_mean(id, catalog.recipes().iter().map(|r| r.id.as_str()));
            return Err(refuse(
                format!("--recipes-only names `{id}`, which is not a recipe here"),
                near.map_or_else(
                    || "`gutjoint recipes` lists the recipe ids".to_owned(),
                    |n| format!("did you mean `{n}`?"),
                ),
            ));
        }
    }
    let mut words: Vec<String> = Vec::new();
    if !args.recipes_only.is_empty() {
        words.push(format!("{} chosen recipes", args.recipes_only.len()));
    }
    words.extend(
        args.meals
            .iter()
            .map(|m| contract::meal_name(*m).to_lowercase()),
    );
    words.extend(args.tags.iter().map(|t| {
        match t {
            TagFilter::Fiber => "fibre",
            TagFilter::HighFiber => "high fibre",
            TagFilter::Polyphenol => "polyphenol-rich",
            TagFilter::Fermented => "fermented",
            TagFilter::Live => "live cultures",
            TagFilter::Omega3 => "omega-3",
            TagFilter::HighOmega3 => "high omega-3",
        }
        .to_owned()
    }));
    if let Some(p) = profile {
        words.push(match &p.name {
            Some(name) => format!("suited to {name}"),
            None => "suited to the profile".to_owned(),
        });
    }
    let ids: Vec<String> = catalog
        .recipes()
        .iter()
        .filter(|r| args.recipes_only.is_empty() || args.recipes_only.contains(&r.id))
        .filter(|r| args.meals.is_empty() || r.meals.iter().any(|m| args.meals.contains(m)))
        .filter(|r| {
            args.tags
                .iter()
                .all(|t| super::recipes::has_tag(&r.tags, *t))
        })
        .filter(|r| {
            profile.is_none_or(|p| {
                catalog
                    .analysis(&r.id)
                    .is_some_and(|a| gutjoint::plan::excluded_by(r, a, p, catalog).is_none())
            })
        })
        .map(|r| r.id.clone())
        .collect();
    if ids.is_empty() {
        return Err(refuse(
            "no recipe passes the filters".to_owned(),
            "drop a `--tag` or `--meal`, or check the profile's exclusions".to_owned(),
        ));
    }
    let filter = (!words.is_empty()).then(|| {
        let mut text = words.join(", ");
        if let Some(first) = text.get(..1) {
            text = first.to_uppercase() + text.get(1..).unwrap_or_default();
        }
        text
    });
    Ok((ids, filter))
}

/// Builds the handout and writes it to the output path; nothing is written on failure.
pub fn run(args: &BuildArgs, color: bool) -> Result<Done, Error> {
    let output = args.output();
    gutjoint::render::output::check_target(&output)?;
    check_named_inputs(args)?;
    let prepared = prepare(args, color)?;
    // Every input but the layout files has been read now: refuse before the long part.
    check_output(&output, &prepared.options)?;
    let rendered = render::render(prepared.data, &prepared.options)?;
    gutjoint::render::output::write(&output, &rendered.pdf, true)?;
    Ok(Done {
        output: format!(
            "wrote {} ({} pages, {} recipes)",
            output.display(),
            rendered.pages,
            prepared.recipes
        ),
        warnings: prepared.warnings,
        layout_warnings: prepared.font_warnings + &rendered.warnings,
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
    gutjoint::render::output::check_target(output)?;
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
