import Foundation

/// Letters, marks and skeletons of Vietnamese syllables.
public enum VietnameseSyllable {
    /// Debian's hunspell-vi: the syllable list `spelling` checks against and the restorer knows.
    public static let defaultDictionary = "/usr/share/hunspell/vi_VN.dic"

    /// "hoà" → "hòa", "uỷ" → "ủy", "khoẻ" → "khỏe": the tone on the first vowel of a final "oa",
    /// "oe", "uy" (not after "q": "quý").
    static func modernTonePlacement(_ word: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard let last = word.last, tonedVowels[last] != nil, let other = otherTonePlacement(word) else { return word }
        return other
    }

    /// The other accepted placement of the tone in a final "oa", "oe", "uy" (Phụ lục II leaves both
    /// in use): old "hoà", "uỷ" ↔ new "hòa", "ủy"; nil when the word has no such rhyme ("hoàn":
    /// a final consonant fixes the place; "quý": after "q" the mark stays on the y).
    public static func otherTonePlacement(_ word: String) -> String? {
        otherTonePlacement(Array(word.unicodeScalars)).map { String(String.UnicodeScalarView($0)) }
    }

    /// The same on a lower-case NFC word's scalars (the dictionary is read this way: 6,600 words
    /// per process, which as Strings and Characters took ten milliseconds).
    public static func otherTonePlacement(_ word: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        let count = word.count
        guard count >= 2, !(count >= 3 && word[count - 3] == "q") else { return nil }
        func isFinalPair(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool {
            (first == "o" && (second == "a" || second == "e")) || (first == "u" && second == "y")
        }
        let first = word[count - 2], second = word[count - 1]
        // Only an "oa", "oe" or "uy" ending moves its tone, so the last letter is a, e or y, marked or
        // not: other words leave before the two table look-ups (a hash each, for every dictionary word).
        switch second {
        case "a", "à", "ả", "ã", "á", "ạ", "e", "è", "ẻ", "ẽ", "é", "ẹ", "y", "ỳ", "ỷ", "ỹ", "ý", "ỵ": break
        default: return nil
        }
        var letters = word
        if let (base, tone) = tonedVowels[second], isFinalPair(first, base), let moved = tonedForms[first]?[tone - 1] {
            letters[count - 2] = moved; letters[count - 1] = base
            return letters
        }
        if let (base, tone) = tonedVowels[first], isFinalPair(base, second), let moved = tonedForms[second]?[tone - 1] {
            letters[count - 2] = base; letters[count - 1] = moved
            return letters
        }
        return nil
    }
    /// The plain vowels of those rhymes with their five tones (huyền, hỏi, ngã, sắc, nặng), and back.
    private static let tonedForms: [Unicode.Scalar: [Unicode.Scalar]] = [
        "a": Array("àảãáạ".unicodeScalars), "e": Array("èẻẽéẹ".unicodeScalars), "o": Array("òỏõóọ".unicodeScalars),
        "u": Array("ùủũúụ".unicodeScalars), "y": Array("ỳỷỹýỵ".unicodeScalars),
    ]
    private static let tonedVowels: [Unicode.Scalar: (Unicode.Scalar, Int)] = {
        var map: [Unicode.Scalar: (Unicode.Scalar, Int)] = [:]
        for (base, forms) in tonedForms { for (tone, form) in forms.enumerated() { map[form] = (base, tone + 1) } }
        return map
    }()

    /// The words of a hunspell dictionary, NFC, read once per path and process; nil when the file
    /// cannot be read. The first line (the entry count) and the affix flags ("/…") are dropped.
    /// Read as bytes: Foundation's line splitting and normalisation of every entry took most of a
    /// one-file run.
    public static func dictionary(at path: String) -> [String]? {
        dictionaryLock.lock(); defer { dictionaryLock.unlock() }
        if let cached = dictionaries[path] { return cached }
        var words: [String]?
        if let data = FileManager.default.contents(atPath: path) {
            var list: [String] = []
            let bytes = [UInt8](data)
            forEachEntry(bytes) { list.append(entry(bytes[$0])) }
            words = list
        }
        dictionaries[path] = words
        return words
    }

    /// The byte ranges of a hunspell dictionary's entries: every line but the first (the entry
    /// count), up to its affix flags ("/…").
    private static func forEachEntry(_ bytes: [UInt8], _ body: (Range<Int>) -> Void) {
        var start = 0
        var isFirstLine = true
        for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x0A || bytes[end] == 0x0D {
            defer { start = end + 1 }
            guard end > start else { continue }
            if isFirstLine { isFirstLine = false; continue }
            var stop = start
            while stop < end, bytes[stop] != 0x2F { stop += 1 }
            guard stop > start else { continue }
            body(start..<stop)
        }
    }

    /// One entry as a word: NFC when it holds a combining mark (U+0300–U+036F start with 0xCC or
    /// 0xCD: only such entries need it), a repaired decoding of any invalid bytes.
    private static func entry(_ bytes: ArraySlice<UInt8>) -> String {
        let entry = String(decoding: bytes, as: UTF8.self)
        return bytes.contains { $0 == 0xCC || $0 == 0xCD } ? entry.precomposedStringWithCanonicalMapping : entry
    }

    /// The words of `dictionary(at:)`, as scalars, to `body` one by one, without a String or an array
    /// each: the spelling rule reads the list at the start of every run, a one-document run
    /// included. False when the file cannot be read.
    public static func forEachWord(inDictionaryAt path: String, _ body: (ArraySlice<Unicode.Scalar>) -> Void) -> Bool {
        guard let data = FileManager.default.contents(atPath: path) else { return false }
        let bytes = [UInt8](data)
        let valid = bytes.withUnsafeBufferPointer { ValidUTF8.firstInvalidOffset($0) == nil }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(32)
        bytes.withUnsafeBufferPointer { buffer in
            forEachEntry(bytes) { range in
                scalars.removeAll(keepingCapacity: true)
                if valid, !buffer[range].contains(where: { $0 == 0xCC || $0 == 0xCD }) {
                    // (An entry ends at an ASCII byte, so no sequence crosses its end.)
                    var offset = range.lowerBound
                    while offset < range.upperBound { scalars.append(unsafeBitCast(ValidUTF8.scalar(buffer, at: &offset), to: Unicode.Scalar.self)) }
                } else {
                    scalars.append(contentsOf: entry(bytes[range]).unicodeScalars)
                }
                body(scalars[...])
            }
        }
        return true
    }
    nonisolated(unsafe) private static var dictionaries: [String: [String]?] = [:]
    private static let dictionaryLock = NSLock()

    /// What a letter shows beyond its base: its tone (1 huyền, 2 hỏi, 3 ngã, 4 sắc, 5 nặng, 0 none)
    /// and its vowel shape (circumflex, breve, horn, or the bar of "đ").
    struct Marks: Equatable {
        var tone: UInt8
        var shape: UInt8
        static let none = Marks(tone: 0, shape: 0)
    }

    /// The marks of one precomposed lower- or upper-case letter.
    static func marks(_ scalar: Unicode.Scalar) -> Marks {
        let value = scalar.value
        if value >= 0xC0 && value <= 0x1B0 { return latinMarks[Int(value - 0xC0)] }
        if value >= 0x1EA0 && value <= 0x1EF9 { return vietnameseMarks[Int(value - 0x1EA0)] }
        return .none
    }
    // Two flat tables over the ranges that hold marked letters: asked for every letter of OCR text.
    private static let latinMarks: [Marks] = (UInt32(0xC0)...UInt32(0x1B0)).map { markTable[Unicode.Scalar($0)!] ?? .none }
    private static let vietnameseMarks: [Marks] = (UInt32(0x1EA0)...UInt32(0x1EF9)).map { markTable[Unicode.Scalar($0)!] ?? .none }

    private static let markTable: [Unicode.Scalar: Marks] = {
        var table: [Unicode.Scalar: Marks] = [:]
        let toneOf: [UInt32: UInt8] = [0x300: 1, 0x309: 2, 0x303: 3, 0x301: 4, 0x323: 5]
        let shapeOf: [UInt32: UInt8] = [0x302: 1, 0x306: 2, 0x31B: 3]
        // Latin-1, Latin Extended-A/B (ă, ơ, ư) and the Vietnamese block: every precomposed letter
        // Vietnamese writes.
        for value in Array(UInt32(0xC0)...UInt32(0x1B0)) + Array(UInt32(0x1EA0)...UInt32(0x1EF9)) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            guard decomposed.count > 1, decomposed.first!.isASCII else { continue }
            var marks = Marks.none
            for mark in decomposed.dropFirst() {
                if let tone = toneOf[mark.value] { marks.tone = tone } else if let shape = shapeOf[mark.value] { marks.shape = shape } else { marks = .none; break }
            }
            if marks != .none { table[scalar] = marks }
        }
        table["đ"] = Marks(tone: 0, shape: 4)
        table["Đ"] = Marks(tone: 0, shape: 4)
        return table
    }()
}
