/// A phrase to find in a line's NFC scalars as written: word by word, any run of blanks between
/// two words, at word boundaries where it starts or ends with a letter ("ban" is not found in
/// "bank"). House rules (`custom_rules`) and the capitalisation rules match with it.
///
/// A class: rules keep tables of them and read one per candidate place, and a struct of five
/// arrays was copied (five retains) at each read.
public final class ExactPhrase: Sendable {
    public let text: String
    public let words: [[Unicode.Scalar]]
    let lowered: [[Unicode.Scalar]]
    /// The words folded (lower case, no marks), one byte per scalar as `SourceLine.folded`: compared
    /// first, they turn away almost every place the phrase is not, without a case mapping.
    let folded: [[UInt8]]
    let opensWithWord: Bool
    let closesWithWord: Bool

    public init(_ text: String) {
        // Foundation's NFC only where it may change something: scalars below U+0300 and in Latin
        // Extended Additional are their own NFC and compose with nothing (the rules build tables of
        // these phrases at the start of every run, a one-document run included).
        self.text = text.unicodeScalars.allSatisfy({ $0.value < 0x300 || (0x1E00...0x1EFF).contains($0.value) })
            ? text : text.precomposedStringWithCanonicalMapping
        words = self.text.split(whereSeparator: \.isWhitespace).map { Array($0.unicodeScalars) }
        lowered = words.map { $0.map(Letters.lower) }
        folded = words.map(VietnameseFold.fold)
        opensWithWord = words.first?.first.map(Letters.isWordScalar) ?? false
        closesWithWord = words.last?.last.map(Letters.isWordScalar) ?? false
    }

    /// The end column of the phrase written at `start` on the line, or nil; `ignoreCase` compares
    /// lower case (marks still count: "hoà" is not "hòa").
    public func match(in line: SourceLine, at start: Int, ignoreCase: Bool) -> Int? {
        let scalars = line.scalars, lineFolded = line.folded
        guard !words.isEmpty, lineFolded.count == scalars.count, start >= 0, start <= scalars.count else { return nil }
        // Through buffer pointers, without bounds checks on the line: the capitalisation rules try
        // a phrase at every place a name's first two words stand.
        return scalars.withUnsafeBufferPointer { scalars in
            lineFolded.withUnsafeBufferPointer { lineFolded -> Int? in
                if opensWithWord, start > 0, Letters.isWordScalar(scalars[start - 1]) { return nil }
                var position = start
                for number in words.indices {
                    if number > 0 {
                        guard position < scalars.count, scalars[position].isWhitespaceFast else { return nil }
                        while position < scalars.count, scalars[position].isWhitespaceFast { position += 1 }
                    }
                    let key = folded[number]
                    guard position + key.count <= scalars.count else { return nil }
                    for offset in key.indices where lineFolded[position + offset] != key[offset] { return nil }
                    let word = words[number]
                    for offset in word.indices {
                        let written = scalars[position + offset]
                        if written == word[offset] { continue }
                        guard ignoreCase, Letters.lower(written) == lowered[number][offset] else { return nil }
                    }
                    position += word.count
                }
                if closesWithWord, position < scalars.count, Letters.isWordScalar(scalars[position]) { return nil }
                return position
            }
        }
    }
}

/// Letter-case helpers on single scalars.
public enum Letters {
    public static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isAlphabeticFast || ("0"..."9").contains(scalar) || UnicodeNormaliser.isCombiningMark(scalar)
    }

    public static func lower(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        // Vietnamese letters answer without a case table (whose mapping builds a String).
        switch value {
        case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE: return Unicode.Scalar(value + 0x20)!
        case 0x102, 0x110, 0x128, 0x168, 0x1A0, 0x1AF: return Unicode.Scalar(value + 1)!
        case 0x1EA0...0x1EF9: return value & 1 == 0 ? Unicode.Scalar(value + 1)! : scalar
        case ..<0x80: return scalar
        default: break
        }
        guard scalar.isUppercaseFast else { return scalar }
        let mapping = scalar.properties.lowercaseMapping.unicodeScalars
        return mapping.count == 1 ? mapping.first! : scalar
    }

    /// The capital of `scalar` (itself when it has none of one scalar), the mirror of `lower(_:)`.
    public static func upper(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        switch value {
        case 0x61...0x7A, 0xE0...0xF6, 0xF8...0xFE: return Unicode.Scalar(value - 0x20)!
        case 0x103, 0x111, 0x129, 0x169, 0x1A1, 0x1B0: return Unicode.Scalar(value - 1)!
        case 0x1EA0...0x1EF9: return value & 1 == 1 ? Unicode.Scalar(value - 1)! : scalar
        case ..<0x80: return scalar
        default: break
        }
        // (Not only lower-case letters have a capital: the title-case digraph "ǅ" has "Ǆ".)
        let mapping = scalar.properties.uppercaseMapping.unicodeScalars
        return mapping.count == 1 ? mapping.first! : scalar
    }

    /// Two letters or more, none of them lower case ("SỞ TÀI CHÍNH", "UBND"), in a slice of a line's
    /// scalars. (Not generic: a generic function runs unspecialised from the Rules module, through
    /// witness tables, at thousands of instructions a call.)
    public static func isAllCapitals(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var letters = 0
        for scalar in scalars where scalar.isAlphabeticFast {
            if !scalar.isUppercaseFast { return false }
            letters += 1
        }
        return letters > 1
    }

    /// Whether column `start` opens its line's text or follows a sentence end, a list mark or an
    /// opening quote: where any word takes a capital.
    public static func opensSentence(_ scalars: [Unicode.Scalar], at start: Int) -> Bool {
        var position = start - 1
        while position >= 0, scalars[position].isWhitespaceFast { position -= 1 }
        guard position >= 0 else { return true }
        switch scalars[position] {
        case ".", "!", "?", ":", ";", "-", "–", "•", "+", "*", "(", "\"", "“", "‘", "'", "/", "0"..."9": return true
        case ")": return position > 0
        default: return false
        }
    }

    /// The replacement with the written text's capital first letter.
    public static func matchingCase(_ replacement: String, as written: String) -> String {
        guard let first = written.unicodeScalars.first, first.isUppercaseFast else { return replacement }
        return replacement.prefix(1).uppercased() + replacement.dropFirst()
    }
}
