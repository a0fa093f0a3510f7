//! End-to-end tests of the `gutjoint` binary: one test binary, a fixture folder per case.

// A failed unwrap is how a test says what broke.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod attacks;
mod batch;
mod browser;
mod build;
mod catalogue;
mod check;
mod copied;
mod education;
mod fuzz;
mod hardening;
mod import;
mod layouts;
mod library;
mod locales;
mod nutrition;
mod onboarding;
mod pipeline;
mod planner;
mod positions;
mod runs;
mod sandbox;
mod serve;
mod session;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The fixed date every test builds for, so plans and PDFs are reproducible.
pub const DATE: &str = "2026-11-26";

/// A locale's one-line messages, from its `.ftl` files, as a layout prints them (typographic
/// apostrophes): `words("en-XA")["week-heading"]`.
pub fn words(locale: &str) -> std::collections::HashMap<String, String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(locale);
    let mut out = std::collections::HashMap::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        for line in std::fs::read_to_string(path).unwrap().lines() {
            if let Some((key, value)) = line.split_once(" = ")
                && !key.starts_with([' ', '#'])
            {
                out.insert(key.to_owned(), value.replace('\'', "’"));
            }
        }
    }
    out
}

/// Returns the path of a fixture under `tests/fixtures`.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// A small builder around one run of the binary.
pub struct Run {
    cmd: Command,
}

/// Starts a run of `gutjoint` with the given arguments, from the crate's folder, without colour.
pub fn gutjoint(args: &[&str]) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_gutjoint"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("--color=never")
        .args(args)
        .env_remove("SOURCE_DATE_EPOCH")
        .env("NO_COLOR", "1");
    Run { cmd }
}

impl Run {
    /// Runs from another folder.
    pub fn in_dir(mut self, dir: &Path) -> Self {
        self.cmd.current_dir(dir);
        self
    }

    /// Adds more arguments.
    pub fn args(mut self, args: &[&str]) -> Self {
        self.cmd.args(args);
        self
    }

    /// Sets an environment variable.
    pub fn env(mut self, key: &str, value: &str) -> Self {
        self.cmd.env(key, value);
        self
    }

    /// Runs and returns the output, whatever the exit code.
    pub fn output(mut self) -> Output {
        self.cmd.output().expect("the gutjoint binary should start")
    }

    /// Runs and asserts success, returning standard output.
    pub fn success(self) -> String {
        let out = self.output();
        assert!(
            out.status.success(),
            "gutjoint failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Runs and asserts the exit code, returning standard error.
    pub fn fails_with(self, code: i32) -> String {
        let out = self.output();
        assert_eq!(
            out.status.code(),
            Some(code),
            "stderr: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stderr).into_owned()
    }
}

/// The recipes `gutjoint recipes --format json` lists with these extra arguments (filters).
pub fn listed_recipes(args: &[&str]) -> Vec<serde_json::Value> {
    let mut all = vec!["recipes", "--format", "json"];
    all.extend_from_slice(args);
    let json: serde_json::Value = serde_json::from_str(&gutjoint(&all).success()).unwrap();
    json["recipes"].as_array().unwrap().clone()
}

/// Extracts the text of each page of a PDF, with runs of white space folded to one space.
pub fn pages_text(pdf: &[u8]) -> Vec<String> {
    pdf_extract::extract_text_from_mem_by_pages(pdf)
        .expect("the PDF should be readable")
        .into_iter()
        .map(|page| page.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

/// A clinic folder made by `gutjoint init --with-layouts`, with one layout file edited by
/// replacing `from` with `to`.
pub fn clinic_with_edited_layout(file: &str, from: &str, to: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    gutjoint(&["init", dir.path().to_str().unwrap(), "--with-layouts"]).success();
    let path = dir.path().join("layouts").join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "`{from}` is not in {file}");
    std::fs::write(&path, text.replace(from, to)).unwrap();
    dir
}

/// Builds the default handout in a folder and returns the text of its pages.
pub fn build_pages_in(dir: &std::path::Path) -> Vec<String> {
    gutjoint(&["build", "-o", "out.pdf", "--date", DATE])
        .in_dir(dir)
        .success();
    pages_text(&std::fs::read(dir.join("out.pdf")).unwrap())
}
