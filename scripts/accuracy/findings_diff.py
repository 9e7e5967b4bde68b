#!/usr/bin/env python3
"""Findings-diff: run two doclint builds over a corpus and list what the second added and removed.

usage: findings_diff.py OLD_BIN NEW_BIN DIR_OR_FILE... [--all] [--summary]

Like ruff's ecosystem check: every `.txt` under the given folders is linted by both builds
(`lint --format json`); a finding is keyed by (file, line, rule, message) and the two sets are
compared. The report is grouped by rule, with a one-line summary per rule (`+added -removed`)
that a commit message can carry. By default only errors and warnings are compared (what a clerk
is asked to act on); `--all` compares notes too. `--summary` prints the per-rule table only.
Exit status: 0 always (it describes a change, it does not judge it).
"""
import json, os, subprocess, sys
from collections import defaultdict

SEVERITIES = ("error", "warning")


def documents(paths):
    for path in paths:
        if os.path.isfile(path):
            yield path
            continue
        for root, _, names in os.walk(path):
            for name in sorted(names):
                if name.endswith(".txt") and not name.endswith(".expect.txt"):
                    yield os.path.join(root, name)


def findings(binary, path, include_notes):
    try:
        run = subprocess.run([binary, "lint", "--format", "json", path], capture_output=True, timeout=60)
    except subprocess.TimeoutExpired:
        return {("TIMEOUT", 0, "<run>", "")}
    if run.returncode not in (0, 1):
        return {("EXIT %d" % run.returncode, 0, "<run>", run.stderr.decode(errors="replace")[:120])}
    data = json.loads(run.stdout.decode())
    found = set()
    for item in data["diagnostics"] if isinstance(data, dict) else data:
        if not include_notes and item.get("severity") not in SEVERITIES:
            continue
        found.add((item.get("severity", ""), item.get("line", 0), item["rule"], item.get("message", "")))
    return found


def main():
    flags = {a for a in sys.argv[1:] if a.startswith("--")}
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    old_bin, new_bin, paths = args[0], args[1], args[2:]
    include_notes = "--all" in flags
    added, removed = defaultdict(list), defaultdict(list)
    files = 0
    for path in documents(paths):
        files += 1
        old, new = findings(old_bin, path, include_notes), findings(new_bin, path, include_notes)
        for severity, line, rule, message in sorted(new - old, key=lambda f: f[1]):
            added[rule].append(f"{path}:{line}: {severity}: {message}")
        for severity, line, rule, message in sorted(old - new, key=lambda f: f[1]):
            removed[rule].append(f"{path}:{line}: {severity}: {message}")
    rules = sorted(set(added) | set(removed))
    total_added = sum(len(v) for v in added.values())
    total_removed = sum(len(v) for v in removed.values())
    print(f"findings-diff over {files} documents: +{total_added} -{total_removed}"
          + ("" if include_notes else " (errors and warnings)"))
    for rule in rules:
        print(f"  {rule}: +{len(added[rule])} -{len(removed[rule])}")
    if "--summary" in flags:
        return 0
    for rule in rules:
        print(f"\n## {rule}")
        for item in added[rule]:
            print(f"  + {item}")
        for item in removed[rule]:
            print(f"  - {item}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
