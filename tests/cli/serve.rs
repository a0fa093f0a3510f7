//! `gutjoint serve`: every route answered in-process (tower's `oneshot`), with its status,
//! content type and JSON error shape, the body caps, the token, the origin check, the queue's
//! 503; and the real server in a process of its own, which writes no file and stops cleanly.

use std::io::{Read, Write};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use gutjoint::serve::{self, App, Config, Engine};
use tower::ServiceExt;

const HOST: &str = "127.0.0.1:8710";
const TOKEN: &str = "test-token-0123456789abcdef";

/// The server most tests share: the bundled recipes, no token, the default pool.
fn shared() -> Arc<App> {
    static APP: OnceLock<Arc<App>> = OnceLock::new();
    Arc::clone(APP.get_or_init(|| app(Config::new(HOST.parse().unwrap(), None))))
}

fn app(config: Config) -> Arc<App> {
    let engine = Engine::open(None).unwrap_or_else(|e| panic!("the engine should load: {e:?}"));
    App::new(engine, &config)
}

/// An answer: status, headers, body.
struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    body: Vec<u8>,
}

impl Answer {
    fn kind(&self) -> &str {
        self.headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    fn json(&self) -> serde_json::Value {
        assert!(
            self.kind().starts_with("application/json"),
            "not JSON: {}",
            self.kind()
        );
        serde_json::from_slice(&self.body).unwrap()
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

async fn send_to(app: &Arc<App>, request: Request<Body>) -> Answer {
    let response = serve::router(Arc::clone(app))
        .oneshot(request)
        .await
        .unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let body = http_body_util::BodyExt::collect(response.into_body())
        .await
        .unwrap()
        .to_bytes()
        .to_vec();
    Answer {
        status,
        headers,
        body,
    }
}

async fn send(request: Request<Body>) -> Answer {
    send_to(&shared(), request).await
}

fn get(path: &str) -> Request<Body> {
    Request::get(path)
        .header(header::HOST, HOST)
        .body(Body::empty())
        .unwrap()
}

fn post(path: &str, kind: &str, body: impl Into<Body>) -> Request<Body> {
    Request::post(path)
        .header(header::HOST, HOST)
        .header(header::CONTENT_TYPE, kind)
        .body(body.into())
        .unwrap()
}

fn post_json(path: &str, json: serde_json::Value) -> Request<Body> {
    post(path, "application/json", json.to_string())
}

fn form(pairs: &[(&str, &str)]) -> String {
    let mut out = form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs {
        out.append_pair(k, v);
    }
    out.finish()
}

/// The form the page sends for a vegan patient avoiding sesame.
fn vegan_form() -> String {
    form(&[
        ("name", "Vera Example"),
        ("diet", "vegan"),
        ("avoid-allergens", "sesame"),
        ("meals-sent", "1"),
        ("meals", "breakfast"),
        ("meals", "lunch"),
        ("meals", "dinner"),
        ("household", "2"),
        ("start", super::DATE),
        ("layout", "handout"),
        ("paper", "a4"),
    ])
}

#[tokio::test]
async fn the_health_check_and_the_recipe_listing_answer_json() {
    // /healthz says the clinic is loaded; /api/recipes is the CLI's listing.
    let health = send(get("/healthz")).await;
    assert_eq!(health.status, StatusCode::OK);
    assert_eq!(health.json()["status"], "ok");
    let recipes = send(get("/api/recipes")).await;
    assert_eq!(recipes.status, StatusCode::OK);
    let json = recipes.json();
    assert_eq!(json["version"], 1);
    let listed = super::listed_recipes(&[]);
    assert_eq!(json["recipes"].as_array().unwrap().len(), listed.len());
    assert_eq!(json["recipes"][0]["id"], listed[0]["id"]);
    // Every answer carries the strict policy and no caching of patient data.
    assert_eq!(recipes.headers[header::CONTENT_SECURITY_POLICY], serve::CSP);
    assert_eq!(recipes.headers[header::CACHE_CONTROL], "no-store");
    assert!(serve::CSP.contains("script-src 'self'") && !serve::CSP.contains("unsafe"));
}

#[tokio::test]
async fn a_plan_is_the_plan_json_of_the_command_line() {
    // The same keys as profile.yaml, as JSON; the answer is `plan --format json`.
    let answer = send(post_json(
        "/api/plan",
        serde_json::json!({"name": "Ana Example", "household": 1, "diet": "vegan", "start": super::DATE}),
    ))
    .await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    let json = answer.json();
    assert_eq!(json["version"], 3);
    assert!(json["effort"]["distinct_recipes"].as_u64().unwrap() > 0);
    assert!(json["waste"].is_object());
    assert_eq!(json["patient"], "Ana Example");
    assert_eq!(json["days"].as_array().unwrap().len(), 7);
    assert_eq!(json["days"][0]["date"], super::DATE);
}

#[tokio::test]
async fn a_bad_profile_gets_the_command_lines_messages_with_their_fields() {
    // A wrong diet and a misspelt ingredient: 422, each problem with its key and a hint.
    let answer = send(post_json(
        "/api/plan",
        serde_json::json!({"avoid-ingredients": ["tahini", "sesam seeds"], "household": 12}),
    ))
    .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    let json = answer.json();
    assert_eq!(json["status"], 422);
    assert!(
        json["error"]
            .as_str()
            .unwrap()
            .starts_with("found 1 problem")
    );
    let problem = &json["problems"][0];
    assert_eq!(problem["field"], "household");
    assert_eq!(
        problem["message"],
        "household must be a whole number from 1 to 8, not 12"
    );
    assert_eq!(
        problem["hint"],
        "give the number of people who eat each meal, from 1 to 8"
    );
    let answer = send(post_json(
        "/api/plan",
        serde_json::json!({"avoid-allergens": ["sesame", "sesamee"]}),
    ))
    .await;
    let problem = &answer.json()["problems"][0];
    assert_eq!(problem["field"], "avoid-allergens[1]");
    assert!(problem["message"].as_str().unwrap().contains("sesamee"));
    // An unknown key is refused as the YAML file's would be.
    let answer = send(post_json(
        "/api/plan",
        serde_json::json!({"diett": "vegan"}),
    ))
    .await;
    let problem = &answer.json()["problems"][0];
    assert_eq!(problem["field"], "diett");
    assert_eq!(problem["message"], "unknown key `diett`");
    assert!(
        problem["hint"]
            .as_str()
            .unwrap()
            .starts_with("did you mean `diet`?")
    );
}

#[tokio::test]
async fn a_body_that_is_not_a_json_profile_is_refused_with_a_reason() {
    let answer = send(post("/api/plan", "application/json", "{\"name\": ")).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    let message = answer.json()["problems"][0]["message"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        message.starts_with("the profile is not valid JSON"),
        "{message}"
    );
    let answer = send(post_json("/api/plan", serde_json::json!(["a list"]))).await;
    assert_eq!(
        answer.json()["problems"][0]["message"],
        "the profile must be a JSON object"
    );
    let answer = send(post("/api/plan", "text/plain", "name: Ana")).await;
    assert_eq!(answer.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let answer = send(post("/api/handout?layout=poster", "application/json", "{}")).await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    assert_eq!(answer.json()["problems"][0]["field"], "layout");
}

#[tokio::test]
async fn bodies_over_their_caps_are_413() {
    // 1 MiB for a profile, 5 MiB for a patients file, said as JSON.
    let big = format!("{{\"name\": \"{}\"}}", "a".repeat(serve::MAX_PROFILE_BYTES));
    let answer = send(post("/api/plan", "application/json", big.clone())).await;
    assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(
        answer.json()["error"]
            .as_str()
            .unwrap()
            .starts_with("the request is larger than")
    );
    let answer = send(post("/api/handout", "application/json", big)).await;
    assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE);
    let patients = "name\n".to_owned() + &"Ana\n".repeat(serve::MAX_PATIENTS_BYTES / 4 + 1);
    let answer = send(post("/api/batch", "text/csv", patients)).await;
    assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE);
    // Without a Content-Length (a stream), the cap holds as it is read.
    let stream = Body::from_stream(futures_stream(vec![vec![b' '; 700 * 1024]; 2]));
    let answer = send(post(
        "/preview",
        "application/x-www-form-urlencoded",
        stream,
    ))
    .await;
    assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE);
}

/// A body sent in chunks, with no length declared.
fn futures_stream(
    chunks: Vec<Vec<u8>>,
) -> impl futures_core::Stream<Item = Result<Vec<u8>, std::io::Error>> + Send + 'static {
    struct Chunks(std::vec::IntoIter<Vec<u8>>);
    impl futures_core::Stream for Chunks {
        type Item = Result<Vec<u8>, std::io::Error>;
        fn poll_next(
            mut self: std::pin::Pin<&mut Self>,
            _: &mut std::task::Context<'_>,
        ) -> std::task::Poll<Option<Self::Item>> {
            std::task::Poll::Ready(self.0.next().map(Ok))
        }
    }
    Chunks(chunks.into_iter())
}

#[tokio::test]
async fn a_handout_is_a_pdf_for_the_patient_with_no_recipe_they_must_avoid() {
    // The API's PDF holds the name, and a vegan avoiding sesame gets no sesame recipe.
    let answer = send(post_json(
        "/api/handout?layout=handout&paper=a4",
        serde_json::json!({"name": "Vera Example", "diet": "vegan", "avoid-allergens": ["sesame"], "start": super::DATE}),
    ))
    .await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    assert_eq!(answer.kind(), "application/pdf");
    assert_eq!(
        answer.headers[header::CONTENT_DISPOSITION],
        "attachment; filename=\"handout-vera-example.pdf\""
    );
    let text = super::pages_text(&answer.body).join("\n");
    assert!(text.contains("Vera Example"));
    let sesame: Vec<String> = super::listed_recipes(&[])
        .iter()
        .filter(|r| {
            r["allergens"]
                .as_array()
                .unwrap()
                .iter()
                .any(|a| a == "sesame")
        })
        .map(|r| r["title"].as_str().unwrap().to_owned())
        .collect();
    assert!(!sesame.is_empty());
    for title in &sesame {
        assert!(
            !text.contains(title.as_str()),
            "{title} is in a sesame-free handout"
        );
    }
}

#[tokio::test]
async fn the_form_downloads_a_pdf_or_shows_each_problem_beside_its_field() {
    let answer = send(post(
        "/handout",
        "application/x-www-form-urlencoded",
        vegan_form(),
    ))
    .await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(answer.kind(), "application/pdf");
    assert!(answer.body.starts_with(b"%PDF-"));
    let bad = form(&[("name", "Ana"), ("household", "9")]);
    let answer = send(post("/handout", "application/x-www-form-urlencoded", bad)).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(answer.kind().starts_with("text/html"));
    let html = answer.text();
    // The household's message sits in the household's error slot, the meals' in theirs.
    let slot = |id: &str| {
        let start = html.find(&format!("id=\"error-{id}\"")).unwrap();
        html[start..start + html[start..].find("</p>").unwrap()].to_owned()
    };
    assert!(
        slot("household").contains("household must be a whole number from 1 to 8, not 9"),
        "{}",
        slot("household")
    );
    // No meal ticked is the profile's own problem, beside the meals.
    let none = form(&[("name", "Ana"), ("meals-sent", "1")]);
    let html = send(post("/handout", "application/x-www-form-urlencoded", none))
        .await
        .text();
    let start = html.find("id=\"error-meals\"").unwrap();
    assert!(
        html[start..]
            .split("</p>")
            .next()
            .unwrap()
            .contains("`meals` is empty")
    );
    assert!(slot("name").contains("hidden"));
    // What was typed is kept.
    assert!(html.contains("value=\"Ana\""));
}

#[tokio::test]
async fn a_preview_is_kept_in_memory_and_drawn_page_by_page() {
    let answer = send(post(
        "/preview",
        "application/x-www-form-urlencoded",
        vegan_form(),
    ))
    .await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    let json = answer.json();
    let pages = json["pages"].as_u64().unwrap();
    assert!(pages > 10, "{pages} pages");
    let id = json["id"].as_str().unwrap();
    let png = send(get(&format!("/preview/{id}/1"))).await;
    assert_eq!(png.status, StatusCode::OK);
    assert_eq!(png.kind(), "image/png");
    assert!(png.body.starts_with(b"\x89PNG"));
    let missing = send(get(&format!("/preview/{id}/{}", pages + 1))).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    let gone = send(get("/preview/0123/1")).await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND);
    assert_eq!(gone.json()["error"], "this preview has gone");
    // A food no recipe holds is the profile's warning, which the page puts beside the field.
    let warned = send(post(
        "/preview",
        "application/x-www-form-urlencoded",
        form(&[("avoid-ingredients", "tahini, sesam seeds")]),
    ))
    .await;
    assert_eq!(warned.status, StatusCode::OK);
    let warning = &warned.json()["warnings"][0];
    assert_eq!(warning["field"], "avoid-ingredients[1]");
    assert_eq!(
        warning["message"],
        "no recipe holds `sesam seeds` (avoid-ingredients), so it leaves nothing out"
    );
    assert!(warning["hint"].as_str().unwrap().contains("did you mean"));
    // A form with a problem gets the JSON problems the page's script puts beside the fields.
    let bad = send(post(
        "/preview",
        "application/x-www-form-urlencoded",
        form(&[("household", "0")]),
    ))
    .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad.json()["problems"][0]["field"], "household");
}

#[tokio::test]
async fn every_page_is_html_with_a_label_for_every_control() {
    for path in [
        "/",
        "/batch",
        "/recipes",
        "/recipes?tag=live&diet=vegan&allergen=milk&meal=breakfast",
        "/clinic",
        "/login",
    ] {
        let answer = send(get(path)).await;
        assert_eq!(answer.status, StatusCode::OK, "{path}");
        assert_eq!(answer.kind(), "text/html; charset=utf-8", "{path}");
        let html = answer.text();
        assert!(
            !html.contains("<script>") && !html.contains("style="),
            "{path} has inline script or style"
        );
        // Every control with an id has a <label for>; checkboxes sit inside their label or
        // carry an aria-label.
        for (at, _) in html
            .match_indices("<input id=\"")
            .chain(html.match_indices("<select id=\""))
        {
            let id = html[at..].split('"').nth(1).unwrap();
            assert!(
                html.contains(&format!("for=\"{id}\"")),
                "{path}: #{id} has no label"
            );
        }
    }
    let page = send(get("/")).await.text();
    for allergen in [
        "celery",
        "gluten",
        "crustaceans",
        "eggs",
        "fish",
        "lupin",
        "milk",
        "molluscs",
        "mustard",
        "tree-nuts",
        "peanuts",
        "sesame",
        "soy",
        "sulphites",
    ] {
        assert!(
            page.contains(&format!("name=\"avoid-allergens\" value=\"{allergen}\"")),
            "{allergen}"
        );
    }
    for key in [
        "name",
        "diet",
        "avoid-ingredients",
        "meals",
        "household",
        "start",
        "max-prep",
        "large-print",
        "paper",
        "layout",
        "sex",
        "age",
        "weight-kg",
    ] {
        assert!(page.contains(&format!("name=\"{key}\"")), "no field {key}");
    }
    // The recipes page filters: only vegan breakfasts with live cultures and no milk.
    let page = send(get("/recipes?tag=live&diet=vegan&allergen=milk"))
        .await
        .text();
    let all = send(get("/recipes")).await.text();
    assert!(page.matches("name=\"ids\"").count() < all.matches("name=\"ids\"").count());
    let script = send(get("/static/app.js")).await;
    assert_eq!(script.kind(), "text/javascript; charset=utf-8");
    let style = send(get("/static/app.css")).await;
    assert_eq!(style.kind(), "text/css; charset=utf-8");
    let missing = send(get("/nowhere")).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    let missing = send(get("/api/nowhere")).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(missing.json()["status"], 404);
}

#[tokio::test]
async fn a_recipe_page_shows_its_printed_page_and_a_selection_prints_as_cards() {
    let id = super::listed_recipes(&[])[0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let page = send(get(&format!("/recipes/{id}"))).await;
    assert_eq!(page.status, StatusCode::OK);
    let html = page.text();
    let img = html
        .split("<img src=\"")
        .nth(1)
        .expect("a page image")
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let png = send(get(&img)).await;
    assert_eq!(png.kind(), "image/png");
    let cards = send(post(
        "/recipes/print",
        "application/x-www-form-urlencoded",
        form(&[("ids", &id), ("layout", "cards"), ("paper", "a4")]),
    ))
    .await;
    assert_eq!(cards.status, StatusCode::OK);
    assert_eq!(cards.kind(), "application/pdf");
    assert_eq!(
        cards.headers[header::CONTENT_DISPOSITION],
        "attachment; filename=\"cards.pdf\""
    );
    assert_eq!(
        send(get("/recipes/no-such-recipe")).await.status,
        StatusCode::NOT_FOUND
    );
}

/// Three patients, the second with an unknown diet.
const PATIENTS: &str = "name,household,diet,avoid-allergens\nAna Example,2,vegan,sesame\nBen Example,1,carnivore,\nCara Example,3,omnivore,peanuts;milk\n";

fn zip_names(bytes: &[u8]) -> Vec<String> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    (0..archive.len())
        .map(|i| archive.by_index(i).unwrap().name().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn a_batch_gives_a_zip_of_the_good_rows_and_names_the_bad_one_by_line() {
    let answer = send(post("/api/batch", "text/csv", PATIENTS)).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    assert_eq!(answer.kind(), "application/zip");
    let names = zip_names(&answer.body);
    let pdfs: Vec<&String> = names.iter().filter(|n| n.ends_with(".pdf")).collect();
    assert_eq!(pdfs.len(), 2, "{names:?}");
    assert!(pdfs[0].starts_with("ana-example-") && pdfs[1].starts_with("cara-example-"));
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&answer.body)).unwrap();
    let mut problems = String::new();
    archive
        .by_name("problems.txt")
        .unwrap()
        .read_to_string(&mut problems)
        .unwrap();
    assert!(problems.starts_with("patients.csv:3: error:"), "{problems}");
    assert!(problems.contains("carnivore"));
    // A file of bad rows only is a 422 naming each line.
    let answer = send(post("/api/batch", "text/csv", "name,diet\nBen,carnivore\n")).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(answer.json()["problems"][0]["line"], 2);
    let answer = send(post("/api/batch?format=csv", "text/csv", "nmae\nAna\n")).await;
    assert_eq!(
        answer.json()["problems"][0]["message"],
        "unknown column `nmae`"
    );
}

#[tokio::test]
async fn an_uploaded_batch_shows_its_progress_and_then_its_zip() {
    let boundary = "gutjoint-test-boundary";
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"patients\"; filename=\"list.csv\"\r\nContent-Type: text/csv\r\n\r\n{PATIENTS}\r\n--{boundary}--\r\n"
    );
    let answer = send(post(
        "/batch",
        &format!("multipart/form-data; boundary={boundary}"),
        body,
    ))
    .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.text());
    let page = answer.headers[header::LOCATION]
        .to_str()
        .unwrap()
        .to_owned();
    let progress = send(get(&page)).await;
    assert_eq!(progress.status, StatusCode::OK);
    assert!(progress.text().contains("Batch: list.csv"));
    let status = loop {
        let status = send(get(&format!("{page}/status"))).await.json();
        if status["finished"] == true {
            break status;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let rows = status["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[1]["state"], "failed");
    assert_eq!(rows[1]["line"], 3);
    assert!(
        rows[1]["problems"][0]["message"]
            .as_str()
            .unwrap()
            .contains("carnivore")
    );
    let zip = send(get(&format!("{page}/zip"))).await;
    assert_eq!(zip.kind(), "application/zip");
    assert_eq!(
        zip_names(&zip.body)
            .iter()
            .filter(|n| n.ends_with(".pdf"))
            .count(),
        2
    );
    assert_eq!(
        send(get("/batch/0123/status")).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_server_with_a_token_refuses_requests_without_it() {
    let app = app(Config::new(
        "0.0.0.0:8710".parse().unwrap(),
        Some(TOKEN.to_owned()),
    ));
    let bare = |path: &str| {
        Request::get(path)
            .header(header::HOST, "clinic-pc:8710")
            .body(Body::empty())
            .unwrap()
    };
    let api = send_to(&app, bare("/api/recipes")).await;
    assert_eq!(api.status, StatusCode::UNAUTHORIZED);
    assert_eq!(api.json()["error"], "this server needs its token");
    let page = send_to(&app, bare("/")).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert_eq!(page.headers[header::LOCATION], "/login");
    // The health check, the login page and the assets need no token.
    for open in ["/healthz", "/login", "/static/app.css"] {
        assert_eq!(
            send_to(&app, bare(open)).await.status,
            StatusCode::OK,
            "{open}"
        );
    }
    let with = Request::get("/api/recipes")
        .header(header::HOST, "clinic-pc:8710")
        .header(header::AUTHORIZATION, format!("Bearer {TOKEN}"))
        .body(Body::empty())
        .unwrap();
    assert_eq!(send_to(&app, with).await.status, StatusCode::OK);
    // The login page sets the cookie, which then opens the pages.
    let wrong = Request::post("/login")
        .header(header::HOST, "clinic-pc:8710")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from("token=guess"))
        .unwrap();
    assert_eq!(send_to(&app, wrong).await.status, StatusCode::UNAUTHORIZED);
    let login = Request::post("/login")
        .header(header::HOST, "clinic-pc:8710")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(format!("token={TOKEN}")))
        .unwrap();
    let answer = send_to(&app, login).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER);
    let cookie = answer.headers[header::SET_COOKIE]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"));
    let page = Request::get("/")
        .header(header::HOST, "clinic-pc:8710")
        .header(header::COOKIE, cookie.split(';').next().unwrap())
        .body(Body::empty())
        .unwrap();
    assert_eq!(send_to(&app, page).await.status, StatusCode::OK);
}

#[tokio::test]
async fn a_post_from_another_site_or_a_name_that_is_not_the_server_is_refused() {
    // Cross-site request forgery: a page elsewhere posting to the local server.
    let forged = Request::post("/api/plan")
        .header(header::HOST, HOST)
        .header(header::ORIGIN, "https://evil.example")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from("{}"))
        .unwrap();
    let answer = send(forged).await;
    assert_eq!(answer.status, StatusCode::FORBIDDEN);
    assert_eq!(
        answer.json()["error"],
        "a form or script from another site may not send requests here"
    );
    let fetched = Request::post("/preview")
        .header(header::HOST, HOST)
        .header("sec-fetch-site", "cross-site")
        .body(Body::from(vegan_form()))
        .unwrap();
    assert_eq!(send(fetched).await.status, StatusCode::FORBIDDEN);
    // The server's own page may post.
    let own = Request::post("/api/plan")
        .header(header::HOST, HOST)
        .header(header::ORIGIN, format!("http://{HOST}"))
        .header("sec-fetch-site", "same-origin")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from("{}"))
        .unwrap();
    assert_eq!(send(own).await.status, StatusCode::OK);
    // DNS rebinding: another name that resolves to 127.0.0.1.
    let rebound = Request::get("/api/recipes")
        .header(header::HOST, "evil.example:8710")
        .body(Body::empty())
        .unwrap();
    assert_eq!(send(rebound).await.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_full_queue_is_a_503_with_a_reason() {
    // One worker, no queue: while it is busy, a handout is refused at once.
    let mut config = Config::new(HOST.parse().unwrap(), None);
    config.workers = 1;
    config.queue = 0;
    let app = app(config);
    let (release, wait) = std::sync::mpsc::channel::<()>();
    let (started, running) = tokio::sync::oneshot::channel::<()>();
    let busy = {
        let app = Arc::clone(&app);
        tokio::spawn(async move {
            app.pool()
                .run(move |_| {
                    let _ = started.send(());
                    let _ = wait.recv();
                })
                .await
        })
    };
    running.await.unwrap();
    let answer = send_to(&app, post_json("/api/handout", serde_json::json!({}))).await;
    assert_eq!(answer.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(
        answer.json()["error"],
        "the server is busy making other documents"
    );
    let answer = send_to(
        &app,
        post(
            "/preview",
            "application/x-www-form-urlencoded",
            vegan_form(),
        ),
    )
    .await;
    assert_eq!(answer.status, StatusCode::SERVICE_UNAVAILABLE);
    release.send(()).unwrap();
    busy.await.unwrap().unwrap();
}

/// Sends one HTTP/1.1 request to a running server and returns the status and body.
fn http(port: u16, method: &str, path: &str, kind: &str, body: &[u8]) -> (u16, Vec<u8>) {
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).unwrap();
    stream.write_all(body).unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).unwrap();
    let split = answer.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    let status = String::from_utf8_lossy(&answer[9..12]).parse().unwrap();
    let head = String::from_utf8_lossy(&answer[..split]).to_lowercase();
    let mut body = answer[split + 4..].to_vec();
    if head.contains("transfer-encoding: chunked") {
        body = dechunk(&body);
    }
    (status, body)
}

fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let end = data.windows(2).position(|w| w == b"\r\n").unwrap();
        let size =
            usize::from_str_radix(std::str::from_utf8(&data[..end]).unwrap().trim(), 16).unwrap();
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&data[end + 2..end + 2 + size]);
        data = &data[end + 2 + size + 2..];
    }
}

#[test]
fn the_server_writes_no_file_logs_no_name_and_stops_on_sigterm() {
    // The real binary, started in an empty folder that is also its TMPDIR.
    let dir = tempfile::tempdir().unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_gutjoint"))
        .args(["serve", "--listen", "127.0.0.1:0"])
        .current_dir(dir.path())
        .env("TMPDIR", dir.path())
        .env("NO_COLOR", "1")
        .stderr(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let mut seen = Vec::new();
    let port = loop {
        let mut byte = [0u8; 1];
        assert_eq!(
            stderr.read(&mut byte).unwrap(),
            1,
            "the server ended: {}",
            String::from_utf8_lossy(&seen)
        );
        seen.push(byte[0]);
        let text = String::from_utf8_lossy(&seen);
        if let Some(rest) = text.split("open http://127.0.0.1:").nth(1)
            && let Some(port) = rest.split(' ').next().filter(|_| rest.contains(' '))
        {
            break port.parse::<u16>().unwrap();
        }
    };
    let (status, pdf) = http(
        port,
        "POST",
        "/handout",
        "application/x-www-form-urlencoded",
        vegan_form().as_bytes(),
    );
    assert_eq!(status, 200);
    assert!(pdf.starts_with(b"%PDF-"));
    let (status, _) = http(
        port,
        "POST",
        "/preview",
        "application/x-www-form-urlencoded",
        vegan_form().as_bytes(),
    );
    assert_eq!(status, 200);
    let (status, zip) = http(port, "POST", "/api/batch", "text/csv", PATIENTS.as_bytes());
    assert_eq!(status, 200);
    assert_eq!(
        zip_names(&zip)
            .iter()
            .filter(|n| n.ends_with(".pdf"))
            .count(),
        2
    );
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert!(left.is_empty(), "the server wrote {left:?}");
    // SIGTERM: it finishes and exits 0.
    // SAFETY: kill has no memory preconditions; the pid is our own child's.
    unsafe {
        libc::kill(child.id() as i32, libc::SIGTERM);
    }
    let status = child.wait().unwrap();
    let mut rest = String::new();
    stderr.read_to_string(&mut rest).unwrap();
    let log = String::from_utf8_lossy(&seen).into_owned() + &rest;
    assert!(status.success(), "{log}");
    assert!(log.contains("POST /handout 200"), "{log}");
    assert!(
        !log.contains("Vera") && !log.contains("Ana Example"),
        "the log names a patient: {log}"
    );
    assert!(log.contains("gutjoint serve: stopping"));
}
