import Foundation

/// Letters, marks and skeletons of Vietnamese syllables.
public enum VietnameseSyllable {
    /// The folded form of a syllable: lower-case ASCII letters, "đ" as "d".
    static func skeleton(_ word: String) -> String {
        VietnameseFold.fold(word)
    }

    /// Debian's hunspell-vi: the syllable list `spelling` checks against and the restorer knows.
    public static let defaultDictionary = "/usr/share/hunspell/vi_VN.dic"

    /// "hoà" → "hòa", "uỷ" → "ủy", "khoẻ" → "khỏe": the tone on the first vowel of a final "oa",
    /// "oe", "uy" (not after "q": "quý").
    static func modernTonePlacement(_ word: String) -> String {
        guard let last = word.last, tones[last] != nil, let other = otherTonePlacement(word) else { return word }
        return other
    }

    /// The other accepted placement of the tone in a final "oa", "oe", "uy" (Phụ lục II leaves both
    /// in use): old "hoà", "uỷ" ↔ new "hòa", "ủy"; nil when the word has no such rhyme ("hoàn":
    /// a final consonant fixes the place; "quý": after "q" the mark stays on the y).
    public static func otherTonePlacement(_ word: String) -> String? {
        var letters = Array(word)
        guard letters.count >= 2 else { return nil }
        let last = letters.count - 1
        guard !(last >= 2 && letters[last - 2] == "q") else { return nil }
        let first = letters[last - 1], second = letters[last]
        if let (base, tone) = tones[second], finalPairs.contains(String([first, base])) {
            letters[last - 1] = toned(first, tone); letters[last] = base
            return String(letters)
        }
        if let (base, tone) = tones[first], finalPairs.contains(String([base, second])) {
            letters[last - 1] = base; letters[last] = toned(second, tone)
            return String(letters)
        }
        return nil
    }
    private static let finalPairs: Set<String> = ["oa", "oe", "uy"]

    /// The words of a hunspell dictionary, NFC, read once per path and process; nil when the file
    /// cannot be read. The first line (the entry count) and the affix flags ("/…") are dropped.
    public static func dictionary(at path: String) -> [String]? {
        dictionaryLock.lock(); defer { dictionaryLock.unlock() }
        if let cached = dictionaries[path] { return cached }
        let words = (try? String(contentsOfFile: path, encoding: .utf8)).map { text in
            text.split(whereSeparator: \.isNewline).dropFirst().map { entry in
                String(entry.prefix { $0 != "/" }).precomposedStringWithCanonicalMapping
            }
        }
        dictionaries[path] = words
        return words
    }
    nonisolated(unsafe) private static var dictionaries: [String: [String]?] = [:]
    private static let dictionaryLock = NSLock()

    static let tones: [Character: (Character, Int)] = {
        var map: [Character: (Character, Int)] = [:]
        for (base, forms) in [("a", "àảãáạ"), ("e", "èẻẽéẹ"), ("o", "òỏõóọ"), ("u", "ùủũúụ"), ("y", "ỳỷỹýỵ")] {
            for (tone, form) in forms.enumerated() { map[form] = (Character(base), tone + 1) }
        }
        return map
    }()

    static func toned(_ base: Character, _ tone: Int) -> Character {
        tones.first { $0.value.0 == base && $0.value.1 == tone }?.key ?? base
    }

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
