//! One file per subcommand, each with one `run` function.

pub mod build;
pub mod check;
pub mod foods;
pub mod plan;
pub mod recipes;

use crate::error::Report;

/// What a command that succeeded has to say.
#[derive(Default)]
pub struct Done {
    /// What goes to standard output.
    pub output: String,
    /// Problems in the inputs that did not stop the run.
    pub warnings: Report,
    /// Typst's warnings about a layout, formatted; empty when there were none.
    pub layout_warnings: String,
}
