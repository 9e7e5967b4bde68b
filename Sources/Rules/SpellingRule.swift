import DocLint
import Foundation

struct SpellingRule: DocumentRule {
    static let description = RuleDescription(
        id: "spelling",
        name: "Chính tả tiếng Việt",
        summary: message("Không viết sai chính tả: lỗi thường gặp khi soạn thảo (“sử lý”, “cập nhập”, “tâm quan trọng”; cảnh báo) và âm tiết không có trong tiếng Việt (“nghành”; ghi chú)",
                         "No spelling slips: the common drafting errors (“sử lý”, “cập nhập”, “tâm quan trọng”; warning) and syllables Vietnamese does not have (“nghành”; note)"),
        rationale: message("NĐ 30/2020/NĐ-CP, Điều 8 khoản 2 điểm đ và Phụ lục I, mục II.6: nội dung văn bản phải dùng từ ngữ tiếng Việt phổ thông, chính xác; chính tả theo Phụ lục II. Danh sách lỗi thường gặp có cách sửa an toàn; âm tiết được đối chiếu với từ điển hunspell-vi (gói Debian hunspell-vi) khi máy có, bỏ qua tên riêng, chữ viết tắt, mã số và văn bản OCR.",
                           "Decree 30/2020, Art. 8.2.đ and Appendix I, II.6: the content uses standard, accurate Vietnamese; spelling per Appendix II. The common errors have safe fixes; syllables are checked against hunspell-vi (Debian package hunspell-vi) when it is installed, skipping proper names, abbreviations, codes and OCR text."),
        source: "NĐ 30/2020/NĐ-CP, Điều 8.2.đ; Phụ lục I, mục II.6; Phụ lục II",
        category: .text,
        defaultSeverity: .warning,
        needsExactText: true,
        parameters: [
            RuleParameter("dictionary", .string(VietnameseSyllable.defaultDictionary),
                          message("Từ điển âm tiết dạng hunspell; để trống thì chỉ kiểm tra danh sách lỗi thường gặp", "A hunspell syllable list; empty checks the common errors only")),
            RuleParameter("allowed", .strings([]), message("Từ được chấp nhận dù không có trong từ điển (viết thường)", "Words accepted though not in the dictionary (lower case)")),
        ],
        nonTriggering: [
            "Giao Sở Tư pháp xử lý hồ sơ và cập nhật dữ liệu trước ngày 15/4/2026.",
            "Trung tâm quan trọng nhất của tỉnh là Trung tâm Phục vụ hành chính công.",
            "Ủy ban nhân dân tỉnh đề nghị các ngành quan tâm, sáp nhập dữ liệu dự trữ quốc gia.",
            "Khả năng xuất khẩu tăng; hồ sơ xuất trình đủ.",
            // Foreign words in hyphenated syllables.
            "Treo băng-rôn, pa-nô tuyên truyền dọc tuyến đường dài 2 ki-lô-mét; băng rôn đặt tại trụ sở.",
            "Kính gửi:\n- Sở Tài chính;\n- Sở Giáo dục và Đào tạo.",
        ],
        triggering: [
            "Giao Sở Tư pháp ↓sử lý hồ sơ.",
            "Nâng cao nhận thức về ↓tâm quan trọng của cải cách hành chính.",
            "Căn cứ Luật Ban hành văn bản quy phạm ↓phát luật ngày 19 tháng 02 năm 2025;",
            "Giao ↓Ủy ban nhân tỉnh chỉ đạo thực hiện.",
            "Các sở, ↓cập nhập số liệu hằng tháng.",
            "Kính gửi:\n- Sở Tài chính;\n- Sở ↓Kế hoặch và Đầu tư.",
        ],
        corrections: [
            RuleCorrection("Giao Sở Tư pháp sử lý hồ sơ.", "Giao Sở Tư pháp xử lý hồ sơ."),
            RuleCorrection("Sử lý dứt điểm hồ sơ tồn đọng.", "Xử lý dứt điểm hồ sơ tồn đọng."),
            RuleCorrection("Giao Ủy ban nhân tỉnh chỉ đạo.", "Giao Ủy ban nhân dân tỉnh chỉ đạo."),
        ])

    /// A slip and its correction, lower case, as NFC words. `validAfter`: words before the slip
    /// that make it a correct phrase ("trung tâm quan trọng" is right, "tâm quan trọng" is not).
    struct Slip: Sendable {
        let wrong: [String]
        let right: String
        let validAfter: Set<String>
        /// The words as scalars (and the first one capitalised) and folded, to match without
        /// building a String per word of the text.
        let scalars: [[Unicode.Scalar]]
        let capitalised: [Unicode.Scalar]
        let folded: [[UInt8]]
        init(_ wrong: String, _ right: String, validAfter: Set<String>) {
            self.wrong = wrong.split(separator: " ").map(String.init)
            self.right = right
            self.validAfter = validAfter
            scalars = self.wrong.map { Array($0.unicodeScalars) }
            capitalised = Array((self.wrong[0].prefix(1).uppercased() + self.wrong[0].dropFirst()).unicodeScalars)
            folded = self.wrong.map { Array(VietnameseFold.fold($0).utf8) }
        }
    }

    /// Errors that drafting offices report most (format-rules.md §5): never right as written.
    static let slips: [Slip] = {
        var list: [(String, String, Set<String>)] = [
            ("sử lý", "xử lý", []), ("sử lí", "xử lí", []), ("xử dụng", "sử dụng", []), ("sử phạt", "xử phạt", []),
            ("nghành", "ngành", []), ("chuẩn đoán", "chẩn đoán", []), ("tâm quan trọng", "tầm quan trọng", ["trung", "quan", "tâm"]),
            ("phát luật", "pháp luật", []), ("pháp triển", "phát triển", []), ("sát nhập", "sáp nhập", []),
            ("cập nhập", "cập nhật", []), ("bổ xung", "bổ sung", []), ("sản suất", "sản xuất", []),
            ("xắp xếp", "sắp xếp", []), ("sắp sếp", "sắp xếp", []), ("trách nghiệm", "trách nhiệm", []),
            ("dữ trữ", "dự trữ", []), ("dự liệu", "dữ liệu", []), ("giữ liệu", "dữ liệu", []), ("xác xuất", "xác suất", []),
            ("cọ sát", "cọ xát", []), ("chính sát", "chính xác", []), ("tuyên chuyền", "tuyên truyền", []),
            ("nồng cốt", "nòng cốt", []), ("vô hình chung", "vô hình trung", []), ("chỉnh chu", "chỉn chu", []),
            ("đột suất", "đột xuất", []), ("suất sắc", "xuất sắc", []), ("sung phong", "xung phong", []),
            ("bức súc", "bức xúc", []), ("giáo giục", "giáo dục", []), ("kỹ luật", "kỷ luật", []), ("kỷ năng", "kỹ năng", []),
            ("kỷ thuật", "kỹ thuật", []), ("ngân sánh", "ngân sách", []), ("hiệu quã", "hiệu quả", []),
            ("chân trọng", "trân trọng", []), ("lảnh đạo", "lãnh đạo", []), ("triễn khai", "triển khai", []),
            ("kiễm tra", "kiểm tra", []), ("nghỉ quyết", "nghị quyết", []), ("chẩn bị", "chuẩn bị", []),
            ("kế hoặch", "kế hoạch", []), ("hoặch định", "hoạch định", []),
        ]
        // An agency name that lost "dân": "Ủy ban nhân tỉnh", "Hội đồng nhân huyện".
        for body in ["ủy ban", "uỷ ban", "hội đồng"] {
            for level in ["tỉnh", "huyện", "xã", "phường", "thị trấn", "thành phố", "quận", "thị xã", "các"] {
                list.append(("\(body) nhân \(level)", "\(body) nhân dân \(level)", []))
            }
        }
        // Grouped by their first word as written, for `slipsByFirstWord`.
        return list.map { Slip($0.0, $0.1, validAfter: $0.2) }.sorted { $0.scalars[0].lexicographicallyPrecedes($1.scalars[0]) { $0.value < $1.value } }
    }()

    /// Slips by the hash of their first word as written (lower case, and with a capital), as
    /// (first index << 8 | count) into `slips`, which lists slips sharing a first word together:
    /// one probe per word of the text. Written, not folded: a slip matches its written letters only,
    /// and the folded key sent every "sự", "bộ", "hội" of every text to the comparison.
    static let slipsByFirstWord: WordHashTable = {
        var table = WordHashTable(capacity: slips.count * 2)
        var start = 0
        while start < slips.count {
            var end = start + 1
            while end < slips.count, slips[end].scalars[0] == slips[start].scalars[0] { end += 1 }
            let entry = Int32(start << 8 | (end - start))
            table.insert(WordHashTable.hash(scalars: slips[start].scalars[0][...]), value: entry)
            if slips[start].capitalised != slips[start].scalars[0] {
                table.insert(WordHashTable.hash(scalars: slips[start].capitalised[...]), value: entry)
            }
            start = end
        }
        return table
    }()

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        // Unwrapped once: binding the optional table per word copied it (two retains) each time.
        let path = context.string("dictionary")
        let syllables = Self.syllables(at: path)
        let checksSyllables = syllables != nil
        let dictionary = syllables ?? WordHashTable(capacity: 0)
        var diagnostics: [Diagnostic] = []
        // A list the office named and that cannot be read is said once, not silently skipped. (The
        // default list, when hunspell-vi is not installed, is shown by `doclint rules spelling`.)
        if syllables == nil, !path.isEmpty, path != VietnameseSyllable.defaultDictionary, !document.source.lines.isEmpty {
            diagnostics.append(context.diagnostic(
                message("không đọc được từ điển âm tiết “\(path)” (tham số dictionary của spelling): chỉ kiểm tra danh sách lỗi thường gặp",
                        "cannot read the syllable list “\(path)” (spelling's dictionary parameter): only the common slips are checked"),
                document.range(TextSpan(line: 0, columns: 0..<0)), severity: .note))
        }
        let allowedWords = context.strings("allowed")
        var allowed = WordHashTable(capacity: allowedWords.count)
        for word in allowedWords { allowed.insert(WordHashTable.hash(word.lowercased().precomposedStringWithCanonicalMapping)) }
        let table = Self.slipsByFirstWord
        // The running text, and the recipients of Kính gửi and Nơi nhận: a misspelt name there
        // ("Sở Kế hoặch và Đầu tư") reaches the wrong desk.
        var recipientLines = ([document.kinhGui].compactMap { $0 } + document.recipients + document.distribution).map(\.span.startLine)
        recipientLines.removeAll { document.proseLines.contains($0) }
        for index in document.proseLines + Array(Set(recipientLines)).sorted() {
            let line = document.source.lines[index]
            let words = line.letterWords, scalars = line.scalars
            var position = 0
            while position < words.count {
                // The first word's look-up here, inline: almost every word starts no slip, and the
                // call that found that out cost several times the look-up.
                let hash = WordHashTable.hash(scalars: scalars, words[position])
                if let first = table.value(hash),
                   let slip = Self.slip(in: line, words, at: position, startingWith: first) {
                    let span = words[position].lowerBound..<words[position + slip.wrong.count - 1].upperBound
                    let written = line.slice(span)
                    let replacement = Letters.matchingCase(slip.right, as: written)
                    diagnostics.append(context.diagnostic(
                        message("“\(written)” viết sai chính tả: viết “\(replacement)”", "“\(written)” is misspelt: write “\(replacement)”"),
                        document.range(TextSpan(line: index, columns: span)),
                        fix: Fix(message: message("viết “\(replacement)”", "write “\(replacement)”"),
                                 edits: [TextEdit(range: document.range(TextSpan(line: index, columns: span)), replacement: replacement)])))
                    position += slip.wrong.count
                    continue
                }
                if checksSyllables, Self.isUnknownSyllable(line, words[position], hash: hash, dictionary, allowed) {
                    // A note: hunspell-vi lacks a few rare syllables, and web copies glue words
                    // ("nhândân"), which the clerk should see but which is not always a slip of theirs.
                    let written = line.slice(words[position])
                    diagnostics.append(context.diagnostic(
                        words[position].count > 7
                            ? message("“\(written)” không phải âm tiết tiếng Việt (có thể hai từ viết dính): kiểm tra chính tả", "“\(written)” is not a Vietnamese syllable (perhaps two words run together): check the spelling")
                            : message("“\(written)” không phải âm tiết tiếng Việt: kiểm tra chính tả", "“\(written)” is not a Vietnamese syllable: check the spelling"),
                        document.range(TextSpan(line: index, columns: words[position])), severity: .note))
                }
                position += 1
            }
        }
        return diagnostics
    }

    /// The slip that starts at word `position`, if any: the folded words first (bytes), then the
    /// words as written, lower case or with a capital first letter.
    /// `packed`: what `slipsByFirstWord` holds for the word at `position`.
    static func slip(in line: SourceLine, _ words: [Range<Int>], at position: Int, startingWith packed: Int32) -> Slip? {
        let first = Int(packed >> 8)
        for index in first..<(first + Int(packed & 0xFF)) {
            let slip = slips[index]
            guard position + slip.wrong.count <= words.count,
                  (0..<slip.folded.count).allSatisfy({ line.folded[words[position + $0]].elementsEqual(slip.folded[$0]) }),
                  (0..<slip.scalars.count).allSatisfy({ index in
                      let written = line.scalars[words[position + index]]
                      return written.elementsEqual(slip.scalars[index]) || (index == 0 && written.elementsEqual(slip.capitalised))
                  }),
                  (position..<(position + slip.wrong.count - 1)).allSatisfy({ RepeatedWordRule.onlySpaceBetween(line, words[$0], words[$0 + 1]) })
            else { continue }
            if position > 0, !slip.validAfter.isEmpty, slip.validAfter.contains(line.slice(words[position - 1]).lowercased()) { continue }
            return slip
        }
        return nil
    }

    /// A lower-case word with Vietnamese marks that the dictionary lacks. Words in capitals or
    /// starting with one (names, abbreviations) and words without marks (English terms, codes)
    /// are left alone: a syllable list cannot judge them.
    /// (`hash`: the word's, `WordHashTable.hash(scalars:_:)`.)
    static func isUnknownSyllable(_ line: SourceLine, _ range: Range<Int>, hash: UInt64, _ syllables: WordHashTable, _ allowed: WordHashTable) -> Bool {
        let scalars = line.scalars
        guard range.count > 1, !scalars[range.lowerBound].isUppercaseFast, range.contains(where: { scalars[$0].value > 0x7F }) else { return false }
        // A word glued to digits or other letters outside the fold ("m²", "2026đ") is not a syllable.
        func glued(_ scalar: Unicode.Scalar) -> Bool { scalar.isAlphabeticFast || ("0"..."9").contains(scalar) }
        if range.lowerBound > 0, glued(scalars[range.lowerBound - 1]) { return false }
        if range.upperBound < scalars.count, glued(scalars[range.upperBound]) { return false }
        // A foreign word written in syllables joined by hyphens ("băng-rôn", "pa-nô", "ki-lô-mét").
        if range.lowerBound > 1, scalars[range.lowerBound - 1] == "-", scalars[range.lowerBound - 2].isAlphabeticFast { return false }
        if range.upperBound + 1 < scalars.count, scalars[range.upperBound] == "-", scalars[range.upperBound + 1].isAlphabeticFast { return false }
        // Lower case already (its first letter is); a capital inside ("cáoThủ") is a glued pair
        // and rightly unknown.
        return !syllables.contains(hash) && (allowed.count == 0 || !allowed.contains(hash))
    }

    // MARK: - The syllable list

    nonisolated(unsafe) private static var loaded: [String: WordHashTable?] = [:]
    private static let lock = NSLock()
        /// The default dictionary, read on first use: asked for by every document, it costs no lock.
    private static let defaultSyllables: WordHashTable? = read(VietnameseSyllable.defaultDictionary)

    /// The dictionary's syllables with both tone placements ("hoà" and "hòa"), read once per path;
    /// nil when the path is empty or unreadable.
    static func syllables(at path: String) -> WordHashTable? {
        guard !path.isEmpty else { return nil }
        if path == VietnameseSyllable.defaultDictionary { return defaultSyllables }
        lock.lock(); defer { lock.unlock() }
        if let cached = loaded[path] { return cached }
        let result = read(path)
        loaded[path] = result
        return result
    }

    private static func read(_ path: String) -> WordHashTable? {
        // (hunspell-vi holds 6,600 words: room for both placements of each; the table grows past it.)
        var table = WordHashTable(capacity: 16_384)
        var scalars: [Unicode.Scalar] = []
        // Word by word from the file's bytes: a String and an array per word made this 13 M
        // instructions at the start of every run, a one-document run included (now 8 M).
        let readable = VietnameseSyllable.forEachWord(inDictionaryAt: path) { word in
            // Lower case, scalar by scalar (the dictionary's few capitals are names and acronyms).
            scalars.removeAll(keepingCapacity: true)
            for scalar in word {
                guard scalar.isUppercaseFast else { scalars.append(scalar); continue }
                let lower = scalar.properties.lowercaseMapping.unicodeScalars
                scalars.append(lower.count == 1 ? lower.first! : scalar)
            }
            table.insert(WordHashTable.hash(scalars: scalars[...]))
            if let other = VietnameseSyllable.otherTonePlacement(scalars) { table.insert(WordHashTable.hash(scalars: other[...])) }
        }
        guard readable else { return nil }
        for word in supplement { table.insert(WordHashTable.hash(word)) }
        return table
    }

    /// Syllables of administrative text that hunspell-vi lacks: "băng rôn" (a banner, also written
    /// "băng-rôn").
    static let supplement = ["rôn"]
}
