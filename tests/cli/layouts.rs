//! The four layouts at both paper sizes and both print sizes, clinic branding, and the PDF
//! standards.

use crate::{DATE, fixture, gutjoint, listed_recipes, pages_text};

/// A4 and US Letter, in points, portrait.
const A4: (f64, f64) = (595.2756, 841.8898);
const LETTER: (f64, f64) = (612.0, 792.0);

/// Every page's size, in points, from the PDF's MediaBox entries.
fn page_sizes(pdf: &[u8]) -> Vec<(f64, f64)> {
    let text = String::from_utf8_lossy(pdf);
    text.match_indices("/MediaBox[")
        .map(|(at, key)| {
            let rest = &text[at + key.len()..];
            let numbers: Vec<f64> = rest[..rest.find(']').unwrap()]
                .split_whitespace()
                .map(|n| n.parse().unwrap())
                .collect();
            (numbers[2] - numbers[0], numbers[3] - numbers[1])
        })
        .collect()
}

/// Says whether a page is the paper, upright or turned.
fn is_paper((w, h): (f64, f64), paper: (f64, f64)) -> bool {
    let near = |a: f64, b: f64| (a - b).abs() < 0.5;
    (near(w, paper.0) && near(h, paper.1)) || (near(w, paper.1) && near(h, paper.0))
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

/// Builds one layout and returns the PDF, its pages' text and standard error.
fn build(args: &[&str]) -> (Vec<u8>, Vec<String>, String) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.pdf");
    let mut all = vec!["build", "--date", DATE, "-o", out.to_str().unwrap()];
    all.extend_from_slice(args);
    let output = gutjoint(&all).output();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "{args:?} failed: {stderr}");
    let pdf = std::fs::read(&out).unwrap();
    let pages = pages_text(&pdf);
    (pdf, pages, stderr)
}

/// The titles of the recipes a filter picks, from `gutjoint recipes --format json`.
fn titles(args: &[&str]) -> Vec<String> {
    listed_recipes(args)
        .iter()
        .map(|r| r["title"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn every_layout_builds_at_both_paper_sizes_and_in_large_print() {
    let library = titles(&[]).len();
    for layout in ["handout", "book", "cards", "week"] {
        for (paper, size) in [("a4", A4), ("us-letter", LETTER)] {
            for large in [false, true] {
                let mut args = vec!["--layout", layout, "--paper", paper];
                if large {
                    args.push("--large-print");
                }
                let (pdf, pages, stderr) = build(&args);
                let case = format!("{layout} on {paper}{}", if large { ", large" } else { "" });
                // No Typst warnings. The one warning a layout may give is the cards' note that
                // a recipe's method moved to the back of its card, which names the recipe.
                let unexpected: Vec<&str> = stderr
                    .lines()
                    .filter(|l| l.starts_with("warning:"))
                    .filter(|l| {
                        !(layout == "cards"
                            && l.contains(
                                "does not fit one card; its method is printed on the back",
                            ))
                    })
                    .collect();
                assert!(unexpected.is_empty(), "{case} printed warnings: {stderr}");
                let sizes = page_sizes(&pdf);
                assert_eq!(sizes.len(), pages.len(), "{case}: one MediaBox per page");
                assert!(
                    sizes.iter().all(|s| is_paper(*s, size)),
                    "{case}: a page is not {paper}: {sizes:?}"
                );
                // Tagged, accessible PDF/UA-1 with a title and a language.
                assert!(contains(&pdf, "/StructTreeRoot"), "{case}: not tagged");
                assert!(contains(&pdf, "/Lang(en)"), "{case}: no language");
                assert!(contains(&pdf, "pdfuaid:part"), "{case}: not PDF/UA");
                assert!(
                    contains(&pdf, "Eating for your joints"),
                    "{case}: no document title"
                );
                let all = pages.join("\n");
                match layout {
                    "handout" => {
                        assert!(pages[0].contains("Eating for your joints"), "{case}");
                        assert!(all.contains("Shopping list"), "{case}");
                        assert!(
                            pages.last().unwrap().starts_with("Your care team"),
                            "{case}"
                        );
                    }
                    "week" => {
                        assert!(pages[0].starts_with("Your week at a glance"), "{case}");
                        assert!(all.contains("Tick what you managed"), "{case}");
                        let shopping = pages
                            .iter()
                            .position(|p| p.starts_with("Shopping list"))
                            .unwrap();
                        // One sheet: the week on the front, the list on the back; large print
                        // takes a page more for each.
                        let front = if large { 2 } else { 1 };
                        assert_eq!(shopping, front, "{case}: the week takes {shopping} pages");
                        assert!(pages.len() <= front + 2, "{case}: {} pages", pages.len());
                    }
                    "book" => {
                        assert!(all.contains("Contents"), "{case}");
                        assert!(all.contains("Index"), "{case}");
                        for title in titles(&[]) {
                            assert!(all.contains(&title), "{case}: `{title}` is missing");
                        }
                        assert!(pages.len() > library, "{case}: a page per recipe at least");
                        if !large {
                            // Each recipe fits its page: its last box is on the page where its
                            // ingredients are (the spacing is chosen by counting, not measuring).
                            let starts = pages.iter().filter(|p| p.contains("Ingredients")).count();
                            let whole = pages
                                .iter()
                                .filter(|p| {
                                    p.contains("Ingredients") && p.contains("Why it helps:")
                                })
                                .count();
                            assert_eq!(starts, library, "{case}");
                            assert_eq!(whole, library, "{case}: a recipe ran onto a second page");
                        }
                    }
                    "cards" => {
                        // Front and back of every sheet: A6 four-up on A4, 4x6 in two-up on
                        // US Letter; in large print the sheet's halves, two-up.
                        let per_sheet = if paper == "a4" && !large { 4 } else { 2 };
                        assert_eq!(
                            pages.len(),
                            2 * library.div_ceil(per_sheet),
                            "{case}: {} pages for {library} cards",
                            pages.len()
                        );
                        for title in titles(&[]) {
                            assert!(all.contains(&title), "{case}: `{title}` is missing");
                        }
                    }
                    _ => unreachable!(),
                }
            }
        }
    }
}

#[test]
fn a_clinic_folder_brands_every_page_and_chooses_the_paper() {
    let clinic = fixture("clinics/branded");
    // `--clinic DIR` finds the clinic.yaml in it; its `paper: us-letter` applies.
    let (pdf, pages, stderr) = build(&["--clinic", clinic.to_str().unwrap()]);
    assert!(page_sizes(&pdf).iter().all(|s| is_paper(*s, LETTER)));
    // The accent is too light for text: a located warning, and a darker shade for headings.
    assert!(
        stderr.contains("accent colour `#f2a65a` is too light for text")
            && stderr.contains("clinic.yaml:13"),
        "{stderr}"
    );
    let cover = &pages[0];
    for text in [
        "Riverside Physiotherapy",
        "Sam Example, MCSP, HCPC registered",
        "12 River Road",
        "Exampletown EX1 2AB",
        "Phone: 01234 567890",
        "Email: hello@riverside.example",
        "Web: riverside.example/joints",
        "Riverside's own words",
    ] {
        assert!(
            cover.contains(text),
            "`{text}` is not on the cover: {cover}"
        );
    }
    // The footer line on the inner pages, the contact page last with its QR code.
    assert!(
        pages[3].contains("Riverside Physiotherapy · 01234 567890"),
        "{}",
        pages[3]
    );
    let last = pages.last().unwrap();
    assert!(last.starts_with("Your care team"), "{last}");
    assert!(last.contains("Scan with a phone camera") && last.contains("Riverside's own words"));
    assert!(
        !last.contains("does not replace"),
        "the default disclaimer was replaced"
    );
    // The logo and the QR code are images with their descriptions for screen readers.
    assert!(contains(
        &pdf,
        "Riverside Physiotherapy, a river and a bridge"
    ));
    assert!(contains(&pdf, "QR code for riverside.example/joints"));
    // The flag still wins over the clinic's paper.
    let (pdf, _, _) = build(&["--clinic", clinic.to_str().unwrap(), "--paper", "a4"]);
    assert!(page_sizes(&pdf).iter().all(|s| is_paper(*s, A4)));
}

#[test]
fn branding_mistakes_are_located_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.pdf");
    let run = |case: &str| {
        let clinic = fixture(&format!("clinics/{case}/clinic.yaml"));
        gutjoint(&[
            "build",
            "--clinic",
            clinic.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ])
        .fails_with(1)
    };
    let stderr = run("bad-logo");
    for (message, line) in [
        (
            "logo `logo.gif` must be a `.png`, `.jpg`, `.jpeg`, `.svg` file inside the clinic folder",
            "clinic.yaml:3:",
        ),
        (
            "website `not a web site` is not a web address",
            "clinic.yaml:4:",
        ),
        ("accent colour `teal` is not a colour", "clinic.yaml:5:"),
    ] {
        assert!(stderr.contains(message), "{message}: {stderr}");
        assert!(stderr.contains(line), "{line}: {stderr}");
    }
    let stderr = run("outside");
    assert!(
        stderr.contains("logo `../branded/logo.png` must be a"),
        "a path with `..` is refused: {stderr}"
    );
    let stderr = run("fake-logo");
    assert!(
        stderr.contains("logo `logo.png` is not a PNG image"),
        "{stderr}"
    );
    assert!(!out.exists(), "a failed build wrote a file");
}

#[test]
fn the_pdf_standard_can_be_archival_or_none() {
    let (pdf, _, _) = build(&["--layout", "week", "--pdf-standard", "a-2b"]);
    assert!(contains(&pdf, "pdfaid:part") && contains(&pdf, "pdfuaid:part"));
    assert!(contains(&pdf, "/StructTreeRoot"));
    let (pdf, _, _) = build(&["--layout", "week", "--pdf-standard", "none"]);
    assert!(!contains(&pdf, "pdfaid:part") && !contains(&pdf, "pdfuaid:part"));
    // Still tagged, for screen readers.
    assert!(contains(&pdf, "/StructTreeRoot"));
}

#[test]
fn the_book_prints_only_the_chosen_recipes_in_chapters_with_true_page_numbers() {
    // High-fibre dinners: the cover says so, and every such recipe and no other is in the book.
    let (_, pages, _) = build(&[
        "--layout",
        "book",
        "--tag",
        "high-fiber",
        "--meal",
        "dinner",
    ]);
    let chosen: Vec<String> = listed_recipes(&["--tag", "high-fiber"])
        .iter()
        .filter(|r| r["meals"].as_array().unwrap().iter().any(|m| m == "dinner"))
        .map(|r| r["title"].as_str().unwrap().to_owned())
        .collect();
    assert!(chosen.len() >= 5, "{chosen:?}");
    assert!(pages[0].contains("Dinner, high fibre"), "{}", pages[0]);
    let recipe_pages: Vec<usize> = chosen
        .iter()
        .map(|title| {
            let found: Vec<usize> = pages
                .iter()
                .enumerate()
                .filter(|(_, p)| p.starts_with(title.as_str()))
                .map(|(i, _)| i + 1)
                .collect();
            assert_eq!(found.len(), 1, "`{title}` should open exactly one page");
            found[0]
        })
        .collect();
    for title in titles(&[]).iter().filter(|t| !chosen.contains(t)) {
        assert!(
            !pages.iter().any(|p| p.starts_with(title.as_str())),
            "`{title}` is not a high-fibre dinner"
        );
    }
    // The contents name every recipe with the page it is on.
    let contents = pages.iter().find(|p| p.starts_with("Contents")).unwrap();
    for (title, page) in chosen.iter().zip(&recipe_pages) {
        assert!(
            contents.contains(title.as_str()),
            "`{title}` not in contents"
        );
        assert!(
            contents.split_whitespace().any(|w| w == page.to_string()),
            "page {page} of `{title}` is not in the contents: {contents}"
        );
    }
    // Recipes never split: each starts a page and the next page starts something else.
    assert!(recipe_pages.windows(2).all(|w| w[1] == w[0] + 1));
}

#[test]
fn a_book_for_a_patient_leaves_out_what_their_profile_excludes() {
    let profile = fixture("profiles/relaxed.yaml");
    let (_, pages, stderr) = build(&["--layout", "book", "--profile", profile.to_str().unwrap()]);
    assert!(!stderr.contains("warning:"), "{stderr}");
    let vegan = titles(&["--diet", "vegan"]);
    let printed: Vec<String> = titles(&[])
        .into_iter()
        .filter(|t| pages.iter().any(|p| p.starts_with(t.as_str())))
        .collect();
    assert!(printed.len() >= 5, "{printed:?}");
    for title in &printed {
        assert!(vegan.contains(title), "`{title}` is not vegan");
    }
    assert!(
        printed.len() < vegan.len(),
        "the profile's allergens take out more"
    );
}

#[test]
fn cards_print_the_chosen_recipes_front_and_back() {
    let (_, pages, stderr) = build(&[
        "--layout",
        "cards",
        "--recipes-only",
        "overnight-oats-kefir-blueberries,miso-hummus-veg-sticks",
    ]);
    assert!(!stderr.contains("warning:"), "{stderr}");
    // One sheet: the fronts with the ingredients and the method, the backs with the rest.
    assert_eq!(pages.len(), 2, "{pages:?}");
    for title in [
        "Overnight oats with kefir and blueberries",
        "Miso hummus with carrot and pepper sticks",
    ] {
        assert!(pages[0].contains(title), "front: {}", pages[0]);
        assert!(pages[1].contains(title), "back: {}", pages[1]);
    }
    assert!(pages[0].contains("Ingredients") && pages[0].contains("Method"));
    assert!(pages[1].contains("Why it helps") && !pages[1].contains("Method"));
    assert!(
        !pages.join(" ").contains("Avocado"),
        "only the chosen recipes"
    );
}

#[test]
fn a_layout_that_breaks_pdf_ua_is_refused_with_its_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.pdf");
    let layouts = fixture("layouts-ua");
    let args = [
        "build",
        "--layouts",
        layouts.to_str().unwrap(),
        "--layout",
        "no-alt",
        "-o",
        out.to_str().unwrap(),
    ];
    let stderr = gutjoint(&args).fails_with(1);
    assert!(
        stderr.contains("PDF/UA-1 error: missing alt text"),
        "{stderr}"
    );
    assert!(stderr.contains("no-alt.typ:5"), "{stderr}");
    assert!(!out.exists());
    // Without a standard the same layout builds.
    gutjoint(&args).args(&["--pdf-standard", "none"]).success();
    assert!(out.exists());
}

#[test]
fn the_layouts_own_colours_keep_their_contrast_on_white() {
    // Text colours need 4.5:1 on white (WCAG AA); the pillar colours carry white icons and
    // letters, so they need 4.5:1 too.
    let theme = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("layouts/lib/theme.typ"),
    )
    .unwrap();
    let colour = |name: &str| {
        let line = theme
            .lines()
            .find(|l| l.trim_start().starts_with(name))
            .unwrap_or_else(|| panic!("no `{name}` in theme.typ"));
        let hex = line.split("rgb(\"#").nth(1).unwrap();
        let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).unwrap();
        (byte(0), byte(2), byte(4))
    };
    for name in [
        "#let ink",
        "#let muted",
        "fiber:",
        "polyphenol:",
        "fermented:",
        "omega3:",
    ] {
        let ratio = gutjoint::load::clinic::contrast(colour(name), (255, 255, 255));
        assert!(ratio >= 4.5, "`{name}` is {ratio:.2}:1 on white");
    }
}

#[test]
fn clinic_text_reaches_the_page_as_text_not_markup() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("clinic.yaml"),
        "name: \"#panic(\\\"boom\\\") *Bold* Clinic\"\nfooter: \"= Not a heading $x^2$\"\n\
         disclaimer: \"#eval(\\\"1 + 1\\\") <label> @ref\"\nphone: \"]) #{\"\n",
    )
    .unwrap();
    let (_, pages, _) = build(&["--clinic", dir.path().to_str().unwrap(), "--layout", "week"]);
    let (_, handout, _) = build(&["--clinic", dir.path().to_str().unwrap()]);
    assert!(
        handout[0].contains("#panic(\"boom\") *Bold* Clinic"),
        "{}",
        handout[0]
    );
    assert!(
        handout[0].contains("#eval(\"1 + 1\") <label> @ref"),
        "{}",
        handout[0]
    );
    assert!(
        handout[3].contains("= Not a heading $x^2$"),
        "{}",
        handout[3]
    );
    assert!(pages[0].contains("]) #{"), "{}", pages[0]);
}

#[test]
fn without_an_output_the_pdf_is_named_after_its_layout() {
    let dir = tempfile::tempdir().unwrap();
    let stdout = gutjoint(&["build", "--layout", "week", "--date", DATE])
        .in_dir(dir.path())
        .success();
    assert!(stdout.contains("wrote week.pdf"), "{stdout}");
    assert!(dir.path().join("week.pdf").exists());
    assert!(!dir.path().join("handout.pdf").exists());
}
