import DocLint

struct CapitalizationAgencyRule: DocumentRule {
    static let description = RuleDescription(
        id: "capitalization-agency",
        name: "Viết hoa tên cơ quan, chức vụ",
        summary: message("Tên cơ quan, tổ chức và chức vụ gắn với cơ quan viết hoa đúng Phụ lục II (“Sở Tài chính”, “Ủy ban nhân dân”, “Phó Thủ tướng”), không viết hoa mọi chữ (“Ủy Ban Nhân Dân”) hay viết thường tên riêng (“Bộ tài chính”)",
                         "Names of agencies and bodies and the titles tied to them follow Appendix II (“Sở Tài chính”, “Ủy ban nhân dân”, “Phó Thủ tướng”): not every word capitalised (“Ủy Ban Nhân Dân”), not the proper part in lower case (“Bộ tài chính”)"),
        rationale: message("NĐ 30/2020/NĐ-CP, Phụ lục II, mục I.2 (tên cơ quan, tổ chức: viết hoa chữ cái đầu của các từ, cụm từ chỉ loại hình cơ quan, tổ chức và chức năng, lĩnh vực — “Bộ Tài chính”, “Ủy ban nhân dân tỉnh”, “Văn phòng Chính phủ”) và mục I.3 (chức vụ gắn với tên cơ quan — “Chủ tịch Ủy ban nhân dân tỉnh”, “Phó Thủ tướng Chính phủ”). Chỉ xét các tên có trong danh mục; chữ in hoa toàn bộ (phần đầu, chữ ký) và chữ hoa đầu câu không bị báo. Chữ đầu tên viết thường (“cơ sở y tế”, “cán bộ y tế”) không phải tên cơ quan nên không xét.",
                           "Decree 30/2020, Appendix II, I.2 (agency names: capitalise the first letter of the words naming the type of body and its function or field — “Bộ Tài chính”, “Ủy ban nhân dân tỉnh”, “Văn phòng Chính phủ”) and I.3 (titles tied to a body — “Chủ tịch Ủy ban nhân dân tỉnh”, “Phó Thủ tướng Chính phủ”). Only names in the list are judged; text in capitals (header, signature) and a capital opening a sentence are left alone. A name whose first letter is lower case (“cơ sở y tế”, “cán bộ y tế”) is not an agency name and is not judged."),
        source: "NĐ 30/2020/NĐ-CP, Phụ lục II, mục I.2, I.3",
        category: .text,
        defaultSeverity: .note,
        needsExactText: true,
        nonTriggering: [
            "Giao Sở Tài chính chủ trì, phối hợp với Ủy ban nhân dân các xã; báo cáo Phó Thủ tướng Chính phủ.",
            "Các cơ sở y tế, cán bộ y tế và toàn bộ tài chính công đoàn được rà soát.",
            "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\nVĂN PHÒNG CHÍNH PHỦ",
            "Uỷ ban nhân dân tỉnh giao Bộ Công Thương, Sở Văn hóa, Thể thao và Du lịch phối hợp.",
        ],
        triggering: [
            "Giao ↓Ủy Ban Nhân Dân tỉnh chỉ đạo ↓Sở Tài Chính bố trí kinh phí.",
            "Kính gửi: ↓Bộ tài chính.",
            "Ý kiến chỉ đạo của ↓Phó thủ tướng Chính phủ tại ↓Văn phòng chính phủ.",
            "Học tập và làm theo tư tưởng, đạo đức, phong cách ↓bác Hồ.",
        ],
        corrections: [
            RuleCorrection("Giao Ủy Ban Nhân Dân tỉnh chỉ đạo Sở Tài Chính bố trí kinh phí.", "Giao Ủy ban nhân dân tỉnh chỉ đạo Sở Tài chính bố trí kinh phí."),
        ])

    /// The names as Phụ lục II writes them. Longer names first where one begins another.
    static let names: [String] = [
        "Văn phòng Ủy ban nhân dân", "Văn phòng Hội đồng nhân dân", "Văn phòng Chính phủ", "Văn phòng Quốc hội", "Văn phòng Chủ tịch nước",
        "Ủy ban nhân dân", "Hội đồng nhân dân", "Ủy ban Mặt trận Tổ quốc Việt Nam", "Mặt trận Tổ quốc Việt Nam",
        "Chủ tịch Ủy ban nhân dân", "Phó Chủ tịch Ủy ban nhân dân", "Chủ tịch Hội đồng nhân dân", "Phó Chủ tịch Hội đồng nhân dân",
        "Thủ tướng Chính phủ", "Phó Thủ tướng Chính phủ", "Phó Thủ tướng", "Ban Thường vụ", "Ban Chấp hành",
        "Bộ Tài chính", "Bộ Nội vụ", "Bộ Tư pháp", "Bộ Y tế", "Bộ Xây dựng", "Bộ Công Thương", "Bộ Công an", "Bộ Quốc phòng", "Bộ Ngoại giao",
        "Bộ Giáo dục và Đào tạo", "Bộ Khoa học và Công nghệ", "Bộ Nông nghiệp và Môi trường", "Bộ Dân tộc và Tôn giáo",
        "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Tài nguyên và Môi trường", "Bộ Kế hoạch và Đầu tư", "Bộ Giao thông vận tải",
        "Bộ Thông tin và Truyền thông", "Bộ Lao động - Thương binh và Xã hội", "Bộ Nông nghiệp và Phát triển nông thôn",
        "Sở Tài chính", "Sở Nội vụ", "Sở Tư pháp", "Sở Y tế", "Sở Xây dựng", "Sở Công Thương", "Sở Ngoại vụ",
        "Sở Giáo dục và Đào tạo", "Sở Khoa học và Công nghệ", "Sở Nông nghiệp và Môi trường", "Sở Dân tộc và Tôn giáo",
        "Sở Văn hóa, Thể thao và Du lịch", "Sở Tài nguyên và Môi trường", "Sở Kế hoạch và Đầu tư", "Sở Giao thông vận tải",
        "Sở Thông tin và Truyền thông", "Sở Lao động - Thương binh và Xã hội", "Sở Nông nghiệp và Phát triển nông thôn",
        "Sở Văn hóa và Thể thao", "Sở Du lịch",
    ]
    /// Names whose first word is judged too: written in lower case they are still these names
    /// ("bác Hồ" is never right), unlike "bộ" or "sở", which open ordinary words ("cán bộ", "cơ sở").
    static let wholeNames: [String] = ["Bác Hồ", "Chủ tịch Hồ Chí Minh", "Đảng Cộng sản Việt Nam", "Thủ tướng Chính phủ", "Văn phòng Chính phủ", "Quốc hội"]

    struct Name: Sendable {
        let phrase: ExactPhrase
        /// The same name in the other tone-mark placement ("Uỷ ban nhân dân"), also right.
        let variant: String
        let judgesFirstLetter: Bool
        /// The name and its variant as scalars, and both with a capital first letter (a name opening
        /// a sentence): a place is judged by comparing scalars; a String is made only for a finding.
        let spellings: [[Unicode.Scalar]]
        let sentenceSpellings: [[Unicode.Scalar]]

        init(phrase: ExactPhrase, variant: String, judgesFirstLetter: Bool) {
            self.phrase = phrase
            self.variant = variant
            self.judgesFirstLetter = judgesFirstLetter
            spellings = [Array(phrase.text.unicodeScalars), Array(variant.unicodeScalars)]
            sentenceSpellings = [Letters.matchingCase(phrase.text, as: "X"), Letters.matchingCase(variant, as: "X")].map { Array($0.unicodeScalars) }
        }

        /// Whether the line writes the name at `columns` as one of its spellings, one space between words.
        func isWritten(_ line: SourceLine, _ columns: Range<Int>, opensSentence: Bool) -> Bool {
            let written = line.scalars[columns]
            return spellings.contains { written.elementsEqual($0) } || (opensSentence && sentenceSpellings.contains { written.elementsEqual($0) })
        }
    }

    /// The key of a name's first two words folded: "Sở" alone would send every sở of a text to
    /// twenty names.
    @inline(__always) static func key(_ first: UInt64, _ second: UInt64) -> UInt64 { first &* 0x100000001B3 ^ second }

    /// The names, and their positions by the key of their first two words.
    static let table: (names: [Name], byFirstWord: WordHashTable, groups: [[Int]]) = {
        var names: [Name] = []
        for (text, whole) in Self.names.map({ ($0, false) }) + wholeNames.map({ ($0, true) }) {
            let variant = text.split(separator: " ").map { word -> String in
                // ("hóa," is judged without its comma.)
                let letters = word.endsWith(",") ? word.dropLast() : word[...]
                return ToneMarkStyleRule.otherPlacement(Array(letters.unicodeScalars)).map { $0 + word.dropFirst(letters.count) } ?? String(word)
            }.joined(separator: " ")
            names.append(Name(phrase: ExactPhrase(text), variant: variant, judgesFirstLetter: whole))
        }
        // Longest first: "Phó Thủ tướng Chính phủ" before "Phó Thủ tướng".
        names.sort { $0.phrase.words.count > $1.phrase.words.count }
        var byFirstWord = WordHashTable(capacity: names.count * 2)
        var groups: [[Int]] = []
        var groupOf: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            // Letters only, as SourceLine.letterWords cuts the text ("hóa," → "hoa").
            let folded = name.phrase.words.prefix(2).map { VietnameseFold.fold(String(String.UnicodeScalarView($0))).filter(\.isLetter) }
            let text = folded.joined(separator: " ")
            if let group = groupOf[text] { groups[group].append(index); continue }
            groupOf[text] = groups.count
            let hashes = folded.map { WordHashTable.hash(bytes: Array($0.utf8)) }
            byFirstWord.insert(key(hashes[0], hashes[1]), value: Int32(groups.count))
            groups.append([index])
        }
        return (names, byFirstWord, groups)
    }()

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        let (names, byFirstWord, groups) = Self.table
        var diagnostics: [Diagnostic] = []
        for (index, line) in document.source.lines.enumerated() where !line.isBlank {
            let words = line.letterWords
            guard words.count >= 2 else { continue }
            var position = 0
            // Each word's hash once: it is the second of one pair and the first of the next.
            var nextHash = WordHashTable.hash(bytes: line.folded, words[0])
            while position < words.count {
                let word = words[position]
                let hash = nextHash
                if position + 1 < words.count { nextHash = WordHashTable.hash(bytes: line.folded, words[position + 1]) }
                guard position + 1 < words.count, let group = byFirstWord.value(Self.key(hash, nextHash)) else { position += 1; continue }
                var matched: (Int, Int)?
                for candidate in groups[Int(group)] {
                    if let end = names[candidate].phrase.match(in: line, at: word.lowerBound, ignoreCase: true) { matched = (candidate, end); break }
                }
                guard let (candidate, end) = matched else { position += 1; continue }
                let name = names[candidate]
                let columns = word.lowerBound..<end
                let exact = name.phrase.text
                let firstLetterAgrees = line.scalars[word.lowerBound] == name.phrase.words[0][0]
                    || Letters.lower(line.scalars[word.lowerBound]) == Letters.lower(name.phrase.words[0][0]) && name.judgesFirstLetter
                let wronglyWritten = firstLetterAgrees
                    && !name.isWritten(line, columns, opensSentence: Letters.opensSentence(line.scalars, at: word.lowerBound))
                    && !Letters.isAllCapitals(line.scalars[columns])
                if wronglyWritten {
                    let written = line.slice(columns)
                    // The written tone-mark placement is kept: tone-mark-style judges that.
                    let replacement = Self.keepingPlacement(of: written, exact: exact, variant: name.variant)
                    let range = document.range(TextSpan(line: index, columns: columns))
                    diagnostics.append(context.diagnostic(
                        message("“\(written)” viết hoa chưa đúng: viết “\(replacement)”", "“\(written)” is wrongly capitalised: write “\(replacement)”"),
                        range, fix: Fix(message: message("viết “\(replacement)”", "write “\(replacement)”"), edits: [TextEdit(range: range, replacement: replacement)])))
                }
                // Past the name (words inside it are not names of their own).
                while position < words.count, words[position].lowerBound < end { position += 1 }
                if position < words.count { nextHash = WordHashTable.hash(bytes: line.folded, words[position]) }
            }
        }
        return diagnostics
    }

    /// The name in the placement the text uses ("Uỷ Ban" → "Uỷ ban", not "Ủy ban").
    static func keepingPlacement(of written: String, exact: String, variant: String) -> String {
        let writtenWords = written.split(whereSeparator: \.isWhitespace).map { $0.lowercased() }
        let variantWords = variant.split(separator: " ").map(String.init)
        let exactWords = exact.split(separator: " ").map(String.init)
        guard writtenWords.count == exactWords.count, variantWords.count == exactWords.count else { return exact }
        var result: [String] = []
        for index in exactWords.indices {
            // The exact word unless the text writes this word in the other placement.
            let writesVariant = exactWords[index] != variantWords[index] && variantWords[index].lowercased() == writtenWords[index]
            result.append(writesVariant ? variantWords[index] : exactWords[index])
        }
        return result.joined(separator: " ")
    }
}
