//! The `gutjoint` binary: parses arguments, runs one command, prints what happened.

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;
use codespan_reporting::term::termcolor::{ColorChoice as TermColor, StandardStream};
use gutjoint::cli::{Cli, ColorChoice, Command};
use gutjoint::{Error, cmd, diag};

fn main() -> ExitCode {
    std::panic::set_hook(Box::new(|info| {
        eprintln!(
            "error: gutjoint {} crashed; this is a bug, please report it with the command you ran\n  {info}",
            env!("CARGO_PKG_VERSION")
        );
    }));
    let cli = Cli::parse();
    let color = match cli.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
        }
    };
    let result = match &cli.command {
        Command::Build(args) => cmd::build::run(args, color).map(|built| {
            eprint!("{}", built.warnings);
            format!(
                "wrote {} ({} pages, {} recipes)",
                args.output.display(),
                built.pages,
                built.recipes
            )
        }),
        Command::Check(args) => cmd::check::run(args),
    };
    match result {
        Ok(summary) => {
            println!("{summary}");
            ExitCode::SUCCESS
        }
        Err(err) => {
            report(&err, color);
            ExitCode::from(err.exit_code())
        }
    }
}

/// Prints a failure to standard error.
fn report(err: &Error, color: bool) {
    match err {
        Error::Input(report) => {
            let mut out = StandardStream::stderr(if color {
                TermColor::Always
            } else {
                TermColor::Never
            });
            if diag::emit(&mut out, &report.sources, &report.diagnostics).is_err() {
                for d in &report.diagnostics {
                    eprintln!("{}", d.short());
                }
            }
            let count = report.diagnostics.iter().filter(|d| d.is_error()).count();
            eprintln!(
                "error: found {count} problem{} in the input files",
                if count == 1 { "" } else { "s" }
            );
        }
        Error::Layout(text) => eprint!("{text}"),
        Error::Io(err) => eprintln!("error: {err:#}"),
    }
}
