#!/usr/bin/env python3
"""Accuracy gate: score a doclint build on the shared annotated corpus and fail below the floors.

usage: gate.py BIN [CORPUS_DIR] [--floors FILE]

Runs `score.py` (kept beside the corpus in ../shared/tools) on every folder of the corpus and
compares each figure with `floors.json`: typed recall and precision must not fall below their
floor, errors/warnings on clean documents must not rise above theirs, and the header and task
structure (number, date, task count within ±1) must not recover fewer documents. Raise the floors
as accuracy improves; never lower one to let a change through. Exit 0 when every figure holds,
1 when one drops, 2 when the corpus or the scorer is missing.
"""
import json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def ratio(text):
    found, total = text.split("/")
    return int(found), int(total)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    floors_path = os.path.join(HERE, "floors.json")
    if "--floors" in sys.argv:
        floors_path = sys.argv[sys.argv.index("--floors") + 1]
        args = [a for a in args if a != floors_path]
    if not args:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    binary = args[0]
    corpus = args[1] if len(args) > 1 else os.path.join(HERE, "../../../shared/corpus/dev")
    scorer = os.path.join(corpus, "../../tools/score.py")
    if not (os.path.isdir(corpus) and os.path.isfile(scorer)):
        print(f"accuracy gate: no corpus at {corpus} or no scorer at {scorer}", file=sys.stderr)
        return 2
    floors = json.load(open(floors_path, encoding="utf-8"))
    folders = [os.path.join(corpus, name) for name in sorted(floors)]
    run = subprocess.run([sys.executable, scorer, binary, *folders], capture_output=True, text=True)
    if run.returncode != 0:
        print(run.stdout + run.stderr)
        return 1
    for line in run.stdout.splitlines():
        if not line.startswith("   ") and not line.startswith("{"):
            print(line)
    summary = json.loads(run.stdout.strip().splitlines()[-1])
    failures = []
    for folder, floor in floors.items():
        got = summary[folder]
        if got["errors"]:
            failures.append(f"{folder}: doclint failed on {got['errors']} documents")
        for key in ("recall", "precision"):
            if got[key] < floor[key]:
                failures.append(f"{folder}: {key} {got[key]} < floor {floor[key]}")
        if got["clean_fp"] > floor["clean_fp"]:
            failures.append(f"{folder}: {got['clean_fp']} errors/warnings on clean documents > ceiling {floor['clean_fp']}")
        for key in ("number", "date", "tasks"):
            found, _ = ratio(got[key])
            if found < floor[key]:
                failures.append(f"{folder}: {key} recovered on {got[key]} documents < floor {floor[key]}")
    for failure in failures:
        print("accuracy gate: " + failure)
    print("accuracy gate: " + ("FAILED" if failures else "ok (floors in scripts/accuracy/floors.json)"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
