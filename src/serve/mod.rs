//! `gutjoint serve`: the front desk. One process holds the clinic and the recipes, and answers
//! a browser (pages rendered here, every asset embedded) and clinic systems (a JSON API) on
//! axum over tokio. Patient data stays in memory: documents are made and sent, never written,
//! and the log holds only a request's number, route, status and time.
//!
//! Safety, in the order a request meets it ([`guard`]): the `Host` must be this server's when
//! it listens on loopback without a token (so a web page cannot reach it through a rebound
//! name); a `POST` from another origin is refused; with a token, every request but the login
//! page, the assets and `/healthz` must carry it (a header or the login cookie). Bodies are
//! capped per route, renders run on a fixed pool with a bounded queue and a deadline
//! ([`pool`]), and every answer carries a strict Content-Security-Policy.

mod api;
pub mod engine;
mod pages;
mod patient;
pub mod pool;
mod problem;
mod store;
mod work;

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{DefaultBodyLimit, MatchedPath, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};

pub use engine::Engine;
pub use problem::{Failure, Problem};

/// The largest profile a request may send (JSON or a form).
pub const MAX_PROFILE_BYTES: usize = 1024 * 1024;
/// The largest patients file a request may send.
pub const MAX_PATIENTS_BYTES: usize = 5 * 1024 * 1024;
/// The name of the cookie the login page sets.
pub const TOKEN_COOKIE: &str = "gutjoint-token";
/// The Content-Security-Policy of every answer: only this server's own scripts, styles, images
/// and requests; no inline script or style, no frames, forms only to this server.
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// How the server runs.
#[derive(Debug, Clone)]
pub struct Config {
    /// The address to listen on.
    pub listen: SocketAddr,
    /// The token every request must carry; `None` only on a loopback address.
    pub token: Option<String>,
    /// Renders at once (one per core by default).
    pub workers: usize,
    /// Renders that may wait for a worker before requests are refused with 503.
    pub queue: usize,
    /// How long a render may take, from when it is asked for.
    pub deadline: Duration,
}

impl Config {
    /// The defaults for an address: a worker per core, a queue of 32, a 30-second deadline.
    pub fn new(listen: SocketAddr, token: Option<String>) -> Self {
        Self {
            listen,
            token,
            workers: std::thread::available_parallelism().map_or(1, |n| n.get()),
            queue: 32,
            deadline: Duration::from_secs(30),
        }
    }
}

/// What every request handler shares.
pub struct App {
    engine: Engine,
    pool: pool::Pool,
    previews: store::Store<crate::render::Typeset>,
    batches: store::Store<work::Batch>,
    pages: pages::Templates,
    token: Option<String>,
    /// The `Host` values accepted, when the server answers to its own address only.
    hosts: Option<Vec<String>>,
    requests: AtomicU64,
    /// Renders of page images at once: as many as there are workers.
    drawing: tokio::sync::Semaphore,
}

impl App {
    /// Makes the shared state for a loaded engine.
    pub fn new(engine: Engine, config: &Config) -> Arc<Self> {
        let port = config.listen.port();
        let hosts = config.token.is_none().then(|| {
            vec![
                format!("127.0.0.1:{port}"),
                format!("localhost:{port}"),
                format!("[::1]:{port}"),
                config.listen.to_string(),
            ]
        });
        Arc::new(Self {
            engine,
            pool: pool::Pool::new(config.workers, config.queue, config.deadline),
            previews: store::Store::new(64, Duration::from_secs(30 * 60)),
            batches: store::Store::new(8, Duration::from_secs(60 * 60)),
            pages: pages::Templates::new(),
            token: config.token.clone(),
            hosts,
            requests: AtomicU64::new(0),
            drawing: tokio::sync::Semaphore::new(config.workers.max(1)),
        })
    }

    /// The render pool.
    pub fn pool(&self) -> &pool::Pool {
        &self.pool
    }

    /// The date documents are made on: today.
    fn today(&self) -> time::Date {
        time::OffsetDateTime::now_utc().date()
    }
}

/// The routes, with the guard, the log and the security headers around them.
pub fn router(app: Arc<App>) -> Router {
    let profile_limit = DefaultBodyLimit::max(MAX_PROFILE_BYTES);
    let patients_limit = DefaultBodyLimit::max(MAX_PATIENTS_BYTES);
    Router::new()
        .route("/", get(pages::handout))
        .route("/handout", post(pages::download).layer(profile_limit))
        .route("/preview", post(pages::preview).layer(profile_limit))
        .route("/preview/{id}/{page}", get(pages::preview_page))
        .route(
            "/batch",
            get(pages::batch)
                .post(pages::batch_upload)
                .layer(patients_limit),
        )
        .route("/batch/{id}", get(pages::batch_progress))
        .route("/batch/{id}/status", get(pages::batch_status))
        .route("/batch/{id}/zip", get(pages::batch_zip))
        .route("/recipes", get(pages::recipes))
        .route(
            "/recipes/print",
            post(pages::print_recipes).layer(profile_limit),
        )
        .route("/recipes/{id}", get(pages::recipe))
        .route("/clinic", get(pages::clinic))
        .route(
            "/login",
            get(pages::login)
                .post(pages::login_submit)
                .layer(profile_limit),
        )
        .route("/static/{file}", get(pages::asset))
        .route("/favicon.ico", get(|| async { StatusCode::NO_CONTENT }))
        .route("/api/recipes", get(api::recipes))
        .route("/api/ingredients", get(api::ingredients))
        .route("/api/plan", post(api::plan).layer(profile_limit))
        .route("/api/handout", post(api::handout).layer(profile_limit))
        .route("/api/batch", post(api::batch).layer(patients_limit))
        .route("/healthz", get(api::healthz))
        .fallback(not_found)
        .layer(middleware::from_fn_with_state(Arc::clone(&app), guard))
        .layer(middleware::from_fn_with_state(Arc::clone(&app), log))
        .with_state(app)
}

/// Says whether a request wants JSON back (the API), rather than a page.
fn wants_json(path: &str) -> bool {
    path.starts_with("/api/") || path == "/healthz" || path.ends_with("/status")
}

async fn not_found(request: Request) -> Response {
    let path = request.uri().path().to_owned();
    if wants_json(&path) {
        return Failure::new(
            StatusCode::NOT_FOUND,
            "no such route",
            Some("the API is GET /api/recipes, POST /api/plan, POST /api/handout, POST /api/batch and GET /healthz"),
        )
        .into_response();
    }
    (
        StatusCode::NOT_FOUND,
        pages::message_page(
            "Page not found",
            "There is no page here. Use the menu above.",
        ),
    )
        .into_response()
}

/// Logs one line per request, numbered: the route (the pattern, never the path or the query,
/// which could hold a name), the status and the time; and sets the security headers.
async fn log(State(app): State<Arc<App>>, request: Request, next: Next) -> Response {
    let id = app.requests.fetch_add(1, Ordering::SeqCst) + 1;
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or("(no route)", MatchedPath::as_str)
        .to_owned();
    let method = request.method().clone();
    let started = Instant::now();
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    let set = |headers: &mut HeaderMap, name: header::HeaderName, value: &'static str| {
        headers.insert(name, HeaderValue::from_static(value));
    };
    set(headers, header::CONTENT_SECURITY_POLICY, CSP);
    set(headers, header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    // `same-origin`, not `no-referrer`: under `no-referrer` a browser sends `Origin: null` with
    // a form's POST, which the origin check must refuse.
    set(headers, header::REFERRER_POLICY, "same-origin");
    set(headers, header::X_FRAME_OPTIONS, "DENY");
    if !headers.contains_key(header::CACHE_CONTROL) {
        set(headers, header::CACHE_CONTROL, "no-store");
    }
    if let Ok(value) = HeaderValue::from_str(&id.to_string()) {
        headers.insert("x-request-id", value);
    }
    crate::diag::to_stderr(&format!(
        "#{id} {method} {route} {} {} ms\n",
        response.status().as_u16(),
        started.elapsed().as_millis()
    ));
    response
}

/// Refuses a request from a name this server is not (DNS rebinding), a `POST` from another
/// origin (cross-site request forgery) and, with a token, a request without it.
async fn guard(State(app): State<Arc<App>>, request: Request, next: Next) -> Response {
    let path = request.uri().path().to_owned();
    let headers = request.headers();
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("")
        .to_owned();
    if let Some(hosts) = &app.hosts
        && !hosts.iter().any(|h| h.eq_ignore_ascii_case(&host))
    {
        return Failure::new(
            StatusCode::FORBIDDEN,
            format!("this server answers only to {}", hosts[0]),
            Some("open http://127.0.0.1 with the port gutjoint serve printed; to reach it from other machines, start it with --listen and --token"),
        )
        .into_response();
    }
    if request.method() == Method::POST && cross_origin(headers, &host) {
        return Failure::new(
            StatusCode::FORBIDDEN,
            "a form or script from another site may not send requests here",
            Some("use the pages this server shows, or call the API without an Origin header"),
        )
        .into_response();
    }
    let open = path == "/healthz"
        || path == "/login"
        || path == "/favicon.ico"
        || path.starts_with("/static/");
    if let Some(token) = &app.token
        && !open
        && !carries(headers, token)
    {
        if request.method() == Method::GET && !wants_json(&path) {
            return Redirect::to("/login").into_response();
        }
        return Failure::new(
            StatusCode::UNAUTHORIZED,
            "this server needs its token",
            Some("send `Authorization: Bearer TOKEN` (the token gutjoint serve printed or was given), or sign in on /login"),
        )
        .into_response();
    }
    next.run(request).await
}

/// Says whether a request comes from a page of another origin: its `Origin` is not this
/// server's, or the browser says the request is cross-site. Programs (curl) send neither.
fn cross_origin(headers: &HeaderMap, host: &str) -> bool {
    let site = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok());
    match site {
        Some("same-origin" | "none") => return false,
        Some(_) => return true,
        None => {}
    }
    match headers.get(header::ORIGIN) {
        None => false,
        Some(origin) => {
            let origin = origin.to_str().unwrap_or("");
            origin != format!("http://{host}") && origin != format!("https://{host}")
        }
    }
}

/// Says whether a request carries the token, as a bearer header or the login cookie.
fn carries(headers: &HeaderMap, token: &str) -> bool {
    let bearer = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .is_some_and(|t| same(t.trim(), token));
    let cookie = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .any(|(name, value)| name == TOKEN_COOKIE && same(value, token));
    bearer || cookie
}

/// Compares two secrets in time that does not depend on where they differ.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// Reads a request body of at most `limit` bytes; a larger one is a 413.
async fn read_body(body: axum::body::Body, limit: usize) -> Result<axum::body::Bytes, Failure> {
    axum::body::to_bytes(body, limit).await.map_err(|err| {
        let too_large = std::error::Error::source(&err)
            .is_some_and(|s| s.is::<http_body_util::LengthLimitError>())
            || err.to_string().contains("length limit");
        if too_large {
            Failure::too_large(limit)
        } else {
            Failure::new(
                StatusCode::BAD_REQUEST,
                "the request's body could not be read",
                Some("send the whole body again"),
            )
        }
    })
}

/// Makes a token for `--token` when none is given: 128 random bits as hex.
pub fn new_token() -> String {
    store::random_id()
}

/// Loads the clinic, listens, and serves until SIGINT or SIGTERM, finishing the requests under
/// way. Prints the address to open (and the token, when one was made) once listening.
pub fn run(
    engine: Engine,
    config: Config,
    open: bool,
    made_token: bool,
) -> Result<(), crate::Error> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(config.workers.clamp(2, 8))
        .enable_all()
        .build()
        .map_err(|e| crate::Error::Io(anyhow::anyhow!("failed to start the server ({e})")))?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(config.listen)
            .await
            .map_err(|e| {
                crate::Error::Io(anyhow::anyhow!(
                    "failed to listen on {} ({}); is gutjoint serve already running? choose another port with --listen 127.0.0.1:PORT",
                    config.listen,
                    crate::load::input::cause(&e)
                ))
            })?;
        let address = listener.local_addr().unwrap_or(config.listen);
        let shown = if address.ip().is_unspecified() {
            format!("http://127.0.0.1:{}", address.port())
        } else {
            format!("http://{address}")
        };
        let app = App::new(engine, &Config {
            listen: address,
            ..config.clone()
        });
        crate::diag::to_stderr(&format!(
            "gutjoint serve: open {shown} in your browser (press Ctrl+C here to stop)\n"
        ));
        if let (true, Some(token)) = (made_token, &config.token) {
            crate::diag::to_stderr(&format!(
                "gutjoint serve: the token is {token} (sign in with it; give --token to choose your own)\n"
            ));
        }
        if open {
            open_browser(&shown);
        }
        axum::serve(listener, router(app))
            .with_graceful_shutdown(shutdown())
            .await
            .map_err(|e| crate::Error::Io(anyhow::anyhow!("the server stopped ({e})")))?;
        Ok(())
    })
}

/// Waits for SIGINT (Ctrl+C) or SIGTERM.
async fn shutdown() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {}
        () = terminate => {}
    }
    crate::diag::to_stderr("gutjoint serve: stopping once the requests under way are answered\n");
}

/// Opens the page in the desktop's browser; failing that, the address printed is enough.
fn open_browser(url: &str) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    let spawned = std::process::Command::new(opener)
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    if spawned.is_err() {
        crate::diag::to_stderr(&format!(
            "gutjoint serve: could not open a browser; open {url} yourself\n"
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_post_from_another_site_is_cross_origin_and_one_from_a_program_is_not() {
        let mut headers = HeaderMap::new();
        assert!(!cross_origin(&headers, "127.0.0.1:8710"));
        headers.insert(
            header::ORIGIN,
            HeaderValue::from_static("http://127.0.0.1:8710"),
        );
        assert!(!cross_origin(&headers, "127.0.0.1:8710"));
        headers.insert(
            header::ORIGIN,
            HeaderValue::from_static("https://evil.example"),
        );
        assert!(cross_origin(&headers, "127.0.0.1:8710"));
        let mut fetch = HeaderMap::new();
        fetch.insert("sec-fetch-site", HeaderValue::from_static("cross-site"));
        assert!(cross_origin(&fetch, "127.0.0.1:8710"));
        // A browser that says the form is its own page's is believed, whatever its `Origin`.
        let mut own = HeaderMap::new();
        own.insert("sec-fetch-site", HeaderValue::from_static("same-origin"));
        own.insert(header::ORIGIN, HeaderValue::from_static("null"));
        assert!(!cross_origin(&own, "127.0.0.1:8710"));
        let mut sandboxed = HeaderMap::new();
        sandboxed.insert(header::ORIGIN, HeaderValue::from_static("null"));
        assert!(cross_origin(&sandboxed, "127.0.0.1:8710"));
    }

    #[test]
    fn the_token_is_found_in_the_header_or_the_cookie_and_nowhere_else() {
        let mut headers = HeaderMap::new();
        assert!(!carries(&headers, "abc"));
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("a=b; gutjoint-token=abc"),
        );
        assert!(carries(&headers, "abc"));
        assert!(!carries(&headers, "abd"));
        let mut bearer = HeaderMap::new();
        bearer.insert(
            header::AUTHORIZATION,
            HeaderValue::from_static("Bearer abc"),
        );
        assert!(carries(&bearer, "abc"));
        assert!(!same("abc", "abcd"));
    }
}
