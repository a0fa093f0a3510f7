//! The renderers: one worker thread per core, each keeping its Typst world warm from one request
//! to the next, fed from a bounded queue. A request that finds every worker busy and the queue
//! full is refused at once (503) rather than left waiting, and one that waits longer than the
//! deadline is answered with a 503 too.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::time::Duration;

use crate::render::{Renderer, STACK_SIZE};

/// Typst's cache entries unused for a while are dropped, as `batch` does, so a server that runs
/// for weeks keeps its memory flat: every `EVICT_EVERY` renders, those unused in the last
/// `EVICT_AGE` rounds.
const EVICT_EVERY: usize = 5;
const EVICT_AGE: usize = 2;

type Task = Box<dyn FnOnce(&mut Renderer) + Send>;

/// Why a render was not done.
#[derive(Debug, PartialEq, Eq)]
pub enum Refused {
    /// Every worker is busy and the queue is full.
    Busy,
    /// The render took longer than the deadline.
    Late(Duration),
    /// The render crashed (a bug).
    Crashed,
}

/// A fixed set of render threads with a bounded queue.
pub struct Pool {
    sender: Mutex<mpsc::Sender<Task>>,
    /// Renders running or waiting.
    taken: Arc<AtomicUsize>,
    /// The most renders running or waiting: the workers and the queue.
    capacity: usize,
    deadline: Duration,
    workers: usize,
}

/// A place in the pool, given back when dropped.
struct Place(Arc<AtomicUsize>);

impl Drop for Place {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

impl Pool {
    /// Starts `workers` render threads (at least one) with room for `queue` more renders waiting,
    /// each given `deadline` from when it is asked for to when it is done.
    pub fn new(workers: usize, queue: usize, deadline: Duration) -> Self {
        let workers = workers.max(1);
        let (sender, receiver) = mpsc::channel::<Task>();
        let receiver = Arc::new(Mutex::new(receiver));
        let done = Arc::new(AtomicUsize::new(0));
        for n in 0..workers {
            let receiver = Arc::clone(&receiver);
            let done = Arc::clone(&done);
            let spawned = std::thread::Builder::new()
                .name(format!("render-{n}"))
                .stack_size(STACK_SIZE)
                .spawn(move || work(&receiver, &done));
            if let Err(err) = spawned {
                crate::diag::to_stderr(&format!(
                    "warning: failed to start a render thread ({err})\n"
                ));
            }
        }
        Self {
            sender: Mutex::new(sender),
            taken: Arc::new(AtomicUsize::new(0)),
            capacity: workers + queue,
            deadline,
            workers,
        }
    }

    /// How many renders run at once.
    pub fn workers(&self) -> usize {
        self.workers
    }

    /// Runs `job` on a render thread with that thread's warm renderer and returns its result,
    /// or says why it was not done.
    pub async fn run<T: Send + 'static>(
        &self,
        job: impl FnOnce(&mut Renderer) -> T + Send + 'static,
    ) -> Result<T, Refused> {
        let taken = self.taken.fetch_add(1, Ordering::SeqCst);
        let place = Place(Arc::clone(&self.taken));
        if taken >= self.capacity {
            return Err(Refused::Busy);
        }
        let (tx, rx) = tokio::sync::oneshot::channel();
        let task: Task = Box::new(move |renderer| {
            let _place = place;
            // Nobody waits for it any more (the deadline passed): skip the work.
            if tx.is_closed() {
                return;
            }
            let _ = tx.send(job(renderer));
        });
        let sent = self
            .sender
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .send(task);
        if sent.is_err() {
            return Err(Refused::Crashed);
        }
        match tokio::time::timeout(self.deadline, rx).await {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(_)) => Err(Refused::Crashed),
            Err(_) => Err(Refused::Late(self.deadline)),
        }
    }
}

/// A worker's loop: takes tasks until the pool is dropped.
fn work(receiver: &Mutex<mpsc::Receiver<Task>>, done: &AtomicUsize) {
    let mut renderer = Renderer::default();
    loop {
        let task = {
            let receiver = receiver
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            receiver.recv()
        };
        let Ok(task) = task else {
            return;
        };
        let outcome =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| task(&mut renderer)));
        if outcome.is_err() {
            // The world may be half-changed: start the next render from a fresh one.
            renderer = Renderer::default();
        }
        if (done.fetch_add(1, Ordering::SeqCst) + 1).is_multiple_of(EVICT_EVERY) {
            comemo::evict(EVICT_AGE);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_full_pool_refuses_at_once_and_a_slow_render_meets_its_deadline() {
        let pool = Arc::new(Pool::new(1, 0, Duration::from_millis(200)));
        let (release, wait) = std::sync::mpsc::channel::<()>();
        let busy = {
            let pool = Arc::clone(&pool);
            tokio::spawn(async move {
                pool.run(move |_| {
                    let _ = wait.recv();
                    1
                })
                .await
            })
        };
        // The one worker holds its place until released; the next render finds no room.
        while pool.taken.load(Ordering::SeqCst) == 0 {
            tokio::task::yield_now().await;
        }
        assert_eq!(pool.run(|_| 2).await, Err(Refused::Busy));
        assert_eq!(
            busy.await.unwrap(),
            Err(Refused::Late(Duration::from_millis(200)))
        );
        release.send(()).unwrap();
        // Once the slow render has ended, its place is free again.
        let mut answer = pool.run(|_| 3).await;
        while answer == Err(Refused::Busy) {
            tokio::task::yield_now().await;
            answer = pool.run(|_| 3).await;
        }
        assert_eq!(answer, Ok(3));
    }
}
