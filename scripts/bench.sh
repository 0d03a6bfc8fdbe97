#!/usr/bin/env bash
# The benchmark of issue 7 (`make bench`): one synthetic year, then interleaved rounds of
#   cat, pigz -6 -p2 (the same input bytes), DuckDB with 2 threads (the same totals),
#   immex check, immex file (bundle and signature included)
# printing medians, ratios and peak RSS (/usr/bin/time -v), and the totals of immex and DuckDB.
# Sizes: INVOICES (default 10,000,000), PEDIMENTOS (1,000,000), ROUNDS (3); work folder BENCH_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
INVOICES=${INVOICES:-10000000}
PEDIMENTOS=${PEDIMENTOS:-1000000}
ROUNDS=${ROUNDS:-3}
BENCH_DIR=${BENCH_DIR:-/tmp/immex-bench}
YEAR=2030

bash scripts/setup.sh
for tool in pigz python3; do command -v "$tool" >/dev/null || { echo "bench: installing $tool"; sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo; $sudo apt-get install -y -qq pigz python3-venv >/dev/null; }; done
swift build -c release --product immex >/dev/null
IMMEX=.build/release/immex

if [ ! -d "$BENCH_DIR/venv" ]; then
  python3 -m venv "$BENCH_DIR/venv"
  "$BENCH_DIR/venv/bin/pip" install -q duckdb
fi

folder="$BENCH_DIR/root/fiscal-years/$YEAR"
# The generator's layout version is in the name: a year written by an older generator is made again.
stamp="$BENCH_DIR/generated-$INVOICES-$PEDIMENTOS-layout2"
if [ ! -f "$stamp" ]; then
  rm -rf "$BENCH_DIR/root" && mkdir -p "$BENCH_DIR/root"
  echo "bench: generating $INVOICES invoices and $PEDIMENTOS pedimentos"
  "$IMMEX" sample "$YEAR" --invoices "$INVOICES" --pedimentos "$PEDIMENTOS" --root "$BENCH_DIR/root" >/dev/null
  # The benchmark measures the CSV path: the same files immex, DuckDB, pigz and cat read.
  rm -rf "$folder/datastage"
  cp -r fiscal-years/2025/efirma "$folder/"
  touch "$stamp"
fi
rm -rf "$BENCH_DIR/root/templates" && cp -r templates "$BENCH_DIR/root/"
ls -l "$folder"/*.csv

results="$BENCH_DIR/results.tsv"
: > "$results"
measure() {  # name command...
  local name=$1; shift
  /usr/bin/time -v -o "$BENCH_DIR/time.txt" "$@" > "$BENCH_DIR/$name.out" 2> "$BENCH_DIR/$name.err" || true
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$BENCH_DIR/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$BENCH_DIR/time.txt")
  printf '%s\t%s\t%s\n' "$name" "$wall" "$rss" >> "$results"
}
export IMMEX_KEY_PASSWORD=IMMEX-prueba-2025
for round in $(seq 1 "$ROUNDS"); do
  echo "bench: round $round of $ROUNDS"
  measure cat sh -c "cat '$folder/sales.csv' '$folder/exports.csv' > /dev/null"
  measure pigz sh -c "cat '$folder/sales.csv' '$folder/exports.csv' | pigz -6 -p2 > /dev/null"
  measure duckdb "$BENCH_DIR/venv/bin/python" scripts/bench_duckdb.py "$folder"
  measure immex-check "$IMMEX" check "$YEAR" --as-of "$YEAR-12-31" --format json --root "$BENCH_DIR/root"
  measure immex-file "$IMMEX" file "$YEAR" --quiet --root "$BENCH_DIR/root"
done

python3 - "$results" "$BENCH_DIR" <<'PY'
import json, statistics, sys
results, folder = sys.argv[1], sys.argv[2]
def seconds(text):
    parts = [float(p) for p in text.split(":")]
    return sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
runs = {}
for line in open(results):
    name, wall, rss = line.rstrip("\n").split("\t")
    runs.setdefault(name, []).append((seconds(wall), int(rss)))
median = {name: statistics.median(w for w, _ in values) for name, values in runs.items()}
peak = {name: max(r for _, r in values) for name, values in runs.items()}
print(f"\n{'what':<14}{'median s':>10}{'peak RSS MiB':>14}")
for name in ["cat", "pigz", "duckdb", "immex-check", "immex-file"]:
    if name in median:
        print(f"{name:<14}{median[name]:>10.2f}{peak[name] / 1024:>14.0f}")
print()
print(f"immex check / DuckDB : {median['immex-check'] / median['duckdb']:.2f}  (goal: at most 0.50)")
print(f"immex file / pigz    : {median['immex-file'] / median['pigz']:.2f}  (goal: at most 1.20)")
print(f"immex check peak RSS : {peak['immex-check'] / 1024:.0f} MiB  (goal: at most 512)")
immex = json.load(open(f"{folder}/immex-check.out"))
duck = json.load(open(f"{folder}/duckdb.out"))
exports = immex["year_to_date"]["exports"]
pairs = [("sales_mxn", immex["year_to_date"]["sales_mxn"], duck["sales_mxn"]),
         ("direct_mxn", exports["direct_mxn"], duck["direct_mxn"]),
         ("indirect_mxn", exports["indirect_mxn"], duck["indirect_mxn"]),
         ("total_usd", exports["total_usd"], duck["total_usd"])]
print("\ntotals          immex               DuckDB")
agree = True
for name, left, right in pairs:
    print(f"{name:<14}{left:>20}{right:>20}{'' if left == right else '   DIFFERENT'}")
    agree &= left == right
print("totals agree to the centavo" if agree else "TOTALS DIFFER")
sys.exit(0 if agree else 1)
PY
