import DocLint

struct ReferenceFormatRule: DocumentRule {
    static let description = RuleDescription(
        id: "reference-format",
        name: "Cách viện dẫn văn bản",
        summary: message("Văn bản được dẫn ghi “<tên loại> số <số/ký hiệu> ngày … của <cơ quan>” ở lần đầu; ký hiệu đọc được, không có khoảng trắng",
                         "A cited document is written “<type> số <number/code> ngày … của <body>” the first time; the code parses and has no spaces"),
        rationale: message("NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6.b: khi viện dẫn lần đầu phải ghi đầy đủ tên loại, số, ký hiệu, thời gian ban hành, tên cơ quan ban hành và trích yếu; các lần sau có thể ghi tên loại và số, ký hiệu. Ký hiệu viết liền, không cách chữ (Phụ lục I, mục II.3).",
                           "Decree 30/2020, Appendix I, II.6.b: the first citation gives type, number and code, date, issuing body and summary; later ones may give type and code only. The code is written without spaces (Appendix I, II.3)."),
        source: "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6.b và II.3",
        category: .references,
        defaultSeverity: .warning,
        nonTriggering: [
            // A stripped copy whose date is glued to "ngay": the law is identified all the same.
            "UY BAN NHAN DAN TINH LAM DONG\nSo: 20/QD-UBND\n\nQUYET DINH\nVe viec ban hanh quy che quan ly cong trinh xay dung tren dia ban tinh\n\nCan cu Luat Xay dung ngay26/11/2003;\nXet de nghi cua Giam doc So Xay dung cua tinh ve viec thuc hien cac nhiem vu,",
            "Thực hiện Kế hoạch số 15/KH-UBND ngày 12/01/2026 của Ủy ban nhân dân tỉnh, Sở Nội vụ hướng dẫn. Kế hoạch số 15/KH-UBND giao nhiệm vụ cụ thể.",
            "Ngày 14/3/2026, Ban Thường vụ Tỉnh ủy ban hành Kết luận số 21-KL/TU về công tác cán bộ. Sở Nội vụ hướng dẫn.",
            "Căn cứ Kế hoạch số 40-KH/TWĐTN-TNTH ngày 02/3/2026 của Ban Bí thư Trung ương Đoàn, Tỉnh đoàn hướng dẫn.",
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025; Kế hoạch này được triển khai từ ngày 01/7/2026.",
            // The date after the issuer; a short name the text gives a citation and uses after.
            "Thực hiện Công văn số 4120/UBND-KT của Ủy ban nhân dân tỉnh ngày 28/12/2026 về việc tổ chức Tết, Ủy ban nhân dân xã hướng dẫn.",
            "Căn cứ Kế hoạch số 77/KH-SVHTTDL ngày 20/12/2026 của Sở Văn hóa, Thể thao và Du lịch (sau đây gọi tắt là Kế hoạch số 77), các thôn tuyên truyền nội dung Kế hoạch số 77 đến từng hộ.",
            // A later, short mention of a type cited with its number.
            "Thực hiện Kế hoạch số 15/KH-UBND ngày 12/01/2026 của Ủy ban nhân dân tỉnh về chuyển đổi số. Theo Kế hoạch của Ủy ban nhân dân tỉnh, các sở báo cáo hằng quý.",
            "Thực hiện chủ trương của Tỉnh ủy về sắp xếp bộ máy, Sở Nội vụ hướng dẫn các đơn vị.",
            "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 20/QĐ-UBND\n\nQUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nCăn cứ Bộ luật Lao động năm 2019;",
        ],
        triggering: [
            "Thực hiện Kế hoạch số ↓01- KH/BCĐ ngày 12/01/2026 của Ban Chỉ đạo, Sở Nội vụ hướng dẫn.",
            "Thực hiện ↓Kế hoạch số 15/KH-UBND của Ủy ban nhân dân tỉnh, Sở Nội vụ hướng dẫn.",
            "Thực hiện ↓Kế hoạch 15/KH-UBND ngày 12/01/2026 của Ủy ban nhân dân tỉnh, Sở Nội vụ hướng dẫn.",
            "Thực hiện ↓Quyết định số 15 ngày 12/01/2026 của Ủy ban nhân dân tỉnh, Sở Nội vụ hướng dẫn.",
            "Thực hiện ↓Kế hoạch ngày 12/01/2026 của Ủy ban nhân dân tỉnh, Sở Nội vụ hướng dẫn.",
            "Thực hiện Nghị quyết số ↓68-NQ/CP ngày 01/7/2021 của Chính phủ, Sở Nội vụ hướng dẫn.",
            "Thực hiện Công văn số ↓1011/CV-TU ngày 12/01/2026 của Tỉnh ủy, Sở Nội vụ hướng dẫn.",
            "Theo Nghị định số ↓160/NĐ-CP ngày 12/11/2013 của Chính phủ, Sở Nội vụ hướng dẫn.",
            "Theo ↓Quyết định của Ủy ban nhân dân tỉnh ngày 30/6/2025, các trạm y tế được tổ chức lại.",
            "Thực hiện ↓Công văn của Sở Tài chính về việc rà soát kinh phí năm 2026, Ủy ban nhân dân xã báo cáo như sau:",
            "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 20/QĐ-UBND\n\nQUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nCăn cứ ↓Luật Đất đai;",
        ],
        corrections: [
            RuleCorrection("Thực hiện Kế hoạch số 01- KH/BCĐ ngày 12/01/2026 của Ban Chỉ đạo.", "Thực hiện Kế hoạch số 01-KH/BCĐ ngày 12/01/2026 của Ban Chỉ đạo."),
        ])

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var cited = Set<String>()
        // OCR text: what a citation lacks (its date, its number) is read from the restored words;
        // how its code is written (spaces, letter forms, "số") is not, recognition garbles it.
        let typography = document.textCondition != .ocrDegraded
        for reference in document.references {
            if typography, !reference.spacesInside.isEmpty {
                diagnostics.append(context.diagnostic(
                    message("ký hiệu “\(reference.code)” viết liền, không có khoảng trắng", "write the code “\(reference.code)” without spaces"),
                    document.range(reference.codeSpan),
                    fix: Fix(message: message("xóa khoảng trắng trong ký hiệu", "remove the spaces in the code"), edits: reference.spacesInside.map { TextEdit(range: document.range($0), replacement: "") })))
            }
            guard cited.insert(reference.code).inserted, reference.typeWord != nil else { continue }
            let range = document.range(reference.span)
            if typography {
                if let problem = Self.regimeProblem(reference, citedYear: reference.writtenDate?.year ?? document.issueDate?.year) {
                    diagnostics.append(context.diagnostic(problem, document.range(reference.codeSpan)))
                }
                // "1520/CV-SNNMT": before NĐ 30 a công văn carried "CV"; the cited text is as issued, so a note.
                else if reference.style == .stateCongVan, reference.symbol.hasPrefix("CV-") {
                    diagnostics.append(context.diagnostic(message("ký hiệu “\(reference.code)” theo kiểu cũ có “CV”; từ NĐ 30/2020 công văn ghi “…/<cơ quan>-<đơn vị>”: kiểm tra lại số, ký hiệu được dẫn", "the code “\(reference.code)” uses the old “CV” form; since Decree 30/2020 a công văn is “…/<body>-<unit>”: check the cited code"),
                                                          document.range(reference.codeSpan), severity: .note))
                }
            }
            if typography, !reference.hasSoWord {
                diagnostics.append(context.diagnostic(message("thiếu chữ “số” trước ký hiệu: “\(reference.typeWord ?? "") số \(reference.code)”", "“số” is missing before the code: “\(reference.typeWord ?? "") số \(reference.code)”"),
                                                      range, severity: .note))
            }
            // The trích yếu names a document in a few words ("V/v thực hiện Nghị định số 178/2024/NĐ-CP"):
            // the full citation belongs to the body.
            if reference.date == nil && reference.writtenDate == nil && !Self.inSummary(reference, document) {
                // A normative code carries its year ("178/2024/NĐ-CP"), and căn cứ written since Nghị
                // định 78/2025/NĐ-CP cite by number alone ("Luật … số 63/2025/QH15"): a note there.
                diagnostics.append(context.diagnostic(message("lần dẫn đầu tiên của \(reference.typeWord ?? "") số \(reference.code) thiếu ngày ban hành (“ngày …”)", "the first citation of \(reference.code) lacks its date (“ngày …”)"), range,
                                                      severity: reference.style == .normative ? .note : nil))
            }
        }
        if typography { diagnostics += unparsedCitations(document, context) }
        diagnostics += uncodedCitations(document, context)
        diagnostics += unnumberedCitations(document, context)
        diagnostics += undatedLaws(document, context)
        return diagnostics
    }

    static let luat = Array("luat".utf8), phapLenh = Array("phap lenh".utf8)

    /// Where a law's name starts in a căn cứ segment ("Luật …", "Bộ luật …", "Pháp lệnh …", a capital
    /// after it), past "- ", "Căn cứ " and "và "; nil when the segment names no law.
    static func namedLaw(_ segment: Substring) -> Substring.Index? {
        var rest = segment.drop { $0 == " " || $0 == "-" }
        for lead in ["Căn cứ ", "căn cứ ", "và "] where rest.hasPrefix(lead) { rest = rest.dropFirst(lead.count).drop { $0 == " " } }
        for law in ["Bộ luật ", "Luật ", "Pháp lệnh "] where rest.hasPrefix(law) {
            let name = rest.dropFirst(law.count).drop { $0 == " " }
            guard let first = name.unicodeScalars.first, first.isUppercaseFast else { return nil }
            return rest.startIndex
        }
        return nil
    }

    /// What identifies a law: its date ("ngày …", "năm 2015", "19/6/2015") or its number since 2025
    /// ("số 72/2025/QH15").
    static func identifiesLaw(_ segment: Substring) -> Bool {
        if segment.containsBytes("ngày") || segment.containsBytes("/QH") { return true }
        let words = segment.split(separator: " ")
        for (index, word) in words.enumerated() {
            let next = index + 1 < words.count ? words[index + 1] : ""
            if (word == "năm" || word == "số" || word == "Số"), let digit = next.first, digit.isASCII, digit.isNumber { return true }
            // A date, also glued to the word before it ("ngày26/11/2003", read "ngay26/11/2003" in OCR text).
            let parts = word.split(separator: "/")
            if parts.count == 3, parts[0].last.map({ $0.isASCII && $0.isNumber }) ?? false,
               parts.dropFirst().allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) { return true }
        }
        return false
    }

    /// "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân;": a law in the căn cứ with neither
    /// the date it was passed nor its number does not say which text of that name is meant (Party
    /// documents cite laws more loosely: State texts only).
    func undatedLaws(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        guard document.regime == .state else { return [] }
        var diagnostics: [Diagnostic] = []
        for item in document.basis {
            // Only where a law may be named (most căn cứ cite decisions).
            guard (item.span.startLine...item.span.endLine).contains(where: { document.source.lines[$0].folded.containsBytes(Self.luat) || document.source.lines[$0].folded.containsBytes(Self.phapLenh) }) else { continue }
            for segment in item.text.split(separator: ";") {
                let trimmed = segment.drop { $0 == " " }
                guard let lawStart = Self.namedLaw(trimmed), !Self.identifiesLaw(trimmed) else { continue }
                var name = String(trimmed[lawStart...]).trimmingWhitespace
                while name.endsWith(".") || name.endsWith(",") { name.removeLast() }
                // Point at the law's name when it is on the item's first line, else at the item.
                var span = item.span
                let firstLine = document.source.lines[item.span.startLine]
                let prefix = item.text[item.text.startIndex..<lawStart].unicodeScalars.count
                if item.span.startColumn + prefix + 1 < firstLine.scalars.count, item.span.startLine == item.span.endLine || prefix < firstLine.scalars.count - item.span.startColumn {
                    span = TextSpan(line: item.span.startLine, columns: (item.span.startColumn + prefix)..<min(firstLine.trimmedEnd, item.span.startColumn + prefix + name.unicodeScalars.count))
                }
                diagnostics.append(context.diagnostic(
                    message("căn cứ “\(name)” chưa ghi ngày thông qua (hoặc số hiệu) của luật: “\(name) ngày … tháng … năm …”",
                            "the basis “\(name)” lacks the date the law was passed (or its number): “\(name) ngày … tháng … năm …”"),
                    document.range(span)))
            }
        }
        return diagnostics
    }

    /// Issuing groups that only State bodies use, and those that only Party bodies use.
    static let stateIssuers: Set<String> = ["CP", "TTg", "UBND", "HĐND", "QH", "VPCP"]
    static let partyIssuers: Set<String> = ["TW", "TU", "HU", "ĐU", "QU", "TƯ", "BCT", "BBT"]
    /// Types that are always normative and so carry their year ("160/2013/NĐ-CP").
    static let normativeOnlyCodes: Set<String> = ["NĐ", "TT", "TTLT"]

    /// A code written in the other regime's form ("66-NQ/CP" for a Government resolution,
    /// "1011/CV-TU" for a Tỉnh ủy letter), or a decree cited without its year ("160/NĐ-CP").
    static func regimeProblem(_ reference: Reference, citedYear: Int?) -> Message? {
        let groups = reference.symbol.split(whereSeparator: { $0 == "-" || $0 == "/" }).map(String.init)
        guard let last = groups.last else { return nil }
        switch reference.style {
        case .party where stateIssuers.contains(last):
            return message("ký hiệu “\(reference.code)” của cơ quan nhà nước viết theo kiểu văn bản Đảng; viết “\(reference.number)/\(groups.joined(separator: "-"))”",
                           "the code “\(reference.code)” of a State body is written in the Party form; write “\(reference.number)/\(groups.joined(separator: "-"))”")
        case .state, .stateCongVan:
            if partyIssuers.contains(last), groups.count == 2 {
                return message("ký hiệu “\(reference.code)” của cơ quan Đảng viết theo kiểu văn bản nhà nước; văn bản của Đảng ghi “\(reference.number)-\(groups[0])/\(last)”",
                               "the code “\(reference.code)” of a Party body is written in the State form; Party documents write “\(reference.number)-\(groups[0])/\(last)”")
            }
            // The year has been part of a normative code since the 2008 Law on legal documents (in
            // force 2009); older texts were numbered without it.
            if reference.style == .state, let code = reference.typeCode, normativeOnlyCodes.contains(code), (citedYear ?? 0) >= 2009 {
                return message("ký hiệu “\(reference.code)” thiếu năm ban hành: văn bản quy phạm pháp luật ghi “số/năm/\(reference.symbol)”",
                               "the code “\(reference.code)” lacks its year: a legal normative document reads “number/year/\(reference.symbol)”")
            }
            return nil
        default:
            return nil
        }
    }

    /// Types of document cited by number (laws are cited by name and date, "Luật … ngày …"), folded.
    static let numberedTypes = ["ke hoach", "quyet dinh", "cong van", "thong bao", "chi thi", "huong dan", "to trinh",
                                "nghi quyet", "ket luan", "cong dien", "chuong trinh"].map { Array($0.utf8) }

    /// Per byte: whether a type word of `numberedTypes` starts with it (asked at every byte).
    static let numberedTypeFirstBytes: [Bool] = (0..<256).map { byte in numberedTypes.contains { $0[0] == UInt8(byte) } }

    /// "Thực hiện Công văn của Sở Tài chính về việc …": a document cited by its type and issuer with
    /// neither number nor date. Not when the text cites a numbered document of that type elsewhere:
    /// a later mention may be short (Phụ lục I, II.6.b).
    private func unnumberedCitations(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let cua = Array(" cua ".utf8), so = Array(" so ".utf8), ve = Array(" ve ".utf8), tai = Array(" tai ".utf8)
        // Built at the first candidate only: most documents have none, and folding every
        // reference's type word showed in the profile.
        var citedTypesFound: Set<[UInt8]>?
        func cited(_ type: [UInt8]) -> Bool {
            if citedTypesFound == nil { citedTypesFound = Set(document.references.compactMap { $0.typeWord.map { Array(VietnameseFold.fold($0).utf8) } }) }
            return citedTypesFound!.contains(type)
        }
        for index in document.proseLines {
            let line = document.source.lines[index]
            let folded = line.folded
            guard folded.containsBytes(cua) else { continue }
            for lead in Self.citationLeads {
                var from = 0
                while let at = folded.firstOffset(of: lead, from: from) {
                    from = at + 1
                    guard at == 0 || !VietnameseFold.isWordByte(folded[at - 1]) else { continue }
                    let typeStart = at + lead.count
                    guard typeStart < folded.count, line.scalars[typeStart].isUppercaseFast,
                          let type = Self.numberedTypes.first(where: { folded[typeStart...].starts(with: $0) }),
                          folded[(typeStart + type.count)...].starts(with: cua), !cited(type) else { continue }
                    let agencyStart = typeStart + type.count + cua.count
                    guard agencyStart < folded.count, line.scalars[agencyStart].isUppercaseFast else { continue }
                    // The issuer's name, to the end of its clause: a number or "số" there is a citation.
                    var probe = agencyStart, numbered = false
                    while probe < folded.count {
                        let byte = folded[probe]
                        if byte == 0x2C || byte == 0x3B || byte == 0x2E || byte == 0x3A || byte == 0x28
                            || folded[probe...].starts(with: ve) || folded[probe...].starts(with: tai) { break }
                        if (byte &- 0x30) < 10 || folded[probe...].starts(with: so) { numbered = true; break }
                        probe += 1
                    }
                    guard !numbered else { continue }
                    let written = line.slice(typeStart..<(typeStart + type.count))
                    diagnostics.append(context.diagnostic(
                        message("“\(written)” được dẫn không có số, ký hiệu và ngày ban hành: ghi “\(written) số …/… ngày … của …”",
                                "“\(written)” is cited without its number, code and date: write “\(written) số …/… ngày … của …”"),
                        document.range(TextSpan(line: index, columns: typeStart..<(typeStart + type.count)))))
                }
            }
        }
        return diagnostics
    }
    /// Words that open a citation of the text a document acts on.
    static let citationLeads = ["thuc hien ", "can cu ", "theo ", "trien khai "].map { Array($0.utf8) }

    /// "theo Kế hoạch ngày 20/01/2026 của UBND", "Quyết định của UBND tỉnh ngày 30/6/2025": a named
    /// document given its date but no number and code.
    private func uncodedCitations(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let ngay = Array(" ngay ".utf8), cua = Array(" cua ".utf8)
        let firstBytes = Self.numberedTypeFirstBytes, types = Self.numberedTypes
        for index in document.proseLines {
            let line = document.source.lines[index]
            let folded = line.folded
            // Most lines hold no " ngày ": skip them with one byte search.
            guard folded.containsBytes(ngay) else { continue }
            var column = 0
            while column < folded.count {
                defer { column += 1 }
                guard firstBytes[Int(folded[column])],
                      column == 0 || !VietnameseFold.isWordByte(folded[column - 1]), line.scalars[column].isUppercaseFast,
                      let key = types.first(where: { column + $0.count < folded.count && folded[column..<(column + $0.count)].elementsEqual($0) }) else { continue }
                let after = column + key.count
                var dateAt: Int?
                if folded[after...].starts(with: ngay) {
                    dateAt = after + ngay.count
                } else if folded[after...].starts(with: cua) {
                    // "của <cơ quan> ngày …" within a few words, with no number and no clause mark between.
                    var probe = after + cua.count
                    while probe < min(folded.count, after + 90) {
                        let byte = folded[probe]
                        if byte == 0x2E || byte == 0x3B || byte == 0x3A || byte == 0x28 || byte == 0x2C || (byte &- 0x30) < 10 { break }
                        if folded[probe...].starts(with: ngay) { dateAt = probe + ngay.count; break }
                        probe += 1
                    }
                }
                guard let dateAt, dateAt < folded.count, (folded[dateAt] &- 0x30) < 10 else { continue }
                let end = min(line.trimmedEnd, dateAt + 10)
                diagnostics.append(context.diagnostic(
                    message("“\(line.slice(column..<after))” được dẫn chỉ có ngày, thiếu số, ký hiệu (“\(line.slice(column..<after)) số …/… ngày …”)",
                            "“\(line.slice(column..<after))” is cited by its date only, without its number and code"),
                    document.range(TextSpan(line: index, columns: column..<end))))
                column = dateAt
            }
        }
        return diagnostics
    }

    static func inSummary(_ reference: Reference, _ document: Document) -> Bool {
        let line = reference.codeSpan.startLine
        if let subject = document.subject, (subject.span.startLine...subject.span.endLine).contains(line) { return true }
        return document.title?.summaryLines.contains(line + 1) ?? false
    }

    static func mentionsSoNumber(_ folded: [UInt8]) -> Bool {
        guard folded.count > 5 else { return false }
        for index in 0..<(folded.count - 4) where folded[index] == 0x20 && folded[index + 1] == 0x73 && folded[index + 2] == 0x6F && folded[index + 3] == 0x20 {
            let next = folded[index + 4]
            if next >= 0x30 && next <= 0x39 { return true }
        }
        return false
    }

    /// "<type key> so " per first byte, folded.
    static let keysByFirstByte: [UInt8: [[UInt8]]] = Dictionary(grouping: DocumentTypes.all.map { Array(($0.key + " so ").utf8) }, by: { $0[0] })

    /// "<Loại> số <digits>" where no code follows: the number or code cannot be read.
    private func unparsedCitations(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        // Where each parsed code starts, as line and column in one integer (hashing whole spans
        // was most of this rule's time on a register of 100,000 citations).
        func position(_ line: Int, _ column: Int) -> Int { line << 32 | column }
        var parsedStarts = Set<Int>(minimumCapacity: document.references.count)
        for reference in document.references { parsedStarts.insert(position(reference.codeSpan.startLine, reference.codeSpan.startColumn)) }
        // The numbers of the codes cited in full: "(sau đây gọi tắt là Kế hoạch số 77)", then "Kế
        // hoạch số 77", name a text cited in full as "Kế hoạch số 77/KH-SVHTTDL".
        // (Made when first needed: most documents have no unread code.)
        lazy var citedNumbers = Set(document.references.map { $0.code.prefix { $0.isASCII && $0.isNumber } }.filter { !$0.isEmpty }.map(String.init))
        var diagnostics: [Diagnostic] = []
        for index in document.proseLines + document.footnoteLines.sorted() {
            let line = document.source.lines[index]
            let folded = line.folded
            // Cheap filter: a citation needs " so " followed by a digit somewhere on the line.
            guard Self.mentionsSoNumber(folded) else { continue }
            var column = 0
            while column < folded.count {
                defer { column += 1 }
                guard column == 0 || !VietnameseFold.isWordByte(folded[column - 1]), let keys = Self.keysByFirstByte[folded[column]] else { continue }
                for key in keys where column + key.count < folded.count && folded[column..<(column + key.count)].elementsEqual(key) {
                    let digits = column + key.count
                    guard folded[digits] >= 0x30 && folded[digits] <= 0x39 else { continue }
                    // The type word must start with a capital: a named document, not "kế hoạch số hóa".
                    guard line.scalars[column].isUppercaseFast else { continue }
                    if parsedStarts.contains(position(index, digits)) { break }
                    var end = digits
                    while end < folded.count, folded[end] != 0x20, folded[end] != 0x2C, folded[end] != 0x3B { end += 1 }
                    var numberEnd = digits
                    while numberEnd < end, folded[numberEnd] >= 0x30 && folded[numberEnd] <= 0x39 { numberEnd += 1 }
                    if numberEnd == end || [0x29, 0x2E, 0x3A].contains(folded[numberEnd]),
                       citedNumbers.contains(String(decoding: folded[digits..<numberEnd], as: UTF8.self)) { break }
                    let written = line.slice(digits..<end)
                    diagnostics.append(context.diagnostic(message("không đọc được số, ký hiệu “\(written)”: viết theo mẫu “15/KH-UBND” (nhà nước) hoặc “02-KH/TU” (Đảng)", "cannot read the number and code “\(written)”: write “15/KH-UBND” (State) or “02-KH/TU” (Party)"),
                                                          document.range(TextSpan(line: index, columns: column..<end))))
                    break
                }
            }
        }
        return diagnostics
    }
}
