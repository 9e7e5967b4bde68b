import DocLint

struct TitleRule: DocumentRule {
    static let description = RuleDescription(
        id: "title",
        name: "Tên loại và trích yếu",
        summary: message("Văn bản có tên loại ghi tên loại và trích yếu; công văn ghi “V/v …” thay cho tên loại",
                         "A named document carries its type name and a summary; a công văn carries “V/v …” instead"),
        rationale: message("NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.5: tên loại văn bản in hoa, đặt canh giữa, trích yếu đặt ngay dưới; công văn không có tên loại, trích yếu ghi sau chữ “V/v” dưới số, ký hiệu. “V/v” chỉ dùng cho công văn.",
                           "Decree 30/2020, Appendix I, II.5: the type name is in capitals and centred with the summary right below it; a công văn has no type name and carries its summary after “V/v” under the number. “V/v” belongs to công văn only."),
        source: "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.5",
        category: .title,
        defaultSeverity: .error,
        needsExactText: true,
        nonTriggering: [
            "ỦY BAN NHÂN DÂN\nSố: 15/KH-UBND\n\nKẾ HOẠCH\nRà soát hồ sơ lưu trữ năm 2026\n\n1. Mục đích.",
            "ỦY BAN NHÂN DÂN\nSố: 15/UBND-VX\nV/v rà soát hồ sơ\n\nKính gửi: Sở Nội vụ.",
        ],
        triggering: [
            "ỦY BAN NHÂN DÂN\nSố: 15/KH-UBND\n\n↓KẾ HOẠCH\n\n1. Mục đích.",
            "ỦY BAN NHÂN DÂN\n↓Số: 15/UBND-VX\n\nKính gửi: Sở Nội vụ.\n\n1. Giao Sở Nội vụ rà soát hồ sơ.",
            "ỦY BAN NHÂN DÂN\nSố: 15/KH-UBND\n\nKẾ HOẠCH\nRà soát hồ sơ\n↓V/v rà soát hồ sơ\n\n1. Mục đích.",
        ])

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        if let title = document.title {
            var diagnostics: [Diagnostic] = []
            if title.summary.trimmingWhitespace.isEmpty {
                diagnostics.append(context.diagnostic(message("thiếu trích yếu dưới tên loại “\(title.type)”", "the summary below the type name “\(title.type)” is missing"),
                                                      document.range(title.span)))
            }
            // A "V/v" line in a titled document: the parser reads it as part of the summary.
            if let vv = title.summaryLines.map({ $0 - 1 }).first(where: { document.source.lines[$0].folded.dropFirst(document.source.lines[$0].indentation).starts(with: Array("v/v".utf8)) }) {
                let line = document.source.lines[vv]
                diagnostics.append(context.diagnostic(message("“V/v” chỉ dùng cho công văn; văn bản “\(title.type)” ghi trích yếu ngay dưới tên loại, không có “V/v”", "“V/v” is for công văn only; a “\(title.type)” carries its summary under the type name without “V/v”"),
                                                      document.range(TextSpan(line: vv, columns: line.indentation..<line.trimmedEnd))))
            }
            return diagnostics
        }
        // No type name: a numbered công văn must say what it is about.
        guard document.subject == nil, let number = document.header.number, number.style == .stateCongVan || number.typeCode == "CV" else { return [] }
        return [context.diagnostic(message("công văn thiếu trích yếu “V/v …” dưới số, ký hiệu", "the công văn lacks its “V/v …” summary under the number"),
                                   document.range(number.span))]
    }

}
