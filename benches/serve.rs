//! Times `gutjoint serve` warm: a handout PDF (`POST /api/handout`) and a page preview
//! (`POST /preview` and its first page's PNG), one client and 8 at once, against a server
//! in this process on 127.0.0.1 only; beside them, in the same run, the cold `gutjoint build`
//! of a handout and the Typst CLI on its export. A plain harness:
//!
//! ```sh
//! cargo build --release && cargo bench --bench serve
//! TYPST=/var/tmp/typst-cli/bin/typst cargo bench --bench serve     # with the Typst CLI
//! ```
//! Each request is another patient (name, diet and household vary), so nothing is served from a
//! previous answer; the numbers go in the README.

// A benchmark that cannot set up should stop loudly.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use gutjoint::serve::{self, App, Config, Engine};
use std::io::{Read, Write};

const DIETS: [&str; 4] = ["omnivore", "pescatarian", "vegetarian", "vegan"];

/// One request over a fresh connection; returns the status and the body. The client is plain
/// blocking I/O on tokio's blocking threads, apart from the server's.
async fn request(
    address: std::net::SocketAddr,
    method: &str,
    path: &str,
    kind: &str,
    body: &[u8],
) -> (u16, Vec<u8>) {
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {address}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let body = body.to_vec();
    tokio::task::spawn_blocking(move || {
        let mut stream = std::net::TcpStream::connect(address).expect("connect");
        stream.write_all(head.as_bytes()).expect("write");
        stream.write_all(&body).expect("write");
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer).expect("read");
        let status = String::from_utf8_lossy(&answer[9..12]).parse().unwrap_or(0);
        let split = answer
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .map_or(answer.len(), |p| p + 4);
        (status, answer[split..].to_vec())
    })
    .await
    .expect("the client thread")
}

fn profile(i: usize) -> String {
    serde_json::json!({
        "name": format!("Patient {i}"),
        "diet": DIETS[i % 4],
        "household": 1 + i % 4,
        "start": "2026-12-07",
    })
    .to_string()
}

fn form(i: usize) -> String {
    format!(
        "name=Patient+{i}&diet={}&household={}&start=2026-12-07&meals-sent=1&meals=breakfast&meals=lunch&meals=dinner&meals=snack&layout=handout",
        DIETS[i % 4],
        1 + i % 4
    )
}

/// A handout PDF for patient `i`.
async fn handout(address: std::net::SocketAddr, i: usize) -> bool {
    let (status, body) = request(
        address,
        "POST",
        "/api/handout",
        "application/json",
        profile(i).as_bytes(),
    )
    .await;
    status == 200 && body.starts_with(b"%PDF")
}

/// A preview for patient `i`, with its first page drawn.
async fn preview(address: std::net::SocketAddr, i: usize) -> bool {
    let (status, body) = request(
        address,
        "POST",
        "/preview",
        "application/x-www-form-urlencoded",
        form(i).as_bytes(),
    )
    .await;
    if status != 200 {
        return false;
    }
    let json: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
    let Some(id) = json["id"].as_str() else {
        return false;
    };
    let (status, png) = request(
        address,
        "GET",
        &format!("/preview/{id}/1"),
        "text/plain",
        b"",
    )
    .await;
    status == 200 && png.starts_with(b"\x89PNG")
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1000.0
}

/// Runs `per_client` requests on each of `clients` clients at once; prints p50, p95 and failures.
async fn measure<F, Fut>(
    what: &str,
    address: std::net::SocketAddr,
    clients: usize,
    per_client: usize,
    one: F,
) where
    F: Fn(std::net::SocketAddr, usize) -> Fut + Send + Sync + Copy + 'static,
    Fut: std::future::Future<Output = bool> + Send,
{
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(1000);
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..clients {
        tasks.push(tokio::spawn(async move {
            let mut times = Vec::new();
            let mut failed = 0;
            for _ in 0..per_client {
                let i = NEXT.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                let t = Instant::now();
                if !one(address, i).await {
                    failed += 1;
                }
                times.push(t.elapsed());
            }
            (times, failed)
        }));
    }
    let mut times = Vec::new();
    let mut failed = 0;
    for task in tasks {
        let (t, f) = task.await.unwrap();
        times.extend(t);
        failed += f;
    }
    times.sort();
    println!(
        "{what}, {clients} client{}: p50 {:.0} ms, p95 {:.0} ms over {} requests, {failed} failed, {:.1} per second",
        if clients == 1 { "" } else { "s at once" },
        percentile(&times, 0.5),
        percentile(&times, 0.95),
        times.len(),
        times.len() as f64 / started.elapsed().as_secs_f64()
    );
}

/// Times a command `runs` times; returns the median in ms, or `None` when it cannot run.
fn command_median(runs: usize, mut make: impl FnMut() -> std::process::Command) -> Option<f64> {
    let mut times = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        let out = make().output().ok()?;
        if !out.status.success() {
            eprintln!("{}", String::from_utf8_lossy(&out.stderr));
            return None;
        }
        times.push(t.elapsed());
    }
    times.sort();
    Some(times[times.len() / 2].as_secs_f64() * 1000.0)
}

fn main() {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!("machine: {cores} cores; server in this process on 127.0.0.1, one worker per core");
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let app: Arc<App> = App::new(
            Engine::open(None).expect("the engine loads"),
            &Config::new(address, None),
        );
        tokio::spawn(async move { axum::serve(listener, serve::router(app)).await.unwrap() });
        // Warm: the first handout lays out the education pages and the common recipes.
        for i in 0..3 {
            assert!(
                handout(address, i).await,
                "the first handouts should be made"
            );
            assert!(
                preview(address, i).await,
                "the first previews should be made"
            );
        }
        measure("handout PDF", address, 1, 30, handout).await;
        measure("page preview", address, 1, 30, preview).await;
        measure("handout PDF", address, 8, 6, handout).await;
        measure("page preview", address, 8, 6, preview).await;
    });

    // The cold command line and the Typst CLI on the same kind of document.
    let target =
        std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| PathBuf::from("target"), PathBuf::from);
    let gutjoint =
        std::env::var_os("GUTJOINT").map_or_else(|| target.join("release/gutjoint"), PathBuf::from);
    let work = tempfile::tempdir().unwrap();
    std::fs::write(
        work.path().join("p.yaml"),
        "name: Patient 1\ndiet: vegan\nhousehold: 2\nstart: 2026-12-07\n",
    )
    .unwrap();
    let cold = command_median(7, || {
        let mut c = std::process::Command::new(&gutjoint);
        c.current_dir(work.path())
            .args(["build", "--profile", "p.yaml", "-o", "out.pdf"]);
        c
    });
    match cold {
        Some(ms) => println!(
            "cold `gutjoint build` (a new process each time): median {ms:.0} ms over 7 runs"
        ),
        None => println!(
            "cold `gutjoint build`: not measured (build it with `cargo build --release`, or set GUTJOINT)"
        ),
    }
    let typst = std::env::var_os("TYPST").map(PathBuf::from);
    let exported = std::process::Command::new(&gutjoint)
        .current_dir(work.path())
        .args(["export", "export", "--profile", "p.yaml"])
        .output()
        .is_ok_and(|o| o.status.success());
    match (typst, exported) {
        (Some(typst), true) => {
            let ms = command_median(7, || {
                let mut c = std::process::Command::new(&typst);
                c.current_dir(work.path().join("export")).args([
                    "compile",
                    "--font-path",
                    "fonts",
                    "--ignore-system-fonts",
                    "main.typ",
                    "out.pdf",
                ]);
                c
            });
            match ms {
                Some(ms) => {
                    println!("Typst CLI on the exported handout: median {ms:.0} ms over 7 runs")
                }
                None => println!("Typst CLI: failed"),
            }
        }
        _ => println!("Typst CLI: not measured (set TYPST=/path/to/typst 0.15.1)"),
    }
}
