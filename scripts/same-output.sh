#!/usr/bin/env bash
# Builds every bundled layout (handout, book, cards, week) on A4 and US Letter, in normal and
# large print, once from the embedded defaults and once with a profile and a clinic, plus a batch
# and an export, with SOURCE_DATE_EPOCH fixed, and compares the SHA-256 of every file written
# with the saved list in scripts/same-output.sha256. A refactor must leave that list unchanged.
#
# Usage: scripts/same-output.sh            build and compare (exit 1 on any difference)
#        scripts/same-output.sh --update   build and write the list anew (after a change of
#                                          output made on purpose; commit it on its own)
# GUTJOINT=path/to/gutjoint uses that binary; otherwise `cargo build` makes the debug one.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
list=scripts/same-output.sha256
update=false
case "${1:-}" in
  --update) update=true ;;
  "") ;;
  *) echo "usage: scripts/same-output.sh [--update]" >&2; exit 2 ;;
esac

if [ -z "${GUTJOINT:-}" ]; then
  cargo build --quiet --bin gutjoint
  GUTJOINT=${CARGO_TARGET_DIR:-target}/debug/gutjoint
fi
GUTJOINT=$(realpath "$GUTJOINT")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1790000000
unset NO_COLOR

profile=$root/tests/fixtures/profiles/ana.yaml
clinic=$root/tests/fixtures/clinics/branded
patients=$root/tests/fixtures/patients/clinic-list.yaml

# Runs gutjoint from the work folder; the exit code is part of what is compared.
run() {
  local name=$1; shift
  local code=0
  (cd "$work" && "$GUTJOINT" "$@" >/dev/null 2>"$work/$name.stderr") || code=$?
  echo "exit $code  $name" >> "$work/exits"
}

mkdir -p "$work/out"
: > "$work/exits"
for layout in handout book cards week; do
  for paper in a4 us-letter; do
    for print in normal large; do
      large=(); [ "$print" = large ] && large=(--large-print)
      run "$layout-$paper-$print-defaults" build --layout "$layout" --paper "$paper" "${large[@]}" \
        -o "out/$layout-$paper-$print-defaults.pdf"
      run "$layout-$paper-$print-clinic" build --layout "$layout" --paper "$paper" "${large[@]}" \
        --profile "$profile" --clinic "$clinic" -o "out/$layout-$paper-$print-clinic.pdf"
    done
  done
done
# The clinic's own paper (US Letter) when no --paper is given, and a filtered book.
run clinic-paper build --profile "$profile" --clinic "$clinic" -o out/clinic-paper.pdf
run book-filtered build --layout book --tag live --meal breakfast -o out/book-filtered.pdf
run cards-only build --layout cards --recipes-only overnight-oats-kefir-blueberries,miso-salmon-traybake \
  -o out/cards-only.pdf
# A batch with one bad row (exit 1, the others written) and a batch of fridge sheets.
run batch-handout batch "$patients" --out-dir out/batch-handout --clinic "$clinic"
run batch-week batch "$patients" --out-dir out/batch-week --layout week --large-print
# An export: its data.json, main.typ and layouts (the fonts too).
run export export out/export --profile "$profile" --clinic "$clinic"

{
  (cd "$work/out" && find . -type f | LC_ALL=C sort | xargs sha256sum)
  LC_ALL=C sort -k3 "$work/exits"
} > "$work/list"

if $update; then
  cp "$work/list" "$list"
  echo "wrote $list ($(wc -l < "$list") files)"
  exit 0
fi
if diff -u "$list" "$work/list" > "$work/diff"; then
  echo "same output: all $(wc -l < "$list") files match $list"
else
  cat "$work/diff"
  for f in "$work"/*.stderr; do
    [ -s "$f" ] && { echo "--- $(basename "$f")"; head -20 "$f"; }
  done
  echo "DIFFERENT output: see the lines above (+ is this build, - the saved list)" >&2
  exit 1
fi
