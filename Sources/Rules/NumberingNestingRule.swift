import DocLint

struct NumberingNestingRule: DocumentRule {
    static let description = RuleDescription(
        id: "numbering-nesting",
        name: "Cấp đánh số lồng đúng",
        summary: message("Khoản “1.2” nằm trong khoản “1”; điểm “a)” nằm trong một khoản có số", "Clause “1.2” sits under clause “1”; point “a)” sits under a numbered item"),
        rationale: message("NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6.đ: bố cục theo phần, chương, mục, điều, khoản, điểm; số của cấp dưới mang số của cấp trên (1.1, 1.2 thuộc 1) và điểm a), b) thuộc một khoản.",
                           "Decree 30/2020, Appendix I, II.6.đ: the layout goes part, chapter, section, article, clause, point; a lower level carries its parent's number (1.1, 1.2 under 1) and points a), b) belong to a clause."),
        source: "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6.đ",
        category: .structure,
        defaultSeverity: .warning,
        nonTriggering: [
            "1. Giao Sở Nội vụ.\n1.1. Hướng dẫn.\na) Rà soát.\nb) Kiểm tra.\n2. Giao Sở Tài chính.\n2.1. Bố trí kinh phí.",
            "Đề nghị các cơ quan:\na) Rà soát hồ sơ;\nb) Báo cáo kết quả.",
            // Numbers a web copy left alone on their lines ("1." / "Mục tiêu …"): still the khoản that holds "1.1.".
            "Điều\n1. Phê duyệt Đề án với các nội dung sau:\n1.\nMục tiêu của Đề án:\n1.1. Mục tiêu chung: số hóa toàn bộ hồ sơ.\n1.2. Mục tiêu cụ thể: hoàn thành trong năm 2027.\n2.\nKinh phí thực hiện:\n2.1. Ngân sách tỉnh.",
        ],
        triggering: [
            "1. Giao Sở Nội vụ.\n↓2.1. Hướng dẫn.",
            "↓1.1. Hướng dẫn.\n2. Giao Sở Tài chính.",
            "↓a) Rà soát hồ sơ.\n1. Giao Sở Nội vụ.",
        ])

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let hasNumbered = document.sections.contains { $0.style == .arabic || $0.style == .roman || $0.style == .article }
        func visit(_ sections: [Section], parent: Section?) {
            for section in sections {
                if section.style == .arabic, let number = section.number {
                    let groups = number.split(separator: ".")
                    if groups.count > 1 {
                        let parentNumber = groups.dropLast().joined(separator: ".")
                        if parent?.style != .arabic || parent?.number != parentNumber {
                            let under = parent.map { "“\($0.marker)” (dòng \($0.line))" } ?? "cấp ngoài cùng"
                            let underEN = parent.map { "“\($0.marker)” (line \($0.line))" } ?? "the top level"
                            diagnostics.append(context.diagnostic(
                                message("khoản “\(section.marker)” phải nằm trong khoản “\(parentNumber).”, nhưng đang thuộc \(under)", "clause “\(section.marker)” belongs under “\(parentNumber).” but sits under \(underEN)"),
                                document.range(section.markerSpan)))
                        }
                    }
                }
                if section.style == .letter, parent == nil, hasNumbered {
                    diagnostics.append(context.diagnostic(message("điểm “\(section.marker)” phải nằm trong một khoản có số thứ tự", "point “\(section.marker)” must sit under a numbered clause"),
                                                          document.range(section.markerSpan)))
                }
                visit(section.children, parent: section)
            }
        }
        visit(document.sections, parent: nil)
        return diagnostics
    }
}
