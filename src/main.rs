//! The `gutjoint` binary: parses arguments, runs one command, prints what happened.

use std::io::IsTerminal;
use std::io::Write;
use std::process::ExitCode;

use clap::CommandFactory;
use clap::Parser;
mod cli;
mod cmd;

use cli::{Cli, ColorChoice, Command, FoodsCommand, NewCommand};
use cmd::Done;
use gutjoint::error::Report;
use gutjoint::{Error, diag};

/// Typst allocates many small, short-lived values; mimalloc makes a handout about a tenth faster
/// than the system allocator and keeps a long batch's memory from fragmenting. The wrapper holds
/// a compile to its memory budget (see `render::watchdog`).
#[global_allocator]
static GLOBAL: gutjoint::render::watchdog::Budgeted<mimalloc::MiMalloc> =
    gutjoint::render::watchdog::Budgeted(mimalloc::MiMalloc);

fn main() -> ExitCode {
    std::panic::set_hook(Box::new(|info| {
        diag::to_stderr(&format!(
            "error: gutjoint {} crashed; this is a bug, please report it with the command you ran\n  {info}\n",
            env!("CARGO_PKG_VERSION")
        ));
    }));
    let cli = Cli::parse();
    let color = match cli.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::io::stderr().is_terminal() && colour_allowed(std::env::var_os("NO_COLOR"))
        }
    };
    let result = match &cli.command {
        Command::Build(args) => cmd::build::run(args),
        Command::Check(args) => cmd::check::run(args),
        Command::Batch(args) => cmd::batch::run(args, color),
        Command::Export(args) => cmd::export::run(args),
        Command::Plan(args) => cmd::plan::run(args),
        Command::Serve(args) => cmd::serve::run(args),
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
            let mut script = Vec::new();
            clap_complete::generate(*shell, &mut Cli::command(), "gutjoint", &mut script);
            return to_stdout(&script, ExitCode::SUCCESS);
        }
        Command::Man => {
            let mut page = Vec::new();
            return match clap_mangen::Man::new(Cli::command()).render(&mut page) {
                Ok(()) => to_stdout(&page, ExitCode::SUCCESS),
                Err(err) => {
                    diag::to_stderr(&format!("error: failed to write the manual page ({err})\n"));
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
            // A patient's name may hold escape codes; none reach the terminal.
            let output = gutjoint::check::printed::for_terminal(&done.output);
            to_stdout(format!("{output}\n").as_bytes(), ExitCode::SUCCESS)
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
            diag::to_stderr(&format!(
                "error: found {count} problem{} in the input files\n",
                if count == 1 { "" } else { "s" }
            ));
        }
        Error::Usage(report) => print_diagnostics(report, color),
        Error::Layout(report) => print_diagnostics(report, color),
        Error::Io(err) => diag::to_stderr(&format!("error: {err:#}\n")),
    }
}

/// Writes a command's output to standard output. A reader that stopped early (`| head`) ends the
/// run quietly with `code`, as it asked for no more; a full disk or another failure is an I/O
/// error (exit code 3), said on standard error.
fn to_stdout(bytes: &[u8], code: ExitCode) -> ExitCode {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => code,
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => code,
        Err(err) => {
            diag::to_stderr(&format!(
                "error: failed to write to standard output ({})\n",
                gutjoint::load::input::cause(&err)
            ));
            ExitCode::from(3)
        }
    }
}

/// Prints diagnostics with the quoted source lines, falling back to one line each.
fn print_diagnostics(report: &Report, color: bool) {
    diag::to_stderr(&report.to_text(color));
}

/// Says whether `NO_COLOR` allows colour: set to anything but the empty string, it turns colour
/// off; empty, it counts as not set (no-color.org).
fn colour_allowed(no_color: Option<std::ffi::OsString>) -> bool {
    no_color.is_none_or(|v| v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_no_color_leaves_colour_on() {
        assert!(colour_allowed(None));
        assert!(colour_allowed(Some("".into())));
        assert!(!colour_allowed(Some("1".into())));
    }
}
