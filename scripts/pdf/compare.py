#!/usr/bin/env python3
"""Lints each example as text, as a born-digital PDF made from it (make_pdf.py) and, with --scan, as a
simulated scan of that PDF (rendered at 300 dpi, turned by a degree, speckled; read back by
Tesseract), and compares the findings: same rule and severity, counted per document.

  /usr/bin/python3 scripts/pdf/compare.py BIN [--scan] [FILES...]   (python3-reportlab; --scan: python3-pil)

Prints one row per example (errors and warnings as text / PDF / scan, and how many of the text's
were found again) and the totals the PDF issue measures: share found again, share extra.
"""
import collections, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def findings(binary, path):
    out = subprocess.run([binary, "lint", "--format", "json", "--exit-zero", path], capture_output=True, env=dict(os.environ, DOCLINT_NO_CACHE="1"))
    data = json.loads(out.stdout or b"{}")
    diagnostics = data["diagnostics"] if isinstance(data, dict) else data
    return collections.Counter((d["rule"], d["severity"]) for d in diagnostics if d["severity"] in ("error", "warning"))


def scan(pdf, target):
    from PIL import Image, ImageFilter
    import random
    prefix = target[:-4]
    subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", "-singlefile", "-f", "1", "-l", "1", pdf, prefix], check=True)
    image = Image.open(prefix + ".png").convert("L").rotate(1, fillcolor=255, expand=False)
    random.seed(7)
    pixels = image.load()
    for _ in range(image.size[0] * image.size[1] // 400):
        x, y = random.randrange(image.size[0]), random.randrange(image.size[1])
        pixels[x, y] = random.choice((0, 255))
    image.filter(ImageFilter.GaussianBlur(0.6)).save(target)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    binary, files = args[0], args[1:]
    with_scan = "--scan" in sys.argv
    if not files:
        files = sorted(os.path.join(ROOT, "examples", f) for f in os.listdir(os.path.join(ROOT, "examples")) if f.endswith(".txt"))
    totals = collections.Counter()
    work = tempfile.mkdtemp(prefix="doclint-pdf-")
    print("%-28s %5s %5s %6s %5s %6s" % ("example", "text", "pdf", "again", "scan", "again"))
    for path in files:
        name = os.path.basename(path)[:-4]
        pdf = os.path.join(work, name + ".pdf")
        subprocess.run(["/usr/bin/python3", os.path.join(HERE, "make_pdf.py"), path, pdf], check=True)
        text, from_pdf = findings(binary, path), findings(binary, pdf)
        again = sum((text & from_pdf).values())
        row = [sum(text.values()), sum(from_pdf.values()), again]
        totals.update(text=row[0], pdf=row[1], pdf_again=again, pdf_extra=sum((from_pdf - text).values()))
        if with_scan:
            image = os.path.join(work, name + ".png")
            scan(pdf, image)
            from_scan = findings(binary, image)
            scan_again = sum((text & from_scan).values())
            row += [sum(from_scan.values()), scan_again]
            totals.update(scan=row[3], scan_again=scan_again, scan_extra=sum((from_scan - text).values()),
                          clean_scan_findings=row[3] if row[0] == 0 else 0)
        print("%-28s " % name + " ".join("%5d" % v for v in row))
    t = totals
    print("pdf: %d of %d found again (%.0f %%), %d extra (%.0f %%)" % (t["pdf_again"], t["text"], 100 * t["pdf_again"] / max(1, t["text"]), t["pdf_extra"], 100 * t["pdf_extra"] / max(1, t["text"])))
    if with_scan:
        print("scan: %d of %d found again (%.0f %%), %d extra (%.0f %%); errors/warnings on scans of clean examples: %d" % (
            t["scan_again"], t["text"], 100 * t["scan_again"] / max(1, t["text"]), t["scan_extra"], 100 * t["scan_extra"] / max(1, t["text"]), t["clean_scan_findings"]))


if __name__ == "__main__":
    main()
