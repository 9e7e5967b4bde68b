import DocLint

struct AbbreviationUndefinedRule: DocumentRule {
    static let description = RuleDescription(
        id: "abbreviation-undefined",
        name: "Chữ viết tắt được giải thích trước khi dùng",
        summary: message("Chữ viết tắt (CSDL, TTHC…) được viết đầy đủ kèm chữ tắt trong ngoặc trước lần dùng đầu tiên", "An abbreviation (CSDL, TTHC…) is spelled out with the short form in parentheses before its first use"),
        rationale: message("Kỹ thuật soạn thảo văn bản (NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6 yêu cầu nội dung rõ ràng, dễ hiểu): chữ viết tắt phải được viết đầy đủ ở lần dùng đầu, ví dụ “cơ sở dữ liệu (CSDL)”. Các chữ quen dùng (UBND, HĐND…) và các nhóm chữ trong ký hiệu văn bản được miễn; thêm chữ khác bằng tham số known.",
                           "Drafting practice (Decree 30/2020, Appendix I, II.6 asks for clear content): an abbreviation is spelled out at first use, e.g. “cơ sở dữ liệu (CSDL)”. Common ones (UBND, HĐND…) and the groups of document codes are exempt; add more with the known parameter."),
        source: "Kỹ thuật soạn thảo; NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6",
        category: .text,
        defaultSeverity: .note,
        needsExactText: true,
        parameters: [RuleParameter("known", .strings([]), message("Chữ viết tắt không cần giải thích (thêm vào danh sách có sẵn)", "Abbreviations that need no introduction (added to the built-in list)"))],
        nonTriggering: [
            "Sở Nội vụ xây dựng cơ sở dữ liệu (CSDL) hồ sơ lưu trữ. CSDL được cập nhật hằng tháng.",
            "Ủy ban nhân dân tỉnh giao UBND các xã, phường rà soát theo Kế hoạch số 15/KH-UBND ngày 12/01/2026.",
        ],
        triggering: [
            "Sở Nội vụ cập nhật ↓CSDL hồ sơ lưu trữ hằng tháng.",
            "Sở Nội vụ rà soát ↓TTHC; danh mục thủ tục hành chính (TTHC) được công bố.",
        ])

    static let common: Set<String> = ["UBND", "HĐND", "MTTQ", "TW", "VT", "TP", "VN", "CP", "TTg", "QH", "CHXHCN", "TM", "KT", "TL", "TUQ", "STT", "GDP", "ASEAN", "UBMTTQ"]
    static let vowels: Set<Character> = ["A", "E", "I", "O", "U", "Y", "Ă", "Â", "Ê", "Ô", "Ơ", "Ư"]

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        var exempt = Self.common.union(context.strings("known"))
        // Each distinct symbol once: a register of citations repeats the same few.
        for symbol in Set(document.references.map(\.symbol)) { exempt.formUnion(symbol.split(whereSeparator: { $0 == "-" || $0 == "/" }).map(String.init)) }
        if let symbol = document.header.number?.symbol { exempt.formUnion(symbol.split(whereSeparator: { $0 == "-" || $0 == "/" }).map(String.init)) }

        var firstUse: [String: TextSpan] = [:]
        var defined: [String: TextSpan] = [:]
        var order: [String] = []
        for index in document.proseLines {
            let line = document.source.lines[index]
            // Headings in capitals are not prose. (Asked only of lines with a token: most have none.)
            let tokens = Self.tokens(line)
            if tokens.isEmpty || line.isUpperCase { continue }
            for (token, range) in tokens {
                guard !exempt.contains(token), Self.isAbbreviation(token) else { continue }
                let span = TextSpan(line: index, columns: range)
                let inParentheses = range.lowerBound > 0 && line.scalars[range.lowerBound - 1] == "(" && range.upperBound < line.scalars.count && line.scalars[range.upperBound] == ")"
                let afterVietTat = VietnameseFold.fold(line.slice(max(0, range.lowerBound - 16)..<range.lowerBound)).contains("tat la")
                if inParentheses || afterVietTat {
                    if defined[token] == nil { defined[token] = span }
                } else if firstUse[token] == nil {
                    firstUse[token] = span
                    order.append(token)
                }
            }
        }
        return order.compactMap { token in
            guard let use = firstUse[token] else { return nil }
            if let definition = defined[token] {
                guard (definition.startLine, definition.startColumn) > (use.startLine, use.startColumn) else { return nil }
                return context.diagnostic(message("chữ viết tắt “\(token)” được dùng trước khi giải thích (giải thích ở dòng \(definition.startLine + 1))", "“\(token)” is used before it is spelled out (line \(definition.startLine + 1))"),
                                          document.range(use))
            }
            return context.diagnostic(message("chữ viết tắt “\(token)” chưa được giải thích; lần đầu viết đầy đủ kèm “(\(token))”", "the abbreviation “\(token)” is never spelled out; write it in full with “(\(token))” at first use"),
                                      document.range(use))
        }
    }

    /// Runs of capital letters (and "&") between non-letters, not glued to "/" or "-" of a code.
    static func tokens(_ line: SourceLine) -> [(String, Range<Int>)] {
        var result: [(String, Range<Int>)] = []
        let scalars = line.scalars
        let folded = line.folded
        // Letters fold to a–z one byte per scalar: boundaries come from the fold, and only words
        // whose first letter is a capital are looked at further (most words are not).
        func isLetter(_ index: Int) -> Bool { folded[index] >= 0x61 && folded[index] <= 0x7A }
        var index = 0
        while index < scalars.count {
            guard isLetter(index) else { index += 1; continue }
            let start = index
            while index < scalars.count, isLetter(index) || scalars[index] == "&" { index += 1 }
            guard scalars[start].isUppercaseFast, index - start >= 2, index - start <= 8,
                  !scalars[start..<index].contains(where: { $0.isLowercaseFast }) else { continue }
            // Glued to a code or a number ("QĐ-UBND", "12/KH", "5G"): not an abbreviation to define.
            // (The String is made only for a token kept; the test runs at every word in capitals.)
            func gluesToken(_ scalar: Unicode.Scalar) -> Bool {
                scalar == "/" || scalar == "-" || ("0"..."9").contains(scalar) || (scalar.value >= 0x80 && scalar.properties.numericType != nil)
            }
            let glued = (start > 0 && gluesToken(scalars[start - 1])) || (index < scalars.count && gluesToken(scalars[index]))
            if !glued { result.append((line.slice(start..<index), start..<index)) }
        }
        return result
    }

    /// An all-capitals token that cannot be a Vietnamese syllable: no vowel, or three consonants in a row.
    static func isAbbreviation(_ token: String) -> Bool {
        if RomanNumeral.value(token) != nil { return false }
        let base = Array(VietnameseFold.fold(token).uppercased())
        let isVowel: (Character) -> Bool = { vowels.contains($0) }
        if !base.contains(where: isVowel) { return true }
        var run = 0
        for (position, character) in base.enumerated() {
            run = isVowel(character) || character == "&" ? 0 : run + 1
            if run >= 3 {
                let cluster = String(base[(position - 2)...position])
                if cluster != "NGH" { return true }
            }
        }
        return false
    }
}
