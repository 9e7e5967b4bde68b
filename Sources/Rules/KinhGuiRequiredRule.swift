import DocLint

struct KinhGuiRequiredRule: DocumentRule {
    static let description = RuleDescription(
        id: "kinh-gui-required",
        name: "Công văn, tờ trình có Kính gửi",
        summary: message("Công văn và tờ trình có phần “Kính gửi”; báo cáo gửi cấp trên nên có", "A công văn and a tờ trình carry “Kính gửi”; a report to a higher body should"),
        rationale: message("NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9.b và mẫu 1.4 (công văn), 1.5 (tờ trình) Phụ lục III: văn bản gửi cơ quan, cá nhân cụ thể ghi “Kính gửi”. Báo cáo chỉ cần khi gửi cấp trên, nên chỉ nhắc ở mức ghi chú.",
                           "Decree 30/2020, Appendix I, II.9.b and templates 1.4 (công văn) and 1.5 (tờ trình): a document addressed to named bodies carries “Kính gửi”. A report needs it only when sent to a higher body, so it gets a note."),
        source: "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9.b; Phụ lục III, mẫu 1.4, 1.5",
        category: .recipients,
        defaultSeverity: .error,
        nonTriggering: [
            "ỦY BAN NHÂN DÂN\nSố: 15/UBND-VX\nV/v rà soát hồ sơ\n\nKính gửi: Sở Nội vụ.\n\nĐề nghị Sở Nội vụ rà soát./.",
            "ỦY BAN NHÂN DÂN\nSố: 15/KH-UBND\n\nKẾ HOẠCH\nRà soát hồ sơ\n\n1. Mục đích.",
        ],
        triggering: [
            "ỦY BAN NHÂN DÂN\n↓Số: 15/UBND-VX\nV/v rà soát hồ sơ\n\nĐề nghị Sở Nội vụ rà soát./.",
            "ỦY BAN NHÂN DÂN\nSố: 15/TTr-UBND\n\n↓TỜ TRÌNH\nVề việc phê duyệt kế hoạch\n\nỦy ban nhân dân xã kính trình./.",
        ])

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        guard document.kinhGui == nil else { return [] }
        let severity: Severity
        switch document.kind {
        case .congVan: severity = context.severity
        case .toTrinh: severity = min(context.severity, .warning)
        case .baoCao: severity = .note
        default: return []
        }
        guard let anchor = document.title?.span ?? document.header.number?.span ?? document.subject?.span else { return [] }
        let what: (String, String) = switch document.kind {
        case .congVan: ("công văn", "a công văn")
        case .toTrinh: ("tờ trình", "a tờ trình")
        default: ("báo cáo gửi cấp trên", "a report to a higher body")
        }
        return [context.diagnostic(message("\(what.0) thiếu phần “Kính gửi:” nêu cơ quan nhận", "\(what.1) lacks “Kính gửi:” naming its addressees"),
                                   document.range(anchor), severity: severity)]
    }
}
