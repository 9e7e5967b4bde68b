#!/usr/bin/env bash
# Pathological inputs with bounds. Each must be answered (exit 0, 1 or 2 — never a crash, never
# killed by the 60 s timeout) and is timed with the release build (debug Swift is several times
# slower and says nothing about what users run). Two bounds per input:
#   target  — what the issue asks (well under a second); missing it is reported, not fatal;
#   ceiling — today's figure with headroom; exceeding it is a regression and fails the script.
# Memory must stay linear in the input: at most 40 MB + 16 × its bytes + 3,000 bytes per line (a
# line that carries a task or a reference costs up to ~2.3 KB in the document model today).
# Usage: scripts/pathological.sh [BINARY]  (default .build/release/doclint)
set -euo pipefail
cd "$(dirname "$0")/.."
binary="${1:-.build/release/doclint}"
work=".build/pathological"
python3 scripts/pathological/generate.py "$work"
export SWIFT_BACKTRACE=enable=no
failures=0 over=0
printf '%-24s %9s %8s %7s %5s %7s %5s %4s %s\n' input bytes lines seconds target ceiling MB exit verdict
check() {
  local name="$1" target="$2" ceiling="$3"
  local path="$work/$name"
  local size lines status=0
  size=$(du -sb "$path" | cut -f1)
  lines=0
  [ -f "$path" ] && lines=$(wc -l < "$path")
  /usr/bin/time -f "%e %M" -o "$work/time" timeout 60 "$binary" lint --format concise --quiet "$path" > /dev/null 2>&1 || status=$?
  read -r seconds kilobytes < <(tail -1 "$work/time")
  local megabytes=$((kilobytes / 1024)) memory_limit=$(( (40 * 1048576 + 16 * size + 3000 * lines) / 1048576 ))
  local verdict=ok
  if awk "BEGIN { exit !($seconds > $target) }"; then verdict="over target"; over=$((over + 1)); fi
  if awk "BEGIN { exit !($seconds > $ceiling) }"; then verdict="TOO SLOW"; fi
  if [ "$megabytes" -gt "$memory_limit" ]; then verdict="TOO MUCH MEMORY (limit $memory_limit MB)"; fi
  if [ "$status" -gt 2 ]; then verdict="CRASH OR TIMEOUT (exit $status)"; fi
  printf '%-24s %9s %8s %7s %5s %7s %5s %4s %s\n' "$name" "$size" "$lines" "$seconds" "$target" "$ceiling" "$megabytes" "$status" "$verdict"
  case "$verdict" in ok|"over target") ;; *) failures=$((failures + 1)) ;; esac
}
check single-line-5mb.txt     1   2
check sections-100k.txt       1   1.5
check task-sections-100k.txt  1   2.5
check nesting-500.txt         1   2
check fragments-1m.txt        1   1.5
check references-100k-lines.txt 1 2.5
check random-1mb.txt          1   1
check invalid-utf8-middle.txt 1   1
check nul-bytes.txt           1   1
check empty.txt               1   1
check whitespace-only.txt     1   1
check pasted-twice.txt        1   1.5
check zero-byte.docx          1   1
check truncated.docx          1   1
check loop                    1   1
echo "pathological inputs: $failures failed, $over over the 1 s target"
exit $((failures > 0))
