import DocLint

struct LegacyEncodingRule: DocumentRule {
    static let description = RuleDescription(
        id: "legacy-encoding",
        name: "Văn bản không dùng bảng mã cũ",
        summary: message("Văn bản dùng Unicode (TCVN 6909:2001), không còn chữ TCVN3 (ABC) hay VNI bị đọc nhầm thành ký tự lạ", "The text is Unicode (TCVN 6909:2001), without TCVN3 (ABC) or VNI text misread as stray symbols"),
        rationale: message("NĐ 30/2020/NĐ-CP, Phụ lục I, mục I.4: văn bản dùng bộ mã ký tự chữ Việt Unicode theo TCVN 6909:2001 (QĐ 72/2002/QĐ-TTg). Đoạn văn chép từ tệp .Vn* hoặc VNI-* hiện thành “C«ng v¨n”, “Coâng vaên” — người nhận không đọc được. Tệp không phải UTF-8 đã bị từ chối khi đọc; quy tắc này bắt phần chữ lỗi nằm trong tệp UTF-8.",
                           "Decree 30/2020, Appendix I, I.4: documents use Vietnamese Unicode per TCVN 6909:2001 (Decision 72/2002/QĐ-TTg). Text pasted from .Vn* or VNI-* files shows as “C«ng v¨n” or “Coâng vaên” and cannot be read. Non-UTF-8 files are refused at load time; this rule catches such text inside UTF-8 files."),
        source: "NĐ 30/2020/NĐ-CP, Phụ lục I, mục I.4; QĐ 72/2002/QĐ-TTg",
        category: .text,
        defaultSeverity: .error,
        nonTriggering: [
            "Ủy ban nhân dân tỉnh giao Sở Nội vụ hướng dẫn các cơ quan rà soát hồ sơ lưu trữ điện tử.",
            "Tỷ lệ hồ sơ đạt 95% (tăng 5% so với năm 2025) — theo báo cáo «Tổng hợp».",
        ],
        triggering: [
            "↓Uû ban nh©n d©n tØnh giao Së Néi vô h­íng dÉn.",
            "↓UÛy ban nhaân daân tænh giao Sôû Noäi vuï höôùng daãn.",
        ])

    /// Characters that Vietnamese Unicode text never puts inside a word but TCVN3 read as Latin-1 does.
    static let tcvn3Marks: Set<Unicode.Scalar> = ["¨", "©", "«", "®", "µ", "¶", "·", "¸", "¹", "»", "¼", "½", "¾", "Æ", "Ø", "ß", "ø", "\u{00AD}", "Ö", "Ñ", "×", "ç", "ö", "ï", "ñ"]
    /// VNI read as Windows-1252: a vowel followed by a mark byte ("aø", "oâ" + "ä", "uï").
    static let vniMarks: Set<Unicode.Scalar> = ["ø", "ù", "û", "õ", "ï", "ä", "ë", "ö", "ü", "Ø", "Ù", "Û", "Õ", "Ï", "Ä", "Ë", "Ö", "Ü", "æ", "ñ"]
    static let vowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u", "y", "â", "ê", "ô", "A", "E", "I", "O", "U", "Y", "Â", "Ê", "Ô"]
    /// Per scalar U+00A0–U+00FF: 1 = a TCVN3 mark, 2 = a VNI mark. Vietnamese letters à, é, ô…
    /// live in that block too, so most of a clean text reaches the test: a table, not two Set hashes.
    static let latin1Marks: [UInt8] = (0xA0...0xFF).map { value in
        let scalar = Unicode.Scalar(UInt8(value))
        return (tcvn3Marks.contains(scalar) ? 1 : 0) | (vniMarks.contains(scalar) ? 2 : 0)
    }

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        var affected: [Int] = []
        var kind: (String, String)?
        for index in document.source.lines.indices where !document.source.lines[index].isBlank {
            let scalars = document.source.lines[index].scalars
            var tcvn = 0, vni = 0
            for position in 1..<max(1, scalars.count) {
                let scalar = scalars[position], before = scalars[position - 1]
                // Every mark of both tables is in Latin-1 (U+00A0–U+00FF): most scalars stop here.
                guard scalar.value >= 0xA0, scalar.value <= 0xFF else { continue }
                let marks = Self.latin1Marks[Int(scalar.value) - 0xA0]
                guard marks != 0, before.isAlphabeticFast else { continue }
                if marks & 1 != 0 { tcvn += 1 }
                if marks & 2 != 0, Self.vowels.contains(before) { vni += 1 }
            }
            if tcvn >= 2 || vni >= 2 {
                affected.append(index)
                if kind == nil { kind = tcvn >= vni ? ("TCVN3 (ABC, phông .Vn…)", "TCVN3 (ABC, .Vn… fonts)") : ("VNI (phông VNI-…)", "VNI (VNI-… fonts)") }
            }
        }
        guard let first = affected.first, let kind else { return [] }
        let more = affected.count > 1 ? " và \(affected.count - 1) dòng khác" : ""
        let moreEN = affected.count > 1 ? " and \(affected.count - 1) more lines" : ""
        return [context.diagnostic(message("chữ bị lỗi bảng mã, có vẻ là \(kind.0) chép sang Unicode\(more); chuyển mã sang Unicode (TCVN 6909:2001), ví dụ bằng Unikey",
                                           "garbled text, apparently \(kind.1) pasted into Unicode\(moreEN); convert it to Unicode (TCVN 6909:2001), e.g. with Unikey"),
                                   document.source.lineRange(first))]
    }
}
