//! Hardening, second round: nothing leaves the folders it should, no input is ever overwritten,
//! no input hangs or exhausts the machine. Each case runs in a scratch folder beside an
//! `outside/` folder; every file of both is hashed before and after, so a test proves that no
//! input changed and nothing was written where it should not be. Fixtures are in
//! tests/fixtures/attacks/round2/; links and FIFOs are made at run time.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Stdio;

use crate::{DATE, Run, fixture, gutjoint};

/// What a file of `/etc/passwd` looks like: a secret that must never be copied or printed.
const SECRET: &str =
    "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n";

/// A scratch folder: `work/` (where the binary runs) and `outside/` (a secret to protect).
struct Scene {
    root: tempfile::TempDir,
}

impl Scene {
    fn new() -> Self {
        let root = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(root.path().join("work")).unwrap();
        std::fs::create_dir_all(root.path().join("outside/folder")).unwrap();
        std::fs::write(root.path().join("outside/secret.txt"), SECRET).unwrap();
        std::fs::write(root.path().join("outside/folder/key"), SECRET).unwrap();
        Self { root }
    }

    fn work(&self) -> PathBuf {
        self.root.path().join("work")
    }

    fn outside(&self) -> PathBuf {
        self.root.path().join("outside")
    }

    /// Writes a file in `work/`.
    fn write(&self, rel: &str, contents: impl AsRef<[u8]>) {
        std::fs::write(self.work().join(rel), contents).unwrap();
    }

    /// Runs gutjoint in `work/`.
    fn run(&self, args: &[&str]) -> Run {
        gutjoint(args).in_dir(&self.work())
    }

    /// Every file under the scene, with a digest of what it is: its bytes, a link's target, or
    /// its kind.
    fn files(&self) -> BTreeMap<PathBuf, String> {
        fn walk(dir: &Path, root: &Path, out: &mut BTreeMap<PathBuf, String>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                let meta = path.symlink_metadata().unwrap();
                let key = path.strip_prefix(root).unwrap().to_path_buf();
                if meta.file_type().is_symlink() {
                    let target = std::fs::read_link(&path).unwrap();
                    out.insert(key, format!("link to {}", target.display()));
                } else if meta.is_dir() {
                    out.insert(key, "folder".into());
                    walk(&path, root, out);
                } else if meta.is_file() {
                    let bytes = std::fs::read(&path).unwrap();
                    out.insert(key, format!("{:016x}", fnv(&bytes)));
                } else {
                    out.insert(key, "special".into());
                }
            }
        }
        let mut out = BTreeMap::new();
        walk(self.root.path(), self.root.path(), &mut out);
        out
    }

    /// Replaces the scene's path in a message, for snapshots.
    fn redact(&self, text: &str) -> String {
        let root = self.root.path().to_str().unwrap();
        let real = self.root.path().canonicalize().unwrap();
        text.replace(real.to_str().unwrap(), "[SCENE]")
            .replace(root, "[SCENE]")
    }
}

fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h: u64, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Asserts that no file of `before` changed or went, and that the only new files are `allowed`
/// (paths relative to the scene).
fn assert_untouched(
    before: &BTreeMap<PathBuf, String>,
    after: &BTreeMap<PathBuf, String>,
    allowed: &[&str],
) {
    for (path, digest) in before {
        assert_eq!(
            after.get(path),
            Some(digest),
            "`{}` changed",
            path.display()
        );
    }
    for path in after.keys() {
        if !before.contains_key(path) {
            assert!(
                allowed.iter().any(|a| path.starts_with(a)),
                "`{}` was written",
                path.display()
            );
        }
    }
}

/// A recipe of the bundled library, which passes every check.
fn bundled_recipe() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("recipes/overnight-oats-kefir-blueberries.yaml")
}

fn mkfifo(path: &Path) {
    let c = std::ffi::CString::new(path.to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
}

fn symlink(target: &Path, link: &Path) {
    std::os::unix::fs::symlink(target, link).unwrap();
}

/// A small minimal layouts folder (one page) in the scene's `work/L`.
fn minimal_layouts(scene: &Scene) -> PathBuf {
    let layouts = scene.work().join("L");
    std::fs::create_dir_all(&layouts).unwrap();
    std::fs::copy(
        fixture("attacks/round2/minimal-layouts/handout.typ"),
        layouts.join("handout.typ"),
    )
    .unwrap();
    layouts
}

#[test]
fn export_refuses_links_out_of_the_layouts_folder() {
    // Links to a file and to a folder outside: the export stops, naming the link, and copies
    // nothing. The same for a layouts folder found inside a clinic folder.
    let scene = Scene::new();
    let layouts = minimal_layouts(&scene);
    symlink(&scene.outside().join("secret.txt"), &layouts.join("s.txt"));
    symlink(&scene.outside().join("folder"), &layouts.join("ssh"));
    let before = scene.files();
    let stderr = scene.run(&["export", "E", "--layouts", "L"]).fails_with(1);
    insta::assert_snapshot!("export-link-out", scene.redact(&stderr));
    assert!(!stderr.contains("root:x"), "{stderr}");
    assert_untouched(&before, &scene.files(), &[]);
    // An export inside the layouts folder would copy itself into itself.
    let stderr = scene
        .run(&["export", "L/E", "--layouts", "L"])
        .fails_with(1);
    assert!(
        stderr.contains("the export folder is inside the layouts folder it copies"),
        "{stderr}"
    );
    assert_untouched(&before, &scene.files(), &[]);
    // Only the folder link left: refused too.
    std::fs::remove_file(layouts.join("s.txt")).unwrap();
    let stderr = scene.run(&["export", "E", "--layouts", "L"]).fails_with(1);
    assert!(
        stderr
            .contains("layout file `L/ssh` is a link to a folder, which an export does not follow"),
        "{stderr}"
    );
    // A clinic folder's own layouts folder.
    let clinic = scene.work().join("clinic");
    std::fs::create_dir_all(&clinic).unwrap();
    std::fs::write(clinic.join("clinic.yaml"), "name: Linked\n").unwrap();
    std::fs::rename(&layouts, clinic.join("layouts")).unwrap();
    symlink(
        &scene.outside().join("secret.txt"),
        &clinic.join("layouts/s.txt"),
    );
    let before = scene.files();
    let stderr = gutjoint(&["export", "E"]).in_dir(&clinic).fails_with(1);
    assert!(
        stderr.contains("is a link to a file outside the layouts folder"),
        "{stderr}"
    );
    assert_untouched(&before, &scene.files(), &[]);
}

#[test]
fn section_ids_are_names() {
    // An id that climbs out of the export's folder is refused where clinic.yaml gives it.
    let scene = Scene::new();
    let clinic = scene.work().join("clinic");
    std::fs::create_dir_all(clinic.join("sections")).unwrap();
    std::fs::copy(
        fixture("attacks/round2/traversal.yaml"),
        clinic.join("clinic.yaml"),
    )
    .unwrap();
    std::fs::write(clinic.join("sections/forever.typ"), "Hello\n").unwrap();
    let before = scene.files();
    let stderr = gutjoint(&["export", "deep/down/E"])
        .in_dir(&clinic)
        .fails_with(1);
    insta::assert_snapshot!("section-id-not-a-name", scene.redact(&stderr));
    assert!(stderr.contains("clinic.yaml:6:"), "{stderr}");
    assert_untouched(&before, &scene.files(), &[]);
    assert!(!scene.outside().join("pwned.typ").exists());
}

#[test]
fn a_recipes_folder_table_that_links_out_is_refused_and_never_quoted() {
    // `ingredients.yaml` goes through the same opener as the recipes: a link out is refused.
    let scene = Scene::new();
    let recipes = scene.work().join("R");
    std::fs::create_dir_all(&recipes).unwrap();
    std::fs::copy(bundled_recipe(), recipes.join("toast.yaml")).unwrap();
    symlink(
        &scene.outside().join("secret.txt"),
        &recipes.join("ingredients.yaml"),
    );
    let before = scene.files();
    let stderr = scene.run(&["check", "--recipes", "R"]).fails_with(1);
    insta::assert_snapshot!("table-link-out", scene.redact(&stderr));
    assert!(!stderr.contains("root:x"), "{stderr}");
    // The same text copied in is parsed, and the message quotes no more than its first line.
    assert_untouched(&before, &scene.files(), &[]);
    std::fs::remove_file(recipes.join("ingredients.yaml")).unwrap();
    std::fs::write(recipes.join("ingredients.yaml"), SECRET).unwrap();
    let before = scene.files();
    let stderr = scene.run(&["check", "--recipes", "R"]).fails_with(1);
    assert!(!stderr.contains("daemon"), "{stderr}");
    assert!(stderr.contains("ingredients.yaml:1:"), "{stderr}");
    assert_untouched(&before, &scene.files(), &[]);
}

#[test]
fn fifos_and_devices_are_never_read() {
    // A FIFO or a device named as an input is refused at once, never read (it would hang or
    // never end), wherever it is named.
    let scene = Scene::new();
    let recipes = scene.work().join("R");
    std::fs::create_dir_all(&recipes).unwrap();
    std::fs::copy(bundled_recipe(), recipes.join("toast.yaml")).unwrap();
    mkfifo(&recipes.join("pipe.yaml"));
    mkfifo(&scene.work().join("clinic.yaml"));
    let stderr = scene.run(&["check", "--recipes", "R"]).fails_with(1);
    assert!(
        stderr.contains("recipe `R/pipe.yaml` is a named pipe (FIFO), not a file"),
        "{stderr}"
    );
    let stderr = scene
        .run(&["build", "--clinic", "clinic.yaml", "--date", DATE])
        .fails_with(1);
    assert!(
        stderr.contains("clinic settings `clinic.yaml` is a named pipe (FIFO), not a file"),
        "{stderr}"
    );
    for args in [
        ["plan", "--profile", "/dev/zero"],
        ["batch", "/dev/zero", "--out-dir"],
    ] {
        let mut args = args.to_vec();
        if args[0] == "batch" {
            args.push("O");
        }
        let stderr = scene.run(&args).fails_with(1);
        assert!(
            stderr.contains("`/dev/zero` is a device, not a file"),
            "{stderr}"
        );
    }
    let layouts = minimal_layouts(&scene);
    mkfifo(&layouts.join("pipe.typ"));
    std::fs::write(layouts.join("reads-pipe.typ"), "#read(\"pipe.typ\")\n").unwrap();
    let stderr = scene
        .run(&[
            "build",
            "--layouts",
            "L",
            "--layout",
            "reads-pipe",
            "-o",
            "x.pdf",
        ])
        .fails_with(1);
    assert!(
        stderr.contains("is a named pipe (FIFO), not a file"),
        "{stderr}"
    );
    assert!(!scene.work().join("x.pdf").exists());
}

/// A clinic folder made by `init --with-layouts`, with a logo and a recipe of its own.
fn clinic_folder(scene: &Scene) -> PathBuf {
    let clinic = scene.work().join("clinic");
    gutjoint(&["init", clinic.to_str().unwrap(), "--with-layouts"]).success();
    std::fs::copy(fixture("clinics/branded/logo.png"), clinic.join("logo.png")).unwrap();
    let yaml = std::fs::read_to_string(clinic.join("clinic.yaml")).unwrap();
    std::fs::write(
        clinic.join("clinic.yaml"),
        format!("{yaml}\nlogo: logo.png\n"),
    )
    .unwrap();
    std::fs::copy(bundled_recipe(), clinic.join("recipes/toast.yaml")).unwrap();
    clinic
}

#[test]
fn the_output_is_never_a_file_the_build_reads_however_it_was_found() {
    // In a clinic folder found by looking upwards, or given as `--clinic .`, `-o` naming its
    // settings, a recipe, a layout file or the logo is refused and the file kept.
    let scene = Scene::new();
    let clinic = clinic_folder(&scene);
    let before = scene.files();
    for clinic_flag in [None, Some(".")] {
        for output in [
            "clinic.yaml",
            "recipes/toast.yaml",
            "layouts/lib/theme.typ",
            "logo.png",
        ] {
            let mut args = vec!["build", "--date", DATE, "-o", output];
            if let Some(flag) = clinic_flag {
                args.extend(["--clinic", flag]);
            }
            let stderr = gutjoint(&args).in_dir(&clinic).fails_with(1);
            assert!(
                stderr.contains("the output is one of the files this build reads"),
                "{output}: {stderr}"
            );
        }
    }
    let stderr = gutjoint(&["build", "--date", DATE, "-o", "logo.png"])
        .in_dir(&clinic)
        .fails_with(1);
    insta::assert_snapshot!("output-is-the-logo", scene.redact(&stderr));
    assert_untouched(&before, &scene.files(), &[]);
}

#[test]
fn the_output_is_never_a_device_a_pipe_or_a_link() {
    // `-o` refuses anything that is not absent or a regular file.
    let scene = Scene::new();
    mkfifo(&scene.work().join("pipe"));
    symlink(
        &scene.outside().join("secret.txt"),
        &scene.work().join("link.pdf"),
    );
    let before = scene.files();
    for (output, needle) in [
        ("/dev/null", "the output is a device or a pipe, not a file"),
        ("pipe", "the output is a device or a pipe, not a file"),
        (
            "link.pdf",
            "the output is a link; gutjoint never writes through a link",
        ),
    ] {
        let stderr = scene
            .run(&["build", "--date", DATE, "-o", output])
            .fails_with(1);
        assert!(stderr.contains(needle), "{output}: {stderr}");
    }
    assert_untouched(&before, &scene.files(), &[]);
}

/// Writes a patients list of `n` rows into the scene.
fn patients(scene: &Scene, n: usize) -> PathBuf {
    let list: String = (0..n)
        .map(|i| format!("- name: Patient {i}\n  seed: {i}\n"))
        .collect();
    let path = scene.work().join("patients.yaml");
    std::fs::write(&path, list).unwrap();
    path
}

#[test]
fn an_interrupted_batch_leaves_no_temporary_file() {
    // SIGTERM during a real batch: the temporary files are removed, the exit code says which
    // signal ended it, and every handout left is whole.
    let scene = Scene::new();
    patients(&scene, 6);
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_gutjoint"))
        .current_dir(scene.work())
        .args([
            "batch",
            "patients.yaml",
            "--out-dir",
            "O",
            "--jobs",
            "2",
            "--date",
            DATE,
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Wait for the first handout, so the workers are busy with the others.
    let mut stderr = child.stderr.take().unwrap();
    let mut seen = Vec::new();
    let mut byte = [0u8; 1];
    while !String::from_utf8_lossy(&seen).contains("[1/6]") {
        let n = std::io::Read::read(&mut stderr, &mut byte).unwrap();
        assert!(
            n > 0,
            "the batch ended early: {}",
            String::from_utf8_lossy(&seen)
        );
        seen.push(byte[0]);
    }
    // SAFETY: a plain kill of our own child.
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(128 + libc::SIGTERM), "{status:?}");
    for entry in std::fs::read_dir(scene.work().join("O")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        assert!(!name.ends_with(".tmp"), "left {name}");
        let pdf = std::fs::read(&path).unwrap();
        assert!(
            pdf.starts_with(b"%PDF") && pdf.trim_ascii_end().ends_with(b"%%EOF"),
            "{name}"
        );
    }
}

#[test]
fn huge_images_are_refused_from_their_header() {
    // A logo or a layout's image that declares 100000 by 100000 pixels in a few bytes is refused
    // before anything decodes it.
    let scene = Scene::new();
    let clinic = scene.work().join("clinic");
    std::fs::create_dir_all(&clinic).unwrap();
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
    png.extend(100_000u32.to_be_bytes());
    png.extend(100_000u32.to_be_bytes());
    png.extend([8, 6, 0, 0, 0]);
    png.resize(3000, 0);
    std::fs::write(clinic.join("logo.png"), &png).unwrap();
    // A JPEG whose frame says 60000 by 60000.
    let jpeg = [
        0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 0, 0, 0xFF, 0xC0, 0, 11, 8, 0xEA, 0x60, 0xEA, 0x60, 1, 1,
        0x11, 0,
    ];
    std::fs::write(clinic.join("logo.jpg"), jpeg).unwrap();
    for (logo, needle) in [
        (
            "logo.png",
            "logo `logo.png` is 100000 by 100000 pixels, more than the 25 megapixels allowed",
        ),
        ("logo.jpg", "logo `logo.jpg` is 60000 by 60000 pixels"),
    ] {
        std::fs::write(clinic.join("clinic.yaml"), format!("logo: {logo}\n")).unwrap();
        let stderr = gutjoint(&["build", "--date", DATE, "-o", "x.pdf"])
            .in_dir(&clinic)
            .fails_with(1);
        assert!(stderr.contains(needle), "{stderr}");
        assert!(stderr.contains("clinic.yaml:1:7"), "{stderr}");
    }
    let layouts = minimal_layouts(&scene);
    std::fs::write(layouts.join("big.png"), &png).unwrap();
    std::fs::write(layouts.join("shows.typ"), "#image(\"big.png\")\n").unwrap();
    let stderr = scene
        .run(&[
            "build",
            "--layouts",
            "L",
            "--layout",
            "shows",
            "-o",
            "x.pdf",
        ])
        .fails_with(1);
    assert!(
        stderr.contains("image `big.png` is 100000 by 100000 pixels"),
        "{stderr}"
    );
}

#[test]
fn a_runaway_clinic_section_is_stopped_by_the_deadline_and_the_memory_budget() {
    // Typst has no step limit: a section that loops for ever is stopped at the deadline, one
    // that asks for an enormous array at the memory budget; no file or temporary file is left.
    let scene = Scene::new();
    let before = scene.files();
    let clinic = |name: &str| {
        fixture(&format!("attacks/round2/{name}.yaml"))
            .to_string_lossy()
            .into_owned()
    };
    for (case, env, needle) in [
        (
            "forever",
            ("GUTJOINT_LAYOUT_TIMEOUT", "2"),
            "the layout took longer than 2 s, so it was stopped",
        ),
        ("huge", ("GUTJOINT_MEMORY_LIMIT", "512"), "512 MiB"),
    ] {
        for command in ["build", "batch"] {
            let mut args = vec![command];
            if command == "batch" {
                patients(&scene, 2);
                args.extend(["patients.yaml", "--out-dir", "O"]);
            } else {
                args.extend(["-o", "out.pdf"]);
            }
            let path = clinic(case);
            args.extend(["--clinic", &path, "--date", DATE]);
            let stderr = scene.run(&args).env(env.0, env.1).fails_with(1);
            assert!(stderr.contains(needle), "{case} {command}: {stderr}");
            assert!(
                stderr.contains("so it was stopped"),
                "{case} {command}: {stderr}"
            );
            // The size asked for at once depends on how the array grew; the deadline is exact.
            if command == "build" && case == "forever" {
                insta::assert_snapshot!(format!("runaway-{case}"), stderr);
            }
        }
    }
    assert_untouched(&before, &scene.files(), &["work/patients.yaml", "work/O"]);
    assert_eq!(
        std::fs::read_dir(scene.work().join("O")).unwrap().count(),
        0
    );
}

#[test]
fn font_folders_are_checked_and_costly_fonts_skipped_by_name() {
    // A missing path, a file or a folder without fonts is an error; a 12-byte collection that
    // claims four billion fonts is skipped at once, and named.
    let scene = Scene::new();
    std::fs::create_dir_all(scene.work().join("empty")).unwrap();
    scene.write("file.ttf", b"");
    for (path, needle) in [
        ("missing", "font folder `missing` does not exist"),
        ("file.ttf", "font folder `file.ttf` is a file, not a folder"),
        (
            "empty",
            "font folder `empty` holds no fonts gutjoint can use",
        ),
    ] {
        let stderr = scene
            .run(&["build", "--font-path", path, "-o", "x.pdf", "--date", DATE])
            .fails_with(1);
        assert!(stderr.contains(needle), "{stderr}");
    }
    let fonts = scene.work().join("fonts");
    std::fs::create_dir_all(&fonts).unwrap();
    std::fs::write(fonts.join("bomb.ttc"), b"ttcf\0\x01\0\0\xff\xff\xff\xff").unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fonts/Literata_400Regular.ttf"),
        fonts.join("ok.ttf"),
    )
    .unwrap();
    patients(&scene, 2);
    let out = scene
        .run(&[
            "batch",
            "patients.yaml",
            "--out-dir",
            "O",
            "--font-path",
            "fonts",
            "--date",
            DATE,
        ])
        .output();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let warning =
        "warning: font `fonts/bomb.ttc` was skipped: its collection header claims 4294967295 fonts";
    assert_eq!(stderr.matches(warning).count(), 1, "{stderr}");
}

#[test]
fn closed_or_full_standard_streams_end_quietly() {
    // A reader that stops early (`| head -c1`) ends the run quietly; a full standard error does
    // not stop a batch; a full standard output is an I/O error.
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_gutjoint"))
        .args(["completions", "bash"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.is_empty(), "{stderr}");
    let scene = Scene::new();
    patients(&scene, 2);
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_gutjoint"))
        .current_dir(scene.work())
        .args(["batch", "patients.yaml", "--out-dir", "O", "--date", DATE])
        .stderr(full)
        .stdout(Stdio::null())
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(0));
    assert_eq!(
        std::fs::read_dir(scene.work().join("O")).unwrap().count(),
        2
    );
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_gutjoint"))
        .args(["recipes"])
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("error: failed to write to standard output (No space left on device)"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn thousands_of_unknown_names_are_counted_not_listed() {
    // 20,000 unknown ingredients to avoid: ten warnings and a count, in one pass; nothing can
    // hold them, so the plan is made.
    let scene = Scene::new();
    let names: String = (0..20_000).map(|i| format!("  - nothing-{i}\n")).collect();
    scene.write(
        "profile.yaml",
        format!("name: Ana\navoid-ingredients:\n{names}"),
    );
    let out = scene
        .run(&["plan", "--profile", "profile.yaml", "--date", DATE])
        .output();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert_eq!(
        stderr.matches("no recipe holds `nothing-").count(),
        10,
        "{stderr}"
    );
    assert!(
        stderr.contains("and 19,990 more avoid-ingredients words no recipe holds"),
        "{stderr}"
    );
    assert!(stderr.contains("profile.yaml:12:"), "{stderr}");
}

#[test]
fn init_never_replaces_a_file_or_writes_through_a_link() {
    // `init` in a folder that already holds one of its files keeps it, and a link in the place
    // of one is not followed.
    let scene = Scene::new();
    let clinic = scene.work().join("clinic");
    std::fs::create_dir_all(clinic.join("profiles")).unwrap();
    symlink(
        &scene.outside().join("secret.txt"),
        &clinic.join("profiles/example.yaml"),
    );
    let before = scene.files();
    let stderr = scene.run(&["init", "clinic"]).fails_with(1);
    assert!(
        stderr.contains("this file is already there; `init` never replaces a file"),
        "{stderr}"
    );
    assert_untouched(&before, &scene.files(), &[]);
    // A link to a folder elsewhere, in the place of `layouts/`, is not written through either.
    std::fs::remove_file(clinic.join("profiles/example.yaml")).unwrap();
    symlink(&scene.outside().join("folder"), &clinic.join("layouts"));
    let before = scene.files();
    let stderr = scene
        .run(&["init", "clinic", "--with-layouts"])
        .fails_with(1);
    assert!(stderr.contains("clinic/layouts"), "{stderr}");
    assert_untouched(&before, &scene.files(), &[]);
}

#[test]
fn names_in_the_bundled_scripts_print_and_others_are_located() {
    // Greek, Cyrillic, Arabic, Hebrew and Devanagari names print with the bundled fonts; a name
    // no font can print, an emoji or a control character is refused with its row and line, and
    // the batch's progress and summary say what was really written.
    let scene = Scene::new();
    let names = [
        "Ελένη Παππά",
        "Иван Петров",
        "محمد علي",
        "יעל כהן",
        "प्रिया शर्मा",
    ];
    let mut list: String = names.iter().map(|n| format!("- name: \"{n}\"\n")).collect();
    list.push_str("- name: \"李小龙\"\n- name: \"Bo \\e[31mred\"\n- name: \"Ana 😀\"\n");
    scene.write("patients.yaml", list);
    let stderr = scene
        .run(&["batch", "patients.yaml", "--out-dir", "O", "--date", DATE])
        .fails_with(1);
    let problems: String = stderr
        .lines()
        .filter(|l| !l.starts_with('['))
        .map(|l| format!("{l}\n"))
        .collect();
    insta::assert_snapshot!("names-no-font-can-print", problems);
    assert!(
        stderr.contains("error: found 3 problems in the input files"),
        "{stderr}"
    );
    assert!(stderr.contains("wrote 5 of 8 handouts"), "{stderr}");
    let mut written: Vec<_> = std::fs::read_dir(scene.work().join("O"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    written.sort();
    assert_eq!(written.len(), 5);
    // Names of no Latin letters are files named `patient-…`.
    assert!(
        written.iter().all(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            name.starts_with("patient-") || name.starts_with("ivan") || name.starts_with("ana")
        }),
        "{written:?}"
    );
    let pdfs: Vec<Vec<u8>> = written.iter().map(|p| std::fs::read(p).unwrap()).collect();
    let text: String = pdfs
        .iter()
        .map(|pdf| crate::pages_text(pdf)[0].clone())
        .collect::<String>()
        .split_whitespace()
        .collect();
    for name in ["ΕλένηΠαππά", "ИванПетров"] {
        assert!(text.contains(name), "{name} is not printed: {text}");
    }
    // Right-to-left names are laid out right to left: the text, read off the page from left to
    // right, comes out reversed.
    for name in ["יעל כהן", "محمد علي"] {
        let seen: String = name.chars().rev().filter(|c| !c.is_whitespace()).collect();
        assert!(
            text.contains(&seen),
            "{name} is not set right to left: {text}"
        );
    }
    let devanagari = pdfs
        .iter()
        .any(|pdf| pdf.windows(18).any(|w| w == b"NotoSansDevanagari"));
    assert!(devanagari, "no handout uses the Devanagari font");
}

#[test]
fn a_clinic_folder_may_carry_the_fonts_its_names_need() {
    // Thai is in none of the bundled fonts: a name in it is refused until the clinic folder's
    // `fonts/` holds a Thai font, which the build then uses.
    let clinic = fixture("attacks/round2/thai-clinic");
    let scene = Scene::new();
    scene.write("p.yaml", "name: \"สมชาย ใจดี\"\n");
    let profile = scene.work().join("p.yaml");
    let profile = profile.to_str().unwrap();
    let stderr = scene
        .run(&["build", "--profile", profile, "--date", DATE, "-o", "x.pdf"])
        .fails_with(1);
    assert!(
        stderr.contains("`name` holds `ส` (U+0E2A), which none of the fonts can print"),
        "{stderr}"
    );
    assert!(stderr.contains("p.yaml:1:7"), "{stderr}");
    let out = scene.work().join("x.pdf");
    gutjoint(&[
        "build",
        "--profile",
        profile,
        "--date",
        DATE,
        "-o",
        out.to_str().unwrap(),
    ])
    .in_dir(&clinic)
    .success();
    let pages = crate::pages_text(&std::fs::read(&out).unwrap());
    assert!(pages[0].contains("Thai Clinic"), "{}", pages[0]);
}

#[test]
fn a_bare_clinic_file_name_finds_its_files() {
    // `--clinic clinic.yaml` means the clinic.yaml of the current folder, with its logo and its
    // sections beside it, as `./clinic.yaml` does.
    let scene = Scene::new();
    let clinic = scene.work().join("clinic");
    std::fs::create_dir_all(clinic.join("sections")).unwrap();
    std::fs::copy(fixture("clinics/branded/logo.png"), clinic.join("logo.png")).unwrap();
    std::fs::write(
        clinic.join("sections/ours.typ"),
        "= Our own words\nHello.\n",
    )
    .unwrap();
    std::fs::write(
        clinic.join("clinic.yaml"),
        "name: Bare\nlogo: logo.png\neducation:\n  sections: [ours, safety]\n  files:\n    ours: sections/ours.typ\n",
    )
    .unwrap();
    let out = scene.work().join("x.pdf");
    gutjoint(&[
        "build",
        "--clinic",
        "clinic.yaml",
        "--date",
        DATE,
        "-o",
        out.to_str().unwrap(),
    ])
    .in_dir(&clinic)
    .success();
    let text = crate::pages_text(&std::fs::read(&out).unwrap()).join(" ");
    assert!(text.contains("Our own words"), "{text}");
}

#[test]
fn dates_whose_week_does_not_fit_are_refused() {
    // A week from 9999-12-31 has no second day: refused in a profile and on the command line.
    let scene = Scene::new();
    scene.write("p.yaml", "name: Ana\nstart: 9999-12-30\n");
    let stderr = scene.run(&["plan", "--profile", "p.yaml"]).fails_with(1);
    assert!(
        stderr.contains(
            "the week from `9999-12-30` runs past the last date gutjoint knows (9999-12-31)"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("p.yaml:2:"), "{stderr}");
    let stderr = scene.run(&["plan", "--date", "9999-12-31"]).fails_with(2);
    assert!(stderr.contains("runs past the last date"), "{stderr}");
}

#[test]
fn two_recipes_pinned_to_one_meal_is_an_error() {
    // The last pin used to win silently.
    let scene = Scene::new();
    scene.write("p.yaml", "name: Ana\npins:\n  - { day: 2, meal: dinner, recipe: miso-salmon-traybake }\n  - { day: 2, meal: dinner, recipe: beetroot-hummus }\n");
    let stderr = scene.run(&["plan", "--profile", "p.yaml"]).fails_with(1);
    insta::assert_snapshot!("two-pins-one-meal", stderr);
}

#[test]
fn typst_errors_name_the_clinics_own_files() {
    // A Typst error in a clinic's section names that file and line, not a bundled path; a
    // damaged PNG logo is named in clinic.yaml, not in the layout that shows it.
    let stderr = gutjoint(&[
        "build",
        "--clinic",
        fixture("attacks/round2/quiet/broken.yaml")
            .to_str()
            .unwrap(),
        "--date",
        DATE,
        "-o",
        "/nonexistent-dir/x.pdf",
    ])
    .fails_with(1);
    assert!(
        stderr.contains("round2/quiet/sections/broken.typ:2:"),
        "{stderr}"
    );
    assert!(!stderr.contains("(bundled):1"), "{stderr}");
    let scene = Scene::new();
    let mut png = std::fs::read(fixture("clinics/branded/logo.png")).unwrap();
    let keep = png.len() / 2;
    png.truncate(keep);
    png.extend(std::iter::repeat_n(0x55, 400));
    scene.write("logo.png", png);
    scene.write("clinic.yaml", "name: Damaged\nlogo: logo.png\n");
    let stderr = scene
        .run(&["build", "--date", DATE, "-o", "x.pdf"])
        .fails_with(1);
    assert!(
        stderr.contains("logo `logo.png` is a damaged PNG image"),
        "{stderr}"
    );
    assert!(stderr.contains("clinic.yaml:2:7"), "{stderr}");
    scene.write(
        "logo.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><g><rect></g>",
    );
    scene.write("clinic.yaml", "name: Damaged\nlogo: logo.svg\n");
    let stderr = scene
        .run(&["build", "--date", DATE, "-o", "x.pdf"])
        .fails_with(1);
    assert!(
        stderr.contains("logo `logo.svg` is a damaged SVG image"),
        "{stderr}"
    );
    assert!(stderr.contains("clinic.yaml:2:7"), "{stderr}");
    assert!(!stderr.contains("theme.typ"), "{stderr}");
}

#[test]
fn small_wrong_but_quiet_things_are_right() {
    // Repeated rows are x, x-2, x-3; an empty list warns; a bad SOURCE_DATE_EPOCH is named as
    // such and does not block a build that gives --date; a logo just over the cap says its
    // size; the accent colour's error points at its own line; a website may not hold direction
    // controls.
    let scene = Scene::new();
    scene.write("three.yaml", "- name: Ana\n- name: Ana\n- name: Ana\n");
    scene
        .run(&["batch", "three.yaml", "--out-dir", "O", "--date", DATE])
        .success();
    let mut names: Vec<String> = std::fs::read_dir(scene.work().join("O"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let first = names.iter().min_by_key(|n| n.len()).unwrap();
    let stem = first.trim_end_matches(".pdf").to_owned();
    assert_eq!(
        names,
        [
            format!("{stem}-2.pdf"),
            format!("{stem}-3.pdf"),
            format!("{stem}.pdf")
        ]
    );
    scene.write("empty.yaml", "# nobody yet\n");
    let out = scene
        .run(&["batch", "empty.yaml", "--out-dir", "E", "--date", DATE])
        .output();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("warning: the patients file lists no patients"),
        "{stderr}"
    );
    // A usage mistake, as a bad flag is: exit code 2.
    let stderr = scene
        .run(&["plan"])
        .env("SOURCE_DATE_EPOCH", "yesterday")
        .fails_with(2);
    assert!(
        stderr.contains("error: SOURCE_DATE_EPOCH `yesterday` is not a date as seconds since 1970"),
        "{stderr}"
    );
    assert!(!stderr.contains("--source-date-epoch <"), "{stderr}");
    scene
        .run(&["plan", "--date", DATE])
        .env("SOURCE_DATE_EPOCH", "yesterday")
        .success();
    let clinic = scene.work().join("clinic");
    std::fs::create_dir_all(&clinic).unwrap();
    let mut big = std::fs::read(fixture("clinics/branded/logo.png")).unwrap();
    big.resize(6 * 1024 * 1024 - 100, 0);
    std::fs::write(clinic.join("big.png"), big).unwrap();
    std::fs::write(clinic.join("clinic.yaml"), "logo: big.png\n").unwrap();
    let stderr = gutjoint(&["build", "--date", DATE, "-o", "x.pdf"])
        .in_dir(&clinic)
        .fails_with(1);
    assert!(
        stderr.contains("logo `big.png` is 6.0 MiB, more than the 5 MiB allowed"),
        "{stderr}"
    );
    let stderr = gutjoint(&[
        "build",
        "--clinic",
        fixture("attacks/round2/quiet/accent.yaml")
            .to_str()
            .unwrap(),
        "-o",
        "/nonexistent-dir/x.pdf",
    ])
    .fails_with(1);
    assert!(
        stderr.contains("accent colour `red` is not a colour"),
        "{stderr}"
    );
    assert!(stderr.contains("accent.yaml:4:9"), "{stderr}");
    std::fs::write(
        clinic.join("clinic.yaml"),
        "website: \"example.org/\u{202e}gro.live\"\n",
    )
    .unwrap();
    let stderr = gutjoint(&["build", "--date", DATE, "-o", "x.pdf"])
        .in_dir(&clinic)
        .fails_with(1);
    assert!(
        stderr.contains("`website` holds the direction control character U+202E"),
        "{stderr}"
    );
}

#[test]
fn a_layout_failure_in_a_batch_is_counted_and_not_claimed_as_written() {
    // One row's layout fails: its progress line says no handout was written, and the summary
    // counts it as a problem.
    let scene = Scene::new();
    scene.write("list.yaml", "- name: Good\n- name: Bad\n");
    let layouts = fixture("attacks/round2/fails-for-bad");
    let stderr = scene
        .run(&[
            "batch",
            "list.yaml",
            "--out-dir",
            "O",
            "--date",
            DATE,
            "--jobs",
            "1",
        ])
        .args(&["--layouts", layouts.to_str().unwrap()])
        .fails_with(1);
    assert!(stderr.contains("] line 2: no handout written"), "{stderr}");
    assert!(
        stderr.contains("no handout for this row: the layout failed (`O/bad-"),
        "{stderr}"
    );
    assert!(stderr.contains("no handout for Bad"), "{stderr}");
    assert!(
        stderr.contains("error: found 1 problem in the input files"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_dir(scene.work().join("O")).unwrap().count(),
        1
    );
}

#[test]
fn counts_are_capped_before_anything_is_read() {
    // Thousands of section files or recipe files are refused by their count, before any is read.
    let scene = Scene::new();
    let files: String = (0..41).map(|i| format!("    s{i}: s{i}.typ\n")).collect();
    scene.write("clinic.yaml", format!("education:\n  files:\n{files}"));
    let stderr = scene.run(&["check"]).fails_with(1);
    assert!(
        stderr.contains("`files` names 41 section files, more than the 40 allowed"),
        "{stderr}"
    );
    std::fs::remove_file(scene.work().join("clinic.yaml")).unwrap();
    let recipes = scene.work().join("R");
    std::fs::create_dir_all(&recipes).unwrap();
    for i in 0..5001 {
        std::fs::write(recipes.join(format!("r{i}.yaml")), "").unwrap();
    }
    let stderr = scene.run(&["check", "--recipes", "R"]).fails_with(1);
    assert!(
        stderr.contains("the recipes folder holds 5001 recipe files, more than the 5000 allowed"),
        "{stderr}"
    );
}

#[test]
fn a_clinic_folder_of_another_user_is_not_picked_up() {
    // A stranger's clinic.yaml above the current folder is ignored, with a warning. (Giving a
    // file to another user needs root; elsewhere the test has nothing to try.)
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        return;
    }
    let scene = Scene::new();
    scene.write("clinic.yaml", "name: A Stranger\n");
    let c = std::ffi::CString::new(scene.work().join("clinic.yaml").to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::chown(c.as_ptr(), 12345, 12345) }, 0);
    let inner = scene.work().join("mine");
    std::fs::create_dir_all(&inner).unwrap();
    let out = gutjoint(&["plan", "--date", DATE]).in_dir(&inner).output();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("clinic.yaml`: it belongs to another user (pass `--clinic` to use it)"),
        "{stderr}"
    );
    assert!(!stderr.contains("using clinic folder"), "{stderr}");
}
