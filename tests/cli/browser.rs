//! `gutjoint serve` in a real browser: Debian's Chromium driven over WebDriver (fantoccini). A
//! vegan patient avoiding sesame gets a preview and a PDF; a three-row patients file with one
//! bad row gets its message and a ZIP of two; every control is reached by the keyboard alone;
//! axe-core finds no serious problem on any page; and each page is saved as a screenshot at
//! 1280x800 and 390x844 (in `CARGO_TARGET_TMPDIR/screenshots`, to look at).
//!
//! It needs `/usr/bin/chromium`, `/usr/bin/chromedriver` and axe-core in `.axe/` (`.ci/run`
//! installs them); without them it says so and passes, unless `GUTJOINT_BROWSER_TESTS=1`.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use gutjoint::serve::{self, App, Config, Engine};

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

fn axe_path() -> PathBuf {
    std::env::var_os("GUTJOINT_AXE").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join(".axe/node_modules/axe-core/axe.min.js"),
        PathBuf::from,
    )
}

/// Says whether the browser test can run; when it cannot, it says why, and fails only when
/// `GUTJOINT_BROWSER_TESTS=1` demands it.
fn available() -> bool {
    let missing: Vec<String> = [
        PathBuf::from(CHROMIUM),
        PathBuf::from(CHROMEDRIVER),
        axe_path(),
    ]
    .into_iter()
    .filter(|p| !p.exists())
    .map(|p| p.display().to_string())
    .collect();
    if missing.is_empty() {
        return true;
    }
    let demanded = std::env::var("GUTJOINT_BROWSER_TESTS").is_ok_and(|v| v == "1");
    assert!(
        !demanded,
        "GUTJOINT_BROWSER_TESTS=1 but these are missing: {missing:?}"
    );
    eprintln!(
        "note: the browser test is skipped: {} missing (apt-get install chromium chromium-driver; npm install --prefix .axe axe-core)",
        missing.join(", ")
    );
    false
}

/// A free port on loopback.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Chromedriver, ended when dropped.
struct Driver(std::process::Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

async fn wait_until<F, Fut>(what: &str, mut ready: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let started = Instant::now();
    while !ready().await {
        assert!(
            started.elapsed() < Duration::from_secs(90),
            "timed out waiting for {what}"
        );
        tokio::time::sleep(Duration::from_millis(150)).await;
    }
}

/// Runs `start` (a script returning a fetch's promise) in the page and returns the body.
async fn fetch(client: &Client, start: &str) -> Vec<u8> {
    let script = format!(
        "const done = arguments[arguments.length - 1];
         (function () {{ {start} }})().then(r => r.arrayBuffer()).then(b => {{
           const bytes = new Uint8Array(b); let s = '';
           for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
           done(btoa(s));
         }});"
    );
    let encoded = client.execute_async(&script, vec![]).await.unwrap();
    base64_decode(encoded.as_str().unwrap())
}

fn base64_decode(text: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        _ => 63,
    };
    let sextets: Vec<u8> = text.bytes().filter(|&c| c != b'=').map(value).collect();
    sextets
        .chunks(4)
        .flat_map(|c| {
            let n = c
                .iter()
                .enumerate()
                .fold(0u32, |n, (i, &v)| n | (u32::from(v) << (18 - 6 * i)));
            let all = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
            all.into_iter().take(c.len().saturating_sub(1))
        })
        .collect()
}

async fn screenshot(client: &Client, name: &str) {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    for (w, h) in [(1280, 800), (390, 844)] {
        client.set_window_size(w, h).await.unwrap();
        tokio::time::sleep(Duration::from_millis(300)).await;
        let png = client.screenshot().await.unwrap();
        std::fs::write(dir.join(format!("{name}-{w}x{h}.png")), png).unwrap();
    }
    client.set_window_size(1280, 800).await.unwrap();
}

/// Runs axe-core in the page and fails on any serious or critical violation.
async fn axe(client: &Client, axe_source: &str, page: &str) {
    client.execute(axe_source, vec![]).await.unwrap();
    let result = client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))));",
            vec![],
        )
        .await
        .unwrap();
    let serious: Vec<&serde_json::Value> = result
        .as_array()
        .unwrap()
        .iter()
        .filter(|v| matches!(v["impact"].as_str(), Some("serious" | "critical")))
        .collect();
    assert!(serious.is_empty(), "{page}: axe-core found {serious:#?}");
}

/// Tabs through the page from its skip link and returns each control reached, once.
async fn tab_through(client: &Client) -> Vec<String> {
    client
        .execute(
            "window.scrollTo(0, 0); document.querySelector('.skip').focus();",
            vec![],
        )
        .await
        .unwrap();
    let mut reached: Vec<String> = Vec::new();
    let mut last = String::new();
    for _ in 0..250 {
        // A key press of the keyboard itself, not sent to an element (which would focus it).
        use fantoccini::actions::{InputSource, KeyAction, KeyActions};
        let tab: char = fantoccini::key::Key::Tab.into();
        let press = KeyActions::new("keyboard".into())
            .then(KeyAction::Down { value: tab })
            .then(KeyAction::Up { value: tab });
        client.perform_actions(press).await.unwrap();
        let now = client
            .execute(
                "const e = document.activeElement; return e ? (e.id || (e.name ? e.name + '=' + (e.value || '') : '') || e.getAttribute('href') || e.tagName) : '';",
                vec![],
            )
            .await
            .unwrap();
        let now = now.as_str().unwrap_or("").to_owned();
        // A date field takes several presses (day, month, year); the page's end is the body.
        if now == "BODY" || (reached.first() == Some(&now) && reached.len() > 5) {
            break;
        }
        if now != last && !reached.contains(&now) {
            reached.push(now.clone());
        }
        last = now;
    }
    reached
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_receptionist_makes_a_handout_and_a_batch_in_chromium() {
    if !available() {
        return;
    }
    let axe_source = std::fs::read_to_string(axe_path()).unwrap();
    // The server, in-process on a free port.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let app: Arc<App> = App::new(Engine::open(None).unwrap(), &Config::new(address, None));
    tokio::spawn(async move {
        axum::serve(listener, serve::router(app)).await.unwrap();
    });
    let base = format!("http://{address}");

    let port = free_port();
    let _driver = Driver(
        std::process::Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap(),
    );
    let profile = tempfile::tempdir().unwrap();
    let saved = tempfile::tempdir().unwrap();
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({
            "binary": CHROMIUM,
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--disable-quic", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--window-size=1280,800",
                     format!("--user-data-dir={}", profile.path().display())],
            "prefs": {
                "download.default_directory": saved.path().display().to_string(),
                "download.prompt_for_download": false,
            }
        }),
    );
    let mut client = None;
    for _ in 0..50 {
        match ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps.clone())
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
        {
            Ok(c) => {
                client = Some(c);
                break;
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
        }
    }
    let client = client.expect("chromedriver should start a session");
    client.set_window_size(1280, 800).await.unwrap();

    // The new-handout page: a vegan patient avoiding sesame.
    client.goto(&format!("{base}/")).await.unwrap();
    client
        .find(Locator::Css("#f-name"))
        .await
        .unwrap()
        .send_keys("Vera Example")
        .await
        .unwrap();
    client
        .find(Locator::Css("#f-diet"))
        .await
        .unwrap()
        .select_by_value("vegan")
        .await
        .unwrap();
    client
        .find(Locator::Css(
            "input[name='avoid-allergens'][value='sesame']",
        ))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    client
        .find(Locator::Css("#f-start"))
        .await
        .unwrap()
        .send_keys("11/26/2026")
        .await
        .unwrap();
    // A misspelt food gets the command line's warning beside the field.
    let avoid = client.find(Locator::Css("#f-avoid")).await.unwrap();
    avoid.send_keys("sesam seeds").await.unwrap();
    wait_until("the message beside the field", || async {
        let slot = client
            .find(Locator::Css("#error-avoid-ingredients"))
            .await
            .unwrap();
        slot.is_displayed().await.unwrap_or(false)
            && slot
                .text()
                .await
                .unwrap_or_default()
                .contains("no recipe holds `sesam seeds`")
    })
    .await;
    avoid.clear().await.unwrap();
    avoid.send_keys("tahini").await.unwrap();
    wait_until("the preview's pages", || async {
        let status = client.find(Locator::Css("#preview-status")).await.unwrap().text().await.unwrap();
        let loaded = client
            .execute(
                "const i = document.querySelector('#preview-pages img'); return !!i && i.complete && i.naturalWidth > 0;",
                vec![],
            )
            .await
            .unwrap();
        // The warning goes once the preview of the fixed form is in.
        let warned = client
            .find(Locator::Css("#error-avoid-ingredients"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap_or_default();
        status.contains("pages.") && loaded == serde_json::Value::Bool(true) && warned.is_empty()
    })
    .await;
    assert!(
        client
            .find(Locator::Css("#error-avoid-ingredients"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
            .is_empty(),
        "the message stays after the fix"
    );
    screenshot(&client, "handout").await;
    axe(&client, &axe_source, "/").await;

    // Every control of the form is reached with the Tab key alone.
    let reached = tab_through(&client).await;
    let controls = client
        .execute(
            "return Array.from(document.querySelectorAll('#handout-form input:not([type=hidden]), #handout-form select, #handout-form button:not([hidden])')).map(e => e.id || e.name + '=' + (e.value || ''));",
            vec![],
        )
        .await
        .unwrap();
    for control in controls.as_array().unwrap() {
        let control = control.as_str().unwrap();
        assert!(
            reached.iter().any(|r| r == control),
            "{control} is not reached by Tab: {reached:?}"
        );
    }

    // Download PDF: what the button sends (the form, as the browser posts it), fetched by the
    // page itself, since headless Chromium keeps its downloads to itself.
    let pdf = fetch(
        &client,
        "const f = document.getElementById('handout-form'); return fetch(f.action, {method: 'POST', body: new URLSearchParams(new FormData(f))});",
    )
    .await;
    assert!(pdf.starts_with(b"%PDF-"));
    let text = super::pages_text(&pdf).join("\n");
    assert!(text.contains("Vera Example"));
    for recipe in super::listed_recipes(&[]) {
        if recipe["allergens"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a == "sesame")
        {
            let title = recipe["title"].as_str().unwrap();
            assert!(
                !text.contains(title),
                "{title} is in the sesame-free handout"
            );
        }
    }

    // Batch: three rows, the second bad.
    let list = saved.path().join("list.csv");
    std::fs::write(
        &list,
        "name,household,diet,avoid-allergens\nAna Example,2,vegan,sesame\nBen Example,1,carnivore,\nCara Example,3,omnivore,peanuts;milk\n",
    )
    .unwrap();
    client.goto(&format!("{base}/batch")).await.unwrap();
    screenshot(&client, "batch").await;
    axe(&client, &axe_source, "/batch").await;
    client
        .find(Locator::Css("#f-patients"))
        .await
        .unwrap()
        .send_keys(&list.display().to_string())
        .await
        .unwrap();

    client
        .find(Locator::Css("button[type='submit']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_until("the batch to finish", || async {
        match client.find(Locator::Css("#batch-zip")).await {
            Ok(link) => link.is_displayed().await.unwrap_or(false),
            Err(_) => false,
        }
    })
    .await;
    let bad = client
        .find(Locator::Css("tr[data-line='3']"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(bad.contains("carnivore"), "{bad}");
    screenshot(&client, "batch-progress").await;
    axe(&client, &axe_source, "/batch/ID").await;
    let zip = fetch(
        &client,
        "return fetch(document.getElementById('batch-zip').href);",
    )
    .await;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip)).unwrap();
    let pdfs = (0..archive.len())
        .filter(|&i| {
            archive
                .by_index(i)
                .unwrap()
                .name()
                .unwrap()
                .ends_with(".pdf")
        })
        .count();
    assert_eq!(pdfs, 2);
    let mut problems = String::new();
    archive
        .by_name("problems.txt")
        .unwrap()
        .read_to_string(&mut problems)
        .unwrap();
    assert!(problems.contains("list.csv:3:"), "{problems}");

    // The other pages.
    let first = super::listed_recipes(&[])[0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    for (path, name) in [
        ("/recipes".to_owned(), "recipes"),
        (format!("/recipes/{first}"), "recipe"),
        ("/clinic".to_owned(), "clinic"),
    ] {
        client.goto(&format!("{base}{path}")).await.unwrap();
        wait_until("the page's images", || async {
            client
                .execute(
                    "return Array.from(document.images).every(i => i.complete);",
                    vec![],
                )
                .await
                .unwrap()
                == serde_json::Value::Bool(true)
        })
        .await;
        screenshot(&client, name).await;
        axe(&client, &axe_source, &path).await;
    }
    client.close().await.unwrap();
}
