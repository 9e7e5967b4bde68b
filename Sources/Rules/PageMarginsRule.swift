import DocLint

struct PageMarginsRule: DocumentRule {
    static let description = RuleDescription(
        id: "page-margins",
        name: "Lề trang",
        summary: message("Lề trên, dưới 20–25 mm; lề trái 30–35 mm; lề phải 15–20 mm, ở mọi phần của văn bản", "Margins: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm, in every section"),
        rationale: message("NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục I.3: định lề trang cách mép trên và mép dưới 20–25 mm, mép trái 30–35 mm, mép phải 15–20 mm. Nghị định cho khoảng, không cho một giá trị duy nhất. Chỉ áp dụng cho tệp .docx.",
                           "Decree 30/2020, Appendix I, Part I, I.3: margins are 20–25 mm top and bottom, 30–35 mm left, 15–20 mm right — ranges, not single values. .docx files only."),
        source: "NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục I.3",
        category: .layout,
        defaultSeverity: .error,
        nonTriggering: [
            "@docx\n@margins 20 20 30 15\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "@docx\n@margins 25 25 35 20\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        ],
        triggering: [
            "@docx\n@margins 25.4 25.4 31.8 31.8\n↓CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "@docx\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n@section\n@margins 20 20 20 20\n↓Phụ lục",
        ])

    /// Millimetre ranges; 0.1 mm of slack absorbs twip rounding, not Word's 1-inch (25.4 mm) default.
    static let ranges: [(String, String, ClosedRange<Double>)] = [
        ("trên", "top", 20...25), ("dưới", "bottom", 20...25), ("trái", "left", 30...35), ("phải", "right", 15...20),
    ]

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        guard let layout = document.source.layout else { return [] }
        var diagnostics: [Diagnostic] = []
        for (index, section) in layout.sections.enumerated() {
            let values = [section.top, section.bottom, section.left, section.right]
            var wrongVI: [String] = [], wrongEN: [String] = []
            for (value, (vi, en, range)) in zip(values, Self.ranges) {
                guard let value else { continue }
                let mm = DocxLayout.millimetres(value)
                if mm < range.lowerBound - 0.1 || mm > range.upperBound + 0.1 {
                    wrongVI.append("lề \(vi) \(millimetres(value)) mm (đúng: \(Int(range.lowerBound))–\(Int(range.upperBound)))")
                    wrongEN.append("\(en) \(millimetres(value)) mm (allowed \(Int(range.lowerBound))–\(Int(range.upperBound)))")
                }
            }
            guard !wrongVI.isEmpty else { continue }
            let place = layout.sections.count > 1 ? "phần \(index + 1): " : ""
            let placeEN = layout.sections.count > 1 ? "section \(index + 1): " : ""
            diagnostics.append(context.diagnostic(message("\(place)\(wrongVI.joined(separator: ", "))", "\(placeEN)\(wrongEN.joined(separator: ", "))"),
                                                  document.sectionRange(section)))
        }
        return diagnostics
    }
}
