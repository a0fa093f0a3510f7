//! What the server keeps between requests, in memory only and for a while: the pages of a
//! preview (drawn as their images are asked for) and the handouts of a batch (until its ZIP is
//! fetched). Nothing here touches the disk; the oldest entries go first when a store is full,
//! and every entry is dropped once it is older than its store's age.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A random id, hard to guess: 128 bits as 32 hex digits.
pub fn random_id() -> String {
    let mut bytes = [0u8; 16];
    // Without the system's randomness an id is still unique (time and a counter), only
    // guessable; the ids are not secrets on their own (the token and the origin check are).
    if getrandom::fill(&mut bytes).is_err() {
        static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        bytes.copy_from_slice(&(t ^ u128::from(n)).to_le_bytes());
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Entries by id, at most `capacity` of them, none older than `age`.
pub struct Store<T> {
    entries: Mutex<HashMap<String, (Instant, Arc<T>)>>,
    capacity: usize,
    age: Duration,
}

impl<T> Store<T> {
    /// An empty store.
    pub fn new(capacity: usize, age: Duration) -> Self {
        Self {
            entries: Mutex::new(HashMap::new()),
            capacity: capacity.max(1),
            age,
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, (Instant, Arc<T>)>> {
        self.entries
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Keeps a value and returns its new id.
    pub fn insert(&self, value: T) -> (String, Arc<T>) {
        let id = random_id();
        let value = Arc::new(value);
        let mut entries = self.lock();
        let age = self.age;
        entries.retain(|_, (at, _)| at.elapsed() < age);
        while entries.len() >= self.capacity {
            let oldest = entries
                .iter()
                .min_by_key(|(_, (at, _))| *at)
                .map(|(id, _)| id.clone());
            match oldest {
                Some(id) => entries.remove(&id),
                None => break,
            };
        }
        entries.insert(id.clone(), (Instant::now(), Arc::clone(&value)));
        (id, value)
    }

    /// The value of an id, unless it has gone.
    pub fn get(&self, id: &str) -> Option<Arc<T>> {
        let entries = self.lock();
        entries
            .get(id)
            .filter(|(at, _)| at.elapsed() < self.age)
            .map(|(_, v)| Arc::clone(v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_store_forgets_its_oldest_entry() {
        let store = Store::new(2, Duration::from_secs(60));
        let (a, _) = store.insert(1);
        let (b, _) = store.insert(2);
        let (c, _) = store.insert(3);
        assert!(store.get(&a).is_none());
        assert_eq!(store.get(&b).as_deref(), Some(&2));
        assert_eq!(store.get(&c).as_deref(), Some(&3));
        assert_eq!(a.len(), 32);
        assert_ne!(a, b);
    }
}
