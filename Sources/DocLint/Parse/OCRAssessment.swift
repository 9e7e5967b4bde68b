/// Decides whether a text is OCR output with lost or garbled diacritics (format-rules §7.5).
///
/// The signal: words that Vietnamese always writes with marks ("của", "các", "và", "được",
/// "ngày", "tháng") standing without them, and digits inside words ("S6", "d6i", "1am"). Clean
/// text has neither, so the share separates the seeds cleanly (clean ≈ 0, OCR several %). A third
/// signal catches text whose accented letters a broken font dropped ("Hnh phc" for "Hạnh phúc",
/// "BAN CH O"): every Vietnamese syllable has a vowel, so lower-case words without one are debris.
/// A fourth: "Đ" read as "P" ("Pai truyền hình", "Pồng chí") — a word that is a common syllable
/// with its "P" read as "Đ"; Vietnamese writes no "P" before a vowel but in a few loanwords and names.
///
/// The threshold: mangle.py's OCR copies of the annotated documents, eight seeds each (680 texts),
/// score 4.2 % and more with all four signals (six of them were under the old 5 %); the clean
/// originals 1.7 % at most. 3.5 % keeps a margin on both sides.
enum OCRAssessment {
    static let alwaysMarked: Set<String> = ["cua", "cac", "va", "duoc", "ngay", "thang", "viec", "thuc", "hien", "ve", "voi", "cong", "nhan", "nhiem", "trien", "hoach", "quyet", "dinh", "so"]
    /// The same words as integers of their bytes (each is at most 6 ASCII letters): every short
    /// unmarked word of every document is looked up, and a String hash per word showed in profiles.
    static let alwaysMarkedKeys: Set<UInt64> = Set(alwaysMarked.map { key($0.utf8) })

    @inline(__always) static func key<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt64 {
        bytes.reduce(0) { $0 << 8 | UInt64($1) }
    }

    @inline(__always) static func isVowel(_ byte: UInt8) -> Bool {
        byte == 0x61 || byte == 0x65 || byte == 0x69 || byte == 0x6F || byte == 0x75 || byte == 0x79
    }
    @inline(__always) static func hasVowel(_ folded: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound { if isVowel(folded[index]) { return true }; index += 1 }
        return false
    }
    /// Common syllables that begin with "Đ", folded ("dai" for "đài"), as keys: a word "P" + the rest
    /// of one of them is an "Đ" the scan read as "P". Three letters and more ("Pá", "Pa" are names).
    static let dSyllableKeys: Set<UInt64> = Set(["dai", "dang", "dao", "dat", "dau", "den", "dia", "dien", "dinh", "doan", "doc", "doi", "don",
                                                 "dong", "duc", "dung", "duoc", "duong", "dieu", "diem", "danh", "dan", "dam", "dac", "dua",
                                                 "dem", "dep", "dap", "duoi"].map { key($0.utf8) })
    /// Units and abbreviations written in small letters without a vowel.
    static let unitKeys: Set<UInt64> = Set(["km", "cm", "mm", "kg", "mg", "ml", "kw", "kwh", "mw", "gb", "mb", "tp", "tr", "st", "nd", "th"].map { key($0.utf8) })

    static func assess(_ lines: [SourceLine]) -> TextCondition {
        let alwaysMarkedKeys = Self.alwaysMarkedKeys, unitKeys = Self.unitKeys, dSyllableKeys = Self.dSyllableKeys  // once, not a lazy-initialisation check per word
        var words = 0
        var stripped = 0
        var digitInWord = 0
        var vowelless = 0
        var glued = 0
        var pForD = 0
        for line in lines where !line.isBlank {
            // Through buffer pointers: every scalar of every document passes here, and the arrays'
            // accessors (exclusivity, bounds, the line object's retains) were most of the cost.
            line.folded.withUnsafeBufferPointer { folded in
            line.scalars.withUnsafeBufferPointer { scalars in
            let count = min(scalars.count, folded.count)  // one folded byte per scalar; never read past either
            var index = 0
            while index < count {
                // The folded byte first: letters and digits answer there, without a property look-up.
                guard VietnameseFold.isWordByte(folded[index]) || scalars[index].isAlphabeticFast else {
                    // Codes are judged in the same pass (a second walk over every line cost as much).
                    if folded[index] == 0x2F, isGluedCode(line, slash: index) { glued += 1 }
                    index += 1
                    continue
                }
                let start = index
                var hasMark = false
                var letters = 0, digits = 0
                while index < count, VietnameseFold.isWordByte(folded[index]) || scalars[index].isAlphabeticFast || UnicodeNormaliser.isCombiningMark(scalars[index]) {
                    let value = scalars[index].value
                    if value > 0x7F { hasMark = true }
                    if Bytes.isDigit(folded[index]) { digits += 1 } else { letters += 1 }
                    index += 1
                }
                guard letters > 0 else { continue }
                words += 1
                // (The vowel test last, on at most four bytes: it is the rare case.)
                if !hasMark, digits == 0, letters >= 2, index - start <= 4, !hasVowel(folded, start..<index),
                   scalars[start + 1].isLowercaseFast, !unitKeys.contains(key(folded[start..<index])) {
                    vowelless += 1
                }
                if digits > 0 && letters > 0 && index - start <= 5 { digitInWord += 1 }
                if scalars[start] == "P", digits == 0, index - start >= 3, index - start <= 6,
                   dSyllableKeys.contains(0x64 << (8 * UInt64(index - start - 1)) | key(folded[(start + 1)..<index])) {
                    pForD += 1
                }
                // Only lower-case occurrences: "Nam" and "Dân" may be proper names. (Tested before
                // building the word: every word of every document passes here.)
                if !hasMark, index - start <= 6, scalars[start].isLowercaseFast {
                    // Unmarked means ASCII letters and digits, which the fold lower-cases as is.
                    if alwaysMarkedKeys.contains(key(folded[start..<index])) { stripped += 1 }
                }
            }
            }
            }
        }
        guard words >= 20 else { return .clean }
        let share = Double(stripped + digitInWord + vowelless + pForD) / Double(words)
        if share >= 0.035 { return .ocrDegraded }
        return glued >= 3 ? .ocrDegraded : .clean
    }

    /// Type codes that open a code's symbol ("QĐ-UBND", "NĐ-CP"), folded.
    static let typeCodeStarts: [[UInt8]] = ["qd", "nd", "nq", "tt", "kh", "ct", "tb", "hd"].map { Array($0.utf8) }

    /// Codes whose hyphen an extraction dropped ("1961/QĐUBND", "61/2018/NĐCP", "01/2018/TTVPCP"): a type
    /// code glued to the issuer's, in capitals. Text like that has lost characters everywhere (year
    /// ranges "20112020", "XàHỘI"), so it is judged like OCR text.
    static func isGluedCode(_ line: SourceLine, slash index: Int) -> Bool {
        let folded = line.folded, scalars = line.scalars
        guard index > 0, Bytes.isDigit(folded[index - 1]) else { return false }
        var start = index + 1
        // Past a year group: "61/2018/NĐCP".
        if start + 5 <= folded.count, (start..<(start + 4)).allSatisfy({ Bytes.isDigit(folded[$0]) }), folded[start + 4] == 0x2F { start += 5 }
        var end = start
        while end < scalars.count, scalars[end].isUppercaseFast { end += 1 }
        return end - start >= 4 && (end == scalars.count || !(scalars[end].isAlphabeticFast || folded[end] == 0x2D))
            && typeCodeStarts.contains(where: { folded[start...].starts(with: $0) })
    }
}
