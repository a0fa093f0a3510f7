//! Times the week planner on the bundled library (48+ recipes) and on a 500-recipe library made
//! of copies of it. A plain harness: `cargo bench --bench planner`; numbers go in the README.

// A benchmark that cannot set up should stop loudly.
#![allow(clippy::expect_used)]

use std::time::{Duration, Instant};

use gutjoint::load::catalog::{Catalog, RecipeSource};
use gutjoint::load::profile::Profile;
use gutjoint::plan;

fn main() {
    let bundled = Catalog::load(&RecipeSource::Bundled)
        .expect("the bundled library loads")
        .value;
    let start =
        time::Date::from_calendar_date(2026, time::Month::December, 7).expect("a valid date");
    let big = replicate(&bundled, 500);
    let vegan = Profile {
        diet: gutjoint::recipe::Diet::Vegan,
        ..Profile::default()
    };
    for (name, catalog) in [("bundled", &bundled), ("500 recipes", &big)] {
        for (who, profile) in [("omnivore", Profile::default()), ("vegan", vegan.clone())] {
            let times = time_runs(20, || {
                let week = plan::plan(catalog, &profile, start).expect("a week");
                std::hint::black_box(week);
            });
            println!(
                "plan, {name} ({} recipes), {who}: median {:.1} ms, min {:.1} ms, max {:.1} ms over {} runs",
                catalog.recipes().len(),
                ms(times[times.len() / 2]),
                ms(times[0]),
                ms(times[times.len() - 1]),
                times.len()
            );
        }
    }
}

/// Copies the library's recipes under new ids until it holds `target` recipes.
fn replicate(catalog: &Catalog, target: usize) -> Catalog {
    let mut pairs = Vec::with_capacity(target);
    let mut copy = 0;
    while pairs.len() < target {
        for recipe in catalog.recipes() {
            if pairs.len() == target {
                break;
            }
            let mut r = recipe.clone();
            r.id = format!("{}-{copy}", recipe.id);
            let analysis = catalog
                .analysis(&recipe.id)
                .expect("every recipe has an analysis")
                .clone();
            pairs.push((r, analysis));
        }
        copy += 1;
    }
    Catalog::from_checked(pairs, catalog.table().clone())
}

fn time_runs(runs: usize, mut f: impl FnMut()) -> Vec<Duration> {
    f(); // warm up
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    times
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
