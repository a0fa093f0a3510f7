//! The error catalogue (docs/errors.md) and the code stay in step: every listed message still
//! exists in the code, and every error the fixtures provoke is listed.

use std::path::Path;

use crate::gutjoint;

/// The message patterns: every `### ` heading of the catalogue, `{…}` marking a varying part.
fn patterns() -> Vec<String> {
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/errors.md"))
            .unwrap();
    text.lines()
        .filter_map(|l| l.strip_prefix("### "))
        .map(str::to_owned)
        .collect()
}

/// Says whether a printed message matches a pattern, `{…}` matching any text.
fn matches(pattern: &str, message: &str) -> bool {
    let pieces: Vec<&str> = pattern.split("{…}").collect();
    let mut rest = message;
    for (i, piece) in pieces.iter().enumerate() {
        if i == 0 {
            let Some(r) = rest.strip_prefix(piece) else {
                return false;
            };
            rest = r;
        } else if i == pieces.len() - 1 {
            return piece.is_empty() || rest.ends_with(piece);
        } else {
            let Some(at) = rest.find(piece) else {
                return false;
            };
            rest = &rest[at + piece.len()..];
        }
    }
    rest.is_empty()
}

fn source_text() -> String {
    fn walk(dir: &Path, out: &mut String) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs" || e == "typ") {
                out.push_str(&std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    let mut out = String::new();
    // Layouts word their own warnings.
    for dir in ["src", "layouts"] {
        walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join(dir), &mut out);
    }
    out
}

#[test]
fn every_catalogued_message_exists_in_the_code() {
    // A message removed from the code must leave the catalogue too.
    let source = source_text();
    let patterns = patterns();
    assert!(patterns.len() >= 50, "only {} entries", patterns.len());
    for pattern in &patterns {
        let longest = pattern
            .split("{…}")
            .map(str::trim)
            .max_by_key(|p| p.len())
            .unwrap_or("");
        // Serde and the YAML parser word some messages themselves; their text is not ours.
        let from_libraries = [
            "invalid type",
            "invalid value",
            "duplicate",
            "cannot start any token",
            "limit exceeded",
            "did not find expected",
            "mapping values are not allowed",
        ];
        if from_libraries.iter().any(|l| longest.contains(l)) {
            continue;
        }
        assert!(
            source.contains(longest),
            "`{pattern}`: `{longest}` is not in the code any more"
        );
    }
}

#[test]
fn every_error_the_fixtures_provoke_is_catalogued() {
    // Run every broken fixture and look each printed error up in the catalogue.
    let patterns = patterns();
    let mut runs: Vec<Vec<String>> = Vec::new();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for case in std::fs::read_dir(fixtures.join("attacks")).unwrap() {
        let case = case.unwrap().path();
        if case
            .file_name()
            .is_some_and(|n| n != "layouts" && n != "round2")
        {
            runs.push(vec![
                "check".into(),
                "--recipes".into(),
                case.to_string_lossy().into_owned(),
            ]);
        }
    }
    for dir in ["bad-recipes", "tag-checks", "live-heat"] {
        runs.push(vec![
            "check".into(),
            "--recipes".into(),
            fixtures.join(dir).to_string_lossy().into_owned(),
        ]);
    }
    for profile in ["bad", "bad-names", "impossible"] {
        let path = fixtures.join(format!("profiles/{profile}.yaml"));
        runs.push(vec![
            "plan".into(),
            "--profile".into(),
            path.to_string_lossy().into_owned(),
        ]);
    }
    runs.push(vec![
        "build".into(),
        "--layout".into(),
        "hadnout".into(),
        "-o".into(),
        "/nonexistent-dir/x.pdf".into(),
    ]);
    runs.push(vec![
        "build".into(),
        "-o".into(),
        "/nonexistent-dir/x.pdf".into(),
    ]);
    runs.push(vec![
        "check".into(),
        "--recipes".into(),
        "/nonexistent-dir".into(),
    ]);
    for clinic in ["bad-logo", "outside", "fake-logo"] {
        runs.push(vec![
            "build".into(),
            "--clinic".into(),
            fixtures
                .join("clinics")
                .join(clinic)
                .to_string_lossy()
                .into_owned(),
            "-o".into(),
            "/nonexistent-dir/x.pdf".into(),
        ]);
    }
    for filter in [["--recipes-only", "overnight-oat"], ["--meal", "dinner"]] {
        let mut args: Vec<String> = ["build", "--layout", "book", "-o", "/nonexistent-dir/x.pdf"]
            .map(String::from)
            .to_vec();
        args.extend(filter.map(String::from));
        if filter[0] == "--meal" {
            // A breakfast asked for among dinners: nothing is left.
            args.extend(["--recipes-only", "overnight-oats-kefir-blueberries"].map(String::from));
        }
        runs.push(args);
    }
    let mut seen = 0;
    for args in runs {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = gutjoint(&args).output();
        let stderr = String::from_utf8_lossy(&out.stderr);
        for line in stderr.lines() {
            let Some(message) = line.strip_prefix("error: ") else {
                continue;
            };
            // The closing count, and an I/O error's cause after the context, are not messages.
            if message.starts_with("found ") && message.ends_with("in the input files") {
                continue;
            }
            let message = message.split(": No such file").next().unwrap_or(message);
            seen += 1;
            assert!(
                patterns.iter().any(|p| matches(p, message)),
                "`{message}` (from {args:?}) is not in docs/errors.md"
            );
        }
    }
    assert!(seen >= 25, "only {seen} errors provoked");
}

#[test]
fn patterns_match_as_intended() {
    // The matcher itself: literal parts in order, `{…}` for anything.
    assert!(matches("unknown recipe `{…}`", "unknown recipe `x-y`"));
    assert!(matches(
        "{…}unknown key `{…}`",
        "ingredients[0]: unknown key `qtty`"
    ));
    assert!(!matches("unknown recipe `{…}`", "unknown ingredient `x`"));
    assert!(!matches(
        "the title is empty",
        "the title is empty, and more"
    ));
}
