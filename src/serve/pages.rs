//! The pages for people: a new handout with its live preview, a batch with its progress, the
//! recipe library and the clinic's settings; rendered here from embedded templates, with one
//! small embedded script and style sheet.

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use minijinja::{Environment, Value, context};
use serde::{Deserialize, Serialize};

use super::api::{parse_paper, pdf_response, zip_response};
use super::engine::{DocOptions, Layout};
use super::work::{self, RowState};
use super::{App, Failure, MAX_PROFILE_BYTES, Problem, TOKEN_COOKIE, patient, read_body};
use crate::check::nutrients::Nutrient;
use crate::contract::Paper;
use crate::recipe::{Allergen, Diet, Meal};

/// The page templates and assets, embedded in the binary.
pub struct Templates(Environment<'static>);

const TEMPLATES: [(&str, &str); 9] = [
    ("base.html", include_str!("templates/base.html")),
    ("message.html", include_str!("templates/message.html")),
    ("login.html", include_str!("templates/login.html")),
    ("handout.html", include_str!("templates/handout.html")),
    ("batch.html", include_str!("templates/batch.html")),
    ("progress.html", include_str!("templates/progress.html")),
    ("recipes.html", include_str!("templates/recipes.html")),
    ("recipe.html", include_str!("templates/recipe.html")),
    ("clinic.html", include_str!("templates/clinic.html")),
];

const CSS: &str = include_str!("assets/app.css");
const JS: &str = include_str!("assets/app.js");

impl Templates {
    /// Loads the embedded templates.
    pub fn new() -> Self {
        let mut env = Environment::new();
        for (name, text) in TEMPLATES {
            // The templates are tested; one that does not parse is a bug caught there.
            if let Err(err) = env.add_template(name, text) {
                crate::diag::to_stderr(&format!("error: template {name}: {err}\n"));
            }
        }
        Self(env)
    }

    fn render(&self, name: &str, ctx: Value) -> Response {
        match self.0.get_template(name).and_then(|t| t.render(ctx)) {
            Ok(html) => Html(html).into_response(),
            Err(err) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                format!("the page could not be made ({err}); this is a bug in gutjoint"),
            )
                .into_response(),
        }
    }
}

/// The values every page has: the clinic's name, the version, the menu item.
fn page(app: &App, nav: &str, title: &str, extra: Value) -> Value {
    context! {
        clinic => app.engine.clinic().name.clone(),
        version => env!("CARGO_PKG_VERSION"),
        nav => nav,
        title => title,
        ..extra
    }
}

/// A page with one message, for errors outside any form (a page not found).
pub fn message_page(title: &str, text: &str) -> Html<String> {
    let env = Templates::new();
    let html = env
        .0
        .get_template("message.html")
        .and_then(|t| {
            t.render(context! {
                title => title, text => text, clinic => "", version => env!("CARGO_PKG_VERSION"), nav => ""
            })
        })
        .unwrap_or_else(|_| text.to_owned());
    Html(html)
}

/// A choice in a menu.
#[derive(Serialize)]
struct Choice {
    value: String,
    label: String,
}

fn label(name: &str) -> String {
    let spaced = name.replace('-', " ");
    let mut chars = spaced.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase().collect::<String>() + chars.as_str()
    })
}

fn choices<T: Copy>(all: &[T], name: impl Fn(T) -> &'static str) -> Vec<Choice> {
    all.iter()
        .map(|&x| Choice {
            value: name(x).to_owned(),
            label: label(name(x)),
        })
        .collect()
}

fn papers() -> Vec<Choice> {
    vec![
        Choice {
            value: "a4".into(),
            label: "A4".into(),
        },
        Choice {
            value: "us-letter".into(),
            label: "US Letter".into(),
        },
    ]
}

fn clinic_paper(app: &App) -> &'static str {
    match app.engine.clinic().paper.unwrap_or_default() {
        Paper::A4 => "a4",
        Paper::UsLetter => "us-letter",
    }
}

fn meals() -> Vec<Choice> {
    choices(Meal::PLANNED, Meal::name)
}

/// The new-handout form's page, with the values sent and the problems beside their fields.
fn handout_page(
    app: &App,
    pairs: &[(String, String)],
    problems: &[Problem],
    status: StatusCode,
) -> Response {
    let mut values: BTreeMap<String, String> = BTreeMap::new();
    for (k, v) in pairs {
        values.entry(k.clone()).or_insert_with(|| v.clone());
    }
    let listed = |key: &str| -> Vec<String> {
        pairs
            .iter()
            .filter(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .collect()
    };
    // Every ingredient the form sent, in one field, as it was typed.
    values.insert(
        "avoid-ingredients".into(),
        listed("avoid-ingredients").join(", "),
    );
    let checked_meals = if pairs.iter().any(|(k, _)| k == "meals-sent") {
        listed("meals")
    } else {
        Meal::PLANNED.iter().map(|m| m.name().to_owned()).collect()
    };
    let mut errors: BTreeMap<String, String> = BTreeMap::new();
    let mut general = Vec::new();
    for p in problems {
        let text = match &p.hint {
            Some(hint) => format!("{} ({hint})", p.message),
            None => p.message.clone(),
        };
        let key = p
            .field
            .as_deref()
            .map(|f| f.split('[').next().unwrap_or(f).to_owned());
        match key {
            Some(k) if FORM_FIELDS.contains(&k.as_str()) => {
                let entry = errors.entry(k).or_default();
                if !entry.is_empty() {
                    entry.push(' ');
                }
                entry.push_str(&text);
            }
            _ => general.push(text),
        }
    }
    let layouts: Vec<Choice> = Layout::ALL
        .iter()
        .map(|l| Choice {
            value: l.name().to_owned(),
            label: match l {
                Layout::Handout => "The handout (education, week, shopping, recipes)",
                Layout::Week => "The week on one sheet (for the fridge)",
                Layout::Book => "A recipe book of the recipes that suit",
                Layout::Cards => "Recipe cards of the recipes that suit",
            }
            .to_owned(),
        })
        .collect();
    let names: Vec<&str> = app.engine.catalog().table().names().collect();
    let ctx = page(
        app,
        "handout",
        "New handout",
        context! {
            v => values,
            errors => errors,
            general => general,
            allergens => choices(Allergen::ALL, Allergen::name),
            checked_allergens => listed("avoid-allergens"),
            diets => choices(&[Diet::Omnivore, Diet::Pescatarian, Diet::Vegetarian, Diet::Vegan], Diet::name),
            meals => meals(),
            checked_meals => checked_meals,
            layouts => layouts,
            papers => papers(),
            paper => clinic_paper(app),
            ingredient_names => names,
        },
    );
    let mut response = app.pages.render("handout.html", ctx);
    *response.status_mut() = status;
    response
}

/// The form's fields that show their own errors; a problem about another key is shown above
/// the form.
const FORM_FIELDS: [&str; 12] = [
    "name",
    "sex",
    "age",
    "weight-kg",
    "diet",
    "avoid-allergens",
    "avoid-ingredients",
    "meals",
    "household",
    "start",
    "max-prep",
    "food-safety",
];

/// `GET /`: the new-handout form.
pub async fn handout(State(app): State<Arc<App>>) -> Response {
    handout_page(&app, &[], &[], StatusCode::OK)
}

/// Reads a form's fields.
async fn form(body: Body) -> Result<Vec<(String, String)>, Failure> {
    let bytes = read_body(body, MAX_PROFILE_BYTES).await?;
    Ok(form_urlencoded::parse(&bytes).into_owned().collect())
}

/// The document options of the form: layout, paper and large print.
fn form_options(app: &App, pairs: &[(String, String)]) -> DocOptions {
    let get = |key: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    };
    DocOptions {
        layout: get("layout").and_then(Layout::parse).unwrap_or_default(),
        paper: get("paper")
            .and_then(parse_paper)
            .or(app.engine.clinic().paper),
        large_print: get("large-print").is_some(),
        recipes_only: pairs
            .iter()
            .filter(|(k, _)| k == "ids")
            .map(|(_, v)| v.clone())
            .collect(),
    }
}

/// `POST /handout`: the form in, the PDF out; or the form again with its problems.
pub async fn download(State(app): State<Arc<App>>, body: Body) -> Response {
    let pairs = match form(body).await {
        Ok(p) => p,
        Err(f) => return handout_page(&app, &[], &f.problems, f.status()),
    };
    let profile = match patient::from_value(&app.engine, patient::form_to_json(&pairs)) {
        Ok((p, _)) => p,
        Err(problems) => {
            return handout_page(&app, &pairs, &problems, StatusCode::UNPROCESSABLE_ENTITY);
        }
    };
    let options = form_options(&app, &pairs);
    match work::pdf(&app, Some(profile), options).await {
        Ok(pdf) => pdf_response(pdf),
        Err(f) => handout_page(&app, &pairs, &f.problems, f.status()),
    }
}

/// `POST /preview`: the form in, the preview's id and page count out (JSON), or the problems.
pub async fn preview(State(app): State<Arc<App>>, body: Body) -> Response {
    let pairs = match form(body).await {
        Ok(p) => p,
        Err(f) => return f.into_response(),
    };
    let (profile, warnings) = match patient::from_value(&app.engine, patient::form_to_json(&pairs))
    {
        Ok(checked) => checked,
        Err(problems) => return Failure::invalid(problems).into_response(),
    };
    let options = form_options(&app, &pairs);
    match work::preview(&app, Some(profile), options).await {
        Ok(mut preview) => {
            preview.warnings = warnings;
            axum::Json(preview).into_response()
        }
        Err(f) => f.into_response(),
    }
}

/// The pixels per point of a preview page: an A4 page 744 pixels wide.
const PREVIEW_SCALE: f64 = 1.25;

/// `GET /preview/ID/PAGE`: one page of a preview as a PNG image (pages count from 1).
pub async fn preview_page(
    State(app): State<Arc<App>>,
    Path((id, page)): Path<(String, usize)>,
) -> Response {
    let Some(typeset) = app.previews.get(&id) else {
        return Failure::new(
            StatusCode::NOT_FOUND,
            "this preview has gone",
            Some("change the form to make a new one"),
        )
        .into_response();
    };
    let Ok(_permit) = app.drawing.acquire().await else {
        return Failure::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "the server is stopping",
            None,
        )
        .into_response();
    };
    let drawn = tokio::task::spawn_blocking(move || {
        page.checked_sub(1)
            .and_then(|i| typeset.page_png(i, PREVIEW_SCALE))
    })
    .await
    .ok()
    .flatten();
    match drawn {
        Some(png) => (
            [
                (header::CONTENT_TYPE, "image/png"),
                (header::CACHE_CONTROL, "private, max-age=1800"),
            ],
            png,
        )
            .into_response(),
        None => Failure::new(
            StatusCode::NOT_FOUND,
            format!("there is no page {page}"),
            None,
        )
        .into_response(),
    }
}

/// `GET /batch`: the upload form.
pub async fn batch(State(app): State<Arc<App>>) -> Response {
    batch_page(&app, &[], StatusCode::OK)
}

fn batch_page(app: &App, problems: &[Problem], status: StatusCode) -> Response {
    let ctx = page(
        app,
        "batch",
        "Batch",
        context! {
            problems => problems,
            columns => crate::load::patients::CSV_COLUMNS.join(", "),
        },
    );
    let mut response = app.pages.render("batch.html", ctx);
    *response.status_mut() = status;
    response
}

/// `POST /batch`: a patients file uploaded; its handouts are made in the background and the
/// browser is sent to the progress page.
pub async fn batch_upload(State(app): State<Arc<App>>, mut multipart: Multipart) -> Response {
    let mut upload: Option<(String, Vec<u8>)> = None;
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) => {
                if field.name() != Some("patients") {
                    continue;
                }
                let name = field.file_name().unwrap_or("patients.yaml").to_owned();
                match field.bytes().await {
                    Ok(bytes) => upload = Some((name, bytes.to_vec())),
                    Err(err) => return multipart_failure(&app, &err),
                }
            }
            Ok(None) => break,
            Err(err) => return multipart_failure(&app, &err),
        }
    }
    let Some((name, bytes)) = upload else {
        let f = Failure::new(
            StatusCode::BAD_REQUEST,
            "no patients file was sent",
            Some("choose a .csv or .yaml file"),
        );
        return batch_page(&app, &f.problems, f.status());
    };
    // The browser's file name only says CSV or YAML; it is not kept beyond the page's title.
    let source = std::path::Path::new(&name).file_name().map_or_else(
        || "patients.yaml".to_owned(),
        |n| n.to_string_lossy().into_owned(),
    );
    let (batch, good) = match work::open_batch(&app, &source, &bytes) {
        Ok(b) => b,
        Err(f) => return batch_page(&app, &f.problems, f.status()),
    };
    let (id, batch) = app.batches.insert(batch);
    tokio::spawn(work::run_batch(Arc::clone(&app), batch, good));
    Redirect::to(&format!("/batch/{id}")).into_response()
}

fn multipart_failure(app: &App, err: &axum::extract::multipart::MultipartError) -> Response {
    let f = if err.status() == StatusCode::PAYLOAD_TOO_LARGE {
        Failure::too_large(super::MAX_PATIENTS_BYTES)
    } else {
        Failure::new(
            StatusCode::BAD_REQUEST,
            "the upload could not be read",
            Some("choose the file again and send it"),
        )
    };
    batch_page(app, &f.problems, f.status())
}

fn batch_summary(batch: &work::Batch) -> String {
    let rows = batch.rows();
    let done = rows.iter().filter(|r| r.state == RowState::Done).count();
    let failed = rows.iter().filter(|r| r.state == RowState::Failed).count();
    let waiting = rows.len() - done - failed;
    if batch.is_finished() {
        format!(
            "Finished: {done} handout{} made, {failed} row{} with problems.",
            if done == 1 { "" } else { "s" },
            if failed == 1 { "" } else { "s" }
        )
    } else {
        format!("Making the handouts: {done} made, {failed} with problems, {waiting} to go.")
    }
}

fn gone() -> Response {
    Failure::new(
        StatusCode::NOT_FOUND,
        "this batch has gone (batches are kept for an hour, in memory only)",
        Some("upload the patients file again"),
    )
    .into_response()
}

/// `GET /batch/ID`: the progress page.
pub async fn batch_progress(State(app): State<Arc<App>>, Path(id): Path<String>) -> Response {
    let Some(batch) = app.batches.get(&id) else {
        return gone();
    };
    let ctx = page(
        &app,
        "batch",
        "Batch progress",
        context! {
            id => id,
            source => batch.source.clone(),
            rows => batch.rows(),
            finished => batch.is_finished(),
            summary => batch_summary(&batch),
        },
    );
    app.pages.render("progress.html", ctx)
}

/// `GET /batch/ID/status`: the rows as JSON, for the progress page's script.
pub async fn batch_status(State(app): State<Arc<App>>, Path(id): Path<String>) -> Response {
    let Some(batch) = app.batches.get(&id) else {
        return gone();
    };
    axum::Json(serde_json::json!({
        "finished": batch.is_finished(),
        "summary": batch_summary(&batch),
        "rows": batch.rows(),
    }))
    .into_response()
}

/// `GET /batch/ID/zip`: the handouts, once all are made.
pub async fn batch_zip(State(app): State<Arc<App>>, Path(id): Path<String>) -> Response {
    let Some(batch) = app.batches.get(&id) else {
        return gone();
    };
    if !batch.is_finished() {
        return Failure::new(
            StatusCode::CONFLICT,
            "the handouts are still being made",
            Some("wait until the page says it has finished"),
        )
        .into_response();
    }
    zip_response(&batch)
}

/// The filters of the recipes page.
#[derive(Deserialize, Serialize, Default)]
pub struct RecipeFilter {
    #[serde(default)]
    tag: String,
    #[serde(default)]
    meal: String,
    #[serde(default)]
    diet: String,
    #[serde(default)]
    allergen: String,
}

/// The recipes passing the filters, with their analysis.
fn filtered<'a>(
    app: &'a App,
    filter: &RecipeFilter,
) -> Vec<(
    &'a crate::recipe::Recipe,
    &'a crate::check::nutrition::Analysis,
)> {
    use crate::recipe::TagFilter;
    let catalog = app.engine.catalog();
    let tag = match filter.tag.as_str() {
        "fiber" => Some(TagFilter::Fiber),
        "high-fiber" => Some(TagFilter::HighFiber),
        "polyphenol" => Some(TagFilter::Polyphenol),
        "fermented" => Some(TagFilter::Fermented),
        "live" => Some(TagFilter::Live),
        "omega3" => Some(TagFilter::Omega3),
        "high-omega3" => Some(TagFilter::HighOmega3),
        _ => None,
    };
    let meal = crate::recipe::Meal::ALL
        .iter()
        .copied()
        .find(|m| m.name() == filter.meal);
    let diet = Diet::ALL.iter().copied().find(|d| d.name() == filter.diet);
    let allergen = Allergen::ALL
        .iter()
        .copied()
        .find(|a| a.name() == filter.allergen);
    catalog
        .recipes()
        .iter()
        .filter_map(|r| catalog.analysis(&r.id).map(|a| (r, a)))
        .filter(|(r, _)| tag.is_none_or(|t| t.matches(&r.tags)))
        .filter(|(r, _)| meal.is_none_or(|m| r.meals.contains(&m)))
        .filter(|(r, _)| diet.is_none_or(|d| r.diet <= d))
        .filter(|(r, an)| {
            allergen.is_none_or(|a| !r.allergens.contains(&a) && !an.may_contain.contains(&a))
        })
        .collect()
}

fn tag_words(tags: &crate::recipe::Tags) -> String {
    use crate::recipe::{Fermented, Level};
    let mut words = Vec::new();
    match tags.fiber {
        Some(Level::High) => words.push("high fibre"),
        Some(Level::Source) => words.push("fibre"),
        None => {}
    }
    if tags.polyphenol.is_some() {
        words.push("polyphenols");
    }
    match tags.fermented {
        Some(Fermented::Live) => words.push("live cultures"),
        Some(Fermented::Cooked) => words.push("fermented"),
        None => {}
    }
    match tags.omega3 {
        Some(Level::High) => words.push("high omega-3"),
        Some(Level::Source) => words.push("omega-3"),
        None => {}
    }
    words.join(", ")
}

fn names<T: Copy>(items: &[T], name: impl Fn(T) -> &'static str) -> String {
    items
        .iter()
        .map(|&x| name(x))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `GET /recipes?tag=&meal=&diet=&allergen=`: the library, filtered, with nutrients per serving.
pub async fn recipes(State(app): State<Arc<App>>, Query(filter): Query<RecipeFilter>) -> Response {
    let rows: Vec<Value> = filtered(&app, &filter)
        .into_iter()
        .map(|(r, a)| {
            let n = &a.nutrients;
            context! {
                id => r.id.clone(),
                title => r.title.clone(),
                meals => names(&r.meals, Meal::name),
                diet => r.diet.name(),
                tags => tag_words(&r.tags),
                allergens => names(&r.allergens, Allergen::name),
                kcal => format!("{:.0}", a.per_serving.energy_kcal),
                protein => format!("{:.1}", n.get(Nutrient::Protein)),
                fiber => format!("{:.1}", a.per_serving.fiber_g),
                salt => format!("{:.1}", n.get(Nutrient::Salt)),
                epa_dha => format!("{:.0}", a.per_serving.epa_dha_mg),
            }
        })
        .collect();
    let tags: Vec<Choice> = [
        ("fiber", "Fibre"),
        ("high-fiber", "High fibre"),
        ("polyphenol", "Polyphenols"),
        ("fermented", "Fermented"),
        ("live", "Live cultures"),
        ("omega3", "Omega-3"),
        ("high-omega3", "High omega-3"),
    ]
    .iter()
    .map(|(v, l)| Choice {
        value: (*v).into(),
        label: (*l).into(),
    })
    .collect();
    let ctx = page(
        &app,
        "recipes",
        "Recipes",
        context! {
            recipes => rows,
            q => filter,
            tags => tags,
            meals => meals(),
            diets => choices(Diet::ALL, Diet::name),
            allergens => choices(Allergen::ALL, Allergen::name),
            papers => papers(),
            paper => clinic_paper(&app),
        },
    );
    app.pages.render("recipes.html", ctx)
}

/// `GET /recipes/ID`: one recipe with all its nutrients per serving and its printed page.
pub async fn recipe(State(app): State<Arc<App>>, Path(id): Path<String>) -> Response {
    let catalog = app.engine.catalog();
    let (Some(r), Some(a)) = (catalog.get(&id), catalog.analysis(&id)) else {
        return (
            StatusCode::NOT_FOUND,
            message_page(
                "No such recipe",
                "There is no recipe with that id. The recipes page lists them all.",
            ),
        )
            .into_response();
    };
    let nutrients: Vec<Value> = Nutrient::ALL
        .iter()
        .map(|&k| context! { label => k.label(), value => a.nutrients.show(k) })
        .collect();
    let options = DocOptions {
        layout: Layout::Book,
        paper: app.engine.clinic().paper,
        large_print: false,
        recipes_only: vec![id.clone()],
    };
    let (preview, page_no, preview_error) = match work::preview(&app, None, options).await {
        Ok(p) => {
            let page_no = p.recipe_pages.get(&id).copied().unwrap_or(p.pages);
            (Some(p.id), page_no, None)
        }
        Err(f) => (None, 0, Some(f.error)),
    };
    let ctx = page(
        &app,
        "recipes",
        &r.title,
        context! {
            r => context! {
                id => r.id.clone(),
                title => r.title.clone(),
                meals => names(&r.meals, Meal::name),
                diet => r.diet.name(),
                serves => r.serves.get(),
                prep => r.time.prep,
                cook => r.time.cook,
                tags => tag_words(&r.tags),
                allergens => names(&r.allergens, Allergen::name),
            },
            nutrients => nutrients,
            preview => preview,
            page => page_no,
            preview_error => preview_error,
            papers => papers(),
            paper => clinic_paper(&app),
        },
    );
    app.pages.render("recipe.html", ctx)
}

/// `POST /recipes/print`: a book or cards of the ticked recipes (or of all those the filters
/// showed when none is ticked).
pub async fn print_recipes(State(app): State<Arc<App>>, body: Body) -> Response {
    let pairs = match form(body).await {
        Ok(p) => p,
        Err(f) => return f.into_response(),
    };
    let mut options = form_options(&app, &pairs);
    if !matches!(options.layout, Layout::Book | Layout::Cards) {
        options.layout = Layout::Book;
    }
    if options.recipes_only.is_empty() {
        let get = |key: &str| {
            pairs
                .iter()
                .find(|(k, _)| *k == format!("filter-{key}"))
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        };
        let filter = RecipeFilter {
            tag: get("tag"),
            meal: get("meal"),
            diet: get("diet"),
            allergen: get("allergen"),
        };
        options.recipes_only = filtered(&app, &filter)
            .iter()
            .map(|(r, _)| r.id.clone())
            .collect();
    }
    match work::pdf(&app, None, options).await {
        Ok(pdf) => pdf_response(pdf),
        Err(f) => (
            f.status(),
            message_page("The recipes could not be printed", &f.error),
        )
            .into_response(),
    }
}

/// `GET /clinic`: the clinic's settings, read-only, with what `check` warns about.
pub async fn clinic(State(app): State<Arc<App>>) -> Response {
    let c = app.engine.clinic();
    let or_none = |v: &Option<String>| v.clone().unwrap_or_else(|| "—".to_owned());
    let settings: Vec<(&str, String)> = vec![
        ("Name", c.name.clone()),
        ("Clinician", or_none(&c.clinician)),
        ("Credentials", or_none(&c.credentials)),
        (
            "Address",
            if c.address.is_empty() {
                "—".into()
            } else {
                c.address.join(", ")
            },
        ),
        ("Phone", or_none(&c.phone)),
        ("Hours", or_none(&c.hours)),
        ("Out of hours", or_none(&c.out_of_hours)),
        ("Email", or_none(&c.email)),
        ("Website", or_none(&c.website)),
        (
            "Logo",
            c.logo.as_ref().map_or("—".into(), |l| l.alt.clone()),
        ),
        ("Accent colour", c.accent.clone()),
        ("Paper", clinic_paper(&app).to_owned()),
        ("Reference values", c.references.name().to_owned()),
        (
            "Education pages",
            format!(
                "{}: {}",
                match c.education.length {
                    crate::load::clinic::Length::Full => "full",
                    crate::load::clinic::Length::Short => "short",
                },
                c.education
                    .sections
                    .iter()
                    .map(|s| s.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ),
        (
            "Hidden recipes",
            if c.hidden.is_empty() {
                "none".into()
            } else {
                c.hidden.join(", ")
            },
        ),
        ("Disclaimer", c.disclaimer.clone()),
        ("Footer", or_none(&c.footer)),
    ];
    let (report, fonts) = app.engine.warnings();
    let mut warnings: Vec<String> = report
        .diagnostics
        .iter()
        .map(|d| match &d.hint {
            Some(h) => format!("{} ({h})", d.short()),
            None => d.short(),
        })
        .collect();
    warnings.extend(fonts.diagnostics.iter().map(|d| d.short()));
    let ctx = page(
        &app,
        "clinic",
        "Clinic settings",
        context! {
            file => app.engine.clinic_file().map(|p| p.display().to_string()),
            settings => settings,
            warnings => warnings,
            recipes => app.engine.catalog().recipes().len(),
        },
    );
    app.pages.render("clinic.html", ctx)
}

/// `GET /login`: the sign-in form.
pub async fn login(State(app): State<Arc<App>>) -> Response {
    let ctx = page(&app, "", "Sign in", context! {});
    app.pages.render("login.html", ctx)
}

/// `POST /login`: a right token sets the cookie and goes to the new-handout page.
pub async fn login_submit(State(app): State<Arc<App>>, body: Body) -> Response {
    let pairs = match form(body).await {
        Ok(p) => p,
        Err(f) => return f.into_response(),
    };
    let given = pairs
        .iter()
        .find(|(k, _)| k == "token")
        .map(|(_, v)| v.trim().to_owned())
        .unwrap_or_default();
    match &app.token {
        Some(token) if super::same(&given, token) => {
            let cookie = format!("{TOKEN_COOKIE}={token}; HttpOnly; SameSite=Strict; Path=/");
            let mut response = Redirect::to("/").into_response();
            if let Ok(value) = header::HeaderValue::from_str(&cookie) {
                response.headers_mut().insert(header::SET_COOKIE, value);
            }
            response
        }
        None => Redirect::to("/").into_response(),
        Some(_) => {
            let ctx = page(
                &app,
                "",
                "Sign in",
                context! { error => "that is not this server's token; check it and try again" },
            );
            let mut response = app.pages.render("login.html", ctx);
            *response.status_mut() = StatusCode::UNAUTHORIZED;
            response
        }
    }
}

/// `GET /static/FILE`: the style sheet and the script.
pub async fn asset(Path(file): Path<String>, headers: HeaderMap) -> Response {
    let _ = headers;
    let (body, kind) = match file.as_str() {
        "app.css" => (CSS, "text/css; charset=utf-8"),
        "app.js" => (JS, "text/javascript; charset=utf-8"),
        _ => {
            return Failure::new(StatusCode::NOT_FOUND, "no such file", None).into_response();
        }
    };
    (
        [
            (header::CONTENT_TYPE, kind),
            (header::CACHE_CONTROL, "max-age=3600"),
        ],
        body,
    )
        .into_response()
}
