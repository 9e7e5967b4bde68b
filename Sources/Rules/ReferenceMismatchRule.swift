import DocLint

struct ReferenceMismatchRule: CrossDocumentRule {
    static let description = RuleDescription(
        id: "reference-mismatch",
        name: "Văn bản được dẫn khớp với sổ đăng ký",
        summary: message("Ngày và tên loại ghi khi dẫn khớp với văn bản có cùng số, ký hiệu trong kho hoặc sổ đăng ký", "The cited date and type agree with the document of that code in the repository or the register"),
        rationale: message("NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6.b: viện dẫn phải đúng thời gian ban hành và tên loại của văn bản được dẫn. Văn bản có cùng số, ký hiệu và cùng năm trong kho mà khác ngày hoặc khác tên loại nghĩa là lần dẫn này sai. Chỉ chạy khi kiểm tra cả thư mục hoặc có sổ đăng ký.",
                           "Decree 30/2020, Appendix I, II.6.b: a citation gives the cited document's real date and type. A document with the same code and year in the repository but another date or type means this citation is wrong. Runs for directories or with a register."),
        source: "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6.b",
        category: .references,
        defaultSeverity: .error,
        nonTriggering: [
            "Thực hiện Kế hoạch số 15/KH-UBND ngày 12/01/2026 của Ủy ban nhân dân tỉnh.",
            "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÂM ĐỒNG\nSố: 20/UBND-VX          Lâm Đồng, ngày 05 tháng 3 năm 2026\nV/v rà soát\n\nThực hiện Kế hoạch số 15/KH-UBND ngày 12/01/2026 của Ủy ban nhân dân tỉnh.\n@@@ b.txt\nỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÂM ĐỒNG\nSố: 15/KH-UBND          Lâm Đồng, ngày 12 tháng 01 năm 2026\n\nKẾ HOẠCH\nRà soát hồ sơ",
        ],
        triggering: [
            "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÂM ĐỒNG\nSố: 20/UBND-VX          Lâm Đồng, ngày 05 tháng 3 năm 2026\nV/v rà soát\n\nThực hiện Kế hoạch số 15/KH-UBND ngày ↓21/01/2026 của Ủy ban nhân dân tỉnh.\n@@@ b.txt\nỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÂM ĐỒNG\nSố: 15/KH-UBND          Lâm Đồng, ngày 12 tháng 01 năm 2026\n\nKẾ HOẠCH\nRà soát hồ sơ",
            "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÂM ĐỒNG\nSố: 20/UBND-VX          Lâm Đồng, ngày 05 tháng 3 năm 2026\nV/v rà soát\n\nThực hiện ↓Quyết định số 15/QĐ-UBND ngày 12/01/2026 của Ủy ban nhân dân tỉnh.\n@@@ b.txt\nỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÂM ĐỒNG\nSố: 15/QĐ-UBND          Lâm Đồng, ngày 12 tháng 01 năm 2026\n\nKẾ HOẠCH\nRà soát hồ sơ",
        ])

    static let registerScope = RegisterScope.wholeRepository

    /// Every citation with what it says of the cited document's date and type.
    struct Pending: CrossDocumentPending {
        struct Citation: Sendable {
            let code: String, year: Int?, date: String?, writtenDate: WrittenDate?
            let typeWord: String?, namedTypeKey: String?
            let range: SourceRange, dateRange: SourceRange
        }
        let citations: [Citation]
        var lines: [Int] { citations.flatMap { [$0.range.start.line, $0.dateRange.start.line] } }
    }

    func collect(_ document: Document, _ context: RuleContext) -> Pending? {
        // Only a citation that gives a date or names a type can disagree with the register.
        let citations = document.references.compactMap { reference -> Pending.Citation? in
            let namedTypeKey = reference.namedType?.key
            guard reference.date != nil || (namedTypeKey != nil && namedTypeKey != "van ban") else { return nil }
            return Pending.Citation(code: reference.code, year: reference.writtenDate?.year, date: reference.date, writtenDate: reference.writtenDate,
                                    typeWord: reference.typeWord, namedTypeKey: namedTypeKey,
                                    range: document.range(reference.span), dateRange: document.range(reference.dateSpan ?? reference.span))
        }
        return citations.isEmpty ? nil : Pending(citations: citations)
    }

    func resolve(_ pending: Pending, file: String, _ context: RuleContext) -> [Diagnostic] {
        guard let register = context.register else { return [] }
        var diagnostics: [Diagnostic] = []
        for citation in pending.citations {
            let year = citation.year
            let candidates = register.entries(code: citation.code).filter { $0.file != file && (year == nil || $0.year == nil || $0.year == year) }
            guard candidates.count == 1, let found = candidates.first else { continue }
            let where_ = found.file.map { "\($0)\(found.line.map { ":\($0)" } ?? "")" } ?? "sổ đăng ký"
            let whereEN = found.file.map { "\($0)\(found.line.map { ":\($0)" } ?? "")" } ?? "the register"
            if let date = citation.date, let registered = found.date, date != registered, let shown = CivilDate(iso: registered) {
                diagnostics.append(context.diagnostic(
                    message("\(citation.code) được dẫn với ngày \(citation.writtenDate.map { "\($0.day)/\($0.month)/\($0.year)" } ?? date) nhưng văn bản trong kho (\(where_)) ban hành ngày \(shown.vietnamese)",
                            "\(citation.code) is cited as of \(date) but the document in the repository (\(whereEN)) is dated \(registered)"),
                    citation.dateRange))
            }
            if let named = citation.namedTypeKey, named != "van ban", let type = found.type,
               VietnameseFold.fold(type) != named, !(named == "cong van" && type == "CÔNG VĂN") {
                diagnostics.append(context.diagnostic(
                    message("\(citation.code) được gọi là “\(citation.typeWord ?? "")” nhưng văn bản trong kho (\(where_)) là \(type.lowercased())",
                            "\(citation.code) is called “\(citation.typeWord ?? "")” but the document in the repository (\(whereEN)) is a \(type.lowercased())"),
                    citation.range))
            }
        }
        return diagnostics
    }
}
