import DocLint

struct RepeatedWordRule: DocumentRule {
    static let description = RuleDescription(
        id: "repeated-word",
        name: "Từ lặp liền nhau",
        summary: message("Không lặp một từ hay cụm từ liền nhau (“bao bao cáo”, “Kế hoạch số Kế hoạch số”)", "No word or phrase repeated back to back (“bao bao cáo”, “Kế hoạch số Kế hoạch số”)"),
        rationale: message("NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6: nội dung văn bản phải chính xác; từ lặp liền nhau là lỗi gõ thường gặp khi sửa bản thảo. Từ láy hoàn toàn thông dụng (“ngày ngày”, “nhà nhà”…) được bỏ qua và có thể thêm bằng tham số.",
                           "Decree 30/2020, Appendix I, II.6: the content must be accurate; a word repeated back to back is a common editing slip. Common full reduplications (“ngày ngày”, “nhà nhà”…) are allowed and more can be configured."),
        source: "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6",
        category: .text,
        defaultSeverity: .warning,
        needsExactText: true,
        parameters: [RuleParameter("allowed", .strings([]), message("Các từ được phép lặp (thêm vào danh sách có sẵn)", "Words that may repeat (added to the built-in list)"))],
        nonTriggering: [
            "Nhà nhà, người người thi đua thực hiện chuyển đổi số.",
            "Giao Sở Nội vụ báo cáo kết quả. Báo cáo gửi trước ngày 15/4/2026.",
            "Giao Đảng ủy Ủy ban nhân dân xã chủ trì; Trưởng ban Ban Chỉ đạo nghe báo cáo.",
            "BAN THƯỜNG VỤ ĐẢNG ỦY ỦY BAN NHÂN DÂN PHƯỜNG",
            "Ban Thường vụ Huyện ủy ủy quyền cho Văn phòng ký thông báo; gieo cấy đúng thời vụ vụ Hè Thu.",
            "Thị xã trở thành thành phố từ ngày 01/7/2026; hội nghị đã hoàn thành thành công các nội dung.",
            "Xử lý nghiêm các hành vi vi phạm; khuyến khích đầu tư tư nhân vào sản xuất xuất khẩu.",
        ],
        triggering: [
            "Giao Sở Nội vụ tổng hợp, bao ↓bao cáo kết quả.",
            "Giao Sở Nội vụ tổng hợp, báo cáo ↓báo cáo kết quả.",
            "Các ý kiến được tổng hợp thành ↓thành một báo cáo chung.",
            "Thực hiện Kế hoạch số ↓Kế hoạch số 15/KH-UBND ngày 12/01/2026.",
            "ĐẢNG ỦY XÃ ↓XÃ PHÚ LỘC",
        ],
        corrections: [])

    static let reduplications: Set<String> = ["ngày", "người", "nhà", "đời", "từ", "nơi", "đâu", "ai", "gì", "mỗi", "lớp", "tháng", "năm", "đêm", "thường", "xa", "rồi", "lần", "chiều", "sáng", "tối", "bước"]

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        let allowed = Self.reduplications.union(context.strings("allowed").map { $0.lowercased() })
        var diagnostics: [Diagnostic] = []
        for index in document.proseLines {
            let line = document.source.lines[index]
            let words = line.letterWords
            let folded = line.folded
            var position = 1
            scan: while position < words.count {
                // A repeat starts at a word whose length and first letter (folded) match those of the
                // word one, two or three before it: almost no word does, and the whole test below,
                // asked at every word, was the costliest of the word-by-word rules.
                let word = words[position]
                var mayRepeat = false
                for length in 1...min(3, position) where words[position - length].count == word.count
                    && folded[words[position - length].lowerBound] == folded[word.lowerBound] { mayRepeat = true; break }
                guard mayRepeat else { position += 1; continue }
                // Longest repeat first: "Kế hoạch số Kế hoạch số", "báo cáo báo cáo", "bao bao".
                for length in stride(from: 3, through: 1, by: -1) where position >= length && position + length <= words.count {
                    let firstStart = position - length
                    // The fold first (cheap bytes), then the exact words: "bao" and "báo" fold alike.
                    // (Index loops: zipped slices cost more than the comparisons on long documents.)
                    guard (0..<length).allSatisfy({ Self.sameFold(line, words[firstStart + $0], words[position + $0]) }),
                          (0..<length).allSatisfy({ Self.word(line, words[firstStart + $0]) == Self.word(line, words[position + $0]) }),
                          (firstStart..<(position + length - 1)).allSatisfy({ Self.onlySpaceBetween(line, words[$0], words[$0 + 1]) }) else { continue }
                    if length == 1 && (words[position].count == 1 || allowed.contains(Self.word(line, words[position]))
                                        || Self.isNameBoundary(line, words, position)) { continue }
                    let span = words[position].lowerBound..<words[position + length - 1].upperBound
                    let text = line.slice(span)
                    diagnostics.append(context.diagnostic(
                        length == 1 ? message("từ “\(text)” bị lặp liền nhau", "the word “\(text)” is repeated") : message("cụm từ “\(text)” bị lặp liền nhau", "the phrase “\(text)” is repeated"),
                        document.range(TextSpan(line: index, columns: span))))
                    position += length
                    continue scan
                }
                position += 1
            }
        }
        return diagnostics
    }

    /// Pairs that end a compound before a repeat ("Quận ủy", "Phó ban", "thời vụ") and that start one
    /// after it ("Ủy ban", "ủy quyền", "Ban Chỉ đạo", "vụ Đông Xuân"), folded: those the two-syllable
    /// words of doclint's lexicon (`CompoundWords`: "Đảng ủy", "Trưởng ban", "thành phố", …) lack.
    static let compoundEnds: Set<[UInt8]> = Set(["quan uy", "thi uy", "khu uy", "pho ban", "thuong vu", "phuc vu", "chuc vu", "thoi vu",
        "su vu", "hinh thanh", "cau thanh", "truong thanh"].map { Array($0.utf8) })
    static let compoundStarts: Set<[UInt8]> = Set(["uy ban", "uy quyen", "uy nhiem", "ban chi", "ban thuong", "ban to", "ban tuyen",
        "ban dan", "ban noi", "ban kinh", "ban quan", "ban can", "ban chap", "ban bi", "ban van",
        "vu dong", "vu xuan", "vu he", "vu mua", "vu thu", "vu viec", "thanh qua", "thanh phong"].map { Array($0.utf8) })

    /// The same test on folded words: `before` and `word` make a compound, and so do `word` and `after`.
    static func isCompoundBoundary(before: String, word: String, after: String) -> Bool {
        let (before, word, after) = (Array(before.utf8)[...], Array(word.utf8)[...], Array(after.utf8)[...])
        return isWord(before, word, listed: compoundEnds) && isWord(word, after, listed: compoundStarts)
    }

    /// Whether two folded words make a compound: in one of the lists above, or a two-syllable word
    /// of doclint's lexicon ("hành vi", "vi phạm").
    static func isWord(_ first: ArraySlice<UInt8>, _ second: ArraySlice<UInt8>, listed: Set<[UInt8]>) -> Bool {
        listed.contains(Array(first) + [0x20] + Array(second)) || CompoundWords.contains(first, second)
    }

    /// A word said twice where one name or compound ends and the next begins ("Đảng ủy Ủy ban nhân
    /// dân", "Trưởng ban Ban Chỉ đạo", "Tỉnh ủy ủy quyền"): the word before and the repeat make a
    /// compound, and so do the repeat and the word after it (or the repeat opens a name in capitals).
    static func isNameBoundary(_ line: SourceLine, _ words: [Range<Int>], _ position: Int) -> Bool {
        guard position >= 2 else { return false }
        func isWord(_ first: Range<Int>, _ second: Range<Int>, listed: Set<[UInt8]>) -> Bool {
            Self.isWord(line.folded[first], line.folded[second], listed: listed)
        }
        guard isWord(words[position - 2], words[position - 1], listed: compoundEnds) else { return false }
        if position + 1 < words.count, isWord(words[position], words[position + 1], listed: compoundStarts) { return true }
        return line.scalars[words[position].lowerBound].isUppercaseFast && !line.scalars[words[position - 1].lowerBound].isUppercaseFast
    }

    /// Whether two words fold alike; length and first letter settle almost every pair.
    @inline(__always) static func sameFold(_ line: SourceLine, _ first: Range<Int>, _ second: Range<Int>) -> Bool {
        first.count == second.count && line.folded[first.lowerBound] == line.folded[second.lowerBound]
            && line.folded[first].elementsEqual(line.folded[second])
    }

    /// The word at `range`, lower-cased with its marks; built only when two folds agree.
    static func word(_ line: SourceLine, _ range: Range<Int>) -> String { line.slice(range).lowercased() }

    static func onlySpaceBetween(_ line: SourceLine, _ first: Range<Int>, _ second: Range<Int>) -> Bool {
        (first.upperBound..<second.lowerBound).allSatisfy { line.scalars[$0] == " " }
    }
}
