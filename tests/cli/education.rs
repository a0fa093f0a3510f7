//! The education pages: readable at grade 8 or below, every source cited and every citation
//! resolved, the safety notes always present, and sections a clinic can choose and replace.

use std::path::Path;

use crate::{DATE, gutjoint};

/// Builds a handout and returns each page's text, lines kept.
fn build(dir: &Path, extra: &[&str]) -> Vec<String> {
    let out = dir.join("h.pdf");
    let mut args = vec!["build", "-o", out.to_str().unwrap(), "--date", DATE];
    args.extend_from_slice(extra);
    gutjoint(&args).success();
    pdf_extract::extract_text_from_mem_by_pages(&std::fs::read(&out).unwrap()).unwrap()
}

/// The education pages: from the second page up to the key to the tags.
fn education_pages(pages: &[String]) -> Vec<String> {
    let end = pages
        .iter()
        .position(|p| p.contains("What the tags on the recipes mean"))
        .expect("the tag key page");
    pages[1..end].to_vec()
}

fn sources_page(pages: &[String]) -> String {
    pages
        .iter()
        .find(|p| p.trim_start().starts_with("Sources"))
        .expect("a sources page")
        .clone()
}

/// Counts syllables the way readability formulas do: groups of vowels, less a silent final e.
fn syllables(word: &str) -> usize {
    let w: Vec<char> = word
        .to_lowercase()
        .chars()
        .filter(|c| c.is_ascii_alphabetic())
        .collect();
    if w.is_empty() {
        return 0;
    }
    let vowel = |c: char| "aeiouy".contains(c);
    let mut count = 0;
    let mut prev = false;
    for &c in &w {
        let v = vowel(c);
        if v && !prev {
            count += 1;
        }
        prev = v;
    }
    let n = w.len();
    // A final e after a consonant is silent, except in "-ble", "-tle" and the like.
    let silent_e =
        n > 2 && w[n - 1] == 'e' && !vowel(w[n - 2]) && (w[n - 2] != 'l' || vowel(w[n - 3]));
    if silent_e {
        count -= 1;
    }
    if n > 2 && w[n - 2..] == ['e', 'd'] && !matches!(w[n - 3], 't' | 'd') && count > 1 {
        count -= 1;
    }
    count.max(1)
}

/// The Flesch-Kincaid grade of a text. Lines that end without punctuation (headings, list
/// items) end a sentence too, as a reader takes them.
pub(crate) fn flesch_kincaid(text: &str) -> f64 {
    let mut sentences = 0usize;
    let mut words = 0usize;
    let mut syl = 0usize;
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    for (i, line) in lines.iter().enumerate() {
        for token in line.split_whitespace() {
            let letters: String = token.chars().filter(|c| c.is_alphabetic()).collect();
            if !letters.is_empty() {
                words += 1;
                syl += syllables(&letters);
            }
            if token.ends_with(['.', '!', '?']) || token.ends_with(".)") {
                sentences += 1;
            }
        }
        let ends_sentence = line.ends_with(['.', '!', '?', ')', ']']);
        let next_starts = lines
            .get(i + 1)
            .is_none_or(|n| n.starts_with(|c: char| c.is_uppercase() || c == '•' || c == '–'));
        if !ends_sentence && next_starts {
            sentences += 1;
        }
    }
    let (w, s, y) = (words as f64, sentences.max(1) as f64, syl as f64);
    0.39 * w / s + 11.8 * y / w - 15.59
}

#[test]
fn readability_measures_like_the_usual_tools() {
    // The formula's parts behave: one-syllable words and short sentences score low.
    assert_eq!(syllables("cat"), 1);
    assert_eq!(syllables("butyrate"), 3);
    assert_eq!(syllables("inflammation"), 4);
    assert_eq!(syllables("cake"), 1);
    assert!(flesch_kincaid("The cat sat on the mat. The dog ran.") < 1.0);
    let hard = "Lipopolysaccharide translocation across compromised intestinal epithelium precipitates systemic inflammatory cascades.";
    assert!(flesch_kincaid(hard) > 16.0);
}

#[test]
fn education_pages_read_at_grade_8_or_below() {
    // Patients read these pages: each page, and all of them together, at US grade 8 or lower.
    let dir = tempfile::tempdir().unwrap();
    let pages = build(dir.path(), &[]);
    let education = education_pages(&pages);
    assert!(education.len() >= 4, "{} education pages", education.len());
    let all = education.join("\n");
    let grade = flesch_kincaid(&all);
    println!("education pages: Flesch-Kincaid grade {grade:.1}");
    assert!(grade <= 8.0, "the education pages read at grade {grade:.1}");
    for (i, page) in education.iter().enumerate() {
        let g = flesch_kincaid(page);
        assert!(g <= 9.0, "education page {} reads at grade {g:.1}", i + 2);
    }
}

/// Finds every citation number in a text: "[3]" and "[3, 7]".
fn citations(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find(']') else {
            break;
        };
        let inside = &rest[open + 1..open + close];
        let numbers: Vec<Option<usize>> =
            inside.split(',').map(|n| n.trim().parse().ok()).collect();
        if !numbers.is_empty() && numbers.iter().all(Option::is_some) {
            out.extend(numbers.into_iter().flatten());
        }
        rest = &rest[open + close..];
    }
    out
}

#[test]
fn every_source_is_cited_and_every_citation_resolves() {
    // Numbered citations in the text match the numbered sources, both ways.
    let dir = tempfile::tempdir().unwrap();
    let pages = build(dir.path(), &[]);
    let cited = citations(&education_pages(&pages).join("\n"));
    let sources = sources_page(&pages);
    let listed: Vec<usize> = (1..100)
        .take_while(|n| sources.contains(&format!("[{n}]")))
        .collect();
    assert!(listed.len() >= 17, "{} sources listed", listed.len());
    for n in &cited {
        assert!(listed.contains(n), "citation [{n}] has no source");
    }
    for n in &listed {
        assert!(cited.contains(n), "source [{n}] is never cited");
    }
    assert!(
        sources.contains(
            "Wastyk HC et al. Gut-microbiota-targeted diets modulate human immune status."
        )
    );
    assert!(sources.contains("USDA National Nutrient Database"));
}

fn has_safety_notes(text: &str) {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for needle in [
        "Do not stop or change",
        "warfarin",
        "immune system",
        "2 to 3 weeks",
        "allergens",
    ] {
        assert!(text.contains(needle), "the safety notes lack `{needle}`");
    }
}

#[test]
fn short_and_full_versions_both_carry_the_safety_notes() {
    // A clinic may print two pages or six; the safety notes are in both, and short is shorter.
    let dir = tempfile::tempdir().unwrap();
    let full = education_pages(&build(dir.path(), &[]));
    has_safety_notes(&full.join("\n"));
    std::fs::write(
        dir.path().join("clinic.yaml"),
        "name: Short Clinic\neducation:\n  length: short\n",
    )
    .unwrap();
    let clinic = dir.path().join("clinic.yaml");
    let short = education_pages(&build(dir.path(), &["--clinic", clinic.to_str().unwrap()]));
    has_safety_notes(&short.join("\n"));
    assert!(
        short.len() + 2 <= full.len(),
        "short {} pages, full {} pages",
        short.len(),
        full.len()
    );
    assert!(short.len() <= 3, "short is {} pages", short.len());
}

#[test]
fn a_clinic_chooses_replaces_and_adds_sections() {
    // Sections come in the clinic's order, a built-in one can be replaced by the clinic's own file,
    // one can be added, and the safety notes are kept even when left out of the list.
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("sections")).unwrap();
    std::fs::write(
        dir.path().join("sections/team.typ"),
        "= Meet our team\nOur physios run a joint class on Tuesdays.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("sections/axis.typ"),
        "= Our own words on the gut\nThe gut and joints are linked.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("clinic.yaml"),
        "name: Riverside Physio\neducation:\n  sections: [team, axis, nsaids]\n  files:\n    team: sections/team.typ\n    axis: sections/axis.typ\n",
    )
    .unwrap();
    let clinic = dir.path().join("clinic.yaml");
    let out = dir.path().join("h.pdf");
    let output = gutjoint(&[
        "build",
        "--clinic",
        clinic.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--date",
        DATE,
    ])
    .output();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("the safety notes were left out"),
        "{stderr}"
    );
    let pages = pdf_extract::extract_text_from_mem_by_pages(&std::fs::read(&out).unwrap()).unwrap();
    let text = education_pages(&pages).join("\n");
    let at = |s: &str| {
        text.find(s)
            .unwrap_or_else(|| panic!("`{s}` missing from:\n{text}"))
    };
    assert!(at("Meet our team") < at("Our own words on the gut"));
    assert!(at("Our own words on the gut") < at("NSAIDs"));
    assert!(
        !text.contains("How your gut and joints talk"),
        "the replaced section still printed"
    );
    has_safety_notes(&text);
    assert!(pages[0].contains("Riverside Physio"));
}

#[test]
fn clinic_mistakes_are_located() {
    // An unknown section gets a "did you mean"; a section file outside the clinic folder is refused.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("clinic.yaml"),
        "education:\n  sections: [axis, nsaid, safety]\n",
    )
    .unwrap();
    let clinic = dir.path().join("clinic.yaml");
    let out = dir.path().join("h.pdf");
    let stderr = gutjoint(&[
        "build",
        "--clinic",
        clinic.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ])
    .fails_with(1);
    assert!(
        stderr.contains("unknown education section `nsaid`"),
        "{stderr}"
    );
    assert!(stderr.contains("did you mean `nsaids`?"), "{stderr}");
    assert!(stderr.contains("clinic.yaml:2:"), "{stderr}");
    std::fs::write(
        dir.path().join("clinic.yaml"),
        "education:\n  files:\n    x: ../../../etc/passwd.typ\n",
    )
    .unwrap();
    let stderr = gutjoint(&[
        "build",
        "--clinic",
        clinic.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ])
    .fails_with(1);
    assert!(
        stderr.contains("must be a `.typ` file inside the clinic folder"),
        "{stderr}"
    );
    assert!(!out.exists());
}

#[test]
fn diagrams_render_with_alt_text_on_a4_and_letter() {
    // The three diagrams print on both paper sizes, each with alt text for screen readers.
    for paper in ["a4", "us-letter"] {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("h.pdf");
        let output = gutjoint(&[
            "build",
            "--paper",
            paper,
            "-o",
            out.to_str().unwrap(),
            "--date",
            DATE,
        ])
        .output();
        assert!(output.status.success());
        assert!(
            output.stderr.is_empty(),
            "warnings on {paper}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let bytes = std::fs::read(&out).unwrap();
        let alts = bytes.windows(4).filter(|w| *w == b"/Alt").count();
        assert!(alts >= 3, "{alts} alt texts on {paper}");
    }
}

#[test]
fn large_print_scales_the_pages_and_keeps_the_diagrams() {
    // At 16 pt the same handout needs more pages, and still builds cleanly with every diagram.
    let dir = tempfile::tempdir().unwrap();
    let normal = build(dir.path(), &[]);
    let out = dir.path().join("large.pdf");
    let output = gutjoint(&[
        "build",
        "--large-print",
        "-o",
        out.to_str().unwrap(),
        "--date",
        DATE,
    ])
    .output();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        output.stderr.is_empty(),
        "warnings: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let bytes = std::fs::read(&out).unwrap();
    let large = pdf_extract::extract_text_from_mem_by_pages(&bytes).unwrap();
    assert!(
        large.len() as f64 >= normal.len() as f64 * 1.2,
        "{} pages large, {} normal",
        large.len(),
        normal.len()
    );
    let text = large
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for caption in [
        "The gut-joint axis.",
        "The NSAID loop:",
        "The four pillars:",
    ] {
        assert!(text.contains(caption), "{caption} missing in large print");
    }
    assert!(bytes.windows(4).filter(|w| *w == b"/Alt").count() >= 3);
    has_safety_notes(&education_pages(&large).join("\n"));
}
