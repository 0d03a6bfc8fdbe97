#!/usr/bin/env bash
# `make fuzz`: builds each reader's libFuzzer target with -sanitize=fuzzer,address and runs it for
# FUZZ_SECONDS (default 60) from a seed corpus made of the sample year. Not part of the test suite
# (nor of CI's time budget). A crash leaves its input in .build-fuzz/crashes/<target>/; each one
# found becomes a regression test (Tests/IMMEXPipelineTests/FuzzRegressionTests.swift).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
SECONDS_EACH="${FUZZ_SECONDS:-60}"
BUILD=.build-fuzz
export IMMEX_FUZZ=1
targets=(FuzzCSV FuzzDataStage FuzzSettings FuzzZip)
for target in "${targets[@]}"; do
  swift build -c debug --build-path "$BUILD" --product "$target" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library >/dev/null
done
bin="$(swift build -c debug --build-path "$BUILD" --show-bin-path)"

# Seed corpora from the sample year: each input's first byte picks the file it is read as.
corpus="$BUILD/corpus"
rm -rf "$corpus" && mkdir -p "$corpus"/{FuzzCSV,FuzzDataStage,FuzzSettings,FuzzZip}
year=fiscal-years/2025
seed() { { printf "\\x$(printf %02x "$2")"; cat; } > "$corpus/$1/$3"; }
head -c 20000 "$year/sales.csv" | seed FuzzCSV 0 sales
head -c 20000 "$year/exports.csv" | seed FuzzCSV 1 exports
members="$(mktemp -d)"
unzip -q -o "$year/datastage/752372_solicitudes.zip" -d "$members"
index=0
for code in 501 505 507 512 551 701 Resumen; do
  head -c 20000 "$members/752372_$code.asc" | seed FuzzDataStage "$index" "table-$code"
  index=$((index + 1))
done
rm -rf "$members"
seed FuzzSettings 0 rules < "$year/rules.toml"
seed FuzzSettings 1 company < "$year/company.toml"
seed FuzzZip 0 request < "$year/datastage/752372_solicitudes.zip"
if [ -f "out/2025/immex-2025-evidence.zip" ]; then seed FuzzZip 1 bundle < out/2025/immex-2025-evidence.zip; fi

# TOMLKit 0.6.0 does not free the C strings it converts (strdup in its Node.cpp): a few kilobytes a
# settings file, bounded for a batch run, but LeakSanitizer would stop every target at its first input.
export ASAN_OPTIONS="detect_leaks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
status=0
for target in "${targets[@]}"; do
  mkdir -p "$BUILD/crashes/$target"
  echo "fuzz: $target for $SECONDS_EACH s"
  # RSS grows with TOMLKit's leak over thousands of runs (each loads the settings again), so the
  # RSS limit is wide; one input may still allocate at most 1 GiB at once (-malloc_limit_mb).
  if ! "$bin/$target" "$corpus/$target" -max_total_time="$SECONDS_EACH" -rss_limit_mb=8192 -malloc_limit_mb=1024 -timeout=30 \
      -artifact_prefix="$BUILD/crashes/$target/" -print_final_stats=1 2> "$BUILD/$target.log"; then
    echo "fuzz: $target FOUND A CRASH: see $BUILD/$target.log and $BUILD/crashes/$target/" >&2
    status=1
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$BUILD/$target.log" | sed "s/^/  /" || true
done
exit $status
