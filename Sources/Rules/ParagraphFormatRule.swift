import DocLint

struct ParagraphFormatRule: DocumentRule {
    static let description = RuleDescription(
        id: "paragraph-format",
        name: "Khoảng cách đoạn, giãn dòng, thụt đầu dòng",
        summary: message("Đoạn nội dung: cách nhau tối thiểu 6 pt, giãn dòng từ dòng đơn đến 1,5 dòng (hoặc cố định từ 15 pt), thụt đầu dòng 1–1,27 cm",
                         "Body paragraphs: at least 6 pt apart, line spacing single to 1.5 lines (or exactly 15 pt or more), first line indented 1–1.27 cm"),
        rationale: message("NĐ 30/2020/NĐ-CP, Phụ lục I, Phần II, mục II.8.b (nội dung văn bản): khi xuống dòng, chữ đầu dòng lùi vào 1 cm hoặc 1,27 cm; khoảng cách giữa các đoạn văn tối thiểu 6 pt; khoảng cách giữa các dòng tối thiểu là dòng đơn hoặc từ 15 pt (exactly) trở lên, tối đa 1,5 dòng. Chỉ xét các đoạn của phần nội dung (không xét bảng, đoạn căn giữa, danh sách đánh số tự động của Word — khoảng cách và thụt lề do danh sách quy định —, đoạn ngắn như đề mục khi xét thụt đầu dòng); một dòng trống giữa hai đoạn là đủ khoảng cách. Mỗi loại sai báo một lần cho cả văn bản, tại đoạn đầu tiên, kèm số đoạn sai. Chỉ áp dụng cho tệp .docx.",
                           "Decree 30/2020, Appendix I, Part II, II.8.b (the body): the first line of a paragraph is indented 1 cm or 1.27 cm; paragraphs are at least 6 pt apart; line spacing is at least single or exactly 15 pt or more, at most 1.5 lines. Only the body's paragraphs count (not tables, centred paragraphs, Word's numbered lists — their spacing and indents are the list's —, nor short headings for the indent); an empty line between two paragraphs is space enough. Each kind of slip is reported once for the whole document, at its first paragraph, with the number of paragraphs. .docx files only."),
        source: "NĐ 30/2020/NĐ-CP, Phụ lục I, Phần II, mục II.8.b",
        category: .layout,
        defaultSeverity: .warning,
        nonTriggering: [
            // 6 pt after each paragraph, single spacing, 1.27 cm indent: the usual template.
            "@docx\n@paragraphs after=6 line=1 indent=1.27\nỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\n\nKính gửi: Các thôn.\n\nThực hiện kế hoạch của huyện, Ủy ban nhân dân xã đề nghị các thôn rà soát danh sách hộ nghèo trên địa bàn.\nCác thôn gửi kết quả về Ủy ban nhân dân xã trước ngày 15/4/2026 để tổng hợp báo cáo huyện./.\n{size=12 b i}Nơi nhận:\n- Như trên;\n- Lưu: VT.",
            // Exactly 15 pt, 3 pt before and after (6 pt between), a tab typed at the start for the indent.
            "@docx\n@paragraphs before=3 after=3 exact=15\nỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\n\nKính gửi: Các thôn.\n\n\tThực hiện kế hoạch của huyện, Ủy ban nhân dân xã đề nghị các thôn rà soát danh sách hộ nghèo trên địa bàn.\n\tCác thôn gửi kết quả về Ủy ban nhân dân xã trước ngày 15/4/2026 để tổng hợp báo cáo huyện./.\n{size=12 b i}Nơi nhận:\n- Như trên;\n- Lưu: VT.",
            // Items of a Word numbered list without space between them: the list's own layout.
            "@docx\n@paragraphs line=1 indent=1.27\nỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\n\nKính gửi: Các thôn.\n\n{list}Rà soát danh sách hộ nghèo, hộ cận nghèo trên địa bàn thôn và lập biểu tổng hợp gửi về xã.\n{list}Niêm yết công khai danh sách tại nhà văn hóa thôn trong thời gian bảy ngày làm việc./.\n{size=12 b i}Nơi nhận:\n- Như trên;\n- Lưu: VT.",
            // No spacing, but an empty paragraph between the two: the gap is a whole line.
            "@docx\n@paragraphs line=1.5 indent=1\nỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\n\nKính gửi: Các thôn.\n\nThực hiện kế hoạch của huyện, Ủy ban nhân dân xã đề nghị các thôn rà soát danh sách hộ nghèo trên địa bàn.\n\nCác thôn gửi kết quả về Ủy ban nhân dân xã trước ngày 15/4/2026 để tổng hợp báo cáo huyện./.\n{size=12 b i}Nơi nhận:\n- Như trên;\n- Lưu: VT.",
        ],
        triggering: [
            // Word's old Normal: no space between paragraphs, no indent.
            "@docx\nỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\n\nKính gửi: Các thôn.\n\n↓↓Thực hiện kế hoạch của huyện, Ủy ban nhân dân xã đề nghị các thôn rà soát danh sách hộ nghèo trên địa bàn.\nCác thôn gửi kết quả về Ủy ban nhân dân xã trước ngày 15/4/2026 để tổng hợp báo cáo huyện./.\n{size=12 b i}Nơi nhận:\n- Như trên;\n- Lưu: VT.",
            // Double spacing, and a 2 cm indent.
            "@docx\n@paragraphs after=6 line=2 indent=2\nỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\n\nKính gửi: Các thôn.\n\n↓↓Thực hiện kế hoạch của huyện, Ủy ban nhân dân xã đề nghị các thôn rà soát danh sách hộ nghèo trên địa bàn.\nCác thôn gửi kết quả về Ủy ban nhân dân xã trước ngày 15/4/2026 để tổng hợp báo cáo huyện./.\n{size=12 b i}Nơi nhận:\n- Như trên;\n- Lưu: VT.",
        ])

    /// A paragraph of the body the rule judges: not in a table, not centred or right-aligned, not empty.
    static func judged(_ paragraph: DocxLayout.Paragraph, _ document: Document) -> Bool {
        guard !paragraph.inTable, !["center", "right", "end"].contains(paragraph.alignment ?? ""),
              document.source.lines.indices.contains(paragraph.line) else { return false }
        return !document.source.lines[paragraph.line].original.allSatisfy(\.isWhitespace)
    }

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        guard let layout = document.source.layout else { return [] }
        // The body with its căn cứ (the V/v sits in the header table, a title is centred: neither is judged).
        let body = Set(document.proseLines)
        let paragraphs = layout.paragraphs.filter { body.contains($0.line) && $0.line < layout.bodyParagraphCount && Self.judged($0, document) }
        var spacing: [Int] = [], gaps: [(Int, Int)] = [], indents: [(Int, Int)] = []
        var spacingShown = ""
        for (index, paragraph) in paragraphs.enumerated() {
            if let line = paragraph.lineSpacing {
                let exact = paragraph.lineRule == "exact" || paragraph.lineRule == "atLeast"
                // Single to 1.5 lines (240ths); exactly, from 15 pt (twips). A little slack for rounding.
                if exact ? line < 296 : !(236...364).contains(line) {
                    if spacing.isEmpty { spacingShown = exact ? "cố định \(Self.points(line)) pt" : "\(Self.lines(line)) dòng" }
                    spacing.append(paragraph.line)
                }
            }
            // Word's numbered lists set their own spacing (often "no space between items of one list"):
            // not judged, as their indents are not.
            if index + 1 < paragraphs.count, paragraphs[index + 1].line == paragraph.line + 1, !paragraph.numbered, !paragraphs[index + 1].numbered {
                let next = paragraphs[index + 1]
                let collapsed = paragraph.contextualSpacing && next.contextualSpacing && paragraph.style == next.style
                let gap = collapsed ? 0 : (paragraph.spacingAfter ?? 0) + (next.spacingBefore ?? 0)
                if gap < 116 { gaps.append((paragraph.line, gap)) }
            }
            let text = document.source.lines[paragraph.line].original
            guard !paragraph.numbered, text.unicodeScalars.count >= 60 else { continue }
            var indent = paragraph.firstLineIndent ?? 0
            if indent == 0, text.hasPrefix("\t") { indent = 720 }
            // Negative: a hanging indent, a list the office laid out by hand.
            if indent >= 0, !(540...740).contains(indent) { indents.append((paragraph.line, indent)) }
        }
        var diagnostics: [Diagnostic] = []
        func report(_ lines: [Int], _ vi: String, _ en: String) {
            guard let first = lines.first else { return }
            let more = lines.count > 1 ? (" (\(lines.count) đoạn)", " (\(lines.count) paragraphs)") : ("", "")
            diagnostics.append(context.diagnostic(message(vi + more.0, en + more.1), document.source.lineRange(first)))
        }
        report(spacing, "giãn dòng \(spacingShown) (đúng: từ dòng đơn đến 1,5 dòng, hoặc cố định từ 15 pt)",
               "line spacing \(spacingShown.replacingOccurrences(of: "cố định", with: "exactly").replacingOccurrences(of: "dòng", with: "lines")) (allowed: single to 1.5 lines, or exactly 15 pt or more)")
        if let first = gaps.first {
            report(gaps.map(\.0), "các đoạn cách nhau \(Self.points(first.1)) pt (tối thiểu 6 pt)", "paragraphs \(Self.points(first.1)) pt apart (at least 6 pt)")
        }
        if let first = indents.first {
            let shown = Self.centimetres(first.1)
            report(indents.map(\.0), "thụt đầu dòng \(shown) cm (đúng: 1–1,27 cm)", "first-line indent \(shown.replacingOccurrences(of: ",", with: ".")) cm (allowed 1–1.27 cm)")
        }
        return diagnostics
    }

    static func points(_ twips: Int) -> String { decimal(Double(twips) / 20) }
    static func lines(_ value: Int) -> String { decimal(Double(value) / 240) }
    static func centimetres(_ twips: Int) -> String { decimal(Double(twips) / 1440 * 2.54) }

    /// "1,5", "0", "1,27": Vietnamese decimals, at most two places.
    static func decimal(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        var text = rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.2f", rounded)
        if text.contains(".") { while text.hasSuffix("0") { text.removeLast() } }
        return text.replacingOccurrences(of: ".", with: ",")
    }
}
