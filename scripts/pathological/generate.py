#!/usr/bin/env python3
"""Writes the pathological inputs of scripts/pathological.sh into OUT_DIR (issue: hostile and
broken input). Deterministic: the same bytes on every run."""
import os
import random
import sys
import zipfile

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
random.seed(20261123)
words = ["Kế", "hoạch", "số", "12/KH-UBND", "ngày", "05/01/2026", "của", "Ủy", "ban", "nhân", "dân", "tỉnh", "về", "việc", "triển", "khai"]


def write(name, data):
    with open(os.path.join(out, name), "wb") as handle:
        handle.write(data if isinstance(data, bytes) else data.encode("utf-8"))


header = "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/KH-UBND\nLâm Đồng, ngày 05 tháng 01 năm 2026\n\nKẾ HOẠCH\nThực hiện nhiệm vụ năm 2026\n\n"
line = " ".join(random.choice(words) for _ in range(800_000))
write("single-line-5mb.txt", line[: 5 * 1024 * 1024] + "\n")
# The input: 100,000 numbered sections of plain content.
write("sections-100k.txt", header + "".join(f"{i}. Nội dung mục {i} được triển khai theo kế hoạch.\n" for i in range(1, 100_001)))
# Harder, added here: every section is an assigned task with a deadline (the task extractor's worst case).
write("task-sections-100k.txt", header + "".join(f"{i}. Sở Nội vụ chủ trì thực hiện nội dung {i} trước ngày 30/6/2026.\n" for i in range(1, 100_001)))
write("nesting-500.txt", header + "".join(".".join(["1"] * depth) + ". Nội dung\n" for depth in range(1, 501)))
write("fragments-1m.txt", "Kế hoạch số " * 1_000_000 + "\n")
write("references-100k-lines.txt", "Kế hoạch số 12/KH-UBND ngày\n" * 100_000)
write("random-1mb.txt", bytes(random.getrandbits(8) for _ in range(1 << 20)))
valid = (header + "Nội dung kế hoạch.\n") * 2000
write("invalid-utf8-middle.txt", valid.encode() + b"\xff\xfe\xc3" + valid.encode())
write("nul-bytes.txt", valid.encode()[:5000] + b"\x00" * 100 + valid.encode()[:5000])
write("empty.txt", b"")
write("whitespace-only.txt", " \t\n" * 100_000)
write("pasted-twice.txt", valid * 2)
write("zero-byte.docx", b"")
with zipfile.ZipFile(os.path.join(out, "truncated.docx.full"), "w", zipfile.ZIP_DEFLATED) as archive:
    archive.writestr("word/document.xml", "<w:document xmlns:w='x'><w:body>" + "<w:p><w:r><w:t>Nội dung</w:t></w:r></w:p>" * 50_000 + "</w:body></w:document>")
with open(os.path.join(out, "truncated.docx.full"), "rb") as handle:
    data = handle.read()
write("truncated.docx", data[: len(data) // 2])
os.remove(os.path.join(out, "truncated.docx.full"))
loop = os.path.join(out, "loop")
os.makedirs(loop, exist_ok=True)
with open(os.path.join(loop, "cv.txt"), "w", encoding="utf-8") as handle:
    handle.write(header + "Nội dung.\n")
if not os.path.islink(os.path.join(loop, "self")):
    os.symlink(".", os.path.join(loop, "self"))
