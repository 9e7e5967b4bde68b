#!/usr/bin/env bash
# The reviewed .docx on a long document (issue "Review in Word": `--annotate` on 100 pages under
# 1 s): a generated công văn of PARAGRAPHS numbered tasks (default 2,600, about 110 A4 pages in
# LibreOffice), as Word cuts runs (seven characters each), timed with hyperfine on a release build:
# plain lint, `--annotate`, and `--fix --annotate`.
#   scripts/bench/docx_review.sh [PARAGRAPHS]
set -euo pipefail
cd "$(dirname "$0")/../.."
PARAGRAPHS="${1:-2600}"
command -v hyperfine > /dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine; }
swift build -c release > /dev/null
BIN=.build/release/doclint
WORK="${TMPDIR:-/tmp}/doclint-bench-docx"
rm -rf "$WORK"; mkdir -p "$WORK"
python3 - "$WORK/dai.txt" "$PARAGRAPHS" <<'PY'
import sys
path, count = sys.argv[1], int(sys.argv[2])
head = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "HUYỆN LẠC DƯƠNG\tĐộc lập – Tự do – Hạnh phúc", "",
        "Số: 8/UBND-TH\tLạc Dương, ngày 3 tháng 3 năm 2026", "V/v rà soát hồ sơ đất đai các thôn", "",
        "Kính gửi: Phòng Tài nguyên và Môi trường;", "", "Ủy ban nhân dân huyện giao nhiệm vụ như sau:"]
body = [f"{i}. Giao Ủy ban nhân dân xã số {i} rà soát hồ sơ đất đai, lập danh sách hộ chưa được cấp giấy chứng nhận – báo cáo kết quả." for i in range(1, count + 1)]
tail = ["", "Nơi nhận:", "- Như trên;", "- Lưu VT, TH.", "\tCHỦ TỊCH", "", "\tNguyễn Văn Bình"]
open(path, "w", encoding="utf-8").write("\n".join(head + body + tail) + "\n")
PY
python3 scripts/fuzz/make_docx_seeds.py "$WORK" "$WORK/dai.txt" > /dev/null
export SWIFT_BACKTRACE=enable=no
findings=$("$BIN" lint "$WORK/dai.docx" --format concise --exit-zero | grep -c ': \(error\|warning\|note\): ' || true)
echo "== $PARAGRAPHS paragraphs, $(du -h "$WORK/dai.docx" | cut -f1) .docx, $findings findings, $(nproc) cores"
hyperfine -N -i --warmup 1 --runs 5 \
  -n lint "$BIN lint $WORK/dai.docx --exit-zero --quiet" \
  -n annotate "$BIN lint $WORK/dai.docx --exit-zero --quiet --annotate $WORK/ra-soat.docx" \
  -n "fix+annotate" "$BIN lint $WORK/dai.docx --exit-zero --quiet --fix --annotate $WORK/ra-soat-sua.docx"
if command -v soffice > /dev/null; then
  soffice --headless --convert-to pdf --outdir "$WORK" "$WORK/ra-soat.docx" > /dev/null 2>&1 && echo "pages (LibreOffice): $(pdfinfo "$WORK/ra-soat.pdf" | awk '/^Pages:/ {print $2}')"
fi
