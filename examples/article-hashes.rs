//! Writes `tests/fixtures/article-runs.txt`: the hashes of every seven-word run of the source
//! article, which the copied-run test compares the handout against. The article is someone else's
//! text and never enters the repository; only these hashes do. Run by `scripts/article-hashes.sh`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../tests/cli/runs.rs"]
mod runs;

use std::path::Path;

fn main() {
    let source = std::env::args()
        .nth(1)
        .expect("usage: article-hashes PATH-TO-ARTICLE");
    let text = std::fs::read_to_string(&source).expect("the article can be read");
    let mut out = String::from(
        "# FNV-1a hashes of the source article's 7-word runs (lowercased, UK/US spellings folded;\n# see tests/cli/runs.rs). Written by scripts/article-hashes.sh; the article itself is not here.\n",
    );
    let hashes = runs::run_hashes(&text);
    for hash in &hashes {
        out.push_str(&format!("{hash:016x}\n"));
    }
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(runs::HASHES);
    std::fs::write(&path, out).expect("the hashes can be written");
    println!("wrote {} ({} runs)", path.display(), hashes.len());
}
