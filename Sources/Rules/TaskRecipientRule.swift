import DocLint
import Foundation

struct TaskRecipientRule: DocumentRule {
    static let description = RuleDescription(
        id: "task-recipient",
        name: "Cơ quan được giao việc nhận được văn bản",
        summary: message("Cơ quan được giao nhiệm vụ trong công văn có trong “Kính gửi” hoặc “Nơi nhận”", "A body a công văn gives work to is among its addressees or its distribution"),
        rationale: message("NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6 và II.9: công văn ghi “Kính gửi” các cơ quan có trách nhiệm giải quyết, “Nơi nhận” các cơ quan nhận để thực hiện, biết hoặc báo cáo; nguyên tắc “6 rõ” — rõ người: cơ quan được giao việc mà không nhận được văn bản thì không biết mình phải làm. Chỉ xét tên cơ quan cụ thể (“Sở Công Thương”); danh sách chung (“Các sở, ban, ngành”, “Các cơ quan, đơn vị liên quan”) được coi là đã gửi.",
                           "Decree 30/2020, Appendix I, II.6 and II.9: a công văn addresses the bodies that must act (“Kính gửi”) and lists those that receive it (“Nơi nhận”); the “6 rõ” principle — clear person: a body given work that does not receive the text does not know it. Only named bodies are judged (“Sở Công Thương”); general lists (“Các sở, ban, ngành”, “Các cơ quan, đơn vị liên quan”) count as sent."),
        source: "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6, II.9; nguyên tắc “6 rõ”",
        category: .tasks,
        defaultSeverity: .note,
        nonTriggering: [
            "V/v phòng, chống thiên tai\n\nKính gửi:\n- Sở Nông nghiệp và Môi trường;\n- Sở Công Thương.\n\n1. Sở Nông nghiệp và Môi trường chủ trì kiểm tra an toàn đập; hoàn thành trong tháng 6/2026.\n2. Sở Công Thương giám sát vận hành hồ chứa thủy điện; thực hiện thường xuyên.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, KT.",
            // Named in Nơi nhận, abbreviated, or covered by a general list.
            "V/v phòng, chống thiên tai\n\nKính gửi: Sở Nông nghiệp và Môi trường\n\n1. Sở Nông nghiệp và Môi trường chủ trì kiểm tra an toàn đập; hoàn thành trong tháng 6/2026.\n2. Sở Khoa học và Công nghệ hỗ trợ quan trắc; thực hiện thường xuyên.\n3. Bộ Chỉ huy Quân sự tỉnh sẵn sàng lực lượng; thực hiện thường xuyên.\n\nNơi nhận:\n- Như trên;\n- Sở KH&CN;\n- Bộ CHQS tỉnh;\n- Lưu: VT, KT.",
            "V/v phòng, chống thiên tai\n\nKính gửi: Các sở, ban, ngành tỉnh\n\n1. Sở Công Thương giám sát vận hành hồ chứa thủy điện; thực hiện thường xuyên.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, KT.",
            "V/v phòng, chống dịch\n\nKính gửi: Sở Giáo dục và Đào tạo, Trung tâm Kiểm soát bệnh tật tỉnh, Ủy ban nhân dân các xã.\n\n1. Trung tâm Kiểm soát bệnh tật tỉnh giám sát ca bệnh; báo cáo hằng tuần.\n2. Trung tâm Công nghệ thông tin và Truyền thông hỗ trợ kỹ thuật; thực hiện thường xuyên.\n\nNơi nhận:\n- Như trên;\n- Trung tâm CNTT&TT;\n- Lưu: VT, NVY.",
        ],
        triggering: [
            "V/v phòng, chống thiên tai\n\nKính gửi:\n- Sở Nông nghiệp và Môi trường;\n- Bộ Chỉ huy Quân sự tỉnh.\n\n1. Sở Nông nghiệp và Môi trường chủ trì kiểm tra an toàn đập; hoàn thành trong tháng 6/2026.\n↓2. Sở Công Thương giám sát vận hành hồ chứa thủy điện; thực hiện thường xuyên.\n\nNơi nhận:\n- Như trên;\n- Bộ Công Thương (b/c);\n- Lưu: VT, KT.",
        ])

    /// Words that open the name of one body ("Sở …", "Công an tỉnh"), folded: only such names are
    /// judged; "các …", "đơn vị …" and titles of people are lists or persons.
    static let namedHeads = ["so ", "bo chi huy ", "cong an ", "trung tam ", "ban quan ly ", "chi cuc ", "cuc ", "thanh tra ", "kho bac ",
                             "bao hiem xa hoi ", "ban to chuc ", "ban tuyen giao ", "ban dan van ", "ban noi chinh ", "dai phat thanh ", "benh vien "]
    /// Lists that reach every body of a kind, and catch-alls that reach any body.
    static let reachesSo = ["cac so", "so, ban", "so, nganh", "so ban nganh", "so, ban, nganh"]
    static let reachesAll = ["cac co quan", "cac don vi", "co quan, don vi", "co quan lien quan", "don vi lien quan", "cac nganh"]
    /// Words a name may end with that an abbreviation leaves out ("Bộ CHQS tỉnh").
    static let placeWords: Set<Substring> = ["tinh", "thanh", "pho", "xa", "phuong", "huyen"]

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        guard document.kinhGui != nil || !document.recipients.isEmpty, !document.tasks.isEmpty else { return [] }
        // Each addressee, also when several share a line ("Kính gửi: Sở A, Trung tâm B, …").
        let sent = (document.recipients + document.distribution).flatMap { item in
            [Self.key(item.text)] + item.text.split(whereSeparator: { $0 == "," || $0 == ";" }).map { Self.key(String($0)) }
        }
        if sent.contains(where: { name in Self.reachesAll.contains { name.contains($0) } }) { return [] }
        let reachesEverySo = sent.contains { name in Self.reachesSo.contains { name.contains($0) } }
        // Each body once, by its shortest reading ("Sở Công Thương" before "Sở Công Thương tổ chức").
        var missing: [(name: String, key: String, task: Task)] = []
        for task in document.tasks {
            for assignee in task.assignees {
                let key = Self.key(assignee)
                guard let head = Self.namedHeads.first(where: { key.hasPrefix($0) }), key.split(separator: " ").count >= 2 else { continue }
                if head == "so " && reachesEverySo { continue }
                guard !sent.contains(where: { Self.names($0, key, head: head) }) else { continue }
                let name = Self.shown(assignee)
                if let known = missing.firstIndex(where: { key.hasPrefix($0.key) || $0.key.hasPrefix(key) }) {
                    if key.count < missing[known].key.count { missing[known] = (name, key, task) }
                } else {
                    missing.append((name, key, task))
                }
            }
        }
        return missing.map { body in
            let line = document.source.lines[body.task.span.startLine]
            return context.diagnostic(
                message("“\(body.name)” được giao việc nhưng không có trong “Kính gửi” hay “Nơi nhận”: cơ quan được giao việc phải nhận được văn bản",
                        "“\(body.name)” is given work but is neither an addressee nor in the distribution: a body given work must receive the text"),
                document.range(TextSpan(line: body.task.span.startLine, columns: line.indentation..<line.trimmedEnd)))
        }
    }

    /// The name as written, up to a place word that ends it ("Bộ Chỉ huy Quân sự tỉnh" of "Bộ Chỉ
    /// huy Quân sự tỉnh sẵn sàng lực lượng": the reading of a task's bodies may run on).
    static func shown(_ name: String) -> String {
        let words = name.split(separator: " ")
        guard let end = words.indices.dropFirst().first(where: { ["tinh", "xa", "phuong"].contains(VietnameseFold.fold(String(words[$0])).lowercased()) }) else { return name }
        return words[...end].joined(separator: " ")
    }

    /// A name folded, lower case, without what follows it in a list ("(b/c);", "để biết.").
    static func key(_ text: String) -> String {
        var folded = VietnameseFold.fold(text).lowercased()
        if let bracket = folded.firstIndex(of: "(") { folded = String(folded[..<bracket]) }
        return folded.trimmingCharacters(in: CharacterSet(charactersIn: " ;,.:-+"))
    }

    /// Whether the addressee `sent` names the body `body` (both keys): one reads as the start of the
    /// other, or `sent` abbreviates what follows the head ("sở kh&cn", "bộ chqs tỉnh").
    static func names(_ sent: String, _ body: String, head: String) -> Bool {
        if sent.hasPrefix(body) || body.hasPrefix(sent) { return true }
        // The kind of body is written out ("Sở", "Bộ", "Trung tâm"); the rest may be its initials
        // ("Sở KH&CN", "Bộ CHQS tỉnh", "Trung tâm CNTT&TT").
        return [String(head.split(separator: " ")[0]) + " ", head].contains { kind in
            guard sent.hasPrefix(kind) else { return false }
            let short = sent.dropFirst(kind.count).split(separator: " ").filter { !placeWords.contains($0) }
            guard short.count == 1 else { return false }
            let letters = short[0].filter { $0 != "&" }
            // (The body's reading may run on past its name: "Bộ Chỉ huy Quân sự tỉnh sẵn sàng …".)
            let initials = body.dropFirst(kind.count).split(separator: " ").filter { $0 != "va" && !placeWords.contains($0) }.compactMap(\.first)
            return letters.count >= 2 && initials.starts(with: letters)
        }
    }
}
