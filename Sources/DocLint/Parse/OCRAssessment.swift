/// Decides whether a text is OCR output with lost or garbled diacritics (format-rules §7.5).
///
/// The signal: words that Vietnamese always writes with marks ("của", "các", "và", "được",
/// "ngày", "tháng") standing without them, and digits inside words ("S6", "d6i", "1am"). Clean
/// text has neither, so the share separates the seeds cleanly (clean ≈ 0, OCR ≥ 5%). A third
/// signal catches text whose accented letters a broken font dropped ("Hnh phc" for "Hạnh phúc",
/// "BAN CH O"): every Vietnamese syllable has a vowel, so lower-case words without one are debris.
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
    @inline(__always) static func hasVowel(_ folded: [UInt8], _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound { if isVowel(folded[index]) { return true }; index += 1 }
        return false
    }
    /// Units and abbreviations written in small letters without a vowel.
    static let unitKeys: Set<UInt64> = Set(["km", "cm", "mm", "kg", "mg", "ml", "kw", "kwh", "mw", "gb", "mb", "tp", "tr", "st", "nd", "th"].map { key($0.utf8) })

    static func assess(_ lines: [SourceLine]) -> TextCondition {
        let alwaysMarkedKeys = Self.alwaysMarkedKeys, unitKeys = Self.unitKeys  // once, not a lazy-initialisation check per word
        var words = 0
        var stripped = 0
        var digitInWord = 0
        var vowelless = 0
        var glued = 0
        for line in lines where !line.isBlank {
            var index = 0
            let scalars = line.scalars
            while index < scalars.count {
                // The folded byte first: letters and digits answer there, without a property look-up.
                guard VietnameseFold.isWordByte(line.folded[index]) || scalars[index].isAlphabeticFast else {
                    // Codes are judged in the same pass (a second walk over every line cost as much).
                    if line.folded[index] == 0x2F, isGluedCode(line, slash: index) { glued += 1 }
                    index += 1
                    continue
                }
                let start = index
                var hasMark = false
                var letters = 0, digits = 0
                while index < scalars.count, VietnameseFold.isWordByte(line.folded[index]) || scalars[index].isAlphabeticFast || UnicodeNormaliser.isCombiningMark(scalars[index]) {
                    let value = scalars[index].value
                    if value > 0x7F { hasMark = true }
                    if Bytes.isDigit(line.folded[index]) { digits += 1 } else { letters += 1 }
                    index += 1
                }
                guard letters > 0 else { continue }
                words += 1
                // (The vowel test last, on at most four bytes: it is the rare case.)
                if !hasMark, digits == 0, letters >= 2, index - start <= 4, !hasVowel(line.folded, start..<index),
                   scalars[start + 1].isLowercaseFast, !unitKeys.contains(key(line.folded[start..<index])) {
                    vowelless += 1
                }
                if digits > 0 && letters > 0 && index - start <= 5 { digitInWord += 1 }
                // Only lower-case occurrences: "Nam" and "Dân" may be proper names. (Tested before
                // building the word: every word of every document passes here.)
                if !hasMark, index - start <= 6, scalars[start].isLowercaseFast {
                    // Unmarked means ASCII letters and digits, which the fold lower-cases as is.
                    if alwaysMarkedKeys.contains(key(line.folded[start..<index])) { stripped += 1 }
                }
            }
        }
        guard words >= 20 else { return .clean }
        let share = Double(stripped + digitInWord + vowelless) / Double(words)
        if share >= 0.05 { return .ocrDegraded }
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
