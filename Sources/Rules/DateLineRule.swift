import DocLint

struct DateLineRule: DocumentRule {
    static let description = RuleDescription(
        id: "date-line",
        name: "Địa danh và thời gian ban hành",
        summary: message("Dòng ngày tháng viết “<Địa danh>, ngày 05 tháng 01 năm 2026”: có dấu phẩy, số 0 trước ngày dưới 10 và tháng 1, 2; ngày có thật",
                         "The date line reads “<Place>, ngày 05 tháng 01 năm 2026”: a comma, a leading zero for days below 10 and months 1–2, a real date"),
        rationale: message("NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.4: thời gian ban hành ghi bằng chữ “ngày … tháng … năm …”; sau địa danh có dấu phẩy; ngày dưới 10 và tháng 1, 2 ghi thêm số 0 phía trước (“ngày 05 tháng 01 năm 2026”), các tháng khác không thêm số 0 (“tháng 3”). Bản dự thảo để trống ngày, tháng là hợp lệ.",
                           "Decree 30/2020, Appendix I, II.4: the date of issue is written “ngày … tháng … năm …”; a comma follows the place; days below 10 and months 1 and 2 take a leading zero (“ngày 05 tháng 01 năm 2026”), other months do not (“tháng 3”). A draft may leave day and month blank."),
        source: "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.4",
        category: .header,
        defaultSeverity: .error,
        nonTriggering: [
            "Số: 15/QĐ-UBND          Lâm Đồng, ngày 05 tháng 01 năm 2026",
            "Số: 15/QĐ-UBND          Lâm Đồng, ngày 20 tháng 11 năm 2026",
            "Số:     /UBND-VX          Lâm Đồng, ngày   tháng   năm 2026",
            // The place-and-date after the V/v, wrapped over lines, or behind a table cell border.
            "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 15/UBND-VX\nV/v rà soát hồ sơ\nLâm Đồng, ngày 05 tháng 3 năm 2026\n\nKính gửi: Sở Nội vụ",
            "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n|\nSố: 15/KH-UBND\n|\nLâm\nĐồng, ngày 20 tháng 11\nnăm 2026\n|\nKẾ HOẠCH\nRà soát hồ sơ",
        ],
        triggering: [
            "Số: 15/QĐ-UBND          Lâm Đồng↓ ngày 15 tháng 3 năm 2026",
            "Số: 15/QĐ-UBND          Lâm Đồng, ngày ↓5 tháng 3 năm 2026",
            "Số: 15/QĐ-UBND          Lâm Đồng, ngày 15 tháng ↓1 năm 2026",
            "Số: 15/QĐ-UBND          Lâm Đồng, ngày 15 tháng ↓07 năm 2026",
            "Số: 15/QĐ-UBND          Lâm Đồng, ↓ngày 30 tháng 02 năm 2026",
            "Số: 15/QĐ-UBND          Lâm Đồng, ngày 15 tháng↓11 năm 2026",
            "Số: 15/QĐ-UBND          Lâm Đồng, ngày 15 tháng 11 năm 20↓ 26",
            "Số: 15/QĐ-UBND\nV/v chuẩn bị kỳ họp\nLâm Đồng, ngày ↓5 tháng 3 năm 2026",
            "Số: 15/QĐ-UBND\nLâm\nĐồng, ngày 15 tháng\n↓07 năm 2026",
            "Số: 15/QĐ-UBND          Lâm Đồng, ngày ↓05/01/2026",
            "Số: 15/QĐ-UBND          Lâm Đồng, ↓05 tháng 01 năm 2026",
        ],
        corrections: [
            RuleCorrection("Số: 15/QĐ-UBND          Lâm Đồng ngày 5 tháng 1 năm 2026", "Số: 15/QĐ-UBND          Lâm Đồng, ngày 05 tháng 01 năm 2026"),
            RuleCorrection("Số: 15/QĐ-UBND          Lâm Đồng, ngày 15 tháng 07 năm 2026", "Số: 15/QĐ-UBND          Lâm Đồng, ngày 15 tháng 7 năm 2026"),
            RuleCorrection("Số: 15/QĐ-UBND          Lâm Đồng, ngày 5/3/2026", "Số: 15/QĐ-UBND          Lâm Đồng, ngày 05 tháng 3 năm 2026"),
            RuleCorrection("Số: 15/QĐ-UBND          Lâm Đồng, 05 tháng 01 năm 2026", "Số: 15/QĐ-UBND          Lâm Đồng, ngày 05 tháng 01 năm 2026"),
        ])

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        guard let placeDate = document.header.placeDate else {
            // A header without its date line (a draft keeps "ngày … tháng … năm", so absence is real).
            guard document.header.nationalTitle != nil, let number = document.header.number else { return [] }
            return [context.diagnostic(message("thiếu địa danh và thời gian ban hành (“<Địa danh>, ngày … tháng … năm …”)", "the place and date line is missing"),
                                       document.range(number.span))]
        }
        var diagnostics: [Diagnostic] = []
        if let numeric = placeDate.numericForm, let day = placeDate.day, let month = placeDate.month, let year = placeDate.year {
            // Phụ lục I, II.4: the date of issue in words, with the leading zeros of the form.
            let words = String(format: "%02d tháng %@ năm %d", day, month <= 2 ? String(format: "%02d", month) : String(month), year)
            diagnostics.append(context.diagnostic(
                message("thời gian ban hành ghi bằng chữ theo mẫu: “ngày \(words)”", "write the date of issue in words: “ngày \(words)”"),
                document.range(numeric),
                fix: Fix(message: message("viết “\(words)”", "write “\(words)”"), edits: [TextEdit(range: document.range(numeric), replacement: words)])))
            return diagnostics
        }
        if let missing = placeDate.missingNgay, let day = placeDate.dayToken, let month = placeDate.monthToken, let year = placeDate.year {
            // Phụ lục I, II.4: the word "ngày" is part of the form ("Hà Nội, 05 tháng 01 năm 2027" lacks it).
            let form = "ngày \(day.text) tháng \(month.text) năm \(year)"
            let insertion = document.insertion(line: missing.startLine, column: missing.startColumn)
            diagnostics.append(context.diagnostic(
                message("thời gian ban hành thiếu chữ “ngày”: “\(form)”", "the date of issue lacks the word “ngày”: “\(form)”"),
                insertion,
                fix: Fix(message: message("thêm “ngày”", "insert “ngày”"), edits: [TextEdit(range: insertion, replacement: "ngày ")])))
        }
        if let placeEnd = placeDate.placeEnd, !placeDate.hasCommaAfterPlace {
            diagnostics.append(context.diagnostic(
                message("thiếu dấu phẩy sau địa danh “\(placeDate.place ?? "")”", "missing comma after the place “\(placeDate.place ?? "")”"),
                document.range(placeEnd),
                fix: Fix(message: message("thêm dấu phẩy", "insert a comma"), edits: [TextEdit(range: document.range(placeEnd), replacement: ",")])))
        }
        if let day = placeDate.dayToken, day.value < 10, day.text.count == 1 {
            diagnostics.append(zeroMissing(day, what: ("ngày", "day"), rule: ("ngày dưới 10", "days under 10 take"), document, context))
        }
        if let month = placeDate.monthToken {
            if month.value <= 2, month.text.count == 1 {
                diagnostics.append(zeroMissing(month, what: ("tháng", "month"), rule: ("tháng 1, 2", "months 1 and 2 take"), document, context))
            } else if month.value >= 3, month.value <= 9, month.text.hasPrefix("0") {
                let zero = TextSpan(line: month.span.startLine, columns: month.span.startColumn..<(month.span.startColumn + 1))
                diagnostics.append(context.diagnostic(
                    message("tháng \(month.value) không ghi số 0 phía trước (chỉ tháng 1, 2 mới thêm số 0): “tháng \(month.value)”", "month \(month.value) takes no leading zero (only months 1 and 2 do): “tháng \(month.value)”"),
                    document.range(month.span),
                    fix: Fix(message: message("bỏ số 0", "remove the zero"), edits: [TextEdit(range: document.range(zero), replacement: "")]),
                    severity: .warning))
            }
        }
        for glued in placeDate.gluedNumbers {
            diagnostics.append(context.diagnostic(
                message("thiếu dấu cách trước số trong dòng ngày ban hành (“tháng 11”, không “tháng11”)", "a space is missing before the number on the date line (“tháng 11”, not “tháng11”)"),
                document.range(glued),
                fix: Fix(message: message("thêm dấu cách", "insert a space"), edits: [TextEdit(range: document.range(glued), replacement: " ")])))
        }
        if let split = placeDate.splitYear {
            diagnostics.append(context.diagnostic(
                message("năm ban hành bị tách làm hai (“\(placeDate.year.map(String.init) ?? "")”)", "the year of issue is cut in two (“\(placeDate.year.map(String.init) ?? "")”)"),
                document.range(split),
                fix: Fix(message: message("nối lại năm", "join the year"), edits: [TextEdit(range: document.range(split), replacement: "")])))
        }
        if let day = placeDate.day, let month = placeDate.month, let year = placeDate.year, CivilDate(year: year, month: month, day: day) == nil {
            let fromNgay = TextSpan(startLine: placeDate.ngaySpan.startLine, startColumn: placeDate.ngaySpan.startColumn,
                                    endLine: placeDate.span.endLine, endColumn: placeDate.span.endColumn)
            diagnostics.append(context.diagnostic(message("ngày \(day)/\(month)/\(year) không có thật", "\(day)/\(month)/\(year) is not a real date"),
                                                  document.range(fromNgay)))
        }
        return diagnostics
    }

    private func zeroMissing(_ token: DateToken, what: (String, String), rule: (String, String), _ document: Document, _ context: RuleContext) -> Diagnostic {
        context.diagnostic(
            message("\(rule.0) phải ghi thêm số 0 phía trước: “\(what.0) 0\(token.text)”", "\(rule.1) a leading zero: “\(what.0) 0\(token.text)”"),
            document.range(token.span),
            fix: Fix(message: message("thêm số 0", "add the leading zero"),
                     edits: [TextEdit(range: document.insertion(line: token.span.startLine, column: token.span.startColumn), replacement: "0")]))
    }
}
