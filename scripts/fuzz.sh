#!/usr/bin/env bash
# libFuzzer over doclint: builds the targets of Fuzz/ with --sanitize=fuzzer --sanitize=address
# (linked with lld: gold fails on some of this instrumented code) and runs each for SECONDS
# (default 60) from seed corpora made of the examples. A crash, a leak, a slow input (-timeout)
# or an out-of-memory stops the run, leaves the reproducer under .build/fuzz/TARGET/ and fails
# the script. FUZZ_SEED fixes libFuzzer's seed (CI uses 1, so its smoke run is repeatable);
# unset, every run explores anew. Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
# Targets: FuzzDocument (loader + parser + all rules + --fix), FuzzConfig (rules.yml), FuzzDocx,
# FuzzRestore (the diacritics restorer on any text).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzDocument FuzzConfig FuzzDocx FuzzRestore)
export SWIFT_BACKTRACE=enable=no

echo "== building fuzz targets (release, --sanitize=fuzzer --sanitize=address)"
# The rule registry, as the build plugin of the main package writes it.
mkdir -p .build/fuzz
swiftc -O Sources/RuleRegistryGenerator/main.swift -o .build/fuzz/rule-registry-generator
find Sources/Rules -name '*.swift' -print0 | xargs -0 .build/fuzz/rule-registry-generator Fuzz/Sources/Rules/RuleRegistry.generated.swift
# -sanitize-coverage: with -O, swiftc 6.3's -sanitize=fuzzer instruments for ASan but adds no
# coverage counters at all (checked on a two-function file: 0 __sancov sections with -O, 10 with
# -Onone or with this flag), so libFuzzer saw only the C code's 3,935 counters and every target
# mutated blind. The flag names what clang's -fsanitize=fuzzer turns on. --no-gc-sections keeps
# the counters of code the linker would drop. SwiftPM does not relink when only link flags change,
# so the targets are removed first (linking them takes seconds).
rm -f Fuzz/.build/release/FuzzDocument Fuzz/.build/release/FuzzConfig Fuzz/.build/release/FuzzDocx Fuzz/.build/release/FuzzRestore
(cd Fuzz && swift build -c release --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize-coverage=edge,indirect-calls,trace-cmp,inline-8bit-counters,pc-table -Xswiftc -use-ld=lld -Xlinker --no-gc-sections > ../.build/fuzz/build.log 2>&1) \
  || { tail -30 .build/fuzz/build.log; exit 1; }
bin="Fuzz/.build/release"
work=".build/fuzz"

seed() {
  local target="$1" corpus="$2"
  mkdir -p "$corpus"
  case "$target" in
    FuzzDocument) find examples -name '*.txt' -exec cp {} "$corpus/" \; ;;
    FuzzConfig) cp rules.yml "$corpus/root-rules.yml"; cp examples/kho-van-ban/rules.yml "$corpus/repository-rules.yml" ;;
    # The examples as .docx, and their document.xml alone (the target packages an input that starts with "<").
    FuzzDocx) python3 scripts/fuzz/make_docx_seeds.py "$corpus" examples/*.txt
      for file in "$corpus"/*.docx; do python3 -c "import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read('word/document.xml'))" "$file" > "${file%.docx}.xml"; done ;;
    # The examples and their copies without diacritics.
    FuzzRestore) for file in examples/*.txt; do
        cp "$file" "$corpus/"
        python3 -c "import sys, unicodedata; t = open(sys.argv[1], encoding='utf-8').read().replace('đ', 'd').replace('Đ', 'D'); print(''.join(c for c in unicodedata.normalize('NFD', t) if unicodedata.category(c) != 'Mn'), end='')" "$file" > "$corpus/stripped-$(basename "$file")"
      done ;;
  esac
}

# Leaks that are Foundation's own, listed with the reason in the file.
export LSAN_OPTIONS="suppressions=$PWD/Fuzz/lsan-suppressions.txt${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
status=0
for target in "${targets[@]}"; do
  corpus="$work/$target/corpus"
  [ -d "$corpus" ] || seed "$target" "$corpus"
  echo "== $target: ${FUZZ_RUNS:+fixed runs, }${FUZZ_RUNS:-${seconds}s} ($(ls "$corpus" | wc -l) inputs in the corpus)"
  log="$work/$target/run.log"
  # FUZZ_RUNS: a fixed number of executions instead of a time (×4 for FuzzConfig, which runs faster;
  # ÷2 for FuzzDocx, which lints and reviews every document it reads twice, about 100 a second);
  # with FUZZ_SEED the run is then repeatable on any machine, as a CI gate must be.
  if [ -n "${FUZZ_RUNS:-}" ]; then
    case "$target" in FuzzConfig) budget=(-runs=$((FUZZ_RUNS * 4))) ;; FuzzDocx) budget=(-runs=$((FUZZ_RUNS / 2))) ;; *) budget=(-runs="$FUZZ_RUNS") ;; esac
  else
    budget=(-max_total_time="$seconds")
  fi
  if "$bin/$target" "$corpus" "${budget[@]}" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
      -print_final_stats=1 -seed="${FUZZ_SEED:-0}" -artifact_prefix="$work/$target/" > "$log" 2>&1; then
    echo "$target: $(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | grep -o '[0-9]*$') executions, no failure"
  else
    status=1
    echo "$target FAILED — reproducer: $(ls -t "$work/$target/" | grep -E '^(crash|timeout|oom|leak)-' | head -1)"
    grep -E "ERROR|Fatal error|SUMMARY|==[0-9]+==" "$log" | head -20
  fi
  # A target that sees no coverage mutates blind and can pass for ever: a failure (the build flags
  # above give the Swift code its counters; FUZZ_REQUIRE_COVERAGE=0 lets a toolchain without them run).
  if grep -q "Is the code instrumented for coverage" "$log"; then
    echo "$target FAILED — libFuzzer sees no coverage ($(grep -o 'Loaded 1 modules *([0-9]* inline' "$log" | grep -o '[0-9]* inline') counters): this run mutated blind"
    if [ "${FUZZ_REQUIRE_COVERAGE:-1}" = 1 ]; then status=1; fi
  fi
done
exit $status
