//! Opening a file the user named: inside its folder when it has one, a regular file (never a
//! FIFO, a device or a folder), its size checked before it is read and read with a cap. Every
//! file opened this way is remembered, so an output can never replace one of them.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

/// The largest YAML or CSV file gutjoint reads: far above any real recipe, profile or table.
pub const MAX_TEXT_BYTES: u64 = 1024 * 1024;

/// Why a file was not read. `message` names the file; `hint` says what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// One lowercase line naming the file and saying what is wrong with it.
    pub message: String,
    /// The fix.
    pub hint: String,
    /// Whether the file was simply not there (callers may treat that as "no such input").
    pub missing: bool,
}

/// What is being read, for the messages: "recipe", "logo", "clinic settings".
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    /// What the file is, in words.
    pub what: &'a str,
    /// The folder it must stay inside (symlinks followed), if any, with its name in words.
    pub folder: Option<(&'a Path, &'a str)>,
    /// The most bytes it may hold.
    pub max: u64,
}

impl Input<'_> {
    /// Reads the file at `path`, or says why not.
    pub fn read(&self, path: &Path) -> Result<Vec<u8>, Refusal> {
        let shown = path.display();
        let what = self.what;
        let refuse = |message: String, hint: &str| Refusal {
            message,
            hint: hint.to_owned(),
            missing: false,
        };
        let real = match path.canonicalize() {
            Ok(real) => real,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
                // A dangling link is a link to nothing, not a missing file.
                let dangling = path.symlink_metadata().is_ok();
                return Err(Refusal {
                    message: if dangling {
                        format!("{what} `{shown}` is a link to a file that does not exist")
                    } else {
                        format!("{what} `{shown}` does not exist")
                    },
                    hint: "check the path".to_owned(),
                    missing: !dangling,
                });
            }
            Err(err) => {
                return Err(refuse(
                    format!("failed to read {what} `{shown}` ({})", cause(&err)),
                    "check the path and that you may read the file",
                ));
            }
        };
        if let Some((folder, name)) = self.folder {
            let inside = folder
                .canonicalize()
                .is_ok_and(|root| real.starts_with(root));
            if !inside {
                return Err(refuse(
                    format!("{what} `{shown}` is a link to a file outside the {name}"),
                    "copy the file into the folder instead of linking to it",
                ));
            }
        }
        let mut file = open_no_follow(&real).map_err(|err| {
            refuse(
                format!("failed to read {what} `{shown}` ({})", cause(&err)),
                "check that you may read the file",
            )
        })?;
        let meta = file.metadata().map_err(|err| {
            refuse(
                format!("failed to read {what} `{shown}` ({})", cause(&err)),
                "check that you may read the file",
            )
        })?;
        if !meta.is_file() {
            return Err(refuse(
                format!("{what} `{shown}` is {}, not a file", kind(&meta)),
                "name an ordinary file",
            ));
        }
        let too_large = |size: u64| {
            refuse(
                format!(
                    "{what} `{shown}` is {}, more than the {} allowed",
                    size_in_words(size),
                    size_in_words(self.max)
                ),
                "a file this large is a mistake; check you chose the right file",
            )
        };
        if meta.len() > self.max {
            return Err(too_large(meta.len()));
        }
        let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
        (&mut file)
            .take(self.max + 1)
            .read_to_end(&mut bytes)
            .map_err(|err| {
                refuse(
                    format!("failed to read {what} `{shown}` ({})", cause(&err)),
                    "check that you may read the file",
                )
            })?;
        if bytes.len() as u64 > self.max {
            // It grew while it was read.
            return Err(too_large(bytes.len() as u64));
        }
        remember(path, &meta);
        Ok(bytes)
    }
}

/// Opens a file for reading without following a final symlink and without waiting on a FIFO.
fn open_no_follow(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOFOLLOW | libc::O_NOCTTY);
    }
    options.open(path)
}

/// Says what a file that is not a regular file is, in words.
fn kind(meta: &std::fs::Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if t.is_char_device() || t.is_block_device() {
            return "a device";
        }
        if t.is_socket() {
            return "a socket";
        }
    }
    if meta.is_dir() {
        "a folder"
    } else {
        "not a regular file"
    }
}

/// An I/O error's cause in words, without Rust's `(os error N)`.
pub fn cause(err: &std::io::Error) -> String {
    let text = err.to_string();
    match text.find(" (os error") {
        Some(at) => text[..at].to_owned(),
        None => text,
    }
}

/// Writes a size as people read it: `6.0 MiB`, `1 MiB`, `900 bytes`.
pub fn size_in_words(bytes: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    if bytes < 1024 * 10 {
        format!("{bytes} bytes")
    } else if bytes.is_multiple_of(MIB) {
        format!("{} MiB", bytes / MIB)
    } else if bytes < MIB {
        format!("{} KiB", bytes.div_ceil(1024))
    } else {
        // Rounded up to a tenth, so a file just over the limit never reads as the limit.
        let tenths = (bytes * 10).div_ceil(MIB);
        format!("{}.{} MiB", tenths / 10, tenths % 10)
    }
}

/// The files read so far in this process, by device and inode, each with the path it was read
/// at (so an inode the system reused for a new file, after the input was deleted, is not taken
/// for the input).
fn read_so_far() -> &'static Mutex<HashMap<(u64, u64), PathBuf>> {
    static READ: OnceLock<Mutex<HashMap<(u64, u64), PathBuf>>> = OnceLock::new();
    READ.get_or_init(|| Mutex::new(HashMap::new()))
}

#[cfg(unix)]
fn identity(meta: &std::fs::Metadata) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    Some((meta.dev(), meta.ino()))
}

#[cfg(not(unix))]
fn identity(_meta: &std::fs::Metadata) -> Option<(u64, u64)> {
    None
}

fn remember(path: &Path, meta: &std::fs::Metadata) {
    if let Some(id) = identity(meta) {
        read_so_far()
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .insert(id, path.to_path_buf());
    }
}

/// Says whether `path` (or, for a link, the file it leads to; or a hard link to it) is a file
/// this process has read as an input.
pub fn was_read(path: &Path) -> bool {
    let read = read_so_far()
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    [path.symlink_metadata(), path.metadata()]
        .into_iter()
        .flatten()
        .filter_map(|m| identity(&m))
        .any(|id| {
            read.get(&id).is_some_and(|read_at| {
                [read_at.symlink_metadata(), read_at.metadata()]
                    .into_iter()
                    .flatten()
                    .any(|m| identity(&m) == Some(id))
            })
        })
}

/// Remembers a file as an input without reading it here (one Typst or a library reads itself).
pub fn remember_path(path: &Path) {
    if let Ok(meta) = path.metadata() {
        remember(path, &meta);
    }
}

impl Refusal {
    /// The refusal as a diagnostic about the whole file.
    pub fn diagnostic(&self, path: &Path) -> crate::diag::Diagnostic {
        crate::diag::Diagnostic::error(path.display().to_string(), 0, 0, &self.message)
            .with_hint(&self.hint)
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Refusal {}

impl From<Refusal> for crate::error::Error {
    /// A missing file is an I/O failure (exit code 3); a file refused for what it is, a problem
    /// in the inputs (exit code 1).
    fn from(refusal: Refusal) -> Self {
        if refusal.missing {
            return crate::error::Error::Io(anyhow::anyhow!("{}", refusal.message));
        }
        crate::error::Error::Input(crate::error::Report {
            diagnostics: vec![
                crate::diag::Diagnostic::error("", 0, 0, &refusal.message).with_hint(&refusal.hint),
            ],
            ..crate::error::Report::default()
        })
    }
}

/// The most pixels an image may declare (25 megapixels: 5000 by 5000, far above what print
/// needs); decoding a larger one could take gigabytes of memory.
pub const MAX_IMAGE_PIXELS: u64 = 25_000_000;

/// Reads the width and height a PNG, JPEG, GIF or WebP declares in its header, without decoding
/// it. `None` when the bytes are none of these or the header is cut short.
pub fn image_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let be32 = |at: usize| {
        bytes
            .get(at..at + 4)
            .map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    };
    let be16 = |at: usize| {
        bytes
            .get(at..at + 2)
            .map(|b| u32::from(u16::from_be_bytes([b[0], b[1]])))
    };
    let le16 = |at: usize| {
        bytes
            .get(at..at + 2)
            .map(|b| u32::from(u16::from_le_bytes([b[0], b[1]])))
    };
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Some((be32(16)?, be32(20)?));
    }
    if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        return Some((le16(6)?, le16(8)?));
    }
    if bytes.starts_with(&[0xFF, 0xD8]) {
        // Walk the segments to the first start-of-frame marker.
        let mut at = 2;
        while at + 4 <= bytes.len() {
            if bytes[at] != 0xFF {
                return None;
            }
            let marker = bytes[at + 1];
            if marker == 0xFF {
                at += 1;
                continue;
            }
            let length = usize::try_from(be16(at + 2)?).ok()?;
            let frame = matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC);
            if frame {
                return Some((be16(at + 7)?, be16(at + 5)?));
            }
            at += 2 + length;
        }
        return None;
    }
    if bytes.get(..4) == Some(b"RIFF") && bytes.get(8..12) == Some(b"WEBP") {
        let le24 = |at: usize| {
            bytes
                .get(at..at + 3)
                .map(|b| u32::from_le_bytes([b[0], b[1], b[2], 0]))
        };
        return match bytes.get(12..16)? {
            b"VP8X" => Some((le24(24)? + 1, le24(27)? + 1)),
            b"VP8L" => {
                let b = bytes.get(21..25)?;
                let bits = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
                Some(((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1))
            }
            _ => Some((le16(26)? & 0x3FFF, le16(28)? & 0x3FFF)),
        };
    }
    None
}

/// Checks an image's declared size against the pixel cap; the error is (message, hint).
pub fn check_image_size(what: &str, bytes: &[u8]) -> Result<(), (String, String)> {
    let Some((width, height)) = image_size(bytes) else {
        return Ok(());
    };
    let pixels = u64::from(width) * u64::from(height);
    if pixels > MAX_IMAGE_PIXELS {
        return Err((
            format!(
                "{what} is {width} by {height} pixels, more than the {} megapixels allowed",
                MAX_IMAGE_PIXELS / 1_000_000
            ),
            "save a smaller image; 1000 pixels across is plenty for print".to_owned(),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(max: u64) -> Input<'static> {
        Input {
            what: "file",
            folder: None,
            max,
        }
    }

    #[test]
    fn sizes_read_as_people_write_them() {
        assert_eq!(size_in_words(900), "900 bytes");
        assert_eq!(size_in_words(5 * 1024 * 1024), "5 MiB");
        assert_eq!(size_in_words(6 * 1024 * 1024 - 1), "6.0 MiB");
        assert_eq!(size_in_words(5 * 1024 * 1024 + 1), "5.1 MiB");
    }

    #[test]
    fn fifos_devices_and_large_files_are_refused_and_files_read() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: a valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        let err = input(10).read(&fifo).unwrap_err();
        assert!(err.message.contains("named pipe"), "{err:?}");
        let err = input(10).read(Path::new("/dev/zero")).unwrap_err();
        assert!(err.message.contains("a device"), "{err:?}");
        let big = dir.path().join("big");
        std::fs::write(&big, [0u8; 11]).unwrap();
        let err = input(10).read(&big).unwrap_err();
        assert!(
            err.message.contains("more than the 10 bytes allowed"),
            "{err:?}"
        );
        assert_eq!(input(11).read(&big).unwrap().len(), 11);
        assert!(was_read(&big));
        let err = input(10).read(&dir.path().join("none")).unwrap_err();
        assert!(err.missing);
    }

    #[test]
    fn links_out_of_the_folder_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::NamedTempFile::new().unwrap();
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(outside.path(), &link).unwrap();
        let inside = Input {
            what: "recipe",
            folder: Some((dir.path(), "recipes folder")),
            max: 10,
        };
        let err = inside.read(&link).unwrap_err();
        assert!(
            err.message
                .contains("is a link to a file outside the recipes folder"),
            "{err:?}"
        );
    }

    #[test]
    fn image_sizes_come_from_the_header() {
        let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
        png.extend(300u32.to_be_bytes());
        png.extend(200u32.to_be_bytes());
        assert_eq!(image_size(&png), Some((300, 200)));
        assert_eq!(image_size(b"GIF89a\x10\x00\x20\x00"), Some((16, 32)));
        let jpeg = [
            0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 0, 0, 0xFF, 0xC2, 0, 11, 8, 0, 50, 0, 70,
        ];
        assert_eq!(image_size(&jpeg), Some((70, 50)));
        assert_eq!(image_size(b"not an image"), None);
        assert!(check_image_size("logo", &png).is_ok());
    }
}
