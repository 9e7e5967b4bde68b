#!/usr/bin/env bash
# The benchmark (issue "Speed"): doclint against `wc -l` over the same generated files, on a release
# build, timed as whole processes by hyperfine (medians), plus single-file latency against
# `doclint --version`, growth at 1×, 4× and 16× the corpus, and peak memory.
#   scripts/bench/run.sh [N=10000]
# It measures the distribution build (release, --static-swift-stdlib, see README): calls into the
# Swift runtime are direct there, not through the shared library's PLT (about 8 % of a run).
# DOCLINT_BENCH_BUILD=plain measures a plain `swift build -c release` instead.
set -euo pipefail
cd "$(dirname "$0")/../.."
N="${1:-10000}"
command -v hyperfine > /dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine; }
# The build users get links jemalloc where libjemalloc-dev is installed (Package.swift): measure that.
dpkg -s libjemalloc-dev > /dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq libjemalloc-dev; }
if [ "${DOCLINT_BENCH_BUILD:-dist}" = plain ]; then
  swift build -c release > /dev/null
  BIN=.build/release/doclint
else
  swift build -c release --static-swift-stdlib --build-path .build/dist > /dev/null
  BIN=.build/dist/release/doclint
fi
WORK="${TMPDIR:-/tmp}/doclint-bench"
rm -rf "$WORK"; mkdir -p "$WORK"
for factor in 1 4 16; do
  python3 scripts/bench/generate.py "$WORK/x$factor" $(( N * factor / 16 )) --seed 7
done
python3 scripts/bench/generate.py "$WORK/full" "$N" --seed 7
export SWIFT_BACKTRACE=enable=no
median() { python3 -c "import json,sys; print('%.3f' % json.load(open(sys.argv[1]))['results'][0]['median'])" "$1"; }

echo "== $N documents, $(du -sh "$WORK/full" | cut -f1), $(nproc) cores, $BIN"
hyperfine -N -i --warmup 1 --runs 5 --export-json "$WORK/wc.json" "bash -c 'find $WORK/full -name \"*.txt\" -print0 | xargs -0 wc -l > /dev/null'" > /dev/null
hyperfine -N -i --warmup 1 --runs 5 --export-json "$WORK/lint.json" "$BIN $WORK/full --format concise --exit-zero --quiet" > /dev/null
wc_time=$(median "$WORK/wc.json"); lint_time=$(median "$WORK/lint.json")
echo "wc -l:   ${wc_time} s (median)"
echo "doclint: ${lint_time} s (median)   ratio $(python3 -c "print('%.1f' % ($lint_time / $wc_time))")× (target ≤ 10×)"

one=$(find "$WORK/full" -name "*.txt" -print -quit)
hyperfine -N --warmup 3 --runs 30 --export-json "$WORK/version.json" "$BIN --version" > /dev/null
hyperfine -N -i --warmup 3 --runs 30 --export-json "$WORK/one.json" "$BIN $one --exit-zero --quiet" > /dev/null
v=$(median "$WORK/version.json"); o=$(median "$WORK/one.json")
echo "single document: ${o} s vs --version ${v} s   ratio $(python3 -c "print('%.2f' % ($o / $v))")× (target ≤ 2×)"

for factor in 1 4 16; do
  hyperfine -N -i --warmup 1 --runs 3 --export-json "$WORK/g$factor.json" "$BIN $WORK/x$factor --format concise --exit-zero --quiet" > /dev/null
  /usr/bin/time -f "%M" -o "$WORK/mem$factor" "$BIN" "$WORK/x$factor" --format concise --exit-zero --quiet > /dev/null
  echo "growth ${factor}×: $(find "$WORK/x$factor" -name '*.txt' | wc -l) files  $(median "$WORK/g$factor.json") s  peak $(( $(cat "$WORK/mem$factor") / 1024 )) MB"
done
