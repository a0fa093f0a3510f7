//! `gutjoint init`: a clinic folder to start from, which later commands find on their own.

use std::path::Path;

use anyhow::Context;

use super::Done;
use crate::cli::{InitArgs, SchemaKind};
use gutjoint::error::{Error, Report};

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
                gutjoint::diag::Diagnostic::error(
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
    // Every file is checked before any is written, so a refused init leaves the folder as it was.
    let names = ["recipe", "profile", "clinic", "ingredients", "patients"];
    let mut planned: Vec<String> = names.iter().map(|n| format!("schemas/{n}.json")).collect();
    planned
        .extend(["clinic.yaml", "profiles/example.yaml", "recipes/README.txt"].map(String::from));
    if args.with_layouts {
        planned.extend(bundled_files(
            gutjoint::render::bundled_layouts(),
            "layouts",
        ));
    }
    if let Some(there) = planned
        .iter()
        .map(|rel| dir.join(rel))
        .find(|path| path.symlink_metadata().is_ok())
    {
        return Err(already_there(&there));
    }
    // Nor through a link to a folder elsewhere (`layouts` -> /somewhere).
    for rel in &planned {
        let mut at = dir.to_path_buf();
        for part in Path::new(rel)
            .parent()
            .into_iter()
            .flat_map(Path::components)
        {
            at.push(part);
            if at
                .symlink_metadata()
                .is_ok_and(|m| m.file_type().is_symlink())
            {
                return Err(already_there(&at));
            }
        }
    }
    let write = |rel: &str, text: &str| -> Result<(), Error> {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("failed to create `{}`", parent.display()))?;
        }
        write_new(&path, text.as_bytes())
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
    fn copy(dir: &include_dir::Dir, to: &Path) -> Result<(), Error> {
        for file in dir.files() {
            write_new(&to.join(file.path()), file.contents())?;
        }
        for sub in dir.dirs() {
            let path = to.join(sub.path());
            std::fs::create_dir_all(&path)
                .with_context(|| format!("failed to create `{}`", path.display()))?;
            copy(sub, to)?;
        }
        Ok(())
    }
    std::fs::create_dir_all(to).with_context(|| format!("failed to create `{}`", to.display()))?;
    copy(gutjoint::render::bundled_layouts(), to)
}

/// The paths of every file of an embedded folder, below `prefix`.
fn bundled_files(dir: &include_dir::Dir, prefix: &str) -> Vec<String> {
    let mut out: Vec<String> = dir
        .files()
        .map(|f| format!("{prefix}/{}", f.path().display()))
        .collect();
    for sub in dir.dirs() {
        out.extend(bundled_files(sub, prefix));
    }
    out
}

/// Writes a new file, never replacing one that is there (nor following a link in its place):
/// `init` in a folder that already holds some of its files keeps them and says which.
fn write_new(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    use std::io::Write;
    let file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path);
    match file {
        Ok(mut file) => file
            .write_all(bytes)
            .with_context(|| format!("failed to write `{}`", path.display()))
            .map_err(Error::from),
        Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => Err(already_there(path)),
        Err(err) => Err(anyhow::Error::new(err)
            .context(format!("failed to write `{}`", path.display()))
            .into()),
    }
}

/// The error for a file `init` would write that is already there (or a link in its place).
fn already_there(path: &Path) -> Error {
    Error::Input(Report {
        diagnostics: vec![
            gutjoint::diag::Diagnostic::error(
                path.display().to_string(),
                0,
                0,
                "this file is already there; `init` never replaces a file",
            )
            .with_hint("run `gutjoint init` in a new folder, or move the file away"),
        ],
        ..Report::default()
    })
}
