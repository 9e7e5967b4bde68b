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
        nonTriggering: [
            "ỦY BAN NHÂN DÂN\nSố: 15/KH-UBND\n\nKẾ HOẠCH\nRà soát hồ sơ lưu trữ năm 2026\n\n1. Mục đích.",
            "ỦY BAN NHÂN DÂN\nSố: 15/UBND-VX\nV/v rà soát hồ sơ\n\nKính gửi: Sở Nội vụ.",
            // A web copy of a header table, whose title line extraction lost; a title with its
            // summary on one line.
            "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 15/KH-UBND | Lâm Đồng, ngày 05 tháng 3 năm 2026 |\nThực hiện Quyết định số 12/QĐ-UBND ngày 02/3/2026 của UBND tỉnh, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n1. Mục đích",
            "ĐẢNG CỘNG SẢN VIỆT NAM\nSố 15-HD/VPTU\nLâm Đồng, ngày 05 tháng 3 năm 2026\n\nHƯỚNG DẪN VỀ CÔNG TÁC VĂN THƯ\n\nThực hiện Quy định của Ban Thường vụ.",
            // A summary may open with a căn cứ word; a phrase, not the opening sentence.
            "ỦY BAN NHÂN DÂN\nSố: 15/KH-UBND\n\nKẾ HOẠCH\nThực hiện Nghị quyết số 12/NQ-HĐND của Hội đồng nhân dân tỉnh\nvề phát triển du lịch năm 2027\n\nI. MỤC ĐÍCH, YÊU CẦU",
            // Mẫu 1.8: a Giấy giới thiệu names its errand in the body, under no summary.
            "ỦY BAN NHÂN DÂN\nSố: 41/GGT-UBND\nLâm Đồng, ngày 05 tháng 3 năm 2026\n\nGIẤY GIỚI THIỆU\n\nỦy ban nhân dân xã trân trọng giới thiệu:\nBà: Lê Thị Hoa, công chức Tư pháp - Hộ tịch.\nĐược cử đến: Sở Tư pháp.\nVề việc: Nộp hồ sơ đăng ký hộ tịch.",
        ],
        triggering: [
            "ỦY BAN NHÂN DÂN\nSố: 15/KH-UBND\n\n↓KẾ HOẠCH\n\n1. Mục đích.",
            "ỦY BAN NHÂN DÂN\nSố: 15/KH-UBND\n\n↓KẾ HOẠCH\nThực hiện Quyết định số 12/QĐ-UBND ngày 05/01/2027 của Ủy ban nhân dân tỉnh, Sở Nội vụ ban hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU",
            // Mẫu 1.4 covers the giấy ủy quyền: its summary names what is delegated.
            "SỞ NỘI VỤ\nSố: 03/GUQ-SNV\n\n↓GIẤY ỦY QUYỀN\n\nTôi: Trần Văn B, Giám đốc Sở Nội vụ.\nỦy quyền cho: Ông Lê Văn C.",
            "ỦY BAN NHÂN DÂN\nSố: 15/BC-UBND\nLâm Đồng, ngày 05 tháng 3 năm 2026\n\n↓Kết quả rà soát hồ sơ lưu trữ năm 2025\n\nI. KẾT QUẢ",
            "ỦY BAN NHÂN DÂN\n↓Số: 15/UBND-VX\n\nKính gửi: Sở Nội vụ.\n\n1. Giao Sở Nội vụ rà soát hồ sơ.",
            "ỦY BAN NHÂN DÂN\nSố: 15/KH-UBND\n\nKẾ HOẠCH\nRà soát hồ sơ\n↓V/v rà soát hồ sơ\n\n1. Mục đích.",
        ])

    /// Types whose template has no summary: Mẫu 1.8 Giấy giới thiệu and Mẫu 1.10 Giấy nghỉ phép
    /// (Phụ lục III) carry their content in the body's fields ("Về việc: …"), folded.
    static let typesWithoutSummary: Set<String> = ["giay gioi thieu", "giay nghi phep"]

    /// A header table flattened with "|" by a web copy ("Số: 12/KH-UBND | Hà Nội, ngày …") often loses
    /// the title's or the V/v's own line in extraction: what is missing there is not judged.
    static func headerWasFlattenedTable(_ document: Document) -> Bool {
        guard let numberLine = document.header.number?.span.startLine else { return false }
        return document.source.lines[numberLine].scalars.contains("|")
    }

    /// The line right after the header when it reads as a trích yếu: body text (not căn cứ, not a
    /// numbered item), short, without a final stop or colon.
    static func orphanSummary(_ document: Document) -> Int? {
        let header = document.header
        let ends = [header.number?.span.endLine, header.placeDate?.span.endLine, header.motto?.span.endLine, header.nationalTitle?.span.endLine].compactMap { $0 }
        guard let headerEnd = ends.max() else { return nil }
        let lines = document.source.lines
        if headerWasFlattenedTable(document) { return nil }
        guard let next = ((headerEnd + 1)..<lines.count).first(where: { !lines[$0].isBlank }), next == document.bodyLines.first,
              document.sections.first.map({ $0.line - 1 != next }) ?? true else { return nil }
        let line = lines[next]
        guard line.trimmedEnd - line.indentation < 200, !line.ends(with: "."), !line.ends(with: ":") else { return nil }
        return next
    }

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        if let title = document.title {
            var diagnostics: [Diagnostic] = []
            if title.summary.trimmingWhitespace.isEmpty, !Self.typesWithoutSummary.contains(VietnameseFold.fold(title.type.collapsingSpaces)) {
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
        // No type name though the code names one ("246/BC-UBND" with no "BÁO CÁO" line).
        // Only when the trích yếu is there without it: a web copy that lost the whole title block
        // (header, then "Căn cứ …") is not judged on what it lost.
        if document.subject == nil, let number = document.header.number, let code = number.typeCode, code != "CV",
           let type = DocumentTypes.types(forCode: code, party: number.style == .party).first(where: { DocumentTypes.titleTypes.map(\.key).contains($0.key) }),
           let summary = Self.orphanSummary(document),
           // "HƯỚNG DẪN VỀ THỂ THỨC …": the type name opens the line, its summary beside it.
           !String(decoding: document.source.lines[summary].folded.dropFirst(document.source.lines[summary].indentation), as: UTF8.self).hasPrefix(type.key) {
            return [context.diagnostic(message("thiếu tên loại văn bản “\(type.name)” (ký hiệu “\(code)”) trước trích yếu", "the type name “\(type.name)” (code “\(code)”) is missing above the summary"),
                                       document.source.lineRange(summary))]
        }
        // No type name: a numbered công văn must say what it is about.
        guard document.subject == nil, let number = document.header.number, number.style == .stateCongVan || number.typeCode == "CV",
              !Self.headerWasFlattenedTable(document) else { return [] }
        return [context.diagnostic(message("công văn thiếu trích yếu “V/v …” dưới số, ký hiệu", "the công văn lacks its “V/v …” summary under the number"),
                                   document.range(number.span))]
    }

}
