import DocLint

struct ToneMarkStyleRule: DocumentRule {
    static let description = RuleDescription(
        id: "tone-mark-style",
        name: "Thống nhất kiểu đặt dấu thanh",
        summary: message("Một văn bản đặt dấu thanh một kiểu: kiểu mới (“hòa”, “ủy”, “thủy”) hoặc kiểu cũ (“hoà”, “uỷ”, “thuỷ”), không trộn hai kiểu",
                         "One tone-mark placement per document: the new one (“hòa”, “ủy”, “thủy”) or the old one (“hoà”, “uỷ”, “thuỷ”), not both"),
        rationale: message("NĐ 30/2020/NĐ-CP, Phụ lục II và Phụ lục I, mục II.6: văn bản viết đúng chính tả tiếng Việt, chính xác và thống nhất. Cả hai kiểu đặt dấu ở vần “oa”, “oe”, “uy” không có âm cuối đều được chấp nhận (văn bản của Chính phủ hiện dùng kiểu “hòa”, “ủy”), nhưng trộn hai kiểu trong một văn bản là thiếu thống nhất. Tham số style chọn kiểu bắt buộc; mặc định kiểu được dùng nhiều hơn trong văn bản là chuẩn. Tên người (chữ hoa đứng sau chữ hoa) được bỏ qua.",
                           "Decree 30/2020, Appendix II and Appendix I, II.6: documents follow Vietnamese spelling, accurately and consistently. Both placements of the tone mark in the open rhymes “oa”, “oe”, “uy” are accepted (Government documents now write “hòa”, “ủy”), but mixing them in one document is inconsistent. The style parameter fixes one; by default the placement the document uses more stands. Personal names (a capital after a capital) are skipped."),
        source: "NĐ 30/2020/NĐ-CP, Phụ lục II; Phụ lục I, mục II.6",
        category: .text,
        defaultSeverity: .note,
        needsExactText: true,
        parameters: [
            RuleParameter("style", .string("auto"), message("auto (kiểu dùng nhiều hơn trong văn bản là chuẩn), new (hòa, ủy) hoặc old (hoà, uỷ)",
                                                             "auto (the placement the document uses more stands), new (hòa, ủy) or old (hoà, uỷ)")),
        ],
        nonTriggering: [
            "Ủy ban nhân dân tỉnh giao Sở Y tế hòa giải, báo cáo Tỉnh ủy về công tác thủy lợi.",
            "Uỷ ban nhân dân tỉnh giao Sở Y tế hoà giải, báo cáo Tỉnh uỷ về công tác thuỷ lợi.",
            "Ủy ban nhân dân tỉnh cử bà Nguyễn Thị Thuỷ, Phó Giám đốc Sở, tham dự; ông Lê Văn Hoà phối hợp.",
            "Hoàn thành việc quy hoạch, thuyết minh và khoanh vùng; quý I năm 2026.",
            // The Quốc hiệu keeps NĐ 30's “HÒA” in a document written “uỷ”, “hoà”: a formula, not a mix.
            "UỶ BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN\nCỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nUỷ ban nhân dân tỉnh giao Sở Nội vụ hoà giải, báo cáo Tỉnh uỷ.",
        ],
        triggering: [
            "Ủy ban nhân dân tỉnh giao Sở Y tế hòa giải, báo cáo Tỉnh ↓uỷ về công tác thủy lợi.",
            "UỶ BAN NHÂN DÂN TỈNH\nGiao Văn phòng ↓Ủy ban nhân dân tỉnh tổng hợp, ↓hòa hợp số liệu.\nTỉnh uỷ chỉ đạo; Sở Xây dựng hoàn thành việc xoá nhà tạm.",
            "Thanh ↓Hoá, ngày 12 tháng 3 năm 2026\nỦy ban nhân dân tỉnh Thanh Hóa giao các sở, ngành tỉnh Thanh Hóa thực hiện.",
        ],
        corrections: [
            RuleCorrection("Ủy ban nhân dân tỉnh giao Sở Y tế hòa giải, báo cáo Tỉnh uỷ về công tác thủy lợi.",
                           "Ủy ban nhân dân tỉnh giao Sở Y tế hòa giải, báo cáo Tỉnh ủy về công tác thủy lợi."),
        ])

    /// A word written in one placement.
    struct Placed {
        let line: Int
        let columns: Range<Int>
        let isOld: Bool
        /// Lower case without marks, to compare a name with the same name (names only).
        let key: [UInt8]
    }

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        // Words, and names apart: a capital after a capital ("Nguyễn Thị Thuỷ", "Thanh Hoá") is a
        // name's own spelling, judged only against the same name written the other way.
        var placed: [Placed] = [], names: [Placed] = []
        // The Quốc hiệu is a set formula, not the drafter's choice: its “HÒA” (or a copy's “HOÀ”)
        // neither sets the document's placement nor is asked to follow it.
        let title = document.header.nationalTitle?.span
        func inNationalTitle(_ line: Int, _ word: Range<Int>) -> Bool {
            guard let title, line >= title.startLine, line <= title.endLine else { return false }
            return (line > title.startLine || word.lowerBound >= title.startColumn) && (line < title.endLine || word.upperBound <= title.endColumn)
        }
        for (index, line) in document.source.lines.enumerated() where !line.isBlank {
            let words = line.letterWords
            let folded = line.folded
            for (position, word) in words.enumerated() where word.count >= 2 {
                // The folded ending first (bytes): only "…oa", "…oe", "…uy" can differ in placement.
                let a = folded[word.upperBound - 2], b = folded[word.upperBound - 1]
                guard (a == 0x6F && (b == 0x61 || b == 0x65)) || (a == 0x75 && b == 0x79) else { continue }
                // A tone mark on one of the two (plain letters are ASCII), and not "qu…" ("quy định").
                let end = word.upperBound
                guard line.scalars[end - 1].value > 0x7F || line.scalars[end - 2].value > 0x7F,
                      word.count == 2 || folded[end - 3] != 0x71 else { continue }
                guard let isOld = Self.isOldPlacement(line.scalars[word]), !inNationalTitle(index, word) else { continue }
                if position > 0, line.scalars[word.lowerBound].isUppercaseFast, line.scalars[words[position - 1].lowerBound].isUppercaseFast,
                   !Self.isCapitals(line, word) {
                    names.append(Placed(line: index, columns: word, isOld: isOld, key: Array(folded[word])))
                } else {
                    placed.append(Placed(line: index, columns: word, isOld: isOld, key: []))
                }
            }
        }
        var diagnostics: [Diagnostic] = []
        let fixed: Bool? = switch context.string("style") {
        case "new", "mới", "moi": true
        case "old", "cũ", "cu": false
        default: nil
        }
        if let oddIsOld = fixed {
            let reason = oddIsOld ? message("rules.yml chọn kiểu mới", "rules.yml sets the new placement") : message("rules.yml chọn kiểu cũ", "rules.yml sets the old placement")
            for word in placed where word.isOld == oddIsOld { diagnostics.append(finding(word, reason, document, context)) }
        } else if let oddIsOld = Self.minority(placed) {
            let others = placed.filter { $0.isOld != oddIsOld }.count
            let reason = oddIsOld ? message("văn bản đặt dấu kiểu mới ở \(others) chỗ khác", "the document uses the new placement in \(others) other places")
                                  : message("văn bản đặt dấu kiểu cũ ở \(others) chỗ khác", "the document uses the old placement in \(others) other places")
            for word in placed where word.isOld == oddIsOld { diagnostics.append(finding(word, reason, document, context)) }
        }
        for sameName in Dictionary(grouping: names, by: \.key).values {
            guard let oddIsOld = Self.minority(sameName) else { continue }
            let standing = sameName.first { $0.isOld != oddIsOld }.map { document.source.lines[$0.line].slice($0.columns) } ?? ""
            let reason = message("tên này được viết “\(standing)” ở chỗ khác", "this name is written “\(standing)” elsewhere")
            for word in sameName where word.isOld == oddIsOld { diagnostics.append(finding(word, reason, document, context)) }
        }
        return diagnostics
    }

    /// Which placement is the odd one (true: old) when both occur: the one used less; on a tie, the
    /// one used second. Nil when the words agree.
    static func minority(_ words: [Placed]) -> Bool? {
        let old = words.filter(\.isOld).count, new = words.count - old
        guard old > 0, new > 0 else { return nil }
        return old != new ? old < new : !(words.first?.isOld ?? false)
    }

    func finding(_ word: Placed, _ reason: Message, _ document: Document, _ context: RuleContext) -> Diagnostic {
        let written = document.source.lines[word.line].slice(word.columns)
        let other = Self.otherPlacement(Array(document.source.lines[word.line].scalars[word.columns])) ?? written
        let range = document.range(TextSpan(line: word.line, columns: word.columns))
        return context.diagnostic(
            message("“\(written)” đặt dấu thanh khác kiểu: \(reason.vi); viết “\(other)”",
                    "“\(written)” places its tone mark the other way: \(reason.en); write “\(other)”"),
            range, fix: Fix(message: message("viết “\(other)”", "write “\(other)”"), edits: [TextEdit(range: range, replacement: other)]))
    }

    static func isCapitals(_ line: SourceLine, _ word: Range<Int>) -> Bool {
        line.scalars[word].allSatisfy { !$0.isLowercaseFast }
    }

    // MARK: - Placement

    /// The tone marks (combining) and the vowels of the open rhymes "oa", "oe", "uy" that carry them.
    static let tones: [Unicode.Scalar] = ["\u{0300}", "\u{0301}", "\u{0309}", "\u{0303}", "\u{0323}"]
    /// Toned vowel → (its letter without the tone, the tone's index); and back.
    static let split: [Unicode.Scalar: (Unicode.Scalar, Int)] = {
        var table: [Unicode.Scalar: (Unicode.Scalar, Int)] = [:]
        for base in "oaeuyOAEUY".unicodeScalars {
            for (index, tone) in tones.enumerated() {
                let composed = (String(base) + String(tone)).precomposedStringWithCanonicalMapping.unicodeScalars
                if composed.count == 1 { table[composed.first!] = (base, index) }
            }
        }
        return table
    }()
    static let joined: [String: Unicode.Scalar] = {
        var table: [String: Unicode.Scalar] = [:]
        for (toned, (base, tone)) in split { table["\(base)\(tone)"] = toned }
        return table
    }()

    /// Letters that cannot stand right before the rhyme: vowels (with or without hats), and "q".
    static let vowelsAndQ: Set<Unicode.Scalar> = Set("aeiouyăâêôơưq".unicodeScalars)

    static func letter(_ scalar: Unicode.Scalar) -> (Unicode.Scalar, Int?) {
        if let (base, tone) = split[scalar] { return (base, tone) }
        return (scalar, nil)
    }

    /// For a word ending in the open rhyme "oa", "oe" or "uy" with a tone mark: whether the mark
    /// sits the old way (on the second vowel: "hoà", "uỷ"). Nil for any other word: a final
    /// consonant ("hoàng", "thuyết"), "qu" ("quý"), no tone ("hoa"). (No allocation: every "hóa" of
    /// every document asks.)
    static func isOldPlacement(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool? {
        guard scalars.count >= 2 else { return nil }
        let end = scalars.endIndex
        let (first, firstTone) = letter(scalars[end - 2]), (second, secondTone) = letter(scalars[end - 1])
        let a = Letters.lower(first), b = Letters.lower(second)
        guard (a == "o" && (b == "a" || b == "e")) || (a == "u" && b == "y"), (firstTone == nil) != (secondTone == nil) else { return nil }
        if scalars.count >= 3 {
            // An onset before the rhyme, not a vowel ("khoẻ", "thuỷ"); "qu" makes "y" the nucleus ("quý").
            let before = scalars[end - 3]
            guard before.isAlphabeticFast, !Self.vowelsAndQ.contains(Letters.lower(letter(before).0)) else { return nil }
        }
        return secondTone != nil
    }

    /// The word with its tone mark moved to the other vowel of the rhyme ("hoà" ↔ "hòa"); nil when
    /// `isOldPlacement` is.
    static func otherPlacement(_ scalars: [Unicode.Scalar]) -> String? {
        guard let isOld = isOldPlacement(scalars[...]) else { return nil }
        let count = scalars.count
        let (first, firstTone) = letter(scalars[count - 2]), (second, secondTone) = letter(scalars[count - 1])
        var other = scalars
        if !isOld, let tone = firstTone, let moved = joined["\(second)\(tone)"] {
            other[count - 2] = first
            other[count - 1] = moved
        } else if isOld, let tone = secondTone, let moved = joined["\(first)\(tone)"] {
            other[count - 2] = moved
            other[count - 1] = second
        } else {
            return nil
        }
        return String(String.UnicodeScalarView(other))
    }
}
