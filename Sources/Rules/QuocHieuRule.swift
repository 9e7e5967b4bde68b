import DocLint

struct QuocHieuRule: DocumentRule {
    static let stateTitle = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    static let stateTitleOldTone = "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    static let partyTitle = "ĐẢNG CỘNG SẢN VIỆT NAM"
    /// The Đoàn heads its documents with its own name, as the Party does.
    static let youthUnionTitles: Set<String> = ["ĐOÀN TNCS HỒ CHÍ MINH", "ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH"]

    static let description = RuleDescription(
        id: "quoc-hieu",
        name: "Quốc hiệu",
        summary: message("Văn bản có Quốc hiệu “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” (văn bản Đảng: “ĐẢNG CỘNG SẢN VIỆT NAM”), viết in hoa, đúng chữ",
                         "The document carries the national title “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” (Party: “ĐẢNG CỘNG SẢN VIỆT NAM”), in capitals, word for word"),
        rationale: message("NĐ 30/2020/NĐ-CP, Điều 8 khoản 2 điểm a và Phụ lục I, mục II.1.a: Quốc hiệu là thành phần bắt buộc, viết in hoa. Văn bản của Đảng ghi “ĐẢNG CỘNG SẢN VIỆT NAM” (HD 36-HD/VPTW). Chỉ báo thiếu khi văn bản đã có phần đầu (tên cơ quan, số hoặc ngày), để không báo nhầm trên bản trích nội dung.",
                           "Decree 30/2020, Art. 8.2.a and Appendix I, II.1.a: the national title is mandatory and in capitals. Party documents carry “ĐẢNG CỘNG SẢN VIỆT NAM” (HD 36-HD/VPTW). A missing title is reported only when the document has a header (issuer, number or date), so body-only extracts stay quiet."),
        source: "NĐ 30/2020/NĐ-CP, Điều 8.2.a; Phụ lục I, mục II.1.a; HD 36-HD/VPTW",
        category: .header,
        defaultSeverity: .error,
        needsExactText: true,
        nonTriggering: [
            "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nCỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 15/KH-UBND",
            "BAN CHẤP HÀNH ĐOÀN TỈNH LÂM ĐỒNG          ĐOÀN TNCS HỒ CHÍ MINH\n***\nSố 15-KH/TĐTN          Lâm Đồng, ngày 20 tháng 3 năm 2026",
            "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÂM ĐỒNG                 Độc lập - Tự do - Hạnh phúc",
            "TỈNH ỦY LÂM ĐỒNG          ĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 02-KH/TU",
            // A lone "-" a copy kept of the rule under the issuer does not end the header.
            "ỦY BAN NHÂN DÂN\nTỈNH CÀ MAU\n-------\n-\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n\nSố: 77/KH-UBND\n\nCà Mau, ngày 12 tháng 5 năm 2026",
            // A draft's header table flattened cell by cell: "Số:" alone, the Quốc hiệu, then the blank number's code.
            "SỞ NỘI VỤ\nSố:\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n/TTr-SNV\n\nĐiện Biên, ngày\n\ntháng\n\nnăm 2026",
            "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
            "1. Giao Sở Nội vụ rà soát hồ sơ.",
        ],
        triggering: [
            "↓ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 12/UBND-VX",
            "ỦY BAN NHÂN DÂN          ↓Cộng hòa xã hội chủ nghĩa Việt Nam\nTỈNH LÂM ĐỒNG",
        ],
        corrections: [RuleCorrection("ỦY BAN NHÂN DÂN          Cộng hòa xã hội chủ nghĩa Việt Nam\nTỈNH LÂM ĐỒNG",
                                     "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÂM ĐỒNG")])

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        guard let title = document.header.nationalTitle else {
            guard let anchor = document.headerAnchor else { return [] }
            return [context.diagnostic(message("thiếu Quốc hiệu “\(Self.stateTitle)” ở đầu văn bản", "the national title “\(Self.stateTitle)” is missing from the header"),
                                       document.range(anchor))]
        }
        let text = title.text.collapsingSpaces
        let expected = title.isParty ? Self.partyTitle : Self.stateTitle
        if text == expected || (!title.isParty && text == Self.stateTitleOldTone) || (title.isParty && Self.youthUnionTitles.contains(text)) { return [] }
        let range = document.range(title.span)
        return [context.diagnostic(
            message("Quốc hiệu phải viết in hoa, đúng chữ: “\(expected)”", "the national title must read, in capitals, “\(expected)”"),
            range, fix: Fix(message: message("viết lại Quốc hiệu", "rewrite the national title"), edits: [TextEdit(range: range, replacement: expected)]))]
    }
}
