import DocLint

struct ReferenceConsistencyRule: DocumentRule {
    static let description = RuleDescription(
        id: "reference-consistency",
        name: "Dẫn cùng một văn bản nhất quán",
        summary: message("Cùng một số, ký hiệu được dẫn với cùng ngày ban hành và cùng tên loại trong toàn văn bản", "The same code is cited with one date and one type throughout the document"),
        rationale: message("NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6.b: các lần dẫn sau được ghi tắt nhưng phải chỉ cùng một văn bản; cùng ký hiệu mà khác ngày hoặc khác tên loại nghĩa là một trong hai lần dẫn bị sai.",
                           "Decree 30/2020, Appendix I, II.6.b: later citations may be short but must name the same document; one code with two dates or two types means one citation is wrong."),
        source: "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6.b",
        category: .references,
        defaultSeverity: .error,
        nonTriggering: [
            "Thực hiện Kế hoạch số 15/KH-UBND ngày 12/01/2026 của Ủy ban nhân dân tỉnh. Theo Kế hoạch số 15/KH-UBND ngày 12/01/2026, Sở Nội vụ chủ trì.",
        ],
        triggering: [
            "Thực hiện Kế hoạch số 15/KH-UBND ngày 12/01/2026 của Ủy ban nhân dân tỉnh. Theo ↓Kế hoạch số 15/KH-UBND ngày 21/01/2026, Sở Nội vụ chủ trì.",
            "Thực hiện Thông báo số 02-TB/BCĐ ngày 12/01/2026 của Ban Chỉ đạo. Theo ↓Kết luận số 02-TB/BCĐ, Sở Nội vụ chủ trì.",
        ])

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        var firstDated: [String: Reference] = [:]
        var firstTyped: [String: Reference] = [:]
        var diagnostics: [Diagnostic] = []
        for reference in document.references {
            if let date = reference.date {
                if let earlier = firstDated[reference.code], let earlierDate = earlier.date, earlierDate != date {
                    diagnostics.append(context.diagnostic(
                        message("\(reference.code) được dẫn với ngày \(Self.show(reference)) nhưng ở dòng \(earlier.line) là ngày \(Self.show(earlier))", "\(reference.code) is cited as of \(Self.show(reference)) here but \(Self.show(earlier)) on line \(earlier.line)"),
                        document.range(reference.span)))
                } else if firstDated[reference.code] == nil {
                    firstDated[reference.code] = reference
                }
            }
            if let type = reference.namedType, type.key != "van ban" {
                if let earlier = firstTyped[reference.code], let earlierType = earlier.namedType, earlierType.key != type.key {
                    diagnostics.append(context.diagnostic(
                        message("\(reference.code) được gọi là “\(reference.typeWord ?? "")” nhưng ở dòng \(earlier.line) là “\(earlier.typeWord ?? "")”", "\(reference.code) is called “\(reference.typeWord ?? "")” here but “\(earlier.typeWord ?? "")” on line \(earlier.line)"),
                        document.range(reference.span)))
                } else if firstTyped[reference.code] == nil {
                    firstTyped[reference.code] = reference
                }
            }
        }
        return diagnostics
    }

    static func show(_ reference: Reference) -> String {
        reference.writtenDate.map { "\($0.day)/\($0.month)/\($0.year)" } ?? (reference.date ?? "?")
    }
}
