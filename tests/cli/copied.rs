//! No run of seven words or more in the handout's own text is shared with the article this
//! project grew from. The article is someone else's text, so it never enters the repository: only
//! hashes of its seven-word runs do (`tests/fixtures/article-runs.txt`, written by
//! `scripts/article-hashes.sh`), and the test compares hashes.

use std::collections::BTreeSet;
use std::path::Path;

use crate::runs::{HASHES, RUN, fold, run_hashes, words};
use crate::{DATE, gutjoint};

fn article_hashes() -> BTreeSet<u64> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(HASHES);
    let text = std::fs::read_to_string(&path).expect("the article's run hashes");
    text.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| u64::from_str_radix(l.trim(), 16).expect("a hex hash"))
        .collect()
}

/// Every Typst file and locale file (the layouts' words) under a folder, as text.
fn typst_sources(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            typst_sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "typ" || e == "ftl") {
            out.push((
                path.display().to_string(),
                std::fs::read_to_string(&path).unwrap(),
            ));
        }
    }
}

/// The runs of `text` that are the article's, as the words of the text.
fn shared_runs(text: &str, article: &BTreeSet<u64>) -> Vec<String> {
    words(text)
        .windows(RUN)
        .filter(|run| article.contains(&gutjoint::stable_hash(&run.join(" "))))
        .map(|run| run.join(" "))
        .collect()
}

#[test]
fn spellings_fold_and_runs_hash_the_same_way() {
    // "fibre" and "fiber", "randomised" and "randomized" give the same run, so a respelling
    // does not hide a copied run.
    assert_eq!(
        run_hashes("Fibre feeds the bacteria that make randomised butyrate today."),
        run_hashes("fiber feeds the bacteria that make randomized butyrate today")
    );
    assert_eq!(fold("colour"), "color");
    assert_eq!(fold("centre"), "center");
    assert_eq!(fold("oestrogen"), "estrogen");
    assert_eq!(words("don't in-\nflame"), vec!["dont", "inflame"]);
    assert_eq!(run_hashes("one two three four five six").len(), 0);
}

#[test]
fn the_handout_shares_no_seven_word_run_with_the_source_article() {
    // The layouts' and the locales' text (both lengths of every section, the diagrams, the
    // glossary, in every locale) and the printed
    // default, short and book documents hold no run of seven words found in the article.
    let article = article_hashes();
    assert!(
        article.len() > 1000,
        "only {} article runs: regenerate {HASHES} with scripts/article-hashes.sh",
        article.len()
    );
    let mut texts = Vec::new();
    for folder in ["layouts", "locales"] {
        typst_sources(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join(folder),
            &mut texts,
        );
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("clinic.yaml"),
        "name: Short Clinic\neducation:\n  length: short\n",
    )
    .unwrap();
    let clinic = dir.path().join("clinic.yaml");
    for (name, extra) in [
        ("handout", vec![]),
        ("short handout", vec!["--clinic", clinic.to_str().unwrap()]),
        ("book", vec!["--layout", "book"]),
    ] {
        let out = dir.path().join("o.pdf");
        let mut args = vec!["build", "-o", out.to_str().unwrap(), "--date", DATE];
        args.extend(extra);
        gutjoint(&args).success();
        let pages =
            pdf_extract::extract_text_from_mem_by_pages(&std::fs::read(&out).unwrap()).unwrap();
        texts.push((name.to_owned(), pages.join("\n")));
    }
    let mut found = Vec::new();
    for (name, text) in &texts {
        for run in shared_runs(text, &article) {
            found.push(format!("{name}: \"{run}\""));
        }
    }
    assert!(
        found.is_empty(),
        "runs shared with the article:\n{}",
        found.join("\n")
    );
}
