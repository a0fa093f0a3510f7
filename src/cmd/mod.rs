//! One file per subcommand, each with one `run` function.

pub mod build;
pub mod check;
