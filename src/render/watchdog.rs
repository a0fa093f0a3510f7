//! Limits on a compile: a wall-clock deadline and a memory budget.
//!
//! Typst has no step limit and cannot be cancelled from outside, so a layout or a clinic section
//! that loops for hours (`for i in range(100000) { for j in range(100000) {} }`) or builds
//! something enormous (`range(1e9)`) would hang the run or take all the machine's memory. A
//! compile is therefore run where it can be abandoned: a watchdog thread checks every running
//! compile's age and the process's resident memory, and an allocator wrapper refuses to let a
//! single large allocation pass the budget (the allocating thread is parked). When a limit is
//! passed the watchdog says which, removes the run's temporary files and ends the process with
//! exit code 1; the abandoned compile never finishes.

use std::alloc::{GlobalAlloc, Layout};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

/// The seconds a compile may take unless `GUTJOINT_LAYOUT_TIMEOUT` says otherwise: a handout
/// takes well under one.
pub const DEFAULT_TIMEOUT_SECONDS: f64 = 60.0;

/// The memory the process may hold while compiling, in MiB, unless `GUTJOINT_MEMORY_LIMIT`
/// says otherwise: a batch of 1,000 handouts peaks under 300 MiB.
pub const DEFAULT_MEMORY_MIB: usize = 2048;

/// Allocations at least this large are checked against the budget as they are made; smaller
/// ones are caught by the watchdog's look at the resident memory.
const LARGE: usize = 1024 * 1024;

/// The budget in bytes; no limit until the watchdog runs.
static LIMIT: AtomicUsize = AtomicUsize::new(usize::MAX);
/// The resident memory the watchdog last saw, in bytes.
static RESIDENT: AtomicUsize = AtomicUsize::new(0);
/// The size of an allocation refused for the budget, or 0.
static REFUSED: AtomicUsize = AtomicUsize::new(0);

/// A global allocator that holds back any large allocation that would pass the memory budget.
pub struct Budgeted<A>(pub A);

fn admit(size: usize) {
    if size < LARGE {
        return;
    }
    let limit = LIMIT.load(Ordering::Relaxed);
    if RESIDENT.load(Ordering::Relaxed).saturating_add(size) > limit {
        REFUSED.store(size, Ordering::SeqCst);
        // This thread goes no further; the watchdog reports the budget and ends the process.
        // Sleeping allocates nothing.
        loop {
            std::thread::sleep(Duration::from_secs(3600));
        }
    }
}

// SAFETY: every call is passed on unchanged to the wrapped allocator; `admit` only reads and
// writes atomics and may park the calling thread, which allocates nothing.
unsafe impl<A: GlobalAlloc> GlobalAlloc for Budgeted<A> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        admit(layout.size());
        // SAFETY: the caller's contract is passed on.
        unsafe { self.0.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        admit(layout.size());
        // SAFETY: the caller's contract is passed on.
        unsafe { self.0.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract is passed on.
        unsafe { self.0.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            admit(new_size);
        }
        // SAFETY: the caller's contract is passed on.
        unsafe { self.0.realloc(ptr, layout, new_size) }
    }
}

/// The compiles running now: (number, when it started).
fn running() -> &'static Mutex<Vec<(u64, Instant)>> {
    static RUNNING: OnceLock<Mutex<Vec<(u64, Instant)>>> = OnceLock::new();
    RUNNING.get_or_init(|| Mutex::new(Vec::new()))
}

fn lock_running() -> std::sync::MutexGuard<'static, Vec<(u64, Instant)>> {
    running()
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// A compile the watchdog is timing; dropping it stops the clock.
pub struct Watched(u64);

impl Drop for Watched {
    fn drop(&mut self) {
        lock_running().retain(|(n, _)| *n != self.0);
    }
}

/// Starts timing a compile (and, the first time, the watchdog itself).
pub fn watch() -> Watched {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let limits = limits();
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    lock_running().push((n, Instant::now()));
    static STARTED: OnceLock<()> = OnceLock::new();
    STARTED.get_or_init(|| {
        let limits = *limits;
        LIMIT.store(limits.memory, Ordering::SeqCst);
        let _ = std::thread::Builder::new()
            .name("watchdog".into())
            .spawn(move || watchdog(limits));
    });
    Watched(n)
}

/// The limits in force.
#[derive(Debug, Clone, Copy)]
struct Limits {
    timeout: Duration,
    memory: usize,
}

/// Reads the limits from the environment once.
fn limits() -> &'static Limits {
    static LIMITS: OnceLock<Limits> = OnceLock::new();
    LIMITS.get_or_init(|| {
        let number = |key: &str| {
            let value = std::env::var(key).ok()?;
            match value.trim().parse::<f64>() {
                Ok(n) if n.is_finite() && n > 0.0 => Some(n),
                _ => {
                    crate::diag::to_stderr(&format!(
                        "warning: {key}=`{}` is not a positive number; the default is used\n",
                        crate::diag::shorten(&value)
                    ));
                    None
                }
            }
        };
        let seconds = number("GUTJOINT_LAYOUT_TIMEOUT").unwrap_or(DEFAULT_TIMEOUT_SECONDS);
        let mib = number("GUTJOINT_MEMORY_LIMIT").unwrap_or(DEFAULT_MEMORY_MIB as f64);
        Limits {
            timeout: Duration::from_secs_f64(seconds.min(1e9)),
            memory: (mib.min(1e12) * 1024.0 * 1024.0) as usize,
        }
    })
}

/// Checks the limits every 50 ms; never returns once a limit is passed.
fn watchdog(limits: Limits) {
    loop {
        std::thread::sleep(Duration::from_millis(50));
        if let Some(resident) = resident_bytes() {
            RESIDENT.store(resident, Ordering::Relaxed);
        }
        let mib = limits.memory / (1024 * 1024);
        let memory_hint = format!(
            "a layout or clinic section builds something enormous (such as `range(1e9)`); fix it, or allow more with GUTJOINT_MEMORY_LIMIT=MIB (now {mib})"
        );
        let refused = REFUSED.load(Ordering::SeqCst);
        if refused > 0 {
            stop(
                &format!(
                    "the layout asked for {} of memory at once, more than the {mib} MiB allowed, so it was stopped",
                    crate::load::input::size_in_words(refused as u64)
                ),
                &memory_hint,
            );
        }
        if RESIDENT.load(Ordering::Relaxed) > limits.memory && !lock_running().is_empty() {
            stop(
                &format!("the layout used more than {mib} MiB of memory, so it was stopped"),
                &memory_hint,
            );
        }
        let late = lock_running()
            .iter()
            .any(|(_, started)| started.elapsed() > limits.timeout);
        if late {
            let seconds = limits.timeout.as_secs_f64();
            stop(
                &format!("the layout took longer than {seconds} s, so it was stopped"),
                &format!(
                    "a layout or clinic section loops for too long (a `for` over a huge range); fix it, or allow more time with GUTJOINT_LAYOUT_TIMEOUT=SECONDS (now {seconds})"
                ),
            );
        }
    }
}

/// Says why the run ends, removes its temporary files and ends the process.
fn stop(message: &str, hint: &str) -> ! {
    crate::diag::to_stderr(&format!("error: {message}\n  = hint: {hint}\n"));
    crate::render::output::remove_pending();
    std::process::exit(1)
}

/// The process's resident memory, from `/proc/self/statm` (Linux).
fn resident_bytes() -> Option<usize> {
    let text = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: usize = text.split_whitespace().nth(1)?.parse().ok()?;
    // SAFETY: sysconf has no preconditions.
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    Some(pages.saturating_mul(usize::try_from(page).ok()?))
}
