//! `gutjoint batch` and `gutjoint export`: a clinic's whole list in one run, bad rows reported and
//! skipped, stable names, the same bytes whatever the parallelism, and an export Typst compiles.

use std::path::Path;

use crate::{DATE, Run, gutjoint};

/// `gutjoint batch LIST --out-dir OUT --date DATE`, then any further arguments.
fn batch(list: &str, out: &Path, extra: &[&str]) -> Run {
    gutjoint(&[
        "batch",
        list,
        "--out-dir",
        out.to_str().unwrap(),
        "--date",
        DATE,
    ])
    .args(extra)
}

fn pdfs(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_mixed_yaml_list_writes_the_good_rows_and_names_the_bad_one() {
    // Two good patients, one typo, and the same patient twice: three PDFs with distinct names.
    let out = tempfile::tempdir().unwrap();
    let stderr = batch("tests/fixtures/patients/clinic-list.yaml", out.path(), &[]).fails_with(1);
    assert!(
        stderr.contains("tests/fixtures/patients/clinic-list.yaml:12:21"),
        "{stderr}"
    );
    assert!(stderr.contains("unknown allergen `nutz`"), "{stderr}");
    assert!(stderr.contains("wrote 3 of 4 handouts"), "{stderr}");
    let names = pdfs(out.path());
    assert_eq!(names.len(), 3, "{names:?}");
    assert!(
        names
            .iter()
            .filter(|n| n.starts_with("ana-example-"))
            .count()
            == 2,
        "{names:?}"
    );
    assert!(
        names.iter().any(|n| n.starts_with("ben-example-")),
        "{names:?}"
    );
    for name in &names {
        let bytes = std::fs::read(out.path().join(name)).unwrap();
        assert!(bytes.starts_with(b"%PDF-"), "{name}");
    }
    let ben = names.iter().find(|n| n.starts_with("ben")).unwrap();
    let text =
        pdf_extract::extract_text_from_mem(&std::fs::read(out.path().join(ben)).unwrap()).unwrap();
    assert!(
        text.contains("Ben Example"),
        "the patient's name is on the cover"
    );
}

#[test]
fn a_csv_list_works_the_same_way() {
    // One row per patient; a bad household on line 3 is reported with its line.
    let out = tempfile::tempdir().unwrap();
    let stderr = batch("tests/fixtures/patients/clinic-list.csv", out.path(), &[]).fails_with(1);
    assert!(
        stderr.contains("tests/fixtures/patients/clinic-list.csv:3:13"),
        "{stderr}"
    );
    assert!(
        stderr.contains("household must be a whole number from 1 to 8, not 9"),
        "{stderr}"
    );
    let names = pdfs(out.path());
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(
        names.iter().any(|n| n.starts_with("finn-o-brien-")),
        "names are safe slugs: {names:?}"
    );
}

#[test]
fn one_or_two_jobs_give_the_same_bytes_and_files_are_not_overwritten() {
    // Parallelism changes nothing in the output; an existing PDF needs --force.
    let list = "- name: Ana Example\n- name: Ben Example\n  diet: vegan\n- name: Cara Example\n  household: 4\n";
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("patients.yaml");
    std::fs::write(&file, list).unwrap();
    let (one, two) = (dir.path().join("one"), dir.path().join("two"));
    for (out, jobs) in [(&one, "1"), (&two, "2")] {
        batch(file.to_str().unwrap(), out, &["--jobs", jobs]).success();
    }
    let names = pdfs(&one);
    assert_eq!(names, pdfs(&two));
    assert_eq!(names.len(), 3);
    for name in &names {
        assert!(
            std::fs::read(one.join(name)).unwrap() == std::fs::read(two.join(name)).unwrap(),
            "{name} differs"
        );
    }
    // Run again, the batch resumes: every handout is there already and is kept.
    let before = std::fs::read(one.join(&names[0])).unwrap();
    std::fs::write(one.join(&names[0]), b"kept").unwrap();
    let stdout = batch(file.to_str().unwrap(), &one, &[]).success();
    assert!(
        stdout.contains("kept 3 existing handouts (use --force to rebuild)"),
        "{stdout}"
    );
    assert_eq!(std::fs::read(one.join(&names[0])).unwrap(), b"kept");
    batch(file.to_str().unwrap(), &one, &["--force"]).success();
    assert_eq!(std::fs::read(one.join(&names[0])).unwrap(), before);
}

/// A plain Typst world over an exported folder, as the Typst CLI sees it with
/// `--font-path fonts --ignore-system-fonts`: only the folder's files and its fonts.
struct ExportedFolder {
    library: typst::utils::LazyHash<typst::Library>,
    fonts: typst_kit::fonts::FontStore,
    files: typst_kit::files::FileStore<FolderFiles>,
    main: typst::syntax::FileId,
}

/// Reads a file of the exported folder.
struct FolderFiles {
    root: std::path::PathBuf,
}

impl typst_kit::files::FileLoader for FolderFiles {
    fn load(
        &self,
        id: typst::syntax::FileId,
    ) -> typst::diag::FileResult<typst::foundations::Bytes> {
        let path = id.vpath().realize(&self.root)?;
        std::fs::read(&path)
            .map(typst::foundations::Bytes::new)
            .map_err(|err| typst::diag::FileError::from_io(err, &path))
    }
}

impl ExportedFolder {
    fn new(root: &Path) -> Self {
        use typst::LibraryExt;
        let mut fonts = typst_kit::fonts::FontStore::new();
        for entry in std::fs::read_dir(root.join("fonts")).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "ttf" || e == "otf") {
                let bytes = typst::foundations::Bytes::new(std::fs::read(&path).unwrap());
                fonts.extend(typst::text::Font::iter(bytes).map(|font| {
                    let info = font.info().clone();
                    (font, info)
                }));
            }
        }
        let main = typst::syntax::VirtualPath::new("main.typ").unwrap();
        Self {
            library: typst::utils::LazyHash::new(typst::Library::builder().build()),
            fonts,
            files: typst_kit::files::FileStore::new(FolderFiles {
                root: root.to_path_buf(),
            }),
            main: typst::syntax::RootedPath::new(typst::syntax::VirtualRoot::Project, main)
                .intern(),
        }
    }
}

impl typst::World for ExportedFolder {
    fn library(&self) -> &typst::utils::LazyHash<typst::Library> {
        &self.library
    }
    fn book(&self) -> &typst::utils::LazyHash<typst::text::FontBook> {
        self.fonts.book()
    }
    fn main(&self) -> typst::syntax::FileId {
        self.main
    }
    fn source(&self, id: typst::syntax::FileId) -> typst::diag::FileResult<typst::syntax::Source> {
        self.files.source(id)
    }
    fn file(
        &self,
        id: typst::syntax::FileId,
    ) -> typst::diag::FileResult<typst::foundations::Bytes> {
        self.files.file(id)
    }
    fn font(&self, index: usize) -> Option<typst::text::Font> {
        self.fonts.font(index)
    }
    fn today(
        &self,
        _offset: Option<typst::foundations::Duration>,
    ) -> Option<typst::foundations::Datetime> {
        typst::foundations::Datetime::from_ymd(2026, 11, 26)
    }
}

#[test]
fn an_export_compiles_to_the_same_document() {
    // The exported project, compiled by the Typst crates in a plain world over the folder (its
    // files and its fonts only, as the Typst CLI would), gives the same pages and text.
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("project");
    gutjoint(&["export", project.to_str().unwrap(), "--date", DATE]).success();
    for file in [
        "main.typ",
        "data.json",
        "lib/theme.typ",
        "fonts/AtkinsonHyperlegibleNext_400Regular.ttf",
    ] {
        assert!(project.join(file).is_file(), "{file} missing");
    }
    let native = dir.path().join("native.pdf");
    gutjoint(&["build", "-o", native.to_str().unwrap(), "--date", DATE]).success();
    let world = ExportedFolder::new(&project);
    let document = typst::compile::<typst_layout::PagedDocument>(&world)
        .output
        .unwrap_or_else(|errors| panic!("the export does not compile: {errors:?}"));
    let exported = typst_pdf::pdf(&document, &typst_pdf::PdfOptions::default())
        .unwrap_or_else(|errors| panic!("the export does not export: {errors:?}"));
    let a = pdf_extract::extract_text_from_mem_by_pages(&std::fs::read(&native).unwrap()).unwrap();
    let b = pdf_extract::extract_text_from_mem_by_pages(&exported).unwrap();
    assert_eq!(a.len(), b.len(), "page counts differ");
    assert_eq!(a, b, "the text differs");
    // An export never writes into a folder that has files in it.
    gutjoint(&["export", project.to_str().unwrap(), "--date", DATE]).fails_with(1);
}

#[test]
fn a_batch_of_books_gives_each_patient_only_what_suits_them() {
    // Two patients: a vegan and an omnivore. Each book holds the recipes their profile allows.
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("two.yaml");
    std::fs::write(
        &list,
        "- name: Vee Gan\n  diet: vegan\n- name: Omni Vore\n  diet: omnivore\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    let stderr = batch(
        list.to_str().unwrap(),
        &out,
        &["--layout", "book", "--meal", "dinner"],
    )
    .output();
    assert!(
        stderr.status.success(),
        "{}",
        String::from_utf8_lossy(&stderr.stderr)
    );
    let titles = |args: &[&str]| -> Vec<String> {
        crate::listed_recipes(args)
            .iter()
            .filter(|r| r["meals"].as_array().unwrap().iter().any(|m| m == "dinner"))
            .map(|r| r["title"].as_str().unwrap().to_owned())
            .collect()
    };
    let vegan = titles(&["--diet", "vegan"]);
    let every = titles(&[]);
    for name in pdfs(&out) {
        let pages = crate::pages_text(&std::fs::read(out.join(&name)).unwrap());
        let printed: Vec<&String> = every
            .iter()
            .filter(|t| pages.iter().any(|p| p.starts_with(t.as_str())))
            .collect();
        if name.starts_with("vee-gan") {
            assert!(
                pages[0].contains("Dinner, suited to Vee Gan"),
                "{}",
                pages[0]
            );
            assert_eq!(printed.len(), vegan.len(), "{name}: {printed:?}");
            assert!(
                printed.iter().all(|t| vegan.contains(t)),
                "{name}: {printed:?}"
            );
        } else {
            assert_eq!(printed.len(), every.len(), "{name}: {printed:?}");
        }
    }
    assert_eq!(pdfs(&out).len(), 2);
}

#[test]
fn pages_a_batch_predicts_for_the_week_table_are_the_recipe_pages() {
    // Once its first recipe has stayed on one page for three handouts, a worker hands the week
    // table the recipe pages it expects instead of letting the layout look them up, and renders
    // again when one is wrong (a large-print handout moves them all). Either way each handout
    // must be byte for byte what `build` makes for the same patient, which looks them up.
    let dir = tempfile::tempdir().unwrap();
    let row = |name: &str, large: bool| {
        format!("- name: {name}\n  seed: 7\n  household: 2\n  large-print: {large}\n")
    };
    let list: String = ["Ana", "Ben", "Cara", "Dev", "Eli"]
        .iter()
        .map(|n| row(n, false))
        .chain([row("Fay", true)])
        .collect();
    let file = dir.path().join("patients.yaml");
    std::fs::write(&file, &list).unwrap();
    let out = dir.path().join("out");
    batch(file.to_str().unwrap(), &out, &["--jobs", "1"]).success();
    for (name, large) in [("Eli", false), ("Fay", true)] {
        let profile = dir.path().join(format!("{name}.yaml"));
        std::fs::write(
            &profile,
            row(name, large)
                .trim_start_matches("- ")
                .replace("\n  ", "\n"),
        )
        .unwrap();
        let built = dir.path().join(format!("{name}.pdf"));
        gutjoint(&[
            "build",
            "--profile",
            profile.to_str().unwrap(),
            "-o",
            built.to_str().unwrap(),
            "--date",
            DATE,
        ])
        .success();
        let slug = name.to_lowercase() + "-";
        let batched = pdfs(&out)
            .into_iter()
            .find(|f| f.starts_with(&slug))
            .unwrap_or_else(|| panic!("no PDF for {name}"));
        assert!(
            std::fs::read(&built).unwrap() == std::fs::read(out.join(&batched)).unwrap(),
            "{name}: the batch's handout differs from the built one"
        );
    }
}
