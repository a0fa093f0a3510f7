//! `gutjoint serve`: checks the address and the token, loads the clinic once, and runs the
//! server until it is stopped.

use super::Done;
use crate::cli::ServeArgs;
use gutjoint::diag::Diagnostic;
use gutjoint::error::{Error, Report};
use gutjoint::serve::{Config, Engine};

/// Serves until SIGINT or SIGTERM.
pub fn run(args: &ServeArgs) -> Result<Done, Error> {
    let token = args
        .token
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty());
    if let Some(t) = token
        && (t.len() < 16 || t.chars().any(|c| !c.is_ascii_graphic() || c == ';'))
    {
        return Err(refuse(
            "the token must be at least 16 characters, with no spaces or `;`",
            "choose a longer token, or leave --token out on 127.0.0.1",
        ));
    }
    let loopback = args.listen.ip().is_loopback();
    let made = token.is_none() && !loopback;
    let token = match token {
        Some(t) => Some(t.to_owned()),
        // Another address is reachable from other machines: it always needs a token.
        None if !loopback => Some(gutjoint::serve::new_token()),
        None => None,
    };
    let engine = Engine::open(args.clinic.as_deref())?;
    let mut config = Config::new(args.listen, token);
    if let Some(jobs) = args.jobs {
        config.workers = jobs.clamp(1, 64);
    }
    gutjoint::serve::run(engine, config, args.open, made)?;
    Ok(Done {
        output: "gutjoint serve: stopped".to_owned(),
        ..Done::default()
    })
}

fn refuse(message: &str, hint: &str) -> Error {
    Error::Input(Report {
        diagnostics: vec![Diagnostic::error("", 0, 0, message).with_hint(hint)],
        ..Report::default()
    })
}
