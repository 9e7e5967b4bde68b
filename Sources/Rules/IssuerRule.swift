import DocLint

struct IssuerRule: DocumentRule {
    static let description = RuleDescription(
        id: "issuer",
        name: "Tên cơ quan ban hành",
        summary: message("Phần đầu có tên cơ quan, tổ chức ban hành, viết in hoa", "The header names the issuing body, in capitals"),
        rationale: message("NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.2: tên cơ quan ban hành (và cơ quan chủ quản trực tiếp, nếu có) đặt ở góc trái phần đầu, viết in hoa. HD 36-HD/VPTW quy định tương tự cho văn bản của Đảng.",
                           "Decree 30/2020, Appendix I, II.2: the issuing body (and its direct superior, if any) stands top left, in capitals. HD 36-HD/VPTW says the same for Party documents."),
        source: "NĐ 30/2020/NĐ-CP, Điều 8.2.b; Phụ lục I, mục II.2",
        category: .header,
        defaultSeverity: .error,
        nonTriggering: [
            "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÂM ĐỒNG                 Độc lập - Tự do - Hạnh phúc",
            "TỈNH ỦY LÂM ĐỒNG          ĐẢNG CỘNG SẢN VIỆT NAM\n*",
            "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ Y TẾ                 Độc lập - Tự do - Hạnh phúc",
            // The whole header on one line (a portal joins each cell's lines): the issuer ends at its rule, before “Số”.
            "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG -------- Số: 41/QĐ-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc -------- Lâm Đồng, ngày 03 tháng 3 năm 2026 |\nQUYẾT ĐỊNH\nVề việc cử cán bộ đi công tác",
            "ĐẢNG BỘ TỈNH LÂM ĐỒNG          ĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH\n*",
        ],
        triggering: [
            "↓CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/UBND-VX",
            "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n↓Tỉnh Lâm Đồng                 Độc lập - Tự do - Hạnh phúc",
            "↓SỞ Y TẾ          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n                 Độc lập - Tự do - Hạnh phúc",
            "ĐẢNG BỘ TỈNH LÂM ĐỒNG          ĐẢNG CỘNG SẢN VIỆT NAM\n↓ĐẢNG ỦY XÃ XÃ PHÚ LỘC\n*",
        ])

    /// Bodies that always belong to another (NĐ 30, Phụ lục I, II.2: "tên của cơ quan, tổ chức chủ
    /// quản trực tiếp (nếu có)"), folded.
    static let needsParent = ["so ", "phong ", "chi cuc ", "cuc "]

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        guard let title = document.header.nationalTitle else { return [] }
        let lines = document.header.issuer.filter { $0.text.unicodeScalars.contains { $0.isAlphabeticFast } }
        guard !lines.isEmpty else {
            return [context.diagnostic(message("thiếu tên cơ quan, tổ chức ban hành ở góc trái phần đầu", "the issuing body is missing from the top left of the header"),
                                       document.range(title.span))]
        }
        // A word typed twice ("ĐẢNG ỦY XÃ XÃ NA SẦM"): the name is damaged.
        for line in lines {
            // Scalars, not Substrings: comparing Substrings walks grapheme clusters.
            let words = Array(line.text.unicodeScalars).split(separator: " ")
            // "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH": two names meet, as repeated-word allows in the body.
            func fold(_ index: Int) -> String { VietnameseFold.fold(String(String.UnicodeScalarView(words[index]))) }
            if let at = words.indices.dropLast().first(where: { words[$0] == words[$0 + 1] && words[$0].count > 1
                    && !($0 > 0 && $0 + 2 < words.count && RepeatedWordRule.isCompoundBoundary(before: fold($0 - 1), word: fold($0), after: fold($0 + 2))) }) {
                let doubled = (String(String.UnicodeScalarView(words[at])), String(String.UnicodeScalarView(words[at + 1])))
                return [context.diagnostic(message("tên cơ quan ban hành lặp chữ “\(doubled.0) \(doubled.1)”: “\(line.text)”", "the issuing body repeats “\(doubled.0)”: “\(line.text)”"),
                                           document.range(line.span))]
            }
        }
        // A Sở, Phòng or Cục is named under the body it belongs to (its "cơ quan chủ quản").
        if lines.count == 1, let first = lines.first, Self.needsParent.contains(where: { VietnameseFold.fold(first.text).hasPrefix($0) }) {
            return [context.diagnostic(message("tên cơ quan ban hành thiếu tên cơ quan chủ quản ở dòng trên (ví dụ “ỦY BAN NHÂN DÂN TỈNH …” trên “\(first.text)”)", "the issuing body lacks its parent body on the line above (e.g. “ỦY BAN NHÂN DÂN TỈNH …” above “\(first.text)”)"),
                                       document.range(first.span), severity: .warning)]
        }
        // One finding for the block, at the first line not in capitals.
        guard let lower = lines.first(where: { !$0.text.isAllCaps }) else { return [] }
        let offending = lines.filter { !$0.text.isAllCaps }.map(\.text).joined(separator: " / ")
        return [context.diagnostic(message("tên cơ quan ban hành phải viết in hoa: “\(offending)”", "the issuing body must be in capitals: “\(offending)”"),
                                   document.range(lower.span), severity: .warning)]
    }
}
