import DocLint

struct ReferenceTypeMatchRule: DocumentRule {
    static let description = RuleDescription(
        id: "reference-type-match",
        name: "Tên loại khớp ký hiệu văn bản được dẫn",
        summary: message("Tên loại của văn bản được dẫn khớp với chữ viết tắt trong ký hiệu (Kế hoạch ↔ KH, Quyết định ↔ QĐ)", "The cited type word matches the type group of its code (Kế hoạch ↔ KH, Quyết định ↔ QĐ)"),
        rationale: message("NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.3.b và Phụ lục III: ký hiệu gồm chữ viết tắt tên loại văn bản, nên “Kế hoạch số 12/QĐ-UBND” là dẫn sai loại hoặc sai số. Công văn không có nhóm chữ tên loại.",
                           "Decree 30/2020, Appendix I, II.3.b and Appendix III: the code carries the type's abbreviation, so “Kế hoạch số 12/QĐ-UBND” cites the wrong type or number. A công văn has no type group."),
        source: "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.3.b; Phụ lục III",
        category: .references,
        defaultSeverity: .error,
        nonTriggering: [
            // Stripped text: "HD" may be the "HĐ" of a contract or the "HD" of a guide; not judged.
            "Thuc hien Huong dan so 04/HD-BCD ngay 12/01/2026 cua Ban Chi dao tinh ve viec to chuc cac hoat dong ky niem, cac so, nganh va dia phuong trien khai thuc hien cac nhiem vu duoc giao.",
            "Thực hiện Kế hoạch số 15/KH-UBND ngày 12/01/2026 và Công văn số 120/UBND-VX ngày 20/01/2026 của Ủy ban nhân dân tỉnh.",
            "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ và Kết luận số 12-KL/TU ngày 03/02/2026 của Tỉnh ủy.",
        ],
        triggering: [
            "Thực hiện ↓Kế hoạch số 12/QĐ-UBND ngày 12/01/2026 của Ủy ban nhân dân tỉnh.",
            "Thực hiện ↓Kế hoạch số 120/UBND-VX ngày 12/01/2026 của Ủy ban nhân dân tỉnh.",
            "Thực hiện ↓Công văn số 12/KH-UBND ngày 12/01/2026 của Ủy ban nhân dân tỉnh.",
        ])

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        document.references.compactMap { reference in
            guard let named = reference.namedType, named.key != "van ban" else { return nil }
            let isCongVan = named.key == "cong van"
            switch reference.style {
            case .stateCongVan:
                guard !isCongVan, named.stateCode != nil else { return nil }
                return context.diagnostic(message("“\(reference.typeWord!) số \(reference.code)”: ký hiệu dạng công văn (không có chữ viết tắt tên loại) nhưng tên loại là \(named.name.lowercased()); kiểm tra lại tên loại hoặc số, ký hiệu",
                                                  "“\(reference.typeWord!) số \(reference.code)”: a công văn code (no type group) cited as \(named.name.lowercased()); check the type or the code"),
                                          document.range(reference.span))
            case .state, .normative, .party:
                let coded = reference.codedTypes
                guard !coded.isEmpty, !coded.contains(where: { $0.key == named.key }) else { return nil }
                if document.textCondition == .ocrDegraded, let written = reference.typeCode,
                   ([named.stateCode].compactMap { $0 } + named.partyCodes).contains(where: { DocumentTypes.codesReadAlike($0, written) }) { return nil }
                if isCongVan && reference.style != .party {
                    return context.diagnostic(message("“\(reference.typeWord!) số \(reference.code)”: ký hiệu “\(reference.typeCode!)” là của \(coded[0].name.lowercased()), không phải công văn",
                                                      "“\(reference.typeWord!) số \(reference.code)”: “\(reference.typeCode!)” is the code of a \(coded[0].name.lowercased()), not a công văn"),
                                              document.range(reference.span))
                }
                let expected = reference.style == .party ? named.partyCodes.first : named.stateCode
                return context.diagnostic(message("“\(reference.typeWord!) số \(reference.code)”: ký hiệu “\(reference.typeCode!)” là của \(coded[0].name.lowercased())\(expected.map { "; \(named.name.lowercased()) mang ký hiệu “\($0)”" } ?? "")",
                                                  "“\(reference.typeWord!) số \(reference.code)”: “\(reference.typeCode!)” is the code of a \(coded[0].name.lowercased())\(expected.map { "; a \(named.name.lowercased()) carries “\($0)”" } ?? "")"),
                                          document.range(reference.span))
            default:
                return nil
            }
        }
    }
}
