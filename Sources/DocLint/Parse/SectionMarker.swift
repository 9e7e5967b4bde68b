/// The marker that opens a numbered unit (format-rules §1.8.đ): "Phần I", "Chương II", "Mục 1",
/// "Điều 5.", "II.", "1.", "1.2.", "a)", "-", "+".
struct SectionMarker {
    let style: SectionStyle
    let text: String
    let number: String?
    let columns: Range<Int>
    let textStart: Int
    /// Lower ranks hold higher ranks: Phần > Chương > Mục > Điều > I. > 1. > 1.1. > a) > - > +.
    let rank: Int

    static let romanLetters: Set<Unicode.Scalar> = ["I", "V", "X", "L", "C"]
    typealias LabelledUnit = (style: SectionStyle, rank: Int)

    /// The unit a folded word names: "phan", "chuong", "muc", "dieu". (Compared as bytes: the first
    /// word of every line in capitals is asked, and a String and a Dictionary look-up per line
    /// showed in profiles.)
    static func labelledUnit(_ word: ArraySlice<UInt8>) -> LabelledUnit? {
        switch word.count {
        case 3: return word.equals("muc") ? (.heading, 20) : nil
        case 4: return word.equals("phan") ? (.part, 0) : word.equals("dieu") ? (.article, 30) : nil
        case 6: return word.equals("chuong") ? (.chapter, 10) : nil
        default: return nil
        }
    }

    /// The unit a line names when it holds that word alone ("Điều", "Chương"): web copies wrap a
    /// heading after it and put its number on the next line.
    static func loneUnitWord(_ line: SourceLine) -> LabelledUnit? {
        let start = line.indentation, end = line.trimmedEnd
        guard end - start >= 3, end - start <= 6, line.scalars[start].isUppercaseFast else { return nil }
        let word = line.folded[start..<end]
        guard word.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
        return labelledUnit(word)
    }

    /// This marker as the number of a unit named on the line before: "1." after a lone "Điều" is
    /// Điều 1. Only plain numbers ("1.", "II.") continue a unit word.
    func labelled(as unit: LabelledUnit) -> SectionMarker? {
        guard style == .arabic || style == .roman, let number, !number.contains(".") else { return nil }
        guard unit.style != .article || style == .arabic else { return nil }
        return SectionMarker(style: unit.style, text: text, number: number, columns: columns, textStart: textStart, rank: unit.rank)
    }

    /// A number alone on its line ("1.", "2)") whose text a web copy wrapped onto the next line,
    /// which starts with a capital and is no marker itself.
    static func loneNumber(_ line: SourceLine, before next: SourceLine) -> SectionMarker? {
        let start = line.indentation, end = line.trimmedEnd
        guard end - start >= 2, end - start <= 3, line.scalars[end - 1] == "." || line.scalars[end - 1] == ")",
              line.folded[start..<(end - 1)].allSatisfy(Bytes.isDigit), line.scalars[start].value < 0x80,
              next.indentation < next.trimmedEnd, next.scalars[next.indentation].isUppercaseFast,
              detect(next, fuzzy: false) == nil else { return nil }
        return SectionMarker(style: .arabic, text: line.slice(start..<end), number: line.slice(start..<(end - 1)), columns: start..<end,
                             textStart: end, rank: 51)
    }

    static func detect(_ line: SourceLine, fuzzy: Bool) -> SectionMarker? {
        let scalars = line.scalars
        let folded = line.folded
        let start = line.indentation
        guard start < scalars.count else { return nil }
        func afterSpaces(_ index: Int) -> Int {
            var i = index
            while i < scalars.count, scalars[i].isWhitespaceFast { i += 1 }
            return i
        }
        let first = scalars[start]
        // Bullets.
        if first == "-" || first == "–" || first == "•" || first == "+" {
            guard start + 1 < scalars.count, scalars[start + 1].isWhitespaceFast else { return nil }
            let style: SectionStyle = first == "+" ? .plus : .dash
            return SectionMarker(style: style, text: String(first), number: nil, columns: start..<(start + 1),
                                 textStart: afterSpaces(start + 1), rank: style == .plus ? 80 : 70)
        }
        // Phần, Chương, Mục, Tiểu mục, Điều.
        if first.isUppercaseFast, case let words = FoldedWords(folded, limit: 3), words.count >= 2, words.ranges[0].lowerBound == start {
            var numberWord = 1
            var entry = labelledUnit(words.word(0))
            if words.word(0).equals("tieu"), words.word(1).equals("muc"), words.count >= 3 { entry = (.heading, 25); numberWord = 2 }
            if let (style, rank) = entry {
                let token = words.word(numberWord)
                let raw = line.slice(words.ranges[numberWord])
                let isNumber = token.allSatisfy(Bytes.isDigit) || raw.unicodeScalars.allSatisfy { romanLetters.contains($0) }
                if isNumber {
                    var end = words.ranges[numberWord].upperBound
                    if end < scalars.count, scalars[end] == "." || scalars[end] == ":" { end += 1 }
                    // "Điều 5. Tên điều" needs the dot; "Phần I" stands alone or with a title.
                    if style == .article, !(end > words.ranges[numberWord].upperBound) { return nil }
                    return SectionMarker(style: style, text: line.slice(start..<end), number: raw, columns: start..<end,
                                         textStart: afterSpaces(end), rank: rank)
                }
            }
        }
        // Roman: "II."
        var index = start
        // OCR reads "II." as "I1." or "Il.": in fuzzy mode those glyphs may continue a Roman run.
        while index < scalars.count, index - start < 7,
              romanLetters.contains(scalars[index]) || (fuzzy && index > start && (scalars[index] == "1" || scalars[index] == "l")) { index += 1 }
        if index > start, index < scalars.count, scalars[index] == ".", index + 1 == scalars.count || scalars[index + 1].isWhitespaceFast {
            var number = line.slice(start..<index)
            if RomanNumeral.value(number) == nil, fuzzy {
                // OCR reads "II." as "IL." or "Il.".
                let repaired = number.replacingOccurrences(of: "L", with: "I").replacingOccurrences(of: "l", with: "I").replacingOccurrences(of: "1", with: "I")
                if RomanNumeral.value(repaired) != nil { number = repaired }
            }
            return SectionMarker(style: .roman, text: line.slice(start..<(index + 1)), number: number, columns: start..<(index + 1),
                                 textStart: afterSpaces(index + 1), rank: 40)
        }
        // Điểm: "a)", "đ)"
        if first.isLowercaseFast, start + 2 < scalars.count, scalars[start + 1] == ")", scalars[start + 2].isWhitespaceFast {
            let letter = String(first)
            return SectionMarker(style: .letter, text: letter + ")", number: letter, columns: start..<(start + 2),
                                 textStart: afterSpaces(start + 2), rank: 60)
        }
        // Arabic: "1.", "1.2.", "1.2", "1)"
        index = start
        var groups: [String] = []
        while true {
            let groupStart = index
            while index < scalars.count, Bytes.isDigit(folded[index]), scalars[index].value < 0x80, index - groupStart < 4 { index += 1 }
            let length = index - groupStart
            guard length >= 1, length <= (groups.isEmpty ? 3 : 2) else { return nil }
            groups.append(line.slice(groupStart..<index))
            if index + 1 < scalars.count, scalars[index] == ".", Bytes.isDigit(folded[index + 1]) { index += 1; continue }
            break
        }
        var end = index
        var terminated = false
        if end < scalars.count, scalars[end] == "." || scalars[end] == ")" { end += 1; terminated = true }
        guard end < scalars.count, scalars[end].isWhitespaceFast else { return nil }
        guard terminated || groups.count > 1 else { return nil }
        let textStart = afterSpaces(end)
        guard textStart < scalars.count else { return nil }
        let next = scalars[textStart]
        guard next.isAlphabeticFast || next == "\"" || next == "“" || next == "(" else { return nil }
        if !terminated, !next.isUppercaseFast { return nil }
        return SectionMarker(style: .arabic, text: line.slice(start..<end), number: groups.joined(separator: "."),
                             columns: start..<end, textStart: textStart, rank: 50 + groups.count)
    }
}

/// Vietnamese điểm letters (format-rules §1.8.đ): a b c d đ e g h i k l m n o p q r s t u v x y.
public enum DiemAlphabet {
    public static let letters: [String] = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"]
}

public enum RomanNumeral {
    /// Value of a canonical Roman numeral ("IV" = 4); nil for "IIII", "IL", "VX".
    public static func value(_ text: String) -> Int? {
        let values = RomanNumeral.values
        var total = 0
        let characters = Array(text)
        guard !characters.isEmpty else { return nil }
        for (index, character) in characters.enumerated() {
            guard let value = values[character] else { return nil }
            if index + 1 < characters.count, let next = values[characters[index + 1]], next > value { total -= value } else { total += value }
        }
        return total > 0 && format(total) == text ? total : nil
    }

    // Built once: a dictionary literal inside `value` was built for every marker of every document.
    private static let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100]

    public static func format(_ number: Int) -> String {
        let table: [(Int, String)] = [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = number, result = ""
        for (value, symbol) in table { while rest >= value { result += symbol; rest -= value } }
        return result
    }
}
