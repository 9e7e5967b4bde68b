import DocLint

struct PageSizeRule: DocumentRule {
    static let description = RuleDescription(
        id: "page-size",
        name: "Khổ giấy A4",
        summary: message("Trang khổ A4 (210 × 297 mm), hướng đứng; chỉ phần có bảng rộng mới được xoay ngang", "Pages are A4 (210 × 297 mm), portrait; only a section holding a wide table may be landscape"),
        rationale: message("NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục I.1–I.2: văn bản trình bày trên khổ A4 (210 mm × 297 mm), theo chiều dài; trường hợp nội dung có bảng, biểu không làm thành phụ lục riêng thì có thể trình bày theo chiều rộng. Chỉ áp dụng cho tệp .docx.",
                           "Decree 30/2020, Appendix I, Part I, I.1–I.2: documents are set on A4 (210 × 297 mm) portrait; a section with a table that is not a separate appendix may be landscape. .docx files only."),
        source: "NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục I.1–I.2",
        category: .layout,
        defaultSeverity: .error,
        nonTriggering: [
            "@docx\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "@docx\n@landscape\n@table\nSố liệu\n@cell\nKết quả\n@end-table",
        ],
        triggering: [
            "@docx\n@page 216 279\n↓CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "@docx\n@landscape\n↓CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        ])

    /// A4 in twips, with a millimetre of tolerance for rounding.
    static let width = 11906, height = 16838, tolerance = 57

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        guard let layout = document.source.layout else { return [] }
        var diagnostics: [Diagnostic] = []
        for (index, section) in layout.sections.enumerated() {
            guard var width = section.width, var height = section.height else { continue }
            let landscape = section.landscape || width > height
            if landscape { swap(&width, &height) }
            let place = layout.sections.count > 1 ? " (phần \(index + 1))" : ""
            let placeEN = layout.sections.count > 1 ? " (section \(index + 1))" : ""
            if abs(width - Self.width) > Self.tolerance || abs(height - Self.height) > Self.tolerance {
                diagnostics.append(context.diagnostic(
                    message("khổ giấy \(millimetres(width)) × \(millimetres(height)) mm\(place); văn bản dùng khổ A4 210 × 297 mm", "the page is \(millimetres(width)) × \(millimetres(height)) mm\(placeEN); documents use A4, 210 × 297 mm"),
                    document.sectionRange(section)))
                continue
            }
            if landscape {
                let lastLine = index + 1 < layout.sections.count ? layout.sections[index + 1].firstLine : Int.max
                let hasTable = layout.paragraphs.contains { $0.inTable && $0.line >= section.firstLine && $0.line < lastLine }
                guard !hasTable else { continue }
                diagnostics.append(context.diagnostic(
                    message("trang xoay ngang\(place) nhưng không có bảng; văn bản trình bày theo chiều dài khổ A4", "landscape pages\(placeEN) without a table; documents are portrait A4"),
                    document.sectionRange(section)))
            }
        }
        return diagnostics
    }
}
