//! The locales: every word a layout prints or a patient reads, one folder per locale under
//! `locales/` (Project Fluent `.ftl` files and a `locale.yaml` of settings), embedded in the
//! binary. A locale also says how amounts are measured ([`units`]), how words are spelt in
//! recipe text ([`spelling`]), the paper and the reference values it defaults to.
//!
//! A new locale is a new folder: no Rust changes. `en-GB` is the default and the reference: every
//! other locale must hold every message it holds, or it is refused with the missing keys.

pub mod spelling;
pub mod units;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use include_dir::{Dir, include_dir};
use serde::Deserialize;
use time::Date;

use crate::contract::Paper;
use crate::diag::Diagnostic;
use crate::error::{Error, Report};
use crate::plan::references::Choice;

static BUNDLED: Dir = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// The locale used when neither the command line, the profile nor the clinic names one.
pub const DEFAULT: &str = "en-GB";

/// How a locale measures amounts in recipes and the shopping list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Measures {
    /// Grams, millilitres, spoons: as the recipes are written.
    Metric,
    /// Cups, spoons, ounces, pounds and fluid ounces, with the metric amount beside what a cook
    /// might weigh.
    UsCustomary,
}

/// A locale's `locale.yaml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct SettingsFile {
    /// The locale's name in its own language.
    name: String,
    /// The document's language, an ISO 639 code: `en`.
    lang: String,
    /// The document's region, an ISO 3166 code: `GB`.
    region: String,
    /// The paper when the clinic and the command line name none.
    paper: Paper,
    /// How amounts are measured.
    measures: Measures,
    /// The reference values when the clinic names none.
    references: Choice,
    /// A word list (in this folder) that respells recipe text: `spelling.yaml`.
    #[serde(default)]
    spelling: Option<String>,
}

/// One locale: its settings and its messages.
pub struct Locale {
    /// Its tag: `en-GB`.
    pub tag: String,
    /// Its name: "English (United Kingdom)".
    pub name: String,
    /// The document's language.
    pub lang: String,
    /// The document's region.
    pub region: String,
    /// The paper it defaults to.
    pub paper: Paper,
    /// How it measures.
    pub measures: Measures,
    /// The reference values it defaults to.
    pub references: Choice,
    /// How recipe text is respelt, if at all.
    pub spelling: spelling::WordList,
    bundle: FluentBundle<FluentResource>,
    keys: BTreeSet<String>,
}

impl std::fmt::Debug for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locale").field("tag", &self.tag).finish()
    }
}

/// The tags of the bundled locales, in order.
pub fn available() -> Vec<&'static str> {
    let mut tags: Vec<&str> = BUNDLED
        .dirs()
        .filter_map(|d| d.path().to_str())
        .filter(|tag| BUNDLED.get_file(format!("{tag}/locale.yaml")).is_some())
        .collect();
    tags.sort_unstable();
    tags
}

/// Every bundled locale, loaded once.
fn all() -> &'static Result<Vec<Arc<Locale>>, Vec<Diagnostic>> {
    static ALL: OnceLock<Result<Vec<Arc<Locale>>, Vec<Diagnostic>>> = OnceLock::new();
    ALL.get_or_init(load_all)
}

fn load_all() -> Result<Vec<Arc<Locale>>, Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let mut locales = Vec::new();
    for tag in available() {
        match load(tag) {
            Ok(locale) => locales.push(Arc::new(locale)),
            Err(mut d) => problems.append(&mut d),
        }
    }
    // Every locale holds every message of the default one: a missing word would print as its id.
    if let Some(reference) = locales.iter().find(|l| l.tag == DEFAULT) {
        for locale in &locales {
            for key in reference.keys.difference(&locale.keys) {
                problems.push(
                    Diagnostic::error(
                        format!("locales/{}", locale.tag),
                        0,
                        0,
                        format!("locale {} has no message `{key}`", locale.tag),
                    )
                    .with_hint(format!(
                        "add `{key} = ...` to one of its .ftl files, translated from locales/{DEFAULT}"
                    )),
                );
            }
        }
    }
    if problems.is_empty() {
        Ok(locales)
    } else {
        Err(problems)
    }
}

fn load(tag: &str) -> Result<Locale, Vec<Diagnostic>> {
    let settings_path = format!("locales/{tag}/locale.yaml");
    let text = BUNDLED
        .get_file(format!("{tag}/locale.yaml"))
        .and_then(|f| f.contents_utf8())
        .unwrap_or_default();
    let settings: SettingsFile = serde_yaml::from_str(text).map_err(|e| {
        let (line, column) = e.location().map_or((0, 0), |l| (l.line(), l.column()));
        vec![
            Diagnostic::error(
                settings_path.clone(),
                line,
                column,
                format!("failed to read the locale's settings ({e})"),
            )
            .with_hint("see locales/en-GB/locale.yaml for the keys a locale sets"),
        ]
    })?;
    let id: unic_langid::LanguageIdentifier = tag.parse().map_err(|_| {
        vec![
            Diagnostic::error(
                format!("locales/{tag}"),
                0,
                0,
                format!("`{tag}` is not a language tag"),
            )
            .with_hint("name a locale folder by its BCP 47 tag, such as `en-US`"),
        ]
    })?;
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Unicode isolation marks around placeables would print as stray characters in a PDF.
    bundle.set_use_isolating(false);
    let mut keys = BTreeSet::new();
    let mut problems = Vec::new();
    let mut files: Vec<_> = BUNDLED
        .get_dir(tag)
        .map(|d| d.files().collect())
        .unwrap_or_default();
    files.sort_by_key(|f| f.path());
    for file in files {
        if file.path().extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let shown = format!("locales/{}", file.path().display());
        let source = file.contents_utf8().unwrap_or_default().to_owned();
        let resource = match FluentResource::try_new(source.clone()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    let line = source[..e.pos.start.min(source.len())]
                        .lines()
                        .count()
                        .max(1);
                    problems.push(
                        Diagnostic::error(
                            shown.clone(),
                            line,
                            1,
                            format!("failed to read a message ({:?})", e.kind),
                        )
                        .with_hint("a message is `id = text`; a continued line starts with spaces"),
                    );
                }
                r
            }
        };
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                keys.insert(m.id.name.to_owned());
            }
        }
        if let Err(errors) = bundle.add_resource(resource) {
            for e in errors {
                problems.push(
                    Diagnostic::error(
                        shown.clone(),
                        0,
                        0,
                        format!("a message is given twice ({e})"),
                    )
                    .with_hint("keep one of them"),
                );
            }
        }
    }
    let spelling = match &settings.spelling {
        Some(file) => {
            let text = BUNDLED
                .get_file(format!("{tag}/{file}"))
                .and_then(|f| f.contents_utf8())
                .unwrap_or_default();
            spelling::WordList::parse(text).map_err(|e| {
                vec![
                    Diagnostic::error(
                        format!("locales/{tag}/{file}"),
                        0,
                        0,
                        format!("failed to read the word list ({e})"),
                    )
                    .with_hint("each line is `british: american`"),
                ]
            })?
        }
        None => spelling::WordList::default(),
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Locale {
        tag: tag.to_owned(),
        name: settings.name,
        lang: settings.lang,
        region: settings.region,
        paper: settings.paper,
        measures: settings.measures,
        references: settings.references,
        spelling,
        bundle,
        keys,
    })
}

/// Finds a bundled locale by its tag (`en-us` finds `en-US`).
pub fn get(tag: &str) -> Result<Arc<Locale>, Error> {
    let locales = all().as_ref().map_err(|d| {
        Error::Input(Report {
            diagnostics: d.clone(),
            ..Report::default()
        })
    })?;
    locales
        .iter()
        .find(|l| l.tag.eq_ignore_ascii_case(tag))
        .cloned()
        .ok_or_else(|| {
            Error::Input(Report {
                diagnostics: vec![unknown(tag, "", 0, 0)],
                ..Report::default()
            })
        })
}

/// The default locale.
pub fn default_locale() -> Arc<Locale> {
    // The bundled locales are checked by the tests; en-GB always loads.
    get(DEFAULT).unwrap_or_else(|e| panic!("the bundled locale {DEFAULT} is broken: {e:?}"))
}

/// Says whether a tag names a bundled locale.
pub fn exists(tag: &str) -> bool {
    available().iter().any(|t| t.eq_ignore_ascii_case(tag))
}

/// The message for a locale that is not bundled, at a place in a file.
pub fn unknown(tag: &str, file: &str, line: usize, column: usize) -> Diagnostic {
    Diagnostic::error(file, line, column, format!("unknown locale `{tag}`"))
        .with_hint(format!("use one of {}", available().join(", ")))
}

impl Locale {
    /// Returns a message without variables, or its id when this locale lacks it (every locale is
    /// checked against the default one when loaded, so only a message the code names wrongly can
    /// be missing; debug builds and so the tests stop there).
    pub fn text(&self, key: &str) -> String {
        self.format(key, None)
    }

    /// Whether this locale holds a message: for the optional ones, such as a pack's local name.
    pub fn has(&self, key: &str) -> bool {
        self.keys.iter().any(|k| k == key)
    }

    /// Returns a message with its variables filled in.
    pub fn args(&self, key: &str, args: &[(&str, Arg)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(t) => fluent.set(*name, FluentValue::from(t.as_str())),
                Arg::Number(n) => fluent.set(*name, FluentValue::from(*n)),
            }
        }
        self.format(key, Some(&fluent))
    }

    fn format(&self, key: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(key).and_then(|m| m.value()) else {
            debug_assert!(false, "locale {} has no message `{key}`", self.tag);
            return key.to_owned();
        };
        let mut errors = Vec::new();
        let out = self.bundle.format_pattern(pattern, args, &mut errors);
        debug_assert!(
            args.is_none() || errors.is_empty(),
            "message `{key}` of {}: {errors:?}",
            self.tag
        );
        out.into_owned()
    }

    /// Every message, for `/text.json`: variables stay as `{$name}` for the layout to fill in.
    pub fn strings(&self) -> BTreeMap<&str, String> {
        self.keys
            .iter()
            .filter_map(|key| {
                let pattern = self.bundle.get_message(key)?.value()?;
                let mut errors = Vec::new();
                let text = self.bundle.format_pattern(pattern, None, &mut errors);
                Some((key.as_str(), text.into_owned()))
            })
            .collect()
    }

    /// `/text.json` as bytes.
    pub fn text_file(&self) -> Vec<u8> {
        serde_json::to_vec(&self.strings()).unwrap_or_default()
    }

    /// Every message id this locale holds.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.keys.iter().map(String::as_str)
    }

    /// The weekday's name: "Thursday".
    pub fn weekday(&self, date: Date) -> String {
        self.text(&format!(
            "weekday-{}",
            date.weekday().to_string().to_lowercase()
        ))
    }

    /// The weekday's short name: "Thu".
    pub fn weekday_short(&self, date: Date) -> String {
        self.text(&format!(
            "weekday-short-{}",
            date.weekday().to_string().to_lowercase()
        ))
    }

    fn date_args(&self, date: Date) -> Vec<(&'static str, Arg)> {
        let month = u8::from(date.month());
        vec![
            ("weekday", Arg::Text(self.weekday(date))),
            ("day", Arg::Text(date.day().to_string())),
            ("month", Arg::Text(self.text(&format!("month-{month}")))),
            (
                "month-short",
                Arg::Text(self.text(&format!("month-short-{month}"))),
            ),
            ("year", Arg::Text(date.year().to_string())),
        ]
    }

    /// The date in full: "Tuesday 1 December 2026", "Tuesday, December 1, 2026".
    pub fn long_date(&self, date: Date) -> String {
        self.args("date-long", &self.date_args(date))
    }

    /// The day and month, short: "1 Dec", "Dec 1".
    pub fn short_date(&self, date: Date) -> String {
        self.args("date-short", &self.date_args(date))
    }

    /// Respells recipe text with the locale's word list (none for most locales).
    pub fn respell(&self, text: &str) -> String {
        self.spelling.apply(text)
    }
}

/// A value for a message's variable.
#[derive(Debug, Clone)]
pub enum Arg {
    /// Text, printed as it is.
    Text(String),
    /// A number, which also chooses the plural form.
    Number(f64),
}

impl From<&str> for Arg {
    fn from(t: &str) -> Self {
        Arg::Text(t.to_owned())
    }
}

impl From<String> for Arg {
    fn from(t: String) -> Self {
        Arg::Text(t)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_locale_loads_with_every_message() {
        if let Err(problems) = all() {
            panic!("{problems:#?}");
        }
        assert!(available().contains(&DEFAULT));
        assert!(available().contains(&"en-US"));
    }

    #[test]
    fn dates_follow_the_locale() {
        let date = Date::from_calendar_date(2026, time::Month::December, 1).unwrap();
        let gb = get("en-GB").unwrap();
        let us = get("en-us").unwrap();
        assert_eq!(gb.long_date(date), "Tuesday 1 December 2026");
        assert_eq!(us.long_date(date), "Tuesday, December 1, 2026");
        assert_eq!(gb.short_date(date), "1 Dec");
        assert_eq!(us.short_date(date), "Dec 1");
    }

    #[test]
    fn an_unknown_locale_names_the_known_ones() {
        let Err(Error::Input(report)) = get("fr-FR") else {
            panic!("fr-FR is not bundled");
        };
        let d = &report.diagnostics[0];
        assert!(
            d.message.contains("unknown locale `fr-FR`"),
            "{}",
            d.message
        );
        assert!(d.hint.as_deref().unwrap_or("").contains("en-GB, en-US"));
    }
}
