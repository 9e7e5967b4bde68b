import DocLint

struct CanCuRequiredRule: DocumentRule {
    static let description = RuleDescription(
        id: "can-cu-required",
        name: "Quyết định có căn cứ ban hành",
        summary: message("Quyết định nêu căn cứ ban hành (“Căn cứ …”): văn bản quy định thẩm quyền và văn bản làm cơ sở, trước “Theo đề nghị …”",
                         "A quyết định states its legal basis (“Căn cứ …”): the texts giving competence and the texts it rests on, before “Theo đề nghị …”"),
        rationale: message("NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6.a và Phụ lục III, mẫu 1.2, 1.3: quyết định ghi căn cứ ban hành — văn bản quy định thẩm quyền, chức năng, nhiệm vụ của cơ quan ban hành và văn bản quy định nội dung làm cơ sở — mỗi căn cứ một dòng; “Theo đề nghị của …” là đề xuất, không thay cho căn cứ.",
                           "Decree 30/2020, Appendix I, II.6.a and templates 1.2, 1.3 of Appendix III: a decision states its legal basis — the text giving the issuer its competence and the texts it rests on — one per line; “Theo đề nghị của …” is the proposal and does not replace them."),
        source: "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6.a; Phụ lục III, mẫu 1.2, 1.3",
        category: .structure,
        defaultSeverity: .warning,
        nonTriggering: [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 15/QĐ-UBND\n\nQUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN XÃ\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nTheo đề nghị của Trưởng phòng Văn hóa - Xã hội.\n\nQUYẾT ĐỊNH:\nĐiều 1. Thành lập Tổ công tác.",
            // Other kinds of document need not open with căn cứ.
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 15/KH-UBND\n\nKẾ HOẠCH\nRà soát hồ sơ\n\nI. MỤC ĐÍCH",
        ],
        triggering: [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 15/QĐ-UBND\n\nQUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN XÃ\n\n↓Theo đề nghị của Trưởng phòng Văn hóa - Xã hội.\n\nQUYẾT ĐỊNH:\nĐiều 1. Thành lập Tổ công tác.",
        ])

    static let canCu = Array("can cu".utf8)

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        guard document.kind == .quyetDinh, document.regime == .state, let title = document.title, !document.basis.isEmpty else { return [] }
        let hasCanCu = document.basis.contains { item in
            let line = document.source.lines[item.span.startLine]
            return line.folded.dropFirst(line.indentation).starts(with: Self.canCu)
        }
        guard !hasCanCu else { return [] }
        let anchor = document.basis.first.map { document.range($0.span) } ?? document.range(title.span)
        return [context.diagnostic(message("quyết định thiếu căn cứ ban hành (“Căn cứ …”): nêu văn bản quy định thẩm quyền và văn bản làm cơ sở trước “Theo đề nghị …”",
                                           "the decision states no legal basis (“Căn cứ …”): cite the texts giving competence and the basis before “Theo đề nghị …”"),
                                   anchor)]
    }
}
