#!/usr/bin/env bash
# Real-client check of `doclint lsp` (issue 21): Neovim's built-in LSP client, headless, started by
# the ready configuration integrations/neovim/doclint.lua on an example draft — the same findings
# as `doclint lint --format json`, code actions, hover, a quick fix applied that clears its
# finding. .ci/run installs Debian's neovim; by hand: apt-get install neovim, swift build, then
# bash scripts/check-neovim.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
binary="$(cd "$(dirname "${DOCLINT_BINARY:-.build/debug/doclint}")" && pwd)/$(basename "${DOCLINT_BINARY:-.build/debug/doclint}")"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
cp examples/cong-van-loi.txt "$work/"
result="$work/result.txt"
script="$PWD/scripts/neovim/check.lua"; config="$PWD/integrations/neovim/doclint.lua"
mkdir "$work/bin"; ln -s "$binary" "$work/bin/doclint"
(cd "$work" && "$binary" lint --format json cong-van-loi.txt > expected.json || true)
(cd "$work" && PATH="$work/bin:$PATH" DOCLINT_NVIM_CONFIG="$config" DOCLINT_NVIM_FILE=cong-van-loi.txt DOCLINT_NVIM_EXPECTED="$work/expected.json" \
  DOCLINT_NVIM_RESULT="$result" timeout 60 nvim --headless -u NONE -i NONE -n -c "luafile $script" > "$work/nvim.log" 2>&1) || true
if [ "$(cat "$result" 2> /dev/null)" = "ok" ]; then echo "neovim check: ok"; else
  echo "neovim check failed: $(cat "$result" 2> /dev/null || echo 'no result')"; cat "$work/nvim.log"; exit 1; fi
