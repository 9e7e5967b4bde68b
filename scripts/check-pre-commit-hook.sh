#!/usr/bin/env bash
# Checks the published hook (.pre-commit-hooks.yaml, language: swift) the way a user gets it: a
# scratch git repository whose .pre-commit-config.yaml names this repository and its HEAD commit
# (`repo:` + `rev:`, as a document repository names the release it uses). pre-commit clones it,
# builds doclint with `swift build -c release` once into its store, and runs it. A defective
# document must fail the hook, a clean one must pass it. Committed work only: HEAD is what is
# checked. Needs pre-commit on PATH (pip install pre-commit).
# (`pre-commit try-repo` was used before: it builds into a throw-away store on every call, so the
# two checks compiled the package twice.)
# DOCLINT_HOOK_BINARY=PATH: copy the doclint the hook built there, so that CI checks that very
# release build further instead of compiling the same package a second time.
set -euo pipefail
repository="$(cd "$(dirname "$0")/.." && pwd)"
revision="$(git -C "$repository" rev-parse HEAD)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export PRE_COMMIT_HOME="$work/cache"
mkdir "$work/docs"
cp "$repository/examples/cong-van-loi.txt" "$repository/examples/cong-van-sach.txt" "$work/docs/"
cd "$work/docs"
git init -q
cat > .pre-commit-config.yaml <<EOF
repos:
  - repo: $repository
    rev: $revision
    hooks:
      - id: doclint
EOF
git add .

if pre-commit run --files cong-van-loi.txt > "$work/defective.log" 2>&1; then
  cat "$work/defective.log"; echo "pre-commit hook: a defective document passed"; exit 1
fi
grep -q "cong-van-loi.txt:14:3: error:" "$work/defective.log" || { cat "$work/defective.log"; echo "pre-commit hook: no finding shown"; exit 1; }
pre-commit run --files cong-van-sach.txt > "$work/clean.log" 2>&1 || { cat "$work/clean.log"; echo "pre-commit hook: a clean document failed"; exit 1; }
echo "pre-commit hook (language: swift): defective document refused, clean document passed"
if [ -n "${DOCLINT_HOOK_BINARY:-}" ]; then
  # (.build/release is a symbolic link to the platform's folder: look for the file itself.)
  built="$(find "$PRE_COMMIT_HOME" -path '*/release/doclint' -type f -perm -u+x | head -1)"
  [ -n "$built" ] || { echo "pre-commit hook: the built doclint was not found under $PRE_COMMIT_HOME"; exit 1; }
  mkdir -p "$(dirname "$DOCLINT_HOOK_BINARY")"
  cp "$built" "$DOCLINT_HOOK_BINARY"
fi
