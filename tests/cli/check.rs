//! `gutjoint check`: every problem in every file, with file, line, column and a fix.

use crate::{fixture, gutjoint};

#[test]
fn the_bundled_library_checks_clean() {
    // The recipes we ship pass our own checks.
    let stdout = gutjoint(&["check"]).success();
    let count: usize = stdout
        .split_whitespace()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!(count >= 48, "{stdout}");
    assert!(stdout.contains("no errors"), "{stdout}");
}

#[test]
fn bad_recipes_are_all_reported_with_file_line_and_hint() {
    // Four broken files give four located messages in one run, each with a hint, and exit 1.
    let stderr = gutjoint(&["check", "--recipes", "tests/fixtures/bad-recipes"]).fails_with(1);
    for located in [
        "tests/fixtures/bad-recipes/malformed.yaml:5:1",
        "tests/fixtures/bad-recipes/missing-field.yaml:1:1",
        "tests/fixtures/bad-recipes/unknown-key.yaml:3:1",
        "tests/fixtures/bad-recipes/unknown-unit.yaml:9:44",
    ] {
        assert!(
            stderr.contains(located),
            "missing `{located}` in:\n{stderr}"
        );
    }
    assert_eq!(stderr.matches("= hint:").count(), 4, "{stderr}");
    insta::assert_snapshot!(stderr);
}

#[test]
fn a_missing_recipes_folder_is_an_io_error() {
    // A folder that is not there is an I/O failure (exit 3) naming the folder.
    let missing = fixture("no-such-folder");
    let stderr = gutjoint(&["check", "--recipes", missing.to_str().unwrap()]).fails_with(3);
    assert!(stderr.contains("failed to read recipes folder"), "{stderr}");
}

#[test]
fn duplicate_ids_are_reported() {
    // `x.yaml` and `x.yml` would be the same recipe id; both files are named.
    let dir = tempfile::tempdir().unwrap();
    let good = std::fs::read(fixture("good-recipes/toast.yaml")).unwrap();
    std::fs::write(dir.path().join("toast.yaml"), &good).unwrap();
    std::fs::write(dir.path().join("toast.yml"), &good).unwrap();
    let stderr = gutjoint(&["check", "--recipes", dir.path().to_str().unwrap()]).fails_with(1);
    assert!(
        stderr.contains("recipe id `toast` is used twice"),
        "{stderr}"
    );
}
