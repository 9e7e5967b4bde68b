#!/usr/bin/env python3
"""Syllable accuracy of doclint's diacritics restoration (issue "OCR text: restore the diacritics").

    python3 scripts/ocr/restore_accuracy.py BIN DIR... [--mangle ../shared/tools/mangle.py] [--pyvi]

For every clean text DIR/*.txt (an .expect.yml beside it; OCR copies themselves are skipped), makes a
diacritics-stripped and an OCR-like copy with mangle.py (same lines), restores each with
`BIN dump FILE --text --restored`, and compares word by word, line by line, with the original
(case-insensitive). Prints the share of words right: as the copy stands, restored by doclint, and
restored by pyvi (`ViUtils.add_accents`, when --pyvi and pyvi is installed).
"""
import argparse, glob, os, re, subprocess, sys, tempfile, time, unicodedata

WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

def words(line):
    return [w.lower() for w in WORD.findall(line)]

def dumped_text(out):
    lines = []
    for raw in out.splitlines():
        _, _, text = raw.partition(" | ")
        lines.append(text)
    return lines

def compare(original, candidate):
    right = total = 0
    for a, b in zip(original, candidate):
        wa, wb = words(a), words(b)
        total += len(wa)
        if len(wa) == len(wb):
            right += sum(x == y for x, y in zip(wa, wb))
        else:  # a word split or glued: count matches in order
            right += sum(x == y for x, y in zip(wa, wb))
    return right, total

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bin")
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--mangle", default=os.path.join(os.path.dirname(__file__), "../../../shared/tools/mangle.py"))
    ap.add_argument("--pyvi", action="store_true")
    ap.add_argument("--seed", default="7")
    ap.add_argument("--worst", type=int, default=0, help="print the N commonest wrong restorations")
    ap.add_argument("--lint", action="store_true", help="also lint the copies of clean documents (clean: true) and list their errors and warnings")
    args = ap.parse_args()
    pyvi = None
    if args.pyvi:
        try:
            from pyvi import ViUtils
            pyvi = ViUtils
        except ImportError:
            print("pyvi not installed: pip install pyvi", file=sys.stderr)
    files = [f for d in args.dirs for f in sorted(glob.glob(os.path.join(d, "*.txt")))
             if os.path.exists(f[:-4] + ".expect.yml") and not os.path.basename(f).startswith(("ocr-", "strip-"))]
    totals = {}
    wrong = {}
    clean_runs = {}
    elapsed = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for path in files:
            original = open(path, encoding="utf-8").read().split("\n")
            for mode in ("strip", "ocr"):
                copy = os.path.join(tmp, mode + "-" + os.path.basename(path))
                subprocess.run([sys.executable, args.mangle, mode, path, copy] + ([args.seed] if mode == "ocr" else []), check=True)
                mangled = open(copy, encoding="utf-8").read().split("\n")
                start = time.perf_counter()
                out = subprocess.run([args.bin, "dump", copy, "--text", "--restored"], capture_output=True, text=True).stdout
                elapsed += time.perf_counter() - start
                restored = dumped_text(out)
                for name, candidate in (("as is", mangled), ("doclint", restored)):
                    r, t = compare(original, candidate)
                    acc = totals.setdefault((mode, name), [0, 0]); acc[0] += r; acc[1] += t
                if args.lint and "\nclean: true" in open(path[:-4] + ".expect.yml", encoding="utf-8").read():
                    found = subprocess.run([args.bin, "lint", copy, "--format", "concise"], capture_output=True, text=True).stdout.splitlines()
                    bad = [l for l in found if ": error:" in l or ": warning:" in l]
                    clean_runs.setdefault(mode, [0, 0]); clean_runs[mode][0] += 1; clean_runs[mode][1] += len(bad)
                    for l in bad: print("  ", mode, os.path.basename(path), l.split(":", 1)[1][:200])
                if args.worst:
                    for a, b in zip(original, restored):
                        for x, y in zip(words(a), words(b)):
                            if x != y: wrong[(x, y)] = wrong.get((x, y), 0) + 1
                if pyvi:
                    def accents(line):
                        # pyvi restores unmarked text: OCR's stray marks are taken off first.
                        plain = "".join(c for c in unicodedata.normalize("NFD", line.replace("đ", "d").replace("Đ", "D"))
                                        if unicodedata.category(c) != "Mn")
                        try:
                            return pyvi.add_accents(plain) if plain.strip() else line
                        except (KeyError, IndexError):  # pyvi fails on some marked letters: leave the line
                            return line
                    candidate = [accents(line) for line in mangled]
                    r, t = compare(original, candidate)
                    acc = totals.setdefault((mode, "pyvi"), [0, 0]); acc[0] += r; acc[1] += t
    print(f"{len(files)} clean texts; syllable accuracy (restored word = original word, case-insensitive):")
    for mode in ("strip", "ocr"):
        row = "  ".join(f"{name} {totals[(mode, name)][0] / max(1, totals[(mode, name)][1]):.3f}"
                        for name in ("as is", "doclint", "pyvi") if (mode, name) in totals)
        print(f"  {mode:5}  {row}   ({totals[(mode, 'doclint')][1]} words)")
    print(f"  doclint dump time: {elapsed:.1f} s for {2 * len(files)} copies")
    for mode, (docs, bad) in clean_runs.items():
        print(f"  {mode}: {bad} errors/warnings on the copies of {docs} clean documents")
    if args.worst:
        for (x, y), n in sorted(wrong.items(), key=lambda kv: -kv[1])[:args.worst]:
            print(f"  {n:4}  {x} -> {y}")

if __name__ == "__main__":
    main()
