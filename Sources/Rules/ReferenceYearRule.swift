import DocLint

struct ReferenceYearRule: DocumentRule {
    static let description = RuleDescription(
        id: "reference-year",
        name: "Số Nghị định, Thông tư mang năm ban hành",
        summary: message("Số của Nghị định, Thông tư, Luật có năm ban hành (30/2020/NĐ-CP) và năm đó khớp với ngày được dẫn", "Numbers of Nghị định, Thông tư and laws carry their year (30/2020/NĐ-CP), matching the cited date"),
        rationale: message("Luật Ban hành văn bản quy phạm pháp luật 2015, Điều 10: số, ký hiệu của văn bản quy phạm pháp luật gồm số thứ tự, năm ban hành, tên viết tắt loại văn bản và cơ quan ban hành. “Nghị định số 158/NĐ-CP” thiếu năm; năm trong số khác năm của ngày ban hành là dẫn sai.",
                           "Law on Legal Documents 2015, Art. 10: a legal normative document's number holds its sequence number, year, type and issuer. “Nghị định số 158/NĐ-CP” lacks the year; a year that differs from the cited date is a wrong citation."),
        source: "Luật Ban hành văn bản QPPL 2015, Điều 10",
        category: .references,
        defaultSeverity: .error,
        nonTriggering: [
            "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;",
        ],
        triggering: [
            "Căn cứ ↓Nghị định số 30/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;",
            "Căn cứ ↓Nghị định số 30/2021/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;",
        ])

    static let normativeCodes: Set<String> = ["NĐ", "TT", "TTLT"]

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        document.references.compactMap { reference in
            let named = reference.namedType
            let isNormativeType = named?.isNormative == true && named?.key != "luat"
            switch reference.style {
            case .normative:
                guard let year = reference.year, let written = reference.writtenDate, Int(year) != written.year else { return nil }
                return context.diagnostic(message("năm trong số “\(reference.code)” (\(year)) khác năm ban hành được dẫn (\(written.year))", "the year in “\(reference.code)” (\(year)) differs from the cited date's year (\(written.year))"),
                                          document.range(reference.span))
            case .state:
                guard let code = reference.typeCode, Self.normativeCodes.contains(code), isNormativeType || named == nil else { return nil }
                let year = reference.writtenDate.map { String($0.year) } ?? "<năm>"
                return context.diagnostic(message("số của \(named?.name.lowercased() ?? "văn bản quy phạm pháp luật") phải có năm ban hành: “\(reference.number)/\(year)/\(reference.symbol)”", "a \(named?.name.lowercased() ?? "legal normative document")'s number carries its year: “\(reference.number)/\(year)/\(reference.symbol)”"),
                                          document.range(reference.span))
            default:
                return nil
            }
        }
    }
}
