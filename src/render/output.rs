//! Writing outputs: a private temporary file beside the target, renamed into place, never over
//! an input, a device or a link; temporary files are removed when the run is interrupted.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use anyhow::Context;

use crate::diag::Diagnostic;
use crate::error::{Error, Report};

/// What became of an output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The file was written.
    Written,
    /// A file of that name appeared meanwhile and was kept (only when not replacing).
    Kept,
}

/// Refuses an output path that is not absent or a regular file (a folder, a device, a FIFO, a
/// link), or that is a file this run has read. The message names the output.
pub fn check_target(path: &Path) -> Result<(), Error> {
    let refuse = |why: String, hint: &str| {
        Error::Input(Report {
            diagnostics: vec![
                Diagnostic::error(path.display().to_string(), 0, 0, why).with_hint(hint),
            ],
            ..Report::default()
        })
    };
    let meta = match path.symlink_metadata() {
        Ok(meta) => meta,
        Err(_) => return Ok(()),
    };
    if meta.file_type().is_symlink() {
        return Err(refuse(
            "the output is a link; gutjoint never writes through a link".to_owned(),
            "name the file itself, or a new file",
        ));
    }
    if meta.is_dir() {
        return Err(refuse(
            "the output is a folder, not a file".to_owned(),
            "write the PDF somewhere else with `-o FILE.pdf`",
        ));
    }
    if !meta.is_file() {
        return Err(refuse(
            "the output is a device or a pipe, not a file".to_owned(),
            "write the PDF to a file with `-o FILE.pdf`",
        ));
    }
    if crate::load::input::was_read(path) {
        return Err(refuse(
            "the output is one of the files this build reads".to_owned(),
            "write the PDF somewhere else with `-o FILE.pdf`",
        ));
    }
    Ok(())
}

/// Writes to a private temporary file beside the target and renames it into place, so a failed
/// or interrupted run never leaves half a file or clobbers the previous one. With `replace`
/// false, an existing file is kept: the check is made by the rename itself, atomically.
pub fn write(path: &Path, bytes: &[u8], replace: bool) -> Result<Outcome, Error> {
    check_target(path)?;
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    // The temporary file is 0600 while it holds the patient's data; only the finished handout
    // gets the usual permissions.
    let mut file = tempfile::Builder::new()
        .prefix(".gutjoint-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .with_context(|| format!("failed to create a file in `{}`", dir.display()))?;
    let _registered = Registered::new(file.path(), false);
    file.write_all(bytes)
        .and_then(|()| file.as_file().sync_all())
        .with_context(|| format!("failed to write `{}`", path.display()))?;
    #[cfg(unix)]
    {
        let permissions = match std::fs::metadata(path) {
            Ok(meta) => meta.permissions(),
            Err(_) => default_permissions(),
        };
        file.as_file()
            .set_permissions(permissions)
            .with_context(|| format!("failed to write `{}`", path.display()))?;
    }
    // Checked again: the target may have become a link or an input while the PDF was made.
    check_target(path)?;
    if replace {
        file.persist(path)
            .map_err(|err| err.error)
            .with_context(|| format!("failed to write `{}`", path.display()))?;
        return Ok(Outcome::Written);
    }
    match file.persist_noclobber(path) {
        Ok(_) => Ok(Outcome::Written),
        Err(err) if err.error.kind() == std::io::ErrorKind::AlreadyExists => Ok(Outcome::Kept),
        Err(err) => Err(Error::Io(
            anyhow::Error::new(err.error).context(format!("failed to write `{}`", path.display())),
        )),
    }
}

/// The permissions of a new handout: readable by all, as files a user makes usually are.
#[cfg(unix)]
fn default_permissions() -> std::fs::Permissions {
    use std::os::unix::fs::PermissionsExt;
    std::fs::Permissions::from_mode(0o644)
}

/// Temporary files and folders that exist right now, to remove if the run is interrupted.
fn pending() -> &'static Mutex<Vec<(PathBuf, bool)>> {
    static PENDING: OnceLock<Mutex<Vec<(PathBuf, bool)>>> = OnceLock::new();
    PENDING.get_or_init(|| Mutex::new(Vec::new()))
}

fn lock_pending() -> std::sync::MutexGuard<'static, Vec<(PathBuf, bool)>> {
    pending()
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// A temporary file or folder registered for removal on SIGINT, SIGTERM or SIGHUP; dropping the
/// guard unregisters it (the file itself is removed or renamed by its owner).
pub struct Registered(PathBuf);

impl Registered {
    /// Registers a temporary file (or, with `folder`, a folder and everything in it).
    pub fn new(path: &Path, folder: bool) -> Self {
        install_signal_cleanup();
        lock_pending().push((path.to_path_buf(), folder));
        Self(path.to_path_buf())
    }
}

impl Drop for Registered {
    fn drop(&mut self) {
        lock_pending().retain(|(p, _)| *p != self.0);
    }
}

/// Removes every registered temporary file and folder; called when the run must end at once.
pub fn remove_pending() {
    let pending: Vec<(PathBuf, bool)> = lock_pending().drain(..).collect();
    remove(&pending);
}

/// Removes temporary files and folders (true: a folder and what it holds).
fn remove(entries: &[(PathBuf, bool)]) {
    for (path, folder) in entries {
        let _ = if *folder {
            std::fs::remove_dir_all(path)
        } else {
            std::fs::remove_file(path)
        };
    }
}

/// Starts, once, a thread that waits for SIGINT, SIGTERM and SIGHUP, removes the temporary
/// files and ends the process with 128 + the signal's number, as a shell reports it. (A kill -9
/// cannot be caught: it can leave a `.gutjoint-*.tmp` file, private to its owner.)
fn install_signal_cleanup() {
    static INSTALLED: OnceLock<()> = OnceLock::new();
    INSTALLED.get_or_init(|| {
        #[cfg(unix)]
        {
            use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
            if let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP])
            {
                let _ = std::thread::Builder::new()
                    .name("signals".into())
                    .spawn(move || {
                        if let Some(signal) = signals.forever().next() {
                            remove_pending();
                            std::process::exit(128 + signal);
                        }
                    });
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_existing_file_is_kept_unless_replacing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.pdf");
        assert_eq!(write(&path, b"one", false).unwrap(), Outcome::Written);
        assert_eq!(write(&path, b"two", false).unwrap(), Outcome::Kept);
        assert_eq!(std::fs::read(&path).unwrap(), b"one");
        assert_eq!(write(&path, b"three", true).unwrap(), Outcome::Written);
        assert_eq!(std::fs::read(&path).unwrap(), b"three");
        // Nothing else is left in the folder, nor registered.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        assert!(
            !lock_pending()
                .iter()
                .any(|(p, _)| p.starts_with(dir.path()))
        );
    }

    #[test]
    fn registered_temporary_files_are_removed_when_the_run_must_end() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(".gutjoint-x.tmp");
        let folder = dir.path().join(".gutjoint-export-x");
        std::fs::write(&file, b"patient data").unwrap();
        std::fs::create_dir_all(folder.join("fonts")).unwrap();
        let registered = [
            Registered::new(&file, false),
            Registered::new(&folder, true),
        ];
        // Other tests write at the same time: only this test's entries are removed.
        let mine: Vec<(PathBuf, bool)> = lock_pending()
            .iter()
            .filter(|(p, _)| p.starts_with(dir.path()))
            .cloned()
            .collect();
        assert_eq!(mine.len(), 2);
        remove(&mine);
        assert!(!file.exists() && !folder.exists());
        drop(registered);
        assert!(
            !lock_pending()
                .iter()
                .any(|(p, _)| p.starts_with(dir.path()))
        );
    }

    #[test]
    fn links_and_devices_are_never_written() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("target");
        std::fs::write(&target, b"keep").unwrap();
        let link = dir.path().join("link.pdf");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        assert!(write(&link, b"x", true).is_err());
        assert_eq!(std::fs::read(&target).unwrap(), b"keep");
        assert!(write(Path::new("/dev/null"), b"x", true).is_err());
    }
}
