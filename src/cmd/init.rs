//! `gutjoint init`: a clinic folder to start from, which later commands find on their own.

use std::path::Path;

use anyhow::Context;

use super::Done;
use crate::cli::{InitArgs, SchemaKind};
use crate::error::{Error, Report};

const CLINIC: &str = "# yaml-language-server: $schema=schemas/clinic.json
# Clinic settings for gutjoint. `gutjoint build` run in this folder (or below it) uses them.
name: Your clinic name          # on the cover, in the footer and on the contact page
clinician: null                 # e.g. \"Sam Lee\"
credentials: null               # e.g. \"MCSP, HCPC registered\"
# address: |
#   12 River Street
#   Leeds LS1 1AA
phone: null
email: null
website: null                   # e.g. example.org/joints; the contact page prints a QR code to it
# logo: logo.png                # PNG, JPG or SVG in this folder
# logo-alt: \"What the logo shows, for screen readers\"
# accent: \"#1f5f5b\"           # your colour; too light a colour is darkened for text
# paper: us-letter              # a4 (the default) or us-letter
# disclaimer: \"Your own words; a standard disclaimer is printed otherwise.\"
# footer: \"The line at the foot of every page\"
contact: []                     # more lines, printed as written
hide-recipes: []                # bundled recipe ids you never want planned
education:
  length: full                  # full (4-6 pages) or short (2 pages)
  # sections: [axis, microbes, leaky-gut, butyrate, inflammaging, menopause, nsaids, what-to-do, first-two-weeks, safety]
  # files:                      # your own Typst sections, relative to this file
  #   class: sections/class.typ
";

const PROFILE: &str = "# yaml-language-server: $schema=../schemas/profile.json
# An example patient. Copy it for each patient; `gutjoint build --profile profiles/NAME.yaml`.
name: Example Patient
household: 2                    # people at each meal, 1-8
meals: [breakfast, lunch, dinner, snack]
diet: omnivore                  # omnivore, pescatarian, vegetarian, vegan
avoid-allergens: []             # e.g. [nuts, gluten]
avoid-ingredients: []           # e.g. [kimchi]
max-prep: 20                    # most hands-on minutes for any meal
leftovers: true                 # cook dinner once, eat it again at lunch
";

const RECIPES_README: &str =
    "Your own recipes, one `NAME.yaml` each (`gutjoint new recipe \"Title\"` writes one).
They are added to the bundled library; a file named like a bundled recipe replaces it.
An `ingredients.yaml` here adds to the bundled ingredient table.
";

/// Creates the clinic folder; refuses to touch one that already has a clinic.yaml.
pub fn run(args: &InitArgs) -> Result<Done, Error> {
    let dir = &args.dir;
    if dir.join("clinic.yaml").exists() {
        return Err(Error::Input(Report {
            diagnostics: vec![
                crate::diag::Diagnostic::error(
                    dir.join("clinic.yaml").display().to_string(),
                    0,
                    0,
                    "this folder already has a clinic.yaml",
                )
                .with_hint("run `gutjoint init` in a new folder, or edit the existing files"),
            ],
            ..Report::default()
        }));
    }
    let write = |rel: &str, text: &str| -> Result<(), Error> {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("failed to create `{}`", parent.display()))?;
        }
        std::fs::write(&path, text)
            .with_context(|| format!("failed to write `{}`", path.display()))?;
        Ok(())
    };
    for (kind, name) in [
        (SchemaKind::Recipe, "recipe"),
        (SchemaKind::Profile, "profile"),
        (SchemaKind::Clinic, "clinic"),
        (SchemaKind::Ingredients, "ingredients"),
        (SchemaKind::Patients, "patients"),
    ] {
        write(&format!("schemas/{name}.json"), &super::schema::run(kind))?;
    }
    write("clinic.yaml", CLINIC)?;
    write("profiles/example.yaml", PROFILE)?;
    write("recipes/README.txt", RECIPES_README)?;
    if args.with_layouts {
        let layouts = dir.join("layouts");
        copy_layouts(&layouts)?;
    }
    Ok(Done {
        output: format!(
            "created a clinic folder in `{}`: clinic.yaml, profiles/example.yaml, recipes/, schemas/{}\nnext: cd there and run `gutjoint build --profile profiles/example.yaml`",
            dir.display(),
            if args.with_layouts { ", layouts/" } else { "" }
        ),
        ..Done::default()
    })
}

fn copy_layouts(to: &Path) -> Result<(), Error> {
    std::fs::create_dir_all(to).with_context(|| format!("failed to create `{}`", to.display()))?;
    crate::render::bundled_layouts()
        .extract(to)
        .with_context(|| format!("failed to copy the layouts into `{}`", to.display()))?;
    Ok(())
}
