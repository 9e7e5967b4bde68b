import DocLint

struct NumberingSequenceRule: DocumentRule {
    static let description = RuleDescription(
        id: "numbering-sequence",
        name: "Số thứ tự liên tục",
        summary: message("Số La Mã, số Ả Rập, Điều, Chương, Phần đánh liên tục, không trùng, không nhảy số; số La Mã viết đúng",
                         "Roman and Arabic numbers, articles, chapters and parts run on without gaps or duplicates; Roman numerals are well formed"),
        rationale: message("NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6.c–đ: phần, chương, mục, điều, khoản, điểm được đánh số thứ tự liên tục; mục dùng số La Mã, khoản dùng số Ả Rập và đánh lại từ 1 trong mỗi mục. Đánh lại từ đầu sau một khối nội dung khác là hợp lệ.",
                           "Decree 30/2020, Appendix I, II.6.c–đ: parts, chapters, sections, articles, clauses and points are numbered consecutively; sections use Roman numerals, clauses Arabic ones restarting at 1 in each section. Restarting after an intervening block is legal."),
        source: "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6.c–đ",
        category: .structure,
        defaultSeverity: .warning,
        nonTriggering: [
            "I. MỤC ĐÍCH\n1. Rà soát hồ sơ.\n2. Số hóa tài liệu.\nII. NHIỆM VỤ\n1. Giao Sở Nội vụ.\n1.1. Hướng dẫn.\n1.2. Kiểm tra.\n2. Giao Sở Tài chính.",
            "Điều 1. Thành lập Tổ công tác.\nĐiều 2. Nhiệm vụ của Tổ.\nĐiều 3. Hiệu lực thi hành.",
            // A web copy that wrapped each heading after "Điều": Điều 1 and Điều 2, not items "1." and a second "2.".
            "QUYẾT ĐỊNH:\nĐiều\n1. Phạm vi áp dụng\n1. Quy chế này áp dụng cho các sở, ngành của tỉnh.\n2. Ủy ban nhân dân cấp huyện vận dụng Quy chế này.\nĐiều\n2. Hiệu lực thi hành\nQuyết định có hiệu lực từ ngày ký.",
        ],
        triggering: [
            "I. MỤC ĐÍCH\nII. NHIỆM VỤ\n↓IV. TỔ CHỨC THỰC HIỆN",
            "I. KẾT QUẢ\n1. Rà soát hồ sơ.\n2. Số hóa tài liệu.\nII. HẠN CHẾ\n↓1. Tiến độ số hóa còn chậm.\nIII. KIẾN NGHỊ\n1. Bổ sung kinh phí.\n2. Tập huấn cán bộ./.",
            "1. Rà soát hồ sơ.\n2. Số hóa tài liệu.\n↓2. Báo cáo kết quả.",
            "1. Giao Sở Nội vụ.\n1.1. Hướng dẫn.\n↓1.3. Kiểm tra.",
            "I. MỤC ĐÍCH\n↓IIII. NHIỆM VỤ",
            "Điều 1. Thành lập Tổ công tác.\n↓Điều 3. Hiệu lực thi hành.",
        ])

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        checkSiblings(document.sections, document, context, &diagnostics)
        return diagnostics
    }

    private func value(_ section: Section) -> Int? {
        guard let number = section.number else { return nil }
        switch section.style {
        case .roman: return RomanNumeral.value(number)
        case .arabic: return Self.lastPart(number).flatMap { Int($0) }
        case .part, .chapter, .heading, .article: return Int(number) ?? RomanNumeral.value(number)
        default: return nil
        }
    }

    /// The style plus depth, so "1." and "1.1." siblings are not compared with each other.
    private struct Kind: Equatable {
        let style: SectionStyle
        let depth: Int
        init(_ section: Section) {
            style = section.style
            depth = section.number.map(NumberingSequenceRule.depth) ?? 0
        }
    }

    /// How many parts the dots separate ("1.2." → 2), as `split(separator: ".")` counts them; and
    /// the last one. (Read from the bytes: a split per section made arrays of substrings.)
    static func depth(_ number: String) -> Int {
        var count = 0, inPart = false
        for byte in number.utf8 {
            if byte == UInt8(ascii: ".") { inPart = false } else if !inPart { inPart = true; count += 1 }
        }
        return count
    }

    static func lastPart(_ number: String) -> Substring? {
        let utf8 = number.utf8
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == UInt8(ascii: ".") { end = utf8.index(before: end) }
        guard end > utf8.startIndex else { return nil }
        var start = end
        while start > utf8.startIndex, utf8[utf8.index(before: start)] != UInt8(ascii: ".") { start = utf8.index(before: start) }
        return number[start..<end]
    }

    private func checkSiblings(_ siblings: [Section], _ document: Document, _ context: RuleContext, _ diagnostics: inout [Diagnostic]) {
        // The last number of each kind among the siblings, and where it stood (a handful of kinds:
        // a list, not a dictionary keyed by a String made per section).
        var previous: [(kind: Kind, value: Int, position: Int)] = []
        for (position, section) in siblings.enumerated() {
            defer { checkSiblings(section.children, document, context, &diagnostics) }
            // A lone "1." under a Roman heading: a single point is not numbered (NĐ 30, Phụ lục I,
            // II.6: parts are numbered to be told apart). A lone "a)" or dash is common and harmless.
            if !document.isTruncated, section.style == .roman, section.children.count == 1, let lone = section.children.first, lone.style == .arabic,
               value(lone) == 1, lone.number?.contains(".") == false, lone.children.isEmpty {
                diagnostics.append(context.diagnostic(message("mục “\(section.marker)” chỉ có một khoản “\(lone.marker)”: một ý thì không đánh số, hoặc thêm “2.”", "heading “\(section.marker)” has a single item “\(lone.marker)”: leave a single point unnumbered, or add “2.”"),
                                                      document.range(lone.markerSpan)))
            }
            if section.style == .roman, let number = section.number, RomanNumeral.value(number) == nil {
                diagnostics.append(context.diagnostic(message("số La Mã “\(number)” viết sai", "“\(number)” is not a valid Roman numeral"), document.range(section.markerSpan)))
                continue
            }
            guard let current = value(section) else { continue }
            let kind = Kind(section)
            let slot = previous.firstIndex { $0.kind == kind }
            defer {
                if let slot { previous[slot] = (kind, current, position) } else { previous.append((kind, current, position)) }
            }
            guard let slot else { continue }
            let last = (value: previous[slot].value, section: siblings[previous[slot].position])
            let expected = last.value + 1
            // A restart at the first number follows an intervening block: legal.
            if current == expected || current == 1 { continue }
            let written = section.style == .roman ? RomanNumeral.format(expected) : String(expected)
            if current == last.value {
                diagnostics.append(context.diagnostic(message("số thứ tự “\(section.marker)” bị trùng với dòng \(last.section.line); số tiếp theo là “\(written)”", "“\(section.marker)” repeats the number of line \(last.section.line); the next number is “\(written)”"),
                                                      document.range(section.markerSpan)))
            } else {
                diagnostics.append(context.diagnostic(message("số thứ tự không liên tục: sau “\(last.section.marker)” (dòng \(last.section.line)) là “\(written)”, không phải “\(section.marker)”", "numbering jumps: after “\(last.section.marker)” (line \(last.section.line)) comes “\(written)”, not “\(section.marker)”"),
                                                      document.range(section.markerSpan)))
            }
        }
    }
}
