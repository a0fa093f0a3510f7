//! `gutjoint build`: the PDF has the right pages and text, is reproducible and safe.

use gutjoint::load::catalog::{Catalog, RecipeSource};
use gutjoint::load::profile::Profile;
use gutjoint::plan;

use crate::{DATE, fixture, gutjoint, pages_text};

pub fn planned_titles() -> Vec<String> {
    let catalog = Catalog::load(&RecipeSource::Bundled).unwrap().value;
    let date = time::Date::from_calendar_date(2026, time::Month::November, 26).unwrap();
    let week = plan::plan(&catalog, &Profile::default(), date).unwrap();
    week.recipe_ids()
        .iter()
        .map(|id| catalog.get(id).unwrap().title.clone())
        .collect()
}

#[test]
fn build_writes_a_handout_from_the_bundled_defaults() {
    // A new user runs `gutjoint build` in an empty folder and gets a complete handout.
    let dir = tempfile::tempdir().unwrap();
    let stdout = gutjoint(&["build", "--date", DATE])
        .in_dir(dir.path())
        .success();
    let pdf = std::fs::read(dir.path().join("handout.pdf")).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.path().join("handout.pdf"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(
            mode & 0o777,
            0o644,
            "the handout should be readable like any user file"
        );
    }
    assert!(pdf.starts_with(b"%PDF-"));
    let pages = pages_text(&pdf);
    assert!(
        stdout.contains(&format!("({} pages", pages.len())),
        "{stdout}"
    );

    let all = pages.join("\n");
    assert!(
        pages[0].contains("Eating for your joints"),
        "cover: {}",
        pages[0]
    );
    let flat = all.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains(
        "Wastyk HC, Fragiadakis GK, Perelman D, et al. Gut-microbiota-targeted diets modulate human immune status"
    ));
    assert!(all.contains("Do not stop or change any medicine"));

    assert_structure(&pages);
}

/// Checks the order of a default handout's pages: education, the week on one page, the coverage,
/// the nutrition page,
/// the shopping list on one page, then one page per planned recipe, in order.
fn assert_structure(pages: &[String]) {
    assert_structure_in(pages, "en-GB", &planned_titles());
}

/// The same, for a handout in a locale whose recipe titles are `titles`.
pub fn assert_structure_in(pages: &[String], locale: &str, titles: &[String]) {
    let words = crate::words(locale);
    let w = |key: &str| {
        words
            .get(key)
            .unwrap_or_else(|| panic!("{locale} lacks {key}"))
            .as_str()
    };
    let week = pages
        .iter()
        .position(|p| p.contains(w("week-heading")))
        .expect("a week page");
    assert!(
        week >= 5,
        "the education pages come first, but the week is on page {}",
        week + 1
    );
    assert!(
        pages[week + 1].starts_with(w("coverage-heading")),
        "{}",
        pages[week + 1]
    );
    assert!(
        pages[week + 2].starts_with(w("nutrition-heading")),
        "{}",
        pages[week + 2]
    );
    assert!(
        pages[week + 3].starts_with(w("shopping-heading")),
        "{}",
        pages[week + 3]
    );
    assert!(
        (5..=12).contains(&titles.len()),
        "the default week uses 5 to 12 recipes, not {}",
        titles.len()
    );
    // The Get ahead box follows the list, on the list's page or on one of its own.
    let ahead = usize::from(pages[week + 4].starts_with(w("get-ahead-heading")));
    assert!(
        pages[week + 3 + ahead].contains(w("get-ahead-heading")),
        "the Get ahead box follows the shopping list"
    );
    assert!(
        pages[week + 4 + ahead].starts_with(titles[0].as_str()),
        "the shopping list runs over a page"
    );
    let sources = week + 4 + ahead + titles.len();
    assert!(
        pages[sources]
            .trim_start()
            .starts_with(w("sources-heading"))
            && (2..=3).contains(&(pages.len() - sources)),
        "one page per recipe after the shopping list, then the sources (one or two pages) and the contact page"
    );
    let disclaimer: String = w("default-disclaimer").chars().take(30).collect();
    assert!(
        pages[pages.len() - 1].starts_with(w("care-team"))
            && pages[pages.len() - 1].contains(&disclaimer),
        "the last page is the contact page with the disclaimer: {}",
        pages[pages.len() - 1]
    );
    for (title, page) in titles.iter().zip(&pages[week + 4 + ahead..]) {
        assert!(
            page.starts_with(title.as_str()),
            "expected `{title}` at the top of: {page}"
        );
    }
    // The week table's references ("p. 16") are exactly the recipes' pages.
    let page_ref = w("page-ref")
        .split("{ $n }")
        .next()
        .unwrap_or("p. ")
        .to_owned();
    let referenced: std::collections::BTreeSet<usize> = pages[week]
        .split(page_ref.as_str())
        .skip(1)
        .filter_map(|rest| {
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            digits.parse().ok()
        })
        .collect();
    let recipe_pages: std::collections::BTreeSet<usize> =
        (week + 5 + ahead..week + 5 + ahead + titles.len()).collect();
    assert_eq!(referenced, recipe_pages, "{}", pages[week]);
}

#[test]
fn two_builds_are_byte_identical() {
    // The same inputs and SOURCE_DATE_EPOCH give the same bytes, so handouts can be archived and compared.
    let dir = tempfile::tempdir().unwrap();
    for name in ["a.pdf", "b.pdf"] {
        gutjoint(&["build", "-o", name])
            .in_dir(dir.path())
            .env("SOURCE_DATE_EPOCH", "1790000000")
            .success();
    }
    let a = std::fs::read(dir.path().join("a.pdf")).unwrap();
    let b = std::fs::read(dir.path().join("b.pdf")).unwrap();
    assert!(a == b, "two builds differ");
}

#[test]
fn paper_size_follows_the_flag() {
    // US clinics print on Letter: 612 x 792 points instead of A4's 595 x 842.
    let dir = tempfile::tempdir().unwrap();
    let letter = dir.path().join("letter.pdf");
    gutjoint(&[
        "build",
        "--paper",
        "us-letter",
        "-o",
        letter.to_str().unwrap(),
        "--date",
        DATE,
    ])
    .success();
    let bytes = std::fs::read(&letter).unwrap();
    assert!(contains(&bytes, b"MediaBox[0 0 612 792]"), "not US Letter");
    // The shorter page still keeps the week, the shopping list and each recipe to one page.
    assert_structure(&pages_text(&bytes));
    let a4 = dir.path().join("a4.pdf");
    gutjoint(&["build", "-o", a4.to_str().unwrap(), "--date", DATE]).success();
    assert!(
        !contains(&std::fs::read(&a4).unwrap(), b"MediaBox[0 0 612 792]"),
        "A4 came out as Letter"
    );
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn recipe_strings_are_printed_literally() {
    // A recipe is data: Typst markup in it is printed as typed, never run.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("attack.pdf");
    let recipes = fixture("injection");
    let profile = fixture("profiles/dinner-only.yaml");
    gutjoint(&[
        "build",
        "--recipes",
        recipes.to_str().unwrap(),
        "--profile",
        profile.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--date",
        DATE,
    ])
    .success();
    let all = pages_text(&std::fs::read(&out).unwrap()).join("\n");
    for literal in [
        r#"#read("/etc/passwd") and $x$ and *bold* and <label> and @ref"#,
        r#"Step with #read("/etc/passwd")"#,
        "= not a heading",
        "#let x = 1 _under_ `raw`",
        r#"#panic("no")"#,
        "#(1 + 1) stays as typed",
    ] {
        assert!(
            all.contains(literal),
            "`{literal}` was not printed literally"
        );
    }
    assert!(!all.contains("root:x:0"), "the layout read /etc/passwd");
}

#[test]
fn a_failed_build_leaves_the_previous_file_alone() {
    // A clinic's earlier handout survives a run that fails, and no temporary file is left behind.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("handout.pdf");
    std::fs::write(&out, b"the previous handout").unwrap();
    let recipes = fixture("bad-recipes");
    gutjoint(&[
        "build",
        "--recipes",
        recipes.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ])
    .fails_with(1);
    let layouts = fixture("layouts");
    gutjoint(&[
        "build",
        "--layouts",
        layouts.to_str().unwrap(),
        "--layout",
        "broken",
        "-o",
        out.to_str().unwrap(),
    ])
    .fails_with(1);
    assert_eq!(std::fs::read(&out).unwrap(), b"the previous handout");
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left, vec![std::ffi::OsString::from("handout.pdf")]);
}

#[test]
fn an_unwritable_output_is_an_io_error() {
    // A missing output folder is an I/O failure (exit 3) that names the path.
    let stderr = gutjoint(&[
        "build",
        "-o",
        "/nonexistent-folder/handout.pdf",
        "--date",
        DATE,
    ])
    .fails_with(3);
    assert!(stderr.contains("/nonexistent-folder"), "{stderr}");
}

#[test]
fn an_unknown_layout_suggests_the_right_name() {
    // A typo in --layout names the layout and offers the closest one.
    let stderr = gutjoint(&["build", "--layout", "hadnout", "--date", DATE]).fails_with(1);
    assert!(stderr.contains("unknown layout `hadnout`"), "{stderr}");
    assert!(stderr.contains("did you mean `handout`?"), "{stderr}");
}

#[test]
fn a_bad_flag_is_a_usage_error() {
    // Command-line mistakes exit with 2, as documented.
    gutjoint(&["build", "--paper", "a5"]).fails_with(2);
    gutjoint(&["build", "--date", "26/11/2026"]).fails_with(2);
}
