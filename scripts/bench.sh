#!/usr/bin/env bash
# The benchmark of issues 7 and 23 (`make bench`): two synthetic years, then interleaved rounds of
#   cat, pigz -6 -p2 (the same input bytes), DuckDB with 2 threads (the totals only, and the
#   task-equivalent work: totals, duplicate UUIDs, invoices joined to pedimentos with the USD
#   comparison), immex check, immex file (bundle and signature included)
# printing medians, ratios and peak RSS (/usr/bin/time -v), and the totals of immex and DuckDB.
# Year 2030, consolidated: INVOICES (default 10,000,000) and PEDIMENTOS (1,000,000), export
#   invoices consolidated 1 to 6 to a pedimento, compact pedimento numbers in exports.csv.
# Year 2031, one per invoice: INVOICES2 (4,000,000) and PEDIMENTOS2 (1,700,000), 40% of invoices
#   exported, each under its own pedimento, every number spaced as the CFDI writes it.
# Both CRLF with quoted names holding commas. Each year in a root of its own (BENCH_DIR/root-<year>):
#   beside 2030, `check 2031` would also read 2030 as the prior year whose monthly shape its
#   projection uses. ROUNDS (3); work folder BENCH_DIR; YEARS to bench only some ("2031").
# Year 2032, issue 25's: CFDI (default 1,000,000) as the SAT's bulk download writes them (ZIPs of
#   200,000 CFDI 4.0 each, seals and certificates of their real length, and the metadata), sales
#   taken from them (`[sales] source = "cfdi"`, no sales.csv): `immex check` against Python's lxml
#   (scripts/bench_lxml.py) parsing the same members for the same fields, in one run each.
set -euo pipefail
cd "$(dirname "$0")/.."
INVOICES=${INVOICES:-10000000}
PEDIMENTOS=${PEDIMENTOS:-1000000}
ROUNDS=${ROUNDS:-3}
BENCH_DIR=${BENCH_DIR:-/tmp/immex-bench}
INVOICES2=${INVOICES2:-4000000}
PEDIMENTOS2=${PEDIMENTOS2:-1700000}
CFDI=${CFDI:-1000000}
YEARS=${YEARS:-2030 2031 2032}

bash scripts/setup.sh
for tool in pigz python3; do command -v "$tool" >/dev/null || { echo "bench: installing $tool"; sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo; $sudo apt-get install -y -qq pigz python3-venv >/dev/null; }; done
swift build -c release --product immex >/dev/null
IMMEX=.build/release/immex

if [ ! -d "$BENCH_DIR/venv" ]; then
  python3 -m venv "$BENCH_DIR/venv"
  "$BENCH_DIR/venv/bin/pip" install -q duckdb
fi
"$BENCH_DIR/venv/bin/python" -c "import lxml" 2>/dev/null || "$BENCH_DIR/venv/bin/pip" install -q lxml

generate() {  # year invoices pedimentos shape
  local year=$1 invoices=$2 pedimentos=$3 shape=$4
  local folder="$BENCH_DIR/root-$year/fiscal-years/$year"
  # The generator's layout version is in the name: a year written by an older generator is made again.
  local stamp="$BENCH_DIR/generated-$year-$invoices-$pedimentos-$shape-layout3"
  if [ ! -f "$stamp" ]; then
    rm -rf "$folder" "$BENCH_DIR"/generated-"$year"-*
    echo "bench: generating $year: $invoices invoices and $pedimentos pedimentos, $shape"
    mkdir -p "$BENCH_DIR/root-$year/fiscal-years"
    if [ "$shape" = cfdi ]; then
      # Sales from the CFDI alone: the packages, no sales.csv; exports from exports.csv.
      "$IMMEX" sample "$year" --invoices "$invoices" --pedimentos "$pedimentos" --root "$BENCH_DIR/root-$year" >/dev/null
      rm -f "$folder/sales.csv"
      sed -i 's/^source = "csv"/source = "cfdi"/' "$folder/rules.toml"
    else
      "$IMMEX" sample "$year" --invoices "$invoices" --pedimentos "$pedimentos" --shape "$shape" --no-cfdi --root "$BENCH_DIR/root-$year" >/dev/null
    fi
    # The benchmark measures the CSV path: the same files immex, DuckDB, pigz and cat read.
    rm -rf "$folder/datastage"
    cp -r fiscal-years/2025/efirma "$folder/"
    touch "$stamp"
  fi
  ls -l "$folder"/*.csv "$folder"/cfdi 2>/dev/null || true
}
for year in $YEARS; do
  case $year in
    2030) generate 2030 "$INVOICES" "$PEDIMENTOS" consolidated ;;
    2031) generate 2031 "$INVOICES2" "$PEDIMENTOS2" one-per-invoice ;;
    2032) generate 2032 "$CFDI" "$((CFDI / 10))" cfdi ;;
    *) echo "bench: YEARS holds 2030, 2031 and/or 2032, not $year" >&2; exit 64 ;;
  esac
done
for year in $YEARS; do rm -rf "$BENCH_DIR/root-$year/templates" && cp -r templates "$BENCH_DIR/root-$year/"; done

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
  for year in $YEARS; do
    echo "bench: round $round of $ROUNDS, year $year"
    folder="$BENCH_DIR/root-$year/fiscal-years/$year"
    if [ "$year" = 2032 ]; then
      measure "$year-lxml" "$BENCH_DIR/venv/bin/python" scripts/bench_lxml.py "$folder"
      measure "$year-immex-check" "$IMMEX" check "$year" --as-of "$year-12-31" --format json --verbose --root "$BENCH_DIR/root-$year"
      continue
    fi
    measure "$year-cat" sh -c "cat '$folder/sales.csv' '$folder/exports.csv' > /dev/null"
    measure "$year-pigz" sh -c "cat '$folder/sales.csv' '$folder/exports.csv' | pigz -6 -p2 > /dev/null"
    measure "$year-duckdb-totals" "$BENCH_DIR/venv/bin/python" scripts/bench_duckdb.py "$folder" totals
    measure "$year-duckdb-task" "$BENCH_DIR/venv/bin/python" scripts/bench_duckdb.py "$folder" task
    measure "$year-immex-check" "$IMMEX" check "$year" --as-of "$year-12-31" --format json --root "$BENCH_DIR/root-$year"
    measure "$year-immex-file" "$IMMEX" file "$year" --quiet --root "$BENCH_DIR/root-$year"
  done
done

python3 - "$results" "$BENCH_DIR" $YEARS <<'PY'
import json, re, statistics, sys
results, folder, years = sys.argv[1], sys.argv[2], sys.argv[3:]
def seconds(text):
    parts = [float(p) for p in text.split(":")]
    return sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
runs = {}
for line in open(results):
    name, wall, rss = line.rstrip("\n").split("\t")
    runs.setdefault(name, []).append((seconds(wall), int(rss)))
median = {name: statistics.median(w for w, _ in values) for name, values in runs.items()}
peak = {name: max(r for _, r in values) for name, values in runs.items()}
agree = True
goals = True
def show(year, names):
    print(f"{'what':<16}{'median s':>10}{'peak RSS MiB':>14}")
    for name in names:
        print(f"{name:<16}{median[f'{year}-{name}']:>10.2f}{peak[f'{year}-{name}'] / 1024:>14.0f}")
def met(ratios):
    print()
    every = True
    for name, value, goal in ratios:
        every &= value <= goal
        print(f"{name:<28}: {value:8.2f}  (goal: at most {goal:.2f}){'' if value <= goal else '   NOT MET'}")
    return every
for year in years:
    def m(name): return median[f"{year}-{name}"]
    if year == "2032":
        # Issue 25's goal: sales from a million CFDI at least 2x faster than lxml, within 512 MiB.
        print(f"\nyear {year} (CFDI)")
        show(year, ["lxml", "immex-check"])
        goals &= met([("immex check / lxml", m("immex-check") / m("lxml"), 0.50),
                      ("immex check peak RSS MiB", peak[f"{year}-immex-check"] / 1024, 512)])
        lxml = json.load(open(f"{folder}/{year}-lxml.out"))
        log = open(f"{folder}/{year}-immex-check.err").read()
        summed = re.search(r"read \S+: (\d+) CFDI of \d+ summed", log)
        immex_documents = int(summed.group(1)) if summed else -1
        print(f"{'CFDI read':<16}{'immex':>20}{'lxml':>20}")
        print(f"{'documents':<16}{immex_documents:>20}{lxml['documents']:>20}{'' if immex_documents == lxml['documents'] else '   DIFFERENT'}")
        agree &= immex_documents == lxml["documents"]
        continue
    print(f"\nyear {year}")
    show(year, ["cat", "pigz", "duckdb-totals", "duckdb-task", "immex-check", "immex-file"])
    # Issue 23's goals: check at least 2x faster than DuckDB's task-equivalent work and no slower
    # than its totals-only query; issue 7's pigz and memory goals.
    goals &= met([("immex check / DuckDB task", m("immex-check") / m("duckdb-task"), 0.50),
                  ("immex check / DuckDB totals", m("immex-check") / m("duckdb-totals"), 1.00),
                  ("immex file / pigz", m("immex-file") / m("pigz"), 1.20),
                  ("immex check peak RSS MiB", peak[f"{year}-immex-check"] / 1024, 512)])
    immex = json.load(open(f"{folder}/{year}-immex-check.out"))
    duck = json.load(open(f"{folder}/{year}-duckdb-task.out"))
    exports = immex["year_to_date"]["exports"]
    pairs = [("sales_mxn", immex["year_to_date"]["sales_mxn"], duck["sales_mxn"]),
             ("direct_mxn", exports["direct_mxn"], duck["direct_mxn"]),
             ("indirect_mxn", exports["indirect_mxn"], duck["indirect_mxn"]),
             ("total_usd", exports["total_usd"], duck["total_usd"])]
    print(f"\n{'totals':<16}{'immex':>20}{'DuckDB':>20}")
    for name, left, right in pairs:
        print(f"{name:<16}{left:>20}{right:>20}{'' if left == right else '   DIFFERENT'}")
        agree &= left == right
    codes = [item["code"] for item in immex["findings"]["items"]]
    print(f"{'duplicate UUIDs':<16}{codes.count('duplicate-uuid'):>20}{duck['duplicate_uuids']:>20}")
    print(f"{'USD mismatches':<16}{codes.count('usd-amount-mismatch'):>20}{duck['usd_mismatches']:>20}")
print("\ntotals agree to the centavo" if agree else "\nTOTALS DIFFER")
print("every goal met" if goals else "SOME GOAL NOT MET")
sys.exit(0 if agree else 1)
PY
