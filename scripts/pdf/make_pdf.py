#!/usr/bin/env python3
"""Lays out a doclint example (.txt) as a born-digital A4 PDF the way Word prints an administrative
document: header lines holding two columns (left: issuer, Số, V/v; right: Quốc hiệu, Tiêu ngữ,
place and date) set as two centred columns, body paragraphs wrapped to the text width in a
proportional font, indented closing lines (signature) in the right half. Used to make the PDF
test fixtures from the repository's own examples (never from the shared corpus).

  python3 scripts/pdf/make_pdf.py IN.txt OUT.pdf          (Debian: python3-reportlab, fonts-dejavu-core: DejaVu Serif Condensed has every Vietnamese letter and about Times New Roman's width; Debian's Liberation Serif 1.x lacks the stacked marks)
"""
import re
import sys

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed-Bold.ttf"
pdfmetrics.registerFont(TTFont("Serif", FONT))
pdfmetrics.registerFont(TTFont("SerifBold", BOLD))

LEFT, RIGHT, TOP, BOTTOM = 30 * mm, 20 * mm, 20 * mm, 20 * mm
WIDTH, HEIGHT = A4
TEXT_WIDTH = WIDTH - LEFT - RIGHT
SIZE, LEADING = 12, 16


def wrap(text, font, size, width):
    words, lines, current = text.split(" "), [], ""
    for word in words:
        candidate = (current + " " + word).strip()
        if current and pdfmetrics.stringWidth(candidate, font, size) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    lines.append(current)
    return lines


def main(source, target):
    text = open(source, encoding="utf-8").read().split("\n")
    pdf = canvas.Canvas(target, pagesize=A4)
    y = HEIGHT - TOP

    def newline(count=1):
        nonlocal y
        y -= LEADING * count
        if y < BOTTOM:
            pdf.showPage()
            y = HEIGHT - TOP

    header = True
    for raw in text:
        if not raw.strip():
            newline(0.6)
            continue
        columns = [c.strip() for c in re.split(r"\s{3,}", raw.strip())]
        if header and len(columns) == 2:
            # Two header cells: centred in the left 40 % and the right 60 %, each wrapped inside its
            # cell as a Word table wraps it.
            pdf.setFont("SerifBold", SIZE)
            left = wrap(columns[0], "SerifBold", SIZE, TEXT_WIDTH * 0.4 - 8)
            right = wrap(columns[1], "SerifBold", SIZE, TEXT_WIDTH * 0.6 - 8)
            for row in range(max(len(left), len(right))):
                if row < len(left):
                    pdf.drawCentredString(LEFT + TEXT_WIDTH * 0.2, y, left[row])
                if row < len(right):
                    pdf.drawCentredString(LEFT + TEXT_WIDTH * 0.7, y, right[row])
                newline()
            continue
        indent = len(raw) - len(raw.lstrip(" "))
        if indent >= 20:
            # A closing line of the signature block: centred in the right half.
            pdf.setFont("SerifBold", SIZE)
            pdf.drawCentredString(LEFT + TEXT_WIDTH * 0.72, y, raw.strip())
            newline()
            continue
        if raw.startswith(("Kính gửi", "1.", "I.", "Điều")):
            header = False
        pdf.setFont("Serif", SIZE)
        for line in wrap(raw.strip(), "Serif", SIZE, TEXT_WIDTH):
            pdf.drawString(LEFT, y, line)
            newline()
    pdf.save()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
