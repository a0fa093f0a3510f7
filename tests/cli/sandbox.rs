//! Layouts run in a sandbox: nothing outside the layouts folder, no packages, clear diagnostics.

use crate::{DATE, build_pages_in, clinic_with_edited_layout, fixture, gutjoint};

fn build_with_layout(dir: &std::path::Path, layout: &str) -> String {
    let out = tempfile::tempdir().unwrap();
    let out = out.path().join("out.pdf");
    let stderr = gutjoint(&[
        "build",
        "--layouts",
        dir.to_str().unwrap(),
        "--layout",
        layout,
        "-o",
        out.to_str().unwrap(),
        "--date",
        DATE,
    ])
    .fails_with(1);
    assert!(!out.exists(), "a failed build wrote a file");
    stderr
}

#[test]
fn absolute_paths_stay_inside_the_layouts_folder() {
    // `/etc/passwd` in a layout means the layouts folder's own `etc/passwd`, which is not there.
    let stderr = build_with_layout(&fixture("layouts"), "read-passwd");
    assert!(stderr.contains("file not found"), "{stderr}");
    assert!(stderr.contains("read-passwd.typ:2"), "{stderr}");
    assert!(!stderr.contains("root:x:0"), "{stderr}");
}

#[test]
fn parent_paths_cannot_escape() {
    // `..` cannot climb out of the layouts folder.
    let stderr = build_with_layout(&fixture("layouts"), "read-parent");
    assert!(stderr.contains("would escape the project root"), "{stderr}");
    assert!(
        !stderr.contains("--root"),
        "a Typst CLI hint leaked: {stderr}"
    );
    assert!(stderr.contains("read-parent.typ:2"), "{stderr}");
}

#[test]
fn symlinks_cannot_escape() {
    // A symlink inside the layouts folder that points outside it is refused.
    let dir = tempfile::tempdir().unwrap();
    let secret = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(secret.path(), "a secret").unwrap();
    std::os::unix::fs::symlink(secret.path(), dir.path().join("secret.txt")).unwrap();
    std::fs::write(dir.path().join("leak.typ"), "#read(\"secret.txt\")\n").unwrap();
    let stderr = build_with_layout(dir.path(), "leak");
    assert!(
        stderr.contains("layout file `secret.txt` is a link to a file outside the layouts folder"),
        "{stderr}"
    );
    assert!(!stderr.contains("a secret"), "{stderr}");
}

#[test]
fn packages_are_refused() {
    // Layouts cannot download packages: a clinic's handout never depends on the network.
    let stderr = build_with_layout(&fixture("layouts"), "package");
    assert!(
        stderr.contains("packages such as `@preview/example:0.1.0` are not available"),
        "{stderr}"
    );
}

#[test]
fn layout_errors_name_the_file_and_line() {
    // A syntax error in a user's layout is a Typst diagnostic with its place, not a crash.
    let stderr = build_with_layout(&fixture("layouts"), "broken");
    assert!(stderr.contains("broken.typ:4"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn layouts_refuse_data_of_another_version() {
    // A layout written for another data version stops with its own message.
    let stderr = build_with_layout(&fixture("layouts"), "old-version");
    assert!(
        stderr.contains("this layout needs data version 99"),
        "{stderr}"
    );
}

#[test]
fn a_layouts_folder_without_the_recipe_page_file_is_named() {
    // The handout includes each recipe's page as `/recipes/ID/page.typ`, which is the layouts'
    // `lib/recipe-file.typ`; a copy of the layouts that lost it gets a message saying so.
    let dir = tempfile::tempdir().unwrap();
    gutjoint(&["init", dir.path().to_str().unwrap(), "--with-layouts"]).success();
    let layouts = dir.path().join("layouts");
    std::fs::remove_file(layouts.join("lib/recipe-file.typ")).unwrap();
    let stderr = build_with_layout(&layouts, "handout");
    assert!(
        stderr.contains("is served from `lib/recipe-file.typ` of the layouts folder"),
        "{stderr}"
    );
    assert!(stderr.contains("handout.typ:"), "{stderr}");
}

#[test]
fn the_recipe_page_file_shapes_every_recipe_page() {
    // An edit to a copy of `lib/recipe-file.typ` shows on the page of every recipe of the week.
    let dir = clinic_with_edited_layout(
        "lib/recipe-file.typ",
        "#pagebreak(weak: true)\n",
        "#pagebreak(weak: true)\nFrom the recipe file: #page.recipe.id\n",
    );
    let pages = build_pages_in(dir.path());
    let marked = pages
        .iter()
        .filter(|p| p.contains("From the recipe file:"))
        .count();
    let recipes = pages.iter().filter(|p| p.contains("Method")).count();
    assert!(recipes >= 5, "{recipes} recipe pages");
    assert_eq!(marked, recipes);
}
