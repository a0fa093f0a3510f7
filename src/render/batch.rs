//! Many documents in a row, as fast as the machine allows with flat memory: a pool of workers,
//! each keeping its Typst world from one document to the next; the first document made alone,
//! so the others reuse what Typst learnt from it; old cache entries evicted as the batch goes.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::{RenderOptions, Rendered, Renderer, STACK_SIZE};
use crate::contract::Handout;
use crate::error::Error;

/// Typst's cache entries unused for a while are dropped, so memory stays flat over thousands of
/// patients: every `EVICT_EVERY` documents, those unused in the last `EVICT_AGE` such rounds (so
/// kept for 10 to 15 documents). Recipe and education pages are shared between patients and a
/// recipe recurs every few handouts, so a longer memory lays out fewer pages again; dropping in
/// rounds rather than after every document spends less time going through the cache.
const EVICT_EVERY: usize = 5;
const EVICT_AGE: usize = 2;

/// Renders a batch of documents on a pool of its own.
pub struct BatchRenderer {
    threads: usize,
}

impl BatchRenderer {
    /// A renderer for `total` documents with at most `jobs` at once (default: one per core).
    pub fn new(jobs: Option<usize>, total: usize) -> Self {
        let threads = jobs
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
            .clamp(1, 64)
            .min(total.max(1));
        Self { threads }
    }

    /// Calls `work` for each of `0..total`, each time with a worker of the pool, whose renderer
    /// keeps its world from one document to the next. Document 0 is made first and alone.
    pub fn run(&self, total: usize, work: impl Fn(usize, &mut Worker) + Sync) -> Result<(), Error> {
        let next = AtomicUsize::new(0);
        let finished = AtomicUsize::new(0);
        let process = |i: usize, worker: &mut Worker| {
            work(i, worker);
            let done = finished.fetch_add(1, Ordering::SeqCst) + 1;
            if done.is_multiple_of(EVICT_EVERY) {
                comemo::evict(EVICT_AGE);
            }
        };
        // The workers are the threads of a pool of their own, in which Typst's parallel layout
        // runs too: a worker waiting for its pages lays them out itself, instead of sleeping
        // while further threads compete for the same cores.
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(self.threads)
            .stack_size(STACK_SIZE)
            .thread_name(|_| "batch".into())
            .build()
            .map_err(|e| Error::Io(anyhow::anyhow!("failed to start the worker threads ({e})")))?;
        let mut workers: Vec<Worker> = (0..self.threads).map(|_| Worker::default()).collect();
        if total > 0 {
            // The first document is made alone, with every thread free for its layout; the
            // others then reuse what Typst learnt from it (the education pages, the common
            // recipes) instead of all laying them out at once.
            next.store(1, Ordering::SeqCst);
            pool.install(|| process(0, &mut workers[0]));
        }
        pool.scope(|scope| {
            for worker in &mut workers {
                scope.spawn(|_| {
                    loop {
                        let i = next.fetch_add(1, Ordering::SeqCst);
                        if i >= total {
                            break;
                        }
                        process(i, worker);
                    }
                });
            }
        });
        Ok(())
    }
}

/// What a batch worker keeps from one document to the next.
#[derive(Default)]
pub struct Worker {
    /// The Typst world, reused.
    renderer: Renderer,
    /// Where the recipes of the next handout will probably be.
    pages: PagePrediction,
}

impl Worker {
    /// Renders one document with this worker's world. The week table gets the predicted recipe
    /// pages; if one is wrong, the actual ones (the numbers sit in boxes of a fixed width, so
    /// they do not move the pages); if even those are wrong, none, and the layout looks them up
    /// itself.
    pub fn render(
        &mut self,
        data: &mut Handout,
        options: &RenderOptions,
    ) -> Result<Rendered, Error> {
        let ids: Vec<String> = data.recipes.iter().map(|r| r.id.clone()).collect();
        let mut pages = self.pages.predict(&ids);
        let mut wrong = 0;
        let rendered = loop {
            data.set_recipe_pages(pages.as_ref());
            let rendered = self.renderer.render(data.to_json(), options)?;
            let Some(given) = &pages else { break rendered };
            if ids
                .iter()
                .all(|id| rendered.recipe_pages.get(id) == given.get(id))
            {
                break rendered;
            }
            wrong += 1;
            pages = (wrong == 1).then(|| rendered.recipe_pages.clone());
            self.pages.wrong = true;
        };
        self.pages.learn(&ids, &rendered.recipe_pages);
        Ok(rendered)
    }
}

/// Where a worker expects the recipes of its next handout: the page of the first recipe, and
/// how many pages each recipe took, learnt from its handouts so far. The week table is given
/// these pages instead of looking them up, so Typst need not lay it out again once the pages are
/// known (about 3% of a handout); each prediction is checked against the document, and a wrong
/// one costs a second rendering. So pages are predicted only while the first recipe has been on
/// the same page `STEADY` handouts running, only when each recipe's length is known (seen before,
/// or every recipe so far took one page), and never again by a worker after a wrong prediction.
/// In normal print, 94 of 100 patients got predicted pages and none was wrong; in large print,
/// where recipes take one page or two and the shopping list's length moves the first recipe, 5
/// did and 2 were wrong (one per worker), after which the workers looked the pages up.
#[derive(Default)]
struct PagePrediction {
    /// The page of the first recipe in the last handout.
    first: Option<usize>,
    /// For how many handouts running the first recipe has been on that page.
    steady: usize,
    /// Pages each recipe took, when a recipe followed it.
    lengths: HashMap<String, usize>,
    /// Whether a prediction was wrong: then this worker predicts no more.
    wrong: bool,
}

/// Handouts running with the first recipe on the same page before pages are predicted.
const STEADY: usize = 3;

impl PagePrediction {
    /// The probable page of each recipe, given in the order the handout prints them.
    fn predict(&self, recipes: &[String]) -> Option<HashMap<String, usize>> {
        if self.wrong || self.steady < STEADY {
            return None;
        }
        let mut page = self.first?;
        let all_one_page = self.lengths.values().all(|&n| n == 1);
        let mut pages = HashMap::new();
        for id in recipes {
            pages.insert(id.clone(), page);
            page += match self.lengths.get(id) {
                Some(&n) => n,
                None if all_one_page => 1,
                None => return None,
            };
        }
        Some(pages)
    }

    /// Learns from where a handout's recipes are.
    fn learn(&mut self, recipes: &[String], actual: &HashMap<String, usize>) {
        let first = recipes.first().and_then(|id| actual.get(id)).copied();
        self.steady = if first.is_some() && first == self.first {
            self.steady + 1
        } else {
            1
        };
        self.first = first;
        for pair in recipes.windows(2) {
            if let (Some(&a), Some(&b)) = (actual.get(&pair[0]), actual.get(&pair[1]))
                && b > a
            {
                self.lengths.insert(pair[0].clone(), b - a);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    fn pages(list: &[(&str, usize)]) -> HashMap<String, usize> {
        list.iter().map(|(id, p)| ((*id).to_owned(), *p)).collect()
    }

    #[test]
    fn pages_are_predicted_once_the_first_recipe_stays_put() {
        let mut p = PagePrediction::default();
        let week = ids(&["a", "b", "c"]);
        let seen = pages(&[("a", 20), ("b", 21), ("c", 22)]);
        for _ in 0..STEADY - 1 {
            p.learn(&week, &seen);
            assert_eq!(p.predict(&week), None, "not steady yet");
        }
        p.learn(&week, &seen);
        // Another week: known recipes keep their lengths, a new one takes a page.
        let next = ids(&["c", "new", "a"]);
        assert_eq!(
            p.predict(&next),
            Some(pages(&[("c", 20), ("new", 21), ("a", 22)]))
        );
        // The first recipe moved: predictions wait until it stays put again.
        p.learn(&week, &pages(&[("a", 21), ("b", 22), ("c", 23)]));
        assert_eq!(p.predict(&week), None);
    }

    #[test]
    fn recipes_of_two_pages_need_known_lengths_and_a_wrong_guess_stops_predictions() {
        let mut p = PagePrediction::default();
        let week = ids(&["a", "b", "c"]);
        for _ in 0..STEADY {
            p.learn(&week, &pages(&[("a", 20), ("b", 22), ("c", 23)]));
        }
        assert_eq!(
            p.predict(&ids(&["a", "b"])),
            Some(pages(&[("a", 20), ("b", 22)]))
        );
        // `a` took two pages, so an unseen recipe's length is not assumed.
        assert_eq!(p.predict(&ids(&["new", "a"])), None);
        p.wrong = true;
        assert_eq!(p.predict(&ids(&["a", "b"])), None);
    }
}
