//! The command line, as clap derive types; every flag is documented here.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use gutjoint::contract::Paper;
use gutjoint::render::PdfStandard;

/// Prints patient handouts about the gut-joint axis: education pages, a week of meals and the
/// recipes, as a PDF.
#[derive(Debug, Parser)]
#[command(name = "gutjoint", version, about, max_term_width = 100)]
pub struct Cli {
    /// When to colour messages.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    pub color: ColorChoice,

    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Builds a handout PDF from the recipes and a layout.
    Build(BuildArgs),
    /// Checks the recipes and reports every problem, without writing anything.
    Check(CheckArgs),
    /// Builds one handout per patient of a list (YAML list of profiles, or CSV), in parallel.
    Batch(BatchArgs),
    /// Writes a standalone Typst project (main.typ, data.json, layouts, fonts) for a handout.
    Export(ExportArgs),
    /// Plans a week for a patient and prints it with its coverage and shopping list.
    Plan(PlanCommandArgs),
    /// Runs the front desk: a web page for making handouts, and an API for clinic systems.
    Serve(ServeArgs),
    /// Lists the recipes with their computed nutrients per serving, tags, allergens and diet.
    Recipes(RecipesArgs),
    /// Looks up foods in the USDA table, to add an ingredient.
    #[command(subcommand)]
    Foods(FoodsCommand),
    /// Creates a clinic folder: clinic.yaml, an example profile, a recipes folder and schemas.
    Init(InitArgs),
    /// Writes a new file to start from.
    #[command(subcommand)]
    New(NewCommand),
    /// Turns schema.org Recipe JSON-LD (`.json`) and Cooklang (`.cook`) files into recipe YAML.
    Import {
        /// The files to import.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// The recipes folder to write into.
        #[arg(long, value_name = "DIR", default_value = "recipes")]
        dir: PathBuf,
    },
    /// Prints the JSON Schema (draft 2020-12) of a file format, for editors.
    Schema {
        /// Which format.
        #[arg(value_enum)]
        kind: SchemaKind,
    },
    /// Prints a shell completion script.
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Prints the manual page (roff), for `man -l -`.
    Man,
}

/// Arguments of `gutjoint serve`.
#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    /// The address and port to listen on. Any address but loopback (127.0.0.1, ::1) needs a
    /// token.
    #[arg(long, value_name = "ADDRESS:PORT", default_value = "127.0.0.1:8710")]
    pub listen: std::net::SocketAddr,

    /// Reads the clinic's settings from this `clinic.yaml` or the one in this folder (else the
    /// clinic folder at or above the current one).
    #[arg(long, value_name = "FILE|DIR")]
    pub clinic: Option<PathBuf>,

    /// Opens the page in the desktop's browser once the server is listening.
    #[arg(long)]
    pub open: bool,

    /// The token every request must carry (the login page sets it as a cookie). Without it, a
    /// non-loopback address gets a random token, printed at start.
    #[arg(
        long,
        value_name = "TOKEN",
        env = "GUTJOINT_TOKEN",
        hide_env_values = true
    )]
    pub token: Option<String>,

    /// How many documents are made at once (one per core by default).
    #[arg(long, value_name = "N")]
    pub jobs: Option<usize>,
}

/// Arguments of `gutjoint init`.
#[derive(Debug, Clone, Args)]
pub struct InitArgs {
    /// The folder to create or fill (the current one by default).
    #[arg(value_name = "DIR", default_value = ".")]
    pub dir: PathBuf,

    /// Also copies the bundled layouts into `layouts/`, to customise.
    #[arg(long)]
    pub with_layouts: bool,
}

/// Subcommands of `gutjoint new`.
#[derive(Debug, Subcommand)]
pub enum NewCommand {
    /// Writes a commented recipe skeleton named after its title; never overwrites a file.
    Recipe {
        /// The recipe's title, which also names its file.
        title: String,
        /// The recipes folder to write into.
        #[arg(long, value_name = "DIR", default_value = "recipes")]
        dir: PathBuf,
    },
}

/// The file formats that have a schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaKind {
    /// A recipe file.
    Recipe,
    /// A patient profile.
    Profile,
    /// Clinic settings.
    Clinic,
    /// The ingredient table.
    Ingredients,
    /// A patients file for `gutjoint batch`: a list of profiles.
    Patients,
    /// The data a layout receives as `/data.json` (for layout authors).
    Data,
}

/// Subcommands of `gutjoint foods`.
#[derive(Debug, Subcommand)]
pub enum FoodsCommand {
    /// Lists the USDA foods whose description holds every word given.
    Search(FoodsSearchArgs),
}

/// Arguments of `gutjoint foods search`.
#[derive(Debug, Clone, Args)]
pub struct FoodsSearchArgs {
    /// Words that must all appear in the food's description, in any case: `walnuts english`.
    #[arg(required = true, value_name = "WORDS")]
    pub words: Vec<String>,

    /// Shows at most this many foods.
    #[arg(long, default_value_t = 25)]
    pub limit: usize,

    /// The output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

/// Arguments of `gutjoint recipes`.
#[derive(Debug, Clone, Args)]
pub struct RecipesArgs {
    /// Shows only recipes with this tag.
    #[arg(long, value_enum)]
    pub tag: Option<TagFilter>,

    /// Shows only recipes that suit this diet: vegan, vegetarian, pescatarian or omnivore.
    #[arg(long, value_parser = parse_named::<gutjoint::recipe::Diet>)]
    pub diet: Option<gutjoint::recipe::Diet>,

    /// The output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,

    /// Where the recipes come from.
    #[command(flatten)]
    pub recipes: RecipeArgs,
}

/// A tag to filter recipes by, as the command line names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TagFilter {
    /// Fibre, source or high.
    Fiber,
    /// High fibre only.
    HighFiber,
    /// Polyphenol-rich.
    Polyphenol,
    /// Any fermented ingredient, live or cooked.
    Fermented,
    /// Live cultures only.
    Live,
    /// Omega-3, source or high.
    Omega3,
    /// High omega-3 only.
    HighOmega3,
}

impl From<TagFilter> for gutjoint::recipe::TagFilter {
    fn from(tag: TagFilter) -> Self {
        match tag {
            TagFilter::Fiber => Self::Fiber,
            TagFilter::HighFiber => Self::HighFiber,
            TagFilter::Polyphenol => Self::Polyphenol,
            TagFilter::Fermented => Self::Fermented,
            TagFilter::Live => Self::Live,
            TagFilter::Omega3 => Self::Omega3,
            TagFilter::HighOmega3 => Self::HighOmega3,
        }
    }
}

/// How a listing is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned text for people.
    Text,
    /// JSON for programs; the shape is documented in the README and kept stable.
    Json,
}

/// Where the recipes come from; shared by every command that reads them.
#[derive(Debug, Clone, Args)]
pub struct RecipeArgs {
    /// Reads recipes from this folder instead of the bundled library.
    #[arg(long, value_name = "DIR")]
    pub recipes: Option<PathBuf>,
}

/// Arguments of `gutjoint build`.
#[derive(Debug, Clone, Args)]
pub struct BuildArgs {
    /// Writes the PDF here (default: the layout's name, `handout.pdf`, `book.pdf`, ...).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// How the document looks: layout, paper, standard, fonts, clinic, recipes chosen.
    #[command(flatten)]
    pub doc: DocumentArgs,

    /// The patient and the plan.
    #[command(flatten)]
    pub plan: PlanArgs,

    /// Where the recipes come from.
    #[command(flatten)]
    pub recipes: RecipeArgs,
}

impl BuildArgs {
    /// Where the PDF goes: `-o`, or the layout's name with `.pdf` in the current folder.
    pub fn output(&self) -> PathBuf {
        self.output
            .clone()
            .unwrap_or_else(|| PathBuf::from(format!("{}.pdf", self.doc.layout)))
    }
}

/// How a document looks and what it prints; shared by `build`, `export` and `batch`.
#[derive(Debug, Clone, Args)]
pub struct DocumentArgs {
    /// The layout to use: `handout` compiles `handout.typ` from the layouts folder.
    #[arg(long, value_name = "NAME", default_value = "handout")]
    pub layout: String,

    /// The paper size (default: the clinic's `paper`, else the locale's: A4 for en-GB, US
    /// Letter for en-US).
    #[arg(long, value_enum)]
    pub paper: Option<PaperArg>,

    /// The locale: the handout's words, spelling, measures (metric or cups and ounces), dates and
    /// default reference values: `en-GB` (the default) or `en-US` (overrides the profile's and
    /// the clinic's `locale`).
    #[arg(long, value_name = "LOCALE", value_parser = parse_locale)]
    pub locale: Option<String>,

    /// The PDF standard: `ua-1` (accessible, the default), `a-2b` (archiving in patient records,
    /// also accessible) or `none`.
    #[arg(long, value_enum, default_value_t = PdfStandardArg::Ua1)]
    pub pdf_standard: PdfStandardArg,

    /// Reads layouts from this folder instead of the bundled ones; nothing outside it is readable.
    #[arg(long, value_name = "DIR")]
    pub layouts: Option<PathBuf>,

    /// Adds fonts from this folder to the bundled ones (repeatable). System fonts are never used.
    #[arg(long = "font-path", value_name = "DIR")]
    pub font_paths: Vec<PathBuf>,

    /// Prints body text at 16 pt instead of 12.5 pt, for readers with poor eyesight (also
    /// `large-print: true` in a profile).
    #[arg(long)]
    pub large_print: bool,

    /// Reads the clinic's settings (name, contact, logo, education pages) from this `clinic.yaml`
    /// or the `clinic.yaml` in this folder.
    #[arg(long, value_name = "FILE|DIR")]
    pub clinic: Option<PathBuf>,

    /// Which recipes a book or cards print.
    #[command(flatten)]
    pub filters: FilterArgs,
}

/// Which recipes a book or a set of cards prints; shared by `build` and `batch`.
#[derive(Debug, Clone, Default, Args)]
pub struct FilterArgs {
    /// Prints only these recipes (book and cards): ids separated by commas.
    #[arg(long, value_name = "ID,ID", value_delimiter = ',')]
    pub recipes_only: Vec<String>,

    /// Prints only recipes with this tag (book and cards; repeat to ask for all of them).
    #[arg(long = "tag", value_enum, value_name = "TAG")]
    pub tags: Vec<TagFilter>,

    /// Prints only recipes for this meal (book and cards; repeat for several meals).
    #[arg(long = "meal", value_name = "MEAL", value_parser = parse_named::<gutjoint::recipe::Meal>)]
    pub meals: Vec<gutjoint::recipe::Meal>,
}

/// Accepts a bundled locale's tag, in any case: `en-us` is `en-US`.
fn parse_locale(text: &str) -> Result<String, String> {
    gutjoint::locale::available()
        .into_iter()
        .find(|t| t.eq_ignore_ascii_case(text))
        .map(str::to_owned)
        .ok_or_else(|| {
            format!(
                "unknown locale `{text}`\nhint: use one of {}",
                gutjoint::locale::available().join(", ")
            )
        })
}

/// Who the week is planned for, from when, and with which seed; shared by `build` and `plan`.
#[derive(Debug, Clone, Args)]
pub struct PlanArgs {
    /// Plans for the patient in this profile file (exclusions, household, meals, pins).
    #[arg(long, value_name = "FILE")]
    pub profile: Option<PathBuf>,

    /// Picks another of the equally good weeks (overrides the profile's `seed`).
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,

    /// The first day of the week plan and the handout's date, as YYYY-MM-DD (overrides the
    /// profile's `start`).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub date: Option<time::Date>,

    /// Fixes the date from a Unix timestamp, for byte-identical rebuilds (used when neither
    /// --date nor the profile gives one).
    #[arg(
        long,
        env = "SOURCE_DATE_EPOCH",
        value_name = "SECONDS",
        hide_env_values = true
    )]
    pub source_date_epoch: Option<String>,
}

/// Arguments of `gutjoint plan`.
#[derive(Debug, Clone, Args)]
pub struct PlanCommandArgs {
    /// The patient and the plan.
    #[command(flatten)]
    pub plan: PlanArgs,

    /// The output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,

    /// Where the recipes come from.
    #[command(flatten)]
    pub recipes: RecipeArgs,
}

/// Arguments of `gutjoint batch`.
#[derive(Debug, Clone, Args)]
pub struct BatchArgs {
    /// The patients: a YAML list of profiles, or a CSV with one row per patient.
    #[arg(value_name = "PATIENTS")]
    pub patients: PathBuf,

    /// The folder the PDFs are written to.
    #[arg(long, value_name = "DIR")]
    pub out_dir: PathBuf,

    /// How many handouts to build at once (default: one per core).
    #[arg(long, value_name = "N")]
    pub jobs: Option<usize>,

    /// Replaces PDFs that already exist.
    #[arg(long)]
    pub force: bool,

    /// How the documents look: layout, paper, standard, fonts, clinic, recipes chosen.
    #[command(flatten)]
    pub doc: DocumentArgs,

    /// The first day of every week plan (a patient's own `start` wins), as YYYY-MM-DD.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub date: Option<time::Date>,

    /// Fixes the date from a Unix timestamp (used when --date is not given).
    #[arg(
        long,
        env = "SOURCE_DATE_EPOCH",
        value_name = "SECONDS",
        hide_env_values = true
    )]
    pub source_date_epoch: Option<String>,

    /// Where the recipes come from.
    #[command(flatten)]
    pub recipes: RecipeArgs,
}

/// Arguments of `gutjoint export`.
#[derive(Debug, Clone, Args)]
pub struct ExportArgs {
    /// The folder to write the Typst project into (created; must be empty if it exists).
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,

    /// The build settings, as for `gutjoint build`.
    #[command(flatten)]
    pub build: BuildArgs,
}

/// Arguments of `gutjoint check`.
#[derive(Debug, Clone, Args)]
pub struct CheckArgs {
    /// Where the recipes come from.
    #[command(flatten)]
    pub recipes: RecipeArgs,
    /// Also lists every recipe's nutrients per serving ("at least" where some of its food has
    /// no USDA value).
    #[arg(long)]
    pub nutrients: bool,
}

/// When to colour terminal output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour when writing to a terminal and `NO_COLOR` is not set.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

/// Parses one of gutjoint's named values (a diet, a meal), with its "did you mean" on one line.
fn parse_named<T: std::str::FromStr<Err = String>>(text: &str) -> Result<T, String> {
    text.parse()
        .map_err(|err: String| err.replace("\nhint: ", "; "))
}

/// The paper a handout is printed on, as the command line names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PaperArg {
    /// ISO A4, 210 x 297 mm.
    A4,
    /// US Letter, 8.5 x 11 in.
    UsLetter,
}

impl From<PaperArg> for Paper {
    fn from(paper: PaperArg) -> Self {
        match paper {
            PaperArg::A4 => Paper::A4,
            PaperArg::UsLetter => Paper::UsLetter,
        }
    }
}

/// The standard a PDF is written to, as the command line names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum PdfStandardArg {
    /// PDF/UA-1: tagged and checked for screen readers.
    #[default]
    #[value(name = "ua-1")]
    Ua1,
    /// PDF/A-2b for archiving, together with PDF/UA-1.
    #[value(name = "a-2b")]
    A2b,
    /// A tagged PDF with no standard checked.
    None,
}

impl From<PdfStandardArg> for PdfStandard {
    fn from(standard: PdfStandardArg) -> Self {
        match standard {
            PdfStandardArg::Ua1 => PdfStandard::Ua1,
            PdfStandardArg::A2b => PdfStandard::A2b,
            PdfStandardArg::None => PdfStandard::None,
        }
    }
}

fn parse_date(text: &str) -> Result<time::Date, String> {
    gutjoint::load::profile::parse_date(text).map_err(|err| err.replace("\nhint: ", "; "))
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn dates_parse() {
        assert!(parse_date("2026-11-26").is_ok());
        assert!(parse_date("26/11/2026").is_err());
        assert!(parse_date("2026-02-30").is_err());
    }
}
