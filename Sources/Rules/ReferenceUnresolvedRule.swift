import DocLint

struct ReferenceUnresolvedRule: CrossDocumentRule {
    static let description = RuleDescription(
        id: "reference-unresolved",
        name: "Văn bản được dẫn có trong kho",
        summary: message("Văn bản cùng cơ quan ban hành được dẫn phải có trong kho văn bản đang kiểm tra hoặc trong sổ đăng ký (register)", "A cited document of the same issuer is in the checked repository or in the register"),
        rationale: message("NĐ 30/2020/NĐ-CP, Điều 15 và Phụ lục I, mục II.6.b: văn bản đi được đăng ký và viện dẫn bằng số, ký hiệu; một văn bản cùng cơ quan được dẫn mà không có trong kho hay sổ đăng ký có thể là dẫn sai số, hoặc kho còn thiếu. Chỉ chạy khi kiểm tra cả thư mục hoặc rules.yml có “register”. Mặc định là ghi chú.",
                           "Decree 30/2020, Art. 15 and Appendix I, II.6.b: outgoing documents are registered and cited by number and code; a cited document of the same issuer that is neither in the repository nor in the register is a wrong number or a gap. Runs for directories or with a register in rules.yml. A note by default."),
        source: "NĐ 30/2020/NĐ-CP, Điều 15; Phụ lục I, mục II.6.b",
        category: .references,
        defaultSeverity: .note,
        nonTriggering: [
            "ỦY BAN NHÂN DÂN\nSố: 20/UBND-VX\nV/v rà soát\n\nThực hiện Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ, Sở Nội vụ hướng dẫn.",
            // The appendix of a decision names the decision itself.
            "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÂM ĐỒNG\nSố: 31/QĐ-UBND          Lâm Đồng, ngày 05 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\nVề việc khen thưởng\n\nĐiều 1. Tặng Giấy khen cho 02 tập thể (có danh sách kèm theo).\n\nDANH SÁCH\n(Kèm theo Quyết định số 31/QĐ-UBND ngày 05/3/2026 của Ủy ban nhân dân tỉnh)\n1. Phòng Nội vụ.\n@@@ b.txt\nỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÂM ĐỒNG\nSố: 15/KH-UBND          Lâm Đồng, ngày 12 tháng 01 năm 2026\n\nKẾ HOẠCH\nRà soát hồ sơ",
            "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÂM ĐỒNG\nSố: 20/UBND-VX          Lâm Đồng, ngày 05 tháng 3 năm 2026\nV/v rà soát\n\nThực hiện Kế hoạch số 15/KH-UBND ngày 12/01/2026 của Ủy ban nhân dân tỉnh, Sở Nội vụ hướng dẫn.\n@@@ b.txt\nỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÂM ĐỒNG\nSố: 15/KH-UBND          Lâm Đồng, ngày 12 tháng 01 năm 2026\n\nKẾ HOẠCH\nRà soát hồ sơ",
        ],
        triggering: [
            "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÂM ĐỒNG\nSố: 20/UBND-VX          Lâm Đồng, ngày 05 tháng 3 năm 2026\nV/v rà soát\n\nThực hiện ↓Kế hoạch số 15/KH-UBND ngày 12/01/2026 của Ủy ban nhân dân tỉnh, Sở Nội vụ hướng dẫn.\n@@@ b.txt\nỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÂM ĐỒNG\nSố: 16/KH-UBND          Lâm Đồng, ngày 02 tháng 3 năm 2026\n\nKẾ HOẠCH\nRà soát hồ sơ",
        ])

    static let registerScope = RegisterScope.wholeRepository

    /// The citations of the document's own issuer, one per code.
    struct Pending: CrossDocumentPending {
        struct Citation: Sendable { let code: String, typeWord: String?, year: Int?, range: SourceRange }
        let citations: [Citation]
        var lines: [Int] { citations.map(\.range.start.line) }
    }

    func collect(_ document: Document, _ context: RuleContext) -> Pending? {
        guard let own = document.header.number, let symbol = own.symbol,
              let ownIssuer = DocumentRegister.issuerGroup(symbol: symbol, style: own.style) else { return nil }
        let ownCode = RegisterEntry.code(of: own).map(DocumentRegister.normalise)
        let ownYear = document.issueDate?.year
        var seen = Set<String>()
        let citations = document.references.compactMap { reference -> Pending.Citation? in
            let code = DocumentRegister.normalise(reference.code)
            // An appendix's "(Kèm theo Quyết định số … ngày …)" cites the document itself.
            if code == ownCode, ownYear == nil || reference.writtenDate.map({ $0.year == ownYear }) ?? true { return nil }
            guard seen.insert(code).inserted,
                  [.state, .stateCongVan, .party].contains(reference.style),
                  DocumentRegister.issuerGroup(symbol: reference.symbol, style: reference.style) == ownIssuer else { return nil }
            return Pending.Citation(code: reference.code, typeWord: reference.typeWord, year: reference.writtenDate?.year, range: document.range(reference.span))
        }
        return citations.isEmpty ? nil : Pending(citations: citations)
    }

    func resolve(_ pending: Pending, file: String, _ context: RuleContext) -> [Diagnostic] {
        guard let register = context.register else { return [] }
        return pending.citations.compactMap { citation in
            let candidates = register.entries(code: citation.code).filter { $0.file != file }
            let year = citation.year
            if candidates.contains(where: { year == nil || $0.year == nil || $0.year == year }) { return nil }
            return context.diagnostic(message("\(citation.typeWord ?? "văn bản") số \(citation.code)\(year.map { " (năm \($0))" } ?? "") không có trong kho văn bản đang kiểm tra hay sổ đăng ký; kiểm tra lại số, ký hiệu",
                                              "\(citation.code)\(year.map { " (\($0))" } ?? "") is neither in the checked repository nor in the register; check the number"),
                                      citation.range)
        }
    }
}
