import Foundation

/// What Tesseract gets wrong on administrative pages in ways no Vietnamese writer does, undone in
/// its text before anything reads it (the text view of a scan is Tesseract's text: there is no
/// file text to keep columns for). Each fix is a misreading, never a style the clerk chose:
/// - the Icelandic "Ð" for "Đ", and a doubled "Đ" inside a code ("03/QĐÐ-UBND");
/// - a space after a code's hyphen ("15/KH- UBND": the hyphen's end read as a gap);
/// - a list number's stop read as "_" ("2_ Sở Tài chính") or lost ("2 Giao …" after "1. …"), and
///   Roman numerals whose "I" was read as "1" or "l" ("I1.", "quý II1/2026");
/// - "q" read as "g" in a word that is no syllable with "g" ("hằng guý");
/// - a speck far right of a line's text read as punctuation ("27/02/2026.        :").
/// After this the text is judged like any other: clean-looking text by every rule, damaged text in
/// its restored view.
enum ScanMending {
    static let codeWithSpacedHyphen = try! NSRegularExpression(pattern: #"(\d+/(?:\d{4}/)?[A-ZĐ]+)- (?=[A-ZĐ])"#)
    static let strayPunctuation = try! NSRegularExpression(pattern: #"(\S)\s{6,}[:;.,'‘’"`|]$"#, options: [.anchorsMatchLines])
    static let listStop = try! NSRegularExpression(pattern: #"^(\s*\d{1,3})_(?=\s)"#, options: [.anchorsMatchLines])

    static func mend(_ text: String) -> String {
        var text = text.replacingOccurrences(of: "Ð", with: "Đ").replacingOccurrences(of: "ð", with: "đ")
        text = replace(codeWithSpacedHyphen, in: text, with: "$1-")
        text = replace(strayPunctuation, in: text, with: "$1")
        text = replace(listStop, in: text, with: "$1.")
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { mendLine(String($0)) }
        restoreLostStops(&lines)
        return lines.joined(separator: "\n")
    }

    /// "2 Giao Sở Tài chính …" right after item "1." is item "2." whose stop the scan lost.
    static func restoreLostStops(_ lines: inout [String]) {
        var last: Int?
        for index in lines.indices {
            let line = lines[index]
            let indent = line.prefix { $0 == " " }
            let rest = line.dropFirst(indent.count)
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, digits.count <= 2, let number = Int(digits) else { continue }
            let after = rest.dropFirst(digits.count)
            if after.hasPrefix(".") || after.hasPrefix(")") { last = number; continue }
            if let previous = last, number == previous + 1, after.hasPrefix(" "), let next = after.dropFirst().first, next.isUppercase {
                lines[index] = indent + digits + "." + after
                last = number
            }
        }
    }

    static func replace(_ expression: NSRegularExpression, in text: String, with template: String) -> String {
        expression.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }

    /// Word by word: codes' doubled "Đ", Roman numerals, "g" for "q".
    static func mendLine(_ line: String) -> String {
        var words = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for index in words.indices {
            let word = words[index]
            if word.contains("/"), word.contains("ĐĐ") { words[index] = word.replacingOccurrences(of: "ĐĐ", with: "Đ") }
            let letters = word.prefix { $0 != "." && $0 != ")" && $0 != "/" && $0 != "," && $0 != ";" }
            let isFirst = words[..<index].allSatisfy(\.isEmpty)
            let afterQuarter = index > 0 && VietnameseFold.fold(words[index - 1]) == "quy"
            if isFirst || afterQuarter, letters.count < word.count || afterQuarter,
               let numeral = OCRRestorer.romanNumeral(ArraySlice(letters.unicodeScalars)) {
                words[index] = String(String.UnicodeScalarView(numeral)) + word.dropFirst(letters.count)
            }
            if let fixed = qForG(word) { words[index] = fixed }
        }
        return words.joined(separator: " ")
    }

    /// "guý" → "quý" when the word with "g" is no Vietnamese syllable and the one with "q" is.
    static func qForG(_ word: String) -> String? {
        guard let first = word.first, first == "g" || first == "G", word.count >= 3, word.count <= 7 else { return nil }
        let core = word.prefix { $0.isLetter }
        guard core.count == word.count || !word.dropFirst(core.count).contains(where: \.isLetter) else { return nil }
        let lower = Array(core.lowercased().precomposedStringWithCanonicalMapping.unicodeScalars)
        // Only with hunspell-vi's syllables: the lexicon alone lacks rare words ("guốc").
        let model = RestorationModel.shared
        guard lower.starts(with: ["g", "u"]), model.includesDictionary, !model.knows(lower), model.knows(["q"] + lower.dropFirst()) else { return nil }
        return (first == "G" ? "Q" : "q") + core.dropFirst() + word.dropFirst(core.count)
    }
}
