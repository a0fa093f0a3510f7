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
    // Each page's footer (the clinic, the title, the page number) is not part of the reading.
    pages[1..end]
        .iter()
        .map(|page| {
            page.lines()
                .filter(|l| {
                    let l = l.trim();
                    let page_number = l
                        .strip_prefix("Page ")
                        .is_some_and(|n| n.chars().all(|c| c.is_ascii_digit()));
                    !l.contains("Eating for your joints") && !page_number
                })
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect()
}

/// The sources: the page that starts with "Sources" and the pages the list runs on to.
fn sources_page(pages: &[String]) -> String {
    let start = pages
        .iter()
        .position(|p| p.trim_start().starts_with("Sources"))
        .expect("a sources page");
    let more = pages[start + 1..]
        .iter()
        .take_while(|p| {
            let p = p.trim_start();
            p.starts_with('[') && p[1..].starts_with(|c: char| c.is_ascii_digit())
        })
        .count();
    pages[start..=start + more].join("\n")
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

/// Splits a text into sentences the way a reader takes them: at ".", "!" and "?", and at the end
/// of a line without punctuation (a heading, a list item) when the next line starts anew.
fn sentences(text: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut current: Vec<String> = Vec::new();
    // The PDF text can run two paragraphs together ("varied.In older people"): a full stop
    // straight before a capital letter still ends the sentence.
    let mut spaced = String::with_capacity(text.len());
    let mut prev = ' ';
    for c in text.chars() {
        if matches!(prev, '.' | '!' | '?') && c.is_uppercase() {
            spaced.push(' ');
        }
        spaced.push(c);
        prev = c;
    }
    let text = spaced.as_str();
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    for (i, line) in lines.iter().enumerate() {
        for token in line.split_whitespace() {
            let letters: String = token.chars().filter(|c| c.is_alphabetic()).collect();
            if !letters.is_empty() {
                current.push(letters);
            }
            if (token.ends_with(['.', '!', '?']) || token.ends_with(".)")) && !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
        }
        let ends_sentence = line.ends_with(['.', '!', '?', ')', ']']);
        let next_starts = lines
            .get(i + 1)
            .is_none_or(|n| n.starts_with(|c: char| c.is_uppercase() || c == '•' || c == '–'));
        if !ends_sentence && next_starts && !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// The Flesch-Kincaid grade of a text.
pub(crate) fn flesch_kincaid(text: &str) -> f64 {
    let sentences = sentences(text);
    let words: usize = sentences.iter().map(Vec::len).sum();
    let syl: usize = sentences.iter().flatten().map(|w| syllables(w)).sum();
    let (w, s, y) = (
        words.max(1) as f64,
        sentences.len().max(1) as f64,
        syl as f64,
    );
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
    assert_eq!(sentences("One two.\nThree\nFour five six.").len(), 3);
}

/// The built-in sections' headings, in the default order, as printed.
const SECTION_TITLES: &[&str] = &[
    "How your gut and joints talk",
    "Bacterial traces in the joint",
    "A leaky gut and LPS",
    "Butyrate: what your gut bacteria make from fibre",
    "Inflammaging: slow inflammation with age",
    "Menopause and your gut",
    "Painkillers (NSAIDs) and your gut",
    "What you can do",
    "Your first two weeks",
    "Safety notes",
];

/// The education text cut at each built-in section's heading: (title, text), lines kept.
fn sections_of(pages: &[String]) -> Vec<(&'static str, String)> {
    let text = education_pages(pages).join("\n");
    let lines: Vec<&str> = text.lines().collect();
    let flat = |from: usize| {
        lines[from..(from + 3).min(lines.len())]
            .join(" ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut starts: Vec<(usize, &'static str)> = SECTION_TITLES
        .iter()
        .map(|t| {
            let at = (0..lines.len())
                .find(|&i| !lines[i].trim().is_empty() && flat(i).starts_with(t))
                .unwrap_or_else(|| panic!("no section `{t}` in:\n{text}"));
            (at, *t)
        })
        .collect();
    starts.sort();
    starts
        .iter()
        .enumerate()
        .map(|(i, (at, title))| {
            let end = starts.get(i + 1).map_or(lines.len(), |(e, _)| *e);
            (*title, lines[*at..end].join("\n"))
        })
        .collect()
}

/// Builds the default handout in the given education length; returns its pages.
fn build_length(dir: &Path, length: &str) -> Vec<String> {
    if length == "full" {
        return build(dir, &[]);
    }
    std::fs::write(
        dir.join("clinic.yaml"),
        format!("name: Short Clinic\neducation:\n  length: {length}\n"),
    )
    .unwrap();
    let clinic = dir.join("clinic.yaml");
    build(dir, &["--clinic", clinic.to_str().unwrap()])
}

#[test]
fn every_section_reads_at_grade_7_or_below_in_both_lengths() {
    // Patients read these pages: every section, in the full and the short text, at US grade 7 or
    // lower, with no sentence over 25 words.
    for length in ["full", "short"] {
        let dir = tempfile::tempdir().unwrap();
        let pages = build_length(dir.path(), length);
        let sections = sections_of(&pages);
        assert_eq!(sections.len(), SECTION_TITLES.len());
        let all = education_pages(&pages).join("\n");
        println!(
            "{length}: all education pages, Flesch-Kincaid grade {:.1}",
            flesch_kincaid(&all)
        );
        let mut problems = Vec::new();
        for (title, text) in &sections {
            let grade = flesch_kincaid(text);
            println!("{length}: {title}: grade {grade:.1}");
            if grade > 7.0 {
                problems.push(format!("{length} `{title}` reads at grade {grade:.1}"));
            }
            for sentence in sentences(text) {
                if sentence.len() > 25 {
                    problems.push(format!(
                        "{length} `{title}`: a sentence of {} words: {}",
                        sentence.len(),
                        sentence.join(" ")
                    ));
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
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
    let flat = sources.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains(
        "Wastyk HC, Fragiadakis GK, Perelman D, et al. Gut-microbiota-targeted diets modulate human immune status."
    ));
    assert!(flat.contains("USDA National Nutrient Database"));
}

/// Every caution CONTENT.md's safety sections list, each by the key phrases that must print in
/// the safety notes of both lengths. The one list of them.
const CAUTIONS: &[(&str, &[&str])] = &[
    ("the clinician comes first", &["supports", "clinician"]),
    ("keep prescribed medicines", &["Do not stop or change"]),
    (
        "keep taking arthritis medicines",
        &["DMARDs", "methotrexate"],
    ),
    (
        "warfarin: greens steady",
        &[
            "warfarin",
            "leafy greens",
            "steady",
            "anticoagulation clinic",
        ],
    ),
    ("vitamin K2 and warfarin", &["Vitamin K2"]),
    ("turmeric: liver injury", &["curcumin", "liver"]),
    ("turmeric: gallstones", &["gallstones"]),
    ("supplements in pregnancy", &["breastfeeding"]),
    (
        "turmeric: bleeding",
        &["apixaban", "aspirin", "clopidogrel"],
    ),
    ("turmeric: blood sugar", &["diabetes medicines"]),
    (
        "Boswellia: little safety data",
        &["Boswellia", "long-term safety"],
    ),
    ("bleeding: fish oil", &["fish oil"]),
    (
        "probiotics: weak immune system",
        &[
            "immune system",
            "biologics",
            "JAK inhibitors",
            "steroids",
            "chemotherapy",
        ],
    ),
    (
        "MAOIs and linezolid: tyramine",
        &["MAOI", "linezolid", "tyramine"],
    ),
    ("histamine intolerance", &["histamine"]),
    (
        "salt: blood pressure, heart and kidneys",
        &["blood pressure", "salty"],
    ),
    (
        "potassium: kidney disease",
        &["kidney disease", "potassium"],
    ),
    ("IBS: FODMAPs", &["IBS", "FODMAPs"]),
    ("pregnancy: no kombucha", &["kombucha"]),
    (
        "pregnancy: oily fish limit",
        &["oily fish no more than 2 times a week"],
    ),
    ("fibre and ferments slowly", &["2 to 3 weeks"]),
    ("cooked rice", &["Cool cooked rice within an hour"]),
    ("allergens", &["allergens"]),
    (
        "a hot, swollen joint",
        &["hot, red, swollen joint", "fever", "same day"],
    ),
    (
        "new swelling or morning stiffness",
        &["swelling", "30 minutes"],
    ),
];

/// Asserts that a text holds every caution's key phrases.
fn has_safety_notes(text: &str) {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let missing: Vec<String> = CAUTIONS
        .iter()
        .flat_map(|(caution, phrases)| {
            phrases
                .iter()
                .filter(|p| !text.contains(*p))
                .map(move |p| format!("{caution}: `{p}`"))
        })
        .collect();
    assert!(
        missing.is_empty(),
        "the safety notes lack:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_caution_prints_in_the_safety_notes_of_both_lengths() {
    // The safety notes print even when a clinic leaves other sections out, so each caution must be
    // in them, in the full and in the short text.
    for length in ["full", "short"] {
        let dir = tempfile::tempdir().unwrap();
        let pages = build_length(dir.path(), length);
        let (_, safety) = sections_of(&pages)
            .into_iter()
            .find(|(t, _)| *t == "Safety notes")
            .unwrap();
        has_safety_notes(&safety);
    }
}

/// The citation numbers in the order they first appear.
fn first_citations(text: &str) -> Vec<usize> {
    let mut seen = Vec::new();
    for n in citations(text) {
        if !seen.contains(&n) {
            seen.push(n);
        }
    }
    seen
}

#[test]
fn sources_are_numbered_in_order_of_first_citation() {
    // Vancouver style: the first source cited is [1], the next new one [2], and so on, in the
    // full and the short text and in a clinic's own order of sections; the list follows suit.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("reordered.yaml"),
        "name: Reordered\neducation:\n  sections: [nsaids, what-to-do, microbes, safety]\n",
    )
    .unwrap();
    let reordered = dir.path().join("reordered.yaml");
    let short = build_length(dir.path(), "short");
    let full = build(dir.path(), &[]);
    let custom = build(dir.path(), &["--clinic", reordered.to_str().unwrap()]);
    for (name, pages) in [("full", &full), ("short", &short), ("reordered", &custom)] {
        let order = first_citations(&education_pages(pages).join("\n"));
        let expected: Vec<usize> = (1..=order.len()).collect();
        assert_eq!(
            order, expected,
            "{name}: citations first appear in this order"
        );
        let sources = sources_page(pages);
        let listed = (1..100)
            .take_while(|n| sources.contains(&format!("[{n}]")))
            .count();
        assert_eq!(listed, order.len(), "{name}: every listed source is cited");
    }
    // The reordered handout starts with the NSAID section, so Bjarnason is its first source.
    let sources = sources_page(&custom)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let first = sources.find("point to this list. [1]").unwrap() + "point to this list. ".len();
    assert!(
        sources[first..]
            .trim_start_matches("[1]")
            .trim_start()
            .starts_with("Bjarnason I"),
        "{sources}"
    );
}

#[test]
fn every_journal_source_gives_initials_and_a_doi() {
    // Each journal article in the list names its authors with initials and carries its DOI.
    let dir = tempfile::tempdir().unwrap();
    let sources = sources_page(&build(dir.path(), &[]))
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let mut entries = Vec::new();
    // The list starts after the line that explains the numbers.
    let mut from = sources.find("point to this list.").unwrap_or(0);
    for n in 1..100 {
        let Some(at) = sources[from..].find(&format!("[{n}]")).map(|a| a + from) else {
            break;
        };
        let end = sources[at..]
            .find(&format!("[{}]", n + 1))
            .map_or(sources.len(), |e| e + at);
        entries.push(sources[at..end].to_owned());
        from = at;
    }
    let journals: Vec<&String> = entries
        .iter()
        .filter(|e| {
            // A journal reference has "year;volume": four digits, a semicolon, a digit.
            let b = e.as_bytes();
            (4..b.len().saturating_sub(1)).any(|i| {
                b[i] == b';'
                    && b[i + 1].is_ascii_digit()
                    && b[i - 4..i].iter().all(u8::is_ascii_digit)
            })
        })
        .collect();
    assert!(journals.len() >= 15, "{} journal sources", journals.len());
    for entry in journals {
        assert!(entry.contains("doi:10."), "no DOI: {entry}");
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
        "The gut-joint axis, as researchers think it may work.",
        "The NSAID loop:",
        "The four pillars:",
    ] {
        assert!(text.contains(caption), "{caption} missing in large print");
    }
    assert!(bytes.windows(4).filter(|w| *w == b"/Alt").count() >= 3);
    has_safety_notes(&education_pages(&large).join("\n"));
}

#[test]
fn a_vulnerable_patient_gets_the_food_safety_box() {
    // `food-safety: vulnerable` prints the food-safety box; a standard profile does not.
    let dir = tempfile::tempdir().unwrap();
    let profile = dir.path().join("p.yaml");
    std::fs::write(&profile, "name: Bea Example\nfood-safety: vulnerable\n").unwrap();
    let text = build(dir.path(), &["--profile", profile.to_str().unwrap()])
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for phrase in [
        "Food safety for you",
        "Cook eggs until the white and the yolk are solid",
        "British Lion",
        "Cook frozen vegetables until steaming hot",
        "smoked salmon",
    ] {
        assert!(text.contains(phrase), "`{phrase}` missing");
    }
    let standard = build(dir.path(), &[]).join(" ");
    assert!(!standard.contains("Food safety for you"));
}

#[test]
fn recipe_pages_carry_precautionary_allergens_and_food_safety() {
    // Dark chocolate "may contain" milk and soy; a rice dish carries the cooked-rice rule; a dish
    // with a runny egg says how to make it safe.
    let dir = tempfile::tempdir().unwrap();
    let text = build(
        dir.path(),
        &[
            "--layout",
            "book",
            "--recipes-only",
            "dark-chocolate-walnuts-strawberries,kimchi-edamame-rice-bowl,spanish-baked-eggs-peppers-white-beans",
        ],
    )
    .join(" ")
    .split_whitespace()
    .collect::<Vec<_>>()
    .join(" ");
    assert!(
        text.contains("May contain: milk, peanuts, soya"),
        "no may-contain line"
    );
    assert!(text.contains("Cooked rice: cool it within an hour"));
    assert!(text.contains("cook until the yolks are firm"));
}

/// The main message and the actions the cover must carry, by key phrase: the one list of them.
const MAIN_MESSAGE: &[&str] = &[
    "The main message",
    "The bacteria in your gut may affect inflammation in your joints",
    "We do not yet know if it eases joint pain",
    "Eat many kinds of plants",
    "Have a live fermented food each day",
    "Eat oily fish twice a week",
    "Build up slowly",
    "Keep taking your medicines",
];

#[test]
fn the_first_page_gives_the_main_message_and_the_actions() {
    // A patient meets the main message and the five actions on the cover, in normal and large
    // print, and the cover still ends with the disclaimer.
    let dir = tempfile::tempdir().unwrap();
    for extra in [vec![], vec!["--large-print", "--paper", "us-letter"]] {
        let pages = build(dir.path(), &extra);
        let cover = pages[0].split_whitespace().collect::<Vec<_>>().join(" ");
        for phrase in MAIN_MESSAGE {
            assert!(
                cover.contains(phrase),
                "{extra:?}: the cover lacks `{phrase}`: {cover}"
            );
        }
        assert!(
            cover.contains("does not replace"),
            "{extra:?}: no disclaimer on the cover"
        );
    }
}

#[test]
fn every_page_that_says_to_call_names_the_clinic_phone() {
    // With a phone, hours and an out-of-hours line, each page that tells the patient to call
    // prints them; without a phone the handout says "your GP practice or clinic".
    let dir = tempfile::tempdir().unwrap();
    for length in ["full", "short"] {
        std::fs::write(
            dir.path().join("clinic.yaml"),
            format!("name: Riverside Physio\nphone: 01234 567890\nhours: Monday to Friday, 8am to 6pm\nout-of-hours: NHS 111\neducation:\n  length: {length}\n"),
        )
        .unwrap();
        let clinic = dir.path().join("clinic.yaml");
        let pages = build(dir.path(), &["--clinic", clinic.to_str().unwrap()]);
        let mut calling = 0;
        for (i, page) in pages.iter().enumerate() {
            let flat = page.split_whitespace().collect::<Vec<_>>().join(" ");
            // "Call your ..." or "call Riverside Physio": an instruction to call, not "scientists
            // call this".
            let lower = flat.to_lowercase();
            let says_call = lower.contains("call your") || lower.contains("call riverside");
            if says_call {
                calling += 1;
                assert!(
                    flat.contains("01234 567890"),
                    "{length}: page {} says to call without the number: {flat}",
                    i + 1
                );
                if !flat.starts_with("Your care team") {
                    assert!(
                        flat.contains("NHS 111"),
                        "{length}: page {} lacks the out-of-hours line",
                        i + 1
                    );
                }
            }
        }
        assert!(calling >= 2, "{length}: only {calling} pages say to call");
    }
    let text = build(dir.path(), &[]).join(" ");
    assert!(text.contains("your GP practice or clinic"));
}
