import DocLint

struct HeaderLinesRule: DocumentRule {
    static let description = RuleDescription(
        id: "header-lines",
        name: "Đường kẻ dưới tên cơ quan và dưới Tiêu ngữ",
        summary: message("Dưới tên cơ quan ban hành và dưới Tiêu ngữ có đường kẻ ngang, nét liền",
                         "A solid horizontal line under the issuing body's name and under the motto"),
        rationale: message("NĐ 30/2020/NĐ-CP, Phụ lục I, Phần II, mục II.1 và II.2: Tiêu ngữ có đường kẻ ngang nét liền bên dưới, dài bằng dòng chữ; tên cơ quan ban hành có đường kẻ ngang nét liền bên dưới, dài từ 1/3 đến 1/2 dòng chữ, đặt cân đối. Đường kẻ được nhận ở mọi dạng Word lưu: hình đường thẳng (DrawingML hoặc VML), viền dưới của đoạn, chữ gạch chân, dòng gõ bằng dấu gạch dưới. Hình vẽ thả nổi có thể neo ở đoạn khác: khi vùng tiêu đề có từ hai đường kẻ trở lên, quy tắc không báo; chỉ báo khi không thấy đường kẻ nào, hoặc thấy một đường và biết chắc nó thuộc bên nào. Độ dài của một đường vẽ có kích thước được so với độ rộng ước tính của dòng chữ phía trên (bảng độ rộng trung bình của Times New Roman): chỉ ghi chú khi lệch rõ (dưới Tiêu ngữ: ngắn hơn 70 % hoặc dài hơn 135 % dòng chữ; dưới tên cơ quan: ngắn hơn 1/5 hoặc dài hơn 85 % dòng chữ). Văn bản của Đảng (HD 36: dấu sao dưới tên cơ quan) không xét. Chỉ áp dụng cho tệp .docx.",
                           "Decree 30/2020, Appendix I, Part II, II.1 and II.2: a solid horizontal line under the motto, as long as its text, and under the issuing body's name, a third to a half of its text, centred. Lines are recognised in every form Word stores: a line shape (DrawingML or VML), a paragraph's bottom border, underlined text, a typed row of underscores. Floating shapes may be anchored to another paragraph: with two lines or more in the header, the rule says nothing; it reports only when it sees no line at all, or one line it can place. A drawn line's length is compared with the estimated width of the text above it (Times New Roman's average widths): a note only when clearly off (under the motto, shorter than 70 % or longer than 135 % of its text; under the issuer, shorter than a fifth or longer than 85 %). Party documents (HD 36: a star under the issuer) are not judged. .docx files only."),
        source: "NĐ 30/2020/NĐ-CP, Phụ lục I, Phần II, mục II.1–II.2",
        category: .layout,
        defaultSeverity: .warning,
        nonTriggering: [
            // Two drawn lines, each in an empty paragraph under its text.
            "@docx\n@table\nỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\n{drawn=20}\nSố: 15/UBND-VP\n@cell\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n{drawn=60}\nHòa Bình, ngày 06 tháng 02 năm 2026\n@end-table",
            // A bottom border under the issuer, the motto underlined.
            "@docx\n@table\nỦY BAN NHÂN DÂN\n{border}XÃ HÒA BÌNH\nSố: 15/UBND-VP\n@cell\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{u}Độc lập - Tự do - Hạnh phúc\nHòa Bình, ngày 06 tháng 02 năm 2026\n@end-table",
            // Two floating lines anchored to the Kính gửi paragraph, placed up in the header.
            "@docx\n@table\nỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\nSố: 15/UBND-VP\n@cell\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHòa Bình, ngày 06 tháng 02 năm 2026\n@end-table\n\n{drawn=20}\n{drawn=60}Kính gửi: Các thôn.\n\nỦy ban nhân dân xã đề nghị các thôn rà soát danh sách hộ nghèo trên địa bàn./.",
            // Typed underscores, as some offices do.
            "@docx\n@table\nỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\n________\nSố: 15/UBND-VP\n@cell\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n_______________________\nHòa Bình, ngày 06 tháng 02 năm 2026\n@end-table",
        ],
        triggering: [
            "@docx\n@table\nỦY BAN NHÂN DÂN\n↓XÃ HÒA BÌNH\nSố: 15/UBND-VP\n@cell\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n↓Độc lập - Tự do - Hạnh phúc\nHòa Bình, ngày 06 tháng 02 năm 2026\n@end-table",
            // The motto's line is there; the issuer's is not.
            "@docx\n@table\nỦY BAN NHÂN DÂN\n↓XÃ HÒA BÌNH\nSố: 15/UBND-VP\n@cell\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n{drawn=60}\nHòa Bình, ngày 06 tháng 02 năm 2026\n@end-table",
            // Both there, the motto's half as long as its text (a note).
            "@docx\n@table\n{size=13}ỦY BAN NHÂN DÂN\n{size=13 b}XÃ HÒA BÌNH\n{drawn=15}\nSố: 15/UBND-VP\n@cell\n{size=13 b}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{size=14 b}↓Độc lập - Tự do - Hạnh phúc\n{drawn=30}\nHòa Bình, ngày 06 tháng 02 năm 2026\n@end-table",
        ])

    /// The width of a line of text in twips, from Times New Roman's average advance widths by kind
    /// of character (em fractions): close enough to tell a line half as long as its text.
    static func estimatedWidth(_ text: String, halfPoints: Int, bold: Bool) -> Int {
        var ems = 0.0
        for character in text.trimmingCharacters(in: .whitespaces) {
            let base = String(character).folding(options: .diacriticInsensitive, locale: nil).first ?? character
            switch base {
            case " ": ems += 0.25
            case "-", "–", ".", ",", ":", ";", "(", ")", "/": ems += 0.33
            case _ where base.isNumber: ems += 0.5
            case _ where base.isUppercase: ems += bold ? 0.72 : 0.68
            case _ where base.isLetter: ems += bold ? 0.5 : 0.46
            default: ems += 0.5
            }
        }
        // A hostile size (w:sz of 10^18) must not overflow: no type is over 1,638 pt.
        return Int(ems * Double(max(1, min(halfPoints, 3_276))) * 10)
    }

    /// How many lines a paragraph draws: shapes, a bottom border, underlined text, typed underscores.
    static func lines(in paragraph: DocxLayout.Paragraph, text: String) -> Int {
        var count = paragraph.drawnLines.count + (paragraph.bottomBorder ? 1 : 0)
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.count >= 4, trimmed.allSatisfy({ "_-–—─‐=".contains($0) }) || trimmed.contains("_____") { count += 1 }
        let scalars = Array(text.unicodeScalars)
        let visible = scalars.indices.filter { !scalars[$0].properties.isWhitespace }
        if !visible.isEmpty {
            let underlined = visible.filter { index in paragraph.runs.contains { $0.underline && $0.start <= index && index < $0.end } }.count
            if underlined * 10 >= visible.count * 8 { count += 1 }
        }
        return count
    }

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        guard let layout = document.source.layout, document.regime != .party,
              let issuer = document.header.issuer.last, let motto = document.header.motto else { return [] }
        let lines = document.source.lines
        // 0-based lines (the model's `line` fields are 1-based).
        let issuerLine = issuer.span.startLine, mottoLine = motto.span.startLine
        let headerEnd = [issuerLine, mottoLine, document.header.number?.span.startLine ?? 0, document.header.placeDate?.span.startLine ?? 0].max()! + 1
        // A floating line may be anchored to any paragraph above the text body (the Kính gửi, a
        // blank line): drawn lines count up to there, the other kinds only in the header.
        let bodyStart = max(headerEnd, document.proseLines.first { $0 > headerEnd } ?? headerEnd + 6)
        var byLine: [Int: Int] = [:]
        for paragraph in layout.paragraphs where paragraph.line <= bodyStart && paragraph.line < lines.count {
            let count = paragraph.line <= headerEnd ? Self.lines(in: paragraph, text: lines[paragraph.line].original) : paragraph.drawnLines.count
            if count > 0 { byLine[paragraph.line, default: 0] += count }
        }
        let total = byLine.values.reduce(0, +)
        guard total < 2 else { return lengthNotes(document, layout, context, issuerLine: issuerLine, mottoLine: mottoLine) }
        // A line belongs to the text above it: in the same paragraph or the one right under it.
        let underIssuer = (byLine[issuerLine] ?? 0) + (byLine[issuerLine + 1] ?? 0) > 0
        let underMotto = (byLine[mottoLine] ?? 0) + (byLine[mottoLine + 1] ?? 0) > 0
        var diagnostics: [Diagnostic] = []
        if total == 0 || (underMotto && !underIssuer) {
            diagnostics.append(context.diagnostic(message("thiếu đường kẻ ngang dưới tên cơ quan ban hành (nét liền, dài 1/3–1/2 dòng chữ)",
                                                          "no horizontal line under the issuing body's name (solid, a third to a half of its text)"),
                                                  document.source.lineRange(issuerLine)))
        }
        if total == 0 || (underIssuer && !underMotto) {
            diagnostics.append(context.diagnostic(message("thiếu đường kẻ ngang dưới Tiêu ngữ (nét liền, dài bằng dòng chữ)",
                                                          "no horizontal line under the motto (solid, as long as its text)"),
                                                  document.source.lineRange(mottoLine)))
        }
        return diagnostics + lengthNotes(document, layout, context, issuerLine: issuerLine, mottoLine: mottoLine)
    }

    /// A drawn line of known length right under the issuer or the motto, set against its text.
    func lengthNotes(_ document: Document, _ layout: DocxLayout, _ context: RuleContext, issuerLine: Int, mottoLine: Int) -> [Diagnostic] {
        let lines = document.source.lines
        func paragraph(_ line: Int) -> DocxLayout.Paragraph? { layout.paragraphs.first { $0.line == line } }
        var notes: [Diagnostic] = []
        for (textLine, range, vi, en) in [(mottoLine, 0.70...1.35, "Tiêu ngữ", "the motto"), (issuerLine, 0.20...0.85, "tên cơ quan ban hành", "the issuing body's name")] {
            guard let above = paragraph(textLine), !lines[textLine].original.contains("\t") else { continue }
            let drawn = [above, paragraph(textLine + 1)].compactMap { $0 }.flatMap(\.drawnLines)
            guard drawn.count == 1, let length = drawn[0], length > 0 else { continue }
            let run = above.runs.first { $0.end > $0.start }
            let width = Self.estimatedWidth(lines[textLine].original, halfPoints: run?.size ?? 26, bold: run?.bold ?? true)
            guard width > 0 else { continue }
            let ratio = Double(length) / Double(width)
            guard !range.contains(ratio) else { continue }
            let shown = (ParagraphFormatRule.centimetres(length), ParagraphFormatRule.centimetres(width))
            let wanted = textLine == mottoLine ? ("dài bằng dòng chữ", "as long as the text") : ("dài 1/3–1/2 dòng chữ", "a third to a half of the text")
            notes.append(context.diagnostic(message("đường kẻ dưới \(vi) dài \(shown.0) cm, dòng chữ khoảng \(shown.1) cm: kẻ \(wanted.0)",
                                                    "the line under \(en) is \(shown.0.replacingOccurrences(of: ",", with: ".")) cm, its text about \(shown.1.replacingOccurrences(of: ",", with: ".")) cm: draw it \(wanted.1)"),
                                            document.source.lineRange(textLine), severity: .note))
        }
        return notes
    }
}
