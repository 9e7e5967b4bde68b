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
        needsExactText: true,
        nonTriggering: [
            "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÂM ĐỒNG                 Độc lập - Tự do - Hạnh phúc",
            "TỈNH ỦY LÂM ĐỒNG          ĐẢNG CỘNG SẢN VIỆT NAM\n*",
        ],
        triggering: [
            "↓CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/UBND-VX",
            "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n↓Tỉnh Lâm Đồng                 Độc lập - Tự do - Hạnh phúc",
        ])

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        guard let title = document.header.nationalTitle else { return [] }
        let lines = document.header.issuer.filter { $0.text.unicodeScalars.contains { $0.isAlphabeticFast } }
        guard !lines.isEmpty else {
            return [context.diagnostic(message("thiếu tên cơ quan, tổ chức ban hành ở góc trái phần đầu", "the issuing body is missing from the top left of the header"),
                                       document.range(title.span))]
        }
        // One finding for the block, at the first line not in capitals.
        guard let lower = lines.first(where: { !$0.text.isAllCaps }) else { return [] }
        let offending = lines.filter { !$0.text.isAllCaps }.map(\.text).joined(separator: " / ")
        return [context.diagnostic(message("tên cơ quan ban hành phải viết in hoa: “\(offending)”", "the issuing body must be in capitals: “\(offending)”"),
                                   document.range(lower.span), severity: .warning)]
    }
}
