//! gutjoint turns a folder of YAML recipes and a Typst layout into a printable patient handout.
//!
//! The pipeline, one folder a stage, in the order a profile becomes a PDF:
//!
//! 1. [`load`]: reads the user's files (recipes into a [`load::catalog::Catalog`], the clinic,
//!    the profile, a patients list) with located [`diag`]nostics, each at the line and column
//!    where its value is written ([`load::spans`] finds a value by its path); [`load::input`]
//!    opens every file a user names. [`recipe`] is the recipe model.
//! 2. [`check`]: what each tag means and whether a recipe earns it, food safety, printable fields.
//! 3. [`plan`]: picks a week of meals for the profile, with portions and the week's intake.
//! 4. [`shop`]: the shopping list for that week.
//! 5. [`contract`]: the one plain data model a layout receives (`/data.json` and its files).
//! 6. [`render`]: compiles the layout in a sandboxed Typst world and exports a tagged PDF;
//!    [`render::output`] writes it atomically.
//!
//! Every problem, in a user's file or in a layout, is a [`diag::Diagnostic`] in an
//! [`error::Report`] with the texts it quotes; a value that passed its checks comes as an
//! [`error::Checked`] with its warnings; only the binary's `main` prints them.
//!
//! [`session`] ties them together: [`session::Session::load`] does step 1 and 2 once, with every
//! warning kept beside its file's text; [`session::Session::document`] does steps 3 to 5 for one
//! profile and [`session::Document::render`] step 6, in memory. `build` makes one document,
//! `batch` one per patient on a [`render::batch::BatchRenderer`].
//!
//! [`import`] turns recipes from elsewhere into recipe YAML, beside the pipeline. The binary's
//! `cli` and `cmd` modules parse the command line and print; only [`serve`] (the front desk's HTTP server)
//! touches the network.

pub mod check;
pub mod contract;
pub mod diag;
pub mod error;
pub mod ids;
pub mod import;
pub mod load;
pub mod locale;
pub mod plan;
pub mod recipe;
pub mod render;
pub mod serve;
pub mod session;
pub mod shop;

pub use error::Error;
pub use ids::stable_hash;
