#!/usr/bin/env bash
# Compares gutjoint with the Typst CLI on the same documents, and measures batch memory.
# Needs a release build of gutjoint and the typst CLI of the same Typst version:
#   cargo build --release
#   cargo install typst-cli --version 0.15.1 --locked      (or set TYPST=/path/to/typst)
# Usage: benches/vs-typst.sh [N]   (N patients for the batch comparison, default 100)
# BASELINE=/path/to/an/older/gutjoint also compares this build's batch, speed and peak memory,
# with that one's (a refactor's before and after). Without the typst CLI, the comparisons with it
# are skipped and the rest still run.
set -euo pipefail
cd "$(dirname "$0")/.."
GUTJOINT=${GUTJOINT:-${CARGO_TARGET_DIR:-target}/release/gutjoint}
TYPST=${TYPST:-typst}
N=${1:-100}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1790000000

now() { date +%s.%N; }
elapsed() { echo "$2 - $1" | bc -l; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -m)"
median() { sort -n "$1" | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
have_typst=true
command -v "$TYPST" >/dev/null 2>&1 || { have_typst=false; echo "no typst CLI ($TYPST): the comparisons with it are skipped"; }
if $have_typst; then

# 1. One default handout: gutjoint build vs typst compile on its export. The runs alternate and
# the medians are compared, because a shared machine's timings vary by a tenth from run to run.
"$GUTJOINT" export "$work/export" >/dev/null
runs=${RUNS:-21}
: > "$work/g.txt"; : > "$work/t.txt"
for _ in $(seq 1 "$runs"); do
  t0=$(now); "$GUTJOINT" build -o "$work/g.pdf" >/dev/null; t1=$(now)
  elapsed "$t0" "$t1" >> "$work/g.txt"
  t0=$(now); (cd "$work/export" && "$TYPST" compile --font-path fonts --ignore-system-fonts main.typ "$work/t.pdf"); t1=$(now)
  elapsed "$t0" "$t1" >> "$work/t.txt"
done
med_g=$(median "$work/g.txt"); med_t=$(median "$work/t.txt")
printf 'one handout (median of %s): gutjoint %.3f s, typst CLI %.3f s, ratio %.2f\n' "$runs" "$med_g" "$med_t" "$(echo "$med_g / $med_t" | bc -l)"

# 2. N patients: gutjoint batch vs N typst compile runs on N exports.
python3 - "$N" > "$work/patients.yaml" <<'PY'
import sys
diets = ["omnivore", "pescatarian", "vegetarian", "vegan"]
for i in range(int(sys.argv[1])):
    print(f"- name: Patient {i}\n  diet: {diets[i % 4]}\n  household: {1 + i % 4}\n  seed: {i}")
PY
# The same patients, one export each.
diets=(omnivore pescatarian vegetarian vegan)
for i in $(seq 0 $((N - 1))); do
  printf 'name: Patient %s\ndiet: %s\nhousehold: %s\nseed: %s\n' "$i" "${diets[$((i % 4))]}" "$((1 + i % 4))" "$i" > "$work/p.yaml"
  "$GUTJOINT" export "$work/e$i" --profile "$work/p.yaml" >/dev/null
done
# Rounds of one batch and one loop each, alternating, compared by their medians: this machine's
# speed drifts by a tenth or more over minutes.
rounds=${ROUNDS:-5}
: > "$work/b.txt"; : > "$work/l.txt"
for _ in $(seq 1 "$rounds"); do
  rm -rf "$work/batch"
  t0=$(now); "$GUTJOINT" batch "$work/patients.yaml" --out-dir "$work/batch" >/dev/null 2>"$work/batch.log" || { cat "$work/batch.log"; exit 1; }; t1=$(now)
  elapsed "$t0" "$t1" >> "$work/b.txt"
  t0=$(now)
  for i in $(seq 0 $((N - 1))); do (cd "$work/e$i" && "$TYPST" compile --font-path fonts --ignore-system-fonts main.typ out.pdf); done
  t1=$(now)
  elapsed "$t0" "$t1" >> "$work/l.txt"
done
echo "batch runs: $(tr '\n' ' ' < "$work/b.txt")s; loop runs: $(tr '\n' ' ' < "$work/l.txt")s"
# Each round's own speed-up (its loop over its batch, run minutes apart) drifts less with the
# machine than times do; the median of those is the result.
paste "$work/l.txt" "$work/b.txt" | awk '{printf "%.2f\n", $1 / $2}' > "$work/r.txt"
echo "speed-up by round: $(tr '\n' ' ' < "$work/r.txt")"
batch=$(median "$work/b.txt"); loop=$(median "$work/l.txt")
printf '%s patients: gutjoint batch %.1f s, typst CLI loop %.1f s (medians), speed-up %.1fx (median of the rounds)\n' "$N" "$batch" "$loop" "$(median "$work/r.txt")"
fi

# 3. Peak memory (RSS) of batch runs.
for n in ${MEM_SIZES:-10 100 1000}; do
  python3 - "$n" > "$work/m.yaml" <<'PY'
import sys
for i in range(int(sys.argv[1])):
    print(f"- name: Patient {i}\n  seed: {i}")
PY
  rm -rf "$work/m"
  rss=$(/usr/bin/time -f '%M' "$GUTJOINT" batch "$work/m.yaml" --out-dir "$work/m" 2>&1 >/dev/null | tail -1)
  echo "batch of $n: peak RSS $((rss / 1024)) MiB"
done

# 4. Before and after: this build's batch against BASELINE's on the same patients, rounds
# alternating, compared by medians, with the peak memory of each.
if [ -n "${BASELINE:-}" ]; then
  python3 - "$N" > "$work/ba.yaml" <<'PY'
import sys
diets = ["omnivore", "pescatarian", "vegetarian", "vegan"]
for i in range(int(sys.argv[1])):
    print(f"- name: Patient {i}\n  diet: {diets[i % 4]}\n  household: {1 + i % 4}\n  seed: {i}")
PY
  : > "$work/after.txt"; : > "$work/before.txt"; : > "$work/after-rss.txt"; : > "$work/before-rss.txt"
  for _ in $(seq 1 "${ROUNDS:-5}"); do
    for which in after before; do
      bin=$GUTJOINT; [ "$which" = before ] && bin=$BASELINE
      rm -rf "$work/ba"
      t0=$(now)
      rss=$(/usr/bin/time -f '%M' "$bin" batch "$work/ba.yaml" --out-dir "$work/ba" 2>&1 >/dev/null | tail -1)
      t1=$(now)
      elapsed "$t0" "$t1" >> "$work/$which.txt"
      echo "$rss" >> "$work/$which-rss.txt"
    done
  done
  printf '%s patients, before/after: batch %.2f s -> %.2f s (medians of %s), peak RSS %s -> %s MiB\n' "$N" \
    "$(median "$work/before.txt")" "$(median "$work/after.txt")" "${ROUNDS:-5}" \
    "$(( $(median "$work/before-rss.txt") / 1024 ))" "$(( $(median "$work/after-rss.txt") / 1024 ))"
fi
