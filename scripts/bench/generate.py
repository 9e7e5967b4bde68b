#!/usr/bin/env python3
"""Writes a synthetic corpus of N realistic documents for the benchmark.

All kinds (công văn, thông báo, kế hoạch, quyết định, Party kế hoạch), State and Party, about one
in six decomposed (NFD) and one in ten OCR-like (diacritics stripped, typical glyph confusions).
Deterministic for a given seed. Usage: generate.py OUT_DIR N [--seed S]
"""
import os, random, sys, unicodedata

AGENCIES = ["Sở Nội vụ", "Sở Tài chính", "Sở Khoa học và Công nghệ", "Sở Xây dựng", "Công an tỉnh",
            "Văn phòng Ủy ban nhân dân tỉnh", "Sở Giáo dục và Đào tạo", "Sở Y tế", "Ủy ban nhân dân các xã, phường"]
PROVINCES = ["LÂM ĐỒNG", "ĐỒNG THÁP", "NINH BÌNH", "QUẢNG TRỊ", "TUYÊN QUANG", "AN GIANG"]
WORKS = ["rà soát hồ sơ lưu trữ điện tử", "số hóa tài liệu lưu trữ", "triển khai chữ ký số", "cập nhật cơ sở dữ liệu cán bộ",
         "kiểm tra việc giải quyết thủ tục hành chính", "tổng hợp số liệu chuyển đổi số", "bảo đảm an toàn thông tin"]
DEADLINES = ["hoàn thành trước ngày {d}/{m}/2026", "báo cáo trong tháng {m}/2026", "báo cáo kết quả hằng quý", "",
             "hoàn thành trong quý III/2026", "gửi kết quả trước ngày {d}/{m}/2026"]


def task(r, n):
    agency = r.choice(AGENCIES)
    deadline = r.choice(DEADLINES).format(d=r.randint(1, 28), m=r.randint(1, 12))
    text = f"{n}. Giao {agency} chủ trì {r.choice(WORKS)}"
    return text + (f"; {deadline}." if deadline else ".")


def header(r, party=False):
    province = r.choice(PROVINCES)
    if party:
        return [f"ĐẢNG BỘ TỈNH {province}              ĐẢNG CỘNG SẢN VIỆT NAM", "BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ", "*"], province
    return [f"ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", f"TỈNH {province}                 Độc lập - Tự do - Hạnh phúc", ""], province


def place(province):
    return " ".join(word.capitalize() for word in province.lower().split())


def document(r, kind):
    party = kind == "dang"
    lines, province = header(r, party)
    number = r.randint(1, 300)
    day, month = r.randint(1, 28), r.randint(1, 12)
    month_text = f"{month:02d}" if month < 3 else str(month)
    date = f"{place(province)}, ngày {day:02d} tháng {month_text} năm 2026"
    tasks = [task(r, i + 1) for i in range(r.randint(2, 12))]
    closing = ["", "Nơi nhận:", "- Như trên;" if kind == "cong-van" else "- Các sở, ban, ngành;", "- Lưu: VT, VX.",
               "                                                  KT. CHỦ TỊCH", "                                                  PHÓ CHỦ TỊCH", "",
               "                                                  Trần Minh Khoa"]
    if kind == "cong-van":
        lines += [f"Số: {number}/UBND-VX          {date}", f"V/v {r.choice(WORKS)}", "", "Kính gửi:", "- Sở Nội vụ;", "- Sở Tài chính.", "",
                  f"Thực hiện Kế hoạch số {r.randint(1, 99)}/KH-UBND ngày {r.randint(1, 28)}/01/2026 của Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo:", ""]
        lines += tasks + ["", "Đề nghị các cơ quan triển khai thực hiện./."]
    elif kind == "dang":
        lines += [f"Số {number}-KH/BCĐ                        {date}", "", "KẾ HOẠCH", f"Kiểm tra việc {r.choice(WORKS)} năm 2026", "",
                  f"- Căn cứ Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị;", "Ban Chỉ đạo xây dựng Kế hoạch như sau:", ""]
        lines += tasks
        closing = ["", "Nơi nhận:", "- Các đảng bộ trực thuộc;", "- Lưu Văn phòng Tỉnh ủy.", "                                    T/M BAN CHỈ ĐẠO",
                   "                                    TRƯỞNG BAN", "", "                                    Hoàng Đức Minh"]
    else:
        title, code = {"thong-bao": ("THÔNG BÁO", "TB"), "ke-hoach": ("KẾ HOẠCH", "KH"), "quyet-dinh": ("QUYẾT ĐỊNH", "QĐ")}[kind]
        lines += [f"Số: {number}/{code}-UBND          {date}", "", title, f"Về việc {r.choice(WORKS)} năm 2026", ""]
        if kind == "quyet-dinh":
            lines += ["CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
                      "Theo đề nghị của Giám đốc Sở Nội vụ.", "", "QUYẾT ĐỊNH:", "",
                      "Điều 1. Thành lập Tổ công tác.", "Điều 2. Nhiệm vụ của Tổ công tác:"]
        else:
            lines += ["I. MỤC ĐÍCH, YÊU CẦU", f"1. Hoàn thành {r.choice(WORKS)}.", "II. NHIỆM VỤ"]
        lines += tasks + ["", "Trên đây là nội dung của Ủy ban nhân dân tỉnh./."]
    return "\n".join(lines + closing) + "\n"


OCR = str.maketrans({"ố": "6", "ồ": "6", "ơ": "o", "ư": "u", "đ": "d", "Đ": "D"})


def ocr_like(text):
    stripped = "".join(c for c in unicodedata.normalize("NFD", text.translate(OCR)) if not unicodedata.combining(c))
    return stripped


def main():
    out, count = sys.argv[1], int(sys.argv[2])
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 1
    r = random.Random(seed)
    os.makedirs(out, exist_ok=True)
    kinds = ["cong-van", "thong-bao", "ke-hoach", "quyet-dinh", "dang"]
    for i in range(count):
        kind = kinds[i % len(kinds)]
        text = document(r, kind)
        variant = r.random()
        if variant < 0.10:
            text = ocr_like(text)
        elif variant < 0.27:
            text = unicodedata.normalize("NFD", text)
        folder = os.path.join(out, f"{i // 1000:03d}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"{kind}-{i:06d}.txt"), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
