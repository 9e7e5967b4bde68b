import DocLint

struct PageNumberRule: DocumentRule {
    static let description = RuleDescription(
        id: "page-number",
        name: "Số trang",
        summary: message("Văn bản nhiều trang đánh số trang ở giữa lề trên, từ trang 2 (không hiện ở trang 1)", "A multi-page document numbers its pages centred in the top margin, from page 2 (none on page 1)"),
        rationale: message("NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục I.7: số trang đánh bằng chữ số Ả Rập, cỡ 13–14, kiểu đứng, đặt canh giữa theo chiều ngang trong phần lề trên, không hiển thị số trang thứ nhất. Văn bản một trang không cần số trang: số trang lấy từ docProps/app.xml nếu Word đã lưu, nếu không thì ước lượng theo độ dài. Chỉ áp dụng cho tệp .docx.",
                           "Decree 30/2020, Appendix I, Part I, I.7: pages are numbered in Arabic numerals, size 13–14, upright, centred in the top margin, with no number on page 1. One-page documents need none: the page count is taken from docProps/app.xml when Word saved it, estimated from the length otherwise. .docx files only."),
        source: "NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục I.7",
        category: .layout,
        defaultSeverity: .warning,
        nonTriggering: [
            "@docx\n@pages 3\n@page-number header center\n@title-page\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "@docx\n@pages 1\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        ],
        triggering: [
            "@docx\n@pages 3\n↓CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "@docx\n@pages 3\n@page-number footer center\n@title-page\n↓CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "@docx\n@pages 3\n@page-number header right\n↓CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        ])

    /// Without a saved page count: roughly one A4 page of 14 pt text.
    static let charactersPerPage = 2_600

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        guard let layout = document.source.layout, let first = layout.sections.first else { return [] }
        let pages = layout.savedPageCount ?? {
            let characters = document.source.lines.prefix(layout.bodyParagraphCount).reduce(0) { $0 + $1.originalScalarCount + 40 }
            return 1 + characters / Self.charactersPerPage
        }()
        guard pages > 1 else { return [] }
        guard let number = layout.sections.lazy.compactMap(\.pageNumber).first else {
            return [context.diagnostic(message("văn bản \(pages) trang chưa đánh số trang; đặt số trang ở giữa lề trên, từ trang 2", "the \(pages)-page document has no page numbers; put them centred in the top margin, from page 2"),
                                       document.sectionRange(first))]
        }
        var problemsVI: [String] = [], problemsEN: [String] = []
        if number.place == .footer { problemsVI.append("đặt ở lề dưới (đúng: lề trên)"); problemsEN.append("in the bottom margin (should be the top)") }
        if number.alignment != "center" { problemsVI.append("căn \(number.alignment ?? "trái") (đúng: giữa)"); problemsEN.append("aligned \(number.alignment ?? "left") (should be centred)") }
        if !first.titlePage { problemsVI.append("hiện cả ở trang 1 (bật “Different First Page”)"); problemsEN.append("shown on page 1 too (turn on “Different First Page”)") }
        guard !problemsVI.isEmpty else { return [] }
        return [context.diagnostic(message("số trang \(problemsVI.joined(separator: ", "))", "page numbers \(problemsEN.joined(separator: ", "))"), document.sectionRange(first))]
    }
}
