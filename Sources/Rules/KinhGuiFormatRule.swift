import DocLint

struct KinhGuiFormatRule: DocumentRule {
    static let description = RuleDescription(
        id: "kinh-gui-format",
        name: "Cách ghi Kính gửi",
        summary: message("“Kính gửi:” có dấu hai chấm; một nơi nhận ghi cùng dòng, kết thúc “.”; nhiều nơi nhận mỗi dòng “- …;”, dòng cuối “.”",
                         "“Kính gửi:” takes a colon; one addressee on the same line ending “.”; several, one per line “- …;”, the last ending “.”"),
        rationale: message("NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9.d và mẫu 1.4 Phụ lục III: sau “Kính gửi” có dấu hai chấm; gửi một nơi thì ghi cùng dòng, không bắt buộc dấu chấm (mẫu “Kính gửi: Bộ Nội vụ”); gửi nhiều nơi thì mỗi nơi một dòng, đầu dòng gạch đầu dòng, cuối dòng dấu chấm phẩy, dòng cuối dấu chấm. Văn bản của Đảng (HD 36-HD/VPTW) ngăn các nơi nhận bằng dấu phẩy.",
                           "Decree 30/2020, Appendix I, II.9.d and template 1.4: “Kính gửi” takes a colon; a single addressee goes on the same line, a stop optional (“Kính gửi: Bộ Nội vụ”); several go one per line with a dash, a semicolon at the end and a full stop after the last. Party documents (HD 36-HD/VPTW) separate addressees with commas."),
        source: "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9.d; Phụ lục III, mẫu 1.4",
        category: .recipients,
        defaultSeverity: .warning,
        needsExactText: true,
        nonTriggering: [
            "V/v rà soát hồ sơ\n\nKính gửi: Sở Nội vụ.\n\nĐề nghị Sở rà soát.",
            "V/v rà soát hồ sơ\n\nKính gửi:\n- Sở Nội vụ;\n- Sở Tài chính.\n\nĐề nghị các Sở rà soát.",
            "V/v rà soát hồ sơ\n\nKính gửi: Sở Nội vụ\n\nĐề nghị Sở rà soát.",
            "V/v rà soát hồ sơ\n\nKính gửi:\n\nBan Chỉ đạo chuyển đổi số các xã, phường\n\nĐề nghị Ban Chỉ đạo rà soát.",
            "ĐẢNG CỘNG SẢN VIỆT NAM\nSố 15-CV/ĐU\nV/v chuẩn bị hội nghị\n\nKính gửi:\n- Các chi bộ trực thuộc,\n- Các đồng chí Đảng ủy viên.\n\nĐề nghị các chi bộ chuẩn bị.",
            // One body, its places listed with commas.
            "V/v rà soát hồ sơ\n\nKính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\n\nĐề nghị các tỉnh rà soát.",
        ],
        triggering: [
            "V/v rà soát hồ sơ\n\n↓Kính gửi Sở Nội vụ.\n\nĐề nghị Sở rà soát.",
            "V/v rà soát hồ sơ\n\nKính gửi:\n- Sở Nội vụ;\n- Sở Tài chính↓\n\nĐề nghị các Sở rà soát.",
            "V/v rà soát hồ sơ\n\nKính gửi: Sở Nội vụ↓;\n\nĐề nghị Sở rà soát.",
            "V/v rà soát hồ sơ\n\n↓Kính gửi:\n\nĐề nghị các cơ quan rà soát.",
            "V/v rà soát hồ sơ\n\nKính gửi:\n- Sở Nội vụ↓\n- Sở Tài chính↓;\n\nĐề nghị các Sở rà soát.",
            "V/v phòng, chống dịch\n\nKính gửi: ↓Sở Giáo dục và Đào tạo, Trung tâm Y tế huyện, Ủy ban nhân dân các xã.\n\nĐề nghị các đơn vị triển khai.",
        ],
        corrections: [
            RuleCorrection("V/v rà soát hồ sơ\n\nKính gửi:\n- Sở Nội vụ\n- Sở Tài chính;\n\nĐề nghị các Sở rà soát.",
                           "V/v rà soát hồ sơ\n\nKính gửi:\n- Sở Nội vụ;\n- Sở Tài chính.\n\nĐề nghị các Sở rà soát."),
            RuleCorrection("V/v rà soát hồ sơ\n\nKính gửi Sở Nội vụ.\n\nĐề nghị Sở rà soát.", "V/v rà soát hồ sơ\n\nKính gửi: Sở Nội vụ.\n\nĐề nghị Sở rà soát."),
        ])

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        guard let kinhGui = document.kinhGui else { return [] }
        var diagnostics: [Diagnostic] = []
        let line = document.source.lines[kinhGui.span.startLine]
        let labelStart = line.indentation
        let labelEnd = min(line.scalars.count, labelStart + 8)   // "Kính gửi"
        let labelSpan = TextSpan(line: kinhGui.span.startLine, columns: labelStart..<labelEnd)
        if labelEnd >= line.scalars.count || line.scalars[labelEnd] != ":" {
            diagnostics.append(context.diagnostic(message("thiếu dấu hai chấm sau “Kính gửi”", "missing colon after “Kính gửi”"), document.range(labelSpan),
                                                  fix: Fix(message: message("thêm “:”", "insert “:”"), edits: [TextEdit(range: document.insertion(line: labelSpan.startLine, column: labelEnd), replacement: ":")])))
        }
        if line.slice(labelSpan.startColumn..<labelSpan.endColumn).isAllCaps {
            diagnostics.append(context.diagnostic(message("“Kính gửi” không viết in hoa toàn bộ", "“Kính gửi” is not written in capitals"), document.range(labelSpan)))
        }
        let items = document.recipients
        guard !items.isEmpty else {
            // Without its colon the label and the addressee run together ("Kính gửi Sở Nội vụ."): that
            // finding is above. Empty means nothing at all after the label.
            guard line.trimmedEnd <= labelEnd + 1 else { return diagnostics }
            diagnostics.append(context.diagnostic(message("“Kính gửi:” chưa ghi cơ quan, đơn vị nhận", "“Kính gửi:” names no addressee"), document.range(kinhGui.span)))
            return diagnostics
        }
        for (position, item) in items.enumerated() {
            let isLast = position == items.count - 1
            let onLabelLine = item.span.startLine == kinhGui.span.startLine
            if items.count > 1, !onLabelLine, !document.itemDash(item).hasDash {
                diagnostics.append(context.diagnostic(message("mỗi nơi nhận bắt đầu bằng gạch đầu dòng “- ”", "each addressee starts with “- ”"), document.range(item.span)))
            }
            let last = item.text.unicodeScalars.last
            let end = document.insertion(line: item.span.endLine, column: item.span.endColumn)
            if isLast {
                let lastMessage = items.count == 1
                    ? message("nơi nhận duy nhất sau “Kính gửi:” không kết thúc bằng “\(last.map(String.init) ?? "")”: bỏ dấu hoặc thay bằng dấu chấm", "a single addressee after “Kính gửi:” does not end with “\(last.map(String.init) ?? "")”: drop it or use a full stop")
                    : message("nơi nhận cuối cùng kết thúc bằng dấu chấm “.”", "the last addressee ends with a full stop")
                if last == ";" || last == "," {
                    diagnostics.append(context.diagnostic(lastMessage,
                                                          document.range(document.lastScalarSpan(item)),
                                                          fix: Fix(message: message("thay bằng dấu chấm", "replace with a full stop"), edits: [TextEdit(range: document.range(document.lastScalarSpan(item)), replacement: ".")])))
                } else if last != ".", items.count > 1 {
                    // One addressee on the label line takes no stop: NĐ 30, Phụ lục I, II.9 shows
                    // “Kính gửi: Bộ Nội vụ”.
                    // A missing final stop is typography a văn thư lets pass (severity policy): a note.
                    diagnostics.append(context.diagnostic(lastMessage, end,
                                                          fix: Fix(message: message("thêm dấu chấm", "add a full stop"), edits: [TextEdit(range: end, replacement: ".")]),
                                                          severity: .note))
                }
            } else if last != ";", !(last == "," && document.regime == .party) {
                // HD 36 (Party documents) separates the addressees with commas.
                if last == "." || last == "," {
                    diagnostics.append(context.diagnostic(message("mỗi nơi nhận (trừ nơi cuối) kết thúc bằng dấu chấm phẩy “;”", "each addressee but the last ends with “;”"),
                                                          document.range(document.lastScalarSpan(item)),
                                                          fix: Fix(message: message("thay bằng “;”", "replace with “;”"), edits: [TextEdit(range: document.range(document.lastScalarSpan(item)), replacement: ";")])))
                } else {
                    diagnostics.append(context.diagnostic(message("mỗi nơi nhận (trừ nơi cuối) kết thúc bằng dấu chấm phẩy “;”", "each addressee but the last ends with “;”"), end,
                                                          fix: Fix(message: message("thêm “;”", "add “;”"), edits: [TextEdit(range: end, replacement: ";")])))
                }
            }
        }
        // Several addressees run together on the label line ("Kính gửi: Sở A, Trung tâm B, Ủy ban C."):
        // one per line. A comma inside one name ("Ủy ban nhân dân các tỉnh, thành phố") is followed
        // by a small letter, a new addressee by the capital of a body's name.
        if document.regime != .party, items.count == 1, items[0].span.startLine == kinhGui.span.startLine,
           Self.addresseeCount(line, from: items[0].span.startColumn) > 1 {
            diagnostics.append(context.diagnostic(
                message("gửi nhiều nơi thì mỗi nơi nhận một dòng: “Kính gửi:” rồi “- <nơi nhận>;”, dòng cuối kết thúc “.”",
                        "several addressees go one per line: “Kính gửi:” then “- <addressee>;”, the last ending “.”"),
                document.range(items[0].span)))
        }
        return diagnostics
    }

    /// Bodies named in a run of addressees on `line` from `column`: one, plus each "," or ";"
    /// followed by a body's name.
    static func addresseeCount(_ line: SourceLine, from column: Int) -> Int {
        var count = 1
        for separator in column..<line.trimmedEnd where line.scalars[separator] == "," || line.scalars[separator] == ";" {
            var next = separator + 1
            while next < line.trimmedEnd, line.scalars[next] == " " { next += 1 }
            if line.startsBodyName(at: next) { count += 1 }
        }
        return count
    }
}
