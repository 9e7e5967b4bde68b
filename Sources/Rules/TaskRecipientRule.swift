import DocLint

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
            // A report goes up: its tasks are the sender's plans.
            "BÁO CÁO\nKết quả giảm nghèo năm 2026\n\nKính gửi: Bộ Nông nghiệp và Môi trường.\n\nII. NHIỆM VỤ NĂM 2027\n1. Sở Y tế rà soát thẻ bảo hiểm y tế cho hộ nghèo trước ngày 15/01/2027.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, KT.",
            "V/v phòng, chống dịch\n\nKính gửi: Sở Giáo dục và Đào tạo, Trung tâm Kiểm soát bệnh tật tỉnh, Ủy ban nhân dân các xã.\n\n1. Trung tâm Kiểm soát bệnh tật tỉnh giám sát ca bệnh; báo cáo hằng tuần.\n2. Trung tâm Công nghệ thông tin và Truyền thông hỗ trợ kỹ thuật; thực hiện thường xuyên.\n\nNơi nhận:\n- Như trên;\n- Trung tâm CNTT&TT;\n- Lưu: VT, NVY.",
        ],
        triggering: [
            "V/v phòng, chống thiên tai\n\nKính gửi:\n- Sở Nông nghiệp và Môi trường;\n- Bộ Chỉ huy Quân sự tỉnh.\n\n1. Sở Nông nghiệp và Môi trường chủ trì kiểm tra an toàn đập; hoàn thành trong tháng 6/2026.\n↓2. Sở Công Thương giám sát vận hành hồ chứa thủy điện; thực hiện thường xuyên.\n\nNơi nhận:\n- Như trên;\n- Bộ Công Thương (b/c);\n- Lưu: VT, KT.",
        ])

    /// Words that open the name of one body ("Sở …", "Công an tỉnh"), folded: only such names are
    /// judged; "các …", "đơn vị …" and titles of people are lists or persons.
    static let namedHeads = ["so ", "bo chi huy ", "cong an ", "trung tam ", "ban quan ly ", "chi cuc ", "cuc ", "thanh tra ", "kho bac ",
                             "bao hiem xa hoi ", "ban to chuc ", "ban tuyen giao ", "ban dan van ", "ban noi chinh ", "dai phat thanh ", "benh vien "]
        .map { Array($0.utf8) }
    /// Lists that reach every Sở, and catch-alls that reach any body.
    static let reachesSo = ["cac so", "so, ban", "so, nganh", "so ban nganh"].map { Array($0.utf8) }
    static let reachesAll = ["cac co quan", "cac don vi", "co quan, don vi", "co quan lien quan", "don vi lien quan", "cac nganh"].map { Array($0.utf8) }
    /// Words a name may end with that an abbreviation leaves out ("Bộ CHQS tỉnh").
    static let placeWords = ["tinh", "thanh", "pho", "xa", "phuong", "huyen"].map { Array($0.utf8) }
    static func isPlaceWord(_ word: ArraySlice<UInt8>) -> Bool { placeWords.contains { word.elementsEqual($0) } }

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        // A báo cáo or tờ trình goes up: its tasks are the sender's own plans, not work for its addressee.
        guard document.kind != .baoCao, document.kind != .toTrinh,
              document.kinhGui != nil || !document.recipients.isEmpty, !document.tasks.isEmpty else { return [] }
        // The named bodies first (bytes, no addressee read yet): most công văn give work to none
        // the lists below could miss.
        var named: [(name: String, key: [UInt8], head: [UInt8], task: Task)] = []
        for task in document.tasks {
            for assignee in task.assignees {
                let key = Self.key(VietnameseFold.fold(assignee.scalarArray)[...])
                guard let head = Self.namedHeads.first(where: { key.starts(with: $0) }), key.count > head.count else { continue }
                named.append((assignee, key, head, task))
            }
        }
        guard !named.isEmpty else { return [] }
        // Each addressee, also when several share a line ("Kính gửi: Sở A, Trung tâm B, …").
        var sent: [[UInt8]] = []
        for item in document.recipients + document.distribution {
            let line = document.source.lines[item.span.startLine]
            let end = item.span.endLine == item.span.startLine ? min(item.span.endColumn, line.folded.count) : line.folded.count
            let folded = line.folded[min(item.span.startColumn, end)..<end]
            sent.append(Self.key(folded))
            sent += folded.split(whereSeparator: { $0 == 0x2C || $0 == 0x3B }).map { Self.key($0) }
        }
        if sent.contains(where: { name in Self.reachesAll.contains { name.containsBytes($0) } }) { return [] }
        let reachesEverySo = sent.contains { name in Self.reachesSo.contains { name.containsBytes($0) } }
        // Each body once, by its shortest reading ("Sở Công Thương" before "Sở Công Thương tổ chức").
        var missing: [(name: String, key: [UInt8], task: Task)] = []
        for body in named {
            if reachesEverySo && body.head.equals("so ") { continue }
            guard !sent.contains(where: { Self.names($0, body.key, head: body.head) }) else { continue }
            if let known = missing.firstIndex(where: { body.key.starts(with: $0.key) || $0.key.starts(with: body.key) }) {
                if body.key.count < missing[known].key.count { missing[known] = (body.name, body.key, body.task) }
            } else {
                missing.append((body.name, body.key, body.task))
            }
        }
        return missing.map { body in
            let line = document.source.lines[body.task.span.startLine]
            let name = Self.shown(body.name)
            return context.diagnostic(
                message("“\(name)” được giao việc nhưng không có trong “Kính gửi” hay “Nơi nhận”: cơ quan được giao việc phải nhận được văn bản",
                        "“\(name)” is given work but is neither an addressee nor in the distribution: a body given work must receive the text"),
                document.range(TextSpan(line: body.task.span.startLine, columns: line.indentation..<line.trimmedEnd)))
        }
    }

    /// The name as written, up to a place word that ends it ("Bộ Chỉ huy Quân sự tỉnh" of "Bộ Chỉ
    /// huy Quân sự tỉnh sẵn sàng lực lượng": the reading of a task's bodies may run on).
    static func shown(_ name: String) -> String {
        let scalars = name.scalarArray
        let folded = VietnameseFold.fold(scalars)
        // Word by word on the folded bytes (one per scalar): the first place word after the first word.
        var start = 0
        var first = true
        for index in 0...folded.count where index == folded.count || folded[index] == 0x20 {
            if !first, index > start, isPlaceWord(folded[start..<index]) { return String(scalars: scalars[..<index]) }
            first = false
            start = index + 1
        }
        return name
    }

    /// A folded name without what follows it in a list ("(b/c);", "để biết."), trimmed.
    static func key(_ folded: ArraySlice<UInt8>) -> [UInt8] {
        var name = folded
        if let bracket = name.firstIndex(of: 0x28) { name = name[..<bracket] }
        func isEdge(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x3B || byte == 0x2C || byte == 0x2E || byte == 0x3A || byte == 0x2D || byte == 0x2B }
        while let first = name.first, isEdge(first) { name = name.dropFirst() }
        while let last = name.last, isEdge(last) { name = name.dropLast() }
        return Array(name)
    }

    /// Whether the addressee `sent` names the body `body` (both keys): one reads as the start of the
    /// other, or `sent` abbreviates what follows the head ("sở kh&cn", "bộ chqs tỉnh").
    static func names(_ sent: [UInt8], _ body: [UInt8], head: [UInt8]) -> Bool {
        // Both start with the same word, or they name different bodies (most pairs end here).
        guard let space = head.firstIndex(of: 0x20), sent.count > space, sent.starts(with: head[...space]) else { return false }
        if sent.starts(with: body) || body.starts(with: sent) { return true }
        // The kind of body is written out ("Sở", "Bộ", "Trung tâm"); the rest may be its initials
        // ("Sở KH&CN", "Bộ CHQS tỉnh", "Trung tâm CNTT&TT").
        return [Array(head[...space]), head].contains { kind in
            guard sent.count > kind.count, sent.starts(with: kind) else { return false }
            // One short word, perhaps with a place word after it ("chqs tinh"); most addressees
            // are names in full and stop here.
            let rest = sent[kind.count...]
            let tokenEnd = rest.firstIndex(of: 0x20) ?? rest.endIndex
            guard tokenEnd - rest.startIndex <= 10, tokenEnd == rest.endIndex || isPlaceWord(rest[(tokenEnd + 1)...]) else { return false }
            let letters = rest[..<tokenEnd].filter { $0 != 0x26 }
            // (The body's reading may run on past its name: "Bộ Chỉ huy Quân sự tỉnh sẵn sàng …".)
            let initials = body.dropFirst(kind.count).split(separator: 0x20)
                .filter { !$0.equals("va") && !isPlaceWord($0) }.compactMap(\.first)
            return letters.count >= 2 && initials.starts(with: letters)
        }
    }
}
