#!/usr/bin/env bash
# Two doclint builds on the benchmark's documents, run alternately, wall clock on all cores as
# run.sh measures: the median time of each and the median of the per-round ratios B/A. On a
# shared or virtual machine timings drift between runs by more than a change under test, so the
# two builds are compared round by round rather than one after the other.
#   scripts/bench/compare.sh BIN_A BIN_B [ROUNDS=7] [N=10000]
# (Build a reference with `git worktree add /tmp/ref <commit>` and `swift build -c release
# --static-swift-stdlib --build-path .build/dist` there, as run.sh builds.)
set -euo pipefail
cd "$(dirname "$0")/../.."
[ $# -ge 2 ] || { echo "usage: $0 BIN_A BIN_B [ROUNDS] [N]" >&2; exit 2; }
A="$1"; B="$2"; ROUNDS="${3:-7}"; N="${4:-10000}"
WORK="${TMPDIR:-/tmp}/doclint-compare-$N"
[ -d "$WORK" ] || python3 scripts/bench/generate.py "$WORK" "$N" --seed 7 > /dev/null
export SWIFT_BACKTRACE=enable=no
run() { local start end; start=$(date +%s.%N); "$1" "$WORK" --format concise --exit-zero --quiet > /dev/null; end=$(date +%s.%N); python3 -c "print($end - $start)"; }
run "$A" > /dev/null; run "$B" > /dev/null   # warm the file cache
for _ in $(seq "$ROUNDS"); do echo "$(run "$A") $(run "$B")"; done | python3 -c "
import statistics, sys
rounds = [tuple(map(float, line.split())) for line in sys.stdin if line.strip()]
a = [r[0] for r in rounds]; b = [r[1] for r in rounds]
print('A %s: median %.3f s' % (sys.argv[1], statistics.median(a)))
print('B %s: median %.3f s' % (sys.argv[2], statistics.median(b)))
print('B/A, median of %d rounds: %.3f' % (len(rounds), statistics.median(y / x for x, y in rounds)))
" "$A" "$B"
