import DocLint

struct HeaderLinesRule: DocumentRule {
    static let description = RuleDescription(
        id: "header-lines",
        name: "Đường kẻ dưới tên cơ quan và dưới Tiêu ngữ",
        summary: message("Dưới tên cơ quan ban hành và dưới Tiêu ngữ có đường kẻ ngang, nét liền",
                         "A solid horizontal line under the issuing body's name and under the motto"),
        rationale: message("NĐ 30/2020/NĐ-CP, Phụ lục I, Phần II, mục II.1 và II.2: Tiêu ngữ có đường kẻ ngang nét liền bên dưới, dài bằng dòng chữ; tên cơ quan ban hành có đường kẻ ngang nét liền bên dưới, dài từ 1/3 đến 1/2 dòng chữ, đặt cân đối. Đường kẻ được nhận ở mọi dạng Word lưu: hình đường thẳng (DrawingML hoặc VML), viền dưới của đoạn, chữ gạch chân, dòng gõ bằng dấu gạch dưới. Hình vẽ thả nổi có thể neo ở đoạn khác: khi vùng tiêu đề có từ hai đường kẻ trở lên, quy tắc không báo; chỉ báo khi không thấy đường kẻ nào, hoặc thấy một đường và biết chắc nó thuộc bên nào. Độ dài đường kẻ chưa được đo. Văn bản của Đảng (HD 36: dấu sao dưới tên cơ quan) không xét. Chỉ áp dụng cho tệp .docx.",
                           "Decree 30/2020, Appendix I, Part II, II.1 and II.2: a solid horizontal line under the motto, as long as its text, and under the issuing body's name, a third to a half of its text, centred. Lines are recognised in every form Word stores: a line shape (DrawingML or VML), a paragraph's bottom border, underlined text, a typed row of underscores. Floating shapes may be anchored to another paragraph: with two lines or more in the header, the rule says nothing; it reports only when it sees no line at all, or one line it can place. Line lengths are not measured yet. Party documents (HD 36: a star under the issuer) are not judged. .docx files only."),
        source: "NĐ 30/2020/NĐ-CP, Phụ lục I, Phần II, mục II.1–II.2",
        category: .layout,
        defaultSeverity: .warning,
        nonTriggering: [
            // Two drawn lines, each in an empty paragraph under its text.
            "@docx\n@table\nỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\n{drawn=20}\nSố: 15/UBND-VP\n@cell\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n{drawn=60}\nHòa Bình, ngày 06 tháng 02 năm 2026\n@end-table",
            // A bottom border under the issuer, the motto underlined.
            "@docx\n@table\nỦY BAN NHÂN DÂN\n{border}XÃ HÒA BÌNH\nSố: 15/UBND-VP\n@cell\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{u}Độc lập - Tự do - Hạnh phúc\nHòa Bình, ngày 06 tháng 02 năm 2026\n@end-table",
            // Typed underscores, as some offices do.
            "@docx\n@table\nỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\n________\nSố: 15/UBND-VP\n@cell\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n_______________________\nHòa Bình, ngày 06 tháng 02 năm 2026\n@end-table",
        ],
        triggering: [
            "@docx\n@table\nỦY BAN NHÂN DÂN\n↓XÃ HÒA BÌNH\nSố: 15/UBND-VP\n@cell\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n↓Độc lập - Tự do - Hạnh phúc\nHòa Bình, ngày 06 tháng 02 năm 2026\n@end-table",
            // The motto's line is there; the issuer's is not.
            "@docx\n@table\nỦY BAN NHÂN DÂN\n↓XÃ HÒA BÌNH\nSố: 15/UBND-VP\n@cell\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n{drawn=60}\nHòa Bình, ngày 06 tháng 02 năm 2026\n@end-table",
        ])

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
        var byLine: [Int: Int] = [:]
        for paragraph in layout.paragraphs where paragraph.line <= headerEnd && paragraph.line < lines.count {
            let count = Self.lines(in: paragraph, text: lines[paragraph.line].original)
            if count > 0 { byLine[paragraph.line, default: 0] += count }
        }
        let total = byLine.values.reduce(0, +)
        guard total < 2 else { return [] }
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
        return diagnostics
    }
}
