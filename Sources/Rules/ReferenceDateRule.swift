import DocLint

struct ReferenceDateRule: DocumentRule {
    static let description = RuleDescription(
        id: "reference-date",
        name: "Ngày của văn bản được dẫn hợp lệ",
        summary: message("Ngày ban hành của văn bản được dẫn là ngày có thật và không sau ngày của văn bản này", "A cited document's date is real and not after this document's date"),
        rationale: message("NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6.b: viện dẫn ghi đúng thời gian ban hành; một văn bản không thể dẫn văn bản ban hành sau nó. Bản dự thảo chưa có ngày được so với ngày hôm nay.",
                           "Decree 30/2020, Appendix I, II.6.b: a citation states the cited document's date; no document can cite one issued after it. Undated drafts are compared with today."),
        source: "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6.b",
        category: .references,
        defaultSeverity: .error,
        nonTriggering: [
            "Số: 20/UBND-VX          Lâm Đồng, ngày 05 tháng 3 năm 2026\nV/v rà soát\n\nThực hiện Kế hoạch số 15/KH-UBND ngày 12/01/2026 của Ủy ban nhân dân tỉnh.",
        ],
        triggering: [
            "Số: 20/UBND-VX          Lâm Đồng, ngày 05 tháng 3 năm 2026\nV/v rà soát\n\nThực hiện Kế hoạch số 15/KH-UBND ngày ↓30/02/2026 của Ủy ban nhân dân tỉnh.",
            "Số: 20/UBND-VX          Lâm Đồng, ngày 05 tháng 3 năm 2026\nV/v rà soát\n\nThực hiện Kế hoạch số 15/KH-UBND ngày ↓12/4/2026 của Ủy ban nhân dân tỉnh.",
        ])

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        let limit = document.issueDate ?? context.today
        return document.references.compactMap { reference in
            guard let written = reference.writtenDate, let span = reference.dateSpan else { return nil }
            let range = document.range(span)
            guard let date = written.civil else {
                return context.diagnostic(message("ngày \(written.day)/\(written.month)/\(written.year) của \(reference.code) không phải ngày có thật", "\(written.day)/\(written.month)/\(written.year), the date of \(reference.code), is not a real date"), range)
            }
            guard limit < date else { return nil }
            let against = document.issueDate == nil ? ("hôm nay", "today") : ("ngày ban hành văn bản này", "this document's date")
            return context.diagnostic(message("\(reference.code) được dẫn với ngày \(date.vietnamese), sau \(against.0) (\(limit.vietnamese))", "\(reference.code) is cited as of \(date.vietnamese), after \(against.1) (\(limit.vietnamese))"), range)
        }
    }
}
