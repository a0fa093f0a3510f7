#!/usr/bin/env bash
# Writes tests/fixtures/article-runs.txt: the hashes of every 7-word run of the source article
# (lowercased, UK/US spellings folded), which the copied-run test compares the handout against.
# The article is someone else's text and never enters the repository; only these hashes do.
# Usage: scripts/article-hashes.sh [PATH-TO-ARTICLE]   (default: ../shared/source-article.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
article="$(realpath "${1:-../shared/source-article.txt}")"
cargo run --quiet --example article-hashes -- "$article"
