import DocLint

struct NumberingDiemAlphabetRule: DocumentRule {
    static let description = RuleDescription(
        id: "numbering-diem-alphabet",
        name: "Điểm theo bảng chữ cái tiếng Việt",
        summary: message("Điểm đánh a), b), c), d), đ), e), g)… theo bảng chữ cái tiếng Việt, không dùng f, j, w, z", "Points run a), b), c), d), đ), e), g)… in Vietnamese alphabetical order, never f, j, w, z"),
        rationale: message("NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6.đ: điểm được đánh theo thứ tự các chữ cái tiếng Việt (a b c d đ e g h i k l m n o p q r s t u v x y), sau chữ cái có dấu đóng ngoặc đơn.",
                           "Decree 30/2020, Appendix I, II.6.đ: points follow the Vietnamese alphabet (a b c d đ e g h i k l m n o p q r s t u v x y), each letter followed by a closing parenthesis."),
        source: "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6.đ",
        category: .structure,
        defaultSeverity: .warning,
        needsExactText: true,
        nonTriggering: [
            "1. Giao Sở Nội vụ:\na) Rà soát;\nb) Kiểm tra;\nc) Hướng dẫn;\nd) Đôn đốc;\nđ) Tổng hợp;\ne) Báo cáo;\ng) Lưu trữ.",
        ],
        triggering: [
            "1. Giao Sở Nội vụ:\na) Rà soát;\nb) Kiểm tra;\nc) Hướng dẫn;\nd) Đôn đốc;\n↓e) Báo cáo.",
            "1. Giao Sở Nội vụ:\na) Rà soát;\nb) Kiểm tra;\nc) Hướng dẫn;\nd) Đôn đốc;\nđ) Tổng hợp;\ne) Báo cáo;\n↓f) Lưu trữ.",
            "1. Giao Sở Nội vụ:\na) Rà soát;\n↓a) Kiểm tra.",
        ])

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func visit(_ sections: [Section]) {
            var previous: (index: Int, section: Section)?
            for section in sections {
                visit(section.children)
                guard section.style == .letter, let letter = section.number else { continue }
                guard let index = DiemAlphabet.letters.firstIndex(of: letter) else {
                    diagnostics.append(context.diagnostic(message("“\(letter))” không có trong bảng chữ cái tiếng Việt; điểm đánh a, b, c, d, đ, e, g, h…", "“\(letter))” is not a Vietnamese letter; points run a, b, c, d, đ, e, g, h…"),
                                                          document.range(section.markerSpan)))
                    previous = nil
                    continue
                }
                defer { previous = (index, section) }
                guard let last = previous, !(index == 0 && last.index > 0) else { continue }
                if index != last.index + 1 {
                    let expected = last.index + 1 < DiemAlphabet.letters.count ? DiemAlphabet.letters[last.index + 1] : "?"
                    diagnostics.append(context.diagnostic(message("sau điểm “\(last.section.marker)” là điểm “\(expected))”, không phải “\(section.marker)”", "after point “\(last.section.marker)” comes “\(expected))”, not “\(section.marker)”"),
                                                          document.range(section.markerSpan)))
                }
            }
        }
        visit(document.sections)
        return diagnostics
    }
}
