//! Many documents in a row, as fast as the machine allows with flat memory: a pool of workers,
//! each keeping its Typst world from one document to the next; the first document made alone,
//! so the others reuse what Typst learnt from it; old cache entries evicted as the batch goes.

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

/// What a batch worker keeps from one document to the next: its Typst world.
#[derive(Default)]
pub struct Worker {
    /// The Typst world, reused.
    renderer: Renderer,
}

impl Worker {
    /// Renders one document with this worker's world.
    pub fn render(&mut self, data: &Handout, options: &RenderOptions) -> Result<Rendered, Error> {
        self.renderer.render(data.to_json(), options)
    }
}
