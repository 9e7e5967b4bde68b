#!/usr/bin/env python3
"""The reviewed .docx in the clients a clerk has: python-docx and LibreOffice.

For each text given: a Word version (scripts/fuzz/make_docx_seeds.py: runs of seven characters, as
Word cuts them), then `doclint lint X.docx --fix --annotate X-ra-soat.docx`. Checks:
- python-docx opens the copy; one comment per finding, by doclint, initials DL;
- accepting every change (drop w:del, unwrap w:ins) and asking doclint again: no fix left to apply;
- rejecting every change: the paragraphs' text is the original's;
- LibreOffice (headless) converts the copy to PDF with its comments (as PDF notes at their
  anchors: the Debian 12 LibreOffice, 7.4, cannot put them in the margin) and its changes marked;
  the PDF holds one note per comment; pdftoppm draws its first page into OUT_DIR.
Usage: check_review.py DOCLINT OUT_DIR TEXT_FILE..."""
import copy
import json
import os
import re
import subprocess
import sys

import docx
from docx.oxml.ns import qn

doclint, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
here = os.path.dirname(os.path.abspath(__file__))
subprocess.run([sys.executable, os.path.join(here, "..", "fuzz", "make_docx_seeds.py"), out] + sys.argv[3:], check=True)
failures = []


def texts(path):
    """Every paragraph's text, tables and text boxes included, deleted text left out."""
    body = docx.Document(path).element.body
    return ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p"))]


def rewrite(source, target, accept):
    document = docx.Document(source)
    body = document.element.body
    drop, unwrap = (qn("w:del"), qn("w:ins")) if accept else (qn("w:ins"), qn("w:del"))
    for element in list(body.iter(drop)):
        element.getparent().remove(element)
    for element in list(body.iter(unwrap)):
        parent, index = element.getparent(), element.getparent().index(element)
        for child in list(element):
            parent.insert(index, child)
            index += 1
        parent.remove(element)
    if not accept:
        for deleted in list(body.iter(qn("w:delText"))):
            deleted.tag = qn("w:t")
    document.save(target)


for text in sys.argv[3:]:
    name = os.path.splitext(os.path.basename(text))[0]
    original = os.path.join(out, name + ".docx")
    reviewed = os.path.join(out, name + "-ra-soat.docx")
    findings = json.loads(subprocess.run([doclint, "lint", original, "--format", "json"], capture_output=True, text=True).stdout)["diagnostics"]
    run = subprocess.run([doclint, "lint", original, "--fix", "--annotate", reviewed, "--format", "concise"], capture_output=True, text=True)
    if run.returncode not in (0, 1):
        failures.append(f"{name}: doclint --annotate exited {run.returncode}: {run.stderr}")
        continue
    comments = list(docx.Document(reviewed).comments)
    if len(comments) != len(findings):
        failures.append(f"{name}: {len(comments)} comments for {len(findings)} findings")
    if any(c.author != "doclint" or c.initials != "DL" for c in comments):
        failures.append(f"{name}: a comment not by doclint/DL")
    changes = sum(1 for _ in docx.Document(reviewed).element.body.iter(qn("w:ins"), qn("w:del")))

    accepted = os.path.join(out, name + "-accepted.docx")
    rewrite(reviewed, accepted, accept=True)
    left = subprocess.run([doclint, "lint", accepted, "--diff"], capture_output=True, text=True)
    if left.stdout.strip():
        failures.append(f"{name}: fixes left after accepting every change:\n{left.stdout}")

    rejected = os.path.join(out, name + "-rejected.docx")
    rewrite(reviewed, rejected, accept=False)
    if texts(rejected) != texts(original):
        failures.append(f"{name}: rejecting every change does not give the original text back")

    pdf_filter = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'
    subprocess.run(["soffice", "--headless", "--convert-to", pdf_filter, "--outdir", out, reviewed], capture_output=True, text=True, timeout=180)
    pdf = os.path.join(out, name + "-ra-soat.pdf")
    notes = 0
    if not os.path.exists(pdf) or os.path.getsize(pdf) < 1000:
        failures.append(f"{name}: LibreOffice did not convert the reviewed copy to PDF")
    else:
        with open(pdf, "rb") as handle:
            notes = len(re.findall(rb"/Subtype\s*/Text\b", handle.read()))
        if notes != len(comments):
            failures.append(f"{name}: the PDF has {notes} notes for {len(comments)} comments")
        subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", pdf, os.path.join(out, name + "-ra-soat")], check=True, capture_output=True)
    print(f"{name}: {len(findings)} findings, {len(comments)} comments, {changes} tracked changes; accepted: {'no fix left' if not left.stdout.strip() else 'FIXES LEFT'}; PDF {'ok' if os.path.exists(pdf) else 'missing'}, {notes if os.path.exists(pdf) else 0} notes")

if failures:
    print("\n".join(failures))
    sys.exit(1)
