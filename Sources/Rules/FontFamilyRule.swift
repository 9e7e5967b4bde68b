import DocLint

struct FontFamilyRule: DocumentRule {
    static let description = RuleDescription(
        id: "font-family",
        name: "Phông chữ Times New Roman",
        summary: message("Mọi đoạn chữ dùng phông Times New Roman — kể cả phông lấy từ kiểu (style) và phông chủ đề (theme)", "Every run is Times New Roman — including fonts that come from styles and from the theme"),
        rationale: message("NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục I.4: phông chữ tiếng Việt Times New Roman, bộ mã Unicode TCVN 6909:2001. Phông được xác định như Word: định dạng của đoạn chữ, kiểu ký tự, kiểu đoạn và các kiểu gốc (basedOn), kiểu mặc định, mặc định của tài liệu, phông chủ đề. Mỗi phông sai được báo một lần, kèm số đoạn bị ảnh hưởng. Chỉ áp dụng cho tệp .docx.",
                           "Decree 30/2020, Appendix I, Part I, I.4: the Vietnamese font is Times New Roman, Unicode TCVN 6909:2001. The font is resolved as Word does: run, character style, paragraph style and its basedOn chain, default style, document defaults, theme font. Each wrong font is reported once with the number of paragraphs it affects. .docx files only."),
        source: "NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục I.4",
        category: .layout,
        defaultSeverity: .error,
        nonTriggering: ["@docx\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
        triggering: [
            "@docx\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{font=Arial}↓Độc lập - Tự do - Hạnh phúc",
            "@docx\n@theme-font Calibri\n↓CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
        ])

    static let expected = "Times New Roman"

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        guard let layout = document.source.layout else { return [] }
        var firstRun: [String: (line: Int, start: Int, source: String)] = [:]
        var paragraphs: [String: Set<Int>] = [:]
        var order: [String] = []
        for paragraph in layout.paragraphs {
            let scalars = Array(document.source.lines[paragraph.line].original.unicodeScalars)
            for run in paragraph.runs {
                guard let font = run.font, font.caseInsensitiveCompare(Self.expected) != .orderedSame else { continue }
                // Runs of spaces or tabs show no glyph.
                guard (run.start..<min(run.end, scalars.count)).contains(where: { !scalars[$0].isWhitespaceFast }) else { continue }
                let key = font + "\u{1F}" + run.fontSource
                if firstRun[key] == nil { firstRun[key] = (paragraph.line, run.start, run.fontSource); order.append(key) }
                paragraphs[key, default: []].insert(paragraph.line)
            }
        }
        return order.map { key in
            let font = String(key.split(separator: "\u{1F}")[0])
            let first = firstRun[key]!
            let count = paragraphs[key]!.count
            let others = count > 1 ? " và \(count - 1) đoạn khác" : ""
            let othersEN = count > 1 ? " and \(count - 1) more paragraphs" : ""
            return context.diagnostic(message("phông “\(font)” (từ \(first.source))\(others); văn bản dùng phông Times New Roman", "font “\(font)” (from \(first.source))\(othersEN); documents use Times New Roman"),
                                      document.paragraphPosition(line: first.line, column: first.start))
        }
    }
}
