//! The `gutjoint` binary: parses arguments, runs one command, prints what happened.

use std::io::IsTerminal;
use std::io::Write;
use std::process::ExitCode;

use clap::CommandFactory;
use clap::Parser;
use codespan_reporting::term::termcolor::{ColorChoice as TermColor, StandardStream};
use gutjoint::cli::{Cli, ColorChoice, Command, FoodsCommand, NewCommand};
use gutjoint::cmd::{self, Done};
use gutjoint::error::Report;
use gutjoint::{Error, diag};

/// Typst allocates many small, short-lived values; mimalloc makes a handout about a tenth faster
/// than the system allocator and keeps a long batch's memory from fragmenting.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
        Command::Build(args) => cmd::build::run(args, color),
        Command::Check(args) => cmd::check::run(args),
        Command::Batch(args) => cmd::batch::run(args, color),
        Command::Export(args) => cmd::export::run(args),
        Command::Plan(args) => cmd::plan::run(args),
        Command::Recipes(args) => cmd::recipes::run(args),
        Command::Init(args) => cmd::init::run(args),
        Command::Import { files, dir } => cmd::import::run(files, dir),
        Command::New(NewCommand::Recipe { title, dir }) => {
            cmd::new::recipe(title, dir).map(|path| Done {
                output: format!("wrote {}", path.display()),
                ..Done::default()
            })
        }
        Command::Schema { kind } => Ok(Done {
            output: cmd::schema::run(*kind),
            ..Done::default()
        }),
        Command::Completions { shell } => {
            clap_complete::generate(
                *shell,
                &mut Cli::command(),
                "gutjoint",
                &mut std::io::stdout(),
            );
            return ExitCode::SUCCESS;
        }
        Command::Man => {
            return match clap_mangen::Man::new(Cli::command()).render(&mut std::io::stdout()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(err) => {
                    eprintln!("error: failed to write the manual page ({err})");
                    ExitCode::from(3)
                }
            };
        }
        Command::Foods(FoodsCommand::Search(args)) => Ok(Done {
            output: cmd::foods::search(args),
            ..Done::default()
        }),
    };
    match result {
        Ok(done) => {
            if !done.warnings.diagnostics.is_empty() {
                print_diagnostics(&done.warnings, color);
            }
            eprint!("{}", done.layout_warnings);
            // A closed pipe (`gutjoint recipes | head`) is not an error worth a word.
            let _ = writeln!(std::io::stdout(), "{}", done.output);
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
            print_diagnostics(report, color);
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

/// Prints diagnostics with the quoted source lines, falling back to one line each.
fn print_diagnostics(report: &Report, color: bool) {
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
}
